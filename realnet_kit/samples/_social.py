"""A follower audience on X and Instagram: genuine crowd, bought batches, spam bots, idols.

:class:`Audience` draws who follows whom and when; :func:`write_audience_x_instagram`
writes both archives, records the ground truth and returns the profile-signal rows.
Bought followers are delivered in bursts (many follows in the same minute) from
accounts created in batches (so their X ids sit next to each other).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from realnet_kit.samples._bios import home_town
from realnet_kit.samples._build import (
    People,
    auto_x_handle,
    display_name,
    fake_username,
    follow_time,
)
from realnet_kit.samples._common import x_account_id
from realnet_kit.samples._meta import Follow, write_instagram
from realnet_kit.samples._names import pick_culture
from realnet_kit.samples._people import Person, Thread, Truth
from realnet_kit.samples._signals import COLUMNS, draw_profile, signal_row
from realnet_kit.samples._xarchive import draw_posts, write_x

#: The name of the stream each follower's profile signals are drawn from (with the
#: platform and the account): one stream per profile, so that a change to the
#: conversations does not redraw every profile. Bought-follower detection on the bakery's
#: 149 fakes moves between MCC 0.83 and 0.90 from one stream name to another (measured
#: over six); this one gives 0.87, the band 0.92 (measured again with the larger name
#: pools).
PROFILE_STREAM = "profile1"

GENUINE_MIX = {"active": 55, "lurker": 27, "newfan": 12, "pro": 6}
INDUSTRY = {
    "manager",
    "sound engineer",
    "venue booker",
    "promoter",
    "music journalist",
    "radio host",
    "producer",
    "festival booker",
    "label scout",
    "venue manager",
    "podcaster",
    "industry",
    "supplier",
    "café",
    "client",
    "agency",
}
#: Share of each kind of fake shown under a person's name (the rest show a brand, a
#: slogan or their handle). Their names come from the same pools as real people's.
PERSON_LIKE_FAKES = {"cheap_fake": 0.6, "premium_fake": 0.9, "spam_bot": 0.45}
# fmt: off
BOT_NAMES = [
    "Crypto Signals 🚀", "Promo Hub", "Daily Deals 🔥", "Music Promo 🎵", "Forex Academy",
    "Sneaker Plug", "Growth Guru", "NFT Alerts", "Stream Boost", "Giveaway Central 🎁",
    "Followers Shop", "Web3 Daily", "Insta Growth Pro", "Passive Income Tips",
]
# fmt: on
I_FOLLOW_NAMED = {"inner circle": 1.0, "real": 1.0, "warm": 0.5, "acquaintance": 0.2}
#: Of the people with a bio on both X and Instagram, the share who wrote one and pasted
#: it into the other (the rest wrote each platform its own) ...
BIO_COPIED = 0.25
#: ... and the share who point to their other account in a bio ("IG: @ana.lopez").
OTHER_ACCOUNT_IN_BIO = 0.06
#: Where a bio sits in a profile-signal row.
BIO_COLUMN = COLUMNS.index("description")


@dataclass
class Acc:
    person: Person
    kind: str
    follows_me: bool
    i_follow: bool
    followed_at: datetime
    created: datetime
    i_followed_at: datetime | None = None


@dataclass
class Audience:
    rng: random.Random
    people: People
    truth: Truth
    now: datetime
    start: datetime
    named: dict[str, list[Person]]
    genuine: dict[str, int]
    bought: dict[str, list[tuple[datetime, int, int]]]
    spam_bots: dict[str, int]
    idols: dict[str, int]
    overlap: float = 0.1
    accounts: dict[str, list[Acc]] = field(default_factory=dict)
    crowd: dict[str, list[Person]] = field(default_factory=dict)
    _x_ids: set[str] = field(default_factory=set)
    _seq: int = 0

    def _x_id(self, p: Person, created: datetime) -> None:
        while True:
            self._seq += 1
            xid = x_account_id(created, self._seq)
            if xid not in self._x_ids:
                break
        self._x_ids.add(xid)
        p.x_id = xid

    def _created(self, kind: str, followed: datetime) -> datetime:
        rng = self.rng
        if kind == "newfan":
            return followed - timedelta(days=rng.uniform(0.2, 60))
        first = datetime(2008, 6, 1, tzinfo=followed.tzinfo)
        return follow_time(rng, first, followed - timedelta(days=1), 0.8)

    def _genuine(self, pl: str, p: Person, kind: str, *, i_follow_p: float) -> Acc:
        rng = self.rng
        followed = (
            follow_time(rng, self.now - timedelta(days=120), self.now, 1.0)
            if kind == "newfan"
            else follow_time(rng, self.start, self.now, 2.0)
        )
        created = self._created(kind, followed)
        if pl not in p.handles:
            if pl == "x" and kind in ("lurker", "newfan") and rng.random() < 0.35:
                h = auto_x_handle(p.name, rng)
                if self.people.reserve("x", h, p):
                    p.handles["x"] = h
            if pl not in p.handles:
                self.people.handle(p, pl)
        p.display.setdefault(pl, display_name(p, rng))
        if pl == "x" and p.x_id is None:
            self._x_id(p, created)
        acc = Acc(p, kind, True, rng.random() < i_follow_p, followed, created)
        if acc.i_follow:
            acc.i_followed_at = follow_time(rng, max(followed, self.start), self.now, 1.0)
        return acc

    def _fake(self, pl: str, kind: str, created: datetime, followed: datetime) -> Acc:
        rng = self.rng
        person_like = rng.random() < PERSON_LIKE_FAKES[kind]
        culture = self.people.fake_pool() if person_like else pick_culture(rng, self.people.weights)
        p = self.people.new("fake", kind, is_fake=True, culture=culture)
        p.shown_as_person = person_like
        for _ in range(20):
            h = fake_username(p.name, rng, pl)
            if kind == "premium_fake" and rng.random() < 0.6:
                h = None
                self.people.handle(p, pl)
                break
            if self.people.reserve(pl, h, p):
                p.handles[pl] = h
                break
        if person_like:
            # a copied or made-up person shows their name as people do (the same mix of
            # nicknames, emoji and lower case), so no style of name marks an account as fake
            p.display[pl] = display_name(p, rng)
        elif kind == "spam_bot":
            p.display[pl] = rng.choice(BOT_NAMES)
        else:
            p.display[pl] = p.handles[pl]
        if pl == "x":
            self._x_id(p, created)
        return Acc(p, kind, True, False, followed, created)

    def draw(self) -> None:
        rng = self.rng
        for pl in ("x", "instagram"):
            accs: list[Acc] = []
            for p in self.named.get(pl, []):
                kind = "pro" if p.role in INDUSTRY else "active"
                acc = self._genuine(pl, p, kind, i_follow_p=I_FOLLOW_NAMED.get(p.tier, 0))
                accs.append(acc)
            crowd: list[Person] = []
            reuse = self.crowd.get("x", []) if pl == "instagram" else []
            for _ in range(self.genuine[pl]):
                if reuse and rng.random() < self.overlap:
                    p = reuse.pop(rng.randrange(len(reuse)))
                else:
                    p = self.people.new("scoreboard only", "follower")
                kind = rng.choices(list(GENUINE_MIX), weights=list(GENUINE_MIX.values()))[0]
                accs.append(
                    self._genuine(pl, p, kind, i_follow_p={"pro": 0.4, "active": 0.05}.get(kind, 0))
                )
                crowd.append(p)
            if pl == "x":
                self.crowd["x"] = list(crowd)
            for start, cheap, premium in self.bought.get(pl, []):
                accs += self._batch(pl, start, cheap, premium)
            for _ in range(self.spam_bots.get(pl, 0)):
                followed = follow_time(rng, self.start, self.now, 2.5)
                created = followed - timedelta(days=rng.uniform(30, 2000))
                accs.append(self._fake(pl, "spam_bot", created, followed))
            for _ in range(self.idols.get(pl, 0)):
                p = self.people.new("scoreboard only", "followed only")
                acc = self._genuine(pl, p, "pro", i_follow_p=1.0)
                acc.follows_me = False
                accs.append(acc)
            self.accounts[pl] = accs
            self.crowd[pl] = crowd

    def _batch(self, pl: str, start: datetime, cheap: int, premium: int) -> list[Acc]:
        """Bought followers: bursts of follows in one minute from batch-created accounts."""
        rng = self.rng
        out: list[Acc] = []
        for kind, n, age in (
            ("cheap_fake", cheap, (20, 200)),
            ("premium_fake", premium, (400, 1400)),
        ):
            t = start
            made = 0
            while made < n:
                farm_day = start - timedelta(days=rng.uniform(*age))
                burst = min(n - made, rng.randint(4, 30))
                created = farm_day
                for _ in range(burst):
                    created = created + timedelta(seconds=rng.randint(15, 120))
                    followed = t + timedelta(seconds=rng.randint(0, 59))
                    out.append(self._fake(pl, kind, created, followed))
                made += burst
                t = t + timedelta(
                    minutes=rng.randint(2, 25) if kind == "cheap_fake" else rng.randint(20, 240)
                )
        return out


def write_audience_x_instagram(
    aud: Audience,
    exports: Path,
    *,
    threads_x: list[Thread],
    threads_ig: list[Thread],
    owner: dict,
    ig_layout: str = "2024",
    broadcasts_ig: list[Thread] = (),
    broadcast_rng: random.Random | None = None,
) -> list[list]:
    """Write the X and Instagram zips, record truth, return profile-signal rows.

    ``broadcasts_ig``: Instagram threads holding only broadcast copies, named with
    ``broadcast_rng`` (see :mod:`._broadcasts`).
    """
    rng = aud.rng
    signals: list[list] = []
    x = aud.accounts.get("x", [])
    if x:
        followers = [
            a.person.x_id
            for a in sorted(
                (a for a in x if a.follows_me), key=lambda a: a.followed_at, reverse=True
            )
        ]
        following = [
            a.person.x_id
            for a in sorted(
                (a for a in x if a.i_follow), key=lambda a: a.i_followed_at, reverse=True
            )
        ]
        write_x(
            exports,
            owner_id=owner["x_id"],
            username=owner["x_user"],
            display=owner["display"],
            email=owner["email"],
            created=owner["created"],
            bio=owner["bio"],
            followers=followers,
            following=following,
            threads=threads_x,
            when=aud.now,
            rng=rng,
            # the owner's public posts, from their own stream (the rest stays as drawn)
            posts=draw_posts(
                random.Random(f"posts-{aud.people.world_name}"),
                known=list(aud.named.get("x", [])),
                talked={t.person.pid for t in threads_x},
                crowd=[p for p in aud.crowd.get("x", []) if not p.is_fake],
                start=max(aud.start, owner["created"]),
                now=aud.now,
            ),
        )
    ig = aud.accounts.get("instagram", [])
    if ig:
        write_instagram(
            exports,
            owner_username=owner["ig_user"],
            owner_name=owner["display"],
            owner_email=owner["email"],
            followers=[
                Follow(a.person.handles["instagram"], a.followed_at) for a in ig if a.follows_me
            ],
            following=[
                Follow(a.person.handles["instagram"], a.i_followed_at) for a in ig if a.i_follow
            ],
            threads=threads_ig,
            when=aud.now,
            layout=ig_layout,
            rng=rng,
            broadcasts=broadcasts_ig,
            broadcast_rng=broadcast_rng,
        )
    homes: dict[str, str] = {}  # person id -> the location their profiles give
    first_bio: dict[str, tuple[str, str, str]] = {}  # person id -> first profile's bio
    for pl, accs in (("x", x), ("instagram", ig)):
        for a in accs:
            p = a.person
            cid = f"x:{p.x_id}" if pl == "x" else f"instagram:{p.handles[pl].lower()}"
            aud.truth.account(cid, pl, p)
            if a.follows_me:
                ident = p.x_id if pl == "x" else p.handles[pl].lower()
                # each profile from its own stream: a change in the conversations does
                # not redraw every follower's profile
                prng = random.Random(f"{PROFILE_STREAM}-{aud.people.world_name}-{pl}-{ident}")
                prof = draw_profile(prng, a.kind, created=a.created)
                if p.pid not in homes:
                    homes[p.pid] = home_town(rng, aud.people.world_name, aud.people.city)
                row = signal_row(
                    prng,
                    prof,
                    account_id=ident,
                    name=p.display[pl],
                    handle=p.handles[pl],
                    platform=pl,
                    now=aud.now,
                    culture=p.name.culture,
                    feminine=p.name.feminine,
                    location=homes[p.pid],
                    world=aud.people.world_name,
                )
                if not p.is_fake:
                    _one_person_two_bios(aud.people.world_name, p, pl, row, first_bio)
                signals.append(row)
    return signals


def _one_person_two_bios(world: str, p: Person, pl: str, row: list, first: dict) -> None:
    """A person's second profile: the bio of the first pasted in, or a pointer to the
    first account, as often as people do (:data:`BIO_COPIED`,
    :data:`OTHER_ACCOUNT_IN_BIO`); from the person's own stream."""
    bio = row[BIO_COLUMN]
    if p.pid not in first:
        first[p.pid] = (pl, p.handles[pl], bio)
        return
    other, handle, earlier = first[p.pid]
    if other == pl or not bio:
        return
    rng = random.Random(f"bios-{world}-{p.pid}")
    if earlier and rng.random() < BIO_COPIED:
        bio = earlier
    if rng.random() < OTHER_ACCOUNT_IN_BIO:
        pointer = (
            rng.choice([f"IG: @{handle}", f"📷 instagram.com/{handle}", f"insta @{handle}"])
            if other == "instagram"
            else rng.choice([f"X: @{handle}", f"also @{handle} on X", f"twitter.com/{handle}"])
        )
        bio = f"{bio} · {pointer}"
    row[BIO_COLUMN] = bio
