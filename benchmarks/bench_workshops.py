"""How long the seven workshop notebooks take, top to bottom, on a sample business.

Target (issue 9): all notebooks together under 90 s on sample data. Each notebook runs
in its own kernel in a fresh participant home, as in a seminar. The baseline, measured
in the same run, executes a one-cell notebook (``import pandas, matplotlib``) once per
workshop notebook, so the ratio says how much the workshop costs beyond starting kernels.

    python benchmarks/bench_workshops.py [band|bakery|studio]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import nbclient
import nbformat

WORKSHOPS = Path(__file__).resolve().parent.parent / "workshops"
TARGET_SECONDS = 90.0


def run(nb: nbformat.NotebookNode, cwd: str) -> float:
    start = time.perf_counter()
    nbclient.NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": cwd}}
    ).execute()
    return time.perf_counter() - start


def main(sample: str = "band") -> None:
    notebooks = sorted(WORKSHOPS.glob("[0-9][0-9]-*.ipynb"))
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as cwd:
        os.environ.update(REALNET_HOME=home, REALNET_SAMPLE=sample, MPLBACKEND="Agg")
        trivial = nbformat.v4.new_notebook(
            cells=[nbformat.v4.new_code_cell("import pandas, matplotlib")]
        )
        baseline = sum(run(trivial, cwd) for _ in notebooks)
        total = 0.0
        for path in notebooks:
            seconds = run(nbformat.read(path, as_version=4), cwd)
            total += seconds
            print(f"{path.name:32s} {seconds:6.1f} s")
    print(f"{'all notebooks':32s} {total:6.1f} s   (target < {TARGET_SECONDS:.0f} s)")
    print(f"{'baseline (kernels + imports)':32s} {baseline:6.1f} s")
    print(f"ratio workshop / baseline: {total / baseline:.1f}x")


if __name__ == "__main__":
    main(*sys.argv[1:2])
