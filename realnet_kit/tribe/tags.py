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

__all__ = [
    "absorbed",
    "keywords_in_reasons",
    "mark_keywords",
    "match_keywords",
    "suggest_tags",
]

#: A bio word becomes a topic when at least this many contacts use it ...
TOPIC_MIN_PEOPLE = 2
#: ... and at most this share of them (a word everyone uses tells nothing), though
#: a word shared by up to ``TOPIC_ALWAYS_OK`` people is always kept (small lists).
TOPIC_MAX_SHARE = 0.15
TOPIC_ALWAYS_OK = 40
#: Two or three words next to each other are one topic, a phrase ("green man festival",
#: "sound engineer", "chapel allerton"), when they stand together in at least this share
#: of the bios that use the rarer of them: the collocations of corpus linguistics. A
#: phrase is a tag beside its words (a "sourdough baker" still shares "sourdough" with
#: someone who bakes it); where a phrase holds at least this share of a word's people,
#: it names them instead of the word (:func:`absorbed`): "sound engineer", not "sound".
PHRASE_SHARE = 0.6
#: The longest phrase, in words.
PHRASE_WORDS = 3
#: Columns read as a place.
PLACE_COLUMNS = ("location", "city", "place", "region")
#: Columns holding address-book groups, several joined by ";" or " ::: ".
GROUP_COLUMNS = ("labels", "groups", "group_membership")
#: Columns searched for the business's keywords (as ``mark_relevant`` does), plus tags.
KEYWORD_COLUMNS = ("bio", "position", "company", "industry")

_WORD = re.compile(r"#?[^\W\d_][\w'’-]*", re.UNICODE)
#: What ends a clause of a bio: punctuation, symbols and emoji ("Folk fan · Leeds | she/her"),
#: and a dash or ampersand between spaces. Phrases never run across a clause.
_CLAUSE = re.compile(r"[^\w\s'’#-]+|\s[-–—]+\s|\s-|-\s")
#: How a word may end a place said loosely: "Leeds-ish", "Hebden Bridge-ish".
_ISH = "-ish"
_PLACE_IN_BIO = re.compile(
    r"\b(?:based in|living in|lives in|from)\s+([A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)"
)


def _norm_tag(tag: Any) -> str:
    """A tag as it is compared: lower case, no ``#``, no possessive, no "-ish".

    >>> _norm_tag("#Leeds-ish"), _norm_tag("Brudenell's")
    ('leeds', 'brudenell')
    """
    text = " ".join(str(tag).strip().lstrip("#").lower().split())
    text = text[:-2] if text.endswith(("'s", "’s")) else text
    return text[: -len(_ISH)] if text.endswith(_ISH) and len(text) > len(_ISH) + 2 else text


#: Short words that start a phrase but are no topic alone: "St Pauls", "St Werburghs".
PHRASE_STARTS = frozenset(("st",))


def _is_topic_word(word: str) -> bool:
    return len(word) > 2 and word not in STOP_WORDS


def _clauses(text: str) -> list[list[str]]:
    """A bio as clauses of words, each word as :func:`_norm_tag` makes it.

    >>> _clauses("Sound engineer | Green Man festival, she/her")
    [['sound', 'engineer'], ['green', 'man', 'festival'], ['she'], ['her']]
    """
    out = []
    for clause in _CLAUSE.split(text):
        words = [_norm_tag(w) for w in _WORD.findall(clause)]
        if words:
            out.append(words)
    return out


