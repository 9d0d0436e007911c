"""Workbook tables for the exercises: every attempt kept, progress worked out from them.

Mixed into :class:`realnet_kit.Workbook`. Each :meth:`~ExercisesMixin.record_exercise`
adds one row to the ``exercise_attempts`` table and changes nothing else, so a wrong try
after a right one never hides the right answer, and two workbooks merged on Binder keep
the attempts of both (see :mod:`realnet_kit.workbook._binder`).

A workbook from before attempts were kept (schema 3) held one row per exercise: whether
it was ever passed, how many attempts, and the latest answer. The schema-4 migration
turns each such row into one attempt that stands for all of them (``stands_for``), with
that answer, passed if the exercise was passed.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from realnet_kit.workbook import _db as db

#: The columns of :meth:`ExercisesMixin.exercise_progress`, in order.
PROGRESS_COLUMNS = (
    "notebook", "exercise", "passed", "attempts", "last_answer", "last_passed",
    "best_answer", "updated_at",
)  # fmt: skip

_ATTEMPTS_SQL = (
    "SELECT notebook, exercise, passed, answer, answered_at, stands_for "
    "FROM exercise_attempts ORDER BY answered_at, id"
)


#: The name kept for a wrong answer that no feedback recognised.
OTHER_MISTAKE = "other"


class ExercisesMixin:
    """``record_exercise``, ``exercise_progress`` and ``exercise_history``."""

    def record_exercise(
        self, notebook: str, exercise: str, passed: bool, answer: str = "", mistake: str = ""
    ) -> None:
        """Keep one attempt at an exercise: right or not, and what was answered.

        Every attempt is kept; nothing earlier is changed, so an exercise once passed
        stays passed and its right answer stays on record. ``mistake`` names what a wrong
        answer got wrong (a choice's letter, or a name such as "not-a-number"), as the
        exercise's feedback recognised it; a wrong answer without one is kept as
        :data:`OTHER_MISTAKE`. See :meth:`exercise_mistakes`.

        Examples
        --------
        >>> import tempfile, pathlib
        >>> from realnet_kit import Workbook
        >>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()))
        >>> wb.record_exercise("01", "1.1", True, "2")
        >>> wb.record_exercise("01", "1.1", False, "7")
        >>> row = wb.exercise_progress().iloc[0]
        >>> bool(row["passed"]), int(row["attempts"]), row["last_answer"], row["best_answer"]
        (True, 2, '7', '2')
        """
        with self._write() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO exercise_attempts "
                "(notebook, exercise, passed, answer, answered_at, mistake) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    str(notebook), str(exercise), int(bool(passed)), str(answer),
                    db.now_iso(), "" if passed else str(mistake or OTHER_MISTAKE),
                ),
            )  # fmt: skip

    def exercise_mistakes(self) -> list[tuple[str, str, str]]:
        """Every wrong attempt's exercise, mistake name and time, oldest first.

        Attempts kept before mistakes were named count as :data:`OTHER_MISTAKE`.

        Examples
        --------
        >>> import tempfile, pathlib
        >>> from realnet_kit import Workbook
        >>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()))
        >>> wb.record_exercise("01", "1.2", False, "a", mistake="a")
        >>> [(e, m) for e, m, _ in wb.exercise_mistakes()]
        [('1.2', 'a')]
        """
        return [
            (exercise, mistake or OTHER_MISTAKE, answered_at)
            for exercise, mistake, answered_at in self._read(
                "SELECT exercise, mistake, answered_at FROM exercise_attempts "
                "WHERE passed = 0 ORDER BY answered_at, id"
            )
        ]

    def exercise_history(self) -> pd.DataFrame:
        """Every attempt, oldest first: notebook, exercise, passed, answer, answered_at.

        An attempt carried over from a workbook older than this history stands for all
        the attempts that workbook had counted (see :meth:`exercise_progress`).
        """
        rows = self._read(_ATTEMPTS_SQL)
        return pd.DataFrame(
            {
                "notebook": pd.array([r[0] for r in rows], dtype="string"),
                "exercise": pd.array([r[1] for r in rows], dtype="string"),
                "passed": pd.array([bool(r[2]) for r in rows], dtype="boolean"),
                "answer": pd.array([r[3] for r in rows], dtype="string"),
                "answered_at": db.from_iso([r[4] for r in rows]),
            }
        )

    def exercise_progress(self) -> pd.DataFrame:
        """One row per exercise tried, in the order of notebook and exercise.

        Columns: ``notebook``, ``exercise``; ``passed`` (answered right at least once);
        ``attempts``; ``last_answer`` and ``last_passed`` (the latest try and whether it
        was right); ``best_answer`` (the latest right answer, ``<NA>`` when never
        passed); ``updated_at`` (when the latest try was made).
        """
        summary: dict[tuple[str, str], dict[str, Any]] = {}
        for notebook, exercise, passed, answer, answered_at, stands_for in self._read(
            _ATTEMPTS_SQL
        ):
            row = summary.setdefault(
                (notebook, exercise),
                {"passed": False, "attempts": 0, "best_answer": None},
            )
            row["attempts"] += int(stands_for)
            row.update(last_answer=answer, last_passed=bool(passed), updated_at=answered_at)
            if passed:
                row.update(passed=True, best_answer=answer)
        keys = sorted(summary)
        rows = [summary[k] for k in keys]
        return pd.DataFrame(
            {
                "notebook": pd.array([k[0] for k in keys], dtype="string"),
                "exercise": pd.array([k[1] for k in keys], dtype="string"),
                "passed": pd.array([r["passed"] for r in rows], dtype="boolean"),
                "attempts": pd.array([r["attempts"] for r in rows], dtype="Int64"),
                "last_answer": pd.array([r["last_answer"] for r in rows], dtype="string"),
                "last_passed": pd.array([r["last_passed"] for r in rows], dtype="boolean"),
                "best_answer": pd.array([r["best_answer"] for r in rows], dtype="string"),
                "updated_at": db.from_iso([r["updated_at"] for r in rows]),
            },
            columns=list(PROGRESS_COLUMNS),
        )
