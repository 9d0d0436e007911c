"""The audit plots: return Axes, draw on a given ax, readable, colour-blind-safe."""

from __future__ import annotations

import re

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
from realnet_kit.audit.plots import FUNNEL_STAGES, FUNNEL_TITLE, funnel_alt_text
from realnet_kit.style import FONT_SIZE, OKABE_ITO, SCOREBOARD_COLOR
from realnet_kit.words import share_label

SUMMARY = {"followers": 4812, "following": 900, "real": 3900, "relevant": 700,
           "mutual": 300, "engaged": 25}  # fmt: skip
ALLOWED = {c.lower() for c in OKABE_ITO.values()} | {SCOREBOARD_COLOR.lower()}


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def bar_colors(ax) -> set[str]:
    return {to_hex(p.get_facecolor()).lower() for p in ax.patches}


FUNNEL = {"followers": 4812, "real": 3900, "real_two_way": 300, "real_engaged": 25}


def _bar_widths(ax) -> list[float]:
    return [p.get_width() for p in ax.patches]


def test_funnel_from_summary():
    ax = plot_funnel({**SUMMARY, **FUNNEL})
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [label for _, label in FUNNEL_STAGES] and labels[0] == "Followers"
    texts = [t.get_text() for t in ax.texts]
    assert "4,812  (100%)" in texts and "25  (<1%)" in texts
    assert bar_colors(ax) <= ALLOWED
    assert ax._left_title.get_fontsize() > FONT_SIZE >= 14
    assert "part of the one above" in ax.get_xlabel()


def test_funnel_bars_are_nested_on_every_sample():
    """Each bar is part of the one above: the band once drew Relevant 1,209 over Mutual 909."""
    from realnet_kit import load_export, sample_path, summarize_audit
    from realnet_kit.samples import list_samples

    for name in list_samples():
        audit = audit_followers(load_export(sample_path(name)), keywords="music, bread, web")
        ax = plot_funnel(summarize_audit(audit))
        widths = _bar_widths(ax)
        assert len(widths) == 4 and widths == sorted(widths, reverse=True), name
        assert ax.get_title(loc="left") == FUNNEL_TITLE
        plt.close(ax.figure)


def test_funnel_from_an_audit_frame_counts_nested_stages():
    people = pd.DataFrame(
        {
            "contact_id": ["a", "b", "c", "d"],
            "follows_me": pd.array([True, True, True, False], dtype="boolean"),
            "i_follow": pd.array([True, True, False, True], dtype="boolean"),
            "suspicious": pd.array([False, True, False, False], dtype="boolean"),
        }
    )
    _, given = plt.subplots()
    ax = plot_funnel(audit_followers(people), ax=given)
    assert ax is given
    # followers a b c; b is probably not a person and c, with no details, not followed
    # back and never talked with, could not be judged: only a is probably a person (c
    # was once counted as one); two-way with a real follower: a; talked: nobody
    assert _bar_widths(ax) == [3, 1, 1, 0]
    assert [t.get_text() for t in ax.texts] == ["3  (100%)", "1  (33%)", "1  (33%)", "0  (0%)"]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[1] == "Probably a person\n(1 probably not, 1 not judged)"
    alt = funnel_alt_text(audit_followers(people))
    assert "1 is probably not and 1 could not be judged" in alt


def test_funnel_numbers_add_up_and_match_the_sentences_on_each_sample(capsys):
    """The band's funnel said "Probably a person 8,107" (followers minus suspicious) while the
    text said 544 more could not be judged; its third bar said 904 where the text said 903."""
    from realnet_kit import load_export, load_interactions, sample_path, summarize_audit
    from realnet_kit.narrate import tell_audit
    from realnet_kit.samples import list_samples

    for name in list_samples():
        folder = sample_path(name)
        audit = audit_followers(load_export(folder), load_interactions(folder))
        s = summarize_audit(audit)
        assert s["real"] + s["suspicious"] + s["not_judged"] == s["followers"], name
        assert s["real"] >= s["real_two_way"] >= s["real_mutual"], name
        assert s["real_two_way"] >= s["real_engaged"], name
        ax = plot_funnel(s)
        assert ax.get_title(loc="left") == FUNNEL_TITLE
        drawn = [t.get_text().split()[0] for t in ax.texts]
        tell_audit(s, None, audit=audit)
        said = capsys.readouterr().out
        for number in drawn:  # every number on the funnel is said in the sentences
            assert number in said, (name, number)
        assert f"{s['real_mutual']:,} follow each other with you (mutual)" in said, name
        plt.close(ax.figure)


def test_funnel_without_follow_data_starts_from_every_account():
    ax = plot_funnel({"contacts": 40, "followers": 0, "real": 38, "real_two_way": 5,
                      "real_engaged": 2})  # fmt: skip
    assert ax.get_yticklabels()[0].get_text() == "All accounts"
    assert _bar_widths(ax) == [40, 38, 5, 2]


def test_figures_that_are_not_nested_are_shown_as_separate_measures():
    ax = plot_funnel(SUMMARY)  # relevant 700 is not part of mutual 300, nor the reverse
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[:2] == ["Followers", "Probably a person"]
    assert "Relevant to your business" in labels and "Mutual (you follow each other)" in labels
    assert "funnel" not in ax.get_title(loc="left").lower()
    assert "not nested" in ax.get_xlabel()
    assert ax.get_title(loc="left") != FUNNEL_TITLE


