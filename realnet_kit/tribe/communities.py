"""Clusters and connectors (behind :mod:`realnet_kit.tribe.graph`)."""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["MIN_TRIBE_SIZE", "find_communities", "find_connectors"]

#: Seed of the Louvain search, so the same graph always gives the same clusters.
COMMUNITY_SEED = 42
#: Betweenness is estimated from at most this many sampled people (exact below) ...
BETWEENNESS_SAMPLES = 200
#: ... and within this budget of edge visits (samples x edges); on graphs too big for
#: 20 samples in the budget, connectors are ranked by participation alone.
BETWEENNESS_BUDGET = 400_000
#: Clusters smaller than this are counted as "small groups", not tribes.
MIN_TRIBE_SIZE = 5
#: A cluster is named by tags at least this many of its members carry ...
LABEL_MIN_PEOPLE = 2
#: ... and at most this many of them.
LABEL_TAGS = 2
#: A tag that is one of the business's keywords counts this much more in a name, so
#: "gig" comes before "collector" when a cluster's bios mention both equally.
KEYWORD_LABEL_BOOST = 1.5


def _label(
    members: list[str],
    tags_of: dict,
    everywhere: Counter,
    total: int,
    index: int,
    keywords: frozenset[str] = frozenset(),
) -> str:
    """Name a cluster by its most distinctive tags: common inside it, rare outside.

    A tag scores (share of the cluster carrying it) x log(everyone / everyone carrying
    it), the tf-idf of search engines: "coffee", shared by every cluster a little, loses
    to "choir", which nearly only this cluster has. The business's own keywords count
    :data:`KEYWORD_LABEL_BOOST` times more.
    """
    inside = Counter(t for m in members for t in tags_of.get(m, ()))
    boost = {t: KEYWORD_LABEL_BOOST if t in keywords else 1.0 for t in inside}
    scored = [
        (n / len(members) * math.log(total / everywhere[t]) * boost[t], -everywhere[t], t)
        for t, n in inside.items()
        if n >= LABEL_MIN_PEOPLE and everywhere[t] < total  # a tag everyone has names nobody
    ]
    top = [t for _, _, t in sorted(scored, key=lambda x: (-x[0], x[1], x[2]))[:LABEL_TAGS]]
    return " · ".join(top) if top else f"group {index + 1}"


def find_communities(
    G: nx.Graph, *, seed: int = COMMUNITY_SEED, resolution: float = 1.0
) -> pd.DataFrame:
    """Find the clusters of the tribe graph (Louvain, weighted, fixed seed).

    Each node gets a ``community`` attribute: 0 for the biggest cluster, 1 for the
    next, ...; -1 for people linked to nobody. Returns one row per person:
    ``contact_id``, ``name``, ``community``, ``label`` (its most distinctive tags, see
    :func:`_label`), ``size``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph([("a", "b"), ("b", "c"), ("x", "y")]); G.add_node("lonely")
    >>> find_communities(G).set_index("contact_id")["community"].to_dict()
    {'a': 0, 'b': 0, 'c': 0, 'x': 1, 'y': 1, 'lonely': -1}
    """
    import networkx as nx

    linked = G.subgraph([n for n in G.nodes if G.degree(n) > 0])  # loners cost, add nothing
    # A subgraph view, and Louvain itself, keep people in sets; sets of text ids iterate
    # in an order that changes with each Python process (hash randomisation), and so
    # would the clusters. Numbered and added in sorted order, the same graph gives the
    # same clusters in every process.
    order = sorted(linked.nodes, key=str)
    number = {n: i for i, n in enumerate(order)}
    numbered = nx.Graph()
    numbered.add_nodes_from(range(len(order)))
    numbered.add_edges_from(
        sorted(
            (min(number[a], number[b]), max(number[a], number[b]), {"weight": w})
            for a, b, w in linked.edges(data="weight", default=1.0)
        )
    )
    found = nx.community.louvain_communities(
        numbered, weight="weight", resolution=resolution, seed=seed
    )
    parts = [[order[i] for i in part] for part in found]
    parts = sorted(
        (sorted(p, key=str) for p in parts if len(p) > 1), key=lambda p: (-len(p), str(p[0]))
    )
    rows = []
    for cid in G.nodes:
        G.nodes[cid]["community"] = -1
    tags_of = {n: set(G.nodes[n].get("tags", [])) for n in linked.nodes}
    keywords = frozenset(str(k).lower() for k in G.graph.get("keywords") or ())
    everywhere = Counter(t for tags in tags_of.values() for t in tags)
    for i, members in enumerate(parts):
        label = _label(members, tags_of, everywhere, max(len(tags_of), 1), i, keywords)
        for m in members:
            G.nodes[m]["community"] = i
            G.nodes[m]["community_label"] = label
    for cid, data in G.nodes(data=True):
        c = data["community"]
        rows.append(
            {
                "contact_id": cid,
                "name": data.get("name", cid),
                "community": c,
                "label": data.get("community_label", "unconnected"),
                "size": len(parts[c]) if c >= 0 else 1,
            }
        )
    out = pd.DataFrame(rows, columns=["contact_id", "name", "community", "label", "size"])
    out = out.sort_values(
        ["community", "contact_id"],
        key=lambda s: s.where(s != -1, 10**9) if s.name == "community" else s,
        kind="stable",
    )
    return out.astype(
        {
            "contact_id": "string",
            "name": "string",
            "label": "string",
            "community": "int64",
            "size": "int64",
        }
    ).reset_index(drop=True)


