"""The relationship tiers as concentric rings, strongest inside (notebook 03).

Re-exported by :mod:`realnet_kit.audit.plots`, whose house style (palette, type sizes) it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from realnet_kit.scoring.score import TIERS, tier_summary
from realnet_kit.style import FONT_SIZE, OKABE_ITO, TITLE_SIZE, new_axes, set_alt_text
from realnet_kit.words import listed, whole_number

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


def _counts(scored: pd.DataFrame) -> dict[str, int]:
    """How many people each tier holds, strongest first (0 for an empty tier)."""
    if {"tier", "count"} <= set(getattr(scored, "columns", [])) and "contact_id" not in scored:
        summary = scored
    else:
        summary = tier_summary(scored)
    by_tier = dict(zip(summary["tier"].astype(str), summary["count"], strict=True))
    return {tier: whole_number(by_tier.get(tier)) for tier in TIERS}


def rings_alt_text(scored: pd.DataFrame) -> str:
    """The rings' numbers in one sentence: the text alternative of :func:`plot_rings`.

    Each number counts one ring alone (the real ring without the inner circle), as the
    picture says under its title.

    >>> rings_alt_text(pd.DataFrame({"tier": ["inner circle", "real", "real", "warm"]}))
    'Relationship rings, closest inside: inner circle 1, real 2, warm 1, acquaintance 0 and \
scoreboard only 0.'
    """
    counts = _counts(scored)
    return (
        "Relationship rings, closest inside: "
        + listed([f"{tier} {n:,}" for tier, n in counts.items()])
        + "."
    )


def plot_rings(scored: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Relationship tiers as concentric rings, strongest inside, one number per ring.

    Each ring's name and head count sit at the end of a straight, level line from the
    ring, so no two lines cross and every ring carries exactly one number: how many
    people are in it (not counting the rings inside).

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
    >>> ax.get_title(loc="left"), [t.get_text() for t in ax.texts][:2]
    ('Your relationship rings', ['inner circle  1', 'real  2'])
    """
    from matplotlib.patches import Circle

    counts = _counts(scored)
    if ax is None:
        ax = new_axes(None, figsize=(12, 7.5))
    else:
        ax.clear()
    n = len(TIERS)
    for radius, tier in sorted(enumerate(TIERS, start=1), reverse=True):
        fill, _ = RING_COLORS[tier]
        ax.add_patch(Circle((0, 0), radius, facecolor=fill, edgecolor="white", linewidth=3))
    label_x = n + 0.6
    for radius, tier in enumerate(TIERS, start=1):
        # a level line from inside the ring to the label: above the rings inside it, so it
        # crosses only the rings outside, and never another line
        y = 0.0 if radius == 1 else radius - 0.5
        ax.plot([0, label_x - 0.15], [y, y], color="#333333", linewidth=1, zorder=3)
        ax.plot([0], [y], marker="o", markersize=5, color="#333333", zorder=3)
        ax.text(label_x, y, f"{tier}  {counts[tier]:,}", fontsize=FONT_SIZE + 1,
                va="center", ha="left", fontweight="bold" if radius <= 2 else "normal")  # fmt: skip
    ax.set_xlim(-n - 0.2, n + 6.5)
    ax.set_ylim(-n - 0.2, n + 0.2)
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.set_title("Your relationship rings", fontsize=TITLE_SIZE, loc="left", pad=30)
    # Read beside "your real layer has 21" (inner circle and real together): say what one
    # ring's number counts, and that only the people scored are in the picture.
    ax.text(0, 1.01, "The people you scored. Each number counts one ring, without the rings "
            "inside it.", transform=ax.transAxes, fontsize=FONT_SIZE, va="bottom",
            ha="left", color="#333333")  # fmt: skip
    return set_alt_text(ax, rings_alt_text(scored))
