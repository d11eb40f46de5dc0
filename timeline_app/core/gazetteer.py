"""Places of diplomacy: each state's capital and seat of government, other cities that
host talks, and which state each city is in.

Plain data, shared by the extractor (``extract.event_vocabulary`` re-exports it: a
dateline's city, "in the Peruvian capital", a meeting "in Germany" and one "in Munich")
and the duplicate rule (``core.duplicates``: "Muscat" lies in "Oman", so two tellings
placed there do not differ; verify47 F11).  Moved here from ``extract.event_vocabulary``
in session 38: core imports nothing above it.  Sources are given with each table.
"""

from __future__ import annotations

# Each state's capital and seat of government, as the CIA World Factbook's "Capital" entry
# (Government section, 2024-2025 editions) names them, for the 193 UN member states and the two
# observer states that ``COUNTRIES``/``phrases.MORE_COUNTRIES`` know, plus Taiwan and Kosovo.
# Where the Factbook names a seat of government apart from the constitutional capital, both are
# listed, the seat first (it is the city news names and the one "the Bolivian capital" means):
# Bolivia La Paz (administrative) / Sucre (constitutional); Benin Cotonou / Porto-Novo;
# Netherlands The Hague / Amsterdam; South Africa Pretoria (administrative) / Cape Town
# (legislative) / Bloemfontein (judicial); Ivory Coast Abidjan / Yamoussoukro; Malaysia Kuala
# Lumpur / Putrajaya; Sri Lanka Colombo / Sri Jayawardenepura Kotte; Eswatini Mbabane / Lobamba.
# Later names of a row are other spellings as agencies write them ("Kiev", "Delhi", accented
# forms), and the capital's own name in the country's language where its papers' datelines write
# it otherwise (session 35, edit32: "Prishtina"/"Prishtinë", "Beograd", "Москва", "Wien", so that
# a slash date under them reads day first; the endonyms of Wikipedia's "List of countries and
# dependencies and their capitals in native languages"; not Italy's "Roma", a people's name in
# English news).  The first name of a row is the state's capital for "in the Peruvian capital"
# (``arguments.places._CAPITAL_OF``).  The 29 UN members the extractor did not know as states
# until session 14 (Andorra ... Vanuatu, listed by ext14c) have rows too; those whose capital is
# an ambiguous name (``AMBIGUOUS_CAPITALS``) keep none.
SEATS_OF_GOVERNMENT: dict[str, tuple[str, ...]] = {
    "South Korea": ("Seoul",), "North Korea": ("Pyongyang",), "Japan": ("Tokyo",),
    "China": ("Beijing",), "United States": ("Washington",),
    "Russia": ("Moscow", "Moskva", "\u041c\u043e\u0441\u043a\u0432\u0430"),
    "Ukraine": ("Kyiv", "Kiev", "\u041a\u0438\u0457\u0432"), "Germany": ("Berlin",),
    "France": ("Paris",),
    "United Kingdom": ("London",), "India": ("New Delhi", "Delhi"), "Pakistan": ("Islamabad",),
    "Israel": ("Jerusalem",), "Iran": ("Tehran",), "Iraq": ("Baghdad",), "Turkey": ("Ankara",),
    "Italy": ("Rome",), "Spain": ("Madrid",), "Canada": ("Ottawa",),
    "Brazil": ("Brasilia", "Bras\u00edlia"), "Australia": ("Canberra",), "Egypt": ("Cairo",),
    "Saudi Arabia": ("Riyadh",), "Taiwan": ("Taipei",), "Vietnam": ("Hanoi",),
    "Philippines": ("Manila",), "Indonesia": ("Jakarta",), "Poland": ("Warsaw", "Warszawa"),
    "Netherlands": ("The Hague", "Amsterdam"), "Sweden": ("Stockholm",), "Norway": ("Oslo",),
    "Finland": ("Helsinki",), "Greece": ("Athens",), "Syria": ("Damascus",),
    "Afghanistan": ("Kabul",), "Qatar": ("Doha",), "Switzerland": ("Bern", "Berne"),
    "Belgium": ("Brussels",), "Austria": ("Vienna", "Wien"), "Singapore": ("Singapore",),
    "Thailand": ("Bangkok",), "Malaysia": ("Kuala Lumpur", "Putrajaya"),
    "Belarus": ("Minsk",), "Lithuania": ("Vilnius",), "Latvia": ("Riga",),
    "Estonia": ("Tallinn",), "Moldova": ("Chisinau",), "Romania": ("Bucharest", "Bucure\u0219ti"),
    "Bulgaria": ("Sofia", "\u0421\u043e\u0444\u0438\u044f"),
    "Serbia": ("Belgrade", "Beograd", "\u0411\u0435\u043e\u0433\u0440\u0430\u0434"),
    "Hungary": ("Budapest",),
    "Czech Republic": ("Prague", "Praha"), "Slovakia": ("Bratislava",), "Croatia": ("Zagreb",),
    "Slovenia": ("Ljubljana",), "Portugal": ("Lisbon", "Lisboa"), "Ireland": ("Dublin",),
    "Denmark": ("Copenhagen",), "Iceland": ("Reykjavik",), "Georgia": ("Tbilisi",),
    "Armenia": ("Yerevan",), "Azerbaijan": ("Baku",), "Kazakhstan": ("Astana",),
    "Uzbekistan": ("Tashkent",), "Kyrgyzstan": ("Bishkek",), "Tajikistan": ("Dushanbe",),
    "Turkmenistan": ("Ashgabat",), "Mongolia": ("Ulaanbaatar",), "Bhutan": ("Thimphu",),
    "Nepal": ("Kathmandu",), "Bangladesh": ("Dhaka",),
    "Sri Lanka": ("Colombo", "Sri Jayawardenepura Kotte"), "Maldives": ("Male",),
    "Cambodia": ("Phnom Penh",), "Laos": ("Vientiane",), "Myanmar": ("Naypyidaw", "Nay Pyi Taw"),
    "New Zealand": ("Wellington",), "Jordan": ("Amman",), "Lebanon": ("Beirut",),
    "Oman": ("Muscat",), "Bahrain": ("Manama",), "Kuwait": ("Kuwait City",),
    "United Arab Emirates": ("Abu Dhabi",), "Yemen": ("Sanaa",), "Cyprus": ("Nicosia",),
    "Libya": ("Tripoli",), "Tunisia": ("Tunis",), "Algeria": ("Algiers",), "Morocco": ("Rabat",),
    # (Port Sudan: the army-led government's seat since the war drove it from Khartoum in
    # 2023, named for it as Khartoum was: "Port Sudan publicly said it would join", ext53's
    # left: "it" was no one; Khartoum stays first, the capital "the Sudanese capital" means)
    "Sudan": ("Khartoum", "Port Sudan"), "Ethiopia": ("Addis Ababa",), "Kenya": ("Nairobi",),
    "Somalia": ("Mogadishu",), "Nigeria": ("Abuja",), "Ghana": ("Accra",), "Senegal": ("Dakar",),
    "Mali": ("Bamako",), "Niger": ("Niamey",), "Benin": ("Cotonou", "Porto-Novo"),
    "Burkina Faso": ("Ouagadougou",), "Rwanda": ("Kigali",), "DR Congo": ("Kinshasa",),
    "Chad": ("N'Djamena",), "Republic of the Congo": ("Brazzaville",), "Uganda": ("Kampala",),
    "South Africa": ("Pretoria", "Cape Town", "Bloemfontein"), "Zimbabwe": ("Harare",),
    "Angola": ("Luanda",), "Colombia": ("Bogota", "Bogot\u00e1"), "Peru": ("Lima",),
    "Chile": ("Santiago",), "Venezuela": ("Caracas",), "Cuba": ("Havana",),
    "Argentina": ("Buenos Aires",), "Ecuador": ("Quito",), "Uruguay": ("Montevideo",),
    "Mexico": ("Mexico City",),
    # (rows new in session 13, ext14c: the known states that had no capital)
    "Bolivia": ("La Paz", "Sucre"), "Albania": ("Tirana", "Tiran\u00eb"),
    "Bosnia and Herzegovina": ("Sarajevo",), "Botswana": ("Gaborone",),
    "Brunei": ("Bandar Seri Begawan",), "Burundi": ("Gitega", "Bujumbura"),
    "Cameroon": ("Yaounde", "Yaound\u00e9"), "Costa Rica": ("San Jose",),
    "Djibouti": ("Djibouti",), "Dominican Republic": ("Santo Domingo",),
    "El Salvador": ("San Salvador",), "Equatorial Guinea": ("Malabo",), "Eritrea": ("Asmara",),
    "Eswatini": ("Mbabane", "Lobamba"), "Fiji": ("Suva",), "Gabon": ("Libreville",),
    "Gambia": ("Banjul",), "Guatemala": ("Guatemala City",), "Guinea": ("Conakry",),
    "Guinea-Bissau": ("Bissau",), "Guyana": ("Georgetown",), "Haiti": ("Port-au-Prince",),
    "Holy See": ("Vatican City",), "Honduras": ("Tegucigalpa",),
    "Ivory Coast": ("Abidjan", "Yamoussoukro"), "Jamaica": ("Kingston",),
    "Kosovo": ("Pristina", "Prishtina", "Prishtin\u00eb"), "Lesotho": ("Maseru",),
    "Liberia": ("Monrovia",),
    "Luxembourg": ("Luxembourg",), "Madagascar": ("Antananarivo",), "Malawi": ("Lilongwe",),
    "Malta": ("Valletta",), "Mauritania": ("Nouakchott",), "Mauritius": ("Port Louis",),
    "Montenegro": ("Podgorica", "\u041f\u043e\u0434\u0433\u043e\u0440\u0438\u0446\u0430"),
    "Mozambique": ("Maputo",), "Namibia": ("Windhoek",),
    "Nicaragua": ("Managua",),
    "North Macedonia": ("Skopje", "\u0421\u043a\u043e\u043f\u0458\u0435"),
    "Palestine": ("Ramallah",),
    "Panama": ("Panama City",), "Papua New Guinea": ("Port Moresby",),
    "Paraguay": ("Asuncion", "Asunci\u00f3n"), "Sierra Leone": ("Freetown",),
    "South Sudan": ("Juba",), "Suriname": ("Paramaribo",), "Tanzania": ("Dodoma",),
    "Timor-Leste": ("Dili",), "Togo": ("Lome", "Lom\u00e9"), "Zambia": ("Lusaka",),
    # the UN members ext14c listed as unknown (session 14).  Nauru has no official capital:
    # the Factbook names Yaren District, the seat of government
    "Andorra": ("Andorra la Vella",), "Antigua and Barbuda": ("Saint John's",),
    "Bahamas": ("Nassau",), "Barbados": ("Bridgetown",), "Belize": ("Belmopan",),
    "Cabo Verde": ("Praia",), "Central African Republic": ("Bangui",),
    "Comoros": ("Moroni",), "Dominica": ("Roseau",), "Grenada": ("Saint George's",),
    "Kiribati": ("Tarawa",), "Liechtenstein": ("Vaduz",), "Marshall Islands": ("Majuro",),
    "Micronesia": ("Palikir",), "Monaco": ("Monaco",), "Nauru": ("Yaren",),
    "Palau": ("Ngerulmud",), "Saint Kitts and Nevis": ("Basseterre",),
    "Saint Lucia": ("Castries",), "Saint Vincent and the Grenadines": ("Kingstown",),
    "Samoa": ("Apia",), "San Marino": ("San Marino",),
    "Sao Tome and Principe": ("Sao Tome", "S\u00e3o Tom\u00e9"),
    "Seychelles": ("Victoria",), "Solomon Islands": ("Honiara",),
    "Tonga": ("Nuku'alofa", "Nuku\u02bbalofa"), "Trinidad and Tobago": ("Port of Spain",),
    "Tuvalu": ("Funafuti",), "Vanuatu": ("Port Vila",),
}

