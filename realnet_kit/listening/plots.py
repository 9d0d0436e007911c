"""How fast you answer (notebook 02): the reply-time picture.

>>> import pandas as pd
>>> replies = pd.DataFrame({"reply_hours": [0.5, 3, 30, 200]})
>>> plot_reply_times(replies).get_title(loc="left")[:8]
'How long'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from realnet_kit.listening.messages import DEFAULT_WITHIN_DAYS, reply_times
from realnet_kit.style import FONT_SIZE, OKABE_ITO, new_axes, set_alt_text, style_axes
from realnet_kit.words import counted, hours_words

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes


def plot_reply_times(replies: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """How long people waited for your answer: a histogram, in the participant's words.

    The time axis stretches (a minute, an hour, a day, a week, a month are evenly spaced,
    so quick and slow replies both show) and its marks say so in words; the dashed line
    marks the middle wait: "half answered within 15 hours".

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
    'how long until you answered (each step along the bottom is a longer wait)'
    """
    if "reply_hours" not in replies.columns:
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
        style_axes(ax, title)
        return set_alt_text(ax, "How long people waited for your answer: no answered messages yet.")
    hours = np.clip(hours, 1 / 60, None)
    bins = np.logspace(np.log10(1 / 60), np.log10(max(hours.max(), 24 * 30)), 25)

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
        f" half answered within {hours_words(median)} ",
        fontsize=FONT_SIZE,
        va="top",
        bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85},
    )
    ticks = [1 / 60, 1, 24, 24 * 7, 24 * 30]
    ax.set_xticks(ticks, ["1 minute", "1 hour", "1 day", "1 week", "1 month"])
    ax.legend(fontsize=FONT_SIZE - 2, frameon=False, loc="upper left")
    style_axes(
        ax,
        title,
        xlabel="how long until you answered (each step along the bottom is a longer wait)",
        ylabel="messages",
    )
    return set_alt_text(
        ax,
        f"How long people waited for your answer: of {counted(len(hours), 'answered message')}, "
        f"{len(quick):,} were answered within {DEFAULT_WITHIN_DAYS} days and {len(slow):,} "
        f"later; half were answered within {hours_words(median)}.",
    )
