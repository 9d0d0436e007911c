"""``realnet dashboard``: the scoring and the plan as a plain web page, no code in sight.

For participants who would rather not see Python, the command serves a small Voila
page on this computer only (``localhost``): a header with the business and the one
sentence the workshop is for (of your followers, how many talked with you both ways,
beside your guess), then the workshop's five steps as a path: the scoreboard (your guess
and the funnel), who is waiting (answer them, one click each), score your contacts, your
plan (this week's checklist, then the whole plan, the calendar and the printable page)
and keep it up (log what happened, see who is due).
It works on the *same* workbook the notebooks use: everything clicked there is saved at
once and appears in the notebooks, and the other way round. An export that cannot be
read is refused by the command in one sentence, before any page opens.

    realnet dashboard                       # the data you opened last, else the band sample
    realnet dashboard bakery                # a sample business
    realnet dashboard ~/Downloads/linkedin.zip

The page itself is ``realnet_kit/dashboard/dashboard.ipynb``; all it does is call
:func:`show_dashboard`.
"""

from __future__ import annotations

import argparse
import html
import os
import secrets
import shutil
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from traitlets import Int

from realnet_kit.dashboard.header import header_html, progress_html
from realnet_kit.dashboard.tabs import STEP_NAMES, build_tab, refresh_tab, to_score
from realnet_kit.errors import CommandError, ExportFormatError
from realnet_kit.narrate.audit import audit_summary
from realnet_kit.privacy import is_presenter_mode, on_presenter_change, presenter_mode
from realnet_kit.samples import list_samples
from realnet_kit.session.data import (
    DEFAULT_SAMPLE,
    last_source,
    looks_like_a_name,
    open_workshop_data,
)
from realnet_kit.session.servers import free_port, run_until_stopped
from realnet_kit.widgets import HandRaiser
from realnet_kit.workbook.seat import room_is_set, seat_for

#: The notebook Voila renders, shipped inside the package.
DASHBOARD_NOTEBOOK = Path(__file__).resolve().parent / "dashboard.ipynb"
#: Environment variable through which the command tells the page what to open.
SOURCE_VARIABLE = "REALNET_DASHBOARD_SOURCE"
#: The dashboard's steps, in the workshop's order: (part, button, heading, one line).
STEPS = (
    ("scoreboard", "1 The scoreboard", "Your scoreboard",
     "What your follower count holds, beside your guess."),
    ("waiting", "2 Who is waiting", "Who is waiting for you",
     "Listen first: the people who wrote and never had an answer."),
    ("scoring", "3 Score", "Score your contacts",
     "Answer a few questions about each person; the rings fill as you go."),
    ("plan", "4 Plan", "Your plan",
     "This week's actions, then the whole plan, your calendar and a page to print."),
    ("log", "5 Keep it up", "Keep it up",
     "Log a call, a coffee or a message in three clicks; see who is due."),
)  # fmt: skip
#: (part, title) of each step, as the step buttons name them.
TABS = tuple((name, title) for name, title, *_ in STEPS)
#: Voila's usual port; another free one is chosen when it is taken.
DEFAULT_PORT = 8866


def dashboard_source() -> str:
    """What the dashboard page opens: the command's choice, else your last source, else band.

    >>> isinstance(dashboard_source(), str)
    True
    """
    chosen = os.environ.get(SOURCE_VARIABLE, "").strip()
    return chosen or last_source() or DEFAULT_SAMPLE


def open_dashboard_data(source: str | None = None) -> tuple[Any, str]:
    """Open the data for the page; an export that cannot be read falls back to the sample.

    Returns the :class:`~realnet_kit.session.data.WorkshopData` and a sentence for the page
    (empty when all went well), so a problem is said in words, never as a traceback.
    """
    source = source or dashboard_source()
    try:
        return open_workshop_data(source, fallback=None, quiet=True), ""
    except ExportFormatError as error:
        note = (
            f"We could not open {source}: {' '.join(str(error).split())} For now the page "
            f"shows the {DEFAULT_SAMPLE} sample; stop the dashboard (Ctrl+C) and start it "
            "again with the right file."
        )
        return open_workshop_data(DEFAULT_SAMPLE, fallback=None, quiet=True), note


