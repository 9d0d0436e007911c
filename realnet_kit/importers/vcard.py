"""vCard files (``.vcf``) as phones and mail programs write them: versions 2.1, 3.0, 4.0.

What the address books write, and what is read here:

* **2.1** (Outlook 2003 to today's Outlook for Windows, Android's contacts app, older
  Nokia and Sony phones): values in ``ENCODING=QUOTED-PRINTABLE`` (or the bare
  ``QUOTED-PRINTABLE`` parameter) with ``CHARSET=...``, long values broken with soft line
  breaks (a line ending in ``=`` goes on on the next line), bare type parameters
  (``TEL;CELL;PREF:``), base64 photos that run on without indentation until a blank line.
* **3.0** (iOS and macOS Contacts, Google Contacts, Evolution, Lotus Notes): folded lines
  (a line starting with a space or tab continues the previous one), ``\\,`` ``\\;``
  ``\\n`` escapes, grouped properties (``item1.EMAIL`` with ``item1.X-ABLabel``),
  ``X-SOCIALPROFILE``, ``PROFILE:VCARD`` and ``NAME:`` lines.
* **4.0** (Nextcloud, newer Thunderbird): ``TYPE="work,voice"``, ``PREF=1``,
  ``tel:``/``mailto:`` URIs, ``data:`` URIs for photos.

The file is split into cards in one pass over its lines (150,000 cards take about a
second), and each card is read on its own: a card that cannot be read is left out and
named (its number, first line and name) in a warning, never dropped silently. Address
books say nothing about following, so both flags stay missing.

>>> cards = split_cards("BEGIN:VCARD\\nFN:Ana\\nEND:VCARD\\nBEGIN:VCARD\\nFN:Bo\\nEND:VCARD\\n")
>>> [c.line for c in cards]
[1, 4]
>>> read_card(cards[0]).name
'Ana'
"""

from __future__ import annotations

import base64
import binascii
import codecs
import io
import quopri
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field

import pandas as pd

from realnet_kit.importers._encoding import guess_encoding
from realnet_kit.importers._frame import build_frame
from realnet_kit.importers._text import MAX_FIELD_CHARS, check_field_lengths, decode_bytes
from realnet_kit.importers.archive import Entry
from realnet_kit.importers.google import address_book_ids

_ADVICE = "Export the contacts again from your address book app and load the new .vcf file."
#: ``[group.]NAME[;params]:`` at the start of a content line.
_PROPERTY = re.compile(
    r'^(?:[A-Za-z0-9-]+\.)?([A-Za-z][A-Za-z0-9-]*)((?:;(?:"[^"]*"|[^:;"])*)*):', re.ASCII
)
_BINARY = {"PHOTO", "LOGO", "SOUND", "KEY"}
#: Most cards one file may hold; a CRM dump of 150,000 is read in seconds.
MAX_CARDS = 2_000_000


@dataclass(slots=True)
class Card:
    """One card's unfolded content lines and where it starts in the file."""

    number: int
    line: int
    lines: list[str] = field(default_factory=list)
    closed: bool = False


