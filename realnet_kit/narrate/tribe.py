"""Notebook 04's tables: the tribe's people, its top tags, its connectors."""

from __future__ import annotations

from typing import Any

import pandas as pd

from realnet_kit.audit.followers import audit_followers
from realnet_kit.narrate._tables import TABLE_ROWS, as_table, plain_names, show
from realnet_kit.narrate.scores import scored
from realnet_kit.plan.named import clearest_name
from realnet_kit.tribe.communities import MIN_TRIBE_SIZE as TRIBE_MIN_PEOPLE  # noqa: F401
from realnet_kit.tribe.communities import find_communities
from realnet_kit.tribe.describe import (
    CONNECTORS_SHOWN,
    MIXED,
    PLACE_ONLY,
    SMALL,
    TRIBE,
    cluster_kinds,
    connectors_table,
)
from realnet_kit.tribe.graph import build_tribe
from realnet_kit.tribe.tags import absorbed, suggest_tags


def _scored_ids(data: Any) -> frozenset[str]:
    return frozenset(scored(data)["contact_id"].astype(str))


def tribe_people(data: Any) -> pd.DataFrame:
    """The contacts the tribe is drawn from: everyone scored, followed both ways or talked with.

    Kept for reuse while the scored people stay the same: scoring more (or filling in a
    sample's answers) redraws the tribe from them, so the map and exercise 4.1 agree.
    """
    known = _scored_ids(data)
    kept = data.cache.get("tribe_people")
    if kept is None or data.cache.get("tribe_people_scored") != known:
        audit = audit_followers(
            data.contacts, data.interactions, keywords=data.keywords(), places=data.places()
        )
        keep = audit["category"].isin(["engaged", "mutual", "dormant"])
        keep |= audit["contact_id"].astype(str).isin(known)
        kept = one_row_per_person(audit[keep], data.workbook.person_ids())
        if "name" in kept.columns:  # as 05's plan writes them: no aside, no emoji
            kept = kept.assign(name=plain_names(kept["name"]))
        data.cache["tribe_people"] = kept
        data.cache["tribe_people_scored"] = known
    return kept


#: Which of a person's accounts says most about how you know them (first wins).
_CLOSEST_FIRST = {"engaged": 0, "mutual": 1, "dormant": 2}


def one_row_per_person(people: pd.DataFrame, person_ids: dict[str, str]) -> pd.DataFrame:
    """``people`` with one row for each person whose accounts are confirmed as one.

    The row kept is the account the person is written as (``Workbook.person_ids``: the one
    scored), else their first; it takes the closest way you know them from any of their
    accounts (talked both ways on one platform counts for the person). So a person is
    one dot on the map and one row among the connectors, known or not as a whole, under
    the name the plan gives them (:func:`~realnet_kit.plan.named.clearest_name`).

    >>> people = pd.DataFrame({"contact_id": ["x:1", "facebook:ana", "x:2"],
    ...                        "category": ["engaged", "mutual", "mutual"]})
    >>> one_row_per_person(people, {"x:1": "facebook:ana", "facebook:ana": "facebook:ana"})
         contact_id category
    1  facebook:ana  engaged
    2           x:2   mutual
    """
    if not person_ids or not len(people):
        return people
    ids = people["contact_id"].astype(str)
    person = ids.map(lambda cid: person_ids.get(cid, cid))
    closest = (
        people["category"].astype(object).map(_CLOSEST_FIRST).fillna(len(_CLOSEST_FIRST))
        .groupby(person.to_numpy()).min()
    )  # fmt: skip
    kept = people.assign(_person=person.to_numpy(), _own=(ids != person).to_numpy())
    ordered = kept.sort_values(["_own"], kind="stable")
    if "name" in kept.columns:  # the name the plan gives them (its own first)
        names = ordered.groupby("_person", sort=False)["name"].agg(lambda n: clearest_name(list(n)))
    kept = ordered.drop_duplicates("_person").sort_index()
    if "name" in kept.columns:
        several = kept["_person"].map(person.value_counts()).gt(1)
        named = kept["_person"].map(names).replace("", pd.NA)
        kept["name"] = kept["name"].where(~several | named.isna(), named)
    by_rank = {rank: name for name, rank in _CLOSEST_FIRST.items()}
    best = kept["_person"].map(closest).map(by_rank)
    category = kept["category"].astype(object).where(best.isna(), best)
    return kept.drop(columns=["_person", "_own"]).assign(
        category=category.astype(people["category"].dtype)
    )