def show_dashboard(data: Any = None) -> Any:
    """Build the dashboard: a header with the headline, the path of steps, the step shown.

    Parameters
    ----------
    data : WorkshopData, optional
        Defaults to :func:`open_dashboard_data` on :func:`dashboard_source`.

    Returns
    -------
    ipywidgets.VBox
        Display it (or make it the last line of a cell). ``.parts`` holds the steps'
        objects by name (see :data:`STEPS`); ``.steps`` shows one step at a time
        (``.steps.selected_index``), ``.path`` holds the step buttons, ``.header``,
        ``.progress`` and ``.hide_names`` (presenter mode) the rest.
    """
    import ipywidgets as widgets

    note = ""
    if data is None:
        data, note = open_dashboard_data()
    audit, offered = to_score(data)
    # the funnel's figures from this very audit: the data is audited once per page
    summary = audit_summary(data, audit=audit)
    header = widgets.HTML(header_html(data, audit, offered, note=note, summary=summary))
    progress = widgets.HTML(progress_html(data))
    where = widgets.HTML()
    where.add_class("realnet-step-title")

    def redraw_header(_on: bool = False) -> None:
        """Presenter mode or the guess changed: rewrite the header."""
        header.value = header_html(data, audit, offered, note=note, summary=audit_summary(data))

    def changed(*_: Any) -> None:
        """Scores, answers, the guess or the plan changed: redraw the lines at the top."""
        progress.value = progress_html(data)
        redraw_header()

    buttons = []
    for index, (_, title, *_) in enumerate(STEPS):
        button = widgets.Button(description=title, tooltip=f"Go to step {title}")
        button.add_class("realnet-step")
        button.on_click(lambda _, i=index: setattr(steps, "selected_index", i))
        buttons.append(button)
    path = widgets.HBox(buttons)
    path.add_class("realnet-steps")

    def selected(change: dict) -> None:
        index = change["new"] if change["new"] is not None else 0
        name, _, heading, line = STEPS[index]
        opened_before = parts.built(name) is not None
        view = parts.view(name)  # built the first time it is shown
        if opened_before:
            refresh_tab(parts[name], name)
        # The step is in the page before the heading names it: a keyboard or screen-reader
        # user told "Step 3 of 5" never tabs through the step before it.
        steps.children = (view,)
        for i, button in enumerate(buttons):
            current = i == index
            if current:
                button.add_class("realnet-step-current")
            else:
                button.remove_class("realnet-step-current")
        where.value = step_title_html(index, heading, line)
        progress.value = progress_html(data)

    steps = _step_stack()

    def build(name: str) -> tuple[Any, Any]:
        return build_tab(name, data, offered, parts=parts, tabs=steps, changed=changed, audit=audit)

    parts = _Steps(build)
    steps.add_class("realnet-dashboard-steps")
    steps.observe(selected, names="selected_index")
    selected({"new": 0})  # step 1 in the page, the only one built yet
    hide = _presenter_switch()
    bar = widgets.HBox([progress, hide], layout=widgets.Layout(align_items="center"))
    page = widgets.VBox([header, *_room_hand(), bar, path, where, steps])
    page.add_class("realnet-dashboard")
    page.parts = parts
    page.header, page.progress, page.steps, page.path = header, progress, steps, path
    page.hide_names = hide
    on_presenter_change(redraw_header)
    page.redraw_header = redraw_header  # presenter listeners are held weakly
    return page


class _Steps(Mapping):
    """The steps' objects by name (see :data:`STEPS`), each built the first time it is
    shown or asked for, so the page opens with the widgets of step 1 alone.

    ``build(name)`` returns (the step's object, its widget); :meth:`built` is the object
    only if it exists already (nothing is built to refresh a step nobody opened).
    """

    def __init__(self, build: Callable[[str], tuple[Any, Any]]) -> None:
        self._build = build
        self._made: dict[str, tuple[Any, Any]] = {}

    def __getitem__(self, name: str) -> Any:
        return self._step(name)[0]

    def __iter__(self) -> Iterator[str]:
        return iter(STEP_NAMES)

    def __len__(self) -> int:
        return len(STEP_NAMES)

    def view(self, name: str) -> Any:
        """The step's widget, built now if it is shown for the first time."""
        return self._step(name)[1]

    def built(self, name: str) -> Any:
        """The step's object if it has been built, else None."""
        return self._made.get(name, (None, None))[0]

    def _step(self, name: str) -> tuple[Any, Any]:
        if name not in STEP_NAMES:
            raise KeyError(name)
        if name not in self._made:
            self._made[name] = self._build(name)
        return self._made[name]


def _step_stack() -> Any:
    """A box that shows one step at a time; ``selected_index`` says which (the page's
    observer puts that step in, building it the first time).

    Only the step shown is in the page, so the browser lays out, and a screen reader
    reads, one step at a time.
    """
    import ipywidgets as widgets

    class StepStack(widgets.VBox):
        selected_index = Int(0)

    return StepStack()


def step_title_html(index: int, heading: str, line: str) -> str:
    """Where the participant is, in words: ``Step 3 of 5: Score your contacts``.

    >>> "Step 2 of 5" in step_title_html(1, "Who is waiting", "Listen first.")
    True
    """
    return (
        f"<h2>Step {index + 1} of {len(STEPS)}: {html.escape(heading)}</h2>"
        f"<p>{html.escape(line)}</p>"
    )


# --- the room: "I'm stuck" / "I'm done" above the steps, for a participant in a room --------


def _room_hand() -> list[Any]:
    """The hand widget when the participant is in a room (see ``realnet_kit.room``), else
    nothing."""
    if not room_is_set() or seat_for().folder is None:
        return []
    return [HandRaiser(seat_for()).widget]


