"""The weekly measures over time, beside the follower count (behind ``plot_measures``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from realnet_kit.style import (
    FONT_SIZE,
    OKABE_ITO,
    SCOREBOARD_COLOR,
    new_axes,
    set_alt_text,
    style_axes,
)
from realnet_kit.words import counted

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

__all__ = ["MEASURE_LINES", "measures_alt_text", "plot_measures"]

#: The measures drawn, with their label and Okabe-Ito colour name.
MEASURE_LINES = (
    ("conversations", "People in a two-way exchange", "blue"),
    ("given", "Things given", "bluish green"),
    ("received", "Things received", "orange"),
    ("offline", "Offline meetings and calls", "reddish purple"),
)
#: The measure a chart emphasises unless told otherwise: the people in a two-way exchange
#: with you that week (messages both ways, a call or a meeting). Not "talked both ways",
#: which is the audit's twelve-month count (at least two messages each way).
EMPHASISED = "conversations"
#: The colour of the measures drawn for context behind the emphasised one.
FAINT_COLOR = "#C8C8C8"


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


def _month_ticks(ax: Axes, weeks: pd.Series) -> None:
    """Month names on the time axis ("Mar", "Apr", ...), the year beside January and the
    first month shown, never ISO dates."""
    import matplotlib.dates as mdates
    from matplotlib.ticker import FuncFormatter

    ax.xaxis.set_major_locator(mdates.MonthLocator(tz="UTC"))

    def name(value: float, position: int | None) -> str:
        when = mdates.num2date(value, tz="UTC")
        return f"{when:%b %Y}" if when.month == 1 or position == 0 else f"{when:%b}"

    ax.xaxis.set_major_formatter(FuncFormatter(name))


def measures_alt_text(measures: pd.DataFrame, measure: str = EMPHASISED) -> str:
    """The chart's numbers in one sentence: the text alternative of :func:`plot_measures`.

    >>> m = pd.DataFrame({"week": pd.date_range("2026-01-05", periods=6, freq="W-MON", tz="UTC"),
    ...                   "conversations": [1, 3, 2, 0, 1, 2]})
    >>> measures_alt_text(m)
    'People in a two-way exchange, week by week over 6 weeks (January to February 2026): \
about 2 a week, at most 3 in one week, 2 in the last week.'
    """
    label = dict((c, lbl) for c, lbl, _ in MEASURE_LINES).get(measure, measure)
    if measure not in measures.columns or not len(measures):
        return f"{label}, week by week: nothing logged yet."
    weeks = pd.to_datetime(measures["week"], utc=True)
    values = pd.to_numeric(measures[measure], errors="coerce").fillna(0)
    start, end = weeks.min(), weeks.max()
    span = (
        f"{start:%B %Y}" if (start.year, start.month) == (end.year, end.month)
        else f"{start:%B} to {end:%B %Y}" if start.year == end.year
        else f"{start:%B %Y} to {end:%B %Y}"
    )  # fmt: skip
    return (
        f"{label}, week by week over {counted(len(measures), 'week')} ({span}): "
        f"about {values.mean():,.0f} a week, at most {int(values.max()):,} in one week, "
        f"{int(values.iloc[-1]):,} in the last week."
    )


#: The dash patterns of the faint measures (dotted, dash-dot, dash-dot-dot): never the
#: followers' plain dashes, so no two lines of the legend look alike.
FAINT_DASHES: tuple = (":", "-.", (0, (6, 2, 1, 2, 1, 2)))


def plot_measures(
    measures: pd.DataFrame,
    followers: Any = None,
    *,
    measure: str = EMPHASISED,
    ax: Axes | None = None,
) -> Axes:
    """Draw one relationship measure week by week, the others faint behind it.

    The measure that matters (by default the people in a two-way exchange with you that
    week: messages both ways, a call or a meeting) is a thick coloured line; the other
    measures are thin grey lines for context, named in the legend after it. The time axis
    reads in month names. One measure per chart: the share of messages answered within a
    day is not drawn here.

    Parameters
    ----------
    measures
        The frame of :func:`realnet_kit.weekly_measures`.
    followers
        Optional follower counts over time: a Series indexed by date, or a frame with a
        ``date`` (or ``week``) column and a ``followers`` column. Drawn dashed and grey
        on a second scale on the right, so the participant sees which of the two moved.
    measure
        The column to emphasise: ``conversations`` (default), ``given``, ``received``
        or ``offline``.
    ax
        Axes to draw on; a new figure when None.

    Returns
    -------
    matplotlib.axes.Axes
        The axes of the measures (the follower scale is its twin). Its text alternative
        is :func:`realnet_kit.alt_text` of it.

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
    labels = {c: (lbl, colour) for c, lbl, colour in MEASURE_LINES}
    if measure not in labels:
        raise ValueError(
            f"measure must be one of {', '.join(labels)}; got {measure!r}. Pick the one "
            "this chart is about."
        )
    ax = new_axes(ax)
    weeks = pd.to_datetime(measures["week"], utc=True)
    drawn = False
    # faint lines told apart by their dashes, so each legend entry names one line
    dashes = iter(FAINT_DASHES * len(labels))
    for col, (label, _) in labels.items():
        if col in measures.columns and col != measure:
            ax.plot(weeks, measures[col], linewidth=1.4, color=FAINT_COLOR, label=label,
                    linestyle=next(dashes), zorder=2)  # fmt: skip
            drawn = True
    main_label, main_colour = labels[measure]
    if measure in measures.columns:
        ax.plot(weeks, measures[measure], marker="o", markersize=5, linewidth=3.5,
                color=OKABE_ITO[main_colour], label=main_label, zorder=3)  # fmt: skip
        drawn = True
    style_axes(ax, f"{main_label}, week by week", "", "per week")
    ax.set_ylim(bottom=0)
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no half conversations
    if len(weeks):
        _month_ticks(ax, weeks)
    # the emphasised line first in the legend, the faint ones after it
    handles = sorted(ax.get_lines(), key=lambda line: line.get_label() != main_label)
    legend_labels = [line.get_label() for line in handles]
    series = _followers(followers)
    if series is not None and len(series):
        twin = ax.twinx()
        twin.plot(series.index, series.to_numpy(), color=SCOREBOARD_COLOR, linewidth=2,
                  linestyle="--", label="Followers (the scoreboard)")  # fmt: skip
        twin.set_ylabel("followers", fontsize=FONT_SIZE, color="#555555")
        twin.tick_params(labelsize=FONT_SIZE - 2, colors="#555555")
        twin.spines["top"].set_visible(False)
        h2, l2 = twin.get_legend_handles_labels()
        handles, legend_labels = handles + h2, legend_labels + l2
    if not drawn:
        ax.text(0.5, 0.5, "No interactions logged yet", transform=ax.transAxes,
                ha="center", fontsize=FONT_SIZE)  # fmt: skip
    if handles:
        ax.legend(handles, legend_labels, fontsize=FONT_SIZE - 3, loc="upper left",
                  frameon=False, bbox_to_anchor=(0, -0.08), ncol=3)  # fmt: skip
    return set_alt_text(ax, measures_alt_text(measures, measure))
