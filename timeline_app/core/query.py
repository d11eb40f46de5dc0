"""Find and filter: which events match a search, and which a filter hides.

Qt-free.  The view, the event list and the status bar all ask the same two
questions — "which events match what the user typed?" and "which events do the
filters hide?" — and get the answers from here, as sets of event ids.

Searching is incremental and cheap at 100 000 events: every event's searchable
text (title, summary, participants, place, category, source sentences) is folded
to lower case without accents once, when the index is built or the event changes,
and each keystroke only tests substrings.  Typing one more character can only
narrow the matches, so then only the previous matches are tested again.
"""

from __future__ import annotations

import datetime as _dt
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import accumulate, compress, repeat
from operator import add, attrgetter, not_, or_
from typing import TypeVar

from .model import Event, Timeline

__all__ = [
    "NO_SOURCE", "EventFilter", "EventSearch", "Facets", "IdSet", "compress_matching",
    "facets", "fold", "haystack", "hidden_by", "ordered_ids", "step",
]

T = TypeVar("T")

#: Events without a source are filtered by this pseudo source id.
NO_SOURCE = ""


def fold(text: str) -> str:
    """Text folded for matching: ``casefold`` without accents ("Türkiye" → "turkiye").

    Accents are dropped by NFKD decomposition and removing combining marks (Unicode
    category ``Mn``).  ASCII text, the common case, skips the decomposition.
    """
    text = text.casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def haystack(event: Event) -> str:
    """Everything a search looks at for one event, folded, fields separated by newlines.

    The newline keeps a match from running across two fields ("Seoul" + "Tokyo"
    never matches "ultok"); queries never contain newlines (they are split on
    whitespace).
    """
    parts = [event.title, event.summary, *event.participants, event.location, event.category,
             *(evidence.sentence for evidence in event.evidence)]
    return fold("\n".join(p for p in parts if p))


class IdSet(AbstractSet[str]):
    """Every id of a universe except a few: a search result that matches most events.

    A search for "s" matches nearly all of 100 000 events; building a frozenset of
    them costs more than the search itself, so such a result is kept as "every
    indexed id except these".  Supports ``in``, ``len``, iteration and the read-only
    set operations (which return frozensets).  For testing many ids at once use
    ``compress_matching``, which runs at C speed.
    """

    __slots__ = ("_size", "excluded", "universe")

    def __init__(self, universe: Mapping[str, object], excluded: frozenset[str]) -> None:
        self.universe = universe
        self.excluded = excluded
        self._size = len(universe) - len(excluded)

    @classmethod
    def _from_iterable(cls, iterable: Iterable[str]) -> frozenset[str]:  # type: ignore[override]
        return frozenset(iterable)

    def __contains__(self, item: object) -> bool:
        return item in self.universe and item not in self.excluded

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[str]:
        excluded = self.excluded
        return (i for i in self.universe if i not in excluded)

    def __repr__(self) -> str:
        return f"IdSet({len(self)} ids)"


