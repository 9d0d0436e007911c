"""Refresh the screenshots of the dashboard in ``docs/screenshots/`` (run by hand).

Starts ``realnet dashboard band`` with a fresh, temporary participant home, opens it in
Chromium at 1280x800 and walks through the workshop's five steps the way a participant
does: a guess, a few people scored, the owner's answers filled in, a plan made, a moment
logged. One picture per step is saved, as a small 256-colour PNG, and the server is
stopped. Nothing is fetched from the internet; nothing of yours is read or written.

    python docs/screenshots.py            # needs Chromium (/usr/bin/chromium) and playwright

The browser tests do not run this script; the README links one of its pictures.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
VIEWPORT = {"width": 1280, "height": 800}
#: Quick keys typed for the people scored on the card: a close friend, then a fan.
ANSWERS = ("33333343", "33223333", "11001121")
WAIT_MS = 120_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_dashboard(home: Path, port: int) -> tuple[subprocess.Popen, str]:
    """``realnet dashboard band`` in its own process group; returns it and its address."""
    # A home of its own: the page shows the workbook as ~/.realnet/..., as on a laptop.
    env = dict(os.environ, HOME=str(home), REALNET_HOME=str(home / ".realnet"),
               JUPYTER_RUNTIME_DIR=str(home / "runtime"))  # fmt: skip
    env.pop("REALNET_PRESENTER", None)
    log = home / "dashboard.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "realnet_kit", "dashboard", "band", "--no-browser",
             "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, text=True, env=env,
            start_new_session=True,
        )  # fmt: skip
    end = time.monotonic() + WAIT_MS / 1000
    while time.monotonic() < end:
        found = re.search(r"(http://localhost:\d+/\?token=\S+)", log.read_text())
        if found and port_answers(port):
            return process, found.group(1)
        if process.poll() is not None:
            break
        time.sleep(0.3)
    raise RuntimeError(f"realnet dashboard did not start:\n{log.read_text()[-2000:]}")


def port_answers(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def stop_kernels_of(home: Path) -> None:
    """End the kernels this run's dashboard started (their command line names ``home``)."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if str(home) in command and int(entry.name) != os.getpid():
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(entry.name), signal.SIGTERM)


def small_png(path: Path) -> None:
    """Keep the picture small: 256 colours are plenty for a page of text."""
    from PIL import Image

    with Image.open(path) as image:
        image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(
            path, optimize=True
        )


def step(page, index: int) -> None:
    page.locator(".realnet-step").nth(index).click()
    page.get_by_role("heading", name=re.compile(f"^Step {index + 1} of 5")).wait_for(
        timeout=WAIT_MS
    )
    page.wait_for_timeout(1500)  # pictures drawn, no spinner left


def shoot(page, name: str) -> Path:
    path = OUT / f"{name}.png"
    page.evaluate("() => document.getElementById('rendered_cells').scrollTo(0, 0)")
    page.screenshot(path=str(path))
    small_png(path)
    print(f"{path.relative_to(HERE.parent)}  {path.stat().st_size / 1024:.0f} KB")
    return path


def main() -> int:
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        print(f"Chromium is needed at {CHROMIUM} (apt-get install chromium)", file=sys.stderr)
        return 2
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="realnet-screenshots-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir(mode=0o700)
        process, url = start_dashboard(home, free_port())
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
                )
                page = browser.new_page(viewport=VIEWPORT)
                page.goto(url, timeout=3 * WAIT_MS)
                page.locator(".realnet-scoreboard-step img").wait_for(timeout=3 * WAIT_MS)
                board = page.locator(".realnet-scoreboard-step")
                board.get_by_label("Your guess").fill("300")
                board.get_by_role("button", name="Save my guess").click()
                page.get_by_text("You guessed 300.").first.wait_for(timeout=WAIT_MS)
                page.wait_for_timeout(1000)
                shoot(page, "1-scoreboard")

                step(page, 1)
                shoot(page, "2-who-is-waiting")

                step(page, 2)
                keys = page.get_by_placeholder(re.compile("^one digit per question"))
                for answers in ANSWERS:
                    keys.fill(answers)
                    keys.press("Enter")
                    page.wait_for_timeout(700)
                page.wait_for_timeout(2500)  # the rings are redrawn after a pause
                shoot(page, "3-score")

                step(page, 3)
                maker = page.locator(".realnet-plan-maker")
                maker.get_by_role("button", name=re.compile("Fill in the band's own")).click()
                maker.get_by_text(re.compile("Filled in the band's own answers")).wait_for(
                    timeout=WAIT_MS
                )
                maker.get_by_role("button", name="Make my plan").click()
                maker.get_by_text("Your plan is ready").wait_for(timeout=WAIT_MS)
                page.wait_for_timeout(1000)
                shoot(page, "4-plan")

                step(page, 4)
                shoot(page, "5-keep-it-up")
                browser.close()
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
            time.sleep(0.5)
            stop_kernels_of(home)
    return 0


if __name__ == "__main__":
    sys.exit(main())
