"""Any CSV of people: a contact list, an address book, or an audit tool's profiles.

The delimiter (``,`` ``;`` tab ``|``) and encoding (Unicode or a legacy code page, see
:mod:`._encoding`) are sniffed. Columns are recognised by many common names, in several
languages: address books as Thunderbird, Outlook's import/export wizard (English,
German, French), Apple-style exporters and phones write them (names, every email and
phone column, company, job title), Twitter API v1.1's ``screen_name``,
``friends_count``...; Instagram data sets' ``#followers``, ``profile pic``... They are
mapped to the contract's columns and profile signals; every other column is kept.

A table with no column that says who a row is (no name, handle, email or profile
column; a bank statement, a price list) is refused with a sentence saying which columns
would make it a contact list. Contact ids come one way for a whole file
(:func:`id_field`).

>>> recognised_columns(["id", "screen_name", "friends_count", "lang"])["following_count"]
'friends_count'
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import warnings
from collections import Counter

import numpy as np
import pandas as pd

from realnet_kit.importers._frame import PLATFORMS, build_frame, slugify
from realnet_kit.importers._text import check_field_lengths, decode_bytes
from realnet_kit.importers.archive import Entry
from realnet_kit.importers.values import _text, parse_bools, parse_counts, parse_dates

_ADVICE = (
    "Save the sheet as 'CSV UTF-8' with a header row naming the columns (for "
    "example name, handle, email), then load that file."
)

#: Column names (lowercased, only letters and digits kept) recognised for each field,
#: most specific first.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "idstr", "userid", "accountid", "uid", "contactid"),
    "handle": (
        "screenname",
        "handle",
        "username",
        "username",
        "accountaddress",
        "login",
        "account",
        "user",
        "accountname",
        "twitterhandle",
        "instagramhandle",
    ),
    "name": (
        "name",
        "fullname",
        "displayname",
        "contactname",
        "contact",
        "person",
        "anzeigename",
        "nomcomplet",
        "nomaafficher",
    ),
    "first_name": ("firstname", "givenname", "first", "vorname", "prenom", "nombre"),
    "middle_name": (
        "middlename",
        "additionalname",
        "weiterevornamen",
        "deuxiemeprenom",
        "secondprenom",
    ),
    "last_name": (
        "lastname",
        "familyname",
        "surname",
        "last",
        "nachname",
        "nomdefamille",
        "nom",
        "apellidos",
        "apellido",
    ),
    "email": (
        "email",
        "primaryemail",
        "emailaddress",
        "mail",
        "email1value",
        "emailaddresses",
        "emailadresse",
        "adressedemessagerie",
        "courriel",
        "correoelectronico",
        "emails",
    ),
    "profile_url": ("profileurl", "profilelink", "userlink", "profile"),
    "company": (
        "company",
        "organization",
        "organisation",
        "organizationname",
        "employer",
        "firma",
        "unternehmen",
        "empresa",
        "entreprise",
        "societe",
        "azienda",
    ),
    "position": (
        "position",
        "jobtitle",
        "organizationtitle",
        "fonction",
        "poste",
        "cargo",
        "title",
        "role",
    ),
    "platform": ("platform", "network", "site"),
    "followers_count": (
        "followerscount",
        "followers",
        "followercount",
        "nfollowers",
        "numfollowers",
        "userfollowercount",
        "edgefollowedby",
    ),
    "following_count": (
        "friendscount",
        "followingcount",
        "follows",
        "followscount",
        "nfollowing",
        "numfollowing",
        "userfollowingcount",
        "following",
    ),
    "posts_count": (
        "statusescount",
        "postscount",
        "posts",
        "mediacount",
        "tweetcount",
        "tweets",
        "usermediacount",
        "numposts",
        "statuses",
    ),
    "has_avatar": (
        "hasavatar",
        "hasprofilepic",
        "profilepic",
        "userhasprofilpic",
        "hasprofilepicture",
    ),
    "default_avatar": ("defaultprofileimage", "defaultavatar"),
    "bio": ("description", "bio", "biography", "about"),
    "account_created": ("createdat", "accountcreated", "created", "joined", "joindate"),
    "connected_on": ("connectedon", "followedon", "since"),
    "follows_me": ("followsme", "isfollower", "follower"),
    "i_follow": ("ifollow",),
}
_IDENTITY = ("id", "handle", "name", "first_name", "email", "profile_url")
_SIGNALS = (
    "followers_count",
    "following_count",
    "posts_count",
    "has_avatar",
    "default_avatar",
    "bio",
    "account_created",
)
_TIME_ALIASES = (
    "timestamp",
    "date",
    "datetime",
    "time",
    "when",
    "sentat",
    "createdat",
    "datum",
    "zeitpunkt",
    "fecha",
    "data",
)
_DIRECTION_ALIASES = ("direction", "inout", "way", "richtung", "sens", "direccion")


def _key(column: str) -> str:
    """A column name reduced to lowercase ASCII letters and digits ("E-Mail-Adresse"
    -> "emailadresse", "Prénom" -> "prenom")."""
    text = unicodedata.normalize("NFKD", str(column).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss")
    return "".join(ch for ch in text if ch.isalnum())


#: Column names of address books in other scripts and languages (Outlook, phones and
#: mail programs in Japanese, Chinese, Korean, Russian, Ukrainian, Polish, Italian,
#: Portuguese, Dutch, Nordic languages...), added after the English ones above.
WORLD_ALIASES: dict[str, tuple[str, ...]] = {
    "name": (
        "名前",
        "氏名",
        "表示名",
        "姓名",
        "显示名称",
        "顯示名稱",
        "ФИО",
        "Полное имя",
        "Отображаемое имя",
        "표시 이름",
        "Nome completo",
        "Imię i nazwisko",
        "Naam",
    ),
    "first_name": (
        "名",
        "Имя",
        "Ім'я",
        "이름",
        "Nome",
        "Imię",
        "Voornaam",
        "Förnamn",
        "Fornavn",
        "Etunimi",
        "Jméno",
        "Ad",
        "Keresztnév",
    ),
    "middle_name": ("ミドル ネーム", "中间名", "Отчество", "중간 이름", "Secondo nome"),
    "last_name": (
        "姓",
        "Фамилия",
        "Прізвище",
        "성",
        "Cognome",
        "Sobrenome",
        "Nazwisko",
        "Achternaam",
        "Efternamn",
        "Etternavn",
        "Efternavn",
        "Sukunimi",
        "Příjmení",
        "Soyad",
        "Vezetéknév",
    ),
    "email": (
        "電子メール アドレス",
        "メールアドレス",
        "电子邮件地址",
        "电子邮件",
        "電子郵件地址",
        "Адрес эл. почты",
        "Электронная почта",
        "Эл. почта",
        "전자 메일 주소",
        "이메일",
        "Indirizzo posta elettronica",
        "Endereço de email",
        "Adres e-mail",
        "E-mailadres",
        "E-postadress",
        "E-postadresse",
    ),
    "company": (
        "会社名",
        "会社",
        "公司",
        "单位",
        "Организация",
        "Компания",
        "Організація",
        "회사",
        "Società",
        "Empresa",
        "Bedrijf",
        "Företag",
        "Firma",
    ),
    "position": (
        "役職",
        "职务",
        "職稱",
        "Должность",
        "Посада",
        "직함",
        "Qualifica",
        "Cargo",
        "Stanowisko",
        "Functie",
        "Befattning",
        "Stilling",
    ),
}
for _field, _words in WORLD_ALIASES.items():
    ALIASES[_field] = ALIASES.get(_field, ()) + tuple(_key(w) for w in _words)


#: Columns only address books write (Outlook's import/export wizard in English, German
#: and French, Thunderbird, Apple and phone exporters): a table with one of them is an
#: address book, whose "Title" is Mr or Ms and whose "Screen Name" or "Konto" is a chat
#: or billing account, not a social-media handle.
ADDRESS_BOOK_MARKERS = frozenset(
    {
        "primaryemail",
        "secondaryemail",
        "emailtype",
        "emaildisplayname",
        "email2address",
        "emailtyp",
        "emailangezeigtername",
        "email2adresse",
        "typedemessagerie",
        "adressedemessagerie2",
        "mobilephone",
        "businessphone",
        "homephone",
        "mobilenumber",
        "workphone",
        "mobiltelefon",
        "telefongeschaftlich",
        "telefonprivat",
        "telmobile",
        "telephonemobile",
        "telephonebureau",
        "businessstreet",
        "strassegeschaftlich",
        "ruebureau",
        "homeaddress",
        "workaddress",
        "webpage1",
    }
)
#: Phone columns, most useful first (a mobile number reaches the person).
_MOBILE_WORDS = tuple(
    _key(w)
    for w in (
        "mobile",
        "mobil",
        "cell",
        "handy",
        "portable",
        "celular",
        "movil",
        "携帯",
        "移动",
        "行動",
        "手机",
        "мобильн",
        "мобільн",
        "휴대",
        "komórk",
        "cellulare",
    )
)
_PHONE_WORDS = tuple(
    _key(w)
    for w in (
        "phone",
        "telefon",
        "telephone",
        "電話",
        "电话",
        "телефон",
        "전화",
        "telefono",
        "telefone",
        "telefoon",
        "puhelin",
    )
)
_NOT_A_NUMBER = tuple(
    _key(w)
    for w in (
        "fax",
        "pager",
        "telex",
        "label",
        "type",
        "typ",
        "isdn",
        "tty",
        "assist",
        "ファクス",
        "ファックス",
        "传真",
        "傳真",
        "факс",
        "팩스",
        "ポケットベル",
    )
)
_EMAIL_WORDS = tuple(
    _key(w)
    for w in (
        "messagerie",
        "メール",
        "邮件",
        "郵件",
        "почт",
        "메일",
        "postaelettronica",
        "epost",
        "correo",
    )
)
_NOT_AN_ADDRESS = ("type", "typ", "label", "displayname", "angezeigtername", "nomcomplet")
_ADDRESS_BOOK_ONLY_HANDLES = {"screenname", "account", "konto", "user", "login"}


def is_address_book(columns: list[str]) -> bool:
    """True for the header of a mail program's or phone's address book."""
    return any(_key(c) in ADDRESS_BOOK_MARKERS for c in columns)


def _pattern_columns(columns: list[str], used: set[str]) -> dict[str, str | list[str]]:
    """Email and phone columns recognised by the words in their names."""
    found: dict[str, str | list[str]] = {}
    emails = []
    for column in columns:
        key = _key(column)
        if column in used or any(w in key for w in _NOT_AN_ADDRESS):
            continue
        if key.startswith(("email", "mail", "courriel")) or any(w in key for w in _EMAIL_WORDS):
            emails.append(column)
    if emails:
        found["email"] = emails[0]
        found["emails"] = emails
    mobiles, others = [], []
    for column in columns:
        key = _key(column)
        if column in used or any(w in key for w in _NOT_A_NUMBER):
            continue
        if any(w in key for w in _MOBILE_WORDS):
            mobiles.append(column)
        elif any(w in key for w in _PHONE_WORDS) or key.startswith("tel"):
            others.append(column)
    phones = mobiles + others
    if phones:
        found["phone"] = phones
    return found


def recognised_columns(columns: list[str]) -> dict[str, str]:
    """Map contract fields to the first matching column of ``columns`` (original name).

    ``phone`` maps to the first phone column (mobile ones first); :func:`phone_columns`
    gives them all.
    """
    by_key: dict[str, str] = {}
    for column in columns:
        by_key.setdefault(_key(column), column)
    book = is_address_book(columns)
    found: dict[str, str] = {}
    used: set[str] = set()
    for field, aliases in ALIASES.items():
        for alias in aliases:
            if book and field == "handle" and alias in _ADDRESS_BOOK_ONLY_HANDLES:
                continue
            if book and field == "position" and alias in ("title", "role"):
                continue  # an address book's Title is Mr or Ms
            if alias in by_key and by_key[alias] not in used:
                found[field] = by_key[alias]
                used.add(by_key[alias])
                break
    patterns = _pattern_columns(list(columns), used)
    if "email" not in found and "email" in patterns:
        found["email"] = patterns["email"]  # type: ignore[assignment]
    if patterns.get("phone"):
        found["phone"] = patterns["phone"][0]
    if "last_name" in found and _key(found["last_name"]) == "nom" and "first_name" not in found:
        found.setdefault("name", found.pop("last_name"))  # French "Nom" alone is the name
    return found


def email_columns(columns: list[str]) -> list[str]:
    """Every email column of a table, the main one first."""
    main = recognised_columns(columns).get("email")
    others = _pattern_columns(list(columns), {main} if main else set()).get("emails", [])
    return ([main] if main else []) + [c for c in others if c != main]


def phone_columns(columns: list[str]) -> list[str]:
    """Every phone column of a table, mobile numbers first."""
    return list(_pattern_columns(list(columns), set()).get("phone", []))


#: Fields that say who a row is; a table with none of them is not about people.
PERSON_FIELDS = ("handle", "name", "first_name", "last_name", "email", "profile_url")
#: Column words of money and stock tables (bank statements, price lists, invoices).
_LEDGER_WORDS = (
    "amount",
    "balance",
    "debit",
    "credit",
    "price",
    "total",
    "quantity",
    "qty",
    "sku",
    "unitprice",
    "tax",
    "vat",
    "betrag",
    "saldo",
    "montant",
    "solde",
    "preis",
    "prix",
    "iban",
    "currency",
    "waehrung",
    "wahrung",
)


def person_columns(columns: list[str]) -> dict[str, str]:
    """The recognised columns that say who a row is (empty: not a table of people).

    A money or stock table (two or more columns such as amount, balance, price,
    quantity) is not about people even when a column is called name or account, unless
    it has an email, handle or profile column.

    >>> person_columns(["Date", "Description", "Amount", "Balance"])
    {}
    >>> sorted(person_columns(["Name", "E-mail"]))
    ['email', 'name']
    """
    cols = recognised_columns(columns)
    people = {f: c for f, c in cols.items() if f in PERSON_FIELDS}
    keys = [_key(c) for c in columns]
    ledger = sum(any(k == w or k.startswith(w) for w in _LEDGER_WORDS) for k in keys)
    weak_handle = "handle" not in people or _key(people["handle"]) in _ADDRESS_BOOK_ONLY_HANDLES
    if ledger >= 2 and not {"email", "profile_url"} & set(people) and weak_handle:
        return {}
    if not people:  # a research data set of accounts: counts of followers, posts...
        signals = {f: c for f, c in cols.items() if f in _ACCOUNT_SIGNALS}
        return signals if len(signals) >= 2 else {}
    return people


_ACCOUNT_SIGNALS = ("followers_count", "following_count", "posts_count", "has_avatar")


def not_people_problem(columns: list[str]) -> str:
    """The sentence that refuses a table with no column naming a person."""
    shown = ", ".join(str(c) for c in list(columns)[:8]) or "none"
    more = "..." if len(columns) > 8 else ""
    return (
        f"this table is not about people: none of its columns ({shown}{more}) names a "
        "person. A contact list needs at least one column such as name (or first name and "
        "last name), username or handle, email, or profile URL"
    )


def is_interactions_header(columns: list[str]) -> bool:
    """A log of interactions: a time column and a direction or kind column."""
    keys = {_key(c) for c in columns}
    has_time = any(a in keys for a in _TIME_ALIASES)
    has_person = "contactid" in keys or bool(
        set(recognised_columns(list(columns)))
        & {"id", "handle", "name", "first_name", "email", "profile_url"}
    )
    return (
        has_time and has_person and (any(a in keys for a in _DIRECTION_ALIASES) or "kind" in keys)
    )


def read_csv(entry: Entry) -> pd.DataFrame:
    """Read a CSV of unknown dialect and encoding as strings (empty cells stay empty)."""
    text = decode_bytes(entry.read(), entry)
    lines = text.lstrip("\ufeff").splitlines()
    start = 0
    while start < min(len(lines), 10) and (
        not lines[start].strip() or lines[start].lower().startswith(("notes:", '"'))
    ):
        start += 1  # a preamble such as LinkedIn's "Notes:"
    if start >= len(lines) or not any(line.strip() for line in lines):
        raise entry.error("the file is empty", _ADVICE)
    if start and "," not in lines[start] and ";" not in lines[start]:
        start = 0
    body = "\n".join(lines[start:])
    sample = body[:20000]
    try:
        delim = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delim = max((",", ";", "\t", "|"), key=sample.split("\n", 1)[0].count)
    trailing = _trailing_delimiter(sample, delim)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", pd.errors.ParserWarning)  # the empty last field
            table = pd.read_csv(
                io.StringIO(body),
                sep=delim,
                dtype=str,
                keep_default_na=False,
                skip_blank_lines=True,
                engine="c",
                index_col=False if trailing else None,
            )
    except pd.errors.ParserError:
        table = _read_ragged(body, delim, entry, first_line=start + 1)
    except (pd.errors.EmptyDataError, csv.Error, ValueError) as exc:
        raise entry.error(f"the CSV cannot be read ({str(exc).strip()})", _ADVICE) from None
    table.columns = [str(c).strip().lstrip("\ufeff") for c in table.columns]
    for col in table.columns:
        check_field_lengths(table[col].tolist(), entry, f"cell of column '{col}'")
    return table


def _trailing_delimiter(sample: str, delim: str) -> bool:
    """Rows with one field more than the header, always empty: a delimiter at each
    line's end (Thunderbird), not a leading index column (pandas' data sets)."""
    try:
        rows = list(csv.reader(io.StringIO(sample), delimiter=delim))[:50]
    except csv.Error:
        return False
    rows = [r for r in rows if r]
    if len(rows) < 2:
        return False
    longer = [r for r in rows[1:] if len(r) == len(rows[0]) + 1]
    return bool(longer) and all(not r[-1].strip() for r in longer)


#: Rows that do not fit the file's usual number of fields are left out with a warning,
#: as long as they are at most this many, or this share of the rows; more than that and
#: the file is refused, since its columns can no longer be trusted.
RAGGED_ROWS_TOLERATED = 20
RAGGED_SHARE_TOLERATED = 0.01


def _read_ragged(body: str, delim: str, entry: Entry, first_line: int) -> pd.DataFrame:
    """Read a CSV whose rows do not all have the header's number of fields.

    Research data sets written by pandas carry an unnamed index column in every row but
    the header; a file cut by hand or by a crash may hold a broken first or last row. The
    number of fields most rows have decides: one more than the header means a leading
    index column, and rows of any other length are left out and named in a warning.
    """
    try:
        rows = [row for row in csv.reader(io.StringIO(body), delimiter=delim) if row]
    except csv.Error as exc:
        raise entry.error(f"the CSV cannot be read ({str(exc).strip()})", _ADVICE) from None
    header, data = rows[0], rows[1:]
    if not data:
        raise entry.error("the file has a header but no rows", _ADVICE)
    usual = Counter(len(row) for row in data).most_common(1)[0][0]
    if usual == len(header) + 1:
        header = ["row", *header]  # pandas' unnamed index column
    if usual != len(header):
        raise entry.error(
            f"most rows have {usual} fields but the header names {len(header)} columns",
            _ADVICE,
        )
    odd = [k for k, row in enumerate(data) if len(row) != usual]
    if len(odd) > max(RAGGED_ROWS_TOLERATED, RAGGED_SHARE_TOLERATED * len(data)):
        raise entry.error(
            f"{len(odd):,} of its {len(data):,} rows do not have the {usual} fields the "
            "others have, so its columns cannot be trusted (it may have been cut or edited "
            "by hand)",
            "Export the table again from the program that made it, as CSV, and load that file.",
        )
    if odd:
        where = ", ".join(str(first_line + 1 + k) for k in odd[:10])
        warnings.warn(
            f"{entry.path}: left out {len(odd)} row(s) that do not fit the columns "
            f"(line {where}); every other row was read",
            stacklevel=3,
        )
    odd_set = set(odd)
    kept = [row for k, row in enumerate(data) if k not in odd_set]
    return pd.DataFrame(kept, columns=header, dtype="object").astype(str)


def load_contacts(found: dict[str, list[Entry]]) -> list[pd.DataFrame]:
    """One frame per CSV, ids ``<platform>:<id|handle|email|name slug>``."""
    return [contacts_from_table(read_csv(entry), entry) for entry in found.get("profiles", [])]


def _clean(series: pd.Series | None) -> list | None:
    if series is None:
        return None
    return [(v.strip() or None) if isinstance(v, str) else None for v in series.tolist()]


def contacts_from_table(table: pd.DataFrame, entry: Entry) -> pd.DataFrame:
    """Map a table's columns to a contact frame, keeping the unrecognised ones.

    Contact ids come one way for the whole file (:func:`id_field`): from its id, handle
    or email column, whichever is filled in most rows; a row with that cell empty gets
    a slug of its name, never a value from another column.
    """
    columns = list(table.columns)
    if not person_columns(columns):
        raise entry.error(not_people_problem(columns), _ADVICE)
    cols = recognised_columns(columns)
    n = len(table)
    get = {f: _clean(table[c]) for f, c in cols.items()}
    names = get.get("name")
    parts = [get.get(f) or [None] * n for f in ("first_name", "middle_name", "last_name")]
    if any(f in get for f in ("first_name", "middle_name", "last_name")):
        joined = [full_name(*row) for row in zip(*parts, strict=True)]
        names = [a or b for a, b in zip(names, joined, strict=True)] if names else joined
    handles = [h.lstrip("@") if h else None for h in get.get("handle") or [None] * n]
    email_cols = [_clean(table[c]) for c in email_columns(columns)]
    emails = (
        [
            next((a for a in map(_first_address, row) if a), None)
            for row in zip(*email_cols, strict=True)
        ]
        if email_cols
        else [None] * n
    )
    ids_col = [_plain_id(v) for v in get.get("id") or [None] * n]
    platforms = [
        p.lower()
        if p and p.lower() in PLATFORMS
        else ("x" if p and p.lower() == "twitter" else None)
        for p in (get.get("platform") or [None] * n)
    ]
    chosen = id_field({"id": ids_col, "handle": handles, "email": emails})
    keys = {"id": ids_col, "handle": handles, "email": emails}.get(chosen or "", [None] * n)
    ids, keyed = [], []
    for k in range(n):
        plat = platforms[k] or "csv"
        key = keys[k] if chosen == "id" else (keys[k] or "").lower() or None
        if plat in ("instagram", "mastodon") and handles[k]:
            key = handles[k].lower()  # these platforms name accounts by their handle
        keyed.append(key is not None)
        ids.append(
            f"{plat}:{key}"
            if key
            else f"{plat}:" + (slugify(names[k]) if names and names[k] else f"row-{k + 1}")
        )
    signals = _signals(get, table, cols, entry.basename)
    phones = _phones(table)
    mapped = set(cols.values()) | set(phone_columns(columns)) | set(email_columns(columns))
    extra = {c: _extra(table[c], c) for c in table.columns if c not in mapped}
    if phones is not None:
        extra = {"phone": phones, **extra}
    frame = build_frame(
        "csv",
        keyed=keyed,
        contact_id=ids,
        handle=handles,
        name=names,
        profile_url=get.get("profile_url"),
        email=emails,
        company=get.get("company"),
        position=get.get("position"),
        follows_me=parse_bools(table[cols["follows_me"]]) if "follows_me" in cols else None,
        i_follow=parse_bools(table[cols["i_follow"]]) if "i_follow" in cols else None,
        connected_on=parse_dates(table[cols["connected_on"]], where=_where(entry, cols))
        if "connected_on" in cols
        else None,
        extra=extra,
        **signals,
    )
    frame["platform"] = pd.array([p or "csv" for p in platforms], dtype="string")
    frame["_enrich"] = np.array([p is not None for p in platforms])
    return frame


def _where(entry: Entry, cols: dict[str, str]) -> str:
    return f"{entry.basename}, column '{cols['connected_on']}'"


_EAST_ASIAN = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3]+$")
_HANGUL = re.compile(r"^[\uac00-\ud7a3]+$")


def full_name(first: str | None, middle: str | None, last: str | None) -> str | None:
    """A full name from its parts, family name first for Chinese, Japanese and Korean.

    >>> full_name("Zoë", None, "Ødegård"), full_name("太郎", None, "山田")
    ('Zoë Ødegård', '山田 太郎')
    >>> full_name("민수", None, "김")
    '김민수'
    """
    if first and last and _EAST_ASIAN.match(first) and _EAST_ASIAN.match(last):
        return last + ("" if _HANGUL.match(first + last) else " ") + first
    return " ".join(p for p in (first, middle, last) if p) or None


def id_field(candidates: dict[str, list]) -> str | None:
    """Which column gives a file's contact ids: the one filled in most rows.

    Ties go to the first of ``id``, ``handle``, ``email``.

    >>> id_field({"id": ["7", None, None], "handle": [None] * 3, "email": ["a@x", "b@x", None]})
    'email'
    """
    best, best_count = None, 0
    for field in ("id", "handle", "email"):
        count = sum(1 for v in candidates.get(field) or [] if v)
        if count > best_count:
            best, best_count = field, count
    return best


_SEPARATORS = re.compile(r"\s*(?::::|;|,|\s)\s*")


def _first_address(cell: str | None) -> str | None:
    """The first address of a cell that may hold several (`` ::: ``, ``;``, ``,``).

    >>> _first_address("Ana López <ana@example.org>; ana.l@example.com")
    'ana@example.org'
    """
    if not cell:
        return None
    parts = [p.strip("<>()\"' ") for p in _SEPARATORS.split(cell.strip())]
    parts = [p for p in parts if p]
    return next((p for p in parts if "@" in p), parts[0] if parts else None)


def _plain_id(value: str | None) -> str | None:
    if not value:
        return None
    return value.removesuffix(".0") if re.fullmatch(r"\d+\.0", value) else value


def _phones(table: pd.DataFrame) -> pd.api.extensions.ExtensionArray | None:
    """The first phone number of each row (mobile numbers first), or ``None``."""
    columns = phone_columns(list(table.columns))
    if not columns:
        return None
    values = [_clean(table[c]) for c in columns]
    first = [
        next((v.split(" ::: ")[0] for v in row if v), None) for row in zip(*values, strict=True)
    ]
    return pd.array(np.array(first, dtype=object), dtype="string")


def _signals(
    get: dict, table: pd.DataFrame, cols: dict[str, str], where: str | None = None
) -> dict:
    out: dict = {}
    for field in ("followers_count", "following_count", "posts_count"):
        if field in cols:
            out[field] = parse_counts(table[cols[field]])
    if "has_avatar" in cols:
        out["has_avatar"] = parse_bools(table[cols["has_avatar"]])
    elif "default_avatar" in cols:
        out["has_avatar"] = ~parse_bools(table[cols["default_avatar"]])
    if "bio" in cols:
        out["bio"] = get["bio"]
    if "account_created" in cols:
        out["account_created"] = parse_dates(
            table[cols["account_created"]],
            where=f"{where}, column '{cols['account_created']}'" if where else None,
        )
    return out


#: Unrecognised columns read as flags when they hold only 0/1/blank marks.
FLAG_NAMES = {
    "defaultprofile",
    "geoenabled",
    "verified",
    "protected",
    "private",
    "externalurl",
    "istranslator",
    "contributorsenabled",
    "fake",
    "isfake",
    "bot",
    "isbot",
    "label",
    "profileusebackgroundimage",
    "profilebackgroundtile",
}


_FLAG_TOKENS = {"true", "false", "1", "0", "1.0", "0.0", "yes", "no", "t", "f"}
_FLAG_WORDS = {"true", "false", "yes", "no", "t", "f"}


def _extra(series: pd.Series, name: str) -> pd.api.extensions.ExtensionArray:
    """Keep an unrecognised column, typed as counts, flags, or text."""
    text = _text(series)
    present = text[text != ""]
    tokens = set(present.unique())
    key = _key(name)
    flag_like = key in FLAG_NAMES or key.startswith(("is", "has"))
    if flag_like and tokens <= _FLAG_TOKENS:
        return parse_bools(series)
    if tokens:
        numbers = pd.to_numeric(present, errors="coerce")
        if numbers.notna().all() and (numbers == numbers.round()).all():
            return parse_counts(series)
        if tokens <= _FLAG_TOKENS and tokens & _FLAG_WORDS:
            return parse_bools(series)
    cleaned = _clean(series)
    return pd.array(np.array(cleaned, dtype=object), dtype="string")
