"""Issue 8: the printable one-page plan, opened and printed by Chromium.

A plan made the way the workshop makes it (scores -> ``plan_actions`` ->
``export_plan_html``) for a participant whose inner circle includes a contact named
like a script. Chromium opens the file (screenshots in ``test-artifacts/browser/``),
nothing runs, names show as text, and printing it gives one sheet on A4 and on Letter.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from .accessibility import assert_accessible, run_axe
from .pages import save_screenshot, script_probe

pytestmark = pytest.mark.browser

HOSTILE = "<img src=x onerror=alert(1)>"
FIRST_NAMES = ["Ada", "Bea", "Cai", "Dev", "Eli", "Fen", "Gus", "Hal", "Ivo", "Jun"]


def _plan(inner: int, real: int) -> pd.DataFrame:
    from realnet_kit import plan_actions

    tiers = ["inner circle"] * inner + ["real"] * real
    names = [HOSTILE] + [f"{FIRST_NAMES[i % 10]} Okonkwo-Lindqvist" for i in range(1, len(tiers))]
    scored = pd.DataFrame(
        {
            "contact_id": [f"instagram:person{i}" for i in range(len(tiers))],
            "name": names,
            "tier": tiers,
            "strength": [92.0 - 3 * i for i in range(len(tiers))],
        }
    )
    return plan_actions(scored, start="2026-03-02")


def _pdf_pages(page, paper: str) -> int:
    pdf = page.pdf(format=paper, prefer_css_page_size=True)
    counts = re.findall(rb"/Type\s*/Page\b(?!s)", pdf)
    return len(counts)


def test_printable_plan_is_inert_and_fits_one_sheet(page, tmp_path, artifacts):
    from realnet_kit import export_plan_html
    from realnet_kit.plan.named import plain_name

    plan = _plan(inner=3, real=5)
    # The plan writes names without asides in brackets; what is left is still live markup
    # (an image tag with an event handler), which must show as text.
    shown = plain_name(HOSTILE)
    assert shown.startswith("<img src=x onerror=") and shown in set(plan["name"])
    path = export_plan_html(plan, tmp_path / "my-plan.html")

    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    save_screenshot(page, artifacts, "plan-html-screen", full_page=True)
    probe = script_probe(page)
    assert page.dialogs == [] and probe["calls"] == [] and probe["violations"] == []
    assert page.locator('img[src="x"], script').count() == 0
    body = page.locator("body").inner_text()
    assert shown in body
    # Grouped by week, and every planned person is on the page.
    assert page.locator("h2", has_text=re.compile(r"^Week of ")).count() >= 1
    for name in set(plan["name"]):
        assert name in body
    # WCAG 2.1 AA: axe-core on the whole page, every rule (issue 19).
    assert_accessible(run_axe(page, "the printable plan"))

    # The printable width of an A4 sheet with 12 mm margins, at 96 dpi: about 700 px.
    page.set_viewport_size({"width": 700, "height": 1000})
    page.emulate_media(media="print")
    save_screenshot(page, artifacts, "plan-html-print", full_page=True)
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the printed plan is {overflow}px wider than the page"
    assert _pdf_pages(page, "A4") == 1
    assert _pdf_pages(page, "Letter") == 1
