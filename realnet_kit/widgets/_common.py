"""Small helpers every scoring widget shares: escaping, masking, contact facts."""

from __future__ import annotations

import html
import sqlite3
from collections.abc import Callable
from typing import Any

import pandas as pd

from realnet_kit.html import link_html as escaped_link
from realnet_kit.privacy import is_presenter_mode, mask_name
from realnet_kit.scoring.questions import people_scored_in
from realnet_kit.words import group_name, nameless_label, platform_name, shortened

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
#: What the scoring counters count towards: the people the quiet scoring block of notebook
#: 03 scores (:func:`realnet_kit.scoring.people_scored_in`, about 45 in 15 minutes),
#: enough to find one's real relationships. The card goes on past it; nobody is meant to
#: finish a list of thousands.
TODAY_GOAL = people_scored_in()


def scored_words(done: int, on_list: int, goal: int = TODAY_GOAL) -> str:
    """How many are scored, counted towards today's goal when the list is longer.

    >>> scored_words(0, 4410), scored_words(12, 30)
    ("0 of today's 45 scored", '12 of 30 scored')
    >>> scored_words(52, 4410)
    "52 scored: today's 45 reached, go on as long as you like"
    """
    if on_list <= goal:
        return f"{done:,} of {on_list:,} scored"
    if done < goal:
        return f"{done:,} of today's {goal:,} scored"
    return f"{done:,} scored: today's {goal:,} reached, go on as long as you like"


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


def platform_words(platform: Any) -> str:
    """A platform as people call it: ``"x"`` is "X", ``"linkedin"`` is "LinkedIn"."""
    return "" if missing(platform) else platform_name(platform)


def account_words(contact_id: Any) -> str:
    """How to call an account the export gives no name, handle or email for.

    X archives list followers by account number only, so ``x:803714853368795145`` reads
    "X account 803714853368795145" (as in the notebooks' tables); in presenter mode the
    number becomes a pseudonym ("X account teal_otter_41"). Other ids stay as they are.
    """
    if missing(contact_id):
        return "(no name)"
    if not is_presenter_mode():
        return str(nameless_label(contact_id))
    shown = str(mask_name(contact_id, "id"))
    platform, _, pseudonym = shown.partition(":")
    return f"{platform_words(platform)} account {pseudonym}" if pseudonym else shown


def display_name(row: Any) -> str:
    """The name to show for a contact (masked in presenter mode), not yet escaped."""
    cid = row.get("contact_id")
    for column, kind in (("name", "name"), ("handle", "handle"), ("email", "email")):
        value = row.get(column)
        if not missing(value) and str(value).strip():
            shown = str(mask_name(value, kind, key=cid))
            return f"@{shown}" if kind == "handle" and not shown.startswith("@") else shown
    return account_words(cid)


def profile_address(row: Any) -> str | None:
    """The profile address the export holds for a contact (web links only), or None.

    Always None in presenter mode: an address names the person.
    """
    url = row.get("profile_url")
    if is_presenter_mode() or missing(url):
        return None
    url = str(url).strip()
    return url if url.lower().startswith(("https://", "http://")) and " " not in url else None


def link_html(url: str, text: str) -> str:
    """An escaped link to a profile that opens in a new tab (see ``_tables.link_html``)."""
    return escaped_link(url, text, title="Opens this profile in your browser")


def fact_text(row: Any, column: str, kind: str) -> str:
    """One fact about a contact as plain text (masked when it identifies someone)."""
    value = row.get(column)
    if missing(value) or str(value).strip() == "":
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%d %b %Y")
    if column == "relevant":
        return "yes" if bool(value) else "no"
    if column == "platform":
        return platform_words(value)
    if column == "category":
        return group_name(value)
    if kind:
        return str(mask_name(value, kind, key=row.get("contact_id")))
    return str(value)


def contact_card_html(row: Any, facts: tuple[tuple[str, str, str], ...] = CARD_FACTS) -> str:
    """What the export and the audit know about one contact, as escaped HTML.

    ``facts`` chooses which facts are shown (default :data:`CARD_FACTS`, all of them).

    The profile address the export holds is a link that says where it goes ("Open their
    X profile"), not the raw address (left out in presenter mode).
    """
    items = []
    for column, label, kind in facts:
        text = fact_text(row, column, kind)
        if text:
            text = shortened(text, 280)
            items.append(f"<dt>{esc(label)}</dt><dd>{esc(text)}</dd>")
    url = profile_address(row)
    if url:
        after_platform = 1 if fact_text(row, "platform", "") else 0
        on = platform_words(row.get("platform"))
        words = f"Open their {on} profile" if on else "Open their profile"
        items.insert(after_platform, f"<dt>Profile</dt><dd>{link_html(url, words)}</dd>")
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


#: What to do about each way a workbook write can fail, by words in the error.
_WRITE_ADVICE = (
    (("locked", "busy"), "another notebook is saving to your workbook right now; wait a "
     "moment and press again"),
    (("full", "no space"), "the disk is full; free some space and press again"),
    (("readonly", "read-only", "read only", "permission"), "your workbook is on a drive it "
     "cannot be written to; copy it to your own folder (see realnet_kit.config) and open it "
     "there"),
    (("malformed", "not a database", "corrupt"), "your workbook file is damaged; close the "
     "notebook, move the file aside, and upload your last downloaded copy"),
)  # fmt: skip


def not_saved(error: BaseException) -> str:
    """ "Not saved: ..." for a failed write, with what happened and what to do.

    >>> import sqlite3
    >>> not_saved(sqlite3.OperationalError("database is locked"))[:48]
    'Not saved: another notebook is saving to your wo'
    >>> not_saved(ValueError("Minutes for one action are a whole number from 1 to 600."))
    'Not saved: Minutes for one action are a whole number from 1 to 600.'
    """
    if isinstance(error, ValueError) and not isinstance(error, sqlite3.Error):
        return f"Not saved: {error}"
    text = str(error).lower()
    for words, advice in _WRITE_ADVICE:
        if any(word in text for word in words):
            return f"Not saved: {advice}. What you entered is still shown above."
    return (
        f"Not saved: the workbook could not be written ({error}). What you entered is still "
        "shown above; press again in a moment."
    )


#: What a workbook write can raise that a widget turns into a sentence.
WRITE_ERRORS = (ValueError, OSError, sqlite3.Error)


def try_to_save(write: Callable[[], Any], say: Callable[[str], Any]) -> bool:
    """Run ``write``; on a failure, ``say`` why in words and return False (never raise).

    Every widget that writes to the workbook saves through this, so a full disk, a
    workbook held by another notebook, a read-only drive or a damaged file gives the same
    "Not saved: ..." sentence everywhere, and the value the participant entered stays on
    screen.
    """
    try:
        write()
    except WRITE_ERRORS as error:
        say(not_saved(error))
        return False
    return True
