"""The event list: a table of events in date order that follows the shared selection."""

from __future__ import annotations

import bisect
import itertools
import math
from collections import OrderedDict
from itertools import compress
from operator import attrgetter, not_
from typing import TYPE_CHECKING, ClassVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLineF,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QTextLayout,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from timeline_app.core import Event, clock
from timeline_app.core.model import LazyEvents, event_ids
from timeline_app.core.plans import PLAN_MARK, is_plan_title, plan_passed, was_words
from timeline_app.core.query import HiddenIds, fold, hidden_flags, id_set, shown_items
from timeline_app.core.status import STATUSES, status_words
from timeline_app.core.weeks import when_words
from timeline_app.document import Document
from timeline_app.selection import EventSelection
from timeline_app.settings import EVENT_LIST_COLUMNS, open_settings
from timeline_app.ui.safe_text import display_title, tooltip_text
from timeline_app.ui.style import (
    category_color,
    category_label,
    dim_text_color,
    event_row_height,
    lane_key,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from timeline_app.ui.find import FindState

_Index = QModelIndex | QPersistentModelIndex

#: The Status column's order: the verdicts from established to refuted, then not assessed.
_STATUS_RANK = {status: rank for rank, status in enumerate(STATUSES)}

#: Roles Qt asks of every cell it paints that the Events list answers with nothing, as
#: plain ints (an enum's comparison costs a Python call): background, check state, size.
_UNANSWERED = frozenset(int(r) for r in (Qt.ItemDataRole.BackgroundRole,
                                         Qt.ItemDataRole.CheckStateRole,
                                         Qt.ItemDataRole.SizeHintRole))
#: Roles answered only while a search marks its matches (dim text, bold font).
_SEARCH_ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.ForegroundRole,
                                           Qt.ItemDataRole.FontRole))
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ACCESSIBLE_TEXT = int(Qt.ItemDataRole.AccessibleTextRole)
#: The Sentences column's numbers, right-aligned.
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_FLAG = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT_FLAG = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

#: ``EventTableModel.rows_of`` bisects for at most this many ids, else builds its dict.
ROWS_BY_BISECTION = 2000



def date_cell_text(event: Event) -> str:
    """The Date column's text of ``event``: its date in words (``when_words``, short), a
    plan's after the timeline's hollow diamond ("◇ 2 February 2027", ``core.plans``) and,
    for a plan moved from another day, that day after it ("◇ 2 February 2027, was 14
    January"; verify87 F3: the list told neither)."""
    text = when_words(event, short=True)
    if not is_plan_title(event.title):
        return text
    was = was_words(event, short=False) if " from " in event.date_basis else ""
    return f"{PLAN_MARK} {text}, {was}" if was else f"{PLAN_MARK} {text}"


def date_cell_words(event: Event) -> str | None:
    """What a screen reader says of ``event``'s Date cell when it differs from the cell's
    text (``date_cell_text``): a plan's hollow diamond said as "planned", "planned, 2
    February 2027, was 14 January" (session 64's new-user trial: "◇" was read as "white
    diamond", or not at all), "was planned, 11 April 2025; no report that it was held"
    once its days have passed (``core.plans.plan_passed``, verify90 F7); None for an
    event no plan (the cell's text is read)."""
    text = date_cell_text(event)
    if not text.startswith(PLAN_MARK):
        return None
    if plan_passed(event, clock.today().toordinal()):
        # (verify90 F7: a plan whose days have passed is no longer "planned" ahead)
        return f"was planned, {text[len(PLAN_MARK):].lstrip()}; no report that it was held"
    return f"planned, {text[len(PLAN_MARK):].lstrip()}"


