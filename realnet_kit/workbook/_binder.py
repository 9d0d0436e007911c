"""Carry a workbook between machines: export it as one file, merge one back in.

Binder sessions vanish when the tab closes, so a participant downloads their workbook
(:meth:`Workbook.export_to`) and uploads it again elsewhere (:meth:`Workbook.merge_from`).
Merging never overwrites newer work: answers, plan items and settings keep whichever
side changed last, interactions, tags and exercise attempts are unions, and contacts
are added when new.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from realnet_kit.errors import ExportFormatError
from realnet_kit.workbook import _accounts as accounts
from realnet_kit.workbook import _db as db
from realnet_kit.workbook._checks import (
    ADVICE,
    CHECK_SECONDS,
    check_incoming,
    check_shape,
    stop_after,
)

#: Keys of the summary :meth:`Workbook.merge_from` returns, with how to say each.
MERGE_SUMMARY_LABELS = {
    "contacts": "new contacts",
    "scores": "contacts with newer answers",
    "interactions": "new interactions",
    "interactions_already_here": "interactions already here (skipped)",
    "plan_items": "plan items added or updated",
    "snoozes": "snoozes",
    "tags": "new tags",
    "match_decisions": "match decisions",
    "exercises": "exercise attempts",
    "settings": "settings",
}


class BinderMixin:
    """``export_to`` and ``merge_from``."""

    def export_to(self, path: str | os.PathLike) -> Path:
        """Write a consistent, single-file copy of the workbook to ``path``.

        A folder gets ``realnet-workbook.sqlite`` inside it. The copy is taken with
        SQLite's backup API, so it is complete even while another notebook writes.

        Examples
        --------
        >>> import tempfile, pathlib
        >>> from realnet_kit import Workbook
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> Workbook(folder / "a.sqlite").export_to(folder / "copy.sqlite").name
        'copy.sqlite'
        """
        target = Path(path).expanduser()
        if target.is_dir():
            target = target / "realnet-workbook.sqlite"
        if target.resolve() == self.path.resolve():
            raise ValueError("Export to a different file than the workbook itself.")
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        dest = sqlite3.connect(partial, isolation_level=None)
        try:
            with self._lock:
                self.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.replace(partial, target)
        return target

    def merge_from(self, path: str | os.PathLike) -> dict[str, int]:
        """Merge another workbook file into this one; return counts of what was added.

        Nothing here is overwritten by something older: for each contact the newer set
        of answers wins, likewise plan items, snoozes, match decisions and settings.
        Interactions are deduplicated; tags and contacts are added when new; exercise
        attempts from both sides are all kept (an attempt already here is not repeated).

        Raises
        ------
        realnet_kit.ExportFormatError
            When ``path`` is not a RealNet workbook (nothing is changed then).
        """
        source = Path(path).expanduser()
        db.check_sqlite_file(source)
        incoming = self.path.parent / INCOMING_FOLDER
        shutil.rmtree(incoming, ignore_errors=True)  # what a killed merge left behind
        try:
            incoming.mkdir(parents=True, exist_ok=True)
            copy = incoming / "incoming.sqlite"
            _copy_database(source, copy)
            _check_copy(source, copy, check_shape)  # its own version's tables, nothing else
            try:
                db.connect(copy, create=False).close()  # upgrades an older copy
            except ExportFormatError as exc:
                raise ExportFormatError(source, exc.problem, exc.advice) from exc
            _check_copy(source, copy, check_incoming)  # every value, as this version reads it
            with self._lock:
                conn = self.conn
                conn.execute("ATTACH DATABASE ? AS other", (str(copy),))
                try:
                    stop_after(conn)
                    with self._write() as wconn:
                        summary = _merge(self, wconn)
                except sqlite3.OperationalError as exc:
                    if "interrupted" not in str(exc):
                        raise
                    raise ExportFormatError(
                        source, f"merging it took over {CHECK_SECONDS} seconds", ADVICE
                    ) from exc
                finally:
                    conn.set_progress_handler(None, 0)
                    conn.execute("DETACH DATABASE other")
        finally:
            shutil.rmtree(incoming, ignore_errors=True)
        return summary


#: Folder beside the workbook where an uploaded file is checked (removed after each merge,
#: and at the start of the next one when a merge was killed).
INCOMING_FOLDER = ".realnet-incoming"


def _check_copy(source: Path, copy: Path, check: Any) -> None:
    """Check the private copy of an upload, raising in words before anything is merged."""
    conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        stop_after(conn)
        check(conn, source)
    except sqlite3.DatabaseError as exc:
        raise ExportFormatError(source, f"it is damaged ({exc})", ADVICE) from exc
    finally:
        conn.close()


def _copy_database(source: Path, copy: Path) -> None:
    """Copy a workbook file, including changes still in its write-ahead log.

    The backup API reads the source the way SQLite sees it (a live workbook's recent
    answers may sit in ``-wal``); a plain file copy is the fallback for read-only places.
    """
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(copy)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.DatabaseError:
        copy.unlink(missing_ok=True)
        shutil.copyfile(source, copy)


def _count(conn: sqlite3.Connection, sql: str, params: tuple = ()) -> int:
    before = conn.total_changes
    conn.execute(sql, params)
    return conn.total_changes - before


def _merge(wb: Any, conn: sqlite3.Connection) -> dict[str, int]:
    out: dict[str, int] = {}
    conn.execute("INSERT OR IGNORE INTO extra_columns SELECT * FROM other.extra_columns")
    out["contacts"] = _merge_contacts(conn)
    newer = conn.execute(
        "SELECT o.contact_id, o.answers FROM other.scores o LEFT JOIN scores s "
        "USING (contact_id) WHERE s.contact_id IS NULL OR o.updated_at > s.updated_at"
    ).fetchall()
    for contact_id, answers in newer:
        theirs = json.loads(answers)
        ours = wb._answers_in(conn, contact_id)
        changes = {
            k: [ours.get(k), theirs.get(k)]
            for k in set(ours) | set(theirs)
            if ours.get(k) != theirs.get(k)
        }
        if changes:
            wb._apply(conn, contact_id, changes, "merge")
    out["scores"] = len(newer)
    total = conn.execute("SELECT count(*) FROM other.interactions").fetchone()[0]
    out["interactions"] = _count(
        conn,
        "INSERT OR IGNORE INTO interactions (contact_id, timestamp, direction, kind, note) "
        "SELECT contact_id, timestamp, direction, kind, note FROM other.interactions "
        "ORDER BY id",
    )
    out["interactions_already_here"] = total - out["interactions"]
    out["plan_items"] = _count(
        conn,
        "INSERT OR REPLACE INTO plan SELECT o.* FROM other.plan o LEFT JOIN plan p "
        "USING (plan_id) WHERE p.plan_id IS NULL OR o.updated_at > p.updated_at",
    )
    out["snoozes"] = _count(
        conn,
        "INSERT OR REPLACE INTO snoozes SELECT o.* FROM other.snoozes o LEFT JOIN snoozes s "
        "USING (contact_id) WHERE s.contact_id IS NULL OR o.updated_at > s.updated_at",
    )
    out["tags"] = _count(conn, "INSERT OR IGNORE INTO tags SELECT * FROM other.tags")
    out["match_decisions"] = _count(
        conn,
        "INSERT OR REPLACE INTO match_decisions SELECT o.* FROM other.match_decisions o "
        "LEFT JOIN match_decisions m USING (contact_a, contact_b) "
        "WHERE m.contact_a IS NULL OR o.updated_at > m.updated_at",
    )
    out["exercises"] = _count(
        conn,
        "INSERT OR IGNORE INTO exercise_attempts "
        "(notebook, exercise, passed, answer, answered_at, stands_for, mistake) "
        "SELECT notebook, exercise, passed, answer, answered_at, stands_for, mistake "
        "FROM other.exercise_attempts ORDER BY answered_at, id",
    )
    out["settings"] = _count(
        conn,
        "INSERT OR REPLACE INTO settings SELECT o.* FROM other.settings o LEFT JOIN settings s "
        "USING (key) WHERE s.key IS NULL OR o.updated_at > s.updated_at",
    )
    return out


def _merge_contacts(conn: sqlite3.Connection) -> int:
    """Add the other workbook's accounts that this one lacks (bulk and rows); count them.

    An account this workbook holds keeps what it has here, as with every other contact.
    """
    ours = accounts.read_bulk(conn)
    in_bulk = set(ours["contact_id"].tolist()) if ours is not None else set()
    known = in_bulk | {r[0] for r in conn.execute("SELECT contact_id FROM main.contacts")}
    theirs = accounts.read_bulk(conn, "other")
    fresh_ids: set[str] = set()
    if theirs is not None:
        fresh = theirs[~theirs["contact_id"].isin(known)]
        del theirs
        if len(fresh):
            fresh_ids = set(fresh["contact_id"].tolist())
            fresh = fresh.reset_index(drop=True)
            merged = fresh if ours is None else accounts.overlay(ours, fresh)[0]
            accounts.write_bulk(conn, merged)
    rows = [r for r in conn.execute("SELECT * FROM other.contacts") if r[0] not in in_bulk]
    before = conn.total_changes
    added = []
    for row in rows:
        marks = ", ".join("?" * len(row))
        conn.execute(f"INSERT OR IGNORE INTO contacts VALUES ({marks})", row)
        if conn.total_changes > before:
            added.append(row[0])
            before = conn.total_changes
    return len(fresh_ids) + sum(1 for cid in added if cid not in fresh_ids)


def describe_merge(summary: dict[str, int]) -> str:
    """The merge summary in one plain sentence, e.g. for the upload widget."""
    parts = [
        f"{summary[k]} {label}"
        for k, label in MERGE_SUMMARY_LABELS.items()
        if summary.get(k) and k != "interactions_already_here"
    ]
    if not parts:
        return "Nothing new: this workbook already holds everything in that file."
    text = "Added " + ", ".join(parts) + "."
    if summary.get("interactions_already_here"):
        text += f" {summary['interactions_already_here']} interactions were already here."
    return text
