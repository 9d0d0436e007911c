"""The reasons a flagged account is shown with: one plain sentence per fact.

Several rules often fire on the same fact: an account that follows 412 and is followed
by 9 breaks ``follows_far_more`` and ``few_followers`` at once. Each rule keeps its
name and weight in :data:`realnet_kit.audit.suspicious.SUSPICION_RULES` (and in
``suspicion_rules``), but the words are written here per *topic*, from the account's
own numbers and the rules that fired, so each fact is said once, e.g. "follows 412
accounts but only 9 follow it; has posted only 4 times and never liked a post".

Each writer gets the positions of the rows to explain and, per rule of its topic, which
of them broke it, and returns one sentence per row ("" when it has nothing to say). The
words are built with vectorised string operations, only for the rows explained.

>>> import pandas as pd
>>> from realnet_kit.audit import flag_suspicious
>>> quiet = pd.DataFrame({"followers_count": [9], "following_count": [240],
...                       "posts_count": [4], "listed_count": [0], "favourites_count": [2]})
>>> print(flag_suspicious(quiet).loc[0, "suspicion_reasons"])
follows 240 accounts but only 9 follow it; has posted only 4 times and liked only 2 posts:
it follows others and does little else, as bought followers do; nobody has added it to a
list of accounts worth reading
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from realnet_kit.audit._signals import Signals

Fired = dict[str, np.ndarray]
Writer = Callable[[Signals, np.ndarray, Fired], np.ndarray]


def _num(values: np.ndarray) -> np.ndarray:
    """Counts with thousands separators ("4,980") as an object array ("" when unknown).

    Each distinct count is formatted once: a million accounts hold few distinct counts.
    """
    values = np.asarray(values, dtype=float)
    distinct, where = np.unique(values, return_inverse=True)
    words = np.array([f"{v:,.0f}" if v == v else "" for v in distinct], dtype=object)
    return words[where.reshape(values.shape)]


def _where(condition: np.ndarray, yes, no) -> np.ndarray:
    return np.where(condition, yes, no).astype(object)


def _counted(values: np.ndarray, one: str, many: str) -> np.ndarray:
    """``one`` for 1 ("once"), else the number and ``many`` ("3 times"); 2 times: twice."""
    text = _where(values == 1, one, _num(values) + " " + many)
    return _where((values == 2) & (many == "times"), "twice", text)


def _listing(parts: list[np.ndarray]) -> np.ndarray:
    """Per row, the non-empty parts as "a, b and c"."""
    parts = [np.asarray(p, dtype=object) for p in parts]
    filled = np.array([p != "" for p in parts], dtype=int)
    later = filled[::-1].cumsum(axis=0)[::-1] - filled  # non-empty parts still to come
    out = np.full(filled.shape[1], "", dtype=object)
    for part, here, left in zip(parts, filled.astype(bool), later, strict=True):
        joint = _where(out == "", "", _where(left == 0, " and ", ", "))
        out = _where(here, out + joint + part, out)
    return out


def _any(fired: Fired, names: tuple[str, ...], n: int) -> np.ndarray:
    out = np.zeros(n, dtype=bool)
    for name in names:
        if name in fired:
            out |= fired[name]
    return out


# --- the topics --------------------------------------------------------------------------


#: The rules that compare how many an account follows with how many follow it.
COMPARING = ("follows_far_more", "follows_hundreds", "follows_more", "follows_fifty_fold",
             "spam_pattern", "silent_follower")  # fmt: skip


def follows(s: Signals, rows: np.ndarray, fired: Fired) -> np.ndarray:
    """How many it follows against how many follow it; posting to nobody, like spam."""
    following = s.count("following_count")[rows]
    followers = s.count("followers_count")[rows]
    n = len(rows)
    compares = _any(fired, COMPARING, n)
    compares &= ~np.isnan(following)
    short = _where(followers == 1, "only one account follows it", "only " + _num(followers)
                   + " follow it")  # fmt: skip
    long = _where(followers == 1, "only one account follows it", "only " + _num(followers)
                  + " accounts follow it")  # fmt: skip
    short = _where(followers == 0, "nobody follows it", short)
    long = _where(followers == 0, "nobody follows it", long)
    known = ~np.isnan(followers)
    text = _where(compares, "follows " + _num(following) + " accounts", "")
    text = _where(compares & known, text + " but " + short, text)
    few = _any(fired, ("few_followers",), n) & ~compares & known
    text = _where(few, long, text)
    spam = _any(fired, ("spam_pattern",), n) & compares
    posts = s.count("posts_count")[rows]
    text = _where(spam, "has posted " + _num(posts) + " times and " + text, text)
    return _where(spam, text + ", as spam accounts do", text)


def activity(s: Signals, rows: np.ndarray, fired: Fired) -> np.ndarray:
    """What it does itself: posts and likes; and, for the silent follower, what that means."""
    posts = s.count("posts_count")[rows]
    likes = s.count("favourites_count")[rows]
    n = len(rows)
    wrote = _where(
        _any(fired, ("few_posts",), n),
        _where(posts == 0, "never posted", "posted only " + _counted(posts, "once", "times")),
        "",
    )
    never_liked = _any(fired, ("no_likes", "no_likes_while_following"), n)
    some = _any(fired, ("follows_fifty_fold", "silent_follower"), n) & ~never_liked & (likes > 0)
    liked = _where(never_liked, "never liked a post", "")
    liked = _where(some, "liked only " + _counted(likes, "one post", "posts"), liked)
    both = (wrote == "never posted") & never_liked
    wrote = _where(both, "never posted or liked a post", wrote)
    liked = _where(both, "", liked)
    said = _listing([wrote, liked])
    text = _where(said != "", "has " + said, "")
    silent = _any(fired, ("silent_follower",), n)
    meaning = "it follows others and does little else, as bought followers do"
    return _where(silent, _where(text != "", text + ": " + meaning, meaning), text)


def lists(s: Signals, rows: np.ndarray, fired: Fired) -> np.ndarray:
    """Nobody keeps it on a list (X and Mastodon let people group accounts to read)."""
    return np.full(len(rows), "nobody has added it to a list of accounts worth reading", object)


def arrival(s: Signals, rows: np.ndarray, fired: Fired) -> np.ndarray:
    """Followed you in a burst."""
    _, sizes = s.__dict__.get("_bursts", (None, np.zeros(s.n)))
    return "followed you in the same minute as " + _num(sizes[rows] - 1) + " other accounts"


def creation(s: Signals, rows: np.ndarray, fired: Fired) -> np.ndarray:
    """When the account was made: the day it followed you, in a batch."""
    n = len(rows)
    _, sizes = s.__dict__.get("_batches", (None, np.zeros(s.n)))
    day = _where(_any(fired, ("created_when_followed",), n), "on the day it followed you", "")
    big = _any(fired, ("created_in_big_batch",), n)
    batch = _any(fired, ("created_in_batch",), n) | big
    hour = "in the same hour as " + _num(sizes[rows] - 1) + " other accounts in your export"
    hour = _where(batch, _where(big, hour + ", too many to be chance", hour), "")
    said = _where((day != "") & (hour != ""), day + ", " + hour, day + hour)
    return _where(said != "", "its account was made " + said, "")


def profile(s: Signals, rows: np.ndarray, fired: Fired) -> np.ndarray:
    """What the profile lacks."""
    n = len(rows)
    known = [c for c in ("location", "url") if s.has(c)]
    place = "no " + " or ".join({"location": "location", "url": "website"}[c] for c in known)
    parts = [
        _where(_any(fired, ("no_avatar",), n), "no picture", ""),
        _where(_any(fired, ("no_bio",), n), "no bio", ""),
        _where(_any(fired, ("no_place_or_site",), n), place, ""),
    ]
    said = _listing(parts)
    text = _where(said != "", "its profile has " + said, "")
    plain = _any(fired, ("default_profile",), n)
    look = "the look every new account starts with"
    return _where(
        plain, _where(text != "", text + ", and still " + look, "its profile still has " + look),
        text,
    )  # fmt: skip


def username(s: Signals, rows: np.ndarray, fired: Fired) -> np.ndarray:
    """A username shaped like the ones machines make up."""
    n = len(rows)
    said = _listing([
        _where(_any(fired, ("digit_handle",), n), "is mostly digits", ""),
        _where(_any(fired, ("number_tail_handle",), n), "is a name with a long number added", ""),
    ])  # fmt: skip
    handle = s.handle().to_numpy(dtype=object, na_value="")[rows]
    return "its username, " + handle + ", " + said + ", like many machine-made names"


#: Each topic, in the order the reasons are shown, with the rules whose fact it states.
TOPICS: tuple[tuple[tuple[str, ...], Writer], ...] = (
    (("follow_burst",), arrival),
    (("created_when_followed", "created_in_batch", "created_in_big_batch"), creation),
    (("spam_pattern", "follows_far_more", "follows_hundreds", "follows_more",
      "follows_fifty_fold", "silent_follower", "few_followers"), follows),
    (("few_posts", "no_likes", "no_likes_while_following", "follows_fifty_fold",
      "silent_follower"), activity),
    (("never_listed",), lists),
    (("no_avatar", "no_bio", "no_place_or_site", "default_profile"), profile),
    (("digit_handle", "number_tail_handle"), username),
)  # fmt: skip

#: Every rule some topic words: any other rule speaks with its own reason.
WORDED: frozenset[str] = frozenset(name for names, _ in TOPICS for name in names)


#: How many signals the short form of the reasons keeps (``suspicion_signals``).
STRONGEST_SIGNALS = 2


def write_reasons(
    signals: Signals, fired_rules: list[tuple], explain: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The reasons, rule names and strongest signals of the ``explain`` accounts ("" for
    the others).

    ``fired_rules`` holds ``(rule, fired, reason)`` for each rule that adds suspicion and
    fired somewhere. Reasons are one sentence per topic with a rule that fired, joined
    by "; "; a rule no topic words (one of your own) adds its own ``reason`` after them.
    Rule names are joined by "," in the order of the rules. The strongest signals are
    the :data:`STRONGEST_SIGNALS` sentences whose rules weigh most for that account (the
    weights of the topic's rules that fired, added), strongest first, joined by "; ".
    """
    fired = {rule.name: hit for rule, hit, _ in fired_rules if rule.name in WORDED}
    weight_of = {rule.name: float(rule.weight) for rule, _, _ in fired_rules}
    reasons = np.full(signals.n, "", dtype=object)
    said: list[tuple[np.ndarray, np.ndarray]] = []  # per sentence: weights, texts
    for names, writer in TOPICS:
        rows = np.flatnonzero(_any(fired, names, signals.n) & explain)
        if len(rows):
            text = writer(signals, rows, {k: fired[k][rows] for k in names if k in fired})
            text = np.asarray(text, dtype=object)
            _add(reasons, rows, text, "; ")
            weight = sum(fired[k][rows] * weight_of[k] for k in names if k in fired)
            said.append(_spread(signals.n, rows, weight, text))
    words = np.full(signals.n, "", dtype=object)
    for rule, hit, reason in fired_rules:
        rows = np.flatnonzero(hit & explain)
        if not len(rows):
            continue
        if rule.name not in WORDED:
            own = np.asarray(_own_words(rule, reason, hit, explain, rows), dtype=object)
            own = np.broadcast_to(own, rows.shape).astype(object)
            _add(reasons, rows, own, "; ")
            said.append(_spread(signals.n, rows, np.full(len(rows), weight_of[rule.name]), own))
        _add(words, rows, rule.name, ",")
    return reasons, words, _strongest(said, signals.n)


