"""Issue 7: scoring contacts in workshop 03, in real JupyterLab, by mouse and by keyboard.

A participant brings their own LinkedIn ``Connections.csv`` (fictional people; one is
named like a script), points the notebook's one setting at it, saves and runs it all.
They score three people on the card: the first with the mouse, the second with the
keyboard alone (Tab to an answer, Space or Enter to pick it, Tab to Next, Enter), the
third with the keyboard again. Then the kernel is restarted, the notebook reopened and
run again: the three people's answers are on their cards, and nothing ever ran from
the hostile name, which shows as text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .pages import script_probe

pytestmark = pytest.mark.browser

NOTEBOOK = "03-score-your-contacts.ipynb"
WORKSHOPS = Path(__file__).resolve().parents[2] / "workshops"
HOSTILE = "<img src=x onerror=alert(1)>"

# LinkedIn's Connections.csv as it is downloaded since 2020: a notes preamble first.
CONNECTIONS = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email '
    'addresses are missing."\n'
    "\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    f"{HOSTILE},,https://www.linkedin.com/in/hostile-name,,Night Owl Bakery,Owner,07 Mar 2021\n"
    "Ada,Baker,https://www.linkedin.com/in/ada-baker,,Crumb & Co,Head Baker,12 Jan 2022\n"
    "Cy,Cole,https://www.linkedin.com/in/cy-cole,,Hull Harriers,Coach,03 May 2023\n"
    "Dee,Ford,https://www.linkedin.com/in/dee-ford,dee@example.org,Ford Print,Designer,"
    "19 Sep 2020\n"
    "Eli,Grant,https://www.linkedin.com/in/eli-grant,,Grant Legal,Solicitor,28 Feb 2024\n"
)

# The answers given on each of the three cards, by question key -> visible label.
BY_MOUSE = {"ideas": "often", "i_would": "certainly", "offline": "regularly"}
BY_KEYBOARD_SPACE = {"ideas": "a few times", "they_would": "probably"}
BY_KEYBOARD_ENTER = {"i_helped": "a small thing", "relevant": "very"}


def _in_question(key: str, label: str | None = None) -> str:
    """JS predicate: the focused element is (the ``label`` answer of) question ``key``."""
    test = f"e.closest('.realnet-q-{key}')"
    if label is not None:
        test += f" && e.innerText.trim() === {label!r}"
    return f"e => !!({test})"


def _card(lab):
    return lab.page.locator(".realnet-scoring-card")


def _name_on_card(lab) -> str:
    return _card(lab).locator(".realnet-card-name").inner_text().strip()


def _wait_card_text(lab, text: str) -> None:
    lab.page.wait_for_function(
        "t => { const c = document.querySelector('.realnet-scoring-card');"
        " return !!c && c.innerText.includes(t); }",
        arg=text,
        timeout=60_000,
    )


def _answer_words(lab, key: str) -> str:
    """The words written beside question ``key`` (the answer, not only its colour)."""
    row = _card(lab).locator(".widget-hbox", has=lab.page.locator(f".realnet-q-{key}")).last
    return row.inner_text()


def _expect_answers(lab, answers: dict[str, str]) -> None:
    for key, label in answers.items():
        _wait_card_text(lab, f"answer: {label}")
        assert f"answer: {label}" in _answer_words(lab, key)
        active = _card(lab).locator(f".realnet-q-{key} button.mod-active")
        assert active.inner_text().strip() == label


def _button(lab, label: str):
    # By its text: the icon drawn before the label is part of the accessible name.
    return _card(lab).locator("button", has_text=re.compile(rf"^\s*{label}\s*$"))


def _card_settled(lab, position: int) -> None:
    """The card shows ``position`` and the kernel has sent all of the new card's state."""
    _wait_card_text(lab, f"contact {position} of")
    lab.wait_kernel_ready()


def _click_next(lab, expected_position: int) -> None:
    _button(lab, "Next").click()
    _card_settled(lab, expected_position)


