"""WhatsApp chat exports: the ``.txt`` of one chat, alone or in the zip the app makes.

"Export chat" writes one chat as text, one message per line block, in the phone's own
date and time format. Android writes ``31/12/2024, 21:41 - Ada Obi: text`` (or
``12/31/24, 9:41 PM - ``, ``31.12.24, 21:41 - ``, ``2024-12-31, 21:41 - ``, depending on
the phone's region), with system lines that have no sender (``Ada added Ben``) and media
as ``<Media omitted>``. iOS writes ``[31/12/2024, 21:41:05] Ada Obi: text`` and gives its
system lines the chat's own name as sender, their text starting with an invisible
U+200E mark, as are its media placeholders (``image omitted``). Both apps put U+200E,
U+202A/U+202C (around phone numbers) and U+202F (before ``PM``) marks in places. A message
may run over several lines: every line that does not start with a date continues it.

The file is named after the chat ("WhatsApp Chat with Ada Obi.txt", inside "WhatsApp Chat
with Ada Obi.zip" with the media; iOS: ``_chat.txt`` in "WhatsApp Chat - Ada Obi.zip"),
which tells who the other person is, and so who the owner is: in a one-to-one chat the
sender who is not that person. In a group the owner is the ``owner`` the participant
names, else the sender found in the owner's other chats loaded with it, else a guess,
with a warning saying so: the member shown by name (the phone never shows its owner by
number) whom the system lines never name (they call the owner "you"), and who wrote most.

Day-first or month-first is decided from the whole file: a day above 12 settles it, and
otherwise the reading in which the messages come in time order (as they always do). The
times are the phone's local times; they are read as the computer's local time zone
(``TZ``) and stored in UTC.

``contact_id``: ``whatsapp:+<digits>`` for someone shown by phone number, else
``whatsapp:<slug of the name>`` (the name as saved in the owner's address book).
Contact rows carry the contract's columns, then ``phone`` (``+<digits>`` or ``<NA>``, as
:func:`phone_key` writes it: use it to compare the numbers of other sources).

>>> _title("WhatsApp Chat with Ada Obi (1).txt"), _title("_chat.txt")
('Ada Obi', None)
>>> person_key("\\u202a+49 151 2345 6789\\u202c"), person_key("Ada Obi")
('whatsapp:+4915123456789', 'whatsapp:ada-obi')
"""

from __future__ import annotations

import functools
import re
import time
import warnings
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import numpy as np
import pandas as pd

from realnet_kit.importers._combine import build_interactions, empty_interactions
from realnet_kit.importers._frame import build_frame, slugify, string_array
from realnet_kit.importers._text import check_field_lengths, decode_bytes
from realnet_kit.importers.archive import Entry

_ADVICE = (
    "In WhatsApp open the chat, tap the menu (Android) or the chat's name (iPhone), choose "
    "'Export chat', and load the .txt or .zip it makes without opening or editing it."
)

#: Invisible direction and joining marks the apps put around names and numbers.
MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_NO_MARKS = str.maketrans("", "", MARKS)
_SPACE = "[ \u00a0\u202f]"

#: The start of a message: an optional ``[``, a date, a time, then ``]`` or `` - ``.
HEADER = re.compile(
    r"^[\u200e\u200f\ufeff]*(?P<open>\[)?"
    r"(?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4})\.?"
    rf",?{_SPACE}+(?:(?P<pre>[^\W\d_]{{1,3}})\.?{_SPACE}*)?"  # "à 21:41", "午後7:52"
    r"(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2}))?"
    rf"(?:{_SPACE}*(?P<ap>[AaPp]\.?{_SPACE}?[Mm]\.?))?"
    rf"(?(open)\]{_SPACE}|{_SPACE}?[-–]{_SPACE})",
    re.MULTILINE,
)
#: Years a WhatsApp message can carry; any other is a misreading.
_YEARS = (2009, 2100)

