"""From scored contacts to a give-first plan that fits the week.

:func:`plan_actions` takes the frame :func:`realnet_kit.score_contacts` returns and, for
each person in the chosen tiers, picks one give-first action from :data:`ACTIONS` that
fits their tier and what is known of them, then a rhythm to keep in touch at the tier's
cadence (:data:`CADENCE_DAYS`). Everything is placed on a weekly grid so that no week asks
for more than ``weekly_minutes``: when a week is full, the action moves to a later week.

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
from typing import Any

import numpy as np
import pandas as pd

from realnet_kit.plan.actions import ACTIONS, ACTIONS_BY_KEY, Action, _text, describe_person

__all__ = [
    "ACTIONS",
    "CADENCE_DAYS",
    "DEFAULT_WEEKLY_MINUTES",
    "PLANNED_TIERS",
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
#: The tiers planned when ``tiers`` is not given, closest first.
PLANNED_TIERS = ("inner circle", "real", "warm")
#: Three hours a week: enough for the workshop's 5 + 15 + 50 target people.
DEFAULT_WEEKLY_MINUTES = 180
#: The longest action that repeats at a tier's cadence: bigger gestures (a coffee, a
#: visit) are planned once, then a light touch keeps the rhythm.
RHYTHM_MAX_MINUTES = 15
#: How far ahead the planner books recurring touches (a year).
HORIZON_WEEKS = 53
#: Tiers strong enough that never having met offline calls for an offline move.
OFFLINE_PUSH_TIERS = ("inner circle", "real")
PLAN_COLUMNS = [
    "contact_id", "name", "action", "due", "cadence_days",
    "why", "minutes", "tier", "offline", "action_key",
]  # fmt: skip


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
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    return ts.normalize()


def _fits(action: Action, tier: str, known: dict, budget: int) -> bool:
    if tier not in action.tiers or action.minutes > budget:
        return False
    if action.needs == "company":
        return bool(known["company"])
    return action.needs is None or bool(known[action.needs])


def choose_action(row: dict, known: dict, budget: int, *, repeatable: bool = False):
    """Pick the give-first action for one person, with the reason it was picked.

    Preference: an offline move for strong contacts never met offline; then an action
    that uses what is known (their company, shop or creative work); then any action of
    their tier. Ties are broken by a stable hash of the contact id, so the same person
    gets the same suggestion in every run.
    """
    tier = str(row["tier"])
    pool = [a for a in ACTIONS if _fits(a, tier, known, budget)]
    if repeatable:
        pool = [a for a in pool if a.repeatable and a.minutes <= RHYTHM_MAX_MINUTES]
    if not pool:
        return None, ""
    groups: list[tuple[list[Action], str]] = []
    if known.get("unanswered"):
        groups.append(([a for a in pool if a.needs == "unanswered"], "A message is waiting:"))
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
    for candidates, reason in groups:
        if candidates:
            return candidates[seed % len(candidates)], reason
    return None, ""  # pragma: no cover - the last group is the whole non-empty pool


def _render(action: Action, name: str, known: dict) -> str:
    company = known["company"] or (f"{name}'s shop" if action.needs == "shop" else name)
    return action.text.format(name=name, company=company)


class _Grid:
    """Minutes booked per week; places one-offs and recurring touches within budget."""

    def __init__(self, budget: int, weeks: int = HORIZON_WEEKS) -> None:
        self.budget = budget
        self.weeks = weeks
        self.load = np.zeros(weeks, dtype=np.int64)
        self.count = np.zeros(weeks, dtype=np.int64)
        self._days = np.arange(weeks) * 7

    def place(self, minutes: int, first_week: int, cadence: int | None) -> int | None:
        """Book the earliest day (from first_week on) that keeps every week within budget.

        Returns the day offset from the start of the plan, or None when nothing fits.
        Within a week, successive bookings go to successive weekdays.
        """
        if first_week >= self.weeks:
            return None
        starts = self._days[first_week:] + self.count[first_week:] % 5
        if cadence:
            steps = np.arange(0, self.weeks * 7, cadence)
            occ = (starts[:, None] + steps[None, :]) // 7
            valid = occ < self.weeks
            booked = self.load[np.minimum(occ, self.weeks - 1)]
            fits = ((booked + minutes <= self.budget) | ~valid).all(axis=1)
        else:
            fits = self.load[first_week:] + minutes <= self.budget
        hits = np.flatnonzero(fits)
        if hits.size == 0:
            return None
        day = int(starts[hits[0]])
        week = day // 7
        if cadence:
            weeks = (day + np.arange(0, self.weeks * 7, cadence)) // 7
            np.add.at(self.load, weeks[weeks < self.weeks], minutes)
        else:
            self.load[week] += minutes
        self.count[week] += 1
        return day


def _people(scored: pd.DataFrame, contacts: pd.DataFrame | None) -> pd.DataFrame:
    missing = [c for c in ("contact_id", "tier") if c not in scored.columns]
    if missing:
        raise ValueError(
            f"plan_actions needs the scored contacts frame with columns contact_id and tier "
            f"(from realnet_kit.score_contacts); this one lacks {', '.join(missing)}. "
            "Score your contacts first, then pass the result here."
        )
    people = scored[scored["contact_id"].notna()]  # a row nobody can be found by is no one
    people = people.drop_duplicates("contact_id", keep="last").copy()
    people["tier"] = people["tier"].astype(object).where(people["tier"].notna(), "")
    people["contact_id"] = people["contact_id"].astype(str)
    if contacts is not None and len(contacts) and "contact_id" in contacts.columns:
        extra = [
            c
            for c in ("name", "platform", "company", "position", "bio")
            if c in contacts.columns and c not in people.columns
        ]
        if extra:
            info = contacts.drop_duplicates("contact_id")[["contact_id", *extra]]
            people = people.merge(info, on="contact_id", how="left")
    if "strength" not in people.columns:
        people["strength"] = 0.0
    return people


def plan_actions(
    scored: pd.DataFrame,
    contacts: pd.DataFrame | None = None,
    *,
    weekly_minutes: int = DEFAULT_WEEKLY_MINUTES,
    start: Any = None,
    tiers: tuple[str, ...] | list[str] = PLANNED_TIERS,
) -> pd.DataFrame:
    """Plan one give-first action per chosen person, and a rhythm per tier.

    Parameters
    ----------
    scored
        The frame of :func:`realnet_kit.score_contacts`: ``contact_id``, ``tier`` and
        ``strength`` at least; ``name``, ``company``, ``position``, ``bio``, ``platform``
        and a ``met_offline`` answer are used when present.
    contacts
        Optional contacts frame (contract section 1) to look up names and companies.
    weekly_minutes
        The time the participant gives to relationships each week. No week of the
        plan asks for more; actions move to later weeks instead.
    start
        First day of the plan (a date); defaults to today (UTC). Same input, same plan.
    tiers
        The tiers to plan for, by default inner circle, real and warm.

    Returns
    -------
    pandas.DataFrame
        One row per planned action: ``contact_id``, ``name``, ``action``, ``due``
        (datetime64 UTC), ``cadence_days`` (Int64, ``<NA>`` for a one-off), ``why``,
        ``minutes``, ``tier``, ``offline``, ``action_key``. People who did not fit in
        the year are listed in ``plan.attrs["not_planned"]``.

    Examples
    --------
    >>> scored = pd.DataFrame({"contact_id": ["x:9"], "tier": ["warm"], "strength": [40.0]})
    >>> plan_actions(scored, start="2026-03-02")["cadence_days"].dropna().tolist()
    [90]
    """
    weekly_minutes = int(weekly_minutes)
    shortest = min(a.minutes for a in ACTIONS)
    if weekly_minutes < shortest:
        raise ValueError(
            f"weekly_minutes={weekly_minutes} is less than the shortest action "
            f"({shortest} minutes). Give at least {shortest} minutes a week; 60 to 180 is usual."
        )
    unknown = [t for t in tiers if t not in CADENCE_DAYS]
    if unknown:
        raise ValueError(f"Unknown tier(s) {unknown}; use some of {list(CADENCE_DAYS)}.")
    day0 = _to_start(start)
    people = _people(scored, contacts)
    people = people[people["tier"].isin(list(tiers))]
    rank = {t: i for i, t in enumerate(CADENCE_DAYS)}
    people = people.assign(
        _rank=people["tier"].map(rank),
        _strength=pd.to_numeric(people["strength"], errors="coerce").fillna(0.0),
    ).sort_values(["_rank", "_strength", "contact_id"], ascending=[True, False, True])

    grid = _Grid(weekly_minutes)
    rows: list[dict] = []
    not_planned: list[str] = []

    def book(row, known, name, action, reason, week, cadence):
        placed = grid.place(action.minutes, week, cadence)
        if placed is None:
            return None
        day = day0 + pd.Timedelta(days=placed)
        rows.append({
            "contact_id": row["contact_id"], "name": name,
            "action": _render(action, name, known), "due": day,
            "cadence_days": cadence, "why": f"{reason} {action.why}",
            "minutes": action.minutes, "tier": row["tier"], "offline": action.offline,
            "action_key": action.key,
        })  # fmt: skip
        return placed // 7

    for row in people.to_dict("records"):
        known = describe_person(row)
        name = _text(row, "name") or _text(row, "contact_id").partition(":")[2] or "them"
        cadence = CADENCE_DAYS[row["tier"]]
        first, reason = choose_action(row, known, weekly_minutes)
        if first is None:
            not_planned.append(row["contact_id"])
            continue
        light = first.repeatable and first.minutes <= RHYTHM_MAX_MINUTES
        week = book(row, known, name, first, reason, 0, cadence if light else None)
        if week is None:
            not_planned.append(row["contact_id"])
            continue
        if cadence and not light:
            again, _ = choose_action(row, known, weekly_minutes, repeatable=True)
            if again is not None:
                book(row, known, name, again, "To keep in touch:", week + -(-cadence // 7),
                     cadence)  # fmt: skip
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
    plan.attrs["weekly_minutes"] = weekly_minutes
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
