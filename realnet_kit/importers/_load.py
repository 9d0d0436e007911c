"""Find every export a path holds, load each with its platform's reader, combine them."""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
from collections import defaultdict
from pathlib import Path, PurePosixPath

import numpy as np
import pandas as pd

from realnet_kit.errors import ExportFormatError
from realnet_kit.importers._combine import combine, empty_interactions
from realnet_kit.importers._frame import KEYED, PLATFORMS
from realnet_kit.importers.archive import Entry, open_entries
from realnet_kit.importers.detect import classify

MODULES = {
    "x": "x",
    "instagram": "instagram",
    "linkedin": "linkedin",
    "facebook": "facebook",
    "mastodon": "mastodon",
    "google": "google",
    "vcard": "vcard",
    "csv": "generic",
    "whatsapp": "whatsapp",
    "email": "mbox",
}
#: Platforms whose files do not say who the owner is, and so take ``owner=``.
OWNED = {"whatsapp", "email"}
#: What a file is read as when the participant names its platform but its content did
#: not say (a renamed file): the platform's main list.
DEFAULT_KIND = {
    "x": "follower",
    "instagram": "followers",
    "linkedin": "connections",
    "facebook": "friends",
    "mastodon": "following",
    "google": "contacts",
    "vcard": "cards",
    "csv": "profiles",
    "whatsapp": "chat",
    "email": "mbox",
}
_CSV_LIKE = {"linkedin", "google", "mastodon", "csv"}
_EXPECTED = (
    "an X archive (data/follower.js), an Instagram or Facebook archive in JSON "
    "format, LinkedIn's Connections.csv, Mastodon's following_accounts.csv, a "
    "Google Contacts CSV, a vCard (.vcf) file, a WhatsApp chat export (.txt or .zip), "
    "a mailbox (.mbox), or a CSV with a name, handle or email column"
)

Found = dict[str, dict[str, list[Entry]]]


def module(platform: str):
    return importlib.import_module(f"realnet_kit.importers.{MODULES[platform]}")


def _check_platform(path, platform: str | None) -> str | None:
    if platform is None:
        return None
    name = str(platform).strip().lower()
    name = {
        "twitter": "x",
        "google contacts": "google",
        "vcf": "vcard",
        "mbox": "email",
        "mail": "email",
        "gmail": "email",
        "thunderbird": "email",
    }.get(name, name)
    if name not in PLATFORMS:
        raise ExportFormatError(
            path,
            f"'{platform}' is not a platform the workshop knows",
            f"Use one of: {', '.join(PLATFORMS)}, or leave platform out "
            "to let the workshop recognise the export.",
        )
    return name


def _inbox_platform(entry: Entry, found: Found, platform: str | None) -> str:
    lower = entry.name.lower()
    if "instagram" in lower:
        return "instagram"
    if "facebook" in lower:
        return "facebook"
    if platform in ("instagram", "facebook"):
        return platform
    outer = entry.path.name.lower()
    if "instagram" in outer or "facebook" in outer:
        return "instagram" if "instagram" in outer else "facebook"

    def beside(plat: str) -> bool:  # other files of the same archive tell the platform
        return any(
            e.path == entry.path
            for k, group in found.get(plat, {}).items()
            if k != "inbox"
            for e in group
        )

    has_ig, has_fb = beside("instagram"), beside("facebook")
    if has_ig == has_fb:
        has_ig = any(k != "inbox" for k in found.get("instagram", {}))
        has_fb = any(k != "inbox" for k in found.get("facebook", {}))
    if has_ig != has_fb:
        return "instagram" if has_ig else "facebook"
    return "instagram" if b"is_geoblocked_for_viewer" in entry.head(65536) else "facebook"


