"""Hand-written name pools for the fictional sample businesses.

Every name here is invented by combining common given names and family names from many
cultures; none belongs to a real account. Some cultures also carry names written in their
own script, used as display names the way real people set them on social platforms.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

# fmt: off
# culture -> (feminine given names, masculine given names, family names)
CULTURES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "english": (
        ["Emma", "Olivia", "Hannah", "Grace", "Chloe", "Lucy", "Megan", "Sophie", "Abigail",
         "Harriet", "Rosie", "Jessica", "Katie", "Eleanor", "Amy"],
        ["James", "Oliver", "Harry", "Jack", "Thomas", "William", "George", "Daniel", "Samuel",
         "Alfie", "Callum", "Ben", "Matthew", "Rory", "Luke"],
        ["Smith", "Taylor", "Brown", "Walker", "Hughes", "Wright", "Edwards", "Green", "Hall",
         "Wood", "Clarke", "Turner", "Baxter", "Fletcher", "Pemberton", "Ashworth"],
    ),
    "portuguese": (
        ["Inês", "Beatriz", "Mariana", "Leonor", "Joana", "Camila", "Luísa", "Conceição",
         "Fernanda", "Thaís"],
        ["João", "Tiago", "Gonçalo", "Rafael", "Afonso", "Luís", "André", "Vinícius", "Caio",
         "Sebastião"],
        ["Carvalho", "Gonçalves", "Ferreira", "Pereira", "Magalhães", "Araújo", "Simões",
         "Brandão", "Assunção", "Lopes", "Nogueira"],
    ),
    "spanish": (
        ["Lucía", "Sofía", "Valentina", "Ximena", "Guadalupe", "María José", "Ana", "Renata",
         "Itziar", "Begoña"],
        ["Mateo", "Santiago", "Alejandro", "Joaquín", "Iñaki", "Diego", "Andrés", "Rubén",
         "Óscar", "Ramón"],
        ["García", "Martínez", "Núñez", "Ibáñez", "Rodríguez", "Peña", "Castillo", "Muñoz",
         "Ortega", "Etxeberria", "Jiménez"],
    ),
    "french": (
        ["Chloé", "Léa", "Manon", "Camille", "Zoé", "Océane", "Hélène", "Maëlle", "Amélie"],
        ["Léo", "Hugo", "Théo", "Mathéo", "Noé", "Jérôme", "François", "Loïc", "Benoît"],
        ["Lefèvre", "Dubois", "Moreau", "Girard", "Fournier", "Rousseau", "Bérard", "Lemaître",
         "Chevalier", "Gauthier"],
    ),
    "german": (
        ["Lena", "Jana", "Jördis", "Katharina", "Mareike", "Anneliese", "Svenja", "Franziska"],
        ["Jürgen", "Lukas", "Felix", "Maximilian", "Jonas", "Björn", "Tobias", "Matthias"],
        ["Müller", "Schröder", "Becker", "Weiß", "Krüger", "Hoffmann", "Schäfer", "Vogel",
         "Brandt", "Köhler"],
    ),
    "polish": (
        ["Agnieszka", "Małgorzata", "Zofia", "Katarzyna", "Joanna", "Weronika", "Aleksandra"],
        ["Tomasz", "Paweł", "Łukasz", "Krzysztof", "Michał", "Wojciech", "Jędrzej"],
        ["Wójcik", "Kowalczyk", "Nowak", "Szymańska", "Zieliński", "Lewandowski", "Dąbrowska",
         "Woźniak"],
    ),
    "nigerian": (
        ["Adaeze", "Chiamaka", "Folake", "Ngozi", "Temitope", "Oluwaseun", "Ifeoma", "Yetunde"],
        ["Chinedu", "Emeka", "Babatunde", "Olumide", "Tobenna", "Kelechi", "Ayodele", "Segun"],
        ["Okafor", "Adeyemi", "Nwosu", "Okonkwo", "Balogun", "Eze", "Oyelaran", "Ogunleye"],
    ),
    "ghanaian": (
        ["Akosua", "Efua", "Abena", "Adjoa", "Esi"],
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo"],
        ["Mensah", "Owusu", "Asante", "Boateng", "Appiah", "Osei"],
    ),
    "indian": (
        ["Priya", "Ananya", "Lakshmi", "Deepika", "Kavya", "Meenakshi", "Aishwarya", "Nandini"],
        ["Arjun", "Rohan", "Vikram", "Karthik", "Siddharth", "Aditya", "Rahul", "Sanjay"],
        ["Natarajan", "Sharma", "Iyer", "Reddy", "Krishnan", "Menon", "Chatterjee", "Pillai",
         "Gupta", "Subramanian"],
    ),
    "chinese": (
        ["Mei", "Xiaoling", "Yuting", "Jiayi", "Wenjing", "Lin"],
        ["Wei", "Jun", "Hao", "Zhiwei", "Yichen", "Bo"],
        ["Wang", "Li", "Zhang", "Chen", "Liu", "Huang", "Zhou", "Xu"],
    ),
    "japanese": (
        ["Yui", "Haruka", "Aiko", "Sakura", "Mio", "Naoko"],
        ["Haruto", "Kenji", "Takumi", "Ren", "Daisuke", "Shota"],
        ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Nakamura", "Kobayashi"],
    ),
    "korean": (
        ["Ji-woo", "Seo-yeon", "Min-ji", "Ha-eun", "Soo-ah"],
        ["Min-jun", "Ji-ho", "Seo-jun", "Do-yun", "Hyun-woo"],
        ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon"],
    ),
    "arabic": (
        ["Layla", "Yasmin", "Noor", "Mariam", "Salma", "Rania", "Huda"],
        ["Omar", "Karim", "Youssef", "Tariq", "Hamza", "Bilal", "Samir"],
        ["Haddad", "Nasser", "Khalil", "Mansour", "El-Amin", "Farouk", "Saleh", "Darwish"],
    ),
    "turkish": (
        ["Elif", "Zeynep", "Ayşe", "Gülşen", "Büşra"],
        ["Emre", "Barış", "Oğuz", "Mehmet", "Çağlar"],
        ["Yılmaz", "Öztürk", "Çelik", "Şahin", "Aydın", "Kılıç"],
    ),
    "greek": (
        ["Eleni", "Katerina", "Sofia", "Dimitra", "Ioanna"],
        ["Giorgos", "Nikos", "Kostas", "Yannis", "Stavros"],
        ["Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis", "Vlachou"],
    ),
    "slavic": (
        ["Anastasia", "Olena", "Kateryna", "Daria", "Svetlana", "Irina"],
        ["Dmytro", "Oleksandr", "Sergei", "Andriy", "Nikolai", "Ivan"],
        ["Kovalenko", "Shevchenko", "Petrova", "Bondarenko", "Ivanova", "Melnyk", "Sokolov"],
    ),
    "vietnamese": (
        ["Linh", "Ngọc", "Thảo", "Phương", "Hương"],
        ["Minh", "Đức", "Quang", "Tuấn", "Huy"],
        ["Nguyễn", "Trần", "Lê", "Phạm", "Võ", "Đặng"],
    ),
    "nordic": (
        ["Ingrid", "Åsa", "Sigrid", "Maja", "Solveig", "Frida"],
        ["Søren", "Magnus", "Håkon", "Anders", "Eirik", "Bjørn"],
        ["Lindqvist", "Håkansson", "Sørensen", "Berg", "Nyström", "Øvergaard", "Dahl"],
    ),
    "irish": (
        ["Aoife", "Siobhán", "Niamh", "Róisín", "Caoimhe"],
        ["Seán", "Cian", "Oisín", "Pádraig", "Darragh"],
        ["Ó Briain", "Murphy", "Kelly", "O'Sullivan", "Ní Bhriain", "Doyle", "McCarthy"],
    ),
    "persian": (
        ["Shirin", "Parisa", "Nasrin", "Maryam"],
        ["Dariush", "Reza", "Kourosh", "Arash"],
        ["Tehrani", "Rahimi", "Moradi", "Kazemi", "Jafari"],
    ),
}

# Display names in the person's own script (used instead of the Latin one on some
# profiles).
NATIVE_SCRIPT: dict[str, list[str]] = {
    "chinese": ["王美玲", "李伟", "张佳怡", "陈浩", "刘文静", "黄志伟", "周林", "徐一辰"],
    "japanese": ["佐藤 結衣", "鈴木 健二", "高橋 遥", "田中 拓海", "渡辺 直子", "中村 蓮"],
    "korean": ["김지우", "이민준", "박서연", "최도윤", "정하은", "강현우"],
    "arabic": ["ليلى حداد", "عمر ناصر", "ياسمين خليل", "كريم منصور", "نور صالح"],
    "greek": ["Ελένη Γεωργίου", "Νίκος Παπαδόπουλος", "Κατερίνα Βλάχου", "Γιάννης Νικολαΐδης"],
    "slavic": ["Олена Коваленко", "Дмитро Шевченко", "Анастасія Мельник", "Сергей Соколов"],
    "indian": ["प्रिया शर्मा", "राहुल गुप्ता", "அனன்யா ஐயர்", "கார்த்திக் கிருஷ்ணன்"],
    "persian": ["شیرین تهرانی", "رضا رحیمی"],
}

# Weights: how often each culture appears in a neighbourhood of a European or
# North American city (roughly; the point is variety, not demography).
CULTURE_WEIGHTS: dict[str, float] = {
    "english": 30, "portuguese": 8, "spanish": 9, "french": 6, "german": 6, "polish": 5,
    "nigerian": 5, "ghanaian": 2, "indian": 6, "chinese": 4, "japanese": 2, "korean": 2,
    "arabic": 4, "turkish": 3, "greek": 2, "slavic": 4, "vietnamese": 2, "nordic": 3, "irish":
    4, "persian": 2
}

NICKNAMES: dict[str, str] = {
    "Beatriz": "Bea", "Katharina": "Kathi", "Alejandro": "Alex", "Matthew": "Matt", "William":
    "Will", "Samuel": "Sam", "Jessica": "Jess", "Eleanor": "Ellie", "Małgorzata": "Gosia",
    "Aleksandra": "Ola", "Oluwaseun": "Seun", "Babatunde": "Tunde", "Temitope": "Temi",
    "Siddharth": "Sid", "Maximilian": "Max", "Franziska": "Franzi", "Krzysztof": "Krzysiek",
    "Anastasia": "Nastya", "Oleksandr": "Sasha", "Gonçalo": "Gonça", "Guadalupe": "Lupe",
    "Chiamaka": "Amaka", "Ifeoma": "Ify", "Kateryna": "Katya", "Daniel": "Dan", "Thomas": "Tom",
    "Abigail": "Abi", "Harriet": "Hattie", "Jędrzej": "Jędrek", "Wojciech": "Wojtek",
    "Santiago": "Santi", "Sebastião": "Tião", "Aishwarya": "Ash", "Meenakshi": "Meena",
    "Christopher": "Chris", "Giorgos": "George"
}

EMOJI = ["✨", "🌻", "🎸", "🥐", "☕", "🌈", "🔥", "💛", "🌿", "🎶", "🍞", "🌙", "🐝", "💫", "🌊"]
# fmt: on


@dataclass
class Name:
    """A fictional person's name and how it may vary across platforms."""

    culture: str
    given: str
    family: str
    feminine: bool
    native: str | None = None  # the same name in the person's own script, if any

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def nickname(self) -> str:
        return NICKNAMES.get(self.given, self.given)


