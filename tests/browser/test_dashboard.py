"""Issue 9: ``realnet dashboard`` serves the widgets through Voila, without code in sight.

The command is started from an unrelated folder with a fresh participant home; the
address it prints is opened in Chromium. Every tab must draw real widgets (no error
note, no placeholder) under a title that is readable in full; the header's numbers must
agree with the scoring card's; a tick box hides names for a projector; an answer
clicked on the scoring card must land in the same workbook the notebooks use; a
participant who never sees code must be able to make a plan (time a week, first day,
one button), accept an action, export the calendar and download it from the page; and
the server must be gone once the command is stopped.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pandas as pd
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


LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


def test_dashboard_renders_widgets_and_saves_to_the_workbook(page, tmp_path, artifacts):
    elsewhere = tmp_path / "somewhere-else"
    elsewhere.mkdir()
    home = tmp_path / "realnet-home"
    home.mkdir(mode=0o700)
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

        # Every request that leaves this computer is refused and remembered.
        elsewhere_requests: list[str] = []

        def refuse_remote(route):
            host = urllib.parse.urlsplit(route.request.url).hostname or ""
            if route.request.url.startswith(("data:", "blob:")) or host in LOCAL_HOSTS:
                route.continue_()
            else:
                elsewhere_requests.append(route.request.url)
                route.abort()

        page.route("**/*", refuse_remote)
        # Voila runs the dashboard notebook before it answers: allow a slow machine.
        page.goto(url, timeout=3 * PAGE_LOAD_MS)
        dashboard = page.locator(".realnet-dashboard")
        dashboard.wait_for(timeout=3 * PAGE_LOAD_MS)
        card = page.locator(".realnet-scoring-card")
        card.locator(".realnet-card-name").wait_for(timeout=PAGE_LOAD_MS)
        _assert_nothing_broken(page)
        save_screenshot(page, artifacts, "dashboard-scoring")
        assert elsewhere_requests == [], "the dashboard asked other hosts for files"
        html = page.content()
        assert "cdn.jsdelivr.net" not in html and "Content-Security-Policy" in html
        _assert_counts_agree(page)
        _assert_tab_titles_whole(page)
        page.set_viewport_size({"width": 760, "height": 900})  # a small laptop window
        _assert_tab_titles_whole(page)
        page.set_viewport_size({"width": 1400, "height": 900})

        # Presenter mode by a tick box: the name on the card becomes a pseudonym, and back.
        name = card.locator(".realnet-card-name").inner_text()
        switch = page.locator(".realnet-presenter-switch input[type=checkbox]")
        switch.check()
        page.wait_for_function(
            "n => document.querySelector('.realnet-card-name').innerText !== n",
            arg=name,
            timeout=PAGE_LOAD_MS,
        )
        switch.uncheck()
        page.wait_for_function(
            "n => document.querySelector('.realnet-card-name').innerText === n",
            arg=name,
            timeout=PAGE_LOAD_MS,
        )

        # Before any score the plan tab says so kindly, and leads back to the scoring.
        tabs = page.locator(".realnet-dashboard-tabs .lm-TabBar-tab")
        _open_tab(page, tabs, 1)
        maker = page.locator(".realnet-plan-maker")
        maker.get_by_text("You have not scored anyone yet").wait_for(timeout=PAGE_LOAD_MS)
        assert "plan_actions" not in page.locator("body").inner_text(), "code in a code-free page"
        maker.get_by_role("button", name="Go to scoring").click()
        page.wait_for_function(
            "() => document.querySelector('.realnet-dashboard-tabs .lm-TabBar-tab.lm-mod-current')"
            ".innerText.includes('Score')",
            timeout=PAGE_LOAD_MS,
        )

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
            _open_tab(page, tabs, index)
            if index == 1:  # opening the tab reads the scores again
                page.get_by_text(re.compile(r"^You have scored 1 contact:")).wait_for(
                    timeout=PAGE_LOAD_MS
                )
            _assert_nothing_broken(page)
            save_screenshot(page, artifacts, f"dashboard-tab-{index + 1}")

        _make_a_plan_without_code(page, tabs, home, artifacts)

        # The log tab now knows whom the plan makes due.
        _open_tab(page, tabs, 2)
        log_tab = page.locator(".realnet-log-tab")
        log_tab.get_by_role("button", name="Log", exact=True).first.wait_for(timeout=PAGE_LOAD_MS)
        assert "Nobody has a rhythm yet" not in log_tab.inner_text()
        save_screenshot(page, artifacts, "dashboard-log-after-plan")
        _assert_nothing_broken(page)

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


def _open_tab(page, tabs, index: int) -> None:
    tabs.nth(index).click()
    page.wait_for_function(
        "i => { const panes = document.querySelectorAll("
        "'.realnet-dashboard-tabs .widget-tab-contents > .lm-Widget');"
        " return panes[i] && !panes[i].classList.contains('lm-mod-hidden')"
        " && panes[i].innerText.trim().length > 0; }",
        arg=index,
        timeout=PAGE_LOAD_MS,
    )


def _assert_tab_titles_whole(page) -> None:
    """Every tab title is drawn in full: no ellipsis, nothing clipped."""
    from realnet_kit.dashboard.app import TABS

    labels = page.locator(".realnet-dashboard-tabs .lm-TabBar-tabLabel")
    # The label may not be clipped by itself (ellipsis) nor by its tab (which hides
    # whatever passes its padding).
    shown = labels.evaluate_all(
        "els => els.map(e => { const tab = e.closest('.lm-TabBar-tab');"
        " const room = tab.getBoundingClientRect().right"
        " - parseFloat(getComputedStyle(tab).paddingRight);"
        " return [e.innerText, e.scrollWidth, e.clientWidth,"
        " e.getBoundingClientRect().right, room]; })"
    )
    bar = page.locator(".realnet-dashboard-tabs > .lm-TabBar").bounding_box()
    assert [text for text, *_ in shown] == [title for _, title in TABS]
    for text, scroll, client, right, room in shown:
        assert scroll <= client + 1, f"the tab title {text!r} ends in an ellipsis"
        assert right <= room + 0.5, f"the tab title {text!r} is cut off by its tab"
        assert right <= bar["x"] + bar["width"] + 1, f"the tab {text!r} runs off the page"


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def _assert_counts_agree(page) -> None:
    """The header says what it counts, and its numbers are the scoring card's."""
    header = page.locator(".realnet-dashboard-header").inner_text()
    accounts = re.search(r"([\d,]+) accounts", header)
    worth = re.search(r"([\d,]+) of them are worth scoring", header)
    assert accounts and worth, header
    assert "counts twice" in header, "accounts per platform: the header must say so"
    app = page.locator(".realnet-scoring-app").inner_text()
    on_card = re.search(r"of your ([\d,]+) contacts", app)
    assert on_card and _number(on_card.group(1)) == _number(worth.group(1)), (header, app)
    rest = header.split("stay on the scoreboard:")[1].split(".")[0]
    parts = sum(_number(n) for n in re.findall(r"\d[\d,]*", rest))
    assert parts == _number(accounts.group(1)) - _number(worth.group(1)), header


