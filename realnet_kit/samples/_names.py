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
# culture -> (feminine given names, masculine given names, family names). The family
# names are long enough to be split three ways (see :func:`world_families`), so that each
# sample business draws its own people and two businesses' casts never share a name.
CULTURES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "english": (
        ["Emma", "Olivia", "Hannah", "Grace", "Chloe", "Lucy", "Megan", "Sophie", "Abigail",
         "Harriet", "Rosie", "Jessica", "Katie", "Eleanor", "Amy", "Charlotte", "Bethany",
         "Gemma", "Rachel", "Lauren", "Holly", "Imogen", "Freya", "Poppy", "Isla", "Alice",
         "Jodie", "Kirsty", "Leanne", "Natalie", "Philippa", "Tamsin", "Zara", "Heather",
         "Joanne", "Vicky", "Helen", "Sian", "Morwenna", "Bryony", "Esme", "Ruth", "Nell",
         "Daisy", "Maisie", "Jade", "Kerry", "Fiona"],
        ["James", "Oliver", "Harry", "Jack", "Thomas", "William", "George", "Daniel", "Samuel",
         "Alfie", "Callum", "Ben", "Matthew", "Rory", "Luke", "Joe", "Adam", "Nathan", "Ryan",
         "Craig", "Gareth", "Owen", "Dylan", "Kieran", "Liam", "Toby", "Felix", "Archie",
         "Ollie", "Stuart", "Neil", "Graham", "Martin", "Robin", "Alastair", "Hugh", "Ewan",
         "Jamie", "Dominic", "Patrick", "Simon", "Reece", "Tyler", "Mark", "Paul", "Ian",
         "Rhys", "Elliot"],
        ["Smith", "Taylor", "Brown", "Walker", "Hughes", "Wright", "Edwards", "Green", "Hall",
         "Wood", "Clarke", "Turner", "Baxter", "Fletcher", "Pemberton", "Ashworth", "Robinson",
         "Thompson", "Harrison", "Jackson", "Holmes", "Barker", "Sutcliffe", "Haigh",
         "Ackroyd", "Crowther", "Hirst", "Holroyd", "Lockwood", "Firth", "Broadbent",
         "Greenwood", "Dawson", "Marsden", "Pickles", "Atkinson", "Cooper", "Davies", "Evans",
         "Price", "Morgan", "Hopkins", "Tucker", "Payne", "Coles", "Veale", "Bishop",
         "Chambers", "Lambert", "Hancock", "Pearce", "Bennett", "Webb", "Jenkins", "Gould",
         "Lovell", "Whitfield", "Kendrick", "Hodgson", "Bolton", "Kershaw", "Ogden",
         "Butterworth", "Hargreaves", "Whittaker", "Schofield", "Entwistle", "Heywood",
         "Platt", "Riley", "Stott", "Worrall", "Nuttall", "Mellor", "Fielding", "Cartwright",
         "Shaw", "Hamer", "Howarth", "Rothwell", "Sharples", "Tattersall"],
    ),
    "portuguese": (
        ["Inês", "Beatriz", "Mariana", "Leonor", "Joana", "Camila", "Luísa", "Conceição",
         "Fernanda", "Thaís", "Rita", "Catarina", "Sofia", "Matilde", "Raquel", "Filipa",
         "Graça", "Teresa"],
        ["João", "Tiago", "Gonçalo", "Rafael", "Afonso", "Luís", "André", "Vinícius", "Caio",
         "Sebastião", "Duarte", "Rodrigo", "Nuno", "Bernardo", "Miguel", "Ricardo", "Pedro",
         "Hugo"],
        ["Carvalho", "Gonçalves", "Ferreira", "Pereira", "Magalhães", "Araújo", "Simões",
         "Brandão", "Assunção", "Lopes", "Nogueira", "Sousa", "Oliveira", "Rodrigues",
         "Marques", "Pinto", "Teixeira", "Moreira", "Correia", "Mendes", "Ribeiro", "Fonseca",
         "Cardoso", "Antunes", "Tavares", "Machado", "Rebelo", "Vasconcelos", "Quintela",
         "Barros"],
    ),
    "spanish": (
        ["Lucía", "Sofía", "Valentina", "Ximena", "Guadalupe", "María José", "Ana", "Renata",
         "Itziar", "Begoña", "Carmen", "Elena", "Pilar", "Nerea", "Alba", "Irene"],
        ["Mateo", "Santiago", "Alejandro", "Joaquín", "Iñaki", "Diego", "Andrés", "Rubén",
         "Óscar", "Ramón", "Javier", "Pablo", "Sergio", "Álvaro", "Jorge", "Marcos"],
        ["García", "Martínez", "Núñez", "Ibáñez", "Rodríguez", "Peña", "Castillo", "Muñoz",
         "Ortega", "Etxeberria", "Jiménez", "Sánchez", "Romero", "Navarro", "Torres",
         "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Blanco", "Molina", "Delgado",
         "Morales", "Suárez", "Herrera", "Aguirre", "Vidal"],
    ),
    "french": (
        ["Chloé", "Léa", "Manon", "Camille", "Zoé", "Océane", "Hélène", "Maëlle", "Amélie",
         "Juliette", "Margaux", "Élodie", "Pauline", "Aurélie"],
        ["Léo", "Hugo", "Théo", "Mathéo", "Noé", "Jérôme", "François", "Loïc", "Benoît",
         "Julien", "Antoine", "Guillaume", "Rémi", "Baptiste"],
        ["Lefèvre", "Dubois", "Moreau", "Girard", "Fournier", "Rousseau", "Bérard", "Lemaître",
         "Chevalier", "Gauthier", "Lambert", "Bonnet", "Mercier", "Faure", "André", "Blanchard",
         "Garnier", "Perrin", "Roussel", "Caron", "Masson", "Marchand", "Duval", "Leroux"],
    ),
    "german": (
        ["Lena", "Jana", "Jördis", "Katharina", "Mareike", "Anneliese", "Svenja", "Franziska",
         "Johanna", "Lisa", "Friederike", "Ulrike", "Greta", "Carla"],
        ["Jürgen", "Lukas", "Felix", "Maximilian", "Jonas", "Björn", "Tobias", "Matthias",
         "Florian", "Stefan", "Moritz", "Niklas", "Sebastian", "Henrik"],
        ["Müller", "Schröder", "Becker", "Weiß", "Krüger", "Hoffmann", "Schäfer", "Vogel",
         "Brandt", "Köhler", "Schmidt", "Fischer", "Wagner", "Zimmermann", "Hartmann",
         "Lehmann", "Schwarz", "Neumann", "Schmitt", "Wolf", "Braun", "Krause", "Richter",
         "Scholz"],
    ),
    "polish": (
        ["Agnieszka", "Małgorzata", "Zofia", "Katarzyna", "Joanna", "Weronika", "Aleksandra",
         "Magdalena", "Monika", "Ewa", "Natalia", "Dorota", "Karolina"],
        ["Tomasz", "Paweł", "Łukasz", "Krzysztof", "Michał", "Wojciech", "Jędrzej", "Piotr",
         "Marcin", "Grzegorz", "Jakub", "Bartosz", "Przemysław"],
        ["Wójcik", "Kowalczyk", "Nowak", "Szymański", "Zieliński", "Lewandowski", "Dąbrowski",
         "Woźniak", "Szczepański", "Kamiński", "Kowalski", "Jankowski", "Mazur", "Krawczyk",
         "Piotrowski", "Grabowski", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński",
         "Wróbel", "Chrzanowski", "Brzeziński"],
    ),
    "nigerian": (
        ["Adaeze", "Chiamaka", "Folake", "Ngozi", "Temitope", "Oluwaseun", "Ifeoma", "Yetunde",
         "Bisola", "Funmilayo", "Nneka", "Zainab", "Amara", "Kemi"],
        ["Chinedu", "Emeka", "Babatunde", "Olumide", "Tobenna", "Kelechi", "Ayodele", "Segun",
         "Femi", "Obinna", "Ikenna", "Dapo", "Tunde", "Uche"],
        ["Okafor", "Adeyemi", "Nwosu", "Okonkwo", "Balogun", "Eze", "Oyelaran", "Ogunleye",
         "Adebayo", "Ibekwe", "Okoye", "Afolabi", "Oladipo", "Nnamdi", "Chukwu", "Onyeka",
         "Adewale", "Ogundipe", "Obi", "Akande", "Uzor"],
    ),
    "ghanaian": (
        ["Akosua", "Efua", "Abena", "Adjoa", "Esi", "Ama", "Afia", "Yaa", "Akua", "Araba"],
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo", "Kwaku", "Kwesi", "Fiifi", "Nana", "Ekow"],
        ["Mensah", "Owusu", "Asante", "Boateng", "Appiah", "Osei", "Agyeman", "Ansah",
         "Darko", "Addo", "Amoah", "Frimpong", "Ofori", "Quaye", "Tetteh", "Antwi", "Bonsu",
         "Acheampong"],
    ),
    "indian": (
        ["Priya", "Ananya", "Lakshmi", "Deepika", "Kavya", "Meenakshi", "Aishwarya", "Nandini",
         "Shreya", "Pooja", "Divya", "Sneha", "Anjali", "Radhika"],
        ["Arjun", "Rohan", "Vikram", "Karthik", "Siddharth", "Aditya", "Rahul", "Sanjay",
         "Nikhil", "Varun", "Anand", "Harish", "Pranav", "Suresh"],
        ["Natarajan", "Sharma", "Iyer", "Reddy", "Krishnan", "Menon", "Chatterjee", "Pillai",
         "Gupta", "Subramanian", "Patel", "Mistry", "Desai", "Joshi", "Kapoor", "Banerjee",
         "Nair", "Rao", "Mehta", "Shah", "Verma", "Bhatt", "Kulkarni", "Chauhan"],
    ),
    "pakistani": (
        ["Ayesha", "Fatima", "Sana", "Hira", "Maryam", "Amna", "Nadia", "Saima", "Rabia",
         "Iqra", "Shazia", "Farah"],
        ["Imran", "Bilal", "Usman", "Asif", "Adeel", "Faisal", "Kashif", "Zubair", "Tariq",
         "Hassan", "Shahid", "Waqas"],
        ["Hussain", "Khan", "Akhtar", "Mahmood", "Iqbal", "Rashid", "Qureshi", "Butt",
         "Chaudhry", "Malik", "Siddiqui", "Aslam", "Anwar", "Javed", "Rehman", "Sadiq",
         "Nawaz", "Latif", "Bashir", "Yousaf", "Saleem"],
    ),
    "somali": (
        ["Hodan", "Amina", "Faadumo", "Hibaaq", "Sahra", "Ubah", "Nimco", "Ifrah", "Deeqa"],
        ["Abdi", "Mohamed", "Abdirahman", "Liban", "Yusuf", "Hamse", "Mahad", "Ayaan", "Guled"],
        ["Warsame", "Farah", "Hassan", "Jama", "Abdullahi", "Osman", "Egal", "Ismail", "Nur",
         "Aden", "Dualeh", "Samatar", "Elmi", "Hersi", "Omar"],
    ),
    "caribbean": (
        ["Marcia", "Beverley", "Sharon", "Shanice", "Tanisha", "Jolene", "Simone", "Precious"],
        ["Winston", "Delroy", "Errol", "Clive", "Marlon", "Leroy", "Devon", "Courtney"],
        ["Campbell", "Francis", "Grant", "Bailey", "Reid", "Thomas", "Gordon", "Stewart",
         "Henry", "Christie", "Forbes", "Lindo", "McKenzie", "Bryan", "Dacres"],
    ),
    "chinese": (
        ["Mei", "Xiaoling", "Yuting", "Jiayi", "Wenjing", "Lin", "Xinyi", "Ruoxi", "Shu"],
        ["Wei", "Jun", "Hao", "Zhiwei", "Yichen", "Bo", "Chen", "Zihan", "Kai"],
        ["Wang", "Li", "Zhang", "Chen", "Liu", "Huang", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
         "Guo", "He", "Lin", "Luo", "Gao", "Zheng"],
    ),
    "japanese": (
        ["Yui", "Haruka", "Aiko", "Sakura", "Mio", "Naoko", "Emi", "Kana"],
        ["Haruto", "Kenji", "Takumi", "Ren", "Daisuke", "Shota", "Yuto", "Kazuki"],
        ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Nakamura", "Kobayashi", "Ito",
         "Yamamoto", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue"],
    ),
    "korean": (
        ["Ji-woo", "Seo-yeon", "Min-ji", "Ha-eun", "Soo-ah", "Ye-jin", "Da-eun"],
        ["Min-jun", "Ji-ho", "Seo-jun", "Do-yun", "Hyun-woo", "Jae-won", "Tae-yang"],
        ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Han", "Oh",
         "Seo", "Shin", "Kwon", "Hwang"],
    ),
    "arabic": (
        ["Layla", "Yasmin", "Noor", "Mariam", "Salma", "Rania", "Huda", "Dina", "Lina"],
        ["Omar", "Karim", "Youssef", "Tariq", "Hamza", "Bilal", "Samir", "Khaled", "Ziad"],
        ["Haddad", "Nasser", "Khalil", "Mansour", "El-Amin", "Farouk", "Saleh", "Darwish",
         "Hamdan", "Aziz", "Sabbagh", "Kanaan", "Barakat", "Jaber", "Suleiman", "Ghanem",
         "Awad", "Yassin"],
    ),
    "turkish": (
        ["Elif", "Zeynep", "Ayşe", "Gülşen", "Büşra", "Merve", "Ebru"],
        ["Emre", "Barış", "Oğuz", "Mehmet", "Çağlar", "Burak", "Serkan"],
        ["Yılmaz", "Öztürk", "Çelik", "Şahin", "Aydın", "Kılıç", "Demir", "Kaya", "Doğan",
         "Arslan", "Koç", "Kurt", "Özdemir", "Polat", "Erdoğan"],
    ),
    "greek": (
        ["Eleni", "Katerina", "Sofia", "Dimitra", "Ioanna", "Vasiliki", "Georgia"],
        ["Giorgos", "Nikos", "Kostas", "Yannis", "Stavros", "Dimitris", "Panos"],
        ["Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis", "Vlachos", "Oikonomou",
         "Pappas", "Makris", "Christodoulou", "Antoniou", "Ioannidis", "Dimitriou",
         "Konstantinou", "Alexiou", "Stavrou"],
    ),
    "slavic": (
        ["Anastasia", "Olena", "Kateryna", "Daria", "Svetlana", "Irina", "Yulia", "Oksana"],
        ["Dmytro", "Oleksandr", "Sergei", "Andriy", "Nikolai", "Ivan", "Taras", "Bohdan"],
        ["Kovalenko", "Shevchenko", "Petrov", "Bondarenko", "Ivanov", "Melnyk", "Sokolov",
         "Tkachenko", "Kravchenko", "Boyko", "Lysenko", "Marchenko", "Rudenko", "Savchenko",
         "Moroz", "Pavlenko", "Hnatyuk", "Kozak"],
    ),
    "georgian": (
        ["Nino", "Tamar", "Mariam", "Ketevan", "Salome"],
        ["Giorgi", "Davit", "Levan", "Irakli", "Zurab"],
        ["Beridze", "Mtsvrtneli", "Kvaratskhelia", "Gelashvili", "Tskhvitava", "Jgerenaia",
         "Mchedlishvili", "Lomtadze", "Kvrivishvili", "Tsertsvadze", "Chkheidze",
         "Mgeladze"],
    ),
    "vietnamese": (
        ["Linh", "Ngọc", "Thảo", "Phương", "Hương", "Trang", "Mai"],
        ["Minh", "Đức", "Quang", "Tuấn", "Huy", "Long", "Khang"],
        ["Nguyễn", "Trần", "Lê", "Phạm", "Võ", "Đặng", "Hoàng", "Huỳnh", "Phan", "Vũ", "Bùi",
         "Đỗ", "Hồ", "Ngô", "Dương"],
    ),
    "nordic": (
        ["Ingrid", "Åsa", "Sigrid", "Maja", "Solveig", "Frida", "Linnea", "Astrid"],
        ["Søren", "Magnus", "Håkon", "Anders", "Eirik", "Bjørn", "Lars", "Henrik"],
        ["Lindqvist", "Håkansson", "Sørensen", "Berg", "Nyström", "Øvergaard", "Dahl",
         "Johansson", "Andersen", "Lund", "Holm", "Eriksson", "Nilsen", "Larsen", "Strand",
         "Bergström", "Halvorsen", "Lindgren"],
    ),
    "irish": (
        ["Aoife", "Siobhán", "Niamh", "Róisín", "Caoimhe", "Clodagh", "Orla", "Sinéad",
         "Aisling", "Gráinne"],
        ["Seán", "Cian", "Oisín", "Pádraig", "Darragh", "Conor", "Ciarán", "Eoin", "Fionn",
         "Colm"],
        ["Ó Briain", "Murphy", "Kelly", "O'Sullivan", "Ní Bhriain", "Doyle", "McCarthy",
         "Byrne", "Walsh", "O'Brien", "Ryan", "O'Connor", "Gallagher", "Quinn", "Brennan",
         "Flanagan", "Nolan", "Kavanagh", "Fitzgerald", "Donnelly", "Keane", "Moran"],
    ),
    "persian": (
        ["Shirin", "Parisa", "Nasrin", "Maryam", "Leila", "Roya", "Azadeh"],
        ["Dariush", "Reza", "Kourosh", "Arash", "Babak", "Farhad", "Navid"],
        ["Tehrani", "Rahimi", "Moradi", "Kazemi", "Jafari", "Hosseini", "Karimi", "Ahmadi",
         "Sadeghi", "Rostami", "Shirazi", "Ebrahimi", "Amini", "Mohammadi", "Bagheri"],
    ),
}