def find_exports(
    entries: list[Entry], path: Path, platform: str | None, interactions: bool = False
) -> Found:
    """Group an input's files by (platform, kind); raise a teaching error if none fits."""
    found: Found = defaultdict(lambda: defaultdict(list))
    problems: list[tuple[Entry, str]] = []
    inbox: list[Entry] = []
    for entry in entries:
        kind = classify(entry)
        if kind is None:
            continue
        plat, what = kind
        if plat == "error" or plat == "empty":
            problems.append((entry, what))
        elif plat == "inbox":
            inbox.append(entry)
        else:
            if platform == "csv" and plat in _CSV_LIKE and what != "interactions":
                plat, what = "csv", "profiles"
            found[plat][what].append(entry)
    for entry in inbox:
        found[_inbox_platform(entry, found, platform)]["inbox"].append(entry)
    if platform != "csv" and "csv" in found:  # an archive's own side tables are not people
        archives = {
            e.path
            for plat, kinds in found.items()
            if plat != "csv"
            for group in kinds.values()
            for e in group
            if e.member is not None
        }
        for kind, group in list(found["csv"].items()):
            found["csv"][kind] = [e for e in group if e.member is None or e.path not in archives]
    _drop_chat_attachments(found)
    if platform is not None:
        found = _only(found, platform, entries, path)
    wanted = _wanted(found, interactions)
    if not wanted:
        _nothing_found(path, entries, problems, platform, interactions, found)
    return found


def _drop_chat_attachments(found: Found) -> None:
    """Files sent in a WhatsApp chat (a contact card, a CSV) are not the owner's exports."""
    zips = {
        e.path
        for e in found.get("whatsapp", {}).get("chat", [])
        if e.member is not None and module("whatsapp").is_chat_zip(e)
    }
    if not zips:
        return
    for plat, kinds in found.items():
        if plat != "whatsapp":
            for kind, group in kinds.items():
                kinds[kind] = [e for e in group if e.member is None or e.path not in zips]


def _only(found: Found, platform: str, entries: list[Entry], path: Path) -> Found:
    mine = found.get(platform)
    if mine:
        return {platform: mine}
    singles = [
        e
        for e in entries
        if PurePosixPath(e.name.lower()).suffix
        not in {".jpg", ".png", ".mp4", ".gif", ".webp", ".heic"}
    ]
    if len(singles) == 1 and not Path(path).is_dir() and singles[0].size:
        return {platform: {DEFAULT_KIND[platform]: singles}}
    return {}


def _wanted(found: Found, interactions: bool) -> bool:
    contact_kinds = {
        "follower",
        "following",
        "followers",
        "connections",
        "friends",
        "cards",
        "contacts",
        "profiles",
        "chat",
        "mbox",
        "imported",
    }
    message_kinds = {"dm", "dm_group", "inbox", "messages", "interactions", "chat", "mbox"}
    kinds = message_kinds if interactions else contact_kinds
    return any(k in kinds and v for plat in found.values() for k, v in plat.items())


#: Files the workshop recognises but does not load, and the sentence that says so.
NOT_LOADED: dict[tuple[str, str], tuple[str, str]] = {
    ("mastodon", "mutes"): (
        "this is Mastodon's list of accounts you muted (muted_accounts.csv), not of "
        "accounts you follow",
        "Load following_accounts.csv instead: Mastodon, Preferences > Import and export > "
        "Data export > Follows (CSV).",
    ),
    ("mastodon", "blocks"): (
        "this is Mastodon's list of accounts you blocked (blocked_accounts.csv), not of "
        "accounts you follow",
        "Load following_accounts.csv instead: Mastodon, Preferences > Import and export > "
        "Data export > Follows (CSV).",
    ),
    ("mastodon", "domain_blocks"): (
        "this is Mastodon's list of servers you blocked (blocked_domains.csv): it names "
        "servers, not people",
        "Load following_accounts.csv instead: Mastodon, Preferences > Import and export > "
        "Data export > Follows (CSV).",
    ),
    ("mastodon", "lists"): (
        "this is Mastodon's lists file (lists.csv): it says which list each account is in, "
        "not whom you follow",
        "Load following_accounts.csv instead: Mastodon, Preferences > Import and export > "
        "Data export > Follows (CSV).",
    ),
    ("mastodon", "bookmarks"): (
        "this is Mastodon's bookmarks file (bookmarks.csv): it holds links to posts, not people",
        "Load following_accounts.csv instead: Mastodon, Preferences > Import and export > "
        "Data export > Follows (CSV).",
    ),
    ("linkedin", "assistant"): (
        "this holds your conversations with LinkedIn's own assistant, not messages with people",
        "Load messages.csv from the same LinkedIn archive (or the whole zip).",
    ),
    ("instagram", "other_list"): (
        "this is another of Instagram's lists (close friends, blocked accounts, follow "
        "requests or suggestions), not your followers or the accounts you follow",
        "Load followers_1.json and following.json from the same Instagram download, or the "
        "whole zip.",
    ),
    ("error", "instagram_shape"): (
        "this looks like Instagram data (it has 'string_list_data'), but in an unexpected "
        "shape: Instagram's followers and following files hold a list of accounts, and "
        "this file holds a single object",
        "Load followers_1.json or following.json exactly as they come in the Instagram "
        "download (JSON format), or the whole zip.",
    ),
}


