"""Set-up for every test and doctest: a fresh participant home, a headless plot backend.

``REALNET_HOME`` is pointed at a temporary folder before anything is imported, so no
test, doctest or notebook kernel started by a test (kernels inherit the environment)
ever reads or writes the developer's own ``~/.realnet``. The browser tests that drive
JupyterLab share one xdist worker, so one JupyterLab serves them all.
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

_SESSION_HOME = Path(tempfile.mkdtemp(prefix="realnet-test-home-"))
os.environ["REALNET_HOME"] = str(_SESSION_HOME)
os.environ.setdefault("MPLBACKEND", "Agg")

# jsonschema, which nbformat and nbclient bring in, imports ``rfc3987_syntax`` for its
# "iri" format check when that package is installed (Jupyter's event schemas ask for
# it); the import compiles a Lark grammar with deep recursion. Under pytest's deep
# collection stack on Python 3.11 each step of that recursion maps and unmaps a frame
# chunk: 0.7 s of CPU and 3 s of system time in every worker, for a check no test makes.
# A ``None`` entry makes that import fail, and jsonschema then goes without the check.
sys.modules.setdefault("rfc3987_syntax", None)


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


@pytest.hookimpl(wrapper=True)
def pytest_collection(session):
    """Collect with the garbage collector paused, then freeze what collection made.

    Collecting imports every test module and the kit with its libraries: a heap of
    long-lived objects, which each full collection would walk again, in collection
    (2.5 of 6.5 s) and in every test after it. ``gc.freeze`` leaves them out of later
    collections; garbage made by the tests is still collected as usual.
    """
    gc.disable()
    try:
        return (yield)
    finally:
        gc.enable()
        gc.freeze()


#: Fixtures that mean a test drives the one shared JupyterLab.
LAB_FIXTURES = {"lab", "lab_tab", "lab_server"}


@pytest.hookimpl(tryfirst=True)  # before xdist names the groups in the test ids
def pytest_collection_modifyitems(config, items):
    # Browser tests come in two groups, one xdist worker each: the notebooks in one shared
    # JupyterLab, and the pages (dashboard, room, report, plan) in the other worker's
    # Chromium, so the slowest tests of the suite run side by side.
    # The tests of the built wheel share one build (``wheel_site``), so one worker.
    for item in items:
        if "wheel_site" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("wheel"))
        if item.get_closest_marker("browser") is not None:
            lab = LAB_FIXTURES & set(getattr(item, "fixturenames", ()))
            item.add_marker(pytest.mark.xdist_group("browser-lab" if lab else "browser-pages"))


#: Tests of an ``xdist_group`` whose id lacks the group under ``--dist loadgroup``.
_UNGROUPED: set[str] = set()


@pytest.hookimpl(trylast=True)  # after xdist named the groups in the test ids
def pytest_collection_finish(session):
    """Under ``--dist loadgroup``, every test of an ``xdist_group`` must carry its group.

    pytest-xdist adds ``@group`` to such a test's id, and its scheduler sends each group to
    one worker: one JupyterLab and one Voila for the browser tests, one run of a sample's
    notebooks. A pytest that drops the tag (9.2 with xdist 3.8) would scatter the groups
    over both workers and start all of it twice, silently slower: such tests fail instead.
    """
    if session.config.getoption("loadgroup", False):
        _UNGROUPED.update(
            item.nodeid
            for item in session.items
            if item.get_closest_marker("xdist_group") and "@" not in item.nodeid
        )


def pytest_runtest_setup(item):
    if item.nodeid in _UNGROUPED:
        pytest.fail(
            f"pytest {pytest.__version__} dropped pytest-xdist's group from this test's id, "
            "so its group would run on both workers; install the pytest that "
            "pyproject.toml's test extra asks for",
            pytrace=False,
        )
