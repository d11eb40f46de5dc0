"""The timeline view's module-level constants, records and helpers (those of
``timeline_view``, moved as they were by ``tools/split_view.py``; the view's
methods are in ``timeline_view`` and the ``view_*`` modules of its mixins).
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import math
import operator
import sys
import weakref
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QAbstractSlider, QScrollBar, QWidget

from timeline_app.core import Event, Timeline
from timeline_app.core.model import EventStore, LazyEvents
from timeline_app.records import Record
from timeline_app.ui.axis import UNITS_WITHIN_A_DAY, AxisTicks
from timeline_app.ui.chunk_packing import WorldLane
from timeline_app.ui.dragging import DragMode
from timeline_app.ui.layout import (
    ITEM_GAP,
    LABEL_GAP,
    POINT_RADIUS,
    SPAN_LABEL_PAD,
    LaneItem,
    Placement,
)
from timeline_app.ui.scale import (
    PART_FRACTIONS,
    TIMED_SPAN_LEAST_PX,
    Break,
    covered_intervals,
    day_number,
    event_days,
    timed_span,
)
from timeline_app.ui.style import category_label

if TYPE_CHECKING:  # only annotations: importing them costs start-up time (lazy Qt types)
    from PySide6.QtGui import QBrush, QImage, QPaintEvent


AXIS_HEIGHT = 62
MARKER_ROW_TOP = 44  # the article-date badges sit under the tick labels
OVERVIEW_HEIGHT = 22  # the overview strip, between the axis and the lanes
LANES_TOP = AXIS_HEIGHT + OVERVIEW_HEIGHT
OVERVIEW_BIN_PX = 2
LANE_HEADER = 20
#: In the compact layout (no header row, ``TimelineView._compact_wanted``) a lane's swatch,
#: name and "◀ N" / "N ▶" are drawn this much lower than in a header row: on a plate in
#: the middle of its first row (a header's text sits 9-10 px down, a row's middle 13).
COMPACT_SHIFT = 4
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
# Whatever the view's height, a lane of at most this many events gets a row for each of
# them (the lanes scroll; ``TimelineView._lane_room``): a "+N" badge is for a busier lane
# whose titles overlap in time more than its share of the height holds.  Before, a lane's
# floor was ``MAX_ROWS``: a teacher's lane of 8 events in a maximised 2560x1440 window at
# 150 % showed 6 rows and a "+2" although the lanes scrolled anyway (verify51 F16).  Busier
# lanes keep that floor: the rows of a crowded lane are what a pan packs (issue 11), and
# a crowded lane's "+N" summarises what a column of rows would not.
LANE_ROWS_GROWN = 12
#: ... and a busier lane a row fewer for each this many events more, down to ``MAX_ROWS``
#: (a lane of 13 events 12 rows and its 13th, of 14-15 eleven, of 24 six): a lane of 13
#: fell from a row for each to six rows and a "+7" badge (layout46's leftover).
LANE_ROWS_EASED = 2
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
#: The finest zoom: an hour across the window (was a day: a wire desk's updates of one
#: morning, minutes apart, could not be read apart, verify77 F14).
MIN_DAYS_SHOWN = 1 / 24
#: The coarsest zoom shows the data and this much of its length again (half on each side).
ZOOM_OUT_MARGIN = 1.0
MIN_UNITS_SHOWN_OUT = 60.0  # ... but at least two months, for a timeline of one day
#: Fit All (and the view of an import's events) shows at least this many days when none
#: of the events it shows has a time of day: a one-event timeline, or a merge-only import
#: of one day, was shown as one day across the window with its hours (verify51 F20,
#: verify50), where a day's date reads among its month (``go_to_date``'s 30 days).
FIT_LEAST_DAYS = 30.0
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
# Fit All draws a stretch of at most this many events narrower than its days
# (``TimelineView._fit_squeeze``, a ``scale.Squeeze``) when its days at Fit All's scale
# are more than ``FIT_SQUEEZE_SLACK`` times the px its titles need: two year-dated
# events of 1991 and 1993 took 35 % of a 1920 px Fit All before a story of 30 events
# in 2024-2027, which got "+2" badges and cut titles (verify49 F12).
FIT_SQUEEZE_MOST_EVENTS = 6
FIT_SQUEEZE_SLACK = 1.0
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
# (4, not 6: with five old dates' bands before 300 events of 1945-2025, verify60 F3, the
# search over five stretches took ~1 s of CPU at each Fit All and each resize; ~0.14 s
# with 4, the bulk 223 px wide where it was 253 of 874.)
FIT_ROOM_CHOICE_BANDS = 4
# Rounds at most of ``TimelineView._settle_fit_room`` (the scale depends on the room): 3
# left the 1965 treaty's room 20 px short beside a 1990s event at 1271 px (verify19 F4).
FIT_ROOM_ROUNDS = 8
# The ways ``TimelineView._fit_room`` may make room between bands, each laid out by Fit
# All and the one showing the most titles whole kept (fit19, verify19 F4): (the room
# after the data, ``_fit_room_right``, counted in the stretches' scale and in the loss
# that chooses their room, and in their share ``FIT_LABEL_SHARE`` too).  The first is
# session 16's (counted nowhere), kept on a tie.  (True, True) is not tried: on trial
# 11's timeline at 874 px the estimate chose it and the frame left the 1976 title out.
# The third item: every stretch readable (fit45, verify51 F9): each stretch's titles get
# room for at least ``MIN_LABEL_PX`` (never less, whatever the px of titles lost
# elsewhere), a band gives up to ``FIT_ROOM_BAND_MOST`` of its days to the stretch before
# it (more room is drawn wider than those days), and the last stretch always gets its room
# after the data, drawn over at most ``FIT_ROOM_AFTER_DAYS``; what it takes from the story
# after the last band counts twice in the choice (``_fit_shown``).  A teacher's 1945-1954
# and 2018-2026 (three 2018 events between a "≈ 63 years" and a "≈ 6 years" band) read
# "M…", "Moon…" and "Lee…", "North…": the px of the 1950s' 20 titles outweighed them.
FIT_ROOM_WAYS: tuple[tuple[bool, bool, bool], ...] = (
    (False, False, False), (True, False, False), (True, False, True))
#: The share of a band's days the room for the titles of the stretch before it may take
#: (``_settle_fit_room``): a quarter; when every stretch is made readable, room beyond
#: ``FIT_ROOM_BAND_MOST`` of them is drawn wider than its days (the room for the year's
#: label of the stretch after it takes up to another quarter: the band keeps some days).
FIT_ROOM_BAND_SHARE = 0.25
FIT_ROOM_BAND_MOST = 0.6
#: Fit All's choice of a way (``_fit_shown``) counts a title cut narrower than this (px),
#: though wider than ``FIT_ROOM_LEAST_SHOWN``, as two more titles cut: "Moon Jae-in…",
#: "Moon and Kim…" for three 2018 summits told the teacher nothing (verify51 F9).
FIT_WAYS_READABLE_PX = 100.0
#: The days the room after the data's last day spans at most when the readable way made
#: it (``TimelineView._set_room_after``): a year.
FIT_ROOM_AFTER_DAYS = 365.0
# Trying every way costs 8-15x one Fit All between bands (fit19: 77-186 ms of CPU at load
# 11): a resize that follows another within this long (a window's edge dragged) makes
# room only the way Fit All last chose, and every way is tried once the size has stayed
# this long.
FIT_WAYS_SETTLE_MS = 200
#: Fit All draws the stretch after the last gap's band (the story, the newest events)
#: wider than its days when that shows more titles (``TimelineView._fit_story``,
#: verify52 F6): only a stretch of at most this many events (a week's news, not a
#: crowded decade, whose titles no width makes whole) ...
FIT_STORY_MOST_EVENTS = 40
#: ... and to at most one of these shares of the width less Fit All's margins (each
#: tried), so the stretches before the band keep the rest.
FIT_STORY_SHARES = (0.3, 0.4, 0.45, 0.5, 0.6)
#: ... taking at most this share of the last band's compressed days before the story's
#: first event, for titles left of their markers (the band keeps its length's label).
FIT_STORY_BAND_MOST = 0.8
#: With no gap's band, the story is the newest events (2 to ``FIT_STORY_MOST_EVENTS``)
#: when the days before them without an event are at least this many times the days
#: they span (to the data's last day, at least one) ...
FIT_STORY_GAP_RATIO = 4.0
#: ... and at least this many days (verify54 F29: a wire editor's week of 2024, 16
#: events, after 2006-2023 with no band: one "+16" badge at Fit All).  Its piece may
#: start up to ``FIT_STORY_BAND_MOST`` of those days before its first event.
FIT_STORY_GAP_LEAST_DAYS = 30.0
#: ... and its shares of the width (``FIT_STORY_SHARES``' role) start narrower: with no
#: band to take its room from, a wider story squeezes every earlier title (after 150
#: events of 2006-2023 the whole lost 131 titles at 0.4 of the width, 48 at 0.1, 70
#: without).  Kept only when the story's own titles read better too (``_fit_story``).
FIT_STORY_SHARES_NO_BAND = (0.1, 0.2, 0.3, 0.4, 0.5)
#: The newest events are the story too (with a band or none) when at least this many,
#: after a pause of a year, stand at least ``FIT_STORY_DENSER`` times as many to a day
#: as the events before them (``_dense_story_cluster``, verify61 F16: a desk's 26 events
#: of 2020-2026 after eight of 1950-2017 are ~28 times as dense).
FIT_STORY_DENSE_LEAST = 6
FIT_STORY_DENSER = 8.0
#: The story's newest events (at most this many days they start on) after a pause of at
#: least ``FIT_STORY_GAP_RATIO`` times the story's other days and
#: ``FIT_STORY_GAP_LEAST_DAYS`` are a lone far event (a deadline, "by 31 December"): the
#: pause's empty days are drawn at ``FIT_STORY_LONE_DRAWN`` of the story's slope
#: (``view_fit.story_pieces``), its markers' crowding counted on each side of the pause
#: (``_story_crowding``).  verify66 F15: a deadline nine months after 15 events of
#: January-March 2026 drew those at the empty months' scale, in ~40 px of an 870 px view.
FIT_STORY_LONE_MOST = 2
FIT_STORY_LONE_DRAWN = 0.15
#: With no band and no lone far event, the story's markers' crowding counts as titles
#: cut (``_story_crowding``) when they stand on less than this share of the px they need
#: (``FIT_EVENT_PX`` apart): verify87 F6, a correspondent's 10 events of late November
#: 2026 - spring 2027 after five background events of 2017-2024 sat in ~60 px at the
#: right edge of Fit All, every title whole (no story step); a teacher's last decade
#: of ten events on ~115 of the 144 px they need stays linear.
FIT_STORY_CROWDED_SHARE = 0.5
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
#: A bar narrower than this (px: its rounded ends' width) is filled with its outline's
#: colour (``TimelineView._paint_thin_bars``): its outline, drawn over
#: a 2 px bar, left a dark sliver of the pale fill and stripes (verify67 F13: October 1998
#: and 1910 at the lesson's Fit All, 1.2:1 on the lane).
THIN_BAR_PX = 2 * SPAN_RADIUS
SPAN_HEIGHT = 18  # a span's marker (``_layout_steps``), drawn from pieces at this height
#: The height of a lane's "◀ N" / "N ▶" boxes (px: ``LayoutMixin._indicators``).
INDICATOR_HEIGHT = 16.0
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
# The first stretched notch of a wheel's or a key's run, before any picture of the run
# has told how many notches a picture takes: its picture is of the view this many
# notches' worth ahead (``_preview_job_for``: 5 + 1 + 5 // 4 = 7 notches, the stretch
# limit's reach).  Painted for the view on screen, that picture was done 5-7 notches
# into bench_view's row at 2560x1440 and the next one (begun then, as many notches
# ahead) 5-7 notches later, past the seven the first could be stretched: the run's
# eighth or ninth notch was laid out and painted whole or finished a picture, 16-41 ms
# at 1 000, 100 000 and 1 000 000 events, the row's max (issue 11, session 65).
PREVIEW_FIRST_SPAN = 5
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
# Beside them, within the same bytes, while the view is not at Fit All and its lanes are
# scrolled to the top: a picture of the view Fit All would show (``_fit_view``; five
# pictures at 1600x900).  Where the steps would fill the bytes (2560x1440 with the
# pointer resting over the view: three), Fit All's picture is pinned and the two pan
# steps are kept, the notches left out (issue 11, session 38, the coordinator: a user
# presses Fit All more often than they return to a third step; a notch without its
# picture is shown stretched, a pan step without one is painted).  Four pictures there
# were 303.9 MiB in use at a year with 100 000 events, against 289.8 and issue 11's
# 300, hence the same bytes.  Fit All at a size never fitted at was a cold view, laid
# out and painted in its frame (19-29 ms of CPU at 2560x1440, issue 11); made once per
# size and content, it is kept while the view moves (its key holds no origin of the
# view on screen).  Last, within the same bytes counted with these, the views the Events
# list's next PageDown and End would reveal (``view_reveal``, session 65, scale73: two at
# 1600x900 beside the steps and Fit All's; none at 2560x1440 once its three are made).
#: After the viewport's size changes, Fit All's view at the new size is painted first of
#: the work done while the app waits (``_paint_fit_after_resize``), not last after the
#: view's own picture and its steps' PICTURE_IDLE_MS later: a Fit All pressed right after
#: a resize (the window maximised) was a cold view of 22-35 ms at 2560x1440 (issue 11).
FIT_AFTER_RESIZE = True
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
    QEvent.Type.MouseButtonDblClick, QEvent.Type.NativeGesture})
#: Whether a view at rest swaps its lanes of rows to the world's chunks (stage 2 of
#: frames28's plan, ``TimelineView._world_rested``); off, every view packs with
#: ``pack_lane`` as before it (the test suite's views, but the world's own tests).
WORLD_PACKING = True
#: Lanes holding at most this many events in all (``TimelineView._world_eager``) are packed
#: from the world's chunks at every zoom from its first frame, not by ``pack_lane`` until
#: the view rests and then swapped (verify53 F6: at 2 000 events each zoom's first
#: picture dealt a busy lane's titles one way and the swap ~0.5 s later another, titles
#: changing rows or going into "+N", a lane growing a row and every lane below moving
#: down).  The price is the first frame at a zoom whose chunks are not packed yet: 1 998
#: treaties at 1600x900, 82 against 48 M instructions, the medians no worse (session 43,
#: frames47, ``benchmarks/README.md``); at 100 000 events it was 2-10 times main's frame
#: (frames29), so larger timelines keep the rest and the swap (``_world_partial`` aside).
WORLD_EAGER_EVENTS = 3000
#: The last zooms swapped in (``TimelineView._world_seen``) whose lanes are packed from
#: their chunks still kept at once when the view zooms back to one (``_world_partial``).
WORLD_ZOOMS_SEEN = 6
#: The most chunk parts a riding pan's frame packs (``TimelineView._world_lane_ready``):
#: a lane needing more is dealt by ``pack_lane`` in that frame and its chunks queued.
RIDE_PARTS_IN_FRAME = 2


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
                 label_width: Callable[[Event], float], known: dict[str, float],
                 hints: dict[str, int] | None = None) -> None:
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
                            time = event.date.time  # (``point_day`` inlined)
                            x0 = x1 = (start + time.day_fraction() if time is not None
                                       else start + 0.5 if (part := event.date.day_part) is None
                                       else start + PART_FRACTIONS[part]) * ppd
                            if time is not None and (span := timed_span(event, start)) \
                                    and (span[1] - span[0]) * ppd >= TIMED_SPAN_LEAST_PX:
                                x0, x1 = span[0] * ppd, span[1] * ppd  # (a bar: 10:00-12:30)
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
                                most_width=MAX_LABEL_PX, measure=measure,
                                rows_before=None if not hints else hints.get)


#: A title shortened at a view's edge (``_at_the_edges``) to less than this (px) is not
#: shown: a letter or two and "…" read as nothing.
EDGE_TITLE_LEAST_PX = 40.0
#: A title of a lane packed in the world with less room than this at the right edge goes
#: left of its marker when its row has room there for twice as much (``_at_the_edges``).
EDGE_FLIP_PX = 100.0


def _at_the_edges(placements: list[Placement], items: dict[Any, LaneItem],
                  width: float, measure: Callable[[Any], float] | None = None
                  ) -> list[Placement]:
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
    * a title left of its marker (the chunks put it there to leave room after it)
      crossing the left edge goes right of the marker when more of it fits there, up to
      the next item in its row, else it is shortened to start at the edge;
    * under ``EDGE_TITLE_LEAST_PX`` of room a title is not shown (a letter or two).

    Titles away from the edges are the world's: they keep their row, side and text while
    the view pans.  ``items``: each key's ``LaneItem`` (``x0``, ``x1`` in viewport px).

    The titles are moved left to right (by ``x0``), each against its row as already
    moved (``_left_of_marker`` reads the placements as moved so far), and returned in
    ``placements``' order.  ``measure``: a key's title width (px, at most
    ``MAX_LABEL_PX``): a bar that holds any title has its title inside unmeasured, as
    ``MAX_LABEL_PX`` wide (``chunk_packing``), and such a title taken out of its bar at
    an edge is placed as wide as it is (verify78 F7: at 1917 the 1918 bar's title, put
    left of it as 560 px wide, was drawn 362 px before it, over the 1916 bar's title
    moved right of its bar; each had been placed against the other as packed).
    """
    pad = SPAN_LABEL_PAD
    starts: dict[int, list[float]] | None = None

    def next_start(row: int, after: float) -> float:
        nonlocal starts
        if starts is None:
            starts = {}
            for placement in placements:
                item = items[placement.key]
                start = item.x0 - POINT_RADIUS if item.x1 == item.x0 else item.x0
                # (a title left of its marker starts the item: verify43 F11)
                starts.setdefault(placement.row, []).append(min(start, placement.label_x))
            for row_starts in starts.values():
                row_starts.sort()
        row_starts = starts.get(row, [])
        index = bisect.bisect_right(row_starts, after)
        return row_starts[index] if index < len(row_starts) else math.inf

    moved = list(placements)  # (as moved so far: ``_left_of_marker`` reads the row)
    order: Iterable[int] = range(len(placements))
    if len(placements) > 1:
        x0s = [items[placement.key].x0 for placement in placements]
        order = sorted(order, key=x0s.__getitem__)
    for at in order:
        placement = placements[at]
        key, row, label_x, inside, label_w = placement
        _key, x0, x1, _full, _least = items[key]
        if inside:
            seen_left, seen_right = max(x0, 0.0), min(x1, width)
            if label_x >= seen_left + pad and label_x + label_w <= seen_right - pad:
                continue  # (as packed)
            if measure is not None:
                label_w = min(label_w, measure(key))  # (inside unmeasured: its width)
                placement = placement._replace(label_width=label_w)
                if label_x >= seen_left + pad and label_x + label_w <= seen_right - pad:
                    moved[at] = placement
                    continue
            label_x = max(label_x, seen_left + pad)
            room_in = seen_right - pad - label_x
            room_out = -math.inf
            if room_in < label_w and x1 + LABEL_GAP < width:  # maybe right of the bar
                room_out = min(next_start(row, x0) - ITEM_GAP, width) - (x1 + LABEL_GAP)
            if room_in < label_w and room_out < label_w and x0 > 0.0:
                # Whole left of the bar where its row has room for it there (verify57
                # F25: a bar at the right edge read "Au…" inside, its row empty to the left)
                whole = _left_of_marker(placement, items, moved, label_w, label_w)
                if whole is not None:
                    moved[at] = whole
                    continue
            if room_out > room_in and room_out >= min(label_w, EDGE_TITLE_LEAST_PX):
                moved[at] = Placement(key, row, x1 + LABEL_GAP, False,
                                      min(label_w, room_out))
                continue
            moved[at] = Placement(key, row, label_x, True, _edge_width(label_w, room_in))
            continue
        if label_x >= width:  # wholly past the right edge
            if x1 > x0 and x0 < width:  # a bar: inside its part on screen
                seen_left = max(x0, 0.0)
                moved[at] = Placement(
                    key, row, seen_left + pad, True,
                    _edge_width(label_w, min(x1, width) - seen_left - 2 * pad))
            else:
                moved[at] = Placement(key, row, label_x, False, 0.0)
            continue
        if label_x + label_w > width:
            if x0 < width and label_x > x1:
                # Whole left of its marker where its row has room for it there, as
                # ``pack_lane`` puts it (verify57 F25: "Quad foreign…", "CK Hutchison
                # agrees to sell…" cut at the right edge of a view at rest, their rows
                # empty for 600 px to the left).
                whole = _left_of_marker(placement, items, moved, label_w, label_w)
                if whole is not None:
                    moved[at] = whole
                    continue
            if label_w >= 2 * EDGE_FLIP_PX and x0 < width:
                # A word or none on the right: left of its marker where its row has room
                # for more of it there (verify39 F7: "M23…" of "M23 to withdraw its
                # fighters" at the right edge, its row empty to the left).  Back on the
                # right, shortened, once ``EDGE_FLIP_PX`` fit there: while the view pans
                # it changes side once, as a shortened title, never as a whole one.  More
                # on the right, left too where twice as much of it reads there (verify57
                # F25: "Jose Raul Mulino…" with 150 px on the right, 450 on the left).
                flipped = _left_of_marker(placement, items, moved, label_w,
                                          2 * EDGE_FLIP_PX)
                if flipped is not None and (width - label_x < EDGE_FLIP_PX or
                                            flipped.label_width >= 2 * (width - label_x)):
                    moved[at] = flipped
                    continue
            label_w = _edge_width(label_w, width - label_x)
        marker_left = x0 - POINT_RADIUS if x1 == x0 else x0
        if label_x < 0.0 and label_x + label_w <= marker_left:
            # A title the world put left of its marker (verify43 F11), crossing the left
            # edge: right of the marker when more of it fits there (up to the next item
            # in its row), else shortened to start at the edge.
            marker_right = x0 + POINT_RADIUS if x1 == x0 else x1
            room_in = label_x + label_w
            room_out = min(next_start(row, x0) - ITEM_GAP, width) - (marker_right + LABEL_GAP)
            if room_out > room_in and room_out >= min(label_w, EDGE_TITLE_LEAST_PX):
                moved[at] = Placement(key, row, marker_right + LABEL_GAP, False,
                                      min(label_w, room_out))
            else:
                moved[at] = Placement(key, row, 0.0, False, _edge_width(label_w, room_in))
            continue
        if label_x < 0.0:  # a marker just off the left edge (its day on screen)
            room = min(next_start(row, x0 - POINT_RADIUS if x1 == x0 else x0) - ITEM_GAP,
                       width)
            if room >= min(label_w, EDGE_TITLE_LEAST_PX):
                label_x, label_w = 0.0, min(label_w, room)
        if label_x == placement.label_x and label_w == placement.label_width:
            moved[at] = placement  # (as it was: most titles, away from the edges)
        else:
            moved[at] = Placement(key, row, label_x, False, label_w)
    return moved