class EventTableModel(QAbstractTableModel):
    """A thin adapter over the timeline: rows are the shown events, in the chosen order.

    The model keeps its own row index (a list of events): filtering drops hidden
    events from it and sorting re-orders it with Python's sort — about 0.1 s at
    100 000 rows, where a ``QSortFilterProxyModel`` calling ``data()`` for every
    comparison takes about 16 s.  Sorting is stable and starts from date order, so
    rows with the same title or category stay in date order.
    """

    COLUMNS = ("Date", "Event", "Category", "Status", "Participants", "Place", "Reported by",
               "Sentences")
    #: The columns a person may show or hide (the header's right-click menu,
    #: ``EventList.set_column_shown``); Date, Event and Category are always there.  A
    #: reviewer checking every row for "which outlets? traceable to its sentence? entered
    #: by hand?" saw these only one event at a time, in Details (verify43 F26).
    CHOOSABLE = (3, 4, 5, 6, 7)
    #: What each choosable column holds, for its header's tooltip.
    COLUMN_HINTS: ClassVar[dict[int, str]] = {
        3: "how the claim stands", 4: "who took part", 5: "where it happened",
        6: "the outlets of the articles it rests on (else their headlines)",
        7: "how many source sentences it cites (0: none, entered by hand)"}

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._rows: list[Event] = []
        self._row_of: dict[str, int] | None = None
        self._rows_revision = -1  # see _rebuild_rows
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._hidden: frozenset[str] | set[str] = frozenset()
        self._matches: frozenset[str] | set[str] | None = None
        #: What the search looks for ("" for none): a match's tooltip says where it is.
        self.find_text = ""
        self._match_font: QFont | None = None
        self._dim_color: QColor | None = None
        #: The column that shows the category's colour: the Event column's own when the
        #: list is too narrow for a Category column (``EventList._fit_columns``).
        self._swatch_column = 2
        # Whether the Event column says each status (``set_status_in_title``)
        self._status_in_title = False
        # Any change may move rows (the date decides the order): reset keeps it simple and
        # is cheap because the table only asks for the rows it shows.
        self._order_cache: dict[int, list[Event]] = {}
        # The ids of an order of ``_order_cache`` (the list, its ids), for the rows under a
        # filter (``_ids_in_order``)
        self._ids_of_order: tuple[list[Event], int, list[str]] | None = None
        #: Each article's teller (``_reported_by``), by id, until the timeline changes.
        self._tellers: dict[str | None, str] = {}
        document.reset.connect(self._on_document_changed)
        # (bound methods, not lambdas: Qt drops them when this model goes)
        document.event_added.connect(self._on_event_added)
        document.event_changed.connect(self._on_event_changed)
        document.events_replaced.connect(self._on_document_changed)  # a lane renamed
        document.event_removed.connect(self._on_event_removed)
        document.category_colors_changed.connect(self._on_colors_changed)
        document.lane_order_changed.connect(self._on_lane_order_changed)
        self._rebuild_rows()

    # -- the row index ---------------------------------------------------------------
    def _sorted_events(self, column: int) -> list[Event]:
        """Every event in ascending order of ``column`` (ties in date order), cached until
        the timeline changes: reversing or re-filtering then costs one pass, no sort."""
        cached = self._order_cache.get(column)
        if column == 0 and cached is not None:
            # (a lazily loaded timeline's list becomes a plain one once all its events
            # are made: the rows sifted from that one follow edits, ``_on_one_event``)
            cached = self._order_cache[0] = self._document.timeline.reading_order()
        if cached is None:
            # date order as a reader looks for it: a deadline at its end (verify57 F29)
            events = self._document.timeline.reading_order()
            if column == 0:
                cached = events
            else:
                if column == 3:
                    # Verdicts in their order (confirmed … denied), not assessed last.
                    rank = _STATUS_RANK.get
                    in_order = [rank(status, len(_STATUS_RANK))
                                for status in map(attrgetter("status"), events)]
                    order = sorted(range(len(events)), key=in_order.__getitem__)  # stable
                elif column == 1:
                    # casefold in C for all, the slower accent folding only where needed
                    keys = list(map(str.casefold, [e.title for e in events]))
                    for i in [i for i, ok in enumerate(map(str.isascii, keys)) if not ok]:
                        keys[i] = fold(keys[i])
                    order = sorted(range(len(events)), key=keys.__getitem__)  # stable
                elif column == 7:  # fewest sentences first: those entered by hand
                    counts = [len(e.evidence) for e in events]
                    order = sorted(range(len(events)), key=counts.__getitem__)  # stable
                elif column >= 4:
                    text = self.column_text
                    # (a headline by its words, not by the quote mark before it)
                    words = [text(e, column).casefold().lstrip("\u201c") for e in events]
                    for i in [i for i, ok in enumerate(map(str.isascii, words)) if not ok]:
                        words[i] = fold(words[i])
                    order = sorted(range(len(events)), key=words.__getitem__)  # stable
                else:
                    # Categories in lane order, as the timeline, the legend and the filters
                    # show them (``style.lane_key``), not by name (lanes18 "not done").
                    lane = lane_key(self._document.timeline.lane_order)
                    places: dict[str, tuple[int, int, str]] = {}  # one per category
                    for event in events:
                        if event.category not in places:
                            places[event.category] = lane(event.category)
                    in_order = [places[e.category] for e in events]
                    order = sorted(range(len(events)), key=in_order.__getitem__)  # stable
                cached = [events[i] for i in order]
            self._order_cache[column] = cached
        return cached

    def _rebuild_rows(self) -> None:
        """The rows: the events in the chosen order without the hidden ones.

        With nothing hidden and an ascending order the rows are that order's list itself
        (the timeline's own in date order), not a copy: copying a list of 1 000 000
        events touches every event (~30 ms of the GUI thread in the reset as a file
        opens, issue 11).  That list changes with the timeline, which resets the model
        right after; ``data`` answers nothing for a row gone meanwhile."""
        events = self._sorted_events(self._sort_column)
        hidden = self._hidden
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        timeline = self._document.timeline
        if hidden and events is timeline.events:
            # In date order: sifted by the timeline's kept column of ids, all in C (each
            # id read through a Python call was ~1 s of every edit at 1 000 000 events
            # with a lane switched off; session 49, edit55)
            # (from the filter's own mask when it has one: no id looked up, scale61)
            # (a few shown, a participant's: read at their positions, ``shown_items``)
            items = cast("list[Event]", events.items) if isinstance(
                events, LazyEvents) else events
            kept_items = shown_items(timeline, hidden, items)
            if kept_items is None:
                kept_items = list(compress(items, hidden_flags(timeline, hidden, shown=True)))
            if descending:
                kept_items.reverse()
            rows = (cast("list[Event]", LazyEvents(cast("list[Event | int]", kept_items),
                                                   events.store))
                    if isinstance(events, LazyEvents) else kept_items)
        elif hidden and isinstance(events, LazyEvents):
            # A lazily loaded timeline's events not made yet stay so (their ids from its
            # store): a lane switched off right after a large file's open made them all
            # here (0.45 s of CPU at 100 000 events, session 22).
            kept = list(compress(events.items, map(not_, map(id_set(hidden).__contains__,
                                                             self._ids_in_order(events)))))
            if descending:
                kept.reverse()
            rows = cast("list[Event]", LazyEvents(kept, events.store))
        elif hidden:  # C-level: no Python call per row
            rows = list(compress(events, map(not_, map(id_set(hidden).__contains__,
                                                        self._ids_in_order(events)))))
            if descending:
                rows.reverse()
        elif descending and isinstance(events, LazyEvents):  # (nothing made, as above)
            rows = cast("list[Event]", LazyEvents(events.items[::-1], events.store))
        else:
            rows = events[::-1] if descending else events
        self._rows = rows
        self._row_of = None
        # (the rows sifted from the timeline's own date order, at its revision: what
        # ``_row_by_bisection`` may bisect; -1 otherwise)
        self._rows_revision = timeline.revision if (
            hidden and events is timeline.events) else -1

    def _ids_in_order(self, events: list[Event]) -> list[str]:
        """The ids of ``events`` (a list of ``_order_cache``: the reading order when it is
        not the timeline's own list), read once per such list (the store's or each
        event's: ~0.1 s at 100 000 events of every filter's change, session 58, scale61)."""
        kept = self._ids_of_order
        revision = self._document.timeline.revision
        if kept is None or kept[0] is not events or kept[1] != revision:
            kept = self._ids_of_order = (events, revision, event_ids(events))
        return kept[2]

    def _on_document_changed(self, *_args: object) -> None:
        self._order_cache.clear()
        self._tellers.clear()
        self._reset()

    def _on_event_added(self, event_id: str) -> None:
        self._on_one_event(event_id, 1, was_there=False)

    def _on_event_changed(self, event_id: str) -> None:
        self._on_one_event(event_id, 2, was_there=True)

    def _on_event_removed(self, event_id: str) -> None:
        self._on_one_event(event_id, 1, was_there=True)

    def _on_one_event(self, event_id: str, steps: int, was_there: bool) -> None:
        """One event added, changed or removed (``steps``: the timeline's revisions it
        took: a change is a removal and an addition; ``was_there``: changed or removed).
        Rows sifted by the filters from the timeline's date order (``_rows_revision``)
        are changed in place: the event's old row (found by bisection on
        ``Timeline.sort_key``, its own old key from ``Timeline.removed_key``) taken out,
        its new one put in if the filters show it (they decide after: a change of that
        makes ``set_emphasis`` sift all again) — a few dozen look-ups where sifting every
        event again was ~0.45 s of every edit at 1 000 000 events with a lane switched
        off (session 49, edit55).  Any other case rebuilds the rows as before; either
        way the same rows (``tests/ui/test_one_edit_follows.py``)."""
        self._order_cache.clear()
        self._tellers.clear()
        timeline = self._document.timeline
        if (self._rows_revision < 0 or timeline.revision != self._rows_revision + steps
                or self._sorted_events(0) is not timeline.events):
            self._reset()
            return
        self.beginResetModel()
        try:
            if not self._follow_one_row(event_id, was_there):
                self._rebuild_rows()
        finally:
            self.endResetModel()

    def _follow_one_row(self, event_id: str, was_there: bool) -> bool:
        """``_on_one_event``'s change of the rows in place; False (nothing changed) when
        the rows are not as it expects."""
        timeline = self._document.timeline
        rows = self._rows
        items = cast("list[Event | int]", rows.items if isinstance(rows, LazyEvents)
                     else rows)
        store = timeline.store
        sign = -1 if self._sort_order == Qt.SortOrder.DescendingOrder else 1
        old_key = timeline.removed_key(event_id) if was_there else None
        if was_there and old_key is None:
            return False
        sort_key = timeline.sort_key

        def id_of(row: int) -> str:
            item = items[row]
            return (store.event_id(item) if type(item) is int  # type: ignore[union-attr]
                    else item.id)  # type: ignore[union-attr]

        def key(row: int) -> int:
            item_id = id_of(row)
            if item_id == event_id:
                return sign * cast("int", old_key)
            return sign * sort_key(item_id)

        # A large timeline's hidden ids (``HiddenIds``) as they were before the change:
        # whether the event had a row is where its old key says, not an id looked up in
        # them, which read every hidden id (~0.5 s at 1 000 000 events; session 60,
        # scale63); an added event gets one, as it is in no set hidden before it.
        masked = isinstance(self._hidden, HiddenIds)
        had_row = False
        if old_key is not None and (masked or event_id not in self._hidden):
            place = bisect.bisect_left(range(len(items)), sign * old_key, key=key)
            had_row = place < len(items) and id_of(place) == event_id
            if had_row:
                del items[place]
            elif not masked:
                return False  # (not where its key says: the rows are not as expected)
        if event_id in timeline and (had_row or not was_there if masked
                                     else event_id not in self._hidden):
            wanted = sign * sort_key(event_id)
            items.insert(bisect.bisect_left(range(len(items)), wanted, key=key),
                         timeline.get(event_id))
        self._row_of = None
        self._rows_revision = timeline.revision
        return True

    def column_text(self, event: Event, column: int) -> str:
        """The text of a column of the choosable ones beyond Status (4-7) for ``event``:
        participants ("; "-joined, as the CSV), place, who reported it (each outlet once,
        in the order of its sentences: ``io.exchange.article_teller``), how many source
        sentences it cites."""
        if column == 4:
            return "; ".join(event.participants)
        if column == 5:
            return event.location
        if column == 6:
            return self._reported_by(event)
        return str(len(event.evidence))

    def _reported_by(self, event: Event) -> str:
        """Who told the event's sentences, each once ("Reuters, AP"): one look-up an
        article, kept until the timeline changes (``_tellers``)."""
        tellers = self._tellers
        names: dict[str, None] = {}
        for evidence in event.evidence:
            # (a sentence of another article names it: ``core.sourced.evidence_source``,
            # read here without its import on every cell)
            source = getattr(evidence, "source", event.source_id)
            name = tellers.get(source)
            if name is None:
                from timeline_app.io.exchange import article_teller

                name = tellers[source] = article_teller(
                    self._document.timeline.sources.get(source or ""))
            if name:
                names[name] = None
        return ", ".join(names)

    def _on_lane_order_changed(self) -> None:
        """A lane moved: the Category column's order, re-sorted if the rows follow it."""
        self._order_cache.pop(2, None)
        if self._sort_column == 2:
            self._reset()

    def _on_colors_changed(self) -> None:
        """A lane's colour changed: the swatches of every row, nothing else."""
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, self._swatch_column),
                                  self.index(rows - 1, self._swatch_column),
                                  [Qt.ItemDataRole.DecorationRole])

    def _reset(self, *_args: object) -> None:
        self.beginResetModel()
        self._rebuild_rows()
        self.endResetModel()

    def set_emphasis(self, matches: frozenset[str] | set[str] | None,
                     hidden: frozenset[str] | set[str]) -> None:
        """Show only events not in ``hidden``; mark ``matches`` (``None``: no search)."""
        self._dim_color = None  # the palette may have changed since
        if hidden is not self._hidden and hidden != self._hidden:
            self._hidden = hidden
            self._matches = matches
            self._reset()
            return
        # The same ids, as the filters follow an edit (``query.hidden_after``): kept as
        # now, whose look-ups need no id read (session 60, scale63).
        self._hidden = hidden
        if matches is not self._matches:
            self._matches = matches
            if self._rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def set_swatch_column(self, column: int) -> None:
        """Show each event's category colour in ``column`` (2: Category, 1: Event)."""
        if column != self._swatch_column:
            self._swatch_column = column
            if self._rows:
                self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 2),
                                      [Qt.ItemDataRole.DecorationRole])

    def set_status_in_title(self, shown: bool) -> None:
        """Start the Event column's text with the event's status ("Disputed · …"), or
        not: while the Status column, ticked, gives way in a list too narrow for it
        (verify73 F18: a narrow Events tab showed the Disputed draft as every other row)."""
        if shown != self._status_in_title:
            self._status_in_title = shown
            if self._rows:
                self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1),
                                      [Qt.ItemDataRole.DisplayRole])

    def _title_text(self, event: Event) -> str:
        """The Event column's text: the title (capped, ``display_title``), after its
        status while the Status column gives way (``set_status_in_title``)."""
        title = display_title(event.title, 1_000)  # laid out: capped (safe_text)
        if self._status_in_title and event.status:
            return f"{status_words(event.status)} · {title}"
        return title

    def clear_sort_cache(self) -> None:
        """Forget the cached orders (benchmarks use this to time a cold sort)."""
        self._order_cache.clear()

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def event_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, event_id: str) -> int:
        """The row showing the event; raises ``KeyError`` if it is not shown.

        Sorted by date with nothing hidden the rows are the timeline's events (or them
        reversed): the row is ``Timeline.index_of``, a bisection.  Otherwise a dict of
        the rows is built once per change of them (~0.5 s at 1 000 000 rows, which the
        first Find Next after a search paid: new-user trial 10, finding 5).
        """
        if self._row_of is None and self._sort_column == 0 and self._hidden:
            found = self._row_by_bisection(event_id)
            if found is not None:
                return found
        if self._row_of is None and self._sort_column == 0 and not self._hidden:
            timeline = self._document.timeline
            if event_id not in timeline and len(self._rows) == len(timeline):
                # the rows are the timeline's events: an event gone is in none of them
                # (the selection of a deleted event built the dict of 1 000 000 rows to
                # say so, ~1 s of each Delete: session 49, edit55)
                raise KeyError(event_id)
            if event_id in timeline:
                row = timeline.index_of(event_id)
                if self._sort_order == Qt.SortOrder.DescendingOrder:
                    row = len(self._rows) - 1 - row
                if 0 <= row < len(self._rows) and self._rows[row].id == event_id:
                    return row
        if self._row_of is None:
            self._row_of = {event.id: row for row, event in enumerate(self._rows)}
        return self._row_of[event_id]

    def first_row_in_days(self, first_day: float, last_day: float) -> int | None:
        """In date order (the Date column, ``sort_column`` 0), the first row from the top
        that starts in the days ``first_day``..``last_day`` (day numbers; the view's), or
        the row where it would stand; None in another order or with no rows.  By
        bisection on the rows' start days (ascending; descending: from ``last_day``
        down): a few dozen rows read (made, for a lazily loaded file), none for each row
        (verify91 F6)."""
        rows = self._rows
        if self._sort_column != 0 or not len(rows):
            return None
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            row = bisect.bisect_left(range(len(rows)), -math.floor(last_day),
                                     key=lambda at: -rows[at].date.start_day())
        else:
            row = bisect.bisect_left(range(len(rows)), math.floor(first_day),
                                     key=lambda at: rows[at].date.start_day())
        return min(row, len(rows) - 1)

    def _row_by_bisection(self, event_id: str) -> int | None:
        """The row of ``event_id`` among rows sifted by the filters from the timeline's
        own date order (``_rebuild_rows``, ``_rows_revision`` the timeline's still), by
        bisection over the rows' places in the timeline (``Timeline.index_of``: a few
        dozen look-ups), not the dict of every row (~2.6 s at 700 000 rows, which every
        edit under a filter built to follow the selection; session 49, edit55); raises
        ``KeyError`` when the filters hide it or it is gone.  None when the rows are not
        so (another order, or a change not yet taken): the dict is built as before."""
        timeline = self._document.timeline
        rows = self._rows
        if self._rows_revision != timeline.revision:
            return None
        if event_id not in timeline:
            raise KeyError(event_id)
        index_of = timeline.index_of
        items = rows.items if isinstance(rows, LazyEvents) else rows
        store = timeline.store
        descending = self._sort_order == Qt.SortOrder.DescendingOrder

        def place(row: int) -> int:
            item = items[row]
            at = index_of(store.event_id(item) if type(item) is int  # type: ignore[union-attr]
                          else item.id)  # type: ignore[union-attr]
            return -at if descending else at

        wanted = index_of(event_id)
        row = bisect.bisect_left(range(len(items)), -wanted if descending else wanted,
                                 key=place)
        if row < len(items) and place(row) == (-wanted if descending else wanted):
            return row
        raise KeyError(event_id)

    def rows_of(self, event_ids: Iterable[str]) -> list[int]:
        """The rows showing those of ``event_ids`` that are shown, in their order.

        More than ``ROWS_BY_BISECTION`` ids build the dict of rows (~30 ms at 100 000
        rows) rather than bisect for each: 100 000 selected by an undo took ~2 s of
        bisections (verify27, finding 5).
        """
        ids = event_ids if isinstance(event_ids, (list, tuple)) else list(event_ids)
        if len(ids) > ROWS_BY_BISECTION and self._row_of is None:
            self._row_of = {event.id: row for row, event in enumerate(self._rows)}
        if self._row_of is not None:
            row_of = self._row_of
            return [row_of[i] for i in ids if i in row_of]
        rows = []
        for event_id in ids:
            try:
                rows.append(self.row_of(event_id))
            except KeyError:
                continue
        return rows

    # -- Qt overrides ----------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort_column, self._sort_order = column, order
        self._reset()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802,B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def plain_cell(self, row: int, column: int
                   ) -> tuple[str, QColor | None, QFont | None, Qt.AlignmentFlag]:
        """A cell's text, its dimmed colour and bold font under a search (None: as the
        list's) and its alignment (``cell`` without its swatch)."""
        text, dim, bold, alignment, _swatch = self.cell(row, column)
        return text, dim, bold, alignment

    def cell(self, row: int, column: int
             ) -> tuple[str, QColor | None, QFont | None, Qt.AlignmentFlag, QColor | None]:
        """A cell as ``_CellDelegate`` paints it, in one call: its text, its dimmed colour
        and bold font under a search (None: as the list's), its alignment and the
        category's colour where the swatch goes (None elsewhere) — what ``data`` answers
        for the display, foreground, font, alignment and decoration roles.  Qt's own
        delegate asks ``data`` seven roles a cell, each a call into Python (verify43 F26,
        issue 11)."""
        alignment = _RIGHT_FLAG if column == 7 else _LEFT_FLAG
        rows = self._rows
        if not 0 <= row < len(rows):
            return "", None, None, alignment, None
        event = rows[row]
        if column == 0:  # a range in full ("March 1965 – June 1965"); sorted by start
            text = date_cell_text(event)  # ("week of 23 November 2026": F6)
        elif column == 1:
            text = self._title_text(event)
        elif column == 2:
            text = category_label(event.category)
        elif column == 3:  # (empty while not assessed: most events, a quiet column)
            text = status_words(event.status) if event.status else ""
        else:
            text = self.column_text(event, column)
        swatch = category_color(event.category) if column == self._swatch_column else None
        if self._matches is None:
            return text, None, None, alignment, swatch
        dim = self._value(event, column, _FOREGROUND)
        bold = self._value(event, column, _FONT)
        return (text, dim if isinstance(dim, QColor) else None,
                bold if isinstance(bold, QFont) else None, alignment, swatch)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            hint = self.COLUMN_HINTS.get(section)
            return (f"Sort by {self.COLUMNS[section].lower()} (click again to reverse)"
                    + (f": {hint}" if hint else "")
                    + "; right-click a header to choose the columns")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._value(self._rows[index.row()], index.column(), role)

    def _value(self, event: Event, column: int, role: int) -> object:
        """What ``data`` answers for ``event``'s cell in ``column`` for ``role``."""
        # Roles asked for every cell painted and answered by nothing here, or by nothing
        # without a search, go first: a frame asks seven roles a cell, ~1 700 calls with
        # the chosen columns shown (verify43 F26, issue 11).  (One ``multiData`` call a
        # cell was slower: PySide's span items cost ~60 µs a cell.)
        if role in _UNANSWERED or (role in _SEARCH_ROLES and self._matches is None):
            return None
        if role == _ALIGNMENT:
            return _RIGHT if column == 7 else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:  # a range in full ("March 1965 – June 1965"); sorted by start
                return date_cell_text(event)
            if column == 1:
                return self._title_text(event)
            if column == 3:  # (empty while not assessed: most events, a quiet column)
                return status_words(event.status) if event.status else ""
            if column >= 4:
                return self.column_text(event, column)
            return category_label(event.category)
        if role == _ACCESSIBLE_TEXT:  # (only a screen reader asks; None: the text)
            return date_cell_words(event) if column == 0 else None
        if role == Qt.ItemDataRole.ToolTipRole:
            from timeline_app.ui.detail_pane import date_line  # (as Details says it: F6)

            text = f"{event.title}\n{date_line(event)} · {category_label(event.category)}"
            if event.status:
                text += f" · {status_words(event.status)}"
            if self.find_text and self._matches is not None and event.id in self._matches:
                from timeline_app.core.query import found_in

                fields = found_in(event, self.find_text)  # (verify29: found where?)
                if fields:
                    text += f"\nFind matched in: {', '.join(fields)}"
            return tooltip_text(text)
        if role == Qt.ItemDataRole.DecorationRole and column == self._swatch_column:
            return category_color(event.category)
        if role == Qt.ItemDataRole.UserRole:
            return event.id
        if self._matches is not None:
            is_match = event.id in self._matches
            if role == Qt.ItemDataRole.ForegroundRole and not is_match:
                if self._dim_color is None:  # once per search, not per cell
                    palette = QGuiApplication.palette()
                    self._dim_color = dim_text_color(palette.text().color(),
                                                     palette.base().color())
                return self._dim_color
            if role == Qt.ItemDataRole.FontRole and is_match:
                if self._match_font is None:
                    self._match_font = QFont(QGuiApplication.font())
                    self._match_font.setBold(True)
                return self._match_font
        return None


