"""Sentences and tables for notebooks 05 and 06: the plan, who is due, the measures.

The companions of :mod:`realnet_kit.narrate` for the second half of the workshop: each
function prints plain sentences with the participant's own numbers, or shows a short
table masked in presenter mode.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from realnet_kit._tables import counted
from realnet_kit.narrate import TABLE_ROWS, _names, as_table, scored, show


def tell_plan(plan: pd.DataFrame) -> None:
    """Print what the plan asks: how many actions, for how many people, how much time."""
    from realnet_kit.handouts import active_plan

    todo = active_plan(plan)
    if not len(todo):
        print("The plan is empty: score a few people as inner circle, real or warm first.")
        return
    people = todo["contact_id"].nunique()
    repeating = int(todo["cadence_days"].notna().sum())
    print(f"Your plan has {len(todo):,} actions for {people:,} people.")
    these = "this action repeats" if repeating == 1 else "these actions repeat"
    print(f"{repeating:,} of {these} on a rhythm; the others are one-off gestures.")
    if "offline" in todo.columns:
        offline = int(todo["offline"].fillna(False).astype(bool).sum())
        print(f"{offline:,} take a relationship offline: a coffee, a call, a visit.")
    first = todo.sort_values("due", kind="stable").iloc[0]
    when = pd.Timestamp(first["due"]).strftime("%A %d %B %Y")
    print(f"The first one is due on {when}.")


def due_now(data: Any) -> pd.DataFrame:
    """``due_list`` for the workshop data: the saved plan (or the scores) as of today."""
    from realnet_kit.measure import due_list

    plan = data.workbook.plan()
    basis = plan if len(plan) else scored(data)
    if not len(basis):
        return pd.DataFrame(columns=["contact_id", "name", "status", "next_due", "reason"])
    return due_list(
        basis, data.workbook.interactions(), data.workbook.snoozes(), today=data.today()
    )


def overdue_count(data: Any) -> int:
    """How many people are overdue today."""
    due = due_now(data)
    return int((due["status"] == "overdue").sum()) if len(due) else 0


def tell_due(data: Any, rows: int = TABLE_ROWS) -> Any:
    """Print who is overdue and who is due this week, and show them."""
    due = due_now(data)
    overdue = int((due["status"] == "overdue").sum()) if len(due) else 0
    day = data.today().strftime("%A %d %B %Y")
    print(f"As of {day}: {overdue:,} people are overdue and {len(due) - overdue:,} are due soon.")
    if not len(due):
        return None
    due = due.copy()
    names = _names(data).set_index("contact_id")
    for column in ("name", "handle"):
        if column in names.columns:
            known = due["contact_id"].map(names[column]).astype("string")
            if column not in due:
                due[column] = known
                continue
            mine = due[column].astype("string")
            placeholder = mine.isna() | (mine == due["contact_id"].astype("string"))
            due[column] = mine.mask(placeholder, known)
    return show(due, ["tier", "status", "next_due", "reason"], rows=rows)


def logged_by_hand(data: Any) -> int:
    """How many interactions in the workbook did not come from the export."""
    stored = data.workbook.interactions()
    loaded = data.cache.get("loaded_interactions")
    if loaded is None:
        loaded = data.interactions
    keys = ["contact_id", "timestamp", "direction", "kind"]
    known = set(map(tuple, loaded[keys].astype(str).to_numpy()))
    return sum(tuple(row) not in known for row in stored[keys].astype(str).to_numpy())


def tell_measures(measures: pd.DataFrame, weeks: int = 4) -> None:
    """Print the relationship measures of the last ``weeks`` weeks."""
    if not len(measures):
        print("Nothing logged yet: the measures start with your first conversation.")
        return
    recent = measures.tail(weeks)
    start = pd.Timestamp(recent["week"].iloc[0]).strftime("%d %B %Y")
    print(f"In the {len(recent)} weeks from {start}:")
    lines = (
        ("conversations", "real conversation (both ways)", "real conversations (both ways)"),
        ("given", "thing you gave (a favour, an introduction, a review)",
         "things you gave (favours, introductions, reviews)"),
        ("received", "thing you received", "things you received"),
        ("offline", "meeting, call or coffee", "meetings, calls or coffees"),
    )  # fmt: skip
    for column, one, many in lines:
        count = int(recent[column].sum())
        print(f"  {counted(count, one, many)}")


def show_actions(rows: int = 8, person: Any = None) -> Any:
    """A few give-first actions from the catalogue, quickest first, with their reason.

    Parameters
    ----------
    rows
        How many actions to show.
    person
        Whose name to write into the actions: a name, or a contact row (a dict or a
        Series with ``name``, else ``handle``, and ``company`` when known). Without one
        the actions keep the stand-ins "[name]" and "[their business]".

    Examples
    --------
    >>> table = show_actions(2, person={"name": "Ada", "company": "Ada's Bakes"})
    The catalogue holds 33 actions; here are the quickest 2.
    >>> table.loc[0, "action"]
    'Congratulate Ada on a recent win with a personal message'
    """
    from realnet_kit.plan import actions_table

    table = actions_table()
    print(f"The catalogue holds {len(table)} actions; here are the quickest {rows}.")
    table = table.head(rows)
    name, company = _person_words(person)
    if name is not None:
        table["action"] = [
            template.format(name=name, company=company) for template in table["template"]
        ]
    return as_table(table[["minutes", "action", "why"]])


def _person_words(person: Any) -> tuple[str | None, str]:
    """The name and business to write into an action for ``person`` (name masked on a projector).

    A person without a known company keeps a readable phrase: "Ada's business".
    """
    from realnet_kit.privacy import mask_name

    if person is None:
        return None, "[their business]"
    if isinstance(person, str):
        fields: dict = {"name": person}
    elif isinstance(person, pd.DataFrame):
        fields = person.iloc[0].to_dict() if len(person) else {}
    else:
        fields = dict(person)

    def known(key: str) -> str:
        value = fields.get(key)
        return "" if value is None or pd.isna(value) else str(value).strip()

    key = fields.get("contact_id")
    if known("name"):
        name = mask_name(known("name"), "name", key=key)
    elif known("handle"):
        name = "@" + str(mask_name(known("handle"), "handle", key=key)).lstrip("@")
    else:
        return None, "[their business]"
    # the company is shown as mask_frame shows it in every table: as it is
    return name, known("company") or f"{name}'s business"


# --- notebook 04: the tribe -----------------------------------------------------------

#: The smallest cluster notebook 04 calls a tribe: the one ``describe_tribe`` uses.
from realnet_kit._tribe_find import MIN_TRIBE_SIZE as TRIBE_MIN_PEOPLE  # noqa: E402


def tribe_people(data: Any) -> pd.DataFrame:
    """The contacts the tribe is drawn from: everyone scored, followed both ways or talked with."""
    from realnet_kit.audit import audit_followers

    if "tribe_people" not in data.cache:
        audit = audit_followers(
            data.contacts, data.interactions, keywords=data.keywords(), places=data.places()
        )
        known = set(scored(data)["contact_id"].astype(str))
        keep = audit["category"].isin(["engaged", "mutual", "dormant"])
        keep |= audit["contact_id"].astype(str).isin(known)
        data.cache["tribe_people"] = audit[keep]
    return data.cache["tribe_people"]


def tribe_graph(data: Any) -> Any:
    """``build_tribe`` on :func:`tribe_people`, with your tags and scores (kept for reuse)."""
    from realnet_kit.tribe import build_tribe

    people = tribe_people(data)
    graph = build_tribe(
        people,
        data.workbook.tags(),
        data.interactions,
        scored(data),
        keywords=data.keywords(),
        places=data.places(),
    )
    data.cache["tribe_graph"] = graph
    print(
        f"The tribe map holds {graph.number_of_nodes():,} people and "
        f"{graph.number_of_edges():,} links between them."
    )
    return graph


def tribes_count(data: Any) -> int:
    """How many clusters of :data:`TRIBE_MIN_PEOPLE` or more the tribe map holds."""
    from collections import Counter

    from realnet_kit.tribe import find_communities

    graph = data.cache.get("tribe_graph")
    if graph is None:
        graph = tribe_graph(data)
    if not any("community" in d for _, d in graph.nodes(data=True)):
        find_communities(graph)
    sizes = Counter(d["community"] for _, d in graph.nodes(data=True) if d["community"] >= 0)
    return sum(size >= TRIBE_MIN_PEOPLE for size in sizes.values())


def show_top_tags(data: Any, rows: int = 15) -> Any:
    """What your people have in common: the most shared suggested tags."""
    from realnet_kit.tribe import suggest_tags

    tags = suggest_tags(tribe_people(data))
    if not len(tags):
        print("Their profiles say too little to suggest tags; add your own below.")
        return None
    counts = tags.groupby(["tag", "source"]).size().rename("people").reset_index()
    counts = counts.sort_values("people", ascending=False, kind="stable").head(rows)
    return as_table(counts)


def show_connectors(graph: Any, data: Any, rows: int = TABLE_ROWS) -> Any:
    """The people who bridge your tribes, best bridges first."""
    from realnet_kit.tribe import find_connectors

    bridges = find_connectors(graph, top=rows)
    if not len(bridges):
        print("Nobody bridges two tribes yet.")
        return None
    return show(bridges, ["contact_id", "name", "score"], rows=rows)
