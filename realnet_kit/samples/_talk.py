# ruff: noqa: E501  (the scenes are prose: one sentence a line reads better than wrapped)
"""Conversations about something: the scenes of each sample business's inbox.

A thread is a run of :class:`Scene` s between the owner and one person: an order, a
gig, a complaint, a favour, an introduction, a thank-you. A scene has an opening (by
the person, or by the owner), an answer that answers it, and sometimes a last word.
Templates hold slots (``{song}``, ``{cake}``, ``{day}``...) filled from the business's
own world (:data:`SLOTS`); one scene keeps its slot values, so the answer speaks of the
same cake on the same day. People write in their own voice (some in lower case, some
with emoji, some sign off with an "x") and their own words: each sentence a person sends
takes one of its phrasings (:mod:`realnet_kit.samples._reworded`), handed out by a
:class:`Phrasebook` least used first, so no two waiting messages read the same.

Which scenes a person gets depends on who they are to the business (:data:`AUDIENCES`:
fans, the industry, the crew for a band; customers, trade and staff for a bakery;
clients, peers and recruiters for a studio).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from weakref import WeakKeyDictionary

from realnet_kit.samples._fits import OUT_OF_SEASON, fitting_problem, in_season
from realnet_kit.samples._reworded import phrasings
from realnet_kit.samples._signals import CULTURE_LANG

# fmt: off
SLOTS: dict[str, dict[str, list[str]]] = {
    "band": {
        "song": ["Salt Roads", "Kestrel", "Harbour Light", "Lowtide", "Millstone",
                 "The Long Field", "Weaver's Daughter", "Cold Tide", "Ferry Song", "Heron",
                 "Calder Rain", "Pennine Way", "Wild Garlic", "Grey Mare", "Lantern"],
        # the older songs (not 'Kestrel', the new single): what people have loved for years
        "oldsong": ["Salt Roads", "Harbour Light", "Lowtide", "Millstone", "The Long Field",
                    "Weaver's Daughter", "Cold Tide", "Ferry Song", "Heron", "Calder Rain",
                    "Pennine Way", "Grey Mare", "Lantern"],
        "town": ["Glasgow", "Manchester", "Newcastle", "Sheffield", "York", "Hull",
                 "Liverpool", "Edinburgh", "Bristol", "Nottingham", "Norwich", "Lancaster",
                 "Dublin", "Belfast", "Cardiff", "Brighton", "Durham", "Kendal", "Whitby"],
        "venue": ["the Brudenell", "the Wardrobe", "Hyde Park Book Club", "Belgrave Music Hall",
                  "Headrow House", "the Key Club", "Left Bank", "Howard Assembly Room",
                  "Seven Arts", "Otley Courthouse", "the Picturedrome", "Trades Club"],
        "day": ["Friday", "Saturday", "Thursday", "Sunday afternoon", "Sunday",
                "Wednesday", "Saturday night", "Friday night", "Tuesday night", "Monday"],
        "month": ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"],
        "item": ["hoodie", "tote bag", "tea towel", "Salt Roads vinyl", "signed poster",
                 "enamel pin", "tour T-shirt", "cassette", "beanie", "lyric booklet"],
        "problem": ["a hole in the sleeve", "the wrong size", "a cracked sleeve",
                    "nothing in the envelope", "a warped record", "no download code",
                    "the print off-centre", "someone else's name on the label"],
        "gear": ["DI box", "capo", "spare strings", "mic stand", "cajón", "pedalboard",
                 "clip-on tuner", "XLR cables", "fiddle bow", "in-ear monitors", "PA speaker"],
        "station": ["Chapel FM", "East Leeds FM", "BBC Radio Leeds", "Aire Valley Radio",
                    "Headingley Community Radio", "Calder Sound"],
        "show": ["the Thursday folk show", "the breakfast show", "Folk on Sunday",
                 "the local music hour", "the late show", "Roots & Branches"],
        "outlet": ["Northern Sky zine", "the Headingley Bugle", "Leeds Music Scene blog",
                   "Aire Waves podcast", "Dales Folk Review", "Fiddle & Bow magazine"],
        "reason": ["got me through a hard year", "played at our wedding",
                   "was my dad's favourite", "is on every long drive we do",
                   "keeps me going on night shifts", "is how my partner and I met",
                   "is my daughter's lullaby", "soundtracked my whole dissertation",
                   "got me back into playing", "was the first dance at my sister's wedding"],
        "relation": ["my daughter", "my son", "my partner", "my mum", "my dad",
                     "my little brother", "my best mate", "my gran", "my flatmate"],
        "instrument": ["guitar", "fiddle", "ukulele", "piano", "mandolin", "banjo", "whistle"],
        "tuning": ["DADGAD with a capo on the second fret", "open G, no capo",
                   "standard tuning, capo on four", "drop D", "DADGAD, capo three",
                   "open D, and the fiddle's in standard"],
        "highlight": ["That encore!", "The harmonies gave me chills.",
                      "Best gig of my year.", "Sorry for singing so loud.",
                      "My feet still hurt from dancing.", "The new songs are brilliant.",
                      "That quiet bit with just the fiddle, wow."],
        "genre": ["folk", "alt-country", "indie-folk", "bluegrass", "Americana", "shanty"],
        "topic": ["northern folk", "songwriting", "touring on a budget", "the Leeds scene",
                  "women in folk", "DIY music"],
        "time": ["seven", "half six", "eight", "half seven", "six"],
        "favour": ["lend us your {gear}", "cover the merch desk",
                   "give us a lift to {venue}", "listen to the new mix of '{song}'",
                   "put a poster up for the {venue} show", "help us load in at {venue}"],
        "note": ["the vocals sit much better now", "the fiddle's louder in the chorus",
                 "the reverb's pulled right back", "the bass is finally tight",
                 "the harmonies are up a touch", "the ending fades out now"],
    },
    "bakery": {
        "cake": ["chocolate fudge cake", "lemon drizzle", "carrot cake", "Victoria sponge",
                 "coffee and walnut cake", "Basque cheesecake", "olive oil and orange cake",
                 "raspberry and pistachio cake", "honey and almond cake", "brownie tray",
                 "pão de ló", "banana bread"],
        "bake": ["cardamom buns", "pastéis de nata", "rye loaves", "seeded sourdough",
                 "cinnamon knots", "focaccia", "croissants", "pain au chocolat",
                 "hot cross buns", "sausage rolls", "babka", "pão de Deus", "spelt loaves",
                 "fruit scones"],
        "occasion": ["birthday", "christening", "retirement do", "office leaving do",
                     "hen party", "first communion", "anniversary", "baby shower", "wake",
                     "book club", "school fair"],
        "people": ["twelve", "twenty", "about thirty", "eight", "forty", "fifteen", "six"],
        "day": ["Friday", "Saturday morning", "Thursday", "Sunday", "bank holiday Monday",
                "Wednesday", "Saturday", "Friday morning", "Tuesday", "Monday"],
        "allergen": ["nuts", "gluten", "sesame", "dairy", "eggs", "soya"],
        "place": ["the office on Clarendon Road", "Gloucester Road", "the school on Cotham Hill",
                  "Bedminster", "the studio in Stokes Croft", "the surgery in Redland",
                  "Totterdown", "the co-working space in St Pauls"],
        "thing": ["scarf", "umbrella", "phone charger", "glove", "tote bag", "reading glasses",
                  "water bottle", "kid's hat"],
        "colour": ["green", "red", "navy", "mustard", "grey", "striped", "purple"],
        "problem": ["burnt on the bottom", "still doughy in the middle",
                    "sold out by nine", "missing from my order", "a bit stale by lunchtime",
                    "much smaller than last week"],
        "supply": ["flour", "butter", "eggs", "rye flour", "coffee beans", "boxes", "milk",
                   "cardamom", "spelt", "paper bags"],
        "firm": ["Avon Valley Mill", "Mendip Dairy Co-op", "Severn Eggs",
                 "Clifton Coffee Roasters", "Harbourside Packaging", "Wild Yeast Supplies",
                 "Somerset Butter Ltd", "Greenleaf Organics"],
        "event": ["the St Nicholas night market", "the Harbour Festival", "the Easton street party",
                  "the Southville food market", "the school fair", "the Totterdown art trail"],
        "outlet": ["the Bristol Post food page", "the Gloucester Road newsletter",
                   "Crumbs magazine", "a Bristol food blog", "the Southville parish mag"],
        "chore": ["cover the Sunday shift", "open up on Saturday", "take the bread to the café",
                  "feed the starter tonight", "meet the oven engineer",
                  "pick up the flour order", "do the market stall"],
        "time": ["six", "half six", "seven", "eight", "half five"],
        "relation": ["my sister", "my neighbour", "my whole office", "my mum",
                     "half the street", "my book club", "my in-laws"],
        "favour": ["lend us your big proving baskets", "keep an eye on the shop for an hour",
                   "drop the spare keys round", "taste the new bun recipe",
                   "put a poster up for {event}", "share the job advert"],
    },
    "studio": {
        "org": ["the physio practice", "the clinic", "the florist", "the food bank",
                "the dental surgery", "the climbing wall", "the yarn shop", "the library friends",
                "the law firm", "the charity", "the primary school", "the football club",
                "the bike workshop", "the theatre company"],
        "bug": ["the checkout page is showing the old prices",
                "the contact form isn't sending", "the menu is broken on iPhones",
                "we're getting a 502 since this morning", "the cookie banner covers the button",
                "the booking calendar shows last month", "the images take ages to load",
                "the login link goes to a blank page", "the map on the contact page is gone"],
        "fix": ["cleared the cache and fixed the price rule", "fixed the mail settings",
                "patched the menu script", "restarted the server and added monitoring",
                "moved the cookie banner", "fixed the calendar's time zone",
                "compressed the images", "repaired the login redirect", "renewed the map key"],
        "feature": ["booking system", "online shop", "donation page", "events calendar",
                    "newsletter sign-up", "members' area", "accessibility audit",
                    "Welsh version", "Polish version", "new homepage"],
        "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Thursday morning",
                "Tuesday afternoon", "Monday morning", "Friday afternoon"],
        "tech": ["React", "Laravel", "Python", "WordPress", "Shopify", "Vue", "Kubernetes",
                 "Salesforce", "Node", "AWS"],
        "firm": ["TalentBridge", "Nexus Recruitment", "ScaleForce", "BrightHire",
                 "CodeShore", "LeadPilot", "CloudSave Partners", "HireLoop", "DevNation"],
        "perk": ["fully remote", "four-day week", "great equity", "a top-tier salary",
                 "unlimited holiday", "a London office", "a hybrid setup"],
        "event": ["the accessibility meetup", "WordCamp", "the Tech for Good night",
                  "the freelancers' breakfast", "Manchester Web Meetup", "the CSS night"],
        "thing": ["slides", "proposal", "case study", "quote", "brief", "contract"],
        "language": ["Polish", "Welsh", "Urdu", "Spanish", "Arabic", "Chinese"],
        "time": ["ten", "eleven", "two", "half nine", "four"],
        "favour": ["look over our accessibility statement", "test the site with a screen reader",
                   "share the job post", "speak at {event}", "review our {thing}",
                   "recommend a good copywriter"],
    },
}

#: Who each audience is in each world: the roles (from the ground truth) that talk like it.
AUDIENCES: dict[str, dict[str, set[str]]] = {
    "band": {
        "close": {"manager", "sound engineer", "venue booker", "friend's band",
                  "fanzine editor", "tour driver", "gig photographer", "session violinist"},
        "industry": {"promoter", "music journalist", "radio host", "producer", "merch printer",
                     "festival booker", "label scout", "venue manager", "podcaster",
                     "luthier", "industry", "musician"},
    },
    "bakery": {
        "close": {"head baker", "staff", "bookkeeper"},
        "trade": {"supplier", "café", "market organiser", "food writer", "landlord"},
    },
    "studio": {
        "close": {"partner", "subcontractor", "mentor", "accountant", "designer",
                  "developer", "copywriter", "photographer", "peer", "meetup organiser",
                  "agency", "ex-colleague"},
        "recruiter": {"recruiter", "conference contact"},
    },
}
# fmt: on


@dataclass(frozen=True)
class Scene:
    """One exchange. ``by``: who opens ("in" the person, "out" the owner)."""

    name: str
    who: tuple[str, ...]
    ask: tuple[str, ...]
    answer: tuple[str, ...]
    close: tuple[str, ...] = ()
    by: str = "in"
    #: May stay unanswered: a question, a complaint, a kind word, a pitch.
    may_wait: bool = True
    #: The language of each opening, where it is not English ("pt", "es"...): only a
    #: person whose name's own language it is writes it.
    langs: tuple[str, ...] = ()

    def speaks(self, lang: str | None) -> bool:
        """Whether a person whose own language is ``lang`` would open this scene."""
        return not self.langs or lang in self.langs

    def pick(self, rng: random.Random, lang: str | None = None) -> tuple[str, str]:
        """An opening and its answer: the n-th answer answers the n-th opening when the
        scene has as many of each, else any answer fits any opening. A scene in several
        languages opens in the person's own."""
        if self.langs:
            i = rng.choice([k for k, code in enumerate(self.langs) if code == lang])
        else:
            i = rng.randrange(len(self.ask))
        if len(self.answer) == len(self.ask):
            return self.ask[i], self.answer[i]
        return self.ask[i], rng.choice(self.answer)