def _nothing_found(
    path: Path,
    entries: list[Entry],
    problems: list,
    platform: str | None,
    interactions: bool,
    found: Found | None = None,
) -> None:
    path = Path(path)
    for entry, what in problems:
        if ("error", what) in NOT_LOADED:
            raise entry.error(*NOT_LOADED["error", what])
    for (plat, kind), (problem, advice) in NOT_LOADED.items():
        group = (found or {}).get(plat, {}).get(kind)
        if group:
            raise group[0].error(problem, advice)
    for entry, what in problems:
        if what == "html":
            raise entry.error(
                "this is the HTML (web page) version of the export, which the workshop cannot read",
                "Request the export again and choose the JSON format "
                "(Instagram and Facebook: 'Format: JSON' on the download page).",
            )
        if what == "spreadsheet":
            raise entry.error(
                "this is a spreadsheet file (Excel, Numbers or LibreOffice), not a CSV text "
                "file, even if its name ends in .csv",
                "Open it in your spreadsheet app and use 'Save as' / 'Export' with the "
                "format 'CSV UTF-8', then load the new file.",
            )
        if what == "encoding" and len(entries) == 1:
            from realnet_kit.importers._text import decode_bytes

            decode_bytes(entry.head(16384), entry)  # raises, saying what to do
        if what in ("empty", "binary") and len(entries) == 1:
            raise entry.error(
                "the file is empty" if what == "empty" else "the file holds binary data, not text",
                "Download the export again from the platform.",
            )
    target = "messages or an interaction log" if interactions else "contacts"
    where = (
        "folder"
        if path.is_dir()
        else ("archive" if len(entries) != 1 or entries[0].member else "file")
    )
    wanted = (
        f"the {platform} export"
        if platform
        else (
            "LinkedIn's messages.csv, the messages of an X, Instagram or Facebook archive, "
            "a WhatsApp chat export, a mailbox (.mbox), "
            "or a CSV with contact, timestamp and direction columns"
        )
        if interactions
        else _EXPECTED
    )
    if where == "file":
        _refuse_single_file(path, entries[0], target, wanted, interactions)
    listed = ", ".join(e.basename for e in entries[:5]) or "nothing"
    raise ExportFormatError(
        path,
        f"no {target} were found in this {where} (it holds "
        f"{len(entries)} files: {listed}{'...' if len(entries) > 5 else ''})",
        f"Expected {wanted}. Point to the export itself.",
    )


def _refuse_single_file(
    path: Path, entry: Entry, target: str, wanted: str, interactions: bool
) -> None:
    """Refuse one unrecognised file, saying what it starts with (or what it lacks)."""
    from realnet_kit.importers import generic
    from realnet_kit.importers._text import decode_bytes
    from realnet_kit.importers.detect import _looks_like_table, header_fields

    text = decode_bytes(entry.head(16384), entry)
    stripped = text.lstrip("\ufeff \t\r\n")
    if not interactions and not stripped.startswith(("{", "[")) and _looks_like_table(stripped):
        fields, line = header_fields(stripped)
        columns = stripped.splitlines()[line] if fields else ""
        delim = max((",", ";", "\t", "|"), key=columns.count)
        names = [c.strip().strip('"') for c in columns.split(delim)]
        if not generic.person_columns(names):
            raise entry.error(generic.not_people_problem(names), "Pick a contact list instead.")
    first = next((line.strip() for line in stripped.splitlines() if line.strip()), "")
    shown = first[:80] + ("..." if len(first) > 80 else "")
    kind = "JSON data" if stripped.startswith(("{", "[")) else "text"
    raise ExportFormatError(
        path,
        f"the workshop does not recognise this file as {target}: it holds {kind} "
        f"beginning with '{shown}'"
        if shown
        else f"the file holds only blank lines, not {target}",
        f"Expected {wanted}. Pick one of those files.",
    )


