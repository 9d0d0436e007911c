"""Message inboxes of Instagram and Facebook archives (``messages/inbox/<thread>/``).

Both platforms write one folder per conversation holding ``message_1.json`` (then
``message_2.json``...) with ``participants`` and ``messages`` (``sender_name``,
``timestamp_ms``, ``content``), every string in latin-1 mojibake.

>>> t = Thread("ana_123", ["Ana", "Me"], [("Ana", 1700000000000, "hi")])
>>> thread_interactions([t], "Me", lambda name, thread: "x:" + name.lower())["direction"].tolist()
['in']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import pandas as pd

from realnet_kit.importers._combine import build_interactions
from realnet_kit.importers._frame import datetime_array
from realnet_kit.importers._text import decode_bytes, fix_mojibake, parse_json
from realnet_kit.importers.archive import Entry


@dataclass
class Thread:
    """One conversation: its folder name, participants and (sender, ms, text) messages."""

    folder: str
    participants: list[str]
    messages: list[tuple[str, int | None, str]] = field(default_factory=list)


def _folder(entry: Entry) -> str:
    return PurePosixPath(entry.name).parent.name


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def read_threads(entries: list[Entry]) -> list[Thread]:
    """Parse every ``message_N.json``, joining the parts of one conversation."""
    threads: dict[tuple[str, str], Thread] = {}
    for entry in sorted(entries, key=lambda e: e.name):
        data = parse_json(decode_bytes(entry.read(), entry), entry)
        if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
            raise entry.error(
                "this message file has no list of messages",
                "Download the archive again in JSON format.",
            )
        key = (str(entry.path), str(PurePosixPath(entry.name).parent))
        people = [
            fix_mojibake(p["name"])
            for p in _list(data.get("participants"))
            if isinstance(p, dict) and isinstance(p.get("name"), str) and p["name"]
        ]
        thread = threads.setdefault(key, Thread(_folder(entry), people))
        for person in people:
            if person not in thread.participants:
                thread.participants.append(person)
        for msg in data["messages"]:
            if not isinstance(msg, dict) or not isinstance(msg.get("sender_name"), str):
                continue
            text = msg.get("content") or msg.get("share", {}).get("link") or ""
            thread.messages.append(
                (fix_mojibake(msg["sender_name"]), msg.get("timestamp_ms"), fix_mojibake(text))
            )
            if thread.messages[-1][0] not in thread.participants:
                thread.participants.append(thread.messages[-1][0])
    return list(threads.values())


def likely_owner(threads: list[Thread]) -> str | None:
    """The person in the most conversations (ties: who sent most): the archive's owner."""
    presence: Counter[str] = Counter()
    sent: Counter[str] = Counter()
    for thread in threads:
        presence.update(set(thread.participants))
        sent.update(sender for sender, _, _ in thread.messages)
    if not presence:
        return None
    return max(presence, key=lambda name: (presence[name], sent[name]))


def thread_interactions(
    threads: list[Thread], owner: str | None, resolve: Callable[[str, Thread], str]
) -> pd.DataFrame:
    """One ``in`` row per message received; one ``out`` row per other participant."""
    ids: list[str] = []
    stamps: list = []
    directions: list[str] = []
    notes: list[str] = []
    for thread in threads:
        others = [p for p in thread.participants if p != owner]
        for sender, ms, text in thread.messages:
            if sender == owner:
                targets, direction = others, "out"
            else:
                targets, direction = [sender], "in"
            for person in targets:
                ids.append(resolve(person, thread))
                stamps.append(ms)
                directions.append(direction)
                notes.append(text)
    when = datetime_array(stamps, len(stamps), unit="ms", where="the message inbox")
    return build_interactions(ids, when, directions, "message", notes)
