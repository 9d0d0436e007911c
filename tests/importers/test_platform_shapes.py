"""Mastodon's other lists, Instagram/Facebook/X files of odd shapes, LinkedIn's assistant,
and files that are not about people: each told apart, loaded right, or refused in words."""

from __future__ import annotations

import json

import pytest
from test_errors import refuse, zip_with
from test_fixtures import CONNECTIONS_2020, MESSAGES, PROFILE, ig_follower, ytd

from realnet_kit import load_export, load_interactions

# ---------------------------------------------------------------- Mastodon

FOLLOWS = (
    "Account address,Show boosts,Notify on new posts,Languages\n"
    "zoe@social.example,true,false,\n"
    "bob,true,false,\n"
    "kai_t@mastodon.example.org,true,true,en\n"
)
MUTES = "Account address,Hide notifications\nspam_bot@noisy.example,true\nloud@fedi.example,false\n"
BLOCKS = "troll@bad.example\nspammer@junk.example\n"
DOMAINS = "bad.example\njunk.example\n"
LISTS = "Bakers,zoe@social.example\nBakers,kai_t@mastodon.example.org\nFamily,mum@fedi.example\n"
BOOKMARKS = (
    "https://social.example/@zoe/111222333444555666\n"
    "https://mastodon.example.org/@kai_t/111222333444555777\n"
)


def test_mastodon_local_account_without_server_is_kept_and_counted(tmp_path):
    path = tmp_path / "following_accounts.csv"
    path.write_text(FOLLOWS)
    frame = load_export(path)
    assert len(frame) == 3
    assert frame["handle"].tolist() == ["zoe@social.example", "bob", "kai_t@mastodon.example.org"]
    assert frame.loc[1, "contact_id"] == "mastodon:bob"
    assert frame["profile_url"].isna().tolist() == [False, True, False]
    assert frame["i_follow"].all() and frame["follows_me"].isna().all()


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("muted_accounts.csv", MUTES, ["muted", "following_accounts.csv"]),
        ("mutes.csv", MUTES, ["muted"]),
        ("blocked_accounts.csv", BLOCKS, ["blocked", "following_accounts.csv"]),
        ("blocked_domains.csv", DOMAINS, ["servers", "not people"]),
        ("lists.csv", LISTS, ["lists", "not whom you follow"]),
        ("bookmarks.csv", BOOKMARKS, ["bookmarks", "posts"]),
        ("export.csv", BOOKMARKS, ["bookmarks"]),
        (
            "saved.txt",
            "https://social.example/statuses/1312\nhttps://fedi.example/users/zoe/statuses/42\n",
            ["bookmarks"],
        ),
        ("mute-list.txt", "bob\n\nloud@fedi.example\n\n", ["muted"]),
        (
            "block-import.csv",
            "Account address,Stealth\nbob,true\ntroll@bad.example,false\n",
            ["blocked"],
        ),
        (
            "server_blocks.csv",
            "#domain,#severity,#reject_media\nbad.example,silence,false\n",
            ["servers"],
        ),
    ],
)
def test_mastodon_files_that_are_not_follows_are_refused_naming_what_they_are(
    tmp_path, name, text, words
):
    path = tmp_path / name
    path.write_text(text)
    refuse(path, "Mastodon", *words)


def test_mastodon_export_folder_loads_only_the_follows(tmp_path):
    folder = tmp_path / "mastodon export"
    folder.mkdir()
    for name, text in (
        ("following_accounts.csv", FOLLOWS),
        ("muted_accounts.csv", MUTES),
        ("blocked_accounts.csv", BLOCKS),
        ("blocked_domains.csv", DOMAINS),
        ("lists.csv", LISTS),
        ("bookmarks.csv", BOOKMARKS),
    ):
        (folder / name).write_text(text)
    frame = load_export(folder)
    assert len(frame) == 3
    assert "mastodon:spam_bot@noisy.example" not in set(frame["contact_id"])
    assert "mastodon:troll@bad.example" not in set(frame["contact_id"])


