"""The tribe in words: a cluster only a place names is never shown, or counted, as if it
were a tribe; nor is one that nothing names."""

from __future__ import annotations

import re

import networkx as nx
import pandas as pd
import pytest

from realnet_kit import build_tribe, describe_tribe, find_communities, plot_tribe
from realnet_kit.tribe.describe import (
    MIXED,
    MIXED_GROUP,
    PLACE_ONLY,
    SMALL,
    TRIBE,
    _cluster_label,
    _clusters,
    cluster_kinds,
    cluster_name,
    cluster_names,
    clusters_sentence,
    connectors_table,
    place_tags,
    tribe_count,
)


def _town_and_hikers():
    """Twenty people who share only their town (not the business's), six hikers, a bridge."""
    townsfolk = [f"x:t{i}" for i in range(20)]
    hikers = [f"x:h{i}" for i in range(6)]
    contacts = pd.DataFrame({
        "contact_id": [*townsfolk, *hikers, "x:both"],
        "bio": ["born and bred"] * 20 + ["hiking the fells"] * 6 + ["hiking"],
        "location": ["Oxford"] * 20 + ["Leeds"] * 6 + ["Oxford"],
    })  # fmt: skip
    return build_tribe(contacts, keywords="folk, gig", places="Leeds")


def test_a_cluster_only_a_place_names_says_so():
    G = _town_and_hikers()
    raw = set(find_communities(G)["label"])
    assert "oxford" in raw, raw  # the clusters keep their tags; only the words change
    clusters = _clusters(G)
    shown = {_cluster_label(G, clusters, c) for c in clusters}
    assert "oxford" not in shown
    assert "around Oxford (no shared interest)" in shown, shown
    assert "'oxford'" not in describe_tribe(G)


def test_cluster_name_keeps_describing_names_and_plain_groups():
    assert cluster_name("folk · festival", {"leeds"}) == "folk · festival"
    assert cluster_name("group 4", {"leeds"}) == MIXED_GROUP
    assert cluster_name("group therapy", {"leeds"}) == "group therapy"
    assert cluster_name("leeds · folk", {"leeds"}) == "leeds · folk"
    assert "Headingley" in cluster_name("headingley", {"headingley", "leeds"})


@pytest.mark.parametrize("sample", ["band", "bakery"])
def test_samples_name_no_cluster_by_a_place_alone(sample, sample_tribes):
    """Issue 14's read-through saw 'yorkshire' and 'leeds' (band), 'oxford' and 'bristol'
    (bakery) in 04's connectors table, and 'bake · croissant', a hobby phrase many bios
    shared: neither reads as a tribe to a shop owner."""
    _, G = sample_tribes(sample)
    places = place_tags(G)
    clusters = _clusters(G)
    shown = [_cluster_label(G, clusters, c) for c in clusters]
    assert not [s for s in shown if all(p in places for p in s.split(" · "))], shown
    assert not [s for s in shown if "croissant" in s], shown
    table = connectors_table(G)
    for cell in [*table["cluster"], *table["bridges_to"]]:
        for part in str(cell).replace(" and ", ", ").split(", "):
            assert part.strip() not in places, cell


def _counts(sentence: str) -> dict[str, int]:
    """The numbers of the first line of ``describe_tribe``, by kind of cluster."""
    patterns = {
        TRIBE: r"form (\d+) tribes?\b",
        PLACE_ONLY: r"(\d+) groups? that shares? only a place",
        MIXED: r"(\d+) mixed groups?",
        SMALL: r"(\d+) small groups?",
    }
    found = {kind: re.search(p, sentence) for kind, p in patterns.items()}
    return {kind: int(m.group(1)) if m else 0 for kind, m in found.items()}


def _four_kinds() -> nx.Graph:
    """Choir singers (a tribe), Oxford neighbours (only a place), six people linked by
    nothing they have in common (mixed), and a pair (small)."""
    G = nx.Graph()
    for start, tags in ((0, ["choir"]), (10, ["oxford"]), (20, [])):
        G.add_edges_from(nx.complete_graph(range(start, start + 6)).edges)
        for n in range(start, start + 6):
            G.nodes[n]["tags"] = list(tags)
    G.add_edges_from([(5, 10), (15, 20), (30, 31)])
    G.graph["place_tags"] = ["oxford"]
    find_communities(G)
    return G


