"""Word tables for the event builder: triggers, titles of office, countries, cities.

Plain data, so that the rules in :mod:`timeline_app.extract.events` stay generic
and a new kind of event or a new country is a line here, not new code.  Keys are
lower case unless said otherwise.
"""

from __future__ import annotations

CATEGORIES: tuple[str, ...] = (
    "treaty", "policy", "dispute", "visit", "meeting", "anniversary", "statement", "event",
)
"""The lanes of the timeline; every trigger maps to one of them."""

# surface form -> (category, weight, part of speech, verb for titles in the 3rd person).
# The weight says how specific the word is: when several triggers in a sentence
# claim the same date, the most specific names the event ("tensions resurfaced ...
# when South Korea chose to boycott ..." is a boycott).  Nouns carry the verb their
# title uses ("visit" -> "visits") or "" when the title is the noun phrase itself.
TRIGGERS: dict[str, tuple[str, float, str, str]] = {
    # meetings
    "meeting": ("meeting", 0.8, "noun", "meet"), "meetings": ("meeting", 0.8, "noun", "meet"),
    "met": ("meeting", 0.8, "verb", "meet"), "meet": ("meeting", 0.6, "verb", "meet"),
    "meets": ("meeting", 0.8, "verb", "meet"), "talks": ("meeting", 0.7, "noun", "meet"),
    "discussions": ("meeting", 0.6, "noun", "meet"), "summit": ("meeting", 0.9, "noun", "meet"),
    "summits": ("meeting", 0.9, "noun", "meet"), "conference": ("meeting", 0.6, "noun", "meet"),
    "consultations": ("meeting", 0.6, "noun", "meet"),
    "negotiations": ("meeting", 0.6, "noun", "meet"), "keynote": ("event", 0.6, "noun", ""),
    # visits
    "visit": ("visit", 0.9, "noun", "visit"), "visits": ("visit", 0.9, "noun", "visit"),
    "visited": ("visit", 0.9, "verb", "visit"), "trip": ("visit", 0.8, "noun", "visit"),
    "tour": ("visit", 0.6, "noun", "visit"), "toured": ("visit", 0.8, "verb", "visit"),
    "traveled": ("visit", 0.8, "verb", "visit"), "travelled": ("visit", 0.8, "verb", "visit"),
    "arrived": ("visit", 0.7, "verb", "visit"), "flew": ("visit", 0.6, "verb", "visit"),
    # treaties and agreements
    "treaty": ("treaty", 0.9, "noun", ""), "accord": ("treaty", 0.9, "noun", ""),
    "pact": ("treaty", 0.9, "noun", ""), "agreement": ("treaty", 0.7, "noun", ""),
    "signed": ("treaty", 0.9, "verb", "sign"), "signs": ("treaty", 0.9, "verb", "sign"),
    "ratified": ("treaty", 0.9, "verb", "ratify"), "normalization": ("treaty", 0.8, "noun", ""),
    "normalized": ("treaty", 0.8, "verb", "normalize"),
    "normalised": ("treaty", 0.8, "verb", "normalise"),
    # policy
    "announced": ("statement", 0.7, "verb", "announce"),
    "announces": ("statement", 0.7, "verb", "announce"),
    "announcement": ("statement", 0.6, "noun", ""),
    "sanctions": ("policy", 0.8, "noun", ""), "imposed": ("policy", 0.8, "verb", "impose"),
    "tariffs": ("policy", 0.7, "noun", ""), "banned": ("policy", 0.8, "verb", "ban"),
    "launched": ("policy", 0.6, "verb", "launch"), "adopted": ("policy", 0.7, "verb", "adopt"),
    "approved": ("policy", 0.6, "verb", "approve"),
    "appointed": ("event", 0.7, "verb", "appoint"), "elected": ("event", 0.8, "verb", "elect"),
    "election": ("event", 0.7, "noun", ""), "inaugurated": ("event", 0.8, "verb", "inaugurate"),
    "resigned": ("event", 0.8, "verb", "resign"), "released": ("event", 0.5, "verb", "release"),
    "releases": ("event", 0.5, "verb", "release"), "ceremony": ("event", 0.6, "noun", ""),
    "memorial": ("event", 0.5, "noun", ""), "attack": ("dispute", 0.7, "noun", ""),
    # disputes
    "boycott": ("dispute", 0.95, "verb", "boycott"), "boycotted": ("dispute", 0.95, "verb", "boycott"),
    "protest": ("dispute", 0.7, "noun", ""), "protested": ("dispute", 0.8, "verb", "protest"),
    "tensions": ("dispute", 0.4, "noun", ""), "dispute": ("dispute", 0.6, "noun", ""),
    "expelled": ("dispute", 0.9, "verb", "expel"), "recalled": ("dispute", 0.7, "verb", "recall"),
    "suspended": ("dispute", 0.7, "verb", "suspend"), "condemned": ("statement", 0.7, "verb",
                                                                    "condemn"),
    # statements
    "statement": ("statement", 0.5, "noun", ""), "declaration": ("statement", 0.7, "noun", ""),
    "declared": ("statement", 0.7, "verb", "declare"), "pledged": ("statement", 0.6, "verb", "pledge"),
    "warned": ("statement", 0.6, "verb", "warn"),
    # anniversaries
    "anniversary": ("anniversary", 0.9, "noun", ""),
}
"""Words that name an event, with their category, specificity and title verb."""

