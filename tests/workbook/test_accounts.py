"""The workbook's bulk form: big loads kept as packed columns, read back as the same contacts."""

from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd
import pytest

from realnet_kit import ExportFormatError, Workbook
from realnet_kit.workbook import _accounts as accounts
from realnet_kit.workbook import _db as db
from realnet_kit.workbook._columns import (
    MAX_BYTES_PER_ROW,
    pack_column,
    pack_frame,
    unpack_column,
    unpack_frame,
)


def _followers(n: int, start: int = 0, platform: str = "x") -> pd.DataFrame:
    """A load_export-like frame of ``n`` accounts (some values missing, a signal column)."""
    ids = [f"{platform}:{k}" for k in range(start, start + n)]
    return pd.DataFrame(
        {
            "contact_id": pd.array(ids, dtype="string"),
            "platform": pd.array([platform] * n, dtype="string"),
            "handle": pd.array([f"user{k}" if k % 3 else None for k in range(n)], "string"),
            "name": pd.array([None] * n, dtype="string"),
            "profile_url": pd.array([f"https://example.org/{k}" for k in range(n)], "string"),
            "follows_me": pd.array([True] * n, dtype="boolean"),
            "i_follow": pd.array([k % 2 == 0 if k % 5 else None for k in range(n)], "boolean"),
            "connected_on": pd.to_datetime(
                [1_600_000_000 + k if k % 4 else None for k in range(n)], unit="s", utc=True
            ).astype("datetime64[ns, UTC]"),
            "followers_count": pd.array([k if k % 7 else None for k in range(n)], "Int64"),
        }
    )


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values("contact_id").reset_index(drop=True)


@pytest.fixture
def small_bulk(monkeypatch):
    """Frames of 50 rows or more go to the bulk (so tests stay small)."""
    monkeypatch.setattr(accounts, "BULK_ROWS", 50)


# ------------------------------------------------------------------ packed columns


def test_every_kind_of_column_comes_back_with_its_values_and_dtype():
    frame = pd.DataFrame(
        {
            "text": pd.array(["a", None, "é 🎸"], dtype="string"),
            "same": pd.array(["x", "x", "x"], dtype="string"),
            "none": pd.array([None, None, None], dtype="string"),
            "str": pd.Series(["a", None, "c"], dtype="str"),
            "flag": pd.array([True, None, False], dtype="boolean"),
            "count": pd.array([1, None, 3], dtype="Int64"),
            "ratio": pd.array([0.5, None, 2.0], dtype="Float64"),
            "plain": np.array([1, 2, 3]),
            "float": np.array([1.0, np.nan, 3.0]),
            "when": pd.to_datetime(["2024-01-01", None, "2025-06-01"], utc=True),
            "naive": pd.to_datetime(["2024-01-01", None, "2025-06-01"]).astype("datetime64[s]"),
            "nat": pd.to_datetime([None, None, None], utc=True).astype("datetime64[us, UTC]"),
            "any": pd.Series(["x", None, 3], dtype=object),
        }
    )
    back = unpack_frame(pack_frame(frame), 3)
    pd.testing.assert_frame_equal(back, frame)
    empty = frame.iloc[:0].reset_index(drop=True)
    pd.testing.assert_frame_equal(unpack_frame(pack_frame(empty), 0), empty)


def test_a_column_of_one_value_or_of_none_takes_a_few_bytes():
    n = 100_000
    assert len(pack_column(pd.Series(pd.array(["x"] * n, dtype="string")))[1]) < 10
    assert pack_column(pd.Series(pd.array([None] * n, dtype="boolean")))[1] == b""
    ids = pd.Series(pd.array([f"x:{k}" for k in range(n)], dtype="string"))
    assert len(pack_column(ids)[1]) < 0.5 * sum(map(len, ids))


