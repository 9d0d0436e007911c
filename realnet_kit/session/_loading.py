"""Loading a workshop source once: the parsed frames are cached in the participant's home.

Reading a large export takes seconds, and every notebook opens the same data, so the
first notebook reads the export once (contacts and messages together) and keeps the
parsed frames in ``$REALNET_HOME/cache``. The cache is keyed by the export's files
(names, sizes, modification times) and the package version: a new download, or a new
RealNet Kit, reads the export again. The cache holds data only, never a pickle: a short
JSON header, then each column as one compressed blob (the workbook's bulk form,
:func:`realnet_kit.workbook.pack_frame`), so a million accounts take a few megabytes and
a fraction of a second. It is readable by its owner alone; one that cannot be read, is
damaged or is not the kit's own is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import struct
from pathlib import Path
from typing import Any

import pandas as pd

from realnet_kit.config import __version__, make_private, private_folder
from realnet_kit.importers import load_both
from realnet_kit.workbook import pack_frame, packed_once, unpack_frame

#: Folder (inside the participant's home) for parsed exports.
CACHE_FOLDER = "cache"
#: What a cache file of this version says it is (others are ignored and rebuilt).
CACHE_FORMAT = "realnet-cache-3"
#: How a cache file starts (then the header's length, then the header, then the blobs).
CACHE_MAGIC = b"RealNet Kit cache\n"
#: The note shown when an export holds no messages we can read.
_NO_MESSAGES = (
    "this export holds no messages we can read, so notebook 02 has nothing to count; the "
    "moments you log in notebook 06 (a call, a coffee, a reply) count from then on"
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
    contacts, interactions = load_both(path)
    if interactions is None:
        return contacts, empty_interactions(), [_NO_MESSAGES]
    return contacts, interactions, []


def load_source(path: Path, home: Path) -> tuple[pd.DataFrame, pd.DataFrame, list[str], str]:
    """Contacts, interactions, notes and fingerprint of the export at ``path``.

    Raises :class:`ExportFormatError` (from the importers) when the export is unreadable.
    """
    key = fingerprint(path)
    _PACKED.clear()
    cached = home / CACHE_FOLDER / f"{key}.cache"
    stored = _read_cache(cached)
    if stored is not None:
        return (*stored, key)
    contacts, interactions, notes = _read(path)
    with packed_once() as memo:  # fill_workbook packs the same columns: once is enough
        _write_cache(cached, contacts, interactions, notes)
    _PACKED[key] = memo
    return contacts, interactions, notes, key


#: The columns packed for the cache of the export just read, kept for :func:`fill_workbook`
#: (cleared at the next load).
_PACKED: dict[str, dict] = {}


def _read_cache(cached: Path) -> tuple[pd.DataFrame, pd.DataFrame, list[str]] | None:
    """The cached frames, or None when missing, stale, damaged or not the kit's own.

    The cache holds data only (a JSON header and packed columns), never a pickle: reading
    it runs nothing, whoever wrote it.
    """
    try:
        body = cached.read_bytes()
        if not body.startswith(CACHE_MAGIC):
            return None
        start = len(CACHE_MAGIC) + 8
        (length,) = struct.unpack("<Q", body[len(CACHE_MAGIC) : start])
        header = json.loads(body[start : start + length])
        if header.get("format") != CACHE_FORMAT:
            return None
        offset = start + length
        frames = []
        for name in ("contacts", "interactions"):
            parts = []
            for column, dtype, size in header[name]["columns"]:
                parts.append((column, dtype, body[offset : offset + size]))
                offset += size
            frames.append(unpack_frame(parts, int(header[name]["rows"])))
        notes = [str(note) for note in header["notes"]]
        return frames[0], frames[1], notes
    except Exception:  # missing, stale, damaged or foreign: read the export again
        return None


def _write_cache(cached: Path, contacts: pd.DataFrame, interactions: pd.DataFrame, notes) -> None:
    try:
        header: dict = {"format": CACHE_FORMAT, "notes": list(notes)}
        blobs = []
        for name, frame in (("contacts", contacts), ("interactions", interactions)):
            parts = pack_frame(frame)
            header[name] = {
                "rows": len(frame),
                "columns": [[column, dtype, len(blob)] for column, dtype, blob in parts],
            }
            blobs.extend(blob for _, _, blob in parts)
        text = json.dumps(header).encode()
        private_folder(cached.parent)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as out:
            out.write(CACHE_MAGIC + struct.pack("<Q", len(text)) + text)
            for blob in blobs:
                out.write(blob)
        make_private(partial)
        partial.replace(cached)
        for old in cached.parent.glob("*.json"):  # caches of RealNet Kit 0.1 (JSON text)
            if _OLD_CACHE.fullmatch(old.name):
                old.unlink(missing_ok=True)
    except (OSError, ValueError):  # a read-only home, or a column that cannot be packed
        pass


#: The name of an earlier version's cache file (its fingerprint, then ``.json``).
_OLD_CACHE = re.compile(r"[0-9a-f]{24}\.json")


def fill_workbook(workbook: Any, contacts: pd.DataFrame, interactions: pd.DataFrame, key: str):
    """Add the export to the workbook once; later opens of the same export skip it."""
    marker = f"loaded:{key}"
    memo = _PACKED.pop(key, None)
    if workbook.setting(marker):
        return
    with packed_once(memo):
        workbook.add_contacts(contacts)
    if len(interactions):
        workbook.add_interactions(interactions)
    workbook.set_setting(marker, True)
