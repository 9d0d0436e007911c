"""The two-way street: who is waiting for an answer, and how much you talk versus listen.

An unanswered message is like an ignored voicemail. These functions read the
interactions frame (:func:`realnet_kit.load_interactions`: ``contact_id``,
``timestamp``, ``direction`` "in"/"out", ``kind``, ``note``) and answer four questions:

- :func:`unanswered`: which inbound messages were never answered, or answered late,
  oldest first, with who is waiting and for how long;
- :func:`reply_times`: how long each answered message waited;
- :func:`talk_listen_ratio`: how many messages you send for each one you receive;
- :func:`find_broadcasts`: the same text sent to many people (the weekly blast),
  which is talking at people rather than with them, and :func:`reply_rates`: how often
  a broadcast is answered beside a message written to one person.

A message counts as answered by the next outbound message to the same contact, of
any kind (a reply, a call, a meeting).

>>> import pandas as pd
>>> from realnet_kit.listening.messages import unanswered
>>> talks = pd.DataFrame({"contact_id": ["a", "b"], "direction": ["in", "in"],
...     "timestamp": pd.to_datetime(["2024-05-01", "2024-05-03"], utc=True),
...     "kind": "message", "note": ["Are you open Sunday?", "Thanks!"]})
>>> unanswered(talks)["contact_id"].tolist()
['a', 'b']
"""

from __future__ import annotations

import numpy as np
import pandas as pd

# An inbound message answered after more than this many days was answered late.
DEFAULT_WITHIN_DAYS = 2
# The same outbound text sent to at least this many people is a broadcast.
BROADCAST_MIN_RECIPIENTS = 5
# A recipient who writes back within this many days of a broadcast answered it.
BROADCAST_REPLY_DAYS = 7
# Copies of one text count as one send-out while each follows the last within this
# many hours; a send-out is a broadcast when most copies were unprompted (the person
# had not written in the last BROADCAST_PROMPT_DAYS days) and the text is at least
# BROADCAST_MIN_CHARS long ("Thanks!" to many people is politeness, not a blast).
BROADCAST_SEND_HOURS = 24
BROADCAST_PROMPT_DAYS = 3
BROADCAST_MIN_CHARS = 20

_GREETING = (
    r"^\s*(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening))\b[^,!.:\n]{0,30}[,!.:]\s*"
)


def _prepared(interactions: pd.DataFrame) -> pd.DataFrame:
    """Interactions sorted by contact and time, with clean types; bad rows dropped."""
    missing = {"contact_id", "timestamp", "direction"} - set(interactions.columns)
    if missing:
        raise ValueError(
            "the interactions need the columns contact_id, timestamp and direction "
            f"(missing: {', '.join(sorted(missing))}); load them with "
            "realnet_kit.load_interactions(path)"
        )
    frame = pd.DataFrame(
        {
            "contact_id": interactions["contact_id"].astype("string"),
            "timestamp": pd.to_datetime(interactions["timestamp"], utc=True, errors="coerce"),
            "direction": interactions["direction"].astype("string").str.lower().str.strip(),
            "kind": interactions["kind"].astype("string")
            if "kind" in interactions
            else pd.Series("message", index=interactions.index, dtype="string"),
            "note": interactions["note"].astype("string")
            if "note" in interactions
            else pd.Series(pd.NA, index=interactions.index, dtype="string"),
        }
    )
    frame = frame[frame["timestamp"].notna() & frame["contact_id"].notna()]
    frame = frame[frame["direction"].isin(["in", "out"])]
    # at equal times an outbound message sorts after the inbound one it may answer
    frame = frame.assign(_out=frame["direction"] == "out")
    frame = frame.sort_values(["contact_id", "timestamp", "_out"], kind="stable")
    return frame.drop(columns="_out").reset_index(drop=True)


def _answers(frame: pd.DataFrame) -> pd.DataFrame:
    """Each inbound message with the time of the next outbound one (NaT: never)."""
    sent = frame["timestamp"].where(frame["direction"] == "out")
    following_out = sent.groupby(frame["contact_id"]).bfill()
    inbound = frame[frame["direction"] == "in"].copy()
    inbound["answered_at"] = following_out[inbound.index]
    return inbound