def _left_of_marker(placement: Placement, items: dict[Any, LaneItem],
                    placements: list[Placement], label_w: float,
                    least: float, before: float = 0.0) -> Placement | None:
    """``placement``'s title (``label_w`` px) put left of its marker (``_at_the_edges``
    at the right edge), whole or shortened to the room its row leaves there, after the
    item before it and the view's left edge (``before``: another left end, px, such as
    the stretch's after a gap's band); None when that room is under ``least`` px and the
    title is wider."""
    key, row = placement.key, placement.row
    _key, x0, x1, _full, _least = items[key]
    left = x0 - POINT_RADIUS if x1 == x0 else x0
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


class _LazyRect:
    """An ``_Item``'s ``marker`` or ``label_rect``: the ``QRectF`` of its box (a plain
    ``(x, y, width, height)`` tuple, ``box``) made when first asked and kept in the
    item (a non-data descriptor: the instance's own attribute wins after that).  A
    layout makes ~150 items a 2560x1440 pan at a year (100 000 events), whose paint
    reads the boxes as numbers: two ``QRectF`` an item made and freed for nothing
    (issue 11, session 44)."""

    def __init__(self, box: str) -> None:
        self.box = box
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, item: Any, owner: type | None = None) -> Any:
        if item is None:
            return self
        rect = item.__dict__[self.name] = QRectF(*getattr(item, self.box))
        return rect


