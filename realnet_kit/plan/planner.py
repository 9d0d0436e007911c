"""From scored contacts to a small give-first plan that listens first and fits the week.

:func:`plan_actions` takes the frame :func:`realnet_kit.score_contacts` returns and plans,
for the people in the inner circle and the real tier (warm people when asked):

1. **listening first**: a reply to every waiting message, in words that fit what the
   person wrote and when (:func:`realnet_kit.plan.actions.reply_for`: an order whose day
   has passed is owned, not confirmed), spread over the first
   days (at most :data:`REPLY_WITHIN_DAYS`): the person you promised an answer in
   exercise 2.3 first (``answer_first=``, whatever their tier), then whoever has waited
   longest. Nothing is given before the last reply;
2. a thank-you to the connectors named in exercise 4.2 (``thank=``), whatever their tier;
3. one give-first action per person from :data:`ACTIONS` that fits their tier and what
   is known of them, no earlier than their clock allows (:mod:`realnet_kit.plan.clock`,
   the definition of "due" that notebook 06's due list uses too). A business is given
   to once in the plan's year: one referral, review, lead or visit for the mill, through
   the closest of its people; its other people get an action for themselves (a call, a
   coffee, a note), never a second one for the business;
4. a light rhythm to keep in touch at the tier's cadence (:data:`CADENCE_DAYS`): the
   gift itself when it is light and bears repeating (one row), else a second, light
   action; a thank-you, a congratulation or anything for their business is never a
   rhythm, it happens once. Each person's rhythm is booked right after their gift, so
   later gifts fit around the rhythms already kept; where the week cannot hold the
   tier's cadence, a slower one (:func:`slower_rhythms`) keeps a next step.

Action texts carry the person's name as they write it, without emoji or an aside in
brackets (:func:`realnet_kit.plan.named.plain_name`), and "this person" where only a
handle is known; the ``name`` column keeps the display name (or handle) to find them by.

Everything is placed on a weekly grid so that no week asks for more than
``weekly_minutes`` and the first :data:`FIRST_MONTH_DAYS` days hold at most
:data:`FIRST_MONTH_ACTIONS` actions, every repeat counted; when replies alone are more,
they all stay in the first week and giving starts after them.

The result is the contract's plan frame (``contact_id``, ``name``, ``action``, ``due``,
``cadence_days``) plus ``why``, ``minutes``, ``tier``, ``offline`` and ``action_key``.

>>> import pandas as pd
>>> scored = pd.DataFrame({"contact_id": ["x:1", "x:2"], "strength": [95.0, 70.0],
...                        "tier": ["inner circle", "real"], "name": ["Ada", "Bo"]})
>>> plan = plan_actions(scored, weekly_minutes=120, start="2026-01-05")
>>> sorted(plan["contact_id"].unique())
['x:1', 'x:2']
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from realnet_kit.plan.actions import (
    ACTIONS,
    ACTIONS_BY_KEY,
    GIVING,
    REPLY_KEYS,
    THANK_CONNECTOR,
    Action,
    _text,
    describe_person,
    reply_for,
    waiting_words,
)
from realnet_kit.plan.clock import CLOCK_COLUMNS, ONE_OFF_EARLY_DAYS, contact_clock, earliest_touch
from realnet_kit.plan.named import clearest_name, plain_name
from realnet_kit.words import CADENCE_WORDS, nameless_label, repeats, utc_day, when_words

__all__ = [
    "ACTIONS",
    "CADENCE_DAYS",
    "DEFAULT_WEEKLY_MINUTES",
    "FIRST_MONTH_ACTIONS",
    "FIRST_MONTH_DAYS",
    "PLANNED_TIERS",
    "REPLY_WITHIN_DAYS",
    "occurrences",
    "plan_actions",
]

#: Days between two touches, per tier. ``None``: a single give-first action, no rhythm.
#: Inner circle every fortnight, real every month, warm every quarter.
CADENCE_DAYS: dict[str, int | None] = {
    "inner circle": 14,
    "real": 30,
    "warm": 90,
    "acquaintance": None,
    "scoreboard only": None,
}
#: The tiers planned when ``tiers`` is not given, closest first: the real relationships.
PLANNED_TIERS = ("inner circle", "real")
#: The tier ``warm=True`` adds.
WARM_TIER = "warm"
#: Two hours a week: what a small-business owner can keep up for a year.
DEFAULT_WEEKLY_MINUTES = 120
#: Keep it small: at most this many actions (a dozen) fall due in the first month of the
#: plan, every repeat of a rhythm counted (replies to waiting messages are never cut).
FIRST_MONTH_ACTIONS = 12
#: The first month, in days.
FIRST_MONTH_DAYS = 30
#: Listening first: a reply to every waiting message falls due within this many days,
#: one a day while there are fewer replies than days.
REPLY_WITHIN_DAYS = 7
#: After a reply, the give-first action waits at least this long.
GIVE_AFTER_REPLY_DAYS = 7
#: How an action names someone known only by a handle or an id.
NAMELESS = "this person"
#: The longest action that repeats at a tier's cadence: bigger gestures (a coffee, a
#: visit) are planned once, then a light touch keeps the rhythm.
RHYTHM_MAX_MINUTES = 15
#: When the week cannot hold a tier's rhythm, the rhythm is about this many times slower
#: (a fortnight becomes four weeks, a month two), and again if that does not fit either,
#: so everyone keeps a next step.
SLOWER_RHYTHM = 2


def slower_rhythms(cadence: int) -> tuple[int, ...]:
    """The rhythms tried after a tier's own, each about :data:`SLOWER_RHYTHM` times the
    one before and one a person can say (:data:`realnet_kit.words.CADENCE_WORDS`).

    >>> slower_rhythms(14), slower_rhythms(30), slower_rhythms(90)
    ((28, 60), (60, 180), (180, 365))
    """
    said = sorted(CADENCE_WORDS)
    first = next(c for c in said if c >= SLOWER_RHYTHM * cadence - 2)
    second = next((c for c in said if c >= SLOWER_RHYTHM * first - 2), said[-1])
    return (first, second) if second != first else (first,)


#: How far ahead the planner books recurring touches (a year).
HORIZON_WEEKS = 53
#: Tiers strong enough that never having met offline calls for an offline move.
OFFLINE_PUSH_TIERS = ("inner circle", "real")
PLAN_COLUMNS = [
    "contact_id", "name", "action", "due", "cadence_days",
    "why", "minutes", "tier", "offline", "action_key",
]  # fmt: skip


#: Replies that already say thank you: no "thank them for one thing" gift follows them.
THANKING = frozenset({"reply_favour", "reply_feedback", "reply_thanks"})
#: How many rows of a plan may share one action before the others of its group go first.
TEMPLATE_SHARE = 3


def _stable_int(text: str) -> int:
    """A hash that is the same in every Python process (``hash`` is salted)."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def _to_start(start: Any) -> pd.Timestamp:
    if start is None:
        return pd.Timestamp.now(tz="UTC").normalize()
    try:
        ts = pd.Timestamp(start)
    except (TypeError, ValueError) as exc:
        raise ValueError(
            f"start={start!r} is not a date. Pass a date such as '2026-01-05' or "
            "datetime.date.today()."
        ) from exc
    if ts is pd.NaT:
        raise ValueError("start is empty (NaT). Pass a date such as '2026-01-05'.")
    return utc_day(ts)


