"""The timeline view: a horizontal time axis with one lane per category.

Painting is immediate-mode on the viewport: each frame finds the visible events
of each lane by bisection and lays out only those, so a frame's cost depends on
what is on screen, not on the size of the timeline.  A lane with more visible
events than it has room for is drawn as a density histogram; overflowing rows
become "+N" cluster badges.  Clicking either zooms in on it.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import html
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from timeline_app.core import Event
from timeline_app.document import Document
from timeline_app.selection import EventSelection
from timeline_app.ui.axis import MAX_DAY, MIN_DAY, AxisTicks, axis_ticks, day_to_x, x_to_day
from timeline_app.ui.layout import LaneItem, pack_lane
from timeline_app.ui.style import (
    category_color,
    category_label,
    dim_text_color,
    lane_sort_key,
)

if TYPE_CHECKING:  # only annotations: importing them costs start-up time (lazy Qt types)
    from PySide6.QtGui import (
        QKeyEvent,
        QMouseEvent,
        QPaintEvent,
        QResizeEvent,
        QWheelEvent,
    )

AXIS_HEIGHT = 62
MARKER_ROW_TOP = 44  # the article-date badges sit under the tick labels
LANE_HEADER = 20
ROW_HEIGHT = 26
LANE_PAD = 6
MAX_ROWS = 6
DENSITY_HEIGHT = 56
DENSITY_BIN_PX = 6
MAX_LABEL_PX = 320.0
MIN_PX_PER_DAY = 1e-4  # about 27 centuries across a 1000-pixel window
MAX_PX_PER_DAY = 800.0  # a single day fills most of the window
FIT_MARGIN_LEFT = 40.0
FIT_MARGIN_RIGHT = 40.0  # labels that would be cut flip to the left of their marker


# Events are bucketed by how many days they cover, so that finding the ones that overlap
# a window only looks back as far as the bucket's longest event: a few multi-year spans
# must not make a 14-day window scan four years of single days.
_BUCKET_LIMITS = (1, 31, 123, 366, 1 << 30)


@dataclass
class _Bucket:
    """Events of one lane and one length class, sorted by start, as plain day numbers."""

    events: list[Event] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)  # exclusive
    max_days: int = 1

    def overlapping(self, first: float, last: float) -> range:
        """Indices of events that may overlap ``[first, last]`` (a superset, by bisection)."""
        lo = bisect.bisect_left(self.starts, math.floor(first) - self.max_days)
        hi = bisect.bisect_right(self.starts, math.ceil(last))
        return range(lo, hi)


@dataclass
class _Lane:
    """Events of one category, in length buckets, plus all start days for density counts."""

    category: str
    buckets: list[_Bucket] = field(default_factory=lambda: [_Bucket() for _ in _BUCKET_LIMITS])
    starts: list[int] = field(default_factory=list)

    def add(self, event: Event) -> None:
        start = event.start_day.toordinal()
        end = event.end_day.toordinal()
        days = end - start
        bucket = self.buckets[bisect.bisect_left(_BUCKET_LIMITS, days)]
        bucket.events.append(event)
        bucket.starts.append(start)
        bucket.ends.append(end)
        bucket.max_days = max(bucket.max_days, days)
        self.starts.append(start)

    def visible(self, first: float, last: float, limit: int) -> list[tuple[Event, int, int]] | None:
        """``(event, start, end)`` of the events overlapping ``[first, last]``, or ``None``
        when there are more than ``limit`` of them (the lane is then drawn as a density)."""
        candidates = 0
        ranges = []
        for bucket in self.buckets:
            found = bucket.overlapping(first, last)
            candidates += len(found)
            ranges.append((bucket, found))
        if candidates > 4 * limit:  # too many even before filtering: don't look at each
            return None
        visible = [(b.events[i], b.starts[i], b.ends[i]) for b, found in ranges for i in found
                   if b.ends[i] > first]
        return None if len(visible) > limit else visible


@dataclass
class _Item:
    event_id: str
    marker: QRectF
    label_rect: QRectF
    label: str
    label_inside: bool
    is_point: bool
    circa: bool
    color: QColor

    @property
    def rect(self) -> QRectF:
        return self.marker.united(self.label_rect)


@dataclass
class _Aggregate:
    """A cluster badge or a density bin: several events in one place."""

    rect: QRectF
    count: int
    first_day: float
    last_day: float
    color: QColor


@dataclass
class _LaneGeometry:
    category: str
    top: float  # content coordinates (before the vertical scroll)
    height: float
    dense: bool
    items: list[_Item] = field(default_factory=list)
    aggregates: list[_Aggregate] = field(default_factory=list)


@dataclass
class _Layout:
    lanes: list[_LaneGeometry]
    content_height: float
    items_by_id: dict[str, _Item]


def _default_prompt(parent: QWidget, title: str, label: str, text: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


class TimelineView(QAbstractScrollArea):
    """The scrollable, zoomable timeline.

    Signals:
        event_selected(str): the selected event changed ("" for none).
        view_changed(): the visible range or the scale changed.
    """

    event_selected = Signal(str)
    view_changed = Signal()

    #: Replaced in tests so that "Go to date…" never blocks on a modal dialog.
    prompt: Callable[[QWidget, str, str, str], str | None] = staticmethod(_default_prompt)

    def __init__(self, document: Document, selection: EventSelection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setAccessibleName("Timeline")
        self._document = document
        self._selection = selection
        self._px_per_day = 1.0
        self._origin = float(_dt.date.today().toordinal())
        self._scroll_unit = 1.0  # pixels per horizontal scrollbar step
        self._lanes: list[_Lane] = []
        self._data_range_cache: tuple[float, float] | None = None
        self._layout_cache: _Layout | None = None
        self._label_cache: dict[str, tuple[str, float]] = {}
        self._hover_id = ""
        self._press_pos: QPointF | None = None
        self._press_origin = 0.0
        self._press_vscroll = 0
        self._dragging = False
        # True from "Fit all" until the user zooms or scrolls: resizing then re-fits.
        self._auto_fit = True
        # Find and filter (set_emphasis): matches are highlighted, others dimmed; hidden
        # events are left out of the lanes.  None = no search.
        self._matches: frozenset[str] | set[str] | None = None
        self._hidden: frozenset[str] | set[str] = frozenset()
        self._all_lanes: list[_Lane] | None = None  # the lanes of every event, if built
        self._match_starts_for: object = None  # the matches _match_starts_cache is for
        self._match_starts_cache: dict[str, list[int]] = {}
        self._lane_ids: dict[str, tuple[list[str], list[int]]] = {}

        font = QFont(self.font())
        self._label_font = font
        self._label_metrics = QFontMetricsF(font)
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        self._small_font = small
        self._small_metrics = QFontMetricsF(small)
        bold = QFont(font)
        bold.setBold(True)
        self._bold_font = bold

        self.horizontalScrollBar().valueChanged.connect(self._on_hscroll)
        self.verticalScrollBar().valueChanged.connect(self._on_vscroll)
        document.reset.connect(self._on_reset)
        document.event_added.connect(self._on_model_changed)
        document.event_changed.connect(self._on_model_changed)
        document.event_removed.connect(self._on_model_changed)
        document.sources_changed.connect(self._on_sources_changed)
        selection.changed.connect(self._on_selection_changed)
        self._rebuild_lanes()

    # ------------------------------------------------------------------ public API
    def event_ids(self) -> list[str]:
        """Every event id in date order."""
        return [e.id for e in self._document.timeline.events]

    def event_rect(self, event_id: str) -> QRect:
        """The event's marker and label in viewport coordinates, or a null rect if off screen."""
        item = self._layout().items_by_id.get(event_id)
        if item is None:
            return QRect()
        rect = item.rect.translated(0, self._content_offset()).toAlignedRect()
        visible = rect.intersected(self._events_area())
        return visible if visible.isValid() and not visible.isEmpty() else QRect()

    def selected_event_id(self) -> str:
        return self._selection.event_id

    def select_event(self, event_id: str | None) -> None:
        self._selection.select(event_id)

    # ------------------------------------------------------------------ find and filter
    # (set_emphasis and its helpers; the only other changes are small hooks in
    # _rebuild_lanes, _paint_lane, step_selection and the Home/End keys)
    def event_at(self, pos: QPointF) -> str:
        """The id of the event drawn at ``pos`` (viewport coordinates), or ""."""
        hit = self._hit(pos)
        return hit.event_id if isinstance(hit, _Item) else ""

    def set_emphasis(self, matches: set[str] | frozenset[str] | None,
                     hidden: set[str] | frozenset[str] | None) -> None:
        """Highlight ``matches`` and dim the other events (``None``: no search, nothing
        dimmed); leave out ``hidden`` events entirely (drawing, clicks, stepping)."""
        hidden = hidden if hidden is not None else frozenset()
        hidden_changed = hidden is not self._hidden and hidden != self._hidden
        self._matches = matches
        self._hidden = hidden
        if hidden_changed:
            lanes = self._lanes_without(hidden)
            if lanes is None:  # some lane is only partly hidden: build the lanes again
                data_range = self._data_range_cache  # filters do not change the axis
                self._rebuild_lanes()
                self._data_range_cache = data_range
            else:
                self._lanes = lanes
                self._lane_ids = {}  # the lane caches follow the lanes
                self._match_starts_for = None
                self._invalidate()
            self._update_scrollbars()
        else:
            self.viewport().update()

    def _lanes_without(self, hidden: set[str] | frozenset[str]) -> list[_Lane] | None:
        """The lanes with ``hidden`` left out, when that means dropping whole lanes (a
        legend click) — no event is re-read; ``None`` when lanes must be rebuilt."""
        if self._all_lanes is None:
            return None
        from collections import Counter
        from operator import attrgetter

        timeline = self._document.timeline
        counts = Counter(map(attrgetter("category"),
                             map(timeline.get, filter(timeline.__contains__, hidden))))
        sizes = {lane.category: len(lane.starts) for lane in self._all_lanes}
        if any(sizes.get(category) != count for category, count in counts.items()):
            return None
        return [lane for lane in self._all_lanes if lane.category not in counts]

    def _paint_emphasis(self, painter: QPainter, item: _Item, marker: QRectF,
                        label_rect: QRectF, is_match: bool) -> None:
        """Under a search: a match gets a marked background, any other event is dimmed."""
        if is_match:
            painter.setPen(QPen(self.palette().highlight().color(), 1.5))
            fill = QColor(self.palette().highlight().color())
            fill.setAlpha(45)
            painter.setBrush(fill)
            painter.drawRoundedRect(marker.united(label_rect).adjusted(-5, -4, 5, 4), 6, 6)
        elif item.event_id != self._selection.event_id:
            painter.setOpacity(0.35)  # reset after the item is drawn

    def _match_starts(self, category: str) -> list[int]:
        """Start days of the lane's events that match the search, sorted; cached per search."""
        matches = self._matches
        if self._match_starts_for is not matches:
            self._match_starts_for = matches
            self._match_starts_cache = {}
        cached = self._match_starts_cache.get(category)
        if cached is None:
            from timeline_app.core.query import compress_matching

            ids, starts = self._lane_ids_by_start(category)
            # C-speed membership, already in start order: no Python call per event
            cached = list(compress_matching(starts, ids, matches)) if matches is not None else []
            self._match_starts_cache[category] = cached
        return cached

    def _lane_ids_by_start(self, category: str) -> tuple[list[str], list[int]]:
        """The lane's event ids and start days, sorted by start; cached per lane build."""
        cached = self._lane_ids.get(category)
        if cached is None:
            lane = next((ln for ln in self._lanes if ln.category == category), None)
            pairs = sorted((start, event.id) for bucket in (lane.buckets if lane else ())
                           for event, start in zip(bucket.events, bucket.starts, strict=True))
            cached = ([event_id for _, event_id in pairs], [start for start, _ in pairs])
            self._lane_ids[category] = cached
        return cached

    def _paint_dense_matches(self, painter: QPainter, lane: _LaneGeometry,
                             offset: float) -> None:
        """In a density lane under a search: the matches' own density, in the highlight
        colour, over the dimmed density of all events (bins as ``_density`` made them)."""
        starts = self._match_starts(lane.category)
        if not starts or not lane.aggregates:
            return
        peak = max(a.count for a in lane.aggregates)
        base = lane.top + lane.height - 4 + offset
        rects = []
        for aggregate in lane.aggregates:
            n = (bisect.bisect_left(starts, aggregate.last_day)
                 - bisect.bisect_left(starts, aggregate.first_day))
            if n:
                h = 4 + (DENSITY_HEIGHT - 10) * math.log1p(n) / math.log1p(peak)
                rects.append(QRectF(aggregate.rect.left(), base - h, aggregate.rect.width(), h))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().highlight().color())
        painter.drawRects(rects)
        painter.restore()

    def px_per_day(self) -> float:
        return self._px_per_day

    def visible_days(self) -> tuple[float, float]:
        """First and last visible day (float ordinals)."""
        width = max(1, self.viewport().width())
        return self._origin, x_to_day(width, self._origin, self._px_per_day)

    def day_at(self, x: float) -> float:
        return x_to_day(x, self._origin, self._px_per_day)

    def x_of_day(self, day: float) -> float:
        return day_to_x(day, self._origin, self._px_per_day)

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the day under ``anchor_x`` in place.

        Without an anchor (keys, toolbar) the zoom centres on the selected event when it
        is on screen, so it stays in view, else on the middle of the view.
        """
        if anchor_x is None:
            anchor_x = self.viewport().width() / 2
            item = self._layout().items_by_id.get(self._selection.event_id)
            if item is not None and 0 <= item.marker.center().x() <= self.viewport().width():
                anchor_x = item.marker.center().x()
        anchor_day = self.day_at(anchor_x)
        self._set_scale(self._px_per_day * factor)
        self._set_origin(anchor_day - anchor_x / self._px_per_day)

    def fit_all(self) -> None:
        """Show every event (the start-up view)."""
        span = self._data_range()
        width = max(100.0, self.viewport().width() - FIT_MARGIN_LEFT - FIT_MARGIN_RIGHT)
        days = max(1.0, span[1] - span[0])
        self._set_scale(width / days)
        self._set_origin(span[0] - FIT_MARGIN_LEFT / self._px_per_day)
        self.verticalScrollBar().setValue(0)
        self._auto_fit = True

    def show_range(self, first_day: float, last_day: float) -> None:
        """Zoom and scroll so that ``[first_day, last_day)`` fills the view, with margins."""
        width = max(100.0, self.viewport().width() - 2 * FIT_MARGIN_LEFT)
        self._set_scale(width / max(1.0, last_day - first_day))
        self._set_origin(first_day - FIT_MARGIN_LEFT / self._px_per_day)

    def go_to_date(self, day: _dt.date, days_shown: float = 30.0) -> None:
        """Centre the view on ``day`` showing about ``days_shown`` days."""
        mid = day.toordinal() + 0.5
        self.show_range(mid - days_shown / 2, mid + days_shown / 2)

    def ask_go_to_date(self) -> bool:
        """Ask for a date ("2025-03-22", "March 2025", "1965") and go there."""
        from timeline_app.ui.dates_input import parse_user_date

        first, last = self.visible_days()
        middle = _dt.date.fromordinal(int((first + last) / 2))
        text = self.prompt(self, "Go to date", "Date (e.g. 22 March 2025, 2025-03, 1965):",
                           middle.isoformat())
        if text is None:
            return False
        parsed = parse_user_date(text)
        if parsed is None:
            from timeline_app.ui import prompts

            prompts.show_error(self, "Go to date",
                               f"Cannot read “{text}” as a date. Try 22 March 2025, "
                               "2025-03-22, March 2025 or 1965.")
            return False
        start, end = parsed
        if (end - start).days <= 1:  # a day: show it among its neighbours
            self.go_to_date(start, days_shown=14)
        else:
            self.show_range(start.toordinal(), end.toordinal())
        return True

    def step_selection(self, delta: int) -> None:
        """Select the next (delta > 0) or previous shown event in date order."""
        from timeline_app.core.query import step

        found = step(self._document.timeline, self._selection.event_id, delta,
                     hidden=self._hidden)
        if found is not None:
            self.select_event(found)

    def ensure_visible(self, event_id: str) -> None:
        """Scroll (not zoom) so the event's start is on screen, and its row too."""
        if event_id not in self._document.timeline:
            return
        event = self._document.timeline.get(event_id)
        first, last = self.visible_days()
        start, end = event.start_day.toordinal(), event.end_day.toordinal()
        margin_px = 24.0
        width = self.viewport().width()
        if event.date.is_point and event.end is None:
            x = self.x_of_day(start + 0.5)
            on_screen = margin_px <= x <= width - margin_px
        else:
            on_screen = (self.x_of_day(start) < width - margin_px
                         and self.x_of_day(end) > margin_px)
        if not on_screen:
            if end - start < (last - first) * 0.6:
                self._set_origin((start + end) / 2 - (last - first) / 2)
            else:
                self._set_origin(start - (last - first) * 0.1)
        item = self._layout().items_by_id.get(event_id)
        if item is not None:
            vbar = self.verticalScrollBar()
            top = item.rect.top() - LANE_HEADER
            bottom = item.rect.bottom() + LANE_PAD
            visible_h = self.viewport().height() - AXIS_HEIGHT
            if top < vbar.value():
                vbar.setValue(int(top))
            elif bottom > vbar.value() + visible_h:
                vbar.setValue(int(bottom - visible_h))

    # ------------------------------------------------------------------ model
    def _rebuild_lanes(self) -> None:
        by_category: dict[str, _Lane] = {}
        hidden = self._hidden
        for event in self._document.timeline.events:  # already in date order
            if event.id in hidden:
                continue
            lane = by_category.get(event.category)
            if lane is None:
                lane = by_category[event.category] = _Lane(event.category)
            lane.add(event)
        self._lanes = sorted(by_category.values(), key=lambda lane: lane_sort_key(lane.category))
        self._all_lanes = None if hidden else self._lanes  # for _lanes_without
        self._match_starts_for = None
        self._lane_ids = {}
        self._data_range_cache = None
        self._invalidate()

    def _on_reset(self) -> None:
        self._label_cache.clear()
        self._rebuild_lanes()
        self.fit_all()
        self._update_scrollbars()

    def _on_model_changed(self, event_id: str) -> None:
        self._label_cache.pop(event_id, None)
        self._rebuild_lanes()
        self._update_scrollbars()

    def _on_sources_changed(self) -> None:
        self._data_range_cache = None  # an article's date widens the range
        self._invalidate()

    def _on_selection_changed(self, event_id: str) -> None:
        if event_id:
            self.ensure_visible(event_id)
        # The events are painted, not widgets: tell assistive technology what is selected.
        timeline = self._document.timeline
        if event_id and event_id in timeline:
            event = timeline.get(event_id)
            self.setAccessibleDescription(
                f"Selected: {event.title}, {event.date.describe()} "
                f"({timeline.index_of(event_id) + 1} of {len(timeline)})")
        else:
            self.setAccessibleDescription(f"{len(timeline)} events; press Right to select one")
        self.viewport().update()
        self.event_selected.emit(event_id)

    def _data_range(self) -> tuple[float, float]:
        """The days the timeline covers (with its articles' dates), cached per model change:
        every zoom and pan asks for it, and computing it reads every event."""
        if self._data_range_cache is None:
            self._data_range_cache = self._compute_data_range()
        return self._data_range_cache

    def _compute_data_range(self) -> tuple[float, float]:
        span = self._document.timeline.date_range()
        if span is None:
            today = _dt.date.today().toordinal()
            return today - 365.0, today + 365.0
        first, last = span[0].toordinal(), span[1].toordinal()
        for source in self._document.timeline.sources.values():
            if source.dateline_date is not None:
                first = min(first, source.dateline_date.toordinal())
                last = max(last, source.dateline_date.toordinal() + 1)
        return float(first), float(last)

    # ------------------------------------------------------------------ scale and scroll
    def _view_days(self) -> float:
        return max(1, self.viewport().width()) / self._px_per_day

    def _set_scale(self, px_per_day: float) -> None:
        self._px_per_day = min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, px_per_day))
        self._invalidate()

    def _origin_bounds(self) -> tuple[float, float]:
        """Where the left edge may go: the data plus a quarter of a window on each side."""
        first, last = self._data_range()
        view = self._view_days()
        pad = view * 0.25
        lo, hi = first - pad, last + pad - view
        lo, hi = min(lo, hi), max(lo, hi)
        lo = max(lo, MIN_DAY)
        hi = max(lo, min(hi, MAX_DAY - view))
        return lo, hi

    def _set_origin(self, origin: float) -> None:
        self._auto_fit = False
        lo, hi = self._origin_bounds()
        self._origin = min(max(origin, lo), hi)
        self._invalidate()
        self._update_scrollbars()
        self.view_changed.emit()

    def _update_scrollbars(self) -> None:
        lo, hi = self._origin_bounds()
        span_px = (hi - lo) * self._px_per_day
        # Keep scrollbar values inside a C int even for centuries at day zoom.
        self._scroll_unit = max(1.0, span_px / 1e9)
        hbar = self.horizontalScrollBar()
        hbar.blockSignals(True)
        hbar.setRange(0, int(span_px / self._scroll_unit))
        hbar.setPageStep(max(1, int(self.viewport().width() / self._scroll_unit)))
        hbar.setSingleStep(max(1, int(40 / self._scroll_unit)))
        hbar.setValue(int(round((self._origin - lo) * self._px_per_day / self._scroll_unit)))
        hbar.blockSignals(False)
        layout = self._layout()
        vbar = self.verticalScrollBar()
        visible_h = max(0, self.viewport().height() - AXIS_HEIGHT)
        vbar.setRange(0, max(0, int(layout.content_height - visible_h)))
        vbar.setPageStep(max(1, visible_h))
        vbar.setSingleStep(ROW_HEIGHT)

    def _on_hscroll(self, value: int) -> None:
        self._auto_fit = False
        lo, _ = self._origin_bounds()
        self._origin = lo + value * self._scroll_unit / self._px_per_day
        self._invalidate()
        self.view_changed.emit()

    def _on_vscroll(self, _value: int) -> None:
        self.viewport().update()

    def _pan_pixels(self, dx: float) -> None:
        self._set_origin(self._origin + dx / self._px_per_day)

    def _invalidate(self) -> None:
        self._layout_cache = None
        self.viewport().update()

    def _content_offset(self) -> float:
        """Add to content y to get viewport y."""
        return AXIS_HEIGHT - self.verticalScrollBar().value()

    def _events_area(self) -> QRect:
        vp = self.viewport().rect()
        return QRect(0, AXIS_HEIGHT, vp.width(), max(0, vp.height() - AXIS_HEIGHT))

    # ------------------------------------------------------------------ layout
    def _label_for(self, event: Event) -> tuple[str, float]:
        cached = self._label_cache.get(event.id)
        if cached is None:
            text = self._label_metrics.elidedText(event.title, Qt.TextElideMode.ElideRight,
                                                  MAX_LABEL_PX)
            cached = (text, self._label_metrics.horizontalAdvance(text))
            self._label_cache[event.id] = cached
        return cached

    def _layout(self) -> _Layout:
        if self._layout_cache is None:
            self._layout_cache = self._compute_layout()
        return self._layout_cache

    def _compute_layout(self) -> _Layout:
        width = max(1, self.viewport().width())
        first_day, last_day = self.visible_days()
        ppd = self._px_per_day
        lanes: list[_LaneGeometry] = []
        items_by_id: dict[str, _Item] = {}
        top = 0.0
        for lane in self._lanes:
            color = category_color(lane.category)
            # Far more events than pixels: draw the lane's density instead of markers.
            on_screen = lane.visible(first_day, last_day, int(width / 8))
            if on_screen is None:
                geometry = _LaneGeometry(lane.category, top, LANE_HEADER + DENSITY_HEIGHT, True)
                self._density(lane, geometry, color)
                lanes.append(geometry)
                top += geometry.height
                continue
            lane_items: list[LaneItem] = []
            visible: dict[str, Event] = {}
            for event, start, end in on_screen:
                if end - start == 1:
                    x0 = x1 = day_to_x(start + 0.5, self._origin, ppd)
                else:
                    x0 = day_to_x(start, self._origin, ppd)
                    x1 = max(x0 + 2.0, day_to_x(end, self._origin, ppd))
                _, label_w = self._label_for(event)
                lane_items.append(LaneItem(event.id, x0, x1, label_w))
                visible[event.id] = event
            lane_items.sort(key=lambda it: it.x0)
            packing = pack_lane(lane_items, MAX_ROWS, view_left=0.0, view_right=float(width))
            rows = max(1, packing.rows_used) + (1 if packing.clusters else 0)
            geometry = _LaneGeometry(lane.category, top,
                                     LANE_HEADER + rows * ROW_HEIGHT + LANE_PAD, False)
            by_key = {it.key: it for it in lane_items}
            for placement in packing.placements:
                lane_item = by_key[placement.key]
                event = visible[placement.key]
                label, label_w = self._label_for(event)
                row_top = top + LANE_HEADER + placement.row * ROW_HEIGHT
                mid = row_top + ROW_HEIGHT / 2
                is_point = lane_item.x1 == lane_item.x0
                if is_point:
                    marker = QRectF(lane_item.x0 - 6, mid - 6, 12, 12)
                else:
                    marker = QRectF(lane_item.x0, mid - 9, lane_item.x1 - lane_item.x0, 18)
                label_h = self._label_metrics.height()
                label_rect = QRectF(placement.label_x, mid - label_h / 2, label_w, label_h)
                item = _Item(event.id, marker, label_rect, label, placement.label_inside,
                             is_point, event.date.circa, color)
                geometry.items.append(item)
                items_by_id[event.id] = item
            cluster_top = top + LANE_HEADER + max(1, packing.rows_used) * ROW_HEIGHT
            for cluster in packing.clusters:
                text = f"+{len(cluster.keys)}"
                w = self._small_metrics.horizontalAdvance(text) + 12
                rect = QRectF(max(2.0, cluster.x0 - 6), cluster_top + 3,
                              max(w, cluster.x1 - cluster.x0 + 12), ROW_HEIGHT - 6)
                starts = [visible[k].start_day.toordinal() for k in cluster.keys]
                ends = [visible[k].end_day.toordinal() for k in cluster.keys]
                geometry.aggregates.append(
                    _Aggregate(rect, len(cluster.keys), min(starts), max(ends), color))
            lanes.append(geometry)
            top += geometry.height
        return _Layout(lanes, top, items_by_id)

    def _density(self, lane: _Lane, geometry: _LaneGeometry, color: QColor) -> None:
        """Count events per column of pixels by bisection: cost depends on the width only."""
        width = self.viewport().width()
        counts: list[tuple[float, int, float, float]] = []
        starts = lane.starts
        d0 = self.day_at(0)
        i0 = bisect.bisect_left(starts, d0)
        for x in range(0, width + DENSITY_BIN_PX, DENSITY_BIN_PX):
            d1 = self.day_at(x + DENSITY_BIN_PX)
            i1 = bisect.bisect_left(starts, d1, i0)  # each bin's right edge is the next's left
            if i1 > i0:
                counts.append((x, i1 - i0, d0, d1))
            d0, i0 = d1, i1
        if not counts:
            return
        peak = max(n for _, n, _, _ in counts)
        base = geometry.top + geometry.height - 4
        for x, n, d0, d1 in counts:
            h = 4 + (DENSITY_HEIGHT - 10) * math.log1p(n) / math.log1p(peak)
            geometry.aggregates.append(
                _Aggregate(QRectF(x, base - h, DENSITY_BIN_PX - 1, h), n, d0, d1, color))

    # ------------------------------------------------------------------ hit testing
    def _hit(self, pos: QPointF) -> _Item | _Aggregate | None:
        if pos.y() < AXIS_HEIGHT:
            return None
        content = QPointF(pos.x(), pos.y() - self._content_offset())
        for lane in self._layout().lanes:
            if not lane.top <= content.y() < lane.top + lane.height:
                continue
            for item in lane.items:
                if item.rect.adjusted(-2, -3, 2, 3).contains(content):
                    return item
            for aggregate in lane.aggregates:
                rect = aggregate.rect
                if lane.dense:
                    rect = QRectF(rect.left(), lane.top + LANE_HEADER, rect.width(),
                                  lane.height - LANE_HEADER)
                if rect.contains(content):
                    return aggregate
        return None

    def _zoom_into(self, aggregate: _Aggregate) -> None:
        first, last = aggregate.first_day, aggregate.last_day
        if last - first < self._view_days() / 8:  # a narrow cluster: zoom in around it
            mid = (first + last) / 2
            span = self._view_days() / 8
            first, last = mid - span / 2, mid + span / 2
        self.show_range(first, last)

    # ------------------------------------------------------------------ painting
    def _paint(self, painter: QPainter) -> None:
        vp = self.viewport().rect()
        palette = self.palette()
        painter.fillRect(vp, palette.base())
        layout = self._layout()
        offset = self._content_offset()
        first_day, last_day = self.visible_days()
        ticks = axis_ticks(first_day, last_day, self._px_per_day)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

        # Lane bands and headers (the legend: a swatch and the category's name).
        painter.save()
        painter.setClipRect(self._events_area())
        for index, lane in enumerate(layout.lanes):
            band = QRectF(0, lane.top + offset, vp.width(), lane.height)
            painter.fillRect(band, QColor(0, 0, 0, 10 if index % 2 else 0))
        grid = QColor(palette.text().color())
        grid.setAlpha(28)
        painter.setPen(QPen(grid, 1))
        for tick in ticks.minor:
            x = round(self.x_of_day(tick.day)) + 0.5
            painter.drawLine(QPointF(x, AXIS_HEIGHT), QPointF(x, vp.height()))
        grid.setAlpha(70)
        painter.setPen(QPen(grid, 1))
        for tick in ticks.major:
            x = round(self.x_of_day(tick.day)) + 0.5
            painter.drawLine(QPointF(x, AXIS_HEIGHT), QPointF(x, vp.height()))
        self._paint_article_markers(painter, vp.height(), axis=False)
        for lane in layout.lanes:
            self._paint_lane(painter, lane, offset)
        painter.restore()
        self._paint_axis(painter, ticks, vp.width())
        self._paint_article_markers(painter, vp.height(), axis=True)

    def _paint_lane(self, painter: QPainter, lane: _LaneGeometry, offset: float) -> None:
        color = category_color(lane.category)
        header = QRectF(6, lane.top + offset + 3, 12, 12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(header, 3, 3)
        painter.setPen(self.palette().text().color())
        painter.setFont(self._bold_font)
        painter.drawText(QPointF(24, lane.top + offset + 14), category_label(lane.category))
        painter.setFont(self._label_font)
        selected = self._selection.event_id
        text_color = self.palette().text().color()
        matches = self._matches
        for item in lane.items:
            marker = item.marker.translated(0, offset)
            label_rect = item.label_rect.translated(0, offset)
            if matches is not None:
                self._paint_emphasis(painter, item, marker, label_rect, item.event_id in matches)
            if item.event_id == selected or item.event_id == self._hover_id:
                highlight = QColor(self.palette().highlight().color())
                highlight.setAlpha(70 if item.event_id == selected else 30)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(highlight)
                painter.drawRoundedRect(marker.united(label_rect).adjusted(-4, -3, 4, 3), 5, 5)
            border = QColor(color).darker(140)
            pen = QPen(border, 2.5 if item.event_id == selected else 1.2)
            if item.circa:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            if item.is_point:
                c = marker.center()
                painter.setBrush(color)
                painter.drawPolygon(QPolygonF([
                    QPointF(c.x(), c.y() - 7), QPointF(c.x() + 7, c.y()),
                    QPointF(c.x(), c.y() + 7), QPointF(c.x() - 7, c.y()),
                ]))
            else:
                fill = QColor(color)
                fill.setAlpha(70)
                painter.setBrush(fill)
                painter.drawRoundedRect(marker, 4, 4)
            if painter.opacity() < 1.0:  # dimmed by a search: the text stays readable (AA)
                painter.setOpacity(1.0)
                painter.setPen(dim_text_color(text_color, self.palette().base().color()))
            else:
                painter.setPen(text_color)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             item.label)
        fill = QColor(color)
        if lane.dense:
            # Hundreds of bars: one pen, one brush, one call, no antialiasing.
            fill.setAlpha(170)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            if self._matches is not None:
                painter.setOpacity(0.3)  # under a search the matches are drawn over it
            painter.drawRects([a.rect.translated(0, offset) for a in lane.aggregates])
            painter.restore()
            if self._matches is not None:
                self._paint_dense_matches(painter, lane, offset)
            return
        painter.setFont(self._small_font)
        fill.setAlpha(60)
        for aggregate in lane.aggregates:
            rect = aggregate.rect.translated(0, offset)
            painter.setPen(QPen(color.darker(140), 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 8, 8)
            painter.setPen(text_color)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"+{aggregate.count}")
        painter.setFont(self._label_font)

    def _paint_axis(self, painter: QPainter, ticks: AxisTicks, width: int) -> None:
        palette = self.palette()
        axis = QRectF(0, 0, width, AXIS_HEIGHT)
        painter.fillRect(axis, palette.window())
        text = palette.text().color()
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(0, AXIS_HEIGHT - 0.5), QPointF(width, AXIS_HEIGHT - 0.5))
        painter.setFont(self._bold_font)
        metrics = QFontMetricsF(self._bold_font)
        majors = ticks.major
        last_right = -1e9
        for index, tick in enumerate(majors):
            x = self.x_of_day(tick.day)
            painter.drawLine(QPointF(x, 2), QPointF(x, 20))
            label_x = x + 4
            if label_x < 4:
                # The period the left edge is in keeps its label on screen until the next
                # period's label pushes it out, like a section header in a list.
                label_x = 4.0
                if index + 1 < len(majors):
                    next_x = self.x_of_day(majors[index + 1].day) + 4
                    label_x = min(label_x, next_x - metrics.horizontalAdvance(tick.label) - 12)
            if label_x > last_right:
                painter.drawText(QPointF(label_x, 16), tick.label)
                last_right = label_x + metrics.horizontalAdvance(tick.label) + 8
        painter.setFont(self._small_font)
        last_right = -1e9
        for tick in ticks.minor:
            x = self.x_of_day(tick.day)
            painter.drawLine(QPointF(x, 24), QPointF(x, 40))
            if x + 3 > last_right:
                painter.drawText(QPointF(x + 3, 37), tick.label)
                last_right = x + 3 + self._small_metrics.horizontalAdvance(tick.label) + 6
        painter.setFont(self._label_font)

    def _article_dates(self) -> list[_dt.date]:
        dates = {s.dateline_date for s in self._document.timeline.sources.values()
                 if s.dateline_date is not None}
        return sorted(dates)

    def _paint_article_markers(self, painter: QPainter, height: int, axis: bool) -> None:
        """A dashed line at each article's date, and a badge naming it in the axis."""
        marker_color = QColor("#C0392B")
        width = self.viewport().width()
        last_right = -1e9
        for date in self._article_dates():
            x = self.x_of_day(date.toordinal() + 0.5)
            if not -50 <= x <= width + 50:
                continue
            if not axis:
                painter.setPen(QPen(marker_color, 1.5, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(x, AXIS_HEIGHT), QPointF(x, height))
                continue
            label = f"Article · {date.day} {date:%b %Y}"
            w = self._small_metrics.horizontalAdvance(label) + 8
            left = min(max(x - w / 2, 2.0), width - w - 2)
            if left < last_right:  # badges never overlap: the line still shows the date
                continue
            last_right = left + w + 4
            painter.setFont(self._small_font)
            box = QRectF(left, MARKER_ROW_TOP, w, 15)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(marker_color)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(QColor("white"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
            painter.setFont(self._label_font)

    # ------------------------------------------------------------------ tooltips
    def _tooltip_for(self, hit: _Item | _Aggregate) -> str:
        if isinstance(hit, _Item):
            event = self._document.timeline.get(hit.event_id)
            parts = [f"<b>{html.escape(event.title)}</b>",
                     html.escape(f"{event.date.describe()} ({event.date.precision_words()})")]
            if event.location:
                parts.append(html.escape(event.location))
            return "<br>".join(parts)
        first = _dt.date.fromordinal(max(MIN_DAY, int(hit.first_day)))
        last = _dt.date.fromordinal(max(MIN_DAY, min(MAX_DAY, int(hit.last_day))))
        return (f"{hit.count} events, {first.isoformat()} – {last.isoformat()}<br>"
                "Click to zoom in")

    # ------------------------------------------------------------------ Qt overrides
    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip:
            hit = self._hit(QPointF(event.pos()))  # type: ignore[attr-defined]  # a QHelpEvent
            if hit is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(),  # type: ignore[attr-defined]
                                  self._tooltip_for(hit), self.viewport())
            return True
        return super().viewportEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self.viewport())
        try:
            self._paint(painter)
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit_all()
        self._invalidate()
        self._update_scrollbars()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_pos = event.position()
            self._press_origin = self._origin
            self._press_vscroll = self.verticalScrollBar().value()
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press_pos is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = event.position() - self._press_pos
            if not self._dragging and delta.manhattanLength() >= QApplication.startDragDistance():
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragging:
                self._set_origin(self._press_origin - delta.x() / self._px_per_day)
                self.verticalScrollBar().setValue(int(self._press_vscroll - delta.y()))
                return
        hit = self._hit(event.position())
        hover = hit.event_id if isinstance(hit, _Item) else ""
        if hover != self._hover_id:
            self._hover_id = hover
            self.viewport().update()
        cursor = Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(cursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self._press_pos is not None:
            if not self._dragging:
                hit = self._hit(event.position())
                if isinstance(hit, _Item):
                    self.select_event(hit.event_id)
                elif isinstance(hit, _Aggregate):
                    self._zoom_into(hit)
                else:
                    self.select_event(None)
            self._press_pos = None
            self._dragging = False
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if self._hover_id:
            self._hover_id = ""
            self.viewport().update()
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        modifiers = event.modifiers()
        angle = event.angleDelta()
        pixels = event.pixelDelta()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            steps = angle.y() / 120.0 if angle.y() else pixels.y() / 50.0
            self.zoom_by(1.25 ** steps, event.position().x())
        else:
            # Touchpads report pixels; wheels report eighths of a degree (120 a notch).
            if not pixels.isNull():
                dx, dy = float(pixels.x()), float(pixels.y())
            else:
                dx, dy = angle.x() / 120.0 * 60, angle.y() / 120.0 * 60
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                # Shift+wheel scrolls the lanes; Qt may already have swapped the axes.
                vertical = dy if dy else dx
                bar = self.verticalScrollBar()
                bar.setValue(int(bar.value() - vertical))
            else:
                self._pan_pixels(-(dx if abs(dx) > abs(dy) else dy))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        width = self.viewport().width()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and shift:
            self._pan_pixels((-1 if key == Qt.Key.Key_Left else 1) * width / 8)
        elif key == Qt.Key.Key_Right:
            self.step_selection(+1)
        elif key == Qt.Key.Key_Left:
            self.step_selection(-1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            from timeline_app.core.query import step

            found = step(self._document.timeline, "", +1 if key == Qt.Key.Key_Home else -1,
                         hidden=self._hidden)
            if found is not None:
                self.select_event(found)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + (-ROW_HEIGHT if key == Qt.Key.Key_Up else ROW_HEIGHT))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._pan_pixels((-1 if key == Qt.Key.Key_PageUp else 1) * width * 0.9)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.5)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / 1.5)
        elif key == Qt.Key.Key_Escape:
            self.select_event(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
