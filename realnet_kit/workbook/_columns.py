"""A table kept column by column, each column one compressed blob: the workbook's bulk form.

A million followers stored one SQLite row each (with a JSON text for their extra fields)
take seconds to write and hundreds of megabytes on disk. Kept as one compressed blob per
column they take a fraction of a second and a few megabytes: the workbook keeps every
account this way (see :mod:`realnet_kit.workbook.book`), and the workshop's cache of a
parsed export uses the same form.

Each column is packed by its kind:

* text (``string``, ``str``, ``object``): a JSON list (``null`` where missing);
* true/false, whole and decimal numbers (nullable or not): the values' bytes, then one
  byte per row saying which are missing;
* dates and times: 64-bit counts of the dtype's unit since 1970 (missing as NaT).

and compressed with zlib. The dtype's name is kept beside the blob, so a column comes back
with exactly the dtype it had. Unpacking checks what it reads (a blob from an uploaded
workbook is untrusted): a wrong length, a bad kind or a blob that would expand beyond
:data:`MAX_BYTES_PER_ROW` per row raises :class:`ValueError`.

>>> import pandas as pd
>>> frame = pd.DataFrame({"id": pd.array(["a", None], dtype="string"),
...                       "n": pd.array([1, None], dtype="Int64")})
>>> parts = pack_frame(frame)
>>> [(name, dtype) for name, dtype, _ in parts]
[('id', 'string'), ('n', 'Int64')]
>>> unpack_frame(parts, 2).equals(frame)
True
"""

from __future__ import annotations

import re
import threading
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import numpy as np
import orjson
import pandas as pd

#: zlib's level: 1 packs text about five to ten times smaller at hundreds of MB a second.
COMPRESS_LEVEL = 1
#: The most bytes a packed column may expand to per row (plus :data:`SLACK_BYTES`):
#: generous for any real column, and a stop for a blob made to expand without end.
MAX_BYTES_PER_ROW = 4096
SLACK_BYTES = 16 * 1024 * 1024

_TEXT = {"string", "str", "object"}
#: Nullable (masked) kinds and the numpy type of their values.
_MASKED = {
    "boolean": np.bool_,
    "Int8": np.int8,
    "Int16": np.int16,
    "Int32": np.int32,
    "Int64": np.int64,
    "UInt8": np.uint8,
    "UInt16": np.uint16,
    "UInt32": np.uint32,
    "UInt64": np.uint64,
    "Float32": np.float32,
    "Float64": np.float64,
}
_PLAIN = {"bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64"}  # fmt: skip
_DATETIME = re.compile(r"datetime64\[(s|ms|us|ns)(?:, (UTC))?\]")


#: The blob of a column with no value at all (zlib never writes an empty blob).
_ALL_MISSING = b""
#: How the blob of a text column holding one value in every row begins (the value follows,
#: as JSON); every other blob is zlib's, which begins with another byte.
_SAME = b"="

_SHARED = threading.local()


@contextmanager
def packed_once(memo: dict | None = None) -> Iterator[dict]:
    """Within this block, a column packed again (the very same array) is not packed twice.

    The workshop's first open packs one export for its cache and for the workbook; the
    columns they share are packed once. Pass the ``memo`` an earlier block yielded to
    carry on from it. Only for code that changes no array in between.
    """
    previous = getattr(_SHARED, "memo", None)
    _SHARED.memo = {} if memo is None else memo
    try:
        yield _SHARED.memo
    finally:
        _SHARED.memo = previous


def pack_column(series: pd.Series) -> tuple[str, bytes]:
    """One column as ``(dtype name, compressed blob)``; ``ValueError`` for another kind."""
    name, blob, array = _pack_shared(series, None)
    memo = getattr(_SHARED, "memo", None)
    if memo is not None:
        memo[id(array)] = (array, name, blob)
    return name, blob


def _pack_shared(series: pd.Series, pool: Executor | None) -> tuple[str, Any, Any]:
    """``(dtype name, blob or future blob, array)``, from the memo when it was packed there."""
    memo = getattr(_SHARED, "memo", None)
    array = series.array
    if memo is not None:
        seen = memo.get(id(array))
        if seen is not None and seen[0] is array:
            return seen[1], seen[2], array
    name, raw, packed = _payload(series)
    if packed:
        blob: Any = raw
    elif pool is not None:  # zlib lets go of the interpreter: columns compress side by side
        blob = pool.submit(zlib.compress, raw, COMPRESS_LEVEL)
    else:
        blob = zlib.compress(raw, COMPRESS_LEVEL)
    return name, blob, array


def _payload(series: pd.Series) -> tuple[str, bytes, bool]:
    """``(dtype name, bytes, whether they are the blob already)``: the bytes to compress."""
    name = str(series.dtype)
    if name in _TEXT:
        values = series.to_numpy(dtype=object)  # a copy: missing values are set to None
        missing = np.asarray(pd.isna(values), dtype=bool)
        if len(values) and missing.all():
            return name, _ALL_MISSING, True
        if missing.any():
            values = values.copy()  # (the frame's own array may be read-only)
            values[missing] = None
        elif name != "object" and len(values) and _one_value(values):
            return name, _SAME + orjson.dumps(values[0]), True
        try:
            return name, orjson.dumps(values.tolist()), False
        except TypeError as exc:
            raise ValueError(f"the column {series.name!r} holds values that are not text") from exc
    if (name in _MASKED or _DATETIME.fullmatch(name)) and len(series) and series.isna().all():
        return name, _ALL_MISSING, True
    if name in _MASKED:
        array = series.array
        return name, array._data.tobytes() + array._mask.astype(np.uint8).tobytes(), False
    if name in _PLAIN:
        return name, series.to_numpy().tobytes(), False
    if _DATETIME.fullmatch(name):
        return name, series.array.asi8.tobytes() if len(series) else b"", False
    raise ValueError(f"the column {series.name!r} is of a kind ({name}) that cannot be packed")


