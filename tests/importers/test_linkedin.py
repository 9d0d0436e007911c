"""LinkedIn: Connections.csv (with and without the Notes preamble), messages, the zip."""

from __future__ import annotations

from test_fixtures import (
    CONNECTIONS_2020,
    CONNECTIONS_OLD,
    MESSAGES,
    write_linkedin_archive,
)
from test_x import assert_contract

from realnet_kit import load_export, load_interactions


def test_connections_with_notes_preamble(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(CONNECTIONS_2020, encoding="utf-8")
    frame = load_export(path)
    assert_contract(frame)
    assert frame["contact_id"].tolist() == [
        "linkedin:zoe-odegard-1a2b",
        "linkedin:ana-lopez",
        "linkedin:taro-yamada",
        "linkedin:kai-tanaka",
    ]
    assert frame.loc[1, "name"] == 'Ana "Nena" López'
    assert frame.loc[0, "company"] == "Sonne, Mond & Sterne GmbH"
    assert frame.loc[1, "position"] == "Owner, Chef"
    assert frame.loc[0, "email"] == "zoe@example.org"
    assert frame["email"].isna().sum() == 3
    assert frame.loc[0, "connected_on"].strftime("%Y-%m-%d") == "2021-03-07"
    assert frame["follows_me"].all() and frame["i_follow"].all()


def test_old_connections_without_url_number_namesakes(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(CONNECTIONS_OLD, encoding="utf-8")
    frame = load_export(path)
    assert frame["contact_id"].tolist() == ["linkedin:mary-o-hara", "linkedin:mary-o-hara-2"]
    assert frame["profile_url"].isna().all()
    assert frame.loc[0, "connected_on"].year == 2017


def test_connections_saved_by_excel_in_cp1252_with_semicolons(tmp_path):
    path = tmp_path / "Connections.csv"
    text = CONNECTIONS_OLD.replace(",", ";").replace("Mary", "Zoë")
    path.write_bytes(text.encode("cp1252"))
    assert load_export(path)["name"].tolist() == ["Zoë O'Hara", "Zoë O'Hara"]


def test_percent_encoded_profile_links(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Jördis,Weiß,https://www.linkedin.com/in/j%C3%B6rdis-wei%C3%9F,,,,"
        "01 Jan 2020\n"
    )
    assert load_export(path)["contact_id"].tolist() == ["linkedin:jördis-weiß"]


def test_messages_direction_from_profile_and_group_recipients(tmp_path):
    path = write_linkedin_archive(tmp_path / "Basic_LinkedInDataExport.zip")
    log = load_interactions(path)
    assert log["contact_id"].tolist() == [
        "linkedin:zoe-odegard-1a2b",
        "linkedin:zoe-odegard-1a2b",
        "linkedin:ana-lopez",
        "linkedin:taro-yamada",
    ]
    assert log["direction"].tolist() == ["in", "out", "out", "out"]
    assert log.loc[0, "note"] == "Hi Lea, can we talk?"
    assert log.loc[0, "timestamp"].strftime("%H:%M:%S") == "14:03:11"
    assert set(log["contact_id"]) <= set(load_export(path)["contact_id"])


def test_messages_alone_owner_is_the_most_present(tmp_path):
    path = tmp_path / "messages.csv"
    path.write_text(MESSAGES, encoding="utf-8")
    log = load_interactions(path)
    assert log["direction"].tolist() == ["in", "out", "out", "out"]


def test_archive_side_tables_are_not_contacts(tmp_path):
    frame = load_export(write_linkedin_archive(tmp_path / "li.zip"))
    assert (frame["platform"] == "linkedin").all()
    assert len(frame) == 4


def test_old_messages_layout_with_direction_column(tmp_path):
    path = tmp_path / "messages.csv"
    path.write_text(
        "From,To,Date,Subject,Content,Direction,Folder\n"
        'Lea Sonne,Zoë Ødegård,2018-04-01 10:00,Hello,"Hi, Zoë",OUTGOING,INBOX\n'
        "Zoë Ødegård,Lea Sonne,2018-04-02 11:00,Re: Hello,Hi!,INCOMING,INBOX\n",
        encoding="utf-8",
    )
    log = load_interactions(path)
    assert log["direction"].tolist() == ["out", "in"]
    assert log["contact_id"].tolist() == ["linkedin:zoe-ødegard"] * 2
    assert log.loc[0, "note"] == "Hi, Zoë"
