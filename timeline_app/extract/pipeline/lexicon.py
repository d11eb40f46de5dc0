"""Rule tables built from :mod:`..event_vocabulary`: the data the stages read.

``TRIGGER_TABLE`` maps every trigger form (listed words, event nouns, and each form of
the event verbs: "acquire", "acquires", "acquired", "acquiring") to ``(category,
weight, part of speech, lemma)``; ``FORM_KIND`` says which generated verb form each is.
The compiled patterns tell a verb's mood from the words before it ("will", "plans
to", "agreed to", an article before an adjective).  Nothing here reads an article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import event_vocabulary as vocab
from .inflection import past_only, verb_forms, verb_lemma


def _build_triggers() -> tuple[dict[str, tuple[str, float, str, str]], dict[str, str]]:
    """All trigger forms: the listed ones, the event nouns, and every form of the event verbs.

    Returns the table (surface -> category, weight, part of speech, lemma) and, for
    the generated verb forms, what form each is ("base", "s", "past", "ing"): a form
    whose reading depends on its context (a base form is a verb after "to" or "will",
    "cuts" after a name) is checked where it occurs.
    """
    table = dict(vocab.TRIGGERS)
    kinds: dict[str, str] = {}
    for noun, entry in vocab.EVENT_NOUNS.items():
        table.setdefault(noun, entry)
    for lemma, (category, weight) in vocab.EVENT_VERBS.items():
        for kind, forms in verb_forms(lemma).items():
            for form in forms:
                if form not in table and form not in vocab.NOT_TRIGGER_FORMS:
                    table[form] = (category, weight, "verb", lemma)
                    kinds[form] = kind
    return table, kinds


def lemma_of(word: str) -> str:
    """The base form of a verb of doing ("agreed" -> "agree", "decided" -> "decide")."""
    entry = TRIGGER_TABLE.get(word)
    if entry is not None and entry[2] == "verb":
        return entry[3]
    return verb_lemma(word)


TRIGGER_TABLE, FORM_KIND = _build_triggers()


# Past tenses that are no participles ("rose", not "risen"): never a reduced relative.
PAST_ONLY = frozenset(form for lemma in vocab.EVENT_VERBS for form in past_only(lemma))


# Trigger forms of two words ("press conference"); all others are one word of letters.
_TWO_WORD_TRIGGERS = frozenset(k for k in TRIGGER_TABLE if " " in k)
_PAIR_FIRST_WORDS = frozenset(k.split()[0] for k in _TWO_WORD_TRIGGERS)
_WORD_RUN = re.compile(r"\b\w+")
# Trigger forms written with a hyphen ("run-off", "re-took"): their first part, to read the
# whole form where the text hyphenates it (ext143, from blind set h26: "a run-off on 14
# December" had no row, the word runs stopping at the hyphen)
_HYPHENED_TRIGGERS = frozenset(k for k in TRIGGER_TABLE if "-" in k)
_HYPHEN_FIRST_WORDS = frozenset(k.split("-")[0] for k in _HYPHENED_TRIGGERS)


def trigger_words(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """``(start, end, word)`` of each trigger form in ``text[start:end]``, in order.

    The same as searching ``\b(?:form|...)\b`` (longest form first, any case) but a
    table lookup per word: the 450-way alternation tried at every position took a
    quarter of the extraction time.
    """
    resume = start
    for run in _WORD_RUN.finditer(text, start, end):
        if run.start() < resume:
            continue  # the second word of a two-word trigger
        word = run.group(0)
        low = word.lower()
        if low in _PAIR_FIRST_WORDS and text[run.end():run.end() + 1] == " ":
            second = _WORD_RUN.match(text, run.end() + 1, end)
            if second is not None and f"{low} {second.group(0).lower()}" in _TWO_WORD_TRIGGERS:
                yield run.start(), second.end(), f"{word} {second.group(0)}"
                resume = second.end()
                continue
        if low in _HYPHEN_FIRST_WORDS and text[run.end():run.end() + 1] == "-":
            second = _WORD_RUN.match(text, run.end() + 1, end)
            if second is not None and f"{low}-{second.group(0).lower()}" in _HYPHENED_TRIGGERS:
                yield run.start(), second.end(), f"{word}-{second.group(0)}"
                resume = second.end()
                continue
        if low in TRIGGER_TABLE:
            yield run.start(), run.end(), word


VERB_NEEDS = {lemma: re.compile(rx) for lemma, rx in vocab.VERB_NEEDS.items()}


SUBJECT_NEEDS = {lemma: re.compile(rx, re.IGNORECASE)
                 for lemma, rx in vocab.SUBJECT_NEEDS.items()}


BE = r"(?:is|are|was|were|be|been|being|'s|'re)"


MODALS = "|".join(re.escape(w) for w in vocab.IRREALIS_MARKERS if w not in ("to", "not"))


# "plans to buy", "is expected to launch", "wants to eliminate": a plan, not a fact.
# (a day or a manner may stand between: "voted Saturday to impeach", "voted unanimously to")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
WHEN_BETWEEN = (rf"(?:(?:on\s+)?{_WEEKDAY}|today|yesterday|"
                rf"(?:last|earlier\s+this|this)\s+(?:week|month|year|{_WEEKDAY})|"
                rf"on\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?)")
"""The day a verb of doing tells between itself and its "to" ("voted on Tuesday to approve",
"voted last week to approve", "agreed on 3 March to resume"): a weekday, today or
yesterday, "last"/"this"/"earlier this" week, month, year or weekday, or "on" a day of a
month.  A vote about a later act done on a past day (verify69 and docs53: "voted last week
to approve" had no row)."""

PLAN_TO = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab.PLAN_VERBS)) + r")\s+"
                     rf"(?:{WHEN_BETWEEN}\s+)?to\s+(?:be\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
