"""The scoring app of workshop 03 and the dashboard: picker, card, live results, transfer."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from realnet_kit.widgets._card import ScoringCard
from realnet_kit.widgets._common import scoring_order
from realnet_kit.widgets._picker import ContactPicker
from realnet_kit.widgets._results import LiveResults
from realnet_kit.widgets._transfer import WorkbookTransfer
from realnet_kit.workbook.book import Workbook

INSTRUCTIONS = (
    "<p>Answer a few questions about each person. Every click is saved at once, so you "
    "can stop and come back later. <b>Keyboard:</b> Tab moves from button to button "
    "(Previous, Undo, Skip, Next, then each question's answers), Space or Enter presses "
    "the focused one; after Next, one Tab reaches the first question. Fastest of all: "
    "type one digit per question in <i>Quick keys</i> (0 is each question's first "
    "choice, '-' skips one) and press Enter; the next person appears. The chosen answer "
    "is also written beside each question.</p>"
)


#: With more contacts than this, the card starts with this many of the likeliest
#: relationships (people you talk to, mutual follows, then the rest), plus anyone
#: already scored; the picker chooses others. 200 leaves room to skip: at about 20
#: seconds a person (scoring.SECONDS_PER_PERSON), 15 minutes score some 45 of them.
DEFAULT_CARD_SIZE = 200


def first_to_score(contacts: pd.DataFrame, workbook: Any, size: int | None = None):
    """The contacts the card starts with: those already scored, then the likeliest."""
    size = DEFAULT_CARD_SIZE if size is None else size
    if len(contacts) <= size:
        return contacts
    ordered = scoring_order(contacts)
    done = set(workbook.scores()["contact_id"].astype(str))
    ids = ordered["contact_id"].astype(str)
    scored = ids.isin(done).to_numpy()
    room = max(size - int(scored.sum()), 0)
    unscored_rank = np.cumsum(~scored)
    keep = scored | (~scored & (unscored_rank <= room))
    return ordered[keep]


class ScoringApp:
    """Everything to score contacts, wired together.

    Attributes ``picker`` (:class:`ContactPicker`), ``card`` (:class:`ScoringCard`),
    ``results`` (:class:`LiveResults`), ``transfer`` (:class:`WorkbookTransfer`) and
    ``widget`` (the ``ipywidgets.VBox`` to display).
    """

    def __init__(self, workbook: Any = None, contacts: pd.DataFrame | None = None) -> None:
        import ipywidgets as w

        self.workbook = workbook if workbook is not None else Workbook()
        if contacts is None:
            contacts = self.workbook.contacts()
        self.picker = ContactPicker(contacts, self.workbook)
        first = first_to_score(contacts, self.workbook)
        self.card = ScoringCard(self.workbook, first, worth_scoring=len(contacts))
        note = ""
        if len(first) < len(contacts):
            note = (
                f"<p>The card starts with {len(first):,} of your {len(contacts):,} contacts: "
                "the people you talk to and follow each other with first. Open "
                "<i>Choose whom to score</i> to put others on the card.</p>"
            )
        self.results = LiveResults(self.workbook, contacts)
        self.transfer = WorkbookTransfer(self.workbook)
        self.card.on_saved(self.results.schedule)
        self.picker.on_choose(self._use)
        choose = w.Accordion(children=[self.picker.widget], titles=("Choose whom to score",))
        move = w.Accordion(
            children=[self.transfer.widget],
            titles=("Download or upload your workbook (for Binder)",),
        )
        self.widget = w.VBox(
            [
                w.HTML(f"<h2>Score your contacts</h2>{INSTRUCTIONS}{note}"),
                choose,
                self.card.widget,
                self.results.widget,
                move,
            ]
        )
        self.widget.add_class("realnet-scoring-app")
        self.widget.app = self  # so a notebook or a test can reach the parts

    def _use(self, contacts: pd.DataFrame) -> None:
        self.card.worth_scoring = None  # the card now holds the participant's own choice
        self.card.set_contacts(contacts)

    def _ipython_display_(self) -> None:  # pragma: no cover - display glue
        from IPython.display import display

        display(self.widget)


def scoring_app(workbook: Any = None, contacts: pd.DataFrame | None = None) -> Any:
    """The scoring app as one widget: pick contacts, score them, watch the rings grow.

    Parameters
    ----------
    workbook
        Where answers are saved; default ``Workbook()`` (``$REALNET_HOME`` or ``~/.realnet``).
    contacts
        The contacts to score (audited ones show their category and reasons); default:
        every contact in the workbook.

    Returns
    -------
    ipywidgets.VBox
        Display it, or make it the last line of a cell. Its ``.app`` attribute is the
        :class:`ScoringApp` with the parts (``.app.card``, ``.app.picker``, ...).

    Examples
    --------
    >>> import tempfile, pathlib, pandas as pd
    >>> from realnet_kit import Workbook
    >>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()))
    >>> box = scoring_app(wb, pd.DataFrame({"contact_id": ["x:1"], "name": ["Ada"]}))
    >>> box.app.card.toggles["ideas"].value = 3
    >>> wb.score_for("x:1")
    {'ideas': 3}
    """
    return ScoringApp(workbook, contacts).widget


def workbook_transfer(workbook: Any = None) -> Any:
    """Only the download / upload part, as one widget (e.g. for workshop 00 or 06)."""
    return WorkbookTransfer(workbook if workbook is not None else Workbook()).widget
