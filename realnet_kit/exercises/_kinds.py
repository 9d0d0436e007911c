"""What an exercise is: a question, how an answer is judged, a hint and a worked solution."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

#: Words an answer cell starts with before the learner has typed anything.
NOT_ANSWERED = (None, Ellipsis, "", "...")


@dataclass(frozen=True)
class Exercise:
    """One exercise: a question, how to judge an answer, a hint and a worked solution.

    ``judge(answer, data)`` returns ``(passed, feedback)``; ``explain(data)`` returns the
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
