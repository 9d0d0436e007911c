"""Notebook 04's tables: the tribe's people, its top tags, its connectors."""

from __future__ import annotations

from typing import Any

import pandas as pd

from realnet_kit.audit.followers import audit_followers
from realnet_kit.narrate._tables import TABLE_ROWS, as_table, show
from realnet_kit.narrate.scores import scored
from realnet_kit.tribe.communities import MIN_TRIBE_SIZE as TRIBE_MIN_PEOPLE
from realnet_kit.tribe.communities import find_communities
from realnet_kit.tribe.describe import CONNECTORS_SHOWN, connectors_table
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
        data.cache["tribe_people"] = kept = audit[keep]
        data.cache["tribe_people_scored"] = known
    return kept


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


def tribes_count(data: Any) -> int:
    """How many clusters of :data:`TRIBE_MIN_PEOPLE` or more the tribe map holds."""
    from collections import Counter

    graph = data.cache.get("tribe_graph")
    if graph is None or data.cache.get("tribe_graph_scored") != _scored_ids(data):
        # not drawn yet, or drawn before more people were scored: count the map as it
        # stands now (the one the next drawing shows)
        graph = tribe_graph(data)
    if not any("community" in d for _, d in graph.nodes(data=True)):
        find_communities(graph)
    sizes = Counter(d["community"] for _, d in graph.nodes(data=True) if d["community"] >= 0)
    return sum(size >= TRIBE_MIN_PEOPLE for size in sizes.values())


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
