"""The rings: one number per ring, level leader lines that never cross, a text alternative."""

from __future__ import annotations

import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd

from realnet_kit import TIERS, alt_text, plot_rings

SCORED = pd.DataFrame({"tier": ["inner circle"] * 4 + ["real"] * 9 + ["warm"] * 30
                       + ["scoreboard only"] * 120})  # fmt: skip


def test_each_ring_carries_exactly_one_number():
    ax = plot_rings(SCORED)
    texts = [t.get_text() for t in ax.texts if t.get_text().startswith(TIERS)]
    assert len(texts) == len(TIERS)
    notes = [t.get_text() for t in ax.texts if t.get_text() not in texts]
    assert notes and not re.search(r"\d", " ".join(notes)), "the note adds no number"
    for tier, text, count in zip(TIERS, texts, (4, 9, 30, 0, 120), strict=True):
        assert text.startswith(tier)
        assert re.findall(r"\d[\d,]*", text) == [f"{count:,}"]
    plt.close(ax.figure)


def test_leader_lines_are_level_and_never_cross():
    ax = plot_rings(SCORED)
    lines = [line for line in ax.get_lines() if len(line.get_ydata()) == 2]
    heights = [line.get_ydata()[0] for line in lines]
    assert len(lines) == len(TIERS)
    assert all(line.get_ydata()[0] == line.get_ydata()[1] for line in lines)
    assert len(set(heights)) == len(heights)  # level lines at different heights cannot cross
    plt.close(ax.figure)


def test_rings_text_alternative_names_every_tier_with_its_count():
    ax = plot_rings(SCORED)
    sentence = alt_text(ax)
    assert all(f"{tier} " in sentence for tier in TIERS)
    assert "120" in sentence and "acquaintance 0" in sentence
    plt.close(ax.figure)
