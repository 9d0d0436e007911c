"""The relationship tiers as concentric rings, strongest inside (notebook 03).

Re-exported by :mod:`realnet_kit.audit.plots`, whose house style (palette, type sizes) it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from realnet_kit.scoring.score import TIERS, tier_summary
from realnet_kit.style import FONT_SIZE, OKABE_ITO, TITLE_SIZE, new_axes
from realnet_kit.words import whole_number

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

# Each ring's fill and the colour of the words written on it; the words carry the tier's
# name too, so nothing depends on telling colours apart.
RING_COLORS: dict[str, tuple[str, str]] = {
    "inner circle": (OKABE_ITO["blue"], "white"),
    "real": (OKABE_ITO["bluish green"], "white"),
    "warm": (OKABE_ITO["sky blue"], "black"),
    "acquaintance": (OKABE_ITO["yellow"], "black"),
    "scoreboard only": ("#DDDDDD", "black"),
}


def plot_rings(scored: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Relationship tiers as concentric rings, each labelled with its count and target.

    Parameters
    ----------
    scored
        The frame from :func:`realnet_kit.score_contacts` (a ``tier`` column), or the
        table from :func:`realnet_kit.tier_summary`.
    ax
        Axes to draw on (cleared first, so a live widget can redraw in place); a new
        figure when omitted.

    Examples
    --------
    >>> import pandas as pd
    >>> ax = plot_rings(pd.DataFrame({"tier": ["inner circle", "real", "real"]}))
    >>> ax.get_title(loc="left")
    'Your relationship rings'
    """
    from matplotlib.patches import Circle

    if {"tier", "count", "target"} <= set(getattr(scored, "columns", [])):
        summary = scored
    else:
        summary = tier_summary(scored)
    summary = summary.set_index(summary["tier"].astype(str))
    if ax is None:
        ax = new_axes(None, figsize=(12, 7.5))
    else:
        ax.clear()
    n = len(TIERS)
    for radius, tier in sorted(enumerate(TIERS, start=1), reverse=True):
        fill, _ = RING_COLORS[tier]
        ax.add_patch(Circle((0, 0), radius, facecolor=fill, edgecolor="white", linewidth=3))
    running = 0
    for radius, tier in enumerate(TIERS, start=1):
        row = summary.loc[tier] if tier in summary.index else None
        count = whole_number(row["count"]) if row is not None else 0
        running += count
        target = row["target"] if row is not None else None
        middle = 0.0 if radius == 1 else radius - 0.5
        ax.text(0, middle, f"{count}", ha="center", va="center", fontsize=FONT_SIZE + 1,
                color=RING_COLORS[tier][1], fontweight="bold")  # fmt: skip
        if target is None or pd.isna(target):
            detail = "followers, not relationships yet"
        elif radius == 1:
            detail = f"most people can keep about {int(target)}"
        else:
            detail = f"{running} with the rings inside; about {int(target)} is typical"
        label_y = n - 0.4 - (radius - 1) * (2 * n - 0.8) / (n - 1)
        angle = np.deg2rad(-35.0 + 70.0 * (n - radius) / (n - 1))
        ax.annotate(
            f"{tier}: {count}\n{detail}",
            xy=(middle * np.cos(angle) + (0.35 if radius == 1 else 0), middle * np.sin(angle)),
            xytext=(n + 0.6, label_y),
            fontsize=FONT_SIZE - 1,
            va="center",
            arrowprops={"arrowstyle": "-", "color": "#444444", "linewidth": 1},
        )
    ax.set_xlim(-n - 0.2, n + 7.8)
    ax.set_ylim(-n - 0.2, n + 0.2)
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.set_title("Your relationship rings", fontsize=TITLE_SIZE, loc="left", pad=14)
    return ax