def _opening_cell_source() -> str:
    """The notebook's cell that sets SOURCE, as stored."""
    cells = json.loads((WORKSHOPS / NOTEBOOK).read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        text = "".join(cell["source"])
        if cell["cell_type"] == "code" and "SOURCE = workshop_source(" in text:
            return text
    raise AssertionError(f"{NOTEBOOK} has no cell that sets SOURCE")


def test_scores_by_mouse_and_keyboard_survive_a_kernel_restart(lab):
    exports = lab.server.root / "my-exports"
    exports.mkdir()
    connections = exports / "Connections.csv"
    connections.write_text(CONNECTIONS, encoding="utf-8")

    lab.open_notebook(NOTEBOOK)
    setting = lab.code_cell("SOURCE = workshop_source(")
    # the participant changes only the quotes of SOURCE; the cell's imports stay
    opening = _opening_cell_source()
    lab.type_into(
        setting, opening.replace('workshop_source("band")', f'workshop_source("{connections}")')
    )
    lab.save()
    lab.run_all()
    lab.screenshot("own-export-run-all", full_page=True)
    lab.assert_ran_cleanly()
    _wait_card_text(lab, "0 of 5 scored")
    _card_settled(lab, 1)

    scored: dict[str, dict[str, str]] = {}

    # First card, with the mouse.
    first = _name_on_card(lab)
    for key, label in BY_MOUSE.items():
        _card(lab).locator(f".realnet-q-{key} button", has_text=label).first.click()
    _expect_answers(lab, BY_MOUSE)
    _wait_card_text(lab, "1 of 5 scored")
    scored[first] = BY_MOUSE
    _click_next(lab, 2)

    # Second card, keyboard alone: Tab to an answer, Space picks it; Tab to the next
    # question's answer, Space again; then Tab to Next and Enter.
    second = _name_on_card(lab)
    for key, label in BY_KEYBOARD_SPACE.items():
        lab.press_tab_until(_in_question(key, label))
        lab.page.keyboard.press("Space")
    _expect_answers(lab, BY_KEYBOARD_SPACE)
    scored[second] = BY_KEYBOARD_SPACE
    lab.press_tab_until("e => e.tagName === 'BUTTON' && e.innerText.trim() === 'Next'")
    lab.page.keyboard.press("Enter")
    _card_settled(lab, 3)

    # Third card, keyboard with Enter to pick.
    third = _name_on_card(lab)
    for key, label in BY_KEYBOARD_ENTER.items():
        lab.press_tab_until(_in_question(key, label))
        lab.page.keyboard.press("Enter")
    _expect_answers(lab, BY_KEYBOARD_ENTER)
    _wait_card_text(lab, "3 of 5 scored")
    scored[third] = BY_KEYBOARD_ENTER
    lab.screenshot("three-scored")

    assert len(set(scored)) == 3
    assert HOSTILE in scored, f"the hostile name was not shown as text on a card: {scored}"

    # Exercise 3.1 sees the three saved scores (five are needed with five contacts).
    feedback = lab.run_cell(lab.code_cell('check("3.1")'))
    assert "scored 3" in feedback, feedback

    # Come back after a restart: Kernel > Restart, reopen the notebook, run it all again.
    lab.restart_kernel()
    lab.save()
    lab.open_notebook(NOTEBOOK)
    lab.run_all()
    lab.assert_ran_cleanly()
    _wait_card_text(lab, "3 of 5 scored")
    seen = {}
    for _ in range(5):
        name = _name_on_card(lab)
        if name in scored:
            _expect_answers(lab, scored[name])
            seen[name] = True
        previous = _button(lab, "Previous")
        if previous.is_disabled():
            break
        where = _card(lab).inner_text()
        previous.click()
        lab.page.wait_for_function(
            "t => document.querySelector('.realnet-scoring-card').innerText !== t",
            arg=where,
            timeout=60_000,
        )
    assert set(seen) == set(scored), f"answers not found again for {set(scored) - set(seen)}"
    lab.screenshot("after-restart")

    # Nothing from the hostile name ever became markup or ran.
    assert lab.page.locator('img[src="x"]').count() == 0
    probe = script_probe(lab.page)
    assert lab.page.dialogs == [] and probe["calls"] == [], (lab.page.dialogs, probe)
