"""Every file in a room is untrusted: damaged, huge, odd or hostile ones never break the view."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys

import pytest

from realnet_kit.room import clear_room, room_json, room_page
from realnet_kit.workbook.seat import Seat

GOOD = {
    "format": "realnet-seat",
    "version": 1,
    "seat": "Table 3",
    "notebook": "01",
    "exercises": {"1.2": {"state": "tried", "attempts": 2, "wrong": {"a": 2}}},
    "hand": None,
    "last_step": "2026-01-01T10:00:00+00:00",
}


def _seat(folder, n: int, content) -> None:
    path = folder / f"seat-{n:016x}.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")


def _hostile(folder) -> None:
    _seat(folder, 1, "{not json")
    _seat(folder, 2, "x" * 100_000)
    _seat(folder, 3, [1, 2, 3])
    _seat(folder, 4, {**GOOD, "version": 99})
    _seat(folder, 5, {**GOOD, "seat": "x" * 500})
    _seat(
        folder, 6, {**GOOD, "exercises": {"1.2": {"state": "passed", "attempts": -1, "wrong": {}}}}
    )
    _seat(folder, 7, {**GOOD, "exercises": {"1.2": {"state": "tried", "attempts": 1,
                                                    "wrong": {"10,201": 1}}}})  # fmt: skip
    _seat(folder, 8, {**GOOD, "hand": {"kind": "<script>", "since": "now"}})
    _seat(folder, 9, {**GOOD, "extra": "a typed answer"})
    _seat(folder, 10, "[" * 50_00 + "]" * 50_00)
    (folder / f"seat-{11:016x}.json").write_bytes(b"\xff\xfe\x00garbage")
    (folder / "notes.txt").write_text("not a seat", "utf-8")
    (folder / "<img src=x onerror=alert(1)>.json").write_text("{}", "utf-8")
    (folder / f"seat-{12:016x}.json").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / f"seat-{13:016x}.json")  # opening it must not hang the page
    os.symlink("/etc/passwd", folder / f"seat-{14:016x}.json")
    hand = {"kind": "stuck", "since": "2026-01-01T10:00:00+00:00"}
    _seat(folder, 15, {**GOOD, "seat": "<b onmouseover=alert(1)>Table 9</b>", "hand": hand})


def test_hostile_files_are_skipped_with_a_note_and_never_break_the_view(tmp_path):
    room = tmp_path / "room"
    room.mkdir()
    _seat(room, 0, GOOD)
    _hostile(room)
    summary = room_json(room)
    assert summary["participants"] == 2  # the good seat and the one with HTML in its label
    assert summary["exercises"]["1.2"]["wrong"] == {"a": 2}
    assert summary["hands"][0]["seat"] == "<b onmouseover=alert(1)>Table 9</b>"
    page = room_page(room)
    assert "<b onmouseover" not in page and "&lt;b onmouseover=alert(1)&gt;Table 9" in page
    assert "<img src=x" not in page
    assert page.count("(skipped)") >= 12
    scripts = re.findall(r"<script[^>]*>", page)
    assert scripts == ['<script src="/room.js" defer>'], "only the kit's own updater runs"


def test_old_seat_files_are_ignored(tmp_path):
    room = tmp_path / "room"
    room.mkdir()
    _seat(room, 0, GOOD)
    _seat(room, 1, {**GOOD, "seat": "Yesterday"})
    two_days_ago = (dt.datetime.now() - dt.timedelta(days=2)).timestamp()
    os.utime(room / f"seat-{1:016x}.json", (two_days_ago, two_days_ago))
    assert room_json(room)["participants"] == 1
    assert "older than a day ignored" in room_page(room)


def test_clear_empties_the_room_and_nothing_else(tmp_path, monkeypatch, realnet):
    room = tmp_path / "room"
    room.mkdir()
    monkeypatch.setenv("REALNET_ROOM", str(room))
    seat = Seat(tmp_path / "home")
    seat.join()
    _seat(room, 1, GOOD)
    (room / "README.txt").write_text("the room of 4 December", "utf-8")
    out = realnet("room", room, "--clear")
    assert out.returncode == 0, out.stderr
    assert sorted(p.name for p in room.iterdir()) == ["README.txt"]
    assert room_json(room)["participants"] == 0
    assert clear_room(room) == (0, 0)


def test_a_missing_room_is_one_clear_line_and_exit_2(tmp_path):
    """In a process of its own, as a facilitator types it: the smoke test of ``realnet room``
    and of an exit code through ``python -m realnet_kit``."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run([sys.executable, "-m", "realnet_kit", "room", str(tmp_path / "nope"),
                          "--json"], capture_output=True, text=True, env=env)  # fmt: skip
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr


@pytest.mark.parametrize("label", ["", "x" * 41])
def test_a_seat_label_is_one_short_line(tmp_path, label):
    with pytest.raises(ValueError, match="seat label"):
        Seat(tmp_path).rename(label)


def test_the_offer_publishes_nothing_until_the_participant_joins(tmp_path, monkeypatch):
    room = tmp_path / "room"
    room.mkdir()
    monkeypatch.delenv("REALNET_ROOM", raising=False)
    monkeypatch.setenv("REALNET_ROOM_OFFER", str(room))
    seat = Seat(tmp_path / "home")
    seat.raise_hand("stuck")
    assert list(room.iterdir()) == []
    seat.join()
    assert len(list(room.iterdir())) == 1
    assert Seat(tmp_path / "home").folder == room  # the choice is kept in the workbook
    seat.leave()
    assert list(room.iterdir()) == []
    assert Seat(tmp_path / "home").folder is None
