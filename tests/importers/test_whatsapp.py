"""WhatsApp chat exports as the apps write them: Android and iPhone, several regions.

Every chat below is written in the layout the app uses (invented people): the marks
U+200E (iPhone system lines and media), U+202A/U+202C (around phone numbers) and U+202F
(before AM/PM) are where the apps put them.
"""

from __future__ import annotations

import time
import warnings
import zipfile

import pandas as pd
import pytest
from test_x import assert_contract

from realnet_kit import ExportFormatError, load_export, load_interactions
from realnet_kit.importers.whatsapp import phone_key

LRM, LRE, PDF, NNBSP = "\u200e", "\u202a", "\u202c", "\u202f"
ENCRYPTED = (
    "Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
    "WhatsApp, can read or listen to them. Tap to learn more."
)

#: Android, United States: month first, 12-hour clock with U+202F before AM/PM.
ANDROID_US = f"""12/31/24, 9:41{NNBSP}PM - {ENCRYPTED}
12/31/24, 9:41{NNBSP}PM - Ada Obi: Happy new year! Are you open on the 2nd?
12/31/24, 9:45{NNBSP}PM - Inês Carvalho: Happy new year Ada! Yes, from 8.
Two sourdoughs are set aside for you.
1/2/25, 8:03{NNBSP}AM - Ada Obi: <Media omitted>
1/2/25, 8:04{NNBSP}AM - Ada Obi: On my way
1/2/25, 12:15{NNBSP}PM - Inês Carvalho: Thanks for coming by 🙂
"""

#: Android, United Kingdom: day first, 24-hour clock, a sender shown by phone number.
#: Every date up to the 11th reads both ways; only time order settles it.
NUMBER = f"{LRE}+44 7700 900123{PDF}"
ANDROID_UK = f"""03/01/2025, 09:12 - {ENCRYPTED}
03/01/2025, 09:12 - {NUMBER}: Hi, is this the bakery? Could I order a cake for the 11th?
03/01/2025, 09:30 - Inês Carvalho: Hello! Yes of course. What size?
04/01/2025, 10:02 - {NUMBER}: For 12 people please
11/01/2025, 07:55 - {NUMBER}: Picked it up, thank you!
02/02/2025, 16:20 - Inês Carvalho: Hope the party went well!
"""

#: Android, Germany: dd.mm.yy, a group chat with German system lines.
ANDROID_DE_GROUP = """28.12.24, 10:00 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. \
Niemand außerhalb dieses Chats kann sie lesen oder anhören.
28.12.24, 10:00 - Du hast die Gruppe „Backstube Freunde“ erstellt.
28.12.24, 10:01 - Du hast Jonas Weber hinzugefügt.
28.12.24, 10:01 - Du hast Mira Schulz hinzugefügt.
28.12.24, 10:05 - Inês Carvalho: Willkommen!
28.12.24, 10:07 - Jonas Weber: Danke! Was backen wir?
28.12.24, 10:09 - Mira Schulz: Stollen 😄
29.12.24, 08:15 - Jonas Weber: <Medien ausgeschlossen>
30.12.24, 19:30 - Inês Carvalho: Morgen um 9 in der Backstube
31.12.24, 21:41 - Inês Carvalho: Guten Rutsch!
"""

#: iPhone, day first with seconds: system line and media with U+200E, a missed call.
IOS_GB = f"""{LRM}[15/03/2024, 14:02:11] Ben Adeyemi: {LRM}{ENCRYPTED}
[15/03/2024, 14:02:11] Ben Adeyemi: Hi Inês, do you do wholesale?
[15/03/2024, 14:10:40] Inês Carvalho: Hi Ben, we do, for cafés nearby.
{LRM}[15/03/2024, 14:11:02] Inês Carvalho: {LRM}<attached: 00000005-PHOTO-2024-03-15-14-11-02.jpg>
[15/03/2024, 14:20:15] Ben Adeyemi: Great, can we meet next week?
Tuesday works for me.
{LRM}[16/03/2024, 09:00:00] Ben Adeyemi: {LRM}Missed voice call
{LRM}[16/03/2024, 09:05:30] Ben Adeyemi: {LRM}This message was deleted.
"""

