"""Facebook's "Download your information" archive, and the friends list behind it.

Two generations: 2023+ (``connections/friends/your_friends.json`` with ``friends_v2``,
messages under ``your_activity_across_facebook/messages/inbox/``) and 2020-22
(``friends_and_followers/friends.json`` with ``friends``, ``messages/inbox/``). Every
string goes through Meta's mojibake.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from realnet_kit.samples._build import follow_time, uniquify_display
from realnet_kit.samples._common import IdBook, meta_json, slug, write_zip
from realnet_kit.samples._meta import _thread_json, _ts
from realnet_kit.samples._names import ascii_fold
from realnet_kit.samples._people import Person, Thread, Truth


def facebook_folder(name: str, rng: random.Random) -> str:
    squashed = "".join(c for c in ascii_fold(name) if c.isalnum()) or "facebookuser"
    return f"{squashed}_{rng.randrange(10**9, 10**10)}"


def write_facebook(
    path: Path,
    *,
    owner_name: str,
    owner_first: str,
    owner_last: str,
    owner_email: str,
    owner_slug: str,
    friends: list[tuple[str, datetime]],
    threads: list[Thread],
    when: datetime,
    layout: str = "2024",
    rng: random.Random,
    broadcasts: list[Thread] = (),
    broadcast_rng: random.Random | None = None,
) -> Path:
    """Write a Facebook archive zip. ``friends`` holds (display name, befriended at).

    ``broadcasts`` are threads the owner started (see :mod:`._broadcasts`); their folder
    numbers come from ``broadcast_rng``, so the main ``rng`` draws exactly as without them.
    """
    members: dict[str, bytes] = {}
    friends = sorted(friends, key=lambda f: f[1], reverse=True)
    rows = [{"name": n, "timestamp": _ts(t)} for n, t in friends]
    profile = {
        "name": {
            "full_name": owner_name,
            "first_name": owner_first,
            "middle_name": "",
            "last_name": owner_last,
        },
        "emails": {
            "emails": [owner_email],
            "previous_emails": [],
            "pending_emails": [],
            "ad_account_emails": [],
        },
        "registration_timestamp": _ts(when.replace(year=when.year - 9)),
        "profile_uri": f"https://www.facebook.com/{owner_slug}",
    }
    if layout == "2024":
        members["connections/friends/your_friends.json"] = meta_json({"friends_v2": rows})
        inbox = "your_activity_across_facebook/messages/inbox/"
        members["profile_information/profile_information.json"] = meta_json({"profile_v2": profile})
    else:
        members["friends_and_followers/friends.json"] = meta_json({"friends": rows})
        inbox = "messages/inbox/"
        members["profile_information/profile_information.json"] = meta_json({"profile": profile})
    for thread, draw in [*((t, rng) for t in threads), *((t, broadcast_rng) for t in broadcasts)]:
        other = thread.person.display["facebook"]
        folder = facebook_folder(other, draw)
        members[f"{inbox}{folder}/message_1.json"] = _thread_json(
            thread,
            owner_name,
            other,
            f"inbox/{folder}",
            geoblock_field=layout == "2024",
            share_base="https://www.facebook.com/share/p/",
        )
    name = f"facebook-{owner_slug}-{when:%Y-%m-%d}-{rng.getrandbits(32):08x}.zip"
    return write_zip(path / name, members, when)


def write_facebook_people(
    rng: random.Random,
    truth: Truth,
    exports: Path,
    *,
    friends: list[Person],
    threads: list[Thread],
    since: datetime,
    now: datetime,
    layout: str,
    owner: dict,
    broadcast: Callable[[list[Person]], list[Thread]] | None = None,
    broadcast_rng: random.Random | None = None,
) -> Path:
    """Write a Facebook archive from people (``display["facebook"]`` set on each).

    Facebook gives no account ids, so a friend is known by the slug of their name. The
    people one talks with get names no other friend shares (duplicates among the rest
    are kept: they are what real friend lists look like and get ``-2`` ids).

    ``broadcast``, when given, receives the friends the owner has no conversation with
    and whose name no other friend shares, and returns broadcast threads to them (see
    :mod:`._broadcasts`, drawn with ``broadcast_rng``). They are written after
    everything else is decided, so the rest of the archive stays as without them.
    """
    uniquify_display(threads, "facebook")
    talkers = {t.person.pid for t in threads}
    talker_slugs = {slug(t.person.display["facebook"]) for t in threads}
    for p in friends:
        if p.pid not in talkers and slug(p.display["facebook"]) in talker_slugs:
            p.display["facebook"] = f"{p.name.given} {p.name.given[:1]}. {p.name.family}"
    dated = sorted(
        ((p, follow_time(rng, since, now, 1.2)) for p in friends),
        key=lambda pw: pw[1],
        reverse=True,
    )
    book = IdBook()
    ids = {}
    for p, _ in dated:
        ids[p.pid] = book.take(f"facebook:{slug(p.display['facebook'])}")
        truth.account(ids[p.pid], "facebook", p)
    for t in threads:
        t.contact_id = ids.get(t.person.pid) or f"facebook:{slug(t.person.display['facebook'])}"
    sent: list[Thread] = []
    if broadcast is not None:
        slugs = Counter(slug(p.display["facebook"]) for p in friends)
        quiet = [
            p
            for p in friends
            if p.pid not in talkers
            and slugs[slug(p.display["facebook"])] == 1
            and slug(p.display["facebook"]) not in talker_slugs
        ]
        sent = broadcast(quiet)
        for t in sent:
            t.contact_id = ids[t.person.pid]
    path = write_facebook(
        exports,
        friends=[(p.display["facebook"], w) for p, w in dated],
        threads=threads,
        when=now,
        layout=layout,
        rng=rng,
        broadcasts=sent,
        broadcast_rng=broadcast_rng,
        **owner,
    )
    for t in sent:
        truth.thread(t)
        truth.broadcast(t)
    return path
