"""Every click is saved or says why: a held workbook, a full disk, a read-only drive.

Each writing widget is given a workbook whose writes fail the way SQLite fails, and must
say "Not saved: ..." in words, keep what the participant entered on screen, and raise
nothing.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pandas as pd
import pytest

from realnet_kit import Workbook, plan_actions
from realnet_kit.widgets import MergeReview, ScoringCard, plan_editor, quick_log
from realnet_kit.widgets._common import not_saved

FAILURES = {
    "held by another notebook": sqlite3.OperationalError("database is locked"),
    "disk full": sqlite3.OperationalError("database or disk is full"),
    "read-only drive": sqlite3.OperationalError("attempt to write a readonly database"),
}
SCORED = pd.DataFrame({
    "contact_id": [f"instagram:p{i}" for i in range(6)],
    "name": [f"Person {i}" for i in range(6)],
    "tier": ["inner circle", "real", "real", "warm", "warm", "warm"],
    "strength": [90.0 - i for i in range(6)],
})  # fmt: skip


@pytest.fixture
def wb(tmp_path):
    book = Workbook(tmp_path / "wb.sqlite")
    yield book
    book.close()


def _break_writes(monkeypatch, wb, error):
    def fail(*args, **kwargs):
        raise error

    for method in ("save_score", "update_plan_item", "save_plan", "log_interaction", "snooze",
                   "save_match_decision", "set_setting"):  # fmt: skip
        monkeypatch.setattr(wb, method, fail)


@pytest.mark.parametrize("failure", FAILURES)
def test_the_scoring_card_says_not_saved_and_keeps_the_click(wb, monkeypatch, failure):
    wb.add_contacts(SCORED[["contact_id", "name"]])
    card = ScoringCard(wb, SCORED[["contact_id", "name"]])
    _break_writes(monkeypatch, wb, FAILURES[failure])
    card.answer("ideas", 2)
    assert card.status.value.startswith("Not saved:")
    assert card.toggles["ideas"].value == 2, "the click stays in view"
    assert not card.quick_answers("3333")
    assert card.status.value.startswith("Not saved:")


@pytest.mark.parametrize("failure", FAILURES)
def test_the_plan_editor_says_not_saved_and_keeps_the_edit(wb, monkeypatch, failure):
    editor = plan_editor(wb, plan_actions(SCORED, start="2026-03-02"))
    row = editor.rows[0]
    _break_writes(monkeypatch, wb, FAILURES[failure])
    row.status.value = "accepted"
    assert editor.message.value.startswith("Not saved:")
    assert row.status.value == "accepted"
    assert editor.use_plan(plan_actions(SCORED, start="2026-03-09")) is None


@pytest.mark.parametrize("failure", FAILURES)
def test_the_quick_log_says_not_saved_and_keeps_the_choices(wb, monkeypatch, failure):
    log = quick_log(wb, SCORED, today="2026-03-02")
    _break_writes(monkeypatch, wb, FAILURES[failure])
    log.who.value, log.what.value = "instagram:p0", "call"
    assert not log.log_it()
    assert log.message.value.startswith("Not saved:")
    assert (log.who.value, log.what.value) == ("instagram:p0", "call")
    log.snooze("instagram:p1")
    assert log.message.value.startswith("Not saved:")


def test_the_merge_review_says_not_saved_and_stays_on_the_pair(wb, monkeypatch):
    contacts = pd.DataFrame({
        "contact_id": ["x:ada", "instagram:ada.obi"], "platform": ["x", "instagram"],
        "handle": ["ada", "ada.obi"], "name": ["Ada Obi", "Ada Obi"],
    })  # fmt: skip
    review = MergeReview(wb, contacts)
    if review.current() is None:
        pytest.skip("no uncertain pair to review in this tiny set")
    _break_writes(monkeypatch, wb, FAILURES["disk full"])
    review.decide("same")
    assert "Not saved" in review.message.value and review.position == 0


def test_out_of_bounds_values_are_refused_in_a_sentence(wb):
    editor = plan_editor(wb, plan_actions(SCORED, start="2026-03-02"))
    row = editor.rows[0]
    row.due.value = dt.date(9999, 12, 31)
    assert "outside the years 1900 to 2100" in editor.message.value
    with pytest.raises(ValueError, match="whole number from 1 to 600"):
        wb.update_plan_item(row.plan_id, minutes=float("inf"))
    with pytest.raises(ValueError, match="rhythm"):
        wb.update_plan_item(row.plan_id, cadence_days=10**9)


def test_not_saved_says_what_to_do_for_each_failure():
    texts = [not_saved(error) for error in FAILURES.values()]
    assert all(text.startswith("Not saved:") for text in texts)
    assert len(set(texts)) == len(texts), "each failure has its own advice"
