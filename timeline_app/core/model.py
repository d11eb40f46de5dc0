"""The timeline model: events, the articles they come from, and the timeline itself.

Plain, Qt-free Python.  Events are immutable values; a change replaces an event
with an edited copy (``dataclasses.replace``), which keeps undo commands trivial.
The ``Timeline`` keeps its events sorted by date so that views can find the
visible slice by bisection.

A timeline may hold a million events, so the per-event costs are kept small (issue 11):
``Event``, ``Evidence`` and ``Source`` use ``__slots__`` (about half the memory of an
instance dict), the loader builds them through ``make_event``/``make_evidence``/
``make_source`` (a quarter of the time of a frozen dataclass's ``__init__``), and the
timeline's sort index is one array of 64-bit integers rather than a tuple per event.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import operator
import time
import weakref
from array import array
from collections import Counter
from collections.abc import (
    Callable,
    Iterable,
    Iterator,
    MutableMapping,
    MutableSequence,
    Sequence,
)
from dataclasses import dataclass, field
from typing import Any, Protocol, cast, overload

from ..records import FrozenRecord, dataclass_repr
from .dates import (
    DATE_MAX_DAY,
    DATE_MIN_DAY,
    END_DAY,
    MIN_DAY,
    READ_AT_THE_END_RANKS,
    SORT_RANK_BITS,
    FuzzyDate,
)

__all__ = ["COLOR_PATTERN", "DEFAULT_ERA_LANES", "SEQUENCE_BITS", "Event", "EventStore",
           "EventsById", "Evidence",
           "LazyEvents", "LeftOut", "ProjectShape", "Source", "Timeline", "date_sort_number",
           "date_words_still_say", "event_ids", "is_color",
           "make_event",
           "make_evidence", "make_source", "new_event_id", "with_date_words_true"]


COLOR_PATTERN = "^#[0-9a-fA-F]{6}$"
"""What a category colour looks like: ``#rrggbb``, CSS's six-digit hex colour (the form
Qt's ``QColor.name()`` writes and the native format stores)."""

#: The lanes whose events are eras (periods drawn as bands behind the lanes, as TimelineJS
#: draws its ``eras`` and The Timeline Project its ``<era>``s) while a timeline has not
#: said which of its lanes are (``Timeline.era_lanes`` is None): "era", the lane an import
#: of eras fills, and "eras", the name a person gives a lane of periods ("Cold War,
#: 1947–1991": verify34 F5).  Keys as the model keeps them (lower case).
DEFAULT_ERA_LANES: frozenset[str] = frozenset({"era", "eras"})


class ProjectShape(FrozenRecord):
    """What a Timeline Project file says of its events that this app's lanes do not hold,
    kept so that File → Export → Timeline Project writes it back (verify55 F14: a round
    trip lost her milestone, her container "Berlin round" and her category under another).
    A frozen record, not a dataclass (``timeline_app.records``: defined at start-up, it
    would compile its methods before the first paint).

    Attributes:
        milestones: The ids of the events that were milestones (``<milestone>True``):
            written back as milestones while they stay instants.
        containers: The lanes that were containers, in the file's order: their events
            are written back as its sub-events, the lane as the container.
        own_categories: (sub-event id, the category it had in the file, as the file
            names it): a sub-event's lane is its container, its own category this.
        parents: (lane, the lane it was under): a category's ``<parent>``.
        colors: (event id, ``#rrggbb``): an event's ``<default_color>`` where the file
            gave one other than The Timeline Project's default (200,200,200), written
            back as it was (verify70 F9: an old file's 192,192,192 became 200,200,200);
            the native file keeps it since its version 13 (session 55).
    """

    _fields = ("milestones", "containers", "own_categories", "parents", "colors")
    milestones: frozenset[str]
    containers: tuple[str, ...]
    own_categories: tuple[tuple[str, str], ...]
    parents: tuple[tuple[str, str], ...]
    colors: tuple[tuple[str, str], ...]

    def __init__(self, milestones: frozenset[str] = frozenset(),
                 containers: tuple[str, ...] = (),
                 own_categories: tuple[tuple[str, str], ...] = (),
                 parents: tuple[tuple[str, str], ...] = (),
                 colors: tuple[tuple[str, str], ...] = ()) -> None:
        object.__setattr__(self, "milestones", milestones)
        object.__setattr__(self, "containers", containers)
        object.__setattr__(self, "own_categories", own_categories)
        object.__setattr__(self, "parents", parents)
        object.__setattr__(self, "colors", colors)

    def __bool__(self) -> bool:
        return bool(self.milestones or self.containers or self.own_categories
                    or self.parents or self.colors)


def is_color(value: object) -> bool:
    """Whether ``value`` is a ``#rrggbb`` string (see ``COLOR_PATTERN``)."""
    return (isinstance(value, str) and len(value) == 7 and value[0] == "#"
            and all(c in "0123456789abcdefABCDEF" for c in value[1:]))


def new_event_id() -> str:
    """A new event's id: 12 hexadecimal digits, never all decimal digits nor digits
    around one "e" ("886215405407", "25719802e103"), which a spreadsheet opening a CSV
    export turns into a number ("8.86215E+11") and saves so: 13 of a historian's 2 003
    ids were such, and a colleague's copy lost them (verify53 F16)."""
    import uuid  # here, not at the top: it slows the app's start-up for a rare call

    while True:
        made = uuid.uuid4().hex[:12]
        if not (made.isdigit() or (made.count("e") == 1 and made.replace("e", "").isdigit())):
            return made


@dataclass(frozen=True, slots=True, repr=False)
class Evidence:
    """A sentence of a source that supports an event.

    Offsets are character offsets into the source's text; ``date_start``/``date_end``
    mark the date expression the event's date was derived from, if any.
    """

    __repr__ = dataclass_repr  # the text ``@dataclass`` would write (issue 11)

    sentence: str
    start: int
    end: int
    date_start: int | None = None
    date_end: int | None = None

    def date_span_in_sentence(self) -> tuple[int, int] | None:
        """The date expression's span relative to the sentence, if it lies inside it."""
        if self.date_start is None or self.date_end is None:
            return None
        a, b = self.date_start - self.start, self.date_end - self.start
        if 0 <= a < b <= len(self.sentence):
            return a, b
        return None


def date_words_still_say(said: tuple[FuzzyDate, FuzzyDate | None],
                         dated: tuple[FuzzyDate, FuzzyDate | None]) -> bool:
    """Whether date words that said ``said`` (a date and its end, or ``None``) still say
    ``dated``, a date typed or moved by hand: the same days at the same precision, part
    and mod, apart from "circa" (unticking circa on "c. 1 December 2026" confirms the
    words' day; typing "2 December 2026", or "December 2026", is another date than the
    words give).  Verify39 F6: a typed date kept "a day" marked as its words."""
    def plain(date: FuzzyDate | None) -> FuzzyDate | None:
        return date.with_circa(False) if date is not None and date.circa else date

    return (plain(said[0]), plain(said[1])) == (plain(dated[0]), plain(dated[1]))


def with_date_words_true(evidence: Sequence[Evidence], marked: Iterable[Evidence],
                         said: tuple[FuzzyDate, FuzzyDate | None],
                         dated: tuple[FuzzyDate, FuzzyDate | None]) -> tuple[Evidence, ...]:
    """``evidence`` with the date words marked in the sentences of ``marked`` (those that
    gave the date ``said``) unmarked, unless they still say ``dated``
    (``date_words_still_say``); the sentences stay (they still tell of the event), and a
    sentence not in ``marked`` (one the edit brought) keeps its own marks.  The detail
    pane, the Article tab and the CSV's "Date expression" show a marked span as the words
    the event's date was read from."""
    if date_words_still_say(said, dated):
        return tuple(evidence)
    gone = {e for e in marked if e.date_start is not None}
    if not gone:
        return tuple(evidence)
    from dataclasses import replace

    return tuple(replace(e, date_start=None, date_end=None) if e in gone else e
                 for e in evidence)


@dataclass(frozen=True, slots=True, repr=False)
class Source:
    """An article that events were read from.

    Attributes:
        id: Stable identifier within the timeline.
        title: The article's headline.
        outlet: Who published it (e.g. "NationPress").
        dateline_place: Where it was filed ("Tokyo").
        dateline_date: The document creation time, if known.
        date_basis: How the dateline's date (and above all its year) was established.
        text: The article text; evidence offsets point into it.
        url: Where it was found, if anywhere.
    """

    __repr__ = dataclass_repr  # the text ``@dataclass`` would write (issue 11)

    id: str
    title: str = ""
    outlet: str = ""
    dateline_place: str = ""
    dateline_date: _dt.date | None = None
    date_basis: str = ""
    text: str = ""
    url: str = ""


