"""What each account offers for comparison: folded names, usernames, emails, links, places.

Everything here is per account and cheap, so 10,000 accounts are described in well under
a second; :mod:`._linkage_score` compares them in pairs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd
from anyascii import anyascii

#: Letters that decompose to nothing plain in NFKD but have a usual plain spelling.
_LETTERS = str.maketrans(
    {"ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ı": "i"}
)
_LEGAL = re.compile(r"\b(gmbh|ltd|limited|inc|llc|ag|sa|sarl|bv|co|company|corp|plc|ug)\b")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_JOINERS = re.compile(r"(?<=\w)[-'’‘`.](?=\w)")
_PROFILE_LINK = re.compile(
    r"(?:https?://)?(?:www\.|m\.)?"
    r"(instagram\.com|x\.com|twitter\.com|facebook\.com|linkedin\.com/in|[a-z0-9.-]+\.[a-z]{2,}/@)"
    r"/?([A-Za-z0-9_.%-]{2,60})",
    re.IGNORECASE,
)
_NOT_PROFILES = {"p", "reel", "reels", "stories", "explore", "intent", "share", "hashtag", "i"}
_AT_NAME = re.compile(r"(?<![\w@.])@([A-Za-z0-9_.]{3,30})(?:@([a-z0-9.-]+\.[a-z]{2,}))?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SLUG_ID = re.compile(r"^(?:[0-9a-f]{6,}|\d+)$")
_LINK_USER = re.compile(
    r"(?:instagram\.com|x\.com|twitter\.com|facebook\.com)/([A-Za-z0-9_.]{2,60})"
)
_MASTODON_USER = re.compile(r"^[a-z0-9.-]+\.[a-z]{2,}/@([A-Za-z0-9_.]{1,60})")


def fold(text: object) -> str:
    """Lowercase, accents dropped, other scripts transliterated, punctuation to spaces.

    >>> fold("  Zoë  Ødegård-Smith ")
    'zoe odegard smith'
    >>> fold("Дмитро Шевченко")
    'dmitro shevchenko'
    """
    if not isinstance(text, str):
        return ""
    return _fold(text)


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    if not plain.isascii():  # emoji and symbols are not part of a name; other scripts are
        plain = "".join(c if unicodedata.category(c)[0] in "LNZP" else " " for c in plain)
        plain = anyascii(plain).lower()
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def name_tokens(text: object) -> tuple[str, ...]:
    """A display name as comparable words: brackets and emoji dropped, hyphens joined.

    >>> name_tokens("Amy (Saturday regular) Green 🌿")
    ('amy', 'green')
    >>> name_tokens("Ji-woo O'Neill")
    ('jiwoo', 'oneill')
    """
    if not isinstance(text, str) or not text.strip():
        return ()
    text = _JOINERS.sub("", _BRACKETS.sub(" ", text))
    return tuple(t for t in fold(text).split() if not t.isdigit())


@lru_cache(maxsize=1 << 16)
def letters(text: str) -> str:
    """Only the letters of a username: ``dan.edwards92`` -> ``danedwards``."""
    return "".join(c for c in text if c.isalpha())


@lru_cache(maxsize=1 << 16)
def username_parts(text: str) -> tuple[str, ...]:
    """A username's words: split at dots, underscores, hyphens and digits."""
    return tuple(p for p in re.split(r"[^a-z]+", text) if len(p) >= 2)


def profile_key(text: object) -> str:
    """A profile link reduced to compare: scheme, ``www.`` and trailing ``/`` dropped.

    >>> profile_key("https://twitter.com/intent/user?user_id=5/")
    'x.com/intent/user?user_id=5'
    """
    if not isinstance(text, str) or not text.strip():
        return ""
    url = re.sub(r"^https?://(www\.|m\.|mobile\.)?", "", text.strip().lower()).rstrip("/")
    return url.replace("twitter.com/", "x.com/").replace("/_u/", "/")


def company_key(text: object) -> str:
    """A company name without legal form: ``Café Luna GmbH`` -> ``cafe luna``."""
    return " ".join(_LEGAL.sub(" ", fold(text)).split())


