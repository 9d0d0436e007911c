"""Helpers the three business generators share: people, name variants, follow times."""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import datetime, timedelta

from realnet_kit.samples._names import (
    EMOJI,
    WORLDS,
    Name,
    ascii_fold,
    family_form,
    pick_culture,
    random_name,
    username_for,
    world_families,
)
from realnet_kit.samples._people import TIERS, Message, Person, Thread, heavy_count
from realnet_kit.samples._talk import scene_messages

MAIL_DOMAINS = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "outlook.com",
    "hotmail.co.uk",
    "yahoo.com",
    "icloud.com",
    "proton.me",
    "gmx.de",
    "web.de",
    "sapo.pt",
    "wp.pl",
    "posteo.net",
    "fastmail.com",
]

PHONE_PREFIX = {
    "english": "+44 7700 9",
    "irish": "+353 85 1",
    "portuguese": "+351 912 3",
    "spanish": "+34 612 4",
    "french": "+33 6 12 3",
    "german": "+49 151 2",
    "polish": "+48 501 2",
    "nigerian": "+234 803 5",
    "ghanaian": "+233 24 4",
    "indian": "+91 98450 1",
}

#: How each platform shows a person's name, and how often (the rest use the full name).
VARIANT_WEIGHTS = {
    "full": 50,
    "nickname": 12,
    "given": 8,
    "native": 8,
    "emoji": 7,
    "married": 6,
    "lower": 5,
    "initial": 4,
}

#: Chance that a person who already has a handle on one platform takes it, or a close
#: variant of it, on the next (adapted to the platform's rules: no dots on X, at most 15
#: characters there). Studies that match usernames across sites find about half of
#: people reuse one; the rest pick a new one, so the same person often shows up under a
#: different handle.
HANDLE_REUSE = 0.5
#: Of the reused handles, the share changed a little: the plain one was taken, or the
#: person added a mark of their own (``ana.lopez`` -> ``ana.lopez_``, ``analopez87``).
HANDLE_VARIANT = 0.3


def handle_key(handle: str) -> str:
    """What makes two handles "the same" to a reader: case, dots, underscores and any
    ``@server`` part ignored.

    >>> handle_key("@Ana.Lopez_@mastodon.social")
    'analopez'
    """
    return re.sub(r"[^a-z0-9]", "", handle.lower().lstrip("@").split("@")[0])


class People:
    """Draws persons with unique ids, and handles that each belong to one person.

    A handle is unique on its platform, and across platforms it belongs to one person
    only (compared by :func:`handle_key`): in a real crowd two strangers rarely hold the
    same name on X and on Instagram, whereas one person keeping a handle is common.
    """

    def __init__(self, rng: random.Random, prefix: str, city: str, world: str) -> None:
        self.rng = rng
        self.prefix = prefix
        self.city = city
        self.world_name = world
        self.world, self.weights = WORLDS[world]
        self.count = 0
        #: Name pools (cultures) drawn so far, of real people and of fakes shown by a
        #: person-like name: :meth:`fake_pool` keeps the second in step with the first.
        self.real_pools: Counter[str] = Counter()
        self.fake_pools: Counter[str] = Counter()
        self.taken: dict[str, set[str]] = {}
        self.owners: dict[str, str] = {}  # handle_key -> person id, over all platforms

    def new(
        self,
        tier: str,
        role: str,
        *,
        name: Name | None = None,
        is_fake: bool = False,
        culture: str | None = None,
    ) -> Person:
        assert tier in (*TIERS, "fake"), tier
        self.count += 1
        rng = self.rng
        if name is None:
            culture = culture or pick_culture(rng, self.weights)
            name = random_name(rng, culture, self.world)
        p = Person(f"{self.prefix}{self.count:05d}", name, tier, role, is_fake=is_fake)
        if not is_fake:
            self.real_pools[name.culture] += 1
        p.city = self.city if rng.random() < 0.7 else None
        if name.feminine and rng.random() < 0.12 and not is_fake:
            married = rng.choice(world_families(name.culture, self.world))
            p.married_family = family_form(name.culture, married, feminine=True)
            if p.married_family == name.family:
                p.married_family = None
        return p

    def fake_pool(self) -> str:
        """The name pool for the next fake shown under a person-like name.

        Bought accounts carry stolen or generated names from the same crowd as everyone
        else: the pool furthest behind its share among real people so far is taken (ties
        drawn at random), so the fakes' mix of names follows the real people's.
        """
        total = sum(self.real_pools.values()) or 1
        n = sum(self.fake_pools.values()) + 1
        deficit = {c: k / total * n - self.fake_pools[c] for c, k in self.real_pools.items()}
        if not deficit:
            choice = pick_culture(self.rng, self.weights)
        else:
            top = max(deficit.values())
            choice = self.rng.choice(sorted(c for c, d in deficit.items() if d >= top - 1e-9))
        self.fake_pools[choice] += 1
        return choice

    def handle(self, person: Person, platform: str) -> str:
        """A username on ``platform``: sometimes the person's handle from elsewhere, else new."""
        if (person.handles or _mail_name(person)) and self.rng.random() < HANDLE_REUSE:
            kept = self._kept_handle(person, platform)
            if kept:
                person.handles[platform] = kept
                return kept
        scratch: set[str] = set()
        for _ in range(50):
            h = username_for(person.name, self.rng, scratch)
            if platform == "x":
                h = h.replace(".", "_")[:15]
            if self.reserve(platform, h, person):
                break
        else:  # pragma: no cover - 50 collisions in a row
            h = f"{ascii_fold(person.name.given)[:8]}{self.rng.randrange(10**6, 10**7)}"
            while not self.reserve(platform, h, person):
                h = f"{ascii_fold(person.name.given)[:8]}{self.rng.randrange(10**6, 10**7)}"
        person.handles[platform] = h
        return h

    def _kept_handle(self, person: Person, platform: str) -> str | None:
        """The person's first handle elsewhere (or the name of their personal mail
        address, a username too), as ``platform`` allows it (None if it can't)."""
        mail = _mail_name(person)
        for other, h in [*person.handles.items(), *([("mail", mail)] if mail else [])]:
            if other == platform:
                continue
            h = h.split("@")[0]
            if sum(c.isdigit() for c in h) >= 5:  # a handle the platform made up: not kept
                continue
            if self.rng.random() < HANDLE_VARIANT:
                h = handle_variant(h, self.rng)
            if platform == "x":
                h = h.replace(".", "_")
                if len(h) > 15:
                    continue
            if h and self.reserve(platform, h, person):
                return h
        return None

    def reserve(self, platform: str, handle: str, person: Person) -> bool:
        """Claim ``handle`` on ``platform`` for ``person``.

        False if the platform already has it (ignoring case, ``.`` and ``_``) or if
        another person holds it on any platform (compared by :func:`handle_key`).
        """
        taken = self.taken.setdefault(platform, set())
        key = re.sub(r"[^a-z0-9@]", "", handle.lower())
        if key in taken:
            return False
        shared = handle_key(handle)
        if shared and self.owners.get(shared, person.pid) != person.pid:
            return False
        taken.add(key)
        if shared:
            self.owners[shared] = person.pid
        return True


