"""The participant's seat in a room: the little the facilitator's room view may see.

A facilitator can follow a live seminar in ``realnet room DIR`` when participants agree to
publish their progress to the shared folder ``DIR``. Each participant publishes one small
file there, ``seat-<random id>.json``, and it holds only:

- the seat label, a pseudonym drawn at first ("Teal Otter 41") that the participant may
  change ("Table 3");
- the notebook they are in;
- for each exercise tried, whether it is passed or only tried, how many attempts, and for
  the wrong ones the *name* of the mistake (a choice's letter, "the share, not the count",
  "other"), never what was typed;
- a raised hand ("stuck" or "done") and since when; the time of their last step.

Nothing is published until the participant is in a room: ``realnet workshop --room DIR``
sets ``REALNET_ROOM`` (their own opt-in), or a hub sets ``REALNET_ROOM_OFFER`` and the
participant presses "Join the room" in notebook 00. The choice, the label and the hand
are kept in the participant's own workbook (``REALNET_HOME/workbook.sqlite``), so they
survive a restart; leaving removes the file from the room.

>>> import tempfile, pathlib
>>> home, room = pathlib.Path(tempfile.mkdtemp()), pathlib.Path(tempfile.mkdtemp())
>>> seat = Seat(home)
>>> seat.join(room).name.startswith("seat-")
True
>>> seat.raise_hand("stuck")["kind"]
'stuck'
>>> sorted(seat.content())
['exercises', 'format', 'hand', 'last_step', 'notebook', 'seat', 'version']
>>> seat.leave(); list(room.iterdir())
[]
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import secrets
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import traitlets

from realnet_kit.config import ROOM_OFFER_VARIABLE, ROOM_VARIABLE, realnet_home
from realnet_kit.privacy import pseudonym
from realnet_kit.workbook._db import WORKBOOK_FILENAME
from realnet_kit.workbook.book import Workbook

__all__ = [
    "HAND_KINDS",
    "MISTAKE_NAME",
    "SEAT_FORMAT",
    "SEAT_VERSION",
    "Seat",
    "room_is_set",
    "room_seat",
    "seat_for",
]

#: What a seat file says it is, and the version of its shape.
SEAT_FORMAT = "realnet-seat"
SEAT_VERSION = 1
#: Seat files in a room are named ``seat-<16 hex digits>.json``.
SEAT_FILE = re.compile(r"seat-[0-9a-f]{16}\.json")
#: The hands a participant can raise.
HAND_KINDS = ("stuck", "done")
#: Longest seat label, in characters.
MAX_LABEL = 40
#: Most mistake names kept for one exercise (a bank names only a few per exercise).
MAX_MISTAKES = 12
#: What a mistake's name may be: a few lowercase words (or a choice's letter), never a
#: digit, so nothing typed (a number from the participant's own data) passes as a name.
MISTAKE_NAME = re.compile(r"[a-z](?:[a-z ,'-]{0,46}[a-z])?")
#: An exercise key ("1.2") and a notebook ("01").
EXERCISE_KEY = re.compile(r"\d{1,2}\.\d{1,2}")
NOTEBOOK_KEY = re.compile(r"\d{2}")
#: Permissions of a seat file: the owner writes, the facilitator's group reads.
SEAT_FILE_MODE = 0o640

#: The workbook setting that keeps the seat (id, label, choice, hand, notebook, last step).
SEAT_SETTING = "room_seat"

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")


def room_is_set() -> bool:
    """Whether this session has a room at all (``REALNET_ROOM`` or ``REALNET_ROOM_OFFER``).

    Checked before anything else, so a participant without a room never opens a seat.
    """
    return any(os.environ.get(v, "").strip() for v in (ROOM_VARIABLE, ROOM_OFFER_VARIABLE))


def now_text() -> str:
    """The current time in UTC, to the second, as a seat file writes it."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def clean_label(label: Any) -> str:
    """A seat label as it may be published: one line of at most :data:`MAX_LABEL` characters.

    >>> clean_label("  Table\\n 3 ")
    'Table 3'
    """
    text = " ".join(_CONTROL.sub(" ", str(label)).split())
    if not text:
        raise ValueError('A seat label needs a few letters, such as "Table 3".')
    if len(text) > MAX_LABEL:
        raise ValueError(
            f"A seat label is at most {MAX_LABEL} characters; {text[:20]!r}... has {len(text)}."
        )
    return text


def _key_order(key: str) -> tuple[int, ...]:
    return tuple(int(part) for part in key.split("."))