S = Scene
# fmt: off
SCENES: dict[str, list[Scene]] = {
    "band": [
        S("gig where", ("fan",),
          ("Any chance you'll play {town} this year?",
           "Are you coming anywhere near {town} on the next tour? {relation} is desperate to see you",
           "Please come to {town}!! Nearest date is hours away for us",
           "Will the {month} tour have a {town} date?"),
          ("We'd love to! Nothing booked in {town} yet, we're looking at {month}. Mailing list gets it first",
           "Yes, {town} is pencilled in for {month}, announcing very soon 🤫",
           "Not this time sadly, but {town} is top of the list for {month}",
           "{town} in {month} is looking likely, we'll shout when it's confirmed"),
          ("Amazing, I'll be in {town} with {relation}", "Fingers crossed for {town} in {month} then!",
           "Signed up to the list, {month} can't come soon enough")),
        S("from abroad", ("fan",),
          ("Adorei o concerto em {town}! '{song}' é linda 💛",
           "¡'{song}' es preciosa! ¿Vais a tocar en {town} otra vez?",
           "ライブ最高でした！'{song}'が大好きです。また{town}に来てください",
           "Dziękuję za koncert w {town}! '{song}' 💛",
           "Danke für den tollen Abend in {town}! '{song}' läuft bei mir rauf und runter"),
          ("Obrigado! {town} was one of our favourite nights, '{song}' too",
           "¡Gracias! We hope to be back in {town} in {month}",
           "Arigato! '{song}' in {town} was a special one for us",
           "Dziękujemy! {town} was loud and lovely, see you in {month}",
           "Danke! We're planning {town} again for {month}"),
          (), langs=("pt", "es", "ja", "pl", "de")),
        S("tuning", ("fan",),
          ("What tuning is '{song}' in? Trying to learn it on {instrument}",
           "Been trying to work out '{song}' on {instrument} for weeks, what tuning is it?",
           "quick one, what's the tuning for '{song}'? {relation} wants to play it"),
          ("'{song}' is {tuning}. Have fun with it on {instrument}!",
           "It's {tuning}. Send us a video of '{song}' when you've got it 🎶",
           "{tuning}! '{song}' sits nicely on {instrument} once you're there"),
          ("That's it! '{song}' sounds right at last", "Thank you, {tuning} explains everything")),
        S("merch problem", ("fan",),
          ("The {item} I ordered arrived with {problem}, what can I do?",
           "Hi, my {item} came with {problem} 😞 could you help?",
           "Bit gutted, the {item} turned up with {problem}"),
          ("So sorry about the {item}! Send us a photo and we'll post a new one before {day}",
           "Oh no, {problem} is on us. Reply with your address and a new {item} is on its way",
           "That's not good enough, sorry. A fresh {item} goes in the post {day}"),
          ("Photo sent, thanks for sorting the {item} so fast", "Address sent, you're very kind, see you in {town}")),
        S("kind word", ("fan",),
          ("'{oldsong}' {reason}. Just wanted you to know. Thank you.",
           "Not sure you read these but '{oldsong}' {reason}.",
           "Saw you at {venue} years ago and '{oldsong}' {reason} ever since"),
          ("This means more than you know. '{song}' was a hard one to write, thank you",
           "Messages like this keep us going. We'll think of you next time we play '{song}' at {venue}",
           "Thank you for telling us about '{song}'. Come and say hello at {venue} on {day}"),
          ()),
        S("after the gig", ("fan",),
          ("Still buzzing from {venue} on {day}! {highlight}",
           "{venue} on {day} was something else. {highlight}",
           "First time seeing you live at {venue}. {highlight}"),
          ("Thanks for coming to {venue}, it was a special one for us too",
           "You made {day} at {venue}, thank you! Come to the {town} show too",
           "So glad you were at {venue}. '{song}' felt different with that crowd"),
          ("Already got tickets for {town}", "Can't wait to hear '{song}' on the album")),
        S("tickets", ("fan",),
          ("Are there tickets left for {town} in {month}?",
           "Is the {venue} show on {day} sold out? Can't find tickets anywhere",
           "Will there be tickets on the door at {venue} on {day}?"),
          ("A few left for {town}, grab them soon!",
           "Sold out, but we keep a handful for the door at {venue}. Come early on {day}",
           "Yes, the door at {venue} has some on {day}, from {time}"),
          ("Got two for {town}, thank you!", "I'll be at {venue} early then")),
        S("cover", ("fan",),
          ("I recorded a cover of '{song}' on {instrument}, can I send it?",
           "Can I use '{song}' in my student film? It's non-commercial",
           "Would you mind if our choir sang '{song}' at the {month} concert?"),
          ("Of course, send it over! We love hearing '{song}' in other hands",
           "Yes, go for it with '{song}', just credit us and send us the link",
           "A choir singing '{song}' in {month}? We'd be honoured"),
          ("Brilliant, the '{song}' link is coming tonight", "Thank you so much, will credit you in {month}")),
        S("booking", ("industry",),
          ("Hi {owner}, I book the folk nights at {venue}. Free on a {day} in {month}?",
           "We're putting together a festival line-up in {month}. Would you play a set?",
           "Any chance you'd headline our {day} night at {venue} in {month}?"),
          ("We'd love that, {month} works. Can you send the deal and set times for {venue}?",
           "Yes please! Pencil us in for {month} and we'll sort the rider",
           "{day} in {month} is free for us, let's do it"),
          ("Great, the {venue} contract comes by email", "Pencilled in for {month}, speak {day}")),
        S("press", ("industry",),
          ("Would love to review the new album for {outlet}, can you send a promo link?",
           "We're doing a {month} feature on the Leeds scene for {outlet}. Up for an interview?",
           "Could I premiere the '{song}' video on {outlet}?"),
          ("Thank you! Private link for {outlet} is on its way",
           "Yes to the interview, {day} works for us",
           "We'd love '{song}' to premiere on {outlet}, sending the video {day}"),
          ("Got it, the review goes up in {month}", "Perfect, I'll send questions by {day}")),
        S("radio", ("industry",),
          ("Our show {show} on {station} would love a live session in {month}. Interested?",
           "Played '{song}' on {show} last night, loads of listeners asked about you",
           "Could you come in and chat on {show} on {station} next {day}?"),
          ("We'd be honoured, {month} is perfect. Acoustic, three of us?",
           "Thank you for playing '{song}' on {show}! Yes to coming in on {day}",
           "{station} is where we first heard ourselves on air, so yes to {show}"),
          ("Three of you is perfect, booked in for {month}", "Brilliant, see you at {station} on {day}")),
        S("podcast", ("industry",),
          ("I host a podcast about {topic}, would you come on in {month}?",
           "We run a tiny label night for {genre} acts, fancy a support slot in {month}?"),
          ("We'd love to talk about {topic}, what dates are you looking at?",
           "Sounds great, {month} suits us. Send the details over"),
          ("Details for {month} sent, thanks!", "Will send a few dates around {day}")),
        S("logistics", ("close",),
          ("Rehearsal moved to {time} on {day}, can you tell the others?",
           "Found a cheaper van for the {town} run, sending details",
           "Mix of '{song}' is up, {note}",
           "Soundcheck at {venue} is at {time} on {day}, load-in round the back",
           "I'll bring the spare {gear} on {day}",
           "Can you put me on the guest list plus one for {venue} on {day}?",
           "Setlist for {venue}: opening with '{song}'?",
           "Merch money from {town} is in, counting it {day}"),
          ("Will do, {time} on {day} it is",
           "Legend. We'll pay the deposit for the {town} van {day}",
           "Listening to '{song}' now, you're right, {note}",
           "Got it, we'll be at {venue} for {time}",
           "You're a star, we'd have been stuck without the {gear}",
           "Sorted, you're on the list at {venue} on {day}",
           "Yes, '{song}' first and '{song2}' to close",
           "Nice one, let's split the {town} money after rehearsal"),
          ("Cheers, see you {day} at {time}", "Perfect 👍 speak {day} about {venue}", "Nice, see you at {venue} on {day}")),
        S("catch up", ("close",),
          ("Pint after the {venue} gig? My round 🍻",
           "Did you see the review of '{song}' in {outlet}? Chuffed for you",
           "Call me when you're free, news about the {month} festival slot",
           "That new song you played at soundcheck on {day}, wow",
           "How's the family? Haven't seen you since {venue}"),
          ("Yes! Pint at {venue} after, you're on, I'll be there by {time}",
           "Just read the piece in {outlet}, still can't believe they put '{song}' first",
           "Calling you after rehearsal on {day} about {month}",
           # {song:.0} draws a song and shows none: a song new at soundcheck has no name
           # yet (the draw stays, so the scenes after it stay as they were)
           "Ha, thank you, it hasn't got a name yet{song:.0}, might open {venue} with it",
           "Much better, thanks for asking. Come to {venue} on {day}?"),
          ()),
        S("favour", ("close", "industry"),
          ("Could you {favour} on {day}? I owe you one",
           "Big favour: could you {favour}? Completely fine if not",
           "Any chance you could {favour} before {town}?"),
          ("Course, happy to. {day} works",
           "Yes, no bother, I'll sort it before {day}",
           "For you, always. Is {time} on {day} ok?",
           "Leave it with me, it'll be done by {day}",
           "Sure thing, I'm around from {time} on {day}",
           "After everything you did for us at {venue}? Consider it done",
           "Can do. Text me {day} and I'll come round"),
          ("Thank you, you're a legend, pint at {venue} on me",
           "Owe you a pint at {venue} on {day}", "Lifesaver, see you {day} at {time}",
           "Brilliant, I'll bring the {gear} back by {day}"),
          by="out", may_wait=False),
        S("introduction", ("close", "industry"),
          ("Have you met the booker at {venue}? You two should talk about {month}",
           "Introducing you to the host of {show} on {station}, they loved '{song}'",
           "My friend runs {outlet} and wants to hear about {topic}, can I pass on your email?",
           "The people putting on the {month} festival asked about you, shall I put you in touch?",
           "A mate is recording in {town} and needs a fiddle player, interested?",
           "The new manager at {venue} is after local acts for {month}, want an intro?"),
          ("Thanks for the intro to {venue}! Emailing them {day}",
           "That's so kind, I'll drop {station} a line {day}",
           "Yes please, happy to talk {topic} with {outlet}",
           "Please do! A festival slot in {month} would make our year",
           "Count me in, tell them I'm free after {day}",
           "Oh yes, {month} at {venue} would be perfect, cheers"),
          ("Let me know how {day} goes with {venue}", "Great, I'll tell {outlet} to expect you {day}", "They'll love you, say hi from me on {day}"),
          by="out", may_wait=False),
        S("thank you", ("close", "industry", "fan"),
          ("Thank you for everything at {venue} on {day}, we couldn't have done it without you",
           "Just wanted to say thanks for playing '{song}' on {show}, made our week",
           "Thanks for coming all the way from {town} to {venue}, it meant a lot",
           "Thanks for lending us the {gear} at {venue}, you saved the night",
           "Thank you for sharing the {town} gig, half the room came because of you",
           "Cheers for what you said about '{song}' in {outlet}, we read it twice"),
          ("Any time, {venue} on {day} was a joy",
           "You deserve it, '{song}' is a cracker, {show} listeners loved it",
           "Wouldn't have missed {venue} on {day} for anything",
           "Glad it did the job, keep the {gear} till {day}",
           "Happy to, {town} was a cracking night",
           "Meant every word, '{song}' deserves a bigger crowd"),
          ("See you at {venue2} in {month}", "Next round at {venue} is mine, {day}?", "Let's celebrate in {town} in {month}"),
          by="out", may_wait=False),
    ],
    "bakery": [
        S("cake order", ("customer",),
          ("Could I order a {cake} for {day}? It's for a {occasion}, about {people} people",
           "Hi! Do you take orders for a {cake}? Need it {day} for a {occasion}",
           "Is it too late to order a {cake} for {day}? For {people}, it's a {occasion}"),
          ("Yes, we can do a {cake} for {people} for {day}. Collect from {time}?",
           "Of course! A {cake} for the {occasion} is booked in for {day}",
           "We can just squeeze in a {cake} for {day}, shall I write anything on it for the {occasion}?"),
          ("Perfect, see you {day} at {time}", "Thank you, the {occasion} is saved!",
           "Yes please, 'happy {occasion}' would be lovely")),
        S("em português", ("customer",),
          ("Olá! Vocês fazem {bake} por encomenda para {day}?",
           "Bom dia! Ainda têm {bake} hoje? Passo aí às {time}",
           "Os {bake} de ontem estavam divinais, {obrigado}! 💛"),
          ("Olá! Sim, fazemos {bake} para {day}, quantos quer?",
           "Temos sim, guardo-lhe uns {bake} até às {time}",
           "Obrigada! Os {bake} são a receita da minha avó"),
          ("Perfeito, {obrigado}! Até {day}", "Muito {obrigado}, até já"), langs=("pt", "pt", "pt")),
        S("allergy", ("customer",),
          ("Do you have anything without {allergen}? {relation} is allergic",
           "Are the {bake} free from {allergen}?",
           "Which of your {bake} are safe for someone avoiding {allergen}?"),
          ("The {bake} have no {allergen} in the recipe, but we bake everything in one kitchen",
           "Sadly the {bake} do contain {allergen}. The {cake} on {day} doesn't, though",
           "Nothing with {allergen} goes into the {bake}, I checked with the bakers this morning"),
          ("Thanks for being honest about the {allergen}, that helps a lot", "Great, we'll come {day} for the {cake}")),
        S("opening", ("customer",),
          ("What time do you open on {day}?",
           "Are you open over the bank holiday? Desperate for {bake}",
           "Do you still do the {bake} on {day}s?"),
          ("We open at {time} on {day}, {bake} out of the oven by half past",
           "Yes! Doors open at {time}, and there'll be {bake}",
           "Every {day}, and the first tray of {bake} goes by {time}"),
          ("Set my alarm for {time} 😄", "See you {day} then")),
        S("lost", ("customer",),
          ("I left my {thing} in the shop yesterday, a {colour} one",
           "Did anyone hand in a {colour} {thing}? Think I left it by the window"),
          ("Found it! Your {colour} {thing} is behind the counter",
           "Yes, a {colour} {thing} is safe with us, pop in {day}"),
          ("Phew, thank you! Coming by {day} for the {thing}", "You're the best, I'll grab a {bake} too")),
        S("kind word", ("customer",),
          ("The {bake} this morning were incredible 😍",
           "Brought {relation} your {bake} and now they won't stop talking about them",
           "Your {bake} are better than my avó's. Don't tell her.",
           "The {cake} for the {occasion} was a hit, thank you"),
          ("That made our morning, thank you! The {bake} are back on {day}",
           "Ha, tell {relation} we said hi, and that there's more {bake} on {day}",
           "Your secret is safe with us! The {bake} are my own avó's recipe",
           "So glad the {occasion} went well! Come back for the {bake}"),
          ()),
        S("complaint", ("customer",),
          ("The {bake} I bought on {day} were {problem}, a bit disappointed",
           "Not to moan, but my {bake} were {problem} on {day}"),
          ("I'm so sorry, {problem} is not how they should be. Next {bake} are on us",
           "Thank you for telling us. We've changed the timings for the {bake}, try them again {day}"),
          ("That's kind, see you {day}", "Will do, no hard feelings about the {bake}")),
        S("delivery", ("customer",),
          ("Do you deliver to {place}? We'd want {bake} every {day}",
           "Could you do a weekly order of {bake} for {place}?"),
          ("We can deliver to {place} on {day}s before nine, shall I send prices?",
           "Not delivery yet, but happy to have a box of {bake} ready every {day}"),
          ("Yes please, send the prices for {place}", "Collection on {day} works fine")),
        S("job", ("customer",),
          ("Any chance of a job? I trained as a pastry chef and love your {bake}",
           "Are you hiring for {day} shifts? I live in {place}"),
          ("We might be in the spring! Pop in on {day} with your CV",
           "Not right now, but I'll keep your note for when the {day} shift opens"),
          ("Thank you, I'll come by {day}", "Thanks for letting me know")),
        S("wholesale", ("trade",),
          ("Hi, we're a café near {place}, could we stock your {bake}?",
           "Would you like a stall at {event}?",
           "We'd love to feature the bakery in {outlet}, fancy a chat on {day}?",
           "Collab idea: your {bake} and our coffee, a pop-up on {day}?"),
          ("We'd love to! How many {bake} a day for {place}?",
           "Yes to {event}! Send the forms",
           "That would be lovely, {day} morning after the bake, for {outlet}?",
           "A pop-up on {day} sounds great, let's plan it"),
          ("About thirty {bake} to start, I'll email", "Forms for {event} on their way")),
        S("supply", ("trade",),
          ("{supply} delivery will be a day late this week, sorry!",
           "Invoice for the {supply} attached, due end of month 🙏",
           "We're putting the {supply} price up from next month, wanted you to hear it from me",
           "New {supply} from {firm} arrived, want a sample bag on {day}?"),
          ("No problem, we'll manage without the {supply} until {day}",
           "Thanks, paying the {supply} invoice this week",
           "Thanks for the heads-up about the {supply}, appreciated",
           "Yes please, bring the {supply} {day}"),
          ()),
        S("shift", ("close",),
          ("Can you {chore} on {day}? I'm stuck",
           "The oven guy can come {day} at {time}, ok?",
           "I'll {chore} {day}, go rest",
           "Rent chat tomorrow? The landlord emailed about {day}",
           "Tried the new {supply} in the {bake}, much better",
           "Starter's looking sluggish, feed it at {time}?"),
          ("Yes, I'll {chore} on {day}, don't worry",
           "{time} on {day} is fine, I'll let him in",
           "You're an angel, I'll take {day} off then",
           "Yes, after close, bring the {day} figures",
           "Agreed, let's switch the {bake} for good",
           "Fed it at {time}, it's bubbling again"),
          ("Thank you!! x see you {day}", "Sorted then, see you {day} at {time}")),
        S("favour", ("close", "trade"),
          ("Could you {favour}? No worries if not",
           "Huge favour: could you {favour} on {day}?"),
          ("Of course, consider it done by {day}", "Yes! {day} works, after {time}",
           "No trouble at all, I'm free {day}",
           "For you? Always. I'll pop round at {time}",
           "Happy to, just remind me {day} morning"),
          ("Thank you, I owe you some {bake}", "You're a star, see you {day}"),
          by="out", may_wait=False),
        S("thank you", ("close", "trade", "customer"),
          ("Thank you for sending {relation} our way, they ordered a {cake}!",
           "Just wanted to say thank you for the {bake} idea, they're our best seller now",
           "Thank you for the help at {event} on {day}",
           "Thanks for the lovely review, it made the whole team's day",
           "Thank you for lending us your van on {day}, the {cake} arrived in one piece",
           "Thanks for telling {firm} about us, they've ordered for {event}"),
          ("Ah, {relation} loved the {cake}! Happy to help", "Anytime, so glad the {bake} worked",
           "{event} was fun, count me in next year, with {bake}",
           "It was all true! Best {bake} in Bristol",
           "Glad it got there safely, the van's yours whenever",
           "They were always going to love you, enjoy {event}"),
          ("Next {bake} is on me", "See you at {event} on {day} then"),
          by="out", may_wait=False),
        S("introduction", ("close", "trade"),
          ("Have you met the people at {firm}? They're looking for a bakery for {event}",
           "Introducing you to the organiser of {event}, I told them about your {bake}",
           "A friend is opening a café near Gloucester Road and needs a {bake} supplier, can I connect you?",
           "The school PTA is looking for someone to do the {event} cakes, shall I pass on your number?"),
          ("Thanks for thinking of me, I'll call {firm} {day}",
           "Amazing, thank you, emailing {event} now",
           "Yes please! We'd love a café account, send them my way",
           "Go ahead, we did the {event} cakes for another school last year"),
          ("Tell me how {day} goes", "They'll love the {bake}"),
          by="out", may_wait=False),
    ],
    "studio": [
        S("bug", ("client",),
          ("Hi Priya, {bug}",
           "Sorry to bother you, {bug} on our site",
           "Urgent-ish: {bug}. Anything you can do before {day}?"),
          ("Thanks for flagging, I've {fix}. Could you check?",
           "On it: {fix}, should be fine now",
           "Sorry about that, we {fix}. Let me know if it happens again before {day}"),
          ("All working now, thank you! Speak {day}", "Looks right now, you're a lifesaver before {day}")),
        S("quote", ("client",),
          ("Could we get a quote for a {feature} for {org}?",
           "We're thinking about a {feature} for {org}, is that something you do?",
           "Board approved the budget for the {feature}! When could you start?"),
          ("Yes, happily. I'll send a quote for the {feature} by {day}",
           "We've built a {feature} for {org2} before, so yes. Quote by {day}",
           "We could start the {feature} the week after next. Call on {day} to scope it?"),
          ("Great, {day} at {time} works", "Thank you, the {feature} quote is with the board")),
        S("change", ("client",),
          ("Loved the {feature} draft. Two small changes attached",
           "Can we move {day}'s call to {day2}?",
           "Our SEO person says the images on the {feature} are too big, can you look?",
           "Any update on the {feature}?"),
          ("Thanks! Both changes are in the {feature} now",
           "Sure, {day2} at {time} works for us",
           "Good catch, compressing the {feature} images by {day}",
           "Nearly there, the {feature} goes to testing on {day}"),
          ("Perfect, thank you, speak {day}", "Thanks Priya, see you {day2}")),
        S("paid", ("client",),
          ("Invoice for the {feature} paid, thanks!",
           "Referred a friend from {org} who needs a site like ours, expect an email!",
           "The {feature} has already brought in new bookings, thank you"),
          ("Thank you, the {feature} invoice is marked paid",
           "That's so kind, thank you for the referral to {org}",
           "That's wonderful to hear, well done on the {feature} launch"),
          ()),
        S("recruiter", ("recruiter",),
          ("Hi! {perk} role for a senior {tech} engineer at {firm}, open to a chat?",
           "We at {firm} help agencies scale with offshore {tech} developers. 15 minutes {day}?",
           "Are you the right person to talk to about your {tech} spend? {firm} can cut it",
           "Congrats on the work anniversary! {firm} is hiring {tech} leads, {perk}",
           "{firm} here: we place {tech} contractors within a week. Worth a call {day}?"),
          ("Thanks, not looking for {tech} work right now, but good luck!",),
          ()),
        S("close", ("close",),
          ("Deployed the fix for {org}, can you double-check on your phone?",
           "Coffee {day}? I owe you one for the intro",
           "Sent you the draft {thing} for {org}, be brutal",
           "That talk at {event} was great, the {thing} please!",
           "Our kids' school needs a website volunteer... thought of you 😅",
           "Are you going to {event} on {day}?"),
          ("Checked {org}'s {feature} on Android and iPhone, all good",
           "Yes! {day} at {time}, usual place",
           "Read the {thing} for {org}, two notes but it's strong",
           "Sending the {thing} now, thank you for coming to {event}",
           "Ha, I'll think about the school over the weekend, ask me again at {event}",
           "Yes, see you at {event}, save me a seat"),
          ("Thanks, see you {day}", "Great, {time} on {day} then", "See you at {event}, I'll bring the {thing}")),
        S("favour", ("close", "client"),
          ("Could you {favour}? No rush",
           "A favour: could you {favour} before {day}?"),
          ("Of course, happy to, {day} at {time} ok?", "Yes, I'll do it {day} at {time}",
           "No problem, I've got a free hour on {day}",
           "Sure, send me the details and I'll look {day}",
           "Glad to return the favour, {day} works"),
          ("Thank you so much, {day} is perfect", "Really appreciated, coffee at {event} on {day} is on me"),
          by="out", may_wait=False),
        S("check in", ("client",),
          ("How's the {feature} working for {org}? Anything we should tweak?",
           "Quick check-in: the {feature} has been live a month, how's it going?"),
          ("Working well! People use the {feature} more than we thought",
           "Mostly great, one small thing about the {feature} I'll email {day}"),
          ("Lovely to hear, speak {day}", "Send it over, we'll look at the {feature} {day}"),
          by="out", may_wait=False),
        S("introduction", ("close", "client"),
          ("Introducing you to a friend from {event} who needs a {feature}",
           "You should meet the people behind the {feature} at {org}, they'd love your work",
           "Someone at {event} asked for an accessibility expert, may I give them your email?",
           "{org} is looking for a designer for their {feature}, want me to mention you?"),
          ("Thanks for the intro, I'll set up a call for {day}",
           "That's kind, I'll get in touch with {org} {day}",
           "Please do, accessibility work is my favourite kind",
           "Yes, mention me! I'd love to see the {feature} brief"),
          ("Let me know how {day} goes with {org}", "They're lovely, you'll get on, they're at {event} too", "Say hi from me on {day}"),
          by="out", may_wait=False),
    ],
}
# fmt: on

