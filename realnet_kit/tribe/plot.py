"""The tribe drawn for a projector (behind :func:`realnet_kit.plot_tribe`).

The map tells one thing: where the tribe the business serves sits among the others, and
who bridges them. The served tribe (the one :func:`realnet_kit.describe_tribe` names) is
in colour, every other tribe grey, and the groups that are not tribes (people who share
only a place, or nothing the kit can see) hollow; every cluster of five or more is drawn,
each with a share of its people; the people named are the connectors of notebook 04's
table (:func:`realnet_kit.tribe.describe.connectors_table`), ringed in black when you
know them and in grey when they are people to get to know first; the title
counts the tribes the text counts; and each person keeps only their strongest links, so
the eye can follow them. Labels are in large type on a white box, and a small
collision-avoidance pass pushes them apart until no two overlap; a thin leader line
joins a label that had to move to its dot.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from realnet_kit.privacy import mask_name
from realnet_kit.style import FONT_SIZE, OKABE_ITO, drawable, label_fonts, new_axes, set_alt_text
from realnet_kit.tribe.communities import MIN_TRIBE_SIZE, find_communities
from realnet_kit.tribe.describe import (
    CONNECTORS_SHOWN,
    SMALL,
    TRIBE,
    cluster_kinds,
    cluster_names,
    connectors_table,
    served_tribe,
)
from realnet_kit.words import counted, listed, shortened

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    from matplotlib.axes import Axes

__all__ = ["plot_tribe"]

#: The colour of the tribe the business serves; every other tribe is :data:`OTHER_COLOUR`.
SERVED_COLOUR = OKABE_ITO["blue"]
OTHER_COLOUR = "#C4C4C4"
#: The groups that are not tribes (a place only, nothing shared, or too small) are hollow
#: dots: white inside, this thin rim.
NOT_A_TRIBE_FILL = "white"
NOT_A_TRIBE_RIM = "#A6A6A6"
#: Links inside the served tribe, and all other links (drawn faint).
SERVED_LINK_COLOUR = "#7FB2D6"
OTHER_LINK_COLOUR = "#DDDDDD"
#: Most people drawn; on bigger graphs the best-linked and best-known are kept.
MAX_NODES = 250
#: Most names written on the picture (the connectors of the table, at most this many).
MAX_LABELS = 16
#: Each person keeps only this many of their strongest links on the picture, so the eye
#: can follow a line from one dot to another (the clusters are found on all links).
LINKS_PER_PERSON = 2
#: A named connector's links to other clusters drawn: one to each of at most this many.
BRIDGES_PER_CONNECTOR = 3
#: The rim of a named connector you know (to thank and ask), and of one you do not
#: know yet (to get to know first).
KNOWN_RIM = "black"
STRANGER_RIM = "#8C8C8C"
#: The colour of a connector's links across clusters.
BRIDGE_LINK_COLOUR = "#A6A6A6"
LAYOUT_SEED = 7
#: Labels start this far out from their dot (layout units; the layout spans about 3).
LABEL_LIFT = 0.06
#: Pixels kept free between two labels.
LABEL_GAP_PX = 3
#: Most names written per cluster.
LABELS_PER_CLUSTER = 3
#: Connectors are named when their score is at least this share of the best one's.
CONNECTOR_LABEL_SHARE = 0.25


def _drawn(G: nx.Graph, max_nodes: int, served: int, named: list) -> tuple[nx.Graph, list[int]]:
    """Every tribe (and the served cluster, even when small) and, in each, its
    best-known and best-linked members, up to ``max_nodes`` people in all; the
    people to be ``named`` are always kept."""
    members: dict[int, list] = {}
    for n, d in G.nodes(data=True):
        if d.get("community", -1) >= 0:
            members.setdefault(d["community"], []).append(n)
    clusters = sorted(
        (c for c in members if len(members[c]) >= MIN_TRIBE_SIZE or c == served),
        key=lambda c: (c != served, -len(members[c]), c),
    )
    # the tribe served shows up to a third of the people drawn; the others share the rest
    mine = min(len(members.get(served, [])), max_nodes // 3) if len(clusters) > 1 else max_nodes
    quota = max(1, (max_nodes - mine) // max(len(clusters) - 1, 1))
    keep: list = list(named)
    for c in clusters:
        share = mine if c == served else quota
        ranked = sorted(
            members[c],
            key=lambda n: (
                G.nodes[n].get("tier") not in ("inner circle", "real"),
                -G.degree(n, weight="weight"),
                str(n),
            ),
        )
        keep += ranked[:share]
    return _ordered_subgraph(G, keep), clusters


def _thinned(H: nx.Graph, named: list) -> tuple[list[tuple], list[tuple]]:
    """The links drawn, in a fixed order: inside each cluster, each person's
    :data:`LINKS_PER_PERSON` strongest; across clusters, only the named connectors'
    strongest link into each of up to :data:`BRIDGES_PER_CONNECTOR` other clusters."""

    def key(item: tuple) -> tuple:
        return (-item[1].get("weight", 1.0), str(item[0]))

    inside = set()
    for n in sorted(H.nodes, key=str):
        own = H.nodes[n].get("community")
        same = [(nb, d) for nb, d in H[n].items() if H.nodes[nb].get("community") == own]
        for nb, _ in sorted(same, key=key)[:LINKS_PER_PERSON]:
            inside.add(tuple(sorted((n, nb), key=str)))
    across = set()
    for n in named:
        own, reached = H.nodes[n].get("community"), set()
        for nb, _ in sorted(H[n].items(), key=key):
            other = H.nodes[nb].get("community")
            if other != own and other not in reached and len(reached) < BRIDGES_PER_CONNECTOR:
                reached.add(other)
                across.add(tuple(sorted((n, nb), key=str)))
    order = lambda e: (str(e[0]), str(e[1]))  # noqa: E731
    return sorted(inside, key=order), sorted(across - inside, key=order)


def _ordered_subgraph(G: nx.Graph, nodes: list) -> nx.Graph:
    """A copy of ``G`` on ``nodes``, people and links added in sorted order.

    ``G.subgraph`` iterates its people in set order, which changes with each Python
    process (hash randomisation); the layout starts from that order, so the same tribe
    would be drawn differently on every run.
    """
    import networkx as nx

    keep = sorted(set(nodes), key=str)
    inside = set(keep)
    H = nx.Graph()
    H.graph.update(G.graph)
    H.add_nodes_from((n, dict(G.nodes[n])) for n in keep)
    links = []
    for a, b, data in G.edges(keep, data=True):
        if b in inside:
            a, b = sorted((a, b), key=str)
            links.append((str(a), str(b), a, b, data))
    H.add_edges_from((a, b, dict(d)) for _, _, a, b, d in sorted(links, key=lambda e: e[:2]))
    return H


def _cluster_layout(H: nx.Graph, clusters: list[int], served: int) -> dict:
    """The served cluster in the middle, the others on a circle around it (wide enough
    that they do not overlap), each laid out on its own, sized by its head count."""
    import networkx as nx

    groups = {c: [n for n in H.nodes if H.nodes[n].get("community") == c] for c in clusters}
    # people named but outside every cluster drawn (a connector of a small group)
    loose = [n for n in H.nodes if H.nodes[n].get("community", -1) not in groups]
    if loose:
        groups[-2] = loose
    biggest = max(len(g) for c, g in groups.items() if c != served or len(groups) == 1)
    around = [c for c in groups if c != served]
    reach = max(1.0, 0.85 * len(around) / np.pi)
    # the tribe served is the biggest blob, in the middle; the others share the ring
    sizes = {c: (0.35 * reach if c == served and around else 0.7) for c in groups}
    angles = np.linspace(0, 2 * np.pi, max(len(around), 1), endpoint=False) + np.pi / 2
    centres = {
        c: reach * np.array([np.cos(a), np.sin(a)]) for c, a in zip(around, angles, strict=False)
    }
    centres[served] = np.zeros(2)
    if len(groups) == 1:
        centres = {c: np.zeros(2) for c in groups}
    pos = {}
    for c, nodes in groups.items():
        centre = centres[c]
        sub = _ordered_subgraph(H, nodes)
        local = nx.spring_layout(sub, seed=LAYOUT_SEED, weight="weight")
        xy = np.array([local[n] for n in nodes]) if nodes else np.zeros((0, 2))
        xy = xy - xy.mean(axis=0) if len(xy) else xy
        spread = np.percentile(np.hypot(*xy.T), 90) if len(xy) > 1 else 1.0
        radius = sizes[c] * (1.0 if c == served else max(np.sqrt(len(nodes) / biggest), 0.3))
        xy = xy / (spread or 1.0) * radius
        norm = np.hypot(*xy.T) if len(xy) else xy
        xy = np.where((norm > 1.25 * radius)[:, None], xy / norm[:, None] * 1.25 * radius, xy)
        for n, p in zip(nodes, xy, strict=True):
            pos[n] = centre + p
    return pos


def _not_tribes(kinds: dict[int, str]) -> int:
    """How many clusters of :data:`MIN_TRIBE_SIZE` or more are not tribes (drawn hollow)."""
    return sum(kind not in (TRIBE, SMALL) for kind in kinds.values())


def tribe_alt_text(G: nx.Graph, *, max_labels: int = MAX_LABELS) -> str:
    """The map's numbers in one sentence: the text alternative of :func:`plot_tribe`.

    >>> import networkx as nx
    >>> G = nx.barbell_graph(5, 1); G.nodes[5]["name"] = "Bea"; G.nodes[6]["name"] = "Cy"
    >>> for n in G: G.nodes[n]["tags"] = ["choir"] if n < 6 else ["climbing"]
    >>> tribe_alt_text(G)
    "Tribe map: 2 tribes of 5 or more people; highlighted, the one you serve: 'choir' \
(6 people); named, the 2 connectors of the table: Bea and Cy."
    """
    if G.number_of_edges() == 0:
        return "Tribe map: nobody shares a tag, place or conversation yet."
    served = served_tribe(G)
    kinds = cluster_kinds(G)
    n = sum(kind == TRIBE for kind in kinds.values())
    apart = _not_tribes(kinds)
    members = [m for m, d in G.nodes(data=True) if d.get("community") == served]
    label = cluster_names(G)[served]
    named = connectors_table(G, top=min(CONNECTORS_SHOWN, max_labels))
    names = [
        str(mask_name(name, "name", key=cid))
        for cid, name in zip(named["contact_id"], named["name"], strict=True)
    ]
    who = (
        f"named, the {counted(len(names), 'connector')} of the table: {listed(names)}"
        if names
        else "nobody bridges two clusters yet"
    )
    hollow = (
        f", and {counted(apart, 'group')} that share only a place or nothing (hollow dots)"
        if apart
        else ""
    )
    return (
        f"Tribe map: {counted(n, 'tribe')} of {MIN_TRIBE_SIZE} or more people{hollow}; "
        f"highlighted, the one you serve: '{label}' "
        f"({counted(len(members), 'person', 'people')}); {who}."
    )


def _boxes(texts: list, renderer) -> list:
    """Screen boxes of labels, white background included, with a few pixels to spare."""
    from matplotlib.transforms import Bbox

    boxes = []
    for t in texts:
        box = t.get_window_extent(renderer)
        patch = t.get_bbox_patch()
        if patch is not None:
            t.update_bbox_position_size(renderer)
            box = Bbox.union([box, patch.get_window_extent(renderer)])
        boxes.append(box.padded(LABEL_GAP_PX))
    return boxes


def _repel(ax: Axes, texts: list, anchors: np.ndarray, steps: int = 400) -> list:
    """Push overlapping labels apart (in screen pixels); drop any that still overlap.

    Returns the labels kept. Texts earlier in the list win when one must go.
    """
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    to_data = ax.transData.inverted()
    for _ in range(steps):
        boxes = _boxes(texts, renderer)
        shift = np.zeros((len(texts), 2))
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                if not a.overlaps(b):
                    continue
                ox = min(a.x1, b.x1) - max(a.x0, b.x0)
                oy = min(a.y1, b.y1) - max(a.y0, b.y0)
                sign_y = 1.0 if (a.y0 + a.y1) >= (b.y0 + b.y1) else -1.0
                sign_x = 1.0 if (a.x0 + a.x1) >= (b.x0 + b.x1) else -1.0
                if oy <= ox:  # cheaper to separate vertically
                    shift[i, 1] += sign_y * (oy / 2 + 1)
                    shift[j, 1] -= sign_y * (oy / 2 + 1)
                else:
                    shift[i, 0] += sign_x * (ox / 2 + 1)
                    shift[j, 0] -= sign_x * (ox / 2 + 1)
        if not shift.any():
            break
        for t, (dx, dy) in zip(texts, shift, strict=True):
            px, py = ax.transData.transform(t.get_position())
            t.set_position(to_data.transform((px + dx, py + dy)))
    kept: list = []
    for t in texts:
        box = _boxes([t], renderer)[0]
        if any(box.overlaps(other) for other in _boxes(kept, renderer)):
            t.remove()
        else:
            kept.append(t)
    for t, (x, y) in zip(texts, anchors, strict=True):
        if t not in kept:
            continue
        tx, ty = t.get_position()
        if np.hypot(*(ax.transData.transform((tx, ty)) - ax.transData.transform((x, y)))) > 30:
            ax.plot([x, tx], [y, ty], color="#555555", linewidth=0.9, zorder=4)
    return kept


def plot_tribe(
    G: nx.Graph,
    *,
    ax: Axes | None = None,
    max_nodes: int = MAX_NODES,
    max_labels: int = MAX_LABELS,
) -> Axes:
    """Draw the tribe: the one you serve in colour, the connectors named, thin links.

    Parameters
    ----------
    G
        The graph of :func:`realnet_kit.build_tribe` (communities are found if missing).
    ax
        Axes to draw on; a new figure when None.
    max_nodes
        Most people drawn; larger graphs keep the best-linked and best-known.
    max_labels
        Most names written: the first connectors of notebook 04's table
        (:data:`~realnet_kit.tribe.describe.CONNECTORS_SHOWN` of them at most).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.les_miserables_graph()  # nobody tagged: groups, not tribes
    >>> plot_tribe(G, max_labels=5).get_title(loc="left")
    "No tribe of 5 or more yet, and the group you serve: 'mixed group 1'"
    """
    import networkx as nx

    ax = new_axes(ax, figsize=(13, 9))
    if not any("community" in d for _, d in G.nodes(data=True)):
        find_communities(G)
    ax.set_axis_off()
    if G.number_of_edges() == 0:
        ax.set_title("Your tribe", fontsize=FONT_SIZE + 4, loc="left", pad=14)
        ax.text(
            0.5,
            0.5,
            "Nobody shares a tag, place or conversation yet:\ntag a few people "
            "and build the tribe again.",
            ha="center",
            va="center",
            fontsize=FONT_SIZE,
            transform=ax.transAxes,
        )
        return set_alt_text(ax, tribe_alt_text(G))
    served = served_tribe(G)
    kinds = cluster_kinds(G)
    n_tribes = sum(kind == TRIBE for kind in kinds.values())
    table = connectors_table(G, top=min(CONNECTORS_SHOWN, max_labels))
    by_id = {str(n): n for n in G.nodes}
    named = [by_id[c] for c in table["contact_id"] if c in by_id]
    H, clusters = _drawn(G, max_nodes, served, named)
    served_label = cluster_names(G)[served]
    counted_tribes = (
        f"Your {counted(n_tribes, 'tribe')}"
        if n_tribes
        else f"No tribe of {MIN_TRIBE_SIZE} or more yet"
    )
    one = "one" if kinds.get(served) == TRIBE else "group"
    ax.set_title(
        f"{counted_tribes}, and the {one} you serve: '{served_label}'",
        fontsize=FONT_SIZE + 4,
        loc="left",
        pad=14,
    )
    pos = _cluster_layout(H, clusters, served)
    within, across = _thinned(H, named)
    served_links = [e for e in within if H.nodes[e[0]].get("community") == served]
    other_links = [e for e in within if H.nodes[e[0]].get("community") != served]
    for edges, colour, width in ((other_links, OTHER_LINK_COLOUR, 0.7),
                                 (served_links, SERVED_LINK_COLOUR, 1.0),
                                 (across, BRIDGE_LINK_COLOUR, 1.0)):  # fmt: skip
        if edges:
            nx.draw_networkx_edges(H, pos, edgelist=edges, ax=ax, edge_color=colour, width=width)
    nodes = sorted(H.nodes, key=lambda n: (H.nodes[n].get("community") == served, str(n)))
    sizes = [60 + 4 * H.nodes[n].get("strength", 0.0) + 6 * H.degree(n) ** 0.5 for n in nodes]

    def fill(n) -> str:
        c = H.nodes[n].get("community", -1)
        if c == served:
            return SERVED_COLOUR
        return OTHER_COLOUR if kinds.get(c) == TRIBE else NOT_A_TRIBE_FILL

    fills = [fill(n) for n in nodes]
    known = {by_id[c] for c, k in zip(table["contact_id"], table["you_know_them"], strict=True)
             if c in by_id and k != "not yet"}  # fmt: skip
    rims = [KNOWN_RIM if n in known else STRANGER_RIM if n in set(named)
            else NOT_A_TRIBE_RIM if f == NOT_A_TRIBE_FILL else "white"
            for n, f in zip(nodes, fills, strict=True)]  # fmt: skip
    widths = [2.0 if r in (KNOWN_RIM, STRANGER_RIM) else 0.8 for r in rims]
    nx.draw_networkx_nodes(H, pos, nodelist=nodes, node_size=sizes, node_color=fills, ax=ax,
                           edgecolors=rims, linewidths=widths)  # fmt: skip
    spread = max((float(np.hypot(*p)) for p in pos.values()), default=1.0) or 1.0
    lift = LABEL_LIFT * max(spread / 1.5, 1.0)
    anchors = np.array([pos[n] for n in named]) if named else np.zeros((0, 2))
    texts = []
    for n, (x, y) in zip(named, anchors, strict=True):
        out = np.array([x, y]) / (np.hypot(x, y) or 1.0)  # away from the middle
        texts.append(
            ax.text(
                x + lift * out[0],
                y + lift * out[1],
                shortened(drawable(mask_name(H.nodes[n].get("name", n), "name", key=n)), 28),
                fontsize=FONT_SIZE - 1,
                fontfamily=label_fonts(),
                ha="left" if out[0] >= 0 else "right",
                va="bottom" if out[1] >= 0 else "top",
                zorder=5,
                bbox={
                    "boxstyle": "round,pad=0.2",
                    "facecolor": "white",
                    "edgecolor": "none",
                    "alpha": 0.85,
                },
            )
        )
    ax.margins(0.15)
    if texts:
        _repel(ax, texts, anchors)
    from matplotlib.lines import Line2D

    def dot(colour: str, label: str, rim: str = "white", width: float = 2.0) -> Line2D:
        return Line2D([], [], marker="o", linestyle="", markersize=12, color=colour,
                      markeredgecolor=rim, markeredgewidth=width, label=label)  # fmt: skip

    handles = [dot(SERVED_COLOUR, f"the tribe you serve: {served_label}")]
    drawn = {H.nodes[n].get("community", -1) for n in H.nodes} - {served}
    if any(kinds.get(c) == TRIBE for c in drawn):
        handles.append(dot(OTHER_COLOUR, "your other tribes"))
    if any(kinds.get(c) != TRIBE for c in drawn):
        handles.append(
            dot(
                NOT_A_TRIBE_FILL,
                "not a tribe: shares only a place, or nothing",
                rim=NOT_A_TRIBE_RIM,
                width=1.0,
            )
        )
    if known:
        handles.append(dot("white", "connector you know: thank, then ask", rim=KNOWN_RIM))
    if set(named) - known:
        handles.append(dot("white", "connector to get to know first", rim=STRANGER_RIM))
    ax.legend(handles=handles, fontsize=FONT_SIZE - 3, frameon=False, loc="upper left",
              bbox_to_anchor=(1.0, 1.0))  # fmt: skip
    return set_alt_text(ax, tribe_alt_text(G, max_labels=max_labels))
