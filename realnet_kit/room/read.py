"""Reading a room: every seat file in the shared folder, checked, then counted.

Every file in a room is untrusted: on a hub all participants may run as one system user,
so nothing stops one from writing another's file, or something that is no seat at all. A
file is read only when it is a plain file (never a link, a pipe or a device), small
(:data:`MAX_SEAT_BYTES`), recent (:data:`MAX_AGE`) and of exactly a seat's shape; anything
else is skipped with a note, so the room view never breaks and never runs what a file holds.

>>> import tempfile, pathlib
>>> room = pathlib.Path(tempfile.mkdtemp())
>>> _ = (room / "seat-0123456789abcdef.json").write_text("{not json")
>>> seats, notes = read_room(room)
>>> len(seats), len(notes)
(0, 1)
>>> room_summary(seats, ["1.1"])["exercises"]["1.1"]
{'passed': 0, 'tried': 0, 'not_started': 0, 'wrong': {}}
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from realnet_kit.workbook.seat import (
    EXERCISE_KEY,
    HAND_KINDS,
    MAX_MISTAKES,
    MISTAKE_NAME,
    NOTEBOOK_KEY,
    SEAT_FILE,
    SEAT_FORMAT,
    SEAT_VERSION,
    clean_label,
)

#: An exercise's state in a seat file ("not started" is an exercise the file leaves out).
SEAT_STATES = ("passed", "tried")
#: A seat file is a few KB; anything larger is skipped.
MAX_SEAT_BYTES = 16_384
#: Files older than this are ignored (the room of an earlier day).
MAX_AGE = dt.timedelta(days=1)
#: A participant without a step for this long is listed as "not moved".
STILL_AFTER = dt.timedelta(minutes=10)
#: At most this many files are looked at; a folder with more is noted.
MAX_FILES = 1_000
#: Most exercises one seat file may list, and the largest count it may give.
MAX_EXERCISES = 200
MAX_COUNT = 100_000
#: Most skipped files named one by one on the page (the rest are counted).
MAX_NOTES = 20


@dataclass(frozen=True)
class SeatView:
    """One participant as the room sees them (every field checked)."""

    seat: str
    notebook: str | None
    exercises: dict[str, dict[str, Any]]
    hand: dict[str, Any] | None
    last_step: dt.datetime | None
    file: str = field(default="", compare=False)


def read_room(
    folder: str | os.PathLike, *, now: dt.datetime | None = None
) -> tuple[list[SeatView], list[str]]:
    """Every valid, recent seat in ``folder``, and a note for each file skipped.

    Raises ``FileNotFoundError``/``NotADirectoryError`` when ``folder`` is no folder.
    """
    root = Path(folder)
    now = now or dt.datetime.now(dt.UTC)
    seats: list[SeatView] = []
    notes: list[str] = []
    old = 0
    with os.scandir(root) as entries:
        for looked, entry in enumerate(entries):
            if looked >= MAX_FILES:
                notes.append(f"Only the first {MAX_FILES} files were read: the folder holds more.")
                break
            name = entry.name
            if name.startswith("."):
                continue  # a seat being written, or the folder's own files
            if not SEAT_FILE.fullmatch(name):
                notes.append(f"{_shown(name)}: not a seat file (skipped).")
                continue
            try:
                data, modified = _read_small(root / name)
            except ValueError as problem:
                notes.append(f"{name}: {problem} (skipped).")
                continue
            except OSError as error:
                notes.append(f"{name}: could not be read ({error.strerror or error}) (skipped).")
                continue
            if now - modified > MAX_AGE:
                old += 1
                continue
            try:
                seats.append(check_seat(data, now=now, file=name))
            except ValueError as problem:
                notes.append(f"{name}: {problem} (skipped).")
    if len(notes) > MAX_NOTES:
        notes = [*notes[:MAX_NOTES], f"... and {len(notes) - MAX_NOTES} more files skipped."]
    if old:
        notes.append(f"{old} seat file{'s' if old != 1 else ''} older than a day ignored.")
    seats.sort(key=lambda s: (s.seat.lower(), s.file))
    return seats, notes


def _shown(name: str) -> str:
    """A file name as a note may show it: printable, and not too long."""
    text = "".join(c if c.isprintable() else "?" for c in name)
    return text if len(text) <= 60 else text[:57] + "..."


def _read_small(path: Path) -> tuple[Any, dt.datetime]:
    """The JSON of a plain, small file and when it was last written; ValueError otherwise."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        handle = os.open(path, flags)
    except OSError as error:
        if os.path.islink(path):
            raise ValueError("a link, not a file") from None
        raise error
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a plain file")
        if info.st_size > MAX_SEAT_BYTES:
            raise ValueError(f"too big for a seat ({info.st_size:,} bytes)")
        raw = os.read(handle, MAX_SEAT_BYTES + 1)
    finally:
        os.close(handle)
    if len(raw) > MAX_SEAT_BYTES:
        raise ValueError("too big for a seat")
    modified = dt.datetime.fromtimestamp(info.st_mtime, dt.UTC)
    try:
        return json.loads(raw.decode("utf-8")), modified
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ValueError("damaged (not readable JSON)") from None


