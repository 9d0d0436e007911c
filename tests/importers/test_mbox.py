"""Mailboxes as Gmail Takeout and Thunderbird write them (invented people).

The Gmail file uses CRLF line ends, ``From <thread id>@xxx`` separator lines,
``X-GM-THRID`` and ``X-Gmail-Labels``; bodies are quoted-printable and base64 (UTF-8 and
Latin-1), names and subjects are encoded words. The Thunderbird files use ``From - ``
separator lines and ``X-Mozilla-Status``.
"""

from __future__ import annotations

import warnings
import zipfile

import pandas as pd
import pytest
from test_x import assert_contract

from realnet_kit import ExportFormatError, load_export, load_interactions, sample_path
from realnet_kit.importers.merge import merge_people

OWNER = "ines.carvalho.bakes@gmail.com"

GMAIL = """\
From 1814882379204951100@xxx Mon Nov 04 09:12:44 +0000 2024
X-GM-THRID: 1814882379204951100
X-Gmail-Labels: Inbox,Important,Opened
Delivered-To: ines.carvalho.bakes@gmail.com
Received: by 2002:a05:6a10:b0c7:b0:5a1:1c2e:1d5e with SMTP id x7csp1234567pxb;
        Mon, 4 Nov 2024 01:12:44 -0800 (PST)
MIME-Version: 1.0
Date: Mon, 4 Nov 2024 09:12:40 +0000
Message-ID: <CAF4b2e1=open.day.1@mail.fastmail.com>
Subject: Pastries for our open day
From: =?UTF-8?B?QWJlbmEgQXNhbnRl?= <abena.asante@fastmail.com>
To: =?UTF-8?B?SW7DqnMgQ2FydmFsaG8=?= <ines.carvalho.bakes@gmail.com>
Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f60718"

--000000000000a1b2c3d4e5f60718
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

SGkgSW7DqnMsCgpDb3VsZCB5b3UgYmFrZSA0MCBwYXN0w6lpcyBkZSBuYXRhIGZvciBvdXIgb3Bl
biBkYXkgb24gdGhlIDE0dGg/CldlIHdvdWxkIHBpY2sgdGhlbSB1cCBhdCA4LgoKVGhhbmtzLApB
YmVuYQo=
--000000000000a1b2c3d4e5f60718
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hi In=C3=AAs,<br><br>Could you bake 40 past=C3=A9is de nata?</div>
--000000000000a1b2c3d4e5f60718--

From 1814890112233445566@xxx Mon Nov 04 11:30:02 +0000 2024
X-GM-THRID: 1814882379204951100
X-Gmail-Labels: Sent,Opened
MIME-Version: 1.0
Date: Mon, 4 Nov 2024 11:30:00 +0000
References: <CAF4b2e1=open.day.1@mail.fastmail.com>
In-Reply-To: <CAF4b2e1=open.day.1@mail.fastmail.com>
Message-ID: <CAL7x9q2=reply.1@mail.gmail.com>
Subject: Re: Pastries for our open day
From: =?UTF-8?B?SW7DqnMgQ2FydmFsaG8=?= <ines.carvalho.bakes@gmail.com>
To: Abena Asante <abena.asante@fastmail.com>
Cc: "Mensah, Kofi" <Kofi.Mensah@example.com>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1 Abena,

sim, 40 past=C3=A9is de nata para dia 14, prontos =C3=A0s 8h.

Obrigada!
In=C3=AAs

On Mon, 4 Nov 2024 at 09:12, Abena Asante <abena.asante@fastmail.com> wrote:
> Hi In=C3=AAs,
>
> Could you bake 40 past=C3=A9is de nata for our open day on the 14th?

From 1814901234567890123@xxx Tue Nov 05 07:00:00 +0000 2024
X-GM-THRID: 1814901234567890123
X-Gmail-Labels: Inbox,Category Promotions
Delivered-To: ines.carvalho.bakes@gmail.com
Date: Tue, 05 Nov 2024 07:00:00 +0000
From: Flour Weekly <news@flourweekly.example>
To: ines.carvalho.bakes@gmail.com
Subject: This week in flour
List-Unsubscribe: <mailto:unsubscribe@flourweekly.example>
Content-Type: text/plain; charset="us-ascii"

Ten recipes for rye.

From 1814905555555555555@xxx Tue Nov 05 08:00:00 +0000 2024
X-GM-THRID: 1814905555555555555
X-Gmail-Labels: Spam
Delivered-To: ines.carvalho.bakes@gmail.com
Date: Tue, 05 Nov 2024 08:00:00 +0000
From: Prize Office <winner@prize.example>
To: ines.carvalho.bakes@gmail.com
Subject: You won
Content-Type: text/plain; charset="us-ascii"

Click here.

From 1814910000000000001@xxx Wed Nov 06 14:45:10 +0000 2024
X-GM-THRID: 1814910000000000001
X-Gmail-Labels: Inbox,Opened
Delivered-To: ines.carvalho.bakes@gmail.com
MIME-Version: 1.0
Date: Wed, 06 Nov 2024 15:45:10 +0100
From: Jonas Weber <jonas@weber-muehle.example>
To: ines.carvalho.bakes@gmail.com
Subject: =?ISO-8859-1?Q?Mehl_f=FCr_Januar?=
Content-Type: text/plain; charset="ISO-8859-1"
Content-Transfer-Encoding: quoted-printable

Hallo In=EAs,

das Mehl f=FCr Januar ist unterwegs: 200 kg Roggen.

Gr=FC=DFe
Jonas

From 1814920000000000002@xxx Wed Nov 06 18:02:00 +0000 2024
X-GM-THRID: 1814910000000000001
X-Gmail-Labels: Sent
MIME-Version: 1.0
Date: Wed, 6 Nov 2024 18:02:00 +0000
From: =?UTF-8?B?SW7DqnMgQ2FydmFsaG8=?= <ines.carvalho.bakes@gmail.com>
To: Jonas Weber <jonas@weber-muehle.example>
Subject: Re: =?UTF-8?B?QmVzdGVsbHVuZyBmw7xyIEphbnVhcg==?=
Content-Type: text/plain; charset="UTF-8"

Danke Jonas!
>From the mill to the oven in a day, as always.

From 1814930000000000003@xxx Thu Nov 07 10:00:00 +0000 2024
X-GM-THRID: 1814930000000000003
X-Gmail-Labels: Drafts
Date: Thu, 7 Nov 2024 10:00:00 +0000
From: =?UTF-8?B?SW7DqnMgQ2FydmFsaG8=?= <ines.carvalho.bakes@gmail.com>
To: Kofi.Mensah@example.com
Subject: Stall on Saturday
Content-Type: text/plain; charset="UTF-8"

Not sent yet.

From 1814940000000000004@xxx Fri Nov 08 16:20:05 +0000 2024
X-GM-THRID: 1814940000000000004
X-Gmail-Labels: Inbox
Delivered-To: ines.carvalho.bakes@gmail.com
From: Ama Mensah <ama@nqphysio.example>
To: ines.carvalho.bakes@gmail.com
Content-Type: text/plain; charset="UTF-8"

Do you deliver to the physio practice on Fridays?
""".replace("\n", "\r\n")

