"""Sentences and tables the notebooks print: numbers right, names masked, files written."""

from __future__ import annotations

import base64
import hashlib
import re

import pandas as pd
import pytest

import realnet_kit
from realnet_kit import narrate, words
from realnet_kit import narrate as follow_up
from realnet_kit.plan import handouts
from realnet_kit.session.data import open_workshop_data


def _files(home) -> dict[str, str]:
    """Each file under ``home`` with a digest of what it holds (but SQLite's ``-shm``
    index of its log, which reading alone changes)."""
    return {
        str(path.relative_to(home)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(home.rglob("*"))
        if path.is_file() and not path.name.endswith("-shm")
    }


@pytest.fixture(scope="module")
def read_bakery(sample_home):
    """The bakery opened once in a home of its own, with its owner's answers, shared by the
    tests that only read it (a test that saves, logs or records anything uses ``bakery``).

    At the end of the module its home must hold exactly what it held before the tests ran,
    and its contacts and messages must be unchanged: a test that wrote to them fails here.
    """
    with sample_home("bakery", "read-bakery") as (home, data):
        files = _files(home)
    contacts, interactions = data.contacts.copy(), data.interactions.copy()
    yield data
    assert _files(home) == files, "a test sharing read_bakery wrote to its workbook"
    pd.testing.assert_frame_equal(data.contacts, contacts)
    pd.testing.assert_frame_equal(data.interactions, interactions)


def test_percent_never_divides_by_zero():
    assert words.percent(1, 4) == "25%"
    assert words.percent(3, 0) == "0%" and words.percent(None, 5) == "0%"


def test_tell_audit_prints_the_summary_figures(capsys):
    summary = pd.Series(
        {"contacts": 12, "followers": 10, "following": 6, "mutual": 4, "fans": 6,
         "unreturned": 2, "suspicious": 3, "real": 7, "engaged": 1, "dormant": 2,
         "relevant": 5}, dtype="object",
    )  # fmt: skip
    narrate.tell_audit(summary)
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert first.startswith("Of your 10 follower accounts, 1 talked with you both ways")
    assert "4 follow each other with you (mutual)" in out
    assert "3 are probably not people (30%)" in out and "5 accounts mention" in out
    assert "that leaves 7 that are probably people (70%)" in out


def test_tell_audit_speaks_plainly_when_followers_are_unknown(capsys):
    summary = pd.Series({"contacts": 8, "followers": 0, "suspicious": 0, "engaged": 0,
                         "dormant": 0, "relevant": pd.NA}, dtype="object")  # fmt: skip
    narrate.tell_audit(summary)
    assert "cannot tell who follows you" in capsys.readouterr().out


def test_show_names_each_account_and_masks_in_presenter_mode(presenter):
    frame = pd.DataFrame(
        {"contact_id": ["x:1", "instagram:bo"], "name": pd.array([None, None], dtype="string"),
         "handle": pd.array([None, "bo"], dtype="string"), "why": ["a", "b"]}
    )  # fmt: skip
    table = narrate.show(frame, ["why"])
    assert list(table.columns) == ["who", "why"]
    assert "bo" not in " ".join(table["who"]) and table["who"].notna().all()


def test_empty_messages_give_friendly_sentences(realnet_home, tmp_path, capsys):
    export = tmp_path / "contacts.csv"
    export.write_text("Name,Email\nAda Lovelace,ada@example.org\n")
    data = open_workshop_data(str(export), quiet=True)
    narrate.tell_listening(data)
    assert narrate.show_waiting(data) is None
    assert narrate.show_broadcasts(data) is None
    assert narrate.plot_waiting_times(data) is None
    out = capsys.readouterr().out
    assert "no messages" in out.lower() and "Traceback" not in out
    assert narrate.never_answered(data) == 0


def test_waiting_messages_match_the_sample_truth(read_bakery, capsys):
    from realnet_kit import load_ground_truth

    truth = load_ground_truth("bakery")["unanswered"]
    narrate.show_waiting(read_bakery)
    counted = int(re.search(r"([\d,]+) messages were never answered", capsys.readouterr().out)[1])
    assert counted == narrate.never_answered(read_bakery)
    assert abs(counted - len(truth)) <= max(3, len(truth) // 10)


def test_worth_scoring_leaves_silent_fans_and_fakes_out(read_bakery):
    from realnet_kit import audit_followers

    data = read_bakery
    audit = audit_followers(data.contacts, data.interactions)  # no keywords: no relevance
    chosen = narrate.worth_scoring(audit, quiet=True)
    assert 0 < len(chosen) < len(audit)
    left_out = audit["category"].isin(["fan", "suspicious", "unreturned"])
    left_out &= audit["messages_in"] == 0
    assert left_out.any() and not chosen.index.isin(audit.index[left_out]).any()


def test_tiers_sentences_follow_the_scores(read_bakery, capsys):
    narrate.tell_tiers(read_bakery)
    out = capsys.readouterr().out
    # Inês's own answers give 4 / 24 / 8 (datasets/bakery/README.md)
    assert "Your inner circle has 4 people" in out
    assert narrate.tier_count(read_bakery, "inner circle") == 4


def test_plan_sentences_and_handouts(bakery, capsys, realnet_home):
    from realnet_kit import plan_actions

    plan = plan_actions(narrate.scored(bakery), bakery.contacts, start=bakery.today())
    bakery.workbook.save_plan(plan)
    saved = bakery.workbook.plan()
    follow_up.tell_plan(saved)
    out = capsys.readouterr().out
    # since issue 14 the plan is told by its first month (repeats counted), not its length
    from realnet_kit.plan import occurrences

    people, month = saved["contact_id"].nunique(), len(occurrences(saved, bakery.today()))
    assert f"looks after {people:,} people: {month:,} actions fall due" in out
    links = narrate.save_handouts(saved, bakery.source).data
    folder = realnet_home / "handouts" / "bakery"
    for name, media, _ in handouts.HANDOUTS.values():
        assert (folder / name).stat().st_size > 0
        assert f"download='{name}'" in links and f"data:{media};base64," in links
    calendar = re.search(r"data:text/calendar;base64,([^']+)'", links)[1]
    assert base64.b64decode(calendar).startswith(b"BEGIN:VCALENDAR")


def test_handouts_leave_dropped_actions_out(bakery, tmp_path):
    from realnet_kit import plan_actions

    bakery.workbook.save_plan(plan_actions(narrate.scored(bakery), start=bakery.today()))
    plan = bakery.workbook.plan()
    bakery.workbook.update_plan_item(plan["plan_id"].iloc[0], status="dropped")
    narrate.save_handouts(bakery.workbook.plan(), folder=tmp_path)
    sheet = pd.read_csv(tmp_path / "realnet-plan.csv", encoding="utf-8-sig")
    assert len(sheet) == len(plan) - 1


def test_due_list_names_people_and_logging_resets_the_clock(bakery, capsys):
    table = follow_up.tell_due(bakery)
    first = capsys.readouterr().out
    assert not table["who"].str.contains(":").any(), "people are named, not shown as ids"
    overdue = follow_up.overdue_count(bakery)
    verb = "is" if overdue == 1 else "are"
    assert f"of the people you scored, {overdue:,} {verb} overdue" in first, first
    due = follow_up.due_now(bakery)
    person = due.loc[due["status"] == "overdue", "contact_id"].iloc[0]
    bakery.workbook.log_interaction(person, bakery.today(), "out", "call", "caught up")
    assert follow_up.overdue_count(bakery) == overdue - 1
    # the weeks Inês logged before (truth/logged.csv) are the story's: only the call just
    # logged is the participant's own
    assert follow_up.logged_by_hand(bakery) == 1


def test_measures_sentences(read_bakery, capsys):
    from realnet_kit import weekly_measures

    measures = weekly_measures(read_bakery.workbook.interactions())
    follow_up.tell_measures(measures)
    out = capsys.readouterr().out
    # week by week, as the chart draws them: never one sum of people-weeks that reads as
    # more conversations than the chart ever shows in a week
    line = next(x for x in out.splitlines() if "two-way exchange" in x)
    weekly = [int(n.replace(",", "")) for n in re.findall(r"[\d,]+", line.split(":")[-1])]
    assert weekly == measures["conversations"].tail(4).tolist()
    follow_up.tell_measures(pd.DataFrame())
    assert "Nothing logged yet" in capsys.readouterr().out


def test_the_tribe_count_matches_the_description(read_bakery):
    from realnet_kit import describe_tribe

    graph = follow_up.tribe_graph(read_bakery)
    count = follow_up.tribes_count(read_bakery)
    assert re.match(rf"Your contacts form {count} tribes?\b", describe_tribe(graph))


def test_tables_show_every_word_and_no_row_numbers():
    long = "The merch hoodie arrived with a hole in the sleeve, what can I do? " * 2
    frame = pd.DataFrame(
        {"contact_id": ["instagram:svenja"], "name": ["Svenja"], "note": [long],
         "cadence_days": pd.array([None], dtype="Int64")}
    )  # fmt: skip
    table = narrate.show(frame, ["note", "cadence_days"])
    html = table._repr_html_()
    assert long.strip().replace("'", "&#x27;") in html and "<NA>" not in html
    assert ">0<" not in html, "no row index"
    assert "cadence days" in html and list(table.columns) == ["who", "note", "cadence_days"]


def test_x_accounts_without_a_name_read_as_accounts_with_a_link():
    frame = pd.DataFrame(
        {"contact_id": ["x:1519071252"], "platform": ["x"],
         "name": pd.array([None], dtype="string"), "handle": pd.array([None], dtype="string"),
         "profile_url": ["https://twitter.com/intent/user?user_id=1519071252"]}
    )  # fmt: skip
    table = narrate.show(frame, ["platform"])
    assert table["who"].tolist() == ["X account 1519071252"] and table["platform"][0] == "X"
    assert "href='https://twitter.com/intent/user?user_id=1519071252'" in table._repr_html_()


def test_nameless_accounts_get_no_link_on_the_projector(presenter):
    frame = pd.DataFrame(
        {"contact_id": ["x:1519071252"], "name": pd.array([None], dtype="string"),
         "profile_url": ["https://twitter.com/intent/user?user_id=1519071252"]}
    )  # fmt: skip
    html = narrate.show(frame)._repr_html_()
    assert "1519071252" not in html and "href" not in html


def test_the_reason_for_a_tier_uses_the_questions_words(read_bakery):
    table = narrate.show_strongest(read_bakery)
    words = " ".join(table["why"])
    for jargon in ("closeness", "intimacy", "services", "reciprocity", "weight"):
        assert jargon not in words
    assert "strong on" in words


def test_the_loaded_sentence_names_platforms_as_people_know_them(bakery):
    sentence = bakery.describe()
    assert "X" in sentence and " x," not in sentence and "messages or moments" not in sentence
    bakery.workbook.log_interaction("x:someone", "2025-03-01T10:00:00Z", "out", "call")
    from realnet_kit.session.data import open_workshop_data

    again = open_workshop_data("bakery", quiet=True).describe()
    logged = len(realnet_kit.load_ground_truth("bakery")["logged"])
    assert f"plus {logged} moments the bakery's owner logged" in again, again
    assert again.endswith("and 1 moment you logged yourself."), again


def test_the_plan_table_says_how_often_in_words(bakery):
    from realnet_kit import plan_actions

    bakery.workbook.save_plan(plan_actions(narrate.scored(bakery), start=bakery.today()))
    table = narrate.show_plan(bakery.workbook.plan(), rows=200)
    assert list(table.columns) == ["who", "action", "due", "repeats", "minutes"]
    from realnet_kit.words import CADENCE_WORDS

    assert set(table["repeats"]) <= {"once", *CADENCE_WORDS.values()}, "how often, in words"
    assert "once" in set(table["repeats"]) and "<NA>" not in table._repr_html_()


def test_the_plan_editor_counts_the_week_from_the_samples_today(bakery):
    from realnet_kit import plan_actions

    plan = plan_actions(narrate.scored(bakery), weekly_minutes=60, start=bakery.today())
    bakery.workbook.save_plan(plan)
    summary = re.sub(r"<[^>]+>", " ", narrate.edit_plan(bakery).widget.children[0].value)
    minutes = int(re.search(r"Due in the next 7 days: \d+ \(about (\d+) minutes\)", summary)[1])
    assert 0 < minutes <= 60, summary  # the sample's week, not every past action at once


def test_no_relevant_people_is_explained_when_profiles_are_empty(capsys):
    audit = pd.DataFrame(
        {"contact_id": ["x:1", "x:2"], "category": ["fan", "fan"],
         "relevant": pd.array([False, False], dtype="boolean"),
         "relevance_reason": pd.array([None, None], dtype="string"),
         "bio": pd.array([None, " "], dtype="string")}
    )  # fmt: skip
    assert narrate.show_category(audit, "relevant") is None
    assert "X archives hold none" in capsys.readouterr().out
    audit["bio"] = pd.array(["knits jumpers", None], dtype="string")
    narrate.show_category(audit, "relevant")
    assert "X archives hold none" not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("fake", "said"),
    [(0, "none looks like anything but a person"), (1, "1 is probably not a person (10%)")],
)
def test_tell_audit_speaks_plainly_of_none_or_one_suspicious(capsys, fake, said):
    summary = pd.Series({"contacts": 12, "followers": 10, "mutual": 4, "fans": 6,
                         "unreturned": 2, "suspicious": fake, "engaged": 1, "dormant": 2,
                         "relevant": 5}, dtype="object")  # fmt: skip
    narrate.tell_audit(summary)
    out = capsys.readouterr().out
    assert said in out and "each comes with its reasons" not in out


def test_listening_says_over_which_months_it_counts(read_bakery, capsys):
    narrate.tell_listening(read_bakery)
    out = capsys.readouterr().out
    first = pd.to_datetime(read_bakery.interactions["timestamp"], utc=True).min()
    assert f"From {first:%B %Y} to " in out and "as in notebook 01" in out
    assert out.splitlines()[0].endswith("messages to you were never answered.")


def test_the_guess_from_00_is_revealed_beside_the_truth(bakery, capsys):
    summary = narrate.audit_summary(bakery)
    narrate.tell_audit(summary, bakery)
    assert "You made no guess" in capsys.readouterr().out
    bakery.workbook.record_exercise("00", narrate.GUESS_EXERCISE, True, "400")
    narrate.tell_audit(summary, bakery)
    first = capsys.readouterr().out.splitlines()[0]
    assert f"{narrate.talked_both_ways(bakery):,} talked with you both ways" in first
    assert first.endswith("You guessed 400.")
    narrate.tell_tiers(bakery)
    assert (
        f"you count {narrate.real_relationships(bakery)} as real relationships"
        in (capsys.readouterr().out.splitlines()[0])
    )
    narrate.tell_before_after(bakery)
    out = capsys.readouterr().out
    assert f"{int(summary['followers']):,} followers" in out and "you guessed 400" in out


def test_broadcasts_are_counted_in_good_english(read_bakery, capsys):
    table = narrate.show_broadcasts(read_bakery)
    out = capsys.readouterr().out
    assert len(table) == 1 and "1 text went to" in out and "1 texts" not in out
    assert f"went to {int(table['recipients'].sum()):,} people" in out


def test_an_archive_of_bare_account_numbers_says_it_cannot_tell(capsys):
    audit = pd.DataFrame(
        {"contact_id": ["x:1", "x:2"], "handle": pd.array([None, None], dtype="string"),
         "suspicious": pd.array([False, False], dtype="boolean"), "category": ["fan", "fan"]}
    )  # fmt: skip
    summary = pd.Series({"contacts": 2, "followers": 2, "mutual": 0, "fans": 2,
                         "unreturned": 0, "suspicious": 0, "engaged": 0, "dormant": 0,
                         "relevant": pd.NA})  # fmt: skip
    narrate.tell_audit(summary, audit=audit)
    out = capsys.readouterr().out
    assert "cannot be told" in out and "probably a person, all" not in out
    assert narrate.show_category(audit, "suspicious") is None
    assert "cannot be told" in capsys.readouterr().out


def test_connectors_you_know_come_first_and_more_are_a_number_away(read_bakery, capsys):
    from realnet_kit.tribe.describe import CONNECTORS_SHOWN

    graph = follow_up.tribe_graph(read_bakery)
    capsys.readouterr()
    table = follow_up.show_connectors(graph, read_bakery)
    out = capsys.readouterr().out
    assert 0 < len(table) <= CONNECTORS_SHOWN
    known = table["you_know_them"] != "not yet"
    assert known.iloc[0] and not known[known.idxmin() :].any()
    assert "next_step" in table.columns and "rows=" in out, "how to see more"
    assert len(follow_up.show_connectors(graph, read_bakery, rows=12)) > len(table)


def test_top_tags_list_each_tag_once(read_bakery):
    tags = follow_up.show_top_tags(read_bakery, rows=15)
    assert tags["tag"].is_unique and tags["people"].is_monotonic_decreasing


def test_days_waited_in_02_count_to_today_as_06_does(read_bakery):
    """02's table and 06's due list measure a wait to the same day: today."""
    from realnet_kit.narrate.listening import show_waiting

    table = show_waiting(read_bakery, rows=500)
    frame = getattr(table, "data", table)
    never = frame[frame["status"] == "never answered"]
    assert len(never)
    sent = pd.to_datetime(never["sent on"], format="%d %b %Y", utc=True)
    expected = (read_bakery.today() - sent).dt.days
    assert (never["days waited"].astype(int) - expected).abs().max() <= 1


def test_the_tribe_holds_each_person_once_known_as_a_whole(read_bakery):
    """One person's accounts are one dot and one connectors row: known on any account,
    known on the map (the bakery's mill owner is never 'not yet' beside her real tier)."""
    from realnet_kit.narrate.tribe import tribe_people

    onto = read_bakery.workbook.person_ids()
    assert onto, "the bakery's owner confirmed some accounts as one person"
    tribe = tribe_people(read_bakery)
    people = tribe["contact_id"].astype(str)
    persons = people.map(lambda cid: onto.get(cid, cid))
    assert persons.is_unique
    # under the name the plan gives them: no aside in brackets, no emoji
    several = persons.map(pd.Series(list(onto.values())).value_counts()).fillna(0).gt(1)
    names = tribe.loc[several.to_numpy(), "name"].dropna().astype(str)
    assert len(names) and not names.str.contains(r"[()\[\]]").any(), names.tolist()


def test_real_relationships_beyond_the_conversations_say_where_they_live(read_bakery, capsys):
    """The bakery read "8 talked with you both ways ... and you count 28 as real
    relationships" with nothing to say how the second can exceed the first."""
    from realnet_kit.narrate.scores import MET_OFFLINE_FROM, REAL_TIERS

    real, talked = narrate.real_relationships(read_bakery), narrate.talked_both_ways(read_bakery)
    assert real > talked
    frame = narrate.scored(read_bakery)
    met = int((frame[frame["tier"].isin(REAL_TIERS)]["offline"] >= MET_OFFLINE_FROM).sum())
    narrate.tell_tiers(read_bakery)
    first = capsys.readouterr().out.splitlines()[0]
    assert f"you count {real} as real relationships" in first
    assert f"{met} of them you meet or speak with offline" in first and 0 < met < real


def test_relevant_accounts_are_called_accounts_with_the_probably_not_people_counted(
    read_bakery, capsys
):
    from realnet_kit import audit_followers, summarize_audit

    data = read_bakery
    audit = audit_followers(data.contacts, data.interactions,
                            keywords=data.keywords(), places=data.places())  # fmt: skip
    relevant = audit["relevant"].astype("boolean").fillna(False).astype(bool)
    fake = int((relevant & audit["category"].eq("suspicious")).sum())
    assert fake, "the bakery has bots whose bio mentions bread"
    narrate.tell_audit(summarize_audit(audit), read_bakery, audit=audit)
    line = capsys.readouterr().out.splitlines()[-1]
    assert line.startswith(f"{int(relevant.sum()):,} accounts mention")
    assert f"({fake:,} of them probably not people)" in line
    narrate.show_category(audit, "relevant", rows=3)
    heading = capsys.readouterr().out.splitlines()[0]
    assert heading.startswith(f"{int(relevant.sum()):,} accounts whose profile")
    assert f"({fake:,} of them probably not people)" in heading and " people whose" not in heading


def test_05_says_when_an_answer_names_nobody_it_can_plan_for(bakery, capsys):
    from realnet_kit import plan_actions

    bakery.workbook.record_exercise("04", "4.2", True, "ask the connector at the top of the table")
    plan = plan_actions(narrate.scored(bakery), bakery.contacts, start=bakery.today(),
                        thank=narrate.connectors_to_thank(bakery))  # fmt: skip
    bakery.workbook.save_plan(plan)
    narrate.tell_plan(bakery.workbook.plan(), data=bakery)
    said = capsys.readouterr().out
    assert "answer to 4.2 names nobody" in said and "answer to 2.3" not in said
