"""Every workshop notebook runs top to bottom on every sample business, offline.

Each sample gets a fresh participant home (``REALNET_HOME``) and the notebooks are run
in order, each in its own kernel, as a participant would: the sample is chosen through
``REALNET_SAMPLE``, which the notebooks' ``SOURCE = workshop_source("band")`` line
honours. Nothing may error, every notebook that opens data must say it loaded the chosen
sample, and nothing may be written beside the notebooks.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

from realnet_kit import list_samples  # noqa: E402

WORKSHOPS = Path(__file__).resolve().parents[2] / "workshops"
NOTEBOOKS = sorted(WORKSHOPS.glob("[0-9][0-9]-*.ipynb"))
CELL_TIMEOUT = 300


def _run(notebook: Path, cwd: Path, *, everything: bool = False) -> list[str]:
    """Execute one notebook; return the text of its outputs (raises on a failing cell).

    With ``everything``, every output in every form (HTML, widget views) and the widgets'
    saved state, as JSON text: all that a browser could show.
    """
    nb = nbformat.read(notebook, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(cwd)}},
    )
    client.execute()
    if everything:
        outputs = [cell.get("outputs", []) for cell in nb.cells]
        return [
            json.dumps(outputs, ensure_ascii=False),
            json.dumps(nb.metadata, ensure_ascii=False),
        ]
    texts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            assert output.get("output_type") != "error", (notebook.name, output)
            if output.get("output_type") == "stream":
                texts.append(output["text"])
            else:
                texts.append(str(output.get("data", {}).get("text/plain", "")))
    return texts


def _visible(folder: Path) -> list[str]:
    """What a participant sees in a folder (JupyterLab's hidden checkpoints aside)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def test_there_are_seven_workshops():
    names = [p.name[:2] for p in NOTEBOOKS]
    assert names[0] == "00" and names == sorted(set(names))


@pytest.mark.slow
@pytest.mark.parametrize("sample", list_samples())
def test_every_notebook_runs_on_the_sample(sample, tmp_path, monkeypatch):
    home = tmp_path / "home"
    cwd = tmp_path / "notebooks"
    cwd.mkdir()
    monkeypatch.setenv("REALNET_HOME", str(home))
    monkeypatch.setenv("REALNET_SAMPLE", sample)
    monkeypatch.setenv("MPLBACKEND", "Agg")
    before = _visible(WORKSHOPS)
    for notebook in NOTEBOOKS:
        text = "\n".join(_run(notebook, cwd))
        if "open_workshop_data(SOURCE)" in notebook.read_text(encoding="utf-8"):
            assert f"from the {sample} sample" in text, notebook.name
            assert "We could not open" not in text, notebook.name
        assert "Traceback" not in text, notebook.name
    assert _visible(WORKSHOPS) == before
    assert list(cwd.iterdir()) == []
    assert (home / f"sample-{sample}.sqlite").is_file()
    assert os.environ["REALNET_HOME"] == str(home)


@pytest.mark.slow
def test_presenter_mode_shows_no_name_of_the_sample_anywhere(tmp_path, monkeypatch):
    """Every notebook on the band with REALNET_PRESENTER=1: no person's name in any output."""
    from realnet_kit import load_ground_truth

    monkeypatch.setenv("REALNET_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("REALNET_SAMPLE", "band")
    monkeypatch.setenv("REALNET_PRESENTER", "1")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    cwd = tmp_path / "notebooks"
    cwd.mkdir()
    names = {
        str(n) for n in load_ground_truth("band")["people"]["name"].dropna() if len(str(n)) >= 6
    }
    shown = {}
    for notebook in NOTEBOOKS:
        text = "\n".join(_run(notebook, cwd, everything=True))
        leaked = sorted(name for name in names if name in text)
        if leaked:
            shown[notebook.name] = leaked[:10]
    assert shown == {}, shown
