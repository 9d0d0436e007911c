"""Profile bios and home towns, written the way people write them.

A bio is assembled from parts: what the person does (a trade, a job, a life stage),
where they live (the sample's own city and its neighbourhoods and towns), what they love
(the sample's scene, and everyday interests), a shape (a list, a sentence, a pipe-
separated line, a joke), and the person's habits (emoji or none, lower case, pronouns,
a phrase in their own language). Each sample business has its own world: a Leeds folk
band's followers write about the Brudenell and fiddles, a Bristol bakery's about
allotments and Gloucester Road. Enough parts that two real people rarely write the same
bio; a quarter of lurkers and most bought accounts write none.

Bought and bot accounts get what they carry in the wild: nothing, a stock slogan, a
follow-back plea, or crypto and growth spam (:func:`fake_bio`).
"""

from __future__ import annotations

import random

# fmt: off
ROLES = [
    "nurse", "A&E nurse", "primary teacher", "maths teacher", "PhD student", "postie",
    "bus driver", "paramedic", "joiner", "electrician", "software tester", "civil servant",
    "librarian", "social worker", "GP", "pharmacist", "physio", "barista", "chef",
    "sous chef", "hairdresser", "tattoo artist", "florist", "architect", "solicitor",
    "accountant", "retired engineer", "retired teacher", "student midwife", "care worker",
    "council gardener", "museum guide", "youth worker", "lecturer", "lab technician",
    "data analyst", "copywriter", "bookseller", "bike mechanic", "plasterer",
    "dental nurse", "estate agent (sorry)", "HR person", "shop manager", "delivery driver",
    "NHS admin", "school cook", "personal trainer", "yoga teacher", "vet nurse",
    "dog walker", "translator", "radiographer", "speech therapist", "train guard",
    "sign language interpreter", "sixth former", "uni student", "history student",
    "medic", "carer for my mum", "freelance illustrator", "sound tech", "stagehand",
    "support worker", "allotment holder", "optician", "roofer",
    "brewer", "game dev", "doctoral researcher", "SENCO", "teaching assistant",
    "midwife", "firefighter", "probation officer", "beekeeper", "gardener",
    "structural engineer", "press officer", "charity fundraiser", "mechanic",
]
INTERESTS = [
    "cats", "dogs", "running", "tea", "books", "crosswords", "gardening", "football",
    "board games", "old films", "hiking", "camping", "photography", "birdwatching",
    "cooking", "parkrun", "wild swimming", "knitting", "crochet", "video games",
    "sci-fi", "true crime podcasts", "houseplants", "cycling", "climbing", "rugby league",
    "chess", "pub quizzes", "second-hand books", "charity shops", "Formula 1",
    "stand-up comedy", "anime", "bad puns", "long walks", "my allotment", "the sea",
    "poetry", "history", "astronomy", "snooker", "darts", "cricket", "jigsaws",
    "pottery", "embroidery", "sewing", "skateboarding", "bouldering", "sourdough",
]
QUIPS = [
    "Tea over coffee, mostly.", "Terrible at replying.", "Allergic to mornings.",
    "Opinions are my cat's.", "Here for the chat.", "Still learning.",
    "Mostly lurking.", "Retweets are not endorsements, obviously.",
    "Trying my best.", "Usually outside.", "Powered by biscuits.",
    "Will talk about my dog.", "Chronically early.", "Forever overthinking.",
    "Probably making soup.", "Bad at bios.", "Running on toast.",
    "Knows all the words.", "Occasional over-sharer.", "Late to everything.",
]
ASPIRATIONS = [
    "learn the fiddle before I'm fifty", "finish a marathon", "read more than I scroll",
    "grow a decent tomato", "visit every record shop in the north", "sing in public",
    "keep a plant alive", "cycle coast to coast", "write the novel", "learn Welsh",
    "swim in every lake in the Lakes", "be the friend who remembers birthdays",
    "bake a proper croissant", "see every band I love live", "learn to say no",
]
#: What people hope to do one day, as many as people have: a bio's aspiration is drawn
#: from :data:`ASPIRATIONS` (the draw stays as it was, so that the samples' other draws
#: stay the same) and then said as one of these or those, so that no hobby phrase is
#: shared by so many that it links strangers into a tribe of its own ("bake · croissant").
#: Each holds one word that could be a tag, never a word of a business's world: two
#: such words shared make a link strong enough to be a cluster.
MORE_ASPIRATIONS = [
    "learn to juggle", "keep bees", "do a handstand", "read Middlemarch", "make my own pasta",
    "learn to whittle", "learn to bodyboard", "see an eclipse", "learn to make sushi",
    "keep chickens", "see a puffin", "learn origami", "learn to yodel", "learn calligraphy",
    "go snorkelling", "try paragliding", "learn archery", "learn to unicycle", "learn Esperanto",
    "learn Morse", "finish Proust", "go stargazing", "learn to tango", "make marmalade",
    "grow dahlias", "learn to sail", "try fencing", "learn to skateboard",
]


