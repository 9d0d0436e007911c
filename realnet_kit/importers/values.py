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
    "%d.%m.%Y %H:%M:%S",  # dotted dates are day first wherever they are written
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%d.%m.%y",
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


#: Dates outside these years are typing slips or placeholders (0001-01-01, 9999-12-31):
#: they are read as unknown, with a warning that names the rows.
EARLIEST_YEAR = 1900
LATEST_YEAR = 2100


def parse_dates(series: pd.Series, *, where: str | None = None) -> pd.DatetimeIndex:
    """UTC datetimes from the usual export and data-set formats; unreadable -> NaT.

    A date before :data:`EARLIEST_YEAR` or after :data:`LATEST_YEAR` (including those
    pandas cannot even hold, such as year 1 or 9999) becomes NaT; when ``where`` names
    the file and column, a warning lists the rows.

    >>> parse_dates(pd.Series(["0001-01-01", "2024-05-01"])).year.tolist()
    [nan, 2024.0]
    """
    series = pd.Series(series).reset_index(drop=True)
    text = series.astype(object).where(series.notna(), None)
    text = text.map(lambda v: str(v).strip() if v is not None else None)
    result: list = [pd.NaT] * len(text)
    todo = (text.notna() & (text != "")).to_numpy().copy()
    numeric = pd.to_numeric(text.where(todo), errors="coerce")
    epochs = numeric.notna().to_numpy()
    if epochs.any():
        values = numeric.to_numpy(dtype=float)
        big = np.abs(values) > 1e11
        for mask, unit in ((epochs & big, "ms"), (epochs & ~big, "s")):
            if mask.any():
                stamps = _bounded(
                    pd.to_datetime(values[mask], unit=unit, utc=True, errors="coerce")
                )
                for pos, stamp in zip(np.flatnonzero(mask), stamps, strict=True):
                    result[pos] = stamp
        todo &= ~epochs
    for fmt in (*_DATE_FORMATS, "mixed"):
        if not todo.any():
            break
        positions = np.flatnonzero(todo)
        parsed = _parse_text(text.iloc[positions], fmt)
        for pos, stamp in zip(positions, parsed, strict=True):
            if stamp is not pd.NaT and stamp is not None:
                result[pos] = stamp
                todo[pos] = False
    out_of_range = [k for k, v in enumerate(result) if v is _OUT_OF_RANGE]
    if out_of_range and where:
        warn_out_of_range(where, out_of_range, [text.iloc[k] for k in out_of_range])
    stamps = [pd.NaT if v is _OUT_OF_RANGE else v for v in result]
    return pd.DatetimeIndex(
        pd.to_datetime(pd.Series(stamps, dtype=object), utc=True), dtype="datetime64[ns, UTC]"
    )


class _OutOfRange:
    """Marks a date that was read but lies outside the years the workshop believes."""

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return "<out of range>"


_OUT_OF_RANGE = _OutOfRange()


def _bounded(stamps) -> list:
    """Timestamps, with those outside the believable years replaced by a marker."""
    out = []
    for stamp in stamps:
        if stamp is pd.NaT or pd.isna(stamp):
            out.append(pd.NaT)
        elif EARLIEST_YEAR <= stamp.year <= LATEST_YEAR:
            out.append(stamp)
        else:
            out.append(_OUT_OF_RANGE)
    return out


def _parse_text(text: pd.Series, fmt: str) -> list:
    """Parse strings with one format at microsecond resolution (years 1 to 9999)."""
    values = text.to_numpy(dtype=object)
    try:
        parsed = pd.to_datetime(values, format=fmt, utc=True, errors="coerce")
    except (ValueError, OverflowError, AssertionError):
        parsed = [
            _parse_one(v, fmt) for v in values
        ]  # pandas refuses some mixes as a whole; one at a time then
    stamps = _bounded(parsed)
    return stamps


def _parse_one(value: str, fmt: str):
    try:
        return pd.to_datetime(value, format=fmt, utc=True)
    except (ValueError, OverflowError, AssertionError, TypeError):
        return pd.NaT


def warn_out_of_range(where: str, rows: list[int], values: list) -> None:
    """Warn that some dates were set aside, naming the rows (1 = the first data row)."""
    import warnings

    listed = ", ".join(f"{k + 1} ('{v}')" for k, v in zip(rows[:10], values[:10], strict=False))
    warnings.warn(
        f"{where}: {len(rows)} date(s) before {EARLIEST_YEAR} or after {LATEST_YEAR} were "
        f"read as unknown, in row(s) {listed}{'...' if len(rows) > 10 else ''}",
        stacklevel=3,
    )
