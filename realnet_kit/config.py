"""Where the kit keeps a participant's things, and the environment variables it reads.

Every environment variable the kit reads is named here, once, and :func:`realnet_home`
is the one answer to "where are this participant's files?".

>>> import os
>>> os.environ["REALNET_HOME"] = "~/workshop-home"
>>> realnet_home() == Path("~/workshop-home").expanduser()
True
>>> flag_is_set("1"), flag_is_set("yes"), flag_is_set(""), flag_is_set("0")
(True, True, False, False)
"""

from __future__ import annotations

import os
from pathlib import Path

#: The participant's folder for workbooks, caches and take-home files.
HOME_VARIABLE = "REALNET_HOME"
#: Switches a whole room to one sample business (``REALNET_SAMPLE=bakery``).
SAMPLE_VARIABLE = "REALNET_SAMPLE"
#: Starts in presenter mode (``REALNET_PRESENTER=1``).
PRESENTER_VARIABLE = "REALNET_PRESENTER"
#: A shared folder the participant opted in to publish anonymous progress to.
ROOM_VARIABLE = "REALNET_ROOM"
#: A shared folder a hub offers; nothing is published until the participant joins.
ROOM_OFFER_VARIABLE = "REALNET_ROOM_OFFER"

#: Where the participant's folder is when ``REALNET_HOME`` is not set.
DEFAULT_HOME = Path("~") / ".realnet"

_TRUE_WORDS = frozenset({"1", "true", "on", "yes"})


def realnet_home() -> Path:
    """The folder that holds the participant's workbooks: ``$REALNET_HOME`` or ``~/.realnet``.

    A ``~`` in the variable means the participant's home, as in a shell.
    """
    configured = os.environ.get(HOME_VARIABLE, "").strip()
    return Path(configured or DEFAULT_HOME).expanduser()


def flag_is_set(value: str | None) -> bool:
    """Whether an environment variable's text means "on" (``1``, ``true``, ``on``, ``yes``)."""
    return (value or "").strip().lower() in _TRUE_WORDS


def environment_flag(name: str) -> bool:
    """Whether the environment variable ``name`` is switched on."""
    return flag_is_set(os.environ.get(name))
