"""Pictures for the room: the funnel, the two dashboards, how fast you answer.

Every function takes a DataFrame (or the summary built from one), draws on ``ax`` when
given one (otherwise on a new figure) and returns the ``Axes``; none calls ``plt.show()``.
The colours are the Okabe-Ito palette, which people with the common kinds of colour
blindness can tell apart, and the fonts are sized for a projector at the back of a room.
matplotlib is imported inside the functions, so importing this module stays cheap.

Helpers other plot authors in the package reuse: :data:`OKABE_ITO`, :data:`FONT_SIZE`,
:func:`new_axes` and :func:`style_axes`.

>>> import pandas as pd
>>> from realnet_kit.plots import plot_funnel
>>> ax = plot_funnel(pd.Series({"followers": 120, "real": 100, "real_two_way": 30,
...                             "real_engaged": 8}))
>>> ax.get_title(loc="left")
'From followers to real relationships'
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

# Okabe & Ito (2008), "Color Universal Design": eight colours that stay distinct for
# deuteranopes, protanopes and tritanopes.
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
}

# Type sizes (points) that stay readable on a projector from the back of a seminar room.
FONT_SIZE = 15
TITLE_SIZE = 19
DEFAULT_FIGSIZE = (11, 6)

# Colour of the "vanity" numbers and of the "real" ones, everywhere in the package.
SCOREBOARD_COLOR = "#999999"
REAL_COLOR = OKABE_ITO["blue"]

# The funnel's stages, top to bottom, with the words shown beside each bar: each stage is
# part of the one above (keys of :func:`realnet_kit.summarize_audit`). "Two-way" is a
# follow both ways or a conversation both ways; the last stage keeps only conversations.
FUNNEL_STAGES: tuple[tuple[str, str], ...] = (
    ("followers", "Followers"),
    ("real", "Real people (not suspicious)"),
    ("real_two_way", "Two-way: follow each other or talk"),
    ("real_engaged", "Talked both ways, last 12 months"),
)
# Figures that are not part of one another, drawn side by side as separate measures when a
# summary holds them instead of the funnel's stages (an older summary, or the live
# results of notebook 03).
MEASURES: tuple[tuple[str, str], ...] = (
    ("followers", "Followers"),
    ("real", "Real people (not suspicious)"),
    ("relevant", "Relevant to your business"),
    ("mutual", "Mutual (you follow each other)"),
    ("engaged", "Talked both ways, last 12 months"),
)


def new_axes(ax: Axes | None = None, figsize: tuple[float, float] = DEFAULT_FIGSIZE) -> Axes:
    """``ax`` itself, or the axes of a new figure of ``figsize`` inches."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def style_axes(ax: Axes, title: str, xlabel: str = "", ylabel: str = "") -> Axes:
    """Big, plain labels and no chart junk: the house style of every RealNet plot."""
    ax.set_title(title, fontsize=TITLE_SIZE, loc="left", pad=14)
    ax.set_xlabel(xlabel, fontsize=FONT_SIZE)
    ax.set_ylabel(ylabel, fontsize=FONT_SIZE)
    ax.tick_params(labelsize=FONT_SIZE)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax


def _summary(data: Any) -> pd.Series:
    """The audit figures from a summary (Series or dict) or from an audit frame."""
    if isinstance(data, pd.DataFrame):
        from realnet_kit.audit import summarize_audit

        return summarize_audit(data)
    if isinstance(data, dict | pd.Series):
        return pd.Series(data)
    raise TypeError(
        "expected the frame from audit_followers() or the Series from summarize_audit(), "
        f"got {type(data).__name__}"
    )


def _known(value: Any) -> bool:
    return value is not None and not pd.isna(value)


def _count(value: Any) -> int:
    try:
        return 0 if pd.isna(value) else int(value)
    except (TypeError, ValueError):
        return 0


def share_label(part: float, whole: float) -> str:
    """``part`` as a share of ``whole`` in words that never round a few down to nothing.

    >>> share_label(3, 1000), share_label(0, 1000), share_label(998, 1000), share_label(1, 4)
    ('<1%', '0%', '>99%', '25%')
    """
    from realnet_kit._tables import percent

    return percent(part, whole) if whole else ""


