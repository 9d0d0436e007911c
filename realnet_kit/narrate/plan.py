"""Notebook 05's sentences and tables: the plan, the catalogue of actions, the take-home files.

Each function prints plain sentences with the participant's own numbers, or shows a
short table masked in presenter mode.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from markupsafe import Markup

from realnet_kit.narrate._tables import as_table, show
from realnet_kit.plan.handouts import active_plan, download_link, handout_folder, write_handouts
from realnet_kit.plan.planner import actions_table
from realnet_kit.privacy import is_presenter_mode, mask_name
from realnet_kit.widgets import plan_editor
from realnet_kit.words import counted, repeats


def tell_plan(plan: pd.DataFrame) -> None:
    """Print what the plan asks: how many actions, for how many people, how much time."""
    todo = active_plan(plan)
    if not len(todo):
        print("The plan is empty: score a few people as inner circle, real or warm first.")
        return
    people = todo["contact_id"].nunique()
    repeating = int(todo["cadence_days"].notna().sum())
    print(f"Your plan has {len(todo):,} actions for {people:,} people.")
    these = "this action repeats" if repeating == 1 else "these actions repeat"
    print(f"{repeating:,} of {these} on a rhythm; the others are one-off gestures.")
    if "offline" in todo.columns:
        offline = int(todo["offline"].fillna(False).astype(bool).sum())
        print(f"{offline:,} take a relationship offline: a coffee, a call, a visit.")
    first = todo.sort_values("due", kind="stable").iloc[0]
    when = pd.Timestamp(first["due"]).strftime("%A %d %B %Y")
    print(f"The first one is due on {when}.")


def show_actions(rows: int = 8, person: Any = None) -> Any:
    """A few give-first actions from the catalogue, quickest first, with their reason.

    Parameters
    ----------
    rows
        How many actions to show.
    person
        Whose name to write into the actions: a name, or a contact row (a dict or a
        Series with ``name``, else ``handle``, and ``company`` when known). Without one
        the actions keep the stand-ins "[name]" and "[their business]".

    Examples
    --------
    >>> table = show_actions(2, person={"name": "Ada", "company": "Ada's Bakes"})
    The catalogue holds 33 actions; here are the quickest 2.
    >>> table.loc[0, "action"]
    'Congratulate Ada on a recent win with a personal message'
    """
    table = actions_table()
    print(f"The catalogue holds {len(table)} actions; here are the quickest {rows}.")
    table = table.head(rows)
    name, company = _person_words(person)
    if name is not None:
        table["action"] = [
            template.format(name=name, company=company) for template in table["template"]
        ]
    return as_table(table[["minutes", "action", "why"]])


def _person_words(person: Any) -> tuple[str | None, str]:
    """The name and business to write into an action for ``person`` (name masked on a projector).

    A person without a known company keeps a readable phrase: "Ada's business".
    """
    if person is None:
        return None, "[their business]"
    if isinstance(person, str):
        fields: dict = {"name": person}
    elif isinstance(person, pd.DataFrame):
        fields = person.iloc[0].to_dict() if len(person) else {}
    else:
        fields = dict(person)

    def known(key: str) -> str:
        value = fields.get(key)
        return "" if value is None or pd.isna(value) else str(value).strip()

    key = fields.get("contact_id")
    if known("name"):
        name = mask_name(known("name"), "name", key=key)
    elif known("handle"):
        name = "@" + str(mask_name(known("handle"), "handle", key=key)).lstrip("@")
    else:
        return None, "[their business]"
    # the company is shown as mask_frame shows it in every table: as it is
    return name, known("company") or f"{name}'s business"


def show_plan(plan: pd.DataFrame, rows: int = 10) -> Any:
    """The first actions still to do, soonest first: who, what, when, how often, minutes."""
    todo = active_plan(plan).sort_values("due", kind="stable")
    if not len(todo):
        print("Nothing planned yet: run the plan cell above first.")
        return None
    todo = todo.assign(repeats=todo["cadence_days"].map(repeats))
    return show(todo, ["action", "due", "repeats", "minutes"], rows=rows)


def edit_plan(data: Any) -> Any:
    """The plan editor on the workshop's workbook, exporting into :func:`handout_folder`.

    "Due in the next 7 days" counts from ``data.today()``: on a sample, the day its export
    was made, the same day the plan starts from.
    """
    return plan_editor(data.workbook, export_dir=handout_folder(data.source), today=data.today())


def save_handouts(plan: pd.DataFrame, source: str = "plan", folder: Path | None = None) -> Any:
    """Write the calendar, the printable page and the spreadsheet; show a link to each.

    Parameters
    ----------
    plan : DataFrame
        The plan (``Workbook.plan()`` or ``plan_actions``); dropped and done rows are
        left out of the page and the spreadsheet.
    source : str
        Names the folder (``data.source``).
    folder : path, optional
        Where to write instead of :func:`realnet_kit.plan.handout_folder`.

    Returns
    -------
    IPython.display.HTML
        One download link per file, with the folder the files were saved in.
    """
    from IPython.display import HTML

    target = Path(folder) if folder is not None else handout_folder(source)
    written = write_handouts(plan, target)
    if is_presenter_mode():  # the files hold real names: no link on the projector
        print(
            f"Saved {counted(len(active_plan(plan)), 'planned action')} in your take-home "
            "files. Their links are hidden in presenter mode; run this cell again with "
            "presenter mode off to download them."
        )
        return HTML(Markup("<ul class='realnet-handouts'></ul>"))
    print(f"Saved {counted(len(active_plan(plan)), 'planned action')} in {target}")
    items = Markup("").join(download_link(kind, path) for kind, path in written.items())
    return HTML(Markup("<ul class='realnet-handouts'>{}</ul>").format(items))
