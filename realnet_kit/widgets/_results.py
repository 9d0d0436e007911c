"""Live results: the relationship rings and the funnel, redrawn in place as you score.

The pictures are drawn once into a figure that is kept, re-rendered to PNG and swapped
into the same image widget, so the page never rebuilds and nothing flickers. A text
summary beside them says the same in words (for screen readers and the back row).
"""

from __future__ import annotations

import asyncio
import base64
import io
import threading
from typing import Any

import pandas as pd
from markupsafe import Markup

from realnet_kit.audit import probably_people
from realnet_kit.audit.plots import plot_funnel
from realnet_kit.scoring.rings import plot_rings
from realnet_kit.scoring.score import score_contacts, tier_summary
from realnet_kit.style import alt_text
from realnet_kit.widgets._common import TODAY_GOAL, esc, scored_words
from realnet_kit.words import counted

#: Seconds to wait after an answer before redrawing, so quick clicking stays quick
#: (the kernel draws while you pause, not between two clicks).
REDRAW_DELAY = 0.8

#: Resolution of the live picture (lower draws faster; the browser scales it).
FIGURE_DPI = 60

#: A contact counts as a real two-way exchange in the last year when the answers say
#: we talked this past year or more recently, and exchanged ideas at least once.
ENGAGED_LAST_TALK = 2
ENGAGED_IDEAS = 1
#: Answer to "relevant to my business?" from which a contact counts as relevant.
RELEVANT_FROM = 2


