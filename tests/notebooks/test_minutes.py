"""The single-session agenda fits the three hours it promises, estimated from the notebooks.

The estimate uses fixed constants (issue 14): markdown read at 120 words a minute, the
executed text and table outputs on the band read at 200 words a minute, half a minute per
code cell, three minutes per exercise or discussion prompt (every ``check(...)`` cell)
and fifteen minutes for the scoring block (the ``scoring_app`` cell). Optional sections
count unless the facilitator guide's single-session agenda skips them. The executed
notebooks come from the same run as ``test_every_sample.py`` (one harness, no second
execution); the estimate must be at most 170 minutes and must match, within five
minutes, the number the facilitator guide states.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from _notebook_harness import NOTEBOOKS, xdist_group

MARKDOWN_WORDS_PER_MINUTE = 120
OUTPUT_WORDS_PER_MINUTE = 200
MINUTES_PER_CODE_CELL = 0.5
MINUTES_PER_EXERCISE = 3
MINUTES_FOR_SCORING = 15
MOST_MINUTES = 170
GUIDE_TOLERANCE = 5

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "facilitator.md"
HEADING = re.compile(r"^(##|###) (.+?)(?: · (\d+) min)?\s*$", re.M)


def _words(text: str) -> int:
    return len(re.findall(r"\w[\w'’.,:%-]*", text))


def _output_words(cell) -> int:
    """Words a participant reads in a code cell's outputs (text and tables, no pictures)."""
    count = 0
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            count += _words(output.get("text", ""))
            continue
        data = output.get("data", {})
        if "image/png" in data or "application/vnd.jupyter.widget-view+json" in data:
            continue
        if "text/html" in data:
            page = "".join(data["text/html"])
            page = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", page, flags=re.S)
            count += _words(html.unescape(re.sub(r"<[^>]+>", " ", page)))
        elif "text/plain" in data:
            count += _words("".join(data["text/plain"]))
    return count


def _source(cell) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def sections(nb) -> list[dict]:
    """The notebook's sections, each with its heading and its estimated minutes."""
    found = [{"heading": "(opening)", "minutes": 0.0, "stated": None}]
    for cell in nb.cells:
        text = _source(cell)
        if cell.cell_type == "markdown":
            first = text.lstrip().splitlines()[0] if text.strip() else ""
            match = HEADING.match(first)
            if match and (match.group(1) == "##" or "(optional)" in match.group(2)):
                stated = int(match.group(3)) if match.group(3) else None
                found.append({"heading": match.group(2).strip(), "minutes": 0.0, "stated": stated})
            found[-1]["minutes"] += _words(text) / MARKDOWN_WORDS_PER_MINUTE
            continue
        minutes = MINUTES_PER_CODE_CELL + _output_words(cell) / OUTPUT_WORDS_PER_MINUTE
        if re.search(r"\bcheck\(", text):
            minutes += MINUTES_PER_EXERCISE
        if re.search(r"\bscoring_app\(", text):
            minutes += MINUTES_FOR_SCORING
        found[-1]["minutes"] += minutes
    return found


def skipped_in_agenda() -> set[tuple[str, str]]:
    """``(notebook, heading)`` of the sections the single-session agenda skips."""
    text = GUIDE.read_text(encoding="utf-8")
    part = text.split("### Skipped in the single-session agenda", 1)
    if len(part) < 2:
        return set()
    block = re.split(r"^#{1,3} ", part[1], maxsplit=1, flags=re.M)[0]
    return {
        (m.group(1), m.group(2).strip())
        for m in re.finditer(r"^- (\d\d) · (.+?)\s*$", block, flags=re.M)
    }


def stated_total() -> int:
    found = re.search(r"about \*\*(\d+) minutes\*\* of notebook time", GUIDE.read_text("utf-8"))
    assert found, f"{GUIDE.name} must state 'about **N minutes** of notebook time'"
    return int(found.group(1))


@pytest.mark.slow
@xdist_group("band")
def test_the_single_session_agenda_fits_three_hours_on_the_band(sample_runs, capsys):
    run = sample_runs("band")
    skip = skipped_in_agenda()
    total, lines = 0.0, []
    for notebook in NOTEBOOKS:
        parts = sections(run.executed[notebook.name])
        kept = [p for p in parts if (notebook.name[:2], p["heading"]) not in skip]
        minutes = sum(p["minutes"] for p in kept)
        total += minutes
        lines.append(f"{notebook.name}: {minutes:.1f} min")
        lines += [f"    {p['heading']}: {p['minutes']:.1f} (stated {p['stated']})" for p in parts]
    with capsys.disabled():
        print("\n" + "\n".join(lines) + f"\nsingle-session agenda: {total:.1f} min")
    assert total <= MOST_MINUTES, "\n".join(lines)
    assert abs(stated_total() - total) <= GUIDE_TOLERANCE, (stated_total(), round(total))


def test_every_skipped_section_is_an_optional_one():
    nbformat = pytest.importorskip("nbformat")
    headings = {
        (notebook.name[:2], part["heading"])
        for notebook in NOTEBOOKS
        for part in sections(nbformat.read(notebook, as_version=4))
    }
    skipped = skipped_in_agenda()
    assert skipped, "the facilitator guide lists the sections its agenda skips"
    for number, heading in skipped:
        assert "(optional)" in heading, heading
        assert (number, heading) in headings, (number, heading)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_every_notebook_has_the_carpentries_frame(notebook):
    nbformat = pytest.importorskip("nbformat")
    cells = nbformat.read(notebook, as_version=4).cells
    opening = _source(cells[0])
    assert "**Questions**" in opening and "**Objectives**" in opening
    assert "## Key points" in _source(cells[-1])
    parts = sections(nbformat.read(notebook, as_version=4))[1:]
    timed = [
        p
        for p in parts
        if p["heading"] != "Key points" and not p["heading"].startswith("Your own tags")
    ]
    assert timed and all(p["stated"] for p in timed), [p["heading"] for p in timed]


def test_the_scoring_pace_is_one_number_in_notebook_03_the_agenda_and_the_estimate():
    """Issue 14: "about four seconds each" for eight questions was out by a factor of five."""
    nbformat = pytest.importorskip("nbformat")
    from realnet_kit.scoring import (
        QUESTIONS,
        SCORING_MINUTES,
        SECONDS_PER_PERSON,
        people_scored_in,
    )

    notebook = next(n for n in NOTEBOOKS if n.name.startswith("03"))
    cells = nbformat.read(notebook, as_version=4).cells
    text = "\n".join(_source(c) for c in cells if c.cell_type == "markdown")
    # a decision and a key or a click for each question, and a moment to place the person
    assert 1.5 * len(QUESTIONS) <= SECONDS_PER_PERSON
    assert {int(s) for s in re.findall(r"about (\d+) seconds", text)} == {SECONDS_PER_PERSON}
    assert {int(n) for n in re.findall(r"some (\d+) people", text)} == {people_scored_in()}
    assert f"{SCORING_MINUTES} of them quiet scoring" in _source(cells[0])
    assert MINUTES_FOR_SCORING == SCORING_MINUTES, "the estimate counts the same block"
    agenda = GUIDE.read_text(encoding="utf-8")
    assert f"{SCORING_MINUTES} minutes of quiet scoring" in agenda
    assert f"about {SECONDS_PER_PERSON} seconds a person" in agenda
    assert f"some {people_scored_in()} people" in agenda
