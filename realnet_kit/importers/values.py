"""Parse the loose cell values of spreadsheets and data sets: flags, counts and dates.

Research data sets write a flag as ``1``/empty, ``True``/``False``, ``yes``/``no`` or
``1.0``/NaN; counts as ``1,234`` or ``1.2K``; dates as Twitter's
``Fri Jun 17 08:33:25 +0000 2011``, ISO text, ``07 Mar 2021`` or epoch seconds.

>>> import pandas as pd
>>> parse_bools(pd.Series(["1", "", "1"])).tolist()
[True, False, True]
>>> parse_counts(pd.Series(["1,234", "2.5K", "x"])).tolist()
[1234, 2500, <NA>]
>>> parse_dates(pd.Series(["Fri Jun 17 08:33:25 +0000 2011"]))[0].year
2011
"""

from __future__ import annotations

import numpy as np
import pandas as pd

_TRUE = {"1", "1.0", "true", "t", "yes", "y", "on", "x"}
_FALSE = {"0", "0.0", "false", "f", "no", "n", "off"}
_EMPTY = {"", "nan", "none", "null", "na", "n/a", "<na>"}
_DATE_FORMATS = (
    "%a %b %d %H:%M:%S %z %Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S%z",
    "%d %b %Y",
    "%Y-%m-%d",
)


def _text(series: pd.Series) -> pd.Series:
    """Each cell as stripped lowercase text; missing cells become ``""``."""
    series = pd.Series(series)
    values = series.astype(object).tolist()
    text = [
        str(v).strip().lower() if v is not None and v == v and v is not pd.NA else ""
        for v in values
    ]
    return pd.Series(text, index=series.index, dtype=object)


def parse_bools(series: pd.Series) -> pd.api.extensions.ExtensionArray:
    """Nullable booleans. A column holding only true marks and blanks reads blanks as
    ``False`` (how many data sets export a false flag); otherwise blanks stay missing."""
    text = _text(pd.Series(series))
    is_true = text.isin(_TRUE).to_numpy()
    is_false = text.isin(_FALSE).to_numpy()
    blank = text.isin(_EMPTY).to_numpy()
    known = is_true | is_false
    if is_true.any() and not is_false.any():
        known = known | blank
    return pd.arrays.BooleanArray(is_true, ~known)


def parse_counts(series: pd.Series) -> pd.api.extensions.ExtensionArray:
    """Nullable integers; thousands separators and K/M suffixes understood."""
    series = pd.Series(series)
    raw = series.astype(object).where(series.notna(), None)
    numbers = pd.to_numeric(raw, errors="coerce").to_numpy(dtype=float, copy=True)
    odd = np.isnan(numbers)
    if odd.any():  # "1,234", "2.5K", " 12 " and other hand-written counts
        text = _text(series[odd]).str.replace(r"[,\s\u00a0_']", "", regex=True)
        scale = np.where(text.str.endswith("k"), 1e3, np.where(text.str.endswith("m"), 1e6, 1.0))
        fixed = pd.to_numeric(text.str.rstrip("km"), errors="coerce").to_numpy(dtype=float)
        numbers[odd] = fixed * scale
    numbers[np.abs(numbers) > 9e15] = np.nan
    return pd.array(np.round(numbers), dtype="Float64").astype("Int64")


def parse_dates(series: pd.Series) -> pd.DatetimeIndex:
    """UTC datetimes from the usual export and data-set formats; unreadable -> NaT."""
    text = pd.Series(series).astype(object).where(pd.Series(series).notna(), None)
    text = text.map(lambda v: str(v).strip() if v is not None else None)
    result = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns, UTC]")
    todo = text.notna() & (text != "")
    numeric = pd.to_numeric(text.where(todo), errors="coerce")
    epochs = numeric.notna()
    if epochs.any():
        big = numeric.abs() > 1e11
        for mask, unit in ((epochs & big, "ms"), (epochs & ~big, "s")):
            if mask.any():
                result[mask] = pd.to_datetime(numeric[mask], unit=unit, utc=True, errors="coerce")
        todo &= ~epochs
    for fmt in _DATE_FORMATS:
        if not todo.any():
            break
        parsed = pd.to_datetime(text[todo], format=fmt, utc=True, errors="coerce")
        hit = parsed.notna()
        result[parsed.index[hit]] = parsed[hit]
        todo[parsed.index[hit]] = False
    if todo.any():
        parsed = pd.to_datetime(text[todo], format="mixed", utc=True, errors="coerce")
        result[todo] = parsed
    return pd.DatetimeIndex(result)
