"""X (Twitter) archive: ``data/follower.js``, ``data/following.js``, account and DMs.

Every file of the archive is JavaScript: ``window.YTD.follower.part0 = [...]``, split
into ``follower-part1.js`` and so on for big accounts. Follower and following files hold
only the account id and a link, never a handle or a name, so the ``contact_id`` is
``x:<accountId>``. The owner's own posts (``data/tweets.js``) do name accounts: a reply
carries the id and username of the account it answers, and every account a post
mentions is listed with its id, username and display name. Those give a follower the
owner has talked with in public its handle and name (the latest post wins).

>>> _ids([{"follower": {"accountId": "42"}}], "follower", None)
['42']
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pandas as pd

from realnet_kit.importers._combine import build_interactions
from realnet_kit.importers._frame import build_frame, merge_directions
from realnet_kit.importers._stream import NotStreamable, iter_batches, parse_records
from realnet_kit.importers._text import decode_bytes, parse_ytd
from realnet_kit.importers.archive import Entry

_ADVICE = "Download your X archive again and load the whole zip without changing it."
_PART = re.compile(r"part(\d+)")


def _part_order(entry: Entry) -> tuple[int, str]:
    match = _PART.search(entry.basename)
    return (int(match.group(1)) if match else 0, entry.name)


def read_ytd(entry: Entry) -> Any:
    """Read and parse one ``window.YTD`` file, releasing the raw bytes early."""
    text = decode_bytes(entry.read(), entry)
    _, data = parse_ytd(text, entry)
    del text
    if not isinstance(data, list):
        raise entry.error(
            f"this X file should hold a list of entries, but it holds {type(data).__name__}",
            _ADVICE,
        )
    return data


#: How the archive links to an account that has no handle in the export.
USER_LINK = "https://twitter.com/intent/user?user_id="


def _ids(data: list, key: str, entry: Entry | None) -> list[str]:
    """The account ids of one follower or following file, in order."""
    try:
        ids = [item[key]["accountId"] for item in data]
        if not set(map(type, ids)) <= {str}:
            ids = _plain_ids(ids, key, entry)
    except (KeyError, TypeError, AttributeError):
        if entry is None:
            raise
        raise entry.error(
            f"an entry of this file has no '{key}' account id; it does not "
            f"look like an X {key} list",
            _ADVICE,
        ) from None
    return ids


def _plain_ids(ids: list, key: str, entry: Entry | None) -> list[str]:
    """Account ids written as numbers become text; an object or list is refused."""
    out = []
    for number, value in enumerate(ids, start=1):
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
            out.append(str(value).strip())
            continue
        shown = (
            "an object"
            if isinstance(value, dict)
            else "a list"
            if isinstance(value, list)
            else f"'{value}'"
        )
        problem = (
            f"this X file is not laid out the way X writes it: the 'accountId' of entry "
            f"{number} is {shown}, where X writes the account's number as text"
        )
        if entry is None:
            raise ValueError(problem)
        raise entry.error(problem, _ADVICE)
    return out


_YTD_PREFIX = re.compile(r"\s*window\.YTD\.[A-Za-z0-9_]+\.part\d+\s*=\s*", re.ASCII)


_DIGITS = re.compile(r"[0-9]+")
_ACCOUNT_ID = re.compile(r'"accountId"\s*:\s*"([0-9]+)"')


class _TidyIds:
    """Read the account ids of a run of records straight from the text, when X wrote them.

    X writes every record of a follower file alike, only the account id changing (in
    ``accountId`` and in the ``userLink``). The first record is parsed as JSON and, when
    it is that shape, becomes a template; a run of records is then read by finding its
    ids and writing the template out again with them: when that gives back exactly the
    text, the ids are right (the text is the template over and over, nothing else). Any
    other text is parsed as JSON. About twice as fast as parsing, for the same answer.
    """

    def __init__(self, key: str) -> None:
        self.key = key
        self.template: tuple[str, ...] | None = None
        self.join: str | None = None

    def __call__(self, text: str) -> list[str]:
        text = text.strip()
        ids = self._scan(text) if self.template is not None else None
        if ids is not None:
            return ids
        records = parse_records(text)
        try:
            ids = _ids(records, self.key, None)
        except (KeyError, TypeError, AttributeError, ValueError):
            raise NotStreamable("not the layout of an X list") from None
        if self.template is None and len(records) > 1:
            self._learn(text, records)
        return ids

    def _learn(self, text: str, records: list) -> None:
        """Keep the first record's text as a template, if it is X's plain shape."""
        first = records[0]
        inner = first.get(self.key) if isinstance(first, dict) else None
        account = inner.get("accountId") if isinstance(inner, dict) else None
        if (
            len(first) != 1
            or not isinstance(account, str)
            or not _DIGITS.fullmatch(account)
            or set(inner) != {"accountId", "userLink"}
            or inner["userLink"] != USER_LINK + account
        ):
            return
        end = text.find("}", text.find("}") + 1) + 1  # a record closes two braces
        join = text[end : text.find("{", end)]
        parts = text[:end].split(account)
        edges = "".join(p[:1] + p[-1:] for p in parts)
        if join.strip() != "," or len(parts) != 3 or _DIGITS.search(edges):
            return  # the id must stand alone, twice, and records be joined by a comma
        self.template, self.join = (parts[0], parts[1], parts[2]), join

    def _scan(self, text: str) -> list[str] | None:
        ids = _ACCOUNT_ID.findall(text)
        head, middle, tail = self.template
        between = tail + self.join + head  # from one record's id to the next one's
        written = head + between.join([i + middle + i for i in ids]) + tail
        return ids if ids and written == text else None


def _read_ids(entry: Entry, key: str) -> list[str]:
    """The ids of one follower or following file, streamed in batches (else whole)."""
    ids: list[str] = []
    try:
        parse = _TidyIds(key)
        for batch in iter_batches(entry.open_stream, (), prefix=_YTD_PREFIX, parse=parse):
            ids.extend(batch)
        return ids
    except NotStreamable:
        del ids
    return _ids(read_ytd(entry), key, entry)


def _side(entries: list[Entry], key: str) -> dict[str, list]:
    ids: list[str] = []
    for entry in sorted(entries, key=_part_order):
        ids.extend(_read_ids(entry, key))
    return {"contact_id": ids}  # the account ids: "x:" is added once both sides are joined


def _named(entries: list[Entry]) -> dict[str, tuple[str | None, str | None]]:
    """Account id -> (username, display name), from the owner's posts."""
    found: dict[str, tuple[str | None, str | None]] = {}
    for entry in sorted(entries, key=_part_order):
        found.update(_names_in(read_ytd(entry)))
    return found