class _CellDelegate(QStyledItemDelegate):
    """Every cell of the list from the model in one call (``EventTableModel.cell``): its
    text, dimmed or bold as a search marks the row, its alignment and, in the swatch's
    column, the category's colour as a small square (as Qt's own delegate draws a colour
    it is given, one icon a colour and size, kept).  Qt's own delegate asks the model
    seven roles a cell, each a call into Python: with all eight columns shown a frame of
    the list cost ~30 % more than main's three (callgrind, verify43 F26, issue 11;
    ``benchmarks/event_list_cg.py``)."""

    def __init__(self, model: EventTableModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model
        self._view = parent
        self._swatches: dict[tuple[int, int, int], QIcon] = {}
        #: Each visible cell as ``paint`` draws it, by (row, column): ``_Cell``, until
        #: the model's rows change (any change: ``forget``), or the cell's size.
        self._cells: OrderedDict[tuple[int, int], _Cell] = OrderedDict()
        #: Each text laid out (``_laid_out``), by (text, its bold font's id or 0, width,
        #: alignment), for the cells that show it, until ``forget``.
        self._texts: OrderedDict[tuple[str, int, int, object],
                                 tuple[QTextLayout, int] | None] = OrderedDict()
        #: Where a column's text goes in a cell of a size, with a swatch or without:
        #: (x, y of the text's rectangle from the cell's top left, its width less the
        #: margins, its height); None where the style wraps the text (``_room``).
        self._rooms: dict[tuple[int, tuple[int, int], bool],
                          tuple[int, int, int, int] | None] = {}
        #: The text's pen and whether the cell is selected, by the cell's style state.
        self._pens: dict[object, tuple[QPen, bool]] = {}
        #: What every cell's text is laid out with, read from the first cell painted
        #: (``_look_of``): the style, the font, the text options by alignment, the
        #: elision, the focus frame's margin.
        self._look: tuple[QStyle, QFont, dict[object, QTextOption], Qt.TextElideMode,
                          int] | None = None
        for changed in (model.modelReset, model.layoutChanged, model.dataChanged,
                        model.rowsInserted, model.rowsRemoved, model.rowsMoved):
            changed.connect(self.forget)

    def forget(self, *_args: object) -> None:
        """Lay every cell out anew at its next paint: the rows, the list's font, style,
        palette or direction changed (``EventList.changeEvent``)."""
        self._cells.clear()
        self._texts.clear()
        self._rooms.clear()
        self._pens.clear()
        self._look = None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """The cell as ``QStyledItemDelegate`` paints it, its text laid out once: the
        style draws the background, the selection, the swatch and the focus frame, and
        the text is drawn from the cell's ``QTextLayout``, shaped when the cell was
        first painted at its size (``_lay_out``).  The style's own paint shaped each
        cell's text three times a frame, to measure, elide and draw it
        (``QCommonStyle::viewItemDrawText``, ``viewItemSize``, ``calculateElidedText``):
        half of each key's instructions with the list on screen, 109 M of Up's 227 M
        (issue 11; session 43, list48).  Wrapped text (the narrow list's two lines a
        row) and text of several lines are left to the style."""
        row, column = index.row(), index.column()
        rect = option.rect  # type: ignore[attr-defined]
        size = (rect.width(), rect.height())
        cell = self._cells.get((row, column))
        if cell is None or cell[0] != size:
            cell = self._lay_out(option, index, row, column, size)
        _size, kind, laid, x, y, dim, icon, clip = cell
        if kind == _STYLES_OWN:
            super().paint(painter, option, index)
            return
        style = self._look[0]  # type: ignore[index]
        if icon is None:
            style.drawControl(_ITEM_VIEW_ITEM, option, painter, self._view)
        else:
            opt = QStyleOptionViewItem(option)
            opt.icon = icon  # type: ignore[attr-defined]
            opt.features |= _DISPLAY_AND_DECORATION  # type: ignore[attr-defined]
            style.drawControl(_ITEM_VIEW_ITEM, opt, painter, self._view)
        if laid is None:
            return
        state = option.state  # type: ignore[attr-defined]
        pen = self._pens.get(state)
        if pen is None:
            pen = self._pens[state] = _text_pen(option, state)
        painter.setPen(dim if dim is not None and not pen[1] else pen[0])
        if clip:
            painter.save()
            painter.setClipRect(rect)
            laid.draw(painter, QPointF(rect.x() + x, rect.y() + y))
            painter.restore()
        else:
            laid.draw(painter, QPointF(rect.x() + x, rect.y() + y))

    def _lay_out(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex, row: int, column: int,
                 size: tuple[int, int]) -> _Cell:
        """The cell's text laid out as the style lays it out (``_laid_out``) in the
        text's rectangle (``_room``), kept (``_cells``)."""
        cells = self._cells
        if len(cells) >= CELLS_KEPT:
            # The cell laid out first goes: emptied at once, the 2 048 layouts' release
            # made one frame in ~37 pages of new rows 4-8 ms longer (session 44, list49).
            cells.popitem(last=False)
        look = self._look
        if look is None:
            look = self._look = self._look_of(option)
        model_cell = self._model.cell(row, column)
        text, dim_color, bold, alignment, swatch = model_cell
        icon = None if swatch is None else self._swatch(swatch, option)
        room_key = (column, size, icon is not None)
        room = self._rooms.get(room_key, self._rooms)
        if room is self._rooms:
            room = self._rooms[room_key] = self._room(option, model_cell, look)
        cell: _Cell
        if room is None:  # (wrapped)
            cell = (size, _STYLES_OWN, None, 0, 0, None, None, False)
        elif not text:
            cell = (size, _BACKGROUND, None, 0, 0, None, icon, False)
        else:
            _style, font, options, elide, margin = look
            text_option = options.get(alignment)
            if text_option is None:
                text_option = options[alignment] = _text_option(option.direction,  # type: ignore[attr-defined]
                                                                alignment)
            x, top, width, height = room
            # A text laid out once for every cell that shows it at that width (a
            # category, a day, a status: most rows share them with others).
            texts = self._texts
            text_key = (text, 0 if bold is None else id(bold), width, alignment)
            laid = texts.get(text_key, texts)
            if laid is texts:
                if len(texts) >= CELLS_KEPT:
                    texts.popitem(last=False)
                laid = texts[text_key] = _laid_out(text, font if bold is None else bold,
                                                   width, text_option, elide)
            if laid is None:
                cell = (size, _STYLES_OWN, None, 0, 0, None, None, False)
            else:
                layout, line_height = laid
                y = top + (height - line_height) // 2
                cell = (size, _TEXT, layout, x + margin, y,
                        None if dim_color is None else QPen(dim_color), icon,
                        y < 0 or y + line_height > size[1])
        cells[row, column] = cell
        return cell

    def _look_of(self, option: QStyleOptionViewItem) -> tuple[
            QStyle, QFont, dict[object, QTextOption], Qt.TextElideMode, int]:
        """What every cell's text is laid out with (``_look``), from a cell's option:
        the list's font, direction and elision, as the view gives every cell."""
        style = self._view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                   self._view) + 1
        return (style, QFont(option.font), {},  # type: ignore[attr-defined]
                option.textElideMode, margin)  # type: ignore[attr-defined]

    def _room(self, option: QStyleOptionViewItem,
              model_cell: tuple[str, QColor | None, QFont | None, Qt.AlignmentFlag,
                                QColor | None],
              look: tuple[QStyle, QFont, dict[object, QTextOption], Qt.TextElideMode, int]
              ) -> tuple[int, int, int, int] | None:
        """The text's rectangle in a cell (``SE_ItemViewItemText``: a table's is the
        cell's room beside the swatch whatever the text, ``showDecorationSelected``),
        from the cell's top left, its width less the focus frame's margin each side;
        None where the style wraps the text."""
        opt = QStyleOptionViewItem(option)
        self._fill(opt, model_cell)
        if opt.features & _WRAP_TEXT:  # type: ignore[attr-defined]
            return None
        opt.text = ""  # type: ignore[attr-defined]
        room = look[0].subElementRect(_ITEM_TEXT_RECT, opt, self._view)
        rect = option.rect  # type: ignore[attr-defined]
        return (room.x() - rect.x(), room.y() - rect.y(), room.width() - 2 * look[4],
                room.height())

    def _swatch(self, color: QColor, option: QStyleOptionViewItem) -> QIcon:
        """The category's colour as a square of the option's decoration size (kept)."""
        size = option.decorationSize  # type: ignore[attr-defined]
        key = (color.rgba(), size.width(), size.height())
        icon = self._swatches.get(key)
        if icon is None:
            pixmap = QPixmap(size)
            pixmap.fill(color)
            icon = self._swatches[key] = QIcon(pixmap)
        return icon

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                        index: QModelIndex | QPersistentModelIndex) -> None:
        self._fill(option, self._model.cell(index.row(), index.column()))

    def _fill(self, option: QStyleOptionViewItem,
              cell: tuple[str, QColor | None, QFont | None, Qt.AlignmentFlag, QColor | None]
              ) -> None:
        """``option`` made to show ``cell`` (``EventTableModel.cell``)."""
        text, foreground, font, alignment, swatch = cell
        option.text = text  # type: ignore[attr-defined]
        option.features |= _HAS_DISPLAY  # type: ignore[attr-defined]
        option.displayAlignment = alignment  # type: ignore[attr-defined]
        if font is not None:
            option.font = font  # type: ignore[attr-defined]
        if foreground is not None:
            option.palette.setColor(QPalette.ColorRole.Text, foreground)  # type: ignore[attr-defined]
        if swatch is not None:
            option.icon = self._swatch(swatch, option)  # type: ignore[attr-defined]
            option.features |= _HAS_DECORATION  # type: ignore[attr-defined]


