"""Exercises: kind feedback on the learner's own numbers, never an exception, progress kept."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest

from realnet_kit.exercises import engine as exercises
from realnet_kit.exercises.bank import EXERCISES
from realnet_kit.session.data import WorkshopData
from realnet_kit.workbook.book import Workbook


def _contacts() -> pd.DataFrame:
    flags = [(True, True), (True, True), (True, False), (True, False), (False, True)]
    return pd.DataFrame(
        {
            "contact_id": pd.array([f"x:{i}" for i in range(5)], dtype="string"),
            "platform": pd.array(["x"] * 5, dtype="string"),
            "handle": pd.array(["ana", "ben", "cy", "dee", "eli"], dtype="string"),
            "name": pd.array(["Ana", "Ben", "Cy", "Dee", "Eli"], dtype="string"),
            "follows_me": pd.array([f for f, _ in flags], dtype="boolean"),
            "i_follow": pd.array([i for _, i in flags], dtype="boolean"),
        }
    )


def _interactions() -> pd.DataFrame:
    rows = [
        ("x:0", "2026-01-01", "in"),
        ("x:0", "2026-01-02", "out"),
        ("x:1", "2026-01-05", "in"),
        ("x:2", "2026-01-06", "in"),
        ("x:2", "2026-01-07", "out"),
        ("x:2", "2026-01-08", "out"),
    ]
    return pd.DataFrame(
        {
            "contact_id": pd.array([r[0] for r in rows], dtype="string"),
            "timestamp": pd.to_datetime([r[1] for r in rows], utc=True),
            "direction": pd.array([r[2] for r in rows], dtype="string"),
            "kind": pd.array(["message"] * len(rows), dtype="string"),
            "note": pd.array(["hello"] * len(rows), dtype="string"),
        }
    )


# The mechanics of a number exercise (tolerance, mixups, commas, shares) are tested on
# exercises of this kind, built as the notebooks' number exercises are, under the keys
# these tests have always used; the workshop's own bank is tested further down.
def _mechanics() -> dict:
    from realnet_kit import narrate
    from realnet_kit.exercises.bank import number
    from realnet_kit.words import percent_value

    def share(d):
        s = narrate.audit_summary(d)
        return round(percent_value(s["suspicious"], s["followers"] or s["contacts"]))

    return {
        "0.1": number(
            "0.1",
            "accounts loaded",
            lambda d: len(d.contacts),
            "Look at the Loaded line.",
            lambda d, n: "That is your scoreboard.",
            mixups=lambda d: {
                narrate.audit_summary(d)["followers"]: (
                    "followers-only",
                    "that is your followers alone.",
                )
            },
        ),
        "1.1": number(
            "1.1",
            "mutual follows",
            lambda d: narrate.audit_summary(d)["mutual"],
            "Mutual means you follow each other; find the line that says so.",
            lambda d, n: f"Out of {narrate.audit_summary(d)['followers']:,} followers.",
            hint2="The number before the brackets.",
            mixups=lambda d: {
                round(
                    percent_value(
                        narrate.audit_summary(d)["mutual"], narrate.audit_summary(d)["followers"]
                    )
                ): ("share-not-count", "that is the share in brackets.")
            },
        ),
        "1.3": number(
            "1.3",
            "suspicious share",
            share,
            "The percentage in brackets on that line.",
            lambda d, n: "Each comes with its reasons.",
            tolerance=1,
            unit="%",
        ),
        "2.1": number(
            "2.1",
            "never answered",
            narrate.never_answered,
            "The line that says never answered.",
            lambda d, n: "Each one is a voicemail nobody called back.",
            mixups=lambda d: {
                narrate.waiting_count(d): (
                    "counted-late-answers",
                    "it also counts the messages you answered late.",
                )
            },
        ),
        "2.2": number(
            "2.2",
            "sent per received",
            lambda d: round(narrate.talk_listen(d)["ratio"], 1),
            "Sent divided by received.",
            lambda d, n: "Above 1 you talk more.",
            tolerance=0.1,
        ),
    }


@pytest.fixture(autouse=True)
def _number_exercises(monkeypatch):
    bank = {**EXERCISES, **_mechanics()}
    monkeypatch.setattr(exercises, "_bank", lambda: dict(sorted(bank.items())))


@pytest.fixture
def data(realnet_home) -> WorkshopData:
    workbook = Workbook(realnet_home / "workbook.sqlite")
    contacts = _contacts()
    workbook.add_contacts(contacts)
    return WorkshopData(contacts, _interactions(), workbook, "test", is_sample=False)


def test_every_exercise_has_a_notebook_a_title_and_a_hint():
    assert EXERCISES
    for key, exercise in EXERCISES.items():
        assert exercise.key == key
        assert exercise.notebook in {f"{n:02d}" for n in range(7)}
        assert exercise.title and len(exercise.hint) > 20


def test_a_right_number_passes_and_is_saved(data, capsys):
    exercises.check("0.1", 5, data=data)
    assert "Well done" in capsys.readouterr().out
    saved = data.workbook.exercise_progress()
    assert saved.loc[0, "exercise"] == "0.1" and bool(saved.loc[0, "passed"])


def test_a_wrong_number_gets_direction_and_a_nudge_not_the_answer(data, capsys):
    exercises.check("1.1", 7, data=data)  # two mutual follows in the data
    out = capsys.readouterr().out
    assert "Not yet" in out and "too high" in out and 'hint("1.1")' in out
    assert "is right" not in out
    exercises.check("1.1", 2, data=data)
    assert "2 is right" in capsys.readouterr().out


def test_numbers_typed_as_text_are_understood(data, capsys):
    exercises.check("1.1", " 2 ", data=data)
    assert "Well done" in capsys.readouterr().out
    exercises.check("1.1", "two", data=data)
    assert "expected a number" in capsys.readouterr().out


@pytest.mark.parametrize("blank", [None, ..., "", "  ", "..."])
def test_an_unanswered_exercise_prints_guidance_and_never_raises(data, capsys, blank):
    exercises.check("1.1", blank, data=data)
    out = capsys.readouterr().out
    assert "waiting for your answer" in out
    assert len(data.workbook.exercise_progress()) == 0


def test_the_earlier_answer_is_shown_when_coming_back(data, capsys):
    exercises.check("2.3", "Ben: thank him for the tip", data=data)
    capsys.readouterr()
    exercises.check("2.3", ..., data=data)
    assert "Last time you answered: Ben: thank him for the tip" in capsys.readouterr().out


def test_choice_feedback_explains_each_option(data, capsys):
    followers = _letter_of("1.2", "followers")
    exercises.check("1.2", followers, data=data)
    assert "scoreboard" in capsys.readouterr().out
    exercises.check("1.2", f"({EXERCISES['1.2'].right.upper()})", data=data)
    assert "Well done" in capsys.readouterr().out
    exercises.check("1.2", "z", data=data)
    assert "Type one of the letters" in capsys.readouterr().out


def test_listening_exercises_use_the_messages(data, capsys):
    exercises.check("2.1", 1, data=data)  # only x:1's message waits
    assert "Well done" in capsys.readouterr().out
    exercises.check("2.2", 1.0, data=data)  # 3 out, 3 in
    assert "Well done" in capsys.readouterr().out


def test_a_short_reflection_asks_for_a_few_more_words(data, capsys):
    exercises.check("2.3", "Ben", data=data)
    assert "A few more words" in capsys.readouterr().out


def test_a_task_checks_the_workbook(data, capsys):
    exercises.check("3.1", data=data)
    assert "scored 0 so far" in capsys.readouterr().out
    for cid in data.contacts["contact_id"]:
        data.workbook.save_score(cid, ideas=3, they_would=3, i_would=3, last_talk=4)
    exercises.check("3.1", data=data)
    assert "Well done" in capsys.readouterr().out


def test_hint_and_solution_speak_about_the_learners_numbers(data, capsys):
    exercises.hint("1.1")
    assert "Mutual" in capsys.readouterr().out
    exercises.solution("1.1", data=data)
    assert "The answer is 2." in capsys.readouterr().out


def test_unknown_exercise_and_missing_data_print_what_to_do(capsys, monkeypatch):
    exercises.check("9.9", 1)
    assert "There is no exercise '9.9'" in capsys.readouterr().out
    monkeypatch.setattr("realnet_kit.session.data._CURRENT", None)
    exercises.check("1.1", 3)
    assert "open_workshop_data(SOURCE)" in capsys.readouterr().out


def test_a_broken_judge_becomes_a_message(data, capsys, monkeypatch):
    def explode(data):
        raise RuntimeError("boom")

    monkeypatch.setattr("realnet_kit.narrate.audit_summary", explode)
    exercises.check("1.1", 2, data=data)
    assert "could not check that answer" in capsys.readouterr().out


def test_progress_lists_done_tried_and_not_started_with_last_answers(data, capsys):
    exercises.check("0.1", 5, data=data)
    exercises.check("1.1", 9, data=data)
    table = exercises.progress(data=data).data
    out = capsys.readouterr().out
    assert f"completed 1 of {len(EXERCISES)}" in out
    assert "✓ done" in table and "… tried" in table and "not started" in table
    assert "<td style='padding:2px 10px;text-align:left'>9</td>" in table
    only = exercises.progress(data=data, notebook="1").data
    assert "0.1" not in only


def test_answers_are_escaped_in_the_progress_table(data):
    exercises.check("2.3", "<script>alert(1)</script> is my answer", data=data)
    table = exercises.progress(data=data).data
    assert "<script>" not in table and "&lt;script&gt;" in table


def test_answers_are_hidden_on_the_projector(data, capsys):
    from realnet_kit import presenter_mode

    exercises.check("2.3", "Ben: thank him for the tip", data=data)
    presenter_mode(True)
    try:
        exercises.check("2.3", ..., data=data)
        table = exercises.progress(data=data).data
    finally:
        presenter_mode(False)
    out = capsys.readouterr().out
    assert "Ben" not in out.split("Well done")[-1] and "Ben" not in table


def test_an_address_book_alone_still_gets_sensible_answers(realnet_home, tmp_path, capsys):
    from realnet_kit.session.data import open_workshop_data

    export = tmp_path / "contacts.csv"
    export.write_text("Name,Email\nAda Lovelace,ada@example.org\nAlan Kay,alan@example.org\n")
    data = open_workshop_data(str(export), quiet=True)
    for key, answer in (("0.1", 2), ("1.1", 0), ("1.3", 0), ("2.1", 0), ("3.2", 0)):
        exercises.check(key, answer, data=data)
        assert "Well done" in capsys.readouterr().out, key


def test_a_number_typed_with_a_thousands_comma_is_understood(data, capsys):
    # ``answer = 5,000`` without quotes is the tuple (5, 0) in Python.
    data.contacts = pd.concat([data.contacts] * 1000, ignore_index=True)
    exercises.check("0.1", (5, 0), data=data)
    out = capsys.readouterr().out
    assert "Well done" in out and "reads a comma as two numbers" in out and "5000" in out
    exercises.check("0.1", (5, 1, 2), data=data)
    assert "Not yet" in capsys.readouterr().out


def test_a_share_typed_as_a_fraction_counts(data, capsys):
    data.cache["audit_summary"] = pd.Series({"followers": 4, "contacts": 5, "suspicious": 1})
    exercises.check("1.3", 0.25, data=data)
    out = capsys.readouterr().out
    assert "25% is right" in out and "as a fraction" in out


def test_a_neighbouring_figure_gets_told_what_it_is(data, capsys):
    exercises.check("1.1", 50, data=data)  # 2 of 4 followers: 50% is the share
    out = capsys.readouterr().out
    assert "Not yet" in out and "the share in brackets" in out
    exercises.check("1.1", 2, data=data)
    assert "Well done" in capsys.readouterr().out


def test_a_wrong_try_after_a_right_one_keeps_the_right_answer(data, capsys):
    exercises.check("1.1", 2, data=data)
    exercises.check("1.1", 7, data=data)
    capsys.readouterr()
    exercises.check("1.1", ..., data=data)
    assert "Last time you answered: 2 (✓ done)" in capsys.readouterr().out
    # The wrong try is kept too (the workbook has every attempt), yet 2 is what shows.
    saved = data.workbook.exercise_progress().set_index("exercise")
    assert saved.loc["1.1", "attempts"] == 2 and saved.loc["1.1", "last_answer"] == "7"
    assert data.workbook.exercise_history()["answer"].tolist() == ["2", "7"]
    assert exercises.earlier_answer("1.1", data=data) == "2"
    table = exercises.progress(data=data).data
    assert "<td style='padding:2px 10px;text-align:left'>2</td>" in table
    assert "<td style='padding:2px 10px;text-align:left'>7</td>" not in table
    exercises.check("2.1", 9, data=data)
    exercises.check("2.1", ..., data=data)
    assert "Last time you answered: 9 (not right yet)" in capsys.readouterr().out


def test_recall_brings_back_an_earlier_reflection(data, capsys):
    exercises.recall("2.3", "4.2", data=data)
    out = capsys.readouterr().out
    assert out.count("no answer saved yet") == 2 and "notebook 04" in out
    exercises.check("2.3", "Ben: thank him for the tip", data=data)
    capsys.readouterr()
    exercises.recall("2.3", data=data)
    assert "you wrote: Ben: thank him for the tip" in capsys.readouterr().out
    exercises.check("2.3", "Ben", data=data)  # too short: not right, yet kept
    exercises.recall("2.3", data=data)
    assert "you wrote: Ben: thank him for the tip" in capsys.readouterr().out
    assert len(data.workbook.exercise_history()) == 2


# --- the workshop's own bank --------------------------------------------------------------


def test_at_most_a_third_of_the_exercises_only_read_a_printed_number():
    kinds = [e.kind for e in EXERCISES.values()]
    assert kinds.count("copy") * 3 <= len(kinds)
    assert {"prediction", "interpretation", "discussion", "commitment"} <= set(kinds)
    assert {"2.3", "4.2", "5.3", "6.3"} <= {
        k for k, e in EXERCISES.items() if e.kind == "commitment"
    }


def test_every_wrong_choice_names_its_misconception():
    for exercise in EXERCISES.values():
        if exercise.kind == "interpretation":
            assert len(exercise.mistakes) == 2 and all(exercise.mistakes), exercise.key
            assert exercise.hint2, exercise.key


def _letter_of(key: str, words: str) -> str:
    """The letter of the option of ``key`` whose text holds ``words``."""
    (letter,) = [k for k, text in EXERCISES[key].options.items() if words in text]
    return letter


def test_a_wrong_choice_is_recorded_with_its_stable_name(data):
    followers = _letter_of("1.2", "number of followers")
    verdict = exercises.judge(EXERCISES["1.2"], followers, data)
    assert not verdict.passed and verdict.mistake == followers, "the room counts the letter"
    assert EXERCISES["1.2"].misconceptions[followers] == "followers-are-the-network"
    assert exercises.judge(EXERCISES["1.2"], EXERCISES["1.2"].right, data).passed


# Each wrong option's text, the misconception the room names it by, and words of the
# feedback it gets: reordering the letters must carry all three along together.
WRONG_OPTIONS = {
    "1.2": [("number of followers", "followers-are-the-network", "scoreboard"),
            ("accounts you follow", "following-is-the-network", "listen to others")],
    "1.3": [("block it", "kit-declares-fakes", "never declares"),
            ("keep it and leave it", "every-follower-counts", "padded")],
    "2.2": [("leave it", "too-late-to-reply", "door closed"),
            ("newsletter", "broadcast-instead-of-reply", "talks at them")],
    "3.3": [("inner circle", "likes-make-a-relationship", "attention"),
            ("scoreboard only", "fans-count-for-nothing", "Too harsh")],
    "5.1": [("quick", "replies-are-filler", "campaign"),
            ("sales", "answer-only-buyers", "buyer or not")],
    "5.2": [("tag them", "promotion-as-gift", "Tagging"),
            ("share your post", "asking-as-giving", "Asking for a share")],
    "6.4": [("worse", "count-is-the-measure", "scoreboard"),
            ("cancel out", "numbers-cancel-out", "do not weigh the same")],
}  # fmt: skip


@pytest.mark.parametrize("key", sorted(WRONG_OPTIONS))
def test_each_wrong_letter_keeps_its_text_misconception_and_feedback(key):
    exercise = EXERCISES[key]
    for words, misconception, taught in WRONG_OPTIONS[key]:
        letter = _letter_of(key, words)
        assert letter != exercise.right
        assert exercise.misconceptions[letter] == misconception
        verdict = exercise.judge(letter, None)  # these feedbacks are words, not figures
        assert not verdict.passed and verdict.mistake == letter and taught in verdict.feedback


def test_the_right_letters_vary_and_no_two_neighbours_share_one():
    choices = [e for e in EXERCISES.values() if e.kind == "interpretation"]
    rights = [e.right for e in choices]
    assert len(choices) == 7 and all(e.right in e.options for e in choices)
    assert all(a != b for a, b in itertools.pairwise(rights)), rights
    assert len(set(rights)) == len(choices[0].options), "every position is right somewhere"
    most = max(rights.count(letter) for letter in set(rights))
    assert most <= -(-len(rights) // len(set(rights))), rights


def test_every_second_hint_says_something_new(capsys, monkeypatch):
    monkeypatch.setattr(exercises, "_bank", lambda: EXERCISES)
    same = 0
    for key, exercise in EXERCISES.items():
        assert exercise.hint2 and exercise.hint2 != exercise.hint, key
        exercises.hint(key)
        first = capsys.readouterr().out
        exercises.hint(key, 2)
        second = capsys.readouterr().out
        same += exercise.hint in second or exercise.hint2 in first
    assert same == 0


def test_a_second_hint_that_does_not_exist_never_repeats_the_first(capsys, monkeypatch):
    bare = {"1.3": _mechanics()["1.3"]}  # a number exercise without a second hint
    monkeypatch.setattr(exercises, "_bank", lambda: bare)
    exercises.hint("1.3", 2)
    out = capsys.readouterr().out
    assert "no second hint" in out and bare["1.3"].hint not in out


def test_a_number_too_low_for_the_map_says_why(data):
    verdict = _mechanics()["1.1"].judge(0, data)
    assert verdict.mistake == "too-low"
    assert exercises.judge(_mechanics()["1.1"], "two", data).mistake == "not-a-number"


def test_a_guess_is_never_wrong_and_its_solution_waits_for_it(data, capsys, monkeypatch):
    monkeypatch.setattr(exercises, "_bank", lambda: EXERCISES)
    exercises.solution("2.1", data=data)
    assert "make yours first" in capsys.readouterr().out
    exercises.check("2.1", 40, data=data)
    out = capsys.readouterr().out
    assert "Well done" in out and "40" in out and "1" in out  # x:1's message never answered
    exercises.solution("2.1", data=data)
    assert "1" in capsys.readouterr().out


def test_two_hint_levels(capsys):
    exercises.hint("5.1")
    first = capsys.readouterr().out
    exercises.hint("5.1", 2)
    second = capsys.readouterr().out
    assert 'hint("5.1", 2)' in first and first != second and "Second hint" in second
