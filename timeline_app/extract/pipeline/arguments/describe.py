"""One mention alone: what the text says right around its trigger.

Input: one :class:`~..mentions.Mention`, the article text, its
:class:`~..entities.Entities`, dateline, the starts of its dates and the sentence's
temporal expressions.  Output (set on the mention): phrase span, subject and subject
phrase (:mod:`.subjects`), patient of a passive, object, participants and countries
named in the phrase, place (:func:`.places.location_of`), occasion, host, kind
("trilateral"), ordinal, category, and whether it is scheduled or hedged.  The passes
that read several mentions come after, in :func:`.describe_mentions`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ... import event_vocabulary as vocab
from ...dateline import ORDINAL_RE, Dateline, ordinal_value
from ...letters import CAPITAL
from ...sentences import Segment
from ...timex import Timex
from ..clauses import (
    antecedent_of_a_main_verb,
    clause_left,
    noun_phrase_left,
    over_and,
    over_joined_names,
    phrase_right,
    verb_object_end,
)
from ..entities import BODY_HEADS, Entities
from ..inflection import is_common_noun, verb_lemma, verb_tags
from ..lexicon import PAST_ONLY, TRIGGER_TABLE
from ..mentions import Mention
from ..phrases import (
    BLOCS,
    CAPITALS,
    COUNTRIES,
    DANGLING,
    DEMONYMS,
    MONTH_AND_DAY_NAMES,
    NOT_SUBJECT_WORDS,
    PREPOSITIONS,
    SEATS_OF_GOVERNMENT,
    VENUE_CITIES,
    WORD,
    any_word,
    is_date_words,
    is_geographic_feature,
    join_names,
    strip_det,
    tail,
)
from ..triggers import a_first_journey
from .names import listed_ministers, region_group_states, split_names, state_of_force
from .patterns import (
    A_COORDINATED_CLAUSE,
    AN_INSTRUMENT,
    BODY,
    BODY_BEFORE_ITS_CHAIRS,
    E3_NAME,
    E3_STATES,
    GOVERNMENT_IN,
    INSTRUMENT_WORDS,
    NUMBER_WORDS,
    OBJECT_S_PARTICIPLE,
    ON_A_DAY_THAT_THEY_MEET,
    SUBORDINATE,
    THE_E3,
    THE_REGION_GROUP,
)
from .places import a_city_of_the_story, location_of
from .subjects import (
    after_a_subject_s_aside,
    event_noun_before_its_participle,
    first_verb,
    last_list_of_states,
    past_dates,
    subject_name,
    subject_parts,
    where_clause_s_own_subject,
)

_HEDGE_WORD = any_word(vocab.HEDGES)


_FUTURE_WORD = any_word(vocab.FUTURE_MODIFIERS)


_POLICY_WORD = any_word(vocab.POLICY_CONTENT, suffix="")


# "the next round of | trilateral talks": the event noun's phrase starts after "of"
_NEXT_ROUND_OF = re.compile(r"\b(?:next|upcoming|forthcoming)\s+(?:round|session|edition|"
                            r"meeting|rounds|sessions)\s+of\s+(?:the\s+|their\s+)?$",
                            re.IGNORECASE)


_ORDINAL_LAST = re.compile(ORDINAL_RE + r"\s*$", re.IGNORECASE)
_ORDINAL_BEFORE_A_NAME = re.compile(r"(?<![\w-])(?i:" + ORDINAL_RE + rf")\s+(?:{CAPITAL}[\w'\u2019-]*\s+){{1,5}}$")
"""'the eighth China-Japan-ROK Business | Summit': an ordinal before the name the event
noun ends (verify54: the business summit, with no ordinal, was folded into "the ninth
China-Japan-ROK Leaders' Meeting" of the same day)."""


# A verb that opens a visit or talks it takes as its object: "began a four-day state visit
# to India" (verify20's lead titled "Visit to India" without its visitor): the noun phrase
# right after it (not "began after the invasion")
# (and one that closes them: "Iran and Britain ended a round of talks", ext26: no one named)
_OPENING_VERB_LAST = re.compile(r"\b(began|begins|begin|started|starts|start|ended|ends|concluded|"
                                r"concludes|wrapped\s+up|wraps\s+up)\s+(?:(?:a|an|the|their|its)\s+"
                                r"(?:[\w-]+\s+)?(?:round|session)\s+of\s+)?$")


# (the base forms "pay", "make" too: "will pay a state visit", "to make a state visit")
_LIGHT_VERB_LAST = re.compile(r"\b(" + "|".join(map(re.escape, (*vocab.LIGHT_VERBS, "pay", "make",
                                                                 "makes", "undertake",
                                                                 "undertook", "host", "attend")))
                              # (progressive after its auxiliary: "Vieira is paying an official
                              # visit", ext68's Xinhua story, had no visitor; not "bank holding
                              # companies", an adjective)
                              + r"|(?<=\bis\s|re\s|as\s|be\s)(?:paying|holding|making|hosting|"
                              r"attending|conducting|undertaking)"
                              # (within its clause: not past ", and" -- "gives Baku a date to
                              # hold him to, and the commission's return to work": Baku did not
                              # hold the return, verify70 F4's "Baku: Commission's return")
                              # (and past an aside of the role it is done in: "attended, as a
                              # dialogue partner, the forum's meeting", h30's error kinds: the
                              # minister had no part in the meeting)
                              + r")(?:,\s+as\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+,)?"
                              r"\s+(?:(?!\S*,\s+(?:and|but|or|while|whereas)\s)\S+\s+){0,7}$")


# The noun phrase a relative clause follows: "(years of) | diplomatic relations |, which"
_ANTECEDENT = re.compile(r"(?:^|\b(?:of|in|for|on|with|to|from|by)\s+|,\s*)((?:[\w'-]+\s+){0,4}?"
                         r"[\w'-]+),?\s*$")
_RELATIVE_LAST = re.compile(r"\b(?:which|that)\s+$")
# ("was re-elected", "were last held": an adverb between the auxiliary and the verb)
_PASSIVE_LAST = re.compile(r"\b(?:was|were|been|be|is|are)\s+"
                           r"(?:(?:\w+ly|last|first|also|already|just|once|still|again)\s+)?"
                           r"(?:re-|co-)?$")
_TO_LAST = re.compile(r"\bto\s+$")
_A_DETERMINED_NOUN_LAST = re.compile(r"(?<![\w'\u2019-])(?:the|this|that|these|those|a|an)\s+"
                                     r"((?!(?:the|this|that|these|those|a|an)\s)(?:[a-z][\w-]*\s+){0,2}"
                                     r"([a-z][\w-]*))\s+$", re.IGNORECASE)
"""'that | the draft | agreed': a clause's subject, a common noun after its determiner (group 1: the
phrase, group 2: its noun)."""
_A_FINITE_VERB_AFTER = re.compile(
    r"(?:\s+(?:last|this|next|earlier|on|in|at)\s+(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)?"
    r"\s+(?:also\s+|\w+ly\s+)?([a-z]+)\s+(?:a|an|the|its|their|out|up|no|that)\b")
"""'(agreed) | last week set a': after a participle and its time or place, the clause's own verb
and the start of its object (group 1: the verb)."""
_A_GATHERING_S_PHRASE_LAST = re.compile(
    r"(?:^|(?<=\s))(?:[Tt]he|[Aa]n?)\s+((?:[\w'\u2019-]+\s+){0,3}?([a-z]+)\s+(?:of|between|among)\s+"
    r"(?:(?!\b(?:which|that|who|said|says|has|have|had|was|were|is|are|will|would)\b)"
    r"[^.;:()\"\u201c\u201d]){2,80}?)(?:\s+(?:on|over|about)\s+[^,.;:()]{2,80})?,\s+(?:\w+ly\s+)?$")
"""'The | ministerial meeting of Kenya, Uganda and Tanzania | on the customs union, ': a gathering's
noun and the parties its phrase lists, then the comma of a participle's aside (group 1: the
phrase without what it is about, group 2: the noun)."""
_PARTICIPLE_ASIDE_LAST = re.compile(
    r"(?<=[\w'\u2019]),\s+(?:\w+ly\s+)?([a-z]{3,})\s+[^,;:()\"\u201c\u201d]{2,80}?,\s*"
    r"(?:(?:has|have|had|is|are|was|were|will|would|may|might|could|should|can|must)\s+)?$")
"""'The meeting ...|, planned for March 20 in Kampala, has |been postponed': a participle's aside
between what was done to and its verb (group 1: the participle)."""
_A_NOUN_S_LIST_CUT = re.compile(
    rf"(?:[Tt]he|[Aa]n?)\s+(?:[\w'\u2019-]+\s+){{0,3}}?[a-z][\w'\u2019-]*\s+(?:of|between|among)\s+"
    rf"(?:the\s+)?{CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*)*"
    rf"(?:,\s+(?:the\s+)?{CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*)*)*,\s*$")
"""'The ministerial meeting of Kenya, | Uganda and Tanzania ...': a noun and the list of names its
"of" phrase opens, cut at a comma of the list by the clause finder."""



_BEFORE_BEING_LAST = re.compile(r"\b(?:before|after|since|without|until)\s+being\s+"
                                r"(?:(?:\w+ly|again|later)\s+)?$")
"""'reopened only briefly| before being |closed': a passive gerund whose subject is the
clause's."""
_A_CLAUSE_S_SUBJECT = re.compile(
    r"\s*(?:[,;]\s*)?(?:(?:but|and|yet|while)\s+)?((?:the|its|their|these|those)\s+[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*)?)\s+(?:[a-z]+ed|had|have|has|were|was|are|is|remained|stayed|"
    r"reopened|opened|shut|met)\b")
"""'|, but the crossings| reopened ...': a clause's subject, a common noun phrase before its
verb (group 1)."""

_IN_WHICH_INSIDE = re.compile(r"\s(?:in|during|at|under|by)\s+which\s+(?=\S)")
"""'a clash near X on May 12| in which |three guards (were killed)': where a relative clause
opens inside a passive's clause, its own subject follows (ext148, verify85 F7)."""

def _before_a_participle_aside(text: str, sentence: int, at: int) -> int:
    """Where the words before a participle's aside end ("The meeting ...| , planned for March
    20 in Kampala, has been postponed"), or ``at`` when no such aside ends at ``at``."""
    aside = _PARTICIPLE_ASIDE_LAST.search(text, max(sentence, at - 140), at)
    if aside is None or not (aside.group(1).endswith("ed") or "VBD" in verb_tags(aside.group(1))):
        return at
    return aside.start()


def _a_noun_s_list_before(text: str, seg: Segment, at: int) -> tuple[int, int] | None:
    """Where the phrase a passive verb at ``at`` is done to starts and ends when it is a noun
    with the list of names its "of" phrase opens ("The ministerial meeting of Kenya, Uganda
    and Tanzania on the customs union"), a participle's aside between it and its verb or
    not; else ``None`` (the clause finder's cut at the list's comma stands)."""
    end = _before_a_participle_aside(text, seg.start, at)
    left = over_joined_names(text, seg, over_and(text, seg, clause_left(text, seg, end), end), end)
    if not re.match(rf"\s*(?:the\s+)?{CAPITAL}[^,;:]*\band\b", text[left:end]):
        return None
    cut = _A_NOUN_S_LIST_CUT.search(text, max(seg.start, left - 160), left)
    return (cut.start(), end) if cut is not None else None
_A_NOUN_THEN_WHO = re.compile(r"\b(?:a|an|the)\s+((?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*)"
                              r"(?:\s+of\s+(?:(?!\b(?:a|an|the)\s)[^,;]){1,60}?)?,?\s+who\s*$",
                              re.IGNORECASE)
"""'a | Japanese employee | of drugmaker Astellas Pharma Inc. who': the person a "who" clause
is about, a common noun (a name is found by its own rules)."""
_PASSIVE_CONJUNCT = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?=[a-z]+ed\b(?:(?!\b[a-z]+ed\b)[^.;:]){0,120}?"
                               r"\band\s+(?:\w+ly\s+)?$)")
"""'was | detained in Beijing in March and formally | indicted': the auxiliary of the first
participle of a passive, before a second one it shares (not after a verb between: "were
suspended ..., resumed briefly ... and collapsed" are the talks' own acts, ext46)."""
_TO_BE_LAST = re.compile(r"\bto\s+be\s+$")
_A_THAT_CLAUSE_NEXT = re.compile(
    r"\s+(?:(?:in|on|at|during|last|this|earlier|late|early)\b[^,;.]{0,30}?\s+)?that\s+"
    r"(?:(?:the|a|an|its|their|his|her|it|they|he|she|we|this|these)\b|[A-Z0-9])")
"""'recommended | in late January that the 2027 catch ...': a verb whose object is a clause
of what was said, so active, never a reduced relative ("Researchers at the Institute of Marine
Research | recommended": verify75 F4's kind, titled "Institute of Marine Research
recommended")."""
_VERB_THEN_NOUN = re.compile(r"(?:[a-z]+\s+){1,2}(?:a|an|the|its|their)\s+([^,;]+)")
"""'creates a joint ... cell' before 'to be based': a verb's object, the thing done to."""


_EVENT_NOUN_OPENING = re.compile(
    r"\s*(?:(?:the|a|an)\s+)?(([A-Za-z]+)(?:\s+(?:hosted|mediated|brokered|sponsored|led|chaired)"
    rf"\s+by\s+(?:the\s+)?{CAPITAL}[\w-]*+(?:\s+{CAPITAL}[\w-]*+){{0,3}})?)\s+(?:\w+ly\s+)?$")
"""A clause that opens with an event noun, perhaps with who hosts it: "Talks hosted by Iraq |
began" (group 1: the phrase, group 2: the noun)."""


_COMMITTING = frozenset({"agree", "decide", "pledge", "promise", "vow"})
_TO_HOLD_WITH = re.compile(r"(?:\s+(?:on|in)\s+\w+)?\s+to\s+(?:hold|host|convene)\s+(?:\S+\s+){1,4}?"
                           r"(?:summit|talks|meeting|conference|dialogue)\s+(?=with\s)")
"""What was agreed to hold, up to "with": "agreed on Tuesday to hold a trilateral summit |
with ..."."""
_ON_A_DAY_TO_HOLD = re.compile(
    r"\s+(?:on|in)\s+\w+(?P<to>\s+)to\s+(?:hold|host|convene|organi[sz]e)\s+(?:\S+\s+){0,4}?"
    r"(?:summit|talks|meeting|conference|dialogue|round)s?\b")
"""'agreed on Saturday | to hold a trilateral ministerial meeting': an agreement dated by its
own day, of a gathering to hold (a gathering has its own row; "agreed on Wednesday to hold
joint patrols in the Strait of Hormuz" keeps the strait)."""
_ARGUING_THAT = re.compile(r",?\s+(?:arguing|insisting|claiming|complaining|asserting)\s+that\b")
"""'sent a note ... | arguing that ...': what the act argued, whose places are not its own."""
_MANDATE_OF_A_MISSION = re.compile(
    r"\bmandate\s+of\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?P<noun>mission|force|operation|presence|office)(?=\s+in\s)", re.IGNORECASE)
"""'extended the mandate of the monitoring | mission | in Lorn': the place after it is the
mission's, not that of the act on its mandate (ext158, from verify89 F2: the ministers' act
placed in the country the mission works in)."""
_COMMITTED_TO_LAST = re.compile(r"\b(?:agreed|agree|agrees|decided|pledged|promised|vowed)"
                                r"(?:\s+(?:on|in)\s+\w+)?\s+to\s+$")
"""A verb of committing right before the infinitive of a light verb ("agreed on Tuesday to |
hold a summit"): the committing verb's subject is the light verb's."""


_PRONOUN_SUBJECT_LAST = re.compile(r"\b(?:it|they|he|she|we)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


_STATE_BEFORE_NOUN = re.compile(
    rf"(?<![\w.'\u2019-])(?!(?:The|A|An|Its|Their)\s)({CAPITAL}[\w.]*(?:\s+{CAPITAL}[\w.]*)?)(?:-(?:led|backed|brokered|"
    r"sponsored|mediated|funded|drafted|proposed)|['\u2019]s)?\s+(?:[a-z]+\s+)?$")
"""A state's name or adjective right before an event noun phrase (its last two words)."""


_LANDMARK_HEADS = frozenset({"Temple", "Palace", "Tomb", "Mausoleum", "Church", "Shrine", "Museum",
                             "Monument", "Fort", "Castle", "Cathedral", "Mosque", "Hall", "Gate",
                             "Basilica", "Valley", "Cave", "Caves", "Memorial", "Square"})
"""Heads of a landmark's name that go on with "of": 'the Temple | of the Tooth'."""
_LANDMARK_OF = re.compile(rf"\s+of\s+(?:the\s+)?{CAPITAL}[\w'-]*(?:\s+{CAPITAL}[\w'-]*){{0,3}}")
_PLACE_PP_AFTER = re.compile(
    r"\s+(?:off|near|in|at|on(?=\s+(?:the\s+)?(?:Lake|Isle)\s|\s+(?:the\s+)?[A-Z][\w'.-]*\s+"
    r"(?:[Ii]slands?|Isles|Lake|Atoll|Archipelago)\b))\s+(?:the\s+(?:[\w-]+\s+){0,2}(?:city|town|port|capital|island|"
    r"village)\s+of\s+|the\s+(?:[\w-]+\s+)?(?:waters|seas?|coast)\s+(?:off|of|near)\s+)?"
    rf"(?:the\s+)?{CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*){{0,3}}")
"""A place phrase right after an event noun's phrase: 'off the ... city of Fukuoka'; "on" only
before a lake or an island ('on Lake Kivu', ext101), never a topic ('talks on Ukraine')."""
_HOST_WILL_HOST = re.compile(rf",?\s+which\s+(?:the\s+)?(?:{CAPITAL}[\w'.-]*+\s+){{1,3}}(?:will\s+|is\s+to\s+|"
                             r"(?:is|are)\s+(?:due|set|expected)\s+to\s+)?host(?:s|ed)?(?=\s)")
"""'the Pacific Islands Forum leaders' meeting, which Solomon Islands will host | in Honiara':
the place told after the host's verb is the meeting's."""


_TAKES_PLACE = re.compile(r"\s+(?:(?:will|would|is\s+to|are\s+to|was\s+to|were\s+to)\s+)?"
                          r"(?:take\s+place|takes\s+place|took\s+place|(?:be|is|are|was|were)\s+"
                          # ("was also held in Iwaki", ext24: no place)
                          r"(?:(?:also|first|last|previously|again)\s+)?held)(?=\s)"
                          # "The last round, | held in Addis Ababa in December 2023, |
                          # collapsed" (ext24: no place)
                          rf"|,\s+held(?=\s+(?:in|at)\s+{CAPITAL})"
                          # "The leaders' summit | is scheduled for October 26 | in Kuala
                          # Lumpur" (verify18: no place)
                          r"|(?:(?<=scheduled)|(?<=set)|(?<=slated)|(?<=planned))\s+"
                          rf"for\s+[^,;.]{{1,40}}?(?=\s+(?:in|at)\s+{CAPITAL})"
                          # "The next round | is expected to open | in Vienna on March 28"
                          # (verify22: no place); "the talks, | in Vienna in March,"
                          r"|\s+(?:(?:is|are|was|were)\s+(?:expected|due|set|scheduled|"
                          r"planned|likely)\s+to|will|would)\s+(?:open|begin|start|resume|"
                          r"convene|reconvene)(?=\s)"
                          rf"|,(?=\s+(?:in|at)\s+{CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*){{0,3}}\s+(?:in|on)\s"
                          r"[^,;.]{1,30},)")
"""'The first joint drill | would take place in the waters off Palawan', 'the summit | is
scheduled for October 26 | in Kuala Lumpur': the place told after the noun's own predicate
is the noun's."""

_HAPPENED_THEN = re.compile(r"(?:,?\s+(?:that|which))?\s+(?:took\s+place|was\s+held|were\s+held|"
                            r"opened|began|started|ended|concluded|resumed|convened|reconvened)\b")
"""'The talks | opened': a past verb of the noun's happening (not "is set to begin")."""
_ON_BEFORE_A_DATE = re.compile(r"\s*(?:on\s+)?")
"""What may stand between an event's phrase and the date after it when the phrase ends on a
verb of its happening ("The talks opened | on | Friday in Doha": ext54, the dateline's city
was the talks' place; not "The trial is set to begin | on | Wednesday in ...", a plan whose
title says the beginning)."""


_ACRONYM_AFTER = re.compile(r"\s+\([A-Z][A-Za-z&.-]{1,11}\)")
"""An acronym in brackets after a name: 'the East African Community | (EAC)'."""
_ISSUED = re.compile(r"\s+(?:(?:was|were)\s+)?(?:issued|released|published|read\s+out)(?=\s)")
"""'a statement | issued in Jakarta': where a statement was issued is its place (verify12:
ASEAN's statement had none)."""


_AT_A_GATHERING = re.compile(
    r"(?:[^,;.]{0,80}?\s)?(?:on\s+the\s+(?:sidelines|margins)\s+of|during|at)\s+(?:a|an|the)\s+"
    rf"[^,;.]{{0,60}}?\b(?:in|at)\s+({CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*){{0,2}})")
"""A gathering right after the event and where it is: 'on the sidelines of an
international conference in Busan' (within the clause: no comma between)."""


_PULLING_BACK = frozenset({"pull", "withdraw", "retreat"})
_A_PLACE_DESCRIBED = (r"(?:(?:[\w-]+\s+){0,2}?(?:town|city|village|port|region|province|district|"
                      r"nation|country|kingdom|island|capital|enclave)\s+of\s+)")
"""A place's description before its name: 'the | border town of | Tibu', 'the | Pacific
nation of | Tonga'."""
_SERVICE_TO = re.compile(r"\b(?:flights|flight|services|service|trains|ferries|ferry|buses)\s+"
                         r"(?:[a-z]+\s+){0,2}?to\s+")
"""A way to travel and where it goes: 'flights | to | Asmara' (not "en route to Lebanon":
TimeBank APW19980301.0720's soldiers were killed on the way, in Israel)."""
_STATE_S = re.compile(r"(.+?)['\u2019]s\s+(.+)")
"""A place named with its state's possessive: 'Iran's Fordo'."""
_PULLED_FROM = re.compile(rf"\b(?:from|around|near|out\s+of)\s+(?:the\s+)?"
                          rf"(?:(?:positions|bases|areas)\s+(?:in|around|near)\s+(?:the\s+)?)?"
                          rf"(?:[a-z][\w-]*\s+){{0,2}}?"
                          rf"(?P<described>(?:town|city|village|port|area|region|province|district)"
                          rf"\s+of\s+)?(?P<place>{CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*)?)"
                          rf"(?P<head>\s+(?:town|city|province|region|district))?")
"""Where an armed force pulls back from: 'out of positions around the mining town of
Walikale', 'from Humera' (group "place"; "described", "head": what says it is one)."""
_ARMED_MEN_BEFORE = re.compile(r"\b(?:troops|forces|fighters|soldiers|units)\s+$")
"""'withdraw its fighters | from Walikale': armed men are withdrawn from a place (verify39:
"would withdraw its fighters from Walikale within 10 days" had no place), whatever the
gazetteer knows of it; not 'withdrew from NATO'."""
_VERBS_OF_TAKING = frozenset({"seized", "captured", "stormed", "occupied", "entered", "took",
                              "shelled", "bombed", "attacked", "besieged", "liberated", "struck",
                              "raided", "pounded"})
_A_CITY_S_FACILITY = re.compile(rf"\s+({CAPITAL}[\w.-]*(?:\s+{CAPITAL}[\w.-]*)?)['\u2019]s\s+"
                                r"(?:[a-z-]+\s+){0,2}(?:airport|port|harbou?r|airbase|air\s+base|"
                                r"naval\s+base|refinery|docks?)\b")
"""'(bombed) | Sanaa's airport', 'Odesa's port': a facility told by its city's name."""
_VERBS_OF_SETTING_OFF = frozenset({"head", "leave", "depart"})
_FROM_A_CITY = rf"(?:{CAPITAL}[\w'.-]*\s+){{1,3}}(?=for\s)"
"""'left | Islamabad | for Kabul': the city a trip sets off from, before "for" and where it goes."""
_LEAVES_FOR = re.compile(rf"\s+(?:{_FROM_A_CITY})?for\s+(?:the\s+)?{CAPITAL}")
"""Verbs of a trip whose destination may follow "for" ("heading for Beijing"; "left
Islamabad for Kabul": after the city it leaves)."""
_TAKEN_PLACE = re.compile(r"\s+(?:the\s+)?(?:(?:[a-z]+\s+){0,2}(?:capital|city|town|port)\s+"
                          rf"(?:of\s+)?)?({CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*){{0,2}})")


_UNNAMED_GOVERNMENT = re.compile(r"\b(?:[Tt]he|to)\s+(?:foreign\s+)?(?:ministry|government)\b"
                                 r"(?!\s+(?:of|in)\b)")
"""A ministry or government that no state's name or adjective qualifies."""


_IN_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
# After a venue: a preposition, a date word, punctuation or the end ("in Laos on Tuesday"),
# not a noun it qualifies ("at the BRICS summit").
_PLACE_ENDS = re.compile(r"\s*(?:[,.;:)]|$|(?:on|in|at|to|for|and|last|next|this|earlier|later|"
                         r"from|with|before|after|during|since|until|when|where|which)\b)")


def _word_run(text: str, pos: int) -> str:
    """The capitalised words from ``pos`` ("Saudi Arabia", "Laos")."""
    run = re.match(rf"{CAPITAL}[\w.'-]*(?:\s+(?:of\s+)?{CAPITAL}[\w.'-]*)*", text[pos:pos + 60])
    return run.group(0) if run else ""


_THE_PAIR = re.compile(r"\b(?:between|with|by|among)\s+(?:the\s+two|both)\s+"
                       r"(?:sides|countries|nations|neighbou?rs|governments)\b"
                       r"|\b(?:the\s+two|both)\s+(?:sides|countries|states|nations|neighbou?rs|"
                       r"governments)['\u2019](?!\w)|\b(?:the\s+two|both)\s+capitals\b", re.IGNORECASE)
"""'The two sides' after a preposition of the event: 'talks between the two sides'; or
owning its thing: 'the two states' dispute was settled by the court' (ext112: the court
alone); or 'both capitals' anywhere ('would consult both capitals next week': ext118, from
blind set h20, the consulting bloc alone)."""


_WITH_AFTER = re.compile(r"\s+with\b")
_FRONTED_AFTER = re.compile(r"\s*(?:(?:In|On|By)\s+[^,;:]{1,30},\s*)?(?i:after|following)\s+"
                            r"(?:[a-z-]+\s+){0,2}")
"""'(In March 2025,) after separate | talks': a meeting noun in a phrase that opens its
sentence."""
_CLAUSE_SUBJECT = re.compile(rf",\s*(?:the\s+)?((?:{CAPITAL}[\w'.-]*\s+){{0,3}}{CAPITAL}[\w'.-]*)"
                             r"\s+(?:\w+ly\s+)?(?:said|says|announced|told|declared|stated|"
                             r"agreed|signed|met)\b")
"""', the White House | said': the subject of the main clause after a fronted phrase."""


def _states_of_the_clause_subject(text: str, at: int, end: int,
                                  entities: Entities) -> list[str]:
    """The state of the subject of the main clause right after a fronted phrase that ends
    at ``at`` (", the White House said": United States; ", Japan announced": Japan), by
    its name, its seat of government, a capital or a ministry named for its building ("the
    State Department"); [] when it names none."""
    found = _CLAUSE_SUBJECT.match(text, at, end)
    if found is None:
        return []
    name = found.group(1)
    seat = SEATS_OF_GOVERNMENT.get(name) or CAPITALS.get(name) or COUNTRIES.get(name) \
        or CAPITALS.get(VENUE_CITIES.get(name, ""))  # ("the State Department": Washington's)
    if seat:
        return [seat]
    return [c for _, c in entities.sides_in(text, found.start(1), found.end(1))][:1]


def _pair_of_the_sentence(text: str, start: int, end: int, entities: Entities) -> list[str]:
    """The two states ``text[start:end]`` (the rest of the sentence after "both sides")
    names joined by "and", "Russia and Ukraine", when it joins exactly one such pair of two
    different states; else [].  (Not a pair before it: "Iraq and Oman hosted several rounds
    of talks between the two sides" are the hosts.)"""
    pairs = entities.pairs_joined(text, start, end)
    return pairs[0] if len({frozenset(p) for p in pairs}) == 1 else []


def _states_of_the_paragraph_s_people(text: str, start: int, entities: Entities) -> list[str]:
    """The two states of the people its paragraph names before ``start`` (where a sentence
    with "the two countries" opens), when they are people of exactly two known states:
    "talks between U.S. Defense Secretary Lloyd Austin and China's Defense Minister Dong
    Jun ... The two met ... It was the first in-person meeting between the two countries'
    defense chiefs" -> United States, China (verify54 F20: Japan and South Korea, the
    story's states).  [] otherwise (the sentence opens its paragraph, one state, three)."""
    opening = text.rfind("\n", 0, start) + 1
    states = list(dict.fromkeys(state for _, name in entities.people_in(text, opening, start)
                                if (state := entities.people.get(name, ""))))
    return [entities.state_name(s) for s in states] if len(states) == 2 else []


_LEFT_A_CITY = re.compile(rf"\s+({CAPITAL}[\w'\u2019-]+(?:\s+{CAPITAL}[\w'\u2019-]+)?)(?=\s+(?:on|in|at|by|"
                          r"last|this|earlier|after|before|three|two|four|a)\b|[,.;]|\s*$)")
"""'(left) | N'Djamena | on Jan. 30': a place named right after the verb, as its object."""
_THE_COUNTRY = re.compile(r"\bthe\s+(?:restored\s+|new\s+|island\s+|small\s+|young\s+)?"
                          r"(?:country|state|nation|republic|kingdom)\b(?!\s+(?:of|to)\b)",
                          re.IGNORECASE)


_NAME_AND_COUNTERPART = re.compile(rf"{CAPITAL}[\w.'\u2019-]*(?:\s+{CAPITAL}[\w.'\u2019-]*)*\s+and\s*$")
_COUNTERPARTS_LISTED = re.compile(r"\s+(?:my|our|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?counterparts,\s+"
                                  r"([^;]{5,300}?)(?=,\s+(?:in|at|on|for|during)\s|;|\.(?:\s+[A-Z][a-z]+\s+[a-z]|\s*$))")
"""'met | my Quad counterparts, | India's ... Dr S. Jaishankar, ... and ... Marco Rubio|, in
Washington': the counterparts listed after their noun (group 1)."""
_COUNTERPART_OPENING = re.compile(rf"\s*(?:his|her|their|its)\s+(?:{CAPITAL}\w+\s+)?counterparts?\b")

# "with X" right after a verb and its object names the other side: "normalized relations
# with South Korea", "signed an accord with Japan".
_WITH_PARTNER = re.compile(rf"(?:\s+\S+){{0,4}}?\s+with\s+((?:the\s+)?{CAPITAL}[\w.'-]*(?:\s+{CAPITAL}[\w.'-]*)*)")
_NOUN_TO_DO = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}(?:roadmap|road\s+map|"
                         r"plan|deal|agreement|framework|mechanism|proposal|initiative|bid|"
                         r"effort|efforts|mission|programme|program|scheme)\s+to\s+[a-z]+\b")