#: iPhone, United States, a group: system lines carry the group's name as sender.
PHONE_PT = f"{LRE}+351 912 345 678{PDF}"
IOS_US_GROUP = f"""[12/20/24, 8:00:00{NNBSP}AM] Market Stall Crew: {LRM}{ENCRYPTED}
[12/20/24, 8:00:00{NNBSP}AM] Market Stall Crew: {LRM}Kofi Mensah created group “Market Stall Crew”
[12/20/24, 8:01:12{NNBSP}AM] Market Stall Crew: {LRM}Kofi Mensah added you
[12/20/24, 8:05:40{NNBSP}AM] Kofi Mensah: Setup at 7 on Saturday?
[12/20/24, 8:06:02{NNBSP}AM] {PHONE_PT}: 👍
[12/20/24, 9:15:00{NNBSP}PM] Inês Carvalho: I'll bring the tables
{LRM}[12/21/24, 7:02:33{NNBSP}AM] Kofi Mensah: {LRM}image omitted
{LRM}[12/21/24, 7:03:10{NNBSP}AM] {PHONE_PT}: {LRM}sticker omitted
"""


@pytest.fixture(autouse=True)
def utc_clock(monkeypatch):
    """Read the chats' local times as UTC (one test switches to Berlin)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def ios_zip(folder, title, text, media=()):
    path = folder / f"WhatsApp Chat - {title}.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("_chat.txt", text.encode("utf-8"))
        for name in media:
            zf.writestr(name, b"\xff\xd8\xff\xe0 not really a photo")
    return path


def test_android_us_one_to_one(tmp_path):
    path = write(tmp_path, "WhatsApp Chat with Ada Obi.txt", ANDROID_US)
    log = load_interactions(path)
    assert log["contact_id"].tolist() == ["whatsapp:ada-obi"] * 5
    assert log["direction"].tolist() == ["in", "out", "in", "in", "out"]
    assert (log["kind"] == "message").all()
    assert (
        log.loc[1, "note"]
        == "Happy new year Ada! Yes, from 8.\nTwo sourdoughs are set aside for you."
    )
    assert log.loc[2, "note"] == "<Media omitted>"
    assert log["timestamp"].dt.strftime("%Y-%m-%d %H:%M").tolist() == [
        "2024-12-31 21:41",
        "2024-12-31 21:45",
        "2025-01-02 08:03",
        "2025-01-02 08:04",
        "2025-01-02 12:15",
    ]
    assert str(log["timestamp"].dt.tz) == "UTC"
    people = load_export(path)
    assert_contract(people)
    assert people["contact_id"].tolist() == ["whatsapp:ada-obi"]
    assert people.loc[0, "name"] == "Ada Obi"
    assert people.loc[0, "platform"] == "whatsapp"
    assert people[["follows_me", "i_follow"]].isna().all().all()
    assert list(people.columns).index("phone") == 11


def test_android_uk_day_first_from_time_order_and_sender_by_number(tmp_path):
    path = write(tmp_path, f"WhatsApp Chat with {NUMBER}.txt", ANDROID_UK)
    log = load_interactions(path)
    assert log["contact_id"].unique().tolist() == ["whatsapp:+447700900123"]
    assert log["direction"].tolist() == ["in", "out", "in", "in", "out"]
    assert log["timestamp"].dt.strftime("%d %b").tolist() == [
        "03 Jan",
        "03 Jan",
        "04 Jan",
        "11 Jan",
        "02 Feb",
    ]
    people = load_export(path)
    assert people["contact_id"].tolist() == ["whatsapp:+447700900123"]
    assert people.loc[0, "phone"] == "+447700900123"
    assert pd.isna(people.loc[0, "name"])


def test_german_group_alone_guesses_the_owner_and_says_so(tmp_path):
    path = write(tmp_path, "WhatsApp-Chat mit Backstube Freunde.txt", ANDROID_DE_GROUP)
    with pytest.warns(UserWarning, match="group chat.*took Inês Carvalho"):
        log = load_interactions(path)
    # 3 of the owner's messages, each to the 2 other members; 3 written to the group
    assert len(log) == 9
    assert log["direction"].value_counts().to_dict() == {"out": 6, "in": 3}
    outs = log[log["direction"] == "out"]
    assert sorted(set(outs["contact_id"])) == ["whatsapp:jonas-weber", "whatsapp:mira-schulz"]
    assert log["timestamp"].iloc[-1].strftime("%Y-%m-%d %H:%M") == "2024-12-31 21:41"
    with pytest.warns(UserWarning):
        people = load_export(path)
    assert people["name"].tolist() == ["Jonas Weber", "Mira Schulz"]


def test_ios_zip_with_media_call_and_deleted_message(tmp_path):
    path = ios_zip(
        tmp_path,
        "Ben Adeyemi",
        IOS_GB,
        media=["00000005-PHOTO-2024-03-15-14-11-02.jpg", "Ben Adeyemi.vcf"],
    )
    log = load_interactions(path)
    assert log["direction"].tolist() == ["in", "out", "out", "in", "in", "in"]
    assert log["kind"].tolist() == ["message", "message", "message", "message", "call", "message"]
    assert log.loc[3, "note"] == "Great, can we meet next week?\nTuesday works for me."
    assert log.loc[2, "note"] == "<attached: 00000005-PHOTO-2024-03-15-14-11-02.jpg>"
    assert log.loc[0, "timestamp"].strftime("%d.%m.%Y %H:%M:%S") == "15.03.2024 14:02:11"
    people = load_export(path)  # the contact card sent in the chat is not an address book
    assert people["contact_id"].tolist() == ["whatsapp:ben-adeyemi"]


def test_ios_us_group_with_owner_named(tmp_path):
    path = ios_zip(tmp_path, "Market Stall Crew", IOS_US_GROUP)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        log = load_interactions(path, owner="Inês Carvalho")
    assert len(log) == 6
    out = log[log["direction"] == "out"]
    assert sorted(out["contact_id"]) == ["whatsapp:+351912345678", "whatsapp:kofi-mensah"]
    assert out["timestamp"].dt.strftime("%H:%M").unique().tolist() == ["21:15"]
    assert log["note"].tolist()[-2:] == ["image omitted", "sticker omitted"]
    people = load_export(path, owner="Inês Carvalho")
    assert people["contact_id"].tolist() == ["whatsapp:kofi-mensah", "whatsapp:+351912345678"]
    assert people["phone"].tolist()[1] == "+351912345678"


def test_ios_group_alone_without_owner_warns_with_the_guess(tmp_path):
    """Kofi is named in the system lines (the owner is "you"); a number is never the owner."""
    path = ios_zip(tmp_path, "Market Stall Crew", IOS_US_GROUP)
    with pytest.warns(UserWarning, match=r"took Inês Carvalho \(1 of 5 messages\).*owner="):
        log = load_interactions(path)
    assert log.equals(load_interactions(path, owner="Inês Carvalho"))


def test_a_folder_of_chats_finds_the_owner_of_groups_from_one_to_one_chats(tmp_path):
    write(tmp_path, "WhatsApp Chat with Ada Obi.txt", ANDROID_US)
    write(tmp_path, "WhatsApp-Chat mit Backstube Freunde.txt", ANDROID_DE_GROUP)
    ios_zip(tmp_path, "Market Stall Crew", IOS_US_GROUP)
    ios_zip(tmp_path, "Ben Adeyemi", IOS_GB)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        log = load_interactions(tmp_path)
        people = load_export(tmp_path)
    assert len(log) == 5 + 9 + 6 + 6
    assert log["timestamp"].is_monotonic_increasing
    assert set(log["contact_id"]) == set(people["contact_id"])
    assert len(people) == 6  # Ada, Ben, Jonas, Mira, Kofi and +351 912 345 678
    assert "whatsapp:ines-carvalho" not in set(people["contact_id"])


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("31/12/2024, 21:41 - ", "2024-12-31 21:41:00"),  # India, Australia, Brazil
        ("31.12.24, 21:41 - ", "2024-12-31 21:41:00"),  # Germany
        ("31/12/2024 à 21:41 - ", "2024-12-31 21:41:00"),  # France
        ("2024-12-31, 21:41 - ", "2024-12-31 21:41:00"),  # Sweden, Canada
        ("31-12-2024 21:41 - ", "2024-12-31 21:41:00"),  # Netherlands
        ("31/12/24, 9:41 p. m. - ", "2024-12-31 21:41:00"),  # Spain, 12-hour
        ("12/31/24, 9:41 AM - ", "2024-12-31 09:41:00"),  # United States
        ("[31.12.24, 21:41:05] ", "2024-12-31 21:41:05"),  # iPhone, Germany
        (f"[12/31/24, 9:41:05{NNBSP}PM] ", "2024-12-31 21:41:05"),  # iPhone, US
        ("[2024-12-31, 12:05:09 AM] ", "2024-12-31 00:05:09"),  # iPhone, midnight
        ("2024/12/31 21:41 - ", "2024-12-31 21:41:00"),  # Japan
        ("2024/12/31 午後9:41 - ", "2024-12-31 21:41:00"),  # Japan, 12-hour ("tt h:mm")
    ],
)
def test_date_and_time_formats_of_several_regions(tmp_path, header, expected):
    text = f"{header}Lucía Ibáñez: ¡Feliz año!\n{header}Inês Carvalho: Igualmente\n"
    log = load_interactions(write(tmp_path, "WhatsApp Chat with Lucía Ibáñez.txt", text))
    assert log["timestamp"].dt.strftime("%Y-%m-%d %H:%M:%S").tolist() == [expected] * 2
    assert log["direction"].tolist() == ["in", "out"]
    assert log["contact_id"].tolist() == ["whatsapp:lucia-ibanez"] * 2


def test_older_iphone_notice_without_mark_is_not_a_message(tmp_path):
    text = (
        "[02/09/2018, 18:20:11] Ada Obi: Messages to this chat and calls are now secured "
        "with end-to-end encryption. Tap for more info.\n"
        "[02/09/2018, 18:20:11] Ada Obi: Do you still make the rye loaf?\n"
        "[02/09/2018, 18:31:40] Inês Carvalho: Every Friday!\n"
    )
    log = load_interactions(write(tmp_path, "WhatsApp Chat - Ada Obi.txt", text))
    assert log["direction"].tolist() == ["in", "out"]
    assert log.loc[0, "note"] == "Do you still make the rye loaf?"


def test_ambiguous_dates_follow_the_clock(tmp_path):
    """All days at most 12 and in time order either way: 24-hour means day first."""
    day_first = "01/02/2024, 10:00 - Ada Obi: one\n03/04/2024, 10:00 - Ada Obi: two\n"
    log = load_interactions(write(tmp_path, "WhatsApp Chat with Ada Obi.txt", day_first))
    assert log["timestamp"].dt.strftime("%m-%d").tolist() == ["02-01", "04-03"]
    month_first = "01/02/24, 10:00 AM - Ada Obi: one\n03/04/24, 10:00 AM - Ada Obi: two\n"
    log = load_interactions(write(tmp_path, "WhatsApp Chat with Ada Obi.txt", month_first))
    assert log["timestamp"].dt.strftime("%m-%d").tolist() == ["01-02", "03-04"]


def test_local_phone_time_is_stored_in_utc(tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    text = "15.01.24, 12:00 - Ada Obi: winter\n15.07.24, 12:00 - Ada Obi: summer\n"
    log = load_interactions(write(tmp_path, "WhatsApp Chat with Ada Obi.txt", text))
    assert log["timestamp"].dt.strftime("%H:%M").tolist() == ["11:00", "10:00"]


def test_platform_named_and_renamed_file(tmp_path):
    path = write(tmp_path, "chat.txt", ANDROID_US)
    with pytest.warns(UserWarning, match="does not say"):
        log = load_interactions(path, platform="whatsapp")
    assert len(log) == 5
    log = load_interactions(path, platform="whatsapp", owner="Inês Carvalho")
    assert log["direction"].tolist() == ["in", "out", "in", "in", "out"]


def test_chat_with_only_the_owner_writing_still_names_the_other_person(tmp_path):
    text = "05/06/2024, 10:00 - Inês Carvalho: Your order is ready\n"
    path = write(tmp_path, "WhatsApp Chat with Tomasz Wójcik.txt", text)
    log = load_interactions(path)
    assert log[["contact_id", "direction"]].values.tolist() == [["whatsapp:tomasz-wojcik", "out"]]
    assert load_export(path)["name"].tolist() == ["Tomasz Wójcik"]


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("WhatsApp Chat with Ada.txt", b"", "empty"),
        ("WhatsApp Chat with Ada.txt", bytes(range(256)) * 20, "binary|encoding"),
        ("notes.txt", b"Shopping list\nflour, rye\n", "not recognise"),
    ],
)
def test_bad_files_are_refused_in_words(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ExportFormatError, match=words) as info:
        load_interactions(path)
    assert info.value.path == path


def test_not_a_chat_named_as_whatsapp_says_what_a_chat_looks_like(tmp_path):
    path = write(tmp_path, "WhatsApp Chat with Ada.txt", "Dear Ada,\nthanks for the flour.\n")
    with pytest.raises(ExportFormatError, match=r"not a WhatsApp chat export.*Export chat"):
        load_interactions(path, platform="whatsapp")


def test_a_long_chat_over_many_dates_keeps_every_message_and_its_direction(tmp_path):
    """600 days of a one-to-one chat over two years, five messages a day (timing: the benchmark)."""
    lines = []
    for k in range(3000):
        day, minute = divmod(k, 5)
        stamp = f"{day % 28 + 1:02d}/{day // 28 % 12 + 1:02d}/{2020 + day // 336}"
        who = "Ada Obi" if k % 3 else "Inês Carvalho"
        lines.append(f"{stamp}, {minute // 60 + 8:02d}:{minute % 60:02d} - {who}: message {k}")
    path = write(tmp_path, "WhatsApp Chat with Ada Obi.txt", "\n".join(lines) + "\n")
    log = load_interactions(path)
    assert len(log) == 3000 and set(log["contact_id"]) == {"whatsapp:ada-obi"}
    assert log["note"].tolist() == [f"message {k}" for k in range(3000)]
    assert log["direction"].value_counts().to_dict() == {"in": 2000, "out": 1000}
    assert (log["direction"] == "out").tolist() == [k % 3 == 0 for k in range(3000)]
    assert log["timestamp"].is_monotonic_increasing
    assert log["timestamp"].dt.date.nunique() == 600  # days run 1-28 (day first), months 1-12
    assert log["timestamp"].iloc[0] == pd.Timestamp("2020-01-01 08:00", tz="UTC")
    assert log["timestamp"].iloc[-1] == pd.Timestamp("2021-10-12 08:04", tz="UTC")


def test_chats_carry_what_joins_them_to_the_bakery_address_book(tmp_path):
    """Named senders are the phone's own contacts; numbers join by phone digits."""
    from realnet_kit import sample_path
    from realnet_kit.importers.merge import merge_people, review_pairs

    # The bakery's own address book, two of whose people also write on WhatsApp.
    book = tmp_path / "contacts.csv"
    raw = pd.read_csv(sample_path("bakery") / "contacts.csv", dtype=str)
    raw.loc[0, ["First Name", "Last Name", "E-mail 1 - Value"]] = ["Adaeze", "Okonkwo", None]
    raw.loc[1, ["First Name", "Last Name"]] = ["Kofi", "Owusu"]
    raw.loc[1, "Phone 1 - Value"] = "+233 24 409 244"
    raw.to_csv(book, index=False)
    chat = (
        "14/11/2024, 07:02 - Adaeze Okonkwo: Morning! One rye for Friday please\n"
        "14/11/2024, 07:30 - Inês Carvalho: Of course, it will be ready at 8\n"
    )
    write(tmp_path, "WhatsApp Chat with Adaeze Okonkwo.txt", chat)
    group = (
        "16/11/2024, 18:00 - Inês Carvalho: Market tomorrow from 9!\n"
        f"16/11/2024, 18:04 - {LRE}+233 24 409 244{PDF}: I'll come by for the rye\n"
    )
    write(tmp_path, "WhatsApp Chat with Saturday Market Regulars.txt", group)
    people = load_export(tmp_path)
    assert_contract(people)
    ours = people[people["platform"] == "whatsapp"].set_index("contact_id")
    assert ours.loc["whatsapp:adaeze-okonkwo", "name"] == "Adaeze Okonkwo"
    assert ours.loc["whatsapp:+23324409244", "phone"] == "+23324409244"
    raw = pd.read_csv(book, dtype=str)
    phones = raw["Phone 1 - Value"].map(phone_key)  # how merge can compare the numbers
    assert raw.loc[phones == "+23324409244", "Last Name"].tolist() == ["Owusu"]
    pair = {"whatsapp:adaeze-okonkwo", "google:adaeze-okonkwo"}
    merged = merge_people(people).set_index("contact_id")["person_id"]
    offered = review_pairs(people)
    joined = merged["whatsapp:adaeze-okonkwo"] == merged["google:adaeze-okonkwo"]
    asked = any(
        {a, b} == pair for a, b in zip(offered["contact_a"], offered["contact_b"], strict=True)
    )
    assert joined or asked
    log = load_interactions(tmp_path)
    assert set(log["contact_id"]) <= set(people["contact_id"])
    assert len(log) == 2 + 2


