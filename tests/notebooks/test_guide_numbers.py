"""The facilitator guide's expected numbers are the ones the notebooks print.

docs/facilitator.md has a table of what each notebook shows on each sample ("01 · Your
number: followers | 9,843 | 2,075 | 1,388 | …"). A sample regenerated or a rule changed
moves those numbers; this reads every number of the band, bakery and studio columns and
finds it, as a whole number, in the outputs of that notebook run on that sample (the
runs of ``test_every_sample.py``, made once per sample).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("nbformat")
pytest.importorskip("nbclient")

from _notebook_harness import NOTEBOOKS, output_texts, xdist_group

from realnet_kit import list_samples

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "facilitator.md"
NUMBER = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})*(?![\d,])")


def guide_rows() -> list[tuple[str, str, dict[str, list[str]]]]:
    """(notebook number, what, {sample: numbers}) for each row of the expected-numbers table."""
    rows = []
    lines = GUIDE.read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("| notebook · section |"))
    samples = [cell.strip() for cell in lines[header].strip("|").split("|")][1:4]
    for line in lines[header + 2 :]:
        if not line.startswith("|"):
            break
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        notebook = cells[0][:2]
        numbers = {s: NUMBER.findall(cells[1 + k]) for k, s in enumerate(samples)}
        rows.append((notebook, cells[0], numbers))
    return rows


def test_the_table_is_read():
    rows = guide_rows()
    assert len(rows) >= 10
    assert {notebook for notebook, _, _ in rows} >= {"01", "02", "03", "04", "05", "06"}


@pytest.mark.slow
@pytest.mark.parametrize(
    "sample", [pytest.param(name, marks=xdist_group(name)) for name in list_samples()]
)
def test_every_number_of_the_guide_is_printed_by_its_notebook(sample, sample_runs):
    run = sample_runs(sample)
    by_number = {path.name[:2]: path.name for path in NOTEBOOKS}
    missing = []
    for notebook, what, numbers in guide_rows():
        text = "\n".join(output_texts(run.executed[by_number[notebook]]))
        printed = set(NUMBER.findall(text))
        missing += [f"{what}: {n}" for n in numbers[sample] if n not in printed]
    assert missing == [], f"the guide's {sample} numbers its notebooks do not print: {missing}"
