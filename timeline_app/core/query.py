"""Find and filter: which events match a search, and which a filter hides.

Qt-free.  The view, the event list and the status bar all ask the same two
questions — "which events match what the user typed?" and "which events do the
filters hide?" — and get the answers from here, as sets of event ids.

Searching is incremental and cheap at 100 000 events: every event's searchable
text (title, summary, participants, place, category, source sentences) is folded
to lower case without accents once, when the index is built or the event changes,
with one bit per event for each pair of adjacent letters it contains; a keystroke
combines a few rows of those bits (numpy) and tests substrings only in the events
that have every pair of the word.  Typing one more character can only narrow the
matches, so then only the previous matches are candidates.
"""

from __future__ import annotations

import datetime as _dt
import unicodedata
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, compress, repeat
from operator import and_, attrgetter, itemgetter, methodcaller, not_, or_
from typing import TYPE_CHECKING, TypeVar, cast

if TYPE_CHECKING:  # numpy is imported when a search index is first built (start-up time)
    import numpy as np
    import numpy.typing as npt

from .coded import coded_facts
from .dates import DATE_MAX_DAY
from .kept import made_to_keep
from .model import SEQUENCE_BITS, Event, LazyEvents, Timeline, date_sort_number
from .plans import is_plan_title
from .sourced import SourcedEvidence, cited_sources

__all__ = [
    "NO_SOURCE",
    "EventFilter",
    "EventSearch",
    "Facets",
    "HiddenIds",
    "Matches",
    "compress_matching",
    "event_facts",
    "event_statuses",
    "facet_changes",
    "facets",
    "fold",
    "found_in",
    "found_spans",
    "haystack",
    "hidden_after",
    "hidden_by",
    "hidden_flags",
    "hidden_mask",
    "id_set",
    "ordered_counts",
    "ordered_ids",
    "shown_items",
    "statuses_in_order",
    "step",
]

T = TypeVar("T")

#: Events without a source are filtered by this pseudo source id.
NO_SOURCE = ""


#: Letters that NFKD leaves whole (they are letters of their own, not a letter with a mark),
#: as they are written without them on an English or German keyboard: "Łódź" → "lodz",
#: "Đỗ" → "do", "Øresund" → "oresund", "Kırıkkale" → "kirikkale" (verify37 F5: Find
#: "Lodz" and "Lukasz" found nothing).  Lower case only: ``fold`` casefolds first.
_LETTERS = {"ł": "l", "đ": "d", "ð": "d", "ø": "o", "ı": "i", "æ": "ae", "œ": "oe",
            "þ": "th", "ħ": "h", "ŧ": "t",
            # The glottal stop of Polynesian names (the ʻokina, and the apostrophe-like
            # letter some write for it) is left out, as an English keyboard writes
            # "Nukualofa", "Mataafa"; curly apostrophes are the keyboard's "'" (verify59
            # F28: Find "Fiame Mataafa" found no "Fiamē Naomi Mataʻafa")
            "\u02bb": "", "\u02bc": "", "\u2018": "'", "\u2019": "'"}


def fold(text: str) -> str:
    """Text folded for matching: ``casefold`` without accents ("Türkiye" → "turkiye").

    Accents are dropped by NFKD decomposition and removing combining marks (Unicode
    category ``Mn``); the letters NFKD keeps whole are written as on a Latin keyboard
    (``_LETTERS``: "Łódź" → "lodz", "Æ" → "ae").  ASCII text, the common case, skips the
    decomposition.
    """
    text = text.casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    # one C-level pass: the marks among this text's distinct characters, then translate
    # (a Python test per character cost ~10 s of an index build at 1 000 000 events)
    chars = set(decomposed)
    table: dict[int, str | None] = dict.fromkeys(
        [ord(c) for c in chars if unicodedata.category(c) == "Mn"])
    for letter in chars.intersection(_LETTERS):
        table[ord(letter)] = _LETTERS[letter]
    return decomposed.translate(table) if table else decomposed


def haystack(event: Event) -> str:
    """Everything a search looks at for one event, folded, fields separated by newlines.

    The newline keeps a match from running across two fields ("Seoul" + "Tokyo"
    never matches "ultok"); queries never contain newlines (they are split on
    whitespace).
    """
    return fold(_raw_haystack(event))


def _raw_haystack(event: Event) -> str:
    """``haystack`` before folding."""
    return "\n".join(filter(None, (
        event.title, event.summary, *event.participants, event.location, event.category,
        *[evidence.sentence for evidence in event.evidence])))


def _query_words(text: str) -> list[str]:
    """The folded words of a search, as ``EventSearch.matches`` splits them."""
    return fold(text).replace("\0", " ").split()


#: A word of a search this short (characters) is shown as found, beside a longer word of
#: it, only where it is a whole word of the text next to another word of the search
#: (``_found_in_folded``): "a" and "in" of "talks in a decade" shaded every "a" of "Iran
#: and France, Takeshi Iwaya" in the details, and Details said the search matched in the
#: lane ("st[a]tement") and the participants (session 31); "Wang Yi in Tokyo" still shaded
#: every "in" and the "in" of "included" (verify63 F13).
#: Alone (the first letters typed), it is shown wherever found, as the search finds it.
SHORT_WORD = 2


def _shown_words(text: str) -> list[tuple[str, bool]]:
    """The folded words of a search (``_query_words``), each with whether it is shown as
    found anywhere in a word (else as a whole word beside another word of the search
    only: ``SHORT_WORD``)."""
    words = _query_words(text)
    alone = max(map(len, words), default=0) <= SHORT_WORD
    return [(word, alone or len(word) > SHORT_WORD) for word in words]


def _found_in_folded(folded: str, words: list[tuple[str, bool]]) -> list[tuple[int, int]]:
    """The spans ``[start, end)`` of ``folded`` (folded text) that ``found_spans`` shades,
    in ``folded``'s own positions, in order: each word shown anywhere (``_shown_words``)
    where it is; each short one only as a whole word that only spaces part from another
    span (the phrase "Wang Yi in Tokyo": its "in", not the other "in"s of the text nor the
    start of "included"); spans that overlap or that only spaces part are one (the phrase
    shaded as one, verify63 F13)."""
    found: list[tuple[int, int]] = []
    short: list[tuple[int, int]] = []
    size = len(folded)
    for word, anywhere in set(words):
        start = folded.find(word)
        while start >= 0:
            end = start + len(word)
            if anywhere:
                found.append((start, end))
            elif (start == 0 or not folded[start - 1].isalnum()) and (
                    end == size or not folded[end].isalnum()):
                short.append((start, end))
            start = folded.find(word, start + 1)
    if short and found:
        # (a short word joins the spans beside it, and through it the next short one)
        short.sort()
        added = True
        while added and short:
            ends = {end for _, end in found}
            starts = {start for start, _ in found}
            kept = [(a, b) for a, b in short
                    if any((folded[a - gap:a].isspace() and a - gap in ends)
                           or (folded[b:b + gap].isspace() and b + gap in starts)
                           for gap in range(1, 4))]
            added = bool(kept)
            found += kept
            short = [span for span in short if span not in kept]
    joined: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if joined and (start <= joined[-1][1] or folded[joined[-1][1]:start].isspace()):
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def _own_summary(event: Event) -> str:
    """``event``'s summary less the paragraphs that are its source sentences
    (``merge.summary_without_sentences``); the summary itself when it has no evidence."""
    if not event.summary or not event.evidence:
        return event.summary
    from .merge import summary_without_sentences

    return summary_without_sentences(event.summary, event.evidence)


