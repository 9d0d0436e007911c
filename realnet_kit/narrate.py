"""Numbers into sentences: what the workshop notebooks print about your own data.

Markdown cannot show a participant's numbers, so each notebook calls one of these
``tell_*`` functions after computing something; it prints a few plain sentences with the
figures in them. The ``show`` function prints a short table, with names masked when
presenter mode is on. The figures the exercises check are worked out here too, from the
same functions, so the feedback and the sentences always agree.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import pandas as pd

#: How many people notebook 03 asks the participant to score before drawing rings.
SCORES_NEEDED = 10
#: Rows a table shows by default: enough to recognise people, few enough for a projector.
TABLE_ROWS = 10


def percent_value(part: Any, whole: Any) -> float:
    """``part`` as a percentage of ``whole`` (0 when ``whole`` is 0 or missing)."""
    try:
        part, whole = float(part), float(whole)
    except (TypeError, ValueError):
        return 0.0
    return 100.0 * part / whole if whole else 0.0


def percent(part: Any, whole: Any) -> str:
    """``part`` of ``whole`` as a rounded percentage, e.g. ``"12%"``."""
    return f"{percent_value(part, whole):.0f}%"


def _cached(data: Any, key: str, make: Any) -> Any:
    cache = getattr(data, "cache", None)
    if cache is None:
        return make()
    if key not in cache:
        cache[key] = make()
    return cache[key]


# --- figures the exercises check ------------------------------------------------------


def audit_summary(data: Any) -> pd.Series:
    """``summarize_audit`` of ``audit_followers`` on the workshop data (computed once)."""
    from realnet_kit.audit import audit_followers, summarize_audit

    return _cached(
        data,
        "audit_summary",
        lambda: summarize_audit(audit_followers(data.contacts, data.interactions)),
    )


def never_answered(data: Any) -> int:
    """How many inbound messages were never answered."""
    from realnet_kit.listening import unanswered

    if not len(data.interactions):
        return 0
    waiting = unanswered(data.interactions)
    return int((waiting["status"] == "never answered").sum())


def waiting_count(data: Any) -> int:
    """How many inbound messages were never answered or answered after two days."""
    from realnet_kit.listening import unanswered

    return len(unanswered(data.interactions)) if len(data.interactions) else 0


def talk_listen(data: Any) -> pd.Series:
    """``talk_listen_ratio`` of the workshop data (ratio 0 when there are no messages)."""
    from realnet_kit.listening import talk_listen_ratio

    if not len(data.interactions):
        return pd.Series({"talk": 0, "listen": 0, "ratio": 0.0}, dtype="object")
    result = talk_listen_ratio(data.interactions).copy()
    ratio = float(result["ratio"])
    if ratio != ratio or ratio == float("inf"):
        result["ratio"] = float(result["talk"])
    return result


def scored(data: Any) -> pd.DataFrame:
    """``score_contacts`` of the workbook's scores (empty frame when nobody is scored)."""
    from realnet_kit.scoring import score_contacts

    scores = data.workbook.scores()
    if not len(scores):
        return pd.DataFrame({"contact_id": [], "tier": [], "strength": []})
    return score_contacts(scores)


def tier_count(data: Any, tier: str) -> int:
    """How many scored people are in ``tier``."""
    frame = scored(data)
    return int((frame["tier"] == tier).sum()) if len(frame) else 0


# --- sentences ------------------------------------------------------------------------


def tell_audit(summary: pd.Series) -> None:
    """Print what the follower list really holds, from ``summarize_audit``."""
    s = summary
    followers = int(s["followers"])
    if not followers:
        print(
            f"This export lists {int(s['contacts']):,} contacts but cannot tell who follows "
            "you (address books and LinkedIn connections are like that), so the numbers "
            "below count all contacts. Followers you also follow: 0, as far as it can tell."
        )
    else:
        print(f"The scoreboard says {followers:,} followers.")
        print(
            f"You follow {int(s['mutual']):,} of them back ({percent(s['mutual'], followers)}); "
            f"{int(s['fans']):,} follow you without you following them."
        )
        print(f"You follow {int(s['unreturned']):,} accounts that do not follow you.")
    fake = int(s["suspicious"])
    share = percent(fake, followers or s["contacts"])
    if not fake:
        print("No account looks suspicious: all of them look like real people.")
    elif fake == 1:
        print(f"1 looks like it may not be a person ({share}); it comes with its reasons.")
    else:
        print(f"{fake:,} look like they may not be people ({share}); each has its reasons.")
    print(
        f"In the last 12 months you had a real two-way conversation (at least two messages "
        f"each way) with {int(s['engaged']):,} accounts."
    )
    print(
        f"{int(s['dormant']):,} have gone quiet: you talked once, but not in the last 12 "
        "months, or you no longer follow each other at all."
    )
    if not pd.isna(s.get("relevant", pd.NA)):
        print(f"{int(s['relevant']):,} mention something that matters to your business.")