def _flag(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame.columns:
        return pd.Series(False, index=frame.index)
    return frame[column].astype("boolean").fillna(False).astype(bool)


def funnel_figures(contacts: pd.DataFrame, scores: pd.DataFrame) -> pd.Series:
    """Funnel stages from contacts (audited or not) and the answers so far.

    ``relevant`` and ``engaged`` combine the audit (when its columns are there) with
    the answers: someone you marked relevant, or talked with this past year and
    exchanged ideas with, counts even when the export could not tell.
    """
    follows_me = _flag(contacts, "follows_me")
    base = follows_me if follows_me.any() else pd.Series(True, index=contacts.index)
    looks_fake = _flag(contacts, "suspicious")
    if "category" in contacts.columns:
        looks_fake |= contacts["category"].astype("string").eq("suspicious").fillna(False)
    fake = base & looks_fake.astype(bool)
    # as in notebook 01's funnel: "probably a person" leaves out who could not be judged
    real = base & ~fake & probably_people(contacts)
    ids = contacts["contact_id"].astype(str)
    answers = scores.set_index(scores["contact_id"].astype(str)) if len(scores) else None

    def answered(key: str, at_least: int) -> set[str]:
        if answers is None or key not in answers.columns:
            return set()
        values = pd.to_numeric(answers[key], errors="coerce")
        return set(answers.index[(values >= at_least).fillna(False).to_numpy(bool)])

    relevant = _flag(contacts, "relevant") | ids.isin(answered("relevant", RELEVANT_FROM))
    talked = answered("last_talk", ENGAGED_LAST_TALK) & answered("ideas", ENGAGED_IDEAS)
    audit_engaged = (
        contacts["category"].astype("string").eq("engaged").fillna(False)
        if "category" in contacts.columns
        else pd.Series(False, index=contacts.index)
    )
    engaged = audit_engaged.astype(bool) | ids.isin(talked)
    mutual = follows_me & _flag(contacts, "i_follow")
    return pd.Series(
        {
            "followers": int(base.sum()),
            "real": int(real.sum()),
            "relevant": int((real & relevant).sum()),
            "mutual": int((mutual & real).sum()),
            "engaged": int((base & engaged).sum()),
        }
    )


def picture_html(png: bytes, alt: str) -> str:
    """A PNG as an ``<img>`` with its text alternative (``alt``), for an HTML widget."""
    return Markup("<img src='data:image/png;base64,{}' alt='{}' style='width:100%'>").format(
        base64.b64encode(png).decode("ascii"), alt
    )


class LiveResults:
    """Rings and funnel that follow the workbook's answers.

    Call :meth:`refresh` to redraw now, or :meth:`schedule` (what the scoring card does
    after each answer) to redraw shortly, once, after a burst of clicks.

    Examples
    --------
    >>> import tempfile, pathlib, pandas as pd
    >>> from realnet_kit import Workbook
    >>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()))
    >>> live = LiveResults(wb, pd.DataFrame({"contact_id": ["x:1"]}))
    >>> wb.save_score("x:1", ideas=3, they_would=3, i_would=3, last_talk=4)["ideas"]
    3
    >>> live.refresh()
    >>> "1 of 1 contact scored" in live.summary.value
    True
    """

    def __init__(self, workbook: Any, contacts: pd.DataFrame | None = None) -> None:
        import ipywidgets as w
        from matplotlib.figure import Figure

        self.workbook = workbook
        self.contacts = contacts if contacts is not None else workbook.contacts()
        self.figure = Figure(figsize=(18, 6.5))
        # Fixed positions (no automatic layout): redrawing stays cheap on a slow laptop.
        self.rings_ax = self.figure.add_axes((0.0, 0.02, 0.5, 0.88))
        self.funnel_ax = self.figure.add_axes((0.71, 0.12, 0.27, 0.76))
        # An <img> with its numbers in words (``alt``), so a screen reader hears the rings.
        self.image = w.HTML(layout=w.Layout(width="100%", max_width="1100px"))
        self.summary = w.HTML()
        self.redraws = 0  # refreshes (text and, when counts changed, the picture)
        self.pictures = 0  # times the picture itself was drawn
        self._drawn: tuple | None = None
        self._pending: Any = None
        self._worker: threading.Thread | None = None
        self._dirty = False
        self._worker_lock = threading.Lock()
        self._draw_lock = threading.Lock()
        # Nothing scrolls inside (a scrolling box would need a keyboard stop of its own).
        self.widget = w.VBox([self.summary, self.image], layout=w.Layout(overflow="visible"))
        self.widget.add_class("realnet-live-results")
        self.refresh()

    def set_contacts(self, contacts: pd.DataFrame) -> None:
        """Follow a different list of contacts."""
        self.contacts = contacts
        self.schedule()

    def schedule(self, *_args: Any) -> None:
        """Redraw soon, once, after a burst of answers, without holding up the next click.

        In a running kernel the drawing happens on a background thread after a short
        pause (:data:`REDRAW_DELAY`); with no event loop (a script, a test) it happens at
        once.
        """
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is None:
            try:
                loop = asyncio.get_event_loop_policy().get_event_loop()
            except RuntimeError:
                loop = None
        if loop is None or not loop.is_running():
            self.refresh()
            return
        if self._pending is not None:
            self._pending.cancel()
        self._pending = loop.call_later(REDRAW_DELAY, self._start_worker)

    def _start_worker(self) -> None:
        self._pending = None
        with self._worker_lock:
            if self._worker is not None:  # drawing now: draw once more when it is done
                self._dirty = True
                return
            self._worker = threading.Thread(target=self._work, name="realnet-results", daemon=True)
            self._worker.start()

    def _work(self) -> None:
        while True:
            self._dirty = False
            try:
                self.refresh()
            except Exception as error:  # never kill the kernel's thread quietly
                self.summary.value = f"<p role='alert'>Could not redraw: {esc(error)}</p>"
            with self._worker_lock:
                if not self._dirty:
                    self._worker = None
                    return

    def refresh(self) -> None:
        """Redraw the rings, the funnel and the summary from the workbook, now."""
        with self._draw_lock:  # one drawing at a time on the one figure
            self._refresh()

    def _refresh(self) -> None:
        scores = self.workbook.scores()
        ids = set(self.contacts["contact_id"].astype(str)) if len(self.contacts) else set()
        mine = scores[scores["contact_id"].astype(str).isin(ids)] if ids else scores
        scored = score_contacts(mine)
        summary = tier_summary(scored)
        funnel = funnel_figures(self.contacts, mine)
        drawn = (tuple(summary["count"].tolist()), tuple(funnel.tolist()))
        if drawn != self._drawn:  # most answers move nobody across a tier: no redraw then
            plot_rings(summary, ax=self.rings_ax)
            self.funnel_ax.clear()
            plot_funnel(funnel, ax=self.funnel_ax)
            buffer = io.BytesIO()
            self.figure.savefig(buffer, format="png", dpi=FIGURE_DPI)
            # the figures' numbers, in words, as the picture's text alternative
            self.image.value = picture_html(buffer.getvalue(), alt_text(self.figure))
            self._drawn = drawn
            self.pictures += 1
        lines = "".join(f"<li>{esc(s)}</li>" for s in summary["sentence"])
        total = len(ids) if ids else len(scores)
        if total <= TODAY_GOAL:
            said = f"<b>{len(mine):,} of {counted(total, 'contact')} scored.</b>"
        else:  # towards today's goal, as the card counts: nobody is to finish thousands
            said = (
                f"<b>{scored_words(len(mine), total)}.</b> {total:,} are on the list; "
                "nobody needs to finish it."
            )
        self.summary.value = (
            f"<p role='status'>{said}</p><ul class='realnet-tier-summary'>{lines}</ul>"
        )
        self.redraws += 1

    def _ipython_display_(self) -> None:  # pragma: no cover - display glue
        from IPython.display import display

        display(self.widget)