# Capitals the Factbook names that the extractor does not take for a state, because
# in agency copy the name is more often something else: "Amsterdam" (the markets, the
# city; the Dutch government sits in The Hague), "San Jose" (California), "Georgetown"
# (the university, the Washington district), "Kingston" (Ontario, upon Thames).  They stay
# out of ``CITIES`` and ``CAPITALS``, except Amsterdam, a place of ``OTHER_CITIES``.  Yemen's
# second seat, Aden, is left out for the same reason ("the Gulf of Aden").
AMBIGUOUS_CAPITALS = frozenset({"Amsterdam", "San Jose", "Georgetown", "Kingston",
                                "Victoria", "Saint John's", "Saint George's", "Nassau"})
"""(Session 14: "Victoria" is an Australian state and a Canadian city, "Saint John's" and
"Saint George's" are names of schools and churches, "Nassau" a German region and a New York
county; the states they are capitals of keep no capital.)"""

# Cities that are no seat of government, as news names them (place only, never the state).
OTHER_CITIES: dict[str, str] = {
    "Busan": "South Korea", "Osaka": "Japan", "Hiroshima": "Japan", "Shanghai": "China",
    "Hong Kong": "China", "New York": "United States", "San Francisco": "United States",
    "Munich": "Germany", "Tel Aviv": "Israel", "Istanbul": "Turkey", "Geneva": "Switzerland",
    "Davos": "Switzerland", "Dubai": "United Arab Emirates", "Amsterdam": "Netherlands",
    # (session 15: venues of talks that news datelines name -- "JEDDAH, Nov 27 (AP)")
    "Jeddah": "Saudi Arabia", "Sharm el-Sheikh": "Egypt", "Sochi": "Russia",
    "Mumbai": "India", "Karachi": "Pakistan",
    # (ext39: cities that host summits, talks and signings in wire news, beyond the seats of
    # government -- the venues of the news of 2015-2025; no city that is also a common
    # given name or surname: not Milan, Lagos, Houston, Santa Cruz)
    "Tianjin": "China", "Shenzhen": "China", "Guangzhou": "China", "Chengdu": "China",
    "Hangzhou": "China", "Xiamen": "China", "Qingdao": "China", "Dalian": "China",
    "Wuhan": "China", "Kunming": "China", "Boao": "China",
    "Saint Petersburg": "Russia", "St. Petersburg": "Russia", "Vladivostok": "Russia",
    "Kazan": "Russia", "Yekaterinburg": "Russia",
    "Kyoto": "Japan", "Nagoya": "Japan", "Fukuoka": "Japan", "Yokohama": "Japan",
    "Sapporo": "Japan", "Nagasaki": "Japan", "Naha": "Japan",
    "Gyeongju": "South Korea", "Incheon": "South Korea", "Daegu": "South Korea",
    "Kolkata": "India", "Chennai": "India", "Bengaluru": "India", "Hyderabad": "India",
    "Ahmedabad": "India", "Lahore": "Pakistan", "Peshawar": "Pakistan",
    "Los Angeles": "United States", "Chicago": "United States", "Honolulu": "United States",
    "Anchorage": "United States", "Miami": "United States", "Seattle": "United States",
    "Boston": "United States", "Camp David": "United States",
    "Zurich": "Switzerland", "Lausanne": "Switzerland", "Venice": "Italy", "Naples": "Italy",
    "Barcelona": "Spain", "Seville": "Spain", "Frankfurt": "Germany", "Hamburg": "Germany",
    "Bonn": "Germany", "Marseille": "France", "Strasbourg": "France", "Lyon": "France",
    "Salzburg": "Austria", "Gdansk": "Poland", "Krakow": "Poland", "Odesa": "Ukraine",
    "Kharkiv": "Ukraine", "Lviv": "Ukraine", "Thessaloniki": "Greece", "Izmir": "Turkey",
    "Antalya": "Turkey", "Edinburgh": "United Kingdom", "Glasgow": "United Kingdom",
    "Manchester": "United Kingdom", "Rotterdam": "Netherlands", "Antwerp": "Belgium",
    "Porto": "Portugal",
    "Alexandria": "Egypt", "Aqaba": "Jordan", "Mecca": "Saudi Arabia", "Erbil": "Iraq",
    "Basra": "Iraq", "Mosul": "Iraq", "Aleppo": "Syria", "Haifa": "Israel",
    "Johannesburg": "South Africa", "Durban": "South Africa", "Mombasa": "Kenya",
    "Benghazi": "Libya", "Casablanca": "Morocco", "Marrakech": "Morocco",
    "Almaty": "Kazakhstan", "Samarkand": "Uzbekistan", "Ho Chi Minh City": "Vietnam",
    "Da Nang": "Vietnam", "Surabaya": "Indonesia", "Cebu": "Philippines",
    "Davao": "Philippines", "Penang": "Malaysia", "Phuket": "Thailand", "Siem Reap": "Cambodia",
    "Rio de Janeiro": "Brazil", "Sao Paulo": "Brazil", "Belem": "Brazil",
    "Guadalajara": "Mexico", "Monterrey": "Mexico", "Cancun": "Mexico",
    "Cartagena": "Colombia", "Medellin": "Colombia", "Guayaquil": "Ecuador",
    "Valparaiso": "Chile", "Arica": "Chile", "Toronto": "Canada", "Vancouver": "Canada",
    "Montreal": "Canada", "Kananaskis": "Canada",
    # (ext57: the Pacific's summit towns beside its capitals: Palau's former capital, where
    # its government's guests land; Greenland's Ilulissat hosted Arctic Council meetings)
    "Koror": "Palau", "Ilulissat": "Denmark",
    # (ext103, verify66 F10: Bali's capital and its conference resort, venues of the Bali
    # Process, APEC 2013 and the G20 of 2022; Fiji's Nadi, where Pacific meetings are held:
    # "first held boundary talks in 2014 in Denpasar" lost its place)
    "Denpasar": "Indonesia", "Nusa Dua": "Indonesia", "Nadi": "Fiji",
}

