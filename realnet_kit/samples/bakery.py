"""The bakery: Levain Lane, a neighbourhood sourdough bakery in Bristol run by Inês Carvalho.

Instagram carries the business (about 1,500 followers, a small bought pack from the
first month plus some spam), Inês's Facebook friends, her Google Contacts of suppliers,
staff and regulars, and a small X account. Customers ask about orders in direct
messages; many are answered within hours, some days later, a few never.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from realnet_kit.samples._books import AddressCard, write_google_csv
from realnet_kit.samples._broadcasts import Send, broadcast_rng, draw_broadcasts
from realnet_kit.samples._build import (
    People,
    display_name,
    email_for,
    make_thread,
    phone_for,
    uniquify_display,
)
from realnet_kit.samples._common import IdBook, slug
from realnet_kit.samples._facebook import write_facebook_people
from realnet_kit.samples._names import Name
from realnet_kit.samples._people import Message, Person, Thread, Truth
from realnet_kit.samples._signals import write_signals
from realnet_kit.samples._social import (
    Audience,
    write_audience_x_instagram,
)
from realnet_kit.samples._story import log_rng, logged_for, owner_answers

EXPORTED = datetime(2024, 11, 18, 7, 12, 45, tzinfo=UTC)
CITY = "Bristol"
#: The holiday-hours message Inês pasted into friends' Messenger inboxes, unprompted. Its
#: words name no date nor season: the workshop moves a sample's dates by whole days, so
#: that a "25-28 December" would fall in any month and on any weekday.
BROADCASTS = [
    Send(
        datetime(2023, 12, 14, 20, 12, tzinfo=UTC),
        "Hi {given}! Quick one from Levain Lane 🥖 we're closing for a week from Monday for "
        "our holiday, back the Monday after. Orders for big bakes (babka, focaccia, big "
        "sourdough) close in two days.",
        26,
    ),
]
BROADCAST_REPLIES = [
    "Enjoy the break Inês! See you when you're back x",
    "Noted, a big sourdough for us please 🍞",
]
BROADCAST_THANKS = ["You too! x", "Lovely, it's on the list 😊"]

CORE = [  # (given, family, culture, feminine, tier, role)
    ("Femi", "Balogun", "nigerian", False, "inner circle", "head baker"),
    ("Hamza", "Darwish", "arabic", False, "inner circle", "café"),
    ("Siobhán", "Kelly", "irish", True, "inner circle", "supplier"),
    ("Eleanor", "Wright", "english", True, "real", "regular"),
    ("Graça", "Nogueira", "portuguese", True, "inner circle", "bookkeeper"),
]
# fmt: off
REAL_ROLES = [
    "supplier", "supplier", "supplier", "regular", "regular", "regular", "regular", "staff",
    "staff", "café", "market organiser", "landlord", "food writer", "regular", "supplier",
    "regular", "regular", "regular", "staff", "supplier", "regular", "café", "regular",
]
# fmt: on
#: Warm and acquaintance layers: Inês knows people daily or not at all (see the README).
WARM, ACQUAINTANCES = 8, 160
#: Moments Inês logged in the six weeks before the export, week by week.
LOGGED_PER_WEEK = [5, 4, 6, 8, 7, 9]
#: One old message the story names: a café's offer Inês meant to answer (README).
OLD_UNANSWERED = (
    datetime(2023, 8, 24, 16, 3, 51, tzinfo=UTC),
    "Hi Inês, we're opening a little café on North Street in the autumn and would love "
    "your rye and cardamom buns on the counter. Could we talk about a standing order?",
)
PLATFORM_ODDS = {  # tier -> chance of an account on instagram, facebook, x, google
    "inner circle": (1.0, 1.0, 0.4, 1.0),
    "real": (0.85, 0.6, 0.2, 0.9),
    "warm": (0.8, 0.35, 0.1, 0.4),
    "acquaintance": (0.7, 0.2, 0.05, 0.15),
}
# fmt: off
SUPPLIER_FIRMS = [
    "Avon Valley Mill", "Mendip Dairy Co-op", "Severn Eggs", "Clifton Coffee Roasters",
    "Harbourside Packaging", "Wild Yeast Supplies", "Somerset Butter Ltd", "Greenleaf Organics",
]
# fmt: on


def _policy(p: Person) -> dict:
    if p.tier == "inner circle":
        return dict(reply_prob=0.95, late_prob=0.05, owner_starts=0.4)
    if p.role in ("supplier", "café", "market organiser", "food writer", "landlord"):
        return dict(reply_prob=0.7, late_prob=0.4, owner_starts=0.35)
    return dict(reply_prob=0.65, late_prob=0.35, owner_starts=0.1)


def _cast(rng: random.Random, people: People) -> list[Person]:
    cast = [people.new(t, r, name=Name(c, g, f, fem)) for g, f, c, fem, t, r in CORE]
    cast[3].married_family = "Pemberton"  # Eleanor Wright, née... now Pemberton on Facebook
    cast += [people.new("real", r) for r in REAL_ROLES]
    cast += [
        people.new("warm", rng.choice(["regular"] * 4 + ["supplier", "café"])) for _ in range(WARM)
    ]
    cast += [
        people.new("acquaintance", rng.choice(["customer"] * 6 + ["supplier"]))
        for _ in range(ACQUAINTANCES)
    ]
    for p in cast:
        p.answers = owner_answers(rng, p.tier)
        p.email = email_for(p, rng)
        p.phone = phone_for(p, rng)
        if p.role == "supplier":
            p.company = rng.choice(SUPPLIER_FIRMS)
            p.position = rng.choice(["Sales", "Account manager", "Owner", "Deliveries"])
            p.email = email_for(p, rng, slug(p.company).replace("-", "") + ".co.uk")
    return cast


def build(root: Path, seed: int = 11) -> None:
    """Write ``root/exports`` (the raw files) and ``root/truth`` (the ground truth)."""
    rng = random.Random(seed)
    truth = Truth()
    people = People(rng, "bakery-", CITY, "bakery")
    exports = root / "exports"
    cast = _cast(rng, people)
    on: dict[str, list[Person]] = {"instagram": [], "facebook": [], "x": [], "google": []}
    for p in cast:
        odds = PLATFORM_ODDS[p.tier]
        chosen = [pl for pl, o in zip(on, odds, strict=True) if rng.random() < o] or ["google"]
        for pl in chosen:
            on[pl].append(p)
            p.display[pl] = display_name(p, rng)
    cast[3].display["facebook"] = "Ellie Pemberton"

    audience = Audience(
        rng=rng,
        people=people,
        truth=truth,
        now=EXPORTED,
        start=datetime(2019, 3, 1, tzinfo=UTC),
        named={"x": on["x"], "instagram": on["instagram"]},
        genuine={"x": 250, "instagram": 1_210},
        bought={"instagram": [(datetime(2019, 4, 2, 21, tzinfo=UTC), 95, 10)]},
        spam_bots={"x": 14, "instagram": 30},
        idols={"x": 60, "instagram": 85},
        overlap=0.08,
    )
    audience.draw()

    threads: dict[str, list[Thread]] = {"instagram": [], "facebook": [], "x": []}
    chance = {
        "instagram": {"inner circle": 1, "real": 0.8, "warm": 0.6, "acquaintance": 0.3},
        "facebook": {"inner circle": 1, "real": 0.6, "warm": 0.3, "acquaintance": 0.15},
        "x": {"inner circle": 0.5, "real": 0.4, "warm": 0.3, "acquaintance": 0.3},
    }
    since = datetime(2019, 6, 1, tzinfo=UTC)
    for pl in threads:
        for p in on[pl]:
            if rng.random() < chance[pl].get(p.tier, 0):
                threads[pl].append(
                    make_thread(
                        rng,
                        pl,
                        p,
                        start=since,
                        end=EXPORTED,
                        policy=_policy(p),
                        world="bakery",
                        owner="Inês",
                    )
                )
    for p in rng.sample(audience.crowd["instagram"], 45):  # one-off customer questions
        threads["instagram"].append(
            make_thread(
                rng,
                "instagram",
                p,
                start=EXPORTED - timedelta(days=150),
                end=EXPORTED,
                policy=_policy(p),
                world="bakery",
                owner="Inês",
            )
        )
    talking = {t.person.pid for t in threads["instagram"]}
    old_cafe = rng.choice([p for p in audience.crowd["instagram"] if p.pid not in talking])
    when, text = OLD_UNANSWERED
    threads["instagram"].append(Thread("instagram", old_cafe, [Message(when, "in", text)]))
    uniquify_display(threads["instagram"], "instagram")

    signals = write_audience_x_instagram(
        audience,
        exports,
        threads_x=threads["x"],
        threads_ig=threads["instagram"],
        owner=dict(
            x_id="2841907735",
            x_user="levainlane",
            ig_user="levainlane.bakery",
            display="Levain Lane Bakery",
            email="ola@levainlane.example",
            created=datetime(2014, 10, 3, 8, 30, 2, tzinfo=UTC),
            bio="Sourdough, pastéis de nata and cardamom buns. Bristol 🥐",
        ),
    )
    ig_signals = [row for row in signals if row[-1] == "instagram"]
    write_signals(exports / "instagram_followers_audit.csv", ig_signals)

    friends = list(on["facebook"])
    for _ in range(260):
        p = people.new(
            rng.choice(["scoreboard only"] * 3 + ["acquaintance"]),
            "friend",
            culture=rng.choice(["portuguese", None, None, None, None, None]),
        )
        p.display["facebook"] = display_name(p, rng)
        friends.append(p)
    blasts = broadcast_rng("bakery", seed)
    write_facebook_people(
        rng,
        truth,
        exports,
        friends=friends,
        threads=threads["facebook"],
        since=datetime(2009, 2, 1, tzinfo=UTC),
        now=EXPORTED,
        layout="2024",
        broadcast=lambda quiet: draw_broadcasts(
            blasts,
            "facebook",
            quiet,
            BROADCASTS,
            replies=BROADCAST_REPLIES,
            thanks=BROADCAST_THANKS,
        ),
        broadcast_rng=blasts,
        owner=dict(
            owner_name="Inês Carvalho",
            owner_first="Inês",
            owner_last="Carvalho",
            owner_email="ines.carvalho@example.net",
            owner_slug="ines.carvalho.bakes",
        ),
    )

    _google(rng, truth, exports, on["google"], people)

    for pl in threads:
        for t in threads[pl]:
            truth.thread(t)
    truth.logged = logged_for(
        log_rng("bakery", seed), "bakery", truth, cast, EXPORTED, LOGGED_PER_WEEK, 0.8
    )
    truth.write(root / "truth")


def _google(
    rng: random.Random, truth: Truth, exports: Path, named: list[Person], people: People
) -> None:
    """Google Contacts (2023+ header): suppliers, staff, regulars, one-off orders."""
    extra = [
        people.new(rng.choice(["acquaintance", "scoreboard only"]), "order contact")
        for _ in range(45)
    ]
    for p in extra:
        p.phone = phone_for(p, rng)
        p.email = email_for(p, rng) if rng.random() < 0.6 else None
    cards, book = [], IdBook()
    for p in named + extra:
        emails = [p.email] if p.email else []
        if p.email and rng.random() < 0.12:
            emails.append(email_for(p, rng))
            if rng.random() < 0.5:
                emails.append(email_for(p, rng))
        label = {
            "supplier": "Suppliers",
            "staff": "Staff",
            "regular": "Regulars",
            "order contact": "Orders",
        }.get(p.role, "")
        given = p.name.given
        if p.role == "regular" and rng.random() < 0.3:
            given = f"{p.name.given} (Saturday regular)"
        cards.append(
            AddressCard(
                p,
                given,
                p.name.family if rng.random() < 0.92 else "",
                emails,
                [p.phone] if p.phone else [],
                [label] if label else [],
                note=rng.choice(
                    [
                        "",
                        "",
                        "Allergic to nuts",
                        "Cash only",
                        "Orders a rye every Friday",
                        "Invoice monthly",
                    ]
                ),
                nickname=p.name.nickname if p.name.nickname != p.name.given else "",
            )
        )
    cards.sort(key=lambda c: (c.given.casefold(), c.family.casefold()))
    for c in cards:
        base = c.emails[0].lower() if c.emails else slug(c.full)
        truth.account(book.take(f"google:{base}"), "google", c.person)
    write_google_csv(exports / "contacts.csv", cards, new_header=True)
