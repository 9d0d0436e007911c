"""Storage plumbing for :class:`realnet_kit.Workbook`: file location, schema, migrations.

The workbook is one SQLite file. Three promises shape everything here:

* **Nothing acknowledged is lost.** The file runs in WAL mode with ``synchronous=FULL``;
  every write is one ``BEGIN IMMEDIATE`` ... ``COMMIT`` transaction, so once a call returns
  its data is on disk, even if the kernel is killed a moment later.
* **Several writers are fine.** Two notebooks on the same file wait for each other
  (``busy_timeout``) instead of failing or overwriting.
* **Old files keep working.** ``PRAGMA user_version`` records the schema version and
  :data:`MIGRATIONS` upgrades older files in place, inside one transaction.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import Any

import pandas as pd

from realnet_kit.config import PRIVATE_FILE_MODE, private_folder, realnet_home
from realnet_kit.errors import ExportFormatError
from realnet_kit.words import as_utc

#: Marks a SQLite file as a RealNet workbook (``PRAGMA application_id``; "RNKW").
APPLICATION_ID = 0x524E4B57

#: How long a write waits for another notebook holding the file, in milliseconds.
BUSY_TIMEOUT_MS = 30_000

#: The file name used inside ``REALNET_HOME`` (or ``~/.realnet``).
WORKBOOK_FILENAME = "workbook.sqlite"

_SQLITE_MAGIC = b"SQLite format 3\x00"

#: Schema migrations, oldest first. Migration ``i`` turns a version ``i`` file into
#: version ``i + 1``. Append new steps; never edit one that has shipped.
MIGRATIONS: tuple[str, ...] = (
    # 1: contacts, answers (with their history for undo), interactions.
    """
    CREATE TABLE contacts (
        contact_id TEXT PRIMARY KEY, platform TEXT, handle TEXT, name TEXT,
        profile_url TEXT, email TEXT, company TEXT, position TEXT,
        follows_me INTEGER, i_follow INTEGER, connected_on TEXT,
        extras TEXT NOT NULL DEFAULT '{}',
        added_at TEXT NOT NULL, updated_at TEXT NOT NULL
    );
    CREATE TABLE extra_columns (name TEXT PRIMARY KEY, dtype TEXT NOT NULL);
    CREATE TABLE scores (
        contact_id TEXT PRIMARY KEY, answers TEXT NOT NULL, updated_at TEXT NOT NULL
    );
    CREATE TABLE score_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT, contact_id TEXT NOT NULL,
        changes TEXT NOT NULL, session TEXT NOT NULL, saved_at TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE interactions (
        id INTEGER PRIMARY KEY AUTOINCREMENT, contact_id TEXT NOT NULL,
        timestamp TEXT NOT NULL, direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
        kind TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
        UNIQUE (contact_id, timestamp, direction, kind, note)
    );
    CREATE INDEX ix_interactions_contact ON interactions (contact_id, timestamp);
    """,
    # 2: the plan and what surrounds it (snoozes, tags, match decisions).
    """
    CREATE TABLE plan (
        plan_id TEXT PRIMARY KEY, contact_id TEXT, name TEXT, action TEXT, due TEXT,
        cadence_days INTEGER, status TEXT NOT NULL DEFAULT 'proposed', minutes INTEGER,
        note TEXT, extras TEXT NOT NULL DEFAULT '{}', edited INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE snoozes (
        contact_id TEXT PRIMARY KEY, until TEXT NOT NULL, updated_at TEXT NOT NULL
    );
    CREATE TABLE tags (
        contact_id TEXT NOT NULL, tag TEXT NOT NULL, updated_at TEXT NOT NULL,
        PRIMARY KEY (contact_id, tag)
    );
    CREATE TABLE match_decisions (
        contact_a TEXT NOT NULL, contact_b TEXT NOT NULL, decision TEXT NOT NULL,
        updated_at TEXT NOT NULL, PRIMARY KEY (contact_a, contact_b)
    );
    """,
    # 3: exercise progress and settings.
    """
    CREATE TABLE exercises (
        notebook TEXT NOT NULL, exercise TEXT NOT NULL, passed INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 1, answer TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL, PRIMARY KEY (notebook, exercise)
    );
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT, updated_at TEXT NOT NULL);
    """,
    # 4: every exercise attempt kept (schema 3 kept only the latest answer). Each old
    # row becomes one attempt standing for the attempts it had counted.
    """
    CREATE TABLE exercise_attempts (
        id INTEGER PRIMARY KEY AUTOINCREMENT, notebook TEXT NOT NULL,
        exercise TEXT NOT NULL, passed INTEGER NOT NULL, answer TEXT NOT NULL DEFAULT '',
        answered_at TEXT NOT NULL, stands_for INTEGER NOT NULL DEFAULT 1,
        UNIQUE (notebook, exercise, answered_at, passed, answer)
    );
    INSERT INTO exercise_attempts (notebook, exercise, passed, answer, answered_at, stands_for)
        SELECT notebook, exercise, passed, answer, updated_at, max(attempts, 1)
        FROM exercises ORDER BY updated_at;
    DROP TABLE exercises;
    """,
    # 5: the name of the mistake a wrong attempt made ("" when right, or unnamed), so a
    # room can count common mistakes without ever seeing what was typed.
    """
    ALTER TABLE exercise_attempts ADD COLUMN mistake TEXT NOT NULL DEFAULT '';
    """,
    # 6: accounts in bulk: a big load kept one compressed blob per column (see
    # workbook._accounts), not one row per account. Rows stay for small additions.
    """
    CREATE TABLE contact_bulk (
        position INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, dtype TEXT NOT NULL,
        rows INTEGER NOT NULL, data BLOB NOT NULL, written TEXT NOT NULL
    );
    """,
)

#: The schema version this RealNet Kit writes.
SCHEMA_VERSION = len(MIGRATIONS)


def default_path() -> Path:
    """Where the workbook lives when no path is given.

    ``$REALNET_HOME/workbook.sqlite`` when ``REALNET_HOME`` is set, else
    ``~/.realnet/workbook.sqlite``.
    """
    return realnet_home() / WORKBOOK_FILENAME


def resolve_path(path: str | os.PathLike | None) -> Path:
    """Turn the ``path`` argument into the workbook file (a folder gets the default name)."""
    if path is None:
        return default_path()
    p = Path(path).expanduser()
    if p.is_dir():
        return p / WORKBOOK_FILENAME
    return p


def check_sqlite_file(path: Path) -> None:
    """Raise :class:`ExportFormatError` unless ``path`` starts like an SQLite database."""
    advice = (
        "Choose the file that the workbook download saved (it ends in .sqlite), "
        "or start a fresh workbook by giving a new file name."
    )
    if not path.is_file():
        raise ExportFormatError(path, "no workbook file was found here", advice)
    with path.open("rb") as fh:
        head = fh.read(len(_SQLITE_MAGIC))
    if len(head) == 0:
        raise ExportFormatError(path, "the file is empty, not a RealNet workbook", advice)
    if head != _SQLITE_MAGIC:
        raise ExportFormatError(
            path, "this file is not a RealNet workbook (it is not an SQLite database)", advice
        )


def connect(path: Path, *, create: bool = True) -> sqlite3.Connection:
    """Open (and if needed create and upgrade) the workbook at ``path``."""
    if (path.exists() and path.stat().st_size > 0) or not create:
        check_sqlite_file(path)
    if path.exists() and not _writable(path):
        return _connect_read_only(path)
    try:
        private_folder(path.parent)
        if not path.exists():  # the owner's alone from the start; SQLite's journal follows
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE))
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
    except (OSError, sqlite3.OperationalError) as exc:
        raise ValueError(
            f"The workbook cannot be created at {path} ({exc}). Point REALNET_HOME at a "
            "folder you can write to, or give Workbook() a path there."
        ) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, path)
        check_integrity(conn, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise ExportFormatError(
            path,
            f"the workbook file could not be read ({exc})",
            "If it was copied or uploaded, copy it again; if it is damaged, move it aside "
            "and a fresh workbook will be started.",
        ) from exc
    except BaseException:
        conn.close()
        raise
    return conn


#: What to do with a damaged workbook.
DAMAGED_ADVICE = (
    "Close the notebooks, rename the file (for example to workbook-damaged.sqlite) so a fresh "
    "workbook is started, and upload your last downloaded copy if you have one"
)


def _writable(path: Path) -> bool:
    """Whether the workbook and its folder (where SQLite keeps its journal) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Open an intact workbook on a drive that cannot be written: for reading only.

    Reading works as usual; every write fails with SQLite's "readonly database" error,
    which the widgets turn into "Not saved: ... copy it to your own folder".
    """
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
            check_same_thread=False, timeout=30,
        )  # fmt: skip
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        check_integrity(conn, path)
    except sqlite3.DatabaseError as exc:
        raise ExportFormatError(
            path, f"the workbook file could not be read ({exc})", DAMAGED_ADVICE
        ) from exc
    if version != SCHEMA_VERSION:
        conn.close()
        raise ExportFormatError(
            path,
            "this workbook is on a drive that cannot be written to, and it needs an update "
            "that writes to it",
            "Copy the workbook to a folder of your own and open it there",
        )
    return conn


def check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """Raise :class:`ExportFormatError` in words when SQLite finds the file damaged."""
    problems = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
    if problems != ["ok"]:
        raise ExportFormatError(
            path, f"the workbook file is damaged ({'; '.join(problems)})", DAMAGED_ADVICE
        )


def migrate(conn: sqlite3.Connection, path: Path | str = "workbook") -> int:
    """Bring the open file up to :data:`SCHEMA_VERSION`; return the version found."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id != APPLICATION_ID and (app_id != 0 or tables - {"sqlite_sequence"}):
            raise ExportFormatError(
                path,
                "this SQLite file belongs to another program, not to RealNet Kit",
                "Give the workbook a file name of its own, or pick the file that the "
                "workbook download saved.",
            )
        if version > SCHEMA_VERSION:
            raise ExportFormatError(
                path,
                f"this workbook was written by a newer RealNet Kit (schema {version}, "
                f"this one understands up to {SCHEMA_VERSION})",
                "Upgrade realnet-kit (pip install -U realnet-kit) and open it again.",
            )
        for step in range(version, SCHEMA_VERSION):
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    conn.execute(statement)
        if version < SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        if app_id != APPLICATION_ID:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return version