def test_mastodon_followers_and_follows_join_into_one_row_per_account(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "following_accounts.csv").write_text(FOLLOWS)
    (folder / "followers_accounts.csv").write_text(
        "Account address\nzoe@social.example\nnew_fan@fedi.example\n"
    )
    frame = load_export(folder).set_index("contact_id")
    assert len(frame) == 4
    assert frame.loc["mastodon:zoe@social.example", ["follows_me", "i_follow"]].tolist() == [
        True,
        True,
    ]
    assert frame.loc["mastodon:new_fan@fedi.example", "i_follow"] == False  # noqa: E712
    assert frame.loc["mastodon:bob", "follows_me"] == False  # noqa: E712


# ---------------------------------------------------------------- Instagram and Facebook


def test_instagram_entry_listing_several_accounts_gives_every_one(tmp_path):
    entry = {
        "title": "",
        "media_list_data": [],
        "string_list_data": [
            {"href": f"https://www.instagram.com/{h}", "value": h, "timestamp": 1700000000 + k}
            for k, h in enumerate(["ana.lopez", "kai_t", "zoe.o", "taro.y", "lea.sonne"])
        ],
    }
    path = tmp_path / "followers_1.json"
    path.write_text(json.dumps([entry, ig_follower("mo_b", 1700000100)]))
    frame = load_export(path)
    assert frame["handle"].tolist() == [
        "ana.lopez",
        "kai_t",
        "zoe.o",
        "taro.y",
        "lea.sonne",
        "mo_b",
    ]
    assert frame["connected_on"].notna().all()


def test_instagram_newest_layout_with_several_accounts_per_entry(tmp_path):
    entry = {
        "title": "ana.lopez",
        "string_list_data": [
            {"href": "https://www.instagram.com/_u/ana.lopez", "timestamp": 1700000000},
            {"href": "https://www.instagram.com/_u/kai_t", "value": "kai_t", "timestamp": 1},
        ],
    }
    path = tmp_path / "following.json"
    path.write_text(json.dumps({"relationships_following": [entry]}))
    assert load_export(path)["handle"].tolist() == ["ana.lopez", "kai_t"]


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ({"first": "ana"}, ["an object", "'value'", "text"]),
        (42, ["a number (42)", "'value'"]),
        (["ana"], ["a list"]),
    ],
)
def test_instagram_usernames_of_the_wrong_kind_are_refused_naming_file_and_field(
    tmp_path, value, words
):
    entries = [ig_follower("kai_t", 1700000000), ig_follower("ana", 1700000001)]
    entries[1]["string_list_data"][0]["value"] = value
    path = tmp_path / "followers_1.json"
    path.write_text(json.dumps(entries))
    refuse(path, "Instagram", "followers_1.json", "account 2", *words)


def test_instagram_entry_that_is_a_number_is_refused(tmp_path):
    path = tmp_path / "followers_1.json"
    path.write_text(json.dumps([ig_follower("kai_t", 1700000000), 7]))
    refuse(path, "Instagram", "followers_1.json", "entry 2", "a number (7)")


def test_a_bare_instagram_object_is_said_to_be_instagram_in_an_unexpected_shape(tmp_path):
    path = tmp_path / "followers_1.json"
    path.write_text(json.dumps(ig_follower("kai_t", 1700000000), indent=2))
    refuse(path, "looks like Instagram", "unexpected shape")


def test_another_instagram_list_is_refused_naming_what_it_is(tmp_path):
    path = tmp_path / "blocked_profiles.json"
    path.write_text(json.dumps({"relationships_blocked_users": [ig_follower("troll", 1)]}))
    refuse(path, "another of Instagram's lists", "followers_1.json")


def test_json_starting_with_blank_lines_is_described_by_its_first_words(tmp_path):
    path = tmp_path / "mystery.json"
    path.write_text('\n\n   \n{"weather": "sunny", "temperature": 21}\n')
    message = refuse(path, '{"weather"')
    assert "begins with ''" not in message


@pytest.mark.parametrize(
    ("friend", "words"),
    [
        ({"name": {"first": "Ana"}, "timestamp": 1600000000}, ["'name'", "an object"]),
        ({"name": 42, "timestamp": 1600000000}, ["'name'", "a number (42)"]),
        ({"name": "Ana", "timestamp": {"s": 1}}, ["'timestamp'", "an object"]),
        ("Ana López", ["friend 2", "text"]),
    ],
)
def test_facebook_friends_of_the_wrong_shape_are_refused_naming_file_and_field(
    tmp_path, friend, words
):
    path = tmp_path / "your_friends.json"
    path.write_text(
        json.dumps({"friends_v2": [{"name": "Kai Tanaka", "timestamp": 1600000000}, friend]})
    )
    refuse(path, "Facebook", "your_friends.json", *words)


