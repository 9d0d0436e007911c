"""Opening the workshop: the environment check, choosing a source, loading it."""

from __future__ import annotations

import pytest

from realnet_kit import load_ground_truth, session
from realnet_kit.config import realnet_home as realnet_home_of


def test_versions_name_python_and_the_workshop_libraries():
    versions = session.package_versions()
    assert versions["python"].startswith("3.")
    for name in session.CHECKED_PACKAGES:
        assert versions[name] != "missing", name


def test_environment_box_turns_green_only_when_a_browser_reports_a_view():
    box = session.environment_box()
    assert "Checking" in box.value
    box._view_count = 0  # a browser that has not drawn it yet
    assert "Checking" in box.value
    box._view_count = 1  # the browser reports one view: the round trip works
    assert "Widgets work" in box.value


def test_check_environment_prints_versions_and_the_workbook_folder(capsys, realnet_home):
    session.check_environment()
    out = capsys.readouterr().out
    assert "pandas" in out and "ipywidgets" in out
    assert str(realnet_home) in out
    assert "Everything the workshop needs is installed." in out


def test_realnet_home_follows_the_environment(realnet_home):
    assert realnet_home_of() == realnet_home


@pytest.mark.parametrize("path", ["~/Downloads/my-linkedin.zip", "/tmp/export.zip"])
def test_a_path_is_never_overridden_by_the_room_sample(monkeypatch, path):
    monkeypatch.setenv(session.SAMPLE_VARIABLE, "bakery")
    assert session.workshop_source(path) == path


# --- opening data ---------------------------------------------------------------------


def test_opening_a_sample_loads_it_into_its_own_workbook(realnet_home, capsys):
    data = session.open_workshop_data("studio")
    out = capsys.readouterr().out
    assert out.startswith("Loaded ") and "studio sample" in out
    assert data.is_sample and data.source == "studio"
    assert len(data.contacts) > 100 and len(data.interactions) > 10
    assert data.workbook.path == realnet_home / "sample-studio.sqlite"
    assert len(data.workbook.contacts()) == data.contacts["contact_id"].nunique()
    assert session.current_data() is data
    assert session.last_source() == "studio"
    assert data.keywords() and data.places() == "Manchester"


def test_a_second_open_reuses_the_parsed_export_and_adds_nothing(realnet_home):
    first = session.open_workshop_data("studio", quiet=True)
    first.workbook.log_interaction("vcard:test", "2025-03-01T10:00:00Z", "out", "call")
    again = session.open_workshop_data("studio", quiet=True)
    assert list((realnet_home / "cache").glob("*.cache"))
    assert len(again.contacts) == len(first.contacts)
    # the logged call stays in the workbook, apart from the export's messages
    assert len(again.interactions) == len(first.interactions)
    assert len(again.all_interactions()) == len(first.interactions) + 1


@pytest.mark.parametrize("sample", ["band", "bakery"])
def test_notebooks_01_and_02_tell_the_same_numbers_after_03_logged_the_owners_moments(
    realnet_home, sample
):
    """Issue 14: the owner's logged moments (03's ``use_sample_answers``) belong to keep at
    it (notebook 06, the due list), never to the export's audit or its listening."""
    from realnet_kit.audit.followers import audit_followers, summarize_audit
    from realnet_kit.narrate import audit_summary, never_answered, talk_listen, waiting_count
    from realnet_kit.session.data import owner_logged

    def numbers(data):
        audit = summarize_audit(audit_followers(data.contacts, data.interactions))
        talk = talk_listen(data)
        return (
            int(audit_summary(data)["real_engaged"]),
            int(audit["engaged"]),
            never_answered(data),
            waiting_count(data),
            int(talk["talk"]),
            int(talk["listen"]),
        )

    first = session.open_workshop_data(sample, quiet=True)
    before = numbers(first)
    first.use_sample_answers()  # notebook 03 on a sample
    assert owner_logged(first.workbook) > 0
    rerun = session.open_workshop_data(sample, quiet=True)
    assert numbers(rerun) == before
    everything = rerun.all_interactions()
    assert len(everything) == len(rerun.interactions) + owner_logged(rerun.workbook)
    # keep at it counts them: notebook 06's "now" and measures read everything
    from realnet_kit.narrate.keep import talked_both_ways_now

    assert talked_both_ways_now(rerun) >= before[0]


