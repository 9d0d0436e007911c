"""Find the people a free-text answer names: the connector of exercise 4.2, for a thank-you.

A participant answers 4.2 in their own words ("ask Aoife to introduce us to the
Brudenell booker"). :func:`people_named` finds which contacts those words name: a full
display name or an ``@handle`` anywhere in the text, else a first name that belongs to
exactly one person (preferring the people being planned for when several share it).
Matching ignores case and accents, so "aoife" finds "Aoife Murphy" and "Siobhan" finds
"Siobhán Kelly"; names are never changed, only compared.

>>> import pandas as pd
>>> contacts = pd.DataFrame({"contact_id": ["x:1", "x:2", "x:3"],
...     "name": ["Aoife Murphy (Tidewater zine)", "Aoife Byrne", "Kofi Mensah"],
...     "handle": ["aoifem", "abyrne", "kofi.m"]})
>>> people_named("Ask Kofi to introduce us to the Brudenell booker", contacts)
['x:3']
>>> people_named("aoife murphy knows everyone", contacts)
['x:1']
>>> people_named("Aoife, probably", contacts)
[]
>>> people_named("Aoife, probably", contacts, among=["x:2"])
['x:2']
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

import pandas as pd

__all__ = ["clearest_name", "people_named", "plain_name"]

#: Shortest first name matched on its own (shorter ones match too many words).
MIN_FIRST_NAME = 3
_WORD = re.compile(r"[\w'’-]+")


@functools.lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    """Lower case without accents, for comparing names (never for showing them).

    Cached: an answer is compared with every contact's name and handle, the same ten
    thousand on each call of a session.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str) -> str:
    return " " + " ".join(_WORD.findall(_fold(text))) + " "


def _clean_name(name: str) -> str:
    """The name without an aside or emoji: "Aoife Murphy (zine) 💫" -> "Aoife Murphy"."""
    name = re.sub(r"\([^)]*\)", " ", name)
    return " ".join(_WORD.findall(name))


@functools.lru_cache(maxsize=1 << 16)
def _name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name without its aside: "Siobhán Kelly (zine)" -> siobhan, kelly."""
    return tuple(_words(_clean_name(name)).split())


#: Unicode categories a name loses in a sentence: symbols (emoji, dingbats), format
#: characters (zero-width joiners), private use and unassigned code points.
_NOT_IN_A_NAME = frozenset({"So", "Sk", "Cf", "Co", "Cn", "Cs"})


def plain_name(name: Any) -> str:
    """A display name as a sentence can carry it: no aside in brackets, no emoji.

    The person's own spelling and capitalisation are kept ("sophie fletcher" stays as
    she writes it); only decorations go. Empty when nothing of a name is left.

    >>> plain_name("Nell Crowther 💫"), plain_name("Aoife Murphy (Tidewater zine)")
    ('Nell Crowther', 'Aoife Murphy')
    >>> plain_name("Caasha (Saturday regular) Barre"), plain_name("Ola [Hebden shop] Nowak ✨")
    ('Caasha Barre', 'Ola Nowak')
    >>> plain_name("sophie fletcher"), plain_name("Liam A."), plain_name("🍞")
    ('sophie fletcher', 'Liam A.', '')
    """
    return _plain_name(name) if isinstance(name, str) else ""


@functools.lru_cache(maxsize=1 << 16)
def _plain_name(name: str) -> str:
    """:func:`plain_name` of a string, cached: tables name the same thousands of people."""
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", name)
    text = "".join(
        " " if unicodedata.category(ch) in _NOT_IN_A_NAME or ch == "\ufe0f" else ch for ch in text
    )
    text = " ".join(text.split()).strip(" -|·,;:")
    return text if any(ch.isalnum() for ch in text) else ""


def clearest_name(names: Any) -> str:
    """The clearest of one person's names (their accounts' display names), as a sentence
    carries it: a full name written cleanly wins over a first name or a labelled one.

    Preference: a name of two words or more, then one with no aside or emoji to strip,
    then one with a capital letter; ties keep the first given (give the account the
    person was scored under first). The
    winner comes back through :func:`plain_name`, in the person's own capitalisation.
    Empty when none of them holds a name.

    >>> clearest_name(["Johanna", "Johanna (Saturday regular) Keller", "Johanna Keller"])
    'Johanna Keller'
    >>> clearest_name(["Nicola", "Nicola Smith ✨"])
    'Nicola Smith'
    >>> clearest_name(["Caasha (Saturday regular) Barre"]), clearest_name(["🍞", None])
    ('Caasha Barre', '')
    """
    if isinstance(names, str) or names is None:
        names = [names]
    best: tuple | None = None
    chosen = ""
    for i, name in enumerate(names):
        plain = plain_name(name)
        if not plain:
            continue
        raw = " ".join(str(name).split())
        key = (
            len(plain.split()) >= 2,
            raw == plain,
            any(ch.isupper() for ch in plain),
            -i,
        )
        if best is None or key > best:
            best, chosen = key, plain
    return chosen


def people_named(text: Any, contacts: pd.DataFrame, among: Any = None) -> list[str]:
    """The contact ids that ``text`` names, in the order the text names them.

    Parameters
    ----------
    text
        A free-text answer (e.g. exercise 4.2's). Empty or missing: no one.
    contacts
        A contacts frame with ``contact_id`` and ``name`` (``handle`` used when present).
    among
        Contact ids to prefer when a first name is shared (the people in the plan).

    Returns
    -------
    list of str
        Contact ids, without repeats; empty when nobody is named unambiguously.
    """
    if not isinstance(text, str) or not text.strip() or contacts is None or not len(contacts):
        return []
    if "contact_id" not in contacts.columns:
        return []
    said = _words(text)
    people = contacts.drop_duplicates("contact_id")
    ids = people["contact_id"].astype(str).tolist()
    names = (
        people["name"].astype("string").fillna("").tolist() if "name" in people else [""] * len(ids)
    )
    handles = (
        people["handle"].astype("string").fillna("").tolist()
        if "handle" in people
        else [""] * len(ids)
    )
    folded = _fold(text)
    found: dict[str, int] = {}
    for cid, name, handle in zip(ids, names, handles, strict=True):
        parts = _name_words(name)
        full = " ".join(parts)
        if len(parts) > 1 and f" {full} " in said:
            found.setdefault(cid, said.index(f" {full} "))
        tag = _fold(handle).lstrip("@")
        if (
            len(tag) >= MIN_FIRST_NAME
            and tag in folded
            and re.search(rf"@?\b{re.escape(tag)}\b", folded)
        ):
            found.setdefault(cid, folded.find(tag))
    if not found:
        firsts: dict[str, list[str]] = {}
        for cid, name in zip(ids, names, strict=True):
            parts = _name_words(name)
            if parts and len(parts[0]) >= MIN_FIRST_NAME:
                firsts.setdefault(parts[0], []).append(cid)
        preferred = {str(i) for i in (among or [])}
        for first, owners in firsts.items():
            if f" {first} " not in said:
                continue
            if len(owners) > 1:
                owners = [o for o in owners if o in preferred]
            if len(owners) == 1:
                found.setdefault(owners[0], said.index(f" {first} "))
    return sorted(found, key=found.get)
