"""Benchmark: loading a 1,000,000-follower X and Instagram archive against the floor.

The floor is the least any loader must do: read the follower/following members out of
the same zip and ``json.loads`` them (the standard library's parser). ``load_export``
must beat it: at most ``TARGET_RATIO`` times that floor (issue 16), and below
``MEMORY_LIMIT_MB`` of peak memory. Each measurement runs in a fresh process, so peak
memory (``ru_maxrss``) is its own; floor and load take turns, and each keeps its fastest
of ``REPEATS`` runs, so a busy moment on a shared machine weighs on both alike.

Run on demand (it writes two archives of about 20-40 MB into a temporary folder)::

    python benchmarks/bench_load.py                # 1,000,000 followers + 10,000 following
    python benchmarks/bench_load.py --followers 200000
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

TARGET_RATIO = 0.8
MEMORY_LIMIT_MB = 700
REPEATS = 3


def _members(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as zf:
        return [
            n
            for n in zf.namelist()
            if (n.startswith("data/follow") and n.endswith(".js"))
            or ("followers_and_following/follow" in n and n.endswith(".json"))
        ]


def floor(path: Path) -> None:
    """Read each follower/following member and parse it: nothing more."""
    with zipfile.ZipFile(path) as zf:
        for name in _members(path):
            raw = zf.read(name)
            if name.endswith(".js"):
                raw = raw[raw.index(b"=") + 1 :]
            json.loads(raw)


def load(path: Path) -> None:
    from realnet_kit import load_export

    frame = load_export(path)
    assert len(frame) > 0


def child(task: str, path: str) -> None:
    """Run one task in this (fresh) process; print seconds and peak MB as JSON."""
    import pandas  # noqa: F401  (imported before timing in both tasks, as a notebook has it)

    start = time.perf_counter()
    {"floor": floor, "load": load}[task](Path(path))
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


def _run(task: str, path: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", task, str(path)],
        check=True,
        capture_output=True,
        text=True,
        env={"REALNET_NO_PROGRESS": "1", **_env()},
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_both(path: Path) -> tuple[dict, dict]:
    """The floor's and the loader's fastest run and largest peak, taking turns."""
    runs: dict[str, list[dict]] = {"floor": [], "load": []}
    for _ in range(REPEATS):
        for task, done in runs.items():
            done.append(_run(task, path))
    return tuple(
        {"seconds": min(r["seconds"] for r in done), "peak_mb": max(r["peak_mb"] for r in done)}
        for done in runs.values()
    )


def _env() -> dict:
    import os

    return dict(os.environ)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--followers", type=int, default=1_000_000)
    parser.add_argument("--following", type=int, default=10_000)
    parser.add_argument("--child", nargs=2, metavar=("TASK", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    from realnet_kit.samples import write_large_archive

    ok = True
    with tempfile.TemporaryDirectory(prefix="realnet-bench-") as tmp:
        for platform in ("x", "instagram"):
            path = write_large_archive(
                platform,
                Path(tmp) / f"{platform}.zip",
                followers=args.followers,
                following=args.following,
            )
            base, ours = measure_both(path)
            ratio = ours["seconds"] / base["seconds"]
            good = ratio <= TARGET_RATIO and ours["peak_mb"] < MEMORY_LIMIT_MB
            ok &= good
            print(
                f"{platform:9} {args.followers:,} followers + {args.following:,} following "
                f"({path.stat().st_size / 1e6:.0f} MB zip)\n"
                f"  floor (read + json.loads): {base['seconds']:.2f} s, "
                f"peak {base['peak_mb']:.0f} MB\n"
                f"  load_export:               {ours['seconds']:.2f} s, "
                f"peak {ours['peak_mb']:.0f} MB\n"
                f"  ratio {ratio:.2f} (target <= {TARGET_RATIO}), peak memory "
                f"{ours['peak_mb']:.0f} MB (limit {MEMORY_LIMIT_MB}) -> "
                f"{'OK' if good else 'TOO SLOW OR TOO BIG'}"
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
