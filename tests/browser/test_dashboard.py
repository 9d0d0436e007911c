"""Issues 9, 14 and 19: ``realnet dashboard`` in Chromium, the workshop without code.

The command is started once for this module, from an unrelated folder with a fresh
participant home; each test opens the address it prints on a fresh band workbook. Every
step must draw real widgets (no error note, no placeholder) under a step button readable
in full; the counts must agree with the scoring card's; a tick box hides names for a
projector; an answer clicked on the card lands in the workbook the notebooks use; a
participant who never sees code makes a plan, accepts an action, exports the calendar
and downloads it; the funnel shows the guess, and *I answered* on the waiting list is
kept in the workbook; twenty people are scored and a plan made with the keyboard alone;
axe-core finds no critical or serious violation on any step, and no step scrolls
sideways at 1280x800, 1920x1080 or 200% zoom. The server must be gone once stopped.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from .accessibility import assert_accessible, run_axe
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


@dataclass
class Dashboard:
    """The running ``realnet dashboard``: its address and the participant's home."""

    url: str
    home: Path
    port: int

    def fresh_workbook(self) -> None:
        """Forget the band's workbook: the next page starts a new participant."""
        for path in self.home.glob("sample-band.sqlite*"):
            path.unlink()

    def workbook_path(self) -> Path:
        workbooks = sorted(self.home.glob("*.sqlite"))
        assert len(workbooks) == 1, f"expected one workbook in {self.home}, found {workbooks}"
        return workbooks[0]


@pytest.fixture(scope="module")
def dashboard(browser, tmp_path_factory):
    """``realnet dashboard --no-browser`` on the band, started once, stopped at the end."""
    tmp_path = tmp_path_factory.mktemp("dashboard")
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
        yield Dashboard(url, home, port)
    finally:
        stop_process_group(process)
        kill_leftovers(str(tmp_path / "jupyter" / "runtime"))
        for line in output.lines:
            found = VOILA_KERNELS.search(line)
            if found:
                kill_leftovers(found.group(1))
    assert not port_is_open(port), "Voila still answers after the dashboard was stopped"


def _open(page, dashboard: Dashboard) -> None:
    """Open the dashboard on a fresh workbook and wait for the first step."""
    dashboard.fresh_workbook()
    # Voila runs the dashboard notebook before it answers: allow a slow machine.
    page.goto(dashboard.url, timeout=3 * PAGE_LOAD_MS)
    page.locator(".realnet-dashboard").wait_for(timeout=3 * PAGE_LOAD_MS)
    page.locator(".realnet-scoreboard-step img").wait_for(timeout=PAGE_LOAD_MS)


