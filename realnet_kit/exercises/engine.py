"""Exercises for the workshop notebooks: ``check``, ``hint``, ``solution`` and ``progress``.

Each exercise has a short key such as ``"1.2"`` (notebook 01, exercise 2). In a notebook::

    answer = ...          # replace the three dots with your answer
    check("1.2", answer)

``check`` compares the answer with what your own data says, explains kindly what is
right or what to look at again, and saves the attempt in your workbook (every attempt
is kept), so ``progress()`` shows what is done and your right answer, or your latest
try. Nothing here ever raises on a missing or odd answer: the workshop must keep flowing
in a full room.

The exercises themselves live in :mod:`realnet_kit.exercises.bank`.
"""

from __future__ import annotations

import html
from typing import Any

from realnet_kit.exercises._kinds import NOT_ANSWERED, Exercise, Verdict
from realnet_kit.exercises.bank import EXERCISES
from realnet_kit.privacy import HIDDEN_TEXT, is_presenter_mode
from realnet_kit.session.data import current_data
from realnet_kit.words import shortened
from realnet_kit.workbook.seat import room_seat


def _bank() -> dict[str, Exercise]:
    return EXERCISES


def _find(key: Any) -> Exercise | None:
    exercises = _bank()
    found = exercises.get(str(key).strip())
    if found is None:
        known = ", ".join(sorted(exercises))
        print(f"There is no exercise {key!r}. The exercises are: {known}.")
    return found


def _data(data: Any) -> Any:
    if data is not None:
        return data

    found = current_data()
    if found is None:
        print(
            "Your data is not open yet. Run the cell near the top that says "
            "data = open_workshop_data(SOURCE), then come back to this one."
        )
    return found


def _short(answer: Any) -> str:
    """The answer as kept in the workbook: at most 500 characters, cut between words."""
    return shortened(answer if isinstance(answer, str) else repr(answer), 500)


def check(key: str, answer: Any = None, data: Any = None) -> None:
    """Check your answer to exercise ``key`` against your own data, and save it.

    Parameters
    ----------
    key : str
        The exercise, e.g. ``"1.2"``.
    answer : any
        Your answer. Leave it as ``...`` (or ``None``) while you think: ``check`` then
        prints what to do, and your previous answer if you gave one.
    data : WorkshopData, optional
        Defaults to the data opened most recently with ``open_workshop_data``.

    Examples
    --------
    >>> check("no-such-exercise", 3)  # doctest: +ELLIPSIS
    There is no exercise 'no-such-exercise'. The exercises are: ...
    """
    exercise = _find(key)
    if exercise is None:
        return
    data = _data(data)
    if data is None:
        return
    if exercise.needs_answer and _unanswered(answer):
        print(f"Exercise {exercise.key} ({exercise.title}) is waiting for your answer.")
        print("Replace the ... with your answer and run the cell again.")
        earlier = _earlier_row(exercise.key, data)
        if earlier is not None:
            verdict = "✓ done" if earlier["status"] == "done" else "not right yet"
            print(f"Last time you answered: {_private(earlier['answer'])} ({verdict}).")
        print(f'Stuck? Run hint("{exercise.key}").')
        return
    verdict = judge(exercise, answer, data)
    mark = "✓ Well done." if verdict.passed else "Not yet."
    print(f"{mark} {verdict.feedback}")
    if not verdict.passed:
        print(f'Try again, or run hint("{exercise.key}") for a nudge.')
    _record(data, exercise, verdict, "" if answer is None else _short(answer))


def judge(exercise: Exercise, answer: Any, data: Any) -> Verdict:
    """The exercise's verdict on ``answer``; a judge that fails becomes a kind message.

    ``Verdict.mistake`` names a recognised wrong answer (see ``Exercise.mistakes``).
    """
    try:
        verdict = exercise.judge(answer, data)
    except Exception as error:  # the room must keep flowing, whatever was typed
        return Verdict(
            False,
            f"We could not check that answer ({type(error).__name__}: {error}). "
            f'Try typing it as in the example, or run hint("{exercise.key}").',
            "",
        )
    return verdict if isinstance(verdict, Verdict) else Verdict(*verdict)


def _unanswered(answer: Any) -> bool:
    if isinstance(answer, str):
        return answer.strip() in ("", "...")
    return any(answer is marker for marker in NOT_ANSWERED)


def hint(key: str, level: int = 1) -> None:
    """Print a nudge for exercise ``key`` without giving the answer away.

    ``hint(key)`` gives the first nudge; ``hint(key, 2)`` says more, where there is more.
    """
    exercise = _find(key)
    if exercise is None:
        return
    if level >= 2 and exercise.hint2:
        print(f"Second hint for {exercise.key} ({exercise.title}): {exercise.hint2}")
        print(f'Still stuck? solution("{exercise.key}") shows the answer and why.')
        return
    if level >= 2:  # never the first hint again, word for word, as if it were new
        print(
            f"There is no second hint for {exercise.key}; the first one is above. "
            f'solution("{exercise.key}") shows the answer and why.'
        )
        return
    print(f"Hint for {exercise.key} ({exercise.title}): {exercise.hint}")
    if exercise.hint2:
        print(f'Need more? Run hint("{exercise.key}", 2).')


