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
'From followers to real relationships'
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from realnet_kit.audit.followers import summarize_audit
from realnet_kit.style import FONT_SIZE, REAL_COLOR, SCOREBOARD_COLOR, new_axes, style_axes
from realnet_kit.words import is_missing, share_label, whole_number

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes


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


def _funnel_rows(summary: pd.Series) -> tuple[list[tuple[str, int]], bool]:
    """The bars to draw (label, value) and whether each is part of the one above."""
    known = {k: whole_number(summary[k]) for k in summary.index if not is_missing(summary[k])}
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
    rows = [(k, lbl, SCOREBOARD_COLOR) for k, lbl in scoreboard if not is_missing(summary.get(k))]
    rows += [(k, lbl, REAL_COLOR) for k, lbl in real if not is_missing(summary.get(k))]
    ax = new_axes(ax)
    values = np.array([whole_number(summary[k]) for k, _, _ in rows])
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
