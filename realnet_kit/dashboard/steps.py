"""The dashboard's first two steps and its scoring card: the funnel, who is waiting, scoring.

- :class:`ScoreboardStep` asks for the participant's guess and shows the funnel of
  notebook 01 (:func:`realnet_kit.narrate.audit.audit_summary`, drawn by
  :func:`realnet_kit.plot_funnel`) with its numbers in words, then says what the
  accounts are.
- :class:`WaitingStep` lists the people whose message still waits for an answer (the
  listening lesson of notebook 02), one row per person however many accounts they write
  from, the ones that need an answer most first (as in notebooks 02 and 06), each with an
  *I answered* button that logs the reply in the workbook. "Waiting" is the plan's own
  rule (:func:`realnet_kit.plan.contact_clock` on the workbook's ``person_interactions``),
  so the plan, the due list and this list stop counting that person at once, and
  notebook 06 counts the answer.
- :class:`ScoringStep` is the scoring card as a card, with a progress ring and the live
  rings beside it.

Every text follows presenter mode: names become pseudonyms and messages are hidden.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Callable
from typing import Any

import pandas as pd
from markupsafe import Markup

from realnet_kit.audit.plots import plot_funnel
from realnet_kit.dashboard.header import counts_html, save_guess
from realnet_kit.measure import by_need
from realnet_kit.narrate.audit import audit_summary, talked_both_ways, the_guess
from realnet_kit.plan.clock import contact_clock
from realnet_kit.privacy import is_presenter_mode, mask_name, on_presenter_change
from realnet_kit.style import CSS_COLORS, alt_text
from realnet_kit.widgets import ContactPicker, LiveResults, ScoringCard, first_to_score
from realnet_kit.words import RECEIVED_KINDS, counted, platform_name, span_words, when_words

#: People shown at once on the waiting list; *Show more* adds as many again.
WAITING_PAGE = 8
#: Longest message text shown on the waiting list, in characters (cut at a word).
MESSAGE_CHARS = 160
#: What the workbook notes for a reply marked on the dashboard.
ANSWERED_NOTE = "answered (marked on the dashboard)"


#: What the dashboard's card says about a person: the handle they are known by, the
#: platform (the profile link follows it) and one line of why they are on the card.
PERSON_FACTS: tuple[tuple[str, str, str], ...] = (
    ("platform", "Platform", ""),
    ("handle", "Known as", "handle"),
    ("category_reason", "Why here", ""),
    ("suspicion_reasons", "Careful", ""),
)


class PersonCard(ScoringCard):
    """The scoring card with only what a shop owner needs to place the person."""

    facts = PERSON_FACTS


def picture_html(png: bytes, alt: str) -> str:
    """A PNG as an ``<img>`` with its text alternative."""
    return Markup("<img src='data:image/png;base64,{}' alt='{}'>").format(
        base64.b64encode(png).decode("ascii"), alt
    )


def funnel_html(summary: pd.Series, guess: float | None = None) -> str:
    """The funnel of notebook 01 as an ``<img>`` whose text alternative says its numbers,
    with the participant's ``guess`` marked under its last bar when there is one.

    Drawn without pyplot (safe in a server); the words are the plot's own
    (:func:`realnet_kit.style.alt_text`).
    """
    from matplotlib.figure import Figure

    figure = Figure(figsize=(11, 4.6), layout="constrained")
    ax = plot_funnel(summary, guess=guess, ax=figure.add_subplot())
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=70)
    return picture_html(buffer.getvalue(), alt_text(ax))


class ScoreboardStep:
    """Step 1: your guess, then the funnel and what the accounts are.

    ``on_guess`` is called after a guess is saved (the page redraws its headline).
    """

    def __init__(self, data: Any, audit: pd.DataFrame, offered: pd.DataFrame, *,
                 on_guess: Callable[[], Any] | None = None) -> None:  # fmt: skip
        import ipywidgets as w

        self.data = data
        self.summary = audit_summary(data)
        self.on_guess = on_guess
        followers = int(self.summary["followers"])
        whole = followers or int(self.summary["contacts"])
        what = "follower accounts" if followers else "accounts"
        self.question = w.HTML(
            f"<p><b>Before you look:</b> of your {whole:,} {what}, how many do you think "
            "talked with you both ways (messages each way) in the last 12 months?</p>"
        )
        guess = the_guess(data)
        self.guess = w.Text(
            value="" if guess is None else f"{guess:.0f}",
            description="Your guess",
            placeholder="a number, e.g. 300",
            continuous_update=False,
            style={"description_width": "auto"},
            layout=w.Layout(width="20em"),
        )
        self.guess.observe(lambda _: self.save_guess(), names="value")
        self.save = w.Button(description="Save my guess", button_style="primary")
        self.save.on_click(lambda _: self.save_guess())
        self.said = w.HTML()
        # the export's, drawn again only when the guess marked on it changes
        self._funnel_guess = the_guess(data)
        self.funnel = w.HTML(funnel_html(self.summary, self._funnel_guess))
        self.funnel.add_class("realnet-funnel")
        self.counts = w.HTML(counts_html(data.contacts, audit, offered))
        self.widget = w.VBox([
            self.question,
            w.HBox([self.guess, self.save]),
            self.said,
            self.funnel,
            w.HTML("<h3>What the accounts are</h3>"),
            self.counts,
        ])  # fmt: skip
        self.widget.add_class("realnet-scoreboard-step")
        self.widget.part = self
        self.refresh()

    def save_guess(self) -> int | None:
        """Keep the guess typed in the box; say the truth beside it."""
        text = self.guess.value.strip().replace(",", "")
        if not text:
            return None
        try:
            guess = int(float(text))
            if guess < 0:
                raise ValueError
        except ValueError:
            self.said.value = (
                f"<p class='realnet-warn' role='alert'>Not saved: type a whole number of "
                f"people, such as 300 (you typed {html.escape(self.guess.value)}).</p>"
            )
            return None
        try:
            save_guess(self.data, guess)
        except Exception as error:  # a locked or read-only workbook
            self.said.value = (
                f"<p class='realnet-warn' role='alert'>Not saved: {html.escape(str(error))}</p>"
            )
            return None
        self.refresh()
        if self.on_guess is not None:
            self.on_guess()
        return guess

    def refresh(self) -> None:
        guess = the_guess(self.data)
        if guess != self._funnel_guess:
            self._funnel_guess = guess
            self.funnel.value = funnel_html(self.summary, guess)
        if guess is None:
            self.said.value = ""
        else:
            talked = talked_both_ways(self.data)
            self.said.value = (
                f"<p role='status'><b>Saved: you guessed {guess:,.0f}.</b> The answer is the "
                f"funnel's last bar: {talked:,}. Each bar is part of the one above.</p>"
            )


def _cut(text: Any, limit: int = MESSAGE_CHARS) -> str:
    """``text`` up to ``limit`` characters, cut between words ("..." when cut)."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",.;:") + "..."


