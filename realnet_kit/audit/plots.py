"""Pictures for the room: the funnel, the two dashboards, how fast you answer.

Every function takes a DataFrame (or the summary built from one), draws on ``ax`` when
given one (otherwise on a new figure) and returns the ``Axes``; none calls ``plt.show()``.
The colours are the Okabe-Ito palette, which people with the common kinds of colour
blindness can tell apart, and the fonts are sized for a projector at the back of a room.
matplotlib is imported inside the functions, so importing this module stays cheap.

Helpers other plot authors in the package reuse: :data:`OKABE_ITO`, :data:`FONT_SIZE`,
:func:`new_axes` and :func:`style_axes`.

>>> import pandas as pd
>>> from realnet_kit.audit.plots import plot_funnel
>>> ax = plot_funnel(pd.Series({"followers": 120, "real": 100, "real_two_way": 30,
...                             "real_engaged": 8}))
>>> ax.get_title(loc="left")
'From followers to two-way conversations'
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from realnet_kit.audit.followers import summarize_audit
from realnet_kit.style import (
    FONT_SIZE,
    OKABE_ITO,
    REAL_COLOR,
    SCOREBOARD_COLOR,
    new_axes,
    set_alt_text,
    style_axes,
)
from realnet_kit.words import is_missing, listed, share_label, whole_number

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes


# The funnel's stages, top to bottom, with the words shown beside each bar: each stage is
# part of the one above (keys of :func:`realnet_kit.summarize_audit`), in the workshop's
# own words ("probably a person", "talked both ways"). "Probably a person" leaves out both
# the accounts that are probably not people and those that could not be judged; "Follow
# each other, or talked" is a follow both ways (mutual) or a conversation both ways; the
# last stage keeps only conversations, and it is the one coloured: the number the
# workshop is about. Real relationships come later, from the scoring of notebook 03.
FUNNEL_STAGES: tuple[tuple[str, str], ...] = (
    ("followers", "Followers"),
    ("real", "Probably a person"),
    ("real_two_way", "Follow each other, or talked"),
    ("real_engaged", "Talked both ways, last 12 months"),
)
#: The funnel's title: where it ends (not "real relationships": those are scored in 03).
FUNNEL_TITLE = "From followers to two-way conversations"
#: The stage the funnel and the scoreboard chart colour (all others are grey).
STORY_STAGE = "real_engaged"
#: The colour of the participant's guess on the funnel: no bar uses it, and Okabe-Ito's
#: vermillion stays apart from the blue bar for the common kinds of colour blindness.
GUESS_COLOR = OKABE_ITO["vermillion"]
# Figures that are not part of one another, drawn side by side as separate measures when a
# summary holds them instead of the funnel's stages (an older summary, or the live
# results of notebook 03).
MEASURES: tuple[tuple[str, str], ...] = (
    ("followers", "Followers"),
    ("real", "Probably a person"),
    ("relevant", "Relevant to your business"),
    ("mutual", "Mutual (you follow each other)"),
    ("engaged", "Talked both ways, last 12 months"),
)


def _summary(data: Any) -> pd.Series:
    """The audit figures from a summary (Series or dict) or from an audit frame."""
    if isinstance(data, pd.DataFrame):
        return summarize_audit(data)
    if isinstance(data, dict | pd.Series):
        return pd.Series(data)
    raise TypeError(
        "expected the frame from audit_followers() or the Series from summarize_audit(), "
        f"got {type(data).__name__}"
    )


def _funnel_rows(summary: pd.Series) -> tuple[list[tuple[str, str, int]], bool]:
    """The bars to draw (key, label, value) and whether each is part of the one above."""
    known = {k: whole_number(summary[k]) for k in summary.index if not is_missing(summary[k])}
    stages = [(k, label, known[k]) for k, label in FUNNEL_STAGES if k in known]
    if not known.get("followers") and known.get("contacts"):
        # the export does not say who follows you: the funnel starts from every account
        stages[:1] = [("contacts", "All accounts", known["contacts"])]
    if len(stages) < len(FUNNEL_STAGES) and any(k in known for k, _ in MEASURES[2:]):
        return [(k, label, known[k]) for k, label in MEASURES if k in known], False
    values = [v for _, _, v in stages]
    return stages, all(a >= b for a, b in itertools.pairwise(values))


def _emphasis(is_story: bool) -> dict:
    """How a bar's number is written: the one that counts large, bold and in colour (its
    bar may be too thin to see next to thousands of followers)."""
    if is_story:
        return {"fontsize": FONT_SIZE + 4, "fontweight": "bold", "color": REAL_COLOR}
    return {"fontsize": FONT_SIZE}


def _left_out(summary: pd.Series) -> str:
    """What "probably a person" leaves out, in brackets: " (1,736 are probably not, 259
    could not be judged)"; "" when the summary does not say."""
    parts = []
    fake = summary.get("suspicious")
    if not is_missing(fake):
        n = whole_number(fake)
        parts.append(f"{n:,} {'is' if n == 1 else 'are'} probably not")
    unknown = summary.get("not_judged")
    if not is_missing(unknown) and whole_number(unknown):
        parts.append(f"{whole_number(unknown):,} could not be judged")
    return f" ({listed(parts)})" if parts else ""


