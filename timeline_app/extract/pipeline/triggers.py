"""Stage 3a, triggers: the words of a sentence that name an event here.

Input: the article text and its segments (headings are skipped: they repeat the
story).  Output: a :class:`~.mentions.Mention` list in text order, each with its
category, weight, part of speech and mood ("plan" for "will cut", "to visit").  A word
is no event when it is an adjective ("the recently announced phone"), a noun spelled
like a verb ("job cuts"), a verb without the object that makes it an event ("filed a
report"), or a possibility ("whether it should be approved") — :func:`reading`.
:func:`absorb_objects` then drops nouns that are only the object of a stronger
mention ("the anniversary of the normalization").
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import re
from collections.abc import Iterator

from ...core import FuzzyDate
from .. import event_vocabulary as vocab
from ..chronology import chronology_entry, line_start
from ..letters import CAPITAL
from ..month_names import ENGLISH_MONTH_RE
from ..sentences import Segment, body_segments
from ..timex import Timex
from .clauses import clause_left, over_joined_names
from .dating import (
    ENTRY_PLACE,
    day_headings,
    deadline_value,
    meeting_length,
    timex_basis,
    timex_to_date,
)
from .inflection import gerund_lemma, is_common_noun, past_tense_lemma, verb_forms, verb_tags
from .lexicon import (
    ADJECTIVAL,
    ADVERB,
    BE,
    DONE_TO,
    FORM_KIND,
    HYPOTHETICAL,
    IRREALIS,
    MODALS,
    NOUN_NEEDS,
    PLAN_TO,
    SUBJECT_NEEDS,
    TO_OR_MODAL_LAST,
    TRIGGER_TABLE,
    VERB_NEEDS,
    WHEN_BETWEEN,
    lemma_of,
    trigger_words,
)
from .mentions import Mention
from .phrases import instrument_before, named_before_pronoun, possessed_and_dated, tail, timexes_in

# A sentence of the news corpora has at most 5 event mentions (TimeBank, MEANTIME); one
# with dozens is a list or hostile text ("met met met ..."), and every mention costs
# work across its sentence: past these many, the rest of the sentence is not read.
MAX_TRIGGERS_PER_SEGMENT = 64
MAX_MENTIONS_PER_SEGMENT = 24


_VERB_LEMMAS_OF_TRIGGERS = frozenset(
    lemma for _word, (_cat, _weight, pos_, lemma) in vocab.TRIGGERS.items() if pos_ == "verb" and lemma)
"""The base forms of the verbs the trigger table spells ("protest" of "protested")."""
_BARE_TO_LAST = re.compile(r"(?<![\w'-])to\s+$")
_A_THING_S_LAST = re.compile(
    r"(?<![\w'\u2019-])(?!(?i:it|he|she|that|what|who|there|here|where|this|one)['\u2019])"
    r"[A-Za-z][\w-]*['\u2019]s\s+$")
"""'the treaty's | signing', 'Estonia's | joining': a possessive before an -ing form makes it
the noun of the act, never a verb (verify86 F6: "... of the treaty's signs will be held");
not "it's signing" or "he's joining" (a pronoun with "is")."""
_AN_INSTRUMENT_S_LAST = re.compile(
    r"\b(?i:agreement|accord|deal|treaty|pact|declaration|convention|protocol)['\u2019]s\s+$")
"""'the treaty's | signing': the text a signing needs, told as its possessor."""
_IN_FORCE_NEXT = re.compile(r"\s+(?:is|are|remains|remain)\s+(?:now\s+|still\s+|already\s+|fully\s+)?"
                            r"in\s+(?:force|effect|place)\b(?!\s+(?:since|from|as\s+of)\b)")
"""'(the deal) | is in force': what a text is in now, a state, no act (not "is in force since
2019", which dates its start)."""
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:]|\s(?:and|but)\s|$)")
"""'to |': a bare "to" right before a word, which makes a verb's base form an infinitive."""

_THE_PRESS_LAST = re.compile(
    r"(?:\b(?:media|newspapers?|daily|dailies|paper|broadcasters?|television|TV|radio|news\s+"
    r"agency|news\s+outlets?|outlets?|website|magazine|press|journalists?|reporters?|Reuters|AFP|"
    r"AP|Bloomberg|Xinhua|Yonhap|Kyodo|KCNA|IRNA|TASS|Interfax|RIA|Anadolu|Bernama|Antara|PTI|"
    r"EFE|ANSA|dpa|Journal|Times|Post|Guardian|Herald|Tribune|Telegraph|Gazette|It)|"
    r"\b(?:it|which)\s+(?:was|were|had\s+been))\s+(?:\w+ly\s+)?$")
"""Who reported, when it is the press: "State media | reported", "The Wall Street Journal
| reported" (ext26: a dated report is a row only when its reporter is no news outlet)."""


_AFTER_A_DATELINE = re.compile(r"(?:\)\s*[-\u2013\u2014]{1,2}|\s[-\u2013\u2014]{1,2})\s+$")
"""The end of a dateline the lead shares its segment with ("VIENNA, Nov 20 (Reuters) - ",
"WASHINGTON -- "): the next word opens the sentence, capitalised as any first word is
("Talks held in Riyadh on Tuesday ended ..." had no event: "Talks" was read as a name's)."""


_RULING_WHO = re.compile(rf"\s+(?:{CAPITAL}[\w'\u2019-]*\s+){{0,4}}(?i:party|coalition|junta|bloc|"
                         r"alliance|front|government|military|council|family|elite|camp)\b")
"""After "ruling" as an adjective: who rules ("the ruling | Civil Contract party", "the
ruling | coalition"), not a court's ruling."""


_A_REGIME_FOR_LAST = re.compile(r"\b(?:regime|visas?|exemption|waiver|scheme)\s+for\s+(?:[a-z-]+\s+){0,2}$")
"""'a visa-free regime for (tourist) | visits': visits a regime or a visa is for, no visit."""
_A_NAME_BEFORE_THE_HYPHEN = re.compile(rf"(?<![\w-]){CAPITAL}[a-z]+\s+{CAPITAL}[a-z]+$")
"""'Chey Tae|-won': a family name and the first part of a hyphenated given name."""