def test_dashboard_renders_widgets_and_saves_to_the_workbook(page, dashboard, artifacts):
    _open(page, dashboard)
    _open_step(page, 2)
    card = page.locator(".realnet-scoring-card")
    card.locator(".realnet-card-name").wait_for(timeout=PAGE_LOAD_MS)
    _assert_nothing_broken(page)
    save_screenshot(page, artifacts, "dashboard-scoring")
    assert page.remote_requests == [], "the dashboard asked other hosts for files"
    html = page.content()
    assert "cdn.jsdelivr.net" not in html and "Content-Security-Policy" in html
    profile = card.get_by_role("link", name=re.compile(r"^Open their .+ profile$"))
    assert profile.count() <= 1 and "intent/user" not in card.inner_text()
    _assert_step_titles_whole(page)
    page.set_viewport_size({"width": 760, "height": 900})  # a small laptop window
    _assert_step_titles_whole(page)
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

    # Before any score the plan step says so kindly, and leads back to the scoring.
    _open_step(page, 3)
    maker = page.locator(".realnet-plan-maker")
    maker.get_by_text("You have not scored anyone yet").wait_for(timeout=PAGE_LOAD_MS)
    assert "plan_actions" not in page.locator("body").inner_text(), "code in a code-free page"
    maker.get_by_role("button", name="Go to scoring").click()
    page.get_by_role("heading", name=re.compile("^Step 3 of 5")).wait_for(timeout=PAGE_LOAD_MS)

    # One answer by click: saved at once, in the participant's workbook.
    card.locator(".realnet-q-ideas button", has_text="often").first.click()
    page.wait_for_function(
        "() => /\\b1 of (?:today.s )?[\\d,]+ scored/.test("
        "document.querySelector('.realnet-scoring-card').innerText)",
        timeout=PAGE_LOAD_MS,
    )
    page.locator(".realnet-ring [role=img][aria-label^='1 of ']").wait_for(timeout=PAGE_LOAD_MS)
    from realnet_kit import QUESTIONS, Workbook

    # The band sample keeps its own workbook in the participant's home (the one the
    # notebooks open on the same sample), apart from the participant's own data.
    with Workbook(dashboard.workbook_path()) as saved:
        scores = saved.scores()
    assert len(scores) == 1
    assert int(scores["ideas"].iloc[0]) == QUESTIONS["ideas"].options.index("often")
    _assert_counts_agree(page)

    # Every step draws its widgets.
    for index in range(5):
        _open_step(page, index)
        if index == 3:  # opening the step reads the scores again
            page.get_by_text(re.compile(r"^You have scored 1 contact:")).wait_for(
                timeout=PAGE_LOAD_MS
            )
        _assert_nothing_broken(page)
        save_screenshot(page, artifacts, f"dashboard-step-{index + 1}")

    _make_a_plan_without_code(page, dashboard, artifacts)

    # Keep it up now knows whom the plan makes due.
    _open_step(page, 4)
    log_tab = page.locator(".realnet-log-tab")
    log_tab.get_by_role("button", name="Log", exact=True).first.wait_for(timeout=PAGE_LOAD_MS)
    assert "Nobody has a rhythm yet" not in log_tab.inner_text()
    # A moment logged in three clicks: Log (the person due), what happened, Log it.
    with Workbook(dashboard.workbook_path()) as saved:
        before = len(saved.interactions())
    log_tab.get_by_role("button", name="Log", exact=True).first.click()
    log_tab.get_by_role("button", name="Call", exact=True).click()
    log_tab.get_by_role("button", name="Log it").click()
    log_tab.get_by_text(re.compile(r"^Logged: call with ")).wait_for(timeout=PAGE_LOAD_MS)
    with Workbook(dashboard.workbook_path()) as saved:
        assert len(saved.interactions()) == before + 1
    save_screenshot(page, artifacts, "dashboard-log-after-plan")
    _assert_nothing_broken(page)

    probe = script_probe(page)
    assert page.dialogs == [] and probe["calls"] == [], (page.dialogs, probe)
    assert page.remote_requests == [], "the dashboard asked other hosts for files"


def _open_step(page, index: int) -> None:
    """Press a step's button and wait until the step says it is shown."""
    page.locator(".realnet-step").nth(index).click()
    _wait_for_step(page, index)


#: The widget each step draws, in the order of the step buttons.
STEP_WIDGETS = (
    ".realnet-scoreboard-step",
    ".realnet-waiting-step",
    ".realnet-scoring-app",
    ".realnet-plan-maker",
    ".realnet-log-tab",
)


def _wait_for_step(page, index: int) -> None:
    """The heading names the step and the step's own widget is drawn (a step is built
    in the kernel the first time it is shown, so it can arrive after its heading)."""
    page.get_by_role("heading", name=re.compile(f"^Step {index + 1} of 5")).wait_for(
        timeout=PAGE_LOAD_MS
    )
    page.locator(f".realnet-dashboard-steps {STEP_WIDGETS[index]}").first.wait_for(
        timeout=PAGE_LOAD_MS
    )