def solution(key: str, data: Any = None) -> None:
    """Print the worked solution of exercise ``key``, on your own numbers."""
    exercise = _find(key)
    if exercise is None:
        return
    data = _data(data)
    if data is None:
        return
    if exercise.kind == "prediction" and _earlier_row(exercise.key, data) is None:
        print(
            f"Exercise {exercise.key} is a guess: make yours first (any number will do), "
            "then the data says how close it was."
        )
        return
    try:
        text = exercise.explain(data)
    except Exception as error:  # never break the run
        text = f"The solution could not be worked out on this data ({error})."
    print(f"Solution to {exercise.key} ({exercise.title}): {text}")


def _record(data: Any, exercise: Exercise, verdict: Verdict, answer: str) -> None:
    """Save an attempt; the workbook keeps every one, so a right answer is never lost.

    ``verdict.mistake`` names a recognised wrong answer (the workbook keeps "other" when
    nothing was recognised); in a room the seat is published again at once (see
    :mod:`realnet_kit.workbook.seat`): the exercise's state and that name, never the answer.
    """
    try:
        data.workbook.record_exercise(
            exercise.notebook, exercise.key, verdict.passed, answer, verdict.mistake
        )
    except Exception as error:  # saving must never break the flow of the notebook
        print(f"(Your answer could not be saved in the workbook: {error})")
        return
    _publish(exercise, verdict.passed)


def _publish(exercise: Exercise, passed: bool) -> None:
    """Tell the room about the attempt, when the participant is in one; never raises."""
    try:
        seat = room_seat()
        if seat is None:
            return
        seat.after_attempt(exercise.notebook, passed)
    except Exception as error:  # the room must never break the notebook either
        print(f"(Your seat in the room could not be updated: {error})")
        return
    if seat.problem:
        print(f"({seat.problem})")


def _private(answer: str) -> str:
    """The answer, or a placeholder on the projector (answers may name people)."""
    return HIDDEN_TEXT if answer and is_presenter_mode() else answer


def _progress_rows(data: Any) -> list[dict[str, Any]]:
    """One row per exercise: key, notebook, title, status, attempts, answer.

    ``answer`` is the best one: the latest right answer once the exercise is done (a
    wrong try afterwards does not replace it), else the latest try.
    """
    try:
        recorded = data.workbook.exercise_progress()
    except Exception:
        recorded = None
    seen: dict[str, dict[str, Any]] = {}
    if recorded is not None and len(recorded):
        for row in recorded.to_dict("records"):
            passed = bool(row.get("passed"))
            best = row.get("best_answer") if passed else row.get("last_answer")
            seen[str(row.get("exercise"))] = {
                "passed": passed,
                "attempts": int(row.get("attempts") or 0),
                "answer": best if isinstance(best, str) else "",
            }
    rows = []
    for key, exercise in _bank().items():
        found = seen.get(key)
        status = "not started" if found is None else ("done" if found["passed"] else "tried")
        rows.append(
            {
                "exercise": key,
                "notebook": exercise.notebook,
                "title": exercise.title,
                "status": status,
                "attempts": 0 if found is None else found["attempts"],
                "answer": "" if found is None else found["answer"],
            }
        )
    return rows


def _earlier_row(key: str, data: Any) -> dict[str, Any] | None:
    for row in _progress_rows(data):
        if row["exercise"] == key and row["status"] != "not started":
            return {**row, "answer": row["answer"] or "(done in the widget)"}
    return None


def earlier_answer(key: str, data: Any = None) -> str | None:
    """Your saved answer to exercise ``key`` (your right one once done), or None."""
    data = _data(data) if data is None else data
    if data is None:
        return None
    row = _earlier_row(key, data)
    return None if row is None else row["answer"]


def recall(*keys: str, data: Any = None) -> None:
    """Print what you answered earlier to the exercises ``keys``, to build on it now.

    Later notebooks use it to bring back an earlier decision (who you would answer,
    which tribe you serve), so a reflection carries from one notebook to the next.
    """
    data = _data(data)
    if data is None:
        return
    for key in keys:
        exercise = _find(key)
        if exercise is None:
            continue
        row = _earlier_row(exercise.key, data)
        if row is None:
            print(
                f"Exercise {exercise.key} ({exercise.title}): no answer saved yet. You can "
                f"go back to notebook {exercise.notebook} for it, or simply think of one now."
            )
        else:
            print(
                f"Exercise {exercise.key} ({exercise.title}), you wrote: {_private(row['answer'])}"
            )


def progress(data: Any = None, notebook: str | None = None) -> Any:
    """Show which exercises are done, tried or not started, with your answers.

    A done exercise shows your right answer, even when a later try was wrong; one not
    done yet shows your latest try.

    Returns an HTML table for the notebook (``IPython.display.HTML``); ``notebook="01"``
    shows only that notebook's exercises.
    """
    from IPython.display import HTML

    data = _data(data)
    if data is None:
        return None
    rows = _progress_rows(data)
    if notebook is not None:
        rows = [r for r in rows if r["notebook"] == f"{int(notebook):02d}"]
    done = sum(r["status"] == "done" for r in rows)
    print(f"You have completed {done} of {len(rows)} exercises.")
    symbols = {"done": "✓ done", "tried": "… tried", "not started": "· not started"}
    body = "".join(
        "<tr>"
        + "".join(
            f"<td style='padding:2px 10px;text-align:left'>{html.escape(str(v))}</td>"
            for v in (r["exercise"], r["title"], symbols[r["status"]], _private(r["answer"]))
        )
        + "</tr>"
        for r in rows
    )
    head = "".join(
        f"<th style='padding:2px 10px;text-align:left'>{h}</th>"
        for h in ("exercise", "what", "status", "your answer")
    )
    return HTML(f"<table class='realnet-progress'><tr>{head}</tr>{body}</table>")