def _linked_words(summary: pd.Series) -> str:
    """The third stage in words, naming the mutual followers inside it when they differ."""
    mutual = summary.get("real_mutual")
    if is_missing(mutual) or is_missing(summary.get("real_two_way")):
        return "{n} of them follow each other with you or talked with you both ways"
    mutual, linked = whole_number(mutual), whole_number(summary["real_two_way"])
    if mutual == linked:
        return "{n} of them follow each other with you (mutual)"
    return (
        "{n} of them are connected with you ("
        + f"{mutual:,} follow each other with you, {linked - mutual:,} more talked with you "
        + "both ways without a follow back)"
    )


def _left_out_short(summary: pd.Series) -> str:
    """The second bar's label line: "\\n(141 probably not, 259 not judged)" or ""."""
    parts = []
    if not is_missing(summary.get("suspicious")):
        parts.append(f"{whole_number(summary['suspicious']):,} probably not")
    if not is_missing(summary.get("not_judged")) and whole_number(summary["not_judged"]):
        parts.append(f"{whole_number(summary['not_judged']):,} not judged")
    return f"\n({', '.join(parts)})" if parts else ""


def _guess_words(guess: float) -> str:
    """A guess as it is written on the funnel: "300", "1,200", "12.5"."""
    return f"{guess:,.0f}" if float(guess).is_integer() else f"{guess:,.1f}"


def funnel_alt_text(audit: pd.DataFrame | pd.Series | dict, guess: float | None = None) -> str:
    """The funnel's numbers in one sentence: the text alternative of :func:`plot_funnel`.

    With the participant's ``guess``, a second sentence says it, as the figure does.

    >>> funnel_alt_text({"followers": 9848, "suspicious": 1730, "not_judged": 0,
    ...     "real": 8118, "real_two_way": 910, "real_mutual": 909, "real_engaged": 10})
    'Funnel: of 9,848 followers, 8,118 are probably people (1,730 are probably not); 910 \
of them are connected with you (909 follow each other with you, 1 more talked with \
you both ways without a follow back); and 10 talked with you both ways in the last 12 \
months (<1%).'
    """
    said = _funnel_words(_summary(audit))
    if guess is None or is_missing(guess) or said.startswith("Funnel: no figures"):
        return said
    return f"{said} You guessed {_guess_words(guess)}."


def _funnel_words(summary: pd.Series) -> str:
    stages, nested = _funnel_rows(summary)
    if not stages:
        return "Funnel: no figures to show yet."
    if not nested:
        parts = [f"{label.lower()} {v:,}" for _, label, v in stages]
        return f"Your followers, measure by measure (not nested): {listed(parts)}."
    say = {
        "followers": "{n} followers",
        "contacts": "{n} accounts",
        "real": "{n} {are} probably people" + _left_out(summary),
        "real_two_way": _linked_words(summary),
        "real_engaged": "{n} talked with you both ways in the last 12 months ({share})",
    }  # fmt: skip
    first = stages[0][2]
    words = [
        say[k].format(n=f"{v:,}", are="is" if v == 1 else "are", share=share_label(v, first))
        for k, _, v in stages
    ]
    if len(words) == 1:
        return f"Funnel: {words[0]}."
    rest = words[1:] if len(words) < 3 else [*words[1:-1], f"and {words[-1]}"]
    return f"Funnel: of {words[0]}, {'; '.join(rest)}."


