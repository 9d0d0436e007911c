"""The lines above the dashboard's tabs: what is open, and what each number counts.

An export counts *accounts*: one row per account per platform, so a friend who follows
the business on Instagram and on X is two rows. The scoring card offers only the
accounts worth scoring (:func:`realnet_kit.narrate.audit.worth_scoring`). The header says
both numbers, and what the rest are, so the card's "200 of your 2,120" never looks
like a different count from "10,201 accounts".
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pandas as pd
from markupsafe import Markup

from realnet_kit.narrate.audit import GUESS_EXERCISE, headline, the_guess
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

#: The page's look, from the kit's palette (:data:`realnet_kit.style.CSS_COLORS`): large
#: targets, a focus ring on everything that takes the keyboard, text at 4.5:1 or more, and
#: layouts that wrap rather than scroll sideways (1280 wide, a 1920 projector, 200% zoom).
STYLE_TEMPLATE = """<style>
.realnet-dashboard {{ color: {text}; font-size: 16px; max-width: 84em; margin: 0 auto;
  background: {page}; padding: 0.5em 1em; --jp-widgets-font-size: 16px;
  --jp-widgets-inline-height: 36px; --jp-ui-font-color1: {text}; --jp-content-font-color1: {text};
  --jp-widgets-label-color: {text}; --jp-widgets-readout-color: {text}; }}
.realnet-dashboard, .realnet-dashboard * {{ box-sizing: border-box; }}
.realnet-dashboard .widget-box, .realnet-dashboard .widget-html,
.realnet-dashboard .widget-html-content {{ max-width: 100%; min-width: 0; }}
.realnet-dashboard .widget-html-content {{ white-space: normal; overflow-wrap: break-word;
  line-height: 1.45; }}
.realnet-live-results, .realnet-side, .realnet-card-row {{ overflow: visible !important; }}
.realnet-dashboard .widget-hbox {{ flex-wrap: wrap; }}
.realnet-dashboard-header h1 {{ font-size: 1.7em; margin: 0.2em 0 0.1em; }}
.realnet-dashboard-header .realnet-business {{ font-weight: normal; color: {muted};
  font-size: 0.65em; }}
.realnet-headline {{ font-size: 1.35em; line-height: 1.4; margin: 0.3em 0; max-width: 46em; }}
.realnet-headline b {{ color: {accent}; }}
.realnet-dashboard-header p {{ margin: 0.3em 0; max-width: 60em; line-height: 1.45; }}
.realnet-saved-in {{ color: {muted}; }}
.realnet-dashboard button:focus-visible, .realnet-dashboard input:focus-visible,
.realnet-dashboard select:focus-visible, .realnet-dashboard textarea:focus-visible,
.realnet-dashboard a:focus-visible, .realnet-dashboard .noUi-handle:focus-visible {{
  outline: 3px solid {accent} !important; outline-offset: 2px;
}}
.realnet-dashboard a {{ color: {accent}; text-decoration: underline; }}
.realnet-dashboard .jupyter-button {{ min-height: 2.4em; font-size: 1em; color: {text};
  background: {fill}; border: 1px solid {muted}; border-radius: 6px; }}
.realnet-dashboard .jupyter-button.mod-primary {{ background: {accent}; color: {page};
  border-color: {accent}; }}
.realnet-dashboard .jupyter-button.mod-active {{ background: {accent}; color: {page}; }}
.realnet-dashboard .widget-toggle-buttons .widget-toggle-button {{ width: auto !important;
  min-width: 6.5em; padding: 0 0.8em; }}
.realnet-steps {{ gap: 0.4em; margin: 0.6em 0; }}
.realnet-steps .jupyter-button {{ height: auto; min-height: 2.6em; border-radius: 999px;
  padding: 0.2em 1em; white-space: normal; width: auto; }}
.realnet-steps .jupyter-button.realnet-step-current {{ background: {accent}; color: {page};
  font-weight: bold; }}
.realnet-step-title h2 {{ margin: 0.4em 0 0.2em; font-size: 1.35em; }}
.realnet-step-title p {{ margin: 0 0 0.6em; color: {muted}; }}
.realnet-card-row {{ gap: 1.5em; align-items: flex-start; }}
.realnet-card-box {{ flex: 1 1 34em; border: 1px solid {line}; border-radius: 12px;
  padding: 1em 1.2em; box-shadow: 0 2px 6px {line}; background: {page}; }}
.realnet-side {{ flex: 1 1 22em; }}
.realnet-card-name {{ font-size: 1.5em; }}
.realnet-dashboard .realnet-card-facts {{ grid-template-columns: auto 1fr !important;
  row-gap: 0.3em !important; }}
.realnet-card-facts dt {{ color: {muted}; font-weight: normal; white-space: nowrap; }}
.realnet-card-facts dd {{ margin: 0; }}
.realnet-dashboard .realnet-scoring-card .widget-toggle-buttons {{ flex-wrap: wrap;
  width: 100% !important; margin: 0.5em 0 0; }}
