"""The catalogue of give-first actions the planner picks from.

Every action is something a small-business owner can do *for* another person before
asking anything back: an introduction, a referral, a review, a coffee. Each one says how
long it takes, which relationship tiers it suits, whether it takes the relationship
offline, what must be known about the person for it to make sense, whether it can be
repeated at the person's cadence, and why it works, in one sentence a facilitator can
read out.

The texts are templates: ``{name}`` is the person's display name and ``{company}`` their
company, shop or project (only used by actions that need one).

>>> from realnet_kit.plan.actions import ACTIONS
>>> len(ACTIONS) >= 30
True
>>> ACTIONS[0].key
'intro_customer'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from realnet_kit.words import RECEIVED_KINDS

__all__ = [
    "ACTIONS",
    "ACTIONS_BY_KEY",
    "CREATIVE_WORDS",
    "GIVING",
    "MESSAGE_KINDS",
    "NEEDS",
    "REPLIES",
    "REPLY_KEYS",
    "SHOP_WORDS",
    "THANK_CONNECTOR",
    "WAITING_WORDS",
    "Action",
    "describe_person",
    "effort_label",
    "for_an_occasion",
    "message_kind",
    "names_a_day",
    "reply_for",
    "waiting_words",
]

IC, REAL, WARM, ACQ, SCORE = "inner circle", "real", "warm", "acquaintance", "scoreboard only"

#: What an action may require to be known about a person before it is proposed.
#: ``company``: they run or work at a business; ``shop``: a place one can visit;
#: ``creative``: they make work one can share; ``unanswered``: a message of theirs is
#: still waiting for a reply (an ``unanswered`` count column); ``helped``: they have done
#: something for you (scoring's ``they_helped`` answer above "nothing yet"); ``None``: anyone.
NEEDS = ("company", "shop", "creative", "unanswered", "helped")

#: Platforms where a contact exists only on a screen unless told otherwise.
ONLINE_PLATFORMS = {"x", "instagram", "mastodon", "facebook", "linkedin", "csv"}
#: Answer columns that say whether the two have met offline (scoring's ``offline``:
#: 0 never, 1 once, 2 a few times, 3 regularly).
MET_OFFLINE_COLUMNS = ("offline", "met_offline", "met_in_person", "met")
#: Words in a company, position or bio that suggest a place one can visit.
SHOP_WORDS = frozenset((
    "shop", "bakery", "boulangerie", "café", "cafe", "coffee", "store", "boutique", "gallery",
    "market", "restaurant", "bar", "salon", "studio", "workshop", "atelier", "bookshop",
    "bookstore", "florist", "deli", "brewery", "pub", "bistro", "kitchen", "farm", "taproom",
    "barber", "tattoo", "nursery",
))  # fmt: skip
#: Words that suggest someone who makes work one can share.
CREATIVE_WORDS = frozenset((
    "artist", "musician", "singer", "songwriter", "photographer", "designer",
    "illustrator", "writer", "author", "poet", "potter", "ceramic", "painter", "maker",
    "podcast", "film", "filmmaker", "dancer", "dj", "composer", "drummer", "guitarist",
    "crafts", "jeweller", "jeweler", "weaver", "sculptor", "animator",
))  # fmt: skip

_WORDS = re.compile(r"[a-zà-ÿ]+")
#: A band of their own ("plays in a band"), not one they love ("see every band I love").
_OWN_BAND = re.compile(r"\b(?:my|our|in an?|in the|with the) band\b")
#: What someone used to be ("ex-tattoo artist", "former potter"), up to the next comma.
_FORMER = re.compile(r"\b(?:ex-|ex |former(?:ly)? |retired )[^,;.|/\n]*")
#: A bio says the person has a place of their own to visit only when it says they run
#: it ("owner of a bakery", "runs the café", "our shop", "bakery owner"); a bio that
#: merely mentions one ("pub quizzes", "coffee roaster at the weekends") does not.
_RUNS_A_PLACE = re.compile(
    r"\b(?:owner|own|owns|run|runs|running|founder|co-?founder|proprietor|my|our)\s+"
    r"(?:(?:of|a|an|the|little|own|new|family|[a-zà-ÿ'’-]+'s)\s+){0,3}(?:"
    + "|".join(sorted(SHOP_WORDS, key=len, reverse=True))
    + r")\b|\b(?:"
    + "|".join(sorted(SHOP_WORDS, key=len, reverse=True))
    + r")\s+(?:owner|founder|keeper|proprietor)\b"
)

#: Effort bands, in minutes (upper bounds), used to group the catalogue.
EFFORT_BANDS = ((10, "a few minutes"), (30, "under half an hour"), (10_000, "an outing"))


@dataclass(frozen=True)
class Action:
    """One give-first action of the catalogue.

    Attributes
    ----------
    key
        Stable identifier (used for calendar UIDs, never shown).
    text
        What to do, a template with ``{name}`` and ``{company}``.
    minutes
        A fair estimate of the time it takes, travel included.
    tiers
        The relationship tiers it suits.
    offline
        True when it moves the relationship off the screen (meeting, call, post).
    needs
        What must be known of the person (one of :data:`NEEDS`) or None.
    repeatable
        True when doing it again at the person's cadence makes sense.
    why
        Why it works, in one plain sentence.
    """

    key: str
    text: str
    minutes: int
    tiers: tuple[str, ...]
    offline: bool
    needs: str | None
    repeatable: bool
    why: str

    @property
    def effort(self) -> str:
        """The effort band, e.g. ``"a few minutes"``."""
        return effort_label(self.minutes)

    @property
    def names_business(self) -> bool:
        """True when the action is for the person's business, which its text names
        (a referral, a review, a visit): the plan gives a business one such action, and
        none of them repeats.

        >>> ACTIONS_BY_KEY["referral"].names_business, ACTIONS_BY_KEY["coffee"].names_business
        (True, False)
        """
        return "{company}" in self.text


def effort_label(minutes: int) -> str:
    """Name the effort band of an action that takes ``minutes``.

    >>> effort_label(5), effort_label(20), effort_label(60)
    ('a few minutes', 'under half an hour', 'an outing')
    """
    for limit, label in EFFORT_BANDS:
        if minutes <= limit:
            return label
    return EFFORT_BANDS[-1][1]


def _a(key, text, minutes, tiers, offline, needs, repeatable, why) -> Action:
    return Action(key, text, minutes, tuple(tiers), offline, needs, repeatable, why)


# fmt: off
ACTIONS: tuple[Action, ...] = (
    # Help their business: introductions, referrals, reviews.
    _a("intro_customer", "Introduce {name} to someone who needs what {company} offers",
       20, (IC, REAL, WARM), False, "company", False,
       "A warm introduction can bring them a client, and nobody forgets who sent it."),
    _a("referral", "Refer a client, a job or an order to {company}",
       15, (IC, REAL, WARM), False, "company", False,
       "Money through the door is the most concrete help a small business can get."),
    _a("review", "Write an honest public review of {company}",
       15, (IC, REAL, WARM, ACQ), False, "company", False,
       "Reviews decide where strangers buy; yours costs a quarter of an hour."),
    _a("testimonial", "Offer {name} a short testimonial they may quote on their site",
       20, (IC, REAL), False, "company", False,
       "A testimonial they did not have to ask for saves them an awkward request."),
    _a("recommend_work", "Write {name} a public recommendation about work you have seen",
       20, (IC, REAL), False, "company", False,
       "Vouching in public puts your own name behind theirs, which is why it counts."),
    _a("pass_lead", "Pass {name} a lead for {company}: a client, a booking or a call for "
       "entries that fits", 15, (IC, REAL, WARM), False, "company", False,
       "Leads are scarce for small firms; forwarding one shows you think of them."),
    _a("recommend_supplier", "Recommend {company} the next time someone asks who to hire",
       10, (IC, REAL, WARM), False, "company", False,
       "Word of mouth is how most small businesses win work."),
    _a("feature", "Feature {name} in your newsletter, shop window or blog",
       30, (IC, REAL, WARM), False, "company", False,
       "You lend them your audience, which is worth more than any like."),
    _a("joint_offer", "Propose a small joint offer or event with {company}",
       45, (IC, REAL), False, "company", False,
       "Working on something together turns a contact into a partner."),
    # Their work and their place.
    _a("share_work", "Share {name}'s latest work with a note on what you liked in it",
       10, (IC, REAL, WARM, ACQ), False, "creative", True,
       "A specific, public compliment to their audience helps more than a silent like."),
    _a("buy_their_work", "Buy something {name} made, or book them, and tell them why",
       30, (IC, REAL, WARM), False, "creative", False,
       "Being a paying customer is the plainest way to say their work matters."),
    _a("go_to_show", "Go to {name}'s next show, opening or launch",
       120, (IC, REAL), True, "creative", True,
       "Turning up in person is remembered long after the event."),
    _a("visit_shop", "Visit {company} in person and say hello",
       45, (IC, REAL, WARM), True, "shop", True,
       "A visit turns a follower into a face, and often into a sale for them."),
    _a("bring_customers", "Take a friend or a client along to {company}",
       60, (IC, REAL), True, "shop", False,
       "Bringing new customers through their door is a gift they can count."),
    # Useful things, sent with a line of thought.
    _a("useful_resource", "Send {name} a link, article or tool that fits what they work on, "
       "with one line on why", 10, (IC, REAL, WARM, ACQ), False, None, True,
       "It shows you listened to what they care about, at almost no cost to you."),
    _a("follow_up", "Follow up on the last thing {name} told you about",
       10, (IC, REAL, WARM), False, None, True,
       "Remembering what someone said is rarer, and warmer, than any broadcast."),
    _a("ask_need", "Ask {name} what they need help with right now, and listen",
       15, (IC, REAL, WARM), False, None, True,
       "You cannot give the right thing without first learning what would help."),
    _a("congratulate", "Congratulate {name} on a recent win with a personal message",
       5, (IC, REAL, WARM, ACQ), False, None, False,
       "A personal note on good news stands out among a hundred emoji reactions."),
    _a("thank_specific", "Thank {name} for one specific thing they did for you",
       5, (IC, REAL, WARM, ACQ), False, "helped", False,
       "Gratitude that names the deed tells them their help landed."),
    _a("answer_public", "Answer a question {name} asked in public, or add something useful "
       "under their post", 10, (REAL, WARM, ACQ, SCORE), False, None, True,
       "Being useful in public is how a follower becomes a conversation."),
    _a("credit_publicly", "Credit {name} in public for an idea or help they gave you",
       10, (REAL, WARM, ACQ), False, "helped", False,
       "Public credit costs nothing and raises their standing with your audience."),
    _a("recommend_speaker", "Put {name} forward as a speaker, guest or expert when asked",
       15, (IC, REAL, WARM), False, "company", False,
       "A stage or a byline is a door you can open for them."),
    _a("invite_event", "Invite {name} to an event you are going to or organising",
       10, (IC, REAL, WARM), False, None, True,
       "An invitation says they belong in your circle."),
    _a("voice_message", "Send {name} a short voice or video message instead of text",
       10, (IC, REAL, WARM), False, None, True,
       "Hearing a voice makes an online contact feel like a person again."),
    # Taking it offline.
    _a("coffee", "Ask {name} for a coffee, and pay for it",
       60, (IC, REAL), True, None, True,
       "One hour face to face does more than a year of likes."),
    _a("walk", "Suggest a walk with {name}",
       60, (IC, REAL), True, None, True,
       "Side by side, people talk more easily than across a table."),
    _a("call", "Call {name} for fifteen minutes to ask how things are going",
       15, (IC, REAL, WARM), True, None, True,
       "A call is the smallest step off the feed, and it is two-way by nature."),
    _a("lunch", "Invite {name} to lunch",
       90, (IC,), True, None, True,
       "Sharing a meal is the oldest way to keep a close tie close."),
    _a("handwritten_note", "Post {name} a handwritten note or card",
       15, (IC, REAL, WARM), True, None, False,
       "Paper in a letterbox is rare enough to be kept on a shelf."),
    _a("bring_sample", "Give {name} something of your own work as a gift, with a note",
       20, (IC, REAL, WARM), True, None, False,
       "A gift of your own work gives first and shows your craft at once."),
    _a("meetup_together", "Take {name} along to a local meetup or market you attend",
       90, (IC, REAL), True, None, True,
       "Introducing them to your room doubles the value of the outing for both."),
    _a("skill_hour", "Offer {name} an hour of your skill, free, on something they are building",
       60, (IC,), False, None, False,
       "Your craft is the most valuable thing you can give, and the most personal."),
)

ALL = (IC, REAL, WARM, ACQ, SCORE)

#: Replies to a waiting message, one per kind of message (see :data:`MESSAGE_KINDS`),
#: and per kind of lateness (an order or a day that has passed, see :func:`reply_for`):
#: the planner puts the one that fits what the person wrote, and when, first in their plan.
REPLIES: dict[str, Action] = {
    "complaint": _a("reply_apology", "Apologise to {name} for what went wrong, and tell them "
                    "how you will put it right", 20, ALL, False, "unanswered", False,
                    "A complaint answered with an apology and a fix often wins a loyal customer."),
    "late_order": _a("reply_missed_order", "Say sorry to {name} that their order went "
                     "unanswered until its day had passed, ask how the day went, and offer "
                     "something to make up for it", 15, ALL, False, "unanswered", False,
                     "A missed order owned with an apology and an offer can keep a customer "
                     "a silence would lose."),
    "stale_order": _a("reply_still_want", "Ask {name} whether they still want what they "
                      "asked to order, and say when you could have it ready", 10, ALL, False,
                      "unanswered", False,
                      "An order that waited weeks may have gone elsewhere; asking wins it back "
                      "without taking it for granted."),
    "order": _a("reply_confirm", "Confirm {name}'s order or booking, and say when it will be "
                "ready", 10, ALL, False, "unanswered", False,
                "An order left unconfirmed is money and trust left on the table."),
    "missed_day": _a("reply_missed_day", "Say sorry to {name} that you missed the day they "
                     "asked about, and offer another day", 10, ALL, False, "unanswered", False,
                     "Owning a missed day and offering another keeps open a door that silence "
                     "would close."),
    "request": _a("reply_request", "Do what {name} asked you, or tell them when you can",
                  15, ALL, False, "unanswered", False,
                  "A request answered with the thing itself shows you were listening."),
    "question": _a("reply_answer", "Answer the question {name} asked you", 10, ALL, False,
                   "unanswered", False,
                   "A question left unanswered tells them nobody is listening."),
    "feedback": _a("reply_feedback", "Thank {name} for their notes, and tell them what you "
                   "will do with them", 10, ALL, False, "unanswered", False,
                   "Notes on your work are time and care given; saying what you used is the "
                   "thanks that counts."),
    "thanks": _a("reply_thanks", "Thank {name} for their kind words", 5, ALL, False,
                 "unanswered", False,
                 "Kindness that gets no answer is the quickest way to lose it."),
    "favour": _a("reply_favour", "Thank {name} for what they did for you, and ask how you "
                 "can return it", 10, ALL, False, "unanswered", False,
                 "A favour noticed and returned is how a contact becomes a friend."),
    "message": _a("reply_waiting", "Reply to the message from {name} that is still waiting",
                  10, ALL, False, "unanswered", False,
                  "An unanswered message is an unreturned call; answering repairs it."),
}
#: The keys of every reply action: how a plan row is known to be a reply.
REPLY_KEYS = frozenset(action.key for action in REPLIES.values())

#: The thank-you for the connector named in exercise 4.2.
THANK_CONNECTOR = _a(
    "thank_connector", "Thank {name} for the people they connect you with, and ask who "
    "they would like to meet", 10, ALL, False, None, False,
    "Connectors keep opening doors for the people who notice that they do.")

# fmt: on

#: The give-first actions the planner picks from for each person (replies and the
#: connector's thank-you are planned on their own).
GIVING: tuple[Action, ...] = ACTIONS
ACTIONS = ACTIONS + tuple(REPLIES.values()) + (THANK_CONNECTOR,)

#: The catalogue by key.
ACTIONS_BY_KEY: dict[str, Action] = {a.key: a for a in ACTIONS}

#: How a waiting message is read, in English (with a few thank-yous of other
#: languages), first match wins. Each entry is a kind of message (a key of
#: :data:`REPLIES`) and a pattern on its words (lower case). Only the words of the message
#: are read, never who sent it. A message that matches nothing, or has no words, gets the
#: plain reply ``"message"``.
MESSAGE_KINDS: tuple[tuple[str, str], ...] = (
    (
        "complaint",
        r"\b(?:hole|holes|broken|damaged|faulty|wrong|missing|never (?:came|arrived)|"
        r"cracked|ripped|torn|smashed|dented|warped|off-?\s?cent(?:re|er)|leak(?:ed|ing|s)?|"
        r"empty|gutted|(?:came|arrived|turned up) (?:with nothing|empty|without)|"
        r"nothing in (?:the|it)|someone else'?s|not (?:arrived|happy|working)|"
        r"(?:doesn|didn|isn|wasn)'?t work|refund|disappoint\w*|unhappy|complain\w*|"
        r"not to moan|problem with|stale|mouldy?|burnt|doughy|undercooked|soggy|"
        r"sold out by|rude|error|crash\w*|still waiting|late again|overcharged|"
        r"charged twice)\b",
    ),
    (
        "feedback",
        r"\b(?:sent|send|sending|here are|some) (?:you |us )?(?:my |our |their |his |her )?"
        r"(?:notes|feedback|comments|thoughts)\b|\b(?:notes|feedback|comments) on\b",
    ),
    (
        "order",
        r"\b(?:order\w*|pre-?order|book(?:ing|ed)?\b(?!\s+club)|reserve|reservation|buy|"
        r"purchase|invoice|dozen)\b",
    ),
    (
        "request",
        r"\b(?:can|could|would|will) you (?:please |just |quickly )?(?:double-?check|check|"
        r"look over|have a look|test|send|sign|read|review|proofread|call|ring|fix|share|"
        r"forward|confirm)\b|\bplease (?:check|double-?check|send|look|call|ring|sign|"
        r"confirm|review|fix)\b|\bwould you (?:be willing|mind)\b",
    ),
    (
        "question",
        r"\?|\b(?:can you|could you|do you|are you|would you|will you|is there|"
        r"any chance|fancy|wondering|how (?:do|much|long)|when (?:do|is|are|will))\b",
    ),
    (
        "thanks",
        r"\b(?:thank\w*|thx|cheers|loved?|lovely|great|brilliant|amazing|wonderful|"
        r"congrat\w*|well done|proud of|delicious|referred|introduced|recommended|"
        r"invited|tested|shared|favourite|better than|just wanted you to know|buzzing|"
        r"gave me chills|got me (?:back|through)|best \w+ of (?:my|the)|soundtrack\w*|"
        r"lullaby|first dance|how my partner and i met|won'?t stop talking|keeps? me going|"
        r"long drive|wow|something else|was a hit|danke|dziękuję|gracias|merci|grazie|"
        r"obrigad[ao])\b",
    ),
)
_MESSAGE_PATTERNS = tuple((kind, re.compile(rx)) for kind, rx in MESSAGE_KINDS)


def message_kind(note: Any, kind: Any = None) -> str:
    """What a waiting message asks for: ``complaint``, ``feedback`` (notes on your work),
    ``order``, ``request`` (to do something), ``question``, ``thanks``, ``favour``
    (something they did for you, from its kind: :data:`realnet_kit.words.RECEIVED_KINDS`)
    or ``message``, read from its words (:data:`MESSAGE_KINDS`) and its kind.

    >>> message_kind("My hoodie arrived with a hole in the sleeve")
    'complaint'
    >>> message_kind("Not to moan, but my fruit scones were still doughy in the middle")
    'complaint'
    >>> message_kind("Could I order two dozen rye rolls for Saturday?")
    'order'
    >>> message_kind("The carrot cake for the book club was a hit, thank you x")
    'thanks'
    >>> message_kind("Deployed the fix, can you double-check on your phone?")
    'request'
    >>> message_kind("They asked me for a reference. Would you be willing? No pressure.")
    'request'
    >>> message_kind("Fancy a support slot in January? Thanks!")
    'question'
    >>> message_kind("Jędrzej sent notes on 'Cold Tide'")
    'feedback'
    >>> message_kind("Loved the gig last night, thank you!")
    'thanks'
    >>> message_kind("Lucía referred the clinic to us", "referral")
    'favour'
    >>> message_kind(None)
    'message'
    """
    words = str(note).lower() if isinstance(note, str) else ""
    kind_text = kind.lower().strip() if isinstance(kind, str) else ""
    found = [k for k, rx in _MESSAGE_PATTERNS if rx.search(words)]
    if "complaint" in found:
        return "complaint"
    if kind_text in RECEIVED_KINDS:
        return "favour"
    return found[0] if found else "message"


#: A reply to a message that has waited more than this many days starts with a sorry
#: ("a late answer that says sorry", exercise 2.2).
SORRY_AFTER_DAYS = 3
#: An order or a question that names a near day ("for Saturday", "tomorrow")
#: and has waited longer than this is about a day that has passed: it gets a sorry and
#: an offer to make it right, never a confirmation or a plain answer. An order that names
#: no day and has waited this long is not confirmed either: ask whether it is still wanted.
ORDER_PAST_DAYS = 7
_DATED = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:tomorrow|tonight|this (?:week|weekend)|"
    r"next (?:week|weekend)|weekend|\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}/\d{1,2})"
)
#: An order for an occasion that happens once (a party, a baby shower, a school fair)
#: that has waited longer than this is past too, though it names no day: a cake is
#: ordered a week or two ahead, so after a month the day has gone.
OCCASION_PAST_DAYS = 30
_OCCASION = re.compile(
    r"\b(?:party|parties|shower|wedding|birthday|christening|naming|anniversary|funeral|"
    r"wake|fair|f[eê]te|leaving do|send-?off|celebration|festival|open day|launch|"
    r"graduation|hen do|stag do|barbecue|bbq|picnic|reunion|retirement|bake sale|"
    r"book club|meeting)\b"
)
#: A day that comes round again ("every Wednesday", "each weekend") is no day that passes.
_EVERY = re.compile(r"\b(?:every|each)\s+(?:other\s+)?[\w-]+")
#: Kinds of message about a day, which that day's passing changes.
_ABOUT_A_DAY = {"order": "late_order", "question": "missed_day"}
#: Replies whose own words own the delay: no extra sorry in front.
_OWN_SORRY = frozenset({"complaint", "late_order", "missed_day"})
#: How a late reply begins, before the reply's own words.
SORRY_FIRST = "Say sorry for the slow reply, then "
#: A late reply's words where the sorry and the reply's own words read badly together
#: ("then reply to the message").
LATE_WORDS = {"message": SORRY_FIRST + "answer the message from {name} that is still waiting"}


def names_a_day(note: Any) -> bool:
    """Whether a message is about a near day that will pass ("for Saturday", "tomorrow"),
    not one that comes round again ("every Wednesday").

    >>> names_a_day("Could I order a sponge for Saturday?"), names_a_day("Rye every Wednesday?")
    (True, False)
    """
    words = str(note).lower() if isinstance(note, str) else ""
    return bool(_DATED.search(_EVERY.sub(" ", words)))


def for_an_occasion(note: Any) -> bool:
    """Whether a message is about an occasion that happens once (a party, a shower).

    >>> for_an_occasion("Could I order a cake for Sam's baby shower?")
    True
    >>> for_an_occasion("Could you do a weekly order of spelt loaves?")
    False
    """
    words = str(note).lower() if isinstance(note, str) else ""
    return bool(_OCCASION.search(_EVERY.sub(" ", words)))


def reply_for(note: Any, kind: Any = None, waited_days: Any = None) -> tuple[Action, str]:
    """The reply to a waiting message and its words: what they wrote decides the reply
    (:func:`message_kind`); how long it has waited decides whether it starts with a sorry,
    and whether the day it was about has passed (:data:`ORDER_PAST_DAYS`, and
    :data:`OCCASION_PAST_DAYS` for an order for a party or a shower that names no day).

    ``{name}`` is left in the text for the planner to fill in.

    >>> reply_for("Could I order a sponge for Saturday?", "message", 2)[1]
    "Confirm {name}'s order or booking, and say when it will be ready"
    >>> print(reply_for("Could I order a sponge for Saturday?", "message", 25)[1])
    ... # doctest: +NORMALIZE_WHITESPACE
    Say sorry to {name} that their order went unanswered until its day had passed, ask how
    the day went, and offer something to make up for it
    >>> reply_for("Could I order a cake for Sam's baby shower?", "message", 59)[0].key
    'reply_missed_order'
    >>> print(reply_for("Could you do a weekly order of spelt loaves?", "message", 60)[1])
    ... # doctest: +NORMALIZE_WHITESPACE
    Say sorry for the slow reply, then ask {name} whether they still want what they asked
    to order, and say when you could have it ready
    >>> reply_for("Is the Brudenell show on Friday sold out?", "message", 31)[1]
    'Say sorry to {name} that you missed the day they asked about, and offer another day'
    >>> reply_for("What tuning is 'Heron' in?", "message", 30)[1]
    'Say sorry for the slow reply, then answer the question {name} asked you'
    >>> reply_for("What tuning is 'Heron' in?", "message", 1)[1]
    'Answer the question {name} asked you'
    >>> reply_for("Jędrzej sent notes on 'Cold Tide'", "message", 11)[1][35:]
    'thank {name} for their notes, and tell them what you will do with them'
    >>> reply_for("Got back from Lisbon", "message", 11)[1]
    'Say sorry for the slow reply, then answer the message from {name} that is still waiting'
    """
    reading = message_kind(note, kind)
    days = pd.to_numeric(waited_days, errors="coerce")
    late = bool(pd.notna(days) and days > SORRY_AFTER_DAYS)
    past = bool(pd.notna(days) and days > ORDER_PAST_DAYS)
    gone = bool(pd.notna(days) and days > OCCASION_PAST_DAYS)
    if past and reading in _ABOUT_A_DAY and names_a_day(note):
        reading = _ABOUT_A_DAY[reading]
    elif gone and reading == "order" and for_an_occasion(note):
        reading = "late_order"
    elif past and reading == "order":
        reading = "stale_order"
    action = REPLIES[reading]
    text = action.text
    if late and reading in LATE_WORDS:
        text = LATE_WORDS[reading]
    elif late and reading not in _OWN_SORRY:
        text = SORRY_FIRST + text[0].lower() + text[1:]
    return action, text


#: What a waiting person did, and what they wait for, per kind of message: the plan's
#: ``why`` and the due list's reason say it in these words.
WAITING_WORDS: dict[str, tuple[str, str]] = {
    "complaint": ("told you something went wrong", "an answer"),
    "late_order": ("asked to order from you", "an answer"),
    "stale_order": ("asked to order from you", "an answer"),
    "order": ("asked to order from you", "a confirmation"),
    "missed_day": ("wrote to you about a day that has passed", "an answer"),
    "request": ("asked you to do something", "an answer"),
    "question": ("asked you a question", "an answer"),
    "feedback": ("sent you notes on your work", "a thank-you"),
    "thanks": ("sent you kind words", "a reply"),
    "favour": ("did something for you", "a thank-you"),
    "message": ("wrote to you", "an answer"),
}
#: Finer words for something given to you, by the interaction's kind.
RECEIVED_WORDS: dict[str, str] = {
    "intro": "introduced you to someone", "introduction": "introduced you to someone",
    "referral": "recommended you", "recommendation": "recommended you",
    "review": "reviewed your work", "testimonial": "wrote you a testimonial",
    "gift": "gave you something", "lead": "passed you a lead", "share": "shared your work",
    "favor": "did you a favour", "favour": "did you a favour",
}  # fmt: skip


def waiting_words(note: Any, kind: Any = None) -> tuple[str, str]:
    """What a waiting person did and what they are waiting for, in words.

    >>> waiting_words("Hey! What tuning is 'Lantern' in?", "message")
    ('asked you a question', 'an answer')
    >>> waiting_words("Aoife introduced us to the host of Roots & Branches", "intro")
    ('introduced you to someone', 'a thank-you')
    >>> waiting_words("Ricardo recommended us to the Bristol Post food page", "referral")
    ('recommended you', 'a thank-you')
    """
    reading = message_kind(note, kind)
    did, awaits = WAITING_WORDS[reading]
    if reading == "favour" and isinstance(kind, str):
        did = RECEIVED_WORDS.get(kind.lower().strip(), did)
    return did, awaits


def _text(row: dict, col: str) -> str:
    value = row.get(col)
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return ""
    return str(value).strip()


def _truth(value: Any) -> bool | None:
    """Read a yes/no answer of any shape; None when unknown."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, str):
        v = value.strip().lower()
        if v in {"yes", "y", "true", "1", "often", "sometimes", "once"}:
            return True
        if v in {"no", "n", "false", "0", "never", ""}:
            return False if v else None
        return None
    try:
        if isinstance(value, float) and np.isnan(value):
            return None
        return bool(value)
    except (TypeError, ValueError):
        return None