@dataclass(slots=True)
class Person:
    """What the workshop keeps of one card."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    company: str | None = None
    position: str | None = None
    profile_url: str | None = None
    city: str | None = None


class CardError(ValueError):
    """A card that cannot be read; the message says which line and why."""


def iter_cards(text: str) -> Iterator[Card]:
    """The cards of a vCard file, one at a time, lines unfolded, in one pass (linear time).

    Folded lines (starting with a space or tab), quoted-printable soft line breaks (a
    line ending in ``=`` in a quoted-printable value) and 2.1's unindented base64 photo
    lines are joined to the property they belong to.
    """
    count = 0
    card: Card | None = None
    soft_break = False  # the previous line ended a quoted-printable value with "="
    in_base64 = False  # 2.1 photo data running on until a blank line
    for number, line in enumerate(io.StringIO(text, newline=""), start=1):
        raw = line.rstrip("\r\n")
        if card is None or card.closed:
            if raw.strip().upper() == "BEGIN:VCARD":
                if card is not None:
                    yield card
                count += 1
                card = Card(count, number)
                soft_break = in_base64 = False
            continue
        stripped = raw.strip()
        upper = stripped.upper()
        if upper == "END:VCARD":
            card.closed = True
            continue
        if upper == "BEGIN:VCARD":  # the previous card never ended
            yield card
            count += 1
            card = Card(count, number)
            soft_break = in_base64 = False
            continue
        if soft_break and card.lines:
            card.lines[-1] = card.lines[-1][:-1] + raw.lstrip(" \t")
            soft_break = card.lines[-1].endswith("=")
            continue
        if not stripped:
            in_base64 = False
            continue
        if raw[0] in " \t" and card.lines:
            card.lines[-1] += raw[1:]
        elif in_base64 and not _PROPERTY.match(raw):
            card.lines[-1] += stripped
            continue
        else:
            card.lines.append(raw)
            in_base64 = False
        last = card.lines[-1]
        match = _PROPERTY.match(last)
        params = match.group(2).upper() if match else ""
        if "QUOTED-PRINTABLE" in params and last.endswith("="):
            soft_break = True
        elif match and match.group(1).upper() in _BINARY and "BASE64" in params:
            in_base64 = True
    if card is not None:
        yield card


def split_cards(text: str) -> list[Card]:
    """Every card of a vCard file (see :func:`iter_cards`)."""
    return list(iter_cards(text))


def _params(raw: str) -> dict[str, list[str]]:
    """``;TYPE=work,voice;PREF=1;CELL`` -> ``{"TYPE": ["WORK", "VOICE", "CELL"], ...}``."""
    out: dict[str, list[str]] = {}
    for part in _split_unquoted(raw.lstrip(";"), ";"):
        if not part:
            continue
        key, sep, value = part.partition("=")
        if not sep:  # vCard 2.1's bare parameters: a type, or an encoding
            key, value = ("ENCODING", part) if part.upper() in _ENCODINGS else ("TYPE", part)
        values = [v.strip().strip('"').upper() for v in value.split(",")]
        out.setdefault(key.strip().upper(), []).extend(v for v in values if v)
    return out


_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}


def _split_unquoted(text: str, sep: str) -> list[str]:
    parts, current, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _charset(name: str | None) -> str:
    if not name:
        return "utf-8"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "utf-8"


def _decode_value(value: str, params: dict[str, list[str]]) -> str:
    """Undo quoted-printable or base64 text encodings, in the card's charset."""
    encoding = (params.get("ENCODING") or [""])[0]
    charset = (params.get("CHARSET") or [None])[0]
    if encoding == "QUOTED-PRINTABLE":
        raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
    elif encoding in ("BASE64", "B"):
        try:
            raw = base64.b64decode(value, validate=False)
        except (binascii.Error, ValueError):
            raise CardError("a base64 value is damaged") from None
    else:
        return value
    if charset is None:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:  # Outlook writes the Windows code page unannounced
            found = guess_encoding(raw)
            if found is None:
                raise CardError("a quoted-printable value is in an unknown encoding") from None
            return raw.decode(found, errors="replace")
    return raw.decode(_charset(charset), errors="replace")


_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", ":": ":", "\\": "\\"}


def _components(value: str) -> list[str]:
    """Split a structured value on unescaped ``;`` and undo the escapes."""
    parts, current, k = [], [], 0
    while k < len(value):
        ch = value[k]
        if ch == "\\" and k + 1 < len(value):
            current.append(_ESCAPES.get(value[k + 1], "\\" + value[k + 1]))
            k += 2
            continue
        if ch == ";":
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
        k += 1
    parts.append("".join(current).strip())
    return parts


def _text(value: str) -> str | None:
    return " ".join(p for p in _components(value) if p).strip() or None


def read_card(card: Card) -> Person:
    """The name, first email and phone, organisation, title, link and city of a card.

    Raises :class:`CardError` for a card that cannot be read (a line that is no property,
    a damaged encoded value, no END:VCARD).
    """
    if not card.closed:
        raise CardError("it has no END:VCARD (the file was cut off while it was saved)")
    person = Person()
    emails: list[tuple[int, str]] = []
    phones: list[tuple[int, str]] = []
    structured: str | None = None
    org_fallback: str | None = None
    for line in card.lines:
        match = _PROPERTY.match(line)
        if match is None:
            raise CardError(f"the line '{line[:40]}' is not a vCard property")
        name = match.group(1).upper()
        if name in _BINARY or (name.startswith("X-") and name not in _KEPT_X):
            continue
        params = _params(match.group(2))
        value = line[match.end() :]
        if len(value) > MAX_FIELD_CHARS:
            raise CardError(f"its {name} holds {len(value):,} characters")
        value = _decode_value(value, params)
        types = set(params.get("TYPE", [])) | set(params.get("PREF", []) and ["PREF"])
        if name == "FN":
            person.name = person.name or _text(value)
        elif name == "N":
            structured = structured or value
        elif name == "EMAIL":
            address = _text(value.removeprefix("mailto:"))
            if address and "@" in address:
                emails.append((0 if "PREF" in types else 1, address))
        elif name == "TEL":
            number = _text(value.removeprefix("tel:"))
            if number:
                rank = 0 if "CELL" in types else (1 if "PREF" in types else 2)
                phones.append((rank, number))
        elif name == "ORG":
            parts = [p for p in _components(value) if p]
            person.company = person.company or (parts[0] if parts else None)
        elif name == "TITLE":
            person.position = person.position or _text(value)
        elif name == "ROLE":
            org_fallback = org_fallback or _text(value)
        elif name == "X-SOCIALPROFILE":
            link = _text(value)
            person.profile_url = _social_link(link, params) or person.profile_url
        elif name == "URL" and person.profile_url is None:
            person.profile_url = _text(value)
        elif name == "ADR" and person.city is None:
            parts = _components(value)
            person.city = parts[3] or None if len(parts) > 3 else None
    if person.name is None and structured:
        parts = _components(structured) + [""] * 5
        family, given, additional, prefix, suffix = parts[:5]
        person.name = " ".join(p for p in (prefix, given, additional, family, suffix) if p) or None
    person.position = person.position or org_fallback
    person.email = min(emails, key=lambda e: e[0])[1] if emails else None
    person.phone = min(phones, key=lambda p: p[0])[1] if phones else None
    return person


