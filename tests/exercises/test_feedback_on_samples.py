"""Feedback that matches what the participant's own notebook shows and teaches the mistake."""

from __future__ import annotations

import copy
import re

import pytest

from realnet_kit import describe_tribe, narrate, plan_actions
from realnet_kit.exercises.bank import EXERCISES
from realnet_kit.narrate import connectors_to_thank, scored, tribe_graph


@pytest.fixture(scope="module")
def bakery_mapped(sample_home):
    """The bakery opened once in a home of its own (as ``opened_sample`` opens it), with
    its owner's answers and notebook 04's tribe map drawn, shared by the checks of 4.1 that
    only read them (a test that saves anything, or scores, opens its own sample).

    The map's clusters are found here, so judging 4.1 changes nothing on it (checked when
    the module is done)."""
    with sample_home("bakery", "feedback-bakery") as (_, data):
        graph = tribe_graph(data)
        narrate.tribe_groups(data)  # finds the map's clusters
    nodes = copy.deepcopy(dict(graph.nodes(data=True)))
    yield data
    assert data.cache["tribe_graph"] is graph, "a test drew the shared bakery's map again"
    assert dict(graph.nodes(data=True)) == nodes, "a test changed the shared bakery's map"


def test_4_1_answers_with_the_map_drawn_after_scoring(opened_sample, capsys):
    """A late arrival asked for 4.1 before the sample's answers were filled in; the map
    drawn after them said 13 tribes and the solution still said 12 (a stale cache)."""
    data = opened_sample("band")
    before = narrate.tribes_count(data)  # nothing scored: the tribe of mutuals and talks
    data.use_sample_answers()
    graph = tribe_graph(data)
    # the map drawn now holds the people just scored (the stale one left them out)
    drawn = {str(d.get("contact_id", n)) for n, d in graph.nodes(data=True)}
    assert set(scored(data)["contact_id"].astype(str)) <= drawn
    text = describe_tribe(graph)
    shown = int(re.search(r"Your contacts form (\d+) tribe", text).group(1))
    assert narrate.tribes_count(data) == shown
    assert f"The answer is {shown}." in EXERCISES["4.1"].explain(data)
    verdict = EXERCISES["4.1"].judge(shown, data)
    assert verdict.passed
    capsys.readouterr()
    assert before >= 1


def test_4_1_says_what_the_map_really_colours(bakery_mapped):
    data = bakery_mapped
    low = EXERCISES["4.1"].judge(1, data)
    assert not low.passed and low.mistake == "counted-map-colours"
    # the map colours one tribe (the one served) and draws the rest grey
    assert "grey" in low.feedback and "one colour each" not in low.feedback


def test_4_1_counts_only_tribes_and_says_where_the_number_is(opened_sample):
    """Issue 14's read-through: the band's 11 counted a town and an unnamed group as
    tribes; 5 heard "counting colours gives too few"; the bakery's 12 heard only
    "quite a bit too high"."""
    data = opened_sample("band")
    data.use_sample_answers()
    graph = tribe_graph(data)
    groups = narrate.tribe_groups(data)
    first = describe_tribe(graph).splitlines()[0]
    tribes = int(re.search(r"form (\d+) tribe", first).group(1))
    assert groups["tribe"] == tribes == narrate.tribes_count(data)
    apart = groups["place only"] + groups["mixed"]
    assert apart >= 1, "the band has clusters that share only a place or nothing"
    assert EXERCISES["4.1"].judge(tribes, data).passed
    every_group = EXERCISES["4.1"].judge(tribes + apart, data)
    assert not every_group.passed and every_group.mistake == "counted-groups-not-tribes"
    assert f"{groups['place only']} group" in every_group.feedback
    size = EXERCISES["4.1"].judge(narrate.TRIBE_MIN_PEOPLE, data)
    assert size.mistake == "counted-the-size" and "colour" not in size.feedback
    far = EXERCISES["4.1"].judge(tribes + 30, data)
    assert far.mistake == "too-high" and "Your contacts form" in far.feedback
    assert f"{groups['mixed']} mixed group" in far.feedback
    assert f"The answer is {tribes}." in EXERCISES["4.1"].explain(data)
    names = set(EXERCISES["4.1"].mistakes)
    for answer in (1, 5, tribes + apart, graph.number_of_nodes(), tribes + 30, 0):
        verdict = EXERCISES["4.1"].judge(answer, data)
        assert verdict.mistake in names, (answer, verdict)


def test_4_1_on_the_bakery_sets_apart_its_towns(bakery_mapped):
    data = bakery_mapped
    groups = narrate.tribe_groups(data)
    assert groups["place only"] >= 2  # Bristol and Oxford
    verdict = EXERCISES["4.1"].judge(groups["tribe"] + 6, data)
    assert not verdict.passed and "Your contacts form" in verdict.feedback
    assert f"{groups['place only']} groups that share only a place" in verdict.feedback


def test_6_1_teaches_overdue_against_due_soon(opened_sample, capsys):
    """Typing overdue plus due soon heard only "quite a bit too high"."""
    data = opened_sample("bakery")
    data.use_sample_answers()
    plan = plan_actions(scored(data), data.contacts, start=data.today(),
                        thank=connectors_to_thank(data))  # fmt: skip
    data.workbook.save_plan(plan)
    due, overdue = len(narrate.due_now(data)), narrate.overdue_count(data)
    assert due > overdue  # the sample has people due soon as well as overdue
    verdict = EXERCISES["6.1"].judge(due, data)
    assert not verdict.passed and verdict.mistake == "counted-due-soon"
    assert f"the {due - overdue:,} due soon" in verdict.feedback
    assert "too high" not in verdict.feedback
    capsys.readouterr()


def test_3_1_on_a_sample_says_how_to_score_people_you_do_not_know(opened_sample):
    """A room on the band knows nobody; 3.1 asked for ten scores without saying how."""
    data = opened_sample("bakery")
    verdict = EXERCISES["3.1"].judge(None, data)
    assert not verdict.passed and "as the owner would" in verdict.feedback
