"""Mastodon: ``following_accounts.csv`` from Preferences > Import and export.

Current exports have the header ``Account address,Show boosts,Notify on new posts,
Languages``; older ones are one ``user@server`` per line with no header. The file says
whom the owner follows, so only ``i_follow`` is set (a followers list, which some tools
write in the same layout, sets ``follows_me``). An account of the owner's own server
may be written without ``@server`` (``bob``): it keeps its name as written, with no
profile link since the server is unknown.

>>> _address("@Ana@Social.Example")
'Ana@Social.Example'
"""

from __future__ import annotations

import re

import pandas as pd

from realnet_kit.importers._frame import build_frame, merge_directions
from realnet_kit.importers._text import check_field_lengths, decode_bytes
from realnet_kit.importers.archive import Entry

_ADDRESS = re.compile(r"^@?([^@\s,;]+)@([^@\s,;/]+\.[^@\s,;/]+)$")
#: A local account of the owner's own server, written without ``@server``.
_LOCAL = re.compile(r"^@?([A-Za-z0-9_]+)$")
_ADVICE = (
    "Export the list again from Mastodon (Preferences > Import and export > Data "
    "export > Follows, CSV) and load that file."
)


def _address(value: str) -> str | None:
    match = _ADDRESS.match(value.strip().strip('"'))
    return f"{match.group(1)}@{match.group(2)}" if match else None


def _local(value: str) -> str | None:
    match = _LOCAL.match(value.strip().strip('"'))
    return match.group(1) if match else None


def _accounts(entry: Entry) -> list[str]:
    """The account addresses of one file, local ones (no ``@server``) as written."""
    text = decode_bytes(entry.read(), entry).lstrip("\ufeff")
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise entry.error("the file is empty", _ADVICE)
    check_field_lengths(lines, entry, "line")
    header = lines[0].lower().startswith("account address")
    if header:
        lines = lines[1:]
    cells = [re.split(r"[,;\t]", line, maxsplit=1)[0] for line in lines]
    handles = [_address(c) for c in cells]
    if cells and not any(handles) and not header:
        raise entry.error(
            f"no account address like user@server was found (the first "
            f"line reads '{cells[0][:60]}')",
            _ADVICE,
        )
    return [h or _local(c) for h, c in zip(handles, cells, strict=True) if h or _local(c)]


def _columns(handles: list[str]) -> dict[str, list]:
    urls = [
        f"https://{h.split('@', 1)[1].lower()}/@{h.split('@', 1)[0]}" if "@" in h else None
        for h in handles
    ]
    return {
        "contact_id": ["mastodon:" + h.lower() for h in handles],
        "handle": handles,
        "profile_url": urls,
    }


def load_contacts(found: dict[str, list[Entry]]) -> list[pd.DataFrame]:
    """Follows (``i_follow``) and, where a followers list is present, followers.

    Mutes, blocks, lists, bookmarks and domain blocks are recognised elsewhere and not
    loaded: they are not the people you follow.
    """
    following = [h for e in found.get("following", []) for h in _accounts(e)]
    followers = [h for e in found.get("followers", []) for h in _accounts(e)]
    have_g, have_f = bool(found.get("following")), bool(found.get("followers"))
    if not (have_g or have_f):
        return []
    cols = merge_directions(_columns(followers), _columns(following), have_f, have_g)
    return [
        build_frame(
            "mastodon",
            contact_id=cols["contact_id"],
            handle=cols["handle"],
            profile_url=cols["profile_url"],
            follows_me=cols["follows_me"],
            i_follow=cols["i_follow"],
        )
    ]