def _one_value(values: np.ndarray) -> bool:
    """Whether every value is the same text (looking at three before comparing them all)."""
    first = values[0]
    if not isinstance(first, str) or values[-1] != first or values[len(values) // 2] != first:
        return False
    return bool((values == first).all())


def _expand(blob: bytes, rows: int) -> bytes:
    limit = rows * MAX_BYTES_PER_ROW + SLACK_BYTES
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(blob, limit)
    except (zlib.error, TypeError) as exc:
        raise ValueError("a packed column is damaged") from exc
    if inflater.unconsumed_tail or not inflater.eof:
        raise ValueError("a packed column is damaged or far larger than its rows")
    return raw


def unpack_column(dtype: str, blob: bytes, rows: int) -> Any:
    """The array :func:`pack_column` packed, checked to hold ``rows`` values."""
    if blob == _ALL_MISSING:
        return _missing(dtype, rows)
    if blob.startswith(_SAME) and dtype in {"string", "str"}:
        try:
            value = orjson.loads(blob[1:])
        except orjson.JSONDecodeError as exc:
            raise ValueError("a packed text column is damaged") from exc
        if not isinstance(value, str):
            raise ValueError("a packed text column holds something other than text")
        return _repeat(value, dtype, rows)
    raw = _expand(blob, rows)
    if dtype in _TEXT:
        try:
            values = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise ValueError("a packed text column is damaged") from exc
        if not isinstance(values, list) or len(values) != rows:
            raise ValueError("a packed text column does not hold one value per row")
        if dtype == "object":
            return pd.Series(values, dtype=object, index=pd.RangeIndex(rows))
        if dtype == "string":  # checks that every value is text (or missing)
            return pd.arrays.StringArray(np.array(values, dtype=object))
        return pd.array(values, dtype=dtype)
    if dtype in _MASKED:
        kind = np.dtype(_MASKED[dtype])
        if len(raw) != rows * (kind.itemsize + 1):
            raise ValueError("a packed column does not hold one value per row")
        data = np.frombuffer(raw, dtype=kind, count=rows).copy()
        mask = np.frombuffer(raw, dtype=np.uint8, offset=rows * kind.itemsize) != 0
        if dtype == "boolean":
            return pd.arrays.BooleanArray(data, mask)
        if dtype.startswith("Float"):
            return pd.arrays.FloatingArray(data, mask)
        return pd.arrays.IntegerArray(data, mask)
    if dtype in _PLAIN:
        kind = np.dtype(dtype)
        if len(raw) != rows * kind.itemsize:
            raise ValueError("a packed column does not hold one value per row")
        return np.frombuffer(raw, dtype=kind).copy()
    match = _DATETIME.fullmatch(dtype)
    if match:
        if len(raw) != rows * 8:
            raise ValueError("a packed date column does not hold one value per row")
        ticks = np.frombuffer(raw, dtype=np.int64).view(f"datetime64[{match.group(1)}]")
        stamps = pd.DatetimeIndex(ticks.copy())
        return stamps.tz_localize("UTC").array if match.group(2) else stamps.array
    raise ValueError(f"a packed column is of a kind ({dtype[:40]}) this RealNet Kit does not know")


def _missing(dtype: str, rows: int) -> Any:
    """A column of ``rows`` missing values of ``dtype``."""
    if dtype in {"string", "str"}:
        return _repeat(None, dtype, rows)
    if dtype == "object":
        return pd.Series(np.full(rows, None, dtype=object), dtype=object, index=pd.RangeIndex(rows))
    if dtype in _MASKED:
        return pd.array(np.full(rows, None, dtype=object), dtype=dtype)
    match = _DATETIME.fullmatch(dtype)
    if match:
        stamps = pd.DatetimeIndex(np.full(rows, np.datetime64("NaT", match.group(1))))
        return stamps.tz_localize("UTC").array if match.group(2) else stamps.array
    raise ValueError(f"a packed column of the kind {dtype[:40]} cannot be empty")


def _repeat(value: str | None, dtype: str, rows: int) -> Any:
    """``rows`` copies of one text (or of a missing value), checked once."""
    return pd.array([value], dtype=dtype).take(np.zeros(rows, dtype=np.intp))


#: Frames of at least this many rows compress their columns on two threads.
THREADED_ROWS = 50_000


def pack_frame(frame: pd.DataFrame) -> list[tuple[str, str, bytes]]:
    """Every column of ``frame`` as ``(name, dtype name, blob)``, in order."""
    pool = ThreadPoolExecutor(max_workers=2) if len(frame) >= THREADED_ROWS else None
    try:
        started = [(str(c), *_pack_shared(frame[c], pool)) for c in frame.columns]
        out = []
        memo = getattr(_SHARED, "memo", None)
        for column, dtype, blob, array in started:
            if isinstance(blob, Future):
                blob = blob.result()
            if memo is not None:
                memo[id(array)] = (array, dtype, blob)
            out.append((column, dtype, blob))
        return out
    finally:
        if pool is not None:
            pool.shutdown()


def unpack_frame(parts: Iterable[tuple[str, str, bytes]], rows: int) -> pd.DataFrame:
    """The frame :func:`pack_frame` packed (``rows`` rows, a fresh ``RangeIndex``)."""
    data = {name: unpack_column(dtype, blob, rows) for name, dtype, blob in parts}
    return pd.DataFrame(data, index=pd.RangeIndex(rows), copy=False)