"""'a roadmap | to restore': a noun whose infinitive tells what it is for (its places are
that purpose's)."""


_THE_COURT_OBJECT = re.compile(r"\s+the\s+(court|tribunal)\b", re.IGNORECASE)
"""'asked | the court | to settle': a court told by a definite noun, named before."""
_A_COURT_NAME = re.compile(rf"(?<![\w'-])((?:{CAPITAL}[\w'-]*\s+)*(?:Court|Tribunal)"
                           rf"(?:\s+(?:of|for)\s+(?:the\s+)?{CAPITAL}[\w'-]*(?:\s+{CAPITAL}[\w'-]*)*){{0,2}})")


def _court_named_before(text: str, pos: int, noun: str) -> str:
    """The name of the last court (or tribunal, as ``noun`` says) the article names before
    ``pos`` ("the International Court of Justice in The Hague ruled ..."), or "" when it
    names none within the last few paragraphs; a bounded look back."""
    head = "Tribunal" if noun.lower() == "tribunal" else "Court"
    names = [m.group(1) for m in _A_COURT_NAME.finditer(text, max(0, pos - 3000), pos)
             if head in m.group(1).split() and len(m.group(1).split()) > 1]
    return names[-1] if names else ""


_BY_GROUP_OF = re.compile(r"[^,;]{0,60}?\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:ministers|leaders|"
                          r"presidents|governments|representatives|heads\s+of\s+(?:state|"
                          r"government)|envoys|delegations)\s+of\s+(?:the\s+)?")
"""A passive's doers named as a group of the states that follow: "by the ministers of "."""
_SIGNED_BY_GROUP = re.compile(r"\b(?:signed|agreed|concluded|adopted)\b" + _BY_GROUP_OF.pattern)
"""An act's doers named as a group in a sentence: 'signed at Vilnius Town Hall by the
ministers of '."""


_SIGNED_BY = re.compile(r"\b(?:signed|agreed|concluded|adopted|initialled|initialed)\b"
                        r"[^,;]{0,60}?\bby\s+")
_LIST_END = re.compile(r"[;.]\s|\s(?:in|on|at|after|before|which|who|creates?|establish(?:es)?|"
                       r"sets?\s+up)\s|,\s+(?!and\b)(?=[a-z])")


def _signers_states(text: str, start: int, end: int, entities: Entities) -> list[str]:
    """The states of the people a past participle's "by" names one by one ("signed at the
    Torre Tagle Palace by Peruvian Foreign Minister Elmer Schialer, Bolivian Foreign Minister
    Celinda Sosa and Chilean Foreign Minister Alberto van Klaveren": Peru, Bolivia, Chile),
    in order, once each: the first "signed ... by" in ``text[start:end]``, its list up to a
    clause's end.  Each person's state is the one the article gives them (a demonym or a
    state before the title, :class:`.Entities`); [] when there is no such list."""
    by = _SIGNED_BY.search(text, start, end)
    if by is None:
        return []
    stop = _LIST_END.search(text, by.end(), end)
    people = entities.people_in(text, by.end(), stop.start() if stop else end)
    return list(dict.fromkeys(state for _, p in people if (state := entities.people.get(p, ""))))


_AMONG_A_GROUP = re.compile(r"\s+(?:among|amongst|between)\s+(?:the\s+|all\s+)?(?=(?:\w+|\d+)\s)")
"""An event noun's parties written as a group after it: 'an agreement | among the | five
Central Asian states'."""


_NAME_POSSESSIVE = re.compile(rf"({CAPITAL}[\w'\u2019.-]*(?:\s+{CAPITAL}[\w'\u2019.-]*){{0,3}})['\u2019]s?\s+"
                              r"(?:[a-z][\w-]*\s+){0,2}$")
"""'Evo Morales's | inauguration', 'Petro's first | speech': a name's possessive before a noun."""
_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")
"""'inauguration | of leftist | Gustavo Petro': "of" and up to two lowercase words before a name."""


def _person_of_the_noun(text: str, mention: Mention, entities: Entities) -> str:
    """The person an event noun belongs to: a known person's possessive right before it
    ("Evo Morales's inauguration") or "of" and a known person right after it ("the
    inauguration of leftist Gustavo Petro", "of President-elect Rodrigo Vaca"); "" if none."""
    seg = mention.seg
    before = _NAME_POSSESSIVE.search(text, max(seg.start, mention.start - 60), mention.start)
    if before is not None:
        named = entities.people_in(text, before.start(1), before.end(1))
        if named and named[-1][0] + len(named[-1][1]) >= before.end(1) - 40:
            return named[-1][1]
        if _a_person_s_name(before.group(1), entities):
            return before.group(1)
        if full := _person_named(before.group(1), text, entities):
            return full  # "Khrushchev's visit", after "Nikita Khrushchev" (ext118)
    of = _OF_A_NAME.match(text, mention.end)
    if of is not None:
        named = entities.people_in(text, of.end(), min(seg.end, of.end() + 60))
        title = text[of.end():named[0][0]] if named else ""
        if named and re.fullmatch(rf"(?:{CAPITAL}[\w.-]*\s+){{0,3}}", title):
            return named[0][1]
        name = re.match(rf"{CAPITAL}[a-z]+(?:\s+{CAPITAL}[a-z]+){{1,2}}(?![\w'\u2019-])", text[of.end():seg.end])
        if name and _a_person_s_name(name.group(0), entities):
            return name.group(0)
    return ""


def _a_person_s_name(name: str, entities: Entities) -> bool:
    """Whether ``name``, not known as anyone's, reads as a person's: two or three capitalised
    words of letters, none a word of an organisation's name, a title, a state's, a city's, a
    demonym or a month's ("Evo Morales", "Gustavo Petro"; not "Camp David", "New Delhi")."""
    words = name.split()
    return 2 <= len(words) <= 3 and name not in COUNTRIES and name not in vocab.CITIES \
        and not is_geographic_feature(name) and all(
            w[:1].isupper() and w.isalpha() and w not in vocab.ORG_WORDS
            and w not in COUNTRIES and w not in vocab.CITIES and w not in DEMONYMS
            and w.lower() not in MONTH_AND_DAY_NAMES and w not in _TITLE_WORDS for w in words) \
        and not entities.is_common_word(words[0])


def _person_named(patient: str, text: str, entities: Entities) -> str:
    """``patient`` (what a passive's subject names) when it reads as a person's name
    (:func:`_a_person_s_name`: "Luc Hallade"), or a surname alone that ends one such name the
    article writes ("Powers", after "Francis Gary Powers": the full name); "" otherwise."""
    name = " ".join(patient.split())
    if AN_INSTRUMENT.search(name) or BODY.search(name) or name in vocab.REGIONS or re.match(
            r"(?:North|South|East|West|Central|Upper|Lower|Greater)(?:ern)?\s", name):
        return ""  # ("the Lombok Treaty, signed in November 2006": what was signed; "Western
        # Sahara", a territory)
    if _a_person_s_name(name, entities):
        return name
    if re.fullmatch(rf"{CAPITAL}[^\W\d_A-Z]+(?:-[^\W\d_]+)?", name) is None or name in COUNTRIES \
            or name in vocab.CITIES or name in DEMONYMS or name in vocab.ORG_WORDS:
        return ""
    fulls = {m.group(0) for m in re.finditer(
        rf"(?<![\w'\u2019.-])(?:{CAPITAL}[^\W\d_A-Z]+\s+){{1,2}}{re.escape(name)}(?![\w'\u2019-])", text)
        if _a_person_s_name(m.group(0), entities)}
    return next(iter(fulls)) if len(fulls) == 1 else ""


# A verb in -ed right before a noun phrase ("marked the", "celebrated their"), and the
# word before it (a passive's auxiliary makes it no doer's verb).
_TALKED_ABOUT = frozenset({"discussed", "reviewed", "debated", "mentioned", "noted", "previewed",
                           "praised", "criticised", "criticized", "condemned", "denounced",
                           "deplored", "mourned"})
"""Verbs whose doers speak of an event without taking part in it: "the two leaders also
discussed the Pacific Islands Forum leaders' meeting, which Solomon Islands will host", "the
two sides condemned the attack on a United Nations convoy"."""


_GOVERNING_VERB = re.compile(r"(?:\b(\w+)\s)?\b((?:co-|re-)?[a-z]{3,}ed|fought)\s+(?:with\s+|forward\s+to\s+)?"
                             r"(?:(?:most|all|some|part|much|many|none|each|both)\s+of\s+)?"
                             # ("The neighbours fought five days of clashes": the length
                             # of the fighting before its noun, h7's Straits Times story;
                             # "Both leaders looked forward to meeting in person": who
                             # looks forward to it meets, ext69)
                             r"(?:(?:\w+|\d+)\s+(?:days|weeks|months|years)\s+of\s+)?$")
"""The verb whose object an event noun is ("marked | the anniversary"), with its prefix ("co-chaired
| the consultations", ext84: the prefix was left before the verb, and the subject lost)."""


# After an event noun phrase: "by" (after a participle, or a comma and a participle)
# and the doer.  (No nested quantifiers: one optional word group, then "by".)
_AGENT_AFTER = re.compile(r"(?:[^,;.]{0,60}?,)?(?:\s+[\w-]+ed)?"
                          rf"(?:\s+(?:last|this|next|earlier|later)\s+(?:week|month|year))?\s+by\s+(?:then-(?:[a-z]+|{CAPITAL}[a-z]+)\s+)?(?:the\s+)?(?={CAPITAL})")


# "Lula's attendance at", "the president's participation in": the owner attends the
# event noun that follows.
_SAID_AFTER_LAST = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists|a\s+news\s+"
                              r"conference)|announced)"
                              # (the day between: "said Tuesday after talks with", ext87,
                              # h10's Kyodo story: the speaker took no part)
                              r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
                              r"\s+(?:after|following|at\s+the\s+end\s+of)"
                              r"\s+(?:the\s+|their\s+|his\s+|her\s+)?$")
_ATTENDANCE = re.compile(rf"({CAPITAL}[\w.'-]*(?:\s+{CAPITAL}[\w.'-]*){{0,3}})['\u2019]s\s+(?:attendance|"
                         r"participation|presence|arrival|appearance)\s+(?:at|in)\s+$")


_VERB_PREFIX = re.compile(r"(?<![\w-])(?:co|re|pre|counter)-$", re.IGNORECASE)


_DATE_PREPOSITION = r"(?:\b(?:in|on|at|during|since|from|until|by)\s+)?"
"""The preposition a date left out of a phrase takes with it ("in August 2024")."""


TRIP_FOR = re.compile(r"\b(?:fly|flies|flew|travel|travels|travell?ed|go|goes|went|head|heads|"
                       r"headed|come|comes|came|return|returns|returned)\s+(?:on\s+)?to\s+"
                       rf"({CAPITAL}[\w'-]*(?:\s+(?:de|da|do|del|la|el)\s+{CAPITAL}[\w'-]*|\s+{CAPITAL}[\w'-]*)?"
                       # ("flew to the Ethiopian capital on Wednesday for talks": its place is
                       # the capital's, :data:`_THE_STATES_CAPITAL`; ext41's own story)
                       rf"|the\s+{CAPITAL}[a-z]+(?:\s+{CAPITAL}[a-z]+)?\s+capital)"
                       rf"(?:\s+(?:on\s+|later\s+|early\s+|earlier\s+)?{CAPITAL}[a-z]+day|\s+(?:later|"
                       r"tomorrow|today|next\s+week))?"
                       r"\s+for\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}$")
"""A trip whose purpose is the event noun that follows: 'fly to Ankara for talks', 'travel on
to Rio de Janeiro for the Group of 20 summit', 'fly to Hanoi later Wednesday for a two-day
state visit' (ext33: the visit had no traveller)."""


_A_NAME = rf"(?:the\s+)?{CAPITAL}[\w'-]*(?:\s+{CAPITAL}[\w'-]*)*"
_OF_A_NAME_LAST = re.compile(rf"\b(?:of|between|among)\s+{_A_NAME}\s*$")
_A_POSSESSIVE_FIRST = re.compile(rf"{CAPITAL}[\w-]*+(?:\s+{CAPITAL}[\w-]*+)*+['\u2019]s\s")
"""A phrase opening with a name's possessive ("Lavrov's | phone call")."""
_AND_BETWEEN = re.compile(r"\s+and\s+")


_A_LISTED_WORD = rf"(?:(?:[A-Z]\.){{2,}}+|{CAPITAL}[\w'-]*+)"
_A_LISTED_NAME = rf"(?:the\s+)?{_A_LISTED_WORD}(?:\s+{_A_LISTED_WORD})*+"
"""A name of a list, whose words may be an initialism with its dots ("U.S. President Joe
Biden": the list ended at "U", ext136, from the held-out set's lists cut)."""
_NAMES_LISTED_ON = re.compile(rf"\s*,\s*{_A_LISTED_NAME}(?:\s*,\s*{_A_LISTED_NAME})*\s*,?\s+and\s+"
                              rf"{_A_LISTED_NAME}")
"""The rest of a list of names after its first ("of Britain | , Greece and Turkey", "among
Kishida | , Marcos and U.S. President Joe Biden")."""
_THROUGH_A_NAME_LAST = re.compile(rf"\b(?:through|via|across|at)\s+{_A_NAME}\s*$")
_PLACES_LISTED_ON = re.compile(rf"\s*,\s*{_A_NAME}(?:\s*,\s*{_A_NAME})*\s*,?\s+and\s+{_A_NAME}"
                               r"\s+(?:passes|crossings|border\s+crossings|ports|checkpoints|"
                               r"points|routes|corridors)\b")
"""'through the Lipulekh | , Shipki La and Nathu La passes': the rest of a list of places that
share a plural head noun."""
_PRONOUN_ONLY = re.compile(r"\s*(?:They|It|He|She|We|I|You)\s+")
_COMMON_SUBJECT_OPENING = re.compile(r"\s*(?:A|An|The)\s+((?:[\w-]+\s+){0,7}?[a-z][\w-]*)\s+"
                                     r"(?:\w+ly\s+)?[a-z]+ed\b")
"""A sentence opening with a common noun phrase and its past verb: "A joint Soviet-American
commission | opened", "A new round of talks between the community leaders | opened"."""


_THEY_OF_A_PLURAL_SUBJECT = re.compile(
    r"(?:^|(?<=\s))((?:[Tt]he\s+)?[A-Za-z][\w-]*(?<!s)s(?:\s+(?:on|of|for|between|with)\s+"
    r"[^,;:]{1,60}?)?)(?:,\s*which)?\s+(?:have|had|were|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|ne|de)\b"
    r"[^,;:]{0,60}\s+(?:since|after|before|when|as|until)\s*$")
"""A plural subject, its plural verb, then a subordinate clause opening before "they were
<participle>": 'negotiations on a three-way free trade agreement, which have made little
progress since | they were launched' (group 1: the subject)."""


def _earlier_object(text: str, lower: int, upper: int) -> str:
    """The object of the last event verb in ``text[lower:upper]`` when it is a common noun
    phrase ("broke off relations in 2009, and" -> "relations"), else ""."""
    verb = None
    for w in WORD.finditer(text, max(lower, upper - 300), upper):  # (bounded look back)
        entry = TRIGGER_TABLE.get(w.group(0))
        if entry is not None and entry[2] == "verb":
            verb = w
    if verb is None:
        return ""
    found = _COMMON_OBJECT.match(text, verb.end(), upper)
    return found.group(1) if found else ""


_COMMON_OBJECT = re.compile(r"\s+(?:off\s+|up\s+|out\s+|down\s+)?(?:(?:the|its|their|his|her)\s+)?"
                            r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?<!s)s)\b")
"""A plural common noun phrase right after a verb (and its particle): "off relations"."""


_SUBORDINATE_SUBJECT = re.compile(rf"\s*(?:the\s+)?{CAPITAL}[\w.'\u2019-]*(?:\s+{CAPITAL}[\w.'\u2019-]*)*")


def _other_clause_at(text: str, start: int, end: int) -> Callable[[int], bool]:
    """Whether a state named at an offset belongs to a subordinate clause after the
    event's trigger ("recalled its ambassador after Spain switched its position to
    support Morocco's plan") other than as that clause's subject: the subject ("Spain")
    is the cause the event answers, the rest ("Morocco") is that clause's own."""
    coordinated = A_COORDINATED_CLAUSE.search(text, start, end)
    other = coordinated.start() if coordinated is not None else end + 1
    sub = SUBORDINATE.search(text, start, end)
    if sub is None:
        # ("rejected ACTA in July 2012 ..., and an agreement with Canada, CETA, has been
        # applied ...": Canada is the second clause's, verify74 F5)
        return lambda pos: pos >= other
    subject = _SUBORDINATE_SUBJECT.match(text, sub.end() - 1, end)
    subject_end = min(subject.end() if subject else sub.end(), other)
    return lambda pos: pos >= subject_end



_ITS_LAST = re.compile(r"\bits\s+(?:[\w-]+\s+){0,2}$")


def _its_owner(text: str, opening: int, left: int, start: int, entities: Entities) -> str:
    """The state "its" before an event noun refers to: the last state (by its name or its
    capital) of the sentence before "its" that acts -- a verb follows it ("the shells
    that Moscow has used against Ukraine since its invasion": Russia, not Ukraine);
    "" when none."""
    its = _ITS_LAST.search(text, max(opening, left - 40), start)
    if its is None:
        return ""
    named = [(pos, pos + len(m.group(0)), COUNTRIES[m.group(0)])
             for pos, _ in entities.countries_in(text, opening, its.start())
             if (m := _STATE_NAME_AT.match(text, pos)) is not None]
    named += [(pos, pos + len(city), CAPITALS[city])
              for pos, city in entities.governments_in(text, opening, its.start())]
    acting = [state for begin, end, state in sorted(named)
              if _ACTS_AFTER.match(text, end, min(len(text), end + 30))]
    return acting[-1] if acting else ""


_ITS_OPENS = re.compile(r"\s*(?:Its|Their)\s+[a-z]")
"""A sentence that opens with a possessive ("Its bases in Senegal ...")."""
_A_SENTENCE_END = re.compile(r"[.!?][\"')\u201d\u2019]*\s+")


def _owner_of_an_opening_its(text: str, seg: Segment, entities: Entities) -> str:
    """The state an "Its" opening ``seg`` stands for: the first state (by its name or its
    capital) that acts in the sentence before ("France will keep a presence ... in Ivory
    Coast. Its bases in Senegal ..." -> France); "" when none acts there."""
    lo = max(0, seg.start - 300)
    ends = list(_A_SENTENCE_END.finditer(text, lo, max(lo, seg.start - 1)))
    opening = ends[-1].end() if ends else lo
    named = [(pos, pos + len(m.group(0)), COUNTRIES[m.group(0)])
             for pos, _ in entities.countries_in(text, opening, seg.start)
             if (m := _STATE_NAME_AT.match(text, pos)) is not None]
    named += [(pos, pos + len(city), CAPITALS[city])
              for pos, city in entities.governments_in(text, opening, seg.start)]
    acting = [state for begin, end, state in sorted(named)
              if _ACTS_AFTER.match(text, end, min(len(text), end + 30))]
    return acting[0] if acting else ""


_ACTS_AFTER = re.compile(r"\s+(?:has|have|had|is|was|were|will|would|said|says|\w+ed)\b")


_BETWEEN_PARTIES = re.compile(rf"\bbetween\s+(?:the\s+)?({CAPITAL}[\w.'-]*(?:\s+{CAPITAL}[\w.'-]*){{0,3}})\s+and\s+"
                              rf"(?:the\s+)?({CAPITAL}[\w.'-]*(?:\s+{CAPITAL}[\w.'-]*){{0,3}})")


_MEMBERS_OF_A_BODY = re.compile(r"(?:[Tt]he\s+)?(.+?)['\u2019]s?\s+(?:member\s+(?:states|countries|"
                                r"nations|governments)|members)")
"""A subject that is a body's members: 'World Health Organization's | member states'."""
_A_BODY_S_NAME = re.compile(rf"{CAPITAL}[\w&.'-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*{CAPITAL}[\w&.'-]*){{0,6}}")
"""A body's name: capitalised words, with its small words ('Organization of American States')."""
_A_CONFLICT = re.compile(r"(?:[\w-]+\s+){0,2}?(?:war|fighting|conflict|clashes|hostilities|"
                         r"dispute|feud|standoff|rift)")
"""A subject that is a conflict: 'war', 'the border dispute'."""
_BETWEEN_LAST = re.compile(r"\bbetween\s+([^,;:()]{3,160}?)\s*$")
"""The sides of a conflict written right before its verb: 'between | A and B | erupted'."""
_AND_A_DESCRIBED_GROUP = re.compile(
    rf"\s+and\s+(?:the\s+)?((?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    rf"{CAPITAL}[a-z]+\s+(?:powers|states|countries|nations|allies|partners|"
    r"signatories|governments))$")
"""A subject's last side that is a group described by its region or people: '... and the
| European powers'."""
_RESULT_IN_A_VOTE = re.compile(r"\b(?:(?:won|kept|retained|lost|secured|gained|increased)\s+"
                               r"(?:[\w'-]+\s+){0,4}?in|(?:was|were)\s+routed\s+in|vote|votes|voted)"
                               r"\s+(?:in\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}$"
                               r"|\b(?:swept|won|lost)\s+(?:[\w'\u2019-]+\s+){0,3}$")
"""A result told before the election it was won in: 'kept its parliamentary majority in |';
who took part by voting or by the result ('Armenians vote in parliamentary |', "Milei's party
was routed in the Buenos Aires province |", "La Libertad Avanza swept Sunday's midterm |":
h7's stories, ext69)."""
_A_PARTY_S_NAME = re.compile(rf"((?:{CAPITAL}[\w'-]*\s+){{0,3}}{CAPITAL}[\w'-]*)\s+party$")
"""A party by its name: '(his) | Georgian Dream | party'."""
_ENDED_A_WAR = re.compile(r"[^,;.]{0,40}?\b(?:ended|ends|halted|halts|stopped|paused|froze)\s+"
                          r"(?:[\w-]+\s+){0,6}?(?:fighting|war|conflict|clashes|hostilities)\s+"
                          r"(?=between\s)")
"""After a truce: what it ended, up to its sides' "between" ('in 2023 ended decades of
fighting | between Armenia and Azerbaijan'); bounded, linear."""


def _parties_between(text: str, lower: int, upper: int, entities: Entities) -> list[str]:
    """The states of the last "between A and B" in ``text[lower:upper]`` (within its last
    160 characters: a bounded look back)."""
    found = next(reversed(list(_BETWEEN_PARTIES.finditer(text, max(lower, upper - 160), upper))),
                 None)
    if found is None:
        return []
    return [c for _, c in entities.sides_in(text, found.start(1), found.end(2))]


def _is_proper_name(name: str) -> bool:
    """Whether ``name`` is a proper name: capitalised words ("Hanwha Aerospace", "Houthis",
    "ECOWAS"), none a date word, a determiner or a pronoun."""
    words = name.split()
    if AN_INSTRUMENT.search(name):
        return False  # "the Lombok Treaty was signed in 2006": no one acted as it
    if words and (words[-1] in vocab.ORG_WORDS or words[-1] in _BODY_HEADS):
        return False  # "Parliament", "the Constitutional Court": a body, as titles name it
    if any(w in _TITLE_WORDS for w in words):
        return False  # "Minister": a title whose person is named beside it
    return 1 <= len(words) <= 5 and all(
        re.fullmatch(rf"{CAPITAL}[\w&.'-]*[\w.]", w) and w.lower() not in NOT_SUBJECT_WORDS
        and w.lower() not in MONTH_AND_DAY_NAMES and not is_date_words(w) for w in words)


_TITLE_WORDS = frozenset(w for title in vocab.PERSON_TITLES for w in title.split()
                         if w[:1].isupper())


_BODY_HEADS = frozenset({"Court", "Council", "Assembly", "Parliament", "Ministry", "Commission",
                         "Committee", "Congress", "Senate", "Government", "Agency", "Office",
                         "Bank", "Organization", "Organisation", "Tribunal", "Board", "Fund",
                         "Cabinet", "Police", "Army", "Navy", "Military", "Kremlin", "Pentagon",
                         *vocab.LEGISLATURE_WORDS})


_PERSON_NAME = re.compile(rf"{CAPITAL}[a-z]+(?:-[A-Za-z]+)?(?:\s+{CAPITAL}[a-z]+(?:-[A-Za-z]+)?){{1,2}}")
_ORG_WORD_IN = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(vocab.ORG_WORDS)) + r")\b")


_DESTINATION_AFTER_AGENT = re.compile(rf"\s+to\s+(?:the\s+)?({CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*){{0,3}})")
"""The destination after a visit's doer: 'a visit by X to Brazil' (at most four words)."""

_BODY_NAME = re.compile(rf"(?:{CAPITAL}[\w'-]*\s+){{0,4}}?(?:" + "|".join(sorted(BODY_HEADS))
                        + rf")(?:\s+(?:of|for|on)\s+(?:the\s+)?{CAPITAL}[\w'-]*(?:\s+{CAPITAL}[\w'-]*){{0,2}})?$")
"""A body's whole name after "by": "International Court of Justice", "Security Council",
"Permanent Court of Arbitration"."""
_PLACE_AFTER_AGENT = re.compile(rf"\s+in\s+((?:The\s+)?{CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*){{0,2}})")
"""Where a noun's doer acted: 'a ruling by the ICJ | in The Hague'."""
_AGENT_OF = re.compile(r"\bby\s+(?:the\s+)?(?:[a-z]+\s+){1,3}of\s+(?:the\s+)?"
                       rf"({CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*){{0,4}})")
"""The doer of a passive described after "by": 'by the interim government of Jeanine Anez'."""