def _assert_step_titles_whole(page) -> None:
    """Every step button's title is drawn in full: nothing clipped, nothing off the page."""
    from realnet_kit.dashboard.app import TABS

    shown = page.locator(".realnet-step").evaluate_all(
        "els => els.map(e => [e.innerText.trim(), e.scrollWidth, e.clientWidth,"
        " e.getBoundingClientRect().right, document.documentElement.clientWidth])"
    )
    assert [text for text, *_ in shown] == [title for _, title in TABS]
    for text, scroll, client, right, width in shown:
        assert scroll <= client + 1, f"the step {text!r} is cut off"
        assert right <= width + 1, f"the step {text!r} runs off the page"


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def _assert_counts_agree(page) -> None:
    """The header says what it counts, and its numbers are the scoring card's."""
    _open_step(page, 0)
    header = page.locator(".realnet-scoreboard-step").inner_text()
    accounts = re.search(r"([\d,]+) accounts", header)
    worth = re.search(r"([\d,]+) of them are worth scoring", header)
    assert accounts and worth, header
    assert "counts twice" in header, "accounts per platform: the header must say so"
    _open_step(page, 2)
    app = page.locator(".realnet-scoring-app").inner_text()
    on_card = re.search(r"of your ([\d,]+) contacts", app)
    assert on_card and _number(on_card.group(1)) == _number(worth.group(1)), (header, app)
    rest = header.split("stay on the scoreboard:")[1].split(".")[0]
    parts = sum(_number(n) for n in re.findall(r"\d[\d,]*", rest))
    assert parts == _number(accounts.group(1)) - _number(worth.group(1)), header


def _make_a_plan_without_code(page, dashboard, artifacts) -> None:
    """Plan tab: owner's answers, 2 hours a week, a first day, Make my plan, accept, export."""
    from icalendar import Calendar

    from realnet_kit import Workbook

    home = dashboard.home
    _open_step(page, 3)
    maker = page.locator(".realnet-plan-maker")
    maker.get_by_text(re.compile(r"^You have scored 1 contact:")).wait_for(timeout=PAGE_LOAD_MS)
    maker.get_by_role("button", name=re.compile("Fill in the band's own answers")).click()
    maker.get_by_text(re.compile(r"Filled in the band's own answers for [\d,]+ contacts")).wait_for(
        timeout=PAGE_LOAD_MS
    )
    maker.get_by_label("Time a week").select_option(label="2 hours a week")
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


def test_the_funnel_shows_the_guess_and_i_answered_is_kept(page, dashboard, artifacts):
    """Issue 14: the funnel beside the participant's guess; the waiting list answers."""
    from realnet_kit import Workbook
    from realnet_kit.dashboard.steps import ANSWERED_NOTE

    _open(page, dashboard)
    step = page.locator(".realnet-scoreboard-step")
    funnel = step.locator("img")
    alt = funnel.get_attribute("alt")
    assert alt.startswith("Funnel:") and len(re.findall(r"\d[\d,]*", alt)) >= 4, alt
    headline = page.locator(".realnet-dashboard-header .realnet-headline")
    talked = int(re.search(r"([\d,]+) talked with you both ways", headline.inner_text())
                 .group(1).replace(",", ""))  # fmt: skip
    assert f"{talked:,} talked with you both ways" in alt, "the headline is the funnel's last bar"
    assert "not guessed yet" in headline.inner_text()
    step.get_by_label("Your guess").fill("350")
    step.get_by_role("button", name="Save my guess").click()
    page.locator(".realnet-dashboard-header").get_by_text("You guessed 350.").wait_for(
        timeout=PAGE_LOAD_MS
    )
    save_screenshot(page, artifacts, "dashboard-funnel-guess")
    with Workbook(dashboard.workbook_path()) as saved:
        tried = saved.exercise_progress().set_index("exercise")
    assert tried.loc["0.1", "best_answer"] == "350", "notebook 00's guess, which 01 reveals"

    _open_step(page, 1)
    waiting = page.locator(".realnet-waiting-step")
    waiting_count = int(re.search(r"([\d,]+) people wrote to you", waiting.inner_text())
                        .group(1).replace(",", ""))  # fmt: skip
    rows = waiting.locator(".realnet-waiting-row")
    assert rows.count() == 8
    first = rows.first.locator("b").first.inner_text()
    with Workbook(dashboard.workbook_path()) as saved:
        before = len(saved.interactions())
    rows.first.get_by_role("button", name="I answered").click()
    waiting.get_by_text(re.compile(f"^{waiting_count - 1:,} people wrote to you")).wait_for(
        timeout=PAGE_LOAD_MS
    )
    assert first in waiting.locator(".realnet-done").first.locator("xpath=..").inner_text()
    with Workbook(dashboard.workbook_path()) as saved:
        logged = saved.interactions()
    assert len(logged) == before + 1
    assert logged.iloc[-1]["direction"] == "out" and logged.iloc[-1]["note"] == ANSWERED_NOTE
    waiting.get_by_role("button", name=re.compile(r"^Show \d+ more people$")).click()
    page.wait_for_function(
        "() => document.querySelectorAll('.realnet-waiting-row').length > 9",
        timeout=PAGE_LOAD_MS,
    )
    save_screenshot(page, artifacts, "dashboard-waiting-answered")
    _assert_nothing_broken(page)