def _count(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise ValueError(f"{what} is not a count")
    return value


def _time(value: Any, what: str, now: dt.datetime) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > 40:
        raise ValueError(f"{what} is not a time")
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{what} is not a time") from None
    if when.tzinfo is None:
        raise ValueError(f"{what} has no time zone")
    return min(when.astimezone(dt.UTC), now)  # a clock ahead never reads as "the future"


def check_seat(data: Any, *, now: dt.datetime | None = None, file: str = "") -> SeatView:
    """A seat file's content as a :class:`SeatView`, or ``ValueError`` saying what is wrong.

    >>> check_seat({"format": "realnet-seat", "version": 1, "seat": "<b>Table 3</b>",
    ...             "notebook": "01", "exercises": {}, "hand": None, "last_step": None}).seat
    '<b>Table 3</b>'
    >>> check_seat([1, 2])
    Traceback (most recent call last):
    ...
    ValueError: not a seat (wrong shape)
    """
    now = now or dt.datetime.now(dt.UTC)
    expected = {"format", "version", "seat", "notebook", "exercises", "hand", "last_step"}
    if not isinstance(data, dict) or data.get("format") != SEAT_FORMAT:
        raise ValueError("not a seat (wrong shape)")
    if data.get("version") != SEAT_VERSION:
        raise ValueError("a seat written by another version of RealNet Kit")
    if set(data) != expected:
        raise ValueError("not a seat (other fields than a seat's)")
    if not isinstance(data["seat"], str):
        raise ValueError("its seat label is not text")
    seat = clean_label(data["seat"])
    notebook = data["notebook"]
    if notebook is not None and not (
        isinstance(notebook, str) and NOTEBOOK_KEY.fullmatch(notebook)
    ):
        raise ValueError("its notebook is not one of the workshop's")
    exercises = data["exercises"]
    if not isinstance(exercises, dict) or len(exercises) > MAX_EXERCISES:
        raise ValueError("its exercises are not a list of exercises")
    checked: dict[str, dict[str, Any]] = {}
    for key, entry in exercises.items():
        if not EXERCISE_KEY.fullmatch(key) or not isinstance(entry, dict):
            raise ValueError("an exercise in it is not one of the workshop's")
        if set(entry) != {"state", "attempts", "wrong"} or entry["state"] not in SEAT_STATES:
            raise ValueError(f"exercise {key} is not passed or tried")
        wrong = entry["wrong"]
        if not isinstance(wrong, dict) or len(wrong) > MAX_MISTAKES:
            raise ValueError(f"the wrong answers of {key} are not names of mistakes")
        for name, count in wrong.items():
            if not MISTAKE_NAME.fullmatch(name):
                raise ValueError(f"a wrong answer of {key} is not the name of a mistake")
            _count(count, f"a count in {key}")
        checked[key] = {
            "state": entry["state"],
            "attempts": _count(entry["attempts"], f"the attempts at {key}"),
            "wrong": dict(wrong),
        }
    hand = data["hand"]
    if hand is not None:
        if not isinstance(hand, dict) or set(hand) != {"kind", "since"}:
            raise ValueError("its hand is not a raised hand")
        if hand["kind"] not in HAND_KINDS:
            raise ValueError("its hand is not stuck or done")
        hand = {"kind": hand["kind"], "since": _time(hand["since"], "its hand's time", now) or now}
    last_step = _time(data["last_step"], "its last step", now)
    return SeatView(seat, notebook, checked, hand, last_step, file)


def exercise_keys(seats: Iterable[SeatView], known: Iterable[str] = ()) -> list[str]:
    """The workshop's exercises, then any other a seat names, in notebook order."""
    keys = dict.fromkeys(known)
    for seat in seats:
        keys.update(dict.fromkeys(seat.exercises))
    return sorted(keys, key=lambda k: tuple(int(p) for p in k.split(".")))


def room_summary(seats: list[SeatView], known: Iterable[str] = ()) -> dict[str, Any]:
    """The room as one JSON-ready object (the shape ``realnet room DIR --json`` prints).

    ``{"participants": N, "exercises": {"1.2": {"passed": a, "tried": b, "not_started":
    c, "wrong": {"a": 3}}, ...}, "hands": [{"seat": ..., "kind": ..., "since": ...}]}``:
    every participant counts in exactly one of passed, tried (and not passed) and not
    started; ``wrong`` says how many participants made each mistake, most common first.
    """
    exercises = {}
    for key in exercise_keys(seats, known):
        states = Counter(s.exercises[key]["state"] for s in seats if key in s.exercises)
        wrong = Counter(
            name for s in seats if key in s.exercises for name in s.exercises[key]["wrong"]
        )
        exercises[key] = {
            "passed": states["passed"],
            "tried": states["tried"],
            "not_started": len(seats) - states["passed"] - states["tried"],
            "wrong": dict(sorted(wrong.items(), key=lambda kv: (-kv[1], kv[0]))),
        }
    hands = sorted(
        (
            {"seat": s.seat, "kind": s.hand["kind"], "since": s.hand["since"]}
            for s in seats
            if s.hand
        ),
        key=lambda h: (h["since"], h["seat"]),
    )
    return {
        "participants": len(seats),
        "exercises": exercises,
        "hands": [{**h, "since": h["since"].isoformat(timespec="seconds")} for h in hands],
    }


def still_seats(seats: list[SeatView], now: dt.datetime | None = None) -> list[SeatView]:
    """The participants who have not moved for :data:`STILL_AFTER`, longest first.

    A raised hand is listed with the hands, not here: that participant is waiting, not lost.
    """
    now = now or dt.datetime.now(dt.UTC)
    still = [
        s
        for s in seats
        if s.hand is None and (s.last_step is None or now - s.last_step >= STILL_AFTER)
    ]
    epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
    return sorted(still, key=lambda s: (s.last_step or epoch, s.seat))
