"""Numbers into sentences: what the workshop notebooks print about your own data.

Markdown cannot show a participant's numbers, so each notebook calls one of these
``tell_*`` functions after computing something; it prints a few plain sentences with the
figures in them. The ``show`` function prints a short table, with names masked when
presenter mode is on. The figures the exercises check are worked out here too, from the
same functions, so the feedback and the sentences always agree.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

#: How many people notebook 03 asks the participant to score before drawing rings.
SCORES_NEEDED = 10
#: Rows a table shows by default: enough to recognise people, few enough for a projector.
TABLE_ROWS = 10


def percent_value(part: Any, whole: Any) -> float:
    """``part`` as a percentage of ``whole`` (0 when ``whole`` is 0 or missing)."""
    try:
        part, whole = float(part), float(whole)
    except (TypeError, ValueError):
        return 0.0
    return 100.0 * part / whole if whole else 0.0


def percent(part: Any, whole: Any) -> str:
    """``part`` of ``whole`` as a rounded percentage, e.g. ``"12%"``."""
    return f"{percent_value(part, whole):.0f}%"


def _cached(data: Any, key: str, make: Any) -> Any:
    cache = getattr(data, "cache", None)
    if cache is None:
        return make()
    if key not in cache:
        cache[key] = make()
    return cache[key]


# --- figures the exercises check ------------------------------------------------------


def audit_summary(data: Any) -> pd.Series:
    """``summarize_audit`` of ``audit_followers`` on the workshop data (computed once)."""
    from realnet_kit.audit import audit_followers, summarize_audit

    return _cached(
        data,
        "audit_summary",
        lambda: summarize_audit(audit_followers(data.contacts, data.interactions)),
    )


def never_answered(data: Any) -> int:
    """How many inbound messages were never answered."""
    from realnet_kit.listening import unanswered

    if not len(data.interactions):
        return 0
    waiting = unanswered(data.interactions)
    return int((waiting["status"] == "never answered").sum())


def talk_listen(data: Any) -> pd.Series:
    """``talk_listen_ratio`` of the workshop data (ratio 0 when there are no messages)."""
    from realnet_kit.listening import talk_listen_ratio

    if not len(data.interactions):
        return pd.Series({"talk": 0, "listen": 0, "ratio": 0.0}, dtype="object")
    result = talk_listen_ratio(data.interactions).copy()
    ratio = float(result["ratio"])
    if ratio != ratio or ratio == float("inf"):
        result["ratio"] = float(result["talk"])
    return result


def scored(data: Any) -> pd.DataFrame:
    """``score_contacts`` of the workbook's scores (empty frame when nobody is scored)."""
    from realnet_kit.scoring import score_contacts

    scores = data.workbook.scores()
    if not len(scores):
        return pd.DataFrame({"contact_id": [], "tier": [], "strength": []})
    return score_contacts(scores)


def tier_count(data: Any, tier: str) -> int:
    """How many scored people are in ``tier``."""
    frame = scored(data)
    return int((frame["tier"] == tier).sum()) if len(frame) else 0


# --- sentences ------------------------------------------------------------------------


def tell_audit(summary: pd.Series) -> None:
    """Print what the follower list really holds, from ``summarize_audit``."""
    s = summary
    followers = int(s["followers"])
    if not followers:
        print(
            f"This export lists {int(s['contacts']):,} contacts but cannot tell who follows "
            "you (address books and LinkedIn connections are like that), so the numbers "
            "below count all contacts. Followers you also follow: 0, as far as it can tell."
        )
    else:
        print(f"The scoreboard says {followers:,} followers.")
        print(
            f"You follow {int(s['mutual']):,} of them back ({percent(s['mutual'], followers)}); "
            f"{int(s['fans']):,} follow you without you following them."
        )
        print(f"You follow {int(s['unreturned']):,} accounts that do not follow you.")
    print(
        f"{int(s['suspicious']):,} look like they may not be people "
        f"({percent(s['suspicious'], followers or s['contacts'])}); each has its reasons."
    )
    print(
        f"In the last 12 months you had a two-way conversation with {int(s['engaged']):,} "
        f"of them, and {int(s['dormant']):,} have gone quiet."
    )
    if not pd.isna(s.get("relevant", pd.NA)):
        print(f"{int(s['relevant']):,} mention something that matters to your business.")


