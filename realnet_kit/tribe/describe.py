"""The tribe in words: which one the business serves, and whom in it you know.

Behind :func:`realnet_kit.describe_tribe`.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import pandas as pd

from realnet_kit.privacy import mask_name
from realnet_kit.tribe.communities import MIN_TRIBE_SIZE, find_communities, find_connectors
from realnet_kit.tribe.tags import _norm_tag
from realnet_kit.words import counted, listed

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = [
    "AROUND_A_PLACE",
    "CONNECTORS_SHOWN",
    "KNOWN_TIERS",
    "MIXED",
    "MIXED_GROUP",
    "PLACE_ONLY",
    "SMALL",
    "SMALL_GROUP",
    "TRIBE",
    "cluster_kinds",
    "cluster_name",
    "cluster_names",
    "clusters_sentence",
    "connectors_sentence",
    "connectors_table",
    "describe_tribe",
    "known_because",
    "place_tags",
    "served_tribe",
    "tribe_count",
]

#: Tiers that count as "people you already know": scored above acquaintance in notebook
#: 03 (see :func:`known_because` for the other way to know someone).
KNOWN_TIERS = ("inner circle", "real", "warm")
#: The audit group of people you talked with both ways in the last 12 months (at least
#: two messages each way, :func:`realnet_kit.audit_followers`): people you know too.
TALKED_BOTH_WAYS = "engaged"
#: Names listed in a sentence before "and N more".
NAMES_IN_SENTENCE = 6
#: Connectors you know named in :func:`connectors_sentence` before "and N more".
CONNECTORS_IN_SENTENCE = 3
#: Keywords listed in a sentence before "and N more".
KEYWORDS_IN_SENTENCE = 4
#: The name of a cluster that only a place names (no tag that describes people reaches
#: the naming threshold, :data:`realnet_kit.tribe.communities.LABEL_MIN_SHARE`): it says
#: where its people are and that they share nothing else the kit can see.
AROUND_A_PLACE = "around {places} (no shared interest)"
#: The name of a cluster of :data:`MIN_TRIBE_SIZE` people or more that nothing names: no
#: interest, trade, community or place is carried by one in five of its people, once the
#: tags that name other clusters are spoken for. Several are numbered by size
#: ("mixed group 1", "mixed group 2").
MIXED_GROUP = "a mixed group"
#: The name of a cluster of fewer than :data:`MIN_TRIBE_SIZE` people that nothing names.
SMALL_GROUP = "a small group"
#: What a cluster is (:func:`cluster_kinds`). Only a :data:`TRIBE` counts as a tribe: five
#: people or more who share an interest, a trade or a community. People who share only a
#: place (:data:`PLACE_ONLY`) or nothing the kit can see (:data:`MIXED`) are groups, not
#: tribes; :data:`SMALL` clusters are too small to be either.
TRIBE, PLACE_ONLY, MIXED, SMALL = "tribe", "place only", "mixed", "small"
#: Names of the groups that share only a place listed in the first line of
#: :func:`describe_tribe` before "and N more".
PLACES_IN_SENTENCE = 3
#: How many connectors notebook 04's table lists and its map names: the same people.
CONNECTORS_SHOWN = 8
#: At most this many people you do not know yet follow the connectors you know in the
#: table: the best bridges, as people to get to know first.
STRANGERS_SHOWN = 3
#: The next step with a connector you know, and with one you do not know yet.
ASK_THEM = "thank them, then ask for an introduction"
MEET_FIRST = "get to know them first"
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


def known_because(data: dict) -> str:
    """Why a person counts as someone you know, in words; "" when they do not (yet).

    Their tier when scored warm or closer in notebook 03 (:data:`KNOWN_TIERS`), else
    "talked both ways" when you talked with them both ways in the last 12 months (the
    audit's definition, :data:`TALKED_BOTH_WAYS`), whatever their tier.

    >>> known_because({"tier": "warm"}), known_because({"talked_both_ways": True})
    ('warm', 'talked both ways')
    >>> known_because({"tier": "acquaintance"}), known_because({})
    ('', '')
    """
    tier = data.get("tier")
    if tier in KNOWN_TIERS:
        return str(tier)
    return "talked both ways" if data.get("talked_both_ways") else ""


def _names(people: list[tuple[str, str]]) -> str:
    shown = [f"{name} ({tier})" if tier else name for name, tier in people[:NAMES_IN_SENTENCE]]
    more = len(people) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def _closeness(data: dict) -> float:
    """What one person weighs in a cluster: 1, plus strength / 25 when scored, plus
    their answer to "is this person relevant to my business?" (0 to 3)."""
    return 1 + data.get("strength", 0.0) / 25 + data.get("relevant", 0.0)


def _matches(G: nx.Graph, members: list[str], by: str = "keywords") -> tuple[int, float, Counter]:
    """Members matching the business (``by`` its keywords or its places, else
    ``relevant``): how many, and which words they mention; and the weight of the
    cluster for the business: the :func:`_closeness` of every member who matches or
    whom you know (:func:`known_because`), so the regulars you know by name weigh more
    than a crowd of strangers whose profiles say "coffee"."""
    words: Counter = Counter()
    people, weight = 0, 0.0
    for m in members:
        data = G.nodes[m]
        hits = data.get(by) or []
        words.update(hits)
        matched = bool(hits or data.get("relevant_to_business"))
        people += matched
        if matched or known_because(data):
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
    serves is the cluster where the people whose profiles mention them and the people
    you know weigh most (each counts 1, plus their strength / 25 when scored, plus their
    answer to "is this person relevant to my business?", 0 to 3); the sentence says so,
    and which keywords matched. The business's places decide only when no keyword
    matches anyone (a town most contacts live in describes no tribe), and a cluster only
    a town names never wins over one its people describe. Without keywords it is the
    cluster where the participant's relationships already are, weighed the same way, so
    a cluster holding the inner circle wins over a bigger crowd of strangers.

    The first line counts the tribes, and apart from them the groups that are not
    tribes (:func:`clusters_sentence`): people who share only a place, or nothing the kit
    can see, are a group, not a tribe.

    "Whom you know" is one rule everywhere (:func:`known_because`): scored warm or closer
    in notebook 03, or talked with both ways in the last 12 months. The last line is
    :func:`connectors_sentence`: the connectors you know, as the table lists them first,
    or what to do when you know none yet.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph([("a", "b")]); G.nodes["a"].update(name="Ada", tier="real", strength=60)
    >>> describe_tribe(G).splitlines()[0]
    'Your contacts form 0 tribes of 5 or more people. Not counted as tribes: 1 small group \
of fewer than 5.'
    """
    if G.number_of_nodes() == 0:
        return "There are no contacts yet: load an export first, then build the tribe."
    if G.number_of_edges() == 0:
        return (
            "No two of your contacts share a tag, a company, a place or a conversation "
            "yet. Tag a few people (what they do, where they are, which community they "
            "belong to) and build the tribe again."
        )
    clusters, matches, decided, ranked = _ranked(G)

    def known(members: list[str]) -> list[tuple[str, str]]:
        people = [m for m in members if known_because(G.nodes[m])]
        people.sort(key=lambda m: (-G.nodes[m].get("strength", 0.0), str(m)))
        pairs = [(_shown(G, m), known_because(G.nodes[m])) for m in people]
        return list(dict.fromkeys(pairs))  # one person on several platforms: once

    names = cluster_names(G)

    def label(c: int) -> str:
        return names[c]

    main = ranked[0]
    members = clusters[main]
    lines = [clusters_sentence(G)]
    keywords = G.graph.get("keywords") or []
    hits, _, words = matches[main]
    if decided in ("keywords", "places"):
        said = _listed([w for w, _ in words.most_common()])
        lines.append(
            f"Going by your {'keywords' if decided == 'keywords' else 'places'} and the "
            f"people you know, the one your business serves best looks like "
            f"'{label(main)}': {len(members)} people, "
            + (
                f"{hits} of whom mention {said}."
                if hits
                else f"none of whom mention your {decided}, but the people you know are there."
            )
        )
    elif decided:
        lines.append(
            f"Going by the people your keywords and places mark as relevant, the one your "
            f"business serves best looks like '{label(main)}': {len(members)} people, "
            f"{hits} of them relevant."
        )
    else:
        why = (
            "none of your keywords appears in their profiles, so this goes by whom you know"
            if keywords or G.graph.get("places") or G.graph.get("keywords_from")
            else "going by whom you know; give your business's keywords and it goes by them"
        )
        lines.append(
            f"The one your business serves best looks like '{label(main)}': "
            f"{len(members)} people ({why})."
        )
    mine = known(members)
    table = connectors_table(G)
    if mine:
        lines.append(f"You already know {len(mine)} of them: {_names(mine)}.")
    elif table.attrs.get("known"):
        lines.append(
            "You do not know anyone in it well yet: a connector you know can introduce you."
        )
    else:
        lines.append("You do not know anyone in it well yet.")
    for c in ranked[1:4]:
        lines.append(
            f"Also: '{label(c)}', {len(clusters[c])} people, {len(known(clusters[c]))} you know."
        )
    lines.append(connectors_sentence(G, table))
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


def place_tags(G: nx.Graph) -> set[str]:
    """Every tag of the graph that names a place (the business's own places too)."""
    places = {_norm_tag(p) for p in G.graph.get("places") or ()}
    return places | set(G.graph.get("place_tags") or ())


def _raw_label(G: nx.Graph, clusters: dict[int, list], c: int) -> str:
    """The cluster's name as :func:`~realnet_kit.tribe.communities.find_communities` gave it."""
    return G.nodes[clusters[c][0]].get("community_label", f"group {c + 1}")


def _unnamed(label: str) -> bool:
    """Whether nothing names a cluster: ``find_communities`` calls it "group N".

    >>> _unnamed("group 5"), _unnamed("group therapy")
    (True, False)
    """
    head, _, number = label.partition(" ")
    return head == "group" and number.isdigit()


def _place_only(label: str, places: set[str]) -> bool:
    """Whether a cluster's name is only places: where its people are, not what they share."""
    parts = label.split(" · ")
    return not _unnamed(label) and all(p in places for p in parts)


def _place_words(label: str) -> str:
    """The places of a name made only of places, as a sentence writes them.

    >>> _place_words("ashton court · bristol")
    'Ashton Court and Bristol'
    """
    return listed([" ".join(w[:1].upper() + w[1:] for w in p.split()) for p in label.split(" · ")])


def cluster_name(label: str, places: set[str] | frozenset[str]) -> str:
    """A cluster's name as a shop owner reads it: a name that is only a place says so
    (:data:`AROUND_A_PLACE`), since people who live in one town are not a tribe for it,
    and a cluster nothing names is :data:`MIXED_GROUP` (:func:`cluster_names` numbers
    several, and calls a small one :data:`SMALL_GROUP`).

    >>> cluster_name("leeds", {"leeds", "yorkshire"})
    'around Leeds (no shared interest)'
    >>> cluster_name("ashton court · bristol", {"ashton court", "bristol"})
    'around Ashton Court and Bristol (no shared interest)'
    >>> cluster_name("folk · festival", {"leeds"}), cluster_name("group 3", {"leeds"})
    ('folk · festival', 'a mixed group')
    """
    if _unnamed(label):
        return MIXED_GROUP
    if not _place_only(label, set(places)):
        return label
    return AROUND_A_PLACE.format(places=_place_words(label))


def cluster_kinds(G: nx.Graph) -> dict[int, str]:
    """What each cluster is, by its ``community`` number: :data:`TRIBE`,
    :data:`PLACE_ONLY`, :data:`MIXED` or :data:`SMALL`.

    A cluster of fewer than :data:`MIN_TRIBE_SIZE` people is small; of the others, one
    named only by places shares only a place, one nothing names is mixed (no interest,
    trade, community or place carried by one in five of its people), and the rest, named
    by what their people do, love or belong to, are tribes.

    >>> import networkx as nx
    >>> G = nx.barbell_graph(5, 0); G.add_edge("x", "y")
    >>> for n in range(5): G.nodes[n]["tags"] = ["choir"]
    >>> sorted(cluster_kinds(G).values())
    ['mixed', 'small', 'tribe']
    """
    clusters = _clusters(G)
    places = place_tags(G)
    kinds = {}
    for c, members in clusters.items():
        label = _raw_label(G, clusters, c)
        if len(members) < MIN_TRIBE_SIZE:
            kinds[c] = SMALL
        elif _unnamed(label):
            kinds[c] = MIXED
        else:
            kinds[c] = PLACE_ONLY if _place_only(label, places) else TRIBE
    return kinds


def cluster_names(G: nx.Graph) -> dict[int, str]:
    """Every cluster's name as notebook 04 shows it (its sentences, table and map), by
    ``community`` number: :func:`cluster_name`, with the clusters nothing names called
    :data:`MIXED_GROUP` (or :data:`SMALL_GROUP` below :data:`MIN_TRIBE_SIZE` people),
    numbered biggest first when there are several of a kind.

    >>> import networkx as nx
    >>> G = nx.Graph([*nx.complete_graph(6).edges, (10, 11), (12, 13)])
    >>> cluster_names(G)
    {0: 'a mixed group', 1: 'small group 1', 2: 'small group 2'}
    """
    clusters = _clusters(G)
    kinds = cluster_kinds(G)
    places = place_tags(G)
    names = {c: cluster_name(_raw_label(G, clusters, c), places) for c in sorted(clusters)}
    for kind, plain in ((MIXED, MIXED_GROUP), (SMALL, SMALL_GROUP)):
        unnamed = [
            c for c in sorted(clusters)
            if kinds[c] == kind and _unnamed(_raw_label(G, clusters, c))
        ]  # fmt: skip
        for number, c in enumerate(unnamed, start=1):
            names[c] = plain if len(unnamed) == 1 else f"{plain.removeprefix('a ')} {number}"
    return names


def clusters_sentence(G: nx.Graph) -> str:
    """How many tribes your contacts form, and apart from them the groups that are not
    tribes: the first line of :func:`describe_tribe`, the count the map's title repeats
    and exercise 4.1 asks for.

    >>> import networkx as nx
    >>> G = nx.Graph([*nx.complete_graph(6).edges, (10, 11)])
    >>> clusters_sentence(G)
    'Your contacts form 0 tribes of 5 or more people. Not counted as tribes: 1 mixed \
group with no shared interest and 1 small group of fewer than 5.'
    >>> for n in range(6): G.nodes[n]["tags"] = ["choir"]
    >>> _ = find_communities(G)  # the clusters named again, now that they share a tag
    >>> clusters_sentence(G).split(". ")[0]
    'Your contacts form 1 tribe of 5 or more people'
    """
    clusters = _clusters(G)
    kinds = cluster_kinds(G)
    n = sum(kind == TRIBE for kind in kinds.values())
    line = f"Your contacts form {counted(n, 'tribe')} of {MIN_TRIBE_SIZE} or more people."
    of = {kind: [c for c in sorted(clusters) if kinds[c] == kind] for kind in kinds.values()}
    apart = []
    if towns := of.get(PLACE_ONLY):
        where = [f"around {_place_words(_raw_label(G, clusters, c))}" for c in towns]
        shown = where[:PLACES_IN_SENTENCE]
        more = len(where) - len(shown)
        where_words = ", ".join(shown) + f" and {more} more" if more > 0 else listed(shown)
        shares = "shares" if len(towns) == 1 else "share"
        apart.append(f"{counted(len(towns), 'group')} that {shares} only a place ({where_words})")
    if mixed := of.get(MIXED):
        apart.append(f"{counted(len(mixed), 'mixed group')} with no shared interest")
    if small := of.get(SMALL):
        apart.append(f"{counted(len(small), 'small group')} of fewer than {MIN_TRIBE_SIZE}")
    return f"{line} Not counted as tribes: {listed(apart)}." if apart else line


def _cluster_label(G: nx.Graph, clusters: dict[int, list], c: int) -> str:
    """One cluster's name (:func:`cluster_names`; call that once for many)."""
    return cluster_names(G)[c] if c in clusters else "no cluster"


def _ranked(G: nx.Graph) -> tuple[dict[int, list], dict, str, list[int]]:
    """The clusters, how each matches the business, what decided ("keywords", "places",
    "relevant" or "" when nothing matched), and the clusters best served first (see
    :func:`describe_tribe` for the rule).

    The business's places decide only when none of its keywords matches anyone: most of
    a local business's contacts live in its town, so a town-wide cluster would win over
    the tribe its keywords describe.
    """
    clusters = _clusters(G)

    def weight(members: list) -> float:
        return sum(_closeness(G.nodes[m]) for m in members)

    decided = ""
    matches: dict = {}
    for by in ("keywords", "places_named"):
        matches = {c: _matches(G, m, by) for c, m in clusters.items()}
        if any(n for n, _, _ in matches.values()):
            relevant_only = not any(w for _, _, w in matches.values())
            decided = "relevant" if relevant_only else by.removesuffix("_named")
            break
    places = place_tags(G)

    def only_a_place(c: int) -> bool:
        """Named by a town (nothing else describes it) or by nothing at all."""
        label = _raw_label(G, clusters, c)
        return _unnamed(label) or _place_only(label, places)

    described = {c for c in clusters if not only_a_place(c)}
    # a cluster only a town names never wins over one its people describe
    last = set(clusters) - described if any(matches[c][1] for c in described) else set()
    ranked = sorted(
        clusters,
        key=lambda c: (c in last, -matches[c][1] if decided else 0, -weight(clusters[c]), c),
    )
    return clusters, matches, decided, ranked


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
    """How many tribes the graph holds: clusters of :data:`MIN_TRIBE_SIZE` people or more
    named by what their people share (:data:`TRIBE` in :func:`cluster_kinds`), not by a
    place alone or by nothing. The count :func:`describe_tribe` says, the map's title
    repeats and exercise 4.1 asks for.

    >>> import networkx as nx
    >>> G = nx.barbell_graph(5, 0)
    >>> for n in G: G.nodes[n]["tags"] = ["choir"] if n < 5 else ["climbing"]
    >>> tribe_count(G), tribe_count(nx.barbell_graph(5, 0)), tribe_count(nx.path_graph(3))
    (2, 0, 0)
    """
    return sum(kind == TRIBE for kind in cluster_kinds(G).values())


def bridge_words(score: float) -> str:
    """A connector's score (0 to 1) in words.

    >>> [bridge_words(s) for s in (0.9, 0.6, 0.2)]
    ['a strong bridge', 'a good bridge', 'a light bridge']
    """
    if score >= STRONG_BRIDGE:
        return "a strong bridge"
    return "a good bridge" if score >= GOOD_BRIDGE else "a light bridge"


def _pick_connectors(G: nx.Graph, found: pd.DataFrame, top: int) -> tuple[pd.DataFrame, int]:
    """The rows of the connectors table, and how many connectors you know in all.

    First the connectors you know (:func:`known_because`), best bridges first; then at
    most :data:`STRANGERS_SHOWN` people you do not know yet (and at most half the rows)
    who bridge more than the best of those (or simply the best bridges, when you know
    none), as people to get to know first. ``top`` rows at most.

    >>> import networkx as nx
    >>> G = nx.path_graph(5); G.nodes[4].update(tier="real"); G.nodes[3].update(tier="warm")
    >>> ranked = pd.DataFrame({"contact_id": [2, 1, 3, 0, 4], "score": [.9, .8, .7, .6, .1]})
    >>> rows, known = _pick_connectors(G, ranked, 3)
    >>> rows["contact_id"].tolist(), known
    ([3, 4, 2], 2)
    """
    by_id = {str(n): n for n in G.nodes}
    known = pd.Series(
        [bool(known_because(G.nodes[by_id[str(c)]])) if str(c) in by_id else False
         for c in found["contact_id"]],
        index=found.index, dtype=bool,
    )  # fmt: skip
    mine, others = found[known], found[~known]
    if len(mine):  # strangers only where they bridge more than anyone you know
        others = others[others["score"] > mine["score"].max()]
    # strangers keep up to half the rows; the connectors you know take the rest
    slots = min(STRANGERS_SHOWN, top // 2 if len(mine) else top, len(others))
    mine = mine.head(top - slots)
    strangers = others.head(min(STRANGERS_SHOWN, top - len(mine)))
    return pd.concat([mine, strangers]), int(known.sum())


def connectors_table(G: nx.Graph, top: int = CONNECTORS_SHOWN) -> pd.DataFrame:
    """The connectors, explained: notebook 04's table and the people its map names.

    The connectors you already know come first (scored warm or closer in notebook 03,
    or talked with both ways in the last 12 months: :func:`known_because`), best
    bridges first: they are the ones to thank and to ask for an introduction. After
    them, at most :data:`STRANGERS_SHOWN` people you do not know yet who bridge more
    than any of those, as people to get to know first (an introduction is asked of
    someone who knows you). ``top`` rows at most.

    One row per connector: ``contact_id``, ``name``, ``tier`` (their tier when scored,
    else "not scored"), ``cluster`` (the name of their own cluster), ``bridges_to`` (the
    clusters their other links reach, most linked first), ``you_know_them`` ("yes",
    "yes: talked both ways" for someone not scored that you talk with, else "not yet"),
    ``next_step`` (ask them, or get to know them first), ``as_a_bridge`` (the score in
    words, see :func:`bridge_words`) and ``score`` (0 to 1, from
    :func:`~realnet_kit.tribe.communities.find_connectors`). ``table.attrs["known"]``
    holds how many connectors you know in all, shown or not.

    >>> import networkx as nx
    >>> G = nx.barbell_graph(4, 1); G.nodes[4].update(name="Bea", tier="real")
    >>> connectors_table(G, top=1).iloc[0][["name", "tier", "you_know_them"]].tolist()
    ['Bea', 'real', 'yes']
    """
    columns = ["contact_id", "name", "tier", "cluster", "bridges_to", "you_know_them",
               "next_step", "as_a_bridge", "score"]  # fmt: skip
    found = find_connectors(G, top=max(G.number_of_nodes(), 1))
    found, known_total = _pick_connectors(G, found, top)
    if not len(found):
        empty = pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
        empty.attrs["known"] = 0
        return empty
    names = cluster_names(G)
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
        why = known_because(data)
        rows.append(
            {
                "contact_id": str(cid),
                "name": data.get("name", str(cid)),
                "tier": tier if tier else "not scored",
                "cluster": names.get(own, "no cluster"),
                "bridges_to": _few([names[c] for c, _ in reach.most_common() if c in names]),
                "you_know_them": ("yes" if why in KNOWN_TIERS else f"yes: {why}")
                if why
                else "not yet",
                "next_step": ASK_THEM if why else MEET_FIRST,
                "as_a_bridge": bridge_words(float(score)),
                "score": float(score),
            }
        )
    table = pd.DataFrame(rows, columns=columns)
    table.attrs["known"] = known_total
    return table


def connectors_sentence(G: nx.Graph, table: pd.DataFrame | None = None) -> str:
    """What the connectors table says, in one or two sentences: whom you know among the
    people who link your tribes (the ones to thank and ask), or, when nobody, what to do.

    >>> import networkx as nx
    >>> G = nx.barbell_graph(4, 1); G.nodes[4].update(name="Bea", tier="warm")
    >>> connectors_sentence(G)
    'You know 1 of the people who link your tribes: Bea (warm). Thank them, and ask them \
for an introduction: they come first in the connectors table.'
    >>> connectors_sentence(nx.barbell_graph(4, 1)).split(":")[0]
    'None of the people who link your tribes is someone you know yet'
    """
    table = connectors_table(G) if table is None else table
    if not len(table):
        return "Nobody links two of your tribes yet."
    known = table[table["you_know_them"] != "not yet"]
    total = int(table.attrs.get("known", len(known)))
    if not len(known):
        return (
            "None of the people who link your tribes is someone you know yet: nobody "
            "among them is scored warm or closer, or talked with you both ways in the "
            "last 12 months. Score the people you know in notebook 03 (the computer "
            "cannot tell whom you have met); until then, the connectors are people to "
            "get to know first, not to ask for introductions."
        )
    by_id = {str(n): n for n in G.nodes}
    people = []
    for cid in known["contact_id"].head(CONNECTORS_IN_SENTENCE):
        node = by_id.get(str(cid), cid)
        people.append(f"{_shown(G, node)} ({known_because(G.nodes[node])})")
    more = total - len(people)
    names = ", ".join(people) + f" and {more:,} more" if more > 0 else listed(people)
    return (
        f"You know {total:,} of the people who link your tribes: {names}. Thank them, and "
        "ask them for an introduction: they come first in the connectors table."
    )
