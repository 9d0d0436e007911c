"""Issue 3: ``realnet workshop --no-browser`` prints an address that opens the workshop.

Every JupyterLab test runs on the server the command starts (the ``lab_server`` fixture
runs ``realnet workshop --no-browser --port P --dir ROOT`` from a folder that has
nothing to do with RealNet Kit, and checks on stopping it that the port is closed). Here
the address it printed is opened in Chromium, which must show JupyterLab with
``00-start-here.ipynb`` open, ask no other host for anything, and show no news; the
participant's first Run All there must run every cell cleanly, its widgets rendered.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser


def test_workshop_prints_an_address_that_opens_the_start_notebook(lab, lab_server):
    assert urlsplit(lab_server.url).port == lab_server.port
    assert lab_server.root.name == "workshops" and not list(lab_server.elsewhere.iterdir())
    page = lab.page
    # as a participant's first visit: no layout saved by an earlier test (``reset``), or
    # JupyterLab would reopen that test's notebook beside this one
    page.goto(f"{lab_server.url}&reset")
    tab = page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current")
    tab.filter(has_text="00-start-here.ipynb").wait_for()
    notebook = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook")
    notebook.locator(".jp-MarkdownCell h1").first.wait_for()
    assert notebook.locator(".jp-CodeCell").count() >= 1
    lab.screenshot("workshop-command-start-notebook")
    lab.wait_kernel_ready()
    lab.run_all()
    lab.screenshot("run-all", full_page=True)
    lab.assert_ran_cleanly()
    assert page.dialogs == []
    assert page.remote_requests == [], "JupyterLab asked other hosts for files"
    assert page.get_by_text("official Jupyter news").count() == 0
