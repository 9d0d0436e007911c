"""The HTML report (standalone, escaped) and the `realnet audit` command."""

from __future__ import annotations

import html
import re
import subprocess
import sys
import zipfile

import pandas as pd
import pytest

import realnet_kit
from realnet_kit.cli import main
from realnet_kit.report import format_audit, top_reasons, write_html_report

HOSTILE = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert('x')</script>"


def hostile_contacts() -> pd.DataFrame:
    n = 4
    return pd.DataFrame(
        {
            "contact_id": pd.array([f"x:{i}" for i in range(n)], dtype="string"),
            "platform": "x",
            "handle": pd.array([HOSTILE, "anna", SCRIPT, "ben"], dtype="string"),
            "name": pd.array([HOSTILE, "Anna & Co", SCRIPT, 'Ben "the baker"'], dtype="string"),
            "follows_me": pd.array([True] * n, dtype="boolean"),
            "i_follow": pd.array([False, True, False, True], dtype="boolean"),
            "followers_count": [2, 300, 1, 250],
            "following_count": [4000, 200, 3000, 180],
            "posts_count": [0, 900, 0, 2000],
            "bio": pd.array([HOSTILE, "sourdough in Leeds", SCRIPT, "bakes"], dtype="string"),
        }
    )


def hostile_talks() -> pd.DataFrame:
    t = pd.Timestamp("2024-05-01", tz="UTC")
    return pd.DataFrame(
        {
            "contact_id": ["x:1", "x:1", "x:1", "x:1", "x:3"],
            "timestamp": [t + pd.Timedelta(hours=h) for h in (0, 2, 3, 4, 24)],
            "direction": ["in", "out", "in", "out", "in"],
            "kind": "message",
            "note": ["hi!", "hello", "coffee?", "yes!", HOSTILE],
        }
    )


def test_report_escapes_every_name_and_runs_no_script(tmp_path):
    page = write_html_report(
        hostile_contacts(), tmp_path / "r.html", interactions=hostile_talks(),
        keywords=["sourdough"], title=SCRIPT,
    )  # fmt: skip
    text = page.read_text(encoding="utf-8")
    assert "<script" not in text.lower()
    assert "onerror=alert" not in text.replace("onerror=alert(1)&gt;", "")
    assert "<img src=x" not in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "Anna &amp; Co" in text
    assert "Content-Security-Policy" in text and "default-src 'none'" in text


def test_report_is_standalone(tmp_path):
    text = write_html_report(
        hostile_contacts(), tmp_path / "r.html", interactions=hostile_talks()
    ).read_text()
    sources = re.findall(r'(?:src|href)="([^"]*)"', text)
    assert sources and all(s.startswith("data:image/png;base64,") for s in sources)
    assert "<link" not in text and "@import" not in text and "url(" not in text


def test_report_sections(tmp_path):
    text = write_html_report(
        hostile_contacts(), tmp_path / "sub" / "r.html", interactions=hostile_talks(),
        keywords="sourdough",
    ).read_text()  # fmt: skip
    for heading in ("The figures", "Suspicious accounts", "Relevant to your business",
                    "Who is waiting for an answer", "Broadcasts"):  # fmt: skip
        assert heading in text
    assert "follows 4,000 accounts but only 2 follow it" in text
    assert 'bio mentions "sourdough"' in html.unescape(text)


def test_report_from_an_audit_frame_without_interactions(tmp_path):
    audit = realnet_kit.audit_followers(hostile_contacts())
    text = write_html_report(audit, tmp_path / "r.html").read_text()
    assert "Who is waiting" not in text
    assert text.count("<img") == 2