class WaitingStep:
    """Step 2: who wrote to you and still waits for an answer, with *I answered*.

    Parameters
    ----------
    data : WorkshopData
        Its workbook's interactions (the export's messages and every moment logged
        since, one person's accounts taken together) are read again after each answer.
    on_answer : callable, optional
        Called after an answer is logged (the page redraws its counts).
    """

    def __init__(self, data: Any, *, on_answer: Callable[[], Any] | None = None) -> None:
        import ipywidgets as w

        self.data = data
        self.on_answer = on_answer
        self.shown = WAITING_PAGE
        self.answered: dict[str, pd.Timestamp] = {}
        self.summary = w.HTML()
        self.rows = w.VBox()
        self.rows.add_class("realnet-waiting-list")
        self.more = w.Button(description="Show more people", layout=w.Layout(width="auto"))
        self.more.on_click(lambda _: self.show_more())
        self.widget = w.VBox([self.summary, self.rows, self.more])
        self.widget.add_class("realnet-waiting-step")
        self.widget.part = self
        self.refresh()
        on_presenter_change(self._presenter_changed)

    def waiting(self) -> pd.DataFrame:
        """One row per person still waiting, the ones that need an answer most first
        (:func:`realnet_kit.measure.by_need`, the order of notebooks 02 and 06).

        A person is one row however many accounts they wrote from (the accounts the
        participant, or a sample's owner, confirmed as one person are taken together, as
        in the plan). ``timestamp`` and ``note`` are their newest waiting message,
        ``kind`` its kind and ``messages`` how many of theirs wait.
        """
        columns = ["contact_id", "name", "timestamp", "note", "kind", "messages"]
        talks = self.data.workbook.person_interactions()
        if not len(talks):
            return pd.DataFrame(columns=columns)
        clock = contact_clock(talks)
        clock = clock[clock["waiting"]]
        people = pd.DataFrame({
            "contact_id": clock.index.astype("string"),
            "timestamp": clock["last_in"].to_numpy(),
            "note": clock["waiting_note"].to_numpy(),
            "kind": clock["waiting_kind"].to_numpy(),
            "messages": clock["unanswered"].to_numpy(),
        })  # fmt: skip
        people.insert(1, "name", people["contact_id"].map(self._names()).astype("string"))
        # the order of notebook 02 and 06: a problem, an order, something personal first
        people = by_need(people.sort_values("contact_id", kind="stable"))
        return people[columns].reset_index(drop=True)

    def _names(self) -> pd.Series:
        """Each account's display name (its ``@handle`` when the export has no name)."""
        contacts = self.data.contacts.drop_duplicates("contact_id").set_index("contact_id")
        if "name" not in contacts.columns:
            return pd.Series(dtype="string")
        names = contacts["name"].astype("string")
        if "handle" in contacts.columns:
            names = names.fillna("@" + contacts["handle"].astype("string"))
        return names

    def refresh(self) -> None:
        """Read the messages again and redraw the list."""
        people = self.waiting()
        self.people = people
        if people.empty and not self.answered:
            self.summary.value = (
                "<p>Nobody is waiting for an answer from you in this data"
                f"{'' if self._has_messages() else ' (it holds no messages)'}.</p>"
            )
            self.rows.children = ()
            self.more.layout.display = "none"
            return
        messages = int(people["messages"].sum()) if len(people) else 0
        kinds = people["kind"].astype("string").str.strip().str.lower() if len(people) else None
        gave = kinds is not None and bool(kinds.isin(RECEIVED_KINDS).any())
        things = (
            counted(messages, "message or favour", "messages or favours")
            if gave
            else counted(messages, "message")
        )
        self.summary.value = (
            f"<p><b>{counted(len(people), 'person', 'people')} wrote to you"
            f"{' or did something for you' if gave else ''} and still "
            f"wait{'s' if len(people) == 1 else ''} for an answer</b> "
            f"({things}). First come the ones that need an answer most: a problem, an "
            "order or booking, something personal; then questions, then the rest, oldest "
            "first. An unanswered message is like "
            "an ignored voicemail. Once you have replied (on the platform, by phone, in "
            "person), press <i>I answered</i>: it is saved in your workbook, and your plan "
            "and due list count it.</p>"
        )
        rows = [self._row(row) for row in people.head(self.shown).to_dict("records")]
        done = [self._done_row(cid, when) for cid, when in self.answered.items()]
        self.rows.children = tuple(done + rows)
        self.more.layout.display = None if len(people) > self.shown else "none"
        self.more.description = (
            f"Show {min(WAITING_PAGE, len(people) - self.shown)} more people"
            if len(people) > self.shown
            else "Show more people"
        )

    def _has_messages(self) -> bool:
        return bool(len(self.data.interactions)) or bool(len(self.data.workbook.interactions()))

    def show_more(self) -> None:
        self.shown += WAITING_PAGE
        self.refresh()

    def _who(self, cid: str, name: Any) -> str:
        if name is None or pd.isna(name):
            return str(mask_name(cid, "id"))
        return str(mask_name(name, "name", key=cid))

    def _row(self, row: dict) -> Any:
        import ipywidgets as w

        cid = str(row["contact_id"])
        day = self.data.today()
        platform = platform_name(cid.split(":", 1)[0]) if ":" in cid else ""
        waited = span_words((day - pd.Timestamp(row["timestamp"]).normalize()).days)
        note = row.get("note")
        said = "" if note is None or pd.isna(note) or not str(note).strip() else _cut(note)
        if said and is_presenter_mode():
            said = str(mask_name(said, "text"))
        more = int(row["messages"]) - 1
        kind = str(row.get("kind") or "").strip().lower()
        did = "did something for you" if kind in RECEIVED_KINDS else "wrote"
        text = Markup("<p><b>{}</b>{} {} {} ({} ago){}{}</p>").format(
            self._who(cid, row.get("name")),
            f" on {platform}" if platform else "",
            did,
            when_words(row["timestamp"], day),
            waited,
            Markup(": <q>{}</q>").format(said) if said else "",
            f" and {counted(more, 'earlier message')}" if more > 0 else "",
        )
        button = w.Button(description="I answered", icon="check",
                          tooltip="Mark this person's message as answered",
                          layout=w.Layout(width="auto"))  # fmt: skip
        button.add_class("realnet-answered")
        button.on_click(lambda _, cid=cid: self.answer(cid))
        box = w.HBox([w.HTML(text), button])
        box.add_class("realnet-waiting-row")
        return box

    def _done_row(self, cid: str, when: pd.Timestamp) -> Any:
        import ipywidgets as w

        names = self.data.contacts.drop_duplicates("contact_id").set_index("contact_id")
        name = names["name"].get(cid) if "name" in names else None
        box = w.HBox([w.HTML(Markup(
            "<p><span class='realnet-done'>Answered</span>: <b>{}</b>, saved in your "
            "workbook at {}.</p>"
        ).format(self._who(cid, name), f"{when:%H:%M}"))])  # fmt: skip
        box.add_class("realnet-waiting-row")
        return box

    def answer(self, contact_id: str) -> bool:
        """Log a reply to ``contact_id`` now; their waiting messages count as answered."""
        now = pd.Timestamp.now(tz="UTC")
        workbook = self.data.workbook
        try:
            workbook.log_interaction(contact_id, now, "out", "message", note=ANSWERED_NOTE)
        except Exception as error:  # the list stays as it was; say why
            self.summary.value += Markup(
                "<p class='realnet-warn' role='alert'>Not saved: {}</p>"
            ).format(str(error))
            return False
        self.answered[contact_id] = now
        self.refresh()
        if self.on_answer is not None:
            self.on_answer()
        return True

    def _presenter_changed(self, _on: bool) -> None:
        self.refresh()


