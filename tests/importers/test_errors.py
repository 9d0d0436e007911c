"""Wrong, broken and hostile inputs: every one gets an ExportFormatError that teaches."""

from __future__ import annotations

import gzip
import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest
from test_fixtures import CONNECTIONS_2020, write_x_archive

from realnet_kit import ExportFormatError, load_export, load_interactions
from realnet_kit.importers import archive


def refuse(path: Path, *words: str, platform=None, member=None, loader=load_export):
    """Load, expect an ExportFormatError naming the file, and return its message."""
    with pytest.raises(ExportFormatError) as info:
        loader(path, platform=platform)
    err = info.value
    message = str(err)
    assert str(path) in message or path.name in message
    assert err.path == Path(path)
    assert len(err.advice) > 10, "the message must say what to do next"
    for word in words:
        assert word.lower() in message.lower(), message
    if member is not None:
        assert err.member == member
    return message


def zip_with(path: Path, members: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_missing_path(tmp_path):
    refuse(tmp_path / "nowhere.zip", "no file or folder")


def test_empty_file(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_bytes(b"")
    refuse(path, "empty")


def test_empty_csv_with_only_blank_lines(tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("\n\n  \n")
    refuse(path)


def test_empty_json_with_platform(tmp_path):
    path = tmp_path / "followers_1.json"
    path.write_text("   ")
    refuse(path, "empty", platform="instagram")


def test_unknown_platform_name(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("name\nAna\n")
    refuse(path, "tiktok", platform="tiktok")


def test_plain_text_that_is_no_export(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Shopping list: flour, eggs\nmilk\n")
    refuse(path, "does not recognise", "Shopping list")


def test_html_export_instead_of_json(tmp_path):
    path = zip_with(
        tmp_path / "instagram.zip",
        {
            "connections/followers_and_following/followers_1.html": (
                "<!DOCTYPE html><html><body>followers</body></html>"
            )
        },
    )
    refuse(path, "HTML", "JSON")


def test_single_html_file(tmp_path):
    path = tmp_path / "your_friends.html"
    path.write_text("<html><head><title>Friends</title></head></html>")
    refuse(path, "HTML")


def test_html_saved_under_json_name(tmp_path):
    path = tmp_path / "followers_1.json"
    path.write_text("<!DOCTYPE html>\n<html></html>")
    refuse(path, "HTML")


def test_truncated_json(tmp_path):
    records = [
        {
            "title": "",
            "string_list_data": [
                {"href": "https://www.instagram.com/a", "value": "a", "timestamp": 1}
            ],
        }
    ] * 50
    text = json.dumps(records)
    path = zip_with(
        tmp_path / "ig.zip",
        {"connections/followers_and_following/followers_1.json": text[: len(text) // 2]},
    )
    refuse(
        path,
        "ends in the middle",
        "download",
        member="connections/followers_and_following/followers_1.json",
    )


def test_invalid_json_in_the_middle(tmp_path):
    path = tmp_path / "your_friends.json"
    path.write_text('{"friends_v2": [{"name": "Ana", "timestamp": 1}, {"name": "Bo" "x"}]}')
    refuse(path, "line 1")


def test_truncated_x_file(tmp_path):
    path = zip_with(
        tmp_path / "twitter.zip",
        {"data/follower.js": 'window.YTD.follower.part0 = [ {"follower": {"accountId": "1"'},
    )
    refuse(path, "ends in the middle", member="data/follower.js")


def test_x_file_without_account_ids(tmp_path):
    path = zip_with(
        tmp_path / "twitter.zip",
        {"data/follower.js": 'window.YTD.follower.part0 = [ {"follower": {"userLink": "x"}} ]'},
    )
    refuse(path, "account id", member="data/follower.js")


def test_xlsx_renamed_csv(tmp_path):
    path = zip_with(
        tmp_path / "contacts.csv",
        {"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"},
    )
    refuse(path, "spreadsheet", "CSV UTF-8")


def test_old_xls_renamed_csv(tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    refuse(path, "spreadsheet")


def test_real_xlsx_file(tmp_path):
    path = zip_with(tmp_path / "contacts.xlsx", {"xl/workbook.xml": "<workbook/>"})
    refuse(path, "spreadsheet")


def test_binary_garbage(tmp_path):
    path = tmp_path / "followers.csv"
    path.write_bytes(bytes(range(256)) * 20)
    refuse(path)


def test_corrupt_zip(tmp_path):
    good = write_x_archive(tmp_path / "good.zip").read_bytes()
    path = tmp_path / "twitter.zip"
    path.write_bytes(good[: len(good) // 3])
    refuse(path, "damaged", "download")


def test_random_bytes_named_zip(tmp_path):
    path = tmp_path / "export.zip"
    path.write_bytes(b"this is not a zip at all" * 10)
    refuse(path, "zip")


def test_zip_member_with_damaged_data(tmp_path):
    path = write_x_archive(tmp_path / "twitter.zip")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("data/follower.js")
    start = info.header_offset + 30 + len(info.filename) + 5
    data[start : start + 40] = b"\xff" * 40
    path.write_bytes(bytes(data))
    refuse(path, member="data/follower.js")


def test_member_with_dotdot(tmp_path):
    path = zip_with(tmp_path / "evil.zip", {"../../etc/passwd.csv": "name\nAna\n"})
    refuse(path, "outside the archive", member="../../etc/passwd.csv")


def test_member_with_absolute_path(tmp_path):
    path = zip_with(tmp_path / "evil.zip", {"/tmp/followers.csv": "name\nAna\n"})
    refuse(path, "outside the archive")


def test_member_with_windows_drive(tmp_path):
    path = zip_with(tmp_path / "evil.zip", {"C:/Users/followers.csv": "name\nAna\n"})
    refuse(path, "outside the archive")


def test_zip_bomb_refused_before_expanding(tmp_path, monkeypatch):
    path = tmp_path / "bomb.zip"
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf,
        zf.open("data/follower.js", "w") as member,
    ):
        for _ in range(40):
            member.write(b"\x00" * (1024 * 1024))
    expanded = []
    monkeypatch.setattr(archive.Entry, "read", lambda self: expanded.append(self) or b"")
    refuse(path, "zip bomb")
    assert expanded == []


def test_zip_lying_about_its_size(tmp_path):
    path = zip_with(tmp_path / "liar.zip", {"contacts.csv": "name\n" + "Ana\n" * 1000})
    data = bytearray(path.read_bytes())
    # Shrink the declared size in the central directory: zipfile then stops at it,
    # and the reader never returns more than declared.
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("contacts.csv")
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(ExportFormatError):
        load_export(path)
    assert info.file_size > 10


def test_ten_megabyte_single_field(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("name,email\n" + '"' + "A" * 10_000_000 + '",ana@example.org\n')
    refuse(path, "characters")


def test_ten_megabyte_name_in_json(tmp_path):
    path = tmp_path / "your_friends.json"
    path.write_text(json.dumps({"friends_v2": [{"name": "B" * 10_000_000, "timestamp": 1}]}))
    refuse(path, "characters")


def test_deeply_nested_json(tmp_path):
    path = tmp_path / "followers_1.json"
    path.write_text('{"relationships_followers": ' + "[" * 200_000 + "]" * 200_000 + "}")
    refuse(path, "nested")


def test_deeply_nested_json_in_x_file(tmp_path):
    path = zip_with(
        tmp_path / "twitter.zip",
        {"data/follower.js": "window.YTD.follower.part0 = " + "[" * 100_000 + "]" * 100_000},
    )
    refuse(path, "nested")


def test_vcard_without_end(tmp_path):
    path = tmp_path / "contacts.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana López\r\n"
        "EMAIL:ana@example.org\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\n"
        "FN:Bo\r\n"
    )
    refuse(path, "END:VCARD", "line 6")


def test_vcf_with_no_card(tmp_path):
    path = tmp_path / "contacts.vcf"
    path.write_text("hello there\n")
    refuse(path, platform="vcard")


def test_folder_with_no_export(tmp_path):
    (tmp_path / "holiday.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    (tmp_path / "readme.txt").write_text("my photos\n")
    refuse(tmp_path, "no contacts were found", "folder")


def test_empty_folder(tmp_path):
    refuse(tmp_path, "no contacts")


def test_zip_with_nothing_useful(tmp_path):
    path = zip_with(tmp_path / "photos.zip", {"a.jpg": b"\xff\xd8", "b.png": b"\x89PNG"})
    refuse(path, "no contacts", "archive")


def test_csv_without_person_columns(tmp_path):
    path = tmp_path / "sales.csv"
    path.write_text("product,price,qty\nbread,3.5,2\n")
    refuse(path, "name, handle", platform="csv")


def test_linkedin_named_but_wrong_columns(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text("Foo,Bar\n1,2\n")
    refuse(path, "first name", platform="linkedin")


def test_mastodon_file_without_addresses(tmp_path):
    path = tmp_path / "following_accounts.csv"
    path.write_text("just,some,words\nmore,words,here\n")
    refuse(path, "user@server", platform="mastodon")


def test_instagram_json_of_the_wrong_shape(tmp_path):
    path = tmp_path / "followers_1.json"
    path.write_text('{"something_else": 3}')
    refuse(path, "instagram", platform="instagram")


def test_interactions_from_a_contacts_only_export(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(CONNECTIONS_2020)
    refuse(path, "messages", "Connections.csv", loader=load_interactions)


def test_interactions_csv_with_bad_direction(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("email,timestamp,direction\nana@example.org,2024-01-01,sideways\n")
    refuse(path, "sideways", "'in'", loader=load_interactions)


def test_tar_with_dotdot_member(tmp_path):
    path = tmp_path / "mastodon.tar.gz"
    with tarfile.open(path, "w:gz") as tf:
        data = b"Account address\nana@example.social\n"
        info = tarfile.TarInfo("../following_accounts.csv")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    refuse(path, "outside the archive")


def test_gzip_bomb_tar(tmp_path):
    path = tmp_path / "archive.tar.gz"
    with gzip.open(path, "wb", compresslevel=9) as gz:
        block = b"\x00" * (1024 * 1024)
        for _ in range(50):
            gz.write(block)
    refuse(path, "zip bomb")


def test_damaged_tar(tmp_path):
    path = tmp_path / "archive.tar.gz"
    path.write_bytes(gzip.compress(b"not a tar" * 100)[:-20])
    refuse(path)


def test_no_raw_exception_escapes_for_many_mangled_inputs(tmp_path):
    """Cut a real archive's members at many points: always a teaching error or a frame."""
    source = write_x_archive(tmp_path / "src.zip")
    with zipfile.ZipFile(source) as zf:
        text = zf.read("data/follower.js")
    for cut in range(0, len(text), max(1, len(text) // 25)):
        path = zip_with(tmp_path / f"cut{cut}.zip", {"data/follower.js": text[:cut]})
        try:
            load_export(path)
        except ExportFormatError as err:
            assert "cut" in str(err)


def test_archive_with_too_many_members(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "MAX_MEMBERS", 5)
    path = zip_with(tmp_path / "many.zip", {f"f{k}.txt": "x" for k in range(6)})
    refuse(path, "6 files")


def test_member_declaring_a_giant_size(tmp_path, monkeypatch):
    """A follower list bigger than anything read whole is refused before it is read (the
    cap is made tiny here to stand for 1 GB); a mailbox that size streams instead
    (``test_mbox``)."""
    monkeypatch.setattr(archive, "MAX_READ_BYTES", 1000)
    path = zip_with(
        tmp_path / "big.zip",
        {"data/follower.js": "window.YTD.follower.part0 = [" + " " * 5000 + "]"},
    )
    refuse(path, "the workshop reads", member="data/follower.js")


WRONG_SHAPES = [
    ("x", "data/account.js", 'window.YTD.account.part0 = [{"account": 3}]'),
    (
        "x",
        "data/direct-messages.js",
        'window.YTD.direct_messages.part0 = [{"dmConversation": {"messages": "x"}}]',
    ),
    ("x", "data/following.js", 'window.YTD.following.part0 = {"a": 1}'),
    (
        "instagram",
        "connections/followers_and_following/followers_1.json",
        '[{"string_list_data": [{"value": 5}]}]',
    ),
    (
        "instagram",
        "connections/followers_and_following/following.json",
        '{"relationships_following": [{"title": null}]}',
    ),
    (
        "instagram",
        "your_instagram_activity/messages/inbox/kait_1234567890/message_1.json",
        '{"participants": 3, "messages": [{"sender_name": 5, "timestamp_ms": "x"}]}',
    ),
    (
        "instagram",
        "personal_information/personal_information/personal_information.json",
        '{"profile_user": [{"string_map_data": []}]}',
    ),
    (
        "facebook",
        "connections/friends/your_friends.json",
        '{"friends_v2": [{"name": 5, "timestamp": "yesterday"}]}',
    ),
    ("facebook", "profile_information/profile_information.json", '{"profile_v2": {"name": 7}}'),
    ("linkedin", "messages.csv", "CONVERSATION ID,FROM,DATE\n1,,notadate\n"),
]


@pytest.mark.parametrize(("platform", "member", "text"), WRONG_SHAPES)
def test_wrongly_shaped_members_never_leak_raw_errors(tmp_path, platform, member, text):
    from test_fixtures import (
        write_facebook_archive,
        write_instagram_archive,
        write_linkedin_archive,
    )

    writer = {
        "x": write_x_archive,
        "instagram": write_instagram_archive,
        "facebook": write_facebook_archive,
        "linkedin": write_linkedin_archive,
    }[platform]
    source = writer(tmp_path / "src.zip")
    path = tmp_path / "mangled.zip"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w") as zout:
        assert member in zin.namelist()
        for name in zin.namelist():
            zout.writestr(name, text if name == member else zin.read(name))
    for loader in (load_export, load_interactions):
        try:
            result = loader(path)
        except ExportFormatError as err:
            assert str(path) in str(err) and err.advice
        else:
            assert list(result.columns[:2]) in (
                ["contact_id", "platform"],
                ["contact_id", "timestamp"],
            )
