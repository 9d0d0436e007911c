"""Facebook archive: friends (old and new), mojibake undone, inbox with groups."""

from __future__ import annotations

import pytest
from test_fixtures import PEOPLE, write_facebook_archive
from test_x import assert_contract

from realnet_kit import load_export, load_interactions


@pytest.mark.parametrize("generation", ["2024", "2019"])
def test_friends_with_mojibake_repaired(tmp_path, generation):
    frame = load_export(write_facebook_archive(tmp_path / "fb.zip", generation=generation))
    assert_contract(frame)
    assert frame["name"].tolist() == PEOPLE
    assert frame["contact_id"].tolist()[:2] == ["facebook:zoe-ødegard", "facebook:山田-太郎"]
    assert frame.loc[4, "contact_id"] == "facebook:kai-tanaka"
    assert frame["follows_me"].all() and frame["i_follow"].all()
    assert frame["connected_on"].notna().all()


def test_inbox_group_message_counts_for_each_participant(tmp_path):
    path = write_facebook_archive(tmp_path / "fb.zip")
    log = load_interactions(path)
    assert log["contact_id"].tolist() == [
        "facebook:zoe-ødegard",
        "facebook:zoe-ødegard",
        "facebook:山田-太郎",
    ]
    assert log["direction"].tolist() == ["in", "out", "out"]
    assert log.loc[0, "note"] == "Hallo 👋"
    assert set(log["contact_id"]) <= set(load_export(path)["contact_id"])


def test_old_inbox_owner_guessed_from_threads(tmp_path):
    log = load_interactions(write_facebook_archive(tmp_path / "fb.zip", generation="2019"))
    assert log["direction"].tolist() == ["in", "out", "out", "in"]
    assert log["contact_id"].iloc[-1] == "facebook:bo"
