"""Word lists and patterns that more than one part of the arguments stage reads.

Input: nothing (built at import from ``event_vocabulary`` and :mod:`..phrases`).  Output:
compiled patterns and word lists: a state's force ("Sudan's army", :data:`STATE_FORCE`),
one side of a pair (:data:`SIDE`), the E3, region groups ("the Gulf states"), number
words, instrument names ("Agreement", "Treaty"), subordinate clause openings.  Nothing
here decides anything; a pattern read by one part lives in that part.
"""

from __future__ import annotations

import re

from ... import event_vocabulary as vocab
from ...letters import CAPITAL
from ..entities import BODY_HEADS
from ..phrases import (
    COUNTRIES,
    DEMONYMS,
)

PLACE_NAMES_LONGEST_FIRST = sorted(list(COUNTRIES) + list(DEMONYMS), key=len,
                                   reverse=True)


GOVERNMENT_IN = re.compile(r"(?:[Tt]he\s+)?(?:government|authorities|regime|administration|"
                           rf"leadership)\s+in\s+({CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*)?)(?:\s.*)?")
"""A government told by its capital: "the government in Luanda", "the authorities in Kyiv"
(group 1: the capital)."""


STATE_FORCE = re.compile(
    rf"(?:the\s+)?(?:(?P<owner>{CAPITAL}[\w.&'\u2019-]*(?:\s+{CAPITAL}[\w.&'\u2019-]*)*)['\u2019]s"
    rf"|(?P<demonym>{CAPITAL}[a-z]+(?:\s+{CAPITAL}[a-z]+)?))\s+(?:"
    + "|".join(f.replace(" ", r"\s+") for f in vocab.STATE_FORCES) + r")")
"""A state's force named by its state: "Sudan's army", "the Sudanese military"
(``vocab.STATE_FORCES``); its state is :func:`state_of_force`."""

NAMES_WITH_A_PLACE = tuple(n for n in COUNTRIES if re.search(r"\s(?:in|at)\s", n))
"""Names of blocs with a place phrase inside ("Organization for Security and Co-operation in
Europe"): neither a subject cut before "in" nor a place of the act (ext42's own story)."""

_FULL_NAMES_WITH_OF = sorted((n for n in COUNTRIES if re.search(r"\s[a-z]", n)), key=len,
                             reverse=True)
"""Names of states and blocs with a small word inside ("Association of Southeast Asian
Nations", "Democratic Republic of the Congo"), longest first."""


SIDE = (r"(?:" + "|".join(map(re.escape, _FULL_NAMES_WITH_OF)) + "|"
        + STATE_FORCE.pattern.removeprefix(r"(?:the\s+)?").replace("(?P<owner>", "(?:")
        .replace("(?P<demonym>", "(?:") + rf"|{CAPITAL}[\w.&'\u2019-]*(?:\s+[A-Z0-9][\w.&'\u2019-]*)*)")
"""One side of "A and B": a state's or bloc's full name, a state's force or a run of
capitalised words."""
TAKES_EFFECT = re.compile(r"\s*(?:effect|hold)\b|\s+into\s+(?:force|effect)\b")
BODY_HEAD_AFTER_AND = re.compile(rf"(?:{CAPITAL}[\w-]*\s+){{1,3}}(?:Council|Commission|Committee|"
                                 r"Organi[sz]ation|Agency|Programme|Program|Tribunal)")
"""What follows "and" inside a body's name: "(Peace and) Security Council", "(Food and)
Agriculture Organization"."""


NUMBER_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12}


REGION = "|".join(re.escape(r) for r in sorted(vocab.REGION_ADJECTIVES, key=len, reverse=True))
THE_REGION_GROUP = re.compile(r"\s*the\s+(?=(?:[\w-]+\s+){1,3}(?:powers|countries|states|"
                              r"nations|governments|allies)\b)")
"""A group opening a subject after a state and "and": "Iran and | the three European powers"
(ext26: the group swallowed the state, the talks named no one)."""
THE_E3 = re.compile(r"\b(?i:the)\s+E3\b")
E3_NAME = re.compile(r"(?:(?i:the)\s+)?E3")
E3_STATES = ("United Kingdom", "France", "Germany")
""""The E3": Britain, France and Germany, the European side of the talks on Iran's nuclear
programme since 2003 (the EU's "E3/EU+3" format; source: the Council of the EU, JCPOA texts)."""


COORDINATION = re.compile(r"(?:[^,;.]{0,80}?),?\s+(?:and\s+)?$")


INSTRUMENT_WORDS = (r"(?:Agreement|Treaty|Accord|Accords|Protocol|Protocols|Arrangement|"
                    r"Declaration|Pact|Charter|Convention|Resolution|Communique|Memorandum|"
                    r"Plan\s+of\s+Action|Strategy|Agenda)")