def plot_funnel(
    audit: pd.DataFrame | pd.Series | dict, *, guess: float | None = None, ax: Axes | None = None
) -> Axes:
    """The funnel from followers to two-way conversations, each bar part of the one above.

    Followers; those that are probably people (neither probably not a person nor beyond
    judging, both counts written under the bar); those of them connected with you
    (you follow each other, or you talked both ways); those you talked with both ways in
    the last 12 months. Each bar says its share of the first one ("<1%" for a few, never
    "0%" unless there are none). Figures that are not part of one another (a summary
    with ``relevant`` and ``mutual`` but not the funnel's stages) are drawn as separate
    measures, and the title and axis say so.

    Parameters
    ----------
    audit
        The frame from :func:`realnet_kit.audit_followers`, or its
        :func:`realnet_kit.summarize_audit` figures.
    guess
        The participant's guess of how many talked with them both ways (notebook 00's
        exercise, :func:`realnet_kit.narrate.the_guess`): marked under that bar, at its
        place on the same scale, "your guess: 300". None (the default) draws no mark.
    ax
        Axes to draw on; a new figure when omitted.

    Examples
    --------
    >>> ax = plot_funnel({"followers": 1000, "real": 800, "real_two_way": 90,
    ...                   "real_engaged": 4})
    >>> [t.get_text() for t in ax.get_yticklabels()][0], ax.texts[-1].get_text()
    ('Followers', '4  (<1%)')
    >>> plot_funnel({"followers": 1000, "real": 800, "real_two_way": 90,
    ...              "real_engaged": 4}, guess=300).texts[-1].get_text()
    'your guess: 300'
    """
    summary = _summary(audit)
    stages, nested = _funnel_rows(summary)
    values = np.array([value for _, _, value in stages], dtype=int)
    ax = new_axes(ax)
    story = [key in ("engaged", STORY_STAGE) for key, _, _ in stages]
    colors = [REAL_COLOR if is_story else SCOREBOARD_COLOR for is_story in story]
    positions = np.arange(len(stages))[::-1]
    top = max(int(values.max()) if len(values) else 0, 1)
    ax.barh(positions, values, color=colors, height=0.7)
    # what "probably a person" leaves out goes under its label: the bars add up in words
    left_out = _left_out_short(summary) if nested else ""
    ax.set_yticks(
        positions,
        [label + (left_out if key == "real" else "") for key, label, _ in stages],
    )
    first = int(values[0]) if len(values) else 0
    for y, value, is_story in zip(positions, values, story, strict=True):
        share = f"  ({share_label(value, first)})" if first else ""
        ax.text(value + top * 0.01, y, f"{value:,}{share}", va="center", **_emphasis(is_story))
    ax.set_xlim(0, top * 1.3)
    if guess is not None and not is_missing(guess) and any(story):
        _mark_guess(ax, float(guess), positions[story.index(True)], top)
    ax.xaxis.set_major_formatter("{x:,.0f}")
    if nested:
        style_axes(ax, FUNNEL_TITLE, "accounts (each bar is part of the one above)")
    else:
        style_axes(
            ax, "Your followers, measure by measure", "accounts (separate measures, not nested)"
        )
    for label, is_story in zip(ax.get_yticklabels(), story, strict=True):
        if is_story:
            label.set_fontweight("bold")
            label.set_color(REAL_COLOR)
    return set_alt_text(ax, funnel_alt_text(summary, guess))


def _mark_guess(ax: Axes, guess: float, y: float, top: int) -> None:
    """The guess under the talked-both-ways bar, at its place on the bars' scale: a
    pointer and "your guess: 300", in a colour no bar uses."""
    right = max(top * 1.3, guess * 1.3)
    ax.set_xlim(0, right)
    below = y - 0.62  # under the bar (height 0.7), clear of its number
    ax.plot([guess], [below], marker="^", markersize=13, color=GUESS_COLOR, clip_on=False)
    near_end = guess > right * 0.7  # the words go left of the pointer, inside the axes
    ax.text(
        guess + (-1 if near_end else 1) * right * 0.02,
        below,
        f"your guess: {_guess_words(guess)}",
        va="center",
        ha="right" if near_end else "left",
        fontsize=FONT_SIZE,
        fontweight="bold",
        color=GUESS_COLOR,
    )
    low, high = ax.get_ylim()
    ax.set_ylim(min(low, below - 0.45), high)


