"""Where the workbook keeps accounts: a compact bulk form, and single rows.

A workbook holds contacts in two places:

* the **bulk** (table ``contact_bulk``): every account of a big load (a follower list of a
  million accounts), one compressed blob per column (:mod:`._columns`), written in a
  fraction of a second and a few megabytes on disk;
* the **rows** (table ``contacts``): accounts added a few at a time (a person added by
  hand, a sample business, a small export), one SQLite row each.

:meth:`Workbook.add_contacts` sends a frame of :data:`BULK_ROWS` rows or more to the bulk
and a smaller one to the rows; :meth:`Workbook.contacts` reads both as one frame, the rows'
known values over the bulk's (a row is always the newer word on its account: writing the
bulk folds its new values into the rows it shares ids with).
"""

from __future__ import annotations

import sqlite3
import uuid
from typing import Any

import numpy as np
import pandas as pd

from realnet_kit.workbook import _db as db
from realnet_kit.workbook._columns import pack_frame, unpack_frame

#: A frame of at least this many contacts is kept in the bulk form; smaller ones as rows
#: (so adding one person never rewrites a million accounts).
BULK_ROWS = 5_000

#: The contract's contact columns (CONTRACT.md section 1) and their dtypes.
CONTACT_COLUMNS: dict[str, str] = {
    "contact_id": "string",
    "platform": "string",
    "handle": "string",
    "name": "string",
    "profile_url": "string",
    "email": "string",
    "company": "string",
    "position": "string",
    "follows_me": "boolean",
    "i_follow": "boolean",
    "connected_on": "datetime64[us, UTC]",
}
#: The dtype each kind of extra column comes back as (by the tag in ``extra_columns``).
TAG_DTYPES = {
    "boolean": "boolean",
    "Int64": "Int64",
    "Float64": "Float64",
    "datetime": "datetime64[us, UTC]",
    "string": "string",
}


def dtype_tag(series: pd.Series) -> str:
    """How an extra contact column is stored, so it comes back with the same kind."""
    if pd.api.types.is_bool_dtype(series):
        return "boolean"
    if pd.api.types.is_integer_dtype(series):
        return "Int64"
    if pd.api.types.is_float_dtype(series):
        return "Float64"
    if pd.api.types.is_datetime64_any_dtype(series):
        return "datetime"
    return "string"


def restore(values: list, tag: str) -> Any:
    """An extra column read back from the rows' JSON, as its tag says."""
    if tag == "datetime":
        return db.from_iso(values)
    if tag in {"boolean", "Int64", "Float64"}:
        return pd.array(values, dtype=tag)
    return pd.array([None if v is None else str(v) for v in values], dtype="string")


def _as(series: pd.Series, dtype: str, what: str) -> Any:
    """One column in the dtype the workbook gives it back with."""
    if str(series.dtype) == dtype:
        return series.array
    if dtype.startswith("datetime"):
        if pd.api.types.is_datetime64_any_dtype(series):
            stamps = series.dt.tz_localize("UTC") if series.dt.tz is None else series
            return stamps.dt.tz_convert("UTC").astype(dtype).array
        return db.from_iso(db.iso_list(series, what=what)).array
    if dtype == "string":
        if isinstance(series.dtype, pd.StringDtype) and series.dtype.na_value is pd.NA:
            return series.array
        values = db.plain_list(series)
        return pd.array([None if v is None else str(v) for v in values], dtype="string")
    if dtype == "boolean" and not pd.api.types.is_bool_dtype(series):
        return pd.array([None if v is None else bool(v) for v in db.plain_list(series)], dtype)
    return series.astype(dtype).array


