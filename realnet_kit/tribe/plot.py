"""The tribe drawn for a projector (behind :func:`realnet_kit.plot_tribe`).

Only the key people are named (connectors, the inner circle and real ties, the
best-linked person of each cluster), in large type on a white box, and a small
collision-avoidance pass pushes labels apart until no two overlap; a thin leader line
joins a label that had to move to its dot.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from realnet_kit.privacy import mask_name
from realnet_kit.style import FONT_SIZE, OKABE_ITO, drawable, label_fonts, new_axes
from realnet_kit.tribe.communities import find_communities, find_connectors

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    from matplotlib.axes import Axes

__all__ = ["plot_tribe"]

#: Cluster colours, in order (Okabe-Ito without black); later clusters are grey.
CLUSTER_COLOURS = (
    "blue",
    "orange",
    "bluish green",
    "reddish purple",
    "sky blue",
    "vermillion",
    "yellow",
)
OTHER_COLOUR = "#BBBBBB"
#: Most people drawn; on bigger graphs the best-linked and best-known are kept.
MAX_NODES = 250
#: Most names written on the picture.
MAX_LABELS = 16
LAYOUT_SEED = 7
#: Labels start this far out from their dot (layout units; the layout spans about 3).
LABEL_LIFT = 0.06
#: Pixels kept free between two labels.
LABEL_GAP_PX = 3
#: Most names written per cluster.
LABELS_PER_CLUSTER = 3
#: Connectors are named when their score is at least this share of the best one's.
CONNECTOR_LABEL_SHARE = 0.25


def _key_people(H: nx.Graph, max_labels: int) -> list:
    """Whom to name: connectors, then the closest ties, then each cluster's hub;
    at most ``LABELS_PER_CLUSTER`` per cluster so no cluster is buried in names."""
    by_id = {str(n): n for n in H.nodes}
    found = find_connectors(H, top=5)
    if len(found):  # a weak bridge (a stray shared word) is no reason to name someone
        found = found[found["score"] >= CONNECTOR_LABEL_SHARE * found["score"].max()]
    connectors = [by_id[c] for c in found["contact_id"] if c in by_id]
    close = sorted(
        (n for n in H.nodes if H.nodes[n].get("tier") in ("inner circle", "real")),
        key=lambda n: (-H.nodes[n].get("strength", 0.0), str(n)),
    )
    by_cluster: dict[int, list] = {}
    for n in H.nodes:
        by_cluster.setdefault(H.nodes[n].get("community", -1), []).append(n)
    hubs = [
        max(by_cluster[c], key=lambda n: (H.degree(n, weight="weight"), str(n)))
        for c in sorted(k for k in by_cluster if k >= 0)
    ]
    chosen, per = [], {}
    for n in dict.fromkeys([*connectors[:3], *hubs, *close, *connectors[3:]]):
        c = H.nodes[n].get("community", -1)
        if per.get(c, 0) < LABELS_PER_CLUSTER and len(chosen) < max_labels:
            chosen.append(n)
            per[c] = per.get(c, 0) + 1
    return chosen


def _drawn(G: nx.Graph, max_nodes: int) -> tuple[nx.Graph, list[int]]:
    """The biggest clusters (one colour each) and, in each, its best-known and
    best-linked members, up to ``max_nodes`` people in all."""
    members: dict[int, list] = {}
    for n, d in G.nodes(data=True):
        if d.get("community", -1) >= 0:
            members.setdefault(d["community"], []).append(n)
    clusters = sorted(members, key=lambda c: (-len(members[c]), c))[: len(CLUSTER_COLOURS)]
    quota = max(1, max_nodes // max(len(clusters), 1))
    keep: list = []
    for c in clusters:
        ranked = sorted(
            members[c],
            key=lambda n: (
                G.nodes[n].get("tier") not in ("inner circle", "real"),
                -G.degree(n, weight="weight"),
                str(n),
            ),
        )
        keep += ranked[:quota]
    return _ordered_subgraph(G, keep), clusters


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


def _cluster_layout(H: nx.Graph, clusters: list[int]) -> dict:
    """Clusters on a circle, each laid out on its own, sized by its head count."""
    import networkx as nx

    groups = {c: [n for n in H.nodes if H.nodes[n].get("community") == c] for c in clusters}
    biggest = max(len(g) for g in groups.values())
    angles = np.linspace(0, 2 * np.pi, len(clusters), endpoint=False) + np.pi / 2
    pos = {}
    for nodes, angle in zip(groups.values(), angles, strict=True):
        centre = np.zeros(2) if len(clusters) == 1 else np.array([np.cos(angle), np.sin(angle)])
        sub = _ordered_subgraph(H, nodes)
        local = nx.spring_layout(sub, seed=LAYOUT_SEED, weight="weight")
        xy = np.array([local[n] for n in nodes]) if nodes else np.zeros((0, 2))
        xy = xy - xy.mean(axis=0) if len(xy) else xy
        reach = np.percentile(np.hypot(*xy.T), 90) if len(xy) > 1 else 1.0
        radius = 0.4 * max(np.sqrt(len(nodes) / biggest), 0.3)
        xy = xy / (reach or 1.0) * radius
        norm = np.hypot(*xy.T) if len(xy) else xy
        xy = np.where((norm > 1.25 * radius)[:, None], xy / norm[:, None] * 1.25 * radius, xy)
        for n, p in zip(nodes, xy, strict=True):
            pos[n] = centre + p
    return pos


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
    """Draw the tribe: clusters in colour, key people named, labels that never collide.

    Parameters
    ----------
    G
        The graph of :func:`realnet_kit.build_tribe` (communities are found if missing).
    ax
        Axes to draw on; a new figure when None.
    max_nodes
        Most people drawn; larger graphs keep the best-linked and best-known.
    max_labels
        Most names written.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.les_miserables_graph()
    >>> plot_tribe(G, max_labels=5).get_title(loc="left").startswith("Your tribe")
    True
    """
    import networkx as nx

    ax = new_axes(ax, figsize=(13, 9))
    if not any("community" in d for _, d in G.nodes(data=True)):
        find_communities(G)
    H, clusters = _drawn(G, max_nodes)
    ax.set_title(
        f"Your tribe: its {len(clusters)} biggest clusters, {H.number_of_nodes()} people shown",
        fontsize=FONT_SIZE + 4,
        loc="left",
        pad=14,
    )
    ax.set_axis_off()
    if H.number_of_nodes() == 0:
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
        return ax
    pos = _cluster_layout(H, clusters)
    colour = {c: OKABE_ITO[CLUSTER_COLOURS[i]] for i, c in enumerate(clusters)}
    nx.draw_networkx_edges(H, pos, ax=ax, edge_color="#CCCCCC", width=0.6, alpha=0.7)
    nodes = list(H.nodes)
    sizes = [60 + 4 * H.nodes[n].get("strength", 0.0) + 6 * H.degree(n) ** 0.5 for n in nodes]
    fills = [colour.get(H.nodes[n].get("community", -1), OTHER_COLOUR) for n in nodes]
    nx.draw_networkx_nodes(
        H,
        pos,
        nodelist=nodes,
        node_size=sizes,
        node_color=fills,
        ax=ax,
        edgecolors="white",
        linewidths=0.8,
    )
    key = _key_people(H, max_labels)
    anchors = np.array([pos[n] for n in key]) if key else np.zeros((0, 2))
    texts = []
    for n, (x, y) in zip(key, anchors, strict=True):
        out = np.array([x, y]) / (np.hypot(x, y) or 1.0)  # away from the middle
        texts.append(
            ax.text(
                x + LABEL_LIFT * out[0],
                y + LABEL_LIFT * out[1],
                drawable(mask_name(H.nodes[n].get("name", n), "name", key=n))[:28],
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

    handles = []
    for c in clusters[: len(CLUSTER_COLOURS)]:
        member = next(n for n in H.nodes if H.nodes[n].get("community") == c)
        label = H.nodes[member].get("community_label", f"group {c + 1}")
        handles.append(
            Line2D([], [], marker="o", linestyle="", markersize=12, color=colour[c], label=label)
        )
    if handles:
        ax.legend(
            handles=handles,
            fontsize=FONT_SIZE - 3,
            frameon=False,
            loc="upper left",
            bbox_to_anchor=(1.0, 1.0),
        )
    return ax
