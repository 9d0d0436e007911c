"""The kit's words for numbers, people and time: one home for each way of saying a thing.

Every sentence the kit writes counts, lists, rounds and dates through these helpers, so
"1 text" and "26 people", "a, b and c", "<1%" and "about 5 years" read the same in the
notebooks, the widgets, the dashboard and the terminal.

>>> counted(1, "text"), counted(26, "person", "people")
('1 text', '26 people')
>>> listed(["a", "b", "c"])
'a, b and c'
"""

from __future__ import annotations

from typing import Any

import pandas as pd

#: The audit's groups, in the same words on every surface (notebooks, scoring card, due
#: list, dashboard, terminal). "Talked both ways" has one definition everywhere: at least
#: two messages each way in the last 12 months ("this year" means the same 12 months).
GROUP_NAMES: dict[str, str] = {
    "engaged": "talked both ways",
    "suspicious": "probably not a person",
    "dormant": "gone quiet",
    "mutual": "mutual",
    "fan": "follows you only",
    "unreturned": "you follow only",
}


def group_name(category: Any) -> str:
    """The audit group's name in words, e.g. ``"fan"`` -> ``"follows you only"``.

    >>> group_name("engaged"), group_name("something new")
    ('talked both ways', 'something new')
    """
    return GROUP_NAMES.get(str(category), str(category))


#: Platform names as a participant knows them (tables and the "Loaded" sentence).
PLATFORM_NAMES: dict[str, str] = {
    "facebook": "Facebook",
    "instagram": "Instagram",
    "linkedin": "LinkedIn",
    "mastodon": "Mastodon",
    "x": "X",
    "google": "Google Contacts",
    "vcard": "vCard",
    "csv": "CSV",
    "whatsapp": "WhatsApp",
    "email": "email",
}


def percent_value(part: Any, whole: Any) -> float:
    """``part`` as a percentage of ``whole`` (0 when ``whole`` is 0 or missing)."""
    try:
        part, whole = float(part), float(whole)
    except (TypeError, ValueError):
        return 0.0
    return 100.0 * part / whole if whole else 0.0


def percent(part: Any, whole: Any) -> str:
    """``part`` of ``whole`` as a rounded percentage that never rounds a few to nothing.

    >>> percent(12, 100), percent(3, 1000), percent(0, 1000), percent(998, 1000)
    ('12%', '<1%', '0%', '>99%')
    """
    value = percent_value(part, whole)
    if 0 < value < 1:
        return "<1%"
    if 99 < value < 100:
        return ">99%"
    return f"{value:.0f}%"


def counted(n: int, one: str, many: str | None = None) -> str:
    """``n`` things in words: ``1 text``, ``2 texts``, ``1 person``, ``26 people``.

    >>> counted(1, "text"), counted(1200, "text"), counted(26, "person", "people")
    ('1 text', '1,200 texts', '26 people')
    """
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def listed(words: list[str], last: str = "and") -> str:
    """Words in a sentence: ``a``, ``a and b``, ``a, b and c`` (or ``or`` before the last).

    >>> listed([]), listed(["X"]), listed(["X", "Instagram", "Mastodon"], "or")
    ('', 'X', 'X, Instagram or Mastodon')
    """
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"


def shortened(text: Any, limit: int) -> str:
    """``text`` in at most ``limit`` characters, cut between words, never inside one.

    A cut text ends with "…"; a single word longer than ``limit`` is cut at ``limit``
    (a long link has no word to stop at). Spaces and line breaks are folded to one space.

    >>> shortened("Hi all, our new album is out on Friday, come to the launch!", 30)
    'Hi all, our new album is out…'
    >>> shortened("Short enough", 30), shortened("Unbreakablewordwithoutspaces", 10)
    ('Short enough', 'Unbreakab…')
    """
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-–—") + "…"