def _aspiration(rng: random.Random) -> str:
    """A hope for one day: drawn from :data:`ASPIRATIONS` as always, said as one of all
    the aspirations by a generator of its own (seeded from the main generator's state,
    which reading does not move)."""
    drawn = rng.choice(ASPIRATIONS)
    side = random.Random(f"{drawn}|{sum(rng.getstate()[1])}")
    return side.choice(ASPIRATIONS + MORE_ASPIRATIONS)
#: Roles and pronouns that say who the person is: only on people they agree with.
ROLES_BY_GENDER = {
    True: ["mum of three", "stay-at-home mum", "nan of five", "mum of two", "retired postwoman"],
    False: ["stay-at-home dad", "dad of two", "grandad", "retired postman", "dad of three"],
}
PRONOUNS = {True: ["she/her", "she/they", "they/them"], False: ["he/him", "he/they", "they/them"]}
EMOJI = ["✨", "🌿", "🎶", "☕", "🌈", "💛", "🌊", "🐝", "🌻", "📚", "🚲", "🐈", "🐕", "🍞",
         "🎸", "🏳️‍🌈", "🌙", "🔥", "🧶", "🎧", "⚽", "🏔️", "🌱", "🍵", "📷", "🪕", "🥁"]
SEPARATORS = [" | ", " · ", " • ", ". ", " / ", ", ", " ~ "]