"""(and in the passive: "is expected to be signed"; with the day of the plan's verb between:
"offered on Monday to visit Riga", ext131 — read as a visit done that Monday)"""

DONE_TO = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab.DONE_VERBS)) + r")\s+"
                     rf"(?:(?:{WHEN_BETWEEN}|\w+ly)\s+)?to\s+(?:\w+ly\s+)?$", re.IGNORECASE)


NOUN_NEEDS = {noun: (re.compile(b + "$" if b else "", re.IGNORECASE), re.compile(a, re.IGNORECASE))
               for noun, (b, a) in vocab.NOUN_NEEDS.items()}


ADVERB = r"(?:\w+ly|then|next|still|again|now|soon|first|later)"
"""An adverb between a modal and its verb: "-ly" ones and the short ones of sequence ("will
then travel", "will next take up the question": ext143, from blind set h26, whose Council's
next sitting had no row, and a journey "will then" made had none).  Not "also": "said in late
February that it would also vote against" is the government's statement of that day, its row
(tests/extract/test_dated_claims_verify75_ext127.py), which a plan of no date of its own
would take away."""


IRREALIS = re.compile(rf"\b(?:{MODALS})\s+(?:not\s+)?(?:{ADVERB}\s+)?(?:be\s+)?(?:\w+ly\s+)?$",
                       re.IGNORECASE)


TO_OR_MODAL_LAST = re.compile(r"\b(?:to|" + MODALS + rf")\s+(?:{ADVERB}\s+)?$", re.IGNORECASE)


# A participle after a determiner is an adjective: "the recently announced phone", "the
# now-cancelled deal" (a hyphenated adverb: "cancelled" is a trigger since lemminflect
# gives both spellings).
ADJECTIVAL = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|these|those)|"
                        r"(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bwas\s)(?<!\bwere\s)"
                        r"\b(?:newly|recently|long|much|widely|previously|already)|\w['\u2019]s)\s+"
                        r"(?:\w+ly\s+|[a-z]+-)?$", re.IGNORECASE)
"""(and after a possessive: "Kuwait's ousted government"; not after an auxiliary: "had
already crossed Azerbaijani territory" is a verb, verify55 F22)"""


HYPOTHETICAL = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab.HYPOTHETICAL_OPENERS)) + r")\b",
                           re.IGNORECASE)
