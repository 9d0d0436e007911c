"""The shared-kernel harness keeps notebooks apart: no name survives into the next one."""

from __future__ import annotations

import pytest

nbformat = pytest.importorskip("nbformat")
pytest.importorskip("nbclient")

from _notebook_harness import execute_in_one_kernel  # noqa: E402


def _write(path, source: str) -> None:
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}  # fmt: skip
    notebook.cells = [nbformat.v4.new_code_cell(source)]
    nbformat.write(notebook, path)


def test_a_name_of_the_notebook_before_is_gone(tmp_path):
    _write(tmp_path / "a.ipynb", "import os\nleft_over = 1\nprint('first', left_over)")
    _write(tmp_path / "b.ipynb", "print(left_over)")
    with pytest.raises(Exception, match="NameError"):
        execute_in_one_kernel([tmp_path / "a.ipynb", tmp_path / "b.ipynb"], tmp_path)


def test_each_notebook_keeps_its_own_outputs(tmp_path):
    _write(tmp_path / "a.ipynb", "print('first')")
    _write(tmp_path / "b.ipynb", "print('second')")
    books = execute_in_one_kernel([tmp_path / "a.ipynb", tmp_path / "b.ipynb"], tmp_path)
    outputs = {name: nb.cells[0].outputs[0]["text"] for name, nb in books.items()}
    assert outputs == {"a.ipynb": "first\n", "b.ipynb": "second\n"}
    assert [nb.cells[0].execution_count for nb in books.values()] == [1, 1]


def test_every_notebook_runs_in_a_kernel_of_its_own_somewhere():
    """Shared kernels save time; each notebook still runs once as JupyterLab runs it, in
    the browser tests or here (``OWN_KERNEL``)."""
    from pathlib import Path

    from _notebook_harness import NOTEBOOKS, OWN_KERNEL

    browser = "\n".join(
        path.read_text(encoding="utf-8")
        for path in (Path(__file__).resolve().parents[1] / "browser").glob("test_*.py")
    )
    alone = {path.name for path in NOTEBOOKS if path.name in browser} | OWN_KERNEL
    assert alone == {path.name for path in NOTEBOOKS}
