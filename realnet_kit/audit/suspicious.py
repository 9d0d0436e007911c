"""Which followers are probably not people: transparent rules, plain reasons.

Every rule lives in :data:`SUSPICION_RULES`, with its weight, the columns it needs and
where the idea comes from. An account is flagged when the weights of the rules it
breaks add up to :data:`SUSPICION_THRESHOLD` or more, so no single quirk (a handle with a
number in it, a missing bio) is enough on its own; a few "looks like a real person"
rules carry negative weights. A flagged account comes with its reasons in plain words
and its own numbers, one sentence per fact even when several rules fired on it, e.g.
"follows 4,980 accounts but only 3 follow it" (see :mod:`realnet_kit.audit._reasons`).

The signals come from the published research on bought followers. Cresci et al. (2015),
"Fame for sale: efficient detection of fake Twitter followers" (Decision Support Systems
80), bought 3,351 fake followers from three sellers and compared them with 1,950
verified people: the profile counts (friends against followers, how many tweets, being
on someone's list) separate them best, while single "media" rules (has a picture, has a
name) do poorly alone. The rule sets it reviewed (Camisani-Calzolari's: at least 30
followers, at least 50 tweets, a bio, a location, a URL, listed; State of Search's:
followers at least half the friends) are the starting points here, weighed and
combined instead of used alone. Three choices keep shy people from being accused:
the "quiet account" signals (few followers, few posts, empty profile) together add at
most :data:`GROUP_CAPS` ``["quiet"]``, so a quiet account also needs a sign of a bought
pattern (following hundreds while few follow back, never liking anything, arriving in a
burst, being created in a batch, or ALL five quiet signals at once: the
``silent_follower`` conjunction, which is how Cresci's bought followers look and seldom
how a person does); liking other people's posts counts for the person;
and a handle shape is weak evidence. Without profile data the rules use what an export
holds: follows bunched in one minute, accounts created in the same hour (X account ids
carry their creation time) and machine-made handles.

Measured on real labelled accounts (a transcribed sample of Cresci et al.'s people and
bought followers, kept out of this repository; see ``benchmarks/eval_suspicious.py``),
three things changed: never liking a post weighs less for an account that follows few
(one real person in five had never liked anything), an account following 500+ while 50
times fewer follow it and hardly liking anything counts extra (Socialbakers' 50:1 line),
and two signs of a person were added: location switched on for posts and a header image.

Missing columns and missing values never count as evidence. A text column (bio,
location, url) counts as "left blank" only when the source filled it for some accounts,
so a blank there means the person left it empty rather than that the export lacks it.

>>> import pandas as pd
>>> from realnet_kit.audit.suspicious import flag_suspicious
>>> df = pd.DataFrame({"handle": ["anna", "x8812"], "followers_count": [310, 3],
...                    "following_count": [280, 4980], "posts_count": [1200, 0]})
>>> flag_suspicious(df)["suspicious"].tolist()
[False, True]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from realnet_kit.audit import _checks as c
from realnet_kit.audit._checks import selling_words
from realnet_kit.audit._reasons import TOPICS, write_reasons
from realnet_kit.audit._signals import Signals
from realnet_kit.audit.thresholds import (  # noqa: F401  (tunable here or there)
    ACTIVE_POSTS,
    BATCH_MIN_ACCOUNTS,
    BATCH_RATE_FACTOR,
    BIG_BATCH_ACCOUNTS,
    BURST_MIN_ACCOUNTS,
    BURST_RATE_FACTOR,
    DIGIT_HANDLE_MIN_LENGTH,
    DIGIT_SHARE,
    FAR_MORE_RATIO,
    FEW_FOLLOWERS,
    FEW_POSTS,
    FIFTY_FOLD_MAX_LIKES,
    FIFTY_FOLD_MIN_FOLLOWING,
    FIFTY_FOLD_RATIO,
    GROUP_CAPS,
    LIKES_POSTS,
    MANY_FOLLOWING,
    MORE_RATIO,
    NUMBER_TAIL_DIGITS,
    PASSIVE_MIN_FOLLOWING,
    SILENT_MAX_LIKES,
    SILENT_MIN_FOLLOWING,
    SILENT_RATIO,
    SOME_FOLLOWING,
    SPAM_MIN_FOLLOWING,
    SPAM_MIN_POSTS,
    SPAM_RATIO,
    SUSPICION_THRESHOLD,
)
from realnet_kit.words import platform_name

# A check returns which accounts a rule fires on (a boolean array); a rule of your own
# may also return ``(fired, reason)`` with its own words.
_Check = Callable[..., "np.ndarray | tuple[np.ndarray, pd.Series | str]"]


@dataclass(frozen=True)
class Rule:
    """One named signal: its weight, the columns it needs, why it is there.

    ``group`` names a set of related rules whose weights together are capped by
    :data:`GROUP_CAPS` (``""``: no cap).
    """

    name: str
    weight: float
    needs: tuple[str, ...]
    meaning: str
    check: _Check
    group: str = ""


def _rules() -> tuple[Rule, ...]:

    q, h = "quiet", "handle"
    return (
        Rule("follow_burst", 2.5, ("connected_on",),
             f"Followed you in a minute when at least {BURST_MIN_ACCOUNTS} accounts (and "
             f"{BURST_RATE_FACTOR} times the usual rate) did: a delivered order, not word "
             "of mouth.", c.follow_burst),
        Rule("created_in_batch", 2.5, ("account_created",),
             f"Created within the same hour as at least {BATCH_MIN_ACCOUNTS - 1} other "
             "accounts in the list: made in bulk (fake-profile studies find creation "
             "times clustered, e.g. Gurajala et al. 2015).", c.created_in_batch),
        Rule("created_in_big_batch", 1.0, ("account_created",),
             f"On top of the above: {BIG_BATCH_ACCOUNTS}+ accounts made in that hour. X "
             "account ids carry their creation time, so an X archive alone shows this.",
             c.created_in_big_batch),
        Rule("created_when_followed", 2.5, ("account_created", "connected_on"),
             "The account was made on the day it followed you: made to order.",
             c.created_when_followed),
        Rule("spam_pattern", 2.5, ("posts_count", "following_count", "followers_count"),
             f"Posted {SPAM_MIN_POSTS:,}+ times and follows {SPAM_MIN_FOLLOWING:,}+ accounts "
             f"but has {SPAM_RATIO} times fewer followers: a spam bot shouting into the void.",
             c.spam_pattern),
        Rule("follows_far_more", 2.0, ("following_count", "followers_count"),
             f"Follows {MANY_FOLLOWING}+ accounts, {FAR_MORE_RATIO} times more than follow it. "
             "Bought followers follow many to look alive but few follow them (Cresci 2015: "
             "sellers' accounts average 216-864 friends and 10-34 followers; verified people "
             "about as many followers as friends).", c.follows_far_more),
        Rule("follows_hundreds", 1.5, ("following_count", "followers_count"),
             f"Follows {MANY_FOLLOWING}+ accounts, {MORE_RATIO} to {FAR_MORE_RATIO} times more "
             "than follow it (State of Search: followers at least half the friends).",
             c.follows_hundreds),
        Rule("follows_more", 1.0, ("following_count", "followers_count"),
             f"Follows {SOME_FOLLOWING}-{MANY_FOLLOWING - 1} accounts, {FAR_MORE_RATIO} times "
             "more than follow it: common among shy people too, so it weighs less.",
             c.follows_more),
        Rule("silent_follower", 1.5, ("followers_count", "following_count", "posts_count",
                                      "listed_count", "favourites_count"),
             f"All five quiet signals at once: under {FEW_FOLLOWERS} followers, under "
             f"{FEW_POSTS} posts, on nobody's list, at most {SILENT_MAX_LIKES} likes, and "
             f"following {SILENT_MIN_FOLLOWING}+ accounts, {SILENT_RATIO} times more than "
             "follow it. The quiet cap keeps one or two of these from accusing a shy person; "
             "the whole set together is how bought followers look (Cresci 2015).",
             c.silent_follower),
        Rule("no_likes_while_following", 1.5, ("favourites_count", "following_count"),
             f"Has never liked anything though it follows {PASSIVE_MIN_FOLLOWING}+ accounts: "
             "bought accounts stay passive (in a real labelled sample 96-99% of two sellers' "
             "accounts had never liked a post).", c.no_likes_while_following),
        Rule("follows_fifty_fold", 1.0, ("following_count", "followers_count"),
             f"Follows {FIFTY_FOLD_MIN_FOLLOWING}+ accounts, "
             f"{FIFTY_FOLD_RATIO} or more for each one that follows it, and has liked fewer "
             f"than {FIFTY_FOLD_MAX_LIKES} posts (Socialbakers' fake-follower check draws "
             f"the line at {FIFTY_FOLD_RATIO} to 1).", c.follows_fifty_fold),
        Rule("no_likes", 1.0, ("favourites_count",),
             f"Has never liked anything (following fewer than {PASSIVE_MIN_FOLLOWING}, or "
             "nobody knows how many): bought accounts stay passive, but so did one real "
             "person in five in Cresci et al.'s data, so it weighs less.", c.no_likes),
        Rule("few_followers", 1.0, ("followers_count",),
             f"Fewer than {FEW_FOLLOWERS} followers (Camisani-Calzolari).", c.few_followers, q),
        Rule("few_posts", 1.0, ("posts_count",),
             f"Fewer than {FEW_POSTS} posts ever (Camisani-Calzolari; in Cresci 2015 bought "
             "accounts average 20-135 tweets, people over 1,000).", c.few_posts, q),
        Rule("no_avatar", 0.75, ("has_avatar",),
             "Still has the platform's default picture (weak alone: Cresci 2015 found many "
             "bought accounts with a picture).", c.no_avatar, q),
        Rule("no_bio", 0.5, ("bio",), "Left the bio empty (Camisani-Calzolari).", c.no_bio, q),
        Rule("never_listed", 0.5, ("listed_count",),
             "No one has added it to a list (on X, people collect accounts worth reading "
             "in lists; Camisani-Calzolari: almost no bought account is on one, but many "
             "quiet people are not either).", c.never_listed, q),
        Rule("no_place_or_site", 0.5, ("location", "url"),
             "Neither a location nor a website (Camisani-Calzolari).", c.no_place_or_site, q),
        Rule("default_profile", 0.5, ("default_profile",),
             "Never changed the default look of the profile.", c.default_profile, q),
        Rule("digit_handle", 1.0, ("handle",),
             "Half or more of the handle is digits, like the names bulk registration picks "
             "(X also proposes such names to hurried people, so it weighs little).",
             c.digit_handle, h),
        Rule("number_tail_handle", 1.0, ("handle",),
             f"A name followed by {NUMBER_TAIL_DIGITS} or more digits.", c.number_tail_handle, h),
        Rule("active_poster", -1.0, ("posts_count",),
             f"Has posted {ACTIVE_POSTS:,} times or more: bought accounts rarely do.",
             c.active_poster),
        Rule("likes_posts", -1.0, ("favourites_count",),
             f"Has liked {LIKES_POSTS}+ posts: shy people who never post still like things, "
             "bought accounts rarely do.", c.likes_posts),
        Rule("listed_by_others", -1.0, ("listed_count",),
             "At least two people added it to their lists: someone finds it worth reading.",
             c.listed_by_others),
        Rule("widely_followed", -1.0, ("followers_count", "following_count"),
             "At least 200 followers and more followers than accounts it follows: bought "
             "accounts average 10-34 followers (Cresci 2015).", c.widely_followed),
        Rule("shares_location", -0.5, ("geo_enabled",),
             "Switched on location for its posts (Camisani-Calzolari: 'geo-localised'): "
             "about half the people in a real labelled sample had, few bought accounts.",
             c.shares_location),
        Rule("header_image", -0.5, ("profile_banner_url",),
             "Put up a header image: a person decorating the profile (about half the "
             "people in a real labelled sample, almost no bought account).", c.header_image),
        Rule("you_follow_back", -1.0, ("i_follow",),
             "You follow it yourself, so you have seen it.", c.you_follow_back),
        Rule("verified", -3.0, ("verified",), "The platform verified who runs it.", c.verified),
    )  # fmt: skip


#: Every rule by name, strongest evidence first: edit a weight here to tune the audit.
SUSPICION_RULES: dict[str, Rule] = {rule.name: rule for rule in _rules()}


def describe_rules() -> pd.DataFrame:
    """The rules as a table to show a room: name, weight, what it needs, why.

    >>> describe_rules().loc[0, "rule"]
    'follow_burst'
    """
    return pd.DataFrame(
        [(r.name, r.weight, ", ".join(r.needs), r.meaning) for r in SUSPICION_RULES.values()],
        columns=["rule", "weight", "needs", "meaning"],
    )


def score_suspicion(
    contacts: pd.DataFrame,
    rules: dict[str, Rule] | None = None,
    *,
    explain_from: float | None = None,
    with_signals: bool = False,
) -> tuple[np.ndarray, ...]:
    """Per-account score, reasons and rule names (and, ``with_signals``, the one or two
    strongest reasons of each account: see :data:`~realnet_kit.audit._reasons.STRONGEST_SIGNALS`).

    Weights add up, except that each group in :data:`GROUP_CAPS` adds at most its cap.
    Reasons and rule names are written for the accounts whose score reaches
    ``explain_from`` (every account that broke a rule when it is None): writing words
    for a million accounts that will not be flagged would be wasted time. See
    :func:`flag_suspicious`, which applies the threshold.
    """

    rules = SUSPICION_RULES if rules is None else rules
    signals = Signals(contacts)
    n = len(contacts)
    score = np.zeros(n)
    grouped: dict[str, np.ndarray] = {}
    fired_rules = []
    for rule in rules.values():
        result = rule.check(signals)
        fired, reason = result if isinstance(result, tuple) else (result, "")
        fired = np.asarray(fired, dtype=bool)
        if not fired.any():
            continue
        if rule.group:
            grouped.setdefault(rule.group, np.zeros(n))[fired] += rule.weight
        else:
            score[fired] += rule.weight
        if rule.weight > 0:
            fired_rules.append((rule, fired, reason))
    for group, total in grouped.items():
        score += np.minimum(total, GROUP_CAPS.get(group, np.inf))
    explain = np.ones(n, dtype=bool) if explain_from is None else score >= explain_from
    reasons, names, strongest = write_reasons(signals, fired_rules, explain)
    if with_signals:
        return score, reasons, names, strongest
    return score, reasons, names


def judgeable(contacts: pd.DataFrame, rules: dict[str, Rule] | None = None) -> np.ndarray:
    """Which accounts hold anything the rules read: for each, some rule has every value
    it needs (a count, a handle, a creation time, when it followed you, ...).

    A bare X account number from before 2013 (no creation time in it) or an address-book
    entry without a handle holds nothing to judge by: :func:`flag_suspicious` says
    ``<NA>`` there, not "not suspicious".

    >>> judgeable(pd.DataFrame({"contact_id": ["x:12", "x:13"],
    ...                         "followers_count": [None, 40], "following_count": [None, 900]}))
    array([False,  True])
    """
    rules = SUSPICION_RULES if rules is None else rules
    signals = Signals(contacts)
    n = len(contacts)
    present: dict[str, np.ndarray] = {}

    def has(column: str) -> np.ndarray:
        if column not in present:
            if column == "account_created":
                created = signals.created()
                found = np.zeros(n, bool) if created is None else created.notna().to_numpy(bool)
            elif column == "handle":
                handles = signals.handle().str.strip()
                found = (handles.notna() & (handles != "")).to_numpy(dtype=bool, na_value=False)
            elif column in contacts.columns:
                found = contacts[column].notna().to_numpy(dtype=bool)
            else:
                found = np.zeros(n, dtype=bool)
            present[column] = found
        return present[column]

    seen = np.zeros(n, dtype=bool)
    for rule in rules.values():
        usable = np.ones(n, dtype=bool)
        for column in rule.needs:
            usable &= has(column)
        seen |= usable
    return seen


def flag_suspicious(
    contacts: pd.DataFrame,
    *,
    threshold: float = SUSPICION_THRESHOLD,
    rules: dict[str, Rule] | None = None,
) -> pd.DataFrame:
    """Mark the accounts that are probably bought, bots or abandoned, and say why.

    Parameters
    ----------
    contacts
        The frame from :func:`realnet_kit.load_export` (any columns; the rules use
        those present: counts, bio, avatar, creation date, follow time, handle).
    threshold
        Total rule weight at which an account is flagged.
    rules
        The rules to apply; :data:`SUSPICION_RULES` by default.

    Returns
    -------
    pandas.DataFrame
        The same rows in the same order, plus ``suspicious`` (nullable boolean:
        ``<NA>`` where the data holds nothing to judge by, see :func:`judgeable`),
        ``suspicion_reasons`` (one plain sentence per fact, joined by ``"; "``; empty
        when not suspicious),
        ``suspicion_score`` (the added weights), ``suspicion_rules`` (the names of
        the rules behind the reasons, comma-separated, for tallies) and
        ``suspicion_signals`` (the one or two strongest of the reasons, the weightiest
        first: what a table shows).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"handle": ["bakerbob"], "followers_count": [3],
    ...                    "following_count": [4980], "posts_count": [0]})
    >>> flag_suspicious(df).loc[0, "suspicion_reasons"]
    'follows 4,980 accounts but only 3 follow it; has never posted'
    >>> flag_suspicious(df).loc[0, "suspicion_signals"]
    'follows 4,980 accounts but only 3 follow it; has never posted'
    """
    score, reasons, names, strongest = score_suspicion(
        contacts, rules, explain_from=threshold, with_signals=True
    )
    flagged = score >= threshold
    out = contacts.copy()
    verdict = pd.array(flagged, dtype="boolean")
    # no rule reads anything this row holds: nothing to judge by
    verdict[~flagged & ~judgeable(contacts, rules)] = pd.NA
    out["suspicious"] = verdict
    out["suspicion_reasons"] = pd.array(reasons, dtype="string")
    out["suspicion_score"] = score
    out["suspicion_rules"] = pd.array(names, dtype="string")
    out["suspicion_signals"] = pd.array(strongest, dtype="string")
    return out


#: The profile details the suspicion rules weigh most (the contract's optional signals):
#: without any of them, only follow times, creation times read from X ids and handle
#: shapes are left to judge by.
PROFILE_SIGNALS: tuple[str, ...] = (
    "followers_count",
    "following_count",
    "posts_count",
    "has_avatar",
    "bio",
    "account_created",
)


def not_judged(audit: pd.DataFrame) -> pd.Series:
    """Per account, whether it holds nothing to judge by: no profile details, not even a
    handle, and no rule flagged it anyway (a burst of follows, a batch of new accounts).

    X archives list followers by account number only: whatever a flag says about them,
    nobody can tell whether they are people, so the funnel and the sentences count them
    apart ("could not be judged"), neither as people nor as suspicious.

    >>> not_judged(pd.DataFrame({"contact_id": ["x:1", "x:2"], "handle": [None, "ada"]})).tolist()
    [True, False]
    """
    known = pd.Series(False, index=audit.index)
    for column in (*PROFILE_SIGNALS, "handle"):
        if column in audit.columns:
            known |= audit[column].astype("string").str.strip().fillna("").ne("")
    if "suspicious" in audit.columns:
        flagged = audit["suspicious"].astype("boolean").fillna(False).astype(bool)
        known |= flagged
    return ~known


def cannot_judge(audit: pd.DataFrame) -> int:
    """How many accounts hold nothing to judge by (see :func:`not_judged`).

    >>> cannot_judge(pd.DataFrame({"contact_id": ["x:1", "x:2"], "handle": [None, "ada"]}))
    1
    """
    if not len(audit):
        return 0
    return int(not_judged(audit).sum())


def cannot_tell_why(audit: pd.DataFrame) -> str:
    """Why nobody can say how many accounts are probably not people, or ``""`` when one can.

    An export without any profile details (an X archive lists followers by account
    number only) gives the rules almost nothing to judge by. When that leaves nobody
    flagged, "0 suspicious" would be a claim the data cannot support, so every surface
    says "cannot tell" with these words instead. When even so some accounts were
    flagged (bursts of follows, accounts made in one batch), the count stands.

    >>> bare = pd.DataFrame({"contact_id": ["x:12", "x:13"], "platform": ["x", "x"],
    ...                      "suspicious": pd.array([False, False], dtype="boolean")})
    >>> cannot_tell_why(bare)[:52]
    'this X export lists accounts by number only, with no'
    >>> cannot_tell_why(bare.assign(followers_count=[10, 300]))
    ''
    """
    if any(c in audit.columns and bool(audit[c].notna().any()) for c in PROFILE_SIGNALS):
        return ""
    flagged = audit["suspicious"] if "suspicious" in audit.columns else None
    if flagged is not None and bool(flagged.astype("boolean").fillna(False).any()):
        return ""
    platforms = (
        sorted(audit["platform"].dropna().astype(str).unique()) if "platform" in audit else []
    )
    which = f"this {platform_name(platforms[0])} export" if len(platforms) == 1 else "this export"
    has_names = any(c in audit.columns and bool(audit[c].notna().any()) for c in ("name", "handle"))
    listed_by = "by name only" if has_names else "by number only"
    return (
        f"{which} lists accounts {listed_by}, with no profile details (followers, posts, "
        "picture, bio), so nothing in it tells a person from a bought account; a follower "
        "audit CSV from an audit tool adds those details"
    )


#: A kind of case takes turns among the first rows only when its clearest case weighs at
#: least this much (twice the flagging line): a kind whose best is borderline waits.
CLEAR_CASE_SCORE = 2 * SUSPICION_THRESHOLD

#: The kind of case the room reads first: a display name that advertises what the account
#: sells (``thresholds.SELLING_WORDS``) is the clearest case there is, checked at a glance
#: and about no one's background. No rule reads names (the verdict stays name-blind); only
#: the order of the table and its words do.
LEADING_KIND = "advertises"
#: How many rows of each round of turns the advertising names take (the other kinds one
#: each): with five rows shown, a room sees two plain adverts beside three other kinds.
LEADING_TURNS = 2


def advertised(frame: pd.DataFrame) -> pd.Series:
    """Per account, what its display name advertises (a word of
    ``thresholds.SELLING_WORDS``, lower case), ``<NA>`` when nothing.

    >>> advertised(pd.DataFrame({"name": ["Insta Growth Pro", "Growthe Smith", None]})).tolist()
    ['growth', <NA>, <NA>]
    """
    return pd.Series(selling_words(Signals(frame)).to_numpy(), index=frame.index, dtype="string")


def advert_reason(frame: pd.DataFrame) -> pd.Series:
    """The sentence a table shows for an advertising name ("" for the others)."""
    word = advertised(frame)
    name = frame["name"].astype("string") if "name" in frame.columns else word
    said = "its name, " + name + ", advertises " + word
    return said.where(word.notna(), "").fillna("").astype(object)


def _kinds(flagged: pd.DataFrame, rules: dict[str, Rule]) -> pd.Series:
    """Per flagged account, what kind of case it is: :data:`LEADING_KIND` when its name
    advertises, else the reason topic whose rules weigh most for it (``""`` when unknown)."""
    sells = advertised(flagged).notna().to_numpy(bool)
    if "suspicion_rules" not in flagged.columns:
        return pd.Series(np.where(sells, LEADING_KIND, ""), index=flagged.index, dtype=object)
    topic_of = {name: names[0] for names, _ in TOPICS for name in names}
    weight = {name: float(rule.weight) for name, rule in rules.items()}

    def kind(names: str) -> str:
        fired = [n for n in str(names).split(",") if n]
        totals: dict[str, float] = {}
        for name in fired:
            topic = topic_of.get(name, name)
            totals[topic] = totals.get(topic, 0.0) + weight.get(name, 0.0)
        return max(totals, key=totals.get) if totals else ""

    named = flagged["suspicion_rules"].astype("string").fillna("")
    kinds = named.map(kind).astype(object)
    kinds[sells] = LEADING_KIND
    return kinds


def clearest_first(flagged: pd.DataFrame, rules: dict[str, Rule] | None = None) -> pd.DataFrame:
    """Flagged accounts in the order a room should see them: the clearest cases first, of
    every kind.

    Each account has a kind: a name that advertises what it sells
    (:data:`LEADING_KIND`, see :func:`advertised`), else the reason that weighs most for
    it (following many while nobody follows back, being made in a batch, arriving in a
    burst...), which takes turns only when its clearest case weighs
    :data:`CLEAR_CASE_SCORE` or more. Within a kind, accounts go by the added weights
    (``suspicion_score``), then by how lopsided the follow counts are, then by
    ``contact_id``. The first rows take the clearest case of each kind in turn,
    advertising names first (:data:`LEADING_TURNS` of them a round), then kinds by their
    clearest case: a room sees a spam seller, a bought follower, a batch of new accounts,
    and not five times the same reason. Only what the rules weighed decides the order; a
    person's name never does (a name counts only when it advertises), nor the order of
    the export.

    >>> frame = pd.DataFrame({"contact_id": ["a", "b", "c", "d"],
    ...     "suspicion_score": [4.0, 6.0, 6.0, 12.0],
    ...     "name": ["Followers Shop", "Bo", "Cy", "Di"],
    ...     "suspicion_rules": ["spam_pattern", "follows_far_more",
    ...                         "follows_far_more", "follows_far_more,few_posts"],
    ...     "following_count": [900, 800, 2000, 700], "followers_count": [3, 40, 0, 1]})
    >>> clearest_first(frame)["contact_id"].tolist()
    ['a', 'd', 'c', 'b']
    """
    if not len(flagged):
        return flagged
    rules = SUSPICION_RULES if rules is None else rules
    order = pd.DataFrame(index=flagged.index)
    score = flagged["suspicion_score"] if "suspicion_score" in flagged.columns else None
    order["score"] = 0.0 if score is None else pd.to_numeric(score, errors="coerce").fillna(0)
    if {"following_count", "followers_count"} <= set(flagged.columns):
        following = pd.to_numeric(flagged["following_count"], errors="coerce").astype(float)
        followers = pd.to_numeric(flagged["followers_count"], errors="coerce").astype(float)
        order["lopsided"] = (following / followers.clip(lower=1)).fillna(0.0)
    else:
        order["lopsided"] = 0.0
    ids = flagged["contact_id"] if "contact_id" in flagged.columns else flagged.index
    order["id"] = pd.Series(ids, index=flagged.index).astype("string")
    order["kind"] = _kinds(flagged, rules)
    order = order.sort_values(["score", "lopsided", "id"], ascending=[False, False, True],
                              kind="stable")  # fmt: skip
    order["turn"] = order.groupby("kind", sort=False).cumcount()
    order["best"] = order.groupby("kind", sort=False)["score"].transform("max")
    order["lead"] = order["kind"].eq(LEADING_KIND)
    order.loc[order["lead"], "turn"] = order.loc[order["lead"], "turn"] // LEADING_TURNS
    # a kind whose clearest case is borderline comes after the others, clearest first
    weak = (order["best"] < CLEAR_CASE_SCORE) & ~order["lead"]
    order.loc[weak, "turn"] = len(order) + order.loc[weak, "turn"]
    ranked = order.sort_values(["turn", "lead", "best", "score", "lopsided", "id"],
                               ascending=[True, False, False, False, False, True],
                               kind="stable")  # fmt: skip
    return flagged.loc[ranked.index]
