"""``realnet dashboard``: the workshop without code, one page served by Voila on this computer."""

from __future__ import annotations

from realnet_kit.dashboard.app import (
    DASHBOARD_NOTEBOOK,
    SOURCE_VARIABLE,
    STEPS,
    TABS,
    dashboard_source,
    open_dashboard_data,
    register,
    show_dashboard,
    voila_command,
)
from realnet_kit.dashboard.header import (
    PLATFORM_NAMES,
    header_html,
    progress_html,
)
from realnet_kit.dashboard.plan_maker import (
    MINUTES_MAX,
    MINUTES_MIN,
    MINUTES_STEP,
    PlanMaker,
    minutes_in_words,
)
from realnet_kit.dashboard.tabs import (
    build_tab,
    refresh_tab,
    to_score,
)

__all__ = [
    "DASHBOARD_NOTEBOOK",
    "MINUTES_MAX",
    "MINUTES_MIN",
    "MINUTES_STEP",
    "PLATFORM_NAMES",
    "SOURCE_VARIABLE",
    "STEPS",
    "TABS",
    "PlanMaker",
    "build_tab",
    "dashboard_source",
    "header_html",
    "minutes_in_words",
    "open_dashboard_data",
    "progress_html",
    "refresh_tab",
    "register",
    "show_dashboard",
    "to_score",
    "voila_command",
]
