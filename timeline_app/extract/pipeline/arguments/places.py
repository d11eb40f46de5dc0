"""Where: a mention's place.

Input: the article text, the mentions (after :mod:`.describe`), the article's
:class:`~..entities.Entities` and dateline.  Output: :func:`location_of` (the place
phrase right around a trigger: "in Munich", "at the UN headquarters in New York") for
:mod:`.describe`; and the passes, run by :func:`.describe_mentions`, that set
``Mention.location`` from elsewhere: the gathering an act was at, a fronted "In Doha, ...",
"where ...", the host of a summit, the same venue, a welcome's place, a place taken, and
those that clear a place that is no place (a forum, a court).
"""

from __future__ import annotations

import re

from ... import event_vocabulary as vocab
from ...dateline import Dateline
from ...letters import CAPITAL
from ...sentences import Segment
from ...timex import Timex
from ..entities import Entities
from ..mentions import Mention
from ..phrases import (
    BLOCS,
    BUILDING_HEADS,
    CAPITALS,
    COUNTRIES,
    DEMONYMS,
    GEO_HEADS,
    MONTH_AND_DAY_NAMES,
    SAYING_AFTER,
    SPEAKERS_BEFORE,
    VENUE_CITIES,
    is_date_words,
    is_geographic_feature,
    place_in_its_name,
    strip_det,
    timexes_in,
)
from .names import split_names, subject_names
from .patterns import BODY, COORDINATION, NAMES_WITH_A_PLACE, OBJECT_S_PARTICIPLE, SUBORDINATE


def seat_of_the_court(people: list[str], title: str) -> str:
    """Where an international court that is an event's doer sits (``vocab.COURT_SEATS``):
    its ruling, told without a place, was given there ("International Court of Justice
    finds declaration did not violate international law": The Hague; verify43 X17); ""
    when the court is not the first participant or the title's subject ("Serbia asks the
    International Court of Justice for an opinion" was asked in Belgrade, not there)."""
    court = people[0] if people else ""
    seat = vocab.COURT_SEATS.get(court, "")
    if not seat or not title.startswith((court, f"The {court}")):
        return ""
    return seat


_TO_INFINITIVE = re.compile(r"(?:\s+[a-z]+ly)?(\s+to\s+)(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)"
                            r"[a-z]+\b")
"""A "to" clause right after a verb ("agreed to arrange", "plans to visit"), not a
destination ("flew to Tokyo", "went to the capital")."""


_A_PLEDGE_S_CLAUSE = re.compile(
    r",\s+(?:\w+ly\s+)?(?:pledging|vowing|promising|undertaking|committing\s+(?:themselves|"
    r"itself|himself|herself)|agreeing|aiming|seeking|hoping|calling\s+on\s+[^,;]{1,60}?|"
    r"urging\s+[^,;]{1,60}?)\s+to\s+\w+")
"""', pledging to keep patrols (in ...)': a participle's clause of what is pledged or sought,
after a comma: a place in it is that act's, not the main verb's."""
_BASED_LAST = re.compile(r"\b(?:officials|diplomats|negotiators|envoys|representatives|staff|"
                         r"experts|executives|journalists|militants|rebels|fighters|troops)\s+"
                         r"(?:\w+\s+)?(?:based|stationed)\s+$")
"""People told by where they are based ('officials based in | Tashkent'): their seat, not the
place of what is done with them (a body 'to be based in Riga' is where it will be)."""


_PARTS_OF_A_STATE_BEFORE = re.compile(
    r"\bof\s+(?:(?:the|its|their|all|some|[\w-]+-majority|[a-z]+)\s+){0,3}?(?:municipalities|"
    r"communities|regions|districts|provinces|enclaves|minorities|institutions)\s+$")
"""Parts of a state named in an object, before "in PLACE": "an association of Serb-majority
municipalities | in Kosovo" (verify46: the Brussels agreement's place read Kosovo) is where
the municipalities are, not where the act was."""
_A_PLACE_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:city|town|port|resort|capital|village|"
                                 r"island)\b")
"""'(the Saudi Red Sea) | city': a common noun of a place after capitalised words."""


_COMPASS = (r"(?:far\s+)?(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
            r"south-?west)(?:ern)?")
"""A compass point before a place's name, in lower case ("in | southern | Lebanon")."""


_NUMBERED_TEXTS = frozenset({
    "Resolution", "Article", "Chapter", "Protocol", "Annex", "Section", "Paragraph", "Clause",
    "Decree", "Law", "Phase", "Round", "Part", "Rule", "Directive", "Regulation", "Title",
})
"""Heads of numbered texts and their parts: 'in Resolution 1737', 'in Article 5', 'in Phase
2' name no place (verify47's backgrounder: "imposes sanctions in Resolution" had the place
"Resolution")."""
_A_NUMBER_AFTER = re.compile(r"\s+(?:No\.\s*)?(?:\d|[IVXL]+\b)")
"""A number or a Roman numeral right after a name: 'Resolution 1737', 'Chapter VII'."""


_AT_THE_BORDER_NEAR = r"(?:on|at|along)\s+the\s+(?:[\w-]+\s+)?(?:border|frontier|boundary)\s+(?:near|at)\s+"
"""'on the border near | Tsorona': the frontier told by the place beside it, a place for any
act (not the bare "near", which a meeting may be far from)."""


def _one_is_on(words: list[str], head: str | None) -> bool:
    """Whether a name after a bare "on" is a place one is on: a lake or an island ("on Lake
    Kivu", "on the Bissagos Islands", "on Peleliu island"), not a topic ("agreed on Ukraine")
    nor a river or sea, which talks are more often "on" as a topic."""
    return words[0] in ("Lake", "Isle") or words[-1].rstrip(".") in _ISLE_HEADS or (
        head or "").strip() in ("island", "islands")


_A_LODGING_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:resort|hotel|lodge|retreat|guest\s*house|"
                              r"villa|estate)s?\b")
"""'(at Kumarakom's) | lakeside resort': a lodging told by its town."""
_BARE_ON = re.compile(r"on\s+(?:the\s+)?")
_ISLE_HEADS = frozenset({"Lake", "Island", "Islands", "Isles", "Atoll", "Archipelago"})

_MEMORIALS = frozenset({"Tomb", "Mausoleum", "Monument", "Memorial", "Cemetery", "Cenotaph",
                        "Shrine", "Grave"})
"""Last words of a memorial's name, where wreaths are laid (never a place of their own)."""


_RULERS_BY_TITLE = frozenset({"King", "Queen", "Emir", "Amir", "Sultan", "Pope", "Crown Prince"})
"""A ruler's title written alone ("the King"): a person, never a place."""


_WORKERS_LAST = re.compile(r"\b(?:scientists|researchers|experts|analysts|economists|"
                           r"specialists|biologists|academics|scholars|staff)\s+$", re.IGNORECASE)
"""'Scientists | at the International Council ...': people named by their work, before the
body they work at."""


_AND_A_SECOND_CAPITAL = re.compile(rf"\s+and\s+((?:{CAPITAL}[\w'.-]*\s+)?{CAPITAL}[\w'.-]*)\b")
"""'to Asmara| and Addis Ababa': a second capital a journey goes to (group 1)."""


_ERA_MARK = re.compile(r"B\.\s?E|B\.\s?C|A\.\s?D|C\.\s?E|A\.\s?H|E\.\s?C")
"""The mark of an era before its year ('B.E. 2543', 'A.D. 1066'), read as a name after 'in'."""


def location_of(text: str, start: int, end: int, entities: Entities, to: bool = True,
                near: bool = False) -> str:
    """The place named by "in/at/to PLACE" between ``start`` and ``end``.

    "to PLACE" is a place only for travel and meetings (``to``): "delivered to
    Zenco Airlines" names who received it.  "near PLACE" is one only for a clash or an
    incident (``near``): "clashes between their border police near Mutukula" (dev: no
    place), where a meeting "near" a city is elsewhere.
    """
    prep = r"in|at|to|off" if to else r"in|at|off"
    prep += "|near" if near else ""
    # "off the southern Japanese city of Fukuoka": a city named by its description
    # and "in the waters off Palawan": the sea beside a place is told by that place
    # ("in the Turkish capital Ankara": the name after its description with no "of" too)
    # ("in the Red Sea resort of Sharm el-Sheikh", "in Sudan's capital, Khartoum": a resort,
    # and a capital told by its state's possessive; ext57's battery: "Red Sea", no place)
    city_of = r"(?:the\s+(?:[\w-]+\s+){0,2}(?:city|town|port|capital|island|village|resort)" \
              r"(?:\s+of)?\s+" \
              rf"|{CAPITAL}[\w-]*(?:\s+{CAPITAL}[\w-]*)?['\u2019]s\s+(?:[a-z-]+\s+)?" \
              r"(?:capital|city|port),?\s+" \
              r"|the\s+(?:[\w-]+\s+)?(?:waters|seas?|coast)\s+(?:off|of|near)\s+)"
    # (a name's lower-case particle goes with it: "Rio de Janeiro", "Dar es Salaam";
    # verify12: "in Rio de Janeiro" was "Rio")
    # ("near the village of Tegh": a place told by its description, verify17's clash; not
    # a bare "near X", which may be far from X)
    venue = _AT_VENUE.search(text, start, end)
    # ("on the Caribbean island of Saint Vincent": an island is where things happen "on")
    # ("on the Isle of Pheasants": an island named by its head first, verify41's a2)
    # ("met in southern Lebanon", "in eastern Ukraine": a part of a state told by its
    # compass point, the state named; ext57's battery of wire sentences: no place)
    # ("on the border near Zalambessa": a meeting or patrol at the frontier is placed by the
    # town it is near, whatever it is; "on Lake Kivu", "on Peleliu island": a lake or an
    # island is where things happen "on" -- a bare "on" is kept only for those, ext101)
    for m in re.finditer(rf"\b(?:(?:{prep})\s+(?:{_COMPASS}\s+)?{city_of}?|near\s+{city_of}|on\s+the\s+(?:[\w-]+\s+){{0,2}}"
                         rf"island\s+of\s+|on\s+(?:the\s+)?(?=Isle\s+of\s+{CAPITAL})|{_AT_THE_BORDER_NEAR}"
                         rf"|on\s+)(?:the\s+)?((?:{CAPITAL}[\w'.-]*\s+"
                         rf"(?:(?:de|da|do|dos|das|del|di|du|es|la)\s+(?={CAPITAL}))?)*{CAPITAL}[\w'.-]*"
                         # ("Sharm el-Sheikh": an Arabic article joined to the name's last word)
                         rf"(?:\s+(?:el|al|es|ash|ad|an|ar|as)-{CAPITAL}[\w'.-]*)?)"
                         rf"(\s+(?:{'|'.join(GEO_HEADS)})\b)?", text[start:end]):
        words = m.group(1).split()
        if _BARE_ON.fullmatch(m.group(0), 0, m.start(1) - m.start()) and \
                not _one_is_on(words, m.group(2)):
            continue  # "agreed on Ukraine", "focused on Russia": a topic, no place
        # "the UNESCO-listed Sado mines": the hyphenated epithet is not part of the name.
        while words and re.search(r"-[a-z]", words[0]):
            words.pop(0)
        name = " ".join(words).rstrip(".")  # ("in June." ends a sentence)
        if venue is not None and venue.start() <= start + m.start():
            return _venue_and_city(venue.group(1))  # "at the Kremlin": Moscow (ext32)
        if not name or name.lower() in MONTH_AND_DAY_NAMES or name in entities.alias or \
                is_date_words(name) or name.split()[0].lower() in MONTH_AND_DAY_NAMES \
                or _ERA_MARK.fullmatch(name):
            continue  # (nor an era's mark: "signed in B.E. 2543", ext157)
        if re.search(r"['\u2019]s$", name):
            if m.group(0).startswith("at") and _A_LODGING_AFTER.match(text, start + m.end(1), end) \
                    and (owner := name[:-2]) not in entities.people and owner not in entities.alias \
                    and owner not in COUNTRIES and owner not in DEMONYMS and len(words) == 1:
                # "at Kumarakom's lakeside resort": the resort's town (ext101; not "at
                # Modi's residence", a person's, nor "at Kenya's embassy")
                return owner
            continue  # "in Somalia's favour": an owner, not a place
        if words[-1] in _NUMBERED_TEXTS and _A_NUMBER_AFTER.match(text, start + m.end(1)):
            continue  # "in Resolution 1737", "under Article 4": a numbered text (verify47 A3)
        if any(text.endswith(n, 0, start + m.end(1)) for n in NAMES_WITH_A_PLACE):
            continue  # "the Organization for Security and Co-operation in Europe": its name
        if (name in BLOCS or COUNTRIES.get(name, "") in BLOCS or name.isupper()) and \
                _BELONGING_LAST.search(text, max(start, start + m.start() - 40), start + m.start()):
            continue  # "froze its participation in the CSTO", "its membership in ECOWAS": a
            # body one belongs to, no place (ext131: the row was placed "in CSTO")
        if _PARTS_OF_A_STATE_BEFORE.search(text, max(start, start + m.start() - 60),
                                           start + m.start()):
            continue  # "an association of Serb-majority municipalities in Kosovo" (verify46)
        if _A_PLEDGE_S_CLAUSE.search(text, start, start + m.start()):
            # "signed a joint declaration at the end of the talks, pledging to keep patrols
            # in the Sarstoon river area": the place of what is pledged, not of the signing
            # (verify71 F2: the declaration was placed "in Sarstoon")
            continue
        if m.group(0).startswith("at") and _WORKERS_LAST.search(
                text, max(start, start + m.start() - 30), start + m.start()):
            # "Scientists at the International Council for the Exploration of the Sea advised
            # ...": where they work, a body, not the place of the advice (verify75's ICES
            # row was placed "in International Council")
            continue
        if _BASED_LAST.search(text, max(start, start + m.start() - 40), start + m.start()):
            continue  # "talks with officials based in Tashkent": their seat, not the talks' place
        if SPEAKERS_BEFORE.search(text, max(0, start + m.start() - 40), start + m.start()) \
                and SAYING_AFTER.match(text, start + m.end(1)):
            # "Officials in Port Sudan note that the floods of late September ...": where the
            # speakers are, not where what they tell of happened (ext53's left: "Floods in
            # Port Sudan")
            continue
        if not m.group(2) and (gathering := _GATHERING_AFTER.match(text, start + m.end(1), end)) \
                and not (gathering.group("word") in _PREPOSITIONS_BEFORE_A_GATHERING
                         and not name.isupper() and name not in BLOCS
                         and COUNTRIES.get(name, "") not in BLOCS):
            # "signed the deal at the ASEAN summit", "at the NATO summit in Vilnius": the
            # name qualifies a gathering, it is no place (ext32: the place read "ASEAN")
            continue
        if not m.group(2) and name not in COUNTRIES and _A_STATE_NOUN_AFTER.match(
                text, start + m.end(1), end):
            continue  # "a visit to the South American country": a state described by its
            # region, told before by name (:func:`place_told_before`), no place "South
            # American" (h30's error kinds, ext157's leftover)
        if name in DEMONYMS or name in _RULERS_BY_TITLE and not m.group(2):
            # ("spoke to the King by telephone": a ruler told by the title alone, no place;
            # ext118, from blind set h20: the call was placed in "King")
            continue
        if words[0] in DEMONYMS and not m.group(2) and _A_PLACE_NOUN_AFTER.match(
                text, start + m.end(1), end):
            # "in the Saudi Red Sea city", "the Egyptian Red Sea resort": a city described
            # by its state and sea, not named (verify42 X13: the place read "Saudi Red Sea")
            continue
        if any(name.endswith(" " + head) or name == head for head in vocab.NAMED_EVENT_HEADS):
            continue
        if _TOPIC_BEFORE.search(text, max(start, start + m.start() - 40), start + m.start()) or \
                _TOPIC_OPENING.search(text, start, start + m.start()):
            continue  # "spoke ... about the situation in El Fasher": a topic, no place
        if _TALKS_ON_A_TOPIC.search(text, max(start, start + m.start() - 80), start + m.start()) \
                and is_geographic_feature(name + (m.group(2) or "")):
            # "held talks on fishing in the South China Sea": the sea is where the fishing
            # is, not where the talks were (ext19's not-done)
            continue
        if words[-1] in _MEMORIALS:
            # "laid a wreath at the Tomb of the Unknown Warrior in Nairobi", "at the
            # Reunification Monument": a memorial, not the town it stands in (ext100's
            # programme: the place read "Tomb")
            continue
        if name in _BUILDINGS and (of_chain := _OF_CHAIN.match(text, start + m.end(1), end)):
            # "in the Hall of Mirrors of the Palace of Versailles": the last place of the
            # chain (my Versailles text: the place read "Hall")
            return re.sub(r"^\s*of\s+(?:the\s+)?", "",
                          of_chain.group(0)[of_chain.start(1) - of_chain.start():]).rstrip(".")
        if name in ("Battle", "Siege") and (fought_at := _FEATURE_OF.match(
                text, start + m.end(1), end)) is not None:
            # "defeated Artabanus IV at the Battle of Hormozgan": where the battle was
            # (verify41's a1: the place read "Battle")
            return re.sub(r"^\s+of\s+(?:the\s+)?", "", fought_at.group(0)).rstrip(".")
        if not m.group(2) and words[-1] in vocab.GEOGRAPHIC_FIRST_WORDS and (
                named_of := _FEATURE_OF.match(text, start + m.end(1), end)):
            # "in the Strait of Malacca", "the Gulf of Aden": the feature's whole name
            # (verify19: the place was "Strait")
            return f"{name} {' '.join(named_of.group(0).split())}".rstrip(".")
        if not m.group(2) and (building := _BUILDING_IN_CITY.match(text, start + m.end(1), end)) \
                and building.group(1) in vocab.CITIES:
            return building.group(1)  # "at the Akorda presidential palace in Astana" (verify28)
        if not m.group(2) and m.group(0).startswith("at") and (
                venue_in := _VENUE_IN_CITY.match(text, start + m.end(1), end)) is not None \
                and not is_date_words(venue_in.group(1)) \
                and venue_in.group(1).split()[0].lower() not in MONTH_AND_DAY_NAMES \
                and venue_in.group(1) not in entities.alias:
            # "at the Great Hall of the People in Beijing": the building's city (the place
            # read "Great Hall": a name stops at "of")
            return venue_in.group(1)
        if not m.group(2) and m.group(0).startswith("at") and name not in vocab.CITIES and (
                city := _COMMA_CITY.match(text, start + m.end(1))) is not None \
                and city.group(1) in vocab.CITIES:
            # "at State House, Nairobi, on Saturday": the venue and its city, as the venues
            # the text leaves without one are written (ext41's own story: "State House")
            return f"{name}, {city.group(1)}"
        if m.group(0).startswith("to") and not m.group(2) and name in CAPITALS and (
                second := _AND_A_SECOND_CAPITAL.match(text, start + m.end(1), end)) is not None \
                and second.group(1) in CAPITALS and CAPITALS[second.group(1)] != CAPITALS[name]:
            # "would travel to Asmara and Addis Ababa": a journey to both capitals (ext148,
            # verify85 F7: the title dropped the second)
            return f"{name} and {second.group(1)}"
        return name + (m.group(2) or "")
    if venue is not None:
        return _venue_and_city(venue.group(1))
    described = _THE_STATES_CAPITAL.search(text, start, end)
    if described and (state := DEMONYMS.get(described.group(1))) in _CAPITAL_OF:
        return _CAPITAL_OF[state]  # "in the Ghanaian capital": Accra (ext14b)
    owned = _A_STATE_S_CAPITAL.search(text, start, end)
    if owned and (owner := COUNTRIES.get(owned.group(1), "")) in _CAPITAL_OF:
        return _CAPITAL_OF[owner]  # "met in Sudan's capital, Khartoum": Khartoum (ext57)
    return ""


