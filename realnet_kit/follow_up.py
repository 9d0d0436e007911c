"""Sentences and tables for notebooks 05 and 06: the plan, who is due, the measures.

The companions of :mod:`realnet_kit.narrate` for the second half of the workshop: each
function prints plain sentences with the participant's own numbers, or shows a short
table masked in presenter mode.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from realnet_kit.narrate import TABLE_ROWS, scored, show


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
    print(f"{repeating:,} of them repeat on a rhythm; the others are one-off gestures.")
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
    print(f"  {int(recent['conversations'].sum()):,} real conversations (both ways)")
    print(f"  {int(recent['given'].sum()):,} things you gave (favours, introductions, reviews)")
    print(f"  {int(recent['received'].sum()):,} things you received")
    print(f"  {int(recent['offline'].sum()):,} meetings, calls or coffees")


def show_actions(rows: int = 8) -> Any:
    """A few give-first actions from the catalogue, quickest first, with their reason."""
    from realnet_kit.plan import actions_table

    table = actions_table()
    print(f"The catalogue holds {len(table)} actions; here are the quickest {rows}.")
    table["action"] = table["action"].str.replace("{name}", "them", regex=False)
    return table.head(rows)[["minutes", "action", "why"]]
