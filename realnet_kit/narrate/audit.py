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

from realnet_kit.audit import cannot_judge, clearest_first, not_judged
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


#: The columns the business's terms add to an audit (:func:`realnet_kit.mark_relevant`).
_RELEVANCE_MARKS = ("relevant", "relevance_reason")


def audit_summary(data: Any, *, audit: pd.DataFrame | None = None) -> pd.Series:
    """``summarize_audit`` of ``audit_followers`` on the workshop data (computed once).

    ``audit`` is an ``audit_followers`` frame already made on this same data, perhaps with
    the business's keywords and places (as notebook 01 and the dashboard make it): it is
    summarized instead of auditing again. The terms add only the relevance columns, which
    are left out here, so every figure is the one the audit without terms gives
    (``relevant`` stays ``<NA>``). When the contacts carry relevance marks of their own,
    the data is audited again, as without ``audit``.

    >>> import pandas as pd
    >>> from types import SimpleNamespace
    >>> contacts = pd.DataFrame({"contact_id": ["a", "b"], "bio": ["Baker in Leeds", "cats"],
    ...     "follows_me": pd.array([True, True], dtype="boolean"),
    ...     "i_follow": pd.array([True, False], dtype="boolean")})
    >>> data = SimpleNamespace(contacts=contacts, interactions=None, cache={})
    >>> marked = audit_followers(contacts, keywords="baker")
    >>> from_marked = audit_summary(data, audit=marked)
    >>> fresh = summarize_audit(audit_followers(contacts))
    >>> from_marked.equals(fresh), pd.isna(from_marked["relevant"])
    (True, True)
    """

    def make() -> pd.Series:
        own_marks = any(c in data.contacts.columns for c in _RELEVANCE_MARKS)
        if audit is None or own_marks:
            return summarize_audit(audit_followers(data.contacts, data.interactions))
        return summarize_audit(audit.drop(columns=list(_RELEVANCE_MARKS), errors="ignore"))

    return _cached(data, "audit_summary", make)


# --- sentences ------------------------------------------------------------------------


#: The exercise of notebook 00 whose answer is the participant's guess: how many of
#: their followers talked with them both ways in the last 12 months.
GUESS_EXERCISE = "0.1"


def exercise_answer(data: Any, exercise: str, *, right_only: bool = False) -> str:
    """Your answer to ``exercise`` as saved in the workbook (the right one once done, else
    the latest; with ``right_only``, the right one or nothing); empty when not answered or
    unreadable."""
    try:
        progress = data.workbook.exercise_progress()
    except Exception:  # an old or unreadable workbook: no answer, the notebook still runs
        return ""
    if progress is None or not len(progress):
        return ""
    rows = progress[progress["exercise"].astype("string") == exercise]
    if not len(rows):
        return ""
    row = rows.iloc[-1]
    for column in ("best_answer",) if right_only else ("best_answer", "last_answer"):
        answer = row.get(column)
        if isinstance(answer, str) and answer.strip():
            return answer
    return ""


def the_guess(data: Any) -> float | None:
    """The participant's guess from notebook 00 (exercise 0.1), or None when none was made."""
    answer = exercise_answer(data, GUESS_EXERCISE, right_only=True)
    try:
        return float(answer.replace(",", "").strip()) if answer else None
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
    whole = followers or int(s["contacts"])
    if not followers:
        print(
            f"This export lists {int(s['contacts']):,} accounts but cannot tell who follows "
            "you (address books and LinkedIn connections are like that), so the numbers "
            "below count all accounts."
        )
    unknown = 0 if audit is None else cannot_judge(audit)
    if unknown and unknown == len(audit):
        print(
            "Whether these accounts are people cannot be told: the export holds no profile "
            "details (no photo, no counts, no bio) to judge by."
        )
    else:
        print(_people_line(s, whole))
        known_bare = 0 if audit is None else _bare_but_known(audit, bool(followers))
        if known_bare:
            print(
                f"{known_bare:,} of those people come with no profile details to judge by, but "
                "you follow them back or talked with them, so you know someone is there."
            )
    if followers:
        print(_linked_line(s))
        print(
            f"Counting every follower, person or not, {int(s['fans']):,} follow you without "
            f"you following back. You follow {int(s['unreturned']):,} accounts that do not "
            "follow you."
        )
    if data is None or has_messages(data):
        print(
            f"{int(s['dormant']):,} have gone quiet: you talked once, but not in the last 12 "
            "months, or you no longer follow each other at all."
        )
    if not pd.isna(s.get("relevant", pd.NA)):
        print(_relevant_line(int(s["relevant"]), audit))


