"""What the measures count: the kinds of moment that are offline or give something, and the
interaction log in one clean shape."""

from __future__ import annotations

import pandas as pd

from realnet_kit.plan.clock import TWO_WAY_KINDS

#: Kinds of interaction that are two-way by nature (they count as a real conversation
#: and reset a person's clock whichever side started them); one home, with the clock.
OFFLINE_KINDS = TWO_WAY_KINDS


#: Kinds that are something given (direction "out") or received (direction "in").
GIVE_KINDS = frozenset({"favor", "favour", "intro", "introduction", "referral", "review",
                        "testimonial", "gift", "recommendation", "lead", "share"})  # fmt: skip


#: A message counts as answered in time when the reply comes within this long.
REPLY_WITHIN = pd.Timedelta(days=1)


def clean_interactions(interactions: pd.DataFrame | None) -> pd.DataFrame:
    cols = ["contact_id", "timestamp", "direction", "kind"]
    if interactions is None or len(interactions) == 0:
        return pd.DataFrame({c: pd.Series(dtype="string") for c in cols}).assign(
            timestamp=pd.Series(dtype="datetime64[us, UTC]")
        )
    missing = [c for c in cols if c not in interactions.columns]
    if missing:
        raise ValueError(
            f"The interactions need the columns contact_id, timestamp, direction and kind "
            f"(contract section 2, as Workbook().interactions() gives); missing: "
            f"{', '.join(missing)}."
        )
    out = interactions[cols].copy()
    out["timestamp"] = pd.to_datetime(out["timestamp"], utc=True, errors="coerce")
    out["direction"] = out["direction"].astype("string").str.lower()
    out["kind"] = out["kind"].astype("string").str.lower().fillna("")
    out["contact_id"] = out["contact_id"].astype("string")
    return out[out["timestamp"].notna()]
