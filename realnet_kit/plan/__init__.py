"""The plan (notebook 05): give-first actions for the people who matter, and the files to take home.

:data:`ACTIONS` is the catalogue, :func:`plan_actions` answers whoever is waiting first,
then chooses a give-first action and a rhythm (:data:`CADENCE_DAYS`) per person, by the
one clock of :mod:`realnet_kit.plan.clock` that the due list reads too, and
:func:`write_handouts` writes the calendar
(:func:`export_calendar`), the printable page (:func:`export_plan_html`) and the
spreadsheet (:func:`export_csv`).
"""

from __future__ import annotations

from realnet_kit.plan.actions import (
    ACTIONS,
    ACTIONS_BY_KEY,
    CREATIVE_WORDS,
    GIVING,
    MESSAGE_KINDS,
    NEEDS,
    REPLIES,
    SHOP_WORDS,
    THANK_CONNECTOR,
    WAITING_WORDS,
    Action,
    describe_person,
    effort_label,
    message_kind,
    waiting_words,
)
from realnet_kit.plan.clock import (
    ANSWER_WITHIN_DAYS,
    ONE_OFF_EARLY_DAYS,
    TWO_WAY_KINDS,
    contact_clock,
    due_dates,
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
from realnet_kit.plan.named import people_named, plain_name
from realnet_kit.plan.planner import (
    CADENCE_DAYS,
    DEFAULT_WEEKLY_MINUTES,
    FIRST_MONTH_ACTIONS,
    FIRST_MONTH_DAYS,
    PLANNED_TIERS,
    REPLY_WITHIN_DAYS,
    occurrences,
    plan_actions,
)
from realnet_kit.plan.printable import (
    PRINT_WEEKS,
    export_plan_html,
)

__all__ = [
    "ACTIONS",
    "ACTIONS_BY_KEY",
    "ANSWER_WITHIN_DAYS",
    "CADENCE_DAYS",
    "CALENDAR_NAME",
    "CREATIVE_WORDS",
    "DEFAULT_WEEKLY_MINUTES",
    "FIRST_MONTH_ACTIONS",
    "FIRST_MONTH_DAYS",
    "FORMULA_PREFIXES",
    "GIVING",
    "HANDOUTS",
    "LINK_LIMIT_BYTES",
    "MESSAGE_KINDS",
    "NEEDS",
    "ONE_OFF_EARLY_DAYS",
    "PLANNED_TIERS",
    "PRINT_WEEKS",
    "PRODID",
    "REMINDER",
    "REPLIES",
    "REPLY_WITHIN_DAYS",
    "SHOP_WORDS",
    "THANK_CONNECTOR",
    "TWO_WAY_KINDS",
    "WAITING_WORDS",
    "Action",
    "active_plan",
    "contact_clock",
    "describe_person",
    "download_link",
    "due_dates",
    "effort_label",
    "export_calendar",
    "export_csv",
    "export_plan_html",
    "handout_folder",
    "message_kind",
    "neutralise_cell",
    "occurrences",
    "people_named",
    "plain_name",
    "plan_actions",
    "plan_sheet",
    "plan_uid",
    "waiting_words",
    "write_handouts",
]
