"""The room: a facilitator's live, anonymous view of where every participant is.

Participants who agree publish one small seat file each to a shared folder (see
:mod:`realnet_kit.workbook.seat` for exactly what it holds, and
:mod:`realnet_kit.room.participant` for their calls); ``realnet room DIR`` reads them all
(:mod:`realnet_kit.room.read`, every file untrusted) and shows the room as a live page or
as JSON (:mod:`realnet_kit.room.view`, :mod:`realnet_kit.room.serve`).
"""

from __future__ import annotations

from realnet_kit.room.participant import (
    join_room,
    leave_room,
    rename_seat,
    room_button,
    show_my_seat,
)
from realnet_kit.room.read import check_seat, read_room, room_summary
from realnet_kit.room.serve import RoomServer, clear_room, register
from realnet_kit.room.view import room_json, room_page

__all__ = [
    "RoomServer",
    "check_seat",
    "clear_room",
    "join_room",
    "leave_room",
    "read_room",
    "register",
    "rename_seat",
    "room_button",
    "room_json",
    "room_page",
    "room_summary",
    "show_my_seat",
]