_GROUP_SUBJECT_LAST = re.compile(r"\b(?:the\s+two|both|the\s+three)\s+(?:sides|countries|nations|"
                                 r"governments|states)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


_THEIR_EVENT = re.compile(r"\b[Tt]heir\s+(?:(?:first|last|latest|second|third)\s+)?"
                          r"(?:[\w-]+\s+){0,2}?(?:[\w-]+\s+since\s+(?:a|an|the)\s+(?:[\w-]+\s+)?)?$")
"""'their' before an event noun, or before the event its first-since names: 'their first
talks', 'their first talks since a July meeting'."""


_POSSESSED = re.compile(
    r"[\s\-\u2013\u2014]*+(?:[Tt]he\s++)?(?!(?:After|Before|Since|Following|Despite|During|Until|"
    r"Amid|With|Without|In|On|At|By|For|From|Under|Unlike|Like|As|When|While|If|Although|Though)"
    r"\s)(?P<owner>(?:(?:" + CAPITAL + r"[\w.\u2019'-]*+|bin|bint|ibn|al|el|de|da|di|del|dos|van|"
    r"von|der|le|la)\s++){0,6}?"
    + CAPITAL + r"[\w.-]*+)['\u2019]s\s++(?P<thing>(?:[a-z][\w-]*+\s++){0,2}?(?:visit|trip|tour|"
    r"meeting|talks|summit|speech|address|trial|hearing|election|inauguration|signing|ceremony|"
    r"proposal|plan|request|offer|bid|nomination|appointment|departure|arrival|mission|journey)"
    r"(?:\s++(?:to|in|with|at)\s++(?:the\s++)?" + CAPITAL + r"[\w'\u2019-]*+(?:\s++" + CAPITAL
    + r"[\w'\u2019-]*+){0,2})?)(?=\s*+[,;(]|\s++(?:was|were|has|had|have|is)\b)")
"""'|Saudi Foreign Minister Prince Faisal bin Farhan|'s |visit to Tehran|, planned for next week,
has been postponed': a clause's subject that is what a name owns, before an aside and its
passive verb."""


def _the_possessed(text: str, start: int, verb_at: int, name: str) -> str:
    """The thing a clause's subject names as owned, when it is "<owner>'s <thing>" ("Faisal bin
    Farhan's visit to Tehran", "Britain's proposal") before an aside and a passive verb at
    ``verb_at``, or "" (the name itself is then what was done to).  The visit was put off, not
    the minister (verify58 F22: the row read "Faisal bin Farhan postponed in Riyadh"; "Britain's
    proposal, tabled in March, was rejected" read "United Kingdom rejected").  ``start``: the
    clause's first offset in ``text`` (after a dateline); ``name``: the person or state the
    subject was read as, kept as the owner when it is a full name written there."""
    owned = _POSSESSED.match(text, start, verb_at)
    if owned is None:
        return ""
    owner = owned.group("owner")
    if len(name.split()) >= 2 and name in owner:
        owner = name  # (a full name after its titles: "Saudi Foreign Minister Prince ...")
    return f"{owner}'s {' '.join(owned.group('thing').split())}"


_POSSESSOR = re.compile(r"\b(his|her|His|Her)\s+(?:[\w-]+\s+){0,3}$")
"""A possessive determiner before an event noun: 'his visit', 'her first trip'."""


_REPORTED_AFTER = re.compile(r",\s+(?:[^,;()]{2,80}?)\s+(?:said|says|told|tells|added|announced|"
                             r"stated)\b")
"""Who told it, after the act: ', Misri told reporters in New Delhi'."""


_SAID_IN = re.compile(r"\b(?:said|say|says|announced|announces|stated|declared|confirmed|"
                      r"wrote|added|noted|pledged|vowed)\s+(?:\w+ly\s+)?(?:in|through|via)\s+"
                      r"(?:(?:a|an|the|their|its|his|her)\s+(?:[\w-]+\s+)?)?$")
"""A verb of saying whose means is the statement noun that follows: 'said in a joint
statement'."""
_TOLD_A_GATHERING = re.compile(r"\b(?:told|tells|tell|addressed|addresses|address|spoke\s+at|"
                               r"speaks\s+at)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2})?$")
"""A speaker before the gathering spoken to: 'Unification Minister Chung Dong-young told a |
ceremony in Paju': the speaker takes part in it (verify51 F6: the story's two Koreas did).
Not "said at a press conference": what is said there is the row, not the conference."""


_FOR_EVENT = re.compile(r"\sfor\s+(?:(?:a|an|the|fresh|further|more|new|his|her|their)\s+)?"
                        r"(?:[\w-]+\s+)?$")
""""for" and the determiner and modifier of the event noun that follows."""
_DONE_AT_THE_GATHERING = re.compile(r"\sat\s+(?:(?:a|an|the|their|its|this)\s+)?(?:[\w-]+\s+)?$")
"""'will discuss the deal | at their | meeting': the gathering where the clause's act is done."""
_GATHERINGS_OF_ITS_OWN = frozenset({"meeting", "meetings", "session", "talks"})
"""Gatherings whose doers a clause before them names: the subject of "discuss it at a
meeting" is the meeting's, not one of a summit's many."""
_SAID_OR_PASSIVE = re.compile(r"\b(?:said|says|told|announced|added|noted|stated)\b|\b(?:was|were|been|"
                              r"be|being|is|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b")
"""A clause whose subject is no doer at the gathering after it: a speaker's ("He said the
facility was first proposed at the Forum's meeting") or a passive's."""
_ON_A_TRIP = re.compile(r"\son\s+(?:(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2})?$")
"""'will arrive in New Delhi on Thursday | on a four-day | visit': a trip's noun after "on"
(a visit's only: "agreed on a ceasefire" is no purpose)."""


_BE_OR_MOTION = frozenset({"is", "are", "was", "were", "be", "came", "went", "flew", "sat",
                           "rode", "drove", "come", "go"})
_MODAL_OR_TO = frozenset({"will", "would", "to", "shall", "must", "may", "might", "can", "could"})


def _purpose_verb(before: str, trip: bool = False) -> int | None:
    """Where the verb begins whose purpose is the event noun after ``before`` ("will stay
    on for", "was in Lima in late September for", "arrived in Lima on Monday for"): the
    nearest verb within seven words before "for" (a word after a modal or "to", a word
    in -ed, a form of "be" or an irregular verb of motion), with no comma between.
    None when there is none.  A plain loop over at most eight words.  ``trip``: the noun
    is a visit's, which "on a" brings in too ("will arrive in New Delhi on Thursday on a
    four-day visit", ext41's own story: the visit had no visitor)."""
    found = _FOR_EVENT.search(before) or (_ON_A_TRIP.search(before) if trip else None)
    if found is None:
        return None
    words = list(re.finditer(r"[\w'-]+|,", before[max(0, found.start() - 90):found.start()]))
    base = max(0, found.start() - 90)
    for i in range(len(words) - 1, max(-1, len(words) - 9), -1):
        word = words[i].group(0)
        low = word.lower()
        if word == "," or low in ("and", "or", "but", "that", "which", "who"):
            return None
        previous = words[i - 1].group(0).lower() if i else ""
        if low == "due" and previous in ("is", "are", "was", "were"):
            # "Frostadottir is due in Brussels in early November for talks": the verb is
            # "is" (ext87, h10's no-dateline Iceland story: the traveller took no part)
            return base + words[i - 1].start()
        if word.islower() and (previous in _MODAL_OR_TO or low in _BE_OR_MOTION
                               or (len(low) > 4 and low.endswith("ed"))):
            return base + (words[i - 1].start() if previous in _MODAL_OR_TO else words[i].start())
        if word.islower() and low not in _ADJUNCT_WORDS:
            return None  # "discussed preparations for the anniversary": for a noun's sake
    return None


# What may stand between a verb and "for" of its purpose: its place and its date ("was in
# Lima in late September for", "stay on for"), not an object.
_ADJUNCT_WORDS = frozenset({"in", "on", "at", "to", "from", "into", "back", "over", "here",
                            "there", "late", "early", "mid", "next", "last", "this", "that",
                            "the", "morning", "afternoon", "evening", "night", "week",
                            "weekend", "month", "year", "today", "yesterday", "tomorrow"})


_BROKERED_BY = re.compile(r"\b(?:deal|agreement|accord|truce|talks)\s+(?:that\s+was\s+)?"
                          r"(?:brokered|mediated|facilitated)\s+by\s+(?:the\s+)?")
"""A mediator of the event: 'in a deal brokered by China'."""


_MET_NAME = re.compile(rf"\s+(?:with\s+)?({CAPITAL}[a-z]+(?:-[A-Za-z]+)?(?:\s+{CAPITAL}[a-z]+(?:-[A-Za-z]+)?){{1,2}})"
                       rf"(?![\w'\u2019-])(?!\s+{CAPITAL})")
"""A name of two or three words right after a meeting verb: 'met Wang Yi in Tokyo'."""


_A_DEMONYM_AND_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w'\u2019-]*+\s++and\s*+$")
"""'| Peruvian and | Chilean negotiators': a capitalised word and "and" right before a
clause start (both checked to be states' adjectives by the caller)."""
_BETWEEN_PAIR_LAST = re.compile(rf"(?<=[a-z] )between\s+(?:(?:the|of|[a-z]+(?=\s+(?:ministers?|presidents?)\b)|"
                                rf"ministers?|presidents?|prime)\s+|{CAPITAL}[\w'\u2019.-]*\s+){{1,10}}and\s*$")
"""'A meeting | between X and | Y planned ... was called off': the pair of an event noun
whose "and" a clause start was read at (names and titles only between the two words: not
"talks between A and B resumed on Monday and")."""


_THE_TWO_GUESTS = re.compile(r"\s+(?:the\s+two|both)\s+(?:(?:foreign|defen[cs]e)\s+)?"
                             r"(ministers|leaders|presidents|prime\s+ministers|envoys|negotiators)\b"
                             r"(?![\'\u2019])")
"""'received | the two ministers': a meeting verb's guests told by their number and office
(``event_vocabulary.RECEIVES_A_GUEST``)."""


_BETWEEN_THE_TWO_PEOPLE = re.compile(r"\s+between\s+the\s+two\s+(?:(?:foreign|defen[cs]e)\s+)?"
                                     r"(ministers|leaders|presidents|prime\s+ministers|envoys|"
                                     r"negotiators)\b(?![\'\u2019])", re.IGNORECASE)
"""'meeting | between the two presidents': a meeting noun's sides told by their number and
office, as :data:`_THE_TWO_GUESTS` tells a verb's."""


_PARTNER_AFTER = re.compile(
    r"(?:\s+(?:in|at|on|last|next|this|earlier|later)(?:\s+[\w'.-]+){1,4}?)?\s+with\s+"
    rf"(?=(?:the\s+|his\s+|her\s+|their\s+|its\s+)?{CAPITAL})")
"""After an event noun's phrase, its "with" complement past a place or date: 'talks in
Bishkek on Monday with his Kyrgyz counterpart ...' (bounded: at most four words between)."""


_TAKES_PART_TOO = re.compile(r",?\s+(?:would|will|is\s+to|was\s+to|is\s+expected\s+to)\s+"
                             r"(?:also\s+)?(?:take\s+part|participate|attend)\b(?!\s+(?:the|a|an)\b)")
"""A clause's verb of taking part with no object of its own ("would take part as an
observer"): in what the sentence told before."""
_CLAUSE_OPENING = re.compile(r"\b(?:and\s+that|that|while|;)\s")


_THE_ACT_A_PROCESS = re.compile(r"\bto\s+([a-z]+\s+[^,;]{3,100}),\s+a\s+process\s+to\s+be\s+$")
"""'a decision to | close the mission's offices |, a process to be | completed'."""
_CITY_RIGHT_AFTER = re.compile(rf"\s+({CAPITAL}[\w'-]*(?:\s+{CAPITAL}[\w'-]*)?)\b")
"""'left | Aktau', 'reach | Baku': a name right after a verb of going (checked as a city)."""
_MEETING_AS_A_GERUND = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Ww]hile|[Uu]pon|[Ss]ince)\s+meeting$"
                                  r"|,\s+meeting$")
"""'after | meeting Ararat Mirzoyan': 'meeting' a gerund (no article), its object the one met;
or a participle after its clause ('Rubio chose Panama for his first trip abroad|, meeting
President Jose Raul Mulino', verify57's A3: Mulino was not named)."""
_PARTNER_END = re.compile(r"[,;.](?:\s|$)|\s(?:to|in|on|at|for|after|before|since|which|who|"
                          r"when|where|while)\s")


_PARTICIPLE_APPOSITIVE = re.compile(rf"\s*((?:{CAPITAL}[\w'-]*|the|a|an|its|their|his|her)"
                                    r"(?:\s+[\w'-]+){0,4}"
                                    rf"(?:\s+(?:in|at)\s+{CAPITAL}[\w'-]*(?:\s+{CAPITAL}[\w'-]*){{1,2}}"
                                    r"|\s+(?:for|of)\s+(?:the\s+)?(?:(?i:fiscal|financial|budget)\s+"
                                    r"(?:(?i:year)\s+)?|FY\s?)(?:19|20)\d\d(?:[/\u2013-]\d\d(?:\d\d)?)?)?),"
                                    r"\s+(?:\w+ly\s+)?")
"""The subject of a sentence and the comma before a participle: 'The minister, | appointed'; a
place of more than one word may close it ('The ministers' meeting in Addis Ababa, | postponed',
verify73 F9: "Ministers' meeting postpones"), and so may the fiscal year it is for ('The budget
for fiscal year 2025/26, | approved in June', ext156 from the blind sets' misses: "Budget
approves", the participle read as the budget's act)."""
_APPOSITIVE_CLOSES = re.compile(r"[^,;.]{0,60},\s+[a-z]")
"""After the participle, its phrase closes with a comma and the sentence goes on."""
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_REDUCED_PASSIVE = re.compile(r"(?:\s+(?:in|on|at|last|earlier|late|early)\s+"
                              r"(?:(?!\b(?:that|which|who|to)\b)[^,;.]){0,30}?"
                              r"|\s+(?:(?:on\s+)?(?:" + "|".join(_WEEKDAYS) + r")|yesterday|today))?"
                              r"\s+(?:(?P<was>was|were)\s+(?:\w+ly\s+)?\w+ed\b|(?:takes|took|will\s+take|"
                              r"would\s+take)\s+effect\b|(?:collapsed|expired|lapsed|broke\s+down|"
                              r"(?:came|comes|entered|enters|will\s+enter)\s+into\s+force)\b)")
"""After a participle, the sentence's own passive verb: 'detained in March 2023 was indicted',
'the framework signed Tuesday was brokered by ...' (verify39: "Framework signs was
brokered", a bare weekday as wire copy writes it); or its own verb of ending or taking
effect: 'the accord signed in Cairo on Monday takes effect', 'the truce agreed in Jeddah
collapsed'; not across the participle's own object and its relative clause: 'agreed on
Friday to a truce that takes effect on Sunday' is the envoys' act, the truce's start its own
(verify87 F5: the row was "Envoys of X and Y agreed in Z", a passive with no object and no
participants)."""


_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?(?:then[- ]|former\s+)?(?:[a-z]+\s+){0,2}"
                       rf"({CAPITAL}[\w'.-]*+(?:\s+{CAPITAL}[\w'.-]*+)*+"
                       rf"(?:\s+and\s+(?:[a-z]+\s+){{0,2}}{CAPITAL}[\w'.-]*+(?:\s+{CAPITAL}[\w'.-]*+)*+)?)")
"""The doer after a participle: 'launched by then prime minister Tun Dr Mahathir Mohamad';
two joined by "and": 'signed by Schialer and Sommerfeld' (ext26)."""


_LISTED = rf"(?:the\s+)?{CAPITAL}[\w'.\u2019-]*+(?:\s+(?:of\s+)?{CAPITAL}[\w'.\u2019-]*+){{0,3}}"
def _people_of_the_agent(text: str, start: int, right: int, entities: Entities) -> str:
    """The people named in the agent phrase that begins at ``start`` (up to its clause's
    punctuation), joined, when the first begins at ``start`` or within a title's reach
    of it; "" otherwise."""
    end = min(right, start + 120)
    stop = re.search(r"[,;:](?:\s|$)|(?<=[a-z]{3})\.(?:\s|$)|\s(?:in|on|at|after|before)\s",
                     text[start:end])  # (not the full stop of "Lt. Gen.")
    end = start + stop.start() if stop else end
    found = sorted(entities.people_in(text, start, end))
    if not found or found[0][0] - start > 20:
        return ""
    return join_names(list(dict.fromkeys(p for _, p in found)))


_AND_THE_COUNTERPART = re.compile(
    rf"\s+and\s+(?:his|her|their)\s+(?P<demonym>{CAPITAL}[\w.-]+)\s+(?:counterpart|host)s?\b"
    rf"(?:,?\s+(?P<name>(?:{CAPITAL}[\w'.\u2019-]*\s+){{0,4}}{CAPITAL}[\w'.\u2019-]*))?")
"""'(by X) | and her Russian counterpart, Ilya Shestakov': a passive's second doer, named
after the first as that one's counterpart (the name, when given, may follow a comma)."""


_COMMA_THEN_BY = re.compile(r"(?:,\s+\d{4})?,\s+by\s+(?:the\s+)?" + CAPITAL)
"""A passive's doer after a comma: '(signed on July 27, 1953), | by the United Nations ...'."""


BY_NAME_LIST = re.compile(rf"\s+by\s+({_LISTED}(?:,\s+{_LISTED}){{0,8}},?\s+and\s+{_LISTED})")
"""The doers of a participle, three or more ('signed by Britain, France and Spain') or
two ('by Austria and Prussia'): a list of names after "by" (verify41's a2)."""


_BY_NAME_LIST_AFTER_WHERE = re.compile(
    r"(?:,?\s+(?:in|on|at)\s+(?:(?!(?:which|who|that|when|where|by|after|before|while)\b)"
    r"[\w'\u2019.-]+,?\s*?){1,8}?)" + BY_NAME_LIST.pattern)
"""'signed | in Chaguaramas, Trinidad and Tobago, on 4 July 1973 by Barbados, Guyana, ...': the
list of doers after "by" past the participle's place and date (at most eight words)."""


_INVITER_END = re.compile(r"[,;.](?:\s|$)|\s(?:to|in|on|for)\s")
_INVITATION = re.compile(r"\binvitation\s+(?:from|of|by)\s+(?:the\s+)?")
_ACCEPTED = re.compile(r"\b(?:accepted|accepts|accept|took\s+up|received)\s+(?:an?\s+|the\s+)?"
                       r"(?:\w+\s+)?invitation\b")


_HOSTING = re.compile(rf"\b(?:welcomed|hosted|received|greeted)\s+(?={CAPITAL}|(?:the\s+)?visiting\b)")
"""A verb of hosting followed by its guest: 'welcomed British Prime Minister Theresa May'."""


_ADVERBIAL_PARTICIPLE = re.compile(r"\b(?:since|after|before|upon|while|when)\s+$", re.IGNORECASE)


_DONE_TO_PEOPLE = frozenset({"free", "release", "arrest", "detain", "jail", "imprison", "sentence",
                             "convict", "expel", "deport", "extradite", "pardon", "kidnap",
                             "abduct", "exchange", "swap", "hand", "repatriate", "acquit"})
"""Verbs whose participle after a clause's comma is done to a person ("…, freed in a
prisoner exchange")."""
_A_PLACE_OF_HOLDING = re.compile(r"\b(?:prisons?|jails?|gaols?|custody|detention|captivity|"
                                 r"cells?|camps?|dungeons?)\b", re.IGNORECASE)
"""Where people are held: a participle of ``_DONE_TO_PEOPLE`` is never done to it ("after 300
days in an Iranian prison, | freed in a prisoner exchange": the freed one is the clause's
subject; docs54)."""
_A_CLAUSE_S_COMMA_LAST = re.compile(r"[a-z0-9)],\s+(?:\w+ly\s+)?\Z")
_A_PHRASE_OF_THE_PARTICIPLE = re.compile(r"\s+(?:in|on|at|after|during|under|from|as|by|"
                                         r"last|earlier|this|yesterday)\b")


def _person_subject_of(text: str, seg: Segment, main: int, entities: Entities,
                       dateline: Dateline, dates: tuple[Timex, ...]) -> str:
    """The person who is the subject of the sentence's verb at ``main`` (a full name the
    article knows as a person's); "" when the subject is no person."""
    name = subject_parts(text, seg, main, entities, dateline.span[1], dates)[0]
    return name if name in entities.people else ""


def _verb_start(text: str, mention: Mention) -> int:
    """Where the verb of a mention begins: "co-chaired" (the trigger is "chaired") from "co-",
    so that the subject is looked for before the prefix."""
    prefix = _VERB_PREFIX.search(text, max(mention.seg.start, mention.start - 9), mention.start)
    return prefix.start() if prefix else mention.start


_ON_BEFORE_DATE = re.compile(r"\s+(?:on|in)\s+$")
_COMMA_THEN_PLACE = re.compile(r",\s+(?:on\s+the\s+(?:sidelines|margins)\s+of\s+[^,;.]{0,60}?\s)?"
                               rf"(?=(?:in|at)\s+(?:the\s+)?{CAPITAL})")


def _place_after_a_comma_date(text: str, mention: Mention, right: int,
                              dates_in_seg: list[Timex], entities: Entities) -> str:
    """The place after a date written with commas: "met on July 8, 2024, in Asuncion".

    The event's phrase ends at the date's first comma, so "in PLACE" (or "on the
    sidelines of a summit in PLACE") after the date's last comma is read here, when the
    date follows the trigger or its object directly ("on DATE") and no comma comes
    between them (ext26: the new-user trial's meeting had no place).  Returns "" when
    there is none.
    """
    for t in dates_in_seg:  # (sorted by start: none after the first past the phrase)
        if t.start > right + 5:
            break
        if t.end <= right or t.start < mention.end or "," not in t.text:
            continue
        if "," in text[mention.end:t.start] or not _ON_BEFORE_DATE.search(text, mention.end,
                                                                          t.start):
            return ""
        after = _COMMA_THEN_PLACE.match(text, t.end, mention.seg.end)
        if not after:
            return ""
        stop = re.compile(r"[,;]|\.\s").search(text, after.end(), mention.seg.end)
        return location_of(text, after.end() - 1, stop.start() if stop else mention.seg.end,
                           entities, to=False)
    return ""


_NOUN_FROM_NOUNS = re.compile(rf"\s*{CAPITAL}[a-z]+\s+(?:from|of)\s+(?:[a-z]+\s+){{0,2}}?[a-z]{{3,}}s\s+")


def _subject_with_its_pp(text: str, seg: Segment, mention: Mention,
                         dateline: Dateline) -> bool:
    """Whether a past form after "NOUN from/of the NOUNs" opening the sentence is the
    sentence's own verb, not a participle: no date right after it ("Diplomats from both
    countries agreed on a draft text": active, ext26; the title read "Both countries
    agreed"), unlike "plans announced in January"."""
    start = max(seg.start, dateline.span[1])
    if (opening := _EVENT_NOUN_AND_PP.fullmatch(text, start, mention.start)) is not None \
            and (entry := TRIGGER_TABLE.get(opening.group(1).lower())) is not None \
            and entry[2] == "noun" and _LATER_FINITE.search(
                text, mention.end, verb_object_end(text, seg, mention.end)) is None:
        # "Negotiations on a truce resumed in Cairo on Tuesday": an event noun and its phrase
        # open the sentence, and no other verb follows: the sentence's own verb (the row
        # read "Truce resumed in Cairo", the truce taken for what was resumed)
        return True
    if mention.verb in ("open", "close") and _A_SHOW_AND_ITS_PHRASE.fullmatch(
            text, clause_left(text, seg, mention.start), mention.start) is not None:
        # "An exhibition of Khmer ceramics opened at the museum on Tuesday": the show that
        # opens the clause is the verb's subject, not the ceramics (ext156: "Ceramics opened")
        return True
    return _NOUN_FROM_NOUNS.fullmatch(text, start, mention.start) is not None \
        and not _DATED_AFTER.match(text, mention.end, seg.end)


_A_SHOW_AND_ITS_PHRASE = re.compile(
    rf"\s*(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Hh]is|[Hh]er)?\s*(?:[\w'\u2019-]+\s+){{0,4}}?"
    rf"{vocab.SHOWS}(?:\s+(?:of|on|about|marking|celebrating|featuring|showcasing|devoted\s+to|"
    r"dedicated\s+to)\s+[^,;:()]{1,90}?)?\s+(?:(?:has|have|had|officially|formally|finally)\s+)*")
"""'An exhibition of Khmer ceramics | opened', 'The trade fair | closed': a show and what it
is of, the subject of "opened" or "closed" (``vocab.SHOWS``)."""


_NAMES_THE_NOUN = re.compile(rf"{CAPITAL}[\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z0-9][\w'\u2019-]*){{0,5}}\s+")
"""'Group of 20 | summit': a name right before the event noun is the noun's own (its bloc's
summit), even "on the sidelines of" it."""


_NEGATED_LIGHT = re.compile(r"(?:\b(?:not|never)|n['\u2019]t)\s+(?:\w+ly\s+)?$")
"""'did not | hold': a light verb denied."""


_A_NAME_WITH_OF_BEFORE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in sorted(
        (k for k in COUNTRIES if " of " in k), key=len, reverse=True)) + r")\s+$")
"""A state's or bloc's name with "of" in it right before an event noun ("the Group of 20 |
summit", "the Association of Southeast Asian Nations | summit"): the noun phrase opens with
it (the phrase stopped at "of": verify34 E14's summit was no one's)."""


_EVENT_NOUN_AND_PP = re.compile(r"\s*(?:[Tt]he\s+)?([A-Za-z][a-z]+)\s+(?:on|over|about|between|"
                                r"with|among|for)\s+(?:[\w'.-]+\s+){1,6}?")
"""'Negotiations on a truce ', 'Talks between Iran and the IAEA ': an event noun and its
prepositional phrase, opening a sentence."""
_LATER_FINITE = re.compile(r"\s(?:was|were|is|are|will|would|has|have|had)\s")


_COUNTED_FROM_A_GATHERING = re.compile(
    r",\s+(?:a|one|two|three|a\s+few|several)\s+(?:days?|hours?|weeks?)\s+(?:before|after|ahead\s+of)"
    r"\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}$")
"""', a day before a trilateral | summit': a gathering after a comma that dates the clause
before it by counting from the gathering."""
_SUBJECT_PAIR_OPENING = re.compile(
    rf"\s*((?:{CAPITAL}[\w.'\u2019-]*\s+){{0,5}}{CAPITAL}[\w.'\u2019-]*\s+and\s+"
    rf"(?:{CAPITAL}[\w.'\u2019-]*\s+){{0,5}}{CAPITAL}[\w.'\u2019-]*)\s+(?:\w+ly\s+)?[a-z]")
"""'Yoon and Li | held talks': a clause opening with two names joined by "and"."""


def _subject_pair_of(text: str, start: int, end: int, entities: Entities) -> list[str]:
    """The two people the clause at ``text[start:end]`` opens with as its subject ("Yoon and
    Li held talks ..."), or []."""
    found = _SUBJECT_PAIR_OPENING.match(text, start, end)
    if found is None:
        return []
    people = list(dict.fromkeys(p for _, p in entities.people_in(text, found.start(1), found.end(1))))
    return people if len(people) == 2 else []


_APART_FROM_BEFORE = re.compile(r"\b(?:outside(?:\s+of)?|apart\s+from)\s+(?:the\s+)?$")
"""'outside of | ASEAN-related gatherings': what an event is held apart from."""
_RELATED_AFTER = re.compile(r"[\w.'\u2019&-]*?-(?:related|linked|affiliated)\b")
"""'ASEAN| -related gatherings': a name that only qualifies another thing (matched at the
name's start, up to its hyphen)."""
_A_TOPIC_BEFORE = re.compile(
    r"(?:\b(?:work(?:s|ed|ing)?(?:\s+closely)?(?:\s+together)?|cooperat(?:e|es|ed|ing|ion)|"
    r"coordinat(?:e|es|ed|ing|ion)|talks|consultations|dialogue|views|exchanged\s+views)\s+"
    r"(?:on|about|over|regarding|concerning)|\bdiscuss(?:ed|es|ing)?)\s+(?:the\s+)?"
    r"(?:(?:situation|issue|question|crisis|war)\s+(?:in|of|over)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+)?)?$")
"""'working closely on | North Korea', 'discussed | Ukraine', 'talks on the situation in |
Gaza', 'in northern | Syria' (ext144, verify82 F2: Afghanistan a participant): what the
sides talk about, not a side (not 'sanctions on | Russia', a target)."""


_WITH_AFTER_ITS_DATE = re.compile(rf"\s+(?:on|in|at)\s+(?P<date>(?:{CAPITAL}[a-z]+\.?|\d{{1,2}})"
                                  r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?)\s+(?P<with>with|between)\s")
"""'talks | on Tuesday with', 'talks | on June 3 with': a short date between a meeting noun
and its 'with' (or 'between': 'talks in N'Djamena on Sunday between ...') phrase."""


_COMMA_THEN = re.compile(r",\s+")
_NEXT_IN_A_LIST = re.compile(r",\s+(?P<and>and\s+)?|\s+(?P<only_and>and)\s+")
"""', | ', ', and | ', ' and |': what opens the next name of a list of people."""
_TITLE_BEFORE_A_NAME = re.compile(r"(?:(?:[A-Z][\w'\u2019.-]*|of|the|foreign|prime|deputy|"
                                  r"vice|defen[cs]e|interior|finance)\s+){0,5}")
"""'Turkmen President |', 'Georgian Prime Minister |': up to five words of title before a
name of a list."""


def _guests_listed_after(text: str, seg_end: int, verb_end: int, right: int,
                         entities: Entities) -> int:
    """Where the object of a meeting or visit verb ends when it is a list of people, each
    with a title ("hosted Estonian President A, Lithuanian President B and Polish Prime
    Minister C for the summit"), from ``right``, the end ``clauses.verb_object_end`` gave
    (the first comma): the end of the last name of the list.  Only when the object ends
    with a person's name and the list closes with "and" before its last name; else
    ``right`` (verify90 F5: the summit's row named the host and the first guest, not the
    two others)."""
    people = entities.people_spans(text, verb_end, right)
    if not people or people[-1][1] != right:
        return right
    end, closed = right, False
    while (more := _NEXT_IN_A_LIST.match(text, end, seg_end)) is not None and not closed:
        name = entities.people_spans(text, more.end(), min(seg_end, more.end() + 60))
        if not name or not _TITLE_BEFORE_A_NAME.fullmatch(text, more.end(), name[0][0]):
            break
        end, closed = name[0][1], more.group("and") is not None or more.group("only_and") is not None
    return end if closed else right
_AND_ANOTHER_OFFICE = re.compile(r",?\s+and\s+(?:the|his|her|their)\s+(?=[A-Z])")
"""', and the | Minister of Foreign Affairs of ..., Mr. X': a second guest named by office."""