def find_mentions(text: str, segments: list[Segment]) -> list[Mention]:
    """The trigger words of the article's sentences that are events here, in text order
    (at most ``MAX_MENTIONS_PER_SEGMENT`` of the first ``MAX_TRIGGERS_PER_SEGMENT``
    trigger words of a segment)."""
    mentions: list[Mention] = []
    for seg in segments:
        if seg.kind == "heading":
            continue  # headlines repeat the story in title case; the body dates it
        kept = len(mentions)
        if _CORRECTION.search(text, seg.start, seg.end) or _CORRECTS_NOTE.match(text, seg.start,
                                                                                 seg.end):
            # "An earlier version of this story said the talks took place ...", "(Corrects
            # location of attack to off Mokha, from off Hodeidah, and time to Sunday night, in
            # paragraph 1)": the note tells what the story now says, no event of its own
            # (verify58 F6: a row "Attack to off Mokha")
            continue
        for n, (start, end, word) in enumerate(trigger_words(text, seg.start, seg.end)):
            if n >= MAX_TRIGGERS_PER_SEGMENT or len(mentions) - kept >= MAX_MENTIONS_PER_SEGMENT:
                break
            low = word.lower()
            # Capitalised inside a sentence it is part of a name ("Security Conference"),
            # unless the name is of an event told with a date or a plan of its own ("the
            # Defence Cooperation Arrangement of 2012", "the next Defence Ministers'
            # Meeting in Jakarta later this year", "hosted the International Conference
            # for the Reconstruction of Iraq")
            if word[0].isupper() and start != seg.start and not (
                    TRIGGER_TABLE[low][2] == "noun" and (_named_event(text, seg, start, end)
                                                         or _entry_named(text, seg, start)
                                                         or _a_body_s_meeting(text, seg, start,
                                                                              end))) \
                    and not _AFTER_A_DATELINE.search(text, max(seg.start, start - 8), start):
                continue
            if word[0].isupper() and low in vocab.BODY_NAME_HEADS \
                    and not _a_body_s_meeting(text, seg, start, end):
                continue  # "the Pacific Islands Forum": a body, never its meeting (verify51)
            if re.match(r"['\u2019](?:t|s\b)|-\w", text[end:end + 2]):
                continue  # "won't", "launch's", "order-taking"
            if start > seg.start + 1 and text[start - 1] == "-" \
                    and low.endswith("ed") and TRIGGER_TABLE[low][2] == "verb" and \
                    _COMPOUND_AGENT.search(text, max(seg.start, start - 30), start):
                continue  # "the U.S.-brokered talks": who brokered them, an adjective (ext54)
            if start > seg.start + 1 and text[start - 1] == "-" and word[0].islower() \
                    and _A_NAME_BEFORE_THE_HYPHEN.search(text, max(seg.start, start - 40), start - 1):
                continue  # "Chey Tae-won", "Park Ji-won": the part of a Korean given name,
                # no verb (verify54: "Li also met wins", a treaty row)
            if low == "won" and _AN_AMOUNT_LAST.search(text, max(seg.start, start - 30), start):
                continue  # "100 million won each": South Korea's currency (verify34 E11)
            if low == "ruling" and _RULING_WHO.match(text, end, seg.end):
                continue  # "Armenia's ruling Civil Contract party": who rules, no court's act
            if low in ("visit", "visits") and _A_REGIME_FOR_LAST.search(
                    text, max(seg.start, start - 60), start):
                continue  # "a visa-free regime for tourist visits": what the regime is for, the
                # regime is the act (verify86 F6: a row titled "Visit")
            category, weight, pos, verb = TRIGGER_TABLE[low]
            if pos == "verb" and FORM_KIND.get(low) in ("base", "ing") and (
                    low in NOUN_NEEDS and NOUN_NEEDS[low][0].search(tail(text, seg.start, start))
                    or possessed_and_dated(text, seg, start, end, low) is not None
                    or FORM_KIND.get(low) == "ing" and _A_THING_S_LAST.search(
                        text, max(seg.start, start - 40), start) is not None):
                # "The release of water ... on 26 and 27 November": the noun of an event
                # verb, read as NOUN_NEEDS asks (verify45 F2: no row for the release); and
                # a gerund as its noun ("After the landing at Incheon on 15 September 1950",
                # verify51 F3); a gerund after a possessive, "the treaty's signing"
                pos, verb = "noun", ""
                category = vocab.NOUN_OF_A_VERB_CATEGORY.get(low, category)
            if pos == "noun" and low == f"{verb}s" and verb in vocab.EVENT_VERBS \
                    and _entry_present(text, seg, start):
                # "11 January 2025: Hassan Sheikh Mohamud visits Addis Ababa": a chronology's
                # entry in the present, the verb, not the plural noun "visits"
                category, weight = vocab.EVENT_VERBS[verb][:2]
                pos = "verb"
            if pos == "noun" and low in vocab.EVENT_VERBS and _A_COUNTED_GROUP_LAST.search(
                    text, max(seg.start, start - 50), start) and _A_DETERMINER_NEXT.match(
                    text, end, seg.end):
                # "Day 2, 15 December: the two presidents visit the Toktogul dam": the verb
                # of the counted group before it, not the noun of "the presidents' visit"
                # (verify68 F4: "Visit (scheduled)", no one, no place)
                category, weight = vocab.EVENT_VERBS[low][:2]
                pos, verb = "verb", low
            if pos == "noun" and low in vocab.EVENT_VERBS and TO_OR_MODAL_LAST.search(
                    tail(text, seg.start, start)):
                # "will visit Canberra": the verb, not the noun "visit".
                category, weight = vocab.EVENT_VERBS[low][:2]
                pos, verb = "verb", low
            if pos == "noun" and low in _VERB_LEMMAS_OF_TRIGGERS and _BARE_TO_LAST.search(
                    text, max(seg.start, start - 12), start) and _CLAUSE_ENDS.match(text, end):
                continue  # "called Ozolins on Monday | to protest |,": an infinitive closing
                # the clause, the purpose of the call, no noun "protest" of its own; as a noun
                # it took the call's day and the call was folded into it (ext114: "Ozolins:
                # Protest"); not "marched through London to protest against the pact", whose
                # protest is the row (dev: its place)
            if pos == "noun" and _IN_FORCE_NEXT.match(text, end, seg.end):
                continue  # "Tonight the deal is in force, but ...": a state the text is in,
                # no act of the day (ext114: "Deal reached" on the anniversary's evening)
            mood = reading(text, seg, start, end, low, pos, verb)
            if mood is None:
                continue
            if verb == "report" and _THE_PRESS_LAST.search(text, max(seg.start, start - 60), start):
                continue  # "State media reported on Monday that ...": the press, no event
            if pos == "noun" and _DESPITE_THE.search(text, max(seg.start, start - 40), start):
                # "shelling continued overnight despite the announcement": the act told
                # before, named again, no event of its own (verify42 X21: "Announcement in
                # El Obeid"; own AP story: "Agreement reached in Oddar Meanchey")
                continue
            source = _A_SOURCE_S_TALKS.search(text, max(seg.start, start - 40), start) \
                if pos == "noun" else None
            if source is not None and not source.group("the"):
                # "a diplomat close to the talks told AFP", "sources familiar with the
                # negotiations said": who tells the news, no event (verify42 X15: the
                # committee's meeting was titled "Talks (scheduled)")
                continue

            if low == "meeting" and _PARTICIPLE_MEETING.search(text, max(seg.start, start - 160),
                                                                start) \
                    and _MEETING_WHERE_THEN_VERB.match(text, end, seg.end):
                # "EU leaders, meeting in Brussels on June 3, agreed to extend sanctions":
                # a participle telling where the subject's act was, not a meeting of its own
                # (ext40's own story: the row was "Meeting ... (scheduled)", the act lost)
                continue
            if low == "declaration" and text[start] == "D" and _A_NAME_LAST.search(
                    text, max(seg.start, start - 40), start):
                # "the Argyle Declaration of December 15, 2023": a text two states signed,
                # named (verify44 X23, "Ministers: Argyle Declaration", a statement)
                category = "treaty"
            if low in ("hearing", "hearings") and _A_LEGISLATURE.search(text, seg.start, start) \
                    and not _A_COURT.search(text, seg.start, seg.end):
                # "The Parliament's trade committee will hold a first hearing on February 4":
                # a legislature's hearing is a sitting of its members, no court's case
                # (verify74 F14: it went into Dispute)
                category = "meeting"
            if pos == "verb" and a_first_journey(verb, text, seg, start):
                category = "event"  # (a first train's crossing: no dispute's, no visit's)
            mention = Mention(seg, start, end, low, category, weight, pos, verb)
            # ("two diplomats briefed on the meeting said": the meeting told before, which
            # the sentence's people took part in, never an event of its own: verify63 F1)
            mention.known_by_a_source = source is not None
            mention.planned = mood == "plan" or pos == "noun" and (_PLANNED_OBJECT.search(
                text, max(seg.start, start - 60), start) is not None
                or PLANNED_PURPOSE.search(text, max(seg.start, start - 120), start) is not None
                or low in _GATHERING_SUBJECTS and _TO_TAKE_PLACE_AFTER.match(text, end, seg.end)
                is not None)
            before = tail(text, seg.start, start)
            done = (DONE_TO.search(before) or (_AND_TO.search(before) or _AND_BARE.search(before))
                    and _DONE_TO_ANYWHERE.search(before)) \
                if FORM_KIND.get(low) == "base" else None
            if done is None and pos == "verb" and mood == "plan" and \
                    _THREATENED_TO.search(before) is not None:
                # "prompt France and Ireland to threaten to block the deal": the threat is
                # the act of the date, told as one ("... threaten to block deal"), not a
                # plan (verify74 F3: the deal alone read "Ireland reaches deal")
                mention.lead_in, mention.planned = "threaten", False
            elif done is None and pos == "verb" and mood == "plan" and \
                    (offered := _OFFERED_TO.search(before)) is not None \
                    and (offered.group("when") or _A_DAY_OF_ITS_OWN.match(text, end, seg.end) is None):
                # "offered to send a delegation to Riga": the offer is the act of its day, a
                # statement, not the trip on that day (verify76 F9: a Visit at Vilnius); and
                # "offered on Monday to visit Riga on 5 May": Monday's offer, the visit not
                # yet agreed
                mention.lead_in = lemma_of(offered.group("verb").lower())
                mention.planned, mention.category = False, "statement"
            if done:
                # "agreed to buy", "agreed to hold talks and to launch a group": the title
                # says so ("agrees to buy").
                mention.lead_in = lemma_of(done.group(0).split()[0].lower())
                if mention.lead_in == "vote" and len(mentions) > kept and \
                        mentions[-1].verb == "vote":
                    # "voted Saturday to impeach": the act voted for is the event and the
                    # vote its lead-in ("votes to impeach"), not a second event (ext22)
                    mentions.pop()
            if pos == "verb" and verb in vocab.OBJECT_CATEGORY:
                # "filed a lawsuit" is a dispute, "won the election" an event.
                # (a declaration's object may be long before its "persona non grata": "declared
                # two members of the staff of the Embassy of the Republic of X persona non grata")
                after = text[end:min(seg.end, end + (120 if verb == "declare" else 60))]
                pronoun = _IT_AFTER_VERB.match(after)
                if pronoun and (thing := instrument_before(text, start)):
                    # "will vote on it": the lane of the treaty "it" stands for
                    after = f"{after[:pronoun.start(1)]}the {thing.split()[-1]}" \
                            f"{after[pronoun.end(1):]}"
                # (what stands before it only within its clause: "The agreement came four
                # days after India struck what it called terrorist infrastructure" is a
                # strike, no deal struck; ext42's own PTI story)
                obj = (text[max(seg.start, start - 40, clause_left(text, seg, start)):start]
                       + " | " + after).lower()
                hit = next((c for w, c in vocab.OBJECT_CATEGORY[verb].items()
                            if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", obj)), "")
                mention.category = hit or mention.category
                if verb == "call" and BOTH_LEADERS_CALLED.match(text, end, seg.end):
                    # "Lula called both leaders last week": a call, which the app files
                    # with meetings (verify69 F4: the lane of "call for", Policy)
                    mention.category = "meeting"
            if verb in ("follow", "do so"):
                # "and Sweden followed on March 7": the act of the clause before, by another
                # ("and the Duma did so only in April 2000": ext142)
                # (not "which was followed by an implementation annex agreed in Ohrid": what
                # came next is told by its own words, verify43 X2's "Normalise relations
                # followed in Ohrid")
                act = mentions[-1] if len(mentions) > kept else None
                if act is None or act.pos != "verb" or _FOLLOWED_BY.match(text, end, seg.end):
                    continue
                mention.category, mention.verb = act.category, act.verb
                mention.object_of = act  # (whose object the title repeats: titles)
            if low == "arrived" and _THINGS_LAST.search(
                    text, max(clause_left(text, seg, start, hypothetical=False), start - 80),
                    start) is not None:
                # "the first cruise missiles arrived in Sicily": a deployment, no one's visit
                # (verify80 F2: "Germany visits West Germany", then "Visit to West Germany")
                mention.category, mention.verb = "event", "arrive"
            if verb == "meet" and _MET_A_DEMAND.match(text, end, seg.end):
                # "confirmed that Iran had met its initial commitments": a demand met, no
                # meeting (verify47 F6: "IAEA meets with Iran" on Implementation Day)
                continue
            if verb == "receive" and (_RECEIVED_BY.match(text, end, seg.end)
                                      or _RECEIVES_A_GUEST.match(text, end, seg.end)):
                mention.category = "meeting"  # "was received by the king": an audience
            if verb == "welcome" and _WELCOMED_BY_A_HOST.match(text, end, seg.end) \
                    and _BE_LAST.search(text, max(seg.start, start - 20), start):
                # "he is welcomed by President Ruto at State House": a guest's reception,
                # titled as "is received by" is (a programme's line, session 52: no row)
                mention.category, mention.verb = "meeting", "receive"
            if verb == "call" and _CALLED_OFF.match(text, end, seg.end):
                # "called off the talks", "were called off": a cancellation, weighed as
                # "cancelled" is (ext51: the talks took the call's day, "Talks")
                mention.category, mention.weight = vocab.EVENT_VERBS["cancel"][:2]
            if verb == "report" and _REPORTED_TO_THE_COUNCIL.match(text, end, seg.end):
                # "reported Iran to the UN Security Council": a referral, weighed as one
                mention.category, mention.weight = vocab.EVENT_VERBS["refer"][:2]
            if verb == "call" and _CALLED_QUOTE.match(text, end, seg.end):
                mention.category = "statement"  # "called the agreement 'a provocative step'"
            if verb == "plan" and low == "planned" and len(mentions) > kept \
                    and mentions[-1].pos == "noun" and (mentions[-1].category in ("meeting",
                                                                                 "visit")
                                                        or mentions[-1].word == "signing") \
                    and _PLANNED_AFTER_IT.fullmatch(text, mentions[-1].end, start):
                # "The ministerial meeting, originally planned for Bergen on Nov. 6, had
                # been postponed": the meeting's own plan, not a plan of its own (verify31
                # F5: a row "Ministerial meeting plans for Bergen", no place)
                mentions[-1].scheduled = True
                continue
            if verb == "plan" and low in ("plan", "plans") and mention.pos == "verb" \
                    and _TO_A_VERB.match(text, end, seg.end):
                # "China Eastern Airlines plans to start flights ... on Nov. 9": what is
                # planned for a day to come, not a plan made that day (verify61 F7: no
                # "(scheduled)")
                mention.planned = True
            if verb == "plan" and len(mentions) > kept and mentions[-1].pos == "noun" \
                    and mentions[-1].category == "meeting" and _TO_HOST_IT.match(text, end, seg.end) \
                    and _WHICH_HOST.fullmatch(text, mentions[-1].end, start):
                # "The next round, which Tokyo plans to host in December, ...": the plan is
                # the gathering told before, planned (ext32 left it titled "Tokyo plans to
                # host", no place); its date and host are the gathering's
                mentions[-1].planned = True
                continue
            if verb in _REASON_VERBS and len(mentions) > kept and (
                    low.endswith("ing") or _WHEN_CLAUSE.search(text, max(seg.start, start - 60),
                                                               start)):
                # "closed all crossings in December 2023, accusing Moscow of sending
                # migrants", "ties were severed in December 2020, when Somalia accused
                # Nairobi of interfering": the reason for the act before, part of it
                continue
            if pos == "noun" and len(mentions) > kept and _ITS_DURATION_NEXT.match(
                    text, end, seg.end) and _THE_BEFORE_NOUN.search(text, seg.start, start):
                # "forced the Authority to cut daily transits, and the restrictions lasted
                # until late 2024": the act before, and how long it lasted (its end: spans),
                # not a second row "Restrictions last" (verify57 F14's leftover; ext82)
                continue
            if pos == "noun" and _premodifies_an_event_noun(text, end, seg.end):
                # "would return to ceasefire talks in Jeddah": the talks are the event, the
                # ceasefire what they are about (verify58 F25: a treaty row "Ceasefire in
                # Jeddah" beside the talks, after "a 72-hour truce collapsed"; ext83)
                continue
            if verb in _TOLL_VERBS and _a_toll_of_the_violence_before(text, mentions[kept:],
                                                                    start):
                # "On 9 January 1964, riots broke out ...; more than 20 Panamanians and four
                # US soldiers were killed": the riots' toll, no row of its own (verify57 F14's
                # leftover: a second row "Four US soldiers killed"; ext82)
                continue
            mentions.append(mention)
        _add_documents_of_a_year(text, seg, mentions, kept)
    return mentions


_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _premodifies_an_event_noun(text: str, end: int, limit: int) -> bool:
    """Whether the event noun ending at ``end`` is the first noun of a compound whose head,
    the next word, is an event noun too: "ceasefire | talks", "peace | negotiations" -- the
    head names the event (a noun-noun compound is headed by its last noun)."""
    found = _NEXT_WORD.match(text, end, limit)
    if found is None:
        return False
    if found.group(1) in _HEADS_OF_A_TEXT_S_WORK:
        return True  # ("a line for 'Pacific treaty | implementation'", verify59 F8)
    entry = TRIGGER_TABLE.get(found.group(1))
    # (not a head that is an event only after its own words: "the sanctions | regime", whose
    # "regime" is a row only as a visa regime, NOUN_NEEDS)
    return entry is not None and entry[2] == "noun" and not (
        found.group(1) in NOUN_NEEDS and not NOUN_NEEDS[found.group(1)][0].search(
            tail(text, max(0, end - 80), found.start(1))))


_HEADS_OF_A_TEXT_S_WORK = frozenset({"implementation", "obligations", "compliance", "funding",
                                     "secretariat"})
"""Heads of a compound whose first noun is a text or an event: "a line for 'Pacific treaty |
implementation' in the budget of May 2024" is money for the treaty's work, no treaty signed
(verify59 F8: a row "Pacific treaty signed", May 2024)."""


_MET_A_DEMAND = re.compile(
    r"\s+(?:all\s+|most\s+|some\s+|none\s+of\s+)?(?:its|their|his|her|the|these|those|our|"
    r"all|every|each)\s+(?:[\w-]+\s+){0,2}?(?:commitments?|obligations?|targets?|demands?|"
    r"conditions?|requirements?|criteria|deadlines?|goals?|needs|expectations|standards?|"
    r"benchmarks?|limits?|quotas?|thresholds?)\b")
"""What follows "met" when a demand was met, not people: "had met | its initial commitments"."""
_DOCUMENT_OF_A_YEAR = re.compile(
    rf"(?:\b(?i:the)|(?<![\w'-]){CAPITAL}[\w'-]*['\u2019]s)\s+(?:1[5-9]\d\d|20\d\d)\s+"
    rf"(?:(?:[a-z][\w-]*|{CAPITAL}[\w'-]*)\s+){{0,3}}?"
    r"(?P<noun>(?i:award|agreement|accord|treaty|decree|declaration|ruling|resolution|convention|"
    r"protocol|memorandum))\b(?![\w-])(?!\s+(?i:talks|negotiations|process|deadline|framework|"
    r"signatories|limits|anniversary|text|terms|review|summit|conference|commission|"
    r"obligations|commitments|talk|regime)\b)")
"""'the | 1899 arbitral | award', "the 1966 Geneva Agreement", "Venezuela's 2015 decree": a
text of a year, named with the year before it as an adjective (not "the 2015 accord talks",
whose head is another noun; not "a 2015 decree", which only refers to one: ext50)."""
_DOCUMENT_LANE = {"award": "dispute", "ruling": "dispute", "decree": "policy",
                  "resolution": "policy"}
"""The lane of a text of a year when not "treaty" (an arbitral award, a court's ruling, a
decree, a resolution)."""


_BODY_OF_A_YEAR = re.compile(
    r"\b(?i:a|an|the)\s+(?:1[5-9]\d\d|20\d\d)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<noun>commission|conference|congress)\s+of\s+(?:the\s+)?"
    rf"{CAPITAL}[\w'-]*(?:\s+{CAPITAL}[\w'-]*)*\s+and\s+(?:the\s+)?{CAPITAL}")
"""'a | 1936 border | commission | of Britain and the Netherlands': a gathering of two named
parties with its year as an adjective (verify65 F2: the dispute's origin gave no row); not
"the technical commission", no year, nor "a 2015 commission report"."""


def of_its_year(text: str, m: Mention) -> bool:
    """Whether ``m`` is the noun of a text named with its year as an adjective ("the 1899
    arbitral | award", :data:`_DOCUMENT_OF_A_YEAR`)."""
    return any(found.start("noun") == m.start for found in _DOCUMENT_OF_A_YEAR.finditer(
        text, max(m.seg.start, m.start - 60), min(m.seg.end, m.end + 40)))


def _add_documents_of_a_year(text: str, seg: Segment, mentions: list[Mention], kept: int) -> None:
    """Add to ``mentions`` (those of ``seg`` from index ``kept``) each text of a year the
    segment names with the year as an adjective ("the 1899 arbitral award", "the 1966
    Geneva Agreement", "the 2015 decree": :data:`_DOCUMENT_OF_A_YEAR`) that no trigger
    found: a row of that year (session 35's wire-desk trial, ext51: none was), as "the
    Argyle Declaration of December 15, 2023" is (ext50).  The year dates it
    (``dating``: a year used as an adjective dates the noun it qualifies)."""
    for found in _DOCUMENT_OF_A_YEAR.finditer(text, seg.start, seg.end):
        start, end = found.span("noun")
        if any(m.start == start for m in mentions[kept:]):
            continue
        low = found.group("noun").lower()
        mention = Mention(seg, start, end, low, _DOCUMENT_LANE.get(low, "treaty"), 0.7, "noun", "")
        at = bisect.bisect_left([m.start for m in mentions[kept:]], start) + kept
        mentions.insert(at, mention)
    for found in _BODY_OF_A_YEAR.finditer(text, seg.start, seg.end):
        start, end = found.span("noun")
        if any(m.start == start for m in mentions[kept:]):
            continue
        mention = Mention(seg, start, end, found.group("noun").lower(), "event", 0.6, "noun", "")
        at = bisect.bisect_left([m.start for m in mentions[kept:]], start) + kept
        mentions.insert(at, mention)


_COMPOUND_AGENT = re.compile(rf"(?<![\w.-])(?:{CAPITAL}[\w.]*|[A-Z]{{2,}})-$")
"""'the U.S.-| brokered talks', 'a Qatari-| led mediation': a name before a hyphen makes the
participle an adjective of who did it (the row read "Ethiopia and United States broker talks"
for "Egypt and Ethiopia resumed the U.S.-brokered talks")."""


_REPORTED_TO_THE_COUNCIL = re.compile(vocab.REPORTED_TO_THE_COUNCIL)
_CALLED_OFF = re.compile(r"\s+(?:off\b|(?:it|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+off\b)")
"""'called | off the talks', 'called | the talks off': a gathering called off."""
_FOLLOWED_BY = re.compile(r"\s+by\b")
"""'was followed | by': the passive of "follow", what came after named as its agent."""
_A_BODY_THAT_MEETS = frozenset({"committee", "commission", "council", "cabinet", "mechanism",
                                "panel", "parliament", "assembly", "delegations", "ministers",
                                "leaders"})
"""Bodies and groups named by a common noun, whose present tense tells a meeting ("The
monitoring committee meets in Jeddah next Thursday")."""
_A_BODY_ON_ITS_TOPIC = re.compile(
    r"\b(?:" + "|".join(sorted(_A_BODY_THAT_MEETS)) + r")\s++(?:on|of|for|between)\s++"
    r"(?:[\w'\u2019-]++\s++){1,5}$", re.IGNORECASE)
"""Such a body with what it is on: "a joint commission on river crossings meets on Friday"
(ext137, from blind set h24: no row, 'borders' read as the subject of 'meets')."""
_A_TERM_THAT_ENDS = frozenset({"chairmanship", "chairship", "presidency", "mandate"})
"""A chair's or a mandate's term, whose present tense tells its end ("before the chairmanship
ends in 2027": ext133, from blind set h23, no row; ``SUBJECT_NEEDS``; "whose mandate expires on
7 February": ext146, from blind set h27)."""
_A_LEGISLATURE = re.compile(r"\b(?:[Cc]ommittees?|[Pp]arliament(?:ary)?|Congress(?:ional)?|"
                           r"Senate|[Aa]ssembly|Bundestag|Duma|[Ll]awmakers|MPs|[Ss]enators)\b")
"""A legislature or its committee ("The Parliament's trade committee | will hold a first
hearing"): a hearing it holds is a meeting."""
_A_COURT = re.compile(r"\b(?:[Cc]ourts?|[Tt]ribunal|[Jj]udges?|ICJ|[Aa]rbitrat\w*|[Pp]rosecut\w*|"
                      r"[Tt]rial|[Dd]efendants?)\b")
"""A court's words in the sentence: its hearing is a case's (a dispute)."""
_GAPPED_CONJUNCT = re.compile(r"\d{4}\s*,?\s+(?:and\s+)?(?:\w+ly\s+)?$|\d{4},\s+(?:\w+ly\s+)?$")
"""'The talks were suspended in June 2023, | resumed briefly in late October 2023 and |
collapsed in December': a verb after a dated conjunct, whose subject is the sentence's."""
_NO_OBJECT_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:in|on|at|for|after|before|during|last|"
                              r"this|until|over)\b")
"""A verb followed by a place or a date, no object ('resumed | briefly in late October')."""
_DESPITE_THE = re.compile(r"\b(?:despite|notwithstanding)\s+(?:the|this|that|its|their)\s+"
                          r"(?:[a-z-]+\s+)?$", re.IGNORECASE)
"""'despite the | announcement', 'despite the new | truce': an act named again (no date
between: "despite the 2019 accord" names a dated one)."""
_A_SOURCE_S_TALKS = re.compile(r"\b(?:close\s+to|familiar\s+with|briefed\s+on|"
                               r"with\s+knowledge\s+of)\s+(?P<the>the\s+)?$")
"""'a diplomat close to the | talks', 'sources familiar with the | negotiations': a source
(group ``the``: the talks are named by a definite noun, which refers back to talks told
before)."""
_PARTICIPLE_MEETING = re.compile(r"\b(?:leaders|ministers|officials|envoys|delegates|states|"
                                 r"negotiators|representatives|diplomats|heads\s+of\s+state)"
                                 rf"(?:\s+(?:of|from)\s+(?:the\s+)?{CAPITAL}[\w-]*+"
                                 rf"(?:(?:,\s+|\s+and\s+|\s+)(?:the\s+)?{CAPITAL}[\w-]*+){{0,12}})?"
                                 r",?\s+$")
"""'EU leaders(,) | meeting in Brussels', 'Foreign ministers of Estonia, Latvia, Lithuania and
Poland, | meeting in Riga': a plural subject (and the states it is of), then the participle
(ext131: the second was a row "Meeting in Riga" of Poland alone, the agreement lost)."""
_MEETING_WHERE_THEN_VERB = re.compile(rf"\s+(?:in|at)\s+[^,;.]{{1,40}}?\s+on\s+(?:{CAPITAL}[a-z]+\.?"
                                      rf"(?:\s+\d{{1,2}})?|\d{{1,2}}\s+{CAPITAL}[a-z]+)"
                                      r"(?:\s+with\s+[^,;.()]{1,50}?)?,?\s+(?:[a-z]+ly\s+)?"
                                      r"(?:agreed|lifted|imposed|signed|adopted|called|"
                                      r"approved|decided|pledged|condemned|endorsed|launched|"
                                      r"named|elected|extended|urged|welcomed)\b")
"""'meeting | in Brussels on June 3, agreed': the participle's place and its day (and whom
they met: "meeting in Kampala on Monday with their African counterparts, agreed", ext41's own
story), then the sentence's own past verb (not 'meeting in the Ethiopian capital agreed to set up a panel to
investigate who shot down ... plane on April 6, 1994', TimeBank APW19980227.0489: without the
meeting, the ministers were the shooting's subject)."""
_PLANNED_AFTER_IT = re.compile(r",?\s+(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?"
                               r"(?:originally\s+|initially\s+|first\s+|previously\s+)?"
                               r"|\s+(?:had\s+been|has\s+been|have\s+been|was|were)\s+"
                               r"(?:originally\s+|initially\s+|first\s+|previously\s+)?")
"""'The ministerial meeting|, originally |planned for Bergen': a gathering's plan told in a
reduced relative clause; or as its passive ('The signing| had been |planned for Dec. 20')."""
_WHICH_HOST = re.compile(rf"[^.;:]{{0,40}}?,?\s+(?:which|that)\s+(?:the\s+)?{CAPITAL}[\w.'\u2019-]*"
                         rf"(?:\s+{CAPITAL}[\w.'\u2019-]*){{0,2}}\s+(?:\w+ly\s+)?")
"""'the summit|, which Tokyo |plans': a relative clause on a gathering, a host as subject."""
_TO_HOST_IT = re.compile(r"\s+to\s+(?:host|hold|stage|convene|organi[sz]e)\b(?!\s+(?:a|an|the)\b)")
"""'plans| to host| in December': the infinitive's object is the gathering before (not
'plans to host a dinner')."""


_EXITS = frozenset({"withdraw", "suspend", "quit", "pull", "leave", "denounce", "abandon",
                    "exit", "renounce", "scrap",
                    # (and one that refuses it: "The United States Senate rejected the treaty
                    # in November 1919" read "United States Senate signs treaty", my
                    # Versailles text)
                    "reject", "repudiate"})
"""Verbs by which a state leaves or stops a treaty: the treaty in their object is what they
act on, not an event of the day ("withdrew from the Paris climate accord on Tuesday" was
a row "Paris climate accord", a treaty of that day: ext33)."""

_PASSED_ON = frozenset({"approve", "endorse", "adopt", "debate", "ratify"})
"""Verbs by which a parliament or a body passes on a treaty it is given (approves, debates,
ratifies it): the treaty in their object is what they act on, not a signing of its own
(ext158, from verify89 F2: "the national assembly approved the treaty on Friday by 71 votes"
read "National Assembly signs treaty")."""

_TEXTS = frozenset({"treaty", "treaties", "accord", "accords", "agreement", "agreements",
                    "pact", "pacts", "convention", "protocol"})
"""Nouns of a text a body passes on (:data:`_PASSED_ON`): its act is in the treaty lane."""

_EXIT_OBJECT = re.compile(r"(?:\s+(?!as\b|under\b|pending\b|after\b|before\b|until\b|while\b)"
                          r"[\w'\u2019-]+){0,7}\s+")
"""The words between an exit verb and the treaty it leaves ('withdrew from the Paris climate
| accord'), not an adjunct ('suspended their lawsuits as part of the | agreement')."""

_REASON_VERBS = frozenset({"accuse"})
"""Verbs that give an act's reason when they follow it as a participle or in its "when"
clause (dev: two accusations were rows beside the severing and the closure they caused)."""
_WHEN_CLAUSE = re.compile(r"\bwhen\s+(?:[^\s,;]+\s+){1,5}$")

_ITS_DURATION_NEXT = re.compile(r"\s+(?:lasted|continued|ran|went\s+on|remained\s+in\s+(?:place|"
                                r"force))\s+(?:until|till|through)\b")
"""'(the restrictions) | lasted until (late 2024)': how long what the noun names went on."""
_A_DURATION = re.compile(r"(?:lasted|continued|ran|went\s+on|remained\s+in\s+(?:place|force))\s+"
                         r"(?:until|till|through)\b")
"""'lasted until (late 2024)': a verb of how long something went on, at its start."""
_THE_BEFORE_NOUN = re.compile(r"\b(?:the|these|those|such)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
"""'the | restrictions', 'the new | curbs': a noun that names again what was told before."""
_TOLL_VERBS = frozenset({"kill", "die", "injure", "wound"})
"""Verbs that tell the toll of violence: "were killed", "died", "were wounded"."""
_VIOLENCE = frozenset({"riots", "riot", "clashes", "clash", "fighting", "violence", "attack",
                       "attacks", "bombing", "explosion", "blast", "shelling", "protests",
                       "unrest", "massacre", "pogrom", "uprising", "raid", "strike", "strikes",
                       "assault", "ambush", "battle", "storm", "erupt", "break"})
"""The words of an outbreak of violence whose toll a later clause may tell (``break`` of
"riots broke out", ``erupt`` of "clashes erupted")."""
_A_DATE_WORD = re.compile(rf"\b(?:\d{{4}}|{ENGLISH_MONTH_RE}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                          r"yesterday|today|tonight|later|earlier|next|last|previous|ago|since)\b")


def _a_toll_of_the_violence_before(text: str, before: list[Mention], start: int) -> bool:
    """Whether a verb of a toll at ``start`` ("were killed", "died") tells the dead or hurt
    of an outbreak of violence its sentence told before it (``before``: the sentence's
    mentions so far), with no date of its own between them: "riots broke out after ...;
    more than 20 Panamanians and four US soldiers were killed" (``_VIOLENCE``).  A toll
    dated apart ("... and on Friday two more died") stays a row."""
    violent = next((m for m in reversed(before)
                    if m.word.lower() in _VIOLENCE or (m.verb in _VIOLENCE and m.pos == "verb")),
                   None)
    return violent is not None and _A_DATE_WORD.search(text, violent.end, start) is None


# (or taken part in: "will participate in good faith in the Trilateral Ministerial Meeting
# convened ... on 15-16 December", verify45 F3/F10: the row was "Falls within the mandate")
_ORDINAL = (r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
            r"tenth|eleventh|twelfth|\w+teenth|\w+ieth(?:-\w+)?)")
_NAME_BEFORE = re.compile(r"\b(?:the\s+)?(?:next|upcoming|forthcoming|hosted|hosts|host|attended|"
                          r"attend|chaired|chair|(?:participate[sd]?|participating|take[sn]?\s+part|"
                          r"took\s+part|taking\s+part)\s+(?:[a-z]+\s+){0,3}?in"
                          # ("paid a State Visit to Argentina": a communiqué's capitals, ext68's
                          # joint statement: no row for the visit)
                          r"|(?:paid|pays|pay|paying|made|makes|make|making|undertook|undertakes|"
                          r"undertake|undertaking)\s+(?:an?|his|her|their|its))"
                          # (an ordinal before the name: "attended the ninth China-Japan-ROK
                          # Leaders' Meeting", verify54 F9: no row for Xinhua's lead)
                          rf"\s+(?:the\s+)?(?:{_ORDINAL}\s+)?(?:{CAPITAL}[\w'\u2019-]*\s+){{0,5}}$")
_MONTH = ENGLISH_MONTH_RE
# (or a day: "the Brussels Agreement of 19 April 2013", verify43 X8: no row; not a month,
# "accepted the Algiers Agreement of December 2000, which ended the 1998-2000 border war":
# the clause after it is the agreement's row, tests/extract/test_events_history_wars.py)
_NAME_DATED_AFTER = re.compile(rf"\s+of\s+(?:\d{{1,2}}\s+{_MONTH}\s+|{_MONTH}\s+\d{{1,2}},\s+)?"
                               r"\d{4}\b"
                               # (or "in" its year: "a Joint Friendship Declaration in 2001
                               # bound both sides", ext143 from blind set h26: no row, folded
                               # into the older year of its sentence)
                               r"|\s+in\s+(?:1[89]|20)\d\d\b(?![-\u2013/]\d)")
_NAME_OF_AFTER = re.compile(rf"(?:\s+(?:for|of|on)\s+(?:the\s+)?{CAPITAL}[\w'-]*"
                            rf"(?:\s+(?:(?:to|and|for|of|on|the)\s+){{0,2}}{CAPITAL}[\w'-]*){{0,12}})?"
                            r"(?:\s+\([A-Z][A-Z0-9]{1,9}(?:[ \-]?\d{1,3})?\))?")
"""The rest of an event's name after its noun: "Conference | for the Reconstruction of Iraq",
"Agreement | on the Path to Normalisation" (its small words too: verify46's EEAS statement
named the 2023 agreement "of 27 February 2023" and had no row for it), "Session | of the
Authority of Heads of State and Government of the Economic Community of West African States
(ECOWAS)" (a communiqué's body named in full, its acronym after it: verify56 F3), the acronym
with its edition's number ("(TICAD 9)", "(COP28)": ext122, no row for the conference)."""


_NAME_HELD_AFTER = re.compile(rf",?\s+(?:(?:to\s+be|(?:which\s+|that\s+)?(?:will\s+be|was|were)|"
                              rf"due\s+to\s+be)\s+)?held\s+(?:in\s+{CAPITAL}[\w'-]*(?:\s+{CAPITAL}"
                              rf"[\w'-]*){{0,2}}(?:,\s+{CAPITAL}[\w'-]*(?:\s+{CAPITAL}[\w'-]*){{0,2}},)?"
                              rf"\s+)?(?:on|in|from)\s+(?:\d|{_MONTH})")
"""'the 49th ASEAN Summit|, to be held in Manila on 10 and 11 November 2026', 'the Summit|, held
in Vientiane in October': a gathering named with where and when it is held (ext57's ASEAN
Chair's statement had no row for the summit), or told so as the sentence's own verb ('The
Sixty-Sixth Ordinary Session ... was held on 15 December 2024 in Abuja', a communiqué's first
paragraph: verify56 F3, no row); the city may have its country after it ('the Second World
Forests Summit held in Bergen, Norway, in March last year': ext133; the shape is from blind set
h23, no row)."""


_NAME_TAKES_PLACE_AFTER = re.compile(
    r"(?:,[^,;.\n]{0,80},)?\s+(?:(?:will|would)\s+(?:now\s+)?|(?:is|are|was|were)\s+(?:now\s+)?to\s+)?"
    rf"(?:take|takes|took)\s+place\s+(?:in\s+{CAPITAL}[\w'-]*(?:\s+{CAPITAL}[\w'-]*){{0,2}}\s+)?"
    rf"(?:on|in|from|between)\s+(?:\d|{_MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")
"""'The Ukraine Recovery Conference|, first scheduled for this month in Rome, will now take place
on 6-7 July': a gathering named as the subject of "take place" and a date (ext113, from blind
set h19's error kinds: no row)."""


def _named_event(text: str, seg: Segment, start: int, end: int) -> bool:
    """Whether a capitalised event noun heads the name of an event the sentence tells:
    hosted, attended or coming next ("hosted the International Conference for ...",
    "the next ... Meeting"), dated "of 2012", or held somewhere on a day
    (:data:`_NAME_HELD_AFTER`) or taking place then (:data:`_NAME_TAKES_PLACE_AFTER`)."""
    after = _NAME_OF_AFTER.match(text, end, seg.end)
    tail_end = after.end() if after else end
    return _NAME_BEFORE.search(text, max(seg.start, start - 80), start) is not None \
        or _NAME_DATED_AFTER.match(text, tail_end, seg.end) is not None \
        or _NAME_DATED_AFTER.match(text, end, seg.end) is not None \
        or _NAME_HELD_AFTER.match(text, tail_end, seg.end) is not None \
        or _NAME_TAKES_PLACE_AFTER.match(text, tail_end, seg.end) is not None


_ORDINAL_BEFORE_A_NAME = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+{_ORDINAL}\s+"
                                    rf"(?:{CAPITAL}[\w'\u2019-]*\s+){{0,4}}$")
"""'the 18th | Pacific Islands Forum', 'the 18th South Pacific | Forum': a body's name
counted is one of its meetings (verify59 F24)."""


def _a_body_s_meeting(text: str, seg: Segment, start: int, end: int) -> bool:
    """Whether a capitalised body's head noun (``vocab.BODY_NAME_HEADS``, "Forum") names one
    of the body's meetings here: counted ("the 18th Pacific Islands Forum") or held somewhere
    on a date ("The Pacific Islands Forum was held in Apia in 1987"). In the Pacific "the
    Forum" is also the leaders' yearly meeting (verify59 F24: neither sentence had a row)."""
    return _ORDINAL_BEFORE_A_NAME.search(text, max(seg.start, start - 80), start) is not None \
        or _NAME_HELD_AFTER.match(text, end, seg.end) is not None


_TO_BE_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[\w'-]+\s+){0,5}?[\w'-]+\s+to\s+be\s+$")
"""'a joint air defence coordination cell | to be | based in Riga': a new body's seat."""


_NEED_FROM_A_DATE = re.compile(vocab.NEED_FROM_A_DATE)
_FIRST_JOURNEY = re.compile(vocab.FIRST_JOURNEY_SUBJECT, re.IGNORECASE)


def a_first_journey(verb: str, text: str, seg: Segment, start: int) -> bool:
    """Whether the verb of going at ``start`` (``vocab.FIRST_JOURNEY_VERBS``) tells a first
    journey, its clause naming the first shipment, train or flight before it
    (``vocab.FIRST_JOURNEY_SUBJECT``): "the first shipment of Kazakh grain ... had already
    crossed Azerbaijani territory" (verify55 F22)."""
    return verb in vocab.FIRST_JOURNEY_VERBS and _FIRST_JOURNEY.search(
        text, clause_left(text, seg, start), start) is not None
_NAMED_OBJECT_ONLY = frozenset({"capture"})
"""Verbs whose object may be any name: not read from the words before a relative clause
("heavy cannons that the patriots had captured at Fort Ticonderoga were brought to Boston":
a row "Patriots capture at Fort Ticonderoga", WikiWars 04)."""


_INTERVIEWER = re.compile(r"[ \t]*(?:Q|Question)[ \t]*[:.)\u2013\u2014-][ \t]")
_ASKED = re.compile(r"\?[\"'\u201d\u2019)]*\s*$")


def interviewers_question(text: str, seg: Segment) -> bool:
    """Whether ``seg`` is a question on an interviewer's line of a Q&A ("Q: How did the
    2013 agreement change things?"): a question asserts no event, and what it names is
    told, if at all, in the answer (verify46's Q&A: a row "2013 — Agreement reached")."""
    if _ASKED.search(seg.text) is None:
        return False
    line = text.rfind("\n", 0, seg.start) + 1
    return _INTERVIEWER.match(text, line) is not None


_A_COURT_SAYS = re.compile(r"\b(?:(?:International|Constitutional|Supreme|High|Appeals?)\s+)?"
                           r"(?:Court|court|Tribunal|tribunal)(?:\s+of\s+(?:Justice|Arbitration))?"
                           r"\s+(?:\w+ly\s+)?$")
_A_NAME_SAYS = re.compile(rf"(?<![\w'\u2019.-])(?P<name>{CAPITAL}[\w'\u2019.-]*)(?:(?<=\w)\))?\s+"
                          r"(?:(?:first|also|again|initially|publicly|formally)\s+)?$")
"""'Ousmane Sonko | said', 'Senegal | said': a sayer named by a name right before the verb
(not 'the ministry said', 'officials said': a source, no one's act of its own); its initials
in brackets and an adverb may come between ('the State Security Agency (SSA) first |
said'; ext139, from blind set h25: the agency's first report had no row)."""


_THINGS_LAST = re.compile(r"\b(?:missiles|rockets|weapons|warheads|launchers|tanks|jets|"
                          r"aircraft|drones|shells|munitions|ammunition|arms|shipments?|"
                          r"cargo|consignments?|supplies|aid|convoys?)\s+(?:\w+ly\s+)?$",
                          re.IGNORECASE)
"""'the first cruise | missiles | arrived': things, not people, as what arrived."""


def _a_name_says(before: str) -> bool:
    """Whether the words before a "said" end with a name (:data:`_A_NAME_SAYS`), not a
    common noun opening the sentence ("Officials said", "Diplomats said")."""
    named = _A_NAME_SAYS.search(before)
    if named is None:
        return False
    word = named.group("name")
    if word in vocab.ORG_WORDS or word in _BODY_WORDS or word in vocab.SEATS_OF_GOVERNMENT:
        return False  # ("The State House said", "the Foreign Ministry said": a source)
    return bool(before[:named.start()].strip()) or not is_common_noun(word)


_BODY_WORDS = frozenset({"Assembly", "Parliament", "Palace", "Presidency", "Secretariat",
                         "Spokesman", "Spokeswoman", "Spokesperson"})


def _says_what_it_will_do(text: str, seg: Segment, end: int) -> bool:
    """Whether a "said" ending at ``end`` goes on with its own day and what someone will do
    (:data:`_SAID_ON_A_DAY_WHAT_WILL_BE`), that act no event of its own: "said on Monday that
    Senegal would review its defence agreements" is the statement's row; "said on Monday
    that it would cut 2,000 jobs" is the cut's (a plan, titled by it)."""
    said = _SAID_ON_A_DAY_WHAT_WILL_BE.match(text, end, seg.end)
    if said is None and _A_DAY_FRONTED.match(text, seg.start, end) is not None:
        # "Last week, Senegalese Prime Minister Ousmane Sonko said the country would 'review
        # all defence agreements'": the day told before (verify56 F25: no row)
        said = _SAID_WHAT_WILL_BE.match(text, end, seg.end)
    if said is None:
        return False
    act = said.group("act")
    if said.group("negated") and _WILL_AGAIN.search(text, said.end(), seg.end) is not None:
        return False  # ("would not negotiate ... but would send a delegation to Doha": the
        # sending is the row)
    if act not in vocab.EVENT_VERBS or said.group("negated"):
        # ("said on June 19 that Mali would not return to ECOWAS": no return, a statement)
        return True
    needs = VERB_NEEDS.get(act)
    return needs is not None and needs.match(text, said.end(), seg.end) is None


_WILL_AGAIN = re.compile(r"\b(?:would|will)\b")
_A_DAY = (rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{ENGLISH_MONTH_RE}\.?\s+\d{{1,2}}"
          r"(?:,\s+\d{4})?|\d{1,2}\s+" + ENGLISH_MONTH_RE + r"(?:\s+\d{4})?)")
_WHAT_WILL_BE = (r"(?:[\w'\u2019.-]+\s+){1,5}?(?:would|will)\s+(?P<negated>not\s+|never\s+)?"
                 r"[\"\u201c]?(?P<act>[a-z]+)")
_SAID_WHAT_WILL_BE = re.compile(r"\s+(?:that\s+)?" + _WHAT_WILL_BE)
_A_DAY_FRONTED = re.compile(r"\s*(?:Last\s+(?:week|month)|Earlier\s+this\s+(?:week|month)|"
                            rf"This\s+week|On\s+{_A_DAY}),\s")
"""A sentence that opens with the day of its verb ('Last week, ', 'On Monday, ')."""
_ITS_DAY = (rf"(?:on\s+{_A_DAY}|(?:(?:late|early)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
            r"(?:\s+(?:morning|afternoon|evening|night))?"
            r"|(?:this|yesterday)\s+(?:morning|afternoon|evening)|today|yesterday|tonight)")
"""The day of a saying right after the verb: 'on Monday', 'on June 19', and as AP writes it,
the weekday alone, perhaps with its part: 'said Tuesday', 'said late Tuesday' (ext133, from
blind set h23: the statement had no row); and the news day's own words, 'said this morning',
'said yesterday' (ext139, from blind set h25: a live page's entry had no row)."""
_SAID_ON_A_DAY_WHAT_WILL_BE = re.compile(
    rf"\s+(?:{_ITS_DAY}|last\s+week|last\s+month)\s+that\s+" + _WHAT_WILL_BE)
"""'said on Monday that Senegal would review its defence agreements', 'said on June 19 that
Mali would not return to ECOWAS': a leader's or a state's announcement of what it will do,
dated by its own day (verify56 F25, F26: no row)."""
_SAID_IN_A_MONTH_THAT = re.compile(
    rf"\s+(?:in\s+{ENGLISH_MONTH_RE}(?:\s+\d{{4}})?|(?:in\s+)?(?:the\s+same|that)\s+month"
    r"|(?:earlier|later)\s+that\s+month)\s+that\s+")
"""'In Senegal, President Bassirou Diomaye Faye said the same month that French bases had no
place in a sovereign country': a leader's saying dated by its month, a declaration of its
own (a quote of the day's news is dated by its day, if at all; verify56 A3: no row)."""
_A_STATES_BODY_SAYS = re.compile(
    r"(?<![\w'\u2019.-])(?!(?:The|These|Those|Its|Their|His|Her|Some|Many|Other|Senior|Western|"
    r"Foreign|Local|European|Two|Three)\s)"
    rf"{CAPITAL}[\w\u2019.-]*(?:['\u2019]s)?\s+(?:officials|government|authorities|ministry|"
    r"foreign\s+ministry|cabinet)\s+$")
"""'Faroese officials | said', "Poland's government | said": a state's officials or government,
named by the state, as the sayer (not 'Officials said', 'The government said': a source)."""
_SAID_ON_ITS_DAY_THAT = re.compile(
    rf"\s+(?:{_ITS_DAY}|last\s+(?:week|month)|"
    rf"in\s+(?:(?:early|mid|late)[\s-]+)?{ENGLISH_MONTH_RE}(?:\s+\d{{4}})?)\s+"
    r"(?:that\s+|(?=(?:the|its|their|his|her)\s+[a-z][^.;\"\u201c\n]{0,60}+[\"\u201c]))")
"""'said on Wednesday that', 'said in late November that', 'said last week that': a saying
dated by its own day or month, then what was said; 'that' may be left out before a
determiner when the claim quotes the sayer's words ('said on Monday the accord was still
"too weak to sign as drafted"': ext133; the shape is from blind set h23; not 'The Kremlin
said on Friday the talks were useful', a source's comment)."""
_A_NOUN_S_MODIFIER = re.compile(r"\b(?:special|armed|security|ground|allied|government|rebel|"
                                r"peacekeeping|naval|coalition|the|its|their)\s++$")
"""A word that makes the verb form after it a plural noun ('special | forces')."""
_A_DAY_OPENS = re.compile(rf"\s*(?:On\s+{_A_DAY}|Last\s+(?:week|month)|"
                          r"Earlier\s+this\s+(?:week|month)|This\s+week),?\s")
"""A sentence opened by the day of its saying, its comma perhaps left out ('On 23 October
Defence Secretary Paul Marin said ...')."""
_SAID_THAT_AFTER_ITS_DAY = re.compile(r"\s+(?:that\s+|(?=there\s+(?:was|were|is|are)\b))")
"""What was said after a saying whose day opened the sentence: 'that ...', 'there was ...'."""
_A_CLAIMS_END = re.compile(r"[;:]|,\s+(?:a|an|the)\s+(?:\w+\s+)?(?:claim|assertion|figure|"
                           r"estimate|charge|accusation|view)\b|,\s+which\b|\s[\u2013\u2014-]\s"
                           # (a next clause with a subject of its own: '... "too weak to
                           # sign as drafted," and her ministry added on Thursday', ext133)
                           r"|,[\"\u201d]?\s+(?:and|but|while)\s+(?:the|his|her|its|their)\s"
                           # (the teller's setting after it: '..., after weeks in which the
                           # ministry would not say so', ext139)
                           r"|,\s+(?:after|amid)\s+(?:weeks|days|months|years)\b")


def _a_dated_claim(text: str, seg: Segment, before: str, end: int) -> bool:
    """Whether a "said" ending at ``end`` is a statement of its own day: a sayer named
    (:func:`_a_name_says`) or a state's officials or government (:data:`_A_STATES_BODY_SAYS`),
    the day or month right after the verb and "that" (:data:`_SAID_ON_ITS_DAY_THAT`), and
    what was said no act of its own: no event verb in the past or present before the
    claim's end (:data:`_A_CLAIMS_END`).  "Faroese officials said on Wednesday that more
    than a third of the stock now spends the summer in Faroese waters, a claim the
    European Commission disputes" (verify75 F6: no row), "Poland's government said in late
    November that it would also vote against" (verify74 F8); not "said on Monday that it
    had signed a deal", whose signing is the row."""
    if not (_a_name_says(before) or _A_STATES_BODY_SAYS.search(before) is not None):
        return False
    said = _SAID_ON_ITS_DAY_THAT.match(text, end, seg.end)
    if said is None and _A_DAY_OPENS.match(text, seg.start, end) is not None:
        # "On 23 October Defence Secretary Paul Marin said there was "proof" that ...": the
        # day opens the sentence (ext139, from blind set h25: the statement had no row)
        said = _SAID_THAT_AFTER_ITS_DAY.match(text, end, seg.end)
    if said is None:
        return False
    if _says_what_it_will_do(text, seg, end):
        return True
    claim_end = _A_CLAIMS_END.search(text, said.end(), seg.end)
    stop = claim_end.start() if claim_end is not None else seg.end
    for start, _end, word in trigger_words(text, said.end(), stop):
        low = word.lower()
        entry = TRIGGER_TABLE.get(low)
        if entry is None or entry[2] != "verb" or entry[3] == "say":
            continue
        kind = FORM_KIND.get(low, "")
        if kind == "s" and _A_NOUN_S_MODIFIER.search(text, max(said.end(), start - 20), start):
            continue  # ("that about 1,500 special forces had been shipped": a noun; ext139,
            # from blind set h25: the intelligence agency's report had no row)
        if kind in ("past", "s") or not kind:
            return False  # (an act told: "that it had signed a deal", the signing's row)
        if kind == "base" and (IRREALIS.search(text[said.end():start]) is not None
                               or PLAN_TO.search(text[said.end():start]) is not None
                               or DONE_TO.search(text[said.end():start]) is not None):
            return False  # ("that it would sign", "that it planned to sign": the plan's
            # row; not "that he expected the legal review to take several months")
    return True


_EXPLICIT_DATE = (rf"(?:(?:early|mid|late)[\s-]+)?(?:\d{{1,2}}\s+{ENGLISH_MONTH_RE}|"
                  rf"{ENGLISH_MONTH_RE}(?:\s+\d{{1,2}},)?)\s+(?:1[5-9]|20)\d\d\b")
"""A month with its year, or a day with its month and year: 'November 1979', 'late June
2023', '5 December 2009', 'December 5, 2009' (no weekday, no year alone)."""
_ITS_DATE_AFTER = re.compile(rf"(?:\s+(?!(?:that|and|but|which|who|when|after|before)\b)"
                             rf"[\w'\u2019-]+){{0,3}}?\s+(?:in|on)\s+{_EXPLICIT_DATE}")
"""An act's explicit date within three words after its verb: 'reported the bill favourably |
in March 1991', 'responded | in June 2017'."""
_A_NAMED_DOER = (rf"(?:{CAPITAL}[\w'\u2019-]*['\u2019]s\s+(?:president|prime\s+minister|"
                 r"foreign\s+minister|government|leader|king|chancellor)"
                 rf"|{CAPITAL}[\w.'\u2019-]*(?<!['\u2019]s))")
_NAMED_DOER_LAST = re.compile(rf"(?<![\w'\u2019.-])(?P<doer>{_A_NAMED_DOER})\s+(?:\w+ly\s+)?$")
"""A doer named right before the verb: 'Ruritania | told', "Borduria's president | proposed",
'the Senate Foreign Affairs Committee | reported'."""
_ITS_DATE_OPENS = re.compile(
    rf"(?:^\s*|,\s+(?:and\s+|but\s+)?|\band\s+)(?:(?:In|in|On|on)\s+{_EXPLICIT_DATE}|"
    r"(?:Last|last)\s+(?:spring|summer|autumn|fall|winter))\s*,?\s+(?:the\s+|The\s+)?"
    rf"(?:{CAPITAL}[\w.'\u2019-]*\s+){{0,4}}?{_A_NAMED_DOER}\s+(?:\w+ly\s+)?$")
"""A clause opened by its explicit date (or a season of the last year), then a named doer
and the verb: 'In May 2016 Ruritania | told', "Last spring, Ruritania's president |
proposed"."""
_TOLD_WHOM = re.compile(rf"\s+(?:the\s+)?{CAPITAL}")
"""'told | the United States', 'told | Borduria': a party told, not 'told reporters'."""


_FORMAL_OBJECTION_LAST = re.compile(
    r"(?:\b(?:formally|officially)|\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+$")
"""'The ministry on Friday | objected to ...', 'formally | objected to': a state's objection
made on a day, its act (verify88 F2, ext155: the headline act had no row); not the stance
'had objected to an understanding' (VERB_NEEDS' "object", ext146)."""


def _dated_act_of_a_named_doer(verb: str, low: str, text: str, seg: Segment, start: int,
                               end: int, before: str) -> bool:
    """Whether a verb of :data:`~..event_vocabulary.DATED_BY_THEMSELVES` whose object rule
    failed is still an act of its own: told in the past, in the active voice, a named doer
    right before it (:data:`_NAMED_DOER_LAST`) and its explicit date right after it
    (:data:`_ITS_DATE_AFTER`), or its clause opened by that date (:data:`_ITS_DATE_OPENS`);
    "told" only of a party named (:data:`_TOLD_WHOM`).  verify80 F8: a month-dated "In May
    2016 Ruritania told Borduria that ...", "Borduria responded in June 2017 by ..." had no
    row."""
    if verb not in vocab.DATED_BY_THEMSELVES or not (FORM_KIND.get(low, "") == "past"
                                                     or low.endswith("ed")):
        return False
    if re.search(rf"\b{BE}\s+(?:\w+ly\s+)?$", before):
        return False  # (passive: "was reported in May 2016")
    if verb == "tell" and _TOLD_WHOM.match(text, end, seg.end) is None:
        return False
    left = clause_left(text, seg, start, hypothetical=False)
    opens = _ITS_DATE_OPENS.search(text[seg.start:start])
    if opens is not None and seg.start + opens.start() >= left - 40:
        return True  # (its date opens the clause, or the clause opens just after the date:
        # "Last spring, | Ruritania's president proposed")
    doer = _NAMED_DOER_LAST.search(text, max(left, start - 80), start)
    if doer is None or _ITS_DATE_AFTER.match(text, end, seg.end) is None:
        return False
    word = doer.group("doer")
    return bool(text[seg.start:doer.start()].strip()) or not is_common_noun(word.split()[0])


_THAT_A_CLAUSE = re.compile(r"\s+(?:that\s+)?(?:the|its|their|this|a|an)\s+\S+")
"""A court that "said" something ruled on it: "In July 2010 the International Court of Justice
said the declaration did not violate international law" (verify46's BBC explainer: the
advisory opinion had no row); "say" is otherwise an event only in VERB_NEEDS' narrow form."""


_STAMPED_HEADLINE = re.compile(
    r"^\s*\d{1,2}[:.]\d\d(?:\s*(?-i:[A-Z]{3,4}))?\s*[:\u2013\u2014-]\s+"
    rf"{CAPITAL}[\w'\u2019.-]*(?:\s+{CAPITAL}[\w'\u2019.-]*){{0,3}}"
    rf"(?:\s+and\s+{CAPITAL}[\w'\u2019.-]*(?:\s+{CAPITAL}[\w'\u2019.-]*){{0,3}})?\s+$")
"""A live blog's stamp and the names of who acts, before a verb in the present: "14:32 GMT:
Vučić and Kurti | sit down together" (the entry's news, verify46 F6)."""


_ENTRY_SUBJECT_LAST = re.compile(
    r"(?<![\w'\u2019-])(?!(?i:the|a|an|to|of|for|in|on|at|by|with|from|its|their|his|her|"
    r"our|this|that|these|and|or|as|than|after|before|not)\s)[\w'\u2019.-]+\s+$")
"""The word before a verb of a key-dates entry, when it can end its subject ("Thaci |
initial", "they | agree", "government | approves"), not a determiner or preposition."""


def _entry_opening(text: str, seg: Segment, start: int) -> re.Match[str] | None:
    """The stamp of the chronology's entry (:func:`.chronology.chronology_entry`) whose first
    segment ``seg`` is, or that opens ``seg``, when the word at ``start`` follows it; else
    None."""
    stamp = chronology_entry(text, start, seg.start)
    return stamp if stamp is not None and seg.start <= stamp.end() else None


def in_a_dated_entry(text: str, seg: Segment, start: int) -> bool:
    """Whether the word at ``start`` is told in the first sentence of a chronology's entry
    (:func:`.chronology.chronology_entry`) after a word that can end a subject
    (:data:`_ENTRY_SUBJECT_LAST`): a historic present, a fact of the entry's date."""
    stamp = _entry_opening(text, seg, start)
    return stamp is not None and _ENTRY_SUBJECT_LAST.search(
        text, max(stamp.end(), start - 40), start) is not None


_NOT_A_SUBJECT_LAST = frozenset({"a", "an", "the", "of", "to", "for", "in", "on", "at", "with",
                                  "its", "their", "his", "her", "first", "second", "new"})


def _entry_present(text: str, seg: Segment, start: int) -> bool:
    """Whether the word at ``start`` is the verb of a chronology's entry, told in the present
    as headlines are: '1 January 2024: Ethiopia and Somaliland | sign memorandum', '11
    January 2025: Hassan Sheikh Mohamud | visits Addis Ababa' (verify49 F8: a "Key dates"
    list gave no row).  Only a bullet segment that opens with a dated entry
    (:func:`.chronology.chronology_entry`), only a few words in, after a word that can end
    a subject (not 'the', 'of', 'first': '1 July 2024: First | round of talks')."""
    if seg.kind != "bullet":
        return False
    opening = _entry_opening(text, seg, start)
    if opening is None:
        return False
    words = re.findall(r"[\w'\u2019.-]+|[,;:()]", text[opening.end():start])
    return 0 < len(words) <= 8 and words[-1].lower() not in _NOT_A_SUBJECT_LAST \
        and not any(w in ",;:()" for w in words)


def _entry_named(text: str, seg: Segment, start: int) -> bool:
    """Whether the capitalised word at ``start`` ends the name a chronology's entry opens
    with: '11 December 2024: Ankara | Declaration' (the entry's event, named)."""
    if seg.kind != "bullet":
        return False
    opening = _entry_opening(text, seg, start)
    if opening is None:
        return False
    words = text[opening.end():start].split()
    return len(words) <= 4 and all(w[:1].isupper() or w in ("of", "the") for w in words)


_A_COUNTED_GROUP_LAST = re.compile(r"\b(?:[Tt]he\s+)?(?:two|three|four|both)\s+(?:[a-z-]+\s+)?"
                                   r"(?:presidents|leaders|ministers|premiers|delegations|"
                                   r"heads\s+of\s+state)\s+$")
"""'the two presidents | (visit)': a counted group of people, the subject of what follows."""
_EFFECT_NEXT = re.compile(r"\s+effect\b")
"""'(takes) | effect': the verb of a text's or a measure's coming into force."""
_A_GROUP_OF_PEOPLE_LAST = re.compile(
    r"(?<![\w'\u2019-])(?:[Tt]he|[Bb]oth|[Tt]wo|[Tt]hree|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:presidents|leaders|ministers|premiers|delegations|heads\s+of\s+state|governments|"
    r"negotiators|envoys|foreign\s+ministers|sides|countries|states)\s+$")
"""'the two foreign ministers | (sign)', 'the two sides | (upgrade ties)': people named by
their office, or states, in the plural, the subject of a base-form verb after them (whose
object is a determiner's phrase, or what its verb needs)."""
_A_WISH_LAST = re.compile(
    r"\b(?:hopes?|hoped|wants?|wanted|expects?|expected|urge[sd]?|wish(?:es|ed)?|asks?|asked|"
    r"demands?|demanded|insists?|insisted|proposes?|proposed|suggests?|suggested|recommends?|"
    r"recommended|fears?|feared|prefers?|preferred|let|lets|make|makes|made|see|saw|watch(?:ed)?)"
    r"\s+(?:that\s+)?$", re.IGNORECASE)
"""'hope (that) | the two sides (upgrade ties)': a wish or a request, whose verb is no act."""
_A_DETERMINER_NEXT = re.compile(r"\s+(?:the|a|an|their)\s")
"""'(visit) | the Toktogul dam': a determiner opening an object."""


def reading(text: str, seg: Segment, start: int, end: int, low: str, pos: str,
             verb: str) -> str | None:
    """How a trigger word is used here: "fact", "plan" (to/will/may ...), or None (no event).

    A word is no event when it is an adjective ("the recently announced phone"), a
    noun spelled like a verb ("job cuts", "a plan", "its launch"), a verb without the
    object that makes it an event ("filed a report"), or a possibility ("to determine
    whether the move should be approved").
    """
    before = tail(text, seg.start, start)  # (only patterns anchored at its end read it)
    if _OPINION_FRAME.search(before):
        return None  # "diplomats liked to say that the deal was ...", "Most analysts expect
        # talks to continue ...": what a habit of saying or a forecast holds is no event
    if (ours := _OUR_FORECAST.search(before)) is not None \
            and not _QUOTE_MARK.search(before, 0, ours.start()):
        return None  # "Without a winter deal, we expect Uzbekistan to ... cut the electricity
        # it sells north": the writers' own forecast, outside any quote (verify68 F2)
    kind = FORM_KIND.get(low, "")
    if pos == "verb" and (kind == "past" or low.endswith("ed")) and _AS_DONE.search(before):
        return None  # "to review the draft, as agreed on Monday": a reference to what was
        # agreed (at Monday's meeting), no act of its own (verify73 F2: a ticked Treaty row
        # "Agrees in Khartoum" without participants)
    if pos == "verb" and verb == "deny" and not _A_NAMED_DENIER.search(
            text, clause_left(text, seg, start, hypothetical=False), start):
        return None  # "A spokesman on 3 March denied that troops had crossed": a denial by
        # no one named is no party's act (a denial's row names its denier, verify73 F8)
    if low == "arriving":
        return "plan" if _A_PROGRAMME_HAS.search(before) else None
    if pos == "verb":
        needs = VERB_NEEDS.get(verb)
        if needs is not None and not needs.match(text, end, seg.end) and not (
                re.search(rf"\b{BE}\s+(?:\w+ly\s+)?$", before)
                and needs.search(" " + _uncapitalised(_passive_subject_clause(text, seg, start)))
        ) and not (_GAPPED_CONJUNCT.search(before) and (kind == "past" or low.endswith("ed"))
                   and _NO_OBJECT_AFTER.match(text, end, seg.end)
                   and needs.search(" " + _uncapitalised(text[seg.start:min(start, seg.start + 60)]))
        ) and not (_relative_object_fits(needs, before) and verb not in _NAMED_OBJECT_ONLY) \
                and not (
                (kind == "past" or low.endswith("ed")) and _REDUCED_RELATIVE_END.search(before)
                and needs.search(" " + before[-60:])) \
                and not _object_pronoun_refers_back(needs, text, seg, start, end) \
                and not _subject_fits(verb, text, seg, start, end) \
                and not (verb == "discuss" and _a_body_discusses(text, seg, start)) \
                and not a_first_journey(verb, text, seg, start) \
                and not (verb == "say" and _A_COURT_SAYS.search(before) is not None
                         and _THAT_A_CLAUSE.match(text, end, seg.end) is not None) \
                and not (verb == "say" and _a_name_says(before)
                         and (_says_what_it_will_do(text, seg, end)
                              or _SAID_IN_A_MONTH_THAT.match(text, end, seg.end) is not None)) \
                and not (verb == "say" and _a_dated_claim(text, seg, before, end)) \
                and not (verb == "object" and _FORMAL_OBJECTION_LAST.search(before) is not None) \
                and not _dated_act_of_a_named_doer(verb, low, text, seg, start, end, before):
            return None  # (in the passive, what it needs comes first: "a lawsuit was filed",
            # "Relations were restored": the clause's first word as if inside the sentence;
            # in a relative clause, the noun it follows: "the treaty that X concluded"; in a
            # reduced one, the noun before its comma: "diplomatic relations, established on")
        if verb == "end" and _TALKS_LAST.search(before) \
                and (needs is None or not needs.match(text, end, seg.end)) \
                and not _ENDED_BROKEN_OFF.match(text, end, seg.end):
            return None  # "The talks ended on Friday and the envoys went home": the talks'
            # own last day, no act; only talks ended "after" a blow, "without" a deal, are
            # (verify72 F4: "The talks ended in February 2002 after ... hijacked an airliner")
        if verb == "end" and low == "ending" and before.rstrip().endswith(","):
            return None  # "..., ending the war": what the clause's act did, not an act of its
            # own (WikiWars 01: "1945 ends war" beside the surrender signed that day)
        if (kind == "past" or low.endswith("ed")) and _REDUCED_RELATIVE_END.search(before) \
                and _SINCE_NO_DATE.match(text, end, seg.end):
            return None  # "to work towards restoring direct flights, suspended since the
            # pandemic": a state the noun before is in, from a time the text does not date,
            # no act of the sentence's day (verify61 F3: "China and India suspend since the
            # pandemic", January 2025)
        if verb == "reach" and not a_first_journey(verb, text, seg, start):
            return None  # (only a first journey's: "the first train would reach Armenia")
        if verb == "need" and not _NEED_FROM_A_DATE.match(seg.text):
            return None  # (only a requirement from a date: "From July 4, ... will need")
        if verb == "hear" and not _A_BODY_HEARS.search(
                text, clause_left(text, seg, start, hypothetical=False), start):
            return None  # "we hear from our correspondent": only a council, a court or a
            # committee hears as an act of its own (ext114)
        if verb in ("close", "open", "reopen") and _STAYED_LAST.search(before):
            return None  # "the border stayed closed in 2015", "kept its land border ...
            # closed": a state it was in, no act of closing (ext56's guard)
        if verb in ("rise", "fall") and _A_LANDFORM_OR_A_DAY_SUBJECT.search(before):
            return None  # "a river that rises in Sikkim", "The 60th anniversary of
            # self-government falls in August": where a river starts, when a day comes round,
            # no market's move (ext114: "Rises in Sikkim", a row of the article's week)
        if verb == "die" and _LIFELESS_SUBJECT.search(before):
            return None  # "It died in 2018", "the accord died": a metaphor, no one's death
        if verb == "base" and not _TO_BE_BEFORE.search(before):
            return None  # "a Geneva-based group", "X, based in London": where it is, no event
        clause = text[clause_left(text, seg, start, hypothetical=False):start]
        if HYPOTHETICAL.search(clause) or _DENIED.search(before) or _NEGATED.search(before) \
                or _NEARLY.search(before) or _NO_OBJECT.match(text, end, seg.end) \
                or _NO_ONE_DID.search(clause):
            return None  # (nor "denied that troops had crossed the border": a denial; nor
            # "did not sign", "never signed", "fought no wars", "nearly collapsed": what did
            # not happen)
        irrealis = IRREALIS.search(before) or PLAN_TO.search(before) or (
            _AND_TO.search(before) and _PLAN_TO_ANYWHERE.search(before))
        if irrealis and _FIRST_PERSON_PROMISE.search(before) \
                and _BARE_PRONOUN_OBJECT.match(text, end, seg.end) \
                and not (needs is not None and named_before_pronoun(needs, text, seg.start, start)) \
                and not instrument_before(text, start):
            return None  # '"In 2026 we will deliver it," Mr Rabuka said': a speaker's promise
            # of a thing the quote does not name, no event (verify66 F2: a ticked row
            # "Delivers", 2026); not '"The border treaty is ready. We will sign it next
            # week"', whose "it" is the treaty told before
        if re.search(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+(?:\w+\s+)?"
                     r"(?:plan|plans|proposal|bid|offer|attempt|effort|deal|agreement|decision|"
                     r"move|option|options|right|vote|order)\s+to\s+$", before, re.IGNORECASE):
            return None  # "a plan to bail out the industry": what the plan is, not an event
        if (kind in ("base", "s") or not kind and low.endswith("s")) \
                and _entry_present(text, seg, start):
            return "plan" if irrealis else "fact"  # '1 January 2024: Ethiopia and
            # Somaliland sign memorandum': a chronology's entry, told as a headline is
        if kind == "base":
            # A base form is a verb after a modal, "not", or a verb of planning or doing
            # and "to"; else a noun ("a cut") or a purpose ("rebounded to close at").
            if _STAMPED_HEADLINE.search(text[seg.start:start]) is not None:
                return "fact"  # "14:32 GMT: Vučić and Kurti sit down together ...": a live
                # blog's entry tells its news in the present (verify46 F6)
            if not irrealis and in_a_dated_entry(text, seg, start):
                return "fact"  # "- April 19, 2013: Dacic and Thaci initial the Brussels
                # Agreement": a key-dates entry, in the present as well (ext60)
            if not irrealis and (group := _A_GROUP_OF_PEOPLE_LAST.search(before)) is not None \
                    and not _A_WISH_LAST.search(before, 0, group.start()) \
                    and (_A_DETERMINER_NEXT.match(text, end, seg.end) or needs is not None):
                return "fact"  # "the two foreign ministers sign a declaration on 25 April":
                # a story told in the present (a year's review, a feature), whose plural
                # subject takes the base form (ext149, from blind set h28: no row)
            if low in PAST_TOO and (PAST_SUBJECT.search(before) or _MISHAP_SUBJECT.search(before)) \
                    and not irrealis:
                return "fact"  # "was shut in 2011", "and set up a partnership": a past
            if not (re.search(r"\b(?:not|" + MODALS + rf")\s+(?:{ADVERB}\s+)?$", before,
                              re.IGNORECASE) or irrealis or DONE_TO.search(before)
                    or FIRST_TO.search(before) or _CAUSED_TO.search(before)):
                if not ((_AND_BARE.search(before) or _AND_TO.search(before))
                        and _DONE_TO_ANYWHERE.search(before)):
                    return None
                # "agreed to restore relations and reopen their embassies", "agreed to hold
                # a dialogue next year and to launch a working group": the second verb of
                # the infinitive is done as the first.
            first = FIRST_TO.search(before)
            if first and not irrealis:
                # "became the first country to recognise": it did; "will be the first
                # leader to visit": a plan.
                return "plan" if re.search(r"\b(?:will|would|could|may|might|set\s+to|expected"
                                           r"\s+to)\s+be\s+$", before[:first.start()],
                                           re.IGNORECASE) else "fact"
        elif kind == "s" or (not kind and low.endswith("s") and low not in ("was", "has")):
            # "GM cuts 10,000 jobs", "Apple plans to ...", not "job cuts" or "sales".
            prev = re.search(r"([\w'\u2019.)]+)\s+(?:\w+ly\s+)?$", before)
            if not (re.match(r"\s+(?:to\s+)?\w", text[end:seg.end]) and prev and (
                    prev.group(1)[0].isupper() or prev.group(1)[-1] in ".)"
                    or in_a_dated_entry(text, seg, start)  # ("- April 19, 2013: ...; Serbia's
                    # government approves it on April 22": ext60)
                    or prev.group(1).lower() in ("it", "he", "she", "who", "which", "that")
                    # ("The monitoring committee meets in Jeddah next Thursday": a body's
                    # meeting, verify42 X29: no row)
                    or (prev.group(1).lower() in _A_BODY_THAT_MEETS
                        or _A_BODY_ON_ITS_TOPIC.search(before) is not None)
                    and verb in ("meet", "convene", "reconvene", "gather")
                    or prev.group(1).lower() in _A_TERM_THAT_ENDS and verb in ("end", "expire")
                    # ("The removal takes effect here from 26 May": "takes effect" is a
                    # verb after any noun; ext149, from blind set h28: no row)
                    or verb == "take" and _EFFECT_NEXT.match(text, end, seg.end) is not None)):
                return None
            if prev.group(1) in ("The", "A", "An", "Its", "Their", "His", "Her"):
                return None
        elif kind == "ing" and not re.search(rf"\b{BE}\s+(?:\w+ly\s+)?$", before,
                                             re.IGNORECASE):
            if not (_ASPECT_BEFORE.search(before) or _BY_MEANS.search(before)
                    or needs is not None and _PARTICIPLE_CLAUSE.search(before)):
                return None
            # "began building a factory", "began releasing water": what began is the event.
            # "since taking office in 2019", ", joining NATO in 2004": a participle clause of
            # a verb whose object says it is the event (the object was checked above).
            if _SINCE_BEFORE.search(before) and _A_DATE_WORD.search(
                    text, end, _clause_end(text, end, seg.end)) is None:
                return None  # "his first trip ... since taking office, officials said
                # Wednesday": a time the text does not date, told only as the start of a
                # count, no act of the sentence's day (verify66 F3: "Prabowo takes office in
                # Wellington", the article's day, ticked)
        if (kind == "past" or low.endswith("ed")) and ADJECTIVAL.search(before) and \
                re.match(r"\s+[a-zA-Z]", text[end:seg.end]) and \
                not re.match(r"\s+(?:by|that|to|on|in|at|for|with|the|a|an|its|their|his|her|"
                             r"our|them|him|it)\b", text[end:seg.end]):
            return None  # "the recently announced iPhone 4": an adjective (not "Oslo
            # previously recalled its envoy": a determiner after it opens the verb's object)
        if irrealis and _MAY_BEFORE.search(before) and _CONDITION_AFTER.match(text, end, seg.end):
            return None  # "could collapse if the budget fails": a possibility, no plan
        return "plan" if irrealis else "fact"
    if low == "order" and re.search(r"\bin\s+$", before):
        return None  # "in order to"
    if _DENIED_OBJECT.search(before):
        return None  # "disputed reports that it had signed a border deal in May": the deal
        # is what is denied, no treaty of May (ext144, verify83 F4: a denial titled as its act)
    if _NEGATED_OBJECT.search(before) or _REFRAINED_FROM.search(before):
        return None  # "did not sign the treaty", "never held talks", "almost signed an
        # agreement": no treaty, no talks, no agreement (not "after nearly two years of
        # talks": only a past verb after 'nearly')
    if _WITHOUT_BEFORE.search(before):
        return None  # "ended talks ... without agreement": what was not reached (verify22)
    if (_NO_OR_ANY_LAST.search(before) or _MADE_IN_THE_PASSIVE.match(text, end, seg.end)) \
            and _CONDITION_OPENER.search(text, clause_left(text, seg, start, hypothetical=False),
                                         start):
        return None  # "would fix its own quota if no agreement was found by December",
        # "unless a deal is reached": a deal whose being made is the condition is no event
        # (verify75 F5: a ticked row "No deal reached"); not "If the talks in Geneva on
        # Monday fail", whose talks are had all the same
    if _A_TEXT_MADE_INTO.search(before) is not None and low in _MADE_INTO_TEXTS \
            and _INTO_OR_A_STATE_AFTER.match(text, end, seg.end) is not None:
        return None  # "fires in the Amazon turned the deal into a symbol of ...": what
        # became of a text told before, no text made (verify74 F7: "summer 2019 · Deal
        # reached")
    if (goal := _A_GOAL_S_OBJECT.search(before)) is not None \
            and goal.group(1).lower() not in vocab.EVENT_VERBS:
        return None  # "sees a narrow window to revive a deal on Black Sea shipping before
        # winter": what is sought, no event (verify52 F5: a treaty row "before winter 2026";
        # an act that is an event's own verb, "aim to sign a pact", is read as its verb is)
    if _HOPED_FOR.search(before) is not None:
        return None  # "We hope for agreement before the end of the month": a wish, no event
        # (ext118, from blind set h20: a treaty row "by 30 June" of a briefing's answer)
    needs_noun = NOUN_NEEDS.get(low)
    if needs_noun is not None and not possessed_and_dated(text, seg, start, end, low) is not None \
            and not (kind == "ing" and _AN_INSTRUMENT_S_LAST.search(before)):
        # (not "the treaty's | signing": the instrument it needs is its possessor, as in "the
        # signing of the treaty"; verify86 F6)
        if needs_noun[0].pattern and not needs_noun[0].search(before):
            return None
        if not needs_noun[1].match(text, end, seg.end) and not (
                needs_noun[1].pattern.startswith(r"\s+(?:on|in)\s+")
                and in_a_dated_entry(text, seg, start)):
            return None  # (a date after it, unless a key-dates entry's stamp gives it: "-
            # February 17, 2008: Kosovo declares independence from Serbia", ext60)
    return "fact"


def absorb_objects(mentions: list[Mention],
                   timexes: list[Timex] | tuple[Timex, ...] = (), text: str = "") -> list[Mention]:
    """Drop event nouns that are only the object of a stronger mention.

    "the anniversary of the normalization" is one event, the anniversary (the
    normalization is dated from it later); "chose to boycott a memorial event" is the
    boycott.  An object with a date of its own right after it, when the verb has
    another one before it, is an event of its own: "impeached Yoon on Dec. 14 over his
    imposition of martial law on Dec. 3" (``timexes``: the article's DATE expressions,
    sorted by start).  So is a meeting noun that a length measures ("signed an agreement
    on Thursday after three days of negotiations", with ``text``, the article:
    :func:`.dating.meeting_length`).
    """
    mentions = _gatherings_a_trip_prepares(_topics_into_their_gatherings(mentions), text)
    starts = [t.start for t in timexes if t.type == "DATE"]
    dated = [t for t in timexes if t.type == "DATE"]
    kept: list[Mention] = []
    by_seg: dict[int, list[Mention]] = {}  # an owner is in the same sentence
    for m in mentions:
        by_seg.setdefault(id(m.seg), []).append(m)
    for m in mentions:
        # (a clause's verb found with its own date, :func:`find_dated_conjuncts`, is no
        # object of a verb before it: "was detained in Tehran in May 2023 and tried in
        # January 2024" -- the trial is no detail of the detention; blind h18's error kinds)
        own_clause = m.pos == "verb" and m.date_timex is not None
        owner = next((o for o in by_seg[id(m.seg)] if o is not m
                      and not (own_clause and o.pos == "verb")
                      and (_renames(o, m) or o.end <= m.start < o.phrase_end
                      and (o.word == "anniversary" or (o.pos == "verb" and (
                          o.weight > m.weight or _the_object_it_needs(text, o, m)
                          or (o.verb in _EXITS or o.verb in _PASSED_ON) and m.pos == "noun"
                          and m.category == "treaty" and _EXIT_OBJECT.fullmatch(
                              text, o.end, m.start) is not None)
                          and not _finite_after(o, m))
                           or o.pos == "verb" and o.verb in vocab.SAYING_VERBS
                           # (not "announced a joint visit to Baghdad next month": a
                           # planned visit or meeting is an event of its own)
                           and not (m.pos == "noun" and m.category in ("visit", "meeting"))
                           or m.pos == "noun" and o.pos == "noun" and re.search(
                               r"\bof\b", _between(o, m))))
                      and not _dated_apart(o, m, starts, dated)
                      and not _OWN_CLAUSE_BETWEEN.search(_between(o, m))
                      and not (m.pos == "verb" and _A_SUBORDINATE_SUBJECT_LAST.search(
                          _between(o, m)))), None)
        if owner is None and m.pos == "noun":
            # "after talks in Luanda collapsed in March": the noun is what the verb tells
            # of (its subject, SUBJECT_NEEDS), one event (new-user trial 13: the talks
            # took another clause's date and joined a phone call)
            owner = next((o for o in by_seg[id(m.seg)] if o.pos == "verb"
                          and o.verb in vocab.SUBJECT_NEEDS and m.end <= o.start < m.end + 40
                          and m.word in o.subject_phrase.split()), None)
        if owner is None and m.pos == "noun" and m.category == "meeting" and text:
            # "and the talks were recessed in October 1952": the passive verb's subject, a
            # gathering, is what the verb tells of, one event (verify51 F4: a second row
            # "Talks"; not "The statement was released in Marseille", the statement told
            # again, whose place is the statement's)
            owner = next((o for o in by_seg[id(m.seg)] if o.pos == "verb"
                          and _PASSIVE_BETWEEN.fullmatch(text, m.end, o.start)), None)
        if owner is not None and text and m.pos == "noun" and possessed_and_dated(
                text, m.seg, m.start, m.end, m.word) is not None:
            owner = None  # ("said on Friday that her arrest in Tehran in January 2025 broke
            # the law": a person's act with its own date, a row of that date; ext100)
        if owner is not None and text and m.pos == "noun" and of_its_year(text, m):
            owner = None  # ("rejects the 1899 award", "the 2015 nuclear accord collapsed": a
            # text of a year is a row of that year, whatever is done to it; ext51)
        if owner is not None and text and m.pos == "noun" and m.category == "meeting" and \
                meeting_length(text, timexes_in(timexes, m.seg.start, m.start), m.start,
                               m.seg.start) is not None:
            owner = None  # ("after three days of negotiations": an event of its own; ext14b)
        if owner is not None and owner.verb in vocab.SAYING_VERBS and m.pos == "verb" \
                and not m.planned:
            # "announced Friday that the ministers had met on Wednesday": which of the
            # two is the event depends on the dates (dating.fold_reports).
            m.reported_by = owner
            kept.append(m)
        elif owner is not None:
            owner.absorbed.append(m)
            if not owner.location and m.location and owner.verb in _PUT_OFF \
                    and m.category in ("visit", "meeting"):
                # "Kovac's planned visit to Belgrade was postponed": what is put off was
                # to be in Belgrade (ext32: dev h3-byline-serbia-croatia, no place)
                owner.location = m.location
            if owner.verb in vocab.SAYING_VERBS and m.pos == "verb" and not m.planned \
                    and owner.category == "statement":
                # "announced it has settled the dispute": the lane of what was announced.
                owner.category = m.category
            if owner.verb in _PASSED_ON and m.pos == "noun" and m.word.lower() in _TEXTS \
                    and text and _RIGHT_AFTER_THE_VERB.fullmatch(text, owner.end, m.start):
                # ("approved the treaty": in the treaty's lane; not "debated ratification of
                # the treaty", a parliament's own step, a policy)
                owner.category = "treaty"
        else:
            kept.append(m)
    return kept


def _the_object_it_needs(text: str, verb: Mention, m: Mention) -> bool:
    """Whether noun ``m`` is the object a verb of ``VERB_NEEDS`` needs, of a weight no
    higher than the verb's: "opened | talks circa 1946" is the opening (verify51 F3: the
    talks took the next clause's date, a row "Talks" of May 1946)."""
    needs = VERB_NEEDS.get(verb.verb)
    if not text or needs is None or m.pos != "noun" or m.weight > verb.weight \
            or not _RIGHT_AFTER_THE_VERB.fullmatch(text, verb.end, m.start):
        return False  # (not "recognise Ghana after its independence on 6 March 1957")
    found = needs.match(text, verb.end)
    return found is not None and m.start < found.end() <= m.end + 1


_RIGHT_AFTER_THE_VERB = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?!(?:after|"
                                   r"before|of|in|on|at|for|with|since)\s)[a-z][\w-]*\s+)?")
"""What may stand between a verb and its object noun: a determiner, one modifier."""


_PASSIVE_BETWEEN = re.compile(r"\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?")
"""What stands between a passive verb's subject and the verb: "the talks | were | recessed"."""


_PUT_OFF = frozenset({"postpone", "cancel", "delay", "reschedule", "defer", "call"})
"""Verbs that put off an occasion ("postponed the visit", "called off the talks"): its place
is theirs."""


_OWN_CLAUSE_BETWEEN = re.compile(
    rf"\b(?:since|when|after|before|because|while|until)\s++(?:{CAPITAL}[\w'\u2019.-]*+\s++){{1,4}}"
    r"(?:[a-z]+ed|met|led|held|made|took|went|won|lost|spoke|saw|became|began)\b"
    # (or a second verb of the subject with a date of its own: "switched diplomatic
    # recognition ... in June 2017 and in November of that year became the first ... to
    # join", verify57 F15: the joining was taken for the switch's object)
    r"|\sand\s++(?:in|on|by|during)\s++(?:[\w'\u2019-]++\s++){1,5}?"
    r"(?:became|was|were|had|has|have|[a-z]+ed)\s")
"""A clause of its own between a verb and a noun after it: "to visit Bolivia | since Ricardo
Lagos attended | Evo Morales's inauguration in January 2006" -- the inauguration is what
Lagos attended, an event of its own, not the visit's object (verify24, session 19)."""


_A_SUBORDINATE_SUBJECT_LAST = re.compile(
    r"\b(?:since|when|after|before|because|while|until)\s+(?:(?:the|their|its|his|her)\s+)?"
    r"(?:[\w'\u2019.-]+\s+){1,4}$")
"""'signed a protocol weeks after | their energy ministers | (met)': the subject of a clause
of its own, whose verb is no object of the verb before (verify68 F6: the October meeting was
folded into the signing, no row)."""


def _dated_apart(owner: Mention, m: Mention, starts: list[int], dated: list[Timex]) -> bool:
    """Whether a DATE expression lies between ``owner`` and ``m`` and another right after
    ``m`` (within its clause, before the next comma): two dates, two events."""
    if owner.word == "anniversary" or m.pos != "noun" or owner.verb in vocab.SAYING_VERBS \
            or not starts:
        return False  # (what a verb of saying reports is weighed by its dates later)
    k = bisect.bisect_left(starts, owner.end)
    if k == len(starts) or starts[k] >= m.start:
        return False
    j = bisect.bisect_left(starts, m.end)
    if j == len(starts):
        return False
    gap = m.seg.text[m.end - m.seg.start:dated[j].start - m.seg.start]
    return dated[j].end <= m.seg.end and len(gap) <= 60 and "," not in gap


# "to hold talks in Tokyo next week, | the first visit | by ...": an event noun in an
# apposition renames the event before it (the text between that event's phrase and it).
_APPOSITION = re.compile(r"(?:\s+(?:next|last|this)\s+\w+)?,\s+(?:the|its|their|his|her)\s+"
                         r"(?:first|second|third|fourth|fifth|latest|last|only|\d+(?:st|nd|rd|th))"
                         r"\s+(?:[\w-]+\s+){0,2}")

# "... diplomatic relations, | established on July 12, 1976": a participle after a comma
_REDUCED_RELATIVE_END = re.compile(r"[a-z],\s*$")
_TO_A_VERB = re.compile(r"\s+to\s+[a-z]+\b")
"""'plans | to start': a plan's infinitive."""
_SINCE_NO_DATE = re.compile(r"\s+(?:\w+ly\s+)?since\s+(?:the|a|an|its|their|his|her|that)\s+"
                            r"(?![^,;.]{0,30}\d)")
"""'..., suspended | since the pandemic': a participle's state since an undated time."""

_IT_AFTER_VERB = re.compile(r"\s+(?:on\s+|about\s+|against\s+)?(it|them)(?![\w'\u2019])")
"""A verb's object that is "it"/"them" ("will vote on it"): what it stands for sets the lane."""
_CALLED_QUOTE = re.compile(rf"\s+(?:the|it|this|that|{CAPITAL})[^.;\"\u201c]{{0,60}}[\"\u201c]")
_RECEIVED_BY = re.compile(r"\s+(?:in\s+audience\s+)?by\s")
_RECEIVES_A_GUEST = re.compile(vocab.RECEIVES_A_GUEST)
_WELCOMED_BY_A_HOST = re.compile(vocab.WELCOMED_BY_A_HOST)
_BE_LAST = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")
"""'received | Indian Prime Minister Narendra Modi': a host receiving a guest, a meeting
(``event_vocabulary``'s object pattern of "receive" admits it; ext32)."""

_CORRECTS_NOTE = re.compile(r"\s*[(\u2014\u2013-]?\s*(?-i:Corrects|CORRECTS)\b")
"""A wire's correction note at a segment's start (``wire_slugs`` reads what it corrects)."""
_CORRECTION = re.compile("|".join(map(re.escape, vocab.CORRECTION_MARKERS)), re.IGNORECASE)

_A_PROGRAMME_HAS = re.compile(
    rf"\b(?i:programme|program|schedule|itinerary|agenda|timetable)\b[^.;:]{{0,80}}?\s"
    rf"(?:has|had|sees|puts|shows)\s+(?:(?:{CAPITAL}[\w'\u2019.-]*\s+){{1,4}}|(?:him|her|them)\s+)"
    r"(?:\w+ly\s+)?$")
"""'The programme released by Fiji's government has Prabowo | arriving': what a programme
says a guest does, a plan (a programme's day-by-day story, verify66 F3)."""
_FIRST_PERSON_PROMISE = re.compile(
    r"\b(?:we|I)\s+(?:\w+ly\s+)?(?:will|shall|would|must|can|(?:are|am|'re|'m)\s+going\s+to|"
    r"want\s+to|intend\s+to|promise\s+to|hope\s+to)\s+(?:\w+ly\s+)?$|"
    r"\b(?:we|I)(?:'ll|\u2019ll)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
"""'we will | deliver it', "I'll sign it": a first-person promise (its subject a speaker)."""
BOTH_LEADERS_CALLED = re.compile(r"\s+(?:both|the\s+two)\s+(?:(?:foreign|defen[cs]e)\s+)?(?:leaders|"
                                 r"ministers|presidents|prime\s+ministers|heads\s+of\s+state)\b")
"""'(called) | both leaders': the story's two sides' leaders, reached by a call."""
_BARE_PRONOUN_OBJECT = re.compile(
    r"\s+(?:it|them|this|that)(?:\s+(?:in|by|on|next|this|before)\s+[\w ]{1,24}?)?"
    r"\s*(?:[,.;:!?\"\u201d\u2019]|$)")
"""'deliver | it,"', 'sign | it in 2028."': an object that is only a pronoun (a time after it
at most), the clause ending there."""
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:\w+ly\s+)?$", re.IGNORECASE)
"""'his first trip since | taking office': a participle after "since"."""

# What opens a participle clause: a comma, or "since", "after", "before", "upon".
_PARTICIPLE_CLAUSE = re.compile(r"(?:,|\b(?:since|after|before|upon|on))\s+(?:\w+ly\s+)?$",
                                re.IGNORECASE)

# "denied that troops had crossed the border", "rejected reports that it had expelled":
# what is denied is no fact (up to the end of the clause the denial opens)
# (and "disputed reports that it had signed", "refuted claims that": ext144, verify83 F4)
_DENIED = re.compile(r"\b(?:denied|denies|deny|denying|(?:rejected|dismissed|disputed|refuted|"
                     r"rebutted)\s+(?:the\s+)?(?:claims|reports|allegations|accounts|suggestions))"
                     r"\s+(?:that\s+)?[^,;.]{0,80}$", re.IGNORECASE)
_A_NAMED_DENIER = re.compile(r"\b(?!(?:A|An|The|This|That|Its|His|Her|Their|He|She|It|They|We|"
                             r"On|In|At|Last|Earlier|Later|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                             r"January|February|March|April|May|June|July|August|September|"
                             r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|"
                             r"Nov|Dec)\b)[A-Z][\w'\u2019.-]*")
"""Before "denied": a name (a state, a body, a person), not only "A spokesman" or "He"."""
_AS_DONE = re.compile(r"(?:^|[,;(]\s*|\s)(?<!\bwell\s)(?<!\bsuch\s)as\s+"
                      r"(?:(?:\w+ly|earlier|already)\s+)?$", re.IGNORECASE)
"""'(to review the draft,) as | agreed', 'as | previously announced': a participle that refers to
what was done, not the act itself."""
_NO_ONE_DID = re.compile(
    r"\b(?:[Nn]either|[Nn]obody|[Nn]o[^\S\n]++one|[Nn]one[^\S\n]++of[^\S\n]++\w++)[^\S\n]++"
    r"(?:[\w'\u2019-]++[^\S\n]++){0,4}?(?:has|have|had|did|does|do|will|would|can|could)"
    r"[^\S\n]++(?:yet[^\S\n]++|so[^\S\n]++far[^\S\n]++)?$")
"""A clause whose subject says no one did it: 'Neither side has | confirmed who will
attend', 'None of the envoys had | signed' (ext146, from blind set h27: a row 'Neither side
confirms' on the diary's day)."""
_NEGATED = re.compile(r"(?:\b(?:not|never)|n['\u2019]t|\bno\s+longer)\s+(?:to\s+)?(?:\w+ly\s+)?(?:been\s+)?$",
                      re.IGNORECASE)
_OPINION_FRAME = re.compile(
    r"\b(?:(?:liked?|likes|loved?|loves|used)\s+to\s+(?:say|claim|argue|boast|insist|repeat)"
    r"|(?:was|were)\s+fond\s+of\s+(?:saying|claiming|arguing|repeating)"
    r"|(?:(?:analysts|observers|experts|commentators|pundits|economists|forecasters)"
    # (or a share of people named by a quantifier alone, where they are: "Few in either
    # country expect the dispute to end overnight", verify71 F3's ticked "Dispute to end")
    r"|\b(?:[Ff]ew|[Mm]any|[Mm]ost|[Nn]obody|[Nn]o\s+one)(?:\s+(?:in|of|on|among)\s+"
    r"[^,.;:]{1,40}?)?)\s+(?:\w+ly\s+)?"
    r"(?:expect|expected|predict|predicted|forecast|believe|believed|think|thought|doubt|"
    r"doubted|fear|feared|suspect|suspected)(?:s\b)?\b(?:\s+that\b|\s+(?:[\w'-]+\s+){0,4}?to\b"
    r"|(?:\s+(?:the|a|an|any|new|further|more)(?-i:\s+[a-z][\w'-]*){0,2})?\s*$))"
    # (what people believed of a thing, in a relative clause: "a quarrel ... that most
    # Panamanians thought had been settled": no settlement told, verify57 F14)
    r"|\b(?:thought|believed|assumed|presumed)\s+(?:had|has|have|was|were)\s+(?:\w+ly\s+)?"
    r"(?:been\s+)?$"
    r"[^.;:!?]{0,120}$", re.IGNORECASE)
"""A clause told as what people were in the habit of saying ("Ten years ago, diplomats liked to
say that the nuclear deal was 'the best deal available'") or as commentators' forecast ("Most
analysts expect talks to continue ... into early 2027", "expect that ...", not "Observers expect
little before the elections, due by mid-2027"): an opinion, whose nouns and verbs assert no
event (verify47 F10 and F7: ticked rows "2016 -- Nuclear deal reached", "early 2027 -- Most
analysts expect talks (scheduled)")."""
_OUR_FORECAST = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|but|so)\s+)(?i:we)\s+(?:\w+ly\s+)?(?:expect|predict|forecast|doubt|"
    r"fear|suspect)\s+(?:that\b|(?:[\w'-]+\s+){0,4}?to\b)[^.;:!?\"\u201c\u201d]{0,160}$")
