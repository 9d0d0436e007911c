"""Who is still waiting for an answer, the messages that need one most first.

Notebook 02's waiting list and notebook 06's "still waiting, outside your plan" share
one order, read from what each message says (never from who sent it):

1. a **problem** (something went wrong: :func:`realnet_kit.plan.message_kind` reads it
   as a complaint), an **order or booking**, and something **personal** (a loss, a
   life event: :func:`realnet_kit.listening.personal.is_personal`) come first, the
   oldest of each in turn, so the first rows show one of each kind that is there;
2. then **questions** and requests (something asked of you), oldest first;
3. then the rest (kind words, a favour, a plain message), oldest first.

A list sorted newest first shows ten ticket questions and buries "My dad died in
January" at row 108; this order puts it among the first three.

>>> import pandas as pd
>>> msgs = pd.DataFrame({"note": ["What tuning is Heron in?", "My dad died in January.",
...     "Could I order a sponge for Saturday?", "My mug arrived broken",
...     "The mug I bought was cracked"],
...     "timestamp": pd.to_datetime(["2026-01-01", "2025-01-01", "2026-02-01",
...                                  "2026-03-01", "2026-04-01"], utc=True)})
>>> by_need(msgs)["need"].tolist()
['problem', 'order', 'personal', 'problem', 'question']
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from realnet_kit.listening.messages import unanswered
from realnet_kit.listening.personal import is_personal
from realnet_kit.plan.actions import message_kind
from realnet_kit.plan.clock import TWO_WAY_KINDS, contact_clock
from realnet_kit.words import utc_day

__all__ = [
    "FIRST_NEEDS",
    "MINUTES_A_DAY",
    "MINUTES_PER_REPLY",
    "NEEDS",
    "NEED_WORDS",
    "by_need",
    "days_to_answer",
    "need_of",
    "still_waiting",
]

#: What a waiting message needs, most pressing first (see the module's text).
NEEDS: tuple[str, ...] = ("problem", "order", "personal", "question", "other")
#: The needs that come first, the oldest of each in turn.
FIRST_NEEDS: tuple[str, ...] = ("problem", "order", "personal")
#: Each need in a table's words; "other" says what message_kind read instead.
NEED_WORDS: dict[str, str] = {
    "problem": "a problem",
    "order": "an order or booking",
    "personal": "something personal",
    "question": "a question",
    "request": "a request",
    "feedback": "their notes",
    "thanks": "kind words",
    "favour": "a favour",
    "message": "a message",
}
#: What :func:`realnet_kit.plan.message_kind` reads that asks something of you: a
#: question, or a request (check this, would you be willing): the "question" need.
ASKING = frozenset({"question", "request"})
#: The daily habit notebook 06 proposes for the messages outside the plan, and how long
#: one short, honest reply takes: ten minutes a day answers five messages.
MINUTES_A_DAY = 10
MINUTES_PER_REPLY = 2


def need_of(note: Any, kind: Any = None) -> str:
    """What a waiting message needs (one of :data:`NEEDS`), from its words and kind.

    >>> need_of("Hi, my tote bag came with nothing in the envelope"), need_of("Can I buy two?")
    ('problem', 'order')
    >>> need_of("'Heron' got me through a hard year. Thank you."), need_of("Loved it!")
    ('personal', 'other')
    """
    read = message_kind(note, kind)
    if read == "complaint":
        return "problem"
    if read == "order":
        return "order"
    if is_personal(note):
        return "personal"
    return "question" if read in ASKING else "other"


def _about(note: Any, kind: Any, need: str) -> str:
    """The need in a table's words: "a problem", "a question", "kind words"..."""
    read = message_kind(note, kind)
    if need == "question" and read in ASKING:
        return NEED_WORDS[read]
    if need != "other":
        return NEED_WORDS[need]
    return NEED_WORDS.get(read, NEED_WORDS["message"])