class LeftOut(FrozenRecord):
    """A reading a person left out (unticked) when importing an article: the least that
    tells it again when the same article is imported later (verify46 F15, second part).
    A frozen record, not a dataclass (``timeline_app.records``: defined at start-up, it
    would compile its methods before the first paint).

    Attributes:
        source_id: The article's id (``Source.id``: a hash of its text, so the same text
            has the same id).
        sentence: The sentence it was read from, as the article has it ("" when none).
        category: Its category (lane) as the review offered it.
        date: Its date (and end) in words, as ``dates.describe_range`` writes them
            ("15 January 2027", "March–June 2011").
        on: The day the person left it out (their computer's date at the import).
        how: How it was left out: ``""`` unticked in an import's review,
            :data:`LeftOut.DELETED` deleted from the timeline after an import,
            :data:`LeftOut.MERGED` merged by hand into another event (Merge Selected
            Events) after an import (verify49 F20: both came back ticked as new when the
            article was imported again; a deletion is as deliberate as an untick).  For
            the last two, ``category`` and ``date`` are the event's as it was then,
            perhaps corrected: ``core.reimport.left_out_rows`` also matches by sentence.
    """

    #: ``how`` of a reading whose event a person deleted from the timeline.
    DELETED = "deleted"
    #: ``how`` of a reading whose event a person merged by hand into another.
    MERGED = "merged"

    _fields = ("source_id", "sentence", "category", "date", "on", "how")
    source_id: str
    sentence: str
    category: str
    date: str
    on: _dt.date
    how: str

    def __init__(self, source_id: str, sentence: str, category: str, date: str,
                 on: _dt.date, how: str = "") -> None:
        object.__setattr__(self, "source_id", source_id)
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "category", category)
        object.__setattr__(self, "date", date)
        object.__setattr__(self, "on", on)
        object.__setattr__(self, "how", how)

    def key(self) -> tuple[str, str, str, str]:
        """What identifies the reading (all but ``on`` and ``how``): two equal keys are one
        reading."""
        return self.source_id, self.sentence, self.category, self.date


@dataclass(frozen=True, slots=True, repr=False)
class Event:
    """One dated event of a timeline.

    Attributes:
        id: Stable identifier (survives edits, used by views and undo commands).
        title: A short headline.
        date: When it happened (or starts), at the precision the source gave.
        end: When it ends, for events that last; ``None`` for most.
        category: The lane it is drawn in ("meeting", "visit", "policy", ...).
        participants: People or parties involved.
        location: Where it happened.
        summary: A sentence or two in the editor's words.
        date_basis: How the date follows from the text, in words.
        source_id: The ``Source`` it was read from, if any.
        evidence: The source sentences that support it.
        status: How the claim stands: ``""`` (not assessed, the default),
            "confirmed", "unconfirmed", "disputed" or "denied" (``core.status``: the
            values, and why these).
    """

    __repr__ = dataclass_repr  # the text ``@dataclass`` would write (issue 11)

    id: str
    title: str
    date: FuzzyDate
    end: FuzzyDate | None = None
    category: str = "event"
    participants: tuple[str, ...] = ()
    location: str = ""
    summary: str = ""
    date_basis: str = ""
    source_id: str | None = None
    evidence: tuple[Evidence, ...] = ()
    status: str = ""

    def sort_key(self) -> tuple[int, int]:
        """Date order: first day, then finer dates first (ties keep the timeline's order)."""
        return self.date.sort_key()

    def reading_key(self) -> tuple[int, int]:
        """Reading order: ``sort_key``, but a deadline ("by the end of April 2025") at its
        last day (``FuzzyDate.reading_key``; verify57 F29)."""
        return self.date.reading_key()

    def day_range(self) -> tuple[int, int]:
        """The day numbers ``[first, end)`` the event covers (see ``dates.day_number``)."""
        end = self.end.end_day() if self.end is not None else self.date.end_day()
        return self.date.start_day(), end

    @property
    def start_day(self) -> _dt.date:
        """The first day as a ``datetime.date``, clamped to AD 1-9999.

        For views that still count in ``datetime.date``: an event before AD 1 shows at
        1 January AD 1 instead of raising.  New code uses ``day_range()``.
        """
        return _clamped_date(self.date.start_day())

    @property
    def end_day(self) -> _dt.date:
        """Exclusive end of the days the event covers, clamped like ``start_day``."""
        return _clamped_date(self.day_range()[1])


def _clamped_date(number: int) -> _dt.date:
    return _dt.date.fromordinal(min(max(number, DATE_MIN_DAY), DATE_MAX_DAY))


# -- building events fast -----------------------------------------------------------------
# A frozen dataclass's __init__ sets each field through object.__setattr__ (about 4 us for
# an Event on a busy machine, most of a load's model time).  A plain class with the very
# same slots fills them with ordinary attribute stores; assigning ``__class__`` then turns
# the instance into the frozen class (allowed because the slot layouts are identical), and
# from there on it is an ordinary, immutable Event.


class _EventSlots:
    """``make_event``: ``Event(...)`` with every field given, built about four times faster
    (for loaders).  The arguments are not checked, exactly as with the dataclass
    constructor.  The class itself is the builder (its ``__init__`` ends by turning the
    instance into an ``Event``): a wrapping function cost one more Python call an event,
    a third of the time (issue 11)."""

    __slots__ = Event.__slots__  # set by dataclass(slots=True)

    def __init__(self, id: str, title: str, date: FuzzyDate, end: FuzzyDate | None,
                 category: str, participants: tuple[str, ...], location: str, summary: str,
                 date_basis: str, source_id: str | None,
                 evidence: tuple[Evidence, ...], status: str) -> None:
        self.id = id
        self.title = title
        self.date = date
        self.end = end
        self.category = category
        self.participants = participants
        self.location = location
        self.summary = summary
        self.date_basis = date_basis
        self.source_id = source_id
        self.evidence = evidence
        self.status = status
        self.__class__ = Event  # type: ignore[assignment]


class _EvidenceSlots:
    """``make_evidence``: ``Evidence(...)`` with every field given, built like
    ``make_event``."""

    __slots__ = Evidence.__slots__

    def __init__(self, sentence: str, start: int, end: int, date_start: int | None,
                 date_end: int | None) -> None:
        self.sentence = sentence
        self.start = start
        self.end = end
        self.date_start = date_start
        self.date_end = date_end
        self.__class__ = Evidence  # type: ignore[assignment]


make_event = cast(
    "Callable[[str, str, FuzzyDate, FuzzyDate | None, str, tuple[str, ...], str, str, str, "
    "str | None, tuple[Evidence, ...], str], Event]", _EventSlots)
make_evidence = cast("Callable[[str, int, int, int | None, int | None], Evidence]",
                     _EvidenceSlots)


class _SourceSlots:
    """``make_source``: ``Source(...)`` with every field given, built like ``make_event``
    (slots rather than an instance dict: 2.6 -> 1 MiB for the 10 000 sources of the
    100 000-event benchmark, issue 11)."""

    __slots__ = Source.__slots__

    def __init__(self, id: str, title: str, outlet: str, dateline_place: str,
                 dateline_date: _dt.date | None, date_basis: str, text: str,
                 url: str) -> None:
        (self.id, self.title, self.outlet, self.dateline_place, self.dateline_date,
         self.date_basis, self.text, self.url) = (
            id, title, outlet, dateline_place, dateline_date, date_basis, text, url)
        self.__class__ = Source  # type: ignore[assignment]


make_source = cast("Callable[[str, str, str, str, _dt.date | None, str, str, str], Source]",
                   _SourceSlots)


# -- events made on first request ----------------------------------------------------------
# A large file's events are checked when it is loaded but made into ``Event`` objects only
# when something asks for one (issue 11, "compact columns, rich Event objects only when
# something needs one"; benchmarks/README.md, "Session 19, branch open21": making and
# sharing every event was ~60 % of the model's build).  Such a timeline's list holds, for
# each event not yet asked for, its position in the loader's store (a plain ``int``), and
# the store makes the event once and keeps it, so every holder of that position gets the
# very same ``Event``.