def _relevant_line(relevant: int, audit: pd.DataFrame | None) -> str:
    """How many accounts mention what matters to the business, and how many of those are
    probably not people (the kit does not call them people).

    >>> _relevant_line(3864, None)
    '3,864 accounts mention something that matters to your business.'
    """
    said = f"{relevant:,} accounts mention something that matters to your business"
    fake = _relevant_but_suspicious(audit)
    if fake:
        said += f" ({fake:,} of them probably not people)"
    return said + "."


def _relevant_but_suspicious(audit: pd.DataFrame | None) -> int:
    """Accounts marked relevant that are probably not people (0 without the audit)."""
    if audit is None or "relevant" not in audit.columns or "category" not in audit.columns:
        return 0
    relevant = audit["relevant"].astype("boolean").fillna(False).astype(bool)
    return int((relevant & audit["category"].astype(object).eq("suspicious")).sum())


def _people_line(s: pd.Series, whole: int) -> str:
    """How many are probably people, with what the funnel's second bar leaves out.

    >>> _people_line(pd.Series({"suspicious": 141, "not_judged": 259, "real": 1678}), 2078)
    '141 are probably not people (7%), each with its reasons; 259 could not be judged (no \
profile details, and you neither follow them back nor talked with them); that leaves 1,678 \
that are probably people (81%).'
    """
    fake = int(s["suspicious"])
    unknown = int(s.get("not_judged", 0) or 0)
    real = int(s["real"]) if "real" in s.index else whole - fake - unknown
    if fake == 1:
        said = [f"1 is probably not a person ({percent(1, whole)}); it comes with its reasons"]
    elif fake:
        said = [f"{fake:,} are probably not people ({percent(fake, whole)}), each with its reasons"]
    else:
        said = ["none looks like anything but a person"]
    if unknown:
        said.append(
            f"{unknown:,} could not be judged (no profile details, and you neither follow them "
            "back nor talked with them)"
        )
    people = "person" if real == 1 else "people"
    return f"{'; '.join(said)}; that leaves {real:,} that are probably {people} " + (
        f"({percent(real, whole)})."
    )


def _linked_line(s: pd.Series) -> str:
    """The funnel's third bar in words, with the mutual followers inside it.

    >>> _linked_line(pd.Series({"real_two_way": 904, "real_mutual": 903, "real": 8107}))
    'Of those people, 904 are connected with you: 903 follow each other with you \
(mutual) and 1 more talked with you both ways without a follow back.'
    """
    linked = int(s.get("real_two_way", s.get("mutual", 0)))
    mutual = int(s.get("real_mutual", s.get("mutual", 0)))
    more = linked - mutual
    if not more:
        return f"Of those people, {mutual:,} follow each other with you (mutual)."
    return (
        f"Of those people, {linked:,} are connected with you: {mutual:,} follow each "
        f"other with you (mutual) and {more:,} more talked with you both ways without a "
        "follow back."
    )


def _bare_but_known(audit: pd.DataFrame, followers_only: bool) -> int:
    """Followers (all accounts without follow data) with no profile details who still count
    as people: you follow them back or talked with them both ways."""
    bare = not_judged(audit)
    if "suspicious" in audit.columns:
        bare &= ~audit["suspicious"].astype("boolean").fillna(False).astype(bool)
    follows_me = audit.get("follows_me")
    if followers_only and follows_me is not None:
        bare &= follows_me.astype("boolean").fillna(False).astype(bool)
    i_follow = audit.get("i_follow")
    known = pd.Series(False, index=audit.index)
    if i_follow is not None:
        known |= i_follow.astype("boolean").fillna(False).astype(bool)
    if "category" in audit.columns:
        known |= audit["category"].astype(object).eq("engaged")
    return int((bare & known).sum())


#: What the tables of notebook 01 call each group, in the participant's words.
CATEGORY_WORDS: dict[str, str] = {
    "engaged": "people you talked with both ways in the last 12 months",
    "suspicious": "accounts that are probably not people",
    "dormant": "people who have gone quiet",
    "mutual": "people you follow each other with",
    "fan": "people who follow you without you following them",
    "unreturned": "accounts you follow that do not follow you",
    "relevant": "accounts whose profile mentions what matters to your business",
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
    fake = _relevant_but_suspicious(audit) if category == "relevant" else 0
    aside = f" ({fake:,} of them probably not people)" if fake else ""
    print(f"{len(chosen):,} {words}{aside}.")
    if category == "relevant" and not len(chosen) and not _has_profile_text(audit):
        print(
            "None of these accounts comes with a bio, job, company or place to read (X "
            "archives hold none), so nobody can be matched to your business here. Adding your "
            "LinkedIn connections, which list companies and jobs, gives it something to read."
        )
    if not len(chosen):
        return None
    reasons = chosen[reason].astype("string").dropna().unique()
    if len(reasons) == 1 and len(chosen) > 1:  # the sentence above says it for every row
        return show(chosen, ["platform"], rows=rows, nameless=nameless)
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