def test_a_wrong_path_explains_and_falls_back_to_the_sample(realnet_home, tmp_path, capsys):
    (tmp_path / "instagram-me.zip").write_bytes(b"")
    data = session.open_workshop_data(str(tmp_path / "instagram.zip"))
    out = capsys.readouterr().out
    assert "We could not open" in out and "no file or folder here" in out
    assert "instagram-me.zip" in out  # what the folder holds, to spot the typo
    assert "band sample" in out
    assert data.source == "band" and data.is_sample
    assert session.last_source() is None  # a failed open is not remembered


def test_an_unreadable_export_falls_back_with_the_importers_message(realnet_home, tmp_path, capsys):
    broken = tmp_path / "linkedin.zip"
    broken.write_bytes(b"this is not a zip file")
    data = session.open_workshop_data(str(broken), fallback="bakery")
    out = capsys.readouterr().out
    assert str(broken) in out and "bakery sample" in out
    assert data.source == "bakery"


def test_without_fallback_a_wrong_path_raises_a_teaching_error(realnet_home, tmp_path):
    with pytest.raises(session.WorkshopDataError, match="no file or folder"):
        session.open_workshop_data(str(tmp_path / "nowhere.zip"), fallback=None)
    with pytest.raises(session.WorkshopDataError, match="empty"):
        session.open_workshop_data("  ", fallback=None)


def test_own_export_uses_the_default_workbook_and_remembers_keywords(realnet_home, tmp_path):
    export = tmp_path / "contacts.csv"
    export.write_text("Name,Email\nAda Lovelace,ada@example.org\nAlan Kay,alan@example.org\n")
    data = session.open_workshop_data(str(export), quiet=True)
    assert not data.is_sample and data.source == str(export)
    assert data.workbook.path == realnet_home / "workbook.sqlite"
    assert data.keywords() == ""
    data.save_business("engines, poetry", "London")
    again = session.open_workshop_data(str(export), quiet=True)
    assert again.keywords() == "engines, poetry" and again.places() == "London"
    data.use_sample_answers()
    assert len(data.workbook.scores()) == 0


def test_sample_answers_fill_one_account_per_person_and_keep_mine(realnet_home):
    data = session.open_workshop_data("bakery", quiet=True)
    mine = data.contacts["contact_id"].iloc[0]
    data.workbook.save_score(mine, ideas=0)
    added = session.fill_sample_answers(data.workbook, "bakery")
    scores = data.workbook.scores()
    assert added > 20 and len(scores) == added + 1
    assert int(scores.set_index("contact_id").loc[mine, "ideas"]) == 0
    assert session.fill_sample_answers(data.workbook, "bakery") == 0  # nothing left to fill
    truth = load_ground_truth("bakery")["accounts"].set_index("contact_id")
    people = truth.loc[scores["contact_id"].astype(str), "person_id"]
    assert people.is_unique  # one account per person


def test_the_room_sample_switches_a_sample_name(monkeypatch, capsys):
    monkeypatch.setenv(session.SAMPLE_VARIABLE, "studio")
    assert session.workshop_source("band") == "studio"
    assert "switched the room to the studio sample" in capsys.readouterr().out
    assert session.workshop_source("studio") == "studio"
    assert capsys.readouterr().out == ""  # the room's own sample: nothing to say
    monkeypatch.delenv(session.SAMPLE_VARIABLE)
    assert session.workshop_source("band") == "band"