# ("the Joint Plan of Action, signed in Geneva": an agreed text, verify50 item 3)
AN_INSTRUMENT = re.compile(rf"\b{INSTRUMENT_WORDS}$|^(?:[Tt]he\s+)?{INSTRUMENT_WORDS}\s+(?:of|on|for)\s")
"""A treaty's or text's name ("the Lombok Treaty"): what is signed, never who acts; a body's
plan too ("the 2040 Strategy for the Northern Seas, endorsed in Tromso": ext133; the shape is
from blind set h23, whose row made the plan's region the thing endorsed and the Strategy its
endorser)."""


BODY = re.compile(r"\s(?:" + "|".join(sorted(BODY_HEADS)) + r")$")
"""The head of a body's name: "the Constitutional Court", "the National Assembly"."""
SUBORDINATE = re.compile(r"\s(?:after|when|whenever|following|because|while|although|though|"
                         r"whereas|since|before|until|unless|once|amid|in\s+(?:protest|response|"
                         r"retaliation|reaction)\s+(?:at|over|against|to|for))\s(?!\d)")
"""A word that opens a subordinate clause (or a phrase of another event) after a verb or
event noun: "after protesters attacked ...", "following the execution of ...", "in protest
at its military offensive in the Gaza Strip" (ext38: the severing of ties was placed there);
not "since 2019" (a date, no clause)."""


# Adverbs that stand between a subject and its verb: "They last met", "Both sides also
# agreed"; not part of the subject.
SUBJECT_ADVERBS = frozenset(["last", "first", "also", "again", "jointly", "previously",
                             "recently", "later", "then", "already", "now", "finally", "once",
                             "still", "together", "both", "all", "each", "subsequently",
                             "afterwards", "soon", "twice", "thrice",
                             # ("..., and earlier this year announced": a time, no subject;
                             # new-user trial 13: "Announces joint procurement ...")
                             "earlier", "this", "year", "month", "week",
                             # ("Prime Minister A and President B of Eritrea today signed")
                             "today", "yesterday", "tonight"])


OBJECT_S_PARTICIPLE = re.compile(r"\s+(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?"
                                 r"[a-z][\w-]*\s+([a-z]{3,}ed)\s+(?:in|at|by|on|last|earlier)\b")
"""A verb's object and a participle of its own: 'the ceasefire deal | signed in Qatar'
(group 1: the participle): the participle's place is not the verb's."""


BODY_BEFORE_ITS_CHAIRS = re.compile(
    r"(?<![\w-])((?i:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}(?:committee|commission|council|"
    r"mechanism|panel|task\s+force|working\s+group))\s+(?:co-)?(?:chaired|headed|led)\s+"
    r"(?:jointly\s+)?by\s+([^,;:()]{2,80}?)\s*$")
"""'a joint monitoring committee chaired by Saudi Arabia and the United States will ': a
body and the participle of who chairs it, before its verb: the body acts, not its chairs,
who take part (verify42 X5: "Saudi Arabia and United States meet in Jeddah"; group 1: the
body, group 2: its chairs and the words up to the verb)."""
OF_THEIR_LEADERS = re.compile(
    r"\s+(?:of|between|for)\s+(?:their|both\s+countries['\u2019]|the\s+(?:two|three|four|five)\s+"
    r"(?:countries|nations|states|governments)['\u2019])\s+(?:own\s+)?(?:leaders|presidents|"
    r"prime\s+ministers|heads\s+of\s+(?:state|government))\b")
"""What follows a summit held by others than who agreed it: "a summit | of their leaders"."""


A_COORDINATED_CLAUSE = re.compile(
    r",\s+(?:and|but|while|whereas)\s+(?=(?:an?|the|its|their|(?-i:[A-Z]))\b)[^,;.]{1,80}?"
    r"(?:,[^,;.]{1,40},)?\s+(?:has|have|had|is|are|was|were|will|would)\s+(?:not\s+)?(?:been\s+)?"
    r"[a-z]+(?:ed|en)\b", re.IGNORECASE)
"""', and an agreement with Canada, CETA, has been applied': a main clause of its own after the
event's (its subject, an auxiliary and a participle), whose states are that clause's."""


ON_A_DAY_THAT_THEY_MEET = re.compile(
    r"\s+on\s+\w+(?P<that>\s+)that\s+[^,;.]{1,80}?\b(?:will|would|are\s+to|were\s+to)\s+"
    r"(?:meet|hold|host|convene|visit|travel)\b")
"""'agreed on Wednesday | that the two presidents will meet in Turku': an agreement dated by
its own day, of a gathering to come (the gathering's place is its own row's: ``describe``
ends the agreement's place before it, ``titles`` adds none to a title that ends in the
clause; verify88 F5, ext155)."""
