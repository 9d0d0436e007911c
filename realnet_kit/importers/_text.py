"""Turn raw bytes into text and JSON safely: encodings, mojibake, X's ``window.YTD`` files.

Every function here raises :class:`~realnet_kit.errors.ExportFormatError` (through the
``entry`` it is given) instead of the parser's own exceptions, so a participant never
sees a ``UnicodeDecodeError`` or a ``JSONDecodeError``.

>>> fix_mojibake("Jos\\u00c3\\u00a9")
'José'
>>> decode_bytes("café".encode("utf-16"))
'café'
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Any

#: Longest text accepted in one field (name, bio, message...). Exports never come close;
#: a longer cell means a damaged or hostile file.
MAX_FIELD_CHARS = 1_000_000

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def guess_encoding(data: bytes) -> str:
    """Name the encoding of ``data``: a BOM, UTF-16 without BOM, UTF-8, else cp1252.

    >>> guess_encoding("Zoë;Müller".encode("cp1252"))
    'cp1252'
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    sample = data[:4000]
    if len(sample) >= 4:
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        half = len(sample) / 2
        if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
            return "utf-16-le"
        if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
            return "utf-16-be"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the very end of a sample is still UTF-8.
        if exc.start < len(data) - 4 or exc.reason != "unexpected end of data":
            return "cp1252"
    return "utf-8"


def decode_bytes(data: bytes, entry: Any = None) -> str:
    """Decode an export's bytes to text, whatever common encoding it uses."""
    encoding = guess_encoding(data[:4000])
    try:
        text = data.decode(encoding, errors="strict" if encoding == "utf-8" else "replace")
    except UnicodeDecodeError:  # UTF-8 at the start, something else further on
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") > max(3, len(text) // 10_000):  # not one stray byte
            text = data.decode("cp1252", errors="replace")
    if "\x00" in text[:4000]:
        _fail(
            entry,
            "it holds binary data, not text",
            "Pick the file exactly as the platform gave it (a .csv, .json, .js or .vcf).",
        )
    return text


def fix_mojibake(text: Any) -> Any:
    """Undo Facebook and Instagram's habit of writing UTF-8 bytes as latin-1 characters.

    Text that is not mojibake (plain ASCII, or already correct) comes back unchanged.

    >>> fix_mojibake("Zo\\u00c3\\u00ab \\u00f0\\u009f\\u008e\\u00b8")
    'Zoë 🎸'
    >>> fix_mojibake("Zoë")
    'Zoë'
    """
    if not isinstance(text, str) or text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _fail(entry: Any, problem: str, advice: str):
    from realnet_kit.errors import ExportFormatError

    if entry is None:
        raise ExportFormatError("<text>", problem, advice)
    raise entry.error(problem, advice)


_JSON_ADVICE = (
    "Download the archive again (the download may have stopped early) and make sure you "
    "asked for the JSON format, not HTML."
)


def parse_json(text: str, entry: Any = None, start: int = 0) -> Any:
    """Parse JSON text starting at ``start``, with teaching errors for every failure."""
    stripped = text[start : start + 200].lstrip()
    if not stripped:
        _fail(entry, "the file is empty", "Download the export again; this file has no data.")
    if stripped[:1] == "<":
        _fail(
            entry,
            "this is a web page (HTML), not the JSON data the workshop reads",
            "Request the export again and choose the JSON format instead of HTML.",
        )
    decoder = json.JSONDecoder()
    pos = start + (len(text[start : start + 200]) - len(stripped))
    try:
        value, end = decoder.raw_decode(text, pos)
    except json.JSONDecodeError as exc:
        where = (
            "it ends in the middle"
            if exc.pos >= len(text) - 2
            else (f"the JSON is broken at line {exc.lineno}, column {exc.colno} ({exc.msg})")
        )
        _fail(entry, f"this file should hold JSON data but {where}", _JSON_ADVICE)
    except RecursionError:
        _fail(
            entry,
            "the JSON is nested far deeper than any export ever is",
            "This is not a platform export; pick the file the platform gave you.",
        )
    rest = text[end : end + 100].strip().rstrip(";").strip()
    if rest:
        _fail(entry, "the JSON data is followed by unexpected text", _JSON_ADVICE)
    return value


_YTD = re.compile(r"^\s*window\.YTD\.([A-Za-z0-9_]+)\.part(\d+)\s*=\s*", re.ASCII)


def parse_ytd(text: str, entry: Any = None) -> tuple[str, Any]:
    """Parse an X archive file ``window.YTD.<name>.partN = [...]`` to (name, data)."""
    match = _YTD.match(text[:300].lstrip("\ufeff"))
    if match is None:
        if text[:300].strip().startswith(("[", "{")):
            return "", parse_json(text, entry)
        _fail(
            entry,
            "this is not a file from an X (Twitter) archive: it should start with 'window.YTD.'",
            "Pick the file from the data folder of your X archive.",
        )
    offset = len(text) - len(text.lstrip("\ufeff"))
    return match.group(1), parse_json(text, entry, start=offset + match.end())


def check_field_lengths(values: list, entry: Any, what: str) -> None:
    """Refuse a field longer than :data:`MAX_FIELD_CHARS` (a damaged or hostile file)."""
    try:
        longest = max(map(len, values), default=0)
    except TypeError:
        longest = max((len(v) for v in values if isinstance(v, str)), default=0)
    if longest > MAX_FIELD_CHARS:
        _fail(
            entry,
            f"one {what} holds {longest:,} characters, far more than any export "
            "writes; the file is damaged or is not an export",
            "Download the export again from the platform and load that file.",
        )
