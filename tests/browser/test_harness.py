"""The browser harness itself: it must see a failing cell and tell a widget from its text.

A notebook is written into the server's folder with a widget, a failing cell and a cell
after it; the helpers have to report the error, the widget, and the cell that never ran.
"""

from __future__ import annotations

import nbformat
import pytest

pytestmark = pytest.mark.browser


def _write(path, *sources: str) -> None:
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
    }
    notebook.cells = [nbformat.v4.new_code_cell(source) for source in sources]
    nbformat.write(notebook, path)


def test_run_all_reports_errors_and_renders_widgets(lab, request):
    if request.config.getoption("loadgroup", False):  # set on the xdist workers
        # every JupyterLab test runs on one worker, sharing one server and one tab
        assert request.node.nodeid.endswith("@browser-lab"), request.node.nodeid
    _write(
        lab.server.root / "harness-check.ipynb",
        "import ipywidgets\nipywidgets.ToggleButtons(options=['no', 'yes'], description='Met?')",
        "print('plain text', 40 + 2)",
        "from ipywidgets import HBox, Label\nprint(repr(HBox([Label('a')])))",
        "from IPython.display import display\n"
        "display({'text/plain': 'VBox(children=())'}, raw=True)",
        "raise ValueError('the harness must see this')",
        "print('never runs')",
    )
    lab.open_notebook("harness-check.ipynb")
    lab.run_all()
    lab.screenshot("after-run-all")

    errors = lab.errors()
    assert len(errors) == 1 and "the harness must see this" in errors[0]
    assert lab.widget_count() >= 1
    assert lab.page.locator(".widget-toggle-buttons button").count() == 2
    # A printed repr and a text-only widget output are the placeholders the check catches.
    problems = lab.widget_problems(timeout_ms=5_000)
    assert sorted(problem.split("(")[0] for problem in problems) == ["HBox", "VBox"]
    prompts = [cell["prompt"] for cell in lab.cells()]
    assert prompts[-1] == "[ ]:" and all("[" in p and p != "[ ]:" for p in prompts[:-1])
    assert "42" in "\n".join(lab.outputs("application/vnd.jupyter.stdout"))