# A second batch of the pools, written so that a crowd of thousands holds as few
# namesakes as a real one: real populations spread over thousands of family names,
# so two strangers rarely share a whole name (a few "James Smith"s, not dozens).
# culture -> (feminine given names, masculine given names, family names); merged into
# CULTURES below, names already there skipped.
MORE_NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "english": (
        ["Amelia", "Ava", "Mia", "Ella", "Evie", "Florence", "Matilda", "Phoebe", "Scarlett",
         "Ruby", "Millie", "Lily", "Sienna", "Harper", "Willow", "Ivy", "Elsie", "Martha",
         "Beatrice", "Rebecca", "Victoria", "Sarah", "Laura", "Emily", "Kate", "Anna", "Caroline",
         "Claire", "Louise", "Nicola", "Samantha", "Stephanie", "Tracey", "Donna", "Julie",
         "Karen", "Lisa", "Michelle", "Paula", "Sally", "Wendy", "Hayley", "Kelly", "Danielle",
         "Catherine", "Elizabeth", "Margaret", "Jennifer", "Rebekah", "Georgia", "Jasmine",
         "Mollie", "Ellie", "Tilly", "Lottie", "Penny", "Beth", "Carys", "Ffion", "Lowri", "Elin",
         "Cerys", "Bronwen", "Rhiannon", "Kayleigh", "Stacey", "Jenna", "Leah", "Naomi", "Miriam",
         "Judith", "Pauline", "Gillian", "Hilary", "Sheila", "Maureen", "Janet", "Susan", "Lydia",
         "Clara", "Edith", "Agnes", "Iris", "Mabel", "Hattie", "Verity", "Honor", "Thea",
         "Cassie", "Becky", "Fran", "Kirsten", "Lorna", "Marion", "Rosemary", "Yvonne", "Gail",
         "Denise", "Carol"],
        ["Jacob", "Joshua", "Charlie", "Henry", "Noah", "Leo", "Oscar", "Arthur", "Freddie",
         "Theo", "Isaac", "Max", "Edward", "Jake", "Lewis", "Connor", "Joseph", "Harvey", "Mason",
         "Ethan", "Alexander", "Benjamin", "Christopher", "Andrew", "Richard", "Stephen",
         "Anthony", "Michael", "David", "Peter", "John", "Robert", "Nicholas", "Jonathan",
         "Timothy", "Philip", "Gary", "Lee", "Wayne", "Darren", "Carl", "Dean", "Kevin", "Keith",
         "Colin", "Trevor", "Barry", "Derek", "Malcolm", "Nigel", "Russell", "Scott", "Shaun",
         "Jordan", "Bradley", "Aaron", "Kyle", "Jason", "Brandon", "Harrison", "Louis",
         "Sebastian", "Rupert", "Hamish", "Angus", "Fraser", "Duncan", "Gethin", "Iwan", "Huw",
         "Aled", "Dafydd", "Emlyn", "Bryn", "Cai", "Jasper", "Barnaby", "Edmund", "Alfred",
         "Reuben", "Stanley", "Albert", "Frank", "Jude", "Ralph", "Miles", "Ross", "Grant",
         "Glen", "Dale", "Gordon", "Roger", "Geoffrey", "Howard", "Leonard", "Norman", "Vincent",
         "Spencer", "Warren", "Marcus"],
        ["Allen", "Armitage", "Ashton", "Bagshaw", "Bainbridge", "Bamford", "Barraclough",
         "Barrett", "Bates", "Beaumont", "Beckett", "Bentley", "Binns", "Birch", "Blackburn",
         "Blakey", "Booth", "Bradley", "Bradshaw", "Bramley", "Brearley", "Briggs", "Brook",
         "Brooksbank", "Buckley", "Burgess", "Butler", "Carter", "Catterall", "Chadwick",
         "Chapman", "Clayton", "Clegg", "Collier", "Collins", "Cowling", "Crabtree", "Cross",
         "Dalton", "Denton", "Dickinson", "Dixon", "Dobson", "Duckworth", "Dyson", "Eastwood",
         "Ellis", "Emmott", "Farrar", "Fawcett", "Fenton", "Fisher", "Foster", "Fowler",
         "Garside", "Gaunt", "Gibson", "Gledhill", "Goodall", "Gough", "Graham", "Gregson",
         "Hague", "Haley", "Halstead", "Hampson", "Hanson", "Hardcastle", "Hardy", "Harper",
         "Hartley", "Haworth", "Hebden", "Hepworth", "Hewitt", "Hey", "Hill", "Hinchliffe",
         "Hodgkinson", "Holden", "Holt", "Horsfall", "Houghton", "Hudson", "Hutchinson",
         "Ibbotson", "Illingworth", "Ingham", "Jagger", "Jowett", "Kay", "Kenyon", "Kitching",
         "Knowles", "Lawson", "Laycock", "Leach", "Lee", "Lister", "Longbottom", "Lund-Wilson",
         "Mallinson", "Mann", "Marshall", "Mason", "Metcalfe", "Midgley", "Milner", "Mitchell",
         "Moorhouse", "Naylor", "Newsome", "Nicholson", "Noble", "Normington", "Oldroyd", "Owen",
         "Parkin", "Parkinson", "Pearson", "Pickering", "Pollard", "Potts", "Priestley",
         "Ramsden", "Redfern", "Rhodes", "Richardson", "Rushworth", "Sagar", "Scargill", "Senior",
         "Sharp", "Shepherd", "Sidebottom", "Simpson", "Slater", "Smithson", "Spencer",
         "Stansfield", "Stephenson", "Sugden", "Sykes", "Tempest", "Thornton", "Tolson",
         "Townend", "Varley", "Waddington", "Wainwright", "Walsh-Taylor", "Ward", "Waterhouse",
         "Watson", "Whiteley", "Wilkinson", "Wilson", "Womersley", "Wormald", "Wrigley", "Yates",
         "Abbott", "Andrews", "Avery", "Baker", "Ball", "Barnes", "Barton", "Bell", "Blackmore",
         "Bond", "Bowden", "Bowen", "Brewer", "Bryant", "Burrows", "Cann", "Carpenter", "Chubb",
         "Clapp", "Coombes", "Cornish", "Crocker", "Daw", "Dennis", "Dyer", "Eddy", "Ellery",
         "Facey", "Ford", "Frost", "Gale", "Gay", "Gill", "Glanville", "Goss", "Hambly",
         "Harding", "Harvey", "Hawke", "Hext", "Hooper", "Hosking", "Hunt", "Isaac", "James",
         "Jewell", "Kitto", "Lane", "Luscombe", "Mabey", "Martin", "May", "Mitchell-Rowe",
         "Moyle", "Nancarrow", "Northcott", "Oliver", "Palmer", "Parsons", "Penrose", "Perry",
         "Phillips", "Pook", "Quick", "Rawle", "Reed", "Rowe", "Sampson", "Searle", "Skinner",
         "Snell", "Stevens", "Tamblyn", "Thorne", "Tremayne", "Trewin", "Vosper", "Ware",
         "Warren", "Westlake", "Widdicombe", "Yeo", "Ainsworth", "Aspinall", "Barlow", "Berry",
         "Birtwistle", "Boardman", "Bradbury", "Brierley", "Calderbank", "Chorlton", "Clough",
         "Cowburn", "Crompton", "Dearden", "Eccles", "Fairhurst", "Farnworth", "Gaskell",
         "Greenhalgh", "Grundy", "Haslam", "Higson", "Hindle", "Holcroft", "Hulme", "Kay-Jones",
         "Lees", "Leigh", "Livesey", "Lomax", "Mather", "Molyneux", "Openshaw", "Partington",
         "Pilling", "Pomfret", "Ramsbottom", "Rigby", "Scholes", "Shuttleworth", "Siddall",
         "Southworth", "Standring", "Starkie", "Swarbrick", "Tyldesley", "Unsworth", "Walmsley",
         "Warburton", "Whalley", "Wolstenholme", "Worsley", "Yarwood", "Adams", "Bailey-Hunt",
         "Chandler", "Cole", "Dean", "Fox", "Hayes", "Hughes-Lloyd", "Knight", "Lloyd", "Mills",
         "Moss", "Nash", "Pritchard", "Rees", "Sanders", "Sutton", "Vaughan", "Wells", "West",
         "Wheeler", "Williams", "Young"],
    ),
    "portuguese": (
        ["Ana", "Margarida", "Carolina", "Madalena", "Francisca", "Constança", "Benedita",
         "Marta", "Patrícia", "Sara", "Daniela", "Cláudia", "Helena", "Isabel", "Lúcia", "Rosa",
         "Fátima", "Manuela", "Gabriela", "Larissa", "Letícia", "Juliana", "Bianca", "Aline",
         "Vitória", "Alice", "Clara", "Yasmin", "Lara", "Rosário", "Glória", "Irene", "Mafalda",
         "Tatiana", "Jéssica", "Adriana", "Cristina", "Eduarda", "Luana", "Mirela", "Nádia",
         "Olívia", "Priscila", "Sónia", "Vera"],
        ["Francisco", "Santiago", "Martim", "Tomás", "Simão", "Diogo", "Henrique", "Gustavo",
         "Lucas", "Gabriel", "Guilherme", "Leonardo", "Matheus", "Felipe", "Bruno", "Paulo",
         "Carlos", "Jorge", "Manuel", "António", "José", "Fernando", "Rui", "Vasco", "Filipe",
         "Marcelo", "Rogério", "Sérgio", "Vítor", "Alexandre", "Fábio", "Daniel", "Renato",
         "Thiago", "Otávio", "Armando", "César", "Edgar", "Gil", "Hélio", "Joaquim", "Leandro",
         "Mário", "Norberto", "Raul", "Valter", "Emanuel"],
        ["Almeida", "Alves", "Amaral", "Azevedo", "Baptista", "Bastos", "Batista", "Cabral",
         "Caldeira", "Campos", "Castro", "Coelho", "Costa", "Cruz", "Cunha", "Dias", "Domingues",
         "Esteves", "Faria", "Fernandes", "Figueiredo", "Franco", "Freitas", "Garcia", "Gomes",
         "Guerra", "Henriques", "Jesus", "Leal", "Leite", "Lima", "Lourenço", "Macedo", "Maia",
         "Martins", "Matos", "Medeiros", "Melo", "Miranda", "Monteiro", "Morais", "Moura",
         "Neves", "Nunes", "Paiva", "Peixoto", "Pires", "Queirós", "Ramos", "Reis", "Rocha", "Sá",
         "Salgado", "Santos", "Seabra", "Serra", "Silva", "Silveira", "Soares", "Tomé", "Valente",
         "Vaz", "Veloso", "Vieira", "Xavier", "Aguiar", "Andrade", "Barbosa", "Borges", "Brito",
         "Calado", "Carneiro", "Cordeiro", "Couto", "Duarte", "Fontes", "Freire", "Frias",
         "Galvão", "Godinho", "Guimarães", "Jardim", "Lacerda", "Loureiro", "Madeira", "Meireles",
         "Mota", "Nascimento", "Pacheco", "Pestana", "Prates", "Raposo", "Resende", "Sampaio",
         "Saraiva", "Sequeira", "Taveira", "Valadares", "Viana"],
    ),
    "spanish": (
        ["Paula", "Laura", "Marta", "Andrea", "Claudia", "Sara", "Julia", "Noelia", "Cristina",
         "Rocío", "Montserrat", "Inmaculada", "Consuelo", "Esperanza", "Lorena", "Daniela",
         "Fernanda", "Camila", "Mónica", "Raquel"],
        ["Hugo", "Manuel", "Daniel", "Adrián", "David", "Carlos", "Miguel", "Iker", "Unai",
         "Gonzalo", "Ignacio", "Fernando", "Rafael", "Emilio", "Tomás", "Agustín", "Esteban",
         "Julián", "Héctor", "Francisco"],
        ["López", "Pérez", "González", "Fernández", "Gómez", "Díaz", "Hernández", "Álvarez",
         "Moreno", "Ruiz", "Alonso", "Gutiérrez", "Castro", "Ortiz", "Rubio", "Marín", "Sanz",
         "Iglesias", "Medina", "Garrido", "Cortés", "Castillo-Ruiz", "Lozano", "Guerrero", "Cano",
         "Prieto", "Méndez", "Calvo", "Gallego", "Vega", "Campos", "León", "Herrero", "Márquez",
         "Cabrera", "Flores", "Arroyo", "Bravo", "Pascual", "Santana", "Soler", "Crespo",
         "Fuentes", "Carrasco", "Caballero", "Nieto", "Aguilar", "Pastor", "Esteban", "Mora",
         "Vicente", "Ferrer", "Otxoa", "Zubizarreta", "Goikoetxea", "Arrieta"],
    ),
    "french": (
        ["Sarah", "Inès", "Louise", "Jade", "Lucie", "Clémence", "Mathilde", "Anaïs", "Émilie",
         "Céline", "Sandrine", "Nathalie", "Isabelle", "Sophie", "Claire", "Valérie", "Agathe",
         "Bérénice", "Capucine", "Solène"],
        ["Lucas", "Louis", "Gabriel", "Arthur", "Nathan", "Raphaël", "Thomas", "Maxime",
         "Alexandre", "Nicolas", "Sébastien", "Olivier", "Pierre", "Mathieu", "Adrien", "Romain",
         "Clément", "Florian", "Thibault", "Grégoire"],
        ["Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Leroy", "Simon",
         "Laurent", "Michel", "Garcia-Roux", "David", "Bertrand", "Morel", "Fontaine", "Guérin",
         "Boyer", "Lemoine", "Renard", "Brunet", "Picard", "Aubert", "Colin", "Vidal-Mercier",
         "Arnaud", "Barbier", "Meunier", "Brun", "Dumont", "Dupuis", "Lacroix", "Rolland",
         "Leclerc", "Poulain", "Gaillard", "Besson", "Hubert", "Carpentier", "Deschamps", "Noël",
         "Riviere", "Charpentier", "Marechal"],
    ),
    "german": (
        ["Anna", "Laura", "Sophie", "Marie", "Hannah", "Leonie", "Miriam", "Nadine", "Sabine",
         "Petra", "Claudia", "Kerstin", "Anja", "Birgit", "Heike", "Wiebke", "Antje", "Maren",
         "Ronja", "Lotte"],
        ["Paul", "Leon", "Finn", "Jan", "Tim", "Kai", "Dirk", "Uwe", "Thorsten", "Holger", "Sven",
         "Jens", "Markus", "Andreas", "Christian", "Alexander", "Philipp", "Benedikt",
         "Konstantin", "Malte"],
        ["Schulz", "Meyer", "Koch", "Bauer", "Klein", "Schneider", "Schmitz", "Lange", "Werner",
         "Krämer", "Peters", "Jung", "Hahn", "Keller", "Vogt", "Frank", "Berger", "Kaiser",
         "Fuchs", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Winkler", "Ludwig",
         "Sommer", "Haas", "Graf", "Heinrich", "Brandl", "Seidel", "Dietrich", "Kuhn", "Pohl",
         "Engel", "Horn", "Busch", "Bergmann", "Thomas-Kühn", "Voigt", "Sauer", "Arnold",
         "Ziegler", "Wolff", "Jäger", "Otto"],
    ),
    "polish": (
        ["Anna", "Maria", "Barbara", "Elżbieta", "Krystyna", "Iwona", "Justyna", "Paulina",
         "Marta", "Beata", "Sylwia", "Izabela", "Alicja", "Kinga", "Julia", "Oliwia", "Hanna",
         "Patrycja", "Agata", "Anita", "Bożena", "Danuta", "Emilia", "Halina", "Jadwiga",
         "Urszula", "Wiktoria", "Grażyna", "Lidia", "Edyta"],
        ["Adam", "Marek", "Andrzej", "Jan", "Stanisław", "Kamil", "Mateusz", "Dawid", "Szymon",
         "Rafał", "Robert", "Damian", "Dariusz", "Artur", "Sebastian", "Filip", "Igor", "Konrad",
         "Bogdan", "Czesław", "Eryk", "Hubert", "Janusz", "Karol", "Leszek", "Mirosław",
         "Norbert", "Radosław", "Tadeusz", "Zbigniew"],
        ["Wiśniewski", "Wójtowicz", "Kaczmarek", "Zając", "Sikora", "Baran", "Duda", "Szewczyk",
         "Tomaszewski", "Pietrzak", "Marciniak", "Wróblewski", "Zalewski", "Jakubowski",
         "Jasiński", "Zawadzki", "Sadowski", "Bąk", "Chmielewski", "Włodarczyk", "Borkowski",
         "Czarnecki", "Sawicki", "Sokołowski", "Urbański", "Kubiak", "Maciejewski", "Szczepaniak",
         "Kucharski", "Wilk", "Kalinowski", "Lis", "Mazurek", "Wysocki", "Adamczyk",
         "Kaźmierczak", "Ostrowski", "Górski", "Adamski", "Banaś", "Bielecki", "Cieślak",
         "Czerwiński", "Domański", "Dudek", "Gajewski", "Głowacki", "Jaworski", "Kołodziej",
         "Kozłowski", "Lewicki", "Malinowski", "Michalak", "Nowicki", "Olszewski", "Pawlak",
         "Przybylski", "Rutkowski", "Sobczak", "Stępień", "Szulc", "Walczak", "Witkowski", "Żak",
         "Kubacki", "Laskowski"],
    ),
    "nigerian": (
        ["Chidinma", "Adaora", "Ebere", "Oluchi", "Ifunanya", "Uchenna", "Titilayo", "Omolara",
         "Abimbola", "Adenike", "Morenike", "Damilola", "Halima", "Aisha", "Hauwa", "Bukola",
         "Ireti", "Eniola", "Adanna", "Chinwe", "Ebunoluwa", "Ijeoma", "Kehinde", "Modupe",
         "Nkechi", "Obiageli", "Simisola", "Yewande"],
        ["Chukwuemeka", "Nnamdi", "Ifeanyi", "Chidi", "Oluwafemi", "Adewale", "Kayode", "Gbenga",
         "Adekunle", "Yusuf", "Ibrahim", "Musa", "Kunle", "Seyi", "Tosin", "Onyekachi", "Ebuka",
         "Chibuzo", "Adebola", "Chijioke", "Dayo", "Ekene", "Folarin", "Jide", "Kolawole",
         "Olamide", "Somto", "Wale"],
        ["Okeke", "Nwachukwu", "Eze-Okafor", "Okpara", "Anyanwu", "Nwankwo", "Obiora", "Ogunbiyi",
         "Adeleke", "Oyewole", "Fashola", "Bello", "Abubakar", "Danjuma", "Olatunji", "Adesina",
         "Okorie", "Udeh", "Ezeh", "Nwafor", "Adeoye", "Ajayi", "Alabi", "Oyebanji", "Olawale",
         "Ekwueme", "Iwu", "Mbah", "Agu", "Ogbonna", "Adegoke", "Akinola", "Aluko", "Egwu",
         "Ezeani", "Ibe", "Odukoya", "Ojo", "Okoro", "Olaniyan", "Onuoha", "Osagie", "Umeh"],
    ),
    "ghanaian": (
        ["Adwoa", "Afua", "Akofa", "Dzifa", "Efia", "Naa", "Korkor", "Aba", "Maame", "Serwaa",
         "Abla", "Akweley", "Ewurabena", "Kukua", "Mansa", "Nhyira", "Obaapa", "Yaaba"],
        ["Kwadwo", "Kwasi", "Kobina", "Ebo", "Kodzo", "Nii", "Kpakpo", "Yao", "Kweku", "Kwamena",
         "Kwamina", "Paa", "Kwaw", "Akwasi", "Kobby", "Ato", "Kwadjo", "Kwabla"],
        ["Adjei", "Amponsah", "Asamoah", "Badu", "Boakye", "Danquah", "Dankwa", "Gyamfi",
         "Kuffour", "Manu", "Nkrumah", "Nyarko", "Oduro", "Opoku", "Sarpong", "Wiredu", "Yeboah",
         "Agyei", "Akoto", "Annan", "Quartey", "Lamptey", "Sackey", "Adomako", "Adu", "Aidoo",
         "Ampofo", "Appiah-Kubi", "Bekoe", "Dadzie", "Essien", "Gyasi", "Kumi", "Mensah-Bonsu",
         "Nti", "Obeng", "Prempeh", "Twum"],
    ),
    "indian": (
        ["Aditi", "Isha", "Riya", "Neha", "Swati", "Tanvi", "Gayatri", "Revathi", "Sunita",
         "Padma", "Bhavana", "Harini", "Keerthana", "Madhuri", "Rekha", "Shweta", "Trisha",
         "Vidya", "Anusha", "Chitra", "Gauri", "Ishita", "Jyoti", "Lavanya", "Mansi", "Pallavi",
         "Sanjana", "Uma"],
        ["Amit", "Ravi", "Manoj", "Vivek", "Rajesh", "Kunal", "Arvind", "Deepak", "Gautam",
         "Sandeep", "Ashwin", "Venkat", "Prakash", "Srinivas", "Abhishek", "Rohit", "Ajay",
         "Mohan", "Aakash", "Dev", "Girish", "Hemant", "Jatin", "Kartik", "Lalit", "Naveen",
         "Rakesh", "Yash"],
        ["Agarwal", "Bose", "Das", "Dutta", "Ghosh", "Mukherjee", "Sen", "Chakraborty",
         "Ramachandran", "Venkatesan", "Sundaram", "Balakrishnan", "Raghavan", "Srinivasan",
         "Hegde", "Shetty", "Kamath", "Naidu", "Chowdary", "Varma", "Saxena", "Srivastava",
         "Tiwari", "Pandey", "Mishra", "Trivedi", "Parikh", "Thakkar", "Gill", "Sandhu",
         "Dhillon", "Grewal", "Malhotra", "Khanna", "Arora", "Bhatia", "Sethi", "Chopra",
         "Pillay", "Kurian", "Acharya", "Bajaj", "Chandra", "Dixit", "Goyal", "Iyengar", "Jain",
         "Lal", "Mathur", "Nambiar", "Oberoi", "Puri", "Rastogi", "Sinha", "Tandon", "Upadhyay",
         "Wadhwa"],
    ),
    "pakistani": (
        ["Zainab", "Sadia", "Mehwish", "Sidra", "Bushra", "Uzma", "Asma", "Nazia", "Samina",
         "Kiran", "Aliya", "Mahnoor", "Anum", "Sobia", "Rukhsana", "Tahira", "Noreen", "Humaira",
         "Aqsa", "Fiza", "Hafsa", "Javeria", "Komal", "Laiba", "Mahira", "Nimra", "Rida",
         "Sumaira", "Zara", "Ambreen"],
        ["Ali", "Ahmed", "Hamza", "Zeeshan", "Arif", "Nadeem", "Sajid", "Khalid", "Javed",
         "Rizwan", "Naveed", "Irfan", "Junaid", "Kamran", "Saqib", "Amjad", "Haroon", "Shoaib",
         "Adnan", "Babar", "Danish", "Ehsan", "Fahad", "Ghulam", "Ibrar", "Mudassar", "Owais",
         "Qasim", "Rehan", "Saad", "Taimur", "Umer", "Yasir", "Zain"],
        ["Ahmed", "Ali", "Raza", "Shah", "Abbasi", "Awan", "Bhatti", "Cheema", "Dar", "Ghani",
         "Hashmi", "Jamil", "Kazmi", "Mirza", "Mughal", "Naqvi", "Parvez", "Rafiq", "Rana",
         "Riaz", "Sheikh", "Tahir", "Zaman", "Zafar", "Arshad", "Aziz-Khan", "Hanif", "Ilyas",
         "Kiani", "Lodhi", "Majeed", "Nasir", "Qadir", "Sabir", "Shafiq", "Younis", "Waheed",
         "Ashraf", "Farooq", "Hameed", "Abbas", "Afzal", "Akram", "Alam", "Anjum", "Ashfaq",
         "Bukhari", "Durrani", "Ghafoor", "Gillani", "Hamid", "Haq", "Jabbar", "Karim", "Masood",
         "Memon", "Niazi", "Qazi", "Rauf", "Rizvi", "Saeed", "Shahzad", "Sultan", "Usmani",
         "Wahid", "Yaqoob", "Zahid", "Mehmood", "Sarwar", "Shabbir"],
    ),
    "somali": (
        ["Khadra", "Hawa", "Asha", "Sagal", "Ladan", "Filsan", "Idil", "Muna", "Suad", "Anisa",
         "Caasha", "Fartun", "Hamdi", "Istar", "Kaltun", "Maryan", "Naima", "Rahma", "Zamzam",
         "Shukri"],
        ["Ahmed", "Ali", "Omar", "Farhan", "Bashir", "Abdikarim", "Said", "Ilyas", "Mukhtar",
         "Khalid", "Cabdi", "Daahir", "Ismaaciil", "Jibril", "Mustafe", "Salaad", "Xuseen",
         "Bile", "Sharmarke", "Cumar"],
        ["Ali", "Mohamud", "Yusuf", "Ahmed", "Dahir", "Gedi", "Haji", "Ibrahim", "Mohamed",
         "Shire", "Abdi", "Warfa", "Hussein", "Olad", "Guled", "Abdille", "Awale", "Bihi", "Adan",
         "Barre", "Cali", "Duale", "Geedi", "Hirsi", "Isse", "Kahin", "Madar", "Mire", "Nuur",
         "Qaasim", "Raage", "Sheekh", "Tahlil", "Yasin", "Xasan", "Faarax", "Gaas", "Jimcaale"],
    ),
    "caribbean": (
        ["Claudette", "Paulette", "Yolanda", "Natasha", "Kerry-Ann", "Andrea", "Shauna",
         "Patrice", "Monique", "Janelle", "Sonia", "Audrey", "Hyacinth", "Jacqueline", "Pearl",
         "Kadian", "Tameka", "Keisha", "Latoya", "Gloria", "Sherine", "Marva"],
        ["Desmond", "Lloyd", "Wesley", "Everton", "Fitzroy", "Neville", "Garfield", "Jermaine",
         "Andre", "Dwayne", "Clifton", "Horace", "Lennox", "Kemar", "Omari", "Tyrone", "Carlton",
         "Vernon", "Rudolph", "Roy", "Delano", "Nathaniel"],
        ["Brown-Lewis", "Powell", "Williams-Grant", "Morgan", "Richards", "Edwards-Hall",
         "Clarke", "Johnson", "Robinson", "Scott", "Walters", "Ferguson", "Hylton", "Samuels",
         "Gayle", "Wright", "Barnett", "Palmer", "Chambers", "Spence", "Hinds", "Lawrence",
         "Anderson", "Barrett", "Blake", "Bogle", "Coke", "Dixon", "Ellis", "Facey", "Findlay",
         "Foster", "Gooden", "Haughton", "Hibbert", "Jarrett", "Lawes", "Malcolm", "McFarlane",
         "Miller", "Mitchell", "Nelson", "Patterson", "Pryce", "Rowe", "Shaw", "Simpson",
         "Sinclair", "Smart", "Tomlinson", "Vassell", "Watson", "Whyte", "Wilson", "Young",
         "Buchanan", "Beckford", "Ebanks"],
    ),
    "chinese": (
        ["Yan", "Jing", "Hui", "Fang", "Xiaomei", "Yuqi", "Zixuan", "Ying", "Qian", "Yuxin",
         "Siqi", "Wenwen", "Xue", "Huiling", "Jiaxin", "Meiling", "Shuang", "Tingting", "Xiaoyu",
         "Yawen", "Yiran", "Zhiruo", "Lanlan"],
        ["Ming", "Lei", "Yang", "Tao", "Peng", "Hao-ran", "Yifan", "Zhen", "Jian", "Qiang",
         "Xiang", "Yu", "Feng", "Bin", "Chenglong", "Guang", "Haoyu", "Jiahao", "Junjie",
         "Mingyu", "Shuai", "Tianyi", "Xiaolong", "Zhenyu"],
        ["Yang", "Wu", "Zhao", "Song", "Deng", "Han", "Feng", "Cao", "Peng", "Zeng", "Xiao",
         "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su",
         "Lu", "Ding", "Ren", "Shen", "Yao", "Tang", "Fan", "Fu", "Liang", "Qian", "Kong", "Mao",
         "Qiu", "Lei", "Xie", "Hou", "Shi", "Long", "Wan", "Duan", "Jin", "Lai", "Gong"],
    ),
    "japanese": (
        ["Yuki", "Misaki", "Ayaka", "Rina", "Nanami", "Hina", "Saki", "Mai", "Chihiro", "Asuka",
         "Ayumi", "Erika", "Fumiko", "Kaori", "Megumi", "Nozomi", "Rie", "Tomoko", "Yoko",
         "Momoka"],
        ["Hiroshi", "Takeshi", "Sota", "Riku", "Yusuke", "Koji", "Naoki", "Ryota", "Hayato",
         "Shun", "Akira", "Daiki", "Go", "Ichiro", "Kota", "Makoto", "Satoshi", "Tatsuya",
         "Yoshiki", "Kenta"],
        ["Kimura", "Hayashi", "Shimizu", "Yamazaki", "Mori", "Abe", "Ikeda", "Hashimoto",
         "Yamashita", "Ishikawa", "Nakajima", "Maeda", "Fujita", "Ogawa", "Goto", "Okada",
         "Hasegawa", "Murakami", "Aoki", "Fujii", "Fukuda", "Kondo", "Matsuda", "Miura", "Morita",
         "Nishimura", "Okamoto", "Sakamoto", "Takeda", "Ueda", "Uchida", "Endo", "Hara"],
    ),
    "korean": (
        ["Eun-ji", "Su-bin", "Yu-na", "Hye-jin", "So-yeon", "Ji-min", "Na-rae", "Bo-ram",
         "Chae-won", "Seo-hyun"],
        ["Joon-ho", "Sung-min", "Dong-hyun", "Jin-woo", "Sang-woo", "Woo-jin", "Ji-hoon",
         "Kyung-soo", "Min-ho", "Jun-seo"],
        ["Song", "Ahn", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Yang", "Son", "Bae", "Baek", "Heo",
         "Nam", "Noh", "Ha", "Kwak", "Sung", "Cha"],
    ),
    "arabic": (
        ["Amal", "Farah", "Hanan", "Reem", "Sara", "Zeina", "Nadine", "Maya", "Rasha", "Samira"],
        ["Ahmad", "Mahmoud", "Rami", "Fadi", "Nabil", "Walid", "Adel", "Sami", "Majid", "Yasser"],
        ["Haddadin", "Khoury", "Nassar", "Qasem", "Rahal", "Shadid", "Tamimi", "Zaher", "Bitar",
         "Chahine", "Daher", "Fakhoury", "Habib", "Issa", "Kassab", "Maalouf", "Najjar", "Rizk",
         "Salem", "Toma", "Zoghbi", "Hijazi", "Mousa", "Abboud"],
    ),
    "turkish": (
        ["Selin", "Ayla", "Esra", "Gizem", "İrem", "Seda", "Tuğba", "Damla", "Ece", "Yasemin"],
        ["Ahmet", "Mustafa", "Can", "Kerem", "Murat", "Tolga", "Onur", "Volkan", "Hakan", "Uğur"],
        ["Yıldız", "Yıldırım", "Aksoy", "Güneş", "Korkmaz", "Özkan", "Çetin", "Acar", "Bulut",
         "Tekin", "Karaca", "Ateş", "Erdem", "Ünal", "Güler", "Sezer", "Keskin", "Tuncer"],
    ),
    "greek": (
        ["Maria", "Anna", "Despina", "Chrysa", "Foteini", "Evangelia", "Athina", "Paraskevi",
         "Zoe", "Myrto"],
        ["Vasilis", "Christos", "Thanasis", "Michalis", "Alexandros", "Spyros", "Manolis",
         "Petros", "Lefteris", "Antonis"],
        ["Angelopoulos", "Kyriakou", "Michailidis", "Papanikolaou", "Theodorou", "Zervas",
         "Lambrou", "Koutsoukos", "Mavridis", "Pavlidis", "Sotiriou", "Tsakiris", "Vasileiou",
         "Xanthopoulos", "Raptis", "Stathopoulos", "Demetriou", "Floros"],
    ),
    "slavic": (
        ["Natalia", "Tetiana", "Iryna", "Maria", "Viktoria", "Alina", "Sofiia", "Khrystyna",
         "Yevheniia", "Larysa", "Galyna", "Liudmyla", "Nadiia", "Oleksandra", "Polina",
         "Roksolana", "Uliana", "Zoriana", "Marta", "Veronika"],
        ["Mykola", "Volodymyr", "Yurii", "Serhii", "Vitalii", "Maksym", "Artem", "Roman", "Denys",
         "Pavlo", "Yaroslav", "Ihor", "Oleh", "Vasyl", "Stepan", "Anatolii", "Kostiantyn",
         "Ruslan", "Valentyn", "Hryhorii"],
        ["Kovalchuk", "Polishchuk", "Tkachuk", "Oliinyk", "Kravets", "Shevchuk", "Honchar",
         "Lytvyn", "Romanenko", "Kuzmenko", "Havryliuk", "Zakharchenko", "Hrytsenko", "Fedorenko",
         "Vlasenko", "Kozlov", "Volkov", "Smirnov", "Bilyk", "Didenko", "Hrytsak", "Ivanenko",
         "Karpenko", "Klymenko", "Kovtun", "Levchenko", "Mykhailenko", "Nazarenko", "Ostapenko",
         "Prokopenko", "Semenko", "Stepanenko", "Tymoshenko", "Yurchenko", "Zinchenko",
         "Sydorenko"],
    ),
    "georgian": (
        ["Ana", "Natia", "Eka", "Lela", "Maia", "Sopho", "Khatia", "Lika", "Tamta", "Manana",
         "Ekaterine", "Mzia"],
        ["Nika", "Luka", "Gela", "Beka", "Tornike", "Shota", "Archil", "Dato", "Koba", "Lasha",
         "Nodar", "Revaz"],
        ["Kapanadze", "Gogichaishvili", "Abashidze", "Japaridze", "Kharaishvili", "Nozadze",
         "Bakradze", "Tsiklauri", "Lomidze", "Maisuradze", "Shengelia", "Gvenetadze", "Chikovani",
         "Dadiani", "Eristavi", "Gabunia", "Iashvili", "Jorjadze", "Kobakhidze", "Lordkipanidze",
         "Meskhi", "Natadze", "Orbeliani", "Papava"],
    ),
    "vietnamese": (
        ["Lan", "Hà", "Thu", "Hạnh", "Yến", "Nhung", "Vy", "Nhi", "Quỳnh", "Hoa"],
        ["Nam", "Hùng", "Dũng", "Thắng", "Bảo", "Phúc", "Trung", "Vinh", "Hải", "Sơn"],
        ["Trương", "Đinh", "Lâm", "Mai", "Lý", "Tạ", "Châu", "Cao", "Lưu", "Quách"],
    ),
    "nordic": (
        ["Karin", "Elin", "Ida", "Emma", "Hanna", "Kristin", "Silje", "Ebba", "Tuva", "Signe",
         "Maria", "Sofie", "Ingeborg", "Liv", "Marit", "Ragnhild", "Helga", "Annika", "Malin",
         "Johanna", "Kaisa", "Birgitta", "Vilde", "Thea", "Nora"],
        ["Erik", "Johan", "Nils", "Sindre", "Per", "Fredrik", "Jonas", "Mikkel", "Oskar",
         "Rasmus", "Gustav", "Axel", "Leif", "Torbjørn", "Kjell", "Sigurd", "Ulf", "Stig",
         "Henning", "Mats", "Vidar", "Trond", "Emil", "Aksel", "Rune"],
        ["Olsen", "Pedersen", "Jensen", "Nielsen", "Hansen", "Karlsson", "Persson", "Svensson",
         "Gustafsson", "Olsson", "Haugen", "Bakken", "Solberg", "Moen", "Lie", "Ekström",
         "Sandberg", "Vik", "Berglund", "Björk", "Dahlberg", "Engström", "Fjeld", "Forsberg",
         "Grönlund", "Hagen", "Hedlund", "Holmberg", "Isaksen", "Jakobsen", "Kristiansen",
         "Lindberg", "Lundgren", "Magnusson", "Mikkelsen", "Norberg", "Nordahl", "Pettersen",
         "Rasmussen", "Sandvik", "Sjöberg", "Thomsen", "Wallin", "Åberg", "Østby", "Eliassen"],
    ),
    "irish": (
        ["Saoirse", "Éabha", "Ciara", "Méabh", "Síle", "Deirdre", "Úna", "Bríd", "Nuala",
         "Aoibheann", "Emer", "Fionnuala", "Maeve", "Órlaith", "Muireann", "Ailbhe", "Clíodhna",
         "Eimear", "Laoise", "Mairéad", "Nóra", "Sorcha", "Treasa", "Aoibhinn", "Ríona",
         "Bláthnaid", "Étaín"],
        ["Cathal", "Dónal", "Fergal", "Tadhg", "Ruairí", "Niall", "Diarmuid", "Ronan", "Declan",
         "Kieran", "Cormac", "Lorcan", "Shane", "Barry", "Dermot", "Aodhán", "Cillian", "Donncha",
         "Enda", "Feargal", "Gearóid", "Malachy", "Odhrán", "Pádraic", "Séamus", "Conall",
         "Tiernan"],
        ["Byrne-Walsh", "Boyle", "Burke", "Carroll", "Clarke", "Cullen", "Daly", "Dempsey",
         "Devlin", "Duffy", "Dunne", "Egan", "Farrell", "Foley", "Hayes", "Healy", "Hegarty",
         "Hennessy", "Hogan", "Keogh", "Kennedy", "Lynch", "MacNamara", "Maguire", "Mahon",
         "McGrath", "McLoughlin", "Mulligan", "Murray", "Ó Ceallaigh", "O'Donnell", "O'Neill",
         "O'Reilly", "O'Shea", "Power", "Regan", "Sheehan", "Tierney", "Whelan", "Ó Súilleabháin",
         "Mac Giolla", "Costello", "Ahern", "Cahill", "Coughlan", "Cronin", "Cummins", "Dolan",
         "Dowling", "Fahy", "Finnegan", "Flynn", "Geraghty", "Gorman", "Griffin", "Hanlon",
         "Harrington", "Horgan", "Hurley", "Keating", "Kenny", "Kiely", "Madden", "McAuley",
         "McCann", "McCormack", "McEvoy", "McGuinness", "McKenna", "Meehan", "Molloy", "Moloney",
         "Mooney", "Mulcahy", "Naughton", "O'Callaghan", "O'Dwyer", "O'Hara", "O'Keeffe",
         "O'Leary", "O'Mahony", "O'Rourke", "Phelan", "Quigley", "Rafferty", "Scanlon", "Sweeney",
         "Tobin", "Twomey", "Lenihan"],
    ),
    "persian": (
        ["Mina", "Sara", "Neda", "Golnaz", "Mahsa", "Bahar", "Yasaman", "Fereshteh", "Niloufar",
         "Setareh"],
        ["Amir", "Kaveh", "Ali", "Hamid", "Mehdi", "Saeed", "Pouya", "Behnam", "Siavash", "Omid"],
        ["Hashemi", "Mousavi", "Rezaei", "Najafi", "Ghorbani", "Asadi", "Heidari", "Soltani",
         "Yazdani", "Farahani", "Esfahani", "Kermani", "Nouri", "Zand"],
    ),
}

