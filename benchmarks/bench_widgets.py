"""How fast the scoring card is with 50,000 contacts in the workbook.

Times the two callbacks a participant waits for (moving to the next card, saving an
answer) and, in the same run, a bare SQLite write (one committed INSERT in WAL mode
with the same durability settings) as the baseline. Target: each callback under 50 ms.

Run: python benchmarks/bench_widgets.py [--contacts 50000] [--repeat 200]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

TARGET_MS = 50.0


def fake_contacts(n: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    platforms = np.array(["x", "instagram", "linkedin", "facebook", "mastodon"])
    categories = np.array(["engaged", "mutual", "fan", "unreturned", "dormant", "suspicious"])
    return pd.DataFrame(
        {
            "contact_id": [f"x:{i}" for i in range(n)],
            "platform": platforms[rng.integers(0, len(platforms), n)],
            "handle": [f"handle_{i}" for i in range(n)],
            "name": [f"Fictional Person {i}" for i in range(n)],
            "company": np.where(rng.random(n) < 0.3, "Some Bakery", None),
            "follows_me": rng.random(n) < 0.8,
            "i_follow": rng.random(n) < 0.3,
            "followers_count": pd.array(rng.integers(0, 5000, n), dtype="Int64"),
            "category": categories[rng.integers(0, len(categories), n)],
            "category_reason": "a reason in words",
            "bio": "Fictional bio about bread and music",
        }
    )


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def describe(label: str, ms: list[float], base: float) -> None:
    med = statistics.median(ms)
    p95 = float(np.percentile(ms, 95))
    verdict = "OK" if p95 < TARGET_MS else "SLOW"
    print(
        f"{label:<34} median {med:7.2f} ms  p95 {p95:7.2f} ms  "
        f"x{med / base:6.1f} baseline  [{verdict} vs {TARGET_MS:.0f} ms]"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("MPLBACKEND", "Agg")
    from realnet_kit import Workbook
    from realnet_kit.widgets._card import ScoringCard

    with tempfile.TemporaryDirectory() as tmp:
        wb = Workbook(Path(tmp) / "bench.sqlite")
        t0 = time.perf_counter()
        wb.add_contacts(fake_contacts(args.contacts))
        print(f"add_contacts({args.contacts:,}): {time.perf_counter() - t0:.2f} s")
        t0 = time.perf_counter()
        contacts = wb.contacts()
        print(f"contacts() read back: {time.perf_counter() - t0:.2f} s")

        base_conn = sqlite3.connect(Path(tmp) / "baseline.sqlite", isolation_level=None)
        base_conn.execute("PRAGMA journal_mode = WAL")
        base_conn.execute("PRAGMA synchronous = FULL")
        base_conn.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)")
        counter = iter(range(10**9))

        def bare_write():
            base_conn.execute("BEGIN IMMEDIATE")
            base_conn.execute("INSERT INTO t VALUES (?, ?)", (str(next(counter)), "{}"))
            base_conn.execute("COMMIT")

        baseline = timed(bare_write, args.repeat)
        base = statistics.median(baseline)

        t0 = time.perf_counter()
        card = ScoringCard(wb, contacts)
        print(
            f"ScoringCard with {len(contacts):,} contacts built in {time.perf_counter() - t0:.2f} s"
        )
        answers = iter(range(10**9))
        next_ms = timed(card.next, args.repeat)
        save_ms = timed(lambda: card.answer("ideas", next(answers) % 4), args.repeat)
        undo_ms = timed(card.undo, min(args.repeat, 50))
        quick_ms = timed(lambda: setattr(card.quick, "value", "32233142"), args.repeat)
        from realnet_kit.widgets._picker import ContactPicker

        picker = ContactPicker(contacts, wb)
        words = iter(["bread", "person 1", "handle_42", "", "music", "nobody"] * 10**6)
        search_ms = timed(lambda: setattr(picker.search, "value", next(words)), 30)
        platforms = iter(["x", "instagram", "all"] * 10**6)
        platform_ms = timed(lambda: setattr(picker.platform, "value", next(platforms)), 30)
        page_ms = timed(lambda: picker.show_page(picker.page + 1), 30)
        print()
        describe("bare sqlite write (baseline)", baseline, base)
        describe("next card (callback)", next_ms, base)
        describe("save an answer (callback)", save_ms, base)
        describe("undo last answer (callback)", undo_ms, base)
        describe("quick keys: 8 answers + next", quick_ms, base)
        describe("picker: type a search", search_ms, base)
        describe("picker: change platform", platform_ms, base)
        describe("picker: next page", page_ms, base)
        wb.close()


if __name__ == "__main__":
    main()
