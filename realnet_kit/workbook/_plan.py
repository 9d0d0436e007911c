"""Workbook tables around the plan: plan items, snoozes, tags, match decisions and
settings. Mixed into :class:`realnet_kit.Workbook` (exercises: ``_workbook_exercises``)."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pandas as pd

from realnet_kit.plan.bounds import check_cadence, check_day, check_minutes
from realnet_kit.workbook import _db as db

#: The states a plan item moves through.
PLAN_STATUSES = ("proposed", "accepted", "dropped", "done")
#: The columns of :meth:`Workbook.plan`, in order (extra columns follow).
PLAN_COLUMNS = (
    "plan_id", "contact_id", "name", "action", "due", "cadence_days", "status",
    "minutes", "note", "updated_at",
)  # fmt: skip
_PLAN_FIELDS = ("contact_id", "name", "action", "due", "cadence_days", "status", "minutes", "note")
MATCH_DECISIONS = ("same", "different")


def check_status(status: Any) -> str:
    if status not in PLAN_STATUSES:
        raise ValueError(
            f"A plan item's status is one of {', '.join(PLAN_STATUSES)}; found {status!r}."
        )
    return status


def _text(value: Any) -> str | None:
    value = db.plain(value)
    return None if value is None else str(value)


class PlanMixin:
    """Plan, snoozes, tags, match decisions and settings."""

    # --- plan -------------------------------------------------------------------------
    def save_plan(self, df: pd.DataFrame) -> int:
        """Replace the proposed, untouched plan rows with ``df``; return rows added.

        Items the participant accepted, dropped, finished or edited are kept. A row of
        ``df`` for the same contact and action as a kept item is skipped, so re-running
        a notebook never duplicates the plan. ``plan_id`` is made up when ``df`` has none.
        """
        if not isinstance(df, pd.DataFrame) or "action" not in df.columns:
            raise ValueError(
                "save_plan needs a DataFrame with at least 'contact_id', 'name' and "
                "'action' columns, such as realnet_kit.plan_actions(...) returns."
            )
        extra_cols = [c for c in df.columns if c not in PLAN_COLUMNS and c != "edited"]
        stamp = db.now_iso()
        rows = []
        for i in range(len(df)):
            get = {c: (df[c].iat[i] if c in df.columns else None) for c in PLAN_COLUMNS}
            status = check_status(db.plain(get["status"]) or "proposed")
            pid = _text(get["plan_id"]) or f"p-{uuid.uuid4().hex[:16]}"
            extras = {c: db.plain(df[c].iat[i]) for c in extra_cols}
            rows.append(
                (
                    pid, _text(get["contact_id"]), _text(get["name"]), _text(get["action"]),
                    db.to_iso(check_day(get["due"], "due date")),
                    check_cadence(db.plain(get["cadence_days"])), status,
                    check_minutes(db.plain(get["minutes"])), _text(get["note"]),
                    json.dumps({k: v for k, v in extras.items() if v is not None}), stamp,
                )
            )  # fmt: skip
        with self._write() as conn:
            conn.execute("DELETE FROM plan WHERE status = 'proposed' AND edited = 0")
            kept = set(conn.execute("SELECT contact_id, action FROM plan").fetchall())
            rows = [r for r in rows if (r[1], r[3]) not in kept]
            before = conn.total_changes
            conn.executemany(
                "INSERT OR REPLACE INTO plan (plan_id, contact_id, name, action, due, "
                "cadence_days, status, minutes, note, extras, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            return conn.total_changes - before

    def plan(self) -> pd.DataFrame:
        """The plan, one row per action, ordered by due date (then as saved)."""
        rows = self._read(
            f"SELECT {', '.join(PLAN_COLUMNS)}, extras FROM plan ORDER BY due IS NULL, due, rowid"
        )
        cols = list(zip(*rows, strict=True)) if rows else [[]] * (len(PLAN_COLUMNS) + 1)
        data: dict[str, Any] = {}
        for j, c in enumerate(PLAN_COLUMNS):
            if c in ("due", "updated_at"):
                data[c] = db.from_iso(list(cols[j]))
            elif c in ("cadence_days", "minutes"):
                data[c] = pd.array(list(cols[j]), dtype="Int64")
            else:
                data[c] = pd.array(list(cols[j]), dtype="string")
        extras = [json.loads(e) for e in cols[-1]]
        for key in sorted({k for e in extras for k in e}):
            data[key] = pd.Series([e.get(key) for e in extras], dtype=object)
        return pd.DataFrame(data)

    def update_plan_item(self, plan_id: str, **fields: Any) -> None:
        """Change one plan item (status, due, note, ...); it is then kept across re-plans.

        Examples
        --------
        >>> import tempfile, pathlib, pandas as pd
        >>> from realnet_kit import Workbook
        >>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()))
        >>> wb.save_plan(pd.DataFrame({"plan_id": ["p1"], "contact_id": ["x:1"],
        ...                            "name": ["Ada"], "action": ["Send a link"]}))
        1
        >>> wb.update_plan_item("p1", status="accepted")
        >>> wb.plan()["status"].tolist()
        ['accepted']
        """
        unknown = set(fields) - set(_PLAN_FIELDS)
        if unknown:
            raise ValueError(
                f"A plan item has no field {sorted(unknown)}; you can change "
                f"{', '.join(_PLAN_FIELDS)}."
            )
        values: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "status":
                values[key] = check_status(value)
            elif key == "due":
                values[key] = db.to_iso(check_day(value, "due date"))
            elif key == "cadence_days":
                values[key] = check_cadence(db.plain(value))
            elif key == "minutes":
                values[key] = check_minutes(db.plain(value))
            else:
                values[key] = _text(value)
        values["updated_at"] = db.now_iso()
        values["edited"] = 1
        sets = ", ".join(f"{k} = ?" for k in values)
        with self._write() as conn:
            cur = conn.execute(
                f"UPDATE plan SET {sets} WHERE plan_id = ?", (*values.values(), plan_id)
            )
            if cur.rowcount == 0:
                raise ValueError(
                    f"There is no plan item {plan_id!r}. Take the plan_id from wb.plan()."
                )

    # --- snoozes, tags, match decisions -----------------------------------------------
    def snooze(self, contact_id: str, until: Any) -> None:
        """Hide a contact from due lists until a date; ``until=None`` ends the snooze."""
        when = db.to_iso(check_day(until, "snooze date"))
        with self._write() as conn:
            if when is None:
                conn.execute("DELETE FROM snoozes WHERE contact_id = ?", (contact_id,))
            else:
                conn.execute(
                    "INSERT OR REPLACE INTO snoozes VALUES (?, ?, ?)",
                    (contact_id, when, db.now_iso()),
                )

    def snoozes(self) -> pd.DataFrame:
        """Current snoozes: contact_id, until."""
        rows = self._read("SELECT contact_id, until FROM snoozes ORDER BY until")
        return pd.DataFrame(
            {
                "contact_id": pd.array([r[0] for r in rows], dtype="string"),
                "until": db.from_iso([r[1] for r in rows]),
            }
        )

    def set_tags(self, contact_id: str, tags: list[str]) -> None:
        """Replace a contact's tags (e.g. ``["baker", "neighbour"]``); blanks are dropped."""
        if isinstance(tags, str):
            raise ValueError("set_tags takes a list of tags, e.g. ['baker', 'neighbour'].")
        clean = sorted({str(t).strip() for t in tags if str(t).strip()})
        stamp = db.now_iso()
        with self._write() as conn:
            conn.execute("DELETE FROM tags WHERE contact_id = ?", (contact_id,))
            conn.executemany(
                "INSERT INTO tags VALUES (?, ?, ?)", [(contact_id, t, stamp) for t in clean]
            )

    def tags(self) -> pd.DataFrame:
        """All tags: one row per (contact_id, tag)."""
        rows = self._read("SELECT contact_id, tag FROM tags ORDER BY contact_id, tag")
        return pd.DataFrame(
            {
                "contact_id": pd.array([r[0] for r in rows], dtype="string"),
                "tag": pd.array([r[1] for r in rows], dtype="string"),
            }
        )

    def save_match_decision(self, contact_a: str, contact_b: str, decision: str) -> None:
        """Remember whether two contacts are the same person ("same" or "different").

        The pair is stored in sorted order, so (a, b) and (b, a) are one decision.
        """
        if decision not in MATCH_DECISIONS:
            raise ValueError(f"decision must be 'same' or 'different'; found {decision!r}.")
        a, b = sorted((str(contact_a), str(contact_b)))
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO match_decisions VALUES (?, ?, ?, ?)",
                (a, b, decision, db.now_iso()),
            )

    def match_decisions(self) -> pd.DataFrame:
        """Saved decisions: contact_a, contact_b (sorted), decision, updated_at."""
        rows = self._read("SELECT * FROM match_decisions ORDER BY updated_at")
        return pd.DataFrame(
            {
                "contact_a": pd.array([r[0] for r in rows], dtype="string"),
                "contact_b": pd.array([r[1] for r in rows], dtype="string"),
                "decision": pd.array([r[2] for r in rows], dtype="string"),
                "updated_at": db.from_iso([r[3] for r in rows]),
            }
        )

    # --- settings -------------------------------------------------------------------
    def set_setting(self, key: str, value: Any) -> None:
        """Keep a setting (any JSON-friendly value) in the workbook."""
        try:
            text = json.dumps(db.plain(value))
        except TypeError as exc:
            raise ValueError(
                f"The setting {key!r} must be text, a number, True/False, a list or a dict."
            ) from exc
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO settings VALUES (?, ?, ?)", (key, text, db.now_iso())
            )

    def setting(self, key: str, default: Any = None) -> Any:
        """A setting saved with :meth:`set_setting`, or ``default``."""
        row = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(row[0][0]) if row else default
