"""Benchmark: planning for 5,000 scored contacts, measures over two years of interactions.

Run on demand: ``python benchmarks/bench_plan.py``. Targets (issue 8): each under one
second. Every timing is printed beside a baseline measured in the same run on the same
data (a plain pandas groupby), so a slow machine shows as a slow baseline too.
"""

from __future__ import annotations

import time

import numpy as np
import pandas as pd

from realnet_kit import build_tribe, due_list, find_communities, plan_actions, weekly_measures

TARGET_SECONDS = 1.0
TIERS = np.array(["inner circle", "real", "warm", "acquaintance", "scoreboard only"])


def best_of(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def scored_contacts(n: int = 5_000, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    tiers = rng.choice(TIERS, size=n, p=[0.01, 0.03, 0.1, 0.3, 0.56])
    return pd.DataFrame({
        "contact_id": [f"instagram:user{i}" for i in range(n)],
        "name": [f"User {i}" for i in range(n)],
        "tier": tiers,
        "strength": rng.uniform(0, 100, n),
        "company": np.where(rng.random(n) < 0.3, "Fictional Bakery Ltd", None),
        "bio": np.where(rng.random(n) < 0.2, "illustrator and potter", ""),
        "offline": rng.integers(0, 4, n),
    })  # fmt: skip


def two_years_of_interactions(people: int = 800, per_day: int = 150, seed: int = 2):
    rng = np.random.default_rng(seed)
    n = per_day * 730
    start = pd.Timestamp("2024-01-01", tz="UTC")
    stamps = start + pd.to_timedelta(rng.uniform(0, 730 * 86400, n), unit="s")
    return pd.DataFrame({
        "contact_id": pd.array([f"instagram:user{i}" for i in rng.integers(0, people, n)],
                               dtype="string"),
        "timestamp": stamps,
        "direction": pd.array(rng.choice(["in", "out"], n), dtype="string"),
        "kind": pd.array(rng.choice(["message", "message", "comment", "call", "meeting",
                                     "favor", "intro"], n), dtype="string"),
        "note": pd.array([""] * n, dtype="string"),
    })  # fmt: skip


def report(what: str, seconds: float, baseline: float) -> bool:
    ok = seconds < TARGET_SECONDS
    print(f"{what:<52} {seconds * 1000:8.1f} ms   baseline {baseline * 1000:7.1f} ms   "
          f"ratio {seconds / baseline:6.1f}x   {'OK' if ok else 'SLOWER THAN 1 s'}")  # fmt: skip
    return ok


def main() -> int:
    scored = scored_contacts()
    inter = two_years_of_interactions()
    start = "2026-01-05"
    print(f"{len(scored):,} scored contacts; {len(inter):,} interactions over two years\n")

    plan_t = best_of(lambda: plan_actions(scored, start=start, weekly_minutes=180))
    plan = plan_actions(scored, start=start, weekly_minutes=180)
    base_plan = best_of(lambda: scored.groupby("tier")["strength"].agg(["mean", "count"]))
    print(f"(plan: {len(plan):,} actions, {len(plan.attrs['not_planned']):,} people over budget)")
    ok = report("plan_actions, 5,000 scored, 3 h a week", plan_t, base_plan)
    roomy_t = best_of(lambda: plan_actions(scored, start=start, weekly_minutes=6000))
    roomy = plan_actions(scored, start=start, weekly_minutes=6000)
    print(f"(roomy plan: {len(roomy):,} actions for {roomy['contact_id'].nunique():,} people)")
    ok &= report("plan_actions, 5,000 scored, 100 h a week (all fit)", roomy_t, base_plan)

    week = inter["timestamp"].dt.tz_localize(None).dt.to_period("W")
    base_inter = best_of(lambda: inter.groupby([week, "direction"]).size())
    ok &= report("weekly_measures, two years", best_of(lambda: weekly_measures(inter)),
                 base_inter)  # fmt: skip
    due_scored = best_of(lambda: due_list(scored, inter, today="2026-01-05"))
    ok &= report("due_list, scored + two years of interactions", due_scored, base_inter)
    due_plan = best_of(lambda: due_list(plan, inter, today="2026-01-05"))
    ok &= report("due_list, plan + two years of interactions", due_plan, base_inter)
    # For information (no target in the issue): the tribe of the same 5,000 contacts.
    words = np.array(["sourdough", "jazz", "vinyl", "zines", "cycling", "pottery", "coffee"])
    rng = np.random.default_rng(3)
    people = scored.assign(
        bio=[" ".join(rng.choice(words, 2)) for _ in range(len(scored))],
        location=rng.choice(["Leeds", "Porto", "Osaka", "Lagos", ""], len(scored)),
    )
    base_text = best_of(lambda: people["bio"].str.split().explode().value_counts(), 1)
    tribe_t = best_of(lambda: build_tribe(people), 1)
    graph = build_tribe(people)
    print(f"\n(tribe: {graph.number_of_edges():,} links; informational, no target)")
    report("build_tribe, 5,000 contacts", tribe_t, base_text)
    report("find_communities (Louvain), same graph", best_of(lambda: find_communities(graph), 1),
           base_text)  # fmt: skip
    print("\nall under one second" if ok else "\nsome targets missed (see above)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
