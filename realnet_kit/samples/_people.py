"""The people behind a sample business, their conversations, and the ground truth.

A :class:`Person` is one human (or one bought account). The same person can hold
accounts on several platforms under slightly different names. Conversations are drawn
with a reply policy, and :class:`Truth` records who is who and which inbound messages
were answered late (after more than :data:`LATE_AFTER`) or never.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from realnet_kit.samples._common import csv_bytes, write_file
from realnet_kit.samples._names import Name
from realnet_kit.samples._story import BASE, QUESTION_KEYS, owner_answers

#: An inbound message answered after longer than this counts as answered late.
LATE_AFTER = timedelta(days=2)

#: Relationship tiers, closest first (the names scoring.TIERS uses), plus "fake".
TIERS = ("inner circle", "real", "warm", "acquaintance", "scoreboard only")

#: Conversation exchanges per tier (low, high); heavy-tailed inside each range.
EXCHANGES = {
    "inner circle": (25, 70),
    "real": (6, 22),
    "warm": (2, 7),
    "acquaintance": (1, 2),
    "scoreboard only": (1, 1),
}


@dataclass
class Person:
    """One human (or one bought account) and their accounts on each platform."""

    pid: str
    name: Name
    tier: str
    role: str
    is_fake: bool = False
    email: str | None = None
    phone: str | None = None
    company: str | None = None
    position: str | None = None
    city: str | None = None
    married_family: str | None = None
    handles: dict[str, str] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    x_id: str | None = None
    #: False for a fake shown under a brand, a slogan or its handle rather than a name.
    shown_as_person: bool = True
    #: The owner's answers to the scoring questions (see :mod:`._story`), if scored.
    answers: dict[str, int] | None = None
    #: An inner-circle or real person the story names as drifting: no recent talk needed.
    drifting: bool = False


@dataclass
class Message:
    when: datetime
    direction: str  # "in" from the person, "out" from the business
    text: str
    broadcast: bool = False  # one copy of a text sent unprompted to many people
    closing: bool = False  # a closing courtesy ("see you Monday!"): it needs no answer


@dataclass
class Thread:
    """A one-to-one conversation on one platform."""

    platform: str
    person: Person
    messages: list[Message]
    contact_id: str = ""  # filled in by the platform writer


def heavy_count(rng: random.Random, low: int, high: int) -> int:
    """A count in [low, high] skewed towards low (a few people do most of the talking)."""
    if high <= low:
        return low
    return low + int((high - low) * rng.random() ** 2.5)


def conversation(
    rng: random.Random,
    start: datetime,
    end: datetime,
    exchanges: int,
    *,
    inbound: list[str],
    outbound: list[str],
    replies_in: list[str],
    reply_prob: float,
    late_prob: float,
    owner_starts: float = 0.3,
) -> list[Message]:
    """Draw a conversation between ``start`` and ``end``.

    Each exchange is started by the person (the business answers with probability
    ``reply_prob``, late with probability ``late_prob``) or by the business (the person
    usually answers within hours).
    """
    msgs: list[Message] = []
    t = start
    for _ in range(exchanges):
        if t >= end:
            break
        if rng.random() < owner_starts:
            msgs.append(Message(t, "out", rng.choice(outbound)))
            if rng.random() < 0.85:
                t = t + timedelta(minutes=rng.randint(3, 60 * 20))
                msgs.append(Message(t, "in", rng.choice(replies_in)))
                if rng.random() < 0.55:  # a short thank-you back
                    t = t + timedelta(minutes=rng.randint(2, 240))
                    msgs.append(Message(t, "out", rng.choice(outbound)))
        else:
            msgs.append(Message(t, "in", rng.choice(inbound)))
            if rng.random() < 0.25:  # a second message straight after the first
                t = t + timedelta(seconds=rng.randint(20, 600))
                msgs.append(Message(t, "in", rng.choice(inbound)))
            if rng.random() < reply_prob:
                if rng.random() < late_prob:
                    t = t + timedelta(hours=rng.uniform(50, 24 * 21))
                else:
                    t = t + timedelta(minutes=rng.randint(4, 60 * 30))
                if t < end:
                    msgs.append(Message(t, "out", rng.choice(outbound)))
        gap_days = rng.expovariate(1 / 12) + 0.3
        t = t + timedelta(days=gap_days, minutes=rng.randint(0, 600))
    return [m for m in msgs if m.when < end]


def _iso(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


class Truth:
    """Collects the ground truth of one business and writes it as CSV files."""

    def __init__(self) -> None:
        self.accounts: list[tuple] = []
        self.unanswered: list[tuple] = []
        self.late: list[tuple] = []
        self.broadcasts: list[tuple] = []
        self.logged: list[tuple] = []
        #: Every inbound message: (person id, when, first reply or None, text), for the
        #: owner's log to answer a complaint still open when they next write.
        self.inbound: list[tuple] = []
        self.people: dict[str, Person] = {}

    def account(self, contact_id: str, platform: str, person: Person) -> None:
        self.people[person.pid] = person
        self.accounts.append(
            (contact_id, platform, person.pid, person.is_fake, person.tier, person.role)
        )

    def thread(self, thread: Thread) -> None:
        """Record which inbound messages of a thread were answered late or never."""
        # Times as the export stores them: whole seconds on LinkedIn, milliseconds elsewhere.
        step = 1_000_000 if thread.platform == "linkedin" else 1_000
        msgs = sorted(
            (
                (m.when.replace(microsecond=m.when.microsecond // step * step), m)
                for m in thread.messages
            ),
            key=lambda tm: tm[0],
        )
        for i, (when, m) in enumerate(msgs):
            if m.direction != "in":
                continue
            reply = next((t for t, r in msgs[i + 1 :] if r.direction == "out"), None)
            note = m.text[:80]
            self.inbound.append((thread.person.pid, when, reply, m.text))
            if reply is None:
                self.unanswered.append((thread.contact_id, thread.platform, _iso(when), note))
            elif reply - when > LATE_AFTER:
                hours = round((reply - when).total_seconds() / 3600, 1)
                self.late.append(
                    (thread.contact_id, thread.platform, _iso(when), _iso(reply), hours, note)
                )

    def broadcast(self, thread: Thread) -> None:
        """Record the broadcast copies in a thread the owner started (not the replies)."""
        for m in thread.messages:
            if not m.broadcast:
                continue
            when = m.when.replace(microsecond=m.when.microsecond // 1000 * 1000)
            self.broadcasts.append((thread.contact_id, thread.platform, _iso(when), m.text))

    def write(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        # Everyone of the story's tiers the owner has not answered about yet (friends met
        # once, an address-book entry) gets answers too, from their own stream.
        extra = random.Random(f"answers-{len(self.people)}-{len(self.accounts)}")
        for p in sorted(self.people.values(), key=lambda p: p.pid):
            if p.answers is None and not p.is_fake and p.tier in BASE:
                p.answers = owner_answers(extra, p.tier)
        accounts = sorted(self.accounts, key=lambda r: (r[1], r[0]))
        write_file(
            folder / "accounts.csv",
            csv_bytes(
                ["contact_id", "platform", "person_id", "is_fake", "tier", "role"],
                [(c, p, pid, "true" if f else "false", t, r) for c, p, pid, f, t, r in accounts],
            ),
        )
        write_file(
            folder / "unanswered.csv",
            csv_bytes(
                ["contact_id", "platform", "timestamp", "note"],
                sorted(self.unanswered, key=lambda r: (r[2], r[0])),
            ),
        )
        write_file(
            folder / "late.csv",
            csv_bytes(
                ["contact_id", "platform", "timestamp", "replied_at", "delay_hours", "note"],
                sorted(self.late, key=lambda r: (r[2], r[0])),
            ),
        )
        write_file(
            folder / "broadcasts.csv",
            csv_bytes(
                ["contact_id", "platform", "timestamp", "note"],
                sorted(self.broadcasts, key=lambda r: (r[2], r[0])),
            ),
        )
        people = sorted(self.people.values(), key=lambda p: p.pid)
        write_file(
            folder / "people.csv",
            csv_bytes(
                [
                    "person_id",
                    "name",
                    "tier",
                    "role",
                    "is_fake",
                    "email",
                    "company",
                    "city",
                    "name_pool",
                ],
                [
                    (
                        p.pid,
                        p.name.full,
                        p.tier,
                        p.role,
                        "true" if p.is_fake else "false",
                        p.email,
                        p.company,
                        p.city,
                        p.name.culture if p.shown_as_person else "",
                    )
                    for p in people
                ],
            ),
        )
        write_file(
            folder / "answers.csv",
            csv_bytes(
                ["person_id", *QUESTION_KEYS],
                [(p.pid, *(p.answers[k] for k in QUESTION_KEYS)) for p in people if p.answers],
            ),
        )
        write_file(
            folder / "logged.csv",
            csv_bytes(["contact_id", "timestamp", "direction", "kind", "note"], self.logged),
        )