def _funnel_rows(summary: pd.Series) -> tuple[list[tuple[str, int]], bool]:
    """The bars to draw (label, value) and whether each is part of the one above."""
    known = {k: _count(summary[k]) for k in summary.index if _known(summary[k])}
    stages = [(label, known[k]) for k, label in FUNNEL_STAGES if k in known]
    if not known.get("followers") and known.get("contacts"):
        # the export does not say who follows you: the funnel starts from every account
        stages[:1] = [("All accounts", known["contacts"])]
    if len(stages) < len(FUNNEL_STAGES) and any(k in known for k, _ in MEASURES[2:]):
        return [(label, known[k]) for k, label in MEASURES if k in known], False
    values = [v for _, v in stages]
    return stages, all(a >= b for a, b in itertools.pairwise(values))


def plot_funnel(audit: pd.DataFrame | pd.Series | dict, *, ax: Axes | None = None) -> Axes:
    """The funnel from followers to real relationships, each bar part of the one above.

    Followers; those that look like real people; those of them linked to you both ways
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
    ax
        Axes to draw on; a new figure when omitted.

    Examples
    --------
    >>> ax = plot_funnel({"followers": 1000, "real": 800, "real_two_way": 90,
    ...                   "real_engaged": 4})
    >>> [t.get_text() for t in ax.get_yticklabels()][0], ax.texts[-1].get_text()
    ('Followers', '4  (<1%)')
    """
    summary = _summary(audit)
    stages, nested = _funnel_rows(summary)
    values = np.array([value for _, value in stages], dtype=int)
    ax = new_axes(ax)
    colors = [SCOREBOARD_COLOR] + [REAL_COLOR] * (len(stages) - 1)
    positions = np.arange(len(stages))[::-1]
    top = max(int(values.max()) if len(values) else 0, 1)
    ax.barh(positions, values, color=colors, height=0.7)
    ax.set_yticks(positions, [label for label, _ in stages])
    first = int(values[0]) if len(values) else 0
    for y, value in zip(positions, values, strict=True):
        share = f"  ({share_label(value, first)})" if first else ""
        ax.text(value + top * 0.01, y, f"{value:,}{share}", va="center", fontsize=FONT_SIZE)
    ax.set_xlim(0, top * 1.3)
    ax.xaxis.set_major_formatter("{x:,.0f}")
    if nested:
        return style_axes(
            ax,
            "From followers to real relationships",
            "accounts (each bar is part of the one above)",
        )
    return style_axes(
        ax, "Your followers, measure by measure", "accounts (separate measures, not nested)"
    )


def plot_scoreboard_vs_real(
    audit: pd.DataFrame | pd.Series | dict, *, ax: Axes | None = None
) -> Axes:
    """The vanity dashboard beside the real one.

    Grey bars are the numbers a platform shows off (followers, accounts you follow);
    blue bars are the ones a business can bank on (real accounts, mutual, relevant,
    real two-way exchanges).

    Examples
    --------
    >>> ax = plot_scoreboard_vs_real({"followers": 500, "following": 300, "real": 420,
    ...                               "mutual": 80, "relevant": 60, "engaged": 12})
    >>> ax.get_title(loc="left")
    'The scoreboard beside the real dashboard'
    """
    summary = _summary(audit)
    scoreboard = [("followers", "Followers"), ("following", "You follow")]
    real = [
        ("real", "Real accounts"),
        ("mutual", "Mutual"),
        ("relevant", "Relevant"),
        ("engaged", "Talked both ways (12 months)"),
    ]
    rows = [(k, lbl, SCOREBOARD_COLOR) for k, lbl in scoreboard if _known(summary.get(k))]
    rows += [(k, lbl, REAL_COLOR) for k, lbl in real if _known(summary.get(k))]
    ax = new_axes(ax)
    values = np.array([_count(summary[k]) for k, _, _ in rows])
    # leave a gap between the two dashboards
    n_scoreboard = sum(1 for row in rows if row[2] == SCOREBOARD_COLOR)
    positions = -(np.arange(len(rows)) + (np.arange(len(rows)) >= n_scoreboard))
    ax.barh(positions, values, color=[c for _, _, c in rows], height=0.7)
    ax.set_yticks(positions, [lbl for _, lbl, _ in rows])
    top = max(int(values.max()) if len(values) else 0, 1)
    for y, value in zip(positions, values, strict=True):
        ax.text(value + top * 0.01, y, f"{value:,}", va="center", fontsize=FONT_SIZE)
    ax.set_xlim(0, top * 1.2)
    from matplotlib.patches import Patch

    ax.legend(
        handles=[
            Patch(color=SCOREBOARD_COLOR, label="scoreboard (what the app shows)"),
            Patch(color=REAL_COLOR, label="real (what the business runs on)"),
        ],
        fontsize=FONT_SIZE - 2,
        loc="lower right",
        frameon=False,
    )
    style_axes(ax, "The scoreboard beside the real dashboard", xlabel="accounts")
    return ax


