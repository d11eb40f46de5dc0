"""A timeline's facts (participants, places, sources, categories, statuses) as columns of
small integer codes, for filters and counts over every event without a Python call an
event (issue 11: a participant ticked at 1 000 000 events tested every event's people,
~0.3 s, and the Filters dock counted them again, ~0.2-0.5 s; session 59, scale62).

Qt-free.  A column of ``n`` values is coded once (``CodedColumn``): its distinct values in
first-seen order and one ``int32`` code an event.  A criterion that depends on the value
alone (a person among the ticked, a place, a lane switched off) is then asked once per
distinct value, and the answer spread to the events by indexing with the codes (numpy,
a few ms at 1 000 000 events); a count of the events shown by value is one ``bincount``.
The columns of a timeline are kept while its ``revision`` stays (``coded_facts``).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

if TYPE_CHECKING:  # numpy is imported when a column is first coded (start-up time)
    import numpy as np
    import numpy.typing as npt

    from .model import Timeline

__all__ = ["CodedColumn", "CodedFacts", "Coding", "NameEntries", "coded_facts", "follow_array"]

V = TypeVar("V", bound=Hashable)


class CodedColumn(Generic[V]):
    """One value an event (in the timeline's date order) as codes (``Coding`` makes it).

    Attributes:
        values: The distinct values, in the order first met (do not modify).
        codes: ``int32`` numpy array, one entry per event: the index into ``values``.
    """

    __slots__ = ("_name_index", "_names", "_position", "codes", "values")

    def __init__(self, values: list[V], codes: npt.NDArray[np.int32],
                 position: dict[V, int] | None = None) -> None:
        self.values = values
        self.codes = codes
        #: Each value's code (``values``' index), for ``follow``; made when first needed.
        self._position = position
        #: For a column of name tuples: (names, then per (distinct tuple, name in it
        #: once) entry its name's index and its tuple's index), ``NameEntries``' answer.
        self._names: tuple[list[str], npt.NDArray[np.int64], npt.NDArray[np.int64]] | None = None
        self._name_index: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self.codes)

    def _code_of(self, value: V) -> int:
        """``value``'s code, a new one (``values`` and the names listed grow) if it has
        none."""
        import numpy as np

        position = self._position
        if position is None:
            position = self._position = {v: code for code, v in enumerate(self.values)}
        code = position.get(value)
        if code is not None:
            return code
        code = position[value] = len(self.values)
        self.values.append(value)
        if self._names is not None:  # (a tuple of names: its names listed too)
            names, entry_name, entry_value = self._names
            if self._name_index is None:
                self._name_index = {name: at for at, name in enumerate(names)}
            index = self._name_index
            listed = []
            for name in dict.fromkeys(cast("tuple[str, ...]", value)):
                at = index.get(name)
                if at is None:
                    at = index[name] = len(names)
                    names.append(name)
                listed.append(at)
            self._names = (names,
                           np.concatenate([entry_name, np.array(listed, dtype=np.int64)]),
                           np.concatenate([entry_value,
                                           np.full(len(listed), code, dtype=np.int64)]))
        return code

    def follow(self, changes: Sequence[tuple[int, bool, object]],
               value_of: Callable[[Any], V]) -> None:
        """Follow ``Timeline.changes_since``' ``changes`` (index, added, event), each
        added event's value ``value_of(event)``: the codes become those a coding of the
        column as it is now would give, but for the codes' numbering (values no event
        holds any more stay listed, new ones are numbered after the rest; every answer
        of the column is the same).  An edit (a removal then an addition) moves the codes
        between its two places in place; a lone addition or removal makes a new array
        (C-level copies, ~1 ms at 1 000 000 events; session 60, scale63)."""
        code_of = self._code_of
        self.codes = follow_array(self.codes, changes, lambda event: code_of(value_of(event)))

    def where(self, test: Callable[[V], object]) -> npt.NDArray[np.bool_]:
        """The events (a ``bool`` array, date order) whose value passes ``test``, which is
        asked once per distinct value."""
        return self.where_values(map(test, self.values))

    def where_values(self, answers: Iterable[object]) -> npt.NDArray[np.bool_]:
        """The events whose value's answer (one an entry of ``values``, in its order) is
        true, as a ``bool`` array in date order."""
        import numpy as np

        table = np.fromiter(map(bool, answers), dtype=np.bool_, count=len(self.values))
        return table[self.codes]

    def counts(self, picked: npt.NDArray[np.bool_] | None = None) -> dict[V, int]:
        """How many events (of those ``picked``, a ``bool`` array in date order; all
        without it) hold each value; values held by none left out."""
        import numpy as np

        codes = self.codes if picked is None else self.codes[picked]
        counted = np.bincount(codes, minlength=len(self.values)).tolist()
        return {value: n for value, n in zip(self.values, counted, strict=True) if n}

    def naming_none_of(self, wanted: AbstractSet[str]) -> npt.NDArray[np.bool_]:
        """For a column of name tuples whose names were listed (``NameEntries``): the
        events (a ``bool`` array, date order) that name none of ``wanted``, as
        ``wanted.isdisjoint(people)`` an event: the wanted names' entries found with
        numpy, not a test of each distinct tuple (~0.5 M of them at 1 000 000 synthetic
        events; session 59, scale62)."""
        import numpy as np

        assert self._names is not None, "the names not listed (NameEntries)"
        names, entry_name, entry_value = self._names
        if self._name_index is None:
            self._name_index = {name: code for code, name in enumerate(names)}
        index = self._name_index
        codes = [index[name] for name in wanted if name in index]
        table = np.ones(len(self.values), dtype=np.bool_)
        if codes:
            table[entry_value[np.isin(entry_name, codes)]] = False
        return table[self.codes]

    def name_counts(self, picked: npt.NDArray[np.bool_] | None = None) -> dict[str, int]:
        """For a column of name tuples (participants) whose names were listed
        (``NameEntries``): how many events (of those ``picked``; all without it) name
        each name, an event naming one twice counted once, as
        ``Counter(chain.from_iterable(map(set, people)))``; names of no such event left
        out."""
        import numpy as np

        assert self._names is not None, "the names not listed (NameEntries)"
        names, entry_name, entry_value = self._names
        codes = self.codes if picked is None else self.codes[picked]
        by_value = np.bincount(codes, minlength=len(self.values))
        counted = np.bincount(entry_name, weights=by_value[entry_value],
                              minlength=len(names)).astype(np.int64).tolist()
        return {name: n for name, n in zip(names, counted, strict=True) if n}


def follow_array(array: npt.NDArray[Any], changes: Sequence[tuple[int, bool, Any]],
                 entry_of: Callable[[Any], object]) -> npt.NDArray[Any]:
    """``array`` (one entry an event in date order, as it was before ``changes``:
    ``Timeline.changes_since``' (index, added, event), oldest first) changed as the
    events were: an entry removed at a removal's index, ``entry_of(event)`` put in at an
    addition's.  An edit (a removal, then an addition) moves the entries between its two
    places in ``array`` itself, which is returned; a lone addition or removal makes a new
    array (C-level copies, ~1 ms at 1 000 000 events; session 60, scale63).
    ``entry_of`` is called once an addition, in order."""
    import numpy as np

    at = 0
    while at < len(changes):
        index, added, event = changes[at]
        if not added and at + 1 < len(changes) and changes[at + 1][1]:
            to, _, new = changes[at + 1]  # (``to`` counted without the removed one)
            entry = entry_of(new)
            if to > index:
                array[index:to] = array[index + 1:to + 1]
            elif to < index:
                array[to + 1:index + 1] = array[to:index]
            array[to] = entry
            at += 2
            continue
        if added:
            array = np.insert(array, index, cast("Any", entry_of(event)))
        else:
            array = np.delete(array, index)
        at += 1
    return array


class Coding(Generic[V]):
    """A column being coded in steps (``step``), then ``column``: a ``CodedColumn``."""

    def __init__(self, column: Sequence[V]) -> None:
        self._column = column
        self._position: dict[V, int] = {}
        self._parts: list[npt.NDArray[np.int32]] = []
        self._done = 0
        self.column: CodedColumn[V] | None = None

    def step(self, count: int) -> bool:
        """Code up to ``count`` more values; True once all are (``column`` is set)."""
        import numpy as np

        chunk = self._column[self._done:self._done + count]
        position = self._position
        for value in dict.fromkeys(chunk):  # (the new ones numbered as first met)
            position.setdefault(value, len(position))
        self._parts.append(np.fromiter(map(position.__getitem__, chunk), dtype=np.int32,
                                       count=len(chunk)))
        self._done += len(chunk)
        if self._done < len(self._column):
            return False
        codes = (np.concatenate(self._parts) if self._parts
                 else np.zeros(0, dtype=np.int32))
        self.column = CodedColumn(list(position), codes, position)
        self._position, self._parts = {}, []
        return True


class NameEntries:
    """A coded column of name tuples' names listed in steps (``step``), each distinct
    tuple's names once, for ``CodedColumn.name_counts``: numpy passes, not a Python loop
    a name (session 59, scale62)."""

    def __init__(self, column: CodedColumn[tuple[str, ...]]) -> None:
        self._column = column
        self._position: dict[str, int] = {}
        self._keys: list[npt.NDArray[np.int64]] = []
        self._done = 0

    def step(self, count: int) -> bool:
        """List the names of up to ``count`` more distinct tuples; True once all are."""
        import numpy as np

        values = self._column.values
        first = self._done
        chunk = values[first:first + count]
        flat = list(chain.from_iterable(chunk))
        position = self._position
        for name in dict.fromkeys(flat):
            position.setdefault(name, len(position))
        names = np.fromiter(map(position.__getitem__, flat), dtype=np.int64, count=len(flat))
        lengths = np.fromiter(map(len, chunk), dtype=np.int64, count=len(chunk))
        owners = np.repeat(np.arange(first, first + len(chunk), dtype=np.int64), lengths)
        # (an event naming one twice counts once: each (tuple, name) pair kept once)
        self._keys.append(np.unique((owners << 32) | names))
        self._done += len(chunk)
        if self._done < len(values):
            return False
        keys = np.concatenate(self._keys) if self._keys else np.zeros(0, dtype=np.int64)
        self._column._names = (list(position), keys & 0xFFFFFFFF, keys >> 32)
        self._position, self._keys = {}, []
        return True


#: Values coded a ``warm`` step: ~10-30 ms of CPU at 1 000 000 events (session 59).
WARM_STEP = 20_000


#: The coded columns a window codes in its idle time (``CodedFacts.warm``), in order.
WARM_COLUMNS = ("categories", "people", "places", "sources")


class CodedFacts:
    """A timeline's coded columns (``coded_facts``): coded in steps in the window's idle
    time (``warm``), or all at once when asked (``column``)."""

    def __init__(self, timeline: Timeline) -> None:
        self._timeline = weakref.ref(timeline)
        self._columns: dict[str, CodedColumn[Any]] = {}
        self._coding: tuple[str, Coding[Any] | NameEntries] | None = None
        self._names_listed = False

    def _read(self, name: str) -> Sequence[Any]:
        from .query import event_facts, event_statuses

        timeline = self._timeline()
        assert timeline is not None, "coded facts of a timeline gone"
        if name == "categories":
            return timeline.categories()
        if name == "statuses":
            return event_statuses(timeline)
        return event_facts(timeline)[("people", "places", "sources").index(name)]

    @property
    def ready(self) -> bool:
        """Whether the columns ``warm`` codes are all coded (and the people's names
        listed): what a filter's change and the counts then read."""
        return self._names_listed and all(name in self._columns for name in WARM_COLUMNS)

    def column(self, name: str) -> CodedColumn[Any]:
        """The coded column ``name`` (``WARM_COLUMNS`` or ``"statuses"``), coded now if it
        is not yet."""
        column = self._columns.get(name)
        if column is None:
            coding: Coding[Any] = Coding(self._read(name))
            coding.step(len(coding._column))
            assert coding.column is not None
            column = self._columns[name] = coding.column
            if self._coding is not None and self._coding[0] == name:
                self._coding = None
        return column

    def warm(self, count: int = WARM_STEP) -> bool:
        """Code up to ``count`` more values (of the first column of ``WARM_COLUMNS`` not
        coded yet, then the people's names); True once all are (``ready``)."""
        if self.ready:
            return True
        if self._coding is None:
            todo = [name for name in WARM_COLUMNS if name not in self._columns]
            if todo:
                self._coding = (todo[0], Coding(self._read(todo[0])))
            else:
                self._coding = ("names", NameEntries(self._columns["people"]))
        name, coding = self._coding
        if coding.step(count):
            self._coding = None
            if isinstance(coding, NameEntries):
                self._names_listed = True
            else:
                assert coding.column is not None
                self._columns[name] = coding.column
        return self.ready

    def follow(self, changes: Sequence[tuple[int, bool, Any]]) -> None:
        """Follow the timeline's changes of one event at a time (``Timeline.changes_since``)
        in every coded column, instead of coding them all again (~1.2 s of CPU at
        1 000 000 events after each edit, and a filter's change at the old speed until
        then; session 60, scale63).  A column being coded starts again."""
        self._coding = None  # (it read the column as it was)
        for name, column in self._columns.items():
            column.follow(changes, _VALUE_OF[name])

    def warm_all(self) -> None:
        """Code every column ``warm`` codes now (tests, benchmarks)."""
        while not self.warm(1 << 30):
            pass

    @property
    def people(self) -> CodedColumn[tuple[str, ...]]:
        """Each event's participants (a tuple, as the event holds them)."""
        return self.column("people")

    @property
    def places(self) -> CodedColumn[str]:
        """Each event's location (``""`` for none)."""
        return self.column("places")

    @property
    def sources(self) -> CodedColumn[str | None]:
        """Each event's source id (``None`` for none)."""
        return self.column("sources")

    @property
    def categories(self) -> CodedColumn[str]:
        """Each event's category (``Timeline.categories``)."""
        return self.column("categories")

    @property
    def statuses(self) -> CodedColumn[str]:
        """Each event's status (``""``: not assessed), coded when first asked."""
        return self.column("statuses")


#: Each coded column's value of an event (``query.event_facts``' and ``event_statuses``').
_VALUE_OF: dict[str, Callable[[Any], Any]] = {
    "categories": attrgetter("category"), "people": attrgetter("participants"),
    "places": attrgetter("location"), "sources": attrgetter("source_id"),
    "statuses": attrgetter("status")}


def coded_facts(timeline: Timeline) -> CodedFacts:
    """The coded columns of ``timeline`` as it is now: kept while its ``revision`` stays,
    following its changes of one event at a time (``CodedFacts.follow``; after any other
    change they are coded again when next asked), dropped with the timeline."""
    key = id(timeline)
    kept = _KEPT.get(key)
    if kept is not None and kept[1]._timeline() is timeline:
        if kept[0] == timeline.revision and kept[2] == len(timeline):
            return kept[1]
        changes = timeline.changes_since(kept[0])
        if changes is not None and kept[2] + sum(
                1 if added else -1 for _, added, _ in changes) == len(timeline):
            kept[1].follow(changes)
            _KEPT[key] = (timeline.revision, kept[1], len(timeline))
            return kept[1]
    if kept is None:
        weakref.finalize(timeline, _KEPT.pop, key, None)
    facts = CodedFacts(timeline)
    _KEPT[key] = (timeline.revision, facts, len(timeline))
    return facts


#: ``coded_facts`` of each timeline by ``id`` (a ``Timeline`` is not hashable), with the
#: ``revision`` and length they were coded at.
_KEPT: dict[int, tuple[int, CodedFacts, int]] = {}
