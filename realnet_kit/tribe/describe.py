"""The tribe in words: which one the business serves, and whom in it you know.

Behind :func:`realnet_kit.describe_tribe`.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import pandas as pd

from realnet_kit.privacy import mask_name
from realnet_kit.tribe.communities import MIN_TRIBE_SIZE, find_communities, find_connectors
from realnet_kit.words import listed

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = [
    "CONNECTORS_SHOWN",
    "connectors_table",
    "describe_tribe",
    "served_tribe",
    "tribe_count",
]

#: Tiers that count as "people you already know" in :func:`describe_tribe`.
KNOWN_TIERS = ("inner circle", "real", "warm")
#: Names listed in a sentence before "and N more".
NAMES_IN_SENTENCE = 6
#: Keywords listed in a sentence before "and N more".
KEYWORDS_IN_SENTENCE = 4
#: How many connectors notebook 04's table lists and its map names: the same people.
CONNECTORS_SHOWN = 10
#: A connector's score (0 to 1) in words: at least this much is "a strong bridge" ...
STRONG_BRIDGE = 0.75
#: ... at least this much "a good bridge", below it "a light bridge".
GOOD_BRIDGE = 0.5


def _shown(G: nx.Graph, node) -> str:
    """A person's name as it may be shown now (a pseudonym in presenter mode)."""
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


def _few(names: list[str], shown: int = 2) -> str:
    """``a, b and 3 more``: the first ``shown`` names and how many others.

    >>> _few(["folk", "radio", "sea", "vinyl"]), _few(["folk"])
    ('folk, radio and 2 more', 'folk')
    """
    more = len(names) - shown
    return ", ".join(names[:shown]) + f" and {more} more" if more > 0 else listed(names)


def _listed(words: list[str]) -> str:
    shown = words[:KEYWORDS_IN_SENTENCE]
    more = len(words) - len(shown)
    if more > 0:
        return ", ".join(shown) + f" and {more} more"
    return listed(shown, "or")


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
    clusters, matches, by_keywords, ranked = _ranked(G)

    def known(members: list[str]) -> list[tuple[str, str]]:
        people = [m for m in members if G.nodes[m].get("tier") in KNOWN_TIERS]
        people.sort(key=lambda m: (-G.nodes[m].get("strength", 0.0), str(m)))
        pairs = [(_shown(G, m), G.nodes[m]["tier"]) for m in people]
        return list(dict.fromkeys(pairs))  # one person on several platforms: once

    def label(c: int) -> str:
        return _cluster_label(G, clusters, c)

    main = ranked[0]
    members = clusters[main]
    n = tribe_count(G)
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
    bridges = find_connectors(G, top=CONNECTORS_SHOWN)
    bridges = bridges[bridges["community"] == main].head(3)
    if len(bridges):
        names = [_shown(G, c) for c in bridges["contact_id"]]
        lines.append("Its bridges to other tribes: " + ", ".join(names) + ".")
    for c in ranked[1:4]:
        lines.append(
            f"Also: '{label(c)}', {len(clusters[c])} people, {len(known(clusters[c]))} you know."
        )
    return "\n".join(lines)


def _clusters(G: nx.Graph) -> dict[int, list]:
    """The members of each cluster (communities found first when missing)."""
    if not any("community" in d for _, d in G.nodes(data=True)):
        find_communities(G)
    clusters: dict[int, list] = {}
    for node, data in G.nodes(data=True):
        if data.get("community", -1) >= 0:
            clusters.setdefault(data["community"], []).append(node)
    return clusters


def _cluster_label(G: nx.Graph, clusters: dict[int, list], c: int) -> str:
    return G.nodes[clusters[c][0]].get("community_label", f"group {c + 1}")


def _ranked(G: nx.Graph) -> tuple[dict[int, list], dict, bool, list[int]]:
    """The clusters, how each matches the business, whether keywords decided, and the
    clusters best served first (see :func:`describe_tribe` for the rule)."""
    clusters = _clusters(G)

    def weight(members: list) -> float:
        return sum(_closeness(G.nodes[m]) for m in members)

    matches = {c: _matches(G, m) for c, m in clusters.items()}
    by_keywords = any(n for n, _, _ in matches.values())
    ranked = sorted(
        clusters,
        key=lambda c: (-matches[c][1] if by_keywords else 0, -weight(clusters[c]), c),
    )
    return clusters, matches, by_keywords, ranked


def served_tribe(G: nx.Graph) -> int:
    """The cluster (its ``community`` number) the business serves best, -1 when none.

    The same rule as :func:`describe_tribe`, so the map highlights the tribe the text names.

    >>> import networkx as nx
    >>> G = nx.Graph([("a", "b"), ("c", "d"), ("d", "e")]); G.nodes["a"]["strength"] = 90
    >>> served_tribe(G) == G.nodes["a"]["community"]
    True
    """
    if G.number_of_edges() == 0:
        return -1
    ranked = _ranked(G)[3]
    return ranked[0] if ranked else -1


