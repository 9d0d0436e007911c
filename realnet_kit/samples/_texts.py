"""Message texts for the sample conversations (all written for these fictional businesses)."""

from __future__ import annotations

BAND_FAN_IN = [
    "Saw you at the Brudenell last night, still buzzing!! 🔥",
    "Any chance you'll play Glasgow this year?",
    "Your new single has been on repeat all week",
    "Is the vinyl going to be restocked? Missed the first run 😭",
    "Adorei o concerto em Lisboa! Voltem depressa 💛",
    "My daughter learned 'Salt Roads' on guitar, she'd love to meet you",
    "¿Vais a tocar en Madrid? Os espero!",
    "Hey! I made a fan cover of Harbour Light, can I send it?",
    "what tuning is 'Lowtide' in? can't work it out",
    "Danke für den tollen Abend in Köln! 🎶",
    "are there tickets left for the Manchester date?",
    "I run a tiny podcast about northern folk, would you come on?",
    "The merch hoodie arrived with a hole in the sleeve, what can I do?",
    "Loved the session on the radio this morning",
    "Can I use your song in my student film? It's non-commercial",
    "Bought the EP for my brother's birthday, he cried haha",
    "Do you take requests? Please play 'Kestrel' in Leeds!",
    "Just wanted to say your music got me through a hard year. Thank you.",
    "ライブ最高でした！また日本に来てください",
    "When is the album out?? need it",
    "Any openings for a support act? We're a duo from Hull",
    "Is there a mailing list for presales?",
    "Tried to buy a signed poster but the shop says sold out 😞",
]
BAND_INDUSTRY_IN = [
    "Hi, I book the Friday folk nights at The Wardrobe. Free in March?",
    "Would love to review the album for our zine, can you send a promo link?",
    "We're putting together a festival line-up for August, are you interested?",
    "Hiya, our community radio show would love a live session next month",
    "Can you confirm your rider and arrival time for Saturday?",
    "Quote for 200 tote bags attached, let me know if it works",
    "Photos from the gig are ready, where shall I send them?",
    "Sync opportunity for a small documentary, budget is modest. Chat?",
]
BAND_CLOSE_IN = [
    "Rehearsal moved to 7, can you tell the others?",
    "Found a cheaper van for the tour, sending details",
    "Mix v3 is up, the vocals sit much better now",
    "Pint after the gig? My round 🍻",
    "Did you see the review in the Yorkshire Post? Chuffed for you",
    "Can you put me on the guest list +1?",
    "I'll bring the spare DI box on Friday",
    "Zine issue 12 is out, you're on the cover!",
    "That new song you played at soundcheck — wow",
    "Call me when you're free, got news about the festival slot",
]
BAND_OUT = [
    "Thank you so much, that means a lot! 💛",
    "Yes! Details going up on Friday",
    "Cheers, see you there",
    "Sorry for the slow reply — tour madness. Yes please!",
    "Ha, it's DADGAD with a capo on 2",
    "Brilliant, sending it now",
    "We'd love that, what dates work?",
    "Sorted, you're on the list",
    "Sorry about the hoodie! Send a photo and we'll swap it",
    "Thanks for coming out, it was a special night",
    "Obrigado! Lisboa was one of our favourites",
]
BAND_REPLIES_IN = [
    "Amazing, thank you!",
    "Perfect 👍",
    "Great, talk soon",
    "Ah that's lovely, cheers",
    "No worries at all",
    "Can't wait!",
    "Deal.",
    "Haha brilliant",
]