_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_HAS_DECORATION = QStyleOptionViewItem.ViewItemFeature.HasDecoration
_DISPLAY_AND_DECORATION = _HAS_DISPLAY | _HAS_DECORATION
_WRAP_TEXT = QStyleOptionViewItem.ViewItemFeature.WrapText
_ITEM_VIEW_ITEM = QStyle.ControlElement.CE_ItemViewItem
_GRID_COLOR = QStyle.StyleHint.SH_Table_GridLineColor
_LEFT_TOP_LINES = QStyle.StyleHint.SH_Table_AlwaysDrawLeftTopGridLines
_TRANSLATE = QTransform.TransformationType.TxTranslate.value
_ITEM_TEXT_RECT = QStyle.SubElement.SE_ItemViewItemText
_SELECTED = QStyle.StateFlag.State_Selected
_ENABLED = QStyle.StateFlag.State_Enabled
_ACTIVE = QStyle.StateFlag.State_Active

#: How many cells ``_CellDelegate`` keeps laid out (a full-screen list shows ~40 rows of
#: up to 8 columns: a few screens' worth); beyond it, each new cell drops the one laid out
#: longest ago.
CELLS_KEPT = 2048

#: What ``_CellDelegate.paint`` does with a cell: the style's own paint (wrapped text,
#: several lines), the style's background alone (no text), or the background and the
#: cell's laid-out text.
_STYLES_OWN, _BACKGROUND, _TEXT = 0, 1, 2

#: A cell as ``_CellDelegate`` paints it: (its size, what to do (``_TEXT`` ...), the text
#: laid out, where it starts from the cell's top left (x, y), the pen of a dimmed row
#: (None: the palette's), the swatch (None: none), whether to clip the text to the cell
#: (taller than the cell)).
_Cell = tuple[tuple[int, int], int, "QTextLayout | None", int, int, "QPen | None",
              "QIcon | None", bool]


def _text_pen(option: QStyleOptionViewItem, state: QStyle.StateFlag) -> tuple[QPen, bool]:
    """The pen of a cell's text in ``state`` and whether the cell is selected, as
    ``QCommonStyle``'s ``CE_ItemViewItem`` chooses it: the palette's highlighted text
    for a selected cell, else its text, of the disabled, inactive or normal group."""
    group = (QPalette.ColorGroup.Disabled if not state & _ENABLED
             else QPalette.ColorGroup.Normal if state & _ACTIVE
             else QPalette.ColorGroup.Inactive)
    selected = bool(state & _SELECTED)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    return QPen(option.palette.color(group, role)), selected  # type: ignore[attr-defined]