def _venue_and_city(venue: str) -> str:
    """A place as "Kremlin, Moscow": the venue the text names and the city it is in, which
    it leaves unsaid (``phrases.VENUE_CITIES``; a title says the city: ``titles``)."""
    return f"{venue}, {VENUE_CITIES[venue]}"


_GATHERING_AFTER = re.compile(r"(?:\s+(?P<word>[a-z]+))?\s+(?:summit|summits|meeting|talks|conference|"
                              r"forum|session|ministerial|gathering|retreat|dialogue|treaty|"
                              r"accord|pact|agreement|convention)\b")
"""'at the ASEAN | summit': a gathering named by its body or group, not a place; nor an
instrument's name ('its participation in the New START | treaty', ext33).  A name then a
preposition is a place all the same: "will travel to Wellington | for talks" (verify66 F3: the
trip had no place, "visits abroad"), unless it is a bloc's or an acronym: "at the UN | for
talks", "to the ASEAN | for talks" are still no place."""
_PREPOSITIONS_BEFORE_A_GATHERING = frozenset({"for", "to", "with", "on", "in", "at", "of", "and",
                                              "or", "ahead", "after", "before"})


_AT_VENUE = re.compile(r"\b(?:in|at|to|inside|sidelines\s+of)\s+(?:the\s+)?(?:annual\s+)?("
                       + "|".join(sorted(map(re.escape, VENUE_CITIES), key=len, reverse=True))
                       + rf")\b(?!['\u2019]s|(?:\s+[a-z]+){{0,2}}\s+(?:in|of)\s+{CAPITAL})")
"""'at the Kremlin', 'to the White House': a seat or venue whose city the text leaves
unsaid (``phrases.VENUE_CITIES``; not 'the White House's', nor 'the Akorda presidential
palace in Astana', which names its city)."""
_BUILDING_IN_CITY = re.compile(r"\s+(?:[a-z]+\s+)?(?:palace|residence|hall|building|headquarters)"
                               rf"\s+in\s+({CAPITAL}[\w.-]*(?:\s+{CAPITAL}[\w.-]*)?)(?![\w'\u2019])")
"""'Akorda | presidential palace in Astana': a building named by its city, which is the place
where the event is told elsewhere ('in Astana'), so the two tellings merge."""
_VENUE_IN_CITY = re.compile(rf"(?:\s+of\s+(?:the\s+)?{CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*){{0,3}})?"
                            rf"\s+in\s+({CAPITAL}[\w.-]*(?:\s+{CAPITAL}[\w.-]*)?)(?![\w'\u2019])")
"""'at the Great Hall | of the People in Beijing': a building named by capitals, then its city."""
_COMMA_CITY = re.compile(rf",\s+({CAPITAL}[\w.-]*(?:\s+{CAPITAL}[\w.-]*)?)(?=\s*[,.;]|\s+on\s|\s+in\s|$)")
"""'State House | , Nairobi,': a venue's city after a comma."""
_BUILDINGS = frozenset({"Hall", "Palace", "Castle", "Chateau", "Ch\u00e2teau"})
_OF_CHAIN = re.compile(rf"(?:\s+of\s+(?:the\s+)?{CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*)?)*?"
                       rf"(\s+of\s+(?:the\s+)?{CAPITAL}[\w'.-]*+)(?!\s+of\s)")
"""'Hall| of Mirrors of the Palace| of Versailles': a building's names, the last one its own."""
_FEATURE_OF = re.compile(rf"\s+of\s+(?:the\s+)?{CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*){{0,3}}")
"""'Strait | of Malacca', 'Gulf | of the Mexico': the rest of a feature named by its head
first (``event_vocabulary.GEOGRAPHIC_FIRST_WORDS``)."""


_TALKS_ON_A_TOPIC = re.compile(r"\b(?:talks|negotiations|consultations|dialogue)\s+(?:on|over|about)"
                               r"\s+(?:[a-z][\w-]*\s+){1,4}$")
"""'talks on fishing | in the South China Sea': a place that qualifies the talks' topic."""


_TOPIC_BEFORE = re.compile(r"\b(?:" + "|".join(vocab.TOPIC_NOUNS) + r")\s+$")
"""'the humanitarian situation | in El Fasher': a place that qualifies a topic noun."""
_TOPIC_OPENING = re.compile(r"\s(?:about|regarding|concerning|to\s+discuss)\s")
"""'spoke by telephone ... | about | ...': what follows is the topic, and its places too."""


_THE_STATES_CAPITAL = re.compile(rf"\b(?:in|at|to|into)\s+the\s+({CAPITAL}[a-z]+(?:\s+{CAPITAL}[a-z]+)?)\s+capital\b"
                                 rf"(?!,?\s+{CAPITAL})")
"""A capital told by its state's adjective, its name not written after it ("the Ghanaian
capital", and an adjective of two words: "the North Korean capital", ext33: no place; "flew
into the South Sudanese capital", ext101)."""
_A_STATE_S_CAPITAL = re.compile(rf"\b(?:in|at|to)\s+({CAPITAL}[\w-]*(?:\s+{CAPITAL}[\w-]*)?)"
                                r"['\u2019]s\s+capital\b")
"""A capital told by its state's possessive ("in Sudan's capital"), its name cut off by a comma."""
_CAPITAL_OF = {state: city for city, state in reversed(list(CAPITALS.items()))}
"""Each state's capital (the first ``CAPITALS`` lists where it has two spellings)."""


_PLACE_AND_ITS_RELATIVE_VISIT = re.compile(
    rf"({CAPITAL}[\w'.-]*(?:\s+(?:de\s+)?{CAPITAL}[\w'.-]*){{0,2}}),\s+(?:a|the)\s+(?:[a-z]+\s+)?"
    r"(?:country|city|nation|capital|region|state|island|port)\s+(?:that\s+|which\s+)?"
    rf"(?P<who>he|she|they|{CAPITAL}[\w'-]*)\s+(?:(?:last|first|had|has|have|once|never|\w+ly)\s+)*$")
"""'a two-day state visit to Vietnam, a country he last visited | in 2017': the place
before its description, the relative clause's subject before the verb."""


def the_place_a_relative_visit_went_to(text: str, mentions: list[Mention],
                                       entities: Entities) -> None:
    """"Putin is due to fly to Hanoi ... for a state visit to Vietnam, a country he last
    visited in 2017": the visit of the relative clause was to the place it describes, by
    its subject (a pronoun: the last person of that gender named before; ext39: "Visit",
    no place, no one)."""
    for m in mentions:
        if m.pos != "verb" or m.verb != "visit" or m.location:
            continue
        found = _PLACE_AND_ITS_RELATIVE_VISIT.search(text, max(m.seg.start, m.start - 120),
                                                     m.start)
        if found is None or found.group(1) in entities.people:
            continue
        m.location = found.group(1)
        if COUNTRIES.get(found.group(1)) and COUNTRIES[found.group(1)] not in m.countries:
            m.countries.append(COUNTRIES[found.group(1)])
        who = found.group("who")
        if not m.participants and who.lower() in ("he", "she"):
            named = [p for _a, p in entities.people_in(text, max(0, m.start - 1500),
                                                       found.start())
                     if entities.agrees(p, who.lower())]
            if named:
                m.participants.append(named[-1])
                m.subject = m.subject or named[-1]


_MAKING_VERBS = frozenset({"sign", "conclude", "reach", "initial", "negotiate", "ink", "adopt"})


