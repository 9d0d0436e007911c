"""vCard 3.0 and 4.0: several cards, folded lines, CRLF, non-Latin names."""

from __future__ import annotations

import pytest
from test_x import assert_contract

from realnet_kit import load_export

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ødegård;Zoë;;;\r\nFN:Zoë Ødegård\r\n"
    "ORG:Sonne\\, Mond GmbH;Design\r\nTITLE:Designer\r\n"
    "EMAIL;TYPE=INTERNET,WORK:zoe@example.org\r\n"
    "ADR;TYPE=HOME:;;Hauptstr. 1;Köln;;50667;Germany\r\n"
    "X-SOCIALPROFILE;TYPE=twitter:https://x.com/zoe_o\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:山田 太郎\r\nN:山田;太郎;;;\r\n"
    "NOTE:A very long note that is folded onto the next line because vCard\r\n"
    "  lines are short\r\nEND:VCARD\r\n"
    'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana "Nena" López\r\nEMAIL:ana@example.org\r\n'
    "END:VCARD\r\n"
)


def test_cards(tmp_path):
    path = tmp_path / "iPhone contacts.vcf"
    path.write_text(CARDS, encoding="utf-8", newline="")
    frame = load_export(path)
    assert_contract(frame)
    assert frame["contact_id"].tolist() == [
        "vcard:zoe@example.org",
        "vcard:山田-太郎",
        "vcard:ana@example.org",
    ]
    assert frame["name"].tolist() == ["Zoë Ødegård", "山田 太郎", 'Ana "Nena" López']
    assert frame.loc[0, "company"] == "Sonne, Mond GmbH"
    assert frame.loc[0, "position"] == "Designer"
    assert frame.loc[0, "city"] == "Köln"
    assert frame.loc[0, "profile_url"] == "https://x.com/zoe_o"


def test_detected_without_extension(tmp_path):
    path = tmp_path / "contacts"
    path.write_text(CARDS)
    assert len(load_export(path)) == 3


def test_one_damaged_card_is_skipped_with_a_warning(tmp_path):
    path = tmp_path / "c.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nbroken line without colon\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Bo\nEND:VCARD\n"
    )
    with pytest.warns(UserWarning, match="skipped 1"):
        frame = load_export(path)
    assert frame["name"].tolist() == ["Bo"]


def test_android_vcard_21_with_quoted_printable_and_photo(tmp_path):
    path = tmp_path / "00001.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
        "=C3=98deg=C3=A5rd;Zo=C3=AB;;;\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
        "Zo=C3=AB =C3=98deg=C3=A5rd\r\nEMAIL;HOME:zoe@example.org\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Tanaka;Kai;;;\r\nFN:Kai Tanaka\r\n"
        "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n /9j/4AAQSkZJRgAB\r\n"
        "\r\nTEL;CELL:+4912345\r\nEND:VCARD\r\n",
        newline="",
    )
    frame = load_export(path)
    assert frame["name"].tolist() == ["Zoë Ødegård", "Kai Tanaka"]