def unanswered(
    interactions: pd.DataFrame,
    within_days: float = DEFAULT_WITHIN_DAYS,
    *,
    contacts: pd.DataFrame | None = None,
    as_of: pd.Timestamp | str | None = None,
) -> pd.DataFrame:
    """Inbound messages never answered, or answered after more than ``within_days``.

    Parameters
    ----------
    interactions
        The frame from :func:`realnet_kit.load_interactions`.
    within_days
        How long an answer may take before it counts as late.
    contacts
        Optional contacts frame; adds the ``name`` of who is waiting (their
        ``@handle`` when the export has no display name).
    as_of
        "Now" for messages still waiting; by default the newest time in the data.

    Returns
    -------
    pandas.DataFrame
        One row per waiting message, oldest first: ``contact_id``, (``name``),
        ``timestamp``, ``kind``, ``note``, ``status`` ("never answered" or
        "answered late"), ``answered_at`` and ``waited_days`` (until the answer, or
        until ``as_of`` when there was none).

    Examples
    --------
    >>> import pandas as pd
    >>> talks = pd.DataFrame({"contact_id": ["a", "a"], "direction": ["in", "out"],
    ...     "timestamp": pd.to_datetime(["2024-05-01", "2024-05-06"], utc=True)})
    >>> unanswered(talks)[["status", "waited_days"]].values.tolist()
    [['answered late', 5.0]]
    """
    frame = _prepared(interactions)
    inbound = _answers(frame)
    now = pd.Timestamp(as_of) if as_of is not None else frame["timestamp"].max()
    if pd.notna(now) and now.tzinfo is None:
        now = now.tz_localize("UTC")
    waited = (inbound["answered_at"].fillna(now) - inbound["timestamp"]).dt.total_seconds()
    inbound["waited_days"] = (waited / 86400).round(2)
    never = inbound["answered_at"].isna()
    late = ~never & (inbound["waited_days"] > within_days)
    out = inbound[never | late].copy()
    out["status"] = pd.array(
        np.where(never[out.index], "never answered", "answered late"), dtype="string"
    )
    if contacts is not None and {"contact_id", "name"} <= set(contacts.columns):
        people = contacts.drop_duplicates("contact_id").set_index("contact_id")
        names = people["name"].astype("string")
        if "handle" in people.columns:  # no display name (X archives): show the handle
            names = names.fillna("@" + people["handle"].astype("string"))
        out.insert(1, "name", out["contact_id"].map(names).astype("string"))
    out = out.sort_values(["timestamp", "contact_id"], kind="stable").drop(columns="direction")
    columns = [c for c in ("contact_id", "name", "timestamp", "kind", "note", "status",
                           "answered_at", "waited_days") if c in out.columns]  # fmt: skip
    return out[columns].reset_index(drop=True)


def reply_times(interactions: pd.DataFrame) -> pd.DataFrame:
    """How long each answered inbound message waited for your answer.

    Returns
    -------
    pandas.DataFrame
        ``contact_id``, ``timestamp`` (the inbound message), ``answered_at`` and
        ``reply_hours``, one row per answered message, oldest first. ``.describe()``
        on ``reply_hours`` gives the distribution; :func:`realnet_kit.plot_reply_times`
        draws it.

    Examples
    --------
    >>> import pandas as pd
    >>> talks = pd.DataFrame({"contact_id": ["a", "a"], "direction": ["in", "out"],
    ...     "timestamp": pd.to_datetime(["2024-05-01 10:00", "2024-05-01 13:30"], utc=True)})
    >>> reply_times(talks)["reply_hours"].tolist()
    [3.5]
    """
    inbound = _answers(_prepared(interactions))
    answered = inbound[inbound["answered_at"].notna()].copy()
    delay = (answered["answered_at"] - answered["timestamp"]).dt.total_seconds() / 3600
    answered["reply_hours"] = delay.round(2)
    answered = answered.sort_values("timestamp", kind="stable")
    return answered[["contact_id", "timestamp", "answered_at", "reply_hours"]].reset_index(
        drop=True
    )


def normalize_text(notes: pd.Series) -> pd.Series:
    """Message text reduced to what repeats: lower case, no greeting, links or punctuation.

    >>> import pandas as pd
    >>> normalize_text(pd.Series(["Hi Anna, NEW loaves this week! https://x.y/1"])).tolist()
    ['new loaves this week']
    """
    text = notes.astype("string").str.lower()
    text = text.str.replace(_GREETING, "", regex=True)
    text = text.str.replace(r"https?://\S+|www\.\S+", " ", regex=True)
    text = text.str.replace(r"[\W_]+", " ", regex=True).str.strip()
    return text


