"""Presenter mode: project your own data without showing anyone's name.

A facilitator who demonstrates on their own export turns presenter mode on; every widget,
table and plot of the package then shows stable pseudonyms instead of names, handles and
emails. The data are never changed: masking happens only where things are displayed,
through :func:`mask_name` (one value) and :func:`mask_frame` (a table).

A pseudonym is stable: the same person gets the same one in every widget and every
session (it is derived from a keyed hash with a random key kept in ``REALNET_HOME``, so
it cannot be reversed by guessing names).

>>> from realnet_kit.privacy import presenter_mode, mask_name
>>> presenter_mode(True)
True
>>> mask_name("Ada Baker") == mask_name("Ada Baker") != "Ada Baker"
True
>>> presenter_mode(False)
False
>>> mask_name("Ada Baker")
'Ada Baker'
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import secrets
import weakref
from collections.abc import Callable
from typing import Any

from traitlets import Bool, HasTraits

from realnet_kit.config import (
    PRESENTER_VARIABLE,
    environment_flag,
    make_private,
    private_folder,
    realnet_home,
)
from realnet_kit.words import is_missing

__all__ = [
    "MASKED_COLUMNS",
    "PRESENTER",
    "Presenter",
    "is_presenter_mode",
    "mask_frame",
    "mask_name",
    "on_presenter_change",
    "presenter_mode",
    "pseudonym",
]

#: Columns that :func:`mask_frame` hides, and how: as a "name", "handle", "email",
#: "id" (platform prefix kept) or "text" (replaced by a note that it is hidden).
MASKED_COLUMNS: dict[str, str] = {
    "name": "name",
    "first_name": "name",
    "last_name": "name",
    "sender_name": "name",
    "handle": "handle",
    "email": "email",
    "contact_id": "id",
    "contact_a": "id",
    "contact_b": "id",
    "profile_url": "text",
    "bio": "text",
    "note": "text",
}
HIDDEN_TEXT = "(hidden in presenter mode)"

_ADJECTIVES = (
    "Amber", "Birch", "Cedar", "Coral", "Dune", "Ember", "Fern", "Flint", "Frost", "Gold",
    "Hazel", "Indigo", "Ivory", "Jade", "Juniper", "Lilac", "Linen", "Maple", "Meadow",
    "Mint", "Moss", "Ochre", "Olive", "Opal", "Pebble", "Pine", "Plum", "Quartz", "Rain",
    "River", "Rowan", "Sage", "Sand", "Slate", "Sorrel", "Stone", "Storm", "Teal",
    "Thistle", "Topaz", "Umber", "Willow",
)  # fmt: skip
_ANIMALS = (
    "Badger", "Bison", "Crane", "Curlew", "Dormouse", "Egret", "Falcon", "Ferret", "Finch",
    "Gecko", "Hare", "Heron", "Ibis", "Jackdaw", "Kestrel", "Koala", "Lark", "Lynx",
    "Marten", "Moth", "Newt", "Otter", "Owl", "Panda", "Pika", "Plover", "Puffin",
    "Quail", "Raven", "Robin", "Seal", "Shrew", "Sparrow", "Stoat", "Swift", "Tapir",
    "Tern", "Vole", "Walrus", "Wren", "Yak", "Zebu",
)  # fmt: skip


class Presenter(HasTraits):
    """Presenter mode as a traitlets model: one switch that every view observes.

    Widgets follow it with ``PRESENTER.observe(callback, "on")`` (or, held weakly, with
    :func:`on_presenter_change`), as ipywidgets' own models are observed.
    """

    on = Bool(False, help="Whether names are masked on screen right now.")


#: The one presenter switch of this Python process.
PRESENTER = Presenter(on=environment_flag(PRESENTER_VARIABLE))


def presenter_mode(on: bool | None = None) -> bool:
    """Turn presenter mode on or off (``None``: just report it); returns the new state.

    Widgets that are on screen redraw with or without pseudonyms at once. It starts off,
    unless the environment variable ``REALNET_PRESENTER=1`` is set.
    """
    if on is not None:
        PRESENTER.on = bool(on)
    return PRESENTER.on


def is_presenter_mode() -> bool:
    """Whether names are being masked right now."""
    return PRESENTER.on


def on_presenter_change(callback: Callable[[bool], Any]) -> None:
    """Call ``callback(on)`` whenever presenter mode changes.

    The callback is held weakly, so a widget that goes away is forgotten (and stops
    being observed) rather than kept alive by the switch; so is the method of a view
    whose widget was closed (a cell run again leaves its old widgets closed but not yet
    collected, and redrawing them would only cost time).
    """
    ref = weakref.WeakMethod(callback) if hasattr(callback, "__self__") else weakref.ref(callback)

    def relay(change: dict) -> None:
        target = ref()
        if target is None or _closed_view(target):
            PRESENTER.unobserve(relay, "on")
        else:
            target(change["new"])

    PRESENTER.observe(relay, "on")


def _closed_view(method: Callable[..., Any]) -> bool:
    """Whether ``method`` belongs to a widget, or to a view holding one as ``.widget``,
    that has been closed (ipywidgets drops a widget's ``comm`` when it is closed)."""
    owner = getattr(method, "__self__", None)
    return any(
        getattr(view, "comm", True) is None for view in (owner, getattr(owner, "widget", None))
    )


_key: list[bytes] = []


def _secret() -> bytes:
    """The random key behind pseudonyms, kept in REALNET_HOME so they stay stable."""
    if _key:
        return _key[0]
    path = realnet_home() / "presenter.key"
    try:
        if path.exists() and path.stat().st_size >= 16:
            key = path.read_bytes()
        else:
            key = secrets.token_bytes(32)
            private_folder(path.parent)
            path.write_bytes(key)
            make_private(path)
    except OSError:  # a read-only home: pseudonyms then last for this session only
        key = secrets.token_bytes(32)
    _key.append(key)
    return key


def pseudonym(value: Any, kind: str = "name") -> str:
    """The stable pseudonym of ``value`` (regardless of presenter mode).

    ``kind`` is "name" ("Teal Otter 41"), "handle" ("teal_otter_41"), "email"
    ("teal.otter.41@example.org") or "id" ("instagram:teal_otter_41").
    """
    text = str(value)
    prefix = ""
    if kind == "id" and ":" in text:
        prefix, text = text.split(":", 1)
        prefix += ":"
    seed = text.strip().lower().encode("utf-8")
    digest = hashlib.blake2b(seed, key=_secret(), digest_size=8).digest()
    number = int.from_bytes(digest, "big")
    adjective = _ADJECTIVES[number % len(_ADJECTIVES)]
    animal = _ANIMALS[(number // len(_ADJECTIVES)) % len(_ANIMALS)]
    suffix = 10 + (number // (len(_ADJECTIVES) * len(_ANIMALS))) % 90
    if kind == "name":
        return f"{adjective} {animal} {suffix}"
    slug = f"{adjective}_{animal}_{suffix}".lower()
    if kind == "email":
        return f"{slug.replace('_', '.')}@example.org"
    return prefix + slug


def mask_name(value: Any, kind: str = "name", *, key: Any = None) -> Any:
    """``value`` as it may be shown now: itself, or its pseudonym in presenter mode.

    ``key`` (e.g. the contact_id) makes the name, handle and email of one person share
    one pseudonym. Missing values stay missing.
    """
    if not PRESENTER.on or value is None or is_missing(value):
        return value
    if kind == "text":
        return HIDDEN_TEXT
    return pseudonym(key if key is not None and not is_missing(key) else value, kind)


#: Columns of free text in which the row's own name, handle or email may appear ("Suggest
#: a walk with Kofi Mensah"): presenter mode replaces them there with the pseudonym.
TEXT_COLUMNS = ("action", "reason", "why", "suspicion_reasons", "suspicion_signals",
                "category_reason", "relevance_reason", "text", "title", "label",
                "what")  # fmt: skip
#: Parts of a name shorter than this are not replaced alone (initials, "Al").
MIN_NAME_PART = 3


def mask_text(text: Any, identities: dict[str, str]) -> Any:
    """``text`` with every name, first name, handle or email of ``identities`` (real ->
    pseudonym) replaced; longest first, whole words only, case kept as written.

    >>> mask_text("Suggest a walk with Kofi Mensah", {"Kofi Mensah": "Teal Otter 4"})
    'Suggest a walk with Teal Otter 4'
    """
    if not isinstance(text, str) or not text:
        return text
    for real in sorted(identities, key=len, reverse=True):
        if real and real in text:
            text = re.sub(rf"(?<!\w){re.escape(real)}(?!\w)", identities[real], text)
    return text


def row_identities(row: dict, key: Any = None) -> dict[str, str]:
    """The ways one row names its person (name, its first and last word, handle with and
    without ``@``, email) mapped to the pseudonyms presenter mode shows instead."""
    found: dict[str, str] = {}
    name = row.get("name")
    if isinstance(name, str) and name.strip():
        pseudo = pseudonym(key if key is not None else name, "name")
        found[name.strip()] = pseudo
        words, pseudo_words = name.split(), pseudo.split()
        if len(words) > 1:
            for real, fake in ((words[0], pseudo_words[0]), (words[-1], pseudo_words[1])):
                if len(real) >= MIN_NAME_PART:
                    found.setdefault(real, fake)
    handle = row.get("handle")
    if isinstance(handle, str) and len(handle) >= MIN_NAME_PART:
        fake = pseudonym(key if key is not None else handle, "handle")
        found.setdefault(handle, fake)
        found.setdefault(f"@{handle}", f"@{fake}")
    email = row.get("email")
    if isinstance(email, str) and "@" in email:
        found.setdefault(email, pseudonym(key if key is not None else email, "email"))
    return found


def mask_text_columns(df: Any) -> Any:
    """A copy of ``df`` whose free-text columns no longer name the row's person."""
    out = df.copy()
    texts = [c for c in TEXT_COLUMNS if c in out.columns]
    if not texts or not {"name", "handle", "email"} & set(out.columns):
        return out
    records = out.to_dict("records")
    identities = [row_identities(record, record.get("contact_id")) for record in records]
    for column in texts:
        out[column] = [
            mask_text(record.get(column), known)
            for record, known in zip(records, identities, strict=True)
        ]
        with contextlib.suppress(TypeError, ValueError):
            out[column] = out[column].astype(df[column].dtype)
    return out


def mask_frame(df: Any) -> Any:
    """A copy of ``df`` fit for the projector (``df`` itself when presenter mode is off).

    Every column of :data:`MASKED_COLUMNS` is masked; a person's name, handle and email
    share one pseudonym (keyed by ``contact_id`` when present). The original frame is
    never changed.
    """
    if not PRESENTER.on or df is None:
        return df
    out = mask_text_columns(df)
    keys = df["contact_id"].tolist() if "contact_id" in df.columns else None
    for column, kind in MASKED_COLUMNS.items():
        if column not in out.columns:
            continue
        values = out[column].tolist()
        if keys is not None and kind in {"name", "handle", "email"}:
            masked = [mask_name(v, kind, key=k) for v, k in zip(values, keys, strict=True)]
        else:
            masked = [mask_name(v, kind) for v in values]
        out[column] = masked
        with contextlib.suppress(TypeError, ValueError):
            out[column] = out[column].astype(df[column].dtype)
    index_kind = MASKED_COLUMNS.get(str(out.index.name))
    if index_kind is not None:
        out.index = [mask_name(v, index_kind) for v in out.index]
        out.index.name = df.index.name
    return out
