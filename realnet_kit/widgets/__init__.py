"""Widgets for the workshops: thin views over the participant's :class:`Workbook`.

The one call notebook 03 and the dashboard use is :func:`scoring_app`::

    from realnet_kit.widgets import scoring_app
    scoring_app(data.workbook, data.contacts)      # the last line of a cell displays it

Its parts can be used alone: :class:`ScoringCard`, :class:`ContactPicker`,
:class:`LiveResults`, :class:`WorkbookTransfer`. Names are imported on first use, so
``import realnet_kit.widgets`` does not load ipywidgets or matplotlib. Other engineers'
widgets in this folder (``plan_editor``, ``quick_log``, ``merge_review``) are found the
same way: ``from realnet_kit.widgets import plan_editor`` gives the function of that name
from the module of that name.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

_LAZY: dict[str, str] = {
    "scoring_app": "app",
    "ScoringApp": "app",
    "ScoringCard": "scoring_card",
    "ContactPicker": "picker",
    "LiveResults": "results",
    "funnel_figures": "results",
    "WorkbookTransfer": "transfer",
    "download_link_html": "transfer",
    "workbook_transfer": "app",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        # A module named like the function it defines (plan_editor, quick_log, ...).
        try:
            found = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
        value = getattr(found, name, found)
    else:
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _WidgetsPackage(types.ModuleType):
    """Keeps ``from realnet_kit.widgets import plan_editor`` the function, always.

    Importing a submodule makes Python set it as an attribute of its package, which would
    hide the function of the same name once ``realnet_kit.widgets.plan_editor`` had been
    imported directly. A submodule named like the function it defines is stored as that
    function instead; the module itself stays reachable through ``sys.modules``.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and value.__name__ == f"{self.__name__}.{name}":
            value = getattr(value, name, value)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _WidgetsPackage
