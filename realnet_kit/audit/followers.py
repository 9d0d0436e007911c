"""The scoreboard audit: what a follower list really holds.

:func:`audit_followers` puts every contact in one category, with the reason in words:

=============  ================================================================
``engaged``    a real two-way exchange: at least two messages each way within the
               last :data:`ENGAGED_WINDOW_DAYS` days
``suspicious`` probably not a person (see :mod:`realnet_kit.audit.suspicious`)
``dormant``    you used to talk, but not in the last 12 months; or no follow either
               way and nothing on record (an old address-book entry)
``mutual``     you follow each other
``fan``        follows you, you do not follow back
``unreturned`` you follow them, they do not follow you
=============  ================================================================

Categories are checked in that order, so an account that really talks with you is
``engaged`` even if its profile looks thin. :func:`summarize_audit` turns the frame into
the figures the workshop shows, and :func:`mark_relevant` marks who matters to the
business (by keywords, places, industries), with the reason.

>>> import pandas as pd
>>> from realnet_kit.audit.followers import audit_followers, summarize_audit
>>> contacts = pd.DataFrame({"contact_id": ["x:1", "x:2", "x:3"],
...     "follows_me": pd.array([True, True, False], dtype="boolean"),
...     "i_follow": pd.array([True, False, True], dtype="boolean")})
>>> audit_followers(contacts)["category"].tolist()
['mutual', 'fan', 'unreturned']
>>> int(summarize_audit(audit_followers(contacts))["followers"])
2
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

from realnet_kit.audit.suspicious import advert_reason, flag_suspicious, not_judged

# A "real two-way exchange": within this many days, at least ENGAGED_MIN_EACH_WAY
# messages from them and as many from you (one question and its answer is service,
# not yet a conversation).
ENGAGED_WINDOW_DAYS = 365
ENGAGED_MIN_EACH_WAY = 2

# Categories in the order they are decided (the first that applies wins).
CATEGORIES: tuple[str, ...] = ("engaged", "suspicious", "dormant", "mutual", "fan", "unreturned")

# Which contact columns each kind of relevance term is looked for in, and how a reason
# names the column.
RELEVANCE_COLUMNS: dict[str, tuple[str, ...]] = {
    "keywords": ("bio", "position", "company", "industry"),
    "places": ("location", "bio", "company"),
    "industries": ("industry", "company", "position", "bio"),
}
COLUMN_WORDS: dict[str, str] = {
    "bio": "bio",
    "position": "job title",
    "company": "company",
    "industry": "industry",
    "location": "location",
}


def _bool(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame.columns:
        return pd.Series(pd.NA, index=frame.index, dtype="boolean")
    return frame[column].astype("boolean")


def _as_of(contacts: pd.DataFrame, interactions: pd.DataFrame | None) -> pd.Timestamp:
    """The moment "the last 12 months" ends: the newest date in the data, else now."""
    latest = []
    if interactions is not None and len(interactions):
        latest.append(pd.to_datetime(interactions["timestamp"], utc=True, errors="coerce").max())
    if "connected_on" in contacts.columns and len(contacts):
        latest.append(pd.to_datetime(contacts["connected_on"], utc=True, errors="coerce").max())
    latest = [t for t in latest if pd.notna(t)]
    return max(latest) if latest else pd.Timestamp.now(tz="UTC")


def _exchanges(
    contacts: pd.DataFrame, interactions: pd.DataFrame | None, as_of: pd.Timestamp
) -> pd.DataFrame:
    """Per contact: messages in and out within the window, and the last one ever."""
    out = pd.DataFrame(index=contacts.index)
    ids = contacts["contact_id"].astype("string") if "contact_id" in contacts.columns else None
    if interactions is None or ids is None or len(interactions) == 0:
        out["messages_in"] = 0
        out["messages_out"] = 0
        out["last_interaction"] = pd.Series(
            pd.NaT, index=contacts.index, dtype="datetime64[us, UTC]"
        )
        return out
    when = pd.to_datetime(interactions["timestamp"], utc=True, errors="coerce")
    who = interactions["contact_id"].astype("string")
    direction = interactions["direction"].astype("string").str.lower()
    window = (when > as_of - pd.Timedelta(days=ENGAGED_WINDOW_DAYS)) & (when <= as_of)
    recent_in = who[window & (direction == "in")].value_counts()
    recent_out = who[window & (direction == "out")].value_counts()
    last = when.groupby(who).max()
    out["messages_in"] = ids.map(recent_in).fillna(0).astype("int64").to_numpy()
    out["messages_out"] = ids.map(recent_out).fillna(0).astype("int64").to_numpy()
    out["last_interaction"] = ids.map(last).to_numpy()
    out["last_interaction"] = pd.to_datetime(out["last_interaction"], utc=True)
    return out


def audit_followers(
    contacts: pd.DataFrame,
    interactions: pd.DataFrame | None = None,
    *,
    as_of: pd.Timestamp | str | None = None,
    keywords: Iterable[str] | str | None = None,
    places: Iterable[str] | str | None = None,
    industries: Iterable[str] | str | None = None,
) -> pd.DataFrame:
    """One row per contact with its ``category`` and the reason for it.

    Parameters
    ----------
    contacts
        The frame from :func:`realnet_kit.load_export` (flagged already or not).
    interactions
        The frame from :func:`realnet_kit.load_interactions`, if there is one.
    as_of
        When "the last 12 months" ends; by default the newest date in the data, so an
        old export is judged as of the day it was made.
    keywords, places, industries
        What matters to the business; passed to :func:`mark_relevant`.

    Returns
    -------
    pandas.DataFrame
        ``contacts`` plus ``suspicious``, ``suspicion_reasons`` (when not already
        there), ``messages_in``, ``messages_out`` (last 12 months),
        ``last_interaction``, ``category``, ``category_reason`` and, when terms are
        given or were marked before, ``relevant`` and ``relevance_reason``.

    Examples
    --------
    >>> import pandas as pd
    >>> contacts = pd.DataFrame({"contact_id": ["a", "b"],
    ...     "follows_me": pd.array([True, True], dtype="boolean"),
    ...     "i_follow": pd.array([True, True], dtype="boolean")})
    >>> talks = pd.DataFrame({"contact_id": ["a"] * 4, "direction": ["in", "out"] * 2,
    ...     "timestamp": pd.to_datetime(["2024-05-01", "2024-05-02", "2024-06-01",
    ...                                  "2024-06-01"], utc=True),
    ...     "kind": "message", "note": ""})
    >>> audit_followers(contacts, talks)["category"].tolist()
    ['engaged', 'mutual']
    """
    # flag_suspicious returns a new frame: the caller's stays as it was.
    audit = flag_suspicious(contacts) if "suspicious" not in contacts.columns else contacts.copy()
    if any(t for t in (keywords, places, industries)):
        audit = mark_relevant(audit, keywords=keywords, places=places, industries=industries)
    moment = _as_of(audit, interactions) if as_of is None else pd.Timestamp(as_of)
    if moment.tzinfo is None:
        moment = moment.tz_localize("UTC")
    talk = _exchanges(audit, interactions, moment)
    for column in talk.columns:
        audit[column] = talk[column]
    follows_me = _bool(audit, "follows_me").fillna(False).to_numpy(bool)
    i_follow = _bool(audit, "i_follow").fillna(False).to_numpy(bool)
    suspicious = _bool(audit, "suspicious").fillna(False).to_numpy(bool)
    n_in, n_out = talk["messages_in"].to_numpy(), talk["messages_out"].to_numpy()
    engaged = (n_in >= ENGAGED_MIN_EACH_WAY) & (n_out >= ENGAGED_MIN_EACH_WAY)
    talked_before = talk["last_interaction"].notna().to_numpy() & (n_in + n_out == 0)
    nothing = ~follows_me & ~i_follow & ~(n_in + n_out > 0)
    conditions = [
        engaged,
        suspicious,
        talked_before | nothing,
        follows_me & i_follow,
        follows_me,
        i_follow,
    ]
    codes = np.select(conditions, list(range(len(CATEGORIES))), default=CATEGORIES.index("dormant"))
    category = np.asarray(CATEGORIES, dtype=object)[codes]
    audit["category"] = pd.Categorical.from_codes(codes, categories=list(CATEGORIES))
    audit["category_reason"] = _category_reasons(audit, category, talk, talked_before, moment)
    return audit


def _category_reasons(audit, category, talk, talked_before, moment) -> pd.Series:
    """The reason for each category, built only for the rows that need a custom one."""
    reason = np.full(len(audit), "", dtype=object)
    is_ = {name: category == name for name in CATEGORIES}  # numpy, not pandas: fast
    engaged = is_["engaged"]
    if engaged.any():
        n_in = talk["messages_in"].to_numpy()[engaged].astype(str).astype(object)
        n_out = talk["messages_out"].to_numpy()[engaged].astype(str).astype(object)
        reason[engaged] = n_in + " from them and " + n_out + " from you in the last 12 months"
    if "suspicion_reasons" in audit.columns and is_["suspicious"].any():
        # the one or two strongest signals: a table row reads in a breath; the full
        # reasons stay in suspicion_reasons (the scoring card shows them)
        given = audit["suspicion_reasons"].to_numpy(dtype=object, na_value="")
        if "suspicion_signals" in audit.columns:
            short = audit["suspicion_signals"].to_numpy(dtype=object, na_value="")
            given = np.where(short != "", short, given)
        # a name that advertises what it sells is the plainest signal of all: it comes
        # first, with the account's strongest one from the rules
        advert = advert_reason(audit).to_numpy(dtype=object)
        strongest = np.array([str(g).split("; ")[0] for g in given], dtype=object)
        given = np.where(advert != "", advert + "; " + strongest, given)
        given = np.where((advert != "") & (strongest == ""), advert, given)
        reason[is_["suspicious"]] = given[is_["suspicious"]]
    quiet = is_["dormant"] & talked_before
    if quiet.any():
        last = talk["last_interaction"][quiet].dt.strftime("%d %b %Y").to_numpy(dtype=object)
        reason[quiet] = "last exchange on " + last
    reason[is_["dormant"] & ~talked_before] = "no follow either way and no messages on record"
    reason[is_["mutual"]] = "you follow each other"
    reason[is_["fan"]] = "follows you; you do not follow back"
    reason[is_["unreturned"]] = "you follow them; they do not follow you"
    return pd.Series(pd.array(reason, dtype="string"), index=audit.index)


def probably_people(audit: pd.DataFrame) -> pd.Series:
    """Which accounts count as "probably a person": not flagged, and either something to
    judge them by or a sign that someone is there (you follow them back, or you talked
    with them both ways). The rest are "probably not" or "could not be judged".

    >>> import pandas as pd
    >>> audit = pd.DataFrame({"handle": ["ada", None, None, "bot1"],
    ...     "i_follow": [False, False, True, False], "suspicious": [False, False, False, True]})
    >>> probably_people(audit).tolist()
    [True, False, True, False]
    """
    i_follow = _bool(audit, "i_follow").fillna(False)
    suspicious = _bool(audit, "suspicious").fillna(False)
    category = audit["category"].astype(object) if "category" in audit else None
    engaged = (category == "engaged") if category is not None else pd.Series(False, audit.index)
    # nothing says who they are: no profile details, you do not follow them back and you
    # never talked with them both ways (either would say a person is there)
    unknown = not_judged(audit) & ~suspicious & ~i_follow & ~engaged
    return ~suspicious & ~unknown


def summarize_audit(audit: pd.DataFrame) -> pd.Series:
    """The figures the workshop shows, from the frame of :func:`audit_followers`.

    Returns
    -------
    pandas.Series
        ``contacts``, ``followers``, ``following``, ``mutual``, ``fans`` (these two
        add up to the followers, people or not), ``unreturned``, ``suspicious``
        (followers that look fake; all contacts when the export cannot tell who follows
        you), ``not_judged`` (followers whose export holds nothing to judge by, see
        :func:`~realnet_kit.audit.suspicious.not_judged`, that you neither follow back
        nor talked with both ways), ``real`` (probably a person:
        the followers minus those two groups), ``engaged``, ``dormant`` and ``relevant``
        (``<NA>`` when no terms were given); and the two narrower stages of the funnel
        from followers to two-way conversations, each part of the one before:
        ``real_two_way`` (probably people you follow each other with or talked with both
        ways) and ``real_engaged`` (probably people you talked with both ways in the
        last 12 months); ``real_mutual`` is the part of ``real_two_way`` you follow
        each other with. Without follow data, "followers" means every contact here too.

    Examples
    --------
    >>> import pandas as pd
    >>> audit = pd.DataFrame({"category": ["mutual", "suspicious", "fan"],
    ...     "follows_me": [True, True, True], "i_follow": [True, False, False],
    ...     "suspicious": [False, True, False], "handle": ["ada", "bot1", None]})
    >>> summarize_audit(audit)[["followers", "suspicious", "not_judged", "real"]].tolist()
    [3, 1, 1, 1]
    """
    follows_me = _bool(audit, "follows_me").fillna(False)
    i_follow = _bool(audit, "i_follow").fillna(False)
    suspicious = _bool(audit, "suspicious").fillna(False)
    category = audit["category"].astype(object) if "category" in audit else None
    has_followers = bool(follows_me.any())
    base = follows_me if has_followers else pd.Series(True, index=audit.index)
    fake = int((suspicious & base).sum())
    engaged = (category == "engaged") if category is not None else pd.Series(False, audit.index)
    unknown = base & ~suspicious & ~probably_people(audit)
    real = base & ~suspicious & ~unknown
    figures = {
        "contacts": len(audit),
        "followers": int(follows_me.sum()),
        "following": int(i_follow.sum()),
        "mutual": int((follows_me & i_follow).sum()),
        "fans": int((follows_me & ~i_follow).sum()),
        "unreturned": int((i_follow & ~follows_me).sum()),
        "suspicious": fake,
        "not_judged": int(unknown.sum()),
        "real": int(real.sum()),
        "engaged": int(engaged.sum()),
        "dormant": int((category == "dormant").sum()) if category is not None else 0,
        "relevant": (
            int(_bool(audit, "relevant").fillna(False).sum())
            if "relevant" in audit.columns
            else pd.NA
        ),
        "real_mutual": int((real & follows_me & i_follow).sum()),
        "real_two_way": int((real & ((follows_me & i_follow) | engaged)).sum()),
        "real_engaged": int((real & engaged).sum()),
    }
    return pd.Series(figures, dtype="object", name="audit")


def _terms(value: Iterable[str] | str | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = value.split(",")
    return [t.strip() for t in value if t and str(t).strip()]


def _pattern(terms: list[str]) -> str:
    words = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return rf"(?<!\w)(?:{words})(?:s|es)?(?!\w)"


def mark_relevant(
    contacts: pd.DataFrame,
    keywords: Iterable[str] | str | None = None,
    places: Iterable[str] | str | None = None,
    industries: Iterable[str] | str | None = None,
) -> pd.DataFrame:
    """Mark the contacts that matter to the business, and say why.

    A contact is relevant when one of the terms appears, as a whole word (plurals
    too, any case), in the columns listed in :data:`RELEVANCE_COLUMNS`: keywords in
    the bio, job title, company or industry; places in the location, bio or company;
    industries in the industry, company, job title or bio. Terms may be given as a
    list or as one comma-separated string.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"bio": ["Sourdough nerd", "cats"], "location": ["Leeds", pd.NA]})
    >>> marked = mark_relevant(df, keywords="sourdough", places=["Leeds"])
    >>> marked["relevant"].tolist(), marked.loc[0, "relevance_reason"]
    ([True, False], 'bio mentions "sourdough"; based in "Leeds"')
    """
    out = contacts.copy()
    reasons = pd.Series("", index=out.index, dtype="object")
    done: dict[str, np.ndarray] = {}  # per term (any case): rows already given a reason
    for kind, columns in RELEVANCE_COLUMNS.items():
        terms = _terms({"keywords": keywords, "places": places, "industries": industries}[kind])
        if not terms:
            continue
        for term in terms:
            done.setdefault(term.lower(), np.zeros(len(out), dtype=bool))
        for column in columns:
            if column not in out.columns:
                continue
            text = out[column].astype("string")
            hit = text.str.contains(_pattern(terms), case=False, regex=True).fillna(False)
            hit = hit.to_numpy(bool)
            if not hit.any():
                continue
            for term in terms:
                found = np.zeros(len(out), dtype=bool)
                found[hit] = (
                    text[hit]
                    .str.contains(_pattern([term]), case=False, regex=True)
                    .fillna(False)
                    .to_numpy(bool)
                )
                found &= ~done[term.lower()]
                done[term.lower()] |= found
                if column == "location":
                    said = f'based in "{term}"'
                else:
                    said = f'{COLUMN_WORDS.get(column, column)} mentions "{term}"'
                reasons[found] = reasons[found] + "; " + said
    reasons = reasons.str.removeprefix("; ")
    out["relevant"] = pd.array(reasons.to_numpy() != "", dtype="boolean")
    out["relevance_reason"] = pd.array(reasons.to_numpy(), dtype="string")
    return out