def the_city_it_is_named_after(mentions: list[Mention]) -> None:
    """"the two countries signed the Zurich Protocols on October 10, 2009", "The Minsk
    agreements were signed in February 2015": a text named after a city was made there
    (ext39: no place; the dev gold places it).  Only a verb of making a text
    (:data:`_MAKING_VERBS`), never one of leaving or breaking it ("withdrew from the Paris
    Agreement" is no act in Paris), and only a city the vocabulary knows
    (``phrases.place_in_its_name``).  An anniversary of a happening named after a city is
    marked there too: "Poland marks the 80th anniversary of the Warsaw Uprising" (dev dpa:
    no place)."""
    for m in mentions:
        if m.location:
            continue
        if m.pos == "noun" and m.category == "anniversary" and (
                named := _OF_THE_NAMED.match(m.object_text)):
            m.location = place_in_its_name(named.group(0))
            continue
        if m.pos != "verb" or m.verb not in _MAKING_VERBS:
            continue
        m.location = place_in_its_name(f"{m.object_text} {m.patient}")


_OF_THE_NAMED = re.compile(rf"\s+of\s+the\s+(?:{CAPITAL}[\w'-]*\s+){{1,3}}"
                           r"(?:[Uu]prising|[Rr]ising|[Mm]assacre|[Ss]iege|[Bb]ombing|[Bb]attle)\b")
"""An anniversary's happening named by its city: ' of the Warsaw Uprising'."""


_TAKING_VERBS = frozenset({"annex", "seize", "capture", "occupy", "invade", "retake", "recapture",
                           "overrun", "liberate"})
"""Verbs whose object is a territory: where the act happened ('annexed Crimea')."""
_A_TERRITORY = re.compile(
    rf"\s+(?:the\s+)?(?:(?:[a-z]+|{CAPITAL}[a-z]+(?:ese|ian|an|i|ish)"
    rf"|{CAPITAL}[a-z]+(?=\s+(?:capital|city|port|town|island)\b))\s+){{0,3}}?"
    r"(?:(?:city|town|port|region|province|island|village|peninsula|enclave|territory)\s+of\s+)?"
    rf"(?:the\s+)?({CAPITAL}[\w'-]+(?:\s+(?!(?:in|on|at|and)\b){CAPITAL}[\w'-]+){{0,2}})(?![\w'\u2019])"
    rf"(?!\s+(?:{CAPITAL}|(?:region|province|city|town|capital|port|island)\b))")
"""'annexed | Crimea', 'seized | the eastern Congolese city of Goma': the taken place's name
after its description (not a name run on into another, nor an adjective before its noun:
'captured the Parthian capital Ctesiphon' is Ctesiphon, verify41's a1 read "Parthian")."""


_A_VESSEL = re.compile(r"\b(?:ships?|vessels?|tankers?|carriers?|freighters?|trawlers?|boats?|"
                       r"yachts?|ferry|ferries|warships?|frigates?|aircraft|planes?|jets?|"
                       r"airliners?|drones?)\s+$")
"""A vessel or craft named after its kind: 'the car carrier | Galaxy Leader'."""
_A_PERSON_TAKEN = re.compile(r"\s+(?:himself|herself|themselves)\b")


def the_place_taken(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"Russia annexed Crimea in March 2014", "M23 rebels seized the eastern city of Goma":
    the object of a verb of taking territory is the act's place (ext39: no place; the dev
    golds place an invasion or a capture where it was).  Only a name that is no person,
    no body and no month; a place the sentence gives otherwise ("in ...") is kept."""
    for m in mentions:
        if m.location or m.pos != "verb" or m.verb not in _TAKING_VERBS:
            continue
        found = _A_TERRITORY.match(text, m.end, m.seg.end)
        if found is None:
            continue
        name = found.group(1).rstrip(".")
        if _A_VESSEL.search(text, found.start(), found.start(1)):
            continue  # "seized the car carrier Galaxy Leader": a ship, no place (verify58 F14)
        if name.lower() in MONTH_AND_DAY_NAMES or is_date_words(name) \
                or entities.people_in(name, 0, len(name)) or BODY.search(" " + name) \
                or name in entities.people or name in DEMONYMS \
                or _A_PERSON_TAKEN.match(text, found.end(1)) is not None:
            continue  # (nor "captured Hamilton himself": a person, WikiWars 04)
        m.location = COUNTRIES.get(name, name) if name in COUNTRIES else name


_CROSSING_HEAD = r"(?i:(?:border\s+)?(?:crossing(?:\s+point)?|checkpoint|border\s+post|bridge))"
_CROSSING_NAME = rf"({CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*){{0,2}}?)\s+({_CROSSING_HEAD})(?![\w-])"
_THE_CROSSING_AFTER = re.compile(rf"\s+(?:of\s+)?(?:the\s+)?(?:(?:main|key|only|vital|busy|"
                                 rf"[a-z]+-[a-z]+)\s+)?{_CROSSING_NAME}")
"""'reopened | the Ras Ajdir border crossing', 'the reopening | of the Rafah crossing'."""
_THE_CROSSING_BEFORE = re.compile(rf"\b[Tt]he\s+{_CROSSING_NAME}\s+(?:(?:was|were|is|are|has|had|"
                                  r"have|will|would|could|be|been|also|again|finally|then)\s+){0,3}$")
"""'The Rafah crossing | reopened', 'the Margara crossing would be | opened'."""


def the_crossing_acted_on(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"Tunisia and Libya reopened the Ras Ajdir border crossing on July 1", "Truck drivers
    blocked the Chungara border crossing", "The Rafah crossing reopened on Monday": a
    crossing, checkpoint or bridge named as the act's object (or its subject, before the
    verb) is where the act was; its place is written as the text names it ("Ras Ajdir
    border crossing").  Measured on the dev set (session 47, fix154): two golds placed there
    had no place (u24, u46b); a crossing is rarely in the gazetteer, so ``location_of``'s
    "in/at PLACE" never finds it.  Not a state's adjective ("the Egyptian border
    crossing"), a person or a month; a place the sentence gives otherwise is kept."""
    for m in mentions:
        if m.location:
            continue
        found = _THE_CROSSING_AFTER.match(text, m.end, m.seg.end)
        if found is None:
            found = _THE_CROSSING_BEFORE.search(text, max(m.seg.start, m.start - 80), m.start)
        if found is None:
            continue
        name = found.group(1)
        if name in DEMONYMS or name.split()[0] in DEMONYMS or name in entities.people \
                or name.lower() in MONTH_AND_DAY_NAMES or is_date_words(name) \
                or name in COUNTRIES or entities.people_in(name, 0, len(name)):
            continue
        m.location = f"{name} {' '.join(found.group(2).split())}"


FORUM_PLACE = re.compile(rf"(?:\b(?:Organi[sz]ation|International\s+(?:{CAPITAL}\w+\s+)?(?:Court|Tribunal)|"
                          r"Court\s+of\s+Justice|Court\s+of\s+Arbitration)|^(?:the\s+)?"
                          r"(?:WTO|ICJ|ICC|PCA|ITLOS))$")
"""An international body that hears a case, not a place: 'the World Trade Organization', 'the
International Court of Justice', 'the WTO' (not a state's court: 'lost its case in the High
Court' keeps its place, MEANTIME 40203)."""
_A_CASE = re.compile(r"\b(?:complaint|complaints|case|cases|suit|lawsuit|appeal|petition|dispute|"
                     r"claim|challenge)\b", re.IGNORECASE)


_BUILDING_HEADS = BUILDING_HEADS
"""Last words of a building's name (``phrases.BUILDING_HEADS``): a place inside a city."""


_BUILDING_NOUN_AFTER = re.compile(r"\s+(?:building|headquarters|complex|compound|palace|"
                                  r"residence|hotel|guesthouse|guest\s+house|"
                                  r"theatre|theater|opera\s+house|concert\s+hall|stadium|museum|"
                                  r"cathedral|auditorium)\b")
"""'the Justus Lipsius | building', 'the Teatro Colon | theatre' (verify72 F1: the place was
the theatre, not its city): a building named by its own name and a common noun."""
_CITY_IN = re.compile(rf"\b(?:in|to|at)\s+(?:the\s+)?({CAPITAL}[\w'\u2019.-]*(?:\s+{CAPITAL}[\w'\u2019.-]*){{0,2}})")
"""'arrived in | Koror', 'meet in | Brussels': a name after a locative, a city if one is known."""


def a_building_is_in_its_city(text: str, mentions: list[Mention]) -> None:
    """A place that is a building ("held talks with Whipps at the Palau National Capitol",
    "arrived at the Justus Lipsius building") is given with its city ("Palau National
    Capitol, Koror"), as the venues whose city the text leaves unsaid are
    (:func:`_venue_and_city`): the city named by a locative in the same sentence, else the
    one the headline names ("LIVE: Vučić and Kurti meet in Brussels"); a building with no
    city named there stays as it is (not the dateline's: "WASHINGTON - ... signed the
    treaty at Lancaster House" was in London).  A building is a name whose
    last word is one of :data:`_BUILDING_HEADS` or that a building's common noun follows
    (:data:`_BUILDING_NOUN_AFTER`).  verify46: the live blog's row had the place "Justus
    Lipsius"; ext57's Pacific Islands Forum story "Palau National Capitol"."""
    headline = text[:text.find("\n")] if "\n" in text else ""
    for m in mentions:
        loc = m.location
        if not loc or "," in loc or loc in vocab.CITIES or loc in COUNTRIES \
                or loc in VENUE_CITIES:
            continue
        sentence = m.seg.text
        at = sentence.find(loc)
        if not (loc.split()[-1] in _BUILDING_HEADS
                or at >= 0 and _BUILDING_NOUN_AFTER.match(sentence, at + len(loc))):
            continue
        city = next((c.group(1) for c in _CITY_IN.finditer(sentence)
                     if c.group(1) in vocab.CITIES), "")
        if not city:
            city = next((c.group(1) for c in _CITY_IN.finditer(headline)
                         if c.group(1) in vocab.CITIES), "")
        if city:
            m.location = f"{loc}, {city}"


def a_forum_is_no_place(mentions: list[Mention]) -> None:
    """"Seoul said it would withdraw its complaint at the World Trade Organization", "filed
    rival complaints at the WTO": the body that hears a case is a party to it, not where it
    happened (verify34 E20: the row's place read "World Trade Organization").  Only a case
    (complaint, suit, appeal, dispute ... in the act's words or its object) and only a body
    that hears cases (:data:`FORUM_PLACE`); a meeting or a speech "at the United Nations"
    keeps its place, as the dev golds have it."""
    for m in mentions:
        if not m.location or m.category in ("meeting", "visit", "statement") \
                or not FORUM_PLACE.search(m.location) \
                or not _A_CASE.search(f"{m.word} {m.object_text} {m.patient}"):
            continue
        if m.location not in m.joined_by and m.location not in m.participants:
            m.joined_by.append(m.location)
        m.location = ""


_HOST_NAME = rf"(?:the\s+(?:State|Kingdom|Republic|Sultanate)\s+of\s+)?({CAPITAL}[\w.'-]*(?:\s+{CAPITAL}[\w.'-]*){{0,2}})"
_HOSTS_IT = re.compile(_HOST_NAME + r"\s+(?:(?:will|would|is\s+to|(?:plans|hopes|wants|expects|intends|"
                       r"is\s+set|is\s+due|is\s+expected|agreed|offered)\s+to|to)\s+)?"
                       r"(?:host|hosts|hosted|hosting)\s+(?:the\s+|a\s+|an\s+)?"
                       r"(?:[\w\"'\u201c\u201d-]+\s+){0,6}$")
"""'Indonesia will host | the ASEAN summit', 'the State of Kuwait hosted | the International
Conference': the host named just before the gathering."""
_HOSTS_GUESTS_FOR = re.compile(_HOST_NAME + r"\s+(?:(?:will|would|is\s+to|(?:plans|hopes|is\s+set|"
                               r"is\s+due|is\s+expected|agreed|offered)\s+to|to)\s+)?(?:host|hosts|"
                               rf"hosted|hosting)\s+(?:the\s+)?{CAPITAL}[^.;:()]{{0,100}}?\s+for\s+(?:a\s+|an\s+|"
                               r"the\s+)?(?:[\w-]+\s+){0,3}$")
"""'Britain will host Norway, Iceland and the Faroe Islands for | talks': the guests named
between the host and the gathering, a list with its commas."""
_HOST_GUESTS_GAP = re.compile(r"\s+(?:(?:will|would|is\s+to|(?:plans|hopes|is\s+set|is\s+due|"
                              r"is\s+expected|agreed|offered)\s+to|to)\s+)?(?:host|hosts|hosted|"
                              r"hosting)\s+(?:the\s+)?")
"""What lies between a host's name and its guests' list ('Britain| will host |Norway')."""
_HOSTED_OCCASIONS = frozenset({"ceremony", "ceremonies"})
"""Occasions of another lane that a host holds as it holds a gathering ("Doha will host a
signing ceremony on Friday": the ceremony is in Doha)."""
_WHICH_IT_HOSTS = re.compile(r"[^.;]{0,40}?(?:,\s+which|\s+that)\s+" + _HOST_NAME
                             + r"\s+(?:(?:will|would|plans\s+to|is\s+to|is\s+set\s+to|is\s+due\s+to)\s+)?"
                             r"(?:host|hosts|hosted)\b")
"""'the first "Central Asia plus Japan" summit |, which Tokyo plans to host'."""


def _host_place(name: str) -> str:
    """The place a host's name gives: a city or a state as the text names it ("Tokyo",
    "Indonesia", "Kuwait"), else "" (a person or an organisation hosts no place)."""
    if name in vocab.CITIES or name in COUNTRIES:
        return name
    return ""