THUNDERBIRD_INBOX = """\
From - Mon Mar 03 09:00:12 2025
X-Mozilla-Status: 0001
X-Mozilla-Status2: 00000000
X-Mozilla-Keys:
Return-Path: <tomasz@fernweh.example>
Date: Mon, 3 Mar 2025 10:00:05 +0100
From: =?UTF-8?Q?Tomasz_W=C3=B3jcik?= <tomasz@fernweh.example>
To: Priya Shah <priya@studio.example>
Subject: Accessibility audit
Content-Type: text/plain; charset=UTF-8; format=flowed

Hi Priya, can we talk about the audit on Thursday?

From - Tue Mar 04 12:00:00 2025
X-Mozilla-Status: 0009
X-Mozilla-Status2: 00000000
Date: Tue, 4 Mar 2025 12:00:00 +0000
From: Old Colleague <old@example.org>
To: priya@studio.example
Subject: Deleted but not compacted

Gone.

From - Wed Mar 05 08:30:00 2025
X-Mozilla-Status: 0001
Date: Wed, 5 Mar 2025 08:30:00 +0000
From: "Ibáñez, Lucía" <lucia@pixelpine.example>
To: priya@studio.example, tomasz@fernweh.example
Subject: =?UTF-8?B?w5psdGltYXMgbm90YXM=?=

Notes attached.
"""