def platform_name(platform: Any) -> str:
    """``"x"`` as ``"X"``, ``"linkedin"`` as ``"LinkedIn"``; unknown names unchanged.

    >>> platform_name("x"), platform_name("myspace")
    ('X', 'myspace')
    """
    return PLATFORM_NAMES.get(str(platform).lower(), str(platform))


def nameless_label(contact_id: Any) -> Any:
    """What to call an account the export gives no name or handle for.

    X archives list followers and followings by account number only, so an id such as
    ``x:1519071252`` reads ``X account 1519071252`` rather than a bare code. Any other
    id comes back as it is; a missing one as ``<NA>``.

    >>> nameless_label("x:1519071252"), nameless_label("mastodon:ada@example.social")
    ('X account 1519071252', 'mastodon:ada@example.social')
    """
    if contact_id is None or pd.isna(contact_id):
        return pd.NA
    platform, _, rest = str(contact_id).partition(":")
    if rest.isdigit():
        return f"{platform_name(platform)} account {rest}"
    return str(contact_id)


#: Dates closer to today than this are given to the day ("on 27 February 2026"); older
#: ones by month ("in May 2019").
EXACT_DAY_WITHIN_DAYS = 300


#: Spans up to this many days are said in days, then in weeks...
DAYS_UP_TO = 20


#: ... up to this many days in weeks, then in months ...
WEEKS_UP_TO = 59


#: ... and up to this many days (18 months) in months, beyond it in years.
MONTHS_UP_TO = 547


def span_words(days: int) -> str:
    """A number of days as a person says it: exact when short, rounded when long.

    >>> [span_words(d) for d in (1, 15, 30, 200, 1976)]
    ['1 day', '15 days', '4 weeks', 'about 7 months', 'about 5 years']
    """
    days = abs(int(days))
    if days <= DAYS_UP_TO:
        return f"{days} day{'s' * (days != 1)}"
    if days <= WEEKS_UP_TO:
        return f"{round(days / 7)} weeks"
    if days <= MONTHS_UP_TO:
        return f"about {round(days / 30.44)} months"
    years = round(days / 365.25)
    return f"about {years} year{'s' * (years != 1)}"


def hours_words(hours: float) -> str:
    """A wait given in hours, as a person says it: minutes, then hours, then days.

    >>> [hours_words(h) for h in (0.005, 0.75, 1, 15.3, 47.6, 80)]
    ['under a minute', '45 minutes', '1 hour', '15 hours', '48 hours', '3 days']
    """
    minutes = max(float(hours), 0.0) * 60
    if minutes < 1:
        return "under a minute"
    if minutes < 59.5:
        whole = round(minutes)
        return f"{whole} minute{'s' * (whole != 1)}"
    if hours < 48.5:
        whole = round(hours)
        return f"{whole} hour{'s' * (whole != 1)}"
    return span_words(round(hours / 24))


