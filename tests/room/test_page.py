"""The room page is readable by everyone: landmarks, headings, labels, contrast, numbers."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from itertools import pairwise

from realnet_kit.html import environment
from realnet_kit.room import room_page
from realnet_kit.style import CSS_COLORS


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str = "#FFFFFF") -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_every_colour_of_text_on_the_page_has_a_contrast_of_at_least_4_5():
    source = environment().loader.get_source(environment(), "room.html.j2")[0]
    used = set(re.findall(r"colors\.(\w+)", source))
    assert {"warn", "good", "accent", "muted", "fill"} <= used
    for name in ("text", "muted", "warn", "good", "accent"):
        assert contrast(CSS_COLORS[name]) >= 4.5, name
    # The bars' parts stand out from the page and from the grey of "not started" (>= 3:1).
    for name in ("warn", "good"):
        assert contrast(CSS_COLORS[name], CSS_COLORS["fill"]) >= 3, name


class _Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_the_page_has_landmarks_ordered_headings_and_labelled_sections(tmp_path):
    outline = _Outline()
    outline.feed(room_page(tmp_path))
    tags = [t for t, _ in outline.tags]
    assert tags.count("main") == 1 and tags.count("h1") == 1
    levels = [int(t[1]) for t in tags if re.fullmatch(r"h[1-6]", t)]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in pairwise(levels))
    ids = {a.get("id") for _, a in outline.tags}
    for tag, attrs in outline.tags:
        if tag in ("section", "table"):
            assert attrs.get("aria-labelledby") in ids
        if tag == "th":
            assert attrs.get("scope") in ("row", "col")
    html_tag = next(a for t, a in outline.tags if t == "html")
    assert html_tag.get("lang") == "en"