class EventStore(Protocol):
    """What a loader keeps of events it checked but did not make (see ``LazyEvents``).

    Positions are the events' indices in the loaded file; they never change.
    """

    def event(self, position: int) -> Event:
        """The event at ``position``, made on the first request and the same object after."""
        ...

    def event_id(self, position: int) -> str:
        """The id of the event at ``position``, without making it."""
        ...

    def event_ids(self, items: list[Event | int]) -> list[str]:
        """The ids of ``items`` (``Event``s, or positions whose ids are read without
        making their events), in their order: ``event_id`` of each position, in one
        loop (the view's "◀ N" look-back reads ~60 a lane and frame at 100 000 events,
        a filter right after a lazy open every one: issue 11, session 24)."""
        ...

    def events(self, items: list[Event | int]) -> list[Event]:
        """``items`` as events: each position made (and kept) as by ``event``, in one
        loop (iteration and slices of ``LazyEvents``)."""
        ...

    def category(self, position: int) -> str:
        """The category of the event at ``position``, without making it."""
        ...

    def dates_of(self, position: int) -> tuple[FuzzyDate, FuzzyDate | None]:
        """The date and end (``None`` for none) of the event at ``position``, without
        making it."""
        ...

    def facts(self, items: list[Event | int]
              ) -> tuple[list[tuple[str, ...]], list[str], list[str | None]]:
        """The participants, locations (``""`` for none) and source ids (``None`` for
        none) of ``items`` (``Event``s, or positions whose events are read without
        making them), three lists in their order, equal to the ``Event``s' (filters and
        counts by people, places and articles: ``core.query``)."""
        ...

    def statuses(self, items: list[Event | int]) -> list[str]:
        """The statuses (``Event.status``, ``""`` for not assessed) of ``items``
        (``Event``s, or positions whose events are read without making them), in their
        order (Filters' Status and its counts: ``core.query``)."""
        ...

    def may_have_status(self) -> bool:
        """Whether an event not made yet may have a status (its file's version holds
        statuses): the timeline view looks for none to mark in a file that cannot."""
        ...

    def sourced_evidence(self) -> bool:
        """Whether an event not made yet may have a sentence naming its own article
        (``SourcedEvidence``: it then cites more articles than its source id)."""
        ...

    def make_all(self) -> None:
        """Make every event not made yet (a reader of every event: see ``LazyEvents``)."""
        ...

    def __len__(self) -> int:
        """How many positions there are (events of the loaded file)."""
        ...


