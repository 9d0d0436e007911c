"""Take the plan home: a safe CSV and a calendar file.

* :func:`export_csv` writes any frame as a CSV that a spreadsheet opens safely.
* :func:`export_calendar` writes a plan as an iCalendar file (``.ics``) for any
  calendar app, with one event per planned action, recurrence for the repeating ones,
  a reminder, and UIDs that stay the same when an updated plan is exported again.

The printable one-page plan is :func:`realnet_kit.plan.printable.export_plan_html`.

Formula injection, and the choice made here
-------------------------------------------
A spreadsheet treats a cell starting with ``=``, ``+``, ``-`` or ``@`` (and, in some
programs, a leading tab or carriage return) as a formula, so a display name such as
``=HYPERLINK(...)`` could run when the participant opens the file. Every *text* cell that
starts with one of those characters gets a single quote in front, which spreadsheets
show as plain text. Text that merely looks like a negative number (``"-12"``) is
neutralised too: in a text column it is text, and a quote keeps it that way. Columns that
hold real numbers (integer or float dtypes) are written as numbers, so a negative
minute count stays ``-5`` and still adds up; a number can never carry a formula.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from realnet_kit.config import make_private, private_folder
from realnet_kit.plan.bounds import check_plan_rows
from realnet_kit.words import is_missing

__all__ = [
    "CALENDAR_NAME",
    "FORMULA_PREFIXES",
    "PRODID",
    "REMINDER",
    "export_calendar",
    "export_csv",
    "neutralise_cell",
    "plan_uid",
]

#: Leading characters that make a spreadsheet read a cell as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
#: Who wrote the calendar file (RFC 5545 PRODID).
PRODID = "-//RealNet Kit//Give-first plan//EN"
#: The calendar's display name in apps that show one.
CALENDAR_NAME = "RealNet give-first plan"
#: Reminder: 9:00 on the day for all-day actions; this long before timed ones.
REMINDER = timedelta(hours=9)
REMINDER_TIMED = timedelta(minutes=-30)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def neutralise_cell(value: Any) -> Any:
    """Prefix a text cell with ``'`` when a spreadsheet would read it as a formula.

    >>> neutralise_cell("=SUM(A1:A9)"), neutralise_cell("Jo"), neutralise_cell(-3)
    ("'=SUM(A1:A9)", 'Jo', -3)
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def writable_path(path: str | Path, what: str) -> Path:
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(
            f"{path} is a folder; {what} needs a file name inside it, e.g. {path / 'plan'}."
        )
    private_folder(path.parent)
    return path


