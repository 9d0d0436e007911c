"""The kit's look: one palette, type sized for a projector, and fonts for every script.

Every plot and every page the kit draws takes its colours and sizes from here, so the
room sees one look and a facilitator changes it in one place.

- :data:`OKABE_ITO` is the palette (Okabe & Ito's eight colours stay distinct for the
  common kinds of colour blindness), :data:`CSS_COLORS` the same for pages;
- :func:`new_axes` and :func:`style_axes` give every figure the house style;
- :func:`label_fonts` lists the installed fonts so labels holding names fall back from one
  script to the next, and :func:`drawable` drops characters none of them can draw.

>>> style_axes(new_axes(), "Title").get_title(loc="left")
'Title'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

# Okabe & Ito (2008), "Color Universal Design": eight colours that stay distinct for
# deuteranopes, protanopes and tritanopes.
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
}


# Type sizes (points) that stay readable on a projector from the back of a seminar room.
FONT_SIZE = 15


TITLE_SIZE = 19


DEFAULT_FIGSIZE = (11, 6)


# Colour of the "vanity" numbers and of the "real" ones, everywhere in the package.
SCOREBOARD_COLOR = "#999999"


REAL_COLOR = OKABE_ITO["blue"]


def new_axes(ax: Axes | None = None, figsize: tuple[float, float] = DEFAULT_FIGSIZE) -> Axes:
    """``ax`` itself, or the axes of a new figure of ``figsize`` inches."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def style_axes(ax: Axes, title: str, xlabel: str = "", ylabel: str = "") -> Axes:
    """Big, plain labels and no chart junk: the house style of every RealNet plot."""
    ax.set_title(title, fontsize=TITLE_SIZE, loc="left", pad=14)
    ax.set_xlabel(xlabel, fontsize=FONT_SIZE)
    ax.set_ylabel(ylabel, fontsize=FONT_SIZE)
    ax.tick_params(labelsize=FONT_SIZE)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax


#: Where a figure keeps its text alternative (see :func:`set_alt_text`).
ALT_TEXT_ATTRIBUTE = "realnet_alt_text"


def set_alt_text(ax: Axes, sentence: str) -> Axes:
    """Keep ``sentence``, the figure's numbers in words, as the text alternative of ``ax``.

    Screen readers cannot read a picture; every plot of the kit sets one short sentence
    of what it shows, which pages use as the image's ``alt`` text. It is kept on the
    Axes and on its figure; a figure of several plots says each one's sentence, in the
    order of its Axes. Read it back with :func:`alt_text`.
    """
    setattr(ax, ALT_TEXT_ATTRIBUTE, " ".join(str(sentence).split()))
    said = [getattr(a, ALT_TEXT_ATTRIBUTE, "") for a in ax.figure.axes]
    setattr(ax.figure, ALT_TEXT_ATTRIBUTE, " ".join(s for s in said if s))
    return ax


def alt_text(figure_or_ax: object) -> str:
    """The text alternative of a plot of the kit: one sentence of its numbers.

    Give it what a ``plot_*`` function returned (the Axes) or its figure; a plot that
    set none gives ``""``.

    >>> ax = set_alt_text(new_axes(), "Of 120 followers, 8 talked with you both ways.")
    >>> alt_text(ax) == alt_text(ax.figure) == "Of 120 followers, 8 talked with you both ways."
    True
    >>> import matplotlib.pyplot as plt
    >>> fig, (left, right) = plt.subplots(1, 2)
    >>> _ = set_alt_text(right, "Funnel: 8."), set_alt_text(left, "Rings: 5.")
    >>> alt_text(fig), alt_text(right)
    ('Rings: 5. Funnel: 8.', 'Funnel: 8.')
    """
    own = getattr(figure_or_ax, ALT_TEXT_ATTRIBUTE, None)
    if own:
        return str(own)
    figure = getattr(figure_or_ax, "figure", None)
    return str(getattr(figure, ALT_TEXT_ATTRIBUTE, "") or "")


#: The palette for pages (the audit report, the printable plan and the dashboard), with
#: text colours that keep a contrast of at least 4.5:1 on white.
CSS_COLORS: dict[str, str] = {
    "text": "#111111",
    "muted": "#595959",
    "accent": OKABE_ITO["blue"],
    "warn": "#A04000",
    "scoreboard": SCOREBOARD_COLOR,
    "line": "#CCCCCC",
    "good": "#00664A",
    "good_line": OKABE_ITO["bluish green"],
    "waiting_line": OKABE_ITO["orange"],
    "fill": "#F2F2F2",
    "page": "#FFFFFF",
}


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
