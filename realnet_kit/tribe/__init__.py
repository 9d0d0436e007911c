"""Your tribe (notebook 04): who is connected to whom, by what, and which tribe you serve.

:func:`build_tribe` makes the graph (tags, places, shared conversations),
:func:`find_communities` the clusters, :func:`find_connectors` the people who bridge
them, :func:`describe_tribe` says which tribe the business serves and why, and
:func:`plot_tribe` draws the map.
"""

from __future__ import annotations

from realnet_kit.tribe.communities import (
    MIN_TRIBE_SIZE,
    find_communities,
    find_connectors,
)
from realnet_kit.tribe.describe import (
    describe_tribe,
)
from realnet_kit.tribe.graph import (
    LINK_WEIGHTS,
    MAX_CLIQUE,
    build_tribe,
)
from realnet_kit.tribe.plot import (
    plot_tribe,
)
from realnet_kit.tribe.tags import (
    keywords_in_reasons,
    mark_keywords,
    match_keywords,
    suggest_tags,
)

__all__ = [
    "LINK_WEIGHTS",
    "MAX_CLIQUE",
    "MIN_TRIBE_SIZE",
    "build_tribe",
    "describe_tribe",
    "find_communities",
    "find_connectors",
    "keywords_in_reasons",
    "mark_keywords",
    "match_keywords",
    "plot_tribe",
    "suggest_tags",
]