def test_small_shares_never_read_zero():
    assert share_label(3, 10_000) == "<1%" and share_label(0, 10_000) == "0%"
    assert share_label(9_999, 10_000) == ">99%" and share_label(10_000, 10_000) == "100%"
    assert share_label(5, 0) == ""


def test_funnel_with_zero_followers_does_not_divide_by_zero():
    ax = plot_funnel({"followers": 0, "real": 0, "real_two_way": 0, "real_engaged": 0})
    assert [t.get_text() for t in ax.texts] == ["0", "0", "0", "0"]


def test_funnel_colours_only_the_last_stage():
    ax = plot_funnel(FUNNEL)
    colours = [to_hex(p.get_facecolor()).lower() for p in ax.patches]
    assert colours[:-1] == [SCOREBOARD_COLOR.lower()] * 3
    assert colours[-1] == OKABE_ITO["blue"].lower()


def test_scoreboard_vs_real_colours_only_talked_both_ways():
    ax = plot_scoreboard_vs_real(SUMMARY)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[:2] == ["Followers", "You follow"]
    assert "Probably a person" in labels and not any("Real" in lbl for lbl in labels)
    colours = [to_hex(p.get_facecolor()).lower() for p in ax.patches]
    coloured = [
        lbl for lbl, c in zip(labels, colours, strict=True) if c != SCOREBOARD_COLOR.lower()
    ]
    assert coloured == ["Talked both ways, last 12 months"]
    assert bar_colors(ax) <= ALLOWED


def test_scoreboard_and_funnel_agree_on_talked_both_ways():
    """The band once showed 909 on one chart and 910 on the other."""
    summary = {**SUMMARY, **FUNNEL, "engaged": 26}
    funnel, board = plot_funnel(summary), plot_scoreboard_vs_real(summary)
    assert funnel.patches[-1].get_width() == board.patches[-1].get_width() == 25


def test_every_audit_figure_has_a_text_alternative_with_its_numbers():
    from realnet_kit import alt_text

    funnel = alt_text(plot_funnel(FUNNEL))
    assert all(f"{n:,}" in funnel for n in FUNNEL.values()) and "<1%" in funnel
    board = alt_text(plot_scoreboard_vs_real(SUMMARY))
    assert "4,812" in board and "25" in board and len(board) < 300
    replies = alt_text(plot_reply_times(pd.DataFrame({"reply_hours": [0.2, 1, 3, 5, 30]})))
    assert "5" in replies and "3" in replies


def test_plots_refuse_the_wrong_input_with_a_clear_message():
    with pytest.raises(TypeError, match="audit_followers"):
        plot_funnel([1, 2, 3])


def test_reply_times_histogram_and_median():
    from realnet_kit import alt_text

    ax = plot_reply_times(pd.DataFrame({"reply_hours": [0.2, 1, 3, 5, 30, 80, 300]}))
    assert ax.get_xscale() == "log", "quick and slow replies both show"
    words = [t.get_text() for t in ax.texts] + [ax.get_xlabel(), alt_text(ax)]
    assert any("half of your answers came within 5 hours" in w for w in words)
    assert "within 5 hours" in alt_text(ax)
    # the participant's words: no statistics jargon, no bare units
    jargon = re.compile(r"\bmedian\b|\blog\b|logarithm|\d h\b", re.I)
    assert not any(jargon.search(w) for w in words), words
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "1 minute",
        "1 hour",
        "1 day",
        "1 week",
        "1 month",
    ], "the stretched axis says each step in words"
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
    assert any("half of your answers came within 2 hours" in t.get_text() for t in ax.texts)
    empty = plot_reply_times(pd.DataFrame({"reply_hours": []}))
    assert "No answered messages" in empty.texts[0].get_text()


def test_saved_png_is_readable_size(tmp_path):
    ax = plot_funnel(FUNNEL)
    path = tmp_path / "funnel.png"
    ax.figure.savefig(path, dpi=100)
    width, height = ax.figure.get_size_inches() * 100
    assert path.stat().st_size > 5000 and width >= 1000 and height >= 500


def test_the_guess_is_marked_under_the_talked_both_ways_bar_and_said_in_words():
    from realnet_kit import alt_text
    from realnet_kit.audit.plots import GUESS_COLOR

    ax = plot_funnel(FUNNEL, guess=300)
    (mark,) = [t for t in ax.texts if t.get_text() == "your guess: 300"]
    assert to_hex(mark.get_color()).lower() == GUESS_COLOR.lower() in ALLOWED
    (pointer,) = ax.lines
    talked_y = ax.patches[-1].get_y() + ax.patches[-1].get_height() / 2
    assert pointer.get_xdata()[0] == 300, "on the bars' own scale"
    assert talked_y - 1 < pointer.get_ydata()[0] < talked_y, "just under the last bar"
    assert ax.get_ylim()[0] < pointer.get_ydata()[0], "inside the picture"
    assert alt_text(ax).endswith("You guessed 300.")
    assert not plot_funnel(FUNNEL).lines and "guess" not in alt_text(plot_funnel(FUNNEL))


def test_a_guess_beyond_every_bar_stretches_the_scale_to_show_it():
    ax = plot_funnel(FUNNEL, guess=20_000)
    assert ax.get_xlim()[1] > 20_000
    (mark,) = [t for t in ax.texts if t.get_text().startswith("your guess")]
    assert mark.get_text() == "your guess: 20,000" and mark.get_ha() == "right"
