"""Chromium pages for the browser tests: launch flags, a script probe, screenshots.

Waits in the tests are on conditions (a DOM state, an HTTP answer) with generous
deadlines rather than fixed sleeps, so they hold on a slow two-core machine.
"""

from __future__ import annotations

import re
from pathlib import Path

# Playwright deadlines in milliseconds; only reached when something is wrong.
PAGE_LOAD_MS = 90_000
KERNEL_READY_MS = 90_000
RUN_ALL_MS = 240_000
WIDGETS_MS = 60_000

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


def save_screenshot(page, folder: Path, name: str, full_page: bool = False) -> Path:
    """Save ``page`` as ``folder/name.png`` (the name made safe for a file system)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{re.sub(r'[^A-Za-z0-9_.-]+', '-', name)}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
