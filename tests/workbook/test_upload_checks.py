"""An uploaded workbook is untrusted: checked before anything is merged, and a failed
merge changes nothing and leaves no copy behind."""

from __future__ import annotations

import json
import sqlite3

import pytest

from realnet_kit import ExportFormatError, Workbook
from realnet_kit.workbook._binder import INCOMING_FOLDER


@pytest.fixture
def ours(tmp_path):
    book = Workbook(tmp_path / "ours" / "workbook.sqlite")
    book.save_score("x:1", ideas=2)
    yield book
    book.close()


def _upload(tmp_path, tamper) -> str:
    path = tmp_path / "theirs.sqlite"
    with Workbook(path) as theirs:
        theirs.save_score("x:2", ideas=3)
        theirs.set_setting("keywords", "sourdough")
    conn = sqlite3.connect(path)
    conn.executescript(tamper)
    conn.commit()
    conn.close()
    return str(path)


HOSTILE = {
    "answers out of range": "UPDATE scores SET answers = '{\"ideas\": 999}'",
    "answers that are not JSON": "UPDATE scores SET answers = 'not json'",
    "answers that are a list": "UPDATE scores SET answers = '[1, 2]'",
    "an unknown question": "UPDATE scores SET answers = '{\"shoe_size\": 2}'",
    "a setting that is not JSON": "UPDATE settings SET value = 'sourdough, rye'",
    "a plan with an extra column": "ALTER TABLE plan ADD COLUMN sneaky TEXT",
    "a plan date in the year 9999": (
        "INSERT INTO plan (plan_id, contact_id, action, due, status, updated_at) VALUES "
        "('p1', 'x:1', 'Coffee', '9999-12-31T00:00:00.000000+00:00', 'proposed', "
        "'2026-01-01T00:00:00.000000+00:00')"
    ),
    "infinite minutes": (
        "INSERT INTO plan (plan_id, contact_id, action, due, minutes, status, updated_at) "
        "VALUES ('p1', 'x:1', 'Coffee', '2026-01-05T00:00:00.000000+00:00', 1e999, "
        "'proposed', '2026-01-01T00:00:00.000000+00:00')"
    ),
    "a view": "CREATE VIEW everyone AS SELECT * FROM contacts",
    "a trigger": ("CREATE TRIGGER sneaky AFTER INSERT ON contacts BEGIN DELETE FROM scores; END"),
    "a settings view over an endless query": (
        "DROP TABLE settings; CREATE VIEW settings AS WITH RECURSIVE n(i) AS "
        "(SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i AS key, i AS value, "
        "i AS updated_at FROM n"
    ),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_upload_is_refused_in_words_and_changes_nothing(ours, tmp_path, case):
    before = (ours.scores().to_dict("records"), ours.setting("keywords"))
    path = _upload(tmp_path, HOSTILE[case])
    with pytest.raises(ExportFormatError, match=r"theirs\.sqlite") as caught:
        ours.merge_from(path)
    assert "was not changed" in str(caught.value)
    assert (ours.scores().to_dict("records"), ours.setting("keywords")) == before
    assert not (ours.path.parent / INCOMING_FOLDER).exists()


def test_a_good_upload_merges_and_leaves_no_copy(ours, tmp_path):
    summary = ours.merge_from(_upload(tmp_path, "SELECT 1"))
    assert summary["scores"] == 1 and ours.setting("keywords") == "sourdough"
    assert not (ours.path.parent / INCOMING_FOLDER).exists()


def test_a_copy_left_by_a_killed_merge_is_removed_by_the_next(ours, tmp_path):
    leftover = ours.path.parent / INCOMING_FOLDER
    leftover.mkdir()
    (leftover / "incoming.sqlite").write_bytes(b"half a copy")
    ours.merge_from(_upload(tmp_path, "SELECT 1"))
    assert not leftover.exists()


def test_settings_stay_readable_after_a_merge(ours, tmp_path):
    ours.merge_from(_upload(tmp_path, "SELECT 1"))
    raw = sqlite3.connect(ours.path).execute("SELECT value FROM settings").fetchall()
    assert all(json.loads(value) is not None for (value,) in raw)
