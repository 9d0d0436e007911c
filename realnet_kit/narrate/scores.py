"""Notebook 03's sentences and tables: the scoring questions, tiers, strongest ties.

Part of :mod:`realnet_kit.narrate.audit` (import the names from there).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from realnet_kit.narrate._tables import TABLE_ROWS, contact_names, person_names, show
from realnet_kit.narrate.audit import audit_summary, exercise_answer, talked_both_ways
from realnet_kit.narrate.audit import headline as audit_headline
from realnet_kit.plan.clock import CLOCK_COLUMNS, contact_clock
from realnet_kit.plan.named import people_named
from realnet_kit.scoring import explain_with_contact
from realnet_kit.scoring.score import QUESTIONS, score_contacts, tier_summary

#: How many people notebook 03 asks the participant to score before drawing rings.
SCORES_NEEDED = 10
#: The exercise whose answer names who you will answer this week (notebook 02).
ANSWER_EXERCISE = "2.3"
#: Where a first name several waiting people share is looked for, closest tiers first.
PROMISE_TIERS = (("inner circle", "real"), ("warm",), ("acquaintance",))


def promised_answers(
    data: Any, clock: pd.DataFrame | None = None, frame: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The people your answer to exercise 2.3 names who are still waiting, with their clock.

    Only people who are waiting can be meant ("who you will answer this week"); a first
    name several of them share means the one in your closest tier (inner circle and
    real, then warm, then acquaintance, from ``frame``, the scored tiers). The plan
    answers them first (``plan_actions(answer_first=...)``), whatever their tier.
    """
    columns = ["contact_id", *CLOCK_COLUMNS]
    answer = exercise_answer(data, ANSWER_EXERCISE)
    if not answer:
        return pd.DataFrame(columns=columns)
    if clock is None:
        clock = contact_clock(data.workbook.person_interactions())
    waiting = set(clock.index[clock["waiting"]].astype(str))
    contacts = data.contacts
    pool = contacts[contacts["contact_id"].astype(str).isin(waiting)]
    tiers = frame if frame is not None and "tier" in frame.columns else None
    groups = [
        [] if tiers is None else tiers.loc[tiers["tier"].isin(group), "contact_id"].astype(str)
        for group in PROMISE_TIERS
    ]
    named: list[str] = []
    for among in [*groups, sorted(waiting)]:
        named = [cid for cid in people_named(answer, pool, among=list(among)) if cid in waiting]
        if named:
            break
    return clock.loc[named].reset_index().reindex(columns=columns)


def scored(data: Any) -> pd.DataFrame:
    """``score_contacts`` of the workbook's scores (empty frame when nobody is scored).

    Each person's clock rides along (:func:`realnet_kit.plan.clock.contact_clock` of the
    workbook's interactions: ``waiting``, ``waiting_note``, ``last_contact``...), so the
    plan made from this frame answers whoever is waiting, by the due list's own rule.
    ``frame.attrs["answer_first"]`` holds the people exercise 2.3 promised an answer
    (:func:`promised_answers`), whom the plan answers first, and
    ``frame.attrs["same_person"]`` the accounts known to be one person
    (``Workbook.person_ids``), so the plan gives each person one set of actions.

    Worked out again only when the workbook changed since (``Workbook.revision``): the
    notebooks ask for it in many cells, the dashboard on each refresh.
    """
    cache = getattr(data, "cache", None)
    # the workbook itself is part of the key: a workbook brought back replaces it
    revision = (data.workbook, data.workbook.revision()) if cache is not None else None
    if revision is not None and cache.get("scored_revision") == revision:
        return cache["scored"].copy()  # nothing saved since: the same frame, a copy to keep
    scores = data.workbook.scores()
    if not len(scores):
        return pd.DataFrame({"contact_id": [], "tier": [], "strength": []})
    frame = score_contacts(scores)
    clock = contact_clock(data.workbook.person_interactions())
    frame = frame.drop(columns=[c for c in CLOCK_COLUMNS if c in frame.columns])
    frame = frame.merge(clock, left_on="contact_id", right_index=True, how="left")
    frame["waiting"] = frame["waiting"].astype("boolean").fillna(False).astype(bool)
    frame["unanswered"] = frame["unanswered"].fillna(0).astype("int64")
    frame.attrs["answer_first"] = promised_answers(data, clock, frame)
    frame.attrs["same_person"] = data.workbook.person_ids()
    if revision is not None:
        cache["scored"], cache["scored_revision"] = frame, revision
        return frame.copy()
    return frame