def mentions(text: object) -> set[str]:
    """Accounts a free text names: ``@user``, ``user@server``, profile links, emails.

    Returned as comparable keys (``u:`` username, ``e:`` email, ``p:`` profile link).

    >>> sorted(mentions("Also @kofi57 and https://www.instagram.com/kofi.m/ - kofi@example.org"))
    ['e:kofi@example.org', 'p:instagram.com/kofi.m', 'u:kofi.m', 'u:kofi57']
    """
    if not isinstance(text, str) or not text:
        return set()
    found: set[str] = set()
    emails = _EMAIL.findall(text)
    for email in emails:
        found.add("e:" + email.lower().rstrip("."))
    stripped = _EMAIL.sub(" ", text)
    for site, user in _PROFILE_LINK.findall(stripped):
        user = user.rstrip(".").lower()
        if user in _NOT_PROFILES or user.isdigit():
            continue
        site = site.lower().replace("twitter.com", "x.com")
        found.add("p:" + (site + user if site.endswith("/@") else f"{site}/{user}"))
        found.add("u:" + user)
    for user, _server in _AT_NAME.findall(stripped):
        found.add("u:" + user.rstrip(".").lower())
    return found


def text_key(text: object) -> str:
    """A bio or message reduced to compare: folded, without links; empty when short.

    >>> text_key("Sourdough evangelist. Tea over coffee, mostly! 🍞")
    'sourdough evangelist tea over coffee mostly'
    """
    if not isinstance(text, str):
        return ""
    words = fold(re.sub(r"https?://\S+|www\.\S+", " ", text))
    return words if len(words) >= MIN_TEXT_LENGTH and " " in words else ""


#: Bios and messages shorter than this (after folding) are too short to tell people
#: apart ("thanks!", "ok"): they are not compared.
MIN_TEXT_LENGTH = 15


@dataclass
class Account:
    """One account's comparable facts."""

    platform: str
    names: list[tuple[str, ...]] = field(default_factory=list)
    usernames: set[str] = field(default_factory=set)
    #: the usernames that are only an email address's local part (no platform handle)
    mail_names: set[str] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)
    profile: str = ""
    company: str = ""
    place: str = ""
    said: set[str] = field(default_factory=set)  # accounts its bio or messages name
    texts: set[str] = field(default_factory=set)  # its bio and messages to you, folded
    talked: bool | None = None
    you_follow: bool | None = None


def _slug_name(url: str) -> tuple[str, ...]:
    """The name in a LinkedIn link: ``linkedin.com/in/ama-owusu-73007792`` -> ama owusu."""
    match = re.search(r"linkedin\.com/in/([^/?#]+)", url)
    if not match:
        return ()
    from urllib.parse import unquote

    words = [w for w in unquote(match.group(1)).split("-") if w and not _SLUG_ID.match(w)]
    tokens = name_tokens(" ".join(words))
    return tokens if len(tokens) >= 2 else ()


def _text(values: pd.Series) -> list[str]:
    return ["" if v is pd.NA or v is None else str(v) for v in values.astype(object)]


def _column(contacts: pd.DataFrame, *names: str) -> list[str]:
    for name in names:
        if name in contacts.columns:
            return [
                "" if (v is None or v is pd.NA or (isinstance(v, float) and v != v)) else str(v)
                for v in contacts[name].astype(object).tolist()
            ]
    return [""] * len(contacts)


def _flags(contacts: pd.DataFrame, name: str) -> list[bool | None]:
    if name not in contacts.columns:
        return [None] * len(contacts)
    out: list[bool | None] = []
    for v in contacts[name].astype(object).tolist():
        out.append(None if v is None or v is pd.NA or v != v else bool(v))
    return out


#: How you greet someone at the start of a message: "Hi Owen!", "Hey Graça,", "Owen!".
_GREETING = re.compile(
    r"^\s*(?:(?:hi|hey|hiya|hello|dear|morning|evening|thanks|cheers|congrats)\s+)?"
    r"([^\W\d_][^\W\d_'’-]{1,24})\s*[!,]",
    re.IGNORECASE,
)


