"""Recognise which export a file is, from its content as much as from its name.

:func:`classify` looks at the first few kilobytes of a file (never the whole of it) and
answers a ``(platform, kind)`` pair such as ``("x", "follower")`` or
``("linkedin", "connections")``, or ``None`` for files no loader reads (photos, videos,
the archive's other data).

>>> classify_text("data/follower.js", "window.YTD.follower.part0 = [ {")
('x', 'follower')
>>> classify_text("anything.csv", "Account address,Show boosts,Notify on new posts")
('mastodon', 'following')
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from realnet_kit.importers import mbox, whatsapp
from realnet_kit.importers._text import decode_bytes
from realnet_kit.importers.archive import Entry

#: Extensions worth opening; everything else in an archive (media, fonts) is skipped.
TEXT_SUFFIXES = {".js", ".json", ".csv", ".tsv", ".txt", ".vcf", ".vcard", ".html", ".htm", ""}
TEXT_SUFFIXES |= {".mbox", ".mbx", ".eml"}  # mailboxes (Gmail Takeout, Thunderbird)

_YTD_KINDS = {
    "follower": "follower",
    "following": "following",
    "account": "account",
    "direct_messages": "dm",
    "direct_message": "dm",
    "direct_messages_group": "dm_group",
    "direct_message_group": "dm_group",
    "tweets": "tweets",  # the owner's own posts (``tweet`` in archives before 2022)
    "tweet": "tweets",
}
_YTD = re.compile(r"window\.YTD\.([A-Za-z0-9_]+)\.part\d+")
_OLD_IG = re.compile(r'^\s*\{\s*"(followers|following|close_friends|blocked_users)"\s*:\s*\{')
_OLD_FB_FRIENDS = re.compile(r'^\s*\{\s*"friends"\s*:\s*\[')
_OLD_FB_PROFILE = re.compile(r'^\s*\{\s*"profile"\s*:\s*\{')
_EXCEL_MAGIC = (b"\xd0\xcf\x11\xe0", b"PK\x03\x04")
_DELIMS = (",", ";", "\t", "|")


def classify(entry: Entry) -> tuple[str, str] | None:
    """The ``(platform, kind)`` of one file or archive member, or ``None``."""
    suffix = PurePosixPath(entry.name.lower()).suffix
    if suffix not in TEXT_SUFFIXES and suffix not in {".xlsx", ".xls", ".ods", ".numbers"}:
        return None
    if entry.size == 0:
        return ("empty", "empty") if entry.member is None else None
    head = entry.head(16384)
    if head.startswith(_EXCEL_MAGIC) or suffix in {".xlsx", ".xls", ".ods", ".numbers"}:
        return ("error", "spreadsheet")
    try:
        text = decode_bytes(head)
    except ValueError as exc:
        if entry.member is not None:
            return None
        return ("error", "encoding") if "encoding" in str(exc) else ("error", "binary")
    return classify_text(entry.name, text)


def header_fields(text: str) -> tuple[list[str], int]:
    """The lowercased fields of the first header-like line and its line number."""
    lines = text.lstrip("\ufeff").splitlines()[:30]
    for number, line in enumerate(lines):
        if not line.strip() or line.lower().startswith("notes:"):
            continue
        delim = max(_DELIMS, key=line.count)
        fields = [f.strip().strip('"').strip().lower() for f in line.split(delim)]
        if len(fields) >= 2 or number == len(lines) - 1 or number == 0:
            if number > 0 and lines[0].lower().startswith("notes:") and "first name" not in fields:
                continue
            return fields, number
    return [], 0


def classify_text(name: str, text: str) -> tuple[str, str] | None:
    """Classify from a name and the decoded start of the file (see :func:`classify`)."""
    lower = name.lower()
    base = PurePosixPath(lower).name
    start = text.lstrip("\ufeff \t\r\n")[:200].lower()
    if start.startswith(("<!doctype html", "<html", "<head", "<!--")) or (
        base.endswith((".html", ".htm"))
    ):
        return ("error", "html")
    match = _YTD.search(text[:300])
    if match:
        kind = _YTD_KINDS.get(match.group(1))
        return ("x", kind) if kind else None
    if "begin:vcard" in start:
        return ("vcard", "cards")
    if whatsapp.looks_like_chat(text):
        return ("whatsapp", "chat")
    if mbox.looks_like_mailbox(base, text):
        return ("email", "mbox")
    if start.startswith(("{", "[")):
        return _classify_json(base, text)
    return _classify_csv(base, text)


def _classify_json(base: str, text: str) -> tuple[str, str] | None:
    if '"relationships_following"' in text:
        return ("instagram", "following")
    if '"relationships_followers"' in text:
        return ("instagram", "followers")
    if '"string_list_data"' in text:
        if text.lstrip("\ufeff \t\r\n").startswith("["):
            return ("instagram", "following" if "following" in base else "followers")
        if re.search(r'^\s*\{\s*"relationships_\w+"\s*:\s*\[', text):
            return ("instagram", "other_list")  # close friends, blocked, requests...
        return ("error", "instagram_shape")
    if _OLD_IG.match(text):
        return ("instagram", "connections")
    if '"friends_v2"' in text or _OLD_FB_FRIENDS.match(text):
        return ("facebook", "friends")
    if '"profile_v2"' in text or _OLD_FB_PROFILE.match(text):
        return ("facebook", "owner")
    if '"profile_user"' in text:
        return ("instagram", "owner")
    if '"participants"' in text and ('"sender_name"' in text or '"messages"' in text):
        return ("inbox", "messages")
    return None


def _classify_csv(base: str, text: str) -> tuple[str, str] | None:
    fields, _ = header_fields(text)
    names = set(fields)
    if {"first name", "last name"} <= names and (
        "connected on" in names or ("company" in names and "position" in names)
    ):
        return ("linkedin", "connections")
    if "conversation id" in names or (
        {"from", "to", "date", "content"} <= names and ("folder" in names or "direction" in names)
    ):
        if base.endswith("messages.csv") and base != "messages.csv":
            return ("linkedin", "assistant")  # guide_messages.csv, learning_coach_messages.csv
        return ("linkedin", "messages")
    keys = {re.sub(r"[^a-z0-9]", "", f) for f in names}
    named = base.replace(" ", "").replace("_", "") == "importedcontacts.csv"
    if {"firstname", "lastname"} <= keys and (named or {"emails", "phonenumbers"} & keys):
        return ("linkedin", "imported")
    if {"first name", "last name", "headline"} <= names:
        return ("linkedin", "profile")
    if fields and fields[0] in ("#domain", "domain") and ("#severity" in names or "domain" in base):
        return ("mastodon", "domain_blocks")
    if fields and fields[0] == "account address":
        return ("mastodon", _mastodon_kind(base, names, header=True))
    if (
        "e-mail 1 - value" in names
        or {"given name", "family name"} <= names
        or ({"first name", "last name", "organization name"} <= names)
    ):
        return ("google", "contacts")
    from realnet_kit.importers import generic

    mastodon = _mastodon_list(base, text)
    if mastodon:
        return ("mastodon", mastodon)
    if not base.endswith((".csv", ".tsv")) and not _looks_like_table(text):
        return None  # prose (a README, notes) that happens to mention "name"
    if generic.is_interactions_header(fields):
        return ("csv", "interactions")
    if generic.person_columns(fields):
        return ("csv", "profiles")
    return None


_ADDRESS = re.compile(r"^@?[\w.+-]+@[\w-]+(\.[\w-]+)+(,.*)?$")
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)+$")
_STATUS_URL = re.compile(r"^https?://[^/\s]+/(\S*/)?(statuses/\S+|@[\w.-]+/\d+)\s*$")
_LOCAL = re.compile(r"^@?\w+(,.*)?$")
_LIST_ROW = re.compile(r"^[^,]+,\s*@?[\w.+-]+@[\w-]+(\.[\w-]+)+\s*$")


def _mastodon_kind(base: str, names: set[str], header: bool) -> str:
    """Which Mastodon list a file of account addresses is, from its header and name."""
    if "hide notifications" in names or "mute" in base:
        return "mutes"
    if "stealth" in names or "block" in base:
        return "blocks"
    if "follower" in base:
        return "followers"
    return "following"


def _mastodon_list(base: str, text: str) -> str | None:
    """The kind of a header-less Mastodon export (Preferences > Import and export).

    Follows, blocks and mutes are one account address a line; domain blocks one domain
    a line; bookmarks one post link a line; lists "list name,account address".
    """
    lines = [line.strip() for line in text.splitlines()[:50] if line.strip()]
    if len(text) >= 16000:  # the last line of a sample may be cut
        lines = lines[:-1] or lines
    sample = lines
    if not sample:
        return None
    addresses = [bool(_ADDRESS.match(line)) for line in sample]
    local = [a or bool(_LOCAL.match(line)) for a, line in zip(addresses, sample, strict=True)]
    if any(addresses) and all(local):
        if any(w in base for w in ("follow", "mastodon", "block", "mute")):
            return _mastodon_kind(base, set(), header=False)
        return None
    if all(_STATUS_URL.match(line) for line in sample):  # links to posts: unmistakable
        return "bookmarks"
    if all(_DOMAIN.match(line) for line in sample) and "domain" in base:
        return "domain_blocks"
    if all(_LIST_ROW.match(line) for line in sample) and "list" in base:
        return "lists"
    return None


def _looks_like_table(text: str) -> bool:
    """Several lines, each split into the same number of cells by one delimiter."""
    lines = [line for line in text.splitlines()[:6] if line.strip()]
    if len(lines) > 1 and not text.endswith("\n") and len(text) >= 16000:
        lines = lines[:-1]  # the sample may cut the last line
    if len(lines) < 2:
        return False
    delim = max(_DELIMS, key=lines[0].count)
    counts = {line.count(delim) for line in lines}
    return len(counts) == 1 and counts.pop() > 0
