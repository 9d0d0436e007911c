"""Facebook archive: friends (every generation) and the message inbox.

``connections/friends/your_friends.json`` holds ``{"friends_v2": [{"name", "timestamp"}]}``;
older archives keep ``friends_and_followers/friends.json`` or ``friends/friends.json`` with
``{"friends": [...]}``. Every string is latin-1 mojibake of UTF-8, undone here. Facebook
gives no account id, so the ``contact_id`` is ``facebook:<slug of the name>``.

>>> _friend_records({"friends_v2": [{"name": "Ana", "timestamp": 1}]}, None)
[{'name': 'Ana', 'timestamp': 1}]
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from realnet_kit.importers import _inbox
from realnet_kit.importers._frame import build_frame, datetime_array, slugify
from realnet_kit.importers._stream import NotStreamable, iter_batches
from realnet_kit.importers._text import check_field_lengths, decode_bytes, fix_mojibake, parse_json
from realnet_kit.importers.archive import Entry

_ADVICE = (
    "Download your Facebook information again in JSON format and load the whole "
    "zip without changing it."
)


def read_json(entry: Entry) -> Any:
    return parse_json(decode_bytes(entry.read(), entry), entry)


def _friend_records(data: Any, entry: Entry | None) -> list:
    if isinstance(data, dict):
        for key in ("friends_v2", "friends", "friends_v3"):
            if isinstance(data.get(key), list):
                return data[key]
    if isinstance(data, list):
        return data
    if entry is None:
        raise ValueError("no friends list")
    raise entry.error("this Facebook file holds no list of friends", _ADVICE)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    return (
        "an object"
        if isinstance(value, dict)
        else "a list"
        if isinstance(value, list)
        else ("empty (null)" if value is None else f"text ('{str(value)[:30]}')")
    )


def _check_shape(records: list, entry: Entry) -> None:
    """Refuse friends that are not objects, names that are not text, odd timestamps."""
    for number, record in enumerate(records, start=1):
        problem = None
        if not isinstance(record, dict):
            problem = f"friend {number} is {_kind(record)}, where Facebook writes an object"
        elif record.get("name") is not None and not isinstance(record["name"], str):
            problem = (
                f"the 'name' of friend {number} is {_kind(record['name'])}, where Facebook "
                "writes text"
            )
        elif record.get("timestamp") is not None and (
            isinstance(record["timestamp"], bool)
            or not isinstance(record["timestamp"], int | float)
        ):
            problem = (
                f"the 'timestamp' of friend {number} is {_kind(record['timestamp'])}, where "
                "Facebook writes a number of seconds"
            )
        if problem:
            raise entry.error(
                f"this Facebook file ({entry.basename}) is not laid out the way Facebook "
                f"writes it: {problem}",
                _ADVICE,
            )


def _friend_fields(records: list, entry: Entry) -> tuple[list, list, list]:
    """Names, timestamps and emails of a list of friend records, the shape checked."""
    _check_shape(records, entry)
    names = [fix_mojibake(r.get("name")) for r in records]
    check_field_lengths(names, entry, "name")
    keep = [k for k, n in enumerate(names) if isinstance(n, str) and n.strip()]
    names = [names[k].strip() for k in keep]
    stamps = [records[k].get("timestamp") for k in keep]
    emails = [fix_mojibake(records[k].get("contact_info") or None) for k in keep]
    emails = [e if isinstance(e, str) and "@" in e else None for e in emails]
    return names, stamps, emails


def _read_friends(entry: Entry) -> tuple[list, list, list]:
    """One friends file, streamed in batches (read whole when it is untidy)."""
    columns: tuple[list, list, list] = ([], [], [])
    try:
        for batch in iter_batches(entry.open_stream, _FRIEND_KEYS):
            for column, part in zip(columns, _friend_fields(batch, entry), strict=True):
                column.extend(part)
        return columns
    except NotStreamable:
        del columns
    return _friend_fields(_friend_records(read_json(entry), entry), entry)


_FRIEND_KEYS = ("friends_v2", "friends_v3", "friends")


def load_contacts(found: dict[str, list[Entry]]) -> list[pd.DataFrame]:
    """Friends (mutual: both flags ``True``)."""
    frames = []
    for entry in sorted(found.get("friends", []), key=lambda e: e.name):
        names, stamps, emails = _read_friends(entry)
        frames.append(
            build_frame(
                "facebook",
                keyed=False,
                contact_id=["facebook:" + slugify(n) for n in names],
                name=names,
                email=emails,
                follows_me=True,
                i_follow=True,
                connected_on=datetime_array(stamps, len(names), unit="s", where=entry.basename),
            )
        )
    return frames


def owner_name(found: dict[str, list[Entry]]) -> str | None:
    """The owner's full name from profile_information.json."""
    for entry in found.get("owner", []):
        data = read_json(entry)
        if not isinstance(data, dict):
            continue
        profile = data.get("profile_v2") or data.get("profile") or {}
        name = profile.get("name") if isinstance(profile, dict) else None
        if isinstance(name, dict):
            name = name.get("full_name")
        if isinstance(name, str) and name.strip():
            return fix_mojibake(name.strip())
    return None


def load_interactions(found: dict[str, list[Entry]]) -> pd.DataFrame | None:
    """Inbox threads as interactions, people identified by the slug of their name."""
    if not found.get("inbox"):
        return None
    threads = _inbox.read_threads(found["inbox"])
    owner = owner_name(found) or _inbox.likely_owner(threads)
    return _inbox.thread_interactions(
        threads, owner, lambda name, thread: "facebook:" + slugify(name)
    )
