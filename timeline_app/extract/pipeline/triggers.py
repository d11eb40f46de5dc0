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

import re

from .. import event_vocabulary as vocab
from ..sentences import Segment
from .clauses import clause_left
from .lexicon import (
    ADJECTIVAL,
    BE,
    DONE_TO,
    FORM_KIND,
    HYPOTHETICAL,
    IRREALIS,
    MODALS,
    NOUN_NEEDS,
    PLAN_TO,
    TO_OR_MODAL_LAST,
    TRIGGER_TABLE,
    VERB_NEEDS,
    lemma_of,
    trigger_words,
)
from .mentions import Mention
from .phrases import tail

# A sentence of the news corpora has at most 5 event mentions (TimeBank, MEANTIME); one
# with dozens is a list or hostile text ("met met met ..."), and every mention costs
# work across its sentence: past these many, the rest of the sentence is not read.
MAX_TRIGGERS_PER_SEGMENT = 64
MAX_MENTIONS_PER_SEGMENT = 24


def find_mentions(text: str, segments: list[Segment]) -> list[Mention]:
    """The trigger words of the article's sentences that are events here, in text order
    (at most ``MAX_MENTIONS_PER_SEGMENT`` of the first ``MAX_TRIGGERS_PER_SEGMENT``
    trigger words of a segment)."""
    mentions: list[Mention] = []
    for seg in segments:
        if seg.kind == "heading":
            continue  # headlines repeat the story in title case; the body dates it
        kept = len(mentions)
        for n, (start, end, word) in enumerate(trigger_words(text, seg.start, seg.end)):
            if n >= MAX_TRIGGERS_PER_SEGMENT or len(mentions) - kept >= MAX_MENTIONS_PER_SEGMENT:
                break
            low = word.lower()
            # Capitalised inside a sentence it is part of a name ("Security Conference").
            if word[0].isupper() and start != seg.start:
                continue
            if re.match(r"['\u2019](?:t|s\b)|-\w", text[end:end + 2]):
                continue  # "won't", "launch's", "order-taking"
            category, weight, pos, verb = TRIGGER_TABLE[low]
            if pos == "noun" and low in vocab.EVENT_VERBS and TO_OR_MODAL_LAST.search(
                    tail(text, seg.start, start)):
                # "will visit Canberra": the verb, not the noun "visit".
                category, weight = vocab.EVENT_VERBS[low][:2]
                pos, verb = "verb", low
            mood = reading(text, seg, start, end, low, pos, verb)
            if mood is None:
                continue
            mention = Mention(seg, start, end, low, category, weight, pos, verb)
            mention.planned = mood == "plan"
            done = DONE_TO.search(tail(text, seg.start, start)) \
                if FORM_KIND.get(low) == "base" else None
            if done:
                # "agreed to buy": the title says so ("agrees to buy").
                mention.lead_in = lemma_of(done.group(0).split()[0].lower())
            if pos == "verb" and verb in vocab.OBJECT_CATEGORY:
                # "filed a lawsuit" is a dispute, "won the election" an event.
                obj = (text[max(seg.start, start - 40):start] + " | "
                       + text[end:min(seg.end, end + 60)]).lower()
                hit = next((c for w, c in vocab.OBJECT_CATEGORY[verb].items()
                            if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", obj)), "")
                mention.category = hit or mention.category
            mentions.append(mention)
    return mentions


def reading(text: str, seg: Segment, start: int, end: int, low: str, pos: str,
             verb: str) -> str | None:
    """How a trigger word is used here: "fact", "plan" (to/will/may ...), or None (no event).

    A word is no event when it is an adjective ("the recently announced phone"), a
    noun spelled like a verb ("job cuts", "a plan", "its launch"), a verb without the
    object that makes it an event ("filed a report"), or a possibility ("to determine
    whether the move should be approved").
    """
    before = tail(text, seg.start, start)  # (only patterns anchored at its end read it)
    kind = FORM_KIND.get(low, "")
    if pos == "verb":
        needs = VERB_NEEDS.get(verb)
        if needs is not None and not needs.match(text, end, seg.end) and not (
                re.search(rf"\b{BE}\s+(?:\w+ly\s+)?$", before)
                and needs.search(" " + text[clause_left(text, seg, start):start])):
            return None  # (in the passive, what it needs comes first: "a lawsuit was filed")
        clause = text[clause_left(text, seg, start, hypothetical=False):start]
        if HYPOTHETICAL.search(clause):
            return None
        irrealis = IRREALIS.search(before) or PLAN_TO.search(before)
        if re.search(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+(?:\w+\s+)?"
                     r"(?:plan|plans|proposal|bid|offer|attempt|effort|deal|agreement|decision|"
                     r"move|option|options|right|vote|order)\s+to\s+$", before, re.IGNORECASE):
            return None  # "a plan to bail out the industry": what the plan is, not an event
        if kind == "base":
            # A base form is a verb after a modal, "not", or a verb of planning or doing
            # and "to"; else a noun ("a cut") or a purpose ("rebounded to close at").
            if not (re.search(r"\b(?:not|" + MODALS + r")\s+(?:\w+ly\s+)?$", before,
                              re.IGNORECASE) or irrealis or DONE_TO.search(before)):
                return None
        elif kind == "s" or (not kind and low.endswith("s") and low not in ("was", "has")):
            # "GM cuts 10,000 jobs", "Apple plans to ...", not "job cuts" or "sales".
            prev = re.search(r"([\w'\u2019.)]+)\s+(?:\w+ly\s+)?$", before)
            if not (re.match(r"\s+(?:to\s+)?\w", text[end:seg.end]) and prev and (
                    prev.group(1)[0].isupper() or prev.group(1)[-1] in ".)"
                    or prev.group(1).lower() in ("it", "he", "she", "who", "which", "that"))):
                return None
            if prev.group(1) in ("The", "A", "An", "Its", "Their", "His", "Her"):
                return None
        elif kind == "ing" and not re.search(rf"\b{BE}\s+(?:\w+ly\s+)?$", before,
                                             re.IGNORECASE):
            return None
        if (kind == "past" or low.endswith("ed")) and ADJECTIVAL.search(before) and \
                re.match(r"\s+[a-zA-Z]", text[end:seg.end]) and \
                not re.match(r"\s+(?:by|that|to|on|in|at|for|with)\b", text[end:seg.end]):
            return None  # "the recently announced iPhone 4": an adjective
        return "plan" if irrealis else "fact"
    if low == "order" and re.search(r"\bin\s+$", before):
        return None  # "in order to"
    needs_noun = NOUN_NEEDS.get(low)
    if needs_noun is not None:
        if needs_noun[0].pattern and not needs_noun[0].search(before):
            return None
        if not needs_noun[1].match(text, end, seg.end):
            return None
    return "fact"


def absorb_objects(mentions: list[Mention]) -> list[Mention]:
    """Drop event nouns that are only the object of a stronger mention.

    "the anniversary of the normalization" is one event, the anniversary (the
    normalization is dated from it later); "chose to boycott a memorial event" is the
    boycott.
    """
    kept: list[Mention] = []
    by_seg: dict[int, list[Mention]] = {}  # an owner is in the same sentence
    for m in mentions:
        by_seg.setdefault(id(m.seg), []).append(m)
    for m in mentions:
        owner = next((o for o in by_seg[id(m.seg)] if o is not m
                      and o.end <= m.start < o.phrase_end
                      and (o.word == "anniversary" or (o.pos == "verb" and o.weight > m.weight)
                           or o.pos == "verb" and o.verb in vocab.SAYING_VERBS
                           # (not "announced a joint visit to Baghdad next month": a
                           # planned visit or meeting is an event of its own)
                           and not (m.pos == "noun" and m.category in ("visit", "meeting"))
                           or m.pos == "noun" and o.pos == "noun" and re.search(
                               r"\bof\b", _between(o, m)))), None)
        if owner is not None and owner.verb in vocab.SAYING_VERBS and m.pos == "verb" \
                and not m.planned:
            # "announced Friday that the ministers had met on Wednesday": which of the
            # two is the event depends on the dates (dating.fold_reports).
            m.reported_by = owner
            kept.append(m)
        elif owner is not None:
            owner.absorbed.append(m)
            if owner.verb in vocab.SAYING_VERBS and m.pos == "verb" and not m.planned \
                    and owner.category == "statement":
                # "announced it has settled the dispute": the lane of what was announced.
                owner.category = m.category
        else:
            kept.append(m)
    return kept


def _between(a: Mention, b: Mention) -> str:
    return a.seg.text[a.end - a.seg.start:b.start - a.seg.start]
