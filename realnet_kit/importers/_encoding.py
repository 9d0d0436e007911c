"""Tell which text encoding an export was saved in, or say that no reading convinces.

Exports come in UTF-8 (with or without a byte-order mark), UTF-16 and UTF-32 (Excel's
"Unicode text", Outlook on Windows), and in the legacy code pages an older Excel or
Outlook writes in the language of the computer: cp1252 in Western Europe and the
Americas, cp1250 and ISO-8859-2 in Central Europe, cp1251 and KOI8-R in Cyrillic
countries, cp1253 in Greece, cp932 (Shift-JIS) in Japan, GB18030/GBK in mainland
China, Big5 in Taiwan and Hong Kong, EUC-KR/cp949 in Korea.

Unicode is recognised from its marks and its bytes. A legacy file is read once with
every candidate code page that accepts its bytes, and each reading is scored by how much
it looks like people's names and words (:func:`plausibility`): letters of one script per
word, no stray symbols inside words, common rather than rare ideographs. The best
reading wins if it is convincing; otherwise :func:`guess_encoding` answers ``None`` and
the loader refuses the file in words rather than show garbled names.
charset-normalizer widens the candidates when none of the usual code pages fits.

>>> guess_encoding("山田 太郎,taro@example.jp".encode("cp932"))
'cp932'
>>> guess_encoding("Иван Петров;ivan@example.ru".encode("cp1251"))
'cp1251'
>>> guess_encoding("Zoë;Müller".encode("cp1252"))
'cp1252'
"""

from __future__ import annotations

import codecs
import re
import unicodedata

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Legacy code pages tried, in order of preference when two read the bytes equally well
#: (Windows code pages first: Excel and Outlook write those).
LEGACY_CANDIDATES: tuple[str, ...] = (
    "cp1252",
    "cp1250",
    "cp1251",
    "iso-8859-2",
    "iso-8859-15",
    "cp1253",
    "iso-8859-7",
    "cp1254",
    "cp1257",
    "cp1255",
    "cp1256",
    "koi8-r",
    "iso-8859-5",
    "cp932",
    "cp949",
    "gb18030",
    "big5",
    "euc-jp",
)
#: Letters that only Icelandic and Faroese use: read from cp1252 they are more often
#: Turkish letters of cp1254 (Ş ş ğ ı) in the wrong code page.
_RARE_LATIN = set("ÐðÞþÝý")
#: A reading must score at least this (0 to 1: the share of its non-ASCII characters
#: that look like ordinary letters of names and words) to be believed.
CONVINCING = 0.6
#: Most bytes of non-ASCII lines looked at to choose (the rest is decoded with the choice).
SAMPLE_BYTES = 64 * 1024

_CJK = {"cp932", "euc-jp", "gb18030", "big5", "cp949"}


