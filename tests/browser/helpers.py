"""Helpers for the browser tests: real servers in child processes, JupyterLab driven by hand.

Everything here waits on a condition (an HTTP answer, a DOM state) with a generous
deadline rather than sleeping for a fixed time, so the tests hold on a slow two-core
machine. Processes are started in their own process group and always stopped, together
with any kernel they left behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

# Generous deadlines (milliseconds for Playwright, seconds for processes): a shared
# two-core machine can be slow, and a deadline is only reached when something is wrong.
SERVER_START_S = 120
PAGE_LOAD_MS = 90_000
KERNEL_READY_MS = 90_000
RUN_ALL_MS = 240_000
WIDGETS_MS = 60_000
STOP_S = 30

# Flags for Debian's Chromium on a closed network (no sandbox: the tests run as root).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# JupyterLab user settings for the tests: every cell stays in the page (no virtual
# scrolling hiding outputs from the DOM), nothing is saved behind our back, no news.
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
}

# Installed in every test page before its own scripts run: counts calls to the dialog
# functions an injected script would use, and every Content-Security-Policy violation
# (an inline handler that slipped through escaping is blocked and reported there).
SCRIPT_PROBE_JS = """(() => {
  const probe = { calls: [], violations: [] };
  Object.defineProperty(window, '__realnetProbe', { value: probe });
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    const original = window[name];
    window[name] = function (...args) {
      probe.calls.push(name + '(' + args.map(String).join(', ') + ')');
      return original.apply(this, args);
    };
  }
  document.addEventListener('securitypolicyviolation', event => {
    probe.violations.push(event.violatedDirective + ' ' + (event.sample || ''));
  });
})();"""


def script_probe(page) -> dict:
    """What the probe saw on ``page``: ``{"calls": [...], "violations": [...]}``."""
    missing = "{calls: ['the probe is missing'], violations: []}"
    return page.evaluate(f"() => window.__realnetProbe || {missing}")


# Text a widget output shows when it did NOT render as a widget.
WIDGET_PLACEHOLDERS = ("Loading widget...", "Error displaying widget", "model not found")
# The text/plain fallback of an ipywidget, e.g. "HBox(children=(Label(value='a'),))".
WIDGET_REPR = re.compile(
    r"^\s*(?:[A-Z][A-Za-z]*)\((?:children|options|value|description|layout|index|"
    r"outputs|_dom_classes|style)="
)
# A progress bar written to stderr is not a problem a participant has to deal with.
PROGRESS_BAR = re.compile(r"\d+%\|")


# --- processes ---------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_is_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def http_get(url: str, timeout: float = 10) -> tuple[int, str]:
    """Status and body of a GET; (0, reason) when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            return answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except (urllib.error.URLError, OSError) as error:
        return 0, str(error)


def http_request(url: str, method: str, timeout: float = 10) -> int:
    request = urllib.request.Request(url, method=method, data=b"" if method == "POST" else None)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError):
        return 0


def wait_until_answers(url: str, process: subprocess.Popen, log: Path, deadline_s: float) -> None:
    """Poll ``url`` until it answers 200; fail early with the log if the process died."""
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        if process.poll() is not None:
            raise RuntimeError(
                f"the server exited with code {process.returncode} before answering "
                f"{url}:\n{tail(log)}"
            )
        status, _ = http_get(url, timeout=5)
        if status == 200:
            return
        time.sleep(0.25)
    raise RuntimeError(f"nothing answered {url} within {deadline_s} s:\n{tail(log)}")


def tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def stop_process_group(process: subprocess.Popen, deadline_s: float = STOP_S) -> None:
    """SIGTERM the process group (a clean Jupyter shutdown), SIGKILL what is left."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        if process.poll() is not None:
            break
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=deadline_s)
        except subprocess.TimeoutExpired:
            continue
    # The group may hold children that outlived the leader.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    if process.poll() is None:
        process.wait(timeout=deadline_s)


def pids_mentioning(marker: str) -> list[int]:
    """Processes of ours whose command line contains ``marker`` (e.g. a runtime folder).

    Kernels run in their own session, so stopping the server's process group does not
    reach them; their connection file lives in our private runtime folder, which names
    them without doubt.
    """
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if marker in command:
            found.append(int(entry.name))
    return found


def kill_leftovers(marker: str, deadline_s: float = 10) -> list[int]:
    """SIGTERM, then SIGKILL, every process started by us that mentions ``marker``."""
    leftovers = pids_mentioning(marker)
    for pid in leftovers:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    end = time.monotonic() + deadline_s
    while time.monotonic() < end and pids_mentioning(marker):
        time.sleep(0.2)
    for pid in pids_mentioning(marker):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return leftovers


def jupyter_env(base: Path, home: Path, *, allow_root: bool = True) -> dict[str, str]:
    """An environment that keeps Jupyter and RealNet away from the developer's own files.

    ``allow_root=False`` leaves running as root to the command under test (``realnet
    workshop`` must cope with it by itself: CI containers run as root).
    """
    env = dict(os.environ)
    # Kernels choose the inline plot backend only when MPLBACKEND is unset; the unit
    # tests set it to Agg, which would hide every figure in the browser.
    env.pop("MPLBACKEND", None)
    settings = base / "lab-settings"
    for name, values in LAB_SETTINGS.items():
        target = settings / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values))
    config = base / "jupyter-config"
    config.mkdir(parents=True, exist_ok=True)
    if allow_root and hasattr(os, "geteuid") and os.geteuid() == 0:
        # CI containers run as root; Jupyter refuses that unless told otherwise.
        server_config = {"ServerApp": {"allow_root": True}}
        (config / "jupyter_server_config.json").write_text(json.dumps(server_config))
    for name in ("runtime", "workspaces", "ipython", "data"):
        (base / name).mkdir(parents=True, exist_ok=True)
    env.update(
        REALNET_HOME=str(home),
        JUPYTER_CONFIG_DIR=str(config),
        JUPYTER_RUNTIME_DIR=str(base / "runtime"),
        JUPYTERLAB_SETTINGS_DIR=str(settings),
        JUPYTERLAB_WORKSPACES_DIR=str(base / "workspaces"),
        IPYTHONDIR=str(base / "ipython"),
        JUPYTER_PLATFORM_DIRS="1",
        PYTHONUNBUFFERED="1",
    )
    return env


class LineReader:
    """Collects a child's output lines in a thread, so waiting for a line cannot block."""

    def __init__(self, stream, log: Path):
        self.lines: list[str] = []
        self._log = log
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream) -> None:
        with self._log.open("a") as log:
            for line in stream:
                log.write(line)
                log.flush()
                with self._cond:
                    self.lines.append(line.rstrip("\n"))
                    self._cond.notify_all()

    def wait_for(self, pattern: re.Pattern, deadline_s: float) -> re.Match:
        end = time.monotonic() + deadline_s
        with self._cond:
            while True:
                for line in self.lines:
                    match = pattern.search(line)
                    if match:
                        return match
                left = end - time.monotonic()
                if left <= 0:
                    raise RuntimeError(
                        f"no line matching {pattern.pattern!r} within {deadline_s} s; "
                        "got:\n" + "\n".join(self.lines[-40:])
                    )
                self._cond.wait(timeout=min(left, 1))


# --- the JupyterLab server ---------------------------------------------------------------


@dataclass
class LabServer:
    """A JupyterLab server started for the tests, on a private copy of the workshops."""

    port: int
    token: str
    root: Path
    home: Path
    base: Path
    log: Path
    process: subprocess.Popen | None = None
    started_kernels: list[str] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def api(self, path: str) -> str:
        return f"{self.base_url}/api/{path}?token={self.token}"

    def lab_url(self, notebook: str) -> str:
        # ?reset forgets any saved layout, so each test opens exactly one notebook.
        return f"{self.base_url}/lab/tree/{notebook}?reset&token={self.token}"

    def start(self) -> LabServer:
        command = [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            f"--ServerApp.port={self.port}",
            "--ServerApp.port_retries=0",
            "--ServerApp.ip=127.0.0.1",
            f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={self.root}",
        ]
        env = jupyter_env(self.base, self.home)
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=self.root,
                start_new_session=True,
            )
        try:
            wait_until_answers(self.api("status"), self.process, self.log, SERVER_START_S)
        except BaseException:
            self.stop()
            raise
        return self

    def kernel_ids(self) -> list[str]:
        status, body = http_get(self.api("kernels"))
        if status != 200:
            return []
        return [kernel["id"] for kernel in json.loads(body)]

    def shutdown_kernels(self) -> None:
        """Shut down every running kernel (and its session), as the Kernel menu would."""
        status, body = http_get(self.api("sessions"))
        if status == 200:
            for session in json.loads(body):
                http_request(self.api(f"sessions/{session['id']}"), "DELETE", timeout=30)
        for kernel_id in self.kernel_ids():
            http_request(self.api(f"kernels/{kernel_id}"), "DELETE", timeout=30)

    def fresh_root(self, source: Path) -> None:
        """Put back a pristine copy of ``source``: what one test saved, the next never sees."""
        for item in self.root.iterdir():
            if item.is_dir():
                shutil.rmtree(item, ignore_errors=True)
            else:
                item.unlink(missing_ok=True)
        skip = shutil.ignore_patterns(".ipynb_checkpoints")
        shutil.copytree(source, self.root, dirs_exist_ok=True, ignore=skip)

    def fresh_home(self) -> None:
        """Empty the participant's folder, so the next test starts a new participant."""
        for item in self.home.iterdir():
            if item.is_dir():
                shutil.rmtree(item, ignore_errors=True)
            else:
                item.unlink(missing_ok=True)

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.shutdown_kernels()
            http_request(self.api("shutdown"), "POST", timeout=10)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=STOP_S)
        stop_process_group(self.process)
        kill_leftovers(str(self.base / "runtime"))