def by_need(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` (messages: ``note``, ``timestamp``, optional ``kind`` and ``status``)
    sorted so the messages that need an answer most come first, with two new columns:
    ``need`` (one of :data:`NEEDS`) and ``about`` (it in words, :data:`NEED_WORDS`).

    With a ``status`` column, "never answered" rows come before "answered late" ones,
    each sorted the same way. The index is reset.

    >>> msgs = pd.DataFrame({"note": ["Loved it", "Any chance of a Leeds date?"],
    ...     "timestamp": pd.to_datetime(["2026-01-01", "2026-02-01"], utc=True)})
    >>> by_need(msgs)["about"].tolist()
    ['a question', 'kind words']
    """
    out = frame.reset_index(drop=True).copy()
    notes = out["note"] if "note" in out.columns else pd.Series(pd.NA, index=out.index)
    kinds = out["kind"] if "kind" in out.columns else pd.Series(pd.NA, index=out.index)
    notes, kinds = notes.astype(object), kinds.astype(object)
    need = [need_of(n, k) for n, k in zip(notes, kinds, strict=True)]
    out["need"] = pd.array(need, dtype="string")
    out["about"] = pd.array(
        [_about(n, k, d) for n, k, d in zip(notes, kinds, need, strict=True)], dtype="string"
    )
    rank = out["need"].map({n: i for i, n in enumerate(NEEDS)}).astype(int)
    first = out["need"].isin(FIRST_NEEDS)
    stamps = pd.to_datetime(out["timestamp"], utc=True, errors="coerce")
    status = (
        (out["status"].astype("string") != "never answered").fillna(True).astype(int)
        if "status" in out.columns
        else pd.Series(0, index=out.index)
    )
    keys = pd.DataFrame({"status": status, "need": out["need"], "at": stamps})
    order = keys.sort_values("at", kind="stable", na_position="last")
    turn = order.groupby(["status", "need"], sort=False).cumcount().reindex(out.index)
    keys["group"] = np.where(first, 0, rank - len(FIRST_NEEDS) + 1)
    keys["turn"] = np.where(first, turn, 0)
    keys["rank"] = rank
    keys = keys.sort_values(
        ["status", "group", "turn", "rank", "at"], kind="stable", na_position="last"
    )
    return out.loc[keys.index].reset_index(drop=True)


def still_waiting(
    interactions: pd.DataFrame | None,
    today: Any = None,
    *,
    covered: Any = (),
) -> pd.DataFrame:
    """Every message still waiting for an answer, the ones that need one most first.

    A message waits, as the plan's clock says (:func:`realnet_kit.plan.contact_clock`),
    when it came in after the last time you were in touch with its sender (anything
    you sent, or a call or a meeting either way) and is not itself a call or a meeting.

    Parameters
    ----------
    interactions
        The interactions, logged moments included (``Workbook().person_interactions()``,
        so one person's accounts share one clock, as in the plan).
    today
        The day waits are counted to (default: today, UTC).
    covered
        The people the plan (or the due list) already looks after: their messages get
        ``in_plan`` true.

    Returns
    -------
    pandas.DataFrame
        ``contact_id``, ``timestamp``, ``kind``, ``note``, ``waited_days``, ``in_plan``,
        ``need`` and ``about``, sorted by :func:`by_need`.

    Examples
    --------
    >>> talks = pd.DataFrame({"contact_id": ["a", "a", "b", "c"],
    ...     "direction": ["in", "out", "in", "in"], "kind": "message",
    ...     "note": ["Hi", "Hello!", "My order never arrived", "What time do you open?"],
    ...     "timestamp": pd.to_datetime(["2026-01-01", "2026-01-02", "2026-01-03",
    ...                                  "2026-01-04"], utc=True)})
    >>> still_waiting(talks, "2026-01-10", covered=["c"])[["contact_id", "in_plan"]].values.tolist()
    [['b', False], ['c', True]]
    """
    columns = ["contact_id", "timestamp", "kind", "note", "waited_days", "in_plan", "need",
               "about"]  # fmt: skip
    empty = pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    if interactions is None or not len(interactions):
        return empty
    day = utc_day(today)
    never = unanswered(interactions, as_of=day)
    never = never[never["status"] == "never answered"]
    kinds = never["kind"].astype("string").str.lower().str.strip()
    never = never[~kinds.isin(TWO_WAY_KINDS).fillna(False).to_numpy(bool)]
    # the clock's own rule: a call or a meeting after a message answers it too
    since = contact_clock(interactions)["waiting_since"]
    start = pd.to_datetime(never["contact_id"].map(since), utc=True)
    never = never[(never["timestamp"] >= start).fillna(False).to_numpy(bool)]
    if not len(never):
        return empty
    ids = {str(c) for c in covered}
    never = never.assign(
        waited_days=((day - never["timestamp"]).dt.total_seconds() / 86400).round(2),
        in_plan=never["contact_id"].astype(str).isin(ids),
    )
    return by_need(never)[columns]


def days_to_answer(messages: int) -> int:
    """Days of :data:`MINUTES_A_DAY` minutes that answer ``messages`` short replies.

    >>> days_to_answer(103), days_to_answer(3), days_to_answer(0)
    (21, 1, 0)
    """
    per_day = max(MINUTES_A_DAY // MINUTES_PER_REPLY, 1)
    return -(-int(messages) // per_day)
