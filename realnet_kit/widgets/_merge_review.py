"""Confirm or reject, one pair at a time, accounts that may belong to one person.

A thin view over :func:`realnet_kit.importers.merge.review_pairs` and the participant's
:class:`~realnet_kit.Workbook`: every click is saved at once with
``Workbook.save_match_decision``, so a restarted kernel shows only the pairs still open,
and ``merge_people(contacts, wb.match_decisions())`` honours the answers.

Example (in a notebook; the last line displays the widget)::

    from realnet_kit.widgets import merge_review
    merge_review(data.workbook, data.contacts)
"""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

from realnet_kit.importers.merge import review_pairs
from realnet_kit.privacy import mask_name
from realnet_kit.widgets._common import try_to_save

#: Facts shown for each account of a pair: (column, label).
PAIR_FACTS = (
    ("platform", "Platform"),
    ("handle", "Handle"),
    ("email", "Email"),
    ("company", "Company"),
    ("position", "Position"),
    ("city", "City"),
    ("location", "Location"),
)


def _card(row: pd.Series | None, contact_id: str) -> str:
    if row is None:
        return f"<div><b>{html.escape(contact_id)}</b></div>"
    name = mask_name(row.get("name"), "name", key=contact_id)
    title = html.escape(str(name)) if isinstance(name, str) else "(no name)"
    lines = [f"<div style='font-size:1.2em'><b>{title}</b></div>"]
    for column, label in PAIR_FACTS:
        value = row.get(column)
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            continue
        kind = {"handle": "handle", "email": "email"}.get(column, "")
        shown = mask_name(value, kind, key=contact_id) if kind else value
        lines.append(f"<div>{html.escape(label)}: {html.escape(str(shown))}</div>")
    return (
        "<div style='border:1px solid #999;border-radius:6px;padding:8px;"
        "min-width:16em'>" + "".join(lines) + "</div>"
    )


class MergeReview:
    """The review widget's state: open pairs, the current one, and the workbook."""

    def __init__(self, workbook: Any, contacts: pd.DataFrame) -> None:
        import ipywidgets as w

        self.workbook = workbook
        self.contacts = contacts.drop_duplicates("contact_id").set_index("contact_id", drop=False)
        self.pairs = review_pairs(contacts, workbook.match_decisions())
        self.position = 0
        self.saved = 0
        self.header = w.HTML()
        self.cards = w.HTML()
        self.message = w.HTML()  # "Not saved: ..." when an answer cannot be written
        self.same = w.Button(
            description="Same person",
            button_style="success",
            tooltip="These accounts belong to one person",
        )
        self.different = w.Button(
            description="Different people",
            button_style="warning",
            tooltip="Keep these accounts apart",
        )
        self.skip = w.Button(description="Skip for now")
        self.same.on_click(lambda _: self.decide("same"))
        self.different.on_click(lambda _: self.decide("different"))
        self.skip.on_click(lambda _: self.advance())
        self.buttons = w.HBox([self.same, self.different, self.skip])
        self.view = w.VBox([self.header, self.cards, self.buttons, self.message])
        self.render()

    def _say_not_saved(self, text: str) -> None:
        self.message.value = f"<p>{html.escape(text)}</p>"

    def current(self) -> pd.Series | None:
        return self.pairs.iloc[self.position] if self.position < len(self.pairs) else None

    def decide(self, decision: str) -> None:
        """Save the answer for the pair shown, then show the next one."""
        pair = self.current()
        if pair is None:
            return
        write = lambda: self.workbook.save_match_decision(  # noqa: E731
            pair["contact_a"], pair["contact_b"], decision
        )
        if not try_to_save(write, self._say_not_saved):
            return
        self.message.value = ""
        self.saved += 1
        self.advance()

    def advance(self) -> None:
        self.position += 1
        self.render()

    def _row(self, contact_id: str) -> pd.Series | None:
        return self.contacts.loc[contact_id] if contact_id in self.contacts.index else None

    def render(self) -> None:
        pair = self.current()
        if pair is None:
            done = (
                f"All {len(self.pairs)} pairs reviewed ({self.saved} answers saved)."
                if len(self.pairs)
                else "No uncertain pairs: nothing to review."
            )
            self.header.value = (
                f"<p><b>{done}</b> Run <code>merge_people(contacts, "
                "workbook.match_decisions())</code> to use them.</p>"
            )
            self.cards.value = ""
            for button in (self.same, self.different, self.skip):
                button.disabled = True
            return
        self.header.value = (
            f"<p>Pair {self.position + 1} of {len(self.pairs)}: are these one person? "
            f"<i>{html.escape(str(pair['reason']))}</i> "
            f"(names {int(pair['score'])}% alike)</p>"
        )
        left = _card(self._row(pair["contact_a"]), pair["contact_a"])
        right = _card(self._row(pair["contact_b"]), pair["contact_b"])
        self.cards.value = f"<div style='display:flex;gap:12px'>{left}{right}</div>"


def merge_review(workbook: Any, contacts: pd.DataFrame) -> Any:
    """The review widget for ``contacts`` (displayed when it is a cell's last line).

    Parameters
    ----------
    workbook
        The participant's :class:`~realnet_kit.Workbook`, where answers are saved.
    contacts
        A frame from :func:`realnet_kit.load_export`.
    """
    review = MergeReview(workbook, contacts)
    review.view.review = review  # keep the state reachable from the displayed widget
    return review.view
