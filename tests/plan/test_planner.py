"""The give-first catalogue and the planner."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from realnet_kit import ACTIONS, plan_actions
from realnet_kit.plan.actions import NEEDS, describe_person
from realnet_kit.plan.planner import CADENCE_DAYS, PLANNED_TIERS, RHYTHM_MAX_MINUTES, actions_table

TIERS = ("inner circle", "real", "warm", "acquaintance", "scoreboard only")


def make_scored(n_inner=5, n_real=15, n_warm=50, n_acq=20, seed=0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    tiers = (
        ["inner circle"] * n_inner
        + ["real"] * n_real
        + ["warm"] * n_warm
        + ["acquaintance"] * n_acq
    )
    n = len(tiers)
    companies = np.array([None, "Crumb & Co Bakery", "Pixel Studio", "North Print", None, None])
    bios = np.array(["", "photographer and painter", "", "I run a café", "", "drummer"])
    return pd.DataFrame(
        {
            "contact_id": [f"instagram:person{i}" for i in range(n)],
            "strength": np.sort(rng.uniform(0, 100, n))[::-1],
            "tier": pd.Categorical(tiers, categories=list(TIERS)),
            "name": [f"Person {i}" for i in range(n)],
            "company": companies[rng.integers(0, len(companies), n)],
            "bio": bios[rng.integers(0, len(bios), n)],
            "offline": rng.integers(0, 4, n),
        }
    )


def weekly_load(plan: pd.DataFrame, start: str, weeks: int = 53) -> np.ndarray:
    """Minutes per plan week, counting every repeat of a recurring action."""
    day0 = pd.Timestamp(start, tz="UTC")
    load = np.zeros(weeks, dtype=int)
    for row in plan.itertuples():
        day = (row.due - day0).days
        step = row.cadence_days if row.cadence_days is not pd.NA else None
        while day < weeks * 7:
            load[day // 7] += row.minutes
            if not step:
                break
            day += step
    return load


# --- catalogue --------------------------------------------------------------------------


def test_catalogue_has_at_least_thirty_actions_with_every_field():
    assert len(ACTIONS) >= 30
    keys = [a.key for a in ACTIONS]
    assert len(keys) == len(set(keys)), "action keys must be unique (they make calendar UIDs)"
    for a in ACTIONS:
        assert (a.text and "{name}" in a.text) or "{company}" in a.text, a.key
        assert isinstance(a.minutes, int) and 0 < a.minutes <= 180, a.key
        assert a.tiers and set(a.tiers) <= set(TIERS), a.key
        assert isinstance(a.offline, bool) and isinstance(a.repeatable, bool)
        assert a.needs is None or a.needs in NEEDS
        assert a.why.endswith(".") and len(a.why) < 120, a.key


def test_catalogue_covers_every_tier_and_both_offline_and_online():
    for tier in TIERS:
        assert any(tier in a.tiers for a in ACTIONS), tier
    assert sum(a.offline for a in ACTIONS) >= 8
    assert sum(not a.offline for a in ACTIONS) >= 15
    # Each planned tier has light repeatable actions to keep the rhythm.
    for tier in PLANNED_TIERS:
        assert any(tier in a.tiers and a.repeatable and a.minutes <= RHYTHM_MAX_MINUTES
                   for a in ACTIONS)  # fmt: skip


def test_catalogue_names_the_classic_give_first_moves():
    keys = {a.key for a in ACTIONS}
    for key in ("intro_customer", "referral", "review", "testimonial", "share_work",
                "useful_resource", "invite_event", "coffee", "walk", "visit_shop",
                "handwritten_note"):  # fmt: skip
        assert key in keys


def test_actions_table_groups_by_effort():
    table = actions_table()
    assert len(table) == len(ACTIONS)
    assert set(table["effort"]) == {"a few minutes", "under half an hour", "an outing"}
    assert table["minutes"].is_monotonic_increasing


def test_describe_person_reads_company_shop_creative_and_offline():
    known = describe_person({"contact_id": "linkedin:a", "company": "Rye Bakery", "offline": 2})
    assert known["company"] == "Rye Bakery" and known["shop"] and not known["online_only"]
    known = describe_person({"contact_id": "x:1", "bio": "Illustrator & muralist"})
    assert known["creative"] and known["online_only"] and not known["company"]
    assert describe_person({"contact_id": "google:a@b.c"})["online_only"] is False
    assert describe_person({"contact_id": "google:a@b.c", "offline": 0})["online_only"] is True


# --- planner ----------------------------------------------------------------------------


def test_plan_has_the_contract_columns_and_dtypes():
    plan = plan_actions(make_scored(), start="2026-01-05")
    assert list(plan.columns[:5]) == ["contact_id", "name", "action", "due", "cadence_days"]
    assert {"why", "minutes", "tier", "offline"} <= set(plan.columns)
    assert isinstance(plan["due"].dtype, pd.DatetimeTZDtype) and str(plan["due"].dt.tz) == "UTC"
    assert plan["cadence_days"].dtype == "Int64"
    assert plan["contact_id"].dtype == "string" and plan["action"].dtype == "string"
    assert plan["offline"].dtype == "boolean"
    assert plan["action"].str.contains(r"\{").sum() == 0, "templates must be filled in"
    assert (plan["due"] >= pd.Timestamp("2026-01-05", tz="UTC")).all()


def test_only_chosen_tiers_are_planned_and_everyone_in_them_is():
    scored = make_scored()
    plan = plan_actions(scored, start="2026-01-05", weekly_minutes=400)
    chosen = set(scored.loc[scored["tier"].isin(PLANNED_TIERS), "contact_id"])
    assert set(plan["contact_id"]) == chosen
    assert plan.attrs["not_planned"] == []
    acq = plan_actions(scored, start="2026-01-05", tiers=["acquaintance"])
    assert set(acq["tier"]) == {"acquaintance"}
    assert acq["cadence_days"].isna().all(), "acquaintances get one-off actions only"


@pytest.mark.parametrize("budget", [30, 60, 120, 180])
def test_weekly_budget_is_respected_including_repeats(budget):
    plan = plan_actions(make_scored(), start="2026-01-05", weekly_minutes=budget)
    load = weekly_load(plan, "2026-01-05")
    assert load.max() <= budget
    assert (plan["minutes"] <= budget).all()


def test_full_weeks_push_due_dates_later():
    scored = make_scored(n_inner=5, n_real=15, n_warm=0, n_acq=0)
    roomy = plan_actions(scored, start="2026-01-05", weekly_minutes=600)
    tight = plan_actions(scored, start="2026-01-05", weekly_minutes=60)
    assert tight["due"].max() > roomy["due"].max()
    assert tight["due"].dt.isocalendar()["week"].nunique() > 4


def test_people_who_do_not_fit_the_year_are_reported():
    scored = make_scored(n_inner=0, n_real=0, n_warm=2000, n_acq=0)
    plan = plan_actions(scored, start="2026-01-05", weekly_minutes=30, warm=True)
    assert plan.attrs["not_planned"], "2000 people cannot fit in 30 minutes a week"
    assert set(plan["contact_id"]).isdisjoint(plan.attrs["not_planned"])


def test_cadence_follows_the_tier():
    plan = plan_actions(make_scored(), start="2026-01-05", weekly_minutes=400)
    for tier in PLANNED_TIERS:
        rows = plan[plan["tier"] == tier]
        repeats = rows["cadence_days"].dropna().unique().tolist()
        assert repeats == [CADENCE_DAYS[tier]], tier
        # every planned person has exactly one repeating touch, unless it could not
        # start within its own period (then the plan says so)
        rhythm = set(rows.loc[rows["cadence_days"].notna(), "contact_id"])
        assert rows.loc[rows["cadence_days"].notna(), "contact_id"].is_unique
        assert rhythm | set(plan.attrs["no_rhythm"]) >= set(rows["contact_id"])
    assert len(plan.attrs["no_rhythm"]) <= 2, "a roomy week holds nearly every rhythm"
    assert CADENCE_DAYS["inner circle"] <= 14 < CADENCE_DAYS["real"] < CADENCE_DAYS["warm"]
    repeating = plan[plan["cadence_days"].notna()]
    assert (repeating["minutes"] <= RHYTHM_MAX_MINUTES).all()


def test_plan_is_deterministic_and_independent_of_row_order():
    scored = make_scored()
    a = plan_actions(scored, start="2026-01-05")
    b = plan_actions(scored.sample(frac=1, random_state=3), start="2026-01-05")
    pd.testing.assert_frame_equal(a, b)


def test_actions_use_what_is_known():
    scored = pd.DataFrame(
        {
            "contact_id": ["google:ann@x.org", "google:bo@x.org", "x:77", "google:cy@x.org"],
            "tier": ["real", "real", "inner circle", "warm"],
            "strength": [70.0, 65.0, 90.0, 40.0],
            "name": ["Ann", "Bo", "Cat", "Cy"],
            "company": ["Ann's Flower Shop", None, None, "Harbour Accounting"],
            "bio": [None, "Singer-songwriter", None, None],
            "offline": [2, 3, 0, 1],
        }
    )
    plan = plan_actions(scored, start="2026-01-05", weekly_minutes=600, warm=True)
    first = plan.sort_values("due").drop_duplicates("contact_id").set_index("contact_id")
    keys = first["action_key"].to_dict()
    from realnet_kit.plan.actions import ACTIONS_BY_KEY as BY

    assert BY[keys["google:ann@x.org"]].needs == "shop"
    assert "Ann's Flower Shop" in first.loc["google:ann@x.org", "action"]
    assert BY[keys["google:bo@x.org"]].needs == "creative"
    assert BY[keys["x:77"]].offline, "strong but never met: an offline move"
    assert first.loc["x:77", "why"].startswith("Strong, but only ever online")
    assert BY[keys["google:cy@x.org"]].needs == "company"


def test_names_and_companies_come_from_contacts_when_scores_lack_them():
    scored = pd.DataFrame({"contact_id": ["linkedin:jo"], "tier": ["real"], "strength": [60.0]})
    contacts = pd.DataFrame({"contact_id": ["linkedin:jo"], "name": ["Jo Marsh"],
                             "company": ["Marsh Bikes"]})  # fmt: skip
    plan = plan_actions(scored, contacts, start="2026-01-05")
    assert set(plan["name"]) == {"Jo Marsh"}
    nameless = plan_actions(scored, start="2026-01-05")
    assert set(nameless["name"]) == {"jo"}


def test_empty_scores_give_an_empty_plan_with_the_columns():
    scored = pd.DataFrame({"contact_id": pd.Series([], dtype="string"), "tier": [], "strength": []})
    plan = plan_actions(scored, start="2026-01-05")
    assert plan.empty and "cadence_days" in plan.columns and plan["cadence_days"].dtype == "Int64"


def test_unanswered_messages_come_first():
    scored = pd.DataFrame({"contact_id": ["x:1"], "tier": ["warm"], "strength": [40.0],
                           "unanswered": [2]})  # fmt: skip
    plan = plan_actions(scored, start="2026-01-05", warm=True)
    assert plan.iloc[0]["action_key"] == "reply_waiting", "no words to read: the plain reply"
    assert plan.iloc[0]["due"] < pd.Timestamp("2026-01-12", tz="UTC")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"weekly_minutes": 2}, "shortest action"),
        ({"tiers": ["vip"]}, "Unknown tier"),
        ({"start": "next tuesday-ish"}, "is not a date"),
    ],
)
def test_bad_arguments_teach(kwargs, message):
    with pytest.raises(ValueError, match=message):
        plan_actions(make_scored(), **kwargs)


def test_missing_columns_say_what_to_do():
    with pytest.raises(ValueError, match="score_contacts"):
        plan_actions(pd.DataFrame({"contact_id": ["x:1"]}))


def test_plan_works_on_real_score_contacts_output():
    scoring = pytest.importorskip("realnet_kit.scoring.score")
    answers = pd.DataFrame(
        {
            "contact_id": ["a", "b", "c"],
            "ideas": [3, 2, 0], "they_would": [3, 2, 0], "i_would": [3, 2, 1],
            "last_talk": [4, 3, 1], "offline": [3, 0, 0], "i_helped": [3, 2, 0],
            "they_helped": [3, 2, 0],
        }
    )  # fmt: skip
    scored = scoring.score_contacts(answers)
    plan = plan_actions(scored, start="2026-01-05")
    planned = set(scored.loc[scored["tier"].isin(PLANNED_TIERS), "contact_id"])
    assert set(plan["contact_id"]) == planned and planned


def test_messy_scores_are_planned_sensibly():
    scored = pd.DataFrame({
        "contact_id": ["x:1", None, "x:1", "x:3", "x:4"],
        "tier": ["real", "warm", "warm", None, "inner circle"],
        "strength": ["80", "x", None, 5, np.nan],
        "name": [None, "B", "{name} {company}", "D", "=cmd"],
        "company": [np.nan, "", "  ", None, "Acme"],
    })  # fmt: skip
    plan = plan_actions(scored, start="2026-01-05", warm=True)
    assert set(plan["contact_id"]) == {"x:1", "x:4"}, "no id, no tier: not planned"
    assert set(plan.loc[plan["contact_id"] == "x:1", "tier"]) == {"warm"}, "the last row wins"
    assert plan.loc[plan["contact_id"] == "x:1", "name"].iloc[0] == "{name} {company}"
