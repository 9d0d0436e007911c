"""Loading a workshop source once: the parsed frames are cached in the participant's home.

Reading a large export takes seconds, and every notebook opens the same data, so the
first notebook keeps the parsed contacts and interactions in ``$REALNET_HOME/cache``.
The cache is keyed by the export's files (names, sizes, modification times) and the
package version: a new download, or a new RealNet Kit, reads the export again. A cache
that cannot be read or written is simply ignored.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pandas as pd

from realnet_kit._version import __version__
from realnet_kit.errors import ExportFormatError
from realnet_kit.importers import load_export, load_interactions

#: Folder (inside the participant's home) for parsed exports.
CACHE_FOLDER = "cache"
#: The note shown when an export holds no messages we can read.
_NO_MESSAGES = (
    "this export holds no messages we can read, so notebook 02 will use only the moments "
    "you log yourself"
)


def fingerprint(path: Path) -> str:
    """A short hash of the export's files (relative names, sizes, modification times)."""
    digest = hashlib.sha256(f"{__version__}|{path.resolve()}".encode())
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    for file in files:
        stat = file.stat()
        digest.update(f"|{file.name}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


def empty_interactions() -> pd.DataFrame:
    """An interactions frame with the contract's columns and no rows."""
    return pd.DataFrame(
        {
            "contact_id": pd.Series(dtype="string"),
            "timestamp": pd.Series(dtype="datetime64[us, UTC]"),
            "direction": pd.Series(dtype="string"),
            "kind": pd.Series(dtype="string"),
            "note": pd.Series(dtype="string"),
        }
    )


def _read(path: Path) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    contacts = load_export(path)
    try:
        interactions, notes = load_interactions(path), []
    except ExportFormatError:
        interactions, notes = empty_interactions(), [_NO_MESSAGES]
    return contacts, interactions, notes


def load_source(path: Path, home: Path) -> tuple[pd.DataFrame, pd.DataFrame, list[str], str]:
    """Contacts, interactions, notes and fingerprint of the export at ``path``.

    Raises :class:`ExportFormatError` (from the importers) when the export is unreadable.
    """
    key = fingerprint(path)
    cached = home / CACHE_FOLDER / f"{key}.pkl"
    try:
        stored: Any = pd.read_pickle(cached)
        return stored["contacts"], stored["interactions"], list(stored["notes"]), key
    except Exception:  # missing, stale or unreadable: read the export again
        pass
    contacts, interactions, notes = _read(path)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        pd.to_pickle({"contacts": contacts, "interactions": interactions, "notes": notes}, partial)
        partial.replace(cached)
    except OSError:
        pass
    return contacts, interactions, notes, key


def fill_workbook(workbook: Any, contacts: pd.DataFrame, interactions: pd.DataFrame, key: str):
    """Add the export to the workbook once; later opens of the same export skip it."""
    marker = f"loaded:{key}"
    if workbook.setting(marker):
        return
    workbook.add_contacts(contacts)
    if len(interactions):
        workbook.add_interactions(interactions)
    workbook.set_setting(marker, True)
