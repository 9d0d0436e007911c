"""Numbers into sentences: what the workshop notebooks print about your own data.

Markdown cannot show a participant's numbers, so each notebook calls one of these
``tell_*`` functions after computing something; it prints a few plain sentences with the
figures in them. The ``show`` function prints a short table, with names masked when
presenter mode is on. The figures the exercises check are worked out here too, from the
same functions, so the feedback and the sentences always agree.

This module holds notebook 01's audit sentences; notebook 02's listening figures live in
``_narrate_listening``, notebook 03's scoring ones in ``_narrate_scores`` and the table
drawing in ``_tables``. Every name is importable from here.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from realnet_kit.audit import cannot_judge, clearest_first
from realnet_kit.audit.followers import audit_followers, summarize_audit
from realnet_kit.narrate._tables import TABLE_ROWS, show
from realnet_kit.words import percent


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
    return _cached(
        data,
        "audit_summary",
        lambda: summarize_audit(audit_followers(data.contacts, data.interactions)),
    )


# --- sentences ------------------------------------------------------------------------


#: The exercise of notebook 00 whose answer is the participant's guess: how many of
#: their followers talked with them both ways in the last 12 months.
GUESS_EXERCISE = "0.1"


def the_guess(data: Any) -> float | None:
    """The participant's guess from notebook 00 (exercise 0.1), or None when none was made."""
    try:
        tried = data.workbook.exercise_progress()
    except Exception:  # an old or unreadable workbook: no guess, the sentence says so
        return None
    if tried is None or not len(tried):
        return None
    row = tried[tried["exercise"] == GUESS_EXERCISE]
    if not len(row):
        return None
    answer = row["best_answer"].iloc[0]
    if pd.isna(answer):
        return None
    try:
        return float(str(answer).replace(",", "").strip())
    except ValueError:
        return None


def has_messages(data: Any) -> bool:
    """Whether the data holds any messages to judge a conversation by."""
    interactions = getattr(data, "interactions", None)
    return interactions is not None and len(interactions) > 0


def talked_both_ways(data: Any) -> int:
    """Followers (all accounts, when followers are unknown) who talked with you both ways.

    One definition of "talked both ways" everywhere: at least two messages each way in the
    last 12 months, from an account that is probably a person.
    """
    s = audit_summary(data)
    return int(s["real_engaged"] if int(s["followers"]) else s["engaged"])


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def headline(summary: pd.Series, data: Any = None, *, with_guess: bool = True) -> str:
    """The one sentence notebook 01 exists for: the truth beside the participant's guess.

    >>> s = pd.Series({"followers": 9848, "contacts": 10201, "engaged": 11, "real_engaged": 10})
    >>> headline(s)
    'Of your 9,848 follower accounts, 10 talked with you both ways in the last 12 months.'
    """
    followers = int(summary["followers"])
    if data is not None and not has_messages(data):
        whom = "which of them" if followers else "who"
        sentence = (
            f"Your export holds no messages, so it cannot tell {whom} talked with you both "
            "ways in the last 12 months."
        )
        if followers:
            sentence = f"You have {followers:,} follower accounts. " + sentence
    elif followers:
        count = int(summary.get("real_engaged", summary["engaged"]))
        sentence = (
            f"Of your {followers:,} follower accounts, {count:,} talked with you both ways in "
            "the last 12 months."
        )
    else:
        count = int(summary["engaged"])
        sentence = (
            f"Your export cannot tell who follows you; of your {int(summary['contacts']):,} "
            f"accounts, {count:,} talked with you both ways in the last 12 months."
        )
    if data is None or not with_guess:
        return sentence
    guess = the_guess(data)
    if guess is None:
        return sentence + " You made no guess in notebook 00 (it is exercise 0.1 there)."
    return sentence + f" You guessed {_number(guess)}."


def tell_audit(summary: pd.Series, data: Any = None, *, audit: pd.DataFrame | None = None) -> None:
    """Print what the follower list really holds, from ``summarize_audit``.

    The first line is the headline: how many followers talked with you both ways in the
    last 12 months, beside your guess from notebook 00 (``data`` gives the guess and says
    whether the export holds messages at all). ``audit`` (the frame of
    ``audit_followers``) lets it say how many accounts could not be judged at all.
    """
    s = summary
    print(headline(s, data))
    followers = int(s["followers"])
    if not followers:
        print(
            f"This export lists {int(s['contacts']):,} accounts but cannot tell who follows "
            "you (address books and LinkedIn connections are like that), so the numbers "
            "below count all accounts."
        )
    else:
        print(
            f"You and {int(s['mutual']):,} of them follow each other (mutual, "
            f"{percent(s['mutual'], followers)}); {int(s['fans']):,} follow you only."
        )
        print(f"You follow {int(s['unreturned']):,} accounts that do not follow you back.")
    unknown = 0 if audit is None else cannot_judge(audit)
    fake = int(s["suspicious"])
    share = percent(fake, followers or s["contacts"])
    if unknown and unknown == len(audit):
        print(
            "Whether these accounts are people cannot be told: the export holds no profile "
            "details (no photo, no counts, no bio) to judge by."
        )
    elif not fake:
        print("None of them looks like anything but a person (probably a person, all of them).")
    elif fake == 1:
        print(f"1 is probably not a person ({share}); it comes with its reasons.")
    else:
        print(f"{fake:,} are probably not people ({share}); each comes with its reasons.")
    if unknown and unknown < len(audit):
        print(f"{unknown:,} more could not be judged: their export holds no profile details.")
    if data is None or has_messages(data):
        print(
            f"{int(s['dormant']):,} have gone quiet: you talked once, but not in the last 12 "
            "months, or you no longer follow each other at all."
        )
    if not pd.isna(s.get("relevant", pd.NA)):
        print(f"{int(s['relevant']):,} mention something that matters to your business.")


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


def show_category(
    audit: pd.DataFrame, category: str, rows: int = TABLE_ROWS, *, nameless: bool = False
) -> Any:
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
        if category == "suspicious":
            # the clearest cases first: the room sees bought accounts, not borderline people,
            # in an order the rules' evidence decides (never the names, nor the export's)
            chosen = clearest_first(chosen)
    if category == "suspicious" and cannot_judge(audit) == len(audit):
        print(
            "Whether these accounts are people cannot be told: the export holds no profile "
            "details to judge by, so nothing is listed here."
        )
        return None
    words = CATEGORY_WORDS.get(category, category)
    print(f"{len(chosen):,} {words}.")
    if category == "relevant" and not len(chosen) and not _has_profile_text(audit):
        print(
            "None of these accounts comes with a bio, job, company or place to read (X "
            "archives hold none), so nobody can be matched to your business here. Adding your "
            "LinkedIn connections, which list companies and jobs, gives it something to read."
        )
    if not len(chosen):
        return None
    table = show(chosen, ["platform", reason], rows=rows, nameless=nameless)
    return table.rename(columns={reason: "why"})


#: Profile columns relevance is read from (see ``audit.mark_relevant``).
PROFILE_TEXT_COLUMNS = ("bio", "position", "company", "industry", "location")


def _has_profile_text(audit: pd.DataFrame) -> bool:
    """Whether any account has a bio, job, company, industry or place to match."""
    return any(
        audit[c].astype("string").str.strip().fillna("").ne("").any()
        for c in PROFILE_TEXT_COLUMNS
        if c in audit.columns
    )
