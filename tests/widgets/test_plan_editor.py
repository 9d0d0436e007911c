"""The plan editor and the quick log, driven as objects (no browser)."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest
from icalendar import Calendar

from realnet_kit import Workbook, plan_actions
from realnet_kit.widgets import plan_editor, quick_log
from realnet_kit.widgets._plan_editor import PAGE_SIZE

SCORED = pd.DataFrame({
    "contact_id": [f"instagram:p{i}" for i in range(20)],
    "name": [f"Person {i}" for i in range(20)],
    "tier": ["inner circle"] * 3 + ["real"] * 7 + ["warm"] * 10,
    "strength": [90.0 - i for i in range(20)],
    "company": [None, "Crumb Bakery"] * 10,
})  # fmt: skip


@pytest.fixture
def wb(tmp_path):
    book = Workbook(tmp_path / "wb.sqlite")
    yield book
    book.close()


def fresh_plan():
    return plan_actions(SCORED, start="2026-03-02", weekly_minutes=240)


def test_editor_saves_the_plan_and_shows_the_first_page(wb):
    editor = plan_editor(wb, fresh_plan())
    assert len(wb.plan()) == len(fresh_plan())
    assert len(editor.rows) == min(PAGE_SIZE, len(fresh_plan()))
    assert "planned actions" in editor.summary.value
    assert editor.prev.disabled and not editor.next.disabled
    editor.next.click()
    assert editor.page == 1 and editor.rows


def test_accept_drop_done_and_edits_are_saved_at_once_and_survive(wb, tmp_path):
    editor = plan_editor(wb, fresh_plan())
    first, second, third = editor.rows[:3]
    first.status.value = "accepted"
    second.status.value = "dropped"
    third.action.value = "Bring them a loaf of the new rye"
    third.due.value = dt.date(2026, 4, 1)
    third.cadence.value = 30
    assert "Saved" in editor.message.value
    plan = wb.plan().set_index("plan_id")
    assert plan.loc[first.plan_id, "status"] == "accepted"
    assert plan.loc[second.plan_id, "status"] == "dropped"
    assert plan.loc[third.plan_id, "action"] == "Bring them a loaf of the new rye"
    assert plan.loc[third.plan_id, "due"] == pd.Timestamp("2026-04-01", tz="UTC")
    assert plan.loc[third.plan_id, "cadence_days"] == 30
    # re-planning keeps what the participant touched, and a new editor shows it again
    wb.save_plan(fresh_plan())
    again = plan_editor(wb)
    again.show.value = "all"
    kept = wb.plan().set_index("plan_id")
    assert kept.loc[first.plan_id, "status"] == "accepted"
    assert kept.loc[third.plan_id, "action"] == "Bring them a loaf of the new rye"
    statuses = {r.plan_id: r.status.value for r in again.rows}
    assert statuses.get(first.plan_id, "accepted") == "accepted"


def test_dropped_items_leave_the_default_view_and_empty_text_is_refused(wb):
    editor = plan_editor(wb, fresh_plan())
    dropped = editor.rows[0].plan_id
    editor.rows[0].status.value = "dropped"
    editor.refresh()
    assert dropped not in {r.plan_id for r in editor.rows}
    editor.show.value = "dropped"
    assert [r.plan_id for r in editor.rows] == [dropped]
    before = wb.plan().set_index("plan_id").loc[dropped, "action"]
    editor.rows[0].action.value = "   "
    assert "needs words" in editor.message.value
    assert wb.plan().set_index("plan_id").loc[dropped, "action"] == before


def test_accept_page_and_export(wb, tmp_path):
    editor = plan_editor(wb, fresh_plan(), export_dir=tmp_path / "out")
    n = editor.accept_shown()
    assert n == len(editor.rows)
    assert (wb.plan()["status"] == "accepted").sum() == n
    paths = editor.export_files()
    cal = Calendar.from_ical(paths["calendar"].read_bytes())
    assert len(list(cal.walk("VEVENT"))) == len(wb.plan())
    assert "Person 0" in paths["page"].read_text(encoding="utf-8")
    assert paths["sheet"].read_bytes().startswith(b"\xef\xbb\xbf")


def test_editor_masks_names_in_presenter_mode(wb):
    from realnet_kit.privacy import presenter_mode

    presenter_mode(True)
    try:
        editor = plan_editor(wb, fresh_plan())
        shown = " ".join(r.who.value + r.action.value for r in editor.rows)
        assert "Person " not in shown
        assert all(r.action.disabled for r in editor.rows if "Person" in str(r.item["action"]))
    finally:
        presenter_mode(False)


def test_editor_without_a_plan_says_what_to_do(wb):
    editor = plan_editor(wb)
    assert "No plan yet" in editor.summary.value and editor.rows == []


# --- quick log --------------------------------------------------------------------------


def test_quick_log_three_clicks_reset_the_clock(wb):
    log = quick_log(wb, SCORED, today="2026-03-02")
    due = log.due_ids()
    assert set(due) == set(SCORED["contact_id"]), "nobody logged yet: everyone with a rhythm"
    assert log.who.options[0][0].endswith("(due)")
    log.who.value = "instagram:p0"  # click 1: who
    log.what.value = "call"  # click 2: what
    assert log.log_it()  # click 3: log it
    saved = wb.interactions()
    assert saved["contact_id"].tolist() == ["instagram:p0"]
    assert saved["direction"].tolist() == ["out"] and saved["kind"].tolist() == ["call"]
    assert saved["timestamp"].iloc[0].date() == dt.date(2026, 3, 2)
    assert "instagram:p0" not in log.due_ids()
    assert log.message.value == "Logged: call with Person 0, today."
    assert log.what.value is None, "ready for the next one"


def test_quick_log_direction_when_note_and_pick(wb):
    log = quick_log(wb, SCORED, today="2026-03-02")
    log.pick("instagram:p5")
    assert log.who.value == "instagram:p5"
    log.what.value = "favor"
    log.direction.value = "in"
    log.when.value = 1
    log.note.value = "Lent us their van"
    assert log.log_it()
    row = wb.interactions().iloc[0]
    assert (
        row["direction"] == "in" and row["kind"] == "favor" and row["note"] == "Lent us their van"
    )
    assert row["timestamp"].date() == dt.date(2026, 3, 1)


def test_quick_log_refuses_incomplete_entries_without_saving(wb):
    log = quick_log(wb, SCORED, today="2026-03-02")
    log.what.value = "message"
    assert not log.log_it() and "Pick who" in log.message.value
    log.who.value = "instagram:p1"
    log.what.value = None
    assert not log.log_it() and "Pick what" in log.message.value
    assert len(wb.interactions()) == 0
    assert log.who.value == "instagram:p1", "the choices made so far are kept"


def test_quick_log_snooze_hides_until_the_date(wb):
    log = quick_log(wb, SCORED, today="2026-03-02")
    log.snooze("instagram:p2")
    assert "instagram:p2" not in log.due_ids()
    assert wb.snoozes()["contact_id"].tolist() == ["instagram:p2"]
    later = quick_log(wb, SCORED, today="2026-03-09")
    assert "instagram:p2" in later.due_ids()


def test_quick_log_reads_the_workbook_plan_by_default(wb):
    wb.save_plan(plan_actions(SCORED, start="2026-03-02", weekly_minutes=240))
    log = quick_log(wb, today="2026-03-02")
    assert set(log.due_ids()) <= set(SCORED["contact_id"]) and log.due_ids()


def test_quick_log_on_an_empty_workbook(tmp_path):
    empty = Workbook(tmp_path / "empty.sqlite")
    log = quick_log(empty, today="2026-03-02")
    assert log.due_ids() == [] and "Nobody is due" in log.due_box.children[0].value
    empty.close()


def test_widgets_accept_the_contacts_as_second_argument(wb):
    """The dashboard builds every tab as ``widget(workbook, contacts)``."""
    contacts = SCORED[["contact_id", "name"]]
    wb.save_plan(fresh_plan())
    editor = plan_editor(wb, contacts)
    assert len(wb.plan()) == len(fresh_plan()) and editor.rows
    log = quick_log(wb, contacts, today="2026-03-02")
    assert log.due_ids()
    assert dict(log.who.options)  # names found


def test_widgets_redraw_when_presenter_mode_is_switched(wb):
    from realnet_kit.privacy import presenter_mode

    editor = plan_editor(wb, fresh_plan())
    log = quick_log(wb, SCORED, today="2026-03-02")
    assert "Person " in editor.rows[0].who.value
    presenter_mode(True)
    try:
        assert "Person " not in editor.rows[0].who.value
        assert not any("Person " in label for label, _ in log.who.options)
    finally:
        presenter_mode(False)
    assert "Person " in editor.rows[0].who.value


# --- exports into the participant's home, empty states, cadence "once" ------------------


def test_export_defaults_to_the_participants_home_and_shows_full_paths(wb, realnet_home):
    from realnet_kit.widgets._plan_editor import default_export_dir

    editor = plan_editor(wb, fresh_plan())
    folder = realnet_home / "exports"
    assert default_export_dir() == folder and not folder.exists()
    assert editor.export_dir == folder.resolve()
    dropped = editor.rows[0]
    dropped.status.value = "dropped"
    paths = editor.export_files()
    assert folder.is_dir(), "the folder is made on the first export"
    assert {p.name for p in paths.values()} == {
        "realnet-plan.ics", "realnet-plan.html", "realnet-plan.csv"
    }  # fmt: skip
    assert all(p.parent == folder.resolve() and p.is_file() for p in paths.values())
    assert str(folder.resolve()) in editor.message.value
    for path in paths.values():
        assert str(path) in editor.files.value
    assert editor.files.value.count("href='data:") == 3, "each file downloads from the page"
    sheet = pd.read_csv(paths["sheet"], encoding="utf-8-sig")
    assert len(sheet) == len(wb.plan()) - 1, "the dropped action is not in the spreadsheet"
    assert "plan_id" not in sheet.columns and "action" in sheet.columns
    cal = Calendar.from_ical(paths["calendar"].read_bytes())
    cancelled = [e for e in cal.walk("VEVENT") if str(e.get("status")) == "CANCELLED"]
    assert len(cancelled) == 1, "a dropped action is cancelled in the calendar"


def test_export_of_no_plan_or_into_a_file_is_a_message_not_a_traceback(wb, tmp_path):
    editor = plan_editor(wb, export_dir=tmp_path / "out")
    assert editor.export_files() == {} and "no plan to export" in editor.message.value
    assert not (tmp_path / "out").exists()
    not_a_folder = tmp_path / "a-file.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    editor = plan_editor(wb, fresh_plan(), export_dir=not_a_folder)
    assert editor.export_files() == {}
    assert "Could not write" in editor.message.value and "safe" in editor.message.value


def test_an_empty_editor_hides_its_buttons_and_takes_its_own_words(wb):
    editor = plan_editor(wb, empty_note="<b>No plan yet.</b> Press the button above.")
    assert editor.summary.value.endswith("Press the button above.")
    assert editor.controls.layout.display == "none" and editor.pages.layout.display == "none"
    editor.use_plan(fresh_plan())
    assert editor.controls.layout.display is None and editor.rows
    assert "planned actions" in editor.summary.value


def test_use_plan_shows_the_new_plan_from_the_top(wb):
    editor = plan_editor(wb, fresh_plan())
    editor.show.value = "dropped"
    editor.next.click()
    editor.use_plan(fresh_plan())
    assert len(wb.plan()) == len(fresh_plan()), "the same plan again duplicates nothing"
    assert editor.show.value == "live" and editor.page == 0 and editor.rows


def test_a_one_off_shows_once_and_can_be_made_to_repeat_and_back(wb):
    editor = plan_editor(wb, fresh_plan())
    editor.show.value = "all"
    plan = wb.plan().set_index("plan_id")
    once = next(r for r in _all_rows(editor) if pd.isna(plan.loc[r.plan_id, "cadence_days"]))
    assert once.cadence.label == "once", "a one-off must not show an empty choice"
    once.cadence.value = 7
    assert wb.plan().set_index("plan_id").loc[once.plan_id, "cadence_days"] == 7
    once.cadence.value = 0
    assert pd.isna(wb.plan().set_index("plan_id").loc[once.plan_id, "cadence_days"])
    assert "cadence changed" in editor.message.value


def _all_rows(editor):
    rows = []
    for page in range(-(-len(editor.plan()) // PAGE_SIZE)):
        editor.refresh(page=page)
        rows.extend(editor.rows)
    return rows


def test_due_this_week_counts_from_the_given_day(wb):
    early = plan_editor(wb, fresh_plan(), today="2026-03-02")
    late = plan_editor(wb, today="2030-01-01")
    soon = re.search(r"next 7 days: (\d+)", early.summary.value).group(1)
    assert 0 < int(soon) < len(wb.plan())
    assert f"next 7 days: {len(wb.plan())}" in late.summary.value, "all of it is overdue"


def test_quick_log_lists_your_people_not_a_follower_list(wb):
    """Thousands of accounts: the list holds the people due and scored, namesakes told apart."""
    twin = SCORED.head(1).assign(contact_id="x:twin", name="Person 1", tier="warm")
    scored = pd.concat([SCORED, twin], ignore_index=True)
    crowd = pd.concat([
        pd.DataFrame({"contact_id": [f"instagram:f{i}" for i in range(600)],
                      "name": [f"Follower {i}" for i in range(600)]}),
        scored[["contact_id", "name"]],
    ], ignore_index=True)  # fmt: skip
    log = quick_log(wb, scored, contacts=crowd, today="2026-03-02")
    labels = dict((cid, label) for label, cid in log.who.options)
    assert set(labels) == set(scored["contact_id"]), "no follower of the crowd is offered"
    assert "Instagram" in labels["instagram:p1"] and "X" in labels["x:twin"], labels["x:twin"]
    assert labels["instagram:p2"].startswith("Person 2"), "a name of one needs no platform"
    assert "notebook 03" in log.who.tooltip
