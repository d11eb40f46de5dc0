"""Stage 2, clauses and phrases: where the phrase around a word begins and ends.

Input: the article text, a :class:`~..sentences.Segment` and an offset in it.  Output:
offsets — the start of the clause a verb is in (:func:`clause_left`: after the last
comma or subordinator), of the noun phrase an event noun heads
(:func:`noun_phrase_left`), the end of its prepositional phrases
(:func:`phrase_right`) or of a verb's object (:func:`verb_object_end`).
"""

from __future__ import annotations

import re

from .. import event_vocabulary as vocab
from ..letters import CAPITAL
from ..sentences import Segment
from .inflection import past_tense_lemma
from .lexicon import FORM_KIND, TRIGGER_TABLE
from .phrases import DETERMINERS, LEFT_STOP, PREPOSITIONS, WORD, words_before

_INFINITIVES_BEFORE_A_GATHERING = frozenset({"host", "hold", "convene", "attend", "stage",
                                             "organise", "organize", "resume", "join",
                                             "chair", "sponsor", "broker", "mediate"})
"""Verbs whose infinitive may stand right before a gathering noun they govern ("to host
peace talks", "to resume trade talks")."""
_TO_LAST = re.compile(r"\b(?:to|will|would|shall|could|may|might|must|should|can)\s+$")
"""'to | host', and a modal before the base form: 'The African Union and IGAD will | host
consultations' (ext96's own story: "Host consultations", the hosts no participants)."""
_OPENING_VERBS = frozenset({"began", "begun", "begin", "begins", "starts", "opens", "resumes",
                            "ends", "concludes", "wraps",
                            # (the bare form after a modal: "they will resume | peace talks",
                            # own AP story: the phrase ran back over "they will")
                            # ("to conclude | talks" keeps its verb: the titles read
                            # "Conclude talks" from the phrase, tests/extract/test_events_trial11)
                            "resume",
                            # nor does a phrase run back over a modal or a pronoun
                            "will", "would", "shall", "could", "might", "must", "should",
                            "they", "we", "he", "she", "it"})
"""Verbs that open or close an event noun's phrase ("Moldova and Transnistria began | talks")
and end neither in -ed nor are light verbs: the phrase stops before them, as before "held"."""


_SAYING_FORMS = frozenset({"said", "says", "say", "told", "added", "reported", "stated"})
_A_ROUND_OF = re.compile(r"(?<![\w-])next\s+round\s+of\s+$", re.IGNORECASE)
"""(only "next": "ended a fourth round of talks", "after a new round of talks" are titled by
their verbs, as the dev golds have them)"""


_INITIALS_LAST = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}\s+$")
"""'U.S. ', 'U.K. ', 'E.U. ' right before an event noun: a name in initials with stops."""


