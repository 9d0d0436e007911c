"""JupyterLab in Chromium, driven the way a participant drives it (menus, keys, clicks).

:class:`JupyterLab` opens notebooks, runs them with Run > Run All Cells, restarts the
kernel, types into cells and reads back what the page shows: tracebacks and warnings,
widgets drawn as widgets or left as text placeholders.
"""

from __future__ import annotations

import contextlib
import json
import re
import time
from pathlib import Path

from .pages import KERNEL_READY_MS, PAGE_LOAD_MS, RUN_ALL_MS, WIDGETS_MS, save_screenshot
from .servers import LabServer

# Text a widget output shows when it did NOT render as a widget.
WIDGET_PLACEHOLDERS = ("Loading widget...", "Error displaying widget", "model not found")
# The text/plain fallback of an ipywidget, e.g. "HBox(children=(Label(value='a'),))".
WIDGET_REPR = re.compile(
    r"^\s*(?:[A-Z][A-Za-z]*)\((?:children|options|value|description|layout|index|"
    r"outputs|_dom_classes|style)="
)
# A progress bar written to stderr is not a problem a participant has to deal with.
PROGRESS_BAR = re.compile(r"\d+%\|")


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


# The window height at which the open notebook needs no scrolling (scrolled to its top).
_NOTEBOOK_HEIGHT_JS = """() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const scroller = panel && (panel.querySelector('.jp-WindowedPanel-outer')
                             || panel.querySelector('.jp-Notebook'));
  if (!scroller) return window.innerHeight;
  scroller.scrollTop = 0;
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