def tell_listening(data: Any) -> None:
    """Print how much you talk and listen, and how many messages are still waiting."""
    if not len(data.interactions):
        print(
            "This data holds no messages, so there is nothing to count yet. Notebook 06 "
            "shows how to log conversations yourself."
        )
        return
    t = talk_listen(data)
    stamps = pd.to_datetime(data.interactions["timestamp"], utc=True).dropna()
    span = f"From {stamps.min():%B %Y} to {stamps.max():%B %Y}, you" if len(stamps) else "You"
    print(f"{span} sent {int(t['talk']):,} messages and received {int(t['listen']):,}.")
    print(f"That is {float(t['ratio']):.1f} messages out for every one that came in.")
    if "conversations" in t:
        print(
            f"You exchanged messages both ways with {int(t['conversations']):,} accounts "
            "over that time (notebook 01 counted only the last 12 months, with at least two "
            "messages each way)."
        )
    print(f"{never_answered(data):,} messages to you were never answered.")


def tell_tiers(data: Any) -> None:
    """Print the tier summary's sentences for the scores saved so far."""
    from realnet_kit.scoring import tier_summary

    frame = scored(data)
    print(f"You have scored {len(frame):,} of {len(data.contacts):,} accounts.")
    if not len(frame):
        print("Score a few people in the card above, then run this cell again.")
        return
    for sentence in tier_summary(frame)["sentence"]:
        print(sentence)


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


def platform_name(platform: Any) -> str:
    """``"x"`` as ``"X"``, ``"linkedin"`` as ``"LinkedIn"``; unknown names unchanged."""
    return PLATFORM_NAMES.get(str(platform).lower(), str(platform))


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
        import html

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
                text = html.escape(_cell_text(value))
                url = links.get(value) if column == "who" and isinstance(value, str) else None
                if url:
                    text = (
                        f"<a href='{html.escape(url)}' target='_blank' rel='noopener "
                        f"noreferrer' title='Opens this account in your browser'>{text}</a>"
                    )
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
    """``frame`` (index dropped) as a :class:`Table`, shown whole in a notebook."""
    table = Table(frame.reset_index(drop=True))
    table.links = dict(links or {})
    return table


def _nameless(contact_id: Any) -> Any:
    """How to call an account the export gives no name or handle for.

    X archives list followers and followings by account number only, so an id such as
    ``x:1519071252`` becomes ``X account 1519071252`` rather than a bare code.
    """
    if contact_id is None or pd.isna(contact_id):
        return pd.NA
    platform, _, rest = str(contact_id).partition(":")
    if rest.isdigit():
        return f"{platform_name(platform)} account {rest}"
    return str(contact_id)


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
                known = head[column].map(_nameless).astype("string")
            else:
                known = ("@" if column == "handle" else "") + head[column].astype("string")
            who = who.fillna(known)
        if "contact_id" in head.columns and "profile_url" in head.columns:
            for cid, url, label in zip(head["contact_id"], head["profile_url"], who, strict=True):
                if label == _nameless(cid) != cid and str(url).startswith("https://"):
                    links[label] = str(url)
        table = table.drop(columns=[c for c in ("name", "handle", "contact_id") if c in table])
        table.insert(0, "who", who)
    return as_table(table, links)


#: What the tables of notebook 01 call each group, in the participant's words.
CATEGORY_WORDS: dict[str, str] = {
    "engaged": "people you talked with both ways in the last 12 months",
    "suspicious": "accounts that are probably not people",
    "dormant": "people who have gone quiet",
    "mutual": "people you follow each other with",
    "fan": "people who follow you without you following them",
    "unreturned": "accounts you follow that do not follow you",
    "relevant": "people whose profile mentions what matters to your business",
}