def _fits(action: Action, tier: str, known: dict, budget: int) -> bool:
    if tier not in action.tiers or action.minutes > budget:
        return False
    if action.needs == "company":
        return bool(known["company"])
    return action.needs is None or bool(known[action.needs])


def ranked_actions(
    row: dict,
    known: dict,
    budget: int,
    *,
    repeatable: bool = False,
    exclude: tuple = (),
    for_themselves: bool = False,
    used: Mapping[str, int] | None = None,
) -> list[tuple[Action, str]]:
    """The actions that fit one person, best first, each with the reason it fits.

    Preference: an offline move for strong contacts never met offline; then an action
    that uses what is known (their company, shop or creative work); then any action of
    their tier. Within a group, a stable hash of the contact id decides where the list
    starts, so the same person gets the same suggestion in every run; an action the plan
    already holds :data:`TEMPLATE_SHARE` times (``used``: action key -> rows) goes to the
    back of the list, so a plan does not read as one sentence mailed to twenty people.
    ``repeatable`` keeps light actions that bear repeating and never one about their
    business (a rhythm is a touch between two people); ``for_themselves`` leaves out every
    action that needs their business (its people are treated as people once the business
    had its turn).
    """
    tier = str(row["tier"])
    pool = [a for a in GIVING if _fits(a, tier, known, budget) and a.key not in exclude]
    if repeatable:
        pool = [a for a in pool if a.repeatable and a.minutes <= RHYTHM_MAX_MINUTES
                and not a.names_business]  # fmt: skip
    if for_themselves:
        pool = [a for a in pool if a.needs != "company"]
    groups: list[tuple[list[Action], str]] = []
    if known["online_only"] and tier in OFFLINE_PUSH_TIERS:
        groups.append(([a for a in pool if a.offline], "Strong, but only ever online:"))
    if known["shop"]:
        groups.append(([a for a in pool if a.needs == "shop"], "They have a place to visit:"))
    if known["creative"]:
        groups.append(([a for a in pool if a.needs == "creative"], "They make work to share:"))
    if known["company"]:
        groups.append(([a for a in pool if a.needs == "company"], "They run a business:"))
    groups.append((pool, f"{tier.capitalize()} tier:"))
    seed = _stable_int(f"{row['contact_id']}|{int(repeatable)}")
    ranked: dict[str, tuple[Action, str]] = {}
    for candidates, reason in groups:
        if not candidates:
            continue
        turn = seed % len(candidates)
        for action in candidates[turn:] + candidates[:turn]:
            ranked.setdefault(action.key, (action, reason))
    best = list(ranked.values())
    if used:  # stable: the actions under their share keep their order, ahead of the rest
        best.sort(key=lambda pair: used.get(pair[0].key, 0) >= TEMPLATE_SHARE)
    return best


