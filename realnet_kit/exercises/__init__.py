"""Exercises for the notebooks: ``check``, ``hint``, ``solution``, ``progress`` and ``recall``."""

from __future__ import annotations

from realnet_kit.exercises.bank import (
    EXERCISES,
    choice,
    number,
    reflection,
    task,
)
from realnet_kit.exercises.engine import (
    check,
    earlier_answer,
    hint,
    progress,
    recall,
    solution,
)

__all__ = [
    "EXERCISES",
    "check",
    "choice",
    "earlier_answer",
    "hint",
    "number",
    "progress",
    "recall",
    "reflection",
    "solution",
    "task",
]