#: iOS text starting with U+200E that is a message after all (media, calls, deletions).
_OMITTED = (
    "omitted|weggelassen|omitida|omitido|absente|absent|omis|omise|ocultada|ocultado|"
    "omessa|omesso|weggelaten|utelämnad|utelatt|udeladt|pominięto|atlandı"
)
_IOS_MESSAGE = re.compile(
    rf"(?:^|\s)(?:{_OMITTED})$|^<[^<>]{{1,40}}:\s*[^<>]+>$|^location: |"
    r"message was deleted|deleted this message|was edited",
    re.IGNORECASE,
)
_CALL = re.compile(r"^(?:missed )?(?:voice|video|group voice|group video) call\b", re.IGNORECASE)
#: Notices that older iPhone exports wrote without the U+200E mark, as the chat's name.
_NOTICE = re.compile(
    r"^(?:Messages (?:and calls )?(?:to this (?:chat|group) )?(?:and calls )?are (?:now )?"
    r"(?:secured with )?end-to-end encrypt|Your security code with .{1,80} changed|"
    r".{1,80} changed (?:their|the) phone number)",
)
#: Android system lines that happen to hold ": " (a subject in quotes, for example).
_SYSTEM_SENDER = re.compile(
    r"[\"“”„«»]| (?:changed|created|added|removed|joined|pinned|turned|deleted|reset|"
    r"updated|left|started|ended|invited|made|set|allowed|blocked|unblocked) "
)
#: System lines that only happen in groups.
_GROUP_EVENT = re.compile(
    r"created group|changed the subject|changed this group|changed the group|"
    r"joined using this group|\badded\b|\bremoved\b|\bleft$|group's settings",
    re.IGNORECASE,
)
_PHONE = re.compile(r"^\(?\+?[\d\s\-().]{6,}$")
#: The chat's name in the export's file name, in the apps' languages.
_TITLE = re.compile(
    r"whatsapp[\w\s-]*?(?:\s(?:with|mit|con|com|avec|met|med|z|ze|ile|с|so)\s|\s[-–]\s)"
    r"(?P<title>.+)$",
    re.IGNORECASE,
)


def _title(name: str) -> str | None:
    """The chat's name from a file name such as ``WhatsApp Chat with Ada Obi.txt``."""
    stem = PurePosixPath(name).name
    stem = re.sub(r"\.(txt|zip)$", "", stem, flags=re.IGNORECASE)
    stem = re.sub(r"\s*\(\d+\)$", "", stem).translate(_NO_MARKS).strip()
    match = _TITLE.search(stem)
    return match.group("title").strip() or None if match else None


@functools.lru_cache(maxsize=65536)
def _clean(name: str) -> str:
    return " ".join(name.translate(_NO_MARKS).replace("\u00a0", " ").split()).lstrip("~ ")


@functools.lru_cache(maxsize=65536)
def phone_key(text: object) -> str | None:
    """A phone number in one comparable form, ``+<country code and digits>``.

    WhatsApp shows numbers in international form (``+44 7700 900123``, wrapped in
    direction marks); address books also write ``0044 ...`` or ``(+44) ...``. A national
    number (``07700 900123``) cannot be compared without knowing the country, so it gives
    ``None``, as does anything that is not a phone number.

    >>> phone_key("\u202a+44 7700 900123\u202c"), phone_key("0044 (0)7700-900123")
    ('+447700900123', '+447700900123')
    >>> phone_key("07700 900123"), phone_key("Ada Obi")
    (None, None)
    """
    if not isinstance(text, str):
        return None
    text = text.translate(_NO_MARKS).strip()
    if not _PHONE.match(text):
        return None
    text = text.replace("(0)", "")
    digits = re.sub(r"\D", "", text)
    if not text.lstrip("(").startswith("+"):
        if not digits.startswith("00"):
            return None
        digits = digits[2:]
    return "+" + digits if 7 <= len(digits) <= 15 else None


def person_key(name: str) -> str:
    """The ``contact_id`` of someone a chat shows as ``name`` (a name or a phone number)."""
    name = _clean(name)
    phone = phone_key(name)
    return f"whatsapp:{phone}" if phone else f"whatsapp:{slugify(name)}"


@functools.lru_cache(maxsize=65536)
def _match_key(name: str) -> str:
    """What two spellings of one person have in common (for owner and title matching)."""
    name = _clean(name)
    return phone_key(name) or name.casefold()


