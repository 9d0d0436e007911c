"""HTML the kit writes: one Jinja environment with autoescape, and small safe snippets.

Every page the kit writes (the audit report, the printable plan) is rendered from a
template in ``realnet_kit/templates`` through :func:`render`, with autoescape on, so a
name such as ``<img src=x onerror=alert(1)>`` is shown as text and never runs. Small
snippets for widgets are built with :class:`markupsafe.Markup`, which escapes whatever is
formatted into it.

>>> str(link_html("https://example.org/?a=1&b=2", "<Ada>"))[:46]
"<a href='https://example.org/?a=1&amp;b=2' tar"
>>> "&lt;Ada&gt;" in link_html("https://example.org", "<Ada>")
True
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import jinja2
from markupsafe import Markup, escape

from realnet_kit.style import CSS_COLORS

__all__ = ["Markup", "environment", "escape", "link_html", "render"]


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The kit's Jinja environment: templates shipped in the package, autoescape always on."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("realnet_kit", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["colors"] = CSS_COLORS
    return env


def render(template: str, **context: Any) -> str:
    """Render ``templates/<template>`` with ``context``; every value is escaped."""
    return environment().get_template(template).render(**context)


def link_html(url: str, text: str, title: str = "Opens this account in your browser") -> str:
    """An escaped link that opens in a new tab and tells the site nothing of the page."""
    return Markup(
        "<a href='{}' target='_blank' rel='noopener noreferrer' title='{}'>{}</a>"
    ).format(url, title, text)
