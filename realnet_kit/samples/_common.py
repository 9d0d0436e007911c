"""Small, deterministic writers shared by the sample generators.

Everything here produces byte-identical output for identical input: zip members are
written in sorted order with a fixed timestamp and fixed attributes, JSON keys keep the
order the platforms use, and CSV files use fixed line endings.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

# Twitter/X "snowflake" ids count milliseconds from this moment (4 Nov 2010).
SNOWFLAKE_EPOCH_MS = 1288834974657


def meta_mojibake(text: str) -> str:
    """Encode text the way Meta's exports do: UTF-8 bytes, each shown as a latin-1 char.

    Dumped with ``ensure_ascii=True`` this turns "é" into ``\\u00c3\\u00a9``.

    >>> meta_mojibake("Café")
    'CafÃ©'
    """
    return text.encode("utf-8").decode("latin-1")


def _mojibake_tree(obj):
    if isinstance(obj, str):
        return meta_mojibake(obj)
    if isinstance(obj, list):
        return [_mojibake_tree(v) for v in obj]
    if isinstance(obj, dict):
        return {k: _mojibake_tree(v) for k, v in obj.items()}
    return obj


def meta_json(obj) -> bytes:
    """Instagram / Facebook JSON: two-space indent, every non-ASCII byte as ``\\u00XX``."""
    return json.dumps(_mojibake_tree(obj), indent=2, ensure_ascii=True).encode("ascii")


def x_js(name: str, items: list, part: int = 0) -> bytes:
    """An X archive ``data/*.js`` file: ``window.YTD.<name>.partN = [...]``.

    X writes two-space indented JSON with a space either side of each colon.
    """
    body = json.dumps(items, indent=2, ensure_ascii=False, separators=(",", " : "))
    return f"window.YTD.{name}.part{part} = {body}".encode()


def csv_bytes(
    header: list[str] | None,
    rows: Iterable[Iterable],
    *,
    crlf: bool = False,
    bom: bool = False,
    quote_all: bool = False,
) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(
        buf,
        lineterminator="\r\n" if crlf else "\n",
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
    )
    if header is not None:
        writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    data = buf.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


def write_zip(path: Path, members: dict[str, bytes], when: datetime) -> Path:
    """Write a zip with sorted members, one fixed timestamp and fixed attributes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    with zipfile.ZipFile(path, "w") as zf:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            zf.writestr(info, members[name], compresslevel=6)
    return path


def write_file(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def slug(text: str) -> str:
    """The contact-id slug of a name: lower case, accents folded, runs of other chars -> '-'.

    Letters of non-Latin scripts are kept as they are (lower-cased).

    >>> slug("José  Núñez-Ibáñez")
    'jose-nunez-ibanez'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "-", kept).strip("-") or "unnamed"


class IdBook:
    """Hands out contact ids with ``-2``, ``-3`` suffixes for repeats, in order of use."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def take(self, base: str) -> str:
        n = self._seen.get(base, 0) + 1
        self._seen[base] = n
        return base if n == 1 else f"{base}-{n}"


def snowflake(when: datetime, seq: int = 0) -> int:
    """An X id minted at ``when`` (only for accounts created after late 2010)."""
    ms = int(when.timestamp() * 1000) - SNOWFLAKE_EPOCH_MS
    return (ms << 22) | ((seq % 1024) << 12) | (seq % 4096)


def x_account_id(created: datetime, seq: int) -> str:
    """Accounts created before 2014 have small sequential ids, later ones snowflakes."""
    if created.year < 2014:
        start = datetime(2007, 1, 1, tzinfo=UTC).timestamp()
        frac = (created.timestamp() - start) / (
            datetime(2014, 1, 1, tzinfo=UTC).timestamp() - start
        )
        return str(max(1000, int(12_000 + frac * 2_300_000_000) + seq))
    return str(snowflake(created, seq))


DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def x_created_at(when: datetime) -> str:
    """Twitter API v1.1 date text, e.g. 'Fri Jun 17 08:33:25 +0000 2011' (locale-free)."""
    return (
        f"{DAYS[when.weekday()]} {MONTHS[when.month - 1]} {when.day:02d} "
        f"{when:%H:%M:%S} +0000 {when.year}"
    )


def linkedin_date(when: datetime) -> str:
    """LinkedIn's 'Connected On' text, e.g. '07 Mar 2021' (locale-free)."""
    return f"{when.day:02d} {MONTHS[when.month - 1]} {when.year}"


def iso_ms(when: datetime) -> str:
    """X archive timestamps: '2023-05-02T14:03:11.000Z'."""
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"
