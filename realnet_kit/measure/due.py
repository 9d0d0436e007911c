"""Who is due or overdue for a touch.

:func:`due_list` reads the plan (or the scored tiers) and the logged interactions:
logging an interaction resets that person's clock, and a snooze hides them until its
date. Notebook 05's plan and notebook 06's due list use this one definition of "due".
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from realnet_kit.measure._words import due_reason
from realnet_kit.plan.actions import REPLY_KEYS
from realnet_kit.plan.clock import ANSWER_WITHIN_DAYS, contact_clock, due_dates
from realnet_kit.plan.planner import CADENCE_DAYS
from realnet_kit.words import utc_day

__all__ = [
    "DUE_SOON_DAYS",
    "due_list",
    "tracked_people",
]

#: ``due_list`` lists as "due" whoever falls due within this many days from today.
DUE_SOON_DAYS = 7
DUE_COLUMNS = [
    "contact_id", "name", "tier", "status", "next_due", "days_overdue",
    "last_contact", "cadence_days", "action", "reason", "waiting_since",
]  # fmt: skip


def _people_from(plan_or_scored: pd.DataFrame) -> pd.DataFrame:
    """One row per person: name, tier, cadence, earliest open due date, next action."""
    df = plan_or_scored
    if "contact_id" not in df.columns:
        raise ValueError(
            "due_list needs the plan (from plan_actions or Workbook().plan()) or the scored "
            "contacts (from score_contacts); this frame has no contact_id column."
        )
    if "action" in df.columns and "due" in df.columns:
        live = df
        if "status" in df.columns:
            live = df[~df["status"].astype("string").str.lower().isin(["dropped", "done"])]
        live = live.assign(
            _due=pd.to_datetime(live["due"], utc=True, errors="coerce"),
            _cad=pd.to_numeric(live["cadence_days"], errors="coerce")
            if "cadence_days" in live.columns else np.nan,
        ).sort_values("_due", kind="stable")  # fmt: skip
        reply = live["action_key"].astype("string").isin(REPLY_KEYS) if (
            "action_key" in live.columns) else pd.Series(False, index=live.index)  # fmt: skip
        live = live.assign(_reply=reply.fillna(False).astype(bool))
        g = live.groupby("contact_id", sort=False)
        people = pd.DataFrame({
            "name": g["name"].first() if "name" in live.columns else g["contact_id"].first(),
            "tier": g["tier"].first() if "tier" in live.columns else pd.NA,
            "cadence_days": g["_cad"].min(),
            "planned": g["_due"].min(),
            "action": g["action"].first(),
            "reply_planned": g["_reply"].any(),
        })  # fmt: skip
    elif "tier" in df.columns:
        tiers = df["tier"].astype(object)
        cad = tiers.map(lambda t: CADENCE_DAYS.get(t) if isinstance(t, str) else None)
        keep = cad.notna()
        people = pd.DataFrame({
            "name": (df["name"] if "name" in df.columns else df["contact_id"])[keep].values,
            "tier": tiers[keep].values, "cadence_days": cad[keep].astype(float).values,
            "planned": pd.NaT, "action": pd.NA, "reply_planned": False,
        }, index=df["contact_id"][keep].values)  # fmt: skip
    else:
        raise ValueError(
            "due_list needs a plan (columns action and due) or scored contacts (column tier)."
        )
    people["planned"] = pd.to_datetime(people["planned"], utc=True)
    people.index = people.index.astype(str)
    people.index.name = "contact_id"
    return people[~people.index.duplicated()]


def tracked_people(plan_or_scored: pd.DataFrame) -> pd.Index:
    """The people :func:`due_list` follows: everyone with a live action in the plan, or
    (from scored contacts) everyone whose tier has a rhythm.

    >>> tracked_people(pd.DataFrame({"contact_id": ["x:1", "x:2"], "tier": ["real", "fan"]})
    ... ).tolist()
    ['x:1']
    """
    return _people_from(plan_or_scored).index


def due_list(
    plan_or_scored: pd.DataFrame,
    interactions: pd.DataFrame | None = None,
    snoozes: pd.DataFrame | dict | None = None,
    today: Any = None,
    *,
    soon_days: int = DUE_SOON_DAYS,
) -> pd.DataFrame:
    """Who is overdue, and who is due within ``soon_days``, most overdue first.

    Each person's clock (:func:`realnet_kit.plan.clock.due_dates`, the plan's own rule):
    the next touch falls due one cadence after the last time you were in touch
    (anything you sent, or a call or meeting either way), but never before the plan's
    date for them, so the due list shows the plan's dates. A waiting message is due on
    the date of the plan's reply to it, or on the day it came when the plan holds no
    reply; one that has waited longer than
    :data:`realnet_kit.plan.clock.ANSWER_WITHIN_DAYS` with no reply planned for a coming
    day makes its person overdue. A snooze
    moves the due date to the snooze's end. One-off actions are due on their date until
    you have been in touch around then.

    Parameters
    ----------
    plan_or_scored
        The plan (``plan_actions`` or ``Workbook().plan()``), or scored contacts (then
        every tier with a cadence, see :data:`realnet_kit.plan.planner.CADENCE_DAYS`, is kept).
    interactions
        Logged interactions (contract section 2).
    snoozes
        ``Workbook().snoozes()`` (``contact_id``, ``until``) or ``{contact_id: until}``.
    today
        The day to judge from (default: today, UTC).

    Returns
    -------
    pandas.DataFrame
        ``contact_id``, ``name``, ``tier``, ``status`` ("overdue" or "due"),
        ``next_due``, ``days_overdue`` (days past ``next_due``), ``last_contact``,
        ``cadence_days``, ``action``, ``reason`` (in words), ``waiting_since`` (the
        oldest message of theirs still waiting). Overdue first, longest waiting first.

    Examples
    --------
    >>> scored = pd.DataFrame({"contact_id": ["x:1", "x:2"], "tier": ["real", "warm"]})
    >>> log = pd.DataFrame({"contact_id": ["x:2"], "direction": ["out"], "kind": ["call"],
    ...                     "timestamp": pd.to_datetime(["2026-01-01"], utc=True)})
    >>> due_list(scored, log, today="2026-01-10")["contact_id"].tolist()
    ['x:1']
    """
    day = utc_day(today)
    people = _people_from(plan_or_scored)
    clock = contact_clock(interactions).reindex(people.index)
    p = people.assign(last=clock["last_contact"], last_in=clock["last_in"])
    waiting = clock["waiting"].fillna(False).astype(bool)
    rule = due_dates(
        p["planned"],
        p["cadence_days"],
        p["last"],
        p["last_in"],
        waiting,
        day,
        reply_planned=p["reply_planned"],
    )
    next_due, planned_rules = rule["next_due"], rule["planned_rules"]
    one_off_done = rule["one_off_done"]
    snoozed = pd.Series(pd.NaT, index=p.index, dtype="datetime64[us, UTC]")
    if snoozes is not None:
        if isinstance(snoozes, dict):
            snoozes = pd.DataFrame({"contact_id": list(snoozes), "until": list(snoozes.values())})
        until = pd.to_datetime(snoozes["until"], utc=True, errors="coerce")
        until = until.groupby(snoozes["contact_id"].astype(str).values).max()
        until = until.reindex(p.index).dt.normalize()
        # the snooze decides only where it moved the date
        snoozed = until.where(until > pd.to_datetime(next_due, utc=True).dt.normalize())
        next_due = pd.concat([next_due, until], axis=1).max(axis=1)
    next_due = pd.to_datetime(next_due, utc=True).dt.normalize()
    overdue_days = (day - next_due).dt.days
    keep = next_due.notna() & (overdue_days > -soon_days) & ~(one_off_done & ~waiting)
    since = clock["waiting_since"].where(waiting)
    waited = (day - pd.to_datetime(since, utc=True).dt.normalize()).dt.days
    # A message that has waited over a week with no reply in the plan makes its person
    # overdue; one whose reply the plan has set for a coming day is due on that day, as
    # the plan says (the reason still tells how long they have waited).
    planned_reply = p["reply_planned"].fillna(False).astype(bool) & (overdue_days <= 0)
    late = waiting & (waited > ANSWER_WITHIN_DAYS) & snoozed.isna() & ~planned_reply
    out = p[keep].assign(
        next_due=next_due[keep], days_overdue=overdue_days[keep], waiting_since=since[keep],
        waiting_note=clock["waiting_note"][keep], waiting_kind=clock["waiting_kind"][keep],
        _late=waited[keep].where(late[keep]).astype(float),
        _said=clock["last_in"].where(waiting)[keep],  # their newest message, as the plan's reply
    )  # fmt: skip
    out["status"] = np.where((out["days_overdue"] > 0) | late[keep], "overdue", "due")
    out["reason"] = [
        due_reason(
            day, days_overdue=r["days_overdue"], waiting=w, last_in=r["_said"],
            last=r["last"], cadence_days=r["cadence_days"], planned_rules=pr,
            planned=r["planned"], snoozed_until=sn, waiting_note=r["waiting_note"],
            waiting_kind=r["waiting_kind"], late=lt, action=r["action"],
        )
        for r, w, pr, sn, lt in zip(out.to_dict("records"), waiting[keep], planned_rules[keep],
                                    snoozed[keep], late[keep], strict=True)
    ]  # fmt: skip
    out = out.rename(columns={"last": "last_contact"}).reset_index()
    out["_urgency"] = np.fmax(out["days_overdue"].astype(float), out["_late"].astype(float))
    out["_over"] = out["status"] == "overdue"
    out = out.sort_values(["_over", "_urgency", "contact_id"], ascending=[False, False, True],
                          kind="stable")  # fmt: skip
    out = out.reindex(columns=DUE_COLUMNS).reset_index(drop=True)
    return out.astype({
        "contact_id": "string", "name": "string", "tier": "string", "status": "string",
        "days_overdue": "Int64", "cadence_days": "Int64", "action": "string",
        "reason": "string",
    })  # fmt: skip
