"""Issue 14, item 2: the plan obeys the message, on every sample.

Expectations are computed from the data (the workbook's interactions, the sample's
ground truth, the scored tiers), never pinned, so a regenerated sample keeps them true.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import realnet_kit
from realnet_kit.listening import unanswered
from realnet_kit.measure import due_list
from realnet_kit.narrate import scored
from realnet_kit.plan import (
    ACTIONS,
    ACTIONS_BY_KEY,
    ANSWER_WITHIN_DAYS,
    DEFAULT_WEEKLY_MINUTES,
    FIRST_MONTH_ACTIONS,
    FIRST_MONTH_DAYS,
    PLANNED_TIERS,
    REPLIES,
    REPLY_WITHIN_DAYS,
    THANK_CONNECTOR,
    TWO_WAY_KINDS,
    contact_clock,
    message_kind,
    people_named,
    plain_name,
    plan_actions,
    waiting_words,
)
from realnet_kit.plan.actions import ORDER_PAST_DAYS, REPLY_KEYS

SAMPLES = realnet_kit.list_samples()
#: Ground-truth roles of people who buy or follow, with no business to help: no leads,
#: grants, referrals or speaking slots for them.
FAN_ROLES = {"fan", "superfan", "customer", "regular", "follower"}
BUSINESS_WORDS = ("tender", "grant", "call for entries", "who to hire", "joint offer")
#: The replies a kind of message may get once it has waited (its day passed, or weeks).
LATER = {"order": {"late_order", "stale_order"}, "question": {"missed_day"}}


@pytest.fixture(scope="module", params=SAMPLES)
def sample(request, tmp_path_factory):
    """One sample opened in a fresh home, the owner's answers filled in, with its plan."""
    home = tmp_path_factory.mktemp(f"home-{request.param}")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("REALNET_HOME", str(home))
        data = realnet_kit.open_workshop_data(request.param, quiet=True)
        data.use_sample_answers()
        frame = scored(data)
        plan = plan_actions(frame, data.contacts, start=data.today())
        yield {"data": data, "scored": frame, "plan": plan, "start": data.today()}


def waiting_people(data, frame) -> pd.DataFrame:
    """Inner-circle and real people with an inbound message never answered.

    As :func:`realnet_kit.listening.unanswered` lists them ("never answered"), leaving
    out calls and meetings they started (two-way by nature, nothing waits after them).
    """
    talks = data.workbook.person_interactions()  # one person, one clock
    never = unanswered(talks, as_of=data.today())
    never = never[never["status"] == "never answered"]
    never = never[~never["kind"].astype("string").str.lower().isin(TWO_WAY_KINDS)]
    # a call or a meeting after their message is an answer too (the clock's own rule)
    met = talks[talks["kind"].astype("string").str.lower().isin(TWO_WAY_KINDS)]
    last_met = met.groupby("contact_id")["timestamp"].max()
    met_after = never["timestamp"] < never["contact_id"].map(last_met)
    never = never[~met_after.fillna(False).astype(bool)]
    close = set(frame.loc[frame["tier"].isin(PLANNED_TIERS), "contact_id"])
    return never[never["contact_id"].isin(close)]


def first_month(plan: pd.DataFrame, start: pd.Timestamp) -> list[tuple[str, str, int]]:
    """Every action due in the first 30 days, each repeat of a rhythm counted."""
    out = []
    for row in plan.itertuples():
        day = (row.due - start).days
        while day < FIRST_MONTH_DAYS:
            out.append((row.contact_id, row.action_key, day))
            if row.cadence_days is pd.NA:
                break
            day += int(row.cadence_days)
    return out


