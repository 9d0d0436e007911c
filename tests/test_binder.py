"""Binder (repo2docker) builds the repository with RealNet Kit itself installed."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_binder_installs_the_package_itself():
    lines = [
        line.strip()
        for line in (REPO / "binder" / "requirements.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert "." in lines, "binder/requirements.txt must install the repository itself"


def test_binder_python_is_recent_enough():
    runtime = (REPO / "binder" / "runtime.txt").read_text().strip()
    match = re.fullmatch(r"python-3\.(\d+)", runtime)
    assert match and int(match.group(1)) >= 11


def test_readme_binder_link_opens_the_start_notebook():
    readme = (REPO / "README.md").read_text()
    assert "urlpath=lab/tree/workshops/00-start-here.ipynb" in readme


def test_readme_holds_the_two_commands_each_on_one_line():
    readme = (REPO / "README.md").read_text()
    assert "\npython -m pip install -e . && realnet workshop\n" in readme
    assert '\npython -m pip install -e ".[test]" && pytest\n' in readme


def test_ci_runs_exactly_the_readme_test_command():
    script = (REPO / ".ci" / "run").read_text()
    assert script.startswith("#!/usr/bin/env bash")
    assert "set -euo pipefail" in script
    assert '\npython -m pip install -e ".[test]" && pytest\n' in script