def _runs(clauses: list[list[str]]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Every run of 2 to :data:`PHRASE_WORDS` topic words in a row: (clause, start, words)."""
    runs = []
    for c, words in enumerate(clauses):
        ok = [_is_topic_word(w) for w in words]
        for i in range(len(words)):
            for n in range(2, PHRASE_WORDS + 1):
                if i + n > len(words):
                    break
                if all(ok[i + 1 : i + n]) and (ok[i] or words[i] in PHRASE_STARTS):
                    runs.append((c, i, tuple(words[i : i + n])))
    return runs


def _phrases(docs: list[list[list[str]]], min_people: int) -> dict[tuple[str, ...], int]:
    """The runs of words that are phrases (see :data:`PHRASE_SHARE`), with how many bios
    say each.

    A pair is a phrase when it stands together in at least :data:`PHRASE_SHARE` of the
    bios using the rarer of its two words; three words are one when they stand together
    in that share of the bios using the commoner of their two pairs, one of which is a
    phrase.

    >>> bios = [_clauses(t) for t in ["Sound engineer", "sound engineer, radio",
    ...         "structural engineer", "Radio presenter"]]
    >>> _phrases(bios, 2)
    {('sound', 'engineer'): 2}
    """
    words: Counter = Counter()
    runs: Counter = Counter()
    for clauses in docs:
        words.update({w for clause in clauses for w in clause})
        runs.update({r for _, _, r in _runs(clauses)})
    pairs = {
        r: n
        for r, n in runs.items()
        if len(r) == 2 and n >= min_people and n >= PHRASE_SHARE * min(words[r[0]], words[r[1]])
    }
    found = dict(pairs)
    for r, n in runs.items():
        if (
            len(r) == 3
            and n >= min_people
            and (r[:2] in pairs or r[1:] in pairs)
            and n >= PHRASE_SHARE * max(runs[r[:2]], runs[r[1:]])
        ):
            found[r] = n
    return found


def _bio_topics(clauses: list[list[str]], phrases: dict[tuple[str, ...], int]) -> set[str]:
    """The candidate topics of one bio: its topic words, and its phrases (commonest,
    then longest, first; no two overlapping).

    >>> sorted(_bio_topics([["green", "man", "festival", "fan"]], {("green", "man"): 5,
    ...        ("green", "man", "festival"): 5}))
    ['festival', 'green', 'green man festival', 'man']
    """
    taken: set[tuple[int, int]] = set()
    found = set()
    runs = [(c, i, r) for c, i, r in _runs(clauses) if r in phrases]
    for c, i, r in sorted(runs, key=lambda x: (-phrases[x[2]], -len(x[2]), x[0], x[1])):
        spots = {(c, i + k) for k in range(len(r))}
        if not spots & taken:
            taken |= spots
            found.add(" ".join(r))
    found.update(w for clause in clauses for w in clause if _is_topic_word(w))
    return found


def absorbed(counts: Counter) -> set[str]:
    """The words a phrase says better: those whose people mostly carry a phrase holding
    them (at least :data:`PHRASE_SHARE` as many). A cluster is then named, and the top
    tags listed, by "green man festival" rather than by "green" and "man".

    >>> sorted(absorbed(Counter({"sound engineer": 8, "sound": 9, "engineer": 14})))
    ['sound']
    """
    out = set()
    for tag, n in counts.items():
        words = tag.split()
        if len(words) > 1:
            out.update(w for w in words if w in counts and n >= PHRASE_SHARE * counts[w])
    return out


def _one_spelling(df_count: Counter) -> dict[str, str]:
    """Singular and plural of one topic as one tag, spelt as most people spell it
    ("record shop" and "record shops", "lake" and "lakes").

    >>> _one_spelling(Counter({"lake": 3, "lakes": 5, "shop": 2, "news": 1, "new": 4}))
    {'lake': 'lakes'}
    """
    same = {}
    for word in df_count:
        if word.endswith("ss") or word in STOP_WORDS:
            continue
        for end in ("s", "es"):
            single = word[: -len(end)]
            if word.endswith(end) and len(single) > 2 and single in df_count:
                if single in STOP_WORDS:  # "news" is not more "new"
                    break
                keep = word if df_count[word] > df_count[single] else single
                same[word if keep == single else single] = keep
                break
    return same


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
    docs = [_clauses(bio) + _clauses(pos) for bio, pos in zip(bios, positions, strict=True)]
    spelling = _one_spelling(Counter(w for d in docs for w in {w for c in d for w in c}))
    docs = [[[spelling.get(w, w) for w in clause] for clause in d] for d in docs]
    phrases = _phrases(docs, min_people)
    words_of = [_bio_topics(clauses, phrases) for clauses in docs]
    spelling = _one_spelling(Counter(w for ws in words_of for w in ws))
    words_of = [{spelling.get(w, w) for w in ws} for ws in words_of]
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


def mark_keywords(
    G: nx.Graph, contacts: pd.DataFrame, ids: list[str], keywords: list, places: list = ()
) -> None:
    """Note on each node which of the business's keywords (``keywords``) and of its own
    places (``places_named``) it mentions.

    The two are kept apart: most of a local business's contacts live in its town, so a
    town says little about which tribe it serves; :func:`realnet_kit.describe_tribe`
    goes by the places only when no keyword matches anyone.

    Without keywords or places, the frame may still carry them: an audit made with
    keywords holds ``relevance_reason`` (the matched terms in quotes, which are then used
    as keywords) and ``relevant``, used on its own when no reason names a term.

    >>> import networkx as nx
    >>> G = nx.Graph(); G.add_node("a", tags=[])
    >>> c = pd.DataFrame({"contact_id": ["a"], "bio": ["Folk fiddler in Leeds"]})
    >>> mark_keywords(G, c, ["a"], ["folk", "gig"], ["Leeds"])
    >>> G.nodes["a"]["keywords"], G.nodes["a"]["places_named"]
    (['folk'], ['Leeds'])
    """
    terms = list(dict.fromkeys(keywords))
    towns = [p for p in dict.fromkeys(places) if p.lower() not in {t.lower() for t in terms}]
    if not terms and not towns and "relevance_reason" in contacts.columns:
        terms = keywords_in_reasons(contacts["relevance_reason"])
        G.graph["keywords_from"] = "relevance_reason"
    G.graph["keywords"] = terms
    if terms or towns:
        columns = [_col(contacts, c) for c in KEYWORD_COLUMNS]
        texts = [
            " | ".join([*(col[i] for col in columns), *G.nodes[cid]["tags"]])
            for i, cid in enumerate(ids)
        ]
        for cid, hits, named in zip(
            ids, match_keywords(texts, terms), match_keywords(texts, towns), strict=True
        ):
            G.nodes[cid]["keywords"] = hits
            G.nodes[cid]["places_named"] = named
    elif "relevant" in contacts.columns and pd.api.types.is_bool_dtype(contacts["relevant"]):
        relevant = contacts["relevant"].astype("boolean").fillna(False).tolist()
        G.graph["keywords_from"] = "relevant"
        for cid, flag in zip(ids, relevant, strict=True):
            G.nodes[cid]["relevant_to_business"] = bool(flag)