def test_every_waiting_person_gets_a_fitting_reply_in_the_first_week(sample):
    data, frame, plan, start = sample["data"], sample["scored"], sample["plan"], sample["start"]
    waiting = waiting_people(data, frame)
    # the story's own unanswered messages to close people are among them
    truth = realnet_kit.load_ground_truth(data.source, today=data.today())["unanswered"]
    # a person's accounts the owner knows as one are read as the account they scored
    accounts = data.workbook.interactions()["contact_id"]
    talks = data.workbook.person_interactions()
    onto = dict(zip(accounts, talks["contact_id"], strict=True))
    answered_since = {
        cid
        for cid, when in zip(
            truth["contact_id"].map(lambda c: onto.get(c, c)), truth["timestamp"], strict=True
        )
        if (
            (talks["contact_id"] == cid)
            & (talks["direction"] == "out")
            & (talks["timestamp"] > when)
        ).any()
    }
    close = set(frame.loc[frame["tier"].isin(PLANNED_TIERS), "contact_id"])
    story = {onto.get(c, c) for c in truth["contact_id"]} & close - answered_since
    assert story <= set(waiting["contact_id"])

    replies = plan[plan["action_key"].isin(REPLY_KEYS)]
    assert replies["contact_id"].is_unique, "one reply per waiting person"
    assert set(replies["contact_id"]) == set(waiting["contact_id"])
    assert (replies["due"] < start + pd.Timedelta(days=REPLY_WITHIN_DAYS)).all()
    assert replies["cadence_days"].isna().all()
    for cid, messages in waiting.groupby("contact_id"):
        worded = messages[messages["note"].fillna("").str.strip() != ""]
        last = worded.iloc[-1] if len(worded) else messages.iloc[-1]
        kind = message_kind(last["note"], last["kind"])
        reply = replies[replies["contact_id"] == cid].iloc[0]
        # an order whose day has passed is owned with an apology, one that waited weeks
        # is asked about; neither is "confirmed"; a question about a day gone is owned
        fits = {REPLIES[k].key for k in {kind} | LATER.get(kind, set())}
        assert reply["action_key"] in fits, (cid, last["note"])
        waited = (start - messages["timestamp"].min().normalize()).days
        if reply["action_key"] == REPLIES["order"].key:
            assert waited <= ORDER_PAST_DAYS, (cid, last["note"], waited)
        # listening before giving: whatever else they get comes after the reply
        later = plan[(plan["contact_id"] == cid) & ~plan["action_key"].isin(REPLY_KEYS)]
        assert (later["due"] > reply["due"]).all()
    assert plan.attrs["replies"] == len(replies)
    # every reply before any gift, the longest waiting first, one day after another
    giving = plan[~plan["action_key"].isin(REPLY_KEYS)]
    if len(replies) and len(giving):
        assert replies["due"].max() < giving["due"].min()
    since = waiting.groupby("contact_id")["timestamp"].min()
    by_day = replies.assign(since=replies["contact_id"].map(since)).groupby("due")["since"]
    assert (by_day.min().shift(-1).dropna() >= by_day.max().iloc[:-1]).all(), "longest first"
    if len(replies):
        assert replies["due"].min() == start
        assert replies["due"].nunique() == min(len(replies), REPLY_WITHIN_DAYS)


