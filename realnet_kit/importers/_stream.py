"""Read the big list of a JSON export a batch of records at a time, in little memory.

A follower file is one long JSON list (Instagram's ``followers_1.json``, the list under
``relationships_following`` or ``friends_v2``, X's ``window.YTD.follower.part0 = [...]``).
Parsing it whole holds the file's bytes, its text and every parsed record at once: three
to six times the file's size. Here the file is decoded a chunk at a time and each batch of
records parsed in one call of ``orjson`` (two to three times as fast as the standard
library's parser), so only a chunk, one batch of records and the values a loader keeps
are in memory.

Only the tidy case streams: anything unexpected (a list that is not where it should be,
broken JSON, a file that is not UTF-8) raises :class:`NotStreamable`, and the loader reads
the file whole as before, which gives the teaching error.

>>> import io
>>> data = b'{"relationships_following": [{"a": 1}, {"a": 2}, {"a": 3}]}'
>>> [len(b) for b in iter_batches(lambda: io.BytesIO(data), ("relationships_following",))]
[3]
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

import orjson

#: Characters decoded per step.
CHUNK_BYTES = 4 * 1024 * 1024
#: Characters of records parsed in one call: a parse needs several times its text while
#: it runs (``orjson`` about fifteen), so batches are kept well below a chunk.
BATCH_CHARS = 1024 * 1024
_SPACE = re.compile(r"[\s,]*")
_KEY = re.compile(r'\s*"((?:[^"\\]|\\.)*)"\s*:\s*', re.DOTALL)


class NotStreamable(Exception):
    """The file is not the tidy list this reader expects; read it whole instead."""


class _Text:
    """A growing window on a file's decoded text."""

    def __init__(self, opener: Callable[[], BinaryIO]) -> None:
        try:
            self._handle = opener()
            head = self._handle.read(4)
        except OSError:
            raise NotStreamable("cannot be opened") from None
        if head.startswith(codecs.BOM_UTF8):
            head = head[3:]
        elif head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or b"\x00" in head:
            self.close()
            raise NotStreamable("not UTF-8")
        self._decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self.buf = self._decoder.decode(head)
        self.pos = 0
        self.done = False

    def more(self) -> bool:
        """Read the next chunk; False at the end of the file."""
        if self.done:
            return False
        try:
            raw = self._handle.read(CHUNK_BYTES)
        except OSError:
            raise NotStreamable("damaged") from None
        try:
            text = self._decoder.decode(raw, final=not raw)
        except UnicodeDecodeError:
            raise NotStreamable("not UTF-8") from None
        if not raw:
            self.done = True
        if self.pos > len(self.buf) // 2:  # forget what was read
            self.buf = self.buf[self.pos :]
            self.pos = 0
        self.buf += text
        return bool(raw) or bool(text)

    def skip_space(self, pattern: re.Pattern = _SPACE) -> None:
        while True:
            self.pos = pattern.match(self.buf, self.pos).end()
            if self.pos < len(self.buf) or not self.more():
                return

    def peek(self) -> str:
        self.skip_space(re.compile(r"\s*"))
        return self.buf[self.pos : self.pos + 1]

    def close(self) -> None:
        self._handle.close()


_DECODER = json.JSONDecoder()


def _value(text: _Text) -> Any:
    """Parse one JSON value at the current position, reading more text as needed."""
    while True:
        try:
            value, end = _DECODER.raw_decode(text.buf, text.pos)
        except RecursionError:
            raise NotStreamable("nested too deep") from None
        except json.JSONDecodeError:
            if text.more():
                continue
            raise NotStreamable("broken JSON") from None
        if end >= len(text.buf) and not text.done and text.more():
            continue  # a number may go on in the next chunk: parse it again
        text.pos = end
        return value


def _find_list(text: _Text, keys: tuple[str, ...], prefix: re.Pattern | None) -> None:
    """Move to just inside the wanted list (top level, or under one of ``keys``)."""
    while len(text.buf) < 300 and text.more():
        pass
    if text.buf.startswith("\ufeff"):
        text.pos = 1
    if prefix is not None:
        match = prefix.match(text.buf, text.pos)
        if match is None:
            raise NotStreamable("no prefix")
        text.pos = match.end()
    first = text.peek()
    if first == "[":
        text.pos += 1
        return
    if first != "{" or not keys:
        raise NotStreamable("not a list")
    text.pos += 1
    while True:
        text.skip_space()
        if text.peek() == "}":
            raise NotStreamable("no wanted list")
        match = _KEY.match(text.buf, text.pos)
        while match is None or match.end() >= len(text.buf):
            if not text.more():
                raise NotStreamable("broken object")
            match = _KEY.match(text.buf, text.pos)
        text.pos = match.end()
        if match.group(1).startswith(keys) and text.peek() == "[":
            text.pos += 1
            return
        _value(text)  # another key's value: parse past it


