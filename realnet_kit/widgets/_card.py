"""The scoring card: one contact at a time, the questions as toggle buttons.

Every click is saved to the workbook at once. Keyboard use: Tab moves through Previous /
Undo / Skip / Next, then the answer buttons of each question in order; Space or Enter
presses the focused button, and one Tab after Next reaches the new card's first answer.
Each question says its chosen answer in words beside the buttons, so nothing depends on
seeing the highlight colour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pandas as pd
from traitlets import HasTraits, Tuple

from realnet_kit.privacy import on_presenter_change
from realnet_kit.scoring.score import QUESTIONS, parse_quick_keys
from realnet_kit.widgets._common import (
    CARD_FACTS,
    TODAY_GOAL,
    WRITE_ERRORS,
    contact_card_html,
    not_saved,
    scored_words,
    scoring_order,
)

NOT_ANSWERED = "not answered yet"
#: Room for each question's text, left of its answer buttons.
QUESTION_WIDTH = "21em"


def position_words(position: int, on_card: int, worth_scoring: int | None = None) -> str:
    """Where the card is, in words, counts written as everywhere else.

    >>> position_words(0, 200, 4410)
    'contact 1 of the 200 on the card, from 4,410 worth scoring'
    >>> position_words(1199, 1500)
    'contact 1,200 of 1,500'
    """
    where = f"contact {position + 1:,} of {on_card:,}"
    if worth_scoring is not None and worth_scoring > on_card:
        where = f"contact {position + 1:,} of the {on_card:,} on the card, from "
        where += f"{worth_scoring:,} worth scoring"
    return where


class ScoringCard(HasTraits):
    """A card to score contacts one by one; a thin view over a :class:`Workbook`.

    Parameters
    ----------
    workbook
        Where answers are saved (and read back when the notebook is reopened).
    contacts
        The contacts to score, in order (default: every contact in the workbook,
        people you talk to first). Only ``contact_id`` is required.
    start
        ``"first unscored"`` (default: resume where you stopped) or a position.
    goal
        What the counter counts towards when the card holds more people: today's goal
        (:data:`TODAY_GOAL`, about 45), never the whole list; past it, the card goes on.

    Examples
    --------
    >>> import tempfile, pathlib, pandas as pd
    >>> from realnet_kit import Workbook
    >>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()))
    >>> card = ScoringCard(wb, pd.DataFrame({"contact_id": ["x:1", "x:2"], "name": ["A", "B"]}))
    >>> card.toggles["ideas"].value = 2
    >>> wb.score_for("x:1")
    {'ideas': 2}
    >>> card.progress.value
    '1 of 2 scored'
    """

    #: The facts the card shows about each person (``(column, label, masking)``).
    facts: tuple[tuple[str, str, str], ...] = CARD_FACTS

    #: The last save or undo, as ``(number, contact_id, answers)``; observe it to follow.
    saved = Tuple()

    def __init__(
        self,
        workbook: Any,
        contacts: pd.DataFrame | None = None,
        *,
        start: Any = "first unscored",
        worth_scoring: int | None = None,
        goal: int = TODAY_GOAL,
    ) -> None:
        import ipywidgets as w

        self.workbook = workbook
        self.goal = goal
        #: How many contacts the card was chosen from (the app's list), when more than
        #: it holds: the position then says both ("contact 1 of the 200 on the card,
        #: from 4,410 worth scoring").
        self.worth_scoring = worth_scoring
        self._loading = False
        super().__init__()
        self._saves = 0
        self.position = 0
        self.header = w.HTML(layout=w.Layout(min_height="5em"))
        self.progress = w.Label(value="")
        self.where = w.Label(value="")
        self.status = w.Label(value="")
        self.toggles: dict[str, Any] = {}
        self.answer_words: dict[str, Any] = {}
        rows = []
        for key, q in QUESTIONS.items():
            toggle = w.ToggleButtons(
                options=[(label, i) for i, label in enumerate(q.options)],
                index=None,
                description=q.text,
                tooltips=[f"{q.short}: {label}" for label in q.options],
                style={"description_width": QUESTION_WIDTH, "button_width": "auto"},
                layout=w.Layout(width="auto"),
            )
            toggle.add_class(f"realnet-q-{key}")
            toggle.observe(self._on_toggle, names="value")
            words = w.Label(value=NOT_ANSWERED)
            self.toggles[key] = toggle
            self.answer_words[key] = words
            rows.append(w.HBox([toggle, words], layout=w.Layout(flex_flow="row wrap")))
        self.previous_button = w.Button(
            description="Previous", icon="arrow-left", tooltip="Go back to the previous contact"
        )
        self.next_button = w.Button(
            description="Next", icon="arrow-right", tooltip="Go to the next contact"
        )
        self.skip_button = w.Button(
            description="Skip to next unscored",
            icon="forward",
            tooltip="Leave this contact and go to the next one without any answers",
        )
        self.undo_button = w.Button(
            description="Undo last answer",
            icon="undo",
            tooltip="Take back the most recent answer you saved",
        )
        self.previous_button.on_click(lambda _: self.previous())
        self.next_button.on_click(lambda _: self.next())
        self.skip_button.on_click(lambda _: self.skip())
        self.undo_button.on_click(lambda _: self.undo())
        self.quick = w.Text(
            description="Quick keys",
            placeholder="one digit per question, e.g. 3 2 2 3 3 1 4 2, then Enter",
            continuous_update=False,
            tooltip="Type the answers in question order (0 = first choice, '-' to leave "
            "one out) and press Enter: they are saved and the next contact appears",
            layout=w.Layout(width="36em"),
        )
        self.quick.observe(self._on_quick, names="value")
        for button in (self.previous_button, self.undo_button, self.skip_button):
            button.layout.width = "auto"
        # Next comes last, right before the first question: after pressing it, one Tab
        # reaches the new card's first answer.
        nav = w.HBox([self.previous_button, self.undo_button, self.skip_button, self.next_button])
        self.widget = w.VBox(
            [
                w.HBox([self.progress, w.Label(" · "), self.where, w.Label(" · "), self.status]),
                self.header,
                self.quick,
                nav,
                *rows,
            ]
        )
        self.widget.add_class("realnet-scoring-card")
        self.set_contacts(contacts if contacts is not None else workbook.contacts(), start=start)
        on_presenter_change(self._on_presenter)

    # --- public ------------------------------------------------------------------------
    def set_contacts(self, contacts: pd.DataFrame, *, start: Any = "first unscored") -> None:
        """Score a different list of contacts (e.g. the picker's choice)."""
        if "contact_id" not in getattr(contacts, "columns", []):
            raise ValueError("The scoring card needs contacts with a 'contact_id' column.")
        self.contacts = scoring_order(contacts.drop_duplicates("contact_id"))
        self._ids = self.contacts["contact_id"].astype(str).tolist()
        self._row_of = {cid: i for i, cid in enumerate(self._ids)}
        done = set(self.workbook.scores()["contact_id"].astype(str))
        self.scored = {cid for cid in self._ids if cid in done}
        first = 0 if start == "first unscored" else int(start)
        if start == "first unscored":
            first = next((i for i, c in enumerate(self._ids) if c not in self.scored), 0)
        self.go_to(first)

    @property
    def contact_id(self) -> str | None:
        """The contact on the card (None when the list is empty)."""
        return self._ids[self.position] if self._ids else None

    def go_to(self, position: int) -> None:
        """Show the contact at ``position`` (clamped to the list), with saved answers."""
        n = len(self._ids)
        self.position = min(max(int(position), 0), max(n - 1, 0))
        self._show()

    def next(self) -> None:
        """Go to the next contact."""
        self.go_to(self.position + 1)

    def previous(self) -> None:
        """Go to the previous contact."""
        self.go_to(self.position - 1)

    def skip(self) -> None:
        """Go to the next contact with no answers yet (wrapping around)."""
        n = len(self._ids)
        for step in range(1, n + 1):
            i = (self.position + step) % n
            if self._ids[i] not in self.scored:
                self.go_to(i)
                return
        self.status.value = f"All {n} contacts are scored."

    def quick_answers(self, keys: str) -> bool:
        """Answer the card's questions in order from ``keys`` (e.g. "3223-142"), then move
        to the next contact. Digits are answers, '-' leaves a question as it is, spaces
        are ignored. Returns False (and saves nothing) when a key does not fit."""
        if not keys.strip() or not self._ids:
            return False
        try:
            answers = parse_quick_keys(keys)
        except ValueError as error:
            self.status.value = f"Not saved: {error}"
            return False
        cid = self._ids[self.position]
        if answers:
            try:
                saved = self.workbook.save_score(cid, **answers)
            except WRITE_ERRORS as error:  # the keys stay typed in the box
                self.status.value = not_saved(error)
                return False
            self.scored.add(cid)
            self._notify(cid, saved)
        self.status.value = f"Saved {len(answers)} answers at {dt.datetime.now():%H:%M:%S}."
        if self.position < len(self._ids) - 1:
            self.next()
        else:
            self._show()
        return True

    def _on_quick(self, change: dict) -> None:
        text = str(change["new"]).strip()
        if text and self.quick_answers(text):
            self.quick.value = ""

    def answer(self, question: str, value: int | None) -> None:
        """Answer a question on the current card (as a click would)."""
        self.toggles[question].value = value

    def undo(self) -> dict | None:
        """Take back the last saved answer and show that contact again."""
        try:
            undone = self.workbook.undo_last_score()
        except WRITE_ERRORS as error:
            self.status.value = not_saved(error)
            return None
        if undone is None:
            self.status.value = "Nothing to undo."
            return None
        cid = undone["contact_id"]
        if self.workbook.score_for(cid):
            if cid in self._row_of:
                self.scored.add(cid)
        else:
            self.scored.discard(cid)
        if cid in self._row_of:
            self.go_to(self._row_of[cid])
        names = ", ".join(QUESTIONS[k].short if k in QUESTIONS else k for k in undone["answers"])
        self.status.value = f"Undone: {names}."
        self._notify(cid, undone["answers"])
        return undone

    def on_saved(self, callback: Callable[[str, dict], Any]) -> None:
        """Call ``callback(contact_id, answers)`` after every save or undo."""
        self.observe(lambda change: callback(*change["new"][1:]), "saved")

    def _ipython_display_(self) -> None:  # pragma: no cover - display glue
        from IPython.display import display

        display(self.widget)

    # --- inner workings ------------------------------------------------------------------
    def _show(self) -> None:
        n = len(self._ids)
        self._update_progress()
        if n == 0:
            self.header.value = "<p>No contacts to score. Load an export or pick others.</p>"
            self.where.value = ""
            for toggle in self.toggles.values():
                toggle.disabled = True
            return
        row = self.contacts.iloc[self.position]
        self.header.value = contact_card_html(row, self.facts)
        self.where.value = position_words(self.position, n, self.worth_scoring)
        saved = self.workbook.score_for(self._ids[self.position])
        self._loading = True
        try:
            for key, toggle in self.toggles.items():
                toggle.disabled = False
                value = saved.get(key)
                toggle.value = value if value in range(len(toggle.options)) else None
                self._words(key, toggle.value)
        finally:
            self._loading = False
        self.previous_button.disabled = self.position == 0
        self.next_button.disabled = self.position >= n - 1

    def _words(self, key: str, value: int | None) -> None:
        label = NOT_ANSWERED if value is None else f"answer: {QUESTIONS[key].options[value]}"
        self.answer_words[key].value = label

    def _update_progress(self) -> None:
        self.progress.value = scored_words(len(self.scored), len(self._ids), self.goal)

    def _on_toggle(self, change: dict) -> None:
        if self._loading or not self._ids:
            return
        key = next(k for k, t in self.toggles.items() if t is change["owner"])
        cid = self._ids[self.position]
        try:
            answers = self.workbook.save_score(cid, **{key: change["new"]})
        except WRITE_ERRORS as error:  # said in words; the click stays in view
            self.status.value = not_saved(error)
            return
        self._words(key, change["new"])
        if answers:
            self.scored.add(cid)
        else:
            self.scored.discard(cid)
        self._update_progress()
        self.status.value = f"Saved at {dt.datetime.now():%H:%M:%S}."
        self._notify(cid, answers)

    def _notify(self, cid: str, answers: dict) -> None:
        self._saves += 1  # numbered, so saving the same answers twice is still a change
        self.saved = (self._saves, cid, answers)

    def _on_presenter(self, on: bool) -> None:
        if self._ids:
            self.header.value = contact_card_html(self.contacts.iloc[self.position], self.facts)
