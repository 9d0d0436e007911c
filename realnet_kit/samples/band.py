"""The band: Marlowe Tide, a four-piece folk-rock band from Leeds.

Several thousand followers on X and Instagram, about a fifth of the X ones bought in two
rounds before an album launch (plus organic spam bots), a Mastodon follow list, the
singer's Facebook friends, and a profile-signals CSV from an audit tool. Fan messages
are mostly left unanswered; a handful of people (manager, sound engineer, a booker, a
friend's band, the fanzine editor) carry most of the conversation.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from realnet_kit.samples._books import write_mastodon
from realnet_kit.samples._broadcasts import Send, broadcast_rng, draw_broadcasts
from realnet_kit.samples._build import (
    People,
    display_name,
    email_for,
    make_thread,
    uniquify_display,
)
from realnet_kit.samples._common import slug
from realnet_kit.samples._facebook import write_facebook_people
from realnet_kit.samples._names import Name
from realnet_kit.samples._people import Message, Person, Thread, Truth
from realnet_kit.samples._signals import write_signals
from realnet_kit.samples._social import (
    Audience,
    write_audience_x_instagram,
)
from realnet_kit.samples._story import log_rng, logged_for, owner_answers

EXPORTED = datetime(2024, 10, 2, 9, 41, 17, tzinfo=UTC)
CITY = "Leeds"
# fmt: off
MASTODON_SERVERS = [
    "mastodon.social", "musician.social", "mastodon.online", "toot.wales", "sonomu.club",
    "mas.to", "social.coop", "chaos.social",
]
# fmt: on

CORE = [  # (given, family, culture, feminine, tier, role)
    ("Kofi", "Mensah", "ghanaian", False, "inner circle", "manager"),
    ("Ingrid", "Håkansson", "nordic", True, "inner circle", "sound engineer"),
    ("Mariana", "Simões", "portuguese", True, "inner circle", "venue booker"),
    ("Jędrzej", "Wójcik", "polish", False, "inner circle", "friend's band"),
    ("Aoife", "Murphy", "irish", True, "inner circle", "fanzine editor"),
    # The four more who make the band's inner circle overflow (see the README).
    ("Imran", "Akhtar", "pakistani", False, "inner circle", "tour driver"),
    ("Bryony", "Holroyd", "english", True, "inner circle", "gig photographer"),
    ("Ciarán", "Brennan", "irish", False, "inner circle", "session violinist"),
    ("Nell", "Crowther", "english", True, "inner circle", "radio host"),
]
#: Inner-circle people Rosie sees less than she used to (answers three steps weaker).
DRIFTING = ("Ciarán", "Nell")
# fmt: off
REAL_ROLES = [
    "promoter", "music journalist", "producer", "merch printer", "festival booker",
    "label scout", "venue manager", "friend's band", "podcaster", "luthier", "superfan",
    "radio host",
]
# fmt: on
#: Warm and acquaintance layers (the inner circle and real layer are above).
WARM, ACQUAINTANCES = 40, 150
#: Moments Rosie logged in the six weeks before the export, week by week.
LOGGED_PER_WEEK = [4, 6, 3, 7, 9, 8]
#: One old message the story names: a fan's note Rosie never answered (README).
OLD_UNANSWERED = (
    datetime(2023, 2, 11, 22, 47, 5, tzinfo=UTC),
    "My dad died in January. 'Salt Roads' was his favourite, we played it at the funeral "
    "and half of Otley sang along. I never told you that. Thank you.",
)
PLATFORM_ODDS = {  # tier -> chance of an account on x, instagram, facebook, mastodon
    "inner circle": (1.0, 1.0, 1.0, 0.6),
    "real": (0.8, 0.85, 0.5, 0.4),
    "warm": (0.6, 0.75, 0.2, 0.25),
    "acquaintance": (0.5, 0.6, 0.1, 0.1),
}


#: What the band pasted into fans' Instagram inboxes (neither in reply to anything). No
#: calendar date in the words: the workshop moves the sample's dates by whole days.
BROADCASTS = [
    Send(
        datetime(2024, 5, 17, 17, 32, tzinfo=UTC),
        "Hey {given}! Our new single 'Kestrel' is out today 🌊 first taste of album two, "
        "we'd love to know what you think https://marlowetide.example/kestrel",
        36,
    ),
    Send(
        datetime(2024, 9, 6, 18, 5, tzinfo=UTC),
        "Hi {given}, you're hearing it first: we're back at the Brudenell Social Club for a "
        "Saturday night show in a couple of months! Date and presale in two days at 10am, link "
        "in our bio 🎟️",
        28,
    ),
]
BROADCAST_REPLIES = ["Ahh can't wait!! 🔥", "Pre-saved it 💙", "See you there!", "Yesss 🙌"]
BROADCAST_THANKS = ["Thank you! 💛", "Cheers, see you down the front!", "Means a lot, thank you"]


def _instagram_broadcasts(rng: random.Random, audience: Audience, talked: list[Thread]):
    """Threads of the band's broadcasts to fans who never wrote to it on Instagram.

    Recipients are genuine followers with no conversation and a display name nobody in
    the inbox shares (Instagram's inbox names people only by display name).
    """
    used = {t.person.display["instagram"] for t in talked}
    talkers = {t.person.pid for t in talked}
    fans = [
        a.person
        for a in audience.accounts["instagram"]
        if a.follows_me and not a.person.is_fake and a.person.pid not in talkers
    ]
    shown = Counter(p.display["instagram"] for p in fans)
    fans = [p for p in fans if shown[p.display["instagram"]] == 1]
    fans = [p for p in fans if p.display["instagram"] not in used]
    return draw_broadcasts(
        rng, "instagram", fans, BROADCASTS, replies=BROADCAST_REPLIES, thanks=BROADCAST_THANKS
    )


def _named_cast(rng: random.Random, people: People) -> list[Person]:
    cast = []
    for given, family, culture, fem, tier, role in CORE:
        cast.append(people.new(tier, role, name=Name(culture, given, family, fem)))
    cast[2].married_family = "Carvalho"
    for role in REAL_ROLES:
        cast.append(people.new("real", role))
    for _ in range(WARM):
        cast.append(people.new("warm", rng.choice(["fan", "fan", "fan", "musician"])))
    for _ in range(ACQUAINTANCES):
        cast.append(people.new("acquaintance", rng.choice(["fan"] * 5 + ["industry"])))
    for p in cast:
        p.drifting = p.name.given in DRIFTING and p.tier == "inner circle"
        p.answers = owner_answers(rng, p.tier, drifting=p.drifting)
    return cast


def _policy(person: Person) -> dict:
    if person.tier == "inner circle":
        return dict(reply_prob=0.95, late_prob=0.08, owner_starts=0.35)
    if person.role in ("fan", "superfan", "follower", "friend"):
        return dict(reply_prob=0.2, late_prob=0.55, owner_starts=0.05)
    if person.tier == "real":
        return dict(reply_prob=0.8, late_prob=0.3, owner_starts=0.3)
    return dict(reply_prob=0.6, late_prob=0.5, owner_starts=0.15)


def _thread(rng: random.Random, platform: str, person: Person, start: datetime) -> Thread:
    return make_thread(
        rng,
        platform,
        person,
        start=start,
        end=EXPORTED,
        policy=_policy(person),
        world="band",
        owner="Rosie",
    )


def _mastodon_address(rng: random.Random, people: People, p: Person) -> str | None:
    """Mostly the person's X handle on some server; else their given name and a number.

    Mastodon names allow letters, digits and ``_``; a name already held by someone else
    (on any platform) is passed over for another number.
    """
    user = p.handles.get("x", "").lower() or slug(p.name.full).replace("-", "_")
    addr = f"{user}@{rng.choice(MASTODON_SERVERS)}"
    given = slug(p.name.given).replace("-", "")
    if rng.random() < 0.2:
        addr = f"{given}{rng.randint(1, 99)}@{rng.choice(MASTODON_SERVERS)}"
    for _ in range(20):
        if people.reserve("mastodon", addr.lower(), p):
            return addr
        addr = f"{given}{rng.randint(1, 999)}@{rng.choice(MASTODON_SERVERS)}"
    return None


def build(root: Path, seed: int = 5) -> None:
    """Write ``root/exports`` (the raw files) and ``root/truth`` (the ground truth)."""
    rng = random.Random(seed)
    truth = Truth()
    people = People(rng, "band-", CITY, "band")
    exports = root / "exports"
    cast = _named_cast(rng, people)
    on: dict[str, list[Person]] = {"x": [], "instagram": [], "facebook": [], "mastodon": []}
    for p in cast:
        odds = PLATFORM_ODDS[p.tier]
        chosen = [pl for pl, o in zip(on, odds, strict=True) if rng.random() < o] or ["instagram"]
        for pl in chosen:
            on[pl].append(p)
            p.display[pl] = display_name(p, rng)
        p.email = email_for(p, rng)
    # Small, human variations the merge step has to see through.
    cast[2].display["instagram"] = "Mariana Carvalho"  # married name on Instagram only
    cast[3].display["x"] = "Jędrek Wójcik 🎸"  # nickname on X
    cast[4].display["facebook"] = "Aoife Murphy (Tidewater zine)"

    audience = Audience(
        rng=rng,
        people=people,
        truth=truth,
        now=EXPORTED,
        start=datetime(2016, 5, 1, tzinfo=UTC),
        named={"x": on["x"], "instagram": on["instagram"]},
        genuine={"x": 4_250, "instagram": 3_300},
        bought={
            "x": [
                (datetime(2023, 3, 14, 10, tzinfo=UTC), 720, 130),
                (datetime(2023, 9, 1, 19, tzinfo=UTC), 200, 0),
            ],
            "instagram": [(datetime(2023, 3, 14, 11, tzinfo=UTC), 380, 60)],
        },
        spam_bots={"x": 90, "instagram": 35},
        idols={"x": 140, "instagram": 110},
        overlap=0.12,
    )
    audience.draw()

    threads = {pl: [] for pl in ("x", "instagram", "facebook")}
    for pl, chance in (
        ("x", {"inner circle": 1, "real": 0.7, "warm": 0.35, "acquaintance": 0.2}),
        ("instagram", {"inner circle": 1, "real": 0.8, "warm": 0.6, "acquaintance": 0.35}),
        ("facebook", {"inner circle": 1, "real": 0.5, "warm": 0.3, "acquaintance": 0.2}),
    ):
        for p in on[pl]:
            if rng.random() < chance.get(p.tier, 0):
                threads[pl].append(_thread(rng, pl, p, datetime(2019, 1, 1, tzinfo=UTC)))
    for pl, n in (("x", 55), ("instagram", 80)):  # one-off fan messages, the last months
        for p in rng.sample(audience.crowd[pl], n):
            threads[pl].append(_thread(rng, pl, p, EXPORTED - timedelta(days=150)))
    talking = {t.person.pid for t in threads["instagram"]}
    old_fan = rng.choice([p for p in audience.crowd["instagram"] if p.pid not in talking])
    when, text = OLD_UNANSWERED
    threads["instagram"].append(Thread("instagram", old_fan, [Message(when, "in", text)]))

    uniquify_display(threads["instagram"], "instagram")
    blasts = broadcast_rng("band", seed)
    broadcasts = _instagram_broadcasts(blasts, audience, threads["instagram"])
    signals = write_audience_x_instagram(
        audience,
        exports,
        threads_x=threads["x"],
        threads_ig=threads["instagram"],
        owner=dict(
            x_id="731842095",
            x_user="marlowetide",
            ig_user="marlowetide.band",
            display="Marlowe Tide",
            email="hello@marlowetide.example",
            created=datetime(2012, 4, 20, 18, 2, 11, tzinfo=UTC),
            bio="Folk-rock from Leeds. New album 'Salt Roads' out now 🌊",
        ),
        ig_layout="2024",
        broadcasts_ig=broadcasts,
        broadcast_rng=blasts,
    )
    write_signals(exports / f"follower_audit_marlowetide_{EXPORTED:%Y-%m-%d}.csv", signals)

    # Facebook: the singer's own friends list (older archive layout).
    fb_people = list(on["facebook"])
    for _ in range(360):
        p = people.new(rng.choice(["scoreboard only"] * 4 + ["acquaintance"]), "friend")
        p.display["facebook"] = display_name(p, rng)
        fb_people.append(p)
    write_facebook_people(
        rng,
        truth,
        exports,
        friends=fb_people,
        threads=threads["facebook"],
        since=datetime(2010, 1, 1, tzinfo=UTC),
        now=EXPORTED,
        layout="2022",
        owner=dict(
            owner_name="Rosie Ashworth",
            owner_first="Rosie",
            owner_last="Ashworth",
            owner_email="rosie.ashworth@example.net",
            owner_slug="rosie.ashworth.music",
        ),
    )

    # Mastodon: accounts the band follows (2019+ CSV with header).
    follows = []
    for p in on["mastodon"] + rng.sample(audience.crowd["x"], 60):
        addr = _mastodon_address(rng, people, p)
        if addr is None:
            continue
        p.handles["mastodon"] = addr
        follows.append((addr, rng.random() < 0.8, p.tier == "inner circle"))
        truth.account(f"mastodon:{addr.lower()}", "mastodon", p)
    write_mastodon(exports / "following_accounts.csv", follows)

    for pl in threads:
        for t in threads[pl]:
            truth.thread(t)
    for t in broadcasts:
        truth.thread(t)
        truth.broadcast(t)
    truth.logged = logged_for(
        log_rng("band", seed), "band", truth, cast, EXPORTED, LOGGED_PER_WEEK, 0.3
    )
    truth.write(root / "truth")
