"""Words that never become a suggested tag (behind :func:`realnet_kit.suggest_tags`).

A tag should say what connects people: a trade, a scene, a place, a hobby. Bios are full
of words that do not: little grammar words, job ranks, fillers, and how people feel about
themselves ("terrible guitarist", "amateur baker", "good vibes"). They are listed here,
in one place and by kind, so a facilitator can see why a word never shows up and add
one. Words are compared in lower case, without ``#``; words under three letters are
never tags anyway.
"""

from __future__ import annotations

__all__ = ["STOP_WORDS"]

# fmt: off
#: Grammar words (English, then the commonest of the other languages in bios).
FUNCTION_WORDS = frozenset((
    "about", "after", "all", "also", "and", "any", "are", "been", "being", "but", "can",
    "for", "from", "get", "got", "has", "have", "her", "here", "him", "his", "how", "into",
    "its", "just", "mine", "more", "not", "now", "one", "only", "our", "out", "over", "she",
    "some", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "too", "very", "was", "were", "what", "when", "where", "which", "who", "will",
    "with", "you", "your", "yours", "she", "her", "him", "they", "them",
    "und", "der", "die", "das", "ein", "eine", "mit", "ich", "auf", "von",  # German
    "les", "des", "une", "est", "pour", "avec", "dans", "par",  # French
    "los", "las", "una", "que", "por", "para", "con", "del", "siempre", "puedo",  # Spanish
    "uma", "com", "dos", "das", "meu", "minha",  # Portuguese
    "moje", "mój", "jest", "się",  # Polish
    "och", "med", "jag", "det",  # Swedish
    "i'll", "i'm", "i've", "i'd", "it's", "don't", "can't", "won't", "let's", "that's",
    "since", "because", "while", "until", "though", "around", "born", "raised",
))
#: Fillers and vague nouns: they fit anyone.
FILLERS = frozenset((
    "com", "http", "https", "www", "life", "living", "things", "thing", "stuff", "official",
    "account", "based", "lover", "fan", "fans", "day", "days", "night", "nights", "morning",
    "evening", "weekend", "weekends", "world", "people", "really", "always", "never",
    "make", "makes", "making", "help", "helping", "team", "work", "working", "page", "views",
    "own", "follow", "lots", "every", "everywhere", "half", "part", "time", "times", "year",
    "years", "ever", "still", "sometimes", "mostly", "usually", "other", "way", "back",
    "opinions", "here", "stuff", "bits", "mum", "dad", "mother", "father", "wife",
    "husband", "two", "three", "many", "much", "rounds", "eater",
    "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
))
#: Job ranks and titles: they say how senior, not what about.
RANKS = frozenset((
    "manager", "head", "lead", "senior", "junior", "partner", "director", "founder", "owner",
    "officer", "chief", "business", "development", "assistant", "executive", "consultant",
    "specialist", "coordinator", "talent", "associate", "intern", "student", "ceo", "cto",
    "cfo", "coo", "president", "member", "retired",
))
#: How people feel or judge (sentiment) and other adjectives that name no topic.
SENTIMENT = frozenset((
    "love", "like", "good", "great", "best", "bad", "terrible", "awful", "amazing",
    "awesome", "lovely", "nice", "cool", "fine", "happy", "proud", "beautiful", "vibes",
    "favourite", "favorite", "crazy", "obsessed", "addict", "nerd", "geek", "enthusiast",
    "amateur", "professional", "wannabe", "aspiring", "real", "true", "free", "open",
    "busy", "long", "big", "small", "little", "old", "new", "full", "first", "last",
    "tiny", "huge", "occasional", "part-time", "full-time", "humour", "puns",
    "opinionated", "buzzing", "dreamer", "soul",
))
# fmt: on
#: Everything above: no suggested tag is ever one of these words.
STOP_WORDS = FUNCTION_WORDS | FILLERS | RANKS | SENTIMENT
