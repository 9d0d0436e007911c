"""Loading a workshop source once: the parsed frames are cached in the participant's home.

Reading a large export takes seconds, and every notebook opens the same data, so the
first notebook keeps the parsed contacts and interactions in ``$REALNET_HOME/cache``.
The cache is keyed by the export's files (names, sizes, modification times) and the
package version: a new download, or a new RealNet Kit, reads the export again. The cache
holds data only (JSON with a table schema, never a pickle), readable by its owner alone;
one that cannot be read, is damaged or is not the kit's own is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from pathlib import Path
from typing import Any

import pandas as pd

from realnet_kit.config import __version__, make_private, private_folder
from realnet_kit.errors import ExportFormatError
from realnet_kit.importers import load_export, load_interactions

#: Folder (inside the participant's home) for parsed exports.
CACHE_FOLDER = "cache"
#: What a cache file of this version says it is (others are ignored and rebuilt).
CACHE_FORMAT = "realnet-cache-2"
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
    cached = home / CACHE_FOLDER / f"{key}.json"
    stored = _read_cache(cached)
    if stored is not None:
        return (*stored, key)
    contacts, interactions, notes = _read(path)
    _write_cache(cached, contacts, interactions, notes)
    return contacts, interactions, notes, key


def _table(frame: pd.DataFrame) -> dict:
    """A frame as JSON data with a table schema, plus its datetime columns' exact types."""
    times = {str(c): str(t) for c, t in frame.dtypes.items() if isinstance(t, pd.DatetimeTZDtype)}
    return {
        "table": json.loads(frame.to_json(orient="table", date_unit="us", index=False)),
        "datetimes": times,
    }


def _frame_from(stored: dict) -> pd.DataFrame:
    """A frame from :func:`_table`'s form, datetimes back at their own resolution."""
    frame = pd.read_json(io.StringIO(json.dumps(stored["table"])), orient="table")
    for column, dtype in stored["datetimes"].items():
        if not dtype.startswith("datetime64[") or not dtype.endswith(", UTC]"):
            raise ValueError(f"not a datetime type: {dtype!r}")
        frame[column] = frame[column].astype(dtype)
    return frame.reset_index(drop=True)


def _read_cache(cached: Path) -> tuple[pd.DataFrame, pd.DataFrame, list[str]] | None:
    """The cached frames, or None when missing, stale, damaged or not the kit's own.

    The cache holds data only (JSON with a table schema), never a pickle: reading it runs
    nothing, whoever wrote it.
    """
    try:
        stored = json.loads(cached.read_text(encoding="utf-8"))
        if stored.get("format") != CACHE_FORMAT:
            return None
        notes = [str(note) for note in stored["notes"]]
        return _frame_from(stored["contacts"]), _frame_from(stored["interactions"]), notes
    except Exception:  # missing, stale, damaged or foreign: read the export again
        return None


def _write_cache(cached: Path, contacts: pd.DataFrame, interactions: pd.DataFrame, notes) -> None:
    try:
        private_folder(cached.parent)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        body = {
            "format": CACHE_FORMAT,
            "notes": list(notes),
            "contacts": _table(contacts),
            "interactions": _table(interactions),
        }
        partial.write_text(json.dumps(body), encoding="utf-8")
        make_private(partial)
        partial.replace(cached)
    except (OSError, ValueError):  # a read-only home, or a value JSON cannot hold
        pass


def fill_workbook(workbook: Any, contacts: pd.DataFrame, interactions: pd.DataFrame, key: str):
    """Add the export to the workbook once; later opens of the same export skip it."""
    marker = f"loaded:{key}"
    if workbook.setting(marker):
        return
    workbook.add_contacts(contacts)
    if len(interactions):
        workbook.add_interactions(interactions)
    workbook.set_setting(marker, True)
