"""Notebook 05's sentences and tables: the plan, the catalogue of actions, the take-home files.

Each function prints plain sentences with the participant's own numbers, or shows a
short table masked in presenter mode.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from markupsafe import Markup

from realnet_kit.narrate._tables import as_table, show
from realnet_kit.narrate.audit import exercise_answer
from realnet_kit.narrate.keep import answer_time_words, sources_words, waiting_messages
from realnet_kit.narrate.scores import ANSWER_EXERCISE, promised_answers, scored
from realnet_kit.plan.actions import REPLY_KEYS, THANK_CONNECTOR
from realnet_kit.plan.handouts import active_plan, download_link, handout_folder, write_handouts
from realnet_kit.plan.named import people_named
from realnet_kit.plan.planner import (
    CADENCE_DAYS,
    FIRST_MONTH_DAYS,
    PLANNED_TIERS,
    actions_table,
    occurrences,
)
from realnet_kit.privacy import is_presenter_mode, mask_name
from realnet_kit.widgets import plan_editor
from realnet_kit.words import counted, listed, repeats

#: The exercise whose answer names the connector to thank.
CONNECTOR_EXERCISE = "4.2"
#: Actions that bring someone outside your tiers into the plan: a reply or a thank-you.
_ANSWER_OR_THANK = REPLY_KEYS | {THANK_CONNECTOR.key}
#: Where a connector's shared first name is looked for, closest tiers first.
CONNECTOR_TIERS = (PLANNED_TIERS, ("warm",), ("acquaintance",))


def connectors_to_thank(data: Any, scores: pd.DataFrame | None = None) -> list[str]:
    """The contact ids named in your answer to exercise 4.2, for the plan's ``thank=``.

    Reads the answer saved in the workbook (your right one once done, else your latest)
    and finds the people it names (:func:`realnet_kit.plan.people_named`). A first name
    shared by several people means the one you scored closest: the inner circle and real
    tier first, then the warm tier, then acquaintances. Empty when 4.2 is not answered or
    names nobody in your contacts. One person's accounts (``Workbook.person_ids``) come
    back as one id: the person is thanked once. ``scores`` is :func:`scored` of ``data``
    when the caller has just made it (it is made here otherwise).
    """
    answer = exercise_answer(data, CONNECTOR_EXERCISE)
    if not answer:
        return []
    tiers = scored(data) if scores is None else scores
    for group in CONNECTOR_TIERS:
        among = tiers.loc[tiers["tier"].isin(group), "contact_id"] if len(tiers) else []
        named = people_named(answer, data.contacts, among=list(among))
        if named:
            same = data.workbook.person_ids()
            return list(dict.fromkeys(same.get(cid, cid) for cid in named))
    return []


#: Past this many people, 05 says the plan holds more than most keep up (about 15 to 20,
#: as 3.2 teaches).
KEEPABLE_PEOPLE = 25


def tell_plan(plan: pd.DataFrame, start: Any = None, *, data: Any = None) -> None:
    """Print what the plan asks: replies first, how many actions this month, how much time.

    ``start`` is the plan's first day (default: its first due date); "the first month"
    counts every action due in its first 30 days, each repeat of a rhythm counted, and
    the months after it are said too. With ``data`` (and its plan saved), the messages
    still waiting from people outside the plan are counted, so the plan never looks like
    the whole of listening.

    Examples
    --------
    >>> plan = pd.DataFrame({"contact_id": ["x:1", "x:1", "x:2"], "name": ["Ada", "Ada", "Bo"],
    ...     "action": ["Answer the question Ada asked you", "Call Ada", "Call Bo"],
    ...     "due": pd.to_datetime(["2026-03-02", "2026-03-16", "2026-03-03"], utc=True),
    ...     "cadence_days": pd.array([None, 14, 30], dtype="Int64"), "minutes": [10, 15, 15],
    ...     "action_key": ["reply_answer", "call", "call"], "offline": [False, True, True]})
    >>> tell_plan(plan)
    Your plan looks after 2 people: 4 actions fall due in its first 30 days (every repeat counted).
    Listening first: 1 reply to a message still waiting, on its first day, Ada first;
    giving starts after the last reply.
    Then each person gets one give-first gesture and a light rhythm to keep in touch.
    The busiest week asks 30 minutes; 3 of the first month's actions take it offline.
    After the first month it settles at about 3 actions a month (about 10 minutes a week).
    The first one is due on Monday 02 March 2026.
    """
    todo = active_plan(plan)
    if not len(todo):
        print("The plan is empty: score a few people as inner circle or real first.")
        return
    people = todo["contact_id"].nunique()
    first_month = occurrences(todo, start, FIRST_MONTH_DAYS)
    print(
        f"Your plan looks after {counted(people, 'person', 'people')}{_who(todo)}: "
        f"{counted(len(first_month), 'action falls', 'actions fall')} due in its first "
        f"{FIRST_MONTH_DAYS} days (every repeat counted)."
    )
    if people > KEEPABLE_PEOPLE:
        print(
            f"{people:,} is more than most people keep up with (about 15 to 20): in "
            "the editor below, drop the ones you would not miss; the plan stays yours."
        )
    replies = todo[todo["action_key"].astype("string").isin(REPLY_KEYS)] if (
        "action_key" in todo.columns) else todo.iloc[:0]  # fmt: skip
    if len(replies):
        replies = replies.sort_values("due", kind="stable")
        first_reply = replies.iloc[0]
        days = int((replies["due"].max() - replies["due"].min()).days) + 1
        over = "on its first day" if days == 1 else f"over its first {days} days"
        who = mask_name(str(first_reply["name"]), "name", key=first_reply["contact_id"])
        print(
            f"Listening first: {counted(len(replies), 'reply to a message', 'replies to messages')}"
            f" still waiting, {over}, {who} first; giving starts after the last reply."
        )
    else:
        print("Nobody in your plan is waiting for an answer: giving can start at once.")
    if data is not None:
        _tell_where_messages_come_from(data)
        _tell_unmatched_promises(data)
    if "action_key" in todo.columns:
        thanked = todo.loc[todo["action_key"] == THANK_CONNECTOR.key, "name"].astype(str)
        if len(thanked):
            names = listed([str(mask_name(n, "name")) for n in thanked.tolist()])
            print(f"A thank-you to {names}, the connector you named in exercise 4.2.")
    print(_giving_line(todo))
    all_weeks = occurrences(todo, start, 7 * 53)
    if len(all_weeks):
        due = pd.to_datetime(all_weeks["due"], utc=True)
        day0 = due.min()
        week = due.dt.tz_convert(None).dt.to_period("W")  # Monday to Sunday, as printed
        busiest = int(
            pd.to_numeric(all_weeks["minutes"], errors="coerce").groupby(week).sum().max()
        )
        offline = 0
        if "offline" in todo.columns and len(first_month):
            flags = todo.drop_duplicates(["contact_id", "action_key"]).set_index(
                ["contact_id", "action_key"])["offline"]  # fmt: skip
            keys = list(zip(first_month["contact_id"], first_month["action_key"], strict=True))
            offline = int(flags.reindex(keys).fillna(False).astype(bool).sum())
        print(
            f"The busiest week asks {busiest:,} minutes; {offline:,} of the first month's "
            "actions take it offline."
        )
        print(_later_line(all_weeks, day0))
    first = todo.sort_values("due", kind="stable").iloc[0]
    when = pd.Timestamp(first["due"]).strftime("%A %d %B %Y")
    print(f"The first one is due on {when}.")


def _tell_unmatched_promises(data: Any) -> None:
    """Say so when the answer to 2.3 or 4.2 names nobody the plan can find: the promise
    would otherwise lapse without a word."""
    for key, found, where in (
        (ANSWER_EXERCISE, lambda: len(promised_answers(data, frame=scored(data))),
         "someone on the waiting list (exercise 2.3, in notebook 02)"),
        (CONNECTOR_EXERCISE, lambda: len(connectors_to_thank(data)),
         "someone in 04's connectors table (exercise 4.2, in notebook 04)"),
    ):  # fmt: skip
        answer = exercise_answer(data, key)
        if answer and not found():
            print(
                f"Your answer to {key} names nobody the plan could find, so nobody is added "
                f"for it. Go back and give it the first name of {where}, run it, then run "
                "this cell again."
            )


def _tell_where_messages_come_from(data: Any) -> None:
    """Where the replies' messages come from (02 lists the export's only), and the
    messages still waiting from people the plan does not cover."""
    waiting = waiting_messages(data)
    inside = waiting[waiting["in_plan"].astype(bool)]
    logged = int(inside["logged"].astype(bool).sum())
    if logged:
        if logged < len(inside):
            which = f"{logged:,} of the {counted(len(inside), 'message')} these replies answer"
        elif logged > 1:
            which = f"All {counted(logged, 'message')} these replies answer"
        else:
            which = "The message these replies answer"
        which += " was" if logged == 1 else " were"
        print(
            f"{which} logged since the export (on a sample, by its owner in recent weeks), "
            f"so the list of 02 could not show {'it' if logged == 1 else 'them'}."
        )
    outside = waiting[~waiting["in_plan"].astype(bool)]
    if not len(outside):
        return
    people = outside["contact_id"].nunique()
    print(
        f"{counted(len(outside), 'more message')} from {counted(people, 'person', 'people')} "
        f"outside your plan {'is' if len(outside) == 1 else 'are'} still waiting"
        f"{sources_words(outside)}: the plan is for your real relationships, but a problem "
        "or an order deserves an answer whoever sent it. Notebook 06 lists them, the ones "
        f"that need an answer most first: {answer_time_words(len(outside))}."
    )


def _later_line(occurring: pd.DataFrame, day0: pd.Timestamp) -> str:
    """What the plan asks once the first month is over: actions a month and minutes a
    week in months two and three, every repeat counted.

    >>> rows = pd.DataFrame({"due": pd.to_datetime(["2026-01-01", "2026-02-10",
    ...     "2026-02-20", "2026-03-15"], utc=True), "minutes": [10, 15, 15, 30]})
    >>> _later_line(rows, pd.Timestamp("2026-01-01", tz="UTC"))
    'After the first month it settles at about 2 actions a month (about 7 minutes a week).'
    """
    due = pd.to_datetime(occurring["due"], utc=True)
    later = occurring[(due >= day0 + pd.Timedelta(days=FIRST_MONTH_DAYS))
                      & (due < day0 + pd.Timedelta(days=3 * FIRST_MONTH_DAYS))]  # fmt: skip
    if not len(later):
        return "After the first month, nothing more is planned yet."
    per_month = max(1, round(len(later) / 2))
    minutes = pd.to_numeric(later["minutes"], errors="coerce").sum()
    per_week = round(minutes / (2 * FIRST_MONTH_DAYS / 7))
    return (
        f"After the first month it settles at about {counted(per_month, 'action')} a month "
        f"(about {per_week:,} minutes a week)."
    )


def _who(todo: pd.DataFrame) -> str:
    """Who the plan's people are, when some are outside the real relationships: the
    person promised an answer in 2.3 or the connector of 4.2 (and warm people, opted in).

    >>> plan = pd.DataFrame({"contact_id": ["x:1", "x:2", "x:3"],
    ...     "tier": ["real", "inner circle", "warm"],
    ...     "action_key": ["call", "call", "thank_connector"]})
    >>> _who(plan)
    ' (your 2 real relationships and 1 more you promised an answer or named as a connector)'
    """
    if "tier" not in todo.columns:
        return ""
    tier = todo.groupby("contact_id")["tier"].first().astype("string").fillna("")
    real = int(tier.isin(PLANNED_TIERS).sum())
    answered_only = (
        todo["action_key"].astype("string").isin(_ANSWER_OR_THANK).groupby(todo["contact_id"]).all()
        if "action_key" in todo.columns
        else pd.Series(False, index=tier.index)
    )
    outside = ~tier.isin(PLANNED_TIERS)
    other = int((outside & answered_only.reindex(tier.index).fillna(False)).sum())
    warm = int(outside.sum()) - other
    if not warm and not other:
        return ""
    parts = [f"your {counted(real, 'real relationship')}"]
    if warm:
        parts.append(f"{warm:,} in your warm tier")
    if other:
        parts.append(f"{other:,} more you promised an answer or named as a connector")
    return f" ({listed(parts)})"


def _giving_line(todo: pd.DataFrame) -> str:
    """What each person gets after the replies: a gesture, and a rhythm where one fits
    (slower than their tier's where the week could not hold that one).

    >>> plan = pd.DataFrame({"contact_id": ["x:1", "x:2"], "action_key": ["call", "coffee"],
    ...                      "cadence_days": pd.array([14, None], dtype="Int64")})
    >>> print(_giving_line(plan))
    Then each person gets one give-first gesture; 1 of them also a light rhythm to keep in
    touch; 1 more gets the gesture only (raise MINUTES_PER_WEEK to give them a rhythm too).
    >>> plan = pd.DataFrame({"contact_id": ["x:1", "x:2"], "action_key": ["call", "walk"],
    ...     "tier": ["inner circle", "real"], "cadence_days": pd.array([28, 30], dtype="Int64")})
    >>> print(_giving_line(plan))
    Then each person gets one give-first gesture and a light rhythm to keep in touch (1 of
    them at a slower rhythm than their tier's, to fit your week).
    """
    line = "Then each person gets one give-first gesture and a light rhythm to keep in touch."
    if "action_key" not in todo.columns or "cadence_days" not in todo.columns:
        return line
    giving = todo[~todo["action_key"].astype("string").isin(_ANSWER_OR_THANK)]
    givers = set(giving["contact_id"])
    repeating = giving[giving["cadence_days"].notna()]
    rhythm = set(repeating["contact_id"])
    without = len(givers - rhythm)
    slower = 0
    if "tier" in repeating.columns:
        usual = repeating["tier"].map(lambda t: CADENCE_DAYS.get(str(t)) or 0)
        cadence = pd.to_numeric(repeating["cadence_days"], errors="coerce")
        slower = repeating.loc[(usual > 0) & (cadence > usual), "contact_id"].nunique()
    if givers and without:
        kept = len(rhythm & givers)
        pace = f", {slower:,} of those slower than their tier's to fit your week" if slower else ""
        return (
            f"Then each person gets one give-first gesture; {kept:,} of them also a light "
            f"rhythm to keep in touch{pace}; {without:,} more "
            f"{'gets' if without == 1 else 'get'} the gesture only (raise MINUTES_PER_WEEK "
            "to give them a rhythm too)."
        )
    if slower:
        return (
            line[:-1] + f" ({slower:,} of them at a slower rhythm than their tier's, to fit "
            "your week)."
        )
    return line


def show_actions(rows: int = 8, person: Any = None) -> Any:
    """A few give-first actions from the catalogue, quickest first, with their reason.

    Parameters
    ----------
    rows
        How many actions to show.
    person
        Whose name to write into the actions: a name, or a contact row (a dict or a
        Series with ``name``, else ``handle``, and ``company`` when known). Without one
        the actions keep the stand-ins "[name]" and "[their business]".

    Examples
    --------
    >>> table = show_actions(2, person={"name": "Ada", "company": "Ada's Bakes"})
    The catalogue holds 44 actions; here are the quickest 2.
    >>> table.loc[0, "action"]
    'Congratulate Ada on a recent win with a personal message'
    """
    table = actions_table()
    print(f"The catalogue holds {len(table)} actions; here are the quickest {rows}.")
    table = table.head(rows)
    name, company = _person_words(person)
    if name is not None:
        table["action"] = [
            template.format(name=name, company=company) for template in table["template"]
        ]
    return as_table(table[["minutes", "action", "why"]])


def _person_words(person: Any) -> tuple[str | None, str]:
    """The name and business to write into an action for ``person`` (name masked on a projector).

    A person without a known company keeps a readable phrase: "Ada's business".
    """
    if person is None:
        return None, "[their business]"
    if isinstance(person, str):
        fields: dict = {"name": person}
    elif isinstance(person, pd.DataFrame):
        fields = person.iloc[0].to_dict() if len(person) else {}
    else:
        fields = dict(person)

    def known(key: str) -> str:
        value = fields.get(key)
        return "" if value is None or pd.isna(value) else str(value).strip()

    key = fields.get("contact_id")
    if known("name"):
        name = mask_name(known("name"), "name", key=key)
    elif known("handle"):
        name = "@" + str(mask_name(known("handle"), "handle", key=key)).lstrip("@")
    else:
        return None, "[their business]"
    # the company is shown as mask_frame shows it in every table: as it is
    return name, known("company") or f"{name}'s business"


def show_plan(plan: pd.DataFrame, rows: int = 10) -> Any:
    """The first actions still to do, soonest first: who, what, when, how often, minutes."""
    todo = active_plan(plan).sort_values("due", kind="stable")
    if not len(todo):
        print("Nothing planned yet: run the plan cell above first.")
        return None
    todo = todo.assign(repeats=todo["cadence_days"].map(repeats))
    return show(todo, ["action", "due", "repeats", "minutes"], rows=rows, nameless=True)


def edit_plan(data: Any) -> Any:
    """The plan editor on the workshop's workbook, exporting into :func:`handout_folder`.

    "Due in the next 7 days" counts from ``data.today()``: on a sample, the day its export
    was made, the same day the plan starts from.
    """
    return plan_editor(data.workbook, export_dir=handout_folder(data.source), today=data.today())


def save_handouts(plan: pd.DataFrame, source: str = "plan", folder: Path | None = None) -> Any:
    """Write the calendar, the printable page and the spreadsheet; show a link to each.

    Parameters
    ----------
    plan : DataFrame
        The plan (``Workbook.plan()`` or ``plan_actions``); dropped and done rows are
        left out of the page and the spreadsheet.
    source : str
        Names the folder (``data.source``).
    folder : path, optional
        Where to write instead of :func:`realnet_kit.plan.handout_folder`.

    Returns
    -------
    IPython.display.HTML
        One download link per file, with the folder the files were saved in.
    """
    from IPython.display import HTML

    target = Path(folder) if folder is not None else handout_folder(source)
    written = write_handouts(plan, target)
    if is_presenter_mode():  # the files hold real names: no link on the projector
        print(
            f"Saved {counted(len(active_plan(plan)), 'planned action')} in your take-home "
            "files. Their links are hidden in presenter mode; run this cell again with "
            "presenter mode off to download them."
        )
        return HTML(Markup("<ul class='realnet-handouts'></ul>"))
    print(f"Saved {counted(len(active_plan(plan)), 'planned action')} in {target}")
    items = Markup("").join(download_link(kind, path) for kind, path in written.items())
    return HTML(Markup("<ul class='realnet-handouts'>{}</ul>").format(items))
