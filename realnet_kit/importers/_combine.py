"""Combine contact frames from several files, and build interaction frames.

>>> from realnet_kit.importers._frame import build_frame
>>> a = build_frame("x", contact_id=["x:1"], follows_me=True)
>>> b = build_frame("x", contact_id=["x:1"], i_follow=True)
>>> combine([a, b])[["follows_me", "i_follow"]].iloc[0].tolist()
[True, True]
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from realnet_kit.importers._frame import KEYED, datetime_array, empty_frame, string_array

INTERACTION_COLUMNS = ("contact_id", "timestamp", "direction", "kind", "note")


def build_interactions(
    contact_id: list,
    timestamp: Any,
    direction: list,
    kind: Any,
    note: list | None = None,
    *,
    where: str | None = None,
) -> pd.DataFrame:
    """An interactions frame (contract section 2) from aligned lists.

    ``timestamp`` is a :class:`pandas.DatetimeIndex` (UTC) or values to parse; ``kind``
    a list or one string for all rows. Rows without a time (unreadable, or outside the
    years 1900-2100) are left out; ``where`` names the file in the warning about them.

    >>> build_interactions(["x:1"], ["2024-01-02T10:00:00Z"], ["in"], "message").dtypes.iloc[1]
    datetime64[us, UTC]
    """
    n = len(contact_id)
    stamps = (
        timestamp
        if isinstance(timestamp, pd.DatetimeIndex)
        else datetime_array(list(timestamp), n, where=where)
    )
    kinds = [kind] * n if isinstance(kind, str) else kind
    frame = pd.DataFrame(
        {
            "contact_id": string_array(list(contact_id), n),
            "timestamp": stamps,
            "direction": string_array(list(direction), n),
            "kind": string_array(list(kinds), n),
            "note": pd.array(
                ["" if v is None or v is pd.NA else str(v) for v in (note or [""] * n)],
                dtype="string",
            ),
        }
    )
    frame = frame[frame["timestamp"].notna() & frame["contact_id"].notna()]
    return frame.sort_values("timestamp", kind="stable").reset_index(drop=True)


def empty_interactions() -> pd.DataFrame:
    """An interactions frame with no rows."""
    return build_interactions([], pd.DatetimeIndex([], tz="UTC"), [], "message", [])


def combine(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate contact frames: merge rows of one account, number name-slug twins.

    Rows of different files whose keyed ``contact_id`` is equal describe one account:
    they become one row (at the first one's place), each column taking the first known
    value. Repeats within one file, and rows whose id is only a name slug, keep apart
    and get ``-2``, ``-3`` suffixes in order, so a table keeps one row per input row.
    """
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty_frame()
    if len(frames) == 1 and frames[0].attrs.get("unique_ids"):
        frame = frames[0].drop(columns=[c for c in frames[0].columns if c.startswith("_")])
        frame.attrs.clear()
        return frame
    for k, part in enumerate(frames):  # repeats inside one file are separate rows
        again = part["contact_id"].duplicated(keep="first").to_numpy()
        if again.any():
            frames[k] = part.assign(**{KEYED: part[KEYED].to_numpy(dtype=bool) & ~again})
    frame = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    ids = frame["contact_id"]
    keyed = frame[KEYED].to_numpy(dtype=bool)
    dup = ids.duplicated(keep=False).to_numpy() & keyed
    if dup.any():
        frame = frame.assign(_pos=np.arange(len(frame)))
        merged = frame[dup].groupby("contact_id", sort=False).first().reset_index()
        frame = pd.concat([frame[~dup], merged], ignore_index=True)
        frame = frame.sort_values("_pos", kind="stable").drop(columns="_pos")
        frame = frame.reset_index(drop=True)
    frame = frame.drop(columns=[c for c in frame.columns if c.startswith("_")])
    frame["contact_id"] = number_twins(frame["contact_id"])
    return frame.reset_index(drop=True)


def number_twins(ids: pd.Series) -> pd.Series:
    """Give the 2nd, 3rd... rows sharing an id the suffixes ``-2``, ``-3`` (in order)."""
    dup = ids.duplicated(keep="first")
    if not dup.any():
        return ids
    taken = set(ids.dropna())
    values = ids.to_numpy(dtype=object).copy()
    counters: dict[str, int] = {}
    for pos in np.flatnonzero(dup.to_numpy()):
        base = values[pos]
        k = counters.get(base, 1)
        while True:
            k += 1
            candidate = f"{base}-{k}"
            if candidate not in taken:
                break
        counters[base] = k
        taken.add(candidate)
        values[pos] = candidate
    return pd.Series(pd.array(values, dtype="string"), index=ids.index, name=ids.name)
