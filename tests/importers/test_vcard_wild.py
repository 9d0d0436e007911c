"""vCards as phones and mail programs really write them (invented people, real layouts)."""

from __future__ import annotations

import pytest
from test_x import assert_contract

from realnet_kit import load_export
from realnet_kit.importers.vcard import split_cards

# Outlook 2003/2007 (Windows): vCard 2.1, quoted-printable in the Windows code page with
# soft line breaks, bare type parameters, a long address broken over three lines.
OUTLOOK_2003 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;LANGUAGE=de;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen\r\n"
    "FN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:J=FCrgen M=FCller\r\n"
    "ORG;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:B=E4ckerei M=FCller GmbH;Vertrieb\r\n"
    "TITLE;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Gesch=E4ftsf=FChrer\r\n"
    "TEL;WORK;VOICE:+49 221 555 0101\r\n"
    "TEL;CELL;VOICE:+49 170 555 0102\r\n"
    "ADR;WORK;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:;;Hauptstra=DFe 12=0D=0A=\r\n"
    "Hinterhaus links, zweiter Stock, bei der gro=DFen Linde;K=F6ln;;50667;=\r\n"
    "Deutschland\r\n"
    "LABEL;WORK;ENCODING=QUOTED-PRINTABLE:Hauptstra=DFe 12=0D=0AK=F6ln 50667=0D=0A=\r\n"
    "Deutschland\r\n"
    "EMAIL;PREF;INTERNET:juergen.mueller@example.de\r\n"
    "REV:20070312T101500Z\r\n"
    "END:VCARD\r\n"
)
# Android's contacts app: one file, 2.1, UTF-8 quoted-printable with soft line breaks
# in long names and notes, a base64 photo running on until a blank line.
ANDROID = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Tanaka;Kai;;;\r\nFN:Kai Tanaka\r\n"
    "TEL;CELL:+81 90-5555-0101\r\nEMAIL;HOME:kai.tanaka@example.jp\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=98deg=C3=A5rd;Zo=C3=AB;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB =C3=98deg=C3=A5rd\r\n"
    "EMAIL;WORK:zoe@example.no\r\n"
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=B8tte p=C3=A5 messen i Bergen,=\r\n"
    "snakket om kaffe og br=C3=B8d=\r\n"
    "; vil ha prisliste\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=B1=B1=E7=94=B0;=E8=8A=B1=E5=AD=90;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=B1=B1=E7=94=B0=20=E8=8A=B1=E5=AD=\r\n"
    "=90\r\n"
    "TEL;CELL;PREF:+81 80-5555-0199\r\n"
    "EMAIL;HOME:hanako@example.jp\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Okafor;Chidi;;;\r\nFN:Chidi Okafor\r\n"
    "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQN\r\n"
    "DAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwL\r\n"
    "\r\nEMAIL;WORK:chidi@example.ng\r\nTEL;WORK:+234 1 555 0100\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:;;;;\r\nFN:\r\nTEL;CELL:+49 151 5550123\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
    "Garc=C3=ADa;Jos=C3=A9;;;\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
    "Jos=C3=A9 Garc=C3=ADa\r\nEMAIL;WORK:jose.garcia@example.es\r\nEND:VCARD\r\n"
)
# Lotus Notes: vCard 3.0 with PROFILE:VCARD, NAME and SOURCE lines.
LOTUS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPROFILE:VCARD\r\nNAME:Lotus Notes contacts\r\n"
    "SOURCE:Notes\r\nN:Ferreira;Ana;;;\r\nFN:Ana Ferreira\r\n"
    "ORG:Ferreira & Filhos Lda\r\nTITLE:Gerente\r\n"
    "EMAIL;TYPE=INTERNET:ana.ferreira@example.pt\r\nTEL;TYPE=WORK:+351 21 555 0100\r\n"
    "END:VCARD\r\n"
)
# iOS and macOS Contacts: 3.0, grouped items with their labels, social profiles,
# a folded base64 photo.
APPLE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.4//EN\r\n"
    "N:Nguyễn;Linh;;;\r\nFN:Linh Nguyễn\r\nORG:Phở Corner;\r\nTITLE:Owner\r\n"
    "item1.EMAIL;type=INTERNET;type=pref:linh@example.vn\r\nitem1.X-ABLabel:_$!<Other>!$_\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:+84 90 555 0101\r\n"
    "item2.ADR;type=HOME;type=pref:;;12 Lý Thường Kiệt;Hà Nội;;;Việt Nam\r\n"
    "X-SOCIALPROFILE;type=instagram;x-user=phocorner:x-apple:phocorner\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAASABIAAD/4QBMRXhpZgAATU0AKgAAAAgAA\r\n"
    " gESAAMAAAABAAEAAIdpAAQAAAABAAAAJgAAAAAAAqACAAQAAAABAAAAoKADAAQAAAABAAAAoAAAA\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//macOS 14.4//EN\r\n"
    "N:O'Brien;Siobhán;;;\r\nFN:Siobhán O'Brien\r\n"
    "EMAIL;type=INTERNET;type=WORK;type=pref:siobhan@example.ie\r\n"
    "X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/siobhan-obrien\r\n"
    "NOTE:Met at the Cork craft fair\\, wants a stall next year\r\nEND:VCARD\r\n"
)
# Google Contacts' vCard export and Evolution: 3.0 with escapes and folded notes.
GOOGLE_EVOLUTION = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Priya Raman\r\nN:Raman;Priya;;;\r\n"
    "EMAIL;TYPE=INTERNET;TYPE=HOME:priya.raman@example.in\r\n"
    "TEL;TYPE=CELL:+91 98 5555 0101\r\nORG:Raman Textiles\\, Chennai\r\n"
    "CATEGORIES:myContacts\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:pas-id-6610A2C400000001\r\n"
    "X-EVOLUTION-FILE-AS:Kowalski\\, Marek\r\nN:Kowalski;Marek;;;\r\nFN:Marek Kowalski\r\n"
    "EMAIL;TYPE=WORK;X-EVOLUTION-UI-SLOT=1:marek@example.pl\r\n"
    "NOTE:Stoisko obok nas na targach w Poznaniu\\; chce wspólną promocję\\n"
    "na wiosnę\r\nREV:2024-03-01T10:00:00Z\r\nEND:VCARD\r\n"
)
# vCard 4.0 (Nextcloud, Thunderbird): quoted type lists, PREF=1, URIs.
V4 = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Amara Diallo\r\nN:Diallo;Amara;;;\r\n"
    'EMAIL;TYPE="work";PREF=1:amara@example.sn\r\nEMAIL;TYPE=home:amara.d@example.org\r\n'
    'TEL;VALUE=uri;TYPE="cell,voice":tel:+221-77-555-0101\r\n'
    "PHOTO:data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4\r\n"
    "URL:https://amara.example.sn\r\nEND:VCARD\r\n"
)


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_outlook_2003_quoted_printable_in_windows_code_page(tmp_path):
    frame = load_export(write(tmp_path, "Jürgen Müller.vcf", OUTLOOK_2003))
    assert_contract(frame)
    assert len(frame) == 1
    row = frame.iloc[0]
    assert row["name"] == "Jürgen Müller"
    assert row["email"] == "juergen.mueller@example.de"
    assert row["company"] == "Bäckerei Müller GmbH"
    assert row["phone"] == "+49 170 555 0102"  # the mobile number first
    assert row["city"] == "Köln"
    assert row["contact_id"] == "vcard:juergen.mueller@example.de"


