"""The ``realnet`` command: the workshop, the audit and the dashboard from a terminal.

Each subcommand is a small function that reads its arguments and calls the package; the
modules listed in ``SUBCOMMAND_MODULES`` each offer a ``register(subparsers)`` that adds
their own subcommand, so a feature's command line lives beside the feature. Only the
module of the command typed is imported.
"""

from __future__ import annotations

import argparse
import importlib
import os
import secrets
import shutil
import sys
from importlib import resources
from pathlib import Path

from realnet_kit.config import ROOM_VARIABLE, __version__
from realnet_kit.errors import CommandError
from realnet_kit.session.servers import JUPYTER_OFFLINE_OPTIONS, free_port, run_until_stopped

DESCRIPTION = """\
RealNet Kit helps you look past your follower count to the people who really matter
to your business, and plan what you will do for them.

Start here:  realnet workshop
"""

EPILOG = """\
examples:
  realnet workshop                   open the workshop notebooks in your web browser
  realnet workshop --no-browser      print the address instead of opening a browser
  realnet audit my-export.zip        what does my follower list really hold?
  realnet workshop --room DIR        share your anonymous progress with the facilitator
  realnet room DIR                   (facilitator) the room's live progress and raised hands
  realnet forget                     delete everything RealNet Kit keeps for you

Everything stays on your computer: RealNet Kit never sends your data anywhere.
"""

# The modules that add a subcommand of their own through ``register(subparsers)``, by the
# command's name. Only the module of the command typed is imported (all of them for
# help), so ``realnet workshop`` and ``realnet --version`` start without pandas.
SUBCOMMAND_MODULES: dict[str, str] = {
    "audit": "realnet_kit.report",
    "dashboard": "realnet_kit.dashboard.app",
    "forget": "realnet_kit.session.forget",
    "room": "realnet_kit.room.serve",
}

START_NOTEBOOK = "00-start-here.ipynb"

DEFAULT_COPY_FOLDER = "realnet-workshops"


# --- finding the notebooks ------------------------------------------------------------


def bundled_workshops() -> Path:
    """The workshops that came with this copy of RealNet Kit.

    They are package data of :mod:`realnet_kit.session` (``importlib.resources``): real
    files in an installed wheel, a link to ``workshops/`` in a source checkout.
    """
    folder = Path(str(resources.files("realnet_kit.session") / "workshops"))
    if (folder / START_NOTEBOOK).is_file():
        return folder
    raise CommandError(
        "the workshop notebooks are missing from this installation; "
        "reinstall with: python -m pip install --force-reinstall realnet-kit"
    )


def _is_writable(folder: Path) -> bool:
    probe = folder / f".realnet-write-test-{os.getpid()}"
    try:
        probe.write_text("")
        probe.unlink()
    except OSError:
        return False
    return True


def copy_workshops(source: Path, target: Path) -> list[str]:
    """Copy the notebooks into ``target`` without touching the participant's own edits.

    Returns the names of the files that were copied (files already there are kept).
    """
    target.mkdir(parents=True, exist_ok=True)
    copied = []
    for item in sorted(source.iterdir()):
        if item.name.startswith((".", "_")) or item.name == "__pycache__":
            continue
        destination = target / item.name
        if destination.exists():
            continue
        if item.is_dir():
            shutil.copytree(item, destination)
        else:
            shutil.copy2(item, destination)
        copied.append(item.name)
    return copied


def workshop_folder(requested: str | None) -> Path:
    """Where JupyterLab should open: the bundled notebooks, or a writable copy of them."""
    source = bundled_workshops()
    if requested is None and _is_writable(source):
        return source
    target = Path(requested).expanduser() if requested else Path.home() / DEFAULT_COPY_FOLDER
    copied = copy_workshops(source, target)
    if copied:
        print(f"Copied {len(copied)} workshop files to {target}")
    else:
        print(f"Using your workshop folder {target} (your earlier work is kept)")
    return target