# An announcement whose content is a decision ("would compensate", "will impose") is a
# policy, not only a statement.
POLICY_CONTENT: tuple[str, ...] = (
    "would", "will", "plan", "policy", "compensate", "compensation", "sanction", "tariff", "ban",
    "fund", "scheme", "law", "withdraw", "lift", "impose",
)

# Verbs that take an event noun as object without being events themselves:
# "held a meeting" is one event, the meeting, and its subject takes part.
LIGHT_VERBS: tuple[str, ...] = (
    "held", "holds", "hold", "had", "hosted", "hosts", "attended", "attends", "chose to",
    "made", "paid", "pays", "conducted", "joined", "led",
)

# Phrases after which a date is the planned date of the preceding event noun.
SCHEDULE_PHRASES: tuple[str, ...] = (
    "scheduled for", "scheduled in", "scheduled on", "set for", "planned for", "slated for",
    "due in", "due on", "to be held in", "to be held on", "expected in", "expected on",
)

# Words before an event noun that say it is planned, not yet happened.
FUTURE_MODIFIERS: tuple[str, ...] = ("upcoming", "planned", "scheduled", "forthcoming", "next")

# Words that mark a statement as a guess of the writer ("likely also discussed").
HEDGES: tuple[str, ...] = ("likely", "may have", "might have", "probably", "possibly",
                           "reportedly", "could have")

# Modifiers of a meeting that tell two meetings apart.
MEETING_KINDS: dict[str, str] = {
    "trilateral": "trilateral", "three-way": "trilateral", "multilateral": "multilateral",
    "bilateral": "bilateral", "one-on-one": "bilateral", "two-way": "bilateral",
    "summit": "summit",
}

# Titles of office that precede a person's name (case as written in text).
PERSON_TITLES: tuple[str, ...] = (
    "Foreign Minister", "Prime Minister", "Defense Minister", "Defence Minister",
    "Finance Minister", "Trade Minister", "Deputy Foreign Minister", "Vice Foreign Minister",
    "Minister", "President", "Vice President", "Chancellor", "Secretary of State",
    "Secretary-General", "Secretary General", "Secretary", "Ambassador", "Premier", "King",
    "Queen", "Prince", "Emperor", "Pope", "Chairman", "Chairwoman", "Chair", "Governor",
    "Senator", "Sen.", "Rep.", "Mayor", "Leader", "Gen.", "Envoy", "CEO",
    "Chief Executive", "spokesperson", "spokesman", "spokeswoman", "Mr.", "Mrs.", "Ms.", "Dr.",
)

# Demonym -> country, for "South Korean Foreign Minister ..." (case as written).
DEMONYMS: dict[str, str] = {
    "South Korean": "South Korea", "North Korean": "North Korea", "Korean": "South Korea",
    "Japanese": "Japan", "Chinese": "China", "American": "United States", "U.S.": "United States",
    "US": "United States", "Russian": "Russia", "Ukrainian": "Ukraine", "German": "Germany",
    "French": "France", "British": "United Kingdom", "UK": "United Kingdom",
    "Indian": "India", "Pakistani": "Pakistan", "Israeli": "Israel", "Palestinian": "Palestine",
    "Iranian": "Iran", "Iraqi": "Iraq", "Turkish": "Turkey", "Italian": "Italy",
    "Spanish": "Spain", "Canadian": "Canada", "Mexican": "Mexico", "Brazilian": "Brazil",
    "Australian": "Australia", "Egyptian": "Egypt", "Saudi": "Saudi Arabia",
    "Taiwanese": "Taiwan", "Vietnamese": "Vietnam", "Philippine": "Philippines",
    "Indonesian": "Indonesia", "Polish": "Poland", "Dutch": "Netherlands",
    "Swedish": "Sweden", "Norwegian": "Norway", "Finnish": "Finland", "Greek": "Greece",
    "Syrian": "Syria", "Afghan": "Afghanistan", "Qatari": "Qatar", "Emirati": "United Arab Emirates",
}