def test_android_export_keeps_all_six_cards_and_their_emails(tmp_path):
    frame = load_export(write(tmp_path, "00001.vcf", ANDROID))
    assert len(frame) == 6
    assert frame["name"].tolist() == [
        "Kai Tanaka",
        "Zoë Ødegård",
        "山田 花子",
        "Chidi Okafor",
        "+49 151 5550123",
        "José García",
    ]
    assert frame["email"].notna().sum() == 5
    assert frame.loc[2, "phone"] == "+81 80-5555-0199"
    assert frame.loc[3, "email"] == "chidi@example.ng"
    assert frame["follows_me"].isna().all() and frame["i_follow"].isna().all()


def test_lotus_notes_profile_line_is_read(tmp_path):
    frame = load_export(write(tmp_path, "notes.vcf", LOTUS))
    assert frame[["name", "email", "company", "position"]].iloc[0].tolist() == [
        "Ana Ferreira",
        "ana.ferreira@example.pt",
        "Ferreira & Filhos Lda",
        "Gerente",
    ]


def test_ios_and_macos_cards(tmp_path):
    frame = load_export(write(tmp_path, "Contacts.vcf", APPLE))
    assert frame["name"].tolist() == ["Linh Nguyễn", "Siobhán O'Brien"]
    assert frame["email"].tolist() == ["linh@example.vn", "siobhan@example.ie"]
    assert frame.loc[0, "company"] == "Phở Corner"
    assert frame.loc[0, "city"] == "Hà Nội"
    assert frame.loc[0, "profile_url"] == "https://www.instagram.com/phocorner"
    assert frame.loc[1, "profile_url"] == "https://www.linkedin.com/in/siobhan-obrien"