# --- values in and out ------------------------------------------------------------------


def now_iso() -> str:
    """The current UTC time as stored in the workbook (fixed width, sorts as text)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def to_iso(value: Any, *, what: str = "timestamp") -> str | None:
    """Store any date or time as a UTC ISO string; naive values are taken as UTC."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError) as exc:
        raise ValueError(
            f"The {what} {value!r} is not a date or time. Give a date like '2024-05-01', "
            "a datetime, or a pandas Timestamp."
        ) from exc
    if pd.isna(ts):
        return None
    ts = as_utc(ts)
    # The year written with four digits, so year 1 reads back as year 1, not 2001.
    return f"{ts.year:04d}" + ts.strftime("-%m-%dT%H:%M:%S.%f+00:00")


def from_iso(values: Any) -> pd.Series:
    """Stored ISO strings back to ``datetime64[us, UTC]``."""
    series = pd.Series(values, dtype="object")
    out = pd.to_datetime(series, utc=True, format="ISO8601", errors="coerce")
    return out.astype("datetime64[us, UTC]")


def plain(value: Any) -> Any:
    """A pandas/numpy scalar as a plain JSON-ready Python value (missing -> None)."""
    if value is None:
        return None
    if isinstance(value, (list, tuple, dict)):
        return value
    if not isinstance(value, str) and pd.isna(value):
        return None
    if isinstance(value, pd.Timestamp | dt.datetime | dt.date):
        return to_iso(value)
    if hasattr(value, "item"):
        return value.item()
    return value