def _and_other_offices_named_after(text: str, end: int, right: int, entities: Entities) -> int:
    """Where an object of guests named by office ends, from ``right``, the end of the first
    one's name: "received ... the Minister of Foreign Affairs of Montenegro, Mr. Ervin
    Ibrahimović, and the Minister of Foreign Affairs of the Republic of North Macedonia, Mr.
    Timčo Mucunski, for a trilateral meeting" names both (ext79's Albanian readout: the
    second guest took no part).  Each further office must be followed, within 120
    characters of its "and the", by a comma and the name :attr:`.Entities.named_after_office`
    knows; ``end`` is the sentence's end."""
    while (more := _AND_ANOTHER_OFFICE.match(text, right, end)) is not None:
        stop = min(end, more.end() + 120)
        nxt = next((k for k in range(more.end(), stop) if k in entities.named_after_office
                    and _COMMA_THEN.search(text, k - 3, k) is not None
                    and not re.search(r"[;:()]", text[more.end():k])), None)
        if nxt is None:
            break
        right = entities.named_after_office[nxt]
    return right
_ANOTHER_S_RELATION = re.compile(
    rf"\s+(?P<owner>(?:{CAPITAL}[\w.'\u2019-]*\s+){{0,3}}{CAPITAL}[\w.-]*)['\u2019]s\s+"
    r"(?:(?:late|former|then|immediate)\s+)?(?:predecessor|successor|wife|husband|widow|son|"
    r"daughter|father|mother|brother|sister)\s*,\s+")
"""'met | Dong's predecessor, | Wei Fenghe': an object that is someone else's predecessor
(or relative), named in apposition after the comma (group ``owner``: whose it is, who takes
no part)."""
_COMMA_THEN_TO_A_PLACE = re.compile(rf",\s+(?=to\s+(?:the\s+)?{CAPITAL})")
"""', | to Albania': where a visit goes, after the comma that closes its visitor's name."""
_COMMA_THEN_A_PLACE = re.compile(rf",\s+(?=(?:in|at)\s+(?:the\s+)?{CAPITAL})")
"""', | in Hanoi': a place after the comma that closes a name in apposition."""
_HELD_IN_A_CITY = re.compile(rf"\b(?:talks|negotiations|conference|summit|meeting)\s+in\s+"
                             rf"({CAPITAL}[\w'-]*(?:\s+{CAPITAL}[\w'-]*)?)$")
"""'status talks in | Vienna': a gathering's subject phrase that ends with its city."""
_ASIDE_THEN_THAT = re.compile(r",[^,;.\"]{1,90},\s+that\s")
"""', on the eve of his meeting …, that ': an aside between a verb of saying and what it said."""


_HELD_THEN_BETWEEN = re.compile(r"\s+(?:held|hosted|convened)\s+(?:in|at)\s+[^,;:()]{1,60}?\s+"
                                r"(?P<with>between)\s")
"""'briefed him on the talks | held in Abu Dhabi last weekend between | Russia and Ukraine':
where and when a meeting noun was held, then its parties (ext81's ERR story: no party)."""
_JOINED_IN_BEFORE = re.compile(r"\b(?P<verb>joined|joins|join|joining)\s+[^,;:()]{2,80}?\s+in\s+"
                               r"(?:a|an|the|their|its|joint)\s+(?:[\w-]+\s+){0,2}$")
"""'a New Zealand navy frigate | joined | Japan's Maritime Self-Defense Force in an |exercise':
the verb whose company the event noun is (bounded, linear)."""
_HERE_THEN_WITH = re.compile(r"\s+here\s+(?P<with>with)\s")
"""'the meeting | here with the president': the dateline's "here" before the noun's "with"."""
_WITHOUT_THEM = re.compile(r"\b(?:without|excluding|except(?:\s+for)?)\s+(?:the\s+)?(?=[A-Z])")
"""'without | Egypt and Sudan': who an act left out."""


_ATTENDED_BY = re.compile(r"\b(?:in|at)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:ceremony|celebration|"
                          r"event|gathering|reception)\s*,?\s+(?:that\s+was\s+)?attended\s+by\s+")
"""'inaugurated the dam … | in a ceremony attended by | ...': the guests of the act."""
_THE_CEREMONY_ATTENDED_BY = re.compile(r"[^,;.]{0,80}?\s+(?:was|were)\s+attended\s+by\s+")
"""'The ceremony | at Camp Geille in Dakar was attended by |': a ceremony's guests, told after it."""
_GUESTS_END = re.compile(r"[;:()]|\.(?:\s|$)|,\s+(?:who|which|where|when|while|as|after|before)\b")
"""Where a list of guests ends."""


_A_STATE_S = re.compile(r"(?:the\s+)?(" + "|".join(sorted(map(re.escape, COUNTRIES), key=len,
                                                           reverse=True)) + r")['\u2019]s")
"""'Bangladesh's': a state's possessive, all a passive's agent that the "by" phrase's capitals
give (its office holder's title is lower case)."""
_A_FRONTED_PHRASE = re.compile(r"\s*(?:In|During|At|After|Before|Following)\s+(?:(?:a|an|the|his|"
                               r"her|their|its)\s+)?(?:[\w-]+\s+){0,3}?")
"""'In a | meeting with ...,': the preposition and determiner of a phrase that opens its sentence,
up to the event noun."""
_THE_MET_LISTED = re.compile(
    rf"(?:{CAPITAL}[\w'.-]*\s+){{1,3}}and\s+(?:his|her|their)\s+(?:[\w-]+\s+){{1,4}}?counterparts\s+"
    r"(?=(?:(?:could|would|did|do|will|can|cannot|may|might)\s+(?:not\s+)?)?[a-z])")
"""'Almaz Temirbekov and his Uzbek and Tajik counterparts |(could not settle)': a main
clause's subject of a person and their counterparts, who met at the fronted meeting."""
_WITH_WHOM = re.compile(r"\bwith\s")
"""The "with" complement of a meeting noun ("a meeting | with Australia's foreign minister"): a
meeting of two sides, the other being the main clause's subject (not "At the summit's closing
session, Milei handed ...": a gathering of many)."""
_COMMA_THEN_THE_MAIN_CLAUSE = re.compile(r"(?:\s+(?:on|in|last|this|earlier|later)\s+[^,;]{1,30}?)?,\s+"
                                         rf"(?=(?:the\s+)?{CAPITAL})")
"""', | Sugiono discussed': the comma that closes a fronted phrase (its date phrase aside), then
the main clause's subject."""
_SENDING = frozenset({"send", "deploy", "dispatch"})
"""Verbs of sending a force, aid or an envoy somewhere."""
_TO_A_CITY = re.compile(rf"\bto\s+({CAPITAL}[\w'\u2019-]*(?:\s+{CAPITAL}[\w'\u2019-]*)?)(?![\w'\u2019-])")
"""'to | Bangui': where what is sent goes."""
_A_BODY_MET = re.compile(
    rf"\s+(?:with\s+)?(?:the\s+|an?\s+)?((?:{CAPITAL}[\w'\u2019-]*\s+(?:of\s+|for\s+)?){{1,5}}"
    r"(?:" + "|".join(sorted(BODY_HEADS | {"Group", "Mission", "Secretariat", "Tribunal"})) + r"))\b"
    r"(?![\w'\u2019-]|\s+(?:of|for)\b|\s+[A-Z])")
"""'met | the Independent Electoral Commission': a body's name as what a meeting verb's object
opens with (its head one of :data:`..entities.BODY_HEADS`), not a longer name ("the Council of
Europe": a state's table has it)."""
_A_STATE_S_OFFICER_MET = re.compile(
    r"\s+(?:with\s+)?(?:the|his|her|their)\s+("
    + "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True))
    + r")\s+((?:(?:foreign|defen[cs]e|prime|deputy|vice|trade|finance)\s+)?(?:minister|president|"
    r"premier|envoy|ambassador|chancellor|king|emir|amir|sultan))\b"
    r"(?![\w-]|,?\s+(?:[A-Z]|Mr|Ms|Dr))")
"""'received | the Iranian minister', 'held talks | with the Omani sultan': a state's office
holder met, not named there (a name after the office is read as a name is; not "his Japanese
counterpart", who may be another than the Japanese the story named: its ambassador)."""


_ADDRESSING = frozenset({"brief", "address", "reveal", "tell", "inform", "report", "write",
                         "present", "submit", "appeal", "complain", "petition", "notify",
                         "remind", "assure", "testify"})
"""Lemmas of verbs whose object or "to" phrase is who hears what is said: 'will brief | the
Security Council', 'revealed | to the Supreme Soviet'."""
_LEGISLATURES = (r"Supreme\s+Soviet|State\s+Duma|Duma|Knesset|Bundestag|Sejm|Verkhovna\s+Rada|Rada|"
                 r"Storting|Riksdag|Majlis|Folketing|Eduskunta|Oireachtas|Diet")
"""Parliaments whose names have none of the bodies' heads (:data:`..entities.BODY_HEADS`)."""
_HEADS_RE = "|".join(sorted(BODY_HEADS))
_NAME_WORDS = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}"
_HEARERS = (
    r"(?:the\s+)?(?P<hearers>"
    rf"(?:{_LEGISLATURES})\b"
    rf"|(?:[A-Z][\w'\u2019-]*\s+(?:of\s+|for\s+)?){{0,5}}(?:{_HEADS_RE})\b"
    r"(?![\w'\u2019-]|\s+(?:of|for)\b|\s+[A-Z])"
    rf"|{_NAME_WORDS}(?=\s+(?:heads\s+of\s+(?:state|government)|leaders|ministers|"
    r"foreign\s+ministers|member\s+states|envoys|ambassadors)\b)"
    rf"|{_NAME_WORDS}(?=\s*[,.;:]|\s+(?:on|in|at|that|about|of|by|last|next|this|earlier|later|"
    r"and|before|after|during|with)\b))")
_ADDRESSED = re.compile(r"\s+(?:to\s+|before\s+)?" + _HEARERS)
"""'(briefed) | the Security Council', '(revealed) | to the Supreme Soviet', '(will brief) | the IGAD
heads of state', '(told) | the Council' (a body by its head alone, named before: :func:`_body_named_before`);
who hears is a body, a state or bloc, or a person the article knows (:func:`_hearers`)."""
_IN_A_LETTER_TO = re.compile(r"\b(?:in|with|by)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:letter|message|report|complaint|submission|note|appeal|petition)"
                             r"\s+(?:sent\s+)?to\s+" + _HEARERS)
"""'(criticized the force) | in a letter to the Council', 'in a formal complaint to the Security
Council': who the letter is addressed to hears the act it carries."""
_BARE_HEAD = re.compile(rf"(?:{_HEADS_RE})")


def _body_named_before(text: str, pos: int, head: str) -> str:
    """The name of the last body with the head word ``head`` ("Council") the article names in the
    3,000 characters before ``pos`` ("the UN Security Council", "the Security Council"), the
    longest of the last one's forms; "" when it names none (the head alone stays no name)."""
    found = [m.group(1) for m in re.compile(
        rf"(?<![\w'-])((?:{CAPITAL}[\w'-]*\s+){{1,4}}{head})\b(?!\s+of\b)").finditer(
        text, max(0, pos - 3000), pos)]
    found = [f for f in found if f.split()[0] not in ("The", "A", "An", "This", "That", "Its")
             or len(f.split()) > 2]
    if not found:
        return ""
    last = found[-1]
    return " ".join(last.split()[1:]) if last.split()[0] in ("The", "A", "An", "This", "That",
                                                            "Its") else last


def _hearers(text: str, found: re.Match[str], entities: Entities) -> str:
    """Who a phrase of :data:`_ADDRESSED` (or :data:`_IN_A_LETTER_TO`) names as hearing: a
    person the article knows, a state or bloc (by its name, "the IGAD heads of state": IGAD), a
    body by its full name, or by its head word alone ("the Council") the last body of that head
    named before (:func:`_body_named_before`); "" when none (a name the app does not know as
    anyone's: "told Reuters")."""
    at, end = found.start("hearers"), found.end("hearers")
    name = " ".join(found.group("hearers").split())
    if people := entities.people_in(text, at, end):
        return people[0][1] if people[0][0] == at else ""
    if (sides := entities.sides_in(text, at, end)) and sides[0][0] == at and (
            len(name.split()) == 1 or name in COUNTRIES or name in BLOCS
            or text[end:end + 1].isspace()):
        return sides[0][1]
    if _BARE_HEAD.fullmatch(name):
        return _body_named_before(text, at, name)
    if re.search(rf"(?:{_HEADS_RE}|{_LEGISLATURES})$", name):
        return name
    return ""


_OF_A_SIDE_S_OFFICERS = re.compile(
    r"\s+of\s+(?:the\s+)?([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+"
    r"(?:(?:foreign|defen[cs]e|finance|trade|interior|economy|energy|health|agriculture)\s+)?"
    r"(?:ministers|leaders|heads\s+of\s+(?:state|government)|envoys|ambassadors)\b")
"""'(meeting) | of EU foreign ministers', '(summit) | of African Union heads of state': whose people
meet, named before their offices."""


_A_THIRD_PARTY = re.compile(
    r"\b(?:with\s+(?:the\s+)?(?P<as>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,4})\s+as\s+(?:a\s+|the\s+)?"
    r"(?:witness|mediator|guarantor|observer|facilitator|broker)"
    r"|(?:after|following|through|thanks\s+to)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:mediation|brokering|"
    r"facilitation)\s+(?:of|by)\s+(?:the\s+)?(?P<by>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,4})"
    r"|with\s+(?:the\s+)?(?P<whose>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,4})['\u2019]s?\s+"
    r"(?:blessing|backing|support|approval|consent|mediation)"
    r"|under\s+(?:the\s+)?(?:then[\s-]+)?(?P<under>(?:President|Prime\s+Minister|Premier|Chancellor)\s+"
    r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}))")
"""A third party the act is done with: '(agree ...) with the OAS as witness', '(restored them) after
mediation by Qatar', '(was launched by Ruto) with President Salva Kiir's blessing', '(Talks opened
in Quito in 2017) under then President Juan Manuel Santos' (a leader by the title: not 'under
Article 4')."""


_A_VERB_BETWEEN = re.compile(r"(?:,\s*|\s)(?:and|but|while|when|before|after|then|which|who)\s+"
                             r"(?:[a-z]+\s+){0,2}?(?:[a-z]{2,}ed|began|took|made|went|won|met|held|said|"
                             r"left|broke|came|gave|sent|set|cut|will|would|has|have|had)\b")
"""Another clause's verb between an act and a phrase: the phrase is that clause's."""


_A_NAME_S_OWN = re.compile(r"(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})['\u2019]s?\s+"
                           r"(?:[a-z-]+\s+){0,2}(?:party|government|office|ministry|spokes(?:man|woman|person)|"
                           r"camp|movement|team|lawyers?|delegation|administration|cabinet|aides?)")
""""Machar's party", "the president's office": who the subject's body or people are of."""
_WHOSE_OWN = re.compile(r"(?P<name>[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019.-]*){0,5}),\s+whose\s+"
                        r"(?:own\s+)?(?:[a-z-]+\s+){0,2}$")
"""'The European Union, | whose own mission | published ...': the owner before the relative."""


_A_RULER_MET = re.compile(r"\s+(?:to\s+|with\s+)?the\s+(?P<title>King|Queen|Emir|Amir|Sultan|Pope|"
                          r"Crown\s+Prince)\b(?![\w-]|,?\s+(?:[A-Z]|of\b))")
"""'spoke | to the King', 'received | the Emir', 'held talks | with the Sultan': a ruler told by
the title alone, named with it before (:func:`_ruler_named_before`)."""


def _ruler_named_before(text: str, before: int, title: str, entities: Entities) -> str:
    """The person the article last names with ``title`` ("King Mohammed VI") in the 3,000
    characters before ``before``; "" when it names none so."""
    found = ""
    for m in re.finditer(rf"\b{title}\s+", text[max(0, before - 3000):before]):
        at = max(0, before - 3000) + m.end()
        named = entities.people_in(text, at, min(before, at + 60))
        if named and named[0][0] == at:
            found = named[0][1]
    return found


def _officer_named_before(text: str, before: int, officer: re.Match[str],
                          entities: Entities) -> str:
    """The person of the state of ``officer`` (:data:`_A_STATE_S_OFFICER_MET`) named in the
    3,000 characters before ``before``: the last one named after that office; "" when the
    text names none."""
    state = DEMONYMS.get(officer.group(1), "")
    holders = [(at, p) for at, p in entities.people_in(text, max(0, before - 3000), before)
               if state and entities.people.get(p) == state]
    office = officer.group(2).lower().split()
    # (the one with that office written before the name: "the Omani sultan" is not "Omani
    # Foreign Minister Badr Albusaidi")
    # ("the Iranian minister" after "his Iranian counterpart Hossein Amir-Abdollahian": a
    # minister's counterpart is a minister)
    titled = re.compile(r"(?<![\w-])(?:" + r"\s+".join(office) + (
        r"|counterpart" if office[-1] == "minister" else "") + r")\b", re.IGNORECASE)
    return next((p for at, p in reversed(holders) if titled.search(text, max(0, at - 60), at)), "")


_TWO_SIDED_CATEGORIES = frozenset({"meeting", "treaty", "dispute"})
"""The kinds of act whose "with" complement is a side: talks, accords, disputes."""
_WITH_A_NAME = re.compile(
    # ("with the breakaway region of Somaliland": a region's description before its name,
    # ext87, h10's Anadolu story)
    r"\bwith\s+(?:the\s+)?(?:(?:breakaway|self-declared|separatist|autonomous)\s+"
    r"(?:region|republic|territory|province)\s+of\s+)?"
    rf"(?P<name>{CAPITAL}[\w'\u2019&-]+(?:\s+(?:of\s+(?:the\s+)?)?"
    rf"{CAPITAL}[\w'\u2019&-]+){{0,4}})(?=\s*(?:[,;:)]|\.(?![A-Za-z])|$)|\s+(?:in|on|at|to|for|over|last|"
    r"next|this|after|before|during|since|until|and|which|that|who|under|amid)\b)")
"""'with | Somaliland |', 'with the | Transitional Federal Government |': a name ending the
"with" complement, before a stop or the next phrase."""


def _unknown_parties_with(text: str, mention: Mention, right: int,
                          entities: Entities) -> list[str]:
    """The names of the "with" complement of ``mention`` (between its word and ``right``,
    its phrase's end) that no other reading takes: neither a state, a demonym, a city, a
    person, a date, a month or a day, a geographic feature nor a title's word ("signed a
    memorandum of understanding with Somaliland": Somaliland).  Only the first "with" after
    the act's word, in its own clause ("..., with ... support" of another clause is none)."""
    found = _WITH_A_NAME.search(text, mention.end, right)
    if found is None or re.search(r"[,;:]|\b(?:which|that|who|and)\b",
                                  text[mention.end:found.start()]):
        return []
    name = found.group("name")
    words = name.split()
    if name in COUNTRIES or name in DEMONYMS or name in vocab.CITIES or name in CAPITALS \
            or entities.alias.get(name, name) in entities.people or is_date_words(name) \
            or is_geographic_feature(name) or any(
                w in COUNTRIES or w in DEMONYMS or w in entities.alias or w in _TITLE_WORDS
                or w.lower() in MONTH_AND_DAY_NAMES for w in words) \
            or (len(words) == 1 and is_common_noun(name)):
        # (nor a common noun alone: "with the Government", "with Parliament")
        return []
    return [name]


_A_COUNTED_GROUP_AND_LAST = re.compile(
    rf"\bthe\s+(?P<group>(?i:two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+"
    rf"(?:{CAPITAL}[\w-]*+\s+)?(?:states|countries|nations|republics))\s+and\s+(?:the\s+)?"
    rf"(?P<name>{CAPITAL}[\w-]*+(?:\s+{CAPITAL}[\w-]*+){{0,3}})\s+$")
"""'of | the three Baltic states | and | Poland | met': a counted group of states, then a state
named after "and", right before the verb."""


_FIGHTING_SUBJECT = re.compile(r"\b(?:clash(?:es)?|exchanges?\s+of\s+fire|gunfire|firefights?|"
                               r"skirmish(?:es)?|shelling|shootout|fighting)\b", re.IGNORECASE)
"""'(a brief) exchange of fire | (killed)': fighting as the subject of a death."""
_HIS_GOVERNMENT_LAST = re.compile(r"\b(?:his|her)\s+(?:government|country|administration)"
                                  r"\s+(?:[a-z]+\s+){0,3}$")
"""'said that | his government would | (ask)': the speaker's state as the subject."""
_NEVER_PASSIVE = frozenset({"arrived", "died", "happened", "occurred", "emerged"})
"""Past forms of verbs that take no object, never a participle said of the noun before them:
'Monitors from the regional bloc | arrived' is what the monitors did (ext144, verify83 F4:
"Visit", no one)."""


