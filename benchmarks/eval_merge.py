"""How well does ``merge_people`` join one person's accounts? Precision, recall, review load.

Run: ``python benchmarks/eval_merge.py [SAMPLE ...]`` (default: every sample).

For each sample business, against the ground truth kept apart from its exports
(``realnet_kit.load_ground_truth(name)["accounts"]`` maps ``contact_id`` to ``person_id``),
counted over *pairs* of accounts (every two accounts of one person are one same-person
pair):

* ``precision``: of the pairs ``merge_people`` joins (automatically, with no answers),
  the share that are one person;
* ``recall``: of the same-person pairs, the share it joins;
* ``offered``: how many pairs ``review_pairs`` asks the participant about;
* ``coverage``: the recall after a participant answers every offered pair truthfully
  (the answers are fed back through ``merge_people(contacts, decisions)``), so a short
  review list made by leaving true pairs out does not count;
* ``ceiling``: the share of same-person pairs in which both accounts hold anything to
  compare (a name, a username, an email or a profile link that is not a bare number);
  an account known only by a number (an X archive's follower ids) cannot be joined by
  any method, and this bounds recall and coverage from above;
* ``namesakes``: pairs of accounts on two platforms that carry the same full name
  (folded), counted as one person / two people; where two people outnumber one, a shared
  name cannot tell the two apart and only other evidence (a username, an email, a link)
  can;
* ``time``: seconds for ``merge_people`` plus ``review_pairs``, interactions included.

``--oracle`` adds, per sample, what *any* rule built on the same comparisons could reach:
the candidate pairs are grouped by their comparison levels (with, for a shared name, how
many accounts carry it), an oracle that reads the ground truth takes the purest groups
first, and the column is the share of same-person pairs it gets before its precision
falls under 0.98. It fits the truth in-sample, so it is an optimistic ceiling, not a
method: when it stays far under 0.8, the export does not hold the evidence.

The evaluation reads the ground truth only to score; ``merge_people`` never sees it.
"""

from __future__ import annotations

import inspect
import re
import sys
import time
from itertools import combinations

import pandas as pd

import realnet_kit as rk
from realnet_kit.importers.merge import merge_people, review_pairs


def _pairs(groups: pd.Series, ids: pd.Series) -> set[frozenset]:
    out: set[frozenset] = set()
    for members in ids.groupby(groups.to_numpy()).agg(list):
        if len(members) > 1:
            out.update(frozenset(p) for p in combinations(sorted(members), 2))
    return out


def _comparable(contacts: pd.DataFrame) -> set[str]:
    """Accounts holding anything a linkage can compare (not only a bare number)."""
    keep = set()
    for row in contacts.itertuples(index=False):
        values = [getattr(row, c, None) for c in ("name", "handle", "email")]
        url = getattr(row, "profile_url", None)
        if isinstance(url, str) and not re.search(r"user_id=\d+$", url):
            values.append(url)
        if any(isinstance(v, str) and v.strip() for v in values):
            keep.add(str(row.contact_id))
    return keep


def _namesakes(contacts: pd.DataFrame, person: pd.Series) -> tuple[int, int]:
    """Pairs of accounts on two platforms with the same full name: (one person, two)."""
    from realnet_kit.importers._linkage_keys import name_tokens

    groups: dict[tuple, list[tuple[str, object]]] = {}
    names = contacts["name"] if "name" in contacts.columns else pd.Series(pd.NA, contacts.index)
    for cid, platform, name in zip(
        contacts["contact_id"].astype(str), contacts["platform"].astype(str), names, strict=True
    ):
        tokens = name_tokens(name)
        if len(tokens) >= 2:
            groups.setdefault(tuple(sorted(tokens)), []).append((platform, person.get(cid)))
    same = other = 0
    for members in groups.values():
        for (pa, a), (pb, b) in combinations(members, 2):
            if pa != pb:
                same, other = (same + 1, other) if a == b else (same, other + 1)
    return same, other


def _call(function, contacts, decisions, interactions):
    if "interactions" in inspect.signature(function).parameters:
        return function(contacts, decisions, interactions=interactions)
    return function(contacts, decisions)


