"""Figures in a notebook carry their text alternative.

Every plot of the kit keeps one sentence of its numbers (:func:`realnet_kit.style.alt_text`).
In a notebook the inline backend shows a figure as a PNG, whose only text is
``<Figure size 1100x600 with 1 Axes>``: a screen reader says that and nothing else.
:func:`describe_figures` teaches IPython to show each figure of the kit as an image
with that sentence as its ``alt`` text (and as its plain-text form), so the description
travels with the picture into the saved notebook. Figures without a sentence (a
participant's own) are left as matplotlib shows them.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> from realnet_kit.style import new_axes, set_alt_text
>>> ax = set_alt_text(new_axes(), "Funnel: of 120 followers, 8 talked with you both ways.")
>>> figure_html(ax.figure).startswith("<img src='data:image/png;base64,")
True
>>> "alt='Funnel: of 120 followers, 8 talked with you both ways.'" in figure_html(ax.figure)
True
"""

from __future__ import annotations

import base64
import sys
from typing import Any

from markupsafe import Markup

from realnet_kit.style import alt_text


def figure_html(figure: Any) -> str | None:
    """The figure as an ``<img>`` with its sentence as ``alt``; None when it has none (the
    notebook then shows it as usual)."""
    said = alt_text(figure)
    if not said:
        return None
    from IPython.core.pylabtools import print_figure  # only in a kernel

    png = print_figure(figure, "png", bbox_inches="tight")
    source = base64.b64encode(png).decode("ascii")
    return str(
        Markup("<img src='data:image/png;base64,{}' alt='{}' style='max-width:100%'>").format(
            source, said
        )
    )


def _figure_text(figure: Any, printer: Any, cycle: bool) -> None:
    printer.text(alt_text(figure) or repr(figure))


def _register(shell: Any) -> None:
    """Put the two formatters in place (again): IPython's inline backend, when it starts,
    removes every formatter of matplotlib figures but its own."""
    formatters = shell.display_formatter.formatters
    figure_module = sys.modules.get("matplotlib.figure")
    if figure_module is None:  # no figure yet: register by name, matplotlib stays unloaded
        formatters["text/html"].for_type_by_name("matplotlib.figure", "Figure", figure_html)
        formatters["text/plain"].for_type_by_name("matplotlib.figure", "Figure", _figure_text)
        return
    figure = figure_module.Figure
    if formatters["text/html"].type_printers.get(figure) is not figure_html:
        formatters["text/html"].for_type(figure, figure_html)
        formatters["text/plain"].for_type(figure, _figure_text)


def describe_figures() -> bool:
    """Show the kit's figures with their text alternative in this IPython kernel.

    Returns whether it could (False outside IPython). Safe to call more than once: the
    formatters are put back after each cell, before the inline backend shows its
    figures, should the backend have started in that cell and removed them.
    """
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with Jupyter
        return False
    shell = get_ipython()
    if shell is None:
        return False
    _register(shell)
    if not getattr(shell, "_realnet_describes_figures", False):
        shell.events.register("post_execute", lambda: _register(shell))
        shell._realnet_describes_figures = True
    return True
