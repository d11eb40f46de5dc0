"""Find and filter in the window: the shared state (``FindState``) and the find bar.

``FindState`` keeps the search text and the filter for one document, with a search
index (``core.query.EventSearch``) kept current as events change, and says which
events match and which are hidden.  The timeline view, the event list and the
status bar all follow its ``changed`` signal, so they always agree.
"""

from __future__ import annotations

import math
import os
import weakref
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from timeline_app.core import Event, Timeline
from timeline_app.core.query import (
    EventFilter,
    EventSearch,
    Matches,
    hidden_after,
    hidden_by,
    step,
)
from timeline_app.document import Document
from timeline_app.selection import EventSelection
from timeline_app.words import counted, events_and_eras

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

#: Above this many events a keystroke's search runs once the keystrokes already queued
#: are handled (a zero-delay timer): typing faster than the window repaints searches
#: only the latest text, and never waits for a pause.  A keystroke costs a few ms of
#: search at 100 000 events (benchmarks/bench_find.py), so no longer delay is needed;
#: the old 80 ms pause added 80 ms to every keystroke.
DEBOUNCE_EVENTS = 20_000
DEBOUNCE_MS = 0
#: The pause in typing (ms) after which the find bar brings the first match into view
#: when none is on screen (``FindBar.preview_requested``), as browsers' and editors' find
#: bars show the first match while you type (verify71 F11: "Sarstoon" said "1 match" and
#: the timeline stayed on 1981, the match off screen until Return).  Long enough that
#: the view does not jump at every letter of a word being typed.
PREVIEW_MS = 350
#: Above ``DEBOUNCE_EVENTS`` the search index is built in steps of this many events
#: from a zero-delay timer, so the window keeps painting and taking keys: ~12 ms of CPU
#: a step (the whole index: ~6 s of CPU at 1 000 000 events, which froze the window
#: for ~18 s before the find bar even showed; new-user trial 10).
INDEX_STEP_EVENTS = 2048


