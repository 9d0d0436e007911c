"""``realnet forget``: delete everything the kit keeps for this participant, after asking.

Everything the kit keeps lives in one folder, :func:`realnet_kit.config.realnet_home`
(``~/.realnet`` or ``$REALNET_HOME``): the workbooks with their answers, plans and logs,
the cache of parsed exports, the take-home files and the key behind presenter-mode
pseudonyms; and, outside it, the participant's seat file in the last room they joined.
The exports themselves stay wherever the participant put them.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from realnet_kit.config import realnet_home
from realnet_kit.errors import CommandError
from realnet_kit.words import counted
from realnet_kit.workbook._db import WORKBOOK_FILENAME
from realnet_kit.workbook.seat import Seat

#: What the participant types to confirm.
CONFIRM_WORD = "forget"


def kept_files(home: Path) -> list[Path]:
    """Every file the kit keeps in ``home``, sorted."""
    return sorted(p for p in home.rglob("*") if p.is_file() or p.is_symlink())


def forget(home: Path | None = None, *, ask: Callable[[str], str] | None = input) -> bool:
    """Delete the participant's folder after asking; True when it was deleted.

    ``ask`` is the question function (``input`` by default; ``None`` deletes without
    asking, for scripts that already asked). A folder that does not exist is nothing to
    forget. The folder is refused if it is a home folder or the file system's root, so a
    mistyped ``REALNET_HOME`` cannot delete a whole home.

    >>> import tempfile, pathlib
    >>> home = pathlib.Path(tempfile.mkdtemp()) / "realnet"
    >>> _ = (home / "cache").mkdir(parents=True), (home / "workbook.sqlite").write_text("x")
    >>> import contextlib, io
    >>> with contextlib.redirect_stdout(io.StringIO()):
    ...     deleted = forget(home, ask=lambda question: "forget")
    >>> deleted
    True
    >>> home.exists()
    False
    """
    home = Path(home) if home is not None else realnet_home()
    if not home.exists():
        print(f"There is nothing to forget: {home} does not exist.")
        return False
    resolved = home.resolve()
    if resolved in {Path.home().resolve(), Path(resolved.anchor)} or not home.is_dir():
        raise CommandError(
            f"{home} is not a folder the workshop made (it is a home folder, the root or a "
            "file); set REALNET_HOME to the workshop's own folder and try again"
        )
    files = kept_files(home)
    print(f"RealNet Kit keeps {counted(len(files), 'file')} in {home}:")
    print("your workbooks (answers, plans, logged moments), cached exports and plan files.")
    print("Your exports themselves stay where you put them.")
    if ask is not None:
        answer = ask(f'Type "{CONFIRM_WORD}" to delete them all, or press Enter to keep them: ')
        if answer.strip().lower() != CONFIRM_WORD:
            print("Nothing was deleted.")
            return False
    _leave_the_room(home)
    shutil.rmtree(home)
    print(f"Deleted {home}. Nothing of yours is left in the workshop's folder.")
    return True


def _leave_the_room(home: Path) -> None:
    """Remove the participant's seat from the last room they joined, if they did."""
    if not (home / WORKBOOK_FILENAME).is_file():
        return
    try:
        seat = Seat(home)
        path = seat.recorded_path
        seat.workbook.close()
        if path is not None:
            path.unlink(missing_ok=True)
    except (OSError, ValueError, sqlite3.Error):  # a room out of reach: the rest still goes
        pass


def run_forget(args: argparse.Namespace) -> int:
    if not args.yes and not sys.stdin.isatty():
        raise CommandError(
            "realnet forget asks before deleting; run it in a terminal, or add --yes"
        )
    forget(ask=None if args.yes else input)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``realnet forget`` to the command line (called by :mod:`realnet_kit.cli`)."""
    parser = subparsers.add_parser(
        "forget",
        help="delete everything RealNet Kit keeps for you (asks first)",
        description="Delete your workbooks, cached exports and plan files: the whole "
        "folder RealNet Kit keeps (~/.realnet, or $REALNET_HOME). Asks first.",
    )
    parser.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    parser.set_defaults(func=run_forget)
