"""Address books as mail programs and phones write them, in the encodings they use.

Headers follow the programs' real layouts (Thunderbird, Outlook's import/export wizard in
English, German and French, Google Contacts, LinkedIn's imported contacts); every person
is invented.
"""

from __future__ import annotations

import pytest
from test_errors import refuse, zip_with
from test_fixtures import CONNECTIONS_2020
from test_x import assert_contract

from realnet_kit import load_export
from realnet_kit.importers._encoding import guess_encoding

THUNDERBIRD_HEADER = (
    "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,"
    "Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,"
    "Home Address 2,Home City,Home State,Home ZipCode,Home Country,Work Address,"
    "Work Address 2,Work City,Work State,Work ZipCode,Work Country,Job Title,Department,"
    "Organization,Web Page 1,Web Page 2,Birth Year,Birth Month,Birth Day,Custom 1,"
    "Custom 2,Custom 3,Custom 4,Notes,\r\n"
)
THUNDERBIRD = THUNDERBIRD_HEADER + (
    "Zoë,Ødegård,Zoë Ødegård,,zoe@example.no,zoe.private@example.org,zoe_chat,"
    "+47 22 55 01 00,,,,+47 905 55 010,,,,,,,,,Oslo,,,,Baker,,Ødegård Bakeri,,,,,,,,,,,\r\n"
    "太郎,山田,山田 太郎,,taro@example.jp,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\r\n"
    "Kai,Tanaka,Kai Tanaka,,,,kai_t,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\r\n"
)
OUTLOOK_EN = (
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,"
    "Business Street,Business City,Business Postal Code,Business Phone,Home Phone,"
    "Mobile Phone,E-mail Address,E-mail Type,E-mail Display Name,E-mail 2 Address,"
    "Notes,Web Page\r\n"
    'Ms.,Priya,,Raman,,Raman Textiles,Sales,Owner,"12 Mount Rd",Chennai,600002,'
    "+91 44 5550 0100,,+91 98 5555 0101,priya.raman@example.in,SMTP,"
    "Priya Raman (priya.raman@example.in),,,\r\n"
    "Mr.,José,Luis,García,,Café Luna,,Barista,,,,,,+34 600 555 010,,,,,"
    '"Met at the market, likes jazz",\r\n'
)
OUTLOOK_DE = (
    "Anrede,Vorname,Weitere Vornamen,Nachname,Suffix,Firma,Abteilung,Position,"
    "Straße geschäftlich,Ort geschäftlich,Postleitzahl geschäftlich,Telefon geschäftlich,"
    "Telefon (privat),Mobiltelefon,E-Mail-Adresse,E-Mail-Typ,E-Mail: Angezeigter Name,"
    "E-Mail 2: Adresse,Konto,Notizen\r\n"
    "Herr,Jürgen,,Müller,,Bäckerei Müller GmbH,,Geschäftsführer,Hauptstraße 12,Köln,"
    "50667,+49 221 5550101,,+49 170 5550102,juergen.mueller@example.de,SMTP,"
    "Jürgen Müller (juergen.mueller@example.de),,4711,\r\n"
    "Frau,Ümran,,Öztürk,,,,,,,,,+49 30 5550199,,,,,,,Lieferantin\r\n"
)
OUTLOOK_FR = (
    "Titre,Prénom,Deuxième prénom,Nom,Suffixe,Société,Service,Fonction,"
    "Téléphone (bureau),Tél. mobile,Adresse de messagerie,Type de messagerie,"
    "Nom complet de l'adresse de messagerie\r\n"
    "Mme,Élodie,,Dupré,,Fromagerie Dupré,,Gérante,+33 1 55 50 01 00,+33 6 55 50 01 01,"
    "elodie@example.fr,SMTP,Élodie Dupré (elodie@example.fr)\r\n"
)
GOOGLE_CURRENT = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
    "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
    "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,"
    "Phone 1 - Value,Phone 2 - Label,Phone 2 - Value\n"
    "Amara,,Diallo,,,,,,,,Diallo Couture,Designer,,,,,* myContacts,* Work,"
    "amara@example.sn,Home,amara.d@example.org,Mobile,+221 77 555 0101,,\n"
    "Linh,,Nguyễn,,,,,,,,,,,,,,* myContacts,,,,,Mobile,+84 90 555 0101 ::: +84 90 555 0102,,\n"
)
APPLE_STYLE = (
    "First name,Last name,Organization,Job title,Email (work),Email (home),Phone (mobile),"
    "Phone (work)\n"
    "Siobhán,O'Brien,Cork Crafts,Owner,siobhan@example.ie,,+353 87 555 0101,\n"
    "Chidi,Okafor,,,,chidi@example.ng,,+234 1 555 0100\n"
)


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le"])
def test_thunderbird_address_book(tmp_path, encoding):
    frame = load_export(write(tmp_path, "abook.csv", THUNDERBIRD, encoding))
    assert_contract(frame)
    assert frame["name"].tolist() == ["Zoë Ødegård", "山田 太郎", "Kai Tanaka"]
    assert frame["email"].tolist()[:2] == ["zoe@example.no", "taro@example.jp"]
    assert frame["contact_id"].tolist() == [
        "csv:zoe@example.no",
        "csv:taro@example.jp",
        "csv:kai-tanaka",  # no email: the name, never the chat screen name
    ]
    assert frame["handle"].isna().all()
    assert frame.loc[0, "phone"] == "+47 905 55 010"  # the mobile number first
    assert (frame.loc[0, "company"], frame.loc[0, "position"]) == ("Ødegård Bakeri", "Baker")
    assert frame["follows_me"].isna().all() and frame["i_follow"].isna().all()


