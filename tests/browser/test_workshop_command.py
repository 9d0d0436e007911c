"""Issue 3: ``realnet workshop --no-browser`` prints an address that opens the workshop.

The command is started the way a participant starts it, from a folder that has nothing
to do with RealNet Kit; the address it prints is opened in Chromium, which must show
JupyterLab with ``00-start-here.ipynb`` open. The whole process group is stopped after.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from .pages import PAGE_LOAD_MS, save_screenshot
from .servers import (
    LineReader,
    free_port,
    jupyter_env,
    kill_leftovers,
    port_is_open,
    stop_process_group,
    wait_until_answers,
)

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
URL_LINE = re.compile(r"(http://\S+/lab/tree/00-start-here\.ipynb\?token=\S+)")


def _realnet() -> list[str]:
    """The installed ``realnet`` script, else the same entry point through the module."""
    script = shutil.which("realnet")
    return [script] if script else [sys.executable, "-m", "realnet_kit"]


def test_workshop_prints_an_address_that_opens_the_start_notebook(page, tmp_path, artifacts):
    elsewhere = tmp_path / "somewhere-else"
    elsewhere.mkdir()
    home = tmp_path / "realnet-home"
    home.mkdir(mode=0o700)
    env = jupyter_env(tmp_path / "jupyter", home, allow_root=False)
    # From a source checkout the command serves workshops/ itself; JupyterLab drops a
    # checkpoint there when a notebook opens. Tidy away what this test made.
    checkpoints = REPO / "workshops" / ".ipynb_checkpoints"
    before = set(checkpoints.iterdir()) if checkpoints.is_dir() else None
    port = free_port()
    log = tmp_path / "realnet-workshop.log"
    process = subprocess.Popen(
        [*_realnet(), "workshop", "--no-browser", "--port", str(port)],
        cwd=elsewhere,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        output = LineReader(process.stdout, log)
        url = output.wait_for(URL_LINE, deadline_s=60).group(1)
        assert f":{port}/" in url
        parts = urlsplit(url)
        token = parse_qs(parts.query)["token"][0]
        status = f"{parts.scheme}://{parts.netloc}/api/status?token={token}"
        wait_until_answers(status, process, log, deadline_s=120)

        page.goto(url, timeout=PAGE_LOAD_MS)
        tab = page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current")
        tab.filter(has_text="00-start-here.ipynb").wait_for(timeout=PAGE_LOAD_MS)
        notebook = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook")
        notebook.locator(".jp-MarkdownCell h1").first.wait_for(timeout=PAGE_LOAD_MS)
        assert notebook.locator(".jp-CodeCell").count() >= 1
        save_screenshot(page, artifacts, "workshop-command-start-notebook")
        assert page.dialogs == []
        assert page.remote_requests == [], "JupyterLab asked other hosts for files"
        assert page.get_by_text("official Jupyter news").count() == 0
    finally:
        stop_process_group(process)
        kill_leftovers(str(tmp_path / "jupyter" / "runtime"))
        if before is None:
            shutil.rmtree(checkpoints, ignore_errors=True)
        elif checkpoints.is_dir():
            for made in set(checkpoints.iterdir()) - before:
                made.unlink(missing_ok=True)
    assert process.returncode is not None
    assert not port_is_open(port), "JupyterLab still answers after the workshop was stopped"
