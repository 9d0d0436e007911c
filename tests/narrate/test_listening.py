"""Notebook 02's waiting list, the people who keep reaching out, and the waiting figure."""

from __future__ import annotations

import re

import numpy as np
import pytest

from realnet_kit import alt_text, narrate
from realnet_kit.listening import talk_listen_ratio
from realnet_kit.measure import NEEDS
from realnet_kit.narrate.listening import REACHING_OUT_MORE, reaching_out


def test_the_waiting_list_puts_what_needs_an_answer_first(bakery, capsys):
    table = narrate.show_waiting(bakery, rows=500)
    assert "need an answer most" in capsys.readouterr().out
    status = table["status"].tolist()
    assert status == sorted(status, key=lambda s: s != "never answered"), "never answered first"
    never = table[table["status"] == "never answered"]
    words = {"a problem": "problem", "an order or booking": "order",
             "something personal": "personal", "a question": "question"}  # fmt: skip
    needs = [words.get(a, "other") for a in never["about"]]
    first = [n for n in needs if n in ("problem", "order", "personal")]
    assert needs[: len(first)] == first, "the pressing kinds before questions and the rest"
    rest = [NEEDS.index(n) for n in needs[len(first) :]]
    assert rest == sorted(rest), "then questions, then the rest"


@pytest.mark.parametrize("name", ["band", "bakery"])
def test_only_people_who_keep_reaching_out_are_listed(opened_sample, name, capsys):
    data = opened_sample(name)
    per = talk_listen_ratio(data.interactions, per_contact=True)
    expected = int(((per["listen"] - per["talk"]) >= REACHING_OUT_MORE).sum())
    eager = reaching_out(data)
    assert len(eager) == expected
    assert (eager["more from them"] >= REACHING_OUT_MORE).all()
    assert eager["more from them"].is_monotonic_decreasing
    table = narrate.show_reaching_out(data)
    out = capsys.readouterr().out
    if expected:
        assert len(table) == min(expected, narrate.TABLE_ROWS)
        assert f"{expected:,} " in out.splitlines()[0]
        assert (table["from them"] - table["from you"] >= REACHING_OUT_MORE).all()
    else:
        assert table is None and out.startswith("Nobody"), out
    # 02's numbers on the samples: the bakery's Caasha (5 from her, 3 from you), nobody on
    # the band, where 108 people wrote once and wait on the list above instead
    assert expected == {"band": 0, "bakery": 1}[name]


def test_the_waiting_figure_shows_the_never_answered_and_no_label_covers_a_bar(opened_sample):
    data = opened_sample("band")
    never = narrate.never_answered(data)
    ax = narrate.plot_waiting_times(data)
    assert [t.get_text() for t in ax.get_xticklabels()][-1] == "never"
    heights = [p.get_height() for p in ax.patches]
    assert never in heights, "a bar of its own for the never answered"
    assert f"{never:,} messages were never answered" in alt_text(ax)
    assert any(t.get_text() == f"{never:,}" for t in ax.texts)
    label = next(t for t in ax.texts if "half of your answers" in t.get_text())
    assert re.search(r"half of the answers came within \d+ hours", alt_text(ax))
    tallest = max(heights)
    assert label.get_position()[1] > tallest, "the middle-wait label sits above every bar"
    assert ax.get_ylim()[1] > tallest * 1.4, "with room for it and the legend"
    colours = {tuple(np.round(p.get_facecolor(), 3)) for p in ax.patches}
    assert len(colours) == 3, "answered soon, answered late, never answered"
