"""The participant's workbook: one SQLite file that keeps everything they enter.

Every widget writes here at once, so a kernel restart, a closed tab or a crashed laptop
loses nothing, and reopening a notebook shows the earlier answers. Two notebooks may
write to the same workbook at the same time. On Binder, :meth:`Workbook.export_to` and
:meth:`Workbook.merge_from` carry the whole workbook to another machine as one file.

Examples
--------
>>> import pandas as pd, tempfile, pathlib
>>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()) / "demo.sqlite")
>>> wb.add_contacts(pd.DataFrame({"contact_id": ["x:1"], "name": ["Ada Baker"]}))
1
>>> wb.save_score("x:1", ideas=2)["ideas"]
2
>>> wb.scores()[["contact_id", "ideas"]].to_dict("records")
[{'contact_id': 'x:1', 'ideas': 2}]
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd

from realnet_kit.scoring.score import QUESTIONS, check_answers
from realnet_kit.workbook import _accounts as accounts
from realnet_kit.workbook import _db as db
from realnet_kit.workbook._accounts import CONTACT_COLUMNS
from realnet_kit.workbook._binder import BinderMixin
from realnet_kit.workbook._exercises import ExercisesMixin
from realnet_kit.workbook._log import InteractionsMixin
from realnet_kit.workbook._plan import PlanMixin

__all__ = ["CONTACT_COLUMNS", "Workbook"]

_TEXT = [c for c, t in CONTACT_COLUMNS.items() if t == "string"]


class Workbook(InteractionsMixin, BinderMixin, PlanMixin, ExercisesMixin):
    """The participant's persistent record (contacts, answers, interactions, plan).

    Parameters
    ----------
    path
        The SQLite file (or a folder to hold ``workbook.sqlite``). Default:
        ``$REALNET_HOME/workbook.sqlite`` when ``REALNET_HOME`` is set, otherwise
        ``~/.realnet/workbook.sqlite``. Missing folders are created.

    Raises
    ------
    realnet_kit.ExportFormatError
        When ``path`` holds something that is not a RealNet workbook.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()))
    >>> wb.path.name
    'workbook.sqlite'
    """

    def __init__(self, path: str | os.PathLike | None = None) -> None:
        self.path: Path = db.resolve_path(path)
        self._lock = threading.RLock()
        self._batching = 0  # > 0 inside batch(): writes join its one transaction
        self._session = uuid.uuid4().hex
        self._conn: sqlite3.Connection | None = db.connect(self.path)
        self._connections = 1  # how many times the file was opened: part of revision()

    # --- plumbing ---------------------------------------------------------------------
    def __repr__(self) -> str:
        return f"Workbook({str(self.path)!r})"

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the file (everything is already saved; this only frees the handle)."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = db.connect(self.path)
            self._connections += 1
        return self._conn

    def revision(self) -> tuple[int, int, int]:
        """A value that changes whenever anything in the workbook changed: a save through
        this object, or one by another program or notebook on the same file. Two equal
        values mean nothing was saved in between, so what was read from the workbook
        then may be reused (a cache key); it says nothing about how much changed.

        >>> import tempfile, pathlib
        >>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()))
        >>> before = wb.revision()
        >>> before == wb.revision()
        True
        >>> _ = wb.save_score("x:1", ideas=3)
        >>> before == wb.revision()
        False
        """
        with self._lock:
            conn = self.conn
            # data_version moves on a commit by any other connection, total_changes on
            # each row this one writes
            (version,) = conn.execute("PRAGMA data_version").fetchone()
            return (self._connections, conn.total_changes, int(version))

    @contextmanager
    def batch(self) -> Iterator[Workbook]:
        """Many saves as one transaction: all are kept, or (on an error) none.

        Each save is otherwise a transaction of its own, committed to disk at once; a
        few thousand in a row (a sample owner's answers) are much faster together.

        >>> import tempfile, pathlib
        >>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()))
        >>> with wb.batch():
        ...     _ = wb.save_score("x:1", ideas=3)
        ...     _ = wb.save_score("x:2", ideas=1)
        >>> len(wb.scores())
        2
        """
        with self._write():
            self._batching += 1
            try:
                yield self
            finally:
                self._batching -= 1

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction, taken with the write lock up front, committed at once (or
        part of the transaction of :meth:`batch`)."""
        with self._lock:
            conn = self.conn
            if self._batching:
                yield conn
                return
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _read(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            return self.conn.execute(sql, params).fetchall()

    # --- contacts ---------------------------------------------------------------------
    def add_contacts(self, df: pd.DataFrame) -> int:
        """Add or update contacts by ``contact_id``; return how many were new.

        Known values are never erased: a missing (``<NA>``) cell in ``df`` keeps what the
        workbook already holds. Columns beyond the contract's are kept too. A frame of
        ``BULK_ROWS`` contacts or more (a follower list) is kept in the compact bulk
        form, one compressed blob per column, instead of one row per account.

        Examples
        --------
        >>> import tempfile, pathlib, pandas as pd
        >>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()))
        >>> df = pd.DataFrame({"contact_id": ["x:1", "x:2"], "name": ["Ada", "Bo"]})
        >>> wb.add_contacts(df), wb.add_contacts(df)
        (2, 0)
        """
        if not isinstance(df, pd.DataFrame) or "contact_id" not in df.columns:
            raise ValueError(
                "add_contacts needs a DataFrame with a 'contact_id' column, such as the one "
                "realnet_kit.load_export(...) returns."
            )
        if df["contact_id"].isna().any():
            raise ValueError(
                "Some rows have no contact_id. Load the file with realnet_kit.load_export, "
                "which gives every contact an id, then add it."
            )
        repeated = df["contact_id"].duplicated(keep="last").to_numpy()
        if repeated.any():
            df = df[~repeated]
        if len(df) >= accounts.BULK_ROWS:
            return self._add_bulk(df)
        rows = self._rows_of(df)
        with self._write() as conn:
            in_bulk = self._bulk_ids(conn, [r[0] for r in rows])
            new = self._upsert_rows(conn, df, rows)
        return len(new - in_bulk)

    def _add_bulk(self, df: pd.DataFrame) -> int:
        """Add a big frame to the bulk form (see :mod:`._accounts`); return how many were new."""
        frame, tags = accounts.contact_frame(df)
        with self._write() as conn:
            for c, tag in tags.items():
                conn.execute("INSERT OR IGNORE INTO extra_columns VALUES (?, ?)", (c, tag))
            stored = accounts.read_bulk(conn)
            if stored is None:
                merged, new = frame, len(frame)
            else:
                merged, new = accounts.overlay(stored, frame)
            del stored
            in_rows = {r[0] for r in conn.execute("SELECT contact_id FROM contacts")}
            if in_rows:  # the rows these accounts share take their new values too
                shared = df[df["contact_id"].isin(in_rows)]
                if len(shared):
                    self._upsert_rows(conn, shared, self._rows_of(shared))
                appended = merged["contact_id"].iloc[len(merged) - new :]
                new -= int(appended.isin(in_rows).sum())
            accounts.write_bulk(conn, merged)
        return new

    @staticmethod
    def _rows_of(df: pd.DataFrame) -> list[tuple]:
        """The contract's values and the extras (a dict) of each contact, as row tuples."""
        n = len(df)
        extra_cols = [c for c in df.columns if c not in CONTACT_COLUMNS]
        cols = []
        for c in CONTACT_COLUMNS:
            if c not in df.columns:
                cols.append([None] * n)
            elif c == "connected_on":
                cols.append(db.iso_list(df[c], what="connected_on"))
            elif c in ("follows_me", "i_follow"):
                cols.append([None if v is None else int(bool(v)) for v in db.plain_list(df[c])])
            else:
                cols.append([None if v is None else str(v) for v in db.plain_list(df[c])])
        extra_vals = [db.plain_list(df[c]) for c in extra_cols]
        rows = []
        for i in range(n):
            extras = {c: vals[i] for c, vals in zip(extra_cols, extra_vals, strict=True)}
            extras = {c: v for c, v in extras.items() if v is not None}
            rows.append((*[col[i] for col in cols], extras))
        return rows

    @staticmethod
    def _upsert_rows(conn: sqlite3.Connection, df: pd.DataFrame, rows: list[tuple]) -> set[str]:
        """Write ``rows`` (from :meth:`_rows_of`) as single rows; return the ids that were new."""
        for c in df.columns:
            if c not in CONTACT_COLUMNS:
                tag = accounts.dtype_tag(df[c])
                conn.execute("INSERT OR IGNORE INTO extra_columns VALUES (?, ?)", (c, tag))
        stamp = db.now_iso()
        known = dict(conn.execute("SELECT contact_id, extras FROM contacts").fetchall())
        params = []
        for *vals, extras in rows:
            old = known.get(vals[0])
            if old is not None and old != "{}":
                extras = {**json.loads(old), **extras}
            params.append((*vals, json.dumps(extras), stamp, stamp))
        conn.executemany(
            """INSERT INTO contacts (contact_id, platform, handle, name, profile_url, email,
                   company, position, follows_me, i_follow, connected_on, extras,
                   added_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (contact_id) DO UPDATE SET
                   platform = coalesce(excluded.platform, platform),
                   handle = coalesce(excluded.handle, handle),
                   name = coalesce(excluded.name, name),
                   profile_url = coalesce(excluded.profile_url, profile_url),
                   email = coalesce(excluded.email, email),
                   company = coalesce(excluded.company, company),
                   position = coalesce(excluded.position, position),
                   follows_me = coalesce(excluded.follows_me, follows_me),
                   i_follow = coalesce(excluded.i_follow, i_follow),
                   connected_on = coalesce(excluded.connected_on, connected_on),
                   extras = excluded.extras, updated_at = excluded.updated_at""",
            params,
        )
        return {r[0] for r in rows if r[0] not in known}

    @staticmethod
    def _bulk_ids(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
        """Which of ``ids`` the bulk holds (none when there is no bulk)."""
        if accounts.bulk_version(conn) is None:
            return set()
        stored = accounts.read_bulk(conn, columns=["contact_id"])
        wanted = set(ids)
        return {c for c in stored["contact_id"].tolist() if c in wanted}

    def contacts(self) -> pd.DataFrame:
        """All contacts, with the contract's dtypes.

        The accounts kept in bulk come first, in the order they were first added, then
        those added a few at a time; an account's single row has the last word on it.
        """
        cols = list(CONTACT_COLUMNS)
        rows = self._read(f"SELECT {', '.join(cols)}, extras FROM contacts ORDER BY rowid")
        extra_tags = dict(self._read("SELECT name, dtype FROM extra_columns ORDER BY rowid"))
        data = list(zip(*rows, strict=True)) if rows else [[] for _ in range(len(cols) + 1)]
        out = {}
        for j, c in enumerate(cols):
            if c == "connected_on":
                out[c] = db.from_iso(list(data[j]))
            elif c in ("follows_me", "i_follow"):
                out[c] = pd.array([None if v is None else bool(v) for v in data[j]], "boolean")
            else:
                out[c] = pd.array(list(data[j]), dtype="string")
        if extra_tags:
            extras = [json.loads(e) for e in data[-1]]
            for c, tag in extra_tags.items():
                out[c] = accounts.restore([e.get(c) for e in extras], tag)
        single = pd.DataFrame(out)
        with self._lock:
            bulk = accounts.read_bulk(self.conn)
        if bulk is None:
            return single
        if len(single):
            bulk = accounts.overlay(bulk, single)[0]
        order = [*cols, *extra_tags]
        return bulk[[*order, *(c for c in bulk.columns if c not in order)]]

    # --- scores -----------------------------------------------------------------------
    def save_score(self, contact_id: str, **answers: Any) -> dict[str, Any]:
        """Save some answers about one contact (others stay); ``None`` clears an answer.

        Returns the contact's full set of answers after the save. Each call is kept in
        a history so :meth:`undo_last_score` can take it back.

        Examples
        --------
        >>> import tempfile, pathlib
        >>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()))
        >>> wb.save_score("x:1", ideas=3, offline=1)
        {'ideas': 3, 'offline': 1}
        >>> wb.save_score("x:1", offline=None)
        {'ideas': 3}
        """
        if not isinstance(contact_id, str) or not contact_id:
            raise ValueError("save_score needs the contact's contact_id, e.g. 'x:12345'.")
        answers = check_answers(answers)
        with self._write() as conn:
            current = self._answers_in(conn, contact_id)
            changes = {k: [current.get(k), v] for k, v in answers.items() if current.get(k) != v}
            if changes:
                self._apply(conn, contact_id, changes, self._session)
            after = {k: v for k, v in {**current, **answers}.items() if v is not None}
        return after

    @staticmethod
    def _answers_in(conn: sqlite3.Connection, contact_id: str) -> dict[str, Any]:
        row = conn.execute(
            "SELECT answers FROM scores WHERE contact_id = ?", (contact_id,)
        ).fetchone()
        return json.loads(row[0]) if row else {}

    def _apply(self, conn: sqlite3.Connection, contact_id: str, changes: dict, session: str):
        """Write ``changes`` ({key: [before, after]}) and record them for undo."""
        stamp = db.now_iso()
        current = self._answers_in(conn, contact_id)
        new = {**current, **{k: after for k, (_, after) in changes.items()}}
        new = {k: v for k, v in new.items() if v is not None}
        if new:
            conn.execute(
                "INSERT INTO scores VALUES (?, ?, ?) ON CONFLICT (contact_id) DO UPDATE SET "
                "answers = excluded.answers, updated_at = excluded.updated_at",
                (contact_id, json.dumps(new), stamp),
            )
        else:
            conn.execute("DELETE FROM scores WHERE contact_id = ?", (contact_id,))
        conn.execute(
            "INSERT INTO score_history (contact_id, changes, session, saved_at) "
            "VALUES (?, ?, ?, ?)",
            (contact_id, json.dumps(changes), session, stamp),
        )

    def score_for(self, contact_id: str) -> dict[str, Any]:
        """The saved answers about one contact (an empty dict when none)."""
        with self._lock:
            return self._answers_in(self.conn, contact_id)

    def undo_last_score(self) -> dict[str, Any] | None:
        """Take back the most recent answer saved through this workbook object.

        When this object has saved nothing yet (say, after a kernel restart), the most
        recent answer in the file is taken back instead. Calling again goes further
        back. Returns ``{"contact_id": ..., "answers": {question: restored value}}``, or
        ``None`` when there is nothing left to undo.
        """
        with self._write() as conn:
            row = (
                conn.execute(
                    "SELECT id, contact_id, changes FROM score_history WHERE undone = 0 "
                    "AND session = ? ORDER BY id DESC LIMIT 1",
                    (self._session,),
                ).fetchone()
                or conn.execute(
                    "SELECT id, contact_id, changes FROM score_history WHERE undone = 0 "
                    "AND session != 'undo' ORDER BY id DESC LIMIT 1"
                ).fetchone()
            )
            if row is None:
                return None
            entry_id, contact_id, changes = row
            back = {k: [after, before] for k, (before, after) in json.loads(changes).items()}
            self._apply(conn, contact_id, back, "undo")
            conn.execute("UPDATE score_history SET undone = 1 WHERE id = ?", (entry_id,))
        return {"contact_id": contact_id, "answers": {k: v[1] for k, v in back.items()}}

    def scores(self) -> pd.DataFrame:
        """One row per scored contact: ``contact_id``, the latest answers, ``updated_at``.

        The scoring questions (``realnet_kit.QUESTIONS``) are always columns (``Int64``,
        ``<NA>`` where unanswered), in the order they are asked.
        """
        rows = self._read("SELECT contact_id, answers, updated_at FROM scores ORDER BY rowid")
        answers = [json.loads(r[1]) for r in rows]
        keys = list(QUESTIONS)
        keys += sorted({k for a in answers for k in a} - set(keys))
        out: dict[str, Any] = {"contact_id": pd.array([r[0] for r in rows], dtype="string")}
        for k in keys:
            vals = [a.get(k) for a in answers]
            is_int = all(
                v is None or (isinstance(v, int) and not isinstance(v, bool)) for v in vals
            )
            out[k] = pd.array(vals, dtype="Int64") if is_int else pd.Series(vals, dtype=object)
        out["updated_at"] = db.from_iso([r[2] for r in rows])
        return pd.DataFrame(out)