class Seat(traitlets.HasTraits):
    """One participant's seat: whether they are in a room, their label, their hand.

    Parameters
    ----------
    home
        The participant's folder (default ``REALNET_HOME``); the seat's settings live in
        its ``workbook.sqlite``, and its exercises come from every workbook in it.

    The traits ``joined`` and ``hand`` change as the participant joins, leaves, raises or
    lowers their hand, so widgets showing them update in place.
    """

    joined = traitlets.Bool(False)
    hand = traitlets.Dict(allow_none=True, default_value=None)
    label = traitlets.Unicode("")
    #: Why the last publish failed, in words ("" when it worked).
    problem = traitlets.Unicode("")

    def __init__(self, home: str | os.PathLike | None = None) -> None:
        super().__init__()
        self.home = Path(home).expanduser() if home is not None else realnet_home()
        self._workbook: Workbook | None = None
        self._chosen_here: Path | None = None  # a room joined by name in this process
        state = self._state()
        self.label = state["label"]
        self.hand = state.get("hand")
        self.joined = self.folder is not None

    # --- where the choice is kept ------------------------------------------------------
    @property
    def workbook(self) -> Workbook:
        """The participant's own workbook, which keeps the seat's settings."""
        if self._workbook is None:
            self._workbook = Workbook(self.home / WORKBOOK_FILENAME)
        return self._workbook

    def _state(self) -> dict[str, Any]:
        state = self.workbook.setting(SEAT_SETTING)
        state = dict(state) if isinstance(state, dict) else {}
        if not re.fullmatch(r"[0-9a-f]{16}", str(state.get("id", ""))):
            state["id"] = secrets.token_hex(8)
            state["label"] = pseudonym(secrets.token_hex(8), "name")
            self.workbook.set_setting(SEAT_SETTING, state)
        return state

    def _save(self, **changes: Any) -> dict[str, Any]:
        state = {**self._state(), **changes}
        self.workbook.set_setting(SEAT_SETTING, state)
        return state

    # --- the room ----------------------------------------------------------------------
    @property
    def offered(self) -> Path | None:
        """The room this participant may join: ``REALNET_ROOM``, else ``REALNET_ROOM_OFFER``."""
        for variable in (ROOM_VARIABLE, ROOM_OFFER_VARIABLE):
            value = os.environ.get(variable, "").strip()
            if value:
                return Path(value).expanduser().absolute()
        return None

    @property
    def folder(self) -> Path | None:
        """The room folder this seat publishes to, or None when not in a room.

        ``REALNET_ROOM`` (set by ``realnet workshop --room DIR``) is the participant's own
        opt-in: they are in unless they left that room. ``REALNET_ROOM_OFFER`` is a hub's
        offer: they are in only once they joined it.
        """
        offered = self._chosen_here or self.offered
        if offered is None:
            return None
        choice = self._state().get("choice") or {}
        if self._chosen_here is not None:
            return offered if choice.get("joined") is True else None
        same = choice.get("folder") == str(offered)
        if os.environ.get(ROOM_VARIABLE, "").strip():
            return None if same and choice.get("joined") is False else offered
        return offered if same and choice.get("joined") is True else None

    @property
    def path(self) -> Path | None:
        """This seat's file in the room (None when not in a room)."""
        folder = self.folder
        return None if folder is None else folder / f"seat-{self._state()['id']}.json"

    @property
    def recorded_path(self) -> Path | None:
        """The seat's file in the last room it joined, whether in a room now or not
        (``realnet forget`` removes it with everything else)."""
        state = self._state()
        folder = (state.get("choice") or {}).get("folder")
        return Path(folder) / f"seat-{state['id']}.json" if folder else None

    def join(self, folder: str | os.PathLike | None = None) -> Path:
        """Join the room (the one offered, by default) and publish the seat; return its file.

        A ``folder`` named here is joined for this session only; the offered room is joined
        for every session until the participant leaves it.
        """
        target = Path(folder).expanduser().absolute() if folder is not None else self.offered
        if target is None:
            raise ValueError(
                "No room is offered here. A facilitator's room is a shared folder: start the "
                "workshop with realnet workshop --room FOLDER, or join(FOLDER)."
            )
        if target != self.offered:
            self._chosen_here = target
        self._save(choice={"folder": str(target), "joined": True}, last_step=now_text())
        self.joined = True
        path = self.publish()
        assert path is not None
        return path

    def leave(self) -> None:
        """Leave the room: the seat's file is removed, and nothing more is published."""
        path = self.path
        offered = self._chosen_here or self.offered
        if offered is not None:
            self._save(choice={"folder": str(offered), "joined": False})
        self.joined = False
        if path is not None:
            path.unlink(missing_ok=True)

    def rename(self, label: str) -> str:
        """Change the seat label (``"Table 3"``); returns the label as published."""
        text = clean_label(label)
        self._save(label=text)
        self.label = text
        self._publish_quietly()
        return text

    # --- steps -------------------------------------------------------------------------
    def raise_hand(self, kind: str) -> dict[str, str]:
        """Raise a hand: ``"stuck"`` or ``"done"``; the facilitator sees it and since when."""
        if kind not in HAND_KINDS:
            raise ValueError(f"A hand is {' or '.join(map(repr, HAND_KINDS))}, not {kind!r}.")
        hand = {"kind": kind, "since": now_text()}
        self._save(hand=hand, last_step=hand["since"])
        self.hand = hand
        self._publish_quietly()
        return hand

    def lower_hand(self) -> None:
        """Lower the hand."""
        self._save(hand=None, last_step=now_text())
        self.hand = None
        self._publish_quietly()

    def enter_notebook(self, notebook: str) -> None:
        """Note the notebook the participant opened; a "done" hand goes down as they move on."""
        if not NOTEBOOK_KEY.fullmatch(str(notebook)):
            return
        state = self._state()
        changes: dict[str, Any] = {"notebook": notebook, "last_step": now_text()}
        hand = state.get("hand")
        if hand and hand.get("kind") == "done" and state.get("notebook") != notebook:
            changes["hand"] = None
        state = self._save(**changes)
        self.hand = state.get("hand")
        self._publish_quietly()

    def after_attempt(self, notebook: str, passed: bool) -> None:
        """After an exercise attempt: a "stuck" hand goes down when it passes; publish."""
        state = self._state()
        changes: dict[str, Any] = {"last_step": now_text()}
        if NOTEBOOK_KEY.fullmatch(str(notebook)):
            changes["notebook"] = notebook
        hand = state.get("hand")
        if passed and hand and hand.get("kind") == "stuck":
            changes["hand"] = None
        state = self._save(**changes)
        self.hand = state.get("hand")
        self._publish_quietly()

    # --- what is published -------------------------------------------------------------
    def content(self) -> dict[str, Any]:
        """Exactly what the seat publishes (whether or not it is in a room now)."""
        state = self._state()
        exercises: dict[str, dict[str, Any]] = {}
        for exercise, passed, mistake, count in self._attempts():
            entry = exercises.setdefault(exercise, {"state": "tried", "attempts": 0, "wrong": {}})
            entry["attempts"] += count
            if passed:
                entry["state"] = "passed"
            else:
                name = mistake if MISTAKE_NAME.fullmatch(mistake or "") else "other"
                wrong = entry["wrong"]
                if name in wrong or len(wrong) < MAX_MISTAKES:
                    wrong[name] = wrong.get(name, 0) + count
        hand = state.get("hand")
        notebook = state.get("notebook")
        return {
            "format": SEAT_FORMAT,
            "version": SEAT_VERSION,
            "seat": state["label"],
            "notebook": notebook if NOTEBOOK_KEY.fullmatch(str(notebook)) else None,
            "exercises": {k: exercises[k] for k in sorted(exercises, key=_key_order)},
            "hand": {"kind": hand["kind"], "since": hand["since"]} if hand else None,
            "last_step": state.get("last_step"),
        }

    def _attempts(self) -> list[tuple[str, bool, str, int]]:
        """(exercise, passed, mistake, attempts it stands for) from every workbook here."""
        rows: list[tuple[str, bool, str, int]] = []
        books = [self.home / WORKBOOK_FILENAME, *sorted(self.home.glob("sample-*.sqlite"))]
        for path in books:
            if not path.is_file():
                continue
            for exercise, passed, mistake, count in _read_attempts(path):
                if EXERCISE_KEY.fullmatch(str(exercise)):
                    rows.append((str(exercise), bool(passed), str(mistake or ""), int(count)))
        return rows

    def publish(self) -> Path | None:
        """Write the seat's file into the room, atomically; None when not in a room.

        The file is written beside its final name and renamed over it, so the room view
        never reads half a file; it is readable by the owner and their group.
        """
        path = self.path
        if path is None:
            return None
        data = json.dumps(self.content(), ensure_ascii=False, indent=1).encode("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(prefix=".seat-", suffix=".partial", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                if hasattr(os, "fchmod"):
                    os.fchmod(out.fileno(), SEAT_FILE_MODE)
            os.replace(partial, path)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
        self.problem = ""
        return path

    def _publish_quietly(self) -> None:
        """Publish; a room folder that cannot be written is noted, never raised."""
        try:
            self.publish()
        except OSError as error:
            self.problem = (
                f"Your seat could not be updated in the room ({error.strerror or error}); "
                "your answers are saved in your workbook all the same."
            )


def _read_attempts(path: Path) -> list[tuple]:
    """The attempts of one workbook file, read without changing it (none if unreadable)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return []
    try:
        try:
            return conn.execute(
                "SELECT exercise, passed, mistake, stands_for FROM exercise_attempts"
            ).fetchall()
        except sqlite3.OperationalError:  # a workbook from before mistakes were named
            return conn.execute(
                "SELECT exercise, passed, 'other', stands_for FROM exercise_attempts"
            ).fetchall()
    except sqlite3.Error:
        return []
    finally:
        conn.close()


_SEATS: dict[Path, Seat] = {}


def seat_for(home: str | os.PathLike | None = None) -> Seat:
    """The one :class:`Seat` of this process for ``home`` (default ``REALNET_HOME``).

    The engine, the hand widget and notebook 00's button share it, so a hand lowered when
    an exercise passes goes down in the widget at once.
    """
    folder = (Path(home).expanduser() if home is not None else realnet_home()).absolute()
    seat = _SEATS.get(folder)
    if seat is None:
        seat = _SEATS[folder] = Seat(folder)
    return seat


def room_seat() -> Seat | None:
    """This participant's seat when the session has a room to sit in, else ``None``.

    Without ``REALNET_ROOM`` or ``REALNET_ROOM_OFFER`` no seat is even opened.
    """
    if not room_is_set():
        return None
    seat = seat_for()
    return seat if seat.folder is not None else None
