# ruff: noqa: E501  (the phrasings are prose: one sentence a line reads better than wrapped)
"""Other ways people say the same thing: each person writes in their own words.

The scenes of :mod:`realnet_kit.samples._talk` hold one sentence for each thing a person
asks ("Are there tickets left for {town} in {month}?"); a hundred fans asking with the
same sentence read as a generator, not as people. Here each of those sentences has other
phrasings that mean the same and ask for the same (a complaint stays a complaint, an
order an order), using only the slots of the sentence they stand for, so the answer
still speaks of the same town and month. :class:`~realnet_kit.samples._talk.Phrasebook`
hands them out, least used first.
"""

from __future__ import annotations

__all__ = ["REWORDED", "phrasings"]

# fmt: off
REWORDED: dict[str, dict[str, tuple[str, ...]]] = {
    "band": {
        # where will you play
        "Any chance you'll play {town} this year?": (
            "Is {town} on the cards at all this year?",
            "We keep hoping you'll make it up to {town}. Any plans?",
            "Have you ever played {town}? Would pack the place out, I reckon. Any chance?",
            "Would you ever do a night in {town}? There's a lot of us here who'd come",
            "Do you ever get as far as {town}?",
            "{town} misses you! Any dates coming?",
            "Long shot, but is there any chance of a {town} show in the next few months?",
            "When are you next anywhere near {town}?",
            "Is there a {town} gig in the pipeline?",
        ),
        "Are you coming anywhere near {town} on the next tour? {relation} is desperate to see you": (
            "{relation} has played your album to death. Will the next tour get near {town}?",
            "Do you think the tour will come through {town}? It'd be {relation}'s first gig",
            "Will you get close to {town} next time round? {relation} would be over the moon",
            "Promised {relation} I'd ask: any {town} dates on the next run?",
        ),
        "Please come to {town}!! Nearest date is hours away for us": (
            "Begging you to add {town} next time, the nearest show is a four hour drive for us",
            "Please think about {town} next time, we can't do the long trip with the kids",
            "{town} needs you!! We'd have to drive half the day to see you otherwise",
            "Please play {town} one day. Every date is miles away from us",
            "{town} please!! Can't get to any of the other dates",
            "Dreaming of a {town} date. The closest show is a train, a bus and a prayer away",
        ),
        "Will the {month} tour have a {town} date?": (
            "Is {town} part of the {month} run?",
            "Does the {month} tour come to {town}, do you know yet?",
            "When will you know about {town} for {month}?",
            "Hoping there's a {town} night in {month}, is it likely?",
        ),
        # from abroad, in the fan's own language
        "¡'{song}' es preciosa! ¿Vais a tocar en {town} otra vez?": (
            "¿Cuándo volvéis a {town}? '{song}' no sale de mi cabeza",
            "'{song}' me acompaña todos los días. ¿Hay planes de volver a {town}?",
            "¿Os veremos otra vez en {town}? Quiero oír '{song}' en directo",
        ),
        "Danke für den tollen Abend in {town}! '{song}' läuft bei mir rauf und runter": (
            "Was für ein Abend in {town}! Seitdem höre ich nur noch '{song}'",
            "{town} war wunderbar. '{song}' geht mir nicht mehr aus dem Kopf",
        ),
        # tunings
        "What tuning is '{song}' in? Trying to learn it on {instrument}": (
            "Can you tell me how '{song}' is tuned? I'm working it out on {instrument}",
            "Learning '{song}' on {instrument} and can't get the chords to sound right. Which tuning do you use?",
            "Is '{song}' in a funny tuning? Sounds off on my {instrument} whatever I do",
            "How do you tune for '{song}'? Working it out on {instrument}",
        ),
        "Been trying to work out '{song}' on {instrument} for weeks, what tuning is it?": (
            "Weeks into learning '{song}' on {instrument} and I still can't find the tuning. Help?",
            "Is '{song}' in an open tuning? Can't match it on {instrument}",
            "How is '{song}' tuned? My {instrument} and I have been at it for a month",
            "Could you share the tuning for '{song}'? Trying it on {instrument}",
            "Do you capo '{song}'? Can't get it to sit on {instrument}",
            "What are you doing on '{song}'? Is it an odd tuning? Been at it on {instrument} since summer",
            "Is there a tab anywhere for '{song}'? I'm stuck on the {instrument} part",
            "Which tuning for '{song}' please? Driving myself mad with it on {instrument}",
            "Any tips for '{song}' on {instrument}? I can't crack the tuning",
        ),
        "quick one, what's the tuning for '{song}'? {relation} wants to play it": (
            "{relation} is learning '{song}' and asked me to ask you: which tuning?",
            "Settle an argument: is '{song}' in DADGAD? {relation} says no",
            "How is '{song}' tuned? {relation} is desperate to play it",
            "Could you tell {relation} the tuning for '{song}'? They've been at it all week",
        ),
        # merch
        "The {item} I ordered arrived with {problem}, what can I do?": (
            "I ordered a {item} and it came with {problem}. What should I do?",
            "Ordered a {item} from the shop, it's got {problem}. Is there a way to swap it?",
            "The {item} I ordered last week has {problem}. How do I send it back?",
            "Just opened my {item} order and it has {problem}. Can you help?",
            "My order came today, but the {item} has {problem}. Who do I talk to?",
        ),
        "Hi, my {item} came with {problem} 😞 could you help?": (
            "My {item} turned up with {problem}. Is there anything you can do?",
            "Could you help with my {item}? It arrived with {problem}",
            "Sorry to bother you, the {item} came with {problem}. Can it be swapped?",
            "Is there a way to sort my {item}? It came with {problem} 😞",
            "The {item} arrived with {problem}, could someone have a look?",
        ),
        "Bit gutted, the {item} turned up with {problem}": (
            "Gutted, my {item} arrived with {problem}",
            "A bit disappointed: the {item} came with {problem}",
            "Really disappointed: my {item} came with {problem}",
            "Opened the {item} this morning, gutted to find {problem}",
            "My {item} came with {problem}. Disappointing after waiting so long",
            "Not happy, sorry to say: the {item} turned up with {problem}",
        ),
        # kind words
        "'{oldsong}' {reason}. Just wanted you to know. Thank you.": (
            "You should know that '{oldsong}' {reason}. Thank you for it.",
            "Thank you for '{oldsong}'. It {reason}, honestly.",
            "Never written to a band before. '{oldsong}' {reason}. Thank you",
            "I wanted to say it once: '{oldsong}' {reason}. Thank you",
            "Thank you. '{oldsong}' {reason} and I never said",
        ),
        "Not sure you read these but '{oldsong}' {reason}.": (
            "No idea if this reaches you, but '{oldsong}' {reason}.",
            "You probably get loads of these. '{oldsong}' {reason}, that's all.",
            "This is a bit soppy, but '{oldsong}' {reason}.",
            "Random message from a stranger: '{oldsong}' {reason}.",
            "Don't know who reads these. '{oldsong}' {reason}, so, yes.",
            "I've been meaning to write for ages: '{oldsong}' {reason}.",
            "Just so someone in the band knows: '{oldsong}' {reason}.",
        ),
        "Saw you at {venue} years ago and '{oldsong}' {reason} ever since": (
            "First heard you at {venue} ages ago, and '{oldsong}' {reason} since then",
            "Caught you at {venue} back when there were twenty of us in the room. '{oldsong}' {reason} ever since",
            "I was at {venue} years back. '{oldsong}' {reason} from that night on",
            "You played {venue} when I was a student and '{oldsong}' {reason} ever since",
        ),
        # after the gig
        "Still buzzing from {venue} on {day}! {highlight}": (
            "Can't stop thinking about {venue} on {day}. {highlight}",
            "{day} at {venue}. No words. {highlight}",
            "Still on a high from {venue} on {day}. {highlight}",
            "Back home after {venue} and wide awake. {highlight}",
            "My ears are still ringing from {venue}. {highlight}",
            "{venue} on {day}, what a night. {highlight}",
            "Went to {venue} on {day} on a whim, so glad I did. {highlight}",
        ),
        "{venue} on {day} was something else. {highlight}": (
            "Something special happened at {venue} on {day}. {highlight}",
            "Everyone I went with to {venue} is still talking about it. {highlight}",
            "{day} at {venue} will stay with me. {highlight}",
        ),
        "First time seeing you live at {venue}. {highlight}": (
            "Finally saw you live, at {venue}. {highlight}",
            "My first gig of yours was {venue} and it won't be my last. {highlight}",
            "Took me years to see you live. {venue} was worth the wait. {highlight}",
            "{venue} was my first time seeing you. {highlight}",
        ),
        # tickets
        "Are there tickets left for {town} in {month}?": (
            "Is {town} in {month} sold out? Looking for two tickets",
            "Can I still get tickets for {town} in {month}?",
            "Any tickets going for the {town} show in {month}?",
            "Do you know if the {town} gig in {month} has tickets left?",
            "Missed the presale for {town}. Any tickets left for {month}?",
            "How do I get tickets for {town} in {month}? The link says none left",
            "Will more tickets come out for {town} in {month}?",
        ),
        "Is the {venue} show on {day} sold out? Can't find tickets anywhere": (
            "Can't find tickets for {venue} on {day}, are they all gone?",
            "Are {venue} tickets for {day} all sold? The site says nothing",
            "Is there any way to get a ticket for {venue} on {day}?",
            "Tried three sites for {venue} tickets, no luck. Sold out already?",
        ),
        "Will there be tickets on the door at {venue} on {day}?": (
            "Can I buy a ticket on the door at {venue} on {day}?",
            "Do you sell tickets on the door for {venue}? Thinking of coming {day}",
            "Is it worth turning up at {venue} on {day} without a ticket?",
            "Any door tickets for {venue} on {day}, or should I not risk it?",
        ),
        # covers
        "I recorded a cover of '{song}' on {instrument}, can I send it?": (
            "Would you mind if I sent you my {instrument} cover of '{song}'?",
            "Made a little {instrument} version of '{song}'. Can I share it with you?",
            "Is it ok to send you my cover of '{song}'? Just me and a {instrument}",
            "I've been playing '{song}' on {instrument} and recorded it. Want to hear?",
        ),
        "Can I use '{song}' in my student film? It's non-commercial": (
            "Would you let me use '{song}' in a short film for my course? Not for profit",
            "Could '{song}' go in my graduation film? Non-commercial, credited of course",
            "Is it ok to use '{song}' under my student film? Nobody makes money from it",
            "May I put '{song}' in my film project? It's only shown at uni",
        ),
        # industry
        "Could I premiere the '{song}' video on {outlet}?": (
            "Would you let {outlet} premiere the '{song}' video?",
            "Is the '{song}' video spoken for? {outlet} would love to host it first",
            "Would {outlet} be allowed first look at the '{song}' video?",
            "Could {outlet} host the '{song}' video premiere?",
            "Is there a chance {outlet} could premiere '{song}'?",
        ),
        "We're doing a {month} feature on the Leeds scene for {outlet}. Up for an interview?": (
            "{outlet} is putting together a Leeds scene piece for {month}. Could we interview you?",
            "Would you talk to {outlet} for a {month} piece on Leeds bands?",
        ),
        # the crew and friends, catching up
        "That new song you played at soundcheck on {day}, wow": (
            "Can't get the new one from {day}'s soundcheck out of my head",
            "Whatever that was at soundcheck on {day}, it needs to be on the next record",
            "The song you ran through at soundcheck on {day}. Goosebumps",
            "Been humming the soundcheck song from {day} all week",
            "Still thinking about the tune you tried out at soundcheck on {day}",
            "{day}'s soundcheck: that new one. Properly stopped me in my tracks",
            "Nobody told me you had a song like that up your sleeve. Soundcheck, {day}",
            "The bar staff stopped to listen at soundcheck on {day}. That new one's a keeper",
            "I've had the new one from soundcheck ({day}) on loop in my head since",
        ),
        "Pint after the {venue} gig? My round 🍻": (
            "Drink after {venue}? I'm buying",
            "Staying for one after {venue}? First round's on me",
            "Fancy a pint once {venue} is done? 🍻",
            "Are you about after {venue}? The pub next door, my shout",
            "Post-gig pint at {venue}, yes? I owe you one",
            "One for the road after {venue}? On me this time",
            "Are we going for a drink after {venue}? My round, no arguments",
        ),
        "Call me when you're free, news about the {month} festival slot": (
            "Ring me when you can, I've heard back about the {month} festival",
            "Got news on the {month} festival. Better on the phone",
            "Give me a bell later, it's about {month} and it's good news",
            "Phone me when rehearsal's done, the {month} festival people got back to me",
            "Call me, festival news for {month}. Not bad news, don't panic",
            "When you've got five minutes, ring me about the {month} slot",
            "News from the {month} festival lot, call me tonight if you can",
        ),
        "How's the family? Haven't seen you since {venue}": (
            "How are you all doing? It's been ages, {venue} I think",
            "Not seen you since {venue}! How's everyone at home?",
            "How are the kids? Feels like {venue} was a lifetime ago",
            "Been too long since {venue}. How are things at home?",
            "How's life? Last time I saw you was at {venue}, shameful",
        ),
        "Did you see the review of '{song}' in {outlet}? Chuffed for you": (
            "Have you read what {outlet} said about '{song}'? Chuffed to bits for you",
            "Did you spot '{song}' in {outlet}? Made my morning",
            "Have you seen {outlet} on '{song}'? About time someone said it",
            "{outlet} on '{song}', have you seen it? Framing it for you",
            "Did someone send you the '{song}' piece in {outlet}? Proud friend here",
        ),
        "We run a tiny label night for {genre} acts, fancy a support slot in {month}?": (
            "Would you do a support slot at our {genre} night in {month}? Small room, good crowd",
            "Any chance of you opening our {genre} night in {month}? It's tiny but the crowd listens",
            "We put on {genre} nights for our little label. Up for a support slot in {month}?",
            "Could you play a short support set at our {genre} night in {month}?",
            "Our label's {genre} night needs a support act for {month}. Would you?",
            "Are you free for a support set in {month}? Our {genre} night, 80 capacity",
            "Would a support slot at our {month} {genre} night tempt you?",
            "We've a {genre} night in {month} and you'd be perfect as support. Interested?",
        ),
        "I host a podcast about {topic}, would you come on in {month}?": (
            "Would you be a guest on my podcast about {topic}? Recording in {month}",
            "Could I have you on my {topic} podcast in {month}? An hour, very relaxed",
            "I make a small podcast on {topic}. Would you come and talk in {month}?",
            "Any chance of you joining my {topic} podcast in {month}?",
        ),
        "Rehearsal moved to {time} on {day}, can you tell the others?": (
            "Change of plan, rehearsal is {time} on {day} now. Can you pass it on?",
            "Could you let everyone know rehearsal's at {time} on {day}?",
            "Rehearsal's now {day} at {time}. Can you tell the rest?",
            "Heads-up: {time} on {day} for rehearsal. Could you spread the word?",
            "The room's only free at {time} on {day}, can you tell the others?",
            "Rehearsal shifted to {day}, {time}. Can you message the group?",
        ),
        "Mix of '{song}' is up, {note}": (
            "New '{song}' mix uploaded, {note}",
            "'{song}' mix is in the folder. {note}",
            "Just put the latest '{song}' mix up, {note}",
            "Mix three of '{song}' is ready, {note}",
            "'{song}' is up for a listen, {note}",
            "Fresh mix of '{song}' in the drive. {note}",
        ),
        "Found a cheaper van for the {town} run, sending details": (
            "Got a better price on a van for {town}, details coming",
            "Sorted a cheaper van for {town}. Sending you the quote",
            "Van for the {town} trip: found one for less. Details in a sec",
            "Cheaper van for {town} found! Link on its way",
            "A mate's mate has a van for {town}, half the price. Sending details",
        ),
        "Soundcheck at {venue} is at {time} on {day}, load-in round the back": (
            "{venue} on {day}: soundcheck {time}, load in at the back door",
            "Load-in at the back of {venue}, soundcheck {time} on {day}",
            "{time} soundcheck at {venue} on {day}. The loading door is round the side",
            "For {day}: {venue} want us in for soundcheck at {time}, back entrance",
            "Soundcheck {time}, {day}, {venue}. Park round the back for load-in",
        ),
        "Can you put me on the guest list plus one for {venue} on {day}?": (
            "Could I get a plus one on the list for {venue} on {day}?",
            "Any room on the guest list for {venue}, {day}? Me and one",
            "Is there space on the list for two at {venue} on {day}?",
            "Could you pop me and a friend on the door list for {venue} on {day}?",
            "Guest list for {venue} on {day}, is it too late for me plus one?",
        ),
        "I'll bring the spare {gear} on {day}": (
            "Spare {gear} will be with me on {day}",
            "Don't worry about the {gear}, I'll have the spare on {day}",
            "I've got a spare {gear}, bringing it {day}",
            "Bringing my {gear} along on {day} just in case",
        ),
        "Setlist for {venue}: opening with '{song}'?": (
            "Are we opening {venue} with '{song}'?",
            "Thinking '{song}' first at {venue}. Agree?",
            "{venue} setlist: '{song}' to start, yes or no?",
            "What about '{song}' as the opener at {venue}?",
        ),
        "Merch money from {town} is in, counting it {day}": (
            "{town} merch takings are in, I'll count up {day}",
            "Got the cash box from {town}, counting it {day}",
            "Merch from {town} sold well, tally on {day}",
            "The {town} merch float is back, sorting it {day}",
        ),
        "Our show {show} on {station} would love a live session in {month}. Interested?": (
            "Would you play a live session on {show} ({station}) in {month}?",
            "Could we have you in for a live set on {show} on {station} in {month}?",
            "{show} on {station} is lining up {month} sessions. Would you come in?",
            "Any chance of a live session for {show} on {station} in {month}?",
            "Would you do three songs live on {show}, {station}, some time in {month}?",
        ),
        "Played '{song}' on {show} last night, loads of listeners asked about you": (
            "'{song}' went out on {show} last night and the texts came flooding in",
            "Put '{song}' on {show} last night. Listeners wanted to know who you were",
            "'{song}' got more messages than anything else on {show} last night",
            "Listeners of {show} have been asking about you since I played '{song}'",
        ),
        "Could you come in and chat on {show} on {station} next {day}?": (
            "Would you come on {show} on {station} for a chat next {day}?",
            "Are you free to come into {station} next {day}? A chat on {show}",
            "Could I have you on {show} next {day}? At {station}, half an hour",
        ),
        "Would love to review the new album for {outlet}, can you send a promo link?": (
            "Could you send a promo link? I'd like to review the album for {outlet}",
            "Is there a promo of the new record? {outlet} wants a review",
            "Could {outlet} get a review copy of the album?",
            "Would you send me the album early? Reviewing it for {outlet}",
        ),
        "Any chance you'd headline our {day} night at {venue} in {month}?": (
            "Would you headline a {day} at {venue} for us in {month}?",
            "Could you top the bill at {venue} on a {day} in {month}?",
            "Looking for a headliner for {venue} on a {day} in {month}. Would you?",
        ),
        "Hi {owner}, I book the folk nights at {venue}. Free on a {day} in {month}?": (
            "I do the booking for folk nights at {venue}. Any {day} in {month} you're free?",
            "I book {venue}'s folk nights. Would a {day} in {month} work for you?",
            "Booking {month} at {venue} now, could you do a {day}?",
        ),
        # the person's word back, when the owner writes first
        "Meant every word, '{song}' deserves a bigger crowd": (
            "Every word true. '{song}' should be everywhere",
            "Only said what's obvious, '{song}' deserves more ears",
            "No need, '{song}' earned it",
            "Just said it as I heard it. '{song}' is the one",
            "Honestly, '{song}' should be on every radio in the county",
        ),
        "Glad it did the job, keep the {gear} till {day}": (
            "Happy it helped. Hang on to the {gear} till {day}",
            "No rush with the {gear}, {day} is fine",
            "Keep the {gear} as long as you need, {day} or whenever",
            "Glad it saved you. Drop the {gear} back {day} if that suits",
            "That {gear} has seen worse nights. Give it back {day}",
        ),
        "Any time, {venue} on {day} was a joy": (
            "Any time at all. {day} at {venue} was a pleasure",
            "It was a joy, {venue} on {day}. Ask any time",
            "Honestly, {venue} on {day} was the best night I've had in ages",
            "Don't mention it. {venue} on {day} made my month",
        ),
        "You deserve it, '{song}' is a cracker, {show} listeners loved it": (
            "{show} listeners loved '{song}', you deserve every play",
            "No thanks needed, {show}'s listeners loved '{song}' and so did I",
            "'{song}' deserved it, and {show}'s listeners loved it",
        ),
        "Happy to, {town} was a cracking night": (
            "My pleasure, what a night in {town}",
            "Happy to do it, {town} was a good one",
            "Any time, {town} was a belter",
            "Easy, {town} was one of the best nights this year",
        ),
        "Count me in, tell them I'm free after {day}": (
            "Yes please, I'm free any time after {day}",
            "Tell them I'm up for it, free from {day}",
            "Sounds good, after {day} I'm all theirs",
            "Go for it, I'm around from {day} on",
        ),
        "That's so kind, I'll drop {station} a line {day}": (
            "That's kind of you, I'll write to {station} {day}",
            "You're good to me. Emailing {station} {day}",
            "Ah, that's kind. I'll get in touch with {station} {day}",
            "I'll message {station} {day}, that's so kind",
        ),
        "Please do! A festival slot in {month} would make our year": (
            "Yes please! {month} at a festival would be a dream",
            "Please do, a {month} festival slot is exactly what we need",
            "Go on then! A festival in {month} would be huge for us",
        ),
        "Can do. Text me {day} and I'll come round": (
            "Sure. Message me {day} and I'll pop over",
            "No problem, send me a text {day} and I'll swing by",
            "Easy. Give me a shout {day} and I'll be round",
            "Yep, text me on {day} and I'll come over",
        ),
        "Course, happy to. {day} works": (
            "Of course. {day} is fine",
            "Happy to, {day} suits me",
            "Yes, {day} is good for me",
            "No problem at all, {day} it is",
        ),
        "Sure thing, I'm around from {time} on {day}": (
            "Yes, I'm free from {time} on {day}",
            "No bother, I'm about from {time} {day}",
            "I'm in from {time} on {day}, come whenever",
            "Sure, from {time} on {day} I'm yours",
        ),
        "Leave it with me, it'll be done by {day}": (
            "I'll sort it, done by {day}",
            "Consider it handled, {day} at the latest",
            "On it, you'll have it by {day}",
        ),
        "For you, always. Is {time} on {day} ok?": (
            "Always for you. {time} on {day}, does that suit?",
            "Course. How's {day} at {time}?",
            "Happy to, would {time} on {day} work?",
        ),
        "After everything you did for us at {venue}? Consider it done": (
            "You helped us out at {venue}, remember? Done",
            "After {venue}? Least I can do",
            "I still owe you for {venue}, don't I? Done",
        ),
        "Yes, no bother, I'll sort it before {day}": (
            "No bother, sorted before {day}",
            "Yes, I'll get it done before {day}",
            "Easy, it'll be sorted before {day}",
        ),
        "Nice, see you at {venue} on {day}": (
            "See you at {venue}, {day}",
            "{venue} on {day} then, see you there",
            "Grand, {day} at {venue}",
            "Right you are, {venue} on {day}",
        ),
        "Would you mind if our choir sang '{song}' at the {month} concert?": (
            "Could our choir sing '{song}' at our {month} concert? We'd credit you",
            "Is it alright for a community choir to perform '{song}' in {month}?",
            "Our choir has fallen for '{song}'. May we sing it at the {month} concert?",
            "Would it be ok if '{song}' went in our choir's {month} programme?",
        ),
        "Wouldn't have missed {venue} on {day} for anything": (
            "Nothing would have kept me from {venue} on {day}",
            "Wild horses couldn't have kept me from {venue} on {day}",
            "I'd have walked to {venue} on {day} if I'd had to",
        ),
        "Yes please, happy to talk {topic} with {outlet}": (
            "Go on then, I'll talk {topic} with {outlet} any day",
            "Yes, {outlet} and {topic} sounds like my kind of chat",
            "Please do, {topic} is my favourite subject and {outlet} is a good home for it",
        ),
        "Thanks for the intro to {venue}! Emailing them {day}": (
            "Thank you for putting me in touch with {venue}, writing to them {day}",
            "Thanks! I'll get in touch with {venue} {day}",
            "Thank you for {venue}, I'll email them {day}",
        ),
        "Oh yes, {month} at {venue} would be perfect, cheers": (
            "{venue} in {month} would be ideal, cheers",
            "Cheers, {month} at {venue} sounds just right",
            "Yes! {venue} in {month}, cheers for thinking of us",
        ),
        "Perfect 👍 speak {day} about {venue}": (
            "Good, we'll talk {venue} on {day}",
            "Right, chat {day} about {venue} 👍",
            "Sounds good, {venue} talk on {day} then",
        ),
        "We're putting together a festival line-up in {month}. Would you play a set?": (
            "Would you play our festival in {month}? The line-up's coming together",
            "Could we have you on the festival bill in {month}?",
            "We're lining up acts for a {month} festival. Would you do a set?",
        ),
        "Cheers, see you {day} at {time}": (
            "Cheers, {time} on {day} then",
            "Great, see you at {time}, {day}",
        ),
    },
    "bakery": {
        "Could I order a {cake} for {day}? It's for a {occasion}, about {people} people": (
            "Can I order a {cake} for {day}, please? {people} people, it's a {occasion}",
            "Would a {cake} for {people} be possible by {day}? I'd like to order one for a {occasion}",
            "Hoping to order a {cake} for a {occasion} on {day}, roughly {people} of us",
            "I'd like to order a {cake}, big enough for {people}, for {day}. It's a {occasion}",
        ),
        "Hi! Do you take orders for a {cake}? Need it {day} for a {occasion}": (
            "Can I order a {cake} for a {occasion}? It would be for {day}",
            "Do you make a {cake} to order? We've a {occasion} on {day}",
            "Is it possible to order a {cake} for {day}? It's a {occasion}",
        ),
        "Is it too late to order a {cake} for {day}? For {people}, it's a {occasion}": (
            "Could I still order a {cake} for {day}? About {people} people, for a {occasion}",
            "Last minute, sorry: any chance of an order for a {cake} on {day}? {people} people, {occasion}",
        ),
        "Your {bake} are better than my avó's. Don't tell her.": (
            "Your {bake} taste like the ones from home. Even my avó would say so",
            "My grandmother would argue, but your {bake} win",
            "I've eaten {bake} in three countries and yours are the best",
        ),
        "Brought {relation} your {bake} and now they won't stop talking about them": (
            "{relation} had one of your {bake} and now I'm told to bring more every week",
            "Gave {relation} a bag of your {bake}. Big mistake, now they want them every week",
        ),
        "The {cake} for the {occasion} was a hit, thank you": (
            "Thank you for the {cake}! Everyone at the {occasion} asked where it came from",
            "Not a crumb of the {cake} left after the {occasion}. Thank you",
            "The {occasion} went so well and the {cake} was the star. Thank you",
        ),
        "The {bake} this morning were incredible 😍": (
            "Whatever you did to the {bake} this morning, keep doing it",
            "This morning's {bake} 😍",
        ),
        "The {bake} I bought on {day} were {problem}, a bit disappointed": (
            "I was disappointed with the {bake} on {day}, they were {problem}",
            "The {bake} from {day} were {problem}. Disappointed, as they're usually so good",
            "Bit disappointed: my {bake} on {day} were {problem}",
            "Sorry to say the {bake} I got {day} were {problem}. Disappointing",
        ),
        "Not to moan, but my {bake} were {problem} on {day}": (
            "Hate to say it, but the {bake} were {problem} on {day}",
            "Small thing: {day}'s {bake} were {problem}",
            "Don't want to be that person, but my {bake} on {day} were {problem}",
            "Feel bad saying it, but the {bake} were {problem} on {day}",
        ),
        "Do you deliver to {place}? We'd want {bake} every {day}": (
            "Could you bring {bake} to {place} every {day}? Do you deliver?",
            "Is {place} too far for a delivery? We'd like {bake} each {day}",
            "Would you deliver {bake} to {place}, once a week on {day}?",
        ),
        "Could you do a weekly order of {bake} for {place}?": (
            "Could we set up a standing order of {bake}, delivered to {place} each week?",
            "We'd like to order {bake} every week for {place}. Is that something you do?",
            "Is a regular weekly order possible? We'd want {bake} for {place}",
            "Would you take on a weekly {bake} order for us at {place}?",
        ),
        "I left my {thing} in the shop yesterday, a {colour} one": (
            "Think I left a {colour} {thing} in the shop yesterday",
            "I've lost a {colour} {thing}, and yours is the last place I had it",
        ),
        "Did anyone hand in a {colour} {thing}? Think I left it by the window": (
            "Has a {colour} {thing} turned up? I was sat by the window",
            "Is there a {colour} {thing} behind the counter? Pretty sure it's mine",
        ),
        "We're putting the {supply} price up from next month, wanted you to hear it from me": (
            "Before you see it on the bill: the {supply} price goes up next month, sorry",
            "Heads-up from me rather than a letter: {supply} costs more from next month",
        ),
        # trade, staff and friends of the bakery
        "We'd love to feature the bakery in {outlet}, fancy a chat on {day}?": (
            "Could {outlet} write about the bakery? I'm free to visit {day}",
            "Would you talk to {outlet} about the bakery? {day} suits me",
            "I write for {outlet} and we'd like a piece on you. Chat on {day}?",
            "Are you up for a little feature in {outlet}? Could pop in {day}",
            "{outlet} is doing a piece on local bakers. Could we talk {day}?",
            "Would you let {outlet} photograph the bakery? Thinking {day}",
        ),
        "Rent chat tomorrow? The landlord emailed about {day}": (
            "The landlord wants to talk about {day}. Shall we go through the rent tomorrow?",
            "Can we do the rent talk tomorrow? Got an email about {day}",
            "Landlord's been in touch about {day}. Sit down tomorrow?",
            "Tomorrow after close for the rent? There's a note about {day}",
            "Got a minute tomorrow? Landlord news about {day}",
        ),
        "Invoice for the {supply} attached, due end of month 🙏": (
            "Here's the {supply} invoice, end of month is fine",
            "{supply} invoice attached, no rush before the month's out",
            "Sending the invoice for last week's {supply}, due at month end",
            "Attached: invoice for the {supply}. Pay by the end of the month, thanks",
            "The {supply} invoice is in your inbox, due on the last day of the month",
        ),
        "The oven guy can come {day} at {time}, ok?": (
            "Oven engineer says {day}, {time}. Does that work?",
            "Can the oven man come {day} at {time}?",
            "{time} on {day} for the oven repair, alright?",
            "Is {day} at {time} fine for the oven visit?",
            "The engineer offered {day} at {time} for the oven. Shall I say yes?",
        ),
        "Hi, we're a café near {place}, could we stock your {bake}?": (
            "We run a small café by {place}. Would you sell us {bake}?",
            "Could a café near {place} carry your {bake}? We'd take them daily",
            "Any chance of stocking your {bake} at our café near {place}?",
            "Our customers near {place} keep asking for your {bake}. Could we sell them?",
            "Would you supply {bake} to a little café near {place}?",
        ),
        "Can you {chore} on {day}? I'm stuck": (
            "Any chance you could {chore} on {day}? Something's come up",
            "Could you {chore} {day}? Sorry, I'm in a bind",
            "I'm stuck for {day}, could you {chore}?",
            "Would you {chore} on {day}? Childcare fell through",
            "Could you possibly {chore} on {day}? I can't get there",
        ),
        "Would you like a stall at {event}?": (
            "Do you want a stall at {event} this year?",
            "Is the bakery up for a pitch at {event}?",
            "Could we tempt you to a stall at {event}?",
            "There's a stall free at {event}. Interested?",
            "Would you sell at {event}? We've kept a spot for you",
        ),
        "Starter's looking sluggish, feed it at {time}?": (
            "Starter's a bit sleepy today. Shall I feed it at {time}?",
            "The starter is slow this morning, feed it again at {time}?",
            "Should we feed the starter at {time}? It's barely moving",
            "Starter's flat, extra feed at {time}?",
        ),
        "New {supply} from {firm} arrived, want a sample bag on {day}?": (
            "{firm} sent us new {supply}. Shall I bring you a bag to try {day}?",
            "Would you try the new {supply} from {firm}? I can drop some {day}",
            "Got fresh {supply} in from {firm}, sample for you on {day}?",
            "Could I leave you a bag of {firm}'s new {supply} on {day}?",
        ),
        "I'll {chore} {day}, go rest": (
            "You rest, I'll {chore} {day}",
            "Leave {day} to me, I'll {chore}",
            "Go home. I'll {chore} {day}",
            "I've got {day}, I'll {chore}. Put your feet up",
        ),
        "{supply} delivery will be a day late this week, sorry!": (
            "Sorry, the {supply} comes a day after usual this week",
            "Heads-up: {supply} arrives a day behind this week",
            "The {supply} is running a day behind, apologies",
            "Our van's short this week, your {supply} comes a day after",
        ),
        "Tried the new {supply} in the {bake}, much better": (
            "The new {supply} makes the {bake} so much better",
            "{bake} with the new {supply}: a real step up",
            "Did a batch of {bake} with the new {supply}. Much nicer",
            "The {bake} taste better with the new {supply}, no doubt",
        ),
        "Do you still do the {bake} on {day}s?": (
            "Are the {bake} still a {day} thing?",
            "Is it still {day}s for the {bake}?",
            "Do the {bake} still come out on {day}s?",
        ),
        "Amazing, thank you, emailing {event} now": (
            "Thank you! Writing to {event} right now",
            "That's amazing, thank you. Emailing {event} tonight",
            "Thank you so much, I'll get in touch with {event} today",
        ),
        "Collab idea: your {bake} and our coffee, a pop-up on {day}?": (
            "Would you do a pop-up with us on {day}? Your {bake}, our coffee",
            "What about a joint pop-up on {day}? {bake} and coffee",
            "Fancy pairing your {bake} with our coffee for a pop-up on {day}?",
        ),
        "What time do you open on {day}?": (
            "When do you open on {day}?",
            "How early are you open on {day}?",
            "Are you open early on {day}?",
        ),
        "Any chance of a job? I trained as a pastry chef and love your {bake}": (
            "Are you hiring? I'm a trained pastry chef and I love your {bake}",
            "Would you take on a pastry chef? I love what you do with {bake}",
            "Do you need any help in the kitchen? Pastry trained, and I love your {bake}",
        ),
        "{event} was fun, count me in next year, with {bake}": (
            "Happy to, {event} was a laugh. Same again next year, {bake} and all",
            "{event} was a good day out. Next year I'll bring {bake}",
            "Enjoyed {event}! Put me down for next year, with {bake}",
        ),
        "It was all true! Best {bake} in Bristol": (
            "Only wrote what's true: best {bake} in town",
            "No need, it's just true. Nobody does {bake} like you",
            "Every word honest. Your {bake} win",
        ),
        "For you? Always. I'll pop round at {time}": (
            "Always for you. Round at {time}, ok?",
            "Of course, I'll come by at {time}. Alright?",
            "Course! See you at {time}?",
        ),
        "Thanks for thinking of me, I'll call {firm} {day}": (
            "Thank you! I'll ring {firm} {day}",
            "Thanks, I'll give {firm} a call {day}",
            "Kind of you, thank you. Calling {firm} {day}",
        ),
        "Ah, {relation} loved the {cake}! Happy to help": (
            "{relation} loved the {cake}, so it was no trouble",
            "Happy to! {relation} still talks about that {cake}, they loved it",
            "Loved doing it, and {relation} loved the {cake}",
        ),
        "Yes! {day} works, after {time}": (
            "Yes, {day} after {time} is fine",
            "{day} is good, any time after {time}",
            "I can do {day}, from {time}",
        ),
        "Anytime, so glad the {bake} worked": (
            "Any time, happy the {bake} did the trick",
            "So glad the {bake} went down well",
            "Happy to help, and glad the {bake} were a hit",
        ),
        "They were always going to love you, enjoy {event}": (
            "They'll love you, I knew it. Enjoy {event}",
            "I knew they'd love your stuff. Have fun at {event}",
            "Of course they loved you. Enjoy {event}!",
        ),
        "No trouble at all, I'm free {day}": (
            "No bother, I'm around {day}",
            "Happy to, {day} is free for me",
            "I'm free {day}, no trouble",
        ),
        "Of course, consider it done by {day}": (
            "Of course, it'll be done by {day}",
            "No problem, sorted by {day}",
            "Leave it with me, done by {day}",
        ),
        "Yes please! We'd love a café account, send them my way": (
            "Yes please, we'd love a new café account, pass them my number",
            "We'd love that, send them over",
            "A café account would be lovely, give them my details",
        ),
        "Thank you!! x see you {day}": (
            "Thank you, see you {day} x",
            "Thanks so much, {day} then x",
        ),
        "Forms for {event} on their way": (
            "The {event} forms are coming your way",
            "Sending the {event} paperwork now",
            "{event} forms in the post today",
        ),
    },
    "studio": {
        "We at {firm} help agencies scale with offshore {tech} developers. 15 minutes {day}?": (
            "{firm} builds offshore {tech} teams for small agencies. Free for a call {day}?",
            "Could {firm} help you grow? We supply {tech} developers from Kraków and Manila. Call {day}?",
            "Is your agency hiring {tech} people? {firm} has a bench ready. Chat {day}?",
            "Would a dedicated {tech} team help your studio? {firm} sets one up in two weeks. {day}?",
            "We're {firm}. We help studios like yours with {tech} capacity. Do you have time {day}?",
            "Are you turning work away? {firm} can add {tech} developers to your team. {day}?",
            "Do you outsource any {tech} work? {firm} might be a fit. Free {day} for a call?",
            "I'd love to show you how {firm} works with {tech} agencies. Does {day} suit?",
            "{firm} partners with UK studios on {tech} projects. Could we talk {day}?",
            "Looking for {tech} capacity this quarter? {firm} could help. Call {day}?",
            "Saw your studio's work, nice! {firm} helps teams like yours with {tech}. Could I grab you {day}?",
            "Can I steal ten minutes {day}? {firm} helps agencies scale {tech} delivery",
            "Would {firm}'s {tech} developers be useful for your backlog? Call {day}?",
            "Any appetite for extra {tech} hands? {firm} could have people on it by {day}",
            "Reaching out from {firm}: we work with studios on {tech} overflow. Free {day}?",
            "Quick intro: {firm}, nearshore {tech} teams, no long contracts. Open to a chat {day}?",
            "Is {tech} hiring a headache? {firm} takes it off your plate. {day}?",
        ),
        "{firm} here: we place {tech} contractors within a week. Worth a call {day}?": (
            "Need a {tech} contractor fast? {firm} usually finds one within days. Call {day}?",
            "Do you ever need {tech} contractors at short notice? {firm} can help. {day}?",
            "Could {firm} help with {tech} contractors? We move quickly. Chat {day}?",
            "{firm} has vetted {tech} contractors available now. Is {day} good for a call?",
            "Got a {tech} gap? {firm} places contractors within the week. {day}?",
            "Are you short of {tech} people? {firm} has contractors free from {day}",
            "Would a {tech} contractor help you this month? {firm} can start the search {day}",
            "Hiring {tech} freelancers? {firm} has a shortlist ready. Call {day}?",
            "Hope you don't mind the message. {firm} supplies {tech} contractors to agencies. {day}?",
            "Would it help to have {firm} on speed dial for {tech} contractors? Call {day}?",
            "Can we chat {day}? {firm} has {tech} contractors looking for projects",
            "Any {tech} roles you can't fill? {firm} has people ready, call {day}?",
        ),
        "Are you the right person to talk to about your {tech} spend? {firm} can cut it": (
            "Who looks after {tech} costs at your studio? {firm} might save you money",
            "Is your {tech} bill higher than it should be? {firm} can usually cut it",
            "Could {firm} lower your {tech} costs? Happy to show you how",
            "Would a free {tech} cost review be useful? {firm} does them for agencies",
            "Do you know what you spend on {tech} each month? {firm} can help bring it down",
            "Are you paying too much for {tech}? {firm} would be glad to check",
            "Can {firm} have a look at your {tech} spend? Most studios save a third",
            "Who should I speak to about {tech} savings? {firm} works with small studios",
            "Might a {tech} audit from {firm} help? No charge for the first look",
            "Is {tech} eating your margins? {firm} can help trim it",
            "Any interest in cutting your {tech} costs? {firm} has a simple plan",
        ),
        "Hi! {perk} role for a senior {tech} engineer at {firm}, open to a chat?": (
            "Would you consider a senior {tech} role? {firm} is hiring, {perk}",
            "Are you open to new roles? {firm} needs a senior {tech} engineer, {perk}",
            "Is now a good time to talk about a senior {tech} job at {firm}? {perk}",
            "Could I tell you about a senior {tech} role at {firm}? {perk}",
            "Your profile came up for a senior {tech} position at {firm} ({perk}). Interested?",
            "{firm} is looking for a senior {tech} engineer, {perk}. Fancy a chat?",
            "Any chance you'd move for the right {tech} role? {firm}, {perk}",
            "Do you know anyone for a senior {tech} job at {firm}? Or would you be up for it? {perk}",
            "Senior {tech} engineer at {firm}, {perk}. Would you be open to hearing more?",
            "Would {perk} tempt you? {firm} is hiring a senior {tech} engineer",
            "Happy in your current role? {firm} has a senior {tech} opening, {perk}",
        ),
        "Congrats on the work anniversary! {firm} is hiring {tech} leads, {perk}": (
            "Happy work anniversary, congrats! {firm} is after {tech} leads, {perk}",
            "Congratulations on another year! {firm} needs a {tech} lead, {perk}",
            "Congrats and well done on the anniversary. {firm} has a {tech} lead role going, {perk}",
            "Congrats on the milestone! {firm} is hiring a {tech} lead, {perk}",
            "Another year, congrats! Thought of you for a {tech} lead role at {firm}, {perk}",
            "Congrats! Your anniversary reminded me of a {tech} lead opening at {firm}. {perk}",
            "Great milestone, congrats. {firm} has a {tech} lead role, {perk}, if you're curious",
            "Congrats on the years! {firm} wants a {tech} lead, {perk}. Happy to share details",
            "Congratulations! {firm} is building a {tech} team and needs a lead, {perk}",
        ),
        "Hi Priya, {bug}": (
            "Priya, sorry, {bug}",
            "Morning Priya, {bug}",
        ),
        "Deployed the fix for {org}, can you double-check on your phone?": (
            "Fix for {org} is live. Could you look on your phone?",
            "{org}'s fix is out, can you check it on a phone before I mark it done?",
        ),
        # clients, peers and friends of the studio
        "Our kids' school needs a website volunteer... thought of you 😅": (
            "The school's looking for someone to sort its website. Your name came up 😅",
            "Don't shoot the messenger: the PTA needs a website person",
            "School run gossip: they need a website volunteer and I may have said your name",
            "Our primary school's website is a mess and they need a volunteer. Just saying",
            "Guess who the school newsletter is asking for. A website volunteer 😬",
            "The PTA wants someone to fix the school site. I thought of you first",
        ),
        "Sent you the draft {thing} for {org}, be brutal": (
            "Draft {thing} for {org} is in your inbox. Don't hold back",
            "The {org} {thing} draft is with you, tear it apart",
            "Just sent the {thing} for {org}. Honest notes please",
            "{thing} for {org}, first draft, sent. Red pen at the ready",
            "Your inbox has the {org} {thing}. No need to be nice about it",
        ),
        "Invoice for the {feature} paid, thanks!": (
            "Paid the {feature} invoice today, thank you",
            "The invoice for the {feature} is settled. Thanks!",
            "Just paid your {feature} invoice, thank you both",
            "{feature} invoice paid this morning, thanks again",
        ),
        "That's kind, I'll get in touch with {org} {day}": (
            "Kind of you. I'll contact {org} {day}",
            "That's generous, I'll reach out to {org} {day}",
            "I'll write to {org} {day}, that's kind",
            "You're kind. {org} will hear from me {day}",
        ),
        "Are you going to {event} on {day}?": (
            "Will I see you at {event} on {day}?",
            "Are you at {event} this {day}?",
            "Is {event} on {day} in your diary?",
            "Going to {event} on {day}, are you?",
        ),
        "That talk at {event} was great, the {thing} please!": (
            "Great talk at {event}! Send me the {thing} when you get a minute",
            "Your {event} talk was great, please send the {thing}",
            "Loved your talk at {event}. The {thing}, pretty please!",
            "Brilliant talk at {event}, I'd like the {thing} for the team",
        ),
        "Coffee {day}? I owe you one for the intro": (
            "Coffee {day}, my treat? For the intro",
            "Coffee on me {day}? That intro was gold",
            "Free for a coffee {day}? I owe you for the introduction",
            "How about coffee {day}? My turn after that intro",
        ),
        "Yes, mention me! I'd love to see the {feature} brief": (
            "Please mention me, I'd love a look at the {feature} brief",
            "I'd love that, send the {feature} brief my way",
            "Mention me, yes! Love the sound of the {feature}",
        ),
        "Please do, accessibility work is my favourite kind": (
            "Please do, I never say no to accessibility work",
            "Yes, pass my email on. Accessibility is what I like doing most",
            "Go ahead, accessibility projects are the best part of my job",
        ),
        "Sure, send me the details and I'll look {day}": (
            "Send it over and I'll look {day}",
            "Happy to, details to me and I'll go through it {day}",
            "Sure, forward it and I'll look at it {day}",
        ),
        "Of course, happy to, {day} at {time} ok?": (
            "Happy to help. {day} at {time}?",
            "Of course. Would {day}, {time} suit?",
            "Sure, is {time} on {day} ok for you?",
        ),
        "No problem, I've got a free hour on {day}": (
            "No problem, I'm free for an hour on {day}",
            "I can do it {day}, I've an hour spare",
            "Easy, {day} has a gap in it",
        ),
        "Thanks for the intro, I'll set up a call for {day}": (
            "Thank you for the intro! Call booked in for {day}",
            "Thanks, I'll get a call in the diary for {day}",
            "Thank you, I'll arrange to speak to them {day}",
        ),
        "Loved the {feature} draft. Two small changes attached": (
            "The {feature} draft is lovely. Two tiny changes attached",
            "Loved the {feature}! Just two small edits, attached",
            "{feature} draft looks great, two small notes in the attachment",
        ),
        "Referred a friend from {org} who needs a site like ours, expect an email!": (
            "I've referred a friend at {org} to you, they need a site like ours",
            "Someone from {org} will email you, I referred them",
            "Referred {org} your way! They want a site like ours",
        ),
        "Mostly great, one small thing about the {feature} I'll email {day}": (
            "Great on the whole, one little {feature} thing, I'll email {day}",
            "The {feature} is great, just one detail I'll send {day}",
            "All great apart from one small {feature} point, email coming {day}",
        ),
        "Thanks, see you {day}": (
            "Thanks, {day} then",
            "Thank you, see you on {day}",
        ),
        "Yes, I'll do it {day} at {time}": (
            "I'll get it done {day} at {time}",
            "{day} at {time}, I'll do it then",
            "Yes, it's in my diary for {time} on {day}",
        ),
        "We're thinking about a {feature} for {org}, is that something you do?": (
            "Do you build a {feature}? {org} is thinking about one",
            "Could you make a {feature} for {org}?",
            "Is a {feature} for {org} the kind of thing you take on?",
        ),
        "Working well! People use the {feature} more than we thought": (
            "Working well, the {feature} gets more use than we expected",
            "People actually use the {feature}, more than we hoped",
            "The {feature} is busier than we thought it would be",
        ),
        "Can we move {day}'s call to {day2}?": (
            "Could {day}'s call be {day2} instead?",
            "Would {day2} work for the call instead of {day}?",
        ),
    },
}
# fmt: on


def phrasings(world: str, template: str) -> tuple[str, ...]:
    """The template and the other ways people say it, the template first.

    >>> phrasings("band", "Any chance you'll play {town} this year?")[:2]
    ("Any chance you'll play {town} this year?", 'Is {town} on the cards at all this year?')
    >>> phrasings("band", "no such sentence")
    ('no such sentence',)
    """
    return (template, *REWORDED.get(world, {}).get(template, ()))
