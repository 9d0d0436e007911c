"""Small helpers every scoring widget shares: escaping, masking, contact facts."""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

from realnet_kit.privacy import mask_name

#: Facts shown on a scoring card, in order: (column, label, how presenter mode treats it).
CARD_FACTS: tuple[tuple[str, str, str], ...] = (
    ("platform", "Platform", ""),
    ("handle", "Handle", "handle"),
    ("email", "Email", "email"),
    ("company", "Company", ""),
    ("position", "Position", ""),
    ("category", "Audit", ""),
    ("category_reason", "Why", ""),
    ("suspicion_reasons", "Suspicious because", ""),
    ("relevance_reason", "Relevant because", ""),
    ("followers_count", "Followers", ""),
    ("connected_on", "Connected", ""),
    ("bio", "Bio", "text"),
)

#: Audit categories first in the scoring order (people you talk to before the rest).
CATEGORY_ORDER = ("engaged", "mutual", "unreturned", "fan", "dormant", "suspicious")


def missing(value: Any) -> bool:
    """True for None, NA and NaN (and never for lists)."""
    if value is None:
        return True
    if isinstance(value, (list, tuple, dict)):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def esc(value: Any) -> str:
    """Text safe to put inside HTML (missing values become an empty string)."""
    return "" if missing(value) else html.escape(str(value), quote=True)


def display_name(row: Any) -> str:
    """The name to show for a contact (masked in presenter mode), not yet escaped."""
    cid = row.get("contact_id")
    for column, kind in (("name", "name"), ("handle", "handle"), ("email", "email")):
        value = row.get(column)
        if not missing(value) and str(value).strip():
            return str(mask_name(value, kind, key=cid))
    return str(mask_name(cid, "id")) if not missing(cid) else "(no name)"


def fact_text(row: Any, column: str, kind: str) -> str:
    """One fact about a contact as plain text (masked when it identifies someone)."""
    value = row.get(column)
    if missing(value) or str(value).strip() == "":
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%d %b %Y")
    if column == "relevant":
        return "yes" if bool(value) else "no"
    if kind:
        return str(mask_name(value, kind, key=row.get("contact_id")))
    return str(value)


def contact_card_html(row: Any) -> str:
    """What the export and the audit know about one contact, as escaped HTML."""
    items = []
    for column, label, kind in CARD_FACTS:
        text = fact_text(row, column, kind)
        if text:
            if len(text) > 280:
                text = text[:277] + "..."
            items.append(f"<dt>{esc(label)}</dt><dd>{esc(text)}</dd>")
    if "suspicious" in row and not missing(row.get("suspicious")) and bool(row["suspicious"]):
        items.insert(0, "<dt>Warning</dt><dd>this account looks suspicious</dd>")
    facts = "".join(items) or "<dd>No more details in the export.</dd>"
    return (
        f"<h3 class='realnet-card-name' style='margin:0.2em 0'>{esc(display_name(row))}</h3>"
        "<dl class='realnet-card-facts' style='display:grid;grid-template-columns:max-content"
        f" auto;column-gap:1em;row-gap:0.1em;margin:0'>{facts}</dl>"
    )


def scoring_order(contacts: pd.DataFrame) -> pd.DataFrame:
    """Contacts in a sensible order to score: talked-to and mutual first, fakes last."""
    if contacts.empty:
        return contacts.reset_index(drop=True)
    rank = pd.Series(len(CATEGORY_ORDER), index=contacts.index, dtype="int64")
    if "category" in contacts.columns:
        lookup = {c: i for i, c in enumerate(CATEGORY_ORDER)}
        rank = contacts["category"].astype(object).map(lookup).fillna(len(CATEGORY_ORDER))
    elif {"follows_me", "i_follow"} <= set(contacts.columns):
        both = contacts["follows_me"].fillna(False).astype(bool) & contacts["i_follow"].fillna(
            False
        ).astype(bool)
        rank = (~both).astype("int64")
    order = rank.astype("int64").to_numpy().argsort(kind="stable")
    return contacts.iloc[order].reset_index(drop=True)