class FindState(QObject):
    """The search text and the filters of one document, and what they select.

    Signals:
        changed(): the matches or the hidden events changed.
        indexing(int, int): events indexed and events, after each step of building the
            search index of a large timeline (``start_index``).
        clearing(): the person clears the filters (``clear_filter``), before ``changed``:
            what else the window hides goes too (its hidden lanes).
        search_dropped(): another timeline was shown (``Document.reset`` with another
            file, or none) and its search text dropped, after ``changed``: the find bar
            empties and closes, as Esc does.
    """

    changed = Signal()
    clearing = Signal()
    search_dropped = Signal()
    #: (events indexed, events): the search index being built in steps made progress.
    indexing = Signal(int, int)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        # Built on first use (opening the find bar): about 1 s at 100 000 events,
        # which opening a file should not pay for.
        self._index: EventSearch | None = None
        # The changes of events made while the index is being built, applied in order once
        # it is (``_index_built``): an edit no longer starts the build again.
        self._queued_changes: list[Callable[[EventSearch], None]] = []
        self._text = ""
        self._filter = self._with_eras(EventFilter())
        self._matches: AbstractSet[str] | None = None
        self._hidden: AbstractSet[str] = frozenset()
        self._ordered_matches: list[str] | None = None
        # the date ranks (positions in ``timeline.events``) of the visible matches,
        # sorted: Find Next bisects them instead of walking the timeline
        self._match_ranks: npt.NDArray[np.intp] | None = None
        self._rank_of_position: npt.NDArray[np.intp] | None = None
        #: Whether Find Next/Previous stepped since the search text last changed (the
        #: first step starts at the selection or the view, not after it: ``next_match``).
        self._stepped = False
        self._index_timer = QTimer(self)
        self._index_timer.setSingleShot(True)
        self._index_timer.setInterval(0)
        self._index_timer.timeout.connect(self._index_step)
        document.reset.connect(self._on_reset)
        document.event_added.connect(self._on_event_changed)
        document.event_changed.connect(self._on_event_changed)
        document.events_replaced.connect(self._on_events_replaced)
        document.event_removed.connect(self._on_event_removed)
        document.era_lanes_changed.connect(self._on_era_lanes_changed)
        #: The timeline searched (weakly: a reset gives the last one's memory back) and
        #: its file (``None``: untitled): a reset that shows that file again (reloaded
        #: after a change on disk) keeps the search text.
        self._searched: tuple[weakref.ref[Timeline], str | None] = (
            weakref.ref(document.timeline), document.path)
        document.path_changed.connect(self._on_path_changed)

    # ------------------------------------------------------------------ reading
    @property
    def document(self) -> Document:
        """The document searched."""
        return self._document

    @property
    def text(self) -> str:
        return self._text

    @property
    def filter(self) -> EventFilter:
        return self._filter

    @property
    def matches(self) -> AbstractSet[str] | None:
        """Ids matching the search (hidden ones included), or ``None`` with no search."""
        return self._matches

    @property
    def hidden(self) -> AbstractSet[str]:
        """Ids the filters hide."""
        return self._hidden

    def total(self) -> int:
        return len(self._document.timeline)

    def shown_count(self) -> int:
        return self.total() - len(self._hidden)

    def visible_matches(self) -> list[str]:
        """Matches not hidden by a filter, in date order (empty with no search)."""
        if self._matches is None:
            return []
        if self._ordered_matches is None:
            events = self._document.timeline.events
            self._ordered_matches = [events[rank].id for rank in self._ranks().tolist()]
        return self._ordered_matches

    def match_number(self, event_id: str) -> int | None:
        """The event's number (1-based, date order) among the visible matches, or
        ``None`` if it is not one of them: a bisection, not a walk of the list."""
        if (self._matches is None or not event_id or event_id not in self._matches
                or event_id in self._hidden or event_id not in self._document.timeline):
            return None
        import numpy as np

        ranks = self._ranks()
        rank = self._document.timeline.index_of(event_id)
        i = int(np.searchsorted(ranks, rank))
        return i + 1 if i < len(ranks) and int(ranks[i]) == rank else None

    def _ranks(self) -> npt.NDArray[np.intp]:
        """The sorted date ranks of the visible matches (cached until they change).

        From the search's mask in numpy: while no event changed since the index was
        built its positions are the date ranks; after an edit the ranks of all positions
        are read once (``positions_of`` over the timeline, ~0.2 s at 1 000 000 events).
        """
        import numpy as np

        if self._match_ranks is not None:
            return self._match_ranks
        matches = self._matches
        timeline = self._document.timeline
        index = self._index
        if not isinstance(matches, Matches) or index is None or not index.ready:
            visible = (matches or frozenset()) - self._hidden
            ranks = np.sort(np.fromiter(map(timeline.index_of, visible), dtype=np.intp))
        else:
            mask = matches.mask
            if self._hidden:
                hidden = matches.positions_of(self._hidden)
                mask = mask.copy()
                mask[hidden[hidden >= 0]] = False
            positions = np.flatnonzero(mask)
            if index.in_built_order:
                ranks = positions
            else:
                if self._rank_of_position is None:
                    from operator import attrgetter

                    where = matches.positions_of(map(attrgetter("id"), timeline.events))
                    rank_of = np.full(len(index) + 1, -1, dtype=np.intp)
                    rank_of[where] = np.arange(len(where), dtype=np.intp)
                    self._rank_of_position = rank_of[:-1]  # (-1 wrote the spare slot)
                ranks = np.sort(self._rank_of_position[positions])
                ranks = ranks[ranks >= 0]
        self._match_ranks = ranks
        return ranks

    def visible_match_count(self) -> int:
        """How many matches the filters let through (cheap: no date ordering)."""
        if self._matches is None:
            return 0
        if not self._hidden:
            return len(self._matches)
        smaller, larger = sorted((self._matches, self._hidden), key=len)
        return len(self._matches) - sum(1 for i in smaller if i in larger)

    def is_shown(self, event_id: str) -> bool:
        return event_id not in self._hidden

    def shown_words(self) -> str:
        """What the filters show of the timeline, its eras counted apart: "531 of 1998
        events and 2 of 5 eras" ("… and 5 eras" when every era shows); without a filter
        the whole count, "1998 events and 5 eras" (``words.events_and_eras``)."""
        total = self.total()
        era_ids = self._document.timeline.era_ids()
        if not self._hidden:
            return events_and_eras(total - len(era_ids), len(era_ids))
        hidden = self._hidden
        eras_shown = len(era_ids) - sum(map(hidden.__contains__, era_ids))
        count = f"{self.shown_count() - eras_shown} of {total - len(era_ids)} events"
        if era_ids:
            count += (f" and {counted(eras_shown, 'era')}" if eras_shown == len(era_ids)
                      else f" and {eras_shown} of {counted(len(era_ids), 'era')}")
        return count

    def status_text(self) -> str:
        """"N of M events shown", with the number of matches when searching; the eras
        counted apart ("23 events and 2 eras", "9 of 23 events and 2 eras shown":
        verify51 F15, the eras were counted as events)."""
        parts = [f"{self.shown_words()} shown (filter: {self._filter.describe()})"
                 if self._hidden else self.shown_words()]
        if self._matches is not None:
            n = self.visible_match_count()
            parts.append(f"{n} match{'es' if n != 1 else ''} for “{self._text.strip()}”")
        return " · ".join(parts)

    @property
    def search_index(self) -> EventSearch:
        """The search index, all of it built now if it was not yet (tests, benchmarks;
        the window builds it in steps: ``start_index``)."""
        self.start_index()
        assert self._index is not None
        if not self._index.ready:
            self._index_timer.stop()
            self._index.index_some(len(self._index))
            self._index_built()
        return self._index

    @property
    def index_ready(self) -> bool:
        """Whether searches are answered now (else the index is being built in steps)."""
        return self._index is not None and self._index.ready

    def index_progress(self) -> tuple[int, int]:
        """(events indexed, events) of the index being built; (n, n) once it is."""
        index = self._index
        if index is None:
            return 0, self.total()
        return index.indexed, len(index)

    def start_index(self) -> None:
        """Build the search index if it is not built: at once up to ``DEBOUNCE_EVENTS``
        events, else in steps of ``INDEX_STEP_EVENTS`` from a zero-delay timer (the
        window stays responsive; ``changed`` is emitted after each step, and searches
        are answered once the last is done)."""
        if self._index is None:
            self._index = EventSearch()
            self._index.begin(self._document.timeline)
            if len(self._index) <= DEBOUNCE_EVENTS:
                self._index.index_some(len(self._index))
                self._index_built()
        if not self._index.ready and not self._index_timer.isActive():
            self._index_timer.start()

    def _index_step(self) -> None:
        index = self._index
        if index is None or index.ready:
            return
        if index.index_some(INDEX_STEP_EVENTS):
            self._index_built()
            self._matches = self._search(self._text)
            self._forget_order()
            self.changed.emit()
        else:
            self._index_timer.start()
        self.indexing.emit(index.indexed, len(index))

    def _search(self, text: str) -> AbstractSet[str] | None:
        if not text.strip():
            return None
        self.start_index()
        assert self._index is not None
        if not self._index.ready:
            return None  # answered once the index is built (``_index_step``)
        return self._index.matches(text)

    def _forget_order(self) -> None:
        self._ordered_matches = None
        self._match_ranks = None

    # ------------------------------------------------------------------ changing
    def set_text(self, text: str) -> None:
        """Search for ``text`` (blank: no search)."""
        if text == self._text:
            return
        self._text = text
        self._stepped = False
        self._matches = self._search(text)
        self._forget_order()
        self.changed.emit()

    def set_filter(self, event_filter: EventFilter) -> None:
        """Hide what ``event_filter`` hides; its ``era_lanes`` are set to the timeline's
        (the eras that the participants, places, sources and lanes keep: verify80 F15)."""
        event_filter = self._with_eras(event_filter)
        if event_filter == self._filter:
            return
        self._filter = event_filter
        self._hidden = hidden_by(self._document.timeline, event_filter)
        self._forget_order()
        self.changed.emit()

    def _with_eras(self, event_filter: EventFilter) -> EventFilter:
        """``event_filter`` with the timeline's era lanes as its ``era_lanes``."""
        eras = self._document.timeline.era_lane_set()
        if event_filter.era_lanes == eras:
            return event_filter
        from dataclasses import replace

        return replace(event_filter, era_lanes=eras)

    def _on_era_lanes_changed(self) -> None:
        """A lane shown as eras or as a row again (Show as Eras): what the filters hide
        found again, its eras now kept by a participant's filter, or no longer."""
        event_filter = self._with_eras(self._filter)
        if event_filter is self._filter:
            return
        self._filter = event_filter
        self._hidden = hidden_by(self._document.timeline, event_filter)
        self._forget_order()
        self.changed.emit()

    def toggle_category(self, category: str) -> None:
        """Hide the category's events if shown, show them if hidden (a legend click)."""
        hidden = set(self._filter.hidden_categories)
        hidden.symmetric_difference_update({category})
        from dataclasses import replace

        self.set_filter(replace(self._filter, hidden_categories=frozenset(hidden)))

    def clear_filter(self) -> None:
        """No filter: every event shown (Find → Clear Filters, the Filters' Clear), after
        ``clearing``, for what else the window hides (its lanes, in every way)."""
        self.clearing.emit()
        self.set_filter(EventFilter())

    def step_match(self, current: str, delta: int) -> str | None:
        """The next (delta > 0) or previous visible match after ``current``, wrapping."""
        if self._matches is None:
            return None
        import numpy as np

        ranks = self._ranks()
        if not len(ranks):
            return None
        timeline = self._document.timeline
        if not current or current not in timeline:
            i = 0 if delta > 0 else len(ranks) - 1
        else:  # as ``core.query.step``: wraps, and never answers ``current`` itself
            rank = timeline.index_of(current)
            if delta > 0:
                i = int(np.searchsorted(ranks, rank, side="right")) % len(ranks)
            else:
                i = int(np.searchsorted(ranks, rank, side="left")) - 1  # -1: the last
            if int(ranks[i]) == rank:
                return None
        return timeline.events[int(ranks[i])].id

    def next_match(self, current: str, delta: int,
                   visible_days: tuple[float, float]) -> str | None:
        """What Find Next (delta > 0) or Find Previous selects, as editors search from
        the cursor: with an event selected, the next match after it -- but the first step
        after the text changed takes the selected event itself when it matches; with none
        selected (or the one selected is out of the view), the first match starting at or
        after the view's first day
        (``visible_days``: first and last day number shown), or going back, the last one
        starting by its last day.  Wraps; ``None`` with no match (or only ``current``).

        New-user trial 11 (finding 5): the first Enter went to the oldest match, 178 years
        away from the match on screen.
        """
        first_step, self._stepped = not self._stepped, True
        timeline = self._document.timeline
        if first_step and current and current in timeline:
            start, end = timeline.get(current).day_range()
            if end <= visible_days[0] or start > visible_days[1]:
                # a selection the view has left (Go to Date since): the search starts at
                # the view, not years away at it (verify11, session 10)
                current = ""
        if current and current in timeline and not first_step:
            return self.step_match(current, delta)
        if self._matches is None:
            return None
        if first_step and current and current in timeline and current not in self._matches:
            # A selection that is no match: the first step is still the first match on
            # screen whose title has the words, as with none selected (verify91 F3: with
            # a 300 BC event selected, Enter on "Tokyo" took an event whose source
            # sentence says "Seoul and Tokyo" in passing); none such: the next after it.
            titled = self._title_match_from_view(delta, visible_days)
            if titled is not None:
                return titled
        import bisect

        import numpy as np

        ranks = self._ranks()
        if not len(ranks):
            return None
        if current and current in timeline:  # the selection itself when it matches
            rank = timeline.index_of(current)
            side = "left" if delta > 0 else "right"
        else:  # the events are in date order: bisect their start days
            def start_of(event: Event) -> int:
                return event.date.start_day()

            if delta > 0:
                rank = bisect.bisect_left(timeline.events, math.floor(visible_days[0]),
                                          key=start_of)
            else:
                rank = bisect.bisect_right(timeline.events, math.floor(visible_days[1]),
                                           key=start_of)
            side = "left"
        i = int(np.searchsorted(ranks, rank, side=side))
        i = i % len(ranks) if delta > 0 else i - 1  # -1: wraps to the last
        if not (current and current in timeline):
            i = self._title_match_in_view(ranks, i, delta, visible_days)
        return timeline.events[int(ranks[i])].id

    def preview_match(self, visible_days: tuple[float, float]) -> str | None:
        """The match to bring into view while the person types (``FindBar``'s
        ``preview_requested``): ``None`` when there is no match or one is in view already
        (one of the first ``TITLE_LOOK`` matches before the view's last day reaching its
        first day, ``visible_days``: first and last day number shown), else the match the
        first Find Next from the view selects (:meth:`next_match` from no selection), so
        that Return then selects the match on screen.  Reads only: Find Next's first step
        is still the first (verify71 F11)."""
        if self._matches is None:
            return None
        import bisect

        ranks = self._ranks()
        if not len(ranks):
            return None
        events = self._document.timeline.events
        first, last = visible_days
        before_end = bisect.bisect_right(
            ranks, 0, key=lambda rank: 0 if events[int(rank)].date.start_day() <= last else 1)
        for at in range(before_end - 1, max(-1, before_end - 1 - self.TITLE_LOOK), -1):
            if events[int(ranks[at])].day_range()[1] > first:
                return None  # one in view: the view stays
        stepped = self._stepped
        try:
            return self.next_match("", +1, visible_days)
        finally:
            self._stepped = stepped

    #: How many matches in view the first step reads for one whose title has the words.
    TITLE_LOOK = 500

    def _title_match_from_view(self, delta: int,
                               visible_days: tuple[float, float]) -> str | None:
        """The match the first step from no selection would take (``next_match``) when
        its title has every word searched, else None."""
        stepped = self._stepped
        try:
            found = self.next_match("", delta, visible_days)
        finally:
            self._stepped = stepped
        if found is None:
            return None
        from timeline_app.core.query import fold

        title = fold(self._document.timeline.get(found).title)
        words = fold(self._text).split()
        return found if words and all(word in title for word in words) else None

    def _title_match_in_view(self, ranks: npt.NDArray[np.intp], i: int, delta: int,
                             visible_days: tuple[float, float]) -> int:
        """Of the matches from ``ranks[i]`` on (back, for ``delta`` < 0) that start in
        view (``visible_days``), the first whose title holds every word searched (at most
        ``TITLE_LOOK`` read), else ``i``: the first step goes to an event the words name,
        not to one whose source sentence mentions them in passing (verify56 F17: Find "US
        forces" selected "Last French troops leave Niger", whose sentence said "… and US
        forces are due to …", before "US forces to complete their withdrawal" on screen;
        Esc, Delete then deleted the wrong event).  F3 then goes on in date order."""
        from timeline_app.core.query import fold

        words = fold(self._text).split()
        if not words:
            return i
        events = self._document.timeline.events
        first, last = visible_days
        step_by = 1 if delta > 0 else -1
        at = i
        for _ in range(min(self.TITLE_LOOK, len(ranks))):
            event = events[int(ranks[at])]
            start = event.date.start_day()
            if start > last or start < math.floor(first):
                break
            title = fold(event.title)
            if all(word in title for word in words):
                return at
            at += step_by
            if not 0 <= at < len(ranks):
                break
        return i

    def step_shown(self, current: str, delta: int) -> str | None:
        """The next or previous event the filters let through (no wrapping)."""
        return step(self._document.timeline, current, delta, None, self._hidden)

    # ------------------------------------------------------------------ the document
    def _on_path_changed(self, path: str) -> None:
        """The timeline searched was saved under another name (Save As): its search is
        that file's now.  (A file opened changes the path before its ``reset``, with
        another timeline: ``_on_reset`` compares them.)"""
        if self._document.timeline is self._searched[0]():
            self._searched = (self._searched[0], path or None)

    def _same_file_again(self) -> bool:
        """Whether the timeline just shown is the file searched before (reloaded after a
        change on disk, opened again from Open Recent); an untitled one never is."""
        before, now = self._searched[1], self._document.path
        return bool(before and now) and os.path.realpath(str(before)) == os.path.realpath(str(now))

    def _on_reset(self) -> None:
        # Another timeline: the filters were the last one's. Kept, a category hidden there
        # hid the new file's events of that name and stayed in the legend, struck through,
        # with a count of 0 (new-user trial 5).  So was its search text, unless the same
        # file is shown again: kept, "sanctions · No matches" stayed in the find bar and
        # drew every event of the next file faded (verify82 F4).
        dropped = bool(self._text) and not self._same_file_again()
        self._searched = (weakref.ref(self._document.timeline), self._document.path)
        if dropped:
            self._text = ""
        self._filter = self._with_eras(EventFilter())
        self._stepped = False
        self._index = None  # rebuilt when next needed
        self._queued_changes = []
        self._index_timer.stop()
        self._rank_of_position = None
        self._matches = self._search(self._text)
        self._hidden = hidden_by(self._document.timeline, self._filter)
        self._forget_order()
        self.changed.emit()
        if dropped:
            self.search_dropped.emit()

    def _on_events_replaced(self, _event_ids: tuple[str, ...]) -> None:
        """Many events replaced at once (a lane renamed): the search index made again when
        next needed, matches and hidden events found again, the filters kept."""
        self._index = None
        self._queued_changes = []
        self._index_timer.stop()
        self._rank_of_position = None
        self._matches = self._search(self._text)
        self._hidden = hidden_by(self._document.timeline, self._filter)
        self._forget_order()
        self.changed.emit()

    def _on_event_changed(self, event_id: str) -> None:
        timeline = self._document.timeline
        if event_id not in timeline:
            return
        event = timeline.get(event_id)
        self._index_changed(lambda index: index.update(event))
        self._matches = self._search(self._text)
        followed = hidden_after(self._hidden, timeline, self._filter)
        if followed is not None:  # (a large timeline's mask followed: no id read)
            self._hidden = followed
        else:
            shown = self._filter.accepts(event)
            if shown == (event_id in self._hidden):  # its visibility changed
                self._hidden = ((self._hidden - {event_id}) if shown
                                else (self._hidden | {event_id}))
        self._forget_order()
        self.changed.emit()

    def _on_event_removed(self, event_id: str) -> None:
        self._index_changed(lambda index: index.discard(event_id))
        self._matches = self._search(self._text)
        followed = hidden_after(self._hidden, self._document.timeline, self._filter)
        if followed is not None:
            self._hidden = followed
        elif event_id in self._hidden:  # (else the same set: the views compare no sets)
            self._hidden = self._hidden - {event_id}
        self._forget_order()
        self.changed.emit()

    def _index_changed(self, change: Callable[[EventSearch], None]) -> None:
        """Apply an event's change to the index; to one being built, once it is built
        (``_index_built``: its snapshot of the timeline and then every change since, in
        order, give the timeline as it is).  It started the build again, from the first
        event: at 1 000 000 events each edit threw away up to ~6 s of CPU of indexing
        done in idle steps (~6 µs an event), and a person editing every few seconds
        never got the search (session 49, edit55)."""
        self._rank_of_position = None
        index = self._index
        if index is None:
            return
        if index.ready:
            change(index)
        else:
            self._queued_changes.append(change)

    def _index_built(self) -> None:
        """The index was just built: the changes made meanwhile applied, in order."""
        queued, self._queued_changes = self._queued_changes, []
        index = self._index
        if index is None or not index.ready:
            self._queued_changes = queued
            return
        for change in queued:
            change(index)
        if queued:
            self._rank_of_position = None