def _names_in(posts: list) -> dict[str, tuple[str | None, str | None]]:
    """The accounts named in a list of post entries; a later name replaces an earlier
    one only when its post is newer (X lists posts newest first, but not always).

    >>> post = {"tweet": {"created_at": "Wed Oct 02 09:41:17 +0000 2024",
    ...     "in_reply_to_user_id_str": "7", "in_reply_to_screen_name": "ana_l",
    ...     "entities": {"user_mentions": [{"id_str": "7", "screen_name": "ana_l",
    ...                                     "name": "Ana López"}]}}}
    >>> _names_in([post])
    {'7': ('ana_l', 'Ana López')}
    """
    out: dict[str, tuple[str | None, str | None]] = {}
    when: dict[str, pd.Timestamp] = {}
    for item in posts:
        post = item.get("tweet") if isinstance(item, dict) else None
        if not isinstance(post, dict):
            continue
        stamp = pd.to_datetime(
            post.get("created_at"), format="%a %b %d %H:%M:%S %z %Y", errors="coerce"
        )
        named: list[tuple[object, object, object]] = []
        entities = post.get("entities")
        mentions = entities.get("user_mentions") if isinstance(entities, dict) else None
        for mention in mentions if isinstance(mentions, list) else []:
            if isinstance(mention, dict):
                named.append(
                    (
                        mention.get("id_str") or mention.get("id"),
                        mention.get("screen_name"),
                        mention.get("name"),
                    )
                )
        reply_id = post.get("in_reply_to_user_id_str") or post.get("in_reply_to_user_id")
        if reply_id:
            named.append((reply_id, post.get("in_reply_to_screen_name"), None))
        for account, handle, name in named:
            account = str(account).strip() if account is not None else ""
            if not _DIGITS.fullmatch(account):
                continue
            handle = (
                handle.strip().lstrip("@") if isinstance(handle, str) and handle.strip() else None
            )
            name = name.strip() if isinstance(name, str) and name.strip() else None
            old_handle, old_name = out.get(account, (None, None))
            newer = account not in when or (
                stamp is not pd.NaT and when[account] is not pd.NaT and stamp > when[account]
            )
            if newer:
                out[account] = (handle or old_handle, name or old_name)
                when[account] = stamp
            else:
                out[account] = (old_handle or handle, old_name or name)
    return out


