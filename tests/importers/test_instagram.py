"""Instagram archive: every generation of followers/following, mojibake, the inbox."""

from __future__ import annotations

import json

import pytest
from test_errors import zip_with
from test_fixtures import ig_follower, mojibake, write_instagram_archive
from test_x import assert_contract

from realnet_kit import load_export, load_interactions


@pytest.mark.parametrize("generation", ["2024", "2023", "2021"])
def test_generations_load_to_one_row_per_account(tmp_path, generation):
    frame = load_export(write_instagram_archive(tmp_path / "ig.zip", generation=generation))
    assert_contract(frame)
    assert frame["contact_id"].tolist() == [
        "instagram:ana.lopez",
        "instagram:kai_t",
        "instagram:zoe.o",
    ]
    assert frame["follows_me"].tolist() == [True, True, False]
    assert frame["i_follow"].tolist() == [False, True, True]
    assert frame.loc[2, "profile_url"] == "https://www.instagram.com/zoe.o"
    assert frame["connected_on"].notna().all()


def test_numbered_follower_files(tmp_path):
    path = zip_with(
        tmp_path / "ig.zip",
        {
            "connections/followers_and_following/followers_2.json": json.dumps(
                [ig_follower("second", 2)]
            ),
            "connections/followers_and_following/followers_1.json": json.dumps(
                [ig_follower("First.One", 1)]
            ),
        },
    )
    frame = load_export(path)
    assert frame["contact_id"].tolist() == ["instagram:first.one", "instagram:second"]
    assert frame.loc[0, "handle"] == "First.One"
    assert frame["i_follow"].isna().all()


def test_oldest_connections_json(tmp_path):
    path = tmp_path / "connections.json"
    path.write_text(
        json.dumps(
            {
                "followers": {
                    "ana": "2019-01-02T10:00:00+00:00",
                    "bo": "2019-02-02T10:00:00+00:00",
                },
                "following": {"bo": "2018-05-05T10:00:00+00:00"},
            }
        )
    )
    frame = load_export(path)
    assert frame["contact_id"].tolist() == ["instagram:ana", "instagram:bo"]
    assert frame["i_follow"].tolist() == [False, True]
    assert frame.loc[0, "connected_on"].year == 2019


def test_mojibake_usernames_are_repaired(tmp_path):
    path = tmp_path / "followers_1.json"
    path.write_text(json.dumps([ig_follower(mojibake("zoë_ødegård"), 1)]))
    assert load_export(path).loc[0, "handle"] == "zoë_ødegård"


def test_inbox_ids_match_contacts_and_text_is_repaired(tmp_path):
    path = write_instagram_archive(tmp_path / "ig.zip")
    log = load_interactions(path)
    assert log["contact_id"].tolist() == ["instagram:kai_t", "instagram:kai_t"]
    assert log["direction"].tolist() == ["in", "out"]
    assert log.loc[0, "note"] == "Grüße! Are you open on Sunday?"
    assert log.loc[1, "note"] == "Gern geschehen 😊"


def test_older_inbox_without_owner_file(tmp_path):
    path = zip_with(
        tmp_path / "ig.zip",
        {
            "messages/inbox/bo_1/message_1.json": json.dumps(
                {
                    "participants": [{"name": "Bo"}, {"name": "Me"}],
                    "messages": [
                        {"sender_name": "Me", "timestamp_ms": 2000, "content": "hi"},
                        {"sender_name": "Bo", "timestamp_ms": 1000, "content": "yo"},
                    ],
                }
            ),
            "messages/inbox/cy_2/message_1.json": json.dumps(
                {
                    "participants": [{"name": "Cy"}, {"name": "Me"}],
                    "messages": [{"sender_name": "Cy", "timestamp_ms": 3000, "content": "hey"}],
                }
            ),
        },
    )
    log = load_interactions(path, platform="instagram")
    assert log["direction"].tolist() == ["in", "out", "in"]
    assert log["contact_id"].tolist() == ["instagram:bo", "instagram:bo", "instagram:cy"]