#: Openers to the owner, as people start a message (the owner's first name slotted in).
GREETINGS = ["", "", "", "Hi {owner}! ", "Hiya, ", "Hey! ", "Hello, ", "Morning! ", "Hi all, "]
#: An opening that already greets takes no greeting in front ("Hi all, hi Rosie").
GREETED = re.compile(r"(hi|hiya|hey|hello|morning|ol[áa]|bom dia|dear|good morning)\b", re.I)
#: The same word twice in a row, where two slots meet ("the the Brudenell").
DOUBLED = re.compile(r"\b(\w+)(\s+\1\b)+", re.I)
#: "a" before a word that starts with a vowel sound, where two slots meet ("a office
#: leaving do"): English writes "an" there ("an office leaving do").
A_BEFORE_VOWEL = re.compile(
    r"\b([Aa]) (?=[aiAI]|[oO](?!ne|nce)|[eE](?!u|we)|u(?!ni|se|su|ke|ro|ti)|U(?!ni|se|K))"
)
OWNER_GREETINGS = ["", "", "Hi {given}! ", "Hey {given}, ", "{given}! "]
LATE = [
    "Sorry for the slow reply, {excuse}. ",
    "Only just seeing this, {excuse}! ",
    "So sorry, {excuse}. ",
]
EXCUSES = {
    "band": [
        "tour madness",
        "we've been in the studio",
        "the van broke down",
        "festival season ate my week",
        "I lost my phone in a field",
    ],
    "bakery": [
        "the ovens ate my week",
        "a run of big catering orders",
        "we were short-staffed",
        "the mixer broke",
        "market season",
    ],
    "studio": [
        "we were heads-down on a launch",
        "I was off sick",
        "conference week",
        "we had three go-lives at once",
        "school holidays",
    ],
}
#: The owner's last word after someone's thank-you (slots from the scene just had).
ACKS = {
    "band": [
        "Any time! See you at {venue}",
        "Ha, cheers, see you {day}",
        "💛 speak {day}",
        "Nice one, see you in {town}",
        "Good stuff, {month} it is",
    ],
    "bakery": [
        "Any time! See you {day}",
        "😊 see you at {time}",
        "Lovely, enjoy the {bake}",
        "Thank you! See you {day} x",
        "Our pleasure, see you {day}",
    ],
    "studio": [
        "Great, speak {day}",
        "Thanks! Talk {day}",
        "Perfect, see you {day}",
        "Any time, see you at {event}",
        "Lovely, {day} then",
    ],
}
#: Sign-offs that thank: a complaint that asks for nothing does not end on one.
THANKS_SIGNS = frozenset({"Cheers!", "Thanks!", "Ta"})
#: Emoji that smile: a complaint does not end on one ("they were burnt 😍").
SMILING_EMOJI = frozenset({"😊", "😄", "🙌", "👍", "😍", "✨", "💛"})
#: Scenes whose opening is a complaint.
COMPLAINTS = frozenset({"merch problem", "complaint"})
VOICE_EMOJI = ["😊", "🙏", "💛", "😄", "🙌", "👍", "😍", "x", "✨", "😅"]
#: Emoji that belong to one business's world (a croissant closes a bakery message, not
#: a band's).
WORLD_EMOJI = {"band": ["🎶", "🎸"], "bakery": ["🥐", "🍞"], "studio": ["💻", "🚀"]}