def _enrich_ids(frames: list[pd.DataFrame]) -> None:
    """Give generic-CSV rows the id of the archive row with the same platform and handle."""
    enriching = [f for f in frames if "_enrich" in f.columns and f["_enrich"].any()]
    if not enriching:
        return
    wanted: set[tuple[str, str]] = set()
    for frame in enriching:
        rows = zip(
            frame["platform"].tolist(),
            frame["handle"].tolist(),
            frame["_enrich"].tolist(),
            strict=True,
        )
        wanted.update((p, h.lower()) for p, h, e in rows if e and isinstance(h, str))
    lookup: dict[tuple[str, str], str] = {}
    known: set[str] = set()
    for frame in frames:
        if "_enrich" in frame.columns:
            continue
        ids = frame["contact_id"].tolist()
        known.update(ids)
        rows = zip(frame["platform"].tolist(), frame["handle"].tolist(), ids, strict=True)
        for plat, handle, cid in rows:
            if isinstance(handle, str) and (plat, handle.lower()) in wanted:
                lookup.setdefault((plat, handle.lower()), cid)
    if not lookup:
        return
    for frame in enriching:
        ids = frame["contact_id"].to_numpy(dtype=object)
        keyed = frame[KEYED].to_numpy().copy()
        plats, handles = frame["platform"].tolist(), frame["handle"].tolist()
        for pos in np.flatnonzero(frame["_enrich"].to_numpy()):
            if ids[pos] in known or not isinstance(handles[pos], str):
                continue
            match = lookup.get((plats[pos], handles[pos].lower()))
            if match:
                ids[pos], keyed[pos] = match, True
        frame["contact_id"] = pd.array(ids, dtype="string")
        frame[KEYED] = keyed


@contextlib.contextmanager
def _no_gc():
    """Pause the cycle collector while millions of parsed objects are built.

    The loaders create no reference cycles; without the pause Python walks every parsed
    dict again and again while the lists grow, for no gain.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


#: Platform names as a participant knows them, for messages.
TITLES = {
    "x": "X (Twitter)",
    "instagram": "Instagram",
    "linkedin": "LinkedIn",
    "facebook": "Facebook",
    "mastodon": "Mastodon",
    "google": "Google Contacts",
    "vcard": "vCard",
    "csv": "CSV",
    "whatsapp": "WhatsApp",
    "email": "mailbox",
}
_SHAPE_ERRORS = (
    KeyError,
    TypeError,
    AttributeError,
    ValueError,
    IndexError,
    RecursionError,
    OverflowError,
    UnicodeError,
)


def _guarded(platform: str, kinds: dict[str, list[Entry]], read, *args):
    """Run one platform's reader; a file laid out unexpectedly becomes a teaching error."""
    try:
        return read(*args)
    except ExportFormatError:
        raise
    except _SHAPE_ERRORS as exc:
        entries = [e for group in kinds.values() for e in group]
        title = TITLES[platform]
        names = ", ".join(sorted({e.name for e in entries})[:4])
        if isinstance(exc, KeyError) and exc.args:
            what = f"the field '{str(exc.args[0])[:40]}' is missing where {title} writes it"
        elif isinstance(exc, TypeError | AttributeError):
            what = "a field holds a different kind of value (a list, a number, an object) "
            what += f"than {title} writes there"
        else:
            what = f"{type(exc).__name__}: {str(exc)[:80]}"
        raise ExportFormatError(
            entries[0].path if entries else "<export>",
            f"the {title} files ({names}) are not laid out the way {title} writes them ({what})",
            f"Download your {title} export again and load it without opening or editing its files.",
            member=entries[0].member if len(entries) == 1 else None,
        ) from None


