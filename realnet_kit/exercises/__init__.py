"""Exercises for the notebooks: ``check``, ``hint``, ``solution``, ``progress`` and ``recall``."""

from __future__ import annotations

from realnet_kit.exercises._answer_help import install_answer_help
from realnet_kit.exercises._kinds import KINDS, Exercise, Verdict
from realnet_kit.exercises.bank import (
    EXERCISES,
    choice,
    discussion,
    number,
    prediction,
    reflection,
    task,
)
from realnet_kit.exercises.engine import (
    check,
    earlier_answer,
    hint,
    judge,
    progress,
    recall,
    solution,
)

__all__ = [
    "EXERCISES",
    "KINDS",
    "Exercise",
    "Verdict",
    "check",
    "choice",
    "discussion",
    "earlier_answer",
    "hint",
    "install_answer_help",
    "judge",
    "number",
    "prediction",
    "progress",
    "recall",
    "reflection",
    "solution",
    "task",
]

# In a notebook, an answer typed without quotes gets one kind sentence, not a traceback.
install_answer_help()