def load_contacts(found: dict[str, list[Entry]]) -> list[pd.DataFrame]:
    """Contacts from the follower and following files of one or more X archives,
    with the handle and name of the accounts the owner's posts name."""
    have_followers, have_following = bool(found.get("follower")), bool(found.get("following"))
    if not (have_followers or have_following):
        return []
    followers = _side(found.get("follower", []), "follower")
    following = _side(found.get("following", []), "following")
    cols = merge_directions(followers, following, have_followers, have_following)
    del followers, following
    accounts = cols.pop("contact_id")
    named = _named(found.get("tweets", []))
    known = {}
    if named:
        known = {
            "handle": [named.get(a, (None, None))[0] for a in accounts],
            "name": [named.get(a, (None, None))[1] for a in accounts],
        }
    contact_id = list(map("x:".__add__, accounts))
    profile_url = list(map(USER_LINK.__add__, accounts))
    del accounts  # (a million strings fewer held while the frame is built)
    return [
        build_frame(
            "x",
            unique=True,
            contact_id=contact_id,
            profile_url=profile_url,
            follows_me=cols["follows_me"],
            i_follow=cols["i_follow"],
            **known,
        )
    ]


def owner(found: dict[str, list[Entry]]) -> dict[str, str | None]:
    """The archive owner's account id, username and display name (from account.js)."""
    for entry in found.get("account", []):
        data = read_ytd(entry)
        for item in data:
            account = item.get("account") if isinstance(item, dict) else None
            if isinstance(account, dict) and account.get("accountId"):
                return {
                    "id": str(account["accountId"]),
                    "username": account.get("username"),
                    "name": account.get("accountDisplayName"),
                }
    return {"id": None, "username": None, "name": None}


def load_interactions(found: dict[str, list[Entry]]) -> pd.DataFrame | None:
    """Direct messages as interactions: ``out`` when the owner sent them, else ``in``."""
    dm_entries = found.get("dm", []) + found.get("dm_group", [])
    if not dm_entries:
        return None
    owner_id = owner(found)["id"]
    conversations = []
    for entry in sorted(dm_entries, key=_part_order):
        for item in read_ytd(entry):
            conv = item.get("dmConversation") if isinstance(item, dict) else None
            if isinstance(conv, dict):
                conversations.append((entry, conv))
    if owner_id is None:
        owner_id = _likely_owner(conversations)
    rows: tuple[list, list, list, list] = ([], [], [], [])
    for entry, conv in conversations:
        _conversation_rows(entry, conv, owner_id, rows)
    ids, stamps, directions, notes = rows
    names = ", ".join(sorted({e.basename for e in dm_entries}))
    return build_interactions(ids, stamps, directions, "message", notes, where=names)


def _events(conv: dict) -> list[dict]:
    return [m for m in conv.get("messages", []) if isinstance(m, dict)]


def _likely_owner(conversations: list) -> str | None:
    seen: Counter[str] = Counter()
    for _, conv in conversations:
        people = set(str(conv.get("conversationId", "")).split("-"))
        for event in _events(conv):
            msg = event.get("messageCreate") or {}
            people.update(str(msg.get(k)) for k in ("senderId", "recipientId") if msg.get(k))
        seen.update(p for p in people if p.isdigit())
    return seen.most_common(1)[0][0] if seen else None


def _conversation_rows(entry: Entry, conv: dict, owner_id: str | None, rows: tuple) -> None:
    ids, stamps, directions, notes = rows
    events = _events(conv)
    members = {p for p in str(conv.get("conversationId", "")).split("-") if p.isdigit()}
    for event in events:
        for key in ("joinConversation", "participantsJoin"):
            info = event.get(key) or {}
            members.update(str(p) for p in info.get("participantsSnapshot", []) or [])
            members.update(str(p) for p in info.get("userIds", []) or [])
        msg = event.get("messageCreate") or {}
        if msg.get("senderId"):
            members.add(str(msg["senderId"]))
        if msg.get("recipientId"):
            members.add(str(msg["recipientId"]))
    members.discard(str(owner_id))
    for event in events:
        msg = event.get("messageCreate")
        if not isinstance(msg, dict) or not msg.get("senderId"):
            continue
        sender = str(msg["senderId"])
        when, text = msg.get("createdAt"), msg.get("text") or ""
        if sender == str(owner_id):
            recipient = msg.get("recipientId")
            targets = [str(recipient)] if recipient else sorted(members)
            for target in targets:
                ids.append("x:" + target)
                stamps.append(when)
                directions.append("out")
                notes.append(text)
        else:
            ids.append("x:" + sender)
            stamps.append(when)
            directions.append("in")
            notes.append(text)