def describe_person(row: dict) -> dict[str, Any]:
    """What the planner knows of one person: company, shop, creative, online only.

    >>> known = describe_person({"contact_id": "instagram:lu", "company": "Lu's Bakery"})
    >>> known["company"], known["shop"], known["creative"], known["online_only"]
    ("Lu's Bakery", True, False, True)

    A place to visit needs a profile that says they run one, not a bio that mentions one:

    >>> describe_person({"bio": "Into pub quizzes and football"})["shop"]
    False
    >>> describe_person({"bio": "Owner of a little bakery in Totterdown"})["shop"]
    True

    What someone used to do is not what they make now:

    >>> describe_person({"bio": "ex-tattoo artist, now school cook"})["creative"]
    False
    >>> describe_person({"bio": "former nurse, now a potter"})["creative"]
    True
    >>> [describe_person({"bio": b})["creative"] for b in ("Hoping to see every band I love",
    ...                                                    "bass in a band called Moth")]
    [False, True]
    """
    company = _text(row, "company")
    said = " ".join(_text(row, c) for c in ("company", "position", "bio")).lower()
    words = set(_WORDS.findall(_FORMER.sub(" ", said)))  # "ex-tattoo artist" makes no art now
    work = set(_WORDS.findall(" ".join(_text(row, c) for c in ("company", "position")).lower()))
    shop = bool(work & SHOP_WORDS) or bool(_RUNS_A_PLACE.search(_text(row, "bio").lower()))
    met = None
    for col in MET_OFFLINE_COLUMNS:
        if col in row:
            met = _truth(row[col])
            if met is not None:
                break
    platform = _text(row, "platform") or _text(row, "contact_id").partition(":")[0]
    online_only = (met is False) or (met is None and platform in ONLINE_PLATFORMS)
    return {
        "company": company,
        "shop": shop,
        "creative": bool(words & CREATIVE_WORDS) or bool(_OWN_BAND.search(said)),
        "online_only": online_only,
        "unanswered": bool(_truth(row.get("unanswered"))),
        "helped": bool(_truth(row.get("they_helped"))),
    }