@dataclass
class Chat:
    """One exported chat, parsed."""

    entry: Entry
    title: str | None
    senders: list[str] = field(default_factory=list)  # per message, cleaned
    notes: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    seconds: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    group_events: bool = False
    notices: list[str] = field(default_factory=list)  # system lines, for guessing the owner
    owner: set[str] | None = None  # match keys of the owner's names
    guessed: bool = False

    @property
    def label(self) -> str:
        """The file as the participant knows it (the zip, and the chat inside it)."""
        if self.entry.member is None:
            return self.entry.path.name
        return f"{self.entry.path.name} ({self.entry.member})"


def _chat_title(entry: Entry) -> str | None:
    return _title(entry.name) or (_title(entry.path.name) if entry.member is not None else None)


def is_chat_zip(entry: Entry) -> bool:
    """True when ``entry`` is the chat of a zip WhatsApp made (its other files were sent
    in the chat), not a chat someone put into a zip of their exports."""
    if entry.member is None or "/" in entry.member.strip("/"):
        return False
    return entry.member == "_chat.txt" or _title(entry.path.name) is not None


def looks_like_chat(text: str) -> bool:
    """True when the first non-empty line of ``text`` starts like a WhatsApp message.

    >>> looks_like_chat("12/31/24, 9:41\\u202fPM - Ada Obi: Happy new year!")
    True
    >>> looks_like_chat("date,name\\n12/31/24,Ada")
    False
    """
    for line in text[:4096].lstrip("\ufeff").splitlines()[:5]:
        if line.strip():
            return HEADER.match(line) is not None
    return False


#: The parts of a message's date and time, as :data:`HEADER` names them.
_STAMP = ("a", "sep", "b", "c", "h", "m", "s", "ap", "pre")
#: Words before the time that say morning or afternoon (Japanese, Korean, Chinese phones).
_BEFORE_NOON = {"午前", "오전", "上午", "早上", "凌晨"}
_AFTER_NOON = {"午後", "오후", "下午", "晚上", "中午"}


def _numbers(values: list[str]) -> np.ndarray:
    return np.fromiter(map(int, values), dtype=np.int64, count=len(values))


