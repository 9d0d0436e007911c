"""Shared fixtures of the test suite (the participant's home is set in ../conftest.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _close_widgets_and_figures():
    """After each test, close its widgets and figures.

    ipywidgets keeps every widget it ever made in a registry, so without this each
    presenter-mode switch in a later test would redraw every widget of every earlier
    test (seconds per switch by the end of the suite).
    """
    yield
    if "ipywidgets" in sys.modules:
        sys.modules["ipywidgets"].Widget.close_all()
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


@pytest.fixture
def realnet_home(tmp_path, monkeypatch) -> Path:
    """A fresh, empty ``REALNET_HOME`` for one test."""
    home = tmp_path / "realnet-home"
    home.mkdir(mode=0o700)
    monkeypatch.setenv("REALNET_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def _opened_homes(tmp_path_factory) -> dict[str, Path]:
    """Participant homes in which a sample was opened once (copied by ``opened_sample``)."""
    return {}


@pytest.fixture
def opened_sample(realnet_home, _opened_homes, tmp_path_factory):
    """``opened_sample(name)``: the sample opened in this test's fresh home, as on a second
    visit (its workbook already made), for tests about what comes after the first open.

    The first open (reading the exports, writing the workbook) is made once per test
    process in a home of its own and copied here, so each test still gets its own
    workbook; tests of the first open itself use ``realnet_home`` and open it there.
    """
    from realnet_kit.session.data import open_workshop_data

    def opened(sample: str):
        if sample not in _opened_homes:
            home = tmp_path_factory.mktemp(f"opened-{sample}") / "home"
            home.mkdir(mode=0o700)
            os.environ["REALNET_HOME"] = str(home)
            try:
                open_workshop_data(sample, quiet=True)
            finally:
                os.environ["REALNET_HOME"] = str(realnet_home)
            _opened_homes[sample] = home
        for item in _opened_homes[sample].iterdir():
            copy = shutil.copytree if item.is_dir() else shutil.copy2
            copy(item, realnet_home / item.name)
        return open_workshop_data(sample, quiet=True)

    return opened


@pytest.fixture
def bakery(opened_sample):
    """The bakery sample opened in a fresh home, with the sample's own answers filled in."""
    data = opened_sample("bakery")
    data.use_sample_answers()
    return data


@pytest.fixture
def presenter():
    """Presenter mode on for one test, off again afterwards whatever happens."""
    from realnet_kit.privacy import presenter_mode

    presenter_mode(True)
    yield
    presenter_mode(False)


@pytest.fixture
def repo() -> Path:
    """The root of the source checkout."""
    return REPO


@pytest.fixture(scope="session")
def wheel_site(tmp_path_factory) -> Path:
    """RealNet Kit built as a wheel and unpacked, as pip would install it, outside the repo.

    Built once per test run (``pip wheel`` fetches the build backend from the package
    index the first time).
    """
    root = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(root / "dist"),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next((root / "dist").glob("realnet_kit-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(root / "site")
    return root / "site"
