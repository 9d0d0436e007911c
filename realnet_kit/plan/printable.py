"""The printable one-page plan (behind :func:`realnet_kit.export_plan_html`).

One self-contained HTML file: inline CSS with print rules (A4 and Letter both fit), no
scripts, fonts, images or links to anything outside the file, every name and action
escaped. The page shows the first weeks of the plan, each repeating action in every week
it falls in, with a box to tick, and then the rhythm: who to keep in touch with how often.
"""

from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

from realnet_kit.plan.exports import check_plan, writable_path

__all__ = ["PRINT_WEEKS", "export_plan_html"]

#: How many weeks the printed page shows (a month fits on one sheet).
PRINT_WEEKS = 4
#: Most actions printed, so the page stays one sheet (fewer weeks are shown instead).
PRINT_MAX_ROWS = 36
#: Names listed per cadence in "Keep the rhythm" (the rest are counted).
RHYTHM_NAMES_SHOWN = 24

_CADENCE_WORDS = {7: "every week", 14: "every two weeks", 30: "every month",
                  90: "every quarter", 365: "every year"}  # fmt: skip

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #111;
       margin: 2rem auto; max-width: 52rem; padding: 0 1rem; line-height: 1.35; }
h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
.lede { margin: 0 0 1rem; color: #333; }
h2 { font-size: 1.05rem; margin: 1rem 0 .3rem; border-bottom: 2px solid #0072B2;
     padding-bottom: .1rem; }
h2 .load { font-weight: normal; color: #444; font-size: .9rem; }
ul { list-style: none; padding: 0; margin: 0; }
li { display: grid; grid-template-columns: 1.4rem 9rem 1fr 4.2rem; gap: .4rem;
     padding: .18rem 0; border-bottom: 1px dotted #bbb; break-inside: avoid; }
.box { width: .95rem; height: .95rem; border: 1.5px solid #111; margin-top: .15rem; }
.who { font-weight: bold; overflow-wrap: anywhere; }
.what { overflow-wrap: anywhere; }
.min { text-align: right; color: #333; white-space: nowrap; }
.tag { font-size: .75rem; border: 1px solid #009E73; color: #00664a; border-radius: 3px;
       padding: 0 .25rem; margin-left: .3rem; white-space: nowrap; }
.rhythm dt { font-weight: bold; margin-top: .3rem; }
.rhythm dd { margin: 0 0 0 1rem; overflow-wrap: anywhere; }
.empty { color: #555; font-style: italic; }
footer { margin-top: 1rem; font-size: .8rem; color: #444; }
@page { size: auto; margin: 12mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 8.5pt; line-height: 1.22; }
  h1 { font-size: 14pt; }
  .lede { margin-bottom: 4pt; }
  h2 { font-size: 10pt; margin: 6pt 0 2pt; break-after: avoid; }
  li { grid-template-columns: 1.1rem 10rem 1fr 3.6rem; padding: 0.5pt 0; gap: .3rem; }
  .box { width: .75rem; height: .75rem; margin-top: .1rem; }
  .who { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .tag { font-size: 7pt; }
  .rhythm dt { margin-top: 2pt; }
  footer { margin-top: 6pt; font-size: 7pt; }
}
"""


def _esc(value) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    return html.escape(str(value), quote=True)


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


def _rhythm(plan: pd.DataFrame) -> str:
    rep = plan[pd.to_numeric(plan["cadence_days"], errors="coerce") > 0]
    if rep.empty:
        return ""
    items = []
    for days, group in rep.groupby(pd.to_numeric(rep["cadence_days"]), sort=True):
        days = int(days)
        label = _CADENCE_WORDS.get(days) or (
            f"every {days // 7} weeks" if days % 7 == 0 else f"every {days} days"
        )
        people = list(dict.fromkeys(group["name"].astype(str)))
        names = ", ".join(_esc(n) for n in people[:RHYTHM_NAMES_SHOWN])
        if len(people) > RHYTHM_NAMES_SHOWN:
            names += f" and {len(people) - RHYTHM_NAMES_SHOWN} more (all in your calendar)"
        items.append(f"<dt>{label.capitalize()} ({len(people)})</dt><dd>{names}</dd>")
    return '<h2>Keep the rhythm</h2><dl class="rhythm">' + "".join(items) + "</dl>"


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
    live = plan.copy()
    if "name" not in live.columns:
        live["name"] = live["contact_id"]
    if "cadence_days" not in live.columns:
        live["cadence_days"] = pd.NA
    if "status" in live.columns:
        live = live[~live["status"].astype("string").str.lower().isin(["dropped", "done"])]
    live["_due"] = pd.to_datetime(live["due"], utc=True, errors="coerce")
    live = live[live["_due"].notna()]
    body = []
    if live.empty:
        body.append('<p class="empty">Nothing planned yet: run plan_actions first.</p>')
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
            load = ""
            if "minutes" in rows.columns and len(rows):
                total = pd.to_numeric(rows["minutes"], errors="coerce").sum()
                load = f" &middot; about {int(total)} min" if total > 0 else ""
            body.append(
                f"<section><h2>Week of {start.strftime('%a %d %b %Y')}"
                f'<span class="load">{load}</span></h2><ul>'
            )
            if rows.empty:
                body.append(
                    '<li><span></span><span></span><span class="empty">'
                    "A free week: follow up on anything that came up.</span></li>"
                )
            for r in rows.to_dict("records"):
                minutes = r.get("minutes")
                m = "" if minutes is None or minutes is pd.NA or minutes != minutes else minutes
                tag = '<span class="tag">offline</span>' if r.get("offline") is True else ""
                body.append(
                    f'<li><span class="box" aria-hidden="true"></span>'
                    f'<span class="who">{_esc(r["name"])}</span>'
                    f'<span class="what">{_esc(r["_when"].strftime("%a"))}: '
                    f"{_esc(r['action'])}{tag}</span>"
                    f'<span class="min">{_esc(m)}{" min" if m != "" else ""}</span></li>'
                )
            body.append("</ul></section>")
        body.append(_rhythm(live))
    people = live["contact_id"].nunique() if not live.empty else 0
    footer = (
        f"<footer>{people} people, {len(live)} planned actions. Made with RealNet Kit on "
        f"{pd.Timestamp.now(tz='UTC').strftime('%d %b %Y')}; the calendar file holds the "
        "rest of the year.</footer>"
    )
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{_esc(title)}</h1>"
        f'<p class="lede">Give first. Starting {first.strftime("%d %b %Y")}, '
        f"{int(weeks or PRINT_WEEKS)} week{'s' * (weeks != 1)} shown. "
        "Tick each box when done.</p>" + "".join(body) + footer + "</body></html>\n"
    )
    path.write_text(page, encoding="utf-8")
    return path
