"""tag_people: pick a person, add and remove tags, saved at once; presenter mode; failures."""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest

from realnet_kit import Workbook, tag_people
from realnet_kit.widgets import TagPeople

PEOPLE = pd.DataFrame({
    "contact_id": ["instagram:ren.tanaka98", "x:2", "x:3", "x:4"],
    "name": ["Ren Tanaka", "Bo Lindqvist", "Cy Adeyemi", None],
    "handle": ["ren.tanaka98", "bo", "cy", None],
    "follows_me": pd.array([True, True, False, True], dtype="boolean"),
    "i_follow": pd.array([True, False, False, True], dtype="boolean"),
})  # fmt: skip


@pytest.fixture
def wb(tmp_path):
    book = Workbook(tmp_path / "wb.sqlite")
    book.add_contacts(PEOPLE)
    yield book
    book.close()


def test_tags_are_added_and_removed_and_saved_at_once(wb):
    tagger = TagPeople(wb, PEOPLE)
    tagger.pick("instagram:ren.tanaka98")
    assert tagger.add("folk, leeds venues")
    assert sorted(wb.tags()["tag"]) == ["folk", "leeds venues"]
    assert "Ren Tanaka" in tagger.message.value and tagger.new_tags.value == ""
    assert [c.description for c in tagger.current.children] == ["folk  ✕", "leeds venues  ✕"]
    tagger.current.children[0].click()  # the ✕ of "folk"
    assert wb.tags()["tag"].tolist() == ["leeds venues"]
    assert not tagger.add("Leeds venues"), "a tag the person has is not added twice"
    # a tag used before is offered as one click for the next person
    tagger.pick("x:2")
    offered = [b.description for b in tagger.suggested.children]
    assert offered == ["+ leeds venues"]
    tagger.suggested.children[0].click()
    assert set(wb.tags()["contact_id"]) == {"instagram:ren.tanaka98", "x:2"}
    assert "2 people" in tagger.summary.value


def test_people_worth_tagging_come_first_and_the_list_can_be_narrowed(wb):
    tagger = tag_people(type("Data", (), {"workbook": wb, "contacts": PEOPLE,
                                          "interactions": pd.DataFrame()})())  # fmt: skip
    ids = [v for _, v in tagger.who.options]
    assert set(ids[:2]) == {"x:4", "instagram:ren.tanaka98"}  # they follow each other
    labels = [label for label, _ in tagger.who.options]
    assert "X account 4" in labels and not any(label.startswith("x:") for label in labels)
    tagger.search.value = "lindq"
    assert [v for _, v in tagger.who.options] == ["x:2"]


def test_nothing_to_add_or_nobody_picked_says_what_to_do(wb):
    tagger = TagPeople(wb, PEOPLE)
    assert not tagger.add("folk") and "Pick a person" in tagger.message.value
    tagger.pick("x:3")
    assert not tagger.add(" , ") and "Type a tag" in tagger.message.value


@pytest.mark.parametrize(
    "error",
    [
        sqlite3.OperationalError("database is locked"),
        sqlite3.OperationalError("database or disk is full"),
    ],
)
def test_a_failed_write_says_not_saved_and_keeps_the_words(wb, monkeypatch, error):
    tagger = TagPeople(wb, PEOPLE)
    tagger.pick("x:3")
    tagger.new_tags.value = "choir"

    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(wb, "set_tags", fail)
    assert not tagger.add(tagger.new_tags.value)
    assert tagger.message.value.startswith("Not saved:")
    assert tagger.new_tags.value == "choir", "what was typed stays on screen"
    assert len(wb.tags()) == 0


def test_presenter_mode_masks_every_name(wb, presenter):
    tagger = TagPeople(wb, PEOPLE)
    tagger.pick("instagram:ren.tanaka98")
    tagger.add("folk")
    shown = " ".join(label for label, _ in tagger.who.options) + tagger.message.value
    for real in ("Ren", "Tanaka", "Lindqvist", "Adeyemi", "ren.tanaka98"):
        assert real not in shown


def test_tag_people_refuses_something_else_and_says_what_to_pass():
    with pytest.raises(TypeError, match="open_workshop_data"):
        tag_people("band")
