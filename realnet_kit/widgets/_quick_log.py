"""The quick log: who, what, when, which direction, in three clicks; and who is due.

Pick the person (due and overdue people come first), pick what happened, press *Log it*
("today" and "I reached out" are preselected; change them when needed). The interaction
goes into the workbook at once and the due list is drawn again: logging resets that
person's clock. Each due person has *Log* (preselects them) and *Snooze a week*.

    from realnet_kit.widgets import quick_log
    quick_log(data.workbook)
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pandas as pd

from realnet_kit.measure.due import due_list
from realnet_kit.plan.named import plain_name
from realnet_kit.privacy import mask_frame, on_presenter_change
from realnet_kit.scoring.score import score_contacts
from realnet_kit.style import CSS_COLORS
from realnet_kit.widgets._common import display_name, esc, missing, try_to_save
from realnet_kit.words import platform_name, utc_day

__all__ = ["KINDS", "SNOOZE_DAYS", "WHEN_CHOICES", "QuickLog", "quick_log"]

#: What can be logged: (button label, interaction kind).
KINDS = (
    ("Message", "message"),
    ("Call", "call"),
    ("Met up", "meeting"),
    ("Did a favour", "favor"),
    ("Introduction", "intro"),
    ("Referral", "referral"),
    ("Comment", "comment"),
    ("Email", "email"),
)
#: When it happened: (label, days ago).
WHEN_CHOICES = (("Today", 0), ("Yesterday", 1), ("2 days ago", 2), ("Last week", 7))
DIRECTIONS = (("I reached out / gave", "out"), ("They reached out / gave", "in"))
#: How long the snooze button hides someone.
SNOOZE_DAYS = 7
#: Due people listed at most.
DUE_SHOWN = 15
#: Up to this many accounts, everyone is in the person list; beyond it (a follower list of
#: thousands, bots included), only the people due and the people in the plan or scored.
EVERYONE_UP_TO = 500


class QuickLog:
    """Log interactions in three clicks and see who is due; a view over the Workbook.

    Parameters
    ----------
    workbook
        The participant's :class:`realnet_kit.Workbook`.
    plan_or_scored
        What sets the rhythm: a plan or scored contacts. Default: the workbook's plan,
        else its scores run through :func:`realnet_kit.score_contacts`. A contacts
        frame passed here is taken as ``contacts``.
    contacts
        Names for people not in the plan (default: the workbook's contacts).
    today
        The day to judge "due" from (default: today); for tests and rehearsals.

    Examples
    --------
    >>> import tempfile, pathlib, pandas as pd
    >>> from realnet_kit import Workbook
    >>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()))
    >>> scored = pd.DataFrame({"contact_id": ["x:1"], "name": ["Ada"], "tier": ["real"]})
    >>> log = QuickLog(wb, scored, today="2026-03-02")
    >>> log.due_ids()
    ['x:1']
    >>> log.who.value = "x:1"; log.what.value = "call"; log.log_it()
    True
    >>> log.due_ids(), len(wb.interactions())
    ([], 1)
    """

    def __init__(self, workbook: Any, plan_or_scored: pd.DataFrame | None = None,
                 contacts: pd.DataFrame | None = None, *, today: Any = None) -> None:  # fmt: skip
        import ipywidgets as w

        self.workbook = workbook
        columns = set(getattr(plan_or_scored, "columns", ()))
        if plan_or_scored is not None and not ({"tier"} <= columns or {"action", "due"} <= columns):
            contacts, plan_or_scored = plan_or_scored, None  # the contacts, passed second
        self._source = plan_or_scored
        self._contacts = contacts
        self.today = today
        self.who = w.Dropdown(description="Who", options=[], layout=w.Layout(width="28em"))
        self.what = w.ToggleButtons(description="What", options=KINDS, value=None,
                                    style={"button_width": "7.5em"})  # fmt: skip
        self.when = w.ToggleButtons(description="When", options=WHEN_CHOICES, value=0,
                                    style={"button_width": "7.5em"})  # fmt: skip
        self.direction = w.ToggleButtons(description="Who gave", options=DIRECTIONS,
                                         value="out", style={"button_width": "14em"})  # fmt: skip
        self.note = w.Text(description="Note", placeholder="optional: what was it about?",
                           layout=w.Layout(width="36em"))  # fmt: skip
        self.button = w.Button(description="Log it", button_style="primary", icon="check")
        self.button.on_click(lambda _: self.log_it())
        self.message = w.Label(value="")
        self.due_box = w.VBox()
        self.widget = w.VBox([
            w.HTML("<b>Log an interaction</b>"), self.who, self.what, self.when,
            self.direction, self.note, self.button, self.message,
            w.HTML("<b>Due and overdue</b>"), self.due_box,
        ])  # fmt: skip

        on_presenter_change(self._presenter_changed)
        self.refresh()

    def _presenter_changed(self, on: bool) -> None:
        """Presenter mode switched: draw the names again, masked or not."""
        self.refresh()

    def _ipython_display_(self) -> None:  # pragma: no cover - display glue
        from IPython.display import display

        display(self.widget)

    # --- data ---------------------------------------------------------------------------
    def _now(self) -> pd.Timestamp:
        if self.today is None:
            return pd.Timestamp.now(tz="UTC")
        return utc_day(self.today) + pd.Timedelta(hours=12)

    def _rhythm(self) -> pd.DataFrame:
        if self._source is not None:
            return self._source
        plan = self.workbook.plan()
        if len(plan):
            return plan

        scores = self.workbook.scores()
        if len(scores) == 0:
            return pd.DataFrame({"contact_id": pd.Series(dtype="string"), "tier": []})
        return score_contacts(scores)

    def due(self, rhythm: pd.DataFrame | None = None) -> pd.DataFrame:
        """The due list as it stands in the workbook now (``rhythm``: the plan or scores,
        when the caller has read them already)."""
        rhythm = self._rhythm() if rhythm is None else rhythm
        return due_list(rhythm, self.workbook.person_interactions(),
                        self.workbook.snoozes(), today=self._now())  # fmt: skip

    def due_ids(self) -> list[str]:
        return [str(c) for c in self.due()["contact_id"]]

    def _names(self, rhythm: pd.DataFrame | None = None) -> dict[str, dict]:
        """Each person's name, handle and email, from the contacts, else the plan."""
        people: dict[str, dict] = {}
        frames = [self._contacts if self._contacts is not None else self.workbook.contacts(),
                  self._rhythm() if rhythm is None else rhythm]  # fmt: skip
        for frame in frames:
            if frame is None or "contact_id" not in frame.columns:
                continue
            columns = [c for c in ("name", "handle", "email") if c in frame.columns]
            rows = frame[["contact_id", *columns]].astype(object).to_dict("records")
            for row in rows:
                cid = row["contact_id"] = str(row["contact_id"])
                for column in columns:  # a plan may hold the id where no name is known
                    if missing(row[column]) or str(row[column]).strip() in ("", cid):
                        row[column] = None
                if row.get("name") is not None:  # as the plan writes it: no aside, no emoji
                    row["name"] = plain_name(row["name"]) or row["name"]
                named = any(row[c] is not None for c in columns)
                if cid not in people or (named and not people[cid]["_named"]):
                    people[cid] = {**row, "_named": named}
                elif people[cid].get("name") is None and row.get("name") is not None:
                    people[cid]["name"] = row["name"]  # the plan's name for one of @handle
        return people

    # --- view ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Redraw the person list (due first) and the due list from the workbook."""
        import ipywidgets as w

        rhythm = self._rhythm()  # the plan, else the scores: read once for the whole view
        due = self.due(rhythm)
        names = self._names(rhythm)
        shown = lambda cid: display_name(names.get(cid, {"contact_id": cid}))  # noqa: E731
        first = [str(c) for c in due["contact_id"]]
        yours = {str(c) for c in rhythm["contact_id"]}
        everyone = len(names) <= EVERYONE_UP_TO
        due_now = set(first)
        rest = sorted((c for c in names if c not in due_now and (everyone or c in yours)),
                      key=lambda c: shown(c).lower())  # fmt: skip
        labels = {c: shown(c) for c in [*first, *rest]}
        repeated = {label for label, n in Counter(labels.values()).items() if n > 1}
        for cid, label in labels.items():  # two "Abena Antwi": say which platform each is on
            if label in repeated:
                labels[cid] = f"{label} ({platform_name(cid.partition(':')[0])})"
        current = self.who.value
        status = dict(zip(first, due["status"].astype(str), strict=True))
        self.who.options = [(f"{labels[c]}  ({status[c]})" if c in status else labels[c], c)
                            for c in [*first, *rest]]  # fmt: skip
        self.who.value = current if current in labels else None
        self.who.tooltip = (
            ""
            if everyone
            else "The people due, then the people you scored; score someone "
            "in notebook 03 to log a moment with them here."
        )
        rows = []
        listed = due.head(DUE_SHOWN)
        # a reason quotes the plan's action, which names the person: masked on the projector
        named = [c for c in ("contact_id", "name", "reason") if c in listed.columns]
        reasons = mask_frame(listed[named])["reason"].tolist()
        for item, reason in zip(listed.to_dict("records"), reasons, strict=True):
            cid = str(item["contact_id"])
            log_btn = w.Button(description="Log", layout=w.Layout(width="5em"))
            snooze_btn = w.Button(description=f"Snooze {SNOOZE_DAYS} days",
                                  layout=w.Layout(width="9em"))  # fmt: skip
            log_btn.on_click(lambda _, c=cid: self.pick(c))
            snooze_btn.on_click(lambda _, c=cid: self.snooze(c))
            colour = CSS_COLORS["warn"] if item["status"] == "overdue" else CSS_COLORS["accent"]
            # the reason starts with how due they are ("Overdue by 3 days: ...")
            head, _, rest = str(reason).partition(": ")
            text = (f"<b>{esc(shown(cid))}</b>: <span style='color:{colour}'>{esc(head)}"
                    f"</span>{': ' if rest else ''}{esc(rest)}")  # fmt: skip
            rows.append(w.HBox([w.HTML(text, layout=w.Layout(width="40em")), log_btn,
                                snooze_btn]))  # fmt: skip
        if len(due) > DUE_SHOWN:
            rows.append(w.HTML(f"<i>and {len(due) - DUE_SHOWN} more</i>"))
        if not rows:
            rows = [w.HTML("<i>Nobody is due: well kept.</i>")]
        self.due_box.children = rows
        self._names_cache = names

    def _say(self, text: str) -> None:
        self.message.value = text

    def pick(self, contact_id: str) -> None:
        """Preselect a person (the *Log* button of a due row)."""
        self.who.value = contact_id
        self.message.value = "Now pick what happened, then press Log it."

    def snooze(self, contact_id: str, days: int = SNOOZE_DAYS) -> None:
        until = self._now().normalize() + pd.Timedelta(days=days)
        if not try_to_save(lambda: self.workbook.snooze(contact_id, until), self._say):
            return
        self.message.value = f"Snoozed until {until:%a %d %b}."
        self.refresh()

    def log_it(self) -> bool:
        """Save the interaction from the current choices; False (with a message) if
        something is missing. The choices stay as they were when saving fails."""
        if self.who.value is None:
            self.message.value = "Pick who it was with first."
            return False
        if self.what.value is None:
            self.message.value = "Pick what happened (message, call, met up, ...)."
            return False
        when = self._now() - pd.Timedelta(days=int(self.when.value or 0))

        def write() -> None:
            self.workbook.log_interaction(
                self.who.value, when, self.direction.value, self.what.value,
                note=self.note.value.strip(),
            )  # fmt: skip

        if not try_to_save(write, self._say):
            return False
        cid = str(self.who.value)
        name = display_name(self._names_cache.get(cid, {"contact_id": cid}))
        self.message.value = (
            f"Logged: {self.what.label.lower()} with {name}, {self.when.label.lower()}."
        )
        self.what.value = None
        self.note.value = ""
        self.refresh()
        return True


def quick_log(workbook: Any, plan_or_scored: pd.DataFrame | None = None, **kwargs: Any) -> QuickLog:
    """Show the quick log (see :class:`QuickLog`); the last line of a cell displays it."""
    return QuickLog(workbook, plan_or_scored, **kwargs)
