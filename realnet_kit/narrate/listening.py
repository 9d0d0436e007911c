"""Notebook 02's sentences and tables: who is waiting, who reaches out, broadcasts.

Part of :mod:`realnet_kit.narrate.audit` (import the names from there). Every function takes
the workshop data (``open_workshop_data``) and says plainly when it holds no messages.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from realnet_kit.listening.messages import (
    find_broadcasts,
    reply_rates,
    reply_times,
    talk_listen_ratio,
    unanswered,
)
from realnet_kit.listening.plots import plot_reply_times
from realnet_kit.measure.waiting import by_need
from realnet_kit.narrate._tables import TABLE_ROWS, as_table, contact_names, person_names, show
from realnet_kit.narrate.audit import audit_summary
from realnet_kit.words import counted, percent, shortened

#: The most characters of a broadcast's text a table shows (cut between words).
BROADCAST_TEXT_CHARS = 90
#: Someone "keeps reaching out" when they wrote to you at least this many messages more
#: than you wrote to them (one unanswered message puts them on the waiting list instead).
REACHING_OUT_MORE = 2


def never_answered_in(interactions: pd.DataFrame) -> int:
    """How many inbound messages in ``interactions`` were never answered."""
    if interactions is None or not len(interactions):
        return 0
    waiting = unanswered(interactions)
    return int((waiting["status"] == "never answered").sum())


def never_answered(data: Any) -> int:
    """How many inbound messages of the workshop data were never answered."""
    return never_answered_in(data.interactions)


def waiting_count(data: Any) -> int:
    """How many inbound messages were never answered or answered after two days."""
    return len(unanswered(data.interactions)) if len(data.interactions) else 0


def talk_listen(data: Any) -> pd.Series:
    """``talk_listen_ratio`` of the workshop data (ratio 0 when there are no messages)."""
    if not len(data.interactions):
        return pd.Series({"talk": 0, "listen": 0, "ratio": 0.0}, dtype="object")
    result = talk_listen_ratio(data.interactions).copy()
    ratio = float(result["ratio"])
    if ratio != ratio or ratio == float("inf"):
        result["ratio"] = float(result["talk"])
    return result


def tell_listening(data: Any) -> None:
    """Print how much you talk and listen, and how many messages are still waiting."""
    if not len(data.interactions):
        print(
            "This data holds no messages, so there is nothing to count yet. Notebook 06 "
            "shows how to log conversations yourself."
        )
        return
    t = talk_listen(data)
    print(f"{never_answered(data):,} messages to you were never answered.")
    stamps = pd.to_datetime(data.interactions["timestamp"], utc=True).dropna()
    span = f"From {stamps.min():%B %Y} to {stamps.max():%B %Y}, you" if len(stamps) else "You"
    print(f"{span} sent {int(t['talk']):,} messages and received {int(t['listen']):,}.")
    print(f"That is {float(t['ratio']):.1f} messages out for every one that came in.")
    engaged = int(audit_summary(data)["engaged"])
    print(
        f"{engaged:,} accounts talked with you both ways in the last 12 months (at least two "
        "messages each way, as in notebook 01)."
    )


def show_waiting(data: Any, rows: int = TABLE_ROWS, *, nameless: bool = False) -> Any:
    """The messages people sent you that were never answered, or answered late, the ones
    that need an answer most first (:func:`realnet_kit.measure.by_need`): a problem, an
    order or booking, something personal (the oldest of each in turn), then questions,
    then the rest, each oldest first.

    Days waited count to today (``data.today()``), as the due list of notebook 06 does.
    """
    if not len(data.interactions):
        print("No messages in this data, so nobody is waiting (that we can see).")
        return None
    waiting = unanswered(data.interactions, contacts=data.contacts, as_of=data.today())
    never = int((waiting["status"] == "never answered").sum())
    print(
        f"{never:,} messages were never answered and {len(waiting) - never:,} were answered "
        "after more than two days. Never answered first, and first among them the ones "
        "that need an answer most: a problem, an order or booking, something personal "
        "(the oldest of each in turn), then questions, then the rest, oldest first:"
    )
    waiting = by_need(waiting)
    waiting = waiting.merge(contact_names(data).drop(columns="name", errors="ignore"), how="left")
    if "name" in waiting.columns:  # as 05's plan and 06 name them
        waiting["name"] = waiting["contact_id"].map(person_names(data)).fillna(waiting["name"])
    waiting["sent on"] = waiting["timestamp"].dt.strftime("%d %b %Y")
    waiting["days waited"] = waiting["waited_days"].round().astype("Int64")
    columns = ["platform", "sent on", "about", "note", "status", "days waited"]
    return show(waiting, columns, rows=rows, nameless=nameless)


def reaching_out(data: Any, more: int = REACHING_OUT_MORE) -> pd.DataFrame:
    """People who wrote to you at least ``more`` messages more than you wrote to them,
    the biggest difference first: ``contact_id``, ``from them``, ``from you`` and
    ``more from them``.

    Someone who wrote once and heard nothing back is on the waiting list; this list is
    for the people who keep reaching out.
    """
    per = talk_listen_ratio(data.interactions, per_contact=True).reset_index()
    per["more from them"] = per["listen"] - per["talk"]
    eager = per[per["more from them"] >= more]
    eager = eager.sort_values(["more from them", "listen"], ascending=False, kind="stable")
    eager = eager.rename(columns={"listen": "from them", "talk": "from you"})
    return eager[["contact_id", "from them", "from you", "more from them"]].reset_index(drop=True)


def show_reaching_out(data: Any, rows: int = TABLE_ROWS, *, nameless: bool = False) -> Any:
    """People who keep reaching out: at least :data:`REACHING_OUT_MORE` messages more from
    them than from you, the biggest difference first; a kind sentence when there are none."""
    if not len(data.interactions):
        print("No messages in this data yet.")
        return None
    eager = reaching_out(data)
    if not len(eager):
        print(
            f"Nobody sent you {REACHING_OUT_MORE} or more messages more than you sent them, so "
            "nobody keeps reaching out unheard. Those who wrote once and are still waiting "
            "are on the list above: start there."
        )
        return None
    first = ", the most eager first" if len(eager) > 1 else ""
    print(
        f"{counted(len(eager), 'person', 'people')} sent you at least {REACHING_OUT_MORE} "
        f"messages more than you sent them{first}:"
    )
    eager = eager.merge(contact_names(data), on="contact_id", how="left")
    columns = ["platform", "from them", "from you", "more from them"]
    return show(eager, columns, rows=rows, nameless=nameless)


def plot_waiting_times(data: Any, *, ax: Any = None) -> Any:
    """How long answered messages waited (``plot_reply_times``), with the never-answered
    ones as a bar of their own, or a note when nothing was answered."""
    replies = reply_times(data.interactions) if len(data.interactions) else None
    if replies is None or not len(replies):
        print("There are no answered messages to draw yet.")
        return None
    return plot_reply_times(replies, never=never_answered(data), ax=ax)


def show_broadcasts(data: Any, rows: int = 5) -> Any:
    """The texts you sent to many people at once, and how many of them answered."""
    if not len(data.interactions):
        print("No messages in this data yet.")
        return None
    found = find_broadcasts(data.interactions)
    if not len(found):
        print("No broadcasts: you did not send the same text to many people. Good.")
        return None
    sent = int(found["recipients"].sum())
    replies = int(found["replies"].sum())
    print(
        f"{counted(len(found), 'text')} went to {counted(sent, 'person', 'people')} in all; "
        f"{replies:,} of them wrote back within a week ({percent(replies, sent)})."
    )
    rates = reply_rates(data.interactions)
    direct, blast = rates.loc["one-to-one"], rates.loc["broadcast"]
    if direct["messages"]:
        print(
            "People wrote back within a week to "
            f"{percent(blast['written_back'], blast['messages'])} of your broadcast copies, "
            f"and to {percent(direct['written_back'], direct['messages'])} of the messages "
            "you wrote to one person."
        )
    table = found.head(rows)[["text", "recipients", "replies"]].reset_index(drop=True)
    table["text"] = [shortened(t, BROADCAST_TEXT_CHARS) for t in table["text"]]
    table["reply rate"] = [
        percent(r, n) for r, n in zip(table["replies"], table["recipients"], strict=True)
    ]
    return as_table(table)