def _presenter_switch() -> Any:
    """A tick box for presenter mode: names become pseudonyms on every tab at once."""
    import ipywidgets as widgets

    hide = widgets.Checkbox(
        value=is_presenter_mode(),
        description="Hide names (presenter mode, for a projector)",
        indent=False,
        layout=widgets.Layout(width="auto", margin="0 0 0 2em"),
    )
    hide.observe(lambda change: presenter_mode(change["new"]), names="value")
    hide.add_class("realnet-presenter-switch")
    return hide


# --- the command -----------------------------------------------------------------------


#: The kit's own Voila template (``share/voila/templates/realnet``): nothing from other hosts.
VOILA_TEMPLATE = "realnet"
#: The Jupyter data folder shipped with the package that holds that template.
VOILA_DATA = Path(__file__).resolve().parent / "share"


def voila_environment(environ: Any) -> dict[str, str]:
    """The environment Voila runs in: the caller's, with the kit's template findable."""
    env = dict(environ)
    env["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(VOILA_DATA), env.get("JUPYTER_PATH")]))
    return env


def voila_command(source: str, port: int, token: str, *, open_browser: bool) -> list[str]:
    """The Voila command line that serves the dashboard on ``localhost:port``."""
    command = [
        sys.executable,
        "-m",
        "voila",
        str(DASHBOARD_NOTEBOOK),
        f"--port={port}",
        "--Voila.ip=localhost",
        "--Voila.port_retries=0",
        f"--token={token}",
        "--theme=light",
        f"--template={VOILA_TEMPLATE}",
        "--show_tracebacks=False",
    ]
    if not open_browser:
        command.append("--no-browser")
    return command


def run_dashboard(args: argparse.Namespace) -> int:
    """``realnet dashboard``: check the source (and read an export once), then serve the
    page until Ctrl+C."""
    source = (args.source or last_source() or DEFAULT_SAMPLE).strip()
    if not looks_like_a_name(source) and not Path(source).expanduser().exists():
        raise CommandError(
            f"there is no file or folder at {source}; give the path to your export, "
            f"or a sample name such as {DEFAULT_SAMPLE}"
        )
    if looks_like_a_name(source) and source.lower() not in list_samples():
        raise CommandError(
            f"{source!r} is not a sample business ({', '.join(list_samples())}) "
            "and not a file or folder here"
        )
    if shutil.which("voila") is None and not _has_voila():
        raise CommandError("Voila is not installed; run: python -m pip install voila")
    if not looks_like_a_name(source):
        source = str(Path(source).expanduser().resolve())
        _check_export(source)
    port = _chosen_port(args.port) if args.port is not None else free_port(DEFAULT_PORT)
    token = secrets.token_urlsafe(24)
    env = voila_environment(os.environ)
    env[SOURCE_VARIABLE] = str(source)
    if args.presenter:
        env["REALNET_PRESENTER"] = "1"
    print(f"RealNet dashboard on {source}")
    print(f"Open this address in your web browser: http://localhost:{port}/?token={token}")
    print("Press Ctrl+C to stop the dashboard.", flush=True)
    command = voila_command(source, port, token, open_browser=not args.no_browser)
    return run_until_stopped(command, env)


def _chosen_port(port: int) -> int:
    """The port given with ``--port``, if this computer lets the dashboard use it."""
    if not 1 <= port <= 65535:
        raise CommandError(f"--port {port} is not a network port; use a number such as 8866")
    if free_port(port) != port:
        raise CommandError(
            f"port {port} is taken by another program (or not allowed here); leave out "
            "--port and a free one is chosen, or pick another number"
        )
    return port


def _check_export(source: str) -> None:
    """Read the export once before serving it: a broken file is one clear line, no page.

    The parsed export is cached in the participant's home, so the page opens it quickly.
    """
    print(f"Reading {source} (the first time can take a minute)...", flush=True)
    try:
        data = open_workshop_data(source, fallback=None, quiet=True)
    except ExportFormatError as error:
        raise CommandError(" ".join(str(error).split())) from None
    data.workbook.close()


def _has_voila() -> bool:
    import importlib.util

    return importlib.util.find_spec("voila") is not None


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``realnet dashboard`` to the ``realnet`` command."""
    parser = subparsers.add_parser(
        "dashboard",
        help="the workshop as a simple web page, no code: funnel, who waits, scoring, plan, log",
        description=(
            "Open the workshop as a simple web page on this computer, on the same workbook "
            "as the notebooks: your funnel beside your guess, who is waiting for an answer, "
            "the scoring card, this week's plan and a log of what you did. Nothing leaves "
            "your computer."
        ),
    )
    parser.add_argument(
        "source",
        nargs="?",
        default=None,
        help="a sample business (bakery, band, studio) or the path to your export "
        "(default: the data you opened last, else the band sample)",
    )
    parser.add_argument("--port", type=int, default=None, help="network port (default: 8866)")
    parser.add_argument(
        "--no-browser", action="store_true", help="do not open a browser; print the address"
    )
    parser.add_argument(
        "--presenter",
        action="store_true",
        help="start with names hidden (presenter mode), for a projector",
    )
    parser.set_defaults(func=run_dashboard)