def _days(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Days since 1970 and a validity mask, for arrays of calendar dates."""
    ok = (month >= 1) & (month <= 12) & (day >= 1) & (year >= _YEARS[0]) & (year <= _YEARS[1])
    m = np.where(ok, month, 1)
    y = np.where(ok, year, 2000)
    first = (y - 1970) * 12 + (m - 1)
    start = first.astype("datetime64[M]").astype("datetime64[D]")
    length = ((first + 1).astype("datetime64[M]").astype("datetime64[D]") - start).astype(int)
    ok &= day <= length
    return start.astype(np.int64) + np.where(ok, day, 1) - 1, ok


def _order(
    a: np.ndarray, b: np.ndarray, c: np.ndarray, minutes: np.ndarray, hints: tuple[str, bool]
) -> tuple[np.ndarray, np.ndarray, str]:
    """Days since 1970, validity, and the order (``ymd``, ``dmy``, ``mdy``) of the dates."""
    sep, twelve_hour = hints
    if np.mean(a >= 1000) > 0.5:
        days, ok = _days(a, b, c)
        return days, ok, "ymd"
    year = np.where(c < 100, c + 2000, c)
    readings = []
    for name, month, day in (("dmy", b, a), ("mdy", a, b)):
        days, ok = _days(year, month, day)
        order_key = days[ok] * 1440 + minutes[ok]
        backwards = int(np.count_nonzero(np.diff(order_key) < 0))
        usual = name == ("mdy" if sep == "/" and twelve_hour else "dmy")
        readings.append((int(np.count_nonzero(~ok)), backwards, not usual, name, days, ok))
    _, _, _, name, days, ok = min(readings, key=lambda r: r[:3])
    return days, ok, name


def _utc_seconds(local: np.ndarray) -> np.ndarray:
    """Wall-clock seconds (as if UTC) read in the computer's time zone, to true UTC."""
    hours = local // 3600
    unique, inverse = np.unique(hours, return_inverse=True)
    offsets = np.empty(len(unique), dtype=np.int64)
    for k, hour in enumerate(unique.tolist()):
        wall = hour * 3600
        offsets[k] = wall - int(time.mktime((*time.gmtime(wall)[:8], -1)))
    return local - offsets[inverse]


def read_chat(entry: Entry) -> Chat:
    """Parse one chat export into messages (system lines left out)."""
    text = decode_bytes(entry.read(), entry).lstrip("\ufeff")
    if not text.strip():
        raise entry.error("the file is empty", _ADVICE)
    chat = Chat(entry, _chat_title(entry))
    matches = list(HEADER.finditer(text))
    if not matches or not looks_like_chat(text):
        first = next((ln for ln in text.splitlines() if ln.strip()), "")[:60]
        raise entry.error(
            "this is not a WhatsApp chat export: its lines should start with a date and "
            f"time such as '31/12/2024, 21:41 - ', but it begins with '{first}'",
            _ADVICE,
        )
    ends = [m.start() for m in matches[1:]] + [len(text)]
    keep: list[int] = []
    stamps: list[tuple] = []
    senders, notes, kinds = chat.senders, chat.notes, chat.kinds
    ios_names: Counter[str] = Counter()
    for k, (match, end) in enumerate(zip(matches, ends, strict=True)):
        rest = text[match.end() : end].rstrip("\r\n")
        line_end = rest.find("\n")
        colon = rest.find(": ", 0, line_end if line_end >= 0 else len(rest))
        ios = match.group("open") is not None
        sender = rest[:colon] if colon > 0 else ""
        body = rest[colon + 2 :] if colon > 0 else rest
        kind = "message"
        if not sender:
            if _GROUP_EVENT.search(rest[:200]):
                chat.group_events = True
            _notice(chat, rest)
            continue
        if ios and body.startswith(("\u200e", "\u200f")):
            plain = body.translate(_NO_MARKS).strip()
            if _CALL.match(plain):
                kind = "call"
            elif not _IOS_MESSAGE.search(plain):
                ios_names[_clean(sender)] += 1  # a system line: the chat's name as sender
                chat.group_events = chat.group_events or bool(_GROUP_EVENT.search(plain))
                _notice(chat, plain)
                continue
        elif ios and _NOTICE.match(body):
            ios_names[_clean(sender)] += 1
            continue
        elif not ios and (len(sender) > 80 or _SYSTEM_SENDER.search(sender)):
            chat.group_events = chat.group_events or bool(_GROUP_EVENT.search(rest[:200]))
            _notice(chat, rest)
            continue
        keep.append(k)
        senders.append(_clean(sender))
        notes.append(body.translate(_NO_MARKS).replace("\r\n", "\n").strip())
        kinds.append(kind)
        stamps.append(match.group(*_STAMP))
    if chat.title is None and ios_names:
        chat.title = ios_names.most_common(1)[0][0]
    if not keep:
        return chat
    check_field_lengths(notes, entry, "message")
    parts = dict(zip(_STAMP, map(list, zip(*stamps, strict=True)), strict=True))
    chat.seconds, ok = _timestamps(parts, Counter(parts["sep"]).most_common(1)[0][0])
    if not ok.all():
        bad = int(np.count_nonzero(~ok))
        warnings.warn(
            f"{chat.label}: left out {bad} of {len(ok)} messages whose date could not be "
            "read (the file may mix date formats, or was edited)",
            stacklevel=3,
        )
        chat.senders = [v for v, good in zip(senders, ok, strict=True) if good]
        chat.notes = [v for v, good in zip(notes, ok, strict=True) if good]
        chat.kinds = [v for v, good in zip(kinds, ok, strict=True) if good]
        chat.seconds = chat.seconds[ok]
    return chat


#: System lines kept per chat to tell who is not the owner (they name others, "you" the owner).
_NOTICES_KEPT = 500


def _notice(chat: Chat, text: str) -> None:
    if len(chat.notices) < _NOTICES_KEPT:
        chat.notices.append(_clean(text[:300]).casefold())


def _timestamps(parts: dict[str, list[str]], sep: str) -> tuple[np.ndarray, np.ndarray]:
    """UTC epoch seconds of every message, and which ones could be read."""
    a, b, c = _numbers(parts["a"]), _numbers(parts["b"]), _numbers(parts["c"])
    hour, minute = _numbers(parts["h"]), _numbers(parts["m"])
    second = np.fromiter((int(s) if s else 0 for s in parts["s"]), np.int64, len(hour))
    ap = [
        a or (p if p in _BEFORE_NOON or p in _AFTER_NOON else "")
        for a, p in zip(parts["ap"], parts["pre"], strict=True)
    ]
    pm = np.fromiter(
        (s[:1] in "pP" or s in _AFTER_NOON if s else False for s in ap), bool, len(hour)
    )
    twelve = np.fromiter((bool(s) for s in ap), bool, len(hour))
    hour = np.where(twelve, hour % 12 + np.where(pm, 12, 0), hour)
    minutes = hour * 60 + minute
    days, ok, _ = _order(a, b, c, minutes, (sep, bool(twelve.mean() > 0.5)))
    ok &= (hour < 24) & (minute < 60) & (second < 60)
    local = days * 86400 + minutes * 60 + second
    return _utc_seconds(local), ok


# --- who is who -------------------------------------------------------------------------


def _owner_keys(owner: str | Iterable[str] | None) -> set[str] | None:
    if owner is None:
        return None
    names = [owner] if isinstance(owner, str) else list(owner)
    # an email address in owner= is for mailboxes loaded alongside, not for chats
    return {_match_key(str(n)) for n in names if str(n).strip() and "@" not in str(n)} or None


def _is_group(chat: Chat, keys: Counter[str]) -> bool:
    title = _match_key(chat.title) if chat.title else None
    return (
        chat.group_events
        or len(keys) > 2
        or (title is not None and title not in keys and len(keys) >= 2)
    )


def decide_owners(chats: list[Chat], owner: str | Iterable[str] | None) -> None:
    """Set each chat's owner: named, from a one-to-one chat's title, shared, or guessed."""
    given = _owner_keys(owner)
    undecided = []
    for chat in chats:
        keys = Counter(_match_key(s) for s in chat.senders)
        if given is not None:
            chat.owner = given
            present = given & set(keys)
            if keys and not present:
                warnings.warn(
                    f"{chat.label}: '{owner}' wrote nothing in this chat, so all "
                    f"{len(chat.senders)} messages are read as written to you. If that is "
                    "not right, give owner= your name exactly as the chat shows it.",
                    stacklevel=3,
                )
            continue
        title = _match_key(chat.title) if chat.title else None
        others = [k for k in keys if k != title]
        if title is not None and not _is_group(chat, keys) and len(others) <= 1:
            chat.owner = set(others)
        else:
            undecided.append((chat, keys))
    known = set().union(*(c.owner for c in chats if c.owner)) if chats else set()
    # The owner is in every chat: a sender found in more undecided chats than anyone else.
    in_chats: Counter[str] = Counter(k for _, keys in undecided for k in keys)
    ranked = in_chats.most_common(2)
    shared = (
        ranked[0][0]
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1])
        else None
    )
    for chat, keys in undecided:
        if known & set(keys):
            chat.owner = known & set(keys)
            continue
        if shared is not None and shared in keys:
            chat.owner = {shared}
            continue
        if not keys:
            chat.owner = set()
            continue
        top, count = _likely_owner(chat, keys)
        chat.owner, chat.guessed = {top}, True
        shown = next(s for s in chat.senders if _match_key(s) == top)
        why = (
            "this is a group chat, and the export does not say which member is you"
            if _is_group(chat, keys)
            else "the file name does not say who the chat is with, so the export does not "
            "say which sender is you"
        )
        warnings.warn(
            f"{chat.label}: {why}; the workshop took {shown} ({count:,} of "
            f"{len(chat.senders):,} messages) to be you. If that is not you, load it again "
            'with owner="your name as the chat shows it".',
            stacklevel=3,
        )


