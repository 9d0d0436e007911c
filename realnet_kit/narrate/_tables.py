"""How the notebooks show people and numbers: tables, platform names, nameless accounts.

The ``tell_*`` and ``show_*`` functions of :mod:`realnet_kit.narrate` all draw their tables here,
so every table of the workshop looks the same: a ``who`` column first, every word of every
cell, no row numbers, names masked in presenter mode.

Examples
--------
>>> platform_name("linkedin"), nameless_label("x:1519071252")
('LinkedIn', 'X account 1519071252')
>>> from realnet_kit.words import percent
>>> percent(1, 4)
'25%'
"""

from __future__ import annotations

import html
from typing import Any, ClassVar

import pandas as pd

from realnet_kit.html import link_html
from realnet_kit.plan.named import clearest_name, plain_name
from realnet_kit.privacy import mask_frame
from realnet_kit.words import nameless_label, platform_name

#: Rows a table shows by default: enough to recognise people, few enough for a projector.
TABLE_ROWS = 10

#: Table columns whose longest cell is at most this long never wrap (names, dates).
WRAP_ABOVE_CHARS = 30


class Table(pd.DataFrame):
    """A DataFrame that a notebook shows whole: every word of every cell, no row numbers.

    pandas cuts long text to 50 characters and prints ``<NA>`` and a row index, which
    is noise for a participant reading reasons and messages. This keeps the frame
    (columns, ``.loc``, everything) and only changes how Jupyter draws it; ``links``
    maps a ``who`` cell to a profile address the participant can open themselves.
    """

    _metadata: ClassVar[list[str]] = ["links"]

    @property
    def _constructor(self) -> type:
        return Table

    def _repr_html_(self) -> str:
        links = getattr(self, "links", None) or {}
        styles = []
        for column in self.columns:
            # Short columns (names, dates, counts) stay on one line; long text wraps.
            longest = max((len(_cell_text(v)) for v in self[column]), default=0)
            align = "right" if pd.api.types.is_numeric_dtype(self[column]) else "left"
            wrap = "normal" if longest > WRAP_ABOVE_CHARS else "nowrap"
            styles.append(
                f"padding:3px 10px;vertical-align:top;text-align:{align};white-space:{wrap}"
            )
        head = "".join(
            f"<th style='{style}'>{html.escape(str(c).replace('_', ' '))}</th>"
            for c, style in zip(self.columns, styles, strict=True)
        )
        rows = []
        for values in self.itertuples(index=False):
            cells = []
            for column, value, style in zip(self.columns, values, styles, strict=True):
                url = links.get(value) if column == "who" and isinstance(value, str) else None
                shown = _cell_text(value)
                text = link_html(url, shown) if url else html.escape(shown)
                cells.append(f"<td style='{style}'>{text}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
        return (
            f"<table class='realnet-table'><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
        )


def _cell_text(value: Any) -> str:
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)
    return str(value)


def as_table(frame: pd.DataFrame, links: dict[str, str] | None = None) -> Table:
    """``frame`` (index dropped) as a :class:`Table`, shown whole in a notebook.

    >>> as_table(pd.DataFrame({"who": ["Ada"]}, index=[7])).index.tolist()
    [0]
    """
    table = Table(frame.reset_index(drop=True))
    table.links = dict(links or {})
    return table


def contact_names(data: Any) -> pd.DataFrame:
    """One row per contact of the workshop data: id, name, handle, platform (as present)."""
    columns = [c for c in ("contact_id", "name", "handle", "platform") if c in data.contacts]
    return data.contacts[columns].drop_duplicates("contact_id")


def plain_names(names: pd.Series) -> pd.Series:
    """Display names as 05's plan writes them: no aside in brackets, no emoji (a name of
    nothing else is kept as it is).

    >>> plain_names(pd.Series(["Lisa (Saturday regular) Thornton", "💫", None])).tolist()
    ['Lisa Thornton', '💫', <NA>]
    """
    names = names.astype("string")
    plain = names.map(lambda n: plain_name(n) if isinstance(n, str) else n).astype("string")
    return plain.mask(plain.fillna("") == "", names)


