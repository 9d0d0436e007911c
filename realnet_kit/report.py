"""The audit as text for a terminal and as one standalone HTML page; ``realnet audit``.

:func:`write_html_report` writes a single ``.html`` file that opens anywhere without a
network: the plots are embedded as base64 PNG images, the styling is inline, and the
page carries a Content-Security-Policy that forbids every script. Every name, handle,
reason and message taken from an export is escaped by the page's Jinja template
(``templates/report.html.j2``, autoescape on), so an account called
``<img src=x onerror=alert(1)>`` shows as that text and runs nothing. With presenter mode
on, names, handles and messages are replaced by pseudonyms.

:func:`format_audit` is the plain-text version ``realnet audit PATH`` prints.

>>> import pandas as pd
>>> from realnet_kit.report import write_html_report
>>> contacts = pd.DataFrame({"contact_id": ["x:1"], "name": ["<b>Bo</b>"],
...     "followers_count": [2], "following_count": [4000], "posts_count": [0]})
>>> import tempfile, pathlib
>>> page = write_html_report(contacts, pathlib.Path(tempfile.mkdtemp()) / "r.html")
>>> "&lt;b&gt;Bo&lt;/b&gt;" in page.read_text() and "<b>Bo" not in page.read_text()
True
"""

from __future__ import annotations

import base64
import io
import re
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from realnet_kit.audit._reasons import RULE_SUMMARIES, TOPICS
from realnet_kit.audit.followers import audit_followers, summarize_audit
from realnet_kit.audit.plots import plot_funnel, plot_scoreboard_vs_real
from realnet_kit.audit.suspicious import (
    PROFILE_SIGNALS,
    SUSPICION_RULES,
    cannot_tell_why,
    clearest_first,
)
from realnet_kit.errors import CommandError, ExportFormatError
from realnet_kit.html import render
from realnet_kit.listening.messages import (
    find_broadcasts,
    reply_times,
    talk_listen_ratio,
    unanswered,
)
from realnet_kit.listening.plots import plot_reply_times
from realnet_kit.privacy import is_presenter_mode, mask_frame, mask_name
from realnet_kit.style import alt_text
from realnet_kit.words import (
    counted,
    is_missing,
    nameless_label,
    platform_name,
    share_label,
    span_words,
    whole_number,
)

if TYPE_CHECKING:  # pragma: no cover
    import argparse

# How many rows each table of the HTML report (and each list in the text) shows.
REPORT_ROWS = 100
TEXT_ROWS = 5

# How each figure of summarize_audit is named in the report.
FIGURE_LABELS = {
    "contacts": "Contacts in the export",
    "followers": "Followers",
    "following": "You follow",
    "mutual": "Mutual (you follow each other)",
    "fans": "Follow you, you don't follow back",
    "unreturned": "You follow, they don't follow back",
    "suspicious": "Probably not a person",
    "real": "Probably a person",
    "engaged": "Talked both ways, last 12 months (all accounts)",
    "dormant": "Gone quiet (not in the last 12 months, or no link left)",
    "relevant": "Relevant to your business",
    "real_two_way": "Followers, probably people, who follow each other with you or talked",
    "real_engaged": "Followers, probably people, who talked both ways in the last 12 months",
}