def test_a_zip_of_several_exports_keeps_the_other_platforms(tmp_path):
    from test_fixtures import CONNECTIONS_2020

    path = tmp_path / "my exports.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("WhatsApp Chat with Ada Obi.txt", ANDROID_US)
        zf.writestr("Connections.csv", CONNECTIONS_2020)
    people = load_export(path)
    assert people["platform"].value_counts().to_dict() == {"linkedin": 4, "whatsapp": 1}


ANDROID_EN_GROUP = f"""05/03/2025, 08:00 - {ENCRYPTED}
05/03/2025, 08:00 - Ama Mensah created group "Bakers: orders"
05/03/2025, 08:01 - Ama Mensah added you
05/03/2025, 08:01 - Ama Mensah added {LRE}+44 7700 900456{PDF}
05/03/2025, 08:02 - Ama Mensah changed the subject from "Bakers: orders" to "Bakers: Friday orders"
05/03/2025, 08:03 - Ama Mensah changed this group's icon
05/03/2025, 08:05 - Ama Mensah: Who can do 20 rolls for Friday?
05/03/2025, 08:09 - Inês Carvalho: I can!
05/03/2025, 08:10 - {LRE}+44 7700 900456{PDF} left
05/03/2025, 08:11 - You changed the group description
05/03/2025, 08:12 - Ama Mensah: This message was deleted
"""


