# ruff: noqa: E501  (tables of words read better one entry a line)
"""What can go wrong with what, and when a bake is in season: the samples' sense checks.

A hoodie arrives with a hole in the sleeve, a record arrives warped; a tote bag never has
a cracked sleeve. Hot cross buns are an Easter bake, mince pies a Christmas one. The
generator (:mod:`realnet_kit.samples._talk`) draws a defect that fits the product
(:func:`fitting_problem`) and a bake that is in season (:func:`in_season`);
:func:`mismatches` reads any message and says what does not fit, so that the shipped
samples can be checked, whatever wrote them.
"""

from __future__ import annotations

import random
import re
from datetime import datetime

__all__ = [
    "FITS",
    "OUT_OF_SEASON",
    "SEASONS",
    "fitting_problem",
    "in_season",
    "mismatches",
    "problem_in",
    "reply_mismatches",
]

#: The generic draws (the pool the generator draws from, unchanged so that the draws
#: stay the same) whose words carry no complaint of their own: a message built on one
#: reads as a complaint only through its own sentence.
PLAIN_DRAWS = frozenset({"no download code", "much smaller than last week"})
#: Defects any parcel can have: kept when drawn, never drawn in another's place (so
#: that one sentence does not crowd the waiting list).
ANY_PRODUCT = frozenset({"someone else's name on the label"})

#: For each product of each world: the defects it can have, as (worded as a complaint,
#: plain) phrasings. A complaint phrasing holds a word that says something is wrong
#: ("hole", "torn", "warped", "burnt"...); a plain one only describes.
# fmt: off
FITS: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "band": {
        "hoodie": (("a hole in the sleeve", "the wrong size", "a torn seam", "the print off-centre",
                    "the print cracked after one wash", "someone else's name on the label"),
                   ("a faded print", "a pulled thread on the hood")),
        "tour T-shirt": (("a hole in the sleeve", "the wrong size", "a torn seam",
                          "the print off-centre", "someone else's name on the label"),
                         ("a faded print", "a stretched collar")),
        "beanie": (("a hole in the stitching", "the wrong colour", "a torn seam",
                    "someone else's name on the label"),
                   ("a dropped stitch", "a loose bobble")),
        "tote bag": (("a torn handle", "a hole in the bottom", "the print off-centre",
                      "someone else's name on the label"),
                     ("a loose strap", "a faded print")),
        "tea towel": (("a torn hem", "the print off-centre", "the wrong design",
                       "someone else's name on the label"),
                      ("a frayed edge", "a faded print")),
        "Salt Roads vinyl": (("a warped record", "a damaged sleeve", "a faulty pressing that skips",
                              "someone else's name on the label"),
                             ("no download code", "a scratch across side one")),
        "cassette": (("a cracked case", "a faulty tape that skips", "someone else's name on the label"),
                     ("no download code", "a tangled tape")),
        "signed poster": (("a torn corner", "the wrong signature", "someone else's name on the label"),
                          ("a crease through the middle", "a bent tube")),
        "enamel pin": (("a broken clasp", "the wrong design", "someone else's name on the label"),
                       ("a bent post", "a chip in the enamel")),
        "lyric booklet": (("pages missing", "a torn cover", "someone else's name on the label"),
                          ("pages printed upside down", "a crease down the cover")),
    },
    "bakery": {
        "cardamom buns": (("burnt on the bottom", "still doughy in the middle", "a bit stale by lunchtime"),
                          ("much smaller than last week", "light on cardamom")),
        "pastéis de nata": (("burnt on the bottom", "soggy underneath", "a bit stale by lunchtime"),
                            ("much smaller than last week", "runny in the middle")),
        "rye loaves": (("burnt on the bottom", "still doughy in the middle", "a bit stale by lunchtime"),
                       ("much smaller than last week", "heavy as a brick")),
        "seeded sourdough": (("burnt on the bottom", "still doughy in the middle", "a bit stale by lunchtime"),
                             ("much smaller than last week", "flat as a pancake")),
        "cinnamon knots": (("burnt on the bottom", "still doughy in the middle", "a bit stale by lunchtime"),
                           ("much smaller than last week", "light on cinnamon")),
        "focaccia": (("burnt on the bottom", "soggy underneath", "a bit stale by lunchtime"),
                     ("much smaller than last week", "swimming in oil")),
        "croissants": (("burnt on the bottom", "still doughy in the middle", "a bit stale by lunchtime"),
                       ("much smaller than last week", "flat and greasy")),
        "pain au chocolat": (("burnt on the bottom", "still doughy in the middle", "a bit stale by lunchtime"),
                             ("much smaller than last week", "short on chocolate")),
        "hot cross buns": (("burnt on the bottom", "still doughy in the middle", "a bit stale by lunchtime"),
                           ("much smaller than last week", "short on fruit")),
        "sausage rolls": (("burnt on the bottom", "soggy underneath", "undercooked in the middle"),
                          ("much smaller than last week", "more pastry than sausage")),
        "babka": (("burnt on the bottom", "still doughy in the middle", "a bit stale by lunchtime"),
                  ("much smaller than last week", "dry all the way through")),
        "pão de Deus": (("burnt on the bottom", "still doughy in the middle", "a bit stale by lunchtime"),
                        ("much smaller than last week", "short on coconut")),
        "spelt loaves": (("burnt on the bottom", "still doughy in the middle", "a bit stale by lunchtime"),
                         ("much smaller than last week", "dry and crumbly")),
        "fruit scones": (("burnt on the bottom", "still doughy in the middle", "a bit stale by lunchtime"),
                         ("much smaller than last week", "short on fruit")),
    },
}
# fmt: on

