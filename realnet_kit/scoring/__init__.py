"""Scoring contacts (notebook 03): the questions that define a real relationship, and the tiers.

:data:`QUESTIONS` are the questions the scoring card asks, :func:`score_contacts` turns
answers into a strength and a tier (:data:`TIERS`, with :data:`TIER_TARGETS`) with its
reasons in the questions' own words, and :func:`plot_rings` draws the rings.
"""

from __future__ import annotations

from realnet_kit.scoring._why import (
    explain_with_contact,
)
from realnet_kit.scoring.questions import (
    ANSWER_PAIRS,
    MIN_CONFIDENCE_INNER,
    ONE_SIDED_GAP,
    QUESTIONS,
    SCORING_MINUTES,
    SECONDS_PER_PERSON,
    STRONG_ANSWER,
    TIER_TARGETS,
    TIER_THRESHOLDS,
    TIERS,
    UNANSWERED_VALUE,
    WEIGHTS,
    Question,
    people_scored_in,
)
from realnet_kit.scoring.rings import (
    plot_rings,
)
from realnet_kit.scoring.score import (
    check_answers,
    parse_quick_keys,
    score_contacts,
    tier_summary,
)

__all__ = [
    "ANSWER_PAIRS",
    "MIN_CONFIDENCE_INNER",
    "ONE_SIDED_GAP",
    "QUESTIONS",
    "SCORING_MINUTES",
    "SECONDS_PER_PERSON",
    "STRONG_ANSWER",
    "TIERS",
    "TIER_TARGETS",
    "TIER_THRESHOLDS",
    "UNANSWERED_VALUE",
    "WEIGHTS",
    "Question",
    "check_answers",
    "explain_with_contact",
    "parse_quick_keys",
    "people_scored_in",
    "plot_rings",
    "score_contacts",
    "tier_summary",
]