def test_thunderbird_address_book_in_shift_jis(tmp_path):
    text = THUNDERBIRD_HEADER + (
        "太郎,山田,山田 太郎,,taro@example.jp,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\r\n"
        "花子,佐藤,佐藤 花子,,hanako@example.jp,,,,,,,090-5555-0101,,,,,,,,,,,,,,,,,,,,,,,,,\r\n"
        "権兵衛,名無し,名無しの権兵衛,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\r\n"
    )
    frame = load_export(write(tmp_path, "アドレス帳.csv", text, "cp932"))
    assert frame["name"].tolist() == ["山田 太郎", "佐藤 花子", "名無しの権兵衛"]
    assert frame["contact_id"].tolist() == [
        "csv:taro@example.jp",
        "csv:hanako@example.jp",
        "csv:名無しの権兵衛",
    ]
    assert frame.loc[1, "phone"] == "090-5555-0101"


def test_outlook_wizard_english(tmp_path):
    frame = load_export(write(tmp_path, "contacts.csv", OUTLOOK_EN, "cp1252"))
    assert frame["name"].tolist() == ["Priya Raman", "José Luis García"]
    assert frame["email"].tolist()[0] == "priya.raman@example.in"
    assert frame["position"].tolist() == ["Owner", "Barista"]  # Job Title, not "Ms."
    assert frame["company"].tolist() == ["Raman Textiles", "Café Luna"]
    assert frame["phone"].tolist() == ["+91 98 5555 0101", "+34 600 555 010"]
    assert frame["contact_id"].tolist() == ["csv:priya.raman@example.in", "csv:jose-luis-garcia"]


def test_outlook_wizard_german_in_windows_code_page(tmp_path):
    frame = load_export(write(tmp_path, "Kontakte.csv", OUTLOOK_DE, "cp1252"))
    assert frame["name"].tolist() == ["Jürgen Müller", "Ümran Öztürk"]
    assert frame.loc[0, "email"] == "juergen.mueller@example.de"
    assert frame.loc[0, "company"] == "Bäckerei Müller GmbH"
    assert frame.loc[0, "position"] == "Geschäftsführer"
    assert frame["phone"].tolist() == ["+49 170 5550102", "+49 30 5550199"]
    assert frame["handle"].isna().all()  # "Konto" is a billing account, not a handle
    assert frame["contact_id"].tolist() == ["csv:juergen.mueller@example.de", "csv:umran-ozturk"]