def _scoreboard_rows(summary: pd.Series) -> list[tuple[str, str, int]]:
    """(key, label, value) of the scoreboard chart: the app's numbers, then the one that counts."""
    talked = STORY_STAGE if not is_missing(summary.get(STORY_STAGE)) else "engaged"
    rows = [
        ("followers", "Followers"),
        ("following", "You follow"),
        ("real", "Probably a person"),
        ("mutual", "Mutual (follow each other)"),
        ("relevant", "Relevant to your business"),
        (talked, "Talked both ways, last 12 months"),
    ]
    return [(k, lbl, whole_number(summary[k])) for k, lbl in rows if not is_missing(summary.get(k))]


def scoreboard_alt_text(audit: pd.DataFrame | pd.Series | dict) -> str:
    """The scoreboard chart's numbers in one sentence (its text alternative).

    >>> scoreboard_alt_text({"followers": 500, "following": 300, "real": 420,
    ...                      "mutual": 80, "engaged": 12})
    'Of the numbers the app shows (500 followers, 300 you follow, 420 probably a person, \
80 mutual), the one that counts is 12: talked both ways in the last 12 months.'
    """
    rows = _scoreboard_rows(_summary(audit))
    shown = [f"{v:,} {lbl.split(' (')[0].lower()}" for _, lbl, v in rows]
    if not rows:
        return "The scoreboard: no figures to show yet."
    key, _, value = rows[-1]
    if key not in ("engaged", STORY_STAGE):
        return f"The numbers the app shows: {listed(shown)}."
    shown = shown[:-1]
    return (
        f"Of the numbers the app shows ({', '.join(shown)}), the one that counts is "
        f"{value:,}: talked both ways in the last 12 months."
    )


def plot_scoreboard_vs_real(
    audit: pd.DataFrame | pd.Series | dict, *, ax: Axes | None = None
) -> Axes:
    """The numbers the app shows off, and the one that counts.

    Every bar is grey (followers, accounts you follow, probably a person, mutual,
    relevant) but one: the people who talked with you both ways in the last 12 months,
    in colour. It is the funnel's last stage (``real_engaged``), so the two figures never
    disagree; a summary without it falls back to ``engaged``.

    Examples
    --------
    >>> ax = plot_scoreboard_vs_real({"followers": 500, "following": 300, "real": 420,
    ...                               "mutual": 80, "relevant": 60, "engaged": 12})
    >>> ax.get_title(loc="left")
    'The scoreboard, and the one number that counts'
    """
    summary = _summary(audit)
    rows = _scoreboard_rows(summary)
    story = [k in ("engaged", STORY_STAGE) for k, _, _ in rows]
    ax = new_axes(ax)
    values = np.array([v for _, _, v in rows], dtype=int)
    # leave a gap before the number that counts
    positions = -(np.arange(len(rows)) + np.array(story, dtype=int))
    colors = [REAL_COLOR if s else SCOREBOARD_COLOR for s in story]
    ax.barh(positions, values, color=colors, height=0.7)
    ax.set_yticks(positions, [lbl for _, lbl, _ in rows])
    top = max(int(values.max()) if len(values) else 0, 1)
    for y, value, is_story in zip(positions, values, story, strict=True):
        ax.text(value + top * 0.01, y, f"{value:,}", va="center", **_emphasis(is_story))
    ax.set_xlim(0, top * 1.2)
    ax.xaxis.set_major_formatter("{x:,.0f}")
    style_axes(ax, "The scoreboard, and the one number that counts", xlabel="accounts")
    for label, is_story in zip(ax.get_yticklabels(), story, strict=True):
        if is_story:
            label.set_fontweight("bold")
            label.set_color(REAL_COLOR)
    return set_alt_text(ax, scoreboard_alt_text(summary))
