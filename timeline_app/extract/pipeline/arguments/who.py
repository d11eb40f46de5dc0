"""Who, from the mentions around: the passes that set a mention's subject,
participants or countries from another mention or a later phrase.

Input: the article text and all its mentions (after :mod:`.describe`), the article's
:class:`~..entities.Entities`.  Output (set on the mentions): "both sides" named, the
parties of the thing agreed and of an instrument to sign, the body to ratify, the doers
at a meeting, a speaker after the talks, the caller of a call, the hosts who report,
mediators as hosts, the agents of a participle ("announced ... by foreign ministers X and
Y"), the rest of a list of states.  Run in :func:`.describe_mentions`'s order.
"""

from __future__ import annotations

import re

from ... import event_vocabulary as vocab
from ...dateline import Dateline
from ...letters import CAPITAL
from ...timex import Timex
from ..entities import Entities, without_places_states
from ..lexicon import FORM_KIND, SUBJECT_NEEDS, TRIGGER_TABLE
from ..mentions import Mention
from ..phrases import (
    BLOCS,
    CAPITALS,
    COUNTRIES,
    MONTH_AND_DAY_NAMES,
    blank_dates,
    join_names,
    possessed_and_dated,
    strip_aux_tail,
    strip_det,
    timexes_in,
)
from .describe import BY_NAME_LIST
from .names import split_names, state_of_force, strip_trailing_adverbs, subject_names
from .participants import lead_side_and_partner, lead_sides
from .patterns import AN_INSTRUMENT, BODY, COORDINATION, OF_THEIR_LEADERS, SIDE, TAKES_EFFECT
from .subjects import subject_name, subject_parts, the_release_s_author

_MEMBERS_OF = r"(?:all\s+)?(?:the\s+)?(?:\w+\s+)?member(?:s|\s+states|\s+countries|\s+nations)\s+of\s+(?:the\s+)?"
_SIDE_AND_MEMBERS = re.compile(
    r"\s*(?:[Tt]he\s+)?(?:(" + SIDE + r")\s*,?\s+and\s+" + _MEMBERS_OF + r"(" + SIDE + r")"
    r"|" + _MEMBERS_OF.replace("(?:all", "(?:[Aa]ll").replace("(?:the", "(?:[Tt]he") + r"(" + SIDE
    + r")\s*,?\s+and\s+(?:the\s+)?(" + SIDE + r"))\s*$")
"""'China and the ten members of ASEAN', 'The members of ASEAN and China': a side and a
bloc's members, who act as the bloc."""


def a_side_and_a_bloc_s_members(text: str, mentions: list[Mention], dateline: Dateline,
                                timexes: list[Timex]) -> None:
    """"China and the ten members of ASEAN agreed on Friday": the verb's subject is the
    side and the bloc (:func:`_side_and_bloc_members`), whatever the subject finder made
    of the members' phrase (verify18: ASEAN alone)."""
    for m in mentions:
        if m.pos != "verb":
            continue
        start = max(m.seg.start, dateline.span[1]) if m.seg.start <= dateline.span[1] else m.seg.start
        if start >= m.start:
            continue
        head = blank_dates(text[start:m.start], timexes, start)
        pair = _side_and_bloc_members(strip_trailing_adverbs(strip_aux_tail(" " + head)))
        if pair:
            # (active: "the 27 members of the European Union agreed" is no participle)
            m.subject, m.subject_phrase, m.patient = pair, "", ""
            m.countries = list(dict.fromkeys([*split_names(pair), *m.countries]))


def _side_and_bloc_members(head: str) -> str:
    """"China and the ten members of ASEAN" -> "China and ASEAN" (verify18: the subject
    was ASEAN alone, the name nearest the verb); "" when ``head`` is not a side and the
    members of a bloc (``phrases.BLOCS``), in either order."""
    found = _SIDE_AND_MEMBERS.fullmatch(head)
    if found is None:
        return ""
    side, bloc = (found.group(1), found.group(2)) if found.group(1) else \
        (found.group(4), found.group(3))
    bloc = COUNTRIES.get(bloc, bloc)
    if bloc not in BLOCS:
        return ""
    side = COUNTRIES.get(side, side)
    first, second = (side, bloc) if found.group(1) else (bloc, side)
    return f"{first} and {second}" if first != second else ""


DONE_BY = re.compile(r"[^.;:()]{0,80}?\b(?P<verb>announced|signed|reached|concluded|agreed|brokered|"
                     r"initial(?:l)?ed|struck|negotiated|unveiled|adopted)\b[^;:()]{0,60}?\bby\s+"
                      rf"(?P<who>(?:[a-z]+\s+){{0,3}}?(?:{CAPITAL}[^;:()]{{0,120}}))")


def the_agents_of_its_participle(text: str, mentions: list[Mention],
                                 entities: Entities) -> None:
    """"The 2015 deal on "comfort women", announced in Seoul on December 28, 2015 by foreign
    ministers Yun Byung-se and Fumio Kishida, was meant to ...": the people after "by" of
    the participle that follows an event noun did it (verify34 E3: no one named).  Only a
    noun with no person among its participants, only people the article names, and only
    up to the clause's next comma or "and" that is not between two of them."""
    for m in mentions:
        if m.pos != "noun" or any(p in entities.people for p in m.participants):
            continue
        found = DONE_BY.match(text, max(m.end, m.np_end), m.seg.end)
        if found is None or re.search(r"[.;]", text[m.end:found.start("who")]):
            continue
        if re.search(r",\s+and\s", text[m.end:found.start("verb")]) or re.match(
                r"\s+(?:it|them)\b", text[found.end("verb"):]):
            # ("finalised the text of the treaty on 3 March, and the two premiers initialled
            # it in Oslo on 5 June in a ceremony hosted by X": a finite verb of another
            # clause, whose "by" is its own, verify89 F2)
            continue
        # (the names, up to a clause that is not more of the list: ", was meant to")
        tail_end = found.start("who")
        for _start, end, _name in entities._people_spans(text, found.start("who"),
                                                         min(m.seg.end, found.end("who"))):
            gap = text[tail_end:_start]
            if tail_end != found.start("who") and not re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?"
                                                               r"(?:[A-Za-z-]+\s+){0,4}", gap):
                break
            tail_end = end
        people = [name for _a, name in entities.people_in(text, found.start("who"), tail_end)]
        for name in people:
            if name not in m.participants:
                m.participants.append(name)


_OBJECT_OF_A_PARTICIPLE = re.compile(r",\s+([a-z]+ing)\s+(?:(?:the|their|its|[\w-]+)\s+){0,3}$")
"""'signed a free trade agreement ... on Saturday|, ending | negotiations': an event noun
that is the object of a participle clause after the main clause."""


_PREPOSITIONS_IN_ING = frozenset({"following", "including", "regarding", "concerning",
                                  "according", "excluding", "pending", "considering", "during"})
"""-ing words that are prepositions: ", following talks in Nairobi" names no participle's act."""


def the_doers_of_the_participle_s_main_clause(text: str, mentions: list[Mention]) -> None:
    """"The European Union and the South American bloc Mercosur signed a free trade
    agreement ... on Saturday, ending negotiations that began in 1999": the participle's
    doer is the main clause's subject, so the event noun it governs is theirs (verify57 F4:
    the negotiations' row named no one).  Only an event noun that names no one, after a
    comma and a verb's -ing form, in a sentence whose verb before that comma has a subject
    naming people or states; their people and states are added."""
    for m in mentions:
        if m.pos != "noun" or m.participants or m.countries or m.subject:
            continue
        found = _OBJECT_OF_A_PARTICIPLE.search(text, max(m.seg.start, m.start - 60), m.start)
        if found is None or FORM_KIND.get(found.group(1)) != "ing" \
                or found.group(1) in _PREPOSITIONS_IN_ING:
            continue  # (not ", following talks between their foreign ministers")
        main = next((x for x in reversed(mentions) if x.seg is m.seg and x.pos == "verb"
                     and x.end <= found.start() and x.subject
                     and (x.participants or x.countries)
                     and not re.search(r"[;:]", text[x.end:found.start()])), None)
        if main is None:
            continue
        m.participants = list(main.participants)
        m.countries = list(main.countries)


_JOINED_BY_AFTER = re.compile(r",\s+(?:at|during|after)\s+which\s+[^,;.]{0,60}?\b(?:was|were|will\s+be)\s+"
                              r"joined\s+by\s+(?P<who>[^;]{1,120}?)(?=[;.]\s|[;.]?$)")
"""', at which the ministers were joined by | Ukraine's top diplomat, Andrii Sybiha': who
joined a gathering, told in a relative clause after it."""


