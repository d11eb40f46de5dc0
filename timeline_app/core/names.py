"""Participants' and places' names as lanes take them (View → Lanes By): one lane for the
spellings of a name that differ only by case, accents or spaces.

An article writes "France", a CSV "france", a hand-typed place " Rome", two outlets
"Erdoğan" and "Erdogan": as the model holds them they were two lanes of one power
(edit29's leftovers).  Two spellings are one lane by ``core.merge.participant_key``'s rule,
which the Filters' lists and Merge already follow (verify37 F6), with runs of spaces
inside a name made one as well.  The lane takes the spelling most of its events have, its
spaces collapsed; on a tie the one that sorts first by code point, which puts capitals
first ("France" before "france", "DPRK" before "Dprk"), so the same file gives the same
lanes in every session.  Most events rather than the first met: the spelling of one stray
event should not name the lane of a hundred.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import chain
from typing import TYPE_CHECKING, Any

from .query import fold

if TYPE_CHECKING:
    from .model import Event

__all__ = ["joined_names", "lane_name_key", "lane_spellings", "list_separator", "name_counts",
           "name_list", "respelled_names", "split_name_list"]


def list_separator(text: str) -> str:
    """The separator of a list of names as written: ``";"`` when ``text`` has one, else
    ``","``.  A list written with semicolons may hold names with commas ("Turkey; Kingdom
    of Serbs, Croats and Slovenes", "Korea, Republic of;"), as a spreadsheet's cell of
    parties does; split at every comma, the one name was two participants (verify53 F1)."""
    return ";" if ";" in text else ","


def split_name_list(text: str) -> tuple[str, ...]:
    """The names of a list typed or read from a file (a Participants cell, field or
    "Participants:" line): split at ``list_separator(text)``, trimmed, empty names
    dropped, in their order (a repeat kept: a file is read as written; what a person
    types drops them, ``tuple(dict.fromkeys(...))``).  ``name_list`` writes what this
    reads back."""
    return tuple(name for part in text.split(list_separator(text)) if (name := part.strip()))


def name_list(names: Iterable[str], separator: str = ", ") -> str:
    """``names`` as one line that ``split_name_list`` reads back as the same names:
    joined by ``separator`` (", ", or "; " for the CSV export's column), by "; " when a
    name holds a comma, and then ended with ";" when it is the only name ("Korea,
    Republic of;": without a semicolon the comma would split it)."""
    names = list(names)
    if not any("," in name for name in names):
        return separator.join(names)
    return "; ".join(names) + (";" if len(names) == 1 else "")



def lane_name_key(name: str) -> str:
    """What two spellings of one lane share: ``name`` folded (``query.fold``: case and
    accents aside), its runs of white space made one space, none at either end
    ("  New  York" → "new york", "Erdoğan" → "erdogan"); ``""`` for a blank name (the
    lane of the events without one).  The rule of ``core.merge.participant_key``, which
    Filters and Merge follow."""
    return " ".join(fold(name).split())


def lane_spellings(counts: Iterable[tuple[str, int]]) -> dict[str, str]:
    """Of names and their events (``counts``: (name as written, events); a name may
    come more than once), those whose lane is spelled otherwise, each with its lane's
    spelling (module docstring: the most events' spelling, its spaces collapsed).
    Empty when every name is its lane's spelling, the common case.  Blank names are
    left out (their lane is ``""``)."""
    groups: dict[str, Counter[str]] = {}
    written: dict[str, set[str]] = {}
    for name, events in counts:
        key = lane_name_key(name)
        if not key:
            continue
        spelled = " ".join(name.split())
        groups.setdefault(key, Counter())[spelled] += events
        written.setdefault(key, set()).add(name)
    spellings: dict[str, str] = {}
    for key, tally in groups.items():
        names = written[key]
        if len(names) == 1 and next(iter(names)) in tally:
            continue  # one spelling, written as the lane spells it
        lane = min(tally, key=lambda spelling: (-tally[spelling], spelling))
        spellings.update((name, lane) for name in names if name != lane)
    return spellings


#: Events counted in one C call (``Counter.update``): a thread beside the GUI thread gives
#: the GIL away between two (a ``Counter`` of 1 000 000 events' names in one call held it
#: ~0.7 s on a loaded machine, the window stopped meanwhile; fix63).
COUNT_CHUNK = 1 << 16


def respelled_names(names: Sequence[Any], by_place: bool
                    ) -> tuple[Sequence[Any], dict[str, str]]:
    """Every event's place (``by_place``: a ``str``) or participants (a tuple of ``str``)
    of ``names`` (in the timeline's order) written as their lanes spell them
    (``lane_spellings``), and that map of spellings.  ``names`` itself, and an empty map,
    when no name needs it (the common case: the names counted, ``COUNT_CHUNK`` events
    at a time, and nothing else).  A name twice in one event counts twice."""
    counts: Counter[str] = Counter()
    for first in range(0, len(names), COUNT_CHUNK):
        part = names[first:first + COUNT_CHUNK]
        counts.update(part if by_place else chain.from_iterable(part))
    spellings = lane_spellings(counts.items())
    if not spellings:
        return names, spellings
    get = spellings.get
    if by_place:
        return [get(name, name) for name in names], spellings
    written: dict[tuple[str, ...], tuple[str, ...]] = {}

    def respelled(people: tuple[str, ...]) -> tuple[str, ...]:
        spelled = written.get(people)
        if spelled is None:
            spelled = written[people] = tuple(get(name, name) for name in people)
        return spelled

    return [respelled(people) for people in names], spellings


def name_counts(events: Iterable[Event], by_place: bool) -> list[tuple[str, int]]:
    """Each participant's (``by_place``: place's) name, spelled as its lane spells it
    (:func:`lane_spellings`), and the events that have it (an event naming it twice, once),
    most first, then by name; blank names left out.  What View → Lanes By draws as lanes,
    and Join Names offers."""
    written: Counter[str] = Counter()
    per_key: Counter[str] = Counter()
    for event in events:
        names = (event.location,) if by_place else event.participants
        written.update(names)
        per_key.update({lane_name_key(name) for name in names} - {""})
    spellings = lane_spellings(written.items())
    shown = {lane_name_key(name): spellings.get(name, " ".join(name.split()))
             for name in written}
    joined = {shown[key]: events_of for key, events_of in per_key.items()}
    return sorted(joined.items(), key=lambda item: (-item[1], item[0]))


def joined_names(events: Iterable[Event], old: str | Iterable[str], new: str,
                 by_place: bool) -> list[Event]:
    """The events that name ``old`` (one name, or several: "Vučić", "Aleksandar Vucic"; each
    in any spelling of its lane: :func:`lane_name_key`) as a participant (``by_place``: as
    their place), each with it written ``new`` instead (its spaces collapsed, as the lane
    spells it); a participant named twice that way is named once, where it first was.
    Empty when no event names ``old``, or ``new`` is ``old`` written the same way.  What
    Join Names changes: "Vučić" into "Aleksandar Vučić" (verify43 F9: one actor, three
    lanes, and no way to say they are one; session 35: three spellings in one step).

    Raises:
        ValueError: ``new`` is blank.
    """
    from dataclasses import replace

    new = " ".join(new.split())
    if not new:
        raise ValueError("a name cannot be blank")
    keys = {lane_name_key(name) for name in ((old,) if isinstance(old, str) else old)} - {""}
    changed: list[Event] = []
    if not keys:
        return changed
    for event in events:
        if by_place:
            if event.location != new and lane_name_key(event.location) in keys:
                changed.append(replace(event, location=new))
            continue
        if not any(lane_name_key(name) in keys for name in event.participants):
            continue
        people: list[str] = []
        seen: set[str] = set()
        for name in event.participants:
            written = new if lane_name_key(name) in keys else name
            folded = lane_name_key(written)
            if folded not in seen:
                seen.add(folded)
                people.append(written)
        if tuple(people) != event.participants:
            changed.append(replace(event, participants=tuple(people)))
    return changed
