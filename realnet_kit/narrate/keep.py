"""Sentences and tables for notebooks 05 and 06: the plan, who is due, the measures.

The companions of :mod:`realnet_kit.narrate.audit` for the second half of the workshop: each
function prints plain sentences with the participant's own numbers, or shows a short
table masked in presenter mode.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from realnet_kit.audit.followers import audit_followers, summarize_audit
from realnet_kit.listening.messages import unanswered
from realnet_kit.measure.due import due_list, tracked_people
from realnet_kit.measure.waiting import (
    MINUTES_A_DAY,
    MINUTES_PER_REPLY,
    days_to_answer,
    still_waiting,
)
from realnet_kit.narrate._tables import TABLE_ROWS, contact_names, person_names, show
from realnet_kit.narrate.audit import audit_summary, has_messages, talked_both_ways, the_guess
from realnet_kit.narrate.scores import real_relationships, scored
from realnet_kit.session.data import owner_logged
from realnet_kit.words import counted, listed, span_words

#: What the due list's tier column says for someone in the plan who is not scored (the
#: person promised an answer in exercise 2.3, a connector named in 4.2).
NOT_SCORED = "not scored"
#: Rows of the still-waiting list notebook 06 shows: the few to start with.
STILL_WAITING_ROWS = 5


def due_now(data: Any) -> pd.DataFrame:
    """``due_list`` for the workshop data: the saved plan (or the scores) as of today."""
    plan = data.workbook.plan()
    basis = plan if len(plan) else scored(data)
    if not len(basis):
        return pd.DataFrame(columns=["contact_id", "name", "status", "next_due", "reason"])
    return due_list(
        basis, data.workbook.person_interactions(), data.workbook.snoozes(), today=data.today()
    )


def overdue_count(data: Any) -> int:
    """How many people are overdue today."""
    due = due_now(data)
    return int((due["status"] == "overdue").sum()) if len(due) else 0


def _named(data: Any, frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` (with ``contact_id``) with each person's ``name`` and ``handle`` as 05's
    plan writes them: their clean name (no aside, no emoji), filled in where missing."""
    frame = frame.copy()
    names = contact_names(data).set_index("contact_id")
    if "name" in names.columns:  # as the plan writes it: no aside, no emoji
        names["name"] = person_names(data).reindex(names.index)
    for column in ("name", "handle", "platform"):
        if column not in names.columns:
            continue
        known = frame["contact_id"].map(names[column]).astype("string")
        if column not in frame:
            frame[column] = known
            continue
        mine = frame[column].astype("string")
        placeholder = mine.isna() | (mine == frame["contact_id"].astype("string"))
        frame[column] = mine.mask(placeholder, known)
    return frame


def tell_due(data: Any, rows: int = TABLE_ROWS) -> Any:
    """Print who in the plan is overdue and who is due this week, and show them.

    The people of the plan only, by the plan's one definition of "due"; the messages of
    everyone else still waiting are :func:`show_still_waiting`'s.
    """
    due = due_now(data)
    planned = len(data.workbook.plan()) > 0
    if not planned:
        print(
            "No plan saved yet (notebook 05 makes it), so the rhythms come from your tiers "
            "in notebook 03."
            if len(scored(data))
            else "Nobody scored yet (notebook 03) and no plan saved (notebook 05): nobody is "
            "due until then."
        )
    overdue = int((due["status"] == "overdue").sum()) if len(due) else 0
    day = data.today().strftime("%A %d %B %Y")
    soon = len(due) - overdue
    whom = "the people in your plan" if planned else "the people you scored"
    print(
        f"As of {day}: of {whom}, {overdue:,} {'is' if overdue == 1 else 'are'} overdue and "
        f"{soon:,} {'is' if soon == 1 else 'are'} due soon."
    )
    if not len(due):
        return None
    due = _named(data, due)
    tier = due["tier"].astype("string").str.strip()
    due["tier"] = tier.mask(tier.fillna("") == "", NOT_SCORED)
    return show(due, ["tier", "status", "next_due", "reason"], rows=rows, nameless=True)


def waiting_outside_plan(data: Any) -> pd.DataFrame:
    """The messages still waiting from people the due list does not follow (not in the
    plan; with no plan saved, not scored into a tier with a rhythm), the ones that need
    an answer most first (:func:`realnet_kit.measure.still_waiting`)."""
    waiting = waiting_messages(data)
    return waiting[~waiting["in_plan"].astype(bool)].reset_index(drop=True)


