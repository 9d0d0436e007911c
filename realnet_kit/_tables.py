"""How the notebooks show people and numbers: tables, platform names, nameless accounts.

The ``tell_*`` and ``show_*`` functions of :mod:`realnet_kit.narrate` (and its companions
:mod:`realnet_kit.follow_up` and :mod:`realnet_kit.handouts`) all draw their tables here,
so every table of the workshop looks the same: a ``who`` column first, every word of every
cell, no row numbers, names masked in presenter mode.

Examples
--------
>>> platform_name("linkedin"), nameless_label("x:1519071252")
('LinkedIn', 'X account 1519071252')
>>> percent(1, 4)
'25%'
"""

from __future__ import annotations

import html
from typing import Any, ClassVar

import pandas as pd

#: Rows a table shows by default: enough to recognise people, few enough for a projector.
TABLE_ROWS = 10

#: Table columns whose longest cell is at most this long never wrap (names, dates).
WRAP_ABOVE_CHARS = 30

#: Platform names as a participant knows them (tables and the "Loaded" sentence).
PLATFORM_NAMES: dict[str, str] = {
    "facebook": "Facebook",
    "instagram": "Instagram",
    "linkedin": "LinkedIn",
    "mastodon": "Mastodon",
    "x": "X",
    "google": "Google Contacts",
    "vcard": "vCard",
    "csv": "CSV",
}


def percent_value(part: Any, whole: Any) -> float:
    """``part`` as a percentage of ``whole`` (0 when ``whole`` is 0 or missing)."""
    try:
        part, whole = float(part), float(whole)
    except (TypeError, ValueError):
        return 0.0
    return 100.0 * part / whole if whole else 0.0


def percent(part: Any, whole: Any) -> str:
    """``part`` of ``whole`` as a rounded percentage that never rounds a few to nothing.

    >>> percent(12, 100), percent(3, 1000), percent(0, 1000), percent(998, 1000)
    ('12%', '<1%', '0%', '>99%')
    """
    value = percent_value(part, whole)
    if 0 < value < 1:
        return "<1%"
    if 99 < value < 100:
        return ">99%"
    return f"{value:.0f}%"


def counted(n: int, one: str, many: str | None = None) -> str:
    """``n`` things in words: ``1 text``, ``2 texts``, ``1 person``, ``26 people``.

    >>> counted(1, "text"), counted(1200, "text"), counted(26, "person", "people")
    ('1 text', '1,200 texts', '26 people')
    """
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def listed(words: list[str], last: str = "and") -> str:
    """Words in a sentence: ``a``, ``a and b``, ``a, b and c`` (or ``or`` before the last).

    >>> listed([]), listed(["X"]), listed(["X", "Instagram", "Mastodon"], "or")
    ('', 'X', 'X, Instagram or Mastodon')
    """
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"


def link_html(url: str, text: str, title: str = "Opens this account in your browser") -> str:
    """An escaped link that opens in a new tab and tells the site nothing of the page."""
    return (
        f"<a href='{html.escape(url)}' target='_blank' rel='noopener noreferrer' "
        f"title='{html.escape(title)}'>{html.escape(text)}</a>"
    )


def platform_name(platform: Any) -> str:
    """``"x"`` as ``"X"``, ``"linkedin"`` as ``"LinkedIn"``; unknown names unchanged.

    >>> platform_name("x"), platform_name("myspace")
    ('X', 'myspace')
    """
    return PLATFORM_NAMES.get(str(platform).lower(), str(platform))


def nameless_label(contact_id: Any) -> Any:
    """What to call an account the export gives no name or handle for.

    X archives list followers and followings by account number only, so an id such as
    ``x:1519071252`` reads ``X account 1519071252`` rather than a bare code. Any other
    id comes back as it is; a missing one as ``<NA>``.

    >>> nameless_label("x:1519071252"), nameless_label("mastodon:ada@example.social")
    ('X account 1519071252', 'mastodon:ada@example.social')
    """
    if contact_id is None or pd.isna(contact_id):
        return pd.NA
    platform, _, rest = str(contact_id).partition(":")
    if rest.isdigit():
        return f"{platform_name(platform)} account {rest}"
    return str(contact_id)


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


def show(frame: pd.DataFrame, columns: list[str] | None = None, rows: int = TABLE_ROWS) -> Any:
    """The first ``rows`` of ``frame`` (only ``columns``), masked in presenter mode.

    A ``"who"`` column (the name, else ``@handle``, else the account, e.g. ``X account
    1519071252``) stands first, so accounts without a name (X followers have none) can
    still be recognised; those get a link to their profile when the export holds one.
    Returns a :class:`Table`, which a notebook shows whole (no cut text, no row numbers).
    """
    from realnet_kit.privacy import mask_frame

    if len(frame) > rows:
        print(f"Showing the first {rows} of {len(frame):,}.")
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
