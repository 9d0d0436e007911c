"""Issue 9: ``realnet dashboard`` serves the widgets through Voila, without code in sight.

The command is started from an unrelated folder with a fresh participant home; the
address it prints is opened in Chromium. Every tab must draw real widgets (no error
note, no placeholder), an answer clicked on the scoring card must land in the same
workbook the notebooks use, and the server must be gone once the command is stopped.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time

import pytest

from .lab_driver import WIDGET_PLACEHOLDERS
from .pages import PAGE_LOAD_MS, save_screenshot, script_probe
from .servers import (
    SERVER_START_S,
    LineReader,
    free_port,
    jupyter_env,
    kill_leftovers,
    port_is_open,
    stop_process_group,
)

pytestmark = pytest.mark.browser

URL_LINE = re.compile(r"(http://localhost:\d+/\?token=\S+)")
VOILA_KERNELS = re.compile(r"Storing connection files in (\S+?)\.?$")
# What the page says when a tab or a cell failed, instead of showing its widget.
BROKEN = (
    "could not be shown",
    "There was an error when executing",
    "Traceback",
    *WIDGET_PLACEHOLDERS,
)


def _realnet() -> list[str]:
    script = shutil.which("realnet")
    return [script] if script else [sys.executable, "-m", "realnet_kit"]


def _assert_nothing_broken(page) -> None:
    text = page.locator("body").inner_text()
    broken = [marker for marker in BROKEN if marker in text]
    assert broken == [], f"the dashboard shows {broken}"
    stderr = page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
    assert stderr.count() == 0, stderr.all_inner_texts()


def test_dashboard_renders_widgets_and_saves_to_the_workbook(page, tmp_path, artifacts):
    elsewhere = tmp_path / "somewhere-else"
    elsewhere.mkdir()
    home = tmp_path / "realnet-home"
    home.mkdir()
    env = jupyter_env(tmp_path / "jupyter", home)
    port = free_port()
    log = tmp_path / "realnet-dashboard.log"
    process = subprocess.Popen(
        [*_realnet(), "dashboard", "--no-browser", "--port", str(port)],
        cwd=elsewhere,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    output = LineReader(process.stdout, log)
    try:
        url = output.wait_for(URL_LINE, deadline_s=60).group(1)
        assert f":{port}/" in url
        end = time.monotonic() + SERVER_START_S
        while not port_is_open(port):
            assert process.poll() is None, "\n".join(output.lines[-30:])
            assert time.monotonic() < end, "Voila never opened its port"
            time.sleep(0.25)

        # Voila runs the dashboard notebook before it answers: allow a slow machine.
        page.goto(url, timeout=3 * PAGE_LOAD_MS)
        dashboard = page.locator(".realnet-dashboard")
        dashboard.wait_for(timeout=3 * PAGE_LOAD_MS)
        card = page.locator(".realnet-scoring-card")
        card.locator(".realnet-card-name").wait_for(timeout=PAGE_LOAD_MS)
        _assert_nothing_broken(page)
        save_screenshot(page, artifacts, "dashboard-scoring")

        # One answer by click: saved at once, in the participant's workbook.
        card.locator(".realnet-q-ideas button", has_text="often").first.click()
        page.wait_for_function(
            "() => /\\b1 of [\\d,]+ scored/.test("
            "document.querySelector('.realnet-scoring-card').innerText)",
            timeout=PAGE_LOAD_MS,
        )
        from realnet_kit import QUESTIONS, Workbook

        # The band sample keeps its own workbook in the participant's home (the one the
        # notebooks open on the same sample), apart from the participant's own data.
        workbooks = sorted(home.glob("*.sqlite"))
        assert len(workbooks) == 1, f"expected one workbook in {home}, found {workbooks}"
        with Workbook(workbooks[0]) as saved:
            scores = saved.scores()
        assert len(scores) == 1
        assert int(scores["ideas"].iloc[0]) == QUESTIONS["ideas"].options.index("often")

        # The other tabs draw their widgets too.
        tabs = page.locator(".realnet-dashboard-tabs .lm-TabBar-tab")
        assert tabs.count() >= 2
        for index in range(1, tabs.count()):
            tabs.nth(index).click()
            page.wait_for_function(
                "i => { const panes = document.querySelectorAll("
                "'.realnet-dashboard-tabs .widget-tab-contents > .lm-Widget');"
                " return panes[i] && !panes[i].classList.contains('lm-mod-hidden')"
                " && panes[i].innerText.trim().length > 0; }",
                arg=index,
                timeout=PAGE_LOAD_MS,
            )
            _assert_nothing_broken(page)
            save_screenshot(page, artifacts, f"dashboard-tab-{index + 1}")

        probe = script_probe(page)
        assert page.dialogs == [] and probe["calls"] == [], (page.dialogs, probe)
    finally:
        stop_process_group(process)
        kill_leftovers(str(tmp_path / "jupyter" / "runtime"))
        for line in output.lines:
            found = VOILA_KERNELS.search(line)
            if found:
                kill_leftovers(found.group(1))
    assert not port_is_open(port), "Voila still answers after the dashboard was stopped"
