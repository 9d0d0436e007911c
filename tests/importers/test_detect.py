"""Recognising exports from their content, and combining everything a folder holds."""

from __future__ import annotations

import shutil

import pytest
from test_fixtures import (
    CONNECTIONS_2020,
    write_facebook_archive,
    write_instagram_archive,
    write_linkedin_archive,
    write_x_archive,
)

from realnet_kit import load_export, load_interactions
from realnet_kit.importers.detect import classify_text


@pytest.mark.parametrize(
    ("name", "start", "expected"),
    [
        ("data/follower-part2.js", "window.YTD.follower.part2 = [", ("x", "follower")),
        ("x.txt", "window.YTD.following.part0 = [", ("x", "following")),
        ("data/direct-messages.js", "window.YTD.direct_messages.part0 = [", ("x", "dm")),
        ("data/tweets.js", "window.YTD.tweets.part0 = [", ("x", "tweets")),
        (
            "f.json",
            '[\n  {\n    "title": "",\n    "string_list_data": [',
            ("instagram", "followers"),
        ),
        ("following.json", '{\n  "relationships_following": [', ("instagram", "following")),
        ("connections.json", '{"followers": {"ana": "2019-01-01"}}', ("instagram", "connections")),
        ("a.json", '{"friends_v2": [', ("facebook", "friends")),
        ("friends.json", '{"friends": [{"name": "A"}]}', ("facebook", "friends")),
        ("m.json", '{"participants": [{"name": "A"}], "messages": [', ("inbox", "messages")),
        ("any.csv", CONNECTIONS_2020, ("linkedin", "connections")),
        (
            "x.csv",
            "CONVERSATION ID,CONVERSATION TITLE,FROM,TO,DATE,CONTENT",
            ("linkedin", "messages"),
        ),
        ("c.csv", "Name,Given Name,Additional Name,Family Name", ("google", "contacts")),
        ("c.txt", "BEGIN:VCARD\r\nVERSION:4.0", ("vcard", "cards")),
        ("a.csv", "Account address,Show boosts", ("mastodon", "following")),
        ("follows.csv", "ana@social.example\nbo@fedi.example\n", ("mastodon", "following")),
        ("p.csv", "screen_name;followers_count\nana;3", ("csv", "profiles")),
        ("log.csv", "email,date,direction\na@b.c,2024-01-01,in", ("csv", "interactions")),
        ("p.html", "<!DOCTYPE html>", ("error", "html")),
        ("sales.csv", "product,price\nbread,2", None),
    ],
)
def test_classify_from_content(name, start, expected):
    assert classify_text(name, start) == expected


def test_folder_with_every_platform_combines_all(tmp_path):
    folder = tmp_path / "my exports"
    folder.mkdir()
    write_x_archive(folder / "twitter-2024.zip")
    write_instagram_archive(folder / "instagram-me.zip")
    write_linkedin_archive(folder / "Basic_LinkedInDataExport.zip")
    write_facebook_archive(folder / "facebook-me.zip")
    (folder / "contacts.vcf").write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Bo\nEND:VCARD\n")
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    frame = load_export(folder)
    counts = frame["platform"].value_counts().to_dict()
    assert counts == {"x": 4, "instagram": 3, "linkedin": 4, "facebook": 6, "vcard": 1}
    assert frame["contact_id"].is_unique
    log = load_interactions(folder)
    assert set(log["contact_id"]) <= set(frame["contact_id"])
    assert {"x", "instagram", "linkedin", "facebook"} == {
        c.split(":")[0] for c in log["contact_id"]
    }
    only = load_export(folder, platform="instagram")
    assert (only["platform"] == "instagram").all() and len(only) == 3


def test_archive_split_over_two_zips(tmp_path):
    src = write_instagram_archive(tmp_path / "src.zip")
    import zipfile

    folder = tmp_path / "parts"
    folder.mkdir()
    with zipfile.ZipFile(src) as zf:
        names = zf.namelist()
        for k, part in enumerate((names[: len(names) // 2], names[len(names) // 2 :])):
            with zipfile.ZipFile(folder / f"instagram-part{k + 1}.zip", "w") as out:
                for name in part:
                    out.writestr(name, zf.read(name))
    frame = load_export(folder)
    assert frame["follows_me"].tolist() == [True, True, False]


def test_loading_leaves_the_folder_untouched(tmp_path):
    folder = tmp_path / "exp"
    folder.mkdir()
    write_x_archive(folder / "t.zip")
    shutil.copy(folder / "t.zip", tmp_path / "copy.zip")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    load_export(folder)
    load_interactions(tmp_path / "copy.zip")
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_one_stray_byte_keeps_utf8(tmp_path):
    path = tmp_path / "people.csv"
    rows = "".join(f"Zoë Müller {k},zoe{k}@example.org\n" for k in range(500))
    path.write_bytes(b"name,email\n" + rows.encode() + b"Bad \xff Byte,bad@example.org\n")
    frame = load_export(path)
    assert frame.loc[0, "name"] == "Zoë Müller 0"
    assert len(frame) == 501


def test_big_members_show_a_progress_bar(tmp_path, monkeypatch):
    from realnet_kit.importers import archive

    bars = []

    class Bar:
        def __init__(self, **kwargs):
            bars.append(kwargs)
            self.done = 0

        def update(self, n):
            self.done += n

        def close(self):
            bars.append(self.done)

    monkeypatch.setattr(archive, "PROGRESS_FROM_BYTES", 200)
    monkeypatch.setattr(archive, "progress_bar", Bar)
    load_export(write_x_archive(tmp_path / "t.zip"))
    assert any(isinstance(b, dict) and "follower.js" in b["desc"] for b in bars)
    assert all(b > 0 for b in bars if isinstance(b, int))


def test_progress_bar_is_quiet_outside_notebooks(monkeypatch):
    from realnet_kit.importers.archive import progress_bar

    monkeypatch.setenv("REALNET_NO_PROGRESS", "1")
    bar = progress_bar(total=10, desc="x")
    assert bar.disable
    bar.close()


def test_readme_beside_a_csv_is_not_read_as_people(tmp_path):
    (tmp_path / "README.txt").write_text(
        "This data set lists the id, name and followers of\naccounts we collected. Use it kindly.\n"
    )
    (tmp_path / "users.csv").write_text("id,name,followers_count\n1,Ana,3\n")
    frame = load_export(tmp_path, platform="csv")
    assert frame["contact_id"].tolist() == ["csv:1"]
