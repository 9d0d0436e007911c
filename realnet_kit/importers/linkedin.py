"""LinkedIn: ``Connections.csv``, ``messages.csv`` and ``Profile.csv`` (the owner).

Since 2020 ``Connections.csv`` starts with a ``Notes:`` preamble (a line, a quoted
note, a blank line) before the header ``First Name,Last Name,URL,Email Address,Company,
Position,Connected On``; older files have no preamble and no ``URL`` column. Dates read
like ``07 Mar 2021``.

>>> profile_slug("https://www.linkedin.com/in/Jos%C3%A9-Garc%C3%ADa-4b2/")
'josé-garcía-4b2'
"""

from __future__ import annotations

import io
import re
from collections import Counter
from urllib.parse import unquote, urlsplit

import pandas as pd

from realnet_kit.importers._combine import build_interactions
from realnet_kit.importers._frame import build_frame, slugify
from realnet_kit.importers._text import check_field_lengths, decode_bytes
from realnet_kit.importers.archive import Entry
from realnet_kit.importers.detect import header_fields
from realnet_kit.importers.values import parse_dates

_ADVICE = (
    "Download your LinkedIn data again (Settings > Data privacy > Get a copy of "
    "your data) and load the zip or the CSV file without editing it."
)


def profile_slug(url: object) -> str | None:
    """The lowercased public-profile slug of a LinkedIn URL, or ``None``."""
    if not isinstance(url, str) or "/in/" not in url:
        return None
    path = urlsplit(url.strip() if "://" in url else "https://" + url.strip()).path
    raw = path.split("/in/", 1)[1].strip("/").split("/")[0]
    slug = unquote(raw).lower()  # one spelling, percent-encoded or not
    return slug or None


def read_table(entry: Entry, required: tuple[str, ...]) -> pd.DataFrame:
    """Read a LinkedIn CSV (skipping any preamble) as strings, upper-case-insensitive."""
    text = decode_bytes(entry.read(), entry)
    fields, line = header_fields(text)
    if not fields:
        raise entry.error("the file is empty", _ADVICE)
    body = "\n".join(text.lstrip("\ufeff").splitlines()[line:])
    delim = max((",", ";", "\t"), key=body.split("\n", 1)[0].count)
    try:
        table = pd.read_csv(
            io.StringIO(body),
            dtype=str,
            keep_default_na=False,
            sep=delim,
            skip_blank_lines=True,
            on_bad_lines="skip",
            engine="c",
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError, UnicodeError) as exc:
        raise entry.error(f"the CSV cannot be read ({exc})", _ADVICE) from None
    table.columns = [str(c).strip().lower() for c in table.columns]
    missing = [c for c in required if c not in table.columns]
    if missing:
        raise entry.error(
            f"the columns {', '.join(missing)} are missing (found: {', '.join(table.columns[:8])})",
            _ADVICE,
        )
    for col in table.columns:
        check_field_lengths(table[col].tolist(), entry, f"cell of column '{col}'")
    return table


def load_contacts(found: dict[str, list[Entry]]) -> list[pd.DataFrame]:
    """Connections (mutual: both flags ``True``) and the imported address book."""
    frames = []
    for entry in found.get("connections", []):
        table = read_table(entry, ("first name", "last name"))
        names = table["first name"].str.strip() + " " + table["last name"].str.strip()
        names = names.str.strip()
        urls = table["url"] if "url" in table else pd.Series([""] * len(table))
        slugs = [profile_slug(u) for u in urls]
        ids = [
            f"linkedin:{s}" if s else "linkedin:" + slugify(n)
            for s, n in zip(slugs, names, strict=True)
        ]
        email = table.get("email address", table.get("email"))
        frames.append(
            build_frame(
                "linkedin",
                keyed=[s is not None for s in slugs],
                contact_id=ids,
                name=names.tolist(),
                profile_url=urls.str.strip().tolist(),
                email=None if email is None else email.str.strip().tolist(),
                company=table.get("company"),
                position=table.get("position"),
                follows_me=True,
                i_follow=True,
                connected_on=parse_dates(
                    table["connected on"], where=f"{entry.basename}, column 'Connected On'"
                )
                if "connected on" in table
                else None,
            )
        )
    return frames + load_imported(found)


def _first_item(cell: object) -> str | None:
    """The first of several values LinkedIn joins in one cell (``,`` or ``;``)."""
    if not isinstance(cell, str):
        return None
    first = re.split(r"[,;]| ::: ", cell.strip(), maxsplit=1)[0].strip()
    return first or None


