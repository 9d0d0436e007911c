"""Which followers are probably not people: transparent rules, plain reasons.

Every rule lives in :data:`SUSPICION_RULES`, with its weight, the columns it needs and
where the idea comes from. An account is flagged when the weights of the rules it
breaks add up to :data:`SUSPICION_THRESHOLD` or more, so no single quirk (a handle with a
number in it, a missing bio) is enough on its own; a few "looks like a real person"
rules carry negative weights. Each rule that fires adds a reason in plain words with the
real numbers, e.g. "follows 4,980 accounts but is followed by 3".

The signals come from the published research on bought followers: Cresci et al. (2015),
"Fame for sale: efficient detection of fake Twitter followers" (Decision Support Systems
80), which bought 3,351 fake followers from three sellers and compared them with 1,950
verified people, found that the profile counts (friends against followers, how many
tweets, being on someone's list) separate them best, while single "media" rules (has a
picture, has a name) do poorly; the rule sets it reviewed (Camisani-Calzolari's: at least
30 followers, at least 50 tweets, a bio, a location, a URL, listed; State of Search's:
followers at least half the friends) are the starting points here, combined with weights
instead of used alone. With only an export (handles and times) the rules fall back on
bursts of follows in the same minute and machine-made handles.

Missing columns and missing values never count as evidence. A text column (bio,
location, url) counts as "left blank" only when the source filled it for some accounts,
so a blank there means the person left it empty rather than that the export lacks it.

>>> import pandas as pd
>>> from realnet_kit.suspicious import flag_suspicious
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

# An account is flagged when the weights of its rules add up to this or more.
SUSPICION_THRESHOLD = 3.0

# Follows arriving in one clock minute count as a burst when there are at least this
# many of them AND this many times more than the account's average follows per minute.
BURST_MIN_ACCOUNTS = 10
BURST_RATE_FACTOR = 20

# Handle shapes that machines produce when they register accounts in bulk.
DIGIT_SHARE = 0.5  # "mostly digits"
NUMBER_TAIL_DIGITS = 5  # "anna_k482913": a name with a long number glued on
CONSONANT_RUN = 6  # "xkqtzvbr": letters no language strings together

_Reason = pd.Series | str
_Check = Callable[["Signals"], tuple[np.ndarray, _Reason]]


@dataclass(frozen=True)
class Rule:
    """One named signal: its weight, the columns it needs, why it is there."""

    name: str
    weight: float
    needs: tuple[str, ...]
    meaning: str
    check: _Check


class Signals:
    """The columns the rules read, cleaned once: counts as floats, NaN when unknown."""

    def __init__(self, contacts: pd.DataFrame) -> None:
        self.frame = contacts
        self.n = len(contacts)

    def has(self, column: str) -> bool:
        return column in self.frame.columns and bool(self.frame[column].notna().any())

    def count(self, column: str) -> np.ndarray:
        if column not in self.frame.columns:
            return np.full(self.n, np.nan)
        values = pd.to_numeric(self.frame[column], errors="coerce")
        return values.astype("float64").to_numpy(na_value=np.nan)

    def blank(self, column: str) -> np.ndarray:
        """True where a text field was left empty in a source that fills it for others."""
        if not self.has(column):
            return np.zeros(self.n, dtype=bool)
        text = self.frame[column].astype("string").str.strip()
        empty = text.isna() | (text == "")
        if bool(empty.all()):  # nobody has it: the source does not carry this field
            return np.zeros(self.n, dtype=bool)
        return empty.to_numpy(dtype=bool)

    def flag(self, column: str) -> np.ndarray:
        """1.0 / 0.0 / NaN from booleans or the 1/0/true/false/blank of audit CSVs."""
        if not self.has(column):
            return np.full(self.n, np.nan)
        raw = self.frame[column]
        if pd.api.types.is_bool_dtype(raw):
            return raw.astype("float64").to_numpy(na_value=np.nan)
        text = raw.astype("string").str.strip().str.lower()
        out = pd.Series(np.nan, index=raw.index)
        out[text.isin(["1", "true", "yes", "t", "1.0"]).fillna(False).to_numpy()] = 1.0
        out[text.isin(["0", "false", "no", "f", "0.0"]).fillna(False).to_numpy()] = 0.0
        # audit CSVs write true as 1 and false as a blank: with some 1s present, blank is 0
        if bool((out == 1.0).any()) and not bool((out == 0.0).any()):
            out = out.fillna(0.0)
        return out.to_numpy()

    def handle(self) -> pd.Series:
        if "handle" not in self.frame.columns:
            return pd.Series(pd.NA, index=range(self.n), dtype="string")
        handles = self.frame["handle"].astype("string").str.split("@").str[0]
        return handles.reset_index(drop=True)


def _fmt(values: np.ndarray) -> pd.Series:
    """Counts with thousands separators ("4,980"), only ever for the rows that fired."""
    return pd.Series([f"{v:,.0f}" for v in values], dtype=object)


def _times(word: str, values: np.ndarray) -> pd.Series:
    text = _fmt(values)
    return text.where(values != 1, "once").where(values == 1, text + f" {word}")


# --- the rules ---------------------------------------------------------------------------


def _follows_far_more(s: Signals) -> tuple[np.ndarray, _Reason]:
    following, followers = s.count("following_count"), s.count("followers_count")
    fired = (following >= 100) & (following >= 10 * np.maximum(followers, 1))
    return fired, _ratio_reason(following[fired], followers[fired])


def _follows_more(s: Signals) -> tuple[np.ndarray, _Reason]:
    following, followers = s.count("following_count"), s.count("followers_count")
    strong = (following >= 100) & (following >= 10 * np.maximum(followers, 1))
    fired = (following >= 50) & (following >= 3 * np.maximum(followers, 1)) & ~strong
    return fired, _ratio_reason(following[fired], followers[fired])


def _ratio_reason(following: np.ndarray, followers: np.ndarray) -> pd.Series:
    by = _fmt(followers).where(followers != 0, "nobody")
    return "follows " + _fmt(following) + " accounts but is followed by " + by


def _few_followers(s: Signals) -> tuple[np.ndarray, _Reason]:
    followers = s.count("followers_count")
    fired = followers < 30
    values = followers[fired]
    text = "followed by only " + _fmt(values) + " accounts"
    return fired, text.where(values != 0, "followed by nobody")


def _few_posts(s: Signals) -> tuple[np.ndarray, _Reason]:
    posts = s.count("posts_count")
    fired = posts < 50
    values = posts[fired]
    return fired, ("has posted only " + _times("times", values)).where(
        values != 0, "has never posted"
    )


def _no_bio(s: Signals) -> tuple[np.ndarray, _Reason]:
    return s.blank("bio"), "no bio"


def _no_avatar(s: Signals) -> tuple[np.ndarray, _Reason]:
    return s.flag("has_avatar") == 0.0, "no profile picture"


def _never_listed(s: Signals) -> tuple[np.ndarray, _Reason]:
    return s.count("listed_count") == 0, "nobody has put it on a list"


def _no_likes(s: Signals) -> tuple[np.ndarray, _Reason]:
    return s.count("favourites_count") == 0, "has never liked a post"


def _no_place_or_site(s: Signals) -> tuple[np.ndarray, _Reason]:
    known = [c for c in ("location", "url") if s.has(c)]
    if not known:
        return np.zeros(s.n, dtype=bool), ""
    fired = np.logical_and.reduce([s.blank(c) for c in known])
    words = {"location": "location", "url": "website"}
    return fired, "no " + " or ".join(words[c] for c in known)


def _default_profile(s: Signals) -> tuple[np.ndarray, _Reason]:
    return s.flag("default_profile") == 1.0, "never changed the default profile look"


def _created_when_followed(s: Signals) -> tuple[np.ndarray, _Reason]:
    frame = s.frame
    if "account_created" not in frame.columns or "connected_on" not in frame.columns:
        return np.zeros(s.n, dtype=bool), ""
    created = pd.to_datetime(frame["account_created"], utc=True, errors="coerce")
    followed = pd.to_datetime(frame["connected_on"], utc=True, errors="coerce")
    gap = (followed - created).dt.total_seconds().to_numpy(dtype=float, na_value=np.nan)
    return (gap >= -3600) & (gap <= 86400), "account created the day it followed you"


def _follow_burst(s: Signals) -> tuple[np.ndarray, _Reason]:
    frame = s.frame
    fired = np.zeros(s.n, dtype=bool)
    sizes = np.zeros(s.n)
    if "connected_on" not in frame.columns:
        return fired, ""
    when = pd.to_datetime(frame["connected_on"], utc=True, errors="coerce").reset_index(drop=True)
    follower = pd.Series(True, index=when.index)
    if "follows_me" in frame.columns:
        follower = frame["follows_me"].astype("boolean").fillna(True).reset_index(drop=True)
    platform = (
        frame["platform"].astype("string").fillna("").reset_index(drop=True)
        if "platform" in frame.columns
        else pd.Series("", index=when.index)
    )
    usable = when.notna() & follower
    for _, times in when[usable].groupby(platform[usable]):
        # exports that only know the day (LinkedIn) would look like one giant burst
        if (times.dt.floor("min") != times.dt.floor("D")).mean() < 0.5:
            continue
        minutes = times.dt.floor("min")
        if minutes.nunique() < 2:
            continue
        span = (times.max() - times.min()).total_seconds() / 60 + 1
        per_minute = minutes.map(minutes.value_counts()).to_numpy()
        needed = max(BURST_MIN_ACCOUNTS, BURST_RATE_FACTOR * len(times) / span)
        hit = per_minute >= needed
        fired[times.index[hit]] = True
        sizes[times.index[hit]] = per_minute[hit]
    reason = "one of " + _fmt(sizes[fired]) + " accounts that followed you within the same minute"
    return fired, reason


def _digit_share(s: Signals) -> tuple[pd.Series, pd.Series]:
    handle = s.handle()
    length = handle.str.len().astype("Float64")
    share = (handle.str.count(r"\d").astype("Float64") / length).fillna(0.0)
    share = share.astype("float64")
    return handle, share


def _digit_handle(s: Signals) -> tuple[np.ndarray, _Reason]:
    handle, share = _digit_share(s)
    fired = ((share >= DIGIT_SHARE) & (handle.str.len() >= 4).fillna(False)).to_numpy(bool)
    return fired, "a handle that is mostly digits (" + handle[fired].reset_index(drop=True) + ")"


def _number_tail_handle(s: Signals) -> tuple[np.ndarray, _Reason]:
    handle, share = _digit_share(s)
    tail = handle.str.contains(rf"[A-Za-z].*\d{{{NUMBER_TAIL_DIGITS},}}$", regex=True)
    fired = (tail.fillna(False) & (share < DIGIT_SHARE)).to_numpy(bool)
    return fired, "a name with a long number glued on (" + handle[fired].reset_index(
        drop=True
    ) + ")"


def _random_handle(s: Signals) -> tuple[np.ndarray, _Reason]:
    handle = s.handle()
    pattern = rf"[bcdfghjklmnpqrstvwxz]{{{CONSONANT_RUN},}}"
    fired = handle.str.lower().str.contains(pattern, regex=True).fillna(False).to_numpy(bool)
    return fired, "a handle of random letters (" + handle[fired].reset_index(drop=True) + ")"


def _active_poster(s: Signals) -> tuple[np.ndarray, _Reason]:
    return s.count("posts_count") >= 1000, ""


def _listed_by_others(s: Signals) -> tuple[np.ndarray, _Reason]:
    return s.count("listed_count") >= 2, ""


def _widely_followed(s: Signals) -> tuple[np.ndarray, _Reason]:
    following, followers = s.count("following_count"), s.count("followers_count")
    return (followers >= 200) & (followers >= following), ""


def _verified(s: Signals) -> tuple[np.ndarray, _Reason]:
    return s.flag("verified") == 1.0, ""


def _you_follow_back(s: Signals) -> tuple[np.ndarray, _Reason]:
    if "i_follow" not in s.frame.columns:
        return np.zeros(s.n, dtype=bool), ""
    return s.frame["i_follow"].astype("boolean").fillna(False).to_numpy(bool), ""


_RULES = (
    Rule("follows_far_more", 2.0, ("following_count", "followers_count"),
         "Follows at least 100 accounts and ten times more than follow it back. Bought "
         "followers follow hundreds to keep their own accounts alive but few follow them "
         "(Cresci 2015: sellers' accounts average 216-864 friends and 10-34 followers, "
         "verified people about as many followers as friends).", _follows_far_more),
    Rule("few_followers", 1.5, ("followers_count",),
         "Fewer than 30 followers (Camisani-Calzolari's threshold, reviewed by Cresci "
         "2015).", _few_followers),
    Rule("few_posts", 1.5, ("posts_count",),
         "Fewer than 50 posts ever (Camisani-Calzolari's threshold; bought accounts "
         "average 20-135 tweets against over 1,000 for people in Cresci 2015).", _few_posts),
    Rule("created_when_followed", 2.0, ("account_created", "connected_on"),
         "The account was made on the day it followed you: made to order.",
         _created_when_followed),
    Rule("follow_burst", 2.0, ("connected_on",),
         f"Followed you in a minute when at least {BURST_MIN_ACCOUNTS} accounts (and "
         f"{BURST_RATE_FACTOR} times the usual rate) did: a delivered order, not "
         "word of mouth.", _follow_burst),
    Rule("follows_more", 1.0, ("following_count", "followers_count"),
         "Follows at least 50 accounts and three times more than follow it (the State "
         "of Search rule asks followers to be at least half the friends).", _follows_more),
    Rule("no_bio", 1.0, ("bio",), "Left the bio empty (Camisani-Calzolari).", _no_bio),
    Rule("no_avatar", 1.0, ("has_avatar",),
         "Still has the platform's default picture (weak alone: Cresci 2015 found many "
         "bought accounts with a picture).", _no_avatar),
    Rule("digit_handle", 1.0, ("handle",),
         "Half or more of the handle is digits, like the names bulk registration picks.",
         _digit_handle),
    Rule("no_likes", 0.75, ("favourites_count",),
         "Has never liked anything (bought accounts stay passive).", _no_likes),
    Rule("number_tail_handle", 1.0, ("handle",),
         f"A name followed by {NUMBER_TAIL_DIGITS} or more digits.", _number_tail_handle),
    Rule("random_handle", 1.0, ("handle",),
         f"{CONSONANT_RUN} or more consonants in a row: letters picked at random.",
         _random_handle),
    Rule("never_listed", 0.5, ("listed_count",),
         "Nobody has put it on a list (Camisani-Calzolari; almost no bought account is "
         "listed, but many quiet people are not either).", _never_listed),
    Rule("no_place_or_site", 0.5, ("location", "url"),
         "Neither a location nor a website (Camisani-Calzolari).", _no_place_or_site),
    Rule("default_profile", 0.5, ("default_profile",),
         "Never changed the default look of the profile.", _default_profile),
    Rule("active_poster", -1.5, ("posts_count",),
         "Has posted 1,000 times or more: bought accounts rarely do.", _active_poster),
    Rule("listed_by_others", -1.0, ("listed_count",),
         "At least two people put it on a list: someone finds it worth reading.",
         _listed_by_others),
    Rule("widely_followed", -1.0, ("followers_count", "following_count"),
         "At least 200 followers and more followers than accounts it follows: bought "
         "accounts average 10-34 followers (Cresci 2015).", _widely_followed),
    Rule("you_follow_back", -1.0, ("i_follow",),
         "You follow it yourself, so you have seen it.", _you_follow_back),
    Rule("verified", -3.0, ("verified",), "The platform verified who runs it.", _verified),
)  # fmt: skip

#: Every rule by name, heaviest first: edit a weight here to tune the audit.
SUSPICION_RULES: dict[str, Rule] = {rule.name: rule for rule in _RULES}

#: Each rule that adds suspicion in a few words, for tallies ("top reasons").
RULE_SUMMARIES: dict[str, str] = {
    "follows_far_more": "follows ten times more accounts than follow it",
    "few_followers": "fewer than 30 followers",
    "few_posts": "fewer than 50 posts",
    "created_when_followed": "account created the day it followed you",
    "follow_burst": "arrived in a burst of follows within one minute",
    "follows_more": "follows three times more accounts than follow it",
    "no_bio": "no bio",
    "no_avatar": "no profile picture",
    "digit_handle": "handle mostly digits",
    "no_likes": "never liked a post",
    "number_tail_handle": "name with a long number glued on",
    "random_handle": "handle of random letters",
    "never_listed": "on nobody's list",
    "no_place_or_site": "no location or website",
    "default_profile": "default profile look",
}


def describe_rules() -> pd.DataFrame:
    """The rules as a table to show a room: name, weight, what it needs, why.

    >>> describe_rules().loc[0, "rule"]
    'follows_far_more'
    """
    return pd.DataFrame(
        [(r.name, r.weight, ", ".join(r.needs), r.meaning) for r in SUSPICION_RULES.values()],
        columns=["rule", "weight", "needs", "meaning"],
    )


def score_suspicion(contacts: pd.DataFrame, rules: dict[str, Rule] | None = None):
    """Per-account score, reasons and rule names (before the threshold).

    See :func:`flag_suspicious`, which applies the threshold.
    """
    rules = SUSPICION_RULES if rules is None else rules
    signals = Signals(contacts)
    score = np.zeros(len(contacts))
    reasons = pd.Series("", index=range(len(contacts)), dtype="object")
    names = pd.Series("", index=range(len(contacts)), dtype="object")
    for rule in rules.values():
        fired, reason = rule.check(signals)
        fired = np.asarray(fired, dtype=bool)
        if not fired.any():
            continue
        score[fired] += rule.weight
        if rule.weight > 0:
            text = reason if isinstance(reason, str) else reason.to_numpy(dtype=object)
            reasons[fired] = reasons[fired] + "; " + text
            names[fired] = names[fired] + "," + rule.name
    return score, reasons.str.removeprefix("; "), names.str.removeprefix(",")


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
        The same rows in the same order, plus ``suspicious`` (boolean),
        ``suspicion_reasons`` (reasons joined by ``"; "``, empty when not suspicious),
        ``suspicion_score`` (the added weights) and ``suspicion_rules`` (the names of
        the rules behind the reasons, comma-separated, for tallies).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"handle": ["bakerbob"], "followers_count": [3],
    ...                    "following_count": [4980], "posts_count": [0]})
    >>> flag_suspicious(df).loc[0, "suspicion_reasons"]
    'follows 4,980 accounts but is followed by 3; followed by only 3 accounts; has never posted'
    """
    score, reasons, names = score_suspicion(contacts, rules)
    flagged = score >= threshold
    out = contacts.copy()
    out["suspicious"] = pd.array(flagged, dtype="boolean")
    out["suspicion_reasons"] = pd.array(np.where(flagged, reasons.to_numpy(), ""), dtype="string")
    out["suspicion_score"] = score
    out["suspicion_rules"] = pd.array(np.where(flagged, names.to_numpy(), ""), dtype="string")
    return out
