"""The plan (notebook 05): give-first actions for the people who matter, and the files to take home.

:data:`ACTIONS` is the catalogue, :func:`plan_actions` chooses actions and a rhythm
(:data:`CADENCE_DAYS`) per person, and :func:`write_handouts` writes the calendar
(:func:`export_calendar`), the printable page (:func:`export_plan_html`) and the
spreadsheet (:func:`export_csv`).
"""

from __future__ import annotations

from realnet_kit.plan.actions import (
    ACTIONS,
    ACTIONS_BY_KEY,
    CREATIVE_WORDS,
    NEEDS,
    SHOP_WORDS,
    Action,
    describe_person,
    effort_label,
)
from realnet_kit.plan.exports import (
    CALENDAR_NAME,
    FORMULA_PREFIXES,
    PRODID,
    REMINDER,
    export_calendar,
    export_csv,
    neutralise_cell,
    plan_uid,
)
from realnet_kit.plan.handouts import (
    HANDOUTS,
    LINK_LIMIT_BYTES,
    active_plan,
    download_link,
    handout_folder,
    plan_sheet,
    write_handouts,
)
from realnet_kit.plan.planner import (
    CADENCE_DAYS,
    DEFAULT_WEEKLY_MINUTES,
    PLANNED_TIERS,
    plan_actions,
)
from realnet_kit.plan.printable import (
    PRINT_WEEKS,
    export_plan_html,
)

__all__ = [
    "ACTIONS",
    "ACTIONS_BY_KEY",
    "CADENCE_DAYS",
    "CALENDAR_NAME",
    "CREATIVE_WORDS",
    "DEFAULT_WEEKLY_MINUTES",
    "FORMULA_PREFIXES",
    "HANDOUTS",
    "LINK_LIMIT_BYTES",
    "NEEDS",
    "PLANNED_TIERS",
    "PRINT_WEEKS",
    "PRODID",
    "REMINDER",
    "SHOP_WORDS",
    "Action",
    "active_plan",
    "describe_person",
    "download_link",
    "effort_label",
    "export_calendar",
    "export_csv",
    "export_plan_html",
    "handout_folder",
    "neutralise_cell",
    "plan_actions",
    "plan_sheet",
    "plan_uid",
    "write_handouts",
]
