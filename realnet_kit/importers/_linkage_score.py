"""Candidate pairs, their comparison levels, and their match probabilities.

1. *Blocking*: accounts are grouped by keys (an email, a profile link, a username, the
   letters of a username or of a name written as usernames are: ``chloefournier``,
   ``cfournier``, ``chloef``; a first name for accounts known only by a username), and
   only accounts sharing a key are compared: never all pairs.
2. *Comparison*: each candidate pair gets one level per comparison of
   :data:`~._linkage_weights.M_PROBABILITIES`.
3. *Weights*: ``u`` of each level is measured on the export (see
   :mod:`._linkage_weights`), each level adds ``log2(m / u)`` bits.
4. *Competition*: a person has one account per platform, so the candidates of one
   account on one platform share its probability of having a match there.
"""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from realnet_kit.importers._linkage_keys import Account, letters, username_parts
from realnet_kit.importers._linkage_weights import (
    BEHAVIOUR_COMPARISONS,
    BEHAVIOUR_MAX_SHARE,
    BEHAVIOUR_MIN_ACCOUNTS,
    EM_ROUNDS,
    EXACT_AMONG_ALIKE,
    EXACT_AMONG_NAMESAKES,
    EXPECTED_OVERLAP,
    M_PROBABILITIES,
    M_PSEUDO,
    MAX_BLOCK,
    MAX_SHARED_TEXT,
    MIN_U,
    NAME_ALONE_PROBABILITY,
    NAME_CLUMPING_PSEUDO,
    NAME_COMPARISONS,
    NAMES_DIFFER_PROBABILITY,
    NAMESAKE_PSEUDO,
    NAMESAKE_USERNAME_U,
    ONE_SIDED,
    OVERLAP_PSEUDO,
    SPELLED_USERNAME_SHARE,
    U_DEFAULTS,
    U_PSEUDO_PAIRS,
)

#: Platforms whose files may hold one person twice (address books).
ADDRESS_BOOKS = frozenset({"google", "vcard", "csv"})


@dataclass
class Pair:
    """A candidate pair and what its comparison found."""

    i: int
    j: int
    levels: dict[str, str] = field(default_factory=dict)
    detail: dict[str, str] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)
    weight: float = 0.0
    probability: float = 0.0
    name_score: int = 0


# --- blocking -----------------------------------------------------------------------------


def _name_keys(tokens: tuple[str, ...]) -> set[str]:
    if len(tokens) < 2:
        return set()
    g, f = tokens[0], tokens[-1]
    keys = {g + f, f + g}
    if len(f) >= 2:
        keys |= {g[0] + f, f + g[0]}
    if len(g) >= 2:
        keys.add(g + f[0])
    return {k for k in keys if len(k) >= 4}


def _two_accounts(a: Account, b: Account) -> bool:
    """Whether two rows may be one person's two accounts: on two platforms, or both in
    address books (which may hold one person twice). Two accounts on one social platform
    are two accounts."""
    return a.platform != b.platform or a.platform in ADDRESS_BOOKS


def blocks(accounts: list[Account]) -> set[tuple[int, int]]:
    """Candidate pairs ``(i, j)``, ``i < j``: accounts that share a blocking key."""
    exact: dict[str, list[int]] = defaultdict(list)
    loose: dict[str, list[int]] = defaultdict(list)
    first: dict[str, list[int]] = defaultdict(list)
    nameless: set[int] = set()
    for k, acc in enumerate(accounts):
        for email in acc.emails:
            exact["e:" + email].append(k)
        if acc.profile:
            exact["p:" + acc.profile].append(k)
        for user in acc.usernames:
            exact["u:" + user].append(k)
            stem = letters(user)
            if len(stem) >= 4:
                loose[stem].append(k)
        full = [n for n in acc.names if len(n) >= 2]
        for tokens in acc.names:
            for key in _name_keys(tokens):
                loose[key].append(k)
            if len(tokens[0]) >= 2:
                first[tokens[0]].append(k)
        if not full:
            nameless.add(k)
            for user in acc.usernames:
                for part in {*username_parts(user), letters(user)}:
                    if len(part) >= 3:
                        first[part].append(k)
    pairs: set[tuple[int, int]] = set()

    def add(rows: list[int], cross_only: bool, need_nameless: bool = False) -> None:
        rows = sorted(set(rows))
        for x in range(len(rows)):
            a = rows[x]
            for b in rows[x + 1 :]:
                if cross_only and not _two_accounts(accounts[a], accounts[b]):
                    continue
                if need_nameless and a not in nameless and b not in nameless:
                    continue
                pairs.add((a, b))

    for key, rows in exact.items():
        if len(rows) > 1 and (key[0] != "u" or len(rows) <= MAX_BLOCK):
            add(rows, cross_only=key[0] == "u")
    for rows in loose.values():
        if 1 < len(rows) <= MAX_BLOCK:
            add(rows, cross_only=True)
    for rows in first.values():
        if 1 < len(rows) <= MAX_BLOCK * 4 and any(r in nameless for r in rows):
            add(rows, cross_only=True, need_nameless=True)
    # accounts that wrote the same uncommon text (a bio, a message to you)
    wrote: dict[str, list[int]] = defaultdict(list)
    for k, acc in enumerate(accounts):
        for text in acc.texts:
            wrote[text].append(k)
    for rows in wrote.values():
        if 1 < len(rows) <= MAX_SHARED_TEXT:
            add(rows, cross_only=True)
    # accounts that name another account (bio, messages)
    index: dict[str, list[int]] = defaultdict(list)
    for k, acc in enumerate(accounts):
        for user in acc.usernames:
            index["u:" + user].append(k)
        for email in acc.emails:
            index["e:" + email].append(k)
        if acc.profile:
            index["p:" + acc.profile].append(k)
    for k, acc in enumerate(accounts):
        for key in acc.said:
            targets = index.get(key, [])
            if len(targets) <= 3:
                for t in targets:
                    if t != k and _two_accounts(accounts[t], acc):
                        pairs.add((min(k, t), max(k, t)))
    return pairs