def _mail_name(person: Person) -> str | None:
    """The name part of a person's personal mail address (``ana.lopez`` of
    ``ana.lopez@gmail.com``), which people often take as their username elsewhere; a work
    address's is not theirs to take."""
    if not person.email or "@" not in person.email:
        return None
    local, domain = person.email.split("@", 1)
    return local if domain in MAIL_DOMAINS and len(local) >= 4 else None


def handle_variant(handle: str, rng: random.Random) -> str:
    """A close variant of a username, as people make when theirs is taken elsewhere.

    >>> handle_variant("ana.lopez", random.Random(3)) != "ana.lopez"
    True
    """
    stem = handle.rstrip("_0123456789") or handle
    return rng.choice(
        [
            f"{stem}_",
            f"_{stem}",
            f"{stem}{rng.randint(1, 99)}",
            f"the{stem}" if "." not in stem else f"the.{stem}",
            stem.replace(".", "_") if "." in stem else f"{stem}x",
            stem.replace("_", "") if "_" in stem else f"{stem}_{rng.randint(1, 9)}",
        ]
    )


def uniquify_display(threads: list, platform: str) -> None:
    """Give the people of one platform's conversations distinct display names.

    Inboxes name people only by display name, so two conversations with two different
    "Sam Wood"s could not be told apart; real people would differ in some small way.
    """
    used: set[str] = set()
    for t in threads:
        p = t.person
        options = [
            p.display.get(platform) or p.name.full,
            p.name.full,
            f"{p.name.nickname} {p.name.family}",
            f"{p.name.given} {p.name.family[:1]}.",
            f"{p.name.full} ({p.handles.get(platform, p.pid)})",
        ]
        for cand in options:
            if cand not in used:
                break
        p.display[platform] = cand
        used.add(cand)


def email_for(person: Person, rng: random.Random, domain: str | None = None) -> str:
    g = "".join(c for c in ascii_fold(person.name.given) if c.isalnum()) or "hello"
    f = "".join(c for c in ascii_fold(person.name.family) if c.isalnum()) or "mail"
    local = rng.choice(
        [f"{g}.{f}", f"{g}{f[:1]}", f"{g[:1]}{f}", f"{g}_{f}{rng.randint(1, 99)}", f"{g}"]
    )
    return f"{local}@{domain or rng.choice(MAIL_DOMAINS)}"


def phone_for(person: Person, rng: random.Random) -> str:
    prefix = PHONE_PREFIX.get(person.name.culture, "+44 7700 9")
    return f"{prefix}{rng.randint(0, 99):02d} {rng.randint(100, 999)}"


