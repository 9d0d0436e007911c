"""X (Twitter) archive: follower/following parts, account owner, direct messages."""

from __future__ import annotations

import zipfile

import pandas as pd
from test_fixtures import write_x_archive, ytd

from realnet_kit import load_export, load_interactions
from realnet_kit.importers import COLUMNS

DTYPES = {
    "contact_id": "string",
    "platform": "string",
    "handle": "string",
    "name": "string",
    "profile_url": "string",
    "email": "string",
    "company": "string",
    "position": "string",
    "follows_me": "boolean",
    "i_follow": "boolean",
}


def assert_contract(frame: pd.DataFrame) -> None:
    assert tuple(frame.columns[: len(COLUMNS)]) == COLUMNS
    for col, dtype in DTYPES.items():
        assert str(frame[col].dtype) == dtype, col
    assert isinstance(frame["connected_on"].dtype, pd.DatetimeTZDtype)
    assert str(frame["connected_on"].dt.tz) == "UTC"
    assert frame["contact_id"].is_unique


def test_both_directions_make_one_row_each(tmp_path):
    frame = load_export(write_x_archive(tmp_path / "twitter-2024.zip"))
    assert_contract(frame)
    assert frame["contact_id"].tolist() == ["x:101", "x:102", "x:103", "x:104"]
    assert frame["follows_me"].tolist() == [True, True, True, False]
    assert frame["i_follow"].tolist() == [False, False, True, True]
    assert frame["handle"].isna().all()  # the follower files hold no handle
    assert (frame["platform"] == "x").all()


def test_follower_parts_are_all_read(tmp_path):
    ids = [str(1000 + k) for k in range(10)]
    frame = load_export(write_x_archive(tmp_path / "t.zip", followers=ids, following=(), parts=3))
    assert frame["contact_id"].tolist() == ["x:" + i for i in ids]


def test_followers_only_leaves_i_follow_unknown(tmp_path):
    path = tmp_path / "follower.js"
    path.write_text(ytd("follower", 0, [{"follower": {"accountId": "5"}}]))
    frame = load_export(path)
    assert frame["i_follow"].isna().all()
    assert frame["follows_me"].tolist() == [True]
    assert frame.loc[0, "profile_url"] == "https://twitter.com/intent/user?user_id=5"


def test_detected_from_content_despite_a_strange_name(tmp_path):
    path = tmp_path / "download (3).txt"
    path.write_text("\ufeff" + ytd("following", 0, [{"following": {"accountId": "77"}}]))
    assert load_export(path)["contact_id"].tolist() == ["x:77"]


def test_unpacked_archive_folder(tmp_path):
    with zipfile.ZipFile(write_x_archive(tmp_path / "t.zip")) as zf:
        for name in zf.namelist():
            target = tmp_path / "unpacked" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(name))
    assert len(load_export(tmp_path / "unpacked")) == 4


def test_direct_messages_direction_and_groups(tmp_path):
    path = write_x_archive(tmp_path / "t.zip")
    log = load_interactions(path)
    assert log.columns.tolist() == ["contact_id", "timestamp", "direction", "kind", "note"]
    assert str(log["timestamp"].dt.tz) == "UTC"
    assert log["contact_id"].tolist() == ["x:101", "x:101", "x:102", "x:103"]
    assert log["direction"].tolist() == ["in", "out", "out", "out"]
    assert log.loc[0, "note"] == 'Do you deliver, "today"?'
    assert set(log["contact_id"]) <= set(load_export(path)["contact_id"])


def test_owner_found_without_account_file(tmp_path):
    src = write_x_archive(tmp_path / "t.zip")
    path = tmp_path / "no-account.zip"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w") as zout:
        for name in zin.namelist():
            if name != "data/account.js":
                zout.writestr(name, zin.read(name))
    log = load_interactions(path)
    assert sorted(log["direction"]) == ["in", "out", "out", "out"]


# ---------------------------------------------------------------- read from the text


def _big_follower_file(path, ids, odd=None):
    """A follower.js as X writes it (indented records), with ``odd`` swapped in at 1,000."""
    records = [
        f'  {{\n    "follower" : {{\n      "accountId" : "{i}",\n      "userLink" : '
        f'"https://twitter.com/intent/user?user_id={i}"\n    }}\n  }}'
        for i in ids
    ]
    if odd is not None:
        records[1000] = odd
    path.write_text("window.YTD.follower.part0 = [\n" + ",\n".join(records) + "\n]")
    return path


