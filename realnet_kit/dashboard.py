"""``realnet dashboard``: the scoring and the plan as a plain web page, no code in sight.

For participants who would rather not see Python, the command serves a small Voila
page on this computer only (``localhost``) that shows the scoring widget and the plan
editor, on the *same* workbook the notebooks use. Everything clicked there is saved at
once and appears in the notebooks, and the other way round.

    realnet dashboard                       # the data you opened last, else the band sample
    realnet dashboard bakery                # a sample business
    realnet dashboard ~/Downloads/linkedin.zip

The page itself is ``realnet_kit/_dashboard/dashboard.ipynb``; all it does is call
:func:`show_dashboard`.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import sys
from pathlib import Path
from typing import Any

#: The notebook Voila renders, shipped inside the package.
DASHBOARD_NOTEBOOK = Path(__file__).resolve().parent / "_dashboard" / "dashboard.ipynb"
#: Environment variable through which the command tells the page what to open.
SOURCE_VARIABLE = "REALNET_DASHBOARD_SOURCE"
#: The dashboard's tabs: (widget in ``realnet_kit.widgets``, title).
TABS = (
    ("scoring_app", "1. Score your contacts"),
    ("plan_editor", "2. Your plan"),
    ("quick_log", "3. Log and follow up"),
)
#: Voila's usual port; another free one is chosen when it is taken.
DEFAULT_PORT = 8866


def dashboard_source() -> str:
    """What the dashboard page opens: the command's choice, else your last source, else band.

    >>> isinstance(dashboard_source(), str)
    True
    """
    from realnet_kit.session import DEFAULT_SAMPLE, last_source

    chosen = os.environ.get(SOURCE_VARIABLE, "").strip()
    return chosen or last_source() or DEFAULT_SAMPLE


def show_dashboard(data: Any = None) -> Any:
    """Build the dashboard: a header, then tabs to score, edit the plan and log moments.

    Parameters
    ----------
    data : WorkshopData, optional
        Defaults to ``open_workshop_data(dashboard_source())``.

    Returns
    -------
    ipywidgets.VBox
        Display it (or make it the last line of a cell).
    """
    import html

    import ipywidgets as widgets

    from realnet_kit.session import open_workshop_data

    if data is None:
        data = open_workshop_data(dashboard_source(), quiet=True)
    where = f"the {data.source} sample business" if data.is_sample else f"your export {data.source}"
    header = widgets.HTML(
        "<h2 style='margin:0'>RealNet dashboard</h2>"
        f"<p>Working on {html.escape(where)}: {len(data.contacts):,} accounts. "
        "Every answer is saved as you click, in the same workbook as the notebooks.</p>"
    )
    tabs = widgets.Tab(
        children=[_tab(name, data) for name, _ in TABS],
        titles=tuple(title for _, title in TABS),
    )
    tabs.add_class("realnet-dashboard-tabs")
    page = widgets.VBox([header, tabs])
    page.add_class("realnet-dashboard")
    return page


def _tab(name: str, data: Any) -> Any:
    """One tab's widget (``realnet_kit.widgets.<name>``), or a note if it cannot be built."""
    import html

    import ipywidgets as widgets

    from realnet_kit import widgets as realnet_widgets

    try:
        made = _build(getattr(realnet_widgets, name), name, data)
        return getattr(made, "widget", made)
    except Exception as error:  # a broken tab must not take the page down
        return widgets.HTML(
            "<p>This part could not be shown on this data: "
            f"{html.escape(str(error))}. Score a few contacts first, or try the band sample."
            "</p>"
        )


def _build(make: Any, name: str, data: Any) -> Any:
    if name == "scoring_app":
        from realnet_kit.audit import audit_followers
        from realnet_kit.narrate import worth_scoring

        audit = audit_followers(
            data.contacts, data.interactions, keywords=data.keywords(), places=data.places()
        )
        return make(data.workbook, worth_scoring(audit, quiet=True))
    if name == "plan_editor":
        from realnet_kit.handouts import handout_folder

        return make(data.workbook, export_dir=handout_folder(data.source))
    return make(data.workbook, contacts=data.contacts, today=data.today())


# --- the command -----------------------------------------------------------------------


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
        "--show_tracebacks=False",
    ]
    if not open_browser:
        command.append("--no-browser")
    return command


def run_dashboard(args: argparse.Namespace) -> int:
    """``realnet dashboard``: check the source, then serve the page until Ctrl+C."""
    from realnet_kit.cli import CommandError, _run_until_stopped, free_port
    from realnet_kit.session import DEFAULT_SAMPLE, _looks_like_a_name, last_source

    source = (args.source or last_source() or DEFAULT_SAMPLE).strip()
    if not _looks_like_a_name(source) and not Path(source).expanduser().exists():
        raise CommandError(
            f"there is no file or folder at {source}; give the path to your export, "
            f"or a sample name such as {DEFAULT_SAMPLE}"
        )
    if _looks_like_a_name(source):
        from realnet_kit.samples import list_samples

        if source.lower() not in list_samples():
            raise CommandError(
                f"{source!r} is not a sample business ({', '.join(list_samples())}) "
                "and not a file or folder here"
            )
    if shutil.which("voila") is None and not _has_voila():
        raise CommandError("Voila is not installed; run: python -m pip install voila")
    if not _looks_like_a_name(source):
        source = str(Path(source).expanduser().resolve())
    port = args.port if args.port else free_port(DEFAULT_PORT)
    token = secrets.token_urlsafe(24)
    env = dict(os.environ)
    env[SOURCE_VARIABLE] = str(source)
    print(f"RealNet dashboard on {source}")
    print(f"Open this address in your web browser: http://localhost:{port}/?token={token}")
    print("Press Ctrl+C to stop the dashboard.", flush=True)
    command = voila_command(source, port, token, open_browser=not args.no_browser)
    return _run_until_stopped(command, env)


def _has_voila() -> bool:
    import importlib.util

    return importlib.util.find_spec("voila") is not None


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``realnet dashboard`` to the ``realnet`` command."""
    parser = subparsers.add_parser(
        "dashboard",
        help="score your contacts and edit your plan in a simple web page (no code)",
        description=(
            "Open the scoring and the plan as a simple web page on this computer, "
            "on the same workbook as the notebooks. Nothing leaves your computer."
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
    parser.set_defaults(func=run_dashboard)
