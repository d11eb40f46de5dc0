"""Merging events a person found to be the same (Edit → Merge Selected Events).  Qt-free.

A reviewer who finds two (or more) events telling of one happening keeps one event with
everything the others knew: nothing of their evidence may be lost (verify29, fault 4:
the only way was Duplicate, edit, Delete the other, and the deleted event's source
sentences went with it, the editor's Source box being read-only).

The rule (``merge_into_one``):

* the merged event keeps the **first** event's id: the one selected first, so Undo gives
  every event back under its own id;
* its lane (category) is that of the event whose title it keeps, unless the person chose
  another's (``lane_from``): the title says what kind of happening it is, and a held
  visit titled "… visits Suva" stayed in the lane Event of the first selected "… arrives
  in Suva (scheduled)" (verify66 F11);
* its title, its date (with its end and its date basis) and its place come from the
  events the person chose (by default the first); the date, end and basis travel
  together, so the basis still explains the date ("date basis kept true", as
  ``document.with_date_basis_kept_true`` keeps it for an edit); the dates of the others
  that share no day with it (a circa date, an estimate, widened by its length: ``_days``)
  are added to the basis, with their own bases ("; told
  otherwise: 23 March 2026 ('Monday', …)", ``told_otherwise``), each named by who told it
  when the caller can say ("told otherwise: 12 December 2026 by AFP (…)", ``told_by``);
* participants are united in order, first event first, a name given twice (case,
  accents and surrounding spaces aside: ``participant_key``, "Erdogan" is "Erdoğan") kept
  once, in its first spelling;
* every source sentence of every event is kept, in order, a sentence given twice (the
  very words, spaces aside) once.  The marks of the words a date was read from
  (``Evidence.date_start``/``date_end``) stay only on the sentences of the event whose
  date is kept: the other sentences no longer give the merged event's date;
* summaries that differ are joined, in order, one paragraph each; one that repeats
  another (spaces aside) or is empty is left out, and so is a paragraph that is only one
  of the merged event's source sentences (``summary_without_sentences``): the extractor
  writes an event's sentence as its summary, which Details and the CSV export show as no
  summary, and two such events merged had a "summary" of two raw sentences, shown in the
  editor and written to the CSV's Summary beside the same sentence as Source (verify69
  F7).  A merge of events with no summary of their own has none; the sentences stay
  its evidence;
* the status (``Event.status``, how the claim stands) is the one the person chose, else
  the first event's, else the first other event's that has one: never set by the merge
  itself.  Dates told otherwise are what "disputed" means; Merge Selected Events offers
  it then (``disagreeing_dates``), and the person says whether the dates' disagreement
  is a dispute or a slip of one outlet;
* the article (``source_id``) is the first event's, else the first other event's that
  has one.  A sentence read from another article is kept as a ``SourcedEvidence`` naming
  that article (``model.evidence_kept_by``): its offsets point into that article's text,
  which the native format checks on opening (verify30, fault 1: without the article's
  name the saved file could not be opened again).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence

from .dates import FuzzyDate, describe_range
from .model import Event, Evidence
from .names import _BODY_SUFFIXES, _state_body_key, state_named_body
from .query import fold
from .sourced import evidence_kept_by, evidence_source

__all__ = ["FILE_BASES", "HAND_DATED", "TIMELINEJS_BASIS", "TIMELINE_PROJECT_BASIS",
           "TOLD_OTHERWISE", "correction_notes_last", "date_source", "dated_by_hand",
           "disagreeing_dates", "imported_from", "is_correction_note", "merge_into_one",
           "merge_spellings", "merged_participants", "merged_status", "merged_summary",
           "one_name_per_body", "participant_key", "readable_basis", "spells_at_least_as_exactly",
           "summary_without_sentences", "told_otherwise",
           "told_otherwise_span", "told_otherwise_words"]

#: How a date basis set by a person begins (``ui.event_editor``'s "entered by hand" and
#: "typed by hand …", the review's "typed by hand as …", ``document.MOVED_BY_HAND``): a
#: merge keeps such a date (``core.duplicates.merge_events``), and no article is credited
#: with it (``date_source``).
HAND_DATED = ("entered by hand", "typed by hand", "moved by hand")

#: What opens the clause of a basis naming the dates other tellings gave
#: (:func:`told_otherwise`): a date moved by hand keeps it (``document``).
TOLD_OTHERWISE = "; told otherwise: "

#: Who told an event's date, in a few words ("AFP"; "" when nobody can be named): see
#: ``merge_into_one``'s ``told_by``.
ToldBy = Callable[[Event], str]


def _words(text: str) -> str:
    return " ".join(text.split())


def participant_key(name: str) -> str:
    """What makes two spellings of a participant one name: case, accents and the letters
    ``query.fold`` writes plainly ("Erdoğan" = "ERDOGAN", "Łukasz" = "Lukasz") and spaces
    around it aside.  Two outlets spell one person so (verify37 F6: a merged event kept
    "Recep Tayyip Erdogan" and "Recep Tayyip Erdoğan" as two participants), and runs of
    spaces inside it made one ("Kim  Jong Un" = "Kim Jong Un": a double space typed in
    the editor was a second row in Filters, fix63's leftover).  A state's body named by
    its state is one name however the state is told (``names.state_body_key``:
    "Sudan's army" = "the Sudanese army", verify79 F5)."""
    key = " ".join(fold(name).split())
    # (``state_body_key``'s test, here: a merge and the duplicate rule key many names)
    return _state_body_key(key) if key.endswith(_BODY_SUFFIXES) or " of " in key else key


def spells_at_least_as_exactly(known: str, typed: str) -> bool:
    """Whether ``known``, a spelling of the same name as ``typed`` (``participant_key``),
    loses nothing ``typed`` writes: each letter is ``typed``'s but for case, or the
    accented letter of a plain one typed ("Vucic" → "Vučić", "britain" → "Britain",
    "Lodz" → "Łódź"), never a plain letter for an accented one nor another accent
    ("Vučić" is not respelled "Vucic", "Sørensen" not "Sorensen": verify46 F1, a desk's
    correct spelling silently replaced by a wire's ASCII one).  Used by the completing
    fields (``ui.event_editor.known_spelling``) and by merges (``merge_spellings``)."""
    if participant_key(known) != participant_key(typed):
        return False
    typed, known = " ".join(typed.split()), " ".join(known.split())
    if typed.isascii():
        return True  # every letter plain: the known one adds accents or mends case only
    if len(typed) != len(known):
        return False
    return all(t == k or (t.isascii() and fold(t) == fold(k)) or (
        t.casefold() == k.casefold()) for t, k in zip(typed, known, strict=True))


def merge_spellings(kept: Sequence[str], told: Iterable[str]) -> tuple[str, ...]:
    """``kept`` (an event's participants) with each name that ``told`` (another telling's,
    or names typed by hand) spells more exactly (``spells_at_least_as_exactly`` one way
    only: "Aleksandar Vucic" → "Aleksandar Vučić") in that spelling, in place; the
    others as they are.  A merge's participants (verify46 F1: a review row's "Vučić"
    merged into an event of "Vucic" was lost)."""
    better: dict[str, str] = {}
    for name in told:
        key = participant_key(name)
        best = better.get(key)
        if best is None or (spells_at_least_as_exactly(name, best)
                            and not spells_at_least_as_exactly(best, name)):
            better[key] = name
    out = []
    for name in kept:
        other = better.get(participant_key(name))
        out.append(other if other is not None and other != name
                   and spells_at_least_as_exactly(other, name)
                   and not spells_at_least_as_exactly(name, other) else name)
    return tuple(out)


def merged_participants(events: Sequence[Event]) -> tuple[str, ...]:
    """Every participant of ``events``, in order, each name once (``participant_key``:
    case, accents and spaces around it aside; the first spelling kept, unless a later
    one spells it more exactly, ``merge_spellings``: "Vucic" and "Vučić" give "Vučić",
    verify46 F1)."""
    seen: set[str] = set()
    names: list[str] = []
    for event in events:
        for name in event.participants:
            key = participant_key(name)
            if key and key not in seen:
                seen.add(key)
                names.append(name)
    return one_name_per_body(merge_spellings(names, (n for e in events for n in e.participants)))


def one_name_per_body(names: Sequence[str]) -> tuple[str, ...]:
    """``names`` (a merged event's participants) with a body's name alone ("Milli Majlis")
    left out when exactly one other name tells that body with its state ("Azerbaijan's
    Milli Majlis", ``names.state_named_body``): the longer name, which says whose body
    it is, takes the place of the first of the two; each other name as it is.  Two
    states' bodies ("Armenia's parliament", "Azerbaijan's parliament") leave a
    "parliament" alone as it is: it could be either.  verify89 F11: two tellings of a
    plan, one article's "Milli Majlis" and an update's "Azerbaijan's Milli Majlis",
    merged into an event that listed both."""
    told: dict[str, list[str]] = {}  # body's key → the names telling it with a state
    for name in names:
        state, body = state_named_body(participant_key(name))
        if state and body:
            told.setdefault(body, []).append(name)
    if not told:
        return tuple(names)
    out: list[str] = []
    for name in names:
        key = participant_key(name)
        longer = told.get(key)
        if longer is not None and len({participant_key(n) for n in longer}) == 1:
            name = longer[0]
        elif (state_named_body(key)[0]
              and any(participant_key(n) == key for n in out)):
            continue  # (its place taken by the body's name alone, earlier)
        if name not in out:
            out.append(name)
    return tuple(out)


def merged_summary(events: Sequence[Event]) -> str:
    """The summaries of ``events`` that differ, in order, joined as paragraphs (a blank
    line between); one repeating another (spaces aside) or empty is left out; a wire's
    correction note last (``correction_notes_last``)."""
    seen: set[str] = set()
    kept: list[str] = []
    for event in events:
        words = _words(event.summary)
        if words and words not in seen:
            seen.add(words)
            kept.append(event.summary.strip())
    return correction_notes_last("\n\n".join(kept))


def summary_without_sentences(summary: str, evidence: Iterable[Evidence]) -> str:
    """``summary`` without its paragraphs (split at blank lines) that are one of
    ``evidence``'s sentences (spaces aside), the others stripped and joined by a blank
    line (``summary`` unchanged when none is): what an event says in its own words beside
    the sentences it cites ("" when it says nothing else).  The extractor's summary is its
    sentence (``extract.Candidate.to_event``; verify69 F7, the module's docstring)."""
    cited = {_words(e.sentence) for e in evidence}
    paragraphs = summary.split("\n\n")
    if not any(_words(p) in cited for p in paragraphs):
        return summary
    return "\n\n".join(p.strip() for p in paragraphs if p.strip() and _words(p) not in cited)


#: A paragraph that is a wire's correction note: "(Corrects location of attack to off
#: Mokha, from off Hodeidah, and time to Sunday night, in paragraph 1)", Reuters' form,
#: with or without its brackets (``extract.wire_slugs.correction_words`` reads the same).
_CORRECTION_NOTE = re.compile(r"[(\[]?[^\S\n]*+(?:Corrects|CORRECTS)\b")


def is_correction_note(text: str) -> bool:
    """Whether ``text`` (a paragraph, a source sentence) is a wire's correction note:
    "(Corrects location of attack to off Mokha, …)"."""
    return _CORRECTION_NOTE.match(text.strip()) is not None


def correction_notes_last(summary: str) -> str:
    """``summary`` with its paragraphs (split at blank lines) that are a wire's correction
    note put after the others, in their order; unchanged when there is none, or nothing
    else.  A correction note says what an update changed, not what happened: as a
    summary's first line it was what a calendar showed of the attack (verify58 F26:
    "(Corrects location of attack to off Mokha, from off Hodeidah, …)" above the
    sentence, after a merge)."""
    paragraphs = summary.split("\n\n")
    notes = [p for p in paragraphs if _CORRECTION_NOTE.match(p.strip())]
    kept = [p for p in paragraphs if not _CORRECTION_NOTE.match(p.strip())]
    return "\n\n".join(kept + notes) if notes and kept else summary


#: A date basis written by New Event from the Article pane before session 48: the date's
#: words quoted twice, "'Monday' in the article ('Monday', relative to the dateline 9 March
#: 2026)" (no brackets inside).
_QUOTED_TWICE = re.compile(r"'(?P<w>[^'\n]{1,80})' in the article \('(?P=w)'(?P<rest>[^()\n]*)\)")


def readable_basis(basis: str) -> str:
    """``basis`` as a reader is shown it: a date's words quoted twice said once ("'Monday'
    in the article ('Monday', relative to the dateline 9 March 2026)" → "'Monday', relative
    to the dateline 9 March 2026"), which left a merged event's "told otherwise: 9 March
    2026 by Reuters (…)" with brackets in brackets (verify58 F26).  Otherwise unchanged."""
    return _QUOTED_TWICE.sub(lambda m: f"'{m['w']}'{m['rest']}", basis)


#: The words a date told otherwise was read from, as ``told_otherwise`` quotes them at
#: the start of its basis in brackets ("… by Reuters ('last week', relative to …)").
_TOLD_WORDS = re.compile(r"\(\s?'(?P<w>[^'\n]{1,80})'")


def told_otherwise_words(basis: str) -> tuple[str, ...]:
    """The date words of each date told otherwise that ``basis`` names, in order, each
    once: "told otherwise: 2–8 February 2026 by Reuters ('last week', relative to the
    dateline 12 February 2026 …)" → ``("last week",)``; ``()`` when the basis names no
    date told otherwise or none with quoted words (one typed by hand).  A merge unmarks
    the other tellings' date words (they no longer give the event's date:
    ``_merged_evidence``); Details still shows them, in their own shade, from these
    (``told_otherwise_span``; verify69 F9: the Lula sentence's "last week" lost its
    highlight while the "Thursday" sentences kept theirs)."""
    at = basis.find(TOLD_OTHERWISE.removeprefix("; "))
    if at < 0:
        return ()
    return tuple(dict.fromkeys(m["w"].strip() for m in _TOLD_WORDS.finditer(basis, at)
                               if m["w"].strip()))


def told_otherwise_kept(told: str, when: str) -> str:
    """``told``, the part of a basis that begins with :data:`TOLD_OTHERWISE` ("; told
    otherwise: 5 December 2026 by Reuters (…); 3 December 2026 (…)"), without the
    entries that tell ``when`` (a date in words, ``describe_range``): after a move to the
    very date another telling gave, "told otherwise: 5 December 2026" beside 5 December
    contradicts itself (verify79 F3, in Details, the CSV and the iCalendar export).  Each
    such entry is said instead as the date told ("; as told by Reuters (…)").  Entries are
    split at "; " outside brackets, one pass over ``told``.  ``told`` unchanged when it
    does not begin so; ``""`` when nothing of it is left."""
    if not told.startswith(TOLD_OTHERWISE):
        return told
    entries, depth, start = [], 0, len(TOLD_OTHERWISE)
    body = told
    for at, char in enumerate(body):
        if at < start:
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == ";" and depth == 0 and body.startswith("; ", at):
            entries.append(body[start:at])
            start = at + 2
    entries.append(body[start:])
    kept, agreed = [], []
    for entry in entries:
        if entry == when or entry.startswith((f"{when} by ", f"{when} (")):
            agreed.append(entry[len(when):].strip())
        else:
            kept.append(entry)
    if not agreed:
        return told
    said = "".join(f"; as told {rest}".rstrip() for rest in agreed)
    return (f"{TOLD_OTHERWISE}{'; '.join(kept)}" if kept else "") + said


def told_otherwise_span(evidence: Evidence, words: Sequence[str]) -> tuple[int, int] | None:
    """Where in ``evidence``'s sentence the first of ``words`` (``told_otherwise_words``)
    stands as whole words, case aside, as ``(start, end)`` offsets into the sentence; None
    when the sentence has its own date words marked (they give the event's date) or holds
    none of ``words``.  Linear in the sentence's length for each of ``words``."""
    if evidence.date_start is not None:
        return None
    sentence = evidence.sentence.casefold()
    if len(sentence) != len(evidence.sentence):  # (a letter casefold lengthens: no offsets)
        sentence = evidence.sentence.lower()
        if len(sentence) != len(evidence.sentence):
            return None
    for said in words:
        said = said.casefold()
        at = sentence.find(said)
        while at >= 0:
            end = at + len(said)
            if ((at == 0 or not sentence[at - 1].isalnum())
                    and (end == len(sentence) or not sentence[end].isalnum())):
                return at, end
            at = sentence.find(said, at + 1)
    return None


def merged_status(events: Sequence[Event]) -> str:
    """The status a merge keeps unless the person chooses another: the first event's,
    else the first other event's that has one, else ``""`` (not assessed)."""
    return next((event.status for event in events if event.status), "")


def _days(event: Event) -> tuple[int, int]:
    """The days ``event`` may mean, ``[first, after the last)``: its date's, to its end's,
    a circa date widened by its own length on each side (as ``core.duplicates`` compares
    dates: "c. December 2025" may mean November to January).  A circa date is an estimate
    (the extractor's "two weeks after the foreign ministers' meeting", counted from a
    month), and an estimate that holds the other telling's day is no date told otherwise
    (verify66 F6: c. December 2025, computed, "disagreed" with c. 6 January 2026 and
    "Merge, disputed" was offered)."""
    def widened(date: FuzzyDate) -> tuple[int, int]:
        first, after = date.start_day(), date.end_day()
        width = after - first if date.circa else 0
        return first - width, after + width

    first, after = widened(event.date)
    return first, widened(event.end)[1] if event.end is not None else after


def told_otherwise(events: Sequence[Event], dated: Event, told_by: ToldBy | None = None) -> str:
    """What the basis of a merged event adds about the dates it did not keep: "; told
    otherwise: 23 March 2026 ('Monday', relative to the dateline 24 March 2026)", one
    entry per other date that shares no day with the kept one (``_days``), in order, each
    once; "" when every other date agrees (the same day, or a month or year holding it:
    a coarser telling of the same date is no disagreement).

    Two outlets that disagree on a date are what a fact-checker merges their events to
    weigh; the date not kept lived on only in its sentence, unmarked (verify37 F15).
    ``told_by`` names who told each date ("12 December 2026 by AFP (…)"): the basis alone
    said "in an article dated 2 December 2026", which two of the four articles merged
    were (verify42 F8, the Jeddah talks' monitoring committee)."""
    told = []
    for when, event in disagreeing_dates(events, dated).items():
        who = told_by(event) if told_by is not None else ""
        if who:
            when = f"{when} by {who}"
        basis = readable_basis(event.date_basis)
        told.append(f"{when} ({basis})" if basis else when)
    return f"{TOLD_OTHERWISE}{'; '.join(told)}" if told else ""


#: The words of a date basis that name the file an event was imported from: the CSV
#: import's for a row without one (``io.csv_table.row_basis``: "row 25 of sheet.csv, an
#: imported CSV file", before session 46 "row 1083 of an imported CSV file"),
#: the TimelineJS import's ("shown as '1815' in the TimelineJS file", "as dated in the
#: TimelineJS file") and the Timeline Project import's ("as dated in a Timeline Project
#: file"), also inside a basis that says the date was changed since ("changed in the
#: table (was …; row 12 of an imported CSV file)"): ``imported_from``.
_IMPORTED = re.compile(r"\brow (\d+) of (?:an imported CSV file\b|([^\n]{1,300}?), an imported "
                       r"CSV file\b)|\bin the TimelineJS file\b|\bin a Timeline Project file\b")


#: The date basis the Timeline Project import gives an event or era of the file without
#: our own fields, and the TimelineJS import a slide dated by its own date parts
#: (verify55 F12, F13): the file's own dates, nothing more to say of them.
TIMELINE_PROJECT_BASIS = "as dated in a Timeline Project file"
TIMELINEJS_BASIS = "as dated in the TimelineJS file"
FILE_BASES = frozenset({TIMELINE_PROJECT_BASIS, TIMELINEJS_BASIS})


def imported_from(basis: str) -> str:
    """Where an event without an article came from, read from its date basis: "sheet.csv,
    row 25" (the file named, verify57 F28: a students' handout said "row 25 of an
    imported CSV file"), "row 1083 of an imported CSV file" (a basis written before the
    file was named), "a TimelineJS file", "a Timeline Project file", or "" when the
    basis names no import.  verify53 F13, verify55 F12: a spreadsheet's and a Timeline
    Project file's events were printed as "entered by hand"."""
    found = _IMPORTED.search(basis)
    if found is None:
        return ""
    words = found.group()
    if found.group(2):
        return f"{found.group(2)}, row {found.group(1)}"
    return (words if words.startswith("row") else
            "a TimelineJS file" if "TimelineJS" in words else "a Timeline Project file")


def date_source(event: Event) -> str | None:
    """The id of the article ``event``'s date was read from: the article of its sentence
    whose date words are marked (a merged event's kept date is another article's), else
    the event's own article — unless its basis says a file gave it (``imported_from``: a
    row of RFE/RL merged into her Timeline Project event gave the event its article, and
    Merge Selected Events credited her own date to RFE/RL, verify55 F13); ``None`` for an
    event of no article, and for a date a person set (``dated_by_hand``: verify70 F6, an
    "early December 2025" typed over Reuters' "December" was offered "— Reuters")."""
    if dated_by_hand(event):
        return None
    for evidence in event.evidence:
        if evidence.date_start is not None:
            return evidence_source(event, evidence)
    if imported_from(event.date_basis):
        return None
    return event.source_id


def dated_by_hand(event: Event) -> str:
    """How a person set ``event``'s date, in words for a choice of dates ("typed by hand",
    "moved by hand": its basis begins as ``HAND_DATED`` says; "entered by hand", a new
    event's date, is typed too), or "" when no person set it."""
    basis = event.date_basis
    if not basis.startswith(HAND_DATED):
        return ""
    return "moved by hand" if basis.startswith("moved by hand") else "typed by hand"


def disagreeing_dates(events: Sequence[Event], dated: Event) -> dict[str, Event]:
    """The dates of ``events`` that share no day with ``dated``'s (``_days``), in words
    ("23 March 2026"), each with the first event that gives it, in order."""
    first, after = _days(dated)
    told: dict[str, Event] = {}
    for event in events:
        start, end = _days(event)
        if event is dated or (start < after and first < end):
            continue
        told.setdefault(describe_range(event.date, event.end), event)
    return told


def _merged_evidence(events: Sequence[Event], dated: Event,
                     source_id: str | None) -> tuple[Evidence, ...]:
    seen: set[str] = set()
    kept: list[Evidence] = []
    for event in events:
        for evidence in event.evidence:
            words = _words(evidence.sentence)
            if words in seen:
                continue
            seen.add(words)
            if event is not dated and evidence.date_start is not None:
                evidence = dataclasses.replace(evidence, date_start=None, date_end=None)
            kept.append(evidence_kept_by(evidence, event.source_id, source_id))
    # The date-giving sentence, if the kept date's event shares it with an earlier event:
    # its marks are the ones that explain the date.
    for evidence in dated.evidence:
        if evidence.date_start is None:
            continue
        words = _words(evidence.sentence)
        for i, other in enumerate(kept):
            if _words(other.sentence) == words and other.date_start is None:
                # (at the same offsets: the same words of an article, its marks copied)
                kept[i] = (dataclasses.replace(other, date_start=evidence.date_start,
                                               date_end=evidence.date_end)
                           if (other.start, other.end) == (evidence.start, evidence.end)
                           else evidence_kept_by(evidence, dated.source_id, source_id))
    return tuple(kept)


def merge_into_one(events: Sequence[Event], title_from: int = 0, date_from: int = 0,
                   place_from: int = 0, told_by: ToldBy | None = None,
                   status: str | None = None, lane_from: int | None = None) -> Event:
    """One event from ``events``, which a person found to be the same (see the module's
    docstring for the rule).

    Args:
        events: Two or more events, the first the one kept (its id).
        title_from: Index into ``events`` of the event whose title is kept (and, unless
            ``lane_from`` says otherwise, whose lane).
        date_from: ... whose date, end and date basis are kept.
        place_from: ... whose place is kept (an empty place: the first other one given).
        told_by: Who told an event's date ("AFP"), named with each date told otherwise
            in the basis; ``None``: nobody is named.
        status: The merged event's status (``core.status``); ``None``: ``merged_status``.
        lane_from: Index into ``events`` of the event whose lane (category) is kept;
            ``None``: ``title_from``'s.

    Returns:
        The merged event, with the first event's id.

    Raises:
        ValueError: fewer than two events, an id given twice, an index out of range, or
            a status that is none.
    """
    from .status import is_status

    if status is not None and not is_status(status):
        raise ValueError(f"no such status: {status!r}")
    if len(events) < 2:
        raise ValueError("merging needs two events or more")
    if len({event.id for event in events}) != len(events):
        raise ValueError("an event is given twice")
    lane_from = title_from if lane_from is None else lane_from
    for index in (title_from, date_from, place_from, lane_from):
        if not 0 <= index < len(events):
            raise ValueError(f"no event at index {index}")
    first, dated = events[0], events[date_from]
    source_id = next((event.source_id for event in events if event.source_id), None)
    location = events[place_from].location or next(
        (event.location for event in events if event.location), "")
    evidence = _merged_evidence(events, dated, source_id)
    return dataclasses.replace(
        first,
        title=events[title_from].title,
        category=events[lane_from].category,
        date=dated.date,
        end=dated.end,
        # (no basis of its own, as a CSV row or a synthetic event: "told otherwise: …",
        # not "; told otherwise: …", verify38 F4)
        date_basis=(dated.date_basis
                    + told_otherwise(events, dated, told_by)).removeprefix("; "),
        participants=merged_participants(events),
        location=location,
        # (a summary that is only a sentence the merged event cites is none: verify69 F7)
        summary=merged_summary([dataclasses.replace(
            event, summary=summary_without_sentences(event.summary, evidence))
            for event in events]),
        source_id=source_id,
        evidence=evidence,
        status=merged_status(events) if status is None else status,
    )