def noun_phrase_left(text: str, seg: Segment, start: int) -> int:
    """Where the noun phrase an event noun heads begins ("Iwaya's visit", "a trilateral meeting")."""
    if (round_of := _A_ROUND_OF.search(text, max(seg.start, start - 40), start)) is not None:
        # "the next round of | talks": the round is the phrase's head (verify43 X4: the
        # row was "Talks (scheduled)")
        return round_of.start()
    left = start
    if (initials := _INITIALS_LAST.search(text, seg.start, start)) is not None:
        # "in Israeli and U.S. | strikes": a name in initials with stops is the phrase's
        # (its stops end no phrase; verify50 12: the row was "U.S.: Strikes")
        left = initials.start()
    for m in reversed(words_before(text, left, seg.start)[-5:]):
        word = m.group(0)
        gap = text[m.end():left]
        if gap == "\u2013" and word[:1].isupper() and text[left:left + 1].isupper():
            left = m.start()  # "the Egypt\u2013Israel peace treaty": one name, an en dash
            continue
        if gap.strip() not in ("",) and not re.fullmatch(
                r"\s*(?:[$\u00a3\u20ac#]|US\$)?\d[\d.,]*(?:st|nd|rd|th|%)?\s*", gap):
            break  # punctuation between: not the same phrase
        low = word.lower()
        if (low in LEFT_STOP or low in vocab.LIGHT_VERBS
                or (low in vocab.TRIGGERS
                    and not (word[:1].isupper() and low in vocab.BODY_NAME_HEADS))
                or low in _OPENING_VERBS or low in _SAYING_FORMS):
            break  # (nor "residents said | shelling": what was said opens after the verb)
        if low.endswith("ed") and low not in vocab.FUTURE_MODIFIERS and not (
                word[:1].isupper() and text[left:left + 1].isupper()):
            # (not a name's first word: "the return of United | Nations sanctions",
            # verify47 F14: "United: Nations sanctions")
            break
        if low in _INFINITIVES_BEFORE_A_GATHERING and _TO_LAST.search(
                text, max(seg.start, m.start() - 7), m.start()):
            break  # "is set to host | peace talks": the verb, no modifier (ext33: "Host
            # peace talks in Nairobi (scheduled)" named no host)
        left = m.start()
        if re.search(r"['\u2019]s$", word):  # a possessive opens the phrase: "Iwaya's visit"
            break
        if low in DETERMINERS:
            break
    return left


_PASSIVE_PREDICATE = re.compile(r"(?:(?:will|would|shall|could|may|might|must|should|can)\s+be|"
                                r"(?:is|are|was|were)(?:\s+(?:not|being|also|to\s+be))?|"
                                r"(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?[a-z]*(?:ed|en|held|"
                                r"set|put|cut|shut|met|sent|made|told|won|lost|brought)\b")
"""'(Elections in the region) | will be held', 'were called', 'has been postponed': a passive
predicate after an event noun's phrase, none of it (not 'would dilute earnings', TimeBank
wsj_0584: a modal's active verb says what the noun would do, and stays)."""


_ACRONYM_IN_BRACKETS = re.compile(r"[^\S\n]*+\((?:[A-Z][A-Za-z&]{0,8}[A-Z]s?|[A-Z]{2,9})\)")
"""A name's acronym in brackets right after it: '(SRs)', '(WMCC)', '(LAC)', '(ASEAN)'."""


def phrase_right(text: str, seg: Segment, end: int,
                  dates: frozenset[int] = frozenset()) -> int:
    """Where the prepositional phrases after an event noun end ("... with X in Tokyo").

    A phrase stops before a date expression (``dates`` holds their start offsets): "the
    anniversary of the treaty in October" is dated by "October", not named by it.
    """
    pos = end
    pp = re.compile(
        # (and "over": "a dispute over licence plates", verify43 X20's row was "Dispute")
        r"\s+(?:(?:with|between|among|in|to|at|of|from|on|for|against|over)\b"
        r"|that\s+(?:also\s+)?(?:included|includes|involved|brought\s+together)\b)")
    while True:
        m = pp.match(text, pos, seg.end)
        if not m:
            return pos
        stop = pos = m.end()
        if pos in dates or pos + 1 in dates:
            return m.start()
        previous = ""
        for w in WORD.finditer(text, pos, seg.end):
            if w.start() < stop:
                continue  # (inside a name's acronym in brackets, passed over below)
            if w.start() in dates:
                break
            if previous and (acronym := _ACRONYM_IN_BRACKETS.match(text, stop, seg.end)):
                # "the Special Representatives (SRs) of China and India ... in New Delhi":
                # a name's acronym in brackets ends no phrase (verify61 F1: the place and
                # the parties after it were lost, and the dateline's city was the place)
                stop = acronym.end()
                continue
            gap = text[stop:w.start()]
            if any(c in gap for c in ",;:()\u2014") or ("." in gap and not (
                    gap.strip() == "." and len(previous) == 1 and previous.isupper())):
                break  # (but "U.S. President Tom Ward": the dots of an initialism)
            low = w.group(0).lower()
            if low in PREPOSITIONS or low in vocab.CLAUSE_BREAKS or (
                    low in vocab.TRIGGERS and TRIGGER_TABLE[low][2] == "verb") or low == "that":
                break
            if _finite_past(text, seg, w, previous):
                break  # "an agreement among the five states | kept Soviet-era quotas"
            if _PASSIVE_PREDICATE.match(text, w.start(), seg.end):
                break  # "Elections in the region | will be held": the predicate (ext51: the
                # title was "Elections in the region will be (scheduled)")
            stop, previous = w.end(), w.group(0)
        if stop == m.end():
            return m.start()
        pos = stop


