"""Relationship measures per week (behind :func:`realnet_kit.weekly_measures`)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from realnet_kit.measure._kinds import GIVE_KINDS, OFFLINE_KINDS, REPLY_WITHIN, clean_interactions
from realnet_kit.words import as_utc

__all__ = ["weekly_measures"]


def _lower_codes(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Factorize a text column, lower-casing only its few distinct values."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    words = np.array([str(u).strip().lower() for u in uniques] + [""], dtype=object)
    return codes, words


def weekly_measures(
    interactions: pd.DataFrame,
    *,
    start: Any = None,
    end: Any = None,
    reply_within: pd.Timedelta | None = None,
) -> pd.DataFrame:
    """Relationship measures per week (weeks start on Monday, UTC).

    Columns: ``week``; ``conversations`` (people with a real two-way exchange that
    week: both directions, or a call or meeting); ``given`` and ``received`` (favours,
    introductions, referrals, reviews, ... see :data:`GIVE_KINDS`); ``offline``
    (meetings, calls, coffees: :data:`OFFLINE_KINDS`); ``messages_in``;
    ``answered_within_day`` (share of their messages you answered within
    ``reply_within``, ``NaN`` in a week with none). Weeks with nothing are kept as zeros,
    from ``start`` (default: the first interaction) to ``end`` (default: the last).
    Computed on integer codes with numpy, so two years of interactions take a blink.
    """

    reply_within = REPLY_WITHIN if reply_within is None else pd.Timedelta(reply_within)
    cols = ["contact_id", "timestamp", "direction", "kind"]
    if interactions is None or len(interactions) == 0:
        inter = clean_interactions(None)
    else:
        missing = [c for c in cols if c not in interactions.columns]
        if missing:
            clean_interactions(interactions)  # raises the teaching error
        inter = interactions
    stamps = pd.to_datetime(inter["timestamp"], utc=True, errors="coerce")
    people = pd.factorize(inter["contact_id"])[0]
    ok = stamps.notna().to_numpy() & (people >= 0)  # no time or no person: not counted
    secs = stamps.to_numpy(dtype="datetime64[s]", na_value=np.datetime64("NaT")).astype(np.int64)
    secs = secs[ok]
    who = people[ok].astype(np.int64)
    d_codes, d_words = _lower_codes(inter["direction"])
    k_codes, k_words = _lower_codes(inter["kind"])
    direction = d_words[d_codes][ok]
    kind = k_words[k_codes][ok]
    is_in, is_out = direction == "in", direction == "out"
    two_way = np.isin(kind, list(OFFLINE_KINDS))
    gives = np.isin(kind, list(GIVE_KINDS))
    monday0 = 4 * 86400  # 1970-01-05 was a Monday
    week = (secs - monday0) // (7 * 86400)
    n_people = int(who.max()) + 1 if len(who) else 1
    key = week * n_people + who
    talk = np.union1d(np.intersect1d(key[is_in], key[is_out]), key[two_way])
    msg = is_in & ~two_way & ~gives
    out_key = np.sort(who[is_out] * 10**10 + secs[is_out])
    in_key = who[msg] * 10**10 + secs[msg]
    nxt = np.searchsorted(out_key, in_key, side="left")
    found = nxt < len(out_key)
    if len(out_key):
        reply = np.where(found, out_key[np.minimum(nxt, len(out_key) - 1)], -1)
    else:  # nothing was ever sent: no message was answered
        reply = np.full(len(in_key), -1, dtype=np.int64)
    same = found & (reply // 10**10 == who[msg])
    on_time = same & (reply - in_key <= int(reply_within.total_seconds()))
    if len(week):
        lo_w, hi_w = int(week.min()), int(week.max())
    lo_w = _week_index(start) if start is not None else (lo_w if len(week) else None)
    hi_w = _week_index(end) if end is not None else (hi_w if len(week) else None)
    if lo_w is None or hi_w is None or hi_w < lo_w:
        weeks = np.array([], dtype=np.int64)
    else:
        weeks = np.arange(lo_w, hi_w + 1)

    def count(w: np.ndarray) -> np.ndarray:
        inside = (w >= weeks[0]) & (w <= weeks[-1]) if len(weeks) else np.zeros(len(w), bool)
        return np.bincount(w[inside] - (weeks[0] if len(weeks) else 0), minlength=len(weeks))

    msg_week = week[msg]
    n_msgs = count(msg_week)
    n_on_time = count(msg_week[on_time])
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(n_msgs > 0, n_on_time / np.maximum(n_msgs, 1), np.nan)
    starts = pd.to_datetime(monday0 + weeks * 7 * 86400, unit="s", utc=True)
    return pd.DataFrame({
        "week": starts.as_unit("us") if len(weeks) else pd.DatetimeIndex([], tz="UTC"),
        "conversations": count(talk // n_people).astype("int64"),
        "given": count(week[gives & is_out]).astype("int64"),
        "received": count(week[gives & is_in]).astype("int64"),
        "offline": count(week[two_way]).astype("int64"),
        "messages_in": n_msgs.astype("int64"),
        "answered_within_day": share.astype("float64"),
    })  # fmt: skip


def _week_index(value: Any) -> int:
    ts = as_utc(value)
    return int((ts.value // 10**9 - 4 * 86400) // (7 * 86400))
