"""What a participant takes home: the plan as files, and links that download them.

:func:`write_handouts` writes the plan three ways into a folder of the participant's
(:func:`handout_folder`, ``$REALNET_HOME/handouts/<source>``, never the workshop folder, so
nothing personal lands in a repository): a calendar file to import, a printable one-page
plan, and a spreadsheet. It is the one writer of these files: notebook 05, the plan editor
and the dashboard all call it. :func:`download_link` makes a link that downloads a file
straight from the page, which works the same on a laptop, on Binder and on a JupyterHub.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pandas as pd
from markupsafe import Markup

from realnet_kit.config import private_folder, realnet_home
from realnet_kit.plan.exports import export_calendar, export_csv
from realnet_kit.plan.printable import export_plan_html

#: The files written, by kind: (file name, media type, what it is for).
HANDOUTS: dict[str, tuple[str, str, str]] = {
    "calendar": ("realnet-plan.ics", "text/calendar", "import into your calendar app"),
    "page": ("realnet-plan.html", "text/html", "open in a browser and print"),
    "sheet": ("realnet-plan.csv", "text/csv", "open in a spreadsheet"),
}
#: Files above this size get a path only, no in-page link (keeps notebooks light).
LINK_LIMIT_BYTES = 2_000_000


def handout_folder(source: str) -> Path:
    """``$REALNET_HOME/handouts/<source>``: one folder per sample or export."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(str(source)).name).strip("-.") or "plan"
    return realnet_home() / "handouts" / name


def active_plan(plan: pd.DataFrame) -> pd.DataFrame:
    """The rows still to do (not dropped or done)."""
    if "status" not in plan.columns:
        return plan
    return plan[~plan["status"].astype("string").isin(["dropped", "done"])]


def write_handouts(plan: pd.DataFrame, folder: str | Path) -> dict[str, Path]:
    """Write the take-home files of a plan into ``folder``; return their paths by kind.

    The one writer of the participant's plan files, used by notebook 05, the plan editor
    and the dashboard alike: the calendar (every row, so that a dropped action is
    cancelled in the calendar app rather than left behind), the printable page and the
    spreadsheet (the actions still to do).

    Parameters
    ----------
    plan : DataFrame
        The plan (``Workbook.plan()`` or ``plan_actions``).
    folder : path
        Made if missing; usually :func:`handout_folder`.

    Returns
    -------
    dict
        ``{"calendar": path, "page": path, "sheet": path}``, the keys of :data:`HANDOUTS`.

    Raises
    ------
    OSError
        When the folder cannot be written to.

    >>> import tempfile
    >>> plan = pd.DataFrame({"contact_id": ["x:1"], "name": ["Ada"], "action": ["Coffee"],
    ...     "due": [pd.Timestamp("2026-03-01", tz="UTC")],
    ...     "cadence_days": pd.array([pd.NA], dtype="Int64")})
    >>> sorted(write_handouts(plan, tempfile.mkdtemp()))
    ['calendar', 'page', 'sheet']
    """
    target = Path(folder)
    private_folder(target)
    todo = active_plan(plan)
    return {
        "calendar": export_calendar(plan, target / HANDOUTS["calendar"][0]),
        "page": export_plan_html(todo, target / HANDOUTS["page"][0]),
        "sheet": export_csv(plan_sheet(todo), target / HANDOUTS["sheet"][0]),
    }


#: The spreadsheet's columns, in order (those the plan has; ``due`` as ``YYYY-MM-DD``).
SHEET_COLUMNS = ("name", "action", "due", "cadence_days", "minutes", "status", "note")


def plan_sheet(plan: pd.DataFrame) -> pd.DataFrame:
    """The plan as the spreadsheet handout holds it: readable columns, dates as days.

    Keeps the :data:`SHEET_COLUMNS` the plan has (ids and timestamps are left out) and
    writes ``due`` as ``2026-03-01``, which every spreadsheet reads as a date. Pass the
    result to :func:`realnet_kit.export_csv`, as :func:`save_handouts` and the plan
    editor do.

    >>> plan = pd.DataFrame({"plan_id": ["p1"], "name": ["Ada"], "action": ["Coffee"],
    ...                      "due": [pd.Timestamp("2026-03-01 09:30", tz="UTC")]})
    >>> plan_sheet(plan).to_dict("records")
    [{'name': 'Ada', 'action': 'Coffee', 'due': '2026-03-01'}]
    """
    sheet = plan[[c for c in SHEET_COLUMNS if c in plan.columns]].copy()
    if "due" in sheet.columns:
        sheet["due"] = pd.to_datetime(sheet["due"], utc=True).dt.strftime("%Y-%m-%d")
    return sheet


def download_link(kind: str, path: Path) -> str:
    """One ``<li>`` that downloads the handout file at ``path`` from the page itself.

    ``kind`` is a key of :data:`HANDOUTS` (``"calendar"``, ``"page"`` or ``"sheet"``),
    which gives the file name offered, its media type and what it is for. The file is
    carried inside the link (a ``data:`` address), so it downloads the same on a laptop,
    on Binder and on a JupyterHub. A file above :data:`LINK_LIMIT_BYTES` gets its path
    instead of a link. Every text is HTML-escaped.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "realnet-plan.csv"
    >>> _ = path.write_text("name\\nAda\\n")
    >>> str(download_link("sheet", path))[:61]
    "<li><a download='realnet-plan.csv' href='data:text/csv;base64"
    """
    name, media, purpose = HANDOUTS[kind]
    if path.stat().st_size > LINK_LIMIT_BYTES:
        return Markup("<li>{}: {}</li>").format(str(path), purpose)
    payload = base64.b64encode(path.read_bytes()).decode("ascii")
    return Markup("<li><a download='{}' href='data:{};base64,{}'>Download {}</a>: {}</li>").format(
        name, media, payload, name, purpose
    )