_BOUNDARY = re.compile(r"\}\s*,\s*\{")
#: Candidate cuts tried before reading more text (a cut inside a record fails to parse).
_TRIES = 8


def parse_records(text: str) -> list:
    """The records of ``text`` (whole records and the commas between them), parsed.

    Raises :class:`ValueError` when the text does not parse (a cut inside a record).
    """
    try:
        return orjson.loads("[" + text + "]")
    except orjson.JSONDecodeError as exc:
        if "recursion" in str(exc).lower():
            raise NotStreamable("nested too deep") from None
        raise


def iter_batches(
    opener: Callable[[], BinaryIO],
    keys: tuple[str, ...] = (),
    prefix: re.Pattern | None = None,
    parse: Callable[[str], list] = parse_records,
) -> Iterator[list]:
    """Yield the records of a file's list in batches (see the module's description).

    ``keys``: how the object keys that may hold the list begin (a top-level list is
    always read); ``prefix``: a pattern the text starts with before the list (X's
    ``window.YTD``); ``parse``: what turns the text of a run of whole records into a
    batch (default :func:`parse_records`; a loader may read its values straight from the
    text instead), raising :class:`ValueError` when the text does not parse.

    A batch is a few megabytes of records parsed in one call of the C parser: the text
    is cut after a ``}`` that is followed by ``, {``, and the cut is right when
    ``[`` + text + ``]`` parses (a cut inside a record leaves brackets unbalanced).
    """
    text = _Text(opener)
    try:
        _find_list(text, keys, prefix)
        while True:
            text.skip_space(_SPACE)
            while len(text.buf) - text.pos < CHUNK_BYTES and text.more():
                pass
            if text.done:
                while len(text.buf) - text.pos > BATCH_CHARS:  # the rest, a batch at a time
                    records = _cut_before(text, parse, text.pos + BATCH_CHARS)
                    if records is None:
                        break
                    yield records
                    text.skip_space(_SPACE)
                yield from _last_batch(text, parse)
                return
            records = _cut_batch(text, parse)
            if records is None:  # one record longer than a chunk: read on
                if not text.more():
                    yield from _last_batch(text, parse)
                    return
                continue
            yield records
    finally:
        text.close()


def _cut_batch(text: _Text, parse: Callable[[str], list]) -> list | None:
    """The next batch: about :data:`BATCH_CHARS` of records (more when one is longer)."""
    if len(text.buf) - text.pos > BATCH_CHARS:
        records = _cut_before(text, parse, text.pos + BATCH_CHARS)
        if records is not None:
            return records
    return _cut_before(text, parse, len(text.buf))


def _cut_before(text: _Text, parse: Callable[[str], list], end: int) -> list | None:
    for _ in range(_TRIES):
        cut = text.buf.rfind("}", text.pos, end)
        while cut >= 0:
            match = _BOUNDARY.match(text.buf, cut)
            if match and match.end() < len(text.buf):
                break
            cut = text.buf.rfind("}", text.pos, cut)
        if cut < 0:
            return None
        try:
            records = parse(text.buf[text.pos : cut + 1])
        except RecursionError:
            raise NotStreamable("nested too deep") from None
        except ValueError:
            end = cut
            continue
        text.pos = match.end() - 1  # at the next record's "{"
        return records
    return None


def _last_batch(text: _Text, parse: Callable[[str], list]) -> Iterator[list]:
    """The rest of the list, up to its closing ``]`` (what follows is not looked at)."""
    rest = text.buf[text.pos :]
    if not rest.strip():
        raise NotStreamable("the list never ends")
    if rest.lstrip().startswith("]"):
        return
    close = rest.rfind("]")
    if close >= 0 and not rest[close + 1 :].strip(" \t\r\n}"):  # the list, then "}" at most
        try:
            yield parse(rest[:close])
            return
        except (ValueError, RecursionError):
            pass  # not the list's end after all: the standard parser below says where
    if parse is not parse_records:
        raise NotStreamable("the list's end is not where it should be")
    try:
        records, _ = _DECODER.raw_decode("[" + rest)
    except (json.JSONDecodeError, RecursionError):
        raise NotStreamable("broken JSON") from None
    yield records