for _culture, (_fem, _masc, _families) in MORE_NAMES.items():
    for _pool, _more in zip(CULTURES[_culture], (_fem, _masc, _families), strict=True):
        _pool.extend(n for n in _more if n not in _pool)

# Display names in the person's own script (used instead of the Latin one on some
# profiles).
NATIVE_SCRIPT: dict[str, list[tuple[str, bool]]] = {  # (name, feminine)
    "chinese": [("王美玲", True), ("李伟", False), ("张佳怡", True), ("陈浩", False),
                ("刘文静", True), ("黄志伟", False), ("周林", True), ("徐一辰", False)],
    "japanese": [("佐藤 結衣", True), ("鈴木 健二", False), ("高橋 遥", True),
                 ("田中 拓海", False), ("渡辺 直子", True), ("中村 蓮", False)],
    "korean": [("김지우", True), ("이민준", False), ("박서연", True), ("최도윤", False),
               ("정하은", True), ("강현우", False)],
    "arabic": [("ليلى حداد", True), ("عمر ناصر", False), ("ياسمين خليل", True),
               ("كريم منصور", False), ("نور صالح", True)],
    "greek": [("Ελένη Γεωργίου", True), ("Νίκος Παπαδόπουλος", False),
              ("Κατερίνα Βλάχου", True), ("Γιάννης Νικολαΐδης", False)],
    "slavic": [("Олена Коваленко", True), ("Дмитро Шевченко", False),
               ("Анастасія Мельник", True), ("Сергей Соколов", False)],
    "indian": [("प्रिया शर्मा", True), ("राहुल गुप्ता", False), ("அனன்யா ஐயர்", True),
               ("கார்த்திக் கிருஷ்ணன்", False)],
    "persian": [("شیرین تهرانی", True), ("رضا رحیمی", False)],
}

