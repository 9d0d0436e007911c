"""vCard files (``.vcf``, versions 2.1, 3.0 and 4.0), parsed with :mod:`vobject`.

A file may hold many cards, with folded lines and CRLF endings (as phones and mail apps
export them). Each card is parsed on its own so one odd card does not hide the others.

>>> cards = _split("BEGIN:VCARD\\nFN:Ana\\nEND:VCARD\\nBEGIN:VCARD\\nFN:Bo\\nEND:VCARD\\n")
>>> len(cards)
2
"""

from __future__ import annotations

import re
import warnings

import pandas as pd

from realnet_kit.importers._frame import build_frame
from realnet_kit.importers._text import check_field_lengths, decode_bytes
from realnet_kit.importers.archive import Entry
from realnet_kit.importers.google import address_book_ids

_ADVICE = "Export the contacts again from your address book app and load the new .vcf file."
_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE | re.MULTILINE)
_END = re.compile(r"^END:VCARD\s*$", re.IGNORECASE | re.MULTILINE)


def _split(text: str) -> list[tuple[int, str]]:
    """(line number, text) of each card; a card without END keeps its text unclosed."""
    starts = [m.start() for m in _BEGIN.finditer(text)]
    if not starts:
        return []
    return [
        (text.count("\n", 0, a) + 1, text[a:b])
        for a, b in zip(starts, [*starts[1:], len(text)], strict=True)
    ]


def _value(card, name: str) -> str | None:
    prop = card.contents.get(name)
    if not prop:
        return None
    value = prop[0].value
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    return str(value).strip() or None if value is not None else None


def _name(card) -> str | None:
    full = _value(card, "fn")
    if full:
        return full
    n = card.contents.get("n")
    if n and hasattr(n[0].value, "given"):
        parts = (n[0].value.given, n[0].value.additional, n[0].value.family)
        joined = " ".join(" ".join(p) if isinstance(p, list) else p for p in parts if p)
        return joined.strip() or None
    return None


def _city(card) -> str | None:
    adr = card.contents.get("adr")
    city = getattr(adr[0].value, "city", None) if adr else None
    return city.strip() or None if isinstance(city, str) else None


def _social(card) -> str | None:
    for prop in card.contents.get("x-socialprofile", []):
        if isinstance(prop.value, str) and prop.value.strip():
            return prop.value.strip()
    return _value(card, "url")


_PHOTO = re.compile(
    r"^(PHOTO|LOGO|SOUND|KEY)[;:].*?(?=^\S)", re.IGNORECASE | re.MULTILINE | re.DOTALL
)


def _parse(vobject, chunk: str):
    """Parse one card; retry without blank lines, then without embedded pictures."""
    tidy = "\r\n".join(line for line in chunk.splitlines() if line.strip()) + "\r\n"
    for text in (chunk, tidy, _PHOTO.sub("", tidy)):
        try:
            return vobject.readOne(text)
        except Exception:  # vobject raises many kinds for a damaged card
            continue
    return None


def load_contacts(found: dict[str, list[Entry]]) -> list[pd.DataFrame]:
    import vobject

    frames = []
    for entry in found.get("cards", []):
        text = decode_bytes(entry.read(), entry).lstrip("\ufeff")
        cards = _split(text)
        if not cards:
            raise entry.error("no card (BEGIN:VCARD) was found in this file", _ADVICE)
        rows, skipped = [], []
        for line, chunk in cards:
            if not _END.search(chunk):
                raise entry.error(
                    f"the card starting at line {line} has no END:VCARD, so "
                    "the file was cut off while it was being saved",
                    _ADVICE,
                )
            card = _parse(vobject, chunk)
            if card is None:
                skipped.append(line)
                continue
            rows.append(
                (
                    _name(card),
                    _value(card, "email"),
                    _value(card, "org"),
                    _value(card, "title"),
                    _social(card),
                    _city(card),
                )
            )
        if not rows:
            raise entry.error(f"none of the {len(cards)} cards could be read", _ADVICE)
        if skipped:
            warnings.warn(
                f"{entry.path}: skipped {len(skipped)} damaged card(s) starting at "
                f"line(s) {', '.join(map(str, skipped[:10]))}",
                stacklevel=2,
            )
        rows = [r for r in rows if r[0] or r[1]]
        names = [r[0] or r[1] for r in rows]
        check_field_lengths(names, entry, "name")
        emails = [r[1] for r in rows]
        ids, keyed = address_book_ids("vcard", emails, names)
        frames.append(
            build_frame(
                "vcard",
                keyed=keyed,
                contact_id=ids,
                name=names,
                email=emails,
                company=[r[2] for r in rows],
                position=[r[3] for r in rows],
                profile_url=[r[4] for r in rows],
                extra={"city": pd.array([r[5] for r in rows], dtype="string")},
            )
        )
    return frames
