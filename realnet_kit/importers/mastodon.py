"""Mastodon: ``following_accounts.csv`` from Preferences > Import and export.

Current exports have the header ``Account address,Show boosts,Notify on new posts,
Languages``; older ones are one ``user@server`` per line with no header. The file says
whom the owner follows, so only ``i_follow`` is set.

>>> _address("@Ana@Social.Example")
'Ana@Social.Example'
"""

from __future__ import annotations

import re

import pandas as pd

from realnet_kit.importers._frame import build_frame
from realnet_kit.importers._text import check_field_lengths, decode_bytes
from realnet_kit.importers.archive import Entry

_ADDRESS = re.compile(r"^@?([^@\s,;]+)@([^@\s,;/]+\.[^@\s,;/]+)$")
_ADVICE = (
    "Export the list again from Mastodon (Preferences > Import and export > Data "
    "export > Follows, CSV) and load that file."
)


def _address(value: str) -> str | None:
    match = _ADDRESS.match(value.strip().strip('"'))
    return f"{match.group(1)}@{match.group(2)}" if match else None


def load_contacts(found: dict[str, list[Entry]]) -> list[pd.DataFrame]:
    frames = []
    for entry in found.get("following", []):
        text = decode_bytes(entry.read(), entry).lstrip("\ufeff")
        lines = [line for line in text.splitlines() if line.strip()]
        if not lines:
            raise entry.error("the file is empty", _ADVICE)
        check_field_lengths(lines, entry, "line")
        if lines[0].lower().startswith("account address"):
            lines = lines[1:]
        cells = [re.split(r"[,;\t]", line, maxsplit=1)[0] for line in lines]
        handles = [_address(c) for c in cells]
        if cells and not any(handles):
            raise entry.error(
                f"no account address like user@server was found (the first "
                f"line reads '{cells[0][:60]}')",
                _ADVICE,
            )
        handles = [h for h in handles if h]
        urls = [f"https://{h.split('@', 1)[1].lower()}/@{h.split('@', 1)[0]}" for h in handles]
        frames.append(
            build_frame(
                "mastodon",
                contact_id=["mastodon:" + h.lower() for h in handles],
                handle=handles,
                profile_url=urls,
                i_follow=True,
            )
        )
    return frames