_NOT_AN_OBJECT = re.compile(r"\s+(?:" + "|".join(sorted(PREPOSITIONS)) + r"|as|and|or|but|"
                            r"last|next|this|that|which|who|earlier|later|ago)\b|\s*[^\w\s]|\s*$")
"""What follows a participle that qualifies a noun ("officials based | in", "the accord signed
| last year", "states concerned | ,"): no object of its own."""


_NOT_A_NOUN = DETERMINERS | {"who", "which", "whom", "what", "whose", "where", "when", "how",
                             "why", "whether", "it", "they", "he", "she", "we", "i", "you"}
"""Words after which a verb is not the event noun's clause's own: a determiner ("the kept
promise") or a pronoun opening a clause of its own ("a panel to investigate who shot down
the plane": TimeBank APW19980227.0489)."""


def _finite_past(text: str, seg: Segment, w: re.Match[str], previous: str) -> bool:
    """Whether the lower-case word ``w``, after the noun ``previous`` in an event noun's
    phrase, is the sentence's own verb in the past with its object: "A 1992 agreement among
    the five Central Asian states | kept Soviet-era quotas but was never enforced" (verify28:
    the title ran on to "... quotas but").  A participle qualifying the noun is followed by
    a preposition, a date or nothing ("officials based in Tashkent", "the accord signed last
    year"), a verb after a determiner is none ("the kept promise"), nor one after a pronoun
    (:data:`_NOT_A_NOUN`).  A modal is left to the title as before, though lemminflect
    gives "would" as the past of "will" ("the revised agreement with LIN would dilute
    BellSouth earnings", TimeBank wsj_0584: its predicate says what the noun would do)."""
    word = w.group(0)
    if word in ("led", "contributed") and previous and previous.lower() not in _NOT_A_NOUN \
            and text.startswith(" to ", w.end()):
        return True  # "a dispute over licence plates | led to barricades" (verify43 X20)
    if not word.islower() or not previous or previous.lower() in _NOT_A_NOUN \
            or _NOT_AN_OBJECT.match(text, w.end(), seg.end):
        return False
    return word not in vocab.IRREALIS_MARKERS and bool(past_tense_lemma(word))


#: How far a clause reaches from its verb, in characters, each way (issue 9 §3).  Longer
#: than any clause of the development articles and the MEANTIME and TimeBank corpora
#: (4 325 clauses: at most 150 characters before the verb and 279 after it); only text
#: without commas or full stops gets there (a segment is cut at 1 000 characters), and
#: there it bounds what each mention reads: 24 mentions of a segment each read the whole
#: segment with many patterns ("1999 met 1999 met ..." took 2.3 s for 100 KB).
MAX_CLAUSE_REACH = 300


def _clause_floor(text: str, seg: Segment, start: int) -> int:
    """Where a clause before ``start`` may begin at the earliest: the segment's start, or
    the first blank after ``start - MAX_CLAUSE_REACH``."""
    if start - seg.start <= MAX_CLAUSE_REACH:
        return seg.start
    blank = text.find(" ", start - MAX_CLAUSE_REACH, start)
    return blank + 1 if blank != -1 else start - MAX_CLAUSE_REACH


