"""What a participant takes home from notebook 05: the plan as files, with download links.

:func:`save_handouts` writes the plan three ways into a folder of the participant's
(``$REALNET_HOME/handouts``, never the workshop folder, so nothing personal lands in a
repository): a calendar file to import, a printable one-page plan, and a spreadsheet.
It then shows a link for each that downloads the file straight from the notebook page,
which works the same on a laptop, on Binder and on a JupyterHub.

The plan editor (:mod:`realnet_kit.widgets.plan_editor`) writes the same files with the
same helpers: :func:`plan_sheet` (the spreadsheet's columns) and :func:`download_link`.
"""

from __future__ import annotations

import base64
import html
import re
from pathlib import Path
from typing import Any

import pandas as pd

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
    from realnet_kit.session import realnet_home

    name = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(str(source)).name).strip("-.") or "plan"
    return realnet_home() / "handouts" / name


def active_plan(plan: pd.DataFrame) -> pd.DataFrame:
    """The rows still to do (not dropped or done)."""
    if "status" not in plan.columns:
        return plan
    return plan[~plan["status"].astype("string").isin(["dropped", "done"])]


#: How a cadence in days reads, in the same words as the plan editor's menu.
CADENCE_WORDS: dict[int, str] = {
    7: "every week",
    14: "every two weeks",
    30: "every month",
    90: "every quarter",
}


def repeats(cadence_days: Any) -> str:
    """A cadence in days as words: ``14`` is "every two weeks", missing is "once".

    >>> [repeats(d) for d in (7, 14, 30, 90, 10, None)]
    ['every week', 'every two weeks', 'every month', 'every quarter', 'every 10 days', 'once']
    """
    if cadence_days is None or pd.isna(cadence_days) or not int(cadence_days):
        return "once"
    days = int(cadence_days)
    return CADENCE_WORDS.get(days, f"every {days} days")


def show_plan(plan: pd.DataFrame, rows: int = 10) -> Any:
    """The first actions still to do, soonest first: who, what, when, how often, minutes."""
    from realnet_kit.narrate import show

    todo = active_plan(plan).sort_values("due", kind="stable")
    if not len(todo):
        print("Nothing planned yet: run the plan cell above first.")
        return None
    todo = todo.assign(repeats=todo["cadence_days"].map(repeats))
    return show(todo, ["action", "due", "repeats", "minutes"], rows=rows)


def save_handouts(plan: pd.DataFrame, source: str = "plan", folder: Path | None = None) -> Any:
    """Write the calendar, the printable page and the spreadsheet; return the links.

    Parameters
    ----------
    plan : DataFrame
        The plan (``Workbook.plan()`` or ``plan_actions``); dropped and done rows are
        left out.
    source : str
        Names the folder (``data.source``).
    folder : path, optional
        Where to write instead of :func:`handout_folder`.

    Returns
    -------
    IPython.display.HTML
        One download link per file, with the folder the files were saved in.
    """
    from IPython.display import HTML

    from realnet_kit.exports import export_calendar, export_csv, export_plan_html

    todo = active_plan(plan)
    target = Path(folder) if folder is not None else handout_folder(source)
    target.mkdir(parents=True, exist_ok=True)
    written = {
        "calendar": export_calendar(todo, target / HANDOUTS["calendar"][0]),
        "page": export_plan_html(todo, target / HANDOUTS["page"][0]),
        "sheet": export_csv(plan_sheet(todo), target / HANDOUTS["sheet"][0]),
    }
    print(f"Saved {len(todo):,} planned actions in {target}")
    items = "".join(download_link(kind, Path(path)) for kind, path in written.items())
    return HTML(f"<ul class='realnet-handouts'>{items}</ul>")


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
    >>> download_link("sheet", path)[:61]
    "<li><a download='realnet-plan.csv' href='data:text/csv;base64"
    """
    name, media, purpose = HANDOUTS[kind]
    label = f"{html.escape(name)}</a>: {html.escape(purpose)}"
    if path.stat().st_size > LINK_LIMIT_BYTES:
        return f"<li>{html.escape(str(path))}: {html.escape(purpose)}</li>"
    payload = base64.b64encode(path.read_bytes()).decode("ascii")
    return (
        f"<li><a download='{html.escape(name)}' href='data:{media};base64,{payload}'>"
        f"Download {label}</li>"
    )


#: Older private names (the plan editor imported them); use the public ones.
_sheet = plan_sheet
_link = download_link


def edit_plan(data: Any) -> Any:
    """The plan editor on the workshop's workbook, exporting into :func:`handout_folder`.

    "Due in the next 7 days" counts from ``data.today()``: on a sample, the day its export
    was made, the same day the plan starts from.
    """
    from realnet_kit.widgets import plan_editor

    return plan_editor(data.workbook, export_dir=handout_folder(data.source), today=data.today())