def who_joined_the_gathering(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"Host X opened the two-day meeting with a working dinner, at which the ministers were
    joined by Ukraine's top diplomat, Andrii Sybiha": the people who joined it take part
    (ext68's Politico story: the host alone).  Only a meeting's mention, and only the people
    the article names (:class:`.Entities`)."""
    for m in mentions:
        if m.category != "meeting":
            continue
        joined = _JOINED_BY_AFTER.search(m.seg.text, m.end - m.seg.start)
        if joined is None:
            continue
        base = m.seg.start
        for _, person in entities.people_in(text, base + joined.start("who"), base + joined.end("who")):
            if person not in m.participants and person not in m.joined_by:
                m.joined_by.append(person)


_TAKES_PART_AT = re.compile(
    rf"(?P<who>{CAPITAL}[\w'-]*+(?:\s+{CAPITAL}[\w'-]*+){{0,3}})\s+(?:(?:is|are|was|were|will|would|"
    r"has|have|had)\s+)?(?:(?:also|expected|due|set|scheduled|invited|slated|likely)\s+)?(?:to\s+)?"
    r"(?:take|takes|took|taking)\s+part\b(?P<rest>[^.;:]{0,90}?)\s(?:in|at)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
    r"(?:[\w'-]+\s+){0,4}\Z")
"""'Indonesia is expected to take part as a full member for the first time at | the BRICS
summit': who takes part in the gathering named after it (group ``who``)."""


def who_takes_part_in_the_gathering(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"Mali is expected to take part as a full member for the first time at the AES summit in
    Bamako": the state or person who takes part in a gathering told after "take part ... at"
    joins it, beside the body whose gathering it is (ext136, from the held-out set: the bloc
    alone).  Only a meeting's noun, and only states and people the article knows."""
    for m in mentions:
        if m.category != "meeting" or m.pos != "noun":
            continue
        taking = _TAKES_PART_AT.search(text, max(m.seg.start, m.start - 200), m.start)
        if taking is None or "," in taking.group("rest"):
            continue
        who_at, who_end = taking.span("who")
        states = [c for _, c in entities.sides_in(text, who_at, who_end)]
        people = [p for _, p in entities.people_in(text, who_at, who_end)]
        m.participants += [p for p in people if p not in m.participants]
        m.countries = [*(c for c in states if c not in m.countries), *m.countries]


_SAID_THE_GOVERNMENT = re.compile(
    rf"(?:^|\.\s+)(?:{CAPITAL}[\w.'-]*\s+){{1,6}}?said\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"(?:the|his|her)\s+government\s+(?:would|will|is\s+to|was\s+to|plans\s+to|has|had)\b")


def the_head_who_told_of_the_government_s_act(text: str, mentions: list[Mention],
                                              entities: Entities) -> None:
    """"Prime Minister Lee Nak-yon said the government would hold a meeting next week": the
    head of government who tells of its act takes part in it (verify34 E12: only the state,
    once the Seoul High Court).  Only the speaker who opens the sentence, a person the
    article names, and only for the act whose subject is "the government"."""
    for m in mentions:
        if m.subject or strip_det(m.subject_phrase).lower() != "government":
            continue
        said = _SAID_THE_GOVERNMENT.search(m.seg.text, 0, m.start - m.seg.start + 1)
        if said is None:
            continue
        people = entities.people_in(m.seg.text, said.start(), said.end())
        if len(people) == 1 and people[0][1] not in m.participants + m.joined_by:
            # (among who joins it: the title stays the government's, "Government to hold
            # meeting", not "Meeting with Lee Nak-yon")
            m.joined_by.append(people[0][1])


_NEED_FROM_A_DATE = re.compile(vocab.NEED_FROM_A_DATE + r"[^,]{1,40},\s+")
_MODAL_TAIL = re.compile(r"\s+(?:will|would|must|shall)(?:\s+(?:also|now|then))?\s*$")


def who_will_need_it(text: str, mentions: list[Mention]) -> None:
    """"From July 4, exporters of fluorinated polyimide, photoresists and hydrogen fluoride
    will need a licence": who must hold the thing required is the whole phrase between the
    opening date and the verb (verify34 E16; the subject read "hydrogen fluoride", the
    last of its list).  Only a "need" that is an event (``triggers.reading``)."""
    for m in mentions:
        if m.pos != "verb" or m.verb != "need":
            continue
        opening = _NEED_FROM_A_DATE.match(m.seg.text)
        if opening is None:
            continue
        phrase = _MODAL_TAIL.sub("", m.seg.text[opening.end():m.start - m.seg.start])
        if phrase and not re.search(r"[;:]", phrase) and len(phrase.split()) <= 16:
            m.subject, m.subject_phrase = "", strip_det(phrase.strip())


def a_thing_told_by_its_subject(mentions: list[Mention]) -> None:
    """"The yatra resumed in June" after "agreed to resume the Kailash Mansarovar Yatra": the
    subject of "resume" told by its subject (``SUBJECT_NEEDS``: flights, a pilgrimage that
    resumed) is the thing that resumed, no one taking part (verify61 F10: the row's
    participant was "Kailash Mansarovar Yatra").  Only a name whose last word is that thing;
    it stays the title's subject (``subject_phrase``)."""
    for m in mentions:
        needs = SUBJECT_NEEDS.get(m.verb) if m.pos == "verb" and m.verb in _THINGS_RESUMED \
            else None  # (a parliament that votes, a dialogue named by its capitals: sides)
        words = m.subject.split()
        if needs is None or not words or needs.fullmatch(words[-1]) is None:
            continue
        thing = m.subject
        m.subject, m.subject_phrase = "", thing
        m.participants = [p for p in m.participants if p != thing]


_THINGS_RESUMED = frozenset({"resume"})
"""Verbs whose subject is only the thing (flights, a pilgrimage), never a side."""


def what_was_followed(mentions: list[Mention]) -> None:
    """"Finland joined NATO on April 4, 2023, ..., and Sweden followed on March 7, 2024": the
    act repeated is done to the same party, which takes part again (dev h2-reuters-arctic-
    border: "Sweden joins NATO" named Sweden only); its doer does not."""
    for m in mentions:
        act = m.object_of
        if m.pos != "verb" or not m.word.lower().startswith("follow") or act is None:
            continue
        doers = set(split_names(act.subject))
        m.countries += [c for c in act.countries if c not in doers and c not in m.countries]


_DID_AT_A_MEETING = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)\b[a-z]{3,}ed\s+(?:(?:the|a|an|its|their)\s+)?"
                               r"(?:[\w-]+\s+){0,3}?(?:at|during)\s+(?:a|an|the)\s+$")


def the_doers_at_a_meeting(text: str, mentions: list[Mention], entities: Entities,
                           dateline: Dateline, timexes: list[Timex]) -> None:
    """'Foreign ministers Murat Nurtleu and Bakhtiyor Saidov finalised the text at a meeting
    in Tashkent': the people who did something at the meeting took part in it (verify28:
    the meeting named the story's states, not the two ministers).  Only named people, only
    for a meeting noun that names no one."""
    for m in mentions:
        if m.pos != "noun" or m.category != "meeting" or m.subject or m.participants \
                or m.countries:
            continue
        did = _DID_AT_A_MEETING.search(text, max(m.seg.start, m.start - 60), m.start)
        if did is None:
            continue
        subject, _phrase = subject_parts(text, m.seg, did.start(), entities, dateline.span[1],
                                         tuple(timexes_in(timexes, m.seg.start, m.seg.end)))
        people = [p for _, p in entities.people_in(subject, 0, len(subject))]
        written = {p for _, p in entities.people_in(text, m.seg.start, did.start())}
        # (named in the sentence: "The two leaders" resolved to the last two people named
        # is not trusted here)
        if subject and people and set(people) <= written \
                and len(people) == len(split_names(subject)):
            m.subject, m.participants = subject, list(dict.fromkeys(people))


_RELATIVE_ON_A_NOUN = re.compile(r"(?<![\w-])((?:[a-z][\w-]*\s+)?([a-z]+))(?:\s+(?:in|on|of|along|at|near)"
                                 r"\s+[^,;.()]{1,40}?)?\s+(?:that|which)\s+$")
"""'clashes in September 2022 that | killed': a relative clause whose antecedent is a noun."""
_AFTER_A_CLASH = re.compile(r"\b(?:after|following|amid)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?$")


def a_relative_on_a_clash(text: str, mentions: list[Mention]) -> None:
    """'who agreed to settle their own border after clashes in September 2022 that killed
    about 100 people': the clashes did the killing (the title's subject), and they are the
    sides' of the clause that tells of them, not the story's main states (verify28: "Kazakhstan
    and Uzbekistan kill about 100 people").  Only for a verb that names no one whose
    relative pronoun follows a noun of armed conflict (a dispute noun of the trigger table)."""
    by_seg: dict[int, list[Mention]] = {}  # (the clause's verb is in the same sentence)
    for m in mentions:
        by_seg.setdefault(id(m.seg), []).append(m)
    for m in mentions:
        if m.pos == "noun" and m.category == "dispute" and not (
                m.subject or m.participants or m.countries) and _AFTER_A_CLASH.search(
                    text, max(m.seg.start, m.start - 40), m.start):
            # "which signed a framework in August 2025 after clashes in September 2023": the
            # clashes are the signers' (a verb of the same clause, no comma between)
            outer = next((x for x in reversed(by_seg[id(m.seg)]) if x is not m
                          and x.end <= m.start and x.countries), None)
            if outer is not None and not re.search(r"[,;:()]", text[outer.end:m.start]):
                m.countries = list(outer.countries)
            continue
        if m.pos != "verb" or m.subject or m.subject_phrase or m.participants or m.countries:
            continue
        rel = _RELATIVE_ON_A_NOUN.search(text, max(m.seg.start, m.start - 80), m.start)
        if rel is None or TRIGGER_TABLE.get(rel.group(2), ("", 0, ""))[:1] != ("dispute",) \
                or TRIGGER_TABLE[rel.group(2)][2] != "noun":
            continue
        m.subject_phrase = rel.group(1) if rel.group(1).split()[0] not in (
            "the", "a", "an", "after", "before", "during", "following", "amid", "by") \
            else rel.group(2)
        outer = next((x for x in reversed(by_seg[id(m.seg)]) if x is not m
                      and x.start < rel.start() and x.phrase_end >= m.end and x.countries), None)
        if outer is not None:
            m.countries = list(outer.countries)


_THE_THING_AGREED = re.compile(r"(?:(?:the|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?:"
                               + "|".join(vocab.AGREED_THING_NOUNS) + r")", re.IGNORECASE)


_ONE_PARTYS_STEP = re.compile(r"(?i:ratif|approv|endors|vot|receiv)")
"""'Kazakhstan's parliament is expected to ratify the treaty', '... farmland receives 12
cubic kilometres': one party's step, whose doer is not every party of the treaty that then
enters into force (verify28: Kazakhstan alone)."""


def parties_of_the_thing_agreed(text: str, mentions: list[Mention]) -> None:
    """Who takes part when an agreement told before takes effect: "Sudan's army and the RSF
    agreed to a truce ... The pledge, announced at a news conference with X and Y, would
    take effect at midnight on Saturday" -- the parties of the latest earlier agreement
    (category treaty) that names any, not X and Y (verify15) -- nor when X and Y are the
    parties' own ministers, whose states are the parties (verify17: "The ceasefire,
    announced at a news conference with Armenian Foreign Minister X and Azerbaijani
    Foreign Minister Y": the announcement, folded into the act, named them).  Only for a subject that
    is a noun of ``vocab.AGREED_THING_NOUNS`` (its determiner is stripped before this
    stage) and a verb of taking effect
    ("take effect", "come into force", "enter into force")."""
    for m in mentions:
        if m.subject or m.participants or m.countries or m.pos != "verb" or \
                m.verb not in ("take", "come", "enter", "go") or \
                not TAKES_EFFECT.match(text, m.end, m.seg.end) or \
                not _THE_THING_AGREED.fullmatch(m.subject_phrase or m.patient or ""):
            continue
        parties = [x for x in mentions if x.start < m.start
                   and x.category == "treaty" and (x.participants or x.countries)
                   and not _ONE_PARTYS_STEP.match(x.verb or x.word)]
        # (the latest that names the same noun first: "The treaty will enter into force" is
        # the treaty signed, not "a 1992 agreement among the five Central Asian states" told
        # after it)
        noun = (m.subject_phrase or m.patient).split()[-1].lower()
        agreed = next((x for x in reversed(parties) if re.search(
            rf"\b{re.escape(noun)}\b", text[min(x.start, x.phrase_start):
                                             max(x.end, x.phrase_end)], re.IGNORECASE)),
                      parties[-1] if parties else None)
        if agreed is not None:
            # (a body that agreed is named as event_participants names the doer's bodies)
            bodies = [n for n in split_names(agreed.subject) if BODY.search(n)]
            m.participants = list(dict.fromkeys([*agreed.participants, *bodies]))
            m.countries = list(agreed.countries)
            m.agreed_in = agreed


_SENT_TO_A_BODY_FOR = re.compile(
    r"\b(?P<what>it|them|(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:text|document|bill|"
    + "|".join(vocab.AGREED_THING_NOUNS) + r"))\s+(?:(?:would|will|is\s+to|was\s+to|must|"
    r"should|could|may|might)\s+)?(?:be\s+|then\s+)?(?:go|goes|went|sent|submitted|referred|"
    r"presented|forwarded|passed)\s+(?:on\s+)?to\s+(?:the\s+)?"
    rf"(?P<body>(?:{CAPITAL}[\w'\u2019-]*\s+){{0,3}}(?:" + "|".join(vocab.LEGISLATURE_WORDS)
    + r")|parliament|legislature)\s+for\s+(?:its\s+|their\s+)?$")
"""'the text would go to the National Assembly for | ratification': what a body is to
ratify, and the body."""


def the_body_to_ratify(text: str, mentions: list[Mention], entities: Entities,
                       home: str) -> None:
    """"Foreign Minister Bui Thanh Son said the text would go to the National Assembly for
    ratification before the end of the year": the body ratifies what is sent to it
    (verify27, ext28 left: "Ratification (scheduled)"; a reader expects "National Assembly
    to ratify agreement").  The ratification noun becomes the body's act, as "Kazakhstan's
    parliament is expected to ratify the treaty" is: subject the body, verb "ratify",
    object the instrument -- the one named ("the treaty"), else, for "the text", "it" or
    "the document", the first instrument noun of the article (the one its story is
    about), else "text".  The body's state is that of the one who says so, when the
    sentence names people of one known state before it; when it names none of a known
    state, that of the dateline's capital (``home``), as an unqualified "the government" is."""
    for m in mentions:
        if m.pos != "noun" or m.word.lower() != "ratification" or m.subject:
            continue
        sent = _SENT_TO_A_BODY_FOR.search(text, max(m.seg.start, m.start - 200), m.start)
        if sent is None:
            continue
        what = sent.group("what").split()[-1].lower()
        if what not in vocab.AGREED_THING_NOUNS:
            what = next((x.word.lower() for x in mentions if x.start < m.start and x.pos == "noun"
                         and x.word.lower() in vocab.AGREED_THING_NOUNS), "text")
        m.pos, m.verb = "verb", "ratify"
        body = re.sub(r"^the\s+", "", sent.group("body"))
        # (a body by its name is a participant, "parliament" names no one: its title only)
        m.subject, m.subject_phrase = (body, "") if body[:1].isupper() else ("", body)
        m.object_text = f" the {what}"
        m.planned = True
        # whose body it is: the state of the one who says so ("Cambodian Foreign Minister
        # Prak Sokhonn said the treaty would be sent to parliament")
        states = {entities.people.get(p, "") for _, p in entities.people_in(
            text, m.seg.start, sent.start())} - {""}
        if len(states) == 1:
            m.countries = [states.pop()]
        elif not states and home:
            m.countries = [home]  # (no state known: under a HANOI dateline, Vietnam's)


_SIGNING_VERBS = frozenset({"sign", "conclude", "initial"})
_DEFINITE_LAST = re.compile(r"\b(?i:the|this|that)\s+(?:[\w-]+\s+){0,2}$")
"""'| The | treaty is expected to be signed': a noun that refers back to one told before."""


def parties_of_the_instrument_to_sign(text: str, mentions: list[Mention],
                                      entities: Entities) -> None:
    """"Armenian and Azerbaijani foreign ministers X and Y will meet ... to finalise the text
    of a peace treaty. ... The treaty is expected to be signed in the first half of 2026":
    an instrument told before ("the treaty") and signed with no signer named (a passive
    without "by") is signed by the states of those the article last told of it with --
    the doers in the sentence of the latest earlier mention of its noun, as states, since
    who will sign is not said (verify27, ext28 left: "Treaty to be signed (scheduled)"
    named no one).  Only when those doers are of two or more states; a party's own step
    ("ratify", "vote") is none."""
    for m in mentions:
        if m.pos != "verb" or m.verb not in _SIGNING_VERBS or m.subject or m.participants \
                or m.countries or not _THE_THING_AGREED.fullmatch(m.patient or ""):
            continue
        noun = m.patient.split()[-1].lower()
        own = next((x for x in reversed(mentions) if x.seg is m.seg and x.start < m.start
                    and x.pos == "noun" and x.word.lower() == noun), None)
        if own is None or not _DEFINITE_LAST.search(text, m.seg.start, own.start):
            continue  # ("talks ... that led to a peace agreement signed in Doha": a new one)
        told = next((x for x in reversed(mentions) if x.start < m.start and x.seg is not m.seg
                     and x.pos == "noun" and x.word.lower() == noun), None)
        if told is None:
            continue
        states: list[str] = []
        for x in mentions:
            if x.seg is told.seg and not _ONE_PARTYS_STEP.match(x.verb or x.word):
                states += [*x.countries, *(entities.people.get(p, "") for p in x.participants)]
        states = list(dict.fromkeys(s for s in states if s))
        if len(states) >= 2:
            m.countries = states


_FOLLOWED_AFTER = re.compile(r"((?:\s+(?:on|for|of|in|over)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)?)"
                             r"\s+(?:followed|came\s+next)\b(?!\s+(?:by|suit)\b)")
"""'a pact | on services | followed': the instrument's words after its noun (group 1) and
the verb of its coming next."""
_AND_A_BEFORE = re.compile(r",?\s+and\s+(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,2}$")
"""', and a | pact': the instrument opens a clause joined to the one before."""


def an_instrument_that_followed(text: str, mentions: list[Mention]) -> None:
    """"India and the bloc signed their goods agreement in 2009, and a pact on services
    followed in 2014": the instrument that followed is the same act by the same doers
    (the clause before's verb), done to it (ext20's not done: "Pact on services followed",
    no participant; the dev gold: India and ASEAN's pact on services).  Sets the noun's
    subject and states, its ``object_of`` (the act repeated, which titles it) and its
    phrase's end before "followed"."""
    for m in mentions:
        if m.pos != "noun" or m.subject or m.category != "treaty":
            continue
        after = _FOLLOWED_AFTER.match(text, m.end, m.seg.end)
        if after is None or _AND_A_BEFORE.search(text, m.seg.start, m.phrase_start) is None:
            continue
        act = next((x for x in reversed(mentions) if x.seg is m.seg and x.pos == "verb"
                    and x.end <= m.phrase_start and x.category == m.category
                    and x.subject and not x.patient and not x.planned), None)
        if act is None:
            continue
        m.subject, m.object_of = act.subject, act
        m.countries = list(dict.fromkeys([*act.countries, *m.countries]))
        m.np_end = m.phrase_end = after.start() + len(after.group(1))
        m.object_text = after.group(1)


_BOTH_SIDES = re.compile(r"(?:both|(?:the\s+)?two)\s+(?:sides|parties)", re.IGNORECASE)
"""'both sides', 'the two parties', 'two sides' (a "they" that means them,
:func:`.subjects.subject_parts`): a subject phrase that names the story's two sides."""


def both_sides_named(mentions: list[Mention], sides: list[str]) -> None:
    """A subject left as "both sides" (a relative clause's own subject: "the Washington
    summit ..., at which both sides initialled a peace agreement", verify17) is the
    article's two sides (:func:`the_two_sides`), as the participants already read it."""
    if len(sides) != 2:
        return
    for m in mentions:
        if not m.subject and not m.participants and _BOTH_SIDES.fullmatch(m.subject_phrase):
            m.subject, m.subject_phrase = join_names(sides), ""


_MEDIATED_A_TRUCE = re.compile(r"\s*(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
                               r"(?:ceasefire|cease-fire|truce|peace\s+deal|peace\s+accord|"
                               r"peace\s+agreement|armistice)\b", re.IGNORECASE)
"""'a ceasefire', 'a fragile truce', 'the peace deal': the object of a mediator's verb."""


def the_sides_a_mediator_reconciled(mentions: list[Mention], entities: Entities,
                                    sides: list[str]) -> None:
    """"Datuk Seri Anwar brokered a ceasefire at talks in Putrajaya": a third party
    brokered, mediated or negotiated a truce between the article's two ``sides``
    (:func:`.participants.the_two_sides`), who are its parties beside the mediator (h7's
    Straits Times story, ext69: Anwar alone), else the two states of a bilateral story
    (:meth:`.Entities.story_pair`, which holds no mediator), else the two it names most
    (:meth:`.Entities.main_sides`) when the mediator is of neither."""
    sides = sides if len(sides) == 2 else entities.story_pair() or entities.main_sides(2)
    if len(sides) != 2:
        return
    for m in mentions:
        if m.pos != "verb" or m.verb not in ("broker", "mediate") or not m.subject \
                or not _MEDIATED_A_TRUCE.match(m.object_text):
            continue
        named = {*split_names(m.subject), *m.participants, *m.countries}
        named |= {state for n in named if (state := entities.people.get(n, ""))}
        if named & set(sides) or {entities.people.get(s, "") for s in sides} & named:
            continue
        for side in sides:
            (m.participants if side in entities.people else m.countries).append(side)


_WITNESSED_BY = re.compile(r",\s+(?:witnessed\s+by|in\s+the\s+presence\s+of)\s+")
"""', witnessed by | US President Donald Trump and ...': who saw a signing done."""
_WITNESSES_END = re.compile(r",\s+(?:who|which|where|as)\b|[;:]|\.\s|\.$")


def the_witnesses_of_a_signing(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"The Kuala Lumpur Peace Accord was signed by Mr Anutin and Cambodian Prime Minister
    Hun Manet on Oct 26 ..., witnessed by US President Donald Trump and Malaysian Prime
    Minister Anwar Ibrahim, who ...": the people who witnessed the signing take part, after
    its signatories (:attr:`.Mention.joined_by`; h7's Straits Times story, ext69: the
    witnesses went to the summit named between)."""
    for m in mentions:
        if m.pos != "verb" or m.verb != "sign":
            continue
        witnessed = _WITNESSED_BY.search(text, m.end, m.seg.end)
        if witnessed is None or any(x is not m and x.seg is m.seg and x.pos == "verb"
                                    and m.end < x.start < witnessed.start() for x in mentions):
            continue  # (only the signing's own phrase: no other verb between)
        stop = _WITNESSES_END.search(text, witnessed.end(), m.seg.end)
        end = stop.start() if stop else m.seg.end
        m.joined_by += [p for _, p in entities.people_in(text, witnessed.end(), end)
                        if p not in m.joined_by and p not in m.participants]


_BILATERAL_BEFORE = re.compile(r"\bbilateral\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""'a bilateral | agreement', 'the first tranche of a bilateral trade | agreement'."""


def the_pair_of_a_bilateral_thing(text: str, mentions: list[Mention], entities: Entities,
                                  sides: list[str]) -> None:
    """"The Secretary welcomed the conclusion of ... a bilateral trade agreement in
    October": a bilateral agreement, meeting or visit that names no one is between the
    article's two ``sides``, else the two states it names most
    (:meth:`.Entities.main_sides`), each person taken for the state (ext69, the State
    Department readout: India and the Quad, not the United States)."""
    for m in mentions:
        if m.pos != "noun" or m.subject or m.participants or m.countries \
                or not _BILATERAL_BEFORE.search(text, max(m.seg.start, m.start - 40), m.start):
            continue
        pair = [entities.people.get(s) or s for s in sides] if len(sides) == 2 else []
        pair = pair if len(pair) == 2 and all(p not in entities.people for p in pair) \
            else entities.main_sides(2)
        if len(pair) == 2 and pair[0] != pair[1]:
            m.countries.extend(pair)


_A_STATE_SAYS = re.compile(r"(?:^|:\s+|,\s+)(?:the\s+)?(?P<state>[A-Z][\w.'\u2019 -]{1,30}?)\s+"
                           r"(?:says|said|announces|announced)\s+(?:that\s+)?(?P<rest>.*)$")
"""'25 March 2025: US says | Russia and Ukraine agree': a state, its verb of saying, and the
clause it tells (group ``rest``, up to the clause's verb)."""


def the_state_that_announces_an_agreement(text: str, mentions: list[Mention],
                                          entities: Entities) -> None:
    """"US says Russia and Ukraine agree on Black Sea safety after Riyadh talks": a state
    that announces that two others agreed (or met, or signed) after talks is a party to
    them, the mediator whose talks they were (verify52's AP key dates; the US was lost).
    Only a state (not "officials", not a person) telling of two or more other sides."""
    for m in mentions:
        if m.pos != "verb" or m.verb not in ("agree", "meet", "sign"):
            continue
        said = _A_STATE_SAYS.search(text, m.seg.start, m.start)
        if said is None or (state := COUNTRIES.get(said.group("state").strip(), "")) == "":
            continue
        others = {side for _, side in entities.sides_in(text, said.start("rest"), m.start)}
        if len(others - {state}) >= 2 and state not in m.countries and state not in others:
            m.countries.append(state)


_A_SIDE_S_DELEGATION = re.compile(
    r"(?:the\s+)?(.{2,60}?)(?:['\u2019]s)?\s+(?:delegation|negotiators|negotiating\s+team)",
    re.IGNORECASE)
"""'The army's delegation', 'the Arakan Army delegation', 'the military negotiators': the
people of one side (group 1: the side as written)."""


def a_side_s_delegation(mentions: list[Mention], sides: list[str]) -> None:
    """A subject left as a side's delegation ("The army's delegation, led by ..., arrived
    in Jeddah on Monday", "The Arakan Army delegation flew in") is that one of the
    article's two ``sides`` ("Sudan's army", named by its force's word, or the side by
    its name): verify42 X6, only the other side's arrival was told.  The subject is set,
    not the participants (two arrivals of the same day are one event, :mod:`..merging`)."""
    if len(sides) != 2:
        return
    for m in mentions:
        if m.subject or m.participants or not (
                said := _A_SIDE_S_DELEGATION.fullmatch(m.subject_phrase.strip())):
            continue
        name = " ".join(said.group(1).split())
        side = [s for s in sides if s.lower() == name.lower() or state_of_force(s)
                and s.lower().endswith(" " + name.lower())]
        if len(side) == 1:
            m.subject, m.subject_phrase = side[0], ""


HOSTED_BY_AFTER = re.compile(
    rf"\s+hosted\s+(?:jointly\s+)?by\s+((?:the\s+)?{CAPITAL}[\w.'\u2019-]*(?:\s+{CAPITAL}[\w.'\u2019-]*)*"
    rf"(?:,?\s+and\s+(?:the\s+)?{CAPITAL}[\w.'\u2019-]*(?:\s+{CAPITAL}[\w.'\u2019-]*)*)*)")
"""'talks | hosted by Saudi Arabia and the United States': who holds a meeting told by its
noun (group 1: the hosts' names)."""


_REPORTED_BY_AT_END = re.compile(r",\s+([^,;]{3,120}?)\s+(?:said|says|told\s+reporters|announced)"
                                 r"\s*\.?\s*$")
"""'..., Saudi Foreign Minister Prince Faisal bin Farhan said.': who reports a sentence."""


_HOSTED_OR_MEDIATED_BY = re.compile(HOSTED_BY_AFTER.pattern.replace(
    r"\s+hosted\s+", r"\s+(?:hosted|mediated|brokered)\s+", 1))
"""'talks | hosted by Saudi Arabia and the United States', '| mediated by Qatar': who holds
or mediates a meeting told by its noun (group 1: their names)."""
_MEDIATORS = re.compile(r"(?:the\s+)?(?:mediators|mediating\s+(?:states|countries|parties))",
                        re.IGNORECASE)


def mediators_are_the_hosts(text: str, mentions: list[Mention]) -> None:
    """"Mediators plan to reconvene in Jeddah": mediators not named are the states that
    hosted or mediated the talks told before ("indirect talks hosted by Saudi Arabia and
    the United States"), as participants (ext18's not-done, verify15: the row had no
    participant).  The title keeps the text's "Mediators"; the sides are not added (the
    mediators meet, the sentence does not say the sides do)."""
    hosts: list[str] = []
    for m in sorted(mentions, key=lambda x: x.start):
        if m.pos == "noun" and m.category == "meeting" and not hosts and (
                hosted := _HOSTED_OR_MEDIATED_BY.match(text, m.end, m.seg.end)):
            hosts = [COUNTRIES.get(h, h) for h in split_names(
                re.sub(r"(?:^|(?<=and\s)|(?<=,\s))the\s+", "", hosted.group(1)))]
        elif hosts and m.category == "meeting" and not m.subject and not m.participants \
                and not m.countries and _MEDIATORS.fullmatch(m.subject_phrase.strip()):
            m.joined_by += [h for h in hosts if h not in m.joined_by]


_SPEAKER_AFTER_THE_TALKS = re.compile(
    rf",\s+({CAPITAL}[^,;:()\"\u201c\u201d]{{1,100}}?)\s+(?:said|told\s+(?:reporters|journalists|"
    r"the\s+press|a\s+news\s+conference))\s+(?:after|following|at\s+the\s+end\s+of)\s+"
    r"(?:(?:the|a|an|their|its)\s+)?(?:[a-z][\w-]*\s+){0,2}$")
"""'..., | Indonesian Foreign Minister Sugiono | told journalists after the | talks': who
reports a meeting that the sentence's act came out of (group 1)."""


_CALL_FROM = re.compile(r"(?:\s+(?:late\s+|early\s+)?on\s+\w+|\s+(?:today|yesterday|"
                        r"this\s+\w+|last\s+\w+))?\s+from\s+([^,;.()]{3,90})")
"""'a phone call | on Tuesday from Iraqi Foreign Minister Mohammad Ali Al-Hakim': who made
the call (up to the clause's end: ", during which they discussed ...")."""
_CALLS = frozenset({"call", "phone call", "telephone call", "video call"})


def the_caller_of_a_call(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"Kuwaiti Foreign Minister Ahmad Nasser Al-Mohammad Al-Sabah received a phone call on
    Tuesday from Iraqi Foreign Minister Mohammad Ali Al-Hakim": the caller named after
    "from" is the call's other side (dev h3-kuna-kuwait-iraq and ext41's own story: the
    caller was missing, the row "Meeting with Ahmad Nasser Al-Mohammad Al-Sabah")."""
    for m in mentions:
        if m.pos != "noun" or m.word.lower() not in _CALLS:
            continue
        caller = _CALL_FROM.match(text, m.end, m.seg.end)
        if caller is None:
            continue
        for _, person in entities.people_in(text, caller.start(1), caller.end(1)):
            if person not in m.participants:
                m.participants.append(person)


_PUT_OFF_AT_THE_ASKING_OF = re.compile(
    r"(?:[^.;]|\.(?=\s\d)){0,160}?\b(?:postponed|delayed|put\s+off|called\s+off|cancell?ed|scrapped)\s+"
    r"(?:[^.;,]{0,40}?\s)?(?:after|because|when)\s+(?:the\s+)?(" + SIDE + r")\s+(?:had\s+)?"
    r"(?:asked|requested|sought|demanded|insisted|objected|refused|balked)\b")
"""'(The signing had been planned for Dec. 20 ...,) but was postponed after | Italy | asked for
more time': the state whose request put the occasion off (group 1)."""


def who_asked_to_put_it_off(text: str, mentions: list[Mention]) -> None:
    """"The signing had been planned for Dec. 20 in Foz do Iguacu, Brazil, but was
    postponed after Italy asked for more time": the state that asked is a party of the
    occasion put off (verify57 F6: the teacher's row named Italy).  Only a planned occasion
    (a scheduled noun) that names no state, and only a state's name (``COUNTRIES``)."""
    for m in mentions:
        if m.pos != "noun" or not m.scheduled or m.countries:
            continue
        asked = _PUT_OFF_AT_THE_ASKING_OF.match(text, m.end, m.seg.end)
        if asked is not None and (state := COUNTRIES.get(asked.group(1))) is not None:
            m.countries.append(state)


_WE_BEFORE = re.compile(r"(?<![\w'\u2019-])[Ww]e\s+(?:(?:first|also|then|jointly|have|had|will|would|"
                        r"together)\s+){0,2}$")
"""'Together | we | launched', 'We first | met': a verb whose subject is "we"."""


def we_of_a_release(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"Today I met my Quad counterparts, India's ... Jaishankar, ... and ... Marco Rubio, in
    Washington.  Together we launched the Quad Critical Minerals Initiative ... We first met
    in Washington on 21 January": in a release that speaks as its author
    (``subjects.the_release_s_author``), "we" are the author and the people of the author's
    meeting (verify57 F11: the launch was lost, the first meeting named Trump alone, from
    "the day after President Trump's inauguration").  Only a verb with no subject of its own,
    "we" right before it, after such a meeting."""
    author = the_release_s_author(text, entities)
    if not author:
        return
    met = next((m for m in mentions if m.subject == author and m.category == "meeting"
                and len(m.participants) > 1), None)
    if met is None:
        return
    for m in mentions:
        if m is met or m.pos != "verb" or m.subject or m.start < met.start \
                or not _WE_BEFORE.search(text, max(m.seg.start, m.start - 40), m.start):
            continue
        m.subject = author
        m.participants = [*met.participants, *(p for p in m.participants
                                               if p not in met.participants
                                               and p not in entities.people)]


_WHICH_THEY_WILL = re.compile(rf"((?P<owner>(?:{CAPITAL}[\w-]*+\s++){{0,3}}{CAPITAL}[\w-]*+)['\u2019]s\s++"
                              r"(?:[\w'\u2019-]++\s++){0,5}?[a-z][\w'\u2019-]*+),\s++which\s++[a-z]+\s++"
                              r"(?:is|are|will|would)\s++(?:(?:expected|due|set|likely)\s++to\s++)?$")
"""'Timor-Leste's admission as ASEAN's eleventh member|, which leaders are expected to |
confirm': a state's thing, the object of the verb of a "which" clause after it (group 1)."""


def the_state_whose_thing_is_to_be_done(text: str, mentions: list[Mention],
                                        entities: Entities) -> None:
    """"Australia welcomes Timor-Leste's admission as ASEAN's eleventh member, which leaders
    are expected to confirm at the ASEAN Summit": the state whose admission (or bid,
    application ...) is confirmed takes part (verify57 F11: the row named ASEAN alone).  Only
    a verb right after such a "which" clause, and only the state of the possessive that opens
    the antecedent."""
    for m in mentions:
        if m.pos != "verb":
            continue
        which = _WHICH_THEY_WILL.search(text, max(m.seg.start, m.start - 160), m.start)
        if which is None:
            continue
        for _, state in entities.countries_in(text, which.start("owner"), which.end("owner"))[:1]:
            if state not in m.countries:
                m.countries.append(state)


def speaker_after_the_talks(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"ASEAN and India agreed on Thursday to review their pact, Indonesian Foreign Minister
    Sugiono told journalists after the talks in Jakarta": the official who briefs the press
    after the talks is the report's source, not one of the talks' sides (ext20's not done:
    the lead row listed "Sugiono, Indonesia, ASEAN, India").  Takes the speaker, and the
    state only he stood for, out of the meeting noun's participants when the sentence's act
    before the attribution has a subject of its own and his state is none of its sides."""
    for m in mentions:
        if m.pos != "noun" or m.category != "meeting" or m.subject:
            continue
        said = _SPEAKER_AFTER_THE_TALKS.search(text, max(m.seg.start, m.phrase_start - 200),
                                               m.phrase_start)
        act = next((x for x in mentions if x.seg is m.seg and x.pos == "verb" and x.subject
                    and x.end <= said.start()), None) if said is not None else None
        if said is None or act is None:
            continue
        # (a speaker of one of the act's sides took part: "China and ASEAN agreed ...,
        # Chinese Foreign Minister Wang Yi said after the ministerial meeting")
        # (nor one of a state not known, nor who held "talks with his Lao counterpart")
        if re.match(r"\s+with\b", m.object_text):
            continue
        speakers = [p for _, p in entities.people_in(text, said.start(1), said.end(1))
                    if entities.people.get(p, "") not in ["", *act.countries, *(
                        COUNTRIES.get(n, n) for n in split_names(act.subject))]]
        if not speakers:
            continue
        states = {entities.people.get(p, "") for p in speakers}
        m.participants = [p for p in m.participants if p not in speakers]
        m.countries = [c for c in m.countries if c not in states]


_THE_BODY_SAID_IT = re.compile(
    r"\b[Tt]he\s+((?:[a-z][\w-]*\s+){0,2}?(?:tribunal|court|council|commission|committee|panel|"
    r"board|government|ministry|secretariat))\s+(?:said|says|added|announced)\s+(?:that\s+)?"
    r"it\s+(?:(?:would|will|could|might|may|should|had|has|was|is)\s+)?(?:\w+ly\s+)?$")
"""'The tribunal said it would | rule': "it" is the body that said so."""


def the_body_said_it(text: str, mentions: list[Mention]) -> None:
    """"The tribunal said it would rule on any such request by the end of June": the body
    that said so is who acts (ext22's own story: "it" was the Ugandan attorney general of
    the sentence before, "Uganda's Attorney General Moses Kaggwa to rule ...")."""
    for m in mentions:
        if m.pos != "verb":
            continue
        said = _THE_BODY_SAID_IT.search(text, max(m.seg.start, m.start - 120), m.start)
        if said is not None:
            m.subject, m.subject_phrase = "", said.group(1)
            m.participants, m.countries = [], []


def hosts_reporter(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"... after three days of indirect talks hosted by Saudi Arabia and the United States,
    Saudi Foreign Minister Prince Faisal bin Farhan said": the official who reports the
    talks' outcome, of a state that hosted them, took part in them as its host (ext17's
    not-done, verify15: the Saudi minister was in no row).  Only a meeting noun followed by
    "hosted by" and a sentence ending in "..., <official> said" whose state the article
    gives (:class:`.Entities`) and is one of the hosts."""
    for m in mentions:
        if m.pos != "noun" or m.category != "meeting":
            continue
        hosted = HOSTED_BY_AFTER.match(text, m.end, m.seg.end)
        said = _REPORTED_BY_AT_END.search(text, m.end, m.seg.end) if hosted else None
        if hosted is None or said is None:
            continue
        hosts = {COUNTRIES.get(h, h) for h in split_names(
            re.sub(r"(?:^|(?<=and\s)|(?<=,\s))the\s+", "", hosted.group(1)))}
        people = entities.people_in(text, said.start(1), said.end(1))
        if people and entities.people.get(people[-1][1]) in hosts and \
                people[-1][1] not in m.participants + m.joined_by:
            m.joined_by.append(people[-1][1])  # (after the talks' sides and hosts)


_OBJECT_RELATIVE_OF_SIDES = re.compile(
    r"\b(?:the|a|an|its|their|new)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:that\s+|which\s+)?"
    r"(?:the\s+two|both)\s+(?:sides|countries|nations|governments|parties"
    # (or the pair's two leaders or ministers: "the peace framework the two foreign
    # ministers initialled", verify70 F4)
    r"|(?:(?:foreign|prime|defence|defense)\s+)?(?:ministers|leaders|presidents))\s+"
    r"(?:(?:had|have|has|jointly|then|later)\s+)*$", re.IGNORECASE)
"""'the | guidelines | the two sides | adopted': a relative clause whose subject is the pair
and whose object is the noun before it (group 1)."""


def the_sides_of_an_object_relative(text: str, mentions: list[Mention],
                                    entities: Entities) -> None:
    """"The code should build on the guidelines the two sides adopted in early 2019": the
    act of the relative clause is the pair's, done to the noun before it -- the lead's
    two sides (:func:`lead_sides`, :func:`lead_side_and_partner`), else the story's pair
    (verify18: "Guidelines the two sides adopted", with the state of the minister who
    briefed reporters as a side).  Sets the subject and the object of such a verb."""
    for m in mentions:
        if m.pos != "verb" or m.subject or m.object_text.strip(" ,.;") and not re.match(
                r"\s*(?:in|on|at|last|this|earlier)\b", m.object_text):
            continue
        relative = _OBJECT_RELATIVE_OF_SIDES.search(text, max(m.seg.start, m.start - 120), m.start)
        if relative is None:
            continue
        sides = lead_sides(mentions, entities) or lead_side_and_partner(mentions, entities) \
            or entities.story_pair()
        if len(sides) != 2:
            continue
        m.subject, m.subject_phrase = join_names(sides), ""
        m.patient = relative.group(1)
        m.countries = list(dict.fromkeys([*sides, *m.countries]))


_AFTER_A_STAY = re.compile(r"\b(?:after|following)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}$",
                           re.IGNORECASE)
_WHERE_CLAUSE = re.compile(r"[^,;.]{0,60}?,\s+where\s+([^;.]{1,200})")


def stay_before_arrival(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"Lula arrived in Jakarta on Monday after a two-day stop in Kuala Lumpur, where he
    attended a business forum with ... Anwar Ibrahim": the one who arrived made the stop,
    and the people the "where" clause names met him there (new-user trial 12: the stop
    was no event; now a visit with its visitor and host)."""
    for i, m in enumerate(mentions):
        if m.pos != "noun" or m.category != "visit" or m.subject or m.participants or \
                _AFTER_A_STAY.search(text, max(m.seg.start, m.start - 40), m.start) is None:
            continue
        arrival = next((p for p in reversed(mentions[:i]) if p.seg is m.seg and p.pos == "verb"
                        and p.category == "visit" and p.subject and p.end <= m.start), None)
        if arrival is None:
            continue
        m.subject = arrival.subject
        people = [x for x in arrival.participants if x in subject_names(arrival.subject)]
        where = _WHERE_CLAUSE.match(text, m.end, m.seg.end)
        if where is not None:
            people += [p for _, p in entities.people_in(text, where.start(1), where.end(1))]
        m.participants = list(dict.fromkeys(people))


_NAME_WHOSE_OR_S = re.compile(r"(?:,\s*whose|['\u2019]s)\s+$")


def the_person_whose_act_it_is(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"Ms Wanjiru, whose appointment as envoy in May surprised many", "Mr Okafor's
    detention in Lagos in June 2024": the person the relative or the genitive names did or
    underwent the act its noun tells (session 52's blind set: no row; the row had no one)."""
    for m in mentions:
        if m.pos != "noun" or possessed_and_dated(text, m.seg, m.start, m.end, m.word) is None:
            continue
        lo = max(m.seg.start, m.start - 60)
        owner = _NAME_WHOSE_OR_S.search(text, lo, m.start)
        if owner is None:
            person = _whom_the_pronoun_names(text, m, entities)
        else:
            named = entities.people_in(text, lo, owner.start())
            person = named[-1][1] if named and text[named[-1][0]:owner.start()].rstrip(
                ",").count(" ") <= 3 else ""
        if person:
            m.subject, m.participants = person, [person]


_A_PRONOUN_S = re.compile(r"\b(?:his|her)\s+$", re.IGNORECASE)
_A_SENTENCE_S_OPENING = re.compile(r"(?:[^.]{0,80}?(?:\)\s*[-\u2013\u2014]{1,2}|\s[-\u2013\u2014]{1,2})\s+)?"
                                   r"\s*(?:[A-Z][a-z]+\s+)?")
"""Before a possessive that opens its sentence: at most a first word ("Since | her"), after the
dateline the lead shares its segment with ("SEOUL, March 6 (Yonhap) -- | Her")."""
_THE_SENTENCE_BEFORE = re.compile(r"[^.!?\n]*[.!?][\"\u201d\u2019)]?\s*$")


def _whom_the_pronoun_names(text: str, m: Mention, entities: Entities) -> str:
    """Whom "his" or "her" before an act's noun refers to: the first person named after it in
    its sentence when the noun's phrase opens the sentence ("Since her appointment as
    ambassador in May 2025, Ms Lee has ..."), else the last person named before it in its
    sentence or, when none is, in the sentence before ("Iran freed the teacher Lucas Morel
    on Thursday. The family welcomed his transfer from Evin prison in September 2023");
    "" when none is."""
    pronoun = _A_PRONOUN_S.search(text, max(m.seg.start, m.start - 8), m.start)
    if pronoun is None:
        return ""
    gender = vocab.PRONOUN_GENDER.get(pronoun.group(0).split()[0].lower(), "")
    found = entities.people_in(text, m.end, m.seg.end)[:1] if _A_SENTENCE_S_OPENING.fullmatch(
        text, m.seg.start, pronoun.start()) else []
    found = found or entities.people_in(text, m.seg.start, pronoun.start())[-1:]
    if not found and (previous := _THE_SENTENCE_BEFORE.search(
            text, max(0, m.seg.start - 400), m.seg.start)) is not None:
        found = entities.people_in(text, previous.start(), previous.end())[-1:]
    # (and of the pronoun's gender: not "President Biden said that her arrest ...")
    return found[0][1] if found and entities.gender(found[0][1]) == gender else ""


def share_the_meeting(text: str, meeting: Mention | None, m: Mention) -> None:
    """"A met his counterpart B in Seoul on Tuesday, signed a memorandum and agreed to
    ...": a verb coordinated with a meeting verb, with the same subject, is done with
    the other side too (B takes part after A)."""
    if meeting is None or meeting.seg is not m.seg or meeting.category != "meeting" or \
            not m.subject or m.subject != meeting.subject or len(meeting.participants) < 2:
        return
    between = text[meeting.end:m.start]
    if not COORDINATION.fullmatch(between) or not re.search(r",|\band\b", between):
        return
    # (a subject of several names is each of them: "A, B and C met ..., launched")
    subject = [p for p in m.participants if p in subject_names(m.subject)] or [m.subject]
    own = [p for p in m.participants if p not in subject]
    m.participants = list(dict.fromkeys(
        [*subject, *[p for p in meeting.participants if p not in subject], *own]))


_LIST_REST = re.compile(rf"(?:,\s+{CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*){{0,2}}){{1,8}},?\s+and\s+"
                        rf"{CAPITAL}[\w'.-]*(?:\s+{CAPITAL}[\w'.-]*){{0,2}}")
"""The rest of a list after its first name: ', Samoa and Tonga'."""
_LIST_ENDS_A_PHRASE = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in|on|at|last|next|this|earlier|later|"
                                 r"during|after|before|for|from|with|since|until|by|over|amid|"
                                 r"following|as|to)\b")
"""What follows a list that ends its act's phrase: a stop, or a phrase ('in January')."""


def the_rest_of_a_list_of_states(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"toured Fiji, Samoa and Tonga", "talks with the leaders of Fiji, Samoa and Tonga": a
    visit or a meeting whose phrase ends at the first state of a list of states (a phrase
    stops at a comma) is with every state of it (the dev gold: Kono toured all three; the
    row named Fiji only).  Any other act's too when the list ends its clause or a phrase
    follows it: "recalled its ambassador from Algeria, Niger and Burkina Faso after ..."
    (own story: Algeria only), not "... on Russia, Germany and France said", whose last
    names are a clause's subject."""
    for m in mentions:
        if not m.countries:
            continue
        end = max(m.phrase_end, m.end + len(m.object_text))
        rest = _LIST_REST.match(text, end, m.seg.end)
        if rest is not None and m.category not in ("visit", "meeting") and \
                not _LIST_ENDS_A_PHRASE.match(text, rest.end(), m.seg.end):
            continue
        first = entities.countries_in(text, max(m.seg.start, end - 40), end)[-1:] \
            if rest is not None else []
        if rest is None or not first or first[0][1] not in m.countries:
            continue  # (the list's first name must be the phrase's last state)
        names = [n for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", rest.group(0)) if n.strip()]
        states = [c for _, c in entities.countries_in(text, rest.start(), rest.end())]
        if len(states) == len(names):  # (every name of the list a state)
            m.countries = list(dict.fromkeys([*m.countries, *states]))



_WAR_NAME = (rf"(?:{CAPITAL}[\w'\u2019-]*\s+(?:of\s+(?:the\s+)?)?){{0,5}}?(?:War|Wars|Siege|Rebellion|"
             rf"Revolt|Uprising)(?:\s+of\s+(?:the\s+)?{CAPITAL}[\w'\u2019-]*(?:\s+{CAPITAL}[\w'\u2019-]*){{0,3}})?")
_TREATY_NAME = (rf"(?:{CAPITAL}[\w'\u2019-]*\s+)*?(?:Treaty|Peace|Armistice|Convention|Accords?|"
                rf"Agreement|Truce|Capitulation|armistice|truce|peace\s+treaty)(?:\s+of\s+(?:the\s+)?{CAPITAL}[\w'\u2019-]*"
                rf"(?:[\s-]+{CAPITAL}[\w'\u2019-]*){{0,3}})?")
_WAR_ENDED_WITH = re.compile(rf"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<war>{_WAR_NAME})(?:\s*\([^()]{{0,30}}\))?"
                             r"\s+(?:(?:was|were|had\s+been)\s+)?$")
_WITH_THE_TREATY = re.compile(rf"\s+(?:with|by)\s+(?:the\s+)?(?P<treaty>{_TREATY_NAME})")
"""A named war ('The Thirty Years' War (1618-1648) | ended') and the named treaty that ended
it ('| with the Peace of Westphalia', '| by the Peace of Utrecht')."""
_MADE_AT_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:negotiated|signed|concluded|agreed)\s+(?:at|in)\s+"
    rf"((?:the\s+)?{CAPITAL}[\w'\u2019-]*(?:\s+and\s+{CAPITAL}[\w'\u2019-]*)?)(?![\w'\u2019-])")
"""'the Peace of Westphalia|, a series of treaties negotiated at Osnabrück and Münster'."""
_ITS_PARTICIPLE = re.compile(r"(?:\s+of\s+[^,;()]{1,30}?)?,\s+(?:\w+ly\s+)?")
"""'the armistice| of 11 November 1918, |signed': a participle right after the treaty."""


_TREATY_WHICH_ENDED = re.compile(rf"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<treaty>{_TREATY_NAME})"
                                 r"(?:\s+of\s+[^,;()]{1,25}?)?,?\s+(?:which|that)\s+(?:had\s+)?$")
"""'the Algiers Agreement of December 2000, which | ended the 1998-2000 border war'."""
_ENDED_WAR_AFTER = re.compile(rf"\s+(?:the|a|an|its|their)\s+(?:\S+\s+){{0,4}}?(?:war|wars|{_WAR_NAME})\b")


def the_treaty_that_ended_a_war(text: str, mentions: list[Mention]) -> None:
    """"The Thirty Years' War (1618-1648) ended with the Peace of Westphalia", "the War of
    the Spanish Succession was closed by the Peace of Utrecht": the treaty ends the war, its
    doer in the title ("Peace of Westphalia ends the Thirty Years' War"); a war is no
    participant (verify41's a2: "War ends with the Peace", "... closed by the Peace", the
    participants 'War' and 'Peace').  Only a war and a treaty both named by capitals."""
    by_seg: dict[int, list[Mention]] = {}  # (the participle is in the same sentence)
    for m in mentions:
        by_seg.setdefault(id(m.seg), []).append(m)
    for m in mentions:
        if m.pos != "verb" or m.verb not in ("end", "close"):
            continue
        war = _WAR_ENDED_WITH.search(text, max(m.seg.start, m.start - 150), m.start)
        treaty = _WITH_THE_TREATY.match(text, m.end, m.seg.end)
        if war is not None and treaty is not None:
            ended, name = war.group("war"), treaty.group("treaty")
            m.object_text = f" the {ended}"
            if (made_at := _MADE_AT_APPOSITION.match(text, treaty.end(), m.seg.end)) is not None:
                # "... with the Peace of Westphalia, a series of treaties negotiated at
                # Osnabrück and Münster": where the treaty was made (verify41's a2)
                m.location = m.location or made_at.group(1)
            for signed in by_seg[id(m.seg)]:
                if signed.pos == "verb" and not signed.patient \
                        and _ITS_PARTICIPLE.fullmatch(text, treaty.end(), signed.start):
                    # "ended with the armistice of 11 November 1918, signed in a railway
                    # carriage": what was signed is the treaty (not "First World War signs")
                    signed.patient, signed.subject_phrase = name, ""
                    if _A_WAR_S_NAME.search(signed.subject):
                        signed.subject = ""  # (the signers after "by" stay: "signed by
                        # France, Spain and England", my Tordesillas text)
        elif (which := _TREATY_WHICH_ENDED.search(text, max(m.seg.start, m.start - 120),
                                                  m.start)) is not None \
                and (what := _ENDED_WAR_AFTER.match(text, m.end, m.seg.end)) is not None:
            # "the Algiers Agreement of December 2000, which ended the 1998-2000 border
            # war": the agreement ends it (the title was "Eritrea and Ethiopia end")
            ended, name = what.group(0), which.group("treaty")
            # (without its span of years: a title's object names the war, "the border war")
            m.object_text = re.sub(r"\s\d{4}\s*[-\u2013]\s*\d{2,4}(?=\s)", "", ended)
        else:
            continue
        m.subject, m.subject_phrase, m.patient = "", name, ""
        m.participants = [p for p in m.participants if p not in ended and p not in name]
        if not m.location and (city := next((w for w in re.findall(
                rf"{CAPITAL}[\w'\u2019-]+", name) if w in vocab.CITIES), "")):
            m.location = city  # ("the Treaty of Paris", "the Algiers Agreement": signed there)
        if m.verb == "close":
            m.verb = "end"  # (the title's verb: "ends", not "closes")
        m.category = "treaty"


_GATHERING_NAME = re.compile(rf"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<name>(?:{CAPITAL}[\w'\u2019-]*\s+)*?"
                             r"(?:Congress|Conference|Summit)(?:\s+of\s+(?:the\s+)?"
                             rf"(?P<place>{CAPITAL}[\w'\u2019-]*(?:[\s-]+{CAPITAL}[\w'\u2019-]*){{0,2}}))?)"
                             r"\s+(?:\w+ly\s+)?$")
_CHAIRED_BY = re.compile(r"[^.;]{0,60}?(?:,\s+(?:chaired|presided\s+over|hosted)\s+by|\s+under\s+the\s+"
                         r"(?:chairmanship|presidency)\s+of)\s+(?:the\s+)?")


def a_gathering_that_opened(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"The Congress of Vienna opened in September 1814, chaired by the Austrian foreign
    minister Klemens von Metternich": held in the city its name gives, with
    its chair taking part; the gathering is what opened, no participant (verify41's a3:
    no event, then "Congress of Vienna opens" with the congress as a participant)."""
    for m in mentions:
        if m.pos != "verb" or m.verb not in ("open", "meet", "convene"):
            continue
        named = _GATHERING_NAME.search(text, max(m.seg.start, m.start - 80), m.start)
        if named is None:
            continue
        m.subject, m.subject_phrase = "", named.group("name")
        m.participants = [p for p in m.participants if p not in named.group("name")]
        place = named.group("place") or ""
        if not m.location and place in vocab.CITIES:
            m.location = place
        chair = _CHAIRED_BY.match(text, m.end, m.seg.end)
        for _at, person in entities.people_in(text, chair.end(), m.seg.end)[:1] if chair else ():
            if m.verb == "open" and person not in m.participants:
                m.participants.append(person)
            elif m.verb != "open":
                # ("The Congress of Berlin met ... under the chairmanship of ... Bismarck":
                # he takes part, whom the congress met he is not: "meets Otto von Bismarck")
                m.participants = [p for p in m.participants if p != person]
                m.joined_by.append(person)


# "talks in Vienna, | chaired by the special envoy | Martti Ahtisaari, | began": the chair
# between the subject and its verb
_CHAIR_BETWEEN = re.compile(r",\s+(?:chaired|co-chaired|presided\s+over|mediated|brokered|"
                            r"facilitated)\s+by\s+(?P<chair>[^,;.()]{3,80}),\s*$")


_AND_ITS_SECOND_VERB = re.compile(r"[^,;.]{0,60}?\s+and\s+(?:then\s+)?")


def the_chair_told_before_the_verb(text: str, mentions: list[Mention],
                                   entities: Entities) -> None:
    """A person who chaired (or mediated) what a verb tells of, named in a participle
    phrase between its subject and the verb ("UN-led status talks in Vienna, chaired by
    the special envoy Martti Ahtisaari, began in February 2006": he takes part; verify43
    X15), as :func:`a_gathering_that_opened` takes a chair told after the verb.  People
    only: a state or a bloc that brokered talks is a mediator (``Entities.mediators``).
    A second verb of the same subject ("... began in February 2006 and ended without
    agreement in March 2007") has the same chair."""
    last: tuple[Mention, str] | None = None
    for m in mentions:
        if m.pos != "verb":
            continue
        chair = _CHAIR_BETWEEN.search(text, max(m.seg.start, m.start - 100), m.start)
        people = [] if chair is None else entities.people_in(
            text, chair.start("chair"), chair.end("chair"))[:1]
        if not people and last is not None and last[0].seg is m.seg \
                and _AND_ITS_SECOND_VERB.fullmatch(text, last[0].end, m.start):
            people = [(0, last[1])]
        for _at, person in people:
            if person not in m.participants:
                m.participants.append(person)
            last = (m, person)


_AGREED_WITH = re.compile(rf"\s*with\s+(?:the\s+)?(?P<other>{CAPITAL}[\w.'-]*"
                          rf"(?:\s+{CAPITAL}[\w.'-]*){{0,3}})")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+[\w\s]{1,30}?|announced)\b[^.;:]{0,60}$")


def the_sayer_s_side_agreed_it(text: str, mentions: list[Mention],
                               entities: Entities) -> None:
    """A passive "agreed with Y" that names no doer, said by an official of a state: that
    state agreed it, with Y ("Kosovo Interior Minister Xhelal Sveçla said the decision had
    been agreed with KFOR in August": Kosovo and KFOR; verify43 X7 named no doer).  The
    sayer's state is the one the words before "said" name ("Greek Foreign Minister ...",
    "Kosovo Interior Minister ..."), else the state the article gives the person."""
    for m in mentions:
        if m.pos != "verb" or m.verb != "agree" or m.subject or not m.patient:
            continue
        other = _AGREED_WITH.match(m.object_text)
        # (a bounded look back: a sentence with no full stop may be the whole text)
        said = _SAID_BEFORE.search(text, max(m.seg.start, m.start - 200), m.start)
        if other is None or said is None:
            continue
        opening = max(m.seg.start, said.start() - 200)
        states = [s for _, s in entities.sides_in(text, opening, said.start())]
        if not states:
            people = entities.people_in(text, opening, said.start())
            states = [s for _, p in people[-1:] if (s := entities.people.get(p, ""))]
        name = other.group("other")
        if not states or states[0] == name or states[0] == COUNTRIES.get(name, ""):
            continue
        m.participants = [states[0], *(p for p in m.participants if p != states[0])]
        if name.isupper() and name not in m.participants:
            m.participants.append(name)  # (a mission named by its acronym: KFOR, UNMIK)


_A_WAR_S_NAME = re.compile(r"(?:^|\s|-)(?:War|Wars)$|^(?:the\s+)?(?:Congress|Conference)\s+of\s")
"""A name that ends in "War": 'First World War', 'Russo-Turkish War', 'War'; and a gathering
named by its place, 'Congress of Aix-la-Chapelle' (what the gathering did is its members')."""


def no_war_takes_part(mentions: list[Mention]) -> None:
    """A war is no doer and no participant: "The First World War (1914-1918) ended with the
    armistice of 11 November 1918, signed in a railway carriage" read "First World War
    signs", "The Russo-Turkish War ... ended with the Treaty of San Stefano, signed on 3
    March 1878" read "... signed by Russo-Turkish War" (the participle's doer taken from the
    clause's subject)."""
    for m in mentions:
        if _A_WAR_S_NAME.search(m.subject):
            # (the title's words still: "Great Northern War begins")
            # (not a participle's: "the armistice, signed in a railway carriage")
            m.subject, m.subject_phrase = "", m.subject_phrase or ("" if m.patient
                                                                   else m.subject)
        m.participants = [p for p in m.participants if not _A_WAR_S_NAME.search(p)]


_RULERS = r"(?:emperors?|kings?|queens?|tsars?|sultans?|shahs?|electors?|princes?)"
"""The crowned heads of a history (not ministers: news' "the foreign ministers of Egypt, Jordan
and Iraq met" keeps its people, as the dev golds want them)."""
_RULERS_OF_LAST = re.compile(rf"(?:^|(?<=[\s,]))(?:[Tt]he\s+)?{_RULERS}\s+of\s+[^.;:]{{1,160}}?\s+"
                             r"(?:\w+ly\s+)?$")
_ONLY_RULERS_WORDS = re.compile(rf"(?:\s|,|\band\b|\bthe\b|\bof\b|\b{_RULERS}\b)*",
                                re.IGNORECASE)


def the_rulers_of_states(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"the emperors of Austria and Russia and the king of Prussia formed the Holy Alliance":
    every state whose ruler is named in the subject acts (verify41's a3: "Prussia forms", the
    two emperors lost).  Only a subject made of rulers' titles, "of", "and" and states."""
    for m in mentions:
        if m.pos != "verb" or m.patient:
            continue
        found = _RULERS_OF_LAST.search(text, max(m.seg.start, m.start - 200), m.start)
        if found is None:
            continue
        states = entities.countries_in(text, found.start(), found.end())
        if len(states) < 2:
            continue
        rest, written, at = [], [], found.start()
        for offset, state in states:
            rest.append(text[at:offset])
            # (the state as written: "Britain", not "United Kingdom")
            at = offset + max((len(k) for k in COUNTRIES if COUNTRIES[k] == state
                               and text.startswith(k, offset)), default=len(state))
            written.append(text[offset:at])
        rest.append(text[at:found.end()])
        if not all(_ONLY_RULERS_WORDS.fullmatch(part) for part in rest):
            continue
        m.subject = join_names(list(dict.fromkeys(written)))


_ENVOYS_OF_GATHERED = re.compile(
    r"\b(?:envoys|delegates|delegations|representatives|diplomats|plenipotentiaries|ministers)"
    r"\s+of\s+(?:the\s+)?([^.;:]{1,120}?)\s+(?:gathered|assembled|convened|met|arrived)\b")
"""'when envoys of | the Holy Roman Emperor, Sweden and France | gathered': whose envoys came."""


def the_states_whose_envoys_gathered(text: str, mentions: list[Mention],
                                     entities: Entities) -> None:
    """"Negotiations began in 1643, when envoys of the Holy Roman Emperor, Sweden and France
    gathered in the two Westphalian towns": the states whose envoys gathered hold the talks
    (verify41's a2: no participant).  Only talks that name no one, and only the envoys'
    clause of the same sentence."""
    for m in mentions:
        if m.category != "meeting" or m.pos != "noun" or m.participants or m.subject:
            continue
        found = _ENVOYS_OF_GATHERED.search(text, m.end, m.seg.end)
        if found is None:
            continue
        states = list(dict.fromkeys(state for _at, state in entities.countries_in(
            text, found.start(1), found.end(1))))
        if len(states) >= 2:
            m.joined_by = states  # (who take part; the title stays the talks')


_OF_THE_GATHERING = re.compile(r"\b(?:of|at|by)\s+the\s+(congress|conference)\b")
_NAMED_GATHERING_OF = re.compile(rf"\b(Congress|Conference)\s+of\s+({CAPITAL}[\w'\u2019-]*)")


def the_place_of_the_gathering_named_before(text: str, mentions: list[Mention]) -> None:
    """"The Final Act of the congress was signed on 9 June 1815": the congress the article
    named before ("The Congress of Vienna opened ...") is where it was done (verify41's a3:
    no place).  Only a gathering named after a known city, the last one named within the
    preceding 3000 characters."""
    for m in mentions:
        if m.location:
            continue
        said = _OF_THE_GATHERING.search(f"{m.patient} {m.object_text} {m.subject_phrase} "
                                        f"{text[m.phrase_start:m.phrase_end]}")
        if said is None:
            continue
        named = [g for g in _NAMED_GATHERING_OF.finditer(text, max(0, m.seg.start - 3000),
                                                         m.seg.start)
                 if g.group(1).lower() == said.group(1)]
        if named and named[-1].group(2) in vocab.CITIES:
            m.location = named[-1].group(2)


_TREATY_OF_A_CITY = re.compile(rf"^\s*(?:the\s+)?(?:first\s+|second\s+)?(?:Treaty|Peace|Convention)\s+of\s+"
                               rf"({CAPITAL}[\w'\u2019-]*(?:\s+{CAPITAL}[\w'\u2019-]*)?)(?![\w'\u2019-])")


def the_city_a_treaty_is_named_after(mentions: list[Mention]) -> None:
    """"The Seven Years' War ended with the Treaty of Paris, signed by Britain, France and
    Spain on 10 February 1763", "the allied powers signed the first Treaty of Paris": a treaty
    named after a city was signed or concluded there (verify41's a2 and a3: no place).  Only
    a known city, only the treaty signed or concluded, and only when the sentence gives no
    other place."""
    for m in mentions:
        if m.location or m.pos != "verb" or m.verb not in ("sign", "conclude"):
            continue
        named = _TREATY_OF_A_CITY.match(m.patient) or _TREATY_OF_A_CITY.match(m.object_text)
        if named is not None and named.group(1) in vocab.CITIES:
            m.location = named.group(1)


def the_signers_listed_after_by(text: str, mentions: list[Mention]) -> None:
    """"The Italian Wars (1494-1559) ended with the Peace of Cateau-Cambresis, signed by
    France, Spain and England in April 1559": a participle done to a thing, with no doer
    found, was done by the names listed after its "by" (my Tordesillas text: France alone).
    Only a list of two or more, right after the verb."""
    for m in mentions:
        if m.pos != "verb" or m.subject or not m.patient:
            continue
        listed = BY_NAME_LIST.match(text, m.end, m.seg.end)
        if listed is not None:
            m.subject = re.sub(r"(?<=[a-z])\.$", "", listed.group(1))


_SIGNED_BETWEEN = re.compile(
    r"(?:\s+(?:on|in)\s+[^,;:()]{1,30}?)?\s+between\s+(?:the\s+)?"
    rf"(?P<a>{CAPITAL}[\w'\u2019-]*(?:\s+{CAPITAL}[\w'\u2019-]*){{0,3}})(?:\s+[a-z]+)?\s+and\s+"
    rf"(?:the\s+)?(?P<b>{CAPITAL}[\w'\u2019-]*(?:\s+{CAPITAL}[\w'\u2019-]*){{0,3}})")
"""' signed | on 1 January 2024 between Ethiopia and the Somaliland region': the parties of a
text signed, after its participle (a date or a place between)."""


_A_TEXT_S_NOUN = re.compile(r"(?i)(?:the\s+)?(?:agreement|treaty|accord|pact|protocol|declaration|"
                            r"memorandum(?:\s+of\s+understanding)?|convention|deal)")
"""A text named by its noun alone, lowercase: 'The memorandum | signed on ... between A and B'
(ext63's leftover: "Memorandum signed between Ethiopia", the second party lost)."""


def the_signers_listed_after_between(text: str, mentions: list[Mention]) -> None:
    """"the so-called Memorandum of Understanding signed on 1 January 2024 between Ethiopia
    and the Somaliland region is null and void": a text's participle, whose "subject" was
    read as the text itself, was done by the two named after its "between" (verify49 F18:
    "Memorandum of Understanding signs between Ethiopia", Somaliland missing).  The text
    becomes what was signed; the two, the doers.  Only a participle right after a text's
    name (``patterns.AN_INSTRUMENT``) or its bare noun (:data:`_A_TEXT_S_NOUN`)."""
    for m in mentions:
        thing = m.subject or m.subject_phrase
        if m.pos != "verb" or m.verb not in ("sign", "conclude", "initial") or not thing \
                or not (AN_INSTRUMENT.search(thing) or _A_TEXT_S_NOUN.fullmatch(thing)) or m.patient \
                or not text[m.start:m.end].endswith("ed") \
                or not text[max(m.seg.start, m.start - len(thing) - 2):m.start].rstrip(
                    ).endswith(thing):
            continue
        listed = _SIGNED_BETWEEN.match(text, m.end, m.seg.end)
        if listed is None:
            continue
        m.subject_phrase = ""
        parties = [COUNTRIES.get(listed.group("a"), listed.group("a")),
                   COUNTRIES.get(listed.group("b"), listed.group("b"))]
        m.subject = " and ".join(parties)
        m.patient = thing
        m.object_text = " " + thing
        m.countries = list(dict.fromkeys([*parties, *m.countries]))


_OWN_TAIL = re.compile(r"(?:\s+(?:(?:signed|concluded|reached|agreed|brokered|negotiated)\s+)?"
                       r"(?:of|between|with|among|by)\s+[^,;:.()\"\u201c\u201d]{1,100}?)?"
                       r"(?=\s*(?:[,;:.()\"\u201c\u201d]|$)|\s+(?:that|which|who|after|before|when|"
                       r"because|as|until|since|and\s+(?:the|a|an|its|their|his|her)\b|"
                       r"(?:was|were|is|are|has|had|have|will|would|could|may|might|did|does|do)"
                       r"\b|[a-z]+ed\b(?<!\bsigned)(?<!\bconcluded)(?<!\breached)))")
"""What a text of a year names of its own after its noun: 'the 1929 treaty | of Lima signed by
Chile and Peru', 'the 1966 agreement | between Venezuela and Britain' (not a relative clause:
'the 1899 award | that gave ...')."""


def a_text_of_a_year_names_its_own_parties(text: str, mentions: list[Mention],
                                           entities: Entities) -> None:
    """A text named with its year as an adjective ("rejected the 1899 award", "The 2015
    nuclear accord collapsed after Washington withdrew": :func:`..triggers.of_its_year`) is a
    row of that year whose parties are those its own phrase names ("Venezuela's 2015 decree",
    "the 1929 treaty of Lima signed by Chile and Peru", :data:`_OWN_TAIL`), or none: not the
    subject of the clause that tells what is done to it now (ext51's note: Venezuela was a
    party to the 1899 award, the United States to the 2015 accord).  Sets the noun's
    subject, participants and countries, and ``own_parties`` (read by the event builder, so
    that no other mention of its event adds any)."""
    from ..triggers import of_its_year

    for m in mentions:
        if m.pos != "noun" or not of_its_year(text, m):
            continue
        found = _A_TEXT_OF_A_YEAR_START.search(text, max(m.seg.start, m.start - 60), m.start)
        start = found.start() if found is not None else m.start
        tail = _OWN_TAIL.match(text, m.end, m.seg.end)
        end = tail.end() if tail is not None else m.end
        owner = _OWNER_OF_A_TEXT.match(text, start)
        m.subject = m.subject_phrase = ""
        if owner is not None:
            m.subject = owner.group(1)
        m.participants = [name for _, name in entities.people_in(text, start, end)]
        m.countries = list(dict.fromkeys(c for _, c in entities.sides_in(text, start, end)))
        m.own_parties = True


_A_TEXT_OF_A_YEAR_START = re.compile(rf"(?:\b(?i:the)|(?<![\w'-]){CAPITAL}[\w'-]*['\u2019]s)\s+"
                                     r"(?:1[5-9]\d\d|20\d\d)\s+(?:[\w'-]+\s+){0,3}?$")
"""Where the phrase of a text of a year begins, before its noun: '| the 1899 arbitral |award'."""
_OWNER_OF_A_TEXT = re.compile(rf"({CAPITAL}[\w'-]*)['\u2019]s\s")
"""'Venezuela's | 2015 decree': the state whose text it is."""


URGED_TO_BEFORE = re.compile(r"\b(?P<verb>urged|urges|urge|called\s+on|calls\s+on|pressed|presses|"
                             r"asked|asks)\s+(?P<whom>(?:the\s+)?[^,;:.()]{1,60}?)\s+to\s+"
                             r"(?P<act>resume|restart|return\s+to|reopen|hold|continue|begin|"
                             r"start|open|conclude|join)\s+(?:the\s+|their\s+)?$", re.IGNORECASE)
"""'the council | urged | the three countries | to resume | negotiations': a body asks others to
hold the talks the noun names (verify45 F10: the row was the bare "Negotiations")."""


def the_body_that_urged_the_talks(text: str, mentions: list[Mention],
                                  entities: Entities) -> None:
    """The doer of "urged X to resume talks" (:data:`URGED_TO_BEFORE`) is the subject and a
    participant of the talks' noun when it has none ("In September 2021, the council urged
    the three countries to resume negotiations": the council the article named before, by
    :func:`.subjects.subject_name`, by the whole name it gave it); the states urged take part
    ("urged Uganda and Tanzania to hold talks"); the title says the urging (``titles``)."""
    for m in mentions:
        if m.pos != "noun" or m.category != "meeting":
            continue
        urged = URGED_TO_BEFORE.search(text, max(m.seg.start, m.phrase_start - 120),
                                       m.phrase_start)
        if urged is None:
            continue
        if not m.subject or m.subject in urged.group("whom"):
            # (no subject, or the infinitive's, one of those urged, read as the talks')
            _the_urging_body_is_the_subject(text, m, urged, entities)
        # (the states urged are the talks' sides)
        m.countries += [c for _, c in entities.sides_in(text, urged.start("whom"),
                                                         urged.end("whom"))
                        if c not in m.countries]


def _the_urging_body_is_the_subject(text: str, m: Mention, urged: re.Match[str],
                                    entities: Entities) -> None:
    doer = subject_name(text, m.seg, urged.start("verb"), entities, 0)
    if not doer or not doer[:1].isupper():
        return
    # (by its whole name as the article gave it before: "Security Council" is "the U.N.
    # Security Council", "the African Union Peace and Security Council")
    longer = [f.group(0) for f in re.compile(
        rf"(?<![\w.'-])(?:{CAPITAL}[\w.'-]*\s+(?:(?:and|of|for)\s+)?){{1,5}}"
        rf"{re.escape(doer)}(?![\w-])").finditer(text, max(0, m.seg.start - 3000), m.seg.start)]
    doer = re.sub(r"^(?:The|A|An)\s+", "", " ".join(longer[-1].split())) if longer else doer
    if m.subject:
        m.participants = [p for p in m.participants if p != m.subject]
    m.subject = doer
    if doer not in m.participants:
        m.participants.insert(0, doer)


_WHICH_BEFORE = re.compile(r",\s+which\s+(?:[^,;.()]{0,60}?\s)?$")
"""'…, which | Nairobi has said could | begin': a relative clause whose verb the mention is."""
_GERUND_PHRASE = re.compile(r"\b(?!(?:during|including|following|regarding|concerning|"
                            r"according|pending|nothing|something|anything|morning|evening|"
                            r"meeting|building\s+(?:up|on))\b)(?P<gerund>[a-z]{3,}ing)\s+"
                            r"(?P<np>(?:(?:the|a|an|its|their|his|her)\s+)?[^,;:()\"]{2,70}?)\s*$")
"""'starts | filling | a planned second dam on the Blue Nile': a gerund and its object, which a
relative clause after it tells of (not "during", "including", ...)."""


_ASPECT_BEFORE_GERUND = re.compile(r"\b(?:starts?|started|begins?|began|resumes?|resumed|"
                                   r"completes?|completed|finish(?:es|ed)?|stops?|stopped)\s+$")
"""'before Ethiopia | starts | filling': the verb whose subject does the gerund's act."""


def what_which_begins(text: str, mentions: list[Mention], entities: Entities) -> None:
    """A verb of beginning or ending with no subject of its own, in a relative clause after a
    comma, tells of the act its antecedent names: "… before Ethiopia starts filling a planned
    second dam on the Blue Nile, which Addis Ababa has said could begin sometime in 2028" is
    the filling of the dam (verify45 F10: the row read "Begins (scheduled)").  Only a gerund
    and its object as the antecedent; sets the verb's ``subject_phrase`` ("filling of a
    planned second dam on the Blue Nile"), and the state that is to start it ("Ethiopia starts
    filling") takes part."""
    for m in mentions:
        if m.pos != "verb" or m.subject or m.subject_phrase or m.verb not in vocab.ASPECT_VERBS:
            continue
        which = _WHICH_BEFORE.search(text, m.seg.start, m.start)
        if which is None:
            continue
        act = _GERUND_PHRASE.search(text, max(m.seg.start, which.start() - 100), which.start())
        if act is None:
            continue
        np = re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", " ".join(act.group("np").split()))
        m.subject_phrase = f"{act.group('gerund')} of {np}"
        if _ASPECT_BEFORE_GERUND.search(text, max(m.seg.start, act.start() - 20), act.start()):
            # "before Ethiopia starts filling …": who will do it takes part
            doers = entities.sides_in(text, max(m.seg.start, act.start() - 50), act.start())
            m.countries += [doers[-1][1]] if doers and doers[-1][1] not in m.countries else []


_UNDER_A_DEAL = re.compile(r"\b(?:under|through|via|by)\s+(?:a|an|the|its|their)\s+"
                           r"(?:[\w-]+\s+){0,2}$")
"""'has kept troops there | under a bilateral | deal with Maputo': a deal the clause's act
rests on, before its noun."""
_A_DEAL_S_NOUN = frozenset({"deal", "agreement", "accord", "pact", "arrangement", "memorandum",
                            "treaty"})


def the_clause_s_state_is_the_deal_s_other_side(text: str, mentions: list[Mention],
                                                entities: Entities, dateline: Dateline) -> None:
    """"Rwanda, which is not a member of SADC, has kept about 4,000 troops in Cabo Delgado
    since 2021 under a bilateral deal with Maputo": a deal "with" one side that the clause's
    act rests on ("under", "through") is the other side's too, the state that opens the
    sentence (ext79's AP story: Mozambique alone).  Only a deal's noun that names no subject,
    whose phrase names its "with" side, in a sentence opened by a state that is not that
    side (after the dateline, in the lead)."""
    for m in mentions:
        if m.pos != "noun" or m.category != "treaty" or m.word.lower() not in _A_DEAL_S_NOUN \
                or m.subject or not m.countries \
                or not re.match(r"\s+with\s", m.object_text) \
                or not _UNDER_A_DEAL.search(text, max(m.seg.start, m.start - 60), m.start):
            continue
        begin = dateline.span[1] if dateline.span[0] <= m.seg.start < dateline.span[1] \
            or m.seg.start <= dateline.span[0] < m.seg.end else m.seg.start
        begin += len(text[begin:m.seg.end]) - len(text[begin:m.seg.end].lstrip())
        opening = entities.sides_in(text, begin, min(m.seg.end, begin + 60))
        if not opening or opening[0][0] > begin + 4:
            continue  # (only a state that opens the sentence: "Rwanda, ...", "The UAE ...")
        state = opening[0][1]
        if state not in m.countries and vocab.CITIES.get(m.countries[0], "") != state:
            m.countries.insert(0, state)


_THAT_BEFORE = re.compile(r"\s+(?:that|which)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?$")
"""'the ceasefire between Israel and Hezbollah | that | took effect': a relative clause's
opening right before its verb."""
_A_NOUN_ACT_S_OWN_VERBS = frozenset({"take", "enter", "expire", "collapse", "lapse", "end",
                                     "begin", "start", "break", "run", "resume", "stall"})
"""What an act named by its noun does of itself in a relative clause: takes effect, enters
into force, expires, collapses, ends, begins, breaks down, runs, resumes, stalls."""


def what_the_noun_s_relative_tells(text: str, mentions: list[Mention]) -> None:
    """A verb with no subject in a relative clause right after an act's noun tells of that
    act, whose parties it takes: "the ceasefire between Israel and the militant group
    Hezbollah that took effect in November 2024" is the ceasefire taking effect, between
    the two (ext79's Kyodo story: the row "Takes effect" named no one, as the noun, undated,
    was left out).  Only the noun of a treaty, meeting or dispute that names its parties
    (``countries`` or ``participants``), nothing but the relative's opening between them;
    sets the verb's ``subject_phrase`` (the noun) and its parties."""
    for m in mentions:
        if m.pos != "verb" or m.subject or m.subject_phrase or m.verb not in _A_NOUN_ACT_S_OWN_VERBS:
            continue
        that = _THAT_BEFORE.search(text, max(m.seg.start, m.start - 40), m.start)
        if that is None:
            continue
        act = next((x for x in mentions if x.seg is m.seg and x.pos == "noun"
                    and x.category in ("treaty", "meeting", "dispute")
                    and (x.countries or x.participants)
                    and max(x.end, x.phrase_end) == that.start()), None)
        if act is None:
            continue
        m.subject_phrase = text[act.start:act.end]  # ("Ceasefire takes effect": its noun)
        m.participants += [p for p in act.participants if p not in m.participants]
        m.countries += [c for c in act.countries if c not in m.countries]


_NAMED_THING = rf"((?:the\s+)?{CAPITAL}[\w'.-]*(?:\s+(?:of\s+)?{CAPITAL}[\w'.-]*){{0,5}})"
_WHOSE_NOUN_BEFORE = re.compile(_NAMED_THING + r",\s+whose\s+([a-z][\w-]*)\s+(?:had\s+)?$")
"""'the Aswan High Dam, whose | construction | began': a named thing's act, told in a relative
clause by its noun."""
_AND_WHICH_WAS_BEFORE = re.compile(_NAMED_THING + r",\s+whose\s+[^,;()]{1,80}?\s+and\s+which\s+"
                                   r"(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?$")
"""'the Aswan High Dam, whose construction began in January 1960 and which was | inaugurated':
the second relative clause is said of the same named thing."""


def the_thing_a_whose_clause_tells_of(text: str, mentions: list[Mention]) -> None:
    """A verb in a relative clause of a named thing tells of that thing: "the Aswan High Dam,
    whose construction began in January 1960 and which was inaugurated in 1971" is the
    construction of the dam beginning and the dam inaugurated (verify45 F10: "Construction
    begins" and "January 1960 and inaugurated").  Sets the verb's ``subject_phrase``
    ("construction of the Aswan High Dam") or ``patient`` ("Aswan High Dam")."""
    for m in mentions:
        if m.pos != "verb" or m.subject:
            continue
        low = max(m.seg.start, m.start - 200)
        if (whose := _WHOSE_NOUN_BEFORE.search(text, low, m.start)) is not None:
            m.subject_phrase = f"{whose.group(2)} of {whose.group(1)}"
        elif (which := _AND_WHICH_WAS_BEFORE.search(text, low, m.start)) is not None:
            m.patient = re.sub(r"^the\s+", "", which.group(1))


_AGENT_NAME = rf"{CAPITAL}[\w'\u2019/-]*(?:\s+(?:of\s+(?:the\s+)?)?{CAPITAL}[\w'\u2019/-]*){{0,5}}"
_REDUCED_PASSIVE_BY = re.compile(
    rf"\s+by\s+(?:the\s+)?({_AGENT_NAME}(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?{_AGENT_NAME})*)")
"""'(prisoners announced) | by the State Administration Council': the doer of a participle."""
_A_NOUN_BEFORE = re.compile(r"(?<![\w-])(?!(?:is|are|was|were|be|been|being|has|have|had|"
                            r"not|also|and|or|it|they|he|she|who|which|that)\b)[a-z][a-z-]+\s+$")
"""A common noun right before the participle ('prisoners | announced'), no auxiliary."""


_DONE_BY_ITS_DOER = frozenset({"announced", "signed", "adopted", "issued", "imposed", "approved",
                               "ratified", "concluded", "declared", "launched", "proposed",
                               "ordered", "initialled", "initialed"})
"""Participles whose "by" names who did the act itself: not a third party's ("brokered",
"mediated", "facilitated", "hosted by": the mediator or host, beside the sides)."""


def the_doer_of_a_reduced_passive(text: str, mentions: list[Mention]) -> None:
    """"ASEAN welcomes the release of 3,000 prisoners announced by the State
    Administration Council on 1 November": a participle after a noun (a reduced relative
    clause) was done by the one named after "by", not by the sentence's subject (ext57's
    ASEAN chair's statement: ASEAN announced the release).  Only a participle right after
    a common noun and right before "by" and a body's or states' names (not people's:
    their states stay), which become its subject; only the participles of :data:`_DONE_BY_ITS_DOER`
    (a deal "brokered by China" was made by its sides)."""
    for m in mentions:
        if m.pos != "verb" or m.word.lower() not in _DONE_BY_ITS_DOER:
            continue
        if _A_NOUN_BEFORE.search(text, max(m.seg.start, m.start - 30), m.start) is None:
            continue
        agent = _REDUCED_PASSIVE_BY.match(text, m.end, m.seg.end)
        if agent is None or agent.group(1).split()[0].lower() in MONTH_AND_DAY_NAMES:
            continue
        name = agent.group(1)
        if not COUNTRIES.get(name) and not BODY.search(name) \
                and any(COUNTRIES.get(n) is None for n in split_names(name)):
            continue  # (people or others: "signed by Foreign Secretary David Lammy and ...")
        m.subject, m.subject_phrase = name, name
        m.participants = [p for p in m.participants if p in name]
        m.countries = [c for c in m.countries if c in name or COUNTRIES.get(c, c) in
                       {COUNTRIES.get(n, n) for n in split_names(name)}]


def a_summit_of_their_leaders(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"The two ministers agreed to hold a summit of their leaders in Tokyo in January": the
    summit is the leaders', so its participants are the ministers' states, not the
    ministers (verify48 F2: "Cho Hyun and Takeshi Iwaya meet in Tokyo").  Only a meeting
    noun the phrase "of their leaders" (or "of the two countries' leaders", "of their heads
    of state") follows, whose people all have a known state and name two states or more."""
    for m in mentions:
        if m.category != "meeting" or m.pos != "noun" or not OF_THEIR_LEADERS.match(text, m.end):
            continue
        people = list(dict.fromkeys((*m.participants, *split_names(m.subject))))
        states = list(dict.fromkeys(entities.people.get(p, "") for p in people))
        if not people or "" in states or len(states) < 2:
            continue
        m.subject, m.subject_phrase = join_names(states), ""
        m.participants = []
        m.countries = list(dict.fromkeys((*states, *m.countries)))


_VISIT_OF = re.compile(rf"\s+(?:by|of)\s+(?:the\s+)?(?P<who>(?:{CAPITAL}[\w'.\u2019-]*\s+){{0,5}}"
                       rf"{CAPITAL}[\w'.\u2019-]*)")
"""Whose visit a noun tells: "the visit | of the Iranian Foreign Minister" to Riyadh."""


def the_visitor_of_a_visit(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"The council welcomed the visit of the Iranian Foreign Minister to Riyadh last month":
    the visitor makes the visit, not the subject that welcomed it (ext59's own SPA story:
    "GCC Ministerial Council visits Riyadh").  The visitor is the person the "of"/"by"
    phrase names, else the state of its adjective ("Iranian") or its name."""
    for m in mentions:
        if m.category != "visit" or m.pos != "noun" or (
                found := _VISIT_OF.match(text, m.end, m.seg.end)) is None:
            continue
        who = found.group("who")
        people = entities.people_in(who, 0, len(who))
        first = who.split()[0]
        visitor = people[-1][1] if people else vocab.DEMONYMS.get(first, "") or next(
            (s for _, s in entities.countries_in(who, 0, len(who))), "")
        if not visitor or visitor == m.subject:
            continue
        m.subject, m.subject_phrase = visitor, ""
        state = entities.people.get(visitor, "") or visitor
        if state in COUNTRIES.values() and state not in m.countries:
            m.countries = [state, *m.countries]


_ENVOY_OF = re.compile(
    rf"(?P<leader>{CAPITAL}[\w.'\u2019-]*(?:\s+{CAPITAL}[\w.'\u2019-]*){{0,3}})['\u2019]s?\s+"
    r"(?:(?:special|personal|chief|top|senior|new|presidential|foreign\s+policy|national\s+"
    r"security)\s+)*(?:envoy|representative|emissary|adviser|advisor|aide|negotiator|"
    r"chief\s+of\s+staff|spokes(?:man|woman|person))(?:\s+(?:for|to|on)\s+[^,]{2,40}?)?"
    rf"(?:\s*,\s*(?P<named>[^,;:()]{{3,80}}?)\s*,)?\s*(?:(?:also|then|\w+ly)\s+)?$")
"""'President Lee Jae-myung's special envoy, | former prime minister Kim Boo-kyum, | met':
the leader whose envoy acts, and the envoy's name if the aside gives it."""


def the_envoy_not_the_leader(text: str, mentions: list[Mention], entities: Entities) -> None:
    """"President Lee Jae-myung's special envoy, former prime minister Kim Boo-kyum, met
    Vietnamese President Luong Cuong": the envoy meets, not the president who sent him
    (ext59: "Lee Jae-myung and Luong Cuong meet"); with no name given ("Donald Trump's
    special envoy met Putin"), the leader's state takes part, not the leader.  Only a verb
    whose subject is the envoy phrase, up to the clause's start."""
    for m in mentions:
        if m.pos != "verb":
            continue
        found = _ENVOY_OF.search(text, max(m.seg.start, m.start - 200), m.start)
        if found is None:
            continue
        leaders = entities.people_in(found.group("leader"), 0, len(found.group("leader")))
        if not leaders:
            continue
        leader = leaders[-1][1]
        named = found.group("named") or ""
        envoys = entities.people_in(named, 0, len(named))
        envoy = envoys[-1][1] if envoys else ""
        state = entities.people.get(leader, "")
        stand_in = envoy or state
        if not stand_in:
            continue
        m.participants = [stand_in if p == leader else p for p in m.participants]
        if stand_in not in m.participants:
            m.participants.insert(0, stand_in)
        if m.subject in ("", leader):
            m.subject, m.subject_phrase = stand_in, ""
        if state and state not in m.countries:
            m.countries = [state, *m.countries]


_SIDES_AFTER_A_MEETING = re.compile(
    r"(?:\bbrought\s+together|,\s+joined\s+by|\bwith\s+the\s+participation\s+of)\s+"
    r"(?P<sides>[^;:()]{3,160}?)(?=\s+(?:in|at|on|for|to|last|this|next)\s|\s*[.;]|,\s+(?:the\s+)?"
    r"[a-z]|$)")
"""Who a meeting gathers, told after its verb or noun: "The talks ... brought together |
delegations from Pakistan and Afghanistan |", ", joined by | the foreign ministers of Greece,
Turkey and Britain |"."""


def the_sides_named_after_the_meeting(text: str, mentions: list[Mention],
                                      entities: Entities) -> None:
    """"The talks, mediated by Qatar and Turkey, brought together delegations from Pakistan
    and Afghanistan": the states the meeting gathers take part (ext59: the mediators alone);
    "Guterres hosted the two leaders in Geneva, joined by the foreign ministers of Greece,
    Turkey and Britain": those states too.  Only states named in that phrase, in the
    meeting's own sentence within 200 characters of its word."""
    for m in mentions:
        if m.category != "meeting":
            continue
        found = _SIDES_AFTER_A_MEETING.search(text, m.end, min(m.seg.end, m.end + 200))
        if found is None:
            continue
        states = [s for _, s in entities.countries_in(text, found.start("sides"),
                                                      found.end("sides"))]
        have = {*m.participants, *m.countries, *m.joined_by}
        m.joined_by = [*m.joined_by, *(s for s in dict.fromkeys(states) if s not in have)]


_A_TEXT_S_WORD = re.compile(r"\b(?i:treaty|agreement|accord|pact|charter|memorandum|deal|"
                            r"convention|protocol)\b")
"""The noun of a signed text (the mention's word, or what a passive was done to)."""
_A_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from)\s+(?:the\s+)?$")
_A_CAPITAL_AFTER = re.compile(r"[\w-]+\s+capital\b")
"""'in | Seychelles', 'the | Malagasy capital': a state named as a place, no party."""
_INSIDE_BRACKETS = re.compile(r"\([^()]*$")
"""'(CARICOM Secretariat, Turkeyen, Greater Georgetown, | Guyana)': a state inside brackets,
a release's address, no party."""


def the_pair_of_the_sentence_of_a_text(text: str, mentions: list[Mention],
                                       entities: Entities, dateline_end: int) -> None:
    """A treaty, charter or agreement that names no party and no doer, in a sentence that
    names exactly two states or blocs and no person: those two are its parties ("Japan and
    Brazil marked 130 years of diplomatic ties in 2025, counting from a treaty of friendship
    ... signed in Paris in 1895"; "Jakarta and Dili established relations ... though two
    small segments remained unresolved until an agreement in July 2023"; "the US State
    Department suspended its strategic partnership with Georgia, a framework dating back to
    the charter signed in January 2009": ext87, h10's Kyodo and h11's Antara and podcast
    stories named no one).  Sets the mention's ``countries``; not a text whose own phrase
    decided its parties (``own_parties``).  Only the sentence's words after the dateline
    (which ends at ``dateline_end``) count."""
    for m in mentions:
        if m.category != "treaty" or m.subject or m.subject_phrase or m.participants \
                or m.countries or m.own_parties or not (
                    _A_TEXT_S_WORD.search(m.word) or _A_TEXT_S_WORD.search(m.patient)):
            continue
        lower = max(m.seg.start, dateline_end) if dateline_end < m.seg.end else m.seg.start
        if entities.people_in(text, lower, m.seg.end):
            continue
        named = without_places_states(text, entities.sides_in(text, lower, m.seg.end))
        found = sorted(
            [(at, s) for at, s in named
             if not _A_PLACE_BEFORE.search(text, max(0, at - 12), at)
             and not _A_CAPITAL_AFTER.match(text, at)
             and not _INSIDE_BRACKETS.search(text, lower, at)]
            + [(at, CAPITALS.get(c, c)) for at, c in
               entities.governments_in(text, lower, m.seg.end)])
        sides = list(dict.fromkeys(s for at, s in found if at < m.start))
        # (both named before the text, none other after it: "Moscow has criticised the
        # deal, and Chile's comptroller said ..." names no party of the deal)
        if len(sides) == 2 and {s for at, s in found if at >= m.start} <= set(sides):
            m.countries = sides


def the_host_of_the_visit_it_is_held_on(mentions: list[Mention], entities: Entities) -> None:
    """"Prime Minister Anwar Ibrahim arrived in Tokyo on Monday for a three-day visit. He held
    talks on Tuesday and signed an energy accord": talks and accords that name no other side,
    told in the sentence after the visit's by its visitor, are with the state visited (the
    city's state of the visit's place).  blind59 (session 53): the other side of a meeting
    named only in the sentence before was left out (ext105).  Not talks placed elsewhere,
    nor a visitor who is a state of the city visited, nor a meeting of the visit's own
    sentence ("who had cut short his visit to the World Economic Forum in Davos, chaired a
    meeting of the National Security Committee": no Switzerland, dev h11's Dawn story)."""
    visit: Mention | None = None
    for m in mentions:
        if m.category == "visit" and m.subject in entities.people and m.location:
            visit = m
            continue
        if visit is None or m.category not in ("meeting", "treaty") or m.pos != "noun" \
                or m.subject != visit.subject or m.countries \
                or any(p != m.subject for p in m.participants) \
                or m.seg is visit.seg or not 0 <= m.seg.start - visit.seg.end <= 3 \
                or m.location and m.location != visit.location:
            continue
        host = vocab.CITIES.get(visit.location, "") or COUNTRIES.get(visit.location, "")
        if host and host != entities.people.get(m.subject, ""):
            m.countries = [host]


_AND_THE_NEXT_VERB = re.compile(
    r"(?:\s+(?!(?:and|but|or|that|which|who|whom|whose|when|after|before|while|because|"
    r"if|as)\b)[\w'\u2019.,-]+){0,6}?,?\s+and\s+(?:then\s+|later\s+|finally\s+)?")
"""'The panel held its first hearings | in March 2001 and | delivered its award': a few words
of the first clause (no clause of its own), then "and" right before the second verb."""


def the_subject_of_the_first_conjunct(text: str, mentions: list[Mention], entities: Entities,
                                      dateline_end: int) -> None:
    """"The panel held its first hearings in March 2001 and delivered its award on 4 October
    2003": a verb coordinated by "and" with the act before it in its sentence, with no
    subject of its own, has that act's subject (verify84 F2, ext147: the row read "Delivers
    its award").  Only when just a few words without a clause of their own lie between; an
    event noun's subject is its light verb's ("held | its first hearings")."""
    previous: Mention | None = None
    for m in mentions:
        if m.pos == "verb" and not m.subject and _A_TIME_ADVERB.fullmatch(m.subject_phrase):
            m.subject_phrase = ""  # (", and later | called on": no subject, the time's word;
            # ext156, the row read "Later calls on ...")
        if previous is not None and m.pos == "verb" and not m.subject and \
                not m.subject_phrase and previous.seg is m.seg and previous.end <= m.start and \
                (_AND_THE_NEXT_VERB.fullmatch(text, previous.end, m.start) is not None
                 or _AND_LATER_THE_NEXT_VERB.fullmatch(text, previous.end, m.start) is not None):
            name, phrase = previous.subject, previous.subject_phrase
            if not name and not phrase:
                light = _LIGHT_VERB_BEFORE.search(text, m.seg.start, previous.phrase_start
                                                  if previous.pos == "noun" else previous.start)
                if light is not None:
                    name, phrase = subject_parts(text, m.seg, light.start(1), entities,
                                                 dateline_end)
            if name:
                m.subject = name
                if name in entities.people and name not in m.participants:
                    m.participants.insert(0, name)  # (a person who does both acts)
            elif phrase and " " not in phrase.strip():
                m.subject_phrase = phrase
        previous = m


_AND_LATER_THE_NEXT_VERB = re.compile(
    r"(?:\s+(?!(?:and|but|or|that|which|who|whom|whose|when|after|before|while|because|"
    r"if|as)\b)[\w'\u2019.,-]+){0,14}?,?\s+and\s+(?:then|later|afterwards)\s+")
"""'(held talks) with her counterpart ... on Tuesday morning, and later | (called on)': the
next act of the subject, told as later, past a longer first clause (ext156)."""
_A_TIME_ADVERB = re.compile(r"(?i:later|then|afterwards|subsequently|finally|also)")
"""A word read as a verb's subject phrase that is only when the verb's act came."""


_LIGHT_VERB_BEFORE = re.compile(r"\b(held|made|gave|issued|conducted|began|opened)\s+$")
"""'The panel | held | its first hearings': the verb an event noun's doer is the subject of."""