def tell_listening(data: Any) -> None:
    """Print how much you talk and listen, and how many messages are still waiting."""
    if not len(data.interactions):
        print(
            "This data holds no messages, so there is nothing to count yet. Notebook 06 "
            "shows how to log conversations yourself."
        )
        return
    t = talk_listen(data)
    print(f"You sent {int(t['talk']):,} messages and received {int(t['listen']):,}.")
    print(f"That is {float(t['ratio']):.1f} messages out for every one that came in.")
    if "conversations" in t:
        print(f"You had real back-and-forth with {int(t['conversations']):,} people.")
    print(f"{never_answered(data):,} messages to you were never answered.")


def tell_tiers(data: Any) -> None:
    """Print the tier summary's sentences for the scores saved so far."""
    from realnet_kit.scoring import tier_summary

    frame = scored(data)
    print(f"You have scored {len(frame):,} of {len(data.contacts):,} contacts.")
    if not len(frame):
        print("Score a few people in the card above, then run this cell again.")
        return
    for sentence in tier_summary(frame)["sentence"]:
        print(sentence)


def show(frame: pd.DataFrame, columns: list[str] | None = None, rows: int = TABLE_ROWS) -> Any:
    """The first ``rows`` of ``frame`` (only ``columns``), masked in presenter mode.

    A ``"who"`` column (the name, else ``@handle``, else the account id) stands first,
    so accounts without a name (X followers have none) can still be recognised.
    """
    from realnet_kit.privacy import mask_frame

    if len(frame) > rows:
        print(f"Showing the first {rows} of {len(frame):,}.")
    head = mask_frame(frame.head(rows))
    table = head[[c for c in (columns or list(head.columns)) if c in head.columns]].copy()
    for column in table.columns:
        if isinstance(table[column].dtype, pd.DatetimeTZDtype):
            table[column] = table[column].dt.strftime("%d %b %Y")
    naming = [c for c in ("name", "handle", "contact_id") if c in head.columns]
    if naming:
        who = pd.Series(pd.NA, index=head.index, dtype="string")
        for column in naming:
            prefix = "@" if column == "handle" else ""
            who = who.fillna(prefix + head[column].astype("string"))
        table = table.drop(columns=[c for c in ("name", "handle", "contact_id") if c in table])
        table.insert(0, "who", who)
    return table.reset_index(drop=True)


#: What the tables of notebook 01 call each group, in the participant's words.
CATEGORY_WORDS: dict[str, str] = {
    "engaged": "people you talked with both ways in the last 12 months",
    "suspicious": "accounts that are probably not people",
    "dormant": "people who have gone quiet",
    "mutual": "people you follow each other with",
    "fan": "people who follow you without you following them",
    "unreturned": "accounts you follow that do not follow you",
    "relevant": "people whose profile mentions what matters to your business",
}


def show_category(audit: pd.DataFrame, category: str, rows: int = TABLE_ROWS) -> Any:
    """The accounts of one audit group with the reason, e.g. ``"suspicious"``.

    ``"relevant"`` lists the contacts :func:`realnet_kit.mark_relevant` marked, with
    what was found in their profile.
    """
    if category == "relevant":
        if "relevant" not in audit.columns:
            print("No keywords or places were given, so nobody is marked relevant yet.")
            return None
        chosen = audit[audit["relevant"].fillna(False).astype(bool)]
        reason = "relevance_reason"
    else:
        chosen = audit[audit["category"] == category]
        reason = "category_reason"
    words = CATEGORY_WORDS.get(category, category)
    print(f"{len(chosen):,} {words}.")
    if not len(chosen):
        return None
    table = show(chosen, ["platform", reason], rows=rows)
    return table.rename(columns={reason: "why"})


def _names(data: Any) -> pd.DataFrame:
    columns = [c for c in ("contact_id", "name", "handle", "platform") if c in data.contacts]
    return data.contacts[columns].drop_duplicates("contact_id")