THUNDERBIRD_SENT = """\
From - Mon Mar 03 15:10:00 2025
X-Mozilla-Status: 0001
Date: Mon, 3 Mar 2025 15:10:00 +0000
From: Priya Shah <priya@studio.example>
To: =?UTF-8?Q?Tomasz_W=C3=B3jcik?= <tomasz@fernweh.example>
Subject: Re: Accessibility audit

Thursday at 10 works.
"""


def gmail_takeout(folder):
    path = folder / "takeout-20241110T101010Z-001.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Takeout/archive_browser.html", "<html><body>Takeout</body></html>")
        zf.writestr("Takeout/Mail/All mail Including Spam and Trash.mbox", GMAIL.encode())
        zf.writestr("Takeout/Mail/User Settings/Filters.xml", "<feed></feed>")
    return path


def write_mbox(folder, name, text):
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_gmail_takeout_directions_counts_and_notes(tmp_path):
    log = load_interactions(gmail_takeout(tmp_path))
    # 1 in, the reply out to Abena and Kofi, 1 in, 1 out, 1 in; newsletter, spam, draft left out
    assert log["contact_id"].tolist() == [
        "email:abena.asante@fastmail.com",
        "email:abena.asante@fastmail.com",
        "email:kofi.mensah@example.com",
        "email:jonas@weber-muehle.example",
        "email:jonas@weber-muehle.example",
        "email:ama@nqphysio.example",
    ]
    assert log["direction"].tolist() == ["in", "out", "out", "in", "out", "in"]
    assert (log["kind"] == "email").all()
    assert log.loc[0, "note"].startswith(
        "Pastries for our open day — Hi Inês, Could you bake 40 pastéis"
    )
    assert log.loc[1, "note"] == (
        "Re: Pastries for our open day — Olá Abena, sim, 40 pastéis de nata para dia 14, "
        "prontos às 8h. Obrigada! Inês"
    )
    assert log.loc[3, "note"].startswith("Mehl für Januar — Hallo Inês, das Mehl für Januar")
    assert log.loc[4, "note"] == (
        "Re: Bestellung für Januar — Danke Jonas! From the mill to the oven in a day, as always."
    )
    assert log.loc[5, "note"] == "Do you deliver to the physio practice on Fridays?"
    stamps = log["timestamp"].dt.strftime("%Y-%m-%d %H:%M:%S").tolist()
    assert stamps[3] == "2024-11-06 14:45:10"  # +0100 in the Date header
    assert stamps[5] == "2024-11-08 16:20:05"  # no Date header: the From line's time


def test_gmail_takeout_people_with_addresses_and_names(tmp_path):
    people = load_export(gmail_takeout(tmp_path))
    assert_contract(people)
    assert people["contact_id"].tolist() == [
        "email:abena.asante@fastmail.com",
        "email:kofi.mensah@example.com",
        "email:jonas@weber-muehle.example",
        "email:ama@nqphysio.example",
    ]
    assert people["name"].tolist() == ["Abena Asante", "Mensah, Kofi", "Jonas Weber", "Ama Mensah"]
    assert people["email"].tolist() == [c.split(":", 1)[1] for c in people["contact_id"]]
    assert (people["platform"] == "email").all()
    assert people[["follows_me", "i_follow"]].isna().all().all()
    log = load_interactions(gmail_takeout(tmp_path))
    assert set(log["contact_id"]) == set(people["contact_id"])


def test_thunderbird_folder_owner_from_the_most_present_address(tmp_path):
    write_mbox(tmp_path, "Inbox", THUNDERBIRD_INBOX)
    write_mbox(tmp_path, "Sent", THUNDERBIRD_SENT)
    (tmp_path / "Inbox.msf").write_bytes(b'// <!-- <mdb:mork:z v="1.4"/> -->')
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        log = load_interactions(tmp_path, platform="email")
    assert log["contact_id"].tolist() == [
        "email:tomasz@fernweh.example",
        "email:tomasz@fernweh.example",
        "email:lucia@pixelpine.example",
    ]
    assert log["direction"].tolist() == ["in", "out", "in"]
    assert log.loc[0, "timestamp"].strftime("%H:%M") == "09:00"
    assert log.loc[2, "note"] == "Últimas notas — Notes attached."
    people = load_export(tmp_path)
    assert people["name"].tolist() == ["Tomasz Wójcik", "Ibáñez, Lucía"]