@dataclass
class Voice:
    """How one person writes: lower case, an emoji habit, a sign-off."""

    lower: bool
    emoji: str | None
    sign: str

    @classmethod
    def draw(cls, rng: random.Random, world: str = "band") -> Voice:
        emoji = VOICE_EMOJI + WORLD_EMOJI.get(world, [])
        return cls(
            lower=rng.random() < 0.15,
            emoji=rng.choice(emoji) if rng.random() < 0.35 else None,
            sign=rng.choice(["", "", "", "", " x", " Cheers!", " Thanks!", " Ta"]),
        )

    def marks(self, rng: random.Random) -> tuple[bool, bool]:
        """Whether this message gets the emoji and the sign-off (drawn before the words
        are chosen, so that choosing them never moves the generator)."""
        emoji = bool(self.emoji) and rng.random() < 0.6
        sign = bool(self.sign) and rng.random() < 0.4
        return emoji, sign

    def finish(self, text: str, marks: tuple[bool, bool]) -> str:
        if marks[0]:
            text = f"{text} {self.emoji}"
        if marks[1]:
            if self.sign[1:2].isupper() and text[-1:].isalnum():
                text += "."  # "I'm stuck. Thanks!", not "I'm stuck Thanks!"
            text = text + self.sign
        return text.lower() if self.lower else text

    def apply(self, text: str, rng: random.Random) -> str:
        return self.finish(text, self.marks(rng))


