"""Fixtures for the real-browser tests: Debian's Chromium through Playwright, JupyterLab.

The browser suite is skipped on a laptop without ``/usr/bin/chromium`` (install it with
``apt-get install chromium``), but it fails when ``CI=true``: CI must never pass by
skipping. The browser and the JupyterLab server are started once for the whole folder
(package scope) and stopped before the rest of the test run continues; every test gets
its own browser context and a fresh participant home (``REALNET_HOME``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import urllib.parse
from pathlib import Path

import pytest

from .lab_driver import JupyterLab
from .pages import CHROMIUM_ARGS, PAGE_LOAD_MS, SCRIPT_PROBE_JS, save_screenshot
from .servers import LabServer, free_port, port_is_open

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
# One folder per xdist worker (the browser tests run on two), so one worker's clean start
# never deletes the other's screenshots.
ARTIFACTS = REPO / "test-artifacts" / "browser" / os.environ.get("PYTEST_XDIST_WORKER", "main")


def _missing_browser_reason() -> str | None:
    if not CHROMIUM.exists():
        return f"Debian's Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing (python -m pip install -e '.[test]')"
    return None


def _require_browser() -> None:
    reason = _missing_browser_reason()
    if reason is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    # Keep each phase's report on the test, so fixtures can save a screenshot on failure.
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


def _failed(request) -> bool:
    report = getattr(request.node, "report_call", None)
    return report is not None and report.failed


@pytest.fixture(scope="package")
def browser():
    """Debian's Chromium, headless, shared by every browser test."""
    _require_browser()
    from playwright.sync_api import sync_playwright

    # Only this run's screenshots: an old failure's picture must not mislead anyone.
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def artifacts() -> Path:
    """``test-artifacts/browser/`` (gitignored): screenshots and saved pages."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def _new_tab(browser):
    """A tab in its own context: dialogs recorded (``tab.dialogs``) and dismissed."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.set_default_timeout(60_000)
    context.add_init_script(SCRIPT_PROBE_JS)
    tab = context.new_page()
    dialogs: list[str] = []

    def on_dialog(dialog) -> None:
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    tab.dialogs = dialogs
    # Nothing may be fetched from another host: such requests are refused and recorded
    # (``tab.remote_requests``), as a room without internet would refuse them.
    remote: list[str] = []

    def refuse_remote(route) -> None:
        url = route.request.url
        host = urllib.parse.urlsplit(url).hostname or ""
        if url.startswith(("data:", "blob:", "file:")) or host in {"localhost", "127.0.0.1", "::1"}:
            route.continue_()
        else:
            remote.append(url)
            route.abort()

    context.route("**/*", refuse_remote)
    tab.remote_requests = remote
    return context, tab


@pytest.fixture
def page(browser, request, artifacts):
    """A fresh tab in its own browser context; ``page.dialogs`` lists every dialog shown.

    Dialogs (``alert``, ``confirm``...) are recorded and dismissed, so a test can assert
    that none appeared; :func:`pages.script_probe` tells what a script tried. A
    screenshot is saved when the test fails.
    """
    context, tab = _new_tab(browser)
    try:
        yield tab
    finally:
        if _failed(request):
            with contextlib.suppress(Exception):
                save_screenshot(tab, artifacts, f"FAILED-{request.node.name}")
        context.close()


@pytest.fixture(scope="package")
def lab_server(browser, tmp_path_factory):
    """``realnet workshop`` on a private copy of ``workshops/``, stopped afterwards.

    Started the way a participant starts it, from a folder that has nothing to do with
    the kit. ``REALNET_HOME`` points at a temporary participant folder; Jupyter's own
    config, runtime, settings and workspaces live in temporary folders too, so nothing of
    the developer's is read or written. Kernels left running are shut down at the end,
    and once stopped the server must no longer answer.
    """
    base = tmp_path_factory.mktemp("jupyterlab")
    root = base / "workshops"
    shutil.copytree(REPO / "workshops", root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    home = base / "realnet-home"
    home.mkdir(mode=0o700)
    elsewhere = base / "somewhere-else"
    elsewhere.mkdir()
    server = LabServer(port=free_port(), root=root, home=home, base=base,
                       log=base / "realnet-workshop.log", elsewhere=elsewhere)  # fmt: skip
    server.fresh_root(REPO / "workshops")
    server.start()
    try:
        yield server
    finally:
        server.stop()
    assert server.process.returncode is not None
    assert not port_is_open(server.port), "JupyterLab still answers after the workshop stopped"


class _LabTab:
    """One browser tab with JupyterLab loaded, kept across tests (loading it is slow)."""

    def __init__(self, browser, server: LabServer):
        self.browser = browser
        self.server = server
        self.context = None
        self.page = None

    def open(self):
        if self.page is None:
            self.context, self.page = _new_tab(self.browser)
            home = f"{self.server.base_url}/lab?reset&token={self.server.token}"
            self.page.goto(home, timeout=PAGE_LOAD_MS)
            self.page.wait_for_selector(".jp-DirListing-content", timeout=PAGE_LOAD_MS)
        self.page.dialogs.clear()
        self.page.evaluate(
            "() => { const p = window.__realnetProbe;"
            " if (p) { p.calls.length = 0; p.violations.length = 0; } }"
        )
        return self.page

    def close(self) -> None:
        if self.context is not None:
            self.context.close()
        self.context = self.page = None


@pytest.fixture(scope="package")
def lab_tab(browser, lab_server):
    """The JupyterLab tab the notebook tests share; reloaded after a failed test."""
    tab = _LabTab(browser, lab_server)
    try:
        yield tab
    finally:
        tab.close()


@pytest.fixture
def lab(lab_tab, lab_server, request, artifacts):
    """JupyterLab, its kernels, notebooks and the participant's home reset for each test.

    Whatever a test saved (an edited notebook, an export it wrote next to the notebooks)
    and whatever the participant's workbook holds is gone before the next test. After a
    failure a screenshot is saved and the tab is thrown away, so one broken test cannot
    leave a dialog or a half-run notebook to the next.
    """
    lab_server.fresh_home()
    page = lab_tab.open()
    helper = JupyterLab(page, lab_server, artifacts, prefix=request.node.name)
    try:
        yield helper
    finally:
        healthy = not _failed(request)
        if not healthy:
            with contextlib.suppress(Exception):
                save_screenshot(page, artifacts, f"FAILED-{request.node.name}")
        try:
            if healthy:
                helper.close_all()
        except Exception:
            healthy = False
        if not healthy:
            lab_tab.close()
        lab_server.shutdown_kernels()
        lab_server.fresh_root(REPO / "workshops")
        lab_server.fresh_home()
