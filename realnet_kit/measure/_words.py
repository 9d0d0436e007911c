"""Why someone is on the due list, in one plain sentence (behind :func:`due_list`).

The sentence starts with how due they are ("Overdue by about 4 years", "Due today",
"Due in 3 days"), then says the one thing that made them due, and only what is true:

* something of theirs still waiting, in words that fit what it was
  (:func:`realnet_kit.plan.actions.waiting_words`): "they asked you a question on 1
  November 2026 and have waited 5 weeks for an answer", "they introduced you to someone
  on 3 December 2026 and have waited 1 day for a thank-you", with the plan's date for
  the reply when the plan holds one; "Overdue" once it has waited longer than a week;
* a snooze that ran out: "your snooze ended on 10 March 2026";
* the plan's date for them, with the plan's own action for it: "the plan set for 2 March
  2026: call Ana for fifteen minutes; nothing is logged with them yet";
* their rhythm since you were last in touch: "you were last in touch in July 2020 and
  their rhythm is every month" (or "nothing is logged with them yet").

Long spans are rounded ("about 5 years", "about 7 months"), and dates more than
:data:`EXACT_DAY_WITHIN_DAYS` ago are given as a month ("in May 2019"), so nobody reads
"1976 days".

>>> day = pd.Timestamp("2024-10-01", tz="UTC")
>>> due_reason(day, days_overdue=1976, last_in=pd.Timestamp("2019-05-04", tz="UTC"),
...            waiting=True)
'Overdue by about 5 years: they wrote to you in May 2019 and have waited about 5 years for an \
answer.'
>>> due_reason(day, days_overdue=0, last_in=pd.Timestamp("2024-09-03", tz="UTC"), waiting=True,
...            late=True, waiting_note="Which tuning is Lantern in?", planned_rules=True,
...            planned=day)
'Overdue: they asked you a question on 3 September 2024 and have waited 4 weeks for an \
answer; the plan set your answer for 1 October 2024.'
>>> due_reason(day, days_overdue=0, cadence_days=14)
'Due today: nothing is logged with them yet and their rhythm is every two weeks.'
>>> due_reason(day, days_overdue=-1, last=pd.Timestamp("2024-09-02", tz="UTC"), cadence_days=30)
'Due tomorrow: you were last in touch on 2 September 2024 and their rhythm is every month.'
>>> due_reason(day, days_overdue=10, snoozed_until=pd.Timestamp("2024-09-21", tz="UTC"),
...            last=pd.Timestamp("2024-09-02", tz="UTC"), cadence_days=14)
'Overdue by 10 days: your snooze ended on 21 September 2024; you were last in touch on 2 \
September 2024 and their rhythm is every two weeks.'
>>> due_reason(day, days_overdue=-2, planned_rules=True,
...            planned=pd.Timestamp("2024-10-03", tz="UTC"))
'Due in 2 days: the plan set it for 3 October 2024; nothing is logged with them yet.'

With the plan's action for that day, the reason names it as the plan words it:

>>> due_reason(day, days_overdue=0, last_in=pd.Timestamp("2024-09-07", tz="UTC"), waiting=True,
...            waiting_note="Could I order a sponge for Saturday?", planned_rules=True,
...            planned=day, action="Say sorry to Zara that their order went unanswered")
'Due today: they asked to order from you on 7 September 2024 and have waited 3 weeks for a \
confirmation; the plan set for 1 October 2024: say sorry to Zara that their order went \
unanswered.'
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from realnet_kit.plan.actions import waiting_words
from realnet_kit.words import date_words, is_missing, repeats, span_words, when_words

__all__ = ["due_reason"]


def _head(days_overdue: int) -> str:
    if days_overdue > 0:
        return f"Overdue by {span_words(days_overdue)}"
    if days_overdue == 0:
        return "Due today"
    if days_overdue == -1:
        return "Due tomorrow"
    return f"Due in {span_words(-days_overdue)}"


def _plan_set(planned: Any, day: pd.Timestamp, action: Any, what: str) -> str:
    """ "the plan set for 4 December 2026: call Ana for fifteen minutes", with the plan's
    own action, else "the plan set it for 4 December 2026"."""
    when = date_words(planned, day)
    text = "" if is_missing(action) else " ".join(str(action).split())
    if not text:
        return f"the plan set {what} for {when}"
    first, _, rest = text.partition(" ")
    if first.isalpha() and first[1:].islower():  # "Say sorry…" reads "say sorry…" mid-sentence
        text = f"{first.lower()} {rest}".strip()
    return f"the plan set for {when}: {text}"


def due_reason(
    day: pd.Timestamp,
    *,
    days_overdue: int,
    waiting: bool = False,
    last_in: Any = None,
    last: Any = None,
    cadence_days: Any = None,
    planned_rules: bool = False,
    planned: Any = None,
    snoozed_until: Any = None,
    waiting_note: Any = None,
    waiting_kind: Any = None,
    late: bool = False,
    action: Any = None,
) -> str:
    """One sentence: how due someone is, and what made them due.

    ``waiting`` (with ``last_in``, when their oldest unanswered message came, and
    ``waiting_note``/``waiting_kind`` saying what it was) wins over everything but a
    snooze that ran out later (``snoozed_until``), and names the plan's date for the
    reply when the plan holds one (``planned_rules``); ``late`` (it waited longer than a
    week) makes the head "Overdue" even when the reply's date is still to come. Else the
    plan's date (``planned_rules``, ``planned``), naming the plan's own ``action`` for
    that day when it is given (as the plan row words it, never worked out again);
    otherwise their rhythm
    (``cadence_days``) counted from ``last`` (the last time you were in touch, missing
    if never).
    """
    since = (
        "nothing is logged with them yet"
        if is_missing(last)
        else f"you were last in touch {when_words(last, day)}"
    )
    causes = []
    if not is_missing(snoozed_until):
        ended = "ends" if days_overdue <= 0 else "ended"
        causes.append(f"your snooze {ended} {when_words(snoozed_until, day)}")
    if waiting and not is_missing(last_in):
        did, awaits = waiting_words(waiting_note, waiting_kind)
        waited = (day.normalize() - pd.Timestamp(last_in).normalize()).days
        wait = f"have waited {span_words(waited)}" if waited > 0 else "are waiting"
        cause = f"they {did} {when_words(last_in, day)} and {wait} for {awaits}"
        if planned_rules and not is_missing(planned):
            cause += f"; {_plan_set(planned, day, action, 'your ' + awaits.split(' ', 1)[-1])}"
        causes.append(cause)
        if late and days_overdue <= 0:
            return f"Overdue: {'; '.join(causes)}."
    elif planned_rules and not is_missing(planned):
        causes.append(f"{_plan_set(planned, day, action, 'it')}; {since}")
    elif is_missing(cadence_days):
        causes.append(since)
    else:
        causes.append(f"{since} and their rhythm is {repeats(cadence_days)}")
    return f"{_head(int(days_overdue))}: {'; '.join(causes)}."