def _spread(n: int, rows: np.ndarray, weight, text) -> tuple[np.ndarray, np.ndarray]:
    """Weights and texts of ``rows`` as full-length arrays (no weight, no text elsewhere)."""
    weights = np.full(n, -np.inf)
    texts = np.full(n, "", dtype=object)
    weights[rows] = np.asarray(weight, dtype=float)
    texts[rows] = text
    weights[texts == ""] = -np.inf
    return weights, texts


def _strongest(said: list[tuple[np.ndarray, np.ndarray]], n: int) -> np.ndarray:
    """Per account, the :data:`STRONGEST_SIGNALS` heaviest sentences, strongest first (the
    earlier topic first on a tie)."""
    out = np.full(n, "", dtype=object)
    if not said:
        return out
    weights = np.vstack([w for w, _ in said])
    texts = np.vstack([t for _, t in said])
    order = np.argsort(-weights, axis=0, kind="stable")
    columns = np.arange(n)
    for rank in range(min(STRONGEST_SIGNALS, len(said))):
        pick = order[rank]
        text = texts[pick, columns]
        present = np.isfinite(weights[pick, columns])
        _add(out, np.flatnonzero(present), text[present], "; ")
    return out


def _own_words(rule, reason, hit: np.ndarray, explain: np.ndarray, rows: np.ndarray):
    """The reason a rule of your own gave: one text, a function of the rows, or a Series."""
    if isinstance(reason, str):
        return reason or RULE_SUMMARIES.get(rule.name, rule.name)
    mask = np.zeros(len(hit), dtype=bool)
    mask[rows] = True
    if callable(reason):
        return np.asarray(reason(mask), dtype=object)
    return np.asarray(reason, dtype=object)[explain[hit]]  # one reason per fired row


