"""The tribe in words: a cluster only a place names is never shown as if it were a tribe."""

from __future__ import annotations

import pandas as pd
import pytest

from realnet_kit import build_tribe, describe_tribe, find_communities
from realnet_kit.tribe.describe import (
    _cluster_label,
    _clusters,
    cluster_name,
    connectors_table,
    place_tags,
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
    assert cluster_name("group 4", {"leeds"}) == "group 4"
    assert cluster_name("leeds · folk", {"leeds"}) == "leeds · folk"
    assert "Headingley" in cluster_name("headingley", {"headingley", "leeds"})


@pytest.mark.parametrize("sample", ["band", "bakery"])
def test_samples_name_no_cluster_by_a_place_alone(sample, opened_sample):
    """Issue 14's read-through saw 'yorkshire' and 'leeds' (band), 'oxford' and 'bristol'
    (bakery) in 04's connectors table, and 'bake · croissant', a hobby phrase many bios
    shared: neither reads as a tribe to a shop owner."""
    from realnet_kit.narrate import tribe_graph

    data = opened_sample(sample)
    data.use_sample_answers()
    G = tribe_graph(data)
    places = place_tags(G)
    clusters = _clusters(G)
    shown = [_cluster_label(G, clusters, c) for c in clusters]
    assert not [s for s in shown if all(p in places for p in s.split(" · "))], shown
    assert not [s for s in shown if "croissant" in s], shown
    table = connectors_table(G)
    for cell in [*table["cluster"], *table["bridges_to"]]:
        for part in str(cell).replace(" and ", ", ").split(", "):
            assert part.strip() not in places, cell
