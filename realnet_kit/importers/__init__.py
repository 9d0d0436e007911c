"""Read the participant's exports: contacts, interactions, and people across platforms.

One module per platform (:mod:`~realnet_kit.importers.x`, ``instagram``, ``linkedin``,
``facebook``, ``mastodon``, ``google``, ``vcard``, ``generic`` for any table of people,
``interaction_log`` for hand-kept logs, ``whatsapp`` for chat exports, ``mbox`` for
mail), :mod:`.detect` to recognise a file from its content, :mod:`.archive` to read
zips and tars safely (member by member, in memory, with zip-bomb and path checks),
:mod:`.values` for loose spreadsheet values, and :mod:`.merge` (``merge_people``,
``review_pairs``) to join one person's accounts across platforms.

``contact_id`` scheme: ``x:<accountId>``, ``instagram:<username>``,
``mastodon:<user@server>`` (a local account: ``mastodon:<user>``), ``linkedin:<profile
slug>`` (else a slug of the name), ``linkedin:imported:<email>`` for LinkedIn's imported
address book, ``facebook:<slug of the name>``, ``google:``/``vcard:<email>`` (else a slug
of the name), ``whatsapp:+<phone digits>`` (else a slug of the name), ``email:<address>``,
``<platform column or csv>:<id | handle | email>`` from the one column of
the file filled in most rows (else the name slug, else ``row-N``); all lowercased,
repeats within one file numbered ``-2``, ``-3``. :func:`slugify` makes the slugs.

Address books (vCard, Google, Outlook and Thunderbird CSVs, LinkedIn's imported contacts)
add a ``phone`` column (a mobile number first). Text is decoded by :mod:`._encoding`
(Unicode, else the most plausible legacy code page, else refused in words); dates before
1900 or after 2100 are read as unknown with a warning naming the rows.

>>> import realnet_kit
>>> realnet_kit.load_export("no/such/export.zip")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
realnet_kit.errors.ExportFormatError: no/such/export.zip: there is no file or folder at this ...
"""

from __future__ import annotations

import os

import pandas as pd

from realnet_kit.importers import _load
from realnet_kit.importers._frame import COLUMNS, SIGNAL_DTYPES, slugify

__all__ = [
    "COLUMNS",
    "SIGNAL_DTYPES",
    "load_both",
    "load_export",
    "load_interactions",
    "slugify",
]


def load_export(
    path: str | os.PathLike, platform: str | None = None, *, owner: str | list[str] | None = None
) -> pd.DataFrame:
    """Load the contacts of an export: a file, a folder, or the platform's zip as is.

    Every export the path holds is found and loaded (a folder may hold several
    platforms' archives), and the results are combined into one frame with one row per
    account per platform: both directions of an account (follower and followed) are one
    row with both flags set.

    Parameters
    ----------
    path
        A file (``Connections.csv``, ``followers_1.json``, a ``.vcf``...), a folder, or
        a ``.zip``/``.tar.gz`` archive exactly as downloaded.
    platform
        ``None`` to recognise the export from its content, or one of ``linkedin``,
        ``x``, ``instagram``, ``facebook``, ``mastodon``, ``google``, ``vcard``,
        ``csv``, ``whatsapp``, ``email`` to read only that platform (``csv`` reads every
        CSV as a generic table of people, keeping all its columns).
    owner
        For WhatsApp chats and mailboxes, which do not say whose they are: your name or
        phone number as the chats show it, or your email address (several in a list).
        Left out, it is found from the files (see :func:`load_interactions`).

    Returns
    -------
    pandas.DataFrame
        The columns of :data:`COLUMNS` in order, then any profile signals
        (:data:`SIGNAL_DTYPES`) and, for generic CSVs, the file's other columns
        (WhatsApp rows add ``phone``, ``+<digits>``).

    Raises
    ------
    realnet_kit.ExportFormatError
        For anything it cannot read, naming the file and saying what to do.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> csv = pathlib.Path(tempfile.mkdtemp()) / "people.csv"
    >>> _ = csv.write_text("name;email\\nZoë Ödegaard;zoe@example.org\\n", encoding="utf-8")
    >>> load_export(csv).loc[0, ["contact_id", "name"]].tolist()
    ['csv:zoe@example.org', 'Zoë Ödegaard']
    """
    return _load.load_export(path, platform, owner)


def load_interactions(
    path: str | os.PathLike, platform: str | None = None, *, owner: str | list[str] | None = None
) -> pd.DataFrame:
    """Load messages and logged interactions: who wrote to whom, when.

    Reads LinkedIn ``messages.csv``, X direct messages, the Instagram and Facebook
    inboxes, WhatsApp chat exports (``kind`` ``message``, or ``call`` for iPhone call
    lines), mailboxes (``.mbox`` from Gmail Takeout or Thunderbird, ``kind`` ``email``),
    and generic CSV logs (a contact, handle or email column, a timestamp,
    ``direction`` ``in``/``out``, ``kind`` and ``note``). The direction is decided from
    the archive's owner; a group message the owner sent counts once for every other
    participant. ``contact_id`` values are the ones :func:`load_export` gives the same
    people from the same archive.

    WhatsApp and mail do not name their owner; ``owner`` does (your name or number as
    the chats show it, or your email address). Left out, a one-to-one chat's file name
    names the other person, so the owner is the other sender; a group chat takes the
    owner found in the other chats loaded with it, else a guess, with a warning. A
    mailbox takes the senders of Gmail's "Sent" messages (or of a Sent folder), else the
    address found on the most messages.

    Returns
    -------
    pandas.DataFrame
        ``contact_id``, ``timestamp`` (UTC), ``direction``, ``kind``, ``note``, oldest
        first.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> log = pathlib.Path(tempfile.mkdtemp()) / "log.csv"
    >>> _ = log.write_text("email,timestamp,direction,kind\\nana@example.org,2024-03-01,in,call\\n")
    >>> load_interactions(log)[["contact_id", "direction", "kind"]].iloc[0].tolist()
    ['csv:ana@example.org', 'in', 'call']
    """
    return _load.load_interactions(path, platform, owner)


def load_both(
    path: str | os.PathLike, platform: str | None = None, *, owner: str | list[str] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """Contacts and interactions of one export together, every file opened and read once.

    What :func:`load_export` and :func:`load_interactions` return, without reading a
    big archive twice (notebooks open an export this way). The interactions are ``None``
    when the export holds no messages that can be read; the contacts load all the same.

    Raises
    ------
    realnet_kit.ExportFormatError
        When the export holds no contacts that can be read.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "people.csv").write_text("name,email\\nAna,ana@example.org\\n")
    >>> contacts, interactions = load_both(folder)
    >>> len(contacts), interactions is None
    (1, True)
    """
    return _load.load_both(path, platform, owner)
