"""Opening the workshop: one call that loads a sample business or your own export.

Every notebook starts the same way::

    SOURCE = workshop_source("band")
    data = open_workshop_data(SOURCE)

``SOURCE`` is either the name of a sample business (``"bakery"``, ``"band"``,
``"studio"``) or the path to your own export (a platform's zip, a CSV, a vCard, or a
folder holding several of them). ``data.contacts`` and ``data.interactions`` are the
loaded tables and ``data.workbook`` is where your scores, plans and exercise answers are
saved as you go.

Samples and your own data are kept in separate workbooks, so practising on the band
never mixes fictional people into your own plan.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from realnet_kit.config import (
    hosted_service,
    hosted_warning,
    make_private,
    private_folder,
    realnet_home,
)
from realnet_kit.errors import ExportFormatError
from realnet_kit.samples import (
    date_offset,
    list_samples,
    load_ground_truth,
    sample_path,
    shift_dates,
)
from realnet_kit.scoring.score import QUESTIONS
from realnet_kit.session._figures import describe_figures
from realnet_kit.session._loading import fill_workbook, load_source
from realnet_kit.words import counted, listed, platform_name, utc_day
from realnet_kit.workbook.book import Workbook
from realnet_kit.workbook.seat import room_seat

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from realnet_kit.workbook.book import Workbook

#: The sample business every notebook opens unless told otherwise.
DEFAULT_SAMPLE = "band"
#: Environment variable that switches every notebook to another sample at once
#: (used by the tests, and by facilitators who want a whole room on the bakery).
SAMPLE_VARIABLE = "REALNET_SAMPLE"
#: File in the participant's home remembering the last source (for ``realnet dashboard``).
LAST_SOURCE_FILE = "last-source.txt"
#: The workbook setting that records how many days a sample's dates were moved.
OFFSET_SETTING = "sample_offset_days"


#: What each sample business is, and the words and places that matter to it (for
#: ``mark_relevant`` in notebook 01). A participant types their own instead.
SAMPLE_BUSINESSES: dict[str, dict[str, str]] = {
    "band": {
        "story": "Marlowe Tide, a four-piece folk-rock band from Leeds",
        "keywords": "music, gig, venue, festival, folk, radio, promoter, label, fanzine",
        "places": "Leeds, Yorkshire",
    },
    "bakery": {
        "story": "Levain Lane, a neighbourhood bakery in Bristol",
        "keywords": "bread, sourdough, cake, bakery, café, coffee, wedding, catering, flour",
        "places": "Bristol",
    },
    "studio": {
        "story": "Fernweh Digital, a two-person web studio in Manchester",
        "keywords": "web, website, design, developer, UX, agency, startup, marketing",
        "places": "Manchester",
    },
}


class WorkshopDataError(ExportFormatError):
    """The workshop data could not be opened and no sample fallback was allowed."""


def workshop_source(default: str = DEFAULT_SAMPLE) -> str:
    """The ``SOURCE`` a notebook should open: ``default``, unless the room chose a sample.

    When ``default`` is a sample name and ``$REALNET_SAMPLE`` names another sample, the
    environment wins, so a facilitator (or the test-suite) can switch every notebook at
    once. A path to your own export is never overridden.

    >>> workshop_source("~/Downloads/my-linkedin.zip")
    '~/Downloads/my-linkedin.zip'
    """
    chosen = os.environ.get(SAMPLE_VARIABLE, "").strip().lower()
    if chosen and looks_like_a_name(default):
        if chosen != default.strip().lower():
            print(
                f"The facilitator switched the room to the {chosen} sample, so this notebook "
                f'opens it instead of "{default}".'
            )
        return chosen
    return default


def looks_like_a_name(source: Any) -> bool:
    """A bare word such as ``"band"`` rather than a path to a file or folder."""
    text = str(source).strip()
    return bool(text) and not any(c in text for c in "/\\~.:") and not Path(text).exists()


def _sample_name(source: Any) -> str | None:
    if isinstance(source, str) and source.strip().lower() in list_samples():
        return source.strip().lower()
    return None


@dataclass
class WorkshopData:
    """Everything a notebook works on; made by :func:`open_workshop_data`.

    Attributes
    ----------
    contacts : DataFrame
        One row per account (the columns of ``load_export``).
    interactions : DataFrame
        The export's messages (the columns of ``load_interactions``), as the export holds
        them; may be empty. Moments logged later (by you, or by a sample's owner) are
        not among them, so notebooks 01 and 02 tell the same numbers however often they
        run; :meth:`all_interactions` adds them, for the plan, the due list and the
        measures of notebooks 05 and 06.
    workbook : Workbook
        Where scores, plans and exercise answers are saved as you go.
    source : str
        The sample name, or the path of your own export.
    is_sample : bool
        True when working on a fictional sample business.
    notes : list of str
        Anything worth knowing about the load (e.g. "no messages in this export").
    """

    contacts: pd.DataFrame
    interactions: pd.DataFrame
    workbook: Workbook
    source: str
    is_sample: bool
    notes: list[str] = field(default_factory=list)
    cache: dict = field(default_factory=dict, repr=False)
    #: The day a test or rehearsal asked to be "today" (``open_workshop_data(today=...)``).
    fixed_today: pd.Timestamp | None = None

    def describe(self) -> str:
        """One friendly sentence about what was loaded."""
        if self.is_sample:
            story = SAMPLE_BUSINESSES.get(self.source, {}).get("story", "a sample business")
            who = f"the {self.source} sample ({story})"
        else:
            who = f"your export {self.source}"

        names = []
        if len(self.contacts):
            names = sorted({platform_name(p) for p in self.contacts["platform"].dropna()})
        on = f" ({listed(names)})" if names else ""
        logged = int(self.cache.get("logged_count", 0))
        messages = len(self.interactions)
        text = f"Loaded {len(self.contacts):,} accounts{on} and {messages:,} messages from {who}"
        owner = min(owner_logged(self.workbook), logged) if self.is_sample else 0
        if owner:
            text += f", plus {counted(owner, 'moment')} the {self.source}'s owner logged"
        if logged - owner:
            text += f", {'and ' if owner else 'plus '}{counted(logged - owner, 'moment')}"
            text += " you logged yourself"
        return text + "."

    def __repr__(self) -> str:
        return f"<WorkshopData: {self.describe()}>"

    def all_interactions(self) -> pd.DataFrame:
        """The export's messages and every moment logged since, oldest first.

        What "keep at it" reads: the logged moments (a coffee, a reply, a favour; on a
        sample, the owner's own log too) reset a person's clock, answer a waiting message
        and fill the weekly measures. The audit of notebook 01 and the listening of
        notebook 02 read :attr:`interactions` alone: what the export said.
        """
        return self.workbook.interactions()

    def today(self) -> pd.Timestamp:
        """ "Today" for due dates: the real today (midnight UTC), or the day asked for.

        A sample's dates were moved when its workbook was first made, so that its "today"
        was that day; later days count on from there like any other data, so a plan made
        last week is still due this week.
        """
        import pandas as pd

        if self.fixed_today is not None:
            return self.fixed_today
        return pd.Timestamp.now(tz="UTC").normalize()

    def keywords(self) -> str:
        """Words about what the business does (the sample's; yours once you save them)."""
        return self._business("keywords")

    def places(self) -> str:
        """The towns the business works in (the sample's; yours once you save them)."""
        return self._business("places")

    def _business(self, what: str) -> str:
        if self.is_sample:
            return SAMPLE_BUSINESSES.get(self.source, {}).get(what, "")
        return str(self.workbook.setting(what, "") or "")

    def save_business(self, keywords: str = "", places: str = "") -> None:
        """Remember your keywords and places, so every notebook uses them."""
        self.workbook.set_setting("keywords", str(keywords))
        self.workbook.set_setting("places", str(places))

    def use_sample_answers(self) -> None:
        """On a sample business, fill in the owner's own answers for unscored people.

        You do not know the band's friends, so scoring them all yourself would be
        guesswork. This writes the answers the fictional owner would give (from the
        sample's story) for every person you have not scored yet; your own answers are
        never overwritten, and it prints how many people were filled in. The first time, it
        also logs the moments the owner logged in the weeks before the sample's "today" (a
        coffee, a call, a favour given or received), so notebook 06 has weeks to measure.
        On your own data it does nothing: only your answers count there.
        """
        if not self.is_sample:
            print("This only works on a sample business; on your own data, your answers count.")
            return
        added = fill_sample_answers(self.workbook, self.source, self.contacts["contact_id"])
        if added:
            print(f"Filled in the {self.source}'s own answers for {added} more people.")
        else:
            print(f"Everyone in the {self.source}'s story is scored already.")
        logged = fill_sample_log(self.workbook, self.source, today=self.today())
        if logged:
            print(f"Added the {logged} moments the {self.source}'s owner logged in recent weeks.")


_CURRENT: WorkshopData | None = None


def current_data() -> WorkshopData | None:
    """The data most recently opened with :func:`open_workshop_data` in this session."""
    return _CURRENT


def _remember_source(source: str) -> None:
    try:
        home = realnet_home()
        private_folder(home)
        (home / LAST_SOURCE_FILE).write_text(source, encoding="utf-8")
        make_private(home / LAST_SOURCE_FILE)
    except OSError:  # a read-only home must not stop the workshop
        pass


def last_source() -> str | None:
    """The source opened most recently with :func:`open_workshop_data`, if any."""
    try:
        text = (realnet_home() / LAST_SOURCE_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text or None


def workbook_for(source: str, is_sample: bool) -> Workbook:
    """The workbook for a source: one per sample, and the default one for your own data."""
    if is_sample:
        return Workbook(realnet_home() / f"sample-{source}.sqlite")
    return Workbook()


def open_workshop_data(
    source: str | os.PathLike = DEFAULT_SAMPLE,
    *,
    fallback: str | None = DEFAULT_SAMPLE,
    quiet: bool = False,
    today: Any = None,
) -> WorkshopData:
    """Load a sample business or your own export, and open its workbook.

    Parameters
    ----------
    source : str or path
        A sample name (see ``list_samples()``) or the path to your export: a platform's
        zip as downloaded, a CSV, a vCard, or a folder holding several of them.
    fallback : str or None
        When ``source`` cannot be opened, explain why and continue on this sample so the
        rest of the notebook still runs. ``None`` raises :class:`WorkshopDataError` instead.
    quiet : bool
        Do not print the one-line summary.
    today : date, optional
        The day to treat as today (tests and rehearsals); default the real today. A
        sample's dates move so that its "today" is the day its workbook was first made
        (recorded there, see :func:`sample_offset`).

    Returns
    -------
    WorkshopData
        With ``.contacts``, ``.interactions``, ``.workbook``, ``.source``, ``.is_sample``.

    Examples
    --------
    >>> data = open_workshop_data("band", quiet=True)
    >>> data.is_sample
    True
    """
    global _CURRENT
    previous = last_source()
    service = hosted_service()
    if service and _sample_name(source) is None and not quiet:
        print(f"Note: {hosted_warning(service)}")
    try:
        data = _open(source, today)
    except ExportFormatError as error:
        if fallback is None:
            if isinstance(error, WorkshopDataError):
                raise
            raise WorkshopDataError(error.path, error.problem, error.advice) from error
        print(_fallback_message(source, error, fallback))
        data = _open(fallback, today)
        data.notes.append(f"Could not open {source}; working on the {fallback} sample instead.")
    _CURRENT = data
    describe_figures()  # in a notebook, each figure of the kit says its numbers in words
    if not data.notes or not data.notes[-1].startswith("Could not open"):
        _remember_source(data.source)
    if not quiet:
        print(data.describe())
        for note in data.notes:
            print(f"Note: {note}")
        reminder = _own_export_reminder(previous) if data.is_sample and not data.notes else ""
        if reminder:
            print(reminder)
        _show_room_hand()
    return data


#: A workshop notebook's file name starts with its number: ``02-two-way-street.ipynb``.
_NOTEBOOK_FILE = re.compile(r"(\d{2})-[^/\\]*\.ipynb")


def notebook_here() -> str | None:
    """The workshop notebook this kernel runs ("02"), when Jupyter says which it is."""
    session = os.environ.get("JPY_SESSION_NAME", "")
    found = _NOTEBOOK_FILE.fullmatch(Path(session).name) if session else None
    return found.group(1) if found else None


def _show_room_hand() -> None:
    """In a room, note the notebook and show "I'm stuck" / "I'm done" at its top."""
    try:
        seat = room_seat()
        if seat is None:
            return
        notebook = notebook_here()
        if notebook:
            seat.enter_notebook(notebook)  # publishes the seat
        else:
            seat.publish()  # in the room from the first notebook opened
        if seat.problem:
            print(f"({seat.problem})")
        from IPython import get_ipython  # only in a room, only in a kernel

        shell = get_ipython()
        if shell is None or not hasattr(shell, "kernel"):
            return
        from IPython.display import display

        from realnet_kit.widgets import HandRaiser

        display(HandRaiser(seat).widget)
    except Exception as error:  # the room must never stop a notebook from opening
        print(f"(The room could not be reached: {error})")


def _own_export_reminder(path: str | None) -> str:
    """A nudge when a notebook opens a sample after the participant opened their own data."""
    if not path or _sample_name(path) is not None or not Path(path).exists():
        return ""
    quoted = f'r"{path}"' if "\\" in path else f'"{path}"'
    return (
        f"Note: last time you opened your own export, {path}. To work on it in this "
        f"notebook, set SOURCE = workshop_source({quoted}) above and run the cell again."
    )


def sample_offset(workbook: Workbook, sample: str, today: Any = None) -> pd.Timedelta:
    """The days sample ``sample``'s dates move by in ``workbook``: fixed the first time.

    The first time a sample's workbook is opened, the offset between the sample's own
    "today" and ``today`` (the real today by default) is recorded in it; later opens use
    the recorded one, so saved plans, logs and caches stay consistent on later days.
    """
    import pandas as pd

    recorded = workbook.setting(OFFSET_SETTING)
    if isinstance(recorded, int) and not isinstance(recorded, bool):
        return pd.Timedelta(days=recorded)
    offset = date_offset(sample, today)
    workbook.set_setting(OFFSET_SETTING, int(offset.days))
    return offset


def _open(source: str | os.PathLike, today: Any = None) -> WorkshopData:

    name = _sample_name(source)
    if name is not None:
        path, label = sample_path(name), name
    else:
        path = _existing_path(source)
        label = str(path)
    contacts, interactions, notes, key = load_source(path, realnet_home())
    workbook = workbook_for(label, is_sample=name is not None)
    if name is not None:
        offset = sample_offset(workbook, name, today)
        contacts, interactions = shift_dates(contacts, offset), shift_dates(interactions, offset)
    fill_workbook(workbook, contacts, interactions, key)
    stored = workbook.interactions()
    export = export_rows(stored, interactions)
    data = WorkshopData(
        contacts=contacts,
        interactions=export,
        workbook=workbook,
        source=label,
        is_sample=name is not None,
        notes=notes,
        fixed_today=None if today is None else utc_day(today),
    )
    data.cache["logged_count"] = len(stored) - len(export)
    return data


def export_rows(stored: pd.DataFrame, loaded: pd.DataFrame) -> pd.DataFrame:
    """The rows of the workbook's ``stored`` interactions that came from the export ``loaded``.

    The workbook keeps the export's messages and every moment logged since in one table;
    the export's own rows are the ones its file holds (same person, time, direction and
    kind), in the workbook's order and types. Whatever was logged by hand, and any other
    export's messages kept in the same workbook, are left out.

    >>> import pandas as pd
    >>> when = pd.to_datetime(["2026-01-02", "2026-01-03"], utc=True)
    >>> stored = pd.DataFrame({"contact_id": ["x:1", "x:1"], "timestamp": when,
    ...     "direction": ["in", "out"], "kind": ["message", "coffee"], "note": ["Hi", ""]})
    >>> export_rows(stored, stored.iloc[:1])["kind"].tolist()
    ['message']
    """
    import pandas as pd

    if not len(loaded) or not len(stored):
        return stored.iloc[:0].reset_index(drop=True)

    def keys(frame: pd.DataFrame) -> pd.MultiIndex:
        when = pd.to_datetime(frame["timestamp"], utc=True, errors="coerce")
        return pd.MultiIndex.from_arrays([
            frame["contact_id"].astype("string").to_numpy(object),
            when.astype("datetime64[us, UTC]").dt.tz_localize(None).to_numpy(),
            frame["direction"].astype("string").to_numpy(object),
            frame["kind"].astype("string").to_numpy(object),
        ])  # fmt: skip

    return stored[keys(stored).isin(keys(loaded))].reset_index(drop=True)


def _existing_path(source: Any) -> Path:
    text = str(source).strip().strip("'\"")
    if not text:
        raise WorkshopDataError(
            "SOURCE",
            "it is empty",
            "Put a sample name such as 'band', or the path to your export, between the quotes.",
        )
    path = Path(text).expanduser()
    if not path.exists():
        raise WorkshopDataError(path, "there is no file or folder here", _missing_path_advice(path))
    return path


def _missing_path_advice(path: Path) -> str:
    samples = ", ".join(repr(s) for s in list_samples())
    message = ""
    if not path.is_absolute():
        message += f"(Relative paths start from the notebook's folder, {Path.cwd()}.) "
    if path.parent.is_dir():
        nearby = sorted(p.name for p in path.parent.iterdir() if not p.name.startswith("."))[:8]
        if nearby:
            message += f"That folder holds: {', '.join(nearby)}. "
    elif str(path.parent) not in ("", "."):
        message += f"The folder {path.parent} does not exist either. "
    return message + (
        "Check the spelling, or copy the full path from your file manager. "
        f"The sample businesses are {samples}."
    )


def _fallback_message(source: Any, error: Exception, fallback: str) -> str:
    return (
        f"We could not open {source!s}.\n{error}\n"
        f"No problem: for now you are working on the {fallback} sample, so you can follow "
        "along. Fix SOURCE at the top of the notebook and run it again when ready."
    )


# --- a sample owner's answers (notebook 03 onwards) --------------------------------

#: The answers a sample business's owner gives, by the person's tier in the sample's
#: story, in the order of ``scoring.QUESTIONS``: ideas, i_helped, they_helped,
#: they_would, i_would, offline, last_talk, relevant.
SAMPLE_ANSWERS: dict[str, tuple[int, ...]] = {
    "inner circle": (3, 3, 3, 3, 3, 3, 4, 3),
    "real": (2, 2, 2, 2, 3, 2, 3, 2),
    "warm": (1, 1, 1, 1, 2, 1, 2, 2),
    "acquaintance": (1, 0, 0, 1, 1, 0, 1, 1),
    "scoreboard only": (0, 0, 0, 0, 0, 0, 0, 0),
}


def _owner_answers(answers: pd.DataFrame) -> dict[str, dict[str, int]]:
    """The owner's own answers by person (none from a sample cached by an older version)."""
    if not set(QUESTIONS) <= set(answers.columns):
        return {}
    people = answers["person_id"].astype(str).tolist()
    columns = [answers[q].astype(int).tolist() for q in QUESTIONS]
    return {
        person: dict(zip(QUESTIONS, values, strict=True))
        for person, *values in zip(people, *columns, strict=True)
    }


def fill_sample_answers(workbook: Workbook, sample: str, contact_ids: Any = None) -> int:
    """Save the sample owner's answers for every storied person not scored yet.

    ``contact_ids`` are the loaded contacts (default: the workbook's); people the
    sample's story knows but the export does not hold are skipped.
    """
    truth = load_ground_truth(sample)
    accounts = truth["accounts"]
    # Plain lists: thousands of rows, walked a few times (a pandas row costs far more).
    cids, tiers, persons = (
        accounts[column].astype(str).tolist() for column in ("contact_id", "tier", "person_id")
    )
    own = _owner_answers(truth["answers"])
    if contact_ids is None:
        contact_ids = workbook.contacts()["contact_id"]
    known = {str(c) for c in contact_ids}
    done = set(workbook.scores()["contact_id"].astype(str))
    # One account per person: the owner scores Kofi once, not his X and Instagram apart.
    people_done = {person for cid, person in zip(cids, persons, strict=True) if cid in done}
    storied: dict[str, list[str]] = {}
    todo = []
    for cid, tier, person in zip(cids, tiers, persons, strict=True):
        if cid in known and tier in SAMPLE_ANSWERS:
            storied.setdefault(person, []).append(cid)
            if tier != "scoreboard only" and person not in people_done:
                todo.append((cid, tier, person))
    if not todo:
        return 0
    added = 0
    with workbook.batch():  # thousands of saves, one transaction
        for cid, tier, person in todo:
            if person in people_done:
                continue
            # the owner's own answers about this person, from the story, else the tier's
            answers = own.get(person) or dict(zip(QUESTIONS, SAMPLE_ANSWERS[tier], strict=True))
            workbook.save_score(cid, **answers)
            people_done.add(person)
            added += 1
            # The owner knows which of the export's accounts are this one person (as they
            # would tell the merge review), so one person keeps one clock in the plan.
            for other in storied.get(person, ()):
                if other != cid:
                    workbook.save_match_decision(cid, other, "same")
    return added


def fill_sample_log(workbook: Workbook, sample: str, today: Any = None) -> int:
    """Log the moments a sample's owner logged in the weeks before the sample's "today".

    Once per workbook (a setting remembers it), so notebook 06's weekly measures and due
    list start with some weeks of life; returns how many moments were added (0 when
    done before).
    """

    marker = "sample_log_loaded"
    if workbook.setting(marker):
        return 0
    offset = sample_offset(workbook, sample, today)
    logged = shift_dates(load_ground_truth(sample)["logged"], offset)
    moments = logged[["contact_id", "timestamp", "direction", "kind", "note"]].astype(
        {"contact_id": str, "direction": str, "kind": str, "note": str}
    )
    with workbook.batch():  # the moments and the marker are kept together, or neither
        workbook.add_interactions(moments)
        workbook.set_setting(marker, len(logged))  # how many were the owner's, not yours
    return len(logged)


def owner_logged(workbook: Workbook) -> int:
    """How many logged moments a sample's owner brought (:func:`fill_sample_log`), 0 if none.

    They are the story's, not the participant's: "you logged" never counts them.
    """
    count = workbook.setting("sample_log_loaded")
    return count if isinstance(count, int) and not isinstance(count, bool) else 0
