"""Google Contacts CSV, old and new headers.

New (2023 onwards): ``First Name,Middle Name,Last Name,...,Organization Name,
Organization Title,...,E-mail 1 - Label,E-mail 1 - Value,...``. Old: ``Name,Given Name,
Additional Name,Family Name,...,E-mail 1 - Type,E-mail 1 - Value,...,Organization 1 -
Name,Organization 1 - Title``. A cell with several values joins them with `` ::: ``.
Address books say nothing about following, so both flags stay missing.

>>> first_value("ana@example.org ::: ana.work@example.com")
'ana@example.org'
"""

from __future__ import annotations

import pandas as pd

from realnet_kit.importers._frame import build_frame, slugify
from realnet_kit.importers.archive import Entry
from realnet_kit.importers.generic import read_csv


def first_value(cell: object) -> str | None:
    """The first of several `` ::: ``-joined values, stripped, or ``None``."""
    if not isinstance(cell, str) or not cell.strip():
        return None
    return cell.split(":::")[0].strip() or None


def _column(table: pd.DataFrame, *names: str) -> list:
    lower = {c.strip().lower(): c for c in table.columns}
    for name in names:
        if name in lower:
            return [first_value(v) for v in table[lower[name]]]
    return [None] * len(table)


def _pick(keep: list[int], values: list) -> list:
    return [values[k] for k in keep]


def address_book_ids(prefix: str, emails: list, names: list) -> tuple[list[str], list[bool]]:
    """``<prefix>:<email lowercased>``, else ``<prefix>:<slug of the name>``."""
    ids = [
        f"{prefix}:{e.lower()}" if e else f"{prefix}:{slugify(n)}"
        for e, n in zip(emails, names, strict=True)
    ]
    return ids, [bool(e) for e in emails]


def _phones(table: pd.DataFrame) -> list:
    """The first number of each row, mobile ones first (``Phone N - Label`` says which)."""
    lower = {c.strip().lower(): c for c in table.columns}
    pairs = []
    for k in range(1, 10):
        value = lower.get(f"phone {k} - value")
        if value is None:
            break
        label = lower.get(f"phone {k} - label") or lower.get(f"phone {k} - type")
        pairs.append((label, value))
    out = []
    for row in range(len(table)):
        numbers = []
        for label, value in pairs:
            number = first_value(table[value].iat[row])
            if number:
                kind = str(table[label].iat[row]).lower() if label else ""
                numbers.append((0 if "mobile" in kind or "cell" in kind else 1, number))
        out.append(min(numbers, key=lambda n: n[0])[1] if numbers else None)
    return out


def load_contacts(found: dict[str, list[Entry]]) -> list[pd.DataFrame]:
    frames = []
    for entry in found.get("contacts", []):
        table = read_csv(entry)
        full = _column(table, "name")
        given = _column(table, "first name", "given name")
        middle = _column(table, "middle name", "additional name")
        family = _column(table, "last name", "family name")
        names = [
            f or " ".join(p for p in (g, m, s) if p) or None
            for f, g, m, s in zip(full, given, middle, family, strict=True)
        ]
        emails = _column(table, "e-mail 1 - value", "email 1 - value")
        org = _column(table, "organization name", "organization 1 - name")
        names = [n or o or e for n, o, e in zip(names, org, emails, strict=True)]
        keep = [k for k, n in enumerate(names) if n]
        names, emails = _pick(keep, names), _pick(keep, emails)
        ids, keyed = address_book_ids("google", emails, names)
        phones = _phones(table)
        extra = {
            "phone": pd.array(_pick(keep, phones), dtype="string"),
            "city": pd.array(_pick(keep, _column(table, "address 1 - city")), dtype="string"),
            "labels": pd.array(
                _pick(
                    keep,
                    [
                        c.replace(" ::: ", "; ") if isinstance(c, str) and c else None
                        for c in table.get(
                            "Labels", table.get("Group Membership", pd.Series([None] * len(table)))
                        )
                    ],
                ),
                dtype="string",
            ),
        }
        frames.append(
            build_frame(
                "google",
                keyed=keyed,
                contact_id=ids,
                name=names,
                email=emails,
                company=_pick(keep, org),
                position=_pick(
                    keep, _column(table, "organization title", "organization 1 - title")
                ),
                profile_url=_pick(keep, _column(table, "website 1 - value")),
                extra=extra,
            )
        )
    return frames
