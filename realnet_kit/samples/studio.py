"""The studio: Fernweh Digital, a two-person web studio in Manchester.

Priya Natarajan and Tomasz Wójcik build sites for clinics, shops and charities. The
archives are Priya's: LinkedIn (about 500 connections, client and recruiter messages),
the vCards shared from her phone, an older Google Contacts export, the accounts she
follows on Mastodon (the old header-less list), a small X account and a small Instagram
account (2022 layout). Clients are usually answered, sometimes late; recruiters and
cold pitches never.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote, unquote

from realnet_kit.samples._books import AddressCard, write_google_csv, write_mastodon, write_vcards
from realnet_kit.samples._build import (
    People,
    display_name,
    email_for,
    follow_time,
    make_thread,
    phone_for,
    uniquify_display,
)
from realnet_kit.samples._common import IdBook, slug
from realnet_kit.samples._linkedin import Connection, write_linkedin
from realnet_kit.samples._names import Name, ascii_fold
from realnet_kit.samples._people import Message, Person, Thread, Truth
from realnet_kit.samples._social import Audience, write_audience_x_instagram
from realnet_kit.samples._story import log_rng, logged_for, owner_answers

EXPORTED = datetime(2025, 3, 10, 16, 4, 9, tzinfo=UTC)
CITY = "Manchester"
# fmt: off
SERVERS = [
    "mastodon.social", "hachyderm.io", "fosstodon.org", "mastodon.art", "indieweb.social",
    "toot.cafe", "front-end.social", "social.lol",
]
# fmt: on
# fmt: off
CORE = [
    ("Tomasz", "Wójcik", "polish", False, "inner circle", "partner"),
    ("Ama", "Owusu", "ghanaian", True, "real", "client"),
    ("Dariush", "Rahimi", "persian", False, "inner circle", "subcontractor"),
    ("Lucía", "Ibáñez", "spanish", True, "real", "mentor"),
    ("Naoko", "Watanabe", "japanese", True, "inner circle", "accountant"),
]
# fmt: on
CORE_JOBS = [  # company, position, email domain (None: keep the personal address)
    ("Fernweh Digital", "Co-founder", "fernweh.example"),
    ("Northern Quarter Physio", "Practice owner", "nqphysio.example"),
    (None, "Freelance developer", None),
    ("Pixel & Pine", "Founder", "pixelandpine.example"),
    ("Watanabe & Co Accountants", "Accountant", "watanabe-co.example"),
]
REAL_ROLES = ["client"] * 7 + [
    "designer",
    "meetup organiser",
    "copywriter",
    "agency",
    "client",
    "photographer",
    "developer",
    "meetup organiser",
    "developer",
]
#: Warm and acquaintance layers (three inner, eighteen real above; see the README).
WARM, ACQUAINTANCES = 30, 140
#: Share of the real layer Priya knows mostly offline (meetups, the co-working space).
MET_OFFLINE = 0.8
#: Moments Priya logged in the six weeks before the export, week by week.
LOGGED_PER_WEEK = [3, 5, 4, 6, 5, 7]
#: One old message the story names: a former colleague's request for a reference.
OLD_UNANSWERED = (
    datetime(2024, 6, 19, 8, 12, 40, tzinfo=UTC),
    "Hi Priya, long time! I'm applying for a lead developer role and they asked for a "
    "reference from someone I built things with. Would you be willing? No pressure.",
)
# fmt: off
COMPANIES = [
    "Northern Quarter Physio", "Ancoats Bike Works", "Kin & Cole Florists", "Salford Food Bank",
    "Didsbury Dental", "Stockport Climbing Wall", "Hebden Yarns", "Levenshulme Library Friends",
    "Pixel & Pine", "Mersey Legal", "Brightside Charity", "Oakfield Primary",
    "Castlefield Studios", "Rochdale Rovers FC",
]
# fmt: on
# fmt: off
JOBS = [
    "Practice manager", "Founder", "Director", "Marketing lead", "Head of digital",
    "Senior developer", "UX designer", "Product manager", "Operations manager", "Talent partner",
    "Business development", "Freelance illustrator",
]
# fmt: on
PLATFORM_ODDS = {  # linkedin, vcard, x, instagram, mastodon, google
    "inner circle": (1.0, 1.0, 0.6, 0.6, 0.8, 0.6),
    "real": (0.95, 0.8, 0.3, 0.3, 0.5, 0.4),
    "warm": (0.9, 0.35, 0.2, 0.2, 0.3, 0.2),
    "acquaintance": (0.9, 0.1, 0.1, 0.1, 0.15, 0.1),
}


def _policy(p: Person) -> dict:
    if p.tier == "inner circle":
        return dict(reply_prob=0.97, late_prob=0.08, owner_starts=0.4)
    if p.role in ("recruiter", "conference contact"):
        return dict(reply_prob=0.03, late_prob=0.5, owner_starts=0.0)
    if p.role == "client":
        return dict(reply_prob=0.85, late_prob=0.3, owner_starts=0.35)
    return dict(reply_prob=0.7, late_prob=0.35, owner_starts=0.3)


def _li_slug(p: Person, rng: random.Random, book: set[str]) -> str:
    g, f = ascii_fold(p.name.given), ascii_fold(p.name.family)
    g, f = slug(g) or "member", slug(f) or "x"
    pick = rng.random()
    if pick < 0.12 and not p.name.given.isascii():
        s = quote(f"{p.name.given.lower()}-{p.name.family.lower()}".replace(" ", "-"))
    elif pick < 0.35:
        s = f"{g}{f}"
    else:
        s = f"{g}-{f}-{rng.getrandbits(32):08x}"[: 8 + len(g) + len(f) + 2]
    while s.lower() in book:
        s = f"{s}-{rng.randrange(10, 99)}"
    book.add(s.lower())
    return s


def build(root: Path, seed: int = 23) -> None:
    """Write ``root/exports`` (the raw files) and ``root/truth`` (the ground truth)."""
    rng = random.Random(seed)
    truth = Truth()
    people = People(rng, "studio-", CITY, "studio")
    exports = root / "exports"
    cast = [people.new(t, r, name=Name(c, g, f, fem)) for g, f, c, fem, t, r in CORE]
    cast[1].married_family = "Mensah"
    cast += [people.new("real", r) for r in REAL_ROLES]
    cast += [
        people.new("warm", rng.choice(["client", "developer", "designer", "peer"]))
        for _ in range(WARM)
    ]
    cast += [
        people.new("acquaintance", rng.choice(["peer", "client", "ex-colleague", "recruiter"]))
        for _ in range(ACQUAINTANCES)
    ]
    for p in cast:
        met = 3 if p.tier == "real" and rng.random() < MET_OFFLINE else None
        p.answers = owner_answers(rng, p.tier, offline=met)
    for p in cast:
        p.company = rng.choice(COMPANIES) if rng.random() < 0.8 else None
        p.position = rng.choice(JOBS) if p.role != "recruiter" else "Talent partner"
        p.email = email_for(p, rng)
        p.phone = phone_for(p, rng)
    # The five who matter, as the README tells their story.
    for person, (company, position, domain) in zip(cast, CORE_JOBS, strict=False):
        person.company, person.position = company, position
        if domain:
            person.email = email_for(person, rng, domain)
    plats = ("linkedin", "vcard", "x", "instagram", "mastodon", "google")
    on: dict[str, list[Person]] = {pl: [] for pl in plats}
    for p in cast:
        chosen: list[str] = []
        # the closest are on three platforms at least (the README's story)
        while len(chosen) < (3 if p.tier == "inner circle" else 1):
            chosen = [
                pl for pl, o in zip(plats, PLATFORM_ODDS[p.tier], strict=True) if rng.random() < o
            ] or ["linkedin"]
        for pl in chosen:
            on[pl].append(p)
            p.display[pl] = display_name(p, rng)
    # LinkedIn: the cast plus a crowd of ex-colleagues, conference contacts, recruiters.
    crowd = [
        people.new(
            rng.choice(["scoreboard only"] * 3 + ["acquaintance"]),
            rng.choice(["conference contact", "ex-colleague", "recruiter", "peer"]),
        )
        for _ in range(330)
    ]
    for p in crowd:
        p.company = rng.choice([*COMPANIES, "Hays Digital", "BigCorp Consulting", "Acme Cloud"])
        p.position = rng.choice(JOBS)
        p.email = email_for(p, rng)
    slugs, seen = {}, set()
    conns = []
    for p in on["linkedin"] + crowd:
        slugs[p.pid] = _li_slug(p, rng, seen)
        first, last = p.name.given, p.married_family or p.name.family
        if rng.random() < 0.06:
            last += rng.choice([", MBA", ", PhD", " 🌱", " (she/her)", ", CIPD"])
        p.display["linkedin_first"], p.display["linkedin_last"] = first, last
        p.display["linkedin"] = f"{first} {last}"
        when = follow_time(rng, datetime(2013, 9, 1, tzinfo=UTC), EXPORTED, 1.6)
        conns.append(Connection(p, slugs[p.pid], when, show_email=rng.random() < 0.08))
        truth.account(f"linkedin:{unquote(slugs[p.pid]).lower()}", "linkedin", p)
    threads: dict[str, list[Thread]] = {"linkedin": [], "x": [], "instagram": []}
    chance = {"inner circle": 1, "real": 0.85, "warm": 0.4, "acquaintance": 0.15}
    pool = on["linkedin"] + [p for p in crowd if p.role == "recruiter"]
    for p in pool:
        odds = 0.6 if p.role == "recruiter" else chance.get(p.tier, 0.02)
        if rng.random() < odds:
            threads["linkedin"].append(_thread(rng, "linkedin", p))
    for pl, odds in (("x", 0.4), ("instagram", 0.3)):
        threads[pl] = [_thread(rng, pl, p) for p in on[pl] if rng.random() < odds]
    talking = {t.person.pid for t in threads["linkedin"]}
    old_friend = next(p for p in crowd if p.role == "ex-colleague" and p.pid not in talking)
    when, text = OLD_UNANSWERED
    threads["linkedin"].append(Thread("linkedin", old_friend, [Message(when, "in", text)]))
    owner = people.new("inner circle", "owner", name=Name("indian", "Priya", "Natarajan", True))
    write_linkedin(
        exports,
        owner=owner,
        owner_slug="priya-natarajan-fernweh",
        headline="Co-founder, Fernweh Digital · accessible websites for small organisations",
        connections=conns,
        threads=threads["linkedin"],
        slugs=slugs,
        when=EXPORTED,
    )
    _x_instagram(rng, truth, people, on, threads, exports)
    _address_books(rng, truth, on, people, exports)
    follows = []
    for p in on["mastodon"] + rng.sample(crowd, 70):
        # the handle they use elsewhere, as often as people keep one, else a new one
        # (Mastodon names allow letters, digits and "_")
        user = people.handle(p, "mastodon").replace(".", "_").lower()
        addr = f"{user}@{rng.choice(SERVERS)}"
        for _ in range(10):  # someone else holds that name (on any platform): add digits
            if people.reserve("mastodon", addr, p):
                break
            addr = f"{user}{rng.randint(2, 99)}@{rng.choice(SERVERS)}"
        else:
            continue
        p.handles["mastodon"] = addr
        follows.append((addr, True, False))
        truth.account(f"mastodon:{addr.lower()}", "mastodon", p)
    write_mastodon(exports / "following_accounts.csv", follows, with_header=False)
    for pl in threads:
        for t in threads[pl]:
            truth.thread(t)
    truth.logged = logged_for(
        log_rng("studio", seed), "studio", truth, cast, EXPORTED, LOGGED_PER_WEEK, 0.5
    )
    truth.write(root / "truth")


#: Recruiters' pitches in the export: the last few months (older ones were cleared out).
PITCHES_SINCE = timedelta(days=110)


def _thread(rng: random.Random, platform: str, p: Person) -> Thread:
    pitch = p.role in ("recruiter", "conference contact") and p.tier != "inner circle"
    return make_thread(
        rng,
        platform,
        p,
        start=EXPORTED - PITCHES_SINCE if pitch else datetime(2020, 1, 1, tzinfo=UTC),
        end=EXPORTED,
        policy=_policy(p),
        world="studio",
        owner="Priya",
    )


def _x_instagram(rng, truth, people, on, threads, exports) -> None:
    aud = Audience(
        rng=rng,
        people=people,
        truth=truth,
        now=EXPORTED,
        start=datetime(2018, 2, 1, tzinfo=UTC),
        named={"x": on["x"], "instagram": on["instagram"]},
        genuine={"x": 520, "instagram": 260},
        bought={},
        spam_bots={"x": 35, "instagram": 12},
        idols={"x": 150, "instagram": 60},
        overlap=0.2,
    )
    aud.draw()
    uniquify_display(threads["instagram"], "instagram")
    write_audience_x_instagram(
        aud,
        exports,
        threads_x=threads["x"],
        threads_ig=threads["instagram"],
        owner=dict(
            x_id="1187320554012160001",
            x_user="fernwehdigital",
            ig_user="fernweh.digital",
            display="Fernweh Digital",
            email="studio@fernweh.example",
            created=datetime(2019, 10, 24, 12, 0, 3, tzinfo=UTC),
            bio="Two-person web studio in Manchester. Accessible, fast, kind websites.",
        ),
        ig_layout="2022",
    )


def _address_books(rng, truth, on, people, exports) -> None:
    """The phone's vCards (3.0, iPhone) and an older Google Contacts CSV."""
    trades = [
        people.new(rng.choice(["acquaintance", "scoreboard only"]), "tradesperson")
        for _ in range(25)
    ]
    for p in trades:
        p.phone = phone_for(p, rng)
        p.email = email_for(p, rng) if rng.random() < 0.3 else None
    for pl, members in (("vcard", on["vcard"] + trades), ("google", on["google"])):
        cards = []
        for p in members:
            family = p.married_family if (p.married_family and pl == "vcard") else p.name.family
            given = p.name.given
            if p.role == "tradesperson":
                given = f"{p.name.given} {rng.choice(['Plumber', 'Electrician', 'Locksmith'])}"
                family = "" if rng.random() < 0.6 else family
            emails = [p.email] if p.email else []
            if p.email and rng.random() < 0.15:
                emails.append(email_for(p, rng))
            cards.append(
                AddressCard(
                    p,
                    given,
                    family,
                    emails,
                    [p.phone] if p.phone else [],
                    ["Clients"] if p.role == "client" else [],
                    note=rng.choice(
                        [
                            "",
                            "",
                            "Met at WordCamp Manchester — "
                            "interested in an accessibility audit "
                            "for their booking flow next spring",
                            "Prefers WhatsApp",
                            "Invoice via Xero",
                        ]
                    ),
                    nickname=p.name.nickname if p.name.nickname != given else "",
                )
            )
        book = IdBook()
        for c in cards:
            base = c.emails[0].lower() if c.emails else slug(c.full)
            truth.account(book.take(f"{pl}:{base}"), pl, c.person)
        if pl == "vcard":
            write_vcards(
                exports / "Priya's iPhone contacts.vcf",
                cards,
                prodid="-//Apple Inc.//iPhone OS 17.6.1//EN",
            )
        else:
            write_google_csv(exports / "google-contacts-2021.csv", cards, new_header=False)
