"""Keep it real (notebook 06): who is due, what moved week by week, what changed since."""

from __future__ import annotations

from realnet_kit.measure.compare import (
    compare_exports,
)
from realnet_kit.measure.due import (
    DUE_SOON_DAYS,
    GIVE_KINDS,
    OFFLINE_KINDS,
    REPLY_WITHIN,
    due_list,
)
from realnet_kit.measure.plot import (
    MEASURE_LINES,
    plot_measures,
)
from realnet_kit.measure.weekly import (
    weekly_measures,
)

__all__ = [
    "DUE_SOON_DAYS",
    "GIVE_KINDS",
    "MEASURE_LINES",
    "OFFLINE_KINDS",
    "REPLY_WITHIN",
    "compare_exports",
    "due_list",
    "plot_measures",
    "weekly_measures",
]
