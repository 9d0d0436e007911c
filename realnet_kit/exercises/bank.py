"""The workshop's exercises, one block per notebook, judged on the learner's own data.

Every exercise is built with one of six helpers, one per kind (see ``_kinds.KINDS``):

- :func:`number`: a count the notebook printed, checked with a tolerance (kind ``copy``);
  at most a third of the workshop's exercises are of this kind;
- :func:`prediction`: a guess made before the data says it; any number is saved, and the
  feedback (or a later notebook) puts it beside the truth;
- :func:`choice`: what a result means, as lettered options whose wrong answers are the
  common misconceptions, each with feedback that teaches (kind ``interpretation``);
- :func:`discussion`: talk it over with a neighbour, then write one sentence;
- :func:`reflection`: a commitment of the learner's own; any sincere answer passes;
- :func:`task`: something done in a widget, checked in the workbook.

Every wrong answer that is recognised carries a short stable name (``Verdict.mistake``):
``"too-high"``, ``"too-low"``, ``"not-a-number"``, ``"too-short"``, the name given to a
neighbouring number in ``mixups``, or the name given to a wrong choice in ``mistakes``.
A facilitator's room counts those names; it never sees what anybody typed.

The expected answers are computed by the same package functions the notebooks call, so
the feedback always speaks about the learner's own numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from realnet_kit import narrate
from realnet_kit.exercises._kinds import Exercise, Verdict
from realnet_kit.narrate import TABLE_ROWS
from realnet_kit.words import counted, listed

#: A reflection or a discussion needs at least this many words to count as answered.
MIN_REFLECTION_WORDS = 3


def _as_number(answer: Any) -> float:
    if isinstance(answer, bool):
        raise ValueError("type a number, not True or False")
    text = str(answer).strip().rstrip("%").replace(",", "").replace(" ", "")
    return float(text)


def _split_thousands(answer: Any) -> int | None:
    """``10,201`` typed without quotes: Python reads it as two numbers, ``(10, 201)``."""
    if not isinstance(answer, tuple) or len(answer) < 2:
        return None
    parts = list(answer)
    if not all(isinstance(p, int) and not isinstance(p, bool) and p >= 0 for p in parts):
        return None
    if not all(p < 1000 for p in parts[1:]):
        return None
    return int("".join([str(parts[0])] + [f"{p:03d}" for p in parts[1:]]))


def _read_number(answer: Any) -> tuple[float | None, str]:
    """The number typed (``None`` if it is not one) and a note about how it was read."""
    joined = _split_thousands(answer)
    note = ""
    if joined is not None:
        answer = joined
        note = (
            f" (Python reads a comma as two numbers; next time type {joined} without "
            "the comma, or put it between quotes.)"
        )
    try:
        return _as_number(answer), note
    except ValueError:
        return None, note


def _not_a_number(answer: Any) -> Verdict:
    return Verdict(
        False,
        f"We expected a number, like 42, and got {answer!r}. Type just the digits, "
        "without quotes or words.",
        "not-a-number",
    )


def _said(text: str | Callable[[Any], str], data: Any) -> str:
    """Feedback given as words, or worked out on the learner's data."""
    return text(data) if callable(text) else text


def number(
    key, title, compute, hint, how, *, hint2="", tolerance=0.0, unit="", mixups=None, low=None
) -> Exercise:
    """An exercise whose answer is a number the notebook printed (kind ``copy``).

    ``mixups(data)`` may return ``{number: (mistake, feedback)}`` for the figures a learner
    is likely to type by mistake (a neighbouring number in the same sentences), so the
    feedback can say which one they read instead of only "too high". ``low`` is
    ``(mistake, feedback)`` for any answer below the right one, when there is a common
    reason for that (counting what a picture shows instead of what the text says).
    """

    def judge(answer: Any, data: Any) -> Verdict:
        expected = compute(data)
        given, note = _read_number(answer)
        if given is None:
            return _not_a_number(answer)
        if unit == "%" and 0 < given < 1 and abs(100 * given - expected) <= tolerance + 1e-9:
            given, note = 100 * given, f" ({answer} is the same share written as a fraction.)"
        if abs(given - expected) <= tolerance + 1e-9:
            return Verdict(True, f"{_fmt(expected)}{unit} is right.{note} {how(data, expected)}")
        for value, (mistake, why) in _likely_mixups(mixups, data).items():
            if value != expected and abs(given - value) <= tolerance + 1e-9:
                return Verdict(False, f"{_fmt(given)} is not it: {why}", mistake)
        if low is not None and given < expected:
            return Verdict(False, f"{_fmt(given)}{unit} is too low. {low[1]}{note}", low[0])
        direction = "high" if given > expected else "low"
        far = abs(given - expected) > max(abs(expected) * 0.25, tolerance * 3, 2)
        size = "quite a bit too" if far else "a little too"
        return Verdict(
            False, f"{_fmt(given)}{unit} is {size} {direction}.{note}", f"too-{direction}"
        )

    def explain(data: Any) -> str:
        expected = compute(data)
        return f"The answer is {_fmt(expected)}{unit}. {how(data, expected)}"

    names = ("not-a-number", "too-high", "too-low") + ((low[0],) if low else ())
    return Exercise(key, title, judge, hint, explain, hint2=hint2, mistakes=names)


