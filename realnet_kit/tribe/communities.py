"""Clusters and connectors (behind :mod:`realnet_kit.tribe.graph`)."""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING

import pandas as pd

from realnet_kit.tribe._stop_words import STOP_WORDS
from realnet_kit.tribe.tags import _norm_tag, absorbed

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
#: ... and at least this share of them (one member in five): a name says what a good
#: part of the cluster shares, never what two of its fifty members do.
LABEL_MIN_SHARE = 0.2
#: At most this many tags make a name.
LABEL_TAGS = 2
#: A second tag joins the name only when at least this share of the cluster carries it
#: (one member in four) and it scores at least ``LABEL_SECOND_RATIO`` of the first.
LABEL_SECOND_SHARE = 0.25
LABEL_SECOND_RATIO = 0.5
#: A tag that is (or holds) one of the business's keywords counts this much more in a
#: name, so "gig" comes before "collector" when a cluster's bios mention both equally.
KEYWORD_LABEL_BOOST = 1.5
#: Which tags may name a cluster, best first: tags that describe (what people do, love
#: or belong to), then places other than the business's own, then the business's own
#: places (its town names no one cluster: most contacts live there). A cluster takes a
#: place for a name only when no tag of an earlier kind reaches ``LABEL_MIN_SHARE``.
DESCRIBES, OTHER_PLACE, OWN_PLACE = 0, 1, 2


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _overlap(a: str, b: str) -> bool:
    """Whether two tags say the same thing: one holds a word of the other, plural or not
    ("yorkshire" and "west yorkshire", "lake" and "lakes").

    >>> _overlap("yorkshire", "west yorkshire"), _overlap("lake", "lakes")
    (True, True)
    >>> _overlap("folk", "festival")
    False
    """
    return bool({_stem(w) for w in a.split()} & {_stem(w) for w in b.split()})


def _kind_of_tag(tag: str, places: frozenset[str], own_places: frozenset[str]) -> int:
    """:data:`DESCRIBES`, :data:`OTHER_PLACE` or :data:`OWN_PLACE`.

    >>> [_kind_of_tag(t, frozenset({"leeds", "hull"}), frozenset({"leeds"}))
    ...  for t in ("folk", "hull", "leeds")]
    [0, 1, 2]
    """
    if tag in own_places:
        return OWN_PLACE
    return OTHER_PLACE if tag in places else DESCRIBES