#: How many people the keyboard-only test scores, and what it types for each: often,
#: something that mattered both ways, certainly both ways, met regularly, talked this
#: past month, very relevant (the inner circle, so the plan has people to plan for).
KEYBOARD_PEOPLE = 20
KEYBOARD_ANSWERS = "33333343"
#: Most key presses to reach one control with Tab (the page has fewer controls).
MOST_TABS = 120


def _focused(page) -> dict:
    """What has the keyboard focus (read only: the test never moves it by script)."""
    return page.evaluate(
        "() => { const e = document.activeElement; const cs = getComputedStyle(e);"
        " return {text: (e.innerText || e.value || '').trim(), tag: e.tagName,"
        " placeholder: e.placeholder || '', outline: cs.outlineStyle + ' '"
        " + cs.outlineWidth}; }"
    )


def _tab_to(page, matches, *, back: bool = False) -> dict:
    """Press Tab (or Shift+Tab) until the focused element ``matches``."""
    for _ in range(MOST_TABS):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        focused = _focused(page)
        if matches(focused):
            return focused
    raise AssertionError(f"Tab never reached the control; last focus: {_focused(page)}")


def test_keyboard_alone_scores_twenty_people_and_makes_a_plan(page, dashboard, artifacts):
    """From page load: key presses only, no click and no focus set by script."""
    from realnet_kit import Workbook

    dashboard.fresh_workbook()
    page.goto(dashboard.url, timeout=3 * PAGE_LOAD_MS)
    page.locator(".realnet-scoreboard-step img").wait_for(timeout=3 * PAGE_LOAD_MS)
    step = _tab_to(page, lambda f: f["tag"] == "BUTTON" and f["text"] == "3 Score")
    assert step["outline"].startswith("solid") and not step["outline"].endswith(" 0px"), (
        f"the focused step button shows no focus ring: {step['outline']}"
    )
    page.keyboard.press("Enter")
    _wait_for_step(page, 2)
    # the card's Quick keys box drawn before the first Tab (waiting moves no focus)
    page.locator("input[placeholder^='one digit']").wait_for(timeout=PAGE_LOAD_MS)
    _tab_to(page, lambda f: f["tag"] == "INPUT" and f["placeholder"].startswith("one digit"))
    for done in range(1, KEYBOARD_PEOPLE + 1):
        page.keyboard.type(KEYBOARD_ANSWERS)
        page.keyboard.press("Enter")
        # Saved, and the box emptied for the next person (as a participant sees it).
        page.wait_for_function(
            "n => new RegExp('\\\\b' + n + ' of (?:today.s )?[\\\\d,]+ scored').test("
            "document.querySelector('.realnet-scoring-card').innerText)"
            " && document.activeElement.value === ''",
            arg=done,
            timeout=PAGE_LOAD_MS,
        )
    assert _focused(page)["tag"] == "INPUT", "the focus stays in Quick keys"
    page.locator(".realnet-ring [role=img][aria-label^='20 of ']").wait_for(timeout=PAGE_LOAD_MS)
    save_screenshot(page, artifacts, "dashboard-keyboard-scored")
    with Workbook(dashboard.workbook_path()) as saved:
        assert len(saved.scores()) == KEYBOARD_PEOPLE

    _tab_to(page, lambda f: f["tag"] == "BUTTON" and f["text"] == "4 Plan", back=True)
    page.keyboard.press("Enter")
    _wait_for_step(page, 3)
    maker = page.locator(".realnet-plan-maker")
    maker.get_by_text(f"You have scored {KEYBOARD_PEOPLE} contacts").wait_for(timeout=PAGE_LOAD_MS)
    _tab_to(page, lambda f: f["tag"] == "BUTTON" and f["text"] == "Make my plan")
    page.keyboard.press("Enter")
    maker.get_by_text("Your plan is ready").wait_for(timeout=PAGE_LOAD_MS)
    page.locator(".realnet-week-row").first.wait_for(timeout=PAGE_LOAD_MS)
    save_screenshot(page, artifacts, "dashboard-keyboard-plan")
    with Workbook(dashboard.workbook_path()) as saved:
        plan = saved.plan()
    scored = set(_scored(dashboard))
    assert len(plan) > 0 and set(plan["contact_id"]) <= scored, "planned: people scored"