def waiting_messages(data: Any) -> pd.DataFrame:
    """Every message still waiting (:func:`realnet_kit.measure.still_waiting`), with
    ``logged``: true for a moment logged since the export (on a sample, by its owner),
    which notebook 02's list of the export could not show."""
    waiting = still_waiting(
        data.workbook.person_interactions(), data.today(), covered=_followed(data)
    )
    export = data.interactions
    seen = set()
    if export is not None and len(export):
        notes = export["note"] if "note" in export.columns else pd.Series("", index=export.index)
        seen = set(zip(pd.to_datetime(export["timestamp"], utc=True),
                       notes.fillna("").astype(str), strict=True))  # fmt: skip
    stamps = pd.to_datetime(waiting["timestamp"], utc=True)
    notes = waiting["note"].fillna("").astype(str)
    waiting["logged"] = [pair not in seen for pair in zip(stamps, notes, strict=True)]
    return waiting


def sources_words(waiting: pd.DataFrame) -> str:
    """Where waiting messages come from, when some were logged after the export: the
    part notebook 02 listed and the part it could not.

    >>> sources_words(pd.DataFrame({"logged": [False, False, True]}))
    ' (2 of them on the list of 02, 1 logged since the export)'
    >>> sources_words(pd.DataFrame({"logged": [True, True]}))
    ' (both logged since the export, so the list of 02 could not show them)'
    >>> sources_words(pd.DataFrame({"logged": [False]}))
    ''
    """
    logged = int(waiting["logged"].astype(bool).sum()) if "logged" in waiting.columns else 0
    if not logged:
        return ""
    listed_in_02 = len(waiting) - logged
    if not listed_in_02:
        if logged == 1:
            return " (logged since the export, so the list of 02 could not show it)"
        every = "both" if logged == 2 else f"all {logged:,}"
        return f" ({every} logged since the export, so the list of 02 could not show them)"
    return f" ({listed_in_02:,} of them on the list of 02, {logged:,} logged since the export)"


def answer_time_words(count: int) -> str:
    """How long ten minutes a day takes to answer ``count`` messages, in words.

    >>> print(answer_time_words(114))
    10 minutes a day (about 5 short replies) answers them all in about 3 weeks,
    a catch-up once, not every week
    >>> answer_time_words(3).endswith("in a day, a catch-up once, not every week")
    True
    """
    days = days_to_answer(count)
    per_day = MINUTES_A_DAY // MINUTES_PER_REPLY
    span = span_words(days)
    span = "a day" if days <= 1 else span if span.startswith("about") else f"about {span}"
    return (
        f"{MINUTES_A_DAY} minutes a day (about {per_day} short replies) answers them all in "
        f"{span}, a catch-up once, not every week"
    )


def show_still_waiting(data: Any, rows: int = STILL_WAITING_ROWS) -> Any:
    """The messages still waiting from people outside the plan: how many, how long ten
    minutes a day takes to answer them, and the few that need an answer most.

    The due list (:func:`tell_due`) follows the people of the plan; everyone else who
    wrote and heard nothing is here, so notebook 06 never says nobody is waiting while
    someone is.
    """
    if not has_messages(data) and not len(data.all_interactions()):
        print("This data holds no messages, so nobody outside your plan is waiting.")
        return None
    waiting = waiting_messages(data)
    outside = waiting[~waiting["in_plan"].astype(bool)].reset_index(drop=True)
    inside = int(waiting["in_plan"].astype(bool).sum())
    planned = len(data.workbook.plan()) > 0
    where = "your plan" if planned else "the people you scored"
    if not len(outside):
        print(
            f"Nobody outside {where} is waiting for an answer: every message from them has had one."
        )
        return None
    people = outside["contact_id"].nunique()
    theirs = (
        f"; the due list above has the {counted(inside, 'message')} from people in it"
        if inside
        else ""
    )
    print(
        f"Outside {where}, {counted(len(outside), 'message')} from "
        f"{counted(people, 'person', 'people')} {'is' if len(outside) == 1 else 'are'} still "
        f"waiting for an answer{sources_words(outside)}{theirs}. The plan's clock does not "
        "count them, but they "
        f"are waiting: {answer_time_words(len(outside))}. Start with these, the ones that need "
        "an answer most (a problem, an order, something personal), and log each reply below."
    )
    outside = _named(data, outside)
    outside["sent on"] = pd.to_datetime(outside["timestamp"], utc=True).dt.strftime("%d %b %Y")
    outside["days waited"] = pd.to_numeric(outside["waited_days"]).round().astype("Int64")
    columns = ["platform", "sent on", "about", "note", "days waited"]
    return show(outside, columns, rows=rows, nameless=True)


