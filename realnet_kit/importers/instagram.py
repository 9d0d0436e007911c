"""Instagram archive: followers, following (every generation) and the message inbox.

Layouts read:

* 2022 onwards: ``connections/followers_and_following/followers_1.json`` (a bare list,
  ``followers_2.json``... for big accounts) and ``following.json``
  (``{"relationships_following": [...]}``; the newest puts the username in ``title`` and
  a ``https://www.instagram.com/_u/NAME`` link with no ``value``);
* 2020-22: ``followers_and_following/followers.json`` (``{"relationships_followers": [...]}``);
* before 2020: ``connections.json`` (``{"followers": {"name": "2019-01-31T..."}}``).

>>> _handle({"title": "", "string_list_data": [{"href": "https://www.instagram.com/_u/ana.b"}]})
'ana.b'

An entry may list several accounts in its ``string_list_data``; every one is read.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Any

import pandas as pd

from realnet_kit.importers import _inbox
from realnet_kit.importers._frame import build_frame, datetime_array, merge_directions, slugify
from realnet_kit.importers._stream import NotStreamable, iter_batches
from realnet_kit.importers._text import check_field_lengths, decode_bytes, fix_mojibake, parse_json
from realnet_kit.importers.archive import Entry

_ADVICE = (
    "Download your Instagram data again in JSON format and load the whole zip without changing it."
)
_UNTIDY = re.compile(r"[\s@]")
_NUMBER = re.compile(r"_(\d+)\.json$")
PROFILE = "https://www.instagram.com/"


def _number(entry: Entry) -> tuple[int, str]:
    match = _NUMBER.search(entry.basename)
    return (int(match.group(1)) if match else 0, entry.name)


def read_json(entry: Entry) -> Any:
    text = decode_bytes(entry.read(), entry)
    return parse_json(text, entry)


def _handle(item: dict, data: dict | None = None) -> Any:
    """The username of one ``string_list_data`` record (else the entry's title or link)."""
    if data is None:
        data = (item.get("string_list_data") or [{}])[0]
    value = data.get("value") or item.get("title")
    if value:
        return value
    href = data.get("href") or ""
    if not isinstance(href, str):
        return href
    href = href.rstrip("/")
    return href.rsplit("/", 1)[-1] or None if href else None


def _records(data: Any, entry: Entry) -> list:
    if isinstance(data, dict):
        lists = [
            v for k, v in data.items() if k.startswith("relationships_") and isinstance(v, list)
        ]
        if not lists:
            raise entry.error("this Instagram file holds no follower or following list", _ADVICE)
        data = lists[0]
    if not isinstance(data, list):
        raise entry.error("this Instagram file should hold a list of accounts", _ADVICE)
    return data


_LISTS, _FIRST = itemgetter("string_list_data"), itemgetter(0)
_VALUE, _TIME = itemgetter("value"), itemgetter("timestamp")


def _fast_fields(data: list) -> tuple[list, list]:
    """Usernames and timestamps read with C-level getters (the common, tidy case)."""
    lists = list(map(_LISTS, data))
    if lists and set(map(len, lists)) != {1}:  # (C-level loops: a million entries)
        raise _SeveralPerEntry
    first = list(map(_FIRST, lists))
    try:
        part = list(map(_VALUE, first))
    except KeyError:  # newest layout: the username is in "title"
        part = [_handle(item) for item in data]
    try:
        stamps = list(map(_TIME, first))
    except KeyError:
        stamps = [d.get("timestamp") for d in first]
    return part, stamps


class _SeveralPerEntry(Exception):
    """An entry lists several accounts (or none): read record by record."""


def _all_fields(data: list, entry: Entry) -> tuple[list, list]:
    """Every account of every entry, checking the shape as it goes."""
    handles: list = []
    stamps: list = []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            _odd(entry, f"entry {number} is {_kind(item)}, where Instagram writes an object")
        block = item.get("string_list_data")
        if block is None:
            handles.append(item.get("title"))
            stamps.append(None)
            continue
        if not isinstance(block, list) or not all(isinstance(d, dict) for d in block):
            _odd(
                entry,
                f"'string_list_data' of entry {number} is {_kind(block)}, where "
                "Instagram writes a list of objects",
            )
        for record in block or [{}]:
            handles.append(_handle(item, record))
            stamps.append(record.get("timestamp"))
    return handles, stamps


def _kind(value: Any) -> str:
    """How a JSON value is named in a message: 'a number (42)', 'an object'..."""
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "empty (null)"
    return f"text ('{str(value)[:30]}')"


def _odd(entry: Entry, what: str) -> None:
    raise entry.error(
        f"this Instagram file ({entry.basename}) is not laid out the way Instagram writes "
        f"it: {what}",
        _ADVICE,
    )


def _check_handles(handles: list, entry: Entry) -> None:
    """Refuse usernames that are objects, lists or numbers (a file edited or made by hand)."""
    for number, handle in enumerate(handles, start=1):
        if handle is not None and not isinstance(handle, str):
            _odd(
                entry,
                f"the username ('value' in 'string_list_data') of account {number} is "
                f"{_kind(handle)}, where Instagram writes text",
            )


def _fields(data: list, entry: Entry) -> tuple[list, list]:
    """Usernames and timestamps of a list of follower records, the shape checked."""
    try:
        part, times = _fast_fields(data)
    except (KeyError, IndexError, TypeError, AttributeError, _SeveralPerEntry):
        part, times = _all_fields(data, entry)
    if not set(map(type, part)) <= {str}:
        _check_handles(part, entry)
    return part, times


def _read_side(entry: Entry) -> tuple[list, list]:
    """One followers or following file, streamed in batches (whole if it is untidy)."""
    handles: list = []
    stamps: list = []
    try:
        for batch in iter_batches(entry.open_stream, ("relationships_",)):
            part, times = _fields(batch, entry)
            handles.extend(part)
            stamps.extend(times)
        return handles, stamps
    except NotStreamable:
        del handles, stamps
    return _fields(_records(read_json(entry), entry), entry)


def _side(entries: list[Entry]) -> dict[str, list]:
    handles: list[Any] = []
    stamps: list[Any] = []
    for entry in sorted(entries, key=_number):
        part, times = _read_side(entry)
        handles.extend(part)
        stamps.extend(times)
        del part, times
    return _columns(handles, stamps, entries[0] if entries else None)


def _columns(handles: list, stamps: list, entry: Entry | None) -> dict[str, list]:
    try:
        joined = "".join(handles)
        tidy = all(handles) and not _UNTIDY.search(joined)
    except TypeError:
        tidy = False
    if not tidy:
        keep = [k for k, h in enumerate(handles) if isinstance(h, str) and h.strip()]
        handles = [handles[k].strip().lstrip("@") for k in keep]
        stamps = [stamps[k] for k in keep]
        joined = "".join(handles)
    if handles and entry is not None:
        check_field_lengths(handles, entry, "username")
    if not joined.isascii():
        handles = [fix_mojibake(h) for h in handles]
    prefix = "instagram:".__add__
    if joined == joined.lower():
        ids = list(map(prefix, handles))
    else:
        ids = list(map(prefix, map(str.lower, handles)))
    return {"contact_id": ids, "handle": handles, "connected_on": stamps}


def _old_connections(entries: list[Entry]) -> tuple[dict, dict, bool, bool]:
    sides: dict[str, tuple[list, list]] = {"followers": ([], []), "following": ([], [])}
    for entry in entries:
        data = read_json(entry)
        for key, (handles, stamps) in sides.items():
            block = data.get(key) if isinstance(data, dict) else None
            if isinstance(block, dict):
                handles.extend(block.keys())
                stamps.extend(block.values())
    have = {k: bool(entries) and bool(v[0]) for k, v in sides.items()}
    return (
        {**_columns(*sides["followers"], entries[0])},
        {**_columns(*sides["following"], entries[0])},
        have["followers"],
        have["following"],
    )


def load_contacts(found: dict[str, list[Entry]]) -> list[pd.DataFrame]:
    """Contacts from followers/following files (or an old ``connections.json``)."""
    if found.get("followers") or found.get("following"):
        followers = _side(found.get("followers", []))
        following = _side(found.get("following", []))
        have_f, have_g = bool(found.get("followers")), bool(found.get("following"))
    elif found.get("connections"):
        followers, following, have_f, have_g = _old_connections(found["connections"])
    else:
        return []
    cols = merge_directions(followers, following, have_f, have_g)
    del followers, following
    n = len(cols["contact_id"])
    raw = cols["connected_on"]
    numeric = all(isinstance(v, int | float) or v is None for v in raw[:1000])
    where = "the Instagram followers and following files"
    stamps = datetime_array(raw, n, unit="s" if numeric else None, where=where)
    return [
        build_frame(
            "instagram",
            unique=True,
            contact_id=cols["contact_id"],
            handle=cols["handle"],
            profile_url=list(map(PROFILE.__add__, cols["handle"])),
            follows_me=cols["follows_me"],
            i_follow=cols["i_follow"],
            connected_on=stamps,
        )
    ]


def owner_name(found: dict[str, list[Entry]]) -> str | None:
    """The archive owner's display name, from personal_information.json."""
    for entry in found.get("owner", []):
        data = read_json(entry)
        for profile in data.get("profile_user", []) if isinstance(data, dict) else []:
            fields = profile.get("string_map_data") if isinstance(profile, dict) else None
            for key in ("Name", "Full name", "Username"):
                field = fields.get(key) if isinstance(fields, dict) else None
                value = field.get("value") if isinstance(field, dict) else None
                if isinstance(value, str) and value:
                    return fix_mojibake(value)
    return None


def load_interactions(found: dict[str, list[Entry]], known_ids: set[str]) -> pd.DataFrame | None:
    """Inbox threads as interactions, ids matched to usernames where the archive allows."""
    if not found.get("inbox"):
        return None
    threads = _inbox.read_threads(found["inbox"])
    owner = owner_name(found) or _inbox.likely_owner(threads)
    by_alnum = {re.sub(r"[^a-z0-9]", "", cid.split(":", 1)[1]): cid for cid in known_ids}
    learnt: dict[str, str] = {}
    for thread in threads:  # a one-to-one thread's folder starts with the username
        others = [p for p in thread.participants if p != owner]
        if len(others) == 1 and thread.folder:
            guess = re.sub(r"[^a-z0-9]", "", thread.folder.rsplit("_", 1)[0].lower())
            if guess in by_alnum:
                learnt.setdefault(others[0], by_alnum[guess])
            elif guess:  # not a follower: the folder still carries the username
                learnt.setdefault(others[0], "instagram:" + thread.folder.rsplit("_", 1)[0].lower())

    def resolve(name: str, thread: _inbox.Thread) -> str:
        return learnt.get(name) or "instagram:" + slugify(name)

    return _inbox.thread_interactions(threads, owner, resolve)