class _Item(Record):
    """An event as laid out: its marker, its label and where they are drawn.

    ``marker`` and ``label_rect`` may be given as ``QRectF`` or as ``(x, y, width,
    height)`` tuples; either way ``marker_box`` and ``label_box`` are the tuples (what
    ``QRectF.getRect()`` gives) and ``marker`` and ``label_rect`` the rectangles, made
    when first asked (``_LazyRect``)."""

    _fields = ("event_id", "marker", "label_rect", "label", "label_inside", "is_point",
               "circa", "color", "vague", "plan")
    event_id: str
    marker: QRectF
    label_rect: QRectF
    marker_box: tuple[float, float, float, float]
    label_box: tuple[float, float, float, float]
    label: str
    label_inside: bool
    is_point: bool
    circa: bool
    color: QColor
    #: A bar that is one date known to a month, a season or a year (no end), or some day
    #: of a week an article named (``core.weeks.told_week``, verify63 F6): hatched,
    #: where a span (a start and an end) is filled solid (verify29, fault 1).
    vague: bool
    #: A plan, still to come (``core.plans.is_plan``: its title ends "(scheduled)"):
    #: drawn with a hollow diamond, its marker for a day, at its start for a bar
    #: (verify87 F3: plans were drawn as held events).
    plan: bool
    marker = _LazyRect("marker_box")  # type: ignore[assignment]
    label_rect = _LazyRect("label_box")  # type: ignore[assignment]

    def __init__(self, event_id: str, marker: QRectF | tuple[float, float, float, float],
                 label_rect: QRectF | tuple[float, float, float, float], label: str,
                 label_inside: bool, is_point: bool, circa: bool, color: QColor,
                 vague: bool = False, plan: bool = False) -> None:
        self.event_id = event_id
        if type(marker) is tuple:
            self.marker_box = marker
        else:
            self.marker = marker  # type: ignore[assignment]
            self.marker_box = marker.getRect()  # type: ignore[union-attr]
        if type(label_rect) is tuple:
            self.label_box = label_rect
        else:
            self.label_rect = label_rect  # type: ignore[assignment]
            self.label_box = label_rect.getRect()  # type: ignore[union-attr]
        self.label = label
        self.label_inside = label_inside
        self.is_point = is_point
        self.circa = circa
        self.color = color
        self.vague = vague
        self.plan = plan

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


