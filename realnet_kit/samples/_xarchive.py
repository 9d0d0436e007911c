"""X (Twitter) archive zips, laid out as X ships them.

``data/follower.js`` and ``data/following.js`` hold only account ids and intent links
(no handle, no name), newest first; big lists continue in ``follower-part1.js`` with
``window.YTD.follower.part1``. ``data/account.js`` names the owner, and
``data/direct-messages.js`` holds one-to-one conversations (newest message first).
``data/tweets.js`` holds the owner's own posts: each reply carries the id and username
of the account it answers (``in_reply_to_user_id_str``, ``in_reply_to_screen_name``), and
every account a post names is listed under ``entities.user_mentions`` with its id,
username and display name as they were when the post was written.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from realnet_kit.samples._common import iso_ms, write_zip, x_js
from realnet_kit.samples._people import Person, Thread

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


#: How likely the owner is to have named someone in a public post over the years (a
#: thank-you, a reply, a shout-out), by tier: a small business on X talks in public with
#: the people it knows, and now and then answers a stranger.
MENTION_ODDS = {"inner circle": 0.9, "real": 0.7, "warm": 0.45, "acquaintance": 0.25}
#: ... a follower it writes with in private, and any other genuine follower (a reply to
#: a fan's post).
MENTION_ODDS_TALKED = 0.5
MENTION_ODDS_CROWD = 0.02

# fmt: off
#: Posts naming one account ({h} its username); the first ones are replies to that account.
REPLIES = [
    "@{h} thank you, that means a lot 💛", "@{h} ha, we'll see what we can do!",
    "@{h} so glad you made it, thanks for coming", "@{h} yes! Saturday from 9",
    "@{h} fixed now, thanks for telling us", "@{h} we'd love that, drop us a message",
    "@{h} not long now, promise", "@{h} oh that's brilliant, thank you for sharing",
    "@{h} good question, the answer is yes (mostly)", "@{h} cheers, you're a star",
]
SHOUTOUTS = [
    "Huge thanks to @{h} for today, couldn't have done it without you",
    "If you don't follow @{h} yet, fix that now",
    "Lovely to catch up with @{h} this week",
    "Big congratulations to @{h} 🎉 well deserved",
    "Still thinking about that chat with @{h}. More of this, please",
    "Proper team effort this weekend, thank you @{h}",
    "Nice one @{h}, that made our morning",
]
PLAIN = [
    "Quiet week here, which means we're cooking something up.",
    "Thank you to everyone who came by this month. You keep us going.",
    "New things coming soon. Watch this space 👀",
    "Small reminder that we read every message, even when we're slow to answer.",
    "Short hours on Monday, back to normal on Tuesday.",
]
# fmt: on


@dataclass
class Post:
    """One of the owner's posts: when, its text, whom it answers and whom it names."""

    when: datetime
    text: str
    reply_to: Person | None
    named: list[Person]


def draw_posts(
    rng: random.Random,
    known: list[Person],
    talked: set[str],
    crowd: list[Person],
    start: datetime,
    now: datetime,
) -> list[Post]:
    """The owner's posts over the years: replies and shout-outs to people on X, and
    plain posts naming no one.

    ``known``: the owner's people on X (with a tier); ``talked``: ids of the persons the
    owner writes with in private; ``crowd``: other genuine followers.
    """
    posts: list[Post] = []
    span = (now - start).total_seconds()
    mine = {p.pid for p in known}
    for p in known + crowd:
        odds = MENTION_ODDS.get(p.tier, MENTION_ODDS_CROWD) if p.pid in mine else 0.0
        if p.pid in talked:
            odds = max(odds, MENTION_ODDS_TALKED)
        odds = odds or MENTION_ODDS_CROWD
        if rng.random() >= odds:
            continue
        for _ in range(1 + int(3 * rng.random() ** 3) if p.pid in mine else 1):
            when = start + timedelta(seconds=int(span * rng.random() ** 0.7))
            if rng.random() < 0.6:
                posts.append(Post(when, rng.choice(REPLIES).format(h=p.handles["x"]), p, [p]))
            else:
                posts.append(Post(when, rng.choice(SHOUTOUTS).format(h=p.handles["x"]), None, [p]))
    for _ in range(max(5, len(posts) // 2)):
        when = start + timedelta(seconds=int(span * rng.random() ** 0.7))
        posts.append(Post(when, rng.choice(PLAIN), None, []))
    return sorted(posts, key=lambda post: post.when, reverse=True)


def _x_time(when: datetime) -> str:
    """Post timestamps as X writes them: 'Wed Oct 02 09:41:17 +0000 2024'."""
    return when.strftime("%a %b %d %H:%M:%S +0000 %Y")


def tweet_items(posts: list[Post], rng: random.Random) -> list[dict]:
    """``data/tweets.js`` entries, laid out as X writes them (numbers as text)."""
    items = []
    for post in posts:
        tid = str(rng.randrange(10**18, 10**19))
        mentions = []
        for p in post.named:
            at = post.text.find("@" + p.handles["x"])
            mentions.append(
                {
                    "name": p.display.get("x") or p.name.full,
                    "screen_name": p.handles["x"],
                    "indices": [str(at), str(at + 1 + len(p.handles["x"]))],
                    "id_str": p.x_id,
                    "id": p.x_id,
                }
            )
        tweet: dict = {
            "edit_info": {
                "initial": {
                    "editTweetIds": [tid],
                    "editableUntil": iso_ms(post.when + timedelta(hours=1)),
                    "editsRemaining": "5",
                    "isEditEligible": post.reply_to is None,
                }
            },
            "retweeted": False,
            "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
            "entities": {"hashtags": [], "symbols": [], "user_mentions": mentions, "urls": []},
            "display_text_range": ["0", str(len(post.text))],
            "favorite_count": str(int(12 * rng.random() ** 3)),
            "id_str": tid,
            "truncated": False,
            "retweet_count": str(int(4 * rng.random() ** 4)),
            "id": tid,
            "created_at": _x_time(post.when),
            "favorited": False,
            "full_text": post.text,
            "lang": "en",
        }
        if post.reply_to is not None:
            parent = str(rng.randrange(10**18, 10**19))
            tweet["in_reply_to_status_id_str"] = parent
            tweet["in_reply_to_status_id"] = parent
            tweet["in_reply_to_user_id"] = post.reply_to.x_id
            tweet["in_reply_to_user_id_str"] = post.reply_to.x_id
            tweet["in_reply_to_screen_name"] = post.reply_to.handles["x"]
        items.append({"tweet": tweet})
    return items


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
    posts: list[Post] = (),
) -> Path:
    """Write an X archive zip. ``followers``/``following`` are account ids, newest first;
    ``posts`` the owner's own (``data/tweets.js``)."""
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
    members["data/tweets.js"] = x_js("tweets", tweet_items(list(posts), rng))
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
            "tweets": len(posts),
        },
    )
    name = f"twitter-{when:%Y-%m-%d}-{rng.getrandbits(64):016x}.zip"
    return write_zip(path / name, members, when)
