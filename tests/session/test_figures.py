"""Figures in a notebook carry their text alternative (01's funnel showed only
"<Figure size 1100x600 with 1 Axes>" to a screen reader)."""

from __future__ import annotations

import html
import re

import matplotlib
import pytest

matplotlib.use("Agg")

from realnet_kit.audit import plot_funnel
from realnet_kit.session._figures import describe_figures
from realnet_kit.style import alt_text, new_axes


@pytest.fixture
def shell():
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    yield shell
    InteractiveShell.clear_instance()


def test_a_figure_of_the_kit_shows_with_its_sentence(shell):
    assert describe_figures()
    ax = plot_funnel({"followers": 9843, "suspicious": 1736, "real": 8107,
                      "real_two_way": 904, "real_mutual": 903, "real_engaged": 18})  # fmt: skip
    data, _ = shell.display_formatter.format(ax.figure)
    said = alt_text(ax)
    assert said.startswith("Funnel: of 9,843 followers")
    assert data["text/plain"] == said
    alt = re.search(r"alt='([^']*)'", data["text/html"]).group(1)
    assert html.unescape(alt) == said
    assert "image/png" in data or "<img src='data:image/png;base64," in data["text/html"]


def test_a_figure_without_a_sentence_is_left_as_it_was(shell):
    describe_figures()
    data, _ = shell.display_formatter.format(new_axes().figure)
    assert "text/html" not in data
    assert data["text/plain"].startswith("<Figure size")


def test_the_description_survives_the_inline_backend_starting(shell):
    """IPython's inline backend removes every figure formatter but its own when it starts
    (in the first cell that draws): the kit puts its own back after each cell."""
    from matplotlib.figure import Figure

    describe_figures()
    for formatter in shell.display_formatter.formatters.values():
        formatter.pop(Figure, None)  # what the backend does
    shell.events.trigger("post_execute")
    ax = plot_funnel({"followers": 10, "real": 8, "real_two_way": 3, "real_engaged": 1})
    data, _ = shell.display_formatter.format(ax.figure)
    assert data["text/plain"] == alt_text(ax) and "alt=" in data["text/html"]
