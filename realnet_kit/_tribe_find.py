"""Clusters, connectors and the tribe in words (behind :mod:`realnet_kit.tribe`)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["describe_tribe", "find_communities", "find_connectors"]

#: Seed of the Louvain search, so the same graph always gives the same clusters.
COMMUNITY_SEED = 42
#: Betweenness is estimated from at most this many sampled people (exact below) ...
BETWEENNESS_SAMPLES = 200
#: ... and within this budget of edge visits (samples x edges); on graphs too big for
#: 20 samples in the budget, connectors are ranked by participation alone.
BETWEENNESS_BUDGET = 400_000
#: Tiers that count as "people you already know" in :func:`describe_tribe`.
KNOWN_TIERS = ("inner circle", "real", "warm")
#: Clusters smaller than this are counted as "small groups", not tribes.
MIN_TRIBE_SIZE = 5
#: Names listed in a sentence before "and N more".
NAMES_IN_SENTENCE = 6


def _label(G: nx.Graph, members: list[str], index: int) -> str:
    counts = Counter(t for m in members for t in G.nodes[m].get("tags", []))
    top = [t for t, n in counts.most_common(3) if n >= 2][:2]
    return " · ".join(top) if top else f"group {index + 1}"


def find_communities(
    G: nx.Graph, *, seed: int = COMMUNITY_SEED, resolution: float = 1.0
) -> pd.DataFrame:
    """Find the clusters of the tribe graph (Louvain, weighted, fixed seed).

    Each node gets a ``community`` attribute: 0 for the biggest cluster, 1 for the
    next, ...; -1 for people linked to nobody. Returns one row per person:
    ``contact_id``, ``name``, ``community``, ``label`` (its most shared tags), ``size``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph([("a", "b"), ("b", "c"), ("x", "y")]); G.add_node("lonely")
    >>> find_communities(G).set_index("contact_id")["community"].to_dict()
    {'a': 0, 'b': 0, 'c': 0, 'x': 1, 'y': 1, 'lonely': -1}
    """
    import networkx as nx

    linked = G.subgraph([n for n in G.nodes if G.degree(n) > 0])  # loners cost, add nothing
    parts = nx.community.louvain_communities(
        linked, weight="weight", resolution=resolution, seed=seed
    )
    parts = sorted(
        (sorted(p, key=str) for p in parts if len(p) > 1), key=lambda p: (-len(p), str(p[0]))
    )
    rows = []
    for cid in G.nodes:
        G.nodes[cid]["community"] = -1
    for i, members in enumerate(parts):
        label = _label(G, members, i)
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


def _shown(G: nx.Graph, node) -> str:
    """A person's name as it may be shown now (a pseudonym in presenter mode)."""
    from realnet_kit.privacy import mask_name

    if node not in G:  # connectors come back as text ids
        node = next((n for n in G.nodes if str(n) == str(node)), node)
    name = G.nodes[node].get("name", node) if node in G else node
    return str(mask_name(name, "name", key=node))


def _names(people: list[tuple[str, str]]) -> str:
    shown = [f"{name} ({tier})" if tier else name for name, tier in people[:NAMES_IN_SENTENCE]]
    more = len(people) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def describe_tribe(G: nx.Graph) -> str:
    """Say in words which tribe the business serves, and whom in it you already know.

    The tribe the business serves is the cluster where the participant's relationships
    already are, among people relevant to it: each member counts 1, plus their
    strength / 25 when scored, plus their answer to "is this person relevant to my
    business?" (0 to 3), so a cluster holding the inner circle and the relevant people
    wins over a bigger crowd of strangers.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph([("a", "b")]); G.nodes["a"].update(name="Ada", tier="real", strength=60)
    >>> describe_tribe(G).splitlines()[0]
    'Your contacts form 0 tribes of 5 or more people, and 1 small group.'
    """
    if G.number_of_nodes() == 0:
        return "There are no contacts yet: load an export first, then build the tribe."
    if G.number_of_edges() == 0:
        return (
            "No two of your contacts share a tag, a company, a place or a conversation "
            "yet. Tag a few people (what they do, where they are, which community they "
            "belong to) and build the tribe again."
        )
    if not any("community" in d for _, d in G.nodes(data=True)):
        find_communities(G)
    clusters: dict[int, list[str]] = {}
    for node, data in G.nodes(data=True):
        if data.get("community", -1) >= 0:
            clusters.setdefault(data["community"], []).append(node)

    def weight(members: list[str]) -> float:
        return sum(
            1 + G.nodes[m].get("strength", 0.0) / 25 + G.nodes[m].get("relevant", 0.0)
            for m in members
        )

    def known(members: list[str]) -> list[tuple[str, str]]:
        people = [m for m in members if G.nodes[m].get("tier") in KNOWN_TIERS]
        people.sort(key=lambda m: (-G.nodes[m].get("strength", 0.0), str(m)))
        pairs = [(_shown(G, m), G.nodes[m]["tier"]) for m in people]
        return list(dict.fromkeys(pairs))  # one person on several platforms: once

    ranked = sorted(clusters, key=lambda c: (-weight(clusters[c]), c))
    main = ranked[0]
    members = clusters[main]
    label = G.nodes[members[0]].get("community_label", f"group {main + 1}")
    n = sum(len(m) >= MIN_TRIBE_SIZE for m in clusters.values())
    small = len(clusters) - n
    lines = [
        f"Your contacts form {n} tribe{'s' * (n != 1)}"
        + (
            f" of {MIN_TRIBE_SIZE} or more people, and {small} small group{'s' * (small != 1)}."
            if small
            else "."
        )
    ]
    lines.append(f"The one your business serves best looks like '{label}': {len(members)} people.")
    mine = known(members)
    if mine:
        lines.append(f"You already know {len(mine)} of them: {_names(mine)}.")
    else:
        lines.append("You do not know anyone in it well yet: start with the connectors.")
    bridges = find_connectors(G, top=50)
    bridges = bridges[bridges["community"] == main].head(3)
    if len(bridges):
        names = [_shown(G, c) for c in bridges["contact_id"]]
        lines.append("Its bridges to other tribes: " + ", ".join(names) + ".")
    for c in ranked[1:4]:
        lab = G.nodes[clusters[c][0]].get("community_label", f"group {c + 1}")
        lines.append(
            f"Also: '{lab}', {len(clusters[c])} people, {len(known(clusters[c]))} you know."
        )
    return "\n".join(lines)