#: Each business's world: its scenes (a person belongs to one: folk clubs or radio, the
#: allotment or the markets), its people's trades, its places.
WORLD_WORDS: dict[str, dict] = {
    "band": {
        "scenes": {
            "folk": ["folk", "fiddle", "ceilidhs", "folk clubs", "folk sessions",
                     "Irish sessions", "sea shanties", "harmonies", "banjo", "mandolin",
                     "Cambridge Folk Festival", "Beverley Folk Festival"],
            "venues": ["gigs", "the Brudenell", "Hyde Park Book Club", "Belgrave Music Hall",
                       "the Wardrobe", "live music", "setlists", "open mics", "Headrow House"],
            "radio": ["BBC Radio Leeds", "6 Music", "community radio", "Chapel FM",
                      "radio", "Americana", "alt-country", "bluegrass", "late-night radio"],
            "Leeds": ["Leeds United", "Kirkgate Market", "the Otley Run", "Headingley cricket",
                      "Yorkshire tea", "the Dales", "fell running", "Leeds"],
            "records": ["vinyl", "record shops", "zines", "four-track recording",
                        "guitar pedals", "bass guitar", "drums", "songwriting", "busking"],
            "festivals": ["Leeds Festival", "Green Man festival", "festivals", "camping", "choir",
                          "wellies", "festival sunsets"],
        },
        "trades": {  # each trade lives in one scene
            "folk": ["folk singer", "fiddle player", "choir leader", "luthier", "folk student"],
            "venues": ["sound engineer", "gig photographer", "promoter", "lighting tech",
                       "bar manager at a venue", "roadie"],
            "radio": ["radio presenter", "DJ", "producer", "music journalist"],
            "Leeds": ["tour guide", "market trader", "groundsman", "black cab driver"],
            "records": ["record shop owner", "session drummer", "guitar teacher",
                        "zine maker", "piano tuner"],
            "festivals": ["festival volunteer", "festival booker", "steward", "stage manager"],
        },
        "places": [
            "Leeds", "Leeds", "Leeds", "Headingley", "Hyde Park", "Meanwood",
            "Chapel Allerton", "Kirkstall", "Armley", "Roundhay", "Horsforth", "Otley",
            "Ilkley", "Bradford", "Wakefield", "Halifax", "Hebden Bridge", "Harrogate",
            "York", "Huddersfield", "Sheffield", "Hull", "Saltaire", "Holmfirth",
            "West Yorkshire", "Yorkshire", "God's own county", "Pudsey", "Beeston",
        ],
        "far": [
            "Manchester", "Newcastle", "Glasgow", "London", "Liverpool", "Dublin", "Belfast",
            "Nottingham", "Edinburgh", "Cardiff", "Lancaster", "Durham",
        ],
        "fan": ["folkie", "gig-goer", "fiddler", "vinyl hoarder", "festival camper",
                "front-row dancer", "shanty singer", "setlist collector", "radio nerd"],
    },
    "bakery": {
        "scenes": {
            "baking": ["sourdough", "baking", "bread", "weekend baking", "croissants",
                       "pastries", "cake", "cardamom buns", "pastel de nata"],
            "growing": ["my allotment", "veg boxes", "foraging", "fermenting", "kombucha",
                        "jam making", "zero waste", "slow food", "cheese"],
            "Bristol": ["Gloucester Road", "Stokes Croft", "street art", "St Pauls Carnival",
                        "the Harbour Festival", "the Balloon Fiesta", "the harbourside",
                        "Bristol Rovers", "Bristol City", "Bristol Old Vic"],
            "markets": ["good coffee", "brunch", "food markets", "St Nicholas Market",
                        "farmers' markets", "independent shops", "cider", "vegan cooking"],
            "outdoors": ["wild swimming", "paddleboarding", "the Downs", "Ashton Court",
                         "pubs with gardens", "pottery"],
        },
        "trades": {
            "baking": ["pastry chef", "weekend baker", "wedding cake maker", "cake decorator",
                       "miller"],
            "growing": ["veg grower", "community cook", "food bank volunteer", "dietitian"],
            "Bristol": ["street artist", "tour guide", "nursery teacher", "youth worker"],
            "markets": ["café owner", "barista", "market trader", "cheesemonger",
                        "coffee roaster", "deli owner", "food writer", "caterer"],
            "outdoors": ["swim coach", "brewer", "food photographer", "chef"],
        },
        "places": [
            "Bristol", "Bristol", "Bristol", "Bedminster", "Easton", "Montpelier",
            "St Werburghs", "Southville", "Clifton", "Redland", "Totterdown", "Bishopston",
            "Fishponds", "Knowle", "Kingsdown", "Horfield", "St Pauls", "Bath", "Weston",
            "Keynsham", "Stroud", "Portishead", "Frome", "Windmill Hill", "Cotham",
            "Somerset", "the West Country",
        ],
        "far": [
            "Cardiff", "Exeter", "Gloucester", "London", "Swindon", "Plymouth", "Lisboa",
            "Porto", "Cheltenham", "Oxford", "Taunton",
        ],
        "fan": ["bread nerd", "bun enthusiast", "crumb photographer", "cake eater",
                "coffee snob", "brunch person", "allotment dweller", "starter keeper"],
    },
    "studio": {
        "scenes": {
            "accessibility": ["accessibility", "screen readers", "inclusive design",
                              "plain English", "digital inclusion", "web standards",
                              "semantic HTML"],
            "front-end": ["CSS", "JavaScript", "front-end", "web performance", "static sites",
                          "the indie web", "open source", "Python", "Laravel", "WordPress"],
            "design": ["UX", "design systems", "typography", "Figma", "user research",
                       "content design", "service design", "design"],
            "Manchester tech": ["tech meetups", "Manchester tech", "the Northern Quarter",
                                "freelancing", "startups", "small business", "e-commerce"],
            "Manchester": ["Man City", "Man United", "Band on the Wall", "Manchester Museum",
                           "Salford Lads Club", "Mancunian Way traffic"],
        },
        "trades": {
            "accessibility": ["accessibility consultant", "QA engineer",
                              "charity digital lead", "user researcher"],
            "front-end": ["front-end developer", "web developer", "DevOps engineer",
                          "freelance developer", "CTO"],
            "design": ["UX designer", "UI designer", "content designer", "design lead",
                       "web designer"],
            "Manchester tech": ["agency founder", "product manager", "digital marketer",
                                "SEO consultant", "scrum master", "tech recruiter"],
            "Manchester": ["data scientist", "teacher", "tram driver", "bar manager"],
        },
        "places": [
            "Manchester", "Manchester", "Manchester", "Salford", "Stockport", "Didsbury",
            "Chorlton", "Levenshulme", "Ancoats", "the Northern Quarter", "Prestwich",
            "Sale", "Altrincham", "Oldham", "Rochdale", "Bolton", "Bury", "Stretford",
            "Withington", "Fallowfield", "Hulme", "Ardwick", "Greater Manchester",
        ],
        "far": [
            "Leeds", "Liverpool", "London", "Sheffield", "Birmingham", "Berlin",
            "Warszawa", "Lagos", "Kraków", "Lisbon", "Amsterdam",
        ],
        "fan": ["web nerd", "CSS tinkerer", "side-project hoarder", "meetup regular",
                "keyboard collector", "accessibility advocate", "pixel pusher"],
    },
}

