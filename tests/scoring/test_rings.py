"""The rings: Dunbar-style layers, one number per ring in the sense of the tier sentences,
level leader lines that never cross, a text alternative, no empty ring that reads as a
finding."""

from __future__ import annotations

import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from realnet_kit import TIERS, alt_text, plot_rings, tier_summary
from realnet_kit.scoring.rings import LAYERS

SCORED = pd.DataFrame({"tier": ["inner circle"] * 4 + ["real"] * 9 + ["warm"] * 30
                       + ["scoreboard only"] * 120})  # fmt: skip
#: The layers of SCORED, each counting the ones inside it.
LAYER_COUNTS = (4, 13, 43, 43)


def _ring_labels(ax) -> list[str]:
    return [t.get_text() for t in ax.texts if t.get_text().startswith(LAYERS)]


def _numbers(text: str) -> list[str]:
    return re.findall(r"\d[\d,]*", text)


def test_each_ring_carries_one_number_counting_the_rings_inside_it():
    ax = plot_rings(SCORED)
    texts = _ring_labels(ax)
    assert len(texts) == len(LAYERS) == len(TIERS) - 1, "scoreboard only is no layer"
    for tier, text, count in zip(LAYERS, texts, LAYER_COUNTS, strict=True):
        assert text.startswith(tier)
        assert _numbers(text) == [f"{count:,}"]
    plt.close(ax.figure)


def test_the_rings_and_the_tier_sentences_say_the_same_number():
    """Issue 14: "your real layer has 13" beside a ring that said "real 9"."""
    ax = plot_rings(SCORED)
    summary = tier_summary(SCORED).set_index("tier")
    for tier, text in zip(LAYERS, _ring_labels(ax), strict=True):
        cumulative = int(summary.loc[tier, "cumulative"])
        assert _numbers(text) == [f"{cumulative:,}"]
        assert f" {cumulative} " in str(summary.loc[tier, "sentence"])
    plt.close(ax.figure)


@pytest.mark.parametrize("tiers", [["inner circle", "real", "warm"], ["real"] * 3])
def test_an_empty_scoreboard_only_is_not_drawn_as_a_zero(tiers):
    ax = plot_rings(pd.DataFrame({"tier": tiers}))
    words = " ".join(t.get_text() for t in ax.texts) + " " + alt_text(ax)
    assert "scoreboard only" not in words
    assert not re.search(r"(?<![\d,])0(?![\d,])", " ".join(_ring_labels(ax)[1:]))
    plt.close(ax.figure)


def test_people_outside_every_layer_are_said_once_in_words():
    ax = plot_rings(SCORED)
    notes = [t.get_text() for t in ax.texts if t.get_text() not in _ring_labels(ax)]
    counted = [note for note in notes if _numbers(note)]
    assert len(counted) == 1 and _numbers(counted[0]) == ["120"]
    assert "scoreboard only" in counted[0]
    plt.close(ax.figure)


def test_leader_lines_are_level_and_never_cross():
    ax = plot_rings(SCORED)
    lines = [line for line in ax.get_lines() if len(line.get_ydata()) == 2]
    heights = [line.get_ydata()[0] for line in lines]
    assert len(lines) == len(LAYERS)
    assert all(line.get_ydata()[0] == line.get_ydata()[1] for line in lines)
    assert len(set(heights)) == len(heights)  # level lines at different heights cannot cross
    plt.close(ax.figure)


def test_rings_text_alternative_names_every_layer_with_its_count():
    ax = plot_rings(SCORED)
    sentence = alt_text(ax)
    assert all(f"{tier} " in sentence for tier in LAYERS)
    assert "real layer 13" in sentence and "acquaintance layer 43" in sentence
    assert "120" in sentence
    plt.close(ax.figure)