.realnet-dashboard .realnet-scoring-card .widget-toggle-buttons > .widget-label {{
  width: 100% !important; max-width: 100% !important; font-weight: bold; color: {text}; }}
.realnet-dashboard .realnet-scoring-card .widget-toggle-buttons .widget-toggle-button {{
  counter-increment: realnet-key; min-height: 2.6em; min-width: 6.5em; margin: 0.15em;
  height: auto; white-space: normal; }}
.realnet-dashboard .realnet-scoring-card .widget-toggle-buttons .widget-toggle-button::before {{
  content: counter(realnet-key) " "; font-weight: bold; }}
.realnet-dashboard .realnet-scoring-card .widget-toggle-buttons > div {{
  counter-reset: realnet-key -1; display: flex; flex-wrap: wrap; }}
.realnet-dashboard .realnet-scoring-card .widget-text > .widget-label {{ width: auto !important;
  min-width: 6em; font-weight: bold; }}
.realnet-dashboard .realnet-scoring-card .widget-text {{ max-width: 100%; flex-wrap: wrap; }}
.realnet-ring svg {{ width: 9em; height: 9em; }}
.realnet-funnel img, .realnet-live-results img {{ max-width: 100%; height: auto; }}
.realnet-waiting-row {{ border-top: 1px solid {line}; padding: 0.5em 0; gap: 1em;
  align-items: center; }}
.realnet-waiting-row .widget-html {{ flex: 1 1 28em; }}
.realnet-week-row {{ border-top: 1px solid {line}; padding: 0.4em 0; gap: 0.6em;
  align-items: center; }}
.realnet-week-row .widget-html {{ flex: 1 1 28em; }}
.realnet-done {{ color: {good}; font-weight: bold; }}
.realnet-warn {{ color: {warn}; font-weight: bold; }}
.realnet-private-hidden {{ display: none; }}
.realnet-dashboard:has(.realnet-presenter-switch input:checked) .realnet-private {{
  display: none;
}}
.realnet-dashboard:has(.realnet-presenter-switch input:checked) .realnet-private-hidden {{
  display: inline;
}}
</style>"""
STYLE = STYLE_TEMPLATE.format(**CSS_COLORS)
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


#: Where the participant's guess is kept: notebook 00's exercise 0.1, the one notebook 01
#: reveals (:data:`realnet_kit.narrate.GUESS_EXERCISE`), so the dashboard and the
#: notebooks share one guess.
GUESS_NOTEBOOK = "00"
#: The headline's count, drawn in bold: "18 talked with you both ways".
_TALKED = re.compile(r"([\d,]+ talked with you both ways)")


def save_guess(data: Any, guess: int) -> None:
    """Keep ``guess`` as the answer to exercise 0.1 (a prediction: every guess counts)."""
    data.workbook.record_exercise(GUESS_NOTEBOOK, GUESS_EXERCISE, True, str(int(guess)))


def headline_html(data: Any, summary: pd.Series) -> str:
    """The one sentence the workshop is for, beside the participant's guess.

    The sentence is notebook 01's (:func:`realnet_kit.narrate.headline`); the guess is the
    one made in notebook 00 or on the page (:func:`realnet_kit.narrate.the_guess`).
    """
    sentence = str(headline(summary, data, with_guess=False))
    guess = the_guess(data)
    said = (
        f" You guessed {guess:,.0f}."
        if guess is not None
        else " You have not guessed yet: make your guess in step 1."
    )
    parts = _TALKED.split(sentence, maxsplit=1)
    if len(parts) == 3:
        text = Markup("{}<b>{}</b>{}").format(*parts)
    else:
        text = Markup("{}").format(sentence)
    return Markup("<p class='realnet-headline'>{}{}</p>").format(text, said)


def header_html(
    data: Any,
    audit: pd.DataFrame,
    to_score: pd.DataFrame,
    *,
    note: str = "",
    summary: pd.Series | None = None,
) -> str:
    """The page's top: the business, the headline (the funnel sentence), where answers go.

    ``summary`` is :func:`realnet_kit.narrate.audit.audit_summary` of ``data`` (the
    figures notebook 01 tells); the counts of ``audit`` and ``to_score`` are told in
    step 1 (:func:`counts_html`).
    """
    if data.is_sample:
        story = SAMPLE_BUSINESSES.get(data.source, {}).get("story", "")
        where = f"the {html.escape(data.source)} sample business"
        where += f" ({html.escape(story)})" if story else ""
    else:
        where = f"your export {private_html(data.source, '(not named while names are hidden)')}"
    warning = f"<p class='realnet-warn' role='alert'>{html.escape(note)}</p>" if note else ""
    headline = headline_html(data, summary) if summary is not None else ""
    return (
        "<div class='realnet-dashboard-header'>"
        f"<h1>RealNet dashboard <span class='realnet-business'>· {where}</span></h1>"
        f"{warning}{headline}"
        "<p class='realnet-saved-in'>Every answer is saved as you click, in your workbook "
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