def test_a_sample_opened_after_your_own_export_reminds_you_of_it(realnet_home, tmp_path, capsys):
    export = tmp_path / "contacts.csv"
    export.write_text("Name,Email\nAda Lovelace,ada@example.org\n")
    session.open_workshop_data(str(export))
    assert "last time you opened" not in capsys.readouterr().out
    session.open_workshop_data("studio")
    out = capsys.readouterr().out
    assert f'set SOURCE = workshop_source("{export}")' in out
    session.open_workshop_data("studio")  # the sample is now the last one opened
    assert "last time you opened" not in capsys.readouterr().out


def test_the_facilitator_guide_matches_the_dashboard_the_plan_and_the_files():
    import re
    from pathlib import Path

    from realnet_kit.dashboard import app as dashboard
    from realnet_kit.plan.handouts import HANDOUTS
    from realnet_kit.plan.planner import CADENCE_DAYS
    from realnet_kit.words import repeats

    guide = Path(__file__).resolve().parents[2] / "docs" / "facilitator.md"
    text = re.sub(r"\s+", " ", guide.read_text(encoding="utf-8"))
    for _, title in dashboard.TABS:
        assert f"**{title}**" in text, title
    assert dashboard._presenter_switch().description in text
    for option in ("--presenter", "--no-browser", "--port"):
        assert option in text
    for tier, words in (("inner circle", "the inner circle"), ("real", "the real tier"),
                        ("warm", "warm people")):  # fmt: skip
        assert f"{repeats(CADENCE_DAYS[tier])} for {words}" in text, tier
    assert "$REALNET_HOME/handouts/<source>/" in text
    for name, _, _ in HANDOUTS.values():
        assert f"`{name}`" in text


def test_a_samples_dates_move_into_the_participants_weeks_and_stay_put(realnet_home):
    import pandas as pd

    from realnet_kit import open_workshop_data
    from realnet_kit.plan import plan_actions
    from realnet_kit.session.data import OFFSET_SETTING

    rehearsal = pd.Timestamp("2027-05-12", tz="UTC")
    data = open_workshop_data("bakery", quiet=True, today=rehearsal)
    assert data.today() == rehearsal
    latest = data.interactions["timestamp"].max()
    # the sample's last message is a few days before its export (its "today")
    assert rehearsal - pd.Timedelta(days=7) <= latest < rehearsal + pd.Timedelta(days=1)
    recorded = data.workbook.setting(OFFSET_SETTING)
    assert recorded == (rehearsal - pd.Timestamp("2024-11-18", tz="UTC")).days
    # the truth moves the same way: every waiting message is in the workbook at its date
    truth = load_ground_truth("bakery", today=rehearsal)["unanswered"]
    inbox = set(zip(data.interactions["contact_id"], data.interactions["timestamp"], strict=True))
    assert set(zip(truth["contact_id"], truth["timestamp"], strict=True)) <= inbox
    # a later open keeps the offset recorded the first time, whatever day it is
    later = open_workshop_data("bakery", quiet=True, today=rehearsal + pd.Timedelta(days=9))
    assert later.workbook.setting(OFFSET_SETTING) == recorded
    assert later.interactions["timestamp"].max() == latest
    # the plan's first action falls in the participant's coming week
    later.use_sample_answers()
    from realnet_kit.narrate import scored

    plan = plan_actions(scored(later), later.contacts, start=later.today())
    first = plan["due"].min()
    assert later.today() <= first < later.today() + pd.Timedelta(days=7)


def test_the_truth_keeps_its_own_dates_unless_asked():
    import pandas as pd

    own = load_ground_truth("band")["unanswered"]["timestamp"].max()
    moved = load_ground_truth("band", today="2030-01-01")["unanswered"]["timestamp"].max()
    assert own.year == 2024
    assert (moved - own).days == (pd.Timestamp("2030-01-01") - pd.Timestamp("2024-10-02")).days
