"""How fast the facilitator's room view is with 200 participants in the room.

Writes 200 seat files as participants' seats write them (every exercise of the bank
tried or passed, a few named mistakes each, some hands up), then times one refresh of
the page (the HTML, read fresh from the folder) and one of ``/room.json``. The baseline,
measured in the same run, reads and parses the same 200 files with nothing else (open,
read, ``json.loads``): the ratio says what the checks, counts and template add.
Target: a refresh (page + JSON) under 1 second.

Run: python benchmarks/bench_room.py [--participants 200] [--repeat 20]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from realnet_kit.exercises import EXERCISES
from realnet_kit.room import room_json, room_page

TARGET_SECONDS = 1.0
MISTAKES = ("a", "c", "other", "not a number", "the share, not the count", "too few words")


def write_room(folder: Path, participants: int, seed: int = 0) -> None:
    """``participants`` seat files of the shape a seat publishes, at random progress."""
    rng = random.Random(seed)
    now = dt.datetime.now(dt.UTC)
    keys = list(EXERCISES)
    for n in range(participants):
        reached = rng.randint(0, len(keys))
        exercises = {}
        for key in keys[:reached]:
            wrong = {rng.choice(MISTAKES): rng.randint(1, 3) for _ in range(rng.randint(0, 2))}
            passed = rng.random() < 0.7
            exercises[key] = {
                "state": "passed" if passed else "tried",
                "attempts": sum(wrong.values()) + passed,
                "wrong": wrong,
            }
        step = now - dt.timedelta(minutes=rng.randint(0, 20))
        hand = None
        if rng.random() < 0.1:
            hand = {"kind": rng.choice(("stuck", "done")), "since": step.isoformat("T", "seconds")}
        seat = {
            "format": "realnet-seat",
            "version": 1,
            "seat": f"Seat {n:03d}",
            "notebook": f"{int(keys[max(reached - 1, 0)].split('.')[0]):02d}",
            "exercises": exercises,
            "hand": hand,
            "last_step": step.isoformat("T", "seconds"),
        }
        (folder / f"seat-{n:016x}.json").write_text(json.dumps(seat, indent=1), "utf-8")


def baseline(folder: Path) -> None:
    for path in folder.iterdir():
        json.loads(path.read_bytes())


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_room(folder, args.participants)
        sizes = [p.stat().st_size for p in folder.iterdir()]
        room_page(folder), room_json(folder)  # warm up: templates compiled, bank imported
        base = statistics.median(timed(lambda: baseline(folder), args.repeat))
        page = timed(lambda: room_page(folder), args.repeat)
        summary = timed(lambda: room_json(folder), args.repeat)
        both = [p + s for p, s in zip(page, summary, strict=True)]
    print(f"{args.participants} seat files, {statistics.median(sizes):,.0f} bytes each "
          f"(largest {max(sizes):,}), {args.repeat} refreshes")  # fmt: skip
    print(f"  baseline (read + json.loads every file): {1000 * base:7.1f} ms")
    for label, values in (("page", page), ("json", summary), ("refresh (page + json)", both)):
        med = statistics.median(values)
        worst = max(values)
        verdict = "OK" if worst < TARGET_SECONDS else "SLOW"
        print(
            f"  {label:<22} median {1000 * med:7.1f} ms, worst {1000 * worst:7.1f} ms, "
            f"{med / base:5.1f}x baseline  [{verdict}: target < {TARGET_SECONDS:.0f} s]"
        )


if __name__ == "__main__":
    main()
