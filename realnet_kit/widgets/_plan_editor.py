"""The plan editor: accept, drop, edit or finish each planned action.

A thin view over :meth:`Workbook.plan`: every change (status, action text, due date,
cadence) is written to the workbook at once with :meth:`Workbook.update_plan_item`, so
an edited item survives a re-plan, a kernel restart or a closed tab. The export button
writes the plan (dropped items left out of the page and the spreadsheet, and marked
cancelled in the calendar so a re-import removes them) as ``realnet-plan.ics``,
``realnet-plan.html`` and ``realnet-plan.csv``, the names notebook 05 uses, into a folder
of the participant's own (:func:`default_export_dir` unless told otherwise), then shows
the full path of each file and a link that downloads it through the browser.

    from realnet_kit.widgets import plan_editor
    plan_editor(data.workbook, plan_actions(scored, contacts))
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pandas as pd
from markupsafe import Markup

from realnet_kit.config import realnet_home
from realnet_kit.plan.handouts import download_link, write_handouts
from realnet_kit.privacy import is_presenter_mode, mask_name, on_presenter_change
from realnet_kit.style import CSS_COLORS
from realnet_kit.widgets._common import esc, missing, try_to_save
from realnet_kit.words import utc_day

__all__ = ["CADENCE_CHOICES", "EXPORT_FOLDER", "PAGE_SIZE", "PlanEditor", "default_export_dir",
           "plan_editor"]  # fmt: skip

#: The cadences one can pick for an item, in words; 0 stands for a one-off (``<NA>`` in
#: the plan), since a dropdown cannot show ``None`` as a choice.
CADENCE_CHOICES = (
    ("once", 0),
    ("every week", 7),
    ("every two weeks", 14),
    ("every month", 30),
    ("every quarter", 90),
)
#: Items shown per page.
PAGE_SIZE = 12
STATUS_CHOICES = (("Proposed", "proposed"), ("Accept", "accepted"), ("Drop", "dropped"),
                  ("Done", "done"))  # fmt: skip
#: Folder inside the participant's home (``$REALNET_HOME`` or ``~/.realnet``) that the
#: export button writes to when no ``export_dir`` is given.
EXPORT_FOLDER = "exports"
#: What the editor says when the workbook holds no plan (a notebook's wording).
NO_PLAN_NOTE = (
    "<b>No plan yet.</b> Make one first: in notebook 05 run the cell with "
    "<code>plan_actions</code>, or press <i>Make my plan</i> in the dashboard."
)


def default_export_dir() -> Path:
    """``<realnet home>/exports``: where the plan files go unless told otherwise.

    The participant's own folder, never the workshop folder, so nothing personal lands
    in a repository; it is made on the first export.

    >>> default_export_dir().name
    'exports'
    """
    return realnet_home() / EXPORT_FOLDER


def _masked(text: str, name: str, contact_id: str) -> str:
    """``text`` with the person's name replaced by their pseudonym in presenter mode."""
    if not is_presenter_mode() or not name:
        return text
    return text.replace(name, str(mask_name(name, "name", key=contact_id)))