#: Bakes sold only in their season: the months (1 to 12) they are on the counter.
SEASONS: dict[str, frozenset[int]] = {
    "hot cross buns": frozenset({2, 3, 4}),  # Lent to Easter
    "mince pies": frozenset({11, 12}),
    "stollen": frozenset({11, 12}),
    "bolo rei": frozenset({12, 1}),
    "pumpkin loaf": frozenset({10, 11}),
}

#: What the counter has instead, out of season: a bake of the same sort.
OUT_OF_SEASON = {
    "hot cross buns": ("cardamom buns", "cinnamon knots", "fruit scones"),
    "mince pies": ("fruit scones", "sausage rolls"),
    "stollen": ("babka", "banana bread"),
    "bolo rei": ("pão de Deus", "babka"),
    "pumpkin loaf": ("banana bread", "spelt loaves"),
}


def in_season(bake: str, when: datetime | None) -> bool:
    """Whether ``bake`` is on the counter in the month of ``when`` (always, unless seasonal).

    >>> in_season("hot cross buns", datetime(2024, 8, 3)), in_season("croissants", datetime(2024, 8, 3))
    (False, True)
    """
    months = SEASONS.get(bake)
    return months is None or when is None or when.month in months


def fitting_problem(world: str, product: str, drawn: str, side: random.Random) -> str:
    """A defect ``product`` can have, of the same kind as the ``drawn`` one (worded as a
    complaint, or plain), chosen by ``side`` (a generator of its own, so that fitting
    never moves the draws that decide who writes when). A drawn defect that fits stays;
    unknown products keep ``drawn``.

    >>> fitting_problem("band", "tote bag", "a warped record", random.Random(1)) in FITS["band"]["tote bag"][0]
    True
    """
    fits = FITS.get(world, {}).get(product)
    if fits is None:
        return drawn
    pool = fits[1] if drawn in PLAIN_DRAWS else fits[0]
    if drawn in pool or drawn in ANY_PRODUCT:
        return drawn
    return side.choice([p for p in pool if p not in ANY_PRODUCT])


#: What each defect word can happen to: (pattern on a message's words, the products it
#: fits). Read by :func:`mismatches` on any message, generated or not.
# fmt: off
_PRODUCT_WORDS: dict[str, dict[str, str]] = {
    "band": {
        "garment": r"hoodie|t-?shirt|beanie|jumper|sweatshirt",
        "bag": r"tote",
        "towel": r"tea towel",
        "record": r"vinyl|record\b|\blp\b",
        "tape": r"cassette|tape\b",
        "poster": r"poster|\bprint\b",
        "pin": r"\bpin\b|badge",
        "booklet": r"booklet",
    },
    "bakery": {
        "bread": r"loaf|loaves|sourdough|focaccia|rye|spelt",
        "bun": r"\bbuns?\b|knots|babka|p[ãa]o de deus|scones?",
        "pastry": r"croissants?|pain au chocolat|past[ée]is de nata|nata",
        "savoury": r"sausage rolls?",
    },
}
_DEFECTS: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
    "band": (
        (r"warped(?: record)?|pressing|skips?\b|scratch|download code", frozenset({"record", "tape"})),
        (r"cracked case|tangled tape", frozenset({"tape"})),
        (r"hole in the sleeve|wrong size|stretched collar|hood\b", frozenset({"garment"})),
        (r"(?:cracked|damaged|split) sleeve", frozenset({"record"})),
        (r"stitch|bobble", frozenset({"garment"})),
        (r"torn seam", frozenset({"garment", "bag"})),
        (r"handle|strap|hole in the bottom", frozenset({"bag"})),
        (r"\bhem\b|frayed", frozenset({"towel"})),
        (r"faded print|(?:the )?print off-?cent(?:re|er)|print cracked", frozenset({"garment", "bag", "towel", "poster"})),
        (r"clasp|enamel|bent post", frozenset({"pin"})),
        (r"torn corner|signature|bent tube", frozenset({"poster"})),
        (r"pages|cover\b", frozenset({"booklet"})),
        (r"nothing in the envelope", frozenset()),  # the product never came: nothing to fault
    ),
    "bakery": (
        (r"doughy", frozenset({"bread", "bun", "pastry"})),
        (r"soggy underneath", frozenset({"bread", "pastry", "savoury"})),
        (r"undercooked", frozenset({"savoury"})),
        (r"sold out by", frozenset()),  # you cannot buy what had sold out
        (r"missing from my order", frozenset()),  # nor find fault with what never came
    ),
}
# fmt: on
_SEASONAL = re.compile("|".join(re.escape(b) for b in SEASONS), re.I)
#: A complaint (its own words say something is wrong) ...
_COMPLAINT = re.compile(
    r"\b(?:hole|torn|cracked|warped|faulty|wrong|missing|damaged|broken|burnt|doughy|"
    r"stale|soggy|undercooked|disappoint\w*|gutted|not happy|not to moan)\b",
    re.I,
)
#: ... or smiles as if it were praise ("they were burnt 😍").
_SMILE = re.compile("[😊😄🙌👍😍✨💛]")
#: ... that ends in thanks as praise, with nothing asked that the thanks could be for.
_THANKS_END = re.compile(r"(?:thanks|cheers|\bta)[!.]?\s*(?:\W{0,3})$", re.I)