#: Bios in the person's own language: a few roles, interests and shapes per language.
LOCAL: dict[str, dict[str, list]] = {
    "pt": {"roles": [("Enfermeira", "Enfermeiro"), ("Professora", "Professor"), "Estudante",
                     "Designer", ("Cozinheira", "Cozinheiro"), ("Engenheira", "Engenheiro"),
                     ("Mãe de dois", "Pai de dois"), ("Fotógrafa", "Fotógrafo"),
                     ("Arquiteta", "Arquiteto"), ("Música", "Músico")],
           "from": ("Portuguesa", "Português"),
           "likes": ["fado", "café", "bicicleta", "discos de vinil", "praia", "livros",
                     "pão caseiro", "futebol", "viagens", "cinema", "jardinagem", "surf"],
           "shapes": ["{r} em {p}. {a} e {b}.", "{a}, {b} e {c}", "{r} · {a} · {p}",
                      "{n} em {p}. {a} sempre.", "{r}. {a}, {b} e saudades de casa",
                      "Entre Lisboa e {p} · {a}"]},
    "es": {"roles": ["Profe de historia", ("Enfermera", "Enfermero"), "Estudiante",
                     ("Diseñadora", "Diseñador"), ("Cocinera", "Cocinero"),
                     ("Ingeniera", "Ingeniero"), "Periodista", ("Fotógrafa", "Fotógrafo"),
                     ("Médica", "Médico")],
           "from": ("Española", "Español"),
           "likes": ["música", "café", "bicicletas", "conciertos", "montaña", "libros",
                     "cine", "el mar", "cocinar", "fútbol", "viajar", "teatro"],
           "shapes": ["{r} en {p}. {a} y {b}.", "{a}, {b} y {c}", "{r} | {a} | {p}",
                      "De Madrid a {p}. {a} siempre que puedo.", "{n} en {p} · {a}"]},
    "de": {"roles": [("Lehrerin", "Lehrer"), ("Studentin", "Student"),
                     ("Ingenieurin", "Ingenieur"), ("Krankenpflegerin", "Krankenpfleger"),
                     ("Grafikerin", "Grafiker"), ("Bäckerin", "Bäcker"),
                     ("Physiotherapeutin", "Physiotherapeut"), ("Informatikerin", "Informatiker")],
           "likes": ["Wandern", "Kaffee", "Gitarre", "Bücher", "Brot", "Fahrrad",
                     "Konzerte", "Berge", "Kochen", "Fußball", "Katzen"],
           "shapes": ["{r} in {p}. {a} und {b}.", "{a}, {b}, {c}.", "{r} · {a} · {p}",
                      "Wahl-{p}. {r}, {a}"]},
    "fr": {"roles": [("Boulangère", "Boulanger"), "Prof", ("Étudiante", "Étudiant"),
                     ("Infirmière", "Infirmier"), "Graphiste", ("Ingénieure", "Ingénieur"),
                     "Photographe", ("Musicienne", "Musicien")],
           "likes": ["vélo", "photo", "musique", "café", "lecture", "cuisine", "randonnée",
                     "cinéma", "jardinage", "bonne humeur"],
           "shapes": ["{r} à {p}. {a} et {b}.", "{a}, {b} et {c}", "{r} | {a} | {p}",
                      "{r}, {a} et un peu de {b}"]},
    "pl": {"roles": [("Graficzka", "Grafik"), ("Pielęgniarka", "Pielęgniarz"),
                     ("Studentka", "Student"), ("Inżynierka", "Inżynier"),
                     ("Kucharka", "Kucharz"), ("Nauczycielka", "Nauczyciel"),
                     ("Fotografka", "Fotograf"), ("Architektka", "Elektryk")],
           "likes": ["kawa", "rower", "muzyka", "góry", "książki", "gotowanie", "koty",
                     "piłka nożna", "podróże", "koncerty"],
           "shapes": ["{r} w {p}. {a} i {b}.", "{a}, {b}, {c}", "{r} · {a} · {p}"]},
    "uk": {"roles": [("Ілюстраторка", "Ілюстратор"), ("Студентка", "Студент"),
                     ("Лікарка", "Лікар"), ("Інженерка", "Інженер"),
                     ("Вчителька", "Вчитель"), ("Кухарка", "Кухар"), ("Дизайнерка", "Дизайнер")],
           "likes": ["музика", "кава", "коти", "книжки", "подорожі", "гори", "малювання",
                     "велосипед", "фотографія"],
           "shapes": ["{r}. {a} і {b}.", "{a}, {b}, {c}", "{r} · {p} · {a}"]},
    "tr": {"roles": ["Öğretmen", "Öğrenci", "Mühendis", "Hemşire", "Aşçı", "Tasarımcı"],
           "likes": ["müzik", "kahve", "kediler", "kitaplar", "seyahat", "futbol",
                     "konserler", "yemek", "deniz"],
           "shapes": ["{r}. {a} ve {b}.", "{a}, {b}, {c}", "{r} · {p}"]},
    "el": {"roles": ["Φωτογράφος", ("Φοιτήτρια", "Φοιτητής"), "Μηχανικός",
                     ("Δασκάλα", "Δάσκαλος"), ("Μαγείρισσα", "Μάγειρας")],
           "likes": ["μουσική", "θάλασσα", "καφές", "βιβλία", "ταξίδια", "ποδήλατο"],
           "shapes": ["{r}. {a} και {b}.", "{a}, {b}, {c}"]},
    "ja": {"roles": ["会社員", "学生", "デザイナー", "看護師", "エンジニア", "パン職人"],
           "likes": ["音楽", "写真", "パン屋巡り", "コーヒー", "旅行", "読書", "ライブ"],
           "shapes": ["{r}。{a}と{b}が好き", "{a}・{b}・{c}", "{p}在住の{r}"]},
    "ko": {"roles": ["대학생", "디자이너", "간호사", "개발자", "요리사", "회사원"],
           "likes": ["음악", "커피", "공연", "여행", "사진", "책", "고양이"],
           "shapes": ["{r}. {a}와 {b}를 좋아해요", "{a} · {b} · {c}", "{p} 사는 {r}"]},
    "zh": {"roles": ["学生", "设计师", "工程师", "护士", "厨师", "摄影师"],
           "likes": ["音乐", "咖啡", "烘焙", "旅行", "读书", "摄影", "猫"],
           "shapes": ["{r}。喜欢{a}和{b}", "{a} | {b} | {c}", "在{p}的{r}"]},
    "ar": {"roles": [("مصممة جرافيك", "مصمم جرافيك"), ("طالبة", "طالب"), ("مهندسة", "مهندس"),
                     ("ممرضة", "ممرض"), ("طاهية", "طاهٍ"), ("معلمة", "معلم")],
           "likes": ["الموسيقى", "القهوة", "الكتب", "السفر", "التصوير", "كرة القدم"],
           "shapes": ["{r}. أحب {a} و{b}", "{a} · {b} · {c}"]},
    "fa": {"roles": ["طراح گرافیک", "دانشجو", "مهندس", "پرستار", "عکاس"],
           "likes": ["موسیقی", "قهوه", "کتاب", "سفر", "کوهنوردی", "سینما"],
           "shapes": ["{r}. عاشق {a} و {b}", "{a} · {b} · {c}"]},
    "vi": {"roles": ["Sinh viên", "Kiến trúc sư", "Y tá", "Đầu bếp", "Lập trình viên"],
           "likes": ["âm nhạc", "cà phê", "du lịch", "sách", "nấu ăn", "chụp ảnh"],
           "shapes": ["{r}. Yêu {a} và {b}", "{a} · {b} · {c}"]},
    "sv": {"roles": ["Snickare", "Lärare", "Student", "Sjuksköterska", "Ingenjör", "Kock"],
           "likes": ["kaffe", "böcker", "folkmusik", "fiol", "skog", "segling", "bakning"],
           "shapes": ["{r} i {p}. {a} och {b}.", "{a}, {b} och {c}"]},
}