# Weights: how often each culture appears in a neighbourhood of a European or
# North American city (roughly; the point is variety, not demography).
CULTURE_WEIGHTS: dict[str, float] = {
    "english": 30, "portuguese": 8, "spanish": 9, "french": 6, "german": 6, "polish": 5,
    "nigerian": 5, "ghanaian": 2, "indian": 6, "chinese": 4, "japanese": 2, "korean": 2,
    "arabic": 4, "turkish": 3, "greek": 2, "slavic": 4, "vietnamese": 2, "nordic": 3, "irish":
    4, "persian": 2
}

#: Each sample business's own world: the index of its share of every culture's family
#: names (:func:`world_families`) and the mix of name pools around it, rough and
#: local: Leeds (Yorkshire families, a big Pakistani and Irish community, Poles, a
#: student crowd), Bristol (West Country families, Somali and Caribbean communities, and
#: Inês's Portuguese friends), Manchester (Lancashire families, a tech scene from
#: everywhere).
WORLDS: dict[str, tuple[int, dict[str, float]]] = {
    "band": (0, {
        "english": 46, "irish": 7, "pakistani": 8, "polish": 5, "indian": 3, "caribbean": 3,
        "nigerian": 3, "ghanaian": 2, "german": 3, "french": 2, "spanish": 3, "portuguese": 2,
        "nordic": 3, "chinese": 3, "japanese": 2, "korean": 1, "arabic": 2, "slavic": 2,
        "greek": 1, "georgian": 1,
    }),
    "bakery": (1, {
        "english": 44, "portuguese": 12, "somali": 5, "caribbean": 4, "polish": 4,
        "spanish": 4, "french": 3, "irish": 3, "indian": 3, "pakistani": 2, "nigerian": 2,
        "arabic": 3, "chinese": 2, "turkish": 2, "german": 2,
        "georgian": 1, "vietnamese": 2, "greek": 1,
    }),
    "studio": (2, {
        "english": 36, "pakistani": 6, "indian": 7, "chinese": 5, "polish": 5, "irish": 4,
        "nigerian": 4, "ghanaian": 2, "spanish": 4, "german": 3, "persian": 3, "japanese": 2,
        "korean": 2, "arabic": 3, "french": 3, "slavic": 3, "vietnamese": 2, "turkish": 2,
        "georgian": 1, "nordic": 2, "caribbean": 1,
    }),
}  # fmt: skip
#: The named people of the three stories (owners and their closest): never drawn at
#: random, so no stranger in another sample carries the name of someone's inner circle.
STORY_NAMES = frozenset({
    "Rosie Ashworth", "Kofi Mensah", "Ingrid Håkansson", "Mariana Simões", "Jędrzej Wójcik",
    "Aoife Murphy", "Imran Akhtar", "Bryony Holroyd", "Ciarán Brennan", "Nell Crowther",
    "Inês Carvalho", "Femi Balogun", "Hamza Darwish", "Siobhán Kelly", "Eleanor Wright",
    "Graça Nogueira", "Priya Natarajan", "Tomasz Wójcik", "Ama Owusu", "Dariush Rahimi",
    "Lucía Ibáñez", "Naoko Watanabe",
})  # fmt: skip

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


