"""Clusters, connectors and the tribe in words (behind :mod:`realnet_kit.tribe`)."""

from __future__ import annotations

import math
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
#: A cluster is named by tags at least this many of its members carry ...
LABEL_MIN_PEOPLE = 2
#: ... and at most this many of them.
LABEL_TAGS = 2
#: Keywords listed in a sentence before "and N more".
KEYWORDS_IN_SENTENCE = 4


def _label(members: list[str], tags_of: dict, everywhere: Counter, total: int, index: int) -> str:
    """Name a cluster by its most distinctive tags: common inside it, rare outside.

    A tag scores (share of the cluster carrying it) x log(everyone / everyone carrying
    it), the tf-idf of search engines: "coffee", shared by every cluster a little, loses
    to "choir", which nearly only this cluster has.
    """
    inside = Counter(t for m in members for t in tags_of.get(m, ()))
    scored = [
        (n / len(members) * math.log(total / everywhere[t]), -everywhere[t], t)
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
    parts = nx.community.louvain_communities(
        linked, weight="weight", resolution=resolution, seed=seed
    )
    parts = sorted(
        (sorted(p, key=str) for p in parts if len(p) > 1), key=lambda p: (-len(p), str(p[0]))
    )
    rows = []
    for cid in G.nodes:
        G.nodes[cid]["community"] = -1
    tags_of = {n: set(G.nodes[n].get("tags", [])) for n in linked.nodes}
    everywhere = Counter(t for tags in tags_of.values() for t in tags)
    for i, members in enumerate(parts):
        label = _label(members, tags_of, everywhere, max(len(tags_of), 1), i)
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


def _closeness(data: dict) -> float:
    """What one person weighs in a cluster: 1, plus strength / 25 when scored, plus
    their answer to "is this person relevant to my business?" (0 to 3)."""
    return 1 + data.get("strength", 0.0) / 25 + data.get("relevant", 0.0)


def _matches(G: nx.Graph, members: list[str]) -> tuple[int, float, Counter]:
    """Members matching the business (keywords, else ``relevant``): how many, their
    weight by :func:`_closeness`, and which keywords they mention."""
    words: Counter = Counter()
    people, weight = 0, 0.0
    for m in members:
        data = G.nodes[m]
        hits = data.get("keywords") or []
        words.update(hits)
        if hits or data.get("relevant_to_business"):
            people += 1
            weight += _closeness(data)
    return people, weight, words


def _listed(words: list[str]) -> str:
    shown = words[:KEYWORDS_IN_SENTENCE]
    more = len(words) - len(shown)
    if more > 0:
        return ", ".join(shown) + f" and {more} more"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " or " + shown[-1]


def describe_tribe(G: nx.Graph) -> str:
    """Say in words which tribe the business serves, and whom in it you already know.

    When the business's keywords were given to :func:`realnet_kit.build_tribe` (or the
    contacts were marked relevant with :func:`realnet_kit.mark_relevant`), the tribe it
    serves is the cluster holding the most people whose profiles mention them; ties go
    to where the relationships are. The sentence says so, and which keywords matched.
    Otherwise it is the cluster where the participant's relationships already are: each
    member counts 1, plus their strength / 25 when scored, plus their answer to "is this
    person relevant to my business?" (0 to 3), so a cluster holding the inner circle and
    the relevant people wins over a bigger crowd of strangers.

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
        return sum(_closeness(G.nodes[m]) for m in members)

    def known(members: list[str]) -> list[tuple[str, str]]:
        people = [m for m in members if G.nodes[m].get("tier") in KNOWN_TIERS]
        people.sort(key=lambda m: (-G.nodes[m].get("strength", 0.0), str(m)))
        pairs = [(_shown(G, m), G.nodes[m]["tier"]) for m in people]
        return list(dict.fromkeys(pairs))  # one person on several platforms: once

    def label(c: int) -> str:
        return G.nodes[clusters[c][0]].get("community_label", f"group {c + 1}")

    matches = {c: _matches(G, m) for c, m in clusters.items()}
    by_keywords = any(n for n, _, _ in matches.values())
    ranked = sorted(
        clusters,
        key=lambda c: (-matches[c][1] if by_keywords else 0, -weight(clusters[c]), c),
    )
    main = ranked[0]
    members = clusters[main]
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
    keywords = G.graph.get("keywords") or []
    hits, _, words = matches[main]
    if by_keywords and keywords:
        said = _listed([w for w, _ in words.most_common()])
        lines.append(
            f"Going by your keywords, the one your business serves best looks like "
            f"'{label(main)}': {len(members)} people, {hits} of whom mention {said}."
        )
    elif by_keywords:
        lines.append(
            f"Going by the people your keywords and places mark as relevant, the one your "
            f"business serves best looks like '{label(main)}': {len(members)} people, "
            f"{hits} of them relevant."
        )
    else:
        why = (
            "none of your keywords appears in their profiles, so this goes by whom you know"
            if keywords or G.graph.get("keywords_from")
            else "going by whom you know; give your business's keywords and it goes by them"
        )
        lines.append(
            f"The one your business serves best looks like '{label(main)}': "
            f"{len(members)} people ({why})."
        )
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
        lines.append(
            f"Also: '{label(c)}', {len(clusters[c])} people, {len(known(clusters[c]))} you know."
        )
    return "\n".join(lines)
