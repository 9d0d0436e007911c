"""Every workshop notebook runs top to bottom on every sample business, offline.

Each sample gets a fresh participant home (``REALNET_HOME``) and the notebooks are run
in order, each in its own kernel, as a participant would: the sample is chosen through
``REALNET_SAMPLE``, which the notebooks' ``SOURCE = workshop_source("band")`` line
honours. Nothing may error, every notebook that opens data must say it loaded the chosen
sample, and nothing may be written beside the notebooks. One sample's run is made in
presenter mode (``PRESENTER_SAMPLE``), and its outputs must name nobody.
"""

from __future__ import annotations

import pytest

pytest.importorskip("nbformat")
pytest.importorskip("nbclient")

from _notebook_harness import (
    NOTEBOOKS,
    PRESENTER_SAMPLE,
    everything,
    output_texts,
    xdist_group,
)

from realnet_kit import list_samples


def test_there_are_seven_workshops():
    names = [p.name[:2] for p in NOTEBOOKS]
    assert names[0] == "00" and names == sorted(set(names))


@pytest.mark.slow
@pytest.mark.parametrize(
    "sample", [pytest.param(name, marks=xdist_group(name)) for name in list_samples()]
)
def test_every_notebook_runs_on_the_sample(sample, sample_runs):
    run = sample_runs(sample)
    for notebook in NOTEBOOKS:
        nb = run.executed[notebook.name]
        text = "\n".join(output_texts(nb, notebook.name))
        if "open_workshop_data(SOURCE)" in notebook.read_text(encoding="utf-8"):
            assert f"from the {sample} sample" in text, notebook.name
            assert "We could not open" not in text, notebook.name
        assert "Traceback" not in text, notebook.name
    assert run.workshops_after == run.workshops_before
    assert list(run.cwd.iterdir()) == []
    assert (run.home / f"sample-{sample}.sqlite").is_file()


@pytest.mark.slow
@xdist_group(PRESENTER_SAMPLE)
def test_presenter_mode_shows_no_name_of_the_sample_anywhere(sample_runs):
    """The presenter-mode run (every notebook, REALNET_PRESENTER=1): no person's name in
    any output, in any form (HTML, widget views, widget state)."""
    from realnet_kit import load_ground_truth

    run = sample_runs(PRESENTER_SAMPLE)
    people = load_ground_truth(PRESENTER_SAMPLE)["people"]
    names = {str(n) for n in people["name"].dropna() if len(str(n)) >= 6}
    assert len(names) > 100
    shown = {}
    for notebook in NOTEBOOKS:
        text = "\n".join(everything(run.executed[notebook.name]))
        leaked = sorted(name for name in names if name in text)
        if leaked:
            shown[notebook.name] = leaked[:10]
    assert shown == {}, shown