def show_category(audit: pd.DataFrame, category: str, rows: int = TABLE_ROWS) -> Any:
    """The accounts of one audit group with the reason, e.g. ``"suspicious"``.

    ``"relevant"`` lists the contacts :func:`realnet_kit.mark_relevant` marked, with
    what was found in their profile.
    """
    if category == "relevant":
        if "relevant" not in audit.columns:
            print("No keywords or places were given, so nobody is marked relevant yet.")
            return None
        chosen = audit[audit["relevant"].fillna(False).astype(bool)]
        reason = "relevance_reason"
    else:
        chosen = audit[audit["category"] == category]
        reason = "category_reason"
    words = CATEGORY_WORDS.get(category, category)
    print(f"{len(chosen):,} {words}.")
    if category == "relevant" and not len(chosen) and not _has_profile_text(audit):
        print(
            "None of these accounts comes with a bio, job, company or place to read (X "
            "archives hold none), so nobody can be matched to your business here. Adding your "
            "LinkedIn connections, which list companies and jobs, gives it something to read."
        )
    if not len(chosen):
        return None
    table = show(chosen, ["platform", reason], rows=rows)
    return table.rename(columns={reason: "why"})


#: Profile columns relevance is read from (see ``audit.mark_relevant``).
PROFILE_TEXT_COLUMNS = ("bio", "position", "company", "industry", "location")


def _has_profile_text(audit: pd.DataFrame) -> bool:
    """Whether any account has a bio, job, company, industry or place to match."""
    return any(
        audit[c].astype("string").str.strip().fillna("").ne("").any()
        for c in PROFILE_TEXT_COLUMNS
        if c in audit.columns
    )


def _names(data: Any) -> pd.DataFrame:
    columns = [c for c in ("contact_id", "name", "handle", "platform") if c in data.contacts]
    return data.contacts[columns].drop_duplicates("contact_id")


def show_waiting(data: Any, rows: int = TABLE_ROWS) -> Any:
    """The messages people sent you that were never answered, or answered late."""
    from realnet_kit.listening import unanswered

    if not len(data.interactions):
        print("No messages in this data, so nobody is waiting (that we can see).")
        return None
    waiting = unanswered(data.interactions, contacts=data.contacts)
    never = int((waiting["status"] == "never answered").sum())
    print(
        f"{never:,} messages were never answered and {len(waiting) - never:,} were answered "
        "after more than two days. Never answered first, newest first:"
    )
    waiting = waiting.sort_values(["status", "timestamp"], ascending=[False, False], kind="stable")
    waiting = waiting.merge(_names(data).drop(columns="name", errors="ignore"), how="left")
    waiting["sent on"] = waiting["timestamp"].dt.strftime("%d %b %Y")
    waiting["days waited"] = waiting["waited_days"].round().astype("Int64")
    columns = ["platform", "sent on", "note", "status", "days waited"]
    return show(waiting, columns, rows=rows)


def show_reaching_out(data: Any, rows: int = TABLE_ROWS) -> Any:
    """People who wrote to you more often than you wrote to them, most eager first."""
    from realnet_kit.listening import talk_listen_ratio

    if not len(data.interactions):
        print("No messages in this data yet.")
        return None
    per = talk_listen_ratio(data.interactions, per_contact=True).reset_index()
    eager = per[per["listen"] > per["talk"]].copy()
    eager["more_from_them"] = eager["listen"] - eager["talk"]
    eager = eager.sort_values(["more_from_them", "listen"], ascending=False, kind="stable")
    print(f"{len(eager):,} people reached out to you more often than you reached out to them.")
    eager = eager.merge(_names(data), on="contact_id", how="left")
    eager = eager.rename(columns={"listen": "from them", "talk": "from you"})
    return show(eager, ["platform", "from them", "from you"], rows=rows)


def plot_waiting_times(data: Any, *, ax: Any = None) -> Any:
    """How long answered messages waited (``plot_reply_times``), or a note when none."""
    from realnet_kit.listening import reply_times
    from realnet_kit.plots import plot_reply_times

    replies = reply_times(data.interactions) if len(data.interactions) else None
    if replies is None or not len(replies):
        print("There are no answered messages to draw yet.")
        return None
    return plot_reply_times(replies, ax=ax)


