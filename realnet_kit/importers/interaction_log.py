"""Interaction logs kept by hand or by other tools: one row per message, call, meeting.

A CSV with a contact column (``contact_id``, or a handle, email or name as in
:mod:`.generic`), a time column (``timestamp``, ``date``...), and a ``direction``
(``in``/``out``, also ``received``/``sent``, ``incoming``/``outgoing``), optionally
``kind`` (message, call, meeting, favor...) and ``note``.

>>> sorted(_IN)[:3]
['<-', 'from', 'in']
"""

from __future__ import annotations

import pandas as pd

from realnet_kit.importers._combine import build_interactions
from realnet_kit.importers.archive import Entry
from realnet_kit.importers.generic import (
    _ADVICE,
    _DIRECTION_ALIASES,
    _TIME_ALIASES,
    _key,
    contacts_from_table,
    read_csv,
)
from realnet_kit.importers.values import parse_dates

_IN = {"in", "incoming", "inbound", "received", "receive", "from", "them", "<-", "recv"}
_OUT = {"out", "outgoing", "outbound", "sent", "send", "to", "me", "->"}


def load_interactions(found: dict[str, list[Entry]]) -> pd.DataFrame:
    """A log CSV: a contact (contact_id, handle, email or name), a time, a direction."""
    frames = []
    for entry in found.get("interactions", []):
        table = read_csv(entry)
        by_key = {_key(c): c for c in table.columns}
        time_col = next(by_key[a] for a in _TIME_ALIASES if a in by_key)
        if "contactid" in by_key:
            ids = [v.strip() or None for v in table[by_key["contactid"]]]
        else:
            people = contacts_from_table(table.drop(columns=[time_col]), entry)
            ids = people["contact_id"].tolist()
        dir_col = next((by_key[a] for a in _DIRECTION_ALIASES if a in by_key), None)
        raw = table[dir_col].str.strip().str.lower() if dir_col else pd.Series(["out"] * len(table))
        bad = ~raw.isin(_IN | _OUT)
        if bad.any():
            first = raw[bad].iloc[0]
            raise entry.error(
                f"the direction column holds '{first}' (row "
                f"{int(bad.to_numpy().argmax()) + 2}); it should say 'in' (they "
                "reached out) or 'out' (you did)",
                _ADVICE,
            )
        directions = ["in" if v in _IN else "out" for v in raw]
        kind_col = by_key.get("kind") or by_key.get("type") or by_key.get("channel")
        kinds = (
            [v.strip().lower() or "message" for v in table[kind_col]]
            if kind_col
            else ["message"] * len(table)
        )
        note_col = next(
            (
                by_key[a]
                for a in ("note", "notes", "text", "content", "message", "subject")
                if a in by_key
            ),
            None,
        )
        notes = table[note_col].tolist() if note_col else None
        frames.append(
            build_interactions(
                ids,
                parse_dates(table[time_col], where=f"{entry.basename}, column '{time_col}'"),
                directions,
                kinds,
                notes,
            )
        )
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
