"""Meta's archives: shared message-thread JSON, and the Instagram archive zip.

Instagram comes in two generations: 2023+ puts
``connections/followers_and_following/followers_1.json`` (a list) and ``following.json``
(username in ``title``, an ``/_u/`` link) beside messages under
``your_instagram_activity/messages/inbox/`` (and ``message_requests/``); 2020-22 has
``followers_and_following/followers.json`` (``relationships_followers``) and
``messages/inbox/``. Every string goes through Meta's mojibake (UTF-8 bytes as
``\\u00XX`` escapes). Facebook's archive is in :mod:`._facebook`.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from realnet_kit.samples._common import meta_json, write_zip
from realnet_kit.samples._people import Thread


@dataclass
class Follow:
    username: str
    when: datetime


def _ts(when: datetime) -> int:
    return int(when.timestamp())


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
#: Share of inbound messages that are a shared post (no text) or get a reaction.
SHARED_POST_SHARE = 0.06
REACTION_SHARE = 0.08
SHORTCODE = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_"


def _ms(when: datetime) -> int:
    return (when - _EPOCH) // timedelta(milliseconds=1)


def _thread_json(
    thread: Thread,
    owner_name: str,
    other_name: str,
    path: str,
    geoblock_field: bool = True,
    share_base: str = "https://www.instagram.com/p/",
) -> bytes:
    """One ``message_1.json``: newest message first, some shared posts and reactions."""
    rng = random.Random(zlib.crc32(path.encode()))
    msgs = sorted(thread.messages, key=lambda m: m.when, reverse=True)  # newest first
    out = []
    for m in msgs:
        item: dict = {
            "sender_name": other_name if m.direction == "in" else owner_name,
            "timestamp_ms": _ms(m.when),
        }
        if m.direction == "in" and rng.random() < SHARED_POST_SHARE:
            code = "".join(
                rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_")
                for _ in range(11)
            )
            # A shared post travels with the words that came with it: never a bare link.
            item["share"] = {"link": f"https://www.instagram.com/p/{code}/"}
        item["content"] = m.text
        if m.direction == "in" and rng.random() < REACTION_SHARE:
            item["reactions"] = [
                {"reaction": rng.choice(["❤", "😂", "👍", "😍"]), "actor": owner_name}
            ]
        if geoblock_field:
            item["is_geoblocked_for_viewer"] = False
        out.append(item)
    return meta_json(
        {
            "participants": [{"name": other_name}, {"name": owner_name}],
            "messages": out,
            "title": other_name,
            "is_still_participant": True,
            "thread_path": path,
            "magic_words": [],
        }
    )


def write_instagram(
    path: Path,
    *,
    owner_username: str,
    owner_name: str,
    owner_email: str,
    followers: list[Follow],
    following: list[Follow],
    threads: list[Thread],
    when: datetime,
    layout: str = "2024",
    rng: random.Random,
    broadcasts: list[Thread] = (),
    broadcast_rng: random.Random | None = None,
) -> Path:
    """Write an Instagram archive zip; thread contact ids become ``instagram:<username>``.

    ``broadcasts`` are threads the owner started (see :mod:`._broadcasts`); their folder
    numbers come from ``broadcast_rng``, so the main ``rng`` draws exactly as without them.
    """
    members: dict[str, bytes] = {}
    followers = sorted(followers, key=lambda f: f.when, reverse=True)
    following = sorted(following, key=lambda f: f.when, reverse=True)
    if layout == "2024":
        base = "connections/followers_and_following/"
        members[base + "followers_1.json"] = meta_json(
            [
                {
                    "title": "",
                    "media_list_data": [],
                    "string_list_data": [
                        {
                            "href": f"https://www.instagram.com/{f.username}",
                            "value": f.username,
                            "timestamp": _ts(f.when),
                        }
                    ],
                }
                for f in followers
            ]
        )
        members[base + "following.json"] = meta_json(
            {
                "relationships_following": [
                    {
                        "title": f.username,
                        "string_list_data": [
                            {
                                "href": f"https://www.instagram.com/_u/{f.username}",
                                "timestamp": _ts(f.when),
                            }
                        ],
                    }
                    for f in following
                ]
            }
        )
        inbox = "your_instagram_activity/messages/inbox/"
        info = "personal_information/personal_information/personal_information.json"
    else:
        base = "followers_and_following/"
        members[base + "followers.json"] = meta_json(
            {
                "relationships_followers": [
                    {
                        "title": "",
                        "media_list_data": [],
                        "string_list_data": [
                            {
                                "href": f"https://www.instagram.com/{f.username}",
                                "value": f.username,
                                "timestamp": _ts(f.when),
                            }
                        ],
                    }
                    for f in followers
                ]
            }
        )
        members[base + "following.json"] = meta_json(
            {
                "relationships_following": [
                    {
                        "title": "",
                        "media_list_data": [],
                        "string_list_data": [
                            {
                                "href": f"https://www.instagram.com/{f.username}",
                                "value": f.username,
                                "timestamp": _ts(f.when),
                            }
                        ],
                    }
                    for f in following
                ]
            }
        )
        inbox = "messages/inbox/"
        info = "personal_information/personal_information.json"
    members[info] = meta_json(
        {
            "profile_user": [
                {
                    "media_map_data": {
                        "Profile Photo": {
                            "uri": "media/other/profile_photo.jpg",
                            "creation_timestamp": _ts(when),
                        }
                    },
                    "string_map_data": {
                        "Email": {"href": "", "value": owner_email, "timestamp": 0},
                        "Username": {"href": "", "value": owner_username, "timestamp": 0},
                        "Name": {"href": "", "value": owner_name, "timestamp": 0},
                        "Gender": {"href": "", "value": "", "timestamp": 0},
                        "Private Account": {"href": "", "value": "False", "timestamp": 0},
                    },
                }
            ]
        }
    )
    followed = {f.username for f in following}
    for thread, draw in [*((t, rng) for t in threads), *((t, broadcast_rng) for t in broadcasts)]:
        user = thread.person.handles["instagram"]
        thread.contact_id = f"instagram:{user.lower()}"
        other = thread.person.display.get("instagram") or user
        folder = f"{user.replace('.', '')}_{draw.randrange(10**16, 10**17)}"
        # Someone the owner does not follow lands in "message requests" until answered.
        box = "inbox/"
        if user not in followed and all(m.direction == "in" for m in thread.messages):
            box = "message_requests/"
        members[f"{inbox.replace('inbox/', box)}{folder}/message_1.json"] = _thread_json(
            thread, owner_name, other, f"{box}{folder}"
        )
    name = f"instagram-{owner_username}-{when:%Y-%m-%d}-{rng.getrandbits(32):08x}.zip"
    return write_zip(path / name, members, when)
