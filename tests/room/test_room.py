"""Three participants on one room folder: what the facilitator sees, and what never leaves."""

from __future__ import annotations

import html
import json
import os
import re

import pytest

from realnet_kit.exercises import EXERCISES, check
from realnet_kit.room import room_json, room_page
from realnet_kit.samples import load_ground_truth
from realnet_kit.session.data import open_workshop_data
from realnet_kit.workbook.seat import seat_for

CANARY = "Canary sentence: I will phone Persimmon Quartzfield about the marmalade on Tuesday"

pytestmark = pytest.mark.slow

#: 1.2's letter for "the number of followers" (a wrong one), wherever the bank puts it.
(FOLLOWERS_LETTER,) = [
    k for k, v in EXERCISES["1.2"].options.items() if v == "the number of followers"
]


def _right(data) -> dict:
    return {
        "1.1": "We talk both ways with the regulars who come to every gig, not the rest.",
        "1.2": EXERCISES["1.2"].right,
        "1.3": EXERCISES["1.3"].right,
        "2.1": 12,  # a guess: any number is a fine guess
        "2.2": EXERCISES["2.2"].right,
        "2.3": CANARY,
    }


def _wrong(data) -> dict:
    first_name = str(load_ground_truth("band")["people"]["name"].iloc[0]).split()[0]
    return {
        "1.1": first_name,  # too few words, and a name: neither may reach the room
        "1.2": FOLLOWERS_LETTER,  # the misconception the page test names
        "1.3": EXERCISES["1.3"].mistakes[-1],
        "2.1": "forty",  # not a number
        "2.2": "z",  # not one of the letters: nothing recognised
        "2.3": "ok",
    }


@pytest.fixture(scope="module")
def band_answers(tmp_path_factory):
    """The right answers on the band sample (worked out once)."""
    os.environ["REALNET_HOME"] = str(tmp_path_factory.mktemp("answers-home"))
    data = open_workshop_data("band", quiet=True)
    return _right(data), _wrong(data)


def _run_notebooks(answers: dict | None) -> None:
    data = open_workshop_data("band", quiet=True)
    for key in ("1.1", "1.2", "1.3", "2.1", "2.2", "2.3"):
        check(key, ... if answers is None else answers[key], data=data)


@pytest.fixture
def three(room, participant, opened_home, band_answers, capsys):
    right, wrong = band_answers
    for name, answers in (("right", right), ("wrong", wrong), ("skipping", None)):
        opened_home("band", participant(name))  # each had opened the band before
        _run_notebooks(answers)
    seat_for().raise_hand("stuck")  # the one skipping is stuck
    capsys.readouterr()
    return room


def test_the_room_counts_three_participants_one_right_one_wrong_one_skipping(three):
    summary = room_json(three)
    assert summary["participants"] == 3
    assert len(list(three.glob("seat-*.json"))) == 3
    for key in ("1.1", "1.2", "1.3", "2.1", "2.2"):
        counts = summary["exercises"][key]
        assert (counts["passed"], counts["tried"], counts["not_started"]) == (1, 1, 1), key
    assert summary["exercises"]["1.1"]["wrong"] == {"too-short": 1}
    assert summary["exercises"]["1.2"]["wrong"] == {FOLLOWERS_LETTER: 1}
    assert summary["exercises"]["1.3"]["wrong"] == {EXERCISES["1.3"].mistakes[-1]: 1}
    assert summary["exercises"]["2.1"]["wrong"] == {"not-a-number": 1}
    assert summary["exercises"]["2.2"]["wrong"] == {"other": 1}
    assert summary["exercises"]["2.3"]["wrong"] == {"too-short": 1}
    untouched = summary["exercises"]["3.1"]
    assert (untouched["passed"], untouched["tried"], untouched["not_started"]) == (0, 0, 3)
    assert [h["kind"] for h in summary["hands"]] == ["stuck"]
    assert set(summary) == {"participants", "exercises", "hands"}


def test_the_command_prints_the_same_json(three, realnet):
    out = realnet("room", three, "--json")
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
    assert json.loads(out.stdout) == room_json(three)


def test_no_typed_answer_and_no_sample_name_reaches_the_room(three):
    written = "\n".join(p.read_text(encoding="utf-8") for p in three.rglob("*") if p.is_file())
    assert written
    assert "Canary" not in written and "Persimmon" not in written
    people = load_ground_truth("band")["people"]["name"].dropna().astype(str)
    labels = {json.loads(p.read_text(encoding="utf-8"))["seat"] for p in three.iterdir()}
    words = set(re.findall(r"\w+", written)) - set(re.findall(r"\w+", " ".join(labels)))
    for name in people:
        assert name not in written, name
        for part in name.split():
            if len(part) >= 3:
                assert part not in words, part
    for path in three.iterdir():
        assert path.stat().st_size < 4_096
        if os.name == "posix":
            assert path.stat().st_mode & 0o777 == 0o640


def test_a_passing_answer_lowers_a_stuck_hand(room, participant, band_answers, capsys):
    participant("stuck")
    seat = seat_for()
    data = open_workshop_data("band", quiet=True)
    seat.raise_hand("stuck")
    assert room_json(room)["hands"][0]["kind"] == "stuck"
    check("1.2", FOLLOWERS_LETTER, data=data)
    assert room_json(room)["hands"]
    check("1.2", EXERCISES["1.2"].right, data=data)
    assert room_json(room)["hands"] == []
    seat.raise_hand("done")
    seat.enter_notebook("02")
    assert room_json(room)["hands"] == []


def test_the_page_shows_counts_hands_and_common_mistakes(three):
    page = room_page(three)
    assert "3</strong> participants" in page
    assert "not a number (1)" in page
    label = f'chose "{FOLLOWERS_LETTER}": followers are the network (1)'
    assert label in html.unescape(page)
    assert "stuck" in page and 'data-refresh="5"' in page and 'http-equiv="refresh"' not in page
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/room.js" defer>'], "ours only"
    assert "http://" not in page.replace("http-equiv", "")