#: What bought and bot accounts carry in the wild.
FAKE_SLOGANS = [
    "Love life ✨", "Just living my best life", "Music lover | Dreamer", "Happy soul 💫",
    "Be yourself", "Good vibes only", "Life is beautiful", "Fashion | Travel | Lifestyle",
    "Dream big", "Live laugh love", "Believe in yourself 🙏", "Smile more 😊",
    "Traveler 🌍 Foodie 🍕", "Positive vibes 💯", "God first 🙏", "Coffee & sunsets",
]
FOLLOW_BACK = [
    "Follow for follow", "I follow back 💯", "F4F | L4L", "Follow me I follow back",
    "100% follow back 🔙", "Follow back guaranteed", "#followback #teamfollowback",
]
SPAM = [
    "💰 Crypto signals daily — DM for VIP", "Get 10k followers fast! Link below 👇",
    "Forex mentor. Turn $100 into $5000", "Promote your music to 1M listeners 🎵 DM now",
    "Best deals on sneakers 🔥 link in bio", "NFT drops every week 🚀",
    "BTC | ETH | SOL 📈 100x gems daily", "Spotify promo 🎧 real streams, DM",
    "Earn from home 💸 ask me how", "Bitcoin investment manager. DM to start earning",
    "Free iPhone giveaway 🎁 click link", "Web3 founder | airdrop hunter 🪂",
]
# fmt: on


