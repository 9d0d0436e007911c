"""Opening the workshop: which data a notebook works on, the participant's workbook, the servers.

The names below are imported on first use, as the package's own are: the ``realnet``
command reads ``session.servers`` without loading pandas for the data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realnet_kit.config import lazy_names

# Public name -> the module of this package that defines it.
_LAZY: dict[str, str] = {
    "DEFAULT_SAMPLE": "data",
    "SAMPLE_BUSINESSES": "data",
    "SAMPLE_VARIABLE": "data",
    "WorkshopData": "data",
    "WorkshopDataError": "data",
    "current_data": "data",
    "fill_sample_answers": "data",
    "last_source": "data",
    "open_workshop_data": "data",
    "workshop_source": "data",
    "CHECKED_PACKAGES": "environment",
    "check_environment": "environment",
    "environment_box": "environment",
    "package_versions": "environment",
    "JUPYTER_OFFLINE_OPTIONS": "servers",
    "free_port": "servers",
    "run_until_stopped": "servers",
}

__all__ = sorted(_LAZY)


__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())


if TYPE_CHECKING:  # pragma: no cover - for editors and type checkers only
    from realnet_kit.session.data import (  # noqa: F401
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
    from realnet_kit.session.environment import (  # noqa: F401
        CHECKED_PACKAGES,
        check_environment,
        environment_box,
        package_versions,
    )
    from realnet_kit.session.servers import (  # noqa: F401
        JUPYTER_OFFLINE_OPTIONS,
        free_port,
        run_until_stopped,
    )