def show_waiting(data: Any, rows: int = TABLE_ROWS) -> Any:
    """The messages people sent you that were never answered, or answered late."""
    from realnet_kit.listening import unanswered

    if not len(data.interactions):
        print("No messages in this data, so nobody is waiting (that we can see).")
        return None
    waiting = unanswered(data.interactions, contacts=data.contacts)
    never = int((waiting["status"] == "never answered").sum())
    print(
        f"{never:,} messages were never answered and {len(waiting) - never:,} were answered "
        "after more than two days. Never answered first, newest first:"
    )
    waiting = waiting.sort_values(["status", "timestamp"], ascending=[False, False], kind="stable")
    waiting = waiting.merge(_names(data).drop(columns="name", errors="ignore"), how="left")
    waiting["sent on"] = waiting["timestamp"].dt.strftime("%d %b %Y")
    waiting["days waited"] = waiting["waited_days"].round().astype("Int64")
    columns = ["platform", "sent on", "note", "status", "days waited"]
    return show(waiting, columns, rows=rows)


def show_reaching_out(data: Any, rows: int = TABLE_ROWS) -> Any:
    """People who wrote to you more often than you wrote to them, most eager first."""
    from realnet_kit.listening import talk_listen_ratio

    if not len(data.interactions):
        print("No messages in this data yet.")
        return None
    per = talk_listen_ratio(data.interactions, per_contact=True).reset_index()
    eager = per[per["listen"] > per["talk"]].copy()
    eager["more_from_them"] = eager["listen"] - eager["talk"]
    eager = eager.sort_values(["more_from_them", "listen"], ascending=False, kind="stable")
    print(f"{len(eager):,} people reached out to you more often than you reached out to them.")
    eager = eager.merge(_names(data), on="contact_id", how="left")
    eager = eager.rename(columns={"listen": "from them", "talk": "from you"})
    return show(eager, ["platform", "from them", "from you"], rows=rows)


def plot_waiting_times(data: Any, *, ax: Any = None) -> Any:
    """How long answered messages waited (``plot_reply_times``), or a note when none."""
    from realnet_kit.listening import reply_times
    from realnet_kit.plots import plot_reply_times

    replies = reply_times(data.interactions) if len(data.interactions) else None
    if replies is None or not len(replies):
        print("There are no answered messages to draw yet.")
        return None
    return plot_reply_times(replies, ax=ax)


def show_broadcasts(data: Any, rows: int = 5) -> Any:
    """The texts you sent to many people at once, and how many of them answered."""
    from realnet_kit.listening import find_broadcasts

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
        f"{len(found):,} texts went to {sent:,} people in all; {replies:,} of them wrote back "
        f"within a week ({percent(replies, sent)})."
    )
    table = found.head(rows)[["text", "recipients", "replies"]].reset_index(drop=True)
    table["text"] = table["text"].astype("string").str.slice(0, 80)
    return table


def show_questions() -> None:
    """Print the scoring questions with their possible answers, weakest first."""
    from realnet_kit.scoring import QUESTIONS

    for number, question in enumerate(QUESTIONS.values(), start=1):
        print(f"{number}. {question.text}")
        print(f"   {' / '.join(question.options)}")


def show_strongest(data: Any, rows: int = TABLE_ROWS) -> Any:
    """The strongest relationships scored so far, with the tier and the reason."""
    frame = scored(data)
    if not len(frame):
        print("Nobody is scored yet.")
        return None
    frame = frame.merge(_names(data), on="contact_id", how="left")
    frame["strength"] = frame["strength"].round().astype("Int64")
    return show(frame, ["tier", "strength", "why"], rows=rows)


#: Audit groups worth scoring by hand: people you have a two-way link or a history with.
WORTH_SCORING = ("engaged", "mutual", "dormant")


def worth_scoring(audit: pd.DataFrame, *, quiet: bool = False) -> pd.DataFrame:
    """The audited contacts worth scoring: two-way links, past conversations, relevant fans.

    Fans who never wrote and accounts that look fake stay on the scoreboard; scoring
    thousands of strangers would take the whole day and teach nothing.
    """
    keep = audit["category"].isin(WORTH_SCORING)
    if "messages_in" in audit.columns:
        keep |= audit["messages_in"].fillna(0).astype(int) > 0
    if "relevant" in audit.columns:
        keep |= audit["relevant"].fillna(False).astype(bool) & (audit["category"] != "suspicious")
    chosen = audit[keep]
    if quiet:
        return chosen
    print(
        f"{len(chosen):,} of your {len(audit):,} contacts are worth scoring: people you follow "
        "each other with, talked with, or who are relevant to your business."
    )
    return chosen