def _cell(value: object) -> str:
    """A value as the report shows it; missing values show as an empty cell."""
    if value is None or (not isinstance(value, list | tuple) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%d %b %Y %H:%M")
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _table(frame: pd.DataFrame, headers: dict[str, str], numeric: tuple[str, ...] = ()) -> dict:
    """One table of the report: its headers, its first rows as text, how many rows in all."""
    frame = mask_frame(frame)
    cols = [c for c in headers if c in frame.columns]
    rows = [
        [_cell(v) for v in record]
        for record in frame[cols].head(REPORT_ROWS).itertuples(index=False)
    ]
    return {
        "kind": "table",
        "headers": [headers[c] for c in cols],
        "numeric": [i for i, c in enumerate(cols) if c in numeric],
        "rows": rows,
        "total": len(frame),
    }


def _png(plot, data) -> dict:
    """A plot as an image held in the page itself (no file, no network), with the plot's
    sentence of its numbers as the text alternative."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    ax = plot(data)
    buffer = io.BytesIO()
    ax.figure.savefig(buffer, format="png", dpi=90)
    plt.close(ax.figure)
    encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
    alt = alt_text(ax) or ax.get_title(loc="left") or ax.get_title()
    return {"kind": "image", "alt": alt, "png": encoded}


def _why_column(suspicious: pd.DataFrame) -> str:
    """The column a table of suspicious accounts explains them with: the one or two
    strongest signals when the audit has them, else every reason."""
    return "suspicion_signals" if "suspicion_signals" in suspicious.columns else "suspicion_reasons"


def top_reasons(audit: pd.DataFrame, n: int = TEXT_ROWS) -> pd.Series:
    """How many suspicious accounts each rule caught, the most decisive rules first.

    Rules that state one fact (made in the same hour as others; as 10 or more others)
    count each account once, under the weightiest of them that it broke.
    """
    if "suspicion_rules" not in audit.columns:
        return pd.Series(dtype="int64")

    names = audit["suspicion_rules"].astype("string").dropna()
    names = names[names != ""].str.split(",").explode()
    weight = {k: r.weight for k, r in SUSPICION_RULES.items()}
    topic = {rule: i for i, (rules, _) in enumerate(TOPICS) for rule in rules}
    fired = pd.DataFrame({"account": names.index, "rule": names.to_numpy()})
    fired["topic"] = [topic.get(r, f"own:{r}") for r in fired["rule"]]
    fired["weight"] = [weight.get(r, 1.0) for r in fired["rule"]]
    fired = fired.sort_values("weight", ascending=False, kind="stable")
    fired = fired.drop_duplicates(["account", "topic"])
    counts = fired["rule"].value_counts()
    # the most decisive first: how often a rule fired, times how much it weighs
    order = (counts * pd.Series(weight).reindex(counts.index).fillna(1.0)).sort_values(
        ascending=False, kind="stable"
    )
    counts = counts[order.index].head(n)
    counts.index = [RULE_SUMMARIES.get(name, name) for name in counts.index]
    return counts


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _plain(value: object) -> str:
    """Text safe for a terminal: control characters (colour codes, screen clears) removed."""
    return _CONTROL.sub("", str(value))


def _share(part: int, whole: int) -> str:
    return f"  ({share_label(part, whole)} of followers)" if whole else ""


def format_audit(
    audit: pd.DataFrame, interactions: pd.DataFrame | None = None, *, source: str = ""
) -> str:
    """The audit in plain text, as ``realnet audit`` prints it.

    The groups and words are the notebooks' ("probably a person", "mutual", "talked both
    ways"); counts are whole numbers and spans are said in words ("about 4 months"). When
    the export holds nothing to judge accounts by, the suspicious line says "cannot tell"
    and why, instead of a 0 the data cannot support.

    >>> audit = audit_followers(pd.DataFrame({"contact_id": ["x:1", "x:2"], "platform": "x",
    ...     "follows_me": pd.array([True, True], dtype="boolean"),
    ...     "i_follow": pd.array([True, False], dtype="boolean")}))
    >>> print(format_audit(audit).splitlines()[8])
      Probably not a person                    cannot tell
    """
    s = summarize_audit(audit)
    followers = int(s["followers"])
    lines = [f"RealNet audit{' of ' + _plain(source) if source else ''}", ""]

    def row(label: str, value: int | str, extra: str = "") -> None:
        shown = f"{value:,}" if isinstance(value, int) else value
        lines.append(f"  {label:<40}{shown:>10}{extra}")

    row("Accounts in the export", int(s["contacts"]))
    knows_follows = any(
        c in audit.columns and bool(audit[c].notna().any()) for c in ("follows_me", "i_follow")
    )
    if knows_follows:
        row("Followers", followers)
        row("You follow", int(s["following"]))
        row("Mutual (you follow each other)", int(s["mutual"]), _share(int(s["mutual"]), followers))
        row("Follow you, you don't follow back", int(s["fans"]))
        row("You follow, they don't follow back", int(s["unreturned"]))
    else:
        lines.append("  (this file does not say who follows whom: load the whole export for that)")
    whole = "followers" if followers else "accounts"
    why_not = cannot_tell_why(audit)
    if why_not:
        row("Probably not a person", "cannot tell")
        lines += [
            f"      {line}" for line in textwrap.wrap(why_not[0].upper() + why_not[1:] + ".", 72)
        ]
        row(f"Probably a person ({whole})", "cannot tell")
    else:
        row("Probably not a person", int(s["suspicious"]), _share(int(s["suspicious"]), followers))
        for reason, count in top_reasons(audit).items():
            lines.append(f"      {count:>8,}  {reason}")
        if not any(c in audit.columns and bool(audit[c].notna().any()) for c in PROFILE_SIGNALS):
            note = (
                "(this export holds no profile details, so these were judged only by what it "
                "does hold, such as when the accounts were made)"
            )
            lines += [f"      {line}" for line in textwrap.wrap(note, 72)]
        unknown = int(s.get("not_judged", 0) or 0)
        if unknown:
            row("Could not be judged", unknown, _share(unknown, followers))
            lines.append(
                "      (no profile details, and you neither follow them back nor talked with them)"
            )
        row(f"Probably a person ({whole})", int(s["real"]))
    talked = int(s["real_engaged"]) if followers and not why_not else int(s["engaged"])
    row("Talked both ways, last 12 months", talked)
    if pd.isna(s["relevant"]):
        lines.append(f"  {'Relevant to your business':<40}{'-':>10}  (add --relevant WORDS)")
    else:
        row("Relevant to your business", int(s["relevant"]))
    lines.append("")
    if followers:
        lines.append(
            f"  Of your {counted(followers, 'follower')}, "
            f"{counted(talked, 'person', 'people')} "
            "talked with you both ways in the last 12 months."
        )
        lines.append("")
    if interactions is not None and len(interactions):
        lines += _listening_lines(audit, interactions)
    else:
        lines.append("  No messages in this export, so nothing to say yet about who is waiting.")
    return "\n".join(lines)


def _who(contact_id: object, name: object) -> str:
    """A person as the terminal names them: their name or @handle, else "X account 123"
    (never a raw id); a pseudonym in presenter mode."""
    if not is_missing(name) and str(name).strip():
        return _plain(mask_name(name, "name", key=contact_id))
    if is_presenter_mode():
        platform, _, pseudonym = str(mask_name(contact_id, "id")).partition(":")
        return _plain(f"{platform_name(platform)} account {pseudonym}" if pseudonym else platform)
    return _plain(nameless_label(contact_id))


def _listening_lines(audit: pd.DataFrame, interactions: pd.DataFrame) -> list[str]:
    waiting = unanswered(interactions, contacts=audit)
    ratio = talk_listen_ratio(interactions)
    never = waiting[waiting["status"] == "never answered"]
    late = waiting[waiting["status"] == "answered late"]
    lines = [
        "  Listening",
        f"  {'Messages never answered':<40}{len(never):>10,}",
        f"  {'Messages answered after 2+ days':<40}{len(late):>10,}",
    ]
    people = never.groupby("contact_id", sort=False).agg(
        waited=("waited_days", "max"), messages=("waited_days", "size")
    )
    names = never.drop_duplicates("contact_id").set_index("contact_id").get("name")
    for contact_id, item in people.head(TEXT_ROWS).iterrows():
        who = _who(contact_id, names.get(contact_id) if names is not None else None)
        several = f" ({counted(int(item.messages), 'message')})" if item.messages > 1 else ""
        lines.append(f"      {who} has waited {span_words(whole_number(item.waited))}{several}")
    value = ratio["ratio"]
    shown = f"{value:.1f}" if pd.notna(value) and value != float("inf") else "-"
    lines.append(f"  {'Messages sent for each one received':<40}{shown:>10}")
    lines.append(
        f"  {'Sent as broadcasts (same text to many)':<40}{int(ratio['broadcast_messages']):>10,}"
    )
    return lines


def write_html_report(
    contacts: pd.DataFrame,
    path: str | Path,
    *,
    interactions: pd.DataFrame | None = None,
    keywords=None,
    places=None,
    industries=None,
    title: str = "Your follower audit",
) -> Path:
    """Write the audit as one standalone HTML page and return its path.

    Parameters
    ----------
    contacts
        The frame from :func:`realnet_kit.load_export`, or one already through
        :func:`realnet_kit.audit_followers`.
    path
        Where to write the ``.html`` file (folders are created).
    interactions
        Optional interactions: adds the listening section.
    keywords, places, industries
        What matters to the business (see :func:`realnet_kit.mark_relevant`).
    title
        The page title (escaped like everything else).

    Returns
    -------
    pathlib.Path
        The file written. It loads nothing from the network and runs no script.
    """
    audit = contacts
    if "category" not in audit.columns:
        audit = audit_followers(
            contacts, interactions, keywords=keywords, places=places, industries=industries
        )
    summary = summarize_audit(audit)
    figures = pd.DataFrame(
        {"figure": [FIGURE_LABELS.get(k, k) for k in summary.index], "count": summary.to_numpy()}
    )
    figures["count"] = figures["count"].map(lambda v: "-" if pd.isna(v) else int(v))
    names = {"name": "Name", "handle": "Handle", "platform": "Platform"}
    suspicious = audit[audit["suspicious"].astype("boolean").fillna(False).to_numpy(bool)]
    suspicious = clearest_first(suspicious)
    reasons = top_reasons(audit, n=15)
    sections = [
        {
            "heading": "The figures",
            "items": [
                _table(figures, {"figure": "Figure", "count": "Count"}, numeric=("count",)),
                _png(plot_funnel, summary),
                _png(plot_scoreboard_vs_real, summary),
            ],
        },
        {
            "heading": "Suspicious accounts",
            "items": [
                _table(
                    pd.DataFrame({"reason": reasons.index, "accounts": reasons.to_numpy()}),
                    {"reason": "Most common reason", "accounts": "Accounts"},
                    numeric=("accounts",),
                ),
                _table(suspicious, {**names, _why_column(suspicious): "Why (the strongest signs)"}),
            ],
        },
    ]
    if "relevant" in audit.columns:
        relevant = audit[audit["relevant"].astype("boolean").fillna(False).to_numpy(bool)]
        sections.append(
            {
                "heading": "Relevant to your business",
                "items": [
                    _table(relevant, {**names, "category": "Category", "relevance_reason": "Why"})
                ],
            }
        )
    engaged = audit[audit["category"] == "engaged"]
    sections.append(
        {
            "heading": "Real two-way exchanges in the last 12 months",
            "items": [_table(engaged, {**names, "category_reason": "Exchanges"})],
        }
    )
    if interactions is not None and len(interactions):
        waiting = {
            "name": "Name",
            "contact_id": "Contact",
            "timestamp": "Wrote on",
            "note": "Message",
            "status": "Status",
            "waited_days": "Days waited",
        }
        sections += [
            {
                "heading": "Who is waiting for an answer",
                "items": [
                    _table(
                        unanswered(interactions, contacts=audit), waiting, numeric=("waited_days",)
                    ),
                    _png(plot_reply_times, reply_times(interactions)),
                ],
            },
            {
                "heading": "Broadcasts (the same text to many people)",
                "items": [
                    _table(
                        find_broadcasts(interactions),
                        {"text": "Text", "recipients": "Sent to", "replies": "Replied"},
                        numeric=("recipients", "replies"),
                    )
                ],
            },
        ]
    page = render("report.html.j2", title=title, sections=sections, presenter=is_presenter_mode())
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page, encoding="utf-8")
    return target


# --- realnet audit ----------------------------------------------------------------------


def run_audit(args: argparse.Namespace) -> int:
    """``realnet audit PATH``: print the audit; write the HTML report with ``--html``."""
    path = Path(args.path).expanduser()
    if not path.exists():
        raise CommandError(f"there is no file or folder at {path}; check the path and try again")
    try:
        import realnet_kit

        contacts = realnet_kit.load_export(path)
        try:
            interactions = realnet_kit.load_interactions(path)
        except (ExportFormatError, OSError, ValueError):
            interactions = None  # an export without messages still has an audit
        audit = _audit_for_cli(contacts, interactions, args.relevant)
        print(format_audit(audit, interactions, source=str(args.path)))
        if args.html:
            written = write_html_report(audit, args.html, interactions=interactions)
            print(f"\nReport written to {written}")
    except ExportFormatError as error:
        raise CommandError(" ".join(str(error).split())) from None
    except BrokenPipeError:
        # the reader went away (realnet audit x.zip | head): stop quietly, like other tools
        import os
        import sys

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        where = error.filename or path
        raise CommandError(
            f"could not read or write {where}: {error.strerror or error}; "
            "check the path and that you may open it"
        ) from None
    except ValueError as error:
        raise CommandError(f"{path} could not be audited: {' '.join(str(error).split())}") from None
    return 0


def _audit_for_cli(contacts, interactions, relevant: str | None) -> pd.DataFrame:
    # the words are looked for as keywords (bio, job, company) and as places (location)
    words = relevant or None
    return audit_followers(contacts, interactions, keywords=words, places=words)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``realnet audit`` to the command line (called by :mod:`realnet_kit.cli`)."""
    parser = subparsers.add_parser(
        "audit",
        help="what does my follower list really hold?",
        description="Audit an export (a file, a folder or the platform's .zip): followers, "
        "mutual, suspicious accounts with reasons, real two-way exchanges, relevance.",
    )
    parser.add_argument("path", metavar="PATH", help="the export: a file, a folder or a .zip")
    parser.add_argument(
        "--html", metavar="REPORT.html", default=None, help="also write a standalone HTML report"
    )
    parser.add_argument(
        "--relevant",
        metavar="WORDS",
        default=None,
        help='what matters to your business, comma-separated (e.g. "sourdough,Leeds,cafe")',
    )
    parser.set_defaults(func=run_audit)