def _greeted(ids: list[str], names: list[str], interactions: pd.DataFrame | None) -> dict[str, str]:
    """The first name you call an account that the export names nowhere else.

    An X archive lists followers and the people you write to by number only, but your
    own messages greet them ("Hi Owen!"). A greeting word counts when it is a first name
    of some named account in the same export (so "Hi all," or "Thanks!" do not) and it
    is the word you use most often for that account.

    >>> talk = pd.DataFrame({"contact_id": ["x:1", "x:1", "x:2"], "direction": "out",
    ...                      "note": ["Hi Owen! Thanks", "Owen, see you", "Thanks!"]})
    >>> _greeted(["x:1", "x:2", "ig:o"], ["", "", "Owen Green"], talk)
    {'x:1': 'owen'}
    """
    if interactions is None or not len(interactions) or "note" not in interactions.columns:
        return {}
    if "direction" not in interactions.columns or "contact_id" not in interactions.columns:
        return {}
    nameless = {cid for cid, name in zip(ids, names, strict=True) if not name_tokens(name)}
    given = {tokens[0] for tokens in map(name_tokens, names) if len(tokens) >= 2}
    out = interactions[interactions["direction"].astype(str) == "out"]
    counts: dict[str, dict[str, int]] = {}
    for cid, note in zip(out["contact_id"].astype(str), _text(out["note"]), strict=True):
        if cid not in nameless:
            continue
        match = _GREETING.match(note)
        if match:
            word = fold(match.group(1))
            if word in given:
                seen = counts.setdefault(cid, {})
                seen[word] = seen.get(word, 0) + 1
    return {cid: max(seen, key=lambda w: (seen[w], w)) for cid, seen in counts.items()}


def describe(contacts: pd.DataFrame, interactions: pd.DataFrame | None = None) -> list[Account]:
    """One :class:`Account` per row of ``contacts``, in order."""
    ids = _column(contacts, "contact_id")
    platforms = [p.lower() for p in _column(contacts, "platform")]
    handles = _column(contacts, "handle")
    names = _column(contacts, "name")
    urls = _column(contacts, "profile_url")
    emails = _column(contacts, "email")
    companies = _column(contacts, "company")
    cities = _column(contacts, "city")
    locations = _column(contacts, "location")
    bios = _column(contacts, "bio")
    follow = _flags(contacts, "i_follow")
    talkers: set[str] | None = None
    said: dict[str, set[str]] = {}
    wrote: dict[str, set[str]] = {}
    if interactions is not None and len(interactions) and "contact_id" in interactions:
        talkers = set(interactions["contact_id"].astype(str))
        if "note" in interactions.columns:
            notes = interactions
            if "direction" in interactions.columns:
                notes = interactions[interactions["direction"].astype(str) == "in"]
            for cid, note in zip(
                notes["contact_id"].astype(str), _text(notes["note"]), strict=True
            ):
                if "@" in note or "/" in note:
                    found = mentions(note)
                    if found:
                        said.setdefault(cid, set()).update(found)
                text = text_key(note)
                if text:
                    wrote.setdefault(cid, set()).add(text)
    called = _greeted(ids, names, interactions)
    accounts = []
    for k in range(len(contacts)):
        acc = Account(platform=platforms[k])
        own = name_tokens(names[k])
        if own:
            acc.names.append(own)
        elif ids[k] in called and not handles[k].strip():
            acc.names.append((called[ids[k]],))
        url = urls[k]
        slug = _slug_name(url) if url else ()
        if slug and slug != own:
            acc.names.append(slug)
        handle = handles[k].strip().lstrip("@").lower()
        if handle:
            acc.usernames.add(handle.split("@")[0])
        email = emails[k].strip().lower()
        if email and "@" in email:
            for one in re.split(r"[;,\s]+|\s:::\s", email):
                if "@" in one:
                    acc.emails.add(one)
                    local = one.split("@")[0]
                    if local not in acc.usernames:
                        acc.mail_names.add(local)
                    acc.usernames.add(local)
        acc.profile = profile_key(url)
        user = _LINK_USER.search(acc.profile)
        if user and user.group(1) not in _NOT_PROFILES and not acc.profile.startswith("x.com/i"):
            acc.usernames.add(user.group(1))
        masto = _MASTODON_USER.match(acc.profile)
        if masto:
            acc.usernames.add(masto.group(1))
        acc.usernames = {u for u in acc.usernames if len(letters(u)) >= 2}
        acc.company = company_key(companies[k])
        acc.place = fold(cities[k] or locations[k])
        acc.said = mentions(bios[k]) | said.get(ids[k], set())
        bio = text_key(bios[k])
        acc.texts = wrote.get(ids[k], set()) | ({bio} if bio else set())
        acc.talked = None if talkers is None else ids[k] in talkers
        acc.you_follow = follow[k]
        accounts.append(acc)
    return accounts
