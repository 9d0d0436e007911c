"""Checks on a workbook that came from elsewhere, before anything in it is merged.

An uploaded workbook (Binder's download and upload, another laptop) is untrusted input:
a file of the right format can still hold views or triggers, tables of another shape,
answers out of range, settings that are not JSON, dates in the year 9999, or a query
that never ends. :func:`check_incoming` looks at a private copy of the file and raises
:class:`~realnet_kit.errors.ExportFormatError` with the first problem it finds; the merge
runs only when it passes, so a failed check changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pandas as pd

from realnet_kit.errors import ExportFormatError
from realnet_kit.plan.bounds import check_cadence, check_day, check_minutes
from realnet_kit.scoring.score import check_answers
from realnet_kit.workbook import _accounts as accounts
from realnet_kit.workbook import _db as db
from realnet_kit.workbook._plan import check_status

#: How long the checks and the merge may take before they are stopped.
CHECK_SECONDS = 60
#: The advice every refusal ends with.
ADVICE = (
    "Upload the file that the workbook download saved, unchanged; your own workbook was not changed"
)


def stop_after(conn: sqlite3.Connection, seconds: float = CHECK_SECONDS) -> None:
    """Make any statement on ``conn`` stop (with an error) after ``seconds``."""
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)


def expected_schema(version: int | None = None) -> dict[str, tuple[str, set[str]]]:
    """Every object a workbook of schema ``version`` (default: this one) holds:
    name -> (type, column names)."""
    conn = sqlite3.connect(":memory:")
    try:
        for step in db.MIGRATIONS[: db.SCHEMA_VERSION if version is None else version]:
            conn.executescript(step)
        return _schema(conn, "main")
    finally:
        conn.close()


def _schema(conn: sqlite3.Connection, schema: str) -> dict[str, tuple[str, set[str]]]:
    rows = conn.execute(
        f"SELECT type, name FROM {schema}.sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    out = {}
    for kind, name in rows:
        columns = set()
        if kind == "table":
            columns = {r[1] for r in conn.execute(f'PRAGMA {schema}.table_info("{name}")')}
        out[name] = (kind, columns)
    return out


def _refuse(path: Path, problem: str) -> ExportFormatError:
    return ExportFormatError(path, problem, ADVICE)


def check_incoming(conn: sqlite3.Connection, path: Path, schema: str = "main") -> None:
    """Check the workbook open on ``conn`` (as ``schema``) before it is merged.

    Raises :class:`ExportFormatError` naming ``path`` and the first problem: an object
    the kit does not make (a view, a trigger, another table), a table of another shape,
    an answer, setting, date, number or status out of bounds.
    """
    stop_after(conn)
    try:
        _check(conn, path, schema)
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise _refuse(path, f"checking it took over {CHECK_SECONDS} seconds") from exc
        raise _refuse(path, f"it could not be read ({exc})") from exc
    except sqlite3.DatabaseError as exc:
        raise _refuse(path, f"it is damaged ({exc})") from exc
    finally:
        conn.set_progress_handler(None, 0)


def check_shape(conn: sqlite3.Connection, path: Path) -> None:
    """Check that the file open on ``conn`` holds exactly a workbook's tables and indexes
    for its own schema version (before it is upgraded); nothing in it runs."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if not 1 <= version <= db.SCHEMA_VERSION:
        raise _refuse(path, f"its format version {version} is not one this RealNet Kit knows")
    _check_objects(_schema(conn, "main"), expected_schema(version), path)


def _check_objects(found: dict, expected: dict, path: Path) -> None:
    for name, (kind, columns) in found.items():
        if name not in expected:
            raise _refuse(path, f"it holds a {kind} named {name!r} that a workbook never has")
        if expected[name][0] != kind:
            raise _refuse(path, f"{name!r} is a {kind}, not a {expected[name][0]}")
        if kind == "table" and columns != expected[name][1]:
            raise _refuse(path, f"its table {name!r} has other columns than a workbook's")


def _check(conn: sqlite3.Connection, path: Path, schema: str) -> None:
    _check_objects(_schema(conn, schema), expected_schema(), path)
    read = conn.execute
    for contact_id, answers in read(f"SELECT contact_id, answers FROM {schema}.scores"):
        try:
            values = json.loads(answers)
            if not isinstance(values, dict):
                raise ValueError("the answers are not a set of questions and answers")
            check_answers(values)
        except (ValueError, TypeError) as exc:
            raise _refuse(path, f"the answers for {contact_id} are not valid ({exc})") from None
    for key, value in read(f"SELECT key, value FROM {schema}.settings"):
        try:
            json.loads(value) if value is not None else None
        except (ValueError, TypeError):
            raise _refuse(path, f"its setting {key!r} is not readable") from None
    plan = read(
        f"SELECT plan_id, due, cadence_days, minutes, status, extras FROM {schema}.plan"
    ).fetchall()
    for plan_id, due, cadence, minutes, status, extras in plan:
        try:
            check_day(due, "due date")
            check_cadence(cadence)
            check_minutes(minutes)
            check_status(status)
            if not isinstance(json.loads(extras or "{}"), dict):
                raise ValueError("its extra columns are not readable")
        except (ValueError, TypeError) as exc:
            raise _refuse(path, f"plan item {plan_id}: {exc}") from None
    try:
        accounts.read_bulk(conn, schema, check=True)
    except ValueError as exc:
        raise _refuse(path, f"its accounts cannot be read ({exc})") from None
    dated = (("interactions", "timestamp"), ("snoozes", "until"), ("plan", "updated_at"),
             ("scores", "updated_at"), ("settings", "updated_at"))  # fmt: skip
    for table, column in dated:
        for (value,) in read(f"SELECT {column} FROM {schema}.{table}"):
            try:
                if value is not None:
                    check_day(pd.Timestamp(value), f"{table} date")
            except (ValueError, TypeError) as exc:
                raise _refuse(path, f"a date in its {table} is not valid ({exc})") from None
