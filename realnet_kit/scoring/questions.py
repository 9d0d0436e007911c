"""The questions that define a real relationship, their weights, and the tiers they lead to.

Every constant a facilitator may want to explain or tune lives here: the questions and
their answers, the weight of each, where each tier begins and how many people each tier
usually holds.

>>> list(QUESTIONS)[:2], TIERS[0]
(['ideas', 'i_helped'], 'inner circle')
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Question:
    """One scoring question: ``key`` (column name), ``text``, answer ``options``
    (index = stored value, 0 = weakest), the ``facet`` of tie strength it measures,
    and a ``short`` label for tables."""

    key: str
    text: str
    options: tuple[str, ...]
    facet: str
    short: str

    @property
    def top(self) -> int:
        """The highest answer value."""
        return len(self.options) - 1


_SCALE_TIMES = ("never", "once", "a few times", "often")


_SCALE_HELP = ("nothing yet", "a small thing", "a real favour", "something that mattered")


_SCALE_LIKELY = ("no", "maybe", "probably", "certainly")


#: The questions, in the order the scoring card asks them, keyed by column name.
QUESTIONS: dict[str, Question] = {
    q.key: q
    for q in (
        Question("ideas", "Have we exchanged ideas worth having?", _SCALE_TIMES,
                 "intimacy", "ideas exchanged"),
        Question("i_helped", "What have I done for them?", _SCALE_HELP,
                 "services", "I helped them"),
        Question("they_helped", "What have they done for me?", _SCALE_HELP,
                 "services", "they helped me"),
        Question("they_would", "Would they go out of their way for me?", _SCALE_LIKELY,
                 "closeness", "they would for me"),
        Question("i_would", "Would I go out of my way for them?", _SCALE_LIKELY,
                 "closeness", "I would for them"),
        Question("offline", "Have we met or spoken offline?",
                 ("never", "once", "a few times", "regularly"), "frequency", "met offline"),
        Question("last_talk", "When was our last real conversation?",
                 ("never", "over a year ago", "this past year", "past 3 months",
                  "past month"), "recency", "last real talk"),
        Question("relevant", "Is this person relevant to my business?",
                 ("no", "a little", "yes", "very"), "relevance", "relevant"),
    )
}  # fmt: skip


#: How much each facet of tie strength counts (points out of 100). A facet asked by
#: two questions (services, closeness) takes their mean. "reciprocity" rewards the
#: weaker direction of each two-way pair (helped / would), so one-sided ties score less.
WEIGHTS: dict[str, float] = {
    "closeness": 28.0,
    "intimacy": 22.0,
    "services": 16.0,
    "reciprocity": 10.0,
    "recency": 14.0,
    "frequency": 10.0,
    "relevance": 0.0,
}


ANSWER_PAIRS = (("i_helped", "they_helped"), ("i_would", "they_would"))


#: An unanswered question counts as this share of its top answer (most contacts are
#: weak ties, so a blank is read as "probably little"), and lowers ``confidence``.
UNANSWERED_VALUE = 0.15


#: The tiers, strongest first.
TIERS: tuple[str, ...] = ("inner circle", "real", "warm", "acquaintance", "scoreboard only")


#: Lowest strength (0-100) for each tier; below the last one: "scoreboard only".
TIER_THRESHOLDS: dict[str, float] = {"inner circle": 75.0, "real": 55.0, "warm": 35.0,
                                     "acquaintance": 18.0}  # fmt: skip


#: An answer at least this share of its question's top counts as strong in ``why``
#: ("a few times", "a real favour", "probably", "past 3 months" and above).
STRONG_ANSWER = 0.66


#: Two sides of a pair (I helped them / they helped me) this far apart, as shares of
#: the top answer, are called one-sided in ``why``.
ONE_SIDED_GAP = 0.66


#: The inner circle needs at least this share of the weight answered.
MIN_CONFIDENCE_INNER = 0.6


#: Dunbar's layers: about how many people one can keep in each tier, counted with the
#: tiers inside it (the 15 "real" include the 5 of the inner circle).
TIER_TARGETS: dict[str, int] = {"inner circle": 5, "real": 15, "warm": 50, "acquaintance": 150}


#: About how long scoring one person takes, in seconds: what notebook 03 and the
#: facilitator's agenda tell a room. A Keystroke-Level Model estimate (Card, Moran and
#: Newell): about 3 s to read the card and place the person, then for each of the eight
#: questions a decision (1.35 s) and one key (0.28 s) with the quick keys, about 16 s in
#: all; or a decision, a pointing (1.1 s) and a click (0.2 s) with the mouse, about 24 s.
#: People you do not know at once are skipped in a second or two.
SECONDS_PER_PERSON = 20


#: The minutes of quiet scoring in notebook 03 (the agenda's scoring block).
SCORING_MINUTES = 15


def people_scored_in(minutes: float = SCORING_MINUTES) -> int:
    """About how many people one scores in ``minutes`` of quiet scoring, rounded to 5.

    >>> people_scored_in(15)
    45
    """
    return int(5 * round(minutes * 60 / SECONDS_PER_PERSON / 5))