@pytest.mark.parametrize("account_id", [{"a": 1}, ["101"], 1.5, True])
def test_x_account_id_that_is_not_a_number_never_becomes_an_id(tmp_path, account_id):
    records = [
        {
            "follower": {
                "accountId": "101",
                "userLink": "https://twitter.com/intent/user?user_id=101",
            }
        },
        {"follower": {"accountId": account_id, "userLink": "https://twitter.com/intent/user"}},
    ]
    path = zip_with(tmp_path / "twitter.zip", {"data/follower.js": ytd("follower", 0, records)})
    message = refuse(path, "accountId", "entry 2")
    assert "x:{" not in message


def test_x_account_ids_written_as_numbers_are_read(tmp_path):
    records = [{"follower": {"accountId": 101}}, {"follower": {"accountId": "102"}}]
    path = zip_with(tmp_path / "twitter.zip", {"data/follower.js": ytd("follower", 0, records)})
    assert load_export(path)["contact_id"].tolist() == ["x:101", "x:102"]


# ---------------------------------------------------------------- LinkedIn

GUIDE = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER\n"
    "g1,,Lea Sonne,https://www.linkedin.com/in/lea-sonne,,,2024-02-01 10:00:00 UTC,,"
    "How do I write a good headline?,INBOX\n"
    "g1,,,,Lea Sonne,https://www.linkedin.com/in/lea-sonne,2024-02-01 10:00:05 UTC,,"
    "Here are three tips...,INBOX\n"
)


def test_linkedin_guide_messages_are_ignored_inside_the_zip(tmp_path):
    path = zip_with(
        tmp_path / "Complete_LinkedInDataExport.zip",
        {
            "Connections.csv": CONNECTIONS_2020,
            "messages.csv": MESSAGES,
            "guide_messages.csv": GUIDE,
            "learning_coach_messages.csv": GUIDE,
            "Profile.csv": PROFILE,
        },
    )
    log = load_interactions(path)
    assert len(log) == 4  # the 3 rows of messages.csv: one out, one in, one to two people
    assert not log["contact_id"].str.contains("unnamed").any()
    assert not log["note"].str.contains("headline").any()


def test_linkedin_guide_messages_alone_are_refused_in_words(tmp_path):
    path = tmp_path / "guide_messages.csv"
    path.write_text(GUIDE)
    refuse(path, "LinkedIn's own assistant", "messages.csv", loader=load_interactions)


def test_linkedin_messages_from_no_one_are_left_out(tmp_path):
    path = tmp_path / "messages.csv"
    path.write_text(
        MESSAGES + "c9,,,,Lea Sonne,https://www.linkedin.com/in/lea-sonne,"
        "2023-07-01 10:00:00 UTC,,Your weekly summary,INBOX\n"
    )
    log = load_interactions(path)
    assert len(log) == 4
    assert not log["contact_id"].str.contains("unnamed").any()


# ---------------------------------------------------------------- not about people


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "statement.csv",
            "Date,Description,Amount,Balance\n2024-03-01,Flour wholesale,-120.50,1830.20\n"
            "2024-03-02,Card payment Café Luna,45.00,1875.20\n",
        ),
        (
            "Kontoauszug.csv",
            "Buchungstag;Verwendungszweck;Betrag;Saldo;Konto\n01.03.2024;Mehl;-120,50;1830,20;"
            "DE89370400440532013000\n02.03.2024;Kartenzahlung;45,00;1875,20;DE8937040044053201\n",
        ),
        ("prices.csv", "Item,Price,Unit\nSourdough,4.50,loaf\nCroissant,1.80,piece\n"),
        ("stock.csv", "Name,Price,Quantity\nRye bread,3.90,12\nBaguette,1.20,40\n"),
    ],
)
def test_a_table_not_about_people_is_refused_saying_which_columns_would_do(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    message = refuse(path, "not about people", "name", "email", "handle")
    assert text.split("\n", 1)[0].split(",")[0].split(";")[0] in message  # its columns named