#: Why a song matters, in sorts: a kind word left waiting swaps its reason only for one
#: of the same sort, so that it reads as the same kind of message (its words thank, or
#: not; they share something personal, or not: see ``message_kind`` in
#: :mod:`realnet_kit.plan.actions` and :mod:`realnet_kit.listening.personal`, which
#: tests/samples keeps in step). The drawn pool (``SLOTS["band"]["reason"]``) stays as it
#: is, so that the draws stay the same; the sorts hold more reasons to swap to.
REASON_SORTS: tuple[frozenset[str], ...] = (
    frozenset(
        {  # thanks, and personal
            "got me through a hard year",
            "was my dad's favourite",
            "keeps me going on night shifts",
            "is how my partner and I met",
            "was the first dance at my sister's wedding",
            "soundtracked my whole dissertation",
            "got me through my first winter up north",
            "is my mum's favourite to sing in the car",
            "soundtracked our whole trip round Scotland",
            "keeps me going on the early buses",
            "is my son's favourite, he's six",
        }
    ),
    frozenset(
        {  # thanks, nothing personal
            "is on every long drive we do",
            "is my daughter's lullaby",
            "got me back into playing",
            "got me back into writing songs",
            "is on every long drive to see my gran",
        }
    ),
    frozenset({"played at our wedding", "was played at my grandad's funeral"}),  # personal only
)