def _text_option(direction: Qt.LayoutDirection, alignment: Qt.AlignmentFlag) -> QTextOption:
    """The options ``QCommonStyle`` lays a view item's text out with: one line, the
    direction, the alignment as seen (left and right swapped right to left)."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.ManualWrap)
    option.setTextDirection(direction)
    option.setAlignment(QStyle.visualAlignment(direction, alignment))
    return option


def _laid_out(text: str, font: QFont, width: int, option: QTextOption,
              elide: Qt.TextElideMode) -> tuple[QTextLayout, int] | None:
    """``text`` as ``QCommonStyle`` draws a view item's one line of text in a rectangle
    ``width`` px wide (Qt 6 ``qcommonstyle.cpp``, ``calculateElidedText`` and
    ``viewItemDrawText``): laid out in ``font`` with ``option`` (``_text_option``),
    elided to the width where its natural width exceeds it (laid out again then);
    returns the layout, kept shaped (``setCacheEnabled``), to draw at the rectangle's
    left (the alignment is inside the width) and the height its vertical centring uses
    (the line's, fallback fonts included, rounded); None for text of more than one line.
    The style lays the text out three times a paint: to measure, elide and draw it."""
    layout = _one_line(text, font, option, width)
    if layout is None:
        return None
    height = layout.boundingRect().size().toSize().height()
    if layout.lineAt(0).naturalTextWidth() > width:
        layout = _one_line(QFontMetrics(font).elidedText(text, elide, width), font, option,
                           width)
        if layout is None:
            return None
    return layout, height


def _one_line(text: str, font: QFont, option: QTextOption, width: int) -> QTextLayout | None:
    """``text`` laid out in one line ``width`` px wide, shaped once for every paint
    (``QTextLayout.setCacheEnabled``); None if it takes more than one line."""
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(width)
    line.setPosition(QPointF(0, 0))
    more = layout.createLine().isValid()
    layout.endLayout()
    return None if more else layout


def shown_columns() -> set[int]:
    """The Events list's choosable columns to show (``settings.EVENT_LIST_COLUMNS``), as
    column numbers of ``EventTableModel.COLUMNS``; names it does not know are left out."""
    names = EVENT_LIST_COLUMNS.get(open_settings()).split("|")
    return {c for c in EventTableModel.CHOOSABLE if EventTableModel.COLUMNS[c] in names}


def set_shown_columns(columns: set[int]) -> None:
    """Keep the Events list's shown choosable columns for the next run (``shown_columns``)."""
    EVENT_LIST_COLUMNS.set(open_settings(),
                           "|".join(EventTableModel.COLUMNS[c] for c in sorted(columns)))


def _new_header(orientation: Qt.Orientation, parent: QTableView) -> QHeaderView:
    """A table's header as ``QTableView`` makes its own: clickable, highlighting the
    sections of the selection."""
    header = (_ColumnsHeader(parent) if orientation == Qt.Orientation.Horizontal
              else QHeaderView(orientation, parent))
    header.setSectionsClickable(True)
    header.setHighlightSections(True)
    return header


#: More selection ranges than this: the column header repaints at each change of the
#: selection, as Qt's does (reading the ranges would cost more than the paint).
_RANGES_READ = 64


class _ColumnsHeader(QHeaderView):
    """The column header, repainted when the selection changes only where its sections'
    highlight may change.  Qt's header highlights the sections of the columns the
    selection meets (``QHeaderView::initStyleOptionForIndex``: ``State_On``, and
    ``State_Sunken`` for a column selected whole) and repainted every section at any
    change of the selection: in a list that selects whole rows, at every key that moves
    the current row, 1.1 M instructions a key for the same picture (issue 11; session
    44, list49).  The columns the selection meets are read from its ranges (a few);
    with many ranges, or as many selected rows as rows (a column maybe selected whole:
    ``isColumnSelected`` reads every row), the header repaints as Qt's does."""

    def __init__(self, parent: QTableView) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        #: The columns the selection met at the last paint (``_highlight``).
        self._painted: frozenset[int] | None = None

    def _highlight(self) -> frozenset[int] | None:
        """The columns the selection meets, if no column may be selected whole (None:
        unknown, or maybe one is)."""
        selection_model, model = self.selectionModel(), self.model()
        if selection_model is None or model is None:
            return None
        ranges = selection_model.selection()
        if ranges.size() > _RANGES_READ:
            return None
        rows, met = 0, set()
        for selected in ranges:
            if selected.parent() != self.rootIndex():
                return None
            rows += selected.height()
            met.update(range(selected.left(), selected.right() + 1))
        if rows and rows >= model.rowCount(self.rootIndex()):
            return None
        return frozenset(met)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        self._painted = self._highlight()
        super().paintEvent(event)

    def selectionChanged(self, selected: QItemSelection,  # noqa: N802 - Qt override
                         deselected: QItemSelection) -> None:
        highlight = self._highlight()
        if highlight is None or highlight != self._painted:
            super().selectionChanged(selected, deselected)


#: How long (ms) after the last auto-repeat of a key held in the list the row it reached
#: is shown out of a "+N" badge (``row_picked``), if the key's release has not shown it
#: already: longer than a keyboard's repeat interval (25-50 ms), so that a held key's
#: rows do not each zoom the timeline (session 42, list47).
HELD_PICK_MS = 250

#: Changes of the list that change how its cells' texts are laid out or coloured.
_LOOK_CHANGES = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange,
                           QEvent.Type.PaletteChange, QEvent.Type.LayoutDirectionChange})

#: The keys that move the current row: with Ctrl held, Qt moves it without selecting it.
_MOVES_WITH_CONTROL = frozenset({Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Up,
                                 Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})