def pick_culture(rng: random.Random, weights: dict[str, float] | None = None) -> str:
    table = weights or CULTURE_WEIGHTS
    return rng.choices(list(table), weights=list(table.values()))[0]


def random_name(rng: random.Random, culture: str | None = None) -> Name:
    """Draw a fictional name; about one in four names with a native script gets one."""
    culture = culture or pick_culture(rng)
    fem, masc, fam = CULTURES[culture]
    feminine = rng.random() < 0.5
    given = rng.choice(fem if feminine else masc)
    family = rng.choice(fam)
    native = None
    if culture in NATIVE_SCRIPT and rng.random() < 0.25:
        native = rng.choice(NATIVE_SCRIPT[culture])
    return Name(culture, given, family, feminine, native)


def ascii_fold(text: str) -> str:
    """Strip accents for usernames: 'Gonçalves' -> 'goncalves' (non-Latin letters dropped)."""
    text = text.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    text = text.replace("đ", "d").replace("Đ", "D").replace("ß", "ss").replace("ı", "i")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii()).lower()


def username_for(name: Name, rng: random.Random, taken: set[str]) -> str:
    """A plausible, unique Instagram/X style username for a genuine person."""
    g = "".join(c for c in ascii_fold(name.given) if c.isalnum())
    f = "".join(c for c in ascii_fold(name.family) if c.isalnum())
    nick = "".join(c for c in ascii_fold(name.nickname) if c.isalnum())
    hobby = rng.choice(
        [
            "bakes",
            "music",
            "eats",
            "travels",
            "design",
            "photo",
            "runs",
            "draws",
            "reads",
            "plants",
            "coffee",
            "vinyl",
            "knits",
            "codes",
        ]
    )
    patterns = [
        f"{g}.{f}",
        f"{g}_{f}",
        f"{g}{f}",
        f"{nick}{f[:1]}",
        f"{g}.{f[:1]}",
        f"{f}.{g}",
        f"{nick}_{hobby}",
        f"{g}{rng.randint(1, 99)}",
        f"the.{nick}",
        f"{g}_{f}_",
        f"{nick}.{f}{rng.randint(80, 99)}",
        f"{g[:1]}{f}",
    ]
    for _ in range(40):
        cand = rng.choice(patterns)[:30].strip(".")
        if cand and cand not in taken:
            taken.add(cand)
            return cand
    cand = f"{g}{f}{rng.randint(100, 9999)}"
    while cand in taken:
        cand = f"{g}{f}{rng.randint(100, 99999)}"
    taken.add(cand)
    return cand