def _maybe(rng: random.Random, share: float, text: str) -> str:
    return text if rng.random() < share else ""


def _interest(rng: random.Random, scene: list[str]) -> str:
    """Mostly from the person's own scene, sometimes an everyday interest."""
    return rng.choice(scene if rng.random() < 0.7 else INTERESTS)


def _cap(text: str) -> str:
    """Upper-case the first letter only ("the Brudenell" -> "The Brudenell")."""
    return text[:1].upper() + text[1:]


def _pick_role(rng: random.Random, roles: list, feminine: bool) -> str:
    """A role from ``roles``; a (feminine, masculine) pair gives the form that agrees."""
    role = rng.choice(roles)
    if isinstance(role, tuple):
        return role[0] if feminine else role[1]
    return role


def _english(rng: random.Random, words: dict, *, pro: bool, home: str, feminine: bool) -> str:
    """A bio of one to three parts (what I do, where, what I love, a quip or a hope),
    in any order, joined the way the person joins things."""
    group = rng.choice(sorted(words["scenes"]))
    scene = words["scenes"][group]
    if pro or rng.random() < 0.25:
        role = rng.choice(words["trades"][group])
    elif rng.random() < 0.06:
        role = rng.choice(ROLES_BY_GENDER[feminine])
    else:
        role = rng.choice(ROLES)
    a, b, c = (_interest(rng, scene) for _ in range(3))
    while b == a:
        b = _interest(rng, scene)
    place = home if rng.random() < 0.7 else rng.choice(words["places"])
    emoji = rng.choice(EMOJI)
    fan = rng.choice(words["fan"])
    far = rng.choice(words["far"])
    R, A = _cap(role), _cap(a)
    plain = [R, R, f"{R} in {place}", f"{R} from {place}", f"{R}, {fan}"]
    if any(w in role for w in ("retired", "student", "sixth former", "mum", "dad", "nan")):
        doing = rng.choice(plain)  # no "Trainee retired teacher", "Part-time grandad"
    else:
        doing = rng.choice(
            [
                *plain,
                f"{R} by day, {fan} by night",
                f"Ex-{rng.choice(ROLES)}, now {role}",
                f"{R} (mostly)",
                f"Part-time {role}",
                f"Retired, sort of. Was a {role}",
                f"Trainee {role}",
                f"{R} at the weekends",
                f"Full-time {role}, part-time {fan}",
            ]
        )
    where = rng.choice(
        [
            place,
            place,
            f"📍{place}",
            f"{place} ↔ {far}",
            f"Based in {place}",
            f"{place}-ish",
            f"{far} → {place}",
            f"{place} via {far}",
            f"{place}, by way of {far}",
            f"Lives in {place}",
            f"In {place} since uni",
            f"Home: {place}",
            f"{place} (and {far} at heart)",
            f"Somewhere near {place}",
            f"{place} and proud",
        ]
    )
    if rng.random() < 0.03:  # a few say it as their parents did
        where = f"{place} born and bred"
    loving = rng.choice(
        [
            f"{A} and {b}",
            f"{A}, {b}, {c}",
            f"{A} & {b}",
            f"Mostly here for {a}",
            f"{A} obsessive",
            f"Loves {a}",
            f"{emoji} {a} {rng.choice(EMOJI)} {b}",
            f"{A} nerd",
            f"Can't stop talking about {a}",
            f"Into {a}, {b} and {c}",
            f"{A} > {b}",
            f"Big on {a}",
            f"Here for {a}. Sometimes {b}",
            f"{A} fan, {b} dabbler",
            f"Never without {a}",
            f"Half {a}, half {b}",
        ]
    )
    extra = rng.choice(
        [
            rng.choice(QUIPS).rstrip("."),
            f"{rng.choice(['Trying', 'Still trying', 'Determined', 'Planning', 'Hoping'])} to "
            f"{_aspiration(rng)}",
            f"One day I'll {_aspiration(rng)}",
            rng.choice(PRONOUNS[feminine]),
            "Views my own",
            f"{_cap(fan)}",
        ]
    )
    parts = [doing, where, loving, extra]
    k = rng.choice([1, 2, 2, 3, 3, 3])
    chosen = rng.sample(parts, k)
    sep = rng.choice(SEPARATORS)
    text = sep.join(chosen)
    if sep.strip() in (".", "") and rng.random() < 0.6:
        text += "."
    if rng.random() < 0.15:
        text = text.lower()
    if rng.random() < 0.2 and emoji not in text:
        text = f"{text} {emoji}"
    return text