def the_host_is_the_place(text: str, mentions: list[Mention], dateline: Dateline,
                          entities: Entities | None = None) -> None:
    """"Indonesia will host the ASEAN summit in May", "the State of Kuwait hosted the
    International Conference for the Reconstruction of Iraq", "the summit, which Tokyo plans
    to host in December": a gathering takes place in the city or state that hosts it
    (ext32: no place; dev gold "Kuwait", "Tokyo").  Only a gathering with no place of its
    own, and only a host that is a city or a state (``vocab.CITIES``, ``COUNTRIES``); a
    state whose city the dateline names is that city ("DOHA - Qatar hosted talks": Doha)."""
    city = dateline.place.title() if dateline.place else ""
    home = vocab.CITIES.get(city, "")
    for m in mentions:
        if m.location or not (m.category == "meeting" or m.word in _HOSTED_OCCASIONS):
            continue
        place = ""
        if m.pos == "verb" and m.verb == "host":
            place = _host_place(m.subject)
        elif m.pos == "noun":
            lo = max(m.seg.start, m.phrase_start - 120 if m.phrase_start else m.start - 120)
            guests = None
            before = _HOSTS_IT.search(text, lo, m.start) \
                or (guests := _HOSTS_GUESTS_FOR.search(text, max(m.seg.start, m.start - 160),
                                                       m.start))
            if guests is not None and entities is not None:
                # (the guests take part: "will host Norway, Iceland and the Faroe Islands
                # for talks")
                gap = _HOST_GUESTS_GAP.match(text, guests.end(1))
                listed = entities.state_list_at(
                    text, guests.end(1) + (len(gap.group(0)) if gap is not None else 0), m.start)
                m.joined_by += [s for s in listed if s not in m.joined_by]
            after = _WHICH_IT_HOSTS.match(text, m.end, m.seg.end)
            found = before or after
            place = _host_place(found.group(1)) if found else ""
            state = COUNTRIES.get(place) or vocab.CITIES.get(place, "")
            if after is not None and not before and state and state not in m.joined_by:
                # "the summit, which Tokyo plans to host": the host takes part (dev: the
                # host was a participant when the plan was the row, ext33)
                m.joined_by.append(state)
        if place and home and COUNTRIES.get(place) == home:
            place = city
        if place:
            m.location = place


_PLANNED_FOR_PLACE = re.compile(r",?\s+(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:originally\s+|"
                                r"initially\s+|first\s+|previously\s+)?(?:planned|scheduled|set)\s+"
                                r"(?:for|in)\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
                                r"Mon|Tue|Wed|Thu|Fri|Sat|Sun|Early|Late|Mid|Next|This|Last)[a-z]*\b)"
                                rf"({CAPITAL}[\w'-]+(?:\s+{CAPITAL}[\w'-]+)?)\b")
"""'The ministerial meeting|, originally planned for Bergen': the place a gathering was
planned for."""
_PUT_OFF = frozenset({"postpone", "cancel", "delay", "reschedule", "defer"})
"""Verbs that put off an occasion ("postponed the visit"): its place is theirs."""


def the_place_of_what_was_put_off(mentions: list[Mention]) -> None:
    """"Kovač's planned visit to Belgrade was postponed last month", "cancelled the summit in
    Hanoi": what is put off was to take place where the visit or gathering was to be (ext32:
    dev h3-byline-serbia-croatia, no place).  Only a visit or meeting noun of the same
    sentence that the verb's subject or object names."""
    for m in mentions:
        if m.pos == "noun" and not m.location and m.category in ("visit", "meeting") and (
                planned := _PLANNED_FOR_PLACE.match(m.seg.text, m.end - m.seg.start)):
            # "The ministerial meeting, originally planned for Bergen on Nov. 6": where it
            # was to be (verify31 F5: no place)
            m.location = planned.group(1)
    for m in mentions:
        if m.pos != "verb" or m.verb not in _PUT_OFF or m.location:
            continue
        said = f"{m.patient} {m.subject_phrase} {m.object_text}".split()
        occasion = next((n for n in mentions if n.seg is m.seg and n.pos == "noun" and n.location
                         and n.category in ("visit", "meeting") and n.word in said), None)
        if occasion is not None:
            m.location = occasion.location



_HOST_SPEAKS_OF_A_VISIT = re.compile(
    rf"(?P<state>{CAPITAL}[\w.'\u2019-]*(?:\s+{CAPITAL}[\w.'\u2019-]*){{0,2}})['\u2019]s\s+"
    r"(?:(?:[\w-]+\s+){0,2}?(?:prime\s+minister|president|foreign\s+minister|minister|"
    r"government|king|premier|chancellor|spokes(?:man|woman|person)|ambassador))\b"
    r"[^.;:!?]{0,80}?\b(?:said|says|told\s+[\w\s]{1,30}?)\s+(?:(?:on|last|this|late|early)\s+"
    r"\w+\s+)?that\s+(?:a|an|the)\s+(?:planned\s+|proposed\s+)?(?:state\s+|official\s+)?$")
"""'Fiji's prime minister, Sitiveni Rabuka, said on Tuesday that a state | visit': the
state of who speaks of the visit (``state``)."""
_A_VISIT_BY = re.compile(r"\s+by\s+")


def a_visit_its_host_speaks_of(mentions: list[Mention]) -> None:
    """A visit noun with no place, "by" a visitor of another state, that an official of a
    state speaks of ("Fiji's prime minister, Sitiveni Rabuka, said on Tuesday that a state
    visit by Indonesia's president in March was 'not in question'"), is to that state:
    whose official says a visit by another state's is or is not in question speaks as its
    host (verify66 F4: "Indonesia visits abroad", which no review matched with the March
    visit to Fiji told by another article).  Only a state the vocabulary knows
    (``phrases.COUNTRIES``), not one of the visit's own states."""
    for m in mentions:
        if m.pos != "noun" or m.category != "visit" or m.location or not m.countries \
                or _A_VISIT_BY.match(m.seg.text, m.end - m.seg.start) is None:
            continue
        said = _HOST_SPEAKS_OF_A_VISIT.search(m.seg.text, 0, m.phrase_start - m.seg.start) \
            if m.phrase_start > m.seg.start else None
        if said is None:
            said = _HOST_SPEAKS_OF_A_VISIT.search(m.seg.text, 0, m.start - m.seg.start)
        host = COUNTRIES.get(said.group("state")) if said is not None else None
        if host is None or host in m.countries:
            continue
        m.location = host
        m.countries = [*m.countries, host]

_AFTER_THE_FRONTED = re.compile(r"\s*(?:Shortly\s+|Soon\s+|Right\s+)?(?:[Aa]fter|[Ff]ollowing)\s+"
                                r"(?:the|their|this)\s+(?:[\w-]+\s+){0,2}?(signing|talks|meeting|"
                                r"summit|ceremony|negotiations|consultations)\s*,")
"""'After the signing, | Kamikawa and Kihara held "two-plus-two" talks': a fronted occasion."""
_AFTER_THE_TALKS_IN = re.compile(r"\b(?:after|following)\s+(?:(?:a|an|the|their|its|new|latest|"
                                 r"final|round|rounds|of|two|three|four|five|days?)\s+){0,6}"
                                 r"(?:(?<=of\s)(?:[a-z][\w-]*\s+){1,2})?$")
"""'... announced | after a new round of | talks in Vienna on Wednesday', 'after four days of
previously undisclosed | talks in Beijing' (two words of its own after 'of')."""


_TALKS_END_THE_CLAUSE = re.compile(rf"(?:\s+(?:in|at|on\s+the\s+(?:[\w-]+\s+){{0,2}}island\s+of)\s+(?:the\s+)?"
                                   rf"{CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*)*)?"
                                   rf"(?:\s+(?:on|last|this|earlier|late|early)\s+{CAPITAL}?\w+)?"
                                   r"\s*(?:[,.;]|$)")
"""'after a new round of talks | in Vienna on Wednesday.', 'after talks | on the Caribbean
island of Saint Vincent.': the talks end the clause (not
'after talks in Luanda | collapsed in March', the subject of a clause of their own)."""


_AFTER_WHICH_CLAUSE = re.compile(
    r",\s+(?:(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?|hours?)\s+|"
    r"(?:shortly|just|hours|days|soon)\s+)?after\s+[^,;:()]{0,120}$")
"""A clause opened by "after" that runs to a meeting: ", a day after Bhutan's Foreign
Minister D N Dhungyel held | talks", ", after a final round of | talks"."""


def talks_before_the_act_there(text: str, mentions: list[Mention]) -> None:
    """Talks told in an "after" clause of an act done in a city, with no place of their
    own, were held in that city: "The pact was signed in New Delhi ..., a day after
    Bhutan's Foreign Minister held talks with ... Jaishankar", "signed the agreement at the
    La Moneda presidential palace in Santiago, after a final round of talks that began on
    Sunday" (dev PTI and Reuters: no place).  Only a signing or a meeting done, in a city
    (not a country: "signed in Japan after talks" says little of where they were), and
    only the talks of the "after" clause right after it."""
    for i, m in enumerate(mentions):
        if m.category != "meeting" or m.location or m.planned:
            continue
        act = next((x for x in reversed(mentions[max(0, i - 4):i]) if x.seg is m.seg
                    and x.end <= m.start and x.location), None)
        if act is None or act.planned or act.category not in ("treaty", "meeting") \
                or act.location not in vocab.CITIES \
                or _AFTER_WHICH_CLAUSE.search(text, act.end, m.start) is None \
                or any(x.seg is m.seg and act.end <= x.start and x.end <= m.start and x.location
                       for x in mentions[max(0, i - 4):i]):
            continue
        m.location = act.location


_FIRST_TO_PLACE_SINCE = re.compile(
    rf"\bfirst\b[^.;:]{{0,80}}?\bto\s+(?:visit\s+|travel\s+to\s+|go\s+to\s+)?(?:the\s+)?"
    rf"(?P<place>{CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*){{0,2}})\s+since\s+[^,;:.]{{0,80}}$")
"""'the first Chilean head of state to visit | Bolivia | since Ricardo Lagos | attended', 'the
first by a Japanese prime minister to | Central Asia | since Shinzo Abe | toured'."""


_A_PARTICIPLE_AFTER_SINCE = re.compile(r"\bsince\s+(?:[a-z]+ly\s+)?$")
"""'since | taking office', 'since recently becoming': no doer of its own between "since"
and the act."""


def the_place_of_the_last_time(text: str, mentions: list[Mention]) -> None:
    """An act told after "since" in "the first ... to visit PLACE since ..." was done in
    that place: "the first Chilean head of state to visit Bolivia since Ricardo Lagos
    attended Evo Morales's inauguration", "the first (trip) by a Japanese prime minister to
    Central Asia since Shinzo Abe toured all five countries of the region" (dev Reuters and
    Kyodo: no place).  A place the gazetteer knows (a city, a state, a region), and only the
    first act after "since"."""
    for m in mentions:
        if m.location or m.category not in ("visit", "meeting", "event", "treaty"):
            continue
        last = _FIRST_TO_PLACE_SINCE.search(text, max(m.seg.start, m.start - 220), m.start)
        if last is None or _A_PARTICIPLE_AFTER_SINCE.search(text, last.start(), m.start):
            # ("his first trip to the Pacific since | taking office in 2019": the traveller's
            # own earlier act, not done in the place of the trip; docs53: "Prabowo Subianto
            # takes office in Pacific")
            continue
        place = last.group("place")
        if place in vocab.CITIES or place in COUNTRIES or place in vocab.REGIONS:
            m.location = place


def acts_after_a_gathering(text: str, mentions: list[Mention]) -> None:
    """"After the signing, Kamikawa and Kihara held "two-plus-two" talks with Teodoro": the
    acts of a sentence opened by an occasion told before took place where it did; "Armenia
    and Turkey have agreed to establish relations, envoys announced after a new round of
    talks in Vienna on Wednesday": what a sentence says was agreed after talks with a place
    was agreed there (ext32: dev h4-kyodo-japan-philippines-raa and h2-aljazeera-armenia-
    turkey, no place).  Only acts told as done (not plans) with no place of their own."""
    by_seg: dict[int, list[Mention]] = {}
    for m in mentions:
        by_seg.setdefault(m.seg.start, []).append(m)
    earlier: list[Mention] = []
    for start in sorted(by_seg):
        group = by_seg[start]
        seg = group[0].seg
        place = ""
        fronted = _AFTER_THE_FRONTED.match(text, seg.start, seg.end)
        if fronted is not None:
            noun = fronted.group(1).lower()
            told = next((x for x in reversed(earlier) if x.location and (
                x.category == "treaty" and noun in ("signing", "ceremony") and (
                    x.verb == "sign" or x.word.lower().startswith("sign"))
                or x.category == "meeting" and noun not in ("signing", "ceremony"))), None)
            place = told.location if told is not None else ""
        if not place:
            talks = next((x for x in group if x.pos == "noun" and x.category == "meeting"
                          and x.location and not x.planned and _AFTER_THE_TALKS_IN.search(
                              text, max(seg.start, x.phrase_start - 50 if x.phrase_start else
                                        x.start - 50), x.start)
                          and _TALKS_END_THE_CLAUSE.match(text, x.end, seg.end)), None)
            place = talks.location if talks is not None else ""
        if place:
            for m in group:
                if not m.location and not m.planned and (m.pos == "verb" or re.search(
                        r"\b(?:held|had|hosted)\s+(?:\S+\s+){0,6}$", text[max(seg.start,
                                                                          m.start - 80):m.start])) \
                        and m.category in ("treaty", "meeting", "policy", "statement") \
                        and (fronted is None or m.start > fronted.end()):
                    m.location = place
        earlier.extend(sorted(group, key=lambda x: x.start))