def display_name(person: Person, rng: random.Random, *, variant: str | None = None) -> str:
    """How this person's name shows on one platform: a small, human variation."""
    n = person.name
    if variant is None:
        variant = rng.choices(list(VARIANT_WEIGHTS), weights=list(VARIANT_WEIGHTS.values()))[0]
    if variant == "nickname" and n.nickname != n.given:
        return f"{n.nickname} {n.family}"
    if variant == "given":
        return n.given
    if variant == "native" and n.native:
        return n.native
    if variant == "emoji":
        return f"{n.given} {n.family} {rng.choice(EMOJI)}"
    if variant == "married" and person.married_family:
        return f"{n.given} {person.married_family}"
    if variant == "lower":
        return f"{n.given} {n.family}".lower()
    if variant == "initial":
        return f"{n.given} {n.family[:1]}."
    return n.full


def follow_time(
    rng: random.Random, start: datetime, end: datetime, growth: float = 2.0
) -> datetime:
    """A moment in [start, end), more likely recent (``growth`` > 1 skews to the end)."""
    frac = rng.random() ** (1 / growth)
    return start + timedelta(seconds=int((end - start).total_seconds() * frac))


def auto_x_handle(name: Name, rng: random.Random) -> str:
    """The handle X proposes at sign-up: name letters then digits, 15 characters."""
    base = "".join(c for c in ascii_fold(name.given + name.family) if c.isalnum())
    base = base[: rng.randint(6, 8)]
    base = base[:1].upper() + base[1:]
    return (base + str(rng.randrange(10**7, 10**8)))[:15]


def fake_username(name: Name, rng: random.Random, platform: str) -> str:
    """Digit-heavy handles typical of bought accounts."""
    g = "".join(c for c in ascii_fold(name.given) if c.isalnum()) or "user"
    f = "".join(c for c in ascii_fold(name.family) if c.isalnum()) or "x"
    if platform == "x":
        pick = rng.random()
        if pick < 0.55:
            return auto_x_handle(name, rng)
        if pick < 0.8:
            return f"{g}_{rng.randrange(10**5, 10**7)}"[:15]
        letters = "abcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(rng.choice(letters) for _ in range(rng.randint(9, 13)))
    pick = rng.random()
    if pick < 0.4:
        return f"{g}.{f}{rng.randrange(1000, 999999)}"
    if pick < 0.7:
        return f"{g}_{rng.randrange(10**5, 10**8)}"
    if pick < 0.85:
        return f"{g}{f[:2]}.{rng.randrange(10, 99)}_{rng.randrange(100, 999)}"
    return f"user{rng.randrange(10**8, 10**10)}"


#: How long ago the owner last talked with a person the story names as drifting.
DRIFTED_FOR = timedelta(days=240)


def drifted(msgs: list, end: datetime) -> list:
    """A drifting person's conversation: nothing in the last :data:`DRIFTED_FOR`, and it
    ends on the owner's word (no message of theirs left waiting at the cut).

    >>> from datetime import UTC
    >>> end = datetime(2024, 10, 1, tzinfo=UTC)
    >>> talk = [(end - timedelta(days=300), "in", "hi", False),
    ...         (end - timedelta(days=299), "out", "hello", False),
    ...         (end - timedelta(days=250), "in", "news?", False),
    ...         (end - timedelta(days=10), "out", "long time!", False)]
    >>> [m[2] for m in drifted(talk, end)]
    ['hi', 'hello']
    """
    kept = [m for m in msgs if m[0] < end - DRIFTED_FOR]
    while kept and kept[-1][1] == "in":
        kept.pop()
    return kept


#: Scenes per conversation by tier (low, high): a few people do most of the talking.
THREAD_SPANS = {"inner circle": (8, 26), "real": (3, 10), "warm": (1, 4)}
#: How recently the owner has talked with the closest, both ways (but for the people the
#: story names as drifting): the inner circle within two months, the real within four.
RECENT_TALK = {"inner circle": timedelta(days=55), "real": timedelta(days=110)}


def make_thread(
    rng: random.Random,
    platform: str,
    person: Person,
    *,
    start: datetime,
    end: datetime,
    policy: dict,
    world: str,
    owner: str,
):
    """One conversation with ``person`` on ``platform``: scenes drawn with a reply ``policy``.

    ``world`` is the business (its scenes and words), ``owner`` the first name people
    write to.
    """
    low, high = THREAD_SPANS.get(person.tier, (1, 2))
    begin = follow_time(rng, start, end - timedelta(days=20), 1.3)
    recent = None if person.drifting else RECENT_TALK.get(person.tier)
    msgs = scene_messages(
        rng,
        world,
        person,
        begin,
        end,
        heavy_count(rng, low, high),
        owner=owner,
        recent_within=recent,
        **policy,
    )
    if person.drifting:
        msgs = drifted(msgs, end)
    return Thread(
        platform,
        person,
        [Message(when, way, text, closing=closing) for when, way, text, closing in msgs],
    )