def clause_left(text: str, seg: Segment, start: int, hypothetical: bool = True) -> int:
    """Start of the clause a verb is in: after the last comma or subordinator before it.

    With ``hypothetical=False`` "whether", "if" and "unless" stay inside the clause,
    so that the caller can see them.  A clause starts at most ``MAX_CLAUSE_REACH``
    characters before ``start`` (after a blank).
    """
    floor = _clause_floor(text, seg, start)
    head = text[floor:start]
    cut = 0
    extra = "|whether|if|unless" if hypothetical else ""
    for m in re.finditer(r",(?!\d{3})|;|:\s|\s--?\s|\u2014|\b(?:when|since|that|after|because|while|although|but|as|"
                         rf"before|following|and|said|says|told\s+\w+|stated|added|noted{extra})\b",
                         head):
        cut = m.end() if hypothetical or not re.fullmatch(r"\w+", m.group(0)) or \
            m.group(0) not in ("whether", "if", "unless") else m.start()
    return floor + cut


def over_and(text: str, seg: Segment, left: int, start: int) -> int:
    """Move a clause start back over "NAME and" when the clause opens with a name too:
    "General Motors (GM) and Chrysler have", "a tour of Asia and Australia has been"
    are one noun phrase, not two clauses."""
    joined = re.search(rf"(?<![\w-]){CAPITAL}[\w.&'\u2019-]*(?:\s+[A-Z0-9][\w.&'\u2019-]*)*"
                       r"(?:\s*\([^()]*\))?\s+and\s*$", text[seg.start:left])
    # ("President Lee Jae-myung and visiting Tanzanian President Samia Suluhu Hassan held
    # talks": the guest's "visiting" opens the second name, ext87: Lee took no part)
    if joined and re.match(rf"\s*(?:visiting\s+)?{CAPITAL}", text[left:start]) \
            and not _DATE_AND.search(joined.group(0)):
        return clause_left(text, seg, seg.start + joined.start() + 1)
    return left


_NAME_AND_LAST = re.compile(rf"(?<![\w-]){CAPITAL}[\w.&'\u2019-]*+(?:\s++(?:of\s++|the\s++)?"
                            r"[A-Z0-9][\w.&'\u2019-]*+)*+\s++and\s*+$")
_A_NAME_FIRST = re.compile(rf"\s*+(?:the\s++)?{CAPITAL}")
"""A subject that is a name of several words joined by "and": "the negotiations on
the text of the Agreement on the Establishment of Peace | and Interstate Relations between
the Republic of Azerbaijan | and the Republic of Armenia had been concluded" (verify55 F7:
the clause read as "the Republic of Armenia", and the conclusion was no event)."""


def over_joined_names(text: str, seg: Segment, left: int, start: int) -> int:
    """Move a clause start back over names joined by "and" (at most four), "the" before
    them or not: "the negotiations on the text of the Agreement on the Establishment of
    Peace | and Interstate Relations between the Republic of Azerbaijan | and the Republic
    of Armenia had been concluded" is one subject (:data:`_NAME_AND_LAST`)."""
    for _ in range(4):
        joined = _NAME_AND_LAST.search(text, max(seg.start, left - 120), left)
        if joined is None or not _A_NAME_FIRST.match(text, left, start):
            break
        left = clause_left(text, seg, joined.start() + 1)
    return left


_LISTED = rf"(?:the\s+)?{CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*){{0,2}}"
_REST_OF_A_NAME_LIST = re.compile(
    rf"(?<=[a-z]),\s+{_LISTED}(?:,\s+{_LISTED}){{0,6}},?\s+and\s+{_LISTED}"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|last|next|this|earlier|later|during|after|before|"
    r"from|with|since|until|by|over|amid|as|to|and)\b)")
"""The rest of a list of names after its first one's comma, ended by a stop or a phrase:
', Samoa and Tonga | in January' (not ', Germany and France | said': a clause's subject;
nor before "for": "will host Norway, Iceland and the Faroe Islands | for talks" are guests
the talks' own rules read, tests/extract/test_events_ext33.py)."""
_IN_A_PLACE_LAST = re.compile(rf"\b(?:in|at|near|across|around)\s+{_LISTED}$")
"""A list's first name after a preposition of place: "closed lower in Sydney, | Hong Kong,
..." lists where, not who (TimeBank wsj_0586: the markets' states became participants)."""