class PlanRow:
    """The controls of one plan item; each change is saved to the workbook at once."""

    def __init__(self, editor: PlanEditor, item: dict) -> None:
        import ipywidgets as w

        self.editor = editor
        self.plan_id = str(item["plan_id"])
        self.item = item
        name = "" if missing(item.get("name")) else str(item["name"])
        cid = str(item["contact_id"])
        action = "" if missing(item.get("action")) else str(item["action"])
        why = "" if missing(item.get("why")) else str(item["why"])
        minutes = "" if missing(item.get("minutes")) else f" · {int(item['minutes'])} min"
        self.who = w.HTML(
            f"<b>{esc(_masked(name, name, cid) or cid)}</b>"
            f"<br><small>{esc(item.get('tier'))}{esc(minutes)}</small>",
            layout=w.Layout(width="12em"),
        )
        # Each field says its name beside it, so a screen reader names it too.
        label = {"description_width": "auto"}
        self.action = w.Textarea(value=_masked(action, name, cid), continuous_update=False,
                                 rows=2, layout=w.Layout(width="33em"), tooltip=why,
                                 description="Action", style=label)  # fmt: skip
        self.action.disabled = action != self.action.value  # masked text is not editable
        due = item.get("due")
        self.due = w.DatePicker(value=None if missing(due) else pd.Timestamp(due).date(),
                                layout=w.Layout(width="13em"), description="Due",
                                style=label)  # fmt: skip
        cadence = 0 if missing(item.get("cadence_days")) else int(item["cadence_days"])
        options = list(CADENCE_CHOICES)
        if cadence not in [c for _, c in options]:
            options.append((f"every {cadence} days", cadence))
        self.cadence = w.Dropdown(options=options, value=cadence, layout=w.Layout(width="14em"),
                                  description="Repeats", style=label)  # fmt: skip
        self.status = w.ToggleButtons(options=STATUS_CHOICES, value=str(item.get("status")
                                      or "proposed"), style={"button_width": "6.5em"})  # fmt: skip
        self.why = w.HTML(f"<small>{esc(_masked(why, name, cid))}</small>")
        self.action.observe(self._save("action"), names="value")
        self.due.observe(self._save("due"), names="value")
        self.cadence.observe(self._save("cadence_days"), names="value")
        self.status.observe(self._save("status"), names="value")
        self.box = w.VBox([
            w.HBox([self.who, self.action, self.due, self.cadence]),
            w.HBox([self.status, self.why]),
        ], layout=w.Layout(border_bottom="1px solid #ddd", padding="4px 0"))  # fmt: skip

    def _save(self, field: str):
        def handler(change: dict) -> None:
            value = change["new"]
            if field == "due":
                if value is None:
                    self.editor.say("A due date is needed; pick a day in the calendar.")
                    return
                value = pd.Timestamp(value).tz_localize("UTC")
            if field == "cadence_days":
                if value is None:  # nothing chosen: keep what is saved
                    return
                value = int(value) or None  # "once"
            if field == "action" and not str(value).strip():
                self.editor.say("An action needs words: what will you do for them?")
                return
            saved = try_to_save(
                lambda: self.editor.workbook.update_plan_item(self.plan_id, **{field: value}),
                self.editor.say,
            )
            if saved:  # otherwise the sentence says why; the new value stays on screen
                self.editor.saved(self, field, value)

        return handler


