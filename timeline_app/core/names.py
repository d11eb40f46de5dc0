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
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING, Any

from .query import fold

if TYPE_CHECKING:
    from .model import Event

__all__ = ["joined_names", "lane_name_key", "lane_spellings", "list_separator", "name_counts",
           "name_list", "respelled_names", "split_name_list", "state_named_body"]


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
    lane of the events without one); a state's body named by its state, one key however
    the state is told (``state_body_key``: "Sudan's army", "the Sudanese army" →
    "sudan's army").  The rule of ``core.merge.participant_key``, which Filters and
    Merge follow."""
    key = " ".join(fold(name).split())
    # (``state_body_key``'s test, here: no second call for a million names' keys)
    return _state_body_key(key) if key.endswith(_BODY_SUFFIXES) or " of " in key else key


#: The bodies of a state a participant names by its state ("Sudan's army", "the Sudanese
#: army", "the army of Sudan"): one participant however the state is told
#: (``state_body_key``).  The extractor's ``event_vocabulary.STATE_FORCES`` (a state's
#: armed force or ruling body, a side in its own right), folded, longest first.
STATE_BODIES: tuple[tuple[str, ...], ...] = tuple(sorted(
    (tuple(words.split()) for words in (
        "army", "military", "armed forces", "navy", "air force", "coast guard", "junta",
        "forces", "troops", "government")),
    key=len, reverse=True))
_BODY_ENDS = frozenset(words[-1] for words in STATE_BODIES)
_BODY_SUFFIXES = tuple(" " + word for word in sorted(_BODY_ENDS))


@lru_cache(maxsize=1)
def _states_told() -> tuple[dict[tuple[str, ...], str], tuple[tuple[str, ...], ...]]:
    """The folded words of each state's name and other names (``gazetteer.
    SEATS_OF_GOVERNMENT``, ``STATE_OTHER_NAMES``: "uk") and of its adjectives that do
    not begin as its name does (``STATE_ADJECTIVES``: "french"), each with the state's
    folded name; and the states' names' words (for the adjectives that do: "sudanese")."""
    from .gazetteer import SEATS_OF_GOVERNMENT, STATE_ADJECTIVES, STATE_OTHER_NAMES

    names = {tuple(fold(state).split()): " ".join(fold(state).split())
             for state in SEATS_OF_GOVERNMENT}
    states = tuple(names)
    for name, state in chain(STATE_OTHER_NAMES.items(), STATE_ADJECTIVES.items()):
        names.setdefault(tuple(fold(name).split()), " ".join(fold(state).split()))
    return names, states


def _state_of(words: Sequence[str]) -> str:
    """The folded state ``words`` name (folded words before a body: "sudan's", "the
    sudanese", "south sudanese"), else "": its name or other name, possessive or not
    ("sudan's", "uk"), or an adjective — one of ``STATE_ADJECTIVES`` ("french") or one
    that begins as the state's last word does, leaving at most three letters more
    ("sudanese" Sudan, "nigerian" Nigeria rather than Niger: the longest such
    beginning), its other words the state's."""
    words = list(words)
    if words and words[0] == "the":
        words = words[1:]
    if not words:
        return ""
    named, states = _states_told()
    last = words[-1]
    if last.endswith("'s"):
        words[-1] = last[:-2]
    elif last.endswith("s'"):
        words[-1] = last[:-1]
    found = named.get(tuple(words))
    if found is not None or last.endswith(("'s", "s'")):
        return found or ""
    best, best_common = "", 0
    for state in states:
        if len(state) != len(words) or list(state[:-1]) != words[:-1]:
            continue
        name, adjective = state[-1], words[-1]
        common = next((i for i, (x, y) in enumerate(zip(name, adjective, strict=False))
                       if x != y), min(len(name), len(adjective)))
        if (common >= 4 and common >= len(name) - 1 and len(adjective) - common <= 3
                and len(adjective) > len(name) - 1 and common > best_common):
            best, best_common = " ".join(state), common
    return best


def state_body_key(key: str) -> str:
    """``key`` (a folded name, ``lane_name_key``'s) or, when it names a state's body
    (``STATE_BODIES``) by its state — possessive, adjective or "of" ("sudan's army",
    "the sudanese army", "army of sudan") —, "<state>'s <body>" ("sudan's army"): one
    participant, one row in Filters, one lane, one party to the duplicate rule, however
    the article told it (verify79 F5: "Sudan's army (1)" and "Sudanese army (1)" in
    Filters).  The state itself ("sudan") stays its own: to an analyst of a civil war
    the army is a warring side and the state is not (the government, the seat at the
    UN, the host of talks), as a surname alone is not joined to a full name (the
    guide's "Join Names"); Edit → Join Names… makes them one when the person means it.
    Each event keeps its participants as written.  Cheap for any other name (its last
    word looked up): Filters and lanes count a million events' names with it."""
    if not key.endswith(_BODY_SUFFIXES) and " of " not in key:
        return key
    return _state_body_key(key)


@lru_cache(maxsize=4096)
def _state_body_key(key: str) -> str:
    """``state_body_key`` of a name whose last word is a body's or that has "of"."""
    words = key.split()
    if len(words) < 2:
        return key
    if words[-1] in _BODY_ENDS:
        body = next((b for b in STATE_BODIES if tuple(words[-len(b):]) == b), None)
        state = _state_of(words[:-len(body)]) if body is not None else ""
    elif "of" in words[1:-1]:
        at = words.index("of", 1)
        head = words[1:at] if words[0] == "the" else words[:at]
        body = tuple(head) if tuple(head) in STATE_BODIES else None
        state = _state_of(words[at + 1:]) if body is not None else ""
    else:
        return key
    return f"{state}'s {' '.join(body)}" if state and body else key


def state_named_body(key: str) -> tuple[str, str]:
    """``key`` (a folded name, ``lane_name_key``'s) split into the state its possessive
    names first and the body it names, both folded ("azerbaijan's milli majlis" →
    ("azerbaijan", "milli majlis"); "the uk's home office" → ("united kingdom", "home
    office")), or ``("", key)`` when it begins with no state's possessive
    (``_state_of``: a state's name or other name followed by "'s" or "s'").  The body's
    name alone ("Milli Majlis") and told with its state ("Azerbaijan's Milli Majlis") are
    one participant when a merge has both (``core.merge.one_name_per_body``, verify89 F11:
    a merged event kept both)."""
    words = key.split()
    for end in range(1, min(len(words) - 1, 4) + 1):  # ("the united states's", at most)
        if words[end - 1].endswith(("'s", "s'", "’s", "s’")):
            state = _state_of([*words[:end - 1], words[end - 1].replace("’", "'")])
            if state:
                return state, " ".join(words[end:])
            break
    return "", key


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
