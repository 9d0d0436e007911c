"""The facilitator's view of a room: one page and one JSON object, made fresh at each look.

>>> import tempfile
>>> folder = tempfile.mkdtemp()
>>> summary = room_json(folder)
>>> summary["participants"], sorted(summary)
(0, ['exercises', 'hands', 'participants'])
>>> "<h1>The room</h1>" in room_page(folder)
True
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from realnet_kit.exercises import EXERCISES
from realnet_kit.html import render
from realnet_kit.room.read import (
    STILL_AFTER,
    read_room,
    room_summary,
    still_seats,
)
from realnet_kit.words import minutes_words

#: How often the page reloads itself, in seconds.
REFRESH_SECONDS = 5
#: Most common wrong answers shown per exercise on the page (the JSON holds them all).
WRONG_SHOWN = 3
#: A wrong answer made by at least this share of the room is marked "explain to all".
COMMON_SHARE = 0.25


def room_json(folder: str | os.PathLike, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """The room in ``folder`` as ``realnet room DIR --json`` prints it."""
    seats, _ = read_room(folder, now=now)
    return room_summary(seats, EXERCISES)


def _wrong_label(name: str, exercise: Any) -> str:
    """A wrong answer as the facilitator reads it: the letter chosen and what it means.

    >>> _wrong_label("not-a-number", None)
    'not a number'
    """
    misconceptions = getattr(exercise, "misconceptions", {})
    if name in misconceptions:
        return f'chose "{name}": {misconceptions[name].replace("-", " ")}'
    if len(name) == 1:
        return f'chose "{name}"'
    return name.replace("-", " ")


def room_page(
    folder: str | os.PathLike,
    *,
    refresh: int = REFRESH_SECONDS,
    now: dt.datetime | None = None,
) -> str:
    """The room in ``folder`` as one HTML page, updated in place every ``refresh`` seconds
    by its script (``refresh=0``: paused, no script)."""
    now = now or dt.datetime.now(dt.UTC)
    seats, notes = read_room(folder, now=now)
    summary = room_summary(seats, EXERCISES)
    total = summary["participants"]
    notebooks: dict[str, list[dict[str, Any]]] = {}
    for key, counts in summary["exercises"].items():
        known = EXERCISES.get(key)
        share = (lambda n: round(100 * n / total, 1)) if total else (lambda n: 0)
        notebooks.setdefault(f"{int(key.split('.')[0]):02d}", []).append(
            {
                "key": key,
                "title": known.title if known else "",
                **counts,
                "passed_width": share(counts["passed"]),
                "tried_width": share(counts["tried"]),
                "wrong": [
                    {
                        "label": _wrong_label(name, known),
                        "count": n,
                        "common": n >= COMMON_SHARE * total,
                    }
                    for name, n in list(counts["wrong"].items())[:WRONG_SHOWN]
                ],
            }
        )
    raised = sorted((s for s in seats if s.hand), key=lambda s: (s.hand["since"], s.seat))
    hands = [
        {
            "seat": s.seat,
            "kind": s.hand["kind"],
            "notebook": s.notebook,
            "waiting": minutes_words((now - s.hand["since"]).total_seconds()),
        }
        for s in raised
    ]
    still = [
        {
            "seat": s.seat,
            "notebook": s.notebook,
            "quiet": "no step yet"
            if s.last_step is None
            else f"no step for {minutes_words((now - s.last_step).total_seconds())}",
        }
        for s in still_seats(seats, now)
    ]
    return render(
        "room.html.j2",
        title=f"The room: {total} {'participant' if total == 1 else 'participants'}",
        participants=total,
        updated=now.strftime("%H:%M:%S"),
        refresh=int(refresh),
        hands=hands,
        notebooks=[{"notebook": nb, "rows": rows} for nb, rows in notebooks.items()],
        still=still,
        still_minutes=int(STILL_AFTER.total_seconds() // 60),
        notes=notes,
        folder=str(folder),
    )