def _scored(dashboard) -> list[str]:
    from realnet_kit import Workbook

    with Workbook(dashboard.workbook_path()) as saved:
        return saved.scores()["contact_id"].astype(str).tolist()


#: The window sizes the page must fit without sideways scrolling: a laptop, a projector,
#: and the laptop at 200% zoom (half the CSS pixels each way).
SIZES = {
    "1280x800": {"width": 1280, "height": 800},
    "1920x1080": {"width": 1920, "height": 1080},
    "1280x800 at 200%": {"width": 640, "height": 400},
}


def test_every_step_is_accessible_and_fits_the_window(page, dashboard, artifacts):
    """axe-core on each step (whole page, every rule), and no sideways scrolling."""
    _open(page, dashboard)
    # With a plan, so the plan step shows its checklist and every editor control.
    _open_step(page, 3)
    maker = page.locator(".realnet-plan-maker")
    maker.get_by_role("button", name=re.compile("Fill in the band's own answers")).click()
    maker.get_by_text(re.compile(r"Filled in the band's own answers")).wait_for(
        timeout=PAGE_LOAD_MS
    )
    maker.get_by_role("button", name="Make my plan").click()
    maker.get_by_text("Your plan is ready").wait_for(timeout=PAGE_LOAD_MS)
    reports = []
    for index in range(5):
        _open_step(page, index)
        # the step's pictures decoded before measuring
        page.wait_for_function("() => [...document.images].every(i => i.complete)")
        reports.append(run_axe(page, f"dashboard step {index + 1}"))
        for size, viewport in SIZES.items():
            page.set_viewport_size(viewport)
            page.evaluate("() => new Promise(done => requestAnimationFrame(() => done()))")
            wide = page.evaluate(
                "() => { const r = document.getElementById('rendered_cells');"
                " return [r.scrollWidth, r.clientWidth,"
                " document.documentElement.scrollWidth, window.innerWidth]; }"
            )
            assert wide[0] <= wide[1] + 1 and wide[2] <= wide[3] + 1, (
                f"step {index + 1} scrolls sideways at {size}: {wide}"
            )
        page.set_viewport_size(SIZES["1280x800"])
    for report in reports:
        assert_accessible(report)