def test_outlook_wizard_french(tmp_path):
    frame = load_export(write(tmp_path, "contacts.csv", OUTLOOK_FR, "cp1252"))
    row = frame.iloc[0]
    assert (row["name"], row["email"], row["company"], row["position"], row["phone"]) == (
        "Élodie Dupré",
        "elodie@example.fr",
        "Fromagerie Dupré",
        "Gérante",
        "+33 6 55 50 01 01",
    )


def test_google_current_csv_with_phones(tmp_path):
    frame = load_export(write(tmp_path, "contacts.csv", GOOGLE_CURRENT))
    assert frame["contact_id"].tolist() == ["google:amara@example.sn", "google:linh-nguyen"]
    assert frame["phone"].tolist() == ["+221 77 555 0101", "+84 90 555 0101"]
    assert frame.loc[0, "position"] == "Designer"


def test_apple_style_columns_with_kinds_in_brackets(tmp_path):
    frame = load_export(write(tmp_path, "Contacts export.csv", APPLE_STYLE))
    assert frame["email"].tolist() == ["siobhan@example.ie", "chidi@example.ng"]
    assert frame["phone"].tolist() == ["+353 87 555 0101", "+234 1 555 0100"]
    assert frame["position"].tolist()[0] == "Owner"


def test_contact_ids_come_one_way_for_a_whole_file(tmp_path):
    text = (
        "ID,First Name,Last Name,E-mail Address,Mobile Phone\n"
        "C-17,Ana,López,ana@example.org,\n"
        ",Bo,Berg,bo@example.org,\n"
        ",Cleo,Cruz,cleo@example.org,+1 555 0101\n"
        "C-20,Dev,Das,dev@example.org,\n"
    )
    frame = load_export(write(tmp_path, "crm.csv", text))
    assert frame["contact_id"].tolist() == [
        "csv:ana@example.org",
        "csv:bo@example.org",
        "csv:cleo@example.org",
        "csv:dev@example.org",
    ]


def test_a_complete_id_column_gives_every_id(tmp_path):
    text = "ID,Name,Email\n17,Ana López,ana@example.org\n18,Bo Berg,\n"
    frame = load_export(write(tmp_path, "crm.csv", text))
    assert frame["contact_id"].tolist() == ["csv:17", "csv:18"]


@pytest.mark.parametrize(
    ("encoding", "people"),
    [
        ("cp1252", ["Zoë Müller", "José Núñez", "François Lefèvre"]),
        ("iso-8859-15", ["Zoë Müller", "José Núñez", "Élodie Dupré"]),
        ("iso-8859-2", ["Łukasz Żółć", "Agnieszka Wiśniewska", "Małgorzata Kęsik"]),
        ("cp1251", ["Иван Петров", "Ольга Смирнова", "Мария Иванова"]),
        ("koi8-r", ["Иван Петров", "Ольга Смирнова", "Мария Иванова"]),
        ("iso-8859-7", ["Γιώργος Παπαδόπουλος", "Μαρία Κωνσταντίνου", "Ελένη Νικολάου"]),
        ("cp932", ["山田 太郎", "佐藤 花子", "名無しの権兵衛"]),
        ("gb18030", ["王小明", "李华", "张伟"]),
        ("big5", ["陳大文", "林美玲", "黃志明"]),
        ("euc-kr", ["김민수", "이지은", "박서준"]),
        ("utf-8", ["Zoë Müller", "山田 太郎", "Мария Иванова"]),
        ("utf-8-sig", ["Zoë Müller", "山田 太郎", "Мария Иванова"]),
        ("utf-16", ["Zoë Müller", "山田 太郎", "Мария Иванова"]),
        ("utf-16-le", ["Zoë Müller", "山田 太郎", "Мария Иванова"]),
        ("utf-16-be", ["Zoë Müller", "山田 太郎", "Мария Иванова"]),
        ("utf-32", ["Zoë Müller", "山田 太郎", "Мария Иванова"]),
        ("utf-32-le", ["Zoë Müller", "山田 太郎", "Мария Иванова"]),
    ],
)
def test_names_come_out_right_in_every_encoding(tmp_path, encoding, people):
    rows = "".join(f"{p};p{k}@example.org\r\n" for k, p in enumerate(people))
    path = write(tmp_path, "people.csv", "Name;E-Mail\r\n" + rows, encoding)
    frame = load_export(path)
    assert frame["name"].tolist() == people
    assert frame["contact_id"].tolist() == [f"csv:p{k}@example.org" for k in range(3)]