def plot_reply_times(replies: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """How long people waited for your answer: a histogram on a log time scale.

    Parameters
    ----------
    replies
        The frame from :func:`realnet_kit.reply_times` (a ``reply_hours`` column), or
        interactions, from which reply times are computed first.

    Examples
    --------
    >>> import pandas as pd
    >>> ax = plot_reply_times(pd.DataFrame({"reply_hours": [0.5, 3, 30, 80]}))
    >>> ax.get_xlabel()
    'hours until you answered (log scale)'
    """
    if "reply_hours" not in replies.columns:
        from realnet_kit.listening import reply_times

        replies = reply_times(replies)
    hours = pd.to_numeric(replies["reply_hours"], errors="coerce").dropna().to_numpy(float)
    ax = new_axes(ax)
    title = "How long people waited for your answer"
    if len(hours) == 0:
        ax.text(
            0.5,
            0.5,
            "No answered messages to measure yet",
            ha="center",
            va="center",
            fontsize=FONT_SIZE,
            transform=ax.transAxes,
        )
        ax.set_xticks([])
        ax.set_yticks([])
        return style_axes(ax, title)
    hours = np.clip(hours, 1 / 60, None)
    bins = np.logspace(np.log10(1 / 60), np.log10(max(hours.max(), 24 * 30)), 25)
    from realnet_kit.listening import DEFAULT_WITHIN_DAYS

    limit = DEFAULT_WITHIN_DAYS * 24
    quick = hours[hours <= limit]
    slow = hours[hours > limit]
    ax.hist(
        [quick, slow],
        bins=bins,
        stacked=True,
        color=[OKABE_ITO["bluish green"], OKABE_ITO["vermillion"]],
        label=[f"within {DEFAULT_WITHIN_DAYS} days", f"later than {DEFAULT_WITHIN_DAYS} days"],
    )
    ax.set_xscale("log")
    median = float(np.median(hours))
    ax.axvline(median, color=OKABE_ITO["black"], linestyle="--", linewidth=2)
    ax.text(
        median,
        ax.get_ylim()[1] * 0.95,
        f" median {_human_hours(median)} ",
        fontsize=FONT_SIZE,
        va="top",
        bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85},
    )
    ticks = [1 / 60, 1, 24, 24 * 7, 24 * 30]
    ax.set_xticks(ticks, ["1 min", "1 hour", "1 day", "1 week", "1 month"])
    ax.legend(fontsize=FONT_SIZE - 2, frameon=False, loc="upper left")
    style_axes(ax, title, xlabel="hours until you answered (log scale)", ylabel="messages")
    return ax


def _human_hours(hours: float) -> str:
    if hours < 1:
        return f"{hours * 60:.0f} min"
    if hours < 48:
        return f"{hours:.1f} h"
    return f"{hours / 24:.1f} days"


# The relationship rings of notebook 03 live in their own module, read from here when
# first asked for, so that ``from realnet_kit.plots import plot_rings`` keeps working.
def __getattr__(name: str) -> Any:
    if name in ("plot_rings", "RING_COLORS"):
        from realnet_kit import _plot_rings

        return getattr(_plot_rings, name)
    raise AttributeError(f"module 'realnet_kit.plots' has no attribute {name!r}")
