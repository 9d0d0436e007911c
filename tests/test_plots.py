"""The audit plots: return Axes, draw on a given ax, readable, colour-blind-safe."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.colors import to_hex

from realnet_kit import (
    audit_followers,
    plot_funnel,
    plot_reply_times,
    plot_scoreboard_vs_real,
)
from realnet_kit.plots import FONT_SIZE, OKABE_ITO, SCOREBOARD_COLOR

SUMMARY = {"followers": 4812, "following": 900, "real": 3900, "relevant": 700,
           "mutual": 300, "engaged": 25}  # fmt: skip
ALLOWED = {c.lower() for c in OKABE_ITO.values()} | {SCOREBOARD_COLOR.lower()}


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def bar_colors(ax) -> set[str]:
    return {to_hex(p.get_facecolor()).lower() for p in ax.patches}


def test_funnel_from_summary():
    ax = plot_funnel(SUMMARY)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "Followers" and len(labels) == 5
    texts = [t.get_text() for t in ax.texts]
    assert "4,812  (100%)" in texts and "25  (1%)" in texts
    assert bar_colors(ax) <= ALLOWED
    assert ax._left_title.get_fontsize() > FONT_SIZE >= 14


def test_funnel_from_an_audit_frame_and_on_a_given_ax():
    people = pd.DataFrame(
        {
            "contact_id": ["a", "b", "c"],
            "follows_me": pd.array([True, True, False], dtype="boolean"),
            "i_follow": pd.array([True, False, True], dtype="boolean"),
        }
    )
    _, given = plt.subplots()
    ax = plot_funnel(audit_followers(people), ax=given)
    assert ax is given
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "Relevant to your business" not in labels  # relevance not assessed: no bar


def test_funnel_with_zero_followers_does_not_divide_by_zero():
    ax = plot_funnel({"followers": 0, "real": 0, "mutual": 0, "engaged": 0})
    assert [t.get_text() for t in ax.texts] == ["0", "0", "0", "0"]


def test_scoreboard_vs_real():
    ax = plot_scoreboard_vs_real(SUMMARY)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[:2] == ["Followers", "You follow"]
    assert "Mutual" in labels
    assert bar_colors(ax) <= ALLOWED
    assert ax.get_legend() is not None


def test_plots_refuse_the_wrong_input_with_a_clear_message():
    with pytest.raises(TypeError, match="audit_followers"):
        plot_funnel([1, 2, 3])


def test_reply_times_histogram_and_median():
    ax = plot_reply_times(pd.DataFrame({"reply_hours": [0.2, 1, 3, 5, 30, 80, 300]}))
    assert ax.get_xscale() == "log"
    assert any("median 5.0 h" in t.get_text() for t in ax.texts)
    assert bar_colors(ax) <= ALLOWED


def test_reply_times_from_interactions_and_when_empty():
    talks = pd.DataFrame(
        {
            "contact_id": ["a", "a"],
            "direction": ["in", "out"],
            "timestamp": pd.to_datetime(["2024-01-01 10:00", "2024-01-01 12:00"], utc=True),
        }
    )
    ax = plot_reply_times(talks)
    assert any("median 2.0 h" in t.get_text() for t in ax.texts)
    empty = plot_reply_times(pd.DataFrame({"reply_hours": []}))
    assert "No answered messages" in empty.texts[0].get_text()


def test_saved_png_is_readable_size(tmp_path):
    ax = plot_funnel(SUMMARY)
    path = tmp_path / "funnel.png"
    ax.figure.savefig(path, dpi=100)
    width, height = ax.figure.get_size_inches() * 100
    assert path.stat().st_size > 5000 and width >= 1000 and height >= 500
