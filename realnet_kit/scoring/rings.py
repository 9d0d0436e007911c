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


#: The tiers drawn as rings: Dunbar-style layers, each holding the ones inside it.
#: "Scoreboard only" is no layer of relationships; it is said in words beside the rings.
LAYERS: tuple[str, ...] = tuple(t for t in TIERS if t != "scoreboard only")


def _counts(scored: pd.DataFrame) -> dict[str, int]:
    """How many people each tier holds alone, strongest first (0 for an empty tier)."""
    if {"tier", "count"} <= set(getattr(scored, "columns", [])) and "contact_id" not in scored:
        summary = scored
    else:
        summary = tier_summary(scored)
    by_tier = dict(zip(summary["tier"].astype(str), summary["count"], strict=True))
    return {tier: whole_number(by_tier.get(tier)) for tier in TIERS}


def layer_counts(scored: pd.DataFrame) -> dict[str, int]:
    """Each layer's head count, counting the layers inside it, as the tier sentences do.

    The real layer is the inner circle and the real tier together: the number the
    workshop calls your real relationships.

    >>> layer_counts(pd.DataFrame({"tier": ["inner circle", "real", "real", "warm"]}))
    {'inner circle': 1, 'real': 3, 'warm': 4, 'acquaintance': 4}
    """
    counts, running, layers = _counts(scored), 0, {}
    for tier in LAYERS:
        running += counts[tier]
        layers[tier] = running
    return layers


def layer_label(tier: str) -> str:
    """What a ring is called: "inner circle", then "real layer", "warm layer"...

    >>> layer_label("real"), layer_label("inner circle")
    ('real layer', 'inner circle')
    """
    return tier if tier == "inner circle" else f"{tier} layer"


def _outside(count: int) -> str:
    """The words for the people scored outside every layer ("" when there are none)."""
    if not count:
        return ""
    who = "person" if count == 1 else "people"
    return f"{count:,} {who} you scored as scoreboard only."


def rings_alt_text(scored: pd.DataFrame) -> str:
    """The rings' numbers in one sentence: the text alternative of :func:`plot_rings`.

    Each number counts a layer with the layers inside it (the real layer holds the inner
    circle), as the picture says under its title and the tier sentences say.

    >>> rings_alt_text(pd.DataFrame({"tier": ["inner circle", "real", "real", "warm"]}))
    'Relationship layers, closest inside, each counting the ones inside it: inner circle 1, \
real layer 3, warm layer 4 and acquaintance layer 4.'
    """
    layers = layer_counts(scored)
    sentence = (
        "Relationship layers, closest inside, each counting the ones inside it: "
        + listed([f"{layer_label(tier)} {n:,}" for tier, n in layers.items()])
        + "."
    )
    outside = _outside(_counts(scored)["scoreboard only"])
    return f"{sentence} Outside every ring: {outside}" if outside else sentence


def plot_rings(scored: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Relationship layers as concentric rings, closest inside, one number per ring.

    The rings are Dunbar-style layers: each ring's number counts the people in it and in
    every ring inside it, so the real layer's number is the inner circle and the real
    tier together, the same number the tier sentences and "your real relationships"
    give. Each ring's name and number sit at the end of a straight, level line from the
    ring, so no two lines cross. People scored "scoreboard only" are in no layer: a line
    under the rings says how many, when there are any.

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
    ('Your relationship rings', ['inner circle  1', 'real layer  3'])
    """
    from matplotlib.patches import Circle

    layers = layer_counts(scored)
    if ax is None:
        ax = new_axes(None, figsize=(12, 7.5))
    else:
        ax.clear()
    n = len(LAYERS)
    for radius, tier in sorted(enumerate(LAYERS, start=1), reverse=True):
        fill, _ = RING_COLORS[tier]
        ax.add_patch(Circle((0, 0), radius, facecolor=fill, edgecolor="white", linewidth=3))
    label_x = n + 0.6
    for radius, tier in enumerate(LAYERS, start=1):
        # a level line from inside the ring to the label: above the rings inside it, so it
        # crosses only the rings outside, and never another line
        y = 0.0 if radius == 1 else radius - 0.5
        ax.plot([0, label_x - 0.15], [y, y], color="#333333", linewidth=1, zorder=3)
        ax.plot([0], [y], marker="o", markersize=5, color="#333333", zorder=3)
        ax.text(label_x, y, f"{layer_label(tier)}  {layers[tier]:,}", fontsize=FONT_SIZE + 1,
                va="center", ha="left", fontweight="bold" if radius <= 2 else "normal")  # fmt: skip
    ax.set_xlim(-n - 0.2, n + 6.5)
    ax.set_ylim(-n - 0.2, n + 0.2)
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.set_title("Your relationship rings", fontsize=TITLE_SIZE, loc="left", pad=30)
    # Read beside "your real layer has 21" (inner circle and real together): the same
    # number in the same sense, and only the people scored are in the picture.
    ax.text(0, 1.01, "The people you scored. Each ring counts itself and the rings inside it.",
            transform=ax.transAxes, fontsize=FONT_SIZE, va="bottom", ha="left",
            color="#333333")  # fmt: skip
    outside = _outside(_counts(scored)["scoreboard only"])
    if outside:  # below the rings, in words: no ring of its own
        ax.text(0, -0.01, f"Outside every ring: {outside}", transform=ax.transAxes,
                fontsize=FONT_SIZE, va="top", ha="left", color="#333333")  # fmt: skip
    return set_alt_text(ax, rings_alt_text(scored))
