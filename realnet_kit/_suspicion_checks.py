"""The checks behind :data:`realnet_kit.suspicious.SUSPICION_RULES`.

Each check reads the cleaned columns of :class:`Signals` and returns a boolean array
(which accounts the rule fires on) and the reason in words: one string for all, or a
Series with one reason per fired account, built with vectorised string operations.
The thresholds they use live in :mod:`realnet_kit.suspicious`, beside the weights.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from realnet_kit._suspicion_signals import Signals

# A reason is one text for every fired row, or a function that writes the reasons of
# the rows it is given (a boolean mask): only the accounts finally flagged get one.
LazyReason = Callable[[np.ndarray], pd.Series]
Reason = str | LazyReason


class _Config:
    """The thresholds, read from :mod:`realnet_kit.suspicious` when a check runs."""

    def __getattr__(self, name: str):
        from realnet_kit import suspicious

        return getattr(suspicious, name)


cfg = _Config()


def _fmt(values: np.ndarray) -> pd.Series:
    """Counts with thousands separators ("4,980"), only ever for the rows that fired."""
    return pd.Series([f"{v:,.0f}" for v in values], dtype=object)


def _times(word: str, values: np.ndarray) -> pd.Series:
    text = _fmt(values)
    return text.where(values != 1, "once").where(values == 1, text + f" {word}")


# --- the rules ---------------------------------------------------------------------------


def _follow_counts(s: Signals) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    following, followers = s.count("following_count"), s.count("followers_count")
    return following, followers, following / np.maximum(followers, 1)


def follows_far_more(s: Signals) -> tuple[np.ndarray, Reason]:
    following, followers, ratio = _follow_counts(s)
    fired = (following >= cfg.MANY_FOLLOWING) & (ratio >= cfg.FAR_MORE_RATIO)
    return fired, _ratio_reason(following, followers)


def follows_hundreds(s: Signals) -> tuple[np.ndarray, Reason]:
    following, followers, ratio = _follow_counts(s)
    fired = (
        (following >= cfg.MANY_FOLLOWING) & (ratio >= cfg.MORE_RATIO) & (ratio < cfg.FAR_MORE_RATIO)
    )
    return fired, _ratio_reason(following, followers)


def follows_more(s: Signals) -> tuple[np.ndarray, Reason]:
    following, followers, ratio = _follow_counts(s)
    fired = (
        (following >= cfg.SOME_FOLLOWING)
        & (following < cfg.MANY_FOLLOWING)
        & (ratio >= cfg.FAR_MORE_RATIO)
    )
    return fired, _ratio_reason(following, followers)


def spam_pattern(s: Signals) -> tuple[np.ndarray, Reason]:
    following, followers, ratio = _follow_counts(s)
    posts = s.count("posts_count")
    fired = (
        (posts >= cfg.SPAM_MIN_POSTS)
        & (following >= cfg.SPAM_MIN_FOLLOWING)
        & (ratio >= cfg.SPAM_RATIO)
    )

    def text(rows: np.ndarray) -> pd.Series:
        return (
            "posted "
            + _fmt(posts[rows])
            + " times to "
            + _fmt(followers[rows])
            + " followers while following "
            + _fmt(following[rows])
        )

    return fired, text


def silent_follower(s: Signals) -> tuple[np.ndarray, Reason]:
    following, followers, ratio = _follow_counts(s)
    posts, likes = s.count("posts_count"), s.count("favourites_count")
    fired = (
        (followers < cfg.FEW_FOLLOWERS)
        & (posts < cfg.FEW_POSTS)
        & (s.count("listed_count") == 0)
        & (likes <= cfg.SILENT_MAX_LIKES)
        & (following >= cfg.SILENT_MIN_FOLLOWING)
        & (ratio >= cfg.SILENT_RATIO)
    )

    # the few_followers, few_posts, never_listed and no_likes reasons beside this one
    # already give those numbers; add the likes when there are some, and how many it
    # follows when no follows_* rule will say it
    said = ((following >= cfg.SOME_FOLLOWING) & (ratio >= cfg.FAR_MORE_RATIO)) | (
        (following >= cfg.MANY_FOLLOWING) & (ratio >= cfg.MORE_RATIO)
    )

    def text(rows: np.ndarray) -> pd.Series:
        liked = (", liked only " + _times("posts", likes[rows])).where(likes[rows] != 0, "")
        follows = (", follows " + _fmt(following[rows])).where(~said[rows], "")
        return "silent on every count at once" + follows + liked

    return fired, text


def _ratio_reason(following: np.ndarray, followers: np.ndarray) -> LazyReason:
    def text(rows: np.ndarray) -> pd.Series:
        by = _fmt(followers[rows]).where(followers[rows] != 0, "nobody")
        return "follows " + _fmt(following[rows]) + " accounts but is followed by " + by

    return text


def few_followers(s: Signals) -> tuple[np.ndarray, Reason]:
    followers = s.count("followers_count")
    fired = followers < cfg.FEW_FOLLOWERS

    def text(rows: np.ndarray) -> pd.Series:
        values = followers[rows]
        return ("followed by only " + _fmt(values) + " accounts").where(
            values != 0, "followed by nobody"
        )

    return fired, text


def few_posts(s: Signals) -> tuple[np.ndarray, Reason]:
    posts = s.count("posts_count")
    fired = posts < cfg.FEW_POSTS

    def text(rows: np.ndarray) -> pd.Series:
        values = posts[rows]
        return ("has posted only " + _times("times", values)).where(values != 0, "has never posted")

    return fired, text


def no_bio(s: Signals) -> tuple[np.ndarray, Reason]:
    return s.blank("bio"), "no bio"


def no_avatar(s: Signals) -> tuple[np.ndarray, Reason]:
    return s.flag("has_avatar") == 0.0, "no profile picture"


def never_listed(s: Signals) -> tuple[np.ndarray, Reason]:
    return s.count("listed_count") == 0, "nobody has put it on a list"


def _never_liked(s: Signals) -> tuple[np.ndarray, np.ndarray]:
    """Accounts that never liked a post, and which of them follow PASSIVE_MIN_FOLLOWING+."""
    following = s.count("following_count")
    return s.count("favourites_count") == 0, following >= cfg.PASSIVE_MIN_FOLLOWING


def no_likes(s: Signals) -> tuple[np.ndarray, Reason]:
    never, following_many = _never_liked(s)
    return never & ~following_many, "has never liked a post"


def no_likes_while_following(s: Signals) -> tuple[np.ndarray, Reason]:
    never, following_many = _never_liked(s)
    return never & following_many, "has never liked a post"


def follows_fifty_fold(s: Signals) -> tuple[np.ndarray, Reason]:
    following, followers, ratio = _follow_counts(s)
    likes = s.count("favourites_count")
    fired = (
        (following >= cfg.FIFTY_FOLD_MIN_FOLLOWING)
        & (ratio >= cfg.FIFTY_FOLD_RATIO)
        & ~(likes >= cfg.FIFTY_FOLD_MAX_LIKES)  # unknown likes protect nobody
    )

    def text(rows: np.ndarray) -> pd.Series:
        per = ("follows " + _fmt(ratio[rows]) + " accounts for each one that follows it").where(
            followers[rows] != 0, "not one follower for all those follows"
        )
        liked = likes[rows]
        some = (liked > 0) & ~np.isnan(liked)  # no likes at all: no_likes already says so
        return per + (", and has liked only " + _times("posts", liked)).where(some, "")

    return fired, text


def no_place_or_site(s: Signals) -> tuple[np.ndarray, Reason]:
    known = [c for c in ("location", "url") if s.has(c)]
    if not known:
        return np.zeros(s.n, dtype=bool), ""
    fired = np.logical_and.reduce([s.blank(c) for c in known])
    words = {"location": "location", "url": "website"}
    return fired, "no " + " or ".join(words[c] for c in known)


def default_profile(s: Signals) -> tuple[np.ndarray, Reason]:
    return s.flag("default_profile") == 1.0, "never changed the default profile look"


def created_when_followed(s: Signals) -> tuple[np.ndarray, Reason]:
    created, followed = s.created(), s.times("connected_on")
    if created is None or followed is None:
        return np.zeros(s.n, dtype=bool), ""
    gap = (followed - created).dt.total_seconds().to_numpy(dtype=float, na_value=np.nan)
    return (gap >= -3600) & (gap <= 86400), "account created the day it followed you"


def _clusters(
    s: Signals,
    when: pd.Series | None,
    bucket: str,
    minimum: int,
    factor: float,
    followers_only: bool,
) -> tuple[np.ndarray, np.ndarray]:
    """Rows whose time ``when`` falls in a crowded ``bucket`` (per platform).

    A bucket is crowded with at least ``minimum`` rows and ``factor`` times the rows an
    even spread over the whole time span would put there. Buckets are counted twice,
    the second time shifted by half a bucket, so a batch that straddles a boundary is
    still seen whole. Sources that only know the day (all times at midnight) are left
    out: they would look like one giant cluster.
    """
    fired = np.zeros(s.n, dtype=bool)
    sizes = np.zeros(s.n)
    if when is None:
        return fired, sizes
    usable = when.notna()
    if followers_only and "follows_me" in s.frame.columns:
        follows = s.frame["follows_me"].astype("boolean").fillna(True).reset_index(drop=True)
        usable &= follows
    platform = (
        s.frame["platform"].astype("string").fillna("").reset_index(drop=True)
        if "platform" in s.frame.columns
        else pd.Series("", index=when.index)
    )
    width = pd.Timedelta(bucket)
    for _, times in when[usable].groupby(platform[usable]):
        if len(times) < minimum or (times.dt.floor("D") != times).mean() < 0.5:
            continue
        span = (times.max() - times.min()) / width + 1
        needed = max(minimum, factor * len(times) / span)
        size = np.zeros(len(times))
        for shift in (pd.Timedelta(0), width / 2):
            keys = (times + shift).dt.floor(bucket)
            size = np.maximum(size, keys.map(keys.value_counts()).to_numpy(float))
        hit = size >= needed
        fired[times.index[hit]] = True
        sizes[times.index[hit]] = size[hit]
    return fired, sizes


def follow_burst(s: Signals) -> tuple[np.ndarray, Reason]:
    fired, sizes = _clusters(
        s, s.times("connected_on"), "1min", cfg.BURST_MIN_ACCOUNTS, cfg.BURST_RATE_FACTOR, True
    )
    return (
        fired,
        lambda rows: (
            "one of " + _fmt(sizes[rows]) + " accounts that followed you within the same minute"
        ),
    )


def _batches(s: Signals) -> tuple[np.ndarray, np.ndarray]:
    if "_batches" not in s.__dict__:
        s._batches = _clusters(
            s, s.created(), "1h", cfg.BATCH_MIN_ACCOUNTS, cfg.BATCH_RATE_FACTOR, False
        )
    return s._batches


def created_in_batch(s: Signals) -> tuple[np.ndarray, Reason]:
    fired, sizes = _batches(s)
    return (
        fired,
        lambda rows: (
            "one of " + _fmt(sizes[rows]) + " of these accounts created within the same hour"
        ),
    )


def created_in_big_batch(s: Signals) -> tuple[np.ndarray, Reason]:
    fired, sizes = _batches(s)
    fired = fired & (sizes >= cfg.BIG_BATCH_ACCOUNTS)
    return fired, "a batch that big cannot be chance"


def _digit_share(shape: dict[str, np.ndarray]) -> np.ndarray:
    return shape["digits"] / np.maximum(shape["length"], 1)


def _with_handle(s: Signals, words: str) -> LazyReason:
    def text(rows: np.ndarray) -> pd.Series:
        return words + " (" + s.handle()[rows].reset_index(drop=True).astype(object) + ")"

    return text


def digit_handle(s: Signals) -> tuple[np.ndarray, Reason]:
    shape = s.handle_shape()
    fired = shape["known"] & (shape["length"] >= 4) & (_digit_share(shape) >= cfg.DIGIT_SHARE)
    return fired, _with_handle(s, "a handle that is mostly digits")


def number_tail_handle(s: Signals) -> tuple[np.ndarray, Reason]:
    shape = s.handle_shape()
    fired = (
        shape["known"]
        & (shape["trailing_digits"] >= cfg.NUMBER_TAIL_DIGITS)
        & (_digit_share(shape) < cfg.DIGIT_SHARE)
    )
    return fired, _with_handle(s, "a name with a long number glued on")


def random_handle(s: Signals) -> tuple[np.ndarray, Reason]:
    shape = s.handle_shape()
    fired = shape["known"] & (shape["consonant_run"] >= cfg.CONSONANT_RUN)
    return fired, _with_handle(s, "a handle of random letters")


def active_poster(s: Signals) -> tuple[np.ndarray, Reason]:
    return s.count("posts_count") >= cfg.ACTIVE_POSTS, ""


def likes_posts(s: Signals) -> tuple[np.ndarray, Reason]:
    return s.count("favourites_count") >= cfg.LIKES_POSTS, ""


def listed_by_others(s: Signals) -> tuple[np.ndarray, Reason]:
    return s.count("listed_count") >= 2, ""


def widely_followed(s: Signals) -> tuple[np.ndarray, Reason]:
    following, followers = s.count("following_count"), s.count("followers_count")
    return (followers >= 200) & (followers >= following), ""


def shares_location(s: Signals) -> tuple[np.ndarray, Reason]:
    return s.flag("geo_enabled") == 1.0, ""


def header_image(s: Signals) -> tuple[np.ndarray, Reason]:
    return s.filled("profile_banner_url"), ""


def verified(s: Signals) -> tuple[np.ndarray, Reason]:
    return s.flag("verified") == 1.0, ""


def you_follow_back(s: Signals) -> tuple[np.ndarray, Reason]:
    if "i_follow" not in s.frame.columns:
        return np.zeros(s.n, dtype=bool), ""
    return s.frame["i_follow"].astype("boolean").fillna(False).to_numpy(bool), ""