def _likely_owner(chat: Chat, keys: Counter[str]) -> tuple[str, int]:
    """The sender most likely the owner, with their number of messages.

    System lines call the owner "you" and name everyone else, and the phone shows its
    owner by name, never by number: a named sender the system lines never name is
    preferred, and among those the one who wrote most.
    """
    notices = "\n".join(chat.notices)
    unnamed = Counter({k: n for k, n in keys.items() if k not in notices})
    named = Counter({k: n for k, n in (unnamed or keys).items() if not k.startswith("+")})
    return (named or unnamed or keys).most_common(1)[0]


class _Ids:
    """contact_ids for the people of all chats; two names with one slug get ``-2``."""

    def __init__(self) -> None:
        self.by_key: dict[str, str] = {}
        self.taken: set[str] = set()
        self.rows: dict[str, tuple[str | None, str | None]] = {}

    def __call__(self, name: str) -> str:
        key = _match_key(name)
        cid = self.by_key.get(key)
        if cid is None:
            base = cid = person_key(name)
            n = 1
            while cid in self.taken:
                n += 1
                cid = f"{base}-{n}"
            self.taken.add(cid)
            self.by_key[key] = cid
            phone = phone_key(_clean(name))
            self.rows[cid] = (None if phone else _clean(name), phone)
        return cid