def find_connectors(G: nx.Graph, *, top: int = 10) -> pd.DataFrame:
    """The people who bridge clusters, best bridges first.

    ``participation`` is 1 - sum over clusters of (share of a person's link weight into
    that cluster)²: 0 when all their links stay in one cluster, near 1 when spread over
    many. ``betweenness`` is how often they sit on the shortest path between others
    (sampled on big graphs, fixed seed). ``score`` averages the two (betweenness scaled
    to the highest). Only people linked to at least one other cluster are listed.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.barbell_graph(4, 1)  # two cliques joined through node 4
    >>> find_connectors(G, top=1)["contact_id"].tolist()
    ['4']
    """
    import networkx as nx

    if not any("community" in d for _, d in G.nodes(data=True)) and G.number_of_nodes():
        find_communities(G)
    n, m = G.number_of_nodes(), G.number_of_edges()
    k = min(n, BETWEENNESS_SAMPLES, BETWEENNESS_BUDGET // max(m, 1))
    if k >= 20 or k == n:
        between = nx.betweenness_centrality(G, k=None if k == n else k, seed=COMMUNITY_SEED)
    else:
        between = {}
    top_b = max(between.values(), default=0.0) or 1.0
    w_b = 0.5 if between else 0.0
    rows = []
    for node, data in G.nodes(data=True):
        own = data.get("community", -1)
        shares: Counter = Counter()
        for nb, edge in G[node].items():
            shares[G.nodes[nb].get("community", -1)] += edge.get("weight", 1.0)
        total = sum(shares.values())
        bridges = sum(1 for c in shares if c != own and c >= 0)
        if not total or not bridges:
            continue
        participation = 1.0 - sum((w / total) ** 2 for w in shares.values())
        b = between.get(node, 0.0) / top_b
        rows.append(
            {
                "contact_id": str(node),
                "name": data.get("name", str(node)),
                "community": own,
                "bridges": bridges,
                "participation": participation,
                "betweenness": between.get(node, float("nan")),
                "score": (1 - w_b) * participation + w_b * b,
            }
        )
    cols = ["contact_id", "name", "community", "bridges", "participation", "betweenness", "score"]
    out = pd.DataFrame(rows, columns=cols)
    out = out.sort_values(["score", "contact_id"], ascending=[False, True], kind="stable")
    return out.head(top).reset_index(drop=True)