def show_broadcasts(data: Any, rows: int = 5) -> Any:
    """The texts you sent to many people at once, and how many of them answered."""
    from realnet_kit.listening import find_broadcasts

    if not len(data.interactions):
        print("No messages in this data yet.")
        return None
    found = find_broadcasts(data.interactions)
    if not len(found):
        print("No broadcasts: you did not send the same text to many people. Good.")
        return None
    sent = int(found["recipients"].sum())
    replies = int(found["replies"].sum())
    print(
        f"{len(found):,} texts went to {sent:,} people in all; {replies:,} of them wrote back "
        f"within a week ({percent(replies, sent)})."
    )
    table = found.head(rows)[["text", "recipients", "replies"]].reset_index(drop=True)
    table["text"] = table["text"].astype("string").str.slice(0, 80)
    return as_table(table)


def show_questions() -> None:
    """Print the scoring questions with their possible answers, weakest first."""
    from realnet_kit.scoring import QUESTIONS

    for number, question in enumerate(QUESTIONS.values(), start=1):
        print(f"{number}. {question.text}")
        print(f"   {' / '.join(question.options)}")


#: The facets of ``score_contacts``'s ``why``, in the words of the scoring questions.
FACET_WORDS: dict[str, str] = {
    "closeness": "going out of your way for each other",
    "intimacy": "ideas exchanged",
    "services": "favours done",
    "reciprocity": "giving both ways",
    "recency": "a recent real conversation",
    "frequency": "meeting offline",
    "relevance": "relevance to your business",
}


def plain_why(why: Any) -> Any:
    """``score_contacts``'s reason in the words of the questions the participant answered.

    >>> plain_why("strong on intimacy, recency; 20% of the weight unanswered")
    'strong on ideas exchanged, a recent real conversation; some questions unanswered'
    >>> plain_why("strong on closeness, intimacy, services, reciprocity, recency, frequency")
    'strong on every question that counts'
    """
    if why is None or pd.isna(why):
        return why
    text = str(why)
    strong = re.match(r"strong on ([a-z, ]+)", text)
    weighed = [f for f in FACET_WORDS if f != "relevance"]
    if strong and set(strong[1].split(", ")) >= set(weighed):
        text = "strong on every question that counts" + text[strong.end() :]
    for facet, words in FACET_WORDS.items():
        text = re.sub(rf"\b{facet}\b", words, text)
    text = re.sub(r"\d+% of the weight unanswered", "some questions unanswered", text)
    return text.replace("no strong facet yet", "nothing strong yet")


def show_strongest(data: Any, rows: int = TABLE_ROWS) -> Any:
    """The strongest relationships scored so far, with the tier and the reason in words."""
    frame = scored(data)
    if not len(frame):
        print("Nobody is scored yet.")
        return None
    frame = frame.merge(_names(data), on="contact_id", how="left")
    frame["strength"] = frame["strength"].round().astype("Int64")
    frame["why"] = frame["why"].map(plain_why)
    return show(frame, ["tier", "strength", "why"], rows=rows)


#: Audit groups worth scoring by hand: people you have a two-way link or a history with.
WORTH_SCORING = ("engaged", "mutual", "dormant")


def worth_scoring(audit: pd.DataFrame, *, quiet: bool = False) -> pd.DataFrame:
    """The audited contacts worth scoring: two-way links, past conversations, relevant fans.

    Fans who never wrote and accounts that look fake stay on the scoreboard; scoring
    thousands of strangers would take the whole day and teach nothing.
    """
    keep = audit["category"].isin(WORTH_SCORING)
    if "messages_in" in audit.columns:
        keep |= audit["messages_in"].fillna(0).astype(int) > 0
    if "relevant" in audit.columns:
        keep |= audit["relevant"].fillna(False).astype(bool) & (audit["category"] != "suspicious")
    chosen = audit[keep]
    if quiet:
        return chosen
    print(
        f"{len(chosen):,} of your {len(audit):,} accounts are worth scoring: people you follow "
        "each other with, talked with, or who are relevant to your business."
    )
    return chosen