"""'we expect Uzbekistan to ... cut': the forecast of the article's writers (a brief's "we");
read only outside quotes, where "we" is no minister's government (:data:`_QUOTE_MARK`)."""
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")
_A_BODY_HEARS = re.compile(r"\b(?:[Cc]ouncil|[Aa]ssembly|[Cc]ommittee|[Cc]ommission|[Cc]ourt|"
                           r"[Tt]ribunal|[Pp]anel|judges|[Jj]ustices|[Pp]arliament|Senate|Congress|"
                           r"lawmakers|MPs|[Bb]oard)\b")
"""Who hears as an act of its own: a body ("the Council will hear from the envoy")."""
_TALKS_LAST = re.compile(r"\b(?:talks|negotiations)\s+(?:(?:had|have|finally)\s+)?$")
"""'The talks | (ended)': talks as the subject right before the verb."""
_ENDED_BROKEN_OFF = re.compile(r"(?:\s+(?:in|on)\s+[^,;.]{1,40}?)?,?\s+(?:after|when|without|"
                               r"abruptly|in\s+failure)\b")
"""'(ended) | in February 2002 after', '| without a deal': talks broken off, an event."""
_A_BODY_DISCUSSES = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w.'-]*\s+){0,4}(?:Council|Assembly|Committee|"
                               r"Commission|Parliament|Senate|Congress|Cabinet|Board)\s+(?:will|(?:is|are)\s+"
                               r"(?:due|expected|scheduled|set|slated)\s+to)\s+$")