def test_shift_jis_outlook_csv_gives_the_japanese_name_and_a_clean_id(tmp_path):
    """Outlook on a Japanese Windows: Japanese headers, Shift-JIS, family name first."""
    text = (
        "姓,名,ミドル ネーム,会社名,部署,役職,勤務先電話,携帯電話,電子メール アドレス,"
        "電子メール 表示名\r\n"
        "山田,太郎,,株式会社サンプル,営業部,部長,03-5555-0100,090-5555-0101,"
        "taro@example.jp,山田 太郎 (taro@example.jp)\r\n"
        "名無しの,権兵衛,,,,,,080-5555-0199,,\r\n"
    )
    frame = load_export(write(tmp_path, "連絡先.CSV", text, "cp932"))
    assert frame["name"].tolist() == ["山田 太郎", "名無しの 権兵衛"]
    assert frame["contact_id"].tolist() == ["csv:taro@example.jp", "csv:名無しの-権兵衛"]
    assert frame["company"].iloc[0] == "株式会社サンプル" and frame["company"].isna().iloc[1]
    assert frame["position"].tolist()[0] == "部長"
    assert frame["phone"].tolist() == ["090-5555-0101", "080-5555-0199"]


def test_russian_outlook_csv_in_cp1251(tmp_path):
    text = (
        "Имя;Отчество;Фамилия;Организация;Должность;Мобильный телефон;Адрес эл. почты\r\n"
        "Мария;Ивановна;Иванова;Пекарня «Колос»;Директор;+7 916 555-01-01;maria@example.ru\r\n"
    )
    frame = load_export(write(tmp_path, "contacts.csv", text, "cp1251"))
    row = frame.iloc[0]
    assert (row["name"], row["email"], row["company"], row["position"], row["phone"]) == (
        "Мария Ивановна Иванова",
        "maria@example.ru",
        "Пекарня «Колос»",
        "Директор",
        "+7 916 555-01-01",
    )


def test_text_no_encoding_makes_sense_of_is_refused_in_words(tmp_path):
    path = tmp_path / "people.csv"
    noise = bytes(range(0x80, 0x100)) * 3
    path.write_bytes(b"name,email\r\n" + noise + b",a@example.org\r\n")
    refuse(path, "encoding", "UTF-8")


def test_the_encoding_guess_itself():
    assert guess_encoding("Åsa Öberg;Ärla".encode("cp1252")) == "cp1252"
    assert guess_encoding("ab,cd".encode("utf-32-be")) == "utf-32-be"
    assert guess_encoding(b"plain ascii") == "utf-8"