def unicode_encoding(data: bytes) -> str | None:
    """The Unicode encoding ``data`` is in (from a BOM or the pattern of zero bytes).

    >>> unicode_encoding("ab".encode("utf-32-le"))
    'utf-32-le'
    >>> unicode_encoding(b"plain") is None
    True
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    sample = data[:4000]
    if len(sample) >= 8:
        quarter = len(sample) / 4
        nuls = [sample[k::4].count(0) for k in range(4)]
        if nuls[1] + nuls[2] + nuls[3] > 2.4 * quarter and nuls[0] < 0.05 * quarter:
            return "utf-32-le"
        if nuls[0] + nuls[1] + nuls[2] > 2.4 * quarter and nuls[3] < 0.05 * quarter:
            return "utf-32-be"
        half = len(sample) / 2
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > 0.3 * half and even < 0.05 * half:
            return "utf-16-le"
        if even > 0.3 * half and odd < 0.05 * half:
            return "utf-16-be"
    return None


def is_utf8(data: bytes) -> bool:
    """True if ``data`` is UTF-8 (a character cut at the very end still counts)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(data) - 3 and exc.reason == "unexpected end of data"
    return True


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 text with a stray byte or two (a hand edit); legacy text fails everywhere."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    valid = sum(1 for ch in text if not ch.isascii()) - bad
    return bad <= max(3, len(text) // 10_000) and valid > bad


def guess_encoding(data: bytes) -> str | None:
    """The encoding of ``data``: Unicode, else the most plausible legacy code page.

    ``None`` when no reading is convincing (see :data:`CONVINCING`).
    """
    found = unicode_encoding(data)
    if found:
        return found
    if is_utf8(data) or _mostly_utf8(data):
        return "utf-8"
    sample = _non_ascii_lines(data)
    best, best_score = None, -1.0
    for name in LEGACY_CANDIDATES:
        text = _decode_or_none(sample, name)
        if text is None:
            continue
        score = plausibility(text, name)
        if score > best_score + 1e-9:
            best, best_score = name, score
    if best_score < CONVINCING:
        extra = _normalizer_guess(sample)
        if extra:
            text = _decode_or_none(sample, extra)
            score = plausibility(text, extra) if text is not None else -1.0
            if score > best_score:
                best, best_score = extra, score
    return best if best_score >= CONVINCING else None


def _non_ascii_lines(data: bytes) -> bytes:
    """The lines of ``data`` that hold non-ASCII bytes, up to :data:`SAMPLE_BYTES`.

    A last line without its line end (a sample cut from a longer file) is left out when
    there are others: it may end in the middle of a character.
    """
    all_lines = data.splitlines()
    if len(all_lines) > 1 and not data.endswith((b"\n", b"\r")):
        all_lines = all_lines[:-1]
    lines, size = [], 0
    for line in all_lines:
        if not line.isascii():
            lines.append(line)
            size += len(line) + 1
            if size >= SAMPLE_BYTES:
                break
    return b"\n".join(lines)


def _decode_or_none(data: bytes, name: str) -> str | None:
    try:
        return data.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None


def _normalizer_guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    match = from_bytes(data[:SAMPLE_BYTES]).best()
    return match.encoding if match is not None else None


def _script(ch: str) -> str:
    """A coarse script name: latin, cyrillic, greek, kana, hangul, han, other."""
    code = ord(ch)
    if code < 0x250 or 0x1E00 <= code < 0x1F00:
        return "latin"
    if 0x370 <= code < 0x400:
        return "greek"
    if 0x400 <= code < 0x530:
        return "cyrillic"
    if 0x590 <= code < 0x600:
        return "hebrew"
    if 0x600 <= code < 0x700:
        return "arabic"
    if 0x3040 <= code < 0x3100 or 0xFF66 <= code < 0xFFA0:
        return "kana"
    if 0xAC00 <= code < 0xD7A4 or 0x1100 <= code < 0x1200 or 0x3130 <= code < 0x3190:
        return "hangul"
    if 0x4E00 <= code < 0xA000 or 0x3400 <= code < 0x4DC0 or 0xF900 <= code < 0xFB00:
        return "han"
    return "other"


def _common_ideograph(ch: str, encoding: str) -> float:
    """How ordinary an ideograph or syllable is in the language ``encoding`` is for."""
    try:
        if encoding in ("cp932", "euc-jp"):
            lead = ch.encode("cp932")[0]
            return 1.0 if 0x88 <= lead <= 0x98 else 0.6  # JIS level 1 kanji
        if encoding == "gb18030":
            raw = ch.encode("gb2312")
            return 1.0 if raw[0] <= 0xD7 else 0.6  # GB2312 level 1 hanzi
        if encoding == "big5":
            return 1.0 if 0xA4 <= ch.encode("big5")[0] <= 0xC6 else 0.5  # frequent hanzi
        if encoding == "cp949":
            if len(ch.encode("euc-kr")) > 2:  # spelt out in jamo: not in KS X 1001
                return 0.1
            return 1.0 if _script(ch) == "hangul" else 0.3  # modern Korean rarely uses hanja
    except UnicodeEncodeError:
        return 0.1  # only in the extensions: rare characters, a misreading
    return 0.3


#: Scripts a legacy code page is made for; letters of other scripts it can hold only
#: through a few stray code points.
_SCRIPTS = {
    "cp1251": {"cyrillic"},
    "koi8-r": {"cyrillic"},
    "iso-8859-5": {"cyrillic"},
    "cp1253": {"greek"},
    "iso-8859-7": {"greek"},
    "cp1255": {"hebrew"},
    "cp1256": {"arabic"},
    "cp932": {"kana", "han"},
    "euc-jp": {"kana", "han"},
    "gb18030": {"han"},
    "big5": {"han"},
    "cp949": {"hangul", "han"},
}


#: What separates words in a table of people (spaces, delimiters, e-mail and URL marks).
_WORD_BREAKS = re.compile(r"[\s,;|\"@.:/()\[\]{}<>=+_\d#&*!?]+")


def _mark_weight(word: str, pos: int, category: str) -> float:
    """How ordinary a punctuation mark or symbol is where it stands in a word.

    At a word's edge or on its own, quotes, dashes, currency and other symbols are
    ordinary (``„Gute“``, ``5 €``, ``Smith & Co™``); between two letters only dashes
    and apostrophes are (``O’Brien``): a symbol inside a word is a misreading.
    """
    edge = pos == 0 or pos == len(word) - 1
    if edge:
        return 0.9 if category[0] in "PZ" else 0.8
    return 0.8 if category == "Pd" or word[pos] in "·’'" else 0.0


def plausibility(text: str, encoding: str) -> float:
    """Share (0 to 1) of the non-ASCII characters of ``text`` that look like real words.

    >>> round(plausibility("Zoë Müller", "cp1252"), 2)
    1.0
    >>> plausibility("ŽR“c ‘¾˜Y", "cp1252") < 0.5
    True
    """
    words = [w for w in _WORD_BREAKS.split(text) if w and not w.isascii()]
    # Latin words hold a minority of accented letters (even Czech or Polish); Cyrillic or
    # Greek read with a Western code page is accents throughout ("Èâàí Ïåòðîâ").
    letters_all = sum(ch.isalpha() for w in words for ch in w)
    accented = sum(ch.isalpha() and not ch.isascii() for w in words for ch in w)
    latin_weight = 1.0 if accented <= 0.6 * max(1, letters_all) else 0.35
    home = _SCRIPTS.get(encoding)
    total = 0.0
    good = 0.0
    for word in words:
        scripts = {_script(ch) for ch in word if ch.isalpha()}
        for pos, ch in enumerate(word):
            if ch.isascii():
                continue
            total += 1
            category = unicodedata.category(ch)
            if category == "Cc":
                good -= 1.0  # a control character: no text holds these
                continue
            if category[0] != "L":
                good += _mark_weight(word, pos, category)
                continue
            script = _script(ch)
            if script == "other":
                continue
            if len(scripts) > 1 and not scripts <= {"kana", "han"}:
                good += 0.1  # letters of two scripts in one word
                continue
            if home is not None and script not in home and script != "latin":
                good += 0.1
                continue
            if encoding in _CJK:
                if script == "latin":
                    good += 0.2  # an accented Latin letter from a CJK code page
                elif script == "kana":
                    halfwidth = ord(ch) >= 0xFF66  # old systems' narrow katakana
                    japanese = encoding in ("cp932", "euc-jp")
                    good += (0.3 if halfwidth else 1.0) if japanese else 0.2
                else:
                    good += _common_ideograph(ch, encoding)
                continue
            if script == "latin":
                if home is not None:
                    good += 0.2  # Latin accents read from a Cyrillic or Greek page
                    continue
                good += latin_weight - (0.2 if ch in _RARE_LATIN else 0.0)
            elif script == "cyrillic" and not ("\u0410" <= ch <= "\u044f" or ch in "Ёё"):
                good += 0.5  # Ђ Љ Ї...: where a Cyrillic code page puts Western € „ ™
            else:
                good += 1.0
            if pos and word[pos - 1].islower() and ch.isupper():
                good -= 0.5  # a capital after a small letter inside a word
    return 1.0 if total == 0 else max(0.0, good / total)