def load_export(path: str | os.PathLike, platform: str | None = None, owner=None) -> pd.DataFrame:
    path = Path(path)
    platform = _check_platform(path, platform)
    with open_entries(path) as entries, _no_gc():
        found = find_exports(entries, path, platform)
        frames = [f for group in _contact_frames(found, owner).values() for f in group]
    _enrich_ids(frames)
    return combine(frames)


def _contact_frames(found: Found, owner=None) -> dict[str, list[pd.DataFrame]]:
    """Each platform's contact frames, read from the files ``find_exports`` found."""
    out: dict[str, list[pd.DataFrame]] = {}
    for plat in PLATFORMS:
        if plat in found:
            extra = (owner,) if plat in OWNED else ()
            read = module(plat).load_contacts
            out[plat] = list(_guarded(plat, found[plat], read, found[plat], *extra))
    return out


def _platform_interactions(
    plat: str,
    kinds: dict[str, list[Entry]],
    owner=None,
    contacts: list[pd.DataFrame] | None = None,
) -> pd.DataFrame | None:
    """The interactions one platform's files hold (``None`` when they hold none).

    ``contacts``: the platform's contact frames when they were read already.
    """
    if plat in OWNED:
        return module(plat).load_interactions(kinds, owner)
    if plat == "x":
        return module("x").load_interactions(kinds)
    if plat == "linkedin" and kinds.get("messages"):
        frames = contacts if contacts is not None else module("linkedin").load_contacts(kinds)
        return module("linkedin").load_interactions(kinds, combine(list(frames)))
    if plat == "instagram" and kinds.get("inbox"):
        if contacts is None:
            contacts = module("instagram").load_contacts(kinds)
        known = set().union(*(set(f["contact_id"].tolist()) for f in contacts))
        return module("instagram").load_interactions(kinds, known)
    if plat == "facebook" and kinds.get("inbox"):
        return module("facebook").load_interactions(kinds)
    if plat == "csv" and kinds.get("interactions"):
        from realnet_kit.importers import interaction_log

        return interaction_log.load_interactions(kinds)
    return None


def _all_interactions(
    found: Found, owner=None, contacts: dict[str, list[pd.DataFrame]] | None = None
) -> pd.DataFrame:
    frames = [
        _guarded(
            plat,
            found[plat],
            _platform_interactions,
            plat,
            found[plat],
            owner,
            None if contacts is None else contacts.get(plat),
        )
        for plat in PLATFORMS
        if found.get(plat)
    ]
    frames = [f for f in frames if f is not None and len(f)]
    if not frames:
        return empty_interactions()
    result = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    return result.sort_values("timestamp", kind="stable").reset_index(drop=True)


def load_interactions(
    path: str | os.PathLike, platform: str | None = None, owner=None
) -> pd.DataFrame:
    path = Path(path)
    platform = _check_platform(path, platform)
    with open_entries(path) as entries:
        found = find_exports(entries, path, platform, interactions=True)
        return _all_interactions(found, owner)


def load_both(
    path: str | os.PathLike, platform: str | None = None, owner=None
) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """Contacts and interactions of one export, its files opened and read once.

    The contacts are :func:`load_export`'s; the interactions :func:`load_interactions`'s,
    or ``None`` when the export holds no messages it can read (the contacts still load).
    Raises :class:`ExportFormatError` when it holds no contacts.
    """
    path = Path(path)
    platform = _check_platform(path, platform)
    with open_entries(path) as entries, _no_gc():
        found = find_exports(entries, path, platform)
        by_platform = _contact_frames(found, owner)
        interactions: pd.DataFrame | None = None
        if _wanted(found, interactions=True):
            try:
                interactions = _all_interactions(found, owner, by_platform)
            except ExportFormatError:
                interactions = None
    frames = [f for group in by_platform.values() for f in group]
    del by_platform
    _enrich_ids(frames)
    return combine(frames), interactions
