"""A name for a timeline started from an article: its subject and the years its events
span ("Black Sea shipping talks, 2022-2026"), not the article's whole headline.

verify52 F8: the first import into the sample named the timeline -- and Save's proposed
file name -- "Black Sea shipping talks resume in Istanbul, no deal yet", after the first
article's headline, which tells one day's news, not what the timeline follows.  The
subject is the headline's words before its verb ("Black Sea shipping talks" of "... talks
resume in Istanbul"; "Kenya and Somalia" of "Kenya and Somalia agree to reopen ...").  A
subject of one name ("Argentina recalls ambassador ...", "Bolivia severs ties with
Israel ...") says only who acted: the two parties the events name most often are the
subject then ("Argentina and Spain").  A subject that is a clause's start ("How we" of
"How we got here: seventy years of …") names no one: the two sides the headline names,
else the events' (verify86 F3).  The years are those of all the events (verify86 F3; they
stopped at the article's date before, verify52 F17), written as the sample's name writes
them ("South Korea and Japan, 1965-2025").
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from collections.abc import Sequence

from ..core import Event
from ..core.duplicates import is_person_name
from .pipeline.inflection import is_noun_form, verb_tags
from .pipeline.phrases import COUNTRIES

__all__ = ["headline_subject", "timeline_name"]

#: A subject longer than this (characters) is a headline that has no verb the rule
#: finds ("Lithuania's long road back to independence" is kept; a sentence is not).
SUBJECT_MOST_CHARS = 60

# A headline's subject ends at its verb, or at a colon or a dash before it.
_WORD = re.compile(r"[\w'’.-]+|[:;–—]|\s-\s")
_LEAD_WORDS = frozenset({"a", "an", "the", "and", "of", "in", "on", "for", "to", "with"})


def _plural_subject(before: str, word: str) -> bool:
    """Whether the words ``before`` ending in ``word`` read as a plural subject, which a
    plain present verb follows: "talks" (not "Lithuania's"), "Kenya and Somalia",
    "Japan, Philippines"."""
    return ((word.endswith("s") and not word.endswith(("'s", "’s")))
            or " and " in before or "," in before)


def _plural_noun(word: str) -> bool:
    """Whether ``word`` may be a plural noun that heads a headline's subject, with the
    plain present verb after it ("talks" of "talks resume", "protests" of "farm protests
    spread"): a noun form ending in "s".  A noun of the base form is no plural: after a
    subject of two parties it is their verb (verify74 F9: the "seal" of "EU and Mercosur
    seal trade pact …", a noun too, was passed over for "trade", and the timeline, its
    TimelineJS title slide, its PDF and every export's file were named "EU and Mercosur
    seal, 1990-2025"; so were "ink", "clinch", "strike", "broker" before a noun that is
    a verb too)."""
    low = word.lower()
    return low.endswith("s") and not low.endswith(("'s", "’s")) and is_noun_form(low)


def headline_subject(headline: str) -> str:
    """The words of ``headline`` before its verb ("Black Sea shipping talks" of "Black Sea
    shipping talks resume in Istanbul, no deal yet"), or before a colon or a dash; the
    whole headline when it has none.  The verb: a third-person or past form ("recalls",
    "agreed"), or a plain present one after a plural subject ("talks resume", "Kenya and
    Somalia agree"; not "long" of "Lithuania's long road"); a plural noun that is a verb
    too ("talks") is the subject's when such a verb follows it, a noun of the base form
    that is a verb ("seal" of "EU and Mercosur seal trade pact") is the verb
    (:func:`_plural_noun`).  A capitalised word is
    a name, not a verb ("Resume Group"), unless the headline capitalises its words.
    """
    words = [(m.group(), m.start()) for m in _WORD.finditer(headline)]
    long_words = [w for w, _s in words if len(w) > 3 and w.isalpha()]
    title_case = sum(w[:1].isupper() for w in long_words) > 0.9 * max(1, len(long_words))

    def verb_at(index: int) -> bool:
        word, start = words[index]
        low = word.lower()
        if (not index or (word[:1].isupper() and not title_case) or not low.isalpha()):
            return False
        tags = verb_tags(low)
        previous = words[index - 1][0].lower()
        return bool(tags & {"VBZ", "VBD"}) or ("VBP" in tags and _plural_subject(
            headline[:start], previous))

    for index, (word, start) in enumerate(words):
        if word in (":", ";", "–", "—") or word.strip() == "-":
            return headline[:start].strip(" ,;")
        if (word == "to" and index and index + 1 < len(words)
                and "VBP" in verb_tags(words[index + 1][0].lower())):
            return headline[:start].strip(" ,;")  # "Nepal PM Prachanda to visit India"
        if not verb_at(index):
            continue
        if (_plural_noun(word) and index + 1 < len(words) and verb_at(index + 1)
                and "VBP" in verb_tags(words[index + 1][0].lower())):
            continue  # "talks resume": the verb is the next word
        return headline[:start].strip(" ,;")
    return headline.strip()


def _parties(events: Sequence[Event], first: str = "") -> list[str]:
    """The participants the events name, states first (``phrases.COUNTRIES``), each
    group by how many events name them, the first named first on a tie; ``first`` (a
    state the headline's subject names alone) leads, without names that hold it or that
    it holds ("Biden", "Joe Biden")."""
    counts: Counter[str] = Counter()
    for event in events:
        counts.update(list(dict.fromkeys(p.strip() for p in event.participants if p.strip())))
    names = [name for name, _count in counts.most_common()]
    ordered = ([n for n in names if n in COUNTRIES]
               + [n for n in names if n not in COUNTRIES])
    if first:
        low = first.lower()
        ordered = [first, *(n for n in ordered
                            if low not in n.lower() and n.lower() not in low)]
    return ordered


#: A hosting verb after a headline's one-state subject: "Oman hosts …", "Qatar to host …".
_HOSTING = re.compile(r"\s+(?:to\s+|will\s+)?(?:hosts|hosted|host|hosting)\b(.*)",
                      re.IGNORECASE | re.DOTALL)


def _hosted_parties(headline: str, subject: str) -> list[str]:
    """The states a headline names after a hosting verb that follows its subject, the
    host (``subject``) left out, in the headline's order, each once by its own name
    (``phrases.COUNTRIES``: "U.S." → "United States"); [] without such a verb.  A host
    of two others' talks is not the story's party: "Oman hosts first Iran-U.S. talks …"
    named the timeline "Oman and Iran, 2015-2026" (verify63 F17); the rule tells only
    when two others are named ("Japan hosts South Korea's Lee" keeps Japan)."""
    hosting = _HOSTING.match(headline[len(subject):]) if headline.startswith(subject) else None
    if hosting is None:
        return []
    host = COUNTRIES.get(subject.strip(), subject.strip())
    return _states_in(hosting.group(1), host)


def _states_in(text: str, host: str = "") -> list[str]:
    """The states ``text`` names, in its order, each once by its own name
    (``phrases.COUNTRIES``: "U.S." → "United States"), ``host`` left out."""
    found: list[tuple[int, str]] = []
    for written, state in COUNTRIES.items():
        for match in re.finditer(r"(?<![\w.])" + re.escape(written) + r"(?![\w])", text):
            found.append((match.start(), state))
    parties = [state for _at, state in sorted(found)]
    return [state for state in dict.fromkeys(parties) if state != host]


#: A third party's hand in a headline's subject: "Qatar-brokered talks", "U.S.-mediated
#: ceasefire"; the word before the hyphen is the third party.
_THIRD_PARTY_S = re.compile(r"([\w.]+)-(?:brokered|mediated|hosted|backed|sponsored|led|"
                            r"facilitated)\b", re.IGNORECASE)


#: A third party's hand told after the act: "talks mediated by Qatar", "a truce brokered
#: by Egypt"; the name after "by" (capitalised words, "the" aside) is the third party.
_THIRD_PARTY_BY = re.compile(r"\b(?:brokered|mediated|hosted|facilitated|sponsored)\s+by\s+"
                             r"(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*+)")


def _mediator(headline: str, subject: str) -> tuple[str, int] | None:
    """The third party whose hand the headline tells — its subject's "Qatar-brokered
    talks", or "talks mediated by Qatar" anywhere — by its state's name when it is one
    (``phrases.COUNTRIES``), with where the sides may be named after it (the headline's
    offset); None when it tells none."""
    third = _THIRD_PARTY_S.search(subject)
    if third is not None:
        mediator, after = third.group(1), third.end()
    else:
        by = _THIRD_PARTY_BY.search(headline)
        if by is None:
            return None
        mediator, after = by.group(1), 0
    return COUNTRIES.get(mediator, mediator), after


def _mediated_parties(headline: str, subject: str) -> list[str]:
    """The states a headline names after the third party's hand its subject names
    ("Qatar-brokered talks bring Armenia and Azerbaijan close to border accord": Armenia and
    Azerbaijan), or anywhere in a headline telling that hand after the act ("Armenia and
    Azerbaijan talks mediated by Qatar end …"), the third party left out; [] when it names
    none.  The timeline of such a story is the two sides', not the mediator's (verify81:
    "Qatar-brokered talks, 2024-2025")."""
    told = _mediator(headline, subject)
    if told is None:
        return []
    mediator, after = told
    return _states_in(headline[after:], mediator)


def _named_by(events: Sequence[Event], name: str) -> bool:
    """Whether one of ``events`` names ``name`` (a state or party the headline's subject
    names alone): a participant holding it or held by it, or its title or place naming it,
    a plural's "s" aside ("Houthis" in "Yemen's Houthi forces strike …").  verify58 F5: a
    headline's "Houthis strike …; Saudi minister to visit Tehran" named the timeline of
    the one event imported, Faisal bin Farhan's and Abbas Araqchi's visit, "Houthis and
    Faisal bin Farhan"."""
    low = name.casefold()
    stem = re.escape(low[:-1] if low.endswith("s") and len(low) > 3 else low)
    told = re.compile(rf"\b{stem}", re.IGNORECASE)
    return any(low in p.casefold() or p.casefold() in low
               for event in events for p in event.participants if p.strip()) or any(
        told.search(event.title) or told.search(event.location) for event in events)


def _years(events: Sequence[Event]) -> str:
    """The years the events span, every one of them: "2022-2026", or "2024" for one
    year; "" without events.  They were the years of the events dated up to the
    article's date (a round planned for next year left out: verify52 F17), and the
    name then disagreed with the timeline it names: "How we, 1952-2025" for events of
    1952 to spring 2026, while Timeline → Properties offered "Use years 1952–2026"
    (verify86 F3).  The name's years are the ones the timeline shows."""
    years = []
    for event in events:
        first, last = event.day_range()
        years.append((_year(first), _year(max(first, last - 1))))
    if not years:
        return ""
    low, high = min(a for a, _b in years), max(b for _a, b in years)
    return str(low) if low == high else f"{low}-{high}"


def _year(day: float) -> int:
    """The year of a day number (``date.toordinal``'s), clamped to 1-9999."""
    return _dt.date.fromordinal(int(min(max(day, 1), _dt.date.max.toordinal()))).year


#: The words that make a kicker of names say where ("Wang Yi in Delhi"), not who with
#: whom ("Vietnam and South Korea: three decades of …", a subject).
_WHERE_WORDS = frozenset({"in", "at", "to", "from"})


def _names_only_kicker(headline: str, subject: str, words: Sequence[str]) -> bool:
    """Whether ``subject`` is the headline's part before a colon or dash that is names
    only (every word but ``_LEAD_WORDS`` capitalised) told where (``_WHERE_WORDS``:
    "Wang Yi in Delhi"): a label of one
    day's news, who went where, not what the timeline follows (verify61 F24: "Wang Yi in
    Delhi: India, China to push border talks, restore trade links" named the timeline
    "Wang Yi in Delhi, 2020-2025").  "Black Sea shipping talks: …" says what: kept."""
    rest = headline[len(subject):].lstrip()
    return bool(rest[:1] in (":", "-", "–", "—") and words
                and all(w[:1].isupper() for w in words)
                and any(w in _WHERE_WORDS for w in subject.split()))


#: A headline's first word that makes its words before the verb a clause, not a name:
#: "How we got here: …", "Why Ostmark left the pact".
_WH_WORDS = frozenset({"how", "why", "what", "when", "where", "who", "whom", "whose",
                       "which"})
#: Personal pronouns: a subject naming "we" or "they" names no one a reader knows.
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "us", "them", "me",
                       "him"})

#: Two names joined by "and" in a headline ("… seventy years of Ostmark and Pellia"):
#: each a run of capitalised words.
_TWO_NAMES = re.compile(r"([A-Z][\w'’.-]*+(?:\s[A-Z][\w'’.-]*+)*+)\s+and\s+"
                        r"([A-Z][\w'’.-]*+(?:\s[A-Z][\w'’.-]*+)*+)")


def _not_a_name(subject: str) -> bool:
    """Whether a headline's subject (``headline_subject``) is a clause's start, not a
    name a reader knows the timeline by: it begins with a wh-word or holds a personal
    pronoun ("How we" of "How we got here: seventy years of Ostmark and Pellia").
    verify86 F3: such a headline named the timeline, its window title, its file and its
    TimelineJS title slide "How we, 1952-2025"."""
    words = subject.split()
    if not words:
        return False
    return words[0].lower() in _WH_WORDS or any(
        w.lower() in _PRONOUNS and not (len(w) > 1 and w.isupper()) for w in words)


def _headline_sides(headline: str, events: Sequence[Event]) -> list[str]:
    """The two sides a headline names as "A and B" (runs of capitalised words), when
    the events name both (``_named_by``) or both are states (``phrases.COUNTRIES``):
    ["Ostmark", "Pellia"] of "How we got here: seventy years of Ostmark and Pellia";
    [] when it names no such two."""
    for match in _TWO_NAMES.finditer(headline):
        sides = [match.group(1), match.group(2)]
        if all(side in COUNTRIES or _named_by(events, side) for side in sides):
            return [COUNTRIES.get(side, side) for side in sides]
    return []


def _after_kicker(headline: str) -> str:
    """The words of ``headline`` after its first colon or spaced dash, capitalised, when
    they are a phrase of at most ``SUBJECT_MOST_CHARS`` that names someone
    (``_not_a_name`` false): a clause's kicker, "How it began: a century of river
    treaties", names the story after it; "" otherwise."""
    cut = [at for at in (headline.find(":"), headline.find(" - "), headline.find(" – "),
                         headline.find(" — ")) if at > 0]
    if not cut:
        return ""
    rest = headline[min(cut):].lstrip(":-–— ").strip(" ,;.")
    if not rest or len(rest) > SUBJECT_MOST_CHARS or _not_a_name(rest):
        return ""
    return rest[:1].upper() + rest[1:]


#: The most states a name lists: a summit of four is named after all four ("Azerbaijan,
#: Kazakhstan, Turkmenistan and Georgia"); a larger group (a bloc's summit) after its two
#: most named.
MOST_STATES_NAMED = 4


def _states_of(event: Event) -> list[str]:
    """The states among ``event``'s participants (``phrases.COUNTRIES``), in its order."""
    return list(dict.fromkeys(COUNTRIES[p.strip()] for p in event.participants
                              if p.strip() in COUNTRIES))


def _named_together(events: Sequence[Event], pair: Sequence[str]) -> list[str]:
    """The three or four states that at least two of ``events`` name together with both
    of ``pair`` (the two parties the events name most), in the order the first such event
    names them; ``pair`` itself when no such group is named twice.  verify90 F9: a story of
    a summit of four states, whose rows named all four together five times, was named
    after the two a trip and a patrol row named once more ("Kazakhstan and Turkmenistan,
    2018-2025"): the story is the four's."""
    states = [_states_of(event) for event in events]
    best: list[str] = list(pair)
    best_key = (2, 0)
    for group in states:
        if not MOST_STATES_NAMED >= len(group) > 2 or not set(pair) <= set(group):
            continue
        support = sum(set(group) <= set(other) for other in states)
        if support >= 2 and (len(group), support) > best_key:
            best, best_key = group, (len(group), support)
    return best


def _listed(names: Sequence[str]) -> str:
    """``names`` as a name reads them: "A and B", "A, B, C and D"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _two_sides(events: Sequence[Event]) -> list[str]:
    """The two parties the events name most, each named by at least two of them (one
    event's names say nothing of the story) and neither a person's name
    (``core.duplicates.is_person_name``: the sides, not their ministers); [] when the
    events name no such two."""
    counts: Counter[str] = Counter()
    for event in events:
        counts.update(list(dict.fromkeys(p.strip() for p in event.participants if p.strip())))
    # (sides, not persons: "Turkey and Hakan Fidan" named a wire of a minister's talks)
    parties = [p for p in _parties(events) if counts[p] >= 2 and not is_person_name(p)]
    return parties[:2] if len(parties) >= 2 else []


def _sides_name(events: Sequence[Event]) -> str | None:
    """The name of a timeline started from an article without a headline: its two sides
    (``_two_sides``), then their years: "Velmora and Dastia, 2024-2025"; None when the
    events name no such two.  verify83 F5: a wire story with no headline named the new
    timeline after its dateline, "Wirepoint, Lusaka, 14 February 2025", though eight of
    its events named the two sides."""
    parties = _two_sides(events)
    if not parties:
        return None
    years = _years(events)
    subject = _listed(_named_together(events, parties))
    return f"{subject}, {years}" if years else subject


def timeline_name(headline: str, events: Sequence[Event]) -> str | None:
    """A name for a timeline started from an article whose headline is ``headline`` and
    whose events are ``events``: the headline's subject (``headline_subject``), or the
    two parties the events name most when that subject is one word or none, or longer
    than ``SUBJECT_MOST_CHARS`` ("Argentina and Spain"); when the subject is a clause's
    start ("How we", ``_not_a_name``), the two sides the headline names
    (``_headline_sides``), else the events' two sides (``_two_sides``), else the words
    after its kicker (``_after_kicker``); the two parties the events name most give way to
    the three or four states two events name together with them (``_named_together``: a
    summit of four is named after all four, verify90 F9); then the years all the events
    span (``_years``):
    "Black Sea shipping talks, 2022-2026".  Without a headline, the two parties its
    events name most (``_sides_name``, verify83 F5).  None when there is no such subject
    and fewer than two parties (the caller names it after the headline or the dateline).

    Args:
        headline: The article's headline ("" when it has none).
        events: The events imported from it.
    """
    headline = headline.strip()
    if not headline:
        return _sides_name(events)
    subject = headline_subject(headline)
    words = [w for w in subject.split() if w.lower() not in _LEAD_WORDS]
    hosted = _hosted_parties(headline, subject) if len(words) == 1 else []
    hosted = hosted or _mediated_parties(headline, subject)
    mediator = _mediator(headline, subject)
    sides = ([] if mediator is None or len(hosted) >= 2 else
             [p for p in _parties(events) if p != mediator[0]
              and mediator[0].casefold() not in p.casefold()])
    if len(hosted) >= 2:  # "Oman hosts first Iran-U.S. talks": Iran and the U.S.'s story
        subject = f"{hosted[0]} and {hosted[1]}"
    elif len(sides) >= 2:
        # a mediator's hand and one side or none in the headline ("Qatar-brokered talks
        # resume in Doha", "Talks mediated by Qatar …"): the two sides the events name
        # most, never the mediator (edit84, after verify81)
        subject = f"{sides[0]} and {sides[1]}"
    elif _not_a_name(subject):
        # "How we got here: seventy years of Ostmark and Pellia": the sides the headline
        # names, else the two the events name most, else the words after the kicker
        # (verify86 F3: "How we, 1952-2025")
        named = _headline_sides(headline, events) or _two_sides(events)
        if len(named) >= 2:
            subject = f"{named[0]} and {named[1]}"
        else:
            subject = _after_kicker(headline)
            if not subject:
                return None
    # (a misread headline, "-- BERNAMA", "PTI", has no word in lower case)
    elif (len(words) < 2 or len(subject) > SUBJECT_MOST_CHARS
            or not any(w.islower() for w in headline.split())
            or _names_only_kicker(headline, subject, words)):
        parties = _parties(events, words[0] if len(words) == 1 and words[0] in COUNTRIES
                           and _named_by(events, words[0]) else "")
        if len(parties) < 2:
            return None
        # (a summit of four the events name together: all four, verify90 F9)
        subject = _listed(_named_together(events, parties[:2]))
    # A headline's "Japan, Philippines agree ...": "Japan and Philippines"; a list that
    # has its "and" already stays ("Egypt, Ethiopia and Sudan resume …" had become "Egypt
    # and Ethiopia and Sudan", verify73 F11).
    subject = re.sub(r"^([^,]+), ((?:(?! and )[^,])+)$", r"\1 and \2", subject)
    years = _years(events)
    return f"{subject}, {years}" if years else subject
