"""The weekly measures over time, beside the follower count (behind ``plot_measures``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from realnet_kit.style import FONT_SIZE, OKABE_ITO, SCOREBOARD_COLOR, new_axes, style_axes

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

__all__ = ["MEASURE_LINES", "plot_measures"]

#: The measures drawn, with their label and Okabe-Ito colour name.
MEASURE_LINES = (
    ("conversations", "Real conversations", "blue"),
    ("given", "Things given", "bluish green"),
    ("received", "Things received", "orange"),
    ("offline", "Offline meetings and calls", "reddish purple"),
)


def _followers(followers: Any) -> pd.Series | None:
    """A follower-count series indexed by UTC time, from a Series or a two-column frame."""
    if followers is None:
        return None
    if isinstance(followers, pd.DataFrame):
        when = next((c for c in ("date", "week", "timestamp", "day") if c in followers), None)
        count = next((c for c in ("followers", "followers_count", "count") if c in followers),
                     None)  # fmt: skip
        if when is None or count is None:
            raise ValueError(
                "followers must be a Series indexed by date, or a frame with a date (or week) "
                f"column and a followers column; found columns {list(followers.columns)}."
            )
        followers = pd.Series(followers[count].to_numpy(), index=followers[when])
    series = pd.Series(followers).dropna()
    index = pd.to_datetime(series.index, utc=True, errors="coerce")
    series = pd.Series(pd.to_numeric(series.to_numpy(), errors="coerce"), index=index)
    return series[series.index.notna()].dropna().sort_index()


def plot_measures(measures: pd.DataFrame, followers: Any = None, *, ax: Axes | None = None) -> Axes:
    """Draw the weekly relationship measures, with the follower count beside them.

    Parameters
    ----------
    measures
        The frame of :func:`realnet_kit.weekly_measures`.
    followers
        Optional follower counts over time: a Series indexed by date, or a frame with a
        ``date`` (or ``week``) column and a ``followers`` column. Drawn in grey on a
        second scale on the right, so the participant sees which of the two moved.
    ax
        Axes to draw on; a new figure when None.

    Returns
    -------
    matplotlib.axes.Axes
        The axes of the measures (the follower scale is its twin).

    Examples
    --------
    >>> m = pd.DataFrame({"week": pd.date_range("2026-01-05", periods=3, freq="W-MON", tz="UTC"),
    ...                   "conversations": [1, 3, 2], "given": [0, 1, 1], "received": [1, 0, 0],
    ...                   "offline": [0, 1, 0], "answered_within_day": [1.0, 0.5, None]})
    >>> plot_measures(m, pd.Series([900, 950], index=["2026-01-01", "2026-01-20"])).get_ylabel()
    'per week'
    """
    if not isinstance(measures, pd.DataFrame) or "week" not in measures.columns:
        raise ValueError(
            "plot_measures needs the frame of weekly_measures(interactions), with a week "
            "column; pass that frame here."
        )
    ax = new_axes(ax)
    weeks = pd.to_datetime(measures["week"], utc=True)
    drawn = False
    for col, label, colour in MEASURE_LINES:
        if col in measures.columns:
            ax.plot(weeks, measures[col], marker="o", markersize=4, linewidth=2.5,
                    color=OKABE_ITO[colour], label=label)  # fmt: skip
            drawn = True
    title = "What moved: relationships, week by week"
    if "answered_within_day" in measures.columns and measures["answered_within_day"].notna().any():
        recent = measures["answered_within_day"].dropna().tail(4).mean()
        title += f"\nanswered within a day: {recent:.0%} (last 4 weeks with messages)"
    style_axes(ax, title, "", "per week")
    ax.set_ylim(bottom=0)
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no half conversations
    handles, labels = ax.get_legend_handles_labels()
    series = _followers(followers)
    if series is not None and len(series):
        twin = ax.twinx()
        twin.plot(series.index, series.to_numpy(), color=SCOREBOARD_COLOR, linewidth=2,
                  linestyle="--", label="Followers (the scoreboard)")  # fmt: skip
        twin.set_ylabel("followers", fontsize=FONT_SIZE, color="#555555")
        twin.tick_params(labelsize=FONT_SIZE - 2, colors="#555555")
        twin.spines["top"].set_visible(False)
        h2, l2 = twin.get_legend_handles_labels()
        handles, labels = handles + h2, labels + l2
    if not drawn and not handles:
        ax.text(0.5, 0.5, "No interactions logged yet", transform=ax.transAxes,
                ha="center", fontsize=FONT_SIZE)  # fmt: skip
    if handles:
        ax.legend(handles, labels, fontsize=FONT_SIZE - 3, loc="upper left", frameon=False,
                  bbox_to_anchor=(0, -0.14), ncol=3)  # fmt: skip
    ax.figure.autofmt_xdate()
    return ax