def test_android_group_system_lines_are_left_out(tmp_path):
    path = write(tmp_path, "WhatsApp Chat with Bakers: Friday orders.txt", ANDROID_EN_GROUP)
    log = load_interactions(path, owner="Inês Carvalho")
    assert log[["contact_id", "direction"]].values.tolist() == [
        ["whatsapp:ama-mensah", "in"],
        ["whatsapp:ama-mensah", "out"],
        ["whatsapp:ama-mensah", "in"],
    ]
    assert load_export(path, owner="Inês Carvalho")["contact_id"].tolist() == [
        "whatsapp:ama-mensah"
    ]
    with pytest.warns(UserWarning, match="group chat.*took Inês Carvalho"):
        guessed = load_interactions(path)  # the notices name Ama, and call the owner "you"
    assert guessed.equals(log)


def test_owner_names_and_addresses_serve_chats_and_mail_together(tmp_path):
    from test_mbox import THUNDERBIRD_INBOX

    write(tmp_path, "WhatsApp Chat with Market Stall Crew.txt", ANDROID_EN_GROUP)
    (tmp_path / "Inbox").write_text(THUNDERBIRD_INBOX, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        log = load_interactions(tmp_path, owner=["Inês Carvalho", "priya@studio.example"])
    assert log.groupby("kind")["direction"].apply(list).to_dict() == {
        "email": ["in", "in"],
        "message": ["in", "out", "in"],
    }


def test_a_folder_of_chats_and_mail_opens_in_the_workshop(realnet_home, tmp_path):
    from test_mbox import GMAIL

    from realnet_kit.session import open_workshop_data

    write(tmp_path, "WhatsApp Chat with Ada Obi.txt", ANDROID_US)
    ios_zip(tmp_path, "Ben Adeyemi", IOS_GB)
    (tmp_path / "All mail Including Spam and Trash.mbox").write_bytes(GMAIL.encode())
    data = open_workshop_data(tmp_path, quiet=True)
    assert data.contacts["platform"].value_counts().to_dict() == {"email": 4, "whatsapp": 2}
    assert data.interactions["kind"].value_counts().to_dict() == {
        "message": 10,
        "email": 6,
        "call": 1,
    }
    assert "WhatsApp" in data.describe()


def test_iphone_chat_alone_takes_the_other_person_from_its_system_lines(tmp_path):
    path = write(tmp_path, "_chat.txt", IOS_GB)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        log = load_interactions(path)
    assert log["direction"].tolist() == ["in", "out", "out", "in", "in", "in"]


def test_one_chat_exported_twice_counts_each_message_once(tmp_path):
    write(tmp_path, "WhatsApp Chat with Ada Obi.txt", ANDROID_US.rsplit("1/2/25", 2)[0])
    write(tmp_path, "WhatsApp Chat with Ada Obi (1).txt", ANDROID_US)  # a month later
    log = load_interactions(tmp_path)
    assert log["direction"].tolist() == ["in", "out", "in", "in", "out"]
