"""The one clock of "due" (realnet_kit.plan.clock) that the plan and the due list share."""

from __future__ import annotations

import pandas as pd

from realnet_kit.listening import unanswered
from realnet_kit.measure import due_list
from realnet_kit.plan import TWO_WAY_KINDS, contact_clock, plan_actions

TALKS = pd.DataFrame({
    "contact_id": ["a", "a", "b", "c", "c", "d", "e", "e"],
    "direction": ["in", "out", "in", "in", "in", "in", "out", "in"],
    "kind": ["message", "message", "call", "favor", "message", "message", "message", "meeting"],
    "note": ["Open Sunday?", "Yes!", "", "Shared our post", "Any news?", "", "Hi", ""],
    "timestamp": pd.to_datetime(["2026-02-01", "2026-02-02", "2026-02-03", "2026-02-04",
                                 "2026-02-20", "2026-02-25", "2026-01-10", "2026-02-10"],
                                utc=True),
})  # fmt: skip


def test_waiting_means_something_came_in_after_your_last_contact():
    clock = contact_clock(TALKS)
    assert clock["waiting"].to_dict() == {"a": False, "b": False, "c": True, "d": True, "e": False}
    assert clock.loc["c", "unanswered"] == 2 and clock.loc["c", "waiting_note"] == "Any news?"
    assert clock.loc["c", "waiting_since"] == pd.Timestamp("2026-02-04", tz="UTC")
    assert clock.loc["e", "last_contact"] == pd.Timestamp("2026-02-10", tz="UTC"), "a meeting"
    assert pd.isna(clock.loc["d", "last_contact"])


def test_waiting_people_are_listening_s_never_answered_less_two_way_moments():
    never = unanswered(TALKS, as_of="2026-03-01")
    never = never[(never["status"] == "never answered") & ~never["kind"].isin(TWO_WAY_KINDS)]
    clock = contact_clock(TALKS)
    assert set(never["contact_id"]) == set(clock.index[clock["waiting"]])


def test_the_plan_and_the_due_list_read_the_same_clock():
    scored = pd.DataFrame({"contact_id": list("abcde"), "tier": ["real"] * 3 + ["inner circle"] * 2,
                           "strength": [90.0, 80, 70, 60, 50]})  # fmt: skip
    day = pd.Timestamp("2026-03-01", tz="UTC")
    plan = plan_actions(scored, start=day, interactions=TALKS)
    assert set(plan.loc[plan["action_key"].str.startswith("reply"), "contact_id"]) == {"c", "d"}
    # a was answered on 2 February: a monthly rhythm makes them due no earlier than 4 March
    assert plan.loc[plan["contact_id"] == "a", "due"].min() >= pd.Timestamp("2026-03-04", tz="UTC")
    for today in pd.date_range(day, periods=5, freq="7D"):
        due = due_list(plan, TALKS, today=today, soon_days=1)
        planned = set(plan.loc[plan["due"] <= today, "contact_id"])
        assert set(due["contact_id"]) <= planned | {"c", "d"}
    this_week = due_list(plan, TALKS, today=day)
    assert set(this_week["contact_id"]) == set(plan.loc[plan["due"] < day + pd.Timedelta(7, "D"),
                                                        "contact_id"])  # fmt: skip