#: A slot that, drawn where another was named before, takes its value: a band's thanks
#: for "'Calder Rain' is my daughter's lullaby" names 'Calder Rain' (the draw is kept).
SAME_AS = {"song": "oldsong"}
#: Each world's new single and the day it came out (the band's broadcast says so): before
#: that day nobody names it, so it has one story (written, released, then loved).
NEW_SINGLE: dict[str, tuple[str, datetime]] = {
    "band": ("Kestrel", datetime(2024, 5, 17, 17, 32, tzinfo=UTC)),
}


class _Fill(dict):
    """Slot values for one scene: drawn on first use, then kept.

    A value that would not make sense (a defect the product cannot have, a seasonal
    bake out of season, :mod:`realnet_kit.samples._fits`) is swapped for one that does by
    a generator of its own, seeded from the scene's draws, so that making sense never
    moves the draws that decide who writes when.
    """

    def __init__(self, rng: random.Random, slots: dict[str, list[str]], **fixed: str):
        super().__init__(fixed)
        self.rng, self.slots = rng, slots
        self.world = next((w for w, pool in SLOTS.items() if pool is slots), "")
        #: When the scene opens (a bake is drawn in its season), None when unknown.
        self.when: datetime | None = None
        #: Slots whose drawn value gave way to one the scene already named (a reply
        #: thanks for the song the person wrote about): the draws still see the drawn one.
        self.drawn: dict[str, str] = {}

    def _as_drawn(self) -> list[tuple[str, str]]:
        return [(k, self.drawn.get(k, v)) for k, v in self.items()]

    def _side(self, value: str) -> random.Random:
        """A generator for one swap, seeded by the scene's draws so far (reading the
        main generator's state draws nothing from it)."""
        return random.Random(
            f"{self.world}|{value}|{sorted(self._as_drawn())}|{sum(self.rng.getstate()[1])}"
        )

    def _sensible(self, base: str, value: str) -> str:
        product = self.get("item") or self.get("bake")
        if base == "problem" and product:
            return fitting_problem(self.world, product, value, self._side(value))
        if base == "bake" and not in_season(value, self.when):
            return self._side(value).choice(OUT_OF_SEASON[value])
        single, out = NEW_SINGLE.get(self.world, ("", None))
        if base == "song" and value == single and self.when is not None and self.when < out:
            taken = set(self.values())
            return self._side(value).choice([s for s in self.slots["oldsong"] if s not in taken])
        return value

    def __missing__(self, key: str) -> str:
        base = key.rstrip("0123456789")
        pool = self.slots.get(base)
        if pool is None:
            raise KeyError(f"no slot {key!r} in this world")
        value = self.rng.choice(pool)
        seen = dict(self._as_drawn())
        if base == key:
            others = [v for k, v in seen.items() if k.rstrip("0123456789") == base]
        else:
            others = [seen.get(base)]
        for _ in range(5):
            if value not in others:
                break
            value = self.rng.choice(pool)
        value = self._sensible(base, value)
        if "{" in value:
            value = value.format_map(self)
        named = SAME_AS.get(key)
        if named in self and self[named] != value:  # the reply names the song they named
            self.drawn[key], value = value, self[named]
        self[key] = value
        return value


