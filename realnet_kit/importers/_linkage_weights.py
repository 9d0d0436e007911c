"""The evidence weights of person linkage, in one place (Fellegi-Sunter match weights).

Two accounts are compared field by field; each comparison lands on one *level* (names
written the same, usernames equal, both accounts write to you, ...). For each level two
probabilities matter:

* ``m``: how often the level occurs when the two accounts *are* one person;
* ``u``: how often it occurs when they are two different people.

The level adds ``log2(m / u)`` bits to the pair's weight: positive when the level is
more common among one person's accounts than between strangers. The weights of all
comparisons add up (the Fellegi-Sunter model treats them as independent, so the
comparisons below are built not to count one fact twice), and with the prior odds that
two accounts are one person they give the probability that they are.

Where the numbers come from
---------------------------
* ``m`` starts from :data:`M_PROBABILITIES`, judgements of how people present themselves
  across platforms (they keep their name, often but not always their username; they
  seldom name their other accounts in a bio), and is then *estimated on the export* by
  expectation-maximisation, shrunk towards those judgements by :data:`M_PSEUDO`
  imaginary matches. No sample's ground truth is read at any point.
* ``u`` is *measured on the participant's own export* every time, on pairs that are
  (nearly all) strangers: a random sample of pairs of accounts on two platforms, pairs
  of accounts on *one* social platform, which are always two people, and each
  platform's own rates of accounts you follow or that write with you. Names, usernames
  and the words a username spells get *term-frequency* weights: agreeing on a name or a
  username many accounts share ("Jack Smith", "jack") weighs less than agreeing on one
  that is rare in this export; how much more often whole names repeat than their words
  suggest (families, communities) is measured on one platform's namesakes. Rarity is
  counted in the export itself, never looked up by language or origin: no weight
  depends on where a name comes from.
* The prior (what share of the shorter of two platforms' lists is on the longer one too)
  is estimated by expectation-maximisation as well, from :data:`EXPECTED_OVERLAP`.
* The thresholds were checked on synthetic exports with known truth (made-up names,
  other seeds and sizes than the one they were first looked at on) and on the samples
  (``benchmarks/eval_merge.py``): at :data:`AUTO_JOIN_PROBABILITY` every join was right
  on the synthetic exports, the bakery and the studio, and all but two of 340 on the
  band (the wrong ones: two pairs of spam bots under one brand name with one bio,
  which nothing in the export tells apart from one account).

A pair is joined automatically only when its probability, after accounts on one
platform compete for the same person (a person has one account per platform, so two
equally good candidates share the probability between them), reaches
:data:`AUTO_JOIN_PROBABILITY`; pairs between :data:`REVIEW_PROBABILITY` and that are
offered for review, most probable first, at most :data:`MAX_REVIEW_PAIRS`.
"""

from __future__ import annotations

#: Probability from which two accounts are joined without asking.
AUTO_JOIN_PROBABILITY = 0.9
#: Probability from which a pair is worth the participant's question.
REVIEW_PROBABILITY = 0.25
#: At most this many pairs are offered for review (the most probable first).
MAX_REVIEW_PAIRS = 30

#: ``m`` of each comparison level: P(level | one person). Levels absent here (``None``,
#: "nothing to compare") weigh 0. Each comparison's levels that can occur for one person
#: sum to at most 1.
M_PROBABILITIES: dict[str, dict[str, float]] = {
    # Both accounts carry an email address (address books, LinkedIn).
    "email": {"same": 0.90, "different": 0.10},
    # Both accounts carry a link to a profile page.
    "profile": {"same": 0.50, "different": 0.50},
    # One account's bio or messages name the other account (its @username, profile link
    # or email address).
    "mention": {"named": 0.05, "not named": 0.95},
    # Usernames (handles, email local parts, the user in a profile link) on both sides.
    "username": {"same": 0.40, "same letters": 0.10, "different": 0.50},
    # Display names on both sides, folded (accents, case, scripts transliterated).
    "name": {
        "same": 0.60,
        "close": 0.22,
        "first name only": 0.08,
        "family name only": 0.04,
        "different": 0.06,
    },
    # A username of one account against the other's name (unless the two accounts'
    # names agree already): does it spell the whole name, the first or family name?
    "username and name": {
        "full name": 0.50,
        "first name": 0.30,
        "family name": 0.05,
        "neither": 0.15,
    },
    # Bios and messages to you on both sides: the same uncommon text written on both
    # (people copy their bio across platforms, or send one question twice).
    "words": {"same text": 0.15, "different": 0.85},
    # Company or organisation on both sides.
    "company": {"same": 0.70, "different": 0.30},
    # City or free-text location on both sides.
    "place": {"same": 0.50, "different": 0.50},
    # Messages with the participant (needs the export's interactions).
    "conversation": {"both": 0.25, "one": 0.45, "neither": 0.30},
    # Whether the participant follows each account (where the export tells).
    "you follow": {"both": 0.35, "one": 0.35, "neither": 0.30},
    # The same, where only one of the two platforms tells (the other is a friends list
    # you follow entirely, or an address book): you follow this one account, or it
    # writes with you. People you know are on several of your lists; the crowd is not.
    "you follow one": {"yes": 0.5, "no": 0.5},
    "writes with you": {"yes": 0.4, "no": 0.6},
}

#: The smallest ``u`` used: an agreement never seen between strangers in this export is
#: treated as if one pair in ten million had it, so no single level becomes certainty.
MIN_U = 1e-7
#: Accounts sharing a blocking key (such as a first name) beyond this many are not
#: compared by that key alone: it is too common to find anyone by (keeps 10,000+
#: accounts fast; stronger keys still bring such pairs together).
MAX_BLOCK = 60
#: Share of the shorter of two platforms' lists expected to be the same people as on the
#: longer one; sets the prior odds ``EXPECTED_OVERLAP / (accounts on the longer list)``
#: that two accounts on those platforms are one person.
EXPECTED_OVERLAP = 0.25