def test_owner_given_explicitly_turns_the_directions(tmp_path):
    path = write_mbox(tmp_path, "Inbox.mbox", THUNDERBIRD_INBOX)
    log = load_interactions(path, owner="tomasz@fernweh.example")
    assert log[["contact_id", "direction"]].values.tolist() == [
        ["email:priya@studio.example", "out"],
        ["email:lucia@pixelpine.example", "in"],
    ]


def test_one_saved_message_eml(tmp_path):
    message = THUNDERBIRD_SENT.split("\n", 1)[1]
    path = write_mbox(tmp_path, "Re Accessibility audit.eml", message)
    log = load_interactions(path, owner="priya@studio.example")
    assert log[["contact_id", "direction"]].values.tolist() == [
        ["email:tomasz@fernweh.example", "out"]
    ]


def test_mail_joins_the_bakery_address_book_by_email(tmp_path):
    # The bakery's own address book, with its first person being the one who writes by mail.
    contacts = pd.read_csv(sample_path("bakery") / "contacts.csv", dtype=str)
    contacts.loc[0, ["First Name", "Last Name", "E-mail 1 - Value"]] = [
        "Abena",
        "Asante",
        "abena.asante@fastmail.com",
    ]
    contacts.to_csv(tmp_path / "contacts.csv", index=False)
    gmail_takeout(tmp_path)
    people = load_export(tmp_path)
    merged = merge_people(people).set_index("contact_id")
    assert (
        merged.loc["email:abena.asante@fastmail.com", "person_id"]
        == merged.loc["google:abena.asante@fastmail.com", "person_id"]
    )


def test_a_cut_off_mailbox_is_refused(tmp_path):
    cut_in_attachment = GMAIL[: GMAIL.index("biBkYXkgb24")]
    path = write_mbox(tmp_path, "All mail Including Spam and Trash.mbox", cut_in_attachment)
    with pytest.raises(ExportFormatError, match=r"ends in the middle of a message.*Abena Asante"):
        load_interactions(path)
    cut_in_headers = THUNDERBIRD_INBOX[: THUNDERBIRD_INBOX.index("Subject: =?UTF-8")]
    path = write_mbox(tmp_path, "Inbox.mbox", cut_in_headers)
    with pytest.raises(ExportFormatError, match=r"cut off.*Download"):
        load_export(path)
    cut_mid_line = THUNDERBIRD_SENT[:-8]
    path = write_mbox(tmp_path, "Sent.mbox", cut_mid_line)
    with pytest.raises(ExportFormatError, match="ends in the middle"):
        load_interactions(path)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (bytes(range(256)) * 20, "binary"),
        (b"Dear Ines,\nthe invoice is attached.\n", "not a mailbox.*line 1 reads 'Dear Ines,'"),
    ],
)
def test_bad_mailboxes_are_refused_in_words(tmp_path, content, words):
    path = tmp_path / "Inbox.mbox"
    path.write_bytes(content)
    with pytest.raises(ExportFormatError, match=words) as info:
        load_interactions(path, platform="email")
    assert info.value.path == path


LABEL_INBOX = """\
From 1640000000000000001@xxx Tue Jan 14 09:00:00 +0000 2025
X-GM-THRID: 1640000000000000001
Message-ID: <rye-1@weber-muehle.example>
Date: Tue, 14 Jan 2025 09:00:00 +0000
From: Jonas Weber <jonas@weber-muehle.example>
To: Priya Shah <priya@studio.example>
Subject: Website for the mill

Could you look at our shop page?

"""
LABEL_SENT = """\
From 1640000000000000002@xxx Tue Jan 14 11:00:00 +0000 2025
X-GM-THRID: 1640000000000000001
Message-ID: <reply-1@studio.example>
Date: Tue, 14 Jan 2025 11:00:00 +0000
From: Priya Shah <priya@studio.example>
To: Jonas Weber <jonas@weber-muehle.example>
Subject: Re: Website for the mill

Happy to, Thursday?

"""


def test_older_takeout_one_file_per_label_counts_each_message_once(tmp_path):
    path = tmp_path / "takeout-20250120T000000Z-001.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Takeout/Mail/Inbox.mbox", LABEL_INBOX)
        zf.writestr("Takeout/Mail/Important.mbox", LABEL_INBOX)
        zf.writestr("Takeout/Mail/Sent.mbox", LABEL_SENT)
    log = load_interactions(path)
    assert log[["contact_id", "direction"]].values.tolist() == [
        ["email:jonas@weber-muehle.example", "in"],
        ["email:jonas@weber-muehle.example", "out"],
    ]


