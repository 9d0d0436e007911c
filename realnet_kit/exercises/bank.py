"""The workshop's exercises, one block per notebook, judged on the learner's own data.

Every exercise is built with one of four helpers:

- :func:`number`: a count or a ratio worked out from the data, with a tolerance;
- :func:`choice`: one of a few lettered options, with feedback for each wrong one;
- :func:`reflection`: a few words of the learner's own; any sincere answer passes;
- :func:`task`: something done in a widget, checked in the workbook.

A wrong answer's feedback names the mistake for the facilitator's room view (a
:class:`~realnet_kit.exercises._kinds.Feedback`): the helpers name their own branches ("not
a number", a choice's letter, "too few words", "not done yet"), and a ``mixups`` entry
names the figure it recognises with :func:`mistake`, e.g. ``{fans: mistake("followers not
followed back", "those are ...")}``. Anything unnamed counts as "other". Names are a few
lowercase words without digits, so nothing typed ever reaches the room.

The expected answers are computed by the same package functions the notebooks call, so
the feedback always speaks about the learner's own numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from realnet_kit import narrate
from realnet_kit.exercises._kinds import Exercise, Feedback, mistake, mistake_name
from realnet_kit.plan.handouts import active_plan
from realnet_kit.words import percent, percent_value

#: A reflection needs at least this many words to count as answered.
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


def number(key, title, compute, hint, how, *, tolerance=0.0, unit="", mixups=None) -> Exercise:
    """An exercise whose answer is a number the data determines.

    ``mixups(data)`` may return ``{number: feedback}`` for the figures a learner is likely
    to type by mistake (a neighbouring number in the same sentences), so the feedback can
    say which one they read instead of only "too high".
    """

    def judge(answer: Any, data: Any) -> tuple[bool, str]:
        expected = compute(data)
        note = ""
        joined = _split_thousands(answer)
        if joined is not None:
            answer = joined
            note = (
                f" (Python reads a comma as two numbers; next time type {joined} without "
                "the comma, or put it between quotes.)"
            )
        try:
            given = _as_number(answer)
        except ValueError:
            return False, Feedback(
                f"We expected a number, like 42, and got {answer!r}. Type just the digits, "
                "without quotes or words.",
                "not a number",
            )
        if unit == "%" and 0 < given < 1 and abs(100 * given - expected) <= tolerance + 1e-9:
            given, note = 100 * given, f" ({answer} is the same share written as a fraction.)"
        if abs(given - expected) <= tolerance + 1e-9:
            return True, f"{_fmt(expected)}{unit} is right.{note} {how(data, expected)}"
        for value, why in _likely_mixups(mixups, data).items():
            if value != expected and abs(given - value) <= tolerance + 1e-9:
                return False, Feedback(f"{_fmt(given)} is not it: {why}", mistake_name(why))
        direction = "high" if given > expected else "low"
        far = abs(given - expected) > max(abs(expected) * 0.25, tolerance * 3, 2)
        size = "quite a bit too" if far else "a little too"
        return False, f"{_fmt(given)}{unit} is {size} {direction}.{note}"

    def explain(data: Any) -> str:
        expected = compute(data)
        return f"The answer is {_fmt(expected)}{unit}. {how(data, expected)}"

    return Exercise(key, title, judge, hint, explain)


def _likely_mixups(mixups: Any, data: Any) -> dict:
    """``mixups(data)``, or nothing when it cannot be worked out on this data."""
    try:
        return dict(mixups(data)) if mixups else {}
    except Exception:  # a missing figure must not hide the plain "too high" feedback
        return {}


def _fmt(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def choice(key, title, options: dict[str, str], right: str, why: dict[str, str], hint):
    """A lettered multiple choice; ``why`` holds the feedback for every option."""

    def judge(answer: Any, data: Any) -> tuple[bool, str]:
        letter = str(answer).strip().lower().strip("()").rstrip(")")[:1]
        if letter not in options:
            letters = ", ".join(f'"{o}"' for o in options)
            return False, Feedback(
                f"Type one of the letters {letters}, between quotes.", "not one of the letters"
            )
        return letter == right, Feedback(why[letter], letter)

    def explain(data: Any) -> str:
        return f'"{right}": {options[right]}. {why[right]}'

    return Exercise(key, title, judge, hint, explain)


def reflection(key, title, hint, example) -> Exercise:
    """A question only the learner can answer: it is saved, never marked wrong."""

    def judge(answer: Any, data: Any) -> tuple[bool, str]:
        words = str(answer).split()
        if len(words) < MIN_REFLECTION_WORDS:
            return False, Feedback(
                f"A few more words, please (at least {MIN_REFLECTION_WORDS}): "
                "the point is to put your thought into a sentence.",
                "too few words",
            )
        return True, "Saved in your workbook; progress() will show it to you next time."

    return Exercise(key, title, judge, hint, lambda data: f"Any honest answer works. {example}")


def task(key, title, judge: Callable[[Any], tuple[bool, str]], hint, how) -> Exercise:
    """Something done in a widget; ``judge(data)`` looks at the workbook."""

    def judged(answer: Any, data: Any) -> tuple[bool, str]:
        passed, words = judge(data)
        named = words if isinstance(words, Feedback) else Feedback(words, "not done yet")
        return passed, words if passed else named

    return Exercise(key, title, judged, hint, lambda data: how, needs_answer=False)


# --- 00 start here ---------------------------------------------------------------------

_00 = [
    number(
        "0.1",
        "how many accounts you loaded",
        lambda d: len(d.contacts),
        "Look at the sentence printed under the cell that opened your data: it starts "
        'with "Loaded".',
        lambda d, n: "That is your scoreboard. The rest of the workshop finds the people in it.",
        mixups=lambda d: {
            narrate.audit_summary(d)["followers"]: mistake(
                "followers only",
                "that is your followers alone. The accounts you loaded also count the people "
                'you follow and your other contacts: look for the number right after "Loaded".',
            ),
        },
    ),
]

# --- 01 the scoreboard audit ------------------------------------------------------------

_01 = [
    number(
        "1.1",
        "mutual follows",
        lambda d: narrate.audit_summary(d)["mutual"],
        "Mutual means you follow each other. Find the line of the summary that says "
        "how many of your followers you also follow.",
        lambda d, n: (
            f"Out of {narrate.audit_summary(d)['followers']:,} followers, that is "
            f"{percent(n, narrate.audit_summary(d)['followers'])} who are at least on "
            "speaking terms."
        ),
        mixups=lambda d: {
            round(percent_value(narrate.audit_summary(d)["mutual"],
                                    narrate.audit_summary(d)["followers"])):
                mistake("the share, not the count", "that is the share in brackets. The "
                "exercise asks how many people: the number just before it."),
            narrate.audit_summary(d)["fans"]: mistake("followers not followed back", "those are "
            "the followers you do *not* follow back. The exercise asks for the ones you do."),
        },
    ),
    choice(
        "1.2",
        "the number to show your bank manager",
        {
            "a": "the number of followers",
            "b": "the number of people you had a two-way conversation with this year",
            "c": "the number of accounts you follow",
        },
        "b",
        {
            "a": "Followers are the scoreboard: they include fans who never buy, people who "
            "left long ago and accounts that are not people at all.",
            "b": "A two-way conversation is where trust, referrals and sales come from. "
            "It is a smaller number, and a truer one.",
            "c": "That says how much you listen to others, which matters, but it says "
            "nothing about who would help your business.",
        },
        "Which of these numbers could turn into a customer, a referral or a favour next month?",
    ),
    number(
        "1.3",
        "share of followers that look suspicious",
        lambda d: round(percent_value(narrate.audit_summary(d)["suspicious"],
                                          narrate.audit_summary(d)["followers"]
                                          or narrate.audit_summary(d)["contacts"])),
        "Find the line about accounts that may not be people, under 'Open up the "
        "scoreboard': the percentage is in brackets. (It is the suspicious accounts "
        "divided by all followers, times 100.)",
        lambda d, n: "Each one comes with its reasons, so you can judge for yourself.",
        tolerance=1,
        unit="%",
        mixups=lambda d: {
            narrate.audit_summary(d)["suspicious"]: mistake("the count, not the share", "that is "
            "how many accounts look suspicious. The exercise asks for their share: the "
            "percentage in brackets on the same line."),
        },
    ),
]  # fmt: skip

# --- 02 the two-way street --------------------------------------------------------------

_02 = [
    number(
        "2.1",
        "messages never answered",
        lambda d: narrate.never_answered(d),
        "The last line under 'Talking and listening' says it: '... messages to you were "
        "never answered'. The ones answered late do not count.",
        lambda d, n: "Each one is a voicemail nobody called back; a few lines fix most of them.",
        mixups=lambda d: {
            narrate.waiting_count(d): mistake(
                "counted the late answers too",
                "it also counts the messages you answered late. The exercise asks only for "
                "the ones never answered.",
            ),
        },
    ),
    number(
        "2.2",
        "messages you send for each one you receive",
        lambda d: round(narrate.talk_listen(d)["ratio"], 1),
        'The second line under "Talking and listening" gives it: the messages you sent '
        "divided by the ones you received. One decimal is enough.",
        lambda d, n: (
            "Above 1 you talk more than you listen; below 1, people reach out more than you do."
        ),
        tolerance=0.1,
        mixups=lambda d: {
            round(1 / narrate.talk_listen(d)["ratio"], 1)
            if narrate.talk_listen(d)["ratio"]
            else -1: mistake(
                "the ratio upside down",
                "it is the other way round: messages received for each one sent. Divide what "
                "you sent by what you received.",
            ),
        },
    ),
    reflection(
        "2.3",
        "who you will answer this week",
        "Pick one person from the list of waiting messages. Write their first name (or "
        "initials) and what you will say.",
        'For example: "Maya: thank her for the tip about the venue, and ask how the gig went."',
    ),
]

# --- 03 score your contacts -------------------------------------------------------------


def _scored_enough(data: Any) -> tuple[bool, str]:
    done = len(data.workbook.scores())
    needed = min(narrate.SCORES_NEEDED, len(data.contacts))
    if done >= needed:
        return True, f"You have scored {done} people. The rings below are drawn from them."
    return False, (
        f"You have scored {done} so far; score at least {needed} so that your rings say "
        "something about you."
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
    ),
    number(
        "3.2",
        "people in your inner circle",
        lambda d: narrate.tier_count(d, "inner circle"),
        'Look at the line that starts "Your inner circle has", or the number in the '
        "innermost ring.",
        lambda d, n: (
            "Most people can keep about five. If yours is empty, that is worth "
            "knowing too: it is where the plan starts."
        ),
    ),
]

# --- 04 your tribe --------------------------------------------------------------------

_04 = [
    number(
        "4.1",
        f"tribes of {narrate.TRIBE_MIN_PEOPLE} people or more",
        narrate.tribes_count,
        'The line that starts "Your contacts form" says how many tribes there are; it '
        "counts only groups of five people or more.",
        lambda d, n: (
            "Most businesses really serve one or two of them; the rest are "
            "neighbours worth knowing."
        ),
        mixups=lambda d: (
            {
                d.cache["tribe_graph"].number_of_nodes(): mistake(
                    "people, not tribes",
                    "that is the number of people on the map. The exercise asks how many "
                    "tribes they form.",
                ),
            }
            if "tribe_graph" in d.cache
            else {}
        ),
    ),
    reflection(
        "4.2",
        "the tribe you serve, and who could introduce you",
        "Name the tribe your business serves in your own words, and one connector who "
        "could introduce you to someone in it.",
        'For example: "Leeds folk venues and the people who run them; ask Aoife to '
        'introduce us to the Brudenell booker."',
    ),
]

# --- 05 the plan --------------------------------------------------------------------


def _people_planned(data: Any) -> int:
    plan = active_plan(data.workbook.plan())
    return int(plan["contact_id"].nunique()) if len(plan) else 0


def _actions_planned(data: Any) -> int:
    return len(active_plan(data.workbook.plan()))


_05 = [
    number(
        "5.1",
        "people in your plan",
        _people_planned,
        "The first sentence under the plan says how many actions for how many people.",
        lambda d, n: "Each of them gets something from you before you ask for anything.",
        mixups=lambda d: {
            _actions_planned(d): mistake(
                "actions, not people",
                "that is the number of actions; some people get more than one. The exercise "
                "asks how many people.",
            ),
        },
    ),
    choice(
        "5.2",
        "a give-first action",
        {
            "a": "post about your new product and tag them in it",
            "b": "introduce them to someone who needs exactly what they do",
            "c": "ask them to share your post with their followers",
        },
        "b",
        {
            "a": "Tagging someone in your own promotion asks for their attention; it gives "
            "them nothing they wanted.",
            "b": "An introduction costs you ten minutes and can change their month. That is "
            "going out of your way first.",
            "c": "Asking for a share is asking for a favour. Fine between friends, but it is "
            "the opposite of giving first.",
        },
        "Which of the three would the other person thank you for?",
    ),
    reflection(
        "5.3",
        "your first action, and when",
        "Look at the first rows of your plan. Which one will you do first, and on which day?",
        'For example: "Thursday morning: send Mariana the link to the festival grant she '
        'mentioned."',
    ),
]

# --- 06 keep it real ----------------------------------------------------------------


def _logged_one(data: Any) -> tuple[bool, str]:
    logged = narrate.logged_by_hand(data)
    if logged:
        return True, f"You have logged {logged} moment(s) yourself. Each one resets a clock."
    return False, (
        "Nothing logged yet. Use the quick log above: pick a person, what happened, "
        'and press "Log it".'
    )


_06 = [
    number(
        "6.1",
        "people overdue today",
        lambda d: narrate.overdue_count(d),
        "The sentence above the list says it: 'As of ...: N people are overdue'. The "
        "ones due soon do not count.",
        lambda d, n: "Overdue is not a judgement: it is the list to start with this week.",
        mixups=lambda d: {
            len(narrate.due_now(d)): mistake(
                "counted due soon too",
                "it also counts the people due soon. The exercise asks only for the overdue ones.",
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
    ),
    reflection(
        "6.3",
        "the habit you will keep",
        "When in your week will you open the due list, and for how long?",
        'For example: "Monday, 20 minutes with the first coffee, before opening Instagram."',
    ),
]

EXERCISES: dict[str, Exercise] = {e.key: e for e in (*_00, *_01, *_02, *_03, *_04, *_05, *_06)}
