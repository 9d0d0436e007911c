"""Shared fixtures of the test suite (the participant's home is set in ../conftest.py)."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
import warnings
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


@pytest.fixture(scope="session")
def opened_home(_opened_homes, tmp_path_factory):
    """``opened_home(sample, home)``: fill ``home`` as if ``sample`` had been opened there
    once (its workbook made, its export read), for a participant's second visit.

    The first open is made once per test process, in a home of its own and outside any
    room, and copied into each home asked for (module fixtures that share one opened
    sample between the tests that only read it use it too).
    """
    from realnet_kit.session.data import open_workshop_data

    def fill(sample: str, home: Path) -> Path:
        if sample not in _opened_homes:
            first = tmp_path_factory.mktemp(f"opened-{sample}") / "home"
            first.mkdir(mode=0o700)
            saved = {k: os.environ.get(k) for k in ("REALNET_HOME", "REALNET_ROOM")}
            os.environ["REALNET_HOME"] = str(first)
            os.environ.pop("REALNET_ROOM", None)
            try:
                open_workshop_data(sample, quiet=True)
            finally:
                for key, value in saved.items():
                    if value is None:
                        os.environ.pop(key, None)
                    else:
                        os.environ[key] = value
            _opened_homes[sample] = first
        for item in _opened_homes[sample].iterdir():
            copy = shutil.copytree if item.is_dir() else shutil.copy2
            copy(item, home / item.name)
        return home

    return fill


@pytest.fixture(scope="session")
def sample_home(opened_home, tmp_path_factory):
    """``with sample_home(sample, label) as (home, data):`` the sample opened in a fresh
    home of its own (a copy of ``opened_home``'s), outside any room, with its owner's
    answers filled in (unless ``answers=False``) and nothing printed: for the module
    fixtures shared by the tests that only read. Inside the block ``REALNET_HOME`` is
    that home; the fixture does there what else it shares, and yields after the block.
    """
    from realnet_kit.session.data import open_workshop_data

    @contextlib.contextmanager
    def opened(sample: str, label: str, *, answers: bool = True):
        home = tmp_path_factory.mktemp(label) / "home"
        home.mkdir(mode=0o700)
        opened_home(sample, home)
        with pytest.MonkeyPatch.context() as env, contextlib.redirect_stdout(io.StringIO()):
            env.setenv("REALNET_HOME", str(home))
            env.delenv("REALNET_ROOM", raising=False)
            data = open_workshop_data(sample, quiet=True)
            if answers:
                data.use_sample_answers()
            yield home, data

    return opened


@pytest.fixture
def opened_sample(realnet_home, opened_home):
    """``opened_sample(name)``: the sample opened in this test's fresh home, as on a second
    visit (its workbook already made), for tests about what comes after the first open.

    Tests of the first open itself use ``realnet_home`` and open it there.
    """
    from realnet_kit.session.data import open_workshop_data

    def opened(sample: str):
        opened_home(sample, realnet_home)
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


#: The warning filters of a fresh ``python`` process (``python -W help``; no -W, no -X dev).
_PROCESS_WARNING_FILTERS = [
    ("default", DeprecationWarning, "__main__"),
    ("ignore", DeprecationWarning, ""),
    ("ignore", PendingDeprecationWarning, ""),
    ("ignore", ImportWarning, ""),
    ("ignore", ResourceWarning, ""),
]


def _print_warning(message, category, filename, lineno, file=None, line=None) -> None:
    sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


@pytest.fixture
def realnet(capsys):
    """``realnet("audit", path)``: run a command in this test's process, as
    ``python -m realnet_kit audit PATH`` would run it, for tests about what a command does.

    Gives a :class:`subprocess.CompletedProcess` with what the process would have given:
    the exit code (``SystemExit`` from argparse included, a message in it on stderr with
    code 1, as Python does), stdout and stderr, with warnings printed to stderr where they
    happen under a fresh interpreter's warning filters, not recorded by pytest. An
    exception the command lets out (a traceback, in a process) fails the test.
    ``entry`` runs another ``main(argv)`` (``python -m realnet_kit.samples``), ``cwd``
    runs it from another folder. Tests about the process itself (the ``realnet`` and
    ``python -m`` entry points, pipes, hash seeds) start a real one instead.
    """

    def run(*args: str, entry=None, cwd: Path | None = None) -> subprocess.CompletedProcess:
        if entry is None:
            from realnet_kit.cli import main as entry
        argv = [str(a) for a in args]
        capsys.readouterr()  # what the test printed before is not the command's
        with contextlib.chdir(cwd or Path.cwd()), warnings.catch_warnings():
            warnings.resetwarnings()
            for action, category, module in _PROCESS_WARNING_FILTERS:
                warnings.filterwarnings(action, category=category, module=module, append=True)
            warnings.showwarning = _print_warning
            try:
                code = entry(argv)
            except SystemExit as exit_:
                code = exit_.code
                if code is not None and not isinstance(code, int):
                    print(code, file=sys.stderr)
                    code = 1
        out = capsys.readouterr()
        return subprocess.CompletedProcess(argv, code or 0, out.out, out.err)

    return run
