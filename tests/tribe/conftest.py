"""Fixtures of the tribe tests: each sample's tribe map, drawn once and only read."""

from __future__ import annotations

import copy

import networkx as nx
import pytest

from realnet_kit.narrate import tribe_graph
from realnet_kit.tribe.describe import connectors_table


@pytest.fixture(scope="module")
def sample_tribes(sample_home):
    """``sample_tribes(name)``: the sample opened once in a home of its own, with its
    owner's answers and notebook 04's tribe map drawn from them, shared by the checks
    that only read them: ``(data, graph)``.

    The map's clusters and connectors are worked out here, so that describing, drawing or
    tabling it changes nothing on it (checked when the module is done); a test that changes
    a graph builds its own.
    """
    made: dict[str, tuple] = {}

    def opened(name: str) -> tuple:
        if name not in made:
            with sample_home(name, f"tribe-{name}") as (_, data):
                graph = tribe_graph(data)
                connectors_table(graph)  # finds the clusters, keeps the betweenness
            made[name] = (data, graph, _state(graph))
        return made[name][:2]

    yield opened
    for name, (_, graph, state) in made.items():
        assert _state(graph) == state, f"a test changed the shared {name} tribe map"


def _state(G: nx.Graph) -> tuple:
    """What a reader must leave as it found it: the graph's people, links and attributes."""
    return (
        copy.deepcopy(dict(G.nodes(data=True))),
        sorted((str(u), str(v), w) for u, v, w in G.edges(data="weight")),
        sorted(G.graph),
    )