# --- JupyterLab in the browser -----------------------------------------------------------


def _playwright_timeout() -> type[Exception]:
    # Imported late: this module must load (and the suite skip) without playwright.
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    return PlaywrightTimeoutError


_KERNEL_READY_JS = """() => {
  const bar = document.querySelector('#jp-main-statusbar');
  const name = document.querySelector(
    '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Toolbar-kernelName');
  return !!bar && !!name && /\\|\\s*Idle/.test(bar.innerText)
      && !/No Kernel/.test(name.innerText);
}"""

_CELLS_JS = """() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) return null;
  return Array.from(panel.querySelectorAll('.jp-Cell.jp-CodeCell')).map(cell => {
    const prompt = cell.querySelector('.jp-InputArea-prompt');
    const editor = cell.querySelector('.cm-content');
    return {
      prompt: prompt ? prompt.textContent.trim() : '',
      source: editor ? editor.innerText.trim() : '',
      errors: cell.querySelectorAll(
        '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').length,
    };
  });
}"""

# Done when nothing is queued or running and either every non-empty code cell has an
# execution count or one cell errored (Run All stops at the first error).
_RUN_FINISHED_JS = """() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) return false;
  const indicator = panel.querySelector('.jp-Notebook-ExecutionIndicator');
  if (indicator && indicator.dataset.status !== 'idle') return false;
  const cells = Array.from(panel.querySelectorAll('.jp-Cell.jp-CodeCell'));
  const prompts = cells.map(c => (c.querySelector('.jp-InputArea-prompt') || {}).textContent || '');
  if (prompts.some(p => p.includes('*'))) return false;
  const errored = Array.from(panel.querySelectorAll(
    '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'))
    .some(e => /Traceback|Error/.test(e.innerText));
  const pending = cells.filter((c, i) => {
    const editor = c.querySelector('.cm-content');
    return editor && editor.innerText.trim() !== '' && !/\\[\\d+\\]/.test(prompts[i]);
  });
  return pending.length === 0 || errored;
}"""

_OUTPUTS_JS = """(mime) => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) return [];
  const selector = mime ? `.jp-OutputArea-output[data-mime-type="${mime}"]`
                        : '.jp-OutputArea-output';
  return Array.from(panel.querySelectorAll(selector)).map(e => e.innerText);
}"""


_WIDGET_COUNT_JS = """() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) return 0;
  return Array.from(panel.querySelectorAll('.jp-OutputArea-output')).filter(output =>
    Array.from(output.children).some(child =>
      child.classList.contains('jupyter-widgets')
      || Array.from(child.classList).some(name => name.startsWith('widget-')))).length;
}"""


# The window height at which the open notebook needs no scrolling.
_NOTEBOOK_HEIGHT_JS = """() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const scroller = panel && panel.querySelector('.jp-WindowedPanel-outer, .jp-Notebook');
  if (!scroller) return window.innerHeight;
  return window.innerHeight + scroller.scrollHeight - scroller.clientHeight + 40;
}"""


