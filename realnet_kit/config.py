"""Where the kit keeps a participant's things, and the environment variables it reads.

Every environment variable the kit reads is named here, once, and :func:`realnet_home`
is the one answer to "where are this participant's files?". :func:`lazy_names` is how the
package and ``realnet_kit.session`` load their public names on first use.

>>> import os
>>> before = os.environ.get("REALNET_HOME")
>>> os.environ["REALNET_HOME"] = "~/workshop-home"
>>> realnet_home() == Path("~/workshop-home").expanduser()
True
>>> os.environ["REALNET_HOME"] = before
>>> flag_is_set("1"), flag_is_set("yes"), flag_is_set(""), flag_is_set("0")
(True, True, False, False)
"""

from __future__ import annotations

import importlib
import os
import warnings
from pathlib import Path
from typing import Any

#: This release of RealNet Kit (read by the build, the CLI and the caches).
__version__ = "0.1.0"

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


#: Permissions of what the kit makes in the participant's folder: the owner's alone.
PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600

_warned_open_homes: set[Path] = set()


def ensure_home() -> Path:
    """The participant's folder, made for its owner alone (0700) when the kit creates it.

    A folder that already exists (a home, one named by ``REALNET_HOME``) is never changed;
    if other people on this computer can read it, the kit says so once.
    """
    home = realnet_home()
    if not home.exists():
        home.mkdir(parents=True, exist_ok=True)
        os.chmod(home, PRIVATE_FOLDER_MODE)
    elif os.name == "posix" and home.stat().st_mode & 0o077 and home not in _warned_open_homes:
        _warned_open_homes.add(home)
        warnings.warn(
            f"Other people on this computer can look inside {home}, where your workbook is "
            f"kept. To keep it to yourself, run: chmod 700 {home}",
            stacklevel=2,
        )
    return home


def is_inside_home(path: str | os.PathLike) -> bool:
    """Whether ``path`` lies in the participant's folder."""
    try:
        return Path(path).resolve().is_relative_to(realnet_home().resolve())
    except OSError:
        return False


def make_private(path: str | os.PathLike) -> Path:
    """Make a file or folder the kit wrote inside the participant's folder owner-only.

    Files become 0600 and folders 0700; anything outside the participant's folder (a
    file the participant asked for elsewhere) is left as it is.
    """
    target = Path(path)
    try:
        if is_inside_home(target) and target.exists():
            mode = PRIVATE_FOLDER_MODE if target.is_dir() else PRIVATE_FILE_MODE
            os.chmod(target, mode)
    except OSError:  # a read-only or foreign file system: nothing more to do
        pass
    return target


def private_folder(path: str | os.PathLike) -> Path:
    """Make the folder ``path``: owner-only (with its missing parents) when it lies in the
    participant's folder, as any folder elsewhere (one the participant chose)."""
    target = Path(path)
    if not is_inside_home(target):
        target.mkdir(parents=True, exist_ok=True)
        return target
    ensure_home()
    missing = []
    probe = target
    while not probe.exists():
        missing.append(probe)
        probe = probe.parent
    target.mkdir(parents=True, exist_ok=True)
    for folder in missing:
        make_private(folder)
    return target


#: Environment variables that say the kernel runs on Binder (mybinder.org and its kin).
BINDER_VARIABLES = (
    "BINDER_SERVICE_HOST",
    "BINDER_LAUNCH_HOST",
    "BINDER_REPO_URL",
    "BINDER_REQUEST",
)
#: Environment variables that say the kernel runs on a JupyterHub.
HUB_VARIABLES = ("JUPYTERHUB_USER", "JUPYTERHUB_API_URL")


def hosted_service() -> str | None:
    """Where the kernel runs when it is someone else's server: ``"Binder"``, ``"a
    JupyterHub"``, or None on the participant's own computer.

    >>> import os
    >>> names = (*BINDER_VARIABLES, *HUB_VARIABLES)
    >>> saved = {k: os.environ.pop(k) for k in names if k in os.environ}
    >>> hosted_service() is None
    True
    >>> os.environ["BINDER_LAUNCH_HOST"] = "https://mybinder.org/"
    >>> hosted_service()
    'Binder'
    >>> del os.environ["BINDER_LAUNCH_HOST"]; os.environ.update(saved)
    """
    if any(os.environ.get(name) for name in BINDER_VARIABLES):
        return "Binder"
    if any(os.environ.get(name) for name in HUB_VARIABLES):
        return "a JupyterHub"
    return None


def hosted_warning(service: str) -> str:
    """What to tell a participant before their own export is opened on ``service``."""
    if service == "Binder":
        return (
            "This workshop is running on Binder, a public cloud service run by others: an "
            "export you open here is copied to their computers for this session. Work on a "
            "sample business here, and open your own export on your laptop "
            "(`realnet workshop`) or on the seminar's own hub."
        )
    return (
        f"This workshop is running on {service}, a server run by the seminar's organisers: "
        "your export is stored there, where the people who run it could see it. If that "
        "worries you, work on a sample business here and on your own data on your laptop."
    )


def lazy_names(package: str, where: dict[str, str], namespace: dict[str, Any]):
    """A package's ``__getattr__`` and ``__dir__`` that import each name on first use.

    ``where`` maps each public name to the submodule of ``package`` defining it; a name
    once imported is kept in ``namespace`` (the package's ``globals()``), so the lookup
    happens once. This keeps ``import realnet_kit`` light.

    >>> space = {}
    >>> get, names = lazy_names("realnet_kit", {"sample_path": "samples"}, space)
    >>> get("sample_path").__module__, "sample_path" in space
    ('realnet_kit.samples', True)
    >>> get("nothing")
    Traceback (most recent call last):
    AttributeError: module 'realnet_kit' has no attribute 'nothing'
    """

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(namespace.get("__all__", ())))

    return __getattr__, __dir__
