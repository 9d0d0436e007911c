"""Workbook interactions: what happened between the participant and a contact.
Mixed into :class:`realnet_kit.Workbook`; the columns are CONTRACT.md section 2."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pandas as pd

from realnet_kit.workbook import _db as db

#: "in": they reached out; "out": you did.
INTERACTION_DIRECTIONS = ("in", "out")


class InteractionsMixin:
    """``log_interaction``, ``add_interactions`` and ``interactions``."""

    # --- interactions -----------------------------------------------------------------
    def log_interaction(
        self, contact_id: str, timestamp: Any, direction: str, kind: str, note: str = ""
    ) -> bool:
        """Record one interaction; returns False when the same one was already logged.

        Examples
        --------
        >>> import tempfile, pathlib
        >>> from realnet_kit import Workbook
        >>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()))
        >>> wb.log_interaction("x:1", "2024-05-01 10:00", "out", "coffee", "talked shop")
        True
        """
        frame = pd.DataFrame(
            {
                "contact_id": [contact_id],
                "timestamp": [timestamp],
                "direction": [direction],
                "kind": [kind],
                "note": [note],
            }
        )
        return self.add_interactions(frame) == 1

    def add_interactions(self, df: pd.DataFrame) -> int:
        """Add interactions (CONTRACT.md section 2 columns); return how many were new.

        The same interaction (contact, time, direction, kind and note) is stored once,
        so loading the same messages file twice adds nothing.
        """
        need = ["contact_id", "timestamp", "direction", "kind"]
        missing = [c for c in need if c not in getattr(df, "columns", [])]
        if missing:
            raise ValueError(
                f"add_interactions needs the columns {need} (and optionally 'note'); "
                f"missing: {missing}. realnet_kit.load_interactions(...) returns such a frame."
            )
        rows = []
        ids, directions, kinds = (db.plain_list(df[c]) for c in ("contact_id", "direction", "kind"))
        whens = db.iso_list(df["timestamp"])  # a whole column at once, not cell by cell
        notes = db.plain_list(df["note"]) if "note" in df.columns else [None] * len(df)
        for i, (cid, when, direction, kind, note) in enumerate(
            zip(ids, whens, directions, kinds, notes, strict=True)
        ):
            if direction not in INTERACTION_DIRECTIONS:
                raise ValueError(
                    f"An interaction's direction must be 'in' (they reached out) or 'out' "
                    f"(you did); row {i} has {direction!r}."
                )
            if not cid or not kind:
                raise ValueError(f"Row {i} needs a contact_id and a kind (e.g. 'message').")
            if when is None:
                raise ValueError(f"Row {i} has no timestamp; give the date it happened.")
            rows.append((str(cid), when, direction, str(kind), "" if note is None else str(note)))
        with self._write() as conn:
            before = conn.total_changes
            conn.executemany(
                "INSERT OR IGNORE INTO interactions (contact_id, timestamp, direction, kind, "
                "note) VALUES (?, ?, ?, ?, ?)",
                rows,
            )
            added = conn.total_changes - before
        return added

    def person_interactions(self) -> pd.DataFrame:
        """:meth:`interactions`, with one person's accounts written as one.

        Accounts the participant confirmed as the same person ("same" in
        :meth:`match_decisions`) are folded onto one id: the account they scored (the
        most recently scored, if several), else the first in order. So a message waiting
        on someone's X account reaches the plan and the due list of the person scored
        under their Facebook account: one person, one clock.

        >>> import tempfile, pathlib
        >>> from realnet_kit import Workbook
        >>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()) / "wb.sqlite")
        >>> _ = wb.add_interactions(pd.DataFrame({"contact_id": ["x:7"], "direction": ["in"],
        ...     "timestamp": pd.to_datetime(["2026-01-05"], utc=True), "kind": ["message"]}))
        >>> _ = wb.save_score("facebook:ana", ideas=3)
        >>> wb.save_match_decision("x:7", "facebook:ana", "same")
        >>> wb.person_interactions()["contact_id"].tolist()
        ['facebook:ana']
        """
        inter = self.interactions()
        onto = self.person_ids()
        if not onto or inter.empty:
            return inter
        ids = inter["contact_id"]
        return inter.assign(contact_id=ids.map(onto).fillna(ids).astype("string"))

    def person_ids(self) -> dict[str, str]:
        """The id each account confirmed as the same person is written as, one person one id.

        Accounts joined by "same" in :meth:`match_decisions` (directly or through another
        account) map to one of them: the account scored most recently, else the first in
        order. Accounts without such a decision are left out (they are their own person).
        :meth:`person_interactions`, the plan and the due list all read this one map.

        >>> import tempfile, pathlib
        >>> from realnet_kit import Workbook
        >>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()) / "wb.sqlite")
        >>> _ = wb.save_score("facebook:ana", ideas=3)
        >>> wb.save_match_decision("x:7", "facebook:ana", "same")
        >>> wb.save_match_decision("x:7", "instagram:ana", "same")
        >>> sorted(wb.person_ids().items())[0]
        ('facebook:ana', 'facebook:ana')
        >>> set(wb.person_ids().values())
        {'facebook:ana'}
        """
        same = self.match_decisions()
        same = same[same["decision"] == "same"]
        if same.empty:
            return {}
        scored = self.scores().sort_values("updated_at", ascending=False, kind="stable")
        rank = {cid: i for i, cid in enumerate(scored["contact_id"].astype(str))}
        graph = nx.Graph()
        graph.add_edges_from(zip(same["contact_a"].astype(str), same["contact_b"].astype(str),
                                 strict=True))  # fmt: skip
        onto: dict[str, str] = {}
        for people in nx.connected_components(graph):
            keep = min(people, key=lambda cid: (rank.get(cid, len(rank)), cid))
            onto.update(dict.fromkeys(people, keep))
        return onto

    def interactions(self) -> pd.DataFrame:
        """All interactions, oldest first: contact_id, timestamp, direction, kind, note."""
        rows = self._read(
            "SELECT contact_id, timestamp, direction, kind, note FROM interactions "
            "ORDER BY timestamp, id"
        )
        cols = list(zip(*rows, strict=True)) if rows else [[]] * 5
        return pd.DataFrame(
            {
                "contact_id": pd.array(list(cols[0]), dtype="string"),
                "timestamp": db.from_iso(list(cols[1])),
                "direction": pd.array(list(cols[2]), dtype="string"),
                "kind": pd.array(list(cols[3]), dtype="string"),
                "note": pd.array(list(cols[4]), dtype="string"),
            }
        )
