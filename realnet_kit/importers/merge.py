"""One person, several accounts: join a contact's rows across platforms, on evidence.

Two accounts are compared on everything the export holds (names against names and
against usernames, folded across accents and scripts; emails; profile links; bios and
messages that name another account; companies; places; conversations with you; whom you
follow), and the evidence is weighed as record linkage does it (Fellegi-Sunter match
weights, see :mod:`._linkage_weights` for every number and where it comes from).
Accounts are joined only when the probability that they are one person is high; the
truly uncertain pairs go to :func:`review_pairs`, best first, for the participant to
confirm or reject, and the answers (kept by
:meth:`realnet_kit.Workbook.save_match_decision`) are honoured. Two people who only share
a name, even a rare one, are never joined without asking.

>>> import pandas as pd
>>> people = pd.DataFrame({"contact_id": ["linkedin:ana-l", "google:ana@example.org"],
...                        "platform": ["linkedin", "google"], "name": ["Ana López", "Ana Lopez"],
...                        "email": ["ana@example.org", "ana@example.org"]})
>>> merge_people(people)["person_id"].nunique()
1
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from realnet_kit.importers._linkage_keys import describe, fold
from realnet_kit.importers._linkage_score import Pair, blocks, score
from realnet_kit.importers._linkage_weights import (
    AUTO_JOIN_PROBABILITY,
    MAX_REVIEW_PAIRS,
    REVIEW_PROBABILITY,
)

__all__ = ["fold", "merge_people", "review_pairs"]

#: How each agreeing comparison is said in a join's reason.
_SAID = {
    "email": "same email",
    "profile": "same profile link",
    "mention": "one names the other",
    "username": "same username",
    "words": "same words in bio or messages",
    "company": "same company",
    "place": "same place",
    "conversation": "both write with you",
    "you follow": "you follow both",
    "you follow one": "you follow one of them",
    "writes with you": "one of them writes with you",
}
_NAME_SAID = {
    "same": "same name",
    "close": "close name",
    "first name only": "same first name",
    "family name only": "same family name",
}


def _decisions(decisions: pd.DataFrame | None) -> dict[frozenset, str]:
    if decisions is None or len(decisions) == 0:
        return {}
    out = {}
    for a, b, d in zip(
        decisions["contact_a"], decisions["contact_b"], decisions["decision"], strict=True
    ):
        out[frozenset((str(a), str(b)))] = str(d).strip().lower()
    return out


class _Groups:
    """Union-find over row positions, remembering why rows were joined."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.reasons: dict[int, list[str]] = defaultdict(list)

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def join(self, a: int, b: int, reason: str, ids: list[str]) -> None:
        self.reasons[a].append(f"{reason} as {ids[b]}")
        self.reasons[b].append(f"{reason} as {ids[a]}")
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _reason(pair: Pair) -> str:
    """The evidence of a pair in words, strongest first: 'same email and same name'."""
    said = []
    for comparison, weight in sorted(pair.weights.items(), key=lambda kv: -kv[1]):
        if weight <= 0:
            continue
        level = pair.levels[comparison]
        if comparison == "name":
            said.append(_NAME_SAID.get(level, ""))
        elif comparison == "username and name":
            said.append(f"username '{pair.detail['username and name']}' spells the {level}")
        elif comparison == "username":
            detail = pair.detail.get("username")
            said.append(f"same username '{detail}'" if detail else "username spelled alike")
        else:
            said.append(_SAID.get(comparison, comparison))
    said = [s for s in said if s]
    if not said:
        return "little in common"
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]


def _link(
    contacts: pd.DataFrame, decisions: pd.DataFrame | None, interactions: pd.DataFrame | None
):
    if "contact_id" not in contacts.columns:
        raise ValueError(
            "merge_people needs a contacts frame with a contact_id column, as load_export "
            f"returns; the frame given has {list(contacts.columns)}."
        )
    contacts = contacts.reset_index(drop=True)
    ids = contacts["contact_id"].astype(str).tolist()
    answers = _decisions(decisions)
    position = {cid: k for k, cid in enumerate(ids)}
    accounts = describe(contacts, interactions)
    candidates = blocks(accounts)
    excluded = set()
    for pair, verdict in answers.items():
        if verdict == "different" and len(pair) == 2 and all(p in position for p in pair):
            a, b = sorted(position[p] for p in pair)
            excluded.add((a, b))
    pairs = score(accounts, candidates, excluded)
    return contacts, ids, answers, position, pairs


def _group(ids, answers, position, pairs) -> _Groups:
    groups = _Groups(len(ids))
    for pair in sorted(pairs, key=lambda p: -p.probability):
        if pair.probability >= AUTO_JOIN_PROBABILITY:
            verdict = answers.get(frozenset((ids[pair.i], ids[pair.j])))
            if verdict != "different":
                groups.join(pair.i, pair.j, _reason(pair), ids)
    for pair, verdict in answers.items():
        if verdict == "same" and len(pair) == 2 and all(p in position for p in pair):
            a, b = sorted(position[p] for p in pair)
            if groups.find(a) != groups.find(b):
                groups.join(a, b, "you confirmed: same person", ids)
    return groups