_KEPT_X = {"X-SOCIALPROFILE"}


#: Where a social profile named only by its user name lives.
_SITES = {
    "instagram": "https://www.instagram.com/",
    "twitter": "https://x.com/",
    "x": "https://x.com/",
    "facebook": "https://www.facebook.com/",
    "linkedin": "https://www.linkedin.com/in/",
}


def _social_link(link: str | None, params: dict[str, list[str]]) -> str | None:
    """A profile link from ``X-SOCIALPROFILE`` (a URL, or Apple's ``x-apple:user``)."""
    user = (params.get("X-USER") or [None])[0]
    if link and "://" in link:
        return link
    name = (user or (link or "").removeprefix("x-apple:")).strip().lstrip("@")
    if not name:
        return None
    site = (params.get("TYPE") or [""])[0].lower()
    return _SITES.get(site, f"https://{site}.com/" if site else "") + name.lower() if site else name


def _label(person: Person | None, card: Card) -> str:
    """How a card is named in a warning: its number, first line and name if known."""
    name = None
    if person is not None:
        name = person.name
    else:
        for line in card.lines:
            if line.upper().startswith(("FN:", "FN;")):
                name = line.split(":", 1)[1].strip()[:40] or None
                break
    return f"card {card.number} (line {card.line}{', ' + name if name else ''})"


def load_contacts(found: dict[str, list[Entry]]) -> list[pd.DataFrame]:
    frames = []
    for entry in found.get("cards", []):
        text = decode_bytes(entry.read(), entry).lstrip("\ufeff")
        people: list[Person] = []
        skipped: list[str] = []
        empty: list[str] = []
        last: Card | None = None
        for card in iter_cards(text):
            last = card
            if card.number > MAX_CARDS:
                raise entry.error(
                    f"it holds more than {MAX_CARDS:,} cards, far more than any address book",
                    _ADVICE,
                )
            if not card.closed:  # the last card is checked below
                skipped.append(f"{_label(None, card)}: it has no END:VCARD")
                continue
            try:
                person = read_card(card)
            except CardError as exc:
                skipped.append(f"{_label(None, card)}: {exc}")
                continue
            if not (person.name or person.email or person.phone or person.company):
                empty.append(_label(person, card))
                continue
            people.append(person)
        if last is None:
            raise entry.error("no card (BEGIN:VCARD) was found in this file", _ADVICE)
        if not last.closed:
            raise entry.error(
                f"the card starting at line {last.line} has no END:VCARD, so the "
                "file was cut off while it was being saved",
                _ADVICE,
            )
        del text
        if not people:
            reasons = "; ".join(skipped[:3] or empty[:3])
            raise entry.error(
                f"none of the {last.number} cards could be read ({reasons})",
                _ADVICE,
            )
        if skipped:
            warnings.warn(
                f"{entry.path}: skipped {len(skipped)} card(s) that could not be read: "
                + "; ".join(skipped[:10])
                + ("..." if len(skipped) > 10 else ""),
                stacklevel=2,
            )
        if empty:
            warnings.warn(
                f"{entry.path}: left out {len(empty)} card(s) with no name, email, phone "
                f"or company: {', '.join(empty[:10])}{'...' if len(empty) > 10 else ''}",
                stacklevel=2,
            )
        names = [p.name or p.email or p.company or p.phone for p in people]
        check_field_lengths(names, entry, "name")
        emails = [p.email for p in people]
        ids, keyed = address_book_ids("vcard", emails, names)
        frames.append(
            build_frame(
                "vcard",
                keyed=keyed,
                contact_id=ids,
                name=names,
                email=emails,
                company=[p.company for p in people],
                position=[p.position for p in people],
                profile_url=[p.profile_url for p in people],
                extra={
                    "phone": pd.array([p.phone for p in people], dtype="string"),
                    "city": pd.array([p.city for p in people], dtype="string"),
                },
            )
        )
    return frames
