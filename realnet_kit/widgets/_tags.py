"""Tag people by hand (notebook 04): pick a person, add or remove tags, saved at once.

The computer only reads what profiles say; the participant knows who plays in the same
scene or shops at the same market. This widget replaces typing
``data.workbook.set_tags("instagram:ren.tanaka98", [...])``: pick the person from a list
(the people the tribe map is drawn from come first; type in the box above it to narrow
it), press a suggested tag or type new ones, press a tag's ✕ to remove it. Every change
goes into the workbook at once (:meth:`realnet_kit.Workbook.set_tags`), and a write that
fails says "Not saved: ..." and leaves what was typed in the box. Presenter mode masks
the names in the list and the sentences.

    from realnet_kit import tag_people
    tag_people(data)            # the last line of a cell displays it
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from realnet_kit.privacy import on_presenter_change
from realnet_kit.widgets._common import display_name, missing, try_to_save
from realnet_kit.words import counted, listed

__all__ = ["SUGGESTED_TAGS", "TagPeople", "tag_people"]

#: Tags offered as one-click buttons: the ones the participant used most, at most this many.
SUGGESTED_TAGS = 8
#: Most people the list shows at once (narrow it by typing in the search box).
PEOPLE_SHOWN = 400
#: Characters separating several tags typed at once.
TAG_SEPARATORS = (",", ";")


def _split(text: str) -> list[str]:
    """Tags typed in one box: ``"folk, leeds venues"`` is two tags.

    >>> _split(" folk, leeds venues;  ,choir ")
    ['folk', 'leeds venues', 'choir']
    """
    for separator in TAG_SEPARATORS[1:]:
        text = text.replace(separator, TAG_SEPARATORS[0])
    return [t.strip() for t in text.split(TAG_SEPARATORS[0]) if t.strip()]


class TagPeople:
    """Pick a person, then add or remove their tags; each change saved to the workbook.

    Parameters
    ----------
    workbook
        The participant's :class:`realnet_kit.Workbook`.
    contacts
        The contacts to pick from (default: the workbook's).
    interactions
        Messages, to put the people you talked with near the top (default: the
        workbook's).

    Examples
    --------
    >>> import tempfile, pathlib, pandas as pd
    >>> from realnet_kit import Workbook
    >>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()))
    >>> people = pd.DataFrame({"contact_id": ["instagram:ren", "x:2"], "name": ["Ren", "Bo"]})
    >>> tagger = TagPeople(wb, people)
    >>> tagger.pick("instagram:ren"); tagger.add("folk, leeds venues")
    True
    >>> wb.tags()["tag"].tolist()
    ['folk', 'leeds venues']
    >>> tagger.remove("folk"), tagger.tags_of("instagram:ren")
    (True, ['leeds venues'])
    """

    def __init__(
        self,
        workbook: Any,
        contacts: pd.DataFrame | None = None,
        interactions: pd.DataFrame | None = None,
    ) -> None:
        import ipywidgets as w

        self.workbook = workbook
        self._contacts = contacts
        self._interactions = interactions
        self.search = w.Text(
            description="Find",
            placeholder="type part of a name to narrow the list",
            layout=w.Layout(width="28em"),
        )
        self.who = w.Dropdown(description="Who", options=[], layout=w.Layout(width="28em"))
        self.current = w.HBox()
        self.suggested = w.HBox(layout=w.Layout(flex_flow="row wrap"))
        self.new_tags = w.Text(
            description="New tags",
            placeholder="e.g. folk, leeds venues (commas between tags)",
            layout=w.Layout(width="28em"),
        )
        self.add_button = w.Button(description="Add", button_style="primary", icon="plus")
        self.add_button.on_click(lambda _: self.add(self.new_tags.value))
        self.message = w.Label(value="")
        self.summary = w.HTML()
        self.widget = w.VBox([
            w.HTML("<b>Tag people yourself</b> (your tags count more than the computer's "
                   "guesses; run the map cells again to see them)"),
            self.search, self.who,
            w.HBox([w.Label("Their tags:"), self.current]),
            w.HBox([self.new_tags, self.add_button]),
            w.HBox([w.Label("Tags you used:"), self.suggested]),
            self.message, self.summary,
        ])  # fmt: skip
        self.search.observe(lambda _: self._fill_people(), names="value")
        self.who.observe(lambda _: self._show_person(), names="value")
        on_presenter_change(self._presenter_changed)
        self.refresh()

    def _ipython_display_(self) -> None:  # pragma: no cover - display glue
        from IPython.display import display

        display(self.widget)

    def _presenter_changed(self, on: bool) -> None:
        """Presenter mode switched: draw the names again, masked or not."""
        self.refresh()

    # --- data ---------------------------------------------------------------------------
    def _people(self) -> pd.DataFrame:
        """Everyone to pick from: the people worth tagging first, then by name."""
        contacts = self._contacts if self._contacts is not None else self.workbook.contacts()
        if contacts is None or "contact_id" not in getattr(contacts, "columns", ()):
            return pd.DataFrame({"contact_id": pd.Series(dtype="string")})
        people = contacts.drop_duplicates("contact_id").copy()
        people["contact_id"] = people["contact_id"].astype(str)
        first = set(self._known())
        people["_label"] = [display_name(row) for row in people.to_dict("records")]
        people["_rank"] = [0 if c in first else 1 for c in people["contact_id"]]
        people["_sort"] = people["_label"].str.lower().str.lstrip("@")
        return people.sort_values(["_rank", "_sort"], kind="stable").reset_index(drop=True)

    def _known(self) -> list[str]:
        """The people the tribe map is drawn from: tagged, scored, following each other,
        or talked with both ways."""
        ids: list[str] = list(self.workbook.tags()["contact_id"].astype(str))
        scores = self.workbook.scores()
        if len(scores):
            ids += list(scores["contact_id"].astype(str))
        contacts = self._contacts if self._contacts is not None else self.workbook.contacts()
        if {"follows_me", "i_follow"} <= set(getattr(contacts, "columns", ())):
            both = contacts["follows_me"].astype("boolean").fillna(False) & contacts[
                "i_follow"
            ].astype("boolean").fillna(False)
            ids += list(contacts.loc[both.to_numpy(bool), "contact_id"].astype(str))
        talks = self._interactions
        if talks is None:
            talks = self.workbook.interactions()
        if len(talks) and {"contact_id", "direction"} <= set(talks.columns):
            ways = talks.groupby(talks["contact_id"].astype(str))["direction"].nunique()
            ids += list(ways[ways >= 2].index)
        return list(dict.fromkeys(ids))

    def tags_of(self, contact_id: str) -> list[str]:
        """The tags saved for one person, in order."""
        tags = self.workbook.tags()
        return sorted(tags.loc[tags["contact_id"] == str(contact_id), "tag"].astype(str))

    def _label(self, contact_id: str) -> str:
        match = self._people_cache[self._people_cache["contact_id"] == str(contact_id)]
        if len(match):
            return display_name(match.iloc[0].to_dict())
        return display_name({"contact_id": contact_id})

    # --- view ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the workbook again and redraw the list, the person and the suggestions."""
        self._people_cache = self._people()
        self._fill_people()
        self._show_person()

    def _fill_people(self) -> None:
        people = self._people_cache
        wanted = self.search.value.strip().lower()
        if wanted:
            people = people[people["_sort"].str.contains(wanted.lstrip("@"), regex=False)]
        shown = people.head(PEOPLE_SHOWN)
        current = self.who.value
        options = list(zip(shown["_label"], shown["contact_id"], strict=True))
        if current is not None and current not in set(shown["contact_id"]):
            options.insert(0, (self._label(current), current))  # keep the one being tagged
        self.who.options = options
        self.who.value = current
        more = len(people) - len(shown)
        if more > 0:
            self.message.value = (
                f"Showing {len(shown):,} of {len(people):,} people: type part of a name above "
                "to find someone else."
            )
        elif wanted and not len(people):
            self.message.value = f"Nobody's name contains '{self.search.value.strip()}'."

    def _show_person(self) -> None:
        import ipywidgets as w

        cid = self.who.value
        chips = []
        if cid is not None:
            for tag in self.tags_of(cid):
                chip = w.Button(description=f"{tag}  ✕", tooltip=f"Remove the tag '{tag}'",
                                layout=w.Layout(width="auto"))  # fmt: skip
                chip.on_click(lambda _, t=tag: self.remove(t))
                chips.append(chip)
        if cid is not None and not chips:
            chips = [w.Label("none yet")]
        self.current.children = chips
        used = self.workbook.tags()["tag"].astype(str).value_counts()
        mine = set(self.tags_of(cid)) if cid is not None else set()
        offer = [t for t in used.index if t not in mine][:SUGGESTED_TAGS]
        buttons = []
        for tag in offer:
            button = w.Button(description=f"+ {tag}", tooltip=f"Add the tag '{tag}'",
                              layout=w.Layout(width="auto"))  # fmt: skip
            button.on_click(lambda _, t=tag: self.add(t))
            buttons.append(button)
        self.suggested.children = buttons or [w.Label("none yet: type your first tags above")]
        tagged = self.workbook.tags()["contact_id"].nunique()
        self.summary.value = (
            f"<i>You have tagged {counted(int(tagged), 'person', 'people')} so far.</i>"
        )

    def _say(self, text: str) -> None:
        self.message.value = text

    def pick(self, contact_id: str) -> None:
        """Choose whom to tag (as picking them in the list does)."""
        contact_id = str(contact_id)
        if contact_id not in {v for _, v in self.who.options}:
            self.search.value = ""  # the whole list again
            if contact_id not in {v for _, v in self.who.options}:
                self.who.options = [(self._label(contact_id), contact_id), *self.who.options]
        self.who.value = contact_id

    # --- changes ------------------------------------------------------------------------
    def _save(self, contact_id: str, tags: list[str], said: str) -> bool:
        if not try_to_save(lambda: self.workbook.set_tags(contact_id, tags), self._say):
            return False
        self.message.value = said
        self._show_person()
        return True

    def add(self, text: str) -> bool:
        """Add the tags in ``text`` (commas between several) to the chosen person."""
        cid = self.who.value
        if cid is None:
            self.message.value = "Pick a person first, then add their tags."
            return False
        new = _split(str(text or ""))
        if not new:
            self.message.value = "Type a tag first (e.g. folk), then press Add."
            return False
        before = self.tags_of(cid)
        added = [t for t in new if t.lower() not in {b.lower() for b in before}]
        if not added:
            self.message.value = f"{self._label(cid)} already has {listed(new)}."
            return False
        saved = self._save(
            cid, before + added, f"Saved: {self._label(cid)} is tagged {listed(before + added)}."
        )
        if saved:
            self.new_tags.value = ""
        return saved

    def remove(self, tag: str) -> bool:
        """Remove one tag from the chosen person."""
        cid = self.who.value
        if cid is None or missing(tag):
            return False
        before = self.tags_of(cid)
        if tag not in before:
            return False
        after = [t for t in before if t != tag]
        rest = f"now tagged {listed(after)}" if after else "no longer tagged"
        return self._save(cid, after, f"Removed '{tag}': {self._label(cid)} is {rest}.")


def tag_people(data: Any) -> TagPeople:
    """Tag people by hand, saved to the workbook at once (notebook 04's optional step).

    ``data`` is the workshop data of :func:`realnet_kit.open_workshop_data` (a
    :class:`realnet_kit.Workbook` works too). Pick a person, press a tag you used before
    or type new ones ("folk, leeds venues"), press a tag's ✕ to remove it; then run the
    tribe map again. The last line of a cell displays it.
    """
    workbook = getattr(data, "workbook", data)
    if not hasattr(workbook, "set_tags"):
        raise TypeError(
            "tag_people needs the workshop data from open_workshop_data(...) (or a Workbook); "
            f"got {type(data).__name__}. Run the first cell of the notebook, then "
            "tag_people(data)."
        )
    contacts = getattr(data, "contacts", None)
    interactions = getattr(data, "interactions", None)
    return TagPeople(workbook, contacts, interactions)
