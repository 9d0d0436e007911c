"""Opening the workshop: which data a notebook works on, the participant's workbook, the servers."""

from __future__ import annotations

from realnet_kit.session.data import (
    DEFAULT_SAMPLE,
    SAMPLE_BUSINESSES,
    SAMPLE_VARIABLE,
    WorkshopData,
    WorkshopDataError,
    current_data,
    fill_sample_answers,
    last_source,
    open_workshop_data,
    workshop_source,
)
from realnet_kit.session.environment import (
    CHECKED_PACKAGES,
    check_environment,
    environment_box,
    package_versions,
)
from realnet_kit.session.servers import (
    JUPYTER_OFFLINE_OPTIONS,
    free_port,
    run_until_stopped,
)

__all__ = [
    "CHECKED_PACKAGES",
    "DEFAULT_SAMPLE",
    "JUPYTER_OFFLINE_OPTIONS",
    "SAMPLE_BUSINESSES",
    "SAMPLE_VARIABLE",
    "WorkshopData",
    "WorkshopDataError",
    "check_environment",
    "current_data",
    "environment_box",
    "fill_sample_answers",
    "free_port",
    "last_source",
    "open_workshop_data",
    "package_versions",
    "run_until_stopped",
    "workshop_source",
]
