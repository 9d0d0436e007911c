"""Set-up for every test and doctest: a fresh participant home, a headless plot backend.

``REALNET_HOME`` is pointed at a temporary folder before anything is imported, so no
test, doctest or notebook kernel started by a test (kernels inherit the environment)
ever reads or writes the developer's own ``~/.realnet``. The browser tests share one
xdist worker, so one JupyterLab serves them all.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

_SESSION_HOME = Path(tempfile.mkdtemp(prefix="realnet-test-home-"))
os.environ["REALNET_HOME"] = str(_SESSION_HOME)
os.environ.setdefault("MPLBACKEND", "Agg")


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.get_closest_marker("browser") is not None:
            item.add_marker(pytest.mark.xdist_group("browser"))
