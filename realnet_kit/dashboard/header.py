"""The lines above the dashboard's tabs: what is open, and what each number counts.

An export counts *accounts*: one row per account per platform, so a friend who follows
the business on Instagram and on X is two rows. The scoring card offers only the
accounts worth scoring (:func:`realnet_kit.narrate.audit.worth_scoring`). The header says
both numbers, and what the rest are, so the card's "200 of your 2,120" never looks
like a different count from "10,201 accounts".
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pandas as pd

from realnet_kit.narrate.scores import worth_scoring
from realnet_kit.privacy import is_presenter_mode
from realnet_kit.session.data import SAMPLE_BUSINESSES
from realnet_kit.style import CSS_COLORS
from realnet_kit.words import PLATFORM_NAMES as TABLE_PLATFORM_NAMES
from realnet_kit.words import counted, listed

#: Platform names as a participant knows them, as they read inside the header's sentence
#: (an address book or a spreadsheet rather than the file kinds the tables name).
PLATFORM_NAMES = {**TABLE_PLATFORM_NAMES, "vcard": "an address book", "csv": "a spreadsheet"}
#: The audit categories left off the scoring card, as what they are (plural).
LEFT_OUT_WORDS = {
    "fan": "followers who never wrote to you",
    "unreturned": "accounts you follow that do not follow you back",
    "suspicious": "accounts that look like they may not be people",
    "dormant": "old contacts you have not been in touch with for a long time",
    "mutual": "accounts you follow each other with",
    "engaged": "people you talk with",
}

#: Tab titles in full: the widgets' default tab width cuts them off.
STYLE = """<style>
.realnet-dashboard-tabs > .lm-TabBar .lm-TabBar-tab {
  flex: 0 0 auto !important; max-width: none !important; min-width: max-content !important;
  padding-right: 14px;
}
.realnet-dashboard-tabs > .lm-TabBar .lm-TabBar-tabLabel {
  overflow: visible !important; text-overflow: clip !important;
}
.realnet-dashboard-header p { margin: 0.3em 0; max-width: 60em; line-height: 1.45; }
.realnet-private-hidden { display: none; }
.realnet-dashboard:has(.realnet-presenter-switch input:checked) .realnet-private {
  display: none;
}
.realnet-dashboard:has(.realnet-presenter-switch input:checked) .realnet-private-hidden {
  display: inline;
}
</style>"""
#: What stands in for a file's place while names are hidden (presenter mode).
HIDDEN_PLACE = "(its folder is not shown while names are hidden)"


def platforms_in_words(contacts: pd.DataFrame) -> str:
    """``'Facebook, Instagram and X'`` for the platforms present in ``contacts``."""
    if "platform" not in contacts.columns or contacts.empty:
        return ""
    found = sorted(str(p) for p in contacts["platform"].dropna().unique())
    return listed([PLATFORM_NAMES.get(p, p) for p in found])


def counts_html(contacts: pd.DataFrame, audit: pd.DataFrame, to_score: pd.DataFrame) -> str:
    """The accounts loaded, the ones on the scoring card, and what the others are."""
    total, offered = len(contacts), len(to_score)
    on = platforms_in_words(contacts)
    several = contacts["platform"].nunique() > 1 if "platform" in contacts.columns else False
    twice = " (one per account: someone who follows you on two platforms counts twice)"
    lists = "Together these exports list" if several else "This export lists"
    text = f"{lists} <b>{total:,} accounts</b>{f' on {on}' if on else ''}"
    text += twice if several else ""
    if total == 0:
        return f"<p>{text}. There is nobody to score yet.</p>"
    if offered == total:
        if len(worth_scoring(audit, quiet=True)):
            return (
                f"<p>{text}. All of them are worth scoring (you follow each other, have "
                "talked, or they matter to your business), so all are on the scoring card.</p>"
            )
        return (
            f"<p>{text}. None of them stands out by follows or messages, so all "
            f"{total:,} are on the scoring card and you choose whom to score.</p>"
        )
    left = audit[~audit["contact_id"].isin(to_score["contact_id"])]
    kinds = left["category"].astype("string").value_counts()
    rest = [f"{int(n):,} {LEFT_OUT_WORDS.get(str(k), str(k))}" for k, n in kinds.items() if n]
    return (
        f"<p>{text}. <b>{offered:,} of them are worth scoring</b>: accounts you follow each "
        "other with, have talked with, or that matter to your business; these are the "
        f"contacts the scoring card counts. The other {total - offered:,} stay on the "
        f"scoreboard: {html.escape(listed(rest))}.</p>"
    )


def shown_path(path: Any) -> str:
    """A file's place as it may be shown: the home folder as ``~``, since its name is
    usually the user's own (``/home/ada/.realnet/workbook.sqlite`` reads
    ``~/.realnet/workbook.sqlite``)."""
    place = Path(str(path)).expanduser()
    try:
        return str(Path("~") / place.resolve().relative_to(Path.home().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(place)


def private_html(path: Any, hidden: str = HIDDEN_PLACE) -> str:
    """A file's place in ``<code>``, or ``hidden`` in presenter mode.

    Built while names are shown, both are written and the page's presenter tick box
    swaps them at once (CSS in :data:`STYLE`), so a tick hides the place on the
    projector before anything is redrawn. Built while names are hidden, the place is
    left out of the page altogether.
    """
    if is_presenter_mode():
        return html.escape(hidden)
    return (
        f"<span class='realnet-private'><code>{html.escape(shown_path(path))}</code></span>"
        f"<span class='realnet-private-hidden'>{html.escape(hidden)}</span>"
    )


def header_html(data: Any, audit: pd.DataFrame, to_score: pd.DataFrame, *, note: str = "") -> str:
    """The whole header: title, what is open, the counts, where answers are saved."""
    if data.is_sample:
        story = SAMPLE_BUSINESSES.get(data.source, {}).get("story", "")
        where = f"the <b>{html.escape(data.source)}</b> sample business"
        where += f" ({html.escape(story)})" if story else ""
    else:
        where = f"your export {private_html(data.source, '(not named while names are hidden)')}"
    warning = (
        f"<p style='color:{CSS_COLORS['warn']}'><b>{html.escape(note)}</b></p>" if note else ""
    )
    return (
        "<div class='realnet-dashboard-header'>"
        "<h2 style='margin:0'>RealNet dashboard</h2>"
        f"{warning}<p>Working on {where}.</p>"
        f"{counts_html(data.contacts, audit, to_score)}"
        "<p>Every answer is saved as you click, in your workbook "
        f"{private_html(data.workbook.path)}, the same one the notebooks use.</p></div>{STYLE}"
    )


def progress_html(data: Any) -> str:
    """How many people are scored and planned so far (redrawn as the participant works)."""
    scored = len(data.workbook.scores())
    plan = data.workbook.plan()
    live = int((~plan["status"].astype("string").isin(["dropped", "done"])).sum())
    planned = f"; your plan holds {live:,} actions" if live else ""
    return (
        f"<p class='realnet-dashboard-progress'>So far you have scored "
        f"<b>{counted(scored, 'contact')}</b>{planned}.</p>"
    )