def ring_svg(done: int, total: int, what: str = "scored") -> str:
    """A progress ring that says its numbers in words (``role="img"`` and a label).

    Past ``total`` (a goal, not a list to finish) the ring stays full and says so.

    >>> "12 of 45 people scored" in ring_svg(12, 45)
    True
    >>> "52 people scored, past the 45 aimed for" in ring_svg(52, 45)
    True
    """
    share = min(done / total, 1.0) if total else 0.0
    circumference = 2 * 3.14159 * 42
    label = f"{done:,} of {total:,} people {what} ({round(share * 100)}%)"
    if total and done > total:
        label = f"{done:,} people {what}, past the {total:,} aimed for"
    return Markup(
        "<div class='realnet-ring'><svg viewBox='0 0 100 100' role='img' aria-label='{label}'>"
        "<circle cx='50' cy='50' r='42' fill='none' stroke='{track}' stroke-width='12'/>"
        "<circle cx='50' cy='50' r='42' fill='none' stroke='{colour}' stroke-width='12' "
        "stroke-dasharray='{filled:.1f} {circ:.1f}' transform='rotate(-90 50 50)'/>"
        "<text x='50' y='48' text-anchor='middle' font-size='20' font-weight='bold' "
        "fill='{text}'>{done}</text><text x='50' y='66' text-anchor='middle' "
        "font-size='11' fill='{text}'>of {total}</text></svg>"
        "<p aria-hidden='true'>{label}</p></div>"
    ).format(
        label=label,
        track=CSS_COLORS["line"],
        colour=CSS_COLORS["accent"],
        text=CSS_COLORS["text"],
        filled=circumference * share,
        circ=circumference,
        done=f"{done:,}",
        total=f"{total:,}",
    )


