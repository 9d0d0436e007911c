"""Score your contacts: the questions that define a real relationship, and the tiers.

A participant answers a few short questions about a person; :func:`score_contacts`
turns the answers into a strength from 0 to 100 and a tier. Everything a facilitator
may want to explain or tune sits in this module's constants:

* :data:`QUESTIONS`: each question, its plain-word answers (scale 0..n) and the facet of
  tie strength it measures.
* :data:`WEIGHTS`: how much each facet counts. They follow the tie-strength literature:
  Granovetter (1973) defines a tie's strength by time spent together, emotional
  intensity, intimacy (mutual confiding) and reciprocal services; Marsden & Campbell
  (1984) found emotional closeness the best single indicator and contact frequency a
  weaker one; Gilbert & Karahalios (2009) found intimacy, intensity and recency of
  contact to predict strength best among online ties. So closeness ("would they go out
  of their way for me?") and intimacy (ideas exchanged) weigh most, then services and
  their reciprocity, then recency and frequency of offline contact.
* :data:`TIER_THRESHOLDS` and :data:`TIER_TARGETS` (Dunbar's layers of about 5, 15, 50
  and 150 people, counted cumulatively: the 15 include the 5).

Relevance to the business is asked but does not make a tie stronger: it decides which
strong ties the plan works on.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from realnet_kit.scoring._why import explain
from realnet_kit.scoring.questions import (
    ANSWER_PAIRS,
    MIN_CONFIDENCE_INNER,
    QUESTIONS,
    TIER_TARGETS,
    TIER_THRESHOLDS,
    TIERS,
    UNANSWERED_VALUE,
    WEIGHTS,
)

__all__ = ["check_answers", "parse_quick_keys", "score_contacts", "tier_summary"]


def check_answers(answers: dict[str, Any]) -> dict[str, int | None]:
    """Validate answers ``{question key: value}``; return them as plain ints or None.

    >>> check_answers({"ideas": 2, "offline": None})
    {'ideas': 2, 'offline': None}
    """
    out: dict[str, int | None] = {}
    for key, value in answers.items():
        q = QUESTIONS.get(key)
        if q is None:
            raise ValueError(
                f"There is no question {key!r}. The questions are: {', '.join(QUESTIONS)}."
            )
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            out[key] = None
            continue
        if isinstance(value, str) and value in q.options:
            value = q.options.index(value)
        try:
            number = int(value)
        except (TypeError, ValueError):
            number = -1
        if isinstance(value, bool) or number != value or not 0 <= number <= q.top:
            choices = ", ".join(f"{i} = {label}" for i, label in enumerate(q.options))
            raise ValueError(f"{q.text} takes 0 to {q.top} ({choices}); found {value!r}.")
        out[key] = number
    return out


def parse_quick_keys(keys: str) -> dict[str, int]:
    """Answers typed as one digit per question, in :data:`QUESTIONS` order.

    '-' (or '.', '_') leaves a question out; spaces and commas are ignored.

    >>> parse_quick_keys("3 2 - 1")
    {'ideas': 3, 'i_helped': 2, 'they_would': 1}
    """
    keys = keys.replace(" ", "").replace(",", "")
    questions = list(QUESTIONS.values())
    if len(keys) > len(questions):
        raise ValueError(f"there are only {len(questions)} questions, one digit each.")
    answers: dict[str, int] = {}
    for q, key in zip(questions, keys, strict=False):
        if key in "-._":
            continue
        if key not in "0123456789" or int(key) > q.top:
            raise ValueError(f"'{q.text}' takes 0 to {q.top}, not '{key}'.")
        answers[q.key] = int(key)
    return answers


def _norm(frame: pd.DataFrame, key: str) -> pd.Series:
    """Answers to one question as 0..1 (NaN where unanswered)."""
    if key not in frame.columns:
        return pd.Series(float("nan"), index=frame.index)
    values = pd.to_numeric(frame[key], errors="coerce").astype("float64")
    return values.clip(0, QUESTIONS[key].top) / QUESTIONS[key].top


def score_contacts(scores: pd.DataFrame) -> pd.DataFrame:
    """Strength (0-100), tier and a short ``why`` for each scored contact.

    Parameters
    ----------
    scores
        A frame like :meth:`Workbook.scores`: ``contact_id`` and any of the
        :data:`QUESTIONS` keys (0..n, missing = unanswered). Extra columns are kept.

    Returns
    -------
    DataFrame
        ``contact_id``, ``strength``, ``tier``, ``confidence`` (share of the weight
        answered, 0-1), ``why``, then the answers, sorted strongest first.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"contact_id": ["a", "b"], "ideas": [3, 0], "they_would": [3, 0],
    ...                   "i_would": [3, 1], "last_talk": [4, 1], "offline": [2, 0]})
    >>> score_contacts(s)[["contact_id", "tier"]].to_dict("records")
    [{'contact_id': 'a', 'tier': 'inner circle'}, {'contact_id': 'b', 'tier': 'scoreboard only'}]
    """
    if "contact_id" not in getattr(scores, "columns", []):
        raise ValueError(
            "score_contacts needs a frame with a 'contact_id' column and answers, "
            "such as Workbook().scores()."
        )
    frame = scores.reset_index(drop=True)
    total = sum(WEIGHTS.values())
    points = pd.Series(0.0, index=frame.index)
    answered = pd.Series(0.0, index=frame.index)
    parts: dict[str, pd.Series] = {}
    for facet, weight in WEIGHTS.items():
        if weight == 0:
            continue
        if facet == "reciprocity":
            pair_values = [
                pd.concat([_norm(frame, a), _norm(frame, b)], axis=1).min(axis=1, skipna=False)
                for a, b in ANSWER_PAIRS
            ]
            value = pd.concat(pair_values, axis=1).mean(axis=1)
            known = pd.concat([v.notna() for v in pair_values], axis=1).mean(axis=1)
        else:
            keys = [k for k, q in QUESTIONS.items() if q.facet == facet]
            cols = pd.concat([_norm(frame, k) for k in keys], axis=1)
            value = cols.mean(axis=1)
            known = cols.notna().mean(axis=1)
        filled = value.fillna(UNANSWERED_VALUE) * known + UNANSWERED_VALUE * (1 - known)
        filled = filled.where(known > 0, UNANSWERED_VALUE)
        parts[facet] = weight * filled
        points += parts[facet]
        answered += weight * known
    strength = (100.0 * points / total).round(1)
    confidence = (answered / total).round(2)
    tier = pd.Series(TIERS[-1], index=frame.index, dtype=object)
    for name in reversed(TIERS[:-1]):
        tier = tier.mask(strength >= TIER_THRESHOLDS[name], name)
    weak_inner = (tier == "inner circle") & (confidence < MIN_CONFIDENCE_INNER)
    tier = tier.mask(weak_inner, "real")

    why = explain(frame)
    out = pd.DataFrame(
        {
            "contact_id": frame["contact_id"].astype("string"),
            "strength": strength.astype("float64"),
            "tier": pd.Categorical(tier, categories=list(TIERS)),
            "confidence": confidence.astype("float64"),
            "why": pd.array(why, dtype="string"),
        }
    )
    rest = frame.drop(columns=[c for c in out.columns if c in frame.columns])
    out = pd.concat([out, rest], axis=1)
    return out.sort_values("strength", ascending=False, kind="stable").reset_index(drop=True)


def tier_summary(scored: pd.DataFrame) -> pd.DataFrame:
    """Tier counts beside Dunbar's targets, with a sentence for each tier.

    Returns one row per tier: ``tier``, ``count``, ``cumulative`` (this tier and the
    ones inside it), ``target`` (Dunbar's layer, cumulative; ``<NA>`` for "scoreboard
    only") and ``sentence``. The first sentence is the workshop's headline.

    Examples
    --------
    >>> import pandas as pd
    >>> scored = pd.DataFrame({"tier": ["inner circle"] * 3 + ["warm"]})
    >>> tier_summary(scored)["sentence"].iloc[0]
    'Your inner circle has 3 people; most people can keep about 5.'
    """
    if "tier" not in getattr(scored, "columns", []):
        raise ValueError("tier_summary needs the frame score_contacts(...) returns.")
    counts = scored["tier"].astype(object).value_counts()
    rows, running = [], 0
    for name in TIERS:
        n = int(counts.get(name, 0))
        running += n
        target = TIER_TARGETS.get(name)
        people = "person" if n == 1 else "people"
        if name == "inner circle":
            sentence = f"Your inner circle has {n} {people}; most people can keep about {target}."
        elif target is not None:
            sentence = (
                f"With the tiers inside it, your {name} layer has {running} "
                f"{'person' if running == 1 else 'people'}; most people can keep about {target}."
            )
        elif not n:
            sentence = "Nobody you scored is scoreboard only."
        else:
            verb = "is" if n == 1 else "are"
            sentence = (
                f"{n} scored {people} {verb} scoreboard only: followers, not relationships yet."
            )
        rows.append((name, n, running, target, sentence))
    return pd.DataFrame(
        {
            "tier": pd.array([r[0] for r in rows], dtype="string"),
            "count": pd.array([r[1] for r in rows], dtype="Int64"),
            "cumulative": pd.array([r[2] for r in rows], dtype="Int64"),
            "target": pd.array([r[3] for r in rows], dtype="Int64"),
            "sentence": pd.array([r[4] for r in rows], dtype="string"),
        }
    )