def verb_object_end(text: str, seg: Segment, end: int) -> int:
    """End of a verb's object: the next comma, semicolon, sentence end, or "and" before
    another verb ("established relations in 1992 | and upgraded them in 2022": each
    verb of a coordination has its own object and date; "to address the Council on
    Tuesday | and to meet the president on Thursday" and "leaves for Washington on
    Wednesday | and is to meet the president on Thursday" too: a coordinated verb phrase
    may open with its auxiliaries).  It ends at most
    ``MAX_CLAUSE_REACH`` characters after ``end`` (at a blank)."""
    # A comma inside a number ("1,100 dealerships") does not end the object, nor one
    # that opens an aside closed by another ("789, or about a quarter, of its dealers").
    stop = re.compile(r",(?!\d{3})|[;:]|\s[\u2014\u2013]\s|\.\s*$")
    m = stop.search(text, end, seg.end)
    while m is not None and ((aside := ASIDE.match(text, m.start(), seg.end))
                             or ((aside := _REST_OF_A_NAME_LIST.match(text, m.start(), seg.end))
                                 and not _IN_A_PLACE_LAST.search(text, max(end, m.start() - 40),
                                                                 m.start()))
                             or ((aside := _YEAR_THEN_THAT.match(text, m.start(), seg.end))
                                 and _MONTH_DAY_LAST.search(text, max(end, m.start() - 16),
                                                            m.start()))):
        # (nor the comma of a date's year when what was said follows it: "announced on Sept.
        # 24, 2023 | that the ambassador ... would come home", verify56 A3: "Macron
        # announces", the said words lost)
        # (nor the commas of a list of names: "toured Fiji, Samoa and Tonga in January and
        # announced ...": the tour's object runs to "January", its date -- the dev row had
        # the announcement's title and Samoa only)
        m = stop.search(text, aside.end(), seg.end)
    limit = m.start() if m else seg.end
    if limit - end > MAX_CLAUSE_REACH:
        blank = text.rfind(" ", end, end + MAX_CLAUSE_REACH)
        limit = blank if blank > end else end + MAX_CLAUSE_REACH
    if _NO_OBJECT.match(text, end, limit):
        # "an agreement signed in April 2001 | and a broader accord from 1998": a verb
        # with no object (a participle, an intransitive) takes no noun after "and".
        other = _AND_DETERMINER.search(text, end, limit)
        # (not an "and" inside what was said: "announced on Oct. 2 that the envoy | and the
        # 300 advisers would return home", verify56 A3: "announces envoy")
        limit = other.start() if other and not (_THAT_CLAUSE.search(text, end, other.start())
                                                and _a_saying_verb_before(text, seg, end)) \
            else limit
    if (main := _main_verb_after_a_relative(text, seg, end, limit)) is not None:
        limit = main
    if (subordinate := _BEFORE_A_NAMED_DOER.search(text, end, limit)) is not None:
        # "clashes that killed at least 43 people ... | before Datuk Seri Anwar brokered a
        # ceasefire": a clause of its own, with its own doer (h7's Straits Times story,
        # ext69: Anwar was a party to the killing)
        limit = subordinate.start()
    for named in _AND_NAME_VERB.finditer(text, end, limit):
        # "expelled two diplomats in May | and Lithuania followed suit in June": a clause
        # with a subject of its own
        entry = TRIGGER_TABLE.get(named.group("verb").lower())
        if entry is not None and entry[2] == "verb":
            limit = named.start()
            break
    if (clause := _AND_SUBJECT_THEN_VERB.search(text, end, limit)) is not None and (
            clause.group("aux") or _OBJECT_START.match(text, clause.end(), limit)) and not (
            clause.group("name") and _A_NAME_LAST.search(text, end, clause.start())):
        # (not a list of names: "signed by President Soeharto and Prime Minister Paul
        # Keating was revoked")
        # "will withdraw its troops by the end of April | and the two sides are to reopen
        # the border crossing in June": a clause of its own, with its own subject and verb
        # (session 52's blind set: "Eritrea withdraws its troops and the two sides")
        limit = clause.start()
    for joined in _AND_WORD.finditer(text, end, limit):
        word = joined.group("word").lower()
        entry = TRIGGER_TABLE.get(word)
        if (entry is not None and (entry[2] == "verb" or (joined.group("aux") and word in
                                                           vocab.EVENT_VERBS))) \
                or word in vocab.LIGHT_VERBS:  # (after "will", "visit" is the verb)
            return joined.start()
        if _PAST_VERB_THEN_OBJECT.fullmatch(joined.group("word")) and _OBJECT_START.match(
                text, joined.end(), limit):
            # "signed an agreement ... | and finalised arrangements for a visit": a past
            # tense of any verb opens a verb phrase of its own, with its own object
            return joined.start()
    return limit