def describe(mention: Mention, text: str, entities: Entities, dateline: Dateline,
              dates: frozenset[int], dates_in_seg: list[Timex]) -> None:
    """Fill in a mention's phrase, participants, place, kind, ordinal and mood.

    ``dates`` holds the start offsets of all date expressions, ``dates_in_seg`` the
    expressions of the mention's sentence.
    """
    seg = mention.seg
    implied_sides: list[str] = []
    kin_states: list[str] = []  # (the states of those whose predecessors act)
    not_met: set[str] = set()  # (someone named as whose predecessor the object is)
    said_until = len(text)  # (where a verb of saying's own words end, before an aside)
    met_listed: list[str] = []  # (who met at a fronted meeting: "At ..., X and his counterparts")
    if mention.pos == "noun":
        left = noun_phrase_left(text, seg, mention.start)
        if _A_POSSESSIVE_FIRST.match(text, left, mention.start) and (
                joined_before := entities.people_spans(text, max(seg.start, left - 80), left)) \
                and _AND_BETWEEN.fullmatch(text, joined_before[-1][1], left) and \
                entities.people_spans(text, left, mention.start):
            # "Rubio and Lavrov's phone call on Monday": the possessive of two people joined
            # by "and" is both people's (ext136, from the held-out set's lists cut: Lavrov's
            # call alone)
            left = joined_before[-1][0]
        if bloc := _A_NAME_WITH_OF_BEFORE.search(text, max(seg.start, mention.start - 60),
                                                  mention.start):
            left = min(left, bloc.start())  # "the Group of 20 | summit": the bloc's summit
        right = phrase_right(text, seg, mention.end, dates)
        if mention.category == "meeting" and (
                with_after := _WITH_AFTER_ITS_DATE.match(text, right, seg.end)) is not None \
                and with_after.start("date") in dates:
            # "held talks on Tuesday with the president of Uganda": the date between the
            # noun and its "with" ends no phrase (ext40's own story: Uganda took no part)
            right = phrase_right(text, seg, with_after.start("with") - 1, dates)
        elif mention.category == "meeting" and (
                here_with := _HERE_THEN_WITH.match(text, right, seg.end)) is not None:
            # "attended the ninth ... Leaders' Meeting here with ROK President Yoon ...":
            # "here" ends no phrase (verify54 F9: only Li took part)
            right = phrase_right(text, seg, here_with.start("with") - 1, dates)
        elif mention.category == "meeting" and (
                held_between := _HELD_THEN_BETWEEN.match(text, right, seg.end)) is not None:
            # "briefed him on the talks held in Abu Dhabi last weekend between Russia and
            # Ukraine, mediated by the United States": the talks' parties after where they
            # were held (ext81's ERR story: the mediator alone)
            right = phrase_right(text, seg, held_between.start("with") - 1, dates)
        if (names_on := _NAMES_LISTED_ON.match(text, right, seg.end)) is not None \
                and _OF_A_NAME_LAST.search(text, mention.end, right) is not None:
            # "Talks between the foreign ministers of Britain, Greece and Turkey opened in
            # Geneva on 25 July 1974": the list's commas end no phrase (ext65's own history:
            # the phrase ended at "Britain", and the talks lost their date and their row)
            right = names_on.end()
        if mention.category == "visit" and (
                comma := _COMMA_THEN.match(text, right, seg.end)) is not None \
                and comma.end() in entities.named_after_office:
            # "the visit of the Prime Minister of North Macedonia, Mr. Hristijan Mickoski, to
            # Albania": the visitor named after the office's comma, then where to (ext79's
            # Albanian readout: North Macedonia alone)
            right = entities.named_after_office[comma.end()]
            if (to_place := _COMMA_THEN_TO_A_PLACE.match(text, right, seg.end)) is not None:
                right = phrase_right(text, seg, to_place.start() + 1, dates)
        elif mention.category == "meeting" and re.search(
                r"\bwith\s+(?:his|her|their|its)\s+", text[mention.end:right]) and (
                comma := _COMMA_THEN.match(text, right, seg.end)) is not None \
                and comma.end() in entities.named_after_office:
            # "held talks with his Tanzanian counterpart, Mahmoud Thabit Kombo, on
            # Wednesday": the counterpart named after the comma is the one met (ext87, h10's
            # Yonhap story: Tanzania alone), as a verb's object is (below)
            right = entities.named_after_office[comma.end()]
        if (joined := _JOINED_IN_BEFORE.search(text, max(seg.start, mention.start - 120),
                                               mention.start)) is not None:
            # "a New Zealand navy frigate joined Japan's Maritime Self-Defense Force in an
            # exercise off Hokkaido": who joined whom are the exercise's sides (ext81, dev
            # Kyodo story: Japan alone)
            left = min(left, clause_left(text, seg, joined.start("verb")))
        mention.np_end = right
        # "The talks took place in Munich": the predicate's place is the event's place.
        predicate = _HAPPENED.match(text, right, seg.end)
        if predicate:
            right = phrase_right(text, seg, predicate.end(), dates)
            # "A hearing has been scheduled": planned, not yet held.
            mention.scheduled = bool(re.search(r"scheduled|set|planned|called|slated",
                                               predicate.group(0)))
    else:
        left = clause_left(text, seg, _verb_start(text, mention))
        if (where_own := where_clause_s_own_subject(text, left, _verb_start(text, mention))) is not None:
            # "signed the pact in the town hall where their predecessors | signed the Treaty
            # of Aachen": the clause's own subject opens its phrase, and the main clause's
            # people take no part (verify78 F1: "Friedrich Merz signs Treaty of Aachen")
            left = where_own.start("np")
            if where_own.group("kin"):
                # (someone else's predecessors: the states of those whose they are, and no
                # other mention of the event adds its people)
                mention.own_parties = True
                kin_states = [entities.people[p] for _, p in entities.people_in(
                    text, seg.start, where_own.start("np")) if entities.people.get(p)]
        if (between_pair := _BETWEEN_PAIR_LAST.search(text, max(seg.start, left - 160), left)) is not None:
            # "A meeting between Serbian President Aleksandar Vucic and Kosovo Prime Minister
            # Albin Kurti planned for March 6 has been called off": the "and" of the pair
            # opens no clause; the subject is the whole noun phrase (verify55's A10: the
            # cancellation was Kurti's alone)
            left = clause_left(text, seg, between_pair.start())
        if (adjectives := _A_DEMONYM_AND_BEFORE.search(text, max(seg.start, left - 80), left)) \
                is not None and adjectives.group(0).split()[0] in DEMONYMS \
                and (after := re.match(r"\s*([A-Z][\w'\u2019-]*)", text[left:left + 40])) is not None \
                and after.group(1) in DEMONYMS:
            # "Peruvian and | Chilean negotiators wrapped up their talks ..., and a statement
            # said they had agreed": the "and" of two states' adjectives opens no clause
            # (ext141, verify81: the second state alone, beside the mediator)
            left = adjectives.start()
        right = verb_object_end(text, seg, mention.end)
        if (places_on := _PLACES_LISTED_ON.match(text, right, seg.end)) is not None \
                and _THROUGH_A_NAME_LAST.search(text, mention.end, right) is not None:
            # "to reopen border trade through the Lipulekh, Shipki La and Nathu La passes":
            # the list of places and the head noun they share end the object, not its first
            # comma (verify61 F22: the title named the Lipulekh alone)
            right = places_on.end()
        if mention.verb in vocab.SAYING_VERBS and (
                aside := _ASIDE_THEN_THAT.match(text, right, seg.end)) is not None:
            # "said on Wednesday evening, on the eve of his meeting with Albin Kurti in
            # Brussels, that Serbia would not sign ...": what was said follows the aside
            # (verify43 X8), whose places are not where it was said
            said_until = right
            right = verb_object_end(text, seg, aside.end())
        if (comma := _COMMA_THEN.match(text, right, seg.end)) is not None \
                and comma.end() in entities.named_after_office:
            # "received today in Prishtina the EU Special Representative for the
            # Belgrade-Prishtina Dialogue, Miroslav Lajčák": the office's holder, named after
            # its comma, is the object's (verify43 X13: the guest took no part)
            right = entities.named_after_office[comma.end()]
            right = _and_other_offices_named_after(text, seg.end, right, entities)
            if (then_place := _COMMA_THEN_A_PLACE.match(text, right, seg.end)) is not None:
                # "met his counterpart from Vietnam, Bui Thanh Son, in Hanoi on Tuesday": the
                # place after the name's closing comma is the meeting's (ext68: the
                # dateline's city was the place)
                right = verb_object_end(text, seg, then_place.end())
        if mention.category in ("meeting", "visit"):
            right = _guests_listed_after(text, seg.end, mention.end, right, entities)
        if (relation := _ANOTHER_S_RELATION.match(text, mention.end, seg.end)) is not None and (
                apposed := entities.people_spans(text, relation.end(), min(seg.end, relation.end() + 60))) \
                and apposed[0][0] == relation.end():
            # "since Austin met Dong's predecessor, Wei Fenghe, in Cambodia in November
            # 2022": the one met is the name after the comma, at the place after it; Dong,
            # whose predecessor he was, takes no part (verify54 F20: "Lloyd Austin and Dong
            # Jun meet" in November 2022, no place)
            right = apposed[0][1]
            not_met = {p for _, p in entities.people_in(text, relation.start("owner"),
                                                        relation.end("owner"))}
            if (then_place := _COMMA_THEN_A_PLACE.match(text, right, seg.end)) is not None:
                right = verb_object_end(text, seg, then_place.end())
        mention.np_end = right
    left = max(left, dateline.span[1]) if seg.start <= dateline.span[1] < mention.start else left
    # "The agreement that the two sides signed in Doha on Monday takes effect next month":
    # a place inside the relative clause before the main verb is the clause's, not the
    # main verb's (the row read "Agreement takes effect in Doha")
    # (and "The ceasefire agreed in Jeddah collapsed": Jeddah is the agreement's place)
    place_left = left if mention.pos != "verb" or antecedent_of_a_main_verb(
        text, seg, mention.start) is None and not event_noun_before_its_participle(
        text[max(seg.start, dateline.span[1]):mention.start]) \
        else max(left, _verb_start(text, mention))
    mention.phrase_start, mention.phrase_end = left, right
    phrase = text[left:right]
    before = text[max(seg.start, left - 40):mention.start]
    # The subject of "held a meeting" or of a verb takes part too.
    light_tail = tail(text, seg.start, left)
    light = _LIGHT_VERB_LAST.search(light_tail + " ") or _OPENING_VERB_LAST.search(light_tail)
    light_base = left - len(light_tail)  # where light_tail starts in the text
    denied = bool(light) and mention.pos == "noun" and bool(
        _NEGATED_LIGHT.search(light_tail, 0, light.start() if light else 0)) and any(
        w in vocab.TRIGGERS and TRIGGER_TABLE.get(w, ("", 0, ""))[2] == "noun"
        for w in re.findall(r"[a-z]+", light_tail[light.end(1):] if light else ""))
    if denied:
        # "the two leaders did not hold talks on the sidelines of the Group of 20 summit":
        # the talks (not held) were the verb's, not the summit, which the leaders did not
        # hold either, and the summit is the row (the bloc that names it takes part):
        # verify34 E14 was "Summit in Osaka" of Japan and South Korea
        light = None
    passive_tail = tail(text, seg.start, mention.start)
    passive = _PASSIVE_LAST.search(passive_tail) if mention.pos == "verb" and \
        not mention.word.endswith("ing") else None
    passive_base = mention.start - len(passive_tail)
    if passive is None and mention.pos == "verb" and not mention.word.endswith("ing") and (
            being := _BEFORE_BEING_LAST.search(passive_tail)) is not None and (
            clause_owner := _A_CLAUSE_S_SUBJECT.match(text, clause_left(
                text, seg, passive_base + being.start()), passive_base + being.start())):
        # "yet the border posts opened for a few weeks before being shut once more": what
        # was closed is the clause's own subject (ext148, verify85 F7: "Closes again")
        mention.patient = strip_det(" ".join(clause_owner.group(1).split()))
    if passive is None and mention.pos == "verb" and mention.word.endswith("ed") \
            and mention.category != "event":
        # (an act done to someone, not one of the lane of unrelated acts: "was ordered home
        # and retired" is Farkas's own retiring, TimeBank APW19980418.0210)
        # "who was detained in Beijing in March ... and formally indicted in August": the
        # second participle of a passive is passive too, done to the same one (verify54 F7:
        # "Kishida indicts")
        passive = _PASSIVE_CONJUNCT.search(passive_tail)
    if passive:
        # "The accord was signed (by Spain)": the doer follows "by"; the thing done
        # comes first.
        done_at = passive_base + passive.start()
        clause = past_dates(clause_left(text, seg, done_at), dates_in_seg)
        clause = over_and(text, seg, clause, done_at)
        clause = over_joined_names(text, seg, clause, done_at)
        if (noun_and_list := _a_noun_s_list_before(text, seg, done_at)) is not None:
            # "The meeting of A, B and C on X(, planned for March 20 in Y,) has been
            # postponed": what was done to is the noun with its list of names, before the
            # participle's aside (verify73 F5: "C postponed")
            clause, done_at = noun_and_list
        patient = text[clause:done_at]
        # "The contract may be signed", "the model is expected to be launched": the
        # thing done ends where its verb group begins; dates are not part of it.
        patient = re.split(r"(?:^|\s)(?:is|are|was|were|has|have|had|will|would|may|might|could|"
                           r"should|can|must|to(?!\s+[\d$]))\b", patient, maxsplit=1)[0]
        patient = re.sub(r"^\s*(?:in|of|for|by|with|under|through)?\s*(?:which|whom|that)\s+", "",
                         patient)  # "in which 25,000 positions should be cut"
        if (inner := _IN_WHICH_INSIDE.search(patient)) is not None:
            # "The talks follow a clash near X on May 12 in which three guards were killed":
            # what was done to is the relative clause's own subject, not the main clause
            # before it (ext148, verify85 F7: "Talks ... follow a clash near X killed")
            patient = patient[inner.end():]
        for t in dates_in_seg:
            if clause <= t.start < passive_base + passive.start():
                # (with the preposition that introduced it: "Talks in Geneva in August 2024
                # were boycotted" is "Talks in Geneva", not "Talks in Geneva in": verify20)
                patient = re.sub(_DATE_PREPOSITION + re.escape(t.text), " ", patient, count=1)
        patient = strip_det(" ".join(patient.split()))
        if (thing := _VERB_THEN_NOUN.fullmatch(patient)) and \
                _TO_BE_LAST.search(text, max(seg.start, mention.start - 12), mention.start):
            # "The pact ... creates a joint air defence coordination cell to be based in
            # Riga": the noun before "to be" is what it is done to, not the main verb's
            # clause (ext14; trial 13 found no event for the cell)
            patient = thing.group(1)
            # (whoever the sentence says made the act that creates it takes part: "The
            # pact, signed ... by the ministers of Denmark, ... and Sweden, creates ...")
            signed = _SIGNED_BY_GROUP.search(text, seg.start, mention.start)
            if signed is not None and len(listed := entities.state_list_at(
                    text, signed.end(), mention.start)) >= 2:
                implied_sides += [c for c in listed if c not in implied_sides]
            elif len(listed := _signers_states(text, seg.start, mention.start, entities)) >= 2:
                # (or one by one: "signed ... by Peruvian Foreign Minister Elmer Schialer,
                # Bolivian Foreign Minister Celinda Sosa and Chilean ...": verify14)
                implied_sides += [c for c in listed if c not in implied_sides]
        # "In nineteen ninety-one Charles Keating was convicted": the preposition of the
        # date left out goes with it
        opening = re.match(rf"(?:In|On|At|During|By)\s+(?={CAPITAL}|(?:the|a|an)\s)", patient)
        if opening and not re.search(r"\s(?:the|a|an)\s(?!(?:Great|Magnificent|Conqueror|Elder|"
                                     r"Younger|Bold|Wise)\b)", patient[opening.end():]):
            patient = strip_det(patient[opening.end():])  # (not "In Lima the treaty")
        relative = _RELATIVE_LAST.search(text, max(seg.start, passive_base + passive.start() - 12),
                                         passive_base + passive.start())
        if patient.lower() in ("", "which", "that") and relative is not None and (
                ante := _ANTECEDENT.search(text, max(seg.start, relative.start() - 80),
                                           relative.start())):
            # "75 years of diplomatic relations, which were established in 1949"
            patient = strip_det(ante.group(1))
            verb, _, rest = patient.partition(" ")
            if rest and verb.lower() in vocab.EVENT_VERBS and _TO_LAST.search(
                    text, max(seg.start, ante.start(1) - 4), ante.start(1)):
                # "agreed to resume annual talks, which were last held in 2023": the
                # talks were held, not the resuming (new-user trial 11: "Were holds")
                patient = strip_det(rest)
        elif (whom := _A_NOUN_THEN_WHO.search(patient)) is not None:
            # "the release of a Japanese employee of drugmaker Astellas who was detained":
            # the employee (verify54 F7: "Kishida also demanded the early release detained")
            patient = whom.group(1)
        elif patient.lower() in ("who", "which", "that"):
            patient = ""  # "Vidal, who was elected": the antecedent, found below

        if patient.lower() in ("he", "she") and (named := [
                name for _, name in entities.people_in(text, seg.start, clause)]):
            # "his first trip since he was re-elected": the person named before
            patient = named[-1]
        if patient.lower() == "it" and (opening := _COMMON_SUBJECT_OPENING.match(
                text, seg.start, passive_base + passive.start())):
            # "A joint commission opened talks circa 1946 ..., and it was adjourned in May
            # 1946": "it" is the sentence's subject, a common noun phrase (ext65, for
            # verify51 F3's row: not "no progress", the object of the clause before)
            patient = opening.group(1)
        if patient.lower() == "they" and (they := _THEY_OF_A_PLURAL_SUBJECT.search(
                text, seg.start, clause)) is not None:
            # "negotiations on a three-way free trade agreement, which have made little
            # progress since they were launched in 2012": "they" are the plural subject of
            # the clause before, not its object (verify63 F4: "Little progress launched")
            patient = strip_det(" ".join(they.group(1).split()))
        if patient.lower() in ("they", "it") and (parallel := _earlier_object(text, seg.start,
                                                                          clause)):
            # "X broke off relations in 2009, and they were restored in 2019": the thing
            # done to is the object of the clause before (parallel roles)
            patient = parallel
        if not re.search(r"[A-Za-z]{2}", patient) or patient.lower() in NOT_SUBJECT_WORDS:
            # "The deal -- for three firms -- has been rejected", "The plane, made by
            # Zenco, was delivered": the thing done is before the aside.
            name, phrase = subject_parts(text, seg, passive_base + passive.start(), entities,
                                          dateline.span[1], tuple(dates_in_seg))
            patient = _the_possessed(text, max(seg.start, dateline.span[1]),
                                     passive_base + passive.start(), name) \
                or name or phrase
        words = patient.split()
        if len(words) > 6:
            # "departure from France of the new plane on a tour of Asia": its head and
            # its "of" phrase -> "departure of the new plane".
            kept, j = words[:1], 1
            while j < len(words):
                if words[j].lower() in PREPOSITIONS - {"of"}:
                    of = next((x for x in range(j + 1, min(j + 4, len(words)))
                               if words[x].lower() == "of"), None)
                    if of is None or not all(w[:1].isupper() for w in words[j + 1:of]):
                        break  # only "from France" before an "of" phrase is left out
                    j = of
                    continue
                kept.append(words[j])
                j += 1
            words = kept[:8]
            while len(words) > 1 and words[-1].lower() in DANGLING:
                words.pop()
        while len(words) > 2 and re.fullmatch(r"[a-z]{3,}ed", words[-1]):
            words.pop()  # "An employee ... detained (in March 2023) was indicted": who was
        mention.patient = " ".join(words).rstrip(",")
        by_list = BY_NAME_LIST.search(text, mention.end, seg.end)
        # "was signed at Panmunjom on July 27, 1953, by the United Nations Command, ...": the
        # doers after the comma that closes the date (AP writes one after the year)
        reach = seg.end if _COMMA_THEN_BY.match(text, right, seg.end) else right
        agent = (by_list if by_list is not None and by_list.start() < reach else None) or re.search(
            rf"\bby\s+((?:the\s+)?{CAPITAL}[\w'.-]*(?:\s+(?:and\s+)?{CAPITAL}[\w'.-]*)*)",
            text[mention.end:reach])  # (all of a list: "was signed on 13 July 1878 by
        # Austria-Hungary, Britain, France, ..." named the first)
        if agent is None:
            # "restored ... by the interim government of Jeanine Anez": whose it is
            agent = _AGENT_OF.search(text, mention.end, right)
        # (a full stop that ends the sentence is no part of the name: "... and the Ottoman
        # Empire.")
        mention.subject = re.sub(r"(?<=[a-z])\.$", "", agent.group(1).strip()) if agent else ""
        if agent is not None and agent.re is not BY_NAME_LIST and (known := _people_of_the_agent(
                text, mention.end + agent.start(1), reach, entities)):
            # "signed ... by Lt. Gen. Yasir al-Atta for the SAF": the person the capitalised
            # words began to name ("Lt. Gen. Yasir", verify42 X20)
            mention.subject = known
        if agent is not None and mention.subject and (counterpart := _AND_THE_COUNTERPART.match(
                text, mention.end + agent.end(), seg.end)) is not None:
            # "signed on Friday by Fisheries Minister Marianne Sivertsen Naess and her Russian
            # counterpart, Ilya Shestakov,": the counterpart signed too, named or by state
            # (ext68's BBC story: the minister alone)
            counterparts = entities.people_in(text, counterpart.start("name"),
                                              counterpart.end("name")) \
                if counterpart.group("name") else []
            other = counterparts[0][1] if counterparts \
                else DEMONYMS.get(counterpart.group("demonym"), "")
            if other and other not in mention.subject:
                mention.subject = join_names([mention.subject, other])
        if mention.subject.split()[:1] and (is_date_words(mention.subject.split()[0]) or
                                            mention.subject.split()[0].lower() in MONTH_AND_DAY_NAMES):
            mention.subject = ""  # "will be replaced by March 10": a deadline, not a doer
        mention.subject = entities.alias.get(mention.subject, mention.subject)
        # "taken into custody by Chinese state security authorities": the state; "the
        # Indonesian parliament" too (verify12: a participant "the Indonesian")
        mention.subject = DEMONYMS.get(re.sub(r"^the\s+", "", mention.subject),
                                       mention.subject)
        if (possessive := _A_STATE_S.fullmatch(mention.subject)) is not None:
            # "was received by Bangladesh's interim leader": the state whose office holder,
            # unnamed, does it (ext84: a participant "Bangladesh's")
            mention.subject = COUNTRIES[possessive.group(1)]
    elif mention.pos == "verb" and (by_agent := _BY_AGENT.match(text, mention.end, seg.end)) \
            and by_agent.group(1).split()[0].lower() not in MONTH_AND_DAY_NAMES \
            and mention.word.endswith("ed") and (noun := re.search(
                r"\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[a-z-]+\s+)?[a-z-]{3,}"
                rf"|(?:{CAPITAL}[\w-]*\s+){{1,3}}{CAPITAL}[\w-]{{2,}})\s+$",
                text[seg.start:mention.start])):
        # "a report released by the Labor Department": a passive without "was".
        mention.patient = noun.group(1)
        agent = _BY_AGENT.match(text, mention.end, seg.end)
        mention.subject = strip_det(agent.group(1)) if agent else ""
        mention.subject = entities.alias.get(mention.subject, mention.subject)
        agents = list(dict.fromkeys(p for _, p in entities.people_in(
            mention.subject, 0, len(mention.subject))))
        # "prime minister Tun Dr X" -> "X"; "signed by X and Y": both (ext26: "Fisheries
        # agreement signed by X" named the first signatory only)
        mention.subject = join_names(agents) if len(agents) >= 2 and " and " in mention.subject \
            else agents[0] if agents else mention.subject
    elif mention.pos == "verb" and re.fullmatch(r"[a-z]{3,}ed", mention.word) \
            and mention.word not in PAST_ONLY and (
                accord := _AN_ACCORD_OPENS_THE_SENTENCE.fullmatch(text, seg.start, mention.start)) \
            and _THE_ACCORD_S_OWN_VERB.match(text, mention.end, seg.end):
        # "A first truce brokered in Jeddah on May 20 collapsed within a week": the
        # participle tells what was done to the accord that opens the sentence, whose own
        # verb comes after (ext138, the trial verify79 F5: "First truce brokers in Jeddah")
        mention.patient = accord.group(1)
    elif mention.pos == "verb" and re.fullmatch(r"[a-z]{3,}ed", mention.word) \
            and mention.word not in PAST_ONLY and _DATED_AFTER.match(text, mention.end, seg.end) \
            and (whom := _WHOM_A_DATED_NOUN_TOLD.search(text, seg.start, mention.start)):
        # "since the arrest of two Ivorian gendarmes in Burkina Faso on 14 September 2023, |
        # released | on 1 December 2024": a participle after the date that closes an event
        # noun's phrase tells what was done to whom the noun was done to (verify56 F7: "Arrest
        # of two Ivorian gendarmes releases")
        mention.patient = whom.group(1)
    elif mention.pos == "verb" and (reduced := _REDUCED_RELATIVE.search(
            text[seg.start:mention.start])) and reduced.group(2).lower() not in _NOT_NOUNS \
            and ("," not in reduced.group(0) or _DATED_AFTER.match(text, mention.end, seg.end)) \
            and not _HAS_OBJECT.match(text, mention.end, seg.end) \
            and not _A_THAT_CLAUSE_NEXT.match(text, mention.end, seg.end) \
            and not (mention.verb in _AGREEING_VERBS and _AGREED_TO.match(text, mention.end, seg.end)) \
            and mention.word not in PAST_ONLY \
            and not _subject_with_its_pp(text, seg, mention, dateline) \
            and not after_a_subject_s_aside(text, seg.start, mention.start) \
            and re.search(r"\b(?:of|to|for|on|with|by|from|in|about|at|into|over|under|than|as)\s+"
                          r"(?:\S+\s+){0,3}$", text[clause_left(text, seg, seg.start + reduced.start()):
                                                   seg.start + reduced.start()]
                          + reduced.group(1).split()[0] + " "):
        # "cuts come on top of turnaround plans announced in January": the noun
        # before is what was done.  Not "the two leaders signed a pact": a verb with
        # an object, or whose noun opens the clause, is active.
        mention.patient = re.sub(r"^(?:to|of|for|on|in|by|at|as|and|or)\s+", "", reduced.group(1))
        if "," in reduced.group(0) and (acts := _ACTS_BY_THEIR_DOERS.search(
                text, max(seg.start, mention.start - 120), seg.start + reduced.start())) is not None \
                and TRIGGER_TABLE.get(acts.group(2), ("", 0, ""))[2] == "noun":
            # "visa-free visits by former island residents, | suspended in 2022": what was
            # suspended is the acts, not their doers the "by" phrase names (verify78 F4:
            # "Island residents suspended")
            mention.patient = acts.group(1)
    elif mention.pos == "verb" and mention.word.endswith("ed") and (
            gathering := _A_GATHERING_S_PHRASE_LAST.search(
                text, max(seg.start, dateline.span[1], mention.start - 200), mention.start)) \
            is not None and TRIGGER_TABLE.get(gathering.group(2).lower(), ("", 0, ""))[:3:2] in (
                ("meeting", "noun"), ("visit", "noun")):
        # "The ministerial meeting of A, B and C on the X dam, | planned | for December 10":
        # the participle's aside is said of the gathering, not of the dam its phrase ends on,
        # and no one listed in that phrase did it (verify73 F5: "Grand Ethiopian Renaissance
        # Dam planned by Ethiopia and Sudan")
        mention.patient = gathering.group(1)
    elif mention.pos == "verb" and mention.word.lower() not in _NEVER_PASSIVE \
            and not _subject_with_its_pp(text, seg, mention, dateline) \
            and not _A_THAT_CLAUSE_NEXT.match(text, mention.end, seg.end) and (
            modified := _participle_object(text, seg, mention)) and not (
                mention.verb in _DONE_TO_PEOPLE and _A_PLACE_OF_HOLDING.search(modified)):
        # (not a prison: "after 300 days in an Iranian prison, freed in a prisoner exchange"
        # frees the clause's subject, below; docs54: "Iranian prison freed")
        # "would activate a security cooperation agreement signed in April 2001", "under
        # the treaty concluded in 1990": a participle after the object of another verb
        # (or of a preposition) tells what was done to that noun, not what the clause's
        # subject did.  The clause's subject, when it names someone, is the likeliest
        # doer ("the Security Council endorsed it in a resolution adopted on June 10").
        mention.patient = modified
        if (by_list := BY_NAME_LIST.match(text, mention.end, seg.end)
                or _BY_NAME_LIST_AFTER_WHERE.match(text, mention.end, seg.end)) is not None:
            # "The Seven Years' War ended with the Treaty of Paris, signed by Britain, France
            # and Spain on 10 February 1763": the doers follow "by", not the clause's subject
            # (verify41's a2: "Treaty of Paris signed by War", Spain lost); past where and
            # when too, "signed in Chaguaramas, Trinidad and Tobago, on 4 July 1973 by
            # Barbados, Guyana, Jamaica and Trinidad and Tobago" (ext105: no one)
            mention.subject = re.sub(r"(?<=[a-z])\.$", "", by_list.group(1))
        elif (governs := _governing_word_at(text, seg, mention)) is not None and \
                _lemma_at(text, governs) not in _REACTING and not _A_STANCE_BEFORE.search(
                    text, max(seg.start, governs - 40), governs):
            # (not a reaction's subject: "Tshisekedi welcomed the ceasefire deal signed in
            # Qatar" -- the deal's parties signed it, not he; verify39)
            # (nor the subject of a stance towards it: "Corvania remained committed to the
            # schedule agreed in September", verify87 F5: "Schedule agreed by Corvania")
            doer = subject_parts(text, seg, governs, entities, dateline.span[1],
                                 tuple(dates_in_seg))[0]
            # (only a doer written in the clause: "the two sides" resolved to a guess
            # would put a wrong name in the title)
            written = text[seg.start:governs]
            if _PRONOUN_SUBJECT_LAST.search(written):
                doer = ""  # "Peru said it would honour ...": a pronoun writes no doer
            if doer and all(re.search(rf"\b{re.escape(part.split()[-1])}\b", written)
                            for part in re.split(r",\s*|\s+and\s+", doer) if part):
                mention.subject = doer
            elif doer and _GROUP_SUBJECT_LAST.search(written):
                # "the two sides would activate an agreement signed in 2001": the pair
                # of the story are its parties, though no name of theirs is written
                implied_sides = [p for p in re.split(r",\s*|\s+and\s+", doer)
                                 if p in COUNTRIES.values()]
    elif mention.pos == "verb" and mention.word.endswith("ed") and (
            reduced_passive := _REDUCED_PASSIVE.match(text, mention.end, seg.end)) and not re.search(
            r"\b(?:was|were|is|are|been|be|has|have|had|and|who|which|that)\s+$",
            text[seg.start:mention.start]) and (reduced_passive.group("was") or not re.search(
                r"\b(?:who|which|that)\s", text[seg.start:mention.start])) \
            and not _PRONOUN_ONLY.fullmatch(text, max(seg.start, dateline.span[1]), mention.start) \
            and vocab.VERB_NEEDS.get(mention.verb) != r"(?!)":
        # (not a verb that takes no object: "Those efforts stalled in 2020 and collapsed
        # after ..." is the efforts' own act, verify78 F1: "Efforts stalled", a passive)
        # (not after a pronoun alone: "They resumed on 8 August 1974 and broke down six days
        # later" is the talks' act, its subject "They", no participle's noun; ext65)
        # (a verb of taking effect after a relative clause is the antecedent's: "The
        # agreement that the two sides signed in Doha takes effect" -- the sides signed)
        # "An employee of Astellas Pharma Inc. detained in March 2023 was formally
        # indicted": a participle before the sentence's own verb is passive; the noun
        # phrase before it is what was done to.
        head = strip_det(" ".join(text[max(seg.start, dateline.span[1]):mention.start].split()))
        mention.patient = " ".join(head.split()[-8:]).rstrip(".,")
    elif mention.pos == "verb" and mention.word.endswith("ed") and (
            noun := _A_DETERMINED_NOUN_LAST.search(text, max(seg.start, dateline.span[1],
                                                             mention.start - 60), mention.start)) \
            and clause_left(text, seg, mention.start) >= noun.start() - 1 \
            and is_common_noun(noun.group(2).lower()) and not verb_tags(noun.group(2).lower()) - {"VBP"} \
            and (own_verb := _A_FINITE_VERB_AFTER.match(text, mention.end, seg.end)) is not None \
            and verb_tags(own_verb.group(1)) & {"VBD", "VBZ"}:
        # "said on Thursday that the draft agreed last week | set a minimum release": a
        # participle between a clause's subject (a noun with its determiner) and the clause's
        # own verb is done to that noun (verify73 F9: "Draft agrees set a minimum release")
        mention.patient = noun.group(1)
    elif mention.pos == "verb" and mention.word.endswith("ed") and (
            appositive := _PARTICIPLE_APPOSITIVE.fullmatch(
                text, max(seg.start, dateline.span[1]), mention.start)) \
            and _APPOSITIVE_CLOSES.match(text, mention.end, seg.end):
        # "The minister, appointed in January, met ...": a participle between commas after
        # the sentence's subject says what was done to it
        mention.patient = strip_det(appositive.group(1))
    elif mention.pos == "verb" and mention.verb in _DONE_TO_PEOPLE and mention.word.endswith("ed") \
            and _A_CLAUSE_S_COMMA_LAST.search(text, seg.start, mention.start) is not None \
            and _A_PHRASE_OF_THE_PARTICIPLE.match(text, mention.end, seg.end) is not None and (
                main := first_verb(text, max(seg.start, dateline.span[1]), mention.start)) \
            is not None and (freed_one := _person_subject_of(
                text, seg, main, entities, dateline, tuple(dates_in_seg))):
        # "Belgian aid worker Olivier Vandecasteele was back on Belgian soil on Friday night
        # after 455 days in Iranian detention, freed in a prisoner exchange mediated by
        # Oman": a participle after the main clause's comma is done to that clause's subject,
        # its doer only one "by" names (h17: "Iranian frees ...", the adjective the doer)
        mention.patient = freed_one
        by_agent = _BY_AGENT.match(text, mention.end, seg.end)
        mention.subject = strip_det(by_agent.group(1)) if by_agent else ""
    elif mention.pos == "verb" and mention.word.endswith("ing") and _ADVERBIAL_PARTICIPLE.search(
            text, max(seg.start, mention.start - 12), mention.start) and (
            main := first_verb(text, max(seg.start, dateline.span[1]), mention.start)) is not None:
        # "Prabowo arrived ..., his first visit since taking office": the participle's
        # doer is the subject of the sentence's verb.
        mention.subject, mention.subject_phrase = subject_parts(
            text, seg, main, entities, dateline.span[1], tuple(dates_in_seg))
    elif mention.pos == "verb" or light:
        at = light.start() + light_base if light and mention.pos == "noun" \
            else _verb_start(text, mention)
        if light and mention.pos == "noun" and (committed := _COMMITTED_TO_LAST.search(
                text, max(seg.start, at - 60), at)) is not None:
            # "Lee Jae-myung and Sanae Takaichi agreed on Tuesday to hold a trilateral
            # summit with Donald Trump": who agreed holds it, both (verify33 E4: the
            # subject of "hold" was the nearest name, Takaichi alone)
            at = committed.start()
        mention.subject, mention.subject_phrase = subject_parts(
            text, seg, at, entities, dateline.span[1], tuple(dates_in_seg))
    elif mention.pos == "noun" and mention.category in ("meeting", "visit") and \
            _A_FRONTED_PHRASE.fullmatch(text, max(seg.start, dateline.span[1]), left) and \
            _WITH_WHOM.search(text, mention.end, right) is not None and (
            comma := _COMMA_THEN_THE_MAIN_CLAUSE.match(text, right, seg.end)) is not None and (
            main := first_verb(text, comma.end(), seg.end)) is not None:
        # "In a meeting with Australia's foreign minister on Monday, Sugiono discussed
        # maritime security": the event noun of a fronted phrase is the main clause's
        # subject's (ext84: Australia alone)
        mention.subject, mention.subject_phrase = subject_parts(
            text, seg, main, entities, dateline.span[1], tuple(dates_in_seg))
    elif mention.pos == "noun" and mention.category == "meeting" and \
            _A_FRONTED_PHRASE.fullmatch(text, max(seg.start, dateline.span[1]), left) and (
            comma := _COMMA_THEN_THE_MAIN_CLAUSE.match(text, right, seg.end)) is not None and (
            met_with := _THE_MET_LISTED.match(text, comma.end(), seg.end)) is not None:
        # "At Tuesday's meeting in the Uzbek capital, Almaz Temirbekov and his Uzbek and Tajik
        # counterparts could not settle ...": a main clause's subject of two or more, a person
        # and their counterparts, are who met (verify68 F5: the story's two states)
        met_listed = [p for _, p in entities.people_in(text, met_with.start(), met_with.end())]
        mention.subject = join_names(met_listed)
        mention.subject_phrase = " ".join(text[met_with.start():met_with.end()].split())
        implied_sides += [c for _, c in entities.sides_in(text, met_with.start(), met_with.end())
                          if c not in implied_sides]
    elif mention.pos == "noun" and (trip := TRIP_FOR.search(light_tail)):
        # "May was scheduled to fly to Ankara for talks with Erdogan": who travels takes
        # part, where to is the place.
        mention.subject, mention.subject_phrase = subject_parts(
            text, seg, light_base + trip.start(), entities, dateline.span[1],
            tuple(dates_in_seg))
        if not trip.group(1).startswith("the"):
            mention.location = trip.group(1)
    elif mention.pos == "noun" and (said := _SAID_IN.search(light_tail)
                                    or _TOLD_A_GATHERING.search(light_tail)):
        # "The envoys ... said in a joint statement": who says it issues the statement
        mention.subject, mention.subject_phrase = subject_parts(
            text, seg, light_base + said.start(), entities, dateline.span[1],
            tuple(dates_in_seg))
    elif mention.pos == "noun" and (purpose := _purpose_verb(
            light_tail, mention.category == "visit")) is not None:
        # "Iwaya, who accompanied him, will stay on for talks", "Nair arrived in Lima on
        # Monday for a visit": the event noun is the purpose of the clause's verb, whose
        # subject takes part.
        mention.subject, mention.subject_phrase = subject_parts(
            text, seg, light_base + purpose, entities, dateline.span[1],
            tuple(dates_in_seg))
        # "was in New Delhi in late September for a conference": where the verb is
        mention.location = location_of(text, light_base + purpose, left, entities)
    elif mention.pos == "noun" and (governing := _GOVERNING_VERB.search(light_tail)) and \
            governing.group(1) not in ("was", "were", "been", "be", "is", "are", "being") and \
            governing.group(2) not in _TALKED_ABOUT:
        # "Chile and Peru marked the anniversary", "Seoul celebrated the normalization":
        # the doer of the verb whose object the event noun is takes part.
        mention.subject, mention.subject_phrase = subject_parts(
            text, seg, light_base + governing.start(2), entities, dateline.span[1],
            tuple(dates_in_seg))
    elif mention.pos == "noun" and mention.word.lower() in _GATHERINGS_OF_ITS_OWN and \
            (at_it := _DONE_AT_THE_GATHERING.search(light_tail)) is not None and \
            "," not in text[max(seg.start, dateline.span[1]):light_base + at_it.start()] and \
            not _SAID_OR_PASSIVE.search(text, max(seg.start, dateline.span[1]),
                                        light_base + at_it.start()) and (
            main := first_verb(text, max(seg.start, dateline.span[1]),
                               light_base + at_it.start())) is not None:
        # "EU foreign ministers are due to discuss relations with Latin America at a meeting
        # in Luxembourg on Monday": who does the clause's act at the gathering takes part in
        # it (ext96's own Reuters story: the story's two states met in Luxembourg); not a
        # summit's or a conference's, whose doers are some of many ("The two leaders first
        # discussed a treaty at a summit in Samarkand": the summit, ext29)
        mention.subject, mention.subject_phrase = subject_parts(
            text, seg, main, entities, dateline.span[1], tuple(dates_in_seg))
    elif mention.pos == "noun" and mention.word in ("election", "elections", "polls") and (
            result := _RESULT_IN_A_VOTE.search(text, max(seg.start, mention.start - 120),
                                               mention.start)):
        # "her Party of Action and Solidarity (PAS) kept its parliamentary majority in
        # elections in September 2025": who won, kept or lost seats in the election took
        # part (dev dpa and own Reuters story: no one, then the story's two states)
        mention.subject, mention.subject_phrase = subject_parts(
            text, seg, result.start(), entities, dateline.span[1], tuple(dates_in_seg))
        if not mention.subject and (party := _A_PARTY_S_NAME.search(mention.subject_phrase)):
            mention.subject = party.group(1)  # "his Georgian Dream party": the party
        owner = re.sub(r"['\u2019]s$", "", mention.subject)
        if owner != mention.subject and entities.alias.get(owner, "") in entities.people:
            mention.subject = entities.alias[owner]  # "Milei's party was routed": Milei's
        voters = mention.subject_phrase.strip()
        if not mention.subject and voters.endswith("s") and (
                DEMONYMS.get(voters[:-1], "") or DEMONYMS.get(voters, "")):
            # "Armenians vote in parliamentary elections": the voters' state
            mention.subject, mention.subject_phrase = DEMONYMS.get(voters[:-1], "") or \
                DEMONYMS[voters], ""
    if mention.pos == "verb" and mention.word.endswith("ed") and (
            by_group := _BY_GROUP_OF.match(text, mention.end, seg.end)) and len(
            listed := entities.state_list_at(text, by_group.end(), seg.end)) >= 2:
        # "The pact, signed at Vilnius Town Hall by the ministers of Denmark, Estonia,
        # ... and Sweden": every state of the list signed (trial 13: only Denmark)
        implied_sides += [c for c in listed if c not in implied_sides]
    elif mention.pos == "verb" and mention.word.endswith("ed") and len(
            listed := _signers_states(text, mention.start, seg.end, entities)) >= 2:
        # "The accord, signed at the Torre Tagle Palace by Peruvian Foreign Minister Elmer
        # Schialer, Bolivian Foreign Minister Celinda Sosa and Chilean Foreign Minister
        # Alberto van Klaveren": the signers' states, one by one (verify14: only Peru)
        implied_sides += [c for c in listed if c not in implied_sides]
    people_end = right
    if mention.pos == "verb" and mention.verb in _COMMITTING and (
            plan := _TO_HOLD_WITH.match(text, mention.end, right)) is not None:
        # "agreed on Tuesday to hold a trilateral summit with U.S. President Donald Trump":
        # who the summit is to be with takes part in the summit (its own row), not in the
        # agreement (verify33 E4: Trump was one of the agreement's participants)
        people_end = plan.end()
    people = [p for _, p in sorted(entities.people_in(text, left, min(people_end, said_until)))
              if p not in not_met]
    people += [p for p in met_listed if p not in people]
    listed = [p for _, p in entities.people_in(mention.subject, 0, len(mention.subject))
              if p not in not_met] if mention.pos == "verb" and len(
        split_names(mention.subject)) >= 2 else []
    if any(p not in people for p in listed):
        # "Kazakh President Kassym-Jomart Tokayev, Uzbek President Shavkat Mirziyoyev and
        # Kyrgyz President Sadyr Japarov met in Almaty": the clause read from the list's last
        # comma held the last name alone; every person the subject lists takes part, in its
        # order (ext136, from the studied set h23's lists cut: the last president alone)
        people = [*dict.fromkeys(listed), *(p for p in people if p not in listed)]
    # (not the people of an aside between a verb of saying and what it said: "said …, on the
    # eve of his meeting with Albin Kurti in Brussels, that": the meeting's, verify43 X8)
    agent_sides: list[str] = []
    if mention.pos == "noun" and (agent := _AGENT_AFTER.match(text, right, min(seg.end, right + 160))):
        # "a visit to Seoul by Chinese President Xi Jinping", "the truce brokered by the
        # United Nations", "the council, co-chaired by Lawrence Wong and Ding Xuexiang":
        # the doer named after "by" takes part.
        stop = re.compile(r"[,;.](?:\s|$)|\s(?:in|on|at|after|before|since|to|which|who)\s")
        cut = stop.search(text, agent.end(), seg.end)
        agent_end = cut.start() if cut else seg.end
        dest = _DESTINATION_AFTER_AGENT.match(text, cut.start(), seg.end) \
            if cut is not None and mention.category == "visit" and not mention.location else None
        place = dest.group(1).rstrip(".") if dest else ""
        if place in COUNTRIES or place and a_city_of_the_story(place, text):
            # "a visit by then-President Susilo Bambang Yudhoyono to Brazil": where to
            mention.location = place
        named = [p for _, p in entities.people_in(text, agent.end(), agent_end)]
        agent_sides = [c for _, c in entities.sides_in(text, agent.end(), agent_end)]
        full = re.match(rf"{CAPITAL}[a-z]+(?:\s+{CAPITAL}[a-z]+){{1,2}}$", text[agent.end():agent_end])
        if not named and not agent_sides and full:
            named = [full.group(0)]  # "by then-president Mauricio Macri": a person's name
        body = _BODY_NAME.match(text, agent.end(), agent_end)
        if not named and not agent_sides and body is not None:
            # "a ruling by the International Court of Justice in The Hague": a body's name
            # (verify14: the ruling had no participant nor place)
            named = [body.group(0)]
        place = _PLACE_AFTER_AGENT.match(text, agent_end, seg.end) \
            if cut is not None and (named or agent_sides) and not mention.location else None
        if place is not None and (a_city_of_the_story(place.group(1), text)
                                  or place.group(1) in COUNTRIES):
            mention.location = place.group(1)
        people += named
    if mention.pos == "verb" and mention.category == "meeting" and (
            met := _MET_NAME.match(text, mention.end, right)):
        # "Iwaya met Wang Yi in Tokyo": the person met, named without a title
        name = met.group(1)
        if name not in entities.alias and name not in COUNTRIES and name not in DEMONYMS \
                and name not in vocab.CITIES and not _ORG_WORD_IN.search(name) and not \
                _TITLE_WORDS.intersection(name.split()) and \
                name.split()[0].lower() not in MONTH_AND_DAY_NAMES:
            people.append(name)
    if mention.pos == "verb" and mention.category == "meeting" and (
            the_two := _THE_TWO_GUESTS.match(text, mention.end, right)):
        # "Tokayev received the two ministers on May 10": the two people of that office
        # named before the sentence are the guests (verify55 F30: the host alone)
        two = entities.last_two(text, seg.start, "people")
        if len(two) == 2:
            role = re.sub(r"\s+", " ", the_two.group(1))
            people += [p for p in entities.one_of_each_side(two, role, seg.start)
                       if p not in people]
    if mention.pos == "noun" and mention.category == "meeting" and (
            the_two := _BETWEEN_THE_TWO_PEOPLE.match(text, mention.end, right)):
        # "The last face-to-face meeting between the two presidents took place in
        # Anchorage": the two people of that office named before the sentence (ext87, h10's
        # AFP story: no one)
        two = entities.last_two(text, seg.start, "people")
        if len(two) == 2:
            role = re.sub(r"\s+", " ", the_two.group(1).lower())
            people += [p for p in entities.one_of_each_side(two, role, seg.start)
                       if p not in people]
    if mention.pos == "noun" and mention.category == "meeting" and (
            partner := _PARTNER_AFTER.match(text, right, min(seg.end, right + 80))):
        # "talks in Bishkek on Monday with his Kyrgyz counterpart Jeenbek Kulubaev": the
        # "with" complement of the event noun, past its place and date, takes part.
        cut = _PARTNER_END.search(text, partner.end(), seg.end)
        partner_end = cut.start() if cut else seg.end
        people += [p for _, p in entities.people_in(text, partner.end(), partner_end)
                   if p not in people]
        agent_sides += [c for _, c in entities.sides_in(text, partner.end(), partner_end)]
    if mention.pos == "noun" and mention.category == "meeting" and (
            gerund := _MEETING_AS_A_GERUND.search(text, max(seg.start, mention.start - 12),
                                                  mention.end)) is not None:
        # "Lavrov said on Tuesday ..., after meeting Armenian Foreign Minister Ararat Mirzoyan
        # in Moscow": the gerund's object is the person met, and the doer the first person
        # its sentence names (verify55 F34: the meeting named nobody)
        cut = _PARTNER_END.search(text, mention.end, seg.end)
        named_met = [p for _, p in entities.people_in(text, mention.end,
                                                      cut.start() if cut else seg.end)]
        doer = next((p for _, p in entities.people_in(
            text, max(seg.start, dateline.span[1]), gerund.start())), "") if named_met else ""
        people += [p for p in (doer, *named_met) if p and p not in people]
    if mention.pos == "noun" and mention.category == "meeting" and (
            joins := _TAKES_PART_TOO.search(text, right, seg.end)):
        # "would attend the session ..., and that the AU's mediator, former Togolese
        # President Faure Gnassingbe, would take part as an observer": who takes part in
        # the meeting told before, in a clause of its own sentence (trial 13)
        clause_at = max(right, *(c.end() for c in _CLAUSE_OPENING.finditer(
            text, right, joins.start())))
        # (after its sides, and not in its title: an observer or a guest)
        mention.joined_by = [p for _, p in entities.people_in(text, clause_at, joins.start())
                             if p not in people]
    possessor = _POSSESSOR.search(text, max(seg.start, left - 40), mention.start) \
        if mention.pos == "noun" and not mention.subject else None
    if possessor and possessor.group(1).lower() in ("his", "her"):
        # "following his visit to Lakshadweep": the person "his" refers to did it
        # (the nearest person of its own sentence, else the last subject named)
        pronoun = possessor.group(1)
        near = [p for p in entities.people_in(text, max(seg.start, dateline.span[1]),
                                              possessor.start()) if entities.agrees(p[1], pronoun)]
        owner = near[-1][1] if near else entities.antecedent(text, possessor.start(), person=True,
                                                             pronoun=pronoun)
        if owner in entities.people and owner not in people:
            people.insert(0, owner)
    if mention.pos == "verb" and mention.category in ("treaty", "meeting") and (
            broker := _BROKERED_BY.search(text, mention.end, min(seg.end, mention.end + 200))):
        # "agreed to restore relations ..., in a deal brokered by China": the broker
        cut = _PARTNER_END.search(text, broker.end(), seg.end)
        broker_end = cut.start() if cut else seg.end
        people += [p for _, p in entities.people_in(text, broker.end(), broker_end)
                   if p not in people]
        agent_sides += [c for _, c in entities.sides_in(text, broker.end(), broker_end)]
    their = (_THEIR_EVENT.search(text, max(seg.start, left - 80), mention.start)
             or _THEIR_EVENT.search(text, max(seg.start, left - 80), left)) \
        if mention.pos == "noun" and not mention.subject and not people else None
    if their:
        # "A met B on Friday, their first talks since a July meeting in Laos": the people
        # "their" refers to, when its own sentence names two or more before it (a guess
        # across sentences is left to "the two sides" and the story's pair)
        named = list(dict.fromkeys(
            p for _, p in entities.people_in(text, max(seg.start, dateline.span[1]),
                                             their.start())))
        if len(named) < 2 and mention.category == "meeting" and \
                re.match(r"\s*(?:It|This|That)\s+(?:was|is|will\s+be)\b",
                         text[max(seg.start, dateline.span[1]):their.start()]):
            # "It was their third meeting this year": the meeting of the last two people
            # named (the sentence before told it)
            named = entities.last_two(text, their.start(), "people")
        people += [p for p in named if p not in people] if len(named) >= 2 else []
    if mention.pos == "noun" and mention.category in ("event", "visit", "statement") and (
            whose := _person_of_the_noun(text, mention, entities)) and whose not in people:
        # "attended Evo Morales's inauguration", "the inauguration of leftist Gustavo
        # Petro": the person whose act or office the noun names takes part
        people.append(whose)
    attends = _ATTENDANCE.search(tail(text, seg.start, left)) if mention.pos == "noun" else None
    if attends:
        # "Lula's attendance at the BRICS summit": who attends takes part.
        who = entities.alias.get(attends.group(1), attends.group(1))
        if who in entities.people:
            people.append(who)
        elif who in COUNTRIES:
            agent_sides.append(COUNTRIES[who])
    if mention.pos == "noun" and mention.category == "meeting" and (
            said := _SAID_AFTER_LAST.search(text, max(seg.start, mention.phrase_start - 40),
                                            mention.phrase_start)):
        # "Foreign Minister Bui Thanh Son said after talks with his counterpart Enrique
        # Manalo": who speaks after the talks held them (new-user trial 11: the host was
        # left out, "Meeting with Enrique Manalo")
        speaker = entities.alias.get(name := subject_name(text, seg, said.start(), entities,
                                                            dateline.span[1]), name)
        if speaker in entities.people and speaker not in people:
            people.insert(0, speaker)
    if mention.category in ("meeting", "visit") and (host := _HOSTING.search(
            text, max(seg.start, dateline.span[1]), mention.start)):
        # "Trump welcomed May to the White House ..., the first foreign leader to visit":
        # the host and the guest of a hosting verb before the visit take part in it.
        host_name = subject_name(text, seg, host.start(), entities, dateline.span[1])
        welcomed = [p for _, p in entities.people_in(text, host.end(), mention.start)]
        people = [x for x in [host_name, *welcomed] if x in entities.people] + people
        if host_name in entities.people and any(g != host_name for g in welcomed):
            mention.host = host_name
    if mention.category == "visit" and (invited := _INVITATION.search(text, seg.start, seg.end)):
        # "Trump had accepted an invitation from Queen Elizabeth II to make a state visit",
        # "will pay a state visit ... at the invitation of Prime Minister Shigeru Ishiba":
        # who accepts visits, who invites hosts.
        ends = _INVITER_END.search(text, invited.end(), seg.end)
        hosts = [p for _, p in entities.people_in(text, invited.end(),
                                                   ends.start() if ends else seg.end)]
        accepted = _ACCEPTED.search(text, seg.start, invited.start() + 1)
        visitor = subject_name(text, seg, accepted.start(), entities, dateline.span[1]) \
            if accepted else ""
        visitor = entities.alias.get(visitor, visitor)
        people = ([visitor] if visitor in entities.people else []) + people + \
            [h for h in hosts if h not in people]
        if visitor in entities.people and not mention.subject:
            mention.subject = visitor
        if hosts and hosts[0] != mention.subject:
            mention.host = hosts[0]
    if light and mention.pos == "noun" and mention.category in ("meeting", "visit"):
        # "Xi hosted Prime Minister Ishiba for a summit": the guest takes part too.
        guests = entities.people_in(text, light_base + light.end(1), left)
        people = [p for _, p in sorted(guests)] + people
    # The states of the subject and of the object both take part: "Argentina recalled
    # its ambassador to Spain", "Japan summoned China's ambassador", "the Belarusian
    # ministry summoned Poland's charge d'affaires"; who acts comes first.
    if mention.pos == "noun" and (
            state_owner := _STATE_BEFORE_NOUN.search(tail(text, seg.start, left))):
        # "the chaotic U.S. withdrawal", "the Qatar-brokered truce", "Chile's
        # withdrawal": a state right before the event noun is its doer.
        name = state_owner.group(1)
        state = COUNTRIES.get(name) or DEMONYMS.get(name)
        before_noun = [state] if state else []
    else:
        before_noun = []
    other_clause = _other_clause_at(text, mention.end, right)
    countries = before_noun + [c for pos, c in entities.sides_in(
                                   text, left, _through_a_listed_adjective(text, people_end, seg.end))
                               if not (pos >= mention.end and _qualifies_a_thing(text, pos, right))
                               and not other_clause(pos)
                               and not ((pos >= mention.end or mention.pos == "noun")
                                        and _hosts_the_sidelines(text, pos)
                                        and not (denied and _NAMES_THE_NOUN.fullmatch(
                                            text, pos, mention.start)))
                               and not (mention.category in ("visit", "meeting")
                                        and pos >= mention.end
                                        and _A_UNIT_OF_STATE.match(text, pos))
                               and not (entities.names_the_mediators(pos) and not _the_mediators_act(
                                   mention))
                               and not (_A_PLACE_OF_STATE.match(text, pos, right)
                                        and _THE_BEFORE.search(text, max(0, pos - 24), pos))
                               ] + agent_sides
    countries += [c for c in implied_sides if c not in countries]
    if mention.pos == "noun" and text.startswith("their ", mention.phrase_start) and (
            of_their := _OF_THEIR_LAST.search(text, max(seg.start, mention.phrase_start - 8),
                                              mention.phrase_start + 6)) and (
            listed := last_list_of_states(text, of_their.start(), 0, entities, seg.start)) and (
            last_named := entities.sides_in(text, seg.start, of_their.start())) and \
            last_named[-1][1] == listed[-1] and of_their.start() - last_named[-1][0] <= 40:
        # "the notification by the Republic of Mali, Burkina Faso and the Republic of Niger
        # of their withdrawal from ECOWAS": the listed states' withdrawal (verify56 F2: the
        # last named, Niger, alone)
        countries = [*listed, *(c for c in countries if c not in listed)]
    if (counted := _OF_THE_COUNTED_STATES.search(mention.subject_phrase)) is not None and (
            listed := last_list_of_states(text, mention.start, NUMBER_WORDS[counted.group(1)],
                                          entities)):
        # "the withdrawal of the three countries shall take effect on 29 January 2025", after
        # "the Republic of Mali, Burkina Faso and the Republic of Niger": those three (verify56
        # F2: no one)
        countries = [*listed, *(c for c in countries if c not in listed)]
    if mention.pos == "verb" and not mention.subject and (
            chaired := BODY_BEFORE_ITS_CHAIRS.search(text, seg.start, mention.start)):
        # "a joint monitoring committee chaired by Saudi Arabia and the United States will
        # meet": its chairs take part in what the committee does (verify42 X5)
        chairs = [c for _, c in entities.countries_in(text, chaired.start(2), chaired.end(2))]
        countries = [*dict.fromkeys(chairs), *(c for c in countries if c not in chairs)]
    # "agreed to keep working closely on North Korea", "discussed Ukraine during talks": a
    # state the act is about is no side of it (ext39: North Korea, Ukraine took part)
    topics = {c for pos, c in entities.sides_in(text, seg.start, max(right, people_end))
              if _A_TOPIC_BEFORE.search(text, max(seg.start, pos - 60), pos)}
    countries = [c for c in countries if c not in topics]
    if "outside" in text[seg.start:seg.end] or "-related" in text[seg.start:seg.end]:
        # "launched the leaders' meeting mechanism outside of ASEAN-related gatherings in
        # Fukuoka": a state or bloc the event is held apart from, or that only qualifies
        # another thing ("X-related"), takes no part (verify54 F11: ASEAN was a participant)
        apart = {c for pos, c in entities.sides_in(text, seg.start, max(right, people_end))
                 if _APART_FROM_BEFORE.search(text, max(seg.start, pos - 30), pos)
                 or _RELATED_AFTER.match(text, pos)}
        countries = [c for c in countries if c not in apart]
    if mention.pos == "noun" and not mention.subject and \
            (owner := _its_owner(text, max(seg.start, dateline.span[1]), left, mention.start,
                                 entities)) and owner not in countries:
        countries.insert(0, owner)  # "that Moscow has used ... since its invasion": Russia
    if mention.category == "meeting":
        # "met ... in Laos": a state a meeting is held in is its place, not a side
        as_venue = [(state, _IN_PLACE.search(text, max(0, pos - 8), pos) is not None
                     and _PLACE_ENDS.match(text, pos + len(_word_run(text, pos))) is not None)
                    for pos, state in entities.sides_in(text, left, right)]
        venues = {state for state, venue in as_venue if venue} - \
            {state for state, venue in as_venue if not venue}
        countries = [c for c in countries if c not in venues]
    home = CAPITALS.get(dateline.place.title(), CAPITALS.get(dateline.place, "")) \
        if dateline.place else ""
    if home and home not in countries and _UNNAMED_GOVERNMENT.search(
            text[left:right] + " " + mention.subject_phrase + (
                " the government" if mention.subject_phrase.lower() in (
                    "government", "ministry", "foreign ministry") else "")):
        # "was summoned to the ministry", "prompting the government to": under a WARSAW
        # dateline, an unqualified ministry or government is Poland's
        countries.append(home)
    if mention.pos == "noun" and (among := _AMONG_A_GROUP.match(text, mention.end, right)) and \
            (group := region_group_states(text[among.end():right], entities, among.end())):
        # "a 1992 agreement among the five Central Asian states": the group's states
        countries += [c for c in group if c not in countries]
    if (both := _THE_PAIR.search(text, left, right)) and (
            pair := _pair_of_the_sentence(text, both.end(), seg.end, entities)
            or _states_of_the_paragraph_s_people(text, seg.start, entities)
            or entities.lead_pair() or entities.headline_pair() or entities.main_sides(2)):
        # "hosted talks between the two sides": the two states of the story take part;
        # the two its own sentence names together first ("after separate talks with both
        # sides in Riyadh, the White House said that Russia and Ukraine had agreed":
        # verify52 F5, the story's "United Nations and Russia"); else the headline's pair
        # ("DR Congo and Rwanda leaders sign US-brokered peace accords": h7's live blog,
        # ext69, "the two countries' foreign ministers" were the DR Congo and the US)
        countries += [c for c in pair if c not in countries]
    if mention.pos == "noun" and mention.category == "meeting" and not mention.subject \
            and _WITH_AFTER.match(text, mention.end, mention.phrase_end) \
            and _FRONTED_AFTER.fullmatch(text, max(seg.start, dateline.span[1]),
                                         mention.phrase_start) \
            and (talker := _states_of_the_clause_subject(text, mention.phrase_end, seg.end,
                                                          entities)):
        # "In March 2025, after separate talks with both sides in Riyadh, the White House
        # said ...": who held the talks is the subject of the clause they open (verify52
        # F5: the United States was missing)
        countries = [*talker, *(c for c in countries if c not in talker)]
    # "extend sanctions on Minsk", "accusing Cotonou of": a capital outside a place phrase
    # is its government, named as written (a state named beside it is kept instead)
    countries += [city for _, city in entities.governments_in(text, left, right)
                  if CAPITALS[city] not in countries]
    if mention.patient:
        # "it [the Republic of Lithuania] was annexed": the state the thing done names
        countries += [c for _, c in entities.sides_in(mention.patient, 0, len(mention.patient))]
        # "Park Geun-hye, who had been impeached": the person it was done to takes part
        people += [p for _, p in entities.people_in(mention.patient, 0, len(mention.patient))
                   if p not in people]
    if mention.pos == "verb" and _THE_COUNTRY.search(
            text[mention.end:right] + " " + mention.patient) and entities.main_country():
        # "the Soviet Union occupied the country", "left the country", "recognise the
        # restored state": the country the article is about; in what a person of a known
        # state says ("Senegalese Prime Minister Ousmane Sonko said the country would review
        # all defence agreements"), the speaker's own (verify56 F2: France, the story's)
        countries.append(entities.people.get(mention.subject, "") if mention.verb in
                         vocab.SAYING_VERBS and entities.people.get(mention.subject, "")
                         else entities.main_country())
    partner = _WITH_PARTNER.match(text, mention.end, right) if mention.pos == "verb" else None
    if partner:
        # "normalized relations with South Korea": the other side takes part too.
        countries += [c for _, c in entities.countries_in(text, partner.start(1), partner.end(1))]
    if mention.pos == "noun" and mention.category == "statement" and not mention.subject and (
            said := SAID_IN_A_STATEMENT.search(text, seg.start, mention.phrase_start)):
        # "ASEAN welcomed the signing in a statement": who welcomed made the statement
        mention.subject = subject_name(text, seg, said.start(), entities, dateline.span[1])
    e3 = False
    for i, part in enumerate(split_names(mention.subject)):
        part = entities.alias.get(part, part)  # "Xi and Joe Biden met": Xi Jinping
        if E3_NAME.fullmatch(part) and THE_E3.search(text):
            # "Iran and the E3 held talks": the group by its name is its three states, as
            # "the three European powers" are (ext27; it was a participant "E3")
            # (its first state in the subject's place, the two others after it below)
            countries.insert(i, E3_STATES[0])
            e3 = True
        elif part in entities.people:
            people.insert(i, part)
        elif part in COUNTRIES.values() or part in COUNTRIES:
            countries.insert(i, COUNTRIES.get(part, part))
        elif state := state_of_force(part):
            countries.insert(i, state)  # "Sudan's army ... agreed": Sudan takes part
        elif passive and _PERSON_NAME.fullmatch(part) and not _ORG_WORD_IN.search(part) and \
                part not in COUNTRIES and part not in vocab.CITIES:
            # "restored ... by the interim government of Jeanine Anez": a person's name
            # after "by" is a doer even without a title
            people.insert(i, part)
        elif not passive and _is_proper_name(part) and part not in vocab.CITIES:
            # "Hanwha Aerospace began building", "the Houthis seized": a named subject
            # takes part, whatever it is
            people.insert(i, part)
    if e3:
        at = countries.index(E3_STATES[0]) + 1
        countries[at:at] = [c for c in E3_STATES[1:] if c not in countries]
    if not mention.subject and mention.subject_phrase:
        # "Argentina's presidency responded", "the Belarusian ministry summoned": the
        # state of a subject that names no one acts; "the ministers of eight Nordic and
        # Baltic countries", the states the article lists
        owners = [c for _, c in entities.sides_in(mention.subject_phrase, 0,
                                                    len(mention.subject_phrase))]
        if (seat := GOVERNMENT_IN.fullmatch(mention.subject_phrase)) and \
                seat.group(1) in CAPITALS:
            owners.append(CAPITALS[seat.group(1)])  # "government in Luanda": Angola's
        countries[:0] = [c for c in owners if c not in countries]
        # (the states of a group act as named subjects do: an event of someone else's,
        # "Rutte welcomed the pact", is not theirs)
        group = region_group_states(mention.subject_phrase, entities, mention.start)
        if group and THE_REGION_GROUP.search(mention.subject_phrase):
            # "Iran and the three European powers held talks": the state named before the
            # group first, then the group's states (ext26)
            group = [*owners, *group]
        people[:0] = [c for c in group if c not in people]
        if not owners and (members := _MEMBERS_OF_A_BODY.fullmatch(mention.subject_phrase)) \
                and _A_BODY_S_NAME.fullmatch(members.group(1)) and members.group(1) not in people:
            # "The World Health Organization's member states adopted a pandemic treaty":
            # the body whose members act takes part (ext42's list: no one, then the story's
            # two states)
            people.insert(0, members.group(1))
        if not group and owners and (described := _AND_A_DESCRIBED_GROUP.search(
                mention.subject_phrase)) and described.group(1) not in countries:
            # "Iran and the European powers agreed": the other side is the group as the
            # text names it, its states unnamed (dev AP Geneva: Iran alone)
            countries.append(described.group(1))
    if mention.subject and (grouped := _A_COUNTED_GROUP_AND_LAST.search(
            text, max(seg.start, mention.start - 200), mention.start)) is not None \
            and mention.subject in (grouped.group("name"), COUNTRIES.get(grouped.group("name"))) \
            and (group_states := region_group_states(grouped.group("group"), entities,
                                                     mention.start)):
        # "The foreign ministers of the three Baltic states and Poland met": the group's states
        # with the state named after it (ext131: Poland alone)
        people[:0] = [c for c in group_states if c not in people]
    if not mention.subject and (listed := listed_ministers(text, seg.start, mention.start,
                                                              entities)):
        # "The ministers will meet again in Reykjavik", "The ministers first discussed the
        # idea at a meeting in Helsinki": the states whose ministers the text listed
        # (new-user trial 13: no participant)
        people[:0] = [c for c in listed if c not in people]
    if mention.pos == "verb" and mention.category == "meeting" and (
            joined := _NAME_AND_COUNTERPART.search(text, seg.start, left)) and \
            _COUNTERPART_OPENING.match(text, left, mention.start):
        # "Han Min-su and his Japanese counterpart Oda Kenji met": both sides, in order.
        people = [p for _, p in entities.people_in(text, joined.start(), left)] + people
    if mention.pos == "verb" and mention.category == "meeting" and (
            named_after := _COUNTERPARTS_LISTED.match(text, mention.end, seg.end)):
        # "Today I met my Quad counterparts, India's External Affairs Minister Dr S.
        # Jaishankar, Japan's Foreign Minister Iwaya Takeshi and United States Secretary of
        # State Marco Rubio, in Washington": the counterparts named after the comma (verify57
        # F11: none of the three)
        people += [p for _, p in entities.people_in(text, named_after.start(1),
                                                    named_after.end(1))
                   if p not in people]
    if AN_INSTRUMENT.search(mention.subject) or AN_INSTRUMENT.search(mention.patient):
        # "the Treaty of Friendship between New Zealand and Samoa, signed on 1 August
        # 1962": the parties the text names for the treaty take part
        countries += _parties_between(text, seg.start, mention.start, entities)
    if mention.pos == "verb" and _A_CONFLICT.fullmatch(mention.subject_phrase) and (
            between := _BETWEEN_LAST.search(text, max(seg.start, mention.start - 200),
                                            mention.start)):
        # "The war between the army chief Abdel Fattah al-Burhan and RSF leader Mohamed
        # Hamdan Dagalo erupted": both sides of the conflict, in order (ext42's list: the
        # clause began at "and", Dagalo alone)
        sides_people = [p for _, p in sorted(entities.people_in(text, between.start(1),
                                                                between.end(1)))]
        people = [*sides_people, *(p for p in people if p not in sides_people)]
    if mention.pos == "noun" and mention.category == "treaty" and (
            ended := _ENDED_A_WAR.match(text, mention.end, seg.end)) and (
            sides := _BETWEEN_PARTIES.match(text, ended.end(), seg.end)):
        # "a ceasefire in 2023 ended decades of fighting between Armenia and Azerbaijan":
        # the sides of the fighting are the truce's (own stories, Al Jazeera and Reuters:
        # no participant, or the story's two sides); a state by its name, an armed group
        # as written ("Israel and Hezbollah")
        names = [re.sub(r"^(?:the\s+)", "", n).rstrip(".") for n in sides.group(1, 2)]
        if all(n in COUNTRIES or _is_proper_name(n) for n in names):
            countries += [COUNTRIES.get(n, n) for n in names
                          if COUNTRIES.get(n, n) not in countries]
    if mention.pos == "verb" and (court := _THE_COURT_OBJECT.match(text, mention.end, seg.end)) \
            and (court_name := _court_named_before(text, mention.start, court.group(1))):
        # "Chile had asked the court to settle the dispute": the court the article named
        # before takes part (verify15: "Chile asks court ..." named Chile only)
        people.append(court_name)
    if (left_out := _WITHOUT_THEM.search(text, mention.end, mention.phrase_end)) is not None:
        # "signed the CFA in Entebbe without Egypt and Sudan": who stayed out takes no part
        # (verify45 F10: both were participants of the signing)
        absent = text[left_out.end():left_out.end() + 80]
        people = [p for p in people if p not in absent]
        countries = [c for c in countries if c not in absent
                     and not any(k in absent for k, v in COUNTRIES.items() if v == c)]
    if mention.pos == "verb" and people and (
            attended := _ATTENDED_BY.search(text, mention.end, seg.end)) is not None:
        # "Abiy Ahmed inaugurated the dam … in a ceremony attended by Kenyan President William
        # Ruto, Djibouti's President … and Somalia's President …": the guests take part too
        # (verify45 F10: only the host and his state were participants); they join it,
        # after its doers (their states are not named for them)
        end = _GUESTS_END.search(text, attended.end(), seg.end)
        mention.joined_by += [p for _, p in entities.people_in(
            text, attended.end(), end.start() if end else seg.end)
            if p not in people and p not in mention.joined_by]
    if mention.pos == "noun" and mention.word.lower() == "ceremony" and not mention.subject and (
            attended := _THE_CEREMONY_ATTENDED_BY.match(text, mention.end, seg.end)) is not None:
        # "The ceremony at Camp Geille in Dakar was attended by Senegalese army chief General
        # Mbaye Cissé and French General Pascal Ianni": its guests join it (and the act it is
        # the ceremony of, :func:`.dating.ceremony_of_the_lead_told_next`)
        end = _GUESTS_END.search(text, attended.end(), seg.end)
        mention.joined_by += [p for _, p in entities.people_in(
            text, attended.end(), end.start() if end else seg.end)
            if p not in people and p not in mention.joined_by]
    if mention.category == "meeting" and (
            chair := _UNDER_THE_CHAIR.search(text, mention.end, seg.end)) is not None and (
            chaired_by := entities.people_in(text, chair.end(), min(seg.end, chair.end() + 80))):
        # "was held on 15 December 2024 in Abuja, under the chairmanship of H.E. Bola Ahmed
        # Tinubu": who chaired it takes part (verify56 F2: the bloc alone)
        mention.joined_by += [p for p in [chaired_by[0][1]]
                              if p not in people and p not in mention.joined_by]
    if mention.pos == "noun" and mention.word.lower() in ("decision", "resolution") and (
            designating := _DESIGNATING.search(text, mention.end, min(seg.end, mention.end + 80))) \
            is not None:
        # "recalled the decision of its Extraordinary Session of 7 July 2024 designating H.E.
        # Bassirou Diomaye Faye, President of the Republic of Senegal, and H.E. Faure
        # Essozimna Gnassingbe, ...": those designated take part (verify56 F2: neither did)
        people += [p for _, p in entities.people_in(text, designating.end(), seg.end)
                   if p not in people]
    if mention.pos == "verb" and mention.verb == "hand" and (
            to := _HANDED_OVER_TO.match(text, mention.end, seg.end)) is not None:
        # "handed over its military base in Port-Bouet, near Abidjan, to Ivory Coast": who
        # it was handed to, past an aside of where (verify56 F6: France alone)
        countries += [c for _, c in entities.sides_in(text, to.start("to"), to.end("to"))
                      if c not in countries]
    if mention.pos == "verb" and mention.patient and _ITS_OPENS.match(text, seg.start, mention.start) \
            and (owner := _owner_of_an_opening_its(text, seg, entities)) and owner not in countries:
        # "France will keep a presence of about 80 soldiers in Ivory Coast for training. Its
        # bases in Senegal are due to be returned by the end of 2025": whose bases, a side
        # (verify56 A3: Senegal alone)
        countries.insert(0, owner)
    if mention.pos == "verb" and mention.verb == "hand" and (
            camp := _A_CAMP_OF_A_PLACE.match(text, mention.end, seg.end)) is not None:
        # "handed over the French military camp of Port-Bouët on 20 February 2025": the camp's
        # place is where it was handed over (verify56 A4: no place)
        mention.location = mention.location or camp.group("place")
    if mention.pos == "verb" and mention.verb == "leave" and (
            city := _LEFT_A_CITY.match(text, mention.end, seg.end)) is not None and (
            state := vocab.CITIES.get(city.group(1), "")):
        # "the last French troops left N'Djamena on Jan. 30": the city left is the event's
        # place, and its state a side (verify56 A3: France alone, no place)
        countries += [state] if state not in countries else []
        mention.location = mention.location or city.group(1)
    if mention.pos == "verb" and mention.verb in _SENDING and (
            to := _TO_A_CITY.search(text, mention.end, right)) is not None and (
            state := vocab.CITIES.get(to.group(1), "")) and state not in countries:
        # "Moscow sent instructors to Bangui", "Russia deployed troops to Bangui": the state
        # whose city the force or envoy is sent to is the act's other side, as a state named
        # there is (ext84: Russia alone)
        countries.append(state)
    if mention.category in _TWO_SIDED_CATEGORIES and not denied:
        # "Ethiopia signed a memorandum of understanding with Somaliland", "Somalia signed a
        # security pact with Puntland": the "with" complement of the act is its other side,
        # whether or not the app knows the name (ext84: Ethiopia alone)
        countries += [n for n in _unknown_parties_with(text, mention, right, entities)
                      if n not in countries and n not in people]
    if mention.category == "meeting" and not denied and (
            met := _A_BODY_MET.match(text, mention.end, seg.end)) is not None and (
            mention.pos == "verb" or met.group(0).split()[0] == "with"):
        # "The observer mission met the Independent Electoral Commission on Tuesday", "held
        # talks with the International Atomic Energy Agency": the body met is the other
        # side, though the app does not know its name (blind59's bodies as actors, ext105:
        # the mission alone)
        met_body = " ".join(met.group(1).split())
        if met_body not in people and COUNTRIES.get(met_body, met_body) not in countries \
                and not any(met_body in p or p in met_body for p in people):
            people.append(met_body)
    if mention.category in ("meeting", "visit") and not denied and (
            officer := _A_STATE_S_OFFICER_MET.match(text, mention.end, seg.end)) is not None and (
            mention.pos == "verb" or officer.group(0).split()[0] == "with") and (
            holder := _officer_named_before(text, mention.start, officer, entities)) \
            and holder not in people:
        # "Sultan Haitham bin Tarik received the Iranian minister on Monday", after "his
        # Iranian counterpart Hossein Amir-Abdollahian": the person, not his state (blind59's
        # country-for-person, ext105)
        people.append(holder)
    if mention.category in ("meeting", "visit") and not denied and (
            ruler := _A_RULER_MET.match(text, mention.end, seg.end)) is not None and (
            mention.pos == "verb" or ruler.group(0).split()[0] == "with") and (
            king := _ruler_named_before(text, mention.start, " ".join(ruler.group("title").split()),
                                        entities)) and king not in people:
        # "President Emmanuel Macron spoke to the King by telephone", after "a mediation by
        # King Mohammed VI": the ruler named before (ext118, from blind set h20: the caller
        # alone, and the place "King")
        people.append(king)
    if mention.pos == "noun" and mention.category == "meeting" and not denied and (
            officers := _OF_A_SIDE_S_OFFICERS.match(text, mention.end, seg.end)) is not None:
        # "an informal meeting of EU foreign ministers", "a summit of African Union heads of
        # state": the bloc or state whose people meet (ext118, from blind set h20: no one)
        countries += [c for at, c in entities.sides_in(text, officers.start(1), officers.end(1))
                      if c not in countries and at == officers.start(1)]
    if not denied and (third := _A_THIRD_PARTY.search(text, mention.end, seg.end)) is not None \
            and not _A_VERB_BETWEEN.search(text, mention.end, third.start()):
        # "the two sides agree in November on confidence-building measures, with the OAS as
        # witness", "restored them in May after mediation by Qatar", "launched by President
        # William Ruto in May, with President Salva Kiir's blessing": the third party joins
        # the act (ext118, from blind set h20: the sides, or the doer, alone)
        third_at, third_end = third.span(third.lastgroup or "as")
        third_name = " ".join(text[third_at:third_end].split())
        joining = [p for _, p in entities.people_in(text, third_at, third_end)][:1] or \
            [c for _, c in entities.sides_in(text, third_at, third_end)][:1] or (
            [third_name] if _is_proper_name(third_name)
            and third_name.split()[0] not in _TITLE_WORDS else [])
        # (after the act's own sides, as who joins a gathering does: "Qatar, Mogadishu and
        # Nairobi restore ties" was the title with Qatar among the countries)
        mention.joined_by += [one for one in joining if one not in people
                              and one not in countries and one not in mention.joined_by]
    if not mention.subject and not people and mention.subject_phrase and (
            owned := _A_NAME_S_OWN.fullmatch(mention.subject_phrase)) is not None and (
            owner := entities.alias.get(owned.group("name"), "") if entities.alias.get(
                owned.group("name"), "") in entities.people else _person_named(
                owned.group("name"), text, entities)):
        # "Machar's party said in a statement on Sunday": the person whose party speaks
        # (ext118, from blind set h20: no one)
        people.append(owner)
    if not mention.subject and not people and mention.subject_phrase.startswith("whose ") and (
            whose_own := _WHOSE_OWN.search(text, max(seg.start, mention.start - 200),
                                           mention.start)):
        # "The European Union, whose own mission published its final report in October, ...":
        # the owner of the mission acts (ext118, from blind set h20: no one)
        whose_at, whose_end = whose_own.span("name")
        owned_by = [c for _, c in entities.sides_in(text, whose_at, whose_end)][:1] or [
            p for _, p in entities.people_in(text, whose_at, whose_end)][:1]
        countries += [c for c in owned_by if c not in countries and c not in people]
    hearing = _ADDRESSED.match(text, mention.end, seg.end) if (
        mention.pos == "verb" and mention.verb in _ADDRESSING) else None
    hearing = hearing or _IN_A_LETTER_TO.search(text, mention.end, max(right, mention.end))
    if hearing is not None and (heard := _hearers(text, hearing, entities)) and \
            heard not in people and heard not in countries and not denied:
        # "Lamamra will brief the Security Council on Friday", "Khrushchev revealed to the
        # Supreme Soviet that ...", "criticized the force ... in a letter to the Council": who
        # is told takes part beside who tells (ext118, from blind set h20's participants: the
        # speaker alone, of a gold that names both)
        (countries if heard in COUNTRIES.values() or heard in BLOCS else people).append(heard)
    if mention.patient and not entities.people_in(mention.patient, 0, len(mention.patient)) \
            and mention.patient in seg.text \
            and (done_to := _person_named(mention.patient, text, entities)) \
            and done_to not in people:
        # "The French ambassador, Luc Hallade, had been declared persona non grata", "Powers
        # was tried in Moscow": the person something is done to takes part, though the
        # article gives no title to know the name by (ext118, from blind set h20: no one,
        # then the story's two states)
        people.append(done_to)
    if mention.subject and (owned := _HIS_GOVERNMENT_LAST.search(
            text, max(seg.start, mention.start - 60), mention.start)) is not None and (
            speakers := entities.people_in(text, seg.start, owned.start())):
        # "Cambodian Prime Minister Hun Manet said ... that his government would ask the
        # court": the state acts (subjects: its name), and the one who said so takes part
        # (ext144: the gold names both; "Hun Manet's government" had named him alone)
        people.insert(0, speakers[-1][1])
    mention.participants = list(dict.fromkeys(people))
    mention.countries = list(dict.fromkeys(countries))
    if kin_states:
        mention.countries = list(dict.fromkeys([*kin_states, *mention.countries]))
    # "cut ties with Tehran in January 2016 after protesters attacked missions in Iran":
    # a place after a subordinating word belongs to that clause's event.
    subordinate = SUBORDINATE.search(text, mention.end, right)
    place_end = subordinate.start() if subordinate else right
    if mention.verb not in vocab.SAYING_VERBS and (
            reported := _REPORTED_AFTER.search(text, mention.end, place_end)):
        # "the two officers will speak again on May 12, Misri told reporters in New Delhi":
        # where it was told is not where they will speak (ext42's own PTI story)
        place_end = reported.start()
    if mention.pos == "verb" and mention.verb in vocab.SAYING_VERBS and (
            said := _THAT_CLAUSE.search(text, mention.end, place_end)) \
            and _A_GATHERING_SAID.search(text, said.end(), place_end):
        # "Washington announced that the trilateral summit would take place in Tokyo": the
        # place of a gathering said to come is the gathering's (its own row), not where it
        # was said (verify33 E9: the announcement was in Tokyo); "announced in Tokyo that
        # ..." keeps its place, and so does what was said of no gathering ("announced that
        # the two countries would reopen consular services in Vancouver": the
        # announcement is the row of the reopening, a dev article's)
        place_end = said.start()
    if mention.pos == "verb" and (participle := _PARTICIPLE_WITH_OBJECT.search(
            text, mention.end, place_end)):
        # "signed an agreement on Friday settling their ... zones in the North Natuna Sea":
        # the zones are there, not the signing (new-user check 11's Jakarta article)
        place_end = participle.start()
    if mention.pos == "verb" and mention.verb in _REACTING and (
            done := OBJECT_S_PARTICIPLE.match(text, mention.end, place_end)):
        # "welcomed the ceasefire deal signed in Qatar": Qatar is the signing's place, not
        # the welcome's (verify39: the welcome was placed in Qatar)
        place_end = done.start(1)
    # ("The ... Summit of the East African Community (EAC) was held on 30 November in
    # Arusha": the acronym in brackets after the phrase is part of its name; u45c's
    # communiqué had no place)
    acronym = _ACRONYM_AFTER.match(text, right, seg.end) if mention.pos == "noun" else None
    after_name = acronym.end() if acronym else right
    predicate = (_TAKES_PLACE.match(text, after_name, seg.end)
                 or _HOST_WILL_HOST.match(text, after_name, seg.end)
                 or (_ISSUED.match(text, after_name, seg.end) if mention.category == "statement"
                     else None)) if mention.pos == "noun" else None
    past_predicate = predicate.end() if predicate else right
    if predicate and (day := next((t for t in dates_in_seg if predicate.end() <= t.start
                                   <= predicate.end() + 4 and _ON_BEFORE_A_DATE.fullmatch(
                                       text, predicate.end(), t.start)), None)) is not None:
        past_predicate = day.end  # "was held | on 30 November 2026 | in Arusha"
    if predicate and (place_after := _PLACE_PP_AFTER.match(text, past_predicate, seg.end)):
        place_end = max(place_end, place_after.end())
    elif mention.pos == "noun" and (place_after := _PLACE_PP_AFTER.match(text, right, seg.end)):
        # "a joint drill off the southern Japanese city of Fukuoka": the place phrase
        # right after the event noun's phrase is its place
        place_end = max(place_end, place_after.end())
    elif mention.pos == "noun" and (date_after := next(
            (t for t in dates_in_seg if right <= t.start <= right + 1 or (
                right <= t.start <= right + 4 and _ON_BEFORE_A_DATE.fullmatch(text, right, t.start)
                and (_HAPPENED_THEN.match(text, mention.np_end, seg.end) is not None
                     or light is not None))),
            None)) is not None \
            and (place_after := _PLACE_PP_AFTER.match(text, date_after.end, seg.end)):
        # "another round of talks next Thursday in New Delhi": past the date that follows
        # the phrase (new-user trial 12: the talks had no place); and the noun of a light
        # verb, "held talks | on Wednesday | at the Koysha Dam" (ext101: a lead so told took
        # the dateline's city, a place the app does not know was lost)
        mention.location = mention.location or location_of(
            text, date_after.end, place_after.end(), entities,
            to=mention.category in ("visit", "meeting"))
    # ("a roadmap to restore inspections at the Fordow and Natanz sites": a place of what the
    # object is to do is not the act's own; verify32 F4 placed the agreement at Fordow)
    own_end = min(place_end, said_until)
    if mention.pos == "verb" and (
            what_for := _NOUN_TO_DO.search(text, mention.end, place_end)) is not None:
        own_end = what_for.start()
    if mention.pos == "verb" and mention.verb in _COMMITTING and (
            plan := _ON_A_DAY_TO_HOLD.match(text, mention.end, own_end)) is not None:
        # "Japan and South Korea also agreed on Saturday to hold a trilateral ministerial
        # meeting with the United States in Tokyo in July": Tokyo is the meeting's place
        # (its own row), not that of the agreement, dated by its own day (verify54: the
        # agreement in Singapore was placed in Tokyo).  ("agreed to hold a dialogue in
        # Warsaw next month" with no day of its own stands for the plan and keeps it.)
        own_end = plan.end("to")
    if mention.pos == "verb" and (
            arguing := _ARGUING_THAT.search(text, mention.end, own_end)) is not None:
        # "sent a note to Stockholm on Tuesday arguing that the levies contradict the accord
        # signed in Bergen": a place in what was argued is not the act's (verify88 F2, ext155)
        own_end = arguing.start()
    if mention.pos == "verb" and (
            mandate := _MANDATE_OF_A_MISSION.search(text, mention.end, own_end)) is not None:
        own_end = mandate.end("noun")
    if mention.pos == "verb" and mention.verb in _COMMITTING and (
            meet := ON_A_DAY_THAT_THEY_MEET.match(text, mention.end, own_end)) is not None:
        # "The ministers agreed on Tuesday that their presidents will meet in
        # Turku on 20 May": Turku is the meeting's place, not the agreement's (verify88 F5,
        # ext155: the ministers' talks placed in the future summit's city)
        own_end = meet.end("that")
    mention.location = mention.location or location_of(
        text, place_left, own_end, entities, to=mention.category in ("visit", "meeting")
        or mention.verb == "return"  # ("would return to Doha early next month": verify20)
        # ("would resume flights to Cucuta": where the flights go, own story and the dev
        # ENA story's Asmara; not "delivered to Zenco Airlines")
        or _SERVICE_TO.search(text, mention.end, own_end) is not None,
        near=mention.category == "dispute")
    if mention.patient == "process" and (act := _THE_ACT_A_PROCESS.search(
            text, max(seg.start, mention.start - 160), mention.start)) is not None:
        # "approved a decision to close the Minsk Group's structures, a process to be
        # completed by December 1": the process is the act the infinitive names (the row
        # read "Process to be completed")
        mention.patient = f"process to {' '.join(act.group(1).split())}"
    if not mention.location and mention.pos == "verb" and mention.category == "event" \
            and a_first_journey(mention.verb, text, seg, mention.start) and (
                city := _CITY_RIGHT_AFTER.match(text, mention.end, seg.end)) is not None \
            and city.group(1) in vocab.CITIES:
        # "the first cargo ... had already left Aktau", "the first vessel would reach Baku":
        # the city a first journey leaves or reaches (ext74's own Trend story: no place)
        mention.location = city.group(1)
    gathering = _AT_A_GATHERING.match(text, mention.end, seg.end) \
        if not mention.location else None
    if gathering and gathering.group(1).split()[0].lower() not in MONTH_AND_DAY_NAMES \
            and not is_date_words(gathering.group(1)):
        # "talks ... on the sidelines of an international conference in Busan": where
        # the gathering is (not when: "at the minister level in August")
        mention.location = gathering.group(1).rstrip(".")
    if not mention.location:
        mention.location = _place_after_a_comma_date(text, mention, right, dates_in_seg,
                                                     entities)
    if not mention.location and mention.pos == "verb" and (
            held_in := _HELD_IN_A_CITY.search(mention.subject_phrase)) is not None \
            and held_in.group(1) in vocab.CITIES:
        # "UN-led status talks in Vienna, chaired by …, began": the talks' city is where
        # they began (verify43 X15: no place)
        mention.location = held_in.group(1)
    if not mention.location and mention.category == "meeting" and _A_DOMESTIC_BODY.fullmatch(
            mention.subject_phrase.strip()) and (said_in := _SAID_IN_A_CITY.search(
                text, seg.start, mention.start)) and said_in.group(1) in vocab.CITIES:
        # "Government spokesman Khalid al-Aiser said in Port Sudan on Thursday that the
        # cabinet would meet on Sunday": the government's seat, where its spokesman spoke
        # (verify42 X22: no place)
        mention.location = said_in.group(1)
    if not mention.location and dateline.place and (described := _IN_A_DESCRIBED_CITY.search(
            text, mention.end, right)) and _THE_BEFORE.search(text, max(0, described.start(1) - 24),
                                                             described.start(1)) and \
            DEMONYMS.get(described.group(1)) == vocab.CITIES.get(dateline.place.title(), ""):
        # "after two days of talks in the southwestern Chinese city", filed from KUNMING: the
        # dateline's city, in the state the adjective names (own AFP Kunming story: the
        # place came with China as a side, once China was no side, none)
        mention.location = dateline.place.title()
    if not mention.location and mention.pos == "verb" and mention.word in _VERBS_OF_TAKING:
        # "the Houthis seized the capital Sanaa": what is taken is where it happens
        taken = _TAKEN_PLACE.match(text, mention.end, right)
        if taken and (taken.group(1) in vocab.CITIES or taken.group(1) in COUNTRIES
                      or taken.group(1) in CAPITALS):
            mention.location = taken.group(1)
        elif (facility := _A_CITY_S_FACILITY.match(text, mention.end, right)) is not None \
                and facility.group(1) not in COUNTRIES and facility.group(1) not in DEMONYMS \
                and facility.group(1) not in entities.people:
            # "Israeli jets bombed Sanaa's airport": the city the airport or port is of,
            # known or not (ext101: a landmark's town the app does not know)
            mention.location = facility.group(1)
    if not mention.location and mention.pos == "verb" and mention.verb in _PULLING_BACK and (
            pulled := _PULLED_FROM.search(text, mention.end, right)) is not None and (
            pulled.group("place") in vocab.CITIES or pulled.group("head")
            or pulled.group("described") or pulled.group("place") in COUNTRIES
            or _ARMED_MEN_BEFORE.search(text, mention.end, pulled.start())) and \
            pulled.group("place") not in entities.alias and \
            COUNTRIES.get(pulled.group("place"), "") not in BLOCS and \
            pulled.group("place").split()[0].lower() not in MONTH_AND_DAY_NAMES:
        # "began pulling fighters out of positions around the mining town of Walikale": the
        # pullback is where the men were (verify39's AFP lead; the row had no place);
        # "withdrawing troops from Iranian territory": Iran
        mention.location = DEMONYMS.get(pulled.group("place"), pulled.group("place"))
    if not mention.location and mention.pos == "verb" and (
            mention.category == "visit" or mention.verb == "leave" and _LEAVES_FOR.match(
                text, mention.end, right)):
        # ("leaves for Washington": where the trip goes, ext32; not "left the bloc")
        # "visited Tokyo": the object of a visit is its destination; "heading for Beijing",
        # "departed for Hanoi" too (ext21's not done: no place)
        dest = re.match(r"\s+" + (rf"(?:{_FROM_A_CITY})?(?:for\s+)?"
                                   if mention.verb in _VERBS_OF_SETTING_OFF else "")
                        + rf"(?:the\s+)?{_A_PLACE_DESCRIBED}?((?:{CAPITAL}[\w'.-]*\s+)*{CAPITAL}[\w'.-]*)",
                        text[mention.end:right])
        if dest and dest.group(1).lower() not in MONTH_AND_DAY_NAMES:
            mention.location = dest.group(1)
            if dest.group(1).split()[-1] in _LANDMARK_HEADS and (named_of := _LANDMARK_OF.match(
                    text, mention.end + dest.end(1), right)) is not None:
                # "visit the Temple of the Tooth": the landmark's whole name (ext101's own
                # story: the place read "Temple")
                mention.location = " ".join([dest.group(1), *named_of.group(0).split()])
            owned = _STATE_S.match(dest.group(1))
            if owned and owned.group(2) and (
                    COUNTRIES.get(owned.group(1)) or owned.group(1) in CAPITALS):
                # "visited Iran's Fordo enrichment facility": the place is Fordo, the state
                # its owner (verify40 X11: the place read "Iran's Fordo")
                mention.location = owned.group(2)
            also = re.match(rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:{CAPITAL}[\w'.-]*\s+)*{CAPITAL}[\w'.-]*){{1,6}}",
                            text[mention.end + dest.end():right])
            places = [dest.group(1), *(n for n in re.split(r",\s*(?:and\s+)?|\s+and\s+",
                                                         also.group(0)) if n.strip())] \
                if also else []
            if also and all(p in vocab.CITIES or p in COUNTRIES for p in places):
                # "visited Kinshasa and Kigali": both are where the visit went (trial 13);
                # "toured Fiji, Samoa and Tonga": all three (not "Fiji and Samoa")
                mention.location = join_names(places)
    if mention.category == "visit" and (state := COUNTRIES.get(mention.location)):
        mention.location = _city_of_the_visit(text[mention.end:seg.end], state) \
            or mention.location
    occasion = re.search(
        rf"\b(?:during|at|on the sidelines of)\s+the\s+((?:{CAPITAL}[\w'-]*\s+)+(?:"
        + "|".join(vocab.NAMED_EVENT_HEADS) + r"))\b", text[mention.end:seg.end])
    if occasion:
        mention.occasion = occasion.group(1)
    lowered = text[left:mention.end].lower()
    for word, kind in vocab.MEETING_KINDS.items():
        # (the substring test first: most phrases name no kind, and it is 100 times cheaper)
        if word in lowered and re.search(rf"\b{re.escape(word)}\b", text[left:mention.end],
                                         re.IGNORECASE) and word != mention.word:
            mention.kind = kind
    if mention.pos == "noun" and mention.kind == "trilateral" and not mention.subject and \
            len(mention.participants) == 1 and (counted := _COUNTED_FROM_A_GATHERING.search(
                text, max(seg.start, mention.start - 40), mention.start)) is not None and (
            pair := _subject_pair_of(text, max(seg.start, dateline.span[1]), counted.start(),
                                     entities)) and mention.participants[0] not in pair:
        # "Yoon and Li held talks ..., a day before a trilateral summit with Japanese Prime
        # Minister Fumio Kishida": the summit is the subject pair's with Kishida (verify54:
        # a row "Trilateral meeting with Fumio Kishida" of Kishida alone)
        mention.participants = [*pair, *mention.participants]
    ordinal = _ORDINAL_LAST.search(tail(text, left, mention.start)) or \
        _ORDINAL_BEFORE_A_NAME.search(tail(text, left, mention.start))
    if ordinal:
        mention.ordinal = ordinal_value(ordinal.group("ordinal"))
    mention.scheduled = mention.scheduled or _FUTURE_WORD.search(phrase) is not None or (
        mention.pos == "noun" and _NEXT_ROUND_OF.search(tail(text, seg.start, left)) is not None)
    hedge_span = before + text[seg.start:mention.start]
    hedge_lower = hedge_span.lower()
    mention.hedged = any(w in hedge_lower for w in vocab.HEDGES) and \
        _HEDGE_WORD.search(hedge_span) is not None
    if mention.word.startswith("announce") and mention.pos == "verb" and \
            _POLICY_WORD.search(text, mention.end, right):
        mention.category = "policy"
    mention.object_text = text[mention.end:right]
    if mention.pos == "noun" and mention.word == "decision" and _OF_A_BODY.match(text, mention.end):
        # "welcomed the decision of the Parliamentary Assembly of the Council of Europe":
        # the body's decision, not the welcomer's (verify43 X14)
        mention.subject, mention.subject_phrase = "", ""
    if mention.verb in vocab.ASPECT_VERBS and mention.pos == "verb" and (
            opening := _EVENT_NOUN_OPENING.match(
                text, clause_left(text, seg, mention.start), mention.start)) and (
            entry := TRIGGER_TABLE.get(opening.group(2).lower())) is not None and \
            entry[2] == "noun":
        # "Talks hosted by Iraq began in April 2021": the talks began, not Iraq (which only
        # qualifies them); the event is the clause's subject
        mention.subject, mention.subject_phrase = "", opening.group(1)
        mention.category = entry[0]
    elif mention.verb in vocab.ASPECT_VERBS and mention.subject_phrase:
        head = mention.subject_phrase.split()[-1].lower()
        entry = TRIGGER_TABLE.get(head)
        if entry is not None and entry[2] == "noun":
            mention.category = entry[0]  # "the trial is set to begin": a dispute
    if mention.verb in ("kill", "wound", "injure") and _FIGHTING_SUBJECT.search(
            mention.subject_phrase):
        # "a brief exchange of fire killed a soldier": the fighting is the event, a dispute
        # (the same as "The clash broke out early on Wednesday" told after it, ext144)
        mention.category = "dispute"