class _ClusterBadge(_Aggregate):
    """A lane's "+N" badge as ``_Aggregate``, its first and last days worked out when
    first asked (a click on it, its tooltip) from its events: ``members``, the lane's
    events on screen (``(event, start day, end day)``) by the ``indexes`` given.  A
    layout made them for every badge, a walk of every event in a "+N" of the lanes on
    screen (~3.8 % of a 2560x1440 year pan's instructions at 100 000 events, issue 11,
    session 34), read only when one is pointed at."""

    _fields = _Aggregate._fields

    def __init__(self, rect: QRectF, count: int, color: QColor, keys: tuple[str, ...],
                 members: Any, indexes: Any) -> None:
        self.rect = rect
        self.count = count
        self.color = color
        self.keys = keys
        self._members, self._indexes = members, indexes
        self._days: tuple[float, float] | None = None

    def _span(self) -> tuple[float, float]:
        days = self._days
        if days is None:
            events = list(map(self._members.__getitem__, self._indexes))
            days = self._days = (min(map(_START, events)), max(map(_END, events)))
            self._members = self._indexes = None  # (the lane's events: not kept longer)
        return days

    @property  # type: ignore[override]
    def first_day(self) -> float:
        return self._span()[0]

    @property  # type: ignore[override]
    def last_day(self) -> float:
        return self._span()[1]


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
        # No span of ``spans`` is longer, in days (at least 1), when known (the column
        # lanes: ``_LaneColumns.longest``); else worked out from ``runs`` when needed
        self.longest: int | None = None

    def category_counts(self) -> dict[str, int]:
        """The events of each category (lanes built with none hidden: all of them; lanes
        by participant or place: counted from the timeline's categories)."""
        if self.lanes_by != "category":
            return dict(Counter(self.timeline.categories()))
        return {category: len(lane.events) for category, lane in self.by_category.items()}