# --- comparisons --------------------------------------------------------------------------


def _close(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    ga, fa, gb, fb = a[0], a[-1], b[0], b[-1]
    if fa == fb and ga[0] == gb[0]:
        return True
    if ga == gb and fa[0] == fb[0]:
        return True
    sa, sb = set(a), set(b)
    return len(sa & sb) >= 2


def compare_names(a: Account, b: Account) -> tuple[str, tuple[str, ...]]:
    """The best level between two accounts' names, and the name it was reached with."""
    order = ("same", "close", "first name only", "family name only", "different")
    best, with_name = "different", ()
    for x in a.names:
        for y in b.names:
            if len(x) >= 2 and len(y) >= 2:
                if sorted(x) == sorted(y):
                    level = "same"
                elif _close(x, y):
                    level = "close"
                elif x[0] == y[0]:
                    level = "first name only"
                elif x[-1] == y[-1]:
                    level = "family name only"
                else:
                    level = "different"
            else:
                short, long_ = (x, y) if len(x) < len(y) else (y, x)
                if short[0] == long_[0]:
                    level = "first name only"
                elif short[0] == long_[-1]:
                    level = "family name only"
                else:
                    level = "different"
            if order.index(level) < order.index(best):
                best, with_name = level, x if len(x) >= len(y) else y
                if level == "close":
                    with_name = (*x, "|", *y)
    return best, with_name


@lru_cache(maxsize=1 << 17)
def spells(user: str, tokens: tuple[str, ...]) -> str:
    """How far a username spells a name: ``full name``, ``first name``, ``family name``.

    >>> spells("fbalogun", ("femi", "balogun")), spells("ingrid27", ("ingrid", "berg"))
    ('full name', 'first name')
    """
    stem = letters(user)
    parts = set(username_parts(user))
    g, f = tokens[0], tokens[-1]
    spelled = {g + f, f + g, g[0] + f, f + g[0], g + f[0]}
    if len(tokens) >= 2 and len(stem) >= 4 and (stem in spelled or {g, f} <= parts):
        return "full name"
    if len(g) >= 3 and (stem == g or g in parts or (stem.startswith(g) and len(g) >= 4)):
        return "first name"
    if (
        len(tokens) >= 2
        and len(f) >= 3
        and (stem == f or f in parts or (len(f) >= 5 and f in stem))
    ):
        return "family name"
    return "neither"


def name_only(stem: str, tokens: tuple[str, ...]) -> bool:
    """Whether a username's letters are nothing but a spelling of the name: the whole
    name, an initial and the other name, or one of the names alone.

    >>> name_only("noraosullivan", ("nora", "osullivan")), name_only("norareads", ("nora", "x"))
    (True, False)
    """
    g, f = tokens[0], tokens[-1]
    if len(tokens) < 2:
        return stem == g
    return stem in {g + f, f + g, g[0] + f, f + g[0], g + f[0], f[0] + g, g, f}


def compare_spelling(a: Account, b: Account) -> tuple[str, str, tuple[str, ...]]:
    """Does a username of one account spell a name of the other?"""
    order = ("full name", "first name", "family name", "neither")
    best = ("neither", "", ())
    for users, names in ((a.usernames, b.names), (b.usernames, a.names)):
        for user in users:
            for tokens in names:
                level = spells(user, tokens)
                if order.index(level) < order.index(best[0]):
                    best = (level, user, tokens)
    return best


def _both(x: bool | None, y: bool | None) -> str | None:
    if x is None or y is None:
        return None
    return "both" if x and y else "one" if x or y else "neither"


def compare(a: Account, b: Account) -> tuple[dict[str, str], dict[str, str]]:
    """Comparison levels of two accounts (absent: nothing to compare) and details."""
    levels: dict[str, str] = {}
    detail: dict[str, str] = {}
    if a.emails and b.emails:
        shared = a.emails & b.emails
        levels["email"] = "same" if shared else "different"
        if shared:
            detail["email"] = min(shared)
    if a.profile and b.profile:
        levels["profile"] = "same" if a.profile == b.profile else "different"
    keys_a = {"u:" + u for u in a.usernames} | {"e:" + e for e in a.emails} | {"p:" + a.profile}
    keys_b = {"u:" + u for u in b.usernames} | {"e:" + e for e in b.emails} | {"p:" + b.profile}
    levels["mention"] = "named" if (a.said & keys_b) or (b.said & keys_a) else "not named"
    if a.usernames and b.usernames:
        shared = a.usernames & b.usernames
        if shared:
            levels["username"] = "same"
            detail["username"] = min(shared)
        elif {letters(u) for u in a.usernames if len(letters(u)) >= 4} & {
            letters(u) for u in b.usernames
        }:
            levels["username"] = "same letters"
            detail["username"] = min(
                u for u in a.usernames if letters(u) in {letters(v) for v in b.usernames}
            )
        else:
            levels["username"] = "different"
    if a.names and b.names:
        level, tokens = compare_names(a, b)
        levels["name"] = level
        detail["name"] = " ".join(tokens)
    spelling = (a.usernames and b.names) or (b.usernames and a.names)
    if spelling and levels.get("name") not in ("same", "close"):
        # (when the names agree, a username spelling that name tells nothing more:
        # namesakes' usernames spell it as often)
        level, user, tokens = compare_spelling(a, b)
        levels["username and name"] = level
        detail["username and name"] = user
        detail["spelled"] = " ".join(tokens)
    if a.texts and b.texts:
        shared = a.texts & b.texts
        levels["words"] = "same text" if shared else "different"
        if shared:
            detail["words"] = min(shared)
    if a.company and b.company:
        levels["company"] = "same" if a.company == b.company else "different"
        detail["company"] = a.company
    if a.place and b.place:
        same = a.place == b.place or a.place in b.place.split() or b.place in a.place.split()
        levels["place"] = "same" if same else "different"
        detail["place"] = min(a.place, b.place, key=len)
    talk = _both(a.talked, b.talked)
    if talk:
        levels["conversation"] = talk
    follow = _both(a.you_follow, b.you_follow)
    if follow:
        levels["you follow"] = follow
    return levels, detail


# --- u: measured on the export ------------------------------------------------------------


class Frequencies:
    """How common names and name words are in this export (for term-frequency weights).

    Given and family names are not independent (families pass on both, communities
    share them), so the chance that two strangers share a whole name is larger than the
    product of the two words' shares. How much larger, ``clumping``, is measured on
    pairs of accounts *on one social platform*: those are two different people, so
    every full name they share is a namesake, never a duplicate.
    """

    def __init__(self, accounts: list[Account]) -> None:
        self.given: Counter[str] = Counter()
        self.family: Counter[str] = Counter()
        self.full: Counter[tuple[str, ...]] = Counter()
        self.given_initials: Counter[str] = Counter()
        self.family_initials: Counter[str] = Counter()
        per_platform: dict[str, Counter] = defaultdict(Counter)
        namesakes: dict[tuple, list[frozenset]] = defaultdict(list)
        self.values: dict[str, Counter] = {"place": Counter(), "company": Counter()}
        for acc in accounts:
            if acc.place:
                self.values["place"][acc.place] += 1
            if acc.company:
                self.values["company"][acc.company] += 1
        self.texts: Counter[str] = Counter()
        self.with_texts = 0
        texts_on: dict[str, Counter] = defaultdict(Counter)
        writers_on: Counter[str] = Counter()
        for acc in accounts:
            self.texts.update(acc.texts)
            self.with_texts += bool(acc.texts)
            if acc.texts and acc.platform not in ADDRESS_BOOKS:
                texts_on[acc.platform].update(acc.texts)
                writers_on[acc.platform] += 1
        # Two accounts on one social platform are two people: how often two of them wrote
        # the very same uncommon text (a stock phrase, a message anyone could send) is
        # how often strangers do. (Templates that many wrote weigh by their own count.)
        shared = sum(
            c * (c - 1) / 2
            for texts in texts_on.values()
            for text, c in texts.items()
            if self.texts[text] <= MAX_SHARED_TEXT
        )
        pairs_with_texts = sum(n * (n - 1) / 2 for n in writers_on.values())
        default = U_DEFAULTS["words"]["same text"]
        self.text_collisions = (shared + default * U_PSEUDO_PAIRS) / (
            pairs_with_texts + U_PSEUDO_PAIRS
        )
        self.stems: Counter[str] = Counter()
        self.with_usernames = 0
        for acc in accounts:
            stems = {letters(u) for u in acc.usernames}
            self.stems.update(stems)
            self.with_usernames += bool(stems)
        self.named = 0
        for acc in accounts:
            if not acc.names:
                continue
            self.named += 1
            tokens = acc.names[0]
            self.given[tokens[0]] += 1
            self.given_initials[tokens[0][0]] += 1
            if len(tokens) >= 2:
                self.family[tokens[-1]] += 1
                self.family_initials[tokens[-1][0]] += 1
                key = tuple(sorted(tokens))
                self.full[key] += 1
                if acc.platform not in ADDRESS_BOOKS:
                    per_platform[acc.platform][key] += 1
                    stems = frozenset(letters(u) for u in acc.usernames)
                    if stems:
                        namesakes[(acc.platform, key)].append(stems)
        self.clumping = 1.0
        if self.named:
            g2 = sum((n / self.named) ** 2 for n in self.given.values())
            f2 = sum((n / self.named) ** 2 for n in self.family.values())
            seen = expected = 0.0
            for names in per_platform.values():
                n = sum(names.values())
                seen += sum(c * (c - 1) / 2 for c in names.values())
                expected += n * (n - 1) / 2 * g2 * f2
            pseudo = NAME_CLUMPING_PSEUDO
            self.clumping = max(1.0, (seen + pseudo) / (expected + pseudo))
        # namesakes on one platform (strangers): how often their usernames share letters
        alike = pairs = 0
        for group in namesakes.values():
            for x in range(len(group)):
                for y in range(x + 1, len(group)):
                    pairs += 1
                    alike += bool(group[x] & group[y])
        prior = NAMESAKE_USERNAME_U["same letters"]
        self.namesakes_alike = (alike + prior * NAMESAKE_PSEUDO) / (pairs + NAMESAKE_PSEUDO)

    def share(self, counter: Counter, key: object, default: float) -> float:
        """Share of named accounts with ``key``, shrunk towards ``default`` when few."""
        return (counter.get(key, 0) + U_PSEUDO_PAIRS * default / 100) / (
            self.named + U_PSEUDO_PAIRS / 100
        )

    def given_u(self, word: str) -> float:
        return self.share(self.given, word, U_DEFAULTS["given name share"])

    def family_u(self, word: str) -> float:
        return self.share(self.family, word, U_DEFAULTS["family name share"])

    def close_u(self, detail: str) -> float:
        """u of two strangers' names agreeing in one word and the other's initial."""
        x, y = (tuple(side.split()) for side in detail.split(" | "))
        if x[0] == y[0]:
            word, initial = self.given_u(x[0]), self.initial_u(self.family_initials, x[-1][0])
        elif x[-1] == y[-1]:
            word, initial = self.family_u(x[-1]), self.initial_u(self.given_initials, x[0][0])
        else:
            return max(self.name_u(x), self.name_u(y))
        return max(self.clumping * word * initial, MIN_U)

    def text_u(self, text: str) -> float:
        """u of two strangers having written this very text: the more accounts wrote
        it (a greeting, a template), the less it says."""
        others = max(self.texts.get(text, 0) - 2, 0)
        default = U_DEFAULTS["words"]["same text"]
        share = (others + U_PSEUDO_PAIRS / 100 * default) / (self.with_texts + U_PSEUDO_PAIRS / 100)
        return max(share, self.text_collisions, MIN_U)

    def value_u(self, comparison: str, value: str) -> float:
        """u of two strangers sharing this place or company: its share in the export."""
        counter = self.values[comparison]
        total = sum(counter.values())
        default = U_DEFAULTS[comparison]["same"]
        share = (counter.get(value, 0) + U_PSEUDO_PAIRS / 100 * default) / (
            total + U_PSEUDO_PAIRS / 100
        )
        return max(share, MIN_U)

    def username_u(self, user: str, level: str) -> float:
        """u of two strangers' usernames agreeing: as often as other accounts' usernames
        have these letters; exactly, with every digit too, ten times rarer per digit."""
        stem = letters(user)
        others = max(self.stems.get(stem, 0) - 2, 0)
        default = U_DEFAULTS["username"]["same letters"]
        share = (others + U_PSEUDO_PAIRS / 100 * default) / (
            self.with_usernames + U_PSEUDO_PAIRS / 100
        )
        # a username made of a name is as common as the names that spell it
        spelled = self.spelled_u(stem)
        if spelled:
            share = max(share, spelled * SPELLED_USERNAME_SHARE)
        if level == "same":
            digits = sum(c.isdigit() for c in user)
            share *= EXACT_AMONG_ALIKE * 10.0 ** -min(digits, 6)
        return max(share, MIN_U)

    def other_name_in(self, stem: str, tokens: tuple[str, ...]) -> bool:
        """Whether a username spelling one word of a name holds another name's word too
        (``nukusopimesati`` for Nukuso Mazitizi): then it is someone else's username."""
        for word in tokens:
            if word and stem.startswith(word):
                rest = stem[len(word) :]
            elif word and stem.endswith(word):
                rest = stem[: -len(word)]
            else:
                continue
            if len(rest) >= 3 and (rest in self.family or rest in self.given):
                return rest not in tokens
        return False

    def spelled_u(self, stem: str) -> float | None:
        """Share of strangers whose name spells this username's letters: ``ingrid``
        (a first name), ``cfournier`` (an initial and a family name), ``chloefournier``
        (both names), each as common as the names it can be made of."""
        if len(stem) < 2:
            return None
        best = 0.0
        if stem in self.given:
            best = max(best, self.given_u(stem))
        if stem in self.family:
            best = max(best, self.family_u(stem))
        for cut in range(1, len(stem)):
            head, tail = stem[:cut], stem[cut:]
            for g, f in ((head, tail), (tail, head)):
                if len(g) == 1 and f in self.family:
                    share = self.initial_u(self.given_initials, g) * self.family_u(f)
                elif len(f) == 1 and g in self.given:
                    share = self.given_u(g) * self.initial_u(self.family_initials, f)
                elif g in self.given and f in self.family:
                    share = self.given_u(g) * self.family_u(f)
                else:
                    continue
                best = max(best, min(self.clumping * share, 1.0))
        return best or None

    def initial_u(self, counter: Counter, letter: str) -> float:
        total = sum(counter.values())
        return (counter.get(letter, 0) + 1) / (total + 26)

    def name_u(self, tokens: tuple[str, ...]) -> float:
        """u of two strangers having this very name: the rarer, the smaller."""
        g = self.given_u(tokens[0])
        if len(tokens) < 2:
            return g
        f = self.family_u(tokens[-1])
        return max(self.clumping * g * f, MIN_U)


def _platform_sizes(accounts: list[Account]) -> Counter[str]:
    return Counter(acc.platform for acc in accounts)


def measure_u(
    accounts: list[Account], pairs: list[Pair], seed: int = 0
) -> dict[str, dict[str, float]]:
    """u of every level: its share among pairs of accounts on two platforms.

    Counted on a random sample of pairs (nearly all strangers; the candidate pairs are
    not used, they hold the true matches), each share shrunk towards
    :data:`~._linkage_weights.U_DEFAULTS` by :data:`~._linkage_weights.U_PSEUDO_PAIRS`
    imaginary pairs, so a rare agreement the sample cannot see keeps its default.
    """
    sizes = _platform_sizes(accounts)
    names = list(sizes)
    total = sum(sizes[p] * sizes[q] for x, p in enumerate(names) for q in names[x + 1 :])
    rng = random.Random(seed)
    by_platform: dict[str, list[int]] = defaultdict(list)
    for k, acc in enumerate(accounts):
        by_platform[acc.platform].append(k)
    sample_counts: dict[str, Counter] = defaultdict(Counter)
    samples = 0
    if total:
        weights = []
        combos = []
        for x, p in enumerate(names):
            for q in names[x + 1 :]:
                combos.append((p, q))
                weights.append(sizes[p] * sizes[q])
        draws = min(10000, total)
        for _ in range(draws):
            p, q = rng.choices(combos, weights=weights)[0]
            a, b = rng.choice(by_platform[p]), rng.choice(by_platform[q])
            levels, _ = compare(accounts[a], accounts[b])
            for comparison, level in levels.items():
                sample_counts[comparison][level] += 1
            samples += 1
    block_counts: dict[str, Counter] = defaultdict(Counter)
    for pair in pairs:
        if accounts[pair.i].platform == accounts[pair.j].platform:
            continue
        for comparison, level in pair.levels.items():
            block_counts[comparison][level] += 1
    u: dict[str, dict[str, float]] = {}
    for comparison, m_levels in M_PROBABILITIES.items():
        seen = sum(sample_counts[comparison].values())
        # pairs on two platforms where this comparison has something to compare
        compared = total * seen / samples if samples else 0.0
        u[comparison] = {}
        for level in m_levels:
            default = U_DEFAULTS[comparison][level]
            if compared <= 0:
                u[comparison][level] = default
                continue
            sampled = sample_counts[comparison][level] / seen
            estimate = (sampled * seen + default * U_PSEUDO_PAIRS) / (seen + U_PSEUDO_PAIRS)
            u[comparison][level] = max(estimate, MIN_U)
    # Usernames are unique on one platform, but their letters are not: how often two
    # accounts on one platform (two people) spell theirs alike says how often strangers
    # on two platforms do, exactly or in letters.
    alike = _same_platform_letter_rate(accounts)
    u["username"]["same letters"] = max(u["username"]["same letters"], alike)
    u["username"]["same"] = max(u["username"]["same"], alike * EXACT_AMONG_ALIKE)
    return u


def _same_platform_letter_rate(accounts: list[Account]) -> float:
    stems: dict[str, Counter] = defaultdict(Counter)
    for acc in accounts:
        if acc.platform in ADDRESS_BOOKS:
            continue
        for stem in {letters(u) for u in acc.usernames if len(letters(u)) >= 4}:
            stems[acc.platform][stem] += 1
    collisions = pairs = 0.0
    for counter in stems.values():
        n = sum(counter.values())
        pairs += n * (n - 1) / 2
        collisions += sum(c * (c - 1) / 2 for c in counter.values())
    return (collisions + 1) / (pairs + 1 / MIN_U) if pairs else 0.0


# --- weights and probabilities ------------------------------------------------------------


def _namesake_u(level: str, user: str, freq: Frequencies, mail: bool = False) -> float:
    """u of a shared username (or its letters) between namesakes, measured on one
    platform's namesakes (whose usernames must differ, but may share letters).

    ``mail``: one side is only an email address's local part. Mail providers are many
    and each has its own ``ben.g``, so namesakes land on the same local part as often
    as strangers spell usernames alike (:data:`EXACT_AMONG_ALIKE`), not as rarely as
    two platforms' holders of one handle (:data:`EXACT_AMONG_NAMESAKES`).
    """
    alike = freq.namesakes_alike
    if level == "same letters":
        return alike
    digits = sum(c.isdigit() for c in user)
    exact = EXACT_AMONG_ALIKE if mail else EXACT_AMONG_NAMESAKES
    return alike * exact * 10.0 ** -min(digits, 6)


#: The levels that can make two accounts one person; a candidate pair with none of them
#: is not weighed.
_IDENTIFYING = {
    "email": {"same"},
    "profile": {"same"},
    "mention": {"named"},
    "username": {"same", "same letters"},
    "name": {"same", "close"},
    "username and name": {"full name"},
    "words": {"same text"},
    "conversation": {"both"},
}


def score(
    accounts: list[Account],
    candidates: set[tuple[int, int]],
    excluded: set[tuple[int, int]] = frozenset(),
) -> list[Pair]:
    """Every candidate pair that agrees on something, with its levels, weights and
    match probability.

    A candidate that agrees on nothing that can identify a person (only a first name,
    say, which brought it in) is dropped before weighing: its probability would be nil,
    and in 10,000 accounts such pairs are the larger part of the candidates.
    """
    pairs = []
    for i, j in sorted(candidates):
        levels, detail = compare(accounts[i], accounts[j])
        if any(levels.get(c) in agree for c, agree in _IDENTIFYING.items()):
            pairs.append(Pair(i, j, levels, detail))
    u = measure_u(accounts, pairs)
    freq = Frequencies(accounts)
    rates = _behaviour_rates(accounts)
    for pair in pairs:
        _behaviour_u(pair, accounts, rates)
        for comparison, level in pair.levels.items():
            m = M_PROBABILITIES[comparison][level]
            uu = pair.detail.get("u " + comparison, u[comparison][level])
            if comparison == "name" and level == "same":
                uu = freq.name_u(tuple(pair.detail["name"].split()))
            elif comparison == "username" and level in ("same", "same letters"):
                uu = freq.username_u(pair.detail["username"], level)
            elif comparison == "words" and level == "same text":
                uu = freq.text_u(pair.detail["words"])
            elif comparison in ("place", "company") and level == "same":
                uu = freq.value_u(comparison, pair.detail[comparison])
            elif comparison == "name" and level == "close":
                uu = freq.close_u(pair.detail["name"])
            elif comparison == "name" and level == "first name only":
                uu = max(freq.given_u(pair.detail["name"].split()[0]), MIN_U)
            elif comparison == "username and name" and level != "neither":
                tokens = tuple(pair.detail["spelled"].split())
                name_level = pair.levels.get("name")
                stem = letters(pair.detail["username and name"])
                if level == "full name":  # as rare as the names that would spell it
                    uu = freq.spelled_u(stem) or freq.name_u(tokens)
                elif freq.other_name_in(stem, tokens):  # "noto.mazitizi" for Noto Kerigo
                    pair.levels[comparison] = level = "neither"
                    m = M_PROBABILITIES[comparison][level]
                    uu = u[comparison][level]
                elif level == "first name":
                    uu = freq.given_u(tokens[0])
                else:
                    uu = freq.family_u(tokens[-1])
                if name_level == "first name only" and level != "neither":
                    uu = min(1.0, uu / freq.given_u(tokens[0]))  # first name counted
                uu = max(uu, MIN_U)
            pair.weights[comparison] = math.log2(m / uu)
        _one_fact(pair, accounts, freq)
        pair.weight = sum(pair.weights.values())
    _probabilities(accounts, pairs, excluded)
    return pairs


def _behaviour_rates(accounts: list[Account]) -> dict[tuple[str, str], float]:
    """Per platform, the share of accounts you follow and the share that write with you,
    where that share tells anything (see :data:`~._linkage_weights.BEHAVIOUR_MAX_SHARE`)."""
    seen: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for acc in accounts:
        for comparison, value in (("you follow", acc.you_follow), ("conversation", acc.talked)):
            if value is not None:
                seen[(comparison, acc.platform)][0] += bool(value)
                seen[(comparison, acc.platform)][1] += 1
    return {
        key: yes / total
        for key, (yes, total) in seen.items()
        if BEHAVIOUR_MIN_ACCOUNTS <= yes <= BEHAVIOUR_MAX_SHARE * total
    }


def _behaviour_u(pair: Pair, accounts: list[Account], rates: dict) -> None:
    """u of "both / one / neither" from the two platforms' own rates (strangers follow or
    write independently).

    On a platform where you follow everyone (friends lists) or no one, or where nobody
    writes (an address book), that side says nothing: when only the other side says
    something, the pair is compared on it alone ("you follow this account on
    Instagram"), as often as strangers on that platform are followed; when neither side
    says anything the comparison is dropped.
    """
    a, b = accounts[pair.i], accounts[pair.j]
    for comparison in ("you follow", "conversation"):
        level = pair.levels.pop(comparison, None)
        values = (
            (a.you_follow, b.you_follow) if comparison == "you follow" else (a.talked, b.talked)
        )
        informative = []
        for acc, value in ((a, values[0]), (b, values[1])):
            rate = rates.get((comparison, acc.platform))
            if value is not None and rate is not None:
                informative.append((value, rate))
        if len(informative) == 2 and level is not None:
            ra, rb = informative[0][1], informative[1][1]
            share = {
                "both": ra * rb,
                "one": ra * (1 - rb) + (1 - ra) * rb,
                "neither": (1 - ra) * (1 - rb),
            }[level]
            pair.levels[comparison] = level
            pair.detail["u " + comparison] = max(share, MIN_U)
        elif len(informative) == 1:
            value, rate = informative[0]
            one = ONE_SIDED[comparison]
            pair.levels[one] = "yes" if value else "no"
            pair.detail["u " + one] = max(rate if value else 1 - rate, MIN_U)


def _one_fact(pair: Pair, accounts: list[Account], freq: Frequencies) -> None:
    """A shared username that spells the account's name counts once, not twice.

    When the usernames agree (exactly or in letters) and their letters are nothing but
    a spelling of a name of either account (whole, or its first or family name, see
    :func:`name_only`), the username and the names are one fact: if the names were compared too, the
    username adds only what it adds among namesakes (whose usernames spell the same
    name, as measured on one platform's namesakes); if a username was
    compared with the other's name, the larger of the two weights is kept.
    """
    level = pair.levels.get("username")
    if level not in ("same", "same letters"):
        return
    a, b = accounts[pair.i], accounts[pair.j]
    stems = {letters(u) for u in a.usernames} & {letters(u) for u in b.usernames}
    names = a.names + b.names
    if not any(name_only(stem, tokens) for stem in stems for tokens in names):
        return  # (``nora_reads``, ``the_gary``: more than the name, a username of its own)
    if pair.levels.get("name") in ("same", "close", "first name only", "family name only"):
        m = M_PROBABILITIES["username"][level]
        user = pair.detail["username"]
        mail = user in a.mail_names or user in b.mail_names
        pair.weights["username"] = math.log2(m / max(_namesake_u(level, user, freq, mail), MIN_U))
        if level == "same letters":  # the name spelled twice, not a second fact
            pair.detail["echoes name"] = "username"
    elif pair.levels.get("username and name", "neither") != "neither":
        # the username spells the other account's name (which says as much as a shared
        # name), and then it is the very same username (which says what it says among
        # namesakes): the two facts of the branch above, the name read from the username
        m = M_PROBABILITIES["username"][level]
        user = pair.detail["username"]
        mail = user in a.mail_names or user in b.mail_names
        pair.weights["username"] = math.log2(m / max(_namesake_u(level, user, freq, mail), MIN_U))
    elif "username and name" in pair.weights:
        best = max(pair.weights["username"], pair.weights["username and name"])
        pair.weights["username"] = best
        pair.weights["username and name"] = 0.0


def _probabilities(
    accounts: list[Account], pairs: list[Pair], excluded: set[tuple[int, int]]
) -> None:
    """Expectation-maximisation of the ``m`` probabilities and the platforms' overlap.

    Each round gives every candidate pair its probability (prior odds times the
    likelihood ratio, then competition on each platform); the next round's ``m`` of each
    level is the probability-weighted share of pairs at that level, shrunk towards
    :data:`~._linkage_weights.M_PROBABILITIES` by :data:`~._linkage_weights.M_PSEUDO`
    imaginary matches, and each pair of platforms' overlap is the expected number of
    matches over the shorter list. ``u`` stays as measured.
    """
    sizes = _platform_sizes(accounts)
    n = len(pairs)
    kinds = [tuple(sorted((accounts[p.i].platform, accounts[p.j].platform))) for p in pairs]
    kind_ids = {kind: k for k, kind in enumerate(dict.fromkeys(kinds))}
    kind_of = np.array([kind_ids[k] for k in kinds], dtype=np.int64)
    keep = np.array([(p.i, p.j) not in excluded for p in pairs], dtype=bool)
    comparisons = list(M_PROBABILITIES)
    level_names = {c: list(M_PROBABILITIES[c]) for c in comparisons}
    index = {c: np.full(n, -1, dtype=np.int64) for c in comparisons}
    log_u = {c: np.zeros(n) for c in comparisons}
    for k, pair in enumerate(pairs):
        for c, weight in pair.weights.items():
            if weight == 0.0 and c == "username and name":
                continue  # counted as one fact with the usernames
            level = pair.levels[c]
            index[c][k] = level_names[c].index(level)
            log_u[c][k] = math.log2(M_PROBABILITIES[c][level]) - weight
    m = {c: np.array([M_PROBABILITIES[c][lv] for lv in level_names[c]]) for c in comparisons}
    start = {c: v.copy() for c, v in m.items()}
    overlap = np.full(len(kind_ids), EXPECTED_OVERLAP)
    shorter = np.zeros(len(kind_ids))
    larger = np.zeros(len(kind_ids))
    for kind, k in kind_ids.items():
        shorter[k] = min(sizes[kind[0]], sizes[kind[1]])
        larger[k] = max(sizes[kind[0]], sizes[kind[1]])
    rival_a, rival_b, n_rivals = _rival_keys(accounts, pairs)
    probability = np.zeros(n)
    weight = np.zeros(n)
    for _ in range(EM_ROUNDS):
        weight = np.zeros(n)
        for c in comparisons:
            present = index[c] >= 0
            weight[present] += np.log2(m[c][index[c][present]]) - log_u[c][present]
        prior = np.minimum(overlap[kind_of] / np.maximum(larger[kind_of], 1), 0.5)
        odds = np.where(keep, prior / (1 - prior) * np.exp2(np.minimum(weight, 60)), 0.0)
        totals = np.bincount(rival_a, odds, n_rivals) + np.bincount(rival_b, odds, n_rivals)
        probability = np.minimum(odds / (1 + totals[rival_a]), odds / (1 + totals[rival_b]))
        found = np.bincount(kind_of, probability, len(kind_ids))
        overlap = np.minimum(
            (found + OVERLAP_PSEUDO * EXPECTED_OVERLAP) / (shorter + OVERLAP_PSEUDO), 1.0
        )
        for c in comparisons:
            present = index[c] >= 0
            mass = np.bincount(index[c][present], probability[present], len(m[c]))
            m[c] = (mass + M_PSEUDO * start[c]) / (mass.sum() + M_PSEUDO)
    for k, pair in enumerate(pairs):
        for c in pair.weights:
            if index[c][k] >= 0:
                pair.weights[c] = float(np.log2(m[c][index[c][k]]) - log_u[c][k])
        pair.weight = float(weight[k])
        pair.probability = float(probability[k])
        # a name is never enough on its own: with nothing else in common, ask
        others = [
            c
            for c, w in pair.weights.items()
            if w > 0
            and c not in NAME_COMPARISONS
            and (c not in BEHAVIOUR_COMPARISONS or pair.levels[c] == "both")
            and pair.detail.get("echoes name") != c
        ]
        if not others:
            pair.probability = min(pair.probability, NAME_ALONE_PROBABILITY)
        if pair.levels.get("name") == "different":
            pair.probability = min(pair.probability, NAMES_DIFFER_PROBABILITY)


def _rival_keys(accounts: list[Account], pairs: list[Pair]) -> tuple[np.ndarray, np.ndarray, int]:
    """For each pair, the ids of (account i, platform of j) and (account j, platform of i):
    a person has one account per platform, so candidates sharing such a key compete."""
    keys: dict[tuple[int, str], int] = {}
    a = np.zeros(len(pairs), dtype=np.int64)
    b = np.zeros(len(pairs), dtype=np.int64)
    for k, pair in enumerate(pairs):
        a[k] = keys.setdefault((pair.i, accounts[pair.j].platform), len(keys))
        b[k] = keys.setdefault((pair.j, accounts[pair.i].platform), len(keys))
    return a, b, max(len(keys), 1)