def world_families(culture: str, world: int | None) -> list[str]:
    """The family names of ``culture`` that belong to sample world ``world`` (0, 1, 2).

    Each culture's family names are dealt out three ways, so the people of one sample
    business never share a full name with those of another. ``None``: all of them.

    >>> sorted(set(world_families("english", 0)) & set(world_families("english", 1)))
    []
    """
    families = CULTURES[culture][2]
    if world is None:
        return families
    return [f for i, f in enumerate(families) if i % 3 == world]


def random_name(rng: random.Random, culture: str | None = None, world: int | None = None) -> Name:
    """Draw a fictional name; about one in four names with a native script gets one.

    ``world`` keeps the family name inside one sample business's share
    (:func:`world_families`).
    """
    culture = culture or pick_culture(rng)
    fem, masc, _ = CULTURES[culture]
    feminine = rng.random() < 0.5
    given = rng.choice(fem if feminine else masc)
    family = rng.choice(world_families(culture, world))
    while f"{given} {family}" in STORY_NAMES:
        given = rng.choice(fem if feminine else masc)
    native = None
    if culture in NATIVE_SCRIPT and rng.random() < 0.25:
        # the same person in their own script: a name of their own gender
        native = rng.choice([n for n, fem in NATIVE_SCRIPT[culture] if fem == feminine])
    return Name(culture, given, family_form(culture, family, feminine), feminine, native)


