"""The dashboard's five steps, built from the package's widgets on one workbook.

The scoreboard (your guess and the funnel) and who is waiting are
:mod:`realnet_kit.dashboard.steps`; scoring is its :class:`ScoringStep` on the contacts
worth scoring; the plan is :class:`~realnet_kit.dashboard.plan_maker.PlanMaker`; keeping
it up is :func:`realnet_kit.widgets.quick_log` with a line about what it is for. A step
that cannot be built shows a sentence instead, and the rest of the page still works.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from realnet_kit.audit.followers import audit_followers
from realnet_kit.dashboard.plan_maker import PlanMaker
from realnet_kit.dashboard.steps import ScoreboardStep, ScoringStep, WaitingStep
from realnet_kit.narrate.scores import worth_scoring
from realnet_kit.plan.handouts import handout_folder
from realnet_kit.widgets import quick_log

#: The steps, in the order of the workshop (names as in ``page.parts``).
STEP_NAMES = ("scoreboard", "waiting", "scoring", "plan", "log")
#: What the log tab says above the quick log.
LOG_NOTE = (
    "<p>Had a call, a coffee, a message? Log it here in three clicks: who, what, then "
    "<i>Log it</i>. Logging resets that person's clock in your plan.</p>"
)
LOG_NOTE_NO_RHYTHM = (
    "<p><i>Nobody has a rhythm yet, so nobody can be due. Make your plan in the tab "
    "<b>4 Plan</b> and the people due will be listed here.</i></p>"
)


def to_score(data: Any) -> tuple[Any, Any]:
    """The audit, and the contacts the scoring card offers (all when none stands out)."""
    audit = audit_followers(
        data.contacts, data.interactions, keywords=data.keywords(), places=data.places()
    )
    worth = worth_scoring(audit, quiet=True)
    return audit, worth if len(worth) else audit


def build_tab(name: str, data: Any, offered: Any, *, parts: Any, tabs: Any,
              changed: Callable[..., Any], audit: Any = None) -> tuple[Any, Any]:  # fmt: skip
    """One step: (its object, its widget), or (None, a note) if it cannot be built.

    ``parts`` holds the steps already built (``parts.built(name)``, see
    :func:`realnet_kit.dashboard.app.show_dashboard`); ``tabs`` is what shows the steps:
    anything with a ``selected_index``.
    """
    import html

    import ipywidgets as widgets

    try:
        if name == "scoreboard":
            audit = audit if audit is not None else to_score(data)[0]
            part = ScoreboardStep(data, audit, offered, on_guess=changed)
        elif name == "waiting":
            part = WaitingStep(data, on_answer=changed)
        elif name == "scoring":
            part = ScoringStep(data, offered, changed=changed)
        elif name == "plan":
            part = _plan(data, parts, tabs, changed)
        else:
            part = _LogTab(data, offered)
    except Exception as error:  # a broken tab must not take the page down
        note = widgets.HTML(
            "<p>This part could not be shown on this data: "
            f"{html.escape(str(error))}. Score a few contacts first, or try the band sample."
            "</p>"
        )
        return None, note
    return part, getattr(part, "widget", part)


def _plan(data: Any, parts: dict, tabs: Any, changed: Any) -> Any:
    def go_scoring() -> None:
        tabs.selected_index = STEP_NAMES.index("scoring")

    def plan_changed() -> None:
        scoring = parts.built("scoring")
        if scoring is not None:  # sample answers were filled in: show them on the card
            card = scoring.card
            card.set_contacts(card.contacts, start=card.position)
            scoring.results.schedule()
            scoring.refresh_ring()
        changed()

    return PlanMaker(data, export_dir=handout_folder(data.source), on_go_scoring=go_scoring,
                     on_change=plan_changed)  # fmt: skip


class _LogTab:
    """The quick log, with a line that says what it is for (and why nobody is due)."""

    def __init__(self, data: Any, contacts: Any) -> None:
        import ipywidgets as widgets

        self.log = quick_log(data.workbook, contacts=contacts, today=data.today())
        self.note = widgets.HTML()
        self.widget = widgets.VBox([self.note, self.log.widget])
        self.widget.add_class("realnet-log-tab")
        self.refresh(redraw=False)

    def refresh(self, *, redraw: bool = True) -> None:
        if redraw:
            self.log.refresh()
        workbook = self.log.workbook
        has_rhythm = len(workbook.plan()) > 0 or len(workbook.scores()) > 0
        self.note.value = LOG_NOTE + ("" if has_rhythm else LOG_NOTE_NO_RHYTHM)


def refresh_tab(part: Any, name: str) -> None:
    """Bring a tab up to date with the workbook when it is opened."""
    if part is None:
        return
    if name == "plan":
        part.refresh()
        part.editor.refresh()
        part.week.refresh()
    elif name in ("log", "waiting", "scoreboard"):
        part.refresh()
