"""The dashboard's plan tab: from scores to a plan with one button, then edit and export.

Notebook 05 makes the plan with :func:`realnet_kit.plan_actions` in a code cell; here
the participant chooses the time they can give each week and the first day, presses
*Make my plan*, and the :class:`~realnet_kit.widgets._plan_editor.PlanEditor` below shows
the result to accept, change or drop. The plan is made as 05 makes it: whoever you
promised an answer in exercise 2.3 is answered first, and the connector you named in
exercise 4.2 gets a thank-you (:func:`realnet_kit.narrate.connectors_to_thank`). It is
saved in the same workbook as the notebooks, so notebook 05 (and the dashboard's *Log
and follow up* tab) see it at once.
Without scores the tab says so and points to the scoring tab; on a sample business it
offers the owner's own answers, since nobody knows the band's friends but the band.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from realnet_kit.dashboard.week import ThisWeek
from realnet_kit.narrate.plan import connectors_to_thank
from realnet_kit.narrate.scores import scored
from realnet_kit.plan.actions import THANK_CONNECTOR
from realnet_kit.plan.handouts import active_plan
from realnet_kit.plan.planner import DEFAULT_WEEKLY_MINUTES, PLANNED_TIERS, plan_actions
from realnet_kit.privacy import mask_name
from realnet_kit.scoring.score import TIERS
from realnet_kit.session.data import fill_sample_answers
from realnet_kit.style import CSS_COLORS
from realnet_kit.widgets._common import try_to_save
from realnet_kit.widgets._plan_editor import PlanEditor
from realnet_kit.words import counted, listed

__all__ = ["MINUTES_MAX", "MINUTES_MIN", "MINUTES_STEP", "PlanMaker", "minutes_in_words"]

#: The weekly time slider, in minutes: from a quarter of an hour to ten hours a week.
MINUTES_MIN = 15
MINUTES_MAX = 600
MINUTES_STEP = 15
#: The choices of the weekly time menu.
MINUTE_CHOICES = tuple(range(MINUTES_MIN, MINUTES_MAX + 1, MINUTES_STEP))
#: How far back the first day may lie: a plan that starts weeks ago is all overdue.
START_GRACE_DAYS = 7
#: Workbook setting that remembers the weekly time between visits.
MINUTES_SETTING = "weekly_minutes"

NO_PLAN_NOTE = (
    "<b>No plan yet.</b> Choose your time and first day above, then press <i>Make my plan</i>."
)


def contacts(count: int, word: str = "contact") -> str:
    """``'1 contact'``, ``'1,250 contacts'`` (or another word that takes an s)."""
    return counted(count, word)


def minutes_in_words(minutes: int) -> str:
    """``135`` -> ``'2 hours 15 minutes a week'``.

    >>> minutes_in_words(60), minutes_in_words(45)
    ('1 hour a week', '45 minutes a week')
    """
    hours, rest = divmod(int(minutes), 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if rest or not hours:
        parts.append(f"{rest} minute{'s' if rest != 1 else ''}")
    return " ".join(parts) + " a week"


class PlanMaker:
    """The plan tab of the dashboard: weekly time, first day, *Make my plan*, the editor.

    Parameters
    ----------
    data : WorkshopData
        From :func:`realnet_kit.open_workshop_data`; its workbook holds scores and plan.
    export_dir : path, optional
        Where the editor's export button writes the plan files.
    on_go_scoring : callable, optional
        Called by the *Go to scoring* button (the dashboard switches tabs).
    on_change : callable, optional
        Called after the scores or the plan changed here (the dashboard redraws the
        other tabs).

    Examples
    --------
    >>> from realnet_kit import open_workshop_data
    >>> maker = PlanMaker(open_workshop_data("bakery", quiet=True))  # doctest: +SKIP
    >>> maker.fill_sample_answers(); maker.make_plan() is not None  # doctest: +SKIP
    True
    """

    def __init__(self, data: Any, *, export_dir: str | Path | None = None,
                 on_go_scoring: Callable[[], Any] | None = None,
                 on_change: Callable[[], Any] | None = None) -> None:  # fmt: skip
        import ipywidgets as w

        self.data = data
        self.workbook = data.workbook
        self.on_change = on_change
        remembered = self._remembered_minutes(DEFAULT_WEEKLY_MINUTES)
        # A menu rather than a slider: it has a name for screen readers and arrow keys.
        self.minutes = w.Dropdown(options=[(minutes_in_words(m), m) for m in MINUTE_CHOICES],
                                  value=remembered, description="Time a week",
                                  style={"description_width": "7em"},
                                  layout=w.Layout(width="26em"))  # fmt: skip
        self.minutes_words = w.Label(minutes_in_words(remembered))
        self.minutes_words.layout.display = "none"  # the menu says it already
        self.minutes.observe(self._minutes_changed, names="value")
        self.start = w.DatePicker(value=data.today().date(), description="First day",
                                  style={"description_width": "7em"})  # fmt: skip
        self.make = w.Button(description="Make my plan", button_style="primary",
                             icon="calendar", layout=w.Layout(width="auto"))  # fmt: skip
        self.make.on_click(lambda _: self._safely(self.make_plan, self.make))
        self.go_scoring = w.Button(description="Go to scoring", icon="arrow-left",
                                   layout=w.Layout(width="auto"))  # fmt: skip
        self.go_scoring.on_click(lambda _: on_go_scoring() if on_go_scoring else None)
        owner = f"the {data.source}'s" if data.is_sample else "the owner's"
        self.sample_answers = w.Button(description=f"Fill in {owner} own answers",
                                       icon="magic", layout=w.Layout(width="auto"))  # fmt: skip
        self.sample_answers.on_click(
            lambda _: self._safely(self.fill_sample_answers, self.sample_answers)
        )
        self.sample_answers.layout.display = None if data.is_sample else "none"
        self.status = w.HTML()
        self.message = w.HTML()
        self.editor = PlanEditor(self.workbook, export_dir=export_dir, empty_note=NO_PLAN_NOTE,
                                 today=data.today())  # fmt: skip
        folder = export_dir if export_dir is not None else self.editor.export_dir
        self.week = ThisWeek(self.workbook, data.today(), folder, on_change=self._week_changed)
        self.widget = w.VBox([
            w.HTML("<h3>This week</h3>"),
            self.week.widget,
            w.HTML("<h3>Make your plan</h3>"),
            self.status,
            w.HBox([self.go_scoring, self.sample_answers]),
            w.HBox([self.minutes, self.minutes_words]),
            self.start,
            w.HBox([self.make]),
            self.message,
            w.HTML("<h3>Your whole plan: accept, change or drop</h3>"),
            self.editor.widget,
        ])  # fmt: skip
        self.widget.add_class("realnet-plan-maker")
        self.widget.maker = self  # so a test (or a curious facilitator) reaches the parts
        self.refresh()

    # --- state -----------------------------------------------------------------------
    def _remembered_minutes(self, default: int) -> int:
        try:
            value = int(self.workbook.setting(MINUTES_SETTING, default))
        except (TypeError, ValueError):
            value = default
        value = MINUTES_STEP * round(value / MINUTES_STEP)
        return min(max(value, MINUTES_MIN), MINUTES_MAX)

    def scored(self) -> pd.DataFrame:
        """The scores so far through :func:`realnet_kit.score_contacts` (maybe empty)."""
        return scored(self.data)

    def refresh(self, frame: pd.DataFrame | None = None) -> None:
        """Say what the scores hold now, and what to do next (``frame``: :meth:`scored`
        made just now, so it is not made twice)."""
        frame = self.scored() if frame is None else frame
        self.go_scoring.layout.display = None if frame.empty else "none"
        if frame.empty:
            sample = (
                f" This is a sample business and you do not know its people: press "
                f"<i>{html.escape(self.sample_answers.description)}</i> to use the answers "
                "its owner would give."
                if self.data.is_sample
                else ""
            )
            self.status.value = (
                "<p><b>You have not scored anyone yet.</b> The plan is made from your "
                "scores: who is in your inner circle, who is real, who is warm. Go to "
                "step <i>3 Score</i>, answer the questions for a few people "
                f"you know, then come back here.{sample}</p>"
            )
            return
        counts = frame["tier"].value_counts()
        parts = [f"{int(counts[t])} {t}" for t in TIERS if counts.get(t, 0)]
        planned = int(frame["tier"].isin(PLANNED_TIERS).sum())
        self.status.value = (
            f"<p>You have scored {contacts(len(frame))}: {html.escape(', '.join(parts))}. "
            f"The plan is for the {', '.join(PLANNED_TIERS[:-1])} and {PLANNED_TIERS[-1]} "
            f"tiers: <b>{contacts(planned)}</b>. Choose the time you can really give them "
            "every week, even in a bad week, and the day to start.</p>"
        )

    # --- actions ---------------------------------------------------------------------
    def _say(self, text: str, *, ok: bool = True) -> None:
        colour = CSS_COLORS["accent"] if ok else CSS_COLORS["warn"]
        self.message.value = f"<p style='color:{colour}'>{text}</p>"

    def _safely(self, action: Callable[[], Any], button: Any = None) -> Any:
        """Run a button's action; an unexpected error becomes a sentence, not a traceback.

        The button is greyed out meanwhile, so an impatient second click does nothing.
        """
        if button is not None:
            button.disabled = True
        try:
            return action()
        except Exception as error:  # the page must keep working
            self._say(
                f"Something went wrong: {html.escape(str(error))}. Nothing you entered is "
                "lost (it is all in your workbook); try again, or ask the facilitator.",
                ok=False,
            )
            return None
        finally:
            if button is not None:
                button.disabled = False

    def _minutes_changed(self, change: dict) -> None:
        self.minutes_words.value = minutes_in_words(change["new"])

    def fill_sample_answers(self) -> int:
        """On a sample, save its owner's answers for everyone not scored yet."""
        if not self.data.is_sample:
            self._say("On your own data only your answers count.", ok=False)
            return 0
        added = fill_sample_answers(
            self.workbook, self.data.source, self.data.contacts["contact_id"]
        )
        self._say(
            f"Filled in the {html.escape(self.data.source)}'s own answers for {contacts(added)}."
            if added
            else "Everyone the sample's owner knows is scored already."
        )
        self.refresh()
        self._changed()
        return added

    def make_plan(self) -> pd.DataFrame | None:
        """Plan from the scores with the chosen time and first day; None (and why) if not."""
        if self.start.value is None:
            self._say("Pick the first day of your plan in the calendar box.", ok=False)
            return None
        today = self.data.today()
        if pd.Timestamp(self.start.value, tz="UTC") < today - pd.Timedelta(days=START_GRACE_DAYS):
            self._say(
                f"The first day, {self.start.value:%d %B %Y}, is weeks ago: every action "
                f"would be overdue before you begin. Pick {today:%d %B %Y} or a later day.",
                ok=False,
            )
            return None
        frame = self.scored()
        self.refresh(frame)
        if frame.empty:
            self._say(
                "There is nobody to plan for yet: score a few people in step <i>3 Score</i> first.",
                ok=False,
            )
            return None
        if not frame["tier"].isin(PLANNED_TIERS).any():
            self._say(
                f"Nobody you scored ({contacts(len(frame))}) is in the inner circle or the "
                "real tier yet, so the plan would be empty. Score the people you are "
                "closest to: the ones you swap ideas with and who would help you.",
                ok=False,
            )
            return None
        try:
            # as notebook 05 makes it: the 2.3 promise rides on the scores' attrs, the
            # connector of 4.2 is thanked
            plan = plan_actions(frame, self.data.contacts, weekly_minutes=self.minutes.value,
                                start=self.start.value,
                                thank=connectors_to_thank(self.data, frame))  # fmt: skip
        except ValueError as error:
            self._say(html.escape(str(error)), ok=False)
            return None
        minutes = int(self.minutes.value)
        say = lambda text: self._say(html.escape(text), ok=False)  # noqa: E731
        if not try_to_save(lambda: self.workbook.set_setting(MINUTES_SETTING, minutes), say):
            return None
        if self.editor.use_plan(plan) is None:  # the editor said why it was not saved
            return None
        self._say(self._describe(plan))
        self._changed()
        return plan

    def _describe(self, plan: pd.DataFrame) -> str:
        todo = active_plan(self.workbook.plan())
        if todo.empty:
            return "Every action of this plan is already dropped or done."
        first = pd.to_datetime(todo["due"], utc=True).min()
        offline = int(plan["offline"].fillna(False).astype(bool).sum()) if "offline" in plan else 0
        left_out = len(plan.attrs.get("not_planned", []) or [])
        more = (
            f" {contacts(left_out)} did not fit in a year at "
            f"{minutes_in_words(self.minutes.value)}; give more time to include them."
            if left_out
            else ""
        )
        thanks = ""
        if "action_key" in todo.columns:
            thanked = todo[todo["action_key"].astype("string") == THANK_CONNECTOR.key]
            names = [
                str(mask_name(str(name), "name", key=cid))
                for name, cid in zip(thanked["name"], thanked["contact_id"], strict=True)
            ]
            if names:
                thanks = (f" It thanks {html.escape(listed(names))}, the connector you named "
                          "in exercise 4.2.")  # fmt: skip
        return (
            f"<b>Your plan is ready: {contacts(len(todo), 'action')} for "
            f"{contacts(todo['contact_id'].nunique())}</b>, the first on "
            f"{first:%A %d %B %Y}; {offline:,} take a relationship offline.{thanks}{more} It is "
            "saved in your workbook, so notebook 05 shows the same plan. Accept, change or "
            "drop each action below, then export it. Making the plan again keeps everything "
            "you accepted, changed, dropped or marked done."
        )

    def _week_changed(self) -> None:
        """An action was ticked off or moved in the checklist: the editor shows it too."""
        self.editor.refresh()
        self._changed(week=False)

    def _changed(self, *, week: bool = True) -> None:
        if week:
            self.week.refresh()
        if self.on_change is not None:
            self.on_change()