class PlanEditor:
    """Edit, accept or drop each planned action; everything is kept in the Workbook.

    Parameters
    ----------
    workbook
        The participant's :class:`realnet_kit.Workbook`.
    plan
        A fresh plan from :func:`realnet_kit.plan_actions` to save first (the
        workbook keeps items already accepted, dropped, done or edited). None, or a
        frame without an ``action`` column (such as the contacts): show the plan
        already in the workbook.
    export_dir
        Where the export button writes the calendar, the printable page and the
        spreadsheet; default :func:`default_export_dir` (made when needed).
    empty_note
        HTML shown when there is no plan yet (the dashboard explains its own button).
    today
        The day "due in the next 7 days" counts from (default: today; the notebooks pass
        ``data.today()``, which a rehearsal may fix).

    Examples
    --------
    >>> import tempfile, pathlib, pandas as pd
    >>> from realnet_kit import Workbook
    >>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()))
    >>> plan = pd.DataFrame({"contact_id": ["x:1"], "name": ["Ada"], "action": ["Call Ada"],
    ...     "due": pd.to_datetime(["2026-01-05"], utc=True),
    ...     "cadence_days": pd.array([14], dtype="Int64")})
    >>> editor = PlanEditor(wb, plan)
    >>> editor.rows[0].status.value = "accepted"
    >>> wb.plan()["status"].tolist()
    ['accepted']
    """

    def __init__(self, workbook: Any, plan: pd.DataFrame | None = None, *,
                 export_dir: str | Path | None = None,
                 empty_note: str = NO_PLAN_NOTE, today: Any = None) -> None:  # fmt: skip
        import ipywidgets as w

        self.workbook = workbook
        if plan is not None and "action" in getattr(plan, "columns", ()):
            workbook.save_plan(plan)  # a contacts frame (no action column) is not a plan
        folder = Path(export_dir).expanduser() if export_dir else default_export_dir()
        self.export_dir = folder.resolve()
        self.empty_note = empty_note
        self.today = today
        self.page = 0
        self.rows: list[PlanRow] = []
        self.summary = w.HTML()
        self.message = w.Label(value="")
        self.show = w.Dropdown(options=[("All but dropped", "live"), ("Proposed", "proposed"),
                                        ("Accepted", "accepted"), ("Dropped", "dropped"),
                                        ("Done", "done"), ("All", "all")],
                               value="live", description="Show")  # fmt: skip
        self.show.observe(lambda _: self.refresh(page=0), names="value")
        self.prev = w.Button(description="◀ Earlier", layout=w.Layout(width="8em"))
        self.next = w.Button(description="Later ▶", layout=w.Layout(width="8em"))
        self.prev.on_click(lambda _: self.refresh(page=self.page - 1))
        self.next.on_click(lambda _: self.refresh(page=self.page + 1))
        self.accept_page = w.Button(description="Accept all on this page", icon="check",
                                    layout=w.Layout(width="auto"))  # fmt: skip
        self.accept_page.on_click(lambda _: self.accept_shown())
        self.export = w.Button(description="Export calendar, page and CSV", icon="download",
                               layout=w.Layout(width="auto"))  # fmt: skip
        self.export.on_click(lambda _: self.export_files())
        self.list = w.VBox()
        self.pager = w.Label()
        self.files = w.HTML()  # where the last export went, with download links
        self.controls = w.HBox([self.show, self.accept_page, self.export])
        self.pages = w.HBox([self.prev, self.pager, self.next])
        self.widget = w.VBox([
            self.summary, self.controls, self.message, self.files, self.list, self.pages,
        ])  # fmt: skip
        self.widget.add_class("realnet-plan-editor")

        on_presenter_change(self._presenter_changed)
        self.refresh()

    def _presenter_changed(self, on: bool) -> None:
        """Presenter mode switched: draw the names again, masked or not."""
        self.refresh()

    def _ipython_display_(self) -> None:  # pragma: no cover - needs a notebook front end
        from IPython.display import display

        display(self.widget)

    def plan(self) -> pd.DataFrame:
        """The plan as it is in the workbook now."""
        return self.workbook.plan()

    def _shown(self, plan: pd.DataFrame) -> pd.DataFrame:
        status = plan["status"].astype("string")
        if self.show.value == "live":
            return plan[status != "dropped"]
        return plan if self.show.value == "all" else plan[status == self.show.value]

    def refresh(self, page: int | None = None) -> None:
        """Read the workbook again and redraw the current page."""
        plan = self.plan()
        shown = self._shown(plan)
        pages = max(1, -(-len(shown) // PAGE_SIZE))
        self.page = min(max(0, self.page if page is None else page), pages - 1)
        chunk = shown.iloc[self.page * PAGE_SIZE : (self.page + 1) * PAGE_SIZE]
        self.rows = [PlanRow(self, item) for item in chunk.to_dict("records")]
        self.list.children = [r.box for r in self.rows]
        self.pager.value = f"page {self.page + 1} of {pages}"
        self.prev.disabled = self.page == 0
        self.next.disabled = self.page >= pages - 1
        hidden = "none" if plan.empty else None  # no buttons for a plan that is not there
        self.controls.layout.display = self.pages.layout.display = hidden
        self._summarise(plan)

    def use_plan(self, plan: pd.DataFrame) -> int | None:
        """Save a fresh plan (items already touched are kept) and show it from the top.

        Returns the number of items added, as :meth:`Workbook.save_plan` does, or None
        when the workbook could not be written (the editor then says why).
        """
        added = 0

        def write() -> None:
            nonlocal added
            added = self.workbook.save_plan(plan)

        if not try_to_save(write, self.say):
            return None
        self.show.value = "live"
        self.files.value = ""
        self.refresh(page=0)
        return added

    def _summarise(self, plan: pd.DataFrame) -> None:
        counts = plan["status"].value_counts()
        parts = [f"{int(counts.get(s, 0))} {s}" for _, s in STATUS_CHOICES]
        live = plan[~plan["status"].isin(["dropped", "done"])]
        week = utc_day(self.today)
        soon = live[pd.to_datetime(live["due"], utc=True) < week + pd.Timedelta(days=7)]
        minutes = pd.to_numeric(soon["minutes"], errors="coerce").fillna(0).sum()
        self.summary.value = (
            f"<b>{len(plan)} planned actions</b>: {', '.join(parts)}. "
            f"Due in the next 7 days: {len(soon)} (about {int(minutes)} minutes)."
            if len(plan) else self.empty_note
        )  # fmt: skip

    def say(self, text: str) -> None:
        self.message.value = text

    def saved(self, row: PlanRow, field: str, value: Any) -> None:
        if field == "status":
            words = f"marked {value}"
        elif field == "due":
            words = f"due {pd.Timestamp(value):%a %d %b %Y}"
        else:
            words = "action changed" if field == "action" else "cadence changed"
        self.say(f"Saved: {words}.")
        self._summarise(self.plan())

    def accept_shown(self) -> int:
        """Accept every proposed item on the current page; returns how many."""
        n = 0
        for row in self.rows:
            if row.status.value == "proposed":
                row.status.value = "accepted"
                n += 1
        self.say(f"Accepted {n} actions.")
        return n

    def export_files(self) -> dict[str, Path]:
        """Write the calendar, the printable page and the spreadsheet; return the paths.

        The keys are those of :data:`realnet_kit.plan.HANDOUTS` (``"calendar"``,
        ``"page"``, ``"sheet"``), written by :func:`realnet_kit.plan.write_handouts`.
        Nothing is written for an empty plan; a folder that cannot be written to gives a
        message (and an empty dict), never a traceback.
        """
        plan = self.plan()
        if plan.empty:
            self.say("There is no plan to export yet: make one first.")
            return {}
        folder = self.export_dir
        try:
            paths = write_handouts(plan, folder)
        except (OSError, ValueError) as exc:
            self.say(
                f"Could not write the plan files into {folder}: {exc}. Check that the folder "
                "can be written to (or choose another one); your plan itself is safe."
            )
            return {}
        self.say(
            f"Saved at {dt.datetime.now():%H:%M}: the calendar, the printable page and the "
            f"spreadsheet, in the folder {folder}"
        )
        self.files.value = _files_html(paths)
        return paths


def _files_html(paths: dict[str, Path]) -> str:
    """Each written file: a link that downloads it, what it is for, and its full path."""
    items = Markup("").join(
        Markup("{}<br><code>{}</code></li>").format(
            Markup(download_link(kind, path).removesuffix("</li>")), str(path)
        )
        for kind, path in paths.items()
    )
    return Markup(
        "<style>.realnet-plan-files a {{color: {}; text-decoration: underline}}</style>"
        "<div class='realnet-plan-files'><b>Your plan files:</b><ul>{}</ul></div>"
    ).format(CSS_COLORS["accent"], items)


def plan_editor(workbook: Any, plan: pd.DataFrame | None = None, **kwargs: Any) -> PlanEditor:
    """Show the plan editor (see :class:`PlanEditor`); the last line of a cell displays it."""
    return PlanEditor(workbook, plan, **kwargs)
