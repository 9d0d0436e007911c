"""Names in plots, drawn in whatever script they are written in.

Participants' contacts have names in Latin, Cyrillic, Greek, Arabic, Devanagari, Chinese,
Japanese, Korean and more, often with an emoji. Matplotlib draws with one font unless told
otherwise, and prints a warning and an empty box for every character that font lacks. Two
helpers fix that for labels that hold names:

- :func:`label_fonts` lists the installed fonts, in order of preference, so matplotlib can
  fall back from one to the next (``fontfamily=label_fonts()``);
- :func:`drawable` drops the characters none of them can draw (colour emoji, mostly), so a
  label never shows an empty box.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Tried in this order; only the installed ones are used. DejaVu Sans ships with matplotlib.
FALLBACK_FAMILIES: tuple[str, ...] = (
    "DejaVu Sans",
    "Noto Sans",
    "Noto Sans CJK JP",
    "Noto Sans CJK SC",
    "Noto Sans CJK KR",
    "Source Han Sans",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "Microsoft YaHei",
    "Yu Gothic",
    "Malgun Gothic",
    "PingFang SC",
    "Hiragino Sans",
    "Apple SD Gothic Neo",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Devanagari",
    "Noto Sans Bengali",
    "Noto Sans Tamil",
    "Noto Sans Thai",
    "Nirmala UI",
    "Leelawadee UI",
    "Segoe UI",
    "Segoe UI Symbol",
    "Arial Unicode MS",
    "DejaVu Sans Mono",
)


@lru_cache(maxsize=1)
def _installed() -> tuple[tuple[str, str], ...]:
    """(family, font file) for each installed fallback family, in preference order."""
    from matplotlib import font_manager

    files: dict[str, str] = {}
    for entry in font_manager.fontManager.ttflist:
        if (
            entry.name in FALLBACK_FAMILIES
            and entry.style == "normal"
            and entry.weight in (400, "normal", "regular")
        ):
            files.setdefault(entry.name, entry.fname)
    return tuple((family, files[family]) for family in FALLBACK_FAMILIES if family in files)


def label_fonts() -> list[str]:
    """The installed font families to try, in order, for a label that holds a name.

    >>> label_fonts()[0]
    'DejaVu Sans'
    """
    return [family for family, _ in _installed()] or ["DejaVu Sans"]


@lru_cache(maxsize=1)
def _faces() -> tuple:
    from matplotlib.ft2font import FT2Font

    faces = []
    for _, path in _installed():
        try:
            faces.append(FT2Font(path))
        except (OSError, RuntimeError):  # an unreadable font file: skip it
            continue
    return tuple(faces)


@lru_cache(maxsize=4096)
def can_draw(character: str) -> bool:
    """Whether any installed fallback font has a glyph for ``character``."""
    code = ord(character)
    return any(face.get_char_index(code) for face in _faces())


_SPACES = re.compile(r"\s+")
# Joiners and variation selectors only shape emoji; alone they draw nothing useful.
_EMOJI_GLUE = re.compile("[\u200d\ufe00-\ufe0f]")
UNDRAWABLE = "?"


def drawable(text: object) -> str:
    """``text`` without the characters no installed font can draw.

    A name written only in a script no installed font covers becomes ``"?"`` rather than
    a row of empty boxes (install a Noto font to see it).

    >>> drawable("Rosie \\U0001F33B Ashworth")
    'Rosie Ashworth'
    """
    text = _EMOJI_GLUE.sub("", str(text))
    kept = _SPACES.sub(" ", "".join(ch for ch in text if ch.isspace() or can_draw(ch))).strip()
    return kept or (UNDRAWABLE if text.strip() else "")