def test_only_clusters_that_share_more_than_a_place_count_as_tribes():
    G = _four_kinds()
    kinds = cluster_kinds(G)
    assert sorted(kinds.values()) == sorted([TRIBE, PLACE_ONLY, MIXED, SMALL])
    assert tribe_count(G) == 1
    assert _counts(clusters_sentence(G)) == {TRIBE: 1, PLACE_ONLY: 1, MIXED: 1, SMALL: 1}
    assert describe_tribe(G).splitlines()[0] == clusters_sentence(G)
    names = cluster_names(G)
    assert sorted(names.values()) == sorted(
        ["choir", "around Oxford (no shared interest)", MIXED_GROUP, "a small group"]
    )
    assert not any(re.fullmatch(r"group \d+", name) for name in names.values())


def test_several_unnamed_clusters_get_different_names():
    G = nx.Graph([*nx.complete_graph(6).edges, *nx.complete_graph(range(10, 16)).edges])
    names = cluster_names(G)
    assert sorted(names.values()) == ["mixed group 1", "mixed group 2"]
    assert tribe_count(G) == 0
    assert _counts(clusters_sentence(G)) == {TRIBE: 0, PLACE_ONLY: 0, MIXED: 2, SMALL: 0}


@pytest.mark.parametrize("sample", ["band", "bakery", "studio"])
def test_samples_count_the_same_tribes_in_the_sentence_the_map_and_4_1(sample, sample_tribes):
    """Issue 14's read-through: 'Your contacts form 11 tribes' on the band counted
    'around Leeds (no shared interest)' and an unnamed 'group 5'; the bakery's 8 counted
    Bristol and Oxford."""
    import matplotlib.pyplot as plt

    from realnet_kit import narrate
    from realnet_kit.tribe.plot import tribe_alt_text

    data, G = sample_tribes(sample)
    kinds = cluster_kinds(G)
    said = _counts(describe_tribe(G).splitlines()[0])
    assert said == {kind: list(kinds.values()).count(kind) for kind in said}
    assert said[TRIBE] == tribe_count(G) == narrate.tribes_count(data)
    assert narrate.tribe_groups(data) == said
    clusters = _clusters(G)
    for c, kind in kinds.items():  # a tribe is named by what its people share
        label = G.nodes[clusters[c][0]]["community_label"]
        assert (kind == TRIBE) == (
            len(clusters[c]) >= 5
            and not re.fullmatch(r"group \d+", label)
            and not all(p in place_tags(G) for p in label.split(" · "))
        ), (c, label, kind)
    ax = plot_tribe(G)
    assert ax.get_title(loc="left").startswith(f"Your {said[TRIBE]} tribes")
    assert f"{said[TRIBE]} tribes of 5" in tribe_alt_text(G)
    plt.close(ax.figure)
    table = connectors_table(G)
    for cell in [*table["cluster"], *table["bridges_to"]]:
        assert not re.search(r"\bgroup \d+", str(cell)), cell


def test_the_map_draws_groups_that_are_not_tribes_hollow():
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_hex

    from realnet_kit.tribe.plot import NOT_A_TRIBE_FILL, OTHER_COLOUR, SERVED_COLOUR

    G = _four_kinds()
    kinds = cluster_kinds(G)
    ax = plot_tribe(G)
    assert ax.get_title(loc="left").startswith("Your 1 tribe,")
    fills = [to_hex(c) for c in ax.collections[-1].get_facecolors()]
    not_tribes = sum(
        1 for _, d in G.nodes(data=True) if kinds.get(d["community"]) in (PLACE_ONLY, MIXED)
    )
    assert fills.count(to_hex(SERVED_COLOUR)) == 6  # the choir, the only tribe
    assert fills.count(to_hex(NOT_A_TRIBE_FILL)) == not_tribes == 12
    assert fills.count(to_hex(OTHER_COLOUR)) == 0
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any("not a tribe" in t for t in legend) and "your other tribes" not in legend
    plt.close(ax.figure)
