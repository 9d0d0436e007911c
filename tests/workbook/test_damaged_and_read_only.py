"""A damaged workbook is named as such in words; an intact one on a read-only drive opens
for reading, and writing to it explains what to do."""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest

from realnet_kit import ExportFormatError, Workbook
from realnet_kit.widgets._common import not_saved
from realnet_kit.workbook import _db


def _workbook_with_rows(path, n=3000):
    """A workbook of ``n`` logged messages, enough rows to fill many pages of the file."""
    rows = pd.DataFrame({
        "contact_id": [f"x:{i}" for i in range(n)],
        "timestamp": [f"2026-01-{1 + i % 28:02d}T10:00:00Z" for i in range(n)],
        "direction": "in", "kind": "message",
        "note": [f"message number {i} " * 4 for i in range(n)],
    })  # fmt: skip
    with Workbook(path) as wb:
        assert wb.add_interactions(rows) == n
        wb.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def test_a_damaged_page_is_found_when_the_workbook_opens(tmp_path):
    path = tmp_path / "workbook.sqlite"
    _workbook_with_rows(path)
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 6 : page * 6 + 2000] = b"\xff" * 2000  # scribble over a page of rows
    path.write_bytes(bytes(data))
    with pytest.raises(ExportFormatError, match="damaged") as caught:
        Workbook(path)
    assert "rename the file" in str(caught.value)


def test_an_intact_workbook_on_a_read_only_drive_opens_for_reading(tmp_path, monkeypatch):
    path = tmp_path / "workbook.sqlite"
    _workbook_with_rows(path, n=5)
    monkeypatch.setattr(_db, "_writable", lambda p: False)
    wb = Workbook(path)
    assert len(wb.interactions()) == 5
    with pytest.raises(sqlite3.OperationalError) as caught:
        wb.log_interaction("x:1", "2026-02-01T10:00:00Z", "out", "call")
    assert "copy it to your own folder" in not_saved(caught.value)
    wb.close()
