"""Messages that share something personal: a loss, an illness, a song that carried a life.

Among the questions and ticket requests of an inbox, a few messages tell the owner
something that mattered in the sender's life ("My dad died in January. 'Salt Roads' was
his favourite"). They ask nothing, so a plain reading of their words files them with
the thank-yous; yet they are the ones a business owner most regrets leaving unanswered.
:func:`is_personal` finds them from their words alone (never from who sent them), so
notebook 02's waiting list can put them near the top.

>>> is_personal("My dad died in January. 'Salt Roads' was his favourite.")
True
>>> is_personal("'Weaver's Daughter' is how my partner and I met. Just wanted you to know.")
True
>>> is_personal("Are you coming near Brighton? my dad is desperate to see you")
False
>>> is_personal(None)
False
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["PERSONAL_WORDS", "is_personal"]

#: What marks a message as personal, in English (lower case), any match counts: a death
#: or an illness, a life event the business was part of, or words that say the message
#: wants nothing but to be heard. A family word alone ("my dad wants to play it") is not
#: enough: it must come with one of these.
PERSONAL_WORDS = re.compile(
    r"\b(?:died|passed away|funeral|grie(?:f|ving)|in (?:loving )?memory|"
    r"miss (?:him|her|them) (?:so much|every day)|cancer|chemo\w*|diagnos\w*|hospice|"
    r"in hospital|how (?:my|we) \w+(?: and i)? met|first dance|wedding|"
    r"got me through|gets me through|keeps me going|(?:hard|tough) (?:year|winter)|"
    r"just wanted you to know|never told you|"
    r"(?:my|our) (?:dad|mum|mom|father|mother|gran|grandad|grandma|nan|brother|sister|"
    r"son|daughter|husband|wife|partner|friend)['’]?s? (?:last|favourite|favorite)|"
    r"soundtrack(?:ed)? (?:my|our))\b"
)


def is_personal(note: Any) -> bool:
    """Whether a message's words share something personal (see :data:`PERSONAL_WORDS`).

    >>> is_personal("'Millstone' was my dad's favourite.")
    True
    >>> is_personal("Hi, my tote bag came with nothing in the envelope")
    False
    """
    return isinstance(note, str) and bool(PERSONAL_WORDS.search(note.lower()))