class EventSearch:
    """An incremental full-text search over a timeline's events.

    Build it once per timeline (``rebuild``) and keep it current with ``update`` and
    ``discard`` as events change; ``matches(text)`` then answers per keystroke.

    A query is split on whitespace; an event matches when every word occurs in its
    haystack (title, summary, participants, place, category, source sentences), in
    any case and with or without accents.

    Speed (see benchmarks/bench_find.py): a word of three letters or more that few
    events contain is found by one ``str.find`` pass over all haystacks joined; other
    words are tested with ``str.__contains__`` mapped over the haystacks in C, not in
    a Python loop; typing on only re-tests the previous matches; and the last
    ``CACHE_SIZE`` answers are kept, so deleting characters costs nothing.
    """

    CACHE_SIZE = 64

    def __init__(self, timeline: Iterable[Event] | None = None) -> None:
        self._ids: list[str] = []
        self._haystacks: list[str] = []
        self._position: dict[str, int] = {}
        # query words -> (ids, haystacks, result) of its matches, in recency order
        self._cache: dict[tuple[str, ...],
                          tuple[list[str], list[str], frozenset[str] | IdSet]] = {}
        self._last_query = ""
        # All haystacks joined by "\0" and where each starts (built on the first scan).
        self._joined: tuple[str, list[int]] | None = None
        if timeline is not None:
            self.rebuild(timeline)

    def rebuild(self, timeline: Iterable[Event]) -> None:
        """Index every event of ``timeline`` (about 0.3 s at 100 000 events)."""
        events = list(timeline)
        self._ids = [event.id for event in events]
        self._haystacks = [haystack(event) for event in events]
        self._position = {event_id: i for i, event_id in enumerate(self._ids)}
        self._forget()
        self._join()

    def update(self, event: Event) -> None:
        """Index a new or changed event."""
        position = self._position.get(event.id)
        if position is None:
            self._position[event.id] = len(self._ids)
            self._ids.append(event.id)
            self._haystacks.append(haystack(event))
        else:
            self._haystacks[position] = haystack(event)
        self._forget()

    def discard(self, event_id: str) -> None:
        """Forget a removed event (no error if it was not indexed)."""
        position = self._position.pop(event_id, None)
        if position is None:
            return
        last_id, last_text = self._ids.pop(), self._haystacks.pop()
        if position < len(self._ids):  # move the last entry into the hole
            self._ids[position], self._haystacks[position] = last_id, last_text
            self._position[last_id] = position
        self._forget()

    def __len__(self) -> int:
        return len(self._ids)

    def _forget(self) -> None:
        self._cache.clear()
        self._last_query = ""
        self._joined = None

    def _join(self) -> tuple[str, list[int]]:
        """The haystacks joined by "\0" and where each starts (rebuilt after a change)."""
        if self._joined is None:
            texts = self._haystacks
            # "\0" separates events; queries never contain it (see ``matches``).
            starts = list(map(add, accumulate(map(len, texts), initial=0), range(len(texts) + 1)))
            self._joined = ("\0".join(texts), starts)
        return self._joined

    def _scan_joined(self, word: str) -> list[int] | None:
        """Positions of the haystacks containing ``word``, found by one ``str.find`` pass
        over all of them joined, jumping to the next event after each hit — 2-5× faster
        than testing each haystack for a word few events contain.  ``None`` once more
        than 40% of the events match: then testing each haystack is cheaper.
        """
        joined, starts = self._join()
        find = joined.find
        # Measured at 100 000 events: the pass wins up to about half the events matching
        # (28% match "minister": 1.5x faster); stop at 40% to keep a margin.
        limit = len(self._ids) * 2 // 5
        found: list[int] = []
        position = find(word)
        while position >= 0:
            index = bisect_right(starts, position) - 1
            found.append(index)
            if len(found) > limit:
                return None
            position = find(word, starts[index + 1])
        return found

    def clear_cache(self) -> None:
        """Forget earlier answers (they stay correct; benchmarks use this to time cold queries)."""
        self._cache.clear()
        self._last_query = ""

    def matches(self, text: str) -> frozenset[str] | IdSet | None:
        """Ids of the events matching ``text``, or ``None`` when ``text`` is blank (no search).

        When ``text`` extends the previous query (the user typed on), only the previous
        matches are tested: an event that lacks "seo" also lacks "seou".  The result
        stays valid until the index changes (``update``, ``discard``, ``rebuild``).
        """
        query = fold(text).replace("\0", " ")  # "\0" separates events in the joined text
        words = tuple(query.split())
        if not words:
            self._last_query = ""
            return None
        cached = self._cache.pop(words, None)
        if cached is None:
            ids, texts = self._ids, self._haystacks
            # Ids known not to match, while the result is kept as a complement (None: not).
            excluded: frozenset[str] | None = frozenset()
            narrowed_from: AbstractSet[str] | None = None
            previous = self._cache.get(tuple(self._last_query.split()))
            if previous is not None and self._last_query and query.startswith(self._last_query):
                ids, texts, narrowed_from = previous
                excluded = previous[2].excluded if isinstance(previous[2], IdSet) else None
            steps: list[tuple[list[str], list[bool]]] = []  # (candidates, hits) per word
            # Longest word first: it usually leaves the fewest candidates for the others.
            for n, word in enumerate(sorted(set(words), key=len, reverse=True)):
                # Many candidates left and a word of three letters or more: one pass over
                # the joined text, if few events contain the word, beats testing each.
                if n == 0 and len(word) >= 3 and len(ids) * 5 > len(self._ids) * 2:
                    found = self._scan_joined(word)
                    if found is not None:
                        all_ids = self._ids
                        if narrowed_from is not None:  # still within the previous matches
                            found = list(compress_matching(
                                found, map(all_ids.__getitem__, found), narrowed_from))
                        ids = list(map(all_ids.__getitem__, found))
                        texts = list(map(self._haystacks.__getitem__, found))
                        excluded = None  # under half match: keep the members
                        continue
                hits = list(map(str.__contains__, texts, repeat(word)))
                if all(hits):
                    continue
                steps.append((ids, hits))
                ids = list(compress(ids, hits))
                texts = list(compress(texts, hits))
            if excluded is not None and len(ids) * 2 > len(self._ids):
                # Most events match: keep the few that do not (a frozenset of 100 000
                # ids costs more than the search).
                dropped = excluded.union(*(compress(candidates, map(not_, hits))
                                           for candidates, hits in steps))
                result: frozenset[str] | IdSet = IdSet(self._position, dropped)
            else:
                result = frozenset(ids)
            cached = (ids, texts, result)
            if len(self._cache) >= self.CACHE_SIZE:
                del self._cache[next(iter(self._cache))]  # the oldest
        self._cache[words] = cached  # (re)inserted last: the most recent
        self._last_query = query
        return cached[2]


