"""Your tribe: who is connected to whom by topics, places, companies and conversations.

* :func:`suggest_tags` proposes tags from bios (hashtags and telling words), companies,
  positions and places, for the participant to accept or ignore (words that name no
  topic, :data:`STOP_WORDS`, never; see :mod:`realnet_kit.tribe.tags` and
  :mod:`realnet_kit.tribe._stop_words`).
* :func:`build_tribe` links contacts that share a tag, a company, a place or a group
  conversation into a :mod:`networkx` graph. Large groups are linked as a sparse ring
  with chords instead of a full clique, so thousands of contacts stay fast.
* :func:`find_communities` finds the clusters (Louvain, fixed seed) and names each one
  by its most distinctive tags; :func:`find_connectors` finds the people who bridge them.
* :func:`describe_tribe` says in words which tribe the business serves (the one whose
  people mention the business's keywords, when given) and whom in it the participant
  already knows; :func:`plot_tribe` draws it for a projector
  (see :mod:`realnet_kit.tribe.plot`).

>>> import pandas as pd
>>> contacts = pd.DataFrame({"contact_id": ["x:1", "x:2", "x:3"], "name": ["Ada", "Bo", "Cy"],
...                          "bio": ["#sourdough baker", "sourdough fan", "drummer"]})
>>> G = build_tribe(contacts)
>>> sorted(G.edges())
[('x:1', 'x:2')]
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from realnet_kit.tribe._stop_words import STOP_WORDS
from realnet_kit.tribe.communities import find_communities, find_connectors
from realnet_kit.tribe.describe import TALKED_BOTH_WAYS, describe_tribe
from realnet_kit.tribe.plot import plot_tribe
from realnet_kit.tribe.tags import (
    GROUP_COLUMNS,
    KEYWORD_COLUMNS,
    PLACE_COLUMNS,
    TOPIC_ALWAYS_OK,
    TOPIC_MAX_SHARE,
    TOPIC_MIN_PEOPLE,
    _col,
    _keyword_terms,
    _norm_tag,
    mark_keywords,
    match_keywords,
    suggest_tags,
)

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = [
    "GROUP_COLUMNS",
    "KEYWORD_COLUMNS",
    "LINK_WEIGHTS",
    "MAX_CLIQUE",
    "PLACE_COLUMNS",
    "STOP_WORDS",
    "TOPIC_ALWAYS_OK",
    "TOPIC_MAX_SHARE",
    "TOPIC_MIN_PEOPLE",
    "build_tribe",
    "describe_tribe",
    "find_communities",
    "find_connectors",
    "match_keywords",
    "plot_tribe",
    "suggest_tags",
]

#: How much one shared thing adds to the link between two people.
LINK_WEIGHTS = {
    "tag": 3.0,  # a tag the participant gave
    "community": 2.5,  # an address-book group (Google Contacts labels)
    "conversation": 2.0,  # the same group conversation
    "company": 2.0,
    "place": 1.5,
    "topic": 1.0,  # a word or hashtag their bios share (a phrase of several words, such
    # as "sound engineer", links nobody: its words do, and the phrase names the cluster)
}
#: Groups up to this size are linked as a full clique. Bigger ones are linked along
#: ``SPARSE_ROUNDS`` shuffled chains through all members (a sparse random graph that
#: stays one cluster), so the cost grows with the group, not with its square; their
#: links weigh less, as a word shared by hundreds says less than one shared by five.
MAX_CLIQUE = 12
SPARSE_ROUNDS = 2
#: Seed of the community search, so the same contacts give the same clusters.
SEED = 42


def _tag_rows(tags: Any) -> list[tuple[str, str]]:
    if tags is None:
        return []
    if isinstance(tags, dict):
        return [(str(c), _norm_tag(t)) for c, ts in tags.items() for t in ts if _norm_tag(t)]
    if isinstance(tags, pd.DataFrame) and {"contact_id", "tag"} <= set(tags.columns):
        return [
            (str(c), _norm_tag(t))
            for c, t in zip(tags["contact_id"], tags["tag"], strict=True)
            if _norm_tag(t)
        ]
    raise ValueError(
        "tags must be Workbook().tags() (columns contact_id and tag) or a dict "
        "{contact_id: [tag, ...]}."
    )


def _conversation_groups(interactions: pd.DataFrame | None) -> dict[str, list[str]]:
    """Group threads: an explicit thread column, or one message sent to several people."""
    if interactions is None or len(interactions) == 0 or "contact_id" not in interactions:
        return {}
    thread = next(
        (c for c in ("conversation_id", "thread", "conversation") if c in interactions.columns),
        None,
    )
    if thread is not None:
        keys = interactions[thread].astype(str)
    else:
        out = interactions[interactions["direction"].astype(str) == "out"]
        note = out["note"].astype(str) if "note" in out.columns else ""
        keys = out["timestamp"].astype(str) + "|" + note
        interactions = out
    groups = pd.Series(interactions["contact_id"].astype(str).to_numpy(), index=keys.to_numpy())
    members = groups.groupby(level=0).unique()
    return {k: sorted(v) for k, v in members.items() if len(v) > 1}


def _link(edges: dict, members: dict[str, float], why: str) -> None:
    """Link the members of one group; a pair's weight is the weaker of their two
    reasons to be in it (a tag given by the participant beats a word in a bio)."""
    names = sorted(members)
    n = len(names)
    if n < 2:
        return
    if n <= MAX_CLIQUE:
        scale = 1.0
        pairs = [(names[i], names[j]) for i in range(n) for j in range(i + 1, n)]
    else:
        scale = 1.0 / (1.0 + np.log(n / MAX_CLIQUE))
        rng = np.random.default_rng(_stable_seed(why))
        pairs = []
        for _ in range(SPARSE_ROUNDS):
            order = [names[k] for k in rng.permutation(n)]
            pairs += list(zip(order, order[1:] + order[:1], strict=True))
    for a, b in pairs:
        key = (a, b) if a < b else (b, a)
        entry = edges[key]
        entry[0] += scale * min(members[a], members[b])
        entry[1].add(why)


def _stable_seed(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=4).digest(), "big")


def build_tribe(
    contacts: pd.DataFrame,
    tags: Any = None,
    interactions: pd.DataFrame | None = None,
    scored: pd.DataFrame | None = None,
    *,
    suggest: bool = True,
    keywords: Any = None,
    places: Any = None,
) -> nx.Graph:
    """A graph of contacts linked by what they share.

    Parameters
    ----------
    contacts
        Contacts (contract section 1). Nodes carry ``name``, ``tags``, ``tier`` and
        ``strength`` when ``scored`` is given, and ``talked_both_ways`` when the frame is
        an audit (:func:`realnet_kit.audit_followers`, its ``category`` column).
    tags
        The participant's own tags: ``Workbook().tags()`` or ``{contact_id: [tags]}``.
    interactions
        Interactions (section 2); people in the same group conversation are linked.
    scored
        ``score_contacts`` output, to know whom the participant already knows well.
    suggest
        Also link by :func:`suggest_tags` (topics, companies, places).
    keywords
        What the business is about, as the participant said it (``"folk, gig, radio"``
        or a list). Each node's ``keywords`` lists the ones its bio, job title, company,
        industry or tags mention, and :func:`describe_tribe` then says which tribe the
        business serves by them. Without keywords, a ``relevant`` column in
        ``contacts`` (from :func:`realnet_kit.mark_relevant`) is used instead.
    places
        The towns the business works in (``"Leeds, Yorkshire"``), matched like keywords
        (a place tag such as a Google Contacts city counts). They are kept apart from
        the keywords (``places_named`` on each node): a town most contacts share says
        which tribe the business serves only when no keyword matches anyone, and it
        names a cluster only when nothing else describes it.

    Returns
    -------
    networkx.Graph
        Nodes are contact ids; each edge has ``weight`` and ``why`` (what they share).
        ``G.graph["keywords"]`` holds the keywords given, ``G.graph["places"]`` the
        places, ``G.graph["place_tags"]`` every tag that names a place.

    Examples
    --------
    >>> c = pd.DataFrame({"contact_id": ["a", "b"], "bio": ["folk fiddler", "folk singer"]})
    >>> build_tribe(c, keywords="folk, gig").nodes["a"]["keywords"]
    ['folk']
    """
    import networkx as nx

    if not isinstance(contacts, pd.DataFrame) or "contact_id" not in contacts.columns:
        raise ValueError(
            "build_tribe needs the contacts frame (from load_export or Workbook().contacts()) "
            "with a contact_id column."
        )
    contacts = contacts.drop_duplicates("contact_id")
    ids = contacts["contact_id"].astype(str).tolist()
    known = set(ids)
    names = dict(zip(ids, _col(contacts, "name"), strict=True))
    own = [(c, t) for c, t in _tag_rows(tags) if c in known]
    suggested = (
        suggest_tags(contacts) if suggest else pd.DataFrame(columns=["contact_id", "tag", "source"])
    )
    # one group per tag, whatever its source; each member keeps their strongest reason
    groups: dict[str, dict[str, float]] = defaultdict(dict)
    sug = list(zip(*(suggested[c].tolist() for c in ("contact_id", "tag", "source")), strict=True))
    for c, t, source in [*((c, t, "tag") for c, t in own), *sug]:
        if source == "topic" and " " in t:
            continue  # a phrase names; its words link (one shared thing counted once)
        weight = LINK_WEIGHTS[source]
        groups[t][c] = max(weight, groups[t].get(c, 0.0))
    edges: dict = defaultdict(lambda: [0.0, set()])
    for tag, members in sorted(groups.items()):
        _link(edges, members, tag)
    for key, members in sorted(_conversation_groups(interactions).items()):
        inside = {m: LINK_WEIGHTS["conversation"] for m in members if m in known}
        _link(edges, inside, f"a group conversation|{key}")
    tag_map: dict[str, list[str]] = defaultdict(list)
    for c, t in own:
        tag_map[c].append(t)
    for c, t, _ in sug:
        tag_map[c].append(t)
    G = nx.Graph()
    for cid in sorted(ids):  # sorted, so row order never changes the clusters
        G.add_node(cid, name=names[cid] or cid, tags=sorted(set(tag_map.get(cid, []))))
    if "category" in contacts.columns:  # an audit: whom you talked with both ways
        talked = contacts["category"].astype("string").eq(TALKED_BOTH_WAYS).fillna(False)
        for cid, flag in zip(ids, talked.tolist(), strict=True):
            G.nodes[cid]["talked_both_ways"] = bool(flag)
    mark_keywords(G, contacts, ids, _keyword_terms(keywords), _keyword_terms(places))
    G.graph["places"] = _keyword_terms(places)
    # the tags that are places: a place column or "based in ..." names them, or the
    # business gave them as its own; a cluster is named by them only when nothing else
    # describes it (:func:`find_communities`)
    G.graph["place_tags"] = sorted(
        {t for _, t, source in sug if source == "place"} | {_norm_tag(p) for p in G.graph["places"]}
    )
    G.add_edges_from(
        (a, b, {"weight": w, "why": ", ".join(sorted({y.split("|")[0] for y in why})[:3])})
        for (a, b), (w, why) in sorted(edges.items())
    )
    if scored is not None and "contact_id" in scored.columns:
        for row in scored.drop_duplicates("contact_id").to_dict("records"):
            cid = str(row["contact_id"])
            if cid in G:
                G.nodes[cid]["tier"] = str(row.get("tier", ""))
                strength = pd.to_numeric(row.get("strength"), errors="coerce")
                G.nodes[cid]["strength"] = 0.0 if pd.isna(strength) else float(strength)
                relevant = pd.to_numeric(row.get("relevant"), errors="coerce")  # 0..3 answer
                if not pd.isna(relevant):
                    G.nodes[cid]["relevant"] = float(relevant)
    return G