def export_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """Write ``df`` as a CSV that Excel, LibreOffice and Numbers open safely.

    Text cells starting with ``=``, ``+``, ``-``, ``@``, a tab, a carriage return or a
    line feed are prefixed with ``'`` (see the module notes for why); column names too.
    The file is UTF-8 with a byte-order mark, so accents show correctly in Excel.

    Parameters
    ----------
    df
        Any frame (a plan, an audit, scored contacts).
    path
        The ``.csv`` file to write; its folder is created when missing.

    Returns
    -------
    pathlib.Path
        The path written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "plan.csv"
    >>> _ = export_csv(pd.DataFrame({"name": ["=cmd|' /C calc'!A0", "Zoë"]}), out)
    >>> print(out.read_text(encoding="utf-8-sig").splitlines()[1])
    '=cmd|' /C calc'!A0
    """
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"export_csv needs a pandas DataFrame; got {type(df).__name__}.")
    path = writable_path(path, "export_csv")
    columns = []
    for i in range(df.shape[1]):  # by position, so repeated column names are fine
        series = df.iloc[:, i]
        numeric = pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
        dated = isinstance(series.dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_dtype(
            series
        )
        columns.append(series if numeric or dated else series.astype(object).map(neutralise_cell))
    out = pd.concat(columns, axis=1, ignore_index=True) if columns else df.iloc[:, :0].copy()
    out.columns = [neutralise_cell(str(c)) for c in df.columns]
    # CRLF rows (what Excel writes) also make the writer quote any cell holding a lone CR.
    out.to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\r\n")
    return make_private(path)


def plan_uid(contact_id: str, identity: str) -> str:
    """A calendar UID that depends only on who and which action, never on wording or date.

    >>> plan_uid("x:1", "coffee") == plan_uid("x:1", "coffee")
    True
    """
    digest = hashlib.sha1(f"{contact_id}\x1f{identity}".encode()).hexdigest()[:24]
    return f"{digest}@realnet-kit"


def _identity(row: dict) -> str:
    for col in ("action_key", "plan_id"):
        value = row.get(col)
        if not is_missing(value):
            return f"{col}:{value}"
    return "action:" + " ".join(str(row["action"]).lower().split())


def _clean(text: Any) -> str:
    if is_missing(text):
        return ""
    return _CONTROL.sub("", str(text)).strip()


def check_plan(plan: pd.DataFrame, what: str) -> None:
    """Refuse, in a sentence, a frame that is not a plan or holds out-of-bounds values."""
    if not isinstance(plan, pd.DataFrame):
        raise TypeError(f"{what} needs the plan DataFrame; got {type(plan).__name__}.")
    missing = [c for c in ("contact_id", "action", "due") if c not in plan.columns]
    if missing:
        raise ValueError(
            f"{what} needs a plan with columns contact_id, name, action, due and cadence_days "
            f"(from realnet_kit.plan_actions or Workbook.plan()); this frame lacks "
            f"{', '.join(missing)}."
        )
    check_plan_rows(plan, what)


def _rrule(cadence: int) -> dict:
    if cadence % 7 == 0:
        return {"FREQ": "WEEKLY", "INTERVAL": cadence // 7}
    return {"FREQ": "DAILY", "INTERVAL": cadence}


def export_calendar(plan: pd.DataFrame, path: str | Path, *, stamp: datetime | None = None) -> Path:
    """Write the plan as an iCalendar file that calendar apps import.

    One ``VEVENT`` per row. Rows due at midnight UTC (what :func:`plan_actions` gives)
    become all-day events with a reminder at 9:00; rows with a time become events of
    ``minutes`` length with a reminder 30 minutes before. Rows with ``cadence_days``
    repeat (``RRULE``). The UID comes from the contact and the action's identity
    (``action_key``, else ``plan_id``, else the action text), so importing a re-export
    of an edited plan updates the events instead of duplicating them. Dropped rows
    (``status == "dropped"``) are written as cancelled, which removes them on re-import.
    Rows without a usable due date are left out: a calendar needs a day.

    Parameters
    ----------
    plan
        The plan frame (contract section 6).
    path
        The ``.ics`` file to write.
    stamp
        The ``DTSTAMP`` to write (defaults to now); a later export gets a higher
        ``SEQUENCE`` so apps take it as the newer version.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> plan = pd.DataFrame({"contact_id": ["x:1"], "name": ["Ada"], "action": ["Call Ada"],
    ...     "due": pd.to_datetime(["2026-01-05"], utc=True),
    ...     "cadence_days": pd.array([14], dtype="Int64")})
    >>> out = export_calendar(plan, pathlib.Path(tempfile.mkdtemp()) / "plan.ics")
    >>> "RRULE:FREQ=WEEKLY;INTERVAL=2" in out.read_text()
    True
    """
    from icalendar import Alarm, Calendar, Event

    check_plan(plan, "export_calendar")
    path = writable_path(path, "export_calendar")
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    sequence = max(0, int((stamp - datetime(2024, 1, 1, tzinfo=UTC)).total_seconds() // 60))
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", CALENDAR_NAME)
    due = pd.to_datetime(plan["due"], utc=True, errors="coerce")
    seen: set[str] = set()
    for i, row in enumerate(plan.to_dict("records")):
        when = due.iloc[i]
        if when is pd.NaT:
            continue
        uid = plan_uid(str(row["contact_id"]), _identity(row))
        if uid in seen:  # the same action twice for one person: keep both, distinctly
            uid = plan_uid(str(row["contact_id"]), f"{_identity(row)}#{i}")
        seen.add(uid)
        name, action = _clean(row.get("name")), _clean(row["action"])
        minutes = row.get("minutes")
        minutes = 30 if is_missing(minutes) else minutes
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("sequence", sequence)
        event.add("summary", f"Give first: {action}" if action else f"Give first: {name}")
        details = [f"For {name}." if name else ""]
        if _clean(row.get("why")):
            details.append(_clean(row.get("why")))
        details.append(f"About {int(minutes)} minutes.")
        if _clean(row.get("note")):
            details.append(f"Note: {_clean(row.get('note'))}")
        event.add("description", " ".join(d for d in details if d))
        event.add("categories", ["RealNet", _clean(row.get("tier")) or "plan"])
        timed = when != when.normalize()
        if timed:
            event.add("dtstart", when.to_pydatetime())
            event.add("duration", timedelta(minutes=int(minutes)))
        else:
            event.add("dtstart", when.date())
            event.add("dtend", when.date() + timedelta(days=1))
            event.add("transp", "TRANSPARENT")
        cadence = row.get("cadence_days")
        if not is_missing(cadence) and int(cadence) > 0:
            event.add("rrule", _rrule(int(cadence)))
        status = _clean(row.get("status")).lower()
        event.add("status", "CANCELLED" if status == "dropped" else "CONFIRMED")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Give first: {action}")
        alarm.add("trigger", REMINDER_TIMED if timed else REMINDER)
        event.add_component(alarm)
        cal.add_component(event)
    path.write_bytes(cal.to_ical())
    return make_private(path)