def business_of(action: Action, known: dict) -> str:
    """The business an action is for, as a key two people of one business share
    (``"avon valley mill"``); empty for an action about the person.

    >>> from realnet_kit.plan.actions import ACTIONS_BY_KEY
    >>> business_of(ACTIONS_BY_KEY["referral"], {"company": "Avon  Valley Mill"})
    'avon valley mill'
    >>> business_of(ACTIONS_BY_KEY["coffee"], {"company": "Avon Valley Mill"})
    ''
    """
    return _business(known["company"]) if action.names_business else ""


def _business(company: Any) -> str:
    """A company as one key however it is spaced or capitalised ("" for none)."""
    return " ".join(str(company or "").casefold().split())


def _render(action: Action, name: str, known: dict, text: str | None = None) -> str:
    """The action's text (or ``text``, its words for this case) for one person: ``name``
    as a sentence carries it."""
    company = known["company"] or (f"{name}'s shop" if action.needs == "shop" else name)
    return (text or action.text).format(name=name, company=company)


def _spoken(row: dict) -> str:
    """The name an action's sentence uses: the clearest of the person's names without
    decorations (:func:`realnet_kit.plan.named.clearest_name`), else :data:`NAMELESS`
    (a handle such as ``sadiqimran@chaos.social`` is no name to address)."""
    return _text(row, "_spoken") or plain_name(_text(row, "name")) or NAMELESS


#: Days of the year (month, day) on which the plan starts nothing new: Christmas Eve to
#: the 28th (Boxing Day and the bank holidays that move with it, when many shops close)
#: and New Year's Day.
QUIET_DAYS = ((12, 24), (12, 25), (12, 26), (12, 27), (12, 28), (1, 1))


def quiet_days(day0: pd.Timestamp, weeks: int = HORIZON_WEEKS) -> list[int]:
    """The :data:`QUIET_DAYS` within the plan, as days from ``day0``.

    >>> quiet_days(pd.Timestamp("2026-12-04", tz="UTC"), weeks=5)
    [20, 21, 22, 23, 24, 28]
    """
    days = pd.date_range(day0.normalize(), periods=weeks * 7, freq="D")
    quiet = [(d.month, d.day) in QUIET_DAYS for d in days]
    return [int(i) for i in np.flatnonzero(quiet)]


