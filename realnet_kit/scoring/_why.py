"""Why a contact got its tier, in the scoring card's own words (behind ``score_contacts``).

The ``why`` of :func:`realnet_kit.score_contacts` is about this person's own answers: it
names their strongest answers (at most :data:`STRONG_NAMED`, the highest first, each by
the question's ``short`` label and the answer chosen, the way the card shows them), then
their lowest answer when it is below the best, then a favour or a willingness that runs
one way only, then how many questions are blank:

>>> import pandas as pd
>>> why = explain(pd.DataFrame({"ideas": [3], "i_helped": [2], "they_helped": [0]}))[0]
>>> for part in why.split("; "):
...     print(part)
strong on ideas exchanged (often), I helped them (a real favour)
one-sided: I helped them (a real favour) but they helped me (nothing yet)
5 of 8 questions unanswered

Someone strong nearly everywhere is told apart by the answers below the top instead:

>>> top = {"ideas": 3, "i_helped": 3, "they_helped": 3, "they_would": 3, "i_would": 3,
...        "offline": 3, "last_talk": 4, "relevant": 3}
>>> explain(pd.DataFrame([top, {**top, "i_helped": 2}, {**top, "relevant": 1}]))
['the top answer to all 8 questions', 'below the top only on I helped them (a real favour); \
strong on all 8', 'the top answer to 7 of 8 questions, all but relevant (a little)']
>>> explain(pd.DataFrame([{**top, "i_helped": 2, "relevant": 1}]))
['below the top only on I helped them (a real favour), relevant (a little); strong on 7 of 8']

The counts are of the card's own questions, all eight, as the reader counts them.

:func:`explain_with_contact` adds what the kit knows of the person beyond the answers:
a message of theirs still waiting, or when you were last in touch.

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
from realnet_kit.words import (
    RECEIVED_KINDS,
    as_utc,
    date_words,
    is_missing,
    span_words,
    utc_day,
)

__all__ = ["BELOW_NAMED", "STRONG_NAMED", "explain", "explain_with_contact"]

#: The most strong answers a ``why`` names, the highest first ("and 3 more" for the rest).
STRONG_NAMED = 2
#: For someone strong nearly everywhere, the ``why`` names instead the answers below the
#: top (at most this many): what sets this person apart among the strongest.
BELOW_NAMED = 2


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
    # this person's highest answers first; between equals, the question that counts most
    strong.sort(key=lambda k: (-_share(k, answer[k]), -_weight(k), weighed.index(k)))
    answered = [k for k in weighed if k in answer]
    below = sorted(
        (k for k in answered if answer[k] < QUESTIONS[k].top),
        key=lambda k: (_share(k, answer[k]), -_weight(k), weighed.index(k)),
    )
    mostly_top = len(strong) > STRONG_NAMED + 1 and len(below) <= BELOW_NAMED
    # counts are of the questions the card asks (QUESTIONS), as the reader counts them,
    # the ones that do not weigh on strength (relevance) included
    at_top = [k for k in answer if answer[k] == QUESTIONS[k].top]
    if mostly_top and not below and len(at_top) == len(answer):
        parts = [f"the top answer to all {len(answer)} questions"]
    elif mostly_top and not below:
        rest = ", ".join(_said(k, answer[k]) for k in answer if k not in at_top)
        parts = [f"the top answer to {len(at_top)} of {len(answer)} questions, all but {rest}"]
    elif mostly_top:
        # what sets this person apart from the others at the top: the answers below it
        # (then a question that does not weigh on strength, relevance, when below too)
        unweighed = [k for k in answer if k not in weighed and answer[k] < QUESTIONS[k].top]
        said_below = ", ".join(_said(k, answer[k]) for k in [*below, *unweighed])
        strong_any = [k for k in answer if _share(k, answer[k]) >= STRONG_ANSWER]
        of = (
            f"all {len(answer)}"
            if len(strong_any) == len(answer)
            else f"{len(strong_any)} of {len(answer)}"
        )
        parts = [f"below the top only on {said_below}; strong on {of}"]
    elif strong:
        named = strong[:STRONG_NAMED]
        more = len(strong) - len(named)
        parts = ["strong on " + ", ".join(_said(k, answer[k]) for k in named)]
        if more:
            parts[0] += f" and {more} more"
    else:
        parts = ["nothing strong yet"]
    one_sided, said_there = [], set()
    for a, b in ANSWER_PAIRS:
        if a in answer and b in answer:
            high, low = (a, b) if answer[a] > answer[b] else (b, a)
            if _share(high, answer[high]) - _share(low, answer[low]) >= ONE_SIDED_GAP:
                gave, got = _said(high, answer[high]), _said(low, answer[low])
                one_sided.append(f"one-sided: {gave} but {got}")
                said_there |= {high, low}
    if answered and not mostly_top:
        weakest = min(answered, key=lambda k: (_share(k, answer[k]), -_weight(k)))
        best = max(_share(k, answer[k]) for k in answered)
        shown = set(strong[:STRONG_NAMED]) | said_there
        if _share(weakest, answer[weakest]) < best and weakest not in shown:
            parts.append(f"lowest answer: {_said(weakest, answer[weakest])}")
    parts += one_sided
    blank = len(QUESTIONS) - len(answer)
    if blank:
        parts.append(f"{blank} of {len(QUESTIONS)} questions unanswered")
    return "; ".join(parts)


def _weight(key: str) -> float:
    """What one question counts: its facet's weight, shared by the facet's questions."""
    facet = QUESTIONS[key].facet
    return WEIGHTS.get(facet, 0.0) / sum(q.facet == facet for q in QUESTIONS.values())


def explain_with_contact(frame: pd.DataFrame, today: pd.Timestamp | None = None) -> list[str]:
    """The ``why`` of each row, followed by what the kit knows of the person beyond the
    answers: their message still waiting (``waiting``, ``waiting_since``), or when you
    were last in touch (``last_contact``), columns that
    :func:`realnet_kit.plan.clock.contact_clock` gives. Rows without them keep the
    answers' ``why`` alone.

    >>> day = pd.Timestamp("2026-03-02", tz="UTC")
    >>> frame = pd.DataFrame({"ideas": [3, 3], "offline": [3, 3], "waiting": [True, False],
    ...     "waiting_since": pd.to_datetime(["2026-02-20", None], utc=True),
    ...     "last_contact": pd.to_datetime(["2026-02-20", "2026-02-09"], utc=True)})
    >>> for why in explain_with_contact(frame, day):
    ...     print(why.split("; ")[-1])
    their message of 20 February 2026 is still waiting for your answer
    last in touch 3 weeks ago

    Something they did for you (an introduction, a favour) waits for a thank-you:

    >>> frame["waiting_kind"] = ["intro", None]
    >>> print(explain_with_contact(frame, day)[0].split("; ")[-1])
    what they did for you on 20 February 2026 still waits for your thank-you
    """
    day = utc_day(today)
    whys = explain(frame) if "why" not in frame.columns else frame["why"].astype(str).tolist()
    waiting = frame["waiting"] if "waiting" in frame.columns else pd.Series(False, frame.index)
    since = frame["waiting_since"] if "waiting_since" in frame.columns else None
    kinds = frame["waiting_kind"] if "waiting_kind" in frame.columns else None
    last = frame["last_contact"] if "last_contact" in frame.columns else None
    out = []
    for i, why in enumerate(whys):
        fact = ""
        if not is_missing(waiting.iat[i]) and bool(waiting.iat[i]):
            when = since.iat[i] if since is not None else None
            kind = "" if kinds is None or is_missing(kinds.iat[i]) else str(kinds.iat[i])
            on = "" if is_missing(when) else f" {date_words(as_utc(when), day)}"
            if kind.strip().lower() in RECEIVED_KINDS:  # a favour or an introduction
                on = f" on{on}" if on else ""
                fact = f"what they did for you{on} still waits for your thank-you"
            else:
                fact = (
                    f"their message of{on} is still waiting for your answer"
                    if on
                    else "a message of theirs is still waiting for your answer"
                )
        elif last is not None and not is_missing(last.iat[i]):
            days = (day - as_utc(last.iat[i]).normalize()).days
            fact = "last in touch today" if days <= 0 else f"last in touch {span_words(days)} ago"
        out.append(f"{why}; {fact}" if fact else why)
    return out


def _share(key: str, value: int) -> float:
    return value / QUESTIONS[key].top


def _said(key: str, value: int) -> str:
    """``"ideas exchanged (often)"``: the question's label and the answer given."""
    return f"{QUESTIONS[key].short} ({QUESTIONS[key].options[value]})"
