"""X (Twitter) archive zips, laid out as X ships them.

``data/follower.js`` and ``data/following.js`` hold only account ids and intent links
(no handle, no name), newest first; big lists continue in ``follower-part1.js`` with
``window.YTD.follower.part1``. ``data/account.js`` names the owner, and
``data/direct-messages.js`` holds one-to-one conversations (newest message first).
"""

from __future__ import annotations

import json
import random
from datetime import datetime
from pathlib import Path

from realnet_kit.samples._common import iso_ms, write_zip, x_js
from realnet_kit.samples._people import Thread

#: X starts a new ``-partN`` file after this many entries (the real cut-off varies).
X_PART_SIZE = 50_000

README_HTML = (
    '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Your archive</title></head>'
    "<body><p>Open this file in a web browser to browse the archive. The data itself is "
    "in the <code>data</code> folder.</p></body></html>\n"
)


def _link(account_id: str) -> str:
    return f"https://twitter.com/intent/user?user_id={account_id}"


def relation_files(kind: str, ids: list[str], part_size: int = X_PART_SIZE) -> dict[str, bytes]:
    """``data/follower.js`` (+ parts) for ``kind`` "follower" or "following"."""
    files: dict[str, bytes] = {}
    chunks = [ids[i : i + part_size] for i in range(0, len(ids), part_size)] or [[]]
    for n, chunk in enumerate(chunks):
        name = f"data/{kind}.js" if n == 0 else f"data/{kind}-part{n}.js"
        items = [{kind: {"accountId": a, "userLink": _link(a)}} for a in chunk]
        files[name] = x_js(kind, items, part=n)
    return files


def manifest(
    owner_id: str, username: str, display: str, when: datetime, counts: dict[str, int]
) -> bytes:
    info = {
        "userInfo": {"accountId": owner_id, "userName": username, "displayName": display},
        "archiveInfo": {
            "sizeBytes": "0",
            "generationDate": iso_ms(when),
            "isPartialArchive": False,
            "maxPartSizeBytes": "53687091200",
        },
        "dataTypes": {
            k: {
                "files": [
                    {"fileName": f"data/{k}.js", "globalName": f"YTD.{k}.part0", "count": str(v)}
                ]
            }
            for k, v in counts.items()
        },
    }
    return ("window.__THAR_CONFIG = " + json.dumps(info, indent=2)).encode()


def write_x(
    path: Path,
    *,
    owner_id: str,
    username: str,
    display: str,
    email: str,
    created: datetime,
    bio: str,
    followers: list[str],
    following: list[str],
    threads: list[Thread],
    when: datetime,
    rng: random.Random,
) -> Path:
    """Write an X archive zip. ``followers``/``following`` are account ids, newest first."""
    members: dict[str, bytes] = {"Your archive.html": README_HTML.encode()}
    members.update(relation_files("follower", followers))
    members.update(relation_files("following", following))
    members["data/account.js"] = x_js(
        "account",
        [
            {
                "account": {
                    "email": email,
                    "createdVia": "web",
                    "username": username,
                    "accountId": owner_id,
                    "createdAt": iso_ms(created),
                    "accountDisplayName": display,
                }
            }
        ],
    )
    members["data/profile.js"] = x_js(
        "profile",
        [
            {
                "profile": {
                    "description": {"bio": bio, "website": "", "location": ""},
                    "avatarMediaUrl": f"https://pbs.twimg.com/profile_images/{owner_id}/avatar.jpg",
                }
            }
        ],
    )
    conversations = []
    for thread in threads:
        other = thread.person.x_id
        thread.contact_id = f"x:{other}"
        a, b = sorted([owner_id, other], key=int)
        msgs = []
        for m in sorted(thread.messages, key=lambda m: m.when, reverse=True):
            sender, recipient = (other, owner_id) if m.direction == "in" else (owner_id, other)
            msgs.append(
                {
                    "messageCreate": {
                        "recipientId": recipient,
                        "reactions": [],
                        "urls": [],
                        "text": m.text,
                        "mediaUrls": [],
                        "senderId": sender,
                        "id": str(rng.randrange(10**18, 10**19)),
                        "createdAt": iso_ms(m.when),
                    }
                }
            )
        conversations.append({"dmConversation": {"conversationId": f"{a}-{b}", "messages": msgs}})
    members["data/direct-messages.js"] = x_js("direct_messages", conversations)
    # Group chats live in their own file; these accounts have none, as most do not.
    members["data/direct-messages-group.js"] = x_js("direct_messages_group", [])
    members["data/manifest.js"] = manifest(
        owner_id,
        username,
        display,
        when,
        {
            "follower": len(followers),
            "following": len(following),
            "directMessages": len(conversations),
        },
    )
    name = f"twitter-{when:%Y-%m-%d}-{rng.getrandbits(64):016x}.zip"
    return write_zip(path / name, members, when)