def _lanes_of(timeline: Timeline, events: list[Event],
              hidden: set[str] | frozenset[str], lanes_by: str = "category",
              every: EveryEvent | None = None) -> PreparedLanes:
    """The lanes of ``events`` (all of ``timeline``'s, or some of them in date order)
    without the ``hidden`` ids (by category; by participant or place: ``lanes_by``,
    ``_named_lanes_of``): each event appended to its lane and length bucket, as
    ``_Lane.add`` does, with the appends bound once per lane (a method call and six
    attribute reads an event less: at 1 000 000 events that is seconds, issue 11).

    A lazily loaded timeline's (``core.model.LazyEvents``) are laid out from its
    categories and spans without making any event (``_lazy_lanes_of``): its lanes hold
    the same lazy items, each made when the view reads it.

    ``every``: the lists of every event (spans, first days, events by id) as the caller
    holds them for the timeline as it is now, taken as they are rather than copied (from
    ``COLUMN_LANES_EVENTS`` events on; ``_column_lanes_of``)."""
    if lanes_by != "category":
        return _named_lanes_of(timeline, events, hidden, lanes_by)
    store = timeline.store
    if events is timeline.events and len(events) >= COLUMN_LANES_EVENTS:
        return _column_lanes_of(timeline, store, hidden, every)
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
    same store (so an event read through a lane is the timeline's own object).  From
    ``COLUMN_LANES_EVENTS`` events on, with numpy (``_column_lanes_of``); below, in one
    Python loop (``_looped_lanes_of``)."""
    if len(timeline) >= COLUMN_LANES_EVENTS:
        return _column_lanes_of(timeline, store, hidden)
    return _looped_lanes_of(timeline, store, hidden)


#: From this many events a lazily loaded timeline's lanes are built from numpy columns
#: (``_column_lanes_of``): each filter's change rebuilt them in a Python loop an event,
#: ~1 s at 100 000 events and seconds at 1 000 000 (session 58, scale61; issue 11).
COLUMN_LANES_EVENTS = 20_000
#: ``_column_lanes_of`` with at most one event in this many shown (a participant's
#: filter: ~6 % of the events): the lanes' days are new ints from the int64 columns and
#: their items read one by one, not the timeline's own ints and an array of every item
#: (each of those a read of memory far apart: ~0.2 s of a participant's filter at
#: 1 000 000 events; session 61, scale64).  Few enough that the new ints (~28 bytes
#: each, three a shown event) stay a few MB.
FEW_SHOWN_EVERY = 8
#: A caller's lists of every event, for ``_lanes_of``'s ``every``: the spans, the first
#: days and the events by id, as ``PreparedLanes`` holds them.
EveryEvent = tuple[list[tuple[int, int]], list[int], dict[str, Event]]


#: ``_lane_columns`` follows at most this many changes of one event (``Timeline.
#: changes_since``: an edit is two) into the kept columns; more, it makes them again.
COLUMNS_FOLLOWED_CHANGES = 16


class _LaneColumns:
    """A timeline's columns for ``_column_lanes_of``, kept while its ``revision`` and its
    ``day_spans`` list stay (``_lane_columns``), or followed through the changes of one
    event at a time since (``follow``): each event's category number (``codes``, into
    ``names``), first and end day (int64) and length bucket (index into
    ``_BUCKET_LIMITS``); the timeline's spans (None once followed: the timeline's own
    then, ``Timeline.day_spans``) and their runs (``PreparedLanes.runs``,
    ``spans_runs``)."""

    __slots__ = ("buckets", "codes", "end_list", "ends", "followed", "longest", "made_from",
                 "names", "number", "revision", "runs", "spans", "start_list", "starts")
    spans: list[tuple[int, int]] | None

    def __init__(self, timeline: Timeline) -> None:
        import numpy as np

        self.revision = timeline.revision
        spans = self.spans = timeline.day_spans()
        count = len(spans)
        # The days as Python lists of the spans' own ints (the lanes' lists are taken from
        # them: ``tolist`` made a new int an entry, ~140 MB more at 1 000 000 events)
        self.start_list = list(map(_FIRST, spans))
        self.end_list = list(map(operator.itemgetter(1), spans))
        self.starts = np.fromiter(self.start_list, dtype=np.int64, count=count)
        self.ends = np.fromiter(self.end_list, dtype=np.int64, count=count)
        # The longest span in days, at least 1 (``TimelineView._longest_span``: its pass
        # over the spans' runs was ~0.1 s of the first edit after an open at 1 000 000
        # events; session 61, scale64)
        self.longest = max(1, int((self.ends - self.starts).max())) if count else 1
        # ``bisect_left(_BUCKET_LIMITS, days)``, as ``_Lane.add``
        self.buckets = np.searchsorted(np.asarray(_BUCKET_LIMITS, dtype=np.int64),
                                       self.ends - self.starts, side="left").astype(np.int8)
        categories = timeline.categories()
        self.names = list(dict.fromkeys(categories))
        number = self.number = {name: i for i, name in enumerate(self.names)}
        self.codes = np.fromiter(map(number.__getitem__, categories), dtype=np.int32,
                                 count=count)
        self.runs: list[tuple[int, int]] | None = None  # (``spans_runs``)
        self.followed = False  # whether ``follow`` changed the columns

    def spans_runs(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``spans`` (``self.spans``, or the timeline's once followed) with a new run
        where a span is not its predecessor's object (see ``_lanes_of``), worked out once
        per revision."""
        if self.runs is None:
            self.runs = spans[:1] + list(itertools.compress(
                itertools.islice(spans, 1, None), map(operator.is_not, itertools.islice(
                    spans, 1, None), spans)))
        return self.runs

    def follow(self, changes: list[tuple[int, bool, Event]], revision: int) -> None:
        """The columns after ``changes`` (``Timeline.changes_since``: each the index in
        date order, added or removed, the event), now those of ``revision``: one entry
        taken out or put in each column (an edit, a removal and an addition, moves the
        entries between its two places), instead of every event's read again (~0.8 s
        of a filter's change after an edit at 1 000 000 events; session 62, scale65).
        ``longest`` stays no shorter than any span (a removal leaves it as it was)."""
        import numpy as np

        # (the timeline's spans, not a copy followed: a copy of 1 000 000 entries was
        # most of a first follow; the lanes' rare build from every event asks the
        # timeline's again, ``_column_lanes_of``)
        if self.spans is not None:
            # (kept, not let go here: freeing a list of 1 000 000 spans is a pass over
            # them, ~20-100 ms of the filter's change that first follows an edit; it goes
            # with the columns)
            self.made_from = self.spans
        self.spans = None
        self.followed = True
        at = 0
        while at < len(changes):
            index, added, event = changes[at]
            if added:
                self._insert(index, *self._entry(event))
                at += 1
                continue
            following = changes[at + 1] if at + 1 < len(changes) else None
            if following is not None and following[1]:
                # An edit: its old entry taken out at ``index``, the new one put in at
                # ``following[0]`` (in the columns without the old): the entries between
                # moved by one, in place, no column copied.
                self._move(index, following[0], *self._entry(following[2]))
                at += 2
                continue
            del self.start_list[index], self.end_list[index]
            self.starts, self.ends = np.delete(self.starts, index), np.delete(self.ends, index)
            self.buckets = np.delete(self.buckets, index)
            self.codes = np.delete(self.codes, index)
            at += 1
        self.runs = None
        self.revision = revision

    def _entry(self, event: Event) -> tuple[tuple[int, int], tuple[int, int, int, int]]:
        """``event``'s span and its columns' entry (first day, end day, bucket, category
        number: a new category numbered after the others), ``longest`` raised to it."""
        start, end = span = event_days(event)
        code = self.number.get(event.category)
        if code is None:
            code = self.number[event.category] = len(self.names)
            self.names.append(event.category)
        self.longest = max(self.longest, end - start)
        return span, (start, end, bisect.bisect_left(_BUCKET_LIMITS, end - start), code)

    def _insert(self, index: int, span: tuple[int, int], entry: tuple[int, int, int, int]
                ) -> None:
        """``entry`` (first day, end day, bucket, category number) and ``span`` put in
        at ``index``."""
        import numpy as np

        self.start_list.insert(index, span[0])
        self.end_list.insert(index, span[1])
        self.starts = np.insert(self.starts, index, entry[0])
        self.ends = np.insert(self.ends, index, entry[1])
        self.buckets = np.insert(self.buckets, index, entry[2])
        self.codes = np.insert(self.codes, index, entry[3])

    def _move(self, old: int, new: int, span: tuple[int, int],
              entry: tuple[int, int, int, int]) -> None:
        """The entry at ``old`` taken out and ``entry`` (``span``) put in at ``new`` (an
        index in the columns without the old one): the entries between moved by one."""
        for column in (self.start_list, self.end_list):
            del column[old]
        self.start_list.insert(new, span[0])
        self.end_list.insert(new, span[1])
        for name, value in zip(("starts", "ends", "buckets", "codes"), entry, strict=True):
            array = getattr(self, name)
            if new > old:
                array[old:new] = array[old + 1:new + 1].copy()
            elif new < old:
                array[new + 1:old + 1] = array[new:old].copy()
            array[new] = value