def found_in(event: Event, text: str) -> tuple[str, ...]:
    """Where a search for ``text`` finds ``event``: the fields (in the order the details
    show them: "title", "lane", "place", "participants", "summary", "source sentence"
    or "source sentences 1, 3", "reference", "link") holding a word of it, or ``()``
    when the event does not match (a word found in no field; a blank ``text``).

    The same rule as ``EventSearch.matches``: every word, folded (``fold``), within one
    field (verify29: "Seoul" found "Cho and Iwaya meet in Munich" only through a source
    sentence, and nothing said so).  A field is named only where ``found_spans`` shades
    something in it (a short word beside longer ones: ``SHORT_WORD``).
    """
    words = _query_words(text)
    if not words:
        return ()
    fields = [("title", [event.title]), ("lane", [event.category]),
              ("place", [event.location]), ("participants", list(event.participants)),
              # The summary as Details and the editor show it: a paragraph that is one
              # of the event's source sentences (an import's) is named as that sentence,
              # not as a "summary" the editor shows empty (verify86 F8)
              ("summary", [_own_summary(event)])]
    folded = [(name, [fold(value) for value in values if value]) for name, values in fields]
    sentences = [fold(evidence.sentence) for evidence in event.evidence]
    if not all(any(word in value for _name, values in folded for value in values)
               or any(word in sentence for sentence in sentences) for word in words):
        return ()
    shown = _shown_words(text)
    found = [name for name, values in folded
             if any(_found_in_folded(value, shown) for value in values)]
    # A reference or a link (``core.sourced.Reference``, read by its ``kind``: that module
    # waits until first needed) is named as one, as Details lists it (verify53 F17), each
    # kind numbered apart from the sentences.
    for kind, one in (("", "source sentence"), ("reference", "reference"),
                      ("link", "link")):
        held = [sentence for sentence, evidence in zip(sentences, event.evidence, strict=True)
                if getattr(evidence, "kind", "") == kind]
        numbers = [n for n, sentence in enumerate(held, 1)
                   if _found_in_folded(sentence, shown)]
        if numbers:
            many = "source sentences" if one == "source sentence" else one + "s"
            found.append(one if len(held) == 1 else
                         f"{one} {numbers[0]}" if len(numbers) == 1 else
                         f"{many} {', '.join(map(str, numbers))}")
    return tuple(found)


def found_spans(shown: str, text: str) -> list[tuple[int, int]]:
    """The spans ``[start, end)`` of ``shown`` (text as displayed) where a word of the
    search ``text`` is, compared folded (``fold``: case and accents aside), in order and
    not overlapping (overlapping finds, and finds only spaces part, joined: a phrase is
    one span); a short word beside longer ones only as a whole word next to another find
    (``SHORT_WORD``, ``_found_in_folded``).  Cost: one fold of each
    character of ``shown`` that is not ASCII; for the details of one event, not for a
    whole timeline.
    """
    words = _shown_words(text)
    if not words or not shown:
        return []
    if shown.isascii():
        return _found_in_folded(shown.lower(), words)
    # each character folded on its own: where each folded character came from
    parts = [fold(c) for c in shown]
    origin = [i for i, part in enumerate(parts) for _ in part]
    spans = [(origin[start], origin[end - 1] + 1)
             for start, end in _found_in_folded("".join(parts), words)]
    joined: list[tuple[int, int]] = []
    for start, end in spans:  # (two spans may meet inside one character folded to two)
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


# The search index: which letter pairs each event's text contains, as bit rows.
#
# Symbols: a-z (0-25), 0-9 (26-35), any other byte of the UTF-8 text (36), and a break
# (whitespace or a separator, 37), which a query word never contains.
_SYMBOLS = 38
_OTHER, _BREAK = 36, 37
#: One bit row per pair (first, second) whose first symbol is not a break.
_ROWS = (_SYMBOLS - 1) * _SYMBOLS
#: Events whose pairs are found at once while indexing (a multiple of 8): a 0.7 MB scratch
#: array that stays in the CPU cache (4 096 took twice as long: bench_find.py, find10).
_CHUNK = 512


@cache
def _symbol_of_byte() -> npt.NDArray[np.uint8]:
    import numpy as np

    table = np.full(256, _OTHER, dtype=np.uint8)
    table[np.frombuffer(b"abcdefghijklmnopqrstuvwxyz", np.uint8)] = np.arange(26)
    table[np.frombuffer(b"0123456789", np.uint8)] = np.arange(26, 36)
    table[np.frombuffer(b"\0\t\n\v\f\r\x1c\x1d\x1e\x1f ", np.uint8)] = _BREAK
    return table


def _symbols(text: str) -> npt.NDArray[np.uint8]:
    import numpy as np

    symbols: npt.NDArray[np.uint8] = _symbol_of_byte()[
        np.frombuffer(text.encode("utf-8"), np.uint8)]
    return symbols


def _pair_rows(symbols: npt.NDArray[np.uint8]) -> npt.NDArray[np.intp]:
    """The bit row of each adjacent pair of ``symbols`` whose first is not a break."""
    import numpy as np

    first, second = symbols[:-1], symbols[1:]
    keep = first != _BREAK
    rows: npt.NDArray[np.intp] = first[keep].astype(np.intp) * _SYMBOLS + second[keep]
    return rows


