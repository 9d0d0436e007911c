"""The environment check of notebook 00: versions, and a box that turns green when widgets work."""

from __future__ import annotations

import platform
import sys
from importlib import metadata
from typing import Any

from realnet_kit.config import realnet_home
from realnet_kit.style import CSS_COLORS

#: Oldest Python the workshop supports.
MINIMUM_PYTHON = (3, 11)
#: The libraries whose versions the environment check prints.
CHECKED_PACKAGES = ("realnet-kit", "pandas", "matplotlib", "ipywidgets", "jupyterlab")


def package_versions() -> dict[str, str]:
    """Python and the workshop's main libraries, name -> version (``"missing"`` if absent)."""
    versions = {"python": platform.python_version()}
    for name in CHECKED_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "missing"
    return versions


def check_environment() -> None:
    """Print versions and show a box that turns green once widgets really work.

    The box asks the browser to report back when it has drawn it, so green means the
    browser and Python are talking (see :func:`environment_box`).
    """
    from IPython.display import display

    versions = package_versions()
    for name, version in versions.items():
        print(f"{name:>12}  {version}")
    problems = [n for n, v in versions.items() if v == "missing"]
    if sys.version_info < MINIMUM_PYTHON:
        problems.append(f"python {'.'.join(map(str, MINIMUM_PYTHON))} or newer")
    if problems:
        print(f"Needs attention: {', '.join(problems)}. Reinstall with: pip install -e .")
    else:
        print("Everything the workshop needs is installed.")

    print(f"Your answers will be saved in {realnet_home()}")
    display(environment_box())


def environment_box() -> Any:
    """An ``ipywidgets.HTML`` box, orange until a browser has drawn it, then green.

    It relies on the widget's view count, which the browser updates when it displays
    the widget: a change arriving back in Python proves the two-way connection works.
    """
    import ipywidgets as widgets

    box = widgets.HTML(value=_WAITING, layout=widgets.Layout(padding="4px"))
    box.add_class("realnet-environment-check")
    box._view_count = 0
    box.observe(_mark_rendered, names="_view_count")
    return box


_WAITING = (
    "<div style='padding:8px;border:2px solid "
    + CSS_COLORS["waiting_line"]
    + ";border-radius:6px'>"
    "Checking that interactive widgets work... If this box stays orange for more than a "
    "few seconds, reload the page and run this cell again; if it still stays orange, tell "
    "the facilitator.</div>"
)
_WORKING = (
    "<div style='padding:8px;border:2px solid " + CSS_COLORS["good_line"] + ";border-radius:6px'>"
    "&#10003; Widgets work: your browser and Python are talking. You are ready.</div>"
)


def _mark_rendered(change: dict) -> None:
    if (change.get("new") or 0) > 0:
        change["owner"].value = _WORKING
