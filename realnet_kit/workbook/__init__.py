"""The participant's own record: one SQLite file that keeps every answer the moment it is given."""

from __future__ import annotations

from realnet_kit.workbook._columns import pack_frame, packed_once, unpack_frame
from realnet_kit.workbook.book import (
    CONTACT_COLUMNS,
    Workbook,
)

__all__ = [
    "CONTACT_COLUMNS",
    "Workbook",
    "pack_frame",
    "packed_once",
    "unpack_frame",
]
