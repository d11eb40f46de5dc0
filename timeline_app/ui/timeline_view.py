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
import gc
import itertools
import math
import operator
import os
import sys
import time
import weakref
from collections import Counter
from collections.abc import Callable, Generator, Hashable, Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QLineF, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintEngine,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QStaticText,
)
from PySide6.QtWidgets import QAbstractSlider, QApplication, QScrollBar, QToolTip, QWidget

from timeline_app.core import Event, FuzzyDate, Timeline, dates
from timeline_app.core.dates import MONTH_NAMES, Precision
from timeline_app.core.model import EventStore, LazyEvents, event_ids
from timeline_app.document import Document, dates_in_words
from timeline_app.records import Record
from timeline_app.selection import EventSelection
from timeline_app.ui import lazy_html as html  # html.escape; the package on first use
from timeline_app.ui.axis import AxisTicks, Tick, axis_ticks
from timeline_app.ui.chunk_packing import WorldLane, world_place
from timeline_app.ui.dragging import DragMode, dragged_event, nudged_event
from timeline_app.ui.idle_gc import note_frame
from timeline_app.ui.label_chips import LabelChips
from timeline_app.ui.layout import (
    BADGE_ROOM_AFTER,
    BADGE_ROOM_BEFORE,
    BADGE_ROW_EVENTS,
    CLUSTER_REACH,
    ELLIPSIS,
    ITEM_GAP,
    LABEL_GAP,
    POINT_RADIUS,
    SPAN_LABEL_PAD,
    Cluster,
    LaneItem,
    LanePacking,
    Placement,
    elide_words,
    pack_lane,
)
from timeline_app.ui.overview import StripMap, density, press_mode
from timeline_app.ui.rounded_pieces import RoundedPieces, RoundedStyle
from timeline_app.ui.safe_text import display_title, tooltip_text
from timeline_app.ui.scale import (
    LINEAR,
    MAX_DAY,
    MIN_DAY,
    Break,
    Scale,
    Viewport,
    covered_intervals,
    day_number,
    event_days,
    find_breaks,
    gap_words,
    month_words,
    ymd_of_day,
)
from timeline_app.ui.scroll_area import PythonViewportScrollArea
from timeline_app.ui.style import (
    category_color,
    category_label,
    dim_text_color,
    is_dark_palette,
    lane_key,
    name_color,
    name_slots,
)
from timeline_app.ui.theme import hatch_colors, span_fill, swatch_edge, visible_edge

if TYPE_CHECKING:  # only annotations: importing them costs start-up time (lazy Qt types)
    import numpy as np
    import numpy.typing as npt
    from PySide6.QtGui import (
        QBrush,
        QFocusEvent,
        QImage,
        QKeyEvent,
        QMouseEvent,
        QPaintEvent,
        QResizeEvent,
        QWheelEvent,
    )

    from timeline_app.ui.date_mark import DateMark

AXIS_HEIGHT = 62
MARKER_ROW_TOP = 44  # the article-date badges sit under the tick labels
OVERVIEW_HEIGHT = 22  # the overview strip, between the axis and the lanes
LANES_TOP = AXIS_HEIGHT + OVERVIEW_HEIGHT
OVERVIEW_BIN_PX = 2
LANE_HEADER = 20
ROW_HEIGHT = 26
# Half the height of a label's background (``_label_background``): the row's, less 2 px
# each side, so that a column of labels leaves the lines they cover a short dash between
# rows (stacked labels still read as separate).
LABEL_BACKGROUND_HALF = ROW_HEIGHT / 2 - 2
#: The odd lanes' band: (colour laid over the base, alpha of 255), light and dark theme.
LANE_SHADE: tuple[tuple[str, int], tuple[str, int]] = (("#000000", 10), ("#FFFFFF", 14))
LANE_PAD = 6
MAX_ROWS = 6
DENSITY_HEIGHT = 56
# A taller view gives each lane its share of the height (``TimelineView._lane_room``): more
# rows before a "+N" badge, taller density bars, up to these (a 2560x1440 window left half
# its height empty under a crowded timeline's lanes: trial).  48 rows: a busy lane alone
# in a 1440 px window, its rows also deciding when it is a density (``_dense_limit``;
# at 24, a year of 300 meetings at 1600 px stayed a histogram: trial 7).
MAX_ROWS_TALL = 48
MAX_DENSITY_HEIGHT = 160
DENSITY_BIN_PX = 6
MIN_MATCH_PX = 2.0  # the least height of Find's matches in a density bar (px)
MAX_LABEL_PX = 560.0  # a title longer than this is elided even when there is room
MIN_LABEL_PX = 150.0  # a crowded label is shortened to this before it joins a "+N" badge
# What a readable item takes of a row (px): a diamond and the gap to its label, a title
# shortened to no less than MIN_LABEL_PX, the gap to the next item (``_dense_limit``).
READABLE_ITEM_PX = POINT_RADIUS + LABEL_GAP + MIN_LABEL_PX + ITEM_GAP
# Of the sum of a title's words' widths: a bound below the title's width (see
# ``_least_label_width``).
LEAST_WIDTH_SHARE = 0.97
# Lower bounds of titles' widths remembered by event (``_least_label_width``): asked 2-3
# times a layout for each event packing leaves unmeasured, and again by every layout of a
# view near it (~470 a cold fit-all of 1 000 events at 2560x1440); ~100 bytes each.
LEAST_WIDTHS_KEPT = 50_000
MIN_DAYS_SHOWN = 1.0  # the finest zoom: one day across the window
#: The coarsest zoom shows the data and this much of its length again (half on each side).
ZOOM_OUT_MARGIN = 1.0
MIN_UNITS_SHOWN_OUT = 60.0  # ... but at least two months, for a timeline of one day
DENSE_POSSIBLE_EVENTS = 500  # from this many events on, numpy is imported with the lanes
FREEZE_AFTER_EVENTS = 20_000  # lanes of this many events are frozen out of the collector
ARTICLE_LINE_PX = 4  # the width of the picture an article's dashed line is copied from
MANY_ARTICLES = 200  # from this many article dates on, they are placed with numpy
FEW_ARTICLE_LINES = 24  # up to this many lines on screen are copied one by one
#: ... except in the lanes' backdrop (``_paint_backdrop``), whose tiled fill of the whole
#: lanes' area is paid anyway: from this many lines on, one stripe of them goes into its
#: tiles (24 lines copied one by one were ~0.9 ms of a 2560x1440 pan, the stripe ~0.3;
#: issue 11, session 14).  Not in a pan's tiles (their lines, ``_article_lines_override``,
#: may lie beyond the viewport's width, the stripe's).
BACKDROP_ARTICLE_LINES = 1
#: Article lines closer than this on average (px) are not drawn across the lanes: at
#: fit-all a timeline of thousands of articles made the lanes one red wall (a new user's
#: screenshot of 100 000 events).  The badges in the axis still mark them.
CROWDED_ARTICLE_PX = 8
#: An article line with at least this many lines (itself among them) within a badge's
#: spacing (``_thinned_article_columns``) either side is *crowded*: the badges there are
#: chosen from the world, not by the axis's greedy row from the view's left edge.  Three
#: (new-user trial 8's pair and one more) keep the greedy row's badges, each moved aside
#: or short ("14 Oct 2024", "22 Mar 2025 +1"), where the world's cells named one.
CROWDED_ARTICLE_LINES = 4
#: The cells crowded article lines are chosen from are this much wider than the badges'
#: spacing: the first line of a cell then stands a spacing from the last cell's unless
#: that one began this far into its cell (then the cell has no badge).
ARTICLE_CELL_EXTRA_PX = 24
AXIS_ZIGZAG_CLEARANCE = 6.0  # px between axis text and a break's zig-zag edge (±3 px)
# A gap's unit as a narrow band says it under its number ("≈ 57" over "yrs").
_SHORT_GAP_UNITS = {"years": "yrs", "year": "yr", "months": "mo", "days": "d", "day": "d"}
# A break narrower than this is a "≈" band; wider, it has ticks (the default timeline's
# gap, 205 px at fit-all in a 2560 px window, is a plain band with its length).
BREAK_TICKS_PX = 240.0
FIT_MARGIN_LEFT = 40.0
FIT_LABELS_LOOKED_AT = 32  # per lane, before a band (``TimelineView._fit_margin_left``)
FIT_LOSS_MAX_EVENTS = 200  # per lane, looked at by ``TimelineView._fit_label_loss``
# At most this share of the width goes to labels left of the first band.
FIT_LABEL_SHARE = 0.4
# A "+N" badge's tooltip names at most this many of its events, each title cut to this
# many characters (``TimelineView._tooltip_for``).
BADGE_TIP_TITLES = 6
BADGE_TIP_CHARS = 90
# What a gap's length ("≈ 57 years") left out of its band for want of room counts as, in
# px of titles not shown (``TimelineView._fit_margin_left``): as much as a title cut to
# nothing past ``MIN_LABEL_PX``.
FIT_GAP_LENGTH_WORTH = 150.0
# Fit All's room after a stretch between gaps' bands is for its titles whole, shortened
# to ``MIN_LABEL_PX`` or none, whichever loses the fewest px of titles
# (``TimelineView._fit_room``): tried per stretch with at most this many bands, and kept
# when it saves more than ``FIT_ROOM_LOSS_STEP`` px.
FIT_ROOM_TITLE_CAPS = (MAX_LABEL_PX, MIN_LABEL_PX, MIN_LABEL_PX / 2, 0.0)
# A title shown narrower than this counts as lost and worse in that choice ("So…").
FIT_ROOM_LEAST_SHOWN = 50.0
FIT_ROOM_CHOICE_BANDS = 6
# Rounds at most of ``TimelineView._settle_fit_room`` (the scale depends on the room): 3
# left the 1965 treaty's room 20 px short beside a 1990s event at 1271 px (verify19 F4).
FIT_ROOM_ROUNDS = 8
# The ways ``TimelineView._fit_room`` may make room between bands, each laid out by Fit
# All and the one showing the most titles whole kept (fit19, verify19 F4): (the room
# after the data, ``_fit_room_right``, counted in the stretches' scale and in the loss
# that chooses their room, and in their share ``FIT_LABEL_SHARE`` too).  The first is
# session 16's (counted nowhere), kept on a tie.  (True, True) is not tried: on trial
# 11's timeline at 874 px the estimate chose it and the frame left the 1976 title out.
FIT_ROOM_WAYS: tuple[tuple[bool, bool], ...] = ((False, False), (True, False))
# Trying every way costs 8-15x one Fit All between bands (fit19: 77-186 ms of CPU at load
# 11): a resize that follows another within this long (a window's edge dragged) makes
# room only the way Fit All last chose, and every way is tried once the size has stayed
# this long.
FIT_WAYS_SETTLE_MS = 200
FIT_ROOM_LOSS_STEP = 0.5
# Fit All's room after the last stretch (``TimelineView._fit_room_right``) shrinks every
# other stretch: kept only when the packing's estimate (rows fixed at ``MAX_ROWS``, the
# same at every view height) shows at least a whole shortened title's px more titles.
# Trial 12's India-China timeline gains ~250 px (all five 2026 titles whole); the default
# timeline's estimated gains (<= 116 px, views 603-879 px wide) were not real: at
# 1024x700 the frame cut one more title and the gap band lost its "≈ 57 / yrs".
FIT_ROOM_RIGHT_GAIN = MIN_LABEL_PX
# ... and at least this share of the px of titles the view loses without it: a crowded
# view loses most of its titles either way, and room that shows a few more of them is
# empty axis after the data (verify38 F8, the sparse case: 193 events of 1947-2030
# filtered from 5 000 were shown to 2100, 44 % of the width, to save 4 % of the titles'
# px lost; trial 12's India-China timeline saves most of them).
FIT_ROOM_RIGHT_SAVED = 0.2
# The px an event of the stretch after the last gap's band is given at least by the way
# of room Fit All keeps; each it lacks counts as that many titles cut over this
# (``TimelineView._fit_crowding``, verify30 fault 6).
FIT_EVENT_PX = 16.0
PICTURE_IDLE_MS = 150  # a new view on screen this long: its frame picture is made
AHEAD_KEPT_MS = 1000  # a picture painted ahead is dropped this long after the last one
# Work done while the app waits (a step painted ahead, the picture of a view that stayed)
# is cut into slices of about this much of the GUI thread's time, each from a 0 ms timer,
# so that an input arriving meanwhile waits for one slice, not for a whole paint (issue
# 11: a paint is 10-40 ms at 2560x1440, a key repeats every 33 ms).
IDLE_SLICE_MS = 5.0
# A drag whose moves come at least this often (s: 20 a second; a mouse reports 60-125)
# is moving: a slice of the pan's work ends before its next move is due
# (``TimelineView._pan_slice_ms``).
DRAG_PACE_S = 0.05
# A drag heading for its stretch's end: a slice of the pan's work may run up to this long
# (ms of the GUI thread) when what is left to do before the view leaves the stretch (the
# next stretch's layout, this one's tiles up to its end), shared among the moves left
# before it leaves, asks for more than the time before the next move
# (``TimelineView._pan_catch_up_ms``).  Left to the frame that takes the next stretch,
# that work was a frame of 47-75 ms every 8 pans at 100 000 events and 2560x1440
# (issue 11, session 21's pan_copy_strip.py).
PAN_CATCH_UP_MS = 20.0
# The lanes' rows of a picture painted in slices are cut into this many bands: each band
# pays the fixed cost of a paint (the backdrop's tiles, the article lines' stripe: 1-2 ms
# at 1600x900), so a few, not one per lane or per few rows.
BANDS_PER_PICTURE = 2
# ... and no band is taller than this many pixels of the view's width allow (rows x width),
# so that a tall, wide view is cut into more: a band of half of 2560x1440 (870 rows) was
# an 8-9 ms slice, over the ~8 ms an input may wait (issue 11, session 9); at 1600x900
# half the lanes' rows is within it (two bands, as before).
BAND_PIXELS = 700_000
# ... but a picture painted ahead in slices (a step of a held key, a view that stayed)
# has bands of up to this many: at 2560x1440 three bands of ~430 rows, not five of 273.
# Each band pays a paint's fixed cost and walks the layout's items for its cut
# (``_band_cost_bottom``): callgrind of 16 held Shift+Right steps at 2560x1440 with 100 000
# events, beside main (five bands): a year 1 690 M instructions against 1 512-1 563 M
# (-7.5 to -10.5 %), a month 1 341 M against 1 251 M (-6.7 %) (``key_steps_cg.py``, the
# slices' clock budget lifted; session 31).  The slice's budget still cuts a band where its rows
# cost more than ``IDLE_SLICE_MS`` when last painted (``_budget_bottom``); a pan's tiles
# keep ``BAND_PIXELS``.  At 1600x900 the lanes are two bands either way.
AHEAD_BAND_PIXELS = 1_100_000
# A layout made in slices (``TimelineView._layout_steps``) may stop between lanes and,
# in a lane, after every this many labels made (each ~15-40 us: a title measured and
# elided), so that a crowded lane does not hold a slice for 10-20 ms.
LAYOUT_ITEMS_PER_STEP = 32
MIN_BAND_ROWS = 16
# What a band of lanes painted ahead may hold besides a paint's fixed cost, in GUI-thread
# microseconds, by what its items cost to draw (``TimelineView._band_cost_bottom``):
# a marker and its label ~20 us, a "+N" badge ~15 us, a dense lane's image ~300 us, and a
# circa span's dashed outline ~1.3 us a pixel of it on screen (Qt strokes and fills every
# dash: 3.4 ms for a span across 2560 px).  A band of two long circa spans was one 13-15
# ms slice at 1 000 000 events and 2560x1440 (issue 11: a held Shift+arrow waited for it).
BAND_CONTENT_US = 3000.0
ITEM_US = 20.0
BADGE_US = 15.0
DENSE_LANE_US = 300.0
DASHED_US_PER_PX = 1.3
# A circa span's rounded rectangle: corner radius (logical px).  A span whose ends are
# outside the clip by DASH_TILE_MARGIN px more is outlined by tiling DASH_TILE_PERIODS
# periods of its dashes (``TimelineView._paint_circa_across``); Qt draws a dashed edge
# of more than DASH_REPETITION_LIMIT periods solid (qstroker.cpp, ``repetitionLimit``:
# 10 000, measured at 1.2 px: solid from 72 008 px), so those are left to it.
SPAN_RADIUS = 4
SPAN_HEIGHT = 18  # a span's marker (``_layout_steps``), drawn from pieces at this height
DASH_TILE_MARGIN = 4
DASH_TILE_PERIODS = 5
DASH_REPETITION_LIMIT = 9999
# A zoom notch whose anchor is this close to the last notch's (same factor, from where that
# notch left the view) is zoomed about the last one's anchor exactly: an anchor recomputed
# from a day's x after a notch (a selected event's marker, a day kept under the pointer)
# drifts by float rounding (~1e-7 px), which made every notch miss the step painted ahead.
ANCHOR_SNAP_PX = 1e-3
#: A lane's mode at a zoom level stays while its events on screen are within this factor
#: of the limit (``TimelineView._lane_on_screen``).
DENSE_HYSTERESIS = 2
# A move that comes back to within this many pixels of the view before the last move
# (at every x on screen) is made to come back to that view exactly (``_snapped_back``).
TURN_SNAP_PX = 1e-3
WHEEL_NOTCH = 1.25  # the zoom of one Ctrl+wheel notch
# A zoom notch of a run (a wheel spun, a zoom key, the same notch again) whose picture is
# not made yet shows a picture of a view before it stretched about the anchor, as maps
# do, while its own picture is painted in slices (``TimelineView._zoom_preview``): a
# whole paint is 10-25 ms at 2560x1440, the stretched copy 2-3 ms (issue 11).  Only from
# a picture within this stretch (1.25 ** 7 = 4.8: a picture up to seven notches old, the
# notches a picture takes at 2560x1440 when notches come back to back; session 9 had 4,
# six notches, and every seventh notch of such a run was painted whole, 20-30 ms); else
# the notch is painted, into a picture that the next notches stretch.
PREVIEW_MAX_STRETCH = 5.0
# The view's own picture replaces the stretched one at most this long after it (else a
# frame finishes it): the true picture within ~150 ms of the last notch.
PREVIEW_KEPT_MS = 120
# Notches that come back to back (one slice of work between them, as in a fast wheel
# spin or ``bench_view``'s run) outpace the view's own picture: at 2560x1440 a picture is
# 7-8 slices, so the picture of the notch it began at was done 7-8 notches later, and
# the next notches went past ``PREVIEW_MAX_STRETCH`` from it and were painted whole
# (~30 ms).  Then the next picture is of the view the run reaches about when it is done,
# by the count of notches the last one took (``TimelineView._preview_job_for``), at
# most this many notches ahead: the run meets it (its frame a copy of it) and the
# notches between stretch a picture at most about that many notches old.  A run that
# pauses (a slice without a notch before it) or turns drops it for the view on screen
# (issue 11, session 10).
PREVIEW_AHEAD_MAX = 12
# Pictures of views beside a view that stays (``_prepare_sides``): the two Shift+arrow
# steps and, about a resting pointer, a wheel notch in and out.  Up to four pictures of
# the view's own size within 44 MiB, never fewer than the two steps: four at 1600x900,
# three at 2560x1440 (15 MB a picture: 64 MiB held four, and the app in use with
# 100 000 events open measured 319 MiB against issue 11's 300; the step left out is the
# other kind of move than the last, see _prepare_sides).  A cap of 40 MiB left out both
# notches there, where a straight notch costs most (30 ms at 100 000 events); four at
# two device pixels a pixel would be 236 MB there.
SIDE_PICTURES = 4
SIDE_PICTURES_BYTES = 44 << 20
# Beside them, within the same bytes and never instead of one of them, while the view is
# not at Fit All and its lanes are scrolled to the top: a picture of the view Fit All
# would show (``_fit_view``; five pictures at 1600x900, and at 2560x1440 three with the
# two pan steps when no pointer rests over the view: with the pointer's notches too it
# would be 303.9 MiB in use at a year with 100 000 events, against 289.8 and issue 11's
# 300).  Fit All at a size never fitted at was a cold view, laid out and painted in its
# frame (19-29 ms of CPU at 2560x1440, issue 11); made once per size and content, it is
# kept while the view moves (its key holds no origin of the view on screen).
#: After the viewport's size changes, Fit All's view at the new size is painted first of
#: the work done while the app waits (``_paint_fit_after_resize``), not last after the
#: view's own picture and its steps' PICTURE_IDLE_MS later: a Fit All pressed right after
#: a resize (the window maximised) was a cold view of 22-35 ms at 2560x1440 (issue 11).
FIT_AFTER_RESIZE = True
#: For this long after a resize (ms), Fit All's picture painted at the new size
#: (``_paint_fit_after_resize``) keeps its place at rest, instead of the last of the views
#: beside (``_prepare_sides``: the pointer resting over a 2560x1440 view asks for three
#: pictures, which fill ``SIDE_PICTURES_BYTES``): a window maximised, then Fit All
#: pressed, copies it.  Then the rule is applied again (``_end_fit_hold``): the third
#: view beside is painted, Fit All's picture is dropped (the same bytes throughout).
#: Before (session 13), the picture made first after a resize was dropped about
#: PICTURE_IDLE_MS after it, once the view's own picture was made, and a Fit All 0.2-0.4
#: s after the resize was a cold view of 20-35 ms of CPU at 2560x1440 (issue 11).
FIT_AFTER_RESIZE_KEPT_MS = 3000
#: Qt's raster engine fills on the GUI thread alone, not in its GUI thread pool
#: (``QT_NO_GUI_THREADPOOL``, set when a view is made: Qt reads it once, at its first
#: fill of more than 95 rows, which comes after the first view is made, at its first
#: paint).  With the pool, such a fill was cut into tasks of 64 rows, each started on
#: the pool and waited for; a thin tall fill paid that for little work: the vertical
#: scroll bar at 1440 px, repainted when Fit All changes its range after a resize, cost
#: 300-750 context switches and a 4-9 ms wait of the GUI thread on a loaded machine
#: (1.1 ms of CPU on an idle one, 0.34 on one thread), the rest of that frame being a
#: copy (issue 11, benchmarks/README.md, session 13, ``fit14b``).  The same pixels (the
#: same fill functions, in one piece).  False: Qt's default.
FILLS_ON_GUI_THREAD = True
#: A pan gesture (a mouse drag) reuses the pixels of a stretch painted once (``_Pan``);
#: False: every frame of a drag is a new view laid out for its own edges.
PAN_REUSE = True
#: A drag's release shows the pan's picture (a copy) and makes the view's own picture,
#: laid out for its edges, in slices while the app waits (``_release_pan``); False: the
#: release lays the view out and paints it whole in its own frame, as before session 13.
PAN_RELEASE_IN_SLICES = True
#: A press's stretch takes the tiles under the view that lie wholly inside the lanes'
#: content of the view's picture at rest (clear of every lane's name, swatch and
#: "◀ N" / "N ▶") from that picture, a copy, instead of painting them
#: (``TimelineView._copy_rest_tiles``): the stretch keeps every item of the view where
#: it was (``_pinned_stretch``), so those pixels are the tiles' own.  Painted, the five
#: tiles under a 2560x1440 view were 35-50 ms of CPU at 100 000 events, the slices of
#: which the drag's first moves waited for (issue 11, session 14, ``pan15``).  False:
#: every tile painted, as before.
PAN_REST_TILES = True
PAN_TILES_EACH_SIDE = 4  # the stretch: up to 4 tiles of a quarter view each side of it
PAN_CANVAS_BYTES = 8 << 20  # the canvas a pan's tiles are painted in, at most (``_Pan``)
PAN_PAD_PX = 4 * DENSITY_BIN_PX  # the canvas's margin each side of the tiles it paints
#: The first band of a pan's tiles painted while the app waits, rows; the next ones are
#: as tall as the last band's cost per row allows in ``IDLE_SLICE_MS``.
PAN_FIRST_BAND_ROWS = 128
# The tiles under the view a press's slice paints, at most (their pixels' bytes; at least
# one): one tile at 2560x1440 (5-8 ms at 100 000 events), two at 1600x900.  A whole group
# of two was 10-19 ms, which the move passing the drag's threshold waited for; one tile a
# slice at 1600x900 (groups of four) cost more in all than the slices saved (issue 11,
# session 12).
PRESS_SLICE_BYTES = 4 << 20
# The tiles a slice copies while the app waits, at most (their pixels' bytes; at least
# one): from the view's picture at rest (``_copy_rest_tiles``) or the stretch a drag
# leaves (``_copy_stretch_tiles``).  A new picture's pages are written as it is copied
# into, ~0.4 ms a MiB: the whole view's tiles in one slice were 16-22 ms at 2560x1440,
# which a drag's move waited for (session 27, fix40).  One tile at 2560x1440.
COPY_SLICE_BYTES = 4 << 20
LAYOUTS_KEPT = 8  # layouts of the last views kept: a view shown again (zoomed back to) reuses one
FIT_MARGIN_RIGHT = 40.0  # labels that would be cut flip to the left of their marker
# An event changed off screen is scrolled to at the zoom it is seen at when it takes at
# most this share of the width, else the view zooms out (``TimelineView.show_event``).
FOLLOW_SHARE = 0.8
# Narrower right margins Fit All tries after a gap's band when the titles lose less
# (``TimelineView._fit_narrower_right``): the last marker still clear of the edge.
FIT_MARGIN_RIGHT_NARROWER = (32.0, 24.0, 16.0, 8.0)
ZOOM_KEEP_MARGIN_PX = 24.0  # a zoom brings the selected event at least this far inside


# Parts of a lane's ``(event, start, end)`` on screen, for C-level maps over many of them.
_EVENT, _START, _END = operator.itemgetter(0), operator.itemgetter(1), operator.itemgetter(2)
# Every colour role of a palette (not NoRole): the frame picture's key holds their colours
# in the current colour group.
_PAINTED_ROLES = tuple(role for role in QPalette.ColorRole
                       if role not in (QPalette.ColorRole.NoRole, QPalette.ColorRole.NColorRoles))
_EVENT_ID = operator.attrgetter("id")
_ITEM_ID = operator.attrgetter("event_id")
_EVENT_CATEGORY = operator.attrgetter("category")
_LANE_ITEM_X0 = operator.attrgetter("x0")
_LANE_ITEM_KEY = operator.attrgetter("key")
_CLUSTER_X0 = operator.attrgetter("x0")
_FIRST = operator.itemgetter(0)
_CONTEXT_START, _CONTEXT_INDEX = operator.itemgetter(0), operator.itemgetter(1)  # (start, index)

# Events are bucketed by how many days they cover, so that finding the ones that overlap
# a window only looks back as far as the bucket's longest event: a few multi-year spans
# must not make a 14-day window scan four years of single days.
_BUCKET_LIMITS = (1, 31, 123, 366, 1 << 30)


# The records below are written out rather than ``@dataclass``es: defining 13 dataclasses
# cost ~4 ms of the start-up (see ``timeline_app/records.py``).


class _Bucket(Record):
    """Events of one lane and one length class, sorted by start, as plain day numbers."""

    _fields = ("events", "starts", "ends", "max_days")
    events: list[Event]
    starts: list[int]
    ends: list[int]  # exclusive
    max_days: int

    def __init__(self, events: list[Event] | None = None, starts: list[int] | None = None,
                 ends: list[int] | None = None, max_days: int = 1) -> None:
        self.events = [] if events is None else events
        self.starts = [] if starts is None else starts
        self.ends = [] if ends is None else ends
        self.max_days = max_days

    def overlapping(self, first: float, last: float) -> range:
        """Indices of events that may overlap ``[first, last]`` (a superset, by bisection)."""
        lo = bisect.bisect_left(self.starts, math.floor(first) - self.max_days)
        hi = bisect.bisect_right(self.starts, math.ceil(last))
        return range(lo, hi)


class _Lane(Record):
    """Events of one category, in length buckets, plus all start days for density counts."""

    _fields = ("category", "buckets", "starts", "events", "_starts_array")
    category: str
    buckets: list[_Bucket]
    starts: list[int]
    events: list[Event]  # in date order, beside ``starts``
    # ``starts`` as a float64 numpy array for density counts; None after ``starts`` changed.
    _starts_array: object

    def __init__(self, category: str, buckets: list[_Bucket] | None = None,
                 starts: list[int] | None = None, events: list[Event] | None = None,
                 _starts_array: object = None) -> None:
        self.category = category
        self.buckets = [_Bucket() for _ in _BUCKET_LIMITS] if buckets is None else buckets
        self.starts = [] if starts is None else starts
        self.events = [] if events is None else events
        self._starts_array = _starts_array

    def starts_array(self) -> Any:
        """``starts`` as a numpy float64 array (made once per change of ``starts``)."""
        if self._starts_array is None:
            import numpy as np

            self._starts_array = np.asarray(self.starts, dtype=np.float64)
        return self._starts_array

    def add(self, event: Event, start: int, end: int) -> None:
        days = end - start
        bucket = self.buckets[bisect.bisect_left(_BUCKET_LIMITS, days)]
        bucket.events.append(event)
        bucket.starts.append(start)
        bucket.ends.append(end)
        bucket.max_days = max(bucket.max_days, days)
        self.starts.append(start)
        self.events.append(event)
        self._starts_array = None

    def hidden_beside(self, first: float, last: float, shown: set[str],
                      reaching_in: bool = False) -> tuple[int, str, int, str]:
        """Events wholly before ``first`` and after ``last``: ``(count before, nearest
        before, count after, nearest after)`` ("" for none).  By bisection; spans that
        started before ``first`` but reach into view are in ``shown`` and not counted
        (``reaching_in``: those whose end is after ``first``, whatever ``shown`` holds:
        a pan's frame, whose lanes were laid out for a wider stretch)."""
        before = bisect.bisect_left(self.starts, first)
        after = bisect.bisect_right(self.starts, last)
        nearest_after = _ids_of(self.events, after, after + 1)[0] if after < len(
            self.events) else ""
        if reaching_in:
            count_before, nearest_before = before, ""
            for index in range(before - 1, max(-1, before - 64), -1):
                event = self.events[index]
                if event_days(event)[1] > first:
                    count_before -= 1
                elif not nearest_before:
                    nearest_before = event.id
            return max(0, count_before), nearest_before, len(self.starts) - after, nearest_after
        if not shown:  # a density lane: nothing to look back for (5 lanes a frame at 100k)
            nearest_before = _ids_of(self.events, before - 1, before)[0] if before else ""
            return before, nearest_before, len(self.starts) - after, nearest_after
        count_before, nearest_before = before, ""
        # Spans that started earlier but reach into view are few and near: look back a
        # bounded number of events for them, and for the nearest hidden one (the 63
        # before ``before``, nearest first; sliced, not indexed one by one).
        for event_id in reversed(_ids_of(self.events, max(0, before - 63), before)):
            if event_id in shown:
                count_before -= 1
            elif not nearest_before:
                nearest_before = event_id
        return max(0, count_before), nearest_before, len(self.starts) - after, nearest_after

    def visible(self, first: float, last: float, limit: int,
                wide_days: float = math.inf) -> list[tuple[Event, int, int]] | None:
        """``(event, start, end)`` of the events overlapping ``[first, last]``, or ``None``
        when there are more than ``limit`` of them (the lane is then drawn as a density),
        not counting spans longer than ``wide_days`` (days): the context of a view
        (``pack_lane`` gives them the rows left), never a reason for a density.  A lane
        of a year's and a month's spans (100 000 events: 183 meetings over one day in
        April 2009) stayed a histogram at a 1-day zoom with 1-6 events starting in
        view, titles and the selected event unread (new-user trial 10, finding 6)."""
        candidates = 0
        surely = 0  # those starting inside the window: visible whatever their length
        ranges = []
        for bucket in self.buckets:
            found = bucket.overlapping(first, last)
            candidates += len(found)
            if found:
                surely += found.stop - max(found.start,
                                           bisect.bisect_left(bucket.starts, first))
            ranges.append((bucket, found))
        if candidates > 4 * limit or surely > limit:  # too many: don't look at each
            return None
        # Each bucket's columns read once, not an attribute three times an event, and a
        # tuple made only for an event that ends after ``first`` (zipping the run made
        # one for each candidate: slower where most end before, a long bucket's at
        # 1 000 000 events): the same tuples in the same order (issue 11, layout15).
        visible: list[tuple[Event, int, int]] = []
        for bucket, found in ranges:
            if found:
                events, starts, ends = bucket.events, bucket.starts, bucket.ends
                if type(events) is LazyEvents:
                    # A lazily loaded lane: an event read once is written back into the
                    # bucket's items (``_read_in_place``), so that every later frame
                    # reads it from the list, not through ``LazyEvents.__getitem__`` and
                    # the store's ``event`` (two Python calls an event: ~900 events on
                    # screen a month pan at 100 000 events, issue 11).
                    items = events.items
                    visible += [(event if type(event := items[i]) is not int
                                 else _read_in_place(events, i), starts[i], ends[i])
                                for i in found if ends[i] > first]
                else:
                    visible += [(events[i], starts[i], ends[i]) for i in found
                                if ends[i] > first]
        if len(visible) <= limit:
            return visible
        if wide_days == math.inf:
            return None
        narrow = sum(1 for _event, start, end in visible if end - start <= wide_days)
        return None if narrow > limit else visible


def _rect_intersected(one: tuple[float, float, float, float],
                      other: tuple[float, float, float, float]
                      ) -> tuple[float, float, float, float] | None:
    """``QRectF(*one).intersected(QRectF(*other)).getRect()`` in plain numbers, the same
    arithmetic as Qt's ``QRectF::operator&`` (qrect.cpp: each rectangle's edges with a
    negative size read as its other side, the left and top the larger, the size the
    lesser right or bottom less them), so the same values to the last bit; None where
    Qt gives a null rectangle (no overlap, or either is null)."""
    x1, y1, w1, h1 = one
    x2, y2, w2, h2 = other
    l1 = r1 = x1
    if w1 < 0:
        l1 += w1
    else:
        r1 += w1
    if l1 == r1:
        return None
    l2 = r2 = x2
    if w2 < 0:
        l2 += w2
    else:
        r2 += w2
    if l2 == r2 or l1 >= r2 or l2 >= r1:
        return None
    t1 = b1 = y1
    if h1 < 0:
        t1 += h1
    else:
        b1 += h1
    if t1 == b1:
        return None
    t2 = b2 = y2
    if h2 < 0:
        t2 += h2
    else:
        b2 += h2
    if t2 == b2 or t1 >= b2 or t2 >= b1:
        return None
    x = l1 if l1 > l2 else l2
    y = t1 if t1 > t2 else t2
    return x, y, (r1 if r1 < r2 else r2) - x, (b1 if b1 < b2 else b2) - y


def _words_set(words: int) -> int:
    """Of ``words`` (32-bit words side by side in one integer), bit 0 of each word set
    where the word is not 0, every other bit clear but those: each shift ORs a word's
    higher bits down into its bit 0 (bits of the next word reach only its bits 1-31,
    which the caller masks off)."""
    words |= words >> 16
    words |= words >> 8
    words |= words >> 4
    words |= words >> 2
    return words | words >> 1


def _touches_translucent(under: int, over: int, count: int) -> bool:
    """Whether some pixel differs between ``under`` and ``over`` (``count`` premultiplied
    ARGB32 pixels, each a 32-bit word of one integer: ``int.from_bytes`` of an image's
    bits in the machine's byte order) where ``under``'s is not opaque (alpha 255).  In
    whole-integer operations, not a Python loop a pixel (~1 M instructions a "◀ N"
    image made, ~1 600 pixels; issue 11)."""
    ones = ((1 << (32 * count)) - 1) // 0xFFFF_FFFF  # bit 0 of every word
    alpha = ones * 0xFF00_0000
    changed = _words_set(under ^ over)
    translucent = _words_set((under & alpha) ^ alpha)
    return bool(changed & translucent & ones)


def _ids_of(events: list[Event], start: int, stop: int) -> list[str]:
    """The ids of ``events[start:stop]``; of a lazily loaded lane's (``LazyEvents``)
    read from the store in one call (``EventStore.event_ids``), those not made left
    unmade: the "◀ N" / "N ▶" indicators' nearest hidden events, the events beside the
    view (a slice of ``LazyEvents`` makes each and holds off the collector: ~120 k
    instructions a lane of rows a frame at 100 000 events, issue 11)."""
    if type(events) is LazyEvents:
        return events.store.event_ids(events.items[start:stop])
    return list(map(_EVENT_ID, events[start:stop]))


def _read_in_place(events: LazyEvents, index: int) -> Event:
    """``events[index]``, made if it was not, and kept in ``events.items`` in place of
    its position (``LazyEvents``' items may be events: the same object the store keeps),
    so that it is read from the list without a call from now on."""
    event = events[index]
    events[index] = event
    return event


#: A lane of rows packed by chunks (``_WorldRows``) is kept per (contents, lane, zoom,
#: chunk width, rows); at most this many (the views around the one on screen, a few zooms).
WORLD_LANES_KEPT = 48
#: At most this many chunks are kept by a lane's ``_WorldRows`` (a view's width each): past
#: it, a pan far along the lane starts a new one (the chunks are pure functions of the
#: lane: the same packing, packed again if the pan comes back).
WORLD_CHUNKS_KEPT = 64
#: A chunk's width is the viewport's rounded up to a multiple of this (px).
WORLD_CHUNK_STEP_PX = 256
#: The narrowest a chunk of ``_WorldRows`` may be (``WorldLane``'s floor: twice the
#: longest a point's extent can be, so that a point is never a long item).
WORLD_CHUNK_LEAST_PX = 2 * (2 * POINT_RADIUS + LABEL_GAP + MAX_LABEL_PX + ITEM_GAP)
#: The view rests (its chunks are packed while the app waits and swapped in,
#: ``TimelineView._world_rested``) when it has not moved for this long (ms): longer than
#: the gap between a wheel's notches or a held key's repeats (15-50 ms), so that a zoom
#: run's notches are packed by ``pack_lane`` as on main (session 27, frames31).
WORLD_REST_MS = 150
#: The world's idle work (a chunk part, the swap, ``TimelineView._world_slice``) waits
#: until no input (a key, the wheel, the mouse, a resize) came and no frame was painted
#: for this long (ms): longer than a held key's repeats (33 ms) and a mouse's moves, so
#: that it runs in the pauses, not between the inputs or frames of a run (session 28,
#: frames32: run between them it was the 100 000-event frame sessions' p95 frame).
WORLD_QUIET_MS = 60
#: The input events after which the world's idle work waits ``WORLD_QUIET_MS``.
_WORLD_INPUTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.Wheel,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.MouseButtonDblClick})
#: Whether a view at rest swaps its lanes of rows to the world's chunks (stage 2 of
#: frames28's plan, ``TimelineView._world_rested``); off, every view packs with
#: ``pack_lane`` as before it (the test suite's views, but the world's own tests).
WORLD_PACKING = True


class _WorldRows:
    """One lane of rows at one zoom packed in chunks anchored to the world
    (``chunk_packing.WorldLane``; issue 11, stage 2 of frames28's plan in
    ``benchmarks/README.md``): the view's titles keep their row, side and text while it
    pans, and a pan that stays within the chunks packed needs no packing.

    World px are ``day * px_per_day`` (a linear scale only: a scale with gaps' bands
    keeps ``pack_lane`` from the view's edges).  ``events`` maps each event id read to
    ``(event, start, end)`` (days, as ``_Lane.visible``); ``items`` each id to its
    ``LaneItem`` in world px, as ``_layout_steps`` makes a view's (a point at its day's
    middle, a span at least 2 px long)."""

    __slots__ = ("events", "items", "packer", "placed_whole", "ppd")

    def __init__(self, lane: _Lane, ppd: float, chunk_px: float, max_rows: int,
                 label_width: Callable[[Event], float], known: dict[str, float]) -> None:
        events: dict[str, tuple[Event, int, int]] = {}
        items: dict[str, LaneItem] = {}
        self.events = events
        self.items = items
        self.ppd = ppd
        #: Per event id, where it is placed whole in the world (``world_place``: left,
        #: right, label x, inside; world px) with its title's width, for the "+N" row
        #: (``TimelineView._in_badge_row``): made once, not each frame.
        self.placed_whole: dict[str, tuple[float, float, float, bool, float]] = {}
        most, fewest = MAX_LABEL_PX, MIN_LABEL_PX
        reach = POINT_RADIUS + LABEL_GAP + MAX_LABEL_PX + ITEM_GAP  # (``WorldLane.reach``)
        new = tuple.__new__

        def items_in(a: float, b: float, least_bar: float) -> Generator[LaneItem, None, None]:
            first_day, last_day = (a - reach) / ppd, b / ppd
            get = known.get
            for bucket in lane.buckets:
                if bucket.max_days * ppd < least_bar:
                    continue
                found = bucket.overlapping(first_day, last_day)
                if not found:
                    continue
                starts, ends, bucket_events = bucket.starts, bucket.ends, bucket.events
                lazy = type(bucket_events) is LazyEvents
                for i in found:
                    start, end = starts[i], ends[i]
                    if end < first_day or (end - start) * ppd < least_bar:
                        continue
                    if lazy:
                        event = bucket_events.items[i]
                        if type(event) is int:
                            event = _read_in_place(bucket_events, i)
                    else:
                        event = bucket_events[i]
                    key = event.id
                    item = items.get(key)
                    if item is None:
                        if end - start == 1:
                            x0 = x1 = (start + 0.5) * ppd
                        else:
                            x0 = start * ppd
                            x1 = end * ppd
                            if not x1 > x0 + 2.0:
                                x1 = x0 + 2.0
                        full = get(key)
                        item = items[key] = (
                            new(LaneItem, (key, x0, x1, -1.0, None)) if full is None else
                            new(LaneItem, (key, x0, x1, most if most < full else full,
                                           fewest if fewest < full else full)))
                        events[key] = (event, start, end)
                    yield item

        def measure(item: LaneItem) -> LaneItem:
            full = label_width(events[item.key][0])
            return LaneItem(item.key, item.x0, item.x1, min(full, most), min(full, fewest))

        self.packer = WorldLane(items_in, chunk_px, max_rows, long_rows=1,
                                most_width=MAX_LABEL_PX, measure=measure)


#: A title shortened at a view's edge (``_at_the_edges``) to less than this (px) is not
#: shown: a letter or two and "…" read as nothing.
EDGE_TITLE_LEAST_PX = 40.0
#: A title of a lane packed in the world with less room than this at the right edge goes
#: left of its marker when its row has room there for twice as much (``_at_the_edges``).
EDGE_FLIP_PX = 100.0


def _at_the_edges(placements: list[Placement], items: dict[Any, LaneItem],
                  width: float) -> list[Placement]:
    """The placements of a lane packed in the world (``TimelineView._world_packing``:
    label x in viewport px, the world's side and width), with the titles at the view's
    edges made readable, as a user reads a view's edges (issue 11, stage 2):

    * a label inside a bar begun off screen at the left starts at the edge; where the bar
      left on screen is shorter than the label, the label goes right of the bar when
      more of it fits there (up to the next item in its row), else it is shortened inside;
    * a label crossing the right edge is shortened to end at it (elided, "…"), where
      ``pack_lane`` put it left of its marker: it moved as the edge moved; a bar whose
      label lies wholly past the edge has it inside its part on screen, shortened; a
      point's label wholly past the edge is not shown (its marker is at the edge);
    * a title whose marker is just off the left edge (its day on screen, a zoom of
      days) starts at the edge, as ``pack_lane`` put it, shortened before the next
      item in its row;
    * under ``EDGE_TITLE_LEAST_PX`` of room a title is not shown (a letter or two).

    Titles away from the edges are the world's: they keep their row, side and text while
    the view pans.  ``items``: each key's ``LaneItem`` (``x0``, ``x1`` in viewport px).
    """
    pad = SPAN_LABEL_PAD
    starts: dict[int, list[float]] | None = None

    def next_start(row: int, after: float) -> float:
        nonlocal starts
        if starts is None:
            starts = {}
            for placement in placements:
                item = items[placement.key]
                starts.setdefault(placement.row, []).append(
                    item.x0 - POINT_RADIUS if item.x1 == item.x0 else item.x0)
            for row_starts in starts.values():
                row_starts.sort()
        row_starts = starts.get(row, [])
        index = bisect.bisect_right(row_starts, after)
        return row_starts[index] if index < len(row_starts) else math.inf

    out: list[Placement] = []
    for placement in placements:
        key, row, label_x, inside, label_w = placement
        _key, x0, x1, _full, _least = items[key]
        if inside:
            seen_left, seen_right = max(x0, 0.0), min(x1, width)
            if label_x >= seen_left + pad and label_x + label_w <= seen_right - pad:
                out.append(placement)
                continue
            label_x = max(label_x, seen_left + pad)
            room_in = seen_right - pad - label_x
            if room_in < label_w and x1 + LABEL_GAP < width:  # maybe right of the bar
                room_out = min(next_start(row, x0) - ITEM_GAP, width) - (x1 + LABEL_GAP)
                if room_out > room_in and room_out >= min(label_w, EDGE_TITLE_LEAST_PX):
                    out.append(Placement(key, row, x1 + LABEL_GAP, False,
                                         min(label_w, room_out)))
                    continue
            out.append(Placement(key, row, label_x, True, _edge_width(label_w, room_in)))
            continue
        if label_x >= width:  # wholly past the right edge
            if x1 > x0 and x0 < width:  # a bar: inside its part on screen
                seen_left = max(x0, 0.0)
                out.append(Placement(key, row, seen_left + pad, True,
                                     _edge_width(label_w, min(x1, width) - seen_left - 2 * pad)))
            else:
                out.append(Placement(key, row, label_x, False, 0.0))
            continue
        if label_x + label_w > width:
            if (width - label_x < EDGE_FLIP_PX and label_w >= 2 * EDGE_FLIP_PX
                    and x0 < width):
                # A word or none on the right: left of its marker where its row has room
                # for more of it there (verify39 F7: "M23…" of "M23 to withdraw its
                # fighters" at the right edge, its row empty to the left).  Back on the
                # right, shortened, once ``EDGE_FLIP_PX`` fit there: while the view pans
                # it changes side once, as a shortened title, never as a whole one.
                flipped = _left_of_marker(placement, items, placements, label_w,
                                          2 * EDGE_FLIP_PX)
                if flipped is not None:
                    out.append(flipped)
                    continue
            label_w = _edge_width(label_w, width - label_x)
        if label_x < 0.0:  # a marker just off the left edge (its day on screen)
            room = min(next_start(row, x0 - POINT_RADIUS if x1 == x0 else x0) - ITEM_GAP,
                       width)
            if room >= min(label_w, EDGE_TITLE_LEAST_PX):
                label_x, label_w = 0.0, min(label_w, room)
        out.append(Placement(key, row, label_x, False, label_w))
    return out


def _left_of_marker(placement: Placement, items: dict[Any, LaneItem],
                    placements: list[Placement], label_w: float,
                    least: float) -> Placement | None:
    """``placement``'s title (``label_w`` px) put left of its marker (``_at_the_edges``
    at the right edge), whole or shortened to the room its row leaves there, after the
    item before it and the view's left edge; None when that room is under ``least`` px
    and the title is wider."""
    key, row = placement.key, placement.row
    _key, x0, x1, _full, _least = items[key]
    left = x0 - POINT_RADIUS if x1 == x0 else x0
    before = 0.0
    for other in placements:  # (the row's items ending before this marker)
        if other.row != row or other.key == key:
            continue
        _k, ox0, ox1, _f, _l = items[other.key]
        end = max(ox1 + (POINT_RADIUS if ox1 == ox0 else 0.0),
                  other.label_x + other.label_width) + ITEM_GAP
        if ox0 < x0 and end > before:
            before = end
    room = left - LABEL_GAP - before
    if room < min(label_w, least):
        return None
    width = min(label_w, room)
    return Placement(key, row, left - LABEL_GAP - width, False, width)


def _edge_width(width: float, room: float) -> float:
    """A title ``width`` px wide shortened to ``room`` at a view's edge: ``room``, or 0
    (no title) when that is less than ``EDGE_TITLE_LEAST_PX``: a title cut to a letter or
    two reads as nothing."""
    if room >= width:
        return width
    return room if room >= EDGE_TITLE_LEAST_PX else 0.0


class _Item(Record):
    """An event as laid out: its marker, its label and where they are drawn."""

    _fields = ("event_id", "marker", "label_rect", "label", "label_inside", "is_point",
               "circa", "color", "vague")
    event_id: str
    marker: QRectF
    label_rect: QRectF
    label: str
    label_inside: bool
    is_point: bool
    circa: bool
    color: QColor
    #: A bar that is one date known to a month, a season or a year (no end): hatched,
    #: where a span (a start and an end) is filled solid (verify29, fault 1).
    vague: bool

    def __init__(self, event_id: str, marker: QRectF, label_rect: QRectF, label: str,
                 label_inside: bool, is_point: bool, circa: bool, color: QColor,
                 vague: bool = False) -> None:
        self.event_id = event_id
        self.marker = marker
        self.label_rect = label_rect
        self.label = label
        self.label_inside = label_inside
        self.is_point = is_point
        self.circa = circa
        self.color = color
        self.vague = vague

    @property
    def rect(self) -> QRectF:
        return self.marker.united(self.label_rect)


class _Aggregate(Record):
    """A cluster badge or a density bin: several events in one place."""

    _fields = ("rect", "count", "first_day", "last_day", "color", "keys")
    rect: QRectF
    count: int
    first_day: float
    last_day: float
    color: QColor
    keys: tuple[str, ...]  # a cluster badge's events (none for a density bin)

    def __init__(self, rect: QRectF, count: int, first_day: float, last_day: float,
                 color: QColor, keys: tuple[str, ...] = ()) -> None:
        self.rect = rect
        self.count = count
        self.first_day = first_day
        self.last_day = last_day
        self.color = color
        self.keys = keys


class _Indicator(Record):
    """An off-screen indicator: clicking it selects (and so shows) the nearest hidden event."""

    _fields = ("event_id", "count", "before")
    event_id: str
    count: int
    before: bool

    def __init__(self, event_id: str, count: int, before: bool) -> None:
        self.event_id = event_id
        self.count = count
        self.before = before


class PreparedLanes(Record):
    """A timeline's lanes, built where it was loaded (a worker thread) rather than on the
    GUI thread: at 1 000 000 events building them takes seconds (issue 11, "window
    responsive meanwhile").  Plain Python data, no Qt object."""

    _fields = ("timeline", "spans", "by_category", "placed", "all_starts", "article_dates",
               "covered", "data_range", "article_days", "article_totals", "runs", "lanes_by")
    timeline: Timeline
    spans: list[tuple[int, int]]  # every event's (first day, end day), in timeline order
    by_category: dict[str, _Lane]  # the lanes by their key (a category; see ``lanes_by``)
    lanes_by: str  # what the lanes are made of: one of ``LANES_BY``
    placed: dict[str, Event]  # every event by id
    all_starts: list[int]  # every event's first day, in timeline order
    # ``spans`` without the repeats of a tuple by the next events (the loader shares one
    # tuple among the events of a date): the same days covered, the same range, in order.
    runs: list[tuple[int, int]]
    # Filled by :func:`prepare_lanes` only (a rebuild on the GUI thread keeps its cached
    # article dates and finds the covered days only when breaks are on):
    article_dates: list[_dt.date] | None  # the sources' dateline dates, sorted
    covered: list[tuple[float, float]] | None  # days events or articles cover
    data_range: tuple[float, float] | None  # see TimelineView._data_range
    article_days: Any  # see TimelineView._article_days
    article_totals: list[int] | None  # see TimelineView._article_totals

    def __init__(self, timeline: Timeline, spans: list[tuple[int, int]],
                 by_category: dict[str, _Lane], placed: dict[str, Event],
                 all_starts: list[int], article_dates: list[_dt.date] | None = None,
                 covered: list[tuple[float, float]] | None = None,
                 data_range: tuple[float, float] | None = None,
                 article_days: Any = None, article_totals: list[int] | None = None,
                 runs: list[tuple[int, int]] | None = None) -> None:
        self.timeline = timeline
        self.spans = spans
        self.by_category = by_category
        self.placed = placed
        self.all_starts = all_starts
        self.article_dates = article_dates
        self.covered = covered
        self.data_range = data_range
        self.article_days = article_days
        self.article_totals = article_totals
        self.runs = spans if runs is None else runs
        self.lanes_by = "category"
        # by participant or place: names written otherwise than their lanes
        # (``core.names.lane_spellings``: "france" -> "France"), for ``lane_keys``
        self.spellings: dict[str, str] = {}
        self.hidden: frozenset[str] = frozenset()  # the events left out (``prepare_lanes``)

    def category_counts(self) -> dict[str, int]:
        """The events of each category (lanes built with none hidden: all of them; lanes
        by participant or place: counted from the timeline's categories)."""
        if self.lanes_by != "category":
            return dict(Counter(self.timeline.categories()))
        return {category: len(lane.events) for category, lane in self.by_category.items()}


def _lanes_of(timeline: Timeline, events: list[Event],
              hidden: set[str] | frozenset[str], lanes_by: str = "category") -> PreparedLanes:
    """The lanes of ``events`` (all of ``timeline``'s, or some of them in date order)
    without the ``hidden`` ids (by category; by participant or place: ``lanes_by``,
    ``_named_lanes_of``): each event appended to its lane and length bucket, as
    ``_Lane.add`` does, with the appends bound once per lane (a method call and six
    attribute reads an event less: at 1 000 000 events that is seconds, issue 11).

    A lazily loaded timeline's (``core.model.LazyEvents``) are laid out from its
    categories and spans without making any event (``_lazy_lanes_of``): its lanes hold
    the same lazy items, each made when the view reads it."""
    if lanes_by != "category":
        return _named_lanes_of(timeline, events, hidden, lanes_by)
    store = timeline.store
    if store is not None and events is timeline.events:
        return _lazy_lanes_of(timeline, store, hidden)
    by_category: dict[str, _Lane] = {}
    if events is timeline.events:
        # The days as the loader computed them in its own loop (no method call and no
        # new tuple an event here, issue 11); copied, the view changes its own.
        spans = list(timeline.day_spans())
    else:
        spans = [event_days(e) for e in events]  # one pass: reading days is slow
    # Per category: the lane's and its buckets' list appends.
    appends: dict[str, tuple[Any, ...]] = {}
    appends_of = appends.get
    bucket_of = bisect.bisect_left
    limits = _BUCKET_LIMITS
    runs: list[tuple[int, int]] = []  # see ``PreparedLanes.runs``
    add_run = runs.append
    previous = None
    start = end = offset = 0
    for event, span in zip(events, spans, strict=True):
        if span is not previous:
            # The loader shares one tuple among the events of a date, and events come in
            # date order: most events (63 % of the benchmark's 100 000) have their
            # predecessor's span, its days and bucket already known here (issue 11).
            previous = span
            add_run(span)
            start, end = span
            offset = 2 + bucket_of(limits, end - start)
        # (no id read when nothing is hidden: at 1 000 000 events each read is a cache
        # miss, and the loading thread's share of an open, issue 11)
        if hidden and event.id in hidden:
            continue
        category = event.category
        lane_appends = appends_of(category) or _new_lane(category, by_category, appends)
        lane_appends[0](event)
        lane_appends[1](start)
        add_event, add_start, add_end = lane_appends[offset]
        add_event(event)
        add_start(start)
        add_end(end)
    _measure_buckets(by_category)
    # ``events`` is the whole timeline (hidden ones are placed too): copy its index.
    placed = (timeline.id_map() if events is timeline.events
              else {event.id: event for event in events})
    return PreparedLanes(timeline, spans, by_category, placed, [start for start, _ in spans],
                         runs=runs)


def _lazy_lanes_of(timeline: Timeline, store: EventStore,
                   hidden: set[str] | frozenset[str]) -> PreparedLanes:
    """``_lanes_of`` of all the events of a lazily loaded timeline: the same lanes, built
    from ``Timeline.categories`` and ``day_spans`` and the timeline's items (``Event``s
    or positions in ``store``), each lane's and bucket's list a ``LazyEvents`` over the
    same store (so an event read through a lane is the timeline's own object).  Ids are
    read (from the store, nothing made) only when some are ``hidden``."""
    by_category: dict[str, _Lane] = {}
    spans = list(timeline.day_spans())
    items = timeline.event_items()
    categories = timeline.categories()
    appends: dict[str, tuple[Any, ...]] = {}
    appends_of = appends.get
    bucket_of = bisect.bisect_left
    limits = _BUCKET_LIMITS
    runs: list[tuple[int, int]] = []
    add_run = runs.append
    event_id = store.event_id
    previous = None
    start = end = offset = 0
    for item, span, category in zip(items, spans, categories, strict=True):
        if span is not previous:  # see _lanes_of
            previous = span
            add_run(span)
            start, end = span
            offset = 2 + bucket_of(limits, end - start)
        if hidden and (event_id(item) if type(item) is int  # type: ignore[arg-type]
                       else item.id) in hidden:  # type: ignore[union-attr]
            continue
        lane_appends = appends_of(category) or _new_lane(category, by_category, appends)
        lane_appends[0](item)
        lane_appends[1](start)
        add_event, add_start, add_end = lane_appends[offset]
        add_event(item)
        add_start(start)
        add_end(end)
    _lazy_lists(by_category, store)
    _measure_buckets(by_category)
    placed = cast("dict[str, Event]", timeline.events_by_id())
    return PreparedLanes(timeline, spans, by_category, placed, [start for start, _ in spans],
                         runs=runs)


#: What the lanes are made of (View → Lanes By): the events' categories (one lane each,
#: the default), their participants or their places (an event of two participants in both
#: of their lanes; ``""``: the lane of the events without any, drawn last).
LANES_BY = ("category", "participant", "place")
_NO_LANE_NAME = {"participant": "No participant", "place": "No place"}


def lane_label(key: str, lanes_by: str = "category") -> str:
    """The name a lane's header shows: a category as the legend writes it
    (``category_label``), else the participant's or the place's name as the model holds
    it, ``""`` (none) as "No participant" / "No place"."""
    if lanes_by == "category":
        return category_label(key)
    return key or _NO_LANE_NAME[lanes_by]


def lane_keys(event: Event, lanes_by: str = "category",
              spellings: dict[str, str] | None = None) -> tuple[str, ...]:
    """The lanes ``event`` is drawn in: its category; or its participants (each once, in
    its order; ``("",)`` for none); or its place (``""`` for none).  ``spellings``: the
    lanes' spellings of names written otherwise (``PreparedLanes.spellings``)."""
    if lanes_by == "category":
        return (event.category,)
    if lanes_by == "place":
        place = spellings.get(event.location, event.location) if spellings else event.location
        return (place if place.strip() else "",)
    if spellings:
        return _named_keys(tuple(spellings.get(name, name) for name in event.participants))
    return _named_keys(event.participants)


def _named_keys(participants: tuple[str, ...]) -> tuple[str, ...]:
    """``lane_keys`` of participants: each name once (a blank one is none)."""
    if len(participants) == 1 and participants[0].strip():
        return participants
    names = tuple(dict.fromkeys(name for name in participants if name.strip()))
    return names or ("",)


def _named_lanes_of(timeline: Timeline, events: list[Event],
                    hidden: set[str] | frozenset[str], lanes_by: str) -> PreparedLanes:
    """``_lanes_of`` by participant or by place (``lanes_by``): each event in the lane of
    each of its participants, or of its place, the lane ``""`` for those without.  A
    lazily loaded timeline's names are read from its store's columns (``facts``) and its
    lanes hold its lazy items, as ``_lazy_lanes_of``'s do: nothing is made."""
    store = timeline.store
    whole = events is timeline.events
    spans = list(timeline.day_spans()) if whole else [event_days(e) for e in events]
    items: list[Any]
    ids: list[str] | None = None
    if store is not None and whole:
        items = timeline.event_items()
        people, places, _sources = store.facts(items)
        if hidden:
            ids = store.event_ids(items)
    else:
        items = events
        people = [event.participants for event in events]
        places = [event.location for event in events]
    names: Sequence[Any] = places if lanes_by == "place" else people
    # "France" and "france", "Rome" and " Rome": one lane (``core.names``; imported
    # here: its ``query.fold`` needs unicodedata, which the first paint does not)
    from timeline_app.core.names import respelled_names

    names, spellings = respelled_names(names, lanes_by == "place")
    by_category: dict[str, _Lane] = {}
    appends: dict[str, tuple[Any, ...]] = {}
    appends_of = appends.get
    bucket_of = bisect.bisect_left
    limits = _BUCKET_LIMITS
    runs: list[tuple[int, int]] = []
    add_run = runs.append
    previous = None
    start = end = offset = 0
    by_place = lanes_by == "place"
    for index, (item, span, named) in enumerate(zip(items, spans, names, strict=True)):
        if span is not previous:  # see _lanes_of
            previous = span
            add_run(span)
            start, end = span
            offset = 2 + bucket_of(limits, end - start)
        if hidden and (ids[index] if ids is not None else item.id) in hidden:
            continue
        # (the appends as _lanes_of's, written out again: a call an event there would
        # slow the lanes by category, the default, for a loop they do not need)
        for key in (((named if named.strip() else ""),) if by_place
                    else _named_keys(named)):
            lane_appends = appends_of(key) or _new_lane(key, by_category, appends)
            lane_appends[0](item)
            lane_appends[1](start)
            add_event, add_start, add_end = lane_appends[offset]
            add_event(item)
            add_start(start)
            add_end(end)
    if store is not None and whole:
        _lazy_lists(by_category, store)
    _measure_buckets(by_category)
    placed: dict[str, Event]
    if store is not None and whole:
        placed = cast("dict[str, Event]", timeline.events_by_id())
    else:
        placed = timeline.id_map() if whole else {event.id: event for event in events}
    prepared = PreparedLanes(timeline, spans, by_category, placed,
                             [start for start, _ in spans], runs=runs)
    prepared.lanes_by = lanes_by
    prepared.spellings = spellings
    return prepared


def named_lane_order(lanes: Iterable[_Lane]) -> list[_Lane]:
    """Lanes by participant or place in the order drawn: the most events first (the
    powers a history is about: Rome and Parthia, France and Britain, above the one-off
    envoys), ties by first event (then name), the lane of events without a name last."""
    def key(lane: _Lane) -> tuple[bool, int, int, str]:
        first = lane.starts[0] if lane.starts else 0
        return (not lane.category, -len(lane.events), first, lane.category.casefold())

    return sorted(lanes, key=key)


def _lazy_lists(by_category: dict[str, _Lane], store: EventStore) -> None:
    """Each lane's and bucket's list of items (``Event``s or positions in ``store``) made
    a ``LazyEvents`` over ``store``: an event read through a lane is the timeline's own."""
    for lane in by_category.values():
        lane.events = cast("list[Event]", LazyEvents(
            cast("list[Event | int]", lane.events), store))
        for bucket in lane.buckets:
            bucket.events = cast("list[Event]", LazyEvents(
                cast("list[Event | int]", bucket.events), store))


def _new_lane(category: str, by_category: dict[str, _Lane],
              appends: dict[str, tuple[Any, ...]]) -> tuple[Any, ...]:
    """A new lane of ``_lanes_of``: in ``by_category``, its appends (the lane's events and
    starts, then each bucket's events, starts and ends) in ``appends``."""
    lane = by_category[category] = _Lane(category)
    lane_appends = appends[category] = (
        lane.events.append, lane.starts.append,
        *((b.events.append, b.starts.append, b.ends.append) for b in lane.buckets))
    return lane_appends


def _measure_buckets(by_category: dict[str, _Lane]) -> None:
    """Set each bucket's ``max_days`` (its longest span, at least 1) after ``_lanes_of``."""
    for lane in by_category.values():
        for bucket in lane.buckets:
            if len(bucket.starts) > _COLUMN_CHUNK:  # numpy is imported with such lanes
                longest = (_int64_column(bucket.ends) - _int64_column(bucket.starts)).max()
                bucket.max_days = max(1, int(longest))
            elif bucket.starts:
                bucket.max_days = max(1, max(map(operator.sub, bucket.ends, bucket.starts)))


_COLUMN_CHUNK = 1 << 16  # items per C call over all events: each holds the GIL


def _article_dates_of(timeline: Timeline) -> list[_dt.date]:
    """The dates of the timeline's articles (their datelines), sorted, once each."""
    return sorted({s.dateline_date for s in timeline.sources.values()
                   if s.dateline_date is not None})


def _covered(spans: list[tuple[int, int]],
             article_dates: list[_dt.date]) -> list[tuple[float, float]]:
    """The days events or articles cover, as disjoint sorted intervals (what the breaks
    of the axis are found from)."""
    covered = covered_intervals(spans)
    articles = [(float(day_number(d)), day_number(d) + 1.0) for d in article_dates]
    if articles:  # merged into the few covered intervals, not the many events
        covered = covered_intervals(sorted(covered + articles))
    return covered


def _int64_column(values: list[int]) -> Any:
    """``values`` as a numpy int64 array, converted a chunk at a time: one conversion of
    a million Python ints is a C call of 30-80 ms that holds the GIL (issue 11)."""
    import numpy as np

    column = np.empty(len(values), dtype=np.int64)
    for first in range(0, len(values), _COLUMN_CHUNK):
        column[first:first + _COLUMN_CHUNK] = values[first:first + _COLUMN_CHUNK]
    return column


def prepare_lanes(timeline: Timeline, lanes_by: str = "category", *,
                  lanes_only: bool = False, hidden: frozenset[str] = frozenset()
                  ) -> PreparedLanes:
    """Build ``timeline``'s lanes (without the ``hidden`` ids: by default none) for
    :meth:`TimelineView.adopt_prepared_lanes`,
    by ``lanes_by`` (one of ``LANES_BY``: the view's ``lanes_by()``).  ``lanes_only``:
    the lanes and the days covered (the view finds its breaks again with new lanes), not
    what the view already has of a timeline it shows (its articles' dates and counts,
    the data's range): View → Lanes By of a large timeline, ``MainWindow``, which gives
    the ids the filters hide as ``hidden`` (the view takes lanes built without the very
    events it hides).

    Safe on any thread while no one else changes ``timeline``: it only reads it.  Also
    imports numpy there when the lanes may be drawn as densities.
    """
    if len(timeline) >= DENSE_POSSIBLE_EVENTS:
        import numpy  # noqa: F401  (tens of ms, better spent off the GUI thread)
    prepared = _lanes_of(timeline, timeline.events, hidden, lanes_by)
    prepared.hidden = hidden
    if lanes_only:
        # (on the GUI thread: 0.25 s of a 0.37 s switch at 1 000 000 events, fix63)
        prepared.covered = _covered(prepared.runs, _article_dates_of(timeline))
        if len(timeline) >= DENSE_POSSIBLE_EVENTS:
            for lane in prepared.by_category.values():
                lane.starts_array()
        return prepared
    prepared.article_dates = _article_dates_of(timeline)
    # From the spans' runs (``PreparedLanes.runs``: 37 244 tuples for the benchmark's
    # 100 000 events), not from every event's: two Python passes over a third as many
    # (issue 11; benchmarks/README.md, "Session 20, branch open22").
    prepared.covered = _covered(prepared.runs, prepared.article_dates)
    # What the first layout and paint would otherwise compute on the GUI thread from
    # every event (at 1 000 000 events: ~0.5 s for the range, ~0.3 s for the arrays).
    prepared.data_range = _data_range_of(prepared.runs, prepared.all_starts,
                                         prepared.article_dates)
    prepared.article_days = _article_days_of(prepared.article_dates)
    prepared.article_totals = _article_totals_of(timeline, prepared.article_dates)
    if len(timeline) >= DENSE_POSSIBLE_EVENTS:
        for lane in prepared.by_category.values():
            lane.starts_array()
    return prepared


def _data_range_of(spans: list[tuple[int, int]], all_starts: list[int],
                   article_dates: list[_dt.date]) -> tuple[float, float]:
    """The days the events (``spans``, ``all_starts`` in date order) and the articles'
    dates cover; a year around today when there are no events."""
    if not spans:
        today = day_number(_dt.date.today())
        return today - 365.0, today + 365.0
    first, last = all_starts[0], max(map(operator.itemgetter(1), spans))
    if article_dates:  # sorted
        first = min(first, day_number(article_dates[0]))
        last = max(last, day_number(article_dates[-1]) + 1)
    return float(first), float(last)


def _article_totals_of(timeline: Timeline, article_dates: list[_dt.date]) -> list[int]:
    """How many of the timeline's articles are dated before each of ``article_dates``
    (sorted, once each: ``_article_dates_of``), with the number of all dated articles
    last: a date's own articles are the next entry less its own.  One pass over the
    sources (~13 ms of CPU for 100 100 at 1 000 000 events, hence made with the lanes)."""
    per_date = Counter(s.dateline_date for s in timeline.sources.values()
                       if s.dateline_date is not None)
    totals = [0]
    for date in article_dates:
        totals.append(totals[-1] + per_date[date])
    return totals


def _thinned_article_columns(xs: Any, days: Any, shift: float, spacing: float,
                             low: float, high: float) -> tuple[list[float], list[int]]:
    """The article lines (``xs``: viewport px, ascending, one a pixel column; ``days``:
    their day numbers; lists, or numpy arrays for many) that may have a badge, chosen from
    the world so that a pan moves them with it (issue 11, session 33: at 100 000 events a
    Shift+Right step named other articles mid-screen, "6 Dec 2002 +11" became "17 Dec 2002
    +3", as the greedy row started from the view's left edge).

    World px are ``x + shift`` (``shift``: the view's left edge in world px, origin times
    px per day).  A line is *crowded* when at least ``CROWDED_ARTICLE_LINES`` lines lie
    within ``spacing`` px of it (itself among them); an uncrowded line is always kept (a
    few articles keep every badge the row can place: new-user trial 8's pair).  Of the
    crowded lines, the world is cut in cells ``spacing + ARTICLE_CELL_EXTRA_PX`` px wide
    from world px 0, and the first crowded line of each cell is kept unless the first
    crowded line of the cell before it stands closer than ``spacing``: a pure function
    of the lines near it, so the same lines at any view edge, and never two kept crowded
    lines closer than ``spacing`` (as wide as the widest badge with its "+N": the row's
    greedy places each centred on its line, with its count).  Returns the kept lines
    with ``low <= x <= high`` as lists.  The caller gives the lines ``3 *`` a cell beyond
    ``low`` and ``spacing`` beyond ``high`` too (the cells before a kept line decide it).
    """
    cell = spacing + ARTICLE_CELL_EXTRA_PX
    if not isinstance(xs, list):
        import numpy as np

        ws = np.asarray(xs, dtype=float) + shift
        near = (np.searchsorted(ws, ws + spacing, side="right")
                - np.searchsorted(ws, ws - spacing, side="left"))
        crowded = near >= CROWDED_ARTICLE_LINES
        at = np.flatnonzero(crowded)
        cells = np.floor(ws[at] / cell)
        first = np.ones(len(at), dtype=bool)
        first[1:] = cells[1:] != cells[:-1]
        picks, pick_cells = at[first], cells[first]
        close = np.zeros(len(picks), dtype=bool)
        close[1:] = ((pick_cells[1:] == pick_cells[:-1] + 1)
                     & (ws[picks[1:]] - ws[picks[:-1]] < spacing))
        keep = ~crowded
        keep[picks[~close]] = True
        xs_kept = np.asarray(xs, dtype=float)[keep]
        days_kept = np.asarray(days)[keep]
        inside = (xs_kept >= low) & (xs_kept <= high)
        return xs_kept[inside].tolist(), days_kept[inside].tolist()
    world = [x + shift for x in xs]
    kept_xs: list[float] = []
    kept_days: list[int] = []
    last_cell: float | None = None  # the cell of the last crowded line's pick
    last_pick = 0.0
    for index, w in enumerate(world):
        near = (bisect.bisect_right(world, w + spacing)
                - bisect.bisect_left(world, w - spacing))
        if near >= CROWDED_ARTICLE_LINES:
            cell_of = math.floor(w / cell)
            if cell_of == last_cell:
                continue  # (not the first crowded line of its cell)
            close = last_cell == cell_of - 1 and w - last_pick < spacing
            last_cell, last_pick = cell_of, w
            if close:
                continue
        if low <= xs[index] <= high:
            kept_xs.append(xs[index])
            kept_days.append(days[index])
    return kept_xs, kept_days


def _article_days_of(article_dates: list[_dt.date]) -> Any:
    """The dates' day numbers: a list, or a numpy int64 array when there are many (numpy
    is imported only for a large timeline: start-up time)."""
    days = [day_number(d) for d in article_dates]
    if len(days) >= MANY_ARTICLES:
        import numpy as np

        return np.asarray(days, dtype=np.int64)
    return days


#: A lane's indicator rectangles when nothing beside it is hidden (one shared pair, as
#: the dataclass's default was).
_NO_INDICATOR_RECTS = (QRectF(), QRectF())


class _LaneGeometry(Record):
    """A lane as laid out: where it is, its items and badges, or its density bars."""

    _fields = ("category", "top", "height", "dense", "items", "badges", "bar_x", "bar_h",
               "bar_base", "_bars", "density", "color", "_bins", "hidden", "nearest",
               "indicator_rects")
    category: str
    top: float  # content coordinates (before the vertical scroll)
    height: float
    dense: bool
    items: list[_Item]
    badges: list[_Aggregate]  # "+N" clusters
    # A dense lane's density: the bars as drawn (content coordinates), and per bar its
    # count and days (arrays); its ``aggregates`` are made from them only when asked
    # (hit tests, a search): a frame draws the bars and never needs them.
    # The bars as arrays (numpy): left x (whole pixels) and height; their bottom is
    # ``bar_base``.  ``bars`` (QRectF) is made from them only when asked.
    bar_x: Any
    bar_h: Any
    bar_base: float
    _bars: list[QRectF] | None
    density: tuple[Any, Any, Any] | None  # (counts, first days, last days)
    color: QColor | None
    _bins: list[_Aggregate] | None
    # Off-screen indicators ("◀ 3", "2 ▶"): how many are hidden, the nearest one, and
    # where the indicator is drawn (content coordinates; empty when nothing is hidden).
    hidden: tuple[int, int]
    nearest: tuple[str, str]
    indicator_rects: tuple[QRectF, QRectF]

    def __init__(self, category: str, top: float, height: float, dense: bool,
                 items: list[_Item] | None = None, badges: list[_Aggregate] | None = None,
                 bar_x: Any = None, bar_h: Any = None, bar_base: float = 0.0,
                 _bars: list[QRectF] | None = None,
                 density: tuple[Any, Any, Any] | None = None, color: QColor | None = None,
                 _bins: list[_Aggregate] | None = None, hidden: tuple[int, int] = (0, 0),
                 nearest: tuple[str, str] = ("", ""),
                 indicator_rects: tuple[QRectF, QRectF] = _NO_INDICATOR_RECTS) -> None:
        self.category = category
        self.top = top
        self.height = height
        self.dense = dense
        # ``_finish`` makes ``items`` and ``badges`` on first use (a lane laid out off
        # screen: ``TimelineView._layout_steps``); ``_clustered``: whether it has badges.
        self._finish: Callable[[_LaneGeometry], None] | None = None
        self._clustered = False
        self.items = [] if items is None else items
        self.badges = [] if badges is None else badges
        self.bar_x = bar_x
        self.bar_h = bar_h
        self.bar_base = bar_base
        self._bars = _bars
        self.density = density
        self.color = color
        self._bins = _bins
        self.hidden = hidden
        self.nearest = nearest
        self.indicator_rects = indicator_rects

    @property
    def items(self) -> list[_Item]:
        """The lane's items (content coordinates), in the order laid out."""
        if self._finish is not None:
            self._finished()
        return self._items

    @items.setter
    def items(self, items: list[_Item]) -> None:
        self._items = items

    @property
    def badges(self) -> list[_Aggregate]:
        """The lane's "+N" badges, left to right (content coordinates)."""
        if self._finish is not None:
            self._finished()
        return self._badges

    @badges.setter
    def badges(self, badges: list[_Aggregate]) -> None:
        self._badges = badges

    def has_badges(self) -> bool:
        """Whether the lane has "+N" badges, without making them."""
        return self._clustered if self._finish is not None else bool(self._badges)

    def _finished(self) -> None:
        finish, self._finish = self._finish, None
        assert finish is not None
        finish(self)

    @property
    def bars(self) -> list[QRectF]:
        """A dense lane's bars as drawn (content coordinates); made on first use (a hit
        test, a search): a frame draws them from the arrays (``_paint_density``)."""
        if self._bars is None:
            if self.bar_x is None:
                self._bars = []
            else:
                base, width = self.bar_base, DENSITY_BIN_PX - 1
                self._bars = [QRectF(x, base - h, width, h) for x, h in zip(
                    self.bar_x.tolist(), self.bar_h.tolist(), strict=True)]
        return self._bars

    @property
    def aggregates(self) -> list[_Aggregate]:
        """The lane's "+N" badges, or a dense lane's density bins (made on first use)."""
        if self.density is None:
            return self.badges
        if self._bins is None:
            counts, firsts, lasts = self.density
            color = self.color if self.color is not None else QColor()
            self._bins = [_Aggregate(rect, n, d0, d1, color) for rect, n, d0, d1 in zip(
                self.bars, counts.tolist(), firsts.tolist(), lasts.tolist(), strict=True)]
        return self._bins


class _Layout(Record):
    """The lanes of a view as laid out, their total height and the items by event id."""

    _fields = ("lanes", "content_height", "items_by_id")
    lanes: list[_LaneGeometry]
    content_height: float
    items_by_id: dict[str, _Item]

    def __init__(self, lanes: list[_LaneGeometry], content_height: float,
                 items_by_id: dict[str, _Item]) -> None:
        self.lanes = lanes
        self.content_height = content_height
        self.items_by_id = items_by_id
        #: Lanes laid out off screen whose items ``items_by_id`` does not hold yet.
        self.deferred: list[_LaneGeometry] = []
        #: The lanes of rows (and their rows) a view with data beyond its right edge
        #: packs from the world's chunks at its zoom (``_world_plan``), or None.
        self.world_lanes: list[tuple[_Lane, int]] | None = None

    @property
    def items_by_id(self) -> dict[str, _Item]:
        """Every lane's items by event id, lane by lane in the order laid out: the
        lanes laid out off screen are finished first (``_LaneGeometry.items``)."""
        by_id = self._items_by_id
        if self.deferred:
            self.deferred = []
            by_id.clear()  # the same dictionary (a caller may hold it), in lane order
            for lane in self.lanes:
                items = lane.items
                by_id.update(zip(map(_ITEM_ID, items), items, strict=True))
        return by_id

    @items_by_id.setter
    def items_by_id(self, items_by_id: dict[str, _Item]) -> None:
        self._items_by_id = items_by_id


class _EventDrag(Record):
    """An event being dragged: pressed at ``press_x``, moved (``mode`` "move") or
    stretched by its end ("end"); ``preview`` is the edited copy shown while dragging
    (``None`` until the mouse has moved far enough, or while the drag is out of range)."""

    _fields = ("event_id", "mode", "press_pos", "press_day", "original", "row_mid",
               "started", "preview", "delta_days", "others")
    event_id: str
    mode: DragMode
    press_pos: QPointF
    press_day: float
    original: Event
    row_mid: float  # content y of the event's row, where the preview is drawn
    started: bool
    preview: Event | None
    delta_days: float  # how far the mouse has moved, in days
    # The other selected events, moved along by the same number of days (each snapped
    # to its own precision); only those on screen are drawn while dragging.
    others: frozenset[str]

    def __init__(self, event_id: str, mode: DragMode, press_pos: QPointF, press_day: float,
                 original: Event, row_mid: float, started: bool = False,
                 preview: Event | None = None, delta_days: float = 0.0,
                 others: frozenset[str] = frozenset()) -> None:
        self.event_id = event_id
        self.mode = mode
        self.press_pos = press_pos
        self.press_day = press_day
        self.original = original
        self.row_mid = row_mid
        self.started = started
        self.preview = preview
        self.delta_days = delta_days
        self.others = others


class _RubberBand(Record):
    """A rectangle being dragged out on empty space (with Ctrl or Shift) to select the
    events it touches; ``base`` is what stays selected besides them."""

    _fields = ("origin", "corner", "base", "ids")
    origin: QPointF  # viewport coordinates
    corner: QPointF
    base: tuple[str, ...]
    ids: tuple[str, ...]

    def __init__(self, origin: QPointF, corner: QPointF, base: tuple[str, ...],
                 ids: tuple[str, ...] = ()) -> None:
        self.origin = origin
        self.corner = corner
        self.base = base
        self.ids = ids


END_GRAB_PX = 6.0  # the end of a span's bar can be grabbed this far from it
SELECT_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _in_click_order(span: list[str], before: list[str], anchor: str, clicked: str
                    ) -> list[str]:
    """The events of a Shift-click's ``span`` (date order) in the order they were picked:
    the events of ``before`` (the selection before the click, in its order) that are in
    the span first (the ``anchor``, the last event clicked and where the span starts,
    before them when it is not among them), then the span's others in date order,
    ``clicked`` last.  Linear in both lists."""
    wanted = set(span)
    first = [i for i in before if i in wanted]
    if anchor not in first:
        first.insert(0, anchor)
    had = set(first)
    rest = [i for i in span if i not in had and i != clicked]
    if clicked not in had:
        rest.append(clicked)
    return first + rest


# ``axis_ticks``' units whose minor ticks are days or months (``_without_lone_ticks``).
_UNITS_BELOW_A_YEAR = frozenset({"day", "2 days", "week", "month", "quarter", "half year"})


class _AxisSegment(Record):
    """A stretch or a break as drawn: its x range, its ticks (none for a narrow break)
    and, for a break, the x range of its compressed band."""

    _fields = ("x0", "x1", "ticks", "brk", "band")
    x0: float
    x1: float
    ticks: AxisTicks | None
    brk: Break | None
    band: tuple[float, float] | None

    def __init__(self, x0: float, x1: float, ticks: AxisTicks | None, brk: Break | None,
                 band: tuple[float, float] | None) -> None:
        self.x0 = x0
        self.x1 = x1
        self.ticks = ticks
        self.brk = brk
        self.band = band


class _AxisLabel(Record):
    """A label of the axis: where, what, bold or not, boxed or not."""

    _fields = ("rect", "text", "bold", "boxed")
    rect: QRectF
    text: str
    bold: bool
    boxed: bool  # a break's length, on its own background

    def __init__(self, rect: QRectF, text: str, bold: bool, boxed: bool = False) -> None:
        self.rect = rect
        self.text = text
        self.bold = bold
        self.boxed = boxed


class _LaneStyle(Record):
    """The pens and fills of a lane's colour over the palette's base, made once per
    palette (``TimelineView._lane_style``), not once per lane and frame."""

    _fields = ("pens", "span_fill", "badge_fill", "badge_pen", "indicator_fill",
               "indicator_pen")
    pens: dict[tuple[bool, bool], QPen]  # markers' outlines by (selected, circa)
    span_fill: QColor
    badge_fill: QColor
    badge_pen: QPen
    indicator_fill: QColor
    indicator_pen: QPen
    #: An imprecise date's bar (``_Item.vague``): its pale fill and its stripes'
    #: colour (``theme.hatch_colors``), and the stripes' brushes by device pixel ratio.
    hatch_fill: QColor
    hatch_stripe: QColor
    hatches: dict[float | None, QBrush]

    def __init__(self, pens: dict[tuple[bool, bool], QPen], span_fill: QColor,
                 badge_fill: QColor, badge_pen: QPen, indicator_fill: QColor,
                 indicator_pen: QPen, hatch: tuple[QColor, QColor]) -> None:
        self.pens = pens
        self.span_fill = span_fill
        self.badge_fill = badge_fill
        self.badge_pen = badge_pen
        self.indicator_fill = indicator_fill
        self.indicator_pen = indicator_pen
        self.hatch_fill, self.hatch_stripe = hatch
        self.hatches = {}


#: An imprecise date's stripes (``_hatch_brush``): logical px between them along the
#: bar, and their width.
HATCH_PERIOD = 6
HATCH_WIDTH = 1.6
#: A "◀ N" box's image (``TimelineView._copy_indicator``): pixels around the box (its
#: outline's half width and antialiased fringe lie within 2), and how many are kept
#: (~6 KB each; palettes, zooms and counts come and go).
INDICATOR_IMAGE_MARGIN = 3
INDICATOR_IMAGES_KEPT = 256
#: A box's image is made when it is asked for this many times: a view's own picture (its
#: second paint, when it stays) asks for each box again, and at 100 000 events the next
#: pan's counts are new (made at the second, ~16 images a view were never used: +1.1 %
#: instructions of a 100 000-event month session at 1600x900).
INDICATOR_SIGHTINGS = 3
#: The stripes' tile is this many periods wide (``_hatch_brush``: fewer, longer copies).
HATCH_TILE_PERIODS = 64


def _hatch_brush(ground: QColor, stripe: QColor, ratio: float) -> QBrush:
    """A brush of diagonal stripes ("/") of ``stripe``, ``HATCH_PERIOD`` logical px apart,
    on ``ground``: an opaque tile (RGB32: Qt copies it, where a tile with alpha was
    blended pixel by pixel, +9 % of a year pan's instructions at 100 000 events) of
    ``HATCH_PERIOD`` square at ``ratio``, its stripes antialiased (``_paint_hatches``),
    repeated ``HATCH_TILE_PERIODS`` times across.

    The wide tile holds the same pixels as the square one tiled (it is filled with it,
    and its width is a multiple of the square's), so any fill with it gives the same
    pixels; but Qt's raster engine copies a tiled brush's row in pieces no longer than
    the tile's width, one call each: with a 6 px tile, a month's bar across a 1600 px
    view was ~270 calls a row, the stripes 16 % of a month pan's instructions at
    1 000 events (issue 11, session 22, frames25's callgrind)."""
    from PySide6.QtGui import QBrush, QImage  # not needed by the first paint

    side = max(2, round(HATCH_PERIOD * ratio))
    tile = QImage(side, side, QImage.Format.Format_RGB32)
    tile.fill(ground)
    drawer = QPainter(tile)
    try:
        drawer.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        drawer.setPen(QPen(stripe, HATCH_WIDTH * ratio))
        for corner in (0, side, 2 * side):  # x + y == corner, across the tile's edges
            drawer.drawLine(QPointF(corner + 2, -2), QPointF(corner - side - 2, side + 2))
    finally:
        drawer.end()
    wide = QImage(side * HATCH_TILE_PERIODS, side, QImage.Format.Format_RGB32)
    drawer = _FillsByRect(wide)  # (made in the first paint: no ``QGradient`` class)
    try:  # (a copy of the square tile's pixels at each multiple of its side)
        drawer.fillRect(wide.rect(), QBrush(tile))
    finally:
        drawer.end()
    wide.setDevicePixelRatio(ratio)
    return QBrush(wide)


#: ``TimelineView._snapped_ratio``'s last painter, its device (weak references: a
#: painter or an image is never kept alive by it) and whether its engine is the raster one.
_RASTER_PAINTER: list[Any] = [None, None, False]

#: A point event's marker, around (0, 0): moved to each marker's centre when drawn.
_DIAMOND = QPolygonF([QPointF(0, -7), QPointF(7, 0), QPointF(0, 7), QPointF(-7, 0)])
#: Half the side of a diamond's pixmap (logical px): the diamond's 7 px, half the widest
#: outline (2.5 px, selected) and the antialiased fringe.
_DIAMOND_HALF = 9


class _ModeChangeAheadError(Exception):
    """A layout of a view painted ahead would change a lane's rows-or-density decision
    at its zoom (``TimelineView._lane_on_screen``): the work ahead is dropped instead."""


class _PanUnfitError(Exception):
    """A pan gesture's stretch (``_Pan``) needs more rows in a lane than the lane has on
    screen (a lane of one row whose stretch needs a "+N" row): no stretch is made; the
    gesture's frames are whole paints, as before."""


class _Pan(Record):
    """A pan gesture under way (a mouse drag on empty space or on an unselected event).

    While it lasts the lanes' content is not laid out for each view: a stretch of the
    world wider than the view (``margin`` px each side of where the gesture started) is
    laid out once with the stretch's edges as its packing edges, lanes keeping their
    heights and rows (``_layout_steps``' ``stretch``), and painted into ``picture``
    (the viewport's height, the stretch's width, at the device pixel ratio) in tiles of
    ``tile`` px as the view needs them or the app idles; each frame copies the part under
    the view and paints what is not the lanes' content over it (``_paint_pan_frame``).
    Labels ride with the world and may be cut by the view's edges; when the gesture ends
    the view is laid out for its own edges again (the design taken for issue 11,
    session 9: TimelineJS and Aeon Timeline slide their pictures the same way).
    """

    _fields = ("origin0", "key", "margin", "tile", "width", "layout", "picture",
               "painted", "moved", "view_layout", "ratio", "article_lines", "article_crowded",
               "canvas", "warm",
               "rows", "pinned", "article_pins", "partial", "group_layout", "sides_kept",
               "released", "rest", "layout_ms", "redo", "redo_tiles")
    origin0: float  # the view's origin (display units) when the gesture started
    key: tuple[object, ...]  # ``TimelineView._pan_key`` at the start: a change ends it
    margin: int  # px of the stretch left of the view at the start
    tile: int  # px, a multiple of DENSITY_BIN_PX (a dense lane's bars never straddle one)
    width: int  # the stretch's width, px: a whole number of tiles
    layout: _Layout | None  # the stretch's layout (x from its left edge), once made
    picture: QImage | None
    painted: set[int]  # tiles painted into the picture
    moved: bool  # the view moved: its frames are the gesture's
    warm: bool  # the pointer moved with the button held: the tiles are painted ahead
    rows: int  # the vertical scroll the painted tiles were painted at
    view_layout: tuple[int, _Layout] | None  # (shift, the stretch's layout seen from the view)
    ratio: float
    # The article badges of the stretch's axis and their lines across its lanes (x from
    # its left edge): they ride with the world too (``_pan_article_lines``).
    article_lines: list[tuple[float, QRectF, str]] | None
    # Its lines stand closer than ``CROWDED_ARTICLE_PX`` on average: the badges ride, the
    # lines are not drawn (as at rest, ``_article_line_columns``).
    article_crowded: bool
    canvas: QImage | None  # where tiles are painted before they are copied in
    # What the stretch keeps of what was on screen (``_pinned_stretch``): the layout
    # (the view's at the press, or the stretch left), how far right its x lies in the
    # stretch (px) and its extent there.
    pinned: tuple[_Layout, float, tuple[float, float]] | None
    # The article badges and lines on screen when it began (or of the stretch left), in
    # the stretch's x, and the extent they held: kept as they were (``_pan_article_lines``).
    article_pins: tuple[list[tuple[float, QRectF, str]], tuple[float, float]] | None
    # Groups of tiles (by their first tile) painted in part while the app waited
    # (``TimelineView._paint_pan_tiles``' ``budget``): the row (viewport y) to go on from.
    partial: dict[int, int]
    group_layout: tuple[int, _Layout] | None  # the last group's (its first tile, layout)
    # The pictures of the views beside the one at rest are still held (a press that may
    # be a click): they go once the pointer moves with the button held
    # (``TimelineView._paint_pan_tiles``).
    sides_kept: bool
    # The button was let go (``TimelineView._release_pan``): the next frame is still
    # the pan's (a copy of its picture), then the pan ends and the view's own picture
    # is made in slices (``TimelineView._settle_after_release``).
    released: bool
    # The view's picture at rest when the gesture began (``PAN_REST_TILES``), until its
    # tiles are copied from it (``TimelineView._copy_rest_tiles``).
    rest: QImage | None
    # GUI-thread ms spent on its layout's steps so far (``TimelineView._pan_layout_ms``).
    layout_ms: float
    # Tiles copied from the stretch before (``TimelineView._copy_stretch_tiles``) whose
    # dense lanes' rows are still to be painted again, and those bands of rows (each
    # (group's first tile, its end, top, bottom, first column tile, end)): counted
    # painted once the bands are done (a few bands a slice while the app waits).
    redo: list[tuple[int, int, int, int, int, int]]
    redo_tiles: set[int]

    def __init__(self, origin0: float, key: tuple[object, ...], margin: int, tile: int,
                 width: int, ratio: float) -> None:
        self.origin0 = origin0
        self.key = key
        self.margin = margin
        self.tile = tile
        self.width = width
        self.layout = None
        self.picture = None
        self.painted = set()
        self.moved = False
        self.warm = False
        self.rows = 0
        self.view_layout = None
        self.ratio = ratio
        self.article_lines = None
        self.article_crowded = False
        self.canvas = None
        self.pinned = None
        self.article_pins = None
        self.partial = {}
        self.group_layout = None
        self.sides_kept = True
        self.released = False
        self.rest = None
        self.layout_ms = 0.0
        self.redo = []
        self.redo_tiles = set()


def _shifted_layout(layout: _Layout, dx: float, x0: float, x1: float,
                    only: frozenset[str] | set[str] | None = None) -> _Layout:
    """The part of ``layout`` whose items reach into ``[x0, x1)`` (its x), moved left by
    ``dx`` px: a pan's stretch seen from a view or a tile.  A dense lane keeps the bars
    whose column starts at or right of ``dx - DENSITY_BIN_PX`` (bars are drawn from
    x = 0 when none starts left of it, ``_paint_density``).  ``only``: the items of these
    events alone (a frame's highlights)."""
    lanes: list[_LaneGeometry] = []
    items_by_id: dict[str, _Item] = {}
    for lane in layout.lanes:
        shifted = _LaneGeometry(lane.category, lane.top, lane.height, lane.dense,
                                hidden=lane.hidden, nearest=lane.nearest,
                                indicator_rects=lane.indicator_rects)
        if lane.dense:
            if lane.bar_x is not None and len(lane.bar_x):
                keep = (lane.bar_x + DENSITY_BIN_PX > x0) & (lane.bar_x < x1)
                shifted.bar_x = lane.bar_x[keep] - int(dx) if dx == int(dx) else (
                    lane.bar_x[keep] - dx)
                shifted.bar_h = lane.bar_h[keep]
                shifted.bar_base = lane.bar_base
                if lane.density is not None:
                    shifted.density = tuple(part[keep] for part in lane.density)  # type: ignore[assignment]
                shifted.color = lane.color
        else:
            for item in lane.items:
                if only is not None and item.event_id not in only:
                    continue
                rect = item.rect
                if rect.right() + 8 > x0 and rect.left() - 8 < x1:
                    moved = _Item(item.event_id, item.marker.translated(-dx, 0),
                                  item.label_rect.translated(-dx, 0), item.label,
                                  item.label_inside, item.is_point, item.circa, item.color,
                                  item.vague)
                    shifted.items.append(moved)
                    items_by_id[item.event_id] = moved
            shifted.badges = [
                _Aggregate(badge.rect.translated(-dx, 0), badge.count, badge.first_day,
                           badge.last_day, badge.color, badge.keys)
                for badge in lane.badges
                if badge.rect.right() + 4 > x0 and badge.rect.left() - 4 < x1]
        lanes.append(shifted)
    return _Layout(lanes, layout.content_height, items_by_id)


def _pinned_stretch(stretch: _Layout, pinned: _Layout, dx: float, width: float,
                    held: tuple[float, float]) -> _Layout:
    """A pan's stretch laid out (``stretch``, ``width`` px wide) that keeps what was on
    screen: every item and "+N" badge of ``pinned`` (a view's layout, or the stretch
    the pan leaves) reaching into the stretch, moved right by ``dx`` px, in its row, on
    its side, with its title; the stretch's own items and badges fill in around them,
    where they touch none of them (in their row) and lie outside ``held`` (the pinned
    layout's own extent, stretch x), and where their marker lies inside the stretch (a
    label clamped to the stretch's edge came in with no marker, verify10's finding 5).
    A dense lane keeps the bars ``pinned`` showed, its own beyond them
    (``_pinned_bars``).  Before,
    the stretch was packed for its own edges: the first move re-laid out every lane
    (verify10's finding 1)."""
    pinned_moved = _shifted_layout(pinned, -dx, -dx, width - dx)
    lanes: list[_LaneGeometry] = []
    items_by_id: dict[str, _Item] = {}
    for own, kept in zip(stretch.lanes, pinned_moved.lanes, strict=True):
        if own.dense or kept.dense:
            lanes.append(_pinned_bars(own, kept, held) if own.dense and kept.dense
                         else _same_peak(own, kept))
            continue
        taken = {item.event_id for item in kept.items}
        for badge in kept.badges:
            taken.update(badge.keys)
        rows: dict[int, tuple[float, float]] = {}
        for rect in [item.rect for item in kept.items] + [b.rect for b in kept.badges]:
            row = round(rect.center().y())
            low, high = rows.get(row, (rect.left(), rect.right()))
            rows[row] = (min(low, rect.left()), max(high, rect.right()))

        merged = _LaneGeometry(own.category, own.top, own.height, own.dense,
                               hidden=own.hidden, nearest=own.nearest,
                               indicator_rects=own.indicator_rects)
        merged.items = list(kept.items) + [
            item for item in own.items
            if item.event_id not in taken and item.marker.right() > 0
            and item.marker.left() < width and _clear_of(item.rect, held, rows)]
        merged.badges = list(kept.badges) + [
            badge for badge in map(partial(_badge_without, taken), own.badges)
            if badge is not None and _clear_of(badge.rect, held, rows)]
        items_by_id.update((item.event_id, item) for item in merged.items)
        lanes.append(merged)
    return _Layout(lanes, stretch.content_height, items_by_id)


def _seen_rows(own: _Layout, seen: _Layout, width: float) -> _Layout:
    """The layout of a view a pan gesture leaves (``own``: laid out for its edges) that
    keeps what the gesture's last frame showed (``seen``: its stretch seen from the
    view): every item of ``seen`` whose title is wholly within the view's ``width``
    and whose marker reaches into it (a span begun left of the view keeps its title
    beside its bar) and every "+N" badge wholly within it stays in its row, on its
    side, with its title; ``own``'s fill in around them where
    they touch none in their row (those cut by the view's edges during the pan come
    back laid out for the edges).  A lane whose mode, top or height differ, and a
    dense lane, are ``own``'s.  Before, the release re-laid every lane for the new
    edges: at 100 000 events the rows differed a lot from what the drag had shown
    (panfix10's finding)."""
    lanes: list[_LaneGeometry] = []
    items_by_id: dict[str, _Item] = {}
    for mine, shown in zip(own.lanes, seen.lanes, strict=True):
        if (mine.dense or shown.dense or abs(mine.top - shown.top) > 0.5
                or abs(mine.height - shown.height) > 0.5):
            lanes.append(mine)
            items_by_id.update((item.event_id, item) for item in mine.items)
            continue
        kept = [item for item in shown.items
                if item.label_rect.left() >= 0 and item.label_rect.right() <= width
                and item.marker.right() > 0 and item.marker.left() < width]
        badges = [badge for badge in shown.badges
                  if badge.rect.left() >= 0 and badge.rect.right() <= width]
        taken = {item.event_id for item in kept}
        for badge in badges:
            taken.update(badge.keys)
        rows: dict[int, list[QRectF]] = {}
        for rect in [item.rect for item in kept] + [badge.rect for badge in badges]:
            rows.setdefault(round(rect.center().y()), []).append(rect)

        def clear(rect: QRectF, rows: dict[int, list[QRectF]] = rows) -> bool:
            return not any(rect.right() + 4 > other.left() and rect.left() - 4 < other.right()
                           for other in rows.get(round(rect.center().y()), ()))

        # What the edges' layout shows and the kept items leave no room for (a title cut
        # by an edge during the pan, whose row a kept one holds) goes to the nearest row
        # with room; it vanished, leaving its row empty and no "+N" counting it
        # (verify11).  With no row for it, the lane is laid out for the edges, as every
        # lane was before.
        row_ys = sorted({round(item.rect.center().y()) for item in (*shown.items, *mine.items)})
        placed: list[_Item] | None = []
        for item in mine.items:
            if item.event_id in taken:
                continue
            home = round(item.rect.center().y())
            for y in sorted(row_ys, key=lambda y, home=home: (abs(y - home), y)):
                dy = y - home
                if clear(item.rect.translated(0, dy)):
                    break
            else:
                placed = None
                break
            if dy:
                item = _Item(item.event_id, item.marker.translated(0, dy),
                             item.label_rect.translated(0, dy), item.label,
                             item.label_inside, item.is_point, item.circa, item.color,
                             item.vague)
            placed.append(item)
            rows.setdefault(round(item.rect.center().y()), []).append(item.rect)
        own_badges = [badge for badge in map(partial(_badge_without, taken), mine.badges)
                      if badge is not None]
        if placed is None or not all(clear(badge.rect) for badge in own_badges):
            lanes.append(mine)
            items_by_id.update((item.event_id, item) for item in mine.items)
            continue
        merged = _LaneGeometry(mine.category, mine.top, mine.height, mine.dense,
                               hidden=mine.hidden, nearest=mine.nearest,
                               indicator_rects=mine.indicator_rects)
        merged.items = kept + placed
        merged.badges = badges + own_badges
        items_by_id.update((item.event_id, item) for item in merged.items)
        lanes.append(merged)
    return _Layout(lanes, own.content_height, items_by_id)


def _badge_without(taken: set[str], badge: _Aggregate) -> _Aggregate | None:
    """A "+N" badge less the events of ``taken`` (shown as items, or in a badge kept
    beside it), or None when none is left.  A badge of which one event was taken was
    dropped whole, and its other events with it: after a drag, events in a "+N" at the
    view's edge showed nowhere (frames29: the stretch of a pan gives a span a row where
    the view at rest gives it none)."""
    if taken.isdisjoint(badge.keys):
        return badge
    rest = tuple(key for key in badge.keys if key not in taken)
    if not rest:
        return None
    return _Aggregate(badge.rect, len(rest), badge.first_day, badge.last_day, badge.color,
                      rest)


def _clear_of(rect: QRectF, held: tuple[float, float],
              rows: dict[int, tuple[float, float]]) -> bool:
    """``rect`` (an item's or a badge's) stays 4 px clear of the extent ``held`` and of
    what is kept in its row (``rows``: a row's middle y to its kept items' extent)."""
    if rect.right() + 4 > held[0] and rect.left() - 4 < held[1]:
        return False
    span = rows.get(round(rect.center().y()))
    return span is None or not (rect.right() + 4 > span[0] and rect.left() - 4 < span[1])


def _same_peak(own: _LaneGeometry, kept: _LaneGeometry) -> _LaneGeometry:
    """A dense lane of a pan's stretch (``own``) with its bars' heights scaled to the
    tallest bar of the view it keeps (``kept``, ``TimelineView._density``): a column
    counted as on screen is as tall as it was there; one above the view's tallest is
    drawn as tall as the lane allows."""
    import numpy as np

    if (own.density is None or kept.density is None or own.bar_h is None
            or not len(kept.density[0])):
        return own
    peak = int(kept.density[0].max())
    if peak == int(own.density[0].max()):
        return own
    found = own.density[0]
    shown = _LaneGeometry(own.category, own.top, own.height, own.dense, bar_x=own.bar_x,
                          bar_base=own.bar_base, density=own.density, color=own.color,
                          hidden=own.hidden, nearest=own.nearest,
                          indicator_rects=own.indicator_rects)
    shown.bar_h = 4 + (own.height - LANE_HEADER - 10) * np.minimum(
        np.log1p(found) / math.log1p(peak), 1.0) if peak else own.bar_h
    return shown


def _pinned_bars(own: _LaneGeometry, kept: _LaneGeometry,
                 held: tuple[float, float]) -> _LaneGeometry:
    """A dense lane of a pan's stretch (``own``) that keeps the bars ``kept`` (the
    lane ``_pinned_stretch`` keeps, stretch x) showed within ``held`` (its extent, stretch
    x) as they were, on their columns and at their heights, and has its own (scaled to
    ``kept``'s tallest, ``_same_peak``) only wholly outside it.  So the stretch a drag
    takes shows the bars of the one it leaves where both reach, and its tiles there are
    that one's pixels (``TimelineView._copy_stretch_tiles``: with each stretch's own bins
    from its own edge, the bars differed and those lanes' rows were painted again, as
    dear as the tiles).  A lane whose bars are not whole-pixel columns is ``own``'s."""
    import numpy as np

    shown = _same_peak(own, kept)
    if (kept.bar_x is None or kept.bar_h is None or kept.density is None
            or shown.bar_x is None or shown.bar_h is None or shown.density is None
            or kept.bar_x.dtype.kind != "i" or shown.bar_x.dtype.kind != "i"):
        return shown
    low, high = held
    inside = (kept.bar_x >= low) & (kept.bar_x + DENSITY_BIN_PX <= high)
    outside = (shown.bar_x >= high) | (shown.bar_x + DENSITY_BIN_PX <= low)
    xs = np.concatenate((kept.bar_x[inside], shown.bar_x[outside]))
    order = np.argsort(xs, kind="stable")
    merged = _LaneGeometry(own.category, own.top, own.height, own.dense,
                           bar_x=xs[order],
                           bar_h=np.concatenate((kept.bar_h[inside], shown.bar_h[outside]))[order],
                           bar_base=own.bar_base,
                           density=tuple(np.concatenate((k[inside], o[outside]))[order]  # type: ignore[arg-type]
                                         for k, o in zip(kept.density, shown.density, strict=True)),
                           color=own.color, hidden=own.hidden, nearest=own.nearest,
                           indicator_rects=own.indicator_rects)
    return merged


def _pinned_steps(steps: Generator[None, None, _Layout], pinned: _Layout, dx: float,
                  width: float, held: tuple[float, float]
                  ) -> Generator[None, None, _Layout]:
    """``steps`` (a stretch's layout), its result pinned to ``pinned``
    (``_pinned_stretch``)."""
    stretch = yield from steps
    return _pinned_stretch(stretch, pinned, dx, width, held)


def _seen_steps(steps: Generator[None, None, _Layout] | None, own: _Layout | None,
                seen: _Layout, width: float) -> Generator[None, None, _Layout]:
    """The layout a released pan leaves for the view (``_seen_rows``), in steps: the
    view's own layout for its edges (``steps``, or ``own`` when it is kept already),
    then, a step of its own, what the pan's last frame showed (``seen``) kept in it."""
    if own is None:
        assert steps is not None
        own = yield from steps
        yield
    return _seen_rows(own, seen, width)


class _PaintJob(Record):
    """A view painted into a picture in slices while the app waits (``_paint_slice``):
    first its layout, then the lanes' rows band by band, then what lies above them.

    Attributes:
        view: (origin, pixels per day) of the view painted.
        here: (origin, pixels per day) on screen when the job began; the view moving
            from there (an input) abandons the job.
        last_move: ``_last_move`` when the job began (its identity is checked).
        key: ``_frame_key`` of the view painted, read at the first slice; any change of
            it (an edit, a palette, a resize, a vertical scroll) abandons the job.
        picture: the canvas (None until the first slice of paint).
        next_row: the first viewport row of the lanes not painted yet; -1: all painted.
        side: the job paints a view beside the one on screen, made while the view
            stays (``_prepare_sides``), kept in ``_side_pictures`` (Fit All's view in
            ``_fit_picture``).
        layout_steps: the view's layout under way (``TimelineView._layout_steps``),
            run a few steps a slice; None when not begun or finished.  Only a finished
            layout is kept (``_layouts``); an abandoned job drops it.
        layout_key: ``_layout_key`` of the view, read when its layout began.
        flip: the (zoom, lane category, dense) of each lane the layout of this step
            ahead found to change its mode at the step's zoom (``_lane_on_screen``), in
            the order found: the changes are made only when the view comes to the step
            (``_flipped_ahead``); until then the finished layout is ``layout``, not kept
            in ``_layouts``.
        layout: the finished layout of a job with a ``flip``.
        ahead: how many notches of a zoom run ahead of the view on screen the view
            painted is (``TimelineView._preview_job_for``); 0: the view on screen's.
        begun: ``TimelineView._notches`` when the job began (how many notches its
            picture took to paint).
        settles: the view a drag's release left, whose screen still shows the pan's
            last frame (``TimelineView._settle_after_release``): its picture, once made,
            is shown (a frame that copies it).
    """

    _fields = ("view", "here", "last_move", "key", "picture", "next_row", "side",
               "layout_steps", "layout_key", "flip", "layout", "ahead", "begun",
               "settles")
    view: tuple[float, float]
    here: tuple[float, float]
    last_move: object
    key: tuple[object, ...] | None
    picture: QImage | None
    next_row: int
    side: bool  # a view beside the one on screen (``_prepare_sides``)
    layout_steps: Generator[None, None, _Layout] | None
    layout_key: tuple[object, ...] | None
    flip: tuple[tuple[tuple[object, ...], str, bool], ...] | None
    layout: _Layout | None
    ahead: int
    begun: int
    settles: bool

    def __init__(self, view: tuple[float, float], here: tuple[float, float],
                 last_move: object, key: tuple[object, ...] | None = None,
                 picture: QImage | None = None, next_row: int = LANES_TOP,
                 side: bool = False) -> None:
        self.view = view
        self.here = here
        self.last_move = last_move
        self.key = key
        self.picture = picture
        self.next_row = next_row
        self.side = side
        self.layout_steps = None
        self.layout_key = None
        self.flip = None
        self.layout = None
        self.ahead = 0
        self.begun = 0
        self.settles = False


def _run_to_the_end(steps: Generator[None, None, _Layout]) -> _Layout:
    """What ``steps`` (``TimelineView._layout_steps``) returns, all its steps run."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]


def _tiles_dashes(painter: QPainter, ratio: float) -> bool:
    """Whether ``painter`` (a raster painter of whole device pixel ratio ``ratio``) maps
    logical pixels to device pixels so that a dashed line's tile (``TimelineView.
    _circa_tile``) lands on whole device pixels: a scale of exactly ``ratio`` (1, 2 or
    4, so that dividing by it is exact) and a translation by whole device pixels."""
    if ratio not in (1.0, 2.0, 4.0):
        return False
    device = painter.deviceTransform()
    dx, dy = device.dx(), device.dy()
    return (device.m11() == ratio and device.m22() == ratio and device.m12() == 0
            and device.m21() == 0 and device.m13() == 0 and device.m23() == 0
            and dx == math.floor(dx) and dy == math.floor(dy))


def _label_background(label_rect: QRectF) -> QRectF:
    """The band-coloured box drawn under a label outside its bar: the label 2 px wider
    each side and nearly its row's height (``LABEL_BACKGROUND_HALF`` above and below its
    middle), so that grid lines and the article lines stop clear of the text.  As tall as
    the text only, the red article line ran from a label's ascenders to its descenders
    and read as struck through it (new-user trial 7)."""
    middle = label_rect.center().y()
    # On whole pixels: filled without antialiased edges (a fifth of the cost; the box is
    # the lane's own colour, so only the lines it covers show where it ends).
    left = math.floor(label_rect.left() - 2)
    top = math.floor(middle - LABEL_BACKGROUND_HALF)
    return QRectF(left, top, math.ceil(label_rect.right() + 2) - left,
                  math.ceil(middle + LABEL_BACKGROUND_HALF) - top)


def _blend(color: QColor, base: QColor, alpha: float) -> QColor:
    """``color`` at ``alpha`` over ``base``, as one opaque colour."""
    return QColor.fromRgbF(*(c * alpha + b * (1 - alpha) for c, b in zip(
        color.getRgbF()[:3], base.getRgbF()[:3], strict=True)))


# Entries a text cache past its limit forgets at once, the oldest first (``_make_room``).
EVICTED_AT_ONCE = 256


def _make_room(cache: dict[Any, Any], limit: int) -> None:
    """Past ``limit`` entries, forget the ``EVICTED_AT_ONCE`` oldest of ``cache`` (in the
    order they were added), not all of it: emptying 20 000 laid-out titles
    (``QStaticText``) took 31 ms of one frame, and the frame after it laid out every
    title on screen again (issue 11: a frame's max is 16 ms; a long pan through 100 000
    events reaches the limit every few hundred frames).  What is on screen was added
    last, so it stays."""
    if len(cache) > limit:
        for key in list(itertools.islice(cache, EVICTED_AT_ONCE)):
            del cache[key]


def _remembered_width(cache: dict[str, float], metrics: QFontMetricsF, text: str,
                      limit: int) -> float:
    """``metrics.horizontalAdvance(text)``, from ``cache`` when measured before (the
    oldest forgotten past ``limit`` entries, ``_make_room``): measuring shapes the text,
    ~15 µs a string."""
    width = cache.get(text)
    if width is None:
        _make_room(cache, limit)
        width = cache[text] = metrics.horizontalAdvance(text)
    return width


def _default_prompt(parent: QWidget, title: str, label: str, text: str) -> str | None:
    from timeline_app.ui.prompts import ask_text

    return ask_text(parent, title, label, text)


#: ``_PanScrollBar`` asks the style where its slider is only once PySide has made these
#: classes (the panels built after the first paint make QStyle): making QStyle the first
#: time is 7-30 ms (its enums), once at start-up before the first paint, or on the first
#: move of a drag, was a stall; before, the bar is repainted on every change as Qt does.
#: QStyleOptionSlider is made by the bar's first paint after that (0.7 ms once): nothing
#: else makes it, and waiting for it kept the bar repainting whole at every change in
#: the app (paint13, session 12).
_STYLE_CLASSES = frozenset(("QStyle",))
#: The changes of a scroll bar after which it may look as painted (not its orientation).
_LOOKS_CHANGES = (QAbstractSlider.SliderChange.SliderValueChange,
                  QAbstractSlider.SliderChange.SliderRangeChange,
                  QAbstractSlider.SliderChange.SliderStepsChange)


class _PanScrollBar(QScrollBar):
    """The view's horizontal scroll bar, repainted on a change of its value only when
    what it shows changes: where its slider is, and whether the value is at either end
    (the end's arrow is greyed).

    A pan sets the value at every move, and the bar spans the data's whole length
    (centuries at a year's zoom: ~500 000 px at 2560 px a year), so its slider moves a
    pixel every few hundred pixels of a drag; each repaint was the style's drawing of the
    whole bar, ~5 % of a drag's move (callgrind, 100 000 events, 1600x900 and
    2560x1440; issue 11).  The value, its signal and the accessibility notification
    (``QAbstractSlider::setValue``) are unchanged: only the ``update()`` of
    ``sliderChange`` is skipped.

    A zoom sets the range and the page step too, every notch: where the slider and the
    ends look as painted (the slider at its least length deep in, about the same day),
    the bar is not painted again either (issue 11, session 12: half the notches of
    bench_view's zoom row, 0.35-0.9 ms each at 1600x900-2560x1440)."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._painted_looks: tuple[object, ...] | None = None  # ``_looks`` at the last paint
        self._held: bool | None = None  # changes held (``hold_repaint``): whether any came

    def _looks(self, value: int) -> tuple[object, ...]:
        """What a paint of the bar at ``value`` depends on that a change of value may
        change: its slider's rectangle and whether ``value`` is at either end (asked
        only when ``_STYLE_CLASSES`` are made)."""
        from PySide6.QtWidgets import QStyle, QStyleOptionSlider

        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.sliderPosition = option.sliderValue = value
        slider = self.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option,
                                             QStyle.SubControl.SC_ScrollBarSlider, self)
        return (slider.getRect(), value <= self.minimum(), value >= self.maximum())

    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:  # noqa: N802 - Qt override
        # (A repaint already asked for and not made yet shows the value as it is then.)
        if self._held is not None and change in _LOOKS_CHANGES:
            self._held = True  # (decided by ``release_repaint``)
            return
        if self._painted_looks is not None and change in _LOOKS_CHANGES:
            looks = self._looks(self.value())
            if looks == self._painted_looks:
                return  # the same pixels: no repaint
            if (change == QAbstractSlider.SliderChange.SliderValueChange
                    and looks[1:] == self._painted_looks[1:]):
                # Only the slider moved (neither end's arrow changed): only where it was
                # painted and where it is now are painted again (the whole Fusion bar
                # was 2.5 M instructions a pan at 1600 px, these 0.4 M; paint13).
                was, now = self._painted_looks[0], looks[0]  # (x, y, w, h)
                self.update(QRect(*was).united(QRect(*now)).adjusted(-2, -2, 2, 2))
                return
        super().sliderChange(change)

    def hold_repaint(self) -> None:
        """Changes of the range, the steps and the value from now on are one change,
        judged by ``release_repaint`` (a new range's first change, with the old value,
        looked otherwise and asked for a repaint, however the value then came back to
        the slider's painted place)."""
        self._held = False

    def release_repaint(self) -> None:
        """The changes since ``hold_repaint``, if any, repaint the bar only if it
        then looks otherwise than painted; where only the slider moved or changed
        length, only its places.

        The groove under the slider looks the same whatever the range: a zoom notch's
        new range and page step repaint where the slider was and is, as a pan's value
        does (``sliderChange``), not the whole bar (~1.9 M instructions at 2560 px, on
        half the notches of bench_view's zoom row; issue 11, session 13, ``zoom14``)."""
        changed, self._held = self._held, None
        if not changed:
            return
        painted = self._painted_looks
        looks = None if painted is None else self._looks(self.value())
        if painted is not None and looks is not None:
            if looks == painted:
                return
            if looks[1:] == painted[1:]:  # neither end's arrow changed
                was, now = painted[0], looks[0]  # (x, y, w, h)
                self.update(QRect(*was).united(QRect(*now)).adjusted(-2, -2, 2, 2))
                return
        super().sliderChange(QAbstractSlider.SliderChange.SliderValueChange)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        # What it looks like, read while its range and value are the painted ones (a
        # change of range leaves none to read it from); before the style's classes are
        # made, every change repaints it, as Qt does.
        self._painted_looks = (
            self._looks(self.value())
            if _STYLE_CLASSES <= vars(sys.modules["PySide6.QtWidgets"]).keys() else None)


class _FillsByRect(QPainter):
    """A painter whose ``fillRect(rect, brush or colour)`` draws the rectangle with no
    pen instead: the same pixels (``tests/ui/test_startup.py`` compares the view's paint
    both ways at six views, one and two device pixels a pixel), without PySide resolving
    ``fillRect``'s overloads, whose first resolution makes the ``QGradient`` class (its
    ``Preset`` enum has 169 members: 12.9 M instructions, ~2 ms, whatever the arguments).
    The view's first paint uses it (``paintEvent``), so that class is made after the
    first paint, not in it (issue 11: start-up to first paint; benchmarks/README.md,
    "Session 29, branch fix50")."""

    def fillRect(self, *args: Any) -> None:  # noqa: N802 - Qt's name
        if len(args) != 2:
            super().fillRect(*args)
            return
        self.save()
        self.setPen(Qt.PenStyle.NoPen)
        self.setBrush(args[1])
        self.drawRect(args[0])
        self.restore()


#: The bidirectional class (``unicodedata.bidirectional``) of the characters the view
#: itself draws in its small texts: the gap's "≈ 57 years", the "◀ 3" / "2 ▶"
#: indicators, "·", "…" and dashes.  Known without ``unicodedata``, a C extension whose
#: load (~0.3 ms) the default timeline's first paint paid for its "≈" alone (issue 11).
_OWN_SMALL_BIDI = dict.fromkeys("≈·◀▶…–—", "ON")


def _bidirectional(char: str) -> str:
    """``unicodedata.bidirectional(char)``, with ``unicodedata`` imported only for a
    character the view does not draw itself (``_OWN_SMALL_BIDI``)."""
    known = _OWN_SMALL_BIDI.get(char)
    if known is not None:
        return known
    import unicodedata

    return unicodedata.bidirectional(char)


class TimelineView(PythonViewportScrollArea):
    """The scrollable, zoomable timeline.

    Signals:
        event_selected(str): the selected event changed ("" for none).
        view_changed(): the visible range or the scale changed.
        event_activated(str): an event was double-clicked (to edit it).
        background_activated(float): empty space was double-clicked; the day (ordinal) there.
        lane_name_clicked(str): a lane's name was clicked (its category, to hide or show
            that lane as a click in the legend does; by participant or place, the name:
            ``hide_lane``).
    """

    event_selected = Signal(str)
    view_changed = Signal()
    event_activated = Signal(str)
    background_activated = Signal(float)
    lane_name_clicked = Signal(str)
    #: Go to Date went somewhere: how the typed text was read, in words, for the status
    #: bar ("12 November 2024 — a day (day first; or 11 December 2024, month first)").
    went_to_date = Signal(str)

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
        #: Fit All's extra linear days (after the stretch left of a break, before the
        #: one right of it) by the break's ``empty_first`` (``_fit_room``): room for
        #: those stretches' titles and years.
        self._fit_room_days: dict[float, tuple[float, float]] = {}
        self._overview_version = 0  # counts recomputed: the picture is drawn again
        # A drag on the overview strip: (mode, press x, origin, first unit, last unit).
        self._strip_drag: tuple[str, float, float, float, float] | None = None
        self._scroll_unit = 1.0  # pixels per horizontal scrollbar step
        self._lanes: list[_Lane] = []
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
        self._lane_spellings: dict[str, str] = {}  # ``PreparedLanes.spellings`` of the lanes
        self._lane_by_category: dict[str, _Lane] = {}  # the lanes by key (``_Lane.category``)
        self._placed: dict[str, Event] = {}  # each event as it is in the lanes now
        self._data_range_cache: tuple[float, float] | None = None
        # Layouts of the last few views, by what a layout depends on (``_layout_key``):
        # a view shown again (Fit All at fit-all, a zoom back) is not laid out again.
        self._layouts: dict[tuple[object, ...], _Layout] = {}
        #: the selected event and its row's top on screen before a zoom by key or toolbar,
        #: until the zoomed view's layout is made (``_keep_selected_row``)
        self._kept_row: tuple[str, float] | None = None
        #: the event ``ensure_visible`` last scrolled to, the lanes' scroll it left and
        #: the view (origin, px per day) it was made for: kept in view when the view is
        #: laid out again in place (``_keep_shown_in_view``)
        self._shown_row: tuple[str, int, tuple[float, float]] | None = None
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
        # ``_least_label_width`` by event id (bounded: ``LEAST_WIDTHS_KEPT``).
        self._least_cache: dict[str, float] = {}
        self._elided_cache: dict[tuple[str, int], tuple[str, float]] = {}
        self._name_widths: dict[str, float] = {}
        self._small_widths: dict[str, float] = {}
        self._bold_widths: dict[str, float] = {}
        self._density_pixels: dict[int, int] = {}  # a colour's premultiplied pixel
        # ``_paint_backdrop``'s last tiles: (what they are made from, the article lines'
        # stripe, whether the lines are in them, the grid's rows, the tile per colour: a QBrush).
        self._backdrop_tiles: tuple[tuple[object, ...], QPixmap | None, bool,
                                    list[QImage], dict[int, Any]] | None = None
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
        self._article_columns_memo: tuple[tuple[object, ...],
                                          tuple[list[float], list[int]]] | None = None
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
        # Labels' boxes with their titles, drawn once and copied (``_paint_chips``).
        self._label_chips = LabelChips()
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
        # The next step of a steady pan or zoom, painted ahead (``_lay_out_ahead``): it
        # becomes the frame picture when the view gets there (``_adopt_picture_ahead``).
        self._ahead_picture: tuple[tuple[object, ...], QImage] | None = None
        # Work done in slices while the app waits (``_paint_slice``): the step painted
        # ahead, or the picture of a view that stayed on screen; and a canvas to reuse.
        self._paint_job: _PaintJob | None = None
        # A view other than the one on screen is being laid out (``_paint_slice``).
        self._laying_out_ahead = False
        # The step ahead being laid out may find lanes' changes of mode (not a view
        # beside: those are dropped at one); what it found (``_PaintJob.flip``).
        self._may_flip_ahead = False
        self._ahead_flip: tuple[tuple[tuple[object, ...], str, bool], ...] | None = None
        # A step painted ahead whose layout changes a lane's mode: its layout and picture,
        # made real when the view comes there (``_flipped_ahead``).
        self._flip_ahead: _PaintJob | None = None
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
        # Until then (``time.monotonic``), Fit All's picture made after a resize keeps
        # its place beside the view (``FIT_AFTER_RESIZE_KEPT_MS``).
        self._fit_hold_until = 0.0
        self._fit_hold_timer = QTimer(self)
        self._fit_hold_timer.setSingleShot(True)
        self._fit_hold_timer.timeout.connect(self._end_fit_hold)
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
        self._zoom_from_input = False  # set by a wheel's notch or a zoom key (zoom_by)
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
        # Find and filter (set_emphasis): matches are highlighted, others dimmed; hidden
        # events are left out of the lanes.  None = no search.
        self._matches: frozenset[str] | set[str] | None = None
        self._hidden: frozenset[str] | set[str] = frozenset()
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
        document.lane_order_changed.connect(self._on_lane_order_changed)
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
                return QRectF(4, lane.top + offset + 1, 22 + self._name_width(category), 17)
        return QRectF()

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
            top = lane.top + offset
            if top + 1 <= pos.y() < top + 18:
                right = 22 + self._name_width(lane.category) + 4
                return lane.category if 4 <= pos.x() < right else None
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
        hide = "; click to hide this lane" if lane.category else ""
        if self._lanes_by == "place" or not lane.category:
            return f"{events}{hide} (View → Lanes By)"
        return (f"{events}; an event of several participants is in each of their "
                f"lanes{hide} (View → Lanes By)")

    def set_emphasis(self, matches: set[str] | frozenset[str] | None,
                     hidden: set[str] | frozenset[str] | None) -> None:
        """Highlight ``matches`` and dim the other events (``None``: no search, nothing
        dimmed); leave out ``hidden`` events entirely (drawing, clicks, stepping)."""
        hidden = hidden if hidden is not None else frozenset()
        hidden_changed = hidden is not self._hidden and hidden != self._hidden
        before = self._hidden
        self._matches = matches
        self._hidden = hidden
        if hidden_changed:
            lanes = self._lanes_without(hidden, before)
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
            if hidden and not self._shows_an_event():
                # Nothing the filters let through is on screen: show what they let
                # through (Fit All of it).  A date filter for 1990-1995 over a view of
                # 1812-1832 left every lane empty but for "3,260 ▶" badges (verify32,
                # finding 8).
                self.fit_all()
        else:
            self._repaint_all()

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
        # (a lazily loaded timeline's lanes: ids from the store, nothing made)
        if not all(all(map(hidden.__contains__, event_ids(lane.events))) for lane in dropped):
            return None
        return [lane for lane in self._all_lanes if not any(lane is d for d in dropped)]

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
        return None if layout is None else layout.content_height

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

    def day_at(self, x: float) -> float:
        return self._scale.day_of_u(self._origin + x / self._px_per_day)

    def x_of_day(self, day: float) -> float:
        return (self._scale.u_of_day(day) - self._origin) * self._px_per_day

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
        self._lanes_by = lanes_by
        self._hidden_lanes.clear()
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
        ``show_all_lanes``, another way or another file.  False, with nothing done, by
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

    def hidden_lanes(self) -> frozenset[str]:
        """The lanes by participant or place ``hide_lane`` left out."""
        return frozenset(self._hidden_lanes)

    def show_all_lanes(self) -> None:
        """Every lane ``hide_lane`` left out drawn again, in its place."""
        if not self._hidden_lanes:
            return
        self._hidden_lanes.clear()
        # Every lane is in ``_lane_by_category`` (a hidden one is only left out of
        # ``_lanes``): back in its place without reading an event.  A rebuild took
        # seconds at 1 000 000 events, and the filters' change after it another (fix63).
        self._lanes = named_lane_order(self._lane_by_category.values())
        self._lane_ids = {}  # the lane caches follow the lanes
        self._match_starts_for = None
        self._invalidate()
        self._update_scrollbars()

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

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the day under ``anchor_x`` in place.

        Without an anchor (keys, toolbar) the zoom keeps the selected event on screen when
        it is in or near the view (``_zoom_anchor_for_selection``), else it centres on the
        middle of the view.  At either
        end of the zoom range (see ``_scale_bounds``) this does nothing.  A notch with
        the last notch's factor, from where it left the view, whose anchor is within
        ``ANCHOR_SNAP_PX`` of that notch's, is made about that notch's anchor: the
        anchor read again from a day's x drifts by float rounding, and the step painted
        ahead (``_lay_out_ahead``) is only used by the very same move.
        """
        # A key's or the toolbar's zoom keeps the selected event's row where it is on
        # screen too (``_keep_selected_row``); the wheel's zooms about the pointer.
        self._kept_row = None if anchor_x is not None else self._selected_row_on_screen()
        if anchor_x is None:
            anchor_x = self._zoom_anchor_for_selection(factor)
        before = (self._origin, self._px_per_day)
        last = self._last_move
        if (last is not None and last[1:] == before and last[0][:2] == ("zoom", factor)
                and abs(anchor_x - last[0][2]) <= ANCHOR_SNAP_PX):  # type: ignore[operator]
            anchor_x = last[0][2]  # type: ignore[assignment]
        anchor_u = self._origin + anchor_x / self._px_per_day
        # A notch of a run (the same again, or a wheel's or a key's, or one the other way
        # straight after a run's notch, from where it left the view: the run turned): its
        # frame may be a stretched picture, so the step lays nothing out
        # (``_zoom_preview``).  (The turn of bench_view's zoom row was painted whole: 7-10
        # ms at 1600x900, issue 11, session 12.)
        turned = (self._notch_of_run and last is not None and last[1:] == before
                  and last[0][0] == "zoom")
        self._preview_armed = (self._zoom_from_input or turned or last == (
            ("zoom", factor, anchor_x), *before)) and self._scale.is_linear
        self._notch_of_run = self._preview_armed
        self._zoom_from_input = False
        self._notches += 1
        self._set_scale(self._px_per_day * factor)
        origin, ppd = self._snapped_back((anchor_u - anchor_x / self._px_per_day,
                                          self._px_per_day))
        self._px_per_day = ppd  # (the same, or the previous view's within 1e-12 of it)
        self._in_zoom_step = True
        try:
            self._set_origin(origin)
            if factor > 1 and self._open_break_if_inside():
                # Only then: ``_set_origin`` lays the view out (the scroll bars need the
                # lanes' height), and a second layout was half of a zoom notch's frame.
                self._set_origin(self._origin)
        finally:
            self._in_zoom_step = False
        self._moved(("zoom", factor, anchor_x), before)

    def _selected_row_on_screen(self) -> tuple[str, float] | None:
        """The selected event and the top (px, below the lanes' top, after the vertical
        scroll) of its marker or mark in the view as laid out now, when it is wholly on
        screen; None otherwise, or when the view's layout is not made (nothing is laid
        out for it here)."""
        event_id = self._selection.event_id
        vbar = self.verticalScrollBar()
        layout = self._layouts.get(self._layout_key())
        if not event_id or layout is None:
            return None
        rect = self._selected_rect(layout, event_id)
        if rect is None:
            return None
        top = rect.top() - vbar.value()
        visible_h = self.viewport().height() - LANES_TOP
        if top < 0 or rect.bottom() - vbar.value() > visible_h:
            return None  # the person is looking at other lanes
        return event_id, top

    def _selected_rect(self, layout: _Layout, event_id: str) -> QRectF | None:
        """The event's marker (content coordinates) in ``layout``, or its mark in a
        density strip or a "+N" badge's row (``_selection_mark``); None when neither."""
        item = self._item_of(layout, event_id)
        if item is not None:
            return item.rect
        mark = self._selection_mark(layout, event_id)
        return mark[1] if mark is not None else None

    def _keep_selected_row(self, layout: _Layout) -> None:
        """After a zoom by key or toolbar, scroll the lanes so the selected event's row is
        where it was on screen (``_selected_row_on_screen`` before the zoom), as far as
        the lanes' scroll goes.  The lanes above it grow as their density strips become
        rows of titles: verify35 (observation 7) found fourteen presses of "+" on the
        100 000-event file pushing the event selected in the last lane below the fold."""
        kept, self._kept_row = self._kept_row, None
        if kept is None or kept[0] != self._selection.event_id:
            return
        rect = self._selected_rect(layout, kept[0])
        if rect is None:
            return
        vbar = self.verticalScrollBar()
        wanted = min(max(0, int(round(rect.top() - kept[1]))), vbar.maximum())
        if wanted != vbar.value():
            vbar.setValue(wanted)
        # ... and kept in view when the view rests and the world's chunks pack its lanes
        # anew (``_keep_shown_in_view``, as after ``ensure_visible``): the rest's swap
        # pushed the row of twelve "+" presses 26-52 px below the lanes' bottom edge.
        self._remember_shown(kept[0])

    def _zoom_anchor_for_selection(self, factor: float) -> float:
        """The anchor (viewport x, px) of a zoom by ``factor`` from a key or the toolbar.

        The selected event, when it is on screen or within half a view of it, stays on
        screen: it keeps its x, or, off screen or at an edge, it comes to
        ``ZOOM_KEEP_MARGIN_PX`` inside the edge.  Its x is read from its date, not from
        its item: an event in a "+N" badge or a density lane has none (new-user trial:
        "+" lost the event selected in the list).  Else: the middle of the view.
        """
        width = self.viewport().width()
        middle = width / 2
        event_id = self._selection.event_id
        if (factor == 1 or width <= 2 * ZOOM_KEEP_MARGIN_PX or not event_id
                or event_id not in self._document.timeline or event_id in self._hidden):
            return middle
        start, end = event_days(self._document.timeline.get(event_id))
        if end - start == 1:  # a day: its marker's centre
            x = self.x_of_day(start + 0.5)
        else:  # a span: the middle of its part on screen, else its end nearest the view
            x0, x1 = self.x_of_day(start), self.x_of_day(end)
            x = (max(x0, 0.0) + min(x1, width)) / 2 if x0 < width and x1 > 0 else (
                x1 if x1 <= 0 else x0)
        if not -width / 2 <= x <= width * 1.5:
            return middle  # far away: the user looks elsewhere
        target = min(max(x, ZOOM_KEEP_MARGIN_PX), width - ZOOM_KEEP_MARGIN_PX)
        if target == x:
            return x
        # The anchor ``a`` that brings x to ``target``: a + (x - a) * factor == target.
        return (target - x * factor) / (1 - factor)

    def hold_work_ahead(self, held: bool) -> None:
        """Stop (``held``) or resume the work this view does while the app waits: the
        next step of a pan or a zoom laid out and painted ahead, the picture of a view
        that stays and the views beside it.  Frames are painted as before meanwhile.

        Held while work runs off the GUI thread (``MainWindow.run_in_background``):
        Python on two threads shares one GIL, and each Qt call of that work gave the
        GIL away to the other thread and waited for it (up to ``sys.getswitchinterval``
        a call): the slices of 1-6 ms of the GUI thread's CPU took 15-60 ms of wall
        clock each beside the load of 100 000 events, and stalled the window (issue 11,
        benchmarks/README.md, session 6); a load then replaces what they painted.
        Resumed, the view on screen gets its picture and sides again if it stays.
        """
        if held == self._work_ahead_held:
            return
        self._work_ahead_held = held
        if held:
            job = self._paint_job
            if job is not None and job.settles:
                # A released drag's view (``_settle_after_release``): its layout kept now,
                # and its frame painted whole, as the release made them before.
                self._settle_layout()
                self.viewport().update()
            self._picture_timer.stop()
            self._ahead_timer.stop()
            self._chunk_timer.stop()
            self._world_rest_timer.stop()
            self._chunks_ahead.clear()
            self._paint_job = None  # abandoned, as an input abandons it
            self._move_ahead = None
        else:
            self._picture_timer.start()

    def fit_all(self) -> bool:
        """Show every event the filters let through (without filters: the start-up view,
        articles' dates included); breaks one went into close again.

        Returns:
            False, changing nothing, when the filters hide every event.
        """
        shown = self._shown_days() if self._hidden else None
        if self._hidden and shown is None and self._spans:
            return False
        self._fit_shown(shown)
        return True

    def fit_days(self, first_day: float, last_day: float) -> None:
        """Show the days ``[first_day, last_day)`` as Fit All shows the data: its breaks
        closed, its left margin and the room between and after its stretches for their
        titles (``_fit_room``, ``_fit_margin_left``, ``_fit_room_right``).

        An import's events (``MainWindow``): ``show_range`` on the scale Fit All had
        left, with its room for the titles of the whole timeline, drew 2010-2013 empty
        after a 2009 event and cut 4 titles at 1280×800 (verify19 F4)."""
        first_day, last_day = sorted((first_day, last_day))
        self._fit_shown((first_day, max(last_day, first_day + 1.0)), fitted=False)

    def _fit_shown(self, shown: tuple[float, float] | None, fitted: bool = True) -> None:
        """``fit_all`` of the days ``shown`` (None: the data's, articles' dates included);
        ``fitted``: the view counts as Fit All's (``_set_origin``: a resize or an edit
        that leaves the data fits all again)."""
        self._extra_range = None
        if self._breaks_stale:
            self._find_breaks()
        if self._opened:
            self._opened.clear()
            self._apply_breaks()
        self._fit_room_way = self._fit_way_chosen if self._fit_one_way else FIT_ROOM_WAYS[0]
        roomed, first, last, margin = self._fit_layout(shown)
        self._fit_room_way = FIT_ROOM_WAYS[0]
        self._fit_ways_timer.stop()
        if roomed and self._fit_one_way:
            self._fit_ways_timer.start()  # every way once the size settles
        elif roomed:
            # Between bands: each way of making room (``FIT_ROOM_WAYS``) laid out, and
            # the one kept that leaves the fewest titles cut, one unread (not drawn, in
            # a badge or narrower than ``FIT_ROOM_LEAST_SHOWN``) counting twice; the
            # first on a tie (a way that cut one title fewer but left one "South…"
            # broke ``test_fit_titles_edge11``'s 50 px).
            best: tuple[int, int] | None = None
            for index, way in enumerate(FIT_ROOM_WAYS):
                if index:
                    self._fit_room_way = way
                    _roomed, first, last, margin = self._fit_layout(shown)
                # The view as ``_fitted`` leaves it, within the scale's and the left
                # edge's bounds: room past twice the data's length zoomed no further
                # out, and the estimate of that way was of a view never shown.
                origin, ppd = self._fitted(first, last, margin)
                shown_margin = (first - origin) * ppd
                shown_last = first + max(100.0, self.viewport().width() - shown_margin
                                         - FIT_MARGIN_RIGHT) / ppd
                cut = [0, 0]
                self._fit_label_loss(shown_margin, first, shown_last, FIT_ROOM_LEAST_SHOWN,
                                     words=True, cut=cut)
                score = cut[0] + cut[1] + self._fit_crowding(shown, ppd)
                if best is None or score < best[0]:
                    best = (score, index)
            assert best is not None
            self._fit_way_chosen = FIT_ROOM_WAYS[best[1]]
            if best[1] != len(FIT_ROOM_WAYS) - 1:
                self._fit_room_way = FIT_ROOM_WAYS[best[1]]
                _roomed, first, last, margin = self._fit_layout(shown)
            self._fit_room_way = FIT_ROOM_WAYS[0]
        origin, px_per_day = self._fitted(first, last, margin)
        self._fit_right_px = self._fit_right_px_for(last, px_per_day)
        self._set_scale(px_per_day)
        # (fitted: the scroll bar's thumb across the whole track, set once; a second pass
        # over the bar gave it its range and took it away again, repainting it at every
        # Fit All, 1.5 ms of a 2.2 ms frame at Fit All already)
        self._set_origin(origin, fitted=fitted)
        self.verticalScrollBar().setValue(0)
        self._picture_next = True

    def _fit_crowding(self, shown: tuple[float, float] | None, px_per_unit: float) -> float:
        """How crowded Fit All at ``px_per_unit`` leaves the stretch after the last gap's
        band, counted as titles cut (``_fit_shown`` adds it to each way's): the px its
        events lack of ``FIT_EVENT_PX`` each, over ``FIT_EVENT_PX``.

        The way that made room after the data for every title of that stretch right of
        its marker left 2028-2047, with no event, ~340 px of an 870 px view and the 19
        events of 2025-2027 ~35 px (verify30, fault 6): it cut 4 titles and the other
        way, with titles left of their markers in a stretch 5x as wide, 10."""
        breaks = self._scale.breaks
        if not breaks:
            return 0.0
        first_day = breaks[-1].empty_last
        events = sum(len(lane.starts) - bisect.bisect_left(lane.starts, first_day)
                     for lane in self._lanes)
        last_u = self._fit_units(shown)[1]
        stretch_px = max(0.0, last_u - self._scale.u_of_day(first_day)) * px_per_unit
        return max(0.0, events * FIT_EVENT_PX - stretch_px) / FIT_EVENT_PX

    def _fit_all_ways(self) -> None:
        """A resize settled on a view Fit All made with one way of room (the way it last
        chose): Fit All again, every way tried (``FIT_WAYS_SETTLE_MS``)."""
        if self._auto_fit:
            self.fit_all()
            self.viewport().update()

    def _fit_layout(self, shown: tuple[float, float] | None
                    ) -> tuple[bool, float, float, float]:
        """Fit All's room between bands (``_fit_room``, made ``_fit_room_way``), left
        margin and room after the data, applied to the scale: (whether room was made
        between bands, the first and last display units shown, the left margin in px).
        ``shown``: as ``_fit_units``."""
        margin = FIT_MARGIN_LEFT
        roomed = self._fit_room(shown, margin)
        # The room between bands and the left margin depend on each other (the scale):
        # a second round makes the room for the margin Fit All takes.
        for _round in range(2 if roomed else 1):
            if _round:
                self._fit_room(shown, margin)
            first, last = self._fit_units(shown)
            margin = self._fit_margin_px = self._fit_margin_left(first, last)
        last += self._fit_room_right(first, last, margin)
        return roomed, first, last, margin

    def _fit_units(self, shown: tuple[float, float] | None) -> tuple[float, float]:
        """The display units Fit All shows: ``shown`` (days of the events the filters
        let through) or the data's range (``_data_units``)."""
        if shown is not None:
            return self._scale.u_of_day(shown[0]), self._scale.u_of_day(shown[1])
        return self._data_units()

    def _fitted(self, first: float, last: float, margin: float) -> tuple[float, float]:
        """(origin, pixels per day) of Fit All showing the units ``[first, last]`` with a
        left ``margin`` (px) at the viewport's width, on the scale as it stands: the
        scale and the left edge within their bounds (``_scale_bounds``,
        ``_origin_bounds`` with that margin), as ``_set_scale`` and ``_set_origin`` keep
        them.  Changes nothing."""
        width = max(100.0, self.viewport().width() - margin - FIT_MARGIN_RIGHT)
        lo, hi = self._scale_bounds()
        px_per_day = min(hi, max(lo, width / max(MIN_DAYS_SHOWN, last - first)))
        saved = self._px_per_day, self._fit_margin_px, self._fit_right_px
        self._px_per_day, self._fit_margin_px = px_per_day, margin
        self._fit_right_px = self._fit_right_px_for(last, px_per_day)
        try:
            return self._clamped_origin(first - margin / px_per_day), px_per_day
        finally:
            self._px_per_day, self._fit_margin_px, self._fit_right_px = saved

    def _fit_right_px_for(self, last: float, px_per_day: float) -> float:
        """The px after the data's last unit of a Fit All that shows up to the unit
        ``last`` at ``px_per_day``: its right margin and the room it made for the last
        titles, which ``_origin_bounds`` lets the view show (its quarter of a window
        moved a Fit All with 40 % of room 175 px left, away from the view its room was
        chosen for, and the titles it was for were cut: fit18)."""
        return (last - self._data_units()[1]) * px_per_day + FIT_MARGIN_RIGHT

    def _fit_view(self) -> tuple[float, float] | None:
        """(origin, pixels per day) that ``fit_all`` would give now, when it would keep
        the scale and its left margin's bounds as they are (no break opened, no "Go to
        date" range, no room made between two or more gaps' bands: ``_fit_room``) and no
        filter hides events; else None.  Changes nothing (the fit-all picture painted
        ahead, ``_prepare_sides``, is of this view).  (With a filter, Fit All's range
        reads every event left, ``_shown_days``: 14-16 ms of CPU at 1 000 000 events,
        too long for each stay of the view.)"""
        breaks = self._breaks if self._collapse else []
        if (self._opened or self._extra_range is not None or self._fit_room_days
                or self._hidden or (len(breaks) >= 2 and self._lanes)
                or self._breaks_stale):  # (Fit All finds the breaks again)
            return None
        first, last = self._fit_units(None)
        margin = self._fit_margin_left(first, last)
        return self._fitted(first, last + self._fit_room_right(first, last, margin), margin)

    def _fit_room(self, shown: tuple[float, float] | None, margin: float) -> bool:
        """Give each stretch between two gaps' bands the room its titles and its year
        need, where the width allows: extra empty days, drawn at the stretches' scale,
        after its last events (the band starts later), so Fit All shares the axis out
        by what each stretch must show, not only by its length in time.  With one band
        there is no such stretch, and the first stretch's titles have Fit All's left
        margin (``_fit_margin_left``, the default timeline's start-up view); with more
        the first stretch gets room on its right too.

        A stretch of a few days between two bands (an article's December 1992 event
        between the 1965 and 2023 stretches) was a few pixels wide at fit-all: its
        events had no titles and its year no label (new-user trial 8).  Only the last
        ``FIT_LABELS_LOOKED_AT`` events of each lane before a band are looked at; all
        the room together takes at most ``FIT_LABEL_SHARE`` of the width, and a band
        gives at most half its days.  A stretch that starts late in a year also gets
        room before it for that year's label ("1992" before the "1993" tick).  The room
        after a stretch is for its titles whole, shortened to ``MIN_LABEL_PX``, to half
        that or none (``FIT_ROOM_TITLE_CAPS``), chosen a stretch at a time for the
        fewest px of titles lost over the whole view (``_fit_label_loss``), with up to
        ``FIT_ROOM_CHOICE_BANDS`` bands: a stretch of one event gives its room up to a
        crowded one (new-user trial 11, finding 6).  Changes the scale
        (``_apply_breaks``); ``margin``: Fit All's left margin (px).

        Returns:
            Whether any room was made (the scale has more than one band).
        """
        had = bool(self._fit_room_days)
        self._fit_room_days = {}
        breaks = self._breaks if self._collapse else []
        if len(breaks) < 2 or not self._lanes:
            if had:
                self._apply_breaks()
            return False
        self._apply_breaks()
        view_width = float(self.viewport().width())
        year = self._bold_width("8888") + 12 + 2 * AXIS_ZIGZAG_CLEARANCE
        # Per stretch before the last: (the breaks before (None: the first stretch) and
        # after it, the anchors (day, px wanted right of it besides its title, its
        # title's px) of its last events per lane).
        stretches: list[tuple[Break | None, Break, list[tuple[float, float, float]]]] = []
        for before, after in zip([None, *breaks[:-1]], breaks, strict=True):
            wanted: list[tuple[float, float, float]] = []
            for lane in self._lanes:
                first = (0 if before is None
                         else bisect.bisect_left(lane.starts, before.empty_last))
                end = bisect.bisect_left(lane.starts, after.empty_first)
                for event in lane.events[max(first, end - FIT_LABELS_LOOKED_AT):end]:
                    start, stop = event_days(event)
                    point = stop - start == 1
                    anchor = start + 0.5 if point else float(stop)
                    reach = (POINT_RADIUS if point else 0.0) + LABEL_GAP
                    if stop > after.first_day:
                        # A lone "2009" whose days the band compresses (``find_breaks``'
                        # ``lone_coarse``): its bar, up to the band, is as wide as the
                        # room, so the title goes inside it.
                        anchor, reach = float(start), 2 * SPAN_LABEL_PAD
                    label = min(self._label_width(event), MAX_LABEL_PX)
                    wanted.append((anchor, reach + AXIS_ZIGZAG_CLEARANCE + 2, label))
            stretches.append((before, after, wanted))
        caps = [MAX_LABEL_PX] * len(stretches)
        self._settle_fit_room(stretches, caps, shown, margin, view_width, year)
        if len(stretches) > FIT_ROOM_CHOICE_BANDS:
            return True
        # Room for whole titles, for titles shortened to ``MIN_LABEL_PX`` or for none,
        # per stretch: whichever shows the most of the titles of the whole view
        # (``_fit_label_loss``), a stretch at a time (two passes).  Whole titles
        # everywhere gave stretches of one event their title's room while the crowded
        # stretch's titles were cut to a few words (new-user trial 11, finding 6).
        best = self._fit_room_loss(margin, shown)
        for _pass in range(2):
            improved = False
            # (the last stretch first: the first one's room is cut to the share until
            # the others give theirs up)
            for index in reversed(range(len(stretches))):
                for cap in FIT_ROOM_TITLE_CAPS:
                    # The first stretch's titles left without room flip into Fit All's
                    # left margin ("So…"): never less than ``MIN_LABEL_PX`` for them.
                    if cap == caps[index] or (index == 0 and cap < MIN_LABEL_PX):
                        continue
                    trial = [*caps[:index], cap, *caps[index + 1:]]
                    self._settle_fit_room(stretches, trial, shown, margin, view_width, year)
                    loss = self._fit_room_loss(margin, shown)
                    if loss < best - FIT_ROOM_LOSS_STEP:
                        best, caps, improved = loss, trial, True
            if not improved:
                break
        self._settle_fit_room(stretches, caps, shown, margin, view_width, year)
        return True

    def _fit_room_loss(self, margin: float, shown: tuple[float, float] | None) -> float:
        """``_fit_label_loss`` of the Fit All the room as it stands gives: with the room
        after the data that ``_fit_room_right`` then adds (counted without it, the last
        stretch's titles looked cut at the view's edge, so the first stretch's room was
        given up: the 1965 treaty "South Korea…" beside a 1990s event, verify19 F4)."""
        first_u, last_u = self._fit_units(shown)
        if self._fit_room_way[0]:
            last_u += self._fit_room_right(first_u, last_u, margin)
        return self._fit_label_loss(margin, first_u, last_u, FIT_ROOM_LEAST_SHOWN)

    def _settle_fit_room(self, stretches: list[tuple[Break | None, Break,
                                                     list[tuple[float, float, float]]]],
                         caps: list[float], shown: tuple[float, float] | None,
                         margin: float, view_width: float, year: float) -> None:
        """``_fit_room``'s room (days) for ``stretches`` with each stretch's titles
        counted at most ``caps`` px wide (``caps[i]``: the i-th stretch's), applied to
        the scale (``_apply_breaks``).  From no room, ``FIT_ROOM_ROUNDS`` rounds at most (the scale
        depends on the room): the same document and width give the same room whatever
        was shown before.  The scale counts the room after the data that Fit All then
        adds (``_fit_room_right``): without it the first stretch's room, in days, came
        out narrower on screen than its titles (verify19 F4: "South Korea and Japan…"
        beside 2026-2029 left empty).  ``margin``: Fit All's left margin (px);
        ``year``: a year label's width (px)."""
        usable = max(100.0, view_width - margin - FIT_MARGIN_RIGHT)
        with_right, right_in_share = self._fit_room_way
        if self._fit_room_days:
            self._fit_room_days = {}
            self._apply_breaks()
        for _round in range(FIT_ROOM_ROUNDS if with_right else 3):
            if shown is not None:
                first_u = self._scale.u_of_day(shown[0])
                last_u = self._scale.u_of_day(shown[1])
            else:
                first_u, last_u = self._data_units()
            right = self._fit_room_right(first_u, last_u, margin) if with_right else 0.0
            ppd = usable / max(MIN_DAYS_SHOWN, last_u + right - first_u)
            rooms: dict[float, tuple[float, float]] = {}
            for (before, after, wanted), cap in zip(stretches, caps, strict=True):
                band = after.first_day  # where the band starts without room
                need = max([anchor + (px + min(label, cap)) / ppd - band
                            for anchor, px, label in wanted], default=0.0)
                if before is None:  # the first stretch: from the view's left edge
                    if need > 0:
                        rooms[after.empty_first] = (min(need, 0.25 * (after.last_day - band)),
                                                    0.0)
                    continue
                # Its first year's label between the band before and the next year.
                first_year = ymd_of_day(before.empty_last)[0]
                next_year = (dates.day_number(first_year + 1, 1, 1) if first_year < 9999
                             else before.last_day)
                lead = max(0.0, before.last_day + year / ppd - next_year)
                lead = min(lead, 0.25 * (before.last_day - before.first_day))
                # The stretch as wide as its year's label (from the band before).
                need = max(need, before.last_day - lead + year / ppd - band)
                if need > 0:
                    rooms[after.empty_first] = (min(need, 0.25 * (after.last_day - band)),
                                                rooms.get(after.empty_first, (0.0, 0.0))[1])
                if lead > 0:
                    rooms[before.empty_first] = (rooms.get(before.empty_first, (0.0, 0.0))[0],
                                                 lead)
            # The titles' room is cut to the share (a year's label, a few px, is not),
            # the room after the data's included (the two together gave 1966-1978 and
            # 2026-2042 to room, the 2020s' ten events 40 px: fit19).
            total_px = sum(after for after, _before in rooms.values()) * ppd
            share_px = max(0.0, FIT_LABEL_SHARE * view_width
                           - (max(0.0, right) * ppd if right_in_share else 0.0))
            if total_px > share_px:
                cut = share_px / total_px
                rooms = {key: (after * cut, before)
                         for key, (after, before) in rooms.items()}
            old = self._fit_room_days
            if rooms == old or (with_right and rooms.keys() == old.keys() and all(
                    abs(a - old[key][0]) * ppd < 0.25 and abs(b - old[key][1]) * ppd < 0.25
                    for key, (a, b) in rooms.items())):
                break  # settled to a quarter of a pixel
            self._fit_room_days = rooms
            self._apply_breaks()

    def _breaks_with_room(self, breaks: list[Break]) -> list[Break]:
        """``breaks`` with Fit All's room (``_fit_room``) after the stretch before each."""
        rooms = self._fit_room_days
        if not rooms:
            return breaks
        return [Break(b.empty_first, b.empty_last, b.first_day + rooms[b.empty_first][0],
                      b.last_day - rooms[b.empty_first][1], b.units)
                if b.empty_first in rooms else b for b in breaks]

    def _fit_margin_left(self, first_u: float, last_u: float) -> float:
        """Fit All's left margin (px) for the units ``[first_u, last_u]``:
        ``FIT_MARGIN_LEFT``, or more when the first stretch ends at a gap's band too near
        its events for their labels on the right (``_pack_by_stretch`` keeps labels out
        of a band): then room for them left of their markers, whole or shortened to
        ``MIN_LABEL_PX``, or as far as the band keeps room for its length: whichever
        shows the most of the titles of the whole view (``_fit_label_loss``), the band's
        length counting as ``FIT_GAP_LENGTH_WORTH`` px (the default timeline's 1965
        treaty, a month before the "≈ 57 years" band).  Only the last
        ``FIT_LABELS_LOOKED_AT`` events of each lane before the band are looked at; never
        more than ``FIT_LABEL_SHARE`` of the width."""
        breaks = self._scale.breaks
        view_width = float(self.viewport().width())
        if not breaks or not self._lanes:
            return FIT_MARGIN_LEFT
        band_day = breaks[0].first_day
        band_u = self._scale.u_of_day(band_day)
        if not first_u < band_u < last_u:
            return FIT_MARGIN_LEFT
        wanted: list[tuple[float, float, bool, float]] = []  # u0, u1, a point, label px
        for lane in self._lanes:
            end = bisect.bisect_left(lane.starts, band_day)
            for event in lane.events[max(0, end - FIT_LABELS_LOOKED_AT):end]:
                start, stop = event_days(event)
                if stop > band_day:  # a lone "2009", its title inside it (``_fit_room``)
                    stop = start
                wanted.append((self._scale.u_of_day(start), self._scale.u_of_day(stop),
                               stop - start == 1, min(self._label_width(event), MAX_LABEL_PX)))
        if not wanted:
            return FIT_MARGIN_LEFT

        def margin_for(longest: float) -> float:
            """The margin that puts every label (at most ``longest`` px) beside its
            marker, right before the band or else left (a few rounds: the scale
            depends on the margin)."""
            margin = FIT_MARGIN_LEFT
            for _round in range(3):
                ppd = max(100.0, view_width - margin - FIT_MARGIN_RIGHT) / max(
                    MIN_DAYS_SHOWN, last_u - first_u)
                band_x = margin + (band_u - first_u) * ppd - AXIS_ZIGZAG_CLEARANCE
                needed = FIT_MARGIN_LEFT
                for u0, u1, point, label in wanted:
                    label = min(label, longest)
                    x0 = margin + (u0 - first_u) * ppd
                    x1 = margin + (u1 - first_u) * ppd
                    if point:
                        x0 = x1 = (x0 + x1) / 2
                    reach = POINT_RADIUS + LABEL_GAP if point else LABEL_GAP
                    if max(x1, x0 + 2) + reach + label <= band_x:
                        continue  # room on the right
                    needed = max(needed, reach + label - (x0 - margin) + LABEL_GAP)
                margin = needed
            return margin

        # Whole labels left of the band, or shortened ones, or none: whichever loses the
        # fewest pixels of titles over the whole view (the stretches after the band
        # are narrower by the margin: at 864 px the 1965 treaty whole cut the 2024
        # dispute's title).
        # The widest margin that leaves the band room for its length ("≈ 57 years", as
        # ``_axis_layout`` places it), for when the titles lose less with it.
        # The band loses its length only when it has no room for it on two rows either
        # ("≈ 57" over "years"): counted lost below the one line's width, a band that
        # showed it on two rows cost the 1965 title (views of 934-1014 px: "South Korea
        # and Japan…" at the view's left edge, verify13, finding 6).  Between margins
        # that lose as much, the one line is kept.
        brk = breaks[0]
        band_units = self._scale.u_of_day(brk.last_day) - band_u
        chip = self._small_width(f"≈ {gap_words(brk.days)}") + 6 + 2 * AXIS_ZIGZAG_CLEARANCE
        number, _, unit = gap_words(brk.days).partition(" ")
        two_rows = (max(self._small_width(f"≈ {number}"), self._small_width(unit)) + 6
                    + 2 * AXIS_ZIGZAG_CLEARANCE)
        span = max(MIN_DAYS_SHOWN, last_u - first_u)
        keeps_chip = view_width - FIT_MARGIN_RIGHT - chip * span / max(band_units, 1e-9)
        share = view_width * FIT_LABEL_SHARE
        candidates = sorted({FIT_MARGIN_LEFT} | {margin for margin in (
            margin_for(MIN_LABEL_PX), margin_for(MAX_LABEL_PX), keeps_chip - 0.5)
            if FIT_MARGIN_LEFT < margin <= share})
        losses = []
        for margin in candidates:
            band_px = band_units * max(100.0, view_width - margin - FIT_MARGIN_RIGHT) / span
            losses.append((self._fit_label_loss(margin, first_u, last_u, FIT_ROOM_LEAST_SHOWN)
                           + (FIT_GAP_LENGTH_WORTH if band_px < two_rows else 0.0),
                           band_px < chip))
        return candidates[losses.index(min(losses))]

    def _fit_room_right(self, first_u: float, last_u: float, margin: float) -> float:
        """Display units of empty room Fit All adds after the units ``[first_u, last_u]``
        (``margin``: its left margin, px) when the scale has gaps' bands: room for the
        titles of the last stretch's last events right of their markers, whole or
        shortened to ``MIN_LABEL_PX``, or none: whichever shows the most of the titles
        of the whole view (``_fit_label_loss`` with ``MAX_ROWS`` rows a lane, so the
        answer does not change with the view's height), kept only when it saves at
        least ``FIT_ROOM_RIGHT_GAIN`` px; never more than ``FIT_LABEL_SHARE`` of the width.
        The stretches then share the width by what they show, not only by their length
        in time: 2 events over 9 months took ~550 px and 5 events over 3 months, after
        a 5-year band, ~235 px with 4 of 5 titles cut (new-user trial 12, finding 11).
        Remembered for the view as it is (``_fit_view`` asks at each rest)."""
        breaks = self._scale.breaks
        if not breaks or not self._lanes:
            return 0.0
        key = (self._frame_generation, self._scale, self.viewport().width(), first_u,
               last_u, margin)
        if self._fit_right_memo is not None and self._fit_right_memo[0] == key:
            return self._fit_right_memo[1]
        if self._fit_mostly_crowded(first_u, last_u):
            self._fit_right_memo = (key, 0.0)
            return 0.0
        view_width = float(self.viewport().width())
        usable = max(100.0, view_width - margin - FIT_MARGIN_RIGHT)
        stretch_first = breaks[-1].empty_last
        u_of_day = self._scale.u_of_day
        wanted: list[tuple[float, float, float]] = []  # anchor (units), reach, label px
        for lane in self._lanes:
            for event in lane.events[-FIT_LABELS_LOOKED_AT:]:
                start, stop = event_days(event)
                if start < stretch_first or event.id in self._hidden:
                    continue
                point = stop - start == 1
                wanted.append((u_of_day(start + 0.5 if point else stop),
                               (POINT_RADIUS if point else 0.0) + LABEL_GAP,
                               min(self._label_width(event), MAX_LABEL_PX)))
        span = max(MIN_DAYS_SHOWN, last_u - first_u)
        share = FIT_LABEL_SHARE * view_width
        most = share * span / (usable - share) if usable > share else 0.0

        def room_for(longest: float) -> float:
            """Units after ``last_u`` for every title (at most ``longest`` px) right of
            its marker, clear of Fit All's right margin (the frame's packing shortens a
            title that reaches the view's edge), a few rounds: the scale depends on the
            room."""
            extra = 0.0
            for _round in range(3):
                ppd = usable / (span + extra)
                extra = min(most, max([anchor + (reach + min(label, longest)) / ppd - last_u
                                       for anchor, reach, label in wanted], default=0.0))
                extra = max(0.0, extra)
            return extra

        chosen = 0.0
        if wanted and room_for(MAX_LABEL_PX) > 0.0:
            without = self._fit_label_loss(margin, first_u, last_u, FIT_ROOM_LEAST_SHOWN,
                                           MAX_ROWS)
            best = math.inf
            for extra in sorted({room_for(MIN_LABEL_PX), room_for(MAX_LABEL_PX)} - {0.0}):
                loss = self._fit_label_loss(margin, first_u, last_u + extra,
                                            FIT_ROOM_LEAST_SHOWN, MAX_ROWS)
                if loss < best - FIT_ROOM_LOSS_STEP:
                    best, chosen = loss, extra
            if best > without - max(FIT_ROOM_RIGHT_GAIN, FIT_ROOM_RIGHT_SAVED * without):
                chosen = 0.0
        if not chosen:
            chosen = self._fit_narrower_right(margin, first_u, last_u)
        self._fit_right_memo = (key, chosen)
        return chosen

    def _fit_mostly_crowded(self, first_u: float, last_u: float) -> bool:
        """Whether most lanes with events in the units ``[first_u, last_u]`` have more
        than ``FIT_LOSS_MAX_EVENTS`` there (drawn as densities at Fit All, no titles).

        Room after the data (``_fit_room_right``) is then for the titles of the few
        lanes left, and costs every density lane that share of its width: a 5 000-event
        file of 1816-2029 (seven of eight lanes densities) was shown to 2213 at
        1280x740, 40 % of the width empty axis (verify38 F8)."""
        first_day, last_day = self._scale.day_of_u(first_u), self._scale.day_of_u(last_u)
        with_events = crowded = 0
        for lane in self._lanes:
            if not lane.events:
                continue
            on_screen = lane.visible(first_day, last_day, FIT_LOSS_MAX_EVENTS)
            if on_screen is None:
                crowded += 1
                with_events += 1
            elif on_screen:
                with_events += 1
        return 2 * crowded > with_events

    def _fit_narrower_right(self, margin: float, first_u: float, last_u: float) -> float:
        """Display units (0 or fewer) that bring Fit All's right margin in from
        ``FIT_MARGIN_RIGHT`` to one of ``FIT_MARGIN_RIGHT_NARROWER`` px, the widest that
        shows the most of the titles (``_fit_label_loss`` with ``MAX_ROWS`` rows a lane,
        as ``_fit_room_right``), when it shows more than ``FIT_ROOM_LOSS_STEP`` px more.

        The stretch after the band is then wider by that many px: the default
        timeline's 2024 dispute's title, left of its bar from the band's edge, lacked
        3-12 px of its 286 in views 800-889 px wide and lost "memorial" (verify18,
        finding 8); a title right of the last markers that reaches the edge flips to
        their left, as at any view (``pack_lane``).  ``margin``: the left margin (px)."""
        view_width = float(self.viewport().width())
        usable = max(100.0, view_width - margin - FIT_MARGIN_RIGHT)
        span = max(MIN_DAYS_SHOWN, last_u - first_u)
        best = self._fit_label_loss(margin, first_u, last_u, FIT_ROOM_LEAST_SHOWN, MAX_ROWS,
                                    words=True)
        chosen = 0.0
        for right in FIT_MARGIN_RIGHT_NARROWER:
            wider = view_width - margin - right
            if wider <= usable:
                continue
            # ``_fitted`` spreads ``usable`` px over ``span + extra`` units: ``last_u``
            # then falls ``right`` px from the edge.
            extra = span * usable / wider - span
            loss = self._fit_label_loss(margin, first_u, last_u + extra,
                                        FIT_ROOM_LEAST_SHOWN, MAX_ROWS, words=True)
            if loss < best - FIT_ROOM_LOSS_STEP:
                best, chosen = loss, extra
        return chosen

    def _fit_label_loss(self, margin: float, first_u: float, last_u: float,
                        least_shown: float = 0.0, rows: int | None = None,
                        words: bool = False, cut: list[int] | None = None) -> float:
        """The pixels of titles a Fit All with ``margin`` (px, left) would not show:
        shortened, cut at the view's edge, or in a "+N" badge, packed as the layout
        packs them (``_pack_by_stretch``, each lane's rows as now); a title shown
        narrower than ``least_shown`` px counts as not shown and ``MIN_LABEL_PX`` more
        (a word and "…" at the view's edge reads worse than a title shortened more
        evenly).  ``rows``: the rows every lane may fill (default: ``_lane_room``'s,
        which change with the view's height).  Lanes of more than
        ``FIT_LOSS_MAX_EVENTS`` events are left out (crowded either way).  ``words``: a
        shortened title counts as the frame elides it, at a word (``_label_text``).
        ``cut``: its first item is increased by the number of titles not shown whole,
        its second by those of them not shown or narrower than ``least_shown``."""
        view_width = self.viewport().width()
        ppd = max(100.0, view_width - margin - FIT_MARGIN_RIGHT) / max(
            MIN_DAYS_SHOWN, last_u - first_u)
        origin = first_u - margin / ppd
        stretches = self._stretches_on_screen(view_width, origin, ppd)
        first_day = self._scale.day_of_u(origin)
        last_day = self._scale.day_of_u(origin + view_width / ppd)
        u_of_day = self._scale.u_of_day
        loss = 0.0
        for lane, (max_rows, _density) in zip(self._lanes, self._lane_room(), strict=True):
            if rows is not None:  # the same for every viewport height
                max_rows = rows
            on_screen = lane.visible(first_day, last_day, FIT_LOSS_MAX_EVENTS)
            if not on_screen:
                continue
            items: list[LaneItem] = []
            for index, (event, start, end) in enumerate(on_screen):
                full = min(self._label_width(event), MAX_LABEL_PX)
                if end - start == 1:
                    x0 = x1 = (u_of_day(start + 0.5) - origin) * ppd
                else:
                    x0 = (u_of_day(start) - origin) * ppd
                    x1 = max(x0 + 2.0, (u_of_day(end) - origin) * ppd)
                items.append(LaneItem(index, x0, x1, full,  # type: ignore[arg-type]
                                      min(full, MIN_LABEL_PX)))
            items.sort(key=_LANE_ITEM_X0)
            packing = self._pack_by_stretch(items, max_rows, view_width, None, None, stretches)
            wanted = {item.key: item.label_width for item in items}
            for placement in packing.placements:
                shown = (min(placement.label_x + placement.label_width, view_width)
                         - max(placement.label_x, 0.0))
                if 0.0 < shown < least_shown:  # "So…": worse than no room at all
                    loss += wanted.pop(placement.key) + MIN_LABEL_PX
                    if cut is not None:
                        cut[0] += 1
                        cut[1] += 1
                    continue
                if words and 0.0 < shown < wanted[placement.key] - 0.5:
                    # Shortened at a word with "…" (``_label_text``): what the frame
                    # shows, not the room given (a title 3 px short lost "memorial", 49
                    # px: verify18 finding 8).
                    shown = min(shown, self._label_text(
                        on_screen[int(placement.key)][0], shown)[1])
                lost = wanted.pop(placement.key) - max(0.0, shown)
                loss += lost
                if cut is not None and lost > 0.5:
                    cut[0] += 1
                    # (narrower than ``least_shown`` once cut at a word: "South…")
                    unread = not 0.0 < shown or shown < least_shown
                    cut[1] += unread
                    loss += MIN_LABEL_PX if 0.0 < shown < least_shown else 0.0
            loss += sum(wanted.values())  # in "+N" badges
            if cut is not None:
                cut[0] += len(wanted)
                cut[1] += len(wanted)
        return loss

    def _shown_days(self) -> tuple[float, float] | None:
        """First and last (exclusive) day of the events in the lanes, or None if none."""
        lanes = [lane for lane in self._lanes if lane.starts]
        if not lanes:
            return None
        first = min(lane.starts[0] for lane in lanes)
        last = max(max(bucket.ends) for lane in lanes for bucket in lane.buckets
                   if bucket.ends)
        return float(first), float(last)

    def show_range(self, first_day: float, last_day: float, *, open_breaks: bool = True) -> None:
        """Zoom and scroll so that ``[first_day, last_day)`` fills the view, with margins.

        A range that reaches into a collapsed break opens that break (draws it linear),
        so that what was asked for is shown at its real length; with ``open_breaks``
        False the breaks stay closed, as Fit All draws them (events decades apart, each
        stretch readable: an import's events, new-user trial 11).
        """
        if open_breaks and self._open_breaks_in(first_day, last_day):
            self._apply_breaks()
        self._show_units(self._scale.u_of_day(first_day), self._scale.u_of_day(last_day))

    def _show_units(self, first_u: float, last_u: float) -> None:
        width = max(100.0, self.viewport().width() - 2 * FIT_MARGIN_LEFT)
        self._set_scale(width / max(MIN_DAYS_SHOWN, last_u - first_u))
        self._set_origin(first_u - FIT_MARGIN_LEFT / self._px_per_day)
        self._picture_next = True  # a jump: see paintEvent

    def go_to_date(self, day: _dt.date | int, days_shown: float = 30.0) -> None:
        """Centre the view on ``day`` (a ``date`` or a day number, for years BC) showing
        about ``days_shown`` days."""
        mid = (day if isinstance(day, int) else day_number(day)) + 0.5
        self.go_to_days(mid - days_shown / 2, mid + days_shown / 2)

    def go_to_days(self, first_day: float, last_day: float) -> None:
        """Show ``[first_day, last_day)``; outside the data the scrollable range grows to it."""
        first_day = max(float(MIN_DAY), first_day)
        last_day = min(float(MAX_DAY), max(last_day, first_day + MIN_DAYS_SHOWN))
        data_first, data_last = self._data_range()
        if first_day < data_first or last_day > data_last:
            lo, hi = self._extra_range or (first_day, last_day)
            self._extra_range = (min(lo, first_day), max(hi, last_day))
        self.show_range(first_day, last_day)

    def ask_go_to_date(self) -> bool:
        """Ask for a date or a range as a person writes it ("22 March 2025", "44 BC",
        "1965–1970", "12/11/2024" in the locale's order) and show it.

        A day is shown among the fortnight around it; a longer date or a range fills the
        view.  Text that is not a date gets a plain message saying what can be typed.
        """
        from timeline_app.ui import prompts
        from timeline_app.ui.dates_input import read_date

        text: str | None = self._date_words_at_zoom(self._day_in_middle())
        while True:
            text = self.prompt(
                self, "Go to date",
                "Date or range (e.g. 22 March 2025, March 2025, 1965–1970, 44 BC):", text or "")
            if text is None:
                return False
            # An ambiguous 12/11/2024: the locale's reading, as everywhere.
            result = read_date(text)
            if result.date is not None:
                break
            # The parser's reason, without its own examples: the list below has them all.
            reason = result.error or "That is not a date."
            cut = reason.lower().find(" try ")
            reason = (reason[:cut] if cut > 0 else reason).rstrip(" ;,.") + "."
            typed = " ".join(text.split())
            typed = typed if len(typed) <= 40 else typed[:37] + "…"
            first_line = f"Cannot go to “{typed}”: {reason}" if typed else "Type a date."
            prompts.show_error(
                self, "Go to date",
                f"{first_line}\n\nYou can type a day (22 March 2025, "
                "2025-03-22), a month (March 2025), a year (1965, 44 BC, AD 800), a decade "
                "(1990s) or a range (1965–1970, March to May 1965); any date from 9999 BC "
                "to AD 9999 can be shown.")
            # Asked again with what was typed, to correct rather than retype (new-user trial).
        start = result.date.start_day()
        end = (result.end or result.date).end_day()
        if end - start <= 1:  # a day: show it among its neighbours
            self.go_to_days(start - 6.5, start + 7.5)
        else:
            self.go_to_days(start, end)
        self.mark_days(start, end, dates_in_words(result.date, result.end))
        self.went_to_date.emit(f"Showing {result.feedback()}")
        return True

    def mark_days(self, first_day: float, last_day: float, words: str) -> DateMark:
        """Mark ``[first_day, last_day)`` with ``words`` for a few seconds: where Go to
        Date went (new-user trial 9: nothing showed which column was the day)."""
        from timeline_app.ui.date_mark import DateMark

        if self._date_mark is None:
            self._date_mark = DateMark(self, LANES_TOP)
        self._date_mark.show(first_day, last_day, words)
        return self._date_mark

    def _day_in_middle(self) -> float:
        """The day drawn in the middle of the view: Go to Date's offer.  Not the middle of
        ``visible_days()``, which across a collapsed gap is a day the gap hides (new-user
        trial, session 5: "June 1995" offered beside 2023-2025); in a gap's band, the first
        day shown after it."""
        middle = self.viewport().width() / 2
        brk = self._break_at(middle)
        return self.day_at(middle) if brk is None else brk.empty_last

    def _date_words_at_zoom(self, day: float) -> str:
        """The date around ``day`` at the precision the zoom shows ("15 March 44 BC",
        "March 2025", "1965"): what Go to Date offers to start from."""
        ppd = self._px_per_day
        precision = (Precision.DAY if ppd >= 6 else Precision.MONTH if ppd * 30 >= 24
                     else Precision.YEAR)  # the thresholds of double-click to add
        date = FuzzyDate.containing(int(min(max(day, MIN_DAY), MAX_DAY - 1)), precision)
        if date is not None:
            return date.describe()
        from timeline_app.ui.dates_input import day_words

        return day_words(day)

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
        start, end = event_days(event)
        margin_px = 24.0
        width = self.viewport().width()
        if event.date.is_point and event.end is None:
            x = self.x_of_day(start + 0.5)
            on_screen = margin_px <= x <= width - margin_px
        else:
            on_screen = (self.x_of_day(start) < width - margin_px
                         and self.x_of_day(end) > margin_px)
        if not on_screen:
            view = self._view_units()
            u0, u1 = self._scale.u_of_day(start), self._scale.u_of_day(end)
            if u1 - u0 < view * 0.6:
                self._set_origin(self._within_data((u0 + u1) / 2 - view / 2, view))
            else:
                self._set_origin(u0 - view * 0.1)
        layout = self._layout()
        item = self._item_of(layout, event_id)
        # an event in a density lane or a "+N" badge: its mark (``_selection_mark``)
        mark = self._selection_mark(layout, event_id) if item is None else None
        if item is not None or mark is not None:
            if self._behind_preview:
                # A zoom notch drawn as a stretched picture (a run of one notch, as Find's
                # zoom steps to an event in a "+N" badge or a density lane are) left the
                # bar the range of the lanes before it (``_update_scrollbars``): the
                # scroll to the event's row was cut to that (verify35: Find on the
                # 100 000-event file at 1280x800 left the event 900 px below the fold,
                # the bar's range 41 px).  The layout is made (just above): its range.
                self._update_scrollbars()
            self._scroll_lanes_to(item.rect if item is not None else mark[1])  # type: ignore[index]
            self._remember_shown(event_id)
        else:
            self._shown_row = None

    def _item_of(self, layout: _Layout, event_id: str) -> _Item | None:
        """The event's item in ``layout`` (None: it has none); in lanes by participant
        or place, of its items the one in or nearest the rows on screen."""
        item = layout.items_by_id.get(event_id)
        if item is not None and self._lanes_by != "category":
            item = self._nearest_copy(layout, event_id, item)
        return item

    def _nearest_copy(self, layout: _Layout, event_id: str, item: _Item) -> _Item:
        """Of the event's items (one in each of its lanes, by participant or place), one
        in the rows on screen, else the one nearest them: a click in Rome's lane must
        not scroll the lanes to the same event in Parthia's."""
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height() - LANES_TOP

        def distance(copy: _Item) -> float:
            rect = copy.rect
            return max(0.0, top - rect.top() + LANE_HEADER, rect.bottom() + LANE_PAD - bottom)

        return min(self._copies(layout, {event_id}) or [item], key=distance)

    def _keep_shown_in_view(self, layout: _Layout, value_before: int) -> None:
        """The event ``ensure_visible`` last showed (``_shown_row``) scrolled back into
        the lanes on screen when a new layout of the same view moved it out of them:
        the world's chunks swapped in once the view rests (``_world_swap``) pack the
        lanes anew, and the lanes above it may take more rows (verify38 F3: after the
        editor's OK on the 100 000-event file the edited event rested two rows below
        the view's bottom edge).  ``value_before``: the lanes' scroll before this
        layout's range cut it.  Nothing when the view moved or the person scrolled the
        lanes since (the record is dropped then)."""
        shown = self._shown_row
        if shown is None:
            return
        event_id, value, view = shown
        if (value_before != value or view != (self._origin, self._px_per_day)
                or event_id not in self._document.timeline or event_id in self._hidden):
            self._shown_row = None  # the person moved on
            return
        rect = self._selected_rect(layout, event_id)
        if rect is None:
            return
        self._scroll_lanes_to(rect)
        self._remember_shown(event_id)

    def _remember_shown(self, event_id: str) -> None:
        """``event_id`` as the event just shown (``_shown_row``): with the lanes' scroll
        it was left at and the view it is for, kept in view at the next layout of that
        view unless either changes (``_keep_shown_in_view``)."""
        self._shown_row = (event_id, self.verticalScrollBar().value(),
                           (self._origin, self._px_per_day))

    def _scroll_lanes_to(self, rect: QRectF) -> None:
        """Scroll the lanes (only as far as needed) so ``rect`` (content coordinates: an
        item's or a mark's) and its lane's header above it are in the rows on screen."""
        vbar = self.verticalScrollBar()
        top = rect.top() - LANE_HEADER
        bottom = rect.bottom() + LANE_PAD
        visible_h = self.viewport().height() - LANES_TOP
        if top < vbar.value():
            vbar.setValue(int(top))
        elif bottom > vbar.value() + visible_h:
            vbar.setValue(int(bottom - visible_h))

    def _within_data(self, origin: float, view: float) -> float:
        """``origin`` (display units) of a view ``view`` units wide centred on an event,
        moved so the view shows no more empty time before the data's first day or after
        its last than Fit All's margins (``FIT_MARGIN_RIGHT`` px and a twentieth of the
        view each side): the event, inside the data, stays in view.  Data narrower than
        that: the data centred.  (verify34, fault 8: a teacher's month event of August
        2019, added while the view showed 1942-1996, was centred: the view ran to 2038,
        thirteen years past the last event of 2025.)"""
        first, last = self._data_units()
        pad = view / 20
        lo = first - pad
        hi = last + pad + FIT_MARGIN_RIGHT / self._px_per_day - view
        if hi < lo:
            return (lo + hi) / 2
        return min(max(origin, lo), hi)

    def has_item(self, event_id: str) -> bool:
        """True when the event is drawn as an item of its own (not counted in a "+N"
        badge nor in a density lane's bars) in the view as laid out now."""
        return event_id in self._layout().items_by_id

    def show_event(self, event_id: str) -> None:
        """Bring an event just changed (the editor's OK, an added event, an undo or a
        redo) wholly into view: nothing moves when it is already wholly on screen
        (``ensure_visible``'s 24 px from the edges); else the view scrolls to centre it
        at its zoom when it takes at most ``FOLLOW_SHARE`` of the width, else it zooms
        out to show all of it with a twentieth of its length each side (a decade
        wholly), its breaks closed, as an import shows its events.  Its row is scrolled
        to (``ensure_visible``).  An event filtered out or not in the timeline: nothing.

        An edit to "the 1980s" left the view on 2008-2012; "c. 1990s" added at a day's
        zoom showed one week of January 1990 (verify18, finding 4)."""
        if event_id not in self._document.timeline or event_id in self._hidden:
            return
        start, end = event_days(self._document.timeline.get(event_id))
        margin_px = 24.0
        width = self.viewport().width()
        point = end - start == 1
        x0 = self.x_of_day(start + 0.5 if point else start)
        x1 = self.x_of_day(start + 0.5 if point else end)
        if not (margin_px <= x0 and x1 <= width - margin_px):
            u0, u1 = self._scale.u_of_day(start), self._scale.u_of_day(end)
            view = self._view_units()
            if u1 - u0 <= view * FOLLOW_SHARE:
                self._set_origin(self._within_data((u0 + u1) / 2 - view / 2, view))
            else:
                pad = max(3.0, (end - start) / 20)
                self.show_range(start - pad, end + pad, open_breaks=False)
        self.ensure_visible(event_id)

    # ------------------------------------------------------------------ editing by mouse
    def drag_preview(self) -> Event | None:
        """The event as a drag in progress would leave it (``None``: no drag under way)."""
        drag = self._event_drag
        return drag.preview if drag is not None and drag.started else None

    def drag_preview_text(self) -> str:
        """The new date shown beside the mouse while dragging ("" when not dragging)."""
        preview = self.drag_preview()
        if preview is None or self._event_drag is None:
            return ""
        others = len(self._event_drag.others)
        words = dates_in_words(preview.date, preview.end)
        return words + (f" (and {others} more)" if others else "")

    def cancel_drag(self) -> None:
        """Drop a drag in progress (Esc): nothing changes, nothing is recorded."""
        self._event_drag = None
        self._band = None
        self._drag_scroll_timer.stop()
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        self._repaint_all()

    def _grab_mode(self, item: _Item, x: float, content_y: float) -> DragMode:
        """"end" near the right end of a span's bar (on the bar's row), else "move"."""
        marker = item.marker
        if (not item.is_point and marker.top() - 3 <= content_y <= marker.bottom() + 3
                and abs(x - marker.right()) <= END_GRAB_PX and x > marker.center().x()):
            return "end"
        return "move"

    def _drag_event_to(self, pos: QPointF) -> None:
        drag = self._event_drag
        assert drag is not None
        if not drag.started:
            if (pos - drag.press_pos).manhattanLength() < QApplication.startDragDistance():
                return
            drag.started = True
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor if drag.mode == "end"
                                      else Qt.CursorShape.ClosedHandCursor)
        # In days, not pixels: the scale maps x across breaks; snapping is per precision.
        delta = self.day_at(pos.x()) - drag.press_day
        preview = dragged_event(drag.original, delta, drag.mode)
        if preview is not None:  # out of the representable years: keep the last good one
            drag.preview = preview
            drag.delta_days = delta
        self._last_drag_x = pos.x()
        self._update_drag_scroll(pos.x())
        self.viewport().update()

    def _update_drag_scroll(self, x: float) -> None:
        """Near the left or right edge a drag scrolls the view, faster the closer it is,
        so that an event can be dragged beyond what is on screen."""
        width = self.viewport().width()
        margin = min(40.0, width / 8)
        if x < margin:
            self._drag_scroll_px = -(margin - x) / margin * 24
        elif x > width - margin:
            self._drag_scroll_px = (x - (width - margin)) / margin * 24
        else:
            self._drag_scroll_px = 0.0
        if self._drag_scroll_px and not self._drag_scroll_timer.isActive():
            self._drag_scroll_timer.start()
        elif not self._drag_scroll_px:
            self._drag_scroll_timer.stop()

    def _on_drag_scroll(self) -> None:
        if self._event_drag is None or not self._drag_scroll_px:
            self._drag_scroll_timer.stop()
            return
        self._pan_pixels(self._drag_scroll_px)
        self._drag_event_to(QPointF(self._last_drag_x, self._event_drag.press_pos.y()))

    def nudge_selection(self, steps: int) -> None:
        """Move the selected events by ``steps`` steps of their own precision (Ctrl+Left /
        Ctrl+Right: the keyboard's drag), as one undo step."""
        timeline = self._document.timeline
        moved = []
        for event_id in self._selection.event_ids:
            if event_id in timeline:
                event = timeline.get(event_id)
                copy = nudged_event(event, steps)
                if copy is not None and copy != event:
                    moved.append(copy)
        if len(moved) == 1:
            self._document.update_event(moved[0], f"Move “{moved[0].title}” to "
                                                  f"{dates_in_words(moved[0].date, moved[0].end)}")
        elif moved:
            self._document.update_events(moved, f"Move {len(moved)} events")

    def _moved_along(self, drag: _EventDrag) -> list[Event]:
        """The other selected events moved by the drag's days, each snapped to its own
        precision (one that would leave the calendar stays where it was)."""
        timeline = self._document.timeline
        moved = []
        for event_id in drag.others:
            if event_id in timeline:
                old = timeline.get(event_id)
                event = dragged_event(old, drag.delta_days, "move")
                if event is not None and event != old:  # a week does not move a month
                    moved.append(event)
        return moved

    def _finish_event_drag(self) -> None:
        """On release: a click selects; a drag records one undo step through the document."""
        drag = self._event_drag
        assert drag is not None
        self._event_drag = None
        self._drag_scroll_timer.stop()
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        self._repaint_all()
        timeline = self._document.timeline
        if drag.event_id not in timeline:
            return
        if not drag.started:
            self._anchor_id = drag.event_id
            self.select_event(drag.event_id)
            return
        preview = drag.preview
        # Someone else changed the event meanwhile (an undo by shortcut): drop the drag.
        if preview is None or timeline.get(drag.event_id) != drag.original:
            return
        moved = [e for e in (preview, *self._moved_along(drag)) if e != timeline.get(e.id)]
        if len(moved) > 1:
            self._document.update_events(moved, f"Move {len(moved)} events")
        elif moved:
            verb = "Move" if drag.mode == "move" else "Change the end of"
            self._document.update_event(moved[0], f"{verb} “{moved[0].title}” to "
                                                  f"{dates_in_words(moved[0].date, moved[0].end)}")
        else:
            return
        ids = self._selection.event_ids
        if drag.event_id in ids:  # dragging one of several keeps them selected
            self._selection.select_many(ids, drag.event_id)
        else:
            self.select_event(drag.event_id)

    def _click_with_modifiers(self, event_id: str, shift: bool) -> None:
        """Ctrl-click toggles an event in the selection; Shift-click selects the events
        from the last clicked one to this one in date order, as in the event list.

        The selection keeps the order of the clicks (``EventSelection.event_ids``), as the
        Events list's does: after a Shift-click, the last clicked event (where the range
        starts) and the others already selected in it come first, as they were, then the
        range's other events in date order, the one Shift-clicked last; so Edit → Merge
        Selected Events offers the first clicked event's title, date and place first
        (a Shift-click handed the range over in date order: verify30, fault 7's rule)."""
        timeline = self._document.timeline
        ids = list(self._selection.event_ids)
        if shift and self._anchor_id in timeline:
            a, b = sorted((timeline.index_of(self._anchor_id), timeline.index_of(event_id)))
            span = [e.id for e in timeline.events[a:b + 1]]
            self._selection.select_many(
                _in_click_order(span, ids, self._anchor_id, event_id), event_id)
            return
        self._anchor_id = event_id
        if event_id in ids:
            ids.remove(event_id)
            current = self._selection.event_id
            self._selection.select_many(ids, current if current in ids else None)
        else:
            self._selection.select_many([*ids, event_id], event_id)

    def _ids_in_band(self, band: _RubberBand) -> tuple[str, ...]:
        """The events drawn (marker or label) or gathered in a "+N" badge inside the band,
        by x.  Only what is laid out counts, so this costs what is on screen."""
        rect = QRectF(band.origin, band.corner).normalized().translated(
            0, -self._content_offset())
        found = [(item.marker.left(), item.event_id) for lane in self._layout().lanes
                 for item in lane.items if item.rect.intersects(rect)]
        # A "+N" badge it touches brings its events (a density bin has no list: too many).
        found += [(aggregate.rect.left(), key) for lane in self._layout().lanes
                  for aggregate in lane.aggregates if aggregate.keys
                  and aggregate.rect.intersects(rect) for key in aggregate.keys]
        return tuple(event_id for _, event_id in sorted(found))

    def _finish_band(self) -> None:
        band = self._band
        assert band is not None
        self._band = None
        self._repaint_all()
        ids = (*band.base, *band.ids)
        current = self._selection.event_id
        if current not in ids:
            current = band.ids[0] if band.ids else ""
        self._selection.select_many(ids, current or None)

    def _paint_drag(self, painter: QPainter, offset: float) -> None:
        """The dragged event where it would go, with its new date beside it, and the
        rubber band."""
        palette = self.palette()
        band = self._band
        if band is not None:
            highlight = QColor(palette.highlight().color())
            painter.setPen(QPen(highlight, 1))
            highlight.setAlpha(40)
            painter.setBrush(highlight)
            painter.drawRect(QRectF(band.origin, band.corner).normalized())
        preview = self.drag_preview()
        drag = self._event_drag
        if preview is None or drag is None:
            return
        items = self._layout().items_by_id
        timeline = self._document.timeline
        for event_id, item in items.items():  # those drawn now: a frame costs what is seen
            if event_id in drag.others and event_id in timeline:
                other = dragged_event(timeline.get(event_id), drag.delta_days, "move")
                if other is not None:
                    self._paint_ghost(painter, other, item.marker.center().y() + offset)
        anchor = self._paint_ghost(painter, preview, drag.row_mid + offset, drag.mode)
        self._paint_drag_label(painter, self.drag_preview_text(), anchor, drag.row_mid + offset)

    def _paint_ghost(self, painter: QPainter, preview: Event, mid: float,
                     mode: DragMode = "move") -> float:
        """The event drawn where the drag would put it, dashed; returns the x of the part
        being dragged (its start, or its end when stretching)."""
        width = self.viewport().width()
        start, end = preview.day_range()
        color = self._lane_color(self._lane_key_at(
            mid, lane_keys(preview, self._lanes_by, self._lane_spellings)))
        pen = QPen(color.darker(160), 2.0, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        fill = QColor(color)
        fill.setAlpha(110)  # the faded original shows through where they overlap
        painter.setBrush(fill)
        if end - start == 1:
            x = anchor = self.x_of_day(start + 0.5)
            painter.drawPolygon(QPolygonF([
                QPointF(x, mid - 8), QPointF(x + 8, mid), QPointF(x, mid + 8),
                QPointF(x - 8, mid)]))
        else:
            x0 = max(-10.0, self.x_of_day(start))
            x1 = min(width + 10.0, max(x0 + 2.0, self.x_of_day(end)))
            painter.drawRoundedRect(QRectF(x0, mid - 10, x1 - x0, 20), 4, 4)
            anchor = x1 if mode == "end" else x0
        return anchor

    def _paint_drag_label(self, painter: QPainter, text: str, anchor: float,
                          mid: float) -> None:
        """The new date in a box above the dragged event (below it in the first row)."""
        palette = self.palette()
        width = self.viewport().width()
        metrics = self._bold_metrics
        w, h = metrics.horizontalAdvance(text) + 14, metrics.height() + 8
        top = mid - 14 - h if mid - 14 - h >= LANES_TOP else mid + 14
        box = QRectF(min(max(anchor - w / 2, 2.0), width - w - 2), top, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.toolTipBase())
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QPen(palette.toolTipText().color(), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, 4, 4)
        painter.setFont(self._bold_font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(self._label_font)

    # ------------------------------------------------------------------ model
    def adopt_prepared_lanes(self, prepared: PreparedLanes) -> None:
        """Use lanes built off the GUI thread (:func:`prepare_lanes`) at the next rebuild,
        if it is for the same timeline object and nothing is hidden by then."""
        self._prepared = prepared

    def _rebuild_lanes(self) -> None:
        self._lanes_generation += 1  # (new lanes: the world's chunks of the old go)
        events = self._document.timeline.events  # already in date order
        hidden = self._hidden
        prepared = self._prepared
        if prepared is not None and prepared.timeline is self._document.timeline:
            self._prepared = None  # used once: the lanes are mutable from now on
        else:
            prepared = None  # (for a timeline still to come: kept)
        if (prepared is None or (hidden is not prepared.hidden and hidden != prepared.hidden)
                or len(prepared.spans) != len(events) or prepared.lanes_by != self._lanes_by):
            prepared = _lanes_of(self._document.timeline, events, hidden, self._lanes_by)
        self._spans = prepared.spans
        self._lane_spellings = prepared.spellings
        by_category = prepared.by_category
        if self._lanes_by != "category":
            self._lanes = named_lane_order(by_category.values())
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
        self._breaks_stale = False
        self._lone_spans = []
        if not self._collapse:
            self._breaks = []
        else:
            if covered is None:
                covered = _covered(self._spans, self._article_dates())
            self._lone_spans = self._lone_coarse(covered)
            self._breaks = find_breaks(covered, lone_coarse=self._lone_spans)
        known = {b.empty_first for b in self._breaks}
        self._opened &= known
        self._apply_breaks(keep_view=True)

    def _lone_coarse(self, covered: list[tuple[float, float]]) -> list[tuple[float, float]]:
        """The intervals of ``covered`` (as ``_covered`` gives) that hold one event alone,
        dated to a year or a decade without an end, and no article's date: what
        ``find_breaks`` compresses with the gap beside it (``lone_coarse``).

        Fit All gave a lone "2009" its 365 days at the scale of a story's three months
        told in 14 events, ~230 px of 1440 against their ~30 (verify31, finding 7).
        Cost: a bisection per lane for each interval of a year or more."""
        lone: list[tuple[float, float]] = []
        for start, end in covered:
            if end - start < 365:
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
            if found.date.precision not in (Precision.YEAR, Precision.DECADE):
                continue
            if event_days(found) != (start, end):
                continue
            article_days = self._article_days()
            if bisect.bisect_left(article_days, end) > bisect.bisect_left(article_days, start):
                continue
            lone.append((start, end))
        return lone

    def _apply_breaks(self, keep_view: bool = False) -> None:
        """Make the scale from the breaks not opened; optionally keep the middle day put."""
        middle_day = self.day_at(self.viewport().width() / 2) if keep_view else None
        breaks = self._breaks_with_room(
            [b for b in self._breaks if b.empty_first not in self._opened])
        self._scale = Scale(breaks) if breaks else LINEAR
        # A lone year's days are compressed only where a break's compressed part lies
        # on them (``find_breaks``' ``lone_coarse``; an opened break compresses nothing).
        self._squeezed_spans = [(first, last) for first, last in self._lone_spans
                                if any(b.first_day < last and b.last_day > first
                                       for b in breaks)]
        self._overview_cache = None
        if middle_day is not None:
            self._origin = (self._scale.u_of_day(middle_day)
                            - self.viewport().width() / 2 / self._px_per_day)
        self._invalidate()

    def _rescale(self) -> None:
        """Breaks switched on or off: re-fit a fitted view, else keep the middle day."""
        self._find_breaks()
        if self._auto_fit:
            self.fit_all()
        else:
            self._set_scale(self._px_per_day)
            self._set_origin(self._origin)

    def _open_breaks_in(self, first_day: float, last_day: float) -> bool:
        """Open the breaks that hold most of ``[first_day, last_day)`` (a range that only
        grazes a break, such as the days around an event beside it, leaves it closed)."""
        opened = False
        for brk in self._scale.breaks:
            overlap = min(last_day, brk.last_day) - max(first_day, brk.first_day)
            if overlap > 0.5 * (last_day - first_day):
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
        self._label_cache.clear()
        self._least_cache.clear()
        self._elided_cache.clear()
        self._article_dates_cache = None
        self._article_days_cache = None
        self._article_totals_cache = None
        self._article_columns_memo = None
        self._article_candidates_memo = None
        self._rebuild_lanes()
        self.fit_all()
        self._update_scrollbars()

    # One event changed (a drag, the editor, an undo): it is taken out of its lane and put
    # back by bisection instead of rebuilding every lane, which reads every event's days
    # (seconds at 100 000 events).  A new or emptied lane rebuilds them all.
    def _on_event_added(self, event_id: str) -> None:
        event = self._document.timeline.get(event_id)
        self._on_model_changed(event_id, self._place(event))

    def _on_event_changed(self, event_id: str) -> None:
        old = self._placed.get(event_id)
        event = self._document.timeline.get(event_id)
        same_lane = old is not None and (
            set(lane_keys(old, self._lanes_by, self._lane_spellings))
            == set(lane_keys(event, self._lanes_by, self._lane_spellings)))
        self._on_model_changed(event_id, old is not None
                               and self._unplace(old, may_empty=same_lane)
                               and self._place(event))

    def _on_event_removed(self, event_id: str) -> None:
        old = self._placed.get(event_id)
        self._on_model_changed(event_id, old is not None and self._unplace(old))

    def _on_events_replaced(self, event_ids: tuple[str, ...]) -> None:
        """Many events replaced at once (a lane renamed, ``Document.events_replaced``): the
        lanes rebuilt once, the view kept where it is (one event at a time cost ~23 ms
        each at 1 000 events, lanes16)."""
        for event_id in event_ids:
            self._label_cache.pop(event_id, None)
            self._least_cache.pop(event_id, None)
        self._on_model_changed("", False)

    def _on_lane_order_changed(self) -> None:
        """The lanes put in another order (``Document.move_lane``): laid out again."""
        self._on_model_changed("", False)

    def _place(self, event: Event) -> bool:
        """Put one event into its lane (lanes: by participant or place, each of its
        names') and the day lists; False if a lane of it is new."""
        lanes = [self._lane_by_category.get(key)
                 for key in lane_keys(event, self._lanes_by, self._lane_spellings)]
        if None in lanes:
            return False
        self._lanes_generation += 1  # (the lane changes: its world chunks go)
        start, end = event_days(event)
        for lane in cast("list[_Lane]", lanes):
            index = self._index_in_order(lane.starts, lane.events, start, event)
            lane.starts.insert(index, start)
            lane.events.insert(index, event)
            lane._starts_array = None
            bucket = lane.buckets[bisect.bisect_left(_BUCKET_LIMITS, end - start)]
            index = self._index_in_order(bucket.starts, bucket.events, start, event)
            bucket.starts.insert(index, start)
            bucket.ends.insert(index, end)
            bucket.events.insert(index, event)
            bucket.max_days = max(bucket.max_days, end - start)
        index = bisect.bisect_right(self._all_starts, start)
        self._all_starts.insert(index, start)
        self._spans.insert(index, (start, end))
        self._placed[event.id] = event
        return True

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
        lanes = [self._lane_by_category.get(key)
                 for key in lane_keys(event, self._lanes_by, self._lane_spellings)]
        if any(lane is None or (len(lane.events) <= 1 and not may_empty) for lane in lanes):
            return False
        start, end = event_days(event)

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
                return False
            places.append((lane, in_lane, bucket, in_bucket))
        first = bisect.bisect_left(self._all_starts, start)
        last = bisect.bisect_right(self._all_starts, start)
        in_spans = next((i for i in range(first, last) if self._spans[i][1] == end), None)
        if in_spans is None:
            return False
        self._lanes_generation += 1  # (the lane changes: its world chunks go)
        for lane, in_lane, bucket, in_bucket in places:
            del lane.starts[in_lane], lane.events[in_lane]
            lane._starts_array = None
            del bucket.starts[in_bucket], bucket.ends[in_bucket], bucket.events[in_bucket]
        del self._all_starts[in_spans], self._spans[in_spans]
        del self._placed[event.id]
        return True

    def _on_model_changed(self, event_id: str, placed: bool) -> None:
        self._label_cache.pop(event_id, None)
        self._least_cache.pop(event_id, None)
        self._elided_cache.clear()  # a title may have changed; cheap to fill again
        if placed:
            self._data_range_cache = None
            self._overview_cache = None
            covered = _covered(self._spans, self._article_dates())
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
        # Still the fitted view: it widens to what is there now, but an edit inside it (a
        # delete, a Ctrl+→ move) keeps it: refitting jumped to a 2-day window on the one
        # event left, and shifted the range at each move (new-user trial 9).
        if self._auto_fit and not self._data_in_view():
            self.fit_all()
        self._update_scrollbars()

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
                                  brk.last_day, units))
        if all(a.units == b.units for a, b in zip(adjusted, found, strict=True)):
            return
        self._breaks = adjusted
        self._apply_breaks()
        self._origin = origin + shift
        self._breaks_stale = True

    def _breaks_still_hold(self, covered: list[tuple[float, float]]) -> bool:
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
        for brk in self._breaks:
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
        self._find_breaks()  # ... and may fill an empty period

    def _on_selected_ids_changed(self) -> None:
        before, self._selected_ids = self._selected_ids, frozenset(self._selection.event_ids)
        self._describe_selection()
        self._update_items(before ^ self._selected_ids)

    def _describe_selection(self) -> None:
        """The events are painted, not widgets: tell assistive technology what is selected."""
        timeline = self._document.timeline
        event_id = self._selection.event_id
        if event_id and event_id in timeline:
            event = timeline.get(event_id)
            text = (f"Selected: {event.title}, {event.date.describe()} "
                    f"({timeline.index_of(event_id) + 1} of {len(timeline)})")
            count = len(self._selection.event_ids)
            if count > 1:
                text += f"; {count} events selected"
            self.setAccessibleDescription(text)
        else:
            self.setAccessibleDescription(f"{len(timeline)} events; press Right to select one")

    def _on_selection_changed(self, event_id: str) -> None:
        if event_id:
            self.ensure_visible(event_id)
        self._describe_selection()
        # The current event is painted apart only under a search (never dimmed there).
        self._update_items({self._painted_primary, event_id})
        self._painted_primary = event_id
        self.event_selected.emit(event_id)

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

    # ------------------------------------------------------------------ scale and scroll
    def _view_units(self) -> float:
        return max(1, self.viewport().width()) / self._px_per_day

    def _scale_bounds(self) -> tuple[float, float]:
        """Pixels per unit from the widest view (the data, its length again around it, and
        never past the representable days) to the narrowest (one day across the window)."""
        width = max(1, self.viewport().width())
        first, last = self._data_units()
        widest = max(MIN_UNITS_SHOWN_OUT, (last - first) * (1 + ZOOM_OUT_MARGIN))
        widest = min(widest, self._scale.u_of_day(MAX_DAY) - self._scale.u_of_day(MIN_DAY))
        return width / widest, width / MIN_DAYS_SHOWN

    def _set_scale(self, px_per_day: float) -> None:
        self._settle_layout()
        lo, hi = self._scale_bounds()
        self._px_per_day = min(hi, max(lo, px_per_day))
        self._view_moved()

    def _origin_bounds(self) -> tuple[float, float]:
        """Where the left edge may go: the data plus a quarter of a window on each side
        (zoomed right out, the data in the middle), never past the representable days."""
        first, last = self._data_units()
        view = self._view_units()
        # (at least Fit All's margin: the room it made for labels left of the first band)
        pad = max(view * 0.25, self._fit_margin_px / self._px_per_day)
        # (and after the data Fit All's right margin and room: ``_fit_right_px_for``)
        lo, hi = first - pad, last + max(view * 0.25,
                                         self._fit_right_px / self._px_per_day) - view
        lo, hi = min(lo, hi), max(lo, hi)
        lo = max(lo, self._scale.u_of_day(MIN_DAY))
        hi = max(lo, min(hi, self._scale.u_of_day(MAX_DAY) - view))
        return lo, hi

    def _clamped_origin(self, origin: float) -> float:
        """``origin`` kept within ``_origin_bounds``."""
        lo, hi = self._origin_bounds()
        return min(max(origin, lo), hi)

    def _set_origin(self, origin: float, fitted: bool = False) -> None:
        """Move the view to ``origin`` (display units, clamped); ``fitted``: the view Fit
        All made (the scroll bar then has no range: ``_update_scrollbars``)."""
        self._settle_layout()
        if not self._in_zoom_step:  # another move before the notch's frame: painted
            self._preview_armed = False
        self._auto_fit = fitted
        self._origin = self._clamped_origin(origin)
        self._view_moved()
        self._update_scrollbars()
        self.view_changed.emit()

    def _update_scrollbars(self) -> None:
        lo, hi = self._origin_bounds()
        span_px = (hi - lo) * self._px_per_day
        # Keep scrollbar values inside a C int even for centuries at day zoom.
        self._scroll_unit = max(1.0, span_px / 1e9)
        hbar = self.horizontalScrollBar()
        hbar.blockSignals(True)
        quiet = hbar if isinstance(hbar, _PanScrollBar) else None
        if quiet is not None:
            quiet.hold_repaint()  # the changes below are one (a repaint only if it shows)
        # Fit All shows everything: the thumb spans the whole track, not a third of it at
        # one end (new-user trial 11); a pan or zoom gives the bar its range back.
        fitted = self._auto_fit
        hbar.setRange(0, 0 if fitted else int(span_px / self._scroll_unit))
        hbar.setPageStep(max(1, int(self.viewport().width() / self._scroll_unit)))
        hbar.setSingleStep(max(1, int(40 / self._scroll_unit)))
        hbar.setValue(0 if fitted else
                      int(round((self._origin - lo) * self._px_per_day / self._scroll_unit)))
        hbar.blockSignals(False)
        if quiet is not None:
            quiet.release_repaint()
        pan = self._pan
        if (pan is not None and pan.moved and pan.layout is not None
                and self._pan_valid()):
            # (A pan's lanes keep their heights: its stretch's, not the view's items moved.)
            content_height = pan.layout.content_height
        else:
            if self._preview_armed and self._layout_key() not in self._layouts:
                # A notch whose frame may be a stretched picture: the lanes' height is
                # known once its layout is made (``_catch_up_after_preview``).
                self._behind_preview = True
                return
            layout = self._layout()
            content_height = layout.content_height
        vbar = self.verticalScrollBar()
        value_before = vbar.value()
        visible_h = max(0, self.viewport().height() - LANES_TOP)
        maximum = max(0, int(content_height - visible_h))
        if maximum != vbar.maximum():
            # The bar is always shown (see __init__): its range changes without the
            # signal, whose only other listener is the scroll area's queued check of which
            # bars to show; that check repainted the frame and both bars a second time on
            # every zoom notch that changed the lanes' height (~1 ms a notch, issue 11).
            value = vbar.value()
            vbar.blockSignals(True)
            vbar.setRange(0, maximum)
            vbar.blockSignals(False)
            if vbar.value() != value:  # cut to the new range: as valueChanged would
                self._on_vscroll(vbar.value())
        vbar.setPageStep(max(1, visible_h))
        vbar.setSingleStep(ROW_HEIGHT)
        vbar.setEnabled(maximum > 0)  # shown always (see __init__): greyed when idle
        if self._kept_row is not None and pan is None:
            self._keep_selected_row(layout)  # (records the row it keeps as shown)
        elif self._shown_row is not None and pan is None:
            self._keep_shown_in_view(layout, value_before)

    def _on_hscroll(self, value: int) -> None:
        self._settle_layout()
        self._auto_fit = False
        lo, _ = self._origin_bounds()
        self._origin = lo + value * self._scroll_unit / self._px_per_day
        self._view_moved()
        self.view_changed.emit()

    def _on_vscroll(self, _value: int) -> None:
        self._settle_layout()  # (the vertical scroll is in the picture's key, not the layout's)
        self.viewport().update()

    def _pan_pixels(self, dx: float) -> None:
        """Pan by ``dx`` pixels (later when positive); never the other way: a view left
        past where a pan may go (by a resize, a filter) stays put rather than snapping
        back against the pan (new-user trial 6)."""
        target = self._origin + dx / self._px_per_day
        if (self._clamped_origin(target) - self._origin) * dx < 0:
            return
        before = (self._origin, self._px_per_day)
        target = self._snapped_back((target, self._px_per_day))[0]
        self._set_origin(target)
        self._moved(("pan", dx), before)

    def _moved(self, move: tuple[object, ...], before: tuple[float, float]) -> None:
        """``move`` was made from ``before`` (origin, pixels per day): the same move again
        from where the last one left the view is a steady pan or zoom, whose next step
        is laid out ahead after this frame."""
        steady = self._last_move == (move, *before)
        self._last_move = (move, self._origin, self._px_per_day)
        self._view_before_move = before
        self._side_queue = []
        self._move_ahead = move if steady else None

    def _snapped_back(self, view: tuple[float, float]) -> tuple[float, float]:
        """``view`` (origin, pixels per day), or the view before the last move when
        ``view`` is within ``TURN_SNAP_PX`` of it at every x on screen: a move undone
        (a pan back by the same amount, a notch back about the same anchor) comes back
        only to within float rounding (``(o + d) - d != o``), so it would never be the
        view whose picture and layout are kept.  The day at any x moves by less than
        ``TURN_SNAP_PX``; the view is still a function of (origin, scale)."""
        back = self._view_before_move
        if back is None or back == view:
            return view
        width = max(1, self.viewport().width())
        origin, ppd = view
        # How far the day at an x on screen moves, in pixels, at most (x in [0, width]).
        drift = abs(back[0] - origin) * ppd + width * abs(back[1] - ppd) / ppd
        return back if drift < TURN_SNAP_PX else view

    def _keep_selected_on_screen(self, old_width: int) -> None:
        """A pane opened beside the view narrows it from the right, the left edge kept: the
        selected event, on screen before, went off the right edge (verify30: Ctrl+Shift+F
        hid the 10 November event the user was reading).  It is brought to three quarters
        of the new width, the zoom kept; nothing moves when it is still on screen (24 px
        from the edge, as ``ensure_visible``) or was not on screen before, nor when the
        view lost no more than a scroll bar's width (a lane's change of mode brings the
        vertical bar in the middle of a pan: the view must not jump then).

        Args:
            old_width: The viewport's width before the resize, in pixels.
        """
        event_id = self._selection.event_id
        width = self.viewport().width()
        timeline = self._document.timeline
        if (not event_id or old_width - width <= self.verticalScrollBar().sizeHint().width()
                or event_id not in timeline):
            return
        start, _end = event_days(timeline.get(event_id))
        x = self.x_of_day(start)
        if not width - 24 < x < old_width:
            return
        view = self._view_units()
        self._set_origin(self._scale.u_of_day(start) - view * 0.75)

    def _step_on_after_resize(self, old_width: int) -> None:
        """Moves are going on (a key held: the view before the last move is still kept)
        and the viewport's width changed under them (a lane's change of mode brought or
        took away the vertical scroll bar): the next step is painted ahead at the new
        width, as it was at the old one.  A pan of an eighth of the old width (a
        Shift+arrow step) becomes an eighth of the new one.  (Issue 11: the key after
        the bar came, at 1 000 000 events, was a new view of 7-15 ms.)"""
        last = self._last_move
        if (last is None or self._previous_picture is None or self._auto_fit
                or (last[1], last[2]) != (self._origin, self._px_per_day)):
            return
        move = last[0]
        width = self.viewport().width()
        if move[0] == "pan" and old_width > 0 and abs(move[1]) == old_width / 8:  # type: ignore[arg-type]
            move = ("pan", math.copysign(width / 8, move[1]))  # type: ignore[arg-type]
        self._last_move = (move, self._origin, self._px_per_day)
        self._move_ahead = move

    def _expect_again(self) -> None:
        """The move just made came from a key or a wheel's notch, which usually come in
        runs (a key held, a wheel spun): its next step is painted ahead from the first
        one (a touchpad's pans differ from event to event: they wait for a repeat)."""
        if self._last_move is not None:
            self._move_ahead = self._last_move[0]

    def _view_after(self, move: tuple[object, ...]) -> tuple[float, float] | None:
        """(origin, pixels per day) that ``move`` would give from here, as
        ``_pan_pixels`` and ``zoom_by`` compute them; None: not known without making it
        (a zoom on a scale with breaks may open one)."""
        origin, ppd = self._origin, self._px_per_day
        if move[0] == "pan":
            return self._clamped_origin(origin + move[1] / ppd), ppd  # type: ignore[operator]
        if not self._scale.is_linear:
            return None
        factor, anchor_x = move[1], move[2]
        anchor_u = origin + anchor_x / ppd  # type: ignore[operator]
        lo, hi = self._scale_bounds()
        new_ppd = min(hi, max(lo, ppd * factor))  # type: ignore[operator]
        self._px_per_day = new_ppd  # _origin_bounds reads it (the view's length)
        try:
            return self._clamped_origin(anchor_u - anchor_x / new_ppd), new_ppd  # type: ignore[operator]
        finally:
            self._px_per_day = ppd

    def _lay_out_ahead(self) -> None:
        """After a steady pan's or zoom's frame, and then once per slice: the view one
        more step on, laid out and painted into a picture while the app waits for the
        next event, as that step's frame would lay it out and paint it.

        A layout is kept by ``_layout_key`` and the picture by ``_frame_key``, and each
        is a function of its key (what else they are made from bumps
        ``_frame_generation``), so the next frame finds exactly the layout it would have
        made and copies the very pixels it would have painted (``paintEvent``: a picture
        with the view's key is copied); a guess that does not come true costs a layout
        and a paint, off any frame.  The work is cut into slices (``_paint_slice``), each
        from this 0 ms timer, so that an input waits for one slice, not for a whole
        paint; the input that moves the view abandons the rest, or, when it moves the
        view to the step being painted, its frame finishes it (``paintEvent``)."""
        if self._work_ahead_held:
            self._paint_job, self._move_ahead = None, None
            return
        if self._pan is not None:
            # A press held (a drag may follow): the pan's tiles under the view come
            # first (``_pan_work``); the job goes on after the release (``_end_pan``),
            # or goes when the drag lets go of the side pictures.
            return
        if (self._origin, self._px_per_day) != self._shown_view:
            # The view moved since its last frame: that frame comes first (its
            # ``paintEvent`` starts this timer again), then the step after it.
            job = self._paint_job
            if job is not None and job.view != (self._origin, self._px_per_day):
                self._paint_job = None  # (a job of the view it moved to: the frame's)
            return
        paced, self._notch_at_slice = self._notches != self._notch_at_slice, self._notches
        self._run_paced = paced
        if not paced:
            self._preview_span = 0  # the run paused: pictures keep up with it
            self._notch_of_run = False  # (a notch now begins another, or is a lone one)
        job = self._paint_job
        if job is not None and job.ahead and job is self._preview_job and (
                not paced or not self._same_run(job)):
            # A picture ahead of a run that paused or turned: the view on screen's own
            # picture instead (the run may never come to it).
            self._paint_job = self._preview_job = None
        job = self._paint_job
        if paced and job is not None and job is self._preview_job:
            # (at least: the count is made when it is done)
            self._preview_span = max(self._preview_span, self._notches - job.begun)
        going_on = job is not None and job is self._preview_job and job.ahead > 0
        if self._preview_key is not None:
            # A stretched picture on screen: the view's own picture first (or, back to
            # back, one ahead of it: ``_preview_job_for``), then the step after it
            # (``_move_ahead`` waits).
            if self._paint_job is None and self._frame_key() == self._preview_key:
                self._paint_job = self._preview_job = self._preview_job_for()
        elif going_on:
            pass  # a picture ahead of a run goes on; the step after the view waits
        elif (self._move_ahead is not None and self._move_ahead[0] == "zoom"
              and self._run_paced and self._preview_span > 1
              and (job := self._preview_job_for()).ahead):
            # Back to back, past a picture painted ahead: the next such picture, not
            # the next step's (done many notches too late to be shown).
            self._move_ahead = None
            self._paint_job = self._preview_job = job
        elif self._move_ahead is not None:
            move, self._move_ahead = self._move_ahead, None
            self._paint_job = None  # a new step to guess: whatever was under way goes
            here = (self._origin, self._px_per_day)
            if (self._last_move != (move, *here) or not self.isVisible()
                    or self.drag_preview() is not None or self._band is not None):
                return  # the view moved otherwise since, or a drag paints every frame itself
            ahead = self._view_after(move)
            if ahead is None or ahead == here:
                return  # at the end of the data or of the zoom: the next step changes nothing
            self._paint_job = _PaintJob(ahead, here, self._last_move)
            self._paint_job.begun = self._notches
        job = self._paint_job
        if job is None:
            return
        if self._paint_slice(job):
            self._ahead_timer.start()  # the next slice, after the events that came meanwhile

    def _same_run(self, job: _PaintJob) -> bool:
        """The last move zooms the way the move ``job`` was begun after did (a zoom run
        going on).  Its anchor may differ (a wheel under a pointer that moves): the
        picture is then of a view near the run's, still a picture to stretch."""
        last, began = self._last_move, job.last_move
        return (last is not None and isinstance(began, tuple) and bool(began)
                and last[0][:2] == began[0][:2])

    def _preview_job_for(self) -> _PaintJob:
        """The job that paints the picture of a view shown stretched (``_zoom_preview``).

        The view on screen's, unless notches come back to back (a notch between the
        last two slices of work ahead, ``_run_paced``): then the view the run will
        reach in as many notches as the last such picture took to paint
        (``_preview_span``, at most ``PREVIEW_AHEAD_MAX``), so that the run meets a
        finished picture there (its frame copies it) and the notches before it
        stretch a picture that many notches old at most, not one that fell further
        behind at every picture (issue 11, session 10).  A pause or a turn drops it
        (``_lay_out_ahead``).
        """
        here = (self._origin, self._px_per_day)
        job = _PaintJob(here, here, self._last_move)
        job.begun = self._notches
        last = self._last_move
        span = self._preview_span if self._run_paced else 0
        # Done ``span`` notches after it begins, shown from the notch after that; a
        # quarter more, so that the notches just before it stretch it (not one twice
        # as far behind).
        # (A picture done by the notch after the one it began at is stretched 1.25
        # times at most, as it is: ahead of the run, every other frame was a copy of
        # one, ~1 ms more than a stretch, with the next picture's first slice after it.)
        steps = min(PREVIEW_AHEAD_MAX, span + 1 + span // 4) if span > 1 else 0
        if steps <= 0 or last is None or last[1:] != here or last[0][0] != "zoom":
            return job
        view = here
        try:
            for _ in range(steps):
                after = self._view_after(last[0])
                if after is None or after == view:
                    break  # the end of the zoom range
                view = self._origin, self._px_per_day = after
                job.ahead += 1
        finally:
            self._origin, self._px_per_day = here
        job.view = view
        return job

    def _job_still_wanted(self, job: _PaintJob) -> bool:
        """Nothing moved the view since ``job`` began, and it may still be painted.  A
        view shown stretched (``_zoom_preview``) is painted even when a notch moved on
        from it: its picture is the next notch's to stretch."""
        if job is self._preview_job:
            return self.isVisible() and self.drag_preview() is None and self._band is None
        return ((self._origin, self._px_per_day) == job.here
                and self._last_move is job.last_move and self.isVisible()
                and self.drag_preview() is None and self._band is None)

    def _paint_slice(self, job: _PaintJob, to_the_end: bool = False) -> bool:
        """One slice of ``job`` (all that is left with ``to_the_end``): about
        ``IDLE_SLICE_MS`` of the GUI thread's time of its parts, in order: the layout
        (one piece), bands of the lanes' rows (as tall as what the rows cost when last
        painted ahead allows, ``_budget_bottom``), and, last, what lies above the lanes
        (judged by its own last cost).  Each slice paints with the view set
        to the job's; the view's key must be the one read at the first slice, else the
        job is abandoned (an edit, a palette, a resize, a vertical scroll since): every
        pixel of the picture is painted from the state its key names.  The finished
        picture becomes the frame picture if it shows the view on screen, else the
        picture painted ahead (``_adopt_picture_ahead``).

        Returns:
            True when slices remain; False when the job ended (done or abandoned).
        """
        if job is not self._paint_job:
            return False
        here = (self._origin, self._px_per_day)
        if not to_the_end and not self._job_still_wanted(job):
            self._paint_job = None
            return False
        # The thread's CPU time, not the wall clock: on a loaded machine the wall clock
        # would cut the work into more slices, each paying a band's fixed cost again.
        began = time.thread_time()
        self._origin, self._px_per_day = job.view  # read by the layout and _paint only
        self._laying_out_ahead = job.view != here  # (a frame of that view: on screen)
        self._may_flip_ahead, self._ahead_flip = not job.side, job.flip
        try:
            key = self._frame_key()
            if job.key is None:  # the first slice: the layout begins (unless kept)
                job.key = key
                job.layout_key = self._layout_key()
                if job.layout_key not in self._layouts:
                    job.layout_steps = self._layout_steps()
            elif key != job.key:
                self._paint_job = None  # (and its layout under way with it)
                return False
            done_some = False
            steps = job.layout_steps
            while steps is not None:  # the layout, a few steps at a time
                spent = (time.thread_time() - began) * 1000
                if (done_some and not to_the_end
                        and spent + self._step_ms > IDLE_SLICE_MS):
                    return True  # the next step, if like the last, would go over
                step_began = time.thread_time()
                generation = self._frame_generation
                try:
                    next(steps)
                except StopIteration as finished:
                    job.layout_steps = steps = None
                    self._rekey_after_mode_change(job, generation)
                    if self._ahead_flip is None:
                        self._keep_layout(job.layout_key, finished.value)  # type: ignore[arg-type]
                    else:  # not before its frame makes the change (``_flipped_ahead``)
                        job.layout, job.flip = finished.value, self._ahead_flip
                else:
                    self._rekey_after_mode_change(job, generation)
                if not to_the_end:
                    self._step_ms = (time.thread_time() - step_began) * 1000
                done_some = True
            while job.next_row >= 0:
                spent = (time.thread_time() - began) * 1000
                top = job.next_row
                band = top < self.viewport().height()
                if (done_some and not to_the_end and spent + (
                        self._part_ms if band else self._above_ms) > IDLE_SLICE_MS):
                    return True  # the next part would make this slice too long
                part_began = time.thread_time()
                # (a budget of 0, one part a slice, cuts bands by content alone)
                self._band_left_ms = (IDLE_SLICE_MS - spent
                                      if IDLE_SLICE_MS > 0 and not to_the_end else None)
                self._paint_part(job, to_the_end)
                if band and not to_the_end:
                    # (a band's cost: the part above the lanes, 1-2 ms, would make the
                    # next job's first band look cheap and run it after its layout)
                    self._part_ms = (time.thread_time() - part_began) * 1000
                    self._note_band_cost(top, job.next_row, self._part_ms)
                elif not to_the_end:
                    self._above_ms = (time.thread_time() - part_began) * 1000
                done_some = True
        except _ModeChangeAheadError:
            self._paint_job = None  # the frame of that view, if it comes, decides
        finally:
            self._band_left_ms = None
            self._origin, self._px_per_day = here
            self._laying_out_ahead = False
            job.flip, self._ahead_flip = self._ahead_flip, None
        if self._paint_job is None:  # dropped by a change of mode
            if job.side:
                self._next_side_job()  # (the other views beside were left unmade)
            return False
        self._paint_job = None
        picture = (job.key, job.picture)
        if job.flip is not None:  # shown only once its frame makes the lane's change
            self._flip_ahead = job
            self._ahead_drop_timer.start()
            return False
        if job.side:
            if job.key == self._fit_key:
                self._fit_picture = picture
            else:
                self._side_pictures[job.key] = job.picture
            self._next_side_job()
            return False
        preview = job is self._preview_job
        if preview:
            self._preview_job = None
            self._preview_span = self._notches - job.begun
        if job.view == here and job.key == self._frame_key():  # the view on screen
            if job.settles:
                # The pan's last frame on screen: this picture instead, a copy.  No
                # previous view's picture (a turn's) is kept: the one there is the
                # canvas of the views beside, painted next.  Kept, the view before the
                # drag's was a fifth view's bytes beside them: the peak after a drag at
                # 100 000 events and 2560x1440 was 300-302 MiB, 285 at rest (issue 11,
                # session 12).
                before, self._frame_cache = self._frame_cache, picture
                before = before or self._previous_picture
                self._previous_picture = None
                self._spare_canvas = None if before is None else before[1]
                self._ahead_drop_timer.start()
                self._update_scrollbars()
                self.viewport().update()
            else:
                self._replace_frame_picture(picture)
            if self._preview_key is not None:
                self.viewport().update()  # its own picture instead of the stretched one
            elif job.here == job.view:  # the picture of a view that stayed: its sides
                self._prepare_sides()
        elif preview:  # a view shown stretched, which a notch left since
            if self._preview_source is not None:
                self._spare_canvas = self._preview_source[1]
            self._preview_source = picture
            self._ahead_timer.start()  # the picture of the view on screen next
        else:
            if self._ahead_picture is not None:
                self._spare_canvas = self._ahead_picture[1]
            self._ahead_picture = picture
        self._ahead_drop_timer.start()
        return False

    def _rekey_after_mode_change(self, job: _PaintJob, generation: int) -> None:
        """A step of ``job``'s layout changed a lane's rows-or-density decision at its
        zoom (``_lane_on_screen`` bumped ``_frame_generation`` from ``generation``): the
        job goes on under the keys of the new generation, as ``_layout`` keeps a frame's
        layout under the key read after it.  Only the layout of the view on screen makes
        such a change (work ahead notes it or is dropped); the steps before it were laid
        out under decisions that still hold, and the bands are painted after it.  That
        view is then one shown stretched (``_zoom_preview``), and the picture keeps its
        key: dropped at the change, the next notch found no picture of the new generation
        to stretch and was laid out and painted whole (issue 11, session 12: the second
        notch of bench_view's Ctrl+wheel run at 100 000 events, 2560x1440, 30 ms)."""
        if self._frame_generation == generation or job.key is None:
            return
        old = job.key
        job.key = (self._frame_generation, *old[1:])
        if job.layout_key is not None:
            job.layout_key = (self._frame_generation, *job.layout_key[1:])
        if self._preview_key == old:
            self._preview_key = job.key

    def _paint_part(self, job: _PaintJob, to_the_end: bool) -> None:
        """The next part of ``job``'s picture: a band of the lanes' rows (all of them left
        with ``to_the_end``), or, once they are all painted, what lies above them."""
        from PySide6.QtGui import QImage  # not needed by the first paint (start-up time)

        viewport = self.viewport()
        if job.picture is None:
            ratio = viewport.devicePixelRatioF()
            size = (max(1, round(viewport.width() * ratio)),
                    max(1, round(viewport.height() * ratio)))
            canvas, self._spare_canvas = self._spare_canvas, None
            if canvas is None or (canvas.width(), canvas.height()) != size:
                # The backing store's format, as ``_painted_picture`` makes it.
                canvas = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
            canvas.setDevicePixelRatio(ratio)
            job.picture = canvas
        height = viewport.height()
        painter = QPainter(job.picture)
        try:
            painter.setFont(self._label_font)
            if job.next_row < height:
                bottom = self._slice_bottom(job, height, to_the_end)
                self._paint(painter, picture=True, strip=(job.next_row, bottom))
                job.next_row = bottom
            else:  # the axis, the overview and the badges, over the finished lanes
                painter.fillRect(QRect(0, 0, viewport.width(), LANES_TOP),
                                 self.palette().base())
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                self._paint_above_lanes(painter, self._axis_segments())
                job.next_row = -1
        finally:
            painter.end()

    def _slice_bottom(self, job: _PaintJob, height: int, to_the_end: bool) -> int:
        """Where the band painted from ``job.next_row`` ends: the lanes' rows are cut into
        ``BANDS_PER_PICTURE`` bands, or more where a band would be over
        ``AHEAD_BAND_PIXELS``, each ending at the bottom of a lane when one ends near there
        (an item across two bands is drawn twice, clipped to each)."""
        if to_the_end:
            return height
        band = max(MIN_BAND_ROWS, min(-(-(height - LANES_TOP) // BANDS_PER_PICTURE),
                                      AHEAD_BAND_PIXELS // max(1, self.viewport().width())))
        target = min(height, job.next_row + band)
        bottom = target
        offset = self._content_offset()
        for lane in self._layout().lanes:
            end = round(lane.top + lane.height + offset)
            if (job.next_row + band / 2 < end <= min(height, job.next_row + band * 3 / 2)
                    and abs(end - target) < abs(bottom - target)):
                bottom = end
        bottom = height if height - bottom < band / 2 else bottom
        return self._budget_bottom(job.next_row, self._band_cost_bottom(job.next_row, bottom))

    def _note_band_cost(self, top: int, bottom: int, ms: float) -> None:
        """A band of rows ``top``..``bottom`` (viewport y; -1: to the bottom) painted ahead
        cost ``ms`` of the GUI thread's CPU: each of its rows is noted at its share
        (``_row_ms``).  The next picture of a run has its lanes at the same rows and
        nearly the same items there.  A row keeps 0.7 of a dearer cost noted before (a
        decaying maximum, as ``_pan_row_ms``): the views beside and the steps ahead
        differ in their items, and a band sized by the cheaper of two had bands of
        15-17 ms against a slice of 5 at 1 000 000 events (session 27, fix40)."""
        height = self.viewport().height()
        if len(self._row_ms) != height:
            self._row_ms = [0.0] * height
        bottom = min(bottom if bottom >= 0 else height, height)
        if bottom > top >= 0:
            share = ms / (bottom - top)
            self._row_ms[top:bottom] = [max(share, 0.7 * old)
                                        for old in self._row_ms[top:bottom]]

    def _budget_bottom(self, top: int, bottom: int) -> int:
        """``bottom``, or a row above it where the rows from ``top`` cost what is left of
        the slice under way (``_band_left_ms``) when they last were painted ahead
        (``_row_ms``), never fewer than ``MIN_BAND_ROWS`` rows nor a rest of fewer.  The
        cuts by rows and content alone (``_band_cost_bottom``) gave bands of 2.3-10.7 ms
        at 2560x1440 and 100 000 events in bench_view's zoom-notch row, slices of up to
        twice ``IDLE_SLICE_MS`` that an input waits behind (issue 11, session 14).  Any
        cut gives the same picture.

        A row not painted ahead yet counts at the dearest row known, and before any
        was (at this height) a band is ``PAN_FIRST_BAND_ROWS`` rows at most: counted
        free, such rows made bands of 10-17 ms at 1 000 000 events (the first picture
        after a resize, the views beside after a pan; session 27, fix40)."""
        left, costs = self._band_left_ms, self._row_ms
        if left is None:
            return bottom
        if len(costs) != self.viewport().height() or not any(costs):
            cut = top + max(MIN_BAND_ROWS, PAN_FIRST_BAND_ROWS)
            return cut if bottom - cut >= MIN_BAND_ROWS else bottom
        dearest = max(costs)
        spent = 0.0
        for row in range(top, bottom):
            spent += costs[row] or dearest
            if spent > left and row >= top + MIN_BAND_ROWS:
                return row if bottom - row >= MIN_BAND_ROWS else bottom
        return bottom

    def _band_cost_bottom(self, top: int, bottom: int) -> int:
        """``bottom``, or a row boundary above it where the band of the lanes' rows
        from ``top`` (viewport y, px) would hold more than ``BAND_CONTENT_US`` of drawing
        (the costs beside that constant), never fewer than ``MIN_BAND_ROWS`` rows: a
        slice of work ahead then stays near ``IDLE_SLICE_MS`` where the view's costs lie
        in a few rows.  Any cut gives the same picture (a band paints the items whose
        row reaches into it, clipped)."""
        offset = self._content_offset()
        width = self.viewport().width()
        # (where its drawing begins, viewport y; how far down it goes, px; its cost, us)
        costs: list[tuple[float, float, float]] = []
        for lane in self._layout().lanes:
            lane_top = lane.top + offset
            if lane_top >= bottom or lane_top + lane.height <= top:
                continue
            if lane.dense:
                costs.append((lane_top, lane.height, DENSE_LANE_US))
                continue
            for item in lane.items:
                marker = item.marker
                if item.circa and not item.is_point:  # drawn where it meets the clip
                    costs.append((marker.top() - 2 + offset, marker.height() + 4, ITEM_US
                                  + DASHED_US_PER_PX * max(0.0, min(marker.right(), width)
                                                           - max(marker.left(), 0.0))))
                else:
                    costs.append((marker.center().y() - ROW_HEIGHT / 2 + offset,
                                  ROW_HEIGHT, ITEM_US))
            costs.extend((badge.rect.top() + offset, badge.rect.height(), BADGE_US)
                         for badge in lane.badges)
        costs.sort()
        spent = 0.0
        for begins, extent, cost in costs:
            cut = math.floor(begins)
            if cut >= bottom:
                break
            if spent + cost > BAND_CONTENT_US and cut >= top + MIN_BAND_ROWS:
                return cut
            if begins + extent > top:
                spent += cost
        return bottom

    def _finish_paint_job(self, key: tuple[object, ...]) -> None:
        """A frame of the view the job under way paints: the rest of it now (what was
        painted while the app waited is kept), instead of a whole paint."""
        job = self._paint_job
        if job is not None and job.key == key and job.view == (self._origin, self._px_per_day):
            self._paint_slice(job, to_the_end=True)

    def _drop_picture_ahead(self) -> None:
        """The moves stopped: the picture painted ahead, the previous view's and the canvas
        kept for them go (each is as large as the view: 15 MB at 2560x1440)."""
        self._ahead_picture = None
        self._previous_picture = None
        self._spare_canvas = None
        self._flip_ahead = None
        self._preview_source = None

    def _clamp_origin(self) -> None:
        """Bring the left edge back inside ``_origin_bounds`` after the view's width
        changed: a wider view at the same scale can reach past the data's end, where the
        next pan later would have snapped back earlier (new-user trial 6)."""
        self._origin = self._clamped_origin(self._origin)

    def _invalidate(self, lanes: bool = True) -> None:
        """What the lanes hold changed (data, filters, breaks, size): lay out again.
        ``lanes``: False when the lanes' contents did not change (a resize): the world's
        chunks are kept (``_lanes_generation``)."""
        if lanes:
            self._lanes_generation += 1
        self._layouts.clear()
        self._repaint_all()

    def _view_moved(self) -> None:
        """Where the view looks changed (origin or zoom): the layout and the picture of
        the new view are found by their keys, which hold both (``_layout_key``,
        ``_frame_key``); nothing else is dropped."""
        self.viewport().update()

    def _repaint_all(self) -> None:
        """What the view shows changed: paint the frame picture again, and all of it."""
        self._frame_generation += 1
        self._side_pictures.clear()  # of the old generation: never shown again
        self._side_queue = []
        self._fit_picture = None
        self.viewport().update()

    def _update_items(self, ids: set[str] | frozenset[str]) -> None:
        """Repaint only where the items of ``ids`` are drawn (a selection or a hover
        changed): the frame picture is copied there and their highlights drawn over it."""
        layout = self._layout()
        items = layout.items_by_id
        offset = self._content_offset()
        viewport = self.viewport()
        # the current event's mark where it has no item, and the one it had before
        marked = (self._selection.event_id, self._painted_primary)
        if self._lanes_by != "category":  # an event's items in each of its lanes
            for item in self._copies(layout, ids):
                viewport.update(item.rect.adjusted(-7, -6, 7, 6).translated(0, offset)
                                .toAlignedRect())
        for event_id in ids:
            item = items.get(event_id)
            if item is not None:
                # The highlight reaches 4-5 px beyond the item, the selected pen 1.3 px.
                viewport.update(item.rect.adjusted(-7, -6, 7, 6).translated(0, offset)
                                .toAlignedRect())
            elif event_id in marked and (mark := self._selection_mark(layout, event_id)):
                viewport.update(mark[1].adjusted(-3, -3, 3, 3).translated(0, offset)
                                .toAlignedRect())

    @staticmethod
    def _copies(layout: _Layout, ids: set[str] | frozenset[str]) -> list[_Item]:
        """The items of ``ids`` in every lane of ``layout`` (by participant or place, an
        event has one in each of its lanes; ``items_by_id`` holds one of them)."""
        return [item for lane in layout.lanes for item in lane.items if item.event_id in ids]

    def _content_offset(self) -> float:
        """Add to content y to get viewport y."""
        return LANES_TOP - self.verticalScrollBar().value()

    def _events_area(self) -> QRect:
        vp = self.viewport().rect()
        return QRect(0, LANES_TOP, vp.width(), max(0, vp.height() - LANES_TOP))

    # ------------------------------------------------------------------ layout
    def _name_width(self, category: str) -> float:
        """Width of a lane's name in the bold font (cached: asked every frame)."""
        width = self._name_widths.get(category)
        if width is None:
            width = self._name_widths[category] = self._bold_metrics.horizontalAdvance(
                lane_label(category, self._lanes_by))
        return width

    def _small_width(self, text: str) -> float:
        """Width of a badge's or an indicator's text in the small font ("+12", "◀ 3"):
        a few hundred a frame, from a small set of strings, so measured once each."""
        return _remembered_width(self._small_widths, self._small_metrics, text, 10_000)

    def _bold_width(self, text: str) -> float:
        """Width of an axis's major label in the bold font ("2003", "March 2003"): the
        same few a zoom level, measured once each (not a few dozen times a frame)."""
        return _remembered_width(self._bold_widths, self._bold_metrics, text, 10_000)

    def _measure_label(self, text: str) -> float:
        """Width of ``text`` in the label font, remembered: eliding a title at another
        width measures the same word prefixes again (70 elisions a frame while panning
        a large timeline, issue 11)."""
        return _remembered_width(self._prefix_widths, self._label_metrics, text, 100_000)

    def _label_width(self, event: Event) -> float:
        """The width of the event's whole title in px (cached per event: measuring shapes
        the title, ~12 µs), or an estimate of it when the title is certainly wider than
        ``MAX_LABEL_PX`` + 0.5: every use caps the width at ``MAX_LABEL_PX`` (packing) or
        elides such a title (``_label_text``), so only that it is over matters.

        Certainly wider: the lower bound of ``_least_label_width``, from its words' widths
        already remembered (``_known_least_width``), is over ``MAX_LABEL_PX`` + 0.5.
        The estimate is then those widths plus a space between each two words: at least
        the bound, so over the cap too, and near the width (``elide_words`` guesses its
        first prefix from it).  A fifth of the 100 000-event file's titles, ~10 shapings
        of a 2560x1440 pan at a year (issue 11).
        """
        width = self._label_cache.get(event.id)
        if width is None:
            title = display_title(event.title)
            if (len(title) * self._label_char_width > MAX_LABEL_PX
                    and (least := self._known_least_width(event, title)) > MAX_LABEL_PX + 0.5):
                width = (least / LEAST_WIDTH_SHARE
                         + (len(title.split()) - 1) * self._measure_label(" "))
            else:
                width = self._label_metrics.horizontalAdvance(title)
            self._label_cache[event.id] = width
        return width

    def _least_label_width(self, event: Event) -> float:
        """A lower bound of ``_label_width(event)`` without shaping the title: the sum of
        its words' widths (each measured once, remembered: titles share their words), a
        share of it, and no spaces.

        Shaping joins the words with spaces, whose advances (~3 px each) are left out
        here; what shaping across a space may take off (kerning against it, a mirrored
        bracket) is far less than a space, and ``LEAST_WIDTH_SHARE`` leaves 3 % more.
        Packing uses it to cluster an event near the right edge without measuring its
        title (``pack_lane``'s ``least_width``): ~15 µs a title, 70 % of the titles
        measured in a cold fit-all (issue 11).
        """
        least = self._least_cache.get(event.id)
        if least is not None:
            return least
        words = display_title(event.title).split()
        widths = self._prefix_widths
        try:
            total = sum(map(widths.__getitem__, words))
        except KeyError:
            total = sum(map(self._measure_label, words))
        _make_room(self._least_cache, LEAST_WIDTHS_KEPT - 1)
        least = self._least_cache[event.id] = total * LEAST_WIDTH_SHARE
        return least

    def _known_least_width(self, event: Event, title: str) -> float:
        """``_least_label_width(event)`` if it is remembered or every word of ``title``
        (the event's title as shown) has been measured, else 0: ``_label_width`` does not
        shape a title's words to spare shaping the title (a dozen new words cost more)."""
        least = self._least_cache.get(event.id)
        if least is None:
            try:
                least = sum(map(self._prefix_widths.__getitem__, title.split()))
            except KeyError:
                return 0.0
            least *= LEAST_WIDTH_SHARE
        return least

    def _least_word_width(self, word: str) -> float:
        """A lower bound of what ``word`` adds to a title's prefix that it ends, with the
        space before it (``elide_words``'s ``least_word``): a share of its own width,
        the space left out, as in ``_least_label_width``."""
        return self._measure_label(word) * LEAST_WIDTH_SHARE

    def _label_text(self, event: Event, width: float) -> tuple[str, float]:
        """The title, elided at a word boundary to ``width`` when it is wider."""
        full = self._label_width(event)
        if full <= width + 0.5:
            return display_title(event.title), full
        # Cached by width in steps of 8 px: a pan or a zoom does not measure again.
        step = int(width // 8)
        if step <= 0:
            return "", 0.0  # (no room: what eliding to 0 px gives, without measuring)
        key = (event.id, step)
        cached = self._elided_cache.get(key)
        if cached is None:
            _make_room(self._elided_cache, 50_000)
            text = elide_words(display_title(event.title), step * 8, self._measure_label, full,
                               self._least_word_width)
            cached = (text, self._measure_label(text))
            self._elided_cache[key] = cached
        return cached

    def _layout_key(self) -> tuple[object, ...]:
        """Everything a layout is computed from besides the lanes' contents (whose
        changes bump ``_frame_generation``): where the view looks, its width, the scale's
        breaks and the palette (the items' colours)."""
        return (self._frame_generation, self._origin, self._px_per_day, self._scale,
                self.viewport().width(), self.palette().cacheKey(), self._lane_room(),
                self._world_key(self._px_per_day))

    def _layout(self) -> _Layout:
        if self._layout_override is not None:
            return self._layout_override
        if self._pan is not None and self._pan.moved and self._pan_valid():
            return self._pan_view_layout()
        key = self._layout_key()
        layout = self._layouts.get(key)
        if layout is not None:
            return layout
        job = self._paint_job
        if job is not None and job.layout_steps is not None and job.layout_key == key:
            # The layout of this very view is under way in a job's slices: the rest
            # of it, not a second one from the start.
            steps, job.layout_steps = job.layout_steps, None
            layout = _run_to_the_end(steps)
            if job.flip is not None:  # a change its earlier steps found: made now
                job.layout = layout
                layout = self._flipped_ahead(key)
        else:
            layout = self._flipped_ahead(key)
            if layout is not None and self._laying_out_ahead:
                return layout  # the job's own bands: its change is not made yet
        if layout is None:
            layout = self._compute_layout()
        # Kept under the key read after it: a lane that changed its mode in that layout
        # (``_lane_on_screen``) bumped the generation, and the layout is the new one's
        # (kept under the old key, the frame laid the view out a second time).
        self._keep_layout(self._layout_key(), layout)
        return layout

    def _flipped_ahead(self, key: tuple[object, ...]) -> _Layout | None:
        """The finished layout of the step ahead with ``key`` (``_layout_key``) whose
        layout found lanes' changes of mode (``_PaintJob.flip``), or None.  Asked for
        the view on screen (its frame), the changes are made now, as that view's own
        layout would make them (the same decisions, one generation on for each), and
        the job's layout and picture are kept under their keys of the new generation;
        the decisions it was made under must still hold (else None)."""
        for job in (self._paint_job, self._flip_ahead):
            if (job is None or job.flip is None or job.layout is None
                    or job.layout_key != key):
                continue
            if self._laying_out_ahead:
                return job.layout
            if job is self._flip_ahead:
                self._flip_ahead = None
            if (self._lane_modes_generation != self._frame_generation
                    or any(self._lane_modes.get(zoom, {}).get(category) != (not dense)
                           for zoom, category, dense in job.flip)):
                if job is self._paint_job:
                    self._paint_job = None
                return None
            for zoom, category, dense in job.flip:
                self._lane_modes[zoom][category] = dense
                self._lane_mode_changed()
            self._lane_modes_generation = self._frame_generation
            assert job.key is not None and job.layout_key is not None
            job.key = (self._frame_generation, *job.key[1:])
            job.layout_key = (self._frame_generation, *job.layout_key[1:])
            layout, job.layout, job.flip = job.layout, None, None
            self._keep_layout(job.layout_key, layout)
            if job is not self._paint_job and job.picture is not None:  # finished
                if self._ahead_picture is not None:
                    self._spare_canvas = self._ahead_picture[1]
                self._ahead_picture = (job.key, job.picture)
            return layout
        return None

    def _keep_layout(self, key: tuple[object, ...], layout: _Layout) -> None:
        """``layout``, finished, kept by ``key`` (``_layout_key``); the oldest goes."""
        if key not in self._layouts and len(self._layouts) >= LAYOUTS_KEPT:
            # The oldest goes, freed after the frame (``paintEvent``); with no event loop
            # between frames (no timer fires), one is freed here for each let go.
            if len(self._released) >= LAYOUTS_KEPT:
                del self._released[0]
            self._released.append(self._layouts.pop(next(iter(self._layouts))))
        self._layouts[key] = layout

    def _compute_layout(self) -> _Layout:
        """The layout of the view as it stands, whole: ``_layout_steps`` run to the end
        (the one code path: a layout made in slices is this one)."""
        return _run_to_the_end(self._layout_steps())

    def _layout_steps(self, stretch: tuple[float, int, tuple[tuple[bool, int, float], ...]]
                      | None = None) -> Generator[None, None, _Layout]:
        """The layout of the view, in steps: the generator yields between lanes and,
        in a lane with many labels, every ``LAYOUT_ITEMS_PER_STEP`` labels made (the
        titles' measuring and eliding is most of a crowded lane's time), and returns the
        ``_Layout``.  Work ahead (``_paint_slice``) runs it a few steps a slice so that no
        slice holds the GUI thread much over ``IDLE_SLICE_MS``; between two steps the
        view's ``_frame_key`` must not change (the slices check it), as every step reads
        the view's state anew (origin, scale, width, lanes, palette, lane modes).

        ``stretch``: a pan gesture's stretch (``_Pan``) instead of the view: ``(origin,
        width, fixed)``, its left edge (display units) and width (px), which are its
        packing edges, and per lane ``(dense, rows, height)`` as the view on screen has
        them: the lane keeps its mode and its height, and packs into at most those rows
        (with a "+N" row kept free when it needs one).

        Raises:
            _ModeChangeAheadError: from ``_lane_on_screen``, for a view not on screen.
            _PanUnfitError: a stretch's lane needs more rows than the view's lane has.
        """
        fixed: tuple[tuple[bool, int, float], ...] | None = None
        if stretch is None:
            width = max(1, self.viewport().width())
            first_day, last_day = self.visible_days()
            origin = self._origin
        else:
            origin, width, fixed = stretch
            first_day, last_day = Viewport(self._scale, origin, self._px_per_day,
                                           width).visible_days()
        # x_of_day without a method call per event (a thousand a frame zoomed out).
        u_of_day, ppd = self._scale.u_of_day, self._px_per_day
        day_of_u = self._scale.day_of_u
        linear = self._scale.is_linear  # then u_of_day(day) is day: no call per event
        # Lanes of rows packed from the world's chunks (titles that stay put as the view
        # pans, ``_world_packing``) while there is data to pan into on the right; where
        # the view at rest shows the data's end (Fit All, the latest events) nothing pans
        # in, and ``pack_lane`` reads the last titles whole left of their markers where the
        # chunks cut them at the edge (``_world_beyond_the_right``).  A pan's stretch
        # follows the view at rest, so the drag and the view agree.
        world_wanted = linear and self._world_beyond_the_right()
        # (a new zoom level: ``pack_lane`` until its chunks are packed while the app
        # waits and swapped in, ``_world_rested``)
        world = world_wanted and self._world_at == self._world_here()
        world_lanes: list[tuple[_Lane, int]] = []  # (the lanes of rows packed eagerly)
        label_widths = self._label_cache
        dark = is_dark_palette()  # once a frame, not once a lane (it reads the palette)
        bin_days: Any = None  # the density columns' first days (a list or an array)
        rooms = self._lane_room()
        lanes: list[_LaneGeometry] = []
        items_by_id: dict[str, _Item] = {}
        top = 0.0
        edges = self._stretches_on_screen(width, None if stretch is None else origin)
        # (``context`` below: with gaps' bands on screen, every span is an item)
        context_left, context_right = edges[0] if len(edges) == 1 else (-math.inf, -math.inf)
        context_half = (context_right - context_left) / 2 if len(edges) == 1 else math.inf
        # The content's rows on screen (a stretch's lanes: all, a pan's picture is tall).
        seen_top, seen_bottom = -math.inf, math.inf
        deferred: list[_LaneGeometry] = []
        if stretch is None:
            seen_top = float(self.verticalScrollBar().value())
            seen_bottom = seen_top + max(0, self.viewport().height() - LANES_TOP)

        def pack(on_screen: list[tuple[Event, int, int]], max_rows: int) -> tuple[Any, ...]:
            """A lane of rows' items and packing: ``(packing, by_index, lane_items,
            context_keys, context_item, measure, least)`` (the pieces a pan's stretch
            packs again with a row less)."""
            # Each event's key in packing is its index in ``on_screen`` (no dictionary of
            # ids a lane); its title is measured only if packing places it (``measure``):
            # most events of a crowded lane join a "+N" badge.
            lane_items: list[LaneItem] = []
            append = lane_items.append
            # Spans wider than half the view starting at or left of its edge (one
            # stretch): beyond the first ``max_rows`` of them by start, none can get a
            # row, and they join the "+N" at the edge without an item (``pack_lane``'s
            # ``context``).  A busy lane at a month's zoom has ~400 such a frame.
            context: list[tuple[int, int]] = []  # (start, index in on_screen)
            # Per event, the fewest steps (issue 11, layout15: ~500 events a lane of rows at
            # a year's zoom, each new pan): the items made by ``tuple.__new__``
            # (``LaneItem``'s ``__new__`` is a Python function) and the caps by comparisons
            # (``min`` and ``max`` are calls).  The same values as ``LaneItem(index, x0, x1,
            # min(full, MAX_LABEL_PX), min(full, MIN_LABEL_PX))`` with ``x1`` at least
            # ``x0 + 2.0``, and the same arithmetic as ``context_item``'s.
            new, get = tuple.__new__, label_widths.get
            most, fewest = MAX_LABEL_PX, MIN_LABEL_PX
            for index, (event, start, end) in enumerate(on_screen):
                if end - start == 1:
                    x0 = x1 = ((start + 0.5 if linear else u_of_day(start + 0.5)) - origin) * ppd
                else:
                    x0 = ((start if linear else u_of_day(start)) - origin) * ppd
                    x1 = ((end if linear else u_of_day(end)) - origin) * ppd
                    if not x1 > x0 + 2.0:  # ``max(x0 + 2.0, x1)``
                        x1 = x0 + 2.0
                    if x0 <= context_left and x1 - x0 > context_half:
                        context.append((start, index))
                        continue
                full = get(event.id)
                append(new(LaneItem, (index, x0, x1, -1.0, None)) if full is None else
                       new(LaneItem, (index, x0, x1, most if most < full else full,
                                      fewest if fewest < full else full)))
            context.sort(key=_CONTEXT_START)  # by start (stably): by x0, as ``sort`` below

            def context_item(index: Any) -> LaneItem:
                # a context span's item, as the loop above makes it (the same arithmetic)
                event, start, end = on_screen[index]
                x0 = ((start if linear else u_of_day(start)) - origin) * ppd
                x1 = max(x0 + 2.0, ((end if linear else u_of_day(end)) - origin) * ppd)
                full = label_widths.get(event.id)
                return (LaneItem(index, x0, x1, -1.0) if full is None else
                        LaneItem(index, x0, x1, min(full, MAX_LABEL_PX),
                                 min(full, MIN_LABEL_PX)))

            lane_items += map(context_item, map(_CONTEXT_INDEX, context[:max_rows]))
            context_keys: list[Any] = list(map(_CONTEXT_INDEX, context[max_rows:]))
            by_index = dict(zip(map(_LANE_ITEM_KEY, lane_items), lane_items, strict=True))
            lane_items.sort(key=operator.itemgetter(1))  # by x0

            def measure(item: LaneItem) -> LaneItem:
                full = self._label_width(on_screen[item.key][0])  # type: ignore[index]
                return LaneItem(item.key, item.x0, item.x1, min(full, MAX_LABEL_PX),
                                min(full, MIN_LABEL_PX))

            def least(item: LaneItem) -> float:
                return min(self._least_label_width(on_screen[item.key][0]),  # type: ignore[index]
                           MAX_LABEL_PX)

            packing = self._pack_by_stretch(lane_items, max_rows, width, measure, least,
                                            edges, context_keys, context_item)
            return packing, by_index, lane_items, context_keys, context_item, measure, least

        for index, (lane, (max_rows, density_h)) in enumerate(
                zip(self._lanes, rooms, strict=True)):
            color = self._lane_color(lane.category, dark)
            # Far more events than pixels: draw the lane's density instead of markers.
            world_rows = max_rows  # (the view's rows: a stretch packs from its chunks)
            if fixed is None:
                on_screen = self._lane_on_screen(lane, first_day, last_day, width, max_rows)
            else:
                dense, max_rows, fixed_height = fixed[index]
                on_screen = None if dense else lane.visible(first_day, last_day, 1 << 40)
            if on_screen is None:
                geometry = _LaneGeometry(lane.category, top, LANE_HEADER + density_h, True)
                if bin_days is None:  # the same columns for every dense lane
                    if linear:  # day_at(x) is origin + x / ppd: all columns at once
                        import numpy as np

                        bin_days = origin + np.arange(
                            0, width + 2 * DENSITY_BIN_PX, DENSITY_BIN_PX,
                            dtype=np.float64) / ppd
                    else:
                        bin_days = [day_of_u(origin + x / ppd) for x in
                                    range(0, width + 2 * DENSITY_BIN_PX, DENSITY_BIN_PX)]
                self._density(lane, geometry, color, bin_days)
                self._indicators(lane, geometry, first_day, last_day, set(), width)
                lanes.append(geometry)
                top += geometry.height
                yield
                continue
            if (fixed is None and len(edges) == 1 and top >= seen_bottom
                    and self._fills_its_rows(on_screen, max_rows, context_left, origin,
                                             ppd)):
                # Below the rows on screen, with more spans across the view's left edge
                # than it has rows: every row is taken and some event joins a "+N", so
                # its height is known without packing it (``_fills_its_rows``), and its
                # items, its packing too, are made when something asks for them (a lane
                # scrolled into view, a hit, ``items_by_id``): at a month's zoom at
                # 100 000 events, four of eight lanes of rows a pan (issue 11, mid12).
                height = LANE_HEADER + (max_rows + 1) * ROW_HEIGHT + LANE_PAD
                geometry = _LaneGeometry(lane.category, top, height, False)
                geometry._finish = (
                    self._world_packed_later(self._world_rows(lane, max_rows), on_screen,
                                             max_rows, origin, top, color, width)
                    if world else
                    self._packed_later(pack, on_screen, max_rows, top, color, width))
                geometry._clustered = True
                deferred.append(geometry)
                shown = set(map(_EVENT_ID, map(_EVENT, on_screen)))
                self._indicators(lane, geometry, first_day, last_day, shown, width)
                lanes.append(geometry)
                top += geometry.height
                yield
                continue
            if world_wanted and fixed is None:
                world_lanes.append((lane, world_rows))
            # (the ids on screen: the "◀ N" counts' below, and the world's packing's)
            shown = set(map(_EVENT_ID, map(_EVENT, on_screen)))
            if world:
                # Packed from chunks anchored to the world (``_world_packing``): a
                # stretch of a pan from the view's, within the lane's rows on screen.
                packing, by_index, events_of = self._world_packing(
                    self._world_rows(lane, world_rows), on_screen, world_rows, origin, width,
                    None if fixed is None else max_rows, on_screen_ids=shown)
            else:
                packed = pack(on_screen, max_rows)
                packing, by_index, events_of = packed[0], packed[1], on_screen
                lane_items, context_keys, context_item, measure, least = packed[2:]
            rows = max(1, packing.rows_used) + (1 if packing.clusters else 0)
            height = LANE_HEADER + rows * ROW_HEIGHT + LANE_PAD
            if fixed is not None:  # the stretch of a pan: the lane keeps its height
                if height > fixed_height and max_rows > 1 and not world:  # "+N": a row less
                    packing = self._pack_by_stretch(lane_items, max_rows - 1, width,
                                                    measure, least, edges, context_keys,
                                                    context_item)
                    rows = max(1, packing.rows_used) + (1 if packing.clusters else 0)
                    height = LANE_HEADER + rows * ROW_HEIGHT + LANE_PAD
                if height > fixed_height:
                    raise _PanUnfitError
                height = fixed_height
            geometry = _LaneGeometry(lane.category, top, height, False)
            yield  # (packing a crowded lane measures up to a few hundred titles)
            finish = self._lane_finisher(packing, by_index, events_of, top, color, width)
            if top >= seen_bottom or top + height <= seen_top:
                # Off screen (the content's rows scrolled into view are seen_top to
                # seen_bottom): its items and badges are made when something asks for
                # them (its paint once scrolled into view, a hit, a search, the
                # selection, ``items_by_id``).  At a month's zoom at 100 000 events,
                # four of eight lanes of rows: ~1-1.5 ms of a pan (issue 11, lanes11).
                geometry._finish = finish
                geometry._clustered = bool(packing.clusters)
                deferred.append(geometry)
            else:
                for _ in finish(geometry, steps=True):
                    yield
                items_by_id.update(zip(map(_ITEM_ID, geometry.items), geometry.items,
                                       strict=True))
            self._indicators(lane, geometry, first_day, last_day, shown, width)
            lanes.append(geometry)
            top += geometry.height
            yield
        layout = _Layout(lanes, top, items_by_id)
        layout.deferred = deferred
        if world_wanted and stretch is None:
            layout.world_lanes = world_lanes
        return layout

    def _fills_its_rows(self, on_screen: list[tuple[Event, int, int]], rows: int,
                        left: float, origin: float, ppd: float) -> bool:
        """Whether more than ``rows`` of ``on_screen``'s spans (``_layout_steps``'s
        events of a lane of rows, ``(event, start, end)`` in days) reach across ``left``
        (viewport px, the view's left edge; ``origin`` and ``ppd`` the view's), their
        x computed as ``_layout_steps`` computes them.  Then packing the lane into
        ``rows`` rows (``pack_lane``) takes every row and puts an event into a "+N":
        each such span's extent (``layout._place``: its bar, and its label where that
        goes) reaches across ``left`` whatever its label, so no two share a row (a row
        takes an item only right of its last one, or of its last label cut short,
        which starts right of the bar), and an event joins a "+N" only once every row
        is taken.  The lane's height is then its rows and the "+N" row's, known
        without packing it (issue 11, mid12: a lane below the rows on screen is
        packed only when something asks for its items)."""
        linear, u_of_day = self._scale.is_linear, self._scale.u_of_day
        across = 0
        for _event, start, end in on_screen:
            if end - start == 1:
                continue  # a day's event: a point (its marker is 12 px wide)
            x0 = ((start if linear else u_of_day(start)) - origin) * ppd
            if x0 > left:
                continue
            x1 = max(x0 + 2.0, ((end if linear else u_of_day(end)) - origin) * ppd)
            if x1 >= left:
                across += 1
                if across > rows:
                    return True
        return False

    def _packed_later(self, pack: Callable[[list[tuple[Event, int, int]], int],
                                           tuple[Any, ...]],
                      on_screen: list[tuple[Event, int, int]], rows: int, top: float,
                      color: QColor, width: int) -> Callable[[_LaneGeometry], None]:
        """A lane's ``_finish`` that packs it (``pack``: ``_layout_steps``'s, with what
        the view was when it was laid out) and then makes its items and badges
        (``_lane_finisher``): the lane laid out below the rows on screen with its
        height known (``_fills_its_rows``)."""

        def finish(geometry: _LaneGeometry) -> None:
            packing, by_index = pack(on_screen, rows)[:2]
            self._lane_finisher(packing, by_index, on_screen, top, color, width)(geometry)

        return finish

    def _world_packed_later(self, world: _WorldRows, on_screen: list[tuple[Event, int, int]],
                            rows: int, origin: float, top: float, color: QColor, width: int
                            ) -> Callable[[_LaneGeometry], None]:
        """``_packed_later`` of a lane packed from its world chunks
        (``_world_packing``, with the lane's ``world`` and the view's ``origin`` as it
        was laid out)."""

        def finish(geometry: _LaneGeometry) -> None:
            packing, by_index, events_of = self._world_packing(world, on_screen, rows,
                                                               origin, width)
            self._lane_finisher(packing, by_index, events_of, top, color, width)(geometry)

        return finish

    def _lane_finisher(self, packing: LanePacking, by_index: dict[Any, LaneItem],
                       on_screen: list[tuple[Event, int, int]], top: float, color: QColor,
                       width: int) -> Any:
        """``finish(geometry, steps=False)``: makes a lane's items (titles elided, markers
        and labels placed) and "+N" badges from its packing (``_layout_steps``); with
        ``steps`` a generator yielding every ``LAYOUT_ITEMS_PER_STEP`` items (the
        layout's slices).  Reads only what it is given and the label font's measures,
        so a lane laid out off screen is finished later as it would have been then."""
        label_h = self._label_metrics.height()

        def make(geometry: _LaneGeometry) -> Generator[None, None, None]:
            items = geometry.items
            append, label_text, known = items.append, self._label_text, self._label_cache.get
            # The same arithmetic as ``top + LANE_HEADER + row * ROW_HEIGHT`` (left to
            # right) and ``mid - label_h / 2``, its constant parts once a lane.
            rows_top, half_h = top + LANE_HEADER, label_h / 2
            placements = packing.placements  # (``wanted``: the label width packing gave)
            for made, (key, row, label_x, inside, wanted) in enumerate(placements, 1):
                _key, x0, x1, _full, _least = by_index[key]
                event = on_screen[key][0]
                full = known(event.id)  # ``_label_text``'s first case without its call
                if full is not None and full <= wanted + 0.5:
                    label, label_w = display_title(event.title), full
                else:
                    label, label_w = label_text(event, wanted)
                mid = rows_top + row * ROW_HEIGHT + ROW_HEIGHT / 2
                point = x1 == x0
                append(_Item(event.id, QRectF(x0 - 6, mid - 6, 12, 12) if point
                             else QRectF(x0, mid - 9, x1 - x0, 18),
                             QRectF(label_x, mid - half_h, label_w, label_h), label,
                             inside, point, event.date.circa, color,
                             not point and event.end is None))
                if not made % LAYOUT_ITEMS_PER_STEP:
                    yield
            cluster_top = top + LANE_HEADER + max(1, packing.rows_used) * ROW_HEIGHT
            geometry.badges = self._cluster_badges(packing.clusters, on_screen,
                                                   cluster_top, color, width)

        def finish(geometry: _LaneGeometry, steps: bool = False
                   ) -> Generator[None, None, None] | None:
            if steps:
                return make(geometry)
            for _ in make(geometry):
                pass
            return None

        return finish

    def _world_beyond_the_right(self) -> bool:
        """Whether the data goes on past the view's right edge at rest (its last day
        after the edge): the lanes of
        rows are then packed from the world's chunks (``_layout_steps``).  Where the view
        shows the data's end, ``pack_lane`` puts the last titles left of their markers:
        the chunks shortened them at the edge so that they stay put while panning, and at
        Fit All a teacher's 1947-2025 timeline read "Yoon…", "Japan…", "Fumi…" with a
        dozen markers untitled, where every recent title read whole before (session 26);
        pictures of the whole timeline likewise.  Under a filter, the data is the events
        it shows: a view of a filtered timeline's last events, with hidden ones after
        them, had them packed from the chunks, their titles cut at the right edge
        ("Tshisekedi welcomes the…", "AU's…") where ``pack_lane`` reads them whole left
        of their markers (verify39 F7)."""
        last = self._data_range()[1] if not self._hidden else self._shown_last_day()
        return (last - self._origin) * self._px_per_day > self.viewport().width()

    def _shown_last_day(self) -> float:
        """The last day (exclusive) of the events in the lanes (those the filters
        show), kept while the lanes' contents stay (``_lanes_generation``); -inf when
        none is shown."""
        kept = self._shown_last
        if kept is None or kept[0] != self._lanes_generation:
            shown = self._shown_days()
            kept = self._shown_last = (self._lanes_generation,
                                       -math.inf if shown is None else shown[1])
        return kept[1]

    def _stretches_on_screen(self, width: int, origin: float | None = None,
                             px_per_day: float | None = None) -> list[tuple[float, float]]:
        """The stretches of the axis between the gaps' bands on screen, left to right, as
        ``(left, right)`` viewport px: the view's edges, or ``AXIS_ZIGZAG_CLEARANCE``
        from a band's zig-zag.  ``[(0, width)]`` when no band is on screen.  ``origin``
        and ``px_per_day``: of another view than the one on screen (Fit All's trials)."""
        if self._scale.is_linear:
            return [(0.0, float(width))]
        origin = self._origin if origin is None else origin
        ppd = self._px_per_day if px_per_day is None else px_per_day
        u_of_day, clear = self._scale.u_of_day, AXIS_ZIGZAG_CLEARANCE
        stretches: list[tuple[float, float]] = []
        left = 0.0
        for segment in self._scale.segments(origin, origin + max(1, width) / ppd):
            if segment.brk is None:
                continue
            x0 = (u_of_day(segment.brk.first_day) - origin) * ppd
            x1 = (u_of_day(segment.brk.last_day) - origin) * ppd
            if x0 - clear > left:
                stretches.append((left, x0 - clear))
            left = max(left, x1 + clear)
        if left < width:
            stretches.append((left, float(width)))
        return stretches or [(0.0, float(width))]

    def _world_rows(self, lane: _Lane, max_rows: int) -> _WorldRows:
        """The lane's rows packed by chunks anchored to the world at the view's zoom
        (``_WorldRows``), kept by (the lanes' contents, the lane, px per day, chunk
        width, ``max_rows``): a change of the contents (``_lanes_generation``: not a
        resize, a search or a lane's change of mode) makes new ones.  The chunks are
        about as wide as the viewport (``_world_chunk_px``): a pan's stretch packs from
        the same chunks as the view, so both show the same rows."""
        # (the width rounded up to a multiple of WORLD_CHUNK_STEP_PX: a vertical scroll
        # bar shown or hidden, a few px, keeps the chunks; each layout of the enter of a
        # 100 000-event view packed them twice, frames29)
        chunk_px = self._world_chunk_px()
        key = (self._lanes_generation, id(lane), lane.category, self._px_per_day,
               chunk_px, max_rows)
        kept = self._world_lanes
        found = kept.pop(key, None)
        if found is not None and found.packer.kept > WORLD_CHUNKS_KEPT:
            found = None  # (a long pan's chunks: packed again if it comes back)
        if found is None:
            if len(kept) >= WORLD_LANES_KEPT:
                del kept[next(iter(kept))]  # the least recently used
            found = _WorldRows(lane, self._px_per_day, chunk_px, max_rows,
                               self._label_width, self._label_cache)
        kept[key] = found  # (last: the most recently used)
        return found

    def _world_packing(self, world: _WorldRows, on_screen: list[tuple[Event, int, int]],
                       max_rows: int, origin: float, width: int, rows: int | None = None,
                       on_screen_ids: set[str] | None = None
                       ) -> tuple[LanePacking, dict[Any, LaneItem],
                                  dict[str, tuple[Event, int, int]]]:
        """A lane of rows on a linear scale packed from its world chunks
        (``world``: ``_world_rows``'s, asked when the view was laid out: a lane below
        the rows on screen is packed when something asks for its items), seen from a
        view (or a pan's stretch) whose left edge is at
        ``origin`` (days) and ``width`` px wide: ``(packing, items by key, events by
        key)``, keyed by event id (``_lane_finisher``'s ``by_index`` and
        ``on_screen``).

        Every event on screen that the chunks give a row is shown where the world has
        it, whatever the view's edges (issue 11: titles keep their row, side and text
        while the view pans), but at the edges, as a user reads them (frames28's plan,
        step 3):

        * only the events of ``on_screen`` are shown (a title whose marker has left
          the view goes with it, as with ``pack_lane``);
        * a label inside a bar begun off screen at the left starts at the view's edge,
          or goes right of the bar when the part on screen is too short for it;
        * a title crossing the right edge is shortened to end there (elided, "…"),
          where ``pack_lane`` flipped it left of its marker: it moved as the edge moved
          (``_at_the_edges``).

        The events of ``on_screen`` (the lane's events overlapping the view, as
        ``_Lane.visible``) given no row there join "+N" badges as ``pack_lane`` gathers
        them.  ``rows``: at most this many rows in all, a "+N" row among them (a pan's
        stretch keeps the view's lane height): placements in rows beyond join the
        badges.  ``on_screen_ids``: the ids of ``on_screen``'s events when the caller has
        them (``_layout_steps`` makes them for the "◀ N" counts too; read, not changed)."""
        packer, items = world.packer, world.items
        ppd = world.ppd
        shift = origin * ppd
        right = shift + width
        new = tuple.__new__
        placements: list[Placement] = []
        by_key: dict[Any, LaneItem] = {}
        dropped: list[str] = []
        limit = max_rows if rows is None else rows
        # Only the titles of the events on screen (their markers: as ``pack_lane``'s
        # and the "◀ N" count them): a title whose marker has left the view goes with it.
        if on_screen_ids is None:
            on_screen_ids = set(map(_EVENT_ID, map(_EVENT, on_screen)))
        for k in packer.chunks_between(shift, right):
            for key, row, label_x, inside, label_w in packer.chunk(k).placements:
                if key in by_key or key not in on_screen_ids:
                    continue  # (in two chunks: the same placement; or off screen)
                item = items[key]
                x0 = item.x0
                if (x0 - POINT_RADIUS if item.x1 == x0 else x0) >= right:
                    continue  # its day on screen, its marker past the edge: a "+N" there
                by_key[key] = new(LaneItem, (key, x0 - shift, item.x1 - shift, 0.0, None))
                if row >= limit:
                    dropped.append(key)
                    continue
                placements.append(new(Placement, (key, row, label_x - shift, inside, label_w)))
        placements = _at_the_edges(placements, by_key, width)
        if rows is None and not self._laying_out_ahead:
            self._want_chunks_ahead(packer, shift, right, width)
        events = world.events
        shown = by_key.keys() - dropped if dropped else by_key
        left_out: list[tuple[float, str]] | None = []
        if len(shown) < len(on_screen_ids):
            # (from the world's items: ``_world_left_out``; else from each event)
            left_out = self._world_left_out(world, on_screen_ids, shown, shift)
        if left_out is None:
            left_out = []
            for entry in on_screen:
                event, start, end = entry
                key = event.id
                if key in shown:
                    continue
                if key not in events:
                    events[key] = entry
                left_out.append(((start + 0.5 if end - start == 1 else start) * ppd - shift,
                                 key))
            left_out.sort()
        used_rows = {placement.row for placement in placements}
        free = [row for row in range(min(limit, max_rows)) if row not in used_rows]
        if free and left_out:
            context = self._world_context(world, left_out, free, shift, width)
            if context:
                for placement in context:
                    placements.append(placement)
                    item = items[placement.key]
                    by_key[placement.key] = new(LaneItem, (placement.key, item.x0 - shift,
                                                           item.x1 - shift, 0.0, None))
                taken = {placement.key for placement in context}
                left_out = [entry for entry in left_out if entry[1] not in taken]
        clusters: list[Cluster] = []
        cluster: Cluster | None = None
        # Those left of the edge (every long span over a day's zoom) are one badge at
        # the edge: gathered at once, not one by one (the same badge).
        edge = bisect.bisect_right(left_out, 0.0, key=_FIRST) if left_out else 0
        if edge:
            cluster = Cluster(0.0, 0.0, [key for _x, key in left_out[:edge]])
            clusters.append(cluster)
        for x, key in left_out[edge:] if edge else left_out:
            if x < 0.0:
                x = 0.0  # off screen: the badge at the edge
            if cluster is not None and x - cluster.x1 <= CLUSTER_REACH:
                if x > cluster.x1:
                    cluster.x1 = x
                cluster.keys.append(key)
            else:
                cluster = Cluster(x, x, [key])
                clusters.append(cluster)
        used = 1 + max((placement.row for placement in placements), default=-1)
        if clusters and used >= min(limit, max_rows):
            in_row, left_over = self._in_badge_row(world, clusters, used, shift, width)
            if in_row:  # verify24's U5: a "+1" whose row has room is its event
                for placement in in_row:
                    item = items[placement.key]
                    by_key[placement.key] = new(LaneItem, (placement.key, item.x0 - shift,
                                                           item.x1 - shift, 0.0, None))
                placements += in_row
                clusters = left_over  # (badges left: in that row, beside the titles)
                used += 0 if left_over else 1
        if rows is not None and clusters and used >= rows:
            # a "+N" row is needed within ``rows``: the last row's titles join the badges
            keep = rows - 1
            for placement in placements:
                if placement.row >= keep:
                    clusters = self._join_world_cluster(
                        clusters, by_key[placement.key].x0, placement.key)
            placements = [placement for placement in placements if placement.row < keep]
            used = 1 + max((placement.row for placement in placements), default=-1)
        return LanePacking(placements, clusters, used), by_key, events

    @staticmethod
    def _world_left_out(world: _WorldRows, on_screen_ids: set[str], shown: Any,
                        shift: float) -> list[tuple[float, str]] | None:
        """``(x, id)`` (viewport px) of the events on screen (``on_screen_ids``) that
        ``_world_packing`` shows no row for, by x then id: the set's difference, each
        one's x read from its world item (``_WorldRows.items``: ``x0``, the same
        figure as from its days), or None when one has no world item (the caller then
        reads every event on screen).  It walked every event on screen in Python each
        frame, hundreds of long spans over a day's zoom at 100 000 events (world pans
        at a day +8 %, session 27, frames31).  Sorted by id, then stably by x: the same
        order as the ``(x, id)`` tuples sorted, where many share an x (spans starting on
        one day; 42 events and 10 x at a day's zoom at 100 000 events) without comparing
        a tuple's id at each tie (session 30: ``_world_packing`` 13 % less CPU, replayed
        on a day's and a month's 24 pans at 100 000 events)."""
        items = world.items
        try:
            left_out = [(items[key].x0 - shift, key)
                        for key in sorted(on_screen_ids.difference(shown))]
        except KeyError:
            return None
        left_out.sort(key=_FIRST)
        return left_out

    def _want_chunks_ahead(self, packer: WorldLane, left: float, right: float,
                           width: int) -> None:
        """The chunks within a quarter view of the view on screen (``left`` to ``right``,
        world px), packed while the app waits when they are not
        (frames28's plan, step 6): a pan that meets a new chunk finds it packed
        (packing one is 3-9 M instructions a lane, ~2-6 ms, frames28), a part at a
        time (``_world_slice``)."""
        if self._work_ahead_held:
            return  # (``hold_work_ahead``)
        margin = width / 4
        wanted = [k for k in packer.chunks_between(left - margin, right + margin)
                  if not packer.packed(k)]
        if wanted:
            self._queue_chunks(packer, wanted)

    def _queue_chunks(self, packer: WorldLane, chunks: Sequence[int]) -> None:
        """``chunks`` of ``packer`` (a lane's at the view's zoom) queued to be packed
        while the app waits (``_world_slice``): the parts each needs (its own and the
        next one's, ``WorldLane.pack_part``), then their assembly.  A queue of another
        zoom is dropped first (the next zoom cancels it)."""
        here = self._world_here()
        if self._world_queue_at != here:
            self._chunks_ahead.clear()
            self._world_queue_at = here
        queued = set(self._chunks_ahead)
        for k in chunks:
            for entry in [*((packer, "part", j) for j in (k, k + 1)
                            if not packer.part_packed(j)), (packer, "chunk", k)]:
                if entry not in queued:
                    queued.add(entry)
                    self._chunks_ahead.append(entry)
        if self._chunks_ahead and not self._chunk_timer.isActive():
            self._chunk_timer.start(0)

    def _world_here(self) -> tuple[object, ...]:
        """What the world's chunks of the view's zoom are packed for: the lanes'
        contents (``_lanes_generation``), px per day, the chunks' width
        (``_world_chunk_px``) and the lanes' rows (``_lane_room``: a taller view gives a
        lane more rows, other chunks).  The lanes of rows are packed from them when
        this is ``_world_at`` (the chunks packed and swapped in after the view rested);
        a resize that keeps all three keeps it (session 28, frames32)."""
        return (self._lanes_generation, self._px_per_day, self._world_chunk_px(),
                self._lane_room())

    def _world_key(self, px_per_day: float) -> tuple[object, ...] | None:
        """The packing a layout or picture of a view at ``px_per_day`` is of, in
        ``_layout_key`` and ``_frame_key``: ``_world_at`` at its zoom, else None (a
        view at another zoom is packed by ``pack_lane`` whatever the world's chunks).
        Keyed by ``_world_at`` whatever the zoom, the pictures of other zooms made
        before a swap (Fit All's, a wheel notch's) were never shown after it: Fit All's
        frame at 2560x1440 after a resize was painted whole, 20 ms against main's 3-5
        (session 28, frames32)."""
        world = self._world_at
        return world if world is not None and world[1] == px_per_day else None

    def _world_chunk_px(self) -> float:
        """The world chunks' width at the view's width: the viewport's rounded up to a
        multiple of ``WORLD_CHUNK_STEP_PX`` (a vertical scroll bar shown or hidden, a
        few px, keeps the chunks; each layout of the enter of a 100 000-event view
        packed them twice, frames29), ``WORLD_CHUNK_LEAST_PX`` at least; kept while the
        width stays within ``WORLD_CHUNK_STEP_PX`` above it and twice that below
        (``_world_chunk_kept``): a window 2560 px wide made 1 px wider kept rounding
        up to 2816, and the next rest packed every chunk again (session 28, frames32).
        A chunk narrower than the view is allowed: it meets one chunk more."""
        width = self.viewport().width()
        kept = self._world_chunk_kept
        if kept is not None and kept - 2 * WORLD_CHUNK_STEP_PX < width <= (
                kept + WORLD_CHUNK_STEP_PX):
            return kept
        kept = self._world_chunk_kept = max(
            math.ceil(width / WORLD_CHUNK_STEP_PX) * WORLD_CHUNK_STEP_PX,
            WORLD_CHUNK_LEAST_PX)
        return kept

    def _note_world_rest(self, moved: bool) -> None:
        """After a frame: when the view's lanes of rows are not packed from the
        world's chunks at its zoom (a new zoom level, the enter, an edit), the wait for
        the view to rest (``WORLD_REST_MS`` without a move) begins again on a move
        (then ``_world_rested``); chunks queued for another zoom are dropped (a zoom
        during the packing cancels it)."""
        # A frame painted: the world's idle work waits for a pause in the frames too (a
        # window's resize by its edge, 1 px a frame, need not resize the view: bench_view's
        # resize frames ran the rest's parts and swap, session 28, frames32); a move
        # (a pan by the scroll bar too: no input of the view's) is noted as such.
        self._input_at = time.perf_counter()
        if moved:
            self._moved_at = self._input_at
        if not WORLD_PACKING or not self._scale.is_linear or self._work_ahead_held:
            return
        here = self._world_here()
        if self._world_at == here or (not moved and self._world_none_at == here):
            return
        if self._world_queue_at is not None and self._world_queue_at != here:
            self._chunks_ahead.clear()  # (a zoom since: they were of the zoom before)
            self._world_queue_at = None
        if moved or not (self._world_rest_timer.isActive() or self._chunks_ahead):
            self._world_rest_timer.start()

    def _world_pending(self) -> bool:
        """Whether the view on screen waits for its world chunks to be swapped in (a
        zoom not yet packed from them, with data beyond its right edge): its own
        picture and the views beside it are then made after the swap
        (``_make_picture_when_idle``), not once before it and again after."""
        if not WORLD_PACKING or not self._scale.is_linear:
            return False
        here = self._world_here()
        return (self._world_at != here and self._world_none_at != here
                and self._world_beyond_the_right())

    def _world_plan(self) -> list[tuple[WorldLane, list[int]]] | None:
        """The world chunks the view on screen needs at its zoom: per lane of rows
        packed eagerly (``_Layout.world_lanes``), its ``WorldLane`` and the chunks that
        meet the view; None when the view is not one packed from chunks (a scale
        with gaps' bands, the data's end on screen, fix39's rule) or is moving."""
        if (not self._scale.is_linear or not self.isVisible() or self._pan is not None
                or self.drag_preview() is not None or self._band is not None
                or self._layout_override is not None):
            return None
        world_lanes = self._layout().world_lanes
        if world_lanes is None:
            return None
        width = max(1, self.viewport().width())
        shift = self._origin * self._px_per_day
        plan = []
        for lane, rows in world_lanes:
            packer = self._world_rows(lane, rows).packer
            plan.append((packer, list(packer.chunks_between(shift, shift + width))))
        return plan

    def _world_rested(self) -> None:
        """The view rested at a zoom not packed from the world's chunks: its chunks
        are queued to be packed while the app waits (``_world_slice``, a few ms a
        slice), then swapped in."""
        if self._work_ahead_held or self._world_at == self._world_here():
            return
        plan = self._world_plan()
        if plan is None:
            self._picture_timer.start()  # (its picture waited for this)
            return
        if not plan:  # every lane a density: nothing to swap in (a relayout for nothing)
            self._world_none_at = self._world_here()
            self._picture_timer.start()  # (its picture and the views beside it waited)
            return
        for packer, chunks in plan:
            self._queue_chunks(packer, chunks)
        if not self._chunks_ahead:
            self._world_swap()

    def _world_quiet_ms(self) -> float:
        """How long (ms) the world's idle work should still wait for the inputs to
        pause (``WORLD_QUIET_MS`` after the last, ``_input_at``): 0 when they have."""
        return max(0.0, WORLD_QUIET_MS - (time.perf_counter() - self._input_at) * 1000)

    def _note_input(self) -> None:
        """An input came (``_WORLD_INPUTS``, a resize, a move of the view): the world's
        idle work waits for a pause (``_world_quiet_ms``)."""
        self._input_at = time.perf_counter()

    def _world_slice(self) -> None:
        """Chunk parts of ``_chunks_ahead`` packed for about ``IDLE_SLICE_MS`` of the GUI
        thread, then a turn of the event loop; dropped when the zoom changed
        (``_world_queue_at``).  As fix40's slices: one part at least, and no more once
        the next, if it cost what the last did (``_world_part_ms``), would take the
        slice over ``IDLE_SLICE_MS``; none while inputs come (``_world_quiet_ms``: run
        between a run's inputs, a hover's or a resize's, a part delayed the next one's
        frame), but the chunks ahead of a view packed from them that the last input
        moved (``_moved_at``): the next pan wants them, and they are packed between
        its inputs.  The queue done,
        a view resting at a zoom not yet packed from its chunks has them swapped in
        (``_world_swap``)."""
        if self._world_queue_at != self._world_here() or self._work_ahead_held:
            self._chunks_ahead.clear()
            self._world_queue_at = None
            return
        # (chunks ahead of a view packed from them, whose last input moved it, are
        # packed between the inputs: a held key's pan would meet them unpacked and pack
        # them in its frame; after a hover or a resize they wait for the pause)
        moving = self._world_at == self._world_queue_at and self._moved_at >= self._input_at
        wait = 0.0 if moving else self._world_quiet_ms()
        if wait > 0:
            self._chunk_timer.start(math.ceil(wait))  # (after the inputs pause)
            return
        kept = {id(world.packer) for world in self._world_lanes.values()}
        began = time.thread_time()
        queue = self._chunks_ahead
        done_some = False
        while queue:
            if done_some and ((time.thread_time() - began) * 1000 + self._world_part_ms
                              > IDLE_SLICE_MS):
                break  # (the next part, if like the last, would go over)
            packer, kind, k = queue.pop(0)
            if id(packer) not in kept:
                continue  # (a lane no longer kept)
            part_began = time.thread_time()
            if kind == "part":
                if packer.part_packed(k):
                    continue
                packer.pack_part(k)
            else:
                if packer.packed(k):
                    continue
                packer.chunk(k)
            cost = (time.thread_time() - part_began) * 1000
            # (a decaying maximum, as fix40's row costs: a dear part is remembered)
            self._world_part_ms = max(cost, 0.7 * self._world_part_ms)
            done_some = True
        if queue:
            self._chunk_timer.start(0)
        elif self._world_at != self._world_here() and not self._world_rest_timer.isActive():
            self._world_swap()

    def _world_swap(self) -> None:
        """The lanes of rows of the view at rest packed from the world's chunks from
        now on at its zoom (``_world_at``): its titles are dealt once more, as the zoom
        dealt them, and then keep their rows while the view pans.  Chunks the view
        needs that are not packed yet (it panned meanwhile) are queued first."""
        plan = self._world_plan()
        if not plan:
            self._picture_timer.start()  # (its picture waited for this)
            return
        missing = [(packer, [k for k in chunks if not packer.packed(k)])
                   for packer, chunks in plan]
        if any(chunks for _packer, chunks in missing):
            for packer, chunks in missing:
                if chunks:
                    self._queue_chunks(packer, chunks)
            return
        job = self._paint_job
        if (job is not None and not job.side) or self._move_ahead is not None:
            # A step ahead of a move, a released drag's view, a picture of a zoom run:
            # first (the next input wants it); the swap at the next rest.
            self._world_rest_timer.start()
            return
        if self._world_quiet_ms() > 0:
            # Not between the inputs of a run (a hover, a resize): its layout and
            # picture after they pause (``_world_slice`` comes back here).
            self._chunk_timer.start(math.ceil(self._world_quiet_ms()))
            return
        if job is not None:
            # A view beside under way (Fit All's after a resize, ``_paint_fit_after_resize``)
            # first: taken over by the swap's job, it was not made before the next Fit
            # All (bench_view, 100 000 events at 2560x1440: Fit All's enter painted whole,
            # 16-22 ms of CPU against main's 3-5, session 28, frames32).
            self._chunk_timer.start(math.ceil(IDLE_SLICE_MS))
            return
        self._world_at = self._world_here()
        # The views beside at this zoom were of the packing before: never shown again
        # (those of other zooms, Fit All's, a notch's, keep their keys, ``_world_key``).
        ppd = self._px_per_day
        for old in [key for key in self._side_pictures if key[7] == ppd]:
            del self._side_pictures[old]
        self._side_queue = []
        # The view's new layout and picture made in slices while the app waits, as a
        # released drag's (``_PaintJob.settles``: shown when done; a frame asked for
        # meanwhile finishes it): swapped in whole in one frame, it was a new view's
        # layout and paint at once (an enter's cost) in whatever frame came next.
        view = (self._origin, self._px_per_day)
        job = _PaintJob(view, view, self._last_move)
        job.key, job.layout_key = self._frame_key(), self._layout_key()
        if job.layout_key not in self._layouts:
            job.layout_steps = self._layout_steps()
        job.settles = True
        self._paint_job, self._move_ahead = job, None
        self._ahead_timer.start()
        self._picture_timer.start()  # (then the views beside it, ``_prepare_sides``)

    def _world_context(self, world: _WorldRows, left_out: list[tuple[float, str]],
                       free: list[int], shift: float, width: int) -> list[Placement]:
        """The long spans and the spans across the view's left edge of ``left_out``
        (events on screen with no row, ``(x, id)`` by x, viewport px) that the world's
        chunks gave no row (two long spans that meet: ``WorldLane``'s rule; a span
        crowded out where it starts) placed in the rows ``free`` (none of the chunks'
        titles on screen), greedily by start, as ``pack_lane`` gives spans wider than
        half the view the rows left after the shorter events (the context of a
        zoomed-in view: the month or the year around a week).  With more spans across
        the left edge than the lane has rows, every row is then taken and one is left
        for a "+N" (those placed by the chunks hold a row each, the rest fill the free
        rows one each): ``_fills_its_rows``'s claim, so a lane below the rows on screen
        is packed only when asked.  A label goes inside the bar's part on
        screen when it fits, else right of the bar, cut at the right edge, or inside
        cut when the bar runs past that edge.  What finds no row stays in a "+N"."""
        packer, items, events = world.packer, world.items, world.events
        pad = SPAN_LABEL_PAD
        ends = dict.fromkeys(free, -math.inf)
        placed: list[Placement] = []
        least = -math.inf  # (the free rows' least end: no event left of it finds a row)
        index, count = 0, len(left_out)
        while index < count:
            if left_out[index][0] < least < width:
                # (hundreds of long spans left of the edge at a day's zoom: skipped at
                # once, as one by one they found no row and went on)
                index = bisect.bisect_left(left_out, least, lo=index, key=_FIRST)
                continue
            key = left_out[index][1]
            index += 1
            item = items.get(key)
            if item is None:
                continue
            x0, x1 = item.x0 - shift, item.x1 - shift
            if not (x1 > x0 and x0 <= 0.0 <= x1) and not packer.is_long(item):
                continue  # (neither a span across the left edge nor a long one)
            row = None
            for free_row in free:  # (a loop, not ``next`` of a generator: per span)
                if ends[free_row] <= x0:
                    row = free_row
                    break
            if row is None:
                if least >= width:  # (``least`` is ``min(ends.values())``)
                    break  # every free row taken to the right edge
                continue
            full = min(self._label_width(events[key][0]), MAX_LABEL_PX)
            seen_left, seen_right = max(x0, 0.0), min(x1, float(width))
            if full + 2 * pad <= seen_right - seen_left:
                label_x, inside, label_w, end = seen_left + pad, True, full, x1
            elif x1 + LABEL_GAP < width:
                label_x, inside = x1 + LABEL_GAP, False
                label_w = min(full, width - label_x)
                end = label_x + label_w
            else:
                label_x, inside = seen_left + pad, True
                label_w, end = max(0.0, seen_right - seen_left - 2 * pad), x1
            ends[row] = end + ITEM_GAP
            least = min(ends.values())
            placed.append(Placement(key, row, label_x, inside, label_w))
        return placed

    def _in_badge_row(self, world: _WorldRows, clusters: list[Cluster], row: int,
                      shift: float, width: int) -> tuple[list[Placement], list[Cluster]]:
        """The events of the "+N" ``clusters`` placed side by side in the badges' row
        ``row`` (``pack_lane``'s ``badge_row``, verify24's U5), each where the world puts
        it (``chunk_packing.world_place``), on screen whole or shortened at the right edge
        to no less than ``MIN_LABEL_PX``, left to right, and
        the clusters of those left in a badge there, as ``layout._in_badge_row`` deals
        them (an event whose title would be cut shorter or overlap stays, and a
        title placed before that would run over its badge goes back too: verify39 F7);
        ([], ``clusters``) when they are more than ``BADGE_ROW_EVENTS``."""
        if sum(len(cluster.keys) for cluster in clusters) > BADGE_ROW_EVENTS:
            return [], clusters  # (hundreds over a day's zoom: not listed to be counted)
        keys = [key for cluster in clusters for key in cluster.keys]
        items, events = world.items, world.events
        entries: list[tuple[float, str, Placement | None, float]] = []
        known = world.placed_whole
        for key in keys:
            item = items.get(key)
            if item is None:
                return [], clusters
            whole = known.get(key)
            if whole is None:
                full = min(self._label_width(events[key][0]), MAX_LABEL_PX)
                whole = known[key] = (*world_place(item._replace(label_width=full)), full)
            left, right, label_x, inside, full = whole
            left, right, label_x = left - shift, right - shift, label_x - shift
            shown = full
            if not inside and label_x + full > width:
                shown = width - label_x  # (shortened at the edge, as in the rows)
            if label_x < 0.0 or (right > width if inside else shown < min(full, MIN_LABEL_PX)):
                entries.append((max(0.0, item.x0 - shift), key, None, 0.0))
                continue
            end = (item.x1 - shift if inside else label_x + shown) + ITEM_GAP
            entries.append((left, key, Placement(key, row, label_x, inside, shown), end))
        entries.sort(key=_FIRST)
        placed: list[tuple[Placement, float]] = []
        stays: list[str] = []
        end = -math.inf
        for left, key, placement, placed_end in entries:
            if placement is not None and left >= end:
                placed.append((placement, placed_end))
                end = placed_end
                continue
            stays.append(key)  # in a badge: a title before it that runs over it too
            x = max(0.0, items[key].x0 - shift)
            while placed and placed[-1][1] > x - BADGE_ROOM_BEFORE:
                stays.append(placed.pop()[0].key)
            end = max(placed[-1][1] if placed else -math.inf,
                      x + BADGE_ROOM_AFTER + ITEM_GAP)
        if not placed:
            return [], clusters
        left_over: list[Cluster] = []
        for key in sorted(stays, key=lambda key: items[key].x0):
            left_over = self._join_world_cluster(left_over, items[key].x0 - shift, key)
        return [placement for placement, _end in placed], left_over

    @staticmethod
    def _join_world_cluster(clusters: list[Cluster], x: float, key: str) -> list[Cluster]:
        """``clusters`` (by x0) with ``key`` at ``x`` (viewport px) joined to the
        nearest within ``CLUSTER_REACH``, else in a cluster of its own, in order."""
        x = max(0.0, x)
        for cluster in clusters:
            if cluster.x0 - CLUSTER_REACH <= x <= cluster.x1 + CLUSTER_REACH:
                cluster.x0, cluster.x1 = min(cluster.x0, x), max(cluster.x1, x)
                cluster.keys.append(key)
                return clusters
        clusters.append(Cluster(x, x, [key]))
        clusters.sort(key=_CLUSTER_X0)
        return clusters

    def _pack_by_stretch(self, items: list[LaneItem], max_rows: int, width: int,
                         measure: Callable[[LaneItem], LaneItem] | None,
                         least: Callable[[LaneItem], float] | None,
                         stretches: list[tuple[float, float]] | None = None,
                         context: Sequence[str] = (),
                         context_item: Callable[[str], LaneItem] | None = None
                         ) -> LanePacking:
        """``pack_lane`` of a lane's ``items`` (sorted by x0), each stretch between gap
        bands on its own (``_stretches_on_screen``), with its rows from the top and its
        own edges: a label that would run into a band goes left of its marker, or is
        shortened as at the view's edge, and one with no room even for that ends at the
        band (elided).  Packed across the whole width, the label of an event just left
        of a band ran over the band into the next stretch and read as an event of
        another era (new-user trial 7).  ``context``, ``context_item``: ``pack_lane``'s,
        with one stretch only (none is given with bands on screen)."""
        if stretches is None:
            stretches = self._stretches_on_screen(width)
        if len(stretches) == 1:
            left, right = stretches[0]
            return pack_lane(items, max_rows, view_left=left, view_right=right,
                             measure=measure, least_width=least, most_width=MAX_LABEL_PX,
                             context=context, context_item=context_item,
                             badge_row=True)  # a "+1" whose row has room: its event (U5)
        placements: list[Placement] = []
        clusters: list[Cluster] = []
        rows = 0
        start = 0
        for index, (left, right) in enumerate(stretches):
            # An item belongs to the stretch on its side of the band's middle.
            split = ((right + stretches[index + 1][0]) / 2 if index + 1 < len(stretches)
                     else float("inf"))
            end = bisect.bisect_left(items, split, start, len(items), key=_LANE_ITEM_X0)
            packing = pack_lane(items[start:end], max_rows, view_left=left, view_right=right,
                                measure=measure, least_width=least, most_width=MAX_LABEL_PX)
            start = end
            for placement in packing.placements:
                if (right < width and not placement.label_inside
                        and placement.label_x + placement.label_width > right):
                    placement = placement._replace(  # no room on either side: cut
                        label_width=max(0.0, right - placement.label_x))
                placements.append(placement)
            clusters += packing.clusters
            rows = max(rows, packing.rows_used)
        return LanePacking(placements, clusters, rows)

    def _lane_room(self) -> tuple[tuple[int, int], ...]:
        """Per lane (in ``_lanes``' order), ``(rows, density height)``: the rows it may
        fill before its events join "+N" badges, and the height (px) of its bars when it
        is drawn as a density, for the view's height.

        The height under the axis is shared out as water fills vessels: a lane of ``n``
        events never needs more than ``n`` rows (each event a row of its own, no "+N"
        row), so it takes that (a lane of one event, one row) and the lanes left share
        the rest evenly.  A lane whose share holds a row for each of its events gets
        them all; else it gets its share's rows less one, kept for the "+N" badges.  (A
        new user's trial, verify22: a lane of 7 events overlapping in time showed 6 and
        a "+1" above ~75 px left empty, because every lane's need counted a badge row it
        could never use.)  A lane that fills its share takes no more, so lanes that all
        fill theirs fill the view without a scroll bar.  Never less than ``MAX_ROWS``
        and ``DENSITY_HEIGHT`` (a small window scrolls as before), never more than
        ``MAX_ROWS_TALL`` and ``MAX_DENSITY_HEIGHT``.  A lane of a few events uses the
        rows it needs whatever the height: the default timeline stays compact.

        Kept for what it is a function of (the view's height, ``picture_rows`` and the
        lanes' counts of events, in order): asked several times a frame (the layout's
        key, the layout, the world's chunks' key ``_world_here``), 24 us a call at
        100 000 events, a day's pans +1-2 % of instructions (session 30).
        """
        lanes = self._lanes
        height = self.viewport().height()
        key = (height, self.picture_rows, tuple([len(lane.events) for lane in lanes]))
        kept = self._lane_room_kept
        if kept is not None and kept[0] == key:
            return kept[1]
        room = float(height - LANES_TOP)
        needs = [LANE_HEADER + len(lane.events) * ROW_HEIGHT + LANE_PAD for lane in lanes]
        shares = [0.0] * len(lanes)
        left = len(lanes)
        for index in sorted(range(len(lanes)), key=needs.__getitem__):
            share = room / left
            shares[index] = min(needs[index], share)
            room -= shares[index]
            left -= 1
        least = self.picture_rows

        def rows(share: float, count: int) -> int:
            fit = int((share - LANE_HEADER - LANE_PAD) // ROW_HEIGHT)
            kept = max(min(max(MAX_ROWS, count if fit >= count else fit - 1),
                           MAX_ROWS_TALL), min(least, count))  # else a row for the "+N"
            # One event more than the rows: its own row is no taller than the "+1"
            # badge's (verify23: 7 events showed 6 and a "+1" in a seventh row).
            return count if count == kept + 1 else kept

        room_of_lanes = tuple(
            (rows(share, len(lane.events)),
             min(max(DENSITY_HEIGHT, int(share) - LANE_HEADER), MAX_DENSITY_HEIGHT))
            for share, lane in zip(shares, lanes, strict=True))
        self._lane_room_kept = (key, room_of_lanes)
        return room_of_lanes

    @staticmethod
    def _dense_limit(width: int, rows: int) -> int:
        """Events on screen beyond which a lane of ``rows`` rows is drawn as a density: one
        per 8 px of ``width`` (px), or as many as its rows can show as readable items
        (``READABLE_ITEM_PX`` each: a marker, a title shortened to no less than
        ``MIN_LABEL_PX``, the gap to the next), whichever is more.  By the width alone, a
        lane of a tall window with the room for 40 rows drew a histogram of events its
        rows could all have shown (new-user trial 7, a year of one busy category)."""
        return max(int(width / 8), int(rows * width / READABLE_ITEM_PX))

    def _rows_that_fit(self, on_screen: list[tuple[Event, int, int]] | None, width: int,
                       rows: int, slack: float) -> list[tuple[Event, int, int]] | None:
        """``on_screen`` (a lane's events on screen, ``_Lane.visible``), or None when
        they are more than ``width / 8`` and their readable extents (a span's bar, or a
        diamond, and ``READABLE_ITEM_PX``) need more than ``rows`` rows of ``width`` px
        times ``slack`` (the hysteresis): more events than ``width / 8`` are rows only
        when the lane's rows can hold them (``_dense_limit`` counts points; a lane of
        month-long spans needs far more room than its count says).

        Spans wider than half the view are context (``pack_lane`` gives them the rows
        left, or a "+N") and need no room here (lanes10: a lane of year-long spans over
        a day's events is rows); the rest must fit, however few they are.  With a count
        of them as a second condition (more than ``width / 8``), a lane at a month's
        zoom at 1 000 000 events (94 day events needing 16 000 px of 9 600, ~380 spans
        around them) was rows: 35 titles and a "+436", 2.5 ms more a frame of laying out
        ~470 events (issue 11: frames 5.7 -> 12 ms p95).  Such a lane is a density at
        that zoom, as before lanes10, and rows from where its own events fit (a week's).
        """
        if on_screen is None or len(on_screen) <= width / 8:
            return on_screen
        u_of_day, ppd = self._scale.u_of_day, self._px_per_day
        linear = self._scale.is_linear  # then u_of_day(day) is day: no call per event
        room = rows * width * slack
        needed = 0.0
        for _event, start, end in on_screen:
            bar = (0.0 if end - start <= 1 else (end - start) * ppd if linear
                   else (u_of_day(end) - u_of_day(start)) * ppd)
            if bar > width / 2:
                continue  # context: the rows left after the rest, or a "+N" (pack_lane)
            needed += bar + READABLE_ITEM_PX
            if needed > room:
                return None
        return on_screen

    def _lane_on_screen(self, lane: _Lane, first_day: float, last_day: float,
                        width: int, rows: int = MAX_ROWS) -> list[tuple[Event, int, int]] | None:
        """The lane's events on screen, or None: the lane is drawn as a density.

        Decided per zoom level (pixels per day, scale, width), not per view: the first
        view laid out at a zoom draws a lane dense when more of its events are on screen
        than ``_dense_limit(width, rows)`` (``rows``: the lane's, ``_lane_room``) or than
        its rows hold (``_rows_that_fit``), and pans at that zoom keep the decision until
        the count leaves a wide band around it (``DENSE_HYSTERESIS``: rows up to twice
        the limit, density down to half of it).  Decided per view, a crowded lane flipped between
        rows and density while panning, and every lane under it jumped (new-user
        trial).  A change of a decision bumps ``_frame_generation``: layouts and
        pictures made under the old one are not used again (it is rare: one crossing of
        the band)."""
        limit = self._dense_limit(width, rows)
        # Spans wider than half the view are not counted (``_Lane.visible``), in days on a
        # linear scale; on another, all are (a lane of long spans may then stay dense).
        wide_days = ((last_day - first_day) / 2 if self._scale.is_linear else math.inf)
        if self._lane_modes_generation != self._frame_generation:
            self._lane_modes.clear()  # the data, the filters or a search changed
            self._lane_modes_generation = self._frame_generation
        zoom = (self._px_per_day, self._scale, width)
        modes = self._lane_modes.pop(zoom, None)
        if modes is None and len(self._lane_modes) >= 256:
            del self._lane_modes[next(iter(self._lane_modes))]  # the least recently used
        modes = self._lane_modes[zoom] = {} if modes is None else modes
        dense = modes.get(lane.category)
        if dense is None:
            on_screen = self._rows_that_fit(
                lane.visible(first_day, last_day, limit, wide_days), width, rows, 1.0)
            modes[lane.category] = on_screen is None
            return on_screen
        band = limit // DENSE_HYSTERESIS if dense else limit * DENSE_HYSTERESIS
        on_screen = self._rows_that_fit(
            lane.visible(first_day, last_day, band, wide_days), width, rows,
            1 / DENSE_HYSTERESIS if dense else float(DENSE_HYSTERESIS))
        if (on_screen is None) != dense:  # out of the band: the other mode at this zoom
            if self._laying_out_ahead:
                # A view not on screen (work ahead) never changes a decision: the change
                # would show in the view on screen at its next repaint, with no input.
                # The step ahead of a steady move notes it instead: its frame, if it
                # comes, makes that very change (``_flipped_ahead``); a pan held across
                # a crowded lane's band laid out and painted that frame straight, twice
                # (issue 11: 12-26 ms at 1 000 000 events).
                if not self._may_flip_ahead:
                    raise _ModeChangeAheadError
                self._ahead_flip = (*(self._ahead_flip or ()),
                                    (zoom, lane.category, not dense))
                return on_screen
            modes[lane.category] = not dense
            self._lane_mode_changed()
            self._lane_modes_generation = self._frame_generation
        return on_screen

    def _lane_mode_changed(self) -> None:
        """A lane's rows-or-density decision at a zoom changed: ``_frame_generation``
        is bumped (a layout or picture made under the old decision is not the view's),
        and the new generation is noted as showing the contents of the old one
        (``_contents_of``)."""
        old = self._frame_generation
        self._frame_generation += 1
        contents = self._mode_generations.get(old, old)
        self._mode_generations = {generation: base for generation, base
                                  in self._mode_generations.items() if base == contents}
        self._mode_generations[self._frame_generation] = contents

    def _contents_of(self, generation: object) -> object:
        """The generation (``_frame_generation``) whose contents (data, filters, search,
        palette) the pictures of ``generation`` show: itself, or the one before the
        lanes' changes of mode that made it (``_lane_mode_changed``)."""
        return self._mode_generations.get(generation, generation)  # type: ignore[call-overload]

    def _cluster_badges(self, clusters: list[Cluster],
                        on_screen: list[tuple[Event, int, int]], top: float,
                        color: QColor, width: int) -> list[_Aggregate]:
        """The lane's "+N" badges, left to right, never overlapping: a badge is at least
        as wide as its text, so clusters a little apart (or packed in separate passes)
        drew badges over each other; those become one badge counting both (new-user
        trial 6: "+3" under "+9").  A badge stays inside the view: one that would pass
        the right edge is moved in (new-user trial, session 5: a "+1" cut in half).

        Args:
            clusters: ``pack_lane``'s clusters, sorted by ``x0`` (viewport x, px).
            on_screen: the lane's visible events, indexed by the clusters' keys.
            top: content y of the badges' row.
            color: the lane's colour.
            width: the viewport's width (px).
        """
        groups: list[tuple[float, float, list[Any]]] = []  # x0, x1, keys (indexes)
        known = self._small_widths

        def span_of(x0: float, x1: float, count: int) -> tuple[float, float]:
            # Its rectangle's left and width: its events' extent (6 px each side) cut at
            # the view's edges, at least as wide as its text, moved in from the right
            # edge if it would pass it.  Plain numbers, the ``QRectF`` made once a badge
            # (its ``right()`` is left + width, as here: ~90 clusters a frame at a year,
            # issue 11, layout15).
            text = f"+{count}"
            text_w = known.get(text)
            if text_w is None:
                text_w = self._small_width(text)
            left = max(2.0, x0 - 6)
            w = max(text_w + 12, min(x1 + 6, width - 2.0) - left)
            return max(2.0, min(left, width - 2 - w)), w

        # Each group's rectangle is made once for what it holds (it was made twice a
        # cluster, and again for the badge: ~170 a frame of a drag at 100 000 events).
        spans: list[tuple[float, float] | None] = []
        for cluster in clusters:
            span = span_of(cluster.x0, cluster.x1, len(cluster.keys))
            if groups:
                x0, x1, keys = groups[-1]
                last = spans[-1]
                if last is None:
                    last = spans[-1] = span_of(x0, x1, len(keys))
                if span[0] < last[0] + last[1] + 2:
                    keys.extend(cluster.keys)
                    groups[-1] = (x0, max(x1, cluster.x1), keys)
                    spans[-1] = None  # grown: made again when asked
                    continue
            groups.append((cluster.x0, cluster.x1, list(cluster.keys)))
            spans.append(span)
        badges = []
        y, h = top + 3, ROW_HEIGHT - 6
        for (x0, x1, keys), span in zip(groups, spans, strict=True):
            # In C-level maps, not generator expressions: a zoomed-out lane clusters
            # most of its events (~800 a frame at 1 000 events, issue 11).
            members = list(map(on_screen.__getitem__, keys))
            left, w = span_of(x0, x1, len(members)) if span is None else span
            badges.append(_Aggregate(
                QRectF(left, y, w, h), len(members), min(map(_START, members)),
                max(map(_END, members)), color,
                # (a lane packed in the world keys its events by id: ``_world_packing``)
                tuple(keys) if type(keys[0]) is str
                else tuple(map(_EVENT_ID, map(_EVENT, members)))))
        return badges

    def _indicators(self, lane: _Lane, geometry: _LaneGeometry, first_day: float,
                    last_day: float, shown: set[str], width: int,
                    reaching_in: bool = False) -> None:
        """The lane's "◀ 3" and "2 ▶": events beyond each edge of the view
        (``reaching_in``: the events on screen are not known, ``_Lane.hidden_beside``)."""
        before, nearest_before, after, nearest_after = lane.hidden_beside(
            first_day, last_day, shown, reaching_in)
        geometry.hidden = (before, after)
        geometry.nearest = (nearest_before, nearest_after)
        y = geometry.top + 2
        left = right = QRectF()
        if before:
            name_w = self._name_width(lane.category)
            left = QRectF(30 + name_w, y, self._small_width(f"◀ {before:,}") + 10, 16)
        if after:
            w = self._small_width(f"{after:,} ▶") + 10
            right = QRectF(width - w - 4, y, w, 16)
        geometry.indicator_rects = (left, right)

    def _density(self, lane: _Lane, geometry: _LaneGeometry, color: QColor,
                 bin_days: Any) -> None:
        """Count events per column of pixels: cost depends on the width only.

        ``bin_days`` are the days at x = 0, DENSITY_BIN_PX, 2 * DENSITY_BIN_PX, ...
        All bins are counted in one vectorised bisection (numpy ``searchsorted``): the
        per-bin Python loop was half of a fit-all frame at 100 000 events (issue 11).
        numpy is imported here, not at start-up: only a zoomed-out large timeline needs it.
        """
        import numpy as np

        edges = np.asarray(bin_days, dtype=np.float64)
        index = np.searchsorted(lane.starts_array(), edges, side="left")
        counts = np.diff(index)
        nonzero = np.flatnonzero(counts)
        if not nonzero.size:
            return
        found = counts[nonzero]
        peak = int(found.max())
        geometry.bar_base = geometry.top + geometry.height - 4
        geometry.bar_h = (4 + (geometry.height - LANE_HEADER - 10) * np.log1p(found)
                          / math.log1p(peak))
        geometry.bar_x = nonzero * DENSITY_BIN_PX
        geometry.density = (found, edges[nonzero], edges[nonzero + 1])
        geometry.color = color

    # ------------------------------------------------------------------ hit testing
    def _hit(self, pos: QPointF, items_only: bool = False
             ) -> _Item | _Aggregate | _Indicator | None:
        """What is at ``pos`` (viewport px): a lane's "◀ N" / "N ▶", else an item, else a
        "+N" badge or a dense lane's bin; None for nothing.  ``items_only``: no badge or
        bin is looked for (None where one is): a hover, which highlights only items, does
        not make a dense lane's bins (``_LaneGeometry.aggregates``: 1-3 ms at 1 000 000
        events and 2560x1440, in every held Shift+arrow's step under a resting pointer,
        issue 11, session 14)."""
        if pos.y() < LANES_TOP:
            return None
        content = QPointF(pos.x(), pos.y() - self._content_offset())
        for lane in self._layout().lanes:
            if not lane.top <= content.y() < lane.top + lane.height:
                continue
            for side, rect in enumerate(lane.indicator_rects):
                if not rect.isNull() and rect.adjusted(-2, -2, 2, 2).contains(content):
                    return _Indicator(lane.nearest[side], lane.hidden[side], side == 0)
            for item in lane.items:
                if item.rect.adjusted(-2, -3, 2, 3).contains(content):
                    return item
            if items_only:
                return None
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
        u0, u1 = self._scale.u_of_day(first), self._scale.u_of_day(last)
        if u1 - u0 < self._view_units() / 8:  # a narrow cluster: zoom in around it
            mid = (u0 + u1) / 2
            span = self._view_units() / 8
            u0, u1 = mid - span / 2, mid + span / 2
        self._show_units(u0, u1)

    # ------------------------------------------------------------------ painting
    def _axis_segments(self) -> list[_AxisSegment]:
        """The stretches and breaks on screen, each with its own ticks (a break's scale is
        its compression times the view's, so its tick level is its own)."""
        ppd = self._px_per_day
        origin = self._origin
        out = []
        for segment in self._scale.segments(origin, origin + self._view_units()):
            x0 = (segment.first_u - origin) * ppd
            x1 = (segment.last_u - origin) * ppd
            brk = segment.brk
            band: tuple[float, float] | None = None
            ticks: AxisTicks | None = None
            if brk is not None:
                band = (self.x_of_day(brk.first_day), self.x_of_day(brk.last_day))
            if brk is None or (band is not None and band[1] - band[0] >= BREAK_TICKS_PX):
                ticks = axis_ticks(segment.first_day, segment.last_day, ppd * segment.slope)
                if self._squeezed_spans:
                    ticks = self._without_lone_ticks(ticks)
            out.append(_AxisSegment(x0, x1, ticks, brk, band))
        return out

    def _without_lone_ticks(self, ticks: AxisTicks) -> AxisTicks:
        """``ticks`` without those of days or months inside a lone "2009" whose days a
        break compresses (``_squeezed_spans``): "Jan", "Feb", "Mar" beside its squeezed
        bar said it was of those months.  Its year's tick, on its first day, stays.  A
        lone year drawn at full scale keeps its months (verify41, finding 3: Go to Date
        "1697" in a history of years showed a year with nothing under it)."""
        spans = self._squeezed_spans
        by_year = ticks.unit not in _UNITS_BELOW_A_YEAR

        def kept(tick_list: list[Tick], year_first: bool) -> list[Tick]:
            return [tick for tick in tick_list
                    if not any(first < tick.day < last or (tick.day == first and not year_first)
                               for first, last in spans)]

        return AxisTicks(ticks.unit, kept(ticks.minor, by_year), kept(ticks.major, True))

    def _paint(self, painter: QPainter, picture: bool = False,
               strip: tuple[int, int] | None = None, lanes_only: bool = False) -> None:
        """Paint the whole view; ``picture``: as the frame picture, without the selection,
        the hover and the current event's exemption from a search's dimming.

        ``strip``: only the rows ``[top, bottom)`` of the lanes (viewport pixels, below
        ``LANES_TOP``), the rest left as it is: what a vertical scroll of the frame
        picture exposed.  Everything under the lanes is drawn in content coordinates (the
        dashes of the article lines, the zig-zags of the breaks), so that the picture
        shifted by the scroll is what a whole paint gives.

        ``lanes_only``: the lanes' content alone (no lane names, swatches or "◀ N"
        indicators, no drag preview, nothing above the lanes), within the painter's clip:
        a tile of a pan's stretch (``_paint_pan_tiles``).
        """
        self._label_chips.new_paint()
        vp = self.viewport().rect()
        palette = self.palette()
        if strip is not None:
            # (Within a pan's tile's clip: ``_paint_pan_band``'s columns.)
            painter.setClipRect(QRect(0, strip[0], vp.width(), strip[1] - strip[0]),
                                Qt.ClipOperation.IntersectClip if lanes_only
                                else Qt.ClipOperation.ReplaceClip)
        layout = self._layout()
        offset = self._content_offset()
        segments = self._axis_segments()
        grid_columns = [self._grid_columns(segments, major) for major in (False, True)]
        if lanes_only:  # a pan's tiles: the columns inside them (drawRects of the
            # view's every column, clipped, was half of a tile's paint)
            clip = painter.clipBoundingRect()
            grid_columns = [[x for x in xs if clip.left() - 1 <= x <= clip.right() + 1]
                            for xs in grid_columns]
        backdrop = self._paint_backdrop(painter, layout, segments, grid_columns, offset)
        if backdrop is None:
            painter.fillRect(vp, palette.base())
        else:  # the lanes' area is covered: only the axis and the overview's rows
            painter.fillRect(QRect(0, 0, vp.width(), LANES_TOP), palette.base())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

        # Lane bands, grid lines and breaks, behind everything else.
        painter.save()
        painter.setClipRect(self._events_area(), Qt.ClipOperation.IntersectClip
                            if strip is not None or lanes_only else Qt.ClipOperation.ReplaceClip)
        if backdrop is None:
            self._paint_bands_and_grid(painter, layout, grid_columns, offset)
        for seg in segments:
            if seg.band is not None:
                self._paint_break_band(painter, seg, LANES_TOP, vp.height(),
                                       phase=round(LANES_TOP - offset))
        if not backdrop:  # (True: the article lines are in the backdrop)
            # The article's date sits behind the events: it never hides one.
            self._paint_article_markers(painter, vp.height(), axis=False)
        if picture:
            # The frame picture holds every item unselected and not hovered: the
            # highlights are drawn over it (``_paint_overlay``), so that a selection or a
            # hover repaints a few rectangles, not the whole view (issue 11).
            chosen: frozenset[str] = frozenset()
            hover_id = primary_id = ""
        else:
            chosen = self._selected_ids
            if self._band is not None:
                chosen = chosen | set(self._band.ids)  # the band holds only what is drawn
            hover_id, primary_id = self._hover_id, self._selection.event_id
        dark = is_dark_palette()  # once a frame, not once a lane
        # The rows to paint: the strip's, else what the clip to the events' area shows
        # (a lane below the fold was painted for nothing: 1 of 8 lanes at 100 000 events,
        # 1600x900, a year; 4 at a month).
        top, bottom = strip if strip is not None else (LANES_TOP, vp.height())
        fills = self._lane_fill(0), self._lane_fill(1)  # (a palette's copy each: once)
        for index, lane in enumerate(layout.lanes):
            if lane.top + offset >= bottom or lane.top + lane.height + offset <= top:
                continue  # wholly outside the rows to paint
            # A band of rows (``strip``) that misses the lane's header row paints no
            # header: its name, swatch and indicators lie within it (2 px of outline and
            # text to spare), clipped away there.  A lane across two bands of a picture
            # painted ahead had them drawn twice (~0.2 ms a lane at 2560x1440).
            header = not lanes_only and (
                strip is None or (lane.top + offset - 2 < bottom
                                  and lane.top + offset + LANE_HEADER + 2 > top))
            self._paint_lane(painter, lane, offset, fills[index % 2], chosen, dark,
                             hover_id, primary_id,
                             None if strip is None and lane.top + offset >= top
                             and lane.top + lane.height + offset <= bottom
                             else (top - offset, bottom - offset), header=header)
        if not lanes_only:
            self._paint_drag(painter, offset)
        painter.restore()
        if strip is not None or lanes_only:
            return  # the axis, the overview and the badges are above the lanes
        self._paint_above_lanes(painter, segments)

    def _paint_above_lanes(self, painter: QPainter, segments: list[_AxisSegment]) -> None:
        """What ``_paint`` draws last, over everything: the axis, the overview and the
        article badges (a picture painted in slices paints them in its last slice)."""
        vp = self.viewport().rect()
        self._paint_axis(painter, segments, vp.width())
        self._paint_overview(painter, vp.width())
        self._paint_article_markers(painter, vp.height(), axis=True)

    def _grid_columns(self, segments: list[_AxisSegment], major: bool) -> list[int]:
        """The pixel columns of the minor or the major grid lines on screen."""
        xs = []
        for seg in segments:
            if seg.ticks is None:
                continue
            for tick in seg.ticks.major if major else seg.ticks.minor:
                x = round(self.x_of_day(tick.day))
                if seg.x0 <= x + 0.5 <= seg.x1:
                    xs.append(x)
        return xs

    def _grid_colors(self) -> tuple[QColor, QColor]:
        """The minor and the major grid lines' colours (the text's, faint)."""
        minor, major = QColor(self.palette().text().color()), QColor(self.palette().text().color())
        minor.setAlpha(28)
        major.setAlpha(70)
        return minor, major

    def _paint_bands_and_grid(self, painter: QPainter, layout: _Layout,
                              grid_columns: list[list[int]], offset: float) -> None:
        """The lanes' alternate bands, then the grid lines down the lanes."""
        vp = self.viewport().rect()
        # A band of the base colour is what the background already holds: only the
        # darker ones are filled (each band was a full-width fill: 1 ms of a frame's
        # memory traffic at 1600x900, issue 11).
        base = self.palette().base()
        plain = base.style() == Qt.BrushStyle.SolidPattern and base.color().alpha() == 255
        for index, lane in enumerate(layout.lanes):
            fill = self._lane_fill(index)
            if plain and fill == base.color():
                continue
            painter.fillRect(QRectF(0, lane.top + offset, vp.width(), lane.height), fill)
        # One pixel column each, so one rectangle each, without antialiasing, in one call:
        # the same pixels as an antialiased line through the column's middle, at a tenth
        # of the cost (16 full-height lines were 3 ms of a frame, issue 11).
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        lines_h = max(0, vp.height() - LANES_TOP)
        for xs, grid in zip(grid_columns, self._grid_colors(), strict=True):
            if xs and not self._paint_grid_row(painter, xs, grid, vp.width(), lines_h):
                painter.setBrush(grid)
                painter.drawRects([QRect(x, LANES_TOP, 1, lines_h) for x in xs])
        painter.restore()

    def _paint_backdrop(self, painter: QPainter, layout: _Layout, segments: list[_AxisSegment],
                        grid_columns: list[list[int]], offset: float) -> bool | None:
        """What lies under the events in the lanes' area (background, bands, grid lines
        and, when no break is on screen, the article lines) as one opaque tiled fill per
        band: the same pixels as painting them one over the other, which were three or
        four fills of the whole area each frame (3 ms of a frame at 2560x1440, issue 11).

        Each pixel of that area is the band's colour with the grid's and the article
        lines' pixels composed over it, and these repeat down a band: the grid every row,
        the article lines every period of their dashes.  So a tile as wide as the view and
        one period tall, made with the same fills, is what the whole band gets.

        Returns:
            ``None``, drawing nothing, where that does not hold (not a raster painter
            one to one, a brush that is not one opaque colour, an uneven band, a column
            drawn twice: the caller paints as before); else whether the article lines
            are in it.
        """
        vp = self.viewport().rect()
        width, height = vp.width(), vp.height()
        base = self.palette().base()
        if (not self._batched or painter.paintEngine().type() != QPaintEngine.Type.Raster
                or painter.device().devicePixelRatioF() != 1.0
                or not painter.transform().isIdentity() or offset != round(offset)
                or base.style() != Qt.BrushStyle.SolidPattern or base.color().alpha() != 255
                or any(len(set(xs)) != len(xs) for xs in grid_columns)
                or any(lane.top != round(lane.top) or lane.height != round(lane.height)
                       for lane in layout.lanes)):
            return None
        from PySide6.QtGui import QBrush, QImage  # not needed by the first paint

        # The article lines go in (``BACKDROP_ARTICLE_LINES``: a stripe of them, as
        # ``_paint_article_markers`` tiles many) when no break is on screen (its band is
        # drawn between the grid and the lines); when none would be drawn, the backdrop
        # is all there is.
        stripe: QPixmap | None = None
        with_articles = False
        lines: list[float] | None = None
        if not any(seg.band is not None for seg in segments):
            lines = self._article_line_columns()
        # The tiles depend on nothing else (the colours are the palette's): the bands of
        # one picture, painted in slices (``_paint_part``), share them (0.2-0.4 ms a band
        # at 2560x1440 to make again; issue 11, session 13).
        memo_key = (width, height, self.palette().cacheKey(), self.devicePixelRatioF(),
                    None if lines is None else tuple(lines),
                    self._article_lines_override is None,
                    tuple(tuple(xs) for xs in grid_columns))
        memo = self._backdrop_tiles
        if memo is not None and memo[0] == memo_key:
            _key, stripe, with_articles, rows, tiles = memo
        else:
            if lines is not None:
                if not lines:
                    with_articles = True  # none on screen, or a wall of them: none drawn
                elif len(lines) >= (BACKDROP_ARTICLE_LINES if self._article_lines_override
                                    is None else FEW_ARTICLE_LINES + 1) \
                        and self.devicePixelRatioF() == 1.0:
                    stripe = self._article_stripe(height, lines)
                    with_articles = stripe is not None
            rows = []  # each grid's row of pixels, as _paint_grid_row makes it
            for xs, color in zip(grid_columns, self._grid_colors(), strict=True):
                if not xs:
                    continue
                pixel = self._premultiplied(color).to_bytes(4, sys.byteorder)
                line = bytearray(4 * width)
                for x in xs:
                    if 0 <= x < width:
                        line[4 * x:4 * x + 4] = pixel
                rows.append(QImage(bytes(line), width, 1, 4 * width,
                                   QImage.Format.Format_ARGB32_Premultiplied).copy())
            tiles = {}
            self._backdrop_tiles = (memo_key, stripe, with_articles, rows, tiles)
        period = stripe.height() if stripe is not None else 1

        def tile_of(color: QColor) -> QBrush:
            brush = tiles.get(color.rgba())
            if brush is None:
                tile = QImage(width, period, QImage.Format.Format_ARGB32_Premultiplied)
                tile.fill(color)
                tiler = type(painter)(tile)  # (the first paint's: ``_FillsByRect``)
                try:  # the fills of _paint_bands_and_grid and _paint_article_markers
                    for row in rows:
                        tiler.fillRect(QRect(0, 0, width, period), QBrush(row))
                    if stripe is not None:
                        tiler.fillRect(QRect(0, 0, width, period), QBrush(stripe))
                finally:
                    tiler.end()
                # Opaque: the fill below is a copy, not a composition.
                brush = tiles[color.rgba()] = QBrush(
                    tile.convertToFormat(QImage.Format.Format_RGB32))
            return brush

        painter.save()
        painter.setClipRect(self._events_area(), Qt.ClipOperation.IntersectClip
                            if painter.hasClipping() else Qt.ClipOperation.ReplaceClip)
        # The stripe's rows start at the top of the lanes' content (it scrolls with them).
        painter.setBrushOrigin(QPointF(0, offset))
        bottom = offset  # the top of the first lane
        fills = self._lane_fill(0), self._lane_fill(1)  # (``_lane_fill``: by index % 2)
        for index, lane in enumerate(layout.lanes):
            top, bottom = lane.top + offset, lane.top + lane.height + offset
            if top >= height:
                break
            if bottom > LANES_TOP:
                painter.fillRect(QRectF(0, top, width, lane.height),
                                 tile_of(fills[index % 2]))
        if bottom < height:  # below the last lane: the base
            top = max(bottom, float(LANES_TOP))
            painter.fillRect(QRectF(0, top, width, height - top), tile_of(QColor(base.color())))
        painter.restore()
        return with_articles

    def _premultiplied(self, color: QColor) -> int:
        """``color`` as the premultiplied ARGB32 pixel Qt fills a solid brush of it with
        (remembered per colour)."""
        key = color.rgba()
        pixel = self._density_pixels.get(key)
        if pixel is None:
            from PySide6.QtGui import QImage  # not needed by the first paint (start-up)

            probe = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
            probe.fill(color)
            pixel = self._density_pixels[key] = probe.pixel(0, 0) & 0xFFFFFFFF
        return pixel

    def _paint_grid_row(self, painter: QPainter, xs: list[int], color: QColor, width: int,
                        height: int) -> bool:
        """Grid lines at the columns ``xs`` down the lanes, as one row of pixels tiled
        down (a texture fill): the pixels of a 1-pixel rectangle of ``color`` per column
        (a column of 800 one-pixel spans each: 0.4 ms a frame), when the painter paints
        pixels one to one and no column repeats; else False (nothing drawn)."""
        if (not self._batched or painter.paintEngine().type() != QPaintEngine.Type.Raster
                or painter.device().devicePixelRatioF() != 1.0
                or not painter.transform().isIdentity() or len(set(xs)) != len(xs)):
            return False
        from PySide6.QtGui import QBrush, QImage  # not needed by the first paint

        pixel = self._premultiplied(color).to_bytes(4, sys.byteorder)
        row = bytearray(4 * width)
        for x in xs:
            if 0 <= x < width:
                row[4 * x:4 * x + 4] = pixel
        image = QImage(bytes(row), width, 1, 4 * width, QImage.Format.Format_ARGB32_Premultiplied)
        painter.save()
        painter.setBrushOrigin(QPointF(0, 0))
        painter.fillRect(QRect(0, LANES_TOP, width, height), QBrush(image))
        painter.restore()
        return True

    def _lane_fill(self, index: int) -> QColor:
        """The opaque colour of a lane's band (alternate lanes a shade darker); made once
        per palette (asked twice a lane and frame)."""
        key = self.palette().cacheKey()
        if self._lane_fills is None or self._lane_fills[0] != key:
            base = QColor(self.palette().base().color())
            # A shade darker on a light base; on a dark one a shade lighter (black over
            # #1F1F1F was invisible: new-user trial).
            shade = LANE_SHADE[is_dark_palette()]
            self._lane_fills = (key, (base, _blend(QColor(shade[0]), base, shade[1] / 255)))
        return self._lane_fills[1][index % 2]

    def _lane_style(self, color: QColor) -> _LaneStyle:
        """The pens and fills of a lane of ``color``, made once per palette and colour."""
        palette_key = self.palette().cacheKey()
        if self._lane_styles_key != palette_key:
            self._lane_styles.clear()
            self._lane_styles_key = palette_key
        style = self._lane_styles.get(color.rgba())
        if style is None:
            base = self.palette().base().color()
            # A colour chosen in the file is the marker's fill as given; the edge (darker
            # on a light theme, the colour itself on a dark one) reaches 3:1 against the
            # alternate lanes' band, the nearer one in either theme, or goes towards the
            # text colour until it does (``theme.swatch_edge``, WCAG 1.4.11; the palette's
            # own lane colours are checked in tests/ui/test_theme.py).
            border = swatch_edge(color, self._lane_fill(1), self.palette().text().color())
            pens: dict[tuple[bool, bool], QPen] = {}
            for selected in (False, True):
                for circa in (False, True):
                    pen = QPen(border, 2.5 if selected else 1.2)
                    if circa:
                        pen.setStyle(Qt.PenStyle.DashLine)
                    pens[selected, circa] = pen
            dark = is_dark_palette()
            style = self._lane_styles[color.rgba()] = _LaneStyle(
                pens, span_fill(color, base, self.palette().text().color(), dark),
                _blend(color, base, 60 / 255),
                QPen(border, 1), _blend(color, base, 40 / 255),
                QPen(border if dark else color.darker(130), 1),
                hatch_colors(color, base, self.palette().text().color(), dark))
        return style

    def _paint_break_band(self, painter: QPainter, seg: _AxisSegment, top: float,
                          bottom: float, phase: int | None = None) -> None:
        """A collapsed period: a shaded band between two zig-zag edges.

        ``phase``: the lanes' vertical scroll (pixels); the zig-zags then keep to the
        content (they scroll with it) and run past ``bottom`` (the painter clips them)."""
        assert seg.band is not None
        x0, x1 = seg.band
        shade = QColor(self.palette().text().color())
        shade.setAlpha(16)
        painter.fillRect(QRectF(x0, top, x1 - x0, bottom - top), shade)
        edge = QColor(self.palette().text().color())
        edge.setAlpha(110)
        painter.setPen(QPen(edge, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        step = 6.0
        first, last = top, bottom
        if phase is not None:
            first, last = top - phase % (2 * step), bottom + 2 * step
        for x in (x0, x1):
            zigzag = QPolygonF()
            y = first
            while y < last:
                zigzag.append(QPointF(x - 2.5 if int((y - first) / step) % 2 else x + 2.5, y))
                y += step
            painter.drawPolyline(zigzag)

    def _static_text(self, font: int, text: str) -> QStaticText:
        """``text`` laid out once in font ``font`` (0 label, 1 small, 2 bold), as plain text."""
        key = (font, text)
        static = self._static_texts.get(key)
        if static is None:
            _make_room(self._static_texts, 20_000)
            _make_room(self._static_sizes, 20_000)  # (the same keys, in the same order)
            static = QStaticText(text)
            # QStaticText defaults to AutoText: titles from files are never markup.
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            static.prepare(font=(self._label_font, self._small_font, self._bold_font)[font])
            self._static_texts[key] = static
            self._static_size(key, static)
        return static

    def _static_size(self, key: tuple[int, str], static: QStaticText) -> tuple[float, float]:
        """``static``'s (``_static_texts[key]``) width and height, remembered in
        ``_static_sizes`` (read from the text when not: one kept apart, a test's)."""
        size = self._static_sizes.get(key)
        if size is None:
            size = static.size()
            size = self._static_sizes[key] = (size.width(), size.height())
        return size

    def _draw_text(self, painter: QPainter, rect: QRectF, text: str, font: int,
                   centred: bool = False) -> None:
        """Like ``drawText(rect, AlignLeft | AlignVCenter or AlignCenter, text)`` with the
        painter's font already ``font``, from the laid-out text cache."""
        key = (font, text)
        static = self._static_texts.get(key)  # (laid out: one look-up, no call)
        if static is None:
            static = self._static_text(font, text)
        size_w, size_h = self._static_sizes.get(key) or self._static_size(key, static)
        left, top, width, height = rect.getRect()  # (one call into PySide, not four)
        x = left + (width - size_w) / 2 if centred else left
        painter.drawStaticText(QPointF(x, top + (height - size_h) / 2), static)

    @staticmethod
    def _snapped_ratio(painter: QPainter) -> float | None:
        """The device pixel ratio when ``painter`` paints pixels (raster) through a
        translation on a device of a whole ratio: then point events' diamonds are copied
        from a pre-rendered pixmap at whole device pixels (``_draw_diamond``); else None
        (SVG, PDF, print, a scaled painter, a fractional ratio: vectors).

        Asked ~20 times a frame (each lane's badges and indicators, the items, the
        article badges): whether the painter's engine is the raster one is remembered
        for the painter and its device (``_RASTER_PAINTER``; the engine's type is an
        enum made anew at each call, ~5 us of a ~8 us question), and the transform is
        asked ``isScaling()`` (Qt: ``type() >= TxScale``, i.e. more than a
        translation) instead of comparing enum values (issue 11, session 16)."""
        device = painter.device()
        ref, known, raster = _RASTER_PAINTER
        if ref is None or ref() is not painter or known is None or known() is not device:
            raster = painter.paintEngine().type() == QPaintEngine.Type.Raster
            _RASTER_PAINTER[:] = (weakref.ref(painter), weakref.ref(device), raster)
        ratio = device.devicePixelRatioF()
        if not raster or ratio != int(ratio) or painter.transform().isScaling():
            return None
        return ratio

    def _diamond_pixmap(self, pen: QPen, fill: QColor, ratio: float) -> QPixmap:
        """A point event's diamond (``_DIAMOND``) outlined with ``pen`` and filled with
        ``fill``, antialiased, around the device pixel corner at the middle of a
        transparent pixmap ``2 * _DIAMOND_HALF`` logical pixels square (``ratio`` device
        pixels a pixel); made once per pen, fill and ratio."""
        key = (pen.color().rgba(), pen.widthF(), pen.style() != Qt.PenStyle.SolidLine,
               fill.rgba(), ratio)
        pixmap = self._marker_pixmaps.get(key)
        if pixmap is None:
            from PySide6.QtGui import QImage  # not needed by the first paint (start-up)

            side = round(2 * _DIAMOND_HALF * ratio)
            image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(0)
            drawer = QPainter(image)
            try:
                drawer.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                drawer.setPen(pen)
                drawer.setBrush(fill)
                drawer.drawPolygon(_DIAMOND.translated(_DIAMOND_HALF, _DIAMOND_HALF))
            finally:
                drawer.end()
            if len(self._marker_pixmaps) > 1024:  # palettes and zooms come and go
                self._marker_pixmaps.clear()
            pixmap = self._marker_pixmaps[key] = QPixmap.fromImage(image)
        return pixmap

    def _draw_diamond(self, painter: QPainter, centre: QPointF, pen: QPen,
                      fill: QColor, ratio: float | None = -1.0) -> None:
        """A point event's diamond (``_DIAMOND``) around ``centre``, outlined with ``pen``
        and filled with ``fill``; the painter's pen and brush are left as they were.

        Where ``_snapped_ratio`` allows (``ratio``: its answer, asked here when -1), the
        diamond is copied from ``_diamond_pixmap``, its centre moved to the nearest device
        pixel corner: a copy of 18x18 pixels instead of an antialiased polygon and its
        outline (~8 us against under 1 a marker in Qt; ~110 in a 1 000-event fit-all,
        issue 11).  Every diamond is then the same crisp shape; before, each was blended
        at its own sub-pixel phase.  Elsewhere the polygon is drawn at ``centre``.
        (``_paint_plain_items`` inlines this for a lane's items: keep the two alike.)
        """
        if ratio == -1.0:
            ratio = self._snapped_ratio(painter)
        if ratio is None:
            painter.save()
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawPolygon(_DIAMOND.translated(centre))
            painter.restore()
            return
        pixmap = self._diamond_pixmap(pen, fill, ratio)
        transform = painter.transform()
        dx, dy = transform.dx(), transform.dy()
        painter.drawPixmap(QPointF(round((centre.x() + dx) * ratio) / ratio - dx - _DIAMOND_HALF,
                                   round((centre.y() + dy) * ratio) / ratio - dy - _DIAMOND_HALF),
                           pixmap)

    def _paint_lane(self, painter: QPainter, lane: _LaneGeometry, offset: float,
                    band: QColor, chosen: frozenset[str], dark: bool | None = None,
                    hover_id: str = "", primary_id: str = "",
                    rows: tuple[float, float] | None = None, header: bool = True,
                    body: bool = True) -> None:
        """Paint a lane; ``rows``: only its items whose row reaches into ``[top, bottom)``
        (content coordinates; the painter clips the rest), for a scrolled picture.
        ``header``: its swatch, name and "◀ N" / "N ▶" indicators; ``body``: its items,
        badges or density (a pan paints them apart: ``_Pan``)."""
        color = self._lane_color(lane.category, dark)
        if header:
            self._paint_lane_header(painter, lane, offset, band, color)
        if body:
            self._paint_lane_body(painter, lane, offset, band, color, chosen, hover_id,
                                  primary_id, rows)

    def _paint_lane_header(self, painter: QPainter, lane: _LaneGeometry, offset: float,
                           band: QColor, color: QColor) -> None:
        """A lane's swatch, name and "◀ N" / "N ▶" indicators."""
        # Outlined as its markers are, 1 px on the pixel grid (crisp): a navy chosen
        # colour's swatch was all but lost on the dark theme (colors11's not-done).
        header = QRectF(6.5, lane.top + offset + 3.5, 11, 11)
        style = self._lane_style(color)  # (once a lane: the indicators' too)
        painter.setPen(QPen(style.pens[False, False].color(), 1))
        painter.setBrush(color)
        painter.drawRoundedRect(header, 3, 3)
        painter.setFont(self._bold_font)
        name = lane_label(lane.category, self._lanes_by)
        name_rect = QRectF(22, lane.top + offset + 1,
                           self._name_width(lane.category) + 4, 17)
        painter.fillRect(name_rect, band)  # grid lines never strike through text
        text_color = self.palette().text().color()
        painter.setPen(text_color)
        # At its baseline (y = 14), as drawText(point) put it.
        painter.drawStaticText(QPointF(24, lane.top + offset + 14 - self._bold_metrics.ascent()),
                               self._static_text(2, name))
        self._paint_indicators(painter, lane, offset, color, style, text_color)

    def _paint_lane_body(self, painter: QPainter, lane: _LaneGeometry, offset: float,
                         band: QColor, color: QColor, chosen: frozenset[str],
                         hover_id: str, primary_id: str,
                         rows: tuple[float, float] | None) -> None:
        """A lane's items and "+N" badges, or its density."""
        painter.setFont(self._label_font)
        text_color = self.palette().text().color()
        items = lane.items
        if rows is not None:  # a row is ROW_HEIGHT tall around its middle
            top, bottom = rows[0] - ROW_HEIGHT, rows[1] + ROW_HEIGHT
            items = [item for item in items if top < item.marker.center().y() < bottom]
        if items:
            self._paint_items(painter, lane, items, offset, band, color, chosen,
                              hover_id, primary_id)
        painter.setOpacity(1.0)
        fill = QColor(color)
        if lane.dense:
            # Hundreds of bars: one pen, one brush, one call, no antialiasing.
            fill.setAlpha(170)
            if (self._matches is None and self._batched
                    and self._paint_density(painter, lane, offset, fill)):
                return
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            if self._matches is not None:
                painter.setOpacity(0.3)  # under a search the matches are drawn over it
            painter.translate(0, offset)  # one translation, not one rect copy per bin
            painter.drawRects(lane.bars)
            painter.restore()
            if self._matches is not None:
                self._paint_dense_matches(painter, lane, offset)
            return
        painter.setFont(self._small_font)
        style = self._lane_style(color)
        badges = lane.badges
        # (each badge's rectangle read once: ``right()`` is its left plus its width)
        if self._batched and all(a[0] + a[2] < b[0] for a, b in itertools.pairwise(
                [aggregate.rect.getRect() for aggregate in badges])):
            # Badges apart from each other (the usual case): every outline with one pen,
            # then every count (overlapping ones are drawn one by one, in order).  Not
            # one path: a path's rounded corners differ from drawRoundedRect's by a level.
            painter.translate(0, offset)
            painter.setPen(style.badge_pen)
            painter.setBrush(style.badge_fill)
            # (from pre-rendered ends: ``RoundedPieces``)
            rounded = self._lane_rounded(style, False, ROW_HEIGHT - 6,
                                         self._snapped_ratio(painter))
            rest = [aggregate.rect for aggregate in badges]
            if rounded is not None:
                transform = painter.transform()
                rest = self._rounded.draw_all(painter, rest, rounded, transform.dx(),
                                              transform.dy())
            for rect in rest:
                painter.drawRoundedRect(rect, 8, 8)
            painter.setPen(text_color)
            for aggregate in badges:
                self._draw_text(painter, aggregate.rect, f"+{aggregate.count}", 1,
                                centred=True)
            painter.translate(0, -offset)
        else:
            rounded = self._lane_rounded(style, False, ROW_HEIGHT - 6,
                                         self._snapped_ratio(painter))
            for aggregate in badges:
                rect = aggregate.rect.translated(0, offset)
                painter.setPen(style.badge_pen)
                painter.setBrush(style.badge_fill)
                self._rounded.draw_or_path(painter, rect, rounded, 8)
                painter.setPen(text_color)
                self._draw_text(painter, rect, f"+{aggregate.count}", 1, centred=True)
        painter.setFont(self._label_font)

    def _paint_items(self, painter: QPainter, lane: _LaneGeometry, items: list[_Item],
                     offset: float, band: QColor, color: QColor, chosen: frozenset[str],
                     hover_id: str, primary_id: str) -> None:
        """Draw ``items`` of ``lane``: their markers and labels, highlighted when in
        ``chosen`` (selected) or ``hover_id``; under a search, ``primary_id`` (the current
        event) is never dimmed."""
        painter.setFont(self._label_font)
        drag = self._event_drag if self.drag_preview() is not None else None
        text_color = self.palette().text().color()
        highlight = QColor(self.palette().highlight().color())
        matches = self._matches
        # The pens and the span fill are the lane's: made once per palette.
        style = self._lane_style(color)
        pens, span_fill = style.pens, style.span_fill
        # The items in content coordinates: one translation for the lane, not two rect
        # copies per item.
        painter.translate(0, offset)
        ratio = self._snapped_ratio(painter)
        if matches is None and drag is None and not chosen and not hover_id and self._batched:
            self._paint_plain_items(painter, items, band, color, span_fill, pens, text_color,
                                    ratio, style)
            if self._status_marks.active:
                self._paint_status_marks(painter, items)
            painter.translate(0, -offset)
            return
        for item in items:
            marker = item.marker
            label_rect = item.label_rect
            if not item.label_inside and item.label:
                painter.fillRect(_label_background(label_rect), band)
            if matches is not None:
                self._paint_emphasis(painter, item, marker, label_rect, item.event_id in matches,
                                     primary_id)
            selected = item.event_id in chosen
            dragged = drag is not None and (item.event_id == drag.event_id
                                            or item.event_id in drag.others)
            if dragged:
                painter.setOpacity(0.35)  # where it was
            if selected or item.event_id == hover_id:
                highlight.setAlpha(70 if selected else 30)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(highlight)
                painter.drawRoundedRect(marker.united(label_rect).adjusted(-4, -3, 4, 3), 5, 5)
            painter.setPen(pens[selected, item.circa])
            if item.is_point:
                # A circa day: a pale diamond with a dashed outline, as a circa span is
                # drawn (solid, it read as an exact day: new-user trial).
                self._draw_diamond(painter, marker.center(), pens[selected, item.circa],
                                   span_fill if item.circa else color, ratio)
            else:
                # Opaque, so that grid lines and the article line never show through;
                # an imprecise date's bar hatched inside its rim, a span solid.
                painter.setBrush(span_fill)
                # (from pieces as ``_paint_plain_items`` draws it: a highlight over the
                # frame picture gives the pixels of a whole paint)
                rounded = (None if item.circa or painter.opacity() < 1.0
                           or marker.height() != SPAN_HEIGHT else self._rounded.style(
                               pens[selected, False], span_fill, 4, SPAN_HEIGHT, ratio))
                self._rounded.draw_or_path(painter, marker, rounded, 4)
                if item.vague:
                    self._paint_hatches(painter, [item], style, ratio)
            if painter.opacity() < 1.0:  # dimmed by a search: the text stays readable (AA)
                painter.setOpacity(1.0)
                painter.setPen(dim_text_color(text_color, self.palette().base().color()))
            else:
                painter.setPen(text_color)
            if ratio is not None and not item.label_inside:  # where its chip puts it
                x, y, _w, _h, tx, q = self._label_place(painter, label_rect, ratio)
                static = self._static_text(0, item.label)
                ty = self._label_text_top(static, label_rect, q, ratio, item.label)
                transform = painter.transform()
                painter.drawStaticText(QPointF((x + tx) / ratio - transform.dx(),
                                               (y + ty) / ratio - transform.dy()), static)
            else:
                self._draw_text(painter, label_rect, item.label, 0)
        painter.setOpacity(1.0)
        if self._status_marks.active:
            self._paint_status_marks(painter, items)
        painter.translate(0, -offset)

    def _paint_status_marks(self, painter: QPainter, items: list[_Item]) -> None:
        """The badges of ``items`` whose claims are disputed or denied (``ui.status_marks``),
        over their markers (called only while ``StatusMarks.active``)."""
        marked = self._status_marks.marked(items)
        if marked:
            from timeline_app.ui.status_marks import paint_marks

            paint_marks(painter, marked, self.palette().base().color(), self._label_font)

    def _paint_density(self, painter: QPainter, lane: _LaneGeometry, offset: float,
                       fill: QColor) -> bool:
        """A dense lane's bars as one image made with numpy: the pixels ``drawRects`` of
        the bars gives without antialiasing (a row is filled when its centre is inside a
        bar: from ``floor(top + 0.5)`` down), without a QRectF per bar (~270 a lane at
        1600 px, made and freed every new view, issue 11).  False (nothing drawn) when
        the bars' bottom is not on a whole pixel, the painter is not a whole-pixel
        translation or does not paint pixels (an export to SVG or PDF stays vectors):
        then ``drawRects`` draws them."""
        import numpy as np
        from PySide6.QtGui import QImage  # only for a large timeline (start-up time)

        if lane.bar_x is None or not len(lane.bar_x):
            return True
        if lane.bar_x.dtype.kind != "i" or lane.bar_x[0] < 0:
            return False  # (a pan's stretch seen from a view: a bar cut by its left edge)
        bottom = lane.bar_base + offset
        transform = painter.transform()
        if (painter.paintEngine().type() != QPaintEngine.Type.Raster  # SVG, PDF: vectors
                or painter.device().devicePixelRatioF() != 1.0  # rows round per device px
                or bottom != round(bottom) or (not transform.isIdentity() and transform.type()
                != transform.TransformationType.TxTranslate)
                or transform.dx() != round(transform.dx())
                or transform.dy() != round(transform.dy())):
            return False
        pixel = self._premultiplied(fill)  # as Qt premultiplies a brush's colour
        height = int(lane.height) - LANE_HEADER
        top = int(bottom) - height
        # Only the rows the painter's clip lets through: a band of a picture painted in
        # slices made the image of a lane across two bands whole in each (issue 11).
        first, last = 0, height
        if painter.hasClipping():
            clip = painter.clipBoundingRect()
            first = max(0, math.floor(clip.top()) - top)
            last = min(height, math.ceil(clip.bottom()) - top)
            if last <= first:
                return True
        bar_w = DENSITY_BIN_PX - 1
        width = int(lane.bar_x[-1]) + bar_w
        # Per pixel column, the first row its bar fills (``height``: no bar), 16-bit ...
        # The bars stand DENSITY_BIN_PX apart from the first's column ``phase`` on (bins
        # of the view; shifted by whole pixels in a pan's stretch): the columns as rows
        # of a bin each, its bar's first row written into its first ``bar_w`` (one
        # assignment, where a column index per pixel and a repeat were 5 numpy calls of
        # fresh arrays a lane, issue 11, session 14).
        phase = int(lane.bar_x[0]) % DENSITY_BIN_PX
        bins = (width - phase + DENSITY_BIN_PX - 1) // DENSITY_BIN_PX
        first_rows = np.full(phase + bins * DENSITY_BIN_PX, height, dtype=np.int16)
        by_bin = first_rows[phase:].reshape(bins, DENSITY_BIN_PX)
        bin_of = (lane.bar_x - phase) // DENSITY_BIN_PX
        if (bin_of * DENSITY_BIN_PX + phase != lane.bar_x).any():
            return False  # (never: bars off the bins' columns are drawn by drawRects)
        by_bin[bin_of, :bar_w] = (np.floor(bottom - lane.bar_h + 0.5) - top).astype(
            np.int16)[:, None]
        # ... and every pixel filled whose row is at or below its column's first: one
        # broadcast comparison of 16-bit rows (rows and levels fit: a lane is at most
        # MAX_DENSITY_HEIGHT tall) times the pixel.  A gather of columns from a template
        # of every bar height (``np.take`` along the rows' axis) was 4x slower: 0.85 ms
        # of a drag's frame at 1600x900 for five dense lanes (issue 11).
        image, filled = self._density_image(last - first, width)
        np.greater_equal(self._density_rows(height)[first:last], first_rows[:width],
                         out=filled)
        np.multiply(filled, np.uint32(pixel), out=image, dtype=np.uint32)
        picture = QImage(image.data, width, last - first, width * 4,
                         QImage.Format.Format_ARGB32_Premultiplied)
        # (a copy: the arrays may be reused)
        painter.drawImage(QPointF(0, top + first), picture)
        return True

    def _density_image(self, height: int, width: int) -> tuple[Any, Any]:
        """``height`` x ``width`` arrays for a dense lane's image: its 32-bit pixels and
        which are filled (bools), their contents undefined, in buffers the view keeps:
        the image is drawn at once (``drawImage`` copies it), so they are free for the
        next lane.  An array of 1 MiB or more (a lane's pixels 149 px tall at 2560 px:
        1.5 MB) is mapped fresh by malloc after a large load (``io.native``'s
        ``M_MMAP_THRESHOLD``; glibc then gives the heap's top back past 128 KiB too),
        its pages faulted in and zeroed by the kernel each time: such arrays were
        1.1-1.9 ms of the GUI thread's CPU a dense lane of a new view at 2560x1440
        (100 000 events, issue 11, session 13), where the arithmetic and the copy take
        ~0.3 ms."""
        import numpy as np

        size = height * width
        buffers = self._density_buffers
        if buffers is None or len(buffers[0]) < size:
            # (room for the tallest lane across the view: the lanes' widths vary)
            room = max(size, MAX_DENSITY_HEIGHT * (self.viewport().width() + DENSITY_BIN_PX))
            buffers = self._density_buffers = (np.empty(room, dtype=np.uint32),
                                               np.empty(room, dtype=np.bool_))
        return (buffers[0][:size].reshape(height, width),
                buffers[1][:size].reshape(height, width))

    def _density_rows(self, height: int) -> Any:
        """The row numbers ``0 .. height - 1`` of a dense lane's image as a 16-bit
        column (``height`` x 1), made once per height."""
        rows = self._density_row_numbers.get(height)
        if rows is None:
            import numpy as np

            rows = self._density_row_numbers[height] = np.arange(
                height, dtype=np.int16)[:, None]
        return rows

    def _paint_plain_items(self, painter: QPainter, items: list[_Item], band: QColor,
                           color: QColor, span_fill: QColor, pens: dict[tuple[bool, bool], QPen],
                           text_color: QColor, ratio: float | None,
                           style: _LaneStyle | None = None) -> None:
        """``_paint_items`` of items none of which is selected, hovered, dragged or under
        a search (the frame picture, every new view): the same pixels in a few calls.
        ``style``: the lane's (``_lane_style(color)`` by default).

        Items of a lane never overlap (packing keeps ``ITEM_GAP`` between them and
        ``ROW_HEIGHT`` between rows), so drawing every label's background, then every
        marker, then every label gives what drawing them item by item gives; the
        backgrounds are one call, and pens and brushes are set once a kind, not once an
        item (issue 11: a new view at 100 000 events drew ~80 items with ~8 Qt calls
        each).
        """
        # The items by kind, in one pass (each list in the lane's order): labels outside
        # or inside their markers, spans (solid or circa) and days.
        outside: list[_Item] = []
        solids: list[_Item] = []
        vagues: list[_Item] = []  # imprecise dates' bars, not circa: hatched inside
        circas: list[_Item] = []
        days: list[_Item] = []
        inside: list[_Item] = []
        for item in items:
            if item.label_inside:
                inside.append(item)
            elif item.label:  # (a title with no room at an edge: no box, ``_at_the_edges``)
                outside.append(item)
            if item.is_point:
                days.append(item)
            elif item.circa:
                circas.append(item)
            else:
                solids.append(item)
                if item.vague:
                    vagues.append(item)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(band)
        if ratio is not None:
            # Labels outside their markers: their boxes with their titles, copied from
            # chips (``_paint_chips``), where the boxes were drawn.
            self._paint_chips(painter, outside, band, text_color, ratio)
        elif outside:  # grid lines never strike through a label
            painter.drawRects([_label_background(item.label_rect) for item in outside])
        # Markers by kind, each pen and brush set once.  (Not one path a kind: a path
        # across the lane rasterises its whole extent, 1.5x slower than one call each.)
        # Items never overlap, so drawing the solid spans before the circa ones changes
        # no pixel.
        solid, dashed = pens[False, False], pens[False, True]
        if solids or circas:
            # Opaque, so that grid lines and the article line never show through.
            painter.setBrush(span_fill)
            painter.setPen(solid)
            pen: QPen | None = solid
            # Solid markers from pre-rendered ends (``RoundedPieces``; ``_paint_items``
            # draws a marker so too: keep alike), all with one call; those it leaves
            # (too short for pieces) are drawn below.  (An imprecise date's bar too: its
            # stripes are laid inside its rim after, ``_paint_hatches``.)
            rounded = self._rounded.style(solid, span_fill, 4, SPAN_HEIGHT, ratio)
            rest: list[QRectF] = [item.marker for item in solids]
            if rounded is not None and rest:
                transform = painter.transform()
                rest = self._rounded.draw_all(painter, rest, rounded, transform.dx(),
                                              transform.dy())
            for marker in rest:
                painter.drawRoundedRect(marker, 4, 4)
            # A circa span's dashed outline costs ~1.3 us a pixel on screen however
            # little of it the clip lets through (Qt strokes and fills every dash): one
            # wholly outside the clip (a band of a picture painted in slices, rows
            # scrolled away) is not drawn, which changes no pixel (issue 11).
            clip = (painter.clipBoundingRect() if circas and painter.hasClipping()
                    else None)
            across = clip is not None and ratio is not None and _tiles_dashes(painter, ratio)
            for item in circas:
                if clip is not None:
                    if not item.marker.adjusted(-2, -2, 2, 2).intersects(clip):
                        continue
                    if across and (self._paint_circa_across(painter, item.marker, dashed,
                                                            clip, ratio or 1.0)
                                   or self._paint_circa_ends(painter, item.marker, dashed,
                                                             clip, ratio or 1.0)):
                        pen = None  # the pen was set aside for the fill
                        continue
                if pen is not dashed:
                    painter.setPen(dashed)
                    pen = dashed
                painter.drawRoundedRect(item.marker, 4, 4)
            if vagues or circas:  # the stripes of imprecise dates' bars, inside their rim
                hatched = vagues + [item for item in circas if item.vague] if circas else vagues
                if hatched:
                    self._paint_hatches(painter, hatched,
                                        style or self._lane_style(color), ratio)
        if ratio is not None:
            # Diamonds copied (``_draw_diamond``), its arithmetic inlined: the pixmaps
            # looked up once a lane, as few calls into Qt an item as drawing the polygon.
            transform = painter.transform()
            dx, dy = transform.dx(), transform.dy()
            whole = ratio == 1 and dx == int(dx) and dy == int(dy)
            plain = circa = None
            draw = painter.drawPixmap
            for item in days:
                if item.circa:  # a circa day: pale, as a circa span (see _paint_items)
                    if circa is None:
                        circa = self._diamond_pixmap(dashed, span_fill, ratio)
                    pixmap = circa
                else:
                    if plain is None:
                        plain = self._diamond_pixmap(solid, color, ratio)
                    pixmap = plain
                # 12 x 12 around the diamond's centre (its corner read in one call)
                mx, my, _mw, _mh = item.marker.getRect()
                if whole:  # (whole pixels: the int overload, no QPointF made)
                    draw(round(mx + 6 + dx) - int(dx) - _DIAMOND_HALF,
                         round(my + 6 + dy) - int(dy) - _DIAMOND_HALF, pixmap)
                    continue
                draw(QPointF(round((mx + 6 + dx) * ratio) / ratio - dx - _DIAMOND_HALF,
                             round((my + 6 + dy) * ratio) / ratio - dy - _DIAMOND_HALF),
                     pixmap)
        elif days:
            painter.setBrush(color)
            painter.setPen(solid)
            pen = solid
            for item in days:
                wanted = dashed if item.circa else solid
                if wanted is not pen:
                    painter.setPen(wanted)
                    # a circa day: pale, as a circa span (see _paint_items)
                    painter.setBrush(span_fill if item.circa else color)
                    pen = wanted
                painter.drawPolygon(_DIAMOND.translated(item.marker.center()))
        painter.setPen(text_color)
        static_text, size_of = self._static_text, self._static_sizes.get
        draw_text = painter.drawStaticText
        for item in items if ratio is None else inside:  # (the others are in chips)
            left, top, _width, height = item.label_rect.getRect()
            label = item.label
            key = (0, label)
            static = static_text(0, label)
            size = size_of(key) or self._static_size(key, static)
            draw_text(QPointF(left, top + (height - size[1]) / 2), static)

    def _paint_hatches(self, painter: QPainter, items: list[_Item], style: _LaneStyle,
                       ratio: float | None) -> None:
        """The diagonal stripes of imprecise dates' bars (``_Item.vague``: a month, a
        season or a year, one date), over their pale fill and inside their outline: a
        span (a start and an end) is filled solid, so "some day in February" no longer
        looks like "all of February" (verify29, fault 1).  One ``fillRect`` a bar with a
        brush of the lane's, its tile anchored at the bar's left edge (the same pixels
        wherever a pan puts the bar); only the part inside the painter's clip."""
        brush = None if ratio is None else style.hatches.get(ratio)
        if brush is None and ratio is not None:
            brush = style.hatches[ratio] = _hatch_brush(style.hatch_fill, style.hatch_stripe,
                                                        ratio)
        clip = painter.clipBoundingRect() if painter.hasClipping() else None
        inset = SPAN_RADIUS - 1  # clear of the rounded ends' outline
        transform = painter.transform()
        dx, dy = transform.dx(), transform.dy()
        floor, ceil = math.floor, math.ceil
        if brush is not None and ratio is not None:
            # Tiles (the screen, a picture): the same arithmetic in plain numbers, the
            # bar's inner rectangle and its cut by the clip as ``QRectF`` computes them
            # (``_rect_intersected``): five calls into PySide a bar where there were ~18
            # (~28 vague bars a 100 000-event year pan at 1600x900, issue 11).
            clipped = None if clip is None else clip.getRect()
            for item in items:
                marker_x, marker_y, marker_w, marker_h = item.marker.getRect()
                inner: tuple[float, float, float, float] | None = (
                    marker_x + inset, marker_y + 1.5, marker_w - 2 * inset, marker_h - 3)
                if clipped is not None:
                    inner = _rect_intersected(inner, clipped)  # type: ignore[arg-type]
                if inner is None or inner[2] <= 0 or inner[3] <= 0:
                    continue
                x, y, w, h = inner
                left, right = ceil((x + dx) * ratio), floor((x + w + dx) * ratio)
                top, bottom = ceil((y + dy) * ratio), floor((y + h + dy) * ratio)
                if right <= left or bottom <= top:
                    continue
                painter.setBrushOrigin(QPointF(round((marker_x + dx) * ratio) / ratio - dx,
                                               round((marker_y + dy) * ratio) / ratio - dy))
                painter.fillRect(QRectF(left / ratio - dx, top / ratio - dy,
                                        (right - left) / ratio, (bottom - top) / ratio), brush)
            painter.setBrushOrigin(QPointF(0, 0))
            return
        for item in items:
            marker = item.marker
            inner = QRectF(marker.left() + inset, marker.top() + 1.5,
                           marker.width() - 2 * inset, marker.height() - 3)
            if clip is not None:  # (the lanes' area: a month's bar at a day's zoom)
                inner = inner.intersected(clip)
            if inner.width() <= 0 or inner.height() <= 0:
                continue
            if brush is None or ratio is None:  # SVG, PDF, print: lines (a tile's
                # pixels were 4x wide in an SVG)
                self._hatch_lines(painter, inner, marker.topLeft(), style.hatch_stripe)
                continue
            # On whole device pixels, the tile from one (an opaque copy, no blending).
            left, right = ceil((inner.left() + dx) * ratio), floor((inner.right() + dx) * ratio)
            top, bottom = ceil((inner.top() + dy) * ratio), floor((inner.bottom() + dy) * ratio)
            if right <= left or bottom <= top:
                continue
            painter.setBrushOrigin(QPointF(round((marker.left() + dx) * ratio) / ratio - dx,
                                           round((marker.top() + dy) * ratio) / ratio - dy))
            painter.fillRect(QRectF(left / ratio - dx, top / ratio - dy, (right - left) / ratio,
                                    (bottom - top) / ratio), brush)
        painter.setBrushOrigin(QPointF(0, 0))

    @staticmethod
    def _hatch_lines(painter: QPainter, inner: QRectF, origin: QPointF, stripe: QColor) -> None:
        """``_hatch_brush``'s stripes across ``inner`` as vector lines (an SVG, a PDF,
        a print), ``HATCH_PERIOD`` apart along the bar from ``origin``: each cut to
        ``inner`` here (an SVG viewer ignored Qt's clip: the stripes ran out of the bar)."""
        left, top, right, bottom = inner.left(), inner.top(), inner.right(), inner.bottom()
        base = origin.x() + origin.y()  # the stripes: x + y == base + k * HATCH_PERIOD
        lines = []
        for k in range(math.floor((left + top - base) / HATCH_PERIOD),
                       math.ceil((right + bottom - base) / HATCH_PERIOD) + 1):
            c = base + k * HATCH_PERIOD
            y0, y1 = max(top, c - right), min(bottom, c - left)
            if y1 - y0 > 0.05:
                lines.append(QLineF(c - y0, y0, c - y1, y1))
        pen = QPen(stripe, HATCH_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLines(lines)

    def _paint_circa_across(self, painter: QPainter, marker: QRectF, pen: QPen,
                            clip: QRectF, ratio: float) -> bool:
        """A circa span's marker (its fill is the painter's brush, its outline ``pen``, a
        dashed pen) whose rounded ends both lie outside ``clip`` (logical coordinates),
        drawn cheaply; ``False`` (nothing drawn) for any other span.

        Inside ``clip`` such an outline is two straight dashed lines, and a dashed line's
        pixels repeat every ``DASH_TILE_PERIODS`` periods of its pattern (``6 *`` the pen's
        width: Qt's ``DashLine`` is 4 on, 2 off), a whole number of device pixels
        (``_tiles_dashes``).  So the span is filled (one call), and one such stretch of
        both lines is cut from a short copy of the span painted with the same pen at the
        same sub-pixel place (``_circa_tile``) and tiled across ``clip``: the pixels of a
        dashed ``drawRoundedRect`` painted on a device holding the whole span (a test
        compares them).  Qt dashes every pixel on screen (~1.3 us a pixel, 0.8-3 ms for
        one span across the view at 1600-2560 px: issue 11, most pans at 100 000 events
        have one); this costs ~0.1-0.2 ms.  (Qt's own drawing differs on a device that
        cuts the span's right end off: it skips the dashes outside by whole patterns
        from an approximate length, which shifts the bottom line's dashes by up to a
        pattern, and by how much depends on the device's size.)

        Spans whose straight edges hold more than 10 000 patterns are left to Qt, which
        draws those edges solid (``QDashStroker``'s repetition limit).
        """
        period = 6 * pen.widthF()
        x1, x2 = marker.left(), marker.right()
        margin = DASH_TILE_MARGIN
        tile_width = DASH_TILE_PERIODS * period * ratio
        if not (abs(tile_width - round(tile_width)) < 1e-9
                and x1 + SPAN_RADIUS + margin < clip.left()
                and x2 - SPAN_RADIUS - margin > clip.right()
                and (x2 - x1 - 2 * SPAN_RADIUS) / period < DASH_REPETITION_LIMIT):
            return False
        tile, left, top = self._circa_tile(painter, marker, pen, ratio)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(marker, SPAN_RADIUS, SPAN_RADIUS)  # the fill
        # Tiles at device x ``left + n * width`` (whole pixels) across the clip.
        device = painter.deviceTransform()
        dx, dy = device.dx(), device.dy()
        width = tile.width()
        first = left + math.floor(((clip.left() - 1) * ratio + dx - left) / width) * width
        last = math.ceil((clip.right() + 1) * ratio + dx)
        count = -(-(last - first) // width)
        painter.drawTiledPixmap(QRectF((first - dx) / ratio, (top - dy) / ratio,
                                       count * width / ratio, tile.height() / ratio),
                                QPixmap.fromImage(tile))
        return True

    def _circa_tile(self, painter: QPainter, marker: QRectF, pen: QPen, ratio: float
                    ) -> tuple[QImage, int, int]:
        """``(tile, left, top)``: ``DASH_TILE_PERIODS`` periods of the dashed top and
        bottom lines of ``marker``'s outline as ``painter`` would draw them with ``pen``
        (premultiplied ARGB, transparent elsewhere, device pixel ratio ``ratio``), to be
        drawn with its top-left corner at device pixel ``(left + n * tile.width(),
        top)`` for any whole ``n``.

        Made from a copy of the span shortened at its right end by whole periods to
        about ``DASH_TILE_PERIODS + 3`` periods: its top line's dashes start where the
        span's do, and its bottom line's are as far along the outline modulo a whole
        number of periods (the outline runs right along the top, down the right end,
        left along the bottom: cutting ``n`` periods off the right end moves a bottom
        dash ``2 n`` periods back along it), so both lines' dashes fall where the
        span's do.  It is painted at the same fraction of a device pixel, so the pixels
        are the same."""
        period = 6 * pen.widthF()
        tile_width = round(DASH_TILE_PERIODS * period * ratio)
        least = DASH_TILE_PERIODS * period + 2 * (SPAN_RADIUS + DASH_TILE_MARGIN)
        cut = math.floor((marker.width() - least) / period) * period
        scratch, sx, sy = self._circa_short(painter, marker, pen, ratio, cut)
        x1 = marker.left() * ratio + painter.deviceTransform().dx()
        start = math.ceil(x1 - sx + (SPAN_RADIUS + DASH_TILE_MARGIN) * ratio)
        tile = scratch.copy(start, 0, tile_width, scratch.height())
        tile.setDevicePixelRatio(ratio)
        return tile, start + sx, sy

    def _circa_short(self, painter: QPainter, marker: QRectF, pen: QPen, ratio: float,
                     cut: float) -> tuple[QImage, int, int]:
        """``(scratch, sx, sy)``: the dashed outline (``pen``, no fill) of ``marker``
        shortened at its right end by ``cut`` logical px, painted as ``painter`` (device
        pixel ratio ``ratio``) would paint it, at the same fraction of a device pixel,
        on a transparent premultiplied ARGB image whose pixel ``(0, 0)`` is the
        painter's device pixel ``(sx, sy)`` (4 pixels of room around the outline)."""
        from PySide6.QtGui import QImage  # not needed by the first paint (start-up time)

        short = QRectF(marker.left(), marker.top(), marker.width() - cut, marker.height())
        device = painter.deviceTransform()
        dx, dy = device.dx(), device.dy()
        x1, y1 = marker.left() * ratio + dx, marker.top() * ratio + dy
        pad = 4
        sx, sy = math.floor(x1) - pad, math.floor(y1) - pad
        width = math.ceil(short.width() * ratio) + 3 * pad
        height = math.ceil(short.height() * ratio) + 3 * pad
        scratch = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        scratch.setDevicePixelRatio(ratio)
        scratch.fill(0)
        canvas = QPainter(scratch)
        canvas.setRenderHint(QPainter.RenderHint.Antialiasing)
        canvas.translate((dx - sx) / ratio, (dy - sy) / ratio)
        canvas.setPen(pen)
        canvas.setBrush(Qt.BrushStyle.NoBrush)
        canvas.drawRoundedRect(short, SPAN_RADIUS, SPAN_RADIUS)
        canvas.end()
        return scratch, sx, sy

    def _paint_circa_ends(self, painter: QPainter, marker: QRectF, pen: QPen,
                          clip: QRectF, ratio: float) -> bool:
        """A circa span's marker (its fill is the painter's brush, its outline ``pen``, a
        dashed pen) whose right end lies on the painter's device (an image), with its
        straight edges longer than ``DASH_TILE_PERIODS`` periods of the dashes and a few
        pixels, drawn from a short copy; ``False`` (nothing drawn) for any other span.
        ``clip``: the painter's clip (logical coordinates), where the middle is drawn.

        The short copy is the span shortened at its right end by whole stretches of
        ``DASH_TILE_PERIODS`` periods (a whole number of device pixels, ``_tiles_dashes``),
        its outline painted alone at the same fraction of a device pixel
        (``_circa_short``).  Every point of the outline is then as far along it, modulo
        a whole number of periods, as the span's point it stands for (the cut is whole
        periods: ``_circa_tile``), so the copy's left end is the span's left end in
        place, its right end the span's right end moved left by the cut, and between
        them both straight lines repeat every stretch (``_paint_circa_across``'s tile).
        The span is filled (one call), then its outline drawn as the copy's left part,
        the tile across the middle and the copy's right part moved by the cut: each
        outline pixel composed once over the fill, as Qt's own stroke composes it, so
        the pixels are those of ``drawRoundedRect`` with the pen (a test compares them).

        That is Qt's outline as on a device holding the whole span, which Qt draws on a
        device holding the span's right end and its top and bottom edges, whether or not
        it holds the left end (measured: 300 of 300 spans cut by the device's left edge,
        ratios 1 and 2; a span cut by the right edge has its dashes placed otherwise:
        ``_paint_circa_across``), so only such spans are drawn so.  Only for an
        antialiased painter composing over at full opacity and a pen wider than a device
        pixel (the lanes' circa pen is 1.2 px; a thinner one is Qt's cosmetic stroker's,
        whose dashes differ at the ends).  Qt's dashing costs ~1.3 us a pixel of outline
        (~0.4 ms a 211 px span, a month at a year's zoom; 2-3 such spans a 2560x1440
        pan at 100 000 events, issue 11); the short copy's is that of ~60-100 px
        whatever the span's length.
        """
        from PySide6.QtGui import QImage  # not needed by the first paint (start-up time)

        over = QPainter.CompositionMode.CompositionMode_SourceOver
        if (not painter.testRenderHint(QPainter.RenderHint.Antialiasing)
                or painter.opacity() != 1.0 or painter.compositionMode() != over
                or pen.isCosmetic() or pen.widthF() * ratio <= 1):
            return False
        period = 6 * pen.widthF()
        stretch = DASH_TILE_PERIODS * period
        tile_width = stretch * ratio
        reach = SPAN_RADIUS + DASH_TILE_MARGIN
        least = stretch + 2 * reach
        cut = math.floor((marker.width() - least) / stretch) * stretch
        if not (abs(tile_width - round(tile_width)) < 1e-9 and cut > 0
                and (marker.width() - 2 * SPAN_RADIUS) / period < DASH_REPETITION_LIMIT):
            return False
        engine = painter.paintEngine()
        device_image = None if engine is None else engine.paintDevice()
        if not isinstance(device_image, QImage):
            return False
        device = painter.deviceTransform()
        dx, dy = device.dx(), device.dy()
        room = pen.widthF() * ratio + 4  # (the pen's reach, and some)
        if not (marker.top() * ratio + dy >= room
                and marker.bottom() * ratio + dy <= device_image.height() - room
                and room <= marker.right() * ratio + dx <= device_image.width() - room):
            return False
        shift = round(cut * ratio)  # (whole stretches: whole device pixels)
        scratch, sx, sy = self._circa_short(painter, marker, pen, ratio, cut)
        # Scratch columns: the left end lies left of ``start``, the copy's right end
        # right of ``end``; the tile is the ``tile_width`` columns from ``start``.
        start = math.ceil(marker.left() * ratio + dx - sx + reach * ratio)
        end = math.floor(marker.right() * ratio + dx - shift - sx - reach * ratio)
        width, height = scratch.width(), scratch.height()
        tile = scratch.copy(start, 0, round(tile_width), height)
        left = scratch.copy(0, 0, start, height)
        right = scratch.copy(end, 0, width - end, height)
        for image in (tile, left, right):
            image.setDevicePixelRatio(ratio)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(marker, SPAN_RADIUS, SPAN_RADIUS)  # the fill
        top = (sy - dy) / ratio
        painter.drawImage(QPointF((sx - dx) / ratio, top), left)
        # Tiles at device x ``sx + start + n * tile_width`` from the clip's left on (a
        # span cut by the left edge may begin tens of thousands of pixels off it).
        first = sx + start
        step = round(tile_width)
        first += max(0, math.floor(((clip.left() - 1) * ratio + dx - first) / step)) * step
        if sx + shift + end > first:
            painter.drawTiledPixmap(QRectF((first - dx) / ratio, top,
                                           (sx + shift + end - first) / ratio, height / ratio),
                                    QPixmap.fromImage(tile))
        painter.drawImage(QPointF((sx + shift + end - dx) / ratio, top), right)
        return True

    def _label_place(self, painter: QPainter, rect: QRectF, ratio: float
                     ) -> tuple[int, int, int, int, int, int]:
        """Where a label outside its marker (``rect``: its ``label_rect``) is drawn on a
        raster painter of whole device pixel ratio ``ratio`` through a translation:
        ``(x, y, width, height, tx, q)``, its box (``_label_background``) at device
        pixel ``(x, y)``, ``width`` x ``height`` pixels; its text ``tx`` device pixels
        right of the box's left edge (the device pixel nearest ``rect``'s left: a label
        moves by under half a device pixel), ``rect``'s top ``q``/64 device pixels below
        the box's top.  ``_paint_chips`` inlines it; ``_paint_items`` places a label so
        too, so that it never moves when highlighted."""
        transform = painter.transform()
        dx, dy = transform.dx(), transform.dy()
        left, top, width, height = rect.getRect()
        middle = top + height / 2
        box_left, box_top = math.floor(left - 2), math.floor(middle - LABEL_BACKGROUND_HALF)
        x, y = round((box_left + dx) * ratio), round((box_top + dy) * ratio)
        return (x, y, math.ceil(left + width + 2) - box_left,
                math.ceil(middle + LABEL_BACKGROUND_HALF) - box_top,
                round((left + dx) * ratio) - x, round(((top + dy) * ratio - y) * 64))

    def _label_text_top(self, static: QStaticText, rect: QRectF, q: int, ratio: float,
                        text: str | None = None) -> float:
        """Device pixels from a label's box's top to its text's top, to 1/64: the text
        centred in ``rect`` (``_draw_text``), whose top is ``q``/64 device pixels below
        the box's (``_label_place``).  ``text``: ``static``'s, when it is the label
        font's ``_static_text(0, text)`` (its height then read from ``_static_sizes``)."""
        height = (static.size().height() if text is None else
                  (self._static_sizes.get((0, text)) or self._static_size((0, text), static))[1])
        return (q + round((rect.height() - height) / 2 * ratio * 64)) / 64

    def _paint_chips(self, painter: QPainter, items: list[_Item], band: QColor,
                     text_color: QColor, ratio: float) -> None:
        """The boxes and titles of ``items`` (labels outside their markers): the pixels
        of filling each box (``_label_background``) with ``band`` and drawing its title
        in ``text_color`` where ``_label_place`` puts it, copied from ``_label_chips``
        at whole device pixels when the same chip was asked for before.

        A drag's move or a pan shows mostly the titles of the frame before, at the same
        place to the device pixel: copying an opaque chip skips shaping and blending
        glyphs (issue 11, 1600x900, 76 labels: 7.7 us a label drawn, 2.7 copied; at 2x
        17 and 7).  Making a chip costs ~24 us, so a label seen for the first time (a
        zoom notch's new view, a pan into new territory) is drawn, and its chip made
        when it is seen again (``LabelChips.chip_if_seen``)."""
        if not items:
            return
        chips = self._label_chips
        font = self._label_font
        chips.use((self.palette().cacheKey(), font.key(), ratio), ratio)
        colours = band.rgba(), text_color.rgba()  # a lane's band: one of two
        transform = painter.transform()
        dx, dy = transform.dx(), transform.dy()
        half = LABEL_BACKGROUND_HALF
        floor, ceil = math.floor, math.ceil
        hit = chips.get
        draw = painter.drawImage
        whole = ratio == 1 and dx == int(dx) and dy == int(dy)
        boxes: list[QRectF] = []
        texts: list[tuple[QPointF, QStaticText]] = []
        plain_texts: list[tuple[QPointF, str]] = []
        firsts: list[tuple[Hashable, int, int, int, int]] = []
        # (a title in the label font's own glyphs: its line's height and ascent)
        plain_height, ascent, _has_ellipsis = (self._plain_title_metrics() if whole
                                               else (0.0, 0.0, False))
        statics = self._static_texts
        for item in items:
            rect = item.label_rect
            left, top, width, height = rect.getRect()
            middle = top + height / 2
            box_left, box_top = floor(left - 2), floor(middle - half)
            x, y = round((box_left + dx) * ratio), round((box_top + dy) * ratio)
            key = (item.label, ceil(left + width + 2) - box_left, ceil(middle + half) - box_top,
                   round((left + dx) * ratio) - x, round(((top + dy) * ratio - y) * 64),
                   colours)
            chip = hit(key)
            if chip is None:
                label, box_w, box_h, tx, q, _colours = key
                if (whole and (0, label) not in statics and self._plain_title(label)
                        and not chips.wants_chip(key)):
                    # A text never laid out, seen for the first time and drawn so: by
                    # ``drawText`` at its baseline, not laid out as a QStaticText first
                    # (shaped once, not twice: the same pixels at one device pixel a
                    # pixel, a test holds); its chip is copied from the device below.
                    # (A text laid out before, in another box, is drawn from its layout.)
                    ty = (q + round((height - plain_height) / 2 * 64)) / 64  # (as
                    # ``_label_text_top`` at ratio 1)
                    boxes.append(QRectF(x - dx, y - dy, box_w, box_h))
                    plain_texts.append((QPointF(x + tx - dx, y + ty + ascent - dy), label))
                    firsts.append((key, x, y, box_w, box_h))
                    continue
                static = self._static_text(0, label)
                ty = self._label_text_top(static, rect, q, ratio, label)
                chip = chips.chip_if_seen(static, font, text_color, band,
                                          (box_w * int(ratio), box_h * int(ratio)), (tx, ty),
                                          ratio, key)
                if chip is None:  # first seen: drawn as its chip would be, below
                    boxes.append(QRectF(x / ratio - dx, y / ratio - dy, box_w, box_h))
                    texts.append((QPointF((x + tx) / ratio - dx, (y + ty) / ratio - dy),
                                  static))
                    if whole:
                        firsts.append((key, x, y, box_w, box_h))
                    continue
            if whole:
                draw(int(x - dx), int(y - dy), chip)
            else:
                draw(QPointF(x / ratio - dx, y / ratio - dy), chip)
        if boxes:  # (labels never overlap: the order among them changes no pixel)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(band)
            painter.drawRects(boxes)
            painter.setPen(text_color)
            for point, static in texts:
                painter.drawStaticText(point, static)
            draw_text = painter.drawText
            for point, label in plain_texts:
                draw_text(point, label)
            painter.setPen(Qt.PenStyle.NoPen)
            if firsts:
                self._keep_drawn_chips(painter, firsts, dx, dy)

    def _plain_title(self, label: str) -> bool:
        """Whether ``label`` is drawn in the label font's own glyphs alone, with nothing
        a line lays out apart (printable ASCII, perhaps ending in an "…" the font has):
        then ``drawText`` at its baseline gives the pixels of its ``QStaticText`` drawn at
        its top, at one device pixel a pixel (the same shaping, the same line: 5 500 of
        5 500 titles of the bench file, whole and cut, at 1/64 px steps; issue 11,
        session 28: tests/ui/test_view_plain_titles.py)."""
        if label.isascii():
            return label.isprintable()
        return (label[-1] == ELLIPSIS and label[:-1].isascii() and label[:-1].isprintable()
                and self._plain_title_metrics()[2])

    def _plain_title_metrics(self) -> tuple[float, float, bool]:
        """A plain title's (``_plain_title``) line: its height as its ``QStaticText``
        says (``_label_text_top``), the label font's ascent (its baseline below its
        top), and whether the font has "…" itself; once per font."""
        font = self._label_font
        known = self._plain_metrics
        if known is None or known[0] != font.key():
            probe = QStaticText("Ag")
            probe.setTextFormat(Qt.TextFormat.PlainText)
            probe.prepare(font=font)
            metrics = QFontMetricsF(font)
            known = self._plain_metrics = (font.key(), probe.size().height(),
                                           metrics.ascent(), metrics.inFontUcs4(ord(ELLIPSIS)))
        return known[1], known[2], known[3]

    def _keep_drawn_chips(self, painter: QPainter, drawn: list[tuple[Hashable, int, int,
                                                                       int, int]],
                          dx: float, dy: float) -> None:
        """Keep as chips the labels ``_paint_chips`` just drew at one device pixel a
        pixel through the whole translation ``(dx, dy)``: ``(key, x, y, width,
        height)``, each box at device pixel ``(x, y)`` of the painter's coordinates,
        copied from the painter's device where the device holds its pixels (an image,
        the backing store of the window) and both clips leave the box whole.

        Its pixels are the chip's (its box filled with the band, its title drawn in it
        at the same fraction of a pixel; a title's glyphs stay ~2 px inside its box and
        ``ITEM_GAP`` apart from the next), so a title seen again is copied without
        being drawn a second time into a chip of its own: a chip made costs a painter
        and the title's glyphs blended again (~150 k instructions, ~23 a cold pan at
        2560x1440 and 100 000 events, a year), a copy of the box a small fraction of
        it (issue 11)."""
        from PySide6.QtGui import QImage  # not needed by the first paint (start-up)

        engine = painter.paintEngine()
        if engine is None or engine.type() != QPaintEngine.Type.Raster:
            return
        device = engine.paintDevice()
        if not isinstance(device, QImage) or device.devicePixelRatio() != 1.0:
            return
        where = painter.deviceTransform()
        if where.isScaling() or where.isRotating():
            return
        ox, oy = where.dx() - dx, where.dy() - dy  # the painter's device px -> the device's
        if ox != int(ox) or oy != int(oy):
            return
        ox, oy = int(ox), int(oy)
        bounds = QRect(0, 0, device.width(), device.height())
        system = engine.systemClip()  # (in the device's pixels; none: the whole device)
        if not system.isEmpty():
            if system.rectCount() != 1:
                return
            bounds = bounds.intersected(system.boundingRect())
        if painter.hasClipping():
            clip = painter.clipRegion()  # (in the painter's logical coordinates)
            if clip.rectCount() != 1:
                return
            # (a pixel in from its edges: a clip set at a fraction of a pixel)
            area = clip.boundingRect().adjusted(1, 1, -1, -1)
            bounds = bounds.intersected(area.translated(int(dx) + ox, int(dy) + oy))
        if device.format() not in (QImage.Format.Format_ARGB32_Premultiplied,
                                   QImage.Format.Format_RGB32):
            return
        # (An opaque RGB32 copy, the window's backing store's, as it is: drawn, it gives
        # the pixels of the premultiplied chip, and onto RGB32 it is a plain copy.)
        keep = self._label_chips.keep
        copy = device.copy
        # (the bounds as numbers: two calls into PySide a chip fewer)
        left, top, right, bottom = (bounds.left(), bounds.top(), bounds.right(),
                                    bounds.bottom())
        for key, x, y, width, height in drawn:
            x, y = x + ox, y + oy
            if left <= x and top <= y and x + width - 1 <= right and y + height - 1 <= bottom:
                keep(key, copy(x, y, width, height))

    # ------------------------------------------------------------------ overview strip
    def _strip(self) -> StripMap:
        """The whole data (with a "Go to date" beyond it) across the strip."""
        first, last = self._data_units()
        margin = max(1.0, (last - first) * 0.02)
        width = max(1, self.viewport().width())
        return StripMap(first - margin, last + margin, 4.0, max(1.0, width - 8.0))

    def _overview_counts(self, strip: StripMap) -> list[int]:
        """Event starts per column of the strip, cached until the data, breaks or width
        change: a frame never counts the whole timeline again."""
        key = (strip, len(self._all_starts))
        if self._overview_cache is None or self._overview_cache[0] != key:
            bins = max(1, int(strip.width / OVERVIEW_BIN_PX))
            self._overview_cache = (key, density(self._all_starts, self._scale, strip, bins))
            self._overview_version += 1
        return self._overview_cache[1]

    def _draw_overview_bars(self, strip: StripMap, counts: list[int], width: int) -> QPixmap:
        palette = self.palette()
        ratio = self.devicePixelRatioF()
        picture = QPixmap(max(1, round(width * ratio)), round(OVERVIEW_HEIGHT * ratio))
        picture.setDevicePixelRatio(ratio)
        picture.fill(_blend(palette.text().color(), palette.window().color(), 0.06))
        peak = max(counts, default=0)
        if peak:
            painter = QPainter(picture)
            try:
                bars = QColor(palette.text().color())
                bars.setAlpha(120)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(bars)
                bottom = OVERVIEW_HEIGHT - 3
                scale = (OVERVIEW_HEIGHT - 7) / math.log1p(peak)
                step = strip.width / len(counts)
                painter.drawRects([
                    QRectF(strip.left + i * step, bottom - max(2.0, math.log1p(n) * scale),
                           max(1.0, step - 0.5), max(2.0, math.log1p(n) * scale))
                    for i, n in enumerate(counts) if n])
            finally:
                painter.end()
        return picture

    def _strip_window(self, strip: StripMap) -> tuple[float, float]:
        return strip.window(self._origin, self._origin + self._view_units())

    #: False while a picture or a print is rendered: the strip is a screen control
    #: (``export_picture._render``).
    paints_overview = True
    #: True while a picture or a print is rendered (``export_picture.as_picture``): no
    #: selection, hover or overview strip, and never the screen's cached frame.
    paints_picture = False

    def _paint_overview(self, painter: QPainter, width: int) -> None:
        if not self.paints_overview or self.paints_picture:
            return
        palette = self.palette()
        area = QRectF(0, AXIS_HEIGHT, width, OVERVIEW_HEIGHT)
        strip = self._strip()
        counts = self._overview_counts(strip)
        # The bars change only with the data, the breaks or the width: drawn once into a
        # picture, so a frame costs one copy whatever the number of columns.
        key = (self._overview_version, width, palette.cacheKey(), self.devicePixelRatioF())
        if self._overview_picture is None or self._overview_picture[0] != key:
            self._overview_picture = (key, self._draw_overview_bars(strip, counts, width))
        painter.drawPixmap(area.topLeft(), self._overview_picture[1])
        edge = QColor(palette.text().color())
        edge.setAlpha(110)
        painter.setPen(QPen(edge, 1))
        for brk in self._scale.breaks:  # where the breaks are, as in the axis
            x = strip.x_of_u(self._scale.u_of_day((brk.first_day + brk.last_day) / 2))
            painter.drawText(QRectF(x - 6, AXIS_HEIGHT, 12, OVERVIEW_HEIGHT),
                             Qt.AlignmentFlag.AlignCenter, "≈")
        x0, x1 = self._strip_window(strip)
        window = QRectF(x0, AXIS_HEIGHT + 1.5, x1 - x0, OVERVIEW_HEIGHT - 3)
        highlight = QColor(palette.highlight().color())
        strip_fill = _blend(palette.text().color(), palette.window().color(), 0.06)
        painter.setPen(QPen(visible_edge(highlight, strip_fill, palette.text().color()), 1.5))
        highlight.setAlpha(50)
        painter.setBrush(highlight)
        painter.drawRect(window)
        # One row of pixels: what an antialiased 1-px line through its middle gives, at a
        # tenth of the cost (4 % of a frame's instructions, measured with callgrind).
        painter.fillRect(QRect(0, LANES_TOP - 1, width, 1), palette.text().color())

    def _strip_press(self, x: float) -> None:
        strip = self._strip()
        window = self._strip_window(strip)
        mode = press_mode(x, window)
        if mode == "jump":  # centre the window there, then drag it from there
            self._set_origin(strip.u_at(x) - self._view_units() / 2)
            mode = "move"
        self._strip_drag = (mode, x, self._origin, self._origin,
                            self._origin + self._view_units())

    def _strip_move(self, x: float) -> None:
        assert self._strip_drag is not None
        mode, press_x, origin, first_u, last_u = self._strip_drag
        strip = self._strip()
        if mode == "move":
            units_per_px = (strip.last_u - strip.first_u) / strip.width
            self._set_origin(origin + (x - press_x) * units_per_px)
            return
        width = max(1, self.viewport().width())
        u = strip.u_at(x)
        if mode == "left":
            first_u = min(u, last_u - MIN_DAYS_SHOWN)
        else:
            last_u = max(u, first_u + MIN_DAYS_SHOWN)
        self._set_scale(width / (last_u - first_u))
        self._set_origin(last_u - self._view_units() if mode == "left" else first_u)

    def _strip_cursor(self, x: float) -> Qt.CursorShape:
        mode = press_mode(x, self._strip_window(self._strip()))
        if mode in ("left", "right"):
            return Qt.CursorShape.SizeHorCursor
        shapes = Qt.CursorShape
        return shapes.OpenHandCursor if mode == "move" else shapes.PointingHandCursor

    # ------------------------------------------------------------------ breaks as drawn
    def _break_at(self, x: float) -> Break | None:
        """The collapsed break whose band is under ``x``, if any."""
        day = self.day_at(x)
        for brk in self._scale.breaks:
            if brk.first_day <= day < brk.last_day:
                return brk
        return None

    def _lane_rounded(self, style: _LaneStyle, indicator: bool, height: float,
                      ratio: float | None) -> RoundedStyle | None:
        """``self._rounded.style(...)`` of a lane's "+N" badges (radius 8) or "◀ N"
        indicators (radius 7), ``height`` logical px tall at ``ratio``: remembered for
        the lane's ``_LaneStyle`` (its pens and fills are never changed once made), as
        asking ``RoundedPieces.style`` reads the pen's width, style and colour through
        Qt each time (~26 k instructions, twice a lane and frame; issue 11, session 16).
        The same object as ``RoundedPieces.style`` returns."""
        key = (id(style), indicator, height, ratio)
        known = self._lane_roundeds.get(key)
        if known is None or known[0] is not style:  # (the style kept: its id not reused)
            if len(self._lane_roundeds) >= 512:  # palettes come and go
                self._lane_roundeds.clear()
            pen, fill, radius = ((style.indicator_pen, style.indicator_fill, 7) if indicator
                                 else (style.badge_pen, style.badge_fill, 8))
            known = self._lane_roundeds[key] = (
                style, self._rounded.style(pen, fill, radius, height, ratio))
        return known[1]

    def _paint_indicators(self, painter: QPainter, lane: _LaneGeometry, offset: float,
                          color: QColor, style: _LaneStyle | None = None,
                          text_color: QColor | None = None) -> None:
        """A lane's "◀ N" / "N ▶" boxes; ``style`` and ``text_color``: the lane's
        ``_lane_style`` and the palette's text colour when the caller has them (the
        header asks for both anyway: a palette's copy and look-ups, ~5 us a lane)."""
        painter.setFont(self._small_font)
        texts = (f"◀ {lane.hidden[0]:,}", f"{lane.hidden[1]:,} ▶")
        if style is None:
            style = self._lane_style(color)
        if text_color is None:
            text_color = self.palette().text().color()
        rounded = None
        for rect, text in zip(lane.indicator_rects, texts, strict=True):
            if rect.isNull():
                continue
            box = rect.translated(0, offset)
            if rounded is None:  # (from pre-rendered ends: ``RoundedPieces``)
                rounded = self._lane_rounded(style, True, box.height(),
                                             self._snapped_ratio(painter))
            if (rounded is not None and rounded.ratio == 1 and self._batched
                    and self._copy_indicator(painter, box, text, rounded, text_color)):
                continue
            painter.setPen(style.indicator_pen)
            painter.setBrush(style.indicator_fill)
            self._rounded.draw_or_path(painter, box, rounded, 7)
            painter.setPen(text_color)
            self._draw_small_centred(painter, box, text)

    def _copy_indicator(self, painter: QPainter, box: QRectF, text: str,
                        rounded: RoundedStyle, text_color: QColor) -> bool:
        """A "◀ N" / "N ▶" box (``box``: the painter's coordinates) and its text copied
        as one image, when the same box and text at the same fraction of a pixel were
        asked for before; False (nothing drawn: the caller draws it) otherwise, or when
        the painter is not a translation by whole pixels.

        The image is the box's pieces (``RoundedPieces``, premultiplied, side by side)
        drawn into a transparent image at the same device pixel phases, then its text
        over them: laid over the view, each pixel the text leaves is the piece's own
        pixel laid over the view, as the pieces are drawn; each pixel the text touches
        must lie in the box's opaque fill (checked when the image is made, ~1 500
        pixels compared in Python: else none is kept), so it is what drawing the text
        over the piece gives.  One copy instead of three pieces, the text's glyphs and
        the pens set (~20 us a box; 16 boxes, 0.35 ms of a 3.7 ms pan's frame at 1 000
        events, 1600x900; issue 11, session 22, frames25).
        A box asked for fewer than ``INDICATOR_SIGHTINGS`` times is drawn as before
        (counts that change every pan at 100 000 events would each make an image for
        nothing)."""
        transform = painter.transform()
        dx, dy = transform.dx(), transform.dy()
        if dx != int(dx) or dy != int(dy) or transform.isScaling():
            return False
        left, top = box.left() + dx, box.top() + dy
        x, y = math.floor(left) - INDICATOR_IMAGE_MARGIN, math.floor(top) - INDICATOR_IMAGE_MARGIN
        key = (text, left - x, top - y, box.width(), box.height(), text_color.rgba(),
               id(rounded))
        images = self._indicator_images
        known = images.get(key)
        if known is None:
            seen = self._indicator_seen.get(key, 0)
            if seen < INDICATOR_SIGHTINGS - 1:
                if len(self._indicator_seen) > 10_000:
                    self._indicator_seen.clear()
                self._indicator_seen[key] = seen + 1
                return False
            static = self._static_texts.get((1, text))
            if static is None:
                return False  # (drawn by ``drawText`` the first time: as before)
            if len(images) >= INDICATOR_IMAGES_KEPT:
                images.clear()
            known = images[key] = (rounded, self._indicator_image(
                box.translated(dx - x, dy - y), static, rounded, text_color,
                painter.renderHints()))
        if known[0] is not rounded or known[1] is None:
            return False
        painter.drawImage(x - int(dx), y - int(dy), known[1])
        return True

    def _indicator_image(self, box: QRectF, static: QStaticText, rounded: RoundedStyle,
                         text_color: QColor, hints: QPainter.RenderHint) -> QImage | None:
        """``_copy_indicator``'s image: ``box`` (the image's pixels) from ``rounded``'s
        pieces, ``static`` centred in it as ``_draw_small_centred`` puts it; None when
        the pieces do not draw it or the text touches a pixel that is not opaque (a
        pixel it changed that was not opaque before)."""
        from PySide6.QtGui import QImage  # not needed by the first paint

        width = math.ceil(box.right()) + INDICATOR_IMAGE_MARGIN
        height = math.ceil(box.bottom()) + INDICATOR_IMAGE_MARGIN
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        drawer = QPainter(image)
        try:
            drawer.setRenderHints(hints)
            if not self._rounded.draw(drawer, box, rounded, 0.0, 0.0):
                return None
        finally:
            drawer.end()
        # (its pixels as one integer, 32 bits a pixel, without numpy: a small timeline
        # never loads it)
        under = int.from_bytes(bytes(image.constBits()), sys.byteorder)
        drawer = QPainter(image)
        try:
            drawer.setRenderHints(hints)
            drawer.setFont(self._small_font)
            drawer.setPen(text_color)
            size = static.size()
            drawer.drawStaticText(QPointF(box.left() + (box.width() - size.width()) / 2,
                                          box.top() + (box.height() - size.height()) / 2),
                                  static)
        finally:
            drawer.end()
        over = int.from_bytes(bytes(image.constBits()), sys.byteorder)
        if _touches_translucent(under, over, width * height):
            return None  # (the text over a pixel that is not opaque)
        return image

    def _draw_small_centred(self, painter: QPainter, box: QRectF, text: str) -> None:
        """``text`` centred in ``box`` in the small font (the painter's already): drawn
        with ``drawText`` the first time it is seen, from a laid-out ``QStaticText`` after
        (``_draw_text``).  At 100 000 events the "◀ N" counts and the article badges'
        "+N" change with every pan: laying out a QStaticText for a text drawn once costs
        6x a drawText (56 against 9 µs), the same pixels.  A text seen again is laid out
        (a small timeline's counts and badges stay).  A text laid out is drawn as
        ``_draw_text(..., centred=True)`` draws it, with one look-up."""
        static = self._static_texts.get((1, text))
        if static is None:
            if self._batched and text not in self._seen_once:
                if len(self._seen_once) > 10_000:
                    self._seen_once.clear()
                self._seen_once.add(text)
                if self._small_plain(text):
                    # Centred by hand, at its baseline: what ``drawText(box,
                    # AlignCenter, text)`` draws, without laying out a line to place
                    # it (its width is remembered: the layout measured it; 1 200 of
                    # 1 200 counts and badges at random fractions of a pixel, a test
                    # holds; issue 11, session 28).
                    left, top, width, height = box.getRect()
                    line, ascent = self._small_line
                    painter.drawText(QPointF(left + (width - self._small_width(text)) / 2,
                                             top + (height - line) / 2 + ascent), text)
                    return
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
                return
            static = self._static_text(1, text)
        size_w, size_h = self._static_sizes.get((1, text)) or self._static_size((1, text), static)
        left, top, width, height = box.getRect()
        painter.drawStaticText(QPointF(left + (width - size_w) / 2, top + (height - size_h) / 2),
                               static)

    def _small_plain(self, text: str) -> bool:
        """Whether ``text`` (a count, a badge's date) is drawn in the small font's own
        glyphs alone on one line: its characters the font has (each asked once), none
        laid out apart (no control character, no right-to-left script: these draw with
        ASCII, "·", "◀" and "▶")."""
        if text.isascii():
            return text.isprintable()
        known = self._small_glyphs
        for char in text:
            if char.isascii():
                if not char.isprintable():
                    return False
                continue
            has = known.get(char)
            if has is None:
                if len(known) > 1024:
                    known.clear()
                has = known[char] = (self._small_metrics.inFontUcs4(ord(char))
                                     and _bidirectional(char) in ("L", "ON", "EN", "ES", "ET",
                                                                  "CS", "WS"))
            if not has:
                return False
        return True

    def _axis_layout(self, segments: list[_AxisSegment], width: int
                     ) -> tuple[list[tuple[float, float, float]], list[_AxisLabel]]:
        """Tick marks ``(x, top, bottom)`` and labels of each stretch, and each break's
        length.

        A label is placed whole or not at all: never cut at the window's edge or at a
        break ("ecember 2024"), never over another label; the period the left edge is in
        keeps its label at the edge until the next period's label pushes it out.
        """
        bold, small = self._bold_metrics, self._small_metrics
        lines: list[tuple[float, float, float]] = []
        labels: list[_AxisLabel] = []
        # Break labels first: the stretches' labels keep out of their way.
        reserved: list[tuple[float, float]] = []
        for seg in segments:
            if seg.band is None or seg.brk is None:
                continue
            x0, x1 = seg.band
            # The label stays between the zig-zags on screen (trial: "≈ 57 years" stuck
            # out of the band at 1280 px, and out of a band's end at the window's edge):
            # breaks close together or a band too narrow for the length say only "≈",
            # a sliver of a band nothing (the tooltip says more).
            lo = max(x0 + AXIS_ZIGZAG_CLEARANCE, 2.0)
            hi = min(x1 - AXIS_ZIGZAG_CLEARANCE, width - 2.0)
            # A band too narrow for its length on one line has it on two, "≈ 57" on the
            # years' row over "years" (new-user trial 11: the default timeline's band
            # said only "≈" beside a 380 px Details pane); narrower, over "yrs" (verify11:
            # at 1024 px the 45 px band had no room for "years" and said only "≈");
            # narrower still, only "≈".
            length = gap_words(seg.brk.days)
            number, _, unit = length.partition(" ")
            rows: tuple[tuple[str, ...], ...] = (
                (f"≈ {length}",), (f"≈ {number}", unit),
                (f"≈ {number}", _SHORT_GAP_UNITS.get(unit, unit)), ("≈",))
            for words in rows if seg.ticks is None else rows[::3]:
                w = max(self._small_width(row) for row in words) + 6
                if w > hi - lo:
                    continue
                left: float | None = (lo + hi) / 2 - w / 2
                if seg.ticks is not None:  # a wide break: its length, left of its labels
                    left = self._clear_of_minor_labels(seg, lo, hi, w, width)
                if left is None:
                    continue
                if not reserved or left >= reserved[-1][1]:
                    top = 24 - 15 * (len(words) - 1)
                    labels.extend(_AxisLabel(QRectF(left, top + 15 * i, w, 15), row, False, True)
                                  for i, row in enumerate(words))
                    reserved.append((left - 4, left + w + 4))
                    break

        def free(a: float, b: float) -> bool:
            return all(b <= r0 or a >= r1 for r0, r1 in reserved)

        placed: set[str] = set()  # the major labels of the stretches to the left
        for seg in segments:
            if seg.ticks is None:
                continue
            lo, hi = max(seg.x0, 0.0), min(seg.x1, float(width))
            # Text keeps AXIS_ZIGZAG_CLEARANCE from a break's zig-zag (an edge inside the
            # window): "Jul" touched it (new-user trial).
            # (An edge within rounding of the window's is the window's: at a 100k fit-all
            # x1 was 818.9999999999995 of 819 px, and "2040" kept clear of no zig-zag.)
            text_lo = lo + AXIS_ZIGZAG_CLEARANCE if seg.x0 > 0.5 else lo
            text_hi = hi - AXIS_ZIGZAG_CLEARANCE if seg.x1 < width - 0.5 else hi
            # Beside a zig-zag a label over its tick could name a line on either side
            # (trial 7: "2020" before the 1965-2023 band's edge): it goes left of its
            # tick or not at all; at the window's edge it may cover its tick.
            at_window_edge = seg.x1 >= width - 0.5
            majors = seg.ticks.major
            last_right = -1e9
            shown: list[str] = []
            for index, tick in enumerate(majors):
                x = self.x_of_day(tick.day)
                if lo <= x <= hi:
                    lines.append((x, 2, 20))
                w = self._bold_width(tick.label)
                label_x = max(x + 4, text_lo)
                boxed = False
                if x + 4 < lo + 4:
                    if tick.label in placed:
                        continue  # the period the stretch before named ("1900s" twice)
                    label_x = max(lo + 4, text_lo)
                    if index + 1 < len(majors):
                        next_x = self.x_of_day(majors[index + 1].day) + 4
                        label_x = min(label_x, next_x - w - 12)
                elif label_x + w > text_hi and x <= hi:
                    # A period starting near the right edge (of the window or before a
                    # break) keeps its label, moved in to end left of its tick: it was
                    # dropped (new-user trial: the year at the right edge); over its tick,
                    # the tick hidden, it was unclear which line it named (trial 7).
                    label_x, boxed = min(text_hi - 2, x - 4) - w, True
                    if (label_x <= last_right or label_x < text_lo) and at_window_edge:
                        label_x = text_hi - w - 2  # over its tick: the last on screen
                if label_x >= text_lo and label_x + w <= text_hi and label_x > last_right:
                    if boxed and lines and lines[-1] == (x, 2, 20) and label_x + w > x - 2:
                        lines.pop()  # its tick is under it: the minor row's tick marks it
                    labels.append(_AxisLabel(QRectF(label_x, 16 - bold.ascent(), w,
                                                    bold.height()), tick.label, True, boxed))
                    last_right = label_x + w + 8
                    shown.append(tick.label)
            placed.update(shown)
            last_right = -1e9
            for tick in seg.ticks.minor:
                x = self.x_of_day(tick.day)
                if not lo <= x <= hi:
                    continue
                if free(x - 1, x + 1):  # no stub of a tick around a break's length
                    lines.append((x, 24, 40))
                w = self._small_width(tick.label)
                label_x = max(x + 3, text_lo)
                boxed = label_x + w > text_hi
                if boxed:
                    # A tick near the right edge (of the window or before a break) keeps
                    # its label, moved in to end left of its tick mark, as a major's: the
                    # month beside a gap and 2040 at a 100k fit-all were bare (trials),
                    # and "2020" drawn over its hidden tick named no line (trial 7).
                    label_x = min(text_hi - 2, x - 3) - w
                    if (label_x <= last_right or label_x < text_lo) and at_window_edge:
                        label_x = text_hi - w - 2  # over its tick: the last on screen
                if (label_x > last_right and label_x >= text_lo and label_x + w <= text_hi
                        and free(label_x - 3, label_x + w)):
                    if (boxed and lines and lines[-1] == (x, 24, 40)
                            and label_x - 1 <= x <= label_x + w + 1):
                        lines.pop()  # its tick is under it (the grid line still marks it)
                    labels.append(_AxisLabel(QRectF(label_x, 37 - small.ascent(), w,
                                                    small.height()), tick.label, False, boxed))
                    last_right = label_x + w + 6
        return lines, labels

    def _clear_of_minor_labels(self, seg: _AxisSegment, lo: float, hi: float, w: float,
                               width: int) -> float | None:
        """Where a wide break's length (``w`` px) goes in its band ``[lo, hi]``: the
        leftmost place clear of the band's own minor labels (trial 7: at its left edge
        it took the place of the first tick's label, "1980"), or None when none is."""
        assert seg.ticks is not None
        spans = []
        for tick in seg.ticks.minor:
            x = self.x_of_day(tick.day)
            if max(seg.x0, 0.0) <= x <= min(seg.x1, float(width)):
                spans.append((x - 2, max(x + 3, lo) + self._small_width(tick.label) + 2))
        for left in [lo] + [end + 4 for _start, end in spans]:
            if left >= lo and left + w <= hi and all(
                    left + w + 4 <= start or left >= end + 4 for start, end in spans):
                return left
        return None

    def axis_labels(self) -> list[tuple[QRectF, str]]:
        """Every label the axis draws now, with its rectangle (for tests)."""
        _, labels = self._axis_layout(self._axis_segments(), self.viewport().width())
        return [(label.rect, label.text) for label in labels]

    def _paint_axis(self, painter: QPainter, segments: list[_AxisSegment], width: int) -> None:
        palette = self.palette()
        painter.fillRect(QRectF(0, 0, width, AXIS_HEIGHT), palette.window())
        text = palette.text().color()
        for seg in segments:
            if seg.band is not None:
                self._paint_break_band(painter, seg, 0, AXIS_HEIGHT - 1)
        # The axis's bottom line: one row of pixels (an antialiased 1-px line through the
        # row's middle, as it was, gives the same pixels at ten times the cost).
        painter.fillRect(QRect(0, AXIS_HEIGHT - 1, width, 1), text)
        painter.setPen(QPen(text, 1))
        lines, labels = self._axis_layout(segments, width)
        # (One QLineF a tick, not two QPointF: the same array of lines in Qt.)
        painter.drawLines([QLineF(x, top, x, bottom) for x, top, bottom in lines])
        font: bool | None = None  # the painter's font (bold?) set when it changes, not a label
        for label in labels:  # break labels last: no tick line crosses them
            if label.boxed:
                painter.fillRect(label.rect, palette.window())
                painter.setPen(text)
            if bool(label.bold) is not font:
                font = bool(label.bold)
                painter.setFont(self._bold_font if font else self._small_font)
            self._draw_text(painter, label.rect, label.text, 2 if label.bold else 1,
                            centred=label.boxed)
        painter.setFont(self._label_font)

    def _article_dates(self) -> list[_dt.date]:
        """The articles' dates, sorted; cached per change of the sources (every frame
        draws them, and a large timeline has thousands of sources)."""
        if self._article_dates_cache is None:
            self._article_dates_cache = _article_dates_of(self._document.timeline)
        return self._article_dates_cache

    def _article_line(self, height: int) -> QPixmap:
        """An article's dashed line, drawn once per height: a copy of it costs a tenth of
        drawing a dashed antialiased line (50 articles were 2 ms of every frame).

        It starts at the top of the lanes' content (``LANES_TOP`` minus the vertical
        scroll), so that its dashes scroll with the lanes: a scrolled frame picture is
        what a whole paint gives.  Its length is rounded up (one line for many scrolls).
        """
        scroll = self.verticalScrollBar().value()
        length = -(-max(1, scroll + height - LANES_TOP) // 512) * 512
        key = (length, self.devicePixelRatioF())
        if self._article_line_cache is None or self._article_line_cache[0] != key:
            ratio = key[1]
            line = QPixmap(round(ARTICLE_LINE_PX * ratio), max(1, round(length * ratio)))
            line.setDevicePixelRatio(ratio)
            line.fill(Qt.GlobalColor.transparent)
            painter = QPainter(line)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(QPen(QColor("#C0392B"), 1.5, Qt.PenStyle.DashLine))
                mid = ARTICLE_LINE_PX / 2
                painter.drawLine(QPointF(mid, 0), QPointF(mid, length))
            finally:
                painter.end()
            self._article_line_cache = (key, line)
        return self._article_line_cache[1]

    def _article_days(self) -> Any:
        """The articles' dateline day numbers, sorted (made once per change of the
        sources, from ``_article_dates``): a list, or a numpy int64 array when there are
        many (numpy is imported only for a large timeline: start-up time)."""
        if self._article_days_cache is None:
            self._article_days_cache = _article_days_of(self._article_dates())
        return self._article_days_cache

    def _article_totals(self) -> list[int]:
        """How many articles are dated before each of ``_article_dates`` (a date's own
        articles: the next entry less its own), with the number of all dated articles
        last (``_article_totals_of``; made with the lanes where the timeline was loaded,
        else on first use after a change of the sources)."""
        if self._article_totals_cache is None:
            self._article_totals_cache = _article_totals_of(self._document.timeline,
                                                            self._article_dates())
        return self._article_totals_cache

    def _article_columns(self) -> tuple[list[float], list[int]]:
        """x and day number of the article dates on screen, one per pixel column (the
        first of each), in one vectorised pass: 6 800 dates at fit-all were a Python loop
        of ~7 ms a frame (issue 11).  Remembered for the view it was made for: a paint
        asks twice (the lines, then the badges)."""
        days = self._article_days()
        # (The days' array is made again, and this forgotten, when the sources change.)
        key = (id(days), len(days), self._origin, self._px_per_day, self._scale,
               self._articles_width())
        if self._article_columns_memo is not None and self._article_columns_memo[0] == key:
            return self._article_columns_memo[1]
        columns = self._compute_article_columns(days)
        self._article_columns_memo = (key, columns)
        return columns

    def _article_candidates(self) -> tuple[list[float], list[int]]:
        """The article lines that may have a badge (x, day number; as
        ``_article_columns``): the crowded ones chosen from the world
        (``_thinned_article_columns``), so that a pan moves the badges and their lines
        with the world and a zoom changes them only as it changes the titles.
        Remembered for the view it was made for."""
        columns = self._article_columns()
        days = self._article_days()
        if len(days) < CROWDED_ARTICLE_LINES:
            return columns  # (none crowded)
        width = self._articles_width()
        # The widest badge with its count and the gap between two: every badge centred
        # on its line, with room for its "+N".
        widest = self._small_width("◀ Article · 28 May 2002 +88888 ▶") + 8
        spacing = widest + 4
        key = (id(days), len(days), self._origin, self._px_per_day, self._scale, width,
               spacing)
        memo = self._article_candidates_memo
        if memo is not None and memo[0] == key:
            return memo[1]
        margin = 3 * (spacing + ARTICLE_CELL_EXTRA_PX)
        wide = self._compute_article_columns(days, -50 - margin, width + 50 + spacing)
        candidates = _thinned_article_columns(*wide, self._origin * self._px_per_day,
                                              spacing, -50, width + 50)
        xs, kept_days = candidates
        if len(xs) > 1 and len(xs) < len(columns[0]):
            # Crowded: a badge an edge holds in the view (its line near or beyond it)
            # gives way to its neighbour rather than move it (the neighbour stays
            # where the world has it); the neighbour's line is nearer the middle.
            if xs[0] - widest / 2 < 2.0 and 2.0 + widest + 4 > xs[1] - widest / 2:
                xs, kept_days = xs[1:], kept_days[1:]
            if len(xs) > 1 and xs[-1] + widest / 2 > width - 2 and (
                    min(xs[-1] - widest / 2, width - widest - 2)
                    < xs[-2] + widest / 2 + 4):
                xs, kept_days = xs[:-1], kept_days[:-1]
            candidates = (xs, kept_days)
        self._article_candidates_memo = (key, candidates)
        return candidates

    def _articles_width(self) -> int:
        """The width (px) the article lines and badges are chosen for: the viewport's,
        or a pan's stretch's (``_pan_article_lines``)."""
        return self.viewport().width() if self._width_override is None else self._width_override

    def _compute_article_columns(self, days: Any, low: float = -50.0,
                                 high: float | None = None) -> tuple[Any, Any]:
        """x and day number of the article dates with ``low <= x <= high`` (viewport
        px; ``high``: 50 px past the right edge unless given), one per pixel column:
        lists, or numpy arrays for many articles when ``low`` or ``high`` is given."""
        if not len(days):
            return [], []
        width = self._articles_width()
        as_lists = high is None
        if high is None:
            high = width + 50
        if isinstance(days, list):  # a few: by bisection, one x_of_day each
            xs_few: list[float] = []
            days_few: list[int] = []
            last_column = None
            for day in days[bisect.bisect_left(days, math.floor(self.day_at(low)) - 1):]:
                x = self.x_of_day(day + 0.5)
                if x > high:
                    break
                if x < low or round(x) == last_column:  # one line a pixel column is enough
                    continue
                last_column = round(x)
                xs_few.append(x)
                days_few.append(day)
            return xs_few, days_few
        import numpy as np

        lo = int(np.searchsorted(days, math.floor(self.day_at(low)) - 1, side="left"))
        hi = int(np.searchsorted(days, math.ceil(self.day_at(high)) + 1, side="right"))
        shown = days[lo:hi]
        xs = (self._scale.u_of_days(shown + 0.5) - self._origin) * self._px_per_day
        keep = (xs >= low) & (xs <= high)
        xs, shown = xs[keep], shown[keep]
        if not len(xs):
            return [], []
        columns = np.round(xs)
        first = np.ones(len(columns), dtype=bool)  # one line a pixel column is enough
        first[1:] = columns[1:] != columns[:-1]
        if not as_lists:
            return xs[first], shown[first]
        return xs[first].tolist(), shown[first].tolist()

    def _article_stripe(self, height: int, xs: list[float]) -> QPixmap | None:
        """One period of every article line on screen side by side (a strip as wide as
        the view and as tall as a dash and its gap), to be tiled down the lanes in one
        fill: the same pixels as a copy of the line per column, whatever their number.
        ``None`` when the line has no whole period (then each line is copied)."""
        import numpy as np
        from PySide6.QtGui import QImage  # only for many articles (start-up time)

        line = self._article_line(height)
        key = (height, line.cacheKey())
        if self._article_period is None or self._article_period[0] != key:
            image = line.toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
            rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(
                image.height(), image.bytesPerLine())[:, :image.width() * 4].reshape(
                image.height(), image.width(), 4)
            # The dashes repeat every few pixels (the pen's dash pattern); the line's end
            # may cut the last one short, so only the first ten periods are compared.
            period = next((p for p in range(2, min(64, len(rows) // 12))
                           if np.array_equal(rows[p:11 * p], rows[:10 * p])
                           and rows[:p].any()), 0)
            self._article_period = (key, rows[:period].copy() if period else None)
        pattern = self._article_period[1]
        if pattern is None:
            return None
        width = max(1, self.viewport().width())
        stripe = np.zeros((pattern.shape[0], width + pattern.shape[1], 4), dtype=np.uint8)
        left = np.floor(np.asarray(xs) - ARTICLE_LINE_PX / 2 + 0.5).astype(np.int64)
        piece = pattern.shape[1]
        if len(left) < 2 or bool((np.diff(left) >= piece).all()):
            # No two lines share a column (xs ascend; the usual case): each column is its
            # line's over nothing, i.e. the line's own pixels, in one assignment (the
            # loop below was ~0.2 ms of numpy calls a new view, issue 11, session 14).
            columns = (left[:, None] + np.arange(piece)[None, :]).ravel()
            inside = (columns >= 0) & (columns < stripe.shape[1])
            stripe[:, columns[inside]] = np.tile(pattern, (1, len(left), 1))[:, inside]
            piece = 0  # (nothing left to compose)
        for k in range(piece):
            columns = left + k
            columns = columns[(columns >= 0) & (columns < stripe.shape[1])]
            # Source over (premultiplied), as copying the lines one by one composes them.
            src = pattern[:, k][:, None, :].astype(np.uint16)
            dst = stripe[:, columns].astype(np.uint16)
            stripe[:, columns] = (src + dst * (255 - src[..., 3:]) // 255).astype(np.uint8)
        stripe = np.ascontiguousarray(stripe[:, :width])
        image = QImage(stripe.data, width, stripe.shape[0], width * 4,
                       QImage.Format.Format_ARGB32_Premultiplied)
        return QPixmap.fromImage(image)  # a copy: the array may go

    def _paint_article_markers(self, painter: QPainter, height: int, axis: bool) -> None:
        """A dashed line at each article's date that a badge names in the axis
        (``_article_line_columns``), and the badges."""
        width = self.viewport().width()
        if not axis:
            xs = self._article_line_columns()
            if not xs:
                return
            # (Not in a pan's tile: a texture's origin does not follow the translation.)
            stripe = (self._article_stripe(height, xs) if len(xs) > FEW_ARTICLE_LINES
                      and self.devicePixelRatioF() == 1.0
                      and self._article_lines_override is None else None)
            if stripe is not None:
                painter.save()
                painter.setBrushOrigin(QPointF(0, self._content_offset()))
                from PySide6.QtGui import QBrush

                painter.fillRect(QRectF(0, LANES_TOP, width, max(0, height - LANES_TOP)),
                                 QBrush(stripe))
                painter.restore()
                return
            line = self._article_line(height)
            top = self._content_offset()  # the top of the lanes' content (scrolled)
            for x in xs:
                painter.drawPixmap(QPointF(x - ARTICLE_LINE_PX / 2, top), line)
            return
        marker_color = QColor("#C0392B")
        white = QColor("white")
        painter.setFont(self._small_font)
        rounded = None
        for box, label in self._article_badges(width):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(marker_color)
            if rounded is None:  # (from pre-rendered ends: ``RoundedPieces``)
                rounded = self._rounded.style(QPen(Qt.PenStyle.NoPen), marker_color, 3,
                                              box.height(), self._snapped_ratio(painter))
            self._rounded.draw_or_path(painter, box, rounded, 3)
            painter.setPen(white)
            self._draw_small_centred(painter, box, label)
        painter.setFont(self._label_font)

    def _article_line_columns(self) -> list[float]:
        """x of the article lines drawn across the lanes: those of the badges in the
        axis, none when the lines would stand closer than ``CROWDED_ARTICLE_PX`` on
        average (a wall, not information).  A line whose date no badge names was a red
        line nobody could read: a month of the 100 000-event file had one nearly every
        day across every lane, and seven badges (trial)."""
        if self._article_lines_override is not None:
            return self._article_lines_override
        xs, _days = self._article_columns()
        width = self._articles_width()
        if not xs or len(xs) * CROWDED_ARTICLE_PX > width:
            return []
        return [x for x, _box, _label in self._named_article_columns(width)]

    def _article_badges(self, width: int) -> list[tuple[QRectF, str]]:
        """The article badges in the axis, left to right, never overlapping: the badge
        box (viewport px) and its text ("Article · 3 Mar 2003")."""
        if self._article_badges_override is not None:
            return self._article_badges_override
        return [(box, label) for _x, box, label in self._named_article_columns(width)]

    def _named_article_columns(self, width: int) -> list[tuple[float, QRectF, str]]:
        """The article badges as ``_article_badges`` says, each with its line's x;
        remembered for the columns and width it was made for (a paint asks for the lines,
        then the badges).

        A line up to 50 px beyond an edge keeps a badge pinned at that edge (an article
        just out of view), but a pinned badge on the left gives way to the badge of the
        first line on screen when they would overlap (new-user trial 6: the pinned badge
        hid the visible line's).  A pinned badge points at its off-screen line with an
        arrow, as the lanes' hidden-event badges do ("◀ Article · …", "Article · … ▶"):
        trial 7 read a badge pinned at the right edge, its line out of view, as a date
        at that edge.
        """
        columns = self._article_candidates()
        memo = self._article_badges_memo
        if memo is not None and memo[0] is columns and memo[1] == width:
            return memo[2]
        xs, days = columns
        on_screen = bisect.bisect_left(xs, 0.0)
        if on_screen > 1:  # of the lines beyond the left edge, only the nearest
            xs, days = xs[on_screen - 1:], days[on_screen - 1:]
            on_screen = 1
        if on_screen == 1 and len(xs) > 1 and xs[1] <= width:
            w_next = self._small_width(self._article_label(days[1])) + 8
            next_left = min(max(xs[1] - w_next / 2, 2.0), width - w_next - 2)
            pinned_width = self._small_width(self._badge_label(xs[0], days[0], width)) + 8
            if 2.0 + pinned_width + 4 > next_left:
                xs, days = xs[1:], days[1:]
        badges: list[tuple[float, QRectF, str]] = []
        named: list[int] = []  # each badge's day
        placing = self._placing_article_badges(
            xs, days, width, lambda x, day, w, _first: self._badge_label(x, day, w),
            badges, named)
        # Each badge counts the articles after its own up to the next badge's (those of
        # its pixel column too), not the columns of pixels it stood for: at 100 000
        # events a badge read "+129" for 4 895 articles (verify11).  A badge's "+N" is
        # tried once it and the badge after it stand where they stay (placing a badge
        # moves at most the one before it), so a packed row stops placing near its first
        # badge without room for its "+N", where the whole row was placed first and then
        # laid out again (a pan at a year's zoom at 100 000 events: ~0.9 M of ~46 M
        # instructions, issue 11, session 18).  The same badges either way.
        packed = False
        checked = 0  # the badges before this one have their "+N"
        for placed_all in itertools.chain((False for _ in placing), (True,)):
            ready = len(badges) if placed_all else len(badges) - 2  # (those before it)
            if ready - checked < (1 if placed_all else 4):
                continue  # (a few at a time: one call counts them)
            # (one past them: a badge's count ends at the next badge's day; a last
            # badge's past the right edge, as ``_unnamed_article_counts`` says)
            counts = self._unnamed_article_counts(named[checked:ready + 1], days, width)
            for more in counts[:ready - checked]:
                if more > 0 and not self._count_unnamed_articles(badges, checked, more, width):
                    packed = True  # (the badges are laid out again: the rest need no "+N")
                    break
                checked += 1
            if packed:
                break
        if packed:
            # Every badge's count and its own: the articles from the first badge's day
            # to the last count's end (the counts of consecutive badges meet), which
            # only the first badge's day and the edge decide.
            total = self._unnamed_article_counts(named[:1], days, width)[0] + 1
            badges = self._packed_article_badges(xs, days, width, total)
        self._article_badges_memo = (columns, width, badges)
        return badges

    def _place_article_badges(self, xs: list[float], days: list[int], width: int,
                              label_of: Callable[[float, int, int, bool], str]
                              ) -> tuple[list[tuple[float, QRectF, str]], list[int]]:
        """Badges for the article lines at ``xs`` (viewport px; their day numbers
        ``days``), left to right, never overlapping, each over its own line: (x, box,
        text) and each badge's day.  ``label_of(x, day, width, first)`` gives a badge's
        text (``first``: no badge placed before it); a line under a badge has none."""
        badges: list[tuple[float, QRectF, str]] = []
        named: list[int] = []  # each badge's day
        for _placed in self._placing_article_badges(xs, days, width, label_of, badges, named):
            pass
        return badges, named

    def _placing_article_badges(self, xs: list[float], days: list[int], width: int,
                                label_of: Callable[[float, int, int, bool], str],
                                badges: list[tuple[float, QRectF, str]], named: list[int]
                                ) -> Generator[None, None, None]:
        """``_place_article_badges`` a badge at a time: appends each badge to ``badges``
        and its day to ``named``, and yields after each.  Placing a badge may move the
        one before it (``badges[-2]`` after the yield), never one before that."""
        last_right = -1e9
        slack = 0.0  # how far the last badge may move left, still over its own line
        for x, day in zip(xs, days, strict=True):
            if x - 8 < last_right - slack and last_right > 2.0:  # (not even moved aside)
                continue
            label = label_of(x, day, width, not badges)
            w = self._small_width(label) + 8
            left = min(max(x - w / 2, 2.0), width - w - 2)
            floor = 2.0
            if left < last_right:
                # Both badges moved aside, each still over its own line: a second
                # article's line was dropped with its badge beside the first's (new-user
                # trial 8: an imported article of 14 Oct 2024 hid the 22 Mar 2025 line).
                left = min(last_right, x - 8, width - 2 - w)
                shift = last_right - left
                if shift > slack or not badges:
                    continue  # badges never overlap: the line still shows the date
                if shift > 0:
                    x_last, box, text = badges[-1]
                    badges[-1] = (x_last, box.translated(-shift, 0), text)
                floor = last_right - shift
            elif badges:
                floor = last_right
            slack = max(0.0, left - max(x + 8 - w, floor))
            last_right = left + w + 4
            badges.append((x, QRectF(left, MARKER_ROW_TOP, w, 15), label))
            named.append(day)
            yield

    def _unnamed_article_counts(self, named: list[int], days: list[int], width: int
                                ) -> list[int]:
        """For each badge (its day in ``named``), how many articles after its own date it
        stands for: up to the next badge's day, and for the last badge to the last date
        within 50 px past the right edge, as the columns ``days`` are taken (the first of
        each column is all they keep)."""
        if not named:
            return []
        every, totals = self._article_days(), self._article_totals()
        ends = [*named[1:], max(days[-1], math.floor(self.day_at(width + 50))) + 1]
        if isinstance(every, list):
            return [totals[bisect.bisect_left(every, end)]
                    - totals[bisect.bisect_left(every, first)] - 1
                    for first, end in zip(named, ends, strict=True)]
        # (many articles, a numpy array: one search for all, where bisecting the array
        # compared numpy scalars one by one, ~3 us a badge; the same positions)
        starts, stops = every.searchsorted(named).tolist(), every.searchsorted(ends).tolist()
        return [totals[stop] - totals[start] - 1
                for start, stop in zip(starts, stops, strict=True)]

    def _packed_article_badges(self, xs: list[float], days: list[int], width: int,
                               total: int) -> list[tuple[float, QRectF, str]]:
        """The badges of a packed row, where some badge had no room for its "+N": each in
        a short form that always has room for its count, "Article · 18 Mar 1815 +37" for
        the first and "2 Nov 1830 +85" for the others (the red badge is an article's, as
        the first says), so the row counts every article on screen (verify11: at 100 000
        events, Fit All, twelve badges stood for 10 165 articles and none said "+N").
        Each badge is laid out as wide as its text with the largest count (``total``, the
        articles the row can stand for) and then narrowed to its own text over its line."""
        reserve = " +" + "8" * len(str(max(1, total)))

        def short(x: float, day: int, width: int, first: bool) -> str:
            label = self._badge_label(x, day, width)
            return label if first else label.replace("Article · ", "", 1)

        placed, named = self._place_article_badges(
            xs, days, width, lambda x, day, w, first: short(x, day, w, first) + reserve)
        counts = self._unnamed_article_counts(named, days, width)
        badges: list[tuple[float, QRectF, str]] = []
        for (x, box, label), more in zip(placed, counts, strict=True):
            text = label[:-len(reserve)]
            if more > 0:
                text = (f"{text[:-2]} +{more} ▶" if text.endswith(" ▶")
                        else f"{text} +{more}")
            w = min(box.width(), self._small_width(text) + 8)
            # as near centred on its line as its laid-out box allows
            left = min(max(x - w / 2, box.left()), box.right() - w)
            badges.append((x, QRectF(left, box.top(), w, box.height()), text))
        return badges


    def _count_unnamed_articles(self, badges: list[tuple[float, QRectF, str]], index: int,
                                more: int, width: int) -> bool:
        """Add "+N" to badge ``index`` for the ``more`` articles just after it that have no
        badge of their own, as a lane's "+N" counts its hidden events, when the longer badge
        still fits beside its neighbours and over its line (new-user trial 11: a second
        article 18 days after the first had no marker at Fit All, nor in the PNG).
        Returns whether it did (not: the row is packed, ``_packed_article_badges``)."""
        x, box, label = badges[index]
        text = (f"{label[:-2]} +{more} ▶" if label.endswith(" ▶") else f"{label} +{more}")
        w = self._small_width(text) + 8
        right = badges[index + 1][1].left() - 4 if index + 1 < len(badges) else width - 2.0
        left = min(box.left(), right - w)
        if left < (badges[index - 1][1].right() + 4 if index else 2.0):
            return False
        if 0 <= x <= width and not left + 4 <= x <= left + w - 4:
            return False  # a badge on screen stands over its own line
        badges[index] = (x, QRectF(left, box.top(), w, box.height()), text)
        return True

    def _badge_label(self, x: float, day: int, width: int) -> str:
        """The badge text of the article line at ``x`` (viewport px): with an arrow
        towards it when the line is beyond an edge of a viewport ``width`` px wide."""
        label = self._article_label(day)
        if x < 0:
            return f"◀ {label}"
        return f"{label} ▶" if x > width else label

    def _article_label(self, day: int) -> str:
        """ "Article · 3 Mar 2003" for a day number, remembered (strftime imports a module
        each call)."""
        label = self._article_labels.get(day)
        if label is None:
            if len(self._article_labels) > 50_000:
                self._article_labels.clear()
            date = _dt.date.fromordinal(day)
            # "%b %Y" depends on the month alone: formatted once a month, not once a
            # day (a pan at a year's zoom at 100 000 events names ~40 new days, each
            # strftime ~5 us: ~0.9 M instructions a frame, session 17, frames19).
            month = date.year * 12 + date.month
            month_text = self._article_months.get(month)
            if month_text is None:
                month_text = self._article_months[month] = (
                    f"{MONTH_NAMES[date.month - 1][:3]} {date.year}")
            label = self._article_labels[day] = f"Article · {date.day} {month_text}"
        return label

    def _frame_key(self) -> tuple[object, ...]:
        """What the frame picture shows: a change of any of these paints it again."""
        viewport = self.viewport()
        # (The vertical scroll is fifth: ``_scrolled_from`` compares the rest.)  The
        # palette's colour group (an active, inactive or disabled window) is not in its
        # cacheKey: the colours the paint reads are, as they are in the current group.
        palette = self.palette()
        cache_key = palette.cacheKey()
        # The colours read once a palette and colour group (21 roles, two PySide calls
        # each: 53 us a key, asked several times a frame; session 30): a palette
        # changed has another cacheKey, and the group is the widget's state.
        group = (cache_key, palette.currentColorGroup())
        colours = self._painted_colours
        if colours is None or colours[0] != group:
            colours = self._painted_colours = (
                group, tuple(palette.color(role).rgba() for role in _PAINTED_ROLES))
        return (self._frame_generation, viewport.width(), viewport.height(),
                viewport.devicePixelRatioF(), self.verticalScrollBar().value(),
                cache_key, self._origin, self._px_per_day, self._scale,
                colours[1], self._world_key(self._px_per_day))

    def _frame_picture(self, key: tuple[object, ...]) -> QImage:
        """The view painted without selection and hover, made again only when what it
        shows changed (``_repaint_all``), the size, the vertical scroll or the palette."""
        if self._scrolled_from(key) is not None:
            self._scroll_picture(key)
        if self._frame_cache is None or self._frame_cache[0] != key:
            if self._frame_cache is not None:
                reused: QImage | None = self._frame_cache[1]
            else:
                # The canvas kept for the next picture (a released drag's, as the paint
                # job would take it): no second view-sized picture beside it when a paint
                # comes before the job (test_view_drag_release, under a load of 11-21).
                reused, self._spare_canvas = self._spare_canvas, None
            self._frame_cache = (key, self._painted_picture(reused))
        return self._frame_cache[1]

    def _painted_picture(self, reused: QImage | None) -> QImage:
        """The view as it stands painted into a picture (``reused`` when it has the
        viewport's size in device pixels, else a new one), as the frame picture."""
        from PySide6.QtGui import QImage  # not needed by the first paint (start-up time)

        viewport = self.viewport()
        ratio = viewport.devicePixelRatioF()
        size = (max(1, round(viewport.width() * ratio)), max(1, round(viewport.height() * ratio)))
        picture = reused if reused is not None and (
            reused.width(), reused.height()) == size else None
        if picture is None:
            # The backing store's format: copying it to the screen is a plain copy
            # (1.5 ms at 1600x900, against 2.6 ms for an RGB32 QPixmap).
            picture = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
            picture.setDevicePixelRatio(ratio)
        painter = QPainter(picture)
        try:
            painter.setFont(self._label_font)
            self._paint(painter, picture=True)
        finally:
            painter.end()
        return picture

    def _adopt_picture_ahead(self, key: tuple[object, ...]) -> None:
        """The picture painted ahead, or the picture of the view shown before this one
        (a turn: the key let go, the other one pressed; a wheel spun back), becomes the
        frame picture when it shows the view with ``key``."""
        side = self._side_pictures.pop(key, None)
        if side is not None:
            self._replace_frame_picture((key, side))
        elif self._fit_picture is not None and self._fit_picture[0] == key:
            self._replace_frame_picture(self._fit_picture)
            self._fit_picture = None
        elif self._ahead_picture is not None and self._ahead_picture[0] == key:
            self._replace_frame_picture(self._ahead_picture)
            self._ahead_picture = None
        elif self._previous_picture is not None and self._previous_picture[0] == key:
            self._frame_cache, self._previous_picture = (self._previous_picture,
                                                         self._frame_cache)
        elif self._preview_source is not None and self._preview_source[0] == key:
            # A picture painted ahead of a zoom run, which the run came to.
            self._replace_frame_picture(self._preview_source)
            self._preview_source = None

    def _replace_frame_picture(self, picture: tuple[tuple[object, ...], QImage]) -> None:
        """``picture`` becomes the frame picture; the one it replaces is kept as the
        previous view's (a turn goes back to it), and the one kept before is the next
        canvas.  Nothing is ever painted into the previous view's picture."""
        if self._previous_picture is not None:
            self._spare_canvas = self._previous_picture[1]
        self._previous_picture = self._frame_cache
        self._frame_cache = picture
        self._ahead_drop_timer.start()

    def _zoom_preview(self, painter: QPainter, event: QPaintEvent) -> bool:
        """The frame of a zoom notch of a run (``zoom_by`` armed it) whose picture is not
        made: a picture of a view before it, stretched about the notch's anchor, as maps
        show a zoom, instead of a whole paint (10-25 ms at 2560x1440, issue 11).  The
        view's own picture is then painted in slices (``_lay_out_ahead``) and replaces it
        (``_paint_slice``), at the latest ``PREVIEW_KEPT_MS`` after it (``_end_preview``).

        Stretched: the axis and the lanes (x only: the rows stay); the overview's strip,
        which shows the whole timeline, is copied as it was.  The source is the picture
        nearest in zoom, within ``PREVIEW_MAX_STRETCH``, of the same size, vertical
        scroll, palette and contents (its key but for the origin, the scale and lanes'
        changes of mode, ``_contents_of``); columns it does not reach get the
        background.  The selection's and hover's highlights wait
        for the view's own frame (they need its layout).

        Returns:
            False, drawing nothing, when the frame is not such a notch's or a picture of
            the view is at hand; when no source is near enough, the frame is painted
            into a picture (``_picture_next``), the source of the next notches.
        """
        if not self._preview_armed:
            return False
        self._preview_armed = False
        viewport = self.viewport()
        key = self._frame_key()
        if (not event.rect().contains(viewport.rect())
                or (self._frame_cache is not None and self._frame_cache[0] == key)
                or key in self._side_pictures
                or (self._fit_picture is not None and self._fit_picture[0] == key)
                or (self._ahead_picture is not None and self._ahead_picture[0] == key)
                or (self._previous_picture is not None and self._previous_picture[0] == key)
                or (self._preview_source is not None and self._preview_source[0] == key)):
            return False
        source = self._preview_source_for(key)
        here = (self._origin, self._px_per_day)
        if source is None and self._finish_preview_job():
            source = self._preview_source_for(key)
        if source is None:
            self._picture_next = True
            job = self._paint_job
            if job is not None and job is self._preview_job and not job.ahead and (
                    job.view != here):
                # The picture of a view this notch left, not done: this notch's is
                # painted now instead (the next ones stretch it).
                self._paint_job = self._preview_job = None
            return False
        (_, _, _, _, _, _, origin, ppd, *_rest), image = source
        stretch = self._px_per_day / ppd  # type: ignore[operator]
        left = (origin - self._origin) * self._px_per_day  # type: ignore[operator]
        width, height = viewport.width(), viewport.height()
        ratio = image.devicePixelRatio()
        base = self.palette().base()
        if left > 0:
            painter.fillRect(QRectF(0, 0, left, height), base)
        if left + width * stretch < width:
            painter.fillRect(QRectF(left + width * stretch, 0, width, height), base)
        for top, bottom in ((0, AXIS_HEIGHT), (LANES_TOP, height)):
            painter.drawImage(QRectF(left, top, width * stretch, bottom - top), image,
                              QRectF(0, top * ratio, image.width(), (bottom - top) * ratio))
        strip = QRect(0, round(AXIS_HEIGHT * ratio), image.width(),
                      round((LANES_TOP - AXIS_HEIGHT) * ratio))
        painter.drawImage(QRectF(0, AXIS_HEIGHT, width, LANES_TOP - AXIS_HEIGHT), image,
                          QRectF(strip))
        self._preview_key = key
        job = self._paint_job
        if job is not None and job.view == here and job.flip is None and (
                job.key is None or job.key == key):
            self._preview_job = job  # the step painted ahead, part made: it goes on
        elif job is None or job is not self._preview_job or (
                job.ahead and not self._same_run(job)):  # (a run that turned)
            self._paint_job = self._preview_job = self._preview_job_for()
        self._preview_timer.start()
        return True

    def _finish_preview_job(self) -> bool:
        """No picture is near enough to stretch for a notch, but the picture being
        painted for a stretched view (``_preview_job``, begun) is: the rest of it now
        (at most its bands and the part above them: the cost of painting this notch
        whole, less what is done), so that the notch is stretched from it, and so are
        the next ones (issue 11, session 10: a run's first picture at 2560x1440 was
        done a notch after the fit-all picture was too far, and that notch was a whole
        layout and paint, 20-30 ms).  True when it was finished."""
        job = self._paint_job
        if (job is None or job is not self._preview_job or job.key is None
                or job.flip is not None or job.view == (self._origin, self._px_per_day)):
            return False
        stretch = self._px_per_day / job.view[1]
        if max(stretch, 1 / stretch) > PREVIEW_MAX_STRETCH:
            return False
        self._paint_slice(job, to_the_end=True)
        return self._paint_job is None and self._preview_source is not None and (
            self._preview_source[1] is job.picture)

    def _preview_source_for(self, key: tuple[object, ...]
                            ) -> tuple[tuple[object, ...], QImage] | None:
        """The picture ``_zoom_preview`` stretches for the view with ``key``: of the
        pictures kept, one whose key differs only in origin, scale and lanes' changes of
        mode (its generation's contents the same, ``_contents_of``), within
        ``PREVIEW_MAX_STRETCH``: one that covers the whole view (no columns of
        background) before one that does not, then the nearest in zoom; None when there
        is none.  (With pictures painted ahead of a run, ``_preview_job_for``, a notch
        often has one a notch or two ahead and one a few behind: zooming in, the one
        behind covers the view.)"""
        ppd, origin = key[7], key[6]
        width = self.viewport().width()
        contents = self._contents_of(key[0])
        best: tuple[tuple[object, ...], QImage] | None = None
        best_rank = (True, PREVIEW_MAX_STRETCH)
        candidates = [self._frame_cache, self._preview_source, self._previous_picture,
                      self._ahead_picture, self._fit_picture, *self._side_pictures.items()]
        for candidate in candidates:
            if candidate is None:
                continue
            other = candidate[0]
            # (A picture made before a lane's change of mode, or by it, is stretched
            # too: its lanes' rows or bars show for the notch or two before its own
            # picture.  Else, with every picture kept of the old decision, a notch whose
            # own layout changed a lane at 100 000 events was laid out and painted whole,
            # 30 ms at 2560x1440: issue 11, session 12.)
            if (other[1:6] != key[1:6] or other[8:-1] != key[8:-1]
                    or self._contents_of(other[0]) != contents):  # (any packing: stretched)
                continue
            stretch = ppd / other[7]  # type: ignore[operator]
            left = (other[6] - origin) * ppd  # type: ignore[operator]
            # One that covers the whole view first (no columns of background: a picture
            # behind a zoom-in run, ahead of a zoom-out one), then the nearest.
            rank = (left > 1e-6 or left + width * stretch < width - 1e-6,
                    max(stretch, 1 / stretch))
            if rank[1] <= PREVIEW_MAX_STRETCH and rank <= best_rank:
                best, best_rank = candidate, rank
        return best

    def _end_preview(self) -> None:
        """``PREVIEW_KEPT_MS`` after a stretched frame, its view's own picture is still not
        made (a loaded machine, a notch's picture dropped): a frame paints it now."""
        if self._preview_key is not None:
            self.viewport().update()

    def _catch_up_after_preview(self) -> None:
        """What a notch shown stretched left for its view's own frame: the vertical bar's
        range (the lanes' height) and the hover under a still pointer."""
        self._behind_preview = False
        self._update_scrollbars()
        self._hover_what_is_under_the_pointer(after_preview=True)

    def _make_picture_when_idle(self) -> None:
        """The frame picture of the view on screen, if it is still the one last painted
        straight (no drag, no rubber band: those paint directly), painted in slices
        (``_paint_slice``) unless a step painted ahead is under way."""
        job = self._paint_job
        if job is not None and job.side and job.view == self._fit_after_resize_view:
            self._picture_timer.start()  # Fit All's view after a resize first: then this
            return
        self._fit_after_resize_view = None
        if (not self.isVisible() or self.drag_preview() is not None
                or self._band is not None
                or self._work_ahead_held or self._pan is not None):
            return
        if self._world_pending() and (self._world_rest_timer.isActive()
                                      or self._chunks_ahead or self._chunk_timer.isActive()):
            # Its picture and the views beside it after the world's chunks are swapped
            # in (``_world_swap`` starts this again): made before, they were made twice
            # at every new zoom level's rest (held-key pans at 100 000 events,
            # 2560x1440, began behind ~150 ms of that work, session 27).
            return
        if self._paint_job is not None:
            # Work under way first (a picture ahead of a zoom run, whose slices a loaded
            # machine makes slow): then this, else nothing would make the picture of the
            # view that stayed and every hover would paint it whole again.
            self._picture_timer.start()
            return
        key = self._frame_key()
        if self._frame_cache is not None and self._frame_cache[0] == key:
            self._prepare_sides()
        elif key == self._painted_key:  # its picture, then the views beside it
            here = (self._origin, self._px_per_day)
            self._paint_job = _PaintJob(here, here, self._last_move)
            self._ahead_timer.start()

    def _prepare_sides(self) -> None:
        """The view stayed on screen (its frame picture is made): the views one
        Shift+arrow step either side of it, and, when the pointer is over the view and
        ``SIDE_PICTURES`` allows, one wheel notch in and out about the pointer, are
        painted too, in slices, so that the first step of the next pan or wheel run
        copies a picture (issue 11: a new view's frame is 10-25 ms at 100 000 events).
        Kept while the view stays; what another view would need is dropped.  Last, the
        view Fit All would show (``_fit_view``), when it fits in ``SIDE_PICTURES_BYTES``
        beside them, into ``_fit_picture``, kept while the view moves at this size: Fit
        All's frame then copies it (issue 11: a Fit All at 2560x1440 was 19-29 ms of
        CPU)."""
        if (not self.isVisible() or self._paint_job is not None or self._work_ahead_held
                or self.drag_preview() is not None or self._band is not None
                or self._pan is not None):
            return
        key = self._frame_key()
        here = (self._origin, self._px_per_day)
        viewport = self.viewport()
        moves: list[tuple[object, ...]] = [("pan", viewport.width() / 8),
                                           ("pan", -viewport.width() / 8)]
        if self._pointer is not None:  # a wheel's notch in or out about the pointer
            # Four pictures were once made as a step on, a notch in, then back and out:
            # the notch last was not made in time at 2560x1440 (four pictures of ~28 ms
            # of CPU after the view's own: the first notch 400 ms after pointing was a
            # straight paint, issue 11).
            # With three pictures (2560x1440, SIDE_PICTURES_BYTES) the one left out is
            # a step of the other kind than the last move (a pan after a pan, else a
            # notch): the way the view last moved comes first, then its turn (issue 11:
            # the app in use within 300 MiB without a straight paint at a turn).
            notches = [("zoom", WHEEL_NOTCH, self._pointer.x()),
                       ("zoom", 1 / WHEEL_NOTCH, self._pointer.x())]
            last = None if self._last_move is None else self._last_move[0]
            if last is not None and last[0] == "pan":
                moves = [*(moves[::-1] if last[1] < 0 else moves), *notches]  # type: ignore[operator]
            else:
                zoomed_out = last is not None and last[1] < 1  # type: ignore[operator]
                moves = [*(notches[::-1] if zoomed_out else notches), *moves]
        wanted: dict[tuple[object, ...], tuple[float, float]] = {}
        ratio = viewport.devicePixelRatioF()
        picture_bytes = 4.0 * viewport.width() * viewport.height() * ratio * ratio
        kept = min(SIDE_PICTURES, max(2, int(SIDE_PICTURES_BYTES // max(1.0, picture_bytes))))
        if (kept > 2 and (kept + 1) * picture_bytes > SIDE_PICTURES_BYTES
                and self._fit_picture is not None
                and time.monotonic() < self._fit_hold_until):
            kept -= 1  # Fit All's picture made after a resize: the last step waits
        for move in moves[:kept]:
            view = self._view_after(move)
            if view is not None and view != here:
                wanted[(*key[:6], *view, *key[8:-1], self._world_key(view[1]))] = view
        for old in [k for k in self._side_pictures if k not in wanted]:
            self._spare_canvas = self._side_pictures.pop(old)
        self._side_queue = [view for k, view in wanted.items()
                            if k not in self._side_pictures and not (
                                self._ahead_picture is not None and self._ahead_picture[0] == k)]
        # Last, Fit All's view (unless it is one of those, or on screen): kept while the
        # view moves at this size, it is painted once a size or an edit, not every stay.
        room = (len(wanted) + 1) * picture_bytes <= SIDE_PICTURES_BYTES
        fit = self._fit_view() if room and key[4] == 0 else None
        self._fit_key = None
        if fit is not None and fit != here:
            self._fit_key = (*key[:6], *fit, *key[8:-1], self._world_key(fit[1]))
            if self._fit_key in wanted:
                self._fit_key = None
        if self._fit_picture is not None and self._fit_picture[0] != self._fit_key:
            self._spare_canvas, self._fit_picture = self._fit_picture[1], None
        if fit is not None and self._fit_key is not None and self._fit_picture is None:
            self._side_queue.append(fit)
        # The step painted ahead of a pan that stopped is one of them: kept as such.
        if self._ahead_picture is not None and self._ahead_picture[0] in wanted:
            self._side_pictures[self._ahead_picture[0]] = self._ahead_picture[1]
            self._ahead_picture = None
        self._next_side_job()

    def _paint_fit_after_resize(self) -> None:
        """The viewport's size changed and its first frame at the new size is painted:
        the view Fit All would show at that size (``_fit_view``) is painted now, in
        slices while the app waits (``_paint_slice``), into ``_fit_picture``, before the
        view's own picture and the steps beside it (``_make_picture_when_idle`` waits for
        it), so that a Fit All pressed soon after a resize (the window maximised) copies
        it (issue 11: the bench's Fit All at 2560x1440 comes 30-50 ms after the resize,
        before ``PICTURE_IDLE_MS``, and was a cold view of 22-35 ms).  Not when nothing
        is to gain or it could not be shown: at Fit All's view already, under a filter
        or a changed scale (``_fit_view`` None), lanes scrolled down (Fit All scrolls
        them to the top), work ahead of a move or another job under way, a drag, or no
        room in ``SIDE_PICTURES_BYTES`` beside the steps' pictures kept.  At rest,
        ``_prepare_sides`` keeps it or drops it by its own rule (the same bytes).  A view
        beside the one on screen under way is of the size before (a window resized by
        dragging its edge): it goes, this one is painted instead."""
        self._fit_after_resize_view = None
        if self._paint_job is not None and self._paint_job.side:
            self._paint_job = None
        if (not self.isVisible() or self._auto_fit or self._paint_job is not None
                or self._move_ahead is not None or self._work_ahead_held
                or self._pan is not None or self.drag_preview() is not None
                or self._band is not None
                or (self._origin, self._px_per_day) != self._shown_view):
            return
        key = self._frame_key()
        here = (self._origin, self._px_per_day)
        fit = self._fit_view() if key[4] == 0 else None
        if fit is None or fit == here:
            return
        fit_key = (*key[:6], *fit, *key[8:-1], self._world_key(fit[1]))
        if self._fit_picture is not None and self._fit_picture[0] == fit_key:
            return
        viewport = self.viewport()
        ratio = viewport.devicePixelRatioF()
        picture_bytes = 4.0 * viewport.width() * viewport.height() * ratio * ratio
        if (len(self._side_pictures) + 1) * picture_bytes > SIDE_PICTURES_BYTES:
            return
        if self._fit_picture is not None:
            self._spare_canvas, self._fit_picture = self._fit_picture[1], None
        self._fit_key, self._fit_after_resize_view = fit_key, fit
        self._paint_job = _PaintJob(fit, here, self._last_move, side=True)
        self._ahead_timer.start()
        self._fit_hold_until = time.monotonic() + FIT_AFTER_RESIZE_KEPT_MS / 1000
        self._fit_hold_timer.start(FIT_AFTER_RESIZE_KEPT_MS)

    def _end_fit_hold(self) -> None:
        """``FIT_AFTER_RESIZE_KEPT_MS`` after a resize: the views beside the view on
        screen by ``_prepare_sides``'s own rule (the last step instead of Fit All's
        picture, where the bytes do not hold both), once the work under way is done."""
        self._fit_hold_until = 0.0
        if self._paint_job is not None:
            self._fit_hold_timer.start(PICTURE_IDLE_MS)  # after the work under way
            return
        if self._frame_cache is not None and self._frame_cache[0] == self._frame_key():
            self._prepare_sides()

    def _next_side_job(self) -> None:
        """The next view of ``_side_queue`` to paint, if the view on screen is still the
        one they are beside."""
        if self._paint_job is not None:
            return
        if not self._side_queue:
            self._prepare_rest_pan()  # the views beside it made: the pan's stretch next
            return
        here = (self._origin, self._px_per_day)
        self._paint_job = _PaintJob(self._side_queue.pop(0), here, self._last_move, side=True)
        self._ahead_timer.start()

    def _scrolled_from(self, key: tuple[object, ...]) -> int | None:
        """How far (pixels, down) the lanes moved since the frame picture was painted, when
        that is all that changed and less than the lanes' height; else ``None``."""
        cache = self._frame_cache
        if cache is None or key[3] != 1.0:  # device pixels = logical pixels only
            return None
        old = cache[0]
        if old[:4] != key[:4] or old[5:] != key[5:] or old[4] == key[4]:
            return None
        dy = int(old[4]) - int(key[4])  # type: ignore[call-overload]
        height = self.viewport().height() - LANES_TOP
        return dy if abs(dy) < height else None

    def _scroll_picture(self, key: tuple[object, ...]) -> None:
        """The frame picture's lanes shifted by a vertical scroll, and only the rows the
        scroll exposed painted (a selection that scrolls the lanes, the scroll bar):
        a copy and a strip instead of the whole view (issue 11)."""
        from PySide6.QtGui import QImage  # not needed by the first paint (start-up time)

        dy = self._scrolled_from(key)
        assert dy is not None and self._frame_cache is not None
        picture = self._frame_cache[1]
        height = self.viewport().height()
        width = self.viewport().width()
        kept = height - LANES_TOP - abs(dy)
        if dy > 0:  # the lanes moved down: the rows at the top are new
            source, target_y, strip = LANES_TOP, LANES_TOP + dy, (LANES_TOP, LANES_TOP + dy)
        else:
            source, target_y, strip = LANES_TOP - dy, LANES_TOP, (height + dy, height)
        # Into a second image of the same size (kept from the last scroll): one copy of
        # the kept rows, not a copy out of the picture and another back into it.
        spare = self._spare_picture
        if spare is None or spare.size() != picture.size() or spare.format() != picture.format():
            spare = QImage(picture.size(), picture.format())
            spare.setDevicePixelRatio(picture.devicePixelRatio())
        painter = QPainter(spare)
        try:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.drawImage(QRect(0, 0, width, LANES_TOP), picture,
                              QRect(0, 0, width, LANES_TOP))  # the axis and overview
            painter.drawImage(QRect(0, target_y, width, kept), picture,
                              QRect(0, source, width, kept))
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            painter.setFont(self._label_font)
            self._paint(painter, picture=True, strip=strip)
        finally:
            painter.end()
        self._spare_picture = picture
        self._frame_cache = (key, spare)

    def _paint_overlay(self, painter: QPainter) -> None:
        """The selected, hovered and current events drawn again over the frame picture,
        highlighted (a few items: a selection repaints only their rectangles)."""
        chosen = self._selected_ids
        hover_id = self._hover_id
        primary_id = self._selection.event_id if self._matches is not None else ""
        if not chosen and not hover_id and not primary_id:
            return
        pan = self._pan
        if (pan is not None and pan.moved and pan.layout is not None and self._pan_valid()
                and len(chosen) < 64):
            # A pan's frame: the stretch seen from the view with these items alone (all
            # of them, each move, was ~2 ms at 2560x1440 with one event selected).
            left = pan.margin + self._pan_shift() / pan.ratio
            layout = _shifted_layout(pan.layout, left, left, left + self.viewport().width(),
                                     {*chosen, hover_id, primary_id, self._selection.event_id})
        else:
            layout = self._layout()
        offset = self._content_offset()
        painter.save()
        painter.setClipRect(self._events_area(), Qt.ClipOperation.IntersectClip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_selection_marks(painter, layout, offset)
        bottom = self.viewport().height()
        for index, lane in enumerate(layout.lanes):
            if lane.top + offset >= bottom or lane.top + lane.height + offset <= LANES_TOP:
                continue  # clipped away (and a lane laid out off screen stays unfinished)
            items = [item for item in lane.items if item.event_id in chosen
                     or item.event_id == hover_id or item.event_id == primary_id]
            if items:  # an item keeps its lane's colour (as laid out, for the palette)
                self._paint_items(painter, lane, items, offset, self._lane_fill(index),
                                  items[0].color, chosen, hover_id, self._selection.event_id)
        painter.restore()

    def _selection_mark(self, layout: _Layout, event_id: str
                        ) -> tuple[_LaneGeometry, QRectF, Event] | None:
        """Where a selected event that has no item is marked: in its lane's density
        strip, or in the row of the "+N" badge that counts it (its lane, the mark's
        rectangle in content coordinates, the event); None when it has an item, is
        hidden, or its lane or its date is not on screen.  Without it, an event selected
        in the list in a crowded lane showed nothing in the view (new-user trial)."""
        if (not event_id or event_id in layout.items_by_id
                or event_id not in self._document.timeline or event_id in self._hidden):
            return None
        event = self._document.timeline.get(event_id)
        keys = lane_keys(event, self._lanes_by, self._lane_spellings)
        lane = next((lane for lane in layout.lanes if lane.category in keys), None)
        if lane is None:
            return None
        if lane.dense:
            top, bottom = lane.top + LANE_HEADER, lane.top + lane.height
        else:
            badge = next((badge for badge in lane.badges if event_id in badge.keys), None)
            if badge is None:
                return None
            top, bottom = badge.rect.top() - 2, badge.rect.bottom() + 2
        start, end = event_days(event)
        width = self.viewport().width()
        if end - start == 1:
            x = self.x_of_day(start + 0.5)
            x0, x1 = x - 1, x + 1
        else:
            x0, x1 = self.x_of_day(start), max(self.x_of_day(end), self.x_of_day(start) + 2)
        if x1 < 0 or x0 > width:
            return None
        x0, x1 = max(x0, -4.0), min(x1, width + 4.0)
        rect = QRectF(x0 - 4, top, x1 - x0 + 8, bottom - top)
        if not lane.dense:  # the whole badge, so that one sees which one counts it
            rect = rect.united(badge.rect.adjusted(-3, -2, 3, 2))
        return lane, rect, event

    def _paint_selection_marks(self, painter: QPainter, layout: _Layout,
                               offset: float) -> None:
        """The current event (the one the detail pane shows), when it has no item
        (``_selection_mark``): a band in the highlight colour across its density strip or
        badge row, with a line at its date (a bar for a span).  Only the current one: a
        selection of thousands (Select All) would draw thousands, and repaint them."""
        highlight = QColor(self.palette().highlight().color())
        for event_id in (self._selection.event_id,):
            mark = self._selection_mark(layout, event_id)
            if mark is None:
                continue
            lane, rect, event = mark
            rect = rect.translated(0, offset)
            band = QColor(highlight)
            band.setAlpha(70)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(band)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setBrush(highlight)
            start, end = event_days(event)
            x0 = self.x_of_day(start + 0.5) - 1.5 if end - start == 1 else self.x_of_day(start)
            x1 = x0 + 3 if end - start == 1 else max(self.x_of_day(end), x0 + 2)
            if not lane.dense:  # a tick under the badge's count, at the event's date
                painter.drawRect(QRectF(x0, rect.bottom() - 5, x1 - x0, 5))
                continue
            if end - start == 1:
                painter.drawRect(QRectF(x0, rect.top(), x1 - x0, rect.height()))
                # the lane's diamond on the line, as the event's marker is drawn
                self._draw_diamond(painter, QPointF(x0 + 1.5, rect.top() + 8),
                                   QPen(highlight.darker(140), 1.3), highlight)
                continue
            # A span: a bar along its top and its extent outlined, the bars under it
            # left to see (filled, it hid the lane's histogram: new-user trial 12).
            painter.drawRect(QRectF(x0, rect.top(), x1 - x0, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(highlight, 2))
            painter.drawRect(QRectF(x0 + 1, rect.top() + 1, max(0.0, x1 - x0 - 2),
                                    rect.height() - 2))

    def _hover_what_is_under_the_pointer(self, after_preview: bool = False) -> None:
        """After the view moved under a still pointer (keys, the wheel): hover what is
        under the pointer now, or nothing, and hide the tooltip of what was there; else
        the highlight followed the event to its new place and the tooltip stayed at the
        old spot (new-user trial 6)."""
        QToolTip.hideText()
        if not after_preview and (self._preview_armed or self._preview_key is not None):
            # What is under the pointer is known from the view's layout: found with its
            # own frame (a whole one: nothing highlighted to repaint meanwhile).
            self._behind_preview = True
            self._hover_id = ""
            return
        hover = ""
        if self._pointer is not None and self._pointer.y() >= LANES_TOP:
            hit = self._hit(self._pointer, items_only=True)
            hover = hit.event_id if isinstance(hit, _Item) else ""
        if hover != self._hover_id:
            self._update_items({hover, self._hover_id} - {""})
            self._hover_id = hover

    # ------------------------------------------------------------------ tooltips
    def _article_badge_tip(self, pos: QPointF) -> str:
        """What the article badge at ``pos`` (viewport px) stands for, "" where there is
        none: "24 articles, 18 March 1815 – 2 April 1837" for "… +23" (a packed row's
        short badges drop "Article ·", ux12)."""
        if not MARKER_ROW_TOP <= pos.y() < MARKER_ROW_TOP + 15:
            return ""
        width = self.viewport().width()
        for x, box, text in self._named_article_columns(width):
            if not box.contains(pos):
                continue
            more = int(text.rstrip(" ▶").rpartition("+")[2]) if " +" in text else 0
            first = math.floor(self.day_at(x))
            if not more:
                date = _dt.date.fromordinal(first)
                return f"An article dated {date.day} {MONTH_NAMES[date.month - 1]} {date.year}"
            every, totals = self._article_days(), self._article_totals()
            index = bisect.bisect_left(every, first)
            last = int(every[bisect.bisect_left(totals, totals[index] + more + 1) - 1])
            from timeline_app.ui.dates_input import day_range_words

            return (f"{more + 1:,} articles, {day_range_words(first, last)}: the dashed line "
                    "marks the first; zoom in to see each")
        return ""

    def _tooltip_for(self, hit: _Item | _Aggregate | _Indicator) -> str:
        if isinstance(hit, _Indicator):
            side = "before" if hit.before else "after"
            return f"{hit.count:,} more {side} the view; click to go to the nearest"
        if isinstance(hit, _Item):
            event = self._document.timeline.get(hit.event_id)
            from timeline_app.ui.detail_pane import date_line

            parts = [f"<b>{html.escape(display_title(event.title))}</b>",
                     html.escape(date_line(event))]
            if event.status:  # how the claim stands ("Disputed")
                from timeline_app.core.status import status_words

                parts[1] += f" · {html.escape(status_words(event.status))}"
            if event.location:
                parts.append(html.escape(display_title(event.location)))
            hint = "drag to move it" if hit.is_point else "drag to move it, its right end to resize"
            if hit.event_id not in self._selected_ids:
                hint = "click, then " + hint  # only a selected event moves
            parts.append(f"<i>{hint}; double-click to edit</i>")  # how to change it
            return "<br>".join(parts)
        from timeline_app.ui.dates_input import day_range_words

        span = html.escape(day_range_words(hit.first_day, hit.last_day - 1))
        if not hit.keys:  # a density's bar
            return f"{hit.count} events, {span}<br>Click to zoom in"
        # A "+N" badge names its first events (verify39 F7's "+1": which event it was
        # could only be found by zooming in or in the Events list).
        timeline = self._document.timeline
        named = [timeline.get(key) for key in hit.keys[:BADGE_TIP_TITLES]
                 if key in timeline]
        lines = []
        for event in named:
            title = display_title(event.title)
            if len(title) > BADGE_TIP_CHARS:
                title = title[:BADGE_TIP_CHARS - 1].rstrip() + "…"
            when = ("" if hit.last_day - hit.first_day <= 1  # (one day: said above)
                    else f" <i>({html.escape(dates_in_words(event.date, event.end))})</i>")
            lines.append(f"• {html.escape(title)}{when}")
        if hit.count > len(named):
            lines.append(f"and {hit.count - len(named):,} more")
        head = f"{hit.count:,} events, {span}:" if hit.count > 1 else f"1 event, {span}:"
        return "<br>".join([head, *lines, "Click to zoom in"])

    # ------------------------------------------------------------------ pan gestures
    def _pan_key(self) -> tuple[object, ...]:
        """What a pan's stretch (``_Pan``) was laid out and painted for: a change of any
        of these (an edit, a filter, a zoom, a resize, the palette) ends the gesture's
        reuse; its next frames are whole paints.  (A vertical scroll paints its tiles
        again: ``_pan_rows``.)"""
        viewport = self.viewport()
        return (self._frame_generation, self._px_per_day, self._scale, viewport.width(),
                viewport.height(), viewport.devicePixelRatioF(), self.palette().cacheKey(),
                self._lane_room())

    def _pan_rows(self) -> None:
        """The pan's picture holds the lanes' rows on screen when its tiles were painted
        (the vertical scroll): after a scroll (a drag's vertical part over lanes taller
        than the view) its tiles are painted again, the view's first; the layout stays."""
        pan = self._pan
        assert pan is not None
        value = self.verticalScrollBar().value()
        if pan.rows != value:
            pan.rows = value
            pan.painted.clear()
            pan.partial.clear()
            pan.redo.clear()
            pan.redo_tiles.clear()
            pan.rest = None  # (it holds the rows on screen at the press)

    def _pan_valid(self, update: bool = True) -> bool:
        """A pan is under way and its stretch still holds (``_pan_key``); else the pan
        ends (and, with ``update``, the view is painted again for its own edges)."""
        pan = self._pan
        if pan is None:
            return False
        if pan.key == self._pan_key():
            return True
        self._end_pan(update)
        return False

    def _begin_pan(self, layout: _Layout | None = None, pinned_left: float | None = None,
                   pinned_width: int | None = None,
                   articles: list[tuple[float, QRectF, str]] | None = None) -> None:
        """A press that may start a drag: the stretch around the view is laid out (in
        steps, ``_pan_work``) and painted in tiles while the app waits for the moves.
        The stretch: the view and up to ``PAN_TILES_EACH_SIDE`` tiles of a quarter of
        its width each side, within the side pictures' budget (``SIDE_PICTURES_BYTES``,
        or two views' pictures at a large size and ratio: the side pictures are let go
        for it, ``_paint_pan_tiles``).  ``layout``: the one whose lanes' modes and heights
        it keeps (the view's, or the stretch's it replaces); what it showed is kept too
        (``_pinned_stretch``): ``pinned_left`` (display units) is where its x = 0 lies
        (None: the view's left edge) and ``pinned_width`` its width (None: the view's).
        No pan where the view cannot move sideways (Fit All: a drag there changed the
        picture and moved nothing, verify10's finding 3).  The stretch laid out while
        the view rested (``_prepare_rest_pan``) is taken when it is this view's."""
        self._end_pan(update=False)
        reach = self.viewport().width() / self._px_per_day
        if all(abs(self._clamped_origin(self._origin + way * reach) - self._origin) < 1e-9
               for way in (-1, 1)):
            return
        rest, self._pan_rest = self._pan_rest, None
        if (layout is None and rest is not None and rest[0].key == self._pan_key()
                and rest[0].origin0 == self._origin):
            # Laid out while the view rested (``_prepare_rest_pan``).
            self._pan, self._pan_steps = rest
            self._keep_rest_picture(rest[0])
            self._pan_timer.start()
            return
        pressed = layout is None
        if layout is None:
            layout = self._layouts.get(self._layout_key())
        planned = None if layout is None else self._stretch_around(
            layout, self._origin, self._origin if pinned_left is None else pinned_left,
            pinned_width, articles)
        if planned is not None:
            self._pan, self._pan_steps = planned
            if pressed:
                self._keep_rest_picture(planned[0])
            self._pan_timer.start()

    def _keep_rest_picture(self, pan: _Pan) -> None:
        """A press's ``pan`` keeps the view's picture at rest (``PAN_REST_TILES``) when
        it is the picture of the view as it stands (its key is the frame's) and the
        stretch pins that view's layout (``_Pan.pinned``: x = 0 at the stretch's
        ``margin``, the view's width)."""
        cache = self._frame_cache
        pinned = pan.pinned
        if (PAN_REST_TILES and cache is not None and cache[0] == self._frame_key()
                and pinned is not None and pinned[0] is self._layouts.get(self._layout_key())
                and pinned[1] == pan.margin
                and pinned[2] == (pan.margin, pan.margin + self.viewport().width())):
            pan.rest = cache[1]

    def _copy_rest_tiles(self, pan: _Pan, most_bytes: int | None = None) -> None:
        """The tiles of ``pan``'s stretch that lie wholly inside the lanes' content of
        the view at rest, copied from its picture (``_Pan.rest``) into the stretch's
        (rows from ``LANES_TOP`` down, at the device pixel ratio) and counted painted;
        the picture is let go.  Inside means in the view and clear by 2 px of what a
        view paints that a tile does not: each lane's swatch, name and "◀ N" / "N ▶"
        (``_paint_lane_header``; a pan's frame paints them over its copy).  There the
        stretch shows the view's items where the view showed them (``_pinned_stretch``),
        over the same backdrop, grid and article lines on the same device pixels (the
        stretch begins a whole number of tiles left of the view): the pixels a tile's
        paint gives (tested: ``test_view_pan_rest_tiles``).

        ``most_bytes`` (a slice while the app waits): at most this many bytes of tiles
        copied, those nearest the view's middle, the picture kept for the rest (the next
        slice goes on); a new picture's pages are written as it is copied into: the
        whole view's tiles in one slice were 16-22 ms at 1 000 000 events and 2560x1440,
        which a drag's move waited for (session 27, fix40).  None: all of them."""
        rest, pan.rest = pan.rest, None
        if rest is None or pan.pinned is None or pan.rows != self.verticalScrollBar().value():
            return
        self._pan_picture(pan)
        picture = pan.picture
        assert picture is not None
        ratio = pan.ratio
        width, height = self.viewport().width(), self.viewport().height()
        if (rest.width(), rest.height()) != (round(width * ratio), round(height * ratio)):
            return
        low, high = 0.0, float(width)
        for lane in pan.pinned[0].lanes:
            name = 22 + self._name_width(lane.category) + 4  # ``_paint_lane_header``
            before, after = lane.indicator_rects
            low = max(low, name, before.right() if not before.isNull() else 0.0)
            if not after.isNull():
                high = min(high, after.left())
        low, high = pan.margin + low + 2, pan.margin + high - 2
        tiles = [k for k in range(pan.width // pan.tile) if k not in pan.painted
                 and k * pan.tile >= low and (k + 1) * pan.tile <= high]
        if not tiles:
            return
        if most_bytes is not None:
            most = max(1, int(most_bytes // (4.0 * pan.tile * height * ratio * ratio)))
            if len(tiles) > most:
                pan.rest = rest  # (the others in the next slices)
                middle = pan.margin + width / 2
                near = min(range(len(tiles) - most + 1), key=lambda i: abs(
                    (tiles[i] + most / 2) * pan.tile - middle))
                tiles = tiles[near:near + most]
        painter = QPainter(picture)
        try:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            x0, x1 = tiles[0] * pan.tile, (tiles[-1] + 1) * pan.tile
            painter.drawImage(QRectF(x0, LANES_TOP, x1 - x0, height - LANES_TOP), rest,
                              QRectF((x0 - pan.margin) * ratio, LANES_TOP * ratio,
                                     (x1 - x0) * ratio, (height - LANES_TOP) * ratio))
        finally:
            painter.end()
        pan.painted.update(tiles)

    def _copy_stretch_tiles(self, src: _Pan, dst: _Pan, most: int | None = None,
                            budget: float | None = None) -> bool:
        """The tiles of ``dst`` (the next stretch of a drag, laid out) not painted that
        lie wholly within painted tiles of ``src`` (the stretch it follows), copied from
        ``src``'s picture into ``dst``'s (made if missing) and counted painted.  There
        ``dst`` keeps every item, "+N" badge and article line of ``src`` where it was and
        adds none of its own (``_pinned_stretch``: its own stay 4 px clear of ``src``'s
        extent), over the same backdrop and grid on the same device pixels (the
        stretches begin a whole number of pixels apart): the pixels a tile's paint
        gives.  A dense lane's bars may differ (the bins start at each stretch's edge,
        its peak is the one it keeps): where they do, that lane's rows of the copied
        tiles are painted again (``_paint_pan_band``).  Nothing is copied when the two
        differ in their key, tile, ratio, rows on screen or crowded article lines.
        ``most``: at most this many tiles, those nearest ``dst``'s middle (a slice while
        the app waits: a new picture's pages are written as it is copied into, 10-20 ms
        for a whole stretch at 2560x1440).  True when some tiles were copied.  (A drag's
        next stretch painted its tiles
        under the view anew, 25-42 ms at 100 000 events and 2560x1440, though the
        stretch it left held most of those pixels: issue 11, session 21.)

        ``budget`` (ms of the GUI thread, a slice while the app waits): the dense lanes'
        rows of the copied tiles are painted again in bands as the budget allows, the
        rest in the next slices (``_redo_dense``; the tiles are counted painted once
        all are); a slice that has some left does them before copying more.  All at
        once, a slice that copied tiles at 1 000 000 events and 2560x1440 (nearly every
        lane dense) was 42-48 ms (session 27, fix40).  None (a frame): all of them."""
        import numpy as np

        began = time.thread_time()
        if dst.redo and dst.picture is not None:
            self._redo_dense(dst, budget)
            if budget is not None:
                return True
        dst.redo.clear()
        dst.redo_tiles.clear()

        if (src.picture is None or src.layout is None or dst.layout is None
                or src.key != dst.key or src.tile != dst.tile or src.ratio != dst.ratio
                or src.rows != dst.rows or src.rows != self.verticalScrollBar().value()
                or not src.painted):
            return False
        ppd = self._px_per_day
        # dst x = src x - off
        off = (dst.origin0 - dst.margin / ppd - (src.origin0 - src.margin / ppd)) * ppd
        ratio = src.ratio
        if abs(off - round(off)) > 1e-6 or abs(off * ratio - round(off * ratio)) > 1e-6:
            return False
        off = round(off)
        src_lines, dst_lines = self._pan_article_lines(src), self._pan_article_lines(dst)
        if src.article_crowded != dst.article_crowded:
            return False
        tile = dst.tile
        src_count = src.width // tile

        def copyable(k: int) -> bool:
            a, b = k * tile + off, (k + 1) * tile + off  # its columns in src x
            if a < 0 or b > src.width:
                return False
            return all(j in src.painted for j in range(a // tile, -(-b // tile))
                       if j < src_count)

        todo = [k for k in range(dst.width // tile)
                if k not in dst.painted and k not in dst.redo_tiles and copyable(k)]
        if not todo:
            return False
        if most is not None and len(todo) > most:
            middle = dst.width / 2
            todo = sorted(sorted(todo, key=lambda k: abs((k + 0.5) * tile - middle))[:most])
        runs: list[tuple[int, int]] = []
        for k in todo:
            if runs and runs[-1][1] == k:
                runs[-1] = (runs[-1][0], k + 1)
            else:
                runs.append((k, k + 1))
        # The article lines of the copied columns must be the same (they are, pinned).
        lo, hi = todo[0] * tile - ARTICLE_LINE_PX, (todo[-1] + 1) * tile + ARTICLE_LINE_PX
        if ([round(x, 6) for x, _b, _l in dst_lines if lo < x < hi]
                != [round(x - off, 6) for x, _b, _l in src_lines if lo < x - off < hi]):
            return False
        self._pan_picture(dst)
        assert dst.picture is not None and src.picture is not None
        height = self.viewport().height()
        painter = QPainter(dst.picture)
        try:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            for first, end in runs:
                x0, x1 = first * tile, end * tile
                painter.drawImage(QRectF(x0, LANES_TOP, x1 - x0, height - LANES_TOP),
                                  src.picture,
                                  QRectF((x0 + off) * ratio, LANES_TOP * ratio,
                                         (x1 - x0) * ratio, (height - LANES_TOP) * ratio))
        finally:
            painter.end()
        # Dense lanes whose bars differ in the copied columns: their rows painted again
        # there, neighbouring lanes' rows as one band, group by group (a group's layout
        # is made once, ``_pan_group_layout``).
        offset = self._content_offset()
        x0, x1 = todo[0] * tile, (todo[-1] + 1) * tile

        def bars(lane: _LaneGeometry, shift: int) -> tuple[Any, Any]:
            if lane.bar_x is None or lane.bar_h is None:
                return np.zeros(0), np.zeros(0)
            xs = lane.bar_x - shift
            keep = (xs + DENSITY_BIN_PX > x0) & (xs < x1)
            return xs[keep], lane.bar_h[keep]

        bands: list[list[int]] = []
        for mine, theirs in zip(dst.layout.lanes, src.layout.lanes, strict=True):
            if not (mine.dense or theirs.dense):
                continue
            (mx, mh), (tx, th) = bars(mine, 0), bars(theirs, off)
            if (mine.dense == theirs.dense and mine.top == theirs.top
                    and mine.height == theirs.height and mine.bar_base == theirs.bar_base
                    and mine.color == theirs.color
                    and np.array_equal(mx, tx) and np.array_equal(mh, th)):
                continue
            top = max(LANES_TOP, math.floor(mine.top + offset))
            bottom = min(height, math.ceil(mine.top + mine.height + offset))
            if bottom <= top:
                continue
            if bands and bands[-1][1] >= top:
                bands[-1][1] = max(bands[-1][1], bottom)
            else:
                bands.append([top, bottom])
        most = self._pan_tiles_a_paint(dst)
        count = dst.width // tile
        for group in sorted({k // most for k in todo}) if bands else ():
            g0, g1 = group * most, min(count, (group + 1) * most)
            cols = [k for k in todo if g0 <= k < g1]
            dst.redo.extend((g0, g1, top, bottom, cols[0], cols[-1] + 1)
                            for top, bottom in bands)
        dst.redo_tiles.update(todo)
        left = None if budget is None else budget - (time.thread_time() - began) * 1000
        self._redo_dense(dst, left, at_least_one=False)
        return True

    def _redo_dense(self, pan: _Pan, budget: float | None, at_least_one: bool = True
                    ) -> None:
        """The bands of dense lanes' rows of ``pan``'s copied tiles still to paint again
        (``_Pan.redo``, from ``_copy_stretch_tiles``): all of them (``budget`` None), or
        as many rows as ``budget`` ms allow by the rows' last costs (``_pan_rows_in``),
        at least ``MIN_BAND_ROWS`` with ``at_least_one``.  The copied tiles are counted
        painted once none is left; painted again meanwhile by a frame (not counted
        painted till then), they get the same pixels (a band paints what one paint
        does there)."""
        began = time.thread_time()
        first, banded = at_least_one, False
        if pan.redo:
            self._pan_picture(pan)  # (its canvas; a new picture drops the bands: no copies)
        while pan.redo:
            g0, g1, top, bottom, c0, c1 = pan.redo[0]
            wide = (c1 - c0) * pan.tile
            if budget is not None:
                rows = self._pan_rows_in(top, wide,
                                         budget - (time.thread_time() - began) * 1000)
                if rows < MIN_BAND_ROWS:
                    if not first:
                        return
                    rows = MIN_BAND_ROWS
                if not banded:  # (the call's first band: as ``_paint_pan_tiles``')
                    rows = min(rows, PAN_FIRST_BAND_ROWS)
                cut = min(bottom, top + rows)
                if bottom - cut < MIN_BAND_ROWS:
                    cut = bottom
            else:
                cut = bottom
            band_began = time.thread_time()
            self._paint_pan_band(pan, g0, g1, top, cut, (c0, c1))
            self._note_pan_band(top, cut, wide, (time.thread_time() - band_began) * 1000)
            if cut < bottom:
                pan.redo[0] = (g0, g1, cut, bottom, c0, c1)
            else:
                pan.redo.pop(0)
            first, banded = False, True
        pan.painted.update(pan.redo_tiles)
        pan.redo_tiles.clear()

    def _stretch_around(self, layout: _Layout, origin: float, pinned_left: float,
                        pinned_width: int | None = None,
                        articles: list[tuple[float, QRectF, str]] | None = None
                        ) -> tuple[_Pan, Generator[None, None, _Layout]] | None:
        """A pan's stretch around the view whose left edge is at ``origin`` (display
        units), keeping the lanes' modes and heights of ``layout`` and what it shows
        (``_pinned_stretch``; its x = 0 at ``pinned_left``, display units, ``pinned_width``
        px wide, None: the view's width) and its article badges (the view's, or
        ``articles``: the stretch's it replaces), and the steps of its layout; None where
        no stretch is made (the switch off, a tiny view, no room)."""
        viewport = self.viewport()
        width, height = viewport.width(), viewport.height()
        if not PAN_REUSE or width < 64 or height <= LANES_TOP or not self.isVisible():
            return None
        ratio = viewport.devicePixelRatioF()
        # (Four tiles and the canvas's padding within the view's width: a paint covers
        # the view's width, and four tiles are painted as one, ``_paint_pan_tiles``.)
        tile = DENSITY_BIN_PX * max(1, (width - 2 * PAN_PAD_PX) // 4 // DENSITY_BIN_PX)
        column_bytes = 4.0 * tile * height * ratio * ratio
        budget = max(float(SIDE_PICTURES_BYTES), 2 * 4.0 * width * height * ratio * ratio)
        view_tiles = math.ceil(width / tile)
        side = min(PAN_TILES_EACH_SIDE, int((budget // column_bytes - view_tiles) // 2))
        if side < 1:
            return None
        fixed = tuple((lane.dense, round((lane.height - LANE_HEADER - LANE_PAD) / ROW_HEIGHT),
                       lane.height) for lane in layout.lanes)
        margin = side * tile
        tiles = 2 * side + view_tiles
        pan = _Pan(origin, self._pan_key(), margin, tile, tiles * tile, ratio)
        pan.rows = self.verticalScrollBar().value()
        start = origin - margin / self._px_per_day
        dx = (pinned_left - start) * self._px_per_day
        if abs(dx - round(dx)) < 1e-6:
            dx = round(dx)
        held = (dx, dx + (width if pinned_width is None else pinned_width))
        steps = self._layout_steps((start, pan.width, fixed))
        pan.pinned = (layout, dx, held)
        if pinned_width is None:
            # The badges on screen, whether or not their lines are drawn (crowded).
            shown = self._named_article_columns(width) if self._article_columns()[0] else None
        else:
            shown = articles
        if shown is not None:
            pan.article_pins = ([(x + dx, box.translated(dx, 0), label)
                                 for x, box, label in shown
                                 if box.right() + dx > 0 and box.left() + dx < pan.width],
                                held)
        return pan, _pinned_steps(steps, layout, dx, pan.width, held)

    def _prepare_rest_pan(self) -> None:
        """The view rests and its picture and the views beside it are painted: the
        stretch a press would pan is laid out now, a slice at a time while the app
        waits (``_pan_work``), not painted (no picture is held at rest), so that the
        drag's first move does not lay it out (~27 ms at 100 000 events, panfix10's
        measure)."""
        if (not PAN_REUSE or self._pan is not None or self._work_ahead_held
                or not self.isVisible()):
            return
        rest = self._pan_rest
        if rest is not None and rest[0].key == self._pan_key() and (
                rest[0].origin0 == self._origin):
            if rest[1] is not None or rest[0].article_lines is None:
                self._pan_timer.start()  # (its layout waited for the views beside)
            return
        self._pan_rest = None
        reach = self.viewport().width() / self._px_per_day
        if all(abs(self._clamped_origin(self._origin + way * reach) - self._origin) < 1e-9
               for way in (-1, 1)):
            return
        layout = self._layouts.get(self._layout_key())
        if layout is not None:
            self._pan_rest = self._stretch_around(layout, self._origin, self._origin)
            if self._pan_rest is not None:
                self._pan_timer.start()

    def _rest_pan_work(self) -> None:
        """A slice (``IDLE_SLICE_MS``) of the layout of the stretch around the view at
        rest (``_prepare_rest_pan``); it goes when the view or what it shows changed."""
        rest = self._pan_rest
        if rest is None or (rest[1] is None and rest[0].article_lines is not None):
            return
        pan, steps = rest
        if (pan.key != self._pan_key() or pan.origin0 != self._origin
                or self._paint_job is not None):
            if pan.key != self._pan_key() or pan.origin0 != self._origin:
                self._pan_rest = None
            return  # (work on the view on screen comes first; a side job restarts it)
        if steps is None:
            # Laid out: its article lines too, a slice of their own, so that the
            # press's first slice does not choose them (3 ms at 100 000 events and
            # 2560x1440, in a slice of 17-21 ms, issue 11, session 12).
            self._pan_article_lines(pan)
            return
        try:
            done = self._pan_steps_for(steps, pan=pan)
        except _PanUnfitError:
            self._pan_rest = None
            return
        if done is None:
            self._pan_timer.start()
        else:
            pan.layout = done
            self._pan_rest = (pan, None)
            if pan.article_lines is None:
                self._pan_timer.start()  # (its article lines next)

    def _end_pan(self, update: bool = True) -> None:
        """The gesture ended (a release) or its stretch no longer holds: its picture goes,
        and a view it moved is painted again, laid out for its own edges."""
        pan = self._pan
        if pan is not None and pan.released:
            update = True  # (before its frame's slices: the release's work, as it was)
        seen = None
        if (pan is not None and pan.moved and update and pan.layout is not None
                and pan.key == self._pan_key()):
            seen = self._pan_view_layout()  # what its last frame showed
        self._pan, self._pan_steps = None, None
        self._pan_next = None
        self._pan_timer.stop()
        self._pictures_to_free.clear()
        self._pan_last_origin, self._pan_step_px, self._pan_way = None, 0.0, 0
        self._pan_spare = None
        if self._paint_job is not None or self._move_ahead is not None:
            self._ahead_timer.start()  # (work ahead waited for the press, ``_lay_out_ahead``)
        if pan is not None and pan.moved and update:
            if seen is not None:
                # The view's layout for its edges keeps the rows the gesture showed
                # (``_seen_rows``), kept under its key as the frame's own.
                own = self._layout()
                self._layouts[self._layout_key()] = _seen_rows(
                    own, seen, self.viewport().width())
            self._update_scrollbars()
            self.viewport().update()

    def _release_pan(self) -> None:
        """The button let go of a pan gesture.  When the drag moved the view, the
        release's frame is still the pan's (its picture under the view, a copy, with
        what is not the lanes' content painted over it: ``_paint_pan_frame``); after
        it the pan ends and the view's own picture is made in slices while the app
        waits (``_settle_after_release``), then shown (a copy).  Laid out for its edges
        and painted whole in the release's own frame, it was every drag row's max in
        bench_view: 17-31 ms at 2560x1440 (issue 11, session 12, drag12b's report).
        Otherwise (a click, no stretch, the switch ``PAN_RELEASE_IN_SLICES`` off),
        ``_end_pan`` as before."""
        pan = self._pan
        if (not PAN_RELEASE_IN_SLICES or pan is None or not pan.moved or pan.layout is None
                or self._work_ahead_held or not self.isVisible()
                or pan.key != self._pan_key()):
            self._end_pan()
            return
        pan.released = True
        self._pan_next = None  # (the next stretch, and its picture if painted ahead)
        self._pan_timer.stop()  # (the release's frame starts it: ``_paint_pan_frame``)
        self.viewport().update()

    def _settle_after_release(self) -> None:
        """After the release's frame (``_release_pan``): the pan ends, its picture and
        canvas let go before the view's own picture is made (at 2560x1440 up to two
        views' bytes and 8 MiB), and a job paints the view's own picture in slices
        (``_paint_slice``), into the picture of the view before the drag (no view's
        bytes more): its layout for its edges keeping what the pan's last frame
        showed (``_seen_steps``), then its bands; done, it is shown
        (``_PaintJob.settles``).  (After a drag at 100 000 events and 2560x1440 the
        peak was 300-302 MiB, 285 at rest: issue 11, session 12.)  Meanwhile the
        screen keeps the pan's last frame; a frame asked for (a hover) finishes the
        job (``_finish_paint_job``), a layout asked for finishes the layout
        (``_layout``), and a move or a scroll finishes it before it changes the view
        (``_settle_layout``): the view is laid out and painted as the release made it
        before, only later."""
        pan = self._pan
        assert pan is not None
        if self._work_ahead_held or not self.isVisible() or self._pan_layout() is None:
            self._end_pan()  # (no work while the app waits: all of it now, as before)
            return
        seen = self._pan_view_layout()  # what the release's frame showed
        self._pan, self._pan_steps, self._pan_next = None, None, None
        self._pan_timer.stop()
        self._pictures_to_free.clear()
        self._pan_last_origin, self._pan_step_px, self._pan_way = None, 0.0, 0
        self._pan_spare = None
        if self._frame_cache is not None and self._spare_canvas is None:
            # The picture of the view before the drag, kept through it, is the new
            # picture's canvas (``_paint_part``): no view's bytes more are taken.
            self._spare_canvas, self._frame_cache = self._frame_cache[1], None
        here = (self._origin, self._px_per_day)
        job = _PaintJob(here, here, self._last_move)
        job.key, job.layout_key = self._frame_key(), self._layout_key()
        own = self._layouts.get(job.layout_key)
        job.layout_steps = _seen_steps(None if own is not None else self._layout_steps(),
                                       own, seen, self.viewport().width())
        job.settles = True
        self._paint_job, self._move_ahead = job, None
        self._ahead_timer.start()

    def _settle_layout(self) -> None:
        """The view a release left (``_settle_after_release``) is about to move or
        scroll while its layout is made in slices: the rest of it now, kept under its
        key as the release kept it before (a view coming back to it finds it)."""
        job = self._paint_job
        if (job is not None and job.settles and job.layout_steps is not None
                and job.layout_key == self._layout_key()):
            self._layout()

    def _side_bytes(self) -> int:
        """Bytes held by the pictures of the views beside the one at rest."""
        return sum(p.sizeInBytes() for p in self._side_pictures.values())

    def _pan_layout(self) -> _Layout | None:
        """The pan's stretch laid out, the rest of its steps run now if need be; None
        (the pan ended) when a lane's rows cannot hold it."""
        pan = self._pan
        assert pan is not None
        if pan.layout is None and self._pan_steps is not None:
            try:
                pan.layout = self._pan_steps_for(self._pan_steps, math.inf, pan)
            except _PanUnfitError:
                self._end_pan(update=False)
                return None
            self._pan_steps = None
        return pan.layout

    def _pan_work(self) -> None:
        """While the app waits for a drag's moves: a few steps of the stretch's layout
        (``IDLE_SLICE_MS``), or, once the view moved, the tiles of its picture, nearest
        the view first."""
        pan = self._pan
        if pan is None:
            self._pictures_to_free.clear()
            self._rest_pan_work()
            return
        if not self._pan_valid(update=False):
            self._pictures_to_free.clear()
            return
        if pan.moved and (self._origin, self._px_per_day) != self._shown_view:
            # The view moved since its last frame: that frame first (it starts this timer
            # again, ``_paint_pan_frame``).  A slice run between a move and its frame
            # (a 0 ms timer fires before the frame's update request) added up to a
            # slice's CPU to that move's frame: 11-21 ms against 4 at 1 000 000 events
            # and 2560x1440 (issue 11, session 11).
            return
        if self._pictures_to_free:
            self._pictures_to_free.pop()  # (one a slice, ``_pan_picture``)
            if self._pictures_to_free:
                self._pan_timer.start()
        if pan.released:  # the release's frame is on screen
            self._settle_after_release()
            return
        if pan.layout is None:
            steps = self._pan_steps
            assert steps is not None
            try:
                done = self._pan_steps_for(steps, pan=pan)
            except _PanUnfitError:
                self._end_pan(update=False)
                return
            if done is not None:
                pan.layout, self._pan_steps = done, None
            self._pan_timer.start()
            return
        self._pan_rows()
        width = self.viewport().width()
        left = pan.margin + self._pan_shift() / pan.ratio
        if pan.rest is not None and (pan.picture is not None or pan.warm or pan.moved):
            # (a slice of its own, after the picture's; a few tiles a slice)
            self._copy_rest_tiles(pan, COPY_SLICE_BYTES)
            self._pan_timer.start()
            return
        if not pan.moved and not pan.warm:
            # A press may be a click (on empty space: a deselection; on an event: a
            # selection): only the tiles under the view are painted until the pointer
            # moves, and the side pictures are kept (``_Pan.sides_kept``), so that the
            # drag's first frame copies them.  Painted from the first move on, they were
            # not ready when the drag passed its threshold 2-3 moves later: its first
            # frame painted them, 13-38 ms of CPU at 2560x1440 (issue 11, session 11).
            if pan.picture is None:
                # A slice of its own: the picture and the canvas made (its pages
                # written), the side pictures let go if both would not fit; then one
                # tile a slice (``_paint_pan_tiles``).  All in the first tile's slice it
                # was 17-21 ms at 100 000 events and 2560x1440 (issue 11, session 12).
                self._pan_picture(pan, touch=True, wait=True)
                self._pan_timer.start()
                return
            if self._paint_wanted_tiles(pan, left, width, beside=False):
                self._pan_timer.start()
            return
        # One of these a slice, in this order (each about ``IDLE_SLICE_MS``).
        if self._paint_wanted_tiles(pan, left, width) or self._lay_out_next_stretch(
                left, width):
            self._pan_timer.start()
            return
        following = self._pan_next
        if following is not None and following[1] is None:
            # The next stretch laid out: its tiles where the view is now, so that
            # leaving this one costs a copy, not a paint of the view (a long drag
            # leaves one stretch after another).
            ahead = following[0]
            rows = self.verticalScrollBar().value()
            if ahead.rows != rows:  # (its tiles hold the rows on screen)
                ahead.rows = rows
                ahead.painted.clear()
                ahead.partial.clear()
                ahead.redo.clear()
                ahead.redo_tiles.clear()
            # This stretch's tiles the view crosses before it leaves it (which the next
            # copies); the next one's beyond its end, which the frame that takes it
            # shows; those this stretch painted copied into it (``_copy_stretch_tiles``,
            # a few a slice: the frame that takes it copies the rest); then those under
            # the view where it will take it (the stretch's middle) and beside, painted.
            if (self._paint_way_tiles(pan, left, width)
                    or self._paint_beyond_tiles(pan, ahead)
                    or self._copy_stretch_tiles(pan, ahead, self._pan_tiles_in_bytes(ahead),
                                                self._pan_slice_ms())
                    or self._paint_wanted_tiles(ahead, ahead.margin, width)):
                self._pan_timer.start()

    def _beyond_tiles(self, pan: _Pan, ahead: _Pan) -> list[int]:
        """The tiles of ``ahead`` (the next stretch) not painted that are not wholly
        within ``pan`` (the stretch it follows) and lie within a paint's tiles
        (``_pan_tiles_a_paint``) of ``pan``'s end the drag's way, nearest first: the
        view leaves ``pan`` when it reaches past that end, so the frame that takes
        ``ahead`` shows some of them."""
        if not self._pan_way:
            return []
        ppd = self._px_per_day
        off = round((ahead.origin0 - ahead.margin / ppd
                     - (pan.origin0 - pan.margin / ppd)) * ppd)  # ahead x = pan x - off
        tile = ahead.tile
        reach = self._pan_tiles_a_paint(ahead) * tile
        count = ahead.width // tile
        if self._pan_way > 0:
            end = pan.width - off  # pan's end in ahead's x
            way = [k for k in range(count)
                   if (k + 1) * tile > end and k * tile < end + reach]
        else:
            end = -off
            way = [k for k in range(count - 1, -1, -1)
                   if k * tile < end and (k + 1) * tile > end - reach]
        return [k for k in way if k not in ahead.painted]

    def _paint_beyond_tiles(self, pan: _Pan, ahead: _Pan) -> bool:
        """One slice (``_pan_slice_ms``) of ``_beyond_tiles``: True when some were
        painted."""
        tiles = self._beyond_tiles(pan, ahead)
        if not tiles:
            return False
        self._paint_pan_tiles(tiles[:1], ahead, budget=self._pan_slice_ms())
        return True

    def _paint_way_tiles(self, pan: _Pan, left: float, width: int) -> bool:
        """One slice (``_pan_slice_ms``) of ``pan``'s tiles not painted between the view
        (``left``: its left edge in the stretch, px) and the stretch's end the drag's way
        (``_pan_way``), nearest the view first: the view crosses them before it leaves
        the stretch, and the next stretch copies them.  True when some were painted."""
        if not self._pan_way:
            return False
        count = pan.width // pan.tile
        way = (range(max(0, math.floor((left + width) / pan.tile)), count)
               if self._pan_way > 0 else
               range(min(count, math.ceil(left / pan.tile)) - 1, -1, -1))
        for k in way:
            if k not in pan.painted:
                self._paint_pan_tiles([k], pan, budget=self._pan_slice_ms())
                return True
        return False

    def _paint_wanted_tiles(self, pan: _Pan, left: float, width: int,
                            beside: bool = True) -> bool:
        """One slice (``IDLE_SLICE_MS``) of the tiles of ``pan``'s stretch the view
        (``left``: its left edge in the stretch, px) wants: those under it first, then
        those within a group of its edges, nearest first; the rest when the view comes
        near (a slice delays the next move: painting the whole stretch ahead raised the
        moves' CPU p95 at 2560x1440 in bench_view's drag, which never reaches it).  A
        group is painted in bands of rows (``_paint_pan_tiles``' ``budget``), except
        one under the view before the drag moved it (no frame waits for that slice,
        and bands cost more in all: at 100 000 events and 2560x1440 a group whole was
        11-17 ms, in bands 18-25 ms, so the press had not painted the view's tiles when
        the drag passed its threshold).  True when some were painted (more may be
        wanted).  ``beside`` False: only those under the view."""
        if pan.layout is None:
            return False
        count = pan.width // pan.tile
        under = range(max(0, math.floor(left / pan.tile)),
                      min(count, math.ceil((left + width) / pan.tile)))
        middle = left + width / 2
        ahead = self._pan_tiles_a_paint(pan) * pan.tile

        def wanted() -> list[int]:
            near = sorted((k for k in range(count) if k not in pan.painted
                           and (k + 1) * pan.tile > left - ahead
                           and k * pan.tile < left + width + ahead),
                          key=lambda k: abs((k + 0.5) * pan.tile - middle))
            return [k for k in under if k not in pan.painted] or (near if beside else [])

        first = wanted()
        if first:
            # (Not the next stretch's, painted ahead while the drag moves.)
            whole = pan is self._pan and not pan.moved and first[0] in under
            tiles = first[:1]
            if whole:
                # The view's tiles of that group, up to ``PRESS_SLICE_BYTES`` of them
                # (the group's canvas clipped to them, ``_paint_pan_tiles``).
                group = self._pan_tiles_a_paint(pan)
                most = max(1, int(PRESS_SLICE_BYTES // (4.0 * pan.tile * self.viewport().height()
                                                        * pan.ratio * pan.ratio)))
                tiles = [k for k in first if k // group == first[0] // group][:most]
            self._paint_pan_tiles(tiles, pan, budget=None if whole else self._pan_slice_ms(),
                                  only=whole)
        return bool(first)

    def _lay_out_next_stretch(self, left: float, width: int) -> bool:
        """The view (``left``: its left edge in the pan's stretch, px) moved a tile or
        more from where the pan began, or the drag's frames went that way
        (``_pan_way``): the stretch around the view where it would leave
        this one that way is laid out a slice at a time (``IDLE_SLICE_MS``), to be taken
        when the view leaves the stretch, which then costs no layout (18 ms at
        2560x1440) and, once its tiles there are painted ahead, no paint either.
        True when it did some of it (one thing a slice, ``_pan_work``)."""
        pan = self._pan
        assert pan is not None and pan.layout is not None
        if self._pan_way and (left - pan.margin) * self._pan_way >= 0:
            rightwards = self._pan_way > 0  # (the drag's way: from its first step)
        elif abs(left - pan.margin) < pan.tile:
            return False  # (near where it began: which way it leaves is not known)
        else:
            rightwards = left > pan.margin
        following = self._pan_next
        if following is not None and (following[0].origin0 > pan.origin0) != rightwards:
            following = self._pan_next = None  # it turned: the other end's
        if following is None:
            # Centred on where the view leaves this stretch (its last whole view that
            # way), not on the view now: once taken it has a whole margin ahead, and its
            # tiles there are painted ahead (``_pan_work``).  (Centred on the view now,
            # a gesture going on the same way left it again half a margin later.)
            start = pan.origin0 - pan.margin / self._px_per_day
            leaves = start + ((pan.width - width) if rightwards else 0) / self._px_per_day
            self._pan_next = self._stretch_around(
                pan.layout, leaves, start, pan.width, pan.article_lines)
            if self._pan_next is None:
                return False
        ahead, steps = self._pan_next
        if steps is None:
            return False
        try:
            done = self._pan_steps_for(steps, self._pan_slice_ms(), ahead)
        except _PanUnfitError:
            self._pan_next = None
            return True
        if done is not None:
            ahead.layout = done
            self._pan_next = (ahead, None)
        return True

    def _pan_slice_ms(self) -> float:
        """How long a slice of the pan's work may run, ms of the GUI thread:
        ``IDLE_SLICE_MS``, or, while a drag's moves come (``DRAG_PACE_S``), what is left
        before the next one is due (0 when it is due: the least slice, one band of rows
        or one step).  A slice running when a move came made it wait: back-to-back 5-7 ms
        slices between moves 16.7 ms apart gave the drag at 100 000 events and 1600x900
        a latency p95 of 10.1 ms with frames of 3.7 (issue 11, session 10's bench)."""
        pace = self._drag_pace
        if pace is None or pace[1] > DRAG_PACE_S:
            due = IDLE_SLICE_MS
        else:
            last, period = pace
            now = time.perf_counter()
            if now > last + 2 * period:
                due = IDLE_SLICE_MS  # (the pointer rests)
            else:
                due = max(0.0, min(IDLE_SLICE_MS, (last + period - now) * 1000 - 1.0))
        return max(due, min(PAN_CATCH_UP_MS, self._pan_catch_up_ms()))

    def _pan_catch_up_ms(self) -> float:
        """What a slice of a drag's work needs, ms of the GUI thread, so that the view
        leaves its stretch with nothing left to do there: the next stretch's layout
        still to run (as long as the last stretch's, ``_pan_layout_ms``, less what ran)
        and this stretch's tiles between the view and its end the drag's way not yet
        painted (at the last band's cost a row, ``_pan_row_ms``), shared among the moves
        left before the view leaves it (the distance, over the frames' mean step).  0
        before the drag has a way and a step (two frames)."""
        pan = self._pan
        if (pan is None or not pan.moved or pan.layout is None or not self._pan_way
                or self._pan_step_px <= 0):
            return 0.0
        width = self.viewport().width()
        left = pan.margin + self._pan_shift() / pan.ratio
        rightwards = self._pan_way > 0
        room = pan.width - (left + width) if rightwards else left
        work = 0.0
        following = self._pan_next
        most = self._pan_tiles_a_paint(pan)
        beyond = most  # (the next stretch's tiles the frame that takes it shows)
        if following is None or following[1] is not None:
            spent = 0.0 if following is None else following[0].layout_ms
            work += max(0.0, (self._pan_layout_ms or 0.0) - spent)
        else:
            beyond = len(self._beyond_tiles(pan, following[0]))
        if self._pan_row_ms is not None:
            count = pan.width // pan.tile
            way = (range(max(0, math.floor((left + width) / pan.tile)), count) if rightwards
                   else range(0, min(count, math.ceil(left / pan.tile))))
            missing = sum(1 for k in way if k not in pan.painted) + beyond
            rows = self.viewport().height() - LANES_TOP
            work += missing * self._pan_row_ms * rows / most
        return work / max(1.0, room / self._pan_step_px)

    def _pan_steps_for(self, steps: Generator[None, None, _Layout],
                       budget: float = IDLE_SLICE_MS, pan: _Pan | None = None
                       ) -> _Layout | None:
        """Steps of a pan's stretch's layout for about ``budget`` ms of the GUI
        thread: at least one, and no next one that, as long as the last, would go over
        (a deadline checked after each step let a slice run a whole step over it:
        8-9 ms slices at 100 000 events and 2560x1440).  The layout once finished, else
        None.  ``_PanUnfitError`` goes through.  ``pan``: the stretch they lay out, its
        ``layout_ms`` counting them (finished, the view's ``_pan_layout_ms``)."""
        began = time.thread_time()
        last = 0.0
        try:
            while True:
                step_began = time.thread_time()
                if step_began > began and (step_began - began) * 1000 + last > budget:
                    return None
                next(steps)
                last = (time.thread_time() - step_began) * 1000
        except StopIteration as done:
            if pan is not None:
                self._pan_layout_ms = pan.layout_ms + (time.thread_time() - began) * 1000
            return done.value  # type: ignore[no-any-return]
        finally:
            if pan is not None:
                pan.layout_ms += (time.thread_time() - began) * 1000

    def _pan_shift(self) -> int:
        """How far the view moved since the pan began, in device pixels (rightwards)."""
        pan = self._pan
        assert pan is not None
        return round((self._origin - pan.origin0) * self._px_per_day * pan.ratio)

    def _pan_tiles_in_bytes(self, pan: _Pan, most_bytes: int | None = None) -> int:
        """How many of ``pan``'s tiles' pixels fit in ``most_bytes`` (at least one): the
        tiles a slice copies while the app waits (a new picture's pages are written as
        it is copied into).  ``most_bytes`` None: ``COPY_SLICE_BYTES``."""
        most_bytes = COPY_SLICE_BYTES if most_bytes is None else most_bytes
        height = self.viewport().height()
        return max(1, int(most_bytes // (4.0 * pan.tile * height * pan.ratio * pan.ratio)))

    def _pan_tiles_a_paint(self, pan: _Pan | None = None) -> int:
        """How many neighbouring tiles of a pan's stretch (``pan``, else the one under
        way) one paint covers: as many as its canvas holds, with its margins within the
        view's width and ``PAN_CANVAS_BYTES`` (8 MiB: two tiles at 2560x1440, four at
        1600x900)."""
        pan = pan or self._pan
        assert pan is not None
        viewport = self.viewport()
        return max(1, min((viewport.width() - 2 * PAN_PAD_PX) // pan.tile,
                          int(PAN_CANVAS_BYTES // (4.0 * pan.tile * viewport.height()
                                                   * pan.ratio * pan.ratio))))

    def _pan_picture(self, pan: _Pan, touch: bool = False, wait: bool = False) -> bool:
        """The pan's picture (the stretch's width x the viewport's height at its device
        pixel ratio, ARGB32 premultiplied) and canvas (``_pan_tiles_a_paint`` tiles and
        ``PAN_PAD_PX`` each side) made if missing or of another size; the pictures of
        the views beside the one at rest let go when the drag needs room (see below).
        ``touch``: the canvas's memory written once (a press's first slice).  True when
        the picture was made.

        The pictures let go are freed one a slice of the pan's work (``_pan_work``), not
        all here: each is as large as the view with its pages written, and freeing them
        all (the views beside, Fit All's, the step ahead, the spare) made one slice
        8-14 ms at 1 000 000 events and 2560x1440, which the drag's first move waited
        for (session 27, fix40).  A picture to make waits until they are freed (the
        room was for it): with ``wait`` (a slice) it is not made yet (False), the next
        slices free them and make it; else (a frame) they are freed at once first."""
        from PySide6.QtGui import QImage  # not needed by the first paint (start-up time)

        height = self.viewport().height()
        ratio = pan.ratio
        size = (round(pan.width * ratio), round(height * ratio))
        new = pan.picture is None or (pan.picture.width(), pan.picture.height()) != size
        if pan.sides_kept and (pan.moved or pan.warm or (new and self._side_bytes()
                                                         + size[0] * size[1] * 4
                                                         > SIDE_PICTURES_BYTES)):
            # The views beside the one at rest are not wanted during a drag: their
            # pictures make room for the stretch's (kept while a press may be a click,
            # when both fit in the side pictures' bytes: at 2560x1440 with 100 000 events
            # the press held 318 MiB with them, against issue 11's 300).
            pan.sides_kept = False
            self._pictures_to_free.extend(picture for picture in (
                *self._side_pictures.values(), self._fit_picture, self._ahead_picture,
                self._previous_picture, self._spare_canvas, self._preview_source,
                self._spare_picture) if picture is not None)
            self._side_pictures.clear()
            self._side_queue = []
            self._fit_picture = None
            self._drop_picture_ahead()
            self._spare_picture = None
        if new and self._pictures_to_free:
            if wait:
                return False  # (freed one a slice first: ``_pan_work``)
            self._pictures_to_free.clear()
        if pan.picture is None or (pan.picture.width(), pan.picture.height()) != size:
            spare, self._pan_spare = self._pan_spare, None
            if spare is not None and (spare.width(), spare.height()) == size:
                pan.picture = spare  # (the picture of the stretch the drag left)
            else:
                pan.picture = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
            pan.picture.setDevicePixelRatio(ratio)
            pan.partial.clear()
            pan.redo.clear()  # (the copies they were to mend are gone with the picture)
            pan.redo_tiles.clear()
        most = self._pan_tiles_a_paint(pan)
        canvas_size = (round((most * pan.tile + 2 * PAN_PAD_PX) * ratio), size[1])
        if pan.canvas is None or (pan.canvas.width(), pan.canvas.height()) != canvas_size:
            pan.canvas = QImage(*canvas_size, QImage.Format.Format_ARGB32_Premultiplied)
            pan.canvas.setDevicePixelRatio(ratio)
            if touch:
                pan.canvas.fill(0)  # (its pages mapped now, not in the first tile's slice)
        return new

    def _paint_pan_tiles(self, tiles: list[int], pan: _Pan | None = None,
                         budget: float | None = None, only: bool = False) -> None:
        """The tiles ``tiles`` of a pan's stretch (``pan``, else the one under way)
        painted into its picture: the lanes' content of the view that would stand there
        (``_paint``'s ``lanes_only``), with the stretch's layout moved to its place.

        Tiles are painted in groups (``_pan_tiles_a_paint`` of them, up to
        ``PAN_CANVAS_BYTES``, counted from the stretch's left edge) into a canvas
        (``_Pan.canvas``) with ``PAN_PAD_PX`` more each side, whose middle is copied: a
        paint of the view's own kind (no transformation: the backdrop's, the grid's and
        the article lines' tiled fills; translated into the picture instead, the grid's
        clipped rectangles alone cost 5 ms a tile at 1600x900), and nothing copied lies
        near the canvas's edges (a shape cut by a device's edge is drawn a level
        otherwise there).  The padding is a whole number of density columns: a
        dense lane's bars stay on their columns.

        ``budget`` (ms of the GUI thread, work done while the app waits): the first
        group is painted in bands of rows (``_pan_band_bottom``), as many as fit in it
        (at least one), and the next slice goes on from the last band
        (``_Pan.partial``).  A whole group was one slice of 13-17 ms at 100 000 events
        and 2560x1440, which the drag's next move waited for (issue 11, session 9).
        None (a frame): every group whole, from where its bands stopped.  ``only`` (a
        press's slice, with ``budget`` None): of a group not begun in bands, only the
        tiles in ``tiles`` (the group's canvas clipped to their columns: the same
        pixels)."""
        pan = pan or self._pan
        assert pan is not None and pan.layout is not None
        height = self.viewport().height()
        self._pan_picture(pan)
        assert pan.picture is not None
        most = self._pan_tiles_a_paint(pan)
        # Whole groups of ``most`` tiles from the stretch's left edge, whichever of their
        # tiles are wanted: a tile's pixels never depend on which tiles were painted with
        # it (a label inside a span bar that began left of the canvas was drawn a level
        # otherwise than one wholly inside it, found by test_view_drag_frames).
        count = pan.width // pan.tile
        runs = [(group * most, min(count, (group + 1) * most))
                for group in sorted({index // most for index in tiles})]
        if budget is not None:
            runs = runs[:1]
        asked = set(tiles)
        began = time.thread_time()
        for first, end in runs:
            # The group's canvas, clipped to the columns of its tiles still to paint:
            # with ``only`` (a press's slice, painted whole from its top) those asked
            # for, else all of them (a group painted in bands goes on with the tiles it
            # began with; a frame paints the group's others too, which the next frames
            # want: one tile a frame made more frames paint one at 1 000 000 events).
            # The pixels of a tile are the group's paint's: the canvas is the group's,
            # only the clip is narrower.  (A press painted three whole groups, six tiles,
            # for the five under the view: 40 ms of CPU at 100 000 events and
            # 2560x1440, its last slice 10-19 ms, which the move passing the drag's
            # threshold waited for; issue 11, session 12.)
            todo = [k for k in range(first, end) if k not in pan.painted]
            if only and budget is None and first not in pan.partial:
                todo = [k for k in todo if k in asked]
            if not todo:
                continue
            cols = (todo[0], todo[-1] + 1)
            top = pan.partial.get(first, LANES_TOP)
            wide = (cols[1] - cols[0]) * pan.tile
            if budget is not None:
                # What a band pays whatever its rows (the stretch's article lines, once;
                # the group's layout): in the slice's time before its rows are chosen, not
                # in the rows' cost (1-3 ms of 10 ms bands at 1 000 000 events, fix40).
                self._pan_article_lines(pan)
                self._pan_group_layout(pan, first, end)
            # How much dearer this group's rows are than noted (from its bands so far in
            # this slice: the density differs along the stretch, the rows' lanes not).
            dearer = 1.0
            while top < height:
                bottom = height
                if budget is not None:
                    spent = (time.thread_time() - began) * 1000
                    left = (budget - spent) / dearer
                    if top != pan.partial.get(first, LANES_TOP) and (
                            self._pan_rows_in(top, wide, left) < MIN_BAND_ROWS):
                        break  # (a band painted: the next would go over)
                    rows = max(MIN_BAND_ROWS, self._pan_rows_in(top, wide, left))
                    if top == pan.partial.get(first, LANES_TOP):
                        # A slice's first band runs whatever it costs: at most
                        # ``PAN_FIRST_BAND_ROWS``, its rows' costs then known for the
                        # next.  (Rows noted cheap elsewhere in the stretch, a dense
                        # region's 540 rows were 27-30 ms at 1 000 000 events, fix40.)
                        rows = min(rows, PAN_FIRST_BAND_ROWS)
                    bottom = self._pan_band_bottom(pan, first, end, top, rows)
                noted = self._pan_band_ms(top, bottom, wide) if budget is not None else 0.0
                band_began = time.thread_time()
                self._paint_pan_band(pan, first, end, top, bottom, cols)
                if budget is not None:
                    if noted > 0:
                        dearer = max(1.0, (time.thread_time() - band_began) * 1000 / noted)
                    # What a row of this width costs, from the last band (for
                    # ``_pan_catch_up_ms``; a decaying maximum), and what each of its
                    # rows cost a pixel of width (``_note_pan_band``): the next band is
                    # as tall as the slice has time for.
                    ms = (time.thread_time() - band_began) * 1000
                    cost = ms / max(1, bottom - top)
                    self._pan_row_ms = max(cost, 0.7 * (self._pan_row_ms or 0.0))
                    self._note_pan_band(top, bottom, wide, ms)
                top = bottom
            if top < height:
                pan.partial[first] = top
            else:
                pan.partial.pop(first, None)
                pan.painted.update(range(*cols))

    def _note_pan_band(self, top: int, bottom: int, wide: int, ms: float) -> None:
        """A band of a pan's tiles, rows ``top``..``bottom`` (viewport y) ``wide`` px
        wide, cost ``ms`` of the GUI thread: each of its rows is noted at its share a
        pixel of width (``_pan_row_cost``), as ``_note_band_cost`` notes the view's.  The
        lanes stay at their rows during a drag, and their cost lies in their rows: one
        figure for every row (``_pan_row_ms``, the last band's) sized the next band by
        a sparse band's cost, and a dense one after it took 29-31 ms at 1 000 000 events
        and 2560x1440 against a slice of 5 (session 27, fix40)."""
        height = self.viewport().height()
        if len(self._pan_row_cost) != height:
            self._pan_row_cost = [0.0] * height
        bottom = min(bottom, height)
        if bottom > top >= 0 and wide > 0:
            share = ms / ((bottom - top) * wide)  # (a decaying maximum, as ``_row_ms``)
            self._pan_row_cost[top:bottom] = [max(share, 0.7 * old)
                                              for old in self._pan_row_cost[top:bottom]]

    def _pan_band_ms(self, top: int, bottom: int, wide: int) -> float:
        """What the rows ``top``..``bottom`` of a band of a pan's tiles ``wide`` px wide
        cost when last painted (``_note_pan_band``; a row not painted yet at the dearest
        known), ms; 0 when none was."""
        costs = self._pan_row_cost
        if len(costs) != self.viewport().height() or not any(costs):
            return 0.0
        dearest = max(costs)
        return sum(cost or dearest for cost in costs[top:bottom]) * wide

    def _pan_rows_in(self, top: int, wide: int, left_ms: float) -> int:
        """How many rows from ``top`` (viewport y) of a band of a pan's tiles ``wide`` px
        wide cost ``left_ms`` or less when last painted (``_note_pan_band``); a row not
        painted yet counts at the dearest row known.  ``PAN_FIRST_BAND_ROWS`` before any
        band was painted at this height (0 when nothing is left)."""
        costs, height = self._pan_row_cost, self.viewport().height()
        if left_ms <= 0:
            return 0
        if len(costs) != height or not any(costs):
            return PAN_FIRST_BAND_ROWS
        dearest = max(costs)
        spent = 0.0
        for row in range(top, height):
            spent += (costs[row] or dearest) * wide
            if spent > left_ms:
                return row - top
        return height - top

    def _pan_band_bottom(self, pan: _Pan, first: int, end: int, top: int,
                         rows: int | None = None) -> int:
        """Where a band of the pan's tiles ``first`` to ``end`` (a group) painted from
        row ``top`` (viewport y) ends: at most ``BAND_PIXELS`` of the canvas (rows x its
        width), ``rows`` (what the slice has time for, by the last band's cost) and
        ``BAND_CONTENT_US`` of its items' drawing (``_band_cost_bottom``, on the group's
        part of the stretch), never fewer than ``MIN_BAND_ROWS`` rows."""
        assert pan.layout is not None
        height = self.viewport().height()
        wide = (end - first) * pan.tile + 2 * PAN_PAD_PX
        most = BAND_PIXELS // max(1, wide)
        bottom = min(height, top + max(MIN_BAND_ROWS, most if rows is None else min(rows, most)))
        if height - bottom < MIN_BAND_ROWS:
            bottom = height
        self._layout_override = self._pan_group_layout(pan, first, end)
        try:
            return self._band_cost_bottom(top, bottom)
        finally:
            self._layout_override = None

    def _pan_group_layout(self, pan: _Pan, first: int, end: int) -> _Layout:
        """The pan's stretch seen from the canvas of its tiles ``first`` to ``end`` (a
        group, ``PAN_PAD_PX`` more each side), kept while the group is painted in
        bands (``_Pan.group_layout``: each band made it again, a pass over the
        stretch's items)."""
        assert pan.layout is not None
        kept = pan.group_layout
        if kept is not None and kept[0] == first:
            return kept[1]
        at = first * pan.tile - PAN_PAD_PX
        layout = _shifted_layout(pan.layout, at, at,
                                 at + (end - first) * pan.tile + 2 * PAN_PAD_PX)
        pan.group_layout = (first, layout)
        return layout

    def _paint_pan_band(self, pan: _Pan, first: int, end: int, top: int,
                        bottom: int, cols: tuple[int, int] | None = None) -> None:
        """The rows ``[top, bottom)`` (viewport y) of the pan's tiles ``first`` to
        ``end`` (one group) painted in its canvas and copied into its picture: any cut
        into bands gives the same pixels as one paint (``_paint``'s ``strip``: a band
        paints the items whose row reaches into it, clipped).  ``cols``: only the tiles
        ``cols[0]`` to ``cols[1]`` of the group (None: all), painted in the group's
        canvas clipped to their columns, so with the pixels of the group's paint."""
        assert pan.layout is not None and pan.picture is not None and pan.canvas is not None
        height = self.viewport().height()
        ratio = pan.ratio
        origin, ppd = self._origin, self._px_per_day
        left = pan.origin0 - pan.margin / ppd
        lines = self._pan_article_lines(pan)
        lo, hi = (first, end) if cols is None else cols
        x0, x1 = first * pan.tile, end * pan.tile
        at = x0 - PAN_PAD_PX  # the canvas's left edge, stretch x
        wide = x1 - x0 + 2 * PAN_PAD_PX
        canvas = QPainter(pan.canvas)
        try:
            # ``_paint``'s ``lanes_only`` keeps the grid columns within the clip: with
            # none set, it kept none (the grid vanished in a drag, verify10's
            # finding 2).  The whole canvas, or only the columns of ``cols``.
            canvas.setClipRect(QRectF(0, 0, wide, height) if cols is None
                               else QRectF(lo * pan.tile - at, 0, (hi - lo) * pan.tile, height))
            canvas.setFont(self._label_font)
            self._origin = left + at / ppd
            self._layout_override = self._pan_group_layout(pan, first, end)
            self._article_lines_override = [] if pan.article_crowded else [
                x - at for x, _box, _label in lines
                if -ARTICLE_LINE_PX < x - at < wide + ARTICLE_LINE_PX]
            self._paint(canvas, picture=True, lanes_only=True,
                        strip=None if (top, bottom) == (LANES_TOP, height) else (top, bottom))
        finally:
            self._origin = origin
            self._layout_override = self._article_lines_override = None
            canvas.end()
        painter = QPainter(pan.picture)
        try:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            x0, x1 = lo * pan.tile, hi * pan.tile
            painter.drawImage(QRectF(x0, top, x1 - x0, bottom - top), pan.canvas,
                              QRectF((x0 - at) * ratio, top * ratio, (x1 - x0) * ratio,
                                     (bottom - top) * ratio))
        finally:
            painter.end()

    def _pan_article_lines(self, pan: _Pan | None = None) -> list[tuple[float, QRectF, str]]:
        """The pan's stretch's article badges and lines (``_Pan.article_lines``): those
        an axis as wide as the stretch names (``_named_article_columns``).  The axis
        chooses its badges greedily from its left edge, so a moving view's own choice
        named other articles than the stretch's lines (looked at: lines under no badge,
        badges without a line); and every article's line was a wall: the badges ride
        with the world as the labels do, cut by the view's edges."""
        pan = pan or self._pan
        assert pan is not None
        if pan.article_lines is None:
            origin = self._origin
            self._origin = pan.origin0 - pan.margin / self._px_per_day
            self._width_override = pan.width
            try:
                xs = self._article_columns()[0]
                # Crowded, the badges still ride (verify15: at 100 000 events the whole
                # row of badges vanished while the button was held); only the lines,
                # a wall there, are left out, as at rest.
                pan.article_crowded = bool(xs) and len(xs) * CROWDED_ARTICLE_PX > pan.width
                pan.article_lines = list(self._named_article_columns(pan.width)) if xs else []
            finally:
                self._origin, self._width_override = origin, None
            if pan.article_pins is not None:
                # The badges on screen at the press stay as they were (the stretch's own
                # choice named other articles there: verify10's finding 4); the
                # stretch's fill in beyond them where they overlap none.
                kept, (low, high) = pan.article_pins
                boxes = [box for _x, box, _label in kept]
                pan.article_lines = sorted(kept + [
                    (x, box, label) for x, box, label in pan.article_lines
                    if not (box.right() + 4 > low and box.left() - 4 < high)
                    and not any(box.right() + 4 > other.left()
                                and box.left() - 4 < other.right() for other in boxes)],
                    key=lambda line: line[0])
        return pan.article_lines

    def _pan_view_layout(self) -> _Layout:
        """The pan's stretch as the view sees it: its items and badges on screen in
        viewport x, and each lane's "◀ N" / "N ▶" for the view (hit tests, the
        selection's highlights).  Made once per place of the view."""
        pan = self._pan
        assert pan is not None
        stretch = self._pan_layout()
        if stretch is None:
            return self._layout()
        shift = self._pan_shift()
        if pan.view_layout is not None and pan.view_layout[0] == shift:
            return pan.view_layout[1]
        width = self.viewport().width()
        left = pan.margin + shift / pan.ratio
        layout = _shifted_layout(stretch, left, left, left + width)
        first, last = self.visible_days()
        for lane, geometry in zip(self._lanes, layout.lanes, strict=True):
            self._indicators(lane, geometry, first, last, set(), width,
                             reaching_in=not geometry.dense)
        pan.view_layout = (shift, layout)
        return layout

    def _paint_pan_frame(self, painter: QPainter) -> bool:
        """A frame of a pan: the part of the stretch's picture under the view, then what
        is not the lanes' content over it: the lanes' swatches, names and "◀ N" /
        "N ▶", the axis, the overview and the article badges (the selection's
        highlights: ``_paint_overlay``).  False (nothing painted): the pan ended (its
        stretch cannot hold the lanes, or it was left and its new one cannot)."""
        pan = self._pan
        assert pan is not None
        if self._pan_layout() is None:
            return False
        here = self._origin
        if self._pan_last_origin is not None and here != self._pan_last_origin:
            # The drag's way and mean step (``_pan_catch_up_ms``).
            step = (here - self._pan_last_origin) * self._px_per_day
            self._pan_way = 1 if step > 0 else -1
            self._pan_step_px = abs(step) if self._pan_step_px <= 0 else (
                0.5 * (self._pan_step_px + abs(step)))
        self._pan_last_origin = here
        released = pan.released
        width, height = self.viewport().width(), self.viewport().height()
        left = pan.margin + self._pan_shift() / pan.ratio
        first, last = math.floor(left / pan.tile), math.ceil((left + width) / pan.tile) - 1
        if first < 0 or (last + 1) * pan.tile > pan.width:
            # Past the stretch's end: a new stretch around the view (its packing
            # differs), the one laid out ahead if it holds the view.
            following = self._pan_next
            self._pan_next = None
            if following is not None and following[0].key == pan.key:
                ahead: _Pan | None = following[0]
                steps = following[1]
                assert ahead is not None
                left = ahead.margin + (self._origin - ahead.origin0) * self._px_per_day
                if not 0 <= left <= ahead.width - width:
                    ahead = None  # (a move of more than its margin)
                elif ahead.layout is None and steps is not None:
                    # Its layout's steps not all run while the app waited: the rest of
                    # them now, not a whole new stretch's.
                    try:
                        ahead.layout = self._pan_steps_for(steps, math.inf, ahead)
                    except _PanUnfitError:
                        ahead = None
                self._pan = ahead if ahead is not None and ahead.layout is not None else None
            else:
                self._pan = None
            if self._pan is None:
                kept = (self._pan_last_origin, self._pan_step_px, self._pan_way)
                self._begin_pan(pan.layout, pan.origin0 - pan.margin / self._px_per_day,
                                pan.width, pan.article_lines)
                self._pan_last_origin, self._pan_step_px, self._pan_way = kept
                if self._pan is None or self._pan_layout() is None:
                    return False
            # The new stretch's tiles that the old one painted are copied from its
            # picture (``_copy_stretch_tiles``; most were while the app waited), into a
            # picture of its own; the old picture goes now.  Where none can be copied,
            # the old stretch's picture and canvas (of the same sizes) are the new one's.
            if self._pan.picture is None and not self._copy_stretch_tiles(pan, self._pan):
                self._pan.picture = pan.picture
            elif self._pan.picture is not None:
                self._copy_stretch_tiles(pan, self._pan)
            if self._pan.canvas is None:
                self._pan.canvas = pan.canvas
            if pan.picture is not self._pan.picture:
                self._pan_spare = pan.picture
            pan.picture = pan.canvas = None
            pan = self._pan
            pan.moved = True
            pan.released = released  # (a release before its last move's frame)
            left = pan.margin + self._pan_shift() / pan.ratio
            first, last = math.floor(left / pan.tile), math.ceil((left + width) / pan.tile) - 1
        self._pan_rows()
        if pan.rest is not None:
            self._copy_rest_tiles(pan)  # (before the slice that would have copied them)
        if pan.redo and pan.picture is not None and not pan.redo_tiles.isdisjoint(
                range(first, last + 1)):
            self._redo_dense(pan, None)  # (tiles copied: their dense rows, not all)
        self._paint_pan_tiles([k for k in range(first, last + 1) if k not in pan.painted])
        assert pan.picture is not None and pan.layout is not None
        ratio = pan.ratio
        painter.drawImage(QRectF(0, LANES_TOP, width, height - LANES_TOP), pan.picture,
                          QRectF(left * ratio, LANES_TOP * ratio, width * ratio,
                                 (height - LANES_TOP) * ratio))
        palette = self.palette()
        painter.fillRect(QRect(0, 0, width, LANES_TOP), palette.base())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        offset = self._content_offset()
        dark = is_dark_palette()
        days = self.visible_days()
        painter.save()
        painter.setClipRect(self._events_area(), Qt.ClipOperation.IntersectClip)
        for index, (lane, geometry) in enumerate(zip(self._lanes, pan.layout.lanes,
                                                     strict=True)):
            if (geometry.top + offset >= height
                    or geometry.top + geometry.height + offset <= LANES_TOP):
                continue
            header = _LaneGeometry(geometry.category, geometry.top, geometry.height,
                                   geometry.dense)
            self._indicators(lane, header, days[0], days[1], set(), width,
                             reaching_in=not geometry.dense)
            self._paint_lane(painter, header, offset, self._lane_fill(index), frozenset(),
                             dark, body=False)
        painter.restore()
        self._article_badges_override = [
            (box.translated(-left, 0), label) for _x, box, label in self._pan_article_lines()
            if box.right() > left and box.left() < left + width]
        try:
            self._paint_above_lanes(painter, self._axis_segments())
        finally:
            self._article_badges_override = None
        self._pan_timer.start()  # the tiles left, the next stretch: while the app waits
        return True

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
        if event.type() == QEvent.Type.ToolTip:
            pos = QPointF(event.pos())  # type: ignore[attr-defined]  # a QHelpEvent
            hit = self._hit(pos)
            if tip := self._article_badge_tip(pos):
                QToolTip.showText(event.globalPos(), tip, self.viewport())  # type: ignore[attr-defined]
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
            brk = self._break_at(pos.x()) if hit is None and pos.y() >= LANES_TOP else None
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
                self._paint(painter, picture=True)
            finally:
                painter.end()
            return
        note_frame()  # no full garbage collection while frames come (``ui/idle_gc.py``)
        painter = (QPainter if self._painted_once else _FillsByRect)(self.viewport())
        self._painted_once = True
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
                    self._paint(painter, picture=True)
                    self._picture_timer.start()
                else:
                    # Qt clips the copy to what needs repainting (a selection: a few
                    # items).
                    painter.drawImage(0, 0, self._frame_picture(key))
                self._paint_overlay(painter)
            if self._date_mark is not None:
                self._date_mark.paint(painter)  # Go to Date's mark, over everything
        finally:
            painter.end()
            self._preview_armed = False
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
                self.fit_all()
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
            # Only a selected event moves (as in The Timeline Project): a plain drag on
            # one that is not selected scrolls, as on empty space, and a click selects it
            # (new-user trial 8: scrolling a crowded view moved an event's date).
            if (isinstance(hit, _Item) and hit.event_id in self._document.timeline
                    and hit.event_id in self._selected_ids):
                content_y = pos.y() - self._content_offset()
                mode = self._grab_mode(hit, pos.x(), content_y)
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
            pos.y() >= LANES_TOP and self._break_at(pos.x()) is not None)  # a break opens
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
                elif category := self._lane_name_at(event.position()):
                    self.lane_name_clicked.emit(category)  # hide it, as the legend does
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
            self._zoom_from_input = pixels.isNull()  # a wheel's notch (a run, usually)
            self.zoom_by(WHEEL_NOTCH ** steps, event.position().x())
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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        width = self.viewport().width()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and ctrl and not shift:
            self.nudge_selection(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and shift:
            self._pan_pixels((-1 if key == Qt.Key.Key_Left else 1) * width / 8)
            self._expect_again()
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
            self._expect_again()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self._zoom_from_input = True
            self.zoom_by(1.5)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self._zoom_from_input = True
            self.zoom_by(1 / 1.5)
        elif key == Qt.Key.Key_Escape:
            if self._event_drag is not None or self._band is not None:
                self.cancel_drag()  # the event stays where it was: nothing to undo
            else:
                self.select_event(None)
        else:
            super().keyPressEvent(event)
            return
        self._hover_what_is_under_the_pointer()
        event.accept()