#: Each timeline's kept ``_LaneColumns`` by ``id`` (a ``Timeline`` is not hashable), the
#: entry dropped when the timeline goes (``weakref.finalize``).
_KEPT_COLUMNS: dict[int, _LaneColumns] = {}


def _lane_columns(timeline: Timeline) -> _LaneColumns:
    """``timeline``'s ``_LaneColumns``, made once per change of its events and kept
    beside it while it lives (its items hold its events: not a moment longer)."""
    key = id(timeline)
    kept = _KEPT_COLUMNS.get(key)
    if kept is not None and kept.revision != timeline.revision:
        # Edits since: followed one event at a time (session 62, scale65)
        changes = timeline.changes_since(kept.revision)
        if changes is not None and len(changes) <= COLUMNS_FOLLOWED_CHANGES:
            kept.follow(changes, timeline.revision)
    if (kept is None or kept.revision != timeline.revision
            or (not kept.followed and kept.spans is not timeline.day_spans())):
        if kept is None:
            weakref.finalize(timeline, _KEPT_COLUMNS.pop, key, None)
        kept = _KEPT_COLUMNS[key] = _LaneColumns(timeline)
    return kept


def _column_lanes_of(timeline: Timeline, store: EventStore | None,
                     hidden: set[str] | frozenset[str],
                     every: EveryEvent | None = None) -> PreparedLanes:
    """``_lanes_of`` of all the timeline's events, with numpy (a lazily loaded timeline's,
    ``store``, as ``_looped_lanes_of``: lists of its items, ``LazyEvents``): the same
    lanes (in the same order, each lane's and bucket's items, starts and ends in date
    order, each bucket's ``max_days``), runs and spans, from the timeline's kept columns
    (``_lane_columns``) and the mask of the
    ``hidden`` ids (``core.query.hidden_mask``: a filter's own, no id read).  The events
    shown are grouped by category with one stable sort of their category numbers; each
    lane's lists are slices of the columns (``tolist``), not an append an event; with few
    shown (``FEW_SHOWN_EVERY``), their days new ints.  ``every``: see ``_lanes_of``."""
    import numpy as np

    from timeline_app.core.query import hidden_mask

    columns = _lane_columns(timeline)
    if hidden:
        positions = np.flatnonzero(~hidden_mask(timeline, hidden))
    else:
        positions = np.arange(len(columns.codes))
    codes = columns.codes[positions]
    grouped = positions[np.argsort(codes, kind="stable")]
    counts = np.bincount(codes, minlength=len(columns.names))
    bounds = np.concatenate(([0], np.cumsum(counts))).tolist()
    # lanes in the order of their first shown event, as the loop meets them
    present = sorted((int(grouped[bounds[code]]), code)
                     for code in np.flatnonzero(counts).tolist())
    by_category: dict[str, _Lane] = {}
    starts, ends, buckets = columns.starts, columns.ends, columns.buckets
    few = len(positions) * FEW_SHOWN_EVERY <= len(columns.codes)
    item_at = timeline.event_items().__getitem__
    if not few:
        # The items read anew each time (~30 ms at 1 000 000): a lazily loaded
        # timeline's are made in their list, in place, while its revision stays
        # (``make_some``).
        items = np.fromiter(timeline.event_items(), dtype=object, count=len(columns.codes))
    start_at, end_at = columns.start_list.__getitem__, columns.end_list.__getitem__
    for _first, code in present:
        lane_positions = grouped[bounds[code]:bounds[code + 1]]
        lane = by_category[columns.names[code]] = _Lane(columns.names[code])
        lane_buckets = buckets[lane_positions]
        if few:
            lane.starts = starts[lane_positions].tolist()
            bucket_events = _few_items(item_at, lane, lane_positions, lane_buckets)
        else:
            lane.events = items[lane_positions].tolist()
            lane.starts = list(map(start_at, lane_positions.tolist()))
        for number, bucket in enumerate(lane.buckets):
            in_bucket = lane_positions[lane_buckets == number]
            if not len(in_bucket):
                continue
            at = in_bucket.tolist()
            if few:
                bucket.events = bucket_events[number]
                bucket.starts = starts[in_bucket].tolist()
                bucket.ends = ends[in_bucket].tolist()
            else:
                bucket.events = items[in_bucket].tolist()
                bucket.starts = list(map(start_at, at))
                bucket.ends = list(map(end_at, at))
            bucket.max_days = max(1, int((ends[in_bucket] - starts[in_bucket]).max()))
    if store is not None:
        _lazy_lists(by_category, store)
    if every is not None:  # (the caller's, as they are: no copies of 1 000 000 entries)
        prepared = PreparedLanes(timeline, every[0], by_category, every[2], every[1])
    else:
        if store is not None:
            placed = cast("dict[str, Event]", timeline.events_by_id())
        else:
            placed = timeline.id_map()
        spans = columns.spans if columns.spans is not None else timeline.day_spans()
        prepared = PreparedLanes(timeline, list(spans), by_category, placed,
                                 list(columns.start_list), runs=list(columns.spans_runs(spans)))
    prepared.longest = columns.longest
    return prepared


#: ``_few_items`` reads a lane's items this many at a time: each read once, and put in its
#: bucket's list while still in the processor's cache (4096 objects: ~0.3 MB).
FEW_ITEMS_STEP = 4096


def _few_items(item_at: Callable[[int], Any], lane: _Lane, positions: Any,
               lane_buckets: Any) -> list[list[Any]]:
    """``lane.events`` set to the items at ``positions`` (``item_at``: the timeline's
    ``event_items().__getitem__``; numpy int64, in date order) and, per length bucket,
    the list of its items (``lane_buckets``: each position's bucket number), in the
    same order: ``FEW_ITEMS_STEP`` items at a time, each bucket's taken from the lane's
    just read.  Reading the lane's and then each bucket's from the timeline's million
    items read each shown object twice, far apart (~50 ms of a participant's filter at
    1 000 000 events; session 62, scale65)."""
    import numpy as np

    events: list[Any] = []
    in_buckets: list[list[Any]] = [[] for _ in _BUCKET_LIMITS]
    for first in range(0, len(positions), FEW_ITEMS_STEP):
        part = list(map(item_at, positions[first:first + FEW_ITEMS_STEP].tolist()))
        events += part
        numbers = lane_buckets[first:first + FEW_ITEMS_STEP]
        for number, into in enumerate(in_buckets):
            at = np.flatnonzero(numbers == number)
            if len(at):
                into += map(part.__getitem__, at.tolist())
    lane.events = events
    return in_buckets