def _likely_mixups(mixups: Any, data: Any) -> dict:
    """``mixups(data)``, or nothing when it cannot be worked out on this data."""
    try:
        return dict(mixups(data)) if mixups else {}
    except Exception:  # a missing figure must not hide the plain "too high" feedback
        return {}


def _fmt(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def prediction(key, title, truth, hint, *, reveal, later="", hint2="") -> Exercise:
    """A guess made before the data says it: any number is saved, none is wrong.

    ``truth(data)`` is what the data says. With ``reveal``, the feedback puts the guess
    beside it at once (predict, then reveal); without, it only says that ``later`` will
    (notebook 00's guess is revealed at the top of notebook 01's result). The solution
    stays hidden until a guess is saved: a solution printed ahead spoils the surprise.
    """

    def judge(answer: Any, data: Any) -> Verdict:
        given, note = _read_number(answer)
        if given is None:
            return _not_a_number(answer)
        if given < 0:
            return Verdict(False, "A guess of how many cannot be below zero.", "negative")
        if not reveal:
            return Verdict(True, f"Saved: you guessed {_fmt(given)}.{note} {later}".rstrip())
        expected = truth(data)
        if expected is None:
            return Verdict(True, f"Saved: you guessed {_fmt(given)}.{note} {later}".rstrip())
        return Verdict(True, f"You guessed {_fmt(given)}; your data says {_fmt(expected)}.{note}")

    def explain(data: Any) -> str:
        expected = truth(data)
        if not reveal or expected is None:
            return f"A guess has no wrong answer. {later}".strip()
        return f"There is no wrong guess. Your data says {_fmt(expected)}."

    return Exercise(
        key, title, judge, hint, explain, kind="prediction", hint2=hint2,
        mistakes=("not-a-number", "negative"),
    )  # fmt: skip


def choice(key, title, options: dict[str, str], right: str, why, hint, *, mistakes, hint2=""):
    """What a result means: lettered options, feedback that teaches for each one.

    ``why`` holds the feedback for every option (words, or a function of the data that
    uses the learner's own numbers); ``mistakes`` names each wrong option's misconception
    with a short stable key, e.g. ``{"a": "followers-are-the-network"}``.
    """
    wrong = sorted(set(options) - {right})
    if sorted(mistakes) != wrong:
        raise ValueError(f"exercise {key}: name the misconception of each wrong option {wrong}")

    def judge(answer: Any, data: Any) -> Verdict:
        letter = str(answer).strip().lower().strip("()").rstrip(")")[:1]
        if letter not in options:
            letters = ", ".join(f'"{o}"' for o in options)
            return Verdict(False, f"Type one of the letters {letters}, between quotes.", "")
        # A wrong choice is named by its letter, as the room counts choices.
        return Verdict(letter == right, _said(why[letter], data), "" if letter == right else letter)

    def explain(data: Any) -> str:
        return f'"{right}": {options[right]}. {_said(why[right], data)}'

    return Exercise(
        key, title, judge, hint, explain, kind="interpretation", hint2=hint2,
        mistakes=tuple(wrong), misconceptions=dict(mistakes), options=dict(options), right=right,
    )  # fmt: skip


def _sentence(kind: str) -> Callable[[Any, Any], Verdict]:
    def judge(answer: Any, data: Any) -> Verdict:
        words = str(answer).split()
        if len(words) < MIN_REFLECTION_WORDS:
            return Verdict(
                False,
                f"A few more words, please (at least {MIN_REFLECTION_WORDS}): "
                "the point is to put your thought into a sentence.",
                "too-short",
            )
        if kind == "discussion":
            return Verdict(True, "Saved in your workbook, beside your numbers.")
        return Verdict(True, "Saved in your workbook: progress() shows it whenever you like.")

    return judge


def reflection(key, title, hint, example, *, hint2="") -> Exercise:
    """A commitment only the learner can make: it is saved, never marked wrong.

    ``example`` is neutral words, or a function of the data that takes the example from
    the learner's own people: never a person of another sample.
    """
    return Exercise(
        key, title, _sentence("commitment"), hint,
        lambda data: f"Any honest answer works. {_said(example, data)}",
        kind="commitment", hint2=hint2, mistakes=("too-short",),
    )  # fmt: skip


def discussion(key, title, hint, example, *, hint2="") -> Exercise:
    """Talk it over with a neighbour (or think it over alone), then write one sentence."""
    return Exercise(
        key, title, _sentence("discussion"), hint,
        lambda data: f"There is no single right answer. {_said(example, data)}",
        kind="discussion", hint2=hint2, mistakes=("too-short",),
    )  # fmt: skip


def task(key, title, judge: Callable[[Any], Verdict], hint, how, *, hint2="") -> Exercise:
    """Something done in a widget; ``judge(data)`` looks at the workbook."""
    return Exercise(
        key, title, lambda answer, data: judge(data), hint, lambda data: how,
        needs_answer=False, kind="task", hint2=hint2, mistakes=("not-done-yet",),
    )  # fmt: skip


# --- 00 start here ---------------------------------------------------------------------

#: The exercise whose answer is the participant's guess, revealed in notebook 01.
GUESS_EXERCISE = narrate.GUESS_EXERCISE

_00 = [
    prediction(
        GUESS_EXERCISE,
        "your guess: followers who talked with you both ways in the last 12 months",
        lambda d: None,
        "There is no wrong guess. Think of the people who wrote to you this year and got "
        "an answer, and who you wrote to and got an answer from. Type one number, like 250.",
        hint2="Picture a hundred of your followers: how many of them have you exchanged "
        "messages with this year, each of you writing to the other? Scale that up to your "
        "whole follower count, round it, and type it.",
        reveal=False,
        later="Notebook 01 puts it beside what your data says.",
    ),
]

# --- 01 the scoreboard audit ------------------------------------------------------------


def _talked(d: Any) -> str:
    return f"{narrate.talked_both_ways(d):,}"


def _judge_for_yourself(d: Any) -> str:
    """1.3's right answer: judge by the reasons, without reading the whole list."""
    flagged = int(narrate.audit_summary(d)["suspicious"])
    said = (
        "Right: the reasons are there so that you can judge. Some will be bots, some shy "
        "people; either way they are not where your next client comes from."
    )
    if flagged <= TABLE_ROWS:
        return said
    return (
        f"{said} You need not read all {flagged:,}: if the reasons of the first few in the "
        "table convince you, trust the rest and leave them off your count, as the funnel "
        "already does. Your time belongs to the people who talk with you."
    )


_01 = [
    discussion(
        "1.1",
        "your guess beside your data",
        "Tell your neighbour your guess and your number. Then ask each other: what made the "
        "guess so different? Write one sentence about it.",
        'For example: "I counted likes as conversations; most of them never wrote to me."',
        hint2="What did you count in your head when you guessed: likes, views, faces at the "
        "till? The funnel's last bar counts only messages that went both ways. Your sentence "
        "can be about that difference.",
    ),
    choice(
        "1.2",
        "the number to show your bank manager",
        {
            "a": "the number of followers",
            "b": "the number of accounts you follow",
            "c": "the number of people you talked with both ways in the last 12 months",
        },
        "c",
        {
            "a": "Followers are the scoreboard: they include fans who never buy, people who "
            "left long ago and accounts that are not people at all.",
            "b": "That says how much you listen to others, which matters, but it says "
            "nothing about who would help your business.",
            "c": lambda d: (
                f"Yours is {_talked(d)}. A two-way conversation is where trust, "
                "referrals and sales come from: a smaller number, and a truer one."
            ),
        },
        "Which of these numbers could turn into a customer, a referral or a favour next month?",
        hint2="Each of them is a count of accounts. Only one counts people who ever answered you.",
        mistakes={"a": "followers-are-the-network", "b": "following-is-the-network"},
    ),
    choice(
        "1.3",
        "what to do with an account that is probably not a person",
        {
            "a": "read its reasons and decide for yourself; you know your audience",
            "b": "block it at once: the kit has found a bot",
            "c": "keep it and leave it: every follower helps the count",
        },
        "a",
        {
            "a": _judge_for_yourself,
            "b": "The kit never declares an account fake: it lists the signs it saw. A real "
            "customer can have no photo and a handle full of digits. Read the reasons first.",
            "c": "A count padded with accounts that are not people makes the scoreboard look "
            "bigger and tells you less. Keeping them does no harm; counting on them does.",
        },
        "What does the table of probable non-people show beside each account?",
        hint2="The kit says 'probably', and gives reasons. Who decides?",
        mistakes={"b": "kit-declares-fakes", "c": "every-follower-counts"},
    ),
]

# --- 02 the two-way street --------------------------------------------------------------

_02 = [
    prediction(
        "2.1",
        "your guess: messages to you never answered",
        lambda d: narrate.never_answered(d) if len(d.interactions) else None,
        "There is no wrong guess. Think of your inboxes on every platform: how many "
        "messages to you never got any answer at all?",
        hint2="Count one inbox you know well, then think how the others compare. A message "
        "you read and meant to answer later, and never did, counts too.",
        reveal=True,
        later="This data holds no messages, so there is nothing to compare it with.",
    ),
    choice(
        "2.2",
        "a message that has waited for months",
        {
            "a": "leave it: after so long, a reply would be awkward",
            "b": "add them to your newsletter, so they hear from you again",
            "c": "reply now, briefly: sorry for the wait, then answer what they asked",
        },
        "c",
        {
            "a": "Late is awkward for a minute; never is a door closed for good. People "
            "are almost always glad of a late answer that owns the delay.",
            "b": "A newsletter talks at them; their message asked for an answer. A broadcast "
            "in place of a reply says their question did not matter.",
            "c": lambda d: (
                "Right: a late answer that says sorry and answers the question "
                "is the quickest relationship repair there is. You have "
                f"{narrate.never_answered(d):,} "
                "of them waiting."
            ),
        },
        "Imagine you left the voicemail. Which of the three would you want?",
        hint2="Listening comes before giving: what did their message ask of you?",
        mistakes={"a": "too-late-to-reply", "b": "broadcast-instead-of-reply"},
    ),
    reflection(
        "2.3",
        "who you will answer this week",
        "Pick one person from the list of waiting messages (or, if the next list shows "
        "anyone, someone who keeps reaching out). Write their first name (or initials) and "
        "what you will say.",
        'For example: "Sam: sorry it took me so long; here is the answer to what you asked."',
        hint2="Start at the top of the waiting list, where what needs an answer most comes "
        "first: a few words of sorry for the wait, then an answer to what they actually "
        "asked. One sentence is enough here; you send the reply after the workshop.",
    ),
]

# --- 03 score your contacts -------------------------------------------------------------


def _scored_enough(data: Any) -> Verdict:
    done = len(data.workbook.scores())
    needed = min(narrate.SCORES_NEEDED, len(data.contacts))
    if done >= needed:
        return Verdict(
            True, f"You have scored {done:,} people. The rings below are drawn from them."
        )
    on_sample = (
        " You know none of the sample's people: score each as the owner would, from what "
        "the card shows (the group, their messages), or switch to your own export."
        if getattr(data, "is_sample", False)
        else ""
    )
    return Verdict(
        False,
        f"You have scored {done:,} so far; score at least {needed:,} so that your rings say "
        f"something about you.{on_sample}",
        "not-done-yet",
    )


_03 = [
    task(
        "3.1",
        f"score at least {narrate.SCORES_NEEDED} people",
        _scored_enough,
        "Use the scoring card above: click one answer per question, or type one digit per "
        "question in the Quick keys box and press Enter. Each answer is saved at once.",
        "Score people in the card until the count reaches the target. On a sample "
        "business, the cell with use_sample_answers() fills in the owner's answers.",
        hint2="Start with the names you know at once and press Skip for anyone you cannot "
        "place: one answer saved is enough for a person to count. Then run this cell again.",
    ),
    prediction(
        "3.2",
        "your guess: how many real relationships",
        lambda d: narrate.real_relationships(d) if len(d.workbook.scores()) else None,
        "Real relationships are the people in your inner circle and your real tier "
        "together. Most of us keep about 15. How many do you think your answers give?",
        hint2="Count the people you would phone first with good news, and those who would "
        "go out of their way for you. Type that number: there is no wrong guess.",
        reveal=True,
        later="Score a few people first; then the tiers below give the number.",
    ),
    choice(
        "3.3",
        "the fan who likes everything",
        {
            "a": "inner circle: they clearly love what you do",
            "b": "warm or acquaintance: you never talked, nothing was done either way",
            "c": "scoreboard only: likes count for nothing",
        },
        "b",
        {
            "a": "Likes are attention, not a relationship. Nobody has gone out of their way "
            "for anybody yet, so they cannot be in the circle you would call on.",
            "b": "Right: warm, maybe, and worth a real message. A relationship starts when "
            "ideas and favours go both ways, not when a heart is tapped.",
            "c": "Too harsh: someone who pays attention for years is a warm start. Write to "
            "them; a conversation could move them inwards.",
        },
        "Which of the scoring questions would this person score well on, and which not?",
        hint2="Look at the questions: exchanged ideas, done something for each other, met.",
        mistakes={"a": "likes-make-a-relationship", "c": "fans-count-for-nothing"},
    ),
]

# --- 04 your tribe --------------------------------------------------------------------

#: Where 4.1's number is printed, as its feedback quotes it, and what it counts.
_TRIBES_LINE = 'the line above the map that starts "Your contacts form"'
_A_TRIBE = (
    f"a tribe is {narrate.TRIBE_MIN_PEOPLE} people or more who share an interest, a trade "
    "or a community, not only a place"
)


def _groups_apart(data: Any) -> str:
    """The clusters the line above the map sets apart from the tribes, in words
    ("1 group that shares only a place and 1 mixed group"), "" when none."""
    groups = narrate.tribe_groups(data)
    place, mixed, small = groups["place only"], groups["mixed"], groups["small"]
    parts = [
        f"{counted(place, 'group')} that share{'s' * (place == 1)} only a place" if place else "",
        counted(mixed, "mixed group") if mixed else "",
        counted(small, "small group") if small else "",
    ]
    return listed([p for p in parts if p])


def _tribes_mixups(data: Any) -> dict:
    """The numbers a learner is likely to type for 4.1 instead of the tribes, on their data."""
    groups = narrate.tribe_groups(data)
    tribes = groups["tribe"]
    apart = _groups_apart(data)
    sums = {
        tribes + sum(groups[k] for k in kinds)
        for kinds in (("place only",), ("mixed",), ("place only", "mixed"),
                      ("place only", "mixed", "small"), ("small",))
    } - {tribes}  # fmt: skip
    out: dict = {
        total: (
            "counted-groups-not-tribes",
            f"that counts groups that are not tribes as well. T{_TRIBES_LINE[1:]} sets "
            f"apart {apart}: {_A_TRIBE}. Its first number counts the tribes alone.",
        )
        for total in sums
    }
    graph = data.cache.get("tribe_graph")
    if graph is not None:
        out[graph.number_of_nodes()] = (
            "counted-people",
            "that is the number of people on the map. The exercise asks how many tribes "
            f"they form: the first number of {_TRIBES_LINE}.",
        )
    for colours in (1, 2):
        out[colours] = (
            "counted-map-colours",
            "the map colours only the tribe your business serves (blue) and draws the "
            "other tribes grey, so its colours count kinds of dot, not tribes. The map's "
            f"title gives the number, and so does {_TRIBES_LINE}.",
        )
    out[narrate.TRIBE_MIN_PEOPLE] = (
        "counted-the-size",
        "that is how many people a cluster needs to count as a tribe. How many tribes "
        f"there are is the first number of {_TRIBES_LINE}.",
    )
    return out


def _where_the_tribes_are(data: Any) -> str:
    """Where 4.1's number comes from, for a wrong answer no mixup explains."""
    apart = _groups_apart(data)
    return (
        f"The number is the first one in {_TRIBES_LINE}: it counts the clusters of "
        f"{narrate.TRIBE_MIN_PEOPLE} people or more whose people share an interest, a "
        "trade or a community"
        + (f", and sets apart {apart}, which are not tribes." if apart else ".")
    )


def _tribes_exercise() -> Exercise:
    """4.1: how many tribes. A :func:`number` whose plain "too high" or "too low" also says
    where the number is printed, worked out on the learner's own map."""
    base = number(
        "4.1",
        f"tribes of {narrate.TRIBE_MIN_PEOPLE} people or more",
        narrate.tribes_count,
        f"Read {_TRIBES_LINE}: its first number counts the tribes, the clusters of "
        f"{narrate.TRIBE_MIN_PEOPLE} people or more whose people share an interest, a trade "
        "or a community. The map's title says the same number.",
        lambda d, n: (
            "Most businesses really serve one or two of them; the rest are neighbours "
            "worth knowing."
            + (
                f" The groups that line sets apart ({_groups_apart(d)}) are not: {_A_TRIBE}."
                if _groups_apart(d)
                else ""
            )
        ),
        hint2='Stop at the full stop: the groups listed after "Not counted as tribes" share '
        "only a place, or no interest at all, and the map draws them as hollow dots.",
        mixups=_tribes_mixups,
    )

    def judge(answer: Any, data: Any) -> Verdict:
        verdict = base.judge(answer, data)
        if verdict.mistake in ("too-high", "too-low"):
            return verdict._replace(feedback=f"{verdict.feedback} {_where_the_tribes_are(data)}")
        return verdict

    mistakes = (*base.mistakes, "counted-people", "counted-map-colours",
                "counted-groups-not-tribes", "counted-the-size")  # fmt: skip
    return replace(base, judge=judge, mistakes=mistakes)


_04 = [
    _tribes_exercise(),
    reflection(
        "4.2",
        "the tribe you serve, and who could introduce you",
        "Name the tribe your business serves in your own words, and one connector you "
        "already know (the first rows of the connectors table) who could introduce you to "
        "someone in it.",
        'For example: "Small businesses in our own town; ask Sam, who knows most of them, '
        'to introduce us to the one we have not met."',
        hint2="A connector belongs to more than one group at once. Pick one you have talked "
        "with this year: someone who knows you is far likelier to make the introduction.",
    ),
]

# --- 05 the plan --------------------------------------------------------------------


_05 = [
    choice(
        "5.1",
        "why the plan starts with replies",
        {
            "a": "a gift to someone whose message you ignored rings hollow: listen first",
            "b": "replies are quick, so they fill the first week easily",
            "c": "replies are where sales are: answer the ones who might buy",
        },
        "a",
        {
            "a": lambda d: (
                "Right: answer first, give second. Your plan is for your "
                f"{narrate.real_relationships(d):,} real relationships; whoever among them is "
                "waiting hears from you before anything else."
            ),
            "b": "They are quick, but that is not why they come first. A favour to someone "
            "still waiting for your answer feels like a campaign, not a relationship.",
            "c": "Every waiting message gets an answer, buyer or not: the point is the person, "
            "not the sale. The sales follow the trust.",
        },
        "Think of notebook 02: how does a favour feel from someone who never answered you?",
        hint2="Listen first, give first: which comes before which?",
        mistakes={"b": "replies-are-filler", "c": "answer-only-buyers"},
    ),
    choice(
        "5.2",
        "a give-first action",
        {
            "a": "post about your new product and tag them in it",
            "b": "ask them to share your post with their followers",
            "c": "introduce them to someone who needs exactly what they do",
        },
        "c",
        {
            "a": "Tagging someone in your own promotion asks for their attention; it gives "
            "them nothing they wanted.",
            "b": "Asking for a share is asking for a favour. Fine between friends, but it is "
            "the opposite of giving first.",
            "c": "An introduction costs you ten minutes and can change their month. That is "
            "going out of your way first.",
        },
        "Which of the three would the other person thank you for?",
        hint2="Two of them are about your business. One is about theirs.",
        mistakes={"a": "promotion-as-gift", "b": "asking-as-giving"},
    ),
    reflection(
        "5.3",
        "your first action, and when",
        "Look at the first rows of your plan. Which one will you do first, and on which day?",
        'For example: "Thursday morning: answer Sam\'s message, then send the link I promised."',
        hint2="The top rows are replies to whoever is waiting: start there. Pick a day this "
        "week with ten quiet minutes and write the day beside the action.",
    ),
]

# --- 06 keep it real ----------------------------------------------------------------


def _logged_one(data: Any) -> Verdict:
    logged = narrate.logged_by_hand(data)
    if logged:
        return Verdict(
            True, f"You have logged {counted(logged, 'moment')} yourself. Each one resets a clock."
        )
    return Verdict(
        False,
        "Nothing logged yet. Use the quick log above: pick a person, what happened, "
        'and press "Log it".',
        "not-done-yet",
    )


def _outside_words(data: Any) -> str:
    """6.1's second half: the people outside the plan still waiting are not "overdue" on
    the due list, and the feedback says so, with their number and the habit that answers
    them."""
    outside = len(narrate.waiting_outside_plan(data))
    if not outside:
        return "Nobody outside your plan is waiting for an answer either."
    return (
        "The due list counts only the people in your plan: "
        f"{outside:,} {'message' if outside == 1 else 'messages'} from people outside it "
        f"{'is' if outside == 1 else 'are'} still waiting (the list after the due list); "
        f"{narrate.answer_time_words(outside)}."
    )


_06 = [
    number(
        "6.1",
        "people overdue today",
        lambda d: narrate.overdue_count(d),
        "The sentence above the due list says it: 'As of ...: of the people in your plan, "
        "N are overdue'. The ones due soon do not count.",
        lambda d, n: (
            (
                "Overdue is not a judgement: it is the list to start with this week. "
                if n
                else "Nobody in your plan is overdue yet: the plan you made in 05 gave each "
                "person in it who is waiting a reply day in its first week. Keep those days "
                "and this number stays at 0; miss one and that person is overdue. "
            )
            + _outside_words(d)
        ),
        hint2="Take the first number of that sentence, not the second.",
        mixups=lambda d: {
            len(narrate.waiting_outside_plan(d)): (
                "counted-still-waiting",
                "that is the messages still waiting from people outside your plan, the "
                "second list. They are waiting, and ten minutes a day answers them, but the "
                "plan's clock does not follow them, so none of them is overdue: the question "
                "asks about the people in your plan.",
            ),
            len(narrate.due_now(d)): (
                "counted-due-soon",
                f"that adds the {len(narrate.due_now(d)) - narrate.overdue_count(d):,} due "
                "soon to the overdue ones. Due soon is not late: their moment comes in the "
                "next days and can wait its turn. Overdue means the moment has passed (a "
                "message still unanswered, a rhythm missed): the shorter list, and the one "
                "to start with today.",
            ),
        },
    ),
    task(
        "6.2",
        "log one real moment",
        _logged_one,
        "In the quick log, choose a person, what happened (a call, a coffee, an "
        'introduction...), and press "Log it". Then run this cell again.',
        "Log anything real: a reply you sent, a coffee, a favour. The due list moves them "
        "to the bottom.",
        hint2="Anything real between you counts, small as it is: a reply you sent during "
        "this workshop, a chat yesterday. If nobody comes to mind, log the "
        "reply you promised in notebook 02 once you have sent it.",
    ),
    reflection(
        "6.3",
        "the habit you will keep",
        "When in your week will you open the due list, and for how long?",
        'For example: "Monday, 20 minutes with the first coffee, before opening Instagram."',
        hint2="Tie it to something you already do every week (the first coffee on Monday, "
        "the bus home on Friday): a new habit holds best on top of an old one. Twenty "
        "minutes is plenty.",
    ),
    choice(
        "6.4",
        "a month later",
        {
            "a": "worse: the count went down",
            "b": "better: more people talk with you both ways",
            "c": "no change worth noting: the two cancel out",
        },
        "b",
        {
            "a": "The count is the scoreboard. Losing accounts that never talked with you "
            "changes nothing your business runs on.",
            "b": lambda d: (
                "Right: that is the number to watch. Yours today is "
                f"{narrate.talked_now_words(d)}; write it down and look again next month."
            ),
            "c": "They do not weigh the same: 200 silent accounts are not worth one of the "
            "four new people who talk with you.",
        },
        "Which of the two numbers could bring your next client?",
        hint2="Think of the bank manager in notebook 01.",
        mistakes={"a": "count-is-the-measure", "c": "numbers-cancel-out"},
    ),
]

EXERCISES: dict[str, Exercise] = {e.key: e for e in (*_00, *_01, *_02, *_03, *_04, *_05, *_06)}