_OF_A_BODY = re.compile(rf"\s+of\s+(?:the\s+)?(?:{CAPITAL}[\w'-]*\s+){{0,4}}(?:Assembly|Council|Court|"
                        r"Commission|Board|Parliament|Committee|Tribunal|Union)\b")
"""'(the decision) | of the Parliamentary Assembly': whose act the noun is."""


_HAPPENED = re.compile(r"(?:,?\s+(?:that|which))?"  # "negotiations that ended in Geneva"
                       r"\s+(?:took\s+place|was\s+held|were\s+held|happened|occurred|"
                       r"was\s+hosted|were\s+hosted|opened|began|ended|concluded|"
                       # (fire that goes on: "Shelling continued in El Obeid", ext46's X21)
                       r"continued|resumed|intensified|"
                       # an event does nothing: "the summit held in Lima" is passive
                       r"(?:held|hosted|convened)(?=\s+(?:in|at|on|last|earlier|this)\b)|"
                       r"(?:has\s+been|have\s+been|was|were|is|are|will\s+be)\s+"
                       r"(?:scheduled|set|planned|called|slated))\b")


# A verb followed by its object (a determiner, a number, a name or a noun), not by a
# preposition, a date or the end of the clause.
_HAS_OBJECT = re.compile(r"\s+(?!(?:in|on|at|by|for|to|from|during|last|this|next|earlier|later|"
                         r"yesterday|today|since|after|before|until|when|as|and|but|or|with|"
                         r"January|February|March|April|May|June|July|August|September|"
                         r"October|November|December|Monday|Tuesday|Wednesday|Thursday|"
                         r"Friday|Saturday|Sunday"
                         # ("a ceasefire agreed over the summer": a time, no object;
                         # new-user trial 13: "... threatened a ceasefire agrees")
                         r"|over\s+(?:the\s+)?(?:summer|winter|spring|autumn|fall|weekend|"
                         r"holidays?|past|last|next|years?|months?|weeks?|days?)"
                         r")\b)[\w$\u00a3\u20ac\"]")