def _add(texts: np.ndarray, rows: np.ndarray, text, separator: str) -> None:
    """Add ``text`` to ``texts`` at ``rows``, after ``separator`` where text is there."""
    current = texts[rows]
    both = _where(current == "", text, current + separator + text)
    texts[rows] = _where(np.asarray(text, dtype=object) == "", current, both)


#: Each rule that adds suspicion in a few words, for tallies ("top reasons").
RULE_SUMMARIES: dict[str, str] = {
    "follows_far_more": "follows hundreds of accounts, ten times more than follow it",
    "few_followers": "fewer than 30 accounts follow it",
    "few_posts": "fewer than 50 posts",
    "created_when_followed": "account made the day it followed you",
    "follow_burst": "followed you in the same minute as many others",
    "follows_hundreds": "follows hundreds of accounts, three times more than follow it",
    "follows_more": "follows over 100 accounts, ten times more than follow it",
    "created_in_batch": "account made in the same hour as others here",
    "created_in_big_batch": "account made in the same hour as 10 or more others",
    "spam_pattern": "posts a lot to almost nobody, as spam accounts do",
    "silent_follower": "follows others and does little else",
    "no_bio": "no bio",
    "no_avatar": "no profile picture",
    "digit_handle": "username mostly digits",
    "no_likes": "never liked a post",
    "no_likes_while_following": "follows 100+ accounts, never liked a post",
    "follows_fifty_fold": "follows 50+ accounts per follower, hardly likes anything",
    "number_tail_handle": "username with a long number added",
    "never_listed": "on nobody's list of accounts worth reading",
    "no_place_or_site": "no location or website",
    "default_profile": "profile still looks as it did when new",
}
