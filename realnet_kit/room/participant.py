"""The participant's calls for a room: join, leave, rename the seat, see what it publishes.

Notebook 00 shows :func:`room_button`; every notebook shows the hand widget on its own
when the participant is in a room (``open_workshop_data`` displays it). Everything here
works on the participant's one :class:`~realnet_kit.workbook.seat.Seat`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from realnet_kit.widgets import RoomChoice
from realnet_kit.workbook.seat import room_is_set, seat_for


def room_button() -> RoomChoice | None:
    """Notebook 00's "Join the room" button (and "Leave the room", and the seat label).

    Without a room (no ``REALNET_ROOM`` nor ``REALNET_ROOM_OFFER``) it says so in one line
    and shows nothing, so the cell runs the same everywhere.
    """
    if not room_is_set():
        print("There is no room in this workshop: nothing about you is shared.")
        return None
    return RoomChoice(seat_for())


def join_room(folder: str | os.PathLike | None = None) -> Path:
    """Join the room offered (or the folder ``folder``); returns the seat's file."""
    path = seat_for().join(folder)
    print(f"You are in the room as {seat_for().label}. To stop sharing: leave_room().")
    return path


def leave_room() -> None:
    """Leave the room: your seat's file is removed from it and nothing more is shared."""
    seat = seat_for()
    seat.leave()
    print("You have left the room: nothing about you is shared any more.")


def rename_seat(label: str) -> str:
    """Change the label the facilitator sees for you (e.g. ``"Table 3"``)."""
    return seat_for().rename(label)


def show_my_seat() -> None:
    """Print exactly what your seat publishes to the room.

    It is the whole content of your file in the room: your seat label, the notebook you
    are in, each exercise passed or tried with the number of attempts and the names of
    the mistakes made, a raised hand, and the time of your last step. Nothing else.
    (``seat_for().content()`` in :mod:`realnet_kit.workbook.seat` gives it as a dict.)
    """
    seat = seat_for()
    content = seat.content()
    where = seat.path
    if where is None:
        print("You are not in a room, so nothing is published. If you joined, this would be:")
    else:
        print(f"Your seat's file in the room, {where}, holds exactly this:")
    print(json.dumps(content, ensure_ascii=False, indent=1))
