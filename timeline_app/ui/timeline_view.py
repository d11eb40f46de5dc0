"""The timeline view: a horizontal time axis with one lane per category.

Painting is immediate-mode on the viewport: each frame finds the visible events
of each lane by bisection and lays out only those, so a frame's cost depends on
what is on screen, not on the size of the timeline.  A lane with more visible
events than it has room for is drawn as a density histogram; overflowing rows
become "+N" cluster badges.  Clicking either zooms in on it.

Its code is in modules by concern (``tools/split_view.py``): ``view_base`` (the
constants, records and helpers, re-exported here), and the mixins of
``TimelineView``: ``view_fit``, ``view_layout``, ``view_paint``, ``view_axis``,
``view_pictures``, ``view_pan``, ``view_input``.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as _dt
import gc
import math
import os
import time
import weakref
from collections.abc import Callable, Generator, Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintEngine,
    QPainter,
    QPen,
    QPixmap,
    QStaticText,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from timeline_app.core import Event, Timeline
from timeline_app.core.dates import Precision
from timeline_app.core.model import event_ids
from timeline_app.core.weeks import told_week, week_words
from timeline_app.document import Document
from timeline_app.selection import EventSelection
from timeline_app.ui import lazy_html as html  # html.escape; the package on first use
from timeline_app.ui.chunk_packing import WorldLane
from timeline_app.ui.idle_gc import note_frame
from timeline_app.ui.label_chips import LabelChips
from timeline_app.ui.rounded_pieces import RoundedPieces, RoundedStyle
from timeline_app.ui.safe_text import tooltip_text
from timeline_app.ui.scale import (
    LINEAR,
    Break,
    Scale,
    Squeeze,
    Viewport,
    covered_arrays,
    covered_list,
    day_number,
    event_days,
    find_breaks,
    gap_words,
    month_words,
    squeezes_apart,
)
from timeline_app.ui.scroll_area import PythonViewportScrollArea
from timeline_app.ui.style import (
    category_color,
    category_label,
    is_dark_palette,
    lane_key,
    name_color,
    name_slots,
)
from timeline_app.ui.view_axis import AxisMixin
from timeline_app.ui.view_base import (
    _BUCKET_LIMITS,
    _CLUSTER_X0,
    _COLUMN_CHUNK,
    _CONTEXT_INDEX,
    _CONTEXT_START,
    _DIAMOND,
    _DIAMOND_HALF,
    _END,
    _EVENT,
    _EVENT_CATEGORY,
    _EVENT_ID,
    _FIRST,
    _ITEM_ID,
    _LANE_ITEM_KEY,
    _LANE_ITEM_X0,
    _LOOKS_CHANGES,
    _NO_INDICATOR_RECTS,
    _NO_LANE_NAME,
    _OWN_SMALL_BIDI,
    _PAINTED_ROLES,
    _RASTER_PAINTER,
    _SHORT_GAP_UNITS,
    _START,
    _STYLE_CLASSES,
    _UNITS_BELOW_A_YEAR,
    _WORLD_INPUTS,
    AHEAD_BAND_PIXELS,
    AHEAD_KEPT_MS,
    ANCHOR_SNAP_PX,
    ARTICLE_CELL_EXTRA_PX,
    ARTICLE_LINE_PX,
    AXIS_HEIGHT,
    AXIS_ZIGZAG_CLEARANCE,
    BACKDROP_ARTICLE_LINES,
    BADGE_TIP_CHARS,
    BADGE_TIP_TITLES,
    BADGE_US,
    BAND_CONTENT_US,
    BAND_PIXELS,
    BANDS_PER_PICTURE,
    BREAK_TICKS_PX,
    COMPACT_SHIFT,
    COPY_SLICE_BYTES,
    CROWDED_ARTICLE_LINES,
    CROWDED_ARTICLE_PX,
    DASH_REPETITION_LIMIT,
    DASH_TILE_MARGIN,
    DASH_TILE_PERIODS,
    DASHED_US_PER_PX,
    DENSE_HYSTERESIS,
    DENSE_LANE_US,
    DENSE_POSSIBLE_EVENTS,
    DENSITY_BIN_PX,
    DENSITY_HEIGHT,
    DRAG_PACE_S,
    EDGE_FLIP_PX,
    EDGE_TITLE_LEAST_PX,
    END_GRAB_PX,
    ERA_LANE_KEY,
    EVICTED_AT_ONCE,
    FEW_ARTICLE_LINES,
    FILLS_ON_GUI_THREAD,
    FIT_AFTER_RESIZE,
    FIT_EVENT_PX,
    FIT_GAP_LENGTH_WORTH,
    FIT_LABEL_SHARE,
    FIT_LABELS_LOOKED_AT,
    FIT_LOSS_MAX_EVENTS,
    FIT_MARGIN_LEFT,
    FIT_MARGIN_RIGHT,
    FIT_MARGIN_RIGHT_NARROWER,
    FIT_ROOM_CHOICE_BANDS,
    FIT_ROOM_LEAST_SHOWN,
    FIT_ROOM_LOSS_STEP,
    FIT_ROOM_RIGHT_GAIN,
    FIT_ROOM_RIGHT_SAVED,
    FIT_ROOM_ROUNDS,
    FIT_ROOM_TITLE_CAPS,
    FIT_ROOM_WAYS,
    FIT_WAYS_SETTLE_MS,
    FOLLOW_SHARE,
    FREEZE_AFTER_EVENTS,
    HATCH_PERIOD,
    HATCH_TILE_PERIODS,
    HATCH_WIDTH,
    IDLE_SLICE_MS,
    INDICATOR_IMAGE_MARGIN,
    INDICATOR_IMAGES_KEPT,
    INDICATOR_SIGHTINGS,
    ITEM_US,
    LABEL_BACKGROUND_HALF,
    LANE_HEADER,
    LANE_PAD,
    LANE_SHADE,
    LANES_BY,
    LANES_TOP,
    LAYOUT_ITEMS_PER_STEP,
    LAYOUTS_KEPT,
    LEAST_WIDTH_SHARE,
    LEAST_WIDTHS_KEPT,
    MANY_ARTICLES,
    MARKER_ROW_TOP,
    MAX_DENSITY_HEIGHT,
    MAX_LABEL_PX,
    MAX_ROWS,
    MAX_ROWS_TALL,
    MIN_BAND_ROWS,
    MIN_DAYS_SHOWN,
    MIN_LABEL_PX,
    MIN_MATCH_PX,
    MIN_UNITS_SHOWN_OUT,
    OVERVIEW_BIN_PX,
    OVERVIEW_HEIGHT,
    PAN_CANVAS_BYTES,
    PAN_CATCH_UP_MS,
    PAN_FIRST_BAND_ROWS,
    PAN_PAD_PX,
    PAN_RELEASE_IN_SLICES,
    PAN_REST_TILES,
    PAN_REUSE,
    PAN_TILES_EACH_SIDE,
    PICTURE_IDLE_MS,
    PRESS_SLICE_BYTES,
    PREVIEW_AHEAD_MAX,
    PREVIEW_FIRST_SPAN,
    PREVIEW_KEPT_MS,
    PREVIEW_MAX_STRETCH,
    READABLE_ITEM_PX,
    ROW_HEIGHT,
    SELECT_MODIFIERS,
    SIDE_PICTURES,
    SIDE_PICTURES_BYTES,
    SPAN_HEIGHT,
    SPAN_RADIUS,
    TURN_SNAP_PX,
    WHEEL_NOTCH,
    WORLD_CHUNK_LEAST_PX,
    WORLD_CHUNK_STEP_PX,
    WORLD_CHUNKS_KEPT,
    WORLD_LANES_KEPT,
    WORLD_PACKING,
    WORLD_QUIET_MS,
    WORLD_REST_MS,
    ZOOM_KEEP_MARGIN_PX,
    ZOOM_OUT_MARGIN,
    PreparedLanes,
    _Aggregate,
    _article_dates_of,
    _article_days_of,
    _article_totals_of,
    _at_the_edges,
    _AxisLabel,
    _AxisSegment,
    _badge_without,
    _bidirectional,
    _blend,
    _Bucket,
    _clear_of,
    _covered,
    _covered_with,
    _covered_without,
    _data_range_of,
    _default_prompt,
    _edge_width,
    _EventDrag,
    _FillsByRect,
    _hatch_brush,
    _ids_of,
    _in_click_order,
    _Indicator,
    _int64_column,
    _Item,
    _label_background,
    _Lane,
    _LaneGeometry,
    _lanes_of,
    _LaneStyle,
    _Layout,
    _lazy_lanes_of,
    _lazy_lists,
    _left_of_marker,
    _make_room,
    _measure_buckets,
    _ModeChangeAheadError,
    _named_keys,
    _named_lanes_of,
    _new_lane,
    _PaintJob,
    _Pan,
    _PanScrollBar,
    _PanUnfitError,
    _pinned_bars,
    _pinned_steps,
    _pinned_stretch,
    _read_in_place,
    _rect_intersected,
    _remembered_width,
    _RubberBand,
    _run_to_the_end,
    _same_peak,
    _seen_rows,
    _seen_steps,
    _shifted_layout,
    _thinned_article_columns,
    _tiles_dashes,
    _touches_translucent,
    _words_set,
    _WorldRows,
    lane_keys,
    lane_label,
    named_lane_order,
    names_keep_their_lanes,
    prepare_lanes,
)
from timeline_app.ui.view_dates import DatesMixin
from timeline_app.ui.view_eras import EraLabel, EraMixin
from timeline_app.ui.view_fit import FitMixin, story_pieces
from timeline_app.ui.view_input import InputMixin
from timeline_app.ui.view_kept_ride import KeptRideMixin
from timeline_app.ui.view_layout import LayoutMixin
from timeline_app.ui.view_message import moved_away
from timeline_app.ui.view_paint import PaintMixin
from timeline_app.ui.view_pan import PanMixin
from timeline_app.ui.view_pictures import PicturesMixin
from timeline_app.ui.view_reveal import Decisions, RevealAheadMixin, RevealSteps
from timeline_app.ui.view_ride import RideMixin

FILTER_FIT_SHARE = 0.1
"""A filter's change fits the view to the events it lets through when they lie on screen
within less than this share of the width (``TimelineView.set_emphasis``), as when none is
on screen; else the view keeps its days.  verify73 F14: the Meeting lane from 6 December
2026 kept a view of 2015-2027, its two meetings squeezed at the right edge (~2 % of it)."""

WHOLE_RANGE_GRAZE = 0.02
"""The share of a range typed in Go to Date a collapsed band must hold to be opened: more
than a sliver at the range's edge (verify67 F11: "1890-1960" left 1890-1906, 23 % of it,
in a band)."""

if TYPE_CHECKING:  # only annotations: importing them costs start-up time (lazy Qt types)
    import numpy as np
    import numpy.typing as npt
    from PySide6.QtGui import (
        QFocusEvent,
        QImage,
        QKeyEvent,
        QMouseEvent,
        QNativeGestureEvent,
        QPaintEvent,
        QResizeEvent,
        QWheelEvent,
    )

    from timeline_app.ui.date_mark import DateMark
    from timeline_app.ui.kept_rows import KeptRows
    from timeline_app.ui.print_pages import LaneRows

#: What other modules read from ``timeline_view``: its names before the split
#: (``view_base``'s, and the imports read through it), as they were.
__all__ = ["AHEAD_BAND_PIXELS", "AHEAD_KEPT_MS", "ANCHOR_SNAP_PX", "ARTICLE_CELL_EXTRA_PX",
    "ARTICLE_LINE_PX", "AXIS_HEIGHT", "AXIS_ZIGZAG_CLEARANCE", "BACKDROP_ARTICLE_LINES",
    "BADGE_TIP_CHARS", "BADGE_TIP_TITLES", "BADGE_US", "BANDS_PER_PICTURE", "BAND_CONTENT_US",
    "BAND_PIXELS", "BREAK_TICKS_PX", "COPY_SLICE_BYTES", "CROWDED_ARTICLE_LINES",
    "CROWDED_ARTICLE_PX", "DASHED_US_PER_PX", "DASH_REPETITION_LIMIT", "DASH_TILE_MARGIN",
    "DASH_TILE_PERIODS", "DENSE_HYSTERESIS", "DENSE_LANE_US", "DENSE_POSSIBLE_EVENTS",
    "DENSITY_BIN_PX", "DENSITY_HEIGHT", "DRAG_PACE_S", "EDGE_FLIP_PX", "EDGE_TITLE_LEAST_PX",
    "END_GRAB_PX", "EVICTED_AT_ONCE", "FEW_ARTICLE_LINES", "FILLS_ON_GUI_THREAD",
    "FIT_AFTER_RESIZE", "FIT_EVENT_PX", "FIT_GAP_LENGTH_WORTH",
    "FIT_LABELS_LOOKED_AT", "FIT_LABEL_SHARE", "FIT_LOSS_MAX_EVENTS", "FIT_MARGIN_LEFT",
    "FIT_MARGIN_RIGHT", "FIT_MARGIN_RIGHT_NARROWER", "FIT_ROOM_CHOICE_BANDS",
    "FIT_ROOM_LEAST_SHOWN", "FIT_ROOM_LOSS_STEP", "FIT_ROOM_RIGHT_GAIN", "FIT_ROOM_RIGHT_SAVED",
    "FIT_ROOM_ROUNDS", "FIT_ROOM_TITLE_CAPS", "FIT_ROOM_WAYS", "FIT_WAYS_SETTLE_MS",
    "FOLLOW_SHARE", "FREEZE_AFTER_EVENTS", "HATCH_PERIOD", "HATCH_TILE_PERIODS", "HATCH_WIDTH",
    "IDLE_SLICE_MS", "INDICATOR_IMAGES_KEPT", "INDICATOR_IMAGE_MARGIN", "INDICATOR_SIGHTINGS",
    "ITEM_US", "LABEL_BACKGROUND_HALF", "LANES_BY", "LANES_TOP", "LANE_HEADER", "LANE_PAD",
    "LANE_SHADE", "LAYOUTS_KEPT", "LAYOUT_ITEMS_PER_STEP", "LEAST_WIDTHS_KEPT",
    "LEAST_WIDTH_SHARE", "MANY_ARTICLES", "MARKER_ROW_TOP", "MAX_DENSITY_HEIGHT",
    "MAX_LABEL_PX", "MAX_ROWS", "MAX_ROWS_TALL", "MIN_BAND_ROWS", "MIN_DAYS_SHOWN",
    "MIN_LABEL_PX", "MIN_MATCH_PX", "MIN_UNITS_SHOWN_OUT", "OVERVIEW_BIN_PX", "OVERVIEW_HEIGHT",
    "PAN_CANVAS_BYTES", "PAN_CATCH_UP_MS", "PAN_FIRST_BAND_ROWS", "PAN_PAD_PX",
    "PAN_RELEASE_IN_SLICES", "PAN_REST_TILES", "PAN_REUSE", "PAN_TILES_EACH_SIDE",
    "PICTURE_IDLE_MS", "PRESS_SLICE_BYTES", "PREVIEW_AHEAD_MAX", "PREVIEW_FIRST_SPAN",
    "PREVIEW_KEPT_MS",
    "PREVIEW_MAX_STRETCH", "PreparedLanes", "QColor", "READABLE_ITEM_PX", "ROW_HEIGHT",
    "SELECT_MODIFIERS", "SIDE_PICTURES", "SIDE_PICTURES_BYTES", "SPAN_HEIGHT", "SPAN_RADIUS",
    "TURN_SNAP_PX", "TimelineView", "WHEEL_NOTCH", "WORLD_CHUNKS_KEPT", "WORLD_CHUNK_LEAST_PX",
    "WORLD_CHUNK_STEP_PX", "WORLD_LANES_KEPT", "WORLD_PACKING", "WORLD_QUIET_MS",
    "WORLD_REST_MS", "ZOOM_KEEP_MARGIN_PX", "ZOOM_OUT_MARGIN", "_Aggregate", "_AxisLabel",
    "_AxisSegment", "_BUCKET_LIMITS", "_Bucket", "_CLUSTER_X0", "_COLUMN_CHUNK",
    "_CONTEXT_INDEX", "_CONTEXT_START", "_DIAMOND", "_DIAMOND_HALF", "_END", "_EVENT",
    "_EVENT_CATEGORY", "_EVENT_ID", "_EventDrag", "_FIRST", "_FillsByRect", "_ITEM_ID",
    "_Indicator", "_Item", "_LANE_ITEM_KEY", "_LANE_ITEM_X0", "_LOOKS_CHANGES", "_Lane",
    "_LaneGeometry", "_LaneStyle", "_Layout", "_ModeChangeAheadError", "_NO_INDICATOR_RECTS",
    "_NO_LANE_NAME", "_OWN_SMALL_BIDI", "_PAINTED_ROLES", "_PaintJob", "_Pan", "_PanScrollBar",
    "_PanUnfitError", "_RASTER_PAINTER", "_RubberBand", "_SHORT_GAP_UNITS", "_START",
    "_STYLE_CLASSES", "_UNITS_BELOW_A_YEAR", "_WORLD_INPUTS", "_WorldRows", "_article_dates_of",
    "_article_days_of", "_article_totals_of", "_at_the_edges", "_badge_without",
    "_bidirectional", "_blend", "_clear_of", "_covered", "_data_range_of", "_default_prompt",
    "_edge_width", "_hatch_brush", "_ids_of", "_in_click_order", "_int64_column",
    "_label_background", "_lanes_of", "_lazy_lanes_of", "_lazy_lists", "_left_of_marker",
    "_make_room", "_measure_buckets", "_named_keys", "_named_lanes_of", "_new_lane",
    "_pinned_bars", "_pinned_steps", "_pinned_stretch", "_read_in_place", "_rect_intersected",
    "_remembered_width", "_run_to_the_end", "_same_peak", "_seen_rows", "_seen_steps",
    "_shifted_layout", "_thinned_article_columns", "_tiles_dashes", "_touches_translucent",
    "_words_set", "bisect", "lane_keys", "lane_label", "named_lane_order", "prepare_lanes"]


#: px wide a column of markers is, counted as one place by ``marker_places``: about a
#: marker's width (12 px at 100 %) less its outline.
MARKER_PLACE_PX = 8

class TimelineView(PythonViewportScrollArea, FitMixin, LayoutMixin, PaintMixin, AxisMixin,
                   PicturesMixin, PanMixin, InputMixin, EraMixin, RideMixin, DatesMixin,
                   RevealAheadMixin, KeptRideMixin):
    """The scrollable, zoomable timeline.

    Signals:
        event_selected(str): the selected event changed ("" for none).
        view_changed(): the visible range or the scale changed.
        event_activated(str): an event was double-clicked (to edit it).
        background_activated(float): empty space was double-clicked; the day (ordinal) there.
        lane_name_clicked(str): a lane's name was clicked (its category; by participant
            or place, the name), which hides nothing: the window says how to hide it
            (its right-click menu's Hide, the legend; verify59 F15).
        lane_name_activated(str): a lane's name was double-clicked (its category; lanes
            by category only), to rename it (verify72 F15: Rename Lane was only in menus).
    """

    event_selected = Signal(str)
    view_changed = Signal()
    event_activated = Signal(str)
    background_activated = Signal(float)
    lane_name_clicked = Signal(str)
    lane_name_activated = Signal(str)
    #: Go to Date went somewhere: how the typed text was read, in words, for the status
    #: bar ("12 November 2024 — a day (day first; or 11 December 2024, month first)").
    went_to_date = Signal(str)
    #: A filter's change fitted the view to the events it shows, which were off screen or
    #: squeezed into a sliver of it (``set_emphasis``): what happened, in words, for the
    #: status bar.
    filter_fitted = Signal(str)
    #: Ctrl+→ / Ctrl+← or a drag moved events: the undo step's name ("Move “Summit” to
    #: April 2025"), for the status bar to say what was done, as Delete and Merge say
    #: theirs (verify89 F11).
    events_moved = Signal(str)

    #: A new view's items, badges, density bars and grid drawn in few calls (pens set
    #: once a kind, numpy-made images); False: one by one, as it was, for tests to
    #: compare (the same pixels).
    _batched = True

    #: Replaced in tests so that "Go to date…" never blocks on a modal dialog.
    prompt: Callable[[QWidget, str, str, str], str | None] = staticmethod(_default_prompt)
    #: Go to Date's mark on the days it went to (``ui/date_mark.py``), made at its first use.
    _date_mark: DateMark | None = None
    #: Rows each lane may take whatever the height (0: the height decides, ``_lane_room``):
    #: a picture of the whole timeline (``export_picture.whole_timeline_view``) sets it so
    #: that every event gets a row, as no one can open a "+N" badge in a picture (new-user
    #: trial 12: a PNG's Meeting lane ended in "+3" under "24 events").
    picture_rows = 0
    #: A printed page's rows of the lanes (viewport px) while ``page_rows`` lasts.
    _page_rows: tuple[int, int] | None = None
    _page_era_titles = 0  # (``page_rows``' rows of era titles, px)

    def __init__(self, document: Document, selection: EventSelection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if FILLS_ON_GUI_THREAD:
            os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
        self.setObjectName("timelineView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        # Every paint covers the whole region it is given (the frame picture, or the
        # background first): Qt need not fill it beforehand.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setHorizontalScrollBar(_PanScrollBar(Qt.Orientation.Horizontal))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # The vertical bar's room is kept whether the lanes need it or not (the bar is
        # disabled then, like the horizontal one at its ends): the viewport never changes
        # width under a zoom, a key or Fit All.  Shown as needed, it came and went as the
        # lanes grew taller or shorter than the view, and each time the step painted ahead
        # was of the old width: a new view laid out twice (100 000 events at 2560x1440: a
        # 25-30 ms Ctrl+wheel notch), and Fit All laid the view out at both widths
        # (issue 11, benchmarks/README.md, thirteenth round).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.verticalScrollBar().setEnabled(False)  # nothing to scroll yet
        self.setAccessibleName("Timeline")
        self._document = document
        self._selection = selection
        from timeline_app.ui.status_marks import StatusMarks

        self._status_marks = StatusMarks(document)  # disputed and denied events' badges
        self._px_per_day = 1.0
        # Display units at the left edge (see scale.py: one unit is one day outside breaks).
        self._origin = float(day_number(_dt.date.today()))
        self._collapse = True
        self._breaks: list[Break] = []  # every break the data has, opened or not
        # The days of events dated to a year or a decade alone in their stretch, which
        # the breaks may compress (``_lone_coarse``) ...
        self._lone_spans: list[tuple[float, float]] = []
        # ... and those the scale's breaks do compress: the axis marks no month inside
        # them (``_without_lone_ticks``; made with the scale, ``_apply_breaks``).
        self._squeezed_spans: list[tuple[float, float]] = []
        # An edit in the fitted view kept breaks the data no longer asks for (a new empty
        # period is not collapsed): Fit All finds them again (``_on_model_changed``).
        self._breaks_stale = False
        self._opened: set[float] = set()  # breaks the user went into (by their first day)
        self._scale: Scale = LINEAR
        # Days a "Go to date" outside the data added to the range one may scroll over.
        self._extra_range: tuple[float, float] | None = None
        self._all_starts: list[int] = []  # every event's first day, sorted (overview)
        self._spans: list[tuple[int, int]] = []  # every event's days, in date order
        # ``_covered`` of ``_spans`` and the articles' dates, with the two lists it was
        # worked out for (``_covered_days``); kept by ``_place`` and ``_unplace``.
        self._covered_kept: tuple[list[tuple[int, int]], list[_dt.date],
                                  list[tuple[float, float]]] | None = None
        # (timeline, revision) ``_spans`` were last built from (``_rebuild_lanes``)
        self._spans_of: tuple[weakref.ref[Timeline], int] | None = None
        # The lanes of every event (none hidden) last built, with the timeline's (id,
        # revision) and the lanes' kind then: Clear Filters takes them again while the
        # events are as they were (``_rebuild_lanes``)
        self._unfiltered_lanes: tuple[tuple[int, int, str], PreparedLanes] | None = None
        self._article_dates_cache: list[_dt.date] | None = None
        self._article_days_cache: Any = None  # the same as a numpy array (painting)
        # How many articles fall before each of those dates (and in all, last): a badge's
        # "+N" counts articles, several of which may share a date (made on first use).
        self._article_totals_cache: list[int] | None = None
        # One period of the article line's dashes: (key, rows of pixels or None).
        self._article_period: tuple[object, Any] | None = None
        self._overview_cache: tuple[tuple[object, ...], list[int]] | None = None
        self._overview_picture: tuple[object, QPixmap] | None = None
        self._article_line_cache: tuple[object, QPixmap] | None = None
        self._fit_margin_px = FIT_MARGIN_LEFT  # Fit All's last left margin (_fit_margin_left)
        # Fit All's last px after the data: its right margin and room (``_fitted``)
        self._fit_right_px = FIT_MARGIN_RIGHT
        #: The last Fit All's viewport width, the px it showed after the data's end, that
        #: end (a day), its scale and that end in its display units (``_show_fitted``): no
        #: title takes room past it (``_titles_right_edge``); then its origin (display
        #: units) and px a day, where its left edge is (``_fit_left_edge``); None before a
        #: Fit All.
        self._fit_after: tuple[int, float, float, Scale, float, float, float] | None = None
        self._fit_room_way = FIT_ROOM_WAYS[0]  # how ``_fit_room`` makes room (Fit All)
        self._fit_way_chosen = FIT_ROOM_WAYS[0]  # the way Fit All last chose
        #: Fit All makes room only the way it last chose (during a resize), and
        #: ``_fit_ways_timer`` tries every way once the size settles.
        self._fit_one_way = False
        self._last_resize_fit = -1.0  # time.monotonic() of the last resize's Fit All
        self._fit_ways_timer = QTimer(self)
        self._fit_ways_timer.setSingleShot(True)
        self._fit_ways_timer.setInterval(FIT_WAYS_SETTLE_MS)
        self._fit_ways_timer.timeout.connect(self._fit_all_ways)
        #: ``_fit_room_right``'s last answer and what it was for.
        self._fit_right_memo: tuple[tuple[object, ...], float] | None = None
        #: ``_fit_room_right``'s answers within one Fit All (``_fit_shown``), by the
        #: scale's pieces and what they were for; None outside one.
        self._fit_right_search: dict[tuple[object, ...], float] | None = None
        #: Fit All's extra linear days (after the stretch left of a break, before the
        #: one right of it) by the break's ``empty_first`` (``_fit_room``): room for
        #: those stretches' titles and years.
        self._fit_room_days: dict[float, tuple[float, float]] = {}
        #: Fit All's stretches drawn narrower than their days (``_fit_squeeze``).
        self._fit_squeezes: list[Squeeze] = []
        #: Fit All's room after the data drawn over fewer days than its units
        #: (``_set_room_after``), or None.
        self._fit_right_piece: Squeeze | None = None
        #: Fit All's stretch after the last band drawn wider than its days, with days of
        #: that band before it for titles left of their markers (``_fit_story``), or None.
        self._fit_story_piece: Squeeze | None = None
        #: The empty days before a lone far event that piece draws narrower
        #: (``view_fit.story_pieces``, ``_story_gap``), or None.
        self._fit_story_gap: tuple[float, float] | None = None
        #: The share of the width (less Fit All's margins) the story's piece was given by
        #: the last Fit All that weighed every width (None: no piece), which a resize's
        #: step gives it again alone (``_fit_one_way``).
        self._fit_story_share: float | None = None
        #: ``_fit_squeeze``'s last choice and what it was for (the lanes, the size, the
        #: breaks): Fit All again on the same is one scale, not three tried.
        self._fit_squeeze_memo: tuple[tuple[object, ...], list[Squeeze]] | None = None
        #: The way ``_choose_squeeze`` last chose (0 titles whole, 1 shortened, 2 none), made
        #: again alone during a resize (``_fit_one_way``), every way once the size settles
        #: (``_fit_ways_timer``); ``_fit_squeeze_deferred``: this Fit All did so.
        self._fit_squeeze_way = 2
        self._fit_squeeze_deferred = False
        self._overview_version = 0  # counts recomputed: the picture is drawn again
        # A drag on the overview strip: (mode, press x, origin, first unit, last unit).
        self._strip_drag: tuple[str, float, float, float, float] | None = None
        self._scroll_unit = 1.0  # pixels per horizontal scrollbar step
        self._lanes: list[_Lane] = []
        # The lanes shown as eras (``Timeline.era_lanes``, by category only): drawn as
        # bands behind the lanes, not as rows (``view_eras``); not in ``_lanes``.
        self._era_lanes: list[_Lane] = []
        self._era_memo = None
        self._era_title_widths: dict[str, tuple[str, float]] = {}
        # What a lane is (``LANES_BY``, View → Lanes By): its events' category (each
        # event in one lane), participant or place (an event in each of its names' lanes).
        self._lanes_by = "category"
        # The lanes by name's colours (``style.name_slots``) and the timeline and way
        # they were given for: made from every lane, kept while a filter hides some.
        self._name_slots: dict[str, int] = {}
        self._name_slots_for: tuple[int, str] | None = None
        # Lanes by participant or place the person hid (a click on the name: the one-off
        # envoys of a lecture's 35 lanes), shown again by ``show_all_lanes``.
        self._hidden_lanes: set[str] = set()
        # Those of the other ways, kept while the lanes are by another (``set_lanes_by``).
        self._hidden_lanes_by_way: dict[str, set[str]] = {}
        self._lane_spellings: dict[str, str] = {}  # ``PreparedLanes.spellings`` of the lanes
        self._lane_by_category: dict[str, _Lane] = {}  # the lanes by key (``_Lane.category``)
        self._placed: dict[str, Event] = {}  # each event as it is in the lanes now
        self._data_range_cache: tuple[float, float] | None = None
        # The range after the change ``_place`` and ``_unplace`` made, for
        # ``_on_model_changed`` to take once it has compared the range before it: None
        # when it must be worked out again; ``_range_pending`` while one is under way.
        self._range_after: tuple[float, float] | None = None
        self._range_pending = False
        #: ``_spans`` (the list itself) and no longer span in it, in days (at least one):
        #: ``_longest_span``.
        self._longest_kept: tuple[list[tuple[int, int]], int | list[tuple[int, int]]] \
            | None = None
        # Layouts of the last few views, by what a layout depends on (``_layout_key``):
        # a view shown again (Fit All at fit-all, a zoom back) is not laid out again.
        self._layouts: dict[tuple[object, ...], _Layout] = {}
        #: the packings of the lanes a probe laid out (``_layout_steps``' ``only``:
        #: ``zoom_steps_to_item``), by lane, with what each was packed from: the next
        #: layout of that very view packs them no more (``_probed_packing``)
        self._probe_packs: dict[str, tuple[tuple[object, ...], list[Any], tuple[Any, ...]]] = {}
        #: the selected event and its row's top on screen before a zoom by key or toolbar,
        #: until the zoomed view's layout is made (``_keep_selected_row``)
        self._kept_row: tuple[str, float] | None = None
        #: the event ``ensure_visible`` last scrolled to, the lanes' scroll it left and
        #: the view (origin, px per day) it was made for: kept in view when the view is
        #: laid out again in place (``_keep_shown_in_view``)
        self._shown_row: tuple[str, int, tuple[float, float]] | None = None
        #: the event whose selection the caller reveals itself (``reveal_follows``)
        self._reveal_follows = ""
        #: the events whose rings that selection changed and the event current before
        #: it, repainted when the reveal comes (``_on_selection_changed``); None: none
        self._rings_after_reveal: tuple[set[str], str] | None = None
        #: the event a held key's row selects, shown at the event loop's next turn
        #: (``follow_soon``), and its timer (made at the first)
        self._follow_soon_id = ""
        self._follow_soon_timer: QTimer | None = None
        #: the origin moved without a layout (``scroll_to_event(lay_out=False)``)
        self._origin_unsettled = False
        # Lanes of rows packed by chunks anchored to the world (``_world_rows``), by
        # (contents generation, lane, px per day, chunk width, rows).
        self._world_lanes: dict[tuple[object, ...], _WorldRows] = {}
        # The zoom whose lanes of rows are packed from the world's chunks
        # (``_world_here``'s value then), or None: a new zoom level (a zoom run's
        # notches, the enter) is packed by ``pack_lane`` as on main, its chunks packed
        # while the app waits once the view rests, then swapped in (``_world_rested``,
        # session 27, frames31: packing them in the frame made a new zoom level 2-10
        # times dearer).  In ``_layout_key`` and ``_frame_key``: a layout or a picture is
        # of one packing.
        self._world_at: tuple[object, ...] | None = None
        # A zoom (``_world_here``) at which the view rested with no lane of rows to
        # pack from chunks (every lane a density): nothing to swap in until it moves.
        self._world_none_at: tuple[object, ...] | None = None
        # (``_lanes_generation``, whether its lanes are few enough events to pack every
        # zoom from the world's chunks at once: ``_world_eager``)
        self._world_eager_kept: tuple[int, bool] | None = None
        # The last zooms swapped in (``_world_here``'s values, oldest first): a zoom back
        # to one packs its lanes from their chunks still kept (``_world_partial``).
        self._world_seen: list[tuple[object, ...]] = []
        # Chunk parts a riding pan's frame may still pack (``_world_lane_ready``).
        self._ride_parts_left = 0
        # Chunk parts and chunks to pack while the app waits (``(lane's chunks, "part"
        # or "chunk", index)``), a few ms a slice (``_world_slice``), for the zoom
        # ``_world_queue_at``; a zoom elsewhere cancels them.
        self._chunks_ahead: list[tuple[WorldLane, str, int]] = []
        self._world_queue_at: tuple[object, ...] | None = None
        self._chunk_timer = QTimer(self)
        self._chunk_timer.setSingleShot(True)
        self._chunk_timer.setInterval(0)
        self._chunk_timer.timeout.connect(self._world_slice)
        # The view rests when it has not moved for ``WORLD_REST_MS``: its chunks are
        # then packed (``_world_rested``).
        self._world_rest_timer = QTimer(self)
        self._world_rest_timer.setSingleShot(True)
        self._world_rest_timer.setInterval(WORLD_REST_MS)
        self._world_rest_timer.timeout.connect(self._world_rested)
        # A pan by the scroll bar, the wheel or a key rides the world until the view
        # rests (``view_ride``): the last frame's picture moved, its titles kept.
        self._ride_on = False
        self._ride_peaks: dict[str, int] = {}
        self._ride_heights: dict[str, float] = {}
        self._ride_screen: tuple[Any, ...] | None = None
        self._ride_moved_at = -math.inf
        self._ride_timer = QTimer(self)
        self._ride_timer.setSingleShot(True)
        self._ride_timer.timeout.connect(self._ride_end)
        # When the last input came (``time.perf_counter``): the world's idle work waits
        # for ``WORLD_QUIET_MS`` without one (``_world_quiet_ms``).
        self._input_at = -math.inf
        # When the view last moved (``_note_world_rest``): chunks ahead of a moving view
        # packed from the world's chunks are packed between its inputs.
        self._moved_at = -math.inf
        # What a chunk part last cost (ms of the GUI thread, a decaying maximum): a
        # slice stops before the next would take it over ``IDLE_SLICE_MS``.
        self._world_part_ms = 0.0
        self._label_cache: dict[str, float] = {}
        # ``_frame_key``'s colours of the painted roles, by palette and colour group.
        self._painted_colours: tuple[tuple[object, object], tuple[int, ...]] | None = None
        # ``_lane_room``'s last answer and what it was a function of.
        self._lane_room_kept: tuple[tuple[object, ...], tuple[tuple[int, int], ...]] | None = None
        # The compact layout of the lanes of rows (no header row: each lane's name on a
        # plate in its first row), chosen when only it shows every lane's rows whole in
        # the view's height (``_compact_wanted``; verify76 F17).  Part of the layout's key.
        self._compact_lanes = False
        # ``_least_label_width`` by event id (bounded: ``LEAST_WIDTHS_KEPT``).
        self._least_cache: dict[str, float] = {}
        self._elided_cache: dict[tuple[str, int], tuple[str, float]] = {}
        self._name_widths: dict[str, float] = {}
        self._small_widths: dict[str, float] = {}
        self._bold_widths: dict[str, float] = {}
        self._density_pixels: dict[int, int] = {}  # a colour's premultiplied pixel
        # ``_paint_backdrop``'s last tiles: (what they are made from, the article lines'
        # stripe, whether the lines are in them, the grid's rows, the tile per colour and
        # with or without the eras: a QBrush, the eras' row or None).
        self._backdrop_tiles: tuple[tuple[object, ...], QPixmap | None, bool,
                                    list[QImage], dict[tuple[int, bool], Any],
                                    QImage | None] | None = None
        self._eras_in_backdrop = False  # (the last backdrop holds the eras' bands)
        self._density_row_numbers: dict[int, Any] = {}  # height -> its rows' numbers
        # A dense lane's pixels and filled pixels (``_density_image``).
        self._density_buffers: tuple[Any, Any] | None = None
        self._article_labels: dict[int, str] = {}  # "Article · 3 Mar 2003" by day number
        self._article_months: dict[int, str] = {}  # "Mar 2003" by year * 12 + month
        self._seen_once: set[str] = set()  # small texts drawn once (drawText)
        # "◀ N" boxes copied whole (``_copy_indicator``): by what their pixels depend on,
        # (their pieces' style, the image or None); and how often others were asked for.
        self._indicator_images: dict[Hashable, tuple[RoundedStyle, QImage | None]] = {}
        # The label font's key, a plain title's line height and ascent, and whether the
        # font has "…" (``_plain_title_metrics``).
        self._plain_metrics: tuple[str, float, float, bool] | None = None
        self._indicator_seen: dict[Hashable, int] = {}
        # (the key, the columns, and the dates placed across the candidates' stretch:
        # ``_article_columns``)
        self._article_columns_memo: tuple[tuple[object, ...], tuple[list[float], list[int]],
                                          tuple[float, float, Any, Any] | None] | None = None
        self._article_candidates_memo: tuple[tuple[object, ...],
                                             tuple[list[float], list[int]]] | None = None
        self._article_badges_memo: tuple[object, int, list[tuple[float, QRectF, str]]] | None = None
        # Per palette (its cacheKey): the bands' two fills, and each lane colour's pens.
        self._lane_fills: tuple[int, tuple[QColor, QColor]] | None = None
        self._lane_styles: dict[int, _LaneStyle] = {}
        self._lane_styles_key: int | None = None
        self._prefix_widths: dict[str, float] = {}  # label text (elided candidates) → width
        # Laid-out text (QStaticText: glyphs shaped once, drawn many times) by (font, text):
        # labels, badges and axis text are drawn again every frame (issue 11: ~300 drawText
        # calls were 4 ms of a year-zoom frame).
        self._static_texts: dict[tuple[int, str], QStaticText] = {}
        # Their sizes (width, height), by the same keys, read once when laid out: a
        # ``size()`` is a QSizeF made and read in three calls into PySide (~10 k
        # instructions), ~80 a frame (issue 11).  The fonts never change.
        self._static_sizes: dict[tuple[int, str], tuple[float, float]] = {}
        # Point events' diamonds pre-rendered by pens, fill and device pixel ratio
        # (``_diamond_pixmap``).
        self._marker_pixmaps: dict[tuple[object, ...], QPixmap] = {}
        # Circa spans' outlines painted short (``_circa_short``), by what their pixels
        # depend on.
        self._circa_scratches: dict[tuple[object, ...], QImage] = {}
        # Labels' boxes with their titles, drawn once and copied (``_paint_chips``).
        self._label_chips = LabelChips()
        # Where ``_paint``'s lanes copy their drawn titles from (``_chip_source``), by
        # painter and translation; None outside ``_paint``'s lanes.
        self._chip_sources: dict[tuple[int, float, float], Any] | None = None
        # Span markers' and badges' rounded ends, pre-rendered (``RoundedPieces``).
        self._rounded = RoundedPieces()
        # ``_lane_rounded``'s answers by (id of the lane's style, kind, height, ratio).
        self._lane_roundeds: dict[tuple[int, bool, float, float | None],
                                  tuple[_LaneStyle, RoundedStyle | None]] = {}
        self._hover_id = ""
        # The frame picture (``_frame_picture``): everything but the selection and the
        # hover, painted once per change of the view and copied for the repaints a
        # selection, a hover or another window causes; its key says what it shows.
        # Counts changes of what the view shows other than where it looks (the data, the
        # filters, a search, a drag ended): where it looks (origin, zoom, scale) is in the
        # keys of the picture and the layouts themselves.
        self._frame_generation = 0
        # Generations made by lanes' changes of mode alone (``_lane_mode_changed``), each
        # with the generation whose contents it shows: pictures of either are stretched
        # for a zoom notch (``_preview_source_for``).
        self._mode_generations: dict[int, int] = {}
        # Counts changes of what the lanes hold (their events, days, titles, filters:
        # ``_invalidate``, ``_rebuild_lanes``, ``_place``, ``_unplace``), not of what the
        # view shows otherwise: the world's chunks are kept by it (``_world_rows``,
        # ``_world_here``), so that a resize, a search or a selection, which bump
        # ``_frame_generation``, keep every chunk packed and the packing swapped in
        # (session 28, frames32: keyed by the frame generation, every resize made the
        # next rest pack every chunk again and swap again).
        self._lanes_generation = 0
        #: ``_shown_last_day`` and the ``_lanes_generation`` it is of
        self._shown_last: tuple[int, float] | None = None
        # The world chunks' width (``_world_chunk_px``) while the viewport's width stays
        # near it: a resize by a few px keeps the chunks.
        self._world_chunk_kept: float | None = None
        # Per zoom level (pixels per day, scale, width): which lanes are drawn dense
        # (``_lane_on_screen``), for the generation ``_lane_modes_generation``.
        self._lane_modes: dict[tuple[object, ...], dict[str, bool]] = {}
        self._lane_modes_generation = 0
        # Set by a jump to another view (Fit All, Go to Date, a click on a badge): the
        # next new view is painted into the picture and copied, because a hover or a
        # selection follows more often than another jump (see paintEvent).
        self._picture_next = False
        self._frame_cache: tuple[tuple[object, ...], QImage] | None = None
        self._spare_picture: QImage | None = None  # the picture before the last scroll
        # The lanes' rows of the view painted so far, for scrolls back to them
        # (``_scroll_picture``; ``kept_rows``).
        self._kept_rows: KeptRows | None = None
        # The next step of a steady pan or zoom, painted ahead (``_lay_out_ahead``): it
        # becomes the frame picture when the view gets there (``_adopt_picture_ahead``).
        self._ahead_picture: tuple[tuple[object, ...], QImage] | None = None
        # Work done in slices while the app waits (``_paint_slice``): the step painted
        # ahead, or the picture of a view that stayed on screen; and a canvas to reuse.
        self._paint_job: _PaintJob | None = None
        # A view other than the one on screen is being laid out (``_paint_slice``).
        self._laying_out_ahead = False
        # The probes of ``zoom_steps_to_item`` kept, by what each is computed from; the
        # views the Events list's next keys would reveal, laid out while the app waits
        # (``view_reveal``: issue 11, session 56, list57).
        self._probes: dict[tuple[object, ...], tuple[tuple[int, bool], Decisions]] = {}
        self._reveal_provider: Callable[[], Sequence[str]] | None = None
        self._reveal_zoom = (4.0, 8)
        self._reveal_for: tuple[object, ...] | None = None
        self._reveal_queue: list[str] = []
        self._reveal_steps: RevealSteps | None = None
        self._reveal_made: Decisions = ()
        self._reveal_layouts: dict[tuple[object, ...], tuple[_Layout, Decisions]] = {}
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.timeout.connect(self._reveal_ahead_slice)
        # The step ahead being laid out may find lanes' changes of mode (not a view
        # beside: those are dropped at one); what it found (``_PaintJob.flip``).
        self._may_flip_ahead = False
        self._ahead_flip: tuple[tuple[tuple[object, ...], str, bool], ...] | None = None
        # A step painted ahead whose layout changes a lane's mode: its layout and picture,
        # made real when the view comes there (``_flipped_ahead``).
        self._flip_ahead: _PaintJob | None = None
        # A step painted ahead with the other lanes' headers than the view's (its layout
        # chose them, ``_decide_headers_ahead``), finished: made the frame picture's
        # source when the view comes there and changes them (``_headers_came``).
        self._headers_ahead: _PaintJob | None = None
        self._shown_view = (0.0, 0.0)  # (origin, pixels per day) of the last frame
        self._part_ms = 0.0  # the GUI thread's CPU of the last part of a job painted
        self._above_ms = 0.0  # ... and of the last part above the lanes (``_paint_slice``)
        # The GUI thread's CPU (ms) per viewport row of the last band painted ahead over
        # that row (its fixed cost shared by its rows), and what is left of the slice under
        # way for its next band (None: no limit): ``_budget_bottom``.
        self._row_ms: list[float] = []
        self._band_left_ms: float | None = None
        self._step_ms = 0.0  # GUI-thread CPU of the last layout step run ahead (ms)
        self._spare_canvas: QImage | None = None
        # The frame picture of the view shown before the one on screen, while moves go on:
        # a turn (a pan back, a notch back) shows it again (``_adopt_picture_ahead``).
        self._previous_picture: tuple[tuple[object, ...], QImage] | None = None
        self._view_before_move: tuple[float, float] | None = None  # see _snapped_back
        # Pictures of the views one key step either side of a view that stayed on screen
        # (``_prepare_sides``): the first Shift+arrow of a run copies one.
        self._side_pictures: dict[tuple[object, ...], QImage] = {}
        # The views the Events list's next keys would reveal, painted while the app waits
        # at the lanes' scroll the reveal leaves (``view_reveal``: issue 11, session 65,
        # scale73), by frame key; the views to paint (view, lanes' scroll, layout key)
        # and the job under way.
        # (each picture with the lanes' headers it was painted with, ``_compact_lanes``)
        self._reveal_pictures: dict[tuple[object, ...], tuple[QImage, bool]] = {}
        self._reveal_paints: list[tuple[tuple[float, float], int, tuple[object, ...],
                                        bool]] = []
        self._reveal_job: _PaintJob | None = None
        self._reveal_event = ""  # (the event of the view being laid out ahead)
        self._reveal_job_headers = False  # (the lanes' headers its picture is painted with)
        self._side_queue: list[tuple[float, float]] = []
        # The picture of the view Fit All would show (within ``SIDE_PICTURES_BYTES``),
        # kept while the view moves elsewhere at this size; ``_fit_key``: its key.
        self._fit_picture: tuple[tuple[object, ...], QImage] | None = None
        self._fit_key: tuple[object, ...] | None = None
        # A resize's frame painted: Fit All's view at the new size next, from a 0 ms
        # timer (``_paint_fit_after_resize``).
        self._fit_after_resize = False
        self._fit_after_resize_view: tuple[float, float] | None = None
        self._fit_resize_timer = QTimer(self)
        self._fit_resize_timer.setSingleShot(True)
        self._fit_resize_timer.setInterval(0)
        self._fit_resize_timer.timeout.connect(self._paint_fit_after_resize)
        self._painted_primary = ""  # the current event when it was last painted
        self._painted_once = False  # the first paint fills by rectangles (``_FillsByRect``)
        self._painted_key: tuple[object, ...] | None = None  # the last view painted
        self._freeze_after_paint = False  # see _rebuild_lanes
        self._press_pos: QPointF | None = None
        self._pointer: QPointF | None = None  # where the mouse last was over the viewport
        self._press_origin = 0.0
        self._press_vscroll = 0
        self._dragging = False
        self._event_drag: _EventDrag | None = None
        self._band: _RubberBand | None = None
        self._anchor_id = ""  # where a Shift-click range starts
        #: The row each event had in its lane as shown before the last change of the
        #: document (lane key -> event id -> row), and the zoom and lanes they are of:
        #: hints to the packing at that zoom (``_keep_rows_as_hints``; verify54 F13).
        self._row_hints: dict[str, dict[str, int]] = {}
        self._row_hints_at: tuple[float, str] | None = None
        #: the hints of a lane with the rows its events left emptied taken out, by lane,
        #: for the lanes' contents they were made for (``_row_hints_of``)
        self._row_hints_compact: dict[str, tuple[int, dict[str, int]]] = {}
        #: A key of the timeline's contents (the events as the lanes hold them) since it
        #: was opened: the XOR of the hashes of the events each change took out and put in
        #: (``_note_contents_change``), so that contents given back — by an undo or a redo,
        #: or by hand — get back their key.  0 for the contents as opened.
        self._contents_key = 0
        #: The rows shown at contents left by a change, by their key (``_contents_key``),
        #: and the zoom and lanes they are of, the most recent last: the packing's hints
        #: when the timeline comes back to those contents, so that 11 undos and 11 redos
        #: give back the rows they took (verify65 F13), without listening to the undo
        #: stack (session 52's slot on its ``indexChanged`` crashed the interpreter in a
        #: garbage collection).  ``_keep_rows_as_hints``, ``_row_hints_of``.
        self._rows_of_contents: dict[int, tuple[dict[str, dict[str, int]],
                                                tuple[float, str]]] = {}
        # Dragging an event near an edge scrolls the view (pixels per tick of the timer).
        self._drag_scroll_px = 0.0
        self._last_drag_x = 0.0
        self._drag_scroll_timer = QTimer(self)
        self._drag_scroll_timer.setInterval(30)
        self._drag_scroll_timer.timeout.connect(self._on_drag_scroll)
        # A new view is painted straight on the screen; once it has stayed on screen
        # PICTURE_IDLE_MS, its picture is made, so that the first hover or selection
        # after a pan or a zoom is a copy too, not a whole paint (issue 11).
        self._picture_timer = QTimer(self)
        self._picture_timer.setSingleShot(True)
        self._picture_timer.setInterval(PICTURE_IDLE_MS)
        self._picture_timer.timeout.connect(self._make_picture_when_idle)
        # A pan or a zoom notch repeated (a held arrow key, a wheel spun, an event
        # dragged to an edge): once its frame is on screen, the next step's layout is
        # made while the app waits for the next event (``_lay_out_ahead``), so that
        # frame finds it made (issue 11).  A move is ("pan", dx) or ("zoom", factor,
        # anchor x); ``_last_move``: the last one, with the origin and scale it left.
        self._last_move: tuple[tuple[object, ...], float, float] | None = None
        self._move_ahead: tuple[object, ...] | None = None  # to lay out after this paint
        # The pre-rendered pieces of the lanes' markers, badges and indicators made while
        # the app waits, a kind a timeout (``_start_pieces_ahead``): what is left, and
        # the palette, ratio and lanes' colours they were made for.
        self._pieces_timer = QTimer(self)
        self._pieces_timer.setSingleShot(True)
        self._pieces_timer.setInterval(0)
        self._pieces_timer.timeout.connect(self._make_pieces_ahead)
        self._pieces_left: list[tuple[QColor, int, float]] = []
        self._pieces_for: tuple[object, ...] | None = None
        self._pieces_frame = -math.inf  # (``idle_gc.last_frame`` when it was last armed)
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(0)
        self._ahead_timer.timeout.connect(self._lay_out_ahead)
        # The layouts ``_keep_layout`` lets go, freed after the frame rather than in it:
        # a layout's items, rectangles and badges took 0.2-0.4 ms to free, in every
        # drag move's handler (issue 11).
        self._released: list[_Layout] = []
        self._release_timer = QTimer(self)
        self._release_timer.setSingleShot(True)
        self._release_timer.setInterval(0)
        self._release_timer.timeout.connect(self._released.clear)
        # The picture painted ahead is let go once the moves stop (it is as large as the
        # view: 15 MB at 2560x1440, four times that at two device pixels a pixel).
        self._ahead_drop_timer = QTimer(self)
        self._ahead_drop_timer.setSingleShot(True)
        self._ahead_drop_timer.setInterval(AHEAD_KEPT_MS)
        self._ahead_drop_timer.timeout.connect(self._drop_picture_ahead)
        # A zoom notch of a run shown as a picture stretched (``_zoom_preview``): armed by
        # the notch, the key of the view shown so, the job painting a view so shown (its
        # picture, if the view moved on meanwhile, is the next stretch's source), and
        # what the stretched frame left for the view's own frame (the vertical bar's range,
        # the hover: both need the new layout).
        self._preview_armed = False
        self._zoom_from_input = False  # set by a zoom the user asked for (zoom_by_input)
        self._notch_of_run = False  # the last zoom_by was a notch of a run (armed)
        self._in_zoom_step = False  # zoom_by is moving the view (_set_origin)
        self._preview_key: tuple[object, ...] | None = None
        self._preview_job: _PaintJob | None = None
        self._preview_source: tuple[tuple[object, ...], QImage] | None = None
        self._behind_preview = False
        # The pace of a zoom run (``_preview_job_for``): notches made, that count at the
        # last slice of work ahead, whether a notch came between the last two slices,
        # and how many notches the last picture of a stretched view took to paint.
        self._notches = 0
        self._notch_at_slice = 0
        self._run_paced = False
        self._preview_span = 0
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_KEPT_MS)
        self._preview_timer.timeout.connect(self._end_preview)
        # No work ahead while work runs on another thread (``hold_work_ahead``).
        self._work_ahead_held = False
        # A pan gesture under way (``_Pan``), its stretch's layout in steps, and the
        # timer that lays it out and paints its tiles while the app idles.
        self._pan: _Pan | None = None
        self._pan_steps: Generator[None, None, _Layout] | None = None
        # The stretch to take when the view nears the end of the pan's: laid out while
        # the app idles (``_pan_work``), its steps until then.
        self._pan_next: tuple[_Pan, Generator[None, None, _Layout] | None] | None = None
        self._pan_timer = QTimer(self)
        self._pan_timer.setSingleShot(True)
        self._pan_timer.setInterval(0)
        self._pan_timer.timeout.connect(self._pan_work)
        # A pan's stretch around the view at rest, laid out (not painted) while the app
        # waits once the views beside it are painted (``_prepare_rest_pan``): the next
        # press takes it instead of laying one out (``_begin_pan``).
        self._pan_rest: tuple[_Pan, Generator[None, None, _Layout] | None] | None = None
        # GUI-thread ms a row of a pan's group of tiles cost in the last band painted
        # while the app waited (``_paint_pan_tiles``' ``budget``).
        self._pan_row_ms: float | None = None
        # GUI-thread ms a pixel of width of each row (viewport y) of a pan's tiles cost
        # in the last band painted there while the app waited (``_note_pan_band``).
        self._pan_row_cost: list[float] = []
        # Pictures a drag no longer wants (the views beside, ...), let go one a slice of
        # its work (``_pan_picture``, ``_pan_work``); all at once when it ends.
        self._pictures_to_free: list[object] = []
        # GUI-thread ms of the last pan stretch's layout (its steps summed), and how far
        # (px) and which way (+1: later days) the drag's frames moved the view, on
        # average: what is left before the view leaves its stretch (``_pan_catch_up_ms``).
        self._pan_layout_ms: float | None = None
        self._pan_step_px = 0.0
        self._pan_way = 0
        self._pan_last_origin: float | None = None
        # The picture of the stretch a drag left, the next stretch's picture-to-be
        # (``_pan_picture``: a new one's pages were written in the copy of its tiles,
        # 10-20 ms at 2560x1440); it goes when the drag ends.
        self._pan_spare: QImage | None = None
        # A drag's last move (``time.perf_counter``, s) and the time since the one before
        # it (s): when its next move is due (``_pan_slice_ms``).
        self._drag_pace: tuple[float, float] | None = None
        self._layout_override: _Layout | None = None  # a pan's tile being painted
        self._article_lines_override: list[float] | None = None  # and its article lines
        self._width_override: int | None = None  # a pan's stretch: its article lines
        self._article_badges_override: list[tuple[QRectF, str]] | None = None  # a pan's
        # True from "Fit all" until the user zooms or scrolls: resizing then re-fits.
        self._auto_fit = True
        #: After a filter's change fitted the view to its events (``set_emphasis``): the
        #: days shown before, whether that was Fit All's view, and the days it fitted;
        #: clearing the filters goes back to them.  None: no such fit.
        self._filter_fit_back: tuple[tuple[float, float], bool, tuple[float, float]] | None = None
        #: Whether the breaks are found from the events the filters show
        #: (``_shown_covered_days``): from a Fit All with filters on until they are
        #: cleared (``fit_all``, ``set_emphasis``).
        self._breaks_of_shown = False
        #: ``_shown_covered_days``' parts kept: per lane (by id) the lane, the count of
        #: events placed in or taken out of the lanes (``_lanes_edits``: not
        #: ``_lanes_generation``, which every filter's change bumps too) and its covered
        #: days (``covered_arrays``); the articles' dates list and their days; the last
        #: answer with what it was worked out from.
        self._lanes_edits = 0
        self._lane_covered: dict[int, tuple[_Lane, int, tuple[Any, Any]]] = {}
        self._articles_covered: tuple[object, tuple[Any, Any]] | None = None
        self._shown_covered: tuple[tuple[object, ...], list[tuple[float, float]]] | None = None
        # ``_shown_days``' answer and the lanes it was for (``_lanes_edits`` first)
        self._shown_days_kept: tuple[tuple[object, ...], tuple[float, float] | None] | None = None
        #: While ``_on_model_changed`` works with the breaks of the events shown: they wait
        #: for ``set_emphasis``, after the filters weighed the change.
        self._shown_breaks_wait = False
        # Find and filter (set_emphasis): matches are highlighted, others dimmed; hidden
        # events are left out of the lanes.  None = no search.
        self._matches: frozenset[str] | set[str] | None = None
        self._hidden: frozenset[str] | set[str] = frozenset()
        #: The Filters' From and To as day numbers (``set_filter_period``).
        self._filter_period: tuple[int | None, ...] = (None, None)
        self._all_lanes: list[_Lane] | None = None  # the lanes of every event, if built
        self._match_starts_for: object = None  # the matches _match_starts_cache is for
        self._match_starts_cache: dict[str, list[int]] = {}
        self._lane_ids: dict[str, tuple[list[str], list[int]]] = {}
        # per lane: (key, its ids list, their positions in the search index, start days)
        # per density lane: (its density arrays, their first/last days interleaved,
        # x extents, each bar's px per event)
        self._dense_bins: dict[str, tuple[Any, Any, list[tuple[float, float]], Any]] = {}
        self._prepared: PreparedLanes | None = None  # lanes built by a loading thread
        self._lane_positions: dict[str, tuple[tuple[int, object], list[str],
                                              npt.NDArray[np.intp], npt.NDArray[np.int64]]] = {}

        font = QFont(self.font())
        self._label_font = font
        self._label_metrics = QFontMetricsF(font)
        # A title's characters times this is about its width (``_label_width``).
        self._label_char_width = self._label_metrics.averageCharWidth()
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        self._small_font = small
        self._small_metrics = QFontMetricsF(small)
        # A line of the small font: its height (ascent and descent) and ascent, as a
        # centred ``drawText`` places it (``_draw_small_centred``); its glyphs known
        # to be its own (``_small_plain``).
        self._small_line = (self._small_metrics.ascent() + self._small_metrics.descent(),
                            self._small_metrics.ascent())
        self._small_glyphs: dict[str, bool] = {}
        bold = QFont(font)
        bold.setBold(True)
        self._bold_font = bold
        self._bold_metrics = QFontMetricsF(bold)

        self.horizontalScrollBar().valueChanged.connect(self._on_hscroll)
        self.verticalScrollBar().valueChanged.connect(self._on_vscroll)
        document.reset.connect(self._on_reset)
        document.event_added.connect(self._on_event_added)
        document.event_changed.connect(self._on_event_changed)
        document.event_removed.connect(self._on_event_removed)
        document.events_replaced.connect(self._on_events_replaced)  # a lane renamed
        document.sources_changed.connect(self._on_sources_changed)
        document.category_colors_changed.connect(self._invalidate)  # a lane's colour
        document.lane_order_changed.connect(self._on_lanes_moved)
        document.era_lanes_changed.connect(self._on_era_lanes_changed)  # (laid out again)
        selection.changed.connect(self._on_selection_changed)
        selection.ids_changed.connect(self._on_selected_ids_changed)
        self._selected_ids = frozenset(selection.event_ids)  # as a set, made once per change
        self._rebuild_lanes()

    # ------------------------------------------------------------------ public API
    def event_ids(self) -> list[str]:
        """Every event id in date order."""
        return [e.id for e in self._document.timeline.events]

    def event_rect(self, event_id: str) -> QRect:
        """The event's marker and label in viewport coordinates, or a null rect if off screen."""
        item = self._item_of(self._layout(), event_id)
        if item is None:
            return QRect()
        rect = item.rect.translated(0, self._content_offset()).toAlignedRect()
        visible = rect.intersected(self._events_area())
        return visible if visible.isValid() and not visible.isEmpty() else QRect()

    def label_rect(self, event_id: str) -> QRectF:
        """The event's label in viewport coordinates (null if not laid out), for tests."""
        item = self._item_of(self._layout(), event_id)
        if item is None:
            return QRectF()
        return item.label_rect.translated(0, self._content_offset())

    def marker_rect(self, event_id: str) -> QRectF:
        """The event's diamond or bar in viewport coordinates (null if not laid out)."""
        item = self._item_of(self._layout(), event_id)
        if item is None:
            return QRectF()
        return item.marker.translated(0, self._content_offset())

    def label_text(self, event_id: str) -> str:
        """The text drawn as the event's label ("" if not laid out)."""
        item = self._layout().items_by_id.get(event_id)
        return "" if item is None else item.label

    def events_area(self) -> QRect:
        """The part of the viewport where lanes are drawn (below the axis)."""
        return self._events_area()

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

    def lane_name_rect(self, category: str) -> QRectF:
        """Where the lane's swatch and name are drawn (viewport coordinates; empty if the
        lane is not shown).  Clicking there emits ``lane_name_clicked``."""
        offset = self._content_offset()
        for lane in self._layout().lanes:
            if lane.category == category:
                return self._name_rect_of(lane, offset)
        return QRectF()

    def _name_rect_of(self, lane: _LaneGeometry, offset: float) -> QRectF:
        """The lane's swatch and name (viewport px at the vertical ``offset``): in its
        header row, or on its plate in its first row in the compact layout
        (``_compact_plate``, verify76 F17)."""
        x, y = 4.0, lane.top + offset + 1
        if not lane.header and not lane.dense:
            x, y = lane.name_x + 4, y + COMPACT_SHIFT
        return QRectF(x, y, 22 + self._name_width(lane.category), 17)

    def lane_event_count(self, key: str) -> int:
        """How many events the lane ``key`` draws (a category, or by participant or
        place a name); 0 for a lane not shown."""
        lane = self._lane_by_category.get(key)
        return 0 if lane is None else len(lane.events)

    def _lane_name_at(self, pos: QPointF) -> str:
        """The category whose lane name (or swatch) is at ``pos``, or "" (lanes by
        participant or place: the name, to hide that lane; "" for the lane of events
        without one, which stays)."""
        key = self._lane_header_at(pos)
        return key if key is not None else ""

    def _lane_header_at(self, pos: QPointF) -> str | None:
        """The key of the lane whose name (or swatch) is at ``pos``, or None."""
        if pos.y() < LANES_TOP:
            return None
        offset = self._content_offset()
        for lane in self._layout().lanes:
            rect = self._name_rect_of(lane, offset)
            if rect.top() <= pos.y() < rect.bottom():
                return lane.category if rect.left() <= pos.x() < rect.right() else None
        return None

    def _named_lane_tip(self, pos: QPointF) -> str:
        """Lanes by participant or place: the tooltip of the lane name at ``pos`` (its
        events, and why an event is in several lanes), plain text; "" for none."""
        key = self._lane_header_at(pos) if self._lanes_by != "category" else None
        lane = self._lane_by_category.get(key) if key is not None else None
        if lane is None:
            return ""
        count = len(lane.events)
        name = lane_label(lane.category, self._lanes_by)
        events = f"{name}: {count} event{'s' * (count != 1)}"
        hide = "; right-click to hide this lane" if lane.category else ""
        if self._lanes_by == "place" or not lane.category:
            return f"{events}{hide} (View → Lanes By)"
        return (f"{events}; an event of several participants is in each of their "
                f"lanes{hide} (View → Lanes By)")

    def set_emphasis(self, matches: set[str] | frozenset[str] | None,
                     hidden: set[str] | frozenset[str] | None,
                     filters_changed: bool = True) -> None:
        """Highlight ``matches`` and dim the other events (``None``: no search, nothing
        dimmed); leave out ``hidden`` events entirely (drawing, clicks, stepping).
        ``filters_changed``: False when ``hidden`` changed because the events did (an
        undo of a change the filters hide), not the filters: the view is then fitted to
        what they show only when none of it is on screen, not when it is a sliver."""
        hidden = hidden if hidden is not None else frozenset()
        hidden_changed = hidden is not self._hidden and hidden != self._hidden
        before = self._hidden
        self._matches = matches
        self._hidden = hidden
        if hidden_changed:
            # (the breaks of the events shown since a Fit All with filters on: those of
            # every event again once the filters are cleared)
            of_shown = self._breaks_of_shown
            self._breaks_of_shown = of_shown and bool(hidden)
            breaks, days = self._breaks, self.visible_days()
            lanes = self._lanes_without(hidden, before)
            if lanes is None:  # some lane is only partly hidden: build the lanes again
                data_range = self._data_range_cache  # filters do not change the data's range
                self._rebuild_lanes()
                self._data_range_cache = data_range
            else:
                self._lanes = lanes
                self._lane_ids = {}  # the lane caches follow the lanes
                self._match_starts_for = None
                if of_shown and self._collapse:
                    self._find_breaks()
                self._invalidate()
            if self._breaks != breaks:
                # New breaks (those of the events shown, or of every event again): the
                # same days on screen, not the middle day at the old zoom (the filters
                # cleared after their Ctrl+0 showed October 2023 - May 2024 of 2015-2027)
                self._show_days_again(days)
            self._update_scrollbars()
            squeezed = self._filtered_share() if hidden else None
            if squeezed and not filters_changed:
                squeezed = None  # (a sliver the person may have zoomed out to)
            if squeezed is not None:
                # Nothing the filters let through is on screen, or it is squeezed into a
                # sliver of the width: show what they let through (Fit All of it).  A
                # date filter for 1990-1995 over a view of 1812-1832 left every lane
                # empty but for "3,260 ▶" badges (verify32, finding 8); the Meeting lane
                # from 6 December 2026 kept a view of 2015-2027, its two meetings at
                # the right edge (verify73 F14).  Clearing the filters goes back.
                days, was_fitted = self.visible_days(), self._auto_fit
                back = self._filter_fit_back  # (an earlier filter's fit: its days before)
                if back is not None and not moved_away(back[2], days):
                    days, was_fitted = back[0], back[1]
                self.fit_all()
                self._filter_fit_back = (days, was_fitted, self.visible_days())
                self.filter_fitted.emit(
                    "Fitted to the events the filters show: they "
                    + ("were off screen" if squeezed == 0.0 else
                       f"took {max(1, round(100 * squeezed))} % of the width")
                    + " (Clear Filters goes back)")
            elif not hidden and self._filter_fit_back is not None:
                self._go_back_from_filter_fit()
            elif self._auto_fit and not self._holds_the_shown():
                # A Fit All of what the filters let through before (From 1975 To 1975),
                # the filters then cleared: the view stays on 1975 but is no Fit All any
                # more.  It stayed one, and the next edit (a lane renamed) or resize
                # refitted it to every event, its scroll bar without a range meanwhile
                # (verify60 F20).
                self._auto_fit = False
                self._update_scrollbars()
        else:
            self._repaint_all()
        if (self._breaks_stale and self._breaks_of_shown and self._hidden and self._collapse
                and not (self._auto_fit
                         and self._breaks_still_hold(self._shown_covered_days()))):
            # (an edit's, left to the filters' weighing: ``_on_model_changed``; a Fit
            # All's view keeps them while they still hold, as without filters)
            breaks, days = self._breaks, self.visible_days()
            self._find_breaks()
            if self._breaks != breaks:
                self._show_days_again(days)

    def keep_days(self, days: tuple[float, float]) -> None:
        """Show the days ``(first, last)`` (day numbers, the last exclusive) from edge to
        edge, with no margins: a placed view given back its days after an undo or redo
        moved it (``MainWindow._refit_after_import_step``, verify85 F5)."""
        if self.visible_days() != days:
            self._reach_days(*days)  # (the days the undo emptied stay scrollable to)
            self._show_days_again(days)
            self._update_scrollbars()
            self.viewport().update()

    def _show_days_again(self, days: tuple[float, float]) -> None:
        """Show the days ``(first, last)`` from edge to edge again after the scale
        changed under them."""
        if days[1] > days[0]:
            first_u, last_u = (self._scale.u_of_day(day) for day in days)
            self._set_scale(max(1.0, self.viewport().width())
                            / max(MIN_DAYS_SHOWN, last_u - first_u))
            self._set_origin(first_u)

    def _filtered_share(self) -> float | None:
        """How much of the width the events the filters let through take, when that is
        what ``set_emphasis`` fits the view to: 0.0 when none is on screen, the share
        when all of them lie on screen within ``FILTER_FIT_SHARE`` of the width (Fit All
        of them as it shows them: ``_within_filter_period``); None otherwise (the view
        keeps its days)."""
        if not self._shows_an_event():
            # (none let through at all: nothing to fit to — Find → Upcoming Plans with no
            # plan ahead fitted every event and said "they were off screen", verify90 F10)
            let_through = any(bucket.ends for lane in self._lanes for bucket in lane.buckets)
            return 0.0 if self._spans and let_through else None
        shown = self._shown_days()
        if shown is None:
            return None
        first, last = self._within_filter_period(shown)
        mapping = self.mapping()
        width = max(1.0, mapping.width)
        left, right = mapping.x_of_day(first), mapping.x_of_day(last)
        if left < 0.0 or right > width or right - left >= FILTER_FIT_SHARE * width:
            return None
        return (right - left) / width

    def _go_back_from_filter_fit(self) -> None:
        """The filters cleared after they fitted the view (``set_emphasis``): the days
        shown before them again (Fit All's view: Fit All again), unless the view was
        moved since."""
        before, was_fitted, fitted = self._filter_fit_back or ((0.0, 0.0), False, (0.0, 0.0))
        self._filter_fit_back = None
        if moved_away(fitted, self.visible_days()):
            return
        if was_fitted:
            self.fit_all()
        else:
            self.show_visible_days(*before)

    def _holds_the_shown(self) -> bool:
        """Whether the days on screen hold every event the filters let through (within
        their From–To, as Fit All shows them: ``_within_filter_period``)."""
        shown = self._shown_days()
        if shown is None:
            return True
        first, last = self._within_filter_period(shown)
        in_first, in_last = self.visible_days()
        return in_first <= first and last <= in_last

    def _shows_an_event(self) -> bool:
        """Whether any event of the lanes (those the filters let through) overlaps the
        days on screen.  Bisections per bucket; stops at the first one found."""
        first, last = self.visible_days()
        for lane in self._lanes:
            for bucket in lane.buckets:
                ends = bucket.ends
                if any(ends[i] > first for i in bucket.overlapping(first, last)):
                    return True
        return False

    def _lanes_without(self, hidden: set[str] | frozenset[str],
                       before: set[str] | frozenset[str] = frozenset()) -> list[_Lane] | None:
        """The lanes with ``hidden`` left out, when that means dropping whole lanes (a
        legend click) — no event is re-read; ``None`` when lanes must be rebuilt.  By
        participant or place, the lanes as they are when the events hidden since
        ``before`` are drawn only in lanes ``hide_lane`` left out (the filters hide them
        too, ``MainWindow._filter_hidden_lanes``: a rebuild, seconds at 1 000 000
        events, would draw the same)."""
        if self._lanes_by != "category":  # (by participant: a lane's events are in others too)
            if not self._hidden_lanes or not before <= hidden:
                return None
            placed, gone = self._placed, self._hidden_lanes
            for event_id in hidden - before:
                event = placed.get(event_id)
                if event is None or not gone.issuperset(
                        lane_keys(event, self._lanes_by, self._lane_spellings)):
                    return None
            return self._lanes
        if self._all_lanes is None:
            return None

        # The lanes whose first event is hidden; ``hidden`` is exactly their events when
        # it holds every one of them and no more (C-level tests: no event looked up by
        # id, ~5 ms for 40 000 hidden events where a Counter of lookups took ~100 ms).
        dropped = [lane for lane in self._all_lanes if lane.events and lane.events[0].id in hidden]
        if sum(len(lane.events) for lane in dropped) != len(hidden):
            return None
        if self._hidden_are_lanes(hidden, dropped):
            return [lane for lane in self._all_lanes if not any(lane is d for d in dropped)]
        # (a lazily loaded timeline's lanes: ids from the store, nothing made)
        if not all(all(map(hidden.__contains__, event_ids(lane.events))) for lane in dropped):
            return None
        return [lane for lane in self._all_lanes if not any(lane is d for d in dropped)]

    def _hidden_are_lanes(self, hidden: set[str] | frozenset[str], dropped: list[_Lane]) -> bool:
        """Whether ``hidden``, a filter's ``HiddenIds`` of the timeline as it is, are the
        events of the ``dropped`` lanes' categories, as its mask says (the timeline's
        category column compared in numpy): not each of a lane's ids asked, which read
        every id of the timeline at 1 000 000 events (~0.3 s of a legend click;
        session 59, scale62).  False when that cannot be told so (the ids are read)."""
        from timeline_app.core.query import HiddenIds
        from timeline_app.ui import view_base

        timeline = self._document.timeline
        if not isinstance(hidden, HiddenIds) or len(timeline) < view_base.COLUMN_LANES_EVENTS:
            return False
        mask = hidden.mask_for(timeline)
        if mask is None:
            return False
        import numpy as np

        columns = view_base._lane_columns(timeline)
        wanted = {lane.category for lane in dropped}
        codes = [code for code, name in enumerate(columns.names) if name in wanted]
        return bool(np.array_equal(np.isin(columns.codes, codes), mask))

    def _paint_emphasis(self, painter: QPainter, item: _Item, marker: QRectF,
                        label_rect: QRectF, is_match: bool, primary_id: str) -> None:
        """Under a search: a match gets a marked background, any other event is dimmed."""
        if is_match:
            painter.setPen(QPen(self.palette().highlight().color(), 1.5))
            fill = QColor(self.palette().highlight().color())
            fill.setAlpha(45)
            painter.setBrush(fill)
            painter.drawRoundedRect(marker.united(label_rect).adjusted(-5, -4, 5, 4), 6, 6)
        elif item.event_id != primary_id:
            painter.setOpacity(0.35)  # reset after the item is drawn

    def _match_starts(self, category: str) -> npt.NDArray[np.int64]:
        """Start days of the lane's events that match the search, sorted; cached per search."""
        matches = self._matches
        if self._match_starts_for is not matches:
            self._match_starts_for = matches
            self._match_starts_cache = {}
        cached = self._match_starts_cache.get(category)
        if cached is None:
            import numpy as np

            from timeline_app.core.query import Matches, compress_matching

            if isinstance(matches, Matches) and self._match_starts_by_rank(matches):
                return self._match_starts_cache.setdefault(category,
                                                           np.empty(0, dtype=np.int64))
            ids, starts = self._lane_ids_by_start(category)
            if matches is None:
                cached = np.empty(0, dtype=np.int64)
            elif isinstance(matches, Matches):  # numpy: the search's own bools, no set
                key = (id(ids), matches.layout)
                lane = self._lane_positions.get(category)
                if lane is None or lane[0] != key or lane[1] is not ids:
                    # the lane's places in the search index: once per lane build and
                    # index layout (~5 ms at 100 000 events); a keystroke then costs ~1 ms
                    lane = (key, ids, matches.positions_of(ids),
                            np.asarray(starts, dtype=np.int64))
                    self._lane_positions[category] = lane
                cached = lane[3][matches.select(lane[2])]
            else:  # C-speed membership, already in start order: no Python call per event
                cached = np.fromiter(compress_matching(starts, ids, matches), dtype=np.int64)
            self._match_starts_cache[category] = cached
        return cached

    def _match_starts_by_rank(self, matches: Any) -> bool:
        """Every lane's ``_match_starts`` at once from the matches' date ranks, in work
        proportional to the matches (``Matches.in_date_order``); False, with nothing
        done, when the ranks do not say which events the lanes show (a filter hides
        some, or the index is not in date order).  At 1 000 000 events looking up every
        lane's ids in the index took ~0.2-0.8 s of the first repaint under a search
        (benchmarks/README.md, "jobs11")."""
        import numpy as np

        events = self._document.timeline.events
        if (not matches.in_date_order or self._hidden or len(matches.mask) != len(events)
                or len(self._all_starts) != len(events)):
            return False
        ranks = np.flatnonzero(matches.mask).tolist()
        # ``_all_starts`` is sorted, as the timeline is by first day: the r-th is the
        # first day of the timeline's r-th event, and the matches' come out sorted.
        starts = np.fromiter(map(self._all_starts.__getitem__, ranks), dtype=np.int64,
                             count=len(ranks))
        if self._lanes_by != "category":  # each match's start in each of its lanes
            by_lane: dict[str, list[int]] = {}
            for day, event in zip(starts.tolist(), map(events.__getitem__, ranks), strict=True):
                for key in lane_keys(event, self._lanes_by, self._lane_spellings):
                    by_lane.setdefault(key, []).append(day)
            for lane in self._lanes:
                self._match_starts_cache[lane.category] = np.asarray(
                    by_lane.get(lane.category, ()), dtype=np.int64)
            return True
        categories = list(map(_EVENT_CATEGORY, map(events.__getitem__, ranks)))
        code_of = {category: code for code, category in enumerate(dict.fromkeys(categories))}
        codes = np.fromiter(map(code_of.__getitem__, categories), dtype=np.intp,
                            count=len(categories))
        for lane in self._lanes:
            code = code_of.get(lane.category)
            self._match_starts_cache[lane.category] = (
                np.empty(0, dtype=np.int64) if code is None else starts[codes == code])
        return True

    def _lane_ids_by_start(self, category: str) -> tuple[list[str], list[int]]:
        """The lane's event ids and start days, sorted by start; cached per lane build.

        A lane's ``events`` and ``starts`` are in date order, whose first key is the
        start day (``FuzzyDate.sort_key``): already sorted, read as they are.  Sorting
        (start, id) pairs in Python took ~0.85 s of the first repaint under a search at
        1 000 000 events (benchmarks/README.md, "jobs11").  Ties keep the timeline's
        order: only the start days are read from the result."""
        cached = self._lane_ids.get(category)
        if cached is None:
            lane = next((ln for ln in self._lanes if ln.category == category), None)
            ids = list(map(_EVENT_ID, lane.events)) if lane else []
            starts = lane.starts if lane else []
            if lane and len(starts) > 1:
                import numpy as np

                days = lane.starts_array()  # kept for the densities too
                if bool((days[1:] < days[:-1]).any()):  # not in date order: sort them
                    order = np.argsort(days, kind="stable").tolist()
                    ids, starts = [ids[i] for i in order], [starts[i] for i in order]
            cached = (ids, starts)
            self._lane_ids[category] = cached
        return cached

    def _paint_dense_matches(self, painter: QPainter, lane: _LaneGeometry,
                             offset: float) -> None:
        """In a density lane under a search: the matches' own density, in the highlight
        colour, over the dimmed density of all events (bins as ``_density`` made them)."""
        starts = self._match_starts(lane.category)
        if not len(starts) or lane.density is None or not lane.bars:
            return
        import numpy as np

        bins = self._dense_bins.get(lane.category)
        if bins is None or bins[0] is not lane.density:
            # the bins' days and x extents, read once per layout, not once per frame
            counts_all, firsts, lasts = lane.density
            days = np.column_stack((np.asarray(firsts, dtype=np.float64),
                                    np.asarray(lasts, dtype=np.float64))).ravel()
            xs = [(rect.left(), rect.width()) for rect in lane.bars]
            bar_heights = np.asarray([rect.height() for rect in lane.bars], dtype=np.float64)
            bins = (lane.density, days, xs, bar_heights / np.asarray(counts_all))
            self._dense_bins[lane.category] = bins
        _, days, xs, px_per_event = bins
        base = lane.top + lane.height - 4 + offset
        # the matches in each bin, all bins at once (numpy, not a bisect per bin)
        counts = np.diff(np.searchsorted(starts, days, side="left"))[::2]
        shown = np.flatnonzero(counts)
        # The matched share of each bar, in proportion (matches / events of the bin, of
        # the bar's height), at least MIN_MATCH_PX to be seen.  On a log scale of their
        # own over bars on a log scale, 6.6 % matching read as ~55 % of each bar
        # (new-user trial 10, finding 7).
        heights = np.maximum(counts[shown] * px_per_event[shown], MIN_MATCH_PX)
        rects = [QRectF(xs[i][0], base - h, xs[i][1], h)
                 for i, h in zip(shown.tolist(), heights.tolist(), strict=True)]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().highlight().color())
        painter.drawRects(rects)
        painter.restore()

    def px_per_day(self) -> float:
        """Pixels per day outside breaks (pixels per display unit)."""
        return self._px_per_day

    def scale(self) -> Scale:
        """The day ↔ display unit mapping in use (with its breaks)."""
        return self._scale

    def mapping(self) -> Viewport:
        """Days ↔ viewport x as it stands now."""
        return Viewport(self._scale, self._origin, self._px_per_day,
                        max(1, self.viewport().width()))

    def visible_days(self) -> tuple[float, float]:
        """First and last visible day (float day numbers, across any break)."""
        return self.mapping().visible_days()

    def events_in_badges(self, rows: tuple[int, int] | None = None) -> int:
        """How many events the view gathers in "+N" badges (density lanes' bars count
        none: they draw every event), as laid out now: what a picture leaves out.

        Args:
            rows: (vertical scroll, height), px, of a picture of the view
                (``whole_lanes_rows``): only the badges it shows count, those whose
                middle is in its rows and its width (verify12, finding 8: the header
                counted a "+2" of the Meeting lane, below the picture).  None: every
                badge of the layout.
        """
        badges = [badge for lane in self._layout().lanes if not lane.dense
                  for badge in lane.badges]
        if rows is not None:
            scroll, height = rows
            shown = QRectF(0, scroll, self.viewport().width(), height - LANES_TOP)
            badges = [badge for badge in badges if shown.contains(badge.rect.center())]
        return sum(badge.count for badge in badges)

    def events_in_picture(self, rows: tuple[int, int]) -> int:
        """How many events a picture of the view shows, as laid out now: those of the
        lanes in its rows whose days overlap the days the view shows (drawn, in a density
        lane's bars or in a "+N" badge); events the filters hide are not in the lanes.

        Args:
            rows: (vertical scroll, height), px, of the picture (``whole_lanes_rows``).

        The header of a picture of the current view counted the whole timeline's events
        over a picture of a few of them (vfix12's report, finding 8 left open).
        """
        scroll, height = rows
        bottom = scroll + height - LANES_TOP  # content y at the picture's bottom edge
        shown = {lane.category for lane in self._layout().lanes
                 if lane.top < bottom and lane.top + lane.height > scroll}
        first, last = self.visible_days()
        count = 0
        ids: set[str] = set()  # by participant or place: an event in two lanes is one
        for lane in self._lanes:
            if lane.category not in shown:
                continue
            for bucket in lane.buckets:
                if self._lanes_by != "category":
                    ids.update(bucket.events[index].id for index in bucket.overlapping(
                        first, last) if bucket.starts[index] <= last
                        and bucket.ends[index] > first)
                    continue
                count += sum(1 for index in bucket.overlapping(first, last)
                             if bucket.starts[index] <= last and bucket.ends[index] > first)
        return count + len(ids)

    def picture_events(self, rows: tuple[int, int], first_of_each: int | None = None,
                       skip: frozenset[str] = frozenset(), newest: bool = False
                       ) -> list[Event]:
        """The events ``events_in_picture`` counts (drawn with a title, in a density
        lane's bars or in a "+N" badge), each once, in no particular order: the printed
        dated list takes those drawn only in bars from them (verify60 F11: a decade of
        1 549 treaties, all in bars, printed no list at all).

        Args:
            rows: (vertical scroll, height), px, of the picture (``whole_lanes_rows``).
            first_of_each: At most this many of each length bucket of each lane, its
                earliest (a bucket is in start order), so that the earliest N of the
                picture are among them without every event of a lazily loaded
                timeline made; ``None``: all.
            skip: Ids of events not wanted (those the caller has already).
            newest: ``first_of_each`` takes the latest of each bucket, not the earliest
                (the printed list keeps the newest: verify78 F2).
        """
        scroll, height = rows
        bottom = scroll + height - LANES_TOP
        shown = {lane.category for lane in self._layout().lanes
                 if lane.top < bottom and lane.top + lane.height > scroll}
        first, last = self.visible_days()
        found: dict[str, Event] = {}
        for lane in self._lanes:
            if lane.category not in shown:
                continue
            for bucket in lane.buckets:
                taken = 0
                indices = bucket.overlapping(first, last)
                for index in reversed(indices) if newest else indices:
                    if first_of_each is not None and taken >= first_of_each:
                        break
                    if bucket.starts[index] <= last and bucket.ends[index] > first:
                        event = bucket.events[index]
                        if event.id not in skip:
                            found.setdefault(event.id, event)
                            taken += 1
        return list(found.values())

    def statuses_in_picture(self, rows: tuple[int, int]) -> frozenset[str]:
        """The statuses (``core.status``) of the events ``events_in_picture`` counts, for
        the key of the picture's header ("? disputed"); empty when no event of the
        timeline has one (``StatusMarks.active``: nothing read).  The header of a picture
        of the current view did not say what its "?" and "×" mean (edit30's leftover)."""
        if not self._status_marks.active:
            return frozenset()
        scroll, height = rows
        bottom = scroll + height - LANES_TOP
        shown = {lane.category for lane in self._layout().lanes
                 if lane.top < bottom and lane.top + lane.height > scroll}
        first, last = self.visible_days()
        found: set[str] = set()
        for lane in self._lanes:
            if lane.category not in shown:
                continue
            for bucket in lane.buckets:
                found.update(bucket.events[index].status
                             for index in bucket.overlapping(first, last)
                             if bucket.starts[index] <= last and bucket.ends[index] > first)
        found.discard("")
        return frozenset(found)

    def shown_days(self) -> tuple[float, float]:
        """First and last day drawn at their own length: an edge inside a gap's band
        stands at the gap's far side (``Viewport.shown_days``; the status line)."""
        return self.mapping().shown_days()

    def laid_out_content_height(self) -> float | None:
        """The lanes' height (px, below the axis) in the layout of the view as it stands,
        or ``None`` while that view is not laid out yet.  Never lays out: a large timeline
        is laid out in slices (issue 11), so a caller that needs the height waits for the
        view's paint (``MainWindow._fit_list_to_timeline``)."""
        layout = self._layouts.get(self._layout_key())
        if layout is None:
            return None
        if self._compact_lanes:
            # (the normal layout's height: the room that shows them with their header
            # rows, which the window sizes the Events list by; the compact layout is
            # the view's own answer to less room, ``_compact_wanted``)
            return layout.content_height + LANE_HEADER * sum(
                1 for lane in layout.lanes if not lane.dense)
        return layout.content_height

    def laid_out_lanes(self) -> list[LaneRows]:
        """The lanes as laid out now (laying the view out if it is not), top to bottom,
        for cutting a print into pages (``print_pages.page_slices``): each lane's key,
        shown name, top and height (content px, below the axis), the vertical extents of
        its titles and "+N" badges (a density lane's bars: its whole body), and the ids
        of the events it draws (its items and badges; a density lane's none)."""
        from timeline_app.ui.print_pages import LaneRows

        lanes = []
        for lane in self._layout().lanes:
            if lane.dense:
                extents: list[tuple[float, float]] = [(lane.top + LANE_HEADER,
                                                       lane.top + lane.height)]
                ids: list[str] = []
                badged: list[str] = []
            else:
                extents = [(item.rect.top(), item.rect.bottom()) for item in lane.items]
                extents += [(badge.rect.top(), badge.rect.bottom()) for badge in lane.badges]
                ids = [item.event_id for item in lane.items]
                badged = [key for badge in lane.badges for key in badge.keys]
                ids += badged
            lanes.append(LaneRows(lane.category, lane_label(lane.category, self._lanes_by),
                                  lane.top, lane.height, tuple(extents), tuple(ids),
                                  tuple(badged)))
        return lanes

    def has_gap_bands(self) -> bool:
        """Whether the scale draws any empty period as a gap's band now."""
        return bool(self._scale.breaks)

    def titles_not_whole(self) -> int:
        """How many events the view as laid out now draws without their whole title:
        shortened ("…"), with no title, or in a "+N" badge (a density lane's events are
        not counted).  For a picture, which cannot be zoomed into (``export_picture``'s
        choice of a scale, verify45 F13)."""
        from timeline_app.ui.view_layout import _shown_title

        timeline = self._document.timeline
        count = 0
        for lane in self._layout().lanes:
            if lane.dense:
                continue
            count += sum(len(badge.keys) for badge in lane.badges)
            count += sum(item.label != _shown_title(timeline.get(item.event_id))
                         for item in lane.items)
        return count

    def marker_places(self) -> int:
        """How many distinct places the view as laid out now draws its events' markers at:
        columns ``MARKER_PLACE_PX`` wide holding at least one marker (every lane but a
        density lane's).  Events crammed into a few columns cannot be told apart by date,
        however whole their titles.  A picture's or a print's choice of a linear axis over
        collapsed bands weighs it (``export_picture._fit_fewest_cut``; verify80 F6: one
        event of 431 BC put the 70 of 1958-2026 into 6 places of a linear print, 47 with
        the bands, every title whole either way, so the linear axis won)."""
        return len({int((item.marker_box[0] + item.marker_box[2] / 2) // MARKER_PLACE_PX)
                    for lane in self._layout().lanes if not lane.dense
                    for item in lane.items})

    @contextlib.contextmanager
    def page_rows(self, top: float, bottom: float,
                  era_titles: bool = False) -> Generator[QSize, None, None]:
        """While it lasts, the view paints as a printed page's timeline
        (``print_pages.paint_pages``): the axis and, under it, the lanes' rows ``[top,
        bottom)`` (content px), nothing below them; yields the size of the viewport to
        render (``export_picture._render``, within ``as_picture``).  The vertical scroll
        is moved to ``top`` and given back.  Rendered whole onto a page, the viewport drew
        the rows below the slice too (the next page's), beyond the paper in Qt's preview:
        its paint keeps no clip a caller sets on a PDF or a preview painter, so the rows
        are clipped by the paint itself, as a band of a picture painted in slices is.

        ``era_titles``: the eras' rows of titles (``era_title_room`` px) between the axis
        and the rows, for a page after the first: the bands went on over every page, their
        titles were on the first only (edit34's report, session 36)."""
        bar = self.verticalScrollBar()
        kept = (bar.maximum(), bar.value())
        titles = math.ceil(self._era_room()) if era_titles else 0
        rows = max(0, math.ceil(bottom - top)) + titles
        bar.setMaximum(max(kept[0], math.ceil(top)))
        bar.setValue(round(top) - titles)
        self._page_rows = (LANES_TOP, LANES_TOP + rows)
        self._page_era_titles = titles
        try:
            yield QSize(self.viewport().width(), min(self.viewport().height(), LANES_TOP + rows))
        finally:
            self._page_rows = None
            self._page_era_titles = 0
            bar.setMaximum(kept[0])
            bar.setValue(kept[1])

    def era_title_room(self) -> float:
        """The height (px) of the eras' rows of titles above the first lane; 0 without
        eras (``view_eras``)."""
        return self._era_room()

    def _paint_page_rows(self, painter: QPainter, rows: tuple[int, int]) -> None:
        """``page_rows``' paint: the lanes' rows ``rows`` (viewport px), then the axis."""
        width = self.viewport().width()
        painter.save()
        painter.fillRect(QRectF(0, 0, width, rows[1]), self.palette().base())
        self._paint(painter, picture=True, strip=rows)
        if self._page_era_titles:  # the eras' titles over the rows before the page's
            strip = QRectF(0, LANES_TOP, width, self._page_era_titles)
            painter.setClipRect(strip)
            painter.fillRect(strip, self.palette().base())
            self._paint_eras(painter, LANES_TOP, is_dark_palette(), strip.bottom())
        painter.restore()
        painter.save()
        painter.setClipRect(QRectF(0, 0, width, LANES_TOP))
        self._paint_above_lanes(painter, self._axis_segments())
        painter.restore()

    def whole_lanes_rows(self) -> tuple[int, int]:
        """For a picture of the view as the window shows it: (the vertical scroll, px,
        that starts the lanes at the heading of the lane the view's top cuts; the
        viewport's height, px, down to the end of the last lane it then shows whole).
        A lane taller than the viewport is cut at its bottom; with no lane cut at the
        top, the scroll is the view's.  Lays the view out if it is not (verify11: the
        picture began at the window's scroll, the Treaty heading gone and its first row
        of titles cut in half)."""
        scroll = self.verticalScrollBar().value()
        height = self.viewport().height()
        lanes = self._layout().lanes
        for lane in lanes:
            if lane.top <= scroll < lane.top + lane.height:
                scroll = int(lane.top)
                break
        bottom = scroll + height - LANES_TOP  # content y at the viewport's bottom edge
        whole = [lane.top + lane.height for lane in lanes
                 if lane.top >= scroll and lane.top + lane.height <= bottom]
        if whole and any(lane.top < bottom < lane.top + lane.height for lane in lanes):
            height = math.ceil(LANES_TOP + max(whole) - scroll)
        return scroll, height

    def laid_out_summary(self) -> bool | None:
        """Whether the view as laid out draws some lane's events as a density or counts
        them in "+N" badges (such lanes share out whatever height they are given, so
        their height is no measure of a need; titles are read in the Events list), or
        ``None`` while that view is not laid out.  Never lays out."""
        layout = self._layouts.get(self._layout_key())
        if layout is None:
            return None
        return any(lane.dense or lane.has_badges() for lane in layout.lanes)

    def collapse_empty_periods(self) -> bool:
        return self._collapse

    def lanes_by(self) -> str:
        """What the lanes are made of: ``"category"`` (the default), ``"participant"`` or
        ``"place"`` (``LANES_BY``)."""
        return self._lanes_by

    def set_lanes_by(self, lanes_by: str) -> None:
        """Draw a lane per category, per participant or per place (``LANES_BY``; View →
        Lanes By).  By participant, an event of several participants is in each of their
        lanes: the same event, selected, found and edited in all of them; the events
        without one are in a last lane, "No participant" (by place: "No place").  The
        lanes are built again (``_named_lanes_of``); the selected event is kept in view,
        a fitted view fits again (its titles' rows changed).

        Raises:
            ValueError: ``lanes_by`` is none of ``LANES_BY``.
        """
        if lanes_by not in LANES_BY:
            raise ValueError(f"lanes are by {', '.join(LANES_BY)}, not {lanes_by!r}")
        if lanes_by == self._lanes_by:
            return
        # The lanes hidden by this way are kept for it, and those hidden by the new way
        # before come back hidden: by participant, 12 envoys' lanes hidden for a page came
        # all back after Ctrl+L to Category and back (verify43 F31's leftover).
        self._hidden_lanes_by_way[self._lanes_by] = set(self._hidden_lanes)
        self._lanes_by = lanes_by
        self._hidden_lanes = self._hidden_lanes_by_way.pop(lanes_by, set())
        self._name_widths.clear()
        data_range = self._data_range_cache  # the same events: the same axis
        self._rebuild_lanes()
        self._data_range_cache = data_range
        self._invalidate()
        self.verticalScrollBar().setValue(0)
        if self._auto_fit:
            self.fit_all()
        self._update_scrollbars()
        if self._selection.event_id:
            self.ensure_visible(self._selection.event_id)

    def hide_lane(self, key: str) -> bool:
        """By participant or place: leave lane ``key`` out of the view (its events stay
        in their other lanes; an event of no other lane is then not drawn) until
        ``show_all_lanes`` or another file; while the lanes are by another way it is kept
        for this one (``set_lanes_by``).  False, with nothing done, by
        category (a category is hidden through the filters) or for no such lane."""
        if self._lanes_by == "category" or key not in self._lane_by_category:
            return False
        self._hidden_lanes.add(key)
        self._lanes = [lane for lane in self._lanes if lane.category != key]
        self._lane_ids = {}  # the lane caches follow the lanes
        self._match_starts_for = None
        self._invalidate()
        self._update_scrollbars()
        return True

    def lane_event_ids(self, keys: list[str], most: int) -> set[str] | None:
        """The ids of the events of the lanes ``keys`` (shown ones), or None when they are
        more than ``most`` (reading a lane's events at 1 000 000 events makes each one)."""
        lanes = [self._lane_by_category[key] for key in keys if key in self._lane_by_category]
        if sum(len(lane.events) for lane in lanes) > most:
            return None
        return {event.id for lane in lanes for event in lane.events}

    def hidden_lanes(self) -> frozenset[str]:
        """The lanes by participant or place ``hide_lane`` left out."""
        return frozenset(self._hidden_lanes)

    def named_lane_counts(self) -> list[tuple[str, int]]:
        """By participant or place: each named lane, hidden ones too, with its events (as
        the filters leave them), in lane order; ``[]`` by category (Choose Lanes…)."""
        if self._lanes_by == "category":
            return []
        return [(lane.category, len(lane.events))
                for lane in named_lane_order(self._lane_by_category.values())
                if lane.category and not lane.category.startswith(ERA_LANE_KEY)]

    def set_hidden_lanes(self, keys: Iterable[str]) -> None:
        """By participant or place: exactly the named lanes ``keys`` hidden (as
        ``hide_lane`` hides one; unknown names and the lane of events without one are
        ignored), in one relayout: Choose Lanes… hid a hundred one-event lanes at once."""
        if self._lanes_by == "category":
            return
        wanted = {key for key in keys if key and key in self._lane_by_category}
        if wanted == self._hidden_lanes:
            return
        self._hidden_lanes = wanted
        self._lanes = [lane for lane in self._named_lanes() if lane.category not in wanted]
        self._lane_ids = {}  # the lane caches follow the lanes
        self._match_starts_for = None
        self._invalidate()
        self._update_scrollbars()

    def hidden_lane_counts(self) -> dict[str, int]:
        """How many lanes are hidden by each way that hides some ("participant", "place"):
        the current way's first, then those kept for the others (``set_lanes_by``)."""
        counts = {self._lanes_by: len(self._hidden_lanes)} if self._hidden_lanes else {}
        counts.update((way, len(keys)) for way, keys in self._hidden_lanes_by_way.items() if keys)
        return counts

    def show_all_lanes(self, every_way: bool = False) -> None:
        """Every lane ``hide_lane`` left out drawn again, in its place; ``every_way``: those
        kept hidden for the other ways too (Clear Filters: nothing left hidden anywhere)."""
        if every_way:
            self._hidden_lanes_by_way.clear()
        if not self._hidden_lanes:
            return
        self._hidden_lanes.clear()
        # Every lane is in ``_lane_by_category`` (a hidden one is only left out of
        # ``_lanes``): back in its place without reading an event.  A rebuild took
        # seconds at 1 000 000 events, and the filters' change after it another (fix63).
        self._lanes = self._named_lanes()
        self._lane_ids = {}  # the lane caches follow the lanes
        self._match_starts_for = None
        self._invalidate()
        self._update_scrollbars()

    def _named_lanes(self) -> list[_Lane]:
        """By participant or place, every lane of rows in order, hidden ones too: not the
        lanes of the events shown as eras (``ERA_LANE_KEY``, in ``_era_lanes``)."""
        return [lane for lane in named_lane_order(self._lane_by_category.values())
                if not lane.category.startswith(ERA_LANE_KEY)]

    def _placed_keys(self, event: Event) -> tuple[str, ...]:
        """The lanes ``event`` is in (``lane_keys``); by participant or place, an event of a
        lane shown as eras is in its eras' lane only (``view_base._era_keys``)."""
        if self._lanes_by != "category" and self._document.timeline.is_era_lane(event.category):
            return (ERA_LANE_KEY + event.category,)
        return lane_keys(event, self._lanes_by, self._lane_spellings)

    def _lane_key_at(self, y: float, keys: tuple[str, ...]) -> str:
        """Of ``keys`` (an event's lanes), the one whose lane is at viewport ``y`` (a
        dragged event's ghost takes the colour of the lane it is dragged in), else the
        first."""
        if len(keys) > 1:
            content_y = y - self._content_offset()
            for lane in self._layout().lanes:
                if lane.category in keys and lane.top <= content_y < lane.top + lane.height:
                    return lane.category
        return keys[0]

    def _lane_color(self, key: str, dark: bool | None = None) -> QColor:
        """A lane's colour: its category's (``category_color``), or by participant or
        place its name's (``name_color``: the same in every file)."""
        if self._lanes_by == "category":
            return category_color(key, dark)
        return name_color(key, dark, self._name_slots)

    def set_collapse_empty_periods(self, on: bool) -> None:
        """Draw long empty periods as narrow breaks (on) or the axis linear (off).

        The day in the middle of the view stays in the middle; a fitted view re-fits.
        """
        if on == self._collapse:
            return
        self._collapse = on
        self._opened.clear()
        self._rescale()

    # ------------------------------------------------------------------ model
    def adopt_prepared_lanes(self, prepared: PreparedLanes) -> None:
        """Use lanes built off the GUI thread (:func:`prepare_lanes`) at the next rebuild,
        if it is for the same timeline object and nothing is hidden by then."""
        self._prepared = prepared

    def _rebuild_lanes(self) -> None:
        self._lanes_generation += 1  # (new lanes: the world's chunks of the old go)
        self._lanes_edits += 1  # (their covered days: ``_shown_covered_days``)
        events = self._document.timeline.events  # already in date order
        hidden = self._hidden
        prepared = self._prepared
        # The days covered by every event, as the spans this rebuild replaces gave them,
        # when they are the timeline's as it is now (a filter's rebuild: the same events
        # placed, the same days; working them out again was 0.3-0.6 s of a filter's
        # change at 1 000 000 events, session 58, scale61)
        timeline = self._document.timeline
        covered_kept = self._covered_kept
        spans_of = self._spans_of
        # Whether the view's lists of every event (``_spans``, ``_all_starts``,
        # ``_placed``) are the timeline's as it is now: built for this revision, or
        # followed to it one event at a time (``_on_model_changed_lanes``)
        in_step = (spans_of is not None and spans_of[0]() is timeline
                   and spans_of[1] == timeline.revision)
        if covered_kept is None or covered_kept[0] is not self._spans or not in_step:
            covered_kept = None
        self._spans_of = (weakref.ref(timeline), timeline.revision)
        if prepared is not None and prepared.timeline is self._document.timeline:
            self._prepared = None  # used once: the lanes are mutable from now on
        else:
            prepared = None  # (for a timeline still to come: kept)
        # (not the store: lanes of a lazily loaded timeline's items stay right once every
        # event is made, as the lanes its open built do; the timeline itself: its id may
        # be another's once it is gone)
        unfiltered = (id(timeline), timeline.revision, self._lanes_by)
        kept = self._unfiltered_lanes
        if kept is not None and kept[1].timeline is not timeline:
            kept = None
        if (prepared is None or (hidden is not prepared.hidden and hidden != prepared.hidden)
                or len(prepared.spans) != len(events) or prepared.lanes_by != self._lanes_by):
            if not hidden and kept is not None and kept[0] == unfiltered and in_step:
                # The filters cleared with the events as they were when these lanes of
                # every event were built, or as the edits since left them, each followed
                # in these lanes (``_follow_unfiltered``): those lanes again (0.6-1.3 s
                # of Clear Filters at 1 000 000 events rebuilt them, session 58,
                # scale61; ~2.2 s after an edit, session 61, scale64).  The lists of
                # every event are the view's own, which followed each edit.
                prepared = kept[1]
                prepared.spans, prepared.all_starts = self._spans, self._all_starts
                prepared.placed = self._placed
            else:
                # (a filter's lanes: the view's lists of every event as they are, when
                # they are the timeline's now, not copies of its 1 000 000 entries)
                prepared = _lanes_of(timeline, events, hidden, self._lanes_by, (
                    self._spans, self._all_starts, self._placed) if hidden and in_step
                    else None)
        # (kept while other lanes are shown and followed through each edit of one event;
        # any other change of the events: never again)
        self._unfiltered_lanes = (unfiltered, prepared) if not hidden else (
            kept if kept is not None and kept[0][:2] == unfiltered[:2] else None)
        longest = self._longest_kept
        if longest is None or longest[0] is not prepared.spans:
            # (known from the column lanes, or worked out when an edit first needs it,
            # from the spans' runs: the same days, tens of thousands of them, not every
            # event's)
            self._longest_kept = (prepared.spans, prepared.runs if prepared.longest is None
                                  else prepared.longest)
        elif prepared.longest is not None and not isinstance(longest[1], int):
            self._longest_kept = (prepared.spans, prepared.longest)
        self._spans = prepared.spans
        self._lane_spellings = prepared.spellings
        by_category = prepared.by_category
        if self._lanes_by != "category":
            lanes = named_lane_order(by_category.values())
            # The events of lanes shown as eras: their own lanes (``_era_keys``), bands
            # behind the lanes by name as by category.
            self._era_lanes = [lane for lane in lanes if lane.category.startswith(ERA_LANE_KEY)]
            self._lanes = ([lane for lane in lanes if not lane.category.startswith(ERA_LANE_KEY)]
                           if self._era_lanes else lanes)
            given_for = (id(self._document.timeline), self._lanes_by)  # (no reference
            # kept: a closed file's events go with it)
            if not hidden or self._name_slots_for != given_for:
                self._name_slots = name_slots(lane.category for lane in self._lanes)
                self._name_slots_for = given_for
            if self._hidden_lanes:  # (their colours kept above: the others' stay)
                self._lanes = [lane for lane in self._lanes
                               if lane.category not in self._hidden_lanes]
        else:
            key = lane_key(self._document.timeline.lane_order)
            self._lanes = sorted(by_category.values(), key=lambda lane: key(lane.category))
            is_era = self._document.timeline.is_era_lane
            self._era_lanes = [lane for lane in self._lanes if is_era(lane.category)]
            if self._era_lanes:  # bands behind the lanes, no rows (``view_eras``)
                self._lanes = [lane for lane in self._lanes if not is_era(lane.category)]
        self._lane_by_category = by_category
        self._placed = prepared.placed
        self._all_starts = prepared.all_starts
        if prepared.article_dates is not None:
            self._article_dates_cache = prepared.article_dates
        if prepared.article_days is not None:
            self._article_days_cache = prepared.article_days
        if prepared.article_totals is not None:
            self._article_totals_cache = prepared.article_totals
        self._all_lanes = None if hidden else self._lanes  # for _lanes_without
        self._match_starts_for = None
        self._lane_ids = {}
        self._data_range_cache = prepared.data_range
        self._overview_cache = None
        if prepared.covered is not None:  # (what the next edit starts from)
            self._covered_kept = (self._spans, self._article_dates(), prepared.covered)
        elif covered_kept is not None and covered_kept[1] is self._article_dates():
            self._covered_kept = (self._spans, covered_kept[1], covered_kept[2])
        self._find_breaks(prepared.covered)
        if len(events) >= DENSE_POSSIBLE_EVENTS:
            # Lanes this long may be drawn as densities (numpy): imported with the data,
            # not in the middle of the first zoom out (tens of ms).
            import numpy  # noqa: F401
        if len(events) >= FREEZE_AFTER_EVENTS:
            # The lanes live as long as the timeline: out of the cyclic collector's reach,
            # as io.load leaves the events, so that no full collection walks them again
            # while the user pans (pauses of 50-100 ms at 100 000 events, issue 11).
            gc.freeze()
            # ... and once more after the first paint: the window built around the
            # timeline (widgets, Qt enum classes, docks) is thousands of objects that
            # live as long, and a full collection walking them took 15-40 ms of CPU
            # while panning (bench_view, 2026-11-30).
            self._freeze_after_paint = True

    def _find_breaks(self, covered: list[tuple[float, float]] | None = None) -> None:
        """Decide the breaks from the events and the articles' dates (once per change);
        ``covered``: those days, when already known (:class:`PreparedLanes`)."""
        if self._shown_breaks_wait:
            self._breaks_stale = True  # (``set_emphasis`` finds them: ``_on_model_changed``)
            self._invalidate()
            return
        self._breaks_stale = False
        self._lone_spans = []
        old_breaks = self._breaks
        if not self._collapse:
            self._breaks = []
        else:
            if self._breaks_of_shown and self._hidden:
                covered = self._shown_covered_days()
            elif covered is None:
                covered = self._covered_days()
            lone, finer = self._lone_coarse(covered)
            self._lone_spans = lone
            self._breaks = find_breaks(covered, lone_coarse=lone,
                                       event_starts=self._all_starts)
            if finer:
                # A lone month or season compressed too, only when a band then reaches
                # into it (the breaks else stay as they were, and so does the view).
                spans = sorted([*lone, *finer])
                breaks = find_breaks(covered, lone_coarse=spans,
                                     event_starts=self._all_starts)
                if any(b.first_day < last and b.last_day > first
                       for b in breaks for first, last in finer):
                    self._lone_spans, self._breaks = spans, breaks
        known = {b.empty_first for b in self._breaks}
        if not self._opened <= known:
            self._opened = self._opened_follow(old_breaks)
        if self._breaks != old_breaks:
            # (made for the breaks before: Fit All makes them again.  The same breaks, as
            # a filter re-finds them, keep them: dropped, the view kept only its middle
            # day and showed other days, fit44.)
            self._fit_squeezes = []
        self._fit_squeeze_memo = None
        self._apply_breaks(keep_view=True)

    def _opened_follow(self, old_breaks: Sequence[Break]) -> set[float]:
        """The opened breaks among ``_breaks`` after they were found again: those still
        opened, and each that overlaps an opened one of ``old_breaks`` whose edge an edit
        moved.  Moving "c. 1650" to "c. 1659" on a view zoomed into 1591-1696 (its band
        of 1651-1958 opened, drawn linearly) made the band start in 1660: it closed
        again, and the view jumped to 1591-1992 (verify80 F9)."""
        opened = self._opened
        was = [old for old in old_breaks if old.empty_first in opened]
        return {new.empty_first for new in self._breaks
                if new.empty_first in opened
                or any(new.empty_first < old.empty_last and old.empty_first < new.empty_last
                       for old in was)}

    def set_breaks_of_shown(self, on: bool) -> None:
        """Find the breaks from the events the filters show (``on``, while any are hidden)
        or from every event, as a window's view does after its Fit All with filters on: a
        picture of the current view draws the window's bands (``export_picture``)."""
        on = on and bool(self._hidden)
        if on != self._breaks_of_shown:
            self._breaks_of_shown = on
            self._find_breaks()

    def _shown_covered_days(self) -> list[tuple[float, float]]:
        """``_covered_days`` of the events the filters let through (the lanes' and the
        eras' shown) and the articles' dates, for the breaks after a Fit All with filters
        on (``_breaks_of_shown``).  With three lanes hidden, Fit All gave an empty
        1994-2019 over half the width while Collapse Empty Periods was on, the hidden
        lanes' events holding those years open (verify70 F17; edit69's function).

        Vectorised (``scale.covered_arrays``: each length bucket's spans are already
        sorted by start) and kept: each lane's covered days while no event is placed in or
        taken out of the lanes (``_lanes_edits``), for the lanes shown and those of every
        event (``_all_lanes``: a legend click or a category filter drops or brings back
        whole lanes, the others as they were; lanes rebuilt are new objects); the
        articles' while their dates list stays; the answer while the lanes and dates are
        the same.  At 1 000 000 events shown the Python pass over every span cost ~0.2 s
        of CPU on each filter change (``benchmarks/shown_covered_cost.py``)."""
        lanes = (*self._lanes, *self._era_lanes)
        dates = self._article_dates()
        edits = self._lanes_edits
        key = (edits, dates, *lanes)
        kept = self._shown_covered
        if (kept is not None and kept[0][0] == edits and len(kept[0]) == len(key)
                and all(a is b for a, b in zip(kept[0][1:], key[1:], strict=True))):
            return kept[1]
        by_lane = self._lane_covered
        parts: list[tuple[Any, Any]] = []
        fresh: dict[int, tuple[_Lane, int, tuple[Any, Any]]] = {}
        for lane in lanes:
            found = by_lane.get(id(lane))
            if found is None or found[0] is not lane or found[1] != edits:
                found = (lane, edits, covered_arrays(
                    (bucket.starts, bucket.ends) for bucket in lane.buckets))
            fresh[id(lane)] = found
            parts.append(found[2])
        # (and the lanes of every event not shown now, for a category shown again; no
        # other: a rebuilt lane's events are not kept alive by it)
        every = self._all_lanes or ()
        self._lane_covered = {
            **{id(lane): by_lane[id(lane)] for lane in every
               if id(lane) in by_lane and by_lane[id(lane)][0] is lane
               and by_lane[id(lane)][1] == edits},
            **fresh}
        articles = self._articles_covered
        if articles is None or articles[0] is not dates:
            days = [day_number(d) for d in dates]
            articles = self._articles_covered = (
                dates, covered_arrays([(days, [day + 1 for day in days])]))
        parts.append(articles[1])
        covered = covered_list(covered_arrays(parts))
        self._shown_covered = (key, covered)
        return covered

    def _lone_coarse(self, covered: list[tuple[float, float]]
                     ) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
        """The intervals of ``covered`` (as ``_covered`` gives) that hold one event alone,
        dated to a year or a decade without an end, and no article's date: what
        ``find_breaks`` compresses with the gap beside it (``lone_coarse``); and,
        second, those that hold one event dated to a month or a part of a year
        (``_find_breaks`` compresses them only where a band reaches into them).

        Fit All gave a lone "2009" its 365 days at the scale of a story's three months
        told in 14 events, ~230 px of 1440 against their ~30 (verify31, finding 7).  A
        lone "May 2024" took half the width at Fit All beside four events of November
        2025, their titles cut (verify81 F4).
        Cost: a bisection per lane for each interval of four weeks or more."""
        lone: list[tuple[float, float]] = []
        finer: list[tuple[float, float]] = []
        for start, end in covered:
            if end - start < 28:
                continue
            count, found = 0, None
            for lane in self._lanes:
                first = bisect.bisect_left(lane.starts, start)
                last = bisect.bisect_left(lane.starts, end)
                count += last - first
                if count > 1:
                    break
                if last > first:
                    found = lane.events[first]
            if count != 1 or found is None or found.end is not None:
                continue
            if found.date.precision is Precision.DAY:
                continue
            if event_days(found) != (start, end):
                continue
            article_days = self._article_days()
            if bisect.bisect_left(article_days, end) > bisect.bisect_left(article_days, start):
                continue
            if found.date.precision in (Precision.YEAR, Precision.DECADE):
                lone.append((start, end))
            else:
                finer.append((start, end))
        return lone, finer

    def _apply_breaks(self, keep_view: bool = False) -> None:
        """Make the scale from the breaks not opened; optionally keep the middle day put
        (``keep_view``; when Fit All's pieces no longer fit the breaks and are let go, the
        days on screen)."""
        middle_day = self.day_at(self.viewport().width() / 2) if keep_view else None
        closed = [b for b in self._breaks if b.empty_first not in self._opened]
        breaks = self._breaks_with_room(closed)
        # A squeeze is Fit All's, beside its bands closed (an opened one: none); so is
        # room for a stretch's titles drawn wider than its days (``_room_pieces``).
        squeezes = self._fit_squeezes if breaks and not self._opened else []
        pieces = self._room_pieces(closed) if breaks else []
        after = self._fit_right_piece
        # (with no band: the newest events' cluster, ``_story_cluster``, verify54 F29)
        story = self._fit_story_piece if not self._opened else None
        if story is not None:
            # (it holds the room after the data too)
            if self._fit_story_gap is None:
                pieces.append(story)
            else:
                pieces.extend(story_pieces(story, self._fit_story_gap))
        elif (after is not None and breaks and not self._opened
                and self._data_range()[1] <= after.first_day):
            pieces.append(after)
        if pieces:
            squeezes = sorted([*squeezes, *pieces], key=lambda piece: piece.first_day)
        shown_days = None
        if squeezes and len(squeezes_apart(breaks, squeezes)) < len(squeezes):
            # Fit All's pieces were made for the bands it saw, and a piece now lies
            # across a band an edit made (verify73 F13: the scale went back on itself,
            # an event of December 2023 drawn under "2016"): the bands alone until the
            # next Fit All, the same days on screen (at the old zoom the middle day
            # showed 2009-2033 for 2012-2027: the newest events were drawn wider).
            self.drop_fit_pieces()
            breaks, squeezes = closed, []
            if middle_day is not None:
                shown_days, middle_day = self.visible_days(), None
        self._scale = Scale(breaks, squeezes) if breaks or squeezes else LINEAR
        # A lone year's days are compressed only where a break's compressed part lies
        # on them (``find_breaks``' ``lone_coarse``; an opened break compresses nothing).
        self._squeezed_spans = [(first, last) for first, last in self._lone_spans
                                if any(b.first_day < last and b.last_day > first
                                       for b in breaks)]
        self._overview_cache = None
        if middle_day is not None:
            self._origin = (self._scale.u_of_day(middle_day)
                            - self.viewport().width() / 2 / self._px_per_day)
        elif shown_days is not None:
            first_u, last_u = (self._scale.u_of_day(day) for day in shown_days)
            self._set_scale(max(1.0, self.viewport().width())
                            / max(MIN_DAYS_SHOWN, last_u - first_u))
            self._set_origin(first_u)
        self._invalidate()

    def _rescale(self) -> None:
        """Breaks switched on or off: re-fit a fitted view, else keep the middle day."""
        self._find_breaks()
        if self._auto_fit:
            self.fit_all(keep_rows=True)
        else:
            self._set_scale(self._px_per_day)
            self._set_origin(self._origin)

    def _open_breaks_in(self, first_day: float, last_day: float, *, whole: bool = False) -> bool:
        """Open the breaks that hold most of ``[first_day, last_day)`` (a range that only
        grazes a break, such as the days around an event beside it, leaves it closed);
        with ``whole``, every break that holds more than :data:`WHOLE_RANGE_GRAZE` of it
        (a range typed in Go to Date is shown at its real length)."""
        opened = False
        share = WHOLE_RANGE_GRAZE if whole else 0.5
        for brk in self._scale.breaks:
            overlap = min(last_day, brk.last_day) - max(first_day, brk.first_day)
            if overlap > share * (last_day - first_day):
                self._opened.add(brk.empty_first)
                opened = True
        return opened

    def _open_break_if_inside(self) -> bool:
        """A view entirely inside a break opens it: the break fills the view anyway, and a
        linear scale at the break's own slope looks the same there, so nothing jumps.
        Returns whether it opened one."""
        segments = self._scale.segments(self._origin, self._origin + self._view_units())
        if len(segments) != 1 or segments[0].brk is None:
            return False
        segment, brk = segments[0], segments[0].brk
        self._opened.add(brk.empty_first)
        self._apply_breaks()
        self._px_per_day *= brk.slope
        self._origin = self._scale.u_of_day(segment.first_day)
        self._set_scale(self._px_per_day)  # within the bounds of the scale without it
        return True

    def _on_reset(self) -> None:
        self._hidden_lanes.clear()  # (another file: other names)
        self._filter_fit_back = None  # (another file's days: not to go back to)
        self._breaks_of_shown = False
        self._row_hints, self._row_hints_at = {}, None  # (its rows: none kept)
        self._contents_key = 0  # (another timeline: its contents as opened)
        self._rows_of_contents.clear()
        # (another file's stretches: the way of the last file's Fit All is no guide to a
        # resize's first steps before every way is tried again; fit44's leftover)
        self._fit_squeeze_way = 2
        self._hidden_lanes_by_way.clear()
        self._label_cache.clear()
        self._era_title_widths.clear()
        self._least_cache.clear()
        self._elided_cache.clear()
        self._article_dates_cache = None
        self._article_days_cache = None
        self._article_totals_cache = None
        self._article_columns_memo = None
        self._article_candidates_memo = None
        # Another file: its lanes from the top, and no event of the file left kept in view
        # or its row kept (``_keep_shown_in_view``, ``_keep_selected_row``).  The Details
        # pane's current event shown before stayed the one kept in view; a CSV export of
        # the same timeline (the same ids, the same Fit All) opened with a taller Events
        # list, and the lanes scrolled down to it, the top lane out of view (verify63 F7).
        self._shown_row = None
        self._kept_row = None
        self.verticalScrollBar().setValue(0)
        self._rebuild_lanes()
        self.fit_all()
        self._update_scrollbars()

    # One event changed (a drag, the editor, an undo): it is taken out of its lane and put
    # back by bisection instead of rebuilding every lane, which reads every event's days
    # (seconds at 100 000 events).  A new or emptied lane rebuilds them all.
    def _on_event_added(self, event_id: str) -> None:
        self._keep_rows_as_hints()
        event = self._document.timeline.get(event_id)
        self._note_contents_change(None, event)
        self._follow_unfiltered(None, event)
        self._on_model_changed(event_id, self._names_hold(None, event) and self._place(event))

    def _on_event_changed(self, event_id: str) -> None:
        self._keep_rows_as_hints()
        old = self._placed.get(event_id)
        event = self._document.timeline.get(event_id)
        self._note_contents_change(old, event)
        if old is None:
            self._unfiltered_lanes = None  # (an event the lanes did not hold: rebuilt)
        else:
            self._follow_unfiltered(old, event)
        same_lane = old is not None and (
            set(lane_keys(old, self._lanes_by, self._lane_spellings))
            == set(lane_keys(event, self._lanes_by, self._lane_spellings)))
        self._on_model_changed(event_id, old is not None and self._names_hold(old, event)
                               and self._unplace(old, may_empty=same_lane)
                               and self._place(event))

    def _on_event_removed(self, event_id: str) -> None:
        self._keep_rows_as_hints()
        old = self._placed.get(event_id)
        self._note_contents_change(old, None)
        if old is None:
            self._unfiltered_lanes = None
        else:
            self._follow_unfiltered(old, None)
        self._on_model_changed(event_id, old is not None and self._names_hold(old, None)
                               and self._unplace(old))

    def _on_events_replaced(self, event_ids: tuple[str, ...]) -> None:
        """Many events replaced at once (a lane renamed, ``Document.events_replaced``): the
        lanes rebuilt once, the view kept where it is (one event at a time cost ~23 ms
        each at 1 000 events, lanes16)."""
        self._keep_rows_as_hints()
        timeline, placed = self._document.timeline, self._placed
        for event_id in event_ids:
            self._label_cache.pop(event_id, None)
            self._least_cache.pop(event_id, None)
            self._note_contents_change(placed.get(event_id),
                                       timeline.get(event_id) if event_id in timeline else None)
        self._on_model_changed("", False)

    def _note_contents_change(self, old: Event | None, new: Event | None) -> None:
        """The timeline's contents changed from ``old`` (as the lanes hold it; None: an
        event added) to ``new`` (None: removed): ``_contents_key`` follows.  One hash of
        each (~1 µs an event: ``Event`` is a frozen dataclass, hashed by value; one made
        with a list in a field, which nothing checks, by its ``repr``, as much a value)."""
        for event in (old, new):
            if event is not None:
                try:
                    self._contents_key ^= hash(event)
                except TypeError:
                    self._contents_key ^= hash(repr(event))

    def _on_lane_order_changed(self) -> None:
        """The lanes put in another order (``Document.move_lane``): laid out again."""
        self._on_model_changed("", False)

    def _on_era_lanes_changed(self) -> None:
        """A lane shown as eras or as rows again (``Document.set_era_lane``): laid out
        again from every event.  The lanes kept for Clear Filters go: by participant or
        place an era's events are built into lanes of their own (``ERA_LANE_KEY``), and
        the timeline's revision, which keys those kept lanes, does not change with an
        era lane (session 62: scale65's lanes by name followed through an edit were
        taken back after the era lane was turned off, and the era's event had no row)."""
        self._unfiltered_lanes = None
        self._on_lane_order_changed()

    def _on_lanes_moved(self) -> None:
        """The lanes put in another order (``Document.move_lane``, its undo): laid out
        again, the lane that moved in sight from its top (``_show_moved_lane``)."""
        before = [lane.category for lane in self._lanes]
        self._on_lane_order_changed()
        self._show_moved_lane(before)

    def _place(self, event: Event) -> bool:
        """Put one event into its lane (lanes: by participant or place, each of its
        names') and the day lists; False if a lane of it is new."""
        start, end = event_days(event)
        if not self._put_in(self._lane_by_category, self._placed_keys(event), event,
                            start, end):
            return False
        self._lanes_generation += 1  # (the lane changes: its world chunks go)
        self._lanes_edits += 1  # (and its covered days: ``_shown_covered_days``)
        index = bisect.bisect_right(self._all_starts, start)
        self._all_starts.insert(index, start)
        self._spans.insert(index, (start, end))
        longest = self._longest_kept
        if longest is not None and longest[0] is self._spans:
            self._longest_kept = (self._spans, max(self._longest_span(), end - start))
        kept = self._covered_kept
        if kept is not None and kept[0] is self._spans:
            self._covered_kept = (kept[0], kept[1], _covered_with(kept[2], start, end))
        known = self._range_before_step()
        self._range_after = (None if known is None
                             else (min(known[0], float(start)), max(known[1], float(end))))
        self._placed[event.id] = event
        return True

    def _put_in(self, by_category: dict[str, _Lane], keys: tuple[str, ...], event: Event,
                start: int, end: int) -> bool:
        """Put ``event`` (its first and end day ``start``, ``end``) into the lanes
        ``keys`` of ``by_category`` and their length buckets, at its place in the
        timeline's order (``_index_in_order``); False, nothing changed, if one of those
        lanes is not there (a rebuild makes it)."""
        lanes = [by_category.get(key) for key in keys]
        if None in lanes:
            return False
        for lane in cast("list[_Lane]", lanes):
            index = self._index_in_order(lane.starts, lane.events, start, event)
            lane.starts.insert(index, start)
            lane.events.insert(index, event)
            lane._starts_array = _starts_array_with(lane._starts_array, index, start)
            bucket = lane.buckets[bisect.bisect_left(_BUCKET_LIMITS, end - start)]
            index = self._index_in_order(bucket.starts, bucket.events, start, event)
            bucket.starts.insert(index, start)
            bucket.ends.insert(index, end)
            bucket.events.insert(index, event)
            bucket.max_days = max(bucket.max_days, end - start)
        return True

    @staticmethod
    def _places_in(by_category: dict[str, _Lane], keys: tuple[str, ...], event: Event,
                   start: int, end: int,
                   may_empty: bool) -> list[tuple[_Lane, int, _Bucket, int]] | None:
        """Where ``event`` (as placed: its days ``start``, ``end``) is in each of the
        lanes ``keys`` of ``by_category`` and its length bucket there (found by its
        start and id); None if a lane is not there, the event is not in it, or the lane
        would be left empty (unless ``may_empty``: it goes back into the same lane)."""
        lanes = [by_category.get(key) for key in keys]
        if any(lane is None or (len(lane.events) <= 1 and not may_empty) for lane in lanes):
            return None

        def index_in(starts: list[int], events: list[Event]) -> int | None:
            for i in range(bisect.bisect_left(starts, start), bisect.bisect_right(starts, start)):
                if events[i].id == event.id:
                    return i
            return None

        places = []  # in each of its lanes (by participant or place: one a name)
        for lane in cast("list[_Lane]", lanes):
            bucket = lane.buckets[bisect.bisect_left(_BUCKET_LIMITS, end - start)]
            in_lane, in_bucket = index_in(lane.starts, lane.events), index_in(bucket.starts,
                                                                               bucket.events)
            if in_lane is None or in_bucket is None:
                return None
            places.append((lane, in_lane, bucket, in_bucket))
        return places

    @staticmethod
    def _take_out(places: list[tuple[_Lane, int, _Bucket, int]]) -> None:
        """Take an event out of the lanes and buckets at ``places`` (``_places_in``)."""
        for lane, in_lane, bucket, in_bucket in places:
            del lane.starts[in_lane], lane.events[in_lane]
            lane._starts_array = _starts_array_with(lane._starts_array, in_lane)
            del bucket.starts[in_bucket], bucket.ends[in_bucket], bucket.events[in_bucket]

    def _follow_unfiltered(self, old: Event | None, new: Event | None) -> None:
        """One event changed from ``old`` (as the lanes hold it; None: added) to ``new``
        (None: removed) while the filters show other lanes than those of every event kept
        for Clear Filters (``_unfiltered_lanes``): those lanes follow it too, as
        ``_place`` and ``_unplace`` make the lanes shown follow it, and stay the lanes of
        every event as they are now.  Clear Filters after an edit built them again from
        every event, ~2.2 s at 1 000 000 events (session 61, scale64; issue 11).

        By participant or place too (session 62, scale65: ~3.4 s of Clear Filters at
        1 000 000 events): a lane of a new name is made, a lane the event leaves empty
        goes, as a build from scratch has them; unless a name's spelling is in question
        (``names_keep_their_lanes``) or an era's event is in them.  Kept lanes that
        cannot follow (by category a lane made or left empty; lanes by another way) are
        dropped, and Clear Filters builds them again."""
        kept = self._unfiltered_lanes
        if kept is None:
            return
        prepared = kept[1]
        if prepared.by_category is self._lane_by_category:
            return  # the lanes shown: ``_on_model_changed_lanes`` follows them
        spans_of = self._spans_of
        timeline = self._document.timeline
        lanes_by = kept[0][2]
        if (prepared.timeline is not timeline or lanes_by != self._lanes_by
                or spans_of is None or kept[0][1] != spans_of[1]
                or (lanes_by != "category" and (self._has_era_events() or not (
                    names_keep_their_lanes(old, new, lanes_by, prepared.spellings,
                                           prepared.by_category))))):
            self._unfiltered_lanes = None
            return
        lanes = prepared.by_category
        named = lanes_by != "category"

        def keys(event: Event) -> tuple[str, ...]:
            return lane_keys(event, lanes_by, prepared.spellings)

        if old is not None:
            start, end = event_days(old)
            same_lane = new is not None and set(keys(new)) == set(keys(old))
            places = self._places_in(lanes, keys(old), old, start, end, named or same_lane)
            if places is None:
                self._unfiltered_lanes = None
                return
            self._take_out(places)
            for lane, *_where in places:  # (by name: a lane left empty goes)
                if not lane.events and (new is None or lane.category not in keys(new)):
                    del lanes[lane.category]
        if new is not None:
            start, end = event_days(new)
            if named:  # (a new name's lane made: its lists as a build's)
                made = {key: _Lane(key) for key in keys(new) if key not in lanes}
                if made and timeline.store is not None:
                    _lazy_lists(made, timeline.store)
                lanes.update(made)
            if not self._put_in(lanes, keys(new), new, start, end):
                self._unfiltered_lanes = None
                return
        prepared.covered = prepared.data_range = None  # (as the events were: the view's)
        prepared.longest = None
        self._unfiltered_lanes = ((kept[0][0], timeline.revision, lanes_by), prepared)

    def _names_hold(self, old: Event | None, new: Event | None) -> bool:
        """Whether the lanes shown may follow the change of one event from ``old`` to
        ``new`` (None: added, removed) as they are spelled: by category always; by
        participant or place unless a name's events that change adds or takes away are
        one of several spellings of its lane, which the most events' spelling names
        (``names_keep_their_lanes``): else the lanes are built again (session 62,
        scale65: "france" taking the lane from "France" was missed until then)."""
        return self._lanes_by == "category" or names_keep_their_lanes(
            old, new, self._lanes_by, self._lane_spellings)

    def _has_era_events(self) -> bool:
        """Whether an event of the timeline is in a lane shown as eras
        (``Timeline.is_era_lane``; its kept counts of each lane, no pass over the
        events): by participant or place such events make no lane of their names."""
        timeline = self._document.timeline
        return any(map(timeline.is_era_lane, timeline.category_counts()))

    def _longest_span(self) -> int:
        """No event of ``_spans`` spans more days than this (at least one): worked out
        once per list of spans (~0.1 s at 1 000 000 events), then raised by ``_place``
        (a removal leaves it as it was: still no shorter than any), for
        ``_covered_without``'s events that may reach into one event's days."""
        kept = self._longest_kept
        if kept is None or kept[0] is not self._spans or not isinstance(kept[1], int):
            runs = kept[1] if kept is not None and kept[0] is self._spans else self._spans
            assert not isinstance(runs, int)
            longest = max((max(end - start, 1) for start, end in runs), default=1)
            kept = self._longest_kept = (self._spans, longest)
        return cast("int", kept[1])

    def _range_before_step(self) -> tuple[float, float] | None:
        """The data's range as the step under way left it so far (``_range_after`` once
        ``_place`` or ``_unplace`` ran in it, else the range kept before it), the step
        marked under way.  ``_place`` widens it by one event's days and ``_unplace``
        keeps it when the event was inside it (else None: worked out again), so one edit
        does not read every event's end (~70 ms of each at 1 000 000 events, session 49
        edit55); ``_on_model_changed`` takes it."""
        known = self._range_after if self._range_pending else self._data_range_cache
        self._range_pending = True
        return known

    def _covered_days(self) -> list[tuple[float, float]]:
        """``_covered(self._spans, self._article_dates())``: the days events or articles
        cover, as disjoint sorted intervals (what the axis's breaks are found from).  Kept
        while the spans and the articles' dates stay the same lists: ``_place`` and
        ``_unplace`` make it follow one event (``_covered_with``, ``_covered_without``),
        where working it out from every event cost 0.1-0.25 s of each edit at 1 000 000
        events (session 49, edit55)."""
        dates = self._article_dates()
        kept = self._covered_kept
        if kept is None or kept[0] is not self._spans or kept[1] is not dates:
            kept = self._covered_kept = (self._spans, dates, _covered(self._spans, dates))
        return kept[2]

    def _index_in_order(self, starts: list[int], events: list[Event], start: int,
                        event: Event) -> int:
        """Where ``event`` (starting on day ``start``) goes in a lane's or a bucket's
        ``events`` (``starts`` beside them): among the events starting that day, at its
        place in the timeline's order, as a rebuild of the lanes puts it.  Packing deals
        rows in that order, so an edit that keeps the dates (the place, the title) keeps
        the event's row: it went after every event of its day, and moved from row 2 to
        row 4 of its lane at 100 000 events after a Place edit (verify27, fault 7)."""
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_right(starts, start)
        if lo == hi:
            return lo
        index_of = self._document.timeline.index_of
        try:
            rank = index_of(event.id)
            while lo < hi:  # those events are in the timeline's order too: bisection
                middle = (lo + hi) // 2
                if index_of(events[middle].id) < rank:
                    lo = middle + 1
                else:
                    hi = middle
        except KeyError:  # an event the view is yet to hear of the removal of: last
            return bisect.bisect_right(starts, start)
        return lo

    def _unplace(self, event: Event, may_empty: bool = False) -> bool:
        """Take one event (as it was placed) out; False if not found, or if its lane would
        be left empty (unless ``may_empty``: the event goes back into the same lane)."""
        start, end = event_days(event)
        places = self._places_in(self._lane_by_category, self._placed_keys(event), event,
                                 start, end, may_empty)
        if places is None:
            return False
        first = bisect.bisect_left(self._all_starts, start)
        last = bisect.bisect_right(self._all_starts, start)
        in_spans = next((i for i in range(first, last) if self._spans[i][1] == end), None)
        if in_spans is None:
            return False
        self._lanes_generation += 1  # (the lane changes: its world chunks go)
        self._lanes_edits += 1  # (and its covered days: ``_shown_covered_days``)
        self._take_out(places)
        del self._all_starts[in_spans], self._spans[in_spans]
        kept = self._covered_kept
        if kept is not None and kept[0] is self._spans:
            covered = _covered_without(kept[2], start, end, self._spans, self._all_starts,
                                       kept[1], self._longest_span())
            self._covered_kept = None if covered is None else (kept[0], kept[1], covered)
        known = self._range_before_step()
        if known is not None and end < known[1] and known[0] == start and self._spans:
            # The first event taken out: the first day is the first start left (the
            # starts are sorted) or an article's date, found without reading every
            # event's end (~0.1 s of such an edit at 1 000 000 events; scale63).
            dates = self._article_dates()
            first = float(self._all_starts[0])
            self._range_after = (min(first, float(day_number(dates[0]))) if dates else first,
                                 known[1])
        else:
            self._range_after = (known if known is not None and known[0] < start
                                 and end < known[1] else None)
        del self._placed[event.id]
        return True

    def _on_model_changed(self, event_id: str, placed: bool) -> None:
        # Whether the view held every day of the data before this change (the range as
        # last computed: the change is in the lanes already, not yet in this cache).
        was_all_in_view = self._data_range_cache is None or self._data_in_view()
        self._label_cache.pop(event_id, None)
        self._least_cache.pop(event_id, None)
        self._elided_cache.clear()  # a title may have changed; cheap to fill again
        after, self._range_after = self._range_after, None
        pending, self._range_pending = self._range_pending, False
        # With the breaks of the events the filters show, the filters weigh the changed
        # event after this (``set_emphasis``), which finds them: found here, an undone
        # event they hide held its years open for a moment and the days kept on screen
        # were that moment's (2027 became 2029).
        self._shown_breaks_wait = self._breaks_of_shown and bool(self._hidden)
        kept = self._view_before_edit()
        try:
            self._on_model_changed_lanes(placed, after, pending)
        finally:
            self._shown_breaks_wait = False
        self._keep_view_after_edit(kept)
        # Still the fitted view: it widens to what is there now, but an edit inside it (a
        # delete, a Ctrl+→ move) keeps it: refitting jumped to a 2-day window on the one
        # event left, and shifted the range at each move (new-user trial 9).
        if self._auto_fit and not self._data_in_view():
            if self._hidden or self._filter_period != (None, None):
                # With filters on, what they let through decides, once they have weighed
                # the changed event (``set_emphasis``, after this): Undo of a change to
                # an event the 2018-2026 filter hides refitted to its 1980s, every lane
                # full of "6 ▶" badges (verify59 F14).
                QTimer.singleShot(0, self, self._refit_to_shown)
            elif was_all_in_view:
                # (A fitted view that no longer held all the data before the change, a
                # Fit All under From 1975 To 1975 whose filters were then cleared, stays:
                # a lane renamed there jumped to the whole timeline, verify60 F20.)
                self.fit_all(keep_rows=True)
        self._update_scrollbars()

    def _on_model_changed_lanes(self, placed: bool, after: tuple[float, float] | None,
                                pending: bool) -> None:
        """``_on_model_changed``'s lanes and breaks after one event changed (``placed``:
        in the lanes already, else the lanes are built again)."""
        if placed:
            self._data_range_cache = after if pending else None
            self._overview_cache = None
            self._followed_to_revision()
            covered = self._covered_days()
            if self._auto_fit and self._breaks_still_hold(covered):
                # The fitted view stays as it is: a Ctrl+→ of the "late 2024" event to
                # early 2025 emptied 2023-2024, a second band was made and the view
                # re-fitted around it, the nudged event's neighbour losing its title
                # (verify11, finding 6).  Ctrl+0 collapses the new empty period.
                self._breaks_stale = True
                self._invalidate()  # the lanes changed (``_find_breaks`` does it else)
            elif self._auto_fit:
                before, origin = self._scale.breaks, self._origin
                self._find_breaks(covered)
                self._keep_band_ends(before, origin)
            else:
                self._find_breaks(covered)
        else:
            self._rebuild_lanes()

    def _followed_to_revision(self) -> None:
        """The lanes and the lists of every event followed the change of one event
        (``_place``, ``_unplace``): they are the timeline's at its revision now
        (``_spans_of``), and so are the lanes of every event kept for Clear Filters when
        they are the lanes shown or followed it too (``_follow_unfiltered``)."""
        timeline = self._document.timeline
        spans_of = self._spans_of
        if spans_of is None or spans_of[0]() is not timeline:
            return
        kept = self._unfiltered_lanes
        if kept is not None and kept[1].by_category is self._lane_by_category:
            if (kept[0][1] == spans_of[1] and kept[1].timeline is timeline
                    and kept[0][2] == self._lanes_by):  # (by name too: ``_names_hold``)
                kept[1].covered = kept[1].data_range = None  # (the view's follow)
                kept[1].longest = None
                self._unfiltered_lanes = ((kept[0][0], timeline.revision, kept[0][2]),
                                          kept[1])
            else:
                self._unfiltered_lanes = None
        self._spans_of = (spans_of[0], timeline.revision)

    def _view_before_edit(self) -> tuple[Any, ...]:
        """What ``_keep_view_after_edit`` needs of the view before an edit changes the
        lanes: the scale, the days shown, the origin and zoom, and the breaks as found
        (with their lone stretches and Fit All's squeezes)."""
        return (self._scale, self.visible_days(), self._origin, self._px_per_day,
                self._breaks, self._lone_spans, self._fit_squeezes,
                frozenset(self._opened))

    def _keep_view_after_edit(self, kept: tuple[Any, ...]) -> None:
        """After one edit (a delete, a drag, the editor, an undo or redo) changed the
        axis's bands, keep the reader's place (verify81 F4, verify80 F9).

        A fitted view whose bands still part the same days (``_breaks_still_hold``: an
        edit only emptied a period) keeps its bands and its days, as an edit that keeps
        the event's lane does; Fit All (Ctrl+0) lays them out afresh.  Deleting the
        only event of its lane rebuilt the lanes and found a new band, the view kept
        its middle day and zoom across it, and showed 9 July 2023 - 5 October 2026 with
        the four November events piled at the band.  Any other view keeps its first and
        last days: dragging "c. 1650" to "c. 1659" on a 1591-1696 view jumped to
        1591-2001, and its Undo jumped again.  A fitted view that no longer holds the
        data is widened after this (``_on_model_changed``)."""
        scale, (first, last), origin, ppd, breaks, lone, squeezes, opened = kept
        if self._scale is scale or self._breaks == breaks:
            return
        if self._auto_fit:
            if (not opened and not self._opened
                    and self._breaks_still_hold(self._covered_days(), breaks)):
                self._breaks, self._lone_spans, self._fit_squeezes = breaks, lone, squeezes
                self._fit_squeeze_memo = None
                self._apply_breaks()
                self._origin, self._px_per_day = origin, ppd
                self._breaks_stale = True
                self._invalidate()
            return  # (else as before: ``_keep_band_ends``, or a refit that widens)
        first_u, last_u = self._scale.u_of_day(first), self._scale.u_of_day(last)
        if last_u - first_u <= 0:
            return
        self._set_scale(max(1.0, self.viewport().width()) / (last_u - first_u))
        self._set_origin(first_u)

    def _refit_to_shown(self) -> None:
        """``_on_model_changed``'s refit with filters on: a fitted view widens to the
        events the filters let through when some of them are now out of it (an event
        added that the filters show), and stays put when the change is to events they
        hide."""
        if not self._auto_fit:
            return
        shown = self._shown_days()
        if shown is None:
            return
        first, last = self._within_filter_period(shown)
        in_first, in_last = self.visible_days()
        if not (in_first <= first and last <= in_last):
            self.fit_all(keep_rows=True)

    def _keep_band_ends(self, before: tuple[Break, ...], origin: float) -> None:
        """After an edit moved a band's edge in a fitted view (the default timeline's
        1965 treaty, a month before the "≈ 57 years" band, moved by Ctrl+→), keep the
        view: each band takes the days its stretches gained or lost out of its own
        display units, so every day outside the moved edges keeps its x and the moved
        event is seen to move (the view's first day moved a month and the event stayed
        put: ux12's report).  A band keeps at least half its units: what it cannot take
        moves the stretches left of a moved left edge (the least of the view).  A band
        may so lose the room for its length until Ctrl+0 (1024 px: "≈ 57" over "yrs"
        becomes "≈", its tooltip still says it).  Only when the bands pair
        up with ``before`` (the scale's breaks before the edit; ``origin``: the view's
        then) and none is opened; the breaks are then stale (Ctrl+0 lays them out
        afresh, as an emptied period waits for it: ``_breaks_still_hold``)."""
        after = self._scale.breaks
        found = self._breaks
        if (not before or self._opened or len(after) != len(before)
                or len(found) != len(after)):
            return
        adjusted = []
        shift = 0.0  # units the stretches left of a moved left edge move left
        for old, new, brk in zip(before, after, found, strict=True):
            if not (new.empty_first < old.empty_last and old.empty_first < new.empty_last):
                return  # not the same band
            wanted = brk.units + ((old.units - (old.last_day - old.first_day))
                                  - (new.units - (new.last_day - new.first_day)))
            units = max(wanted, 0.5 * brk.units)
            if new.empty_first != old.empty_first:
                shift += units - wanted
            adjusted.append(Break(brk.empty_first, brk.empty_last, brk.first_day,
                                  brk.last_day, units, brk.outlier))
        if all(a.units == b.units for a, b in zip(adjusted, found, strict=True)):
            return
        self._breaks = adjusted
        self._apply_breaks()
        self._origin = origin + shift
        self._breaks_stale = True

    def _breaks_still_hold(self, covered: list[tuple[float, float]],
                           breaks: Sequence[Break] | None = None) -> bool:
        """Whether each break of the axis is still the same empty period between days
        that hold events or articles (``covered``, disjoint and sorted, as ``_covered``
        gives): nothing inside it, its first and last days' neighbours as they were
        (``find_breaks`` starts and ends a break at the covered days beside it).  With
        no break they hold too: an empty period an edit opens waits for Fit All as it
        does beside bands (verify12, finding 5: Ctrl+→ at a Fit All without bands made
        a 2003-2010 band at once and re-fitted the view)."""
        if not self._collapse:
            return False
        starts = [start for start, _end in covered]
        for brk in self._breaks if breaks is None else breaks:
            after = bisect.bisect_left(starts, brk.empty_last)  # the first not before its end
            if (after == 0 or after == len(covered) or covered[after - 1][1] != brk.empty_first
                    or covered[after][0] != brk.empty_last):
                return False
        return True

    def _data_in_view(self) -> bool:
        first, last = self._data_range()
        shown_first, shown_last = self.visible_days()
        return shown_first <= first and last <= shown_last

    def _on_sources_changed(self) -> None:
        self._article_dates_cache = None
        self._article_days_cache = None
        self._article_totals_cache = None
        self._article_columns_memo = None
        self._article_candidates_memo = None
        self._data_range_cache = None  # an article's date widens the range
        kept = self._unfiltered_lanes
        if kept is not None:  # (what the loading thread found with them: the old dates)
            prepared = kept[1]
            prepared.article_dates = prepared.article_days = prepared.article_totals = None
            prepared.covered = prepared.data_range = None
        self._find_breaks()  # ... and may fill an empty period

    def _on_selected_ids_changed(self) -> None:
        before, self._selected_ids = self._selected_ids, frozenset(self._selection.event_ids)
        self._describe_selection()
        waiting = self._rings_after_reveal
        if waiting is not None:  # (a reveal follows: ``_on_selection_changed``)
            waiting[0].update(before ^ self._selected_ids)
        else:
            self._update_items(before ^ self._selected_ids)

    def _describe_selection(self) -> None:
        """The events are painted, not widgets: tell assistive technology what is selected."""
        timeline = self._document.timeline
        event_id = self._selection.event_id
        if event_id and event_id in timeline:
            event = timeline.get(event_id)
            # (a week an article named: "some day in the week of …", as Details says it)
            when = (week_words(event) if event.end is not None and told_week(event)
                    else event.date.describe())
            text = (f"Selected: {event.title}, {when} "
                    f"({timeline.index_of(event_id) + 1} of {len(timeline)})")
            count = len(self._selection.event_ids)
            if count > 1:
                text += f"; {count} events selected"
            self.setAccessibleDescription(text)
        else:
            self.setAccessibleDescription(f"{len(timeline)} events; press Right to select one")

    def reveal_follows(self, event_id: str) -> None:
        """The selection of ``event_id`` about to be made is shown by its maker right
        after (the Events list's row picked: ``MainWindow.reveal_event``): the view does
        not scroll to it itself as it is selected; "" for none.  Scrolled and laid out at
        once, at the zoom the reveal then left, Ctrl+End in the list laid out a view no
        one saw (issue 11; session 43, list48).  The rings that selection changes are
        repainted when the reveal comes (the next call), not before: the Events list
        shows its row first (``EventList._show_rows_first``), and a ring repainted then
        at the view the reveal leaves was a paint of the timeline no one needed."""
        self._reveal_follows = event_id
        self._repaint_rings()

    def _repaint_rings(self) -> None:
        """The rings a selection whose reveal followed changed, repainted now."""
        rings, self._rings_after_reveal = self._rings_after_reveal, None
        if rings:
            self._update_items(rings[0], rings[1])

    def follow_soon(self, event_id: str) -> None:
        """The selection of ``event_id`` about to be made is shown (the lanes scrolled to
        it, ``ensure_visible``) at the event loop's next turn, not as it is made: a key
        held in the Events list passes a row at each auto-repeat (``EventList.passing``).
        Repeats that come faster than frames are each a row of the list, which shows
        each, but only the last of them moves the view: one layout, not one for each row
        passed (issue 11; session 47, list52).  At a keyboard's pace (25-50 ms a repeat)
        and frames shorter than that, each row is shown as before.  Nothing is shown if
        another event was selected meanwhile."""
        self._reveal_follows = event_id
        self._follow_soon_id = event_id
        timer = self._follow_soon_timer
        if timer is None:
            timer = self._follow_soon_timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(0)
            timer.timeout.connect(self._follow_now)
        timer.start()

    def _follow_now(self) -> None:
        """``follow_soon``'s event shown, if it is still the selected one."""
        event_id, self._follow_soon_id = self._follow_soon_id, ""
        if self._reveal_follows == event_id:  # (a selection that changed nothing)
            self._reveal_follows = ""
        if event_id and event_id == self._selection.event_id:
            before = self.where_shown()
            self.ensure_visible(event_id)
            self.picture_after_key(before)

    def where_shown(self) -> tuple[float, float, int]:
        """Where the view looks: (origin in display units, pixels per day, the lanes'
        vertical scroll in pixels), for ``picture_after_key``."""
        return (self._origin, self._px_per_day, self.verticalScrollBar().value())

    def picture_after_key(self, before: tuple[float, float, int]) -> None:
        """A key in the Events list showed its row's event (``MainWindow._reveal_picked``,
        ``_follow_now``): if that moved the view from ``before`` (``where_shown``), the
        new view is painted into the frame picture and copied to the screen, as after a
        jump (``_picture_next``), not painted straight.  The next key most often shows
        the same view again: its selection's rings are then copies out of the picture
        and a scroll of the lanes moves it (``_scroll_picture``), where a view painted
        straight had the picture painted whole for them (PageDown at 100 000 events: 6
        of 9 keys painted the timeline whole, 3 now; issue 11, session 48, list53).  A
        key that moved nothing leaves the next paint as it was."""
        if self.where_shown() != before:
            self._picture_next = True

    def _on_selection_changed(self, event_id: str) -> None:
        self._zoom_about_middle = False  # (selected again: zooms keep it, verify85 F6)
        follows, self._reveal_follows = self._reveal_follows, ""
        # An event the filters hide is drawn nowhere: scrolling to it left the lanes empty
        # but for "6 ▶" badges (Undo of a change to it with 2018-2026 on, verify59 F14).
        if event_id and event_id != follows and event_id not in self._hidden:
            self.ensure_visible(event_id)
        self._describe_selection()
        # The current event is painted apart only under a search (never dimmed there).
        rings = {self._painted_primary, event_id}
        marked_before = ""
        waiting = self._rings_after_reveal
        if waiting is not None:
            rings |= waiting[0]
            marked_before = waiting[1]
        if event_id and event_id == follows and event_id != self._follow_soon_id:
            # (``reveal_follows``: repainted when the reveal comes; at the event loop's
            # next turn at the latest, should its maker not reveal it after all)
            if self._rings_after_reveal is None:
                QTimer.singleShot(0, self, self._repaint_rings)
            self._rings_after_reveal = (rings, marked_before or self._painted_primary)
        else:
            self._rings_after_reveal = None
            self._update_items(rings, marked_before)
        self._painted_primary = event_id
        self.event_selected.emit(event_id)

    def data_days(self) -> tuple[float, float]:
        """The first and last day (day numbers) the shown events and their articles'
        dates cover (what Fit All shows, less its margins)."""
        return self._data_range()

    def _data_range(self) -> tuple[float, float]:
        """The days the timeline covers (with its articles' dates), cached per model change:
        every zoom and pan asks for it, and computing it reads every event."""
        if self._data_range_cache is None:
            self._data_range_cache = self._compute_data_range()
        return self._data_range_cache

    def _compute_data_range(self) -> tuple[float, float]:
        # The view's own day list (kept in step with the model): no event is read again.
        return _data_range_of(self._spans, self._all_starts, self._article_dates())

    def _data_units(self) -> tuple[float, float]:
        """The data's range in display units, widened by a "Go to date" outside it."""
        first, last = self._data_range()
        if self._extra_range is not None:
            first, last = min(first, self._extra_range[0]), max(last, self._extra_range[1])
        return self._scale.u_of_day(first), self._scale.u_of_day(last)

    #: False while a picture or a print is rendered: the strip is a screen control
    #: (``export_picture._render``).
    paints_overview = True
    #: True while a picture or a print is rendered (``export_picture.as_picture``): no
    #: selection, hover or overview strip, and never the screen's cached frame.
    paints_picture = False

    #: Asked first when Escape is pressed here (no drag under way): True when it cancelled
    #: the window's long work — a file opening, its progress in the status bar — which
    #: then takes the key; else Escape clears the selection as ever (the window's
    #: ``_escape_cancels_job``; verify65 F11).  None: nothing to ask.
    escape_cancels: Callable[[], bool] | None = None

    # ------------------------------------------------------------------ Qt overrides
    def event(self, event: QEvent) -> bool:
        if event.type() in _WORLD_INPUTS:
            self._note_input()  # (the world's idle work waits for a pause)
        # Esc during a drag cancels the drag, even if a window shortcut uses Esc.
        if (event.type() == QEvent.Type.ShortcutOverride
                and (self._event_drag is not None or self._band is not None)
                and event.key() == Qt.Key.Key_Escape):  # type: ignore[attr-defined]
            event.accept()
            return True
        return super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _WORLD_INPUTS:
            self._note_input()  # (the world's idle work waits for a pause)
        if event.type() == QEvent.Type.Leave:  # to a scroll bar, say: no pointer to follow
            self._pointer = None
        if (event.type() == QEvent.Type.NativeGesture
                and self._pinched(event)):  # type: ignore[arg-type]  # a QNativeGestureEvent
            return True
        if event.type() == QEvent.Type.ToolTip:
            pos = QPointF(event.pos())  # type: ignore[attr-defined]  # a QHelpEvent
            hit = self._hit(pos)
            if tip := self._article_badge_tip(pos):
                # (plain text: an article's date basis comes from the file)
                QToolTip.showText(event.globalPos(), tooltip_text(tip),  # type: ignore[attr-defined]
                                  self.viewport())
                return True
            if AXIS_HEIGHT <= pos.y() < LANES_TOP:
                QToolTip.showText(
                    event.globalPos(),  # type: ignore[attr-defined]
                    "The whole timeline. Drag the window to scroll, drag its edges to zoom, "
                    "click elsewhere to jump there.", self.viewport())
                return True
            if hit is None and (tip := self._named_lane_tip(pos)):
                QToolTip.showText(event.globalPos(), tooltip_text(tip),  # type: ignore[attr-defined]
                                  self.viewport())
                return True
            if hit is None and (category := self._lane_name_at(pos)):
                # rich text with the (user-given) name escaped: never markup from a file
                QToolTip.showText(
                    event.globalPos(),  # type: ignore[attr-defined]
                    f"<p>Click to hide the <b>{html.escape(category_label(category))}</b> "
                    "lane; its entry in the legend shows it again.</p>", self.viewport())
                return True
            # (over the lanes, or over the axis, where a narrow band may say only "≈":
            # verify80 F10)
            brk = (self._break_at(pos.x())
                   if hit is None and (pos.y() >= LANES_TOP or pos.y() < AXIS_HEIGHT) else None)
            if brk is not None:
                QToolTip.showText(
                    event.globalPos(),  # type: ignore[attr-defined]
                    f"{gap_words(brk.days)} without events "
                    f"({month_words(brk.empty_first)} – "
                    f"{month_words(brk.empty_last - 1)}); click to show them",
                    self.viewport())
                return True
            if hit is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(),  # type: ignore[attr-defined]
                                  self._tooltip_for(hit), self.viewport())
            return True
        return super().viewportEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self.paints_picture:
            # A picture or a print (``export_picture.as_picture``): painted whole as the
            # frame picture is, without the selection and the hover drawn over it on
            # screen (a PNG of the current view copied the screen's frame with them and
            # the overview strip in it: verify29, fault 3).
            painter = QPainter(self.viewport())
            try:
                if self._page_rows is None:
                    self._paint(painter, picture=True)
                else:  # a printed page's rows (``page_rows``)
                    self._paint_page_rows(painter, self._page_rows)
            finally:
                painter.end()
            return
        note_frame()  # no full garbage collection while frames come (``ui/idle_gc.py``)
        painter = (QPainter if self._painted_once else _FillsByRect)(self.viewport())
        self._painted_once = True
        # (what the backing store holds after this paint, for a pan's next frame:
        # ``view_ride``; None: not known)
        screen: tuple[bool, tuple[object, ...]] | None = None
        rode = False
        try:
            pan = self._pan
            if (pan is not None and pan.moved and self.drag_preview() is None
                    and self._band is None
                    and painter.paintEngine().type() == QPaintEngine.Type.Raster
                    and self._pan_valid(update=False) and self._paint_pan_frame(painter)):
                self._paint_overlay(painter)  # a pan's frame: its stretch's pixels
            elif (self.drag_preview() is not None or self._band is not None
                    or painter.paintEngine().type() != QPaintEngine.Type.Raster):
                # A drag changes every frame; an export to SVG or PDF stays vectors.
                self._paint(painter)
            elif self._zoom_preview(painter, event):
                pass  # a stretched picture; the view's own follows (``_end_preview``)
            else:
                if self._behind_preview:
                    self._catch_up_after_preview()  # (may change the vertical scroll)
                key = self._frame_key()
                if self._preview_key is not None:  # a stretched picture is on screen
                    if event.rect().contains(self.viewport().rect()):
                        self._preview_key = None
                        if self._preview_job is None or not self._preview_job.ahead:
                            self._preview_job = None  # (a picture ahead goes on)
                        self._preview_timer.stop()
                    else:  # (a hover's few items): the rest of it too
                        self.viewport().update()
                self._finish_paint_job(key)
                self._adopt_picture_ahead(key)
                cached = self._frame_cache is not None and self._frame_cache[0] == key
                jumped, self._picture_next = self._picture_next, False
                if self._frame_cache is None and self._painted_key is None:
                    # The very first paint (start-up's first view, after a fit) goes
                    # straight too: the panels built right after it resize the view,
                    # so a picture of it would never be shown (~0.9 ms, issue 11).
                    jumped = False
                if (not cached and key != self._painted_key and not jumped
                        and self._scrolled_from(key) is None
                        and event.rect().contains(self.viewport().rect())):
                    # A new view (a pan, a zoom): painted straight on the screen, as
                    # the picture would show it; the picture is made only if the same
                    # view is painted again (a hover, a selection, an expose), so that
                    # a run of pans does not pay for copying it (2-4 ms a frame).  After
                    # a jump (``_picture_next``) the picture is made at once instead:
                    # one copy more now, where the first hover would paint it all again.
                    self._painted_key = key
                    self._drop_kept_rows(key)
                    # A pan's frame: the last one moved and what changed painted over
                    # it (``view_ride``), else the whole view.
                    rode = self._ride_frame(painter, key)
                    if not rode:
                        key = self._paint_new_view(painter, key)
                    self._picture_timer.start()
                else:
                    # Qt clips the copy to what needs repainting (a selection: a few
                    # items).
                    painter.drawImage(0, 0, self._frame_picture(key))
                self._paint_overlay(painter)
                screen = (event.rect().contains(self.viewport().rect()), key)
            if self._date_mark is not None:
                self._date_mark.paint(painter)  # Go to Date's mark, over everything
            if self._ride_on or self._ride_screen is not None:
                self._note_screen(painter, screen is not None and screen[0],
                                  None if screen is None else screen[1])
        finally:
            painter.end()
            self._preview_armed = False
        if rode or self._ride_on:
            self._ride_moved_at = time.perf_counter()  # (the rest waits for this frame)
        moved = (self._origin, self._px_per_day) != self._shown_view
        if moved:
            self._picture_timer.start()  # if it stays: its picture, the views beside it
        self._shown_view = (self._origin, self._px_per_day)
        self._note_world_rest(moved)  # (a new zoom level: its chunks once it rests)
        if self._move_ahead is not None or self._paint_job is not None:
            self._ahead_timer.start()  # after this frame, before the next event
        if self._released:
            self._release_timer.start()  # after this frame
        if self._fit_after_resize:
            self._fit_after_resize = False
            self._fit_resize_timer.start()  # the frame at the new size first, then Fit All's
        if self._freeze_after_paint:
            self._freeze_after_paint = False
            # After the events queued so far (the docks a deferred start-up builds).
            QTimer.singleShot(0, gc.freeze)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._note_input()  # (the world's idle work waits for a pause)
        # first: the fit's layout at the new width is kept (the lanes hold the same: the
        # world's chunks are kept, ``_lanes_generation``)
        self._invalidate(lanes=False)
        if self._auto_fit:
            # (breaks an edit kept stay: a pane shown beside the view is no Ctrl+0)
            stale, self._breaks_stale = self._breaks_stale, False
            # A drag's next resize (within FIT_WAYS_SETTLE_MS of the last one's end): room
            # the way last chosen only, then every way once the size settles.
            since = time.monotonic() - self._last_resize_fit
            self._fit_one_way = since < FIT_WAYS_SETTLE_MS / 1000
            try:
                self.fit_all(keep_rows=True)
            finally:
                self._fit_one_way = False
                self._last_resize_fit = time.monotonic()
            self._breaks_stale = stale
        else:
            # (the viewport's old width: the view's, less its frame and scroll bar)
            self._keep_selected_on_screen(
                event.oldSize().width() - (self.width() - self.viewport().width()))
            self._clamp_origin()
        self._update_scrollbars()
        self._step_on_after_resize(event.oldSize().width())
        self._fit_after_resize = FIT_AFTER_RESIZE and not self._auto_fit
        if self._paint_job is not None and self._paint_job.side:
            self._paint_job = None  # a view beside, or Fit All's, at the size before
        self.view_changed.emit()  # a wider or narrower view shows other days (status bar)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position()
        if event.button() == Qt.MouseButton.LeftButton and AXIS_HEIGHT <= pos.y() < LANES_TOP:
            self._strip_press(pos.x())
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and pos.y() >= LANES_TOP:
            self.setFocus(Qt.FocusReason.MouseFocusReason)  # so that Esc reaches the drag
            hit = self._hit(pos)
            modifiers = event.modifiers() & SELECT_MODIFIERS
            if isinstance(hit, _Item) and modifiers:
                self._click_with_modifiers(
                    hit.event_id, bool(modifiers & Qt.KeyboardModifier.ShiftModifier))
                event.accept()
                return
            if modifiers and hit is None and self._break_at(pos.x()) is None:
                # Ctrl/Shift-drag on empty space selects; a plain drag there scrolls.
                self._band = _RubberBand(pos, pos, self._selection.event_ids)
                event.accept()
                return
            # A selected event moves (as in The Timeline Project), and so does one
            # pressed on its marker (its diamond or bar), selected as the drag ends: the
            # guide's "drag an event to move its date" panned the view until a click had
            # selected it (verify80 F11).  A plain drag on a title not selected scrolls,
            # as on empty space, and a click selects it (new-user trial 8: scrolling a
            # crowded view moved an event's date).
            content_y = pos.y() - self._content_offset()
            if (isinstance(hit, _Item) and hit.event_id in self._document.timeline
                    and (hit.event_id in self._selected_ids
                         or self._on_marker(hit, pos.x(), content_y))
                    and not isinstance(hit, EraLabel)):  # (an era moves in the editor)
                # (the end of a span stretches once it is selected, as its cursor shows)
                mode = (self._grab_mode(hit, pos.x(), content_y)
                        if hit.event_id in self._selected_ids else "move")
                selected = self._selection.event_ids
                others = frozenset(selected) - {hit.event_id} if (
                    mode == "move" and hit.event_id in selected) else frozenset()
                self._event_drag = _EventDrag(
                    hit.event_id, mode, pos, self.day_at(pos.x()),
                    self._document.timeline.get(hit.event_id), hit.marker.center().y(),
                    others=others)
                event.accept()
                return
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_pos = event.position()
            self._press_origin = self._origin
            self._press_vscroll = self.verticalScrollBar().value()
            self._dragging = False
            self._drag_pace = None
            if pos.y() >= LANES_TOP:
                self._begin_pan()
            if pos.y() >= LANES_TOP and isinstance(self._hit(pos), _Item):
                event.accept()  # an event not selected: selected on release, unless dragged
                return
            if self._pinned_today_at(pos):
                event.accept()  # today's pinned badge: brings today into view on release
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position()
        self._pointer = QPointF(pos)
        if self._strip_drag is not None:
            self._strip_move(pos.x())
            return
        if self._event_drag is not None:
            self._drag_event_to(pos)
            return
        if self._band is not None:
            self._band.corner = pos
            self._band.ids = self._ids_in_band(self._band)
            self.viewport().update()
            return
        if self._press_pos is None and AXIS_HEIGHT <= pos.y() < LANES_TOP:
            self.viewport().setCursor(self._strip_cursor(pos.x()))
            if self._hover_id:
                self._update_items({self._hover_id})
                self._hover_id = ""
            return
        if self._press_pos is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = event.position() - self._press_pos
            if not self._dragging and delta.manhattanLength() >= QApplication.startDragDistance():
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            elif not self._dragging and self._pan is not None and not self._pan.warm:
                # Moving with the button held, not yet past the drag's threshold: a drag is
                # coming; the tiles under the view are painted while the app waits.
                self._pan.warm = True
                self._pan_timer.start()
            # The moves' pace from the first with the button held (``_pan_slice_ms``):
            # the slices painting beside the view before the drag passed its threshold
            # end before the next move is due too (the move passing it waited for one).
            now = time.perf_counter()
            pace = self._drag_pace
            self._drag_pace = (now, math.inf if pace is None else now - pace[0])
            if self._dragging:
                origin = self._press_origin - delta.x() / self._px_per_day
                pan = self._pan
                if pan is not None and self._pan_valid():
                    # On whole device pixels from where the gesture started: the
                    # stretch's picture is copied, never resampled.
                    step = 1.0 / (self._px_per_day * pan.ratio)
                    origin = pan.origin0 + round(
                        (self._clamped_origin(origin) - pan.origin0) / step) * step
                    # Only once the view moved: a drag against the end of where the view
                    # may go (Fit All) kept the frame at rest, not the pan's (verify10's
                    # finding 3).
                    pan.moved = pan.moved or origin != pan.origin0
                self._set_origin(origin)
                self.verticalScrollBar().setValue(int(self._press_vscroll - delta.y()))
                return
        hit = self._hit(event.position())
        hover = hit.event_id if isinstance(hit, _Item) else ""
        if hover != self._hover_id:
            self._update_items({hover, self._hover_id})
            self._hover_id = hover
        clickable = hit is not None or bool(self._lane_name_at(pos)) or (
            pos.y() >= LANES_TOP and self._break_at(pos.x()) is not None  # a break opens
        ) or self._pinned_today_at(pos)  # (brings today into view)
        cursor = Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        if (isinstance(hit, _Item) and hit.event_id in self._selected_ids
                and self._grab_mode(hit, pos.x(), pos.y() - self._content_offset()) == "end"):
            cursor = Qt.CursorShape.SizeHorCursor  # the end of a span: drag to change it
        self.viewport().setCursor(cursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self._strip_drag is not None:
            self._strip_drag = None
            self.viewport().setCursor(self._strip_cursor(event.position().x()))
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and self._event_drag is not None:
            self._finish_event_drag()
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and self._band is not None:
            self._finish_band()
            event.accept()
            return
        selected_on_release = False
        if event.button() == Qt.MouseButton.LeftButton and self._press_pos is not None:
            self._release_pan()  # the view laid out for its own edges again, in slices
            if not self._dragging:
                hit = self._hit(event.position())
                if isinstance(hit, _Aggregate):
                    self._zoom_into(hit)
                elif isinstance(hit, _Item):  # not selected at the press: a click selects it
                    self._anchor_id = hit.event_id
                    self.select_event(hit.event_id)
                    selected_on_release = True
                elif isinstance(hit, _Indicator):
                    self.select_event(hit.event_id or None)
                elif self._today_badge_click(event.position()):
                    selected_on_release = True  # (today brought into view; accepted)
                elif category := self._lane_name_at(event.position()):
                    # The timeline has the focus (the press gave it) and the selection
                    # stays: hiding the lane is the legend's and the name's right-click
                    # menu's, never one stray click (verify59 F15)
                    self.lane_name_clicked.emit(category)
                elif (brk := self._break_at(event.position().x())) is not None:
                    self.go_to_days(brk.empty_first, brk.empty_last)  # open the break
                else:
                    self.select_event(None)
            self._press_pos = None
            self._dragging = False
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            if selected_on_release:
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and event.position().y() >= AXIS_HEIGHT:
            hit = self._hit(event.position())
            if isinstance(hit, _Item):
                self.event_activated.emit(hit.event_id)
            elif self._lanes_by == "category" and (
                    category := self._lane_name_at(event.position())):
                self.lane_name_activated.emit(category)
            elif hit is None:
                self.background_activated.emit(self.day_at(event.position().x()))
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        # Another window took over mid-drag (Alt+Tab): the release may never come, so the
        # drag ends here without a change rather than scrolling on by itself.
        if self._event_drag is not None or self._band is not None:
            self.cancel_drag()
        super().focusOutEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        self._pointer = None
        if self._hover_id:
            self._update_items({self._hover_id})
            self._hover_id = ""
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        modifiers = event.modifiers()
        angle = event.angleDelta()
        pixels = event.pixelDelta()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            steps = angle.y() / 120.0 if angle.y() else pixels.y() / 50.0
            # A wheel's notch and a touchpad's scroll alike (``zoom_by_input``).
            self.zoom_by_input(WHEEL_NOTCH ** steps, event.position().x())
            if pixels.isNull():  # a wheel's notch
                self._expect_again()
        else:
            # Touchpads report pixels; wheels report eighths of a degree (120 a notch).
            if not pixels.isNull():
                dx, dy = float(pixels.x()), float(pixels.y())
            else:
                dx, dy = angle.x() / 120.0 * 60, angle.y() / 120.0 * 60
            bar = self.verticalScrollBar()
            over_lanes = event.position().y() >= LANES_TOP
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                # Shift+wheel scrolls time; Qt may already have swapped the axes.
                self._pan_pixels(-(dy if dy else dx))
                if pixels.isNull():  # a wheel's notch
                    self._expect_again()
            elif abs(dx) > abs(dy):  # a sideways touchpad swipe or tilt wheel: time
                self._pan_pixels(-dx)
            elif over_lanes and bar.maximum() > 0:
                # Lanes taller than the view: the wheel scrolls them, as in any list.
                bar.setValue(int(bar.value() - dy))
            else:
                self._pan_pixels(-dy)
        self._pointer = QPointF(event.position())
        self._hover_what_is_under_the_pointer()
        event.accept()

    def _pinched(self, event: QNativeGestureEvent) -> bool:
        """A touchpad's or touch screen's pinch (``Qt.ZoomNativeGesture``, sent to the
        viewport): zoom by ``1 + value()`` (Qt's scale delta since the gesture's last
        event) about the gesture's x, armed as a user's zoom (``zoom_by_input``).  True
        when handled (the event accepted); other native gestures are left to Qt."""
        if event.gestureType() != Qt.NativeGestureType.ZoomNativeGesture:
            return False
        factor = 1.0 + event.value()
        if factor > 0 and factor != 1.0:
            self.zoom_by_input(factor, event.position().x())
        self._pointer = QPointF(event.position())
        self._hover_what_is_under_the_pointer()
        event.accept()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        width = self.viewport().width()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and ctrl and not shift:
            self.nudge_selection(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and shift and ctrl:
            # Ctrl+Shift+← / →: an eighth of the view (Shift alone did this until
            # edit46; it now extends the selection, as in a list)
            self._pan_pixels((-1 if key == Qt.Key.Key_Left else 1) * width / 8)
            self._expect_again()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and shift:
            self.extend_selection(-1 if key == Qt.Key.Key_Left else 1)
        elif key == Qt.Key.Key_Right:
            self.step_selection(+1)
        elif key == Qt.Key.Key_Left:
            self.step_selection(-1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            from timeline_app.core.query import era_kind, step

            timeline = self._document.timeline
            way = +1 if key == Qt.Key.Key_Home else -1
            # the first or last event, not an era (an era only in a timeline of eras)
            found = (step(timeline, "", way, hidden=self._hidden, kind=era_kind(timeline, False))
                     or step(timeline, "", way, hidden=self._hidden))
            if found is not None:
                self.select_event(found)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + (-ROW_HEIGHT if key == Qt.Key.Key_Up else ROW_HEIGHT))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._pan_pixels((-1 if key == Qt.Key.Key_PageUp else 1) * width * 0.9)
            self._expect_again()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by_input(1.5)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by_input(1 / 1.5)
        elif key == Qt.Key.Key_Escape:
            if self._event_drag is not None or self._band is not None:
                self.cancel_drag()  # the event stays where it was: nothing to undo
            elif self.escape_cancels is None or not self.escape_cancels():
                self.select_event(None)
        else:
            super().keyPressEvent(event)
            return
        self._hover_what_is_under_the_pointer()
        event.accept()

    # PySide binds a method found in a QObject's own class's dict at once; one found in
    # a base (a mixin) goes through its slower lookup (the generic one, then its checks
    # for signals and properties): a held key's steps cost 1.5 % more instructions
    # (tools/split_view.py).  Each mixin's methods are in the class's own dict too, put
    # in its namespace here rather than set on the class once made: 337 ``setattr`` on a
    # PySide class cost ~1.7 M instructions of every start-up more (issue 11, session 46).
    # (``locals()`` of a class body is its namespace.)
    locals().update({name: method for mixin in (
        FitMixin, LayoutMixin, PaintMixin, AxisMixin, PicturesMixin, PanMixin, InputMixin,
        DatesMixin, RevealAheadMixin, KeptRideMixin)
        for name, method in vars(mixin).items() if not name.startswith("__")})


def _starts_array_with(array: Any, index: int, start: int | None = None) -> Any:
    """A lane's ``_starts_array`` (numpy float64, or None: made when first needed) after
    ``start`` was put in at ``index`` of its starts (None: the start at ``index`` taken
    out): a copy of the array with the one entry moved, where ``np.asarray`` of the
    starts was ~10 ms a lane of 125 000 events at the next paint (Clear Filters after an
    edit at 1 000 000 events; session 61, scale64)."""
    if array is None:
        return None
    import numpy as np

    if start is None:
        return np.delete(array, index)
    return np.insert(array, index, float(start))