# City -> country, so that "a meeting in Germany" and "a meeting in Munich" can be one:
# the seats of government above, then the other cities.
CITIES: dict[str, str] = {
    **{city: state for state, cities in SEATS_OF_GOVERNMENT.items() for city in cities
       if city not in AMBIGUOUS_CAPITALS},
    **OTHER_CITIES,
}

# Other names of states as news writes them beside their officials ("ROK President Yoon Suk
# Yeol", Xinhua; "U.S. Secretary of State"), each with the state's name above: the
# duplicate rule reads a person as the state so named (``core.duplicates``, verify54 F6).
# The same names as the extractor's ``extract.pipeline.phrases.MORE_COUNTRIES`` gives them
# (session 44: core imports nothing above it, so they are listed here too).
STATE_OTHER_NAMES: dict[str, str] = {
    "ROK": "South Korea", "Republic of Korea": "South Korea", "DPRK": "North Korea",
    "PRC": "China", "People's Republic of China": "China", "US": "United States",
    "U.S.": "United States", "USA": "United States", "UK": "United Kingdom",
    "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "UAE": "United Arab Emirates", "Viet Nam": "Vietnam", "Türkiye": "Turkey",
    "Turkiye": "Turkey", "Russian Federation": "Russia",
}

# One actor's names in French (and a bloc's full name or other acronym), each with the name
# this app's tables give it (``STATE_OTHER_NAMES``' states, the extractor's blocs in
# ``extract.pipeline.phrases.MORE_COUNTRIES``): a desk's spreadsheet typed in French names
# "CEDEAO" where the wires' events name "ECOWAS" (verify56 F13: "Le Mali, le Burkina Faso et
# le Niger annoncent leur retrait de la CEDEAO" and "… announce they were quitting ECOWAS",
# 28 January 2024, were two actors for the duplicate rule and for Join Names).  The bodies'
# names as their own sites write them in French (ecowas.int "CEDEAO", un.org/fr "ONU",
# "Organisation des Nations unies", nato.int/fr "OTAN", au.int/fr "Union africaine",
# european-union.europa.eu/fr "Union européenne", the AES's charter of 16 September 2023,
# "Alliance des États du Sahel"), and the states' French names as the French foreign ministry's
# country pages write them, only where they differ from the English beyond accents (a name
# folded as ``core.merge.participant_key`` folds it is already one: "Sénégal", "Bénin").
# Not "UA" (also Ukraine's country code).  Read as participants' names only, not in titles.
ACTOR_OTHER_NAMES: dict[str, str] = {
    "CEDEAO": "ECOWAS", "Communauté économique des États de l'Afrique de l'Ouest": "ECOWAS",
    "Economic Community of West African States": "ECOWAS",
    "Alliance des États du Sahel": "AES", "Alliance of Sahel States": "AES",
    "Confédération des États du Sahel": "AES",
    "ONU": "United Nations", "Nations unies": "United Nations",
    "Organisation des Nations unies": "United Nations",
    "OTAN": "NATO", "Union africaine": "African Union", "Union européenne": "European Union",
    "UE": "European Union", "Ligue arabe": "Arab League",
    "États-Unis": "United States", "Royaume-Uni": "United Kingdom", "Allemagne": "Germany",
    "Chine": "China", "Russie": "Russia", "Espagne": "Spain", "Italie": "Italy",
    "Tchad": "Chad", "Guinée": "Guinea", "Mauritanie": "Mauritania", "Algérie": "Algeria",
    "Maroc": "Morocco", "Tunisie": "Tunisia", "Libye": "Libya", "Égypte": "Egypt",
    "Cameroun": "Cameroon", "Côte d'Ivoire": "Ivory Coast", "Turquie": "Turkey",
    "Arabie saoudite": "Saudi Arabia", "Émirats arabes unis": "United Arab Emirates",
    # The international courts' and bodies' common names and acronyms, English and French, as
    # their own sites give them (icj-cij.org: the ICJ, "also known as the World Court", "CIJ";
    # icc-cpi.int "ICC", "CPI"; pca-cpa.org "PCA"; itlos.org "ITLOS"; oas.org/fr "OEA";
    # iaea.org/fr "AIEA"; wto.org "WTO", "OMC").  verify71 F4: a wire's "The World Court held
    # public hearings in The Hague in November" and an analysis's "the International Court of
    # Justice closed its public hearings in The Hague on November 21" were two parties, so
    # only a possible duplicate, "Keep both" preselected.
    "World Court": "International Court of Justice", "ICJ": "International Court of Justice",
    "Cour internationale de justice": "International Court of Justice",
    "CIJ": "International Court of Justice",
    "ICC": "International Criminal Court", "Cour pénale internationale":
    "International Criminal Court", "CPI": "International Criminal Court",
    "PCA": "Permanent Court of Arbitration",
    "Cour permanente d'arbitrage": "Permanent Court of Arbitration",
    "ITLOS": "International Tribunal for the Law of the Sea",
    "Law of the Sea tribunal": "International Tribunal for the Law of the Sea",
    "OAS": "Organization of American States", "OEA": "Organization of American States",
    "Organisation des États américains": "Organization of American States",
    "IAEA": "International Atomic Energy Agency", "AIEA": "International Atomic Energy Agency",
    "WTO": "World Trade Organization", "OMC": "World Trade Organization",
}