def evaluate(contacts: pd.DataFrame, truth: pd.DataFrame, interactions=None) -> dict:
    """The figures above for one contacts frame and its ``contact_id -> person_id`` truth."""
    person = truth.drop_duplicates("contact_id").set_index("contact_id")["person_id"]
    contacts = contacts[contacts["contact_id"].isin(person.index)].reset_index(drop=True)
    ids = contacts["contact_id"].astype(str)
    true = _pairs(ids.map(person), ids)
    start = time.perf_counter()
    merged = _call(merge_people, contacts, None, interactions)
    offered = _call(review_pairs, contacts, None, interactions)
    seconds = time.perf_counter() - start
    joined = _pairs(merged["person_id"], ids)
    answers = pd.DataFrame(
        {
            "contact_a": offered["contact_a"].astype(str),
            "contact_b": offered["contact_b"].astype(str),
        }
    )
    answers["decision"] = [
        "same" if person.get(a) == person.get(b) else "different"
        for a, b in zip(answers["contact_a"], answers["contact_b"], strict=True)
    ]
    answered = _pairs(_call(merge_people, contacts, answers, interactions)["person_id"], ids)
    comparable = _comparable(contacts)
    reachable = {p for p in true if p <= comparable}
    hits = len(joined & true)
    namesakes = _namesakes(contacts, person)
    return {
        "accounts": len(contacts),
        "true_pairs": len(true),
        "joined_pairs": len(joined),
        "precision": hits / len(joined) if joined else 1.0,
        "recall": hits / len(true) if true else 1.0,
        "offered": len(offered),
        "offered_true": sum(person.get(a) == person.get(b) for a, b in answers.iloc[:, :2].values),
        "coverage": len(answered & true) / len(true) if true else 1.0,
        "ceiling": len(reachable) / len(true) if true else 1.0,
        "recall_comparable": len(joined & reachable) / len(reachable) if reachable else 1.0,
        "same_name_one_person": namesakes[0],
        "same_name_two_people": namesakes[1],
        "seconds": seconds,
    }


def oracle_ceiling(contacts: pd.DataFrame, truth: pd.DataFrame, interactions=None) -> float:
    """Share of same-person pairs the purest comparison cells hold at precision 0.98."""
    from collections import defaultdict

    from realnet_kit.importers._linkage_keys import describe
    from realnet_kit.importers._linkage_score import Frequencies
    from realnet_kit.importers.merge import _link

    person = truth.drop_duplicates("contact_id").set_index("contact_id")["person_id"]
    contacts = contacts[contacts["contact_id"].isin(person.index)].reset_index(drop=True)
    ids = contacts["contact_id"].astype(str)
    true = len(_pairs(ids.map(person), ids))
    frame, ids, _, _, pairs = _link(contacts, None, interactions)
    accounts = describe(frame, interactions)
    names = Frequencies(accounts).full
    cells: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for pair in pairs:
        key = tuple(sorted(pair.levels.items()))
        key += tuple(sorted((accounts[pair.i].platform, accounts[pair.j].platform)))
        if pair.levels.get("name") == "same":
            key += (min(names.get(tuple(sorted(pair.detail["name"].split())), 0), 6),)
        cells[key][person.get(ids[pair.i]) == person.get(ids[pair.j])] += 1
    hits = wrong = best = 0
    for no, yes in sorted(cells.values(), key=lambda c: -c[1] / (c[0] + c[1])):
        hits, wrong = hits + yes, wrong + no
        if hits / (hits + wrong) >= 0.98:
            best = hits
    return best / true if true else 1.0


def evaluate_sample(name: str) -> dict:
    path = rk.sample_path(name)
    contacts = rk.load_export(path)
    interactions = rk.load_interactions(path)
    truth = rk.load_ground_truth(name)["accounts"]
    return evaluate(contacts, truth, interactions)


def main(argv: list[str]) -> None:
    oracle = "--oracle" in argv
    names = [a for a in argv if a != "--oracle"] or list(rk.list_samples())
    print(
        f"{'sample':<8} {'accounts':>8} {'pairs':>6} {'precision':>9} {'recall':>7} "
        f"{'offered':>7} {'coverage':>8} {'ceiling':>7} {'recall/ceil':>11} {'time':>7}"
    )
    for name in names:
        r = evaluate_sample(name)
        print(
            f"{name:<8} {r['accounts']:>8,} {r['true_pairs']:>6} {r['precision']:>9.3f} "
            f"{r['recall']:>7.3f} {r['offered']:>7} {r['coverage']:>8.3f} {r['ceiling']:>7.3f} "
            f"{r['recall_comparable']:>11.3f} {r['seconds']:>6.2f}s"
        )
        print(
            f"{'':<8} one name on two platforms: {r['same_name_one_person']:,} pairs are one "
            f"person, {r['same_name_two_people']:,} are two people"
        )
        if oracle:
            path = rk.sample_path(name)
            ceiling = oracle_ceiling(
                rk.load_export(path),
                rk.load_ground_truth(name)["accounts"],
                rk.load_interactions(path),
            )
            print(f"{'':<8} oracle on the same comparisons, at precision 0.98: {ceiling:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
