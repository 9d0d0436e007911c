"""The checks behind :data:`realnet_kit.audit.suspicious.SUSPICION_RULES`.

Each check reads the cleaned columns of :class:`Signals` and returns a boolean array:
which accounts the rule fires on. The thresholds they use live in
:mod:`realnet_kit.audit.thresholds`; the words a flagged account is shown
with are written in :mod:`realnet_kit.audit._reasons`, one sentence per fact, so that
rules firing on the same fact do not say it twice.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from realnet_kit.audit import thresholds as cfg
from realnet_kit.audit._signals import Signals

# --- the rules ---------------------------------------------------------------------------


def _follow_counts(s: Signals) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    following, followers = s.count("following_count"), s.count("followers_count")
    return following, followers, following / np.maximum(followers, 1)


def follows_far_more(s: Signals) -> np.ndarray:
    following, _, ratio = _follow_counts(s)
    return (following >= cfg.MANY_FOLLOWING) & (ratio >= cfg.FAR_MORE_RATIO)


def follows_hundreds(s: Signals) -> np.ndarray:
    following, _, ratio = _follow_counts(s)
    return (
        (following >= cfg.MANY_FOLLOWING) & (ratio >= cfg.MORE_RATIO) & (ratio < cfg.FAR_MORE_RATIO)
    )


def follows_more(s: Signals) -> np.ndarray:
    following, _, ratio = _follow_counts(s)
    return (
        (following >= cfg.SOME_FOLLOWING)
        & (following < cfg.MANY_FOLLOWING)
        & (ratio >= cfg.FAR_MORE_RATIO)
    )


def spam_pattern(s: Signals) -> np.ndarray:
    following, _, ratio = _follow_counts(s)
    return (
        (s.count("posts_count") >= cfg.SPAM_MIN_POSTS)
        & (following >= cfg.SPAM_MIN_FOLLOWING)
        & (ratio >= cfg.SPAM_RATIO)
    )


def silent_follower(s: Signals) -> np.ndarray:
    following, followers, ratio = _follow_counts(s)
    return (
        (followers < cfg.FEW_FOLLOWERS)
        & (s.count("posts_count") < cfg.FEW_POSTS)
        & (s.count("listed_count") == 0)
        & (s.count("favourites_count") <= cfg.SILENT_MAX_LIKES)
        & (following >= cfg.SILENT_MIN_FOLLOWING)
        & (ratio >= cfg.SILENT_RATIO)
    )


def few_followers(s: Signals) -> np.ndarray:
    return s.count("followers_count") < cfg.FEW_FOLLOWERS


def few_posts(s: Signals) -> np.ndarray:
    return s.count("posts_count") < cfg.FEW_POSTS


def no_bio(s: Signals) -> np.ndarray:
    return s.blank("bio")


def no_avatar(s: Signals) -> np.ndarray:
    return s.flag("has_avatar") == 0.0


def never_listed(s: Signals) -> np.ndarray:
    return s.count("listed_count") == 0


def _never_liked(s: Signals) -> tuple[np.ndarray, np.ndarray]:
    """Accounts that never liked a post, and which of them follow PASSIVE_MIN_FOLLOWING+."""
    following = s.count("following_count")
    return s.count("favourites_count") == 0, following >= cfg.PASSIVE_MIN_FOLLOWING


def no_likes(s: Signals) -> np.ndarray:
    never, following_many = _never_liked(s)
    return never & ~following_many


def no_likes_while_following(s: Signals) -> np.ndarray:
    never, following_many = _never_liked(s)
    return never & following_many


def follows_fifty_fold(s: Signals) -> np.ndarray:
    following, _, ratio = _follow_counts(s)
    likes = s.count("favourites_count")
    return (
        (following >= cfg.FIFTY_FOLD_MIN_FOLLOWING)
        & (ratio >= cfg.FIFTY_FOLD_RATIO)
        & ~(likes >= cfg.FIFTY_FOLD_MAX_LIKES)  # unknown likes protect nobody
    )


def no_place_or_site(s: Signals) -> np.ndarray:
    known = [c for c in ("location", "url") if s.has(c)]
    if not known:
        return np.zeros(s.n, dtype=bool)
    return np.logical_and.reduce([s.blank(c) for c in known])


def default_profile(s: Signals) -> np.ndarray:
    return s.flag("default_profile") == 1.0


def created_when_followed(s: Signals) -> np.ndarray:
    created, followed = s.created(), s.times("connected_on")
    if created is None or followed is None:
        return np.zeros(s.n, dtype=bool)
    gap = (followed - created).dt.total_seconds().to_numpy(dtype=float, na_value=np.nan)
    return (gap >= -3600) & (gap <= 86400)


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


def follow_burst(s: Signals) -> np.ndarray:
    """Followed in a crowded minute; the crowd sizes are kept for the reasons."""
    s._bursts = _clusters(
        s, s.times("connected_on"), "1min", cfg.BURST_MIN_ACCOUNTS, cfg.BURST_RATE_FACTOR, True
    )
    return s._bursts[0]


def _batches(s: Signals) -> tuple[np.ndarray, np.ndarray]:
    if "_batches" not in s.__dict__:
        s._batches = _clusters(
            s, s.created(), "1h", cfg.BATCH_MIN_ACCOUNTS, cfg.BATCH_RATE_FACTOR, False
        )
    return s._batches


def created_in_batch(s: Signals) -> np.ndarray:
    return _batches(s)[0]


def created_in_big_batch(s: Signals) -> np.ndarray:
    fired, sizes = _batches(s)
    return fired & (sizes >= cfg.BIG_BATCH_ACCOUNTS)


def _digit_share(shape: dict[str, np.ndarray]) -> np.ndarray:
    return shape["digits"] / np.maximum(shape["length"], 1)


def digit_handle(s: Signals) -> np.ndarray:
    shape = s.handle_shape()
    long_enough = shape["length"] >= cfg.DIGIT_HANDLE_MIN_LENGTH
    return shape["known"] & long_enough & (_digit_share(shape) >= cfg.DIGIT_SHARE)


def number_tail_handle(s: Signals) -> np.ndarray:
    shape = s.handle_shape()
    return (
        shape["known"]
        & (shape["trailing_digits"] >= cfg.NUMBER_TAIL_DIGITS)
        & (_digit_share(shape) < cfg.DIGIT_SHARE)
    )


# --- signs of a person (negative weights: they never need words) -------------------------


def active_poster(s: Signals) -> np.ndarray:
    return s.count("posts_count") >= cfg.ACTIVE_POSTS


def likes_posts(s: Signals) -> np.ndarray:
    return s.count("favourites_count") >= cfg.LIKES_POSTS


def listed_by_others(s: Signals) -> np.ndarray:
    return s.count("listed_count") >= 2


def widely_followed(s: Signals) -> np.ndarray:
    following, followers = s.count("following_count"), s.count("followers_count")
    return (followers >= 200) & (followers >= following)


def shares_location(s: Signals) -> np.ndarray:
    return s.flag("geo_enabled") == 1.0


def header_image(s: Signals) -> np.ndarray:
    return s.filled("profile_banner_url")


def verified(s: Signals) -> np.ndarray:
    return s.flag("verified") == 1.0


def you_follow_back(s: Signals) -> np.ndarray:
    if "i_follow" not in s.frame.columns:
        return np.zeros(s.n, dtype=bool)
    return s.frame["i_follow"].astype("boolean").fillna(False).to_numpy(bool)


def selling_words(s: Signals) -> pd.Series:
    """Per account, the first word of :data:`~realnet_kit.audit.thresholds.SELLING_WORDS`
    its display name says (lower case), ``<NA>`` when none."""
    if "name" not in s.frame.columns or not cfg.SELLING_WORDS:
        return pd.Series(pd.NA, index=range(s.n), dtype="string")
    names = s.frame["name"].astype("string").reset_index(drop=True)
    words = "|".join(re.escape(w) for w in sorted(cfg.SELLING_WORDS, key=len, reverse=True))
    found = names.str.lower().str.extract(rf"(?<!\w)({words})(?!\w)", expand=False)
    return found.astype("string")