# --- subcommands -----------------------------------------------------------------------


def run_workshop(args: argparse.Namespace) -> int:
    room = room_option(args.room)
    folder = workshop_folder(args.dir)
    port = args.port if args.port else free_port()
    token = secrets.token_urlsafe(24)
    url = f"http://localhost:{port}/lab/tree/{START_NOTEBOOK}?token={token}"
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={folder}",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        "--ServerApp.ip=localhost",
        f"--IdentityProvider.token={token}",
        f"--LabApp.default_url=/lab/tree/{START_NOTEBOOK}",
    ]
    command += JUPYTER_OFFLINE_OPTIONS
    if args.no_browser:
        command.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")  # containers and CI machines often run as root
    print(f"RealNet Kit workshop in {folder}")
    print(f"Open this address in your web browser: {url}", flush=True)
    print("Press Ctrl+C twice to stop the workshop.", flush=True)
    env = dict(os.environ)
    env.setdefault("REALNET_WORKSHOP_DIR", str(folder))
    if room is not None:
        env[ROOM_VARIABLE] = str(room)
        print(f"You share your anonymous progress with the room in {room} (see notebook 00).")
    return run_until_stopped(command, env)


def room_option(requested: str | None) -> Path | None:
    """The room folder of ``realnet workshop --room DIR``, checked before anything starts."""
    if not requested:
        return None
    room = Path(requested).expanduser().absolute()
    if not room.is_dir():
        raise CommandError(
            f"there is no room folder at {room}; ask the facilitator for the room's shared "
            "folder, or leave --room out to work without sharing"
        )
    return room


def _register_workshop(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "workshop",
        help="open the workshop notebooks in JupyterLab",
        description="Start JupyterLab on the workshop notebooks, ready to run on sample data.",
    )
    parser.add_argument("--port", type=int, default=None, help="network port (default: 8888)")
    parser.add_argument(
        "--no-browser", action="store_true", help="do not open a browser; print the address"
    )
    parser.add_argument(
        "--dir",
        default=None,
        metavar="FOLDER",
        help=f"work on a copy of the notebooks in FOLDER (default: ~/{DEFAULT_COPY_FOLDER} "
        "when the installed notebooks cannot be changed)",
    )
    parser.add_argument(
        "--room",
        default=None,
        metavar="DIR",
        help="share your anonymous progress (exercises passed, raised hand; never your data "
        "or answers) with the facilitator's room, the shared folder DIR",
    )
    parser.set_defaults(func=run_workshop)


def modules_for(argv: list[str]) -> list[str]:
    """The subcommand modules ``realnet`` needs to read ``argv``: the typed command's
    alone, none for ``workshop`` or ``--version``, and every one otherwise (help and
    a mistyped command list all the commands).

    >>> modules_for(["audit", "my-export.zip"])
    ['realnet_kit.report']
    >>> modules_for(["--version"]), modules_for(["workshop", "--no-browser"])
    ([], [])
    >>> len(modules_for(["--help"])), len(modules_for(["-h", "audit"]))
    (4, 4)
    """
    for word in argv:
        if word == "--version":
            return []
        if word in ("-h", "--help"):
            break
        if not word.startswith("-"):
            if word == "workshop":
                return []
            if word in SUBCOMMAND_MODULES:
                return [SUBCOMMAND_MODULES[word]]
            break
    return list(SUBCOMMAND_MODULES.values())


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The ``realnet`` parser; given ``argv``, with only the subcommands it needs."""
    parser = argparse.ArgumentParser(
        prog="realnet",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"realnet {__version__}")
    subparsers = parser.add_subparsers(title="what you can do", metavar="COMMAND")
    _register_workshop(subparsers)
    needed = list(SUBCOMMAND_MODULES.values()) if argv is None else modules_for(argv)
    for name in needed:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except CommandError as error:
        print(f"realnet: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