def contact_frame(df: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """``df`` with the contract's columns and dtypes first, then its extras, and their tags."""
    n = len(df)
    data: dict[str, Any] = {}
    for column, dtype in CONTACT_COLUMNS.items():
        if column in df.columns:
            data[column] = _as(df[column], dtype, column)
        else:
            data[column] = pd.array([None] * n, dtype=dtype)
    tags = {str(c): dtype_tag(df[c]) for c in df.columns if c not in CONTACT_COLUMNS}
    for column, tag in tags.items():
        data[column] = _as(df[column], TAG_DTYPES[tag], column)
    return pd.DataFrame(data, index=pd.RangeIndex(n), copy=False), tags


def overlay(base: pd.DataFrame, top: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """``base`` with ``top``'s known values written over it, and ``top``'s new accounts after.

    Both hold ``contact_id`` without repeats. Returns the frame and how many accounts of
    ``top`` were new. A missing value in ``top`` never erases a known one in ``base``.
    """
    base, top = _aligned(base, top), _aligned(top, base)
    position = pd.Index(base["contact_id"]).get_indexer(top["contact_id"])
    hit = position >= 0
    n_new = int((~hit).sum())
    if n_new:
        out = pd.concat([base, top.iloc[np.flatnonzero(~hit)]], ignore_index=True)
    else:
        out = base.copy()
    if not hit.any():
        return out, n_new
    where, rows = position[hit], np.flatnonzero(hit)
    for column in top.columns:
        if column == "contact_id":
            continue
        values = top[column].array[rows]
        known = ~np.asarray(pd.isna(values), dtype=bool)
        if known.any():
            target = out[column].array.copy()
            target[where[known]] = values[known]
            out[column] = target
    return out, n_new


def _aligned(frame: pd.DataFrame, other: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the columns only ``other`` has, all missing, in ``other``'s dtypes."""
    missing = [c for c in other.columns if c not in frame.columns]
    if not missing:
        return frame
    n = len(frame)
    blanks = {c: pd.array([None] * n, dtype=other[c].dtype) for c in missing}
    return pd.concat([frame, pd.DataFrame(blanks, index=frame.index)], axis=1)


def bulk_version(conn: sqlite3.Connection, schema: str = "main") -> str | None:
    """A token that changes with every write of the bulk (``None`` when there is none)."""
    row = conn.execute(
        f"SELECT written FROM {schema}.contact_bulk ORDER BY position LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def read_bulk(
    conn: sqlite3.Connection,
    schema: str = "main",
    columns: list[str] | None = None,
    *,
    check: bool = False,
) -> pd.DataFrame | None:
    """The accounts kept in bulk (only ``columns`` when given), or ``None`` when none are.

    Raises :class:`ValueError` when what is stored is not a bulk of accounts this kit
    wrote: columns of different lengths or kinds, a damaged blob; with ``check`` (for a
    workbook from elsewhere), also ids missing or repeated.
    """
    stored = conn.execute(
        f"SELECT name, dtype, rows, data FROM {schema}.contact_bulk ORDER BY position"
    ).fetchall()
    if not stored:
        return None
    lengths = {rows for _, _, rows, _ in stored}
    names = [name for name, *_ in stored]
    if len(lengths) != 1 or "contact_id" not in names:
        raise ValueError("its accounts are not stored one value per account in every column")
    (rows,) = lengths
    if not isinstance(rows, int) or rows < 0:
        raise ValueError("its accounts are stored with an impossible count")
    wanted = [p for p in stored if columns is None or p[0] in columns]
    frame = unpack_frame(((name, dtype, blob) for name, dtype, _, blob in wanted), rows)
    if check and (columns is None or "contact_id" in columns):
        ids = frame["contact_id"]
        if str(ids.dtype) != "string" or ids.isna().any() or not ids.is_unique:
            raise ValueError("its accounts' contact ids are missing or repeated")
    for column, dtype in CONTACT_COLUMNS.items():
        if column in frame.columns and str(frame[column].dtype) != dtype:
            raise ValueError(f"its accounts' column {column!r} is not of the kind {dtype}")
    return frame


def write_bulk(conn: sqlite3.Connection, frame: pd.DataFrame) -> None:
    """Replace the bulk with ``frame`` (inside the caller's write transaction)."""
    parts = pack_frame(frame)
    stamp = f"{db.now_iso()}#{uuid.uuid4().hex}"
    conn.execute("DELETE FROM contact_bulk")
    conn.executemany(
        "INSERT INTO contact_bulk (position, name, dtype, rows, data, written) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(k, name, dtype, len(frame), blob, stamp) for k, (name, dtype, blob) in enumerate(parts)],
    )