def test_apple_mail_export_folders(tmp_path):
    for folder, text in (("INBOX.mbox", LABEL_INBOX), ("Sent Messages.mbox", LABEL_SENT)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "mbox").write_text(text, encoding="utf-8")
        (tmp_path / folder / "Info.plist").write_text("<?xml version='1.0'?><plist/>")
    people = load_export(tmp_path)
    assert people["contact_id"].tolist() == ["email:jonas@weber-muehle.example"]
    assert people["name"].tolist() == ["Jonas Weber"]


NESTED = """\
From - Fri Mar 07 10:00:00 2025
X-Mozilla-Status: 0001
Date: Fri, 7 Mar 2025 10:00:00 +0000
From: Lucía Ibáñez <lucia@pixelpine.example>
To: Priya Shah <priya@studio.example>
Subject: Quote
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="------------mixed01"

This is a multi-part message in MIME format.
--------------mixed01
Content-Type: multipart/alternative; boundary="------------alt02"

--------------alt02
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 7bit

<html><body><p>Here is the <b>quote</b> &amp; plan</p></body></html>
--------------alt02
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

Here is the quote & plan

--------------alt02--
--------------mixed01
Content-Type: application/pdf; name="quote.pdf"
Content-Disposition: attachment; filename="quote.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K
--------------mixed01--

From - Fri Mar 07 11:00:00 2025
X-Mozilla-Status: 0001
Date: Fri, 7 Mar 2025 11:00:00 +0000
From: Tomasz Wójcik <tomasz@fernweh.example>
To: priya@studio.example
Subject: =?UTF-8?Q?Pr=C3=B3ba?=
MIME-Version: 1.0
Content-Type: text/html; charset="ISO-8859-2"
Content-Transfer-Encoding: quoted-printable

<div>Dzi=EAkuj=EA za spotkanie&nbsp;wczoraj!</div>
"""


def test_nested_parts_and_html_only_messages_give_their_text(tmp_path):
    path = write_mbox(tmp_path, "Inbox", NESTED)
    log = load_interactions(path, owner="priya@studio.example")
    assert log["note"].tolist() == [
        "Quote — Here is the quote & plan",
        "Próba — Dziękuję za spotkanie wczoraj!",
    ]


def test_damaged_mailboxes_and_chats_load_or_are_refused_in_words(tmp_path):
    """Cut, scrambled and shuffled copies never raise anything but ExportFormatError."""
    import random

    from test_whatsapp import ANDROID_EN_GROUP, IOS_GB

    rng = random.Random(16)
    cases = [("Inbox", GMAIL), ("Inbox", NESTED), ("WhatsApp Chat with Ada.txt", IOS_GB)]
    cases.append(("WhatsApp Chat with Ada.txt", ANDROID_EN_GROUP))
    for trial in range(160):
        name, text = cases[trial % len(cases)]
        data = bytearray(text.encode())
        cut = rng.randrange(len(data))
        if trial % 4 == 0:
            data = data[:cut]
        elif trial % 4 == 1:
            for _ in range(rng.randrange(1, 20)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif trial % 4 == 2:
            data[cut:cut] = rng.randbytes(rng.randrange(1, 50))
        else:
            lines = data.split(b"\n")
            rng.shuffle(lines)
            data = b"\n".join(lines)
        path = tmp_path / str(trial) / name
        path.parent.mkdir()
        path.write_bytes(bytes(data))
        for load in (load_interactions, load_export):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    load(path)
                except ExportFormatError as exc:
                    assert "not laid out" not in str(exc), (trial, str(exc))


def test_a_takeout_mailbox_bigger_than_any_file_read_whole_is_streamed(tmp_path, monkeypatch):
    """Gmail's mailbox is often several GB: it streams, where a follower list that size
    would be refused before a byte is read (the cap is made tiny here to stand for 2 GiB)."""
    from realnet_kit.importers import archive

    monkeypatch.setattr(archive, "MAX_MEMBER_BYTES", 1000)
    assert len(GMAIL.encode()) > 1000
    log = load_interactions(gmail_takeout(tmp_path))
    assert len(log) == 6 and set(log["direction"]) == {"in", "out"}
