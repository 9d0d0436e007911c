"""One person, several accounts: join a contact's rows across platforms, conservatively.

Two rows are the same person when they share an email address, a profile link, or a
handle on two platforms, or when their names are close *and* they share a company or a
city. Two people with the same common name and nothing else in common are never joined:
such pairs go to :func:`review_pairs`, for the participant to confirm or reject, and the
answers (kept by :meth:`realnet_kit.Workbook.save_match_decision`) are honoured.

>>> import pandas as pd
>>> people = pd.DataFrame({"contact_id": ["linkedin:ana-l", "google:ana@example.org"],
...                        "platform": ["linkedin", "google"], "name": ["Ana López", "Ana Lopez"],
...                        "email": ["ana@example.org", "ana@example.org"]})
>>> merge_people(people)["person_id"].nunique()
1
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

import numpy as np
import pandas as pd

#: Names at least this similar (rapidfuzz token_sort_ratio, 0-100, after folding
#: accents and case) count as "close"; close names also need a shared company or city.
NAME_MATCH_SCORE = 92
#: Names this similar but without a shared company or city go to the review list.
NAME_REVIEW_SCORE = 88
#: Below this name similarity, two accounts sharing a handle go to review instead.
NAME_CLASH_SCORE = 60
#: Handles shorter than this are too common to join two platforms' accounts.
MIN_HANDLE_LENGTH = 4
#: A name token shared by more rows than this is too common to compare them all by.
MAX_BLOCK = 400

#: Letters that carry no accent mark to drop but are written plainly in ASCII names.
_LETTERS = str.maketrans(
    {"ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ı": "i"}
)
_LEGAL = re.compile(r"\b(gmbh|ltd|limited|inc|llc|ag|sa|sarl|bv|co|company|corp|plc|ug)\b")


def fold(text: object) -> str:
    """Lowercase, accents dropped, punctuation to spaces: for comparing names.

    >>> fold("  Zoë  Ødegård-Smith ")
    'zoe odegard smith'
    """
    if not isinstance(text, str):
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def _url(text: object) -> str:
    if not isinstance(text, str) or not text.strip():
        return ""
    url = re.sub(r"^https?://(www\.|m\.|mobile\.)?", "", text.strip().lower()).rstrip("/")
    return url.replace("twitter.com/", "x.com/").replace("/_u/", "/")


def _profile_keys(urls: pd.Series) -> pd.Series:
    """Comparable profile links; only links whose ends repeat are normalised (fast)."""
    ends = urls.str.lower().str.rstrip("/").str[-16:]
    maybe = (ends.duplicated(keep=False) & ends.notna()).to_numpy()
    keys = pd.Series(pd.NA, index=urls.index, dtype="object")
    if maybe.any():
        keys[maybe] = [_url(u) or pd.NA for u in urls[maybe].tolist()]
    return keys


def _column(contacts: pd.DataFrame, *names: str) -> pd.Series:
    for name in names:
        if name in contacts.columns:
            return contacts[name].astype("string")
    return pd.Series(pd.NA, index=contacts.index, dtype="string")


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


def _decisions(decisions: pd.DataFrame | None) -> dict[frozenset, str]:
    if decisions is None or len(decisions) == 0:
        return {}
    out = {}
    for a, b, d in zip(
        decisions["contact_a"], decisions["contact_b"], decisions["decision"], strict=True
    ):
        out[frozenset((str(a), str(b)))] = str(d).strip().lower()
    return out


def _key_pairs(keys: pd.Series, platforms: np.ndarray, cross_platform: bool):
    """(row, first row with the same key) for every repeated, non-empty key."""
    codes, _ = pd.factorize(keys, use_na_sentinel=True)
    present = np.flatnonzero(codes >= 0)
    if not len(present):
        return
    _, first_index = np.unique(codes[present], return_index=True)
    first = np.full(codes.max() + 1, -1)
    first[codes[present][first_index]] = present[first_index]
    for pos in present:
        head = first[codes[pos]]
        if head != pos and (not cross_platform or platforms[head] != platforms[pos]):
            yield int(pos), int(head)


def _similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(a, b)


def _name_pairs(names: list[str]):
    """(i, j, score) of rows whose folded names score at least NAME_REVIEW_SCORE."""
    from rapidfuzz import fuzz, process

    blocks: dict[str, list[int]] = defaultdict(list)
    for pos, name in enumerate(names):
        for token in set(name.split()):
            if len(token) >= 2:
                blocks[token].append(pos)
    seen: set[tuple[int, int]] = set()
    for rows in blocks.values():
        if len(rows) < 2 or len(rows) > MAX_BLOCK:
            continue
        block = [names[r] for r in rows]
        scores = process.cdist(
            block,
            block,
            scorer=fuzz.token_sort_ratio,
            score_cutoff=NAME_REVIEW_SCORE,
            dtype=np.uint8,
        )
        for a, b in zip(*np.nonzero(np.triu(scores, k=1)), strict=True):
            pair = (rows[a], rows[b])
            if pair not in seen:
                seen.add(pair)
                yield rows[a], rows[b], int(scores[a, b])


def _evidence(contacts: pd.DataFrame):
    """Every candidate pair: (i, j, reason, certain, score)."""
    platforms = _column(contacts, "platform").fillna("").to_numpy(dtype=object)
    email = _column(contacts, "email").str.strip().str.lower().replace("", pd.NA)
    for i, j in _key_pairs(email, platforms, False):
        yield i, j, "same email", True, 100
    url = _profile_keys(_column(contacts, "profile_url"))
    for i, j in _key_pairs(url, platforms, False):
        yield i, j, "same profile link", True, 100
    handle = _column(contacts, "handle").str.lower().str.lstrip("@").str.split("@").str[0]
    handle = handle.where(handle.str.len() >= MIN_HANDLE_LENGTH)
    names = [fold(n) if n else "" for n in _column(contacts, "name").fillna("").tolist()]
    for i, j in _key_pairs(handle, platforms, True):
        clash = names[i] and names[j] and _similarity(names[i], names[j]) < NAME_CLASH_SCORE
        if clash:  # one handle, two clearly different names: maybe two people
            yield i, j, f"same handle '{handle.iloc[i]}', different names", False, 0
        else:
            yield i, j, f"same handle '{handle.iloc[i]}'", True, 100
    company = [
        _LEGAL.sub("", fold(c)).strip() if c else ""
        for c in _column(contacts, "company").fillna("").tolist()
    ]
    city = [fold(c) if c else "" for c in _column(contacts, "city", "location").fillna("").tolist()]
    for i, j, score in _name_pairs(names):
        if platforms[i] == platforms[j] and platforms[i] not in ("google", "vcard", "csv"):
            continue  # two accounts on one platform are two accounts
        two_words = len(names[i].split()) >= 2 and len(names[j].split()) >= 2
        shared = (
            "same company"
            if company[i] and company[i] == company[j]
            else "same city"
            if city[i] and city[i] == city[j]
            else ""
        )
        if shared and two_words and score >= NAME_MATCH_SCORE:
            yield i, j, f"close name and {shared}", True, score
        else:
            why = f"similar name, {shared}" if shared else "similar name, nothing else in common"
            yield i, j, why, False, score


def merge_people(contacts: pd.DataFrame, decisions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Give each person one ``person_id`` across their accounts, saying why rows joined.

    Parameters
    ----------
    contacts
        A frame from :func:`realnet_kit.load_export` (any number of platforms).
    decisions
        The participant's answers on review pairs: ``contact_a``, ``contact_b``,
        ``decision`` (``"same"`` or ``"different"``), as ``Workbook.match_decisions()``
        returns them. ``"same"`` joins the pair; ``"different"`` keeps it apart.

    Returns
    -------
    pandas.DataFrame
        The same rows in the same order plus ``person_id`` (the smallest ``contact_id``
        of the person's rows, prefixed ``person:``) and ``match_reason`` (empty for a
        person seen on one account only).
    """
    if "contact_id" not in contacts.columns:
        raise ValueError(
            "merge_people needs a contacts frame with a contact_id column, as load_export returns."
        )
    contacts = contacts.reset_index(drop=True)
    ids = contacts["contact_id"].astype(str).tolist()
    answers = _decisions(decisions)
    groups = _Groups(len(contacts))
    position = {cid: k for k, cid in enumerate(ids)}
    for i, j, reason, certain, _ in _evidence(contacts):
        verdict = answers.get(frozenset((ids[i], ids[j])))
        if verdict == "different" or (not certain and verdict != "same"):
            continue
        groups.join(i, j, reason if certain else "you confirmed: same person", ids)
    for pair, verdict in answers.items():
        if verdict == "same" and len(pair) == 2 and all(p in position for p in pair):
            a, b = sorted(position[p] for p in pair)
            if groups.find(a) != groups.find(b):
                groups.join(a, b, "you confirmed: same person", ids)
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