# Country names as written -> canonical name.
COUNTRIES: dict[str, str] = {
    "South Korea": "South Korea", "Republic of Korea": "South Korea", "North Korea": "North Korea",
    "Japan": "Japan", "China": "China", "United States": "United States", "U.S.": "United States",
    "USA": "United States", "America": "United States", "Russia": "Russia",
    "Ukraine": "Ukraine", "Germany": "Germany", "France": "France",
    "United Kingdom": "United Kingdom", "Britain": "United Kingdom", "U.K.": "United Kingdom",
    "India": "India", "Pakistan": "Pakistan", "Israel": "Israel", "Iran": "Iran", "Iraq": "Iraq",
    "Turkey": "Turkey", "Italy": "Italy", "Spain": "Spain", "Canada": "Canada",
    "Mexico": "Mexico", "Brazil": "Brazil", "Australia": "Australia", "Egypt": "Egypt",
    "Saudi Arabia": "Saudi Arabia", "Taiwan": "Taiwan", "Vietnam": "Vietnam",
    "Philippines": "Philippines", "Indonesia": "Indonesia", "Poland": "Poland",
    "Netherlands": "Netherlands", "Sweden": "Sweden", "Norway": "Norway", "Finland": "Finland",
    "Greece": "Greece", "Syria": "Syria", "Afghanistan": "Afghanistan", "Qatar": "Qatar",
    "Switzerland": "Switzerland", "Belgium": "Belgium", "Austria": "Austria",
    "Singapore": "Singapore", "Thailand": "Thailand", "Malaysia": "Malaysia",
}

# City -> country, so that "a meeting in Germany" and "a meeting in Munich" can be one.
CITIES: dict[str, str] = {
    "Seoul": "South Korea", "Busan": "South Korea", "Pyongyang": "North Korea",
    "Tokyo": "Japan", "Osaka": "Japan", "Hiroshima": "Japan", "Beijing": "China",
    "Shanghai": "China", "Hong Kong": "China", "Washington": "United States",
    "New York": "United States", "San Francisco": "United States", "Moscow": "Russia",
    "Kyiv": "Ukraine", "Kiev": "Ukraine", "Berlin": "Germany", "Munich": "Germany",
    "Paris": "France", "London": "United Kingdom", "New Delhi": "India", "Delhi": "India",
    "Islamabad": "Pakistan", "Jerusalem": "Israel", "Tel Aviv": "Israel", "Tehran": "Iran",
    "Baghdad": "Iraq", "Ankara": "Turkey", "Istanbul": "Turkey", "Rome": "Italy",
    "Madrid": "Spain", "Ottawa": "Canada", "Brasilia": "Brazil", "Canberra": "Australia",
    "Cairo": "Egypt", "Riyadh": "Saudi Arabia", "Taipei": "Taiwan", "Hanoi": "Vietnam",
    "Manila": "Philippines", "Jakarta": "Indonesia", "Warsaw": "Poland",
    "Amsterdam": "Netherlands", "The Hague": "Netherlands", "Stockholm": "Sweden",
    "Oslo": "Norway", "Helsinki": "Finland", "Athens": "Greece", "Damascus": "Syria",
    "Kabul": "Afghanistan", "Doha": "Qatar", "Geneva": "Switzerland", "Davos": "Switzerland",
    "Brussels": "Belgium", "Vienna": "Austria", "Singapore": "Singapore",
    "Bangkok": "Thailand", "Kuala Lumpur": "Malaysia",
}

# Heads of named gatherings: "the Munich Security Conference" is the occasion of a
# meeting, not a second meeting.
NAMED_EVENT_HEADS: tuple[str, ...] = (
    "Conference", "Summit", "Forum", "Assembly", "Games", "Olympics", "Expo", "Dialogue",
    "Congress", "Convention", "Meeting", "Talks",
)

# Words that end the phrase an event noun heads ("a meeting ... | after ...").
CLAUSE_BREAKS: tuple[str, ...] = (
    "after", "following", "before", "since", "when", "while", "because", "although",
    "took", "held", "was", "were", "is", "are", "has", "have", "had", "which", "where",
    "as", "and two", "agreeing", "citing", "saying", "according", "during",
)

# Nouns whose anniversary marks an earlier event of that category (the founding event).
ANNIVERSARY_OF: dict[str, str] = {
    "normalization": "treaty", "normalisation": "treaty", "establishment": "treaty",
    "treaty": "treaty", "signing": "treaty", "agreement": "treaty", "accord": "treaty",
    "founding": "event", "foundation": "event", "independence": "event", "liberation": "event",
    "end": "event", "start": "event", "outbreak": "dispute", "war": "dispute",
    "invasion": "dispute", "attack": "dispute", "diplomatic": "treaty", "ties": "treaty",
    "relations": "treaty",
}