#: ``u`` where the export is too small to measure it (typical shares between strangers);
#: measured shares are shrunk towards these by :data:`U_PSEUDO_PAIRS` imaginary pairs.
U_DEFAULTS: dict[str, dict[str, float]] = {
    "email": {"same": 1e-6, "different": 1 - 1e-6},
    "profile": {"same": 1e-6, "different": 1 - 1e-6},
    "mention": {"named": 1e-5, "not named": 1 - 1e-5},
    "username": {"same": 1e-5, "same letters": 1e-4, "different": 1 - 1.1e-4},
    "name": {
        "same": 1e-4,
        "close": 1e-3,
        "first name only": 0.01,
        "family name only": 0.01,
        "different": 0.979,
    },
    "username and name": {
        "full name": 1e-4,
        "first name": 0.01,
        "family name": 0.01,
        "neither": 0.98,
    },
    "words": {"same text": 1e-5, "different": 1 - 1e-5},
    "company": {"same": 0.01, "different": 0.99},
    "place": {"same": 0.05, "different": 0.95},
    "conversation": {"both": 0.01, "one": 0.18, "neither": 0.81},
    "you follow": {"both": 0.04, "one": 0.32, "neither": 0.64},
    "you follow one": {"yes": 0.2, "no": 0.8},
    "writes with you": {"yes": 0.1, "no": 0.9},
    # shares of named accounts with one given / family name, before counting any
    "given name share": 0.005,
    "family name share": 0.002,
}
#: Imaginary pairs behind each default of :data:`U_DEFAULTS`.
U_PSEUDO_PAIRS = 2000

#: Comparisons of display names. A pair whose only agreement is in these (no username,
#: email, link, mention, company, place, conversation or follow in common) is never
#: joined without asking: its probability is capped at :data:`NAME_ALONE_PROBABILITY`.
NAME_COMPARISONS = ("name",)
#: Comparisons of what you do with two accounts (follow them, write with them) rather
#: than of who they are: they make a pair likelier, but a name plus what one of the two
#: accounts does is still only a name (namesakes among your friends get followed and
#: written to too); only "both" (both write with you, you follow both) is something
#: the two have in common.
BEHAVIOUR_COMPARISONS = ("you follow", "conversation", "you follow one", "writes with you")
NAME_ALONE_PROBABILITY = 0.85
#: Two accounts whose names are both known and clearly different (one shared handle,
#: "Lucy Fletcher" and "Tom Baker") are asked about, never joined: capped likewise.
NAMES_DIFFER_PROBABILITY = 0.85
#: Imaginary same-platform namesake pairs behind the measured clumping of names (see
#: ``Frequencies``), so a small export's few namesakes do not swing it.
NAME_CLUMPING_PSEUDO = 5.0
#: Of two strangers whose usernames have the same letters (``abena.owusu`` and
#: ``abena_owusu87``), the share whose usernames are exactly the same.
EXACT_AMONG_ALIKE = 0.2
#: Of two *namesakes* on two platforms whose usernames have the same letters, the share
#: whose usernames are exactly the same. Smaller than :data:`EXACT_AMONG_ALIKE`: the
#: plain spelling of a name (``simone_campbell``) is held by one person on each
#: platform, the first to ask, and two namesakes who both follow you are rarely both
#: that person; the others add digits, dots or words of their own.
EXACT_AMONG_NAMESAKES = 0.01
#: Rounds of expectation-maximisation of the overlap between two platforms' lists.
EM_ROUNDS = 12
#: Imaginary accounts, overlapping at :data:`EXPECTED_OVERLAP`, behind each estimate of
#: the overlap, so two short lists do not swing it.
OVERLAP_PSEUDO = 20
#: Among strangers who share a name, how often their usernames have the same letters
#: (``jo.kim`` and ``jokim_81``), before measuring it on the namesakes of one platform;
#: what such a username adds to a shared name is ``log2(m / u)`` (exactly the same
#: username: that share times :data:`EXACT_AMONG_ALIKE`).
NAMESAKE_USERNAME_U = {"same letters": 0.2}
#: Imaginary namesake pairs behind that starting value.
NAMESAKE_PSEUDO = 10
#: Imaginary matches, distributed as :data:`M_PROBABILITIES`, behind each ``m`` that
#: expectation-maximisation estimates, so a few pairs do not swing it.
M_PSEUDO = 30
#: "You follow both" and "both write with you" are compared only between platforms
#: where you follow (or write with) at most this share of the accounts: a friends list
#: you follow entirely says nothing.
BEHAVIOUR_MAX_SHARE = 0.95
#: ... and at least this many of them: a list you follow none of says nothing either
#: (the export may not tell), whereas the few people out of many who write with you on
#: X say a lot: that is rare there.
BEHAVIOUR_MIN_ACCOUNTS = 1
#: The comparison made instead when only one of the two platforms tells.
ONE_SIDED = {"you follow": "you follow one", "conversation": "writes with you"}
#: Of the strangers whose name spells a username's letters, the share who use exactly
#: those letters as username (``ingrid`` in ``ingrid27``): usernames made of a common
#: name are common, so agreeing on one weighs little.
SPELLED_USERNAME_SHARE = 0.3
#: A text (bio, message) written by more accounts than this is a template or a greeting:
#: it brings no accounts together for comparison.
MAX_SHARED_TEXT = 4
