"""How much does ``import realnet_kit`` cost, next to ``import pandas``?

Target (issue 3): at most 1.2x the cost of importing pandas, measured in the same run.
Each import runs in a fresh interpreter; the figure is the median over several runs
with the bare interpreter start-up subtracted.

    python benchmarks/bench_import.py [--runs 9]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

TARGET_RATIO = 1.2


def median_seconds(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs

    median_seconds("import realnet_kit, pandas", 1)  # warm the file cache
    bare = median_seconds("pass", runs)
    pandas = median_seconds("import pandas", runs) - bare
    kit = median_seconds("import realnet_kit", runs) - bare
    ratio = kit / pandas
    print(f"interpreter start-up      {bare * 1000:7.1f} ms")
    print(f"import pandas             {pandas * 1000:7.1f} ms  (baseline)")
    print(f"import realnet_kit        {kit * 1000:7.1f} ms  ratio {ratio:.2f}x")
    print(f"target <= {TARGET_RATIO}x: {'met' if ratio <= TARGET_RATIO else 'MISSED'}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
