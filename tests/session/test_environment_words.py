"""The set-up check's box points only at help that exists."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat

from realnet_kit.session import environment

WORKSHOPS = Path(__file__).resolve().parents[2] / "workshops"


def test_the_waiting_box_names_no_section_that_is_not_there():
    """00's box said "see 'If something looks wrong' below": no such section existed."""
    notebook = nbformat.read(WORKSHOPS / "00-start-here.ipynb", as_version=4)
    headings = {
        line.lstrip("#").split("·")[0].strip().lower()
        for cell in notebook.cells
        if cell.cell_type == "markdown"
        for line in cell.source.splitlines()
        if line.startswith("#")
    }
    named = re.findall(r"see '([^']+)'", environment._WAITING)
    assert all(name.lower() in headings for name in named), (named, sorted(headings))
    assert "reload the page" in environment._WAITING
