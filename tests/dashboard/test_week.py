"""This week's checklist of the dashboard: done, not now, and the take-away files."""

from __future__ import annotations

import pandas as pd
import pytest

from realnet_kit import Workbook
from realnet_kit.dashboard.week import NOT_NOW_DAYS, WEEK_DAYS, ThisWeek

TODAY = pd.Timestamp("2026-03-02", tz="UTC")


@pytest.fixture
def wb(tmp_path):
    book = Workbook(tmp_path / "wb.sqlite")
    days = [-3, 0, 2, WEEK_DAYS - 1, WEEK_DAYS + 5]
    book.save_plan(
        pd.DataFrame({
            "plan_id": [f"p{i}" for i in range(len(days))],
            "contact_id": [f"x:{i}" for i in range(len(days))],
            "name": ["Ada Quill", "Bo Reed", "Cy Cole", "Di Moss", "Ed Lamb"],
            "action": ["Reply to Ada Quill", "Coffee with Bo Reed", "Send Cy Cole a link",
                       "Call Di Moss", "Thank Ed Lamb"],
            "due": [TODAY + pd.Timedelta(days=d) for d in days],
            "cadence_days": pd.array([pd.NA] * len(days), dtype="Int64"),
            "minutes": [15, 60, 10, 20, 10],
        })
    )  # fmt: skip
    yield book
    book.close()


def test_the_checklist_holds_this_weeks_actions_overdue_first(wb, tmp_path):
    week = ThisWeek(wb, TODAY, tmp_path / "files")
    assert week.due_this_week()["plan_id"].tolist() == ["p0", "p1", "p2", "p3"]
    assert len(week.rows.children) == 4
    assert "overdue since" in week.rows.children[0].children[0].value
    assert "105 minutes" in week.summary.value, "the minutes of the four actions"
    files = week.files.value
    assert "download='realnet-plan.ics'" in files and "download='realnet-plan.html'" in files
    assert (tmp_path / "files" / "realnet-plan.ics").is_file()


def test_done_and_not_now_are_saved_at_once(wb, tmp_path):
    changes = []
    week = ThisWeek(wb, TODAY, tmp_path / "files", on_change=lambda: changes.append(1))
    week.rows.children[1].children[1].click()  # Done for Bo
    plan = wb.plan().set_index("plan_id")
    assert plan.loc["p1", "status"] == "done"
    week.rows.children[0].children[2].click()  # Not now for Ada (overdue)
    plan = wb.plan().set_index("plan_id")
    assert pd.Timestamp(plan.loc["p0", "due"]) == TODAY + pd.Timedelta(days=NOT_NOW_DAYS)
    assert week.due_this_week()["plan_id"].tolist() == ["p2", "p3"]
    assert len(changes) == 2 and "Saved" in week.message.value


def test_presenter_mode_hides_the_names_in_the_checklist(wb, tmp_path):
    from realnet_kit.privacy import presenter_mode

    week = ThisWeek(wb, TODAY, tmp_path / "files")
    presenter_mode(True)
    try:
        shown = " ".join(row.children[0].value for row in week.rows.children)
    finally:
        presenter_mode(False)
    assert "Ada" not in shown and "Bo Reed" not in shown and "Reply to" in shown


def test_without_a_plan_the_checklist_says_what_to_do(tmp_path):
    with Workbook(tmp_path / "empty.sqlite") as book:
        week = ThisWeek(book, TODAY, tmp_path / "files")
        assert "Make my plan" in week.summary.value and week.rows.children == ()