BAKERY_CUSTOMER_IN = [
    "Do you still do the cardamom buns on Saturdays?",
    "Hi! Can I order a birthday cake for the 14th? Chocolate, for 12 people 🎂",
    "Are your croissants made with butter or margarine?",
    "Do you have anything gluten-free this week?",
    "Your pastel de nata is better than my avó's. Don't tell her.",
    "What time do you open on bank holidays?",
    "Could you do 40 mini quiches for a christening?",
    "I left my scarf in the shop yesterday, a green one",
    "Is the sourdough vegan?",
    "Olá! Vocês fazem pão de Deus por encomenda?",
    "Wedding cake tasting — do you do those?",
    "The rye loaf this morning was incredible 😍",
    "Can I pay for a big order by bank transfer?",
    "Do you deliver to the office on Clarendon Road?",
    "Any chance of a job? I'm a trained pâtissière",
    "Est-ce que vous faites des galettes des rois en janvier ?",
    "Do you have nut-free options? My son is allergic",
]
BAKERY_BUSINESS_IN = [
    "Hi, we're a café nearby, could we stock your loaves?",
    "Flour delivery will be a day late this week, sorry!",
    "Invoice for October attached 🙏",
    "Would you like a stall at the Christmas market?",
    "We'd love to feature the bakery in our neighbourhood newsletter",
    "Collab idea: your buns + our coffee, a Saturday pop-up?",
    "Hi, I'm a food blogger with 40k followers, free cake for a post?",
]
BAKERY_CLOSE_IN = [
    "Oven guy can come Tuesday 6am, ok?",
    "I'll cover the Sunday shift, go rest",
    "Brought you the starter from my mum's kitchen 😄",
    "Rent chat tomorrow? Landlord emailed me too",
    "The new butter is much better, right?",
    "Can you save me two loaves? Running late",
]
BAKERY_OUT = [
    "Yes, every Saturday from 8! 🥐",
    "Of course, all booked in, thank you!",
    "Sorry for the late reply, the ovens ate my week. Yes we can!",
    "All butter, always 🧈",
    "We've got a buckwheat loaf Thursdays and Fridays",
    "Obrigada! 💛",
    "Found it, it's behind the counter",
    "Yes, fully vegan",
    "Let me check the diary and come back to you",
    "Thank you, that made my day",
]
BAKERY_REPLIES_IN = [
    "Thank you!!",
    "Amazing 😍",
    "See you Saturday",
    "Perfect, thanks",
    "Obrigada!",
    "You're a star",
]

STUDIO_CLIENT_IN = [
    "Hi Priya, the checkout page is showing the old prices again",
    "Could we get a quote for a booking system? Small clinic, 3 practitioners",
    "Loved the new homepage draft. Two small changes attached.",
    "Is the site down? Getting a 502 since this morning",
    "Invoice 2024-031 paid, thanks!",
    "We'd like to add a Polish version of the site. Doable?",
    "Can we move Thursday's call to Friday?",
    "Our SEO person says the images are too big, can you look?",
    "Any update on the accessibility audit?",
    "Do you do WordPress maintenance contracts?",
    "Referred a friend who needs a shop site, expect an email!",
]
STUDIO_RECRUITER_IN = [
    "Hi! Exciting remote opportunity for a senior frontend engineer, open to chat?",
    "We help agencies scale with offshore developers. 15 minutes this week?",
    "Congrats on the work anniversary!",
    "I'd love to connect and tell you about our lead-generation service",
    "Are you the right person to talk to about your cloud spend?",
]
STUDIO_CLOSE_IN = [
    "Deployed the fix, can you double-check on your phone?",
    "Coffee Thursday? I owe you one for the intro",
    "Sent you the draft proposal, be brutal",
    "That conference talk was great, the slides please!",
    "Our kids' school needs a website volunteer... thought of you 😅",
]
STUDIO_OUT = [
    "Thanks for flagging, on it now",
    "Quote attached — happy to walk you through it",
    "Yes, easily. I'll send a plan tomorrow",
    "Sorry for the delay, we were heads-down on a launch. Friday works!",
    "Fixed, please refresh",
    "Thank you, much appreciated!",
    "Let's do it, I'll book a room",
    "Good catch, compressing them today",
]
STUDIO_REPLIES_IN = [
    "Great, thank you!",
    "Perfect",
    "Brilliant, speak soon",
    "Thanks Priya!",
    "Dziękuję!",
    "Sounds good",
]
