"""Notebooks are committed without outputs (nbstripout keeps them that way)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

WORKSHOPS = Path(__file__).resolve().parents[2] / "workshops"
NOTEBOOKS = sorted(WORKSHOPS.glob("*.ipynb"))


def test_there_are_workshop_notebooks():
    assert any(p.name == "00-start-here.ipynb" for p in NOTEBOOKS)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_stored_without_outputs(notebook):
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    dirty = [
        i
        for i, cell in enumerate(cells)
        if cell["cell_type"] == "code" and (cell.get("outputs") or cell.get("execution_count"))
    ]
    assert not dirty, f"{notebook.name}: cells {dirty} have outputs; run nbstripout {notebook}"
