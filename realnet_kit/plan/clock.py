"""One definition of "due": each person's clock, read from the interactions.

Notebook 05's plan and notebook 06's due list both read a person's clock from here, so
they cannot disagree about who is due:

- the **last contact** is the last time you were in touch: anything you sent, or a
  moment that is two-way by nature (:data:`TWO_WAY_KINDS`: a call, a meeting, a coffee)
  whoever started it;
- a person is **waiting** when something came in from them after that (a message, a
  favour, an introduction) and nothing went back: their messages are the ones
  :func:`realnet_kit.listening.unanswered` lists as "never answered";
- the next touch falls **due** one cadence after the last contact, never before the
  plan's own date (:func:`due_dates`);
- a waiting person's reply falls due on the date the plan gave it (the plan answers
  everyone waiting in its first days); a message the plan holds no reply for (it came
  later, or there is no plan) is due on the day it came;
- a message that has waited longer than :data:`ANSWER_WITHIN_DAYS` makes its person
  **overdue**, whatever date the reply has.

>>> import pandas as pd
>>> talks = pd.DataFrame({"contact_id": ["a", "a", "b"], "direction": ["out", "in", "in"],
...     "kind": ["message", "message", "call"], "note": ["Hi", "Is the shop open?", ""],
...     "timestamp": pd.to_datetime(["2026-01-01", "2026-01-03", "2026-01-02"], utc=True)})
>>> clock = contact_clock(talks)
>>> clock["waiting"].to_dict()
{'a': True, 'b': False}
>>> clock.loc["a", "waiting_note"]
'Is the shop open?'
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from realnet_kit.words import utc_day

__all__ = [
    "ANSWER_WITHIN_DAYS",
    "CLOCK_COLUMNS",
    "ONE_OFF_EARLY_DAYS",
    "TWO_WAY_KINDS",
    "contact_clock",
    "due_dates",
]

#: Kinds of interaction that are two-way by nature: they count as a real conversation
#: and reset a person's clock whichever side started them, and nothing waits after one.
TWO_WAY_KINDS = frozenset({"meeting", "call", "coffee", "visit", "walk", "lunch", "event"})
#: A one-off action counts as done when the person was contacted at most this many days
#: before its due date (or any time after).
ONE_OFF_EARLY_DAYS = 7
#: A message waiting longer than this many days is late: its person is overdue.
ANSWER_WITHIN_DAYS = 7
#: What :func:`contact_clock` gives per person.
CLOCK_COLUMNS = [
    "last_contact", "last_in", "waiting", "waiting_since", "unanswered",
    "waiting_note", "waiting_kind",
]  # fmt: skip


def _clean(interactions: pd.DataFrame | None) -> pd.DataFrame:
    cols = ["contact_id", "timestamp", "direction", "kind"]
    if interactions is None or len(interactions) == 0:
        frame = pd.DataFrame({c: pd.Series(dtype="string") for c in [*cols, "note"]})
        return frame.assign(timestamp=pd.Series(dtype="datetime64[us, UTC]"))
    missing = [c for c in cols if c not in interactions.columns]
    if missing:
        raise ValueError(
            "The interactions need the columns contact_id, timestamp, direction and kind "
            "(contract section 2, as Workbook().interactions() gives); missing: "
            f"{', '.join(missing)}."
        )
    out = pd.DataFrame({
        "contact_id": interactions["contact_id"].astype("string"),
        "timestamp": pd.to_datetime(interactions["timestamp"], utc=True, errors="coerce"),
        "direction": interactions["direction"].astype("string").str.lower().str.strip(),
        "kind": interactions["kind"].astype("string").str.lower().str.strip().fillna(""),
        "note": interactions["note"].astype("string") if "note" in interactions.columns
        else pd.Series(pd.NA, index=interactions.index, dtype="string"),
    })  # fmt: skip
    return out[out["timestamp"].notna() & out["contact_id"].notna()]


def contact_clock(interactions: pd.DataFrame | None) -> pd.DataFrame:
    """Each person's clock: last contact, and the messages of theirs still waiting.

    Parameters
    ----------
    interactions
        Logged interactions (contract section 2: ``contact_id``, ``timestamp``,
        ``direction``, ``kind``, and ``note`` when known), e.g. ``Workbook().interactions()``.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``contact_id``, one row per person in the interactions:
        ``last_contact`` (last time you were in touch, ``NaT`` if never), ``last_in``
        (their latest inbound), ``waiting`` (something of theirs came after your last
        contact), ``waiting_since`` (the oldest of those), ``unanswered`` (how many),
        ``waiting_note`` (the newest of them with words) and ``waiting_kind``.

    Examples
    --------
    >>> contact_clock(None).columns.tolist() == CLOCK_COLUMNS
    True
    """
    inter = _clean(interactions)
    two_way = inter["kind"].isin(TWO_WAY_KINDS)
    resets = inter[(inter["direction"] == "out") | two_way]
    last = resets.groupby("contact_id")["timestamp"].max()
    inbound = inter[inter["direction"] == "in"]
    last_in = inbound.groupby("contact_id")["timestamp"].max()
    ids = pd.Index(sorted(set(inter["contact_id"])), dtype="string", name="contact_id")
    clock = pd.DataFrame(index=ids)
    clock["last_contact"] = last.reindex(ids)
    clock["last_in"] = last_in.reindex(ids)
    pending = inbound[~inbound["kind"].isin(TWO_WAY_KINDS)]
    reset = pd.to_datetime(last.reindex(pending["contact_id"]).to_numpy(), utc=True)
    after = reset.isna() | (pending["timestamp"].to_numpy() > reset)
    pending = pending[np.asarray(after, dtype=bool)].sort_values("timestamp", kind="stable")
    g = pending.groupby("contact_id")
    clock["waiting_since"] = g["timestamp"].min().reindex(ids)
    clock["unanswered"] = g.size().reindex(ids).fillna(0).astype("int64")
    worded = pending[pending["note"].fillna("").str.strip() != ""]
    newest = worded.groupby("contact_id").tail(1).set_index("contact_id")
    clock["waiting_note"] = newest["note"].reindex(ids).astype("string")
    kinds = pending.groupby("contact_id")["kind"].last()
    clock["waiting_kind"] = kinds.reindex(ids).astype("string")
    clock["waiting"] = clock["unanswered"] > 0
    for col in ("last_contact", "last_in", "waiting_since"):
        clock[col] = pd.to_datetime(clock[col], utc=True)
    return clock[CLOCK_COLUMNS]


def due_dates(
    planned: pd.Series,
    cadence_days: pd.Series,
    last_contact: pd.Series,
    last_in: pd.Series,
    waiting: pd.Series,
    today: pd.Timestamp,
    reply_planned: pd.Series | None = None,
) -> pd.DataFrame:
    """When each person's next touch falls due: the rule both the plan and the due list use.

    The plan's date until you have been in touch around it; after that, one cadence after
    the last contact (never before the plan's date); on ``today`` for someone never
    contacted and not planned. For someone waiting: the plan's date
    when the plan holds a reply for them (``reply_planned``), else the day their
    message came when that is earlier.

    Returns
    -------
    pandas.DataFrame
        Same index: ``next_due`` (normalised UTC dates), ``planned_rules`` (the plan's
        date decided), ``one_off_done`` (a one-off cleared by a touch near its date).

    Examples
    --------
    >>> idx = ["a", "b"]
    >>> day = pd.Timestamp("2026-03-01", tz="UTC")
    >>> out = due_dates(pd.Series(pd.NaT, idx, dtype="datetime64[us, UTC]"),
    ...     pd.Series([14.0, 30.0], idx),
    ...     pd.Series(pd.to_datetime(["2026-02-20", "2026-02-20"], utc=True), idx),
    ...     pd.Series(pd.NaT, idx, dtype="datetime64[us, UTC]"), pd.Series([False, False], idx),
    ...     day)
    >>> out["next_due"].dt.strftime("%d %b").tolist()
    ['06 Mar', '22 Mar']
    """
    planned = pd.to_datetime(planned, utc=True)
    last = pd.to_datetime(last_contact, utc=True)
    last_in = pd.to_datetime(last_in, utc=True)
    waiting = waiting.fillna(False).astype(bool)
    cad = pd.to_timedelta(pd.to_numeric(cadence_days, errors="coerce"), unit="D")
    by_clock = (last.dt.normalize() + cad).where(cad.notna())
    never = last.isna() & planned.isna()
    by_clock = by_clock.where(~never, today)
    next_due = pd.concat([planned, by_clock], axis=1).max(axis=1)
    # Until you are in touch around the plan's date, the plan's date rules: the plan
    # already weighed the last contact when it set it (a thank-you may come before a
    # rhythm's clock says so), and 05 and 06 then show the same day.
    untouched = planned.notna() & ~(last >= planned - pd.Timedelta(days=ONE_OFF_EARLY_DAYS))
    next_due = next_due.mask(untouched, planned)
    planned_rules = planned.notna() & (~(by_clock > planned) | untouched)
    one_off_done = cad.isna() & (last >= planned - pd.Timedelta(days=ONE_OFF_EARLY_DAYS))
    came = last_in.dt.normalize()
    replied = (
        pd.Series(False, index=planned.index) if reply_planned is None
        else reply_planned.reindex(planned.index).fillna(False).astype(bool)
    )  # fmt: skip
    answer_now = waiting & ~(replied & planned.notna())
    next_due = next_due.mask(answer_now, pd.concat([next_due, came], axis=1).min(axis=1))
    next_due = next_due.mask(waiting & replied & planned.notna(), planned)
    planned_rules = planned_rules | (waiting & replied & planned.notna())
    return pd.DataFrame({
        "next_due": pd.to_datetime(next_due, utc=True).dt.normalize(),
        "planned_rules": planned_rules.to_numpy(bool),
        "one_off_done": one_off_done.fillna(False).to_numpy(bool),
    }, index=planned.index)  # fmt: skip


def earliest_touch(start: pd.Timestamp, cadence_days: Any, last_contact: Any) -> pd.Timestamp:
    """The first day a plan may put a person's next touch: one cadence after the last.

    >>> earliest_touch(pd.Timestamp("2026-03-01", tz="UTC"), 14,
    ...                pd.Timestamp("2026-02-25 10:00", tz="UTC")).strftime("%d %b")
    '11 Mar'
    """
    if (
        last_contact is None
        or pd.isna(last_contact)
        or cadence_days is None
        or (isinstance(cadence_days, float) and np.isnan(cadence_days))
    ):
        return start
    return max(start, utc_day(last_contact) + pd.Timedelta(days=int(cadence_days)))
