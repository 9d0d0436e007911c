"""Keep it real: who is due, what moved week by week, who came and went.

* :func:`due_list`: who is due or overdue for a touch, from the plan (or the scored
  tiers) and the logged interactions. Logging an interaction resets that person's
  clock; a snooze hides them until its date.
* :func:`weekly_measures`: per week, the real conversations, things given and received,
  offline meetings, and the share of messages answered within a day.
* :func:`plot_measures`: those measures over time, beside the follower count
  .
* :func:`still_waiting`: every message still waiting for an answer, the ones that need
  one most first (a problem, an order, something personal; then questions; then the
  rest), as notebooks 02 and 06 list them.
* :func:`compare_exports`: a newer export against an older one: who came, who went, who
  moved between tiers .

>>> import pandas as pd
>>> inter = pd.DataFrame({"contact_id": ["x:1", "x:1"], "direction": ["in", "out"],
...     "kind": ["message", "message"], "note": ["", ""],
...     "timestamp": pd.to_datetime(["2026-01-05 10:00", "2026-01-05 12:00"], utc=True)})
>>> week = weekly_measures(inter).iloc[0]
>>> int(week["conversations"]), float(week["answered_within_day"])
(1, 1.0)
"""

from __future__ import annotations

from realnet_kit.measure._kinds import GIVE_KINDS, OFFLINE_KINDS, REPLY_WITHIN
from realnet_kit.measure.compare import (
    compare_exports,
)
from realnet_kit.measure.due import DUE_SOON_DAYS, due_list, tracked_people
from realnet_kit.measure.plot import (
    MEASURE_LINES,
    plot_measures,
)
from realnet_kit.measure.waiting import NEEDS, by_need, days_to_answer, need_of, still_waiting
from realnet_kit.measure.weekly import (
    weekly_measures,
)

__all__ = [
    "DUE_SOON_DAYS",
    "GIVE_KINDS",
    "MEASURE_LINES",
    "NEEDS",
    "OFFLINE_KINDS",
    "REPLY_WITHIN",
    "by_need",
    "compare_exports",
    "days_to_answer",
    "due_list",
    "need_of",
    "plot_measures",
    "still_waiting",
    "tracked_people",
    "weekly_measures",
]