_ARRIVED_FROM = re.compile(rf"\s+(?:here\s+)?from\s+(?:the\s+)?{CAPITAL}")


def an_arrival_from_elsewhere(text: str, mentions: list[Mention]) -> None:
    """"Ishiba held talks with Tokayev in Astana on Saturday, a day after Ishiba arrived from
    Tashkent": an arrival that names only where it came from arrived where the act of its
    sentence it is told beside took place (ext32: dev h2-kyodo-central-asia, no place; the
    gold "Astana").  Only an act before it in the same sentence, with a place."""
    last: Mention | None = None
    for m in sorted(mentions, key=lambda x: x.start):
        if m.pos == "verb" and m.word.lower().startswith("arriv") and not m.location \
                and last is not None \
                and last.seg is m.seg and _ARRIVED_FROM.match(text, m.end, m.seg.end):
            m.location = last.location
        if m.location:
            last = m


_EMBASSY_ACTS = frozenset({"open", "reopen", "close", "evacuate", "relocate", "move"})
_AN_EMBASSY = re.compile(r"\b(?:embass(?:y|ies)|consulates?(?:[- ]general)?|missions?|"
                         r"high\s+commissions?)\b", re.IGNORECASE)
# (and the Pacific's and the Commonwealth's words for one: "Tonga opened a mission in
# Wellington", verify59 F24: Tonga alone)


def the_host_of_an_embassy(text: str, mentions: list[Mention]) -> None:
    """"Kuwait's embassy in Baghdad reopened in 2008": an embassy opened, reopened, closed or
    moved in another state's capital is an act between the two states, and the host state
    takes part (dev h3-kuna-kuwait-iraq: Kuwait only).  Only a capital of a state not yet
    named among the act's states; a statement of an embassy's is not such an act."""
    for m in mentions:
        if m.pos != "verb" or m.verb not in _EMBASSY_ACTS or not m.countries:
            continue
        host = CAPITALS.get(m.location, "")
        said = " ".join((m.subject_phrase, m.patient, m.object_text))
        if host and host not in m.countries and _AN_EMBASSY.search(said):
            m.countries.append(host)


_BASED_IN = re.compile(r"(?<![\w-])(?:(?:a|an|the|its|their)\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
                       r"\s+(?:based|headquartered|seated)\s+in\s+$")


def a_body_based_in_a_city(text: str, mentions: list[Mention]) -> None:
    """'a joint commission based in Shymkent will hold its first meeting': the commission
    meets, in Shymkent; the city is its place, not its subject (verify28: "Shymkent to hold
    first meeting", the city its participant and no place)."""
    for m in mentions:
        if not m.subject or " and " in m.subject:
            continue
        at = text.rfind(m.subject, m.seg.start, m.start)
        based = _BASED_IN.search(text, max(m.seg.start, at - 60), at) if at >= 0 else None
        if based is None:
            continue
        city, m.subject, m.subject_phrase = m.subject, "", based.group(1)
        m.participants = [p for p in m.participants if p != city]
        m.countries = [c for c in m.countries if c != city]
        m.location = m.location or city


_CITY_BEFORE_THE_NOUN = re.compile(rf"(?<![\w'\u2019.-])((?:{CAPITAL}[\w'.-]*\s+){{0,2}}{CAPITAL}[\w'.-]*)\s+$")
"""'the | Washington | summit': a name right before a gathering's noun."""


_AT_A_CITY_S_GATHERING = re.compile(
    rf"\b(?:at|during)\s+the\s+({CAPITAL}[\w'.-]*(?:\s+(?:(?:de|da|do|dos|das|del|di|du|es)\s+)?"
    rf"{CAPITAL}[\w'.-]*){{0,2}})\s+(?:talks|rounds?|meetings?|summits?|conferences?)\b")
"""'at the | Rio de Janeiro | summit': a gathering named by its city (group 1), where an act was."""
_CITY_THEN_A_GATHERING = re.compile(rf"((?:{CAPITAL}[\w'.-]*\s+){{0,2}}{CAPITAL}[\w'.-]*)\s+(?:talks|"
                                    r"rounds?|meetings?|summits?|conferences?|negotiations)\b")
"""'Ankara | round ends without agreement': a chronology line opened by a gathering named
by its city."""


def place_of_a_named_gathering(text: str, mentions: list[Mention]) -> None:
    """"the Washington summit", "the Geneva talks": a gathering named by a city
    (``vocab.CITIES``) is held there (verify17: "the Washington summit of August 8, 2025"
    had no place).  Only a meeting noun with no place of its own; the city stays a
    participant as before (its state hosted).  So is a chronology line's gathering named
    so ("14 October 2026: Ankara round ends without agreement", verify52: no place)."""
    for m in mentions:
        if m.location or m.pos != "noun":
            continue
        if m.derived_from is m and m.title and (
                named := _CITY_THEN_A_GATHERING.match(m.title)) is not None \
                and named.group(1) in vocab.CITIES:
            m.location = named.group(1)
            continue
        if m.title and m.seg.kind == "bullet" and (
                at := _AT_A_CITY_S_GATHERING.search(m.title)) is not None \
                and at.group(1) in vocab.CITIES:
            # "June 1999 - Negotiations launched at the Rio de Janeiro summit": an entry
            # titled by its words, at a gathering named by its city (verify74 F6: no place)
            m.location = at.group(1)
            continue
        if m.category != "meeting" or m.phrase_start >= m.start:
            continue
        city = _CITY_BEFORE_THE_NOUN.search(text, m.phrase_start, m.start)
        if city is not None and city.group(1) in vocab.CITIES:
            m.location = city.group(1)


_PLANNED_FOR_A_CITY = re.compile(
    rf"\s+(?:(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+(?:now\s+|also\s+)?)?"
    rf"(?:planned|scheduled|set|slated)\s+for\s+({CAPITAL}[\w'\u2019.-]*(?:\s+{CAPITAL}"
    r"[\w'\u2019.-]*)?)\b")
"""'(The next round) | is planned for Geneva': a gathering planned for a city (group 1)."""
_PLANNED_FOR_A_DAY_IN = re.compile(
    r"\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be)\s+"
    r"(?:now\s+|also\s+|originally\s+|initially\s+)?)?(?:planned|scheduled|set|slated)\s+for\s+"
    rf"(?:[^,;:()]|\.(?=\s\d)){{1,25}}?\s+in\s+({CAPITAL}[\w'\u2019.-]*(?:\s+(?:(?:de|da|do|dos|das|"
    rf"del|di|du)\s+)?{CAPITAL}[\w'\u2019.-]*)?)(?:,\s+({CAPITAL}[\w'\u2019-]*(?:\s+{CAPITAL}"
    r"[\w'\u2019-]*)?))?\b")
"""'(The signing) | had been planned for Dec. 20 in Foz do Iguacu, Brazil': planned for a day in
a city (group 1), a known one or one its state (group 2) follows."""


_STATE_OF_AN_AMBIGUOUS_CAPITAL = {city: state for state, cities in vocab.SEATS_OF_GOVERNMENT.items()
                                  for city in cities if city in vocab.AMBIGUOUS_CAPITALS}
"""'Georgetown' -> 'Guyana', 'Kingston' -> 'Jamaica': capitals left out of ``vocab.CITIES``
because agency copy often means something else by them (``core.gazetteer``)."""


def a_city_of_the_story(name: str, text: str) -> bool:
    """Whether ``name`` is a known city (``vocab.CITIES``), or an ambiguous capital
    ("Georgetown", "Kingston": ``vocab.AMBIGUOUS_CAPITALS``) in an article that names its
    state ("Guyana"): a story of Guyana's means Guyana's capital (verify65 F3: "talks had
    been planned for January in Georgetown but was called off" had no place)."""
    if name in vocab.CITIES:
        return True
    state = _STATE_OF_AN_AMBIGUOUS_CAPITAL.get(name)
    return state is not None and re.search(rf"\b{re.escape(state)}\b", text) is not None


def the_city_it_is_planned_for(text: str, mentions: list[Mention]) -> None:
    """"The next round is planned for Geneva in January 2027": a gathering planned, set or
    scheduled for a city (``vocab.CITIES``) is to be held there (verify52: "Next round
    planned" had no place).  A meeting noun, or the verb of planning after it, with no place
    of its own."""
    for m in mentions:
        if m.location:
            continue
        at = m.np_end or m.end if m.pos == "noun" and (m.category == "meeting"
                                                       or m.word == "signing") else \
            m.start - 1 if m.pos == "verb" and m.word in ("planned", "scheduled", "set",
                                                          "slated") else -1
        if at < 0:
            continue
        planned = _PLANNED_FOR_A_CITY.match(text, at, m.seg.end)
        if planned is not None and a_city_of_the_story(planned.group(1), text):
            m.location = planned.group(1)
        elif (on_a_day := _PLANNED_FOR_A_DAY_IN.match(text, at, m.seg.end)) is not None and (
                a_city_of_the_story(on_a_day.group(1), text) or on_a_day.group(2) in COUNTRIES):
            # "had been planned for Dec. 20 in Foz do Iguacu, Brazil" (verify57 F6: no place)
            m.location = on_a_day.group(1)


_ACT_AT_WHICH = re.compile(r"[^;.]{0,60}?,?\s+(?:at|during)\s+which\s+[^,;:()]{2,80}?\s+"
                           r"(?:(?:had|has|have|was|were)\s+)?(?:\w+ly\s+)?")
"""'summit | of August 8, 2025, at which both sides | initialled': a relative clause that
sets an act at the gathering before it (up to the act's verb)."""


def act_at_the_gathering(text: str, mentions: list[Mention]) -> None:
    """"The truce follows the Washington summit of August 8, 2025, at which both sides
    initialled a peace agreement": the act of the "at which" clause was done at the
    gathering -- its place and occasion are the gathering's, and the gathering's hosts
    (its states) take part after the act's sides; dating gives it the gathering's date
    (:func:`.dating.date_mentions`).  verify17: the row was "Washington summit" with the
    United States only and no place.  A gathering, not a visit ("a three-day visit, during
    which she met X on Wednesday": the meeting keeps its own title)."""
    for i, m in enumerate(mentions):
        if m.pos != "verb" or m.planned or i == 0:
            continue
        g = mentions[i - 1]
        if g.seg is not m.seg or g.pos != "noun" or g.category != "meeting" or \
                not _ACT_AT_WHICH.fullmatch(text, g.end, m.start):
            continue
        m.at_gathering = g
        m.location = m.location or g.location
        m.occasion = m.occasion or strip_det(text[g.phrase_start:g.end])
        own = {*m.participants, *m.countries}
        m.joined_by += [x for x in (*g.participants, *g.countries)
                        if x not in own and x not in m.joined_by]


_VOTED_TO = re.compile(r"\s+(?:\S+\s+){0,3}?to\s+[a-z]")
_ABSTAINING = re.compile(r"\bwith\s+[^;.]{0,80}?\b(?:in\s+favou?r|for)\s+and\s+([^;.]{3,120}?)\s+"
                         r"(?:abstaining|voting\s+against)\b")
"""'with 12 of its 15 members in favour and | Russia, China and Pakistan | abstaining'."""


_AT_THE_CLOSE_OF = re.compile(
    r"\bat\s+the\s+(?:close|end|opening|start|conclusion)\s+of\s+(?:a|an|the|their|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:summit|meeting|conference|talks|session|forum|visit)\b")
"""'at the close of a two-day summit | in the Colombian border town of Leticia'."""


def place_of_the_gathering_it_closed(text: str, mentions: list[Mention],
                                     entities: Entities) -> None:
    """"The presidents signed a joint communique on Thursday pledging ..., at the close of a
    two-day summit in the Colombian border town of Leticia": an act done at the close (or
    the opening) of a gathering took place where the gathering did (ext22's own story: the
    signing had no place; the clause's commas kept it from :data:`_AT_A_GATHERING`)."""
    for m in mentions:
        if m.pos != "verb" or m.location or m.category not in ("treaty", "meeting", "statement"):
            continue
        closing = _AT_THE_CLOSE_OF.search(text, m.end, m.seg.end)
        if closing is not None:
            m.location = location_of(text, closing.end(), m.seg.end, entities)


_PLURAL_GROUP = re.compile(r"\b(?:states|countries|nations|governments|leaders|ministers|members|"
                           r"delegations|sides|parties)$", re.IGNORECASE)
_PLURAL_OFFICE = re.compile(r"\b(?:presidents|premiers|chancellors|foreign\s+ministers|"
                            r"prime\s+ministers|heads\s+of\s+state|envoys|negotiators)$",
                            re.IGNORECASE)
""""The two presidents met ...": people named by their office only, whose "they" the pronoun
rule reads as the sides, but whose act in a "where they" clause is at the meeting's place
(ext26's leftover: "where they set up a joint commission" had no place)."""
_WHERE_THEY = re.compile(r",\s+where\s+they\s+(?:[a-z]+\s+){0,3}$")
"""', where they | failed to agree': the act of the clause's subject at the place before."""


def where_they(text: str, mentions: list[Mention]) -> None:
    """"The eight Amazon states last met at a summit in Belem, Brazil, in August 2023, where
    they failed to agree on a deadline": "they" are the group the clause before names by a
    plural noun, and the act took place where it did (ext22's own story: "they" were the
    last two states named, Brazil and Venezuela, and the row lost Belem).  Not after a
    subject of names, whose "they" the pronoun rule already reads."""
    previous: Mention | None = None
    for m in mentions:
        if m.pos != "verb":
            continue
        if previous is not None and previous.seg is m.seg and not previous.subject and \
                _PLURAL_GROUP.search(previous.subject_phrase) and _WHERE_THEY.search(
                text, max(previous.end, m.start - 60), m.start):
            m.subject, m.subject_phrase = previous.subject, previous.subject_phrase
            m.countries = list(previous.countries)
            m.participants = list(previous.participants)
            m.location = m.location or previous.location
        elif previous is not None and previous.seg is m.seg and not previous.subject and \
                previous.location and not m.location and \
                _PLURAL_OFFICE.search(previous.subject_phrase) and _WHERE_THEY.search(
                text, max(previous.end, m.start - 60), m.start):
            # "The two presidents met ..., in Asuncion, where they set up a commission":
            # the place only; who "they" are stays the pronoun rule's (ext27)
            m.location = previous.location
        previous = m