def test_a_big_follower_file_read_from_its_text_matches_the_parsed_one(tmp_path, monkeypatch):
    from realnet_kit.importers import _stream, x

    monkeypatch.setattr(_stream, "BATCH_CHARS", 20_000)  # many batches, each read as text
    ids = [str(10**12 + 7919 * k) for k in range(6_000)]
    scanned = []
    original = x._TidyIds._scan

    def spy(self, text):
        found = original(self, text)
        scanned.append(found is not None)
        return found

    monkeypatch.setattr(x._TidyIds, "_scan", spy)
    frame = load_export(_big_follower_file(tmp_path / "follower.js", ids))
    assert frame["contact_id"].tolist() == ["x:" + i for i in ids]
    assert frame["profile_url"].tolist() == [x.USER_LINK + i for i in ids]
    assert len(scanned) > 10 and all(scanned)


def test_a_record_unlike_the_others_is_parsed_not_scanned(tmp_path, monkeypatch):
    from realnet_kit.importers import _stream

    monkeypatch.setattr(_stream, "BATCH_CHARS", 20_000)
    ids = [str(500 + k) for k in range(3_000)]
    odd = (  # another link, and a key X does not write: the values must come from JSON
        '  {\n    "follower" : {\n      "accountId" : "999999",\n      "userLink" : '
        '"https://x.com/i/user/99",\n      "note" : "\\"accountId\\" : \\"7\\""\n    }\n  }'
    )
    frame = load_export(_big_follower_file(tmp_path / "follower.js", ids, odd=odd))
    expected = ids.copy()
    expected[1000] = "999999"
    assert frame["contact_id"].tolist() == ["x:" + i for i in expected]


def test_contacts_and_messages_read_together_match_the_two_loaders(tmp_path):
    from realnet_kit.importers import load_both

    archive = write_x_archive(tmp_path / "twitter-2024.zip")
    contacts, interactions = load_both(archive)
    pd.testing.assert_frame_equal(contacts, load_export(archive))
    pd.testing.assert_frame_equal(interactions, load_interactions(archive))
    assert len(interactions) > 0


def test_an_archive_without_messages_gives_contacts_and_no_interactions(tmp_path):
    from realnet_kit.importers import load_both

    path = tmp_path / "follower.js"
    path.write_text(ytd("follower", 0, [{"follower": {"accountId": "5"}}]))
    contacts, interactions = load_both(path)
    assert contacts["contact_id"].tolist() == ["x:5"]
    assert interactions is None


def _post(when: str, text: str, reply_to=None, mentions=()) -> dict:
    """One entry of ``data/tweets.js`` as X writes it (numbers as text)."""
    tweet = {
        "id_str": "1",
        "created_at": when,
        "full_text": text,
        "entities": {
            "hashtags": [],
            "symbols": [],
            "urls": [],
            "user_mentions": [
                {"name": n, "screen_name": h, "indices": ["0", "5"], "id_str": i, "id": i}
                for i, h, n in mentions
            ],
        },
    }
    if reply_to:
        tweet["in_reply_to_user_id_str"], tweet["in_reply_to_screen_name"] = reply_to
    return {"tweet": tweet}


def test_the_owners_posts_name_the_accounts_they_answer_and_mention(tmp_path):
    """tweets.js: a follower the owner replied to or mentioned gets its handle and name;
    the newest post wins; an account no post names stays a number; a reply without a
    mention gives the handle only; accounts that are neither followers nor followed are
    not added."""
    path = write_x_archive(tmp_path / "twitter-2024.zip")
    posts = [
        _post("Wed Oct 02 09:41:17 +0000 2024", "@ana_l thank you!", ("101", "ana_l"),
              [("101", "ana_l", "Ana López")]),
        _post("Mon Jan 08 10:00:00 +0000 2024", "Thanks @analopez", None,
              [("101", "analopez", "Ana L."), ("555", "stranger", "Not Followed")]),
        _post("Tue Mar 05 12:00:00 +0000 2024", "@kofi yes", ("103", "kofi"), []),
    ]  # fmt: skip
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("data/tweets.js", ytd("tweets", 0, posts))
    frame = load_export(path).set_index("contact_id")
    assert_contract(frame.reset_index())
    assert frame.loc["x:101", ["handle", "name"]].tolist() == ["ana_l", "Ana López"]
    assert frame.loc["x:103", "handle"] == "kofi" and pd.isna(frame.loc["x:103", "name"])
    assert frame.loc[["x:102", "x:104"], "handle"].isna().all()
    assert "x:555" not in frame.index
    assert len(frame) == 4