def tribe_graph(data: Any) -> Any:
    """``build_tribe`` on :func:`tribe_people`, with your tags and scores (kept for reuse)."""
    people = tribe_people(data)
    graph = build_tribe(
        people,
        data.workbook.tags(),
        data.interactions,
        scored(data),
        keywords=data.keywords(),
        places=data.places(),
    )
    data.cache["tribe_graph"] = graph
    data.cache["tribe_graph_scored"] = data.cache["tribe_people_scored"]
    if not len(scored(data)):
        print(
            "Nobody scored yet (notebook 03): the map is drawn from the people you follow "
            "each other with and talked with, without tiers."
        )
    print(
        f"The tribe map holds {graph.number_of_nodes():,} people and "
        f"{graph.number_of_edges():,} links between them."
    )
    return graph


def _current_graph(data: Any) -> Any:
    """The tribe map as it stands now (drawn again when more people were scored since)."""
    graph = data.cache.get("tribe_graph")
    if graph is None or data.cache.get("tribe_graph_scored") != _scored_ids(data):
        # not drawn yet, or drawn before more people were scored: count the map as it
        # stands now (the one the next drawing shows)
        graph = tribe_graph(data)
    if not any("community" in d for _, d in graph.nodes(data=True)):
        find_communities(graph)
    return graph


def tribe_groups(data: Any) -> dict[str, int]:
    """How many clusters of each kind the tribe map holds, by kind
    (:func:`~realnet_kit.tribe.describe.cluster_kinds`: ``"tribe"``, ``"place only"``,
    ``"mixed"``, ``"small"``; kinds absent count 0): what the first line of
    ``describe_tribe`` says."""
    kinds = list(cluster_kinds(_current_graph(data)).values())
    return {kind: kinds.count(kind) for kind in (TRIBE, PLACE_ONLY, MIXED, SMALL)}


def tribes_count(data: Any) -> int:
    """How many tribes the tribe map holds: clusters of :data:`TRIBE_MIN_PEOPLE` or more
    whose people share more than a place (the count ``describe_tribe`` says first)."""
    return tribe_groups(data)[TRIBE]


def show_top_tags(data: Any, rows: int = TABLE_ROWS) -> Any:
    """What your people have in common: the most shared suggested tags."""
    tags = suggest_tags(tribe_people(data))
    if not len(tags):
        print("Their profiles say too little to suggest tags; add your own below.")
        return None
    # one row per tag: "leeds" from a location column and from bios is one place
    counts = tags.groupby("tag").agg(
        people=("contact_id", "nunique"),
        source=("source", lambda s: ", ".join(sorted(set(s)))),
    )
    counts = counts.reset_index()[["tag", "source", "people"]]
    said_better = absorbed(dict(zip(counts["tag"], counts["people"], strict=True)))
    counts = counts[~counts["tag"].isin(said_better)]  # "green man festival", not "green"
    counts = counts.sort_values(["people", "tag"], ascending=[False, True], kind="stable")
    return as_table(counts.head(rows))


def show_connectors(graph: Any, data: Any, rows: int = CONNECTORS_SHOWN) -> Any:
    """The people who bridge your tribes: first the ones you know (to thank, and to ask
    for an introduction), best bridges first, then a few strangers who bridge more, to
    get to know first. The same people the map names, with their tier, their cluster,
    whether you know them, the next step and the score in words."""
    bridges = connectors_table(graph, top=rows)
    if not len(bridges):
        print("Nobody bridges two tribes yet.")
        return None
    known = int(bridges.attrs.get("known", 0))
    listed = int((bridges["you_know_them"] != "not yet").sum())
    if known > listed:
        print(
            f"The {listed} best bridges of the {known:,} connectors you know come first "
            f"(to see more, give the cell a bigger number, e.g. rows={max(20, 2 * rows)}, "
            "inside its brackets)."
        )
    columns = ["contact_id", "name", "tier", "cluster", "bridges_to", "you_know_them",
               "next_step", "as_a_bridge"]  # fmt: skip
    return show(bridges, columns, rows=rows)
