"""Profile signals of followers, in the layout audit tools export (Twitter API v1.1 columns).

The distributions follow what studies of purchased followers report (Cresci et al.,
"Fame for sale", 2015, and later audits): bought accounts post little or nothing, have
few followers but follow hundreds or thousands, often keep the default avatar and an
empty bio, rarely give a URL or location, are never listed, and are created in batches
on the same days. Genuine people are heavy-tailed on every count. The two overlap on
purpose: lurkers and brand-new fans share several fake signals, and "premium" fakes
carry an avatar, a bio and some posts.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from realnet_kit.samples._bios import fake_bio, genuine_bio
from realnet_kit.samples._common import csv_bytes, write_file, x_created_at

# fmt: off
COLUMNS = [
    "id", "name", "screen_name", "statuses_count", "followers_count", "friends_count",
    "favourites_count", "listed_count", "created_at", "url", "lang", "time_zone", "location",
    "default_profile", "default_profile_image", "geo_enabled", "profile_image_url", "description",
    "verified", "protected", "platform",
]
# fmt: on

#: The kinds of follower drawn, and whether each is genuine.
KINDS = {
    "active": False,
    "lurker": False,
    "newfan": False,
    "pro": False,
    "cheap_fake": True,
    "premium_fake": True,
    "spam_bot": True,
}

#: A person's likely profile language by the culture of their name.
CULTURE_LANG = {
    "portuguese": "pt",
    "spanish": "es",
    "german": "de",
    "french": "fr",
    "polish": "pl",
    "japanese": "ja",
    "korean": "ko",
    "arabic": "ar",
    "turkish": "tr",
    "greek": "el",
    "slavic": "uk",
    "vietnamese": "vi",
    "nordic": "sv",
    "chinese": "zh",
    "persian": "fa",
}
#: Chance that a person whose culture has its own language sets their profile to it
#: (most people living in a British city write their profile in English).
OWN_LANGUAGE_SHARE = 0.3
# fmt: off
CITIES = [
    "Leeds", "Manchester", "Lisboa", "Berlin", "Kraków", "Lagos", "Glasgow", "Bristol", "Porto",
    "Madrid", "Toronto", "London", "Dublin", "Accra", "Seoul", "Osaka", "Sheffield", "York",
    "Newcastle upon Tyne", "Liverpool", "Nottingham", "Edinburgh", "Cardiff", "Belfast", "Hull",
    "Bradford", "Brighton", "Norwich", "Paris", "Lyon", "Hamburg", "Köln", "Amsterdam",
    "Rotterdam", "Barcelona", "Valencia", "Warszawa", "Göteborg", "Oslo", "København",
    "Athína", "İstanbul", "Mumbai", "Bengaluru", "Tokyo", "Melbourne", "Montréal", "Chicago",
]
# fmt: on
LANGS = ["en", "en", "en", "es", "pt", "de", "fr", "pl", "ar", "tr", "ru", "id", "ja"]
DEFAULT_IMAGE = "https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png"


def _logn(rng: random.Random, median: float, sigma: float) -> int:
    return int(rng.lognormvariate(0, sigma) * median)


def _geo(rng: random.Random, p: float, high: int) -> int:
    """0 with probability p, else a small count up to ``high``."""
    return 0 if rng.random() < p else rng.randint(1, high)


def draw_profile(rng: random.Random, kind: str, *, created: datetime) -> dict:
    """Counts and flags for one follower of ``kind`` (see :data:`KINDS`)."""
    r = rng.random
    if kind == "active":
        p = dict(
            statuses=_logn(rng, 900, 1.4),
            followers=_logn(rng, 220, 1.2),
            friends=_logn(rng, 300, 0.9),
            favs=_logn(rng, 1800, 1.5),
            listed=0 if r() < 0.45 else _logn(rng, 3, 1.2),
            default_img=r() < 0.03,
            bio=r() < 0.85,
            url=r() < 0.3,
            loc=r() < 0.7,
            geo=r() < 0.35,
        )
    elif kind == "lurker":
        p = dict(
            statuses=_geo(rng, 0.35, 25),
            followers=_logn(rng, 12, 1.0),
            friends=_logn(rng, 90, 0.8),
            favs=_logn(rng, 40, 1.3),
            listed=0,
            default_img=r() < 0.45,
            bio=r() < 0.25,
            url=r() < 0.02,
            loc=r() < 0.3,
            geo=r() < 0.1,
        )
    elif kind == "newfan":
        p = dict(
            statuses=_geo(rng, 0.3, 60),
            followers=_logn(rng, 15, 1.0),
            friends=_logn(rng, 120, 0.8),
            favs=_logn(rng, 60, 1.2),
            listed=0,
            default_img=r() < 0.2,
            bio=r() < 0.5,
            url=r() < 0.05,
            loc=r() < 0.4,
            geo=r() < 0.1,
        )
    elif kind == "pro":
        p = dict(
            statuses=_logn(rng, 4000, 1.0),
            followers=_logn(rng, 3000, 1.3),
            friends=_logn(rng, 900, 0.8),
            favs=_logn(rng, 5000, 1.0),
            listed=_logn(rng, 40, 1.0),
            default_img=False,
            bio=True,
            url=r() < 0.9,
            loc=r() < 0.9,
            geo=r() < 0.4,
        )
    elif kind == "cheap_fake":
        p = dict(
            statuses=_geo(rng, 0.5, 12),
            followers=_geo(rng, 0.3, 25),
            friends=rng.randint(250, 2100),
            favs=_geo(rng, 0.6, 10),
            listed=0,
            default_img=r() < 0.7,
            bio=r() < 0.05,
            url=False,
            loc=r() < 0.05,
            geo=False,
        )
    elif kind == "premium_fake":
        p = dict(
            statuses=rng.randint(30, 400),
            followers=rng.randint(40, 600),
            friends=rng.randint(900, 4000),
            favs=rng.randint(50, 1500),
            listed=_geo(rng, 0.8, 1),
            default_img=r() < 0.05,
            bio=r() < 0.8,
            url=r() < 0.05,
            loc=r() < 0.4,
            geo=r() < 0.05,
        )
    elif kind == "spam_bot":
        p = dict(
            statuses=rng.randint(3000, 40000),
            followers=rng.randint(20, 300),
            friends=rng.randint(1000, 4900),
            favs=rng.randint(0, 200),
            listed=_geo(rng, 0.7, 3),
            default_img=r() < 0.15,
            bio=r() < 0.9,
            url=r() < 0.7,
            loc=r() < 0.2,
            geo=False,
        )
    else:
        raise ValueError(f"unknown follower kind {kind!r}; expected one of {sorted(KINDS)}")
    p["created"] = created
    p["kind"] = kind
    return p


def _bio_rng(world: str, account_id: str) -> random.Random:
    """Each bio's own random stream (seeded by the account): writing bios differently
    never changes the counts and flags drawn for anyone."""
    return random.Random(f"{world}-bio-{account_id}")


def signal_row(
    rng: random.Random,
    p: dict,
    *,
    account_id: str,
    name: str,
    handle: str,
    platform: str,
    now: datetime,
    culture: str = "english",
    feminine: bool = True,
    location: str | None = None,
    world: str = "band",
) -> list:
    """One CSV row in :data:`COLUMNS` order.

    ``location`` is where the person says they live (the same on each of their
    profiles); it shows only on profiles that give one, and is drawn when not given.
    """
    kind = p["kind"]
    lang = "en"
    if culture in CULTURE_LANG and rng.random() < OWN_LANGUAGE_SHARE:
        lang = CULTURE_LANG[culture]
    location = location or rng.choice(CITIES)
    if not p["bio"]:
        bio = ""
    elif KINDS[kind]:
        bio = fake_bio(_bio_rng(world, account_id), kind)
    else:
        bio = genuine_bio(
            _bio_rng(world, account_id),
            world,
            pro=kind == "pro",
            lang=lang,
            home=location,
            feminine=feminine,
        )
    url = ""
    if p["url"]:
        url = (
            f"https://t.co/{rng.getrandbits(40):010x}"
            if kind == "spam_bot"
            else f"https://{handle.lower().replace('_', '')[:14]}.example.net"
        )
    old = p["created"].year < 2019
    image = (
        DEFAULT_IMAGE
        if p["default_img"]
        else (
            f"https://pbs.twimg.com/profile_images/{rng.randrange(10**17, 10**18)}/"
            f"{rng.getrandbits(32):08x}_normal.jpg"
        )
    )
    return [
        account_id,
        name,
        handle,
        p["statuses"],
        p["followers"],
        p["friends"],
        p["favs"],
        p["listed"],
        x_created_at(p["created"]),
        url,
        rng.choice(LANGS) if kind in ("cheap_fake", "premium_fake") else lang,
        rng.choice(["London", "Lisbon", "Berlin", "Pacific Time (US & Canada)"])
        if old and rng.random() < 0.3
        else "",
        location if p["loc"] else "",
        "true" if (p["default_img"] or rng.random() < 0.3) else "false",
        "true" if p["default_img"] else "false",
        "true" if p["geo"] else "false",
        image,
        bio,
        "true" if kind == "pro" and rng.random() < 0.08 else "false",
        "true" if kind in ("active", "lurker") and rng.random() < 0.06 else "false",
        platform,
    ]


def batch_dates(rng: random.Random, start: datetime, end: datetime, n: int) -> list[datetime]:
    """``n`` account-creation days for fake-account batches (farms create many per day)."""
    span = (end - start).days
    return [start + timedelta(days=rng.randrange(span)) for _ in range(n)]


def write_signals(path: Path, rows: list[list]) -> Path:
    rows = sorted(rows, key=lambda r: (r[-1], r[2].lower()))
    return write_file(path, csv_bytes(COLUMNS, rows))
