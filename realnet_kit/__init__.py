"""RealNet Kit: from follower counts to real relationships.

The package behind the RealNet workshops. Its public names are listed in ``__all__``
and documented in ``shared/CONTRACT.md``; they are imported on first use, so
``import realnet_kit`` stays as light as importing pandas.

>>> import realnet_kit
>>> "load_export" in realnet_kit.__all__
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realnet_kit.config import __version__, lazy_names
from realnet_kit.errors import ExportFormatError

# Public name -> the module (inside realnet_kit) that defines it.
_LAZY: dict[str, str] = {
    # 1-3. Importers
    "load_export": "importers",
    "load_interactions": "importers",
    "merge_people": "importers.merge",
    "review_pairs": "importers.merge",
    # 4. Audit and listening
    "flag_suspicious": "audit",
    "SUSPICION_RULES": "audit",
    "audit_followers": "audit",
    "summarize_audit": "audit",
    "mark_relevant": "audit",
    "unanswered": "listening",
    "reply_times": "listening",
    "talk_listen_ratio": "listening",
    "find_broadcasts": "listening",
    "plot_funnel": "audit",
    "plot_scoreboard_vs_real": "audit",
    "plot_reply_times": "listening",
    "plot_rings": "scoring",
    "write_html_report": "report",
    # 5. Workbook, scoring, privacy
    "Workbook": "workbook",
    "QUESTIONS": "scoring",
    "TIERS": "scoring",
    "TIER_TARGETS": "scoring",
    "score_contacts": "scoring",
    "tier_summary": "scoring",
    "presenter_mode": "privacy",
    "alt_text": "style",
    # 6. Tribe, plan, exports, measure
    "build_tribe": "tribe",
    "suggest_tags": "tribe",
    "find_communities": "tribe",
    "find_connectors": "tribe",
    "describe_tribe": "tribe",
    "plot_tribe": "tribe",
    "tag_people": "widgets",
    "ACTIONS": "plan",
    "plan_actions": "plan",
    "CADENCE_DAYS": "plan",
    "export_csv": "plan",
    "export_calendar": "plan",
    "export_plan_html": "plan",
    "due_list": "measure",
    "weekly_measures": "measure",
    "plot_measures": "measure",
    "compare_exports": "measure",
    # 7. Samples
    "list_samples": "samples",
    "sample_path": "samples",
    "load_ground_truth": "samples",
    # Workshops
    "open_workshop_data": "session",
    "workshop_source": "session",
    "check_environment": "session",
    # The room (a live seminar's anonymous progress view)
    "room_button": "room",
    "join_room": "room",
    "leave_room": "room",
    "rename_seat": "room",
    "show_my_seat": "room",
    "room_json": "room",
}

__all__ = ["ExportFormatError", "__version__", *_LAZY]


__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())


if TYPE_CHECKING:  # pragma: no cover - for editors and type checkers only
    from realnet_kit.importers import load_export, load_interactions  # noqa: F401
    from realnet_kit.samples import list_samples, sample_path  # noqa: F401
    from realnet_kit.workbook.book import Workbook  # noqa: F401
