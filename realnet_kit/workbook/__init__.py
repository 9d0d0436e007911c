"""The participant's own record: one SQLite file that keeps every answer the moment it is given."""

from __future__ import annotations

from realnet_kit.workbook._columns import pack_frame, packed_once, unpack_frame
from realnet_kit.workbook.book import (
    CONTACT_COLUMNS,
    Workbook,
)
from realnet_kit.workbook.seat import Seat, room_is_set, seat_for

__all__ = [
    "CONTACT_COLUMNS",
    "Seat",
    "Workbook",
    "pack_frame",
    "packed_once",
    "room_is_set",
    "seat_for",
    "unpack_frame",
]