_NAME_THEN_WHERE = re.compile(rf"(?<![\w'\u2019.-])((?:{CAPITAL}[\w'\u2019.-]*\s+){{0,4}}{CAPITAL}[\w'\u2019.-]*)"
                              r",?\s+where\s+[^,;:()]{0,120}$")
"""'the Second Thomas Shoal, where | Chinese coast guard vessels fired': a name, then the
relative adverb of place whose clause runs on to the act."""


def where_names_the_place(text: str, mentions: list[Mention], entities: Entities) -> None:
    """An act in a "where" clause after a place's name, with no place of its own, took
    place there: "tensions have flared over the Second Thomas Shoal, where Chinese coast
    guard vessels fired water cannon at a Philippine boat in March" (dev: the shoal was
    no place of the water cannon; ``where_they`` reads only "where they").  The name is
    no person, date, body or demonym; the act's clause opens with "where"."""
    for m in mentions:
        if m.location:
            continue
        found = _NAME_THEN_WHERE.search(text, max(m.seg.start, m.start - 200), m.start)
        if found is None:
            continue
        words = found.group(1).split()
        while words and words[0] in ("The", "A", "An"):
            words.pop(0)
        name = " ".join(words).rstrip(".")
        if not name or is_date_words(name) or name.split()[0].lower() in MONTH_AND_DAY_NAMES \
                or name in entities.alias or name in DEMONYMS \
                or entities.people_in(name, 0, len(name)) or BODY.search(name) \
                or name in BLOCS or COUNTRIES.get(name, "") in BLOCS:
            continue
        m.location = COUNTRIES.get(name, name) if name in COUNTRIES else name


_BELONGING_LAST = re.compile(r"\b(?:participation|membership|seat|role|observer\s+status)\s+$")
"""'its participation | in the CSTO', 'its membership | in ECOWAS': what a state has in a body
it belongs to."""
_COMMA_WHEN = re.compile(r",\s+when\s+[^,;:()]{0,120}$")
"""', when | President Yoon made a state visit': a clause that says when, up to its act."""


def place_of_the_occasion_when(text: str, mentions: list[Mention]) -> None:
    """A signing, meeting or measure with no place of its own, dated by a "when" clause
    that tells a visit or a meeting with its place, was done there: "upgraded their ties to
    a comprehensive strategic partnership in 2023, when President Yoon made a state visit
    to Warsaw"; "Negotiations began in March 2023, when the two prime ministers agreed in
    Tokyo to start work" (dev: neither had a place).  Only the first act of the clause, and
    only a visit or a meeting: "relations soured in 2019, when China detained two Canadians
    in Beijing" is no act done in Beijing."""
    for i, m in enumerate(mentions):
        if m.location or m.category not in ("treaty", "meeting", "policy"):
            continue
        occasion = next((o for o in mentions[i + 1:i + 4] if o.seg is m.seg and o.start > m.end),
                        None)
        if occasion is None or not occasion.location or not (
                occasion.category in ("visit", "meeting")
                or occasion.verb in ("agree", "decide")) \
                or _COMMA_WHEN.search(text, max(m.end, occasion.start - 140),
                                      occasion.start) is None \
                or text.find(",", m.end, occasion.start) == -1 \
                or any(o.start > m.end and o.end <= occasion.start for o in mentions[i + 1:i + 4]
                       if o is not occasion):
            continue
        m.location = occasion.location


_ADDRESSING = frozenset({"address", "brief", "tell", "open"})
"""Verbs of speaking to a body where it sits, and of opening its session ("Lula opened the
U.N. General Assembly on Tuesday", ext39: the dateline's city only)."""
_BODY_ADDRESSED = re.compile(
    r"\s+(?:the\s+)?(?:(?P<un>(?:U\.?N\.?|United\s+Nations)\s+)?(?P<named>General\s+Assembly|"
    r"Security\s+Council|Human\s+Rights\s+Council)|(?P<again>assembly|council)"
    r"|(?P<house>Parliament|Congress|Bundestag|Knesset|(?:State\s+)?Duma|Senate|National\s+Assembly|"
    r"House\s+of\s+Commons|Diet|Sejm|Storting|Riksdag|Lok\s+Sabha))\b")
"""'addressed | the U.N. General Assembly', 'told | Parliament': a body spoken to."""
_UN_BODY_BEFORE = re.compile(r"\b(General\s+Assembly|Security\s+Council)\b")


def the_body_addressed(text: str, mentions: list[Mention]) -> None:
    """An address, a briefing or a statement to a body, with no place of its own, was made
    where the body sits: "is scheduled to address the Security Council on Tuesday" (the
    Security Council, at the United Nations), "first addressed the assembly as president in
    September 2021" (the General Assembly named before), "told Parliament on Sept. 18, 2023"
    (dev: none had a place but under a UNITED NATIONS dateline).  A council or an assembly
    in lower case only after the article named the U.N. body."""
    for m in mentions:
        if m.location or m.pos != "verb" or m.verb not in _ADDRESSING:
            continue
        body = _BODY_ADDRESSED.match(text, m.end, m.seg.end)
        if body is None:
            continue
        if body.group("house"):
            m.location = " ".join(body.group("house").split())
            continue
        named = body.group("named")
        if named is None:
            told = [x.group(1) for x in _UN_BODY_BEFORE.finditer(text, max(0, m.start - 3000),
                                                                m.start)]
            wanted = "General Assembly" if body.group("again") == "assembly" else "Security Council"
            if not any(" ".join(t.split()) == wanted for t in told):
                continue
            named = wanted
        m.location = f"{' '.join(named.split())}, United Nations"


_MISSION_IN_CITY_HOLDS = re.compile(
    r"\b(?:[Ee]mbassy|[Cc]onsulate(?:[- ][Gg]eneral)?|[Hh]igh\s+[Cc]ommission|[Mm]ission)\s+in\s+"
    rf"({CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*)?)\s+(?:(?:has|had|will|would|also)\s+)?(?:hosted|hosts|"
    r"host|held|holds|hold|organi[sz]ed|gave|threw|staged)\s+(?:a|an|the|its)\s+"
    r"(?:[\w'-]+\s+){0,2}$")
"""'the Chinese Embassy in Seoul hosted a | reception': what a mission in a city holds."""


def what_a_mission_in_a_city_holds(text: str, mentions: list[Mention]) -> None:
    """A reception, a ceremony or a meeting that an embassy or a consulate in a city holds,
    with no place of its own, is in that city: "the Chinese Embassy in Seoul hosted a
    reception on Friday" (dev gold Seoul; no place)."""
    for m in mentions:
        if m.location or m.pos != "noun":
            continue
        held = _MISSION_IN_CITY_HOLDS.search(text, max(m.seg.start, m.start - 120), m.start)
        if held is not None and held.group(1).split()[0].lower() not in MONTH_AND_DAY_NAMES:
            m.location = held.group(1)


_STATE_S_CHAMBER_LAST = re.compile(
    r"(?<![\w-])(?:(?P<demonym>" + "|".join(map(re.escape, sorted(DEMONYMS, key=len, reverse=True)))
    + r")|(?P<state>" + "|".join(map(re.escape, sorted(COUNTRIES, key=len, reverse=True)))
    + r")['\u2019]s)\s+(?:[Nn]ational\s+[Aa]ssembly|[Pp]arliament|[Ss]enate|[Cc]hamber\s+of\s+"
    r"[Dd]eputies|[Ll]ower\s+[Hh]ouse|[Uu]pper\s+[Hh]ouse|Bundestag|Sejm|Duma|Knesset|Storting|"
    r"Riksdag|Folketing|Cortes|Congress)\s+(?:\w+ly\s+)?$")
"""'the French National Assembly | voted', 'Austria's parliament | voted': a state's chamber
right before the verb."""
_SEAT_OF: dict[str, str] = {}
for _city, _state in CAPITALS.items():
    _SEAT_OF.setdefault(_state, _city)  # (the first spelling: "Vienna", not "Wien")
# (legislatures that sit outside the seat of government: South Africa's Parliament, Chile's
# National Congress, Benin's National Assembly, Sri Lanka's Parliament, by their own sites)
_SEAT_OF.update({"South Africa": "Cape Town", "Chile": "Valparaíso", "Benin": "Porto-Novo",
                 "Sri Lanka": "Sri Jayawardenepura Kotte"})


def a_chamber_votes_in_its_capital(text: str, mentions: list[Mention]) -> None:
    """A state's chamber that votes with no place told votes in its state's seat of
    government ("the French National Assembly voted 484 to 70 against the agreement":
    Paris; verify74 F14, no place), the first city ``CAPITALS`` gives the state.  Not a
    vote planned (its place may be told later)."""
    for m in mentions:
        if m.location or m.pos != "verb" or m.verb != "vote" or m.planned or m.scheduled:
            continue
        chamber = _STATE_S_CHAMBER_LAST.search(text, max(m.seg.start, m.start - 80), m.start)
        if chamber is None:
            continue
        state = COUNTRIES.get(chamber.group("state") or "", "") or DEMONYMS.get(
            chamber.group("demonym") or "", "")
        if state not in BLOCS:  # (the European Parliament votes in Strasbourg or Brussels)
            m.location = _SEAT_OF.get(state, "")


def what_a_vote_is_on(text: str, mentions: list[Mention]) -> None:
    """A vote "to extend its peacekeeping mission in South Sudan" took place where the body
    voted, not in the place of what it voted on (ext22's own story: the Security Council's
    vote was placed in South Sudan); and the members told "abstaining" or "voting against"
    took part in it ("with 12 of its 15 members in favour and Russia, China and Pakistan
    abstaining": those three; they were only among the places of the sentence).  The
    members take part in the act voted for too, when that act is the event and the vote
    its lead-in ("voted ... to extend the mandate": ``lead_in`` "vote", triggers)."""
    for m in mentions:
        voted = m.pos == "verb" and m.verb == "vote"
        if not voted and m.lead_in != "vote":
            continue
        to = _VOTED_TO.match(m.object_text) if voted else None
        if to is not None and m.location and m.location in m.object_text[to.end():] \
                and m.location not in m.object_text[:to.end()]:
            m.location = ""
        members = _ABSTAINING.search(text, m.end, m.seg.end)
        if members is not None:
            names = [COUNTRIES.get(n, n) for n in split_names(members.group(1))]
            m.joined_by += [n for n in names if n in COUNTRIES.values() and n not in m.joined_by]


_SAME_VENUE = re.compile(r"[^;]{0,120}?\b(?:at|in|before)\s+the\s+same\s+([a-z]{3,})\b")
"""'at the same court', 'in the same hall': a venue named earlier in the article."""


def place_of_the_same_venue(text: str, mentions: list[Mention]) -> None:
    """"Peru and Chile resolved their maritime border at the same court in January 2014":
    an event "at the same court" with no place of its own happened where the last
    mention before it whose sentence names a court did ("a ruling by the International
    Court of Justice in The Hague": verify14's 2014 row had no place)."""
    for n, m in enumerate(mentions):
        if m.location:
            continue
        same = _SAME_VENUE.match(text, m.end, m.seg.end)
        if same is None:
            continue
        venue = re.compile(rf"\b{same.group(1)}\b", re.IGNORECASE)
        earlier = next((x for x in reversed(mentions[:n]) if x.location and x.seg is not m.seg
                        and venue.search(x.seg.text)), None)
        if earlier is not None:
            m.location = earlier.location


_GATHERING_NOUNS = frozenset({"summit", "conference", "forum", "assembly", "congress", "retreat",
                              "ministerial", "session"})
"""Gatherings a story tells of once with their place, then as "the summit"."""
_THE_GATHERING_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?:\w+-day|annual|regional|bloc['\u2019]s)\s+)?$")
"""'| The | summit opened on Monday', 'the three-day summit': the gathering already told of
(not 'the next summit', 'the 2019 summit', 'the last summit': another one)."""
_HAPPENED_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:opened|began|started|ended|closed|concluded|"
                             r"convened|was\s+held|took\s+place|got\s+under\s+way)\b")
"""'The summit | opened on Monday': the gathering told as happening (not 'Japan has hosted the
summit every three years', 'The summit has yet to be held': the gathering in general)."""
_HAPPENING_VERBS = frozenset({"open", "begin", "start", "end", "close", "conclude", "convene"})
_THE_GATHERING_SUBJECT = re.compile(r"\b[Tt]he\s+(?:(?:\w+-day|annual|regional)\s+)?(" + "|".join(
    sorted(_GATHERING_NOUNS)) + r")\s+(?:[a-z]+ly\s+)?$")
"""'| The summit | opened on Monday': the gathering as the subject of its own happening."""
_BARE_SIDELINES = re.compile(r"\bon\s+the\s+(?:sidelines|margins)\b(?!\s+of\b)")
"""'met Rubio | on the sidelines | on Tuesday': of the gathering the story is about."""