"""'The United Nations Security Council is due to | (discuss)': a named body whose coming
session is the act (verify72 F2: "is due to discuss the monitoring mission on Monday in New
York" was no row; "discussed it by telephone" alone was one).  Only a session ahead: a past
one is told by what it did ("discussed the situation on February 19 and called on both
sides", blind set h16: the call is the row, the discussion a second one)."""


def _a_body_discusses(text: str, seg: Segment, start: int) -> bool:
    """Whether the subject of "discuss" at ``start`` is a named body of many members (a
    council, a parliament: :data:`_A_BODY_DISCUSSES`), the clause opening with it."""
    return _A_BODY_DISCUSSES.match(text[clause_left(text, seg, start, hypothetical=False):start]
                                   .lstrip()) is not None


_STAYED_LAST = re.compile(r"\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining)\s+"
                          r"(?:\w+ly\s+)?$")
"""'stayed | (closed)': a participle as the state something was left in."""
_A_LANDFORM_OR_A_DAY_SUBJECT = re.compile(
    r"\b(?:(?:[Rr]ivers?|streams?|tributar(?:y|ies)|springs?|glaciers?|mountains?|hills?|peaks?|"
    r"ridges?|plateaus?)(?:\s+(?:that|which))?"
    r"|(?:anniversary|centenary|centennial|bicentenary|jubilee|birthday|holiday|feast|festival|"
    r"Christmas|Easter|Ramadan|Eid|Diwali|New\s+Year)(?:\s+of\s+[^,.;:]{1,60}?)?)"
    r"\s+(?:also\s+|this\s+year\s+|next\s+year\s+)?$")
