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
            "Long shot, but is there any chance of a {town} show before Christmas?",
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
            "Really disappointed to find {problem} on my {item}",
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
        ),
        "We're doing a {month} feature on the Leeds scene for {outlet}. Up for an interview?": (
            "{outlet} is putting together a Leeds scene piece for {month}. Could we interview you?",
            "Would you talk to {outlet} for a {month} piece on Leeds bands?",
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
            "Is a regular weekly order possible? {bake} for {place}",
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