def logged_by_hand(data: Any) -> int:
    """How many moments the participant logged: neither from the export nor, on a sample,
    the owner's own log that comes with the story."""
    stored = data.all_interactions()
    keys = ["contact_id", "timestamp", "direction", "kind"]
    known = set(map(tuple, data.interactions[keys].astype(str).to_numpy()))
    added = sum(tuple(row) not in known for row in stored[keys].astype(str).to_numpy())
    return max(added - owner_logged(data.workbook), 0)


def tell_measures(measures: pd.DataFrame, weeks: int = 4) -> None:
    """Print the relationship measures of the last ``weeks`` weeks.

    The people in a two-way exchange are counted week by week, as the chart draws them
    (someone you wrote with in two weeks counts in both): never summed into one number.

    >>> m = pd.DataFrame({"week": pd.date_range("2026-11-09", periods=4, freq="W-MON", tz="UTC"),
    ...     "conversations": [6, 8, 10, 6], "given": [1, 0, 2, 2], "received": [0, 0, 0, 0],
    ...     "offline": [2, 2, 2, 2]})
    >>> tell_measures(m)
    In the 4 weeks from 09 November 2026:
      people in a two-way exchange with you (messages both ways, a call or a meeting):
      6, 8, 10 and 6 a week
      5 things you gave (favours, introductions, reviews)
      things you received (favours, introductions, reviews): none logged yet (exports
      cannot show them; the quick log can)
      8 meetings, calls or coffees
    """
    if not len(measures):
        print("Nothing logged yet: the measures start with your first conversation.")
        return
    recent = measures.tail(weeks)
    start = pd.Timestamp(recent["week"].iloc[0]).strftime("%d %B %Y")
    print(f"In the {len(recent)} weeks from {start}:")
    per_week = listed([f"{int(n):,}" for n in recent["conversations"]])
    print(
        "  people in a two-way exchange with you (messages both ways, a call or a meeting): "
        f"{per_week} a week"
    )
    lines = (
        ("given", "thing you gave (a favour, an introduction, a review)",
         "things you gave (favours, introductions, reviews)"),
        ("received", "thing you received", "things you received (favours, introductions, reviews)"),
        ("offline", "meeting, call or coffee", "meetings, calls or coffees"),
    )  # fmt: skip
    for column, one, many in lines:
        count = int(recent[column].sum())
        if not int(measures[column].sum()):
            # exports cannot show favours or coffees: none logged is not a zero
            print(f"  {many}: none logged yet (exports cannot show them; the quick log can)")
            continue
        print(f"  {counted(count, one, many)}")


def answered_since(data: Any) -> tuple[int, int]:
    """``(answered, waited)``: of the messages the export left unanswered, how many now
    have a reply in the workbook (a reply logged, or a plan action marked done).

    Only the export's own waiting messages are counted: a favour or a call logged since
    is a moment of "keep at it", not one more message that waited.
    """
    waited, left = _export_waiting(data)
    return len(waited) - len(left), len(waited)


def _export_waiting(data: Any) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The export's never-answered messages, and those of them still without an answer
    now that the workbook's logged moments count too."""
    keys = ["contact_id", "timestamp", "note"]
    waited = _never_answered_rows(data.interactions)
    if not len(waited):
        return waited, waited
    still = _never_answered_rows(data.all_interactions())
    return waited, waited.merge(still[keys].drop_duplicates(), on=keys, how="inner")


def _followed(data: Any) -> pd.Index | tuple:
    """The people the plan follows (with no plan saved, those the due list would)."""
    plan = data.workbook.plan()
    basis = plan if len(plan) else scored(data)
    return tracked_people(basis) if len(basis) else ()


def _covered_in_export(data: Any) -> int:
    """Of the export's never-answered messages still waiting, how many are from people
    the plan (or, with none saved, the due list) follows: their replies are its own."""
    _, left = _export_waiting(data)
    if not len(left):
        return 0
    onto = data.workbook.person_ids()
    person = left["contact_id"].astype(str).map(lambda c: onto.get(c, c))
    return int(person.isin(set(map(str, _followed(data)))).sum())


def _never_answered_rows(interactions: pd.DataFrame) -> pd.DataFrame:
    if interactions is None or not len(interactions):
        return pd.DataFrame(columns=["contact_id", "timestamp", "note"])
    waiting = unanswered(interactions)
    return waiting[waiting["status"] == "never answered"]