def family_form(culture: str, family: str, feminine: bool) -> str:
    """A family name in the form that agrees with its bearer, where the language marks it.

    Polish -ski/-cki/-dzki become -ska/-cka/-dzka for women; Russian -ov/-ev/-in take
    an -a; Greek -opoulos/-idis/-is/-as/-os become -opoulou/-idou/-i/-a/-ou. The pools
    hold the masculine form; other languages' family names do not change.

    >>> family_form("polish", "Dąbrowski", True), family_form("polish", "Dąbrowski", False)
    ('Dąbrowska', 'Dąbrowski')
    >>> family_form("greek", "Papadopoulos", True), family_form("slavic", "Sokolov", True)
    ('Papadopoulou', 'Sokolova')
    >>> family_form("slavic", "Shevchenko", True)
    'Shevchenko'
    """
    if not feminine:
        return family
    if culture == "polish":
        for masc, fem in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
            if family.endswith(masc):
                return family[: -len(masc)] + fem
    if culture == "slavic" and family.endswith(("ov", "ev", "in")):
        return family + "a"
    if culture == "greek":
        for masc, fem in (("opoulos", "opoulou"), ("idis", "idou"), ("is", "i"), ("as", "a")):
            if family.endswith(masc):
                return family[: -len(masc)] + fem
        if family.endswith("os"):
            return family[:-2] + "ou"
    return family


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