_YEAR_THEN_THAT = re.compile(r",\s+\d{4}(?=\s+that\s)")
"""A date's year after its comma, then "that" and what was said."""
_MONTH_DAY_LAST = re.compile(r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}$")
"""A month and a day just before a comma ("Sept. 24")."""


_NOUN_THAT = re.compile(r"\b(?i:the|a|an|this|its|their|his|her)\s+(?:[\w'-]+\s+){0,3}?"
                        r"(?P<noun>[a-z][\w-]*)\s+(?:that|which)\s")
"""'The agreement that ': a noun and a relative clause opened without a comma."""


def event_noun_relative(text: str, lower: int, at: int) -> re.Match[str] | None:
    """The last "the talks that" (an event noun, then "that" or "which" without a comma)
    in ``text[lower:at]`` with no comma or semicolon after it up to ``at``, else ``None``.  Only an
    event noun ("talks", "meeting", "agreement"): "the information that", "disclosed that"
    open other clauses (TimeBank's wsj_0542, WSJ900813-0157 changed when any noun did)."""
    opened = None
    for found in _NOUN_THAT.finditer(text, lower, at):
        entry = TRIGGER_TABLE.get(found.group("noun"))
        if entry is not None and entry[2] == "noun" or _CONFLICT_NOUN.fullmatch(found.group("noun")) \
                or found.group("noun") in vocab.AGENT_EVENTS:
            # (or armed conflict, what breaks out: "The fighting that broke out in mid-April
            # 2023 ... destroyed the state", verify45 F6: the title ran on into "destroyed")
            opened = found
    if opened is None or text.find(",", opened.end(), at) != -1 \
            or text.find(";", opened.end(), at) != -1:
        return None  # (a semicolon ends the clause: "an offensive that lasted barely a day;
        # the Karabakh authorities agreed", verify55 F10: "Azerbaijan agrees to a ceasefire")
    return opened
_CONFLICT_NOUN = re.compile(vocab.CONFLICT_SUBJECT)

HANGING_CLAUSE = re.compile(r",\s*(?:who|which|whose|where)\b|\b(?:since|because|until|although)\s"
                            r"|\b(?:in|during|at)\s+which\s"
                            r"|\b(?:that|which|who)\s+(?:[\w'\u2019-]+\s+){1,3}?when\s")
"""What opens a clause that hangs on the words before it: a relative clause after a comma
(", who", ", which", ", where"), a reason or limit clause ("since", "because", "until",
"although"), "in which", "during which", "at which", and a time clause of a relative
clause's verb ("a dispute that began | when"): a "when" right after a verb's own words
tells that verb's time ("agreed to begin negotiations when Kishida visited Manila in
November 2023": the agreement's, dev)."""


