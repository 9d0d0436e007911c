"""The scoreboard audit (notebook 01): what a follower list really holds.

:func:`audit_followers` sorts every account into mutual, fan, unreturned, talking both
ways or gone quiet, :func:`flag_suspicious` says which accounts are probably not people
and why (rules and weights in :data:`SUSPICION_RULES`, thresholds in
:mod:`realnet_kit.audit.thresholds`), and :func:`plot_funnel` draws the one number the
workshop is about: of all those followers, how many people talked with you both ways.
"""

from __future__ import annotations

from realnet_kit.audit import thresholds
from realnet_kit.audit._reasons import RULE_SUMMARIES
from realnet_kit.audit.followers import (
    CATEGORIES,
    ENGAGED_WINDOW_DAYS,
    audit_followers,
    mark_relevant,
    probably_people,
    summarize_audit,
)
from realnet_kit.audit.plots import (
    FUNNEL_STAGES,
    FUNNEL_TITLE,
    plot_funnel,
    plot_scoreboard_vs_real,
)
from realnet_kit.audit.suspicious import (
    PROFILE_SIGNALS,
    SUSPICION_RULES,
    SUSPICION_THRESHOLD,
    Rule,
    advertised,
    cannot_judge,
    cannot_tell_why,
    clearest_first,
    describe_rules,
    flag_suspicious,
    not_judged,
    score_suspicion,
)

__all__ = [
    "CATEGORIES",
    "ENGAGED_WINDOW_DAYS",
    "FUNNEL_STAGES",
    "FUNNEL_TITLE",
    "PROFILE_SIGNALS",
    "RULE_SUMMARIES",
    "SUSPICION_RULES",
    "SUSPICION_THRESHOLD",
    "Rule",
    "advertised",
    "audit_followers",
    "cannot_judge",
    "cannot_tell_why",
    "clearest_first",
    "describe_rules",
    "flag_suspicious",
    "mark_relevant",
    "not_judged",
    "plot_funnel",
    "plot_scoreboard_vs_real",
    "probably_people",
    "score_suspicion",
    "summarize_audit",
    "thresholds",
]
