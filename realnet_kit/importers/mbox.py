"""Mailboxes: an ``mbox`` from Gmail Takeout or Thunderbird, or one saved ``.eml`` message.

An mbox is every message of a folder one after the other, each starting with a
``From `` line (``From 1791...@xxx Thu Dec 05 10:00:00 +0000 2024`` in Gmail Takeout's
``All mail Including Spam and Trash.mbox``, ``From - Thu Dec 05 10:00:00 2024`` in
Thunderbird's ``Inbox`` and ``Sent`` files, Apple Mail's ``Sent Messages.mbox/mbox``).
The file streams in 8 MB chunks (from disk or from the Takeout zip, never all in memory)
and is cut at those lines. Addresses, names, subjects and dates are read with the
standard library's :mod:`email` package (:func:`~email.utils.getaddresses`, encoded words
such as ``=?UTF-8?B?...?=``, :func:`~email.utils.parsedate_to_datetime`); only the start
of each body is decoded (quoted-printable or base64, in its charset), its MIME parts split
at their boundaries, which is four times faster than the full parser on real mail. Gmail's
older Takeouts, one file per label, hold a message several times: each ``Message-ID``
counts once.

The owner is whoever the mailbox belongs to: the ``owner`` address(es) given, else the
senders of the messages Gmail labels "Sent", else the address found on the most
messages (as sender or recipient; a newsletter's sender is on its own messages only,
the owner on nearly all). A message from the owner is ``out`` to each recipient (To,
Cc, Bcc); any other is ``in`` from its sender. Left out, as they are not people talking:
spam and drafts (Gmail labels, Thunderbird's ``Junk``/``Drafts`` files), messages
Thunderbird deleted but kept in the file, mailing-list and bulk mail (``List-Id``,
``List-Unsubscribe``, ``Precedence: bulk``, ``Auto-Submitted``) and no-reply senders.

``contact_id`` is ``email:<address>`` (lowercased); contact rows carry the address in
``email`` and the display name seen most often in ``name``. The note of an interaction is
the subject, with the start of the message's own text after it (quoted replies left out).

>>> looks_like_mailbox("inbox", "From - Thu Dec 05 10:00:00 2024\\nX-Mozilla-Status: 0001\\n")
True
>>> _decode_words("=?UTF-8?B?SW7DqnMgQ2FydmFsaG8=?=")
'Inês Carvalho'
"""

from __future__ import annotations

import binascii
import contextlib
import csv
import functools
import html
import re
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC
from email.errors import MessageError
from email.header import decode_header, make_header
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import PurePosixPath

import numpy as np
import pandas as pd

from realnet_kit.importers._combine import build_interactions, empty_interactions
from realnet_kit.importers._frame import build_frame
from realnet_kit.importers.archive import PROGRESS_FROM_BYTES, Entry, progress_bar

_ADVICE = (
    "Export the mailbox again (Gmail: Google Takeout with 'Mail' selected, which gives an "
    ".mbox file; Thunderbird: the folder's file in your profile, or ImportExportTools NG's "
    "'Export folder' as mbox) and load that file without editing it."
)