# The acronyms of blocs an English title writes for a party ("Mercosur–EU political
# agreement": the European Union and Mercosur), each with the name the extractor gives the
# party (``extract.pipeline.phrases.MORE_COUNTRIES``: "EU" → "European Union").  Read by the
# duplicate rule in a title's capitals only (``core.duplicates._named_in_title``), never as
# a word ("us", "au"); verify57 F7: her sheet's "Mercosur–EU political agreement" did not
# name the European Union an article's row named.
BLOC_ACRONYMS: dict[str, str] = {
    "EU": "European Union", "AU": "African Union", "UN": "United Nations",
}

# A state's adjective as news writes it before its officials ("French President Emmanuel
# Macron", "Swiss Foreign Minister Ignazio Cassis"), each with the state's name above, where
# the adjective does not begin as the name does (the duplicate rule reads "Chinese" as China,
# "South Korean" as South Korea by their common beginning: ``core.duplicates._same_word``).
# The extractor's adjectives (``extract.pipeline.phrases.DEMONYMS``) that such a beginning
# does not read, but "Korean" (South or North) and "Soviet" (no state of today): ext72's
# left-over, "French", "British", "Dutch", "Swiss" were read as no state
# (``tests/core/test_duplicates_same_pair.py`` checks the extractor's list against this one).
STATE_ADJECTIVES: dict[str, str] = {
    "American": "United States", "French": "France", "British": "United Kingdom",
    "Turkish": "Turkey", "Spanish": "Spain", "Saudi": "Saudi Arabia", "Polish": "Poland",
    "Dutch": "Netherlands", "Swedish": "Sweden", "Norwegian": "Norway", "Finnish": "Finland",
    "Danish": "Denmark", "Irish": "Ireland", "Swiss": "Switzerland", "Belgian": "Belgium",
    "Portuguese": "Portugal", "Lebanese": "Lebanon", "Maldivian": "Maldives",
    "Emirati": "United Arab Emirates", "Bahamian": "Bahamas", "Barbadian": "Barbados",
    "Cape Verdean": "Cabo Verde", "Comorian": "Comoros", "Monegasque": "Monaco",
    "Sammarinese": "San Marino", "Seychellois": "Seychelles",
    "Trinidadian": "Trinidad and Tobago", "Marshallese": "Marshall Islands",
    "Congolese": "DR Congo", "Bosnian": "Bosnia and Herzegovina", "Burkinabe": "Burkina Faso",
    "Cypriot": "Cyprus", "Czech": "Czech Republic", "Ivorian": "Ivory Coast", "Lao": "Laos",
    "Laotian": "Laos", "Malagasy": "Madagascar", "Mozambican": "Mozambique",
    "Burmese": "Myanmar", "Salvadoran": "El Salvador", "Timorese": "Timor-Leste",
    # (the extractor's adjectives of session 52, ext98, whose beginning is not the state's)
    "Bissau-Guinean": "Guinea-Bissau", "Swazi": "Eswatini", "Luxembourgish": "Luxembourg",
    "Mauritian": "Mauritius",
    # (session 57, ext127's "Faroese", whose beginning is not "Faroe Islands")
    "Faroese": "Faroe Islands",
}