@dataclass(frozen=True)
class EventFilter:
    """What the filters let through; the default lets everything through.

    Each criterion is ignored while it is empty (``None`` for the dates).  An event is
    shown when it passes every criterion that is set.

    Attributes:
        hidden_categories: Categories (lanes) switched off, e.g. in the legend.
        participants: Show events with at least one of these participants.
        places: Show events at one of these places (``Event.location``).
        sources: Show events read from one of these source ids (``NO_SOURCE``, the
            empty string, stands for events without a source).
        first_day: Show events that end on or after this day.
        last_day: Show events that start on or before this day (inclusive).
    """

    hidden_categories: frozenset[str] = field(default_factory=frozenset)
    participants: frozenset[str] = field(default_factory=frozenset)
    places: frozenset[str] = field(default_factory=frozenset)
    sources: frozenset[str] = field(default_factory=frozenset)
    first_day: _dt.date | None = None
    last_day: _dt.date | None = None

    @property
    def is_active(self) -> bool:
        """True if the filter hides anything at all (of some timeline)."""
        return bool(self.hidden_categories or self.participants or self.places or self.sources
                    or self.first_day is not None or self.last_day is not None)

    def accepts(self, event: Event) -> bool:
        """Whether ``event`` passes every criterion that is set."""
        if event.category in self.hidden_categories:
            return False
        if self.participants and not self.participants.intersection(event.participants):
            return False
        if self.places and event.location not in self.places:
            return False
        if self.sources and (event.source_id or NO_SOURCE) not in self.sources:
            return False
        if self.first_day is not None and event.end_day <= self.first_day:
            return False
        return self.last_day is None or event.start_day <= self.last_day

    def describe(self) -> str:
        """The filter in words for the status bar, e.g. "2 categories hidden, place"."""
        parts = []
        if self.hidden_categories:
            n = len(self.hidden_categories)
            parts.append(f"{n} categor{'ies' if n != 1 else 'y'} hidden")
        if self.participants:
            parts.append("participants")
        if self.places:
            parts.append("places")
        if self.sources:
            parts.append("source")
        if self.first_day is not None or self.last_day is not None:
            parts.append("dates")
        return ", ".join(parts)