def review_pairs(contacts: pd.DataFrame, decisions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Pairs that may be one person but lack proof: for the participant to decide.

    Pairs already decided, and pairs already joined by firm evidence, are left out.

    Returns
    -------
    pandas.DataFrame
        ``contact_a``, ``contact_b``, ``name_a``, ``name_b``, ``platform_a``,
        ``platform_b``, ``score`` (name similarity 0-100) and ``reason``, most similar
        first.
    """
    contacts = contacts.reset_index(drop=True)
    merged = merge_people(contacts, decisions)["person_id"].tolist()
    answers = _decisions(decisions)
    ids = contacts["contact_id"].astype(str).tolist()
    names = _column(contacts, "name").tolist()
    platforms = _column(contacts, "platform").tolist()
    rows = []
    for i, j, reason, certain, score in _evidence(contacts):
        if certain or merged[i] == merged[j] or frozenset((ids[i], ids[j])) in answers:
            continue
        rows.append((ids[i], ids[j], names[i], names[j], platforms[i], platforms[j], score, reason))
    columns = [
        "contact_a",
        "contact_b",
        "name_a",
        "name_b",
        "platform_a",
        "platform_b",
        "score",
        "reason",
    ]
    frame = pd.DataFrame(rows, columns=columns)
    frame = frame.astype({c: "string" for c in columns if c != "score"} | {"score": "Int64"})
    return frame.sort_values("score", ascending=False, kind="stable").reset_index(drop=True)