def mismatches(world: str, text: str, when: datetime | None = None) -> list[str]:
    """What does not fit in one message: a defect its product cannot have, a seasonal
    bake out of season, a complaint signed off with thanks as if it were praise.

    >>> mismatches("band", "the tote bag turned up with a cracked sleeve")
    ['cracked sleeve on bag']
    >>> mismatches("band", "My hoodie arrived with a hole in the sleeve")
    []
    >>> mismatches("bakery", "The hot cross buns were burnt", datetime(2024, 8, 1))
    ['hot cross buns in August']
    >>> mismatches("bakery", "Disappointed with the croissants, they were burnt. Thanks!")
    ['complaint ending in thanks']
    """
    found: list[str] = []
    words = text.lower()
    hits = [(hit, fits) for rx, fits in _DEFECTS.get(world, ()) for hit in re.finditer(rx, words)]
    rest = words  # the product is read from the words no defect takes ("a warped record")
    for hit, _ in hits:
        rest = rest[: hit.start()] + " " * len(hit.group(0)) + rest[hit.end() :]
    products = {kind for kind, rx in _PRODUCT_WORDS.get(world, {}).items() if re.search(rx, rest)}
    if products:
        for hit, fits in hits:
            if not products & fits:
                found.append(f"{hit.group(0)} on {'/'.join(sorted(products))}")
    if when is not None:
        for hit in _SEASONAL.finditer(text):
            if not in_season(hit.group(0).lower(), when):
                found.append(f"{hit.group(0).lower()} in {when:%B}")
    if _COMPLAINT.search(text) and "?" not in text and _THANKS_END.search(text.strip()):
        found.append("complaint ending in thanks")
    if _COMPLAINT.search(text) and _SMILE.search(text):
        found.append("complaint with a smile")
    return found


def problem_in(world: str, text: str) -> tuple[str, str] | None:
    """The product and the defect a complaint names, ``("", "")`` for a complaint that
    names neither, None for a message that is no complaint.

    Read from the defects of :data:`FITS` and the words that say something is wrong, so
    that the owner's later notes can answer what the person wrote about.

    >>> problem_in("bakery", "The focaccia I bought on Sunday were much smaller than last week")
    ('focaccia', 'much smaller than last week')
    >>> problem_in("band", "Loved the gig!") is None
    True
    """
    words = text.lower()
    products = FITS.get(world, {})
    defect = next(
        (d for fits in products.values() for pool in fits for d in pool if d.lower() in words),
        "",
    )
    if not defect:
        hit = next((h for rx, _ in _DEFECTS.get(world, ()) if (h := re.search(rx, words))), None)
        defect = hit.group(0) if hit else ""
    if not defect and not _COMPLAINT.search(text):
        return None
    named = [p for p in products if p.lower() in words] or [
        p
        for p, fits in products.items()
        if p.split()[-1].lower() in words and defect in fits[0] + fits[1]
    ]
    return (max(named, key=len) if named else "", defect)


#: The band's songs, as messages quote them ('Calder Rain'): a reply thanks for the one named.
SONGS = (
    "Salt Roads", "Kestrel", "Harbour Light", "Lowtide", "Millstone", "The Long Field",
    "Weaver's Daughter", "Cold Tide", "Ferry Song", "Heron", "Calder Rain", "Pennine Way",
    "Wild Garlic", "Grey Mare", "Lantern",
)  # fmt: skip
_SONG = re.compile("|".join(f"'{re.escape(s)}'" for s in SONGS), re.I)


def reply_mismatches(world: str, message: str, reply: str) -> list[str]:
    """What a reply names that the message it answers did not: a song other than the
    one the person wrote about.

    >>> reply_mismatches("band", "'Calder Rain' is my daughter's lullaby", "Thank you for 'Salt Roads'")
    ["'salt roads' for 'calder rain'"]
    >>> reply_mismatches("band", "'Heron' got me through a hard year", "Thank you, 'Heron' it is")
    []
    """
    if world != "band":
        return []
    asked = {m.group(0).lower() for m in _SONG.finditer(message)}
    said = {m.group(0).lower() for m in _SONG.finditer(reply)}
    if not asked or not said or said & asked:
        return []
    return [f"{s} for {'/'.join(sorted(asked))}" for s in sorted(said)]