class LazyEvents(MutableSequence[Event]):
    """A list of events whose items are ``Event``s or positions in an ``EventStore``
    (made on first read: ``self[i]``, slices and iteration give ``Event``s only).

    ``items`` is the underlying list (``Event | int``), for code that only needs ids or
    identities (``Timeline``, the view's lanes) and so makes nothing.  Writes store
    ``Event``s (or positions of the same store).  Equality is the events' (a list of the
    same events is equal).
    """

    __slots__ = ("items", "store")

    def __init__(self, items: list[Event | int], store: EventStore) -> None:
        self.items = items
        self.store = store

    def __len__(self) -> int:
        return len(self.items)

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> list[Event]: ...

    def __getitem__(self, index: int | slice) -> Event | list[Event]:
        if isinstance(index, slice):
            return self.store.events(self.items[index])
        item = self.items[index]
        return self.store.event(item) if type(item) is int else item  # type: ignore[return-value]

    def __iter__(self) -> Iterator[Event]:
        # A chunk at a time: one loop of the store's (no call an item), and a reader that
        # stops early makes little more than it read.  A list of half the store or more
        # (the timeline's, a large lane's) has the store make every event first
        # (``make_all``: the window shows it busy, once, rather than a reader per
        # chunk making what its idle time would have; session 22).
        items, events = self.items, self.store.events
        if len(items) >= _MAKE_ALL_FIRST and 2 * len(items) >= len(self.store):
            self.store.make_all()
        for at in range(0, len(items), _CHUNK):
            yield from events(items[at:at + _CHUNK])

    def __reversed__(self) -> Iterator[Event]:
        event = self.store.event
        for item in reversed(self.items):
            yield event(item) if type(item) is int else item  # type: ignore[misc]

    @overload
    def __setitem__(self, index: int, value: Event) -> None: ...

    @overload
    def __setitem__(self, index: slice, value: Iterable[Event]) -> None: ...

    def __setitem__(self, index: int | slice, value: Event | Iterable[Event]) -> None:
        if isinstance(index, slice):
            self.items[index] = list(cast("Iterable[Event]", value))
        else:
            self.items[index] = cast("Event", value)

    def __delitem__(self, index: int | slice) -> None:
        del self.items[index]

    def insert(self, index: int, value: Event) -> None:
        self.items.insert(index, value)

    def copy(self) -> list[Event]:
        """The events as a plain list (every one made)."""
        return list(self)

    def lazy_copy(self) -> LazyEvents:
        """A copy of the list that makes nothing now (its items copied: later changes of
        this list do not show in it; an event made through either is the same object)."""
        return LazyEvents(list(self.items), self.store)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (LazyEvents, list)):
            return len(self) == len(other) and all(map(operator.eq, self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LazyEvents({len(self.items)} events)"


_CHUNK = 1024  # items made at a time by an iteration of LazyEvents
# An iteration of a LazyEvents of this many items or more makes every event of the store
# first (``EventStore.make_all``): a reader of all events that cannot be answered from the
# store's columns (filter, facets, export, select all).
_MAKE_ALL_FIRST = 10_000
# Events made in one loop of ``Timeline.make_some``: ~1.5 ms at 100 000 events' rate of
# ~5 µs an event (session 21), so that a slice of a few ms can stop in time.
_SLICE = 256
#: The changes of one event a timeline keeps for ``Timeline.changes_since`` (it keeps
#: between half and all of them): enough for the edits made between two repaints.
_CHANGES_KEPT = 64


def event_ids(events: Sequence[Event]) -> list[str]:
    """The ids of ``events`` in order; of a ``LazyEvents``, those not made yet read from
    its store (nothing made: a filter right after a lazily loaded file's open, session
    22)."""
    if isinstance(events, LazyEvents):
        return events.store.event_ids(events.items)
    return list(map(_event_id, events))


def _made(item: Event | int, store: EventStore | None) -> Event:
    """``item`` of a timeline's list as its event (see ``LazyEvents``)."""
    if type(item) is int:
        assert store is not None
        return store.event(item)
    return cast("Event", item)


#: In ``EventsById.before``: the mapping holds no event of that id.
_GONE: Any = object()


class EventsById(MutableMapping[str, Event]):
    """Events by id whose values may be positions in an ``EventStore`` (made on first
    read, like ``LazyEvents``): a lazily loaded timeline's index, copied for a view
    without making every event.

    While it shares the timeline's own index (``shared``), the entries where the two
    differ are in ``before``: what this mapping holds of an id the timeline changed since
    (``keep``, which the timeline calls first: ``Timeline._own_by_id``), or that this
    mapping changed itself (``_GONE``: none).  Neither copies the index: the copy of
    1 000 000 entries was ~0.1 s of the first edit after a large file's open (session 49,
    edit55; session 61, scale64).  A view that follows each change (``TimelineView``'s
    ``_placed``) leaves ``before`` empty again after each one."""

    __slots__ = ("__weakref__", "before", "by_id", "shared", "store")

    def __init__(self, items: dict[str, Event | int], store: EventStore,
                 shared: bool = False) -> None:
        self.by_id = items
        self.store = store
        #: Whether ``by_id`` is still the timeline's own index (``Timeline.events_by_id``):
        #: this mapping's changes and the timeline's are then told apart in ``before``.
        self.shared = shared
        self.before: dict[str, Event | int] = {}

    def __getitem__(self, event_id: str) -> Event:
        before = self.before
        item = before.get(event_id, self) if before else self
        if item is self:
            item = self.by_id[event_id]
        elif item is _GONE:
            raise KeyError(event_id)
        return self.store.event(item) if type(item) is int else item  # type: ignore[return-value]

    def __setitem__(self, event_id: str, event: Event) -> None:
        if not self.shared:
            self.by_id[event_id] = event
        elif self.by_id.get(event_id) is event:  # (as the timeline has it: no difference)
            self.before.pop(event_id, None)
        else:
            self.before[event_id] = event

    def __delitem__(self, event_id: str) -> None:
        if not self.shared:
            del self.by_id[event_id]
            return
        if event_id not in self:
            raise KeyError(event_id)
        if event_id in self.by_id:
            self.before[event_id] = _GONE
        else:  # (nor has the timeline: no difference)
            self.before.pop(event_id, None)

    def keep(self, event_id: str) -> None:
        """The timeline is about to change ``event_id`` in the index this mapping shares:
        keep what this mapping holds of it (unless it holds its own already)."""
        before = self.before
        if event_id not in before:
            before[event_id] = self.by_id.get(event_id, _GONE)

    def take_over(self) -> None:
        """The shared index is this mapping's own from now on (the timeline took a copy):
        its differences written into it."""
        by_id = self.by_id
        for event_id, item in self.before.items():
            if item is _GONE:
                by_id.pop(event_id, None)
            else:
                by_id[event_id] = item
        self.before = {}
        self.shared = False

    def __contains__(self, event_id: object) -> bool:
        before = self.before
        if before and event_id in before:
            return before[event_id] is not _GONE
        return event_id in self.by_id

    def __iter__(self) -> Iterator[str]:
        before = self.before
        if not before:
            return iter(self.by_id)
        return itertools.chain(
            (key for key in self.by_id if before.get(key) is not _GONE),
            (key for key, item in before.items() if item is not _GONE
             and key not in self.by_id))

    def __len__(self) -> int:
        before = self.before
        if not before:
            return len(self.by_id)
        by_id = self.by_id
        return len(by_id) + sum((item is not _GONE) - (key in by_id)
                                for key, item in before.items())


#: At most how many events ``Timeline.reading_order`` moves one at a time (a memmove of
#: the list each) rather than in one pass of slices.
_MOVED_IN_PLACE = 64


# -- the sort index -----------------------------------------------------------------------
# An event's place in date order is one integer: its first day (offset from MIN_DAY, under
# 2**23), its rank within the day (``FuzzyDate.sort_key``: untimed first, then a day's
# times by the minute of their instant, then coarser dates, finer first:
# ``SORT_RANK_BITS``, 12 bits) and a sequence number that keeps the order events were
# given in (27 bits: 134 million additions; 36 before times of day took 8 of them, session
# 36, 28 before UTC offsets took one more, verify46 F18).  That is 62 bits, so the
# index is an array of signed 64-bit integers: 8 bytes an event instead of a tuple of
# three ints (about 100), and comparisons of single integers when sorting and bisecting.
SEQUENCE_BITS = 27
_DATE_SHIFT = SORT_RANK_BITS + SEQUENCE_BITS
_SEQUENCE_MASK = (1 << SEQUENCE_BITS) - 1


_event_id = operator.attrgetter("id")


def date_sort_number(date: FuzzyDate) -> int:
    """``date.sort_key()`` as one non-negative integer under 2**35, in the same order."""
    first, rank = date.sort_key()
    return (first - MIN_DAY) << SORT_RANK_BITS | rank


def _day_bound(day: int) -> int:
    """The smallest index key of an event starting on day number ``day`` (or after it)."""
    return (min(max(day, MIN_DAY), END_DAY + 1) - MIN_DAY) << _DATE_SHIFT


#: ``Timeline.read_back_later``'s readers (weak references) by the timeline's ``id``,
#: dropped with the timeline; pruned of those gone at this many.
_LOG_READERS: dict[int, list[weakref.ref[Any]]] = {}
_LOG_READERS_PRUNED = 16


def _with_one_moved(items: list[str], index: int, item: str, added: bool) -> list[str]:
    """A copy of ``items`` with ``item`` put in at ``index`` (``added``) or the entry at
    ``index`` taken out: a new list, as a caller may still hold the old one
    (``Timeline._follow_one``)."""
    items = items.copy()
    if added:
        items.insert(index, item)
    else:
        del items[index]
    return items


@dataclass(repr=False)
class Timeline:
    """An ordered collection of events with their sources.

    Events are kept sorted by ``Event.sort_key``; events of the same date keep the
    order they were given in (a file's order, then order of addition), so that a
    trilateral meeting reported before a bilateral one on the same day stays first
    after a save and a reload.  ``events`` is that sorted list and must not be
    mutated directly — use ``add``, ``replace`` and ``remove``.
    """

    __repr__ = dataclass_repr  # the text ``@dataclass`` would write (issue 11)

    title: str = "Untitled timeline"
    description: str = ""
    sources: dict[str, Source] = field(default_factory=dict)
    #: Category (lane) name → the colour its owner chose, ``"#rrggbb"``; a category not
    #: here gets the app's palette colour.  Read from a Timeline Project file's
    #: ``<categories>`` (each category's ``color``); empty for most timelines.
    category_colors: dict[str, str] = field(default_factory=dict)
    #: The lanes (category names) in the order their owner put them, first to last (top
    #: to bottom on the timeline, left to right in the legend); a lane not listed follows
    #: the listed ones, in the app's own order.  Empty for most timelines (the native
    #: format's version-2 key ``lane_order``, written only when not empty).
    lane_order: list[str] = field(default_factory=list)
    #: The lanes (category names) whose events are eras: not drawn as rows but as bands
    #: behind every lane, and written as eras by the TimelineJS and Timeline Project
    #: exports.  ``None`` (most timelines): the lanes named in ``DEFAULT_ERA_LANES``; a
    #: set, once a person chose (Show as Eras) or a file said (the native format's
    #: version-7 key ``era_lanes``), exactly those (see ``is_era_lane``).
    era_lanes: frozenset[str] | None = None
    #: The ids of the events whose title a person typed or chose (the event editor, a
    #: review's Title cell, Merge Selected Events): a later merge keeps such a title word
    #: for word (``core.duplicates.merge_events``' ``keep_title``; verify46 F2).  Kept by
    #: the file (the native format's version-8 key ``titles_by_hand``, written for the
    #: events in the timeline only); an id of an event removed stays (Undo may bring the
    #: event back).  Empty for most timelines.
    titles_by_hand: set[str] = field(default_factory=set)
    #: The name a person typed for the timeline (Timeline → Properties), or None: while
    #: the timeline's ``title`` is it, the app never renames the timeline to follow its
    #: events' years (``Document.name_typed``).  Kept by the file (the native format's
    #: version-13 key ``title_typed``, true while the title is the typed one and ends in
    #: years, the only names the app renames: ``io.native.title_kept_typed``; edit69 and
    #: verify71 F9: after a save and a reopen a typed name that read as the app's
    #: followed the years again).  Not compared.
    typed_title: str | None = field(default=None, compare=False)
    #: The name a loader read from the name of the file the timeline was opened from
    #: (another tool's file that names no timeline: a Timeline Project file without this
    #: app's comment, a CSV without a title slide, a calendar without X-WR-CALNAME), or
    #: None: while the ``title`` is it, the timeline has no name of its own, and a save or
    #: an export names it after the file it writes (``Document.title_from_file_name``;
    #: edit85 F4(e): a colleague's file opened, merged into and exported kept the
    #: colleague's file name as its title for good).  Not kept by any file, not compared.
    file_named_title: str | None = field(default=None, compare=False)
    #: The readings a person left out (unticked) when importing an article
    #: (``core.left_out.LeftOut``), in the order they were left out: a later import of the
    #: same article offers them unticked, saying so (verify46 F15).  Kept by the file (the
    #: native format's version-8 key ``left_out``).  Empty for most timelines.
    left_out: list[LeftOut] = field(default_factory=list)
    #: The markup of the slides of the TimelineJS file the timeline was opened from, by
    #: event id, for the slides whose HTML the plain text does not tell again (links,
    #: emphasis, a media credit's attributes): the event as imported and the slide's own
    #: ``{"headline", "text", "media"}`` (``media`` None when it had none).  The
    #: TimelineJS export writes them back as they were for an event whose text is as
    #: imported (``io.timelinejs``; verify49 F11: links moved onto other words).  Not
    #: kept by the native format, not compared; empty for most timelines.
    kept_markup: dict[str, tuple[Event, dict[str, Any]]] = field(
        default_factory=dict, repr=False, compare=False)
    #: What the Timeline Project file the timeline was opened from says that the lanes do
    #: not (milestones, containers, categories under others: ``ProjectShape``), which the
    #: Timeline Project export writes back.  Kept by the native format (version 12's
    #: ``timeline_project``, its event colours version 13's ``colors``, written only when
    #: not empty, for the events in the timeline only).  Empty for most timelines.
    project_shape: ProjectShape = field(default_factory=ProjectShape)
    _events: list[Event] = field(default_factory=list, repr=False)
    # The sort index: one integer per event, in the order of ``_events`` (see SEQUENCE_BITS).
    _keys: array[int] = field(default_factory=lambda: array("q"), repr=False)
    # By id: an ``Event``, or its position in ``_store`` while it was never asked for (see
    # ``LazyEvents``); derived from ``_events``, so not compared.
    _by_id: dict[str, Event] = field(default_factory=dict, repr=False, compare=False)
    # Whether ``_by_id`` is shared with a mapping ``events_by_id`` gave (copied before the
    # timeline's next change of it).
    _by_id_shared: bool = field(default=False, repr=False, compare=False)
    # The one ``EventsById`` sharing ``_by_id`` (a weak reference), None when none or
    # more than one do (see ``_own_by_id``).
    _by_id_sharer: Any = field(default=None, repr=False, compare=False)
    # Sequence numbers of removed events, so that one put back (undo) keeps its place among
    # events of the same date; the others' are in their keys.
    _retired: dict[str, int] = field(default_factory=dict, repr=False)
    _next_sequence: int = field(default=0, repr=False)
    # The largest exclusive end day of any event; None when not known (after a removal).
    _last_end: int | None = field(default=None, repr=False, compare=False)
    # Every event's ``day_range()``, in the order of ``_events``; None until asked for
    # after a change (see ``day_spans``).
    _day_spans: list[tuple[int, int]] | None = field(
        default=None, repr=False, compare=False)
    # Every event's category, in the order of ``_events``; None until asked for after a
    # change (see ``categories``).
    _categories: list[str] | None = field(default=None, repr=False, compare=False)
    # Where the events of a lazily loaded file are made (see ``LazyEvents``); None when
    # every event was given made.
    _store: EventStore | None = field(default=None, repr=False, compare=False)
    # ``make_some`` made the events of ``_events`` before this position.
    _made_to: int = field(default=0, repr=False, compare=False)
    # See ``revision``.
    _revision: int = field(default=0, repr=False, compare=False)
    # ``era_ids``' answer and what it was worked out for (revision, era lanes).
    _era_ids: tuple[tuple[int, frozenset[str]], tuple[str, ...]] | None = field(
        default=None, repr=False, compare=False)
    # ``category_counts``' answer; None until asked for after a change it cannot follow.
    _category_counts: dict[str, int] | None = field(default=None, repr=False, compare=False)
    # Every event's id, in the order of ``_events``; None until asked for (see ``ids``).
    _ids: list[str] | None = field(default=None, repr=False, compare=False)
    # The id and sort key of the event ``remove`` took out last (see ``removed_key``).
    _last_removed: tuple[str, int] | None = field(default=None, repr=False, compare=False)
    # ``reading_order``'s answer and the revision it was worked out for.
    _reading: tuple[int, list[Event]] | None = field(default=None, repr=False, compare=False)
    # The last changes of one event (``add``, ``remove``, ``replace``), oldest first, each
    # (the revision it made, the event's index, added or not, the event): see
    # ``changes_since``; emptied by ``add_many`` and ``remove_many``.
    _changes: list[tuple[int, int, bool, Event]] = field(
        default_factory=list, repr=False, compare=False)

    @classmethod
    def from_events(
        cls,
        events: list[Event],
        title: str = "Untitled timeline",
        description: str = "",
        sources: dict[str, Source] | None = None,
        category_colors: dict[str, str] | None = None,
        lane_order: list[str] | None = None,
    ) -> Timeline:
        """A timeline of ``events`` (in any order; equal dates keep the order given).

        ``category_colors``: category → ``"#rrggbb"`` (see the attribute; copied).
        ``lane_order``: the lanes' order (see the attribute; copied).

        Raises:
            ValueError: Two events have the same id.
        """
        return cls._from_keys(
            events, [date_sort_number(e.date) << SEQUENCE_BITS | i for i, e in enumerate(events)],
            title, description, sources, category_colors=category_colors,
            lane_order=lane_order)

    @classmethod
    def _from_keys(
        cls,
        events: list[Event],
        keys: list[int] | array[int],
        title: str = "Untitled timeline",
        description: str = "",
        sources: dict[str, Source] | None = None,
        last_end: int | None = None,
        by_id: dict[str, Event] | None = None,
        in_order: bool | None = None,
        day_spans: list[tuple[int, int]] | None = None,
        category_colors: dict[str, str] | None = None,
        lane_order: list[str] | None = None,
        store: EventStore | None = None,
        categories: list[str] | None = None,
    ) -> Timeline:
        """``from_events`` with the events' index keys already known (for loaders).

        Args:
            events: The events, in the order they were given.
            keys: For each event, ``date_sort_number(event.date) << SEQUENCE_BITS | i``
                where ``i`` is its position in ``events``.  A list is taken over (sorted
                in place); an ``array("q")`` in date order is copied in one ``memcpy``
                (a loader on a background thread builds one: made from a list of a
                million ints, the array was one C call of 30-40 ms, holding the GIL).
            title: The timeline's title.
            description: Its description.
            sources: Its sources by id.
            last_end: The largest ``day_range()[1]`` of the events, if known.
            by_id: The events by id, if the loader built it (taken over; a repeated id
                shows as fewer entries than events).
            in_order: Whether ``keys`` ascend, if the loader knows.  A loader on a
                background thread passes these two, built a piece at a time: each is one
                long C call otherwise (seconds at a million events), and a C call holds
                the GIL, so the window would stall for as long.
            day_spans: Each event's ``day_range()`` in the order of ``events``, if the
                loader computed them (see ``day_spans``; taken over).
            category_colors: Category → ``"#rrggbb"`` (copied).
            lane_order: The lanes' order (copied).
            store: Where ``events`` are made: then each of ``events`` (and of ``by_id``'s
                values, the same objects, required) is a position in it, not an
                ``Event`` (see ``LazyEvents``).
            categories: Each event's category in the order of ``events``, if the loader
                read them (see ``categories``; taken over).

        Raises:
            ValueError: Two events have the same id.
        """
        timeline = cls(title=title, description=description, sources=dict(sources or {}),
                       category_colors=dict(category_colors or {}),
                       lane_order=list(lane_order or ()))
        count = len(events)
        if by_id is None:
            by_id = dict(zip(map(_event_id, events), events, strict=True))
        if len(by_id) != count:
            raise ValueError("event ids must be unique")
        # A file this app saved is already in date order (checked in one pass of C calls);
        # otherwise one sort of plain integers, whose low bits say where each event was.
        if in_order is None:
            in_order = all(map(operator.lt, keys, itertools.islice(keys, 1, None)))
        if in_order:
            ordered = list(events)
        else:
            if not isinstance(keys, list):
                keys = keys.tolist()
            keys.sort()
            ordered = [events[key & _SEQUENCE_MASK] for key in keys]
            if day_spans is not None:
                day_spans = [day_spans[key & _SEQUENCE_MASK] for key in keys]
            if categories is not None:
                categories = [categories[key & _SEQUENCE_MASK] for key in keys]
        if store is None:
            timeline._events = ordered
        else:
            timeline._events = cast("list[Event]", LazyEvents(
                cast("list[Event | int]", ordered), store))
            timeline._store = store
        timeline._day_spans = day_spans
        timeline._categories = categories
        timeline._keys = array("q", keys)
        timeline._by_id = by_id
        timeline._next_sequence = count
        timeline._last_end = last_end
        return timeline


    # -- reading ------------------------------------------------------------------------
    def is_era_lane(self, lane: str) -> bool:
        """Whether the events of ``lane`` (a category) are eras (see ``era_lanes``)."""
        return lane in (DEFAULT_ERA_LANES if self.era_lanes is None else self.era_lanes)

    def era_lane_set(self) -> frozenset[str]:
        """``era_lanes`` as a set of lane names: ``DEFAULT_ERA_LANES`` when None (the
        lanes that rule makes era lanes whether or not any event is in them)."""
        return DEFAULT_ERA_LANES if self.era_lanes is None else self.era_lanes

    def era_ids(self) -> tuple[str, ...]:
        """The ids of the events that are eras (in a lane of ``era_lane_set``), in date
        order: what a count of the timeline's events tells apart ("23 events and 2 eras":
        verify51 F15, the headers counted the eras as events).  Kept while the events and
        ``era_lanes`` stay the same (``revision``).  After a change: none when the kept
        ``category_counts`` (if kept: ``note_category_counts``) hold no era lane; else
        C-level passes over ``categories`` (``list.count`` of each era lane, then
        ``itertools.compress``), only the eras made.  A Python pass over every event was
        0.1-0.3 s of the GUI thread in one piece when a 1 000 000-event file arrived (the
        Details pane counts the eras apart; issue 11, session 51)."""
        eras = self.era_lane_set()
        key = (self._revision, eras)
        memo = self._era_ids
        if memo is not None and memo[0] == key:
            return memo[1]
        counts = self._category_counts
        found: tuple[str, ...] = ()
        if (not eras.isdisjoint(counts) if counts is not None
                else any(map(self.categories().count, eras))):
            categories = self.categories()
            store = self._store
            found = tuple(
                (store.event(item) if type(item) is int  # type: ignore[union-attr]
                 else cast("Event", item)).id
                for item in itertools.compress(self.event_items(),
                                               map(eras.__contains__, categories)))
        self._era_ids = (key, found)
        return found

    @property
    def events(self) -> list[Event]:
        return self._events

    def __len__(self) -> int:
        return len(self._events)

    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

    def __contains__(self, event_id: object) -> bool:
        return event_id in self._by_id

    def get(self, event_id: str) -> Event:
        item: Event | int = self._by_id[event_id]
        if type(item) is int:  # not made yet (see LazyEvents)
            return self._store.event(item)  # type: ignore[union-attr]
        return cast("Event", item)

    def present(self, event_ids: Iterable[str]) -> list[str]:
        """The ids of ``event_ids`` that are events of this timeline, in their order.

        One C-level dict lookup each, where ``[i for i in ids if i in timeline]`` calls
        ``__contains__`` for each: ~30 ms of Python calls per 100 000 ids, paid several
        times by the undo of a 100 000-event delete (its selection, the details, the
        status line: verify27, finding 5; undo22's closing note).
        """
        return list(filter(self._by_id.__contains__, event_ids))

    def id_map(self) -> dict[str, Event]:
        """A new dict of every event by id, for a caller that keeps its own copy.

        One C-level copy of the timeline's index: ~20 ms at 1 000 000 events, where a
        comprehension over the events costs ~250 ms of the loading thread (issue 11).
        A lazily loaded timeline (see ``LazyEvents``) makes every event not made yet.
        """
        if self._store is None:
            return dict(self._by_id)
        store = self._store
        store.make_all()
        return {event_id: _made(item, store) for event_id, item in self._by_id.items()}

    def events_by_id(self) -> MutableMapping[str, Event]:
        """Every event by id, a new mapping for a caller that keeps its own copy and
        changes it: ``id_map()``, except that a lazily loaded timeline's events not made
        yet are made when read from it (``EventsById``; one C-level copy of the index)."""
        if self._store is None:
            return dict(self._by_id)
        # The index itself, copied by whichever of the two changes it first (``EventsById``
        # and ``_own_by_id``): its copy was 3.8 MB at 100 000 events, made with the view's
        # lanes before the first paint and kept while they were (the app at rest; session
        # 40, frames43).  Making events (``make_some``) changes no event of it.
        mapping = EventsById(cast("dict[str, Event | int]", self._by_id), self._store,
                             shared=True)
        # The one mapping sharing the index is handed it whole when the timeline changes
        # first (``_own_by_id``); with two or more, each copies on its own change.
        self._by_id_sharer = weakref.ref(mapping) if not self._by_id_shared else None
        self._by_id_shared = True
        return mapping

    def _own_by_id(self, event_id: str | None = None) -> dict[str, Event]:
        """``_by_id``, to change the entry of ``event_id`` (None: many), copied first if
        a mapping of ``events_by_id`` shares it, unless that one mapping alone does and
        one entry changes: it keeps what it holds of that one (``EventsById.keep``), the
        index is not copied (~0.1 s at 1 000 000 events on the first edit after an open;
        session 61, scale64)."""
        if self._by_id_shared:
            reference = self._by_id_sharer
            sharer: EventsById | None = reference() if reference is not None else None
            alone = sharer is not None and sharer.shared and sharer.by_id is self._by_id
            if event_id is not None and alone and sharer is not None:
                sharer.keep(event_id)
                return self._by_id
            own = dict(self._by_id)
            if alone and sharer is not None:
                # One copy, not two: a lone mapping still sharing the index keeps it as
                # its own, which its first change would otherwise copy again (~75 ms at
                # 1 000 000 events on the first edit after an open; session 49, edit55).
                sharer.take_over()
            self._by_id, self._by_id_shared = own, False
            self._by_id_sharer = None
        return self._by_id

    @property
    def store(self) -> EventStore | None:
        """Where a lazily loaded timeline's events are made (see ``LazyEvents``), or None."""
        return self._store

    def event_items(self) -> list[Event | int]:
        """The list behind ``events``: each an ``Event``, or its position in ``store``
        while not made (read only; see ``LazyEvents``)."""
        events = self._events
        if isinstance(events, LazyEvents):
            return events.items
        return cast("list[Event | int]", events)

    @property
    def revision(self) -> int:
        """A number that changes with every change of the events (``add``, ``remove``,
        ``add_many``, ``remove_many``, ``replace``) and with nothing else: what is derived
        from the events can be kept while it stays the same (the editor's completion
        names, ``ui.event_editor.names_in``).  Not saved; 0 for a new timeline."""
        return self._revision

    def changes_since(self, revision: int) -> list[tuple[int, bool, Event]] | None:
        """The changes of one event at a time that took the events from ``revision`` to
        ``revision`` now, oldest first, each (index in date order, added or not, the
        event): an edit (``replace``) is its old event removed from where it was, then the
        new one added where it goes.  Applied in order to a column in date order at
        ``revision`` (an entry removed at the index, or the event's entry put in), they
        give the column as it is now: what a large timeline's coded columns, hidden
        mask and counts follow instead of a pass over every event (issue 11: ~4.7 s of
        an edit under a filter at 1 000 000 events; session 60, scale63).  None when
        they are not all known: ``add_many``/``remove_many`` since, or more than
        ``_CHANGES_KEPT // 2`` changes ago."""
        now = self._revision
        if revision == now:
            return []
        if revision > now:
            return None
        changes = self._changes
        first = len(changes) - (now - revision)
        if first < 0 or changes[first][0] != revision + 1 or changes[-1][0] != now:
            return None
        return [(index, added, event) for _, index, added, event in changes[first:]]

    def categories(self) -> list[str]:
        """Every event's category, in date order (the list must not be modified).

        A lazily loaded timeline's loader read them without making the events (see
        ``LazyEvents``); computed here after a change.
        """
        if self._categories is None:
            store = self._store
            if store is None:
                self._categories = [event.category for event in self._events]
            else:  # nothing made for it
                category = store.category
                self._categories = [
                    category(item) if type(item) is int else item.category  # type: ignore[union-attr]
                    for item in self.event_items()]
        return self._categories

    def day_spans(self) -> list[tuple[int, int]]:
        """Every event's ``day_range()`` (first day, exclusive end day), in date order.

        For views that place all events at once (a timeline view's lanes): the loader
        fills it in its own loop, with one ``(first, end)`` tuple per distinct date shared
        by all events of that date, instead of a method call and a new tuple per event
        later (issue 11).  Computed here after a change, as the loader shares them: an
        event whose date and end are its predecessor's (the same objects: the loader
        shares a date's) takes its tuple, no call.  After the undo of a 100 000-event
        delete, one new tuple per event cost the lanes' build the loader's sharing too
        (``_lanes_of`` works per distinct span; verify27, finding 5).  The list must not
        be modified.
        """
        if self._day_spans is None and self._store is not None:
            self._day_spans = self._lazy_day_spans(self._store)
        if self._day_spans is None:
            spans: list[tuple[int, int]] = []
            add = spans.append
            date: object = None
            end: object = None
            span = (0, 0)
            for event in self._events:
                if event.date is not date or event.end is not end:
                    date, end = event.date, event.end
                    span = event.day_range()
                add(span)
            self._day_spans = spans
        return self._day_spans

    def _lazy_day_spans(self, store: EventStore) -> list[tuple[int, int]]:
        """``day_spans`` of a lazily loaded timeline: the dates of an event not made yet
        are the store's, so nothing is made (the view's lanes after an edit)."""
        spans: list[tuple[int, int]] = []
        add = spans.append
        dates_of = store.dates_of
        date: FuzzyDate | None = None
        end: FuzzyDate | None = None
        span = (0, 0)
        for item in self.event_items():
            if type(item) is int:
                item_date, item_end = dates_of(item)
            else:
                item_date, item_end = item.date, item.end  # type: ignore[union-attr]
            if item_date is not date or item_end is not end:
                date, end = item_date, item_end
                span = (item_date.start_day(),
                        (item_end if item_end is not None else item_date).end_day())
            add(span)
        return spans

    def index_of(self, event_id: str) -> int:
        """Position of the event in date order.

        Found by bisection to the events of its date and precision, then by identity among
        them, so it takes time in proportion to how many share its date (a dict of positions
        would cost every load a tenth of its time).

        Raises:
            KeyError: No event has that id.
        """
        item = self._by_id[event_id]
        number = date_sort_number(self.get(event_id).date)
        keys, items = self._keys, self.event_items()
        index = bisect.bisect_left(keys, number << SEQUENCE_BITS)
        while items[index] is not item:
            index += 1
        return index

    def day_range(self) -> tuple[int, int] | None:
        """First day number and exclusive end covered by any event, or ``None`` if empty."""
        if not self._events:
            return None
        if self._store is not None:  # nothing made for it
            if self._last_end is None:
                self._last_end = max(end for _, end in self.day_spans())
            # (the first event's own date: after an edit the spans of every event were
            # read from the store again for it, ~0.5-1 s at 1 000 000 events; scale63)
            item = self.event_items()[0]
            date = (self._store.dates_of(item)[0] if type(item) is int
                    else cast("Event", item).date)
            return date.start_day(), self._last_end
        if self._last_end is None:
            self._last_end = max(e.day_range()[1] for e in self._events)
        return self._events[0].date.start_day(), self._last_end

    def date_range(self) -> tuple[_dt.date, _dt.date] | None:
        """``day_range()`` as ``datetime.date`` values clamped to AD 1-9999 (for old callers)."""
        days = self.day_range()
        return None if days is None else (_clamped_date(days[0]), _clamped_date(days[1]))

    def reading_order(self) -> list[Event]:
        """The events in the order a reader of a list looks for them (the list must not be
        modified): date order (``events``), but a period told as a deadline ("by the end
        of April 2025") or as "after" it at its last day, after that day's events
        (``Event.reading_key``; verify57 F29: the Events list and the TimelineJS export
        put the comptroller's audit "by the end of April" before 22 April).  ``events``
        stays in order of first day, which the views bisect.

        ``events`` itself (no copy) when no date is told so, found from the index's ranks
        alone (``dates.READ_AT_THE_END_RANKS``: one pass in C, nothing made of a lazily
        loaded timeline; 2 ms at 1 000 000 events); otherwise a new list, the moved events
        put in place by one ``searchsorted`` (``_read_at_the_end``: C-level copies of the
        rest).  Kept until the events change (``revision``)."""
        memo = self._reading
        if memo is not None and memo[0] == self._revision:
            return memo[1]
        keys = self._keys
        order = self._events
        if keys:
            import numpy as np

            index = np.frombuffer(keys, dtype=np.int64)
            rank = (index >> SEQUENCE_BITS) & ((1 << SORT_RANK_BITS) - 1)
            ranks = READ_AT_THE_END_RANKS
            moved = np.flatnonzero((rank >= ranks.start) & (rank < ranks.stop)).tolist()
            if moved:
                order = self._list_of(self._read_at_the_end(moved, index))
        self._reading = (self._revision, order)
        return order

    def _read_at_the_end(self, moved: list[int], index: Any) -> list[Event | int]:
        """``reading_order``'s items: those at the positions ``moved`` (rising) taken out
        and put back in place by their ``reading_key``; ``index``: ``_keys`` as a numpy
        array.  One pass of slices and one ``searchsorted`` (C-level copies), a Python
        step a moved event."""
        import numpy as np

        items = self.event_items()
        store = self._store
        keys = self._keys
        at_end: list[tuple[int, Event | int]] = []
        for position in moved:
            item = items[position]
            date = (store.dates_of(item)[0] if type(item) is int  # type: ignore[union-attr]
                    else cast("Event", item).date)
            day, rank = date.reading_key()
            number = (day - MIN_DAY) << SORT_RANK_BITS | rank
            at_end.append((number << SEQUENCE_BITS | keys[position] & _SEQUENCE_MASK, item))
        at_end.sort(key=operator.itemgetter(0))
        # Where each goes among the others, as a position of ``items`` (before the event
        # there; ``len(items)``: at the end): one bisection of the others' keys each.
        new = [key for key, _item in at_end]
        # Among the others: the keys below it, less the moved events' own (rising, as
        # ``moved``); the p-th of the others is at p + the moved before it (m_j - j <= p).
        old = [keys[position] for position in moved]
        places = [below - bisect.bisect_left(old, key) for below, key in zip(
            np.searchsorted(index, np.array(new, dtype=np.int64)).tolist(), new, strict=True)]
        gaps = [position - j for j, position in enumerate(moved)]
        before = [place + bisect.bisect_right(gaps, place) for place in places]
        if len(moved) <= _MOVED_IN_PLACE:
            # A copy (one C-level pass), then each out and in by a memmove: at 1 000 000
            # events with ten deadlines 40 ms, against 140 ms for the slices below, which
            # each count the references of the events they copy once more.
            merged = list(items)
            for position in reversed(moved):
                del merged[position]
            for n, (place, (_key, item)) in enumerate(zip(before, at_end, strict=True)):
                merged.insert(place - bisect.bisect_left(moved, place) + n, item)
            return merged
        # One pass of slices: out at ``moved``, in before ``before``'s (never one of
        # ``moved``: those are not among the others).
        merged = []
        start = i = j = 0
        end = len(items) + 1
        while i < len(at_end) or j < len(moved):
            put = before[i] if i < len(at_end) else end
            out = moved[j] if j < len(moved) else end
            if put < out:
                merged += items[start:put]
                merged.append(at_end[i][1])
                start = put
                i += 1
            else:
                merged += items[start:out]
                start = out + 1
                j += 1
        merged += items[start:]
        return merged

    def events_starting_in(self, first: int, last: int) -> list[Event]:
        """Events whose first day number lies in ``[first, last)``, by bisection."""
        lo = bisect.bisect_left(self._keys, _day_bound(first))
        hi = bisect.bisect_left(self._keys, _day_bound(last))
        return self._events[lo:hi]

    def events_starting_between(self, first: _dt.date, last: _dt.date) -> list[Event]:
        """Events whose start lies in ``[first, last)`` (``datetime.date``, so AD only)."""
        return self.events_starting_in(first.toordinal(), last.toordinal())

    # -- changing (the Document calls these through undo commands) --------------------
    def add(self, event: Event) -> int:
        """Insert an event in date order and return its index."""
        if event.id in self._by_id:
            raise ValueError(f"duplicate event id {event.id!r}")
        sequence = self._retired.pop(event.id, None)  # a re-added event (undo) keeps its place
        if sequence is None:
            sequence = self._next_sequence
            if sequence >= 1 << SEQUENCE_BITS:
                raise OverflowError("too many events were added to this timeline")
            self._next_sequence += 1
        key = date_sort_number(event.date) << SEQUENCE_BITS | sequence
        index = bisect.bisect_left(self._keys, key)
        self._keys.insert(index, key)
        self._events.insert(index, event)
        self._day_spans = None
        self._follow_one(index, event, added=True)
        self._own_by_id(event.id)[event.id] = event
        end = event.day_range()[1]
        if len(self._events) == 1:
            self._last_end = end
        elif self._last_end is not None and end > self._last_end:
            self._last_end = end
        return index

    def remove(self, event_id: str) -> Event:
        index = self.index_of(event_id)
        event = self._events.pop(index)
        self._day_spans = None
        self._follow_one(index, event, added=False)
        self._made_to = 0  # (see make_some)
        key = self._keys.pop(index)
        self._retired[event_id] = key & _SEQUENCE_MASK  # kept for undo
        self._last_removed = (event_id, key)
        del self._own_by_id(event_id)[event_id]
        if self._last_end is not None and event.day_range()[1] >= self._last_end:
            self._last_end = None  # recomputed when next asked for
        return event

    def remove_many(self, event_ids: Sequence[str]) -> list[Event]:
        """Remove the events of ``event_ids`` (the same as ``remove`` of each, in one pass
        of the events: O(n), where one ``remove`` each is O(n) apiece, 100 000 of them
        ~3.6 s; new-user trial verify27, finding 5); returns them in the given order.

        Raises:
            KeyError: an id is not in the timeline, or given twice (nothing is removed).
        """
        by_id = self._by_id
        gone = dict.fromkeys(event_ids)
        if len(gone) != len(event_ids):
            raise KeyError("an event id is given twice")
        for event_id in gone:
            if event_id not in by_id:
                raise KeyError(event_id)
        if not gone:
            return []
        self._log_forgets()
        removed = [self.get(event_id) for event_id in gone]
        keys, items = self._keys, self.event_items()
        kept_keys = array("q")
        kept_items: list[Event | int] = []
        retired = self._retired
        store = self._store
        for key, item in zip(keys, items, strict=True):
            # (an event not made yet stays so: its id from the store)
            item_id = store.event_id(item) if type(item) is int else item.id  # type: ignore[union-attr]
            if item_id in gone:
                retired[item_id] = key & _SEQUENCE_MASK  # kept for undo
            else:
                kept_keys.append(key)
                kept_items.append(item)
        self._keys, self._events = kept_keys, self._list_of(kept_items)
        self._day_spans = self._categories = self._category_counts = self._ids = None
        self._revision += 1
        self._changes = []
        self._made_to = 0  # (see make_some)
        by_id = self._own_by_id()
        for event_id in gone:
            del by_id[event_id]
        self._last_end = None  # recomputed when next asked for
        return removed

    def add_many(self, events: Sequence[Event]) -> None:
        """Insert ``events`` in date order (the same order as ``add`` of each: a re-added
        event keeps its place), with one sort of the keys instead of one list insert each.

        Raises:
            ValueError: an event's id is already there, or given twice (nothing is added).
            OverflowError: too many events were ever added to this timeline.
        """
        by_id = self._by_id
        ids = {event.id for event in events}
        if len(ids) != len(events):
            raise ValueError("an event id is given twice")
        for event in events:
            if event.id in by_id:
                raise ValueError(f"duplicate event id {event.id!r}")
        if not events:
            return
        self._log_forgets()
        was_empty = not self._events
        retired = self._retired
        fresh = sum(1 for event in events if event.id not in retired)
        if self._next_sequence + fresh > 1 << SEQUENCE_BITS:
            raise OverflowError("too many events were added to this timeline")
        # A key's low bits are its event's sequence, unique: the event of each sorted key.
        by_sequence: dict[int, Event | int] = {
            key & _SEQUENCE_MASK: item
            for key, item in zip(self._keys, self.event_items(), strict=True)}
        keys = list(self._keys)
        by_id = self._own_by_id()
        for event in events:
            sequence = retired.pop(event.id, None)
            if sequence is None:
                sequence = self._next_sequence
                self._next_sequence += 1
            keys.append(date_sort_number(event.date) << SEQUENCE_BITS | sequence)
            by_sequence[sequence] = event
            by_id[event.id] = event
        keys.sort()
        self._keys = array("q", keys)
        self._events = self._list_of([by_sequence[key & _SEQUENCE_MASK] for key in keys])
        self._day_spans = self._categories = self._category_counts = self._ids = None
        self._revision += 1
        self._changes = []
        self._made_to = 0  # (see make_some)
        if was_empty:
            self._last_end = None  # recomputed when next asked for
        elif self._last_end is not None:
            self._last_end = max(self._last_end, max(e.day_range()[1] for e in events))

    def make_some(self, seconds: float) -> bool:
        """Make a lazily loaded timeline's events not made yet (see ``LazyEvents``), a
        slice (``_SLICE``) at a time for about ``seconds`` (at least one slice), each in
        its place in the list and the index; once all are, the timeline holds its events
        as an eagerly loaded one does (``store`` None, ``events`` a plain list: no
        reader pays the store's lookups any more).  Returns whether that is so (at once
        for any other timeline).

        For the window's idle time after a lazily loaded file's first paint
        (``ui.lazy_events``): ~0.5 s of CPU at 100 000 events in all (session 22), in
        slices of a few ms between which input is answered.
        """
        store = self._store
        if store is None:
            return True
        items = cast("LazyEvents", self._events).items
        by_id = self._by_id
        deadline = time.perf_counter() + seconds
        at = self._made_to
        while at < len(items):
            end = at + _SLICE
            made = store.events(items[at:end])
            items[at:end] = made
            by_id.update(zip(map(_event_id, made), made, strict=True))
            at = end
            if time.perf_counter() >= deadline:
                break
        self._made_to = at
        if at < len(items):
            return False
        # Every item is made: an addition may shift unmade ones after ``at`` only, and a
        # removal or ``add_many`` starts the slices over (``_made_to`` 0).  (A scan for
        # one left was 30 ms at 1 000 000 events, in one slice; session 22.)
        self._made_to = 0
        before = self._events
        self._events, self._store = cast("list[Event]", items), None
        memo = self._reading
        if memo is not None and memo[1] is before:  # (the same events, the list now)
            self._reading = (memo[0], self._events)
        return True

    def _list_of(self, items: list[Event | int]) -> list[Event]:
        """``items`` as the timeline's list of events (``LazyEvents`` over ``_store``)."""
        if self._store is None:
            return cast("list[Event]", items)
        return cast("list[Event]", LazyEvents(items, self._store))

    def _follow_one(self, index: int, event: Event, added: bool) -> None:
        """After ``event`` was added at (or removed from) ``index`` of
        ``_events``: a new ``revision``, and what is kept of the events follows the change
        instead of being worked out again from all of them on the next ask (issue 11,
        session 49 edit55: one Ctrl+→ at 1 000 000 events cost ~0.45 s of the GUI thread
        in ``categories`` and ``era_ids`` alone, ~0.55 s in the legend's count of every
        lane).  ``categories`` becomes a new list with the one entry put in or taken out
        (a C-level copy, ~5 ms at 1 000 000: a caller may still hold the old one, which
        must not change under it), and so does ``ids``; ``category_counts`` a new dict,
        one count moved;
        ``era_ids`` stays what it was when the event is in no era lane (else it is worked
        out again when asked).  Each gives what a rebuild from the events would give
        (``tests/test_model.py``)."""
        revision = self._revision
        self._revision = revision + 1
        category, event_id = event.category, event.id
        changes = self._changes
        changes.append((revision + 1, index, added, event))
        if len(changes) > _CHANGES_KEPT:
            self._log_forgets()  # (those reading back through it: before it does)
            del changes[:_CHANGES_KEPT // 2]
        if self._categories is not None:
            self._categories = _with_one_moved(self._categories, index, category, added)
        if self._ids is not None:
            self._ids = _with_one_moved(self._ids, index, event_id, added)
        counts = self._category_counts
        if counts is not None:
            counts = dict(counts)
            if added:
                counts[category] = counts.get(category, 0) + 1
            elif counts.get(category, 0) > 1:
                counts[category] -= 1
            else:
                counts.pop(category, None)
            self._category_counts = counts
        memo = self._era_ids
        if memo is not None and memo[0][0] == revision and category not in memo[0][1]:
            self._era_ids = ((revision + 1, memo[0][1]), memo[1])

    def read_back_later(self, reader: Any) -> None:
        """Tell ``reader`` (held weakly: an object with a method ``log_forgets(timeline)``)
        before ``changes_since`` forgets a change it still answers (the oldest half of
        the log when it is full; ``add_many``, ``remove_many``), once: what keeps
        positions in the events as they were at a revision, to be read back through the
        changes since (``query.HiddenIds``), keeps what it needs then instead of a copy
        of every event's item at once (~10-40 ms of each filter's change and each edit
        under one at 1 000 000 events; session 62, scale65)."""
        key = id(self)
        readers = _LOG_READERS.get(key)
        if readers is None:
            readers = _LOG_READERS[key] = []
            weakref.finalize(self, _LOG_READERS.pop, key, None)
        elif len(readers) >= _LOG_READERS_PRUNED:  # (those gone meanwhile: let go)
            readers[:] = [ref for ref in readers if ref() is not None]
        readers.append(weakref.ref(reader))

    def _log_forgets(self) -> None:
        """``read_back_later``'s readers told, then let go (before the log forgets)."""
        readers = _LOG_READERS.get(id(self))
        if readers:
            told = readers[:]
            readers.clear()
            for ref in told:
                reader = ref()
                if reader is not None:
                    reader.log_forgets(self)

    def sort_key(self, event_id: str) -> int:
        """The event's place in date order as one integer (its first day, its rank in
        the day and its sequence: see the sort index above), which no other change of
        the timeline changes: what a list of some of the events in date order bisects.

        Raises:
            KeyError: No event has that id.
        """
        return self._keys[self.index_of(event_id)]

    def removed_key(self, event_id: str) -> int | None:
        """``sort_key`` of ``event_id`` when ``remove`` (or ``replace``) took it out, if
        it was the last event so taken out; else None."""
        last = self._last_removed
        return last[1] if last is not None and last[0] == event_id else None

    def ids(self) -> list[str]:
        """Every event's id, in date order (the list must not be modified): of a lazily
        loaded timeline, read from its store without making the events.  Worked out once,
        then kept through ``add``, ``remove`` and ``replace`` as ``categories`` is
        (``_follow_one``): what the Events list's rows under a filter are sifted by in
        C (reading each id through a Python call was ~1 s of every edit at 1 000 000
        events with a lane switched off; session 49, edit55)."""
        if self._ids is None:
            self._ids = event_ids(self._events)
        return self._ids

    def category_counts(self) -> dict[str, int]:
        """How many events each category (lane) holds, categories without events left
        out (the dict must not be modified): ``Counter(categories())`` as a dict, kept
        while the events are added and removed one at a time (``add``, ``remove``,
        ``replace``: one count moved), counted again after ``add_many`` or
        ``remove_many``.  What the legend's entries show (``ui.legend.Legend.refresh``)."""
        if self._category_counts is None:
            self._category_counts = dict(Counter(self.categories()))
        return self._category_counts

    def note_category_counts(self, counts: dict[str, int]) -> None:
        """Keep ``counts`` as ``category_counts()`` of the events as they are now,
        counted elsewhere (a file's lanes built off the GUI thread:
        ``ui.view_base.PreparedLanes.category_counts``), so that neither that nor
        ``era_ids`` passes over every event on the GUI thread.  ``counts`` must be what
        ``Counter(categories())`` gives (lanes without events left out); it is not
        modified here, and is followed through later changes as a count made here is."""
        self._category_counts = counts

    def replace(self, event: Event) -> Event:
        """Swap in an edited copy of an existing event (same id); returns the old one."""
        old = self.remove(event.id)
        self.add(event)
        return old