def minutes_words(seconds: float) -> str:
    """A short wait as a facilitator reads it at a glance: minutes, then hours and minutes.

    >>> [minutes_words(s) for s in (20, 60, 14 * 60 + 50, 3725)]
    ['under a minute', '1 min', '14 min', '1 h 2 min']
    """
    minutes = max(int(seconds // 60), 0)
    if minutes < 1:
        return "under a minute"
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def date_words(ts: Any, day: pd.Timestamp) -> str:
    """``"27 February 2026"`` for a recent date, ``"May 2019"`` for an old one."""
    ts = pd.Timestamp(ts)
    if abs((day - ts.normalize()).days) <= EXACT_DAY_WITHIN_DAYS:
        return f"{ts.day} {ts:%B %Y}"
    return f"{ts:%B %Y}"


def when_words(ts: Any, day: pd.Timestamp) -> str:
    """``"on 27 February 2026"`` for a recent date, ``"in May 2019"`` for an old one.

    >>> day = pd.Timestamp("2026-03-02", tz="UTC")
    >>> when_words(pd.Timestamp("2026-02-27 18:00", tz="UTC"), day), when_words("2019-05-04", day)
    ('on 27 February 2026', 'in May 2019')
    """
    ts = pd.Timestamp(ts)
    if ts.tzinfo is None:
        ts = ts.tz_localize(day.tzinfo)
    exact = abs((day - ts.normalize()).days) <= EXACT_DAY_WITHIN_DAYS
    return f"{'on' if exact else 'in'} {date_words(ts, day)}"


#: Kinds of inbound interaction that are something given to you (a favour, an
#: introduction, a referral): the plan replies with a thank-you unless their words
#: complain, and a table says they did something for you rather than wrote.
RECEIVED_KINDS = frozenset({
    "favor", "favour", "intro", "introduction", "referral", "review", "testimonial", "gift",
    "recommendation", "lead", "share",
})  # fmt: skip


#: How a cadence in days reads, in the same words as the plan editor's menu.
CADENCE_WORDS: dict[int, str] = {
    7: "every week",
    14: "every two weeks",
    28: "every four weeks",
    30: "every month",
    60: "every two months",
    90: "every quarter",
    180: "every six months",
    365: "every year",
}


def repeats(cadence_days: Any) -> str:
    """A cadence in days as words: ``14`` is "every two weeks", missing is "once".

    >>> [repeats(d) for d in (7, 14, 30, 90, 365)]
    ['every week', 'every two weeks', 'every month', 'every quarter', 'every year']
    >>> [repeats(d) for d in (10, 21, None)]
    ['every 10 days', 'every 3 weeks', 'once']
    """
    if cadence_days is None or pd.isna(cadence_days) or not int(cadence_days):
        return "once"
    days = int(cadence_days)
    if days in CADENCE_WORDS:
        return CADENCE_WORDS[days]
    return f"every {days // 7} weeks" if days % 7 == 0 else f"every {days} days"


def is_missing(value: Any) -> bool:
    """Whether ``value`` holds nothing: ``None``, ``NaN``, ``NaT`` or ``<NA>``.

    Text, even blank, and containers such as lists are values.

    >>> [is_missing(v) for v in (None, float("nan"), pd.NA, pd.NaT, "", 0, [1, 2])]
    [True, True, True, True, False, False, False]
    """
    if value is None:
        return True
    if isinstance(value, list | tuple | dict | set):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def share_label(part: float, whole: float) -> str:
    """``part`` as a share of ``whole`` in words that never round a few down to nothing.

    >>> share_label(3, 1000), share_label(0, 1000), share_label(998, 1000), share_label(1, 4)
    ('<1%', '0%', '>99%', '25%')
    """
    return percent(part, whole) if whole else ""


def whole_number(value: Any) -> int:
    """``value`` as a whole number for counting: missing or unreadable counts as 0.

    >>> whole_number(3.0), whole_number(pd.NA), whole_number("x")
    (3, 0, 0)
    """
    try:
        return 0 if pd.isna(value) else int(value)
    except (TypeError, ValueError):
        return 0


def as_utc(value: Any) -> pd.Timestamp:
    """``value`` as a UTC timestamp: a time without a zone is taken as UTC.

    >>> as_utc("2026-03-02 09:30")
    Timestamp('2026-03-02 09:30:00+0000', tz='UTC')
    >>> as_utc(pd.Timestamp("2026-03-02 10:30", tz="Europe/Paris"))
    Timestamp('2026-03-02 09:30:00+0000', tz='UTC')
    """
    stamp = pd.Timestamp(value)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def utc_day(value: Any = None) -> pd.Timestamp:
    """Midnight UTC of the day of ``value`` (``None``: today).

    >>> utc_day("2026-03-02 18:45")
    Timestamp('2026-03-02 00:00:00+0000', tz='UTC')
    """
    return as_utc(pd.Timestamp.now(tz="UTC") if value is None else value).normalize()
