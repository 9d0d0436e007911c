"""Why a contact got its tier, in the scoring card's own words (behind ``score_contacts``).

The ``why`` of :func:`realnet_kit.score_contacts` names the strong answers by each
question's ``short`` label and the answer chosen, the way the card shows them, then a
favour or a willingness that runs one way only, then how many questions are blank:

>>> import pandas as pd
>>> why = explain(pd.DataFrame({"ideas": [3], "i_helped": [2], "they_helped": [0]}))[0]
>>> for part in why.split("; "):
...     print(part)
strong on ideas exchanged (often), I helped them (a real favour)
one-sided: I helped them (a real favour) but they helped me (nothing yet)
5 of 8 questions unanswered

What counts as strong and as one-sided is set in :mod:`realnet_kit.scoring.questions`
(:data:`~realnet_kit.scoring.questions.STRONG_ANSWER` and ``ONE_SIDED_GAP``).
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from realnet_kit.scoring.questions import (
    ANSWER_PAIRS,
    ONE_SIDED_GAP,
    QUESTIONS,
    STRONG_ANSWER,
    WEIGHTS,
)

__all__ = ["explain"]


def explain(frame: pd.DataFrame) -> list[str]:
    """One short reason per contact, in the card's own words (see :func:`_why`)."""
    columns = [
        pd.to_numeric(frame[k], errors="coerce").clip(0, q.top).fillna(-1).astype("int64")
        if k in frame.columns else pd.Series(-1, index=frame.index)
        for k, q in QUESTIONS.items()
    ]  # fmt: skip
    return [_why(answers) for answers in zip(*(c.tolist() for c in columns), strict=True)]


@lru_cache(maxsize=8192)
def _why(values: tuple[int, ...]) -> str:
    """The strong answers (each question's ``short`` label with the answer chosen), a
    favour or a willingness that runs one way only, and how many questions are blank.
    ``values`` are the answers in :data:`QUESTIONS` order, -1 where unanswered."""
    answer = {k: v for k, v in zip(QUESTIONS, values, strict=True) if v >= 0}
    if not answer:
        return "not answered yet"
    weighed = [k for k, q in QUESTIONS.items() if WEIGHTS.get(q.facet, 0) > 0]
    strong = [k for k in weighed if k in answer and _share(k, answer[k]) >= STRONG_ANSWER]
    if len(strong) == len(weighed):
        parts = ["strong on every question that counts"]
    elif strong:
        parts = ["strong on " + ", ".join(_said(k, answer[k]) for k in strong)]
    else:
        parts = ["nothing strong yet"]
    for a, b in ANSWER_PAIRS:
        if a in answer and b in answer:
            high, low = (a, b) if answer[a] > answer[b] else (b, a)
            if _share(high, answer[high]) - _share(low, answer[low]) >= ONE_SIDED_GAP:
                gave, got = _said(high, answer[high]), _said(low, answer[low])
                parts.append(f"one-sided: {gave} but {got}")
    blank = len(QUESTIONS) - len(answer)
    if blank:
        parts.append(f"{blank} of {len(QUESTIONS)} questions unanswered")
    return "; ".join(parts)


def _share(key: str, value: int) -> float:
    return value / QUESTIONS[key].top


def _said(key: str, value: int) -> str:
    """``"ideas exchanged (often)"``: the question's label and the answer given."""
    return f"{QUESTIONS[key].short} ({QUESTIONS[key].options[value]})"