_PARTICIPLE_WITH_OBJECT = re.compile(
    r"\s(?!(?:during|including|according|following|regarding|concerning|notwithstanding)\s)"
    r"[a-z]{3,}ing\s+(?:the|their|its|his|her|a|an)\s")
"""A participle clause with its object after a verb's object ("... settling their zones"):
what it tells is another act, with its own place."""


_THAT_CLAUSE = re.compile(r"\sthat\s")
"""The complementiser after a verb of saying: what follows is what was said."""
_A_GATHERING_SAID = re.compile(r"\b(?:summits?|talks|meetings?|conferences?|visits?|take\s+place|"
                               r"be\s+held|host)\b", re.IGNORECASE)
"""A gathering told in what was said: it is an event of its own, with its own place."""


_WHOM_A_DATED_NOUN_TOLD = re.compile(
    r"\b(?:the|his|her|their|its)\s+[a-z]{4,}\s+of\s+((?:[\w'-]+\s+){0,5}?[\w'-]+)"
    r"(?:\s+(?:in|at|near)\s+[^,;]{2,40}?)?\s+(?:on|in)\s+[^,;]{3,30}?,\s*+$")
"""'the arrest of | two Ivorian gendarmes | in Burkina Faso on 14 September 2023, ': an event
noun, whom it was done to (group 1), where and its date, closed by a comma right before a
participle."""
_HANDED_OVER_TO = re.compile(
    rf"\s+(?:over|back)\s+[^.;:]{{1,120}}?\bto\s+(?P<to>(?:the\s+)?{CAPITAL}[\w'\u2019-]*"
    rf"(?:\s+(?:d['\u2019])?{CAPITAL}[\w'\u2019-]*){{0,3}})")
