"""The printable one-page plan (behind :func:`realnet_kit.export_plan_html`).

One self-contained HTML file rendered from ``templates/plan.html.j2`` (autoescape on):
inline CSS with print rules (A4 and Letter both fit), no scripts, fonts, images or links
to anything outside the file, every name and action escaped. The page shows the first
weeks of the plan, each repeating action in every week it falls in, with a box to tick,
and then the rhythm: who to keep in touch with how often.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from realnet_kit.config import make_private
from realnet_kit.html import render
from realnet_kit.plan.exports import check_plan, writable_path
from realnet_kit.privacy import mask_frame
from realnet_kit.words import is_missing, repeats

__all__ = ["PRINT_WEEKS", "export_plan_html"]

#: How many weeks the printed page shows (a month fits on one sheet).
PRINT_WEEKS = 4
#: Most actions printed, so the page stays one sheet (fewer weeks are shown instead).
PRINT_MAX_ROWS = 36
#: Names listed per cadence in "Keep the rhythm" (the rest are counted).
RHYTHM_NAMES_SHOWN = 24


def _occurrences(plan: pd.DataFrame, first: pd.Timestamp, weeks: int) -> pd.DataFrame:
    """Every row, repeated on each date it falls within ``weeks`` weeks of ``first``."""
    end = first + pd.Timedelta(weeks=weeks)
    parts = []
    cadence = pd.to_numeric(plan["cadence_days"], errors="coerce")
    for step in range(0, weeks * 7 + 1):
        due = plan["_due"] + pd.to_timedelta(cadence.fillna(0) * step, unit="D")
        keep = (due < end) & ((step == 0) | (cadence.fillna(0) > 0))
        if not keep.any():
            break
        parts.append(plan[keep].assign(_when=due[keep]))
    if not parts:
        return plan.iloc[0:0].assign(_when=pd.Series(dtype="datetime64[us, UTC]"))
    return pd.concat(parts).sort_values(["_when", "name"], kind="stable")


def _rhythm(plan: pd.DataFrame) -> list[dict]:
    """Who to keep in touch with how often: one entry per cadence, most frequent first."""
    rep = plan[pd.to_numeric(plan["cadence_days"], errors="coerce") > 0]
    beats = []
    for days, group in rep.groupby(pd.to_numeric(rep["cadence_days"]), sort=True):
        people = list(dict.fromkeys(group["name"].astype(str)))
        beats.append(
            {
                "label": repeats(int(days)),
                "people": people[:RHYTHM_NAMES_SHOWN],
                "more": max(0, len(people) - RHYTHM_NAMES_SHOWN),
            }
        )
    return beats


def _minutes(value: object) -> object:
    """Minutes as printed: the number, or None when the plan has none."""
    return None if is_missing(value) else value


def export_plan_html(
    plan: pd.DataFrame,
    path: str | Path,
    *,
    title: str = "My give-first plan",
    weeks: int | None = None,
) -> Path:
    """Write the plan as one printable HTML page, grouped by week.

    The page needs nothing outside itself (no scripts, fonts or images), so it prints the
    same offline, and every name and action is HTML-escaped. Dropped and done rows are
    left out; repeating rows appear in each week they fall in.

    Parameters
    ----------
    plan
        The plan frame: ``contact_id``, ``name``, ``action``, ``due``, ``cadence_days``;
        ``minutes``, ``offline`` and ``status`` are used when present.
    path
        The ``.html`` file to write (open it in a browser and print it).
    title
        The heading of the page.
    weeks
        How many weeks from the first due date to show. None: up to
        :data:`PRINT_WEEKS`, fewer when that many would not fit on one printed sheet
        (more than :data:`PRINT_MAX_ROWS` actions).

    Returns
    -------
    pathlib.Path
        The path written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> plan = pd.DataFrame({"contact_id": ["x:1"], "name": ["<Ada>"], "action": ["Call"],
    ...     "due": pd.to_datetime(["2026-01-05"], utc=True),
    ...     "cadence_days": pd.array([7], dtype="Int64")})
    >>> out = export_plan_html(plan, pathlib.Path(tempfile.mkdtemp()) / "plan.html")
    >>> "&lt;Ada&gt;" in out.read_text() and "<Ada>" not in out.read_text()
    True
    """
    check_plan(plan, "export_plan_html")
    if weeks is not None and int(weeks) < 1:
        raise ValueError(f"weeks={weeks} must be at least 1 (4 fits on one printed page).")
    path = writable_path(path, "export_plan_html")
    live = mask_frame(plan).copy()  # pseudonyms when written in presenter mode
    if "name" not in live.columns:
        live["name"] = live["contact_id"]
    if "cadence_days" not in live.columns:
        live["cadence_days"] = pd.NA
    if "status" in live.columns:
        live = live[~live["status"].astype("string").str.lower().isin(["dropped", "done"])]
    live["_due"] = pd.to_datetime(live["due"], utc=True, errors="coerce")
    live = live[live["_due"].notna()]
    shown = []
    if live.empty:
        first = pd.Timestamp.now(tz="UTC").normalize()
    else:
        first = live["_due"].min().normalize()
        monday = first - pd.Timedelta(days=first.weekday())
        if weeks is None:  # as many weeks as one sheet holds
            occ = _occurrences(live, monday, PRINT_WEEKS)
            weeks = PRINT_WEEKS
            while weeks > 1 and (occ["_when"] < monday + pd.Timedelta(weeks=weeks)).sum() > (
                PRINT_MAX_ROWS
            ):
                weeks -= 1
        occ = _occurrences(live, monday, int(weeks))
        for w in range(int(weeks)):
            start = monday + pd.Timedelta(weeks=w)
            rows = occ[(occ["_when"] >= start) & (occ["_when"] < start + pd.Timedelta(weeks=1))]
            total = pd.to_numeric(rows.get("minutes"), errors="coerce")
            total = total.sum() if total is not None and len(rows) else 0
            shown.append(
                {
                    "start": start.strftime("%a %d %b %Y"),
                    "minutes": int(total) if total > 0 else 0,
                    "rows": [
                        {
                            "who": r["name"],
                            "day": r["_when"].strftime("%a"),
                            "action": r["action"],
                            "offline": r.get("offline") is True,
                            "minutes": _minutes(r.get("minutes")),
                        }
                        for r in rows.to_dict("records")
                    ],
                }
            )
    page = render(
        "plan.html.j2",
        title=title,
        first=first.strftime("%d %b %Y"),
        weeks=shown,
        rhythm=_rhythm(live) if not live.empty else [],
        people=live["contact_id"].nunique() if not live.empty else 0,
        actions=len(live),
        made=pd.Timestamp.now(tz="UTC").strftime("%d %b %Y"),
    )
    path.write_text(page, encoding="utf-8")
    return make_private(path)
