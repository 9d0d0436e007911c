"""What the owner of a sample business knows: their answers, and the weeks they logged.

:func:`owner_answers` gives the answers the fictional owner would type in notebook 03
for one person (the scoring questions, in order), around the person's place in the
story and never twice the same: people are not identical, and each owner's circle has
its own shape. :func:`logged_weeks` draws some weeks of logged moments (a coffee, a
call, a favour given or received, an introduction) with the people who matter, so the
measures of notebook 06 show movement from the first day.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from realnet_kit.samples._fits import problem_in
from realnet_kit.samples._talk import DOUBLED, SLOTS, _Fill

#: The scoring questions, in the order of ``scoring.QUESTIONS``.
QUESTION_KEYS = (
    "ideas",
    "i_helped",
    "they_helped",
    "they_would",
    "i_would",
    "offline",
    "last_talk",
    "relevant",
)
#: Where each tier's answers start (without ``relevant``), before the person's own turn.
BASE = {
    "inner circle": (3, 3, 3, 3, 3, 3, 4),
    "real": (2, 2, 1, 2, 2, 2, 3),
    "warm": (1, 1, 1, 1, 2, 1, 2),
    "acquaintance": (1, 0, 0, 1, 1, 0, 1),
}
#: The turns a person's answers may take from their tier's start (question, step): each
#: keeps the strength inside the tier's band of ``scoring.TIER_THRESHOLDS`` (the tests
#: check it with ``score_contacts``).
TURNS = {
    "inner circle": [("ideas", -1), ("i_helped", -1), ("they_helped", -1), ("they_would", -1),
                     ("offline", -1), ("last_talk", -1)],
    "real": [("ideas", 1), ("ideas", -1), ("offline", -1), ("last_talk", 1),
             ("last_talk", -1), ("they_helped", 1), ("i_would", 1)],
    "warm": [("ideas", 1), ("offline", 1), ("offline", -1), ("last_talk", 1),
             ("last_talk", -1), ("they_helped", 1), ("i_helped", 1)],
    "acquaintance": [("last_talk", 1), ("offline", 1), ("ideas", 1), ("i_helped", 1)],
}  # fmt: skip
#: How relevant the owner finds people of each tier (choices, drawn).
RELEVANT = {
    "inner circle": (3, 3, 2),
    "real": (3, 2, 2, 1),
    "warm": (2, 1, 1, 3),
    "acquaintance": (0, 1, 1, 2),
}


def owner_answers(
    rng: random.Random, tier: str, *, drifting: bool = False, offline: int | None = None
) -> dict[str, int]:
    """The owner's answers about one person of ``tier``.

    ``drifting``: an inner-circle person the owner sees less than before (three turns
    down instead of up to two). ``offline``: the "met offline" answer, when the story
    sets it (a studio that meets its real layer at meetups, not online).
    """
    answers = dict(zip(QUESTION_KEYS, BASE[tier], strict=False))
    turns = TURNS[tier]
    if tier == "inner circle":
        for key, step in rng.sample(turns, 3 if drifting else rng.randint(0, 2)):
            answers[key] += step
    elif rng.random() < 0.85:
        key, step = rng.choice(turns)
        answers[key] += step
    if offline is not None and tier != "inner circle":
        answers["offline"] = offline
    answers["relevant"] = rng.choice(RELEVANT[tier])
    return answers


# fmt: off
#: Logged moments by world: (kind, direction, note template). "out": the owner gave or
#: did it; "in": they did it for the owner.
MOMENTS: dict[str, list[tuple[str, str, str]]] = {
    "band": [
        ("meeting", "out", "Pint with {given} after the {venue} gig"),
        ("meeting", "out", "Coffee with {given} to plan the {month} dates"),
        ("call", "out", "Called {given} about the {town} show"),
        ("call", "in", "{given} rang about the festival slot in {month}"),
        ("favor", "in", "{given} lent us the {gear} for {venue}"),
        ("favor", "in", "{given} took photos at {venue}, free"),
        ("favor", "out", "Put {given}'s band on the bill at {venue}"),
        ("favor", "out", "Shared {given}'s gig in {town} with the mailing list"),
        ("intro", "in", "{given} introduced us to the host of {show}"),
        ("intro", "out", "Introduced {given} to the booker at {venue}"),
        ("review", "out", "Wrote {given} a review of the new record for {outlet}"),
        ("message", "out", "Sent {given} the mix of '{song}'"),
        ("message", "in", "{given} sent notes on '{song}'"),
    ],
    "bakery": [
        ("meeting", "out", "Coffee with {given} after the {day} bake"),
        ("visit", "in", "{given} came by with a {supply} sample"),
        ("call", "out", "Called {given} about our stall at {event}"),
        ("favor", "out", "Saved {given} a bag of {bake}"),
        ("favor", "out", "Baked a {cake} for {given}'s {occasion}, no charge"),
        ("favor", "in", "{given} covered the {day} shift"),
        ("favor", "in", "{given} lent us their van for {event}"),
        ("intro", "out", "Introduced {given} to {firm}"),
        ("intro", "in", "{given} sent {relation} our way for a {cake}"),
        ("referral", "in", "{given} recommended us to {outlet}"),
        ("message", "out", "Asked {given} how the {occasion} went"),
        ("message", "in", "{given} sent a photo of the {cake}"),
    ],
    "studio": [
        ("meeting", "out", "Coffee with {given} before {event}"),
        ("meeting", "in", "{given} invited us to lunch at {org}"),
        ("call", "out", "Call with {given} about the {feature}"),
        ("call", "in", "{given} rang to talk through the {thing}"),
        ("favor", "out", "Reviewed {given}'s {thing} for free"),
        ("favor", "out", "Fixed {given}'s {feature} on a Sunday"),
        ("favor", "in", "{given} tested our site with a screen reader"),
        ("intro", "out", "Introduced {given} to a client who needs a {feature}"),
        ("referral", "in", "{given} referred {org} to us"),
        ("review", "out", "Wrote {given} a LinkedIn recommendation"),
        ("event", "out", "Met {given} at {event}"),
        ("message", "out", "Sent {given} notes on the {feature}"),
    ],
}
# fmt: on


def logged_weeks(
    rng: random.Random,
    world: str,
    people: list[tuple[str, str, str]],
    *,
    today: datetime,
    per_week: list[int],
    give_share: float,
) -> list[tuple[str, str, str, str, str]]:
    """Moments logged over ``len(per_week)`` weeks up to ``today``.

    ``people`` holds (contact id, first name, tier) of those the owner logs about (the
    closer, the likelier); ``per_week`` how many moments each week holds, oldest first;
    ``give_share`` the chance that a favour-like moment is one the owner gave. Returns
    rows (contact_id, timestamp ISO, direction, kind, note), oldest first.
    """
    weight = {"inner circle": 6.0, "real": 3.0, "warm": 1.0, "acquaintance": 0.3}
    weights = [weight.get(t, 0.1) for _, _, t in people]
    start = today - timedelta(weeks=len(per_week))
    rows = []
    for week, count in enumerate(per_week):
        for _ in range(count):
            cid, given, _tier = rng.choices(people, weights=weights)[0]
            wanted = "out" if rng.random() < give_share else "in"
            options = [m for m in MOMENTS[world] if m[1] == wanted] or MOMENTS[world]
            kind, direction, note = rng.choice(options)
            when = start + timedelta(
                weeks=week, days=rng.uniform(0, 6.9), minutes=rng.randint(0, 59)
            )
            when = min(when, today - timedelta(hours=1)).replace(microsecond=0)
            fill = _Fill(rng, SLOTS[world], given=given)
            fill.when = when  # a bake in its season, a single once it is out
            note = DOUBLED.sub(r"\1", note.format_map(fill))  # no "the the Brudenell"
            rows.append((cid, when.strftime("%Y-%m-%dT%H:%M:%SZ"), direction, kind, note))
    return sorted(rows, key=lambda r: (r[1], r[0]))


def log_rng(sample: str, seed: int) -> random.Random:
    """The logged weeks' own random stream (like the broadcasts'): changing how the rest
    of a sample is drawn leaves its log as it was, and the other way round."""
    return random.Random(f"{sample}-logged-{seed}")


#: Platforms whose contact id the owner's log uses first (the accounts they talk on).
LOG_PLATFORMS = ("instagram", "x", "facebook", "linkedin", "google", "vcard", "mastodon")


def logged_for(
    rng: random.Random,
    world: str,
    truth,
    cast: list,
    today: datetime,
    per_week: list[int],
    give_share: float,
) -> list[tuple[str, str, str, str, str]]:
    """:func:`logged_weeks` for the scored ``cast`` of a sample, by their first account."""
    first: dict[str, str] = {}
    for cid, _platform, pid, *_ in sorted(
        truth.accounts, key=lambda r: (LOG_PLATFORMS.index(r[1]), r[0])
    ):
        first.setdefault(pid, cid)
    people = [
        (first[p.pid], p.name.given, p.tier)
        for p in cast
        if p.pid in first and p.tier in ("inner circle", "real", "warm")
    ]
    rows = logged_weeks(rng, world, people, today=today, per_week=per_week, give_share=give_share)
    return answer_open_problems(world, rows, truth.inbound, {c: p for p, c in first.items()})


def answer_open_problems(
    world: str, rows: list[tuple], inbound: list[tuple], person_of: dict[str, str]
) -> list[tuple]:
    """``rows`` (logged moments) where the owner's first note to someone with a complaint
    still unanswered says sorry for it: the note that follows a complaint is read as its
    answer, so it must be one ("Asked Johanna how the book club went; said sorry about
    the focaccia (much smaller than last week)"). Only the words change.

    ``inbound``: (person id, when, first reply or None, text) of every message received;
    ``person_of``: the person id of each contact id of the log.
    """
    open_ = [
        (pid, when, reply, found)
        for pid, when, reply, text in inbound
        if (found := problem_in(world, text)) is not None
    ]
    done: set[tuple] = set()
    out = []
    for cid, stamp, direction, kind, note in rows:
        at = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        waiting = [
            (pid, when, found)
            for pid, when, reply, found in open_
            if pid == person_of.get(cid) and when < at and (reply is None or at < reply)
            and (pid, when) not in done
        ]  # fmt: skip
        if direction == "out" and waiting:
            done.update((pid, when) for pid, when, _ in waiting)
            note = f"{note}; said sorry about {_what_went_wrong(*waiting[-1][2])}"
        out.append((cid, stamp, direction, kind, note))
    return out


def _what_went_wrong(product: str, defect: str) -> str:
    """The complaint in the owner's words: "the focaccia (much smaller than last week)".

    >>> _what_went_wrong("", "")
    'what went wrong with the order'
    """
    if not defect:
        return f"the {product}" if product else "what went wrong with the order"
    return f"the {product or 'order'} ({defect})"