def the_gathering_told_before(text: str, mentions: list[Mention]) -> None:
    """"Caribbean leaders ... closing a three-day summit in Georgetown ... The summit opened
    on Monday with a call by Ali", "Mottley met Rubio on the sidelines on Tuesday": a
    gathering the story told of with its place, named again as "the summit" told as
    happening (:data:`_HAPPENED_AFTER`) or left implicit in a meeting "on the sidelines",
    took place there (u46b's CARICOM wire: three rows
    without a place, each in Georgetown by the gold).  The place is that of the last
    earlier mention of the same gathering noun (for the sidelines: of any of
    ``_GATHERING_NOUNS``) in another sentence; none when the story named none, and none
    for a plan or from one: "She will meet Sybiha on the sidelines" of a ministers' meeting
    in Capri is not at the leaders' summit in Evian the story told of before (u39)."""
    for n, m in enumerate(mentions):
        if m.location or m.planned:
            continue
        word = m.word.lower()
        if m.pos == "noun" and word in _GATHERING_NOUNS and _THE_GATHERING_BEFORE.search(
                text, max(m.seg.start, m.start - 30), m.start) and _HAPPENED_AFTER.match(
                    text, m.end, m.seg.end):
            nouns = {word}
        elif m.pos == "verb" and m.verb in _HAPPENING_VERBS and (
                subject := _THE_GATHERING_SUBJECT.search(text, max(m.seg.start, m.start - 40),
                                                         m.start)) is not None:
            nouns = {subject.group(1).lower()}  # "The summit | opened on Monday"
        elif m.category == "meeting" and _BARE_SIDELINES.search(text, m.seg.start, m.seg.end):
            # (and a ministers' "meeting": "at the close of their annual meeting in Kuala
            # Lumpur ... met Wang Yi on the sidelines on Wednesday", ext96's own Bernama story)
            nouns = {*_GATHERING_NOUNS, "meeting"}
        else:
            continue
        earlier = next((x for x in reversed(mentions[:n]) if x.location and x.seg is not m.seg
                        and x.pos == "noun" and x.word.lower() in nouns), None)
        if earlier is not None and not earlier.planned:
            m.location = earlier.location


def share_the_place(text: str, first: Mention | None, m: Mention,
                    timexes: list[Timex]) -> None:
    """"The ministers met in Cairo on Tuesday and launched an initiative", "met B in Seoul
    on Tuesday, signed a memorandum": a verb coordinated with the verb before it, with the
    same subject and no place of its own, happened where that one did.  A place inside
    its "to" clause is no place of its own ("agreed to a summit in X"), unless that clause
    also has the date: "... and agreed to meet again in Beirut in March" is told by the
    meeting agreed on, dated and placed by it (``timexes``: the article's, sorted)."""
    if first is None or first.seg is not m.seg or not first.location or \
            m.subject != first.subject or m.subject_phrase != first.subject_phrase:
        return
    embedded = _TO_INFINITIVE.match(text, m.end, m.phrase_end)
    if m.location and not (embedded and m.location in text[embedded.end(1):m.phrase_end]):
        return  # a place of its own ("agreed to a summit in X": the summit's, not its own)
    if m.location and embedded:
        clause_end = _CLAUSE_END.search(text, embedded.end(1), m.seg.end)
        if timexes_in(timexes, embedded.end(1), clause_end.start() if clause_end else m.seg.end):
            return
    between = text[first.end:m.start]
    # ("met in Argyle, St Vincent, on 14 December 2023 and signed": the place's state
    # between commas is no clause of its own; verify44 X10, the signing had no place)
    between = re.sub(rf"(?<![\w'-]){re.escape(first.location)},\s+(?:{CAPITAL}[\w'.-]*\s+){{0,3}}"
                     rf"{CAPITAL}[\w'.-]*,?(?=\s)", first.location, between, count=1)
    if COORDINATION.fullmatch(between) and re.search(r",|\band\b", between):
        m.location = first.location


_CLAUSE_END = re.compile(r"[,;:.](?:\s|$)")


_WELCOMING = frozenset({"welcomed", "welcomes", "welcome", "received", "receives", "hosted",
                        "hosts", "greeted", "greets"})


def place_of_a_welcome(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"welcomed Mr Prabowo to Parliament House", "received the envoy at the palace": a
    guest is welcomed *to* a place, where the welcome happens."""
    for m in mentions:
        if m.pos == "verb" and not m.location and m.word.lower() in _WELCOMING:
            # (not the place of a participle of its object: "welcomed the ceasefire deal
            # signed in Qatar", verify39)
            done = OBJECT_S_PARTICIPLE.match(text, m.end, m.phrase_end)
            m.location = location_of(text, m.end, done.start(1) if done else m.phrase_end,
                                     entities, to=True)


_FRONTED_PLACE = re.compile(rf"\s*(?:(?:Today|Yesterday|Earlier|Later|Meanwhile|On\s+{CAPITAL}[a-z]+day)"
                            # ("Back in Apia, the Samoan Cabinet approved on Monday a bill",
                            # ext96's own RNZ story: no place)
                            r",?\s+)?(?:(?:Back|Also|Elsewhere)\s+)?(?:[Ii]n|[Aa]t)\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|"
                            r"talks|conference|ceremony)\s+in\s+)?"
                            rf"({CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*){{0,2}})"
                            rf"(?:\s+on\s+{CAPITAL}[a-z]+day|\s+(?:today|yesterday|tonight|earlier\s+today|"
                            r"this\s+(?:week|morning|afternoon|evening)))?"
                            r"(?:,\s|\s+(?=(?:he|she|they|we)\s))")
"""A place phrase opening a sentence: 'Today in Canberra, ...', 'In Suva, ...', 'In Warsaw on
Thursday he held talks', 'At the summit in London on Monday, the leaders signed', 'In
Washington today, the agency released ...' (TimeBank ABC19980114.1830.0611: no place)."""


def place_of_the_fronted_phrase(text: str, mentions: list[Mention], dateline: Dateline) -> None:
    """"Today in Canberra, the ministers signed ...", "In Suva, Peters will meet ...": the
    events of a sentence opened by a place phrase happened there, unless they name a
    place of their own."""
    for m in mentions:
        if m.location:
            continue
        opening = max(m.seg.start, dateline.span[1]) if m.seg.start <= dateline.span[1] \
            else m.seg.start
        fronted = _FRONTED_PLACE.match(text, opening, m.start)
        if fronted is None:
            continue
        place = fronted.group(1)
        if place.split()[0].lower() in MONTH_AND_DAY_NAMES or is_date_words(place) or \
                re.search(r"['\u2019]s?$", place) or re.search(r"\d", place):
            continue  # ("In March, ...": a date; "In Lee's," names no place; "In FY2025,"
            # a fiscal year, verify59 F27)
        m.location = place


_AND_THAT = re.compile(r"\band\s+that\b")
"""'recalled that X and Y met in Addis Ababa ..., | and that | the two countries restored
relations': a second thing told, no clause of the meeting's (verify49 F4's article: the
relations were restored "in Addis Ababa")."""


def place_of_the_coordinated_clause(text: str, mentions: list[Mention]) -> None:
    """"Ishiba held talks with Tokayev in Astana on Saturday and the two leaders signed a
    joint statement": a clause coordinated with the one before it in its sentence, by
    actors of that clause, with no place of its own, happened at the same place (the
    same subject is :func:`share_the_place`'s)."""
    previous: Mention | None = None
    for m in mentions:
        if m.pos == "verb" or m.subject:
            if previous is not None and previous.seg is m.seg and previous.location and \
                    not m.location and m.subject and m.subject != previous.subject and \
                    previous.end <= m.start and (
                        subject_names(m.subject) & {*previous.participants, *previous.countries,
                                                     *subject_names(previous.subject)}):
                between = text[previous.end:m.start]
                if re.search(r"(?:,\s*|\s)and\s", between) and not SUBORDINATE.search(between) \
                        and len(between) <= 160 and not _AND_THAT.search(between):
                    m.location = previous.location
            previous = m


_CAME_THERE_TO = re.compile(
    r"\b(?:marched|drove|rallied|gathered|travell?ed|flocked|poured|streamed|converged|"
    r"descended|massed)\s+(?:[\w'-]+\s+){0,3}?(?:into|through|in|on|to)\s+(?:central\s+)?"
    rf"({CAPITAL}[\w'\u2019-]*(?:\s+{CAPITAL}[\w'\u2019-]*)?)(?:\s+on\s+(?:[^,;.]|\.(?=\s\d)){{1,20}}?)?\s+to\s+$")
"""'Thousands of farmers drove tractors into | Brussels | on Dec. 18 to | protest': a crowd's
movement to a city, then the act it came there for."""


def the_place_a_crowd_came_to(text: str, mentions: list[Mention]) -> None:
    """"Thousands of farmers drove tractors into Brussels on Dec. 18 to protest against the
    accord", "Trade unionists marched through London on Feb. 28 to protest": the act a crowd
    came for took place in the city it came into (verify57's A1: the protest had no place).
    Only a known city (``vocab.CITIES``), and only a mention with no place of its own."""
    for m in mentions:
        if m.location:
            continue
        came = _CAME_THERE_TO.search(text, max(m.seg.start, m.start - 120), m.start)
        if came is not None and came.group(1) in vocab.CITIES:
            m.location = came.group(1)


_AND_THEN = re.compile(r"(?:,\s*|\s)and\s+(?:[a-z]+\s+){0,4}$")
"""What opens a clause coordinated after a visit: ', and | held' talks, 'and is scheduled to'
call on."""
_WHO_THEN = re.compile(r",\s+who\s+(?:[a-z]+\s+){0,2}$")
"""', who | met': a relative clause on the visitor named just before."""
_MOVES_ON = re.compile(r"\b(?:left|leaves?|leaving|flew|fly|flies|flying|travel\w*|went|goes|"
                       r"going|head\w*|moved?|proceed\w*|continu\w*|depart\w*|returned?)\b")


def meeting_during_the_visit(text: str, mentions: list[Mention]) -> None:
    """"Sall arrived in Nouakchott on Monday for a two-day visit and held talks with
    Ghazouani", "Luxon visited Japan in June 2024 and held talks with Kishida", "Batbayar
    arrived in Seoul on Monday for a three-day visit, ..., and is scheduled to call on Prime
    Minister Kim", "a visit to Niamey by X, who met Y on Wednesday": a meeting its visitor
    has in a clause coordinated after the visit (or a relative clause on the visitor), with
    no place of its own, took place where the visit went -- unless the visitor moves on
    between ("and flew on to ...").  (Verb and noun meetings: :func:`share_the_place`
    takes verbs after a verb with the same subject only, and no comma between.)"""
    visit: Mention | None = None  # the last visit verb, and the last visit noun
    noun: Mention | None = None
    trip: Mention | None = None  # the last trip (a visit's or "leave for"'s verb) with a place
    for m in mentions:
        if m.location and m.pos == "verb" and (m.category == "visit" or m.verb == "leave"):
            trip = m
        if m.category == "visit" and m.location and m.pos == "verb" and m.subject:
            visit = m
            continue
        if not m.location and m.pos == "noun" and m.category == "meeting" and \
                trip is not None and trip.seg is m.seg and 0 <= m.start - trip.end <= 80 and \
                _FOR_THE_MEETING.search(text, trip.end, m.start) and \
                not re.search(r"[,;]", text[trip.end:m.start]):
            # "will leave for Washington on Friday for talks with Trump": the talks the trip
            # is for are where it goes (ext32: "Talks (scheduled)", no place)
            m.location = trip.location
            continue
        if m.category == "visit" and m.location and m.pos == "noun" and m.participants:
            noun = m
            continue
        if m.location or not (m.category == "meeting" or m.verb == "call"):
            continue
        if visit is not None and visit.seg is m.seg and m.start - visit.end <= 200 and \
                m.subject == visit.subject and _AND_THEN.search(
                    between := text[visit.end:m.start]) \
                and not _MOVES_ON.search(between) and ";" not in between:
            m.location = visit.location
        elif noun is not None and noun.seg is m.seg and m.start - noun.end <= 200 and \
                m.pos == "verb" and m.subject in noun.participants and _WHO_THEN.search(
                    between := text[noun.end:m.start]) and not _MOVES_ON.search(between):
            # "during a visit to Niamey by Benin's Foreign Minister X, who met Niger's Prime
            # Minister Y on Wednesday": the visitor met Y there
            m.location = noun.location


_FOR_THE_MEETING = re.compile(r"\bfor\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$")
"""'leave for Washington on Friday | for | talks': the purpose of the trip just before."""



_CAMPAIGN_INTO = re.compile(r"\s+(?:a|an|the|his|her|its|their)\s+(?:\S+\s+){0,2}?(?:campaign|"
                            r"expedition|army|armies|forces|troops|offensive|invasion|fleet)\s+"
                            rf"(?:into|against|across|to)\s+(?:the\s+)?({CAPITAL}[\w'\u2019-]+"
                            rf"(?:\s+{CAPITAL}[\w'\u2019-]+){{0,2}})(?![\w'\u2019])")
"""'led | a campaign into Media Atropatene': where the campaign went."""


def where_a_campaign_went(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"Mark Antony led a campaign into Media Atropatene": the place the campaign or army
    was led into is the act's (verify41's a1).  Only a name that is no person and no
    month; a place the sentence gives otherwise is kept."""
    for m in mentions:
        if m.location or m.pos != "verb" or m.verb != "lead":
            continue
        found = _CAMPAIGN_INTO.match(text, m.end, m.seg.end)
        if found is None:
            continue
        name = found.group(1)
        if name.lower() in MONTH_AND_DAY_NAMES or is_date_words(name) or name in entities.people:
            continue
        m.location = COUNTRIES.get(name, name)


_PARTICIPLE_S_PLACE = re.compile(r"\s+(?:the|its|their|his|her|all)\s+(?:\S+\s+){0,3}?(?=[a-z]{3,}ed\s+"
                                 r"(?:at|in|near)\s+(?:the\s+)?(.+))")
"""'returned | the standards captured at Carrhae': a place of what was done to the object."""


_RESPONSIBILITY_FOR = re.compile(r"\s+(?:\S+\s+){0,2}?responsibility\b[^.;]*?\bfor\b")


def a_claim_is_not_where_the_attack_was(text: str, mentions: list[Mention]) -> None:
    """"The Islamic State group claimed responsibility on Sunday for an attack on a church in
    Mozambique": Mozambique is the attack's place (its own row), not the claim's (session 47,
    fix154; a claim is a row since verify58 F6).  (Left: a later stage still names the
    attack's state among the claim's participants.)"""
    for m in mentions:
        if m.pos != "verb" or m.verb != "claim" or not m.location:
            continue
        found = _RESPONSIBILITY_FOR.match(text, m.end, m.seg.end)
        if found is None or m.location not in text[found.end():m.seg.end]:
            continue
        state = COUNTRIES.get(m.location, m.location)
        m.countries = [c for c in m.countries if c != state]
        m.location = ""


def the_object_s_place_is_not_the_act_s(mentions: list[Mention]) -> None:
    """"Phraates IV returned the standards captured at Carrhae": Carrhae is where the
    standards were taken, not where they were given back (verify41's a1 placed the return
    there).  Only a place the object's own participle names, read for the object's verb."""
    for m in mentions:
        if not m.location or m.pos != "verb":
            continue
        found = _PARTICIPLE_S_PLACE.match(m.object_text)
        if found is not None and found.group(1).startswith(m.location):
            m.location = ""
            m.object_text = found.group(0).rstrip()  # (the title's: "returns standards")


_THERE_AFTER_THE_VERB = re.compile(
    r"(?:\s+(?!(?:and|but|while|when|after|before|as)\b)[\w'.-]+){0,6}?\s+there\b"
    r"(?!\s+(?:is|are|was|were|has|have|had|will|would|could|should|may|might|must|can|"
    r"seems?|remains?|appears?|to)\b)(?![\w'-])")
"""'held talks with Abiy | there on Wednesday': a place an earlier sentence told, in a few words
after the act's word within its clause (not "said there was", "there is")."""
_A_STATE_NOUN_AFTER = re.compile(r"\s+(?:island\s+)?(?:country|nation|state|kingdom|monarchy|"
                                 r"republic)\b(?![\w'\u2019-])")