def load_imported(found: dict[str, list[Entry]]) -> list[pd.DataFrame]:
    """``Imported Contacts.csv``: the phone or mail address book uploaded to LinkedIn.

    An address book, not connections: both follow flags stay missing, and ids read
    ``linkedin:imported:<email>`` (else the slug of the name), which no connection's
    profile slug can equal.
    """
    frames = []
    for entry in found.get("imported", []):
        table = read_table(entry, ("firstname", "lastname"))

        def column(name: str, table: pd.DataFrame = table) -> list:
            values = table[name] if name in table else [""] * len(table)
            return [_first_item(v) for v in values]

        full = column("fullname")
        parts = zip(column("firstname"), column("lastname"), strict=True)
        joined = [" ".join(p for p in pair if p) or None for pair in parts]
        emails = column("emails")
        names = [f or j or e for f, j, e in zip(full, joined, emails, strict=True)]
        phones = column("phonenumbers")
        companies, titles = column("companies"), column("title")
        keep = [k for k, n in enumerate(names) if n or phones[k]]
        names = [names[k] or phones[k] for k in keep]
        emails = [emails[k] for k in keep]
        ids = [
            f"linkedin:imported:{e.lower()}" if e else f"linkedin:imported:{slugify(n)}"
            for e, n in zip(emails, names, strict=True)
        ]
        frames.append(
            build_frame(
                "linkedin",
                keyed=[bool(e) for e in emails],
                contact_id=ids,
                name=names,
                email=emails,
                company=[companies[k] for k in keep],
                position=[titles[k] for k in keep],
                extra={"phone": pd.array([phones[k] for k in keep], dtype="string")},
            )
        )
    return frames


def owner(found: dict[str, list[Entry]]) -> str | None:
    """The owner's name from ``Profile.csv``."""
    for entry in found.get("profile", []):
        table = read_table(entry, ("first name", "last name"))
        if len(table):
            row = table.iloc[0]
            return f"{row['first name'].strip()} {row['last name'].strip()}".strip()
    return None


def load_interactions(found: dict[str, list[Entry]], contacts: pd.DataFrame) -> pd.DataFrame | None:
    """``messages.csv`` rows: ``out`` to each recipient when the owner wrote, else ``in``."""
    if not found.get("messages"):
        return None
    tables = [read_table(e, ("from", "date")) for e in found["messages"]]
    table = pd.concat(tables, ignore_index=True)
    for col in (
        "to",
        "sender profile url",
        "recipient profile urls",
        "content",
        "subject",
        "conversation id",
    ):
        if col not in table:
            table[col] = ""
    me = owner(found)
    if me is None:  # the owner is on every message, as its sender or a recipient
        people: Counter[str] = Counter(n.strip() for n in table["from"])
        people.update(n.strip() for cell in table["to"] for n in cell.split(",") if n.strip())
        me = people.most_common(1)[0][0] if people else None
    # Older files say it outright: DIRECTION is INCOMING or OUTGOING.
    said = (
        table["direction"].str.strip().str.lower().tolist()
        if "direction" in table
        else [""] * len(table)
    )
    me_urls = set(table.loc[table["from"] == me, "sender profile url"]) - {""}
    by_slug = set(contacts["contact_id"]) if len(contacts) else set()
    by_name = {}
    if len(contacts):
        for cid, name in zip(contacts["contact_id"], contacts["name"], strict=True):
            if isinstance(name, str):
                by_name.setdefault(name.casefold(), cid)

    def resolve(name: str, url: str) -> str:
        slug = profile_slug(url)
        if slug and f"linkedin:{slug}" in by_slug:
            return f"linkedin:{slug}"
        if name.casefold() in by_name:
            return by_name[name.casefold()]
        return f"linkedin:{slug}" if slug else "linkedin:" + slugify(name)

    ids, stamps, directions, notes = [], [], [], []
    columns = [
        table[c].tolist()
        for c in (
            "from",
            "sender profile url",
            "to",
            "recipient profile urls",
            "content",
            "subject",
            "date",
        )
    ]
    for sender, url, to, to_urls, content, subject, stamp, way in zip(*columns, said, strict=True):
        sender, url, note = sender.strip(), url.strip(), content or subject
        mine = way in ("outgoing", "sent", "out") or (
            way not in ("incoming", "received", "in") and (sender == me or (url and url in me_urls))
        )
        if mine:
            urls = [u.strip() for u in to_urls.split(",") if u.strip()]
            names = [n.strip() for n in to.split(",") if n.strip()]
            targets = (
                list(zip(names, urls, strict=True))
                if len(names) == len(urls)
                else ([("", u) for u in urls] or [(n, "") for n in names])
            )
            for name, target_url in targets:
                if not (name or target_url):
                    continue
                ids.append(resolve(name, target_url))
                stamps.append(stamp)
                directions.append("out")
                notes.append(note)
        elif sender or url:  # a message from no one is LinkedIn's own (an assistant)
            ids.append(resolve(sender, url))
            stamps.append(stamp)
            directions.append("in")
            notes.append(note)
    names = ", ".join(sorted({e.basename for e in found["messages"]}))
    return build_interactions(ids, stamps, directions, "message", notes, where=names)