def test_text_audit_and_top_reasons():
    audit = realnet_kit.audit_followers(hostile_contacts(), hostile_talks())
    text = format_audit(audit, hostile_talks(), source="export.zip")
    assert text.startswith("RealNet audit of export.zip")
    assert re.search(r"Followers\s+4", text)
    assert re.search(r"Probably not a person\s+2", text)
    assert re.search(r"Talked both ways, last 12 months\s+1", text)
    assert "(add --relevant WORDS)" in text
    assert re.search(r"Messages never answered\s+1", text)
    reasons = top_reasons(audit)
    assert reasons.iloc[0] == 2 and len(reasons) >= 2


# --- the command line ----------------------------------------------------------------------

AUDIT_CSV = (
    "screen_name,name,followers_count,friends_count,statuses_count,description,location\n"
    "anna,Anna B,300,200,1500,Sourdough fan,Leeds\n"
    "ben,Ben C,120,90,800,cyclist,York\n"
    "x99182733,<img src=x onerror=alert(1)>,2,4000,0,,\n"
)


def test_cli_audit_prints_the_audit(tmp_path, capsys):
    path = tmp_path / "followers.csv"
    path.write_text(AUDIT_CSV, encoding="utf-8")
    html = tmp_path / "out" / "report.html"
    code = main(["audit", str(path), "--relevant", "sourdough,Leeds", "--html", str(html)])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert f"RealNet audit of {path}" in out.out
    assert re.search(r"Relevant to your business\s+1", out.out)
    assert re.search(r"Probably not a person\s+1", out.out)
    assert html.exists() and "&lt;img src=x" in html.read_text()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("missing.zip", None),
        ("broken.zip", b"this is not a zip"),
        ("empty.csv", b""),
        ("notes.json", b"{not json"),
    ],
)
def test_cli_bad_input_one_line_exit_2(tmp_path, realnet, name, content):
    """What a participant sees: exit code 2 and one line on stderr (warnings included)."""
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = realnet("audit", path)
    code, stderr = result.returncode, result.stderr
    assert code == 2, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("realnet: ")
    assert "Traceback" not in stderr
    assert name in lines[0]


