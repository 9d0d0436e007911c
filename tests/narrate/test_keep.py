"""Notebook 04-06 sentences and tables: whole tables, actions written for a person."""

from __future__ import annotations

from html import escape as html_escape

import pandas as pd
import pytest

from realnet_kit import narrate as follow_up
from realnet_kit.narrate import keep
from realnet_kit.narrate._tables import Table


def _actions(rows=40, person=None) -> Table:
    return follow_up.show_actions(rows, person=person)


def test_actions_are_a_whole_table_with_stand_ins_when_nobody_is_chosen(capsys):
    table = _actions(8)
    assert isinstance(table, Table) and len(table) == 8
    assert "here are the quickest 8" in capsys.readouterr().out
    html = table._repr_html_()
    assert "<NA>" not in html and "..." not in html
    # the longest action is shown whole, not cut at 50 characters
    longest = max(table["action"], key=len)
    assert len(longest) > 50 and html_escape(longest) in html
    assert any("[name]" in a for a in table["action"])


def test_actions_name_the_chosen_person_and_their_business():
    table = _actions(person={"name": "Ada Lovelace", "company": "Analytical Bakes"})
    actions = " ".join(table["action"])
    assert "[name]" not in actions and "{name}" not in actions
    assert "[their business]" not in actions and "{company}" not in actions
    assert "Congratulate Ada Lovelace on a recent win" in actions
    assert "Recommend Analytical Bakes the next time" in actions


def test_an_unknown_business_reads_as_a_phrase():
    row = pd.Series({"contact_id": "x:1", "name": "Ada", "company": pd.NA})
    actions = " ".join(_actions(person=row)["action"])
    assert "Recommend Ada's business the next time" in actions
    assert "[their business]" not in actions and "<NA>" not in actions


def test_a_person_known_only_by_handle_or_as_a_one_row_frame():
    by_handle = _actions(3, person={"handle": "@ada_bakes"})
    assert by_handle.loc[0, "action"].startswith("Congratulate @ada_bakes ")
    frame = pd.DataFrame({"name": ["Grace"], "company": ["Hopper Cafe"]})
    assert _actions(3, person=frame).loc[0, "action"].startswith("Congratulate Grace ")
    assert _actions(3, person="Grace").loc[1, "action"].startswith("Thank Grace ")


def test_the_chosen_person_is_masked_on_the_projector(presenter):
    actions = " ".join(_actions(person={"contact_id": "x:7", "name": "Ada Lovelace"})["action"])
    assert "Ada" not in actions and "[name]" not in actions


def test_plan_sentence_says_the_actions_repeat(bakery, capsys):
    from realnet_kit import plan_actions
    from realnet_kit.narrate.scores import scored

    plan = plan_actions(scored(bakery), bakery.contacts, start=bakery.today())
    bakery.workbook.save_plan(plan)
    follow_up.tell_plan(bakery.workbook.plan())
    out = capsys.readouterr().out
    # issue 14: the plan is told as replies first, then a gift and a rhythm per person
    assert "a light rhythm to keep in touch" in out
    assert "of them repeat" not in out


def test_top_tags_are_a_whole_table(bakery):
    table = follow_up.show_top_tags(bakery, rows=5)
    assert isinstance(table, Table) and 0 < len(table) <= 5
    assert table.columns.tolist() == ["tag", "source", "people"]
    html = table._repr_html_()
    assert "<NA>" not in html and "<th></th>" not in html


def test_6_4_and_the_before_and_after_say_the_same_number_and_whose_moments(bakery, capsys):
    """ "Talked both ways" now is one number at one moment: 6.4's feedback quotes what the
    before and after prints, and on a sample both say the rise is the owner's logged weeks."""
    import re

    from realnet_kit.exercises import check

    before = follow_up.talked_both_ways(bakery)
    now = keep.talked_both_ways_now(bakery)
    follow_up.tell_before_after(bakery)
    after = capsys.readouterr().out
    check("6.4", "b", data=bakery)
    feedback = capsys.readouterr().out
    said_after = int(re.search(r"Now: ([\d,]+) ", after).group(1).replace(",", ""))
    said_64 = int(re.search(r"Yours today is ([\d,]+)", feedback).group(1).replace(",", ""))
    assert said_after == said_64 == now
    if now != before:  # the sample owner's logged weeks raised it: the words say whose
        for text in (after, feedback):
            assert f"{before:,} in the export" in text and "owner logged" in text


def test_an_answer_the_sample_owner_logged_is_not_called_yours(bakery, capsys):
    """After 03 the bakery's owner has logged an answer to one waiting message; 06's last
    line must not tell the participant, who logged nothing, that they answered it."""
    from realnet_kit.narrate.keep import answered_since, tell_before_after

    answered, _ = answered_since(bakery)
    assert answered, "the bakery's owner answers a waiting message in the logged weeks"
    tell_before_after(bakery)
    now = capsys.readouterr().out.splitlines()[-1]
    assert "you have answered" not in now and "owner logged" in now, now


# --- notebook 06: the plan's people and everyone else who waits (issue 14) ---------------


