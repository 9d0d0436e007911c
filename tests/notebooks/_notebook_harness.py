"""One harness for running the workshop notebooks, shared by the notebook tests.

(The ``sample_runs`` fixture in ``conftest.py`` hands it to the tests.)

Running every notebook on a sample takes minutes, so each sample is run at most once per
test process: :func:`run_sample` keeps the executed notebooks (with their outputs) in a
module-level cache, and every test that needs them (the runs themselves in
``test_every_sample.py``, the time estimate in ``test_minutes.py``) reads them from
there. Tests that share a sample's run carry the same ``xdist_group`` mark, so the
``loadgroup`` distribution sends them to the same worker.

Kernels: a sample's seven notebooks run one after the other in one kernel whose names
are all cleared (``%reset -f``) and whose figures are closed between notebooks, so a
notebook still cannot lean on a variable of the one before; starting a kernel and
importing the kit costs about a second a notebook, which this saves (issue 17). Each
notebook still runs in a kernel of its own somewhere, exactly as JupyterLab gives a
participant: 00, 01, 03, 05 and 06 in the browser tests (JupyterLab's own kernels), 02
and 04 here, on the presenter-mode sample (``OWN_KERNEL``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

WORKSHOPS = Path(__file__).resolve().parents[2] / "workshops"
NOTEBOOKS = sorted(WORKSHOPS.glob("[0-9][0-9]-*.ipynb"))
CELL_TIMEOUT = 300


def xdist_group(sample: str) -> pytest.MarkDecorator:
    """The mark that keeps the tests reading one sample's run on one worker."""
    return pytest.mark.xdist_group(f"notebooks-{sample}")


def _client(nb, cwd: Path):
    nbclient = pytest.importorskip("nbclient")
    return nbclient.NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(cwd)}},
    )


def execute(notebook: Path, cwd: Path):
    """Execute one notebook in its own kernel; return it with its outputs."""
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(notebook, as_version=4)
    _client(nb, cwd).execute()
    return nb


#: Run between two notebooks sharing a kernel: no name, figure or display is carried over.
FRESH_NAMESPACE = "%reset -f\nimport matplotlib.pyplot as _plt\n_plt.close('all')\ndel _plt"


def execute_in_one_kernel(
    notebooks: list[Path], cwd: Path, own_kernel: frozenset[str] = frozenset()
) -> dict[str, object]:
    """Execute ``notebooks`` in order in one kernel, its namespace cleared before each;
    those named in ``own_kernel`` run in a fresh kernel of their own, in their turn."""
    nbformat = pytest.importorskip("nbformat")
    from nbclient.util import run_sync

    books = {path.name: nbformat.read(path, as_version=4) for path in notebooks}
    client = _client(next(iter(books.values())), cwd)
    with client.setup_kernel():
        for name, nb in books.items():
            if name in own_kernel:
                _client(nb, cwd).execute()
                continue
            client.nb = nb
            client.reset_execution_trackers()
            msg_id = client.kc.execute(FRESH_NAMESPACE, silent=True, store_history=False)
            reply = run_sync(client.async_wait_for_reply)(msg_id)
            assert reply["content"]["status"] == "ok", reply["content"]
            for index, cell in enumerate(nb.cells):
                client.execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
            client.set_widgets_metadata()
    return books


def output_texts(nb, name: str = "") -> list[str]:
    """The text of a notebook's outputs (asserting that none is an error)."""
    texts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            assert output.get("output_type") != "error", (name, output)
            if output.get("output_type") == "stream":
                texts.append(output["text"])
            else:
                texts.append(str(output.get("data", {}).get("text/plain", "")))
    return texts


def everything(nb) -> list[str]:
    """Every output in every form (HTML, widget views) and the widgets' saved state."""
    outputs = [cell.get("outputs", []) for cell in nb.cells]
    return [json.dumps(outputs, ensure_ascii=False), json.dumps(nb.metadata, ensure_ascii=False)]


def visible(folder: Path) -> list[str]:
    """What a participant sees in a folder (JupyterLab's hidden checkpoints aside)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


@dataclass
class SampleRun:
    """Every notebook executed in order on one sample, in a fresh participant home."""

    sample: str
    home: Path
    cwd: Path
    executed: dict[str, object] = field(default_factory=dict)
    workshops_before: list[str] = field(default_factory=list)
    workshops_after: list[str] = field(default_factory=list)
    error: BaseException | None = None


_RUNS: dict[str, SampleRun] = {}

#: The sample whose one run is made with presenter mode on (REALNET_PRESENTER=1), so the
#: same execution checks that the notebooks run and that no name reaches the screen. The
#: studio's exports cover the most importers (LinkedIn, vCards, Google, Mastodon, X,
#: Instagram); the band's normal run feeds the time estimate.
PRESENTER_SAMPLE = "studio"
#: The notebooks no browser test runs: on the presenter-mode sample each gets a kernel of
#: its own, as in JupyterLab.
OWN_KERNEL = frozenset({"02-two-way-street.ipynb", "04-your-tribe.ipynb"})


def run_sample(sample: str, root: Path) -> SampleRun:
    """The notebooks run on ``sample`` (once per process; later calls reuse the run)."""
    if sample not in _RUNS:
        run = SampleRun(sample, root / "home", root / "notebooks")
        run.cwd.mkdir(parents=True)
        run.workshops_before = visible(WORKSHOPS)
        with pytest.MonkeyPatch.context() as env:
            env.setenv("REALNET_HOME", str(run.home))
            env.setenv("REALNET_SAMPLE", sample)
            env.setenv("MPLBACKEND", "Agg")
            if sample == PRESENTER_SAMPLE:
                env.setenv("REALNET_PRESENTER", "1")
            else:
                env.delenv("REALNET_PRESENTER", raising=False)
            try:
                own = OWN_KERNEL if sample == PRESENTER_SAMPLE else frozenset()
                run.executed.update(execute_in_one_kernel(NOTEBOOKS, run.cwd, own))
            except BaseException as error:  # kept, so every reader sees the same failure
                run.error = error
        run.workshops_after = visible(WORKSHOPS)
        _RUNS[sample] = run
    run = _RUNS[sample]
    if run.error is not None:
        raise run.error
    return run
