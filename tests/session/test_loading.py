"""The first open of an export: read once, kept compact in the workbook and the cache."""

from __future__ import annotations

import sqlite3
import zipfile

import pandas as pd

from realnet_kit import load_export, load_interactions, open_workshop_data
from realnet_kit.importers import _load
from realnet_kit.samples import write_large_archive
from realnet_kit.session import _loading
from realnet_kit.workbook import _accounts


def _count_opens(monkeypatch) -> list:
    opened = []
    original = _load.open_entries

    def counting(path, *args, **kwargs):
        opened.append(path)
        return original(path, *args, **kwargs)

    monkeypatch.setattr(_load, "open_entries", counting)
    return opened


def test_an_export_is_opened_once_for_its_contacts_and_messages(realnet_home, monkeypatch):
    path = write_large_archive("x", realnet_home.parent / "export", followers=300, following=20)
    opened = _count_opens(monkeypatch)
    data = open_workshop_data(path, fallback=None, quiet=True)
    assert len(opened) == 1
    pd.testing.assert_frame_equal(data.contacts, load_export(path))
    assert len(data.interactions) == len(load_interactions(path)) == 0
    opened.clear()
    again = open_workshop_data(path, fallback=None, quiet=True)  # from the cache
    assert opened == []
    pd.testing.assert_frame_equal(again.contacts, data.contacts)


def test_a_big_export_lands_in_the_workbook_in_bulk(realnet_home, monkeypatch):
    monkeypatch.setattr(_accounts, "BULK_ROWS", 100)
    path = write_large_archive(
        "instagram", realnet_home.parent / "export", followers=400, following=30
    )
    data = open_workshop_data(path, fallback=None, quiet=True)
    conn = sqlite3.connect(data.workbook.path)
    assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0
    rows = {r[0] for r in conn.execute("SELECT rows FROM contact_bulk")}
    assert rows == {len(data.contacts)} == {415}
    stored = data.workbook.contacts()
    assert stored["contact_id"].tolist() == data.contacts["contact_id"].tolist()
    for column in ("handle", "profile_url", "follows_me", "i_follow"):
        assert stored[column].tolist() == data.contacts[column].tolist(), column
    assert (stored["connected_on"] == data.contacts["connected_on"]).all()


def test_the_cache_is_packed_columns_a_fraction_of_the_export(realnet_home):
    path = write_large_archive("x", realnet_home.parent / "export", followers=20_000, following=0)
    data = open_workshop_data(path, fallback=None, quiet=True)
    (cached,) = (realnet_home / _loading.CACHE_FOLDER).glob("*.cache")
    assert cached.read_bytes().startswith(_loading.CACHE_MAGIC)
    text = sum(member.file_size for member in zipfile.ZipFile(path).infolist())
    assert cached.stat().st_size < 0.2 * text  # the JSON cache was larger than the text
    stored = _loading._read_cache(cached)
    pd.testing.assert_frame_equal(stored[0], data.contacts)


def test_an_earlier_versions_json_cache_is_removed_when_a_new_one_is_written(realnet_home):
    folder = realnet_home / _loading.CACHE_FOLDER
    folder.mkdir()
    (folder / "0123456789abcdef01234567.json").write_text('{"format": "realnet-cache-2"}')
    (folder / "notes.json").write_text("{}")  # not a cache: left alone
    open_workshop_data("studio", quiet=True)
    assert sorted(p.suffix for p in folder.iterdir()) == [".cache", ".json"]
    assert (folder / "notes.json").exists()
