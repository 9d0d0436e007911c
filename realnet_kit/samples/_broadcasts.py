"""Broadcasts: one unprompted text sent to many people, a copy at a time.

Small businesses announce things by direct message: a band pastes "our new single is
out" into a few dozen fans' inboxes, a bakery sends its holiday hours to friends on
Messenger. Each copy opens with the person's first name ("Hey Sam! ..."), is sent a
minute or two after the last, and goes to someone who had not written first. Few
answer (:data:`REPLY_SHARE`), and those few get a quick thank-you back, so broadcasts
add no unanswered or late message to the ground truth.

Broadcasts draw from their own random stream (:func:`broadcast_rng`, seeded from the
sample's name and seed), never from the sample's main one, so adding them leaves every
other byte of a sample exactly as it was.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from realnet_kit.samples._people import Message, Person, Thread

#: Seconds between two copies of one broadcast (pasting and sending by hand).
COPY_GAP_SECONDS = (25, 150)
#: Share of recipients who write back (within a day or so) ...
REPLY_SHARE = 0.08
REPLY_AFTER_HOURS = (0.5, 30.0)
#: ... and minutes until the business thanks them (well inside the two-day "late" line).
THANKS_AFTER_MINUTES = (4, 180)


@dataclass(frozen=True)
class Send:
    """One send-out: when it started, the text (``{given}`` is the first name), how many."""

    start: datetime
    text: str
    recipients: int


def broadcast_rng(sample: str, seed: int) -> random.Random:
    """The broadcasts' own random stream for one sample (a string seed is stable)."""
    return random.Random(f"{sample}-broadcasts-{seed}")


def draw_broadcasts(
    rng: random.Random,
    platform: str,
    candidates: list[Person],
    sends: list[Send],
    *,
    replies: list[str],
    thanks: list[str],
) -> list[Thread]:
    """Threads holding the broadcast copies (and the odd reply), one per recipient.

    Each send-out goes to ``recipients`` people drawn from ``candidates`` (who must have
    no other conversation on ``platform``); someone drawn twice gets both copies in one
    thread, as an inbox shows them. A recipient who replies (text from ``replies``) is
    thanked (text from ``thanks``) within minutes.
    """
    threads: dict[str, Thread] = {}
    for send in sends:
        if send.recipients > len(candidates):
            raise ValueError(
                f"a broadcast to {send.recipients} people needs as many candidates; "
                f"only {len(candidates)} were given"
            )
        when = send.start
        answered = False
        for person in rng.sample(candidates, send.recipients):
            when = when + timedelta(seconds=rng.randint(*COPY_GAP_SECONDS))
            text = send.text.format(given=person.name.given)
            thread = threads.setdefault(person.pid, Thread(platform, person, []))
            thread.messages.append(Message(when, "out", text, broadcast=True))
            if rng.random() < REPLY_SHARE:
                answered = True
                _reply(rng, thread, when, replies, thanks)
        if not answered:  # someone always writes back, if only one friend
            _reply(rng, thread, when, replies, thanks)
    return sorted(threads.values(), key=lambda t: t.messages[0].when)


def _reply(
    rng: random.Random, thread: Thread, sent: datetime, replies: list[str], thanks: list[str]
) -> None:
    back = sent + timedelta(hours=rng.uniform(*REPLY_AFTER_HOURS))
    thread.messages.append(Message(back, "in", rng.choice(replies)))
    back = back + timedelta(minutes=rng.randint(*THANKS_AFTER_MINUTES))
    thread.messages.append(Message(back, "out", rng.choice(thanks)))