def _make_a_plan_without_code(page, tabs, home, artifacts) -> None:
    """Plan tab: owner's answers, 2 hours a week, a first day, Make my plan, accept, export."""
    from icalendar import Calendar

    from realnet_kit import Workbook

    _open_tab(page, tabs, 1)
    maker = page.locator(".realnet-plan-maker")
    maker.get_by_text(re.compile(r"^You have scored 1 contact:")).wait_for(timeout=PAGE_LOAD_MS)
    maker.get_by_role("button", name=re.compile("Fill in the band's own answers")).click()
    maker.get_by_text(re.compile(r"Filled in the band's own answers for [\d,]+ contacts")).wait_for(
        timeout=PAGE_LOAD_MS
    )
    # Four steps down from three hours, with the keyboard on the slider's handle.
    maker.locator(".noUi-handle").first.focus()
    for _ in range(4):
        page.keyboard.press("ArrowLeft")
    maker.get_by_text("2 hours a week").wait_for(timeout=PAGE_LOAD_MS)
    day = maker.locator("input[type=date]").first
    first = dt.date.today() + dt.timedelta(days=3)  # the sample's dates are moved to today's
    day.fill(first.isoformat())
    day.press("Tab")
    maker.get_by_role("button", name="Make my plan").click()
    maker.get_by_text("Your plan is ready").wait_for(timeout=PAGE_LOAD_MS)
    editor = page.locator(".realnet-plan-editor")
    editor.locator("textarea").first.wait_for(timeout=PAGE_LOAD_MS)
    _assert_nothing_broken(page)
    save_screenshot(page, artifacts, "dashboard-plan-made", full_page=True)

    workbook_path = next(home.glob("*.sqlite"))
    with Workbook(workbook_path) as saved:
        plan = saved.plan()
    assert len(plan) > 0 and (plan["status"] == "proposed").all()
    assert plan["due"].min() >= pd.Timestamp(first, tz="UTC"), "the first day chosen"
    week = plan["due"] < pd.Timestamp(first + dt.timedelta(days=7), tz="UTC")
    assert 0 < plan.loc[week, "minutes"].sum() <= 120, "two hours a week, as chosen"
    assert editor.locator("textarea").first.input_value() == plan["action"].iloc[0]

    # Accept the first action: saved in the workbook at once.
    editor.get_by_role("button", name="Accept", exact=True).first.click()
    editor.get_by_text("Saved: marked accepted").wait_for(timeout=PAGE_LOAD_MS)
    with Workbook(workbook_path) as saved:
        statuses = saved.plan().set_index("plan_id")["status"]
    assert statuses.loc[plan["plan_id"].iloc[0]] == "accepted"

    # Export: files in the participant's home, their paths on the page, and a download.
    editor.get_by_role("button", name=re.compile("Export calendar")).click()
    files = page.locator(".realnet-plan-files")
    files.wait_for(timeout=PAGE_LOAD_MS)
    folder = home / "handouts" / "band"
    calendar = folder / "realnet-plan.ics"
    assert calendar.is_file() and (folder / "realnet-plan.html").is_file()
    assert (folder / "realnet-plan.csv").is_file()
    assert str(calendar) in files.inner_text()
    events = list(Calendar.from_ical(calendar.read_bytes()).walk("VEVENT"))
    assert len(events) == len(plan)
    with page.expect_download(timeout=PAGE_LOAD_MS) as download:
        files.get_by_text("Download realnet-plan.ics").click()
    assert download.value.suggested_filename == "realnet-plan.ics"
    assert Path(download.value.path()).read_bytes() == calendar.read_bytes()
    _assert_nothing_broken(page)
    files.scroll_into_view_if_needed()
    save_screenshot(page, artifacts, "dashboard-plan-exported")
