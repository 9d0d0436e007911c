"""A newer export against an older one (behind :func:`realnet_kit.compare_exports`)."""

from __future__ import annotations

import pandas as pd

__all__ = ["compare_exports"]

_TIER_ORDER = ("inner circle", "real", "warm", "acquaintance", "scoreboard only")
#: Which change a person is listed under when several apply, most telling first.
CHANGES = ("came", "went", "moved up", "moved down", "started following",
           "stopped following")  # fmt: skip


def _ids(frame: pd.DataFrame, what: str) -> pd.DataFrame:
    if not isinstance(frame, pd.DataFrame) or "contact_id" not in frame.columns:
        raise ValueError(
            f"compare_exports needs {what} as a contacts frame with a contact_id column "
            "(what load_export returns); load the export first, then compare."
        )
    frame = frame.drop_duplicates("contact_id")
    frame.index = pd.Index(frame["contact_id"].astype(str).to_numpy(dtype=object))
    return frame


def _tiers(scores: pd.DataFrame | None) -> pd.Series:
    if scores is None:
        return pd.Series(dtype=object)
    if "tier" not in scores.columns or "contact_id" not in scores.columns:
        raise ValueError("Scores must be score_contacts output (contact_id and tier columns).")
    tiers = pd.Series(scores["tier"].astype(object).to_numpy(),
                      index=scores["contact_id"].astype(str).to_numpy())  # fmt: skip
    return tiers[~tiers.index.duplicated(keep="last")]


def compare_exports(
    old: pd.DataFrame,
    new: pd.DataFrame,
    old_scores: pd.DataFrame | None = None,
    new_scores: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Who came, who went, who moved between tiers, from an older and a newer export.

    Parameters
    ----------
    old, new
        Contacts frames (contract section 1) from the two exports, months apart.
    old_scores, new_scores
        Optional scored frames (``score_contacts``) from then and now, for tier moves.

    Returns
    -------
    pandas.DataFrame
        One row per person who changed: ``contact_id``, ``name``, ``change`` (one of
        "came", "went", "moved up", "moved down", "started following", "stopped
        following"), ``old_tier``, ``new_tier``, ``detail`` (in words). Counts per change
        are in ``.attrs["summary"]``.

    Examples
    --------
    >>> old = pd.DataFrame({"contact_id": ["x:1", "x:2"], "name": ["Ada", "Bo"]})
    >>> new = pd.DataFrame({"contact_id": ["x:2", "x:3"], "name": ["Bo", "Cy"]})
    >>> compare_exports(old, new)[["contact_id", "change"]].values.tolist()
    [['x:3', 'came'], ['x:1', 'went']]
    """
    a, b = _ids(old, "the older export"), _ids(new, "the newer export")
    ta, tb = _tiers(old_scores), _tiers(new_scores)
    names = pd.concat([
        b["name"] if "name" in b.columns else pd.Series(pd.NA, index=b.index),
        a["name"] if "name" in a.columns else pd.Series(pd.NA, index=a.index),
    ])  # fmt: skip
    names = names[~names.index.duplicated()]
    parts = [
        pd.DataFrame({"change": "came", "detail": "new in this export"},
                     index=b.index.difference(a.index, sort=False)),
        pd.DataFrame({"change": "went", "detail": "no longer in this export"},
                     index=a.index.difference(b.index, sort=False)),
    ]  # fmt: skip
    rank = {t: i for i, t in enumerate(_TIER_ORDER)}
    both_t = ta.index.intersection(tb.index)
    r_old, r_new = ta[both_t].map(rank), tb[both_t].map(rank)
    moved = r_old.notna() & r_new.notna() & (r_old != r_new)
    if moved.any():
        up = r_new[moved] < r_old[moved]
        detail = "from " + ta[both_t][moved].astype(str) + " to " + tb[both_t][moved].astype(str)
        parts.append(pd.DataFrame({"change": up.map({True: "moved up", False: "moved down"}),
                                   "detail": detail}))  # fmt: skip
    if "follows_me" in a.columns and "follows_me" in b.columns:
        both = a.index.intersection(b.index)
        f_old = a.loc[both, "follows_me"].astype("boolean")
        f_new = b.loc[both, "follows_me"].astype("boolean")
        flip = (f_old.notna() & f_new.notna() & (f_old != f_new)).fillna(False).astype(bool)
        if flip.any():
            now = f_new[flip].astype(bool)
            parts.append(pd.DataFrame({
                "change": now.map({True: "started following", False: "stopped following"}),
                "detail": now.map({True: "follows you now", False: "no longer follows you"}),
            }))  # fmt: skip
    found = pd.concat(parts)
    found.index.name = "contact_id"
    found = found.reset_index()
    found["_o"] = found["change"].map({c: i for i, c in enumerate(CHANGES)})
    found = found.sort_values(["_o", "contact_id"], kind="stable")
    multi = found["contact_id"].duplicated(keep=False)
    if multi.any():
        joined = found[multi].groupby("contact_id", sort=False)["detail"].agg("; ".join)
        found.loc[multi, "detail"] = found.loc[multi, "contact_id"].map(joined)
    found = found.drop_duplicates("contact_id")
    out = pd.DataFrame({
        "contact_id": found["contact_id"].to_numpy(),
        "name": names.reindex(found["contact_id"]).to_numpy(),
        "change": found["change"].to_numpy(),
        "old_tier": ta.reindex(found["contact_id"]).to_numpy(),
        "new_tier": tb.reindex(found["contact_id"]).to_numpy(),
        "detail": found["detail"].to_numpy(),
    }).astype("string")  # fmt: skip
    out.attrs["summary"] = {c: int((out["change"] == c).sum()) for c in CHANGES}
    return out
