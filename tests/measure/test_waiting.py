"""The messages that need an answer most come first, in 02's waiting list and in 06."""

from __future__ import annotations

import pandas as pd
import pytest

import realnet_kit
from realnet_kit.listening import unanswered
from realnet_kit.measure import NEEDS, by_need, days_to_answer, need_of, still_waiting
from realnet_kit.measure.waiting import FIRST_NEEDS, MINUTES_A_DAY, MINUTES_PER_REPLY
from realnet_kit.narrate import TABLE_ROWS


def _messages(rows):
    return pd.DataFrame(
        {
            "note": [r[0] for r in rows],
            "timestamp": pd.to_datetime([r[1] for r in rows], utc=True),
            "status": [r[2] if len(r) > 2 else "never answered" for r in rows],
        }
    )


INBOX = [
    ("Loved the show!", "2024-01-01"),
    ("What tuning is Heron in?", "2024-02-01"),
    ("Any chance of a Leeds date?", "2024-01-15"),
    ("My mug arrived broken", "2024-06-01"),
    ("The mug I bought was cracked", "2024-03-01"),
    ("Could I order two dozen rolls for Saturday?", "2024-05-01"),
    ("My dad died in January. 'Salt Roads' was his favourite.", "2023-01-01"),
    ("Can I buy a ticket on the door on Friday?", "2024-04-01"),
    ("Could you help, my order never arrived", "2024-07-01", "answered late"),
]


def test_problems_orders_and_personal_take_turns_then_questions_then_the_rest():
    ordered = by_need(_messages(INBOX))
    assert len(ordered) == len(INBOX)
    never = ordered[ordered["status"] == "never answered"]
    assert ordered["status"].tolist()[-1] == "answered late", "never answered first"
    needs = never["need"].tolist()
    # the first rows show one of each pressing kind, then the next of each, ...
    assert needs[:3] == list(FIRST_NEEDS)
    assert needs == ["problem", "order", "personal", "problem", "order", "question",
                     "question", "other"]  # fmt: skip
    # within a kind, oldest first
    for need in NEEDS:
        stamps = never.loc[never["need"] == need, "timestamp"]
        assert stamps.is_monotonic_increasing, need
    assert never["about"].tolist()[:3] == ["a problem", "an order or booking",
                                          "something personal"]  # fmt: skip


def test_need_reads_the_words_never_the_sender():
    assert need_of("Hi, my tote bag came with nothing in the envelope") == "problem"
    assert need_of("Can I buy a ticket on the door at Headrow House?") == "order"
    assert need_of("'Heron' got me through a hard year. Thank you.") == "personal"
    assert need_of("What tuning is 'Lantern' in?") == "question"
    assert need_of("Would you be willing to write me a reference?") == "question"
    assert need_of("Still buzzing from Friday!") == "other"
    assert need_of(None) == "other"


def _talks(rows):
    return pd.DataFrame(
        rows, columns=["contact_id", "timestamp", "direction", "kind", "note"]
    ).assign(timestamp=lambda f: pd.to_datetime(f["timestamp"], utc=True))


def test_still_waiting_follows_the_plan_s_clock():
    talks = _talks([
        ("a", "2026-01-01", "in", "message", "Is the shop open Sunday?"),
        ("a", "2026-01-02", "out", "message", "Yes!"),
        ("b", "2026-01-03", "in", "message", "My loaf was burnt"),
        ("c", "2026-01-03", "in", "message", "Can I book a table?"),
        ("c", "2026-01-05", "in", "call", ""),  # a call after it answers it too
        ("d", "2026-01-04", "in", "message", "Do you deliver?"),
        ("e", "2026-01-04", "in", "meeting", ""),  # nothing waits after a meeting
    ])  # fmt: skip
    waiting = still_waiting(talks, "2026-01-10", covered=["d"])
    assert waiting["contact_id"].tolist() == ["b", "d"]
    assert waiting["in_plan"].tolist() == [False, True]
    assert waiting["waited_days"].tolist() == [7.0, 6.0]
    logged = pd.concat([talks, _talks([("b", "2026-01-09", "out", "message", "So sorry")])])
    assert still_waiting(logged, "2026-01-10")["contact_id"].tolist() == ["d"]
    assert still_waiting(None).empty and still_waiting(talks.iloc[:0]).empty


def test_ten_minutes_a_day_answers_five_messages():
    assert MINUTES_A_DAY // MINUTES_PER_REPLY == 5
    assert [days_to_answer(n) for n in (0, 1, 5, 6, 114)] == [0, 1, 1, 2, 23]


@pytest.mark.parametrize("name", realnet_kit.list_samples())
def test_on_every_sample_the_pressing_kinds_show_on_the_first_screen(opened_sample, name):
    """The band's grief message was row 108 of 108 and the bakery's café order row 20 of 20
    when the list ran newest first; now each pressing kind there is shows among the rows a
    notebook shows, and a personal message among the first three."""
    data = opened_sample(name)
    waiting = unanswered(data.interactions, contacts=data.contacts, as_of=data.today())
    ordered = by_need(waiting)
    never = ordered[ordered["status"] == "never answered"].reset_index(drop=True)
    assert len(never) == int((waiting["status"] == "never answered").sum())
    present = [n for n in FIRST_NEEDS if (never["need"] == n).any()]
    assert never["need"].tolist()[: len(present)] == present
    first_screen = set(never["need"].head(TABLE_ROWS))
    assert set(present) <= first_screen
    for need in present:  # the oldest of each pressing kind is the first of its kind shown
        rows = never[never["need"] == need]
        assert rows["timestamp"].iloc[0] == rows["timestamp"].min()
    grief = never.index[never["note"].str.contains("dad died", na=False)]
    if name == "band":
        assert len(grief) == 1 and grief[0] < 3
    cafe = never.index[never["note"].str.contains("standing order", na=False)]
    if name == "bakery":
        assert len(cafe) == 1 and cafe[0] < TABLE_ROWS
