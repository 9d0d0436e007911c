"""The bank beside the notebooks: the choices a notebook prints are the bank's, in order."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from realnet_kit.exercises.bank import EXERCISES

WORKSHOPS = Path(__file__).resolve().parents[2] / "workshops"
CHOICES = sorted(k for k, e in EXERCISES.items() if e.kind == "interpretation")


def _printed_choices(key: str) -> dict[str, str]:
    """The lettered options under "### Exercise KEY" in its notebook's markdown."""
    (notebook,) = WORKSHOPS.glob(f"{int(key.split('.')[0]):02d}-*.ipynb")
    for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
        text = "".join(cell["source"])
        if cell["cell_type"] == "markdown" and text.startswith(f"### Exercise {key}"):
            return dict(re.findall(r"^- ([a-z])\. (.+)$", text, flags=re.MULTILINE))
    raise AssertionError(f"no markdown cell for exercise {key} in {notebook.name}")


@pytest.mark.parametrize("key", CHOICES)
def test_the_notebook_prints_the_banks_choices_in_the_banks_order(key):
    printed = _printed_choices(key)
    assert list(printed.items()) == list(EXERCISES[key].options.items())


def test_each_choice_has_its_right_letter_and_the_misconception_of_every_other():
    for key in CHOICES:
        exercise = EXERCISES[key]
        assert exercise.right in exercise.options
        assert set(exercise.misconceptions) == set(exercise.options) - {exercise.right}
        assert set(exercise.mistakes) == set(exercise.misconceptions)


def test_the_guide_lists_the_right_letters_the_bank_has():
    guide = (WORKSHOPS.parent / "docs" / "facilitator.md").read_text(encoding="utf-8")
    listed = re.search(r"The right letter moves from one choice to the next \(([^)]*)\)", guide)
    assert listed, "docs/facilitator.md no longer lists the right letters"
    said = dict(re.findall(r"(\d\.\d) ([a-z])", listed.group(1)))
    assert said == {key: EXERCISES[key].right for key in CHOICES}