def merge_people(
    contacts: pd.DataFrame,
    decisions: pd.DataFrame | None = None,
    interactions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Give each person one ``person_id`` across their accounts, saying why rows joined.

    Parameters
    ----------
    contacts
        A frame from :func:`realnet_kit.load_export` (any number of platforms).
    decisions
        The participant's answers on review pairs: ``contact_a``, ``contact_b``,
        ``decision`` (``"same"`` or ``"different"``), as ``Workbook.match_decisions()``
        returns them. ``"same"`` joins the pair; ``"different"`` keeps it apart.
    interactions
        Optional, a frame from :func:`realnet_kit.load_interactions` for the same
        export: who writes with you, and accounts named in their messages, count as
        evidence too.

    Returns
    -------
    pandas.DataFrame
        The same rows in the same order plus ``person_id`` (the smallest ``contact_id``
        of the person's rows, prefixed ``person:``) and ``match_reason`` (empty for a
        person seen on one account only).

    Examples
    --------
    >>> frame = pd.DataFrame({"contact_id": ["instagram:kai_t", "mastodon:kai_t@social.example"],
    ...                       "platform": ["instagram", "mastodon"],
    ...                       "handle": ["kai_t", "kai_t@social.example"]})
    >>> merge_people(frame)["match_reason"].iloc[0]
    "same username 'kai_t' as mastodon:kai_t@social.example"
    """
    contacts, ids, answers, position, pairs = _link(contacts, decisions, interactions)
    groups = _group(ids, answers, position, pairs)
    roots = [groups.find(k) for k in range(len(ids))]
    smallest: dict[int, str] = {}
    for root, cid in zip(roots, ids, strict=True):
        smallest[root] = min(smallest.get(root, cid), cid)
    result = contacts.copy()
    result["person_id"] = pd.array([f"person:{smallest[r]}" for r in roots], dtype="string")
    result["match_reason"] = pd.array(
        [
            "; ".join(dict.fromkeys(groups.reasons[k])) if k in groups.reasons else ""
            for k in range(len(ids))
        ],
        dtype="string",
    )
    return result


def review_pairs(
    contacts: pd.DataFrame,
    decisions: pd.DataFrame | None = None,
    interactions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Pairs that may be one person but lack proof: for the participant to decide.

    Only pairs whose probability of being one person lies between
    :data:`REVIEW_PROBABILITY` and :data:`AUTO_JOIN_PROBABILITY` are offered, most
    probable first, at most :data:`MAX_REVIEW_PAIRS`; pairs already decided, and pairs
    whose accounts are already one person, are left out.

    Returns
    -------
    pandas.DataFrame
        ``contact_a``, ``contact_b``, ``name_a``, ``name_b``, ``platform_a``,
        ``platform_b``, ``score`` (how alike the names are, 0-100), ``reason`` (the
        evidence in words), and ``probability`` (0-1, that the two are one person).
    """
    from rapidfuzz import fuzz

    contacts, ids, answers, position, pairs = _link(contacts, decisions, interactions)
    groups = _group(ids, answers, position, pairs)
    names = contacts["name"].tolist() if "name" in contacts.columns else [pd.NA] * len(ids)
    platforms = (
        contacts["platform"].tolist() if "platform" in contacts.columns else [pd.NA] * len(ids)
    )
    rows = []
    offered: set[tuple[int, int]] = set()
    for pair in sorted(pairs, key=lambda p: (-p.probability, -p.weight, p.i, p.j)):
        if not REVIEW_PROBABILITY <= pair.probability < AUTO_JOIN_PROBABILITY:
            continue
        if frozenset((ids[pair.i], ids[pair.j])) in answers:
            continue
        ra, rb = groups.find(pair.i), groups.find(pair.j)
        if ra == rb or (min(ra, rb), max(ra, rb)) in offered:
            continue
        offered.add((min(ra, rb), max(ra, rb)))
        a, b = names[pair.i], names[pair.j]
        similar = (
            fuzz.token_sort_ratio(fold(a), fold(b))
            if isinstance(a, str) and isinstance(b, str)
            else 0
        )
        rows.append(
            (
                ids[pair.i],
                ids[pair.j],
                a,
                b,
                platforms[pair.i],
                platforms[pair.j],
                round(similar),
                _reason(pair),
                round(pair.probability, 3),
            )
        )
        if len(rows) >= MAX_REVIEW_PAIRS:
            break
    columns = [
        "contact_a",
        "contact_b",
        "name_a",
        "name_b",
        "platform_a",
        "platform_b",
        "score",
        "reason",
        "probability",
    ]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.astype(
        {c: "string" for c in columns[:6]}
        | {"score": "Int64", "reason": "string", "probability": "float64"}
    )
