"""Google Contacts CSV: new and old headers, ' ::: ' multi-values, UTF-16."""

from __future__ import annotations

from test_x import assert_contract

from realnet_kit import load_export

NEW = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Nickname,File As,Organization Name,"
    "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,"
    "E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - City\n"
    'Zoë,,Ødegård,,,,"Sonne, Mond GmbH",Designer,,,,,* myContacts ::: Friends,* Home,'
    "Zoe@Example.org ::: zoe.work@example.com,Mobile,+49 1,Köln\n"
    "太郎,,山田,,,,,,,,,,* myContacts,,,,,\n"
    ",,,,,,Bäckerei Sonne,,,,,,,,,,,\n"
)
OLD = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name "
    "Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,"
    "Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,"
    "Sensitivity,Priority,Subject,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
    "Organization 1 - Type,Organization 1 - Name,Organization 1 - Title\n"
    'Ana "Nena" López,Ana,,López,,,,,,,,,,,,,,,,,,,,,,,* My Contacts,* Work,ana@example.org,'
    ",Café Luna,Owner\n"
    "Kai 🎸 Tanaka,Kai,,Tanaka,,,,,,,,,,,,,,,,,,,,,,,* My Contacts,,,,,\n"
)


def test_new_header(tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(NEW, encoding="utf-8")
    frame = load_export(path)
    assert_contract(frame)
    assert frame["contact_id"].tolist() == [
        "google:zoe@example.org",
        "google:太郎-山田",
        "google:backerei-sonne",
    ]
    assert frame.loc[0, "email"] == "Zoe@Example.org"
    assert frame.loc[0, "company"] == "Sonne, Mond GmbH"
    assert frame.loc[0, "city"] == "Köln"
    assert frame.loc[0, "labels"] == "* myContacts; Friends"
    assert frame["follows_me"].isna().all() and frame["i_follow"].isna().all()


def test_old_header_in_utf16(tmp_path):
    path = tmp_path / "google.csv"
    path.write_bytes(OLD.encode("utf-16"))
    frame = load_export(path)
    assert frame["name"].tolist() == ['Ana "Nena" López', "Kai 🎸 Tanaka"]
    assert frame["contact_id"].tolist() == ["google:ana@example.org", "google:kai-tanaka"]
    assert frame.loc[0, "position"] == "Owner"