#: The keys of Edit → Undo and Redo (the window's: Ctrl+Z; Ctrl+Y and the platform's Redo).
_UNDO_REDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class _SearchField(QLineEdit):
    """The find bar's text field: Enter = next match, Shift+Enter = previous, Esc = close.

    Ctrl+Z and Ctrl+Y undo and redo the field's own typing only while that typing is the
    last thing done; once the timeline changed after it (an event edited from a match, F2
    then OK, leaves the focus back here) they are Edit → Undo and Redo (verify33 F7: Ctrl+Z
    put the previous search back and left the edit, with no word)."""

    step_requested = Signal(int)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Whether the person typed here since the timeline last changed.
        self.typed_last = False
        self.textEdited.connect(self._typed)

    def _typed(self, _text: str) -> None:
        self.typed_last = True

    def timeline_changed(self, *_args: object) -> None:
        """The document's undo stack moved: Ctrl+Z is the window's Undo again."""
        self.typed_last = False

    def event(self, event: QEvent) -> bool:  # Qt override
        if (event.type() == QEvent.Type.ShortcutOverride and not self.typed_last
                and isinstance(event, QKeyEvent)
                and (any(event.matches(key) for key in _UNDO_REDO_KEYS)
                     or event.keyCombination() == (Qt.KeyboardModifier.ControlModifier
                                                   | Qt.Key.Key_Y))):
            event.ignore()  # not the field's: the window's shortcut takes the key
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.step_requested.emit(-1 if shift else +1)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.close_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """A slim search bar (Ctrl+F): type to search, Enter/F3 next, Shift+F3 previous, Esc clears.

    Signals:
        step_requested(int): +1 for the next match, -1 for the previous one.
        closed(): the bar was closed with Esc or its close button (search cleared).
        preview_requested(): typing paused ``PREVIEW_MS`` with the search answered.
    """

    step_requested = Signal(int)
    closed = Signal()
    #: A pause of ``PREVIEW_MS`` in typing, the search answered: the window brings the
    #: first match into view when none is (``FindState.preview_match``), the focus left
    #: in the field.
    preview_requested = Signal()

    def __init__(self, state: FindState, selection: EventSelection | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._state = state
        self._selection = selection
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        label = QLabel("Find:", self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.field = _SearchField(self)
        self.field.setObjectName("findField")
        self.field.setAccessibleName("Find events")
        self.field.setPlaceholderText("Title, people, place, category or source text")
        self.field.setClearButtonEnabled(True)
        label.setBuddy(self.field)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setObjectName("findCount")
        # The field and the count keep their room when the legend beside them is long.
        metrics = self.fontMetrics()
        self.field.setMinimumWidth(metrics.horizontalAdvance("m" * 18))
        self.count_label.setMinimumWidth(metrics.horizontalAdvance("99999 of 99999 matches"))
        previous = QToolButton(self)
        previous.setText("◀")
        previous.setToolTip(f"Previous match ({QKeySequence('Shift+F3').toString()})")
        previous.setAccessibleName("Previous match")
        following = QToolButton(self)
        following.setText("▶")
        following.setToolTip(f"Next match (Enter, {QKeySequence('F3').toString()})")
        following.setAccessibleName("Next match")
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip("Close the find bar and clear the search (Esc)")
        close.setAccessibleName("Close find bar")
        for widget in (label, self.field, self.count_label, previous, following, close):
            layout.addWidget(widget)
        layout.setStretch(1, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._apply_text)
        self.field.textChanged.connect(self._on_text)
        #: Typing paused: ``preview_requested`` (once the search is answered, when the
        #: index was still being built: ``_preview_waiting``).
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_MS)
        self._preview_timer.timeout.connect(self._preview)
        self._preview_waiting = False
        self.field.textEdited.connect(self._typed)
        state.changed.connect(self._take_waiting_preview)
        # another timeline shown: its search went with it (verify82 F4)
        state.search_dropped.connect(self.close_bar)
        state.document.undo_stack.indexChanged.connect(self.field.timeline_changed)
        self.field.step_requested.connect(self.request_step)
        self.field.close_requested.connect(self.close_bar)
        previous.clicked.connect(lambda: self.request_step(-1))
        following.clicked.connect(lambda: self.request_step(+1))
        close.clicked.connect(self.close_bar)
        #: Enter / F3 / Shift+F3 pressed while the index was still being built, in order
        #: (+1 next, -1 previous): taken when it is ready (``_take_waiting_steps``;
        #: verify65 F10: three Returns pressed at "Indexing… 73 %" were lost).
        self._waiting_steps: list[int] = []
        state.changed.connect(self._take_waiting_steps)
        state.changed.connect(self._update_count)
        state.indexing.connect(self._update_count)
        if selection is not None:
            selection.changed.connect(self._update_count)
        self._update_count()

    def open_bar(self) -> None:
        """Show the bar and put the cursor in the field with its text selected."""
        self._state.start_index()  # now, not on the first key: in steps when large
        self.show()
        self._update_count()  # "Indexing… 0 %"
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        """Clear the search and hide the bar."""
        self._timer.stop()
        self._preview_timer.stop()
        self._preview_waiting = False
        self._waiting_steps.clear()
        self.field.clear()
        self._state.set_text("")
        self.hide()
        self.closed.emit()

    def _on_text(self, _text: str) -> None:
        if self._state.total() > DEBOUNCE_EVENTS:
            self._timer.start()
        else:
            self._apply_text()

    def _apply_text(self) -> None:
        self._timer.stop()
        self._state.set_text(self.field.text())

    def _typed(self, _text: str) -> None:
        """The person typed in the field (not a text set by the app): the preview waits
        for a pause."""
        self._preview_waiting = False
        self._preview_timer.start()

    def _preview(self) -> None:
        """Typing paused: ``preview_requested`` when the search is answered, else once it
        is (``_take_waiting_preview``)."""
        self._apply_text()
        if not self._state.text.strip():
            return
        if self._state.matches is None:
            self._preview_waiting = True  # (the index still being built)
            return
        self.preview_requested.emit()

    def _take_waiting_preview(self) -> None:
        if self._preview_waiting and self._state.matches is not None:
            self._preview_waiting = False
            self.preview_requested.emit()

    def request_step(self, delta: int) -> None:
        """Enter, F3 (``delta`` +1) or Shift+Enter, Shift+F3 (-1): ``step_requested`` now,
        or, while the index is still being built, once it is ready."""
        self._preview_timer.stop()  # (the step shows a match: no preview after it)
        self._preview_waiting = False
        self._apply_text()  # Enter right after typing searches the latest text
        if self._state.matches is None and self._state.text.strip() \
                and not self._state.index_ready:
            # still indexing: the step waits for the index, and the count says so
            self._waiting_steps.append(delta)
            self._update_count()
            return
        self.step_requested.emit(delta)

    def _take_waiting_steps(self) -> None:
        """The steps asked for while the index was being built, taken in order once the
        search is answered (the count then says "3 of 408 matches" after three Enters)."""
        if not self._waiting_steps or self._state.matches is None:
            return
        steps, self._waiting_steps = self._waiting_steps, []
        for delta in steps:
            self.step_requested.emit(delta)

    def _update_count(self, *_args: object) -> None:
        """"No matches", "12 matches", or "3 of 12 matches" when a match is selected."""
        state = self._state
        if state.matches is None:
            done, total = state.index_progress()
            indexing = not state.index_ready and (self.isVisible() or bool(state.text.strip()))
            waiting = len(self._waiting_steps)
            self.count_label.setText(
                (f"Indexing… {100 * done // max(1, total)} %"
                 + (f" · {waiting} step{'s' if waiting > 1 else ''} waiting" if waiting else ""))
                if indexing else "")
            return
        n = state.visible_match_count()
        text = "No matches" if n == 0 else f"{n} match{'es' if n != 1 else ''}"
        selected = self._selection.event_id if self._selection is not None else ""
        number = state.match_number(selected) if n else None
        if number is not None:
            text = f"{number} of {text}"
        self.count_label.setText(text)
