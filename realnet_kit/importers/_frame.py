"""Build contact frames with the contract's columns, in order, with exact dtypes.

Every platform loader hands :func:`build_frame` plain Python lists (or arrays), one per
column it knows; the builder fills the rest with missing values of the right dtype, so
a frame from any platform looks the same to the rest of the toolkit.

>>> frame = build_frame("x", contact_id=["x:12"], profile_url=["https://x.com/i/user/12"])
>>> list(frame.columns[:4])
['contact_id', 'platform', 'handle', 'name']
>>> str(frame["follows_me"].dtype)
'boolean'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from realnet_kit.importers.values import EARLIEST_YEAR, LATEST_YEAR, parse_dates, warn_out_of_range

#: The contract's columns, in the order every contact frame starts with.
COLUMNS: tuple[str, ...] = (
    "contact_id",
    "platform",
    "handle",
    "name",
    "profile_url",
    "email",
    "company",
    "position",
    "follows_me",
    "i_follow",
    "connected_on",
)
STRING_COLUMNS = (
    "contact_id",
    "platform",
    "handle",
    "name",
    "profile_url",
    "email",
    "company",
    "position",
)
FLAG_COLUMNS = ("follows_me", "i_follow")

#: Optional profile signals and their dtypes.
SIGNAL_DTYPES: dict[str, str] = {
    "followers_count": "Int64",
    "following_count": "Int64",
    "posts_count": "Int64",
    "has_avatar": "boolean",
    "bio": "string",
    "account_created": "datetime64[ns, UTC]",
}

#: Internal column: True when ``contact_id`` names one account (an account id, a
#: username, a profile URL), so two rows with that id are the same account and merge.
#: False when the id is only a slug of a name, so equal ids are different people.
KEYED = "_keyed"

PLATFORMS = (
    "linkedin",
    "x",
    "instagram",
    "facebook",
    "mastodon",
    "google",
    "vcard",
    "csv",
    "whatsapp",
    "email",
)

_NON_WORD = re.compile(r"[^\w]+")


def slugify(text: Any) -> str:
    """Turn a name into the lowercase slug used in ``contact_id``.

    Accents are dropped, letters of every script are kept, and runs of anything else
    (spaces, punctuation, emoji) become one ``-``.

    >>> slugify("José Núñez-O'Brien")
    'jose-nunez-o-brien'
    >>> slugify("山田 太郎 🎸")
    '山田-太郎'
    """
    if text is None or text is pd.NA or (isinstance(text, float) and np.isnan(text)):
        return "unnamed"
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    slug = _NON_WORD.sub("-", stripped).replace("_", "-").strip("-")
    slug = re.sub("-{2,}", "-", slug)
    return slug or "unnamed"


def _repeat_string(value: Any, n: int) -> pd.api.extensions.ExtensionArray:
    """``n`` copies of one value as a ``string`` array, without checking each copy."""
    return pd.array([value], dtype="string").take(np.zeros(n, dtype=np.intp))


def string_array(values: Any, n: int) -> pd.api.extensions.ExtensionArray:
    """A ``string`` array from a list (``None``/NaN/empty become ``<NA>``) or all-missing."""
    if values is None:
        return _repeat_string(pd.NA, n)
    if isinstance(values, pd.Series):
        values = values.to_numpy(dtype=object, na_value=pd.NA)
    arr = values if isinstance(values, np.ndarray) else np.asarray(values, dtype=object)
    if arr.dtype == object and len(arr):
        empty = arr == ""
        if empty.any():
            arr = arr.copy()
            arr[empty] = None
    return pd.array(arr, dtype="string")


def flag_array(values: Any, n: int) -> pd.api.extensions.ExtensionArray:
    """A nullable ``boolean`` array: ``True``/``False``/``None`` values, a scalar, or None."""
    if values is None:
        return pd.array(np.full(n, pd.NA, dtype=object), dtype="boolean")
    if isinstance(values, bool):
        return pd.arrays.BooleanArray(np.full(n, values), np.zeros(n, dtype=bool))
    return pd.array(values, dtype="boolean")


def datetime_array(
    values: Any, n: int, *, unit: str | None = None, where: str | None = None
) -> pd.DatetimeIndex:
    """A UTC datetime array from epoch numbers (``unit``) or strings; bad values -> NaT.

    Dates before 1900 or after 2100 become NaT too (see
    :data:`~realnet_kit.importers.values.EARLIEST_YEAR`); when ``where`` names the file,
    a warning lists their rows.

    >>> datetime_array(["0001-01-01", "2024-05-01T10:00:00Z"], 2).year.tolist()
    [nan, 2024.0]
    """
    if values is None:
        return pd.DatetimeIndex(np.full(n, np.datetime64("NaT", "ns")), tz="UTC")
    if unit is not None:
        try:
            numbers = np.array(values, dtype="float64")
        except (TypeError, ValueError):
            numbers = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce")
            numbers = numbers.to_numpy(dtype="float64", copy=True)
        with np.errstate(invalid="ignore"):
            too_far = np.isfinite(numbers) & (np.abs(numbers) > _MAX_EPOCH[unit])
        numbers[~np.isfinite(numbers) | too_far] = np.nan
        stamps = pd.DatetimeIndex(pd.to_datetime(numbers, unit=unit, utc=True, errors="coerce"))
        return _within_years(stamps, values, where, too_far)
    else:
        series = pd.Series(values, dtype=object)
        try:
            stamps = pd.DatetimeIndex(
                pd.to_datetime(series, utc=True, errors="coerce", format="mixed")
            )
        except (ValueError, OverflowError, AssertionError):
            return parse_dates(series, where=where)
    return _within_years(stamps, values, where)


def _within_years(
    stamps: pd.DatetimeIndex, values: Any, where: str | None, also: Any = None
) -> pd.DatetimeIndex:
    years = stamps.year
    odd = np.asarray((years < EARLIEST_YEAR) | (years > LATEST_YEAR), dtype=bool)
    if also is not None:
        odd |= np.asarray(also, dtype=bool)
    if not odd.any():
        return stamps
    rows = np.flatnonzero(odd).tolist()
    if where:
        shown = [values[k] if hasattr(values, "__getitem__") else "" for k in rows[:10]]
        warn_out_of_range(where, rows, shown)
    return stamps.where(~odd, pd.NaT)


#: Largest epoch value converted (about the year 2200); later ones are unknown.
_MAX_EPOCH = {"s": 7.3e9, "ms": 7.3e12}


def build_frame(
    platform: str,
    *,
    keyed: bool | Sequence[bool] = True,
    extra=None,
    unique: bool = False,
    **columns: Any,
) -> pd.DataFrame:
    """Assemble one platform's contacts into a contract frame.

    Parameters
    ----------
    platform
        One of :data:`PLATFORMS` (the value of the ``platform`` column).
    keyed
        Whether ``contact_id`` names an account (rows with equal ids merge) or is a
        slug of a name (equal ids get ``-2``, ``-3`` suffixes later).
    unique
        The caller guarantees that ``contact_id`` holds no repeats (skips a check).
    extra
        Further columns (a mapping name -> array-like) appended after the contract's.
    **columns
        The contract's columns and optional signals, as lists or arrays.

    Examples
    --------
    >>> build_frame("instagram", contact_id=["instagram:ana"], handle=["ana"],
    ...             follows_me=True).loc[0, "follows_me"]
    np.True_
    """
    n = len(columns["contact_id"])
    data: dict[str, Any] = {}
    for col in COLUMNS:
        value = columns.get(col)
        if col == "platform":
            data[col] = _repeat_string(platform, n)
        elif col in FLAG_COLUMNS:
            data[col] = flag_array(value, n)
        elif col == "connected_on":
            data[col] = value if isinstance(value, pd.DatetimeIndex) else datetime_array(value, n)
        else:
            data[col] = string_array(value, n)
    for col, dtype in SIGNAL_DTYPES.items():
        if col in columns and columns[col] is not None:
            data[col] = _as_dtype(columns[col], dtype, n)
    for col, value in (extra or {}).items():
        if col not in data:
            data[col] = value
    data[KEYED] = np.full(n, bool(keyed)) if isinstance(keyed, bool) else np.asarray(keyed)
    frame = pd.DataFrame(data, copy=False)
    frame.index = pd.RangeIndex(n)
    frame.attrs["unique_ids"] = bool(unique)
    return frame


def _as_dtype(values: Any, dtype: str, n: int) -> Any:
    if dtype == "string":
        return string_array(values, n)
    if dtype == "boolean":
        return flag_array(values, n)
    if dtype.startswith("datetime"):
        return values if isinstance(values, pd.DatetimeIndex) else datetime_array(values, n)
    numbers = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce")
    return pd.array(numbers.round(), dtype="Float64").astype("Int64")


def empty_frame() -> pd.DataFrame:
    """A contract frame with no rows (the right columns and dtypes)."""
    frame = build_frame("csv", contact_id=[])
    return frame.drop(columns=[KEYED])


def merge_directions(
    followers: dict[str, list],
    following: dict[str, list],
    have_followers: bool,
    have_following: bool,
) -> dict[str, Any]:
    """Join the follower list and the following list into one row per account.

    Both mappings hold aligned lists keyed by column name and must contain
    ``contact_id``. Accounts keep the order of the follower list, followed by those only
    in the following list. A direction the export holds is ``True``/``False``; one it
    does not hold stays missing.

    >>> cols = merge_directions({"contact_id": ["x:1", "x:2"]}, {"contact_id": ["x:2", "x:3"]},
    ...                         True, True)
    >>> cols["contact_id"], cols["i_follow"].tolist()
    (['x:1', 'x:2', 'x:3'], [False, True, True])
    """
    followers, f_set = _unique_rows(followers)
    following, g_set = _unique_rows(following)
    f_ids, g_ids = followers["contact_id"], following["contact_id"]
    g_only = [k for k, cid in enumerate(g_ids) if cid not in f_set] if f_set else None
    out: dict[str, Any] = {}
    for col in dict.fromkeys([*followers, *following]):
        f_vals = followers.get(col)
        g_vals = following.get(col)
        if f_vals is None:
            if g_vals is None:
                continue
            lookup = dict(zip(g_ids, g_vals, strict=True))
            f_vals = [lookup.get(cid) for cid in f_ids] if f_ids else []
        if g_only is None:
            tail = list(g_vals) if g_vals is not None else [None] * len(g_ids)
        else:
            tail = [g_vals[k] for k in g_only] if g_vals is not None else [None] * len(g_only)
        out[col] = list(f_vals) + tail if tail else f_vals
    ids = out["contact_id"]
    n, n_f = len(ids), len(f_ids)
    out["follows_me"] = (
        pd.arrays.BooleanArray(np.arange(n) < n_f, np.zeros(n, dtype=bool))
        if have_followers
        else None
    )
    if have_following:
        head = [cid in g_set for cid in f_ids]
        flags = np.ones(n, dtype=bool)
        flags[:n_f] = head
        out["i_follow"] = pd.arrays.BooleanArray(flags, np.zeros(n, dtype=bool))
    else:
        out["i_follow"] = None
    return out


def _unique_rows(columns: dict[str, list]) -> tuple[dict[str, list], set[str]]:
    """Drop repeated ids (keeping the first); also return the set of ids."""
    ids = columns.get("contact_id", [])
    seen = set(ids)
    if len(seen) == len(ids):
        return columns, seen
    first: dict[str, int] = {}
    for k, cid in enumerate(ids):
        first.setdefault(cid, k)
    keep = sorted(first.values())
    return {col: [vals[k] for k in keep] for col, vals in columns.items()}, seen
