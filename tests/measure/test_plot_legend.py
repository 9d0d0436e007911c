"""06's chart: no two lines of the legend look alike (three identical grey lines did)."""

from __future__ import annotations

import matplotlib
import pandas as pd

matplotlib.use("Agg")

from realnet_kit import plot_measures


def test_every_legend_entry_looks_different():
    weeks = pd.date_range("2026-01-05", periods=6, freq="W-MON", tz="UTC")
    m = pd.DataFrame({"week": weeks, "conversations": [1, 3, 2, 4, 2, 5],
                      "given": [0, 1, 1, 0, 2, 1], "received": [1, 0, 0, 1, 1, 0],
                      "offline": [0, 1, 0, 0, 1, 1]})  # fmt: skip
    ax = plot_measures(m, pd.Series([900, 950], index=["2026-01-01", "2026-02-01"]))
    lines = ax.get_legend().get_lines()
    looks = {(ln.get_color(), ln.get_linestyle(), ln.get_linewidth()) for ln in lines}
    assert len(lines) == 5 and len(looks) == len(lines)
