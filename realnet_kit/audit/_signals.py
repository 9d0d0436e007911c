"""The columns the suspicion rules read, cleaned once per call.

:class:`Signals` turns whatever a contacts frame holds into arrays the rules can
compare at C speed: counts as floats (NaN when unknown), yes/no flags as 1/0/NaN, "left
blank" only where a profile source described the row, times as UTC, creation times
(also read from X ids), and the shape of each handle.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


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
        empty = (text.isna() | (text == "")).to_numpy(dtype=bool)
        if bool(empty.all()):  # nobody has it: the source does not carry this field
            return np.zeros(self.n, dtype=bool)
        # only rows a profile source described (an audit CSV row) can have left it blank
        return empty & self.profiled()

    def filled(self, column: str) -> np.ndarray:
        """True where a text field holds something (a header image's address, say)."""
        if column not in self.frame.columns:
            return np.zeros(self.n, dtype=bool)
        text = self.frame[column].astype("string").str.strip()
        return (text.notna() & (text != "")).to_numpy(dtype=bool)

    def times(self, column: str) -> pd.Series | None:
        """A column as UTC datetimes (NaT when unreadable), or None when it is missing."""
        if column not in self.frame.columns:
            return None
        values = pd.to_datetime(self.frame[column], utc=True, errors="coerce")
        return values.reset_index(drop=True)

    def created(self) -> pd.Series | None:
        """When each account was made: ``account_created``, else read from an X id.

        X (Twitter) has numbered accounts with "snowflake" ids since about 2013; the
        id's upper bits are the milliseconds since 4 Nov 2010 when it was made, so an X
        archive's follower ids alone tell when each follower's account was created.
        """
        if "_created" in self.__dict__:
            return self._created
        given = self.times("account_created")
        derived = self._snowflake_times()
        if given is None:
            self._created = derived
        elif derived is None:
            self._created = given
        else:
            self._created = given.fillna(derived)
        return self._created

    def _snowflake_times(self) -> pd.Series | None:
        if "contact_id" not in self.frame.columns:
            return None
        ids = self.frame["contact_id"]
        if "platform" in self.frame.columns:
            on_x = (self.frame["platform"].astype("string") == "x").fillna(False)
            if not bool(on_x.any()):
                return None
        else:
            on_x = pd.Series(True, index=ids.index)
        # "x:<15-19 digits>" read at C speed from a matrix of code points
        width = 2 + 19
        text = ids.astype("string").fillna("").to_numpy(dtype=object)
        codes = np.array(text, dtype=f"<U{width + 1}").view(np.uint32)
        codes = codes.reshape(self.n, width + 1)
        body = codes[:, 2:width]
        present = body != 0
        digit = (body >= ord("0")) & (body <= ord("9"))
        length = present.sum(axis=1)
        valid = (
            on_x.to_numpy(dtype=bool)
            & (codes[:, 0] == ord("x"))
            & (codes[:, 1] == ord(":"))
            & (codes[:, width] == 0)  # nothing beyond 19 digits
            & (digit | ~present).all(axis=1)
            & (length >= 15)
        )
        if not valid.any():
            return None
        number = np.zeros(self.n, dtype=np.uint64)
        for column in range(body.shape[1]):  # digits left to right (a loop over 19 places)
            here = present[:, column]
            value = (body[:, column] - ord("0")).astype(np.uint64)
            number = np.where(here, number * np.uint64(10) + value, number)
        ms = (number >> np.uint64(22)).astype(np.int64) + SNOWFLAKE_EPOCH_MS
        when = pd.Series(pd.to_datetime(ms, unit="ms", utc=True), index=range(self.n))
        plausible = (
            valid
            & (when >= SNOWFLAKE_FROM).to_numpy()
            & (when <= pd.Timestamp.now(tz="UTC")).to_numpy()
        )
        return when.where(plausible)

    def profiled(self) -> np.ndarray:
        """Rows that carry profile data at all (counts or a creation date)."""
        if "_profiled" not in self.__dict__:
            seen = np.zeros(self.n, dtype=bool)
            for column in PROFILE_COLUMNS:
                if column in self.frame.columns:
                    seen |= self.frame[column].notna().to_numpy(dtype=bool)
            self._profiled = seen
        return self._profiled

    def flag(self, column: str) -> np.ndarray:
        """1.0 / 0.0 / NaN from booleans or the 1/0/true/false/blank of audit CSVs."""
        if not self.has(column):
            return np.full(self.n, np.nan)
        raw = self.frame[column]
        if pd.api.types.is_bool_dtype(raw):
            out = pd.Series(raw.astype("float64").to_numpy(na_value=np.nan), index=raw.index)
        else:
            text = raw.astype("string").str.strip().str.lower()
            out = pd.Series(np.nan, index=raw.index)
            out[text.isin(["1", "true", "yes", "t", "1.0"]).fillna(False).to_numpy()] = 1.0
            out[text.isin(["0", "false", "no", "f", "0.0"]).fillna(False).to_numpy()] = 0.0
        # audit CSVs write true as 1 and false as a blank: with some 1s present, blank is 0
        values = out.to_numpy()
        if bool((out == 1.0).any()) and not bool((out == 0.0).any()):
            values = np.where(np.isnan(values) & self.profiled(), 0.0, values)
        return values

    def handle(self) -> pd.Series:
        """Handles without a Mastodon ``@server`` part; ``<NA>`` when unknown."""
        if "_handle" not in self.__dict__:
            if "handle" not in self.frame.columns:
                handles = pd.Series(pd.NA, index=range(self.n), dtype="string")
            else:
                handles = self.frame["handle"].astype("string").reset_index(drop=True)
            self._handle = handles
        return self._handle

    def handle_shape(self) -> dict[str, np.ndarray]:
        """Per handle: length, digits, trailing digits, longest consonant run.

        Computed at C speed on a matrix of code points (one row per handle, the first
        :data:`HANDLE_CHARS` characters), since Python string methods on a million
        handles would cost more than loading them.
        """
        if "_shape" in self.__dict__:
            return self._shape
        handles = self.handle()
        known = handles.notna().to_numpy()
        if not known.any():  # an X archive: no handles at all
            zeros = np.zeros(self.n, dtype=np.int64)
            self._shape = {"known": known, "length": zeros, "digits": zeros,
                           "trailing_digits": zeros, "consonant_run": zeros}  # fmt: skip
            return self._shape
        text = handles.fillna("").to_numpy(dtype=object)
        codes = np.array(text, dtype=f"<U{HANDLE_CHARS}").view(np.uint32)
        codes = codes.reshape(self.n, HANDLE_CHARS)
        used = np.flatnonzero((codes != 0).any(axis=0))
        width = int(used[-1]) + 1 if len(used) else 1
        # one row per character position: each step of the loops below reads one row
        codes = np.ascontiguousarray(codes[:, :width].T)
        at = codes == ord("@")  # user@server: only the user part counts
        if at.any():
            codes[np.logical_or.accumulate(at, axis=0)] = 0
        present = codes != 0
        length = present.sum(axis=0)
        digit = (codes >= ord("0")) & (codes <= ord("9"))
        lower = codes | 0x20  # ASCII upper to lower case; other characters never match
        table = np.zeros(128, dtype=bool)
        table[np.frombuffer(b"bcdfghjklmnpqrstvwxz", dtype=np.uint8)] = True
        consonant = table[np.minimum(lower, 127)] & (codes >= ord("A")) & (codes <= ord("z"))
        positions = np.arange(width)[:, None]
        last_other = np.where(present & ~digit, positions, -1).max(axis=0)
        trailing = np.where(length > 0, length - 1 - last_other, 0)
        run = np.zeros(self.n, dtype=np.int16)
        current = np.zeros(self.n, dtype=np.int16)
        for row in consonant:  # a loop over character positions, not over handles
            current += 1
            current *= row
            np.maximum(run, current, out=run)
        self._shape = {
            "known": known,
            "length": length,
            "digits": digit.sum(axis=0),
            "trailing_digits": trailing,
            "consonant_run": run,
        }
        return self._shape


# X ids are "snowflakes": (milliseconds since this moment) << 22. Ids that decode to a
# date before SNOWFLAKE_FROM are old sequential ids, which say nothing about the date.
SNOWFLAKE_EPOCH_MS = 1288834974657
SNOWFLAKE_FROM = pd.Timestamp("2012-01-01", tz="UTC")

# Columns whose presence shows that a profile source (an audit CSV) described the row.
PROFILE_COLUMNS = (
    "followers_count", "following_count", "posts_count", "listed_count",
    "favourites_count", "account_created",
)  # fmt: skip

# Handles are read up to this many characters (platforms allow 15 to 30).
HANDLE_CHARS = 32