class ScoringStep:
    """Step 3: the card (who, a link, why), large answers with their keys, the rings.

    ``.card`` is the :class:`~realnet_kit.widgets.ScoringCard`, ``.results`` the live
    rings, ``.picker`` the list to choose others from, ``.ring`` the progress ring.
    """

    def __init__(self, data: Any, offered: pd.DataFrame, *,
                 changed: Callable[..., Any] | None = None) -> None:  # fmt: skip
        import ipywidgets as w

        workbook = data.workbook
        first = first_to_score(offered, workbook)
        self.card = PersonCard(workbook, first)
        self.results = LiveResults(workbook, first)
        self.picker = ContactPicker(offered, workbook)
        self.picker.on_choose(self.choose)
        self.ring = w.HTML()
        self.card.on_saved(self.results.schedule)
        self.card.on_saved(lambda *_: self.refresh_ring())
        if changed is not None:
            self.card.on_saved(changed)
        self.intro = w.HTML(
            f"<p>The card starts with {len(first):,} of your {len(offered):,} contacts "
            "worth scoring: people you talk to and follow each other with first. Click an "
            "answer, or press Tab to reach the buttons and Space to choose. Fastest: type "
            "the numbers shown on the answers in <i>Quick keys</i>, one per question, and "
            "press Enter.</p>"
        )
        self.card.widget.add_class("realnet-card-box")
        choose = w.Accordion(children=[self.picker.widget], titles=("Choose whom to score",))
        side = w.VBox([self.ring, self.results.widget])
        side.add_class("realnet-side")
        row = w.HBox([self.card.widget, side])
        row.add_class("realnet-card-row")
        self.widget = w.VBox([self.intro, row, choose])
        self.widget.add_class("realnet-scoring-app")
        self.widget.app = self  # the parts, as scoring_app() offers them
        self.refresh_ring()

    def choose(self, contacts: pd.DataFrame) -> None:
        """Score the people chosen in the picker; the ring and the rings follow them."""
        self.card.set_contacts(contacts)
        self.results.set_contacts(self.card.contacts)
        self.refresh_ring()

    def refresh_ring(self) -> None:
        # towards today's goal, as the card's own counter (never the whole list)
        goal = min(self.card.goal, len(self.card.contacts))
        self.ring.value = ring_svg(len(self.card.scored), goal)
