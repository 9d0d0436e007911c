"""The plan as this week's checklist: each action due in the next seven days, done or not now.

The dashboard's plan step opens with what to do this week (overdue ones first), each with
*Done* (the action's status becomes ``done`` in the workbook, as in the plan editor) and
*Not now* (it moves a week later, still in the plan). Below the list, the calendar and the
printable plan are a download link each: they are written again whenever the plan
changes, so one click takes the plan as it is now.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
from markupsafe import Markup

from realnet_kit.plan.handouts import active_plan, download_link, write_handouts
from realnet_kit.privacy import PRESENTER, mask_frame, on_presenter_change
from realnet_kit.words import counted, utc_day

#: The checklist holds what falls due within this many days (and anything overdue).
WEEK_DAYS = 7
#: How far *Not now* moves an action.
NOT_NOW_DAYS = 7
#: The take-home files linked under the checklist (keys of ``realnet_kit.plan.HANDOUTS``).
TAKE_AWAY = ("calendar", "page")


class ThisWeek:
    """This week's actions as a checklist, and the calendar and printable plan in one click.

    Parameters
    ----------
    workbook : Workbook
        Holds the plan; every press is saved in it at once.
    today : Timestamp
        The day the week starts.
    folder : path
        Where the calendar and printable plan are written (the participant's handouts).
    on_change : callable, optional
        Called after an action is marked (the page redraws its counts and the editor).
    """

    def __init__(self, workbook: Any, today: Any, folder: str | Path, *,
                 on_change: Callable[[], Any] | None = None) -> None:  # fmt: skip
        import ipywidgets as w

        self.workbook = workbook
        self.today = utc_day(today)
        self.folder = Path(folder)
        self.on_change = on_change
        self.summary = w.HTML()
        self.rows = w.VBox()
        self.rows.add_class("realnet-week-list")
        self.files = w.HTML()
        self.message = w.HTML()
        self.widget = w.VBox([self.summary, self.rows, self.message, self.files])
        self.widget.add_class("realnet-this-week")
        self.refresh()
        on_presenter_change(self._presenter_changed)  # held weakly: a method, not a lambda

    def _presenter_changed(self, _on: bool) -> None:
        self.refresh()

    def due_this_week(self) -> pd.DataFrame:
        """The actions still to do that fall due within :data:`WEEK_DAYS`, soonest first."""
        plan = active_plan(self.workbook.plan())
        if plan.empty:
            return plan
        due = pd.to_datetime(plan["due"], utc=True)
        end = self.today + pd.Timedelta(days=WEEK_DAYS)
        week = plan[due.notna() & (due < end)].copy()
        week["due"] = pd.to_datetime(week["due"], utc=True)
        return week.sort_values(["due", "plan_id"], kind="stable").reset_index(drop=True)

    def refresh(self) -> None:
        """Read the plan again: the checklist and the two take-away links."""
        plan = self.workbook.plan()
        week = self.due_this_week()
        if plan.empty:
            self.summary.value = (
                "<p>No plan yet: press <i>Make my plan</i> below, and this week's actions "
                "appear here as a checklist.</p>"
            )
            self.rows.children = ()
            self.files.value = ""
            return
        minutes = pd.to_numeric(week.get("minutes"), errors="coerce").fillna(0).sum()
        self.summary.value = (
            f"<p><b>This week: {counted(len(week), 'action')}</b>"
            f"{f', about {int(minutes)} minutes' if minutes else ''}. Tick each off as you "
            "do it, or move it to next week.</p>"
            if len(week)
            else "<p><b>Nothing is due this week.</b> The next actions are in the list below.</p>"
        )
        shown = mask_frame(week) if PRESENTER.on else week
        pairs = zip(week.to_dict("records"), shown.to_dict("records"), strict=True)
        self.rows.children = tuple(self._row(item, seen) for item, seen in pairs)
        self._write_files(plan)

    def _row(self, item: dict, shown: dict) -> Any:
        import ipywidgets as w

        due = pd.Timestamp(item["due"])
        late = due < self.today
        when = f"overdue since {due:%a %d %b}" if late else f"due {due:%a %d %b}"
        text = Markup("<p><b>{}</b>: {} <span class='{}'>({})</span></p>").format(
            shown.get("name") or "", shown.get("action") or "",
            "realnet-warn" if late else "", when,
        )  # fmt: skip
        done = w.Button(description="Done", icon="check", button_style="primary",
                        tooltip="I did this: mark it done",
                        layout=w.Layout(width="auto"))  # fmt: skip
        later = w.Button(description="Not now", icon="clock-o",
                         tooltip=f"Move it {NOT_NOW_DAYS} days later",
                         layout=w.Layout(width="auto"))  # fmt: skip
        plan_id = str(item["plan_id"])
        done.on_click(lambda _: self.mark_done(plan_id))
        later.on_click(lambda _: self.not_now(plan_id))
        box = w.HBox([w.HTML(text), done, later])
        box.add_class("realnet-week-row")
        return box

    def mark_done(self, plan_id: str) -> bool:
        """Mark an action done (it leaves the checklist and the due list)."""
        return self._save(plan_id, "Marked done.", status="done")

    def not_now(self, plan_id: str) -> bool:
        """Move an action :data:`NOT_NOW_DAYS` later."""
        plan = self.workbook.plan().set_index("plan_id")
        due = pd.to_datetime(plan.loc[plan_id, "due"], utc=True)
        later = max(due, self.today) + pd.Timedelta(days=NOT_NOW_DAYS)
        return self._save(plan_id, f"Moved to {later:%A %d %B}.", due=later)

    def _save(self, plan_id: str, said: str, **fields: Any) -> bool:
        try:
            self.workbook.update_plan_item(plan_id, **fields)
        except Exception as error:  # a locked workbook: say so, keep the row
            self.message.value = Markup("<p class='realnet-warn' role='alert'>Not saved: {}</p>"
                                        ).format(str(error))  # fmt: skip
            return False
        self.message.value = Markup("<p role='status'>Saved: {}</p>").format(said)
        self.refresh()
        if self.on_change is not None:
            self.on_change()
        return True

    def _write_files(self, plan: pd.DataFrame) -> None:
        try:
            paths = write_handouts(plan, self.folder)
        except (OSError, ValueError) as error:
            self.files.value = Markup(
                "<p class='realnet-warn'>The calendar could not be written: {}</p>"
            ).format(str(error))
            return
        links = Markup("").join(download_link(kind, paths[kind]) for kind in TAKE_AWAY)
        self.files.value = Markup(
            "<div class='realnet-take-away'><b>Take it with you:</b><ul>{}</ul></div>"
        ).format(links)