# Venues of diplomacy that news names instead of their city ("signed at the White House",
# "talks at Villa Borsig", "met at the Kremlin"), each with its city in ``CITIES``: the seats
# and official residences of heads of state and government and of foreign ministries, and the
# guest houses and conference seats where talks are held, as Wikipedia's "List of official
# residences" and each venue's own article place them.  Only names that stand for one place
# ("the Presidential Palace", "the East Room", "the Chancellery" are many states' and stay
# unread), and only venues inside their city's bounds (not Camp David, Chequers, Mar-a-Lago).
# The duplicate rule reads a venue as lying in its city and that city's state
# (``core.duplicates._lies_in``): ext72's left-over, "White House" / "Washington" differed.
# The city of each seat of government and of the venues agencies name for meetings: "received
# Pezeshkian at the Kremlin" took place in Moscow, "talks at the White House" in Washington
# (ext32: the place read "White House", and the city of the story was never named).  The
# seats are in their state's capital (Palacio Quemado: La Paz, Bolivia's seat of government);
# the venues are in the cities named (the governments' own sites: Élysée, Kremlin, White
# House, MEA's Hyderabad House, the UN's Palais des Nations and headquarters).
VENUE_CITIES: dict[str, str] = {
    "Kremlin": "Moscow", "Elysee": "Paris", "Elysée": "Paris", "Élysée": "Paris",
    "Elysee Palace": "Paris", "Elysée Palace": "Paris", "Élysée Palace": "Paris",
    "Quai d'Orsay": "Paris", "Downing Street": "London", "White House": "Washington",
    "Oval Office": "Washington", "Blair House": "Washington", "State Department": "Washington",
    "Pentagon": "Washington", "Blue House": "Seoul", "Yongsan": "Seoul", "Kantei": "Tokyo",
    "Akasaka Palace": "Tokyo", "Zhongnanhai": "Beijing", "Great Hall of the People": "Beijing",
    "Diaoyutai State Guesthouse": "Beijing", "Quirinale": "Rome", "Palazzo Chigi": "Rome",
    "Moncloa": "Madrid", "Planalto": "Brasilia", "Planalto Palace": "Brasilia",
    "Casa Rosada": "Buenos Aires", "Malacanang": "Manila", "Malacañang": "Manila",
    "Malacanang Palace": "Manila", "Malacañang Palace": "Manila",
    "Palacio Quemado": "La Paz", "Casa Grande del Pueblo": "La Paz", "La Moneda": "Santiago",
    "Palacio de La Moneda": "Santiago", "Miraflores Palace": "Caracas",
    "Palacio de Miraflores": "Caracas", "Los Pinos": "Mexico City",
    "Casa de Nariño": "Bogota", "Casa de Narino": "Bogota", "Palacio de Carondelet": "Quito",
    "Carondelet Palace": "Quito", "Bankova": "Kyiv", "Akorda": "Astana", "Ak Orda": "Astana",
    "Hyderabad House": "New Delhi", "Rashtrapati Bhavan": "New Delhi",
    "Bellevue Palace": "Berlin", "Chancellery in Berlin": "Berlin", "Hofburg": "Vienna",
    "Palais des Nations": "Geneva", "Peace Palace": "The Hague", "Berlaymont": "Brussels",
    "UN headquarters": "New York", "U.N. headquarters": "New York",
    "United Nations headquarters": "New York",
    # the General Assembly's sessions sit at the UN's headquarters ("on the sidelines of the
    # U.N. General Assembly": New York)
    "U.N. General Assembly": "New York", "UN General Assembly": "New York",
    "United Nations General Assembly": "New York"}
# ... and the venues only the duplicate rule reads (the extractor's place rules do not know
# them yet).
VENUES: dict[str, str] = {**VENUE_CITIES, **{
    "Hotel Matignon": "Paris", "10 Downing Street": "London", "Lancaster House": "London",
    "Villa Borsig": "Berlin", "Schloss Bellevue": "Berlin", "Quirinal Palace": "Rome",
    "Chigi Palace": "Rome", "Itamaraty Palace": "Brasilia", "Rideau Hall": "Ottawa",
    "Europa building": "Brussels", "NATO headquarters": "Brussels",
    "Dolmabahce Palace": "Istanbul", "Dolmabah\u00e7e Palace": "Istanbul",
    "Mariinskyi Palace": "Kyiv"}}