def audience(world: str, role: str, tier: str) -> str:
    """Which audience a person with ``role`` belongs to in ``world``."""
    for name, roles in AUDIENCES[world].items():
        if role in roles:
            return name
    if tier == "inner circle":
        return "close"
    return {"band": "fan", "bakery": "customer", "studio": "client"}[world]


def scenes_for(world: str, who: str) -> list[Scene]:
    return [s for s in SCENES[world] if who in s.who]


def _words(template: str, fill: _Fill, greet: str = "") -> str:
    """A template's words with the slots filled and a greeting in front."""
    text = A_BEFORE_VOWEL.sub(r"\1n ", template.format_map(fill))
    text = text[:1].upper() + text[1:]  # "{event} was fun": "The Harbour Festival..."
    if greet and not GREETED.match(text):
        head = greet.format_map(fill)
        if head.endswith(", ") and not text.startswith(("I ", "I'", "'")):
            text = text[:1].lower() + text[1:]
        text = head + text
    return text


def say(
    rng: random.Random, template: str, fill: _Fill, voice: Voice | None, greet: str = ""
) -> str:
    """A template spoken in a voice, with an optional greeting in front."""
    text = _words(template, fill, greet)
    if voice is not None:
        text = voice.apply(text, rng)
    return DOUBLED.sub(r"\1", text)


@dataclass
class Said:
    """A message of the person's, drawn but not yet worded: the template whose slots
    were drawn, and the voice's marks. :meth:`words` words it in one of the person's
    own phrasings (:func:`~realnet_kit.samples._reworded.phrasings`), chosen once it is
    known whether the message waits."""

    template: str
    fill: _Fill
    voice: Voice
    greet: str
    marks: tuple[bool, bool]
    #: A complaint: it never signs off with thanks unless it asks for something.
    complaint: bool = False

    @classmethod
    def draw(
        cls,
        rng: random.Random,
        template: str,
        fill: _Fill,
        voice: Voice,
        greet: str = "",
        *,
        complaint: bool = False,
    ) -> Said:
        _words(template, fill, greet)  # draws the slots, as :func:`say` would
        return cls(template, fill, voice, greet, voice.marks(rng), complaint)

    def words(self, shown: str) -> str:
        text = _words(shown, self.fill, self.greet)
        marks = self.marks
        if self.complaint and "?" not in text and self.voice.sign.strip() in THANKS_SIGNS:
            marks = (marks[0], False)  # "they were burnt. Thanks!" reads as praise
        if self.complaint and self.voice.emoji in SMILING_EMOJI:
            marks = (False, marks[1])
        return DOUBLED.sub(r"\1", self.voice.finish(text, marks))


class Phrasebook:
    """Which phrasing of each template people have used so far in one sample.

    Every message a person sends takes the phrasing of its template used least so far
    (a message left waiting: least used by waiting messages first), so that the waiting
    list never shows one sentence twice and the inbox repeats itself rarely. Its own
    choices come from a generator of its own (seeded by the message), so rewording never
    moves the draws that decide who writes when.
    """

    def __init__(self, world: str) -> None:
        self.world = world
        self.used: Counter = Counter()
        self.waiting: Counter = Counter()
        #: Why a song matters, in the kind words left waiting so far.
        self.reasons: Counter = Counter()

    def reason(self, fill: _Fill, seed: str) -> None:
        """Give a waiting kind word the reason least told by other waiting ones (of the
        same sort, :data:`REASON_SORTS`): two strangers in one waiting list do not both
        say a song "is how my partner and I met"."""
        now = fill["reason"]
        same = sorted(next((g for g in REASON_SORTS if now in g), {now}))
        if self.reasons[now] > min(self.reasons[r] for r in same):
            pick = random.Random(f"{self.world}|{seed}|reason")
            least = min(self.reasons[r] for r in same)
            fill["reason"] = pick.choice([r for r in same if self.reasons[r] == least])
        self.reasons[fill["reason"]] += 1

    def choose(self, template: str, seed: str, *, waiting: bool = False) -> str:
        options = phrasings(self.world, template)
        if len(options) == 1:
            return template
        pick = random.Random(f"{self.world}|{seed}|{template}")
        order = sorted(
            options,
            key=lambda o: (self.waiting[o] if waiting else 0, self.used[o], pick.random()),
        )
        shown = order[0]
        self.used[shown] += 1
        self.waiting[shown] += waiting
        return shown


