"""The timeline model: events, the articles they come from, and the timeline itself.

Plain, Qt-free Python.  Events are immutable values; a change replaces an event
with an edited copy (``dataclasses.replace``), which keeps undo commands trivial.
The ``Timeline`` keeps its events sorted by date so that views can find the
visible slice by bisection.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from .dates import DATE_MAX_DAY, DATE_MIN_DAY, FuzzyDate

__all__ = ["Event", "Evidence", "Source", "Timeline", "new_event_id"]


def new_event_id() -> str:
    import uuid  # here, not at the top: it slows the app's start-up for a rare call

    return uuid.uuid4().hex[:12]


@dataclass(frozen=True)
class Evidence:
    """A sentence of a source that supports an event.

    Offsets are character offsets into the source's text; ``date_start``/``date_end``
    mark the date expression the event's date was derived from, if any.
    """

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


@dataclass(frozen=True)
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

    id: str
    title: str = ""
    outlet: str = ""
    dateline_place: str = ""
    dateline_date: _dt.date | None = None
    date_basis: str = ""
    text: str = ""
    url: str = ""


@dataclass(frozen=True)
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
    """

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

    def sort_key(self) -> tuple[int, int]:
        """Date order: first day, then finer dates first (ties keep the timeline's order)."""
        return self.date.sort_key()

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


@dataclass
class Timeline:
    """An ordered collection of events with their sources.

    Events are kept sorted by ``Event.sort_key``; events of the same date keep the
    order they were given in (a file's order, then order of addition), so that a
    trilateral meeting reported before a bilateral one on the same day stays first
    after a save and a reload.  ``events`` is that sorted list and must not be
    mutated directly — use ``add``, ``replace`` and ``remove``.
    """

    title: str = "Untitled timeline"
    description: str = ""
    sources: dict[str, Source] = field(default_factory=dict)
    _events: list[Event] = field(default_factory=list, repr=False)
    _keys: list[tuple[int, int, int]] = field(default_factory=list, repr=False)
    _by_id: dict[str, Event] = field(default_factory=dict, repr=False)
    _sequence: dict[str, int] = field(default_factory=dict, repr=False)
    _next_sequence: int = field(default=0, repr=False)

    @classmethod
    def from_events(
        cls,
        events: list[Event],
        title: str = "Untitled timeline",
        description: str = "",
        sources: dict[str, Source] | None = None,
    ) -> Timeline:
        timeline = cls(title=title, description=description, sources=dict(sources or {}))
        ids = [e.id for e in events]
        if len(set(ids)) != len(ids):
            raise ValueError("event ids must be unique")
        timeline._sequence = {event_id: n for n, event_id in enumerate(ids)}
        timeline._next_sequence = len(ids)
        # Keys are unique (the sequence breaks ties), so sorting the pairs never compares events.
        keyed = sorted((timeline._key(e), e) for e in events)
        timeline._keys = [key for key, _ in keyed]
        timeline._events = [event for _, event in keyed]
        timeline._by_id = {e.id: e for e in timeline._events}
        return timeline

    def _key(self, event: Event) -> tuple[int, int, int]:
        return (*event.sort_key(), self._sequence[event.id])

    # -- reading ------------------------------------------------------------------------
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
        return self._by_id[event_id]

    def index_of(self, event_id: str) -> int:
        """Position of the event in date order."""
        event = self._by_id[event_id]
        return bisect.bisect_left(self._keys, self._key(event))

    def day_range(self) -> tuple[int, int] | None:
        """First day number and exclusive end covered by any event, or ``None`` if empty."""
        if not self._events:
            return None
        first = self._keys[0][0]
        last = max(e.day_range()[1] for e in self._events)
        return first, last

    def date_range(self) -> tuple[_dt.date, _dt.date] | None:
        """``day_range()`` as ``datetime.date`` values clamped to AD 1-9999 (for old callers)."""
        days = self.day_range()
        return None if days is None else (_clamped_date(days[0]), _clamped_date(days[1]))

    def events_starting_in(self, first: int, last: int) -> list[Event]:
        """Events whose first day number lies in ``[first, last)``, by bisection."""
        lo = bisect.bisect_left(self._keys, (first, -1, -1))
        hi = bisect.bisect_left(self._keys, (last, -1, -1))
        return self._events[lo:hi]

    def events_starting_between(self, first: _dt.date, last: _dt.date) -> list[Event]:
        """Events whose start lies in ``[first, last)`` (``datetime.date``, so AD only)."""
        return self.events_starting_in(first.toordinal(), last.toordinal())

    # -- changing (the Document calls these through undo commands) --------------------
    def add(self, event: Event) -> int:
        """Insert an event in date order and return its index."""
        if event.id in self._by_id:
            raise ValueError(f"duplicate event id {event.id!r}")
        if event.id not in self._sequence:  # a re-added event (undo) keeps its place
            self._sequence[event.id] = self._next_sequence
            self._next_sequence += 1
        key = self._key(event)
        index = bisect.bisect_left(self._keys, key)
        self._keys.insert(index, key)
        self._events.insert(index, event)
        self._by_id[event.id] = event
        return index

    def remove(self, event_id: str) -> Event:
        index = self.index_of(event_id)
        event = self._events.pop(index)
        del self._keys[index]
        del self._by_id[event_id]  # the sequence number stays, for undo
        return event

    def replace(self, event: Event) -> Event:
        """Swap in an edited copy of an existing event (same id); returns the old one."""
        old = self.remove(event.id)
        self.add(event)
        return old
