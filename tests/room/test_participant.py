"""The participant's side: the join button, the label, the hand on every page, mistake names."""

from __future__ import annotations

import json

from realnet_kit.exercises.bank import EXERCISES
from realnet_kit.room import room_json, show_my_seat
from realnet_kit.widgets import HandRaiser, RoomChoice
from realnet_kit.workbook.seat import MISTAKE_NAME, Seat, seat_for


def test_the_join_button_joins_renames_and_leaves(tmp_path, monkeypatch):
    room = tmp_path / "room"
    room.mkdir()
    monkeypatch.delenv("REALNET_ROOM", raising=False)
    monkeypatch.setenv("REALNET_ROOM_OFFER", str(room))
    choice = RoomChoice(Seat(tmp_path / "home"))
    assert choice.leave.layout.display == "none" and choice.label.disabled
    choice.join.click()
    assert len(list(room.iterdir())) == 1 and choice.join.layout.display == "none"
    choice.label.value = "Table 3"
    choice.rename.click()
    assert [h for h in room_json(room)["hands"]] == []
    assert json.loads(next(room.iterdir()).read_text())["seat"] == "Table 3"
    choice.label.value = "x" * 99
    choice.rename.click()
    assert "Not saved" in choice.status.value
    choice.leave.click()
    assert list(room.iterdir()) == []


def test_show_my_seat_prints_exactly_the_file(tmp_path, monkeypatch, capsys, realnet_home):
    room = tmp_path / "room"
    room.mkdir()
    monkeypatch.setenv("REALNET_ROOM", str(room))
    seat = seat_for()
    seat.raise_hand("done")
    show_my_seat()
    printed = capsys.readouterr().out
    shown = json.loads(printed[printed.index("{") :])
    assert shown == json.loads(seat.path.read_text(encoding="utf-8"))


def test_the_hand_widget_follows_the_seat(tmp_path, monkeypatch):
    room = tmp_path / "room"
    room.mkdir()
    monkeypatch.setenv("REALNET_ROOM", str(room))
    seat = Seat(tmp_path / "home")
    hand = HandRaiser(seat)
    hand.done.click()
    assert room_json(room)["hands"][0]["kind"] == "done"
    hand.lower.click()
    assert room_json(room)["hands"] == [] and hand.lower.disabled


def test_the_dashboard_shows_the_hand_only_in_a_room(bakery, tmp_path, monkeypatch):
    from realnet_kit.dashboard import show_dashboard

    def has_hand(page) -> bool:
        return any("realnet-room-hand" in c._dom_classes for c in page.children)

    assert not has_hand(show_dashboard(bakery))
    monkeypatch.setenv("REALNET_ROOM", str(tmp_path))
    assert has_hand(show_dashboard(bakery))


def test_every_named_mistake_is_words_never_digits():
    names = {name for exercise in EXERCISES.values() for name in exercise.mistakes}
    assert names and all(MISTAKE_NAME.fullmatch(name) for name in names), sorted(names)


def test_every_choice_names_its_wrong_letters():
    data = None  # a choice is judged without data
    for exercise in EXERCISES.values():
        if exercise.kind != "interpretation":
            continue
        for letter in exercise.mistakes:
            verdict = exercise.judge(letter, data)
            assert not verdict.passed and verdict.mistake == letter, exercise.key
            assert exercise.misconceptions[letter], exercise.key
        assert exercise.judge("z", data).mistake == "", "not a letter: counted as other"


def test_opening_a_notebook_in_a_room_publishes_the_seat_with_its_notebook(
    tmp_path, monkeypatch, realnet_home, capsys
):
    from realnet_kit.session.data import open_workshop_data

    room = tmp_path / "room"
    room.mkdir()
    monkeypatch.setenv("REALNET_ROOM", str(room))
    monkeypatch.setenv("JPY_SESSION_NAME", str(tmp_path / "workshops" / "02-two-way-street.ipynb"))
    open_workshop_data("band")
    (seat,) = room.glob("seat-*.json")
    content = json.loads(seat.read_text(encoding="utf-8"))
    assert content["notebook"] == "02" and content["exercises"] == {}


def test_forget_removes_the_seat_from_the_room_too(tmp_path, monkeypatch):
    from realnet_kit.session.forget import forget

    room = tmp_path / "room"
    room.mkdir()
    monkeypatch.setenv("REALNET_ROOM", str(room))
    home = tmp_path / "home"
    Seat(home).join()
    monkeypatch.delenv("REALNET_ROOM")
    assert forget(home, ask=None)
    assert list(room.iterdir()) == [] and not home.exists()
