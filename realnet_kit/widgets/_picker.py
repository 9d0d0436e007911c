"""The contact picker: choose whom to score, by platform, audit category, relevance and
text, one page at a time (a single HTML table per page, so 50,000 contacts stay quick)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
from traitlets import HasTraits, Instance

from realnet_kit.privacy import on_presenter_change
from realnet_kit.widgets._common import (
    display_name,
    esc,
    fact_text,
    link_html,
    platform_words,
    profile_address,
)
from realnet_kit.words import group_name

ALL = "all"
#: Columns the text search looks in (those present).
SEARCH_COLUMNS = ("name", "handle", "email", "company", "position", "bio", "contact_id")
PAGE_SIZE = 20
#: Columns of the picker's table (when present): label and how presenter mode masks it.
TABLE_COLUMNS = {
    "platform": ("Platform", ""),
    "handle": ("Handle", "handle"),
    "company": ("Company", ""),
    "category": ("Audit", ""),
    "relevant": ("Relevant", ""),
}


def _choices(series: pd.Series, words: Callable[[str], str] = str) -> list[tuple[str, str]]:
    """The menu of one filter: ``(what it reads, the value it filters on)``."""
    values = sorted({str(v) for v in series.dropna().unique()}, key=lambda v: words(v).lower())
    return [(ALL, ALL), *((words(v), v) for v in values)]


class ContactPicker(HasTraits):
    """Filter contacts and hand the chosen ones to the scoring card.

    A thin view: the contacts last handed on are the trait :attr:`chosen`, which the
    scoring app observes (``picker.observe(handler, "chosen")``, or :meth:`on_choose`).

    Parameters
    ----------
    contacts
        Contacts, audited or not (``platform``, ``category`` and ``relevant`` filters
        appear when those columns exist).
    workbook
        Optional: enables the "scored / not yet scored" filter.
    page_size
        Rows shown per page.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"contact_id": ["x:1", "ig:2"], "platform": ["x", "instagram"],
    ...                    "name": ["Ada", "Bo"]})
    >>> picker = ContactPicker(df)
    >>> picker.platform.value = "x"
    >>> picker.selected()["name"].tolist()
    ['Ada']
    """

    #: The contacts handed on by the last press of "Put these on the card".
    chosen = Instance(pd.DataFrame, allow_none=True)

    def __init__(
        self, contacts: pd.DataFrame, workbook: Any = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        import ipywidgets as w

        self.contacts = contacts.reset_index(drop=True)
        self.workbook = workbook
        self.page_size = page_size
        self.page = 0
        super().__init__()
        frame = self.contacts
        # Filters work on plain arrays prepared once, so each change stays in milliseconds.
        parts = [
            frame[c].astype("string").fillna("").str.lower().tolist()
            for c in SEARCH_COLUMNS
            if c in frame.columns
        ]
        self._haystack = ["\n".join(p) for p in zip(*parts, strict=True)] if parts else None
        self._columns = {
            c: frame[c].astype("string").fillna("").to_numpy(dtype=object)
            for c in ("platform", "category")
            if c in frame.columns
        }
        self._relevant = (
            frame["relevant"].astype("boolean").fillna(False).to_numpy(bool)
            if "relevant" in frame.columns
            else None
        )
        self._ids = frame["contact_id"].astype(str).to_numpy(dtype=object)
        shown = [c for c in (*TABLE_COLUMNS, "name", "email", "profile_url") if c in frame.columns]
        self._shown = {c: frame[c].astype(object).tolist() for c in dict.fromkeys(shown)}
        self._shown["contact_id"] = self._ids.tolist()
        self.search = w.Text(
            description="Search", placeholder="name, handle, company, words in the bio"
        )
        self.platform = w.Dropdown(description="Platform", options=[ALL])
        self.category = w.Dropdown(description="Audit", options=[ALL])
        self.relevance = w.Dropdown(
            description="Relevant", options=[ALL, "relevant", "not marked relevant"]
        )
        self.scored_filter = w.Dropdown(
            description="Scored", options=[ALL, "not yet scored", "scored"]
        )
        if "platform" in frame.columns:
            self.platform.options = _choices(frame["platform"], platform_words)
        if "category" in frame.columns:
            self.category.options = _choices(frame["category"], group_name)
        self.category.layout.display = None if "category" in frame.columns else "none"
        self.relevance.layout.display = None if "relevant" in frame.columns else "none"
        self.scored_filter.layout.display = None if workbook is not None else "none"
        for control in (self.search, self.platform, self.category, self.relevance):
            control.observe(self._on_filter, names="value")
        self.scored_filter.observe(self._on_filter, names="value")
        self.count = w.Label()
        self.table = w.HTML()
        self.prev_page = w.Button(description="Previous page", icon="arrow-left")
        self.next_page = w.Button(description="Next page", icon="arrow-right")
        self.page_label = w.Label()
        self.use_button = w.Button(
            description="Put these on the card", icon="check", button_style="primary",
            tooltip="Put the contacts that match the filters on the scoring card",
        )  # fmt: skip
        self.prev_page.on_click(lambda _: self.show_page(self.page - 1))
        self.next_page.on_click(lambda _: self.show_page(self.page + 1))
        self.use_button.on_click(lambda _: self.choose())
        filters = w.HBox([self.platform, self.category, self.relevance, self.scored_filter])
        filters.layout.flex_flow = "row wrap"
        self.widget = w.VBox(
            [
                self.search,
                filters,
                self.count,
                self.table,
                w.HBox([self.prev_page, self.page_label, self.next_page, self.use_button]),
            ]
        )
        self.widget.add_class("realnet-contact-picker")
        self._mask = np.ones(len(frame), dtype=bool)
        self._apply()
        on_presenter_change(self._on_presenter)

    # --- public ------------------------------------------------------------------------
    def selected(self) -> pd.DataFrame:
        """The contacts that match the current filters."""
        return self.contacts[self._mask]

    def choose(self) -> pd.DataFrame:
        """Hand the matching contacts to everyone listening (e.g. the scoring card)."""
        chosen = self.selected()
        self.chosen = chosen  # a new frame each time, so every press is observed
        return chosen

    def on_choose(self, callback: Callable[[pd.DataFrame], Any]) -> None:
        """Call ``callback(contacts)`` when "Put these on the card" is pressed."""
        self.observe(lambda change: callback(change["new"]), "chosen")

    def show_page(self, page: int) -> None:
        """Show one page of the matching contacts."""
        total = int(self._mask.sum())
        pages = max(1, -(-total // self.page_size))
        self.page = min(max(page, 0), pages - 1)
        positions = np.flatnonzero(self._mask)
        start = self.page * self.page_size
        page = positions[start : start + self.page_size]
        rows = [{c: values[i] for c, values in self._shown.items()} for i in page]
        self.table.value = _table_html(rows)
        # which rows are shown, not a count of pages to get through
        shown = f"{start + 1:,}–{start + len(page):,}" if len(page) else "none"
        self.page_label.value = f"{shown} of {total:,}"
        self.prev_page.disabled = self.page == 0
        self.next_page.disabled = self.page >= pages - 1

    def _ipython_display_(self) -> None:  # pragma: no cover - display glue
        from IPython.display import display

        display(self.widget)

    # --- inner workings ------------------------------------------------------------------
    def _on_filter(self, _change: dict) -> None:
        self._apply()

    def _apply(self) -> None:
        frame = self.contacts
        mask = np.ones(len(frame), dtype=bool)
        for column, control in (("platform", self.platform), ("category", self.category)):
            if control.value != ALL and column in self._columns:
                mask &= self._columns[column] == control.value
        if self.relevance.value != ALL and self._relevant is not None:
            mask &= self._relevant if self.relevance.value == "relevant" else ~self._relevant
        if self.scored_filter.value != ALL and self.workbook is not None:
            done = set(self.workbook.scores()["contact_id"].astype(str))
            is_done = np.fromiter((c in done for c in self._ids), dtype=bool, count=len(frame))
            mask &= is_done if self.scored_filter.value == "scored" else ~is_done
        text = self.search.value.strip().lower()
        if text and self._haystack is not None:
            mask &= np.fromiter((text in h for h in self._haystack), dtype=bool, count=len(frame))
        self._mask = np.asarray(mask, dtype=bool)
        n = int(self._mask.sum())
        self.count.value = f"{n:,} of {len(frame):,} contacts match"
        self.use_button.description = f"Put these {n:,} on the card"
        self.use_button.disabled = n == 0
        self.show_page(0)

    def _on_presenter(self, on: bool) -> None:
        self.show_page(self.page)


def _table_html(rows: list[dict]) -> str:
    """One escaped, presenter-aware HTML table for a page of contacts (as dicts)."""
    if not rows:
        return "<p>No contact matches these filters. Clear the search or choose 'all'.</p>"
    cols = [(c, label, kind) for c, (label, kind) in TABLE_COLUMNS.items() if c in rows[0]]
    head = "".join(f"<th scope='col'>{esc(label)}</th>" for _, label, _ in cols)
    body = []
    for row in rows:
        cells = "".join(f"<td>{esc(fact_text(row, c, kind))}</td>" for c, _, kind in cols)
        url = profile_address(row)
        name = link_html(url, display_name(row)) if url else esc(display_name(row))
        body.append(f"<tr><th scope='row'>{name}</th>{cells}</tr>")
    return (
        "<table class='realnet-picker-table' style='border-collapse:collapse'>"
        f"<thead><tr><th scope='col'>Name</th>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
    )