def _pair_bits(texts: list[str], columns: int) -> npt.NDArray[np.uint8]:
    """Bit rows (``_ROWS`` × ``columns`` bytes, bit ``i % 8`` of byte ``i // 8`` for the
    ``i``-th text): which symbol pairs each text contains.  Vectorised by chunks of
    ``_CHUNK`` texts; about 0.4 s at 100 000 texts of 250 characters."""
    import numpy as np

    bits = np.zeros((_ROWS, columns), dtype=np.uint8)
    for first_text in range(0, len(texts), _CHUNK):
        chunk = texts[first_text:first_text + _CHUNK]
        data = "\0".join(chunk) + "\0"  # every text ends in a break
        sizes = (list(map(len, chunk)) if data.isascii()
                 else [len(text.encode("utf-8")) for text in chunk])
        symbols = _symbols(data)
        # int32 indices (the chunk's bits number fewer than 2**31): half the memory traffic
        owner = np.repeat(np.arange(len(chunk), dtype=np.int32),
                          np.asarray(sizes, dtype=np.int32) + 1)[:-1]
        first = symbols[:-1]
        keep = first != _BREAK
        rows = first[keep].astype(np.int32) * _SYMBOLS + symbols[1:][keep]
        width = (len(chunk) + 7) // 8 * 8
        present = np.zeros(_ROWS * width, dtype=np.bool_)  # row-major: a row per pair
        present[rows * width + owner[keep]] = True
        packed = np.packbits(present.reshape(_ROWS, width), axis=1, bitorder="little")
        bits[:, first_text // 8:first_text // 8 + packed.shape[1]] = packed
    return bits


def _zeroed_bits(columns: int) -> npt.NDArray[np.uint8]:
    """A zeroed ``_ROWS`` × ``columns`` array whose pages are mapped as the steps of a
    build write them (about 1 406 pages of 4 KiB a step).

    numpy asks for transparent huge pages for arrays over 4 MiB, and a step writes a
    column slab that crosses every row: its first step then faulted in the whole array
    (176 MB zeroed at 1 000 000 events: ~0.35 s in one step, find10).  An anonymous
    ``mmap`` is not advised so (unless the system uses huge pages for everything).
    """
    import mmap

    import numpy as np

    size = _ROWS * columns
    if size < 1 << 22:
        return np.zeros((_ROWS, columns), dtype=np.uint8)
    return np.frombuffer(mmap.mmap(-1, size), dtype=np.uint8).reshape(_ROWS, columns)


def _word_rows(word: str) -> tuple[list[npt.NDArray[np.intp]], bool]:
    """What a word needs: groups of bit rows (an event passes a group if any of its rows
    is set, and must pass every group), and whether passing them proves the word is there.

    A word of two letters or digits is exactly its one pair; a single letter or digit is
    "that symbol followed by anything"; longer words (or others) need every pair and
    then a check of the text itself.
    """
    import numpy as np

    symbols = _symbols(word)
    if len(symbols) == 1:
        first = int(symbols[0])
        return [np.arange(first * _SYMBOLS, (first + 1) * _SYMBOLS)], first < _OTHER
    rows = np.unique(_pair_rows(symbols))
    exact = len(symbols) == 2 and int(symbols.max()) < _OTHER
    return [rows[i:i + 1] for i in range(len(rows))], exact


class Matches(AbstractSet[str]):
    """A search result: one bool per event of the index that made it.

    Supports ``in``, ``len``, iteration and the read-only set operations (which return
    frozensets).  For many ids at once use ``positions_of`` and ``select`` (numpy, no
    Python call per id), or ``compress_matching``.  Valid until its index changes.
    """

    __slots__ = ("_ids", "_padded", "_position", "_size", "in_date_order", "layout", "mask")

    def __init__(self, ids: list[str], position: Mapping[str, int],
                 mask: npt.NDArray[np.bool_], layout: object,
                 in_date_order: bool = False) -> None:
        import numpy as np

        self._ids = ids
        self._position = position
        self.mask = mask
        #: Changes whenever the index's positions change (for caches of ``positions_of``).
        self.layout = layout
        #: True when position ``i`` is the ``i``-th event in date order of the timeline
        #: the index was built from, no event changed since (``EventSearch.
        #: in_built_order``): ``np.flatnonzero(mask)`` are then the matches' date ranks,
        #: found without looking up any id.
        self.in_date_order = in_date_order
        self._size = int(np.count_nonzero(mask))
        self._padded: npt.NDArray[np.bool_] | None = None

    @classmethod
    def _from_iterable(cls, iterable: Iterable[str]) -> frozenset[str]:  # type: ignore[override]
        return frozenset(iterable)

    def __contains__(self, item: object) -> bool:
        position = self._position.get(item)  # type: ignore[call-overload]
        return position is not None and position < len(self.mask) and bool(self.mask[position])

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[str]:
        import numpy as np

        return map(self._ids.__getitem__, np.flatnonzero(self.mask).tolist())

    def __repr__(self) -> str:
        return f"Matches({len(self)} ids)"

    def positions_of(self, ids: Iterable[str]) -> npt.NDArray[np.intp]:
        """Each id's position in the index, -1 for an unknown id (C speed: ~5 ms for 100 000)."""
        import numpy as np

        return np.fromiter(map(self._position.get, ids, repeat(-1)), dtype=np.intp)

    def select(self, positions: npt.NDArray[np.intp]) -> npt.NDArray[np.bool_]:
        """Whether the event at each of ``positions`` (from ``positions_of``) matches."""
        import numpy as np

        if self._padded is None:
            self._padded = np.append(self.mask, False)  # position -1 reads this False
        return self._padded[positions]


class EventSearch:
    """An incremental full-text search over a timeline's events.

    Build it once per timeline (``rebuild``) and keep it current with ``update`` and
    ``discard`` as events change; ``matches(text)`` then answers per keystroke.

    A query is split on whitespace; an event matches when every word occurs in its
    haystack (title, summary, participants, place, category, source sentences), in
    any case and with or without accents.

    Speed (see benchmarks/bench_find.py; at 100 000 events a keystroke takes a few
    milliseconds): the index keeps, for every pair of adjacent symbols (letters, digits,
    "other"), one bit per event saying whether its haystack contains that pair (1 406
    rows of n/8 bytes: 17.6 MB at 100 000 events).  A word of one or two letters is
    answered from those bits alone; a longer word only checks the haystacks of the
    events that have all its pairs.  Typing on only re-checks the previous matches,
    and the last ``CACHE_SIZE`` answers are kept, so deleting characters costs nothing.

    Memory (measured on the synthetic timelines, benchmarks/README.md "find10"): about
    560 bytes an event — the folded texts ~310, the pair bits 176 (1 406 bits), the ids'
    positions ~75 — so ~56 MB at 100 000 events and ~560 MB at 1 000 000.  Built in
    steps (``begin``, ``index_some``) it costs ~6 µs of CPU an event.
    """

    CACHE_SIZE = 64

    def __init__(self, timeline: Iterable[Event] | None = None) -> None:
        import numpy as np

        self._ids: list[str] = []
        self._haystacks: list[str] = []
        self._position: dict[str, int] = {}
        self._bits = np.zeros((_ROWS, 1), dtype=np.uint8)
        self._layout = object()
        # query words -> (the words the result has checked in the text, the result)
        self._cache: dict[tuple[str, ...], tuple[frozenset[str], Matches]] = {}
        self._last_query = ""
        #: The events still to index (``begin``/``index_some``), ``None`` once all are.
        self._pending: Sequence[Event] | None = None
        #: True while position ``i`` is the ``i``-th event in date order (the order of
        #: the timeline the index was built from): no event added, changed or removed.
        self.in_built_order = True
        if timeline is not None:
            self.rebuild(timeline)

    def rebuild(self, timeline: Iterable[Event]) -> None:
        """Index every event of ``timeline`` (about 0.6 s at 100 000 events)."""
        self.begin(timeline)
        self.index_some(len(self))

    def begin(self, timeline: Iterable[Event]) -> None:
        """Start indexing ``timeline`` in steps (``index_some``); until it is done
        (``ready``) ``matches``, ``update`` and ``discard`` must not be called."""

        listed = getattr(timeline, "events", None)
        # A lazily loaded timeline's events are made a step at a time by ``index_some``
        # (all at once here, 100 000 of them held the window ~0.5 s).
        events: Sequence[Event] = (listed.lazy_copy() if isinstance(listed, LazyEvents)
                                   else list(timeline))
        self._pending = events
        self._ids = []  # filled step by step, as the haystacks (a dict of 10**6 ids: 0.3 s)
        self._haystacks = []
        self._position = {}
        self._bits = _zeroed_bits(max(1, (len(events) + 7) // 8))
        self._layout = object()
        self.in_built_order = True
        self._forget()
        if not events:
            self._pending = None

    @property
    def ready(self) -> bool:
        """Whether every event is indexed (``begin`` then ``index_some`` until True)."""
        return self._pending is None

    @property
    def indexed(self) -> int:
        """How many events are indexed so far (all of them once ``ready``)."""
        return len(self._haystacks)

    def index_some(self, count: int) -> bool:
        """Index the next ``count`` events (rounded up to a multiple of 8); True when all
        are.  Each call's work is in proportion to ``count``: about 6 µs an event
        (benchmarks/bench_find.py), so 2 048 events make a ~12 ms step."""
        pending = self._pending
        if pending is None:
            return True
        first = len(self._haystacks)
        last = min(len(pending), first + max(8, (count + 7) // 8 * 8))
        events = pending[first:last]
        texts = list(map(fold, map(_raw_haystack, events)))
        self._haystacks.extend(texts)
        ids = [event.id for event in events]
        self._ids.extend(ids)
        self._position.update(zip(ids, range(first, last), strict=True))
        packed = _pair_bits(texts, (len(texts) + 7) // 8)
        self._bits[:, first // 8:first // 8 + packed.shape[1]] = packed
        if last == len(pending):
            self._pending = None
        return self._pending is None

    def update(self, event: Event) -> None:
        """Index a new or changed event."""
        import numpy as np

        assert self._pending is None, "index_some until ready before updating"
        self.in_built_order = False
        text = haystack(event)
        position = self._position.get(event.id)
        if position is None:
            position = self._position[event.id] = len(self._ids)
            self._ids.append(event.id)
            self._haystacks.append(text)
            self._layout = object()
            if position // 8 >= self._bits.shape[1]:  # grow: double the columns
                self._bits = np.concatenate([self._bits, np.zeros_like(self._bits)], axis=1)
        else:
            self._haystacks[position] = text
        self._set_rows(position, np.unique(_pair_rows(_symbols(text + "\0"))))
        self._forget()

    def discard(self, event_id: str) -> None:
        """Forget a removed event (no error if it was not indexed)."""
        import numpy as np

        assert self._pending is None, "index_some until ready before discarding"
        position = self._position.pop(event_id, None)
        if position is None:
            return
        self.in_built_order = False
        last = len(self._ids) - 1
        last_id, last_text = self._ids.pop(), self._haystacks.pop()
        if position < last:  # move the last entry into the hole
            self._ids[position], self._haystacks[position] = last_id, last_text
            self._position[last_id] = position
            self._set_rows(position, self._rows_of(last))
        self._set_rows(last, np.empty(0, dtype=np.intp))
        self._layout = object()
        self._forget()

    def __len__(self) -> int:
        """How many events are indexed, or being indexed (``begin``)."""
        return len(self._ids) if self._pending is None else len(self._pending)

    @property
    def ids(self) -> list[str]:
        """The indexed ids by position (read only; valid until the index changes)."""
        return self._ids

    def position_of(self, event_id: str) -> int | None:
        """The event's position in the index (``Matches.mask``), ``None`` if not indexed."""
        return self._position.get(event_id)

    def _rows_of(self, position: int) -> npt.NDArray[np.intp]:
        import numpy as np

        column = self._bits[:, position // 8]
        return np.flatnonzero(column & np.uint8(1 << (position % 8)))

    def _set_rows(self, position: int, rows: npt.NDArray[np.intp]) -> None:
        """Make ``rows`` the only rows whose bit is set for the event at ``position``."""
        import numpy as np

        byte, bit = position // 8, np.uint8(1 << (position % 8))
        self._bits[:, byte] &= ~bit
        self._bits[rows, byte] |= bit

    def _forget(self) -> None:
        self._cache.clear()
        self._last_query = ""

    def clear_cache(self) -> None:
        """Forget earlier answers (they stay correct; benchmarks use this to time cold queries)."""
        self._forget()

    def _passing(self, groups: list[npt.NDArray[np.intp]]) -> npt.NDArray[np.uint8]:
        """Packed bits of the events that pass every group of rows (see ``_word_rows``)."""
        import numpy as np

        bits = self._bits
        passing: npt.NDArray[np.uint8] | None = None
        for rows in groups:
            row = bits[rows[0]] if len(rows) == 1 else np.bitwise_or.reduce(bits[rows], axis=0)
            passing = row.copy() if passing is None else np.bitwise_and(passing, row, out=passing)
        assert passing is not None
        return passing

    def matches(self, text: str) -> Matches | None:
        """Ids of the events matching ``text``, or ``None`` when ``text`` is blank (no search).

        When ``text`` extends the previous query (the user typed on), only the previous
        matches are candidates: an event that lacks "seo" also lacks "seou".  The result
        stays valid until the index changes (``update``, ``discard``, ``rebuild``).
        """
        import numpy as np

        assert self._pending is None, "index_some until ready before searching"
        query = fold(text).replace("\0", " ")  # "\0" is a break in the index
        words = tuple(query.split())
        if not words:
            self._last_query = ""
            return None
        cached = self._cache.pop(words, None)
        if cached is None:
            n = len(self._ids)
            checked: frozenset[str] = frozenset()  # words already checked in the texts
            previous = self._cache.get(tuple(self._last_query.split()))
            narrowing = (previous is not None and bool(self._last_query)
                         and query.startswith(self._last_query))
            groups: list[npt.NDArray[np.intp]] = []
            to_check: list[str] = []
            for word in sorted(set(words), key=len, reverse=True):  # longest: fewest hits
                word_groups, exact = _word_rows(word)
                groups.extend(word_groups)
                if not exact:
                    to_check.append(word)
            mask = np.unpackbits(self._passing(groups), count=n, bitorder="little").view(
                np.bool_)
            if narrowing and previous is not None:
                checked = previous[0]
                mask &= previous[1].mask[:n]
            to_check = [word for word in to_check if word not in checked]
            if to_check:
                candidates = np.flatnonzero(mask).tolist()
                texts: Iterable[str] = map(self._haystacks.__getitem__, candidates)
                for word in to_check:
                    hits = list(map(str.__contains__, texts, repeat(word)))
                    candidates = list(compress(candidates, hits))
                    texts = map(self._haystacks.__getitem__, candidates)
                mask = np.zeros(n, dtype=np.bool_)
                mask[candidates] = True
            cached = (checked.union(to_check),
                      Matches(self._ids, self._position, mask, self._layout,
                              self.in_built_order))
            if len(self._cache) >= self.CACHE_SIZE:
                del self._cache[next(iter(self._cache))]  # the oldest
        self._cache[words] = cached  # (re)inserted last: the most recent
        self._last_query = query
        return cached[1]


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
        first_day: Show events that end on or after this day: a day number
            (``dates.day_number``, 1 January AD 1 is 1, days before it 0 and negative),
            so that an era before AD 1 can be shown alone (verify41, F1: Filters From
            "100 BC" could not be read); a ``datetime.date`` is kept as its day number.
        last_day: Show events that start on or before this day (inclusive), as
            ``first_day``.
        hidden_lanes: Lanes by participant or by place (``lanes_by``, View → Lanes By)
            switched off, each as ``names.lane_name_key`` of its name (``""``: the lane
            of the events without one): an event is hidden when every lane it is drawn
            in is (an event of Rome and Parthia shows while Parthia's lane does).
        lanes_by: ``"participant"`` or ``"place"``: what ``hidden_lanes`` name.
        statuses: Show events of one of these statuses (``Event.status``; ``""``,
            ``core.status.NOT_ASSESSED``, for those not assessed).
        era_lanes: The categories whose events are eras (``Timeline.era_lane_set``),
            kept up to date by the window (``FindState``); no criterion itself.  The
            participants, places, sources and ``hidden_lanes`` never hide an era: an
            era is the period behind the events, context to whoever is read, and is in
            no participant's or place's lane (verify80 F15: one person's filter showed
            "7 of 73 events and 0 of 3 eras").  The criteria on an era's own facts
            hide it as any event: its lane (``hidden_categories``), its dates and its
            status (a check of what is disputed checks the eras too).
        plans_only: Show only plans, events still to come (``core.plans.is_plan``: a
            title ending "(scheduled)"); eras stay, as for the participants (verify87 F3:
            a correspondent had no way to see "what comes next" alone).
    """

    hidden_categories: frozenset[str] = field(default_factory=frozenset)
    participants: frozenset[str] = field(default_factory=frozenset)
    places: frozenset[str] = field(default_factory=frozenset)
    sources: frozenset[str] = field(default_factory=frozenset)
    first_day: int | _dt.date | None = None
    last_day: int | _dt.date | None = None
    hidden_lanes: frozenset[str] = field(default_factory=frozenset)
    lanes_by: str = "participant"
    statuses: frozenset[str] = field(default_factory=frozenset)
    era_lanes: frozenset[str] = field(default_factory=frozenset)
    plans_only: bool = False

    def __post_init__(self) -> None:
        # One kind of value, so that equal ranges compare equal whichever was given.
        for name in ("first_day", "last_day"):
            value = getattr(self, name)
            if isinstance(value, _dt.date):
                object.__setattr__(self, name, value.toordinal())

    @property
    def is_active(self) -> bool:
        """True if the filter hides anything at all (of some timeline)."""
        return bool(self.hidden_categories or self.participants or self.places or self.sources
                    or self.first_day is not None or self.last_day is not None
                    or self.hidden_lanes or self.statuses or self.plans_only)

    def accepts(self, event: Event) -> bool:
        """Whether ``event`` passes every criterion that is set."""
        if event.category in self.hidden_categories:
            return False
        if event.category not in self.era_lanes and not self._accepts_as_event(event):
            return False  # (an era: the participants, places, sources, lanes keep it)
        if self.statuses and event.status not in self.statuses:
            return False
        if self.first_day is None and self.last_day is None:
            return True
        # The same comparisons as ``hidden_by`` (``_date_masks``), on this event's days.
        masks = _date_masks([event.day_range()], self)
        return not any(next(iter(mask)) for mask in masks)

    def _accepts_as_event(self, event: Event) -> bool:
        """Whether ``event`` passes the criteria that never hide an era (``era_lanes``):
        the participants, places, sources, ``hidden_lanes`` and ``plans_only``."""
        if self.plans_only and not is_plan_title(event.title):
            return False
        if self.participants and not self.participants.intersection(event.participants):
            return False
        if self.places and event.location not in self.places:
            return False
        if self.sources and self.sources.isdisjoint(_articles_of(event)):
            return False
        return not (self.hidden_lanes and any(_lanes_hidden(
            self, [event.participants], [event.location])))

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
        if self.statuses:
            parts.append("status")
        if self.plans_only:
            parts.append("plans only")
        if self.first_day is not None or self.last_day is not None:
            parts.append("dates")
        if self.hidden_lanes:
            n = len(self.hidden_lanes)
            parts.append(f"{n} lane{'s' if n != 1 else ''} hidden")
        return ", ".join(parts)


def _lanes_hidden(f: EventFilter, people: Sequence[tuple[str, ...]], places: Sequence[str]
                  ) -> Iterable[bool]:
    """The mask (True: hidden) of ``f.hidden_lanes`` over the events' participants and
    places (in one order): hidden when every lane of the event (``f.lanes_by``) is.  Each
    distinct name's key is found once, then C-level maps over the events (a Python call
    an event took 4 s at 1 000 000 events, fix63): an event's names a subset of the
    hidden lanes' names."""
    from .names import lane_name_key  # (names reads ``fold`` from here)

    hidden = f.hidden_lanes
    if f.lanes_by == "place":
        gone = {place for place in set(places) if lane_name_key(place) in hidden}
        return map(gone.__contains__, places)
    names = set(chain.from_iterable(people))
    gone = {name for name in names if lane_name_key(name) in hidden}
    if "" in hidden:  # (an event without a name: a subset of anything, as it should be)
        return map(gone.issuperset, people)
    if any(not name.strip() for name in names):  # a blank name beside others: no lane
        def shown_nowhere(event_names: tuple[str, ...]) -> bool:
            named = [name for name in event_names if name.strip()]
            return bool(named) and gone.issuperset(named)

        return map(shown_nowhere, people)
    return map(and_, map(bool, people), map(gone.issuperset, people))


#: Up to this many eras ``_sparing_eras`` finds them by their ids, one bisection each.
FEW_ERAS = 1000


def _sparing_eras(masks: list[Iterable[bool]], f: EventFilter, categories: Iterable[str],
                  timeline: Iterable[Event]) -> list[Iterable[bool]]:
    """``masks`` (True: hidden) of the criteria that never hide an era
    (``EventFilter.era_lanes``: participants, places, sources, lanes), each false where
    the event's category (``categories``, the events' in the masks' order) is an era
    lane; ``masks`` themselves when no era lane is named or ``timeline`` has no event
    in one.  A ``Timeline`` whose own era lanes the filter names has its eras, when
    ``FEW_ERAS`` or fewer, found by ``Timeline.era_ids`` (kept) and a bisection each,
    not by a pass over every category (a participant's filter on the per-event path at
    200 000 events: 45 ms without era lanes named, 48 ms with 200 eras spared by id;
    40 000 eras asked of every category, 55 ms: session 60, fix84)."""
    if not masks or not f.era_lanes:
        return masks
    eras: tuple[str, ...] | None = None  # (None: not known by their ids)
    if isinstance(timeline, Timeline):
        if f.era_lanes == timeline.era_lane_set():
            eras = timeline.era_ids()
        if eras == () or f.era_lanes.isdisjoint(timeline.category_counts()):
            return masks  # no era on this timeline
    hidden = masks[0]
    for mask in masks[1:]:
        hidden = map(or_, hidden, mask)
    if isinstance(timeline, Timeline) and eras is not None and len(eras) <= FEW_ERAS:
        spared = list(hidden)
        for event_id in eras:
            spared[_position_of(timeline, event_id)] = False
        return [spared]
    not_era = map(not_, map(f.era_lanes.__contains__, categories))
    return [map(and_, hidden, not_era)]


def _hidden_by_columns(timeline: Timeline, f: EventFilter) -> AbstractSet[str]:
    """``hidden_by`` of a lazily loaded timeline: from its categories, spans and the
    store's participants, places and sources (``EventStore.facts``), without making its
    events (a lane switched off in the legend right after a large file's open made them
    all at once: 0.45 s of CPU at 100 000 events, session 22; a person or a place, the
    same until session 23).  Not for ``f.sources`` when an event may cite other articles
    than its own (``_may_cite_others``)."""
    masks: list[Iterable[bool]] = []
    if f.hidden_categories:
        masks.append(map(f.hidden_categories.__contains__, timeline.categories()))
    if f.participants or f.places or f.sources or f.hidden_lanes:
        people, places, source_ids = event_facts(timeline)
        of_events: list[Iterable[bool]] = []  # the criteria that keep the eras
        if f.hidden_lanes:
            of_events.append(_lanes_hidden(f, people, places))
        if f.participants:
            of_events.append(map(f.participants.isdisjoint, people))
        if f.places:
            of_events.append(map(not_, map(f.places.__contains__, places)))
        if f.sources:  # an event without a source has source_id None (see hidden_by)
            sources = f.sources | {None} if NO_SOURCE in f.sources else f.sources
            of_events.append(map(not_, map(sources.__contains__, source_ids)))
        masks += _sparing_eras(of_events, f, timeline.categories(), timeline)
    if f.statuses:
        masks.append(map(not_, map(f.statuses.__contains__, event_statuses(timeline))))
    if f.first_day is not None or f.last_day is not None:
        masks += _date_masks(timeline.day_spans(), f)
    hidden: Iterable[bool] = masks[0]
    for mask in masks[1:]:
        hidden = map(or_, hidden, mask)
    # The ids sifted from the timeline's kept column in C, not read a call an item: 0.36 s
    # of a participant filter at 100 000 events was that generator (session 58, scale61)
    return _hidden_ids(timeline, hidden)


class HiddenIds(AbstractSet[str]):
    """The ids a filter hides (``hidden_by``), a set of ``str`` kept as its mask over the
    timeline's date order (``mask_for``): a lane rebuild, the Events list's rows and the
    legend's counts sift by it, not by an id look-up an event (seconds of every filter
    change at 1 000 000 events, issue 11; session 58, scale61).  The ids themselves are
    read only when something iterates the set (an export, a set operation after an edit):
    a ``frozenset`` of the ~940 000 ids a participant hides at 1 000 000 events, and the
    ids read for it, were ~0.6-1.1 s of each such change (session 59, scale62).

    The mask is a numpy ``bool`` array, one entry per ``timeline.event_items()`` position,
    True where hidden; it is answered only for the timeline it was made from while that
    timeline's ``revision`` stays (an edit since: ``None``, the ids are read as before).
    The ids read after an edit are those the filter hid: from the events' items as they
    were, the timeline's list and its changes since undone (``Timeline.changes_since``),
    or a copy made before the timeline's log forgets them (``Timeline.read_back_later``,
    ``log_forgets``); a copy at once was ~10-40 ms of every filter's change and edit
    under one at 1 000 000 events (session 62, scale65).  Equal to any
    set of the same ids; ``len``, ``in`` and ``==`` between two of the same timeline and
    revision read no id, and ``in`` reads none for the first ``LOOKUPS_BEFORE_READING``
    ids asked.  Set operations (``-``, ``|``, ``&``) answer a ``frozenset``.
    """

    __slots__ = ("__weakref__", "_asked", "_changes", "_count", "_ids", "_items", "_kin",
                 "_list", "_mask", "_revision", "_store", "_timeline")

    def __init__(self, mask: npt.NDArray[np.bool_], timeline: Timeline) -> None:
        self._mask = mask
        self._count = int(mask.sum())
        self._revision = timeline.revision
        self._timeline = weakref.ref(timeline)
        # The items as they were, once copied (``log_forgets``); till then the timeline's
        # list and its log of changes (``_items_as_they_were``), held here too: the
        # timeline may go first
        self._items: list[Event | int] | None = None if self._count else []
        self._list: list[Event | int] | None = timeline.event_items() if self._count else None
        self._changes: list[tuple[int, int, bool, Event]] | None = (
            timeline._changes if self._count else None)
        if self._count:
            timeline.read_back_later(self)
        self._store = timeline.store
        self._ids: frozenset[str] | None = None if self._count else frozenset()
        self._asked = 0  # ids looked up by position so far
        #: A token shared by the ``HiddenIds`` that followed one another through edits
        #: that hid or showed no event (``hidden_after``): the same ids; None: none yet.
        self._kin: object | None = None

    @classmethod
    def _from_iterable(cls, iterable: Iterable[str]) -> frozenset[str]:  # type: ignore[override]
        return frozenset(iterable)

    def _read_ids(self) -> frozenset[str]:
        """The ids, read from the kept items once (then the items are let go)."""
        if self._ids is None:
            timeline = self._timeline()
            if timeline is not None and self.mask_for(timeline) is not None:
                # as it was made: sifted from the timeline's kept ids in C (as the set
                # was made before scale62), not each hidden one read from the store
                self._ids = frozenset(compress(timeline.ids(), self._mask.tolist()))
            else:  # an edit since: the items as they were
                items = self._items_as_they_were()
                hidden = list(compress(items, self._mask.tolist()))
                store = self._store
                self._ids = frozenset(store.event_ids(hidden) if store is not None
                                      else map(attrgetter("id"), hidden))
            self._items = self._list = self._changes = None
        return self._ids

    def _items_as_they_were(self) -> list[Event | int]:
        """The timeline's items at ``_revision``: the copy ``log_forgets`` made, else the
        list as it is now with the single changes since (all in the log still: it tells
        before it forgets one) undone, newest first."""
        if self._items is not None:
            return self._items
        items, log = self._list, self._changes
        assert items is not None and log is not None
        items = list(items)
        since = [change for change in log if change[0] > self._revision]
        assert not since or since[0][0] == self._revision + 1, "the log forgot changes"
        for _revision, index, added, event in reversed(since):
            if added:
                del items[index]
            else:
                items.insert(index, event)
        return items

    def log_forgets(self, timeline: Timeline) -> None:
        """The timeline's log is about to forget changes since ``_revision``
        (``Timeline.read_back_later``): the items as they were copied now."""
        if self._ids is None and self._items is None:
            self._items = self._items_as_they_were()
        self._list = self._changes = None

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[str]:
        return iter(self._read_ids())

    def __contains__(self, item: object) -> bool:
        if self._ids is not None:
            return item in self._ids
        timeline = self._timeline()
        if (timeline is None or timeline.revision != self._revision
                or len(self._mask) != len(timeline)):
            return item in self._read_ids()
        self._asked += 1
        if self._asked > LOOKUPS_BEFORE_READING:  # many asked (a lane's events): read them
            return item in self._read_ids()
        if not isinstance(item, str) or item not in timeline:
            return False
        return bool(self._mask[_position_of(timeline, item)])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, HiddenIds) and self._kin is not None and self._kin is other._kin:
            return True  # (followed through edits that hid or showed none: no id read)
        if isinstance(other, HiddenIds) and self._ids is None and other._ids is None:
            if self._count != other._count:
                return False
            timeline = self._timeline()
            if timeline is not None and other.mask_for(timeline) is not None \
                    and self.mask_for(timeline) is not None:
                import numpy as np

                return bool(np.array_equal(self._mask, other._mask))
        if isinstance(other, AbstractSet):
            return len(self) == len(other) and self._read_ids() == frozenset(other)
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash(self._read_ids())

    def __repr__(self) -> str:
        return f"HiddenIds({self._count} of {len(self._mask)})"

    def mask_for(self, timeline: Timeline) -> npt.NDArray[np.bool_] | None:
        """The mask (True: hidden) over ``timeline.event_items()``, or ``None`` when these
        ids were not found on that timeline as it is now (read only: do not change it)."""
        if (self._timeline() is not timeline or self._revision != timeline.revision
                or len(self._mask) != len(timeline)):
            return None
        return self._mask


def hidden_after(hidden: AbstractSet[str], timeline: Timeline, event_filter: EventFilter
                 ) -> HiddenIds | None:
    """The ids ``event_filter`` hides on ``timeline`` as it is now, from ``hidden``, a
    ``HiddenIds`` of that filter on an earlier revision of it, following its changes of
    one event at a time (``Timeline.changes_since``): the mask's entries moved, each
    added event's asked of ``event_filter.accepts``, the rest kept — what a
    ``hidden_by`` over every event would answer, without it (an edit under a participant's
    filter at 1 000 000 events read the ~940 000 hidden ids to say whether the event
    was one: ~0.5 s; session 60, scale63).  Equal to ``hidden`` without reading an id
    when the changes hid or showed no event.  None when it cannot follow (another kind of
    set, another timeline, a bulk change since)."""
    if not isinstance(hidden, HiddenIds) or hidden._timeline() is not timeline:
        return None
    changes = timeline.changes_since(hidden._revision)
    if changes is None or len(hidden._mask) + sum(
            1 if added else -1 for _, added, _ in changes) != len(timeline):
        return None
    from .coded import follow_array

    mask = hidden._mask
    # The same ids after one edit (``replace``: its old event's entry, then its new
    # one's) that hid or showed nothing, one shown event removed, or one shown added.
    if len(changes) == 2:
        (index, added, old), (_, added_too, new) = changes
        same = (not added and added_too and old.id == new.id
                and bool(mask[index]) != event_filter.accepts(new))
    elif len(changes) == 1:
        index, added, event = changes[0]
        same = event_filter.accepts(event) if added else not mask[index]
    else:
        same = False
    followed = HiddenIds(
        follow_array(mask.copy(), changes, lambda event: not event_filter.accepts(event)),
        timeline)
    if same:
        if hidden._kin is None:
            hidden._kin = object()
        followed._kin = hidden._kin
    return followed


def _position_of(timeline: Timeline, event_id: str) -> int:
    """``timeline.index_of(event_id)`` without making the event of a lazily loaded
    timeline (its date read from the store): a bisection to the events of its date, then
    identity among them."""
    import bisect

    item: Event | int = timeline._by_id[event_id]
    store = timeline.store
    date = (store.dates_of(item)[0] if isinstance(item, int) and store is not None
            else cast("Event", item).date)
    keys, items = timeline._keys, timeline.event_items()
    index = bisect.bisect_left(keys, date_sort_number(date) << SEQUENCE_BITS)
    while items[index] is not item:
        index += 1
    return index


def id_set(hidden: AbstractSet[str]) -> AbstractSet[str]:
    """``hidden`` as a set whose ``in`` is C-level: a ``HiddenIds``' ids read into their
    ``frozenset`` (once), any other set itself.  For a pass that asks for every event's
    id (``map(id_set(hidden).__contains__, ids)``): a ``HiddenIds``' own ``in`` is a
    Python call (session 59, scale62)."""
    return hidden._read_ids() if isinstance(hidden, HiddenIds) else hidden


#: After this many ids looked up one by one (``Timeline.index_of``, tens of µs each), a
#: ``HiddenIds`` reads its ids into a ``frozenset`` (a legend click at 1 000 000 events
#: asked for each of a lane's 40 000: 3 s, session 59, scale62).
LOOKUPS_BEFORE_READING = 64


def hidden_flags(timeline: Timeline, hidden: AbstractSet[str], shown: bool = False
                 ) -> list[bool]:
    """One ``bool`` an event of ``timeline`` in date order (``timeline.ids()``'s): True
    where ``hidden`` holds its id, or with ``shown`` where it does not; for ``compress``.
    From a ``HiddenIds``' mask when it was made from this timeline as it is (no id looked
    up: ~0.1 s less of each filter's change at 1 000 000 events, session 58, scale61),
    else each id looked up in C."""
    mask = hidden.mask_for(timeline) if isinstance(hidden, HiddenIds) else None
    if mask is not None:
        return (~mask if shown else mask).tolist()  # type: ignore[no-any-return]
    found = map(id_set(hidden).__contains__, timeline.ids())
    return list(map(not_, found) if shown else found)


#: ``shown_items`` reads the items one by one when at most one event in this many is
#: shown (as ``ui.view_base.FEW_SHOWN_EVERY``).
FEW_SHOWN_EVERY = 8


def shown_items(timeline: Timeline, hidden: AbstractSet[str],
                items: Sequence[T]) -> list[T] | None:
    """The entries of ``items`` (beside ``timeline.event_items()``, in date order) of the
    events that ``hidden`` does not hold, read at the positions of a ``HiddenIds``' mask
    made from this timeline as it is, when those are few (``FEW_SHOWN_EVERY``); None
    otherwise (``hidden_flags`` and ``compress``).  ``compress`` reads every entry: at
    1 000 000 events each a read of memory far from the last (~40-80 ms of a
    participant's filter showing 62 000; session 61, scale64)."""
    mask = hidden.mask_for(timeline) if isinstance(hidden, HiddenIds) else None
    if mask is None or len(mask) != len(items):
        return None
    import numpy as np

    positions = np.flatnonzero(~mask)
    if len(positions) * FEW_SHOWN_EVERY > len(items):
        return None
    return list(map(items.__getitem__, positions.tolist()))


def hidden_mask(timeline: Timeline, hidden: AbstractSet[str]) -> npt.NDArray[np.bool_]:
    """The mask (numpy ``bool``, True: hidden) of the ids ``hidden`` over
    ``timeline.event_items()`` (date order): a ``HiddenIds``' own when it was made from
    this timeline as it is, else each event's id looked up (read from the store, nothing
    made)."""
    import numpy as np

    if isinstance(hidden, HiddenIds):
        kept = hidden.mask_for(timeline)
        if kept is not None:
            return kept
    items = timeline.event_items()
    if not hidden:
        return np.zeros(len(items), dtype=np.bool_)
    ids = timeline.ids()
    return np.fromiter(map(id_set(hidden).__contains__, ids), dtype=np.bool_, count=len(ids))


def event_facts(timeline: Timeline
                ) -> tuple[list[tuple[str, ...]], list[str], list[str | None]]:
    """Every event's participants, location (``""`` for none) and source id (``None`` for
    none): three lists in date order (``timeline.event_items()``'s), those of a lazily
    loaded timeline's events not made yet read from its store, nothing made (filters and
    counts right after a large file's open; ``EventStore.facts``); kept while the
    timeline's ``revision`` stays (the lists must not be modified).  Those of
    ``MASKED_EVENTS`` events or more are made out of the collector's reach
    (``kept.made_to_keep``)."""
    key = id(timeline)
    kept = _KEPT_FACTS.get(key)
    if kept is not None and kept[0] == timeline.revision and len(kept[1][1]) == len(timeline):
        return kept[1]
    store = timeline.store
    # (a large timeline's lists frozen as they are made, ``core.kept``: a filter ticked
    # before the window's idle work coded them left them to the collections that met
    # them, each walking them whole; session 64, scale70)
    with made_to_keep() if len(timeline) >= MASKED_EVENTS else nullcontext():
        if store is None:
            events = timeline.events
            facts = (list(map(_participants, events)), list(map(_location, events)),
                     list(map(_source_id, events)))
        else:
            facts = store.facts(timeline.event_items())
    if kept is None:
        weakref.finalize(timeline, _KEPT_FACTS.pop, key, None)
    _KEPT_FACTS[key] = (timeline.revision, facts)
    return facts


#: ``event_facts`` of each timeline by ``id`` (a ``Timeline`` is not hashable), with the
#: ``revision`` they were read at; the entry dropped with the timeline.  Read again for
#: every person or place ticked, they were ~1 s of the change at 1 000 000 events
#: (session 58, scale61).  The lists must not be modified.
_KEPT_FACTS: dict[int, tuple[int, tuple[list[tuple[str, ...]], list[str], list[str | None]]]] = {}


def event_statuses(timeline: Timeline) -> list[str]:
    """Every event's status (``""`` for not assessed), in date order
    (``timeline.event_items()``'s), those of a lazily loaded timeline's events not made
    yet read from its store, nothing made (``EventStore.statuses``)."""
    store = timeline.store
    if store is None:
        return list(map(_status, timeline.events))
    return store.statuses(timeline.event_items())


def _may_cite_others(timeline: Timeline) -> bool:
    """Whether an event of a lazily loaded timeline may cite other articles than its
    source id (a sentence naming its own: ``SourcedEvidence``), the events not made yet
    as their store says."""
    store = timeline.store
    assert store is not None
    return store.sourced_evidence() or _any_sourced_evidence(
        [item for item in timeline.event_items() if type(item) is not int])  # type: ignore[misc]


def _day_of(day: int | _dt.date) -> int:
    """A filter's day as a day number (``EventFilter.__post_init__`` already makes a date
    one: this is for the type checker, which sees the field's declared union)."""
    return day.toordinal() if isinstance(day, _dt.date) else day


def _date_masks(spans: Sequence[tuple[int, int]], f: EventFilter) -> list[Iterable[bool]]:
    """The masks (True: hidden) of ``f``'s date range over the events' ``(first day, end
    day)`` numbers ``spans``, without a ``datetime.date`` an event (verify32, F14: 1.4 s at
    100 000 events, 2.7 s with the legend's counts); ``EventFilter.accepts`` asks it too.
    An event is hidden when it ends (exclusive) on or before ``first`` or starts after
    ``last``, on either side of year 0.  On the last day, 31 December AD 9999, the range
    answers as it did when it compared ``datetime.date``s clamped to AD 1-9999 (``first``
    there hides every event, ``last`` there hides none)."""
    masks: list[Iterable[bool]] = []
    if f.first_day is not None:  # hidden if it ends (exclusive) on or before the first day
        first = _day_of(f.first_day)
        masks.append(repeat(True, len(spans)) if first >= DATE_MAX_DAY
                     else map(first.__ge__, map(itemgetter(1), spans)))
    if f.last_day is not None:  # hidden if it starts after the last day
        last = _day_of(f.last_day)
        masks.append(repeat(False, len(spans)) if last >= DATE_MAX_DAY
                     else map(last.__lt__, map(itemgetter(0), spans)))
    return masks


def hidden_by(timeline: Iterable[Event], event_filter: EventFilter) -> AbstractSet[str]:
    """Ids of the events ``event_filter`` hides (empty when the filter is inactive).

    Same answer as testing ``accepts`` on each event, but each criterion is a
    C-level ``map`` over one attribute of all events, combined into one mask (about
    10× faster at 100 000 events than a Python loop).  A whole timeline of
    ``MASKED_EVENTS`` or more answers a ``HiddenIds`` (a set that keeps the mask and
    reads the ids only when iterated); once its facts are coded (``coded.coded_facts``,
    ``CodedFacts.ready``) each criterion is asked once per distinct value instead of
    once per event (session 59, scale62).
    """
    if not event_filter.is_active:
        return frozenset()
    f = event_filter
    # (plans only reads every title: the events made, the way below; verify87 F3)
    if (isinstance(timeline, Timeline) and len(timeline) >= MASKED_EVENTS and not f.plans_only
            and coded_facts(timeline).ready and not (f.sources and _cites_others(timeline))):
        return _hidden_ids(timeline, _coded_mask(timeline, f))
    if (isinstance(timeline, Timeline) and timeline.store is not None and not f.plans_only
            and not (f.sources and _may_cite_others(timeline))):
        return _hidden_by_columns(timeline, f)
    events = list(timeline)
    masks: list[Iterable[bool]] = []  # True: hidden by that criterion
    if f.hidden_categories:
        masks.append(map(f.hidden_categories.__contains__, map(attrgetter("category"), events)))
    of_events: list[Iterable[bool]] = []  # the criteria that keep the eras (era_lanes)
    if f.participants:
        of_events.append(map(f.participants.isdisjoint, map(attrgetter("participants"), events)))
    if f.places:
        of_events.append(map(not_, map(f.places.__contains__,
                                       map(attrgetter("location"), events))))
    if f.sources:
        # an event without a source has source_id None: NO_SOURCE stands for it
        sources = f.sources | {None} if NO_SOURCE in f.sources else f.sources
        if _any_sourced_evidence(events):  # a merged event cites several (verify30)
            of_events.append(map(f.sources.isdisjoint, map(_articles_of, events)))
        else:
            of_events.append(map(not_, map(sources.__contains__, map(_source_id, events))))
    if f.hidden_lanes:
        of_events.append(_lanes_hidden(f, list(map(_participants, events)),
                                       list(map(_location, events))))
    if f.plans_only:
        of_events.append(map(not_, map(is_plan_title, map(attrgetter("title"), events))))
    masks += _sparing_eras(of_events, f, map(attrgetter("category"), events), timeline)
    if f.statuses:
        masks.append(map(not_, map(f.statuses.__contains__, map(_status, events))))
    if f.first_day is not None or f.last_day is not None:
        # A timeline's spans are its events' day ranges in the same (date) order.
        spans = (timeline.day_spans() if isinstance(timeline, Timeline)
                 else list(map(methodcaller("day_range"), events)))
        masks += _date_masks(spans, f)
    hidden: Iterable[bool] = masks[0]
    for mask in masks[1:]:
        hidden = map(or_, hidden, mask)
    if isinstance(timeline, Timeline) and len(events) >= MASKED_EVENTS:
        return _hidden_ids(timeline, hidden)
    return frozenset(compress(map(attrgetter("id"), events), hidden))


def _cites_others(timeline: Timeline) -> bool:
    """Whether an event of ``timeline`` may cite other articles than its source id (then
    a source's filter reads each event's articles)."""
    if timeline.store is not None:
        return _may_cite_others(timeline)
    return _any_sourced_evidence(timeline.events)


def _coded_mask(timeline: Timeline, f: EventFilter) -> npt.NDArray[np.bool_]:
    """``hidden_by``'s mask (numpy ``bool``, True: hidden, date order) from the timeline's
    coded columns (``coded.coded_facts``): each criterion asked once per distinct value
    (a tuple of participants, a place) and spread to the events by their codes, not asked
    of every event (a participant at 1 000 000 events: ~0.3 s of tests, session 59,
    scale62), once they are coded (``CodedFacts.ready``).  Not for ``f.sources`` when an
    event may cite other articles than its own (``_cites_others``)."""
    import numpy as np

    facts = coded_facts(timeline)
    hidden = np.zeros(len(timeline), dtype=np.bool_)
    if f.hidden_categories:
        hidden |= facts.categories.where(f.hidden_categories.__contains__)
    if (f.era_lanes and (f.participants or f.places or f.sources or f.hidden_lanes)
            and not f.era_lanes.isdisjoint(facts.categories.values)):
        # The criteria that never hide an era (EventFilter.era_lanes), apart, then spared.
        kept = hidden
        hidden = np.zeros(len(timeline), dtype=np.bool_)
    else:
        kept = None
    if f.hidden_lanes:
        if f.lanes_by == "place":
            places = facts.places
            hidden |= places.where_values(_lanes_hidden(f, [], places.values))
        else:
            people = facts.people
            hidden |= people.where_values(_lanes_hidden(f, people.values, []))
    if f.participants:
        hidden |= facts.people.naming_none_of(f.participants)
    if f.places:
        hidden |= facts.places.where(lambda place: place not in f.places)
    if f.sources:  # an event without a source has source_id None (see hidden_by)
        sources = f.sources | {None} if NO_SOURCE in f.sources else f.sources
        hidden |= facts.sources.where(lambda source: source not in sources)
    if kept is not None:
        hidden &= ~facts.categories.where(f.era_lanes.__contains__)
        hidden |= kept
    if f.statuses:
        hidden |= facts.statuses.where(lambda status: status not in f.statuses)
    if f.first_day is not None or f.last_day is not None:
        for mask in _date_masks(timeline.day_spans(), f):
            hidden |= np.fromiter(mask, dtype=np.bool_, count=len(hidden))
    return hidden


#: From this many events ``hidden_by`` answers a ``HiddenIds`` (its mask kept beside the
#: ids) for a whole timeline: what the view's lanes, the Events list and the legend sift
#: by without an id look-up an event (session 58, scale61).
MASKED_EVENTS = 20_000


def _hidden_ids(timeline: Timeline, hidden: Iterable[bool]) -> HiddenIds:
    """The ids of ``timeline``'s events where ``hidden`` (one bool an event, date order,
    or a numpy ``bool`` array) is true, as a ``HiddenIds`` over that mask (no id read
    until one is asked for)."""
    import numpy as np

    column = (hidden if isinstance(hidden, np.ndarray)
              else np.fromiter(hidden, dtype=np.bool_, count=len(timeline)))
    return HiddenIds(column, timeline)


@dataclass(frozen=True)
class Facets:
    """The values a filter panel offers, each with how many events have it, most first."""

    categories: list[tuple[str, int]]
    participants: list[tuple[str, int]]
    places: list[tuple[str, int]]
    sources: list[tuple[str, int]]  # source id (``NO_SOURCE`` for none) and count
    #: Each status some event has (``""`` for not assessed) and its count, in the order
    #: of ``core.status.STATUSES`` with not assessed last (a verdict's order, not a count's).
    statuses: list[tuple[str, int]] = field(default_factory=list)


def facets(timeline: Iterable[Event]) -> Facets:
    """Count the categories, participants, places and sources of the events (an event's
    participant once however often it lists the name; an event without a place counts
    for none, one without a source for ``NO_SOURCE``).

    Counted by C loops (``Counter`` over ``map``s of the events' fields), not a Python
    loop an event: the Filters dock counts a whole timeline when a file opens into a
    window that shows it, on the GUI thread before the events are painted (100 000
    events: ~130 ms of CPU for the loop; issue 11, benchmarks/README.md, "Session 13,
    branch open14").  The counts and their order are the loop's (a test compares).
    """
    sources: Counter[str]
    if (isinstance(timeline, Timeline) and timeline.store is not None
            and not _may_cite_others(timeline)):
        # A lazily loaded timeline's events not made yet are counted from its store,
        # nothing made (the Filters panel opened right after a large file's open made
        # them all at once: ~0.45 s of CPU at 100 000 events, session 22).
        people, locations, source_ids = event_facts(timeline)
        categories = Counter(timeline.categories())
        participants = Counter(chain.from_iterable(map(set, people)))
        places = Counter(filter(None, locations))
        sources = _source_counts(source_ids)
        statuses = Counter(event_statuses(timeline))
    else:
        events = list(timeline)
        categories = Counter(map(_category, events))
        participants = Counter(chain.from_iterable(map(set, map(_participants, events))))
        places = Counter(filter(None, map(_location, events)))
        if _any_sourced_evidence(events):  # an event counted once for each article it cites
            sources = Counter(chain.from_iterable(map(_articles_of, events)))
        else:
            sources = _source_counts(map(_source_id, events))
        statuses = Counter(map(_status, events))

    return Facets(ordered_counts(categories), ordered_counts(participants),
                  ordered_counts(places), ordered_counts(sources), statuses_in_order(statuses))


def ordered_counts(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """``counts``' items as ``Facets`` lists them: most events first, then by name case
    aside (names equal case aside in the mapping's order)."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))


def statuses_in_order(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """``Facets.statuses`` of the statuses' ``counts``: a verdict's order, not assessed
    last, those of no event left out."""
    from .status import NOT_ASSESSED, STATUSES

    return [(status, counts[status]) for status in (*STATUSES, NOT_ASSESSED)
            if counts.get(status)]


def facet_changes(changes: Iterable[tuple[int, bool, Event]]
                  ) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str],
                             Counter[str]]:
    """How ``Timeline.changes_since``' ``changes`` moved ``facets``' counts: one
    ``Counter`` each of categories, participants, places, sources (each article an event
    cites, ``NO_SOURCE`` for none: both ways of ``facets``' counting give it for any
    event) and statuses, a removed event's values counted -1, an added one's +1, values
    left even left out (an edit under a filter at 1 000 000 events counted every event
    again: ~1.5 s; session 60, scale63)."""
    moved: tuple[Counter[str], ...] = tuple(Counter() for _ in range(5))
    categories, participants, places, sources, statuses = moved
    for _index, added, event in changes:
        sign = 1 if added else -1
        categories[event.category] += sign
        for name in set(event.participants):
            participants[name] += sign
        if event.location:
            places[event.location] += sign
        for article in _articles_of(event):
            sources[article] += sign
        statuses[event.status] += sign
    for counter in moved:
        for value in [value for value, n in counter.items() if not n]:
            del counter[value]
    return categories, participants, places, sources, statuses


def _source_counts(source_ids: Iterable[str | None]) -> Counter[str]:
    """How many events have each source id, ``NO_SOURCE`` for ``None`` (see ``facets``)."""
    ids: Counter[str | None] = Counter(source_ids)  # None: no source
    no_source = ids.pop(None, 0)  # (``NO_SOURCE`` is "", which may be counted too)
    sources = Counter({k: v for k, v in ids.items() if k is not None})
    if no_source:
        sources[NO_SOURCE] += no_source
    return sources


def _articles_of(event: Event) -> frozenset[str]:
    """The articles ``event`` cites (its own and its sentences', ``model.cited_sources``),
    ``NO_SOURCE`` standing for none: the Article filter shows an event merged from
    several articles under each (verify30, fault 2: it was hidden under all but one)."""
    return frozenset(cited_sources((event,))) or _NO_ARTICLE


_NO_ARTICLE = frozenset({NO_SOURCE})


def _any_sourced_evidence(events: list[Event]) -> bool:
    """Whether a sentence of ``events`` names its own article (one pass in C)."""
    return any(map(isinstance, chain.from_iterable(map(_evidence, events)),
                   repeat(SourcedEvidence)))


_evidence = attrgetter("evidence")
_category = attrgetter("category")
_participants = attrgetter("participants")
_location = attrgetter("location")
_source_id = attrgetter("source_id")
_status = attrgetter("status")


def compress_matching(values: Iterable[T], ids: Iterable[str],
                      matches: AbstractSet[str]) -> Iterator[T]:
    """The ``values`` whose id (``ids`` runs beside them) is in ``matches``.

    Runs at C speed for frozensets, sets and ``Matches`` (whose Python ``__contains__``
    would cost a function call per id): about 5 ms for 100 000 ids.
    """
    if isinstance(matches, Matches):
        return compress(values, matches.select(matches.positions_of(ids)).tolist())
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
         hidden: AbstractSet[str] = frozenset(),
         kind: Callable[[Event], bool] | None = None) -> str | None:
    """The next (``delta`` > 0) or previous event after ``current`` in date order.

    Only events in ``allowed`` (all when ``None``), not in ``hidden`` and, with ``kind``,
    those it is true of count (``era_kind``: eras among eras, events among events).  With no
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
        return ((allowed is None or event.id in allowed) and event.id not in hidden
                and (kind is None or kind(event)))

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


def era_kind(timeline: Timeline, eras: bool) -> Callable[[Event], bool]:
    """``step``'s ``kind`` that keeps to eras (``eras``) or to the events that are not
    eras (``Timeline.is_era_lane`` of the event's category): the arrow keys step through
    the events, and an era (a band behind the lanes) is never the next event, nor added
    to a selection of events by Shift+→ (verify67 F1: → went from 1910 to the era
    “Colonial period” 1910–1945, and Ctrl+M then offered to merge June 1965 into it)."""
    is_era = timeline.is_era_lane
    return lambda event: is_era(event.category) == eras
