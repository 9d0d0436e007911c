"""The scoring widgets driven as objects: clicks land in the workbook at once."""

from __future__ import annotations

import base64
import datetime as dt
import html
import re

import ipywidgets
import pandas as pd
import pytest
from ipywidgets.widgets.widget import _instances

import realnet_kit
from realnet_kit import Workbook
from realnet_kit.scoring import people_scored_in
from realnet_kit.widgets import quick_log
from realnet_kit.widgets._app import scoring_app
from realnet_kit.widgets._card import ScoringCard
from realnet_kit.widgets._picker import ContactPicker
from realnet_kit.widgets._results import LiveResults, funnel_figures
from realnet_kit.widgets._transfer import WorkbookTransfer

XSS = "<img src=x onerror=alert(1)>"


def _contacts(n=5):
    return pd.DataFrame(
        {
            "contact_id": pd.array([f"x:{i}" for i in range(n)], dtype="string"),
            "platform": pd.array(["x", "instagram"] * (n // 2) + ["x"] * (n % 2), "string"),
            "handle": pd.array([f"user{i}" for i in range(n)], dtype="string"),
            "name": pd.array([XSS] + [f"Person {i}" for i in range(1, n)], dtype="string"),
            "company": pd.array(["Bakery"] + [None] * (n - 1), dtype="string"),
            "category": pd.array(["mutual"] * (n - 1) + ["suspicious"], dtype="string"),
            "suspicion_reasons": pd.array([""] * (n - 1) + ["no posts; default avatar"], "string"),
            "relevant": pd.array([True] + [False] * (n - 1), dtype="boolean"),
            "follows_me": pd.array([True] * n, dtype="boolean"),
            "i_follow": pd.array([True] * (n - 1) + [False], dtype="boolean"),
        }
    )


@pytest.fixture
def wb(realnet_home):
    workbook = Workbook()
    workbook.add_contacts(_contacts())
    return workbook


@pytest.fixture
def presenting():
    realnet_kit.presenter_mode(True)
    yield
    realnet_kit.presenter_mode(False)


def test_each_click_is_saved_and_progress_counts(wb):
    card = ScoringCard(wb, _contacts())
    assert card.progress.value == "0 of 5 scored"
    assert card.contact_id == "x:0"
    card.toggles["ideas"].value = 2
    card.toggles["offline"].value = 1
    assert wb.score_for("x:0") == {"ideas": 2, "offline": 1}
    assert card.progress.value == "1 of 5 scored"
    assert card.answer_words["ideas"].value == "answer: a few times"  # said in words
    assert card.answer_words["last_talk"].value == "not answered yet"
    card.next_button.click()
    assert card.contact_id == "x:1"
    assert all(t.value is None for t in card.toggles.values())
    card.answer("relevant", 3)
    assert wb.score_for("x:1") == {"relevant": 3}
    card.previous_button.click()
    assert card.toggles["ideas"].value == 2  # prefilled from the workbook
    assert card.progress.value == "2 of 5 scored"


def test_reopening_resumes_and_prefills(wb):
    card = ScoringCard(wb, _contacts())
    card.answer("ideas", 3)
    card.next()
    card.answer("ideas", 1)
    wb.close()
    again = ScoringCard(Workbook(), _contacts())  # a restarted kernel
    assert again.progress.value == "2 of 5 scored"
    assert again.contact_id == "x:2"  # the first one without answers
    again.go_to(0)
    assert again.toggles["ideas"].value == 3


def test_skip_and_undo(wb):
    card = ScoringCard(wb, _contacts())
    card.answer("ideas", 1)
    card.go_to(2)
    card.answer("ideas", 2)
    card.go_to(0)
    card.skip_button.click()
    assert card.contact_id == "x:1"
    card.undo_button.click()
    assert card.contact_id == "x:2"  # shows the contact whose answer was taken back
    assert card.toggles["ideas"].value is None
    assert wb.score_for("x:2") == {}
    assert card.progress.value == "1 of 5 scored"
    assert "Undone" in card.status.value
    card.undo()
    card.undo()
    assert card.status.value == "Nothing to undo."


def test_names_are_escaped_everywhere(wb):
    card = ScoringCard(wb, _contacts())
    assert XSS not in card.header.value
    assert "&lt;img src=x onerror=alert(1)&gt;" in card.header.value
    picker = ContactPicker(_contacts(), wb)
    assert XSS not in picker.table.value and "&lt;img" in picker.table.value
    assert "<img" not in card.header.value + picker.table.value


def test_card_shows_what_the_export_and_audit_know(wb):
    card = ScoringCard(wb, _contacts())
    assert "Bakery" in card.header.value and "mutual" in card.header.value
    card.go_to(4)
    assert "no posts; default avatar" in card.header.value
    assert "probably not a person" in card.header.value  # the audit group, in its one name


def test_presenter_mode_masks_card_and_picker(wb, presenting):
    card = ScoringCard(wb, _contacts())
    card.go_to(1)
    picker = ContactPicker(_contacts(), wb)
    for shown in (card.header.value, picker.table.value):
        assert "Person 1" not in shown and "user1" not in shown
    realnet_kit.presenter_mode(False)
    assert "Person 1" in card.header.value  # redrawn at once when it is turned off
    assert "Person 1" in picker.table.value


X_ID = "x:803714853368795145"
X_URL = "https://twitter.com/intent/user?user_id=803714853368795145"
NAMELESS = pd.DataFrame({
    "contact_id": pd.array([X_ID, "instagram:lucy"], dtype="string"),
    "platform": pd.array(["x", "instagram"], dtype="string"),
    "name": pd.array([None, "Lucy Smith"], dtype="string"),
    "handle": pd.array([None, "smith.lucy"], dtype="string"),
    "profile_url": pd.array([X_URL, "javascript:alert(1)"], dtype="string"),
})  # fmt: skip


def test_nameless_x_accounts_read_as_the_notebooks_say_them(wb):
    card = ScoringCard(wb, NAMELESS)
    picker = ContactPicker(NAMELESS, wb)
    header, table = card.header.value, picker.table.value
    assert ">X account 803714853368795145</h3>" in header and X_ID not in header + table
    assert "<dt>Platform</dt><dd>X</dd>" in header, "platforms as people know them"
    assert f"<dd><a href='{html.escape(X_URL, quote=True)}' target='_blank' " in header
    assert ">Open their X profile</a>" in header, "a link that says where it goes"
    assert "rel='noopener noreferrer'" in header + table
    assert "X account 803714853368795145</a></th>" in table
    assert "<td>X</td>" in table and "<td>Instagram</td>" in table
    assert ("X", "x") in picker.platform.options and ("Instagram", "instagram") in (
        picker.platform.options
    )
    picker.platform.value = "x"
    assert picker.selected()["contact_id"].tolist() == [X_ID]
    card.go_to(1)
    assert "Lucy Smith" in card.header.value
    assert "javascript" not in card.header.value + picker.table.value, "web links only"


def test_presenter_mode_hides_account_numbers_and_profile_links(wb):
    card = ScoringCard(wb, NAMELESS)
    picker = ContactPicker(NAMELESS, wb)
    realnet_kit.presenter_mode(True)
    try:
        for shown in (card.header.value, picker.table.value):
            assert "803714853368795145" not in shown and "twitter.com" not in shown
            assert "href" not in shown and "Lucy" not in shown and "smith.lucy" not in shown
            assert "X account " in shown
    finally:
        realnet_kit.presenter_mode(False)
    assert "X account 803714853368795145" in card.header.value


def test_quick_log_names_nameless_accounts_and_says_how_due_once(wb):
    wb.log_interaction(X_ID, pd.Timestamp("2019-05-04 10:00", tz="UTC"), "in", "message")
    scored = pd.DataFrame({"contact_id": [X_ID], "tier": ["real"]})
    log = quick_log(wb, scored, contacts=NAMELESS, today="2024-10-03")
    row = log.due_box.children[0].children[0].value
    assert row.startswith("<b>X account 803714853368795145</b>: ")
    assert row.lower().count("overdue") == 1, row
    assert "they wrote to you in May 2019" in row and "for an answer" in row
    # five years waiting reads as overdue in the picker too, not "due"
    assert log.who.options[0] == ("X account 803714853368795145  (overdue)", X_ID)
    log.who.value, log.what.value = X_ID, "message"
    assert log.log_it() and "with X account 803714853368795145" in log.message.value


def test_controls_are_labelled_and_in_tab_order(wb):
    card = ScoringCard(wb, _contacts())
    for toggle in card.toggles.values():
        assert toggle.description and all(label for label in toggle._options_labels)
        assert len(toggle.tooltips) == len(toggle.options)
    buttons = [card.previous_button, card.next_button, card.skip_button, card.undo_button]
    assert all(b.description for b in buttons)
    focusable = []  # in document order, which is the Tab order
    stack = [card.widget]
    while stack:
        widget = stack.pop(0)
        if isinstance(widget, ipywidgets.Button | ipywidgets.ToggleButtons):
            focusable.append(widget)
        stack[:0] = list(getattr(widget, "children", ()))
    first_question = focusable.index(card.toggles["ideas"])
    assert focusable[first_question - 1] is card.next_button  # one Tab after Next
    assert focusable[-1] is card.toggles["relevant"]


def test_bad_value_reports_and_keeps_the_rest(wb):
    card = ScoringCard(wb, _contacts())
    card.answer("ideas", 2)
    with pytest.raises(ValueError):
        wb.save_score(card.contact_id, ideas=9)
    assert wb.score_for("x:0") == {"ideas": 2}


def test_empty_contact_list(wb):
    card = ScoringCard(wb, _contacts().iloc[0:0])
    assert card.contact_id is None
    assert "No contacts" in card.header.value
    assert card.progress.value == "0 of 0 scored"


def test_picker_filters_and_pages(wb):
    picker = ContactPicker(_contacts(), wb, page_size=2)
    assert picker.count.value == "5 of 5 contacts match"
    assert picker.page_label.value == "1–2 of 5"
    assert picker.table.value.count("<tr>") == 3  # header + 2 rows
    picker.next_page.click()
    assert picker.page_label.value == "3–4 of 5"
    picker.platform.value = "instagram"
    assert set(picker.selected()["contact_id"]) == {"x:1", "x:3"}
    picker.platform.value = "all"
    picker.category.value = "suspicious"
    assert picker.selected()["contact_id"].tolist() == ["x:4"]
    picker.category.value = "all"
    picker.relevance.value = "relevant"
    assert picker.selected()["contact_id"].tolist() == ["x:0"]
    picker.relevance.value = "all"
    picker.search.value = "PERSON 3"
    assert picker.selected()["contact_id"].tolist() == ["x:3"]
    picker.search.value = ""
    wb.save_score("x:2", ideas=1)
    picker.scored_filter.value = "scored"
    assert picker.selected()["contact_id"].tolist() == ["x:2"]
    picker.scored_filter.value = "not yet scored"
    assert "x:2" not in set(picker.selected()["contact_id"])
    picker.search.value = "nobody like this"
    assert "No contact matches" in picker.table.value
    assert picker.use_button.disabled


def test_picker_on_50000_contacts_builds_few_widgets(realnet_home):
    n = 50_000
    big = pd.DataFrame(
        {
            "contact_id": [f"x:{i}" for i in range(n)],
            "platform": ["x", "instagram"] * (n // 2),
            "name": [f"Name {i}" for i in range(n)],
        }
    )
    before = len(_instances)
    picker = ContactPicker(big)
    picker.search.value = "name 4999"
    assert len(picker.selected()) == 11  # 4999 and 49990..49999
    assert len(_instances) - before < 40


def test_app_wires_picker_card_and_results(wb):
    box = scoring_app(wb, _contacts())
    assert isinstance(box, ipywidgets.VBox)
    app = box.app
    first_image = app.results.image
    redraws = app.results.redraws
    app.card.answer("ideas", 3)
    assert app.results.redraws == redraws + 1  # no event loop in tests: redraws at once
    assert app.results.image is first_image  # updated in place, not rebuilt
    assert "1 of 5 contacts scored" in app.results.summary.value
    app.picker.platform.value = "instagram"
    app.picker.use_button.click()
    assert app.card.progress.value == "0 of 2 scored"
    assert app.card.contact_id in {"x:1", "x:3"}


def test_results_text_and_funnel(wb):
    live = LiveResults(wb, _contacts())
    png = live.image.value
    wb.save_score("x:0", ideas=3, i_helped=3, they_helped=3, they_would=3, i_would=3,
                  offline=3, last_talk=4, relevant=3)  # fmt: skip
    live.refresh()
    assert live.image.value != png and live.pictures == 2
    live.refresh()  # nothing moved: the text is refreshed, the picture is not redrawn
    assert live.pictures == 2 and live.redraws == 3
    assert "inner circle has 1 person" in live.summary.value
    figures = funnel_figures(_contacts(), wb.scores())
    assert figures["followers"] == 5 and figures["real"] == 4
    assert figures["mutual"] == 4 and figures["engaged"] == 1 and figures["relevant"] == 1


def test_transfer_download_and_upload(wb, tmp_path):
    wb.save_score("x:0", ideas=2)
    transfer = WorkbookTransfer(wb)
    transfer.prepare_button.click()
    payload = re.search(r"base64,([A-Za-z0-9+/=]+)'", transfer.link.value).group(1)
    data = base64.b64decode(payload)
    assert data.startswith(b"SQLite format 3\x00")
    other = Workbook(tmp_path / "elsewhere.sqlite")
    receiver = WorkbookTransfer(other)
    summary = receiver.merge_bytes("realnet-workbook.sqlite", data)
    assert summary["contacts"] == 5 and summary["scores"] == 1
    assert other.score_for("x:0") == {"ideas": 2}
    assert "Added 5 new contacts" in receiver.result.value
    assert receiver.merge_bytes("holiday.jpg", b"\xff\xd8\xff" + b"0" * 100) is None
    assert "Problem" in receiver.result.value and "Nothing was changed" in receiver.result.value
    receiver.upload.value = (
        {
            "name": XSS,
            "type": "",
            "size": 4,
            "content": memoryview(b"junk"),
            "last_modified": dt.datetime.now(dt.UTC),
        },
    )
    assert "&lt;img" in receiver.result.value and XSS not in receiver.result.value
    assert len(other.contacts()) == 5


def test_app_starts_with_a_manageable_card_plus_everyone_scored(wb, monkeypatch):
    from realnet_kit.widgets import _app as app_module

    monkeypatch.setattr(app_module, "DEFAULT_CARD_SIZE", 3)
    wb.save_score("x:4", ideas=1)  # the suspicious one, last in the scoring order
    box = scoring_app(wb, _contacts())
    card = box.app.card
    assert card.progress.value == "1 of 3 scored"
    assert set(card.contacts["contact_id"]) == {"x:0", "x:1", "x:4"}
    assert "starts with 3 of your 5 contacts" in box.children[0].value


def test_quick_keys_answer_all_questions_and_move_on(wb):
    card = ScoringCard(wb, _contacts())
    card.quick.value = "3 2 2 3 3 1 4 2"
    assert wb.score_for("x:0") == {
        "ideas": 3, "i_helped": 2, "they_helped": 2, "they_would": 3, "i_would": 3,
        "offline": 1, "last_talk": 4, "relevant": 2,
    }  # fmt: skip
    assert card.contact_id == "x:1" and card.quick.value == ""
    assert card.progress.value == "1 of 5 scored"
    card.quick.value = "1-2"
    assert wb.score_for("x:1") == {"ideas": 1, "they_helped": 2}
    card.quick.value = "9"  # out of range: nothing saved, the text stays to be fixed
    assert card.contact_id == "x:2" and wb.score_for("x:2") == {}
    assert "takes 0 to 3" in card.status.value and card.quick.value == "9"
    card.quick.value = "123456789"
    assert "only 8 questions" in card.status.value
    card.undo()
    assert wb.score_for("x:1") == {}


def test_results_redraw_in_the_background_inside_a_kernel_loop(wb, monkeypatch):
    import asyncio

    from realnet_kit.widgets import _results

    # the pause after a burst, shortened: the burst below has no pause inside it at all
    monkeypatch.setattr(_results, "REDRAW_DELAY", 0.05)
    live = LiveResults(wb, _contacts())
    start = live.redraws

    async def burst_of_answers():
        for value in (1, 2, 3):
            wb.save_score("x:0", ideas=value)
            live.schedule()  # as the card does after each answer
        assert live.redraws == start, "nothing is drawn in the middle of the burst"
        for _ in range(6000):  # wait (up to a minute on a busy machine) for the drawing
            await asyncio.sleep(0.01)
            if live.redraws > start and live._worker is None:
                return

    asyncio.run(burst_of_answers())
    assert live.redraws == start + 1  # one redraw for the whole burst
    assert "1 of 5 contacts scored" in live.summary.value


def test_the_card_and_the_results_count_the_same_way_with_commas(wb):
    """The band's card read "contact 1 of 200" beside "Score these 4,410", and the results
    "0 of 4410 contacts scored": counts without commas, two numbers unexplained."""
    n = 1_500
    many = pd.DataFrame({"contact_id": [f"x:{i}" for i in range(n)],
                         "name": [f"Person {i}" for i in range(n)]})  # fmt: skip
    app = scoring_app(wb, many).app
    assert app.card.where.value == "contact 1 of the 200 on the card, from 1,500 worth scoring"
    goal = people_scored_in()
    assert app.card.progress.value == f"0 of today's {goal} scored", "a goal, not the list"
    assert f"0 of today's {goal} scored" in app.results.summary.value
    assert "1,500 are on the list" in app.results.summary.value
    assert app.picker.use_button.description == "Put these 1,500 on the card"
    app.picker.search.value = "Person 14"  # 14 and 140-149 and 1400-1499
    app.picker.use_button.click()
    assert app.card.where.value == f"contact 1 of {len(app.picker.selected()):,}"


def test_the_counter_counts_towards_todays_goal_and_the_card_goes_on_past_it(wb):
    """03's card read "0 of 4,410 contacts scored" and "page 1 of 221" beside a text that
    asks for some 45 people and says never to aim to finish."""
    card = ScoringCard(wb, _contacts(), goal=2)
    assert card.progress.value == "0 of today's 2 scored"
    for _ in range(3):
        assert card.quick_answers("3")
    assert card.progress.value.startswith("3 scored: today's 2 reached")
    assert card.contact_id == "x:3", "past the goal, the next person is there all the same"
    assert ScoringCard(wb, _contacts(), goal=10).progress.value == "3 of 5 scored"


def test_notebook_03_names_the_goal_the_counter_counts_towards(repo):
    """The text's "some 45 people" and the card's "0 of today's 45" are one number."""
    import json

    from realnet_kit.widgets._common import TODAY_GOAL

    nb = json.loads((repo / "workshops" / "03-score-your-contacts.ipynb").read_text("utf-8"))
    text = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert f"some {TODAY_GOAL} people" in text and f"towards those {TODAY_GOAL}" in text
