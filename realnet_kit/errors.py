"""The one error every loader raises for input it cannot read.

A participant who hands the workshop the wrong file should learn three things from the
message: which file (and which member of a zip) was the problem, what the workshop
expected to find there, and what to do next. :class:`ExportFormatError` carries those
three parts and keeps the offending path in ``.path`` so a notebook or the command line
can show it.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["CommandError", "ExportFormatError"]


class ExportFormatError(ValueError):
    """An export file, folder or archive that RealNet Kit cannot read.

    Parameters
    ----------
    path
        The file, folder or archive that could not be read.
    problem
        What was expected and what was found, in plain words.
    advice
        What the participant can do next.
    member
        The member inside a zip archive, when the problem is there.

    Examples
    --------
    >>> err = ExportFormatError("followers.json", "the file is empty",
    ...                         "Download the export again and pick the JSON format.")
    >>> print(err)
    followers.json: the file is empty. Download the export again and pick the JSON format.
    """

    def __init__(
        self,
        path: str | Path,
        problem: str,
        advice: str = "",
        *,
        member: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.member = member
        self.problem = problem
        self.advice = advice
        where = f"{path} (inside the archive: {member})" if member else f"{path}"
        text = f"{where}: {problem.rstrip('.')}."
        if advice:
            text += f" {advice}"
        super().__init__(text)


class CommandError(Exception):
    """A problem the participant can fix; printed as one line, exit code 2."""