def hangs_on(text: str, end: int, start: int) -> bool:
    """Whether a word at ``start`` stands in a clause that hangs on the words ending at
    ``end`` (``end <= start``, offsets in ``text``): the text between opens a relative, time
    or reason clause (:data:`HANGING_CLAUSE`).  "X signed the declaration, ending a dispute
    that began | when | Ethiopia signed a memorandum on January 1": the second signing's date
    is its clause's, not the first's; "received Y at the secretariat | , where | they
    reviewed preparations for a summit to be held in 2027": the summit's year is not the
    reception's (ext83, session 48: both were made one row)."""
    return HANGING_CLAUSE.search(text, end, start) is not None

_FINITE_AFTER = re.compile(r"\s(?P<word>will|would|is|are|was|were|has|have|had|[a-z]{2,}ed|"
                           r"[a-z]+s)(?=\s)")
_SUBORDINATOR = re.compile(r"\b(?:since|after|before|when|while|because|as|until|if|unless|"
                          r"although|though|whether|where|who|which|that)\b")
_NOT_FINITE_BEFORE = frozenset({"to", "be", "been", "being", "was", "were", "is", "are", "has",
                                "have", "had", "will", "would", "the", "a", "an", "its",
                                "their", "his", "her", "of", "and", "or"})


def _main_verb_after_a_relative(text: str, seg: Segment, end: int, limit: int) -> int | None:
    """Where the main clause's verb starts after the object of a verb inside a relative
    clause opened without a comma: "The agreement that the two sides signed in Doha on
    Monday | takes effect next month" (session 25: the signing's object ran on into the
    main clause, and the row read "Two sides sign in Doha takes effect").  The verb is an
    auxiliary, a regular past or an event verb's -s form, not after "to", an auxiliary or
    a determiner; ``None`` when the verb at ``end`` is in no such clause."""
    if text.find(" that ", max(seg.start, end - 200), end) == -1 and \
            text.find(" which ", max(seg.start, end - 200), end) == -1:
        return None  # (cheap test first: this runs for every verb)
    if event_noun_relative(text, max(seg.start, end - 200), end) is None:
        return None
    for found in _FINITE_AFTER.finditer(text, end, limit):
        if _SUBORDINATOR.search(text, end, found.start()):
            return None  # ("filed ... since Dow Jones launched the offer": another clause)
        word = found.group("word")
        before = text[max(end, found.start() - 12):found.start()].split()
        if before and before[-1].lower() in _NOT_FINITE_BEFORE or not before:
            continue
        if word.endswith("s") and not word.endswith("ed") and word not in ("is", "was", "has") \
                and FORM_KIND.get(word) != "s":
            continue  # (a plural noun: "on Monday | talks")
        return found.start()
    return None


def antecedent_of_a_main_verb(text: str, seg: Segment, start: int) -> int | None:
    """Where the relative word starts when the verb at ``start`` is the main verb after a
    noun's relative clause opened without a comma: "The agreement | that the two sides
    signed in Doha on Monday takes effect" (the subject of "takes" is the agreement, not
    Doha, the nearest name); ``None`` otherwise (see :func:`_main_verb_after_a_relative`)."""
    lower = max(seg.start, start - 200)
    if text.find(" that ", lower, start) == -1 and text.find(" which ", lower, start) == -1:
        return None
    opened = event_noun_relative(text, lower, start)
    if opened is None:
        return None
    verb = next((w for w in WORD.finditer(text, opened.end(), start)
                 if w.group(0) in ("is", "are", "was", "were", "has", "have", "had", "will",
                                   "would", "plans", "wants", "hopes")
                 or FORM_KIND.get(w.group(0)) in ("past", "s")
                 or _PAST_VERB_THEN_OBJECT.fullmatch(w.group(0))), None)
    if verb is None:
        return None
    main = _main_verb_after_a_relative(text, seg, verb.end(), seg.end)
    if main is None or main > start:
        return None
    return opened.end() - len(opened.group(0).split()[-1]) - 1


