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
    fake = int(s["suspicious"])
    share = percent(fake, followers or s["contacts"])
    if not fake:
        print("No account looks suspicious: all of them look like real people.")
    elif fake == 1:
        print(f"1 looks like it may not be a person ({share}); it comes with its reasons.")
    else:
        print(f"{fake:,} look like they may not be people ({share}); each has its reasons.")
    print(
        f"In the last 12 months you had a real two-way conversation (at least two messages "
        f"each way) with {int(s['engaged']):,} accounts."
    )
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
        if category == "suspicious" and "suspicion_score" in chosen.columns:
            # the clearest cases first: the room sees bought accounts, not borderline people
            chosen = chosen.sort_values("suspicion_score", ascending=False, kind="stable")
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
    table = show(chosen, ["platform", reason], rows=rows)
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