def _local(rng: random.Random, lang: str, home: str, feminine: bool) -> str:
    words = LOCAL[lang]
    a, b, c = rng.sample(words["likes"], 3)
    n = words.get("from", ("", ""))[0 if feminine else 1]
    role = _pick_role(rng, words["roles"], feminine)
    shapes = [sh for sh in words["shapes"] if n or "{n}" not in sh]
    return rng.choice(shapes).format(r=role, a=a, b=b, c=c, p=home, n=n)


def genuine_bio(
    rng: random.Random, world: str, *, pro: bool, lang: str, home: str, feminine: bool = True
) -> str:
    """A real person's bio in ``world`` ("band", "bakery", "studio").

    ``lang`` is the profile language (a bio in it when :data:`LOCAL` has words for it,
    sometimes mixed with English); ``home`` the town the person gives; ``feminine``
    whether the words that mark gender (roles, pronouns, "Portuguesa") take the
    feminine form.

    >>> import random
    >>> bio = genuine_bio(random.Random(3), "band", pro=False, lang="en", home="Leeds")
    >>> isinstance(bio, str) and len(bio) > 5
    True
    >>> "Boulangère" in genuine_bio(random.Random(1), "bakery", pro=False, lang="fr",
    ...                            home="Bristol", feminine=False)
    False
    """
    words = WORLD_WORDS[world]
    if lang in LOCAL and not pro:
        local = _local(rng, lang, home, feminine)
        if rng.random() < 0.3:  # half and half, as people who moved write
            scene = words["scenes"][rng.choice(sorted(words["scenes"]))]
            return f"{local} · {_interest(rng, scene)} in {home}"
        return local
    return _english(rng, words, pro=pro, home=home, feminine=feminine)


def fake_bio(rng: random.Random, kind: str) -> str:
    """What a bought or bot account's bio says (often nothing at all)."""
    if kind == "spam_bot":
        return rng.choice(SPAM) + _maybe(rng, 0.3, " " + rng.choice(["🚀", "💸", "📈", "🔥"]))
    pick = rng.random()
    if pick < 0.55:
        return rng.choice(FAKE_SLOGANS)
    if pick < 0.85:
        return rng.choice(FOLLOW_BACK)
    return rng.choice(SPAM)


def home_town(rng: random.Random, world: str, city: str) -> str:
    """Where a follower says they live: mostly the sample's city and its towns."""
    words = WORLD_WORDS[world]
    pick = rng.random()
    if pick < 0.45:
        return city
    if pick < 0.85:
        return rng.choice(words["places"])
    return rng.choice(words["far"])
