"""Tags for the tribe: suggested from profiles, and the business's keywords matched.

Behind :mod:`realnet_kit.tribe.graph`: :func:`suggest_tags` reads bios, job titles, companies,
places and address-book groups; :func:`match_keywords` and :func:`mark_keywords` note
which of the business's keywords (and places) each person's profile mentions, so
:func:`realnet_kit.describe_tribe` can say which tribe the business serves.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

import pandas as pd

from realnet_kit.tribe._stop_words import STOP_WORDS

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["keywords_in_reasons", "mark_keywords", "match_keywords", "suggest_tags"]

#: A bio word becomes a topic when at least this many contacts use it ...
TOPIC_MIN_PEOPLE = 2
#: ... and at most this share of them (a word everyone uses tells nothing), though
#: a word shared by up to ``TOPIC_ALWAYS_OK`` people is always kept (small lists).
TOPIC_MAX_SHARE = 0.15
TOPIC_ALWAYS_OK = 40
#: Columns read as a place.
PLACE_COLUMNS = ("location", "city", "place", "region")
#: Columns holding address-book groups, several joined by ";" or " ::: ".
GROUP_COLUMNS = ("labels", "groups", "group_membership")
#: Columns searched for the business's keywords (as ``mark_relevant`` does), plus tags.
KEYWORD_COLUMNS = ("bio", "position", "company", "industry")

_WORD = re.compile(r"#?[^\W\d_][\w'-]{2,}", re.UNICODE)
_PLACE_IN_BIO = re.compile(
    r"\b(?:based in|living in|lives in|from)\s+([A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)"
)


def _norm_tag(tag: Any) -> str:
    text = " ".join(str(tag).strip().lstrip("#").lower().split())
    return text[:-2] if text.endswith(("'s", "’s")) else text


def _col(df: pd.DataFrame, name: str) -> list[str]:
    """A column as a list of plain strings ("" where missing)."""
    if name not in df.columns:
        return [""] * len(df)
    values = df[name].astype(object).where(df[name].notna(), "").tolist()
    return [v if isinstance(v, str) else str(v) for v in values]


def suggest_tags(contacts: pd.DataFrame, *, min_people: int = TOPIC_MIN_PEOPLE) -> pd.DataFrame:
    """Suggest tags for each contact from what their profile already says.

    Sources: hashtags and words shared by several bios and positions (``topic``), the
    company (``company``), a place (``location`` or ``city`` column, or "based in ..."
    in the bio: ``place``) and address-book groups such as Google Contacts labels
    (``community``; system labels like ``* myContacts`` are skipped).

    Returns
    -------
    pandas.DataFrame
        ``contact_id``, ``tag``, ``source`` (topic, company, place, community), one row per
        suggestion, sorted. Tags are lower-case without ``#``.

    Examples
    --------
    >>> c = pd.DataFrame({"contact_id": ["a", "b"], "bio": ["Potter in Leeds #ceramics",
    ...                   "ceramics and tea, based in Leeds"]})
    >>> suggest_tags(c).query("contact_id == 'b'")["tag"].tolist()
    ['ceramics', 'leeds']
    """
    if "contact_id" not in contacts.columns:
        raise ValueError("suggest_tags needs a contacts frame with a contact_id column.")
    ids = contacts["contact_id"].astype(str).tolist()
    bios = _col(contacts, "bio")
    positions = _col(contacts, "position")
    rows: list[tuple[str, str, str]] = []
    words_of: list[set[str]] = []
    for bio, pos in zip(bios, positions, strict=True):
        words = {_norm_tag(w) for w in _WORD.findall(f"{bio} {pos}")}
        words_of.append({w for w in words if w not in STOP_WORDS and len(w) > 2})
    df_count = Counter(w for ws in words_of for w in ws)
    limit = max(min_people, TOPIC_ALWAYS_OK, int(TOPIC_MAX_SHARE * len(ids)))
    topics = {w for w, n in df_count.items() if min_people <= n <= limit}
    companies = [_norm_tag(c) if c else "" for c in _col(contacts, "company")]
    places = [""] * len(ids)
    for name in PLACE_COLUMNS:
        if name in contacts.columns:
            places = [p or _norm_tag(v) for p, v in zip(places, _col(contacts, name), strict=True)]
    groups = [[] for _ in ids]
    for name in GROUP_COLUMNS:
        if name in contacts.columns:
            for i, cell in enumerate(_col(contacts, name)):
                parts = re.split(r";|:::|,", cell)
                groups[i] += [
                    _norm_tag(g) for g in parts if g.strip() and not g.strip().startswith("*")
                ]
    for i, cid in enumerate(ids):
        for g in groups[i]:
            rows.append((cid, g, "community"))
        for w in sorted(words_of[i] & topics):
            rows.append((cid, w, "topic"))
        if companies[i]:
            rows.append((cid, companies[i], "company"))
        place = places[i]
        if not place:
            found = _PLACE_IN_BIO.search(bios[i])
            place = _norm_tag(found.group(1)) if found else ""
        if place and place not in words_of[i] & topics:
            rows.append((cid, place, "place"))
    out = pd.DataFrame(rows, columns=["contact_id", "tag", "source"]).drop_duplicates(
        ["contact_id", "tag"]
    )
    out = out.sort_values(["contact_id", "tag"], kind="stable").reset_index(drop=True)
    return out.astype("string")


def _keyword_terms(keywords: Any) -> list[str]:
    """Keywords as a clean list: one comma-separated string or a list, each once (any
    case), spelt as first given."""
    if keywords is None:
        return []
    if isinstance(keywords, str):
        keywords = keywords.split(",")
    terms = [" ".join(str(k).strip().lstrip("#").split()) for k in keywords]
    first: dict[str, str] = {}
    for t in terms:
        if t:
            first.setdefault(t.lower(), t)
    return list(first.values())


def match_keywords(texts: list[str], keywords: Any) -> list[list[str]]:
    """Which of the keywords each text mentions, as whole words (plurals too, any case).

    >>> match_keywords(["Folk singer, gigs in leeds", "cats"], "folk, gig, Leeds")
    [['folk', 'gig', 'Leeds'], []]
    """
    terms = _keyword_terms(keywords)
    if not terms:
        return [[] for _ in texts]
    words = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)({words})(?:s|es)?(?!\w)", re.IGNORECASE)
    order = {t.lower(): i for i, t in enumerate(terms)}
    found = []
    for text in texts:
        hits = {m.lower() for m in pattern.findall(text)} if text else set()
        found.append([terms[order[h]] for h in sorted(hits & order.keys(), key=order.get)])
    return found


def keywords_in_reasons(reasons: pd.Series) -> list[str]:
    """The terms :func:`realnet_kit.mark_relevant` quoted in its reasons, commonest first.

    >>> keywords_in_reasons(pd.Series(['bio mentions "folk"; based in "Leeds"',
    ...                                'bio mentions "Folk"', None]))
    ['folk', 'Leeds']
    """
    found = reasons.astype("string").str.findall(r'"([^"]+)"').dropna()
    counts: Counter = Counter()
    spelt: dict[str, str] = {}
    for terms in found:
        for t in terms:
            counts[t.lower()] += 1
            spelt.setdefault(t.lower(), t)
    return [spelt[t] for t, _ in sorted(counts.items(), key=lambda tc: (-tc[1], tc[0]))]


def mark_keywords(G: nx.Graph, contacts: pd.DataFrame, ids: list[str], keywords: list) -> None:
    """Note on each node which of the business's keywords it mentions.

    Without keywords, the frame may still carry them: an audit made with keywords holds
    ``relevance_reason`` (the matched terms in quotes, which are then used as keywords)
    and ``relevant``, used on its own when no reason names a term.
    """
    terms = list(dict.fromkeys(keywords))
    if not terms and "relevance_reason" in contacts.columns:
        terms = keywords_in_reasons(contacts["relevance_reason"])
        G.graph["keywords_from"] = "relevance_reason"
    G.graph["keywords"] = terms
    if terms:
        columns = [_col(contacts, c) for c in KEYWORD_COLUMNS]
        texts = [
            " | ".join([*(col[i] for col in columns), *G.nodes[cid]["tags"]])
            for i, cid in enumerate(ids)
        ]
        for cid, hits in zip(ids, match_keywords(texts, terms), strict=True):
            G.nodes[cid]["keywords"] = hits
    elif "relevant" in contacts.columns and pd.api.types.is_bool_dtype(contacts["relevant"]):
        relevant = contacts["relevant"].astype("boolean").fillna(False).tolist()
        G.graph["keywords_from"] = "relevant"
        for cid, flag in zip(ids, relevant, strict=True):
            G.nodes[cid]["relevant_to_business"] = bool(flag)