_NO_OBJECT = re.compile(r"\s+(?:in|on|at|during|from)\s")
_AND_DETERMINER = re.compile(r"\s+and\s+(?:a|an|the|its|their|his|her)\s")
_THAT_CLAUSE = re.compile(r"\sthat\s+(?:the|a|an|its|their|his|her)\s")
"""What was said opened, its subject a noun phrase ('| that the ambassador')."""
_LAST_WORD = re.compile(r"([a-z]+)$")


def _a_saying_verb_before(text: str, seg: Segment, end: int) -> bool:
    """Whether the word ending at ``end`` is a past verb of saying ("announced", "said"): its
    object is what was said (not "had met in Washington at the same time that the IMF and
    the World Bank held ...", MEANTIME: its "and" still ends the meeting's object)."""
    word = _LAST_WORD.search(text, max(seg.start, end - 20), end)
    return word is not None and (past_tense_lemma(word.group(1)) in vocab.SAYING_VERBS
                                 or word.group(1) == "said")
# the verb after "and", past its auxiliaries: "and is to meet", "and will also visit", "and is
# scheduled to call on" (each word taken whole, possessively: no backtracking over blanks)
_AND_WORD = re.compile(r"\s+and\s+(?P<aux>(?:(?:to|is|are|was|were|will|would|shall|has|have|had|be|"
                       r"also|then|later|due|scheduled|expected|slated|planned|plans?)\s++)*+)"
                       r"(?:\w+ly\s+)?(?P<word>[A-Za-z]+)\b")


# "in January 1992 | and South Korea followed": a date before "and" is no name joined to it
_DATE_AND = re.compile(r"\d\s+and\s*$")
_BEFORE_A_NAMED_DOER = re.compile(rf"\s(?:before|after|until|when|while|because)\s+"
                                 rf"(?:(?:{CAPITAL}[\w.'-]*+\s++){{1,6}}+|(?:he|she|they)\s+)"
                                 r"[a-z]{3,}ed\b")
"""'| before Datuk Seri Anwar brokered', '| after he urged': a subordinate clause whose
subject is a name or a pronoun, then its past verb."""
_AND_NAME_VERB = re.compile(rf"\s+and\s+(?:{CAPITAL}[\w.'-]*+\s++){{1,4}}+(?P<verb>[a-z]+)\b")
_AND_SUBJECT_THEN_VERB = re.compile(
    rf"\s+and\s+(?:(?:the|both|all)\s+(?:[\w-]+\s+){{0,2}}?(?:sides|parties|countries|states|"
    rf"governments|nations|leaders|ministers|two|three)|(?P<name>(?:{CAPITAL}[\w.'-]*\s+){{0,3}}"
    rf"{CAPITAL}[\w.'-]*))\s+(?:(?P<aux>is|are|was|were|will|would|shall|must|has|have|had)\s|"
    r"[a-z]{2,}[^e\W]ed\b)")
"""After a verb's object: "and" opening a clause with its own subject (the sides, a name)
and its own auxiliary or past tense ("| and the two sides are to reopen", "| and Ethiopia
will reopen", "| and the two sides reopened the border")."""
_A_NAME_LAST = re.compile(r"(?<![\w'-])(?!(?:January|February|March|April|May|June|July|August|"
                          r"September|October|November|December|Monday|Tuesday|Wednesday|"
                          r"Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w.'-]*$")
"""A name's last word right before "and" (not a month's or a weekday's)."""
_PAST_VERB_THEN_OBJECT = re.compile(r"[a-z]{2,}[^e\W]ed")
"""A lower-case regular past tense ('finalised', 'launched'; not 'need', 'freed')."""
_OBJECT_START = re.compile(r"\s+(?:a|an|the|its|their|his|her|arrangements|plans|talks|"
                           r"measures|steps|ties|relations)\b")


ASIDE = re.compile(r",\s*(?:or|about|roughly|nearly|some|mostly|including|i\.e\.|e\.g\.)\s"
                    r"(?:[^,;]|,\d{3}){1,40},(?!\d{3})")
