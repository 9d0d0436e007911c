"""What an exercise is: a question, how an answer is judged, a hint and a worked solution."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from realnet_kit.workbook.seat import MISTAKE_NAME

#: Words an answer cell starts with before the learner has typed anything.
NOT_ANSWERED = (None, Ellipsis, "", "...")

#: The name of a wrong answer that no feedback branch recognised.
OTHER_MISTAKE = "other"


class Feedback(str):
    """Feedback words that also carry the stable name of the mistake they answer.

    A judge returns ``(passed, feedback)``; when ``feedback`` is a :class:`Feedback`, its
    ``mistake`` names the wrong answer in a few words ("the share, not the count", or the
    letter of a multiple choice) so the facilitator's room view can count who made it,
    without ever seeing what was typed. Build one in the bank with :func:`mistake`.

    >>> said = mistake("the share, not the count", "that is the share in brackets.")
    >>> said, said.mistake
    ('that is the share in brackets.', 'the share, not the count')
    >>> mistake_name(said + " More."), mistake_name(said)
    ('other', 'the share, not the count')
    """

    mistake: str

    def __new__(cls, words: str, mistake: str = OTHER_MISTAKE) -> Feedback:
        made = super().__new__(cls, words)
        made.mistake = mistake if MISTAKE_NAME.fullmatch(str(mistake)) else OTHER_MISTAKE
        return made


def mistake(name: str, words: str) -> Feedback:
    """Feedback ``words`` for a recognised mistake, named ``name`` for the room view.

    ``name`` is a few lowercase words without digits (see ``MISTAKE_NAME`` in
    :mod:`realnet_kit.workbook.seat`); it stays the same when the words are reworded, so
    counts in a room stay comparable.
    """
    if not MISTAKE_NAME.fullmatch(name):
        raise ValueError(
            f"A mistake's name is a few lowercase words without digits, such as "
            f"'the share, not the count'; got {name!r}."
        )
    return Feedback(words, name)


def mistake_name(feedback: Any) -> str:
    """The name of the mistake ``feedback`` answers, or ``"other"`` when it has none."""
    return getattr(feedback, "mistake", OTHER_MISTAKE)


@dataclass(frozen=True)
class Exercise:
    """One exercise: a question, how to judge an answer, a hint and a worked solution.

    ``judge(answer, data)`` returns ``(passed, feedback)`` (a wrong answer's feedback may
    be a :class:`Feedback` naming the mistake); ``explain(data)`` returns the
    solution text, worked out on the learner's own numbers. ``needs_answer`` is False for
    tasks done in a widget (``check("3.1")`` looks at the workbook instead).
    """

    key: str
    title: str
    judge: Callable[[Any, Any], tuple[bool, str]]
    hint: str
    explain: Callable[[Any], str]
    needs_answer: bool = True

    @property
    def notebook(self) -> str:
        return f"{int(self.key.split('.')[0]):02d}"