def _chats(found: dict[str, list[Entry]], owner) -> tuple[list[Chat], _Ids]:
    chats = [read_chat(entry) for entry in found.get("chat", [])]
    decide_owners(chats, owner)
    ids = _Ids()
    for chat in chats:  # ids in order of first appearance, the other party first
        title = chat.title
        one_to_one = title and not _is_group(chat, Counter(map(_match_key, chat.senders)))
        if one_to_one and _match_key(title) not in chat.owner:
            ids(title)
        for sender in chat.senders:
            if _match_key(sender) not in chat.owner:
                ids(sender)
    return chats, ids


def load_contacts(found: dict[str, list[Entry]], owner=None) -> list[pd.DataFrame]:
    """The people of the chats (the owner left out): by name, or by phone number."""
    _, ids = _chats(found, owner)
    cids = list(ids.rows)
    names = [ids.rows[c][0] for c in cids]
    phones = [ids.rows[c][1] for c in cids]
    frame = build_frame(
        "whatsapp",
        unique=True,
        contact_id=cids,
        name=names,
        extra={"phone": string_array(phones, len(cids))},
    )
    return [frame]


def load_interactions(found: dict[str, list[Entry]], owner=None) -> pd.DataFrame:
    """Every message: ``in`` from its sender, ``out`` from the owner to each other member."""
    chats, ids = _chats(found, owner)
    frames = []
    for chat in chats:
        if not chat.senders:
            continue
        keys = [_match_key(s) for s in chat.senders]
        mine = np.fromiter((k in chat.owner for k in keys), bool, len(keys))
        group = _is_group(chat, Counter(keys))
        members = list(
            dict.fromkeys(ids(s) for s, m in zip(chat.senders, mine, strict=True) if not m)
        )
        if not group and chat.title and _match_key(chat.title) not in chat.owner:
            members = [ids(chat.title)]
        sender_ids = [None if m else ids(s) for s, m in zip(chat.senders, mine, strict=True)]
        reps = np.where(mine, len(members), 1)
        take = np.repeat(np.arange(len(keys)), reps)
        fan = np.arange(len(take)) - np.repeat(np.cumsum(reps) - reps, reps)
        cids = [
            members[j] if mine[i] else sender_ids[i]
            for i, j in zip(take.tolist(), fan.tolist(), strict=True)
        ]
        stamps = pd.DatetimeIndex(pd.to_datetime(chat.seconds[take], unit="s", utc=True))
        frames.append(
            build_interactions(
                cids,
                stamps,
                np.where(mine[take], "out", "in").tolist(),
                [chat.kinds[i] for i in take.tolist()],
                [chat.notes[i] for i in take.tolist()],
            )
        )
    if not frames:
        return empty_interactions()
    if len(frames) == 1:
        return frames[0]
    result = pd.concat(_without_repeats(frames), ignore_index=True)
    return result.sort_values("timestamp", kind="stable").reset_index(drop=True)


def _without_repeats(frames: list[pd.DataFrame]) -> list[pd.DataFrame]:
    """Leave out messages an earlier file already holds: one chat exported twice
    ("WhatsApp Chat with Ada Obi.txt" and "... (1).txt", a month apart) counts once.
    Repeats within one file (two "ok" in one minute) are kept."""
    columns = ["contact_id", "timestamp", "direction", "note"]
    seen: set[tuple] = set()
    kept = []
    for frame in frames:
        rows = list(zip(*(frame[c].tolist() for c in columns), strict=True))
        if seen:
            frame = frame[[row not in seen for row in rows]]
        seen.update(rows)
        kept.append(frame)
    return kept