_HEADER_LINE = re.compile(rb"^[!-9;-~]+:")
_TEXT_FROM = re.compile(r"^From \S+ .*\d{1,2}:\d{2}")
_TEXT_HEADER = re.compile(r"^[!-9;-~]+:")
#: Bytes of a message's body kept to find the start of its text.
BODY_BYTES = 8_000
#: Characters of a message's own text kept in the note after the subject.
SNIPPET_CHARS = 160
#: Gmail labels (several languages) of messages the owner sent, and of those left out.
SENT_LABELS = {"sent", "gesendet", "enviados", "envoyés", "inviati", "verzonden", "enviadas"}
SKIP_LABELS = {"spam", "drafts", "draft", "entwürfe", "borradores", "brouillons", "bozze"}
#: Thunderbird and Apple Mail folder files of sent messages (their messages are the owner's).
SENT_FOLDERS = {
    "sent",
    "sent messages",
    "sent items",
    "sent mail",
    "gesendet",
    "gesendete objekte",
    "enviados",
    "éléments envoyés",
    "envoyés",
    "posta inviata",
    "verzonden items",
}
#: Thunderbird folder files whose messages were never exchanged with anyone.
SKIP_FOLDERS = {"drafts", "templates", "junk", "spam", "outbox", "unsent messages"}
_NO_REPLY = re.compile(
    r"^(?:no-?reply|do-?not-?reply|mailer-daemon|postmaster|bounces?|notifications?)\b",
    re.IGNORECASE,
)
_BULK_PRECEDENCE = {"bulk", "list", "junk"}
_QUOTE_START = re.compile(
    r"^(?:On .{4,200} wrote:|Am .{4,200} schrieb .*:|Le .{4,200} a écrit\s*:|"
    r"El .{4,200} escribió:|-{2,} ?Original Message ?-{2,}|-- ?$|_{8,})",
    re.IGNORECASE,
)
_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.IGNORECASE | re.DOTALL)


def looks_like_mailbox(base: str, text: str) -> bool:
    """True for the start of an mbox (a ``From `` line, then headers) or of an ``.eml``."""
    lines = text.lstrip("\ufeff").split("\n", 3)
    if len(lines) >= 2 and _TEXT_FROM.match(lines[0]) and _TEXT_HEADER.match(lines[1]):
        return True
    if base.endswith(".eml") and _TEXT_HEADER.match(lines[0]):
        return bool(re.search(r"^(from|date|subject|message-id):", text[:16000], re.I | re.M))
    return False


def _decode_words(text: str) -> str:
    """A header value with its encoded words (RFC 2047) decoded; bad ones left as they are."""
    text = _fix_raw(text)
    if "=?" not in text:
        return " ".join(text.split())
    try:
        return " ".join(str(make_header(decode_header(text))).split())
    except (ValueError, LookupError, UnicodeError, AssertionError, MessageError):
        return " ".join(text.split())


def _fix_raw(text: str) -> str:
    """Raw 8-bit header bytes (UTF-8, else Latin-1) that the parser kept as escapes."""
    if text.isascii() or not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


@dataclass
class Mail:
    """One message, as far as the workshop needs it."""

    sender: str  # lowercased address, "" when none
    sender_name: str
    recipients: list[tuple[str, str]]
    seconds: float  # UTC epoch seconds, NaN when unknown
    note: str
    sent_label: bool
    skip: bool
    delivered_to: list[str]
    message_id: str = ""


def _addresses(values: Iterable[str]) -> list[tuple[str, str]]:
    """(lowercased address, decoded display name) of every address in header values."""
    return [pair for value in values if value for pair in _parse_addresses(value)]


