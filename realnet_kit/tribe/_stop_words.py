"""Words that never become a suggested tag (behind :func:`realnet_kit.suggest_tags`).

A tag should say what connects people: a trade, a scene, a place, a hobby. Bios are full
of words that do not: little grammar words, job ranks, fillers, verbs that fit any hobby
("read", "learn", "sort"), and how people feel about themselves ("terrible guitarist",
"amateur baker", "good vibes"). They are listed here,
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
    "without", "before", "via", "near", "each", "every", "most", "such", "those", "ish",
))
#: Verbs that fit any hobby or none: a bio's "one day I'll read more than I scroll" or
#: "trying to learn to say no" says nothing about whom a person belongs with. Verbs that
#: name a pastime (bake, swim, cycle, sing, climb) are topics and stay.
VERBS = frozenset((
    "read", "scroll", "scrolling", "learn", "learning", "learnt", "see", "seeing", "keep",
    "keeping", "try", "trying", "tried", "plan", "planning", "hope", "hoping", "determined",
    "say", "saying", "stop", "talking", "talk", "remember", "remembers", "finish", "sort",
    "want", "wants", "need", "know", "think", "feel", "find", "going", "come", "take",
    "give", "look", "looking", "use", "tell", "ask", "loves", "likes", "enjoy", "enjoys",
    "go", "get", "getting", "got", "become", "becoming", "turned", "started", "alive",
    "overthinking", "sharing", "posting", "posts", "write", "grow", "live",
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
    "four", "five", "six", "ten", "twenty", "thirty", "forty", "fifty", "hundred",
    "somewhere", "home", "person", "someone", "something", "everything", "anything",
    "forever", "chronically", "early", "late", "mornings", "proper", "decent", "bred",
    "ex", "now", "former", "sixth", "orders", "order", "sales", "words",
    "friend", "birthdays", "stuff", "bio", "uni", "chat", "powered", "visit", "lives",
))
#: Job ranks and titles: they say how senior, not what about.
RANKS = frozenset((
    "manager", "head", "lead", "senior", "junior", "partner", "director", "founder", "owner",
    "officer", "chief", "business", "development", "assistant", "executive", "consultant",
    "specialist", "coordinator", "talent", "associate", "intern", "student", "ceo", "cto",
    "cfo", "coo", "president", "member", "retired", "trainee", "co-founder", "cofounder",
    "apprentice",
))
#: How people feel or judge (sentiment) and other adjectives that name no topic.
SENTIMENT = frozenset((
    "love", "like", "good", "great", "best", "bad", "terrible", "awful", "amazing",
    "awesome", "lovely", "nice", "cool", "fine", "happy", "proud", "beautiful", "vibes",
    "favourite", "favorite", "crazy", "obsessed", "addict", "nerd", "geek", "enthusiast",
    "amateur", "professional", "wannabe", "aspiring", "real", "true", "free", "open",
    "busy", "long", "big", "small", "little", "old", "new", "full", "first", "last",
    "tiny", "huge", "occasional", "part-time", "full-time", "humour", "puns",
    "opinionated", "buzzing", "dreamer", "soul", "dabbler", "obsessive", "devotee",
    "allergic", "mostly", "certified", "keen", "avid", "serial", "recovering", "lifelong",
))
# fmt: on
#: Everything above: no suggested tag is ever one of these words, and no cluster is
#: named by one (an address-book group called "Orders" still links its people).
STOP_WORDS = FUNCTION_WORDS | FILLERS | VERBS | RANKS | SENTIMENT