def test_google_and_evolution_cards(tmp_path):
    frame = load_export(write(tmp_path, "contacts.vcf", GOOGLE_EVOLUTION))
    assert frame["contact_id"].tolist() == [
        "vcard:priya.raman@example.in",
        "vcard:marek@example.pl",
    ]
    assert frame.loc[0, "company"] == "Raman Textiles, Chennai"


def test_vcard_4(tmp_path):
    frame = load_export(write(tmp_path, "amara.vcf", V4))
    row = frame.iloc[0]
    assert (row["name"], row["email"], row["phone"]) == (
        "Amara Diallo",
        "amara@example.sn",
        "+221-77-555-0101",
    )
    assert row["profile_url"] == "https://amara.example.sn"


def test_all_layouts_in_one_file(tmp_path):
    text = OUTLOOK_2003 + ANDROID + LOTUS + APPLE + GOOGLE_EVOLUTION + V4
    frame = load_export(write(tmp_path, "all.vcf", text))
    assert len(frame) == 1 + 6 + 1 + 2 + 2 + 1
    assert frame["contact_id"].is_unique


def test_shift_jis_vcard_from_a_japanese_phone(tmp_path):
    text = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:山田;太郎;;;\r\nFN:山田 太郎\r\nEND:VCARD\r\n"
    frame = load_export(write(tmp_path, "docomo.vcf", text, encoding="cp932"))
    assert frame["name"].tolist() == ["山田 太郎"]


def test_a_card_that_fails_alone_is_named_by_number_and_name(tmp_path):
    text = (
        LOTUS + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bea Broken\r\nthis line is no property\r\n"
        "END:VCARD\r\n" + V4
    )
    with pytest.warns(UserWarning, match=r"skipped 1 card.*card 2 \(line 13, Bea Broken\)"):
        frame = load_export(write(tmp_path, "c.vcf", text))
    assert frame["name"].tolist() == ["Ana Ferreira", "Amara Diallo"]


def test_a_card_without_anything_to_know_someone_by_is_reported(tmp_path):
    text = V4 + "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:just a note\r\nEND:VCARD\r\n"
    with pytest.warns(UserWarning, match=r"left out 1 card.*card 2"):
        frame = load_export(write(tmp_path, "c.vcf", text))
    assert len(frame) == 1


def test_a_crm_dump_of_thousands_of_cards_splits_and_loads_each_person_once(tmp_path):
    """A CRM's export: thousands of bare cards back to back (the timing is in the benchmark)."""
    template = "BEGIN:VCARD\r\nFN:P {k}\r\nEMAIL:{k}@ex.io\r\nEND:VCARD\r\n"
    text = "".join(template.format(k=k) for k in range(3000))
    cards = split_cards(text)
    assert [card.lines for card in cards] == [
        [f"FN:P {k}", f"EMAIL:{k}@ex.io"] for k in range(3000)
    ]
    assert [card.line for card in cards] == list(range(1, 4 * 3000, 4))  # where each starts
    assert all(card.closed for card in cards)
    frame = load_export(write(tmp_path, "crm.vcf", text))
    assert len(frame) == 3000 and frame["contact_id"].is_unique
    assert frame["name"].tolist() == [f"P {k}" for k in range(3000)]
    assert frame["email"].tolist() == [f"{k}@ex.io" for k in range(3000)]