def _looped_lanes_of(timeline: Timeline, store: EventStore,
                     hidden: set[str] | frozenset[str]) -> PreparedLanes:
    """``_lazy_lanes_of`` in one Python loop over the events (below
    ``COLUMN_LANES_EVENTS``, where numpy's set-up costs more than it saves).  Ids are
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


def names_keep_their_lanes(old: Event | None, new: Event | None, lanes_by: str,
                           spellings: dict[str, str],
                           lanes: dict[str, _Lane] | None = None) -> bool:
    """Whether lanes by participant or place (``lanes_by``; ``spellings``: their
    ``PreparedLanes.spellings``) built after a change of one event from ``old`` to ``new``
    (None: added, removed) spell every lane as they do now, so that moving the event in
    them (``lane_keys`` before and after) gives what a build from scratch gives: no name
    whose events the change adds or takes away is one of several spellings of a lane
    (``core.names.lane_spellings``: the most events' spelling names the lane, which one
    more or less may change).  With ``lanes``, lanes of every event: a name no lane has is
    a new lane only when it is no other spelling of a lane there (``lane_name_key``) and
    has its spaces as its lane would (else False).  An era's event (``Timeline.
    is_era_lane``) is the caller's to decline: its names make no lane (session 62,
    scale65; issue 11)."""
    counts: Counter[str] = Counter()
    for event, step in ((old, -1), (new, 1)):
        if event is not None:
            for name in (event.location,) if lanes_by == "place" else event.participants:
                counts[name] += step
    lane_spelled: set[str] | None = None
    name_keys: set[str] | None = None
    for name, step in counts.items():
        if not step or not name.strip():  # (the same names; a blank one: the lane "")
            continue
        if name in spellings:
            return False
        if lane_spelled is None:
            lane_spelled = set(spellings.values())
        if name in lane_spelled:
            return False
        if lanes is None or name in lanes:
            continue
        if " ".join(name.split()) != name:
            return False
        from timeline_app.core.names import lane_name_key

        if name_keys is None:
            name_keys = {lane_name_key(key) for key in lanes if key}
        if lane_name_key(name) in name_keys:
            return False
        name_keys.add(lane_name_key(name))  # (two new spellings of one: one lane)
    return True


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
    eras = _era_keys(timeline, events, whole)
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
    longest = 1  # (``PreparedLanes.longest``, from the runs as they are met)
    from timeline_app.core.query import id_set

    hidden = id_set(hidden)  # type: ignore[assignment]  # (``in`` an event: C-level)
    for index, (item, span, named) in enumerate(zip(items, spans, names, strict=True)):
        if span is not previous:  # see _lanes_of
            previous = span
            add_run(span)
            start, end = span
            offset = 2 + bucket_of(limits, end - start)
            if end - start > longest:
                longest = end - start
        if hidden and (ids[index] if ids is not None else item.id) in hidden:
            continue
        # (the appends as _lanes_of's, written out again: a call an event there would
        # slow the lanes by category, the default, for a loop they do not need)
        for key in ((eras[index],) if eras is not None and eras[index] else
                    ((named if named.strip() else ""),) if by_place
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
    # (the first edit after the lanes by name worked it out from ~200 000 runs, ~0.1-0.5 s
    # at 1 000 000 events; session 62, scale65)
    prepared.longest = longest
    return prepared


#: The start of the key of a lane by participant or place that holds the events of a lane
#: (category) shown as eras (``_era_keys``): drawn as bands behind the lanes by name, as
#: by category (``view_eras``), not as a row of each participant's or place's lane.  A
#: name never starts so (a control character).
ERA_LANE_KEY = "\x00eras\x00"


def _era_keys(timeline: Timeline, events: list[Event], whole: bool) -> list[str] | None:
    """Per event of ``events`` (all the timeline's when ``whole``), the key of its eras'
    lane (``ERA_LANE_KEY`` and its category) when its category is shown as eras
    (``Timeline.is_era_lane``), else ""; None when no event is.  By participant or place
    an era of "Filling phases" was an ordinary event of each participant's lane (edit34's
    report, session 36)."""
    categories = timeline.categories() if whole else [event.category for event in events]
    shown = {category for category in set(categories) if timeline.is_era_lane(category)}
    if not shown:
        return None
    return [ERA_LANE_KEY + category if category in shown else "" for category in categories]


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


def _covered_with(covered: list[tuple[float, float]], start: int, end: int
                  ) -> list[tuple[float, float]]:
    """``covered`` (disjoint sorted intervals, as ``_covered`` gives) with one event's days
    ``[start, end)`` added: a new list, the intervals it overlaps or touches merged with
    it, as ``_covered`` of every span with it would give (``covered_intervals`` merges
    touching spans; at least one day).  O(log n + intervals merged): one edit of a large
    timeline, where ``_covered`` of every event's span took 0.1-0.25 s at 1 000 000
    events (session 49, edit55)."""
    end = max(end, start + 1)
    first = bisect.bisect_left(covered, start, key=operator.itemgetter(1))  # ends >= start
    past = bisect.bisect_right(covered, end, key=operator.itemgetter(0))  # starts <= end
    if first < past:
        start = min(start, covered[first][0])  # type: ignore[assignment]
        end = max(end, covered[past - 1][1])  # type: ignore[assignment]
    return [*covered[:first], (start, end), *covered[past:]]


#: At most this many events' spans are read for ``_covered_without``'s days of one event
#: (those that may reach into them); more: the interval holding it is worked out again.
LOCAL_SPANS = 20_000


def _covered_without(covered: list[tuple[float, float]], start: int, end: int,
                     spans: list[tuple[int, int]], all_starts: list[int],
                     article_dates: list[_dt.date], longest: int | None = None
                     ) -> list[tuple[float, float]] | None:
    """``covered`` (as ``_covered`` gave it with one more event) after that event's days
    ``[start, end)`` were taken out of ``spans`` (every other event's, in date order;
    ``all_starts`` their first days): ``covered`` itself when another event starting that
    day covers as much (a busy day), else a new list with only the interval that held it
    worked out again from the events starting in it and the articles dated in it
    (``article_dates``, sorted).  None when no interval holds ``[start, end)`` (the
    caller works it all out again).

    With ``longest`` (no span of ``spans`` is longer, in days, counting at least one), only
    the days ``[start, end)`` are worked out again, from the spans that may reach into them
    (those starting less than ``longest`` days before; at most ``LOCAL_SPANS``) and the
    articles dated in them: the rest of the interval stays covered.  An edit under a
    filter at 1 000 000 events worked out an interval of the whole data, ~0.4 s (session
    60, scale63)."""
    end = max(end, start + 1)
    first, last = (bisect.bisect_left(all_starts, start),
                   bisect.bisect_right(all_starts, start))
    if any(max(other, start + 1) >= end for _day, other in spans[first:last]):
        return covered
    at = bisect.bisect_right(covered, start, key=operator.itemgetter(1))  # ends > start
    if at == len(covered) or covered[at][0] > start or covered[at][1] < end:
        return None
    low, high = covered[at]
    if longest is not None:
        lo = bisect.bisect_left(all_starts, start - longest)
        hi = bisect.bisect_left(all_starts, end)
        if hi - lo <= LOCAL_SPANS:
            pieces: list[tuple[float, float]] = [(low, float(start))] if low < start else []
            for other, other_end in spans[lo:hi]:
                first_day, last_day = max(other, start), min(max(other_end, other + 1), end)
                if first_day < last_day:
                    pieces.append((first_day, last_day))
            pieces += [(float(day), day + 1.0) for day in map(day_number, article_dates[
                bisect.bisect_left(article_dates, start, key=day_number):
                bisect.bisect_left(article_dates, end, key=day_number)])]
            if end < high:
                pieces.append((float(end), high))
            pieces.sort()
            return [*covered[:at], *covered_intervals(pieces), *covered[at + 1:]]
    inside: list[tuple[float, float]] = list(spans[bisect.bisect_left(all_starts, low):
                                                   bisect.bisect_left(all_starts, high)])
    dated = article_dates[bisect.bisect_left(article_dates, low, key=day_number):
                          bisect.bisect_left(article_dates, high, key=day_number)]
    if dated:
        inside = sorted(inside + [(float(day_number(d)), day_number(d) + 1.0)
                                  for d in dated])
    return [*covered[:at], *covered_intervals(inside), *covered[at + 1:]]


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
    #: Its header row's height (px): ``LANE_HEADER``, or 0 in the compact layout
    #: (``TimelineView._compact_lanes``), where the lane's name, swatch and "◀ N" /
    #: "N ▶" sit on a plate in its first row, from ``name_x`` (px) (verify76 F17).
    header: float = LANE_HEADER
    name_x: float = 0.0
    plate_w: float = 0.0  # (the compact plate's width, px; 0: no plate)

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
        #: The layout this one is a moved part of and how far it was moved left (px):
        #: a pan's stretch seen from the view or a group of its tiles
        #: (``_shifted_layout``); its dates beside titles are the stretch's
        #: (``view_dates``), else None.
        self.shifted_from: tuple[_Layout, float] | None = None
        #: A drag's stretch: the layout it pins (None once ``view_dates`` took its
        #: dates into ``pinned_dates``) and how far right it was moved into it (px,
        #: ``_pinned_stretch``), else None.
        self.pinned_to: tuple[_Layout | None, float] | None = None
        #: The pinned layout's dates beside titles by lane, in this layout's x, and its
        #: lanes' event ids (``view_dates``; None for a dense lane).
        self.pinned_dates: list[tuple[dict[str, Any], set[str]] | None] | None = None
        #: The dates beside its titles worked out so far (``view_dates``): what they
        #: were worked out for (the view's width, cut bands) and the dates by ``id`` of lane.
        self.dates: tuple[object, dict[int, dict[str, Any]]] | None = None

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
#: A press this near an event's marker (px) drags the event even when it is not selected
#: (``InputMixin._on_marker``, verify80 F11); on its title it scrolls.
MARKER_GRAB_SLACK_PX = 2.0
SELECT_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
#: Ctrl+Shift+← / →: a pan by an eighth of the view (Shift+← / → alone extends the
#: selection, as in a list: edit46)
PAN_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


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
_UNITS_BELOW_A_YEAR = UNITS_WITHIN_A_DAY | frozenset(
    {"day", "2 days", "week", "month", "quarter", "half year"})


class _AxisSegment(Record):
    """A stretch or a break as drawn: its x range, its ticks (none for a narrow break)
    and, for a break, the x range of its compressed band."""

    _fields = ("x0", "x1", "ticks", "brk", "band", "slope")
    x0: float
    x1: float
    ticks: AxisTicks | None
    brk: Break | None
    band: tuple[float, float] | None
    slope: float  # display units per day (``scale.Segment.slope``): < 1 drawn narrower

    def __init__(self, x0: float, x1: float, ticks: AxisTicks | None, brk: Break | None,
                 band: tuple[float, float] | None, slope: float = 1.0) -> None:
        self.x0 = x0
        self.x1 = x1
        self.ticks = ticks
        self.brk = brk
        self.band = band
        self.slope = slope


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
    #: The fill of a bar narrower than ``THIN_BAR_PX``, its outline's colour
    #: (``TimelineView._paint_thin_bars``; on the light theme too since verify69 F11).
    thin_fill: QColor | None

    def __init__(self, pens: dict[tuple[bool, bool], QPen], span_fill: QColor,
                 badge_fill: QColor, badge_pen: QPen, indicator_fill: QColor,
                 indicator_pen: QPen, hatch: tuple[QColor, QColor],
                 thin_fill: QColor | None = None) -> None:
        self.thin_fill = thin_fill
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

    # As many periods as make a whole number of device pixels (2 at 125 %: 15 px), so the
    # stripes keep their period at a fractional ratio (view80).
    periods = next((count for count in range(1, 9)
                    if abs(count * HATCH_PERIOD * ratio - round(count * HATCH_PERIOD * ratio))
                    < 1e-6), 1)
    side = max(2, round(periods * HATCH_PERIOD * ratio))
    tile = QImage(side, side, QImage.Format.Format_RGB32)
    tile.fill(ground)
    drawer = QPainter(tile)
    try:
        drawer.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        drawer.setPen(QPen(stripe, HATCH_WIDTH * ratio))
        for step in range(2 * periods + 1):  # x + y == corner, across the tile's edges
            corner = step * side / periods
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
        shifted.header, shifted.name_x, shifted.plate_w = lane.header, lane.name_x, lane.plate_w
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
                                  item.vague, item.plan)
                    shifted.items.append(moved)
                    items_by_id[item.event_id] = moved
            shifted.badges = [
                _Aggregate(badge.rect.translated(-dx, 0), badge.count, badge.first_day,
                           badge.last_day, badge.color, badge.keys)
                for badge in lane.badges
                if badge.rect.right() + 4 > x0 and badge.rect.left() - 4 < x1]
        lanes.append(shifted)
    moved = _Layout(lanes, layout.content_height, items_by_id)
    moved.shifted_from = (layout, dx)
    return moved


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
        merged.header, merged.name_x, merged.plate_w = own.header, own.name_x, own.plate_w
        merged.items = list(kept.items) + [
            item for item in own.items
            if item.event_id not in taken and item.marker.right() > 0
            and item.marker.left() < width and _clear_of(item.rect, held, rows)]
        merged.badges = list(kept.badges) + [
            badge for badge in map(partial(_badge_without, taken), own.badges)
            if badge is not None and _clear_of(badge.rect, held, rows)]
        items_by_id.update((item.event_id, item) for item in merged.items)
        lanes.append(merged)
    pinned_stretch = _Layout(lanes, stretch.content_height, items_by_id)
    pinned_stretch.pinned_to = (pinned, dx)
    return pinned_stretch


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
                             item.vague, item.plan)
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
        merged.header, merged.name_x, merged.plate_w = mine.header, mine.name_x, mine.plate_w
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
    shown.header, shown.name_x, shown.plate_w = own.header, own.name_x, own.plate_w
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
        reveal: the lanes' scroll (content px) of a view a key of the Events list would
            reveal, painted at it while the app waits (``view_reveal``), kept in
            ``_reveal_pictures``; None for the other jobs.
        headers: the lanes' headers (``_compact_lanes``) a step ahead is laid out and
            painted with when its layout chose the other ones than the view on screen
            has (``TimelineView._decide_headers_ahead``); None: the view's.  Its ``key``
            is then marked (``_job_frame_key``) until the view comes there and makes
            that change (``_headers_came``).
    """

    _fields = ("view", "here", "last_move", "key", "picture", "next_row", "side",
               "layout_steps", "layout_key", "flip", "layout", "ahead", "begun",
               "settles", "reveal", "headers")
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
    reveal: int | None
    headers: bool | None

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
        self.reveal = None
        self.headers = None


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