def hidden_by(timeline: Iterable[Event], event_filter: EventFilter) -> frozenset[str]:
    """Ids of the events ``event_filter`` hides (empty when the filter is inactive).

    Same answer as testing ``accepts`` on each event, but each criterion is a
    C-level ``map`` over one attribute of all events, combined into one mask (about
    10× faster at 100 000 events than a Python loop).
    """
    if not event_filter.is_active:
        return frozenset()
    events = list(timeline)
    f = event_filter
    masks: list[Iterable[bool]] = []  # True: hidden by that criterion
    if f.hidden_categories:
        masks.append(map(f.hidden_categories.__contains__, map(attrgetter("category"), events)))
    if f.participants:
        masks.append(map(f.participants.isdisjoint, map(attrgetter("participants"), events)))
    if f.places:
        masks.append(map(not_, map(f.places.__contains__, map(attrgetter("location"), events))))
    if f.sources:
        # an event without a source has source_id None: NO_SOURCE stands for it
        sources = f.sources | {None} if NO_SOURCE in f.sources else f.sources
        masks.append(map(not_, map(sources.__contains__, map(attrgetter("source_id"), events))))
    if f.first_day is not None:  # hidden if it ends (exclusive) on or before the first day
        masks.append(map(f.first_day.__ge__, map(attrgetter("end_day"), events)))
    if f.last_day is not None:  # hidden if it starts after the last day
        masks.append(map(f.last_day.__lt__, map(attrgetter("start_day"), events)))
    hidden: Iterable[bool] = masks[0]
    for mask in masks[1:]:
        hidden = map(or_, hidden, mask)
    return frozenset(compress(map(attrgetter("id"), events), hidden))


@dataclass(frozen=True)
class Facets:
    """The values a filter panel offers, each with how many events have it, most first."""

    categories: list[tuple[str, int]]
    participants: list[tuple[str, int]]
    places: list[tuple[str, int]]
    sources: list[tuple[str, int]]  # source id (``NO_SOURCE`` for none) and count


def facets(timeline: Iterable[Event]) -> Facets:
    """Count the categories, participants, places and sources of the events."""
    categories: Counter[str] = Counter()
    participants: Counter[str] = Counter()
    places: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    for event in timeline:
        categories[event.category] += 1
        participants.update(set(event.participants))
        if event.location:
            places[event.location] += 1
        sources[event.source_id or NO_SOURCE] += 1

    def ordered(counter: Counter[str]) -> list[tuple[str, int]]:
        return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0].casefold()))

    return Facets(ordered(categories), ordered(participants), ordered(places), ordered(sources))


def compress_matching(values: Iterable[T], ids: Iterable[str],
                      matches: AbstractSet[str]) -> Iterator[T]:
    """The ``values`` whose id (``ids`` runs beside them) is in ``matches``.

    Runs at C speed for frozensets, sets and ``IdSet`` (whose Python ``__contains__``
    would cost a function call per id): about 5 ms for 100 000 ids.
    """
    if isinstance(matches, IdSet):
        return compress(values, map(not_, map(matches.excluded.__contains__, ids)))
    return compress(values, map(matches.__contains__, ids))


def ordered_ids(timeline: Timeline, ids: AbstractSet[str]) -> list[str]:
    """The given event ids in date order (the timeline's order), skipping unknown ids."""
    if len(ids) * 20 < len(timeline):  # a few: sort by date position
        known = [i for i in ids if i in timeline]
        return sorted(known, key=timeline.index_of)
    events = timeline.events
    return list(compress_matching(map(attrgetter("id"), events),
                                  map(attrgetter("id"), events), ids))


def step(timeline: Timeline, current: str, delta: int,
         allowed: AbstractSet[str] | None = None,
         hidden: AbstractSet[str] = frozenset()) -> str | None:
    """The next (``delta`` > 0) or previous event after ``current`` in date order.

    Only events in ``allowed`` (all when ``None``) and not in ``hidden`` count.  With no
    current event (or an unknown one) the first or the last such event is returned.
    Wraps around at the ends when ``allowed`` is given (stepping through matches),
    stops at the end otherwise (stepping through the timeline).  ``None`` if there
    is no such event.
    """
    events = timeline.events
    n = len(events)
    if not n:
        return None
    forward = delta > 0

    def ok(event: Event) -> bool:
        return (allowed is None or event.id in allowed) and event.id not in hidden

    if current and current in timeline:
        start = timeline.index_of(current)
        order = range(start + 1, n) if forward else range(start - 1, -1, -1)
        for i in order:
            if ok(events[i]):
                return events[i].id
        if allowed is None:
            return None
        order = range(0, start) if forward else range(n - 1, start, -1)
    else:
        order = range(n) if forward else range(n - 1, -1, -1)
    for i in order:
        if ok(events[i]):
            return events[i].id
    return None