class EventList(QTableView):
    """The list of events; selecting a row selects the event everywhere.

    Ctrl+← / Ctrl+→ ask for the selected events to move one step of their precision
    (``nudge_requested``: -1 or 1), as they do on the timeline: in the list they moved
    its current cell between columns, which shows nothing in a list that selects rows,
    and a user who pressed them there saw nothing happen (verify29, fault 5)."""

    nudge_requested = Signal(int)
    #: The person made this event (an id) the list's current row (a click, the arrows):
    #: the main window shows it on the timeline, out of a "+N" badge too (verify51 F16:
    #: a row picked in the list whose event was in a badge only ringed the badge).  While
    #: a key is held (its auto-repeats), only the row it stops on is picked: at its
    #: release, or ``HELD_PICK_MS`` after its last repeat.  Each row it passes is still
    #: selected (details, the timeline's ring), but zooming the timeline in to draw each
    #: one out of its badge changed the zoom under the person's eyes 25-30 times a second
    #: and cost each step a new zoom level's layout and picture (issue 11: the list's
    #: keys at 100 000 rows in ≤ 8 ms; session 42, list47).
    row_picked = Signal(str)
    #: The row of this event (an id) is about to be picked: selected, then
    #: ``row_picked`` at once (not while a key is held).
    picking = Signal(str)
    #: A key held in the list stopped (its release, or ``HELD_PICK_MS`` after its last
    #: auto-repeat): what ``key_held`` held back may be shown now (Details).
    held_key_stopped = Signal()
    #: The row of this event (an id) is about to be selected by a held key's auto-repeat:
    #: the timeline may show it at the event loop's next turn (``TimelineView.follow_soon``:
    #: of repeats faster than frames, the last).
    passing = Signal(str)

    def __init__(self, document: Document, selection: EventSelection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventList")
        self.setAccessibleName("Events")
        self.setAccessibleDescription("Events of the timeline; click a column header to sort")
        self._selection = selection
        self._model = EventTableModel(document, self)
        self.setModel(self._model)
        self._delegate = _CellDelegate(self._model, self)
        self.setItemDelegate(self._delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Ctrl/Shift-click selects several events (for Delete); one is current.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the list, as it leaves every other field: walking its cells changed
        # the selected event at each press (new-user trial 9); arrows move within it.
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        # The grid's lines are drawn by ``_paint_grid``, faster; the cells keep their room
        # for them (``showGrid`` stays on).
        self.setGridStyle(Qt.PenStyle.NoPen)
        # Both headers made here, in Python, as QTableView itself makes them, rather than
        # fetched with verticalHeader(): PySide once handed that one back as a plain
        # QWidget, without QHeaderView's methods (AttributeError), under the open
        # profile's sampler, as it did menuBar() (issue 11; see MainWindow's menu bar).
        rows = _new_header(Qt.Orientation.Vertical, self)
        self.setVerticalHeader(rows)
        header = _new_header(Qt.Orientation.Horizontal, self)
        self.setHorizontalHeader(header)
        rows.setVisible(False)
        # The rows' scroll bar repainted only where its slider was and is, and not at all
        # while it stays on the same pixels (the timeline's own bar, ``_PanScrollBar``):
        # at 100 000 rows a PageDown moves it by 1/30 px, and each key that scrolled the
        # list repainted the whole Fusion bar and, behind it, the dock, the list's frame
        # and the window's background (~1 M instructions a PageDown; issue 11, session 45,
        # list50).  QAbstractItemView's own two connections to its first bar are made
        # again: ``setVerticalScrollBar`` makes only QAbstractScrollArea's.
        from timeline_app.ui.view_base import _PanScrollBar

        bar = _PanScrollBar(Qt.Orientation.Vertical)
        self.setVerticalScrollBar(bar)
        bar.actionTriggered.connect(self.verticalScrollbarAction)
        bar.valueChanged.connect(self.verticalScrollbarValueChanged)
        rows.setDefaultSectionSize(event_row_height(self.fontMetrics().height()))
        # Fixed widths: resizing to contents would read every row of a 100 000-event timeline.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        # What the Date and Category columns would like; in a narrow dock they give way so
        # the titles stay readable (``_fit_columns``), down to a plain day's width.
        # (a span of long month names: "21 November – 14 December…" was cut beside a
        # mostly blank Event column, verify28)
        self._wanted_widths = {
            0: metrics.horizontalAdvance("c. 21 September – 14 December 2025") + 16,
            2: metrics.horizontalAdvance("Anniversary") + 40}
        self._least_widths = {0: metrics.horizontalAdvance("22 March 2025") + 16,
                              2: metrics.horizontalAdvance("Meeting") + 32}
        #: The Category column's wanted width at least ("Anniversary"); more for a
        #: timeline whose longest category label is wider (``_category_room``).
        self._category_floor = self._wanted_widths[2]
        self._category_cap = metrics.averageCharWidth() * 32 + 40  # a sentence-long one
        self._document = document
        #: The widest category label's width (with the swatch), None until measured:
        #: measured when the columns are next fitted after a reset (one C-level pass,
        #: 100 000 events ~2.5 ms), widened by each added or changed event.
        self._category_width: int | None = None
        #: (timeline, its categories) found where it was loaded (``use_categories``).
        self._given_categories: tuple[object, frozenset[str]] | None = None
        document.reset.connect(self._forget_category_width)
        document.event_added.connect(self._widen_for_category)
        document.event_changed.connect(self._widen_for_category)
        document.events_replaced.connect(lambda _ids: self._forget_category_width())  # many
        # Narrower than this, the Event column takes the Category column's room and shows
        # the category as its colour (verify9: "South Korea an…" in the Events tab at
        # 1024×700, ~14 characters).
        self._least_title_width = metrics.averageCharWidth() * 28
        #: Wider than this the Event column stops growing: the Category and Status
        #: columns stay beside the titles and the rest of the width is left empty at the
        #: right (verify58 F29: at 2560 px the Event column took ~2050 px, a row's
        #: category ~2000 px right of its title).  About 100 characters: a long title
        #: whole (the timeline shortens one at ``MAX_LABEL_PX``, ~90).  Measuring the
        #: titles instead reads every event (1.3 s at 100 000).
        self._most_title_width = metrics.averageCharWidth() * 100
        #: The Event column's width the person dragged it to while it was at that most
        #: (kept there as the Date and Category columns' are), None before.
        self._title_sized: int | None = None
        self._user_sized: set[int] = set()  # columns the user dragged: left as they are
        self._fitting = False
        for column, width in self._wanted_widths.items():
            self.setColumnWidth(column, width)
        # The Status column: its longest word, no more (most rows are blank: not assessed).
        self._status_width = metrics.horizontalAdvance("Unconfirmed") + 24
        self.setColumnWidth(3, self._status_width)
        # The other choosable columns (``EventTableModel.CHOOSABLE``): a few names, a
        # city, two or three outlets, a number; dragged wider, they stay so.
        average = metrics.averageCharWidth()
        for column, characters in ((4, 24), (5, 14), (6, 22)):
            self.setColumnWidth(column, average * characters + 16)
        self.setColumnWidth(7, metrics.horizontalAdvance("Sentences") + 28)
        #: The choosable columns shown (the person's choice, kept between runs).
        self._shown_columns = shown_columns()
        for column in EventTableModel.CHOOSABLE:
            self.setColumnHidden(column, column not in self._shown_columns)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self._show_columns_menu(header.mapToGlobal(pos)))
        header.sectionResized.connect(self._on_section_resized)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self.setSortingEnabled(True)  # a header click calls EventTableModel.sort
        # (a held key's row, picked once it stops: ``row_picked``)
        self._key_repeating = False
        #: True while the list handles a key press (``_on_rows_selected``)
        self._keying = False
        #: The event of the row a key picked, while the key is handled: picked
        #: (``row_picked``) once the list has shown its row (``_show_rows_first``).
        self._pick_after_paint: str | None = None
        #: Whether showing an event (an id) picked by a key moves the timeline (a zoom,
        #: a scroll): the list's row is then shown first
        #: (``_show_rows_first``); None: never asked, the row shown with the timeline.
        self.reveal_moves_view: Callable[[str], bool] | None = None
        #: True while a key moves only the current row (Ctrl+↑ / ↓, Home, End, PgUp, PgDn
        #: without Shift): the selection stays as it is (``_on_current_row``).
        self._moving_current_only = False
        #: The current row when a key that moves it and selects (↑ ↓ PgUp PgDn Home End
        #: without Ctrl) was pressed, while the list handles it (``_on_rows_selected``).
        self._key_from_row: int | None = None
        self._held_pick = QTimer(self)
        self._held_pick.setSingleShot(True)
        self._held_pick.setInterval(HELD_PICK_MS)
        self._held_pick.timeout.connect(self._pick_held_row)
        self.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.selectionModel().selectionChanged.connect(self._on_rows_selected)
        # True while the list itself changes the shared selection, or follows it: the echo
        # of a change is not a change (a Ctrl-click in the view must not collapse to one row).
        self._following = False
        # The selection (its ids' tuple, its current id) the list last showed, until the
        # rows change: ``select_many`` changing both emits ``changed`` then
        # ``ids_changed``, and the second showed the same selection again (~0.2 s for
        # 100 000 events selected by an undo, verify27 finding 5).
        self._followed: tuple[tuple[str, ...], str] | None = None
        # The shared selection as it was before the current row moved (``_on_current_row``).
        self._selected_before: tuple[str, ...] | None = None
        for rows_changed in (self._model.modelReset, self._model.rowsInserted,
                             self._model.rowsRemoved, self._model.layoutChanged):
            rows_changed.connect(self._forget_followed)  # (before the follow of a reset)
        selection.changed.connect(self._follow_selection)
        selection.ids_changed.connect(self._follow_current)
        self._model.modelReset.connect(self._follow_current)
        # Another timeline starts at its first row, not at the last one's scroll position
        # (new-user trial 5). Connected after the model's own reset, so it runs after it.
        document.reset.connect(self._show_first_rows)

    def _show_first_rows(self) -> None:
        self.scrollToTop()
        if self._selection.event_id:  # e.g. the first event, selected as the file opened
            self._follow_current()

    def _follow_current(self) -> None:
        followed = self._followed
        if (followed is not None and followed[0] is self._selection.event_ids
                and followed[1] == self._selection.event_id):
            return  # shown already, the rows unchanged since
        self._follow_selection(self._selection.event_id)

    def _forget_followed(self, *_args: object) -> None:
        self._followed = None

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._moving_current_only:
            # Ctrl+↑ / ↓: the current row moves, the selection stays (Qt's
            # ExtendedSelection; Ctrl+Space then adds or takes out the row there):
            # verify58 F10 built a selection of rows apart for Merge (Ctrl+M) so.
            return
        if current.isValid() and not self._following:
            # Qt moves the current row before it changes the selection (a Ctrl-click,
            # Shift+Up): the selection it collapses here is the one whose order the
            # rows' selection then keeps (``_in_selection_order``).
            self._selected_before = self._selection.event_ids
            self._following = True
            event_id = self._model.event_id(current.row())
            if event_id:
                self._announce(event_id)
            try:
                self._selection.select(event_id)
            finally:
                self._following = False
            if not event_id:
                return
            if self._key_repeating:
                self._held_pick.start()  # (again: the row the key stops on)
            else:
                self._held_pick.stop()
                moves = self.reveal_moves_view
                if (self._keying and moves is not None and self.viewport().isVisible()
                        and moves(event_id)):
                    self._pick_after_paint = event_id  # (``_show_rows_first``)
                else:
                    self.row_picked.emit(event_id)

    def _announce(self, event_id: str) -> None:
        """The row of ``event_id`` is about to be selected by the person: ``picking``
        (``row_picked`` follows), or ``passing`` for a held key's auto-repeat."""
        if self._key_repeating:
            self.passing.emit(event_id)
        else:
            self.picking.emit(event_id)

    def key_held(self) -> bool:
        """True while the list handles a key's auto-repeat (a key held down): the rows
        it passes are selected, and what follows the selection may wait for
        ``held_key_stopped`` (Details does: ``DetailPane.hold_while``)."""
        return self._key_repeating

    def _pick_held_row(self) -> None:
        """The row a held key stopped on picked (``row_picked``) if its event is still
        the selected one; ``held_key_stopped`` first."""
        self._held_pick.stop()
        self.held_key_stopped.emit()
        current = self.currentIndex()
        event_id = self._model.event_id(current.row()) if current.isValid() else None
        if event_id and event_id == self._selection.event_id:
            self.row_picked.emit(event_id)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        super().keyReleaseEvent(event)
        if not event.isAutoRepeat() and self._held_pick.isActive():
            self._pick_held_row()  # the held key let go: its last row shown now

    def _on_rows_selected(self, *_args: object) -> None:
        if self._following:
            return
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        ids = [self._model.event_id(row) for row in rows]
        current = self.selectionModel().currentIndex()
        if (self._key_from_row is not None and len(rows) == 1 and current.isValid()
                and current.row() == rows[0] != self._key_from_row):
            # A key that moves the row and selects it (End, ↓): ``_on_current_row``
            # selects its event right after, told first (``picking``).  Followed here
            # too, the timeline was laid out twice, once at the zoom it left (End from a
            # view zoomed in elsewhere: list48's count, met when Ctrl+End no longer
            # selected, verify58 F10).
            return
        current_id = self._model.event_id(current.row()) if current.isValid() else None
        ids = self._in_selection_order(ids, current_id)
        if (self._keying and current_id and current_id in ids
                and current_id != self._selection.event_id):
            # A key's row is selected before ``currentRowChanged`` says it is current
            # (``QItemSelectionModel::setCurrentIndex`` sets it, selects, then tells):
            # its event is announced here, before the selection, as ``_on_current_row``
            # does for a click.  Said only there, after the selection, the timeline had
            # scrolled to it as it was selected (a layout at the zoom the reveal then
            # left; issue 11, session 47, list52).
            self._announce(current_id)
        self._following = True
        try:
            self._selection.select_many(ids, current_id if current_id in ids else None)
        finally:
            self._following = False

    def _in_selection_order(self, ids: list[str], current_id: str | None) -> list[str]:
        """``ids`` (the selected rows' events, in row order) in the order they were
        selected: those selected before first, as they were, then the rows that came
        in, the current row (the one clicked or reached by Shift+arrow) last among them.

        Edit → Merge Selected Events offers the first selected's title, date and place
        first (README): a click on the held 10 November signing then Ctrl-clicks on two
        "(scheduled)" events offered the scheduled title and "November 2026" first, the
        rows' date order (verify30, fault 7).  Linear in the selection (a Ctrl+A of
        100 000 rows: a set and two list passes)."""
        before = self._selected_before
        self._selected_before = None
        if before is None:
            before = self._selection.event_ids
        if not before:
            return ids
        wanted = set(ids)
        kept = [i for i in before if i in wanted]
        if len(kept) == len(ids):
            return kept
        had = set(kept)
        came = [i for i in ids if i not in had]
        if current_id in came and len(came) > 1:
            came.remove(current_id)
            came.append(current_id)
        return kept + came

    def follow_view(self, first_day: float, last_day: float) -> None:
        """With nothing selected and the keys elsewhere, scroll so that the first row of
        the days the timeline shows (``first_day``..``last_day``, day numbers) is at the
        top, in date order (``EventTableModel.first_row_in_days``).  The view to the
        list; what the timeline does as the list's keys move is elsewhere.  verify91 F6:
        after a filter, a reopen at a remembered view or Go to Date, the list showed
        rows decades from the view at 100 000 events."""
        if self._selection.event_id or self.hasFocus():
            return  # the list shows the selection, or the person reads it
        row = self._model.first_row_in_days(first_day, last_day)
        if row is not None:
            self.scrollTo(self._model.index(row, 0), self.ScrollHint.PositionAtTop)

    def _follow_selection(self, event_id: str) -> None:
        """Show the shared selection (all its events, e.g. a rubber band in the view)."""
        if self._following:
            return
        selection_model = self.selectionModel()
        self._following = True
        self._followed = None
        try:
            if not event_id:
                # No row highlighted, not even the focus frame of a current row: the list
                # shows what the timeline selects and nothing else (new-user trial 8).
                selection_model.clearSelection()
                selection_model.clearCurrentIndex()
                return
            rows = self._model.rows_of(self._selection.event_ids)
            # Runs of consecutive rows as one range each (a Shift-click range is one).
            ranges = QItemSelection()
            last_column = self._model.columnCount() - 1
            for _, run in itertools.groupby(enumerate(sorted(rows)), lambda p: p[1] - p[0]):
                run_rows = [row for _, row in run]
                ranges.select(self._model.index(run_rows[0], 0),
                              self._model.index(run_rows[-1], last_column))
            flags = QItemSelectionModel.SelectionFlag
            selection_model.select(ranges, flags.ClearAndSelect | flags.Rows)
            try:
                row = self._model.row_of(event_id)
            except KeyError:
                return
            index = self._model.index(row, 0)
            selection_model.setCurrentIndex(index, flags.NoUpdate)
            self.scrollTo(index)
            self._followed = (self._selection.event_ids, event_id)
        finally:
            self._following = False

    def set_find_state(self, state: FindState) -> None:
        """Show only the events the filters let through and mark the search's matches."""
        self._model.find_text = state.text if state.matches is not None else ""
        self._model.set_emphasis(state.matches, state.hidden)

    def event_at(self, pos: QPoint) -> str:
        """The id of the event in the row at ``pos`` (viewport coordinates), or ""."""
        index = self.indexAt(pos)
        return self._model.event_id(index.row()) if index.isValid() else ""

    def table_model(self) -> EventTableModel:
        return self._model

    def _on_section_resized(self, column: int, old: int, new: int) -> None:
        # Hiding or showing a column (``_fit_columns``) resizes it to or from 0, later.
        if self.horizontalHeader().stretchLastSection() and column == self._last_shown():
            return  # (filling the list, not sized by the person: ``_fit_columns``)
        if not self._fitting and column in self._wanted_widths and old and new:
            self._user_sized.add(column)
        elif not self._fitting and column == 1 and old and new and (
                self.horizontalHeader().sectionResizeMode(1)
                == QHeaderView.ResizeMode.Interactive):
            self._title_sized = new

    def _last_shown(self) -> int:
        """The logical index of the rightmost column shown (-1 for none)."""
        header = self.horizontalHeader()
        for visual in range(header.count() - 1, -1, -1):
            column = header.logicalIndex(visual)
            if not header.isSectionHidden(column):
                return column
        return -1

    def shown_columns(self) -> frozenset[int]:
        """The choosable columns (``EventTableModel.CHOOSABLE``) the person shows."""
        return frozenset(self._shown_columns)

    def set_column_shown(self, column: int, shown: bool) -> None:
        """Show or hide a choosable column, and keep the choice for the next run
        (``settings.EVENT_LIST_COLUMNS``).  The Status column also gives way, after the
        Category column, in a list too narrow for the titles (``_fit_columns``); its
        menu entry then says so."""
        if column not in EventTableModel.CHOOSABLE or (column in self._shown_columns) == shown:
            return
        if shown:
            self._shown_columns.add(column)
        else:
            self._shown_columns.discard(column)
        self.setColumnHidden(column, not shown)
        set_shown_columns(self._shown_columns)
        self._fit_columns()  # (the Status column gives way in a list too narrow for it)

    def columns_menu(self, parent: QWidget) -> QMenu:
        """A menu of the choosable columns, each ticked while shown (the header's
        right-click menu, View → Event List Columns)."""
        menu = QMenu("Event List Col&umns", parent)
        menu.setObjectName("eventListColumns")
        menu.aboutToShow.connect(lambda: self._fill_columns_menu(menu))
        self._fill_columns_menu(menu)
        return menu

    def _show_columns_menu(self, at: QPoint) -> None:
        """The header's right-click menu of columns at ``at``, its ticks seen in the dark
        theme (verify76 F13)."""
        from timeline_app.ui.check_style import make_menu_checks_visible

        menu = self.columns_menu(self)
        make_menu_checks_visible(menu)
        menu.exec(at)

    def _fill_columns_menu(self, menu: QMenu) -> None:
        menu.clear()
        names = EventTableModel.COLUMNS
        letters = {3: "&Status", 4: "&Participants", 5: "P&lace", 6: "&Reported By",
                   7: "Se&ntences (how many)"}
        for column in EventTableModel.CHOOSABLE:
            action = menu.addAction(letters.get(column, names[column]))
            action.setCheckable(True)
            action.setChecked(column in self._shown_columns)
            if column in self._shown_columns and self.isColumnHidden(column):
                # ticked, yet not shown: the list is too narrow for it (``_fit_columns``)
                action.setText(f"{action.text()} (widen the list to see it)")
            action.setToolTip(EventTableModel.COLUMN_HINTS.get(column, ""))
            action.toggled.connect(
                lambda on, c=column: self.set_column_shown(c, on))

    def _category_text_width(self, category: str) -> int:
        return self.fontMetrics().horizontalAdvance(category_label(category)) + 40

    def use_categories(self, timeline: object, categories: Iterable[str]) -> None:
        """The categories of ``timeline``, found where it was loaded (off the GUI thread,
        e.g. ``PreparedLanes.category_counts``): its reset measures their labels instead
        of reading every event for them (at 1 000 000 events ~45 ms of the GUI thread
        as the file opened, issue 11)."""
        self._given_categories = (timeline, frozenset(categories))

    def _forget_category_width(self) -> None:
        given, self._given_categories = self._given_categories, None
        self._category_width = None
        if given is not None and given[0] is self._document.timeline:
            self._category_width = max(map(self._category_text_width, given[1]), default=0)
        if self.isVisible():
            self._fit_columns()

    def _widen_for_category(self, event_id: str) -> None:
        if self._category_width is None:
            return  # measured whole at the next fit
        try:
            category = self._document.timeline.get(event_id).category
        except KeyError:
            return
        width = self._category_text_width(category)
        if width > self._category_width:
            self._category_width = width
            if self.isVisible():
                self._fit_columns()

    def _category_room(self) -> int:
        """The Category column's wanted width: its longest label whole ("Planned Release"
        was cut to "Planned Rel…" beside a mostly blank Event column, verify16 finding
        11), not less than "Anniversary" and not more than ~32 characters."""
        if self._category_width is None:
            categories = set(map(attrgetter("category"), self._document.timeline.events))
            self._category_width = max(map(self._category_text_width, categories),
                                       default=0)
        return min(self._category_cap, max(self._category_floor, self._category_width))

    def _fit_columns(self) -> None:
        """The Date and Category columns at their wanted widths (the Category column's
        from its longest label, ``_category_room``) while the Event column
        keeps at least 45 % of the width; narrower, they shrink (not below a day's width
        and "Meeting") instead of squeezing the titles to "South K…"; narrower still, the
        Category column is hidden and its colour shown beside each title (the category's
        name is in the row's tooltip).  Wider, the Event column stops at
        ``_most_title_width`` and the last column shown takes the width left over
        (verify63 F14: a grey strip of ~200 px at 1280 px stayed empty at the right)."""
        available = self.viewport().width()
        free = [c for c in self._wanted_widths if c not in self._user_sized]
        if available <= 0 or not free:
            return
        if 2 in free:
            self._wanted_widths[2] = self._category_room()
        header = self.horizontalHeader()
        self._fitting = True
        if header.stretchLastSection():
            # The last column's own width, not the one it took to fill the list (Qt gives
            # it back): counted stretched, a Participants column shown last made the next
            # fit stretch the titles instead, every second resize (verify63 F14)
            header.setStretchLastSection(False)
        taken = sum(self.columnWidth(c) for c in self._user_sized if c in self._wanted_widths)
        # (the columns the person added take their width first: F26)
        extra = sum(self.columnWidth(c) for c in self._shown_columns if c >= 4)
        budget = max(0, int(max(0, available - extra) * 0.55) - taken)
        wanted = sum(self._wanted_widths[c] for c in free)
        try:
            widths = {c: self.columnWidth(c) for c in self._wanted_widths}
            for column in free:
                share = self._wanted_widths[column] * min(1.0, budget / wanted)
                widths[column] = max(self._least_widths[column], int(share))
                self.setColumnWidth(column, widths[column])
            # (a hidden column's own width is 0: the width it would have counts)
            shown = self._shown_columns
            title_room = (available - widths[0] - widths[2]
                          - (self._status_width if 3 in shown else 0) - extra)
            squeezed = 2 not in self._user_sized and title_room < self._least_title_width
            # Columns the person added beyond the width: the titles keep their least
            # width and the list scrolls sideways (stretched, they were squeezed to "Ko…")
            wide = title_room > self._most_title_width
            if extra and available - extra - widths[0] < self._least_title_width:
                header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
                self.setColumnWidth(1, self._least_title_width)
                wide = False
            elif wide:
                # (a wide list: the titles at their readable most, the columns after
                # them beside them, verify58 F29; the last column takes the rest of the
                # width, where a grey strip was left empty, verify63 F14)
                header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
                self.setColumnWidth(1, self._title_sized or self._most_title_width)
            elif header.sectionResizeMode(1) != QHeaderView.ResizeMode.Stretch:
                header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            # (only beside an Event column that does not stretch: two stretching columns
            # share the width evenly, Qt's ``resizeSections``; turned off, the last
            # column gets back the width it had, ``setStretchLastSection``)
            if wide:
                header.setStretchLastSection(True)
            # The Status column, when shown, gives way only where even without the
            # Category column the titles would lack their least width: it hid with the
            # Category column, so a 500 px list showed no Status though it was ticked,
            # and ticking it again changed nothing (verify50 F8).
            status_hidden = 3 not in shown or (
                squeezed and available - widths[0] - self._status_width - extra
                < self._least_title_width)
            if status_hidden != self.isColumnHidden(3):
                self.setColumnHidden(3, status_hidden)  # (the row's tooltip says it)
            # ... and so does the Event column while a ticked Status column gives way
            self._model.set_status_in_title(status_hidden and 3 in shown)
            if squeezed != self.isColumnHidden(2):
                self.setColumnHidden(2, squeezed)
                self._model.set_swatch_column(1 if squeezed else 2)
                # Two lines a row there: most titles whole, the rest cut at a word.
                self.setWordWrap(squeezed)
                self._delegate.forget()
                self.verticalHeader().setDefaultSectionSize(event_row_height(
                    self.fontMetrics().height(), 2 if squeezed else 1))
        finally:
            self._fitting = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Qt's paint of the cells, then the grid (``_paint_grid``): Qt's own grid is
        switched off (``Qt.NoPen``; the cells keep the grid's pixel, ``showGrid``)."""
        super().paintEvent(event)
        self._paint_grid(event)

    def _paint_grid(self, event: QPaintEvent) -> None:
        """The grid lines as ``QTableView::paintEvent`` draws them (Qt 6.11
        ``qtableview.cpp``, the same lines of each rectangle of the dirty region), as
        1 px rectangles filled where that gives the very pixels: an opaque grid colour
        at a device pixel ratio of 1.  Qt draws each line with a 1 px pen, which its
        raster engine's cosmetic stroker blends a pixel at a time: 3.2 M instructions a
        paint of the list docked on a desktop (14 rows of 2 006 px), a quarter of the
        paint of its rows (callgrind, issue 11; session 44, list49).  Otherwise the
        lines are drawn with Qt's own pen and calls."""
        columns, rows = self.horizontalHeader(), self.verticalHeader()
        if columns.count() == 0 or rows.count() == 0 or self.itemDelegate() is None:
            return
        viewport = self.viewport()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        style = self.style()
        color = QColor.fromRgba(
            style.styleHint(_GRID_COLOR, option, self) & 0xFFFFFFFF)
        rtl = self.isRightToLeft()
        x_end = columns.length() - columns.offset() - (0 if rtl else 1)
        y_end = rows.length() - rows.offset() - 1
        last_row, last_column = rows.count() - 1, columns.count() - 1
        alternate = self.alternatingRowColors()
        when_hidden = bool(style.styleHint(_LEFT_TOP_LINES, option, self))
        painter = QPainter(viewport)
        try:
            fills = (color.alpha() == 255  # (no scaling: whole pixels, as a 1 px pen's)
                     and painter.deviceTransform().type().value <= _TRANSLATE)
            if not fills:
                painter.setPen(QPen(color, 1, Qt.PenStyle.SolidLine))
            for dirty in event.region():
                area = QRect(dirty)
                area.setBottom(min(area.bottom(), y_end))
                if rtl:
                    area.setLeft(max(area.left(), viewport.width() - x_end))
                else:
                    area.setRight(min(area.right(), x_end))
                if not area.isValid():
                    continue
                left_x, right_x = area.left(), area.right()
                top_y, bottom_y = area.top(), area.bottom()
                left = columns.visualIndexAt(left_x)
                right = columns.visualIndexAt(right_x)
                if rtl:
                    left, right = right, left
                left = 0 if left == -1 else left
                right = last_column if right == -1 else right
                bottom = rows.visualIndexAt(bottom_y)
                bottom = last_row if bottom == -1 else bottom
                if alternate and rows.sectionsHidden():
                    top, y, offset = 0, 0, rows.offset()
                    while top < bottom:
                        y += rows.sectionSize(top)
                        if y > offset:
                            break
                        top += 1
                else:
                    top = rows.visualIndexAt(top_y)
                if top == -1 or top > bottom:
                    continue
                while rows.isSectionHidden(rows.logicalIndex(bottom)):
                    bottom -= 1
                width, height = right_x - left_x + 1, bottom_y - top_y + 1
                for visual in range(top, bottom + 1):
                    row = rows.logicalIndex(visual)
                    if rows.isSectionHidden(row):
                        continue
                    y = self.rowViewportPosition(row) + self.rowHeight(row) - 1
                    if fills:
                        painter.fillRect(left_x, y, width, 1, color)
                    else:
                        painter.drawLine(QLineF(left_x + 0.5, y + 0.5, right_x + 0.5, y + 0.5))
                for visual in range(left, right + 1):
                    column = columns.logicalIndex(visual)
                    if columns.isSectionHidden(column):
                        continue
                    x = self.columnViewportPosition(column)
                    if not rtl:
                        x += self.columnWidth(column) - 1
                    if fills:
                        painter.fillRect(x, top_y, 1, height, color)
                    else:
                        painter.drawLine(QLineF(x + 0.5, top_y + 0.5, x + 0.5, bottom_y + 0.5))
                if when_hidden and columns.isHidden():
                    row = rows.logicalIndex(top)
                    if not rows.isSectionHidden(row) and self.rowViewportPosition(row) == top_y:
                        if fills:
                            painter.fillRect(left_x, top_y, width, 1, color)
                        else:
                            painter.drawLine(left_x, top_y, right_x, top_y)
                if when_hidden and rows.isHidden():
                    column = columns.logicalIndex(left)
                    if not columns.isSectionHidden(column):
                        x = self.columnViewportPosition(column)
                        if rtl:
                            x += self.columnWidth(left) - 1  # (sic: Qt's own)
                        if x == (right_x if rtl else left_x):
                            if fills:
                                painter.fillRect(x, top_y, 1, height, color)
                            else:
                                painter.drawLine(x, top_y, x, bottom_y)
        finally:
            painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        delegate = getattr(self, "_delegate", None)  # (None while Qt builds the list)
        if delegate is not None and event.type() in _LOOK_CHANGES:
            delegate.forget()  # (the cells' texts laid out in the old font, colours)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, mods = event.key(), event.modifiers()
        if (key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
                and mods & Qt.KeyboardModifier.ControlModifier
                and not mods & (Qt.KeyboardModifier.ShiftModifier
                                | Qt.KeyboardModifier.AltModifier)):
            self.nudge_requested.emit(-1 if key == Qt.Key.Key_Left else 1)
            event.accept()
            return
        self._key_repeating = event.isAutoRepeat()
        self._keying = True
        # Qt moves only the current row with Ctrl held (Ctrl+↑, Ctrl+Home), the selection
        # kept: the shared selection is kept too (``_on_current_row``), so what is
        # highlighted is what Delete or Ctrl+M acts on.  verify51 F10 had the row reached
        # selected alone, to match the shared selection then made of it; verify58 F10:
        # Ctrl+↑ then Ctrl+Space from one selected row then left nothing selected.
        self._moving_current_only = bool(
            key in _MOVES_WITH_CONTROL and mods & Qt.KeyboardModifier.ControlModifier
            and not mods & Qt.KeyboardModifier.ShiftModifier)
        if key in _MOVES_WITH_CONTROL and not mods & Qt.KeyboardModifier.ControlModifier:
            self._key_from_row = self.currentIndex().row()
        self._pick_after_paint = None
        try:
            super().keyPressEvent(event)
        finally:
            self._key_repeating = False
            self._keying = False
            self._moving_current_only = False
            self._key_from_row = None
        self._show_rows_first()
        if event.isAutoRepeat() and not self._held_pick.isActive():
            # (a repeat that moved no row, at the last row or a Ctrl+A: what it held
            # back is still shown when the key stops)
            self._held_pick.start()

    def _show_rows_first(self) -> None:
        """The row a key picked (``_pick_after_paint``) shown on screen before the
        timeline shows its event: the window's pending paint (its ``UpdateRequest``:
        the list's dirty rows, Details, the status line; the timeline's rings wait for
        the reveal, ``TimelineView.reveal_follows``) made and copied to the screen now,
        then ``row_picked``, whose reveal scrolls or zooms the timeline and paints it at
        the event loop's next turn.  Asked only where that reveal moves the timeline
        (``reveal_moves_view``: a zoom, a scroll sideways or of the lanes): an event
        drawn on screen where the view stands is shown with the list in one paint of the
        window, as before.  The extra handling of the window's paint costs a moving key
        ~0.1-1 M instructions (callgrind, 100 000 events: +0.7 % on End's 103 M).

        Until session 59 the list waited for the reveal: End or the first PageDown from
        Fit All at 100 000 events zoomed the timeline in and laid a new view out before
        anything moved on screen, the list's new row shown with the timeline's new view
        28-44 ms after the key (``make bench``, session 58), where the list's own part is
        3-5 ms (issue 11: "the event list (100 000 rows): scroll to end, page down ≤ 8
        ms"; session 59, open61).  Only while the list is on screen (a tab behind Details
        paints nothing: the reveal follows at once, as before) and for a key that picks
        a row (not a held key's auto-repeat: ``passing``, ``follow_soon``)."""
        event_id, self._pick_after_paint = self._pick_after_paint, None
        if not event_id:
            return
        QApplication.sendPostedEvents(self.window(), QEvent.Type.UpdateRequest)
        if event_id == self._selection.event_id:
            self.row_picked.emit(event_id)

    def moveCursor(self, action: QAbstractItemView.CursorAction,  # noqa: N802 - Qt override
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Home and End go to the first and the last row, as in any list (verify52 F14: they
        moved the current cell to the row's first or last column, which a list that selects
        rows does not show: nothing happened); Ctrl+Home and Ctrl+End did so already."""
        cursor = QAbstractItemView.CursorAction
        rows = self.model().rowCount()
        if action in (cursor.MoveHome, cursor.MoveEnd) and rows:
            column = max(0, self.currentIndex().column())
            return self.model().index(0 if action == cursor.MoveHome else rows - 1, column)
        return super().moveCursor(action, modifiers)

    def next_key_events(self) -> list[str]:
        """The ids of the events PageDown and End would select from the current row
        (from none: PageDown's is the first row's), each once, the current row's left
        out: the timeline lays out the views that would reveal them while the app waits
        (``TimelineView.set_reveal_candidates``; issue 11, session 56, list57)."""
        cursor = QAbstractItemView.CursorAction
        current = self.currentIndex()
        ids: list[str] = []
        for action in (cursor.MovePageDown, cursor.MoveEnd):
            index = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
            if index.isValid() and index.row() != current.row():
                event_id = self._model.event_id(index.row())
                if event_id and event_id not in ids:
                    ids.append(event_id)
        return ids

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        # Qt makes the first row current when the list gets the focus without a current
        # row (after a model reset: another file opened, its file dialog closing).  That
        # is not the user's choice: the shared selection does not follow it (new-user
        # trial 8: a file opened with its first event selected and the lanes scrolled
        # down to it, the top lane hidden).  A key or click afterwards selects as usual.
        # Nor is the focus frame Qt draws on that row: with nothing selected, no row is
        # current (trial 8: the first row framed after a reopen, no event selected); Down
        # still goes to the first row.
        following, self._following = self._following, True
        try:
            super().focusInEvent(event)
            if not self._selection.event_id:
                self.selectionModel().clearCurrentIndex()
        finally:
            self._following = following