def _planned(data, promised=None):
    """``data`` with a plan saved as notebook 05 makes it (2.3's promise, if given)."""
    from realnet_kit import plan_actions
    from realnet_kit.narrate.scores import scored

    if promised:
        data.workbook.record_exercise("02", "2.3", True, promised)
    plan = plan_actions(
        scored(data), data.contacts, start=data.today(), thank=follow_up.connectors_to_thank(data)
    )
    data.workbook.save_plan(plan)
    return data


def test_the_due_list_names_the_plan_s_action_and_says_not_scored(bakery, capsys):
    """The promised Zara is in the plan unscored, and her order's day is past: 05's plan
    says sorry, so 06's reason quotes that, not "the plan set your confirmation"."""
    data = _planned(bakery, "Zara: so sorry I missed your message about the victoria sponge")
    table = follow_up.tell_due(data)
    assert "of the people in your plan" in capsys.readouterr().out
    assert "" not in set(table["tier"].fillna("")), "no blank tier cell"
    assert follow_up.NOT_SCORED in set(table["tier"])
    plan = data.workbook.plan().sort_values("due", kind="stable")
    due = follow_up.due_now(data).set_index("contact_id")
    for cid, reason in due["reason"].items():
        action = plan.loc[plan["contact_id"] == cid, "action"].iloc[0]
        assert action[1:] in reason, (action, reason)
    zara = next(r for r in due["reason"] if "Zara" in r)
    assert "say sorry to Zara Graham that their order went unanswered" in zara
    assert "the plan set your confirmation" not in zara


def test_06_lists_everyone_outside_the_plan_still_waiting(opened_sample, capsys):
    from realnet_kit.measure import still_waiting

    data = opened_sample("band")
    data.use_sample_answers()
    data = _planned(data)
    outside = follow_up.waiting_outside_plan(data)
    planned = set(data.workbook.plan()["contact_id"])
    assert len(outside) and not set(outside["contact_id"]) & planned
    every = still_waiting(data.workbook.person_interactions(), data.today())
    inside = every[every["contact_id"].isin(planned)]
    assert len(outside) + len(inside) == len(every), "each waiting message in one list"
    table = follow_up.show_still_waiting(data)
    out = capsys.readouterr().out
    assert f"{len(outside):,} messages from" in out and "minutes a day" in out
    assert f"the {len(inside):,} messages from people in it" in out
    assert len(table) == min(len(outside), keep.STILL_WAITING_ROWS)
    assert table["about"].iloc[:3].tolist() == [
        "a problem",
        "an order or booking",
        "something personal",
    ]
    assert table["who"].iloc[2] == "Bláthnaid O'Hara", "the grief message, 598 days old"
    # 6.1 says the due list counts the plan's people only, and how many others wait
    from realnet_kit.exercises import check

    check("6.1", follow_up.overdue_count(data), data=data)
    feedback = capsys.readouterr().out
    assert f"{len(outside):,} messages from people outside it" in feedback
    assert "gave everyone waiting a day" not in feedback
    from realnet_kit.exercises.bank import EXERCISES

    verdict = EXERCISES["6.1"].judge(len(outside), data)
    assert not verdict.passed and verdict.mistake == "counted-still-waiting"
    follow_up.tell_before_after(data)
    assert "minutes a day" in capsys.readouterr().out.splitlines()[-1]


def test_06_names_people_cleanly_in_the_still_waiting_list_and_the_quick_log(bakery):
    pytest.importorskip("ipywidgets")
    from realnet_kit.widgets import quick_log

    data = _planned(bakery)
    table = follow_up.show_still_waiting(data, rows=100)
    assert not table["who"].str.contains(r"\(|\)", regex=True).any()
    log = quick_log(data.workbook, contacts=data.contacts, today=data.today())
    labels = [label for label, _ in log.who.options]
    assert any(label.startswith("Caasha Barre") for label in labels)
    assert not any("Saturday regular" in label for label in labels)


def test_the_plan_s_action_in_a_reason_is_masked_on_the_projector(bakery, presenter):
    data = _planned(bakery)
    names = set(data.workbook.plan()["name"].dropna())
    table = follow_up.tell_due(data)
    shown = " ".join(table["reason"]) + " ".join(table["who"])
    assert not any(name in shown for name in names if len(name) > 3)
    outside = follow_up.show_still_waiting(data)
    assert not set(outside["who"]) & set(data.contacts["name"].dropna())


def test_the_quick_log_masks_the_plan_s_action_in_a_reason(bakery, presenter):
    pytest.importorskip("ipywidgets")
    from realnet_kit.widgets import quick_log

    data = _planned(bakery)
    names = {n for n in data.workbook.plan()["name"].dropna() if len(n) > 3}
    log = quick_log(data.workbook, contacts=data.contacts, today=data.today())
    rows = [getattr(row, "children", ()) for row in log.due_box.children]
    shown = " ".join(row[0].value for row in rows if row)
    assert "the plan set for" in shown
    assert not any(name in shown for name in names)
