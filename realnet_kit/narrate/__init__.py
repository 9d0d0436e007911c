"""Numbers into sentences: what each workshop notebook prints about the participant's own data.

One module per notebook (``audit`` for 01, ``listening`` for 02, ``scores`` for 03,
``tribe`` for 04, ``plan`` for 05, ``keep`` for 06); each prints a few plain sentences
with the figures in them or shows a short table masked in presenter mode. The figures
the exercises check are worked out here too, so feedback and sentences always agree.
"""

from __future__ import annotations

from realnet_kit.narrate._tables import TABLE_ROWS, Table, as_table, contact_names, show
from realnet_kit.narrate.audit import (
    CATEGORY_WORDS,
    GUESS_EXERCISE,
    PROFILE_TEXT_COLUMNS,
    audit_summary,
    cannot_judge,
    has_messages,
    headline,
    show_category,
    talked_both_ways,
    tell_audit,
    the_guess,
)
from realnet_kit.narrate.keep import (
    answered_since,
    due_now,
    logged_by_hand,
    overdue_count,
    tell_before_after,
    tell_due,
    tell_measures,
)
from realnet_kit.narrate.listening import (
    never_answered,
    never_answered_in,
    plot_waiting_times,
    show_broadcasts,
    show_reaching_out,
    show_waiting,
    talk_listen,
    tell_listening,
    waiting_count,
)
from realnet_kit.narrate.plan import (
    connectors_to_thank,
    edit_plan,
    save_handouts,
    show_actions,
    show_plan,
    tell_plan,
)
from realnet_kit.narrate.scores import (
    REAL_TIERS,
    SCORES_NEEDED,
    WORTH_SCORING,
    real_relationships,
    scored,
    show_questions,
    show_strongest,
    tell_tiers,
    tier_count,
    worth_scoring,
)
from realnet_kit.narrate.tribe import (
    TRIBE_MIN_PEOPLE,
    show_connectors,
    show_top_tags,
    tribe_graph,
    tribe_people,
    tribes_count,
)

__all__ = [
    "CATEGORY_WORDS",
    "GUESS_EXERCISE",
    "PROFILE_TEXT_COLUMNS",
    "REAL_TIERS",
    "SCORES_NEEDED",
    "TABLE_ROWS",
    "TRIBE_MIN_PEOPLE",
    "WORTH_SCORING",
    "Table",
    "answered_since",
    "as_table",
    "audit_summary",
    "cannot_judge",
    "connectors_to_thank",
    "contact_names",
    "due_now",
    "edit_plan",
    "has_messages",
    "headline",
    "logged_by_hand",
    "never_answered",
    "never_answered_in",
    "overdue_count",
    "plot_waiting_times",
    "real_relationships",
    "save_handouts",
    "scored",
    "show",
    "show_actions",
    "show_broadcasts",
    "show_category",
    "show_connectors",
    "show_plan",
    "show_questions",
    "show_reaching_out",
    "show_strongest",
    "show_top_tags",
    "show_waiting",
    "talk_listen",
    "talked_both_ways",
    "tell_audit",
    "tell_before_after",
    "tell_due",
    "tell_listening",
    "tell_measures",
    "tell_plan",
    "tell_tiers",
    "the_guess",
    "tier_count",
    "tribe_graph",
    "tribe_people",
    "tribes_count",
    "waiting_count",
    "worth_scoring",
]
