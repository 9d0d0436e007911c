"""Turn raw bytes into text and JSON safely: encodings, mojibake, X's ``window.YTD`` files.

Every function here raises :class:`~realnet_kit.errors.ExportFormatError` (through the
``entry`` it is given) instead of the parser's own exceptions, so a participant never
sees a ``UnicodeDecodeError`` or a ``JSONDecodeError``.

>>> fix_mojibake("Jos\\u00c3\\u00a9")
'José'
>>> decode_bytes("café".encode("utf-16"))
'café'
>>> decode_bytes("山田 太郎".encode("cp932"))
'山田 太郎'
"""

from __future__ import annotations

import json
import re
from typing import Any

from realnet_kit.importers._encoding import guess_encoding

#: Longest text accepted in one field (name, bio, message...). Exports never come close;
#: a longer cell means a damaged or hostile file.
MAX_FIELD_CHARS = 1_000_000


def decode_bytes(data: bytes, entry: Any = None) -> str:
    """Decode an export's bytes to text, whatever encoding it was saved in.

    Unicode (UTF-8, UTF-16, UTF-32, with or without a byte-order mark) first, then the
    legacy code page whose reading is most plausible (:mod:`._encoding`). A file no
    reading makes sense of is refused in words rather than shown garbled.
    """
    encoding = guess_encoding(data[:SNIFF_BYTES] if len(data) > SNIFF_BYTES else data)
    if encoding is None:
        _fail(
            entry,
            "its text is in an encoding the workshop cannot tell with confidence (no "
            "reading of its letters as Unicode or as a Windows, ISO or Asian code page "
            "makes sense)",
            "Open it in your spreadsheet or address-book app and save or export it again "
            "as 'CSV UTF-8' (or 'Unicode'), then load the new file.",
        )
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:  # the start fits one encoding, something further on not
        text = _decode_rest(data, entry)
    if "\x00" in text[:4000]:
        _fail(
            entry,
            "it holds binary data, not text",
            "Pick the file exactly as the platform gave it (a .csv, .json, .js or .vcf).",
        )
    return text


#: Bytes looked at to choose an encoding before the whole file is decoded with it.
SNIFF_BYTES = 1024 * 1024


def _decode_rest(data: bytes, entry: Any) -> str:
    """Decode a file whose first megabyte chose an encoding that a later byte breaks."""
    encoding = guess_encoding(data)
    if encoding is not None:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    name = encoding or "utf-8"
    text = data.decode(name, errors="replace")
    if text.count("\ufffd") > max(3, len(text) // 10_000):  # more than a stray byte
        _fail(
            entry,
            "parts of its text are in different encodings, so some letters cannot be read",
            "Open it in your spreadsheet or address-book app and save or export it again "
            "as 'CSV UTF-8', then load the new file.",
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
            or (exc.msg.startswith("Unterminated string") and '"' not in text[exc.pos + 1 :])
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