"""The subject of "rise" or "fall" that makes it no event: a landform ("a river that | rises
in"), or a day that comes round ("The 60th anniversary of self-government | falls in")."""
_LIFELESS_SUBJECT = re.compile(
    r"(?:^|[.;:,]\s*|\b(?:and|but)\s+)(?:it|this|that|which"
    r"|(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:deal|accord|agreement|treaty|talks|"
    r"process|plan|idea|hope|initiative|framework|negotiations|dialogue|pact|truce|ceasefire))"
    r"\s+(?:\w+ly\s+)?(?:had\s+)?$", re.IGNORECASE)
"""The subject of "died" when it is a thing, not a person: "It died in 2018; we merely held the
funeral in September 2025" said of a deal (verify47 F10: a ticked row "2018 -- Dies")."""
_NEARLY = re.compile(r"\b(?:nearly|almost)\s+$", re.IGNORECASE)
"""'The talks nearly collapsed on Wednesday', 'almost signed': the act came close and did not
happen (verify30, session 22: "Talks collapse" was proposed)."""
_NEGATED_OBJECT = re.compile(r"(?:\b(?:not|never|(?:nearly|almost)(?=\s+(?:[a-z]+ed|held|struck|broke|"
                             r"won|lost|made|began|came|fell|left)\s))|n['\u2019]t)\s+(?:to\s+)?(?:\w+ly\s+)?[a-z]+\s+(?:(?:a|an|the|any|"
                             r"its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_DENIED_OBJECT = re.compile(
    r"\b(?:denied|denies|deny|denying|(?:rejected|dismissed|disputed|refuted|rebutted)\s+"
    r"(?:the\s+)?(?:claims|reports|allegations|accounts|suggestions))\s+(?:ever\s+)?"
    r"(?:[a-z]+ing|that\s+[^,;.]{0,60}?\b(?:had|has|have|was|were)\s+(?:ever\s+)?(?:\w+ly\s+)?"
    r"[a-z]+)\s+(?:(?:a|an|the|any|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""'denied that it had signed | a (pact)', 'disputed reports that it had struck | a (deal)',
'denied signing | a (pact)': the object of an act denied, no event (a noun's ``_DENIED``)."""
_A_NAME_LAST = re.compile(rf"(?<![.!?]\s)(?<!^)\b{CAPITAL}[\w'-]+\s+$")
"""A capitalised word right before, not opening its sentence: "the Argyle | Declaration"."""
_REFRAINED_FROM = re.compile(r"\b(?:refrain|abstain|desist)(?:s|ed|ing)?\s+from\s+(?:[a-z]+ing\s+)?"
                             r"(?:(?:a|an|the|any|its|their|his|her|new|further)\s+)?"
                             r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""'ordered Venezuela to refrain from holding elections for the region in May 2025': what is
not to be done is no event (verify44 X7: titled "Holding elections for the region")."""
_WITHOUT_BEFORE = re.compile(r"\bwithout\s+(?:(?:a|an|any|the)\s+)?(?:[\w-]+\s+)?$",
                             re.IGNORECASE)
_NO_OBJECT = re.compile(r"\s+no\s+(?!later\b|longer\b|sooner\b)")
_CONDITION_OPENER = re.compile(r"\b(?:if|unless|in\s+case)\b", re.IGNORECASE)
"""What opens a condition (a clause of an event noun that only may happen): the
:data:`.lexicon.HYPOTHETICAL` openers but "whether", whose clause may name a fact ("asked
whether the ceasefire agreed in May still holds")."""
_NO_OR_ANY_LAST = re.compile(r"\b(?:no|any)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_MADE_IN_THE_PASSIVE = re.compile(r"\s+(?:is|was|were|are|be|been|gets?|got)\s+(?:\w+ly\s+)?"
                                  r"(?:reached|agreed|signed|found|struck|concluded|made|sealed|"
                                  r"approved|adopted)\b")
"""'(if a deal) | is reached', '(unless the accord) | is signed': an event noun's making, in the
passive right after it."""
# "could collapse if ...", "might reopen unless ...": a possibility under a condition
_MAY_BEFORE = re.compile(r"\b(?:could|might|may|would)\s+(?:not\s+)?(?:\w+ly\s+)?(?:be\s+)?$",
                         re.IGNORECASE)
_CONDITION_AFTER = re.compile(r"[^,;.]{0,60}?\b(?:if|unless)\b")

# "will hold talks", "is to attend a summit", "will co-chair a ministerial meeting": an
# event noun as the object of a verb of a plan is planned
# (or only possible: "may hold a referendum before the end of the year", "could hold talks by
# June", a row to watch as a plan is, ext51)
_PLANNED_OBJECT = re.compile(r"\b(?:will|shall|would|could|may|might|(?:is|are)\s+(?:due\s+|set\s+|"
                             r"expected\s+|likely\s+|scheduled\s+)?to|"
                             r"plans?\s+to|(?:agreed|agrees?|decided|decides?)\s+to)\s+(?:also\s+)?(?:hold|attend|host|co-chair|chair|"
                             r"convene|join|lead|pay|make|have|stage)\s+(?:a|an|the|their|his|her|"
                             r"its)?\s*(?:[\w'-]+\s+){0,3}$")

PLANNED_PURPOSE = re.compile(r"\b(?:will|shall|would|(?:is|are)\s+(?:due\s+|set\s+|expected\s+)?to|"
                             r"plans?\s+to)\s+(?:also\s+)?(?P<act>[a-z]+\s+[^,;:.!?]{0,80}?\bfor\s+)$")
"""'would send the agreement to the assembly for | ratification': the purpose of an act to come
is to come too (verify14: Bolivia's ratification was merged into the day's signing)."""

_A_GOAL_S_OBJECT = re.compile(
    r"\b(?:window|chance|opportunity|bid|efforts?|attempts?|push|drive|race|scramble|"
    r"aims?|aimed|aiming|seeks?|sought|seeking|hopes?|hoped|hoping|tries|tried|trying|"
    r"wants?|wanted|strives?|striving)\s+to\s+([a-z]+)\s+(?:a|an|the|its|their|his|her)\s+"
    r"(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
"""'a narrow window to revive | a deal', 'trying to salvage | the truce': the object of an
act sought (group 1: its verb), named before it is had."""

_HOPED_FOR = re.compile(r"\b(?:hopes?|hoped|hoping|wish(?:es|ed|ing)?|longs?|longed|longing|"
                        r"prays?|prayed|praying)\s+for\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,2}$",
                        re.IGNORECASE)
"""'we hope for | agreement', 'hoping for a lasting | ceasefire': what is wished for, not had."""

# "retaliated by expelling its envoy": the means is an act of its own
_BY_MEANS = re.compile(r"\b(?:[a-z]+ed)\s+(?:\w+\s+){0,3}?by\s+$")

# "prompting the government to reintroduce a buffer zone", "forced Rome to recall its
# envoy": what was caused is done.
_CAUSED_TO = re.compile(r"\b(?:(?:prompt(?:ed|ing|s)?|forc(?:ed|ing|es)|le(?:d|ading)|"
                        r"caus(?:ed|ing|es))\s+(?:[\w'\u2019-]+\s+){1,4}?to"
                        r"|helped(?:\s+[\w'\u2019-]+){0,4}?(?:\s+to)?)\s+$", re.IGNORECASE)
"""What a verb of causing made happen: "prompted Seoul to recall", "led X to", and "helped
(X) (to) VERB", which says the help succeeded: "a patrol vessel helped Fijian authorities
seize a fishing boat" (the seizure happened)."""

# "... that Moscow and Pyongyang concluded": a relative clause of a subject (a name of
# up to five words, a pronoun, or "the NOUN") and the verb, at the end of the text before it.
# ("the maritime boundary that | the International Court of Justice | fixed": a body's name
# with its article, ext114)
_RELATIVE_CLAUSE_LAST = re.compile(
    rf"\b(?:that|which)\s+(?:(?:the\s+)?{CAPITAL}[\w.'\u2019-]*(?:\s+(?:and\s+|of\s+)?{CAPITAL}[\w.'\u2019-]*){{0,4}}"
    r"|he|she|they|it|we|the\s+\w+(?:\s+\w+)?)\s+(?:\w+ly\s+)?$")

# "began building a factory", "started construction": the gerund after a verb of
# beginning or ending is the event.
_ASPECT_BEFORE = re.compile(r"\b(?:began|begun|begins|begin|started|starts|start|"
                            r"continued|continues|finished|completed|stopped)\s+$",
                            re.IGNORECASE)

# "is scheduled to address the Council and to meet the president": a base form after
# "and to" shares the plan of the first "to" (searched only when "and to" ends the text
# before it).
_A_TEXT_MADE_INTO = re.compile(r"\b(?:turn(?:s|ed)?|ma(?:de|kes?)|render(?:s|ed)?|transform(?:s|ed)?|"
                               r"le(?:ft|aves?)|kept|keeps?)\s+(?:the|this|that|its|their)\s+"
                               r"(?:[a-z-]+\s+)?$", re.IGNORECASE)
"""'turned the | deal', 'left the trade | accord': a text told before, as the object of a verb
of what became of it (with :data:`_INTO_OR_A_STATE_AFTER`)."""
_INTO_OR_A_STATE_AFTER = re.compile(r"\s+(?:into|in\s+limbo|alive|a|an|dead|hostage)\b",
                                    re.IGNORECASE)
_MADE_INTO_TEXTS = frozenset({"deal", "agreement", "accord", "pact", "treaty"})
_THREATENED_TO = re.compile(r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bcould\s)(?<!\bmight\s)"
                            r"\bthreaten(?:s|ed)?\s+to\s+(?:\w+ly\s+)?$", re.IGNORECASE)
"""'threatened to | block': a threat made, the act of its own date."""
_OFFERED_TO = re.compile(r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bcould\s)(?<!\bmight\s)"
                         rf"\b(?P<verb>offer(?:s|ed)|propos(?:es|ed))\s+(?P<when>{WHEN_BETWEEN}\s+)?"
                         r"to\s+(?:\w+ly\s+)?$", re.IGNORECASE)
"""'offered to | send', 'offered on Monday to | visit', 'proposed on Friday to | hold': an offer
or a proposal made, the act of its own date (a statement; ext131: "offered on Monday to visit
Riga" was a visit to Riga that Monday, "proposed on Friday to hold talks" talks held that
Friday)."""
_A_DAY_OF_ITS_OWN = re.compile(r"[^.;]*?\b(?:on|in|by)\s+(?:\d|(?:January|February|March|April|May|"
                               r"June|July|August|September|October|November|December|Monday|"
                               r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
"""'offered to visit Riga | on 5 May': the offered act has a day of its own, a plan of that day
(not the offer, whose day is another)."""
_AND_TO = re.compile(r"\b(?:and|or)\s+to\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_PLAN_TO_ANYWHERE = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab.PLAN_VERBS))
                               + r")\s+to\s", re.IGNORECASE)

# "agreed to restore relations and reopen embassies": a base form after "and" shares the
# "to" of a verb of doing earlier in the text before it.
_AND_BARE = re.compile(r"\b(?:and|or)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_DONE_TO_ANYWHERE = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab.DONE_VERBS))
                               + r")\s+(?:\S+\s+){0,3}?to\s+[a-z]+\s[^,;.]{0,120}$",
                               re.IGNORECASE)

# Verbs whose base form is also their past ("cut", "shut", "set"), and what before one
# makes it that past: a passive ("was shut"), a perfect ("has cut"), a coordination after
# a past ("established ties and set up"), or a name or pronoun as subject ("Poland cut").
PAST_TOO = frozenset(form for form, kind in FORM_KIND.items() if kind == "base"
                     and form in verb_forms(form)["past"])
PAST_SUBJECT = re.compile(rf"(?:\b(?:{BE}|been|has|have|had|and|he|she|they|it|who|which)"
                          # (a name closing an apposition too: "when the minister, Ana Ruiz,
                          # cut the ribbon", ext143 from blind set h26: no row)
                          rf"|\b{CAPITAL}[\w.'-]*,?|\b(?:government|ministry|cabinet|council|parliament|"
                          r"authorities|administration|commission|regulator|junta|coalition|"
                          # (people in office: "Serb mayors, judges and police officers quit
                          # Kosovo's institutions", verify46's BBC explainer: no row)
                          r"officials|officers|mayors|judges|ministers|lawmakers|legislators|"
                          r"deputies|MPs|delegates|"
                          # (states as the subject: "The two governments set up joint
                          # committees in 2021", blind set h17's error kinds: no row)
                          r"governments|countries|states|sides|nations|neighbou?rs|allies))"
                          r"\s+(?:\w+ly\s+)?$")
"""Before a form that is base and past alike ("set", "cut", "shut"), what makes it a past:
an auxiliary, a pronoun, a name ("Iceland set"), or a state's organ as the subject ("the
fisheries ministry set the catch limit", "the government cut its quota")."""

_MISHAP_SUBJECT = re.compile(
    r"\b(?:fault|failure|outage|blackout|breakdown|storm|flood|fire|blast|explosion|accident|"
    r"quake|earthquake|landslide)(?:\s+(?:on|in|at|of)\s+(?:(?:the|a|an)\s+)?(?:[\w'-]+\s+){0,4}?"
    r"[\w'-]+)?\s+$", re.IGNORECASE)
"""Before a form that is base and past alike, a mishap as its subject, with where it struck:
"a fault on the Central Asian power grid | cut electricity to parts of southern Kyrgyzstan"
(verify68 F1: no row for the cut; the row was the clause after it, "forcing the plant to
release more water", titled "Forcing the Toktogul plant releases ...")."""

# "the first country to recognise the state": the base form says what was done first.
FIRST_TO = re.compile(r"\bthe\s+(?:first|second|third|last|only)\s+(?:[\w-]+\s+){0,3}?to\s+$",
                      re.IGNORECASE)


def _passive_subject_clause(text: str, seg: Segment, start: int) -> str:
    """The clause before a passive verb, or the sentence's opening when the clause has no
    subject of its own ("Relations were severed in 2020 ... and were restored in 2021":
    what was restored is the sentence's subject) or only a pronoun ("X broke off
    relations in 2009, and they were restored in 2019": "they" are the relations).  A name
    joined by "and" is one subject (:func:`.clauses.over_joined_names`)."""
    left = clause_left(text, seg, start)
    left = over_joined_names(text, seg, left, start)
    clause = text[left:start].lstrip()
    if re.fullmatch(rf"(?:(?:they|it|these|those)\s+)?(?:{BE}|been)\s+(?:\w+ly\s+)?"
                    r"(?:been\s+)?", clause, re.IGNORECASE):
        return text[seg.start:min(start, seg.start + 80)]
    rel = _RELATIVE_PASSIVE.search(text, max(seg.start, start - 40), start)
    if rel is not None:
        # "75 years of diplomatic relations, which were established in 1949": what was
        # established is the noun the relative clause follows.
        return text[max(seg.start, rel.start() - 80):rel.start()]
    return clause


# "..., which were | established", "that had been | signed": a relative clause in the passive
_RELATIVE_PASSIVE = re.compile(rf"\b(?:which|that)\s+(?:(?:had|has|have)\s+)?(?:{BE}|been)\s+"
                               r"(?:\w+ly\s+)?(?:been\s+)?$", re.IGNORECASE)


def _object_pronoun_refers_back(needs: re.Pattern[str], text: str, seg: Segment, start: int,
                                end: int) -> bool:
    """Whether a verb's object is "it" or "them" and what the verb needs is named before
    it (:func:`.phrases.named_before_pronoun`): "The embargo had been in place since 1984, though Washington
    eased it in 2014"; "declared martial law ..., but lifted it hours later"."""
    return _PRONOUN_OBJECT.match(text, end, seg.end) is not None and named_before_pronoun(
        needs, text, seg.start, start) is not None


_GATHERING_SUBJECTS = frozenset({"talks", "negotiations", "meeting", "summit", "round",
                                 "dialogue", "consultations"})
_TO_TAKE_PLACE_AFTER = re.compile(
    r"(?:\s+(?:between|with|among|on|over|in|at)\s+[^,;:()\"\u201c]{1,80}?)?\s+"
    r"(?:would|will|(?:is|are|was|were)\s+(?:expected|due|set|scheduled|likely)\s+to)\s+"
    r"(?:resume|restart|reopen|be\s+held|take\s+place|begin|start|open|continue)\b")
"""'talks | between Iran and the United States would resume': a gathering that is the
subject of a verb of taking place to come, a plan (verify62/63: the lead's "said on Thursday
that talks … would resume" was a meeting row on the dateline's day)."""
_PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\b")


def _subject_fits(verb: str, text: str, seg: Segment, start: int, end: int) -> bool:
    """Whether a verb used without an object tells its event by its subject ("flights
    resumed on Monday", "the coalition government collapsed": ``SUBJECT_NEEDS``), the
    clause before it naming what the rule asks for and no object following."""
    needs = SUBJECT_NEEDS.get(verb)
    if needs is None or _OBJECT_NEXT.match(text, end, seg.end):
        return False
    if verb in _TURNS_OF_RELATIONS and _THE_ACT_THAT_TURNED_THEM.match(text, end, seg.end):
        return False  # ("ties soured in 2019, when X expelled ...": the act is the row)
    left = clause_left(text, seg, start)
    if not text[left:start].strip() and (
            named := _NAME_BETWEEN_COMMAS.search(text, max(seg.start, start - 120), start)):
        # "The ambassador, Sylvain Itte, left three days later": the noun the name between
        # commas stands beside is the subject (verify56 F7: no row)
        left = named.start("head")
    elif _ONLY_A_MODAL.fullmatch(text, left, start) and (
            aside := _PARTICIPLE_BETWEEN_COMMAS.search(text, max(seg.start, start - 160), left)):
        # "A new attempt to resume talks, mediated by Oman and Qatar, collapsed in June": the
        # noun phrase before the participle's aside is the subject (verify63 F3: no row, the
        # sentence titled "Sanctions" from its "sanctions relief"); and after a modal:
        # "visa-free visits ..., suspended in 2022, could restart as early as next summer"
        # (verify78's article: "Visit (scheduled)", a plan read as a visit; ext135)
        left = aside.start("head")
    elif not text[left:start].strip() and _AND_LAST.search(text, max(seg.start, left - 6), left) \
            and (head := _SENTENCE_SUBJECT.match(text, _after_a_dateline(text, seg.start, left),
                                                 left)) is not None \
            and needs.search(head.group(0)):
        # "The OSCE office in Dushanbe on Friday lowered its flag and | closed to the
        # public": the subject the two verbs share opens the sentence (ext114: no row)
        left = seg.start
    if _RELATIVE_ONLY.fullmatch(text, left, start):
        left = max(seg.start, left - 60)  # "The Railway, which opened": its antecedent
    elif not text[left:start].strip() and (
            that := _NOUN_THEN_RELATIVE.search(text, max(seg.start, left - 60), left)):
        # "The fighting that broke out in mid-April 2023" (the clause starts after "that":
        # verify45 F6 had no row): its antecedent, the noun right before it (not "resume
        # talks on a trade pact that stalled": the pact stalled, no talks)
        left = that.start()
    if (between := _CONFLICT_BETWEEN_BEFORE.search(text, max(seg.start, start - 200), left)) \
            and needs.search(between.group(0)) and (
                between.group(0)[0].islower() or not _a_past_verb_in(text[between.start():start])):
        # "The war between X and Y erupted": the clause finder stops at "and"
        return True
    if left == seg.start and _PRONOUN_SUBJECT.fullmatch(text, left, start):
        # "They resumed at Panmunjom on 25 October 1951": the pronoun stands for what the
        # sentence before named ("... and the talks were suspended in August 1951";
        # verify51 F3: no row)
        return antecedent_of_pronoun(needs, text, seg) is not None
    return needs.search(text, left, start) is not None


_TURNS_OF_RELATIONS = frozenset({"sour"})
"""Verbs of relations that turned, told by their subject ("ties between the two capitals
soured in March over a fishing row": ``SUBJECT_NEEDS``; ext162, from blind set h31)."""
_THE_ACT_THAT_TURNED_THEM = re.compile(r"[^.;:]*?(?:,\s*+|\s)(?:when|after|because)\s")
"""A clause after relations that turned which tells the act that turned them ("soured in
May, when the consul was expelled", "soured in 2023 after X called Y a ..."): that act is
the row, the turn is how the article frames it (dev h10: a second row of one story)."""
_AND_LAST = re.compile(r"\sand\s*$")
_ONLY_A_MODAL = re.compile(r"\s*+(?:(?:could|would|will|may|might|can|should|must)\s++|"
                           r"(?:is|are)\s++(?:due|expected|scheduled|set)\s++to\s++)?")
"""Nothing, or a modal alone, between a clause's start and its verb ('could | restart', 'is
due to | open')."""
_DATELINE_DASH = re.compile(r"\s[-\u2013\u2014]+\s")


def _after_a_dateline(text: str, start: int, end: int) -> int:
    """Where a sentence's own words start: after a dateline's dash in its first 80
    characters ("OSLO, March 5 (Reuters) - | The embassy ..."), else ``start``."""
    dash = _DATELINE_DASH.search(text, start, min(end, start + 80))
    return dash.end() if dash else start


_SENTENCE_SUBJECT = re.compile(r"\s*(?:The\s+)?(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+(?=\s+(?:in|at|on|of)\s|,)")
"""A sentence's subject up to its first place, date or comma: '| The OSCE Programme Office |
in Dushanbe on Friday ...' (at most five words)."""
_NAME_BETWEEN_COMMAS = re.compile(
    rf"(?P<head>[^,;]{{1,60}}),\s+{CAPITAL}[\w'.\u2019-]*(?:\s+{CAPITAL}[\w'.\u2019-]*){{0,3}},\s*$")
"""'The ambassador, | Sylvain Itte, ': a noun phrase and a name in apposition right before a
verb (``head``: the phrase)."""
_PARTICIPLE_BETWEEN_COMMAS = re.compile(
    r"(?P<head>[^,;]{1,80}),\s+(?:(?:\w+ly\s+)?[a-z]+(?:ed|en)\s+(?:by|in|at|with|through)\s+"
    r"[^,;]{1,80}|which\s+[^,;]{1,120}|"
    # (or where it is: "A new terminal at Narva, | near the border, | is due to open", verify88
    # F5, ext155: no row)
    r"(?:near|outside|off|along|beside|close\s+to)\s+[^,;]{1,60}|"
    # (or a superlative that ranks it: "The shelling, | the heaviest in a decade, | broke out
    # on 3 May"; ext162, from blind set h31: no row)
    r"(?:the|its|their)\s+(?:[a-z]+est|worst|best|first|latest|most\s+[a-z]+)\s+[^,;]{1,60}),\s*$")
"""'A new attempt to resume talks, | mediated by Oman and Qatar, ': a noun phrase and a
participle's phrase between commas right before a verb (``head``: the phrase); or a relative
clause between them ('The consulate, | which serves the city's Georgian community, | opened in
2009': ext122, no row), or a superlative ('the worst in a decade')."""
_PRONOUN_SUBJECT = re.compile(r"\s*(?:They|It)\s+(?:\w+ly\s+)?")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]?\s+(?=\S)")


def antecedent_of_pronoun(needs: re.Pattern[str], text: str, seg: Segment) -> str | None:
    """What a sentence-initial "They" or "It" stands for, when the sentence before names
    the thing ``needs`` asks for (its last such noun, lower case: "talks"), else None.

    Only the one sentence before, and at most 300 characters of it, are read: a pronoun
    reaching further back is left alone.
    """
    window = text[max(0, seg.start - 300):seg.start]
    ends = [e.end() for e in _SENTENCE_END.finditer(window.rstrip())]
    before = window[ends[-1]:] if ends else window
    found = [f.group(0) for f in needs.finditer(before)]
    return found[-1].lower() if found else None


def _a_past_verb_in(words: str) -> bool:
    """Whether ``words`` hold a verb's past tense ('Talks between the two blocs | began | in
    1999 and stalled': the talks' second verb, told after their first; not 'Talks between
    Norway and Russia on the fishing zone collapsed')."""
    return any("VBD" in verb_tags(w) for w in re.findall(r"\b[a-z]+\b", words))


_CONFLICT_BETWEEN_BEFORE = re.compile(r"\b[A-Za-z][a-z]+\s+between\s+[^,;:()]*$")
"""'The war between X and | Y erupted', 'Talks between Norway and | Russia ... collapsed': the
noun before "between" (capitalised when it opens the sentence, and then only with no past
tense before the verb, :func:`_a_past_verb_in`: ext131, "Talks between Norway and Russia
collapsed" had no row of the collapse and the talks were titled "Norway and Russia meet")."""


_RELATIVE_ONLY = re.compile(r"\s*(?:which|that)\s+(?:\w+ly\s+)?(?:(?:is|are|was|were)\s+"
                            r"(?:expected|due|set|scheduled|slated|likely)\s+to\s+)?")
"""'The Railway, | which | opened', 'the European Parliament, | which is expected to | vote': a
relative clause whose verb comes next (its subject the noun before it)."""
_NOUN_THEN_RELATIVE = re.compile(r"\b[a-z][\w-]*\s+(?:which|that)\s*$")


# An object right after a verb ("reopened the embassy"): then the subject rule is not asked.
_OBJECT_NEXT = re.compile(rf"\s+(?:the|a|an|its|their|his|her|our|{CAPITAL}(?!['\u2019]\w))\b"
                          r"|\s+(?:it|them)\s+(?:down|through|out|off|back)\b")
"""An object right after a verb — opened by a determiner or a lone capital ("I"), not a
name's first letter before its apostrophe ("left | N'Djamena on Jan. 30", a place as "left
Chad" is: verify56 A3's sentence alone gave no row) — or a pronoun object of a phrasal verb
("parliament voted | it down"): the verb is told by it, not by its subject alone
(``SUBJECT_NEEDS``; "the troops left it in 2022" is still told by its subject)."""


def _relative_object_fits(needs: re.Pattern[str], before: str) -> bool:
    """Whether a verb in a relative clause has what it needs in the noun the clause
    follows: "the Treaty of Friendship that Moscow and Pyongyang concluded", "an accord
    which the two sides signed" (the object comes before the verb).  A clause with no
    "that" or "which" (a contact clause, "the peace framework | the two foreign ministers
    initialled"; verify70 F4: "Talks" took its August) counts when the noun right before
    its subject is one of the last three words the verb needs."""
    rel = _RELATIVE_CLAUSE_LAST.search(before)
    if rel is not None:
        return needs.search(" " + before[max(0, rel.start() - 80):rel.start()]) is not None
    contact = _CONTACT_CLAUSE_LAST.search(before)
    if contact is None:
        return False
    words = before[max(0, contact.start() - 80):contact.start()].split()
    return any(needs.fullmatch(" " + " ".join(words[-k:])) is not None for k in (1, 2, 3))


_CONTACT_CLAUSE_LAST = re.compile(r"(?<=[a-z])\s+(?:the|its|their|his|her)\s+"
                                  r"(?:[a-z][\w'\u2019-]*\s+){0,3}(?:\w+ly\s+)?$")
"""'the peace framework | the two foreign ministers |': the subject of a relative clause
with no "that" right after the noun it tells of (lower-case words, a common-noun subject;
the verb comes next)."""


def _uncapitalised(clause: str) -> str:
    """The clause with a sentence-initial capital lowered ("Relations were" -> "relations
    were"), unless its first word is a name in capitals throughout ("NATO")."""
    if clause[:1].isupper() and not clause[1:2].isupper():
        return clause[0].lower() + clause[1:]
    return clause


def _finite_after(owner: Mention, m: Mention) -> bool:
    """Whether ``m`` is a past tense of its own after a verb, not that verb's object: "The
    truce brokered by the UN in April expired in October" (a participle's phrase ends
    at the sentence's main verb)."""
    if m.pos == "verb" and owner.verb not in vocab.SAYING_VERBS and _AND_MODAL_LAST.search(
            _between(owner, m)):
        return True  # "would be submitted ... and could enter into force": a verb of its own
    return m.pos == "verb" and owner.verb not in vocab.SAYING_VERBS and (
        FORM_KIND.get(m.word) == "past" or m.word.endswith("ed")) and not re.search(
            r"\b(?:to|and|or|that|which|who|having|been|be)\s+(?:\w+ly\s+)?$", _between(owner, m))


_AND_MODAL_LAST = re.compile(r"\band\s+(?:will|would|could|may|might|should|shall|can|must)\s+"
                             r"(?:not\s+)?(?:\w+ly\s+)?$")


_DISCUSSED_BEFORE = re.compile(r"\b(?:discussed|debated|reviewed)\s+(?:(?:a|an|the|their|its)\s+)?"
                               r"(?:[\w-]+\s+)?$")
_AT_THE_GATHERING = re.compile(r"\s+(?:at|during)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+)?")


def _topics_into_their_gatherings(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the event nouns that are what a gathering discussed, each
    absorbed by that gathering: "The two leaders first discussed a treaty at a summit in
    Samarkand" is the summit, not a treaty (verify28: "Treaty at a summit in Samarkand" in
    the Treaty lane, though nothing was signed)."""
    dropped: set[int] = set()
    by_seg: dict[int, list[Mention]] = {}  # (a gathering in the same sentence)
    for m in mentions:
        by_seg.setdefault(id(m.seg), []).append(m)
    for m in mentions:
        at = m.start - m.seg.start
        if m.pos != "noun" or m.category == "meeting" \
                or not _DISCUSSED_BEFORE.search(m.seg.text, max(0, at - 60), at):
            continue
        host = next((n for n in by_seg[id(m.seg)] if n.pos == "noun"
                     and n.category == "meeting" and n.start > m.end
                     and _AT_THE_GATHERING.fullmatch(m.seg.text, m.end - m.seg.start,
                                                     n.start - m.seg.start)), None)
        if host is not None:
            host.absorbed.append(m)
            dropped.add(id(m))
    return [m for m in mentions if id(m) not in dropped]


_PREPARED_FOR = re.compile(
    r"\s+(?:to\s+prepare(?:\s+for)?|in\s+preparation\s+for|to\s+lay\s+the\s+groundwork\s+for)"
    r"\s+(?:the|a|an|this|next|their|its|his|her)\s+(?:[\w'\u2019-]+\s+){0,3}$")
"""What stands between a trip or a meeting and the gathering it prepares: '(flew to Vilnius
on May 2) to prepare the | (summit)', '(met on Monday) in preparation for next month's |
(talks)' (the date before it and the words between run up to the purpose)."""


def _gatherings_a_trip_prepares(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` without the gathering nouns that a trip or a meeting before them in the
    sentence prepares, each absorbed by that act: "Foreign Minister A flew to Vilnius on May 2
    to prepare the summit" is A's trip of 2 May, not the summit (verify90 F5: a row "Summit"
    of the day the minister flew, with the summit's people and no place).  The summit is
    told elsewhere, later; the trip's own date, place and people stay its own."""
    if not text:
        return mentions
    dropped: set[int] = set()
    by_seg: dict[int, list[Mention]] = {}
    for m in mentions:
        by_seg.setdefault(id(m.seg), []).append(m)
    for m in mentions:
        if m.pos != "noun" or m.category != "meeting":
            continue
        act = next((o for o in reversed(by_seg[id(m.seg)]) if o.pos == "verb"
                    and o.category in ("visit", "meeting") and o.end <= m.start
                    and _purpose_before(text, o.end, m.start)), None)
        if act is not None:
            act.absorbed.append(m)
            dropped.add(id(m))
    return [m for m in mentions if id(m) not in dropped]


def _purpose_before(text: str, act_end: int, noun_start: int) -> bool:
    """Whether the words from ``act_end`` to ``noun_start`` end in a purpose of preparing
    (:data:`_PREPARED_FOR`) with no clause break before it (a comma, a semicolon)."""
    found = _PREPARED_FOR.search(text, max(act_end, noun_start - 160), noun_start)
    return found is not None and not any(ch in text[act_end:found.start()] for ch in ",;")


def _renames(owner: Mention, m: Mention) -> bool:
    """Whether event noun ``m`` heads an apposition to ``owner``'s phrase: "to hold talks in
    Tokyo next week, the first visit by a defense chief in 15 years" (one event)."""
    return m.pos == "noun" and owner.pos == "noun" and owner.end <= owner.phrase_end <= m.start \
        and _APPOSITION.fullmatch(m.seg.text, owner.phrase_end - m.seg.start,
                                  m.start - m.seg.start) is not None


def _between(a: Mention, b: Mention) -> str:
    return a.seg.text[a.end - a.seg.start:b.start - a.seg.start]


# "..., and", "but", "while": what opens the second of two coordinated clauses; ", which",
# ", who": a relative clause with its own verb ("the elections on April 24, which the
# premier called in March"); "was", "were": the main verb after a subject that a dated
# participle describes ("an agreement signed in 1995 ... was revoked in 1999").
_WHEN_RIGHT_AFTER = re.compile(r",\s*when\b")
"""'in November 2018|, when |Abe and Putin agreed': a "when" clause right after a date."""
_AND_THEN_ITS_DATE = re.compile(r",\s*+and\s++(?:(?:in|on|by|during)\s++)?"
                                r"(?:(?:the\s++)?(?:following|next|same)\s++|that\s++)?")
"""', and in | (October 2023) ...': a clause that opens with its date."""
_AFTER_ITS_DATE = 80
"""How far after the date that opens a clause its verb is looked for (characters)."""
_CONJUNCTION = re.compile(r"(?:,\s*|\s+)(?:and|but|while|whereas|though|although|after|"
                          r"before|when)\s+(?!then\b)"
                          r"|,\s*(?:which|who|whom)\s+|\s(?=(?:was|were|(?:has|have)\s+been)\s)"
                          # (and the present perfect of a plan moved: "The talks, first set
                          # for 12 January, | have been put off to 1 February", verify87)
                          # (the main verb after its subject's relative clause: "The council,
                          # which suspended Guinea in September 2021, | restored its
                          # membership on Friday", blind h18's error kinds)
                          # (not a participle's "by": "the elections of 26 October, marred
                          # by irregularities", "in June 2017, followed by X the next year")
                          r"|,\s+(?=(?:[a-z]+ly\s+)?[a-z]{3,}ed\s(?!by\b))")
_WORD = re.compile(r"[A-Za-z]+")
# Words after which a past form is an adjective or a participle phrase, not the clause's verb
# ("the revised plan", "a closed border", "since resumed").
_AN_AMOUNT_LAST = re.compile(r"(?<![\w,.])(?!(?:1[89]|20)\d\d\s+$)\d(?:[\d,.]*\d)?\s+"
                             r"(?:(?:thousand|million|billion|trillion|mn|bn)\s+)?$", re.IGNORECASE)
"""A number right before a word: '100 million | won' is an amount of a currency."""


_NOT_FINITE_BEFORE = frozenset(("the", "a", "an", "its", "their", "his", "her", "this", "that",
                                "these", "those", "of", "to", "by", "for", "with", "since",
                                "newly", "once", "not", "never", "no", "had", "has", "have"))
_PASSIVE = frozenset(("was", "were"))
_AUXILIARIES = frozenset(("be", "have", "do"))
_SAYING = frozenset(("say", "tell", "add", "note", "quote", "cite", "recall", "explain",
                     "write", "stress", "insist", "claim", *vocab.SAYING_VERBS))
_IRREALIS = frozenset(vocab.IRREALIS_MARKERS)
_MODALS = _IRREALIS - {"to", "not"}  # (after a verb, "to" is mostly a preposition)
_NEW_SUBJECT_AFTER_AND = re.compile(
    r",\s+and\s+(?:its|their|his|her|the)\s+(?:[\w'-]+\s+){0,5}?(?!(?:was|were|had|has)\b)"
    r"[a-z]+ed\b")
"""', and its first shipment of weapons reached': a second clause with its own subject and
past verb (a comma before 'and' joins two sentences' worth, not two objects)."""
_CONJUNCT_CHARS = 160  # a clause longer than this between two dates is no simple coordination


def find_dated_conjuncts(text: str, segments: list[Segment], mentions: list[Mention],
                         timexes: list[Timex], dct: _dt.date | None,
                         dateline_span: tuple[int, int] = (0, 0)) -> list[Mention]:
    """Events told by the second (or first) of two coordinated clauses, each with a date
    of its own, whose verb is no trigger word ("restored relations in 2004, and its
    embassy reopened in 2008"; "removed Cuba from the list on May 29 ... and the two
    governments exchanged letters on July 1"): two past facts with two different dates
    in one sentence are two events (a reader never takes the later one for the same
    act), so the past-tense verb of the clause with no trigger becomes a mention of the
    category "event".

    Args:
        text: The article.
        segments: Its segments (headings are skipped).
        mentions: The trigger mentions (:func:`find_mentions`), in text order.
        timexes: The article's temporal expressions, sorted by start; two coordinated
            DATE expressions must resolve to dates that cannot mean the same time.
        dct: The article's date, for the words of the date basis.
        dateline_span: Where the dateline is: its date is the article's, no clause's
            ("OTTAWA, Nov 19 (Reuters) - The talks, which took place on Tuesday": 'took'
            was an event of its own beside the talks, ext33).

    Returns:
        The mentions with the new ones, in text order.
    """
    dates = [(t, d) for t in timexes if t.type == "DATE" and (d := timex_to_date(t)) is not None
             and not dateline_span[0] <= t.start < dateline_span[1]]
    starts = sorted(m.start for m in mentions)
    plans = sorted(m.start for m in mentions if m.planned)
    added: list[Mention] = []
    i = 0
    for seg in segments:
        if seg.kind == "heading":
            continue
        while i < len(dates) and dates[i][0].start < seg.start:
            i += 1
        j = i
        inside = []
        while j < len(dates) and dates[j][0].end <= seg.end:
            if not _A_NAME_S_YEAR.fullmatch(text, max(seg.start, dates[j][0].start - 4),
                                            min(seg.end, dates[j][0].end + 2)) \
                    and not deadline_value(text, dates[j][0], seg.start, seg.end):
                # (nor a deadline's limit: 'they met in Bern and agreed "a firm deadline" of
                # the second quarter' agrees nothing on that quarter; ext143, from blind set
                # h26: a row of the deadline's setting dated the quarter)
                inside.append(dates[j])
            j += 1
        left_lo = seg.start
        for (t1, d1), (t2, d2) in itertools.pairwise(inside):
            s1, e1, s2 = t1.start, t1.end, t2.start
            # (a date told from the first one, "in the spring of 2011 and ... on 2 April of
            # that year", is another time even inside it: the writer would not name the same
            # time twice; verify45 F1)
            # (nor are two dates of two clauses that ", and" with a subject of its own
            # joins: "In mid-2024, Egypt signed a pact ..., and its first shipment reached
            # Mogadishu in late August 2024", verify45 F5: one row, the pact's date lost)
            if s2 - e1 > _CONJUNCT_CHARS or not (_apart(d1, d2) or (
                    d1 != d2 and (_ORDERED.search(text, e1, s2) is not None
                                  or t2.anchor == t1.text
                                  or _NEW_SUBJECT_AFTER_AND.search(text, e1, s2) is not None))):
                left_lo = e1
                continue
            conjunctions = list(_CONJUNCTION.finditer(text, e1, s2))
            if not conjunctions:
                left_lo = e1
                continue
            verb, own = None, t1
            for conj in reversed(conjunctions):  # the nearest to the second date first
                if verb is None and conj is not conjunctions[-1] and _AND_THEN_ITS_DATE.fullmatch(
                        text, conjunctions[-1].start(), s2) is not None:
                    break  # ("were severed while a carrier passed over them, and in October
                    # 2023 a pipeline was ruptured": the date opens the clause after ", and",
                    # whose verb comes after it; "passed" is no act of that date; ext139)
                left = _mentions_between(starts, left_lo, conj.start())
                # (the second clause runs on past its date: "renewed in 2017 during a
                # visit by X" is the visit, a trigger of its own; not "amid tensions")
                right = _mentions_between(starts, conj.end(), s2) or _during_after(
                    text, starts, t2.end, _clause_end(text, t2.end, seg.end))
                # (after a plan, "should be cut and 14 plants closed by 2012", the
                # second verb shares its modal: a plan too, no past fact)
                if left and not right and not _mentions_between(plans, left_lo, conj.start()):
                    verb, own = _past_verb(text, conj.end(), s2, shared_subject=True), t2
                    if verb is None and conj is conjunctions[-1] and _AND_THEN_ITS_DATE.fullmatch(
                            text, conj.start(), s2) is not None:
                        # "left the bloc on 3 May 2021, and the next April, in Bamako, they
                        # made their pact a confederation": the
                        # clause opens with its date, its verb after it (ext139, from blind
                        # set h25: no row)
                        verb = _past_verb(text, t2.end, min(seg.end, t2.end + _AFTER_ITS_DATE),
                                          shared_subject=False)
                        if verb is not None and _mentions_between(starts, t2.end, verb[1]):
                            verb = None  # (a trigger of its own tells that clause's act)
                elif right and not left and _WHEN_RIGHT_AFTER.match(text, e1, conj.start() + 1):
                    # "Leaders tried again in November 2018, when Abe and Putin agreed in
                    # Singapore to ...": the "when" clause tells what was done then, and the
                    # verb before is that act again (verify78 F4: "Leaders try again", a
                    # second row of the agreement)
                    break
                elif right and not left:
                    verb, own = _past_verb(text, left_lo, s1,
                                           shared_subject=left_lo == seg.start) \
                        or _verb_right_after(text, e1, conj.start()), t1
                if verb is not None:
                    break
            if verb is not None and _CONDITION_OPENER.search(
                    text, clause_left(text, seg, verb[0], hypothetical=False), verb[0]):
                # "would set its own quota for 2027 if no deal was reached before the end of
                # the year": what the condition tells is no event (verify75 F5: a ticked row
                # "No deal reached", by late 2026)
                verb = None
            if verb is not None and _A_DURATION.match(text, verb[0]):
                # "cut daily transits, and the restrictions lasted until late 2024": how long
                # the act before went on (its end: spans), no second event (ext82)
                verb = None
            if verb is not None:
                start, end, lemma = verb
                m = Mention(seg, start, end, text[start:end].lower(), "event", 0.3, "verb", lemma)
                m.planned = text[max(seg.start, start - 3):start] == "to "  # (_past_verb)
                m.date, m.date_timex = (d1 if own is t1 else d2), own
                m.date_basis = timex_basis(own, dct) + "; the clause's own date, coordinated " \
                    "with another dated event"
                added.append(m)
                starts.insert(bisect.bisect_left(starts, start), start)
            left_lo = conj.end()
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda x: x.start)


_A_NAME_S_YEAR = re.compile(r"(?s:.*)\b[Tt]he\s(?:19|20)\d\d\s[A-Z]")
"""A year inside a name ('the 2040 Strategy for the Northern Seas', 'the 2030
Agenda'): no clause's own date for a verb coordinated with another dated one (ext133, from
blind set h23: "Leaders reaffirm Strategy", 2050)."""


_PREVIOUS_ONE = re.compile(
    rf"\b(?:after|since|following)\s+the\s+(?:previous|last|prior|preceding|first)\s+(?P<one>one)\s+"
    rf"(?:in|at)\s+(?P<place>{CAPITAL}[\w'\u2019.-]*(?:\s+{CAPITAL}[\w'\u2019.-]*){{0,2}})"
    rf"(?:,\s+{CAPITAL}[\w'\u2019.-]*(?:\s+{CAPITAL}[\w'\u2019.-]*){{0,2}})?,?\s+(?:in|on)\s+$")
"""'after the previous | one | in Chengdu, China, in | December 2019': the gathering before
the one the sentence tells, with its own place and date (``place``: its city)."""
_GENERIC_GATHERINGS = frozenset({"meeting", "meetings", "round", "gathering"})
"""Nouns that say a gathering but not which kind: a nearer "summit" names it better."""
_QUALIFIER = re.compile(r"\b((?:trilateral|bilateral|annual|regional|leaders['\u2019]|"
                        r"ministerial|joint)\s+)$", re.IGNORECASE)


def _dates_in_the_body(segments: list[Segment],
                       timexes: list[Timex]) -> Iterator[tuple[Timex, FuzzyDate, Segment]]:
    """Each DATE expression with a date, its date and the sentence it is in, outside
    headings (``segments`` in text order: found by bisection)."""
    starts = [x.start for x in segments]
    for t in timexes:
        if t.type != "DATE" or (date := timex_to_date(t)) is None:
            continue
        k = bisect.bisect_right(starts, t.start) - 1
        seg = segments[k] if k >= 0 and t.start < segments[k].end else next(
            (x for x in segments if x.start <= t.start < x.end), None)
        if seg is not None and seg.kind != "heading":
            yield t, date, seg


def find_previous_ones(text: str, segments: list[Segment], mentions: list[Mention],
                       timexes: list[Timex], dct: _dt.date | None) -> list[Mention]:
    """The gathering before the one a sentence tells, named by "one" with a place and date
    of its own: "It was the first such gathering in four and a half years, after the
    previous one in Chengdu, China, in December 2019" (verify63 F5: no row, the sentence's
    only event the summit of May 2024 told before).  Not after an event verb of its
    sentence, which the phrase dates ("the meetings were suspended after the last one in
    Perth in November 2019").  A noun mention of the kind of the
    nearest gathering noun of its sentence or the one before (a "summit" before a
    "meeting" or "round"), titled by that noun and the place ("Trilateral summit in
    Chengdu"), dated by the date after the place.

    Returns:
        The mentions with the new ones, in text order.
    """
    added: list[Mention] = []
    by_seg = {id(seg): n for n, seg in enumerate(segments)}
    for t, date, seg in _dates_in_the_body(segments, timexes):
        found = _PREVIOUS_ONE.search(text, max(seg.start, t.start - 160), t.start)
        if found is None or any(m.pos == "verb" and seg.start <= m.start < found.start()
                                for m in mentions):
            # (a verb before it is what the phrase dates: "the meetings were suspended
            # after the last one in Perth in November 2019", ext70)
            continue
        n = by_seg[id(seg)]
        lower = segments[n - 1].start if n > 0 else seg.start
        nouns = [m for m in mentions if m.pos == "noun" and m.category == "meeting"
                 and lower <= m.start < found.start()]
        named = [m for m in nouns if m.word.lower() not in _GENERIC_GATHERINGS]
        if not (named or nouns):
            continue
        antecedent = (named or nouns)[-1]
        qualifier = _QUALIFIER.search(text, max(lower, antecedent.start - 30), antecedent.start)
        what = (qualifier.group(1) if qualifier else "") + antecedent.word.lower()
        m = Mention(seg, found.start("one"), found.end("one"), antecedent.word,
                    antecedent.category, antecedent.weight, "noun", antecedent.verb)
        m.title = f"{what[:1].upper()}{what[1:]} in {found.group('place')}"
        m.date, m.date_timex = date, t
        m.date_basis = timex_basis(t, dct) + "; the gathering before the one the sentence tells"
        added.append(m)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda x: x.start)


_NEXT_ONE = re.compile(
    r"\band\s+(?:a|the)\s+(?P<one>second|third|fourth|fifth|sixth|final|last)(?:\s+one)?\s+"
    rf"(?:in|at)\s+(?P<place>{CAPITAL}[\w'\u2019.-]*(?:\s+{CAPITAL}[\w'\u2019.-]*){{0,2}}),?\s+"
    r"(?:in|on)\s+$")
"""'held its first meeting in Paramaribo on May 14 | and a | second | in Georgetown on | June
9': the next gathering, its noun left out, with its own place and date."""
_ORDINAL_BEFORE = re.compile(r"\b(?:first|opening|inaugural)\s+$", re.IGNORECASE)


def find_next_ones(text: str, segments: list[Segment], mentions: list[Mention],
                   timexes: list[Timex], dct: _dt.date | None) -> list[Mention]:
    """The next gathering of a series, told with its noun left out after the first one of
    its sentence: "The technical commission held its first meeting in Paramaribo on May 14
    and a second in Georgetown on June 9" (verify65 F2: no row for the second).  A noun
    mention of the first one's kind, titled by the ordinal, the noun and the place ("Second
    meeting in Georgetown"), dated by the date after the place.

    Returns:
        The mentions with the new ones, in text order.
    """
    added: list[Mention] = []
    for t, date, seg in _dates_in_the_body(segments, timexes):
        found = _NEXT_ONE.search(text, max(seg.start, t.start - 80), t.start)
        if found is None:
            continue
        first = [m for m in mentions if m.pos == "noun" and m.category == "meeting"
                 and seg.start <= m.start < found.start()
                 and _ORDINAL_BEFORE.search(text, max(seg.start, m.start - 12), m.start)]
        if not first:
            continue
        antecedent = first[-1]
        m = Mention(seg, found.start("one"), found.end("one"), antecedent.word,
                    antecedent.category, antecedent.weight, "noun", antecedent.verb)
        what = f"{found.group('one')} {antecedent.word.lower()}"
        m.title = f"{what[:1].upper()}{what[1:]} in {found.group('place')}"
        m.date, m.date_timex = date, t
        m.date_basis = timex_basis(t, dct) + "; the next gathering after the first one the " \
            "sentence tells"
        added.append(m)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda x: x.start)


AS_IT_DID = re.compile(
    rf"(?:,\s*|\s+)(?:just\s+)?(?:as|like)\s+(?P<who>it|they|he|she|(?:the\s+)?{CAPITAL}[\w.'\u2019-]*"
    rf"(?:\s+{CAPITAL}[\w.'\u2019-]*){{0,3}})\s+(?:(?:once|last|first|already)\s+)?"
    r"(?:did|had(?:\s+done)?|has\s+done)(?:\s+(?:so|before|once))?\s+"
    r"(?:(?:back\s+)?(?:in|on|during|at\s+the\s+end\s+of)\s+)?$")
"""'Washington will not withdraw again | , as it did in | 2018': a pro-verb that tells the
act of the clause before it done once, on the date after it."""
AS_BEFORE_CONFIDENCE = 0.6
"""The confidence of an act told only by a pro-verb's date ("as it did in 2018"): the act
is the clause's verb, named in a sentence about another time (ext94)."""


def find_acts_done_before(text: str, segments: list[Segment], mentions: list[Mention],
                          timexes: list[Timex], dct: _dt.date | None) -> list[Mention]:
    """The act a pro-verb tells done before: "Tehran has insisted on guarantees that
    Washington will not withdraw again, as it did in 2018" — the withdrawal of 2018, not
    "Any agreement reached" in 2018 (verify64 F1; the clause's verb was no event, being
    negated, and the year went to the nearest noun).  The event verb of the clause just
    before "as it did" (within :data:`_AS_REACH` characters, no comma or clause opener
    between) is the act, dated by the date after "did": an existing mention of it (a plan,
    "could reimpose sanctions, as it did in May 2018") is made the fact of that date; else
    a new mention is added, with the lower confidence :data:`AS_BEFORE_CONFIDENCE`, of
    the kind "event" when the verb is no event of its own kind without the object it lacks
    here (:func:`reading`: "will chair the technical working group, as it did in 2018" is
    no meeting, and was a ticked "Indonesia meets", verify66 F1).

    Returns:
        The mentions with the new ones, in text order.
    """
    added: list[Mention] = []
    for t, date, seg in _dates_in_the_body(segments, timexes):
        did = AS_IT_DID.search(text, max(seg.start, t.start - 80), t.start)
        if did is None:
            continue
        lo = max(seg.start, did.start() - _AS_REACH)
        verbs = [(a, b, w) for a, b, w in trigger_words(text, lo, did.start())
                 if TRIGGER_TABLE[w.lower()][2] == "verb"
                 and TRIGGER_TABLE[w.lower()][3] not in vocab.SAYING_VERBS
                 and not re.search(r"[,;:]|\b(?:that|which|who|and|but)\b", text[b:did.start()])]
        if not verbs or any(x.type == "DATE" and verbs[-1][1] <= x.start < did.start()
                            for x in timexes):
            continue  # (not when the verb has a date of its own: "signed a trade accord in
            # 2020, as they did in 2018", "will host the summit in March, as it did in 2019")
        if (when := _WHEN_IT_WAS_DONE.match(text, t.end, seg.end)) is not None and any(
                when.end() <= x.start < _clause_end(text, when.end(), seg.end) and x.pos == "verb"
                for x in mentions):
            continue  # "could close its ports to the fleet, as it did in 2013, when Brussels
            # banned imports of its fish": the "when" clause tells that happening itself,
            # with its doer named (verify75 F5: two 2013 rows of one happening, neither flagged)
        start, end, word = verbs[-1]
        m = next((x for x in mentions if x.start == start), None)
        if m is None:
            category, weight, _, lemma = TRIGGER_TABLE[word.lower()]
            if reading(text, seg, start, end, word.lower(), "verb", lemma) is None:
                category = "event"
            m = Mention(seg, start, end, word, category, weight, "verb", lemma)
            added.append(m)
        m.confidence = AS_BEFORE_CONFIDENCE
        m.planned = m.scheduled = False
        m.date, m.date_timex = date, t
        m.date_basis = (timex_basis(t, dct) + f"; '{' '.join(did.group(0).split(', ')[-1].split())}"
                        f" {t.text}' tells the act of the clause before done then")
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda x: x.start)


_ORDERED_GERUND = re.compile(
    r"\b(?P<order>after|before)\s++(?:[a-z]+ly\s++)?(?P<gerund>[a-z]{3,}ing)\b"
    r"(?P<rest>[^,;:()\"\u201c\u201d\u2013\u2014]{0,80}?\s(?:in|on))\s++$")
"""'reopened its embassy in 2015 | after closing it in | 2002', 'halted it | before launching a
revised programme in | 2015': an act told by a gerund after "after" or "before", up to the
date of its own clause, after "in" or "on" (no comma, dash or quote between; not "the
February election", a date inside a noun phrase)."""
_NOT_GERUND_ACTS = frozenset({"be", "have", "follow", "accord", "include", "regard", "concern",
                              "do", "go", "get", "become", "make", "see", "let", "try", "wait",
                              "travel", "leave", "head", "fly", "return", "arrive", "continue"})
"""Gerunds after "after"/"before" that tell no act of their own ("after being", "before
having", "following", "according"), or a step of a journey the act before is part of
("arrived in Perth on Wednesday, where he met students before travelling to the capital on
Thursday": one visit, ``test_events_split_kinds``)."""
_CLAUSE_WORDS = re.compile(r"\b(?:and|but|which|who|whom|that|when|while|where|as)\b")


def find_ordered_gerund_acts(text: str, segments: list[Segment], mentions: list[Mention],
                             timexes: list[Timex], dct: _dt.date | None) -> list[Mention]:
    """The act a gerund tells after "after" or "before", dated by its own clause's date,
    when the sentence dates another act at a time apart before it: "Israel reopened its
    embassy in 2015 after closing it in 2002", "The court ruled in 2014, and Japan halted
    the hunt before launching a new programme in 2015" (ext128, from blind set h22's
    error kinds: the closing of 2002 and the launch of 2015 had no row, the sentence's one
    candidate was the act before).  Not when the gerund's clause holds a trigger of its
    own, when the act before is a plan, or for a gerund that tells no act
    (:data:`_NOT_GERUND_ACTS`, verbs of saying).

    Returns:
        The mentions with the new ones (category of the gerund's trigger when it is one,
        else "event"; weight 0.3 as :func:`find_dated_conjuncts`'), in text order.
    """
    added: list[Mention] = []
    dates = list(_dates_in_the_body(segments, timexes))
    for t, date, seg in dates:
        found = _ORDERED_GERUND.search(text, max(seg.start, t.start - 120), t.start)
        if found is None or _CLAUSE_WORDS.search(found.group("rest")):
            continue
        word = found.group("gerund")
        lemma = gerund_lemma(word)
        if not lemma or lemma in _NOT_GERUND_ACTS or lemma in _SAYING:
            continue
        before = [d for other, d, s in dates if other.start < found.start() and s is seg]
        if not before or not _apart(before[-1], date) or (
                (date.start_day() > before[-1].start_day()) == (found.group("order") == "after")):
            # (one date alone dates the act before: "met after talking on 3 May"; an act
            # "after" is earlier than the act before it, one "before" later: "sworn in on
            # October 20 after winning the February election" is no act of February next)
            continue
        if any(found.end("gerund") <= m.start < t.start for m in mentions + added):
            continue  # (a trigger of its own: "after signing a treaty in 2002")
        if any((m.planned or m.date_timex is t) and seg.start <= m.start < found.start()
               for m in mentions):
            continue  # ("will reopen in 2027 after closing in 2026": plans, not acts; an act
            # before that already took the date, find_dated_conjuncts: one row, not two)
        m = next((x for x in mentions if x.start == found.start("gerund")), None)
        if m is None:
            entry = TRIGGER_TABLE.get(word)
            category, weight = (entry[0], entry[1]) if entry else ("event", 0.3)
            m = Mention(seg, found.start("gerund"), found.end("gerund"), word, category,
                        min(weight, 0.3), "verb", lemma)
            added.append(m)
        elif m.date_timex is not None or m.category != "event" and m.pos == "noun" and \
                m.category in ("meeting", "visit"):
            continue  # ("a day after meeting X in Tbilisi on Tuesday": the meeting's own row)
        else:
            m.verb = m.verb or lemma
        # (a gerund the table holds as a noun, "closing", is dated with its own date: an
        # object with a date of its own is no object of the act before, absorb_objects)
        m.date, m.date_timex = date, t
        m.date_basis = (timex_basis(t, dct) + f"; '{found.group('order')} {word} ... "
                        f"{t.text}' tells an act of its own, at its own date")
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda x: x.start)


_AS_REACH = 60
_WHEN_IT_WAS_DONE = re.compile(r",\s*when\s+")
"""'as it did in 2013 | , when | Brussels banned imports': the time of the pro-verb's act
told again by the happening of that time."""
"""How far before "as it did" the act's verb may be ("will not withdraw | again", "could
reimpose | sanctions on its oil exports")."""


def _apart(a: FuzzyDate, b: FuzzyDate) -> bool:
    """Whether two dates cannot mean the same time."""
    return a.end_day() <= b.start_day() or b.end_day() <= a.start_day()  # (BC too)


_ORDERED = re.compile(r"\b(?:before|after)\b")
"""Between two dates, one inside the other, a word that orders the two clauses: "Fighting
erupted in July last year ... before Malaysia brokered a truce on July 28" tells two events
(verify30, session 22: once the truce was put in July of last year, the fighting was lost)."""


_DURING = frozenset(("during", "at"))


def _during_after(text: str, starts: list[int], lo: int, hi: int) -> bool:
    """Whether a trigger in ``[lo, hi)`` follows the date at ``lo`` as "during a visit",
    "at the summit" (a preposition and at most three words): the occasion the dated
    clause happened at, an event of its own."""
    k = bisect.bisect_left(starts, lo)
    if k == len(starts) or starts[k] >= hi:
        return False
    words = text[lo:starts[k]].split()
    return bool(words) and words[0].lower() in _DURING and len(words) <= 4


def _clause_end(text: str, lo: int, hi: int) -> int:
    """Where the clause going on at ``lo`` ends: the next comma or semicolon, else ``hi``."""
    ends = [k for k in (text.find(",", lo, hi), text.find(";", lo, hi)) if k >= 0]
    return min(ends, default=hi)


def _mentions_between(starts: list[int], lo: int, hi: int) -> bool:
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


_PLAN_LEMMAS = frozenset({"expect", "aim", "plan", "hope", "intend", "seek", "schedule"})
_PLANNED_INFINITIVE = re.compile(r"\s+to\s+([a-z]+)\b")


_BARE_GAP = re.compile(r"\s+(?:[a-z]+ly\s+)?")


def _verb_right_after(text: str, lo: int, hi: int) -> tuple[int, int, str] | None:
    """The past-tense verb right after a date at ``lo`` (an adverb between at most), in
    ``[lo, hi)``: "Norway and Iceland on Monday | extended a scheme, which has run since a
    trial in 2019" (blind h17's error kinds: only the trial had a row); ``None`` when
    anything else comes first ("in force since 2019, changed", "in October - came")."""
    verb = _past_verb(text, lo, hi, shared_subject=True)
    return verb if verb is not None and _BARE_GAP.fullmatch(text, lo, verb[0]) else None


_PUT_OFF_OR_BACK = re.compile(r"\s+(?:off|back)\b")


def _past_verb(text: str, lo: int, hi: int, shared_subject: bool) -> tuple[int, int, str] | None:
    """The first past-tense verb of a clause in ``[lo, hi)`` that is its finite verb (after
    a subject, or first when the subject is shared: "and opened its first chapters"), not
    a verb of saying; ``None`` when there is none, or when a verb of saying follows it
    (", the ministry said Thursday": the date is the report's, not the clause's)."""
    previous = ""
    first = True
    found: tuple[int, int, str] | None = None
    for w in _WORD.finditer(text, lo, hi):
        word = w.group(0)
        low = word.lower()
        if word[0].isupper():
            previous, first = low, False
            continue
        lemma = past_tense_lemma(low) or (
            # ("were put off until 1 February": a past form the same as its base, known
            # here only by its particle; verify87's follow-up gave the new date no row)
            "put" if low == "put" and _PUT_OFF_OR_BACK.match(text, w.end(), hi) else "")
        if lemma in _AUXILIARIES:  # "was" of "was revoked": the verb comes next
            previous, first = low, False
            continue
        if lemma in _SAYING:
            return None
        if found is None and lemma and (previous not in _NOT_FINITE_BEFORE or previous in _PASSIVE) \
                and (not first or shared_subject):
            found = w.start(), w.end(), lemma
            planned = _PLANNED_INFINITIVE.match(text, w.end(), hi) \
                if lemma in _PLAN_LEMMAS else None
            if planned is not None:
                # "Norway's parliament is expected to vote on it next month": the vote is
                # the event, a plan (new-user trial 13: "Norway's parliament expected")
                return planned.start(1), planned.end(1), planned.group(1).lower()
        if low in (_IRREALIS if found is None else _MODALS):
            # "will reopen", "agreed to reopen": a plan, not a past fact; "predicted that it
            # would be profitable by 2011": the date is the plan's, not the verb's
            return None
        previous, first = low, False
    return found


# "had been in place since 1984", "in force since February 2008", "have been reopened only to
# pedestrians since October 2021", "closed to vehicles since 2015": a state and the date it
# began (group 1: the state's words)
_STATE_SINCE = re.compile(
    r"\b(in\s+(?:place|force|effect)|closed|shut|suspended|frozen|banned|(?:partially\s+)?"
    r"reopened|open|severed|under\s+(?:sanctions|embargo|blockade|occupation)"
    # (a territory's own rule: "Niue, self-governing in free association with New Zealand
    # since 19 October 1974", verify59 F25: no row for the date that began it)
    r"|self-governing|independent"
    # (a leader's term: "Prime Minister X, in office since June last year", ext113, from blind
    # set h19's error kinds: no row for the start of the term)
    r"|in\s+office|in\s+power)"
    r"((?:\s+(?:only\s+)?(?:to|for)\s+[a-z]+|\s+in\s+free\s+association\s+with\s+[\w'-]+"
    r"(?:\s+[\w'-]+){0,2}?)?)\s+(?:ever\s+)?since\s+(?:the\s+)?$",
    re.IGNORECASE)
_STATE_CATEGORY = {"in force": "event", "in effect": "event", "severed": "dispute",
                   "self-governing": "event", "independent": "event", "in office": "event",
                   "in power": "event"}
# The thing in that state: the subject before "has/had been", else a noun phrase before it.
_STATE_SUBJECT = re.compile(rf"((?:{CAPITAL}[\w'-]*\s+|the\s+|[a-z][\w'-]*\s+){{0,4}}?[\w'-]+)\s+"
                            r"(?:had|has|have)\s+(?:\w+\s+)?been\s+(?:\w+ly\s+)?$")
# "the regulation of the Central Bank of Kosovo, | in force since": a common noun and the
# name it is of, right before the state's comma (verify43 X14: the title was "Kosovo in force")
_STATE_NOUN_OF = re.compile(rf"(?<![\w-])((?:the\s+)?[a-z][\w'-]*\s+of\s+(?:the\s+)?"
                            rf"(?:{CAPITAL}[\w'-]*\s+(?:of\s+|for\s+|and\s+)?){{0,4}}{CAPITAL}[\w'-]*),\s+$")
_STATE_NAME = re.compile(rf"((?:the\s+)?(?:{CAPITAL}[\w'-]*\s+){{0,4}}{CAPITAL}[\w'-]*),?\s+(?:[^,;.]{{0,60}}\s+)?"
                         r"(?:and\s+)?$")


# "Relations between the two countries date back to the 1990s", "ties that go back to 1962":
# when the ties began (verify20: no row; "first established a partnership in the 1990s"
# had one). Group 1: the ties' words, group 2 the verb.
_TIES_DATE_BACK = re.compile(
    r"\b((?:(?:[Tt]he\s+)?(?:[Dd]iplomatic|[Bb]ilateral|[Ee]conomic|[Tt]rade|[Ff]ormal)\s+|"
    r"[Tt]he\s+|[Tt]heir\s+)?(?:[Rr]elations|[Tt]ies)(?:\s+between\s+"
    rf"(?:the\s+)?(?:two\s+(?:countries|nations|states)|{CAPITAL}[\w'-]*\s+and\s+{CAPITAL}[\w'-]*))?)"
    r"(?:,?\s+(?:which|that))?\s+((?:date|dates|dated|go|goes|went)\s+back)\s+to\s+(?:the\s+)?$")


def _ties_begin(seg: Segment, origin: re.Match[str], t: Timex, date: FuzzyDate,
                dct: _dt.date | None) -> Mention:
    """The start of the ties that "date back to" ``t``: "Relations ... begin", then."""
    m = Mention(seg, origin.start(2), origin.end(2), origin.group(2), "treaty", 0.6, "noun", "")
    m.phrase_start, m.phrase_end, m.np_end = origin.start(1), t.end, origin.end(2)
    m.date, m.date_timex = date, t
    m.date_basis = timex_basis(t, dct) + f"; '{origin.group(2)} to' it: the ties began then"
    thing = re.sub(r"^the\s+", "", origin.group(1).strip(), flags=re.IGNORECASE)
    m.title = f"{thing[0].upper()}{thing[1:]} begin"
    m.derived_from = m  # (a start told once, never merged: as a state's)
    m.confidence = 0.5
    return m


def find_state_starts(text: str, segments: list[Segment], mentions: list[Mention],
                      timexes: list[Timex], dct: _dt.date | None) -> list[Mention]:
    """The start of a state told with "since": "The embargo had been in place since 1984",
    "the Lombok Treaty, ... in force since February 2008", "the crossings have been
    reopened only to pedestrians since October 2021" -- the date is when the state began,
    an event of its own (the embargo imposed, the treaty entering into force), dated and
    titled here ("Embargo in place") and never merged with another (``derived_from``).

    A "since" after a verb of an event ("tensions have flared since last year") stays a
    yardstick (:mod:`.dating`); only the states listed in ``_STATE_SINCE`` start events.
    Returns the mentions with the new ones, in text order.
    """
    added: list[Mention] = []
    k = 0
    dated = [t for t in timexes if t.type == "DATE"]
    for seg in segments:
        if seg.kind == "heading":
            continue
        while k < len(dated) and dated[k].start < seg.start:
            k += 1
        while k < len(dated) and dated[k].end <= seg.end:
            t = dated[k]
            k += 1
            state = _STATE_SINCE.search(text, max(seg.start, t.start - 60), t.start)
            origin = None if state else _TIES_DATE_BACK.search(text, max(seg.start, t.start - 120),
                                                               t.start)
            date = timex_to_date(t) if state or origin else None
            if origin is not None and date is not None:
                added.append(_ties_begin(seg, origin, t, date, dct))
                continue
            if state is None or date is None:
                continue
            words = state.group(1).lower()
            lo = max(seg.start, state.start() - 80)
            subject = _STATE_SUBJECT.search(text, lo, state.start()) \
                or _STATE_NOUN_OF.search(text, lo, state.start()) \
                or _STATE_NAME.search(text, lo, state.start())
            thing = re.sub(r"^(?:(?:and|but|while|as)\s+)?(?:the|its|their)\s+", "",
                           subject.group(1).strip(), flags=re.I) if subject else ""
            if not thing or thing.lower() in ("it", "they", "this", "that", "which"):
                continue
            m = Mention(seg, state.start(1), state.end(1), words, _STATE_CATEGORY.get(
                words, "policy"), 0.6, "noun", "")
            m.phrase_start, m.phrase_end, m.np_end = state.start(1), t.end, state.end(1)
            m.date, m.date_timex = date, t
            m.date_basis = timex_basis(t, dct) + f"; '{words} since' it: the state began then"
            m.title = f"{thing[0].upper()}{thing[1:]} {words}{state.group(2)}"
            m.derived_from = m  # (a state's start stands alone: never merged)
            m.confidence = 0.6
            added.append(m)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda x: x.start)


def find_troops_out(text: str, segments: list[Segment], mentions: list[Mention],
                    timexes: list[Timex], dct: _dt.date | None) -> list[Mention]:
    """The end of a withdrawal told as a state reached by a date: "the last soldiers were
    out by Dec. 22", "all French troops had been out of Mali by August 2022" -- the date is
    when the troops had left, an event of its own, titled here ("Last soldiers out") and
    never merged with another (``derived_from``; verify56 F7: no row, no trigger word).
    Only troops, forces, soldiers or the like are "out"; not "the minister was out of the
    country by Friday".  Returns the mentions with the new ones, in text order."""
    added: list[Mention] = []
    dated = [t for t in timexes if t.type == "DATE"]
    for t in dated:
        out = _TROOPS_OUT_BY.search(text, max(0, t.start - 140), t.start)
        if out is None:
            continue  # (before the walk of the sentences: a walk for every date of the
            # article took 0.5 s of 1.5 at 64 000 characters; session 62, ext145)
        seg = next((s for s in segments if s.start <= t.start < s.end), None)
        date = timex_to_date(t)
        if seg is None or seg.kind == "heading" or out.start() < seg.start or date is None:
            continue
        thing = re.sub(r"^(?:the|all(?:\s+the)?|its|their)\s+", "", out.group("thing"), flags=re.I)
        m = Mention(seg, out.start("out"), out.end("out"), "out", "event", 0.6, "noun", "")
        m.phrase_start, m.phrase_end, m.np_end = out.start("thing"), t.end, out.end("out")
        m.date, m.date_timex = date, t
        m.date_basis = timex_basis(t, dct) + "; the troops were out by then: they had left"
        m.title = f"{thing[0].upper()}{thing[1:]} out" + (
            f" of {out.group('of')}" if out.group("of") else "")
        m.location = out.group("of") or ""
        m.derived_from = m  # (the state reached stands alone: never merged)
        m.own_parties = True  # (whose troops and whence, as its phrase says: not the story's)
        m.confidence = 0.6
        added.append(m)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda x: x.start)


_TROOPS_OUT_BY = re.compile(
    r"(?P<thing>(?:(?:the|all(?:\s+the)?|its|their)\s+)?(?:last\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:troops|soldiers|forces|peacekeepers|contingents?|trainers|instructors|personnel|"
    r"marines|advisers|advisors))\s+(?:were|was|had\s+been|had\s+all\s+been)\s+(?:all\s+)?"
    r"(?P<out>out)(?:\s+of\s+(?P<of>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?))?\s+by\s+(?:the\s+)?$")
"""'the last soldiers were out by | Dec. 22', 'all French troops had been out of Mali by |
August 2022': who left, the state "out" (and where from), right before the date."""


_NAMED_DAY = r"(?P<name>(?:Adoption|Implementation|Transition|Termination|Finali[sz]ation|" \
             r"Completion|Handover|Reunification|D)[- ]Day)"
_NAMED_DAY_FOLLOWED = re.compile(rf"\b{_NAMED_DAY}\s+(?:followed|came|arrived|fell|began)\s+"
                                 r"(?:(?:on|in)\s+)?$")
"""'Implementation Day followed on | 16 January 2016': a named day of an agreement's
calendar, told as the next step (the trial's A3: its row was "IAEA meets with Iran")."""
_DAY_APPOSITION = re.compile(rf",\s+(?:the\s+)?{_NAMED_DAY}\b")
"""'Since 16 January 2016|, Implementation Day under the JCPOA, ...': a date and the day it
is (the trial's A2: no row)."""
_WHEN_CLAUSE_AFTER = re.compile(r",?\s+when\b[^;]*")
"""What the named day was ('…, when the IAEA confirmed … and sanctions were lifted')."""


def find_named_days(text: str, segments: list[Segment], mentions: list[Mention],
                    timexes: list[Timex], dct: _dt.date | None) -> list[Mention]:
    """The named days of an agreement's calendar ("Adoption Day", "Implementation Day",
    "Transition Day", "D-Day": :data:`_NAMED_DAY`), told with their date: "Implementation Day
    followed on 16 January 2016, when the IAEA confirmed ..." (:data:`_NAMED_DAY_FOLLOWED`),
    "Since 16 January 2016, Implementation Day under the JCPOA, ..."
    (:data:`_DAY_APPOSITION`).  Each is an event titled by its name (verify47 F4: the day
    was a row named after the clause that tells what happened, or no row), standing alone
    as a state's start does (``derived_from``); the mentions of its "when" clause tell what
    the day was and are dropped.  A day named twice with its date is one event.  Returns
    the mentions with the new ones, in text order."""
    added: list[Mention] = []
    told: set[tuple[str, str]] = set()
    whens: list[tuple[int, int, int]] = []  # (start, end, segment id) of the "when" clauses
    dated = [t for t in timexes if t.type == "DATE"]
    starts = [t.start for t in dated]
    for seg in segments:
        if seg.kind == "heading" or "Day" not in text[seg.start:seg.end]:
            continue
        k = bisect.bisect_left(starts, seg.start)
        while k < len(dated) and dated[k].end <= seg.end:
            t = dated[k]
            k += 1
            found = _NAMED_DAY_FOLLOWED.search(text, max(seg.start, t.start - 60), t.start)
            after = None if found else _DAY_APPOSITION.match(text, t.end, seg.end)
            named = found or after
            date = timex_to_date(t) if named else None
            if named is None or date is None or (named.group("name"), t.value) in told:
                continue
            told.add((named.group("name"), t.value))
            m = Mention(seg, named.start("name"), named.end("name"), named.group("name").lower(),
                        "treaty", 0.7, "noun", "")
            m.phrase_start, m.phrase_end, m.np_end = m.start, max(m.end, t.end), m.end
            m.date, m.date_timex = date, t
            m.date_basis = timex_basis(t, dct) + f"; the date of {named.group('name')}"
            m.title = named.group("name")
            m.derived_from = m  # (a day of a calendar stands alone: never merged)
            m.confidence = 0.7
            added.append(m)
            if found and (when := _WHEN_CLAUSE_AFTER.match(text, t.end, seg.end)):
                whens.append((when.start(), when.end(), id(seg)))
    if not added:
        return mentions
    ends = {s: e for s, e, _ in whens}
    seg_of = {s: g for s, _, g in whens}
    begins = sorted(ends)

    def in_a_when(m: Mention) -> bool:
        at = bisect.bisect_right(begins, m.start) - 1
        return at >= 0 and m.start < ends[begins[at]] and seg_of[begins[at]] == id(m.seg)

    return sorted([m for m in mentions if not in_a_when(m)] + added, key=lambda x: x.start)


# "President Aleksandar Vučić said on Wednesday evening(, on the eve of …,) that", "Kurti
# said today that": a lead's verb of saying, its day right after it, then what was said
_LEAD_SAID_THAT = re.compile(
    r"\s(said|told\s+reporters|stressed|declared|warned)\s+(?:on\s+)?(?:today|yesterday|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|"
    r"night))?(?:,[^,;.]{1,90},)?\s+that\s")


def find_lead_statements(text: str, segments: list[Segment], mentions: list[Mention],
                         dct: _dt.date | None) -> list[Mention]:
    """The statement a news story's lead reports, when the lead tells nothing else: "BELGRADE
    - President Aleksandar Vučić said on Wednesday evening, on the eve of his meeting with
    Albin Kurti in Brussels, that Serbia would not sign any document …" (verify43 X8),
    "Prishtina, 15.03.2025 - Kosovo's acting Prime Minister Albin Kurti said today that
    Serbia has been avoiding its obligations …" (X11): no row told the day's news.  Only
    with the article's date, in its first sentence after a headline, the day said right
    after the verb and "that" after it, and no verb of the lead an event (the story is the
    statement, not an act it reports: "said on Monday that it had signed a deal").  Returns the mentions with
    the new one, in text order."""
    if dct is None:
        return mentions
    body = body_segments(segments)
    if not body or body[0].kind != "sentence":
        return mentions
    lead = body[0]
    said = _LEAD_SAID_THAT.search(text, lead.start, lead.end)
    if said is None or any(m.seg is lead and m.pos == "verb" for m in mentions):
        return mentions  # (an act the lead reports is its news: "said … that it had signed")
    m = Mention(lead, said.start(1), said.end(1), said.group(1).split()[0], "statement", 0.55,
                "verb", lemma_of(said.group(1).split()[0]))
    return sorted([*mentions, m], key=lambda x: x.start)


def find_entry_lines(text: str, segments: list[Segment], mentions: list[Mention],
                     timexes: list[Timex], dct: _dt.date | None) -> list[Mention]:
    """A line of the article's chronology (:func:`.chronology.chronology_entry`) on which no
    trigger word was found is an event all the same: the list dates it as one ("1 August
    2022: First grain ship, the Razoni, leaves Odesa", "14 October 2026: Ankara round ends
    without agreement"; verify52 F3: 3 of an explainer's 8 "Key dates" lines gave no row,
    and nothing said so).  Its title is the line's words as written after the stamp
    (``Mention.title``), its kind "event", its date the stamp's; it stands alone, as a named
    day does (``derived_from``: its words are no trigger the merging could compare).  Only a
    line with a letter after its stamp, and a stamp the tagger read as a date of a day, a
    month or a year.  Returns the mentions with the new ones, in text order."""
    added: list[Mention] = []
    titled: list[Mention] = []  # (the told nouns titled by their entry's words)
    told_lines: dict[int, list[Mention]] = {}
    for m in mentions:  # (by line; ``line_start`` looks back a line's length at most)
        told_lines.setdefault(line_start(text, m.start), []).append(m)
    starts = {t.start: t for t in timexes if t.type == "DATE"}
    for seg in segments:
        if seg.kind != "bullet":
            continue
        line = line_start(text, seg.start)
        if line < 0:
            continue  # (longer than any entry's line)
        told = told_lines.get(line)
        stamp = chronology_entry(text, seg.end, seg.start)
        if stamp is None or not seg.start <= stamp.end() <= seg.end:
            continue
        if told is not None and told[0].seg is seg and told[0].pos == "noun" \
                and told[0].start == stamp.end() and len(told) > 1 and told[1].pos == "verb" \
                and _HEADLINE_PASSIVE.fullmatch(text, told[0].end, told[1].start) is not None \
                and _a_participle(text[told[1].start:told[1].end]):
            # "June 1999 - Negotiations launched at the Rio de Janeiro summit.": an entry
            # told as a headline's passive, its noun then its participle, is titled by its
            # words, the verb kept (verify74 F6: "Negotiations", its place lost), at the
            # confidence of a sentence with that date
            words = _entry_words(text, stamp.end(), min(seg.end, _line_end(text, stamp.end())))
            if len(words.split()) <= 12:
                told[0].title, told[0].confidence = words[:1].upper() + words[1:], 0.0
                titled.append(told[0])
            continue
        side = _SIDE_CLAUSE.search(text, stamp.end(), min(seg.end, _line_end(text, stamp.end()))) \
            if told is not None and told[0].seg is seg else None
        if side is not None and (any(x.start < side.start() for x in told or ())
                                 or len(text[stamp.end():side.start()].split()) < 3):
            # (the main clause has a trigger of its own, or it is cut: "- 1977: Iceland,
            # which had fought ..., declares a zone" has no subject and verb before the comma)
            side = None
        if told is not None and side is None and (
                any(x.pos != "noun" for x in told) or told[0].seg is not seg):
            continue
        t = starts.get(stamp.start("date"))
        date = timex_to_date(t) if t is not None else None
        line_end = text.find("\n", stamp.end())
        line_end = len(text) if line_end < 0 else line_end
        # "- 1977: The Faroe Islands declare a 200-nautical-mile zone, following Iceland,
        # which had fought three "Cod Wars" with Britain between 1958 and 1976": the main
        # clause, which no trigger knows, is the line's event, dated by its stamp; the
        # side clause's act is told beside it (verify75 F3: only "1958 - Iceland fights")
        end = side.start() if side is not None else min(seg.end, line_end)
        if (semicolon := text.find(";", stamp.end(), end)) >= 0 \
                and len(text[stamp.end():semicolon].split()) >= 3:
            # "- 2005: Russia leaves the group and doubles its catch; Norway protests": the
            # clause after the semicolon is another happening, no part of this one's title
            # (verify75 F4's kind: a title of two events)
            end = semicolon
        words = text[stamp.end():end]
        words = words.strip().removesuffix(".").removesuffix(";").strip()
        if t is None or date is None or not any(c.isalpha() for c in words):
            continue
        if told is not None and side is None:
            # "17 November 2022: Deal extended for 120 days": an entry opened by its event's
            # noun, told by a verb no trigger knows, is titled by its words ("Deal reached",
            # verify52), the noun's mention kept for merging with the body's telling
            if told[0].start == stamp.end() and len(words.split()) <= 12:
                told[0].title = words[:1].upper() + words[1:]
                titled.append(told[0])
            continue
        told_lines[line] = []
        first = re.match(r"[\w'\u2019-]+", words)
        m = Mention(seg, stamp.end(), stamp.end() + len(words),
                    first.group(0).lower() if first else words[:1], "event", 0.6, "noun", "")
        m.phrase_start, m.phrase_end, m.np_end = m.start, m.end, m.end
        m.date, m.date_timex = date, t
        m.date_basis = timex_basis(t, dct) + "; a line of the article's chronology"
        m.title = words[:1].upper() + words[1:]
        m.derived_from = m
        m.confidence = 0.6
        added.append(m)
    if titled:
        mentions = _gatherings_into_their_entry(text, mentions, titled)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda x: x.start)


def _gatherings_into_their_entry(text: str, mentions: list[Mention],
                                 titled: list[Mention]) -> list[Mention]:
    """``mentions`` without the gathering nouns inside an entry titled by its words ("May
    17, 2010 - Talks relaunched at the Madrid summit": the summit is where the talks were
    relaunched, in the title already), each kept among its entry's ``absorbed``; a row of
    its own took the entry's date and its place, and its title ("Madrid summit") won over
    the entry's when the place joined them (verify74 F6)."""
    inside: dict[int, Mention] = {}
    for owner in titled:
        end = min(owner.seg.end, _line_end(text, owner.start))
        for m in mentions:
            if m is not owner and m.seg is owner.seg and m.pos == "noun" \
                    and m.category == "meeting" and owner.end <= m.start and m.end <= end \
                    and _AT_THE_ENTRY_S_GATHERING.search(text, max(owner.end, m.start - 60), m.start):
                owner.absorbed.append(m)
                inside[id(m)] = m
    return [m for m in mentions if id(m) not in inside] if inside else mentions


_AT_THE_ENTRY_S_GATHERING = re.compile(r"\b(?:at|during)\s+the\s+(?:[\w'.-]+\s+){0,4}$")
"""'at the Madrid | summit': the gathering where an entry's act was."""


_SIDE_CLAUSE = re.compile(r",[^\S\n]++(?:which|who|whom|whose|following|after|before|while|"
                          r"as|when|where)\b", re.IGNORECASE)
"""Where a chronology line's side clause begins (", following Iceland, which had fought ...",
", after Norway refused ..."): what follows it is no part of the line's main event
(:func:`find_entry_lines`)."""
_HEADLINE_PASSIVE = re.compile(r"[^\S\n]+")
"""Between an entry's noun and its participle: a space only ('Talks | suspended')."""


def _a_participle(word: str) -> bool:
    """Whether ``word`` reads as a past participle ('launched', 'suspended', 'signed',
    'held', 'begun'), as a headline's passive writes it."""
    return FORM_KIND.get(word.lower()) in ("past", "participle") or word.lower().endswith("ed")


def _line_end(text: str, at: int) -> int:
    """Where the line holding offset ``at`` ends."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _entry_words(text: str, start: int, end: int) -> str:
    """An entry's words after its stamp, without the full stop or semicolon that ends them."""
    return text[start:end].strip().removesuffix(".").removesuffix(";").strip()


_DIARY_ENTRY_WORDS = 24
"""The most words a diary's entry may have to be a row of its own (a line, not a story)."""


def find_diary_entries(text: str, segments: list[Segment], mentions: list[Mention],
                       timexes: list[Timex], dct: _dt.date | None,
                       dateline_end: int = 0) -> list[Mention]:
    """An entry of a diary laid out under day headings (:func:`.dating.day_headings`) on which
    no trigger word was found is an event all the same, as a chronology's line is
    (:func:`find_entry_lines`): "MONDAY 7 JUNE" / "- Luxembourg: Benelux ministers of justice
    sign a protocol on police cooperation." (ext113, from blind set h19's error kinds: a
    week-ahead diary's entries told in the present by verbs no trigger knows gave no row).
    Its title is the entry's words after its city, without what it puts in brackets ('(to 12
    June)'); its date the heading's day; its place the city that opens it, when the vocabulary
    knows it.  Only the first sentence of a list item (a bullet line) under a heading that
    names a day, of at most :data:`_DIARY_ENTRY_WORDS` words.  Returns the mentions with the
    new ones, in text order."""
    headings = day_headings(segments, timexes, dateline_end)
    if not headings:
        return mentions
    starts = [seg.start for seg, _ in headings]
    told = {id(m.seg) for m in mentions}
    added: list[Mention] = []
    for seg in segments:
        if seg.kind != "bullet" or id(seg) in told:
            continue
        at = bisect.bisect_right(starts, seg.start) - 1
        day = headings[at][1] if at >= 0 else None
        if day is None or (date := timex_to_date(day)) is None:
            continue
        line = line_start(text, seg.start)  # (a bounded look back: linear, issue 9)
        if line < 0 or text[line:seg.start].strip(" \t-*\u2022\u2013"):
            continue  # (not the item's first sentence: "Press conference at 15:00.")
        place = ENTRY_PLACE.match(seg.text)
        skip = place.end() if place is not None else 0
        words = re.sub(r"\s*\([^()\n]*\)", "", seg.text[skip:]).strip().rstrip(".;").strip()
        if not any(c.isalpha() for c in words) or len(words.split()) > _DIARY_ENTRY_WORDS:
            continue
        first = re.match(r"[\w'\u2019-]+", words)
        start = seg.start + skip + (len(seg.text[skip:]) - len(seg.text[skip:].lstrip()))
        m = Mention(seg, start, seg.end, first.group(0).lower() if first else words[:1],
                    "event", 0.6, "noun", "")
        m.phrase_start, m.phrase_end, m.np_end = m.start, m.end, m.end
        m.date, m.date_timex = date, day
        m.date_basis = f"{timex_basis(day, dct)}, the day heading its entry"
        m.title = words[:1].upper() + words[1:]
        m.derived_from = m
        m.confidence = 0.6
        if place is not None and place.group("place") in vocab.CITIES:
            m.location = place.group("place")
        added.append(m)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda x: x.start)
