"""What an exercise is: a question, how an answer is judged, two hints and a worked solution."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

#: Words an answer cell starts with before the learner has typed anything.
NOT_ANSWERED = (None, Ellipsis, "", "...")

#: The kinds of exercise, and what each asks of the learner.
KINDS: dict[str, str] = {
    "copy": "read a number the notebook printed (or one step of arithmetic on it)",
    "prediction": "guess first, then see what the data says",
    "interpretation": "choose what a result means; each wrong choice is a common misconception",
    "discussion": "talk it over with a neighbour or the room, then write one sentence",
    "commitment": "decide something about your own people and write it down",
    "task": "do something in a widget; the workbook is checked",
}


class Verdict(NamedTuple):
    """What ``judge`` says about one answer.

    ``mistake`` names a recognised wrong answer: the letter of a wrong choice, or a short
    stable key (``"too-high"``, ``"not-a-number"``...), so a facilitator's room can count
    which wrong answers are common without ever seeing what anybody typed. It is ``""`` when the
    answer passed or when nothing about the wrong answer was recognised.
    """

    passed: bool
    feedback: str
    mistake: str = ""


@dataclass(frozen=True)
class Exercise:
    """One exercise: a question, how to judge an answer, two hints and a worked solution.

    ``judge(answer, data)`` returns a :class:`Verdict`; ``explain(data)`` returns the
    solution text, worked out on the learner's own numbers. ``needs_answer`` is False for
    tasks done in a widget (``check("3.1")`` looks at the workbook instead). ``hint`` is a
    nudge; ``hint2`` (optional) says more without giving the answer away. ``kind`` is one
    of :data:`KINDS`; ``mistakes`` lists the stable names ``judge`` may give a wrong answer
    (a multiple choice's wrong letters); ``misconceptions`` names the misconception behind
    each wrong letter, for the facilitator's room view. A multiple choice also keeps its
    lettered ``options`` (in the order the notebook prints them) and its ``right`` letter.
    """

    key: str
    title: str
    judge: Callable[[Any, Any], Verdict]
    hint: str
    explain: Callable[[Any], str]
    needs_answer: bool = True
    kind: str = "copy"
    hint2: str = ""
    mistakes: tuple[str, ...] = ()
    misconceptions: dict[str, str] = field(default_factory=dict)
    options: dict[str, str] = field(default_factory=dict)
    right: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(
                f"exercise {self.key}: unknown kind {self.kind!r}, not in {list(KINDS)}"
            )

    @property
    def notebook(self) -> str:
        return f"{int(self.key.split('.')[0]):02d}"