def _send_outs(frame: pd.DataFrame, min_recipients: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The broadcasts of a prepared frame (one row per send-out) and the outbound copies
    with the number of their send-out (``send``), as :func:`find_broadcasts` tells them."""
    # an answer to someone who just wrote is a reply, even when the words are stock ones
    last_in = frame["timestamp"].where(frame["direction"] == "in")
    last_in = last_in.groupby(frame["contact_id"]).ffill()
    frame = frame.assign(
        prompted=(frame["timestamp"] - last_in) <= pd.Timedelta(days=BROADCAST_PROMPT_DAYS)
    )
    sent = frame[(frame["direction"] == "out") & frame["note"].notna()].copy()
    sent["key"] = normalize_text(sent["note"])
    sent = sent[sent["key"].str.len() >= BROADCAST_MIN_CHARS]
    if sent.empty:
        return pd.DataFrame(), sent.assign(send=pd.Series(dtype="int64"))
    # copies of one text sent close together form one send-out (the weekly blast)
    sent = sent.sort_values(["key", "timestamp"], kind="stable")
    gap = sent["timestamp"].diff() > pd.Timedelta(hours=BROADCAST_SEND_HOURS)
    new_text = (sent["key"] != sent["key"].shift()).fillna(True).to_numpy(bool)
    sent["send"] = np.cumsum(new_text | gap.to_numpy(bool))
    table = sent.groupby("send", sort=False).agg(
        text=("note", "first"),
        recipients=("contact_id", "nunique"),
        messages=("contact_id", "size"),
        first_sent=("timestamp", "min"),
        last_sent=("timestamp", "max"),
        prompted=("prompted", "mean"),
    )
    table = table[(table["recipients"] >= min_recipients) & (table["prompted"] < 0.5)]
    return table, sent


def _written_back(frame: pd.DataFrame, copies: pd.DataFrame) -> np.ndarray:
    """For each outbound row of ``copies`` (``contact_id``, ``timestamp``), whether that
    person wrote back within :data:`BROADCAST_REPLY_DAYS` days."""
    if copies.empty:
        return np.zeros(0, dtype=bool)
    inbound = frame[frame["direction"] == "in"][["contact_id", "timestamp"]]
    inbound = inbound.rename(columns={"timestamp": "reply_at"}).sort_values("reply_at")
    out = copies[["contact_id", "timestamp"]].reset_index(drop=True)
    out["row"] = np.arange(len(out))
    nxt = pd.merge_asof(
        out.sort_values("timestamp"),
        inbound,
        left_on="timestamp",
        right_on="reply_at",
        by="contact_id",
        direction="forward",
        allow_exact_matches=False,
    ).sort_values("row")
    window = pd.Timedelta(days=BROADCAST_REPLY_DAYS)
    return (nxt["reply_at"].notna() & (nxt["reply_at"] - nxt["timestamp"] <= window)).to_numpy()


def reply_rates(
    interactions: pd.DataFrame, *, min_recipients: int = BROADCAST_MIN_RECIPIENTS
) -> pd.DataFrame:
    """How often people write back to a broadcast, beside how often they write back to a
    message written to them alone.

    A message counts as written back to when its recipient sent anything within
    :data:`BROADCAST_REPLY_DAYS` days after it.

    Returns
    -------
    pandas.DataFrame
        Two rows, ``broadcast`` and ``one-to-one`` (index ``sent as``), with ``messages``
        (copies sent), ``written_back`` (of them, answered within the window) and
        ``reply_rate`` (their share, 0 to 1; ``NaN`` when none was sent).

    Examples
    --------
    >>> import pandas as pd
    >>> talks = pd.DataFrame({"contact_id": [*"abcde", "a", "f", "f"],
    ...     "direction": ["out"] * 7 + ["in"],
    ...     "timestamp": pd.to_datetime(["2024-05-01"] * 5 + ["2024-05-02"] * 2
    ...                                 + ["2024-05-03"], utc=True),
    ...     "note": ["Hi, half-price bread all Friday!"] * 5 + ["ok?", "Coffee on Monday?",
    ...              "Yes!"]})
    >>> reply_rates(talks)["reply_rate"].round(2).tolist()
    [0.0, 0.5]
    """
    frame = _prepared(interactions)
    table, sent = _send_outs(frame, min_recipients)
    outbound = frame[frame["direction"] == "out"]
    in_blast = pd.Series(False, index=outbound.index)
    if not table.empty:
        in_blast.loc[sent.index[sent["send"].isin(table.index)]] = True
    rows = []
    for label, part in (("broadcast", outbound[in_blast]), ("one-to-one", outbound[~in_blast])):
        back = int(_written_back(frame, part).sum())
        rows.append((label, len(part), back, back / len(part) if len(part) else float("nan")))
    out = pd.DataFrame(rows, columns=["sent as", "messages", "written_back", "reply_rate"])
    return out.set_index("sent as")


def find_broadcasts(
    interactions: pd.DataFrame, *, min_recipients: int = BROADCAST_MIN_RECIPIENTS
) -> pd.DataFrame:
    """The same outbound text sent to many people: broadcasts, not conversations.

    Texts are compared after :func:`normalize_text`, so "Hi Anna, new loaves!" and
    "Hello Tom: new loaves" count as one broadcast. Copies sent within
    :data:`BROADCAST_SEND_HOURS` of each other form one send-out; it is a broadcast when
    it reached at least ``min_recipients`` people and most copies were unprompted
    (stock answers to people who just wrote are replies, not broadcasts).

    Returns
    -------
    pandas.DataFrame
        One row per broadcast, widest first: ``text`` (one copy as sent),
        ``recipients``, ``messages``, ``first_sent``, ``last_sent`` and ``replies``
        (recipients who wrote back within :data:`BROADCAST_REPLY_DAYS` days).

    Examples
    --------
    >>> import pandas as pd
    >>> talks = pd.DataFrame({"contact_id": list("abcde"), "direction": "out",
    ...     "timestamp": pd.Timestamp("2024-05-01", tz="UTC"),
    ...     "note": [f"Hi {n}, half-price bread all Friday!" for n in "ABCDE"]})
    >>> find_broadcasts(talks)[["recipients", "replies"]].values.tolist()
    [[5, 0]]
    """
    frame = _prepared(interactions)
    columns = ["text", "recipients", "messages", "first_sent", "last_sent", "replies"]
    empty = pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    table, sent = _send_outs(frame, min_recipients)
    if table.empty:
        return empty
    copies = sent[sent["send"].isin(table.index)][["send", "contact_id", "timestamp"]]
    inbound = frame[frame["direction"] == "in"][["contact_id", "timestamp"]]
    inbound = inbound.rename(columns={"timestamp": "reply_at"})
    pairs = copies.merge(inbound, on="contact_id", how="inner")
    window = pd.Timedelta(days=BROADCAST_REPLY_DAYS)
    pairs = pairs[
        (pairs["reply_at"] > pairs["timestamp"])
        & (pairs["reply_at"] <= pairs["timestamp"] + window)
    ]
    replies = pairs.groupby("send")["contact_id"].nunique()
    table["replies"] = replies.reindex(table.index).fillna(0).astype("int64")
    table = table.sort_values(["recipients", "first_sent"], ascending=[False, True])
    return table[columns].reset_index(drop=True)


def talk_listen_ratio(
    interactions: pd.DataFrame,
    *,
    per_contact: bool = False,
    min_recipients: int = BROADCAST_MIN_RECIPIENTS,
) -> pd.Series | pd.DataFrame:
    """How many messages you send for each one you receive, broadcasts counted apart.

    Returns
    -------
    pandas.Series
        ``talk`` (messages you sent), ``listen`` (messages you received), ``ratio``
        (talk / listen, ``inf`` when you never received any), ``broadcast_messages``
        (sent copies of broadcasts), ``conversation_messages`` (the rest of what you
        sent), and ``conversations`` (contacts with messages both ways).
        With ``per_contact=True``: a frame with ``talk``, ``listen`` and ``ratio`` per
        contact, the most one-sided first.

    Examples
    --------
    >>> import pandas as pd
    >>> talks = pd.DataFrame({"contact_id": ["a", "a", "a"], "direction": ["out", "out", "in"],
    ...     "timestamp": pd.to_datetime(["2024-05-01", "2024-05-02", "2024-05-03"], utc=True)})
    >>> float(talk_listen_ratio(talks)["ratio"])
    2.0
    """
    frame = _prepared(interactions)
    counts = frame.groupby(["contact_id", "direction"]).size().unstack(fill_value=0)
    counts = counts.reindex(columns=["out", "in"], fill_value=0)
    counts.columns = ["talk", "listen"]
    if per_contact:
        per = counts.copy()
        with np.errstate(divide="ignore", invalid="ignore"):
            per["ratio"] = per["talk"] / per["listen"]
        return per.sort_values(["ratio", "talk"], ascending=False)
    talk, listen = int(counts["talk"].sum()), int(counts["listen"].sum())
    broadcasts = find_broadcasts(frame, min_recipients=min_recipients)
    in_broadcasts = int(broadcasts["messages"].sum()) if len(broadcasts) else 0
    return pd.Series(
        {
            "talk": talk,
            "listen": listen,
            "ratio": talk / listen if listen else (float("inf") if talk else float("nan")),
            "broadcast_messages": in_broadcasts,
            "conversation_messages": talk - in_broadcasts,
            "conversations": int(((counts["talk"] > 0) & (counts["listen"] > 0)).sum()),
        },
        dtype="object",
        name="talk_listen",
    )
