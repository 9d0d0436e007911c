"""The weekly chart: one measure emphasised, the rest faint, month names, a text alternative."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.colors import to_hex

from realnet_kit import alt_text, plot_measures
from realnet_kit.measure.plot import FAINT_COLOR

WEEKS = pd.DataFrame({
    "week": pd.date_range("2026-10-05", periods=16, freq="W-MON", tz="UTC"),
    "conversations": [1, 3, 2, 0, 1, 2, 4, 1, 0, 2, 3, 1, 5, 2, 1, 3],
    "given": [0, 1] * 8, "received": [1, 0] * 8, "offline": [0] * 16,
    "answered_within_day": [0.5] * 16,
})  # fmt: skip


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_one_line_stands_out_and_the_title_holds_one_measure():
    ax = plot_measures(WEEKS)
    colours = {line.get_label(): to_hex(line.get_color()).lower() for line in ax.get_lines()}
    faint = [label for label, c in colours.items() if c == FAINT_COLOR.lower()]
    assert sorted(faint) == ["Offline meetings and calls", "Things given", "Things received"]
    assert colours["People in a two-way exchange"] != FAINT_COLOR.lower()
    title = ax.get_title(loc="left")
    assert "People in a two-way exchange" in title and "answered" not in title and "\n" not in title


def test_another_measure_can_be_the_one_that_matters():
    ax = plot_measures(WEEKS, measure="given")
    assert ax.get_title(loc="left").startswith("Things given")
    with pytest.raises(ValueError, match="measure must be one of"):
        plot_measures(WEEKS, measure="likes")


def test_the_time_axis_reads_in_month_names():
    ax = plot_measures(WEEKS)
    ax.figure.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert ticks[0] == "Oct 2026" and "Jan 2027" in ticks and "Nov" in ticks
    assert not any("-" in t for t in ticks)  # no ISO dates


def test_text_alternative_says_the_numbers():
    sentence = alt_text(plot_measures(WEEKS))
    assert "16 weeks" in sentence and "about 2 a week" in sentence and "at most 5" in sentence
