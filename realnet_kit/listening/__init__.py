"""The two-way street (notebook 02): who is waiting for an answer, and how fast you answer.

:func:`unanswered` lists the messages nobody answered, :func:`reply_times` how long
answers took, :func:`talk_listen_ratio` who reaches out and who only receives, and
:func:`find_broadcasts` the one text sent to many; :func:`is_personal` finds the messages
that share something personal.
"""

from __future__ import annotations

from realnet_kit.listening.messages import (
    DEFAULT_WITHIN_DAYS,
    find_broadcasts,
    normalize_text,
    reply_rates,
    reply_times,
    talk_listen_ratio,
    unanswered,
)
from realnet_kit.listening.personal import PERSONAL_WORDS, is_personal
from realnet_kit.listening.plots import (
    plot_reply_times,
)

__all__ = [
    "DEFAULT_WITHIN_DAYS",
    "PERSONAL_WORDS",
    "find_broadcasts",
    "is_personal",
    "normalize_text",
    "plot_reply_times",
    "reply_rates",
    "reply_times",
    "talk_listen_ratio",
    "unanswered",
]
