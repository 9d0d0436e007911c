"""How fast you answer (notebook 02): the reply-time picture.

>>> import pandas as pd
>>> replies = pd.DataFrame({"reply_hours": [0.5, 3, 30, 200]})
>>> plot_reply_times(replies, never=2).get_title(loc="left")[:8]
'How long'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from realnet_kit.listening.messages import DEFAULT_WITHIN_DAYS, reply_times, unanswered
from realnet_kit.style import FONT_SIZE, OKABE_ITO, new_axes, set_alt_text, style_axes
from realnet_kit.words import counted, hours_words

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

#: The colour of the messages never answered: apart from the green and orange of the
#: answered ones, in the kit's palette.
NEVER_COLOR = OKABE_ITO["reddish purple"]
#: How far above the tallest bar the value axis reaches: the room the middle-wait label
#: and the legend need, so neither covers a bar.
HEADROOM = 1.6


def plot_reply_times(
    replies: pd.DataFrame, *, never: int | None = None, ax: Axes | None = None
) -> Axes:
    """How long people waited for your answer: a histogram, in the participant's words,
    with the messages never answered as a bar of their own at the right.

    The time axis stretches (a minute, an hour, a day, a week, a month are evenly spaced,
    so quick and slow replies both show) and its marks say so in words; the dashed line
    marks the middle wait of the answered messages: "half of your answers came within 15
    hours". Space is kept above the bars, so no label covers one.

    Parameters
    ----------
    replies
        The frame from :func:`realnet_kit.reply_times` (a ``reply_hours`` column), or
        interactions, from which reply times (and, unless ``never`` is given, the
        messages never answered) are computed first.
    never
        How many messages were never answered: drawn as a separate bar, "never", at
        the right (none when 0).

    Examples
    --------
    >>> import pandas as pd
    >>> ax = plot_reply_times(pd.DataFrame({"reply_hours": [0.5, 3, 30, 80]}), never=3)
    >>> ax.get_xlabel()
    'how long until you answered (each step along the bottom is a longer wait)'
    >>> [t.get_text() for t in ax.get_xticklabels()][-1]
    'never'
    """
    if "reply_hours" not in replies.columns:
        if never is None and {"contact_id", "timestamp", "direction"} <= set(replies.columns):
            never = int((unanswered(replies)["status"] == "never answered").sum())
        replies = reply_times(replies)
    never = int(never or 0)
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
        unheard = (
            f" {counted(never, 'message was', 'messages were')} never answered." if never else ""
        )
        return set_alt_text(
            ax, f"How long people waited for your answer: no answered messages yet.{unheard}"
        )
    hours = np.clip(hours, 1 / 60, None)
    bins = np.logspace(np.log10(1 / 60), np.log10(max(hours.max(), 24 * 30)), 25)

    limit = DEFAULT_WITHIN_DAYS * 24
    quick = hours[hours <= limit]
    slow = hours[hours > limit]
    counts, _, _ = ax.hist(
        [quick, slow],
        bins=bins,
        stacked=True,
        color=[OKABE_ITO["bluish green"], OKABE_ITO["vermillion"]],
        label=[f"within {DEFAULT_WITHIN_DAYS} days", f"later than {DEFAULT_WITHIN_DAYS} days"],
    )
    ax.set_xscale("log")
    tallest = float(np.max(counts[-1])) if len(counts) else 0.0
    ticks = [1 / 60, 1, 24, 24 * 7, 24 * 30]
    labels = ["1 minute", "1 hour", "1 day", "1 week", "1 month"]
    right = bins[-1]
    if never:
        # a gap, then one bar as wide as two of the histogram's, for the never answered
        step = bins[1] / bins[0]
        left = bins[-1] * step * 1.5
        width = left * (step**2 - 1)
        ax.bar(left, never, width=width, align="edge", color=NEVER_COLOR,
               label="never answered")  # fmt: skip
        middle = float(np.sqrt(left * (left + width)))
        ax.text(middle, never, f"{never:,}", ha="center", va="bottom", fontsize=FONT_SIZE)
        ticks.append(middle)
        labels.append("never")
        tallest = max(tallest, float(never))
        right = (left + width) * step
    ax.set_xlim(bins[0] / bins[1] * bins[0], right)
    median = float(np.median(hours))
    # headroom above the tallest bar: the middle-wait label sits just above it and the
    # legend at the top, so neither covers a bar; the dashed line stops at its label
    top = max(tallest, 1.0)
    ax.vlines(median, 0, top * 1.2, color=OKABE_ITO["black"], linestyle="--", linewidth=2)
    ax.set_ylim(0, top * HEADROOM)
    lo, hi = np.log10(ax.get_xlim())
    at = (np.log10(median) - lo) / (hi - lo)
    ax.text(
        median,
        top * 1.04,
        f" half of your answers came within {hours_words(median)} ",
        fontsize=FONT_SIZE,
        ha="left" if at < 0.55 else "right",
        va="bottom",
        bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85},
    )
    ax.set_xticks(ticks, labels)
    ax.minorticks_off()
    ax.legend(fontsize=FONT_SIZE - 2, frameon=False, loc="upper left", ncols=3 if never else 2)
    style_axes(
        ax,
        title,
        xlabel="how long until you answered (each step along the bottom is a longer wait)",
        ylabel="messages",
    )
    # "1 week" and "1 month" stand close on the stretched axis: a size smaller keeps them apart
    ax.tick_params(axis="x", labelsize=FONT_SIZE - 2)
    unheard = (
        f"; {counted(never, 'message was', 'messages were')} never answered (the bar on the right)"
        if never
        else ""
    )
    return set_alt_text(
        ax,
        f"How long people waited for your answer: of {counted(len(hours), 'answered message')}, "
        f"{len(quick):,} were answered within {DEFAULT_WITHIN_DAYS} days and {len(slow):,} "
        f"later; half of the answers came within {hours_words(median)}{unheard}.",
    )
