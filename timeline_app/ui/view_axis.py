"""The axis: ticks, labels, the article badges and their lines.

A mixin of ``timeline_view.TimelineView``: its methods, moved as they were by
``tools/split_view.py``.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import math
import time
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

from timeline_app.core import clock
from timeline_app.core.dates import MONTH_NAMES, from_day_number, year_words
from timeline_app.ui.axis import UNITS_WITHIN_A_DAY, AxisTicks, Tick, axis_ticks
from timeline_app.ui.scale import Break, gap_words, scale_words
from timeline_app.ui.style import is_dark_palette
from timeline_app.ui.view_base import (
    _SHORT_GAP_UNITS,
    _UNITS_BELOW_A_YEAR,
    ARTICLE_CELL_EXTRA_PX,
    ARTICLE_LINE_PX,
    AXIS_HEIGHT,
    AXIS_ZIGZAG_CLEARANCE,
    BREAK_TICKS_PX,
    CROWDED_ARTICLE_LINES,
    CROWDED_ARTICLE_PX,
    FEW_ARTICLE_LINES,
    LANES_TOP,
    MARKER_ROW_TOP,
    _article_dates_of,
    _article_days_of,
    _article_totals_of,
    _AxisLabel,
    _AxisSegment,
    _thinned_article_columns,
)

#: Up to this many article lines, all on screen, the latest article is named by a badge
#: (``_with_the_latest_named``); more keep the world's choice.
FEW_NAMED_LINES = 12
#: Article lines this close (px) stand for one moment of the news: the latest badge names
#: the first of them.
CLOSE_ARTICLE_PX = 12.0
#: The widest text an article badge has (``_article_candidates``' spacing).
#: Between a period's bold name on the decades' row ("2010s") and a band's length boxed
#: beside it ("≈ 10 yrs", ``_on_decades_row``), px: at 4 px the two read as one label on
#: a printed page (fix88's A4 handout, session 62).
PERIOD_CLEAR_PX = 8.0
#: The least of it, when neither that nor the band's own row has room: the length is
#: said beside the name rather than not at all (a 500 px window's "≈ 57 yrs").
PERIOD_CLEAR_LEAST_PX = 4.0
WIDEST_BADGE = "◀ Article · 28 May 2002 +88888 ▶"
#: How long (s) today's date read is used again (``_today_number``): a second, so the line
#: moves within a second of midnight.
TODAY_READ_S = 1.0
#: The today line's width (px): solid, where the article's date line is dashed and red.
TODAY_LINE_PX = 2
#: The today line's and badge's colour and the badge's text colour, by ``is_dark_palette``:
#: a slate apart from the lanes' colours (``style``) and from the article line's red.
TODAY_COLORS = {False: ("#2C3E50", "#FFFFFF"), True: ("#B8C7D6", "#101820")}


def _first_of_columns(xs: Any, days: Any, as_lists: bool) -> tuple[Any, Any]:
    """Of article lines at ``xs`` (viewport px, a numpy array, ascending) with their day
    numbers ``days``, the first of each pixel column (one line a column is enough): lists
    when ``as_lists``, else numpy arrays; empty lists when there is none."""
    if not len(xs):
        return [], []
    import numpy as np

    columns = np.round(xs)
    first = np.ones(len(columns), dtype=bool)
    first[1:] = columns[1:] != columns[:-1]
    if not as_lists:
        return xs[first], days[first]
    return xs[first].tolist(), days[first].tolist()


#: Tick units finer than a year (``axis.choose_unit``): their ticks around the data are
#: context, kept by :func:`_within_days` unless a major period is whole outside it.
_FINER_THAN_YEARS = UNITS_WITHIN_A_DAY | frozenset(
    {"day", "2 days", "week", "month", "quarter", "half year"})


#: A stretch after a band names the day (week, month...) it starts in at its left edge
#: only when it shows at least this share of it (``_shown_enough``).
PARTIAL_PERIOD_NAMED = 0.5


def _shown_enough(day: float, next_day: float, brk: Break | None) -> bool:
    """Whether the stretch after the band of ``brk`` shows at least
    ``PARTIAL_PERIOD_NAMED`` of the period (finer than a year) from ``day`` to
    ``next_day`` that it starts in (its first tick's period, under the band), so that
    its label at the stretch's left edge names a period drawn about as wide as the next.
    unga.json at Fit All (verify64 item 12): the band ended at 20:24 on 21 September,
    and "21" stood 40 px before "22" where the days are 136 px apart: the 21st read as a
    short day.  The major label ("September 2026") names the stretch's start then.  A
    year's period keeps its label ("2026" after a band ending in August 2026: verify46
    F16)."""
    if brk is None or not next_day > day:
        return True
    return (next_day - brk.last_day) / (next_day - day) >= PARTIAL_PERIOD_NAMED


def _edge_in_year(unit: str, day: float, brk: Break | None) -> bool:
    """Whether a stretch after the band of ``brk`` may name at its left edge the year
    of its first tick (on ``day``, under the band) in a unit of ``unit``: always for a
    unit of a year or finer (the edge is in that year, or the label is a month's or a
    day's), only when the band ends in that very year for a unit of several years.
    The lesson picture of verify67 (F6): "1900" stood at the edge of a band ending in
    July 1906, where 1906 is, with no tick of its own, and its 20-year step looked
    shorter than every other one; the ticks of "20 years" name the years they stand
    on, not the steps after them."""
    if brk is None or unit in _FINER_THAN_YEARS or unit == "year":
        return True
    return from_day_number(int(brk.last_day))[0] == from_day_number(int(day))[0]


#: A major label moved left of its tick over more than this share of the step before
#: it names that step, not its own period (``_over_the_step_before``).
NAMES_THE_STEP_BEFORE = 0.75


def _over_the_step_before(view: Any, minors: list[Tick], x: float, label_x: float) -> bool:
    """Whether a major label moved left of its tick at ``x`` (viewport px), from
    ``label_x``, covers more than ``NAMES_THE_STEP_BEFORE`` of the step before it (from
    the minor tick before, ``minors``): it would read as the name of that step.  The
    lesson picture of verify67 (F6): "21st century", moved in before the change of
    scale after 2000, ended at the 2000 tick and covered 1980-2000, the label of the
    1980s-90s for a teacher's class; in a 1920-px window it began at the 1980 tick.  A
    year's label moved in beside its tick ("2025", ~37 px with its gap, over a month's
    step of 56 px or more: ``axis.choose_unit``) stays, and so does the last label at
    the window's right edge ("May 2026" before the 1 May tick: the month runs on past
    the window, where no label of its own is; ``test_go_to_date_one_scale_verify58``)."""
    for tick in reversed(minors):
        tick_x = view.x_of_day(tick.day)
        if tick_x < x - 0.5:
            return x - label_x > NAMES_THE_STEP_BEFORE * (x - tick_x)
    return False


def _against_the_label_before(width: float, gap_px: float) -> bool:
    """Whether a minor label ``width`` px wide, moved in left of its tick at the window's
    right edge, stands against the label before it, ``gap_px`` px away: nearer than its own
    width, it reads as a second word of that label, not as its own tick's.  verify68 F13:
    after a 20 px pan at Fit All "2040" stood left of its tick ~7 px after "2030" (a
    10-year step of ~65 px) and read as part of the 2030s."""
    return gap_px < width


def _within_days(ticks: AxisTicks, first: float, last: float, shown_first: float
                 ) -> AxisTicks:
    """``ticks`` (of one stretch, from day ``shown_first``) over the data's days
    ``[first, last)`` by whole periods of the major ticks (``AxisMixin.axis_days``): none
    from the first major tick at or after ``last`` (the decade after the data's: its
    "2030s", its "2030"), and, when a whole major period lies before the one ``first``
    is in, none before that period's tick ("1930s", "1940s" before 1 April 1950).  Fit
    All's least span around a lone day or a short story (a month around 5 March) keeps
    its ticks: no major tick lies in its room."""
    majors = [tick.day for tick in ticks.major]
    high = min((day for day in majors if day >= last), default=None)
    low = max((day for day in majors if day <= first), default=None)
    if low is not None and not any(shown_first <= day < low for day in majors):
        low = None  # (no whole period before the data's: its room is context)
    if ticks.unit not in _FINER_THAN_YEARS:
        # A stretch inside one major period (decades under "20th century": after view57's
        # Fit All gave a news story its room, the picture's first stretch ran 1927-1950s):
        # the same rule by its own years' ticks, so no "1930", "1940" before 1 April 1950
        # and no decade after the data's (verify61 F21).  Finer units keep their ticks:
        # a lone day's month around it is context.
        minors = [tick.day for tick in ticks.minor]
        if high is None:
            high = min((day for day in minors if day >= last), default=None)
        if low is None:
            low = max((day for day in minors if day <= first), default=None)
            if low is not None and not any(shown_first <= day < low for day in minors):
                low = None

    def kept(tick_list: list[Tick]) -> list[Tick]:
        return [tick for tick in tick_list
                if (high is None or tick.day < high) and (low is None or tick.day >= low)]

    return AxisTicks(ticks.unit, kept(ticks.minor), kept(ticks.major))



#: How far (px) the today badge may stand off its line and still be read as over it:
#: at the view's edge it is kept 2 px inside, and the line is TODAY_LINE_PX wide.
TODAY_BESIDE_PX = 4.0


def _today_label_at(base: str, left: float, w: float, x: float) -> str:
    """The today badge's label when it stands at ``left`` (``w`` px wide; viewport px)
    and its line at ``x``: ``base`` over the line (give or take ``TODAY_BESIDE_PX``),
    "``base`` ▶" left of it, "◀ ``base``" right of it (verify89 F9)."""
    if left - TODAY_BESIDE_PX <= x <= left + w + TODAY_BESIDE_PX:
        return base
    return f"{base} ▶" if left + w < x else f"◀ {base}"

class AxisMixin:
    """The axis: ticks, labels, the article badges and their lines."""

    #: Whether the articles' badges and their dashed lines are drawn: a print may leave
    #: them out (File → Print's "Article Marks"; verify43 F17 called them "noise for the
    #: reader" of a briefing).  Set before the view is first painted.
    article_marks: bool = True
    #: ``_today_place``'s last answer: (its key, the answer).
    _today_memo: tuple[tuple[object, ...], tuple[float | None, int | None]] | None = None
    #: ``_today_number``'s last read: (``time.monotonic()``, the day, ``clock.today``).
    _today_read: tuple[float, int, object] | None = None
    #: The days ``[first, last)`` a picture of the whole timeline's axis is drawn over
    #: (``export_picture.whole_timeline_view``): no tick, label or grid line in a major
    #: period (a decade, a year, a month) after the data's last, nor in whole ones before
    #: its first (``_within_days``); ``None`` (the screen, a picture of the current
    #: view): all.  Fit All leaves room after the data
    #: for titles that stick out to the right, and a news timeline's picture of
    #: 1950-2026 had its axis run on to the "2050s", a quarter of its width future
    #: decades that read as a forecast (verify61 F21); the titles keep that room, on a
    #: canvas without an axis there.
    axis_days: tuple[float, float] | None = None
    #: ``_axis_segments``' last answer: (its key of values, the scale and the lone spans
    #: it read, compared by identity as they are replaced on change, the segments).
    _axis_memo: tuple[tuple[object, ...], object, object, list[_AxisSegment]] | None = None

    # ------------------------------------------------------------------ painting
    def _axis_segments(self) -> list[_AxisSegment]:
        """The stretches and breaks on screen, each with its own ticks (a break's scale is
        its compression times the view's, so its tick level is its own).

        The last answer is kept while what it reads is the same (the view, the scale, the
        data's range, ``axis_days``, a pan's riding): a frame asks several times, and
        leaving out the ticks after the data (``_axis_days_shown``) cost ~9 us more a call
        at Fit All of 100 000 events (its ticks made again were ~29 us already)."""
        ppd = self._px_per_day
        origin = self._origin
        key = (origin, ppd, self.viewport().width(), self._ride_on, self.axis_days,
               self._extra_range, self._data_range())
        memo = self._axis_memo
        if (memo is not None and memo[0] == key and memo[1] is self._scale
                and memo[2] is self._squeezed_spans):
            return list(memo[3])
        out = self._axis_segments_made()
        self._axis_memo = (key, self._scale, self._squeezed_spans, out)
        return list(out)

    def _axis_segments_made(self) -> list[_AxisSegment]:
        """``_axis_segments``' work."""
        ppd = self._px_per_day
        origin = self._origin
        out = []
        days = self.axis_days if self.axis_days is not None else self._axis_days_shown()
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
                if days is not None and (days[0] > -math.inf or segment.last_day > days[1]):
                    # (the window's: only a stretch that runs past the data has ticks to
                    # leave out; the others keep theirs as they are, at no cost)
                    ticks = _within_days(ticks, *days, segment.first_day)
            out.append(_AxisSegment(x0, x1, ticks, brk, band, segment.slope))
        return out

    def _axis_days_shown(self) -> tuple[float, float] | None:
        """``(-inf, the day after the data's last)`` (``_data_range``, the articles'
        dates in) when the view shows all of the data, a Fit All's overview or wider: the
        window's axis then stops after the data's period as a picture's does
        (``axis_days``, ``_within_days``), and the room Fit All leaves after the last
        event for the titles right of their markers is a canvas without ticks.  A
        24-event timeline ending "by 31 March 2027" ran its axis on to "2028 Jan Jul" at
        Fit All in an 870 px view, a quarter of the width of future dates that read as
        events to come (verify65 F7).  Before the data the ticks stay: Fit All's left
        margin is a few px, and "2010 2012" before a 2015 event gave its decade's
        "2010s" a place there; without them it took the place of a narrow band's "≈ 2
        years" (``test_view60_scale_change``).  None while the view shows only part of
        the data (zoomed in): every tick, context for the days looked at.

        Decided by the scale alone (the data's units times the px per unit within the
        viewport's width), not by where the view stands: a pan's tiles, painted at
        other origins (``view_pan._paint_pan_band``), draw the grid as the view at rest
        does.  A "Go to Date" outside the data (``_extra_range``) counts as data: its
        day keeps its ticks.  Changes nothing; the data's range is cached."""
        first_u, last_u = self._data_units()
        if (last_u - first_u) * self._px_per_day > self.viewport().width() + 0.5:
            return None
        last = self._data_range()[1]
        if self._extra_range is not None:
            last = max(last, self._extra_range[1])
        return -math.inf, last

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
        # The days whose ticks a stretch to the left labelled (majors, minors): a tick on
        # the edge between two stretches (Fit All's room after the data, from 1 May) is
        # in both and was labelled by both, "May 2026 | May 2026" (verify58 F21).
        labelled: tuple[set[float], set[float]] = (set(), set())
        for index_seg, seg in enumerate(segments):
            if seg.ticks is None:
                continue
            after = segments[index_seg + 1] if index_seg + 1 < len(segments) else None
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
                if tick.day in labelled[0]:
                    continue
                w = self._bold_width(tick.label)
                if (after is not None and after.brk is None and after.ticks is not None
                        and abs(after.x0 - x) < 0.5
                        and min(after.x1, float(width)) - x >= w + 8 + AXIS_ZIGZAG_CLEARANCE):
                    continue  # (the period the stretch after names, right of its tick)
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
                    if not at_window_edge and _over_the_step_before(
                            self, seg.ticks.minor, x, label_x):
                        continue  # (the stretch after names the period's days)
                if label_x >= text_lo and label_x + w <= text_hi and label_x > last_right:
                    if boxed and lines and lines[-1] == (x, 2, 20) and label_x + w > x - 2:
                        lines.pop()  # its tick is under it: the minor row's tick marks it
                    labels.append(_AxisLabel(QRectF(label_x, 16 - bold.ascent(), w,
                                                    bold.height()), tick.label, True, boxed))
                    last_right = label_x + w + 8
                    shown.append(tick.label)
                    labelled[0].add(tick.day)
            placed.update(shown)
            last_right = -1e9
            minors = seg.ticks.minor
            # (after a band only: after a stretch drawn at another scale, whose own ticks
            # name its years, "2023" stood at the edge with no tick of its own, against
            # "|2024", verify63 F11)
            after_band = index_seg > 0 and segments[index_seg - 1].brk is not None
            # The period the stretch after (at another scale, no band between) names
            # at its left edge, which it starts inside: that stretch's heading says it,
            # so this stretch's tick of it stays bare (verify73 F16: "2026" inside the
            # compressed 2020s and again after "scale ×6.9 →" at Fit All)
            headed = {max(before, key=lambda major: major.day).label} if (
                after is not None and after.brk is None and seg.brk is None
                and after.ticks is not None and (before := [
                    major for major in after.ticks.major
                    if self.x_of_day(major.day) < after.x0 + 0.5])) else set()
            for index, tick in enumerate(minors):
                x = self.x_of_day(tick.day)
                if x < lo and seg.x0 > 0.5 and index + 1 < len(minors):
                    if not after_band:
                        continue
                    # The period a stretch after a band starts in: its tick is under the
                    # band, so its label goes at the stretch's left edge when it fits
                    # before the next tick's ("2026" after a band ending in August
                    # 2026, before the "2027" tick: verify46 F16 found the stretch of
                    # the article's own year unnamed).  Fit All's room before a stretch
                    # (``_fit_room``) gives it the place between two bands only.
                    next_x = self.x_of_day(minors[index + 1].day)
                    w = self._small_width(tick.label)
                    if (seg.ticks.unit in _FINER_THAN_YEARS
                            and not _shown_enough(tick.day, minors[index + 1].day,
                                                  segments[index_seg - 1].brk)):
                        continue
                    if not _edge_in_year(seg.ticks.unit, tick.day,
                                         segments[index_seg - 1].brk):
                        continue
                    if (next_x > lo and text_lo + w + 6 <= next_x + 3
                            and text_lo + w <= text_hi and free(text_lo - 3, text_lo + w)):
                        labels.append(_AxisLabel(QRectF(text_lo, 37 - small.ascent(), w,
                                                        small.height()), tick.label, False))
                        last_right = text_lo + w + 6
                    continue
                if not lo <= x <= hi:
                    continue
                if free(x - 1, x + 1):  # no stub of a tick around a break's length
                    lines.append((x, 24, 40))
                if tick.day in labelled[1] or tick.label in headed:
                    continue
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
                    elif at_window_edge and _against_the_label_before(
                            w, label_x - (last_right - 6)):
                        continue  # (it would read as the step before's)
                if (label_x > last_right and label_x >= text_lo and label_x + w <= text_hi
                        and free(label_x - 3, label_x + w)):
                    if (boxed and lines and lines[-1] == (x, 24, 40)
                            and label_x - 1 <= x <= label_x + w + 1):
                        lines.pop()  # its tick is under it (the grid line still marks it)
                    labels.append(_AxisLabel(QRectF(label_x, 37 - small.ascent(), w,
                                                    small.height()), tick.label, False, boxed))
                    last_right = label_x + w + 6
                    labelled[1].add(tick.day)
        self._label_bare_stretches(segments, width, labels, reserved)
        self._label_narrow_bands(segments, width, labels, reserved)
        self._label_scale_changes(self._scale_changes(segments, width), width, labels)
        return lines, labels

    def _label_bare_stretches(self, segments: list[_AxisSegment], width: int,
                              labels: list[_AxisLabel], reserved: list[tuple[float, float]]
                              ) -> None:
        """A stretch between two bands whose ticks gave it no label has its year, or its
        first and last years ("1650–1659") when they fit, centred in it on the minor
        labels' row, where it fits clear of the zig-zags and the bands' lengths
        (verify80 F10: the 28 px stretch of "c. 1650" between a band from 430 BC and
        one to 1958 had no label at all at Fit All, and nothing told where it was).
        A few segments a layout: no cost that grows with the events."""
        small = self._small_metrics
        for index, seg in enumerate(segments):
            if (seg.brk is not None or seg.ticks is None or index == 0
                    or index + 1 == len(segments) or segments[index - 1].brk is None
                    or segments[index + 1].brk is None):
                continue
            lo, hi = max(seg.x0, 0.0), min(seg.x1, float(width))
            if hi - lo < 8 or any(lo - 2 <= label.rect.center().x() <= hi + 2
                                  for label in labels if not label.boxed or label.bold):
                continue
            # (the years of the days between the two empty periods: what it holds.  Its
            # drawn days named "1649", Fit All's room before the "c. 1650" event, whose
            # year the band after it compresses)
            before, after = segments[index - 1].brk, segments[index + 1].brk
            assert before is not None and after is not None
            first = from_day_number(int(before.empty_last))[0]
            last = from_day_number(int(max(after.empty_first - 1, before.empty_last)))[0]
            tries = [year_words(first)] if first == last else [
                f"{year_words(first)}–{year_words(last)}", year_words(first)]
            for text in tries:
                # On its plate (boxed), it may reach over the zig-zags beside it, up to
                # the bands' own lengths (``reserved``) and never past the window.
                w = self._small_width(text) + 4
                left = (lo + hi) / 2 - w / 2
                if (left >= max(2.0, lo - AXIS_ZIGZAG_CLEARANCE)
                        and left + w <= min(width - 2.0, hi + AXIS_ZIGZAG_CLEARANCE)
                        and all(left + w <= r0 or left >= r1 for r0, r1 in reserved)):
                    labels.append(_AxisLabel(QRectF(left, 37 - small.ascent(), w,
                                                    small.height()), text, False, True))
                    break

    def _label_narrow_bands(self, segments: list[_AxisSegment], width: int,
                            labels: list[_AxisLabel], reserved: list[tuple[float, float]]
                            ) -> None:
        """A band too narrow for even "≈" between its zig-zags has its length over it on
        the decades' row, centred on it and boxed, where that row is free (verify63 F11:
        Fit All's 25 px band of 2015-2018 said nothing; its tooltip only said how long)."""
        for seg in segments:
            if seg.band is None or seg.brk is None or seg.ticks is not None:
                continue
            x0, x1 = seg.band
            length = gap_words(seg.brk.days)
            said = [label.text for label in labels if label.boxed and not label.bold
                    and x0 - 4 <= label.rect.left() and label.rect.right() <= x1 + 4]
            if said == ["≈"]:
                # Only "≈" in it: its length above it, where that row is free (verify80
                # F10: two bands a 28 px stretch apart said "≈" and "≈", where one had
                # said "≈ 316 years"); the tooltip over the axis says it always.
                number, _, unit = length.partition(" ")
                middle = (x0 + x1) / 2
                short = f"≈ {number} {_SHORT_GAP_UNITS.get(unit, unit)}"
                # (centred, else from the band's left edge rightwards: beside another
                # band's length, as two bands a sliver apart have)
                tries = [(f"≈ {length}", middle, 0), (f"≈ {length}", x0 - 4, 1),
                         (short, middle, 0), (short, x0 - 4, 1), (short, x1 + 4, -1)]
                # No room beside the periods' names ("2010s ≈ 10 yrs 2023"): in the
                # band's own row instead of its "≈", across its zig-zags, where the
                # ticks' labels leave room (fix88's printed handout); else as close to
                # the names as other labels are
                if not (self._on_decades_row(tries, labels, width)
                        or self._length_over_band(short, middle, labels, width)):
                    self._on_decades_row(tries, labels, width, PERIOD_CLEAR_LEAST_PX)
                continue
            if said:
                continue  # (labelled in it)
            middle = (x0 + x1) / 2
            self._on_decades_row([(f"≈ {length}", middle, 0),
                                  ("≈", middle, 0)], labels, width)

    @staticmethod
    def _scale_changes(segments: list[_AxisSegment], width: int) -> list[tuple[float, float]]:
        """``(x, ratio)`` of each edge in the window between two stretches drawn at
        different scales (no band between them): Fit All's story drawn wider than its
        days (a ``scale.Squeeze`` before it), ``ratio`` the days' width after the edge
        over before it (verify63 F11: two-year steps became one-year steps at 2023 with
        nothing on the axis saying so)."""
        changes = []
        for before, after in itertools.pairwise(segments):
            if (before.brk is None and after.brk is None and 0.5 < after.x0 < width - 0.5
                    and before.slope > 0 and abs(after.slope / before.slope - 1) > 0.05):
                changes.append((after.x0, after.slope / before.slope))
        return changes

    def _label_scale_changes(self, changes: list[tuple[float, float]], width: int,
                             labels: list[_AxisLabel]) -> None:
        """Each change of scale named on the decades' row beside its dashed line
        (``_paint_axis``): "scale ×2.8" right of it (the days after drawn 2.8 times as
        wide), else "scale ×2.8 →" left of it (pointing at the days it speaks of), where
        that row is free; the line alone else."""
        for x, ratio in changes:
            said = f"scale ×{scale_words(ratio)}"
            self._on_decades_row([(said, x, 1), (said + " →", x, -1)], labels, width)

    def _on_decades_row(self, tries: list[tuple[str, float, int]], labels: list[_AxisLabel],
                        width: int, period_clear: float = PERIOD_CLEAR_PX) -> bool:
        """The first of ``tries`` — ``(text, x, side)``: centred on ``x`` (side 0), its
        left 4 px right of it (1) or its right 4 px left of it (-1) — that fits in the
        window on the decades' row clear of ``labels`` (4 px; ``period_clear`` px of a
        period's bold name: "2010s ≈ 10 yrs" read as one label on a print, fix88),
        added to them boxed in the small font (True); none when none fits.  (Plain numbers, not
        ``QRectF.intersects``, and only the labels that may be on that row: with ``QRectF``
        tests both steps took a quarter of the layout's ~240 µs in the article's view of
        verify63 F11, now ~15 %.)"""
        small = self._small_metrics
        top, height = 16 - small.ascent(), small.height()
        # (a minor label, neither bold nor boxed, is on the row below: not asked)
        taken = [(r.left() - clear, r.right() + clear) for label in labels
                 if (label.bold or label.boxed)
                 and (r := label.rect).top() < top + height and r.bottom() > top
                 for clear in [period_clear if label.bold and not label.boxed else 4.0]]
        for text, x, side in tries:
            w = self._small_width(text) + 6
            left = x - w / 2 if side == 0 else x + 4 if side > 0 else x - 4 - w
            if left >= 2.0 and left + w <= width - 2.0 and all(
                    left + w <= a or left >= b for a, b in taken):
                labels.append(_AxisLabel(QRectF(left, top, w, height), text, False, True))
                return True
        return False

    def _length_over_band(self, text: str, middle: float, labels: list[_AxisLabel],
                          width: int) -> bool:
        """A narrow band's "≈" (its label centred on ``middle``) replaced by ``text``
        ("≈ 10 yrs"), boxed and centred on it on the same row, when that fits in the
        window 4 px clear of the row's other labels (True); else nothing changes."""
        plain = next((label for label in labels if label.text == "≈" and label.boxed
                      and abs(label.rect.center().x() - middle) < 1.0), None)
        if plain is None:
            return False
        row = plain.rect
        w = self._small_width(text) + 6
        left = middle - w / 2
        if left < 2.0 or left + w > width - 2.0:
            return False
        if all(label is plain or (r := label.rect).bottom() <= row.top()
               or r.top() >= row.bottom() or left + w + 4 <= r.left()
               or left >= r.right() + 4 for label in labels):
            plain.rect = QRectF(left, row.top(), w, row.height())
            plain.text = text
            return True
        return False

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
        changes = self._scale_changes(segments, width)
        if changes:  # a change of scale: a dashed line over the ticks' rows (verify63 F11)
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
            painter.drawLines([QLineF(x, 2, x, 40) for x, _ratio in changes])
            painter.setPen(QPen(text, 1))
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
        asks twice (the lines, then the badges).

        With enough articles for crowded lines, the dates across the wider stretch the
        badges are chosen from (``_article_candidates``) are placed here once and this
        view's columns are their part within it: placed twice, a view at a month's zoom
        paid ~0.4 M instructions a held key's step more (issue 11, session 33)."""
        if not self.article_marks:
            return [], []
        days = self._article_days()
        width = self._articles_width()
        # (The days' array is made again, and this forgotten, when the sources change.)
        key = (id(days), len(days), self._origin, self._px_per_day, self._scale, width)
        if self._article_columns_memo is not None and self._article_columns_memo[0] == key:
            return self._article_columns_memo[1]
        wide: tuple[float, float, Any, Any] | None = None
        if isinstance(days, list) or len(days) < CROWDED_ARTICLE_LINES:
            columns = self._compute_article_columns(days)
        else:
            low, high = self._article_candidates_range(width)
            xs, shown = self._placed_article_days(days, low, high)
            wide = (low, high, xs, shown)
            inside = (xs >= -50.0) & (xs <= width + 50)
            columns = _first_of_columns(xs[inside], shown[inside], as_lists=True)
        self._article_columns_memo = (key, columns, wide)
        return columns

    def _article_badge_spacing(self) -> tuple[float, float]:
        """The widest article badge with its count (px; "◀ Article · 28 May 2002 +88888
        ▶" and its margins), and the least distance between two crowded badges' lines:
        every badge centred on its line, with room for its "+N"."""
        widest = self._small_width(WIDEST_BADGE) + 8
        return widest, widest + 4

    def _article_candidates_range(self, width: int) -> tuple[float, float]:
        """The stretch (viewport px, ``low`` to ``high``) whose article lines
        ``_thinned_article_columns`` reads to choose the candidates of a view ``width``
        px wide: three cells before the badges' -50 px, a spacing after ``width`` + 50."""
        spacing = self._article_badge_spacing()[1]
        margin = 3 * (spacing + ARTICLE_CELL_EXTRA_PX)
        return -50 - margin, width + 50 + spacing

    def _article_candidates(self) -> tuple[list[float], list[int]]:
        """The article lines that may have a badge (x, day number; as
        ``_article_columns``): the crowded ones chosen from the world
        (``_thinned_article_columns``), so that a pan moves the badges and their lines
        with the world and a zoom changes them only as it changes the titles.
        Remembered for the view it was made for."""
        columns = self._article_columns()
        if not self.article_marks:
            return columns  # (none)
        days = self._article_days()
        if len(days) < CROWDED_ARTICLE_LINES:
            return columns  # (none crowded)
        width = self._articles_width()
        widest, spacing = self._article_badge_spacing()
        key = (id(days), len(days), self._origin, self._px_per_day, self._scale, width,
               spacing)
        memo = self._article_candidates_memo
        if memo is not None and memo[0] == key:
            return memo[1]
        low, high = self._article_candidates_range(width)
        placed = self._article_columns_memo[2] if self._article_columns_memo else None
        if placed is not None and placed[:2] == (low, high):  # (placed by the columns)
            wide = _first_of_columns(placed[2], placed[3], as_lists=False)
        else:
            wide = self._compute_article_columns(days, low, high)
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
        xs, shown = self._placed_article_days(days, low, high)
        return _first_of_columns(xs, shown, as_lists)

    def _placed_article_days(self, days: Any, low: float, high: float) -> tuple[Any, Any]:
        """x (viewport px, ascending) and day number of each of ``days`` (a numpy array
        of dateline day numbers, sorted) with ``low <= x <= high``: numpy arrays, every
        date (``_first_of_columns`` keeps one a pixel column)."""
        import numpy as np

        lo = int(np.searchsorted(days, math.floor(self.day_at(low)) - 1, side="left"))
        hi = int(np.searchsorted(days, math.ceil(self.day_at(high)) + 1, side="right"))
        shown = days[lo:hi]
        xs = (self._scale.u_of_days(shown + 0.5) - self._origin) * self._px_per_day
        keep = (xs >= low) & (xs <= high)
        return xs[keep], shown[keep]

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

    def _today_x(self) -> float | None:
        """The x (viewport px) of the today line: the middle of the computer's date
        (``core.clock.today``), where an event of that day has its diamond; ``None`` when
        it is not drawn (off screen, in a collapsed gap's band, or no article marks: a
        picture that leaves the marks out leaves it out too).

        verify87 F4: a correspondent following what comes next read the red dashed line
        (the article's date, 27 Nov) as today (7 Dec): nothing showed today."""
        x, side = self._today_place()
        return x if side == 0 else None

    def _today_place(self) -> tuple[float | None, int | None]:
        """Where today is against the view: ``(x, 0)`` with the today line's x (viewport
        px) when it is drawn, ``(None, -1)`` / ``(None, 1)`` when today lies beyond the
        left / right edge (its badge is pinned there, ``_today_badge``), ``(None, None)``
        when nothing of it is drawn (in a collapsed gap's band, or no article marks)."""
        if not self.article_marks:
            return None, None
        # Remembered for the view and the day (a frame asks twice, each of a pan's tiles
        # once more): the day read each time (~1 us), the rest only for a new view.
        key = (self._today_number(), self._origin, self._px_per_day, self._scale,
               self._articles_width())
        memo = self._today_memo
        if memo is not None and memo[0] == key:
            return memo[1]
        day, origin, ppd, scale, width = key
        x: float | None = (scale.u_of_day(day + 0.5) - origin) * ppd
        side: int | None = 0
        if x < -TODAY_LINE_PX:  # type: ignore[operator]
            x, side = None, -1
        elif x > width + TODAY_LINE_PX:  # type: ignore[operator]
            x, side = None, 1
        elif scale.breaks:  # (only a gap's band hides days)
            for seg in self._axis_segments():
                if seg.band is not None and seg.band[0] <= x <= seg.band[1]:  # type: ignore[operator]
                    x, side = None, None  # (its zig-zag band: no day of it is drawn)
                    break
        self._today_memo = (key, (x, side))
        return x, side

    def _today_number(self) -> int:
        """Today's day number (``core.clock.today``), read at most every
        ``TODAY_READ_S``: ``date.today`` is ~1-4 us (the C library looks at the time
        zone's file each call), paid twice a frame and once a pan's tile; a new
        ``clock.today`` (a test's) is read at once."""
        now = time.perf_counter()  # (the view's one clock, which tests stand still)
        read = self._today_read
        if read is not None and read[2] is clock.today and 0 <= now - read[0] < TODAY_READ_S:
            return read[1]
        day = clock.today().toordinal()
        self._today_read = (now, day, clock.today)
        return day

    def _today_columns(self) -> list[int]:
        """The pixel columns of the today line down the lanes (``TODAY_LINE_PX`` of
        them about ``_today_x``; none when it is not drawn): painted as a grid line is,
        behind the events and their titles' plates, and in the backdrop's tiles (no cost
        a frame beyond a grid line's)."""
        x = self._today_x()
        if x is None:
            return []
        left = round(x - TODAY_LINE_PX / 2)
        return list(range(left, left + TODAY_LINE_PX))

    def _today_badge(self, width: int) -> tuple[QRectF, str] | None:
        """The today badge in the axis's badge row ("Today · 7 Dec 2026"): over its line,
        else in the free stretch of the row nearest it, clear of the article badges
        (4 px); shortened to "Today" when the whole one would stand further from its line
        than its own width.  Today beyond an edge of the view pins it at that edge with
        an arrow pointing the way, "Today · 7 Dec 2026 ▶" (as a pinned article badge and
        a lane's "2 ▶" do), on screen only, not in a picture or a print (a view never on
        screen): a clicked pinned badge brings today into view (``_today_badge_click``).
        ``None`` when nothing of today is drawn (a gap's band, no article marks, a
        picture or print with today off it) or the row has no room.

        Session 64's new-user trial: with today past the timeline's last event (the sample
        of 1965-2025 at Fit All), the badge was off screen with its line, and nothing said
        where today was."""
        x, side = self._today_place()
        if side is None or (side and self.testAttribute(  # type: ignore[attr-defined]
                Qt.WidgetAttribute.WA_DontShowOnScreen)):
            return None  # (a picture's or a print's view: ``export_picture._hidden_view``)
        # (the day as ``_today_place`` read it: ``date.today`` itself is ~17 000
        # instructions, the time zone's file looked at, in every frame today is pinned)
        today = _dt.date.fromordinal(self._today_number())
        whole = f"Today · {today.day} {MONTH_NAMES[today.month - 1][:3]} {today.year}"
        badges = self._article_badges(width)
        if side:
            at_edge = self._today_at_edge(whole, side, width, badges)
            if at_edge is not None:
                return at_edge
        free: list[tuple[float, float]] = []  # the row's stretches clear of a badge
        at = 2.0
        for box in sorted((box for box, _label in badges), key=QRectF.left):
            if box.left() - 4 > at:
                free.append((at, box.left() - 4))
            at = max(at, box.right() + 4)
        free.append((at, width - 2.0))
        nearest: tuple[float, QRectF, str] | None = None
        for base in (whole, "Today"):
            if side:  # (pinned: at its edge, the arrow pointing beyond it)
                labels = [f"◀ {base}" if side < 0 else f"{base} ▶"]
            else:  # over its line; beside it (an article badge over the line), the arrow
                # pointing to it (verify89 F9: pushed 100 px aside, over October and
                # November, it was read as the date)
                labels = [base, f"{base} ▶", f"◀ {base}"]
            for label in labels:
                w = self._small_width(label) + 8
                # (pinned: as near the edge as the article badges leave room)
                wanted = (x - w / 2 if x is not None
                          else (2.0 if side < 0 else width - 2.0 - w))
                for low, high in free:
                    if high - low < w:
                        continue
                    left = min(max(wanted, low), high - w)
                    if not side and x is not None and label != _today_label_at(
                            base, left, w, x):
                        continue  # (each label only where it tells the truth)
                    away = abs(left - wanted)
                    if nearest is None or away < nearest[0] - 0.5:
                        nearest = (away, QRectF(left, MARKER_ROW_TOP, w, 15), label)
            if nearest is not None and nearest[0] <= self._small_width(base) + 8:
                break
        return None if nearest is None else (nearest[1], nearest[2])

    def _today_at_edge(self, whole: str, side: int, width: int,
                       badges: list[tuple[QRectF, str]]) -> tuple[QRectF, str] | None:
        """The today badge pinned at the edge ``side`` (-1 left, 1 right) of a row
        ``width`` px wide, its whole label ``whole`` with the arrow, when no article badge
        (``badges``) stands within 4 px of that place: what ``_today_badge``'s search
        of the row's free stretches finds there, without the search; None otherwise.
        Today is pinned in every frame of a view away from today (session 65, fix94),
        most often clear of the article badges, and the search (the badges sorted, the
        row's stretches made) was ~50 us of Python a frame: the day session's +0.49 %
        instructions at 100 000 events (session 66, scale77)."""
        label = f"◀ {whole}" if side < 0 else f"{whole} ▶"
        w = self._small_width(label) + 8  # type: ignore[attr-defined]
        if side < 0:
            left = 2.0
            if min((box.left() for box, _label in badges), default=width + 2.0) - 4 < left + w:
                return None
        else:
            left = width - 2.0 - w
            if max((box.right() for box, _label in badges), default=-2.0) + 4 > left:
                return None
        if left < 2.0:
            return None  # (a row narrower than the badge: the search says where, if at all)
        return QRectF(left, MARKER_ROW_TOP, w, 15), label

    def _pinned_today_at(self, pos: QPointF) -> bool:
        """Whether ``pos`` (viewport px) is on the today badge pinned at an edge."""
        if not MARKER_ROW_TOP <= pos.y() < MARKER_ROW_TOP + 15:
            return False
        if self._today_place()[1] not in (-1, 1):
            return False
        badge = self._today_badge(self.viewport().width())
        return badge is not None and badge[0].contains(pos)

    def _today_badge_click(self, pos: QPointF) -> bool:
        """Bring today into view when ``pos`` (viewport px) is on the today badge pinned
        at an edge (``_today_badge``): centred, at the zoom of that edge (its px a day;
        ``show_visible_days``, which reaches past the data as Go to Date does).  Whether
        it did."""
        if not self._pinned_today_at(pos):
            return False
        width = max(1, self.viewport().width())
        # The px a day at the edge it is pinned to (a collapsed gap's band or Fit All's
        # story piece make the days shown no measure of the zoom: the sample's 1964-2025
        # at Fit All brought 63 years about today).
        edge = self.day_at(width - 1 if self._today_place()[1] > 0 else 1)  # type: ignore[attr-defined]
        day_px = abs(self.x_of_day(edge + 1) - self.x_of_day(edge))  # type: ignore[attr-defined]
        shown = max(1.0, width / max(day_px, 1e-9))
        mid = self._today_number() + 0.5
        self.show_visible_days(mid - shown / 2, mid + shown / 2)  # type: ignore[attr-defined]
        return True

    def _paint_today_badge(self, painter: QPainter, width: int) -> None:
        """The today badge (``_today_badge``), in the today line's colour."""
        badge = self._today_badge(width)
        if badge is None:
            return
        box, label = badge
        fill, text = TODAY_COLORS[is_dark_palette()]
        painter.setFont(self._small_font)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(QColor(text))
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
        label_of = self._plain_badge_label
        if self._short_badges_name_more(columns, width):
            label_of = self._short_badge_label
            xs, days = columns
        else:
            xs, days = self._with_the_latest_named(columns, width)
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
        placing = self._placing_article_badges(xs, days, width, label_of, badges, named)
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
        if len(badges) == 1 and len(named) == 1:
            badges = self._as_a_range_badge(badges, named[0], days, width)
        self._article_badges_memo = (columns, width, badges)
        return badges

    def _as_a_range_badge(self, badges: list[tuple[float, QRectF, str]], day: int,
                          days: list[int], width: int) -> list[tuple[float, QRectF, str]]:
        """A lone badge standing for every article on screen, a few lines all in view
        whose last lies past the badge's right end, named as the range they span:
        "Articles · 27 Feb 2024 – 3 Dec 2026 (6)" over the first line, where "Article · 27
        Feb 2024 +5" said nothing of late 2026, where four of the six were (verify43 F22,
        the whole-timeline picture at 1570 px or less).  ``badges`` as it was otherwise."""
        every_x, every_day = self._article_columns()
        x, box, _label = badges[0]
        if (len(every_x) < 2 or len(every_x) > FEW_NAMED_LINES or every_x[0] < 0
                or every_x[-1] > width or every_day[0] != day or every_x[-1] <= box.right()):
            return badges
        count = self._unnamed_article_counts([day], days, width)[0] + 1
        # (the last article's own day: a column names the first of its pixel's)
        every = self._article_days()
        end = max(days[-1], math.floor(self.day_at(width + 50))) + 1
        stop = (bisect.bisect_left(every, end) if isinstance(every, list)
                else int(every.searchsorted(end)))
        first, last = (self._article_label(int(d)).replace("Article · ", "", 1)
                       for d in (day, every[stop - 1]))
        label = f"Articles · {first} – {last} ({count})"
        w = self._small_width(label) + 8
        if w > width - 4:
            return badges
        left = min(max(x - 8, 2.0), width - w - 2)  # over its first line
        return [(x, QRectF(left, box.top(), w, box.height()), label)]

    def _with_the_latest_named(self, columns: tuple[list[float], list[int]], width: int
                               ) -> tuple[list[float], list[int]]:
        """The article lines to name (``columns``: ``_article_candidates``'), so that the
        latest article on screen has a badge when a few lines are all on screen: the
        badges placed from the right then, when that names the first line and the latest
        and as many as from the left.  At Fit All the six articles of verify43 (27 Feb
        2024, 15 Mar 2025 and four of late 2026) read "Article · 27 Feb 2024" and "15 Mar
        2025 +4", the line only at March 2025: nothing marked late 2026, where the news
        was (F22); so "27 Feb 2024 +1" and "20 Nov 2026 +3".  A crowded axis (more than
        ``FEW_NAMED_LINES`` lines) keeps the world's choice (``_thinned_article_columns``:
        the badges move with a pan)."""
        every_x, every_day = self._article_columns()
        if (len(every_x) < 2 or len(every_x) > FEW_NAMED_LINES or every_x[0] < 0
                or every_x[-1] > width
                or every_x[-1] - every_x[-2] > self._small_width(WIDEST_BADGE) + 16):
            return columns  # (the latest line's badge has room beside the one before)
        forward = self._place_article_badges(*columns, width, self._plain_badge_label)[1]
        if forward[-1:] == every_day[-1:]:
            return columns
        # From the right: the same greedy on the lines mirrored (x -> width - x).
        mirrored = [width - x for x in reversed(every_x)]
        backward = self._place_article_badges(
            mirrored, list(reversed(every_day)), width,
            lambda x, day, w, _first: self._badge_label(w - x, day, w))[1]
        if (backward[:1] != every_day[-1:] or backward[-1:] != every_day[:1]
                or len(backward) < len(forward)):
            return columns
        # The latest badge names the first of the lines that stand close before it (a
        # week's articles a pixel or two apart): "20 Nov 2026 +3", not "2 Dec 2026 +1"
        # after a badge whose "+N" counts 20 and 24 November.
        last = len(every_x) - 1
        first = last
        while first > 0 and every_x[first] - every_x[first - 1] <= CLOSE_ARTICLE_PX:
            first -= 1
        for start in range(first, last):
            kept = {*backward[1:], every_day[start]}
            xs = [x for x, day in zip(every_x, every_day, strict=True) if day in kept]
            days = [day for day in every_day if day in kept]
            if len(self._place_article_badges(xs, days, width,
                                              self._plain_badge_label)[1]) == len(days):
                return xs, days
        kept = set(backward)
        return ([x for x, day in zip(every_x, every_day, strict=True) if day in kept],
                [day for day in every_day if day in kept])

    def _plain_badge_label(self, x: float, day: int, width: int, _first: bool) -> str:
        return self._badge_label(x, day, width)

    def _short_badge_label(self, x: float, day: int, width: int, first: bool) -> str:
        """A badge's text in the short form of a row of badges: "Article · 20 Nov 2025"
        for the first, "24 Nov 2025" for the others (the red badge is an article's, as
        the first says)."""
        label = self._badge_label(x, day, width)
        return label if first else label.replace("Article · ", "", 1)

    def _short_badges_name_more(self, columns: tuple[list[float], list[int]],
                                width: int) -> bool:
        """Whether the few article lines ``columns`` (``_article_candidates``'; up to
        ``FEW_NAMED_LINES``) get more badges of their own in the short form
        (``_short_badge_label``) than with "Article · " on each: then every line so
        named is drawn with its badge, where a badge "Article · 24 Nov 2025 +1" stood for
        a line of 28 Nov it did not draw (verify48 F7: four days apart at ~26 px a day,
        the second badge had no room before the view's edge).  Lines the full badges
        all name keep them."""
        every_x = columns[0]
        if (len(every_x) < 2 or len(every_x) > FEW_NAMED_LINES
                or len(self._article_columns()[0]) > FEW_NAMED_LINES):
            return False  # (crowded lines keep the world's choice and their "+N")
        full = len(self._place_article_badges(*columns, width, self._plain_badge_label)[1])
        if full == len(every_x):
            return False
        return len(self._place_article_badges(*columns, width,
                                              self._short_badge_label)[1]) > full

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
        placed, named = self._place_article_badges(
            xs, days, width,
            lambda x, day, w, first: self._short_badge_label(x, day, w, first) + reserve)
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