def test_cli_html_to_an_unwritable_place(tmp_path, capsys):
    path = tmp_path / "followers.csv"
    path.write_text(AUDIT_CSV, encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = main(["audit", str(path), "--html", str(blocker / "report.html")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and err[0].startswith("realnet: could not")


def test_cli_audit_of_a_zip_folder(tmp_path, capsys):
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("followers.csv", AUDIT_CSV)
    code = main(["audit", str(archive)])
    out = capsys.readouterr()
    assert code == 0 or out.err.startswith("realnet: "), out.err


def _samples():
    try:
        return realnet_kit.list_samples()
    except (AttributeError, ImportError):
        return []


@pytest.mark.parametrize("name", _samples() or ["(samples missing)"])
def test_cli_audit_every_sample(name, capsys, tmp_path):
    if name == "(samples missing)":
        pytest.skip("realnet_kit.samples is not installed in this checkout")
    code = main(["audit", str(realnet_kit.sample_path(name)), "--html", str(tmp_path / "r.html")])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert re.search(r"Followers\s+[1-9]", out.out)
    assert (tmp_path / "r.html").stat().st_size > 10_000


def test_text_audit_strips_terminal_control_codes():
    people = hostile_contacts()
    people.loc[3, "name"] = "Ben\x1b[2J\x1b[31m red"
    talks = hostile_talks()
    text = format_audit(realnet_kit.audit_followers(people, talks), talks, source="a\x07.zip")
    assert "\x1b" not in text and "\x07" not in text
    assert "Ben[2J[31m red has waited" in text


def test_cli_audit_of_a_file_that_does_not_say_who_follows(tmp_path, capsys):
    path = tmp_path / "followers.csv"
    path.write_text(AUDIT_CSV, encoding="utf-8")
    assert main(["audit", str(path)]) == 0
    out = capsys.readouterr().out
    assert "does not say who follows whom" in out
    assert re.search(r"Probably a person \(accounts\)\s+2", out)


def test_cli_output_into_a_closed_pipe_is_quiet(tmp_path):
    """In a process of its own, as typed in a terminal: also the smoke test of the command."""
    path = tmp_path / "followers.csv"
    path.write_text(AUDIT_CSV, encoding="utf-8")
    command = f'"{sys.executable}" -m realnet_kit audit "{path}" | head -n 1'
    result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=120)
    assert result.stdout.startswith("RealNet audit of")
    assert "Traceback" not in result.stderr and "realnet:" not in result.stderr


def test_a_small_share_reads_under_one_percent_not_zero():
    n = 300
    people = pd.DataFrame(
        {
            "contact_id": pd.array([f"x:{i}" for i in range(n)], dtype="string"),
            "follows_me": pd.array([True] * n, dtype="boolean"),
            "i_follow": pd.array([True] + [False] * (n - 1), dtype="boolean"),
            "followers_count": [300] * (n - 1) + [2],
            "following_count": [200] * (n - 1) + [4000],
            "posts_count": [900] * (n - 1) + [0],
        }
    )
    text = format_audit(realnet_kit.audit_followers(people))
    # one of 300 is 0.3%: said as under one per cent, never as "0%"
    assert re.search(r"Mutual \(you follow each other\)\s+1  \(<1% of followers\)", text), text
    assert re.search(r"Probably not a person\s+1  \(<1% of followers\)", text), text
    assert "(0% of followers)" not in text


def test_realnet_audit_in_presenter_mode_names_nobody(tmp_path, capsys, presenter):
    from realnet_kit import load_ground_truth, sample_path
    from realnet_kit.cli import main

    page = tmp_path / "audit.html"
    assert main(["audit", str(sample_path("band")), "--html", str(page)]) == 0
    shown = capsys.readouterr().out + page.read_text(encoding="utf-8")
    names = [n for n in load_ground_truth("band")["people"]["name"].dropna() if len(n) >= 6]
    # a name that is shown has its first six letters shown: look only for those (0.5 -> 0.05 s)
    starts = {shown[i : i + 6] for i in range(len(shown) - 5)}
    assert len(names) > 5_000 and [n for n in names if n[:6] in starts and n in shown] == []
    assert "has waited" in shown and "presenter mode was on" in shown


def test_an_archive_without_profile_details_cannot_tell_who_is_a_person():
    """An X archive of bare account numbers once printed "Suspicious 0 (0% of followers)"."""
    n = 40
    people = pd.DataFrame({
        "contact_id": pd.array([f"x:{1000 + i}" for i in range(n)], dtype="string"),
        "platform": "x",
        "follows_me": pd.array([True] * n, dtype="boolean"),
        "i_follow": pd.array([i < 5 for i in range(n)], dtype="boolean"),
    })  # fmt: skip
    talks = pd.DataFrame({
        "contact_id": ["x:1001", "x:1001", "x:1002", "x:1002", "x:1002"],
        "timestamp": pd.to_datetime(["2025-03-01", "2025-03-02", "2015-01-01", "2015-01-03",
                                     "2015-01-05"], utc=True),
        "direction": ["in", "out", "in", "in", "in"], "kind": "message",
        "note": ["hi", "hello", "are you there?", "hello?", "ping"],
    })  # fmt: skip
    text = format_audit(realnet_kit.audit_followers(people, talks), talks)
    assert re.search(r"Probably not a person\s+cannot tell", text)
    assert "no profile details" in text and "by number only" in text
    assert not re.search(r"Probably not a person\s+0", text)
    # people by label, never a raw id; spans in words; whole counts
    assert "x:1002" not in text and "X account 1002 has waited about" in text
    assert "(3 messages)" in text and not re.search(r"\d+\.\d+ messages", text)
    assert not re.search(r"waited [\d,]+ days", text)
    for jargon in ("Real followers", "Real accounts", "Suspicious", "Engaged", "Fans"):
        assert jargon not in text
