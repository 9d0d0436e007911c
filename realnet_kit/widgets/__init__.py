"""Widgets for the workshops: thin views over the participant's :class:`Workbook`.

The one call notebook 03 and the dashboard use is :func:`scoring_app`::

    from realnet_kit.widgets import scoring_app
    scoring_app(data.workbook, data.contacts)      # the last line of a cell displays it

Its parts can be used alone: :class:`ScoringCard`, :class:`ContactPicker`,
:class:`LiveResults`, :class:`WorkbookTransfer`. Notebook 04 tags people by hand with
:func:`tag_people`, notebook 05 edits the plan with
:func:`plan_editor`, notebook 06 logs moments with :func:`quick_log`, and
:func:`merge_review` asks about accounts that may be one person. In a room,
:class:`HandRaiser` raises a hand and :class:`RoomChoice` joins or leaves the room. Every
widget reads the workbook, writes each change at once and follows presenter mode.
"""

from __future__ import annotations

from realnet_kit.widgets._app import ScoringApp, first_to_score, scoring_app, workbook_transfer
from realnet_kit.widgets._card import ScoringCard
from realnet_kit.widgets._merge_review import MergeReview, merge_review
from realnet_kit.widgets._picker import ContactPicker
from realnet_kit.widgets._plan_editor import PlanEditor, default_export_dir, plan_editor
from realnet_kit.widgets._quick_log import QuickLog, quick_log
from realnet_kit.widgets._results import LiveResults, funnel_figures
from realnet_kit.widgets._room import HandRaiser, RoomChoice
from realnet_kit.widgets._tags import TagPeople, tag_people
from realnet_kit.widgets._transfer import WorkbookTransfer, download_link_html

__all__ = [
    "ContactPicker",
    "HandRaiser",
    "LiveResults",
    "MergeReview",
    "PlanEditor",
    "QuickLog",
    "RoomChoice",
    "ScoringApp",
    "ScoringCard",
    "TagPeople",
    "WorkbookTransfer",
    "default_export_dir",
    "download_link_html",
    "first_to_score",
    "funnel_figures",
    "merge_review",
    "plan_editor",
    "quick_log",
    "scoring_app",
    "tag_people",
    "workbook_transfer",
]