class JupyterLab:
    """One browser tab on a JupyterLab server, driven the way a participant drives it."""

    def __init__(self, page, server: LabServer, artifacts: Path, prefix: str):
        self.page = page
        self.server = server
        self.artifacts = artifacts
        self.prefix = prefix

    # opening and waiting

    def open_notebook(self, name: str) -> None:
        """Open ``name`` (relative to the server root) and wait for its kernel to be idle.

        Any open notebook is closed first (changes discarded), then File > Open from
        Path… opens this one, read afresh from disk, in the JupyterLab already loaded.
        """
        self.close_all()
        self.menu("File", "Open from Path")
        dialog = self.page.locator(".jp-Dialog")
        dialog.locator("input").fill(name)
        dialog.locator(".jp-mod-accept").click()
        self.page.wait_for_selector(
            ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell", timeout=PAGE_LOAD_MS
        )
        self.wait_kernel_ready()

    def close_all(self) -> None:
        """File > Close All Tabs, answering Discard when asked to save a notebook."""
        panels = self.page.locator(".jp-NotebookPanel")
        if panels.count() == 0:
            return
        self.menu("File", "Close All Tabs")
        dialog = self.page.locator(".jp-Dialog")
        for _ in range(20):
            self.page.wait_for_function(
                "() => !!document.querySelector('.jp-Dialog')"
                " || !document.querySelector('.jp-NotebookPanel')",
                timeout=WIDGETS_MS,
            )
            if dialog.count() == 0:
                return
            dialog.get_by_role("button", name="Discard").click()
            dialog.wait_for(state="detached", timeout=WIDGETS_MS)
        raise AssertionError("JupyterLab kept asking questions while closing its tabs")

    def accept_kernel_dialog(self) -> None:
        """If JupyterLab asks which kernel to use, take the one it proposes."""
        dialog = self.page.locator(".jp-Dialog")
        if dialog.count() and "Select Kernel" in dialog.first.inner_text():
            dialog.locator(".jp-mod-accept").first.click()

    def wait_kernel_ready(self, timeout_ms: int = KERNEL_READY_MS) -> None:
        end = time.monotonic() + timeout_ms / 1000
        while True:
            self.accept_kernel_dialog()
            try:
                self.page.wait_for_function(_KERNEL_READY_JS, timeout=2_000)
                return
            except _playwright_timeout():
                if time.monotonic() > end:
                    self.screenshot("kernel-not-ready")
                    raise

    def menu(self, top: str, item: str) -> None:
        """Click a menu of the menu bar, then one of its items, by their visible names."""
        self.page.get_by_role("menuitem", name=top, exact=True).click()
        entry = self.page.locator(".lm-Menu .lm-Menu-item").filter(
            has=self.page.locator(".lm-Menu-itemLabel", has_text=re.compile(f"^{re.escape(item)}"))
        )
        entry.first.click()

    # running

    def clear_outputs(self) -> None:
        self.menu("Edit", "Clear Outputs of All Cells")
        self.page.wait_for_function(
            "() => !document.querySelector("
            "'.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output')",
            timeout=WIDGETS_MS,
        )

    def run_all(self, timeout_ms: int = RUN_ALL_MS) -> None:
        """Run > Run All Cells, then wait until every cell ran or one failed."""
        self.clear_outputs()
        self.menu("Run", "Run All Cells")
        self.accept_kernel_dialog()
        self.page.wait_for_function(_RUN_FINISHED_JS, timeout=timeout_ms, polling=250)
        self.wait_kernel_ready()

    def restart_kernel(self) -> None:
        """Kernel > Restart Kernel…, confirm, and wait for the new kernel to be idle."""
        self.menu("Kernel", "Restart Kernel")
        dialog = self.page.locator(".jp-Dialog")
        dialog.wait_for(timeout=WIDGETS_MS)
        dialog.locator(".jp-mod-accept").first.click()
        dialog.wait_for(state="detached", timeout=WIDGETS_MS)
        self.wait_kernel_ready()

    # one cell at a time, as a participant types

    def code_cell(self, containing: str):
        """The code cell whose source contains ``containing`` (exactly one must match).

        The locator points at the cell by position, so it stays valid after the
        participant types something else into it.
        """
        sources = [cell["source"] for cell in self.cells()]
        where = [i for i, source in enumerate(sources) if containing in source]
        if len(where) != 1:
            raise AssertionError(f"{len(where)} code cells contain {containing!r}; expected one")
        cells = self.page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell")
        return cells.nth(where[0])

    def type_into(self, cell, source: str) -> None:
        """Replace the source of ``cell`` by typing, as a participant edits it."""
        editor = cell.locator(".cm-content")
        editor.click()
        self.page.keyboard.press("ControlOrMeta+a")
        self.page.keyboard.press("Delete")
        self.page.keyboard.insert_text(source)
        self.page.wait_for_function(
            "([e, text]) => { const flat = t => t.replace(/\\s+/g, ' ').trim();"
            " return flat(e.innerText) === flat(text); }",
            arg=[editor.element_handle(), source],
            timeout=WIDGETS_MS,
        )

    def run_cell(self, cell, timeout_ms: int = RUN_ALL_MS) -> str:
        """Shift+Enter in ``cell``; wait for a new execution count; return its output text."""
        prompt = cell.locator(".jp-InputArea-prompt")
        before = prompt.inner_text().strip()
        cell.locator(".cm-content").click()
        self.page.keyboard.press("Shift+Enter")
        self.page.wait_for_function(
            "([p, before]) => /\\[\\d+\\]/.test(p.textContent) && p.textContent.trim() !== before",
            arg=[prompt.element_handle(), before],
            timeout=timeout_ms,
        )
        self.wait_kernel_ready()
        return cell.locator(".jp-OutputArea").inner_text()

    def save(self) -> None:
        """File > Save Notebook, and wait until the tab no longer shows unsaved changes."""
        self.menu("File", "Save Notebook")
        self.page.wait_for_function(
            "() => !document.querySelector('.lm-TabBar-tab.lm-mod-current.jp-mod-dirty')",
            timeout=WIDGETS_MS,
        )

    def press_tab_until(self, predicate_js: str, limit: int = 60) -> None:
        """Press Tab until ``predicate_js`` (given the focused element) returns true."""
        for _ in range(limit):
            self.page.keyboard.press("Tab")
            if self.page.evaluate(f"() => ({predicate_js})(document.activeElement)"):
                return
        focused = self.page.evaluate("() => document.activeElement.outerHTML.slice(0, 200)")
        raise AssertionError(f"{limit} presses of Tab never reached it; focus is on {focused}")

    # looking at the results

    def cells(self) -> list[dict]:
        return self.page.evaluate(_CELLS_JS) or []

    def outputs(self, mime: str | None = None) -> list[str]:
        return self.page.evaluate(_OUTPUTS_JS, mime)

    def errors(self) -> list[str]:
        """Every traceback and every stderr text shown under a cell (progress bars aside)."""
        shown = self.outputs("application/vnd.jupyter.stderr")
        return [text for text in shown if not PROGRESS_BAR.search(text)]

    def widget_problems(self, timeout_ms: int = WIDGETS_MS) -> list[str]:
        """Wait for widget views to settle, then list outputs that are not real widgets."""
        placeholder = " || ".join(f"t.includes({json.dumps(text)})" for text in WIDGET_PLACEHOLDERS)
        # A placeholder still there at the deadline is reported below, with its text.
        with contextlib.suppress(_playwright_timeout()):
            self.page.wait_for_function(
                "() => !Array.from(document.querySelectorAll("
                "'.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output'))"
                f".some(e => {{ const t = e.innerText; return {placeholder}; }})",
                timeout=timeout_ms,
            )
        problems = []
        for text in self.outputs():
            if any(marker in text for marker in WIDGET_PLACEHOLDERS):
                problems.append(text[:300])
        # A widget shown as its text (no widget manager) or printed instead of displayed.
        for mime in ("text/plain", "application/vnd.jupyter.stdout"):
            problems += [text[:300] for text in self.outputs(mime) if WIDGET_REPR.search(text)]
        return problems

    def widget_count(self) -> int:
        """How many outputs are live widget views (ipywidgets 8 draws ``widget-*`` nodes)."""
        return self.page.evaluate(_WIDGET_COUNT_JS)

    def assert_ran_cleanly(self) -> None:
        """After Run All: no error or warning shown, every widget drawn, every cell run."""
        errors = self.errors()
        assert errors == [], "cells showed errors or warnings:\n" + "\n---\n".join(errors)
        problems = self.widget_problems()
        assert problems == [], f"widgets did not render: {problems}"
        not_run = [c["source"][:60] for c in self.cells() if c["source"] and "[ ]" in c["prompt"]]
        assert not_run == [], f"cells that did not run: {not_run}"
        assert self.page.dialogs == [], f"dialogs opened: {self.page.dialogs}"

    def screenshot(self, name: str, full_page: bool = False) -> Path:
        """Save the window; ``full_page=True`` grows it so the whole notebook is in view."""
        if not full_page:
            return save_screenshot(self.page, self.artifacts, f"{self.prefix}-{name}")
        size = self.page.viewport_size
        height = self.page.evaluate(_NOTEBOOK_HEIGHT_JS)
        self.page.set_viewport_size({"width": size["width"], "height": min(height, 20_000)})
        try:
            return save_screenshot(self.page, self.artifacts, f"{self.prefix}-{name}")
        finally:
            self.page.set_viewport_size(size)


def save_screenshot(page, folder: Path, name: str, full_page: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{re.sub(r'[^A-Za-z0-9_.-]+', '-', name)}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