def talked_both_ways_now(data: Any) -> int:
    """:func:`talked_both_ways` with every moment logged since the export counted too."""
    s = summarize_audit(audit_followers(data.contacts, data.all_interactions()))
    return int(s["real_engaged"] if int(s["followers"]) else s["engaged"])


def talked_now_words(data: Any) -> str:
    """Today's "talked both ways" with where its rise came from, for 6.4 and the before/after.

    One definition (:func:`talked_both_ways`), counted on the export and every moment
    logged since: on a sample, the owner's own logged weeks come with the story, and the
    words say so, so nobody takes the sample owner's moments for their own. E.g.
    "22 (18 in the export, 4 more with the moments the band's owner logged in recent weeks)".
    """
    now, aside = _talked_now(data)
    return f"{now:,} ({aside})" if aside else f"{now:,}"


def _talked_now(data: Any) -> tuple[int, str]:
    """Today's "talked both ways", and where a change since the export came from."""
    now, then = talked_both_ways_now(data), talked_both_ways(data)
    if now == then:
        return now, ""
    owner = owner_logged(data.workbook) > 0
    mine = logged_by_hand(data) > 0
    whose = (
        f"the moments the {data.source}'s owner logged in recent weeks and yours" if owner and mine
        else f"the moments the {data.source}'s owner logged in recent weeks" if owner
        else "the moments you logged"
    )  # fmt: skip
    change = f"{now - then:,} more" if now > then else f"{then - now:,} fewer"
    return now, f"{then:,} in the export, {change} with {whose}"


def tell_before_after(data: Any) -> None:
    """Print the participant's own before and after: the end of the workshop.

    Before: the scoreboard's follower count, and how many of them talked with you both ways
    in the export (beside your guess from notebook 00). Now: the same count with what you
    have logged since, your real relationships, and the waiting messages answered since.
    """
    s = audit_summary(data)
    followers = int(s["followers"])
    whom = "of them" if followers else "of your accounts"
    guess = the_guess(data)
    guessed = "" if guess is None else f" (in notebook 00 you guessed {guess:,.0f})"
    scoreboard = (
        f"the scoreboard said {followers:,} followers"
        if followers
        else f"your exports held {int(s['contacts']):,} accounts"
    )
    if not has_messages(data):
        print(f"Before: {scoreboard}.")
        print(
            "Your export holds no messages, so who talked with you both ways, and which "
            "messages waited for an answer, cannot be told; log your conversations above and "
            "they count here."
        )
    else:
        then = talked_both_ways(data)
        print(
            f"Before: {scoreboard}, and {then:,} {whom} talked with you both ways in the "
            f"last 12 months{guessed}."
        )
    if len(scored(data)):
        real = f"you count {real_relationships(data):,} as real relationships"
    else:
        real = "nobody is scored yet, so no real relationships are counted (notebook 03)"
    if not has_messages(data):
        print(f"Now: {real}.")
        return
    answered, waited = answered_since(data)
    if not waited:
        replies = "no message was waiting for your answer"
    elif answered:
        owner, mine = owner_logged(data.workbook) > 0, logged_by_hand(data) > 0
        has = "has" if answered == 1 else "have"
        replies = (
            f"{answered:,} of the {waited:,} messages 02 found waiting {has} an answer the "
            f"{data.source}'s owner logged (answer the next yourself, {MINUTES_A_DAY} minutes "
            "a day from the list after the due list, and log each above)"
            if owner and not mine
            else f"you have answered {answered:,} of the {waited:,} messages 02 found waiting"
        )
    else:
        covered = _covered_in_export(data)
        if len(data.workbook.plan()) and covered:
            them = "the one from someone" if covered == 1 else f"the {covered:,} from people"
            replies = (
                f"none of the {waited:,} messages 02 found waiting has an answer logged yet: "
                f"your plan answers {them} in it first, and "
                f"{MINUTES_A_DAY} minutes a day answers the others (the list after the due "
                "list has the ones to start with)"
            )
        else:
            replies = (
                f"none of the {waited:,} messages 02 found waiting has an answer logged yet: "
                f"{MINUTES_A_DAY} minutes a day answers them (the list after the due list has "
                "the ones to start with)"
            )
    now, aside = _talked_now(data)
    aside = f" ({aside})" if aside else ""
    print(f"Now: {now:,} {whom} talk with you both ways{aside}, {real}, and {replies}.")


# --- notebook 04: the tribe -----------------------------------------------------------

#: The smallest cluster notebook 04 calls a tribe: the one ``describe_tribe`` uses.