def test_the_first_month_is_small_and_fits_two_hours_a_week(sample):
    plan, start = sample["plan"], sample["start"]
    month = first_month(plan, start)
    replies = int(plan["action_key"].isin(REPLY_KEYS).sum())
    assert len(month) <= max(FIRST_MONTH_ACTIONS, replies)
    assert len(month) == plan.attrs["first_month"]
    assert DEFAULT_WEEKLY_MINUTES == 120 and plan.attrs["weekly_minutes"] == 120
    load = np.zeros(53, dtype=int)
    for row in plan.itertuples():
        day = (row.due - start).days
        while day < 53 * 7:
            load[day // 7] += row.minutes
            if row.cadence_days is pd.NA:
                break
            day += int(row.cadence_days)
    reply_minutes = int(plan.loc[plan["action_key"].isin(REPLY_KEYS), "minutes"].sum())
    assert load[0] <= max(DEFAULT_WEEKLY_MINUTES, reply_minutes)
    assert load[1:].max() <= DEFAULT_WEEKLY_MINUTES


def test_the_plan_is_for_the_real_relationships_and_warm_is_an_opt_in(sample):
    data, frame, plan = sample["data"], sample["scored"], sample["plan"]
    close = set(frame.loc[frame["tier"].isin(PLANNED_TIERS), "contact_id"])
    assert set(plan["contact_id"]) == close - set(plan.attrs["not_planned"])
    assert set(plan["tier"]) <= set(PLANNED_TIERS)
    warm = set(frame.loc[frame["tier"] == "warm", "contact_id"])
    wider = plan_actions(frame, data.contacts, start=sample["start"], warm=True)
    assert set(wider["contact_id"]) - close <= warm
    assert len(first_month(wider, sample["start"])) <= max(
        FIRST_MONTH_ACTIONS, wider.attrs["replies"]
    )


def test_05s_plan_and_06s_due_list_agree_on_every_date(sample):
    """One definition of "due": the due list gives each planned person the plan's date."""
    data, plan, start = sample["data"], sample["plan"], sample["start"]
    talks = data.workbook.person_interactions()
    due = due_list(plan, talks, today=start, soon_days=10 * 365)
    first = plan.groupby("contact_id")["due"].min()
    dates = due.set_index("contact_id")["next_due"]
    assert set(dates.index) == set(first.index)
    assert (pd.to_datetime(dates, utc=True) == first.reindex(dates.index)).all()
    # overdue: a date gone by, or a message that waited longer than a week with no reply
    # set for a coming day; a reply the plan sets for tomorrow is due tomorrow, not late
    clock = contact_clock(talks).reindex(dates.index)
    waited = (start - clock["waiting_since"].dt.normalize()).dt.days
    late = clock["waiting"].fillna(False).astype(bool) & (waited > ANSWER_WITHIN_DAYS)
    replied = set(plan.loc[plan["action_key"].isin(REPLY_KEYS), "contact_id"])
    gone_by = set(dates.index[pd.to_datetime(dates, utc=True) < start])
    overdue = set(due.loc[due["status"] == "overdue", "contact_id"])
    assert overdue == gone_by | (set(late[late].index) - replied)
    assert not overdue & (replied - gone_by), "a reply planned for a coming day is not late"
    statuses = due["status"].tolist()
    assert statuses == sorted(statuses, key=lambda status: status != "overdue"), "overdue first"


def test_the_due_list_says_what_each_waiting_person_did(sample):
    """A favour or an introduction waits for a thank-you, a message for an answer: the
    plan's why and the due list's reason say which, never "wrote to you" for a favour."""
    data, plan, start = sample["data"], sample["plan"], sample["start"]
    talks = data.workbook.person_interactions()
    clock = contact_clock(talks)
    due = due_list(plan, talks, today=start, soon_days=10 * 365).set_index("contact_id")
    replies = plan[plan["action_key"].isin(REPLY_KEYS)].set_index("contact_id")
    assert len(replies)
    for cid, reply in replies.iterrows():
        note, kind = clock.loc[cid, "waiting_note"], clock.loc[cid, "waiting_kind"]
        did, awaits = waiting_words(note, kind)
        for text in (due.loc[cid, "reason"], reply["why"]):
            assert f"{did} " in text and f"for {awaits}" in text, (cid, text)
            if message_kind(note, kind) == "favour":
                assert "wrote to you" not in text and "an answer" not in text, text


@pytest.mark.parametrize("name", SAMPLES)
def test_the_person_promised_in_2_3_is_answered_first(opened_sample, name):
    """Exercise 2.3's commitment moves that person's reply to the plan's first day, even
    when they waited least, and whatever their tier (as the notebook makes the plan)."""
    data = opened_sample(name)
    data.use_sample_answers()
    clock = contact_clock(data.workbook.person_interactions())
    waiting = clock[clock["waiting"]].sort_values("waiting_since", ascending=False)
    names = data.contacts.drop_duplicates("contact_id").set_index("contact_id")["name"]
    ids = waiting.index.astype(str).tolist()
    cid, who = next(
        (c, plain_name(names.get(c)).split()[0])
        for c in ids
        if plain_name(names.get(c))
        and people_named(f"{plain_name(names.get(c)).split()[0]}: sorry", data.contacts,
                         among=ids) == [c]
    )  # fmt: skip
    answer = f"{who}: sorry for the slow reply, the song is in DADGAD"
    data.workbook.record_exercise("02", "2.3", True, answer)
    frame = scored(data)
    assert frame.attrs["answer_first"]["contact_id"].tolist() == [cid]
    plan = plan_actions(frame, data.contacts, start=data.today())
    replies = plan[plan["action_key"].isin(REPLY_KEYS)]
    assert plan.iloc[0]["contact_id"] == cid and plan.iloc[0]["action_key"] in REPLY_KEYS
    assert (replies.iloc[1:]["due"] > plan.iloc[0]["due"]).all()
    close = waiting_people(data, frame)["contact_id"]
    assert set(close) | {cid} == set(replies["contact_id"])
    giving = plan[~plan["action_key"].isin(REPLY_KEYS)]
    assert replies["due"].max() < giving["due"].min()
    assert len(first_month(plan, data.today())) <= max(FIRST_MONTH_ACTIONS, len(replies))


def test_05s_plan_and_06s_due_list_agree_about_this_week(sample):
    data, plan, start = sample["data"], sample["plan"], sample["start"]
    data.workbook.save_plan(plan)
    due = realnet_kit.narrate.due_now(data)
    week = start + pd.Timedelta(days=7)
    planned_now = set(plan.loc[plan["due"] < week, "contact_id"])
    due_now = set(due.loc[pd.to_datetime(due["next_due"], utc=True) < week, "contact_id"])
    assert due_now == planned_now
    # the same from the measure stage's own function on the plan as made
    direct = realnet_kit.measure.due_list(plan, data.workbook.person_interactions(), today=start)
    assert set(direct["contact_id"]) == planned_now


def test_actions_fit_the_tier_and_the_role(sample):
    data, plan = sample["data"], sample["plan"]
    assert not plan.duplicated(["contact_id", "action_key"]).any(), "one calendar UID each"
    for row in plan.itertuples():
        action = ACTIONS_BY_KEY[row.action_key]
        assert row.tier in action.tiers or action.key == THANK_CONNECTOR.key, row
    truth = realnet_kit.load_ground_truth(data.source, today=data.today())
    roles = truth["accounts"][["contact_id", "person_id"]].merge(
        truth["people"][["person_id", "role"]], on="person_id"
    )
    fans = set(roles.loc[roles["role"].isin(FAN_ROLES), "contact_id"])
    companies = data.contacts.set_index("contact_id")["company"]
    for row in plan[plan["contact_id"].isin(fans)].itertuples():
        action = ACTIONS_BY_KEY[row.action_key]
        if pd.isna(companies.get(row.contact_id)):
            assert action.needs != "company", (row.name, row.action)
        assert not any(word in row.action.lower() for word in BUSINESS_WORDS), row.action


def test_names_keep_their_own_capitalisation(sample):
    """The action says the person's name as they write it (case kept: "sophie fletcher"),
    without emoji or an aside in brackets ("Caasha (Saturday regular) Barre" is "Caasha
    Barre"), never a handle; the sentence starts with a capital because every action
    starts with its verb. One person's accounts give one name: a full name when any of
    them has one."""
    data, plan = sample["data"], sample["plan"]
    people = data.contacts.drop_duplicates("contact_id").set_index("contact_id")
    same = data.workbook.person_ids()
    accounts: dict[str, list[str]] = {}
    for cid, name in people["name"].items():
        if isinstance(name, str) and name.strip():
            accounts.setdefault(same.get(cid, cid), []).append(name)
    for row in plan.itertuples():
        spellings = {plain_name(n) for n in accounts.get(row.contact_id, [])} - {""}
        if spellings:
            assert row.name in spellings, (row.name, spellings)
            if any(len(s.split()) >= 2 for s in spellings):
                assert len(row.name.split()) >= 2, (row.name, spellings)
        assert not any(ch in row.name for ch in "()[]"), row.name
        handle = people["handle"].get(row.contact_id)
        if "{name}" in ACTIONS_BY_KEY[row.action_key].text:
            assert (row.name if spellings else "this person") in row.action, row
            if isinstance(handle, str) and handle and handle not in row.name:
                assert handle not in row.action, row.action
        assert not any(unicodedata.category(ch) == "So" for ch in row.action), row.action
        assert not any(unicodedata.category(ch) == "So" for ch in row.name), row.name
        assert "(" not in row.action, row.action
        assert row.action[0].isupper(), row.action
    assert all(a.text[0].isupper() for a in ACTIONS), "no action starts with a name"


def test_thanks_and_congratulations_happen_once(sample):
    plan, frame = sample["plan"], sample["scored"]
    # a thank-you for "one specific thing they did" only where they did something
    helped = frame.set_index("contact_id")["they_helped"]
    thanked = plan.loc[plan["action_key"] == "thank_specific", "contact_id"]
    assert (pd.to_numeric(helped.reindex(thanked), errors="coerce").fillna(0) > 0).all()
    for action in ACTIONS:
        if action.text.split()[0] in ("Thank", "Congratulate"):
            assert not action.repeatable, action.key
    rhythm = plan[plan["cadence_days"].notna()]
    assert len(rhythm)
    assert all(ACTIONS_BY_KEY[k].repeatable for k in rhythm["action_key"])


def test_the_catalogue_fits_any_trade():
    """A band has no samples to bring, a bakery no gig: the actions the planner picks
    from name no one trade's goods."""
    trade = ("sample", "loaf", "bread", "cake", "gig", "album", "record", "ticket")
    for action in ACTIONS:
        words = action.text.lower().replace(",", " ").split()
        assert not set(trade) & set(words), action.text


def test_the_plan_is_a_few_rows_per_person(sample):
    """Reviewable: a reply where one waits, a gift, a rhythm (one row when the gift is
    the rhythm), and the connector's thank-you; never a campaign."""
    plan = sample["plan"]
    people = plan["contact_id"].nunique()
    replies = int(plan["action_key"].isin(REPLY_KEYS).sum())
    assert plan.groupby("contact_id").size().max() <= 3
    assert len(plan) < 2 * people + replies, "some gifts are their own rhythm"


def test_notebook_05_states_the_plan_s_one_number():
    """The cap the planner keeps is the number 05 states: a dozen (twelve), not fifteen."""
    assert FIRST_MONTH_ACTIONS == 12
    notebook = Path(__file__).resolve().parents[2] / "workshops" / "05-the-plan.ipynb"
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    text = " ".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown").lower()
    assert "fifteen" not in text and " 15 " not in text
    assert text.count("a dozen") + text.count("twelve") >= 2


def test_a_lower_case_name_stays_as_the_export_has_it():
    scored_ = pd.DataFrame({
        "contact_id": ["instagram:ana", "x:2"], "tier": ["real", "inner circle"],
        "strength": [60.0, 90.0], "name": ["anastasia shevchenko", "ÉLODIE Brun"],
        "unanswered": [1, 0], "waiting_note": ["my order never arrived", None],
    })  # fmt: skip
    plan = plan_actions(scored_, start="2026-03-02")
    assert plan["action"].str.contains("anastasia shevchenko").any()
    assert not plan["action"].str.contains("Anastasia").any()
    assert plan["action"].str.contains("ÉLODIE Brun").any()
    reply = plan[plan["contact_id"] == "instagram:ana"].iloc[0]
    assert reply["action_key"] == "reply_apology", "a complaint gets an apology and a fix"


@pytest.mark.parametrize("name", SAMPLES)
def test_a_connector_named_by_a_shared_first_name_is_the_one_you_scored(opened_sample, name):
    """ "Ask Shota to introduce us": several contacts are called Shota, one of them is in
    your warm tier. The connector is thanked whatever their tier."""
    found = 0
    data = opened_sample(name)
    data.use_sample_answers()
    frame = scored(data)
    names = data.contacts.drop_duplicates("contact_id").set_index("contact_id")["name"]
    first = names.map(lambda n: (plain_name(n).split() or [""])[0].casefold())
    close = set(frame.loc[frame["tier"].isin(PLANNED_TIERS), "contact_id"])
    warm = frame.loc[frame["tier"] == "warm", "contact_id"]
    for cid in warm:
        word = first.get(cid, "")
        if len(word) < 3 or (first == word).sum() < 2:
            continue
        if (first.reindex(list(close)) == word).any() or (first.reindex(warm) == word).sum() > 1:
            continue
        answer = f"Our tribe is local; ask {word.capitalize()} to introduce us to a booker"
        data.workbook.record_exercise("04", "4.2", True, answer)
        thank = realnet_kit.narrate.connectors_to_thank(data)
        assert thank == [cid], (answer, thank)
        plan = plan_actions(frame, data.contacts, start=data.today(), thank=thank)
        row = plan[plan["action_key"] == THANK_CONNECTOR.key]
        assert row["contact_id"].tolist() == [cid]
        assert row["tier"].iloc[0] == "warm"
        found += 1
        break
    if not found:
        pytest.skip(f"the {name} sample has no warm connector with a shared first name")


def test_the_connector_of_exercise_4_2_is_thanked(sample):
    data, frame, plan = sample["data"], sample["scored"], sample["plan"]
    assert THANK_CONNECTOR.key not in set(plan["action_key"]), "only when a connector is named"
    # someone outside the planned tiers with a unique two-word name
    names = data.contacts.drop_duplicates("contact_id").set_index("contact_id")["name"]
    outside = frame.loc[~frame["tier"].isin(PLANNED_TIERS), "contact_id"]
    named = names.reindex(outside).dropna()
    # unique however it is written (people_named ignores case and accents)
    folded = names.fillna("").map(
        lambda n: unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode().lower()
    )
    named = named[named.str.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+") & ~folded.duplicated(keep=False)
                  .reindex(named.index)]  # fmt: skip
    # the first such name that no other account's name or handle also spells
    cid, name = next(
        (c, n) for c, n in named.items() if people_named(f"ask {n} to", data.contacts) == [c]
    )
    answer = f"My tribe is people like us; I would ask {name} to introduce us."
    data.workbook.record_exercise("04", "4.2", True, answer)
    thank = realnet_kit.narrate.connectors_to_thank(data)
    assert thank == [cid]
    assert people_named(answer, data.contacts) == [cid]
    with_thanks = plan_actions(frame, data.contacts, start=sample["start"], thank=thank)
    row = with_thanks[with_thanks["action_key"] == THANK_CONNECTOR.key]
    assert row["contact_id"].tolist() == [cid] and name in row["action"].iloc[0]
    assert row["due"].iloc[0] < sample["start"] + pd.Timedelta(days=FIRST_MONTH_DAYS)
    assert len(first_month(with_thanks, sample["start"])) <= max(
        FIRST_MONTH_ACTIONS, with_thanks.attrs["replies"]
    )
    data.workbook.save_plan(with_thanks)
    due = realnet_kit.narrate.due_now(data)
    week = sample["start"] + pd.Timedelta(days=7)
    assert set(due.loc[pd.to_datetime(due["next_due"], utc=True) < week, "contact_id"]) == set(
        with_thanks.loc[with_thanks["due"] < week, "contact_id"]
    )


def test_replies_alone_beyond_the_cap_come_first_and_giving_waits():
    n = FIRST_MONTH_ACTIONS + 5
    notes = ["Do you deliver on Sundays?", "The loaf was stale", "Thanks for the bread!",
             "Can I order a cake for Friday?", "hello"]  # fmt: skip
    scored_ = pd.DataFrame({
        "contact_id": [f"x:{i}" for i in range(n)], "tier": ["real"] * n,
        "strength": np.linspace(90, 50, n), "name": [f"Person {i}" for i in range(n)],
        "unanswered": [1] * n, "waiting_note": [notes[i % len(notes)] for i in range(n)],
    })  # fmt: skip
    plan = plan_actions(scored_, start="2026-03-02")
    start = pd.Timestamp("2026-03-02", tz="UTC")
    replies = plan[plan["action_key"].isin(REPLY_KEYS)]
    assert len(replies) == n and (replies["due"] < start + pd.Timedelta(days=7)).all()
    giving = plan[~plan["action_key"].isin(REPLY_KEYS)]
    assert (giving["due"] >= start + pd.Timedelta(days=FIRST_MONTH_DAYS)).all()
    assert len(first_month(plan, start)) == n
    kinds = replies.set_index("contact_id")["action_key"]
    assert kinds["x:1"] == "reply_apology" and kinds["x:2"] == "reply_thanks"
    assert kinds["x:3"] == "reply_confirm" and kinds["x:4"] == "reply_waiting"


@pytest.mark.parametrize(
    ("note", "kind", "expected"),
    [
        ("My hoodie arrived with a hole in the sleeve", "message", "reply_apology"),
        ("The sourdough was stale this morning, not happy", "message", "reply_apology"),
        ("Could I pre-order two dozen cinnamon buns for Saturday?", "message", "reply_confirm"),
        ("Are you open on Boxing Day?", "message", "reply_answer"),
        ("Loved the gig last night, thank you!", "message", "reply_thanks"),
        ("Priya introduced us to the festival booker", "intro", "reply_favour"),
        ("The print you sent us is damaged", "favor", "reply_apology"),
        ("", "message", "reply_waiting"),
    ],
)
def test_the_reply_fits_what_they_wrote_never_who_they_are(note, kind, expected):
    # names made of the table's own words must not sway it: only the message is read
    scored_ = pd.DataFrame({
        "contact_id": ["x:1"], "tier": ["real"], "strength": [70.0],
        "name": ["Grant Thanks-Order"], "unanswered": [1],
        "waiting_note": [note], "waiting_kind": [kind],
    })  # fmt: skip
    plan = plan_actions(scored_, start="2026-03-02")
    assert plan.iloc[0]["action_key"] == expected
    assert "Grant Thanks-Order" in plan.iloc[0]["action"]