def tribe_count(G: nx.Graph) -> int:
    """How many clusters of :data:`MIN_TRIBE_SIZE` people or more the graph holds: the
    count :func:`describe_tribe` says and the map's title repeats.

    >>> import networkx as nx
    >>> tribe_count(nx.barbell_graph(5, 0)), tribe_count(nx.path_graph(3))
    (2, 0)
    """
    return sum(len(m) >= MIN_TRIBE_SIZE for m in _clusters(G).values())


def bridge_words(score: float) -> str:
    """A connector's score (0 to 1) in words.

    >>> [bridge_words(s) for s in (0.9, 0.6, 0.2)]
    ['a strong bridge', 'a good bridge', 'a light bridge']
    """
    if score >= STRONG_BRIDGE:
        return "a strong bridge"
    return "a good bridge" if score >= GOOD_BRIDGE else "a light bridge"


#: Known connectors are looked for among this many times ``top`` of the best bridges...
KNOWN_POOL = 3
#: ...and up to this many of them are kept in the table: the introduction to ask for
#: comes from someone you know (04's exercise 4.2), not from the best-placed stranger.
KNOWN_KEPT = 3


def _with_known(G: nx.Graph, found: pd.DataFrame, top: int) -> pd.DataFrame:
    """The ``top`` best bridges, with up to :data:`KNOWN_KEPT` that you know kept in.

    >>> import networkx as nx
    >>> G = nx.path_graph(5); G.nodes[4].update(tier="real")
    >>> ranked = pd.DataFrame({"contact_id": [2, 1, 3, 4], "score": [.9, .8, .7, .1]})
    >>> _with_known(G, ranked, 2)["contact_id"].tolist()
    [2, 4]
    """
    known = [c in G.nodes and G.nodes[c].get("tier") in KNOWN_TIERS for c in found["contact_id"]]
    keep = pd.Series(known, index=found.index).cumsum().le(KNOWN_KEPT) & pd.Series(
        known, index=found.index
    )
    kept = found[keep]
    rest = found[~keep].head(max(top - len(kept), 0))
    return pd.concat([rest, kept]).sort_values("score", ascending=False, kind="stable").head(top)


def connectors_table(G: nx.Graph, top: int = CONNECTORS_SHOWN) -> pd.DataFrame:
    """The connectors, best bridges first, explained: notebook 04's table and the people
    its map names. Up to three connectors you already know are kept in from the best
    bridges three times as far down, so there is someone to ask for an introduction.

    One row per connector: ``contact_id``, ``name``, ``tier`` (their tier when scored,
    else "not scored"), ``cluster`` (the name of their own cluster), ``bridges_to`` (the
    clusters their other links reach, most linked first), ``you_know_them`` ("yes" for
    the inner circle, real and warm tiers, else "not yet"), ``as_a_bridge`` (the score
    in words, see :func:`bridge_words`) and ``score`` (0 to 1, from
    :func:`~realnet_kit.tribe.communities.find_connectors`).

    >>> import networkx as nx
    >>> G = nx.barbell_graph(4, 1); G.nodes[4].update(name="Bea", tier="real")
    >>> connectors_table(G, top=1).iloc[0][["name", "tier", "you_know_them"]].tolist()
    ['Bea', 'real', 'yes']
    """
    columns = ["contact_id", "name", "tier", "cluster", "bridges_to", "you_know_them",
               "as_a_bridge", "score"]  # fmt: skip
    found = _with_known(G, find_connectors(G, top=KNOWN_POOL * top), top)
    if not len(found):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    clusters = _clusters(G)
    by_id = {str(n): n for n in G.nodes}
    rows = []
    for cid, score in zip(found["contact_id"], found["score"], strict=True):
        node = by_id.get(str(cid), cid)
        data = G.nodes[node]
        own = data.get("community", -1)
        reach: Counter = Counter()
        for nb, edge in G[node].items():
            c = G.nodes[nb].get("community", -1)
            if c >= 0 and c != own:
                reach[c] += edge.get("weight", 1.0)
        tier = data.get("tier")
        rows.append(
            {
                "contact_id": str(cid),
                "name": data.get("name", str(cid)),
                "tier": tier if tier else "not scored",
                "cluster": _cluster_label(G, clusters, own) if own >= 0 else "no cluster",
                "bridges_to": _few(
                    [_cluster_label(G, clusters, c) for c, _ in reach.most_common()]
                ),
                "you_know_them": "yes" if tier in KNOWN_TIERS else "not yet",
                "as_a_bridge": bridge_words(float(score)),
                "score": float(score),
            }
        )
    return pd.DataFrame(rows, columns=columns)