def iso_list(series: pd.Series, *, what: str = "timestamp") -> list[str | None]:
    """A column of dates or times as stored UTC ISO strings (``None`` where missing)."""
    if pd.api.types.is_datetime64_any_dtype(series):
        ts = series.dt.tz_localize("UTC") if series.dt.tz is None else series.dt.tz_convert("UTC")
        text = ts.dt.strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")
        return [None if pd.isna(v) else v for v in text.tolist()]
    return [to_iso(v, what=what) for v in series.tolist()]


def plain_list(series: pd.Series) -> list[Any]:
    """A column as plain Python values (``None`` where missing, datetimes as ISO text)."""
    if pd.api.types.is_datetime64_any_dtype(series):
        return iso_list(series)
    mask = series.isna().to_numpy(dtype=bool)
    values = series.astype(object).tolist()
    if pd.api.types.is_bool_dtype(series):
        convert: Any = bool
    elif pd.api.types.is_integer_dtype(series):
        convert = int
    elif pd.api.types.is_float_dtype(series):
        convert = float
    else:
        return [
            None if m else (v if type(v) is str else plain(v))
            for v, m in zip(values, mask.tolist(), strict=True)
        ]
    return [None if m else convert(v) for v, m in zip(values, mask.tolist(), strict=True)]