#: One phrasebook per sample being generated (keyed by its random generator, which
#: lives exactly as long as the generation).
_BOOKS: WeakKeyDictionary = WeakKeyDictionary()


def phrasebook(rng: random.Random, world: str) -> Phrasebook:
    book = _BOOKS.get(rng)
    if book is None or book.world != world:
        book = _BOOKS[rng] = Phrasebook(world)
    return book


#: Inbound messages older than this were all answered by the sample's "today" (an
#: inbox keeps recent questions waiting, not years-old ones), unless a story names one.
RECENT = timedelta(days=120)


def scene_messages(
    rng: random.Random,
    world: str,
    person,
    start: datetime,
    end: datetime,
    scenes: int,
    *,
    owner: str,
    reply_prob: float,
    late_prob: float,
    owner_starts: float,
    recent_within: timedelta | None = None,
) -> list:
    """Messages of ``scenes`` exchanges with ``person`` between ``start`` and ``end``.

    The person opens most scenes; the owner answers with ``reply_prob`` (late, after
    more than two days, with ``late_prob``). Openings older than :data:`RECENT` are
    always answered in the end; the owner opens a share ``owner_starts`` (favours,
    introductions, thank-yous), and the person nearly always answers those. A closing
    courtesy from the person ("see you Monday!") that would end the thread gets the
    owner's last word, or, from someone the owner does not know, is left unsaid. ``recent_within``: the two have talked, both ways, within that time of
    ``end`` (the people closest to the owner). Returns (moment, "in" or "out", text,
    closing) tuples.
    """
    who = audience(world, person.role, person.tier)
    lang = CULTURE_LANG.get(person.name.culture)
    mine = [s for s in scenes_for(world, who) if s.speaks(lang)]
    ins = [s for s in mine if s.by == "in"]
    outs = [s for s in mine if s.by == "out"]
    voice = Voice.draw(rng, world)
    recent = end - RECENT
    msgs: list = []
    fixed = dict(
        owner=owner,
        given=person.name.given,
        obrigado="obrigada" if person.name.feminine else "obrigado",
    )
    fill = _Fill(rng, SLOTS[world], **fixed)
    book = phrasebook(rng, world)
    me = f"{person.pid}|{person.name.given}"

    def theirs(said: Said, when: datetime, *, waiting: bool = False) -> str:
        """The person's message, in the phrasing the phrasebook gives it."""
        return said.words(book.choose(said.template, f"{me}|{when}", waiting=waiting))

    def one(t: datetime, *, owner_first: bool, sure: bool = False) -> datetime:
        """One scene from ``t``; ``sure``: it is answered both ways."""
        nonlocal fill
        scene = rng.choice(outs if owner_first else ins)
        fill = _Fill(rng, SLOTS[world], **fixed)
        fill.when = t

        def later(low: int, high: int) -> datetime:
            return t + timedelta(minutes=rng.randint(low, high))

        if scene.by == "out":
            greet = rng.choice(OWNER_GREETINGS)
            ask, answer = scene.pick(rng, lang)
            msgs.append((t, "out", say(rng, ask, fill, None, greet), False))
            if sure or rng.random() < 0.9:
                t = later(3, 60 * 20)
                said = Said.draw(rng, answer, fill, voice)
                msgs.append((t, "in", theirs(said, t), False))
                t = later(2, 240)  # the owner has the last word: nobody is left waiting
                msgs.append((t, "out", say(rng, rng.choice(scene.close), fill, None), False))
            return t
        greet = rng.choice(GREETINGS)
        ask, answer_text = scene.pick(rng, lang)
        asked = t
        opening = Said.draw(rng, ask, fill, voice, greet, complaint=scene.name in COMPLAINTS)
        k = len(msgs)
        msgs.append((t, "in", "", False))
        if sure or rng.random() < reply_prob or not scene.may_wait or t < recent:
            sorry = ""
            if not sure and rng.random() < late_prob:
                t = t + timedelta(hours=rng.uniform(50, 24 * 21))
                late = LATE if "sorry" not in answer_text.lower() else LATE[1:2]  # one apology
                sorry = rng.choice(late).format(excuse=rng.choice(EXCUSES[world]))
            else:
                t = later(4, 60 * 30)
            answer = say(rng, answer_text, fill, None)
            if t < end:
                msgs.append((t, "out", sorry + answer, False))
                if scene.close and rng.random() < 0.35:
                    t = later(2, 240)
                    said = Said.draw(rng, rng.choice(scene.close), fill, voice)
                    msgs.append((t, "in", theirs(said, t), True))
        answered = any(m[1] == "out" for m in msgs[k + 1 :])
        if not answered and "reason" in fill:
            book.reason(fill, f"{me}|{asked}")
        msgs[k] = (asked, "in", theirs(opening, asked, waiting=not answered), False)
        return t

    t = start
    for _ in range(scenes):
        if t >= end:
            break
        t = one(t, owner_first=bool(outs) and rng.random() < owner_starts)
        gap_days = rng.expovariate(1 / 16) + 0.5
        t = t + timedelta(days=gap_days, minutes=rng.randint(0, 600))
    msgs = [m for m in msgs if m[0] < end]
    if recent_within is not None:
        since = end - recent_within
        ways = {m[1] for m in msgs if m[0] >= since}
        if ways != {"in", "out"}:  # the closest talk often: a recent exchange, both ways
            low = max(since, start) + timedelta(days=2)
            high = end - timedelta(days=3)
            if high > low:
                when = low + (high - low) * rng.random()
                later_msgs = [m for m in msgs if m[0] >= when]
                msgs = [m for m in msgs if m[0] < when]
                one(when, owner_first=bool(outs) and rng.random() < 0.5, sure=True)
                msgs.extend(later_msgs)
                msgs.sort(key=lambda m: m[0])
    msgs = [m for m in msgs if m[0] < end]
    # a closing courtesy is the last word of a scene: where the person's next message
    # came before any answer, they went straight on to the next thing instead
    msgs = [
        m for k, m in enumerate(msgs) if not (m[3] and k + 1 < len(msgs) and msgs[k + 1][1] == "in")
    ]
    if msgs and msgs[-1][3] and person.tier not in ("inner circle", "real", "warm"):
        msgs.pop()  # a stranger whose question was answered: the answer ends it
    if msgs and msgs[-1][1] == "in" and (msgs[-1][0] < recent or msgs[-1][3]):
        # a last thank-you or "see you Monday", answered
        last = msgs[-1][0]
        when = min(last + timedelta(minutes=rng.randint(5, 300)), end - timedelta(seconds=1))
        if when > last:
            msgs.append((when, "out", say(rng, rng.choice(ACKS[world]), fill, None), False))
    return [m for m in msgs if m[0] < end]