def test_a_damaged_or_oversized_packed_column_is_refused():
    dtype, blob = pack_column(pd.Series(pd.array(["a", "b"], dtype="string")))
    with pytest.raises(ValueError, match="one value per row"):
        unpack_column(dtype, blob, 3)
    with pytest.raises(ValueError, match="damaged"):
        unpack_column(dtype, blob[:-3], 2)
    with pytest.raises(ValueError, match="kind"):
        unpack_column("complex128", blob, 2)
    import zlib

    bomb = zlib.compress(b"[" + b" " * (3 * MAX_BYTES_PER_ROW + 20 * 1024 * 1024) + b"]")
    with pytest.raises(ValueError, match="larger than its rows"):
        unpack_column("string", bomb, 2)
    not_text = zlib.compress(b'["a", 1]')
    with pytest.raises(ValueError):
        unpack_column("string", not_text, 2)


# ------------------------------------------------------------------ the workbook


def test_a_big_load_is_kept_in_bulk_not_one_row_per_account(tmp_path, small_bulk):
    wb = Workbook(tmp_path / "w.sqlite")
    assert wb.add_contacts(_followers(400)) == 400
    conn = sqlite3.connect(wb.path)
    assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0
    stored = conn.execute("SELECT name, rows FROM contact_bulk ORDER BY position").fetchall()
    assert [name for name, _ in stored][:3] == ["contact_id", "platform", "handle"]
    assert {rows for _, rows in stored} == {400}
    back = wb.contacts()
    assert len(back) == 400
    assert back["contact_id"].tolist() == [f"x:{k}" for k in range(400)]


def test_the_bulk_and_the_rows_give_the_same_contacts(tmp_path, monkeypatch):
    """The same adds, kept in bulk or as rows, read back as the same frame."""
    steps = [
        _followers(300),
        pd.DataFrame({"contact_id": ["x:5", "x:999"], "name": ["Ada", "Bo"], "email": [None, "@"]}),
        _followers(200, start=250).assign(handle=pd.array([None] * 200, dtype="string")),
        pd.DataFrame({"contact_id": ["x:1"], "company": ["Mill"], "followers_count": [None]}),
    ]
    frames, news = [], []
    for limit, name in ((10**9, "rows"), (50, "bulk")):
        monkeypatch.setattr(accounts, "BULK_ROWS", limit)
        wb = Workbook(tmp_path / f"{name}.sqlite")
        news.append([wb.add_contacts(step) for step in steps])
        frames.append(_sorted(wb.contacts()))
    assert news[0] == news[1] == [300, 1, 150, 0]
    pd.testing.assert_frame_equal(frames[0], frames[1])
    ada = frames[1].set_index("contact_id").loc["x:5"]
    assert (ada["name"], ada["handle"]) == ("Ada", "user5")  # known values are never erased


def test_readers_get_the_load_back_exactly(tmp_path, small_bulk):
    loaded = _followers(500)
    wb = Workbook(tmp_path / "w.sqlite")
    wb.add_contacts(loaded)
    back = wb.contacts()
    expected = loaded.assign(
        connected_on=loaded["connected_on"].astype("datetime64[us, UTC]"),
        followers_count=loaded["followers_count"],
    )
    for column in ("email", "company", "position"):
        expected.insert(list(back.columns).index(column), column, pd.array([None] * 500, "string"))
    pd.testing.assert_frame_equal(back, expected[back.columns])
    assert str(back["connected_on"].dtype) == "datetime64[us, UTC]"


def test_scores_plans_and_logs_work_on_accounts_in_bulk(tmp_path, small_bulk):
    wb = Workbook(tmp_path / "w.sqlite")
    wb.add_contacts(_followers(200))
    wb.save_score("x:7", ideas=3)
    wb.log_interaction("x:7", "2025-01-02T10:00:00Z", "in", "message", "hello")
    assert wb.scores()["contact_id"].tolist() == ["x:7"]
    assert wb.interactions()["contact_id"].tolist() == ["x:7"]
    assert wb.add_contacts(pd.DataFrame({"contact_id": ["x:7"], "name": ["Kofi"]})) == 0
    assert wb.contacts().set_index("contact_id").loc["x:7", "name"] == "Kofi"