def tier_count(data: Any, tier: str) -> int:
    """How many scored people are in ``tier``."""
    frame = scored(data)
    return int((frame["tier"] == tier).sum()) if len(frame) else 0


#: The tiers whose people the workshop calls "real relationships" (the glossary says so).
REAL_TIERS = ("inner circle", "real")
#: From this answer to "Have we met or spoken offline?" on ("a few times", "regularly"),
#: a relationship lives away from the platforms, where no export can see it talk.
MET_OFFLINE_FROM = QUESTIONS["offline"].options.index("a few times")


def real_relationships(data: Any) -> int:
    """How many scored people are real relationships: the inner circle and the real tier."""
    frame = scored(data)
    return int(frame["tier"].isin(REAL_TIERS).sum()) if len(frame) else 0


def tell_tiers(data: Any, *, headline: bool = True) -> None:
    """Print the insight so far, then the tier summary's sentences for the scores saved.

    The first line carries notebook 01's number on: how many followers talked with you
    both ways in the last 12 months, "and you count N as real relationships". Without the
    ``headline`` (a later notebook's reminder) it prints only the real relationships, in
    one line.
    """
    frame = scored(data)
    if not len(frame):
        print(
            "Nobody is scored yet, so there are no tiers: score a few people in the card of "
            "notebook 03 (or, on a sample, run data.use_sample_answers()), then run this again."
        )
        return
    if headline:
        first = audit_headline(audit_summary(data), data, with_guess=False).rstrip(".")
        real = real_relationships(data)
        print(
            f"{first}, and you count {real:,} as real relationships (your inner circle and "
            f"your real tier{_more_than_talked(frame, real, talked_both_ways(data))})."
        )
    else:
        # a later notebook's reminder: the one number, not 03's whole list again
        inner = int(frame["tier"].astype(object).eq("inner circle").sum())
        print(
            f"You count {real_relationships(data):,} as real relationships: your inner circle "
            f"of {inner:,} and your real tier (from the {len(frame):,} people scored so far; "
            "notebook 03 lists every tier)."
        )
        return
    summary = tier_summary(frame)
    for tier, count, sentence in zip(
        summary["tier"], summary["count"], summary["sentence"], strict=True
    ):
        if tier == "scoreboard only" and not count:
            continue  # nobody there is no finding: the rings leave it out too
        print(sentence)
    print(f"(From the {len(frame):,} people scored so far.)")


def _more_than_talked(frame: pd.DataFrame, real: int, talked: int) -> str:
    """Why real relationships can outnumber the conversations the export saw: a clause
    saying how many of them are met or spoken with offline, when they outnumber them.

    >>> frame = pd.DataFrame({"tier": ["real"] * 3 + ["warm"], "offline": [3, 2, 0, 3]})
    >>> _more_than_talked(frame, 3, 8), _more_than_talked(frame, 3, 1)
    ('', '; 2 of them you meet or speak with offline, where no export looks')
    """
    if real <= talked:
        return ""
    real_ones = frame[frame["tier"].isin(REAL_TIERS)]
    offline = pd.to_numeric(real_ones.get("offline"), errors="coerce")
    met = int((offline >= MET_OFFLINE_FROM).sum()) if offline is not None else 0
    if not met:
        return "; a relationship can live in person, by phone or by email, where no export looks"
    whom = "all of them" if met == real else f"{met:,} of them"
    return f"; {whom} you meet or speak with offline, where no export looks"


def show_questions() -> None:
    """Print the scoring questions with their possible answers, weakest first."""
    for number, question in enumerate(QUESTIONS.values(), start=1):
        print(f"{number}. {question.text}")
        print(f"   {' / '.join(question.options)}")


def show_strongest(data: Any, rows: int = TABLE_ROWS) -> Any:
    """The strongest relationships scored so far, with the tier and the reason in words."""
    frame = scored(data)
    if not len(frame):
        print("Nobody is scored yet.")
        return None
    frame = frame.merge(contact_names(data), on="contact_id", how="left")
    if "name" in frame.columns:  # the name 05's plan gives them
        frame["name"] = frame["contact_id"].map(person_names(data)).fillna(frame["name"])
    frame["strength"] = frame["strength"].round().astype("Int64")
    frame["why"] = explain_with_contact(frame.head(rows)) + frame["why"].iloc[rows:].tolist()
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
        f"{len(chosen):,} of your {len(audit):,} accounts are worth scoring: people you follow "
        "each other with, talked with, or who are relevant to your business."
    )
    return chosen