def _labels(
    parts: list[list[str]],
    tags_of: dict,
    everywhere: Counter,
    total: int,
    keywords: frozenset[str] = frozenset(),
    places: frozenset[str] = frozenset(),
    own_places: frozenset[str] = frozenset(),
) -> list[str]:
    """Name every cluster by its most distinctive tags: common inside it, rare outside.

    A tag may name a cluster when at least :data:`LABEL_MIN_SHARE` of its members (and
    :data:`LABEL_MIN_PEOPLE`) carry it. It scores (share of the cluster carrying it) x
    log(everyone / everyone carrying it), the tf-idf of search engines: "coffee", shared
    by every cluster a little, loses to "choir", which nearly only this cluster has. The
    business's own keywords count :data:`KEYWORD_LABEL_BOOST` times more. Words that
    name nothing (:data:`~realnet_kit.tribe._stop_words.STOP_WORDS`, such as an
    address-book group called "Orders") never name a cluster, and places only when no
    tag that describes people does (:data:`DESCRIBES`, then other places, then the
    business's own, ``places`` and ``own_places``).

    Names are given best tag first across all clusters, so one tag names one cluster
    (where it scores best) and two clusters never share a name; a second tag of the same
    kind joins when it is common enough (:data:`LABEL_SECOND_SHARE`,
    :data:`LABEL_SECOND_RATIO`) and does not repeat the first ("west yorkshire", never
    "yorkshire · west yorkshire"). A cluster that nothing names is "group N".

    >>> tags = {"a": {"choir", "leeds"}, "b": {"choir", "leeds"}, "c": {"leeds"},
    ...         "d": {"leeds"}, "e": {"climbing"}, "f": {"climbing"}}
    >>> _labels([["a", "b", "c"], ["d", "e", "f"]], tags, Counter(choir=2, leeds=4,
    ...         climbing=2), 6)
    ['choir · leeds', 'climbing']
    >>> _labels([["a", "b", "c"], ["d", "e", "f"]], tags, Counter(choir=2, leeds=4,
    ...         climbing=2), 6, places=frozenset({"leeds"}))
    ['choir', 'climbing']
    """
    scored: list[tuple[float, int, int, str]] = []
    plain: dict[tuple[int, str], float] = {}  # the score without the keyword boost
    share_of: dict[tuple[int, str], float] = {}
    kind: dict[str, int] = {}
    for i, members in enumerate(parts):
        inside = Counter(t for m in members for t in tags_of.get(m, ()))
        floor = max(LABEL_MIN_PEOPLE, LABEL_MIN_SHARE * len(members))
        inside = Counter({t: n for t, n in inside.items() if n >= floor})  # not two of fifty
        said_better = absorbed(inside)  # "sound" where "sound engineer" says it
        for t, n in inside.items():
            if everywhere[t] >= total or t in STOP_WORDS or t in said_better:
                continue  # a tag everyone has names nobody
            kind[t] = _kind_of_tag(t, places, own_places)
            boost = KEYWORD_LABEL_BOOST if t in keywords or set(t.split()) & keywords else 1.0
            share_of[(i, t)] = n / len(members)
            plain[(i, t)] = share_of[(i, t)] * math.log(total / everywhere[t])
            scored.append((plain[(i, t)] * boost, -everywhere[t], i, t))
    # ties: the rarer tag, then the longer ("cycle coast" before "coast"), then a-z
    scored.sort(key=lambda x: (-x[0], x[1], -len(x[3].split()), x[2], x[3]))
    names: list[list[str]] = [[] for _ in parts]
    best: dict[int, float] = {}
    used: set[str] = set()
    for allowed in (DESCRIBES, OTHER_PLACE, OWN_PLACE):  # places only where nothing else
        for _, _, i, t in scored:  # first the one tag that names each cluster best
            if not names[i] and t not in used and kind[t] == allowed:
                names[i].append(t)
                used.add(t)
                best[i] = plain[(i, t)]
    for value, _, i, t in scored:  # then a second of the same kind, where one says more
        if len(names[i]) != 1 or t in used or any(_overlap(t, n) for n in names[i]):
            continue
        if kind[t] != kind[names[i][0]] or share_of[(i, t)] < LABEL_SECOND_SHARE:
            continue
        if value >= LABEL_SECOND_RATIO * best[i]:
            names[i].append(t)
            used.add(t)
    return [" · ".join(n[:LABEL_TAGS]) if n else f"group {i + 1}" for i, n in enumerate(names)]


def find_communities(
    G: nx.Graph, *, seed: int = COMMUNITY_SEED, resolution: float = 1.0
) -> pd.DataFrame:
    """Find the clusters of the tribe graph (Louvain, weighted, fixed seed).

    Each node gets a ``community`` attribute: 0 for the biggest cluster, 1 for the
    next, ...; -1 for people linked to nobody. Returns one row per person:
    ``contact_id``, ``name``, ``community``, ``label`` (its most distinctive tags, see
    :func:`_labels`), ``size``.

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
    own_places = frozenset(_norm_tag(p) for p in G.graph.get("places") or ())
    places = own_places | frozenset(G.graph.get("place_tags") or ())
    keywords = frozenset(str(k).lower() for k in G.graph.get("keywords") or ()) - places
    everywhere = Counter(t for tags in tags_of.values() for t in tags)
    labels = _labels(parts, tags_of, everywhere, max(len(tags_of), 1), keywords, places, own_places)
    for i, (members, label) in enumerate(zip(parts, labels, strict=True)):
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


def _betweenness(G: nx.Graph) -> dict:
    """Betweenness of each person (sampled on big graphs, fixed seed), kept on the graph
    for as long as its people and links stay the same: notebook 04 asks for the
    connectors in its sentence, table, map and alt text, and the exercises again."""
    import networkx as nx

    n, m = G.number_of_nodes(), G.number_of_edges()
    shape = (n, m, hash(frozenset(G.nodes)), hash(frozenset(frozenset(e) for e in G.edges)))
    kept = G.graph.get("_realnet_betweenness")
    if kept is not None and kept[0] == shape:
        return kept[1]
    k = min(n, BETWEENNESS_SAMPLES, BETWEENNESS_BUDGET // max(m, 1))
    if k >= 20 or k == n:
        between = nx.betweenness_centrality(G, k=None if k == n else k, seed=COMMUNITY_SEED)
    else:
        between = {}
    G.graph["_realnet_betweenness"] = (shape, between)
    return between


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

    if not any("community" in d for _, d in G.nodes(data=True)) and G.number_of_nodes():
        find_communities(G)
    between = _betweenness(G)
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
