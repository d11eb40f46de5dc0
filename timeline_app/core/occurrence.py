"""Whether a telling of an event says it did not take place: "the summit ... was cancelled",
"called off", "postponed", "delayed", "did not take place".  Qt-free.

Two articles may tell one event, one that it was held, the other that it was cancelled or
postponed; merged as one event without a word, the timeline said it happened (session 35,
edit32).  ``core.duplicates.disagreement`` then says the two disagree on whether it took
place, so that the import review and File → Merge offer "Merge, disputed" (status
Disputed: ``core.status``), both sentences kept as the event's evidence.

The rule, read on an event's source sentences (``Event.evidence``; a typed event without
one tells nothing but its title): a sentence says the event did not take place when it
holds one of :data:`NOT_HELD`'s phrases, the verbs and nouns of calling an event off
(cancel, call off, postpone, delay, put off, defer, scrap, shelve, reschedule, push back),
or of its not happening ("did not take place", "was not held", "did not go ahead", "fell
through"), and no word in the 40 characters before it turns that round ("was *not*
cancelled", "*despite* calls to postpone", "*threatened to* call off", "*refused to*
postpone": :data:`TURNED`).  The phrases are the ones English news uses for an event that
did not happen (the Associated Press Stylebook's "cancel, canceled, canceling,
cancellation"; "postpone" and "call off" as the Reuters and AP wires write them), in
British and American spellings.  An event says it *was held* when no sentence says
otherwise and it is not a plan (its title does not end "(scheduled)", as
``extract.pipeline.titles`` marks one).  A plan set against a cancellation is no dispute:
plans change, and the later article tells the change.

Linear: one pass of a regular expression without nested quantifiers over each sentence,
and a bounded look back at each phrase found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Event

__all__ = ["ASIDE", "HELD", "NOT_HELD", "NOT_HELD_SUFFIX", "SCHEDULED_SUFFIX", "SUBORDINATE",
           "TURNED", "WHETHER", "held_title", "moved_to_its_date", "not_held_note",
           "not_held_note_of", "not_held_words", "occurrence_disagreement", "plan_put_off",
           "retitled"]

#: The end of the title of an event still to come (``extract.pipeline.titles``); here, not
#: in ``core.duplicates`` (which reads it from here), so that an edit's ``retitled`` needs
#: no import of it and its fuzzy matching (~0.2 s of the first OK in the event editor,
#: the dialog's place left blank meanwhile: verify82 F3).
SCHEDULED_SUFFIX = " (scheduled)"

NOT_HELD_SUFFIX = " (did not take place)"
"""The end of the title of a planned event told as not held ("Fourth round (did not take
place)": ``extract.events``, ext58, verify47 F3), as " (scheduled)" ends a plan's:
``core.duplicates`` compares titles without either (``_told_ending``)."""

def retitled(old: str, new: str) -> str:
    """The title ``new`` typed over ``old``, keeping ``old``'s ending that says the event
    is a plan or did not take place (" (scheduled)", :data:`SCHEDULED_SUFFIX`;
    :data:`NOT_HELD_SUFFIX`) when ``new`` rewrites the title without it: the ending is
    the event's standing, which nothing else keeps (verify78 F6: "Visit (scheduled)"
    retitled "Visa-free visits for former island residents may restart" became a past
    event in the print and the calendar).  ``new`` is kept as typed when it has such an
    ending of its own, is empty, or is ``old`` with only the ending taken away (the
    person's own way to say the plan took place, as Mark as Held does).

    >>> retitled("Visit (scheduled)", "Visa-free visits may restart")
    'Visa-free visits may restart (scheduled)'
    >>> retitled("Visit (scheduled)", "Visit")
    'Visit'

    A standing the person writes in their own words at the end, in brackets ("(announced)",
    "(proposed)", :data:`OWN_STANDING`), replaces the old ending (verify79 F6: "RSF to halt
    shelling around El Fasher (announced)" was saved as "… (announced) (scheduled)").

    >>> retitled("Halt to shelling (scheduled)", "RSF to halt shelling (announced)")
    'RSF to halt shelling (announced)'
    """
    endings = (SCHEDULED_SUFFIX, NOT_HELD_SUFFIX)
    kept = old.rstrip()
    ending = next((end for end in endings if kept.casefold().endswith(end)), "")
    typed = new.rstrip()
    if (not ending or not typed.strip() or any(typed.casefold().endswith(end) for end in endings)
            or OWN_STANDING.search(typed) is not None
            or " ".join(typed.split()).casefold()
            == " ".join(kept[:-len(ending)].split()).casefold()):
        return new
    return typed + kept[-len(ending):]


OWN_STANDING = re.compile(r"\((?:announced|proposed|planned|expected|tentative|provisional|"
                          r"unconfirmed|postponed|cancell?ed|called off|reported)\)$",
                          re.IGNORECASE)
"""A title's ending in brackets that says the event's standing in the person's own words:
:func:`retitled` keeps it as typed instead of adding the old " (scheduled)"."""

WHETHER = "whether it took place"
"""How :func:`occurrence_disagreement`'s words start (``core.duplicates.disagreement`` puts
them first): the views choose "Merge, disputed" at first for such a pair."""

NOT_HELD = re.compile(
    r"\b(?:cancel(?:l?ed|l?ing|lations?|s)?|call(?:ed|ing|s)?[^\S\n]++(?:it[^\S\n]++|them[^\S\n]++)?off"
    r"|postpon(?:e|ed|es|ing|ement)|delay(?:ed|ing)|put[^\S\n]++off|defer(?:red|ring)"
    r"|scrap(?:ped|s|ping)?|shelved|reschedul(?:e|ed|es|ing)|push(?:ed|es|ing)?[^\S\n]++back"
    r"|(?:did|does|do|will|would|could)[^\S\n]++not[^\S\n]++(?:take[^\S\n]++place|go[^\S\n]++ahead)"
    r"|(?:didn't|didn\u2019t|won't|won\u2019t|never)[^\S\n]++(?:take[^\S\n]++place|go[^\S\n]++ahead)"
    r"|never[^\S\n]++took[^\S\n]++place|failed[^\S\n]++to[^\S\n]++take[^\S\n]++place"
    r"|(?:was|were)[^\S\n]++not[^\S\n]++held|fell[^\S\n]++through)\b",
    re.IGNORECASE)
"""A phrase that says an event did not take place (as planned): 'was cancelled', 'called
off', 'postponed', 'delayed', 'did not take place', 'was not held', 'fell through'."""

TURNED = re.compile(
    r"\b(?:not|never|no|despite|without|rather[^\S\n]++than|instead[^\S\n]++of|threat(?:s|ened)?"
    r"|call(?:s|ed)?[^\S\n]++(?:for|to)|urg(?:e|ed|es|ing)|demand(?:s|ed)?|refus(?:e|ed|es)"
    r"|reject(?:s|ed)?|ruled[^\S\n]++out|avoid(?:ed|s)?|deny|denied|denies|rumou?rs?|whether"
    r"|if|(?-i:could|might|may)|consider(?:s|ed|ing)?|risk(?:s|ed)?)\b",
    re.IGNORECASE)
"""A word before a :data:`NOT_HELD` phrase that says the event was *not* called off, or
only might be: 'was not cancelled', 'despite calls to postpone', 'threatened to call off',
'could be delayed', 'considered postponing' (the modals in lower case only: "talks planned for
May were called off" names the month, ext51)."""

ASIDE = re.compile(r"\s*(?:(?:which|that|who)\b|(?:after|despite)\s+(?:being|having\s+been)\b"
                   r"|having\s+been\b|once\b|twice\b)", re.IGNORECASE)
"""How the clause of a :data:`NOT_HELD` phrase opens when it tells what happened to the event
before, as an aside: 'The summit, *which* had been postponed in 2024, was held ...', '*After
being* postponed twice, the talks opened ...'."""

HELD = re.compile(r"\b(?:(?:was|were)\s+(?:\w+ly\s+)?held|took\s+place|went\s+ahead|opened|began|"
                  r"convened|got\s+under\s*way)\b", re.IGNORECASE)
"""What says the event took place after all, in the sentence outside the aside: 'was held',
'took place', 'went ahead', 'opened', 'began', 'convened'."""

_LOOK_BACK = 40
"""How many characters before a :data:`NOT_HELD` phrase are read for a :data:`TURNED` word."""

_SCHEDULED = " (scheduled)"
"""The end of the title of an event still to come (``extract.pipeline.titles``)."""


_PLAN_MARK = re.compile(r"[\s,;:]*\(scheduled\)\s*$", re.IGNORECASE)


def held_title(title: str) -> str | None:
    """``title``, a plan's, told as held: without the " (scheduled)" that ends it
    (``_SCHEDULED``, README: "The mark is a plan's one sign: a title with it tells the act
    in the present"), so "Lawmakers vote on new agreement (scheduled)" becomes
    "Lawmakers vote on new agreement" (verify72 F10: a plan a later article reported held
    stayed "(scheduled)").  None when ``title`` has no such mark, or nothing before it."""
    found = _PLAN_MARK.search(title)
    if found is None:
        return None
    return title[:found.start()].strip() or None


MOVED_TO = re.compile(r"(?:postpon|delay|reschedul|push|put|defer)", re.IGNORECASE)
"""The :data:`NOT_HELD` phrases that move an event to another time ('delayed to Thursday',
'postponed until April', 'pushed back to May'), not only call it off."""

_TO = re.compile(r"[^\S\n]++(?:to|until|till)\b", re.IGNORECASE)


def _not_held_in(sentence: str, title: str = "", dated_at: int | None = None) -> str:
    """The first :data:`NOT_HELD` phrase of ``sentence`` that no :data:`TURNED` word
    before it turns round, that no aside holds in a sentence of the event held after all
    (:func:`_held_after_all`), that is no other event's (:func:`_another_event_s`, with
    the event's ``title``), and that does not move the event to the date it is told at
    (``dated_at``: the offset in ``sentence`` of the expression its date was read from;
    "The handover was delayed to Thursday's ceremony" tells a handover held on Thursday:
    verify56 F10, a merge of two tellings of it was offered as disputed), blanks made one
    ('called off'), or ``""``."""
    for found in NOT_HELD.finditer(sentence):
        before = sentence[max(0, found.start() - _LOOK_BACK):found.start()]
        # (the clause's own words only: a comma, semicolon or dash ends what is read back)
        before = re.split(r"[,;:\u2013\u2014()]", before)[-1]
        if TURNED.search(before) is not None or _held_after_all(sentence, found, before) \
                or _another_event_s(sentence, found, title) \
                or _another_clause_s(sentence, found, title, dated_at):
            continue
        if _moves_to_its_date(sentence, found, dated_at):
            continue  # moved to the very date the event is told at: held (or to be) then
        return " ".join(found.group(0).split())
    return ""


def _moves_to_its_date(sentence: str, found: re.Match[str], dated_at: int | None) -> bool:
    """Whether the :data:`NOT_HELD` phrase ``found`` moves the event to the date it is told
    at (``dated_at``, the offset in ``sentence`` of its date's words, after the phrase):
    "postponed to March 24", "delayed until Thursday"."""
    return (dated_at is not None and dated_at >= found.end()
            and MOVED_TO.match(found.group(0)) is not None
            and _TO.match(sentence, found.end()) is not None)


def moved_to_its_date(event: Event) -> str:
    """The phrase of ``event``'s source sentences that moves it to the date it is told at
    ("postponed" in "A visit to Tehran …, which had been planned for Monday, has been
    postponed to March 24", the event dated 24 March), no :data:`TURNED` word before it,
    or ``""``.  Such an event is the plan as it now stands, not a happening told as held:
    a later telling that it was held on that day is news, merged into it
    (``core.duplicates.told_held_after_plan``; verify58 F27: "Faisal bin Farhan and Abbas
    Araqchi meet in Tehran", 24 March, was left out as a repeat of "Visit postponed in
    Tehran", 24 March, and the timeline never said the meeting took place)."""
    for evidence in event.evidence:
        dated_at = (evidence.date_span_in_sentence() or (None,))[0]
        if dated_at is None:
            continue
        sentence = evidence.sentence
        for found in NOT_HELD.finditer(sentence):
            before = sentence[max(0, found.start() - _LOOK_BACK):found.start()]
            before = re.split(r"[,;:\u2013\u2014()]", before)[-1]
            if TURNED.search(before) is None and _moves_to_its_date(sentence, found, dated_at):
                return " ".join(found.group(0).split())
    return ""


SUBORDINATE = re.compile(r"\b(?:after|before|because|since|when|while|although|though|as|"
                         r"following|once)\s+(?!being\b|having\b)", re.IGNORECASE)
"""What opens a clause that tells another event than the sentence's own: 'The ministers met
on Saturday *after* talks planned for May were called off'."""

_WORD = re.compile(r"[^\W\d_]{3,}")
_NOT_NAMING = frozenset({"the", "and", "with", "for", "from", "into", "scheduled", "between"})


def _naming_words(title: str) -> set[str]:
    """The first five letters of each word of ``title`` that may name the event, the words
    of :data:`_NOT_NAMING` left out whole (cut first, "scheduled" was "sched" and stayed:
    "… (scheduled)" then named "a third round scheduled for September", ext91)."""
    return {w.lower()[:5] for w in _WORD.findall(title) if w.lower() not in _NOT_NAMING}


def _another_event_s(sentence: str, found: re.Match[str], title: str) -> bool:
    """Whether the :data:`NOT_HELD` phrase ``found`` stands in a clause :data:`SUBORDINATE`
    opens, from the clause's punctuation on, that names nothing of the event's ``title``
    (a word's first five letters): it tells what became of another event ("met on Saturday
    after talks planned for May were called off": the meeting was held, the talks were
    not; session 35's trial read the meeting as called off too).  No title: ``False``."""
    words = _naming_words(title)
    if not words:
        return False
    start = max((m.end() for m in re.finditer(r"[,;:\u2013\u2014()]", sentence[:found.start()])),
                default=0)
    openings = list(SUBORDINATE.finditer(sentence, start, found.start()))
    if not openings:
        return False
    opening = openings[-1]  # (the last one before the phrase opens its clause)
    closes = re.search(r"[,;:\u2013\u2014()]", sentence[found.end():])
    clause = sentence[opening.start():found.end() + (closes.start() if closes else len(sentence))]
    return not {w.lower()[:5] for w in _WORD.findall(clause)} & words


COORDINATE = re.compile(r"(?:[,;][^\S\n]*+(?:and|but|while|whereas|yet)|;)[^\S\n]++"
                        r"(?=(?:his|her|its|their|the|a|an|this|these|those)[^\S\n])",
                        re.IGNORECASE)
"""What opens a coordinate clause with a subject of its own after a comma or a semicolon:
'Wang Yi toured eight island states in ten days*, and* his proposed … deal was shelved'
(verify59 F22); a determiner or a possessive starts its subject."""


def _another_clause_s(sentence: str, found: re.Match[str], title: str,
                      dated_at: int | None) -> bool:
    """Whether the :data:`NOT_HELD` phrase ``found`` stands in a coordinate clause of its
    own (:data:`COORDINATE`, the last one opened before it) that is not the event's: the
    event's date words, if any (``dated_at``, their offset in ``sentence``), are told
    before it, and the clause, from its opening to the punctuation after the phrase,
    names nothing of the event's ``title`` (a word's first five letters, or
    fewer when one word's are the start of the other's: "meet", "meeting").
    "A month later, Foreign Minister Wang Yi toured eight island states in ten days, and
    his proposed region-wide security and trade deal was shelved at a meeting …": the
    deal was shelved, not the tour (verify59 F22: Merge Selected Events said "One telling
    says “shelved”" of two tellings of the tour).  No title: ``False``."""
    words = _naming_words(title)
    if not words:
        return False
    opening = max(COORDINATE.finditer(sentence, 0, found.start()),
                  key=lambda m: m.start(), default=None)
    if opening is None or (dated_at is not None and dated_at >= opening.end()):
        return False  # (the event's date is told in the phrase's clause: the event's)
    closes = re.search(r"[,;:\u2013\u2014()]", sentence[found.end():])
    clause = sentence[opening.end():found.end() + (closes.start() if closes else len(sentence))]
    # (a word of the title a prefix of the clause's or the other way round: "meet" and
    # "meeting", "visit" and "visits" name one thing)
    return not any(said.startswith(word) or word.startswith(said)
                   for said in {w.lower()[:5] for w in _WORD.findall(clause)}
                   for word in words)


def _held_after_all(sentence: str, found: re.Match[str], before: str) -> bool:
    """Whether the :data:`NOT_HELD` phrase ``found`` stands in an aside (its clause's words
    ``before`` it open as :data:`ASIDE` says) and the sentence outside the aside says the
    event took place (:data:`HELD`): "The summit, which had been postponed in 2024, was
    held on Saturday" tells a summit held (session 35's trial: read as called off)."""
    if ASIDE.match(before) is None:
        return False
    opens = found.start() - len(before)
    closes = re.search(r"[,;:\u2013\u2014()]", sentence[found.end():])
    rest = sentence[:opens] + " " + (sentence[found.end() + closes.end():] if closes else "")
    return HELD.search(rest) is not None


def not_held_words(event: Event) -> tuple[str, str]:
    """``(phrase, sentence)``: what in ``event``'s source sentences (else its title) says
    it did not take place ('cancelled', "The summit ... was cancelled, officials said."),
    or ``("", "")`` when nothing does (see the module's docstring)."""
    told: Iterable[tuple[str, int | None]] = (
        [(e.sentence, (e.date_span_in_sentence() or (None,))[0]) for e in event.evidence]
        or [(event.title, None)])
    for sentence, dated_at in told:
        phrase = _not_held_in(sentence, event.title if event.evidence else "", dated_at)
        if phrase:
            return phrase, " ".join(sentence.split())
    return "", ""


_PUT_OFF = re.compile(r"postpon|delay|put\s+off|defer|reschedul|push", re.IGNORECASE)
_NOT_HAPPENED = re.compile(r"t(?:ake|ook)\s+place|go\s+ahead", re.IGNORECASE)


def not_held_note(phrase: str) -> str:
    """The note in brackets that ends the title of a plan a :data:`NOT_HELD` ``phrase``
    tells of: "postponed" for a phrase of putting it off (postpone, delay, put off, defer,
    reschedule, push back), "did not take place" for one of its not happening ("did not
    take place", "did not go ahead"), "cancelled" for any other (cancelled, called off,
    scrapped, shelved, fell through).  One rule for the import's titles
    (``extract.events``) and a merge's (``duplicates._merged_title``)."""
    if _NOT_HAPPENED.search(phrase):
        return "did not take place"
    return "postponed" if _PUT_OFF.search(phrase) else "cancelled"


_NOTE_AT_END = re.compile(r"\((postponed|cancelled|did not take place)\)\s*$")


def not_held_note_of(title: str) -> str:
    """The :func:`not_held_note` that ends ``title`` ("Planned meeting in Geneva
    (postponed)" -> "postponed"), or ``""``: the import review says why such a row starts
    unticked (``ui.import_article``)."""
    found = _NOTE_AT_END.search(title)
    return found.group(1) if found else ""


def _told_as_held(event: Event) -> bool:
    return (not event.title.endswith((_SCHEDULED, NOT_HELD_SUFFIX))
            and not not_held_words(event)[0])


def plan_put_off(existing: Event, incoming: Event) -> str:
    """The words of ``incoming`` saying that the plan ``existing`` still shows as to come
    (its title ends in " (scheduled)") was put off, called off or did not take place
    ("postponed"), or ``""``.  Such a telling is news about the event, not a repeat: the
    import review ticks its row to merge, which makes the plan's title " (postponed)",
    " (cancelled)" or " (did not take place)" (``duplicates._merged_title``).  verify58 F22:
    "the visit to Tehran, planned for next week, has been postponed" was left out as a
    repeat of "… visits Tehran (scheduled)", and the timeline went on saying the visit
    was on."""
    if not existing.title.endswith(_SCHEDULED):
        return ""
    return not_held_words(incoming)[0]


def occurrence_disagreement(existing: Event, incoming: Event) -> str:
    """How two tellings of one event disagree on whether it took place, in words, or
    ``""``: one tells it as held, the other says it was called off ("whether it took place
    (the new telling says “cancelled”: “The summit … was cancelled, officials said.”)")."""
    for told, other, whose in ((incoming, existing, "the new telling"),
                               (existing, incoming, "the event already there")):
        phrase, sentence = not_held_words(told)
        if phrase and _told_as_held(other):
            shown = sentence if len(sentence) <= 160 else sentence[:159] + "\u2026"
            return f"{WHETHER} ({whose} says “{phrase}”: “{shown}”)"
    return ""
