"""Issue 6: the audit's HTML report runs nothing that came from an export, in Chromium.

Contacts carry names built to run a script when pasted into a page unescaped. The report
is opened twice: as written (its Content-Security-Policy active), and with the policy
switched off, so escaping alone has to keep every name inert. Each time no dialog may
open, no dialog function may be called, no policy violation may be reported, and each
name must show as its literal text. The report of a whole sample export (the band's)
must open with every section and every embedded plot drawn.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pandas as pd
import pytest

from .accessibility import assert_accessible, run_axe
from .pages import SCRIPT_PROBE_JS, save_screenshot, script_probe

pytestmark = pytest.mark.browser

HOSTILE = "<img src=x onerror=alert(1)>"
SVG = 'Bo "><svg onload=alert(3)>'
SCRIPT_BIO = "<script>alert(2)</script> sourdough"

# Twitter-API-v1.1-style profile rows, the layout audit tools export (fictional people).
PROFILES_CSV = (
    "id,name,screen_name,followers_count,friends_count,statuses_count,"
    "default_profile_image,description,created_at,location\n"
    f'101,"{HOSTILE}",hostile_1,3,4980,0,True,"{SCRIPT_BIO}",'
    "Fri Jun 17 08:33:25 +0000 2011,Leeds\n"
    "102,Ada Baker,adabaker,420,380,1200,False,Baker in Leeds who loves sourdough,"
    "Mon Jan 04 10:00:00 +0000 2016,Leeds\n"
    '103,"Bo ""><svg onload=alert(3)>",bo_2,12,900,3,True,cafe owner,'
    "Tue Feb 02 10:00:00 +0000 2021,York\n"
    "104,Cy Cole,cycole,50,60,300,False,runner,Wed Mar 03 10:00:00 +0000 2019,Hull\n"
)


def _contacts() -> pd.DataFrame:
    """Contract-shaped contacts with profile signals; two hostile names look suspicious."""
    string = pd.StringDtype()
    names = [HOSTILE, "Ada Baker", SVG, "Cy Cole"]
    frame = pd.DataFrame(
        {
            "contact_id": pd.array(["x:101", "x:102", "x:103", "x:104"], dtype=string),
            "platform": pd.array(["x"] * 4, dtype=string),
            "handle": pd.array(["hostile_1", "adabaker", "bo_2", "cycole"], dtype=string),
            "name": pd.array(names, dtype=string),
            "profile_url": pd.array([pd.NA] * 4, dtype=string),
            "email": pd.array([pd.NA] * 4, dtype=string),
            "company": pd.array([pd.NA] * 4, dtype=string),
            "position": pd.array([pd.NA] * 4, dtype=string),
            "follows_me": pd.array([True] * 4, dtype="boolean"),
            "i_follow": pd.array([False, True, False, True], dtype="boolean"),
            "connected_on": pd.to_datetime(["2024-03-01"] * 4, utc=True),
            "followers_count": pd.array([3, 420, 12, 50], dtype="Int64"),
            "following_count": pd.array([4980, 380, 900, 60], dtype="Int64"),
            "posts_count": pd.array([0, 1200, 3, 300], dtype="Int64"),
            "has_avatar": pd.array([False, True, False, True], dtype="boolean"),
            "bio": pd.array(
                [SCRIPT_BIO, "Baker in Leeds who loves sourdough", "cafe owner", "runner"],
                dtype=string,
            ),
            "account_created": pd.to_datetime(
                ["2024-03-01", "2016-01-04", "2024-02-28", "2019-03-03"], utc=True
            ),
        }
    )
    return frame


def _check_inert(page, path, artifacts, shot: str) -> None:
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    save_screenshot(page, artifacts, shot, full_page=True)
    probe = script_probe(page)
    assert page.dialogs == [], f"a dialog opened: {page.dialogs}"
    assert probe["calls"] == [], f"a script called {probe['calls']}"
    assert probe["violations"] == [], f"the page tried to run: {probe['violations']}"
    # Nothing from a name became an element...
    assert page.locator('img[src="x"], svg, script:not([src])').count() == 0
    # ...and each name shows as the text the participant's export holds.
    body = page.locator("body").inner_text()
    for name in (HOSTILE, SVG):
        assert name in body, f"{name!r} is not shown as text"


def _open_both_ways(browser, page, path, artifacts, shot: str) -> None:
    _check_inert(page, path, artifacts, f"{shot}-csp-on")
    # Same page with its Content-Security-Policy ignored: escaping alone must hold.
    context = browser.new_context(bypass_csp=True)
    context.add_init_script(SCRIPT_PROBE_JS)
    bare = context.new_page()
    bare.dialogs = []
    bare.on("dialog", lambda dialog: (bare.dialogs.append(dialog.message), dialog.dismiss()))
    try:
        _check_inert(bare, path, artifacts, f"{shot}-csp-off")
    finally:
        context.close()


def test_write_html_report_keeps_hostile_names_inert(browser, page, tmp_path, artifacts):
    from realnet_kit import write_html_report

    report = write_html_report(_contacts(), tmp_path / "report.html", keywords=["sourdough"])
    _open_both_ways(browser, page, report, artifacts, "report-html")
    # The plots are embedded images that really decode (no network, nothing broken).
    assert page.evaluate(
        "() => Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)"
    )
    assert page.locator("img").count() >= 2


def test_realnet_audit_html_keeps_hostile_names_inert(browser, page, tmp_path, artifacts):
    export = tmp_path / "profiles.csv"
    export.write_text(PROFILES_CSV, encoding="utf-8")
    out = tmp_path / "out.html"
    script = shutil.which("realnet")
    command = [script] if script else [sys.executable, "-m", "realnet_kit"]
    done = subprocess.run(
        [*command, "audit", str(export), "--html", str(out), "--relevant", "sourdough"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert out.is_file()
    _open_both_ways(browser, page, out, artifacts, "realnet-audit-html")


def test_realnet_audit_html_of_a_sample_renders_whole(page, tmp_path, artifacts):
    """The band's real-sized export: every section, every plot decoded, nothing run."""
    from realnet_kit import sample_path

    out = tmp_path / "band-audit.html"
    script = shutil.which("realnet")
    command = [script] if script else [sys.executable, "-m", "realnet_kit"]
    done = subprocess.run(
        [*command, "audit", str(sample_path("band")), "--html", str(out)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    page.goto(out.as_uri())
    page.wait_for_load_state("load")
    save_screenshot(page, artifacts, "realnet-audit-html-band", full_page=True)
    probe = script_probe(page)
    assert page.dialogs == [] and probe["calls"] == [] and probe["violations"] == []
    headings = page.locator("h2").all_inner_texts()
    assert "Who is waiting for an answer" in headings, headings
    images = page.evaluate(
        "() => Array.from(document.images).map(i => i.complete && i.naturalWidth > 0)"
    )
    assert len(images) >= 3 and all(images), images
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the report is {overflow}px wider than the window"
    # WCAG 2.1 AA: axe-core on the whole report, every rule (issue 19).
    assert_accessible(run_axe(page, "the audit report of the band"))
