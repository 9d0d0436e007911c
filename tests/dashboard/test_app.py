"""``realnet dashboard``: the scoring and the plan in Voila, on the same workbook."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from realnet_kit import Workbook, cli
from realnet_kit.dashboard import app as dashboard
from realnet_kit.session.data import open_workshop_data


@pytest.fixture(scope="module")
def shared_band(sample_home):
    """(data, page): the band sample opened in a home of its own and its dashboard built
    once for this module, for the tests that only read a freshly built page.

    A test that clicks, types, saves or otherwise changes the page or the workbook builds
    its own page (``opened_sample``, ``band_page``) instead.
    """
    with sample_home("band", "shared-band", answers=False) as (_, data):
        page = dashboard.show_dashboard(data)
        scores, plan, logged = (len(data.workbook.scores()), len(data.workbook.plan()),
                                len(data.workbook.interactions()))  # fmt: skip
    yield data, page
    # nothing a sharing test did may have changed what the next one reads
    assert (len(data.workbook.scores()), len(data.workbook.plan()),
            len(data.workbook.interactions())) == (scores, plan, logged)  # fmt: skip
    data.workbook.close()


def test_the_dashboard_notebook_ships_inside_the_package():
    assert dashboard.DASHBOARD_NOTEBOOK.is_file()
    assert dashboard.DASHBOARD_NOTEBOOK.parent.parent.name == "realnet_kit"
    assert "show_dashboard()" in dashboard.DASHBOARD_NOTEBOOK.read_text(encoding="utf-8")


def test_help_lists_the_dashboard(capsys):
    with pytest.raises(SystemExit):
        cli.main(["dashboard", "--help"])
    out = capsys.readouterr().out
    assert "--port" in out and "--no-browser" in out and "sample business" in out


def test_voila_serves_only_this_computer_with_a_token():
    command = dashboard.voila_command("band", 8899, "secret", open_browser=False)
    assert str(dashboard.DASHBOARD_NOTEBOOK) in command
    assert "--Voila.ip=localhost" in command and "--port=8899" in command
    assert "--token=secret" in command and "--no-browser" in command


@pytest.mark.parametrize(
    ("source", "says"),
    [("/no/such/export.zip", "no file or folder"), ("pizzeria", "not a sample business")],
)
def test_a_wrong_source_is_one_clear_line(source, says, capsys, realnet_home):
    assert cli.main(["dashboard", source, "--no-browser"]) == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err and err.count("\n") == 1


def test_a_taken_or_impossible_port_is_one_clear_line(capsys, realnet_home):
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        assert cli.main(["dashboard", "bakery", "--no-browser", "--port", str(busy)]) == 2
    err = capsys.readouterr().err
    assert f"port {busy} is taken" in err and err.count("\n") == 1
    assert cli.main(["dashboard", "bakery", "--no-browser", "--port", "99999"]) == 2
    assert "not a network port" in capsys.readouterr().err


def test_the_source_defaults_to_the_last_one_opened(realnet_home, monkeypatch):
    monkeypatch.delenv(dashboard.SOURCE_VARIABLE, raising=False)
    assert dashboard.dashboard_source() == "band"
    open_workshop_data("bakery", quiet=True)
    assert dashboard.dashboard_source() == "bakery"
    monkeypatch.setenv(dashboard.SOURCE_VARIABLE, "studio")
    assert dashboard.dashboard_source() == "studio"


def test_the_page_holds_the_scoring_app_on_the_notebooks_workbook(opened_sample):
    data = opened_sample("bakery")
    page = dashboard.show_dashboard(data)
    header, progress, steps = page.header, page.progress, page.steps
    assert page.children[0] is header and page.children[-1] is steps
    assert "bakery" in header.value
    assert list(page.parts) == [name for name, *_ in dashboard.STEPS] and len(page.parts) == 5
    assert [b.description for b in page.path.children] == [t for _, t in dashboard.TABS]
    # the page opens with step 1 alone; a step is built when it is first shown
    assert [name for name in page.parts if page.parts.built(name) is not None] == ["scoreboard"]
    assert steps.children == (page.parts.view("scoreboard"),), "one step in the page at a time"
    assert "realnet-step-current" in page.path.children[0]._dom_classes
    page.path.children[2].click()
    assert steps.selected_index == 2 and steps.children == (page.parts.view("scoring"),)
    assert "realnet-step-current" in page.path.children[2]._dom_classes
    for name in page.parts:
        view = page.parts.view(name)
        assert "could not be shown" not in str(getattr(view, "value", "")), view.value
    assert "realnet-step-current" not in page.path.children[0]._dom_classes
    scoring = page.parts["scoring"]
    first = scoring.card.contact_id
    assert first is not None
    assert "scored <b>0 contacts</b>" in progress.value
    goal = scoring.card.goal  # today's, as the card counts (not the 200 on the card)
    assert goal < len(scoring.card.contacts) and f"0 of {goal} people scored" in scoring.ring.value
    assert scoring.card.progress.value == f"0 of today's {goal} scored"
    scoring.card.toggles["ideas"].value = 2
    assert data.workbook.score_for(first).get("ideas") == 2  # the notebooks see it at once
    assert "scored <b>1 contact</b>" in progress.value, "the count above the steps follows"
    assert f"1 of {goal} people scored" in scoring.ring.value, "the ring fills"


def test_the_headline_and_the_funnel_say_notebook_01s_figures(shared_band):
    from realnet_kit.audit.followers import audit_followers, summarize_audit
    from realnet_kit.narrate.audit import headline

    data, page = shared_band
    # computed here as notebook 01 computes it, not taken from the page's cache
    audit = audit_followers(data.contacts, data.interactions,
                            keywords=data.keywords(), places=data.places())  # fmt: skip
    summary = summarize_audit(audit)
    words = re.sub(r"<[^>]+>", "", page.header.value.split("<style>")[0])
    assert headline(summary, data, with_guess=False) in words, "01's sentence, word for word"
    assert f"Of your {int(summary['followers']):,} follower accounts" in words
    assert f"{int(summary['real_engaged']):,} talked with you both ways" in words
    assert "not guessed yet" in words
    step = page.parts["scoreboard"]
    without_terms = summarize_audit(audit_followers(data.contacts, data.interactions))
    assert step.summary.equals(without_terms), "audit_summary's figures, one audit a page"
    assert step.summary.drop("relevant").equals(summary.drop("relevant")), "and 01's"
    assert "alt='Funnel: of " in step.funnel.value
    for number in (summary["followers"], summary["real"], summary["real_engaged"]):
        assert f"{int(number):,}" in step.funnel.value, "the funnel says its numbers in words"


def test_the_guess_is_saved_kept_and_shown_in_the_headline_and_funnel(opened_sample):
    from realnet_kit.narrate import the_guess

    data = opened_sample("band")
    page = dashboard.show_dashboard(data)
    step = page.parts["scoreboard"]
    assert "not guessed yet" in re.sub(r"<[^>]+>", "", page.header.value)
    assert the_guess(data) is None
    step.guess.value = "twelve"
    assert "Not saved" in step.said.value and the_guess(data) is None
    step.guess.value = "1,200"
    assert the_guess(data) == 1200, "kept as notebook 00's exercise 0.1, which 01 reveals"
    assert "You guessed 1,200." in page.header.value, "the headline shows the guess at once"
    assert "You guessed 1,200." in step.funnel.value, "the funnel marks it (its alt says so)"
    again = dashboard.show_dashboard(data)
    assert again.parts["scoreboard"].guess.value == "1200", "the guess is kept"


def test_the_waiting_list_answers_in_one_click_and_the_workbook_keeps_it(opened_sample):
    from realnet_kit.plan.clock import contact_clock

    data = opened_sample("band")
    page = dashboard.show_dashboard(data)
    waiting = page.parts["waiting"]
    people = waiting.people
    assert len(people) > 8 and len(waiting.rows.children) == 8, "a page of people"
    clock = contact_clock(data.workbook.person_interactions())
    assert set(people["contact_id"]) == set(clock.index[clock["waiting"]]), "the plan's rule"
    from realnet_kit.measure import by_need

    # the order of notebooks 02 and 06: the messages that need an answer most come first
    assert people["contact_id"].tolist() == by_need(people)["contact_id"].tolist()
    needs = by_need(people)["need"]
    assert needs.iloc[0] in ("problem", "order", "personal") and needs.iloc[-1] != "problem"
    waiting.more.click()
    assert len(waiting.rows.children) == 16
    first = str(people.iloc[0]["contact_id"])
    before = len(data.workbook.interactions())
    waiting.rows.children[0].children[1].click()  # "I answered"
    logged = data.workbook.interactions()
    assert len(logged) == before + 1
    reply = logged.iloc[-1]
    assert reply["contact_id"] == first and reply["direction"] == "out"
    assert first not in set(waiting.people["contact_id"]), "no longer waiting"
    assert "Answered" in waiting.rows.children[0].children[0].value
    reopened = open_workshop_data("band", quiet=True)
    assert first not in set(
        dashboard.show_dashboard(reopened).parts["waiting"].people["contact_id"]
    )


def test_the_waiting_list_has_one_row_per_person_as_the_plan_does(opened_sample):
    """Issue 14: one person writing from two platforms waits once, not once per account.

    On the studio, a person the owner has matched across two accounts writes on both
    (the second message is logged here, so the test does not hang on one draw of the
    sample), and nobody answers."""
    import networkx as nx

    from realnet_kit.plan.clock import contact_clock

    data = opened_sample("studio")
    data.use_sample_answers()  # the owner says which accounts are one person
    same = data.workbook.match_decisions()
    same = same[same["decision"] == "same"]
    per_account = contact_clock(data.workbook.interactions())
    waiting_accounts = set(per_account.index[per_account["waiting"]])
    pair = next(
        (a, b)
        for a, b in zip(same["contact_a"], same["contact_b"], strict=True)
        if a in waiting_accounts or b in waiting_accounts
    )
    for account in pair:
        data.workbook.log_interaction(account, data.today() - pd.Timedelta(days=3), "in",
                                      "message", "Are you free for a call this week?")  # fmt: skip
    per_account = contact_clock(data.workbook.interactions())
    waiting_accounts = set(per_account.index[per_account["waiting"]])
    people = dashboard.show_dashboard(data).parts["waiting"].people
    assert people["contact_id"].is_unique
    graph = nx.Graph(list(zip(same["contact_a"], same["contact_b"], strict=True)))
    twice = [
        accounts & waiting_accounts
        for accounts in nx.connected_components(graph)
        if len(accounts & waiting_accounts) > 1
    ]
    assert twice, "a person waits on two accounts"
    for accounts in twice:
        assert len(accounts & set(people["contact_id"])) == 1, f"{accounts} are one person"
    per_person = contact_clock(data.workbook.person_interactions())
    assert len(people) == int(per_person["waiting"].sum()) < len(waiting_accounts)


def test_presenter_mode_hides_who_is_waiting_and_what_they_wrote(shared_band):
    from realnet_kit.privacy import presenter_mode

    _, page = shared_band
    waiting = page.parts["waiting"]
    row = waiting.people.iloc[0]
    shown = waiting.rows.children[0].children[0].value
    assert str(row["name"]) in shown
    presenter_mode(True)
    try:
        hidden = waiting.rows.children[0].children[0].value
        assert str(row["name"]) not in hidden
        assert str(row["note"])[:20] not in hidden
    finally:
        presenter_mode(False)
    assert waiting.rows.children[0].children[0].value == shown, "names back as they were"


def _numbers(text: str) -> list[int]:
    return [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", text)]


def test_the_header_counts_agree_with_the_scoring_card_and_say_what_they_count(shared_band):
    data, page = shared_band
    header = page.parts["scoreboard"].counts.value  # step 1 says what the accounts are
    words = re.sub(r"<[^>]+>", "", header)
    total = len(data.contacts)
    assert f"{total:,} accounts" in words
    assert "counts twice" in words, "accounts, not people: say so"
    card = page.parts["scoring"]
    offered = int(re.search(r"of your ([\d,]+) contacts", card.intro.value)
                  .group(1).replace(",", ""))  # fmt: skip
    assert f"{offered:,} of them are worth scoring" in words
    rest = words.split("stay on the scoreboard:")[1].split(".")[0]
    assert sum(_numbers(rest)) == total - offered, "the parts add up to the whole"
    assert f"The other {total - offered:,}" in words
    top = re.sub(r"<[^>]+>", "", page.header.value)
    assert str(data.workbook.path) in top, "outside the home folder: the path as it is"


def test_the_header_never_projects_the_home_folders_name(opened_sample, tmp_path, monkeypatch):
    from realnet_kit.privacy import presenter_mode

    monkeypatch.setenv("HOME", str(tmp_path))  # the workbook now lives in the home folder
    data = opened_sample("bakery")
    assert data.workbook.path.is_relative_to(tmp_path)
    style = dashboard.show_dashboard(data).header.value
    shown = re.sub(r"<[^>]+>", "", style)
    place = data.workbook.path.relative_to(tmp_path)
    assert str(tmp_path) not in shown and f"~/{place.as_posix()}" in shown
    # the page's presenter tick box hides the place at once, before any redraw
    assert ".realnet-presenter-switch input:checked) .realnet-private {" in style
    presenter_mode(True)
    try:
        hidden = dashboard.show_dashboard(data).header.value
    finally:
        presenter_mode(False)
    words = re.sub(r"<[^>]+>", "", re.sub(r"<style>.*?</style>", "", hidden, flags=re.S))
    assert data.workbook.path.name not in words and str(tmp_path) not in words
    assert "not shown while names are hidden" in words
    export = tmp_path / "Downloads" / "following_accounts.csv"  # an own export's name
    export.parent.mkdir()
    export.write_text("Account address,Show boosts,Notify on new posts,Languages\n"
                      "ada@example.social,true,false,\n", encoding="utf-8")  # fmt: skip
    own = open_workshop_data(str(export), quiet=True)
    assert "your export ~/Downloads/following_accounts.csv" in re.sub(
        r"<[^>]+>", "", dashboard.show_dashboard(own).header.value
    )
    presenter_mode(True)
    try:
        hidden = dashboard.show_dashboard(own).header.value
    finally:
        presenter_mode(False)
    assert "following_accounts" not in hidden and "Downloads" not in hidden


def test_an_own_export_on_one_platform_is_named_as_such(realnet_home, tmp_path):
    export = tmp_path / "following_accounts.csv"
    export.write_text(
        "Account address,Show boosts,Notify on new posts,Languages\n"
        "ada@example.social,true,false,\nbo@example.social,true,false,\n",
        encoding="utf-8",
    )
    data = open_workshop_data(str(export), quiet=True)
    page = dashboard.show_dashboard(data)
    words = re.sub(r"<[^>]+>", "", page.parts["scoreboard"].counts.value)
    assert "This export lists 2 accounts on Mastodon" in words
    assert "counts twice" not in words
    assert "None of them stands out" in words, "two follows, no messages: all offered"
    assert len(page.parts["scoring"].card.contacts) == 2


def test_an_export_where_everyone_is_worth_scoring_says_so(realnet_home, tmp_path):
    export = tmp_path / "Connections.csv"
    export.write_text(
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        "Ada,Quill,,Quill & Co,Owner,07 Mar 2021\nBo,Reed,,,Baker,12 Jan 2022\n",
        encoding="utf-8",
    )
    data = open_workshop_data(str(export), quiet=True)
    counts = dashboard.show_dashboard(data).parts["scoreboard"].counts.value
    words = re.sub(r"<[^>]+>", "", counts)
    assert "This export lists 2 accounts on LinkedIn" in words
    assert "All of them are worth scoring" in words and "stands out" not in words


def test_a_broken_export_is_refused_before_any_page(realnet_home, tmp_path, capsys):
    broken = tmp_path / "linkedin.zip"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    assert cli.main(["dashboard", str(broken), "--no-browser"]) == 2
    err = capsys.readouterr().err
    assert "linkedin.zip" in err and "Traceback" not in err and err.count("\n") == 1


def test_the_page_says_so_when_its_export_broke_meanwhile(
    realnet_home, opened_home, tmp_path, monkeypatch
):
    opened_home("band", realnet_home)  # the sample it falls back to, opened before
    broken = tmp_path / "connections.csv"
    broken.write_bytes(b"\x00\x01\x02")
    monkeypatch.setenv(dashboard.SOURCE_VARIABLE, str(broken))
    data, note = dashboard.open_dashboard_data()
    assert data.source == "band" and "could not open" in note.lower()
    assert "connections.csv" in note and "\n" not in note


# --- the plan tab: a plan without code ---------------------------------------------------


@pytest.fixture
def band_page(opened_sample):
    data = opened_sample("band")
    page = dashboard.show_dashboard(data)
    return data, page


@pytest.fixture(scope="module")
def _answered_band_home(sample_home):
    """A home in which the band sample was opened and its owner's answers filled in, once
    for this module (``answered_band_page`` copies it)."""
    from realnet_kit.session.data import fill_sample_answers

    with sample_home("band", "answered-band", answers=False) as (home, data):
        added = fill_sample_answers(data.workbook, "band", data.contacts["contact_id"])
        data.workbook.close()
    assert added > 0
    return home, added


@pytest.fixture
def answered_band_page(_answered_band_home, realnet_home):
    """(data, page): the band in this test's fresh home with its owner's answers already
    filled in (as the plan tab's button fills them), and a fresh dashboard on it."""
    home, added = _answered_band_home
    for item in home.iterdir():
        (shutil.copytree if item.is_dir() else shutil.copy2)(item, realnet_home / item.name)
    data = open_workshop_data("band", quiet=True)
    assert len(data.workbook.scores()) == added and data.workbook.plan().empty
    return data, dashboard.show_dashboard(data)


def _texts(maker) -> str:
    return " ".join([maker.status.value, maker.message.value, maker.editor.summary.value])


def test_without_scores_the_plan_tab_says_so_and_points_to_scoring(band_page):
    data, page = band_page
    maker = page.parts["plan"]
    tabs = page.steps
    assert "not scored anyone yet" in maker.status.value
    assert "step <i>3 Score</i>" in maker.status.value
    assert maker.go_scoring.layout.display != "none"
    assert "plan_actions" not in _texts(maker) and "<code>" not in _texts(maker)
    assert maker.make_plan() is None
    assert "nobody to plan for" in maker.message.value
    assert data.workbook.plan().empty
    tabs.selected_index = 3
    maker.go_scoring.click()
    assert tabs.selected_index == 2


def test_scores_of_the_card_become_a_plan_in_the_editor_and_the_notebooks(band_page):
    data, page = band_page
    card = page.parts["scoring"].card
    closest = card.contact_id
    assert card.quick_answers("33333343")  # inner circle, typed on the card
    maker = page.parts["plan"]
    page.steps.selected_index = 3  # opening the step reads the scores again
    assert "You have scored 1 contact:" in maker.status.value
    assert maker.go_scoring.layout.display == "none"
    maker.minutes.value = 60
    assert maker.minutes_words.value == "1 hour a week"
    first = data.today().date() + dt.timedelta(days=3)
    maker.start.value = first
    maker.make.click()
    assert "Your plan is ready" in maker.message.value, maker.message.value
    plan = data.workbook.plan()
    assert set(plan["contact_id"]) == {closest}
    assert plan["due"].min() >= pd.Timestamp(first, tz="UTC")
    assert (plan["status"] == "proposed").all()
    assert [row.plan_id for row in maker.editor.rows] == plan["plan_id"].tolist()
    # the notebooks (another Workbook on the same file) see the same plan at once
    with Workbook(data.workbook.path) as other:
        assert other.plan()["plan_id"].tolist() == plan["plan_id"].tolist()
    assert data.workbook.setting("weekly_minutes") in (60, "60")
    assert "plan holds" in page.progress.value
    assert "plan_actions" not in _texts(maker)


def test_making_the_plan_again_keeps_what_was_accepted(band_page):
    data, page = band_page
    maker = page.parts["plan"]
    maker.fill_sample_answers()
    assert "own answers" in maker.message.value
    first = maker.make_plan()
    assert first is not None and len(first)
    kept = maker.editor.rows[0]
    kept.status.value = "accepted"
    maker.minutes.value = 120
    maker.make.click()
    plan = data.workbook.plan().set_index("plan_id")
    assert plan.loc[kept.plan_id, "status"] == "accepted"
    week = plan["due"] < plan["due"].min() + pd.Timedelta(days=7)
    assert plan.loc[week & (plan["status"] == "proposed"), "minutes"].sum() <= 120


def test_the_owners_answers_fill_the_card_and_only_on_a_sample(band_page, tmp_path):
    data, page = band_page
    maker = page.parts["plan"]
    card = page.parts["scoring"].card
    assert maker.sample_answers.layout.display != "none"
    assert "Fill in the band" in maker.sample_answers.description
    added = maker.fill_sample_answers()
    assert added > 0 and len(data.workbook.scores()) == added
    assert not card.progress.value.startswith("0 of"), "the card shows the new answers"
    assert "inner circle" in maker.status.value
    assert maker.fill_sample_answers() == 0 and "scored already" in maker.message.value


def test_nobody_close_enough_no_first_day_or_one_long_ago_are_said_kindly(band_page):
    data, page = band_page
    card = page.parts["scoring"].card
    card.quick_answers("00000000")
    maker = page.parts["plan"]
    assert maker.make_plan() is None
    assert "inner circle or the real tier" in maker.message.value
    maker.start.value = None
    assert maker.make_plan() is None and "first day" in maker.message.value
    assert data.workbook.plan().empty
    maker.fill_sample_answers()
    maker.start.value = (data.today() - pd.Timedelta(days=60)).date()
    assert maker.make_plan() is None and "weeks ago" in maker.message.value
    maker.start.value = (data.today() - pd.Timedelta(days=3)).date()
    assert maker.make_plan() is not None, "last Monday is still fine"


def test_the_plan_tab_exports_into_the_participants_home(answered_band_page, realnet_home):
    _, page = answered_band_page
    maker = page.parts["plan"]
    assert maker.make_plan() is not None, maker.message.value
    paths = maker.editor.export_files()
    folder = realnet_home / "handouts" / "band"
    assert set(paths.values()) == {
        folder / "realnet-plan.ics",
        folder / "realnet-plan.html",
        folder / "realnet-plan.csv",
    }
    assert all(p.is_file() for p in paths.values())
    assert str(folder) in maker.editor.message.value
    assert str(folder / "realnet-plan.ics") in maker.editor.files.value
    assert maker.editor.files.value.count("download=") == 3


def test_the_presenter_switch_hides_names_on_every_tab(answered_band_page):
    from realnet_kit.privacy import is_presenter_mode

    _, page = answered_band_page
    maker = page.parts["plan"]
    assert maker.make_plan() is not None, maker.message.value
    card = page.parts["scoring"].card
    name = str(card.contacts.iloc[card.position]["name"])
    planned = maker.editor.rows[0]
    planned_name = str(planned.item["name"])
    assert name in card.header.value and planned_name in planned.who.value
    try:
        page.hide_names.value = True
        assert is_presenter_mode()
        assert name not in card.header.value
        assert planned_name not in maker.editor.rows[0].who.value
        assert planned_name not in " ".join(label for label, _ in page.parts["log"].log.who.options)
    finally:
        page.hide_names.value = False
    assert not is_presenter_mode() and name in card.header.value


def test_the_header_is_rewritten_when_names_are_hidden_or_shown(opened_sample):
    from realnet_kit.privacy import presenter_mode

    data = opened_sample("bakery")
    presenter_mode(True)
    try:
        page = dashboard.show_dashboard(data)  # built with names hidden
        place = data.workbook.path.name
        assert place not in page.header.value
        page.hide_names.value = False
        assert place in page.header.value
        page.hide_names.value = True
        assert place not in page.header.value
    finally:
        presenter_mode(False)


def test_presenter_flag_reaches_the_page(monkeypatch):
    seen = {}

    def fake_run(command, env):
        seen["env"] = env
        return 0

    monkeypatch.setattr(dashboard, "run_until_stopped", fake_run)
    monkeypatch.setattr(dashboard, "_has_voila", lambda: True)
    assert cli.main(["dashboard", "bakery", "--no-browser", "--presenter"]) == 0
    assert seen["env"]["REALNET_PRESENTER"] == "1"
    assert seen["env"][dashboard.SOURCE_VARIABLE] == "bakery"


def test_an_unexpected_error_in_a_button_is_a_sentence(band_page, monkeypatch):
    _, page = band_page
    maker = page.parts["plan"]

    def boom():
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(maker, "scored", boom)
    maker.make.click()  # must not raise
    assert "Something went wrong: disk on fire" in maker.message.value
    assert "Traceback" not in maker.message.value
    assert not maker.make.disabled, "the button works again for the next try"


def test_the_log_tab_explains_itself_and_follows_the_plan(band_page):
    _, page = band_page
    log = page.parts["log"]
    assert "three clicks" in log.note.value and "Nobody has a rhythm yet" in log.note.value
    page.parts["plan"].fill_sample_answers()
    page.parts["plan"].make_plan()
    page.steps.selected_index = 4
    assert "Nobody has a rhythm yet" not in log.note.value
    assert log.log.due_ids(), "people of the plan are due on the sample's day"


def test_the_dashboard_notebook_runs_headless(realnet_home, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    monkeypatch.setenv(dashboard.SOURCE_VARIABLE, "studio")
    nb = nbformat.read(dashboard.DASHBOARD_NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3").execute()
    outputs = [o for cell in nb.cells for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs)
    assert Path(realnet_home / "sample-studio.sqlite").is_file()