@pytest.mark.parametrize(
    ("name", "source"), [("Imported Contacts.csv", ""), ("Contacts.csv", "GOOGLE_CONTACTS")]
)
def test_linkedin_imported_contacts_alone_is_an_address_book(tmp_path, name, source):
    text = (
        "FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,Addresses,Sites,"
        "InstantMessageHandles,FullName,Birthday,Location,BookmarkedAt,Profiles\n"
        'Ana,López,Café Luna,Owner,"ana@example.org,ana.l@example.com",+34 600 555 010,'
        "10/3/23 9:15 AM,,,,Ana López,,,,\n"
        "Bo,Berg,,,,+46 70 555 0101,10/3/23 9:15 AM,,,,Bo Berg,,,,\n"
    )
    if source:  # newer archives start each row with where the contact came from
        lines = text.splitlines(keepends=True)
        text = "Source," + lines[0] + "".join(f"{source}," + line for line in lines[1:])
    path = write(tmp_path, name, text)
    frame = load_export(path)
    assert_contract(frame)
    assert frame["contact_id"].tolist() == [
        "linkedin:imported:ana@example.org",
        "linkedin:imported:bo-berg",
    ]
    assert frame["platform"].tolist() == ["linkedin", "linkedin"]
    assert frame["follows_me"].isna().all() and frame["i_follow"].isna().all()
    assert frame["phone"].tolist() == ["+34 600 555 010", "+46 70 555 0101"]
    assert frame.loc[0, "company"] == "Café Luna"


def test_linkedin_imported_contacts_inside_the_zip_never_collide_with_connections(tmp_path):
    imported = (
        "FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,FullName\n"
        "Zoë,Ødegård,,,,+47 905 55 010,10/3/23 9:15 AM,Zoë Ødegård\n"
    )
    path = zip_with(
        tmp_path / "Basic_LinkedInDataExport.zip",
        {"Connections.csv": CONNECTIONS_2020, "Imported Contacts.csv": imported},
    )
    frame = load_export(path)
    imported_rows = frame[frame["contact_id"].str.startswith("linkedin:imported:")]
    assert len(imported_rows) == 1
    assert imported_rows["follows_me"].isna().all()
    connections = frame[~frame["contact_id"].str.startswith("linkedin:imported:")]
    assert connections["follows_me"].all()
    assert frame["contact_id"].is_unique


def test_thunderbird_rows_ending_in_an_extra_delimiter_keep_their_columns(tmp_path):
    header = THUNDERBIRD_HEADER.rstrip(",\r\n") + ",Screen Name\n"  # older column order
    fields = header.count(",") + 1
    row = "{0},Roe,{0} Roe,,{1}@roe.example" + "," * (fields - 5) + ",\n"  # one field more
    text = header + row.format("Ana", "ana") + row.format("Bo", "bo")
    frame = load_export(write(tmp_path, "abook.csv", text))
    assert frame["name"].tolist() == ["Ana Roe", "Bo Roe"]
    assert frame["email"].tolist() == ["ana@roe.example", "bo@roe.example"]


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        (
            "cp1252",
            "Name;Firma;Umsatz;Notiz\r\nZoë Müller;Bäckerei;1.200 €;„Gute Kundin“\r\n"
            "José Núñez;Café Luna;300 €;Kaffee – 2×/Woche\r\n",
        ),
        ("cp1252", 'name,notes\r\nSiobhán O’Brien,"She said “hi” – 5€ • ©2024"\r\n'),
        ("cp1252", "name,company\r\nBo Berg,Smith & Co™\r\nAl Amin,Café\r\n"),
        ("cp1251", "Имя;Компания\r\nІван Петренко;Кав’ярня «Затишок»\r\nОльга Коваль;Їжа\r\n"),
        ("cp932", "名前,会社\r\n山田 太郎,株式会社サンプル（東京）\r\n佐藤 花子,「カフェ」\r\n"),
    ],
)
def test_symbols_and_typographic_quotes_do_not_hide_the_encoding(tmp_path, encoding, text):
    """Euro signs, „quotes“, ™ and O’Brien read right; headers in Cyrillic and Japanese too."""
    frame = load_export(write(tmp_path, "people.csv", text, encoding))
    delimiter = ";" if ";" in text.split("\r\n")[0] else ","
    expected = [line.split(delimiter)[0] for line in text.split("\r\n")]
    assert frame["name"].tolist() == [n for n in expected[1:] if n]