"""'handed | over its military base in Port-Bouet, near Abidjan, to | Ivory Coast': whom a
thing was handed over to (group ``to``)."""
_A_CAMP_OF_A_PLACE = re.compile(
    r"\s+(?:over|back)\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,3}?(?:base|camp|garrison|barracks)\s+"
    rf"(?:of|at)\s+(?P<place>{CAPITAL}[\w'\u2019-]*(?:[ -]{CAPITAL}[\w'\u2019-]*)?)")
"""'handed | over the French military camp of Port-Bouët': the place the camp is named by."""
_UNDER_THE_CHAIR = re.compile(r",?\s+under\s+the\s+(?:chairmanship|chairpersonship|chairwomanship|"
                              r"presidency)\s+of\s+")
_DESIGNATING = re.compile(r"\s+(?:designating|appointing|naming|mandating)\s+(?=\S)")
_OF_THE_COUNTED_STATES = re.compile(r"\bof\s+the\s+(three|four|five|six)\s+"
                                    r"(?:countries|states|nations|member\s+states)\b")
_OF_THEIR_LAST = re.compile(r"\s+of\s+their\s$")
_ACTS_BY_THEIR_DOERS = re.compile(r"(?<![\w'-])((?:[a-z]+-[a-z]+\s++)?([a-z]{3,}s))\s++by\s++"
                                  r"(?:(?:the|a|an|their|its|former|some|many)\s++)?(?:[a-z-]+\s++)?$")
"""'visa-free visits by former island | residents': acts, then the doers a "by" phrase names
(a hyphened modifier kept: "visa-free")."""
_AN_ACCORD_OPENS_THE_SENTENCE = re.compile(
    r"\s*(?:A|An|The|Its|Their)\s+((?:[a-z\d][\w-]*\s+){0,2}(?:truce|ceasefire|cease-fire|deal|"
    r"agreement|accord|pact|treaty|declaration|settlement|compromise|arrangement))\s+")
"""An accord that opens its sentence, before a participle of its own: 'A first truce |
brokered in ...'."""
_THE_ACCORD_S_OWN_VERB = re.compile(
    r"[^;:]{0,80}?\s(?:collapsed|expired|broke\s+down|ended|lasted|held|failed|fell\s+apart|"
    r"came\s+into|took\s+effect|remained|was\s+(?:never|later|broken|violated))\b")
"""The verb of the accord a sentence opens with, after its participle's phrase: '... on May
20, 2023 | collapsed within a week'."""
_REDUCED_RELATIVE = re.compile(r"\b((?:[a-z]+\s+)?([a-z]{3,}s)),?\s+$")
"""'plans announced in January', 'diplomatic relations, established on July 12, 1976' (after a
comma only before its date: 'Saddam, in a proposal to launch negotiations, announced yesterday
that' is the sentence's verb)."""
_DATED_AFTER = re.compile(rf"\s+(?:on|in)\s+(?:{CAPITAL}|\d)")
# "(agreed) | on Wednesday to a permanent cessation": an active verb's day, then what it
# agreed to (ext46's left: "rebels from the northern region of Tigray agreed" read as a
# participle, "Northern region of Tigray agreed")
_AGREEING_VERBS = frozenset(("agree", "decide"))
_AGREED_TO = re.compile(r"(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                        r"Sunday))?\s+to\s+")


_DETERMINERS = r"(?:a|an|the|its|their|his|her|this|these|those|all|any|both|several|some|such)"


_MODIFIED_NOUN = re.compile(r"(?:^|\s)([\w'\u2019-]+)\s+" + _DETERMINERS +
                            r"\s+((?:[\w-]+\s+){0,3}[a-z][a-z-]{2,}),?\s+$", re.IGNORECASE)
"""A noun phrase opened by a determiner right before a participle, and the word before it
(with the comma of a reduced relative clause: "led to an interim deal, signed in Geneva")."""


_GOVERNING_WORDS = frozenset((PREPOSITIONS - {"during"}) | {"under", "about", "upon", "within"})


_MODALS = frozenset({"would", "will", "to", "could", "can", "may", "might", "must", "should",
                     "shall", "did", "does", "do"})


_ANOTHER_CLAUSE = re.compile(r";|,\s+(?:while|whereas|but|and|as|which|where|when|after|before|"
                             r"who|since)\b")
_TO_A_CITY = re.compile(rf"\b(?:in|to|at)\s+({CAPITAL}[\w'.-]*+)(?:\s+({CAPITAL}[\w'.-]*+))?")


def _city_of_the_visit(sentence: str, state: str) -> str:
    """The first city of ``state`` (a canonical name, ``vocab.CITIES``) that ``sentence`` (the
    rest of a visit's sentence) names after "in", "to" or "at", "" when none: where a visit
    to the state went ("travelled to Turkey in May 2024, for talks with Erdogan in Ankara":
    Ankara; ext24: the state, where the golds name the city).  Not a city before the visit,
    nor one of another clause ("would pay an official visit to China later this year, while
    ... the meeting ... in Beijing": China, as the dev gold)."""
    clause = _ANOTHER_CLAUSE.search(sentence)
    for found in _TO_A_CITY.finditer(sentence, 0, clause.start() if clause else len(sentence)):
        for name in (f"{found.group(1)} {found.group(2)}" if found.group(2) else "",
                     found.group(1)):
            if name and vocab.CITIES.get(name := name.rstrip(".")) == state:
                return name
    return ""


_NEVER_DONE_TO = frozenset({"collapse", "erupt", "stall"})
"""Verbs told by their subject alone, never done to a thing (no passive): "Talks between
Norway and Russia on the fishing zone | collapsed" is the talks' collapse, not the zone's
(ext131: the row was "Fishing zone collapsed")."""


def _participle_object(text: str, seg: Segment, mention: Mention) -> str:
    """The noun a past participle modifies when it is a reduced relative clause.

    "the two sides would activate a security cooperation agreement signed in April 2001"
    -> "security cooperation agreement"; "under the treaty concluded in 1990" -> "treaty".
    The noun phrase must open with a determiner and follow a verb (a word in -ed, a
    verb after a modal, a known event verb) or a preposition, so that it is an object;
    and the participle must have no object of its own ("the ministers signed the pact"
    is active; "said that the ministers signed in Riyadh" has "that" before the noun
    phrase, its subject).  Returns "" when it is not such a participle.
    """
    if not mention.word.endswith("ed") or mention.word in PAST_ONLY or \
            mention.verb in _NEVER_DONE_TO or \
            _HAS_OBJECT.match(text, mention.end, seg.end) or (
                mention.verb in _AGREEING_VERBS and _AGREED_TO.match(text, mention.end, seg.end)):
        return ""
    if named := _named_instrument_before(text, seg, mention):
        return named
    if after_a_subject_s_aside(text, seg.start, mention.start):
        return ""  # "We, the Leaders of the BRICS countries, met": the sentence's verb
    found = _MODIFIED_NOUN.search(text, max(seg.start, mention.start - 80), mention.start)
    if found is None:
        return _participle_subject(text, seg, mention)
    words = found.group(2).lower().split()
    if words[-1] in _NOT_NOUNS or words[-1].endswith("ly") or words[-1] in MONTH_AND_DAY_NAMES \
            or _CLAUSE_WORDS.intersection(words):
        return ""  # "for the Indian Navy and agreed to": a second verb, not a participle
    before = found.group(1)
    low = before.lower()
    entry = TRIGGER_TABLE.get(low)
    previous = re.search(r"(\w+)\s+$", text[seg.start:found.start(1)])
    governed = (low in _GOVERNING_WORDS
                or (low.endswith("ed") and low not in ("need", "seed", "feed"))
                or (entry is not None and entry[2] == "verb")
                or (before.islower() and previous is not None
                    and previous.group(1).lower() in _MODALS))
    return found.group(2) if governed else ""


_NAMED_INSTRUMENT_BEFORE = re.compile(
    rf"\b[Tt]he\s+(?:\d{{4}}\s+)?((?:{CAPITAL}[a-z]+\s+){{0,2}}{INSTRUMENT_WORDS}(?:\s+(?:(?:on|of|for|and|between|"
    rf"concerning|in|the)\s+)*{CAPITAL}[\w'.\u2019-]*)*),?\s+$")
"""A treaty's or declaration's name right before a participle: "the Declaration on the
Conduct of Parties | signed", "the Treaty of Amity and Cooperation | signed", "the First
Agreement of Principles Governing the Normalisation of Relations, | signed" (verify43 X18:
two capitalised words may open it; group 1: the name, its lowercase words inside)."""


_AN_INSTRUMENT_OF_A_NAME_BEFORE = re.compile(
    rf"\b[Tt]he\s+((?:treaty|agreement|accord|pact|protocol|convention|charter)\s+of\s+"
    rf"(?:the\s+)?{CAPITAL}[\w'.\u2019-]*(?:\s+{CAPITAL}[\w'.\u2019-]*){{0,4}}),\s+$")
"""A text told by its lower-case noun and whose it is, then a comma, before a participle:
"The treaty of ECOWAS, | signed in Lagos, Nigeria, on 28 May 1975 by Benin, ..." (docs53:
"ECOWAS signs in Lagos", the signers lost; group 1: "treaty of ECOWAS")."""


_A_BODY_S_NAME_END = re.compile(r"\b(?:Organi[sz]ation|Alliance|Union|Council|Commission|Court|"
                                r"Bank|Forum|Group|Community|Secretariat|Office)$")


def _named_instrument_before(text: str, seg: Segment, mention: Mention) -> str:
    """The named instrument a past participle modifies: "the code should build on the
    Declaration on the Conduct of Parties signed in 2002" -> "Declaration on the Conduct
    of Parties" (verify18: the title was the fragment "Conduct of Parties signed"; "the
    Treaty of Amity and Cooperation signed in 1976" read "Code should build signs").
    A name opens with an instrument's word and goes on by capitalised words and the
    small words inside names; "" when none ends right before the participle."""
    found = _NAMED_INSTRUMENT_BEFORE.search(text, max(seg.start, mention.start - 120),
                                            mention.start) \
        or _AN_INSTRUMENT_OF_A_NAME_BEFORE.search(text, max(seg.start, mention.start - 120),
                                                  mention.start)
    if found is None or _A_BODY_S_NAME_END.search(found.group(1)):
        return ""  # ("Japan and the North Atlantic Treaty Organization agreed": a body)
    return found.group(1)


_LAST_WORD = re.compile(r"([\w'\u2019-]+)\s+$")


_A_STANCE_BEFORE = re.compile(r"\b(?:committed|commitment|opposed|opposition|bound|loyal|"
                              r"faithful|adhere[sd]?|adhering|adherence|stick(?:s|ing)?|stuck|"
                              r"abide[sd]?|abiding|attached|objected|objecting|objection)\s+$",
                              re.IGNORECASE)
"""A stance right before a participle's governing preposition ('committed | to the schedule
agreed in September', 'opposed | to the deal signed in May'): its subject holds a view of
the act, no part in doing it (:data:`_REACTING`'s kin)."""


_REACTING = frozenset({"welcome", "hail", "praise", "applaud", "congratulate", "salute",
                       "commend", "condemn", "denounce", "deplore", "criticise", "criticize",
                       "reject", "protest", "endorse", "support", "back"})
"""Verbs of reacting to an act done by others: their subject did not do the act of the
participle after their object ("welcomed the deal signed in Qatar")."""


def _lemma_at(text: str, start: int) -> str:
    """The base form of the word at ``start`` ("" when it is no word)."""
    word = WORD.match(text, start)
    return verb_lemma(word.group(0).lower()) if word is not None else ""


def _governing_word_at(text: str, seg: Segment, mention: Mention) -> int | None:
    """Where the word that governs a participle's noun begins ("would | activate an
    agreement signed", "| recalled the Convention on the Law of the Sea signed"), whose
    clause's subject may be the doer; ``None`` when there is none."""
    named = _NAMED_INSTRUMENT_BEFORE.search(text, max(seg.start, mention.start - 120),
                                            mention.start)
    if named is not None:
        word = _LAST_WORD.search(text, seg.start, named.start())
        return word.start(1) if word is not None else None
    found = _MODIFIED_NOUN.search(text, max(seg.start, mention.start - 80), mention.start)
    return found.start(1) if found is not None else None


_SUBJECT_NOUN = re.compile(r"\s*" + _DETERMINERS + r"\s+((?:[\w-]+\s+){0,3}[a-z][a-z-]{2,})\s+$",
                           re.IGNORECASE)
"""A noun phrase opened by a determiner that is all the clause holds before a participle."""


_MAIN_VERB_AFTER = re.compile(
    r"(?:\s+(?:in|on|at|with|between|last|earlier|late|early)\s+(?:(?!(?:and|or|that|to|who|which|if|whether)\b)[^,;.\s]+\s+){0,4}?)?"
    r"(?:is|are|remains?|remained|expires?|expired|lapsed|has|have|had|will|would|could|may|"
    r"might|must|should|can|took\s+effect|takes\s+effect|came\s+into|comes\s+into|"
    r"entered\s+into|enters\s+into)\b")
"""After a participle and its place or date, the clause's own verb: 'The accord signed in
May 2003 | remains in force'."""


def _participle_subject(text: str, seg: Segment, mention: Mention) -> str:
    """The noun a participle modifies in subject position: "The fisheries accord signed in
    May 2003 remains in force" -> "fisheries accord".  The clause before the participle
    is only a noun phrase opened by a determiner, and the clause's own verb follows the
    participle's place or date ("The two leaders signed in Lima and will meet" is
    active: "and" stops it).  Returns "" otherwise."""
    start = clause_left(text, seg, mention.start)
    found = _SUBJECT_NOUN.fullmatch(text, start, mention.start)
    if found is None or not _MAIN_VERB_AFTER.match(text, mention.end, seg.end):
        return ""
    words = found.group(1).lower().split()
    return "" if words[-1] in _NOT_NOUNS or words[-1].endswith("ly") or \
        _CLAUSE_WORDS.intersection(words) else found.group(1)


_CLAUSE_WORDS = frozenset({"and", "or", "but", "nor", "that", "which", "who", "whom", "whose",
                           "then", "also"})


_NOT_NOUNS = frozenset(
    ["has", "was", "is", "its", "this", "his", "hers", "ours", "yours", "theirs", "always", "perhaps", "thus", "has", "as", "was", "does", "also", "previously", "reportedly"])


_STATE_NAME_AT = re.compile(r"(?:" + "|".join(re.escape(n) for n in sorted(COUNTRIES, key=len,
                                                                          reverse=True))
                            + r")(?![\w-])")
_QUALIFIED_THING = re.compile(rf"(?:\s+{CAPITAL}[\w.-]*){{0,3}}\s+([a-z][a-z-]{{2,}})\b")
_NOT_A_THING = frozenset({"and", "or", "but", "nor", "to", "in", "on", "at", "of", "for", "with",
                          "from", "by", "as", "over", "about", "after", "before", "since",
                          "said", "says", "would", "will", "had", "has", "have", "was", "were",
                          "is", "are", "that", "which", "who", "last", "this", "next", "earlier",
                          "later", "the", "its", "their", "itself", "too", "also"})


_TITLES_BEFORE_A_NAME = frozenset({"President", "Minister", "Secretary", "Ambassador", "Envoy",
                                   "Prime", "Foreign", "Defence", "Defense", "King", "Queen"})
"""Words between a state's name and a person's ("U.S. President Joe Biden")."""


SAID_IN_A_STATEMENT = re.compile(
    r"(?<![\w-])(?P<verb>" + "|".join(vocab.STATEMENT_VERBS) + r")\s+"
    r"(?P<obj>[^,;:()\"\u201c]{1,100}?)\s+in\s+(?:(?:a|an|its|their|his|her)\s+)?"
    r"(?:(?:joint|written|brief|short|separate)\s+)?$")
"""'ASEAN | welcomed the signing in a | statement': the verb and object that say what a
statement said (the verb a key of ``STATEMENT_VERBS``)."""


_ON_THE_SIDELINES = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of\s+(?:the|a|an|this|"
                               rf"last\s+\w+'s|this\s+\w+'s)\s+(?:{CAPITAL}[\w.-]*\s+){{0,5}}?"
                               rf"(?:{CAPITAL}[\w.-]*\s+\()?$", re.IGNORECASE)
"""'met ... on the sidelines of the | G20 summit': the words right before a body that only
names the gathering the event happened beside (and its short name after the full one: "of the
Asia-Pacific Economic Cooperation (| APEC) summit")."""


def _hosts_the_sidelines(text: str, pos: int) -> bool:
    """Whether the state or body named at ``pos`` names the gathering on whose sidelines
    the event happened ("met in Rio de Janeiro on the sidelines of the G20 summit"): the
    gathering is the occasion, its body no side of a meeting held beside it (verify12:
    "G20" was a participant of the Wang-Vieira meeting), nor of the gathering's noun
    itself when that noun folds the meeting in ("Zelenskyy and Modi last met on the
    sidelines of the G7 summit": the summit's "G7" alone would keep the meeting's people
    out, ``_absorbed_with_its_actors``).  Only "sidelines"/"margins": "attend the NATO
    summit" has NATO take part."""
    return _ON_THE_SIDELINES.search(text, max(0, pos - 120), pos) is not None


_A_MEDIATOR_WORD = re.compile(r"(?<![\w-])mediat(?:ors?|ion|ing)(?![\w-])", re.IGNORECASE)


def _the_mediators_act(mention: Mention) -> bool:
    """Whether the mediators do ``mention``'s act ("Mediators from Qatar, Egypt and the
    United States resumed talks"): its subject names them."""
    return bool(_A_MEDIATOR_WORD.search(f"{mention.subject_phrase} {mention.subject}"))


def _qualifies_a_thing(text: str, pos: int, end: int) -> bool:
    """Whether the state or body named at ``pos`` (by its name, not an adjective) only
    qualifies a thing in the event's complement: "called for the implementation of
    U.N. Security Council resolutions", "deploy the U.S. THAAD missile system" -- its
    name, perhaps more capitalised words, then a common noun.  Such a body does not act
    in the event; "sanctions on Minsk", "relations with Japan", "China's ambassador"
    (a possessive, whose owner takes part) and "U.S. President Joe Biden" are not so,
    nor is a body named right after the verb or its preposition ("attend the NATO
    summit", "applied for EU membership"): only one inside an "of" phrase."""
    if not re.search(r"\bof\s+(?:the\s+)?$", text[max(0, pos - 8):pos]):
        return False  # ("attend the NATO summit", "EU membership": the body takes part)
    name = _STATE_NAME_AT.match(text, pos, end)
    if name is None or text[name.end():name.end() + 2] in ("'s", "\u2019s"):
        return False
    thing = _QUALIFIED_THING.match(text, name.end(), end)
    if thing is None or thing.group(1) in _NOT_A_THING or thing.group(1).endswith("ed") or \
            thing.group(1).endswith("ly") or thing.group(1) in TRIGGER_TABLE:
        return False  # ("ahead of the NATO summit": an event of the body's; "the invasion
        # of Ukraine began": a verb)
    between = text[name.end():thing.start(1)].split()
    return not any(w.rstrip(".") in _TITLE_WORDS or w in _TITLES_BEFORE_A_NAME for w in between)



_A_DOMESTIC_BODY = re.compile(r"(?:the\s+)?(?:cabinet|parliament|government|council\s+of\s+"
                              r"ministers|national\s+assembly|senate)", re.IGNORECASE)
"""A government's own body, which meets at its seat ("the cabinet would meet on Sunday")."""
_SAID_IN_A_CITY = re.compile(rf"\b(?:said|told\s+reporters|announced)\s+in\s+({CAPITAL}[\w'-]*"
                             rf"(?:\s+{CAPITAL}[\w'-]*)?)\b[^.;]*?\bthat\s+(?:the\s+)?[a-z ]*$")
"""'said in Port Sudan on Thursday that the | (cabinet)': where a report about the body was
made (group 1: the city)."""
_IN_A_DESCRIBED_CITY = re.compile(
    r"\bin\s+the\s+(?:[a-z-]+\s+)?(" + "|".join(re.escape(d) for d in sorted(
        DEMONYMS, key=len, reverse=True)) + r")\s+(?:(?:[a-z-]+|Red\s+Sea|Black\s+Sea|Gulf)\s+)?"
    r"(?:city|capital|town|port|resort)\b(?!\s+of\b)")
"""'in the southwestern | Chinese | city', 'in the Saudi Red Sea city': a city told by its
state's adjective and not named (group 1: the adjective)."""
_THE_BEFORE = re.compile(r"\bthe\s+(?:[a-z-]+\s+)?$")
"""'the | Saudi city', 'the southwestern | Chinese city': the article of a described place."""
_A_PLACE_OF_STATE = re.compile(
    r"(?:" + "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True)) +
    r")\s+(?:(?:[a-z-]+|Red\s+Sea|Black\s+Sea|Gulf|Mediterranean|Caribbean|Pacific|Baltic|"
    r"Adriatic)\s+){0,2}(?:city|capital|town|port|resort|village|island|enclave|region|"
    r"province)\b")
"""A place described by its state's adjective: "the Saudi city of Jeddah", "the Qatari capital
Doha", "the Egyptian Red Sea resort", "the southwestern Chinese city" (read at the adjective,
with :data:`_THE_BEFORE` before it) -- where the event is, not a side of it (verify42 X11:
"signed ... in the Saudi city of Jeddah" named Saudi Arabia; own stories: Turkey, Qatar)."""


_A_LISTED_ADJECTIVE_CUT = re.compile(
    r"(?:,|\band)\s+(?:" + "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True))
    + r")$")
"""'the Uzbek, Kyrgyz and | Tajik|': the last adjective of a list of states' adjectives,
where the phrase was cut before the noun they share ("water ministers")."""
_ITS_NOUN = re.compile(r"\s+[a-z][\w-]*")
"""' water': the common noun after a state's adjective."""


def _through_a_listed_adjective(text: str, end: int, seg_end: int) -> int:
    """``end``, or the end of the common noun after it when ``text`` up to ``end`` closes a
    list of states' adjectives that the phrase cut from its noun ("The talks of the Uzbek,
    Kyrgyz and Tajik | water ministers in Tashkent": the three states, not the first two,
    whose adjectives alone stood before a noun; verify68 F5)."""
    if not _A_LISTED_ADJECTIVE_CUT.search(text, max(0, end - 40), end):
        return end
    noun = _ITS_NOUN.match(text, end, seg_end)
    return noun.end() if noun else end


_A_UNIT_OF_STATE = re.compile(
    r"(?:" + "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True)) +
    r")\s+(?:[a-z-]+\s+)?(?:brigades?|battalions?|troops|forces|soldiers|contingents?|bases?|"
    r"regiments?|garrisons?|units?|warships?|frigates?|peacekeepers)\b")
"""A state's unit named by the state's adjective: "the German brigade (being stationed in
Lithuania)" -- where a visit goes, not a side of it (trial 13: Germany in a Swedish
minister's visit to Vilnius)."""

