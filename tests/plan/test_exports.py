"""CSV safe against formula injection, the calendar file, the printable plan."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pandas as pd
import pytest
from icalendar import Calendar

from realnet_kit import export_calendar, export_csv, export_plan_html, plan_actions
from realnet_kit.plan.exports import PRODID, plan_uid


def small_plan() -> pd.DataFrame:
    scored = pd.DataFrame(
        {
            "contact_id": ["instagram:ana", "linkedin:ben", "x:303", "google:cleo@x.org"],
            "tier": ["inner circle", "real", "warm", "warm"],
            "strength": [92.0, 66.0, 44.0, 38.0],
            "name": ["Ana & Lu", "Ben <script>alert(1)</script>", "Chloé", "=Cleo"],
            "company": ["Lima Bakery", "Ben & Sons", None, None],
        }
    )
    # warm people are an opt-in since issue 14; these tests need them in the files
    return plan_actions(scored, start="2026-02-02", weekly_minutes=240, warm=True)


def read_csv_cells(path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark for Excel"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


# --- CSV --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "evil",
    [
        '=HYPERLINK("http://evil.example","click")',
        "+1+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
    ],
)
def test_csv_neutralises_formula_cells(tmp_path, evil):
    out = export_csv(pd.DataFrame({"name": [evil, "Plain Name"]}), tmp_path / "x.csv")
    cells = read_csv_cells(out)
    assert cells[0] == ["name"]
    assert cells[1][0] == "'" + evil
    assert cells[2][0] == "Plain Name"


def test_csv_negative_numbers_stay_numbers_but_negative_text_is_quoted(tmp_path):
    df = pd.DataFrame(
        {
            "minutes": pd.array([-5, 10], dtype="Int64"),
            "score": [-1.5, 2.0],
            "label": pd.array(["-12", "12"], dtype="string"),
        }
    )
    cells = read_csv_cells(export_csv(df, tmp_path / "n.csv"))
    assert cells[1] == ["-5", "-1.5", "'-12"]
    assert cells[2] == ["10", "2.0", "12"]


def test_csv_keeps_accents_missing_values_and_column_names_safe(tmp_path):
    df = pd.DataFrame({"=name": ["Zoë Ørsted", None], "when": pd.to_datetime(
        ["2026-01-05", None], utc=True)})  # fmt: skip
    cells = read_csv_cells(export_csv(df, tmp_path / "deep" / "a.csv"))
    assert cells[0] == ["'=name", "when"]
    assert cells[1][0] == "Zoë Ørsted" and cells[1][1].startswith("2026-01-05")
    assert cells[2] == ["", ""]


def test_csv_with_repeated_or_numeric_column_names_and_no_rows(tmp_path):
    df = pd.DataFrame([["=a", "+b", 3]], columns=["x", "x", 7])
    cells = read_csv_cells(export_csv(df, tmp_path / "r.csv"))
    assert cells == [["x", "x", "7"], ["'=a", "'+b", "3"]]
    empty = read_csv_cells(export_csv(pd.DataFrame({"name": []}), tmp_path / "e.csv"))
    assert empty == [["name"]]


def test_csv_round_trips_a_plan(tmp_path):
    plan = small_plan()
    cells = read_csv_cells(export_csv(plan, tmp_path / "plan.csv"))
    assert cells[0][:5] == ["contact_id", "name", "action", "due", "cadence_days"]
    assert len(cells) == len(plan) + 1
    assert any(row[1] == "'=Cleo" for row in cells[1:])


def test_csv_refuses_a_folder_and_non_frames(tmp_path):
    with pytest.raises(IsADirectoryError, match="folder"):
        export_csv(pd.DataFrame({"a": [1]}), tmp_path)
    with pytest.raises(TypeError, match="DataFrame"):
        export_csv([{"a": 1}], tmp_path / "a.csv")


# --- calendar ---------------------------------------------------------------------------


def parse(path) -> tuple[Calendar, list]:
    cal = Calendar.from_ical(path.read_bytes())
    return cal, list(cal.walk("VEVENT"))


def test_calendar_has_one_event_per_action_with_rrule_alarm_and_stamp(tmp_path):
    plan = small_plan()
    cal, events = parse(export_calendar(plan, tmp_path / "plan.ics"))
    assert str(cal["PRODID"]) == PRODID and str(cal["VERSION"]) == "2.0"
    assert len(events) == len(plan)
    repeating = [e for e in events if "RRULE" in e]
    assert len(repeating) == int(plan["cadence_days"].notna().sum())
    cadence_by_uid = {
        plan_uid(r.contact_id, f"action_key:{r.action_key}"): r.cadence_days
        for r in plan.itertuples()
    }
    for event in events:
        assert event.walk("VALARM"), "every event has a reminder"
        assert "DTSTAMP" in event and "UID" in event and "SUMMARY" in event
        expected = cadence_by_uid[str(event["UID"])]
        if expected is pd.NA:
            assert "RRULE" not in event
        else:
            rule = event["RRULE"]
            days = rule["INTERVAL"][0] * (7 if rule["FREQ"][0] == "WEEKLY" else 1)
            assert days == expected
        assert isinstance(event["DTSTART"].dt, date)


def test_calendar_uids_are_stable_when_an_edited_plan_is_exported_again(tmp_path):
    plan = small_plan()
    _, first = parse(export_calendar(plan, tmp_path / "a.ics",
                                     stamp=datetime(2026, 2, 1, tzinfo=UTC)))  # fmt: skip
    edited = plan.copy()
    edited.loc[0, "action"] = "Something else entirely"
    edited.loc[1, "due"] = edited.loc[1, "due"] + pd.Timedelta(days=9)
    _, second = parse(export_calendar(edited, tmp_path / "b.ics",
                                      stamp=datetime(2026, 3, 1, tzinfo=UTC)))  # fmt: skip
    uids_a = [str(e["UID"]) for e in first]
    uids_b = [str(e["UID"]) for e in second]
    assert sorted(uids_a) == sorted(uids_b)
    assert len(set(uids_a)) == len(uids_a)
    seq_a = {str(e["UID"]): int(e["SEQUENCE"]) for e in first}
    assert all(int(e["SEQUENCE"]) > seq_a[str(e["UID"])] for e in second)


def test_calendar_uid_falls_back_to_plan_id_then_text(tmp_path):
    base = {"contact_id": ["x:1"], "name": ["Ada"], "due": pd.to_datetime(["2026-01-05"], utc=True),
            "cadence_days": pd.array([pd.NA], dtype="Int64")}  # fmt: skip
    with_id = pd.DataFrame({**base, "action": ["Call Ada"], "plan_id": ["p-1"]})
    renamed = pd.DataFrame({**base, "action": ["Phone Ada"], "plan_id": ["p-1"]})
    uid = lambda df, name: str(parse(export_calendar(df, tmp_path / name))[1][0]["UID"])  # noqa: E731
    assert uid(with_id, "a.ics") == uid(renamed, "b.ics")
    no_id = pd.DataFrame({**base, "action": ["Call  Ada"]})
    assert uid(no_id, "c.ics") == uid(pd.DataFrame({**base, "action": ["call ada"]}), "d.ics")


def test_calendar_timed_rows_dropped_rows_and_hostile_text(tmp_path):
    plan = pd.DataFrame(
        {
            "contact_id": ["x:1", "x:2", "x:3"],
            "name": ["Ada\r\nBEGIN:VEVENT", "Bo", "Cy"],
            "action": ["Coffee; with, Ada\nEND:VCALENDAR", "Call Bo", "Note to Cy"],
            "due": pd.to_datetime(
                ["2026-01-05 15:30", "2026-01-06", None], utc=True, format="ISO8601"
            ),
            "cadence_days": pd.array([30, 7, pd.NA], dtype="Int64"),
            "minutes": pd.array([60, 15, 10], dtype="Int64"),
            "status": ["accepted", "dropped", "proposed"],
        }
    )
    cal, events = parse(export_calendar(plan, tmp_path / "t.ics"))
    assert len(events) == 2, "a row without a due date is left out"
    timed, dropped = events
    assert isinstance(timed["DTSTART"].dt, datetime) and timed["DTSTART"].dt.hour == 15
    assert timed["DURATION"].dt.total_seconds() == 3600
    assert "END:VCALENDAR" in str(timed["SUMMARY"])  # kept as text, not structure
    assert str(dropped["STATUS"]) == "CANCELLED"
    assert len(list(cal.walk("VCALENDAR"))) == 1


def test_calendar_and_html_explain_missing_columns(tmp_path):
    with pytest.raises(ValueError, match="plan_actions"):
        export_calendar(pd.DataFrame({"contact_id": ["x"]}), tmp_path / "a.ics")
    with pytest.raises(ValueError, match="lacks due"):
        export_plan_html(pd.DataFrame({"contact_id": ["x"], "action": ["y"]}), tmp_path / "a.html")


# --- printable plan ---------------------------------------------------------------------


def test_printable_plan_escapes_names_and_needs_nothing_outside(tmp_path):
    plan = small_plan()
    text = export_plan_html(plan, tmp_path / "plan.html").read_text(encoding="utf-8")
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "Ana &amp; Lu" in text and "Chloé" in text
    for external in ("http://", "https://", "src=", "@import", "<link", "url("):
        assert external not in text, external
    assert "@media print" in text and "@page" in text
    assert text.count("Week of ") == 4
    assert text.startswith("<!DOCTYPE html>") and 'charset="utf-8"' in text


def test_printable_plan_repeats_recurring_actions_in_their_weeks(tmp_path):
    plan = pd.DataFrame(
        {
            "contact_id": ["x:1", "x:2"],
            "name": ["Ada", "Bo"],
            "action": ["Call Ada", "Write Bo a review"],
            "due": pd.to_datetime(["2026-01-05", "2026-01-14"], utc=True),
            "cadence_days": pd.array([7, pd.NA], dtype="Int64"),
            "minutes": pd.array([15, 20], dtype="Int64"),
            "status": ["accepted", "dropped"],
        }
    )
    text = export_plan_html(plan, tmp_path / "p.html", weeks=3).read_text(encoding="utf-8")
    assert text.count("Call Ada") == 3
    assert "Write Bo a review" not in text, "dropped actions are not printed"
    assert "Every week" in text and text.count("Week of ") == 3


def test_printable_plan_of_an_empty_plan_says_what_to_do(tmp_path):
    empty = small_plan().iloc[0:0]
    text = export_plan_html(empty, tmp_path / "e.html").read_text(encoding="utf-8")
    assert "Nothing planned yet" in text


def test_a_busy_plan_prints_fewer_weeks_to_stay_on_one_sheet(tmp_path):
    from realnet_kit.plan.printable import PRINT_MAX_ROWS

    scored = pd.DataFrame({
        "contact_id": [f"x:{i}" for i in range(120)],
        "name": [f"Person {i}" for i in range(120)],
        "tier": ["real"] * 40 + ["warm"] * 80,
        "strength": [80.0 - i / 2 for i in range(120)],
    })  # fmt: skip
    # a busy plan on purpose: warm people in, and no first-month limit (issue 14's 15)
    plan = plan_actions(scored, start="2026-02-02", weekly_minutes=900, warm=True,
                        first_month_actions=1000)  # fmt: skip
    text = export_plan_html(plan, tmp_path / "busy.html").read_text(encoding="utf-8")
    assert text.count('<span class="box"') <= PRINT_MAX_ROWS
    assert 1 <= text.count("Week of ") < 4
    assert "more (all in your calendar)" in text
    forced = export_plan_html(plan, tmp_path / "all.html", weeks=4).read_text(encoding="utf-8")
    assert forced.count("Week of ") == 4


def test_calendar_reads_back_in_a_second_parser_with_its_repeats(tmp_path):
    """vobject (another implementation) reads the file and expands the recurrences."""
    import vobject

    scored = pd.DataFrame(
        {
            "contact_id": ["x:1", "x:2"],
            "tier": ["inner circle", "warm"],
            "strength": [90.0, 40.0],
            "name": ['Ada, "the"; baker', "Bo"],
        }
    )
    plan = plan_actions(scored, start="2026-01-05")
    out = export_calendar(plan, tmp_path / "v.ics")
    cal = vobject.readOne(out.read_text(encoding="utf-8"))
    events = cal.vevent_list
    assert len(events) == len(plan)
    assert any('Ada, "the"; baker' in e.summary.value for e in events)
    for event in events:
        if hasattr(event, "rrule"):
            first, second = list(event.getrruleset())[:2]
            assert (second - first).days in (14, 90)