"""After a region's adjective: 'the South American | country', 'the Gulf | state'."""

_ANAPHORIC_PLACE = re.compile(
    r"(?:\s+(?!(?:and|but|while|when|after|before|as)\b)[\w'.-]+){0,8}?\s+(?:in|into|to|at)\s+(?:the|this)\s+"
    r"(?:(?:island|Himalayan|Gulf|Caribbean|Pacific|African|Asian|European|Arab|Central\s+Asian)\s+)?"
    r"(?:(?P<owner>nation|country|state|kingdom|sultanate|emirate|republic|archipelago|"
    r"island|monarchy)['\u2019]s\s+)?(?P<what>capital|city|(?:island\s+)?nation|sultanate|kingdom|"
    r"emirate|archipelago)\b(?![\w'-])(?!['\u2019]s)(?!\s+(?:of|and)\b)"
    # ("a first visit to the South American country": a state its region describes)
    r"|(?:\s+(?!(?:and|but|while|when|after|before|as)\b)[\w'.-]+){0,8}?\s+(?:in|into|to|at)\s+"
    r"the\s+(?:(?:North|South|East|West|Southeast|Southern|Northern|Eastern|Western|Central|"
    r"Latin|Sub-Saharan)\s+)?(?:American|Asian|African|European|Arab|Caribbean|Pacific|Nordic|"
    r"Baltic|Balkan|Andean|Gulf|Himalayan|Mediterranean)\s+(?P<state>country|nation|state)\b"
    r"(?![\w'-])(?!['\u2019]s)(?!\s+of\b)")
"""'arrived in the island nation's capital', 'flew into the capital', 'addressed business leaders
at a forum in the city': a city the story told before (its dateline's, or an earlier sentence's),
within the act's clause; 'arrived in the sultanate': the state a visit's story is filed from."""


def place_told_before(mentions: list[Mention], dateline: Dateline, entities: Entities) -> None:
    """An act told with "there", "the capital", "the city" or "the island nation's capital"
    and no place of its own is where the story said before: "there" is the place of the
    nearest act before it (in its own sentence or the two before), "the capital" and "the
    city" the dateline's city when it is one (a capital, for "the capital"), else the nearest
    earlier act's place that is one, else the dateline's city still.  (ext101: a blind set's author found "there", "the
    capital", "the island nation's capital" and "the city" among the places unseen news
    lost; ``dating._here_is_the_dateline`` reads the plain "in the capital" under a dateline.)
    A place named before "there" in its own sentence comes first ("the Summit held in Kazan
    ..., and reaffirm the decisions adopted there").

    Not in a quotation, nor past a comma or a semicolon after the act's word."""
    home = dateline.place.title() if dateline.place else ""
    ordered = sorted(mentions, key=lambda x: x.start)
    for i, m in enumerate(ordered):
        if m.location or _QUOTE_MARK.search(m.seg.text):
            continue
        if (visit := _the_visit_it_is_part_of(m, ordered[:i])) is not None:
            m.location = visit.location
            continue
        if m.pos == "noun" and m.category == "meeting" and (
                capital := _a_described_capital_it_is_for(m)):
            m.location = capital
            continue
        offset = m.end - m.seg.start
        there = _THERE_AFTER_THE_VERB.match(m.seg.text, offset)
        told = None if there else _ANAPHORIC_PLACE.match(m.seg.text, offset)
        found = there or told
        if found is None or re.search(r"[,;:]", found.group(0)):
            continue
        earlier = [o for o in reversed(ordered[:i]) if o.location and o.seg.start < m.seg.start
                   or o.seg is m.seg and o.location and o.start < m.start]
        earlier = [o for o in earlier if m.seg.start - o.seg.end < 600]
        if there is not None:
            # (a place its own sentence named before it first: "recall the Summit held in
            # Kazan ..., and reaffirm the decisions adopted there", dev BRICS declaration)
            near = [o for o in earlier if _told_near(o.seg, m.seg)]
            m.location = location_of(m.seg.text, 0, m.start - m.seg.start, entities, to=False) \
                or (near[0].location if near else "")
            continue
        assert told is not None
        if told.group("state"):
            # "the South American country": the state an act told just before is in, else
            # the dateline's when the act is a visit
            m.location = next((o.location for o in earlier if o.location in COUNTRIES),
                              home if m.category == "visit" else "")
            continue
        what = told.group("what")
        if what not in ("capital", "city"):
            # "arrived in the sultanate": a visit to the state the story is filed from
            m.location = home if m.category == "visit" else ""
            continue
        known = CAPITALS if what == "capital" else vocab.CITIES
        # (else the dateline's city all the same: the app's table of capitals misses some,
        # "KOROR - ... arrived in the island nation's capital")
        m.location = home if home in known else next(
            (o.location for o in earlier if o.location in known), home)


_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")


def _told_near(before: Segment, seg: Segment) -> bool:
    """Whether a place told in ``before`` is near enough for a "there" in ``seg`` to refer
    to: the same paragraph, or the sentence right before (a paragraph's break, at most a
    few blank characters, between them).  (verify69 F2: "Venezuela held a referendum on
    creating a new state there" took Kingstown, the place of a meeting two paragraphs up.)"""
    return before.paragraph == seg.paragraph or 0 <= seg.start - before.end <= 4


_DURING_THE_VISIT = re.compile(
    r"(?:\s+(?!(?:and|but|while|when|after|before)\b)[\w'.-]+){0,8}?\s+(?:during|on)\s+(?:the|his|her|"
    r"their|that|this)\s+(?:[\w-]+\s+)?(?:visit|trip|stay|tour)\b(?!\s+(?:to|of)\b)")
"""'signed a land boundary treaty | during the visit': an act done on a visit told before."""
_GOES_ON_WITH = re.compile(r"(?:,|\band|,\s+and)\s+(?:(?:then|later|also)\s+)?$")
"""'arrived in Manila on Saturday|, | held talks ... on Sunday': the next act of the same doer."""
_WHO_ARRIVED = re.compile(r",\s+who\s+(?:had\s+|has\s+)?$")
_ARRIVING = ("arriv", "land", "reach")


def _the_visit_it_is_part_of(m: Mention, before: list[Mention]) -> Mention | None:
    """The visit with a place told before ``m`` that ``m`` is an act of: "during the visit"
    after ``m``'s word (the nearest located visit of its sentence or the two before), or the
    arrival ``m`` is coordinated with or follows as its main verb ("Motegi arrived in Manila on
    Saturday, held talks with Lazaro on Sunday"; "Prabowo, who arrived in Kuala Lumpur on
    Saturday, is to attend the East Asia Summit on Monday"), within the next three days, and
    ``m`` no journey of its own (ext101: unseen news told a visit's acts by it)."""
    if m.category == "visit":
        return None
    visits = [o for o in reversed(before) if o.category == "visit" and o.location
              and 0 <= m.seg.start - o.seg.start < 600]
    if not visits:
        return None
    during = _DURING_THE_VISIT.match(m.seg.text, m.end - m.seg.start)
    if during is not None and not re.search(r"[,;:]", during.group(0)):
        return visits[0]
    arrival = visits[0]
    if arrival.seg is not m.seg or not arrival.word.lower().startswith(_ARRIVING) or m.date is None \
            or arrival.date is None or not 0 <= m.date.start_day() - arrival.date.start_day() <= 3:
        return None
    between = m.seg.text[arrival.end - m.seg.start:_verb_left(m) - m.seg.start]
    if re.search(r"[;:]|\b(?:to|for)\s+[A-Z]", between):
        return None
    relative = _WHO_ARRIVED.search(m.seg.text, 0, arrival.start - m.seg.start) is not None \
        and "," in between
    return arrival if relative or _GOES_ON_WITH.search(
        m.seg.text, 0, _verb_left(m) - m.seg.start) and "," in between[:80] else None


def _verb_left(m: Mention) -> int:
    """Where ``m``'s verb phrase starts: its light verb for a noun ("held | talks"), else its
    word (the text offset)."""
    if m.pos == "noun" and (light := _A_LIGHT_VERB_LAST.search(
            m.seg.text, max(0, m.start - m.seg.start - 50), m.start - m.seg.start)) is not None:
        return m.seg.start + light.start()
    return m.start


_A_LIGHT_VERB_LAST = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab.LIGHT_VERBS))
                                + r"|will\s+hold|is\s+to\s+hold)\s+(?:\S+\s+){0,3}$")


def _a_described_capital_it_is_for(m: Mention) -> str:
    """"Arab and Islamic leaders gathered in the Qatari capital for an emergency summit on
    Monday": the gathering a stay "in the <demonym> capital" is for is there (dev Dawn story:
    no place; with "in Doha" it had one).  Within 80 characters, no comma between."""
    lo = max(0, m.start - m.seg.start - 80)
    described = next(reversed(list(_THE_STATES_CAPITAL.finditer(
        m.seg.text, lo, m.start - m.seg.start))), None)  # (the last before the noun)
    if described is None or "," in m.seg.text[described.end():m.start - m.seg.start] or \
            not _FOR_THE_MEETING.search(m.seg.text, described.end(), m.start - m.seg.start):
        return ""
    return _CAPITAL_OF.get(DEMONYMS.get(described.group(1), ""), "")


_HELD_IN = re.compile(
    r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:held|convened|hosted)\s+in\s+"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Spring|Summer|Autumn|Winter)\b)"
    rf"({CAPITAL}[\w'\u2019.-]*(?:\s+{CAPITAL}[\w'\u2019.-]*){{0,2}})(?![\w'-])")
"""'The second round of talks ... on the shelf in the Bay of Marl | was held in Zenda': the
place the sentence says the act was held in."""


def the_place_it_was_held_in(text: str, mentions: list[Mention]) -> None:
    """"The third round of negotiations between Ruritania and Borduria on the fishing zone in
    the Bay of Marl was held in Zenda on 2 March": a place the sentence says the gathering
    was held in beats a sea or region named in its topic (verify84 F2, ext147: the row was
    placed and titled in the gulf the talks were about).  Only the noun phrase's own
    "was held in", right after it."""
    for m in mentions:
        if m.pos != "noun" or not m.np_end or m.np_end < m.end:
            continue
        found = _HELD_IN.match(text, m.np_end)
        if found is None:
            continue
        place = found.group(1)
        if place != m.location:
            m.location = place


_A_CAPITAL_AT_THE_END = re.compile(
    rf"\b(?:in|at|to)\s+(?:{CAPITAL}[\w-]*(?:\s+{CAPITAL}[\w-]*)?['\u2019]s|the)\s+"
    r"(?:[a-z-]+\s+)?(?:capital|city|port)$")
_ITS_NAME_AFTER = re.compile(
    rf",\s+({CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*){{0,2}})(?=\s*[,.;]|\s+(?:on|in|at|next)\b)")


def the_capital_named_after_the_comma(text: str, mentions: list[Mention]) -> None:
    """"agreed to meet again in Borduria's capital, Zenda, on April 12": an object cut at
    the comma before the capital's name left the act with no place (verify84 F2, ext147).
    The name right after the comma, when the object ends with the capital it names."""
    for m in mentions:
        if m.location or m.pos != "verb" or not m.object_text:
            continue
        if _A_CAPITAL_AT_THE_END.search(m.object_text) is None:
            continue
        named = _ITS_NAME_AFTER.match(text, m.end + len(m.object_text))
        if named is not None and text[m.end:m.end + len(m.object_text)] == m.object_text:
            m.location = named.group(1)
