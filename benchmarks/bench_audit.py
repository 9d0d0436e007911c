"""Auditing a big account costs no more than loading it.

Run: ``python benchmarks/bench_audit.py [--followers 1000000] [--platform instagram]``

Writes a large export with ``realnet_kit.samples.write_large_archive`` (or, when the
samples package is missing, an Instagram-style archive of its own), times
``load_export`` (the baseline, measured in the same run), then times
``flag_suspicious`` and ``audit_followers`` + ``summarize_audit`` on the loaded frame and
prints each as a ratio of the load time. Target: audit / load <= 1.0.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import numpy as np

TARGET_RATIO = 1.0


def _own_archive(path: Path, followers: int, following: int, seed: int) -> Path:
    """An Instagram archive zip (followers_1.json + following.json) with timestamps."""
    rng = np.random.default_rng(seed)
    start = 1_500_000_000
    stamps = np.sort(rng.integers(start, start + 7 * 365 * 86400, followers))
    names = [f"user{i}_{v}" for i, v in enumerate(rng.integers(0, 10**6, followers))]
    rows = [
        {"title": "", "media_list_data": [],
         "string_list_data": [{"href": f"https://www.instagram.com/{n}", "value": n,
                               "timestamp": int(t)}]}
        for n, t in zip(names, stamps, strict=True)
    ]  # fmt: skip
    follow = [
        {"title": n, "string_list_data": [{"href": f"https://www.instagram.com/_u/{n}",
                                           "timestamp": int(stamps[i])}]}
        for i, n in enumerate(names[:following])
    ]  # fmt: skip
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("connections/followers_and_following/followers_1.json", json.dumps(rows))
        zf.writestr(
            "connections/followers_and_following/following.json",
            json.dumps({"relationships_following": follow}),
        )
    return path


def make_archive(folder: Path, platform: str, followers: int, seed: int) -> Path:
    target = folder / f"large-{platform}.zip"
    try:
        from realnet_kit.samples import write_large_archive
    except ImportError:
        return _own_archive(target, followers, 10_000, seed)
    return Path(write_large_archive(platform, target, followers=followers, seed=seed))


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--followers", type=int, default=1_000_000)
    parser.add_argument("--platform", default="instagram", choices=["instagram", "x"])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    from realnet_kit import audit_followers, flag_suspicious, load_export, summarize_audit

    with tempfile.TemporaryDirectory() as folder:
        archive, made = timed(make_archive, Path(folder), args.platform, args.followers, args.seed)
        print(f"wrote {archive.name} ({archive.stat().st_size / 1e6:.1f} MB) in {made:.1f} s")
        contacts, load_s = timed(load_export, archive)
    print(f"load_export            {load_s:7.2f} s  ({len(contacts):,} rows)  baseline")
    _, flag_s = timed(flag_suspicious, contacts)
    print(f"flag_suspicious        {flag_s:7.2f} s  ratio {flag_s / load_s:.2f}")
    audit, audit_s = timed(audit_followers, contacts)
    summary, summary_s = timed(summarize_audit, audit)
    total = audit_s + summary_s
    verdict = "OK" if total / load_s <= TARGET_RATIO else "SLOWER THAN TARGET"
    print(
        f"audit + summary        {total:7.2f} s  ratio {total / load_s:.2f}  "
        f"(target <= {TARGET_RATIO:.1f}: {verdict})"
    )
    print(
        f"followers {summary['followers']:,}, suspicious {summary['suspicious']:,}, "
        f"mutual {summary['mutual']:,}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