@functools.lru_cache(maxsize=32768)
def _parse_addresses(value: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for name, address in getaddresses([_fix_raw(value)]):
        address = address.strip().strip("<>").lower()
        if "@" not in address:
            continue
        name = _decode_words(name).strip().strip("'\"").strip()
        pairs.append((address, "" if name.lower() == address else name))
    return tuple(pairs)


def _seconds(date: str | None, from_line: bytes) -> float:
    for text in (date, from_line.decode("latin-1").split(" ", 2)[-1] if from_line else None):
        if not text:
            continue
        try:
            stamp = parsedate_to_datetime(_fix_raw(str(text)).strip())
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
        if stamp.tzinfo is None:  # "-0000" or no zone: UTC, as mail programs mean it
            stamp = stamp.replace(tzinfo=UTC)
        return stamp.timestamp()
    return float("nan")


def _labels(value: str | None) -> set[str]:
    if not value:
        return set()
    try:
        return {label.strip().lower() for label in next(csv.reader([_fix_raw(str(value))]))}
    except (csv.Error, StopIteration):
        return set()


class _Fields:
    """A message's header fields as raw text (8-bit bytes kept as escapes for :func:`_fix_raw`).

    Header lines are split as RFC 5322 writes them (folded lines joined); their values
    are then read with the standard library (:func:`email.utils.getaddresses`,
    :mod:`email.header`, :func:`email.utils.parsedate_to_datetime`). Unlike the
    ``compat32`` parser, which turns a header of raw UTF-8 into replacement characters,
    this keeps the bytes.
    """

    _UNFOLD = re.compile(r"\r?\n(?=[ \t])")

    def __init__(self, head: bytes) -> None:
        self.values: dict[str, list[str]] = defaultdict(list)
        text = self._UNFOLD.sub("", head.decode("ascii", "surrogateescape"))
        for line in text.split("\n"):
            name, colon, value = line.partition(":")
            if colon and name and not name[0].isspace():
                self.values[name.strip().lower()].append(value.strip())

    def get(self, name: str, default: str | None = None) -> str | None:
        found = self.values.get(name)
        return found[0] if found else default

    def get_all(self, name: str, default: list | None = None) -> list[str]:
        return list(self.values.get(name, default or []))


def _bulk(headers) -> bool:
    if headers.get("list-id") or headers.get("list-unsubscribe"):
        return True
    if str(headers.get("precedence", "")).strip().lower() in _BULK_PRECEDENCE:
        return True
    auto = str(headers.get("auto-submitted", "")).strip().lower()
    return bool(auto) and auto != "no"


def _expunged(headers) -> bool:
    """Thunderbird keeps deleted messages in the file until compacting, flagged 0x0008."""
    status = str(headers.get("x-mozilla-status", "")).strip()
    try:
        return bool(int(status, 16) & 0x0008) if status else False
    except ValueError:
        return False


_MIME_BOUNDARY = re.compile(r'boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))', re.IGNORECASE)
_CHARSET = re.compile(r'charset\s*=\s*"?([\w.:-]+)', re.IGNORECASE)


def _payload(body: bytes, encoding: str) -> bytes:
    """A single part's body undone from its transfer encoding (base64, quoted-printable)."""
    encoding = encoding.strip().lower()
    if encoding == "base64":
        data = b"".join(body.split())
        return binascii.a2b_base64(data[: len(data) // 4 * 4])
    if encoding == "quoted-printable":
        return binascii.a2b_qp(body)
    return body


def _decoded(headers, body: bytes) -> str:
    """A text part's body as text: transfer encoding undone, then its charset."""
    ctype = headers.get("content-type") or "text/plain"
    payload = _payload(body, headers.get("content-transfer-encoding") or "")
    found = _CHARSET.search(ctype)
    charset = found.group(1) if found else "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


def _texts(headers, body: bytes, depth: int = 0) -> tuple[str, str]:
    """The first plain text and the first HTML text of a message or MIME part.

    Multipart bodies are split at their boundary lines (RFC 2046) and each part read
    the same way; attachments are passed over.
    """
    ctype = headers.get("content-type") or "text/plain"
    kind = ctype.split(";", 1)[0].strip().lower()
    if kind.startswith("multipart/"):
        found = _MIME_BOUNDARY.search(ctype)
        if not found or depth > 4:
            return "", ""
        delimiter = b"--" + (found.group(1) or found.group(2)).encode("ascii", "surrogateescape")
        html_text = ""
        for chunk in body.split(delimiter)[1:]:
            if chunk.startswith(b"--"):
                break  # the closing delimiter
            chunk = chunk.split(b"\n", 1)[1] if b"\n" in chunk else b""
            head, _, part = _head_and_body(chunk)
            plain, html_part = _texts(_Fields(head), part, depth + 1)
            if plain:
                return plain, ""
            html_text = html_text or html_part
        return "", html_text
    if (headers.get("content-disposition") or "").lower().startswith("attachment"):
        return "", ""
    if kind in ("text/plain", "text"):
        return _decoded(headers, body), ""
    if kind == "text/html":
        return "", html.unescape(_TAGS.sub(" ", _decoded(headers, body)))
    return "", ""


def _head_and_body(data: bytes, limit: int | None = None) -> tuple[bytes, bool, bytes]:
    """Split at the first empty line: (header block, whether one was found, body), the
    body cut to ``limit`` bytes."""
    if data.startswith((b"\n", b"\r\n")):
        start = 1 if data.startswith(b"\n") else 2
        return b"", True, data[start : None if limit is None else start + limit]
    ends = [k for k in (data.find(b"\n\n"), data.find(b"\n\r\n")) if k >= 0]
    if not ends:
        return data, False, b""
    end = min(ends)
    start = end + (2 if data[end : end + 2] == b"\n\n" else 3)
    return data[: end + 1], True, data[start : None if limit is None else start + limit]


def _snippet(headers, body: bytes) -> str:
    """The start of the message's own text: plain text first, else HTML without tags."""
    try:
        plain, html_text = _texts(headers, body)
    except (ValueError, binascii.Error, LookupError, UnicodeError):
        return ""
    return _first_words(plain or html_text)


def _first_words(text: str) -> str:
    """The message's own first words: quoted replies and signatures left out."""
    kept = []
    for line in text.splitlines():
        stripped = line.strip()
        if _QUOTE_START.match(stripped):
            break
        if stripped.startswith(">"):
            continue
        kept.append(stripped)
        if sum(map(len, kept)) > SNIPPET_CHARS:
            break
    words = " ".join(" ".join(kept).split())
    return words if len(words) <= SNIPPET_CHARS else words[: SNIPPET_CHARS - 1].rstrip() + "…"


def _note(subject: str, snippet: str) -> str:
    if subject and snippet:
        return f"{subject} — {snippet}"
    return subject or snippet


@dataclass
class _Raw:
    """One message as bytes: its ``From`` line, header block and the start of its body."""

    from_line: bytes
    head: bytes
    body: bytes
    line: int


#: A message starts with a ``From`` line holding a time, followed by a header line.
_SEPARATOR = re.compile(rb"From \S+ [^\r\n]*\d{1,2}:\d{2}[^\r\n]*\r?\n[!-9;-~]+:")
#: Bytes read from the file at a time.
_CHUNK = 8 * 1024**2
_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))', re.IGNORECASE)


def _split(message: bytes, line: int) -> tuple[_Raw, bool]:
    """The parts of one message, and whether its header block was complete."""
    from_line = b""
    if message.startswith(b"From "):
        cut = message.find(b"\n") + 1
        from_line, message = message[:cut], message[cut:]
    head, headed, body = _head_and_body(message, BODY_BYTES)
    if not headed:
        return _Raw(from_line, message, b"", line), False
    if b">From " in body:  # mbox writers escape body lines starting "From "
        body = re.sub(rb"(?m)^>(>*From )", rb"\1", body)
    return _Raw(from_line, head, body, line), True


def _stream(entry: Entry) -> Iterator[_Raw]:
    """Each message of the file, read in large chunks; refuses a file that was cut off."""
    if b"\x00" in entry.head(4096):
        raise entry.error("the file holds binary data, not the text of a mailbox", _ADVICE)
    eml = entry.name.lower().endswith(".eml")
    show = entry.size >= PROGRESS_FROM_BYTES
    bar = progress_bar(total=entry.size, desc=f"Reading {entry.basename}") if show else None
    with contextlib.ExitStack() as stack, entry._opened() as handle:
        if bar is not None:
            stack.callback(bar.close)
        buf, start, line, begun, eof = b"", 0, 1, False, False
        while not eof:
            chunk = handle.read(_CHUNK)
            eof = not chunk
            if bar is not None:
                bar.update(len(chunk))
            buf = buf[start:] + chunk
            start = 0
            if not begun:
                lead = len(buf) - len(buf.lstrip(b"\r\n\t "))
                if len(buf) - lead < 1024 and not eof:
                    continue
                first = buf[lead:]
                if not (_SEPARATOR.match(first) or (eml and _HEADER_LINE.match(first))):
                    shown = first[: first.find(b"\n")] if b"\n" in first else first
                    if not first.strip():
                        raise entry.error("there is no message in this file", _ADVICE)
                    number = buf[:lead].count(b"\n") + 1
                    raise entry.error(
                        "this is not a mailbox: an mbox file starts with a line 'From ...' "
                        f"followed by the message's headers, but line {number} reads "
                        f"'{shown[:60].decode('utf-8', 'replace').strip()}'",
                        _ADVICE,
                    )
                line += buf[:lead].count(b"\n")
                start, begun = lead, True
            limit = len(buf) if eof else len(buf) - 1024  # room for the next header line
            pos = start + 1
            while True:
                k = buf.find(b"\nFrom ", pos, limit)
                if k < 0:
                    break
                if _SEPARATOR.match(buf, k + 1):
                    message = buf[start : k + 1]
                    yield _split(message, line)[0]
                    line += message.count(b"\n")
                    start = k + 1
                pos = k + 1
        last = buf[start:]
        raw, headed = _split(last, line)
        boundary = _BOUNDARY.search(raw.head) if b"multipart/" in raw.head.lower() else None
        closing = b"--" + (boundary.group(1) or boundary.group(2)) + b"--" if boundary else None
        if not headed or not last.endswith(b"\n") or (closing and closing not in last):
            fields = _Fields(raw.head)
            who = _decode_words(str(fields.get("from", "") or "an unknown sender"))
            raise entry.error(
                f"the mailbox ends in the middle of a message (the one starting at line "
                f"{line:,}, from {who}): the file was cut off while it was "
                "downloaded or copied",
                "Download the Takeout archive again (or copy the mailbox file again from "
                "Thunderbird) and load the complete file.",
            )
        yield raw


def _folder(name: str) -> str:
    """The mail folder a file holds: ``Sent.mbox``, Thunderbird's ``Sent``, or Apple
    Mail's ``Sent Messages.mbox/mbox``.

    >>> _folder("Mail/Sent Messages.mbox/mbox"), _folder("Takeout/Mail/Sent.mbox")
    ('sent messages', 'sent')
    """
    path = PurePosixPath(name.lower())
    if path.name in ("mbox", "mbox.mbox") and len(path.parts) > 1:
        path = path.parent
    return path.name.removesuffix(".mbox").removesuffix(".mbx").removesuffix(".sbd")


def read_mailbox(entry: Entry) -> list[Mail]:
    """Every message of one mbox (or ``.eml``) file."""
    folder = _folder(entry.member if entry.member is not None else entry.path.as_posix())
    skip_folder = folder in SKIP_FOLDERS
    sent_folder = folder in SENT_FOLDERS
    mails = []
    for raw in _stream(entry):
        head = raw.head
        headers = _Fields(head)
        senders = _addresses(headers.get_all("from", []))
        sender, sender_name = senders[0] if senders else ("", "")
        labels = _labels(headers.get("x-gmail-labels"))
        recipients = _addresses(
            headers.get_all("to", []) + headers.get_all("cc", []) + headers.get_all("bcc", [])
        )
        skip = (
            skip_folder
            or bool(labels & SKIP_LABELS)
            or _expunged(headers)
            or _bulk(headers)
            or not sender
        )
        subject = _decode_words(str(headers.get("subject", "") or ""))
        mails.append(
            Mail(
                sender=sender,
                sender_name=sender_name,
                recipients=list(dict.fromkeys(recipients)),
                seconds=_seconds(headers.get("date"), raw.from_line),
                note="" if skip else _note(subject, _snippet(headers, raw.body)),
                sent_label=sent_folder or bool(labels & SENT_LABELS),
                skip=skip,
                delivered_to=[a for a, _ in _addresses(headers.get_all("delivered-to", []))],
                message_id=(headers.get("message-id") or "").strip(),
            )
        )
    return mails


def _owner_addresses(mails: list[Mail], owner, label: str) -> set[str]:
    if owner is not None:
        wanted = [owner] if isinstance(owner, str) else list(owner)
        addresses = {w.strip().lower() for w in wanted if "@" in str(w)}
        names = {str(w).strip().casefold() for w in wanted if "@" not in str(w)}
        if names:
            addresses |= {m.sender for m in mails if m.sender_name.casefold() in names}
        if not addresses:
            warnings.warn(
                f"{label}: no message is from '{owner}', so every message is read as "
                "written to you. Give owner= your email address as it appears on your mail.",
                stacklevel=4,
            )
        return addresses
    sent = {m.sender for m in mails if m.sent_label and m.sender}
    if sent:
        return sent
    seen: Counter[str] = Counter()
    delivered: Counter[str] = Counter()
    received: Counter[str] = Counter()
    for m in mails:
        seen.update({m.sender, *(a for a, _ in m.recipients), *m.delivered_to} - {""})
        delivered.update(set(m.delivered_to))
        received.update({a for a, _ in m.recipients})
    if not seen:
        return set()
    ranked = sorted(seen, key=lambda a: (seen[a], delivered[a], received[a]), reverse=True)
    top, count = ranked[0], seen[ranked[0]]
    tied = len(ranked) > 1 and (seen[ranked[1]], delivered[ranked[1]], received[ranked[1]]) == (
        count,
        delivered[top],
        received[top],
    )
    if count < len(mails) / 2 or tied:
        warnings.warn(
            f"{label}: the mailbox does not say whose it is; the workshop took {top} "
            f"(on {count:,} of {len(mails):,} messages) to be your address. If that is "
            'not you, load it again with owner="you@example.org".',
            stacklevel=4,
        )
    return {top}


def _unique(mails: list[Mail]) -> list[Mail]:
    """One copy of each message (Gmail's older Takeout gives one file per label)."""
    first: dict[str, int] = {}
    kept: list[Mail] = []
    for mail in mails:
        at = first.get(mail.message_id) if mail.message_id else None
        if at is None:
            first[mail.message_id] = len(kept)
            kept.append(mail)
            continue
        sent = kept[at].sent_label or mail.sent_label
        if kept[at].skip and not mail.skip:  # a copy outside Drafts or Junk counts
            kept[at] = mail
        kept[at].sent_label = sent
    return kept


def _people(found: dict[str, list[Entry]], owner) -> tuple[pd.DataFrame, dict[str, Counter]]:
    """Interactions of all the mailboxes, and the display names seen for each address."""
    entries = found.get("mbox", [])
    mails = _unique([m for entry in entries for m in read_mailbox(entry)])
    label = ", ".join(sorted({e.basename for e in entries}))
    me = _owner_addresses([m for m in mails if not m.skip], owner, label)
    names: dict[str, Counter] = defaultdict(Counter)
    ids, seconds, directions, notes = [], [], [], []
    for m in mails:
        if m.skip or np.isnan(m.seconds):
            continue
        if m.sender in me:
            targets = [(a, n) for a, n in m.recipients if a not in me and not _NO_REPLY.match(a)]
            direction = "out"
        elif _NO_REPLY.match(m.sender):
            continue
        else:
            targets, direction = [(m.sender, m.sender_name)], "in"
        for address, name in targets:
            names[address][name] += 1
            ids.append(f"email:{address}")
            seconds.append(m.seconds)
            directions.append(direction)
            notes.append(m.note)
    if not ids:
        return empty_interactions(), names
    stamps = pd.DatetimeIndex(pd.to_datetime(np.array(seconds), unit="s", utc=True))
    return build_interactions(ids, stamps, directions, "email", notes), names


def load_contacts(found: dict[str, list[Entry]], owner=None) -> list[pd.DataFrame]:
    """The people the owner exchanged mail with: address and most used display name."""
    log, names = _people(found, owner)
    cids = list(dict.fromkeys(log["contact_id"].tolist()))
    addresses = [c.split(":", 1)[1] for c in cids]
    shown = []
    for address in addresses:
        named = [(n, k) for n, k in names[address].most_common() if n]
        shown.append(named[0][0] if named else None)
    return [build_frame("email", unique=True, contact_id=cids, name=shown, email=addresses)]


def load_interactions(found: dict[str, list[Entry]], owner=None) -> pd.DataFrame:
    """Every message: ``in`` from its sender, ``out`` from the owner to each recipient."""
    return _people(found, owner)[0]