class _Grid:
    """Minutes booked per calendar week and actions booked in the first month.

    Places one-offs and recurring touches so that every week stays within ``budget``
    minutes, both as the printed plan and a calendar show weeks (Monday to Sunday) and as
    the plan editor counts them (seven days from the plan's first), and the first
    ``window_days`` hold at most ``window_cap`` occurrences. ``lead`` is the weekday of
    the plan's first day (Monday 0), so day 0 may fall in the middle of its week.
    """

    def __init__(self, budget: int, window_cap: int, weeks: int = HORIZON_WEEKS,
                 window_days: int = FIRST_MONTH_DAYS, closed: Any = (),
                 lead: int = 0) -> None:  # fmt: skip
        self.closed = np.asarray(sorted(closed), dtype=np.int64)  # days nothing starts on
        self.budget = budget
        self.span = weeks * 7  # days the plan covers
        self.lead = lead
        self.weeks = (self.span - 1 + lead) // 7 + 1  # calendar weeks they touch
        self.window_cap = window_cap
        self.window_days = window_days
        self.window_used = 0
        self.load = np.zeros(self.weeks, dtype=np.int64)
        self.rolling = np.zeros(weeks, dtype=np.int64)  # seven days from day 0 on
        self.count = np.zeros(self.weeks, dtype=np.int64)
        self._days = np.arange(self.weeks) * 7 - lead  # each week's Monday, from day 0

    def _week(self, day: Any) -> Any:
        """The calendar week (0 is the plan's first) of a day or an array of days."""
        return (day + self.lead) // 7

    def _book(self, day: int, minutes: int, cadence: int | None) -> int:
        steps = np.arange(0, self.span, cadence) if cadence else np.zeros(1, dtype=int)
        days = day + steps
        days = days[days < self.span]
        np.add.at(self.load, self._week(days), minutes)
        np.add.at(self.rolling, days // 7, minutes)
        self.window_used += int((days < self.window_days).sum())
        self.count[self._week(day)] += 1
        return day

    def force(self, minutes: int, first_day: int = 0, *, spread: bool = True) -> int:
        """Book in the week of ``first_day`` whatever the budget: for replies that cannot wait.

        ``spread=False`` books ``first_day`` itself instead of the week's next free weekday.
        """
        week = self._week(first_day)
        if not spread:
            return self._book(first_day, minutes, None)
        return self._book(max(first_day, int(self._days[week]) + int(self.count[week]) % 5),
                          minutes, None)  # fmt: skip

    def place(
        self, minutes: int, first_day: int, cadence: int | None, latest: int | None = None
    ) -> int | None:
        """Book the earliest day (from first_day on, up to ``latest``) that keeps every limit.

        Returns the day offset from the start of the plan, or None when nothing fits.
        Within a week, successive bookings go to successive weekdays.
        """
        day = self.find(minutes, first_day, cadence, latest)
        return None if day is None else self._book(day, minutes, cadence)

    def find(
        self, minutes: int, first_day: int, cadence: int | None, latest: int | None = None
    ) -> int | None:
        """The day :meth:`place` would book, without booking it."""
        if first_day >= self.span:
            return None
        first_week = self._week(first_day)
        starts = np.maximum(self._days[first_week:] + self.count[first_week:] % 5, first_day)
        for _ in range(len(self.closed)):  # a closed day moves the start to the next day
            shut = np.isin(starts, self.closed)
            if not shut.any():
                break
            starts = starts + shut
        starts = starts[starts < self.span]
        if latest is not None:
            starts = starts[starts <= latest]
        steps = np.arange(0, self.span, cadence) if cadence else np.zeros(1, dtype=np.int64)
        occ = starts[:, None] + steps[None, :]
        valid = occ < self.span
        booked = self.load[np.minimum(self._week(occ), self.weeks - 1)]
        fits = ((booked + minutes <= self.budget) | ~valid).all(axis=1)
        booked = self.rolling[np.minimum(occ // 7, len(self.rolling) - 1)]
        fits &= ((booked + minutes <= self.budget) | ~valid).all(axis=1)
        in_window = ((occ < self.window_days) & valid).sum(axis=1)
        fits &= (in_window == 0) | (self.window_used + in_window <= self.window_cap)
        hits = np.flatnonzero(fits)
        return None if hits.size == 0 else int(starts[hits[0]])


def _folded(ids: pd.Series, same: dict[str, str]) -> pd.Series:
    """Account ids written as their person's id (``same``: account -> person)."""
    ids = ids.astype(str)
    return ids.map(same).fillna(ids) if same else ids


def _people(
    scored: pd.DataFrame, contacts: pd.DataFrame | None, same: dict[str, str] | None = None
) -> pd.DataFrame:
    """One row per person: accounts the workbook knows are one person (``same``) folded
    onto the person's id, the strongest score kept, the profile filled from every account,
    and ``_spoken``, the clearest of their names."""
    missing = [c for c in ("contact_id", "tier") if c not in scored.columns]
    if missing:
        raise ValueError(
            f"plan_actions needs the scored contacts frame with columns contact_id and tier "
            f"(from realnet_kit.score_contacts); this one lacks {', '.join(missing)}. "
            "Score your contacts first, then pass the result here."
        )
    same = same or {}
    people = scored[scored["contact_id"].notna()]  # a row nobody can be found by is no one
    people = people.drop_duplicates("contact_id", keep="last").copy()
    people["tier"] = people["tier"].astype(object).where(people["tier"].notna(), "")
    people["contact_id"] = people["contact_id"].astype(str)
    own_names = (
        people.set_index("contact_id")["name"].astype(object).to_dict()
        if "name" in people.columns else {}
    )  # fmt: skip
    if same:
        people["contact_id"] = _folded(people["contact_id"], same)
        strength = pd.to_numeric(people.get("strength"), errors="coerce") if (
            "strength" in people.columns) else pd.Series(0.0, index=people.index)  # fmt: skip
        people = people.assign(_s=strength.fillna(-1.0)).sort_values("_s", ascending=False,
                                                                     kind="stable")  # fmt: skip
        people = people.drop_duplicates("contact_id").drop(columns="_s")
    names: dict[str, list] = {}
    for cid, name in own_names.items():
        names.setdefault(same.get(cid, cid), []).append(name)
    if contacts is not None and len(contacts) and "contact_id" in contacts.columns:
        accounts = contacts.drop_duplicates("contact_id").assign(
            _account=lambda f: f["contact_id"].astype(str),
            contact_id=lambda f: _folded(f["contact_id"], same),
        )
        # the person's own (kept) account first, then the others in their order
        accounts = accounts.assign(_own=accounts["_account"] != accounts["contact_id"])
        accounts = accounts.sort_values("_own", kind="stable")
        if "name" in accounts.columns:
            for cid, name in zip(accounts["contact_id"], accounts["name"], strict=True):
                names.setdefault(cid, []).append(name)
        extra = [
            c
            for c in ("name", "platform", "company", "position", "bio")
            if c in accounts.columns and c not in people.columns
        ]
        if extra:
            info = accounts.groupby("contact_id", sort=False)[extra].first().reset_index()
            people = people.merge(info, on="contact_id", how="left")
    people["_spoken"] = [clearest_name(names.get(cid, [])) for cid in people["contact_id"]]
    if "strength" not in people.columns:
        people["strength"] = 0.0
    return people


def _with_clock(people: pd.DataFrame, interactions: pd.DataFrame | None) -> pd.DataFrame:
    """Each person's clock (:func:`realnet_kit.plan.clock.contact_clock`) as columns.

    From ``interactions`` when given; otherwise from the clock columns the scored frame
    already carries (``realnet_kit.narrate.scored`` adds them), or from a bare
    ``unanswered`` count.
    """
    if interactions is not None:
        clock = contact_clock(interactions)
        people = people.drop(columns=[c for c in CLOCK_COLUMNS if c in people.columns])
        people = people.merge(clock, left_on="contact_id", right_index=True, how="left")
    for col in ("last_contact", "last_in", "waiting_since"):
        people[col] = (
            pd.to_datetime(people[col], utc=True, errors="coerce") if col in people.columns
            else pd.Series(pd.NaT, index=people.index, dtype="datetime64[us, UTC]")
        )  # fmt: skip
    count = pd.to_numeric(people.get("unanswered"), errors="coerce") if "unanswered" in people \
        else pd.Series(0, index=people.index)  # fmt: skip
    people["unanswered"] = count.fillna(0).astype("int64")
    if "waiting" in people.columns:
        waiting = people["waiting"].astype("boolean").fillna(False).astype(bool)
        people["waiting"] = waiting | (people["unanswered"] > 0)
    else:
        people["waiting"] = people["unanswered"] > 0
    for col in ("waiting_note", "waiting_kind"):
        if col not in people.columns:
            people[col] = pd.NA
    return people


def _person_ids(ids: Any) -> list[str]:
    if ids is None:
        return []
    if isinstance(ids, str):
        ids = [ids]
    return [str(i) for i in ids if i is not None and not (isinstance(i, float) and np.isnan(i))]


def plan_actions(
    scored: pd.DataFrame,
    contacts: pd.DataFrame | None = None,
    *,
    weekly_minutes: int = DEFAULT_WEEKLY_MINUTES,
    start: Any = None,
    tiers: tuple[str, ...] | list[str] | None = None,
    warm: bool = False,
    thank: Any = None,
    answer_first: Any = None,
    interactions: pd.DataFrame | None = None,
    first_month_actions: int = FIRST_MONTH_ACTIONS,
    same_person: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Plan a small year of relationships: replies first, then one gift and a rhythm each.

    Parameters
    ----------
    scored
        The frame of :func:`realnet_kit.score_contacts`: ``contact_id``, ``tier`` and
        ``strength`` at least; ``name``, ``company``, ``position``, ``bio``, ``platform``
        and a ``met_offline`` answer are used when present, and so are the clock columns
        of :func:`realnet_kit.plan.clock.contact_clock` (``waiting``, ``waiting_note``,
        ``last_contact``...) that ``realnet_kit.narrate.scored(data)`` adds.
    contacts
        Optional contacts frame (contract section 1) to look up names and companies.
    weekly_minutes
        The time given to relationships each week (default two hours). No week asks
        for more, except a first week whose replies alone take longer.
    start
        First day of the plan (a date); defaults to today (UTC). Same input, same plan.
    tiers
        The tiers to plan for; by default the inner circle and the real tier.
    warm
        Also plan for the warm tier (ignored when ``tiers`` is given).
    thank
        Contact ids to thank first: the connector named in exercise 4.2. They get a
        thank-you whatever their tier.
    answer_first
        Contact ids you promised an answer (exercise 2.3): if they are waiting, their
        reply comes first, whatever their tier. Either ids, or a frame with
        ``contact_id`` and their clock columns (for people not in ``scored``). When not
        given, ``scored.attrs["answer_first"]`` is used: ``realnet_kit.narrate.scored``
        puts your answer to 2.3 there.
    interactions
        Logged interactions (``Workbook().interactions()``) to read each person's clock
        from, when the scored frame does not carry it.
    first_month_actions
        At most this many actions fall due in the first :data:`FIRST_MONTH_DAYS` days,
        repeats counted; replies to waiting messages come first and are never cut.
    same_person
        Accounts known to be one person: a map from an account's id to the id the person
        is planned under (``Workbook().person_ids()``, the same fold as
        ``Workbook().person_interactions()``). Each person then gets one set of actions,
        under the clearest of their names, and one thank-you. When not given,
        ``scored.attrs["same_person"]`` is used (``realnet_kit.narrate.scored`` puts it there).

    Returns
    -------
    pandas.DataFrame
        One row per planned action: ``contact_id``, ``name``, ``action``, ``due``
        (datetime64 UTC), ``cadence_days`` (Int64, ``<NA>`` for a one-off), ``why``,
        ``minutes``, ``tier``, ``offline``, ``action_key``. ``plan.attrs`` holds
        ``not_planned`` (people who did not fit the year), ``no_rhythm`` (people whose
        rhythm could not start within its own period: they keep their gift),
        ``slower_rhythm`` (people whose rhythm is slower than their tier's, to fit the
        week: :func:`slower_rhythms`), ``weekly_minutes``,
        ``replies`` (how many replies), ``first_month`` (actions due in the first
        month, repeats counted) and ``over_budget_weeks``.

    Examples
    --------
    >>> scored = pd.DataFrame({"contact_id": ["x:9", "x:8"], "tier": ["real", "warm"],
    ...                        "strength": [60.0, 40.0], "name": ["ana Lima", "Bo"],
    ...                        "waiting_note": ["Is the shop open on Sunday?", None],
    ...                        "unanswered": [1, 0]})
    >>> plan = plan_actions(scored, start="2026-03-02")
    >>> plan.loc[0, "action"]
    'Answer the question ana Lima asked you'
    >>> plan.loc[0, "why"].split(".")[0]
    'They asked you a question and are still waiting for an answer'

    >>> sorted(plan["contact_id"].unique())
    ['x:9']
    """
    weekly_minutes = int(weekly_minutes)
    shortest = min(a.minutes for a in ACTIONS)
    if weekly_minutes < shortest:
        raise ValueError(
            f"weekly_minutes={weekly_minutes} is less than the shortest action "
            f"({shortest} minutes). Give at least {shortest} minutes a week; 60 to 180 is usual."
        )
    if tiers is None:
        tiers = (*PLANNED_TIERS, WARM_TIER) if warm else PLANNED_TIERS
    unknown = [t for t in tiers if t not in CADENCE_DAYS]
    if unknown:
        raise ValueError(f"Unknown tier(s) {unknown}; use some of {list(CADENCE_DAYS)}.")
    day0 = _to_start(start)
    if answer_first is None:
        answer_first = scored.attrs.get("answer_first")
    promised_rows = None
    if isinstance(answer_first, pd.DataFrame):
        promised_rows = answer_first
        answer_first = answer_first["contact_id"].tolist() if "contact_id" in answer_first else []
    if same_person is None:
        same_person = scored.attrs.get("same_person")
    same = {str(k): str(v) for k, v in dict(same_person or {}).items()}
    if same and interactions is not None and len(interactions):
        interactions = interactions.assign(
            contact_id=_folded(interactions["contact_id"], same).astype("string")
        )
    if same and promised_rows is not None and "contact_id" in promised_rows.columns:
        promised_rows = promised_rows.assign(contact_id=_folded(promised_rows["contact_id"], same))
    everyone = _with_clock(_people(scored, contacts, same), interactions)
    thank_ids = list(dict.fromkeys(same.get(i, i) for i in _person_ids(thank)))
    promised = list(dict.fromkeys(same.get(i, i) for i in _person_ids(answer_first)))
    rank = {t: i for i, t in enumerate(CADENCE_DAYS)}
    everyone = everyone.assign(
        _rank=everyone["tier"].map(rank).fillna(len(rank)),
        _strength=pd.to_numeric(everyone["strength"], errors="coerce").fillna(0.0),
    ).sort_values(["_rank", "_strength", "contact_id"], ascending=[True, False, True])
    people = everyone[everyone["tier"].isin(list(tiers))]
    by_id = everyone.set_index("contact_id", drop=False)

    def outsider(cid: str) -> dict:
        """Someone named in an exercise but not among the scored: from the contacts and
        the clock (the rows given with ``answer_first``, else ``interactions``)."""
        row = _people(pd.DataFrame({"contact_id": [cid], "tier": [""]}), contacts, same)
        if promised_rows is not None and cid in set(promised_rows["contact_id"].astype(str)):
            given = promised_rows[promised_rows["contact_id"].astype(str) == cid].iloc[[0]]
            extra = [c for c in given.columns if c not in row.columns]
            row = row.merge(given[["contact_id", *extra]].astype({"contact_id": str}),
                            on="contact_id", how="left")  # fmt: skip
        row = _with_clock(row.assign(strength=0.0), interactions)
        return row.assign(_rank=len(rank), _strength=0.0).iloc[0].to_dict()

    grid = _Grid(weekly_minutes, int(first_month_actions), closed=quiet_days(day0),
                 lead=day0.weekday())  # fmt: skip
    rows: list[dict] = []
    not_planned: list[str] = []
    no_rhythm: list[str] = []  # people whose rhythm could not start within its period
    slower: list[str] = []  # people whose rhythm is slower than their tier's
    booked: dict[str, int] = {}  # contact_id -> day of the latest booking
    used: Counter[str] = Counter()  # action key -> rows so far, for a varied plan
    thanked: set[str] = set()  # people whose reply or connector's note already thanks them

    def name_of(row: dict) -> str:
        cid = _text(row, "contact_id")
        if _text(row, "_spoken"):
            return _text(row, "_spoken")
        if _text(row, "name") or _text(row, "handle"):
            return _text(row, "name") or _text(row, "handle")
        label = str(nameless_label(cid)) if cid else ""
        return cid.partition(":")[2] if label == cid else label or "them"

    def add(row, known, action, reason, day, cadence, text=None) -> int:
        rows.append({
            "contact_id": row["contact_id"], "name": name_of(row),
            "action": _render(action, _spoken(row), known, text),
            "due": day0 + pd.Timedelta(days=day),
            "cadence_days": cadence, "why": f"{reason} {action.why}",
            "minutes": action.minutes, "tier": row["tier"], "offline": action.offline,
            "action_key": action.key,
        })  # fmt: skip
        booked[row["contact_id"]] = max(day, booked.get(row["contact_id"], day))
        used[action.key] += 1
        return day

    def book(row, known, action, reason, first_day, cadence, latest=None) -> int | None:
        placed = grid.place(action.minutes, first_day, cadence, latest)
        return None if placed is None else add(row, known, action, reason, placed, cadence)

    def clock_day(row: dict, cadence: Any) -> int:
        earliest = earliest_touch(day0, cadence, row["last_contact"])
        return int((earliest - day0).days)

    # 1. Listening first: every waiting person gets the reply that fits, in the first
    #    days: whoever you promised in 2.3, then whoever has waited longest.
    waiting = [r for r in people[people["waiting"]].to_dict("records")]
    planned_ids = {r["contact_id"] for r in waiting}
    for cid in promised:
        if cid in planned_ids:
            continue
        row = by_id.loc[cid].to_dict() if cid in by_id.index else outsider(cid)
        if row["waiting"]:
            waiting.append(row)
            planned_ids.add(cid)
    first_of = {cid: i for i, cid in enumerate(promised)}
    never = pd.Timestamp.max.tz_localize("UTC")
    waiting.sort(key=lambda r: (
        first_of.get(r["contact_id"], len(first_of)),
        r["waiting_since"] if pd.notna(r["waiting_since"]) else never,
        r["_rank"], r["contact_id"],
    ))  # fmt: skip
    span = min(len(waiting), REPLY_WITHIN_DAYS)
    last_reply = -1
    for i, row in enumerate(waiting):
        # the reply answers their newest message (its words), so its date is that one's
        since = row["last_in"] if pd.notna(row.get("last_in")) else row["waiting_since"]
        waited = (day0 - since.normalize()).days if pd.notna(since) else None
        reply, words = reply_for(row["waiting_note"], row["waiting_kind"], waited)
        did, awaits = waiting_words(row["waiting_note"], row["waiting_kind"])
        when = f" {when_words(since, day0)}" if pd.notna(since) else ""
        reason = f"They {did}{when} and are still waiting for {awaits}."
        if row["contact_id"] in first_of:
            reason = f"You promised them an answer (exercise 2.3). {reason}"
        day = grid.force(reply.minutes, (i * span) // len(waiting), spread=False)
        if reply.key in THANKING:
            thanked.add(row["contact_id"])
        last_reply = max(
            last_reply, add(row, describe_person(row), reply, reason, day, None, words)
        )
    giving_from = last_reply + 1  # nothing is given before the last reply

    # 2. The connectors of exercise 4.2 get a thank-you, whatever their tier.
    for cid in thank_ids:
        row = by_id.loc[cid].to_dict() if cid in by_id.index else outsider(cid)
        first = max(booked.get(cid, -1) + 1, giving_from)
        if row["tier"] not in tiers or CADENCE_DAYS.get(row["tier"]) is None:
            # a one-off counts as done by a touch in the week before it (one rule of "due")
            last = row["last_contact"]
            if pd.notna(last):
                first = max(first, (last.normalize() - day0).days + ONE_OFF_EARLY_DAYS + 1)
        reason = "You named them as a connector (exercise 4.2):"
        book(row, describe_person(row), THANK_CONNECTOR, reason, max(first, 0), None)
        thanked.add(cid)

    def keep_in_touch(row: dict, known: dict, placed: int, key: str) -> None:
        """4. A light rhythm, one cadence after the first gift, starting within its own
        period (of that day, or of the end of the first month when the month is full):
        a fortnightly touch that could only begin months later is no rhythm. The tier's
        cadence first; when the week cannot hold it, a slower one (:func:`slower_rhythms`),
        so that everyone keeps a next step. Only when neither fits
        does the person keep just their gift and the due list's clock. Each person's
        rhythm is booked right after their gift, before the next person's gift, so a
        big gesture later in the list fits around the rhythms already kept."""
        cadence = CADENCE_DAYS[row["tier"]]
        if not cadence:
            return
        # another action than the first: each (person, action) is one calendar entry
        options = ranked_actions(row, known, weekly_minutes, repeatable=True, exclude=(key,),
                                 used=used)  # fmt: skip
        for every in (cadence, *slower_rhythms(cadence)):
            reason = "To keep in touch:" if every == cadence else (
                f"To keep in touch, {repeats(every)} ({repeats(cadence)} did not fit "
                "your week):")  # fmt: skip
            asked = placed + every
            latest = max(asked, FIRST_MONTH_DAYS) + every - 1
            for again, _ in options:
                if book(row, known, again, reason, asked, every, latest=latest) is not None:
                    if every != cadence:
                        slower.append(row["contact_id"])
                    return
        if options:
            no_rhythm.append(row["contact_id"])

    # 3. One give-first action each, no earlier than their clock allows, closest first.
    #    Those just answered are booked in their turn, not last: writing to you must not
    #    leave someone with the slower rhythm the week had left.
    order = people.sort_values(
        ["_rank", "_strength", "contact_id"], ascending=[True, False, True], kind="stable"
    )
    #    A light gift that bears repeating is the rhythm itself (one row, not two),
    #    when repeating it moves nothing. A business is given to once (a referral, a
    #    review, a visit): its other people get an action for themselves.
    served: dict[str, str] = {}  # business -> the person it was given to through
    for row in order.to_dict("records"):
        cid = row["contact_id"]
        known = describe_person(row)
        cadence = CADENCE_DAYS[row["tier"]]
        company = _business(known["company"])
        others = bool(company) and served.get(company, cid) != cid
        again = ("thank_specific",) if cid in thanked else ()  # thanked once is enough
        options = ranked_actions(row, known, weekly_minutes, for_themselves=others, used=used,
                                 exclude=again)  # fmt: skip
        day = max(clock_day(row, cadence), giving_from)
        if cid in booked:
            day = max(day, booked[cid] + GIVE_AFTER_REPLY_DAYS)
        first, reason = options[0] if options else (None, "")
        if (
            first is not None
            and cadence
            and first.repeatable
            and (first.minutes <= RHYTHM_MAX_MINUTES)
            and not first.names_business
        ):
            once = grid.find(first.minutes, day, None)
            within = once is not None and once <= max(day, FIRST_MONTH_DAYS) + cadence - 1
            if within and grid.find(first.minutes, day, cadence) == once:
                book(row, known, first, reason, once, cadence)
                continue
        # the best gift that fits the year; a lighter one when the best does not
        placed = None
        for first, reason in options:
            placed = book(row, known, first, reason, day, None)
            if placed is not None:
                break
        if placed is None:
            if cid not in booked:
                not_planned.append(cid)
            continue
        if business_of(first, known):
            served[business_of(first, known)] = cid
        keep_in_touch(row, known, placed, first.key)

    plan = pd.DataFrame(rows, columns=PLAN_COLUMNS)
    plan = plan.astype({
        "contact_id": "string", "name": "string", "action": "string", "why": "string",
        "tier": "string", "action_key": "string", "cadence_days": "Int64",
        "minutes": "Int64", "offline": "boolean",
    })  # fmt: skip
    plan["due"] = pd.to_datetime(plan["due"], utc=True)
    plan = plan.sort_values(["due", "contact_id", "action_key"], kind="stable")
    plan = plan.reset_index(drop=True)
    plan.attrs["not_planned"] = not_planned
    plan.attrs["no_rhythm"] = no_rhythm
    plan.attrs["slower_rhythm"] = slower
    plan.attrs["weekly_minutes"] = weekly_minutes
    plan.attrs["replies"] = int(plan["action_key"].isin(REPLY_KEYS).sum())
    plan.attrs["first_month"] = grid.window_used
    plan.attrs["over_budget_weeks"] = [int(w) for w in np.flatnonzero(grid.load > weekly_minutes)]
    return plan


def actions_table() -> pd.DataFrame:
    """The catalogue as a frame, grouped by effort, for showing in a notebook.

    ``action`` reads as a sentence with a stand-in for the person ("[name]", "[their
    business]"); ``template`` is the raw text :func:`plan_actions` fills in.

    >>> table = actions_table()
    >>> table.columns.tolist()[:3], table.loc[0, "action"]
    (['effort', 'minutes', 'key'], 'Congratulate [name] on a recent win with a personal message')
    """
    rows = [{"effort": a.effort, "minutes": a.minutes, "key": a.key,
             "action": a.text.format(name="[name]", company="[their business]"),
             "template": a.text,
             "tiers": ", ".join(a.tiers), "offline": a.offline, "needs": a.needs or "",
             "repeatable": a.repeatable, "why": a.why} for a in ACTIONS]  # fmt: skip
    return pd.DataFrame(rows).sort_values(["minutes", "key"], kind="stable").reset_index(drop=True)


def catalogue_action(key: str) -> Action:
    """Look an action up by key, with a helpful error for a typo."""
    try:
        return ACTIONS_BY_KEY[key]
    except KeyError:
        raise KeyError(f"No action {key!r}; known keys: {', '.join(ACTIONS_BY_KEY)}") from None


def occurrences(
    plan: pd.DataFrame, start: Any = None, days: int = FIRST_MONTH_DAYS
) -> pd.DataFrame:
    """Every time a planned action falls due within ``days`` of ``start``, repeats included.

    ``start`` defaults to the plan's first due date. One row per occurrence, with the
    plan row's ``contact_id``, ``action_key``, ``minutes`` and the occurrence's ``due``.

    >>> scored = pd.DataFrame({"contact_id": ["x:1"], "tier": ["inner circle"]})
    >>> plan = plan_actions(scored, start="2026-03-02")
    >>> len(occurrences(plan, "2026-03-02", days=30))
    3
    """
    columns = ["contact_id", "action_key", "minutes", "due"]
    if plan is None or not len(plan):
        return pd.DataFrame({c: [] for c in columns})
    due = pd.to_datetime(plan["due"], utc=True)
    day0 = _to_start(due.min() if start is None else start)
    end = day0 + pd.Timedelta(days=days)
    cadence = pd.to_numeric(plan["cadence_days"], errors="coerce") if "cadence_days" in plan \
        else pd.Series(np.nan, index=plan.index)  # fmt: skip
    out = []
    for i, when in enumerate(due):
        step = cadence.iloc[i]
        while pd.notna(when) and when < end:
            if when >= day0:
                out.append({c: plan[c].iloc[i] if c in plan else pd.NA for c in columns[:-1]}
                           | {"due": when})  # fmt: skip
            if pd.isna(step) or step <= 0:
                break
            when = when + pd.Timedelta(days=int(step))
    return pd.DataFrame(out, columns=columns)