def test_a_workbook_of_schema_4_opens_and_keeps_its_rows(tmp_path, small_bulk):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    for step in db.MIGRATIONS[:4]:
        conn.executescript(step)
    conn.execute(f"PRAGMA application_id = {db.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 4")
    conn.execute(
        "INSERT INTO contacts (contact_id, platform, name, follows_me, extras, added_at, "
        "updated_at) VALUES ('x:4', 'x', 'Old Friend', 1, '{}', '2024-01-01', '2024-01-01')"
    )
    conn.close()
    wb = Workbook(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == db.SCHEMA_VERSION
    assert wb.contacts()["name"].tolist() == ["Old Friend"]
    assert wb.add_contacts(_followers(100)) == 99  # x:4 was here already
    back = wb.contacts().set_index("contact_id")
    assert len(back) == 100
    assert (back.loc["x:4", "name"], back.loc["x:4", "handle"]) == ("Old Friend", "user4")


def test_a_merge_carries_accounts_in_bulk_and_keeps_what_is_here(tmp_path, small_bulk):
    theirs = Workbook(tmp_path / "theirs.sqlite")
    theirs.add_contacts(_followers(120, start=0))
    theirs.add_contacts(pd.DataFrame({"contact_id": ["x:1", "x:500"], "name": ["T1", "T500"]}))
    ours = Workbook(tmp_path / "ours.sqlite")
    ours.add_contacts(_followers(100, start=60))
    ours.add_contacts(pd.DataFrame({"contact_id": ["x:61"], "name": ["Ours"]}))
    summary = ours.merge_from(theirs.path)
    back = ours.contacts().set_index("contact_id")
    assert summary["contacts"] == 61  # x:0-59 from their bulk, x:500 from their rows
    assert len(back) == 161
    assert back.loc["x:61", "name"] == "Ours"
    assert back.loc["x:1", "name"] == "T1" and back.loc["x:1", "handle"] == "user1"
    assert ours.merge_from(theirs.path)["contacts"] == 0


def test_an_upload_with_damaged_or_repeated_accounts_is_refused(tmp_path, small_bulk):
    theirs = Workbook(tmp_path / "theirs.sqlite")
    theirs.add_contacts(_followers(80))
    theirs.close()
    conn = sqlite3.connect(tmp_path / "theirs.sqlite")
    conn.execute("UPDATE contact_bulk SET data = x'789c0300' WHERE name = 'handle'")
    conn.commit()
    conn.close()
    ours = Workbook(tmp_path / "ours.sqlite")
    with pytest.raises(ExportFormatError, match="accounts"):
        ours.merge_from(tmp_path / "theirs.sqlite")
    assert len(ours.contacts()) == 0

    again = Workbook(tmp_path / "again.sqlite")
    frame, _ = accounts.contact_frame(_followers(80))
    repeated = pd.concat([frame, frame.iloc[[0]]], ignore_index=True)  # never in an honest one
    with again._write() as conn:
        accounts.write_bulk(conn, repeated)
    again.close()
    with pytest.raises(ExportFormatError, match="repeated"):
        ours.merge_from(tmp_path / "again.sqlite")


def test_the_bulk_on_disk_is_far_smaller_than_rows(tmp_path, monkeypatch):
    frame = _followers(20_000)
    sizes = {}
    for limit, name in ((10**9, "rows"), (5_000, "bulk")):
        monkeypatch.setattr(accounts, "BULK_ROWS", limit)
        wb = Workbook(tmp_path / f"{name}.sqlite")
        wb.add_contacts(frame)
        wb.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        wb.close()
        sizes[name] = (tmp_path / f"{name}.sqlite").stat().st_size
    assert sizes["bulk"] < sizes["rows"] / 5, sizes