def person_names(data: Any) -> pd.Series:
    """Each contact's name as 05's plan writes it (contact_id -> name): the clearest of
    the names of the accounts confirmed as that person, plain (:func:`plain_names`)."""
    contacts = contact_names(data)
    if "name" not in contacts.columns:
        return pd.Series(dtype="string")
    names = contacts.set_index("contact_id")["name"].astype("string")
    people: dict[str, list[str]] = {}
    for account, person in data.workbook.person_ids().items():
        people.setdefault(person, [person]).append(account)
    clearest: dict[str, str] = {}
    for accounts in people.values():
        best = clearest_name(names.reindex(list(dict.fromkeys(accounts))).dropna().tolist())
        if best:
            clearest.update(dict.fromkeys(accounts, best))
    full = names.copy()
    chosen = full.index.map(clearest.get)  # None where the account is no one else's too
    has = pd.notna(chosen)
    full[has] = chosen[has]
    return plain_names(full)


def _without_nameless(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` without the accounts known only by a number, said in one sentence."""
    if "contact_id" not in frame.columns or not len(frame):
        return frame
    named = pd.Series(False, index=frame.index)
    for column in ("name", "handle"):
        if column in frame.columns:
            named |= frame[column].astype("string").str.strip().fillna("").ne("")
    ids = frame["contact_id"].astype("string")
    numbered = ~named & (ids.map(nameless_label).astype("string") != ids).fillna(False)
    count = int(numbered.sum())
    if not count or count == len(frame):
        return frame
    which = "is an X account" if count == 1 else "are X accounts"
    print(
        f"{count:,} of these {len(frame):,} {which} known only by a number (an X "
        "archive lists followers by number; names come only with the people you talked "
        "with); the table leaves them out (to list them too, add nameless=True inside the "
        "cell's brackets)."
    )
    return frame[~numbered.to_numpy()]


def show(
    frame: pd.DataFrame,
    columns: list[str] | None = None,
    rows: int = TABLE_ROWS,
    *,
    nameless: bool = False,
) -> Any:
    """The first ``rows`` of ``frame`` (only ``columns``), masked in presenter mode.

    Accounts the export knows only by a number (X archives keep no names) are summed up in
    one sentence instead of filling the table with numbers, unless ``nameless`` is true or
    the table would hold nothing else.

    A ``"who"`` column (the name, else ``@handle``, else the account, e.g. ``X account
    1519071252``) stands first, so accounts without a name (X followers have none) can
    still be recognised; those get a link to their profile when the export holds one.
    Returns a :class:`Table`, which a notebook shows whole (no cut text, no row numbers).
    """
    if not nameless:
        frame = _without_nameless(frame)
    if len(frame) > rows:
        print(
            f"Showing the first {rows} of {len(frame):,} (to see more, give the cell a bigger "
            f"number, e.g. rows={max(50, 5 * rows)}, inside its brackets)."
        )
    head = mask_frame(frame.head(rows))
    table = head[[c for c in (columns or list(head.columns)) if c in head.columns]].copy()
    for column in table.columns:
        if isinstance(table[column].dtype, pd.DatetimeTZDtype):
            table[column] = table[column].dt.strftime("%d %b %Y")
    if "platform" in table.columns:
        table["platform"] = table["platform"].map(platform_name, na_action="ignore")
    links: dict[str, str] = {}
    naming = [c for c in ("name", "handle", "contact_id") if c in head.columns]
    if naming:
        who = pd.Series(pd.NA, index=head.index, dtype="string")
        for column in naming:
            if column == "contact_id":
                known = head[column].map(nameless_label).astype("string")
            else:
                known = ("@" if column == "handle" else "") + head[column].astype("string")
            who = who.fillna(known)
        if "contact_id" in head.columns and "profile_url" in head.columns:
            for cid, url, label in zip(head["contact_id"], head["profile_url"], who, strict=True):
                if label == nameless_label(cid) != cid and str(url).startswith("https://"):
                    links[label] = str(url)
        table = table.drop(columns=[c for c in ("name", "handle", "contact_id") if c in table])
        table.insert(0, "who", who)
    return as_table(table, links)
