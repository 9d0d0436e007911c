"""The values a plan may hold: dates, minutes and rhythms a person could really keep.

A date picked by a slip of the mouse (31 December 9999), a minute count of ``inf`` or a
rhythm of a million days would be saved, and then break the calendar file and the printed
page. The plan editor, the dashboard, :meth:`Workbook.update_plan_item` and the exporters
all check values here, and refuse what is out of bounds with a sentence.

>>> check_minutes(45), check_cadence(14), check_cadence(None)
(45, 14, None)
>>> check_minutes(float("inf"))
Traceback (most recent call last):
...
ValueError: Minutes for one action are a whole number from 1 to 600 (found inf).
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from realnet_kit.words import as_utc, is_missing

#: The earliest and latest day the kit stores or plans for.
EARLIEST_DAY = pd.Timestamp("1900-01-01", tz="UTC")
LATEST_DAY = pd.Timestamp("2100-12-31 23:59:59", tz="UTC")
#: Minutes one action may take (ten hours: a day out together).
MAX_MINUTES = 600
#: The longest rhythm, in days (every ten years is no rhythm at all).
MAX_CADENCE_DAYS = 3650


def check_day(value: Any, what: str = "date") -> pd.Timestamp | None:
    """``value`` as a UTC timestamp within 1900-2100, or None when missing."""
    if is_missing(value):
        return None
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError, OverflowError) as exc:
        raise ValueError(
            f"The {what} {value!r} is not a date. Give a date like 2026-12-07."
        ) from exc
    if is_missing(stamp):
        return None
    stamp = as_utc(stamp)
    if not EARLIEST_DAY <= stamp <= LATEST_DAY:
        raise ValueError(
            f"The {what} {stamp:%d %B %Y} is outside the years 1900 to 2100; pick a date "
            "in the coming weeks."
        )
    return stamp


def _whole(value: Any, low: int, high: int, sentence: str) -> int | None:
    if is_missing(value):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(sentence.format(value=value)) from exc
    if not math.isfinite(number) or number != int(number) or not low <= number <= high:
        raise ValueError(sentence.format(value=value))
    return int(number)


def check_minutes(value: Any) -> int | None:
    """Minutes for one action: a whole number from 1 to :data:`MAX_MINUTES`, or None."""
    return _whole(
        value,
        1,
        MAX_MINUTES,
        f"Minutes for one action are a whole number from 1 to {MAX_MINUTES} (found {{value!r}}).",
    )


def check_cadence(value: Any) -> int | None:
    """A rhythm in days: from 1 to :data:`MAX_CADENCE_DAYS`, or None for a one-off."""
    return _whole(
        value,
        1,
        MAX_CADENCE_DAYS,
        "A rhythm is a whole number of days from 1 to "
        f"{MAX_CADENCE_DAYS}, or empty for a one-off (found {{value!r}}).",
    )


def check_plan_rows(plan: pd.DataFrame, what: str) -> None:
    """Refuse a plan whose dates, minutes or rhythms are out of bounds, naming the row."""
    checks = (("due", lambda v: check_day(v, "due date")), ("minutes", check_minutes),
              ("cadence_days", check_cadence))  # fmt: skip
    for column, check in checks:
        if column not in plan.columns:
            continue
        for position, value in enumerate(plan[column].tolist()):
            try:
                check(value)
            except ValueError as exc:
                who = plan["name"].iloc[position] if "name" in plan.columns else position + 1
                raise ValueError(f"{what}: the action for {who}: {exc}") from None
