"""Due lists, weekly measures, the measures plot and comparing two exports."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest

from realnet_kit import compare_exports, due_list, plan_actions, plot_measures, weekly_measures


def log(*rows) -> pd.DataFrame:
    """rows of (contact_id, 'YYYY-MM-DD HH:MM', direction, kind)."""
    cid, ts, direction, kind = zip(*rows, strict=True)
    return pd.DataFrame({
        "contact_id": pd.array(cid, dtype="string"),
        "timestamp": pd.to_datetime(list(ts), utc=True, format="ISO8601"),
        "direction": pd.array(direction, dtype="string"),
        "kind": pd.array(kind, dtype="string"),
        "note": pd.array([""] * len(cid), dtype="string"),
    })  # fmt: skip


SCORED = pd.DataFrame({
    "contact_id": ["x:ic", "x:real", "x:warm", "x:acq"],
    "name": ["Ivy", "Rex", "Wen", "Abe"],
    "tier": ["inner circle", "real", "warm", "acquaintance"],
    "strength": [90.0, 60.0, 40.0, 20.0],
})  # fmt: skip


# --- due list ---------------------------------------------------------------------------


def test_never_contacted_people_with_a_cadence_are_due_today():
    due = due_list(SCORED, None, today="2026-03-02")
    assert set(due["contact_id"]) == {"x:ic", "x:real", "x:warm"}, "acquaintances have no rhythm"
    assert (due["status"] == "due").all() and (due["days_overdue"] == 0).all()
    # The words themselves are doctests in realnet_kit/measure/_words.py.
    reasons = dict(zip(due["contact_id"], due["reason"], strict=True))
    assert reasons["x:ic"] != reasons["x:warm"], "each says its own rhythm"


def test_logging_resets_the_clock_and_overdue_counts_days():
    history = log(
        ("x:ic", "2026-02-01 10:00", "out", "message"),  # 14-day cadence: due 02-15
        ("x:real", "2026-02-25 09:00", "out", "call"),  # 30 days: due 03-27, not listed
        ("x:warm", "2025-11-01 09:00", "in", "meeting"),  # a meeting either way resets
    )
    due = due_list(SCORED, history, today="2026-03-02").set_index("contact_id")
    assert "x:real" not in due.index
    assert due.loc["x:ic", "status"] == "overdue" and due.loc["x:ic", "days_overdue"] == 15
    assert (
        due.loc["x:warm", "days_overdue"]
        == (pd.Timestamp("2026-03-02") - pd.Timestamp("2026-01-30")).days
    )
    assert list(due.index) == ["x:warm", "x:ic"], "most overdue first"
    again = pd.concat([history, log(("x:ic", "2026-03-02 08:00", "out", "message"))])
    assert "x:ic" not in set(due_list(SCORED, again, today="2026-03-02")["contact_id"])


def test_an_unanswered_message_makes_someone_due_and_a_reply_clears_it():
    history = log(
        ("x:real", "2026-02-25 09:00", "out", "message"),
        ("x:real", "2026-02-27 18:00", "in", "message"),
    )
    due = due_list(SCORED[SCORED.contact_id == "x:real"], history, today="2026-03-02")
    assert due["contact_id"].tolist() == ["x:real"]
    assert due.loc[0, "days_overdue"] == 3
    assert "27 February 2026" in due.loc[0, "reason"], "says when they wrote"
    replied = pd.concat([history, log(("x:real", "2026-02-28 08:00", "out", "message"))])
    assert due_list(SCORED[SCORED.contact_id == "x:real"], replied, today="2026-03-02").empty


def test_a_message_never_answered_is_not_also_called_no_contact():
    history = log(("x:ic", "2019-05-04 09:00", "in", "message"))
    due = due_list(SCORED, history, today="2024-10-03").set_index("contact_id")
    reason = due.loc["x:ic", "reason"]
    assert due.loc["x:ic", "days_overdue"] == 1979
    assert "May 2019" in reason
    for contradiction in ("nothing is logged", "no contact", "1979", "days ago"):
        assert contradiction not in reason


def test_long_spans_read_as_dates_and_rounded_spans_not_day_counts():
    history = log(
        ("x:ic", "2020-07-12 12:00", "out", "message"),  # years ago, by month
        ("x:real", "2024-09-04 12:00", "out", "call"),  # weeks ago, to the day
    )
    due = due_list(SCORED, history, today="2024-10-03").set_index("contact_id")
    assert "July 2020" in due.loc["x:ic", "reason"], "years ago: the month"
    assert "4 September 2024" in due.loc["x:real", "reason"], "weeks ago: the day"
    assert due.loc["x:real", "days_overdue"] == -1
    assert not due["reason"].str.contains(r"\d{3,} days").any()


def test_a_snooze_and_a_plan_date_say_so():
    history = log(("x:ic", "2026-02-01 10:00", "out", "message"))  # due 15 February
    ended = due_list(SCORED, history, snoozes={"x:ic": "2026-02-20"}, today="2026-03-02")
    reason = ended.set_index("contact_id").loc["x:ic", "reason"]
    assert "20 February 2026" in reason and "1 February 2026" in reason
    assert ended.set_index("contact_id").loc["x:ic", "days_overdue"] == 10
    plan = pd.DataFrame({
        "contact_id": ["x:a"], "name": ["Ann"], "action": ["Review Ann's shop"],
        "due": pd.to_datetime(["2026-03-04"], utc=True),
        "cadence_days": pd.array([30], dtype="Int64"),
    })  # fmt: skip
    soon = due_list(plan, None, today="2026-03-02")
    assert "4 March 2026" in soon.loc[0, "reason"] and soon.loc[0, "days_overdue"] == -2


def test_snoozes_hide_until_their_date_from_a_frame_or_a_dict():
    snoozes = pd.DataFrame({"contact_id": ["x:ic"], "until": ["2026-03-10"]})
    due = due_list(SCORED, None, snoozes=snoozes, today="2026-03-02")
    assert "x:ic" not in set(due["contact_id"])
    later = due_list(SCORED, None, snoozes={"x:ic": "2026-03-10"}, today="2026-03-10")
    assert "x:ic" in set(later["contact_id"])
    past = due_list(SCORED, None, snoozes={"x:ic": "2026-02-01"}, today="2026-03-02")
    assert "x:ic" in set(past["contact_id"])


def test_due_list_from_a_plan_respects_planned_dates_statuses_and_one_offs():
    plan = pd.DataFrame({
        "contact_id": ["x:a", "x:a", "x:b", "x:c", "x:d"],
        "name": ["Ann", "Ann", "Ben", "Cy", "Dee"],
        "action": ["Review Ann's shop", "Call Ann", "Coffee with Ben", "Note to Cy", "Call Dee"],
        "due": pd.to_datetime(["2026-03-02", "2026-03-30", "2026-04-20", "2026-02-20",
                               "2026-02-23"], utc=True),
        "cadence_days": pd.array([pd.NA, 30, 30, pd.NA, 14], dtype="Int64"),
        "status": ["accepted", "proposed", "accepted", "accepted", "dropped"],
    })  # fmt: skip
    due = due_list(plan, None, today="2026-03-02").set_index("contact_id")
    assert set(due.index) == {"x:a", "x:c"}, "Ben is planned later, Dee was dropped"
    assert due.loc["x:a", "action"] == "Review Ann's shop" and due.loc["x:a", "cadence_days"] == 30
    assert due.loc["x:c", "days_overdue"] == 10
    done = log(("x:c", "2026-02-18 12:00", "out", "message"))
    assert "x:c" not in set(due_list(plan, done, today="2026-03-02")["contact_id"])


def test_due_list_on_a_real_plan_and_its_columns():
    plan = plan_actions(SCORED, start="2026-03-02")
    due = due_list(plan, None, today="2026-03-02")
    assert list(due.columns) == ["contact_id", "name", "tier", "status", "next_due",
                                 "days_overdue", "last_contact", "cadence_days", "action",
                                 "reason", "waiting_since"]  # fmt: skip
    assert due["contact_id"].is_unique
    assert str(due["next_due"].dt.tz) == "UTC"


def test_due_list_explains_bad_input():
    with pytest.raises(ValueError, match="contact_id"):
        due_list(pd.DataFrame({"who": ["a"]}))
    with pytest.raises(ValueError, match="direction"):
        due_list(SCORED, pd.DataFrame({"contact_id": ["x:ic"], "timestamp": ["2026-01-01"]}))


# --- weekly measures --------------------------------------------------------------------


def test_weekly_measures_on_a_crafted_history():
    history = log(
        # week of Mon 2026-01-05
        ("x:a", "2026-01-05 09:00", "in", "message"),
        ("x:a", "2026-01-05 15:00", "out", "message"),  # answered in 6 h, conversation
        ("x:b", "2026-01-06 09:00", "in", "message"),
        ("x:b", "2026-01-08 09:00", "out", "message"),  # answered after 2 days
        ("x:c", "2026-01-07 12:00", "out", "intro"),  # given
        ("x:d", "2026-01-09 12:00", "in", "call"),  # offline, a conversation by itself
        ("x:e", "2026-01-10 12:00", "out", "message"),  # broadcast-ish, not a conversation
        # nothing in the week of 01-12
        # week of 2026-01-19
        ("x:a", "2026-01-19 10:00", "in", "referral"),  # received
        ("x:f", "2026-01-25 23:00", "in", "message"),  # never answered
    )
    m = weekly_measures(history).set_index("week")
    assert list(m.index.strftime("%Y-%m-%d")) == ["2026-01-05", "2026-01-12", "2026-01-19"]
    w1, w2, w3 = (m.iloc[i] for i in range(3))
    assert (w1.conversations, w1.given, w1.received, w1.offline) == (3, 1, 0, 1)
    assert w1.messages_in == 2 and w1.answered_within_day == 0.5
    assert (w2.conversations, w2.given, w2.messages_in) == (0, 0, 0)
    assert np.isnan(w2.answered_within_day)
    assert (w3.received, w3.messages_in, w3.answered_within_day) == (1, 1, 0.0)


def test_weekly_measures_range_and_empty_input():
    history = log(("x:a", "2026-01-07 09:00", "out", "favor"))
    m = weekly_measures(history, start="2025-12-29", end="2026-01-19")
    assert len(m) == 4 and m["given"].tolist() == [0, 1, 0, 0]
    assert str(m["week"].dt.tz) == "UTC"
    empty = weekly_measures(history.iloc[0:0])
    assert empty.empty and "conversations" in empty.columns


def test_only_inbound_messages_and_rows_without_person_or_time():
    history = log(("x:a", "2026-01-05 09:00", "in", "message"))
    m = weekly_measures(history)
    assert m["messages_in"].tolist() == [1] and m["answered_within_day"].tolist() == [0.0]
    odd = pd.DataFrame({
        "contact_id": pd.array(["x:1", None, "x:1"], dtype="string"),
        "timestamp": pd.to_datetime(["2026-01-05 10:00", "2026-01-05 11:00", None], utc=True),
        "direction": ["in", "out", "out"], "kind": ["message", "message", None],
    })  # fmt: skip
    m = weekly_measures(odd)
    assert m["messages_in"].tolist() == [1] and m["answered_within_day"].tolist() == [0.0]


def test_answer_counts_only_a_reply_to_the_same_person():
    history = log(
        ("x:a", "2026-01-05 09:00", "in", "message"),
        ("x:b", "2026-01-05 10:00", "out", "message"),
    )
    assert weekly_measures(history)["answered_within_day"].tolist() == [0.0]


# --- plot -------------------------------------------------------------------------------


def test_plot_measures_draws_every_measure_and_the_follower_count():
    history = log(
        ("x:a", "2026-01-05 09:00", "in", "message"),
        ("x:a", "2026-01-05 10:00", "out", "message"),
        ("x:b", "2026-01-20 10:00", "out", "coffee"),
    )
    m = weekly_measures(history)
    followers = pd.DataFrame({"date": ["2026-01-01", "2026-01-15", "2026-01-29"],
                              "followers": [4800, 4812, 4790]})  # fmt: skip
    ax = plot_measures(m, followers)
    labels = {line.get_label() for line in ax.get_lines()}
    assert {"People in a two-way exchange", "Things given", "Things received",
            "Offline meetings and calls"} <= labels  # fmt: skip
    twin = [a for a in ax.figure.axes if a is not ax]
    assert twin and twin[0].get_lines()[0].get_ydata().tolist() == [4800, 4812, 4790]
    import matplotlib.pyplot as plt

    plt.close(ax.figure)


def test_plot_measures_without_followers_and_with_bad_input():
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    assert plot_measures(weekly_measures(log(("x:a", "2026-01-05", "out", "gift"))), ax=ax) is ax
    plt.close(fig)
    with pytest.raises(ValueError, match="weekly_measures"):
        plot_measures(pd.DataFrame({"a": [1]}))
    with pytest.raises(ValueError, match="followers column"):
        plot_measures(weekly_measures(log(("x:a", "2026-01-05", "out", "gift"))),
                      pd.DataFrame({"when": [1]}))  # fmt: skip


# --- compare exports --------------------------------------------------------------------


def test_compare_exports_came_went_moved_and_follow_flips():
    old = pd.DataFrame(
        {
            "contact_id": ["x:1", "x:2", "x:3", "x:4"],
            "name": ["Ada", "Bo", "Cy", "Di"],
            "follows_me": pd.array([True, True, False, True], dtype="boolean"),
        }
    )
    new = pd.DataFrame(
        {
            "contact_id": ["x:2", "x:3", "x:4", "x:5"],
            "name": ["Bo", "Cy", "Di", "Eve"],
            "follows_me": pd.array([True, True, True, pd.NA], dtype="boolean"),
        }
    )
    old_scores = pd.DataFrame({"contact_id": ["x:2", "x:4"], "tier": ["warm", "real"]})
    new_scores = pd.DataFrame({"contact_id": ["x:2", "x:4"],
                               "tier": pd.Categorical(["real", "acquaintance"])})  # fmt: skip
    diff = compare_exports(old, new, old_scores, new_scores).set_index("contact_id")
    assert diff.loc["x:5", "change"] == "came" and diff.loc["x:5", "name"] == "Eve"
    assert diff.loc["x:1", "change"] == "went" and diff.loc["x:1", "name"] == "Ada"
    assert diff.loc["x:2", "change"] == "moved up"
    assert diff.loc["x:2", "detail"] == "from warm to real"
    assert (
        diff.loc["x:4", "change"] == "moved down" and diff.loc["x:4", "new_tier"] == "acquaintance"
    )
    assert diff.loc["x:3", "change"] == "started following"
    summary = compare_exports(old, new, old_scores, new_scores).attrs["summary"]
    assert summary["came"] == 1 and summary["went"] == 1 and summary["moved up"] == 1


def test_compare_identical_exports_is_empty_and_bad_input_teaches():
    same = pd.DataFrame({"contact_id": ["x:1"], "name": ["Ada"]})
    assert compare_exports(same, same).empty
    with pytest.raises(ValueError, match="load_export"):
        compare_exports(same, pd.DataFrame({"id": [1]}))


def test_a_planned_thank_you_is_due_on_the_plans_day_whatever_the_rhythms_clock():
    """05 thanks a connector on the 7th; their rhythm's clock (last touch three weeks ago,
    every 90 days) would say February. Until you are in touch, the plan's day rules, so
    06 lists them on the 7th as 05 does."""
    plan = pd.DataFrame({
        "contact_id": ["facebook:jo", "facebook:jo"], "name": ["Jo Keller"] * 2,
        "tier": ["real"] * 2, "action": ["Thank Jo for the introduction", "Call Jo"],
        "action_key": ["thank_connector", "call"],
        "due": pd.to_datetime(["2026-12-07", "2027-03-16"], utc=True),
        "cadence_days": [None, 90.0],
    })  # fmt: skip
    log = pd.DataFrame({"contact_id": ["facebook:jo"], "direction": ["out"],
                        "kind": ["message"], "note": ["How did the book club go?"],
                        "timestamp": pd.to_datetime(["2026-11-13"], utc=True)})  # fmt: skip
    due = due_list(plan, log, today="2026-12-04")
    assert due["contact_id"].tolist() == ["facebook:jo"]
    assert due.loc[0, "next_due"].strftime("%d %b %Y") == "07 Dec 2026"
    # once you are in touch around that day, the rhythm's clock takes over
    log.loc[1] = ["facebook:jo", "out", "coffee", "", pd.Timestamp("2026-12-06", tz="UTC")]
    assert due_list(plan, log, today="2026-12-04", soon_days=30).empty
