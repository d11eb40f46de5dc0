"""Eras in the timeline view: the events of the lanes shown as eras (``Timeline.era_lanes``,
Show as Eras) are no rows of their own but translucent bands across the whole height of the
lanes, in their lane's colour, behind every lane's items, with the era's title at the top
of its band (verify45 F15: a tester wanted a dam's five filling seasons so).

The two tools the app exchanges eras with draw them so: TimelineJS marks each of its
``eras`` as a coloured span along its time navigator, a background with the era's headline
in it (``TimeEra``: "a span of time marked along the edge of the time slider", its
``background`` and ``tl-headline`` elements, a colour class each; session 36 read
``src/js/timenav/TimeEra.js``), and The Timeline Project paints each era as a rectangle of
the canvas's whole height in the era's colour, before the strips and the events, its name
at the foot of the band (``DefaultBackgroundDrawer._draw_eras``,
``timelinelib/canvas/backgrounddrawers/defaultbgdrawer.py``).  Here the titles
go at the bands' top, in rows of their own above the first lane (``ERA_LABEL_ROW``, up to
``MAX_ERA_ROWS`` for overlapping eras), so that they never hide a lane's name or items.

A title is elided to its band's width on screen; its tooltip gives it whole.  A click on it
selects the era (``_hit`` returns an ``EraLabel``, an ``_Item`` the drag code leaves be:
an era's dates are changed in the editor).  The bands are composed into the lanes'
backdrop's tiles (``_era_fills``, ``view_paint._paint_backdrop``: a row as wide as the
view, filled once a frame, where a translucent fill of each band's whole area cost ~4
instructions a pixel: +26 % of a year's pans with two bands over every column); where
there is no backdrop, one ``fillRect`` per era on screen (``_paint_eras``).  The titles
are drawn after it.
"""

from __future__ import annotations

import bisect
import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from timeline_app.ui.safe_text import display_title
from timeline_app.ui.scale import event_days
from timeline_app.ui.style import (
    category_color,
    chosen_color,
    is_dark_palette,
    relative_luminance,
)
from timeline_app.ui.view_base import LANES_TOP, _Item

if TYPE_CHECKING:
    from timeline_app.core import Event

#: The height (px) of a row of era titles above the first lane.
ERA_LABEL_ROW = 18
#: Overlapping eras' titles take up to this many rows; more overlapping eras share them.
MAX_ERA_ROWS = 3
#: The band's opacity (0-255) over the light and the dark theme's lanes: the lane colour
#: seen through, the lanes' own bands and grid still read under it.
ERA_ALPHA = {False: 46, True: 70}
#: A band narrower than this (px) on screen has no room for a title inside it: its title
#: goes from the band's left edge into the room after it in its row, up to the next era of
#: that row or the view's edge (``_era_titles``); with less room than this there either,
#: none (its tooltip, ``_era_hit``, still names it).  Such bands had no title at all
#: (edit34, session 36: a "Filling phases" row stayed empty at Fit All).
ERA_LEAST_TITLE_PX = 14
#: The opacity (0-255) of the line a pixel wide drawn where one era of a lane ends and the
#: next begins (``_era_edges``), in the lane's colour: over the band (``ERA_ALPHA``) it
#: reads as an edge, as the lanes' grid reads as lines.
ERA_EDGE_ALPHA = {False: 150, True: 190}
#: The relative luminance (WCAG) above which a band of a file's own colour on the dark
#: theme is drawn at a lower opacity (``era_alpha``): about that of the dark palette's
#: own lane colours, whose bands ``ERA_ALPHA`` is set for (verify55 F33: her pale pink
#: eras, 255,200,200 at 0.65, became heavy rose-brown bands over the lanes).
ERA_DARK_LUMINANCE = 0.3


def era_alpha(color: QColor, dark: bool, chosen: bool) -> int:
    """The opacity (0-255) of an era band of ``color``: ``ERA_ALPHA``; on the dark theme, a
    ``chosen`` colour (a file's or the person's) lighter than ``ERA_DARK_LUMINANCE`` at
    that opacity times ``ERA_DARK_LUMINANCE`` over its luminance, so that the band adds
    about as much light as one of the dark palette's colours does.  Painting only."""
    alpha = ERA_ALPHA[dark]
    if dark and chosen:
        luminance = relative_luminance(color)
        if luminance > ERA_DARK_LUMINANCE:
            alpha = round(alpha * ERA_DARK_LUMINANCE / luminance)
    return alpha
#: The height (px) of the bar under an overlapping era's title across its extent
#: (``_paint_era_spans``).
ERA_SPAN_PX = 2
#: Eras of a lane whose ends lie this close (px on screen) touch: an edge is drawn there.
ERA_TOUCH_PX = 1.5
#: ``_era_title_rows`` keeps its answers for up to this many zooms.
ERA_ROWS_KEPT = 8


class EraLabel(_Item):
    """An era's title as laid out (content coordinates): what ``_hit`` gives for a click or
    a hover on it.  Its ``marker`` and ``label_rect`` are the title's box."""

    _fields = _Item._fields


class EraMixin:
    """The eras' bands and titles (see the module's docstring)."""

    _era_lanes: list[Any]
    _era_memo: tuple[object, list[tuple[Event, int, int, int]], int, list[int]] | None
    #: Per era id, its title as shown and that title's width (``_era_title_px``).
    _era_title_widths: dict[str, tuple[str, float]]
    #: ``_era_title_rows``' answers by what they were worked out for (a few zooms: the
    #: layouts made ahead of a zoom ask for theirs between the view's own).
    _era_rows_memo: dict[tuple[object, ...], int] | None = None

    def _eras_laid_out(self) -> tuple[list[tuple[Event, int, int, int]], int]:
        """Every era shown, ``(event, first day, end day (exclusive), title row)`` sorted by
        first day, and the rows of titles (0: no era).

        An era takes the first row whose eras all end before it starts (greedy interval
        colouring, by days: the rows do not change as the view pans or zooms), up to
        ``MAX_ERA_ROWS``; past that it shares the row that frees first."""
        lanes = self._era_lanes
        key = (getattr(self, "_lanes_generation", 0),
               tuple((id(lane), len(lane.events)) for lane in lanes))
        memo = self._era_memo
        if memo is not None and memo[0] == key:
            return memo[1], memo[2]
        eras = sorted(((event, *event_days(event)) for lane in lanes for event in lane.events),
                      key=lambda era: (era[1], -era[2]))
        ends: list[int] = []
        laid: list[tuple[Event, int, int, int]] = []
        for event, first, end in eras:
            row = next((r for r, last in enumerate(ends) if last <= first), None)
            if row is None:
                if len(ends) < MAX_ERA_ROWS:
                    ends.append(end)
                    row = len(ends) - 1
                else:
                    row = min(range(len(ends)), key=ends.__getitem__)
            ends[row] = max(end, ends[row]) if ends[row] > first else end
            laid.append((event, first, end, row))
        self._era_memo = (key, laid, len(ends), [era[1] for era in laid])
        return laid, len(ends)

    def _era_room(self) -> float:
        """The height (px, content coordinates) above the first lane kept for the eras'
        titles: 0 without eras."""
        if not self._era_lanes:
            return 0.0
        rows = self._era_title_rows()
        return float(rows * ERA_LABEL_ROW + 2) if rows else 0.0

    def _era_title_rows(self) -> int:
        """The rows of era titles above the first lane at this zoom: the eras' own rows
        (``_eras_laid_out``), and, up to ``MAX_ERA_ROWS``, one more for each title that
        would otherwise be cut where another row leaves it room (verify48 F10: at Fit
        All "Round of mi…" was cut to its 8-day band between two touching eras, the
        README's "or takes another row of titles that is free there" having no other
        row to take).  Worked out once per zoom over every era, as ``_era_titles`` lays
        out the titles with ``MAX_ERA_ROWS`` rows and no view's edges, so that the rows
        do not change as the view pans (a zoom changes them, as it changes the lanes'
        rows); 0 without eras."""
        laid, rows = self._eras_laid_out()
        if not laid or rows >= MAX_ERA_ROWS:
            return rows
        view: Any = self
        # (the titles' font is the view's for its life: ``TimelineView.__init__``)
        key = (self._era_memo[0] if self._era_memo is not None else None,
               view._px_per_day, view._scale)
        memo = self._era_rows_memo
        if memo is None or len(memo) > ERA_ROWS_KEPT:
            memo = self._era_rows_memo = {}
        known = memo.get(key)
        if known is not None:
            return known
        u_of_day, ppd = view._scale.u_of_day, view._px_per_day
        base = u_of_day(laid[0][1])  # (x from the first era's start: pan-free)
        everywhere = [(event, (u_of_day(first) - base) * ppd + 8.0,
                       (u_of_day(end) - base) * ppd + 8.0, row)
                      for event, first, end, row in laid]
        # (Most zooms cut no title before the next band of its row: no more rows, and no
        # layout of every title, ~20 ms at 1000 eras.)
        title_px = self._era_title_px
        nexts: dict[int, float] = {}
        used = rows
        for event, x0, _x1, row in reversed(everywhere):
            if x0 + 8 + title_px(event) + 1 > nexts.get(row, math.inf):
                titled = self._era_titles(0.0, everywhere, width=math.inf, rows=MAX_ERA_ROWS)
                used = max((row + 1 for *_rest, row, box in titled if box.width() > 0),
                           default=rows)
                break
            nexts[row] = x0
        memo[key] = max(rows, used)
        return memo[key]

    def _eras_on_screen(self) -> list[tuple[Event, float, float, int]]:
        """The eras that overlap the days on screen: ``(event, left x, right x, row)``
        (viewport px, the band's edges clamped a pixel beyond the view's)."""
        eras, _rows = self._eras_laid_out()
        if not eras:
            return []
        view: Any = self
        first, last = view.visible_days()
        width = view.viewport().width()
        x_of_day = view.x_of_day
        shown = []
        # (sorted by first day: those starting after the view's last day are skipped)
        starts = self._era_memo[3] if self._era_memo is not None else []
        for event, start, end, row in eras[:bisect.bisect_left(starts, last)]:
            if end <= first:
                continue
            x0, x1 = max(-1.0, x_of_day(start)), min(width + 1.0, x_of_day(end))
            if x1 > x0:
                shown.append((event, x0, x1, row))
        return shown

    def eras_in_picture(self) -> int:
        """How many eras a picture of the view shows: those whose days overlap the days
        shown (a picture's header counts them apart from its events, which
        ``events_in_picture`` counts in the lanes: verify51 F15)."""
        return len(self._eras_on_screen())

    def _era_color(self, category: str, dark: bool) -> QColor:
        """An era lane's band colour: its category's (by participant or place too), at
        ``ERA_ALPHA``; on the dark theme, a colour chosen in the file that is lighter than
        ``ERA_DARK_LUMINANCE`` at an opacity as much lower (``era_alpha``)."""
        color = QColor(category_color(category, dark))
        color.setAlpha(era_alpha(color, dark, chosen_color(category) is not None))
        return color

    def _era_fills(self) -> tuple[tuple[float, float, int], ...]:
        """The eras' bands on screen, in the order drawn: ``(left x, right x, colour as
        rgba)`` (viewport px), what the lanes' backdrop composes into its tiles
        (``_paint_backdrop``); empty without eras.  The edges between touching eras of
        a lane come last (``_era_pieces``)."""
        shown = self._eras_on_screen() if self._era_lanes else []
        if not shown:
            return ()
        return tuple((x0, x1, color.rgba())
                     for x0, x1, color in self._era_pieces(shown, is_dark_palette()))

    def _plate_tints(self) -> tuple[tuple[float, float, int], ...]:
        """The eras' fills (``_era_fills``) the label plates of a lane are tinted with
        (``_tint_plates``); empty with no lane shown as eras (the paint asks only when
        ``_era_lanes`` holds one: a call cost ~0.35 us, ~8 us a frame of 8 lanes)."""
        return self._era_fills() if self._era_lanes else ()

    @staticmethod
    def _tint_plates(painter: QPainter, boxes: list[QRectF] | list[QRect],
                     tints: tuple[tuple[float, float, int], ...]) -> None:
        """Fill the parts of the label plates ``boxes`` (the painter's coordinates, whose
        x is the viewport's) that lie within the eras' bands ``tints`` (``_plate_tints``)
        with the bands' colours, in their order, as the backdrop has them over the lane:
        a plate, opaque so that no grid or article line strikes through a title, had cut
        a white gap into the band at each row of titles (verify74 F17).  Drawn over the
        plates' fill, under their text."""
        for x0, x1, rgba in tints:
            color = QColor.fromRgba(rgba)
            for box in boxes:
                left, top, width, height = QRectF(box).getRect()
                start, end = max(left, x0), min(left + width, x1)
                if start < end:
                    painter.fillRect(QRectF(start, top, end - start, height), color)

    def _era_pieces(self, shown: list[tuple[Event, float, float, int]], dark: bool
                    ) -> list[tuple[float, float, QColor]]:
        """What the eras ``shown`` fill across the lanes: ``(left x, right x, colour)``
        (viewport px), each band in its lane's colour (``_era_color``), then a line a
        pixel wide at each edge where an era starts as another of its lane ends
        (``_era_edges``), in that colour at ``ERA_EDGE_ALPHA``."""
        colors: dict[str, QColor] = {}
        pieces = []
        for event, x0, x1, _row in shown:
            color = colors.get(event.category)
            if color is None:
                color = colors[event.category] = self._era_color(event.category, dark)
            pieces.append((x0, x1, color))
        view: Any = self
        for x, category in self._era_edges(shown, view.viewport().width()):
            color = QColor(colors[category])
            color.setAlpha(ERA_EDGE_ALPHA[dark])
            pieces.append((x, x + 1.0, color))
        return pieces

    @staticmethod
    def _era_edges(shown: list[tuple[Event, float, float, int]],
                   width: float = math.inf) -> list[tuple[float, str]]:
        """Where one era of a lane ends and the next begins, on screen: ``(x, category)``
        (x: the viewport's pixel column of the later era's start) for each era whose
        start lies within ``ERA_TOUCH_PX`` of the end of an era of its lane before it.
        Touching eras of one lane are one colour, so their bands read as one band
        (verify48 F11: 1-19 Nov, 20-27 Nov and 28 Nov-31 Dec 2025 looked like one band
        from 1 Nov to 31 Dec with three titles); a gap or an overlap shows itself."""
        ends: dict[str, float] = {}
        edges = []
        for event, x0, x1, _row in shown:  # (by start)
            end = ends.get(event.category)
            if end is not None and x0 >= 0 and abs(x0 - end) <= ERA_TOUCH_PX:
                edges.append((float(math.floor(x0)), event.category))
            ends[event.category] = x1 if end is None else max(end, x1)
        # Eras of one lane that overlap: each one's both ends, so that the overlap does
        # not read as a third period (verify50 F2b: "Obama administration" 2009-2017 and
        # "JCPOA in force" 2016-2018 in one lane read as "JCPOA in force 2016-2017").
        overlapping = EraMixin._overlapping(shown)
        if overlapping:  # (``width``: the view's, where a band off its right edge stops)
            for event, x0, x1, _row in shown:
                if event.id in overlapping:
                    edges.extend((float(math.floor(x)), event.category) for x in (x0, x1)
                                 if 0 <= x < width)
            edges.sort(key=lambda edge: edge[0])
        return edges

    @staticmethod
    def _overlapping(shown: list[tuple[Event, float, float, int]]) -> set[str]:
        """The ids of the eras ``shown`` (by start) that overlap another era of their lane
        on screen by more than ``ERA_TOUCH_PX``: their bands sum to a darker one, which
        reads as a period of its own unless each era's extent is drawn
        (``_era_edges``, ``_paint_era_spans``)."""
        found: set[str] = set()
        longest: dict[str, tuple[float, str]] = {}  # lane: (the furthest end, its era)
        for event, x0, x1, _row in shown:
            before = longest.get(event.category)
            if before is not None and x0 < before[0] - ERA_TOUCH_PX:
                found.update((event.id, before[1]))
            if before is None or x1 > before[0]:
                longest[event.category] = (x1, event.id)
        return found

    def _paint_eras(self, painter: QPainter, offset: float, dark: bool,
                    bottom: float, bands: bool = True, titles: bool = True) -> None:
        """The eras' bands across the lanes' area down to the last lane's foot
        (``bottom``, viewport px), with the edges between touching eras of a lane
        (``_era_pieces``), then their titles above the first lane (``offset``: the
        content's top in viewport px).  One fill per era on screen; none with ``bands``
        False (the lanes' backdrop holds them: ``_paint_backdrop``); no titles with
        ``titles`` False (``_paint`` draws them after the article lines, so that a title
        such a line crosses has a plate under it: ``_paint_era_titles``)."""
        shown = self._eras_on_screen()
        if not shown:
            return
        view: Any = self
        vp = view.viewport().rect()
        top = float(LANES_TOP)
        height = min(float(vp.height()), bottom) - top
        if height <= 0:
            return
        for x0, x1, color in self._era_pieces(shown, dark) if bands else ():
            painter.fillRect(QRectF(x0, top, x1 - x0, height), color)
        if titles:
            self._paint_era_titles(painter, offset, shown)

    def _paint_era_titles(self, painter: QPainter, offset: float,
                          shown: list[tuple[Event, float, float, int]]) -> None:
        """The titles of the eras ``shown`` (``_era_titles``), each on a plate of the
        base colour where an article's line (``_article_line_columns``) or an edge
        between eras (``_era_edges``) crosses its text: the red dashed line through
        "Round of mi…" made it hard to read (verify48 F11), and a title in a row of
        titles of its own may run across the next band's edge.  Elsewhere the band
        shows through, as before."""
        view: Any = self
        lines = sorted([*view._article_line_columns(),
                        *(x + 0.5 for x, _category
                          in self._era_edges(shown, view.viewport().width()))])
        painter.save()
        titled = self._era_titles(offset, shown)
        painter.setFont(view._bold_font)
        metrics = view._bold_metrics
        plate = view.palette().base().color()
        painter.setPen(view.palette().text().color())
        for event, _x0, _x1, _row, box in titled:
            left, width = box.left(), box.width()
            if width < ERA_LEAST_TITLE_PX:
                continue
            text = metrics.elidedText(display_title(event.title), Qt.TextElideMode.ElideRight,
                                      int(width))
            if not text:
                continue
            first = bisect.bisect_left(lines, left - 2)
            if first < len(lines) and lines[first] <= left + width + 2:
                # A line in the box: under the text?  (Its width: the whole title's,
                # measured once, or, cut, the box's.)
                right = left + min(self._era_title_px(event), width)
                if lines[first] <= right + 2:
                    # (square, as the lanes' titles' plates, and one fill: a year's pans
                    # at 100 000 events have a line across a title in most frames)
                    painter.fillRect(QRectF(left - 3, box.top() + 1, right - left + 6,
                                            box.height() - 2), plate)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                             | Qt.TextFlag.TextSingleLine, text)
        self._paint_era_spans(painter, titled, shown)  # (over a title's plate)
        painter.restore()

    def _paint_era_spans(self, painter: QPainter,
                         titled: list[tuple[Event, float, float, int, QRectF]],
                         shown: list[tuple[Event, float, float, int]]) -> None:
        """Under the title of each era that overlaps another of its lane
        (``_overlapping``), a bar ``ERA_SPAN_PX`` high across its band's extent in its
        row of titles, in the lane's colour at ``ERA_EDGE_ALPHA``, with a tick at each
        end: which days are whose reads at a glance (verify50 F2b).  Eras that do not
        overlap are drawn as before."""
        overlapping = self._overlapping(shown)
        if not overlapping:
            return
        dark = is_dark_palette()
        view: Any = self
        width = float(view.viewport().width())
        for event, x0, x1, _row, box in titled:
            if event.id not in overlapping:
                continue
            color = QColor(category_color(event.category, dark))
            color.setAlpha(ERA_EDGE_ALPHA[dark])
            left, right = max(x0, 0.0), min(x1, width)
            bottom = box.bottom() + 1  # (the row's foot: under the title's descenders)
            painter.fillRect(QRectF(left, bottom - ERA_SPAN_PX, right - left, ERA_SPAN_PX),
                             color)
            for x in (x0, x1 - 1):
                if 0 <= x < width:
                    painter.fillRect(QRectF(math.floor(x), bottom - 2 * ERA_SPAN_PX, 1.0,
                                            2 * ERA_SPAN_PX), color)

    def _era_titles(self, offset: float,
                    shown: list[tuple[Event, float, float, int]] | None = None,
                    width: float | None = None, rows: int | None = None
                    ) -> list[tuple[Event, float, float, int, QRectF]]:
        """The eras on screen (``shown``, else ``_eras_on_screen``) with their titles'
        boxes: ``(event, left x, right x, row, box)`` (viewport px; ``offset`` as
        ``_paint_eras``'s).  A title goes inside its band; a title longer than a band
        with room for a title (``ERA_LEAST_TITLE_PX``) there but not for the whole of
        its own title runs on past its right edge into the room after it, up to 4 px
        before the next band of its row; one too narrow for
        ``ERA_LEAST_TITLE_PX`` there gets a box from its left edge as wide as its title,
        into the room after it in its row: up to 4 px before the next band of that row
        when that leaves ``ERA_LEAST_TITLE_PX``, else before the next band wide enough for
        its own title, or the view's right edge.  A narrow band that a
        title before it in its row already covers gets an empty box (its tooltip names
        it): a title moved off its band would name another.  A title still cut then
        takes another of the ``rows`` rows of titles (``_era_title_rows``' by default)
        where it is whole (``_titles_to_free_rows``).  ``width``: the right edge (px)
        the titles stop at, the viewport's by default."""
        if shown is None:
            shown = self._eras_on_screen()
        view: Any = self
        if width is None:
            width = float(view.viewport().width())
        least = ERA_LEAST_TITLE_PX + 8  # (the title box's 4 px a side)
        # Per era: the next band's left in its row, and the next wide band's.
        limits: list[tuple[float, float]] = []
        nexts: dict[int, float] = {}
        wides: dict[int, float] = {}
        for _event, x0, x1, row in reversed(shown):
            limits.append((nexts.get(row, width), wides.get(row, width)))
            nexts[row] = x0
            if x1 - max(x0, 0.0) >= least:
                wides[row] = x0
        limits.reverse()
        ends: dict[int, float] = {}
        titled: list[tuple[Event, float, float, int, QRectF]] = []
        for (event, x0, x1, row), (after, wide) in zip(shown, limits, strict=True):
            box = self._era_title_box(x0, x1, row, offset)
            if box.width() < ERA_LEAST_TITLE_PX:
                left = max(x0, 0.0) + 2
                right = left
                if left >= ends.get(row, -1.0):
                    # Up to the next band when that leaves room for a title, else over
                    # the narrow bands after it (they have no room of their own).
                    limit = after if after - 4 - left >= ERA_LEAST_TITLE_PX else wide
                    right = max(left, min(limit - 4, left + self._era_title_px(event) + 1))
                box = QRectF(left, box.top(), right - left, box.height())
            elif box.left() >= ends.get(row, -1.0):
                # A band with room for a title but not for this one: the title runs on
                # into the room after the band, up to the next band of its row (verify47
                # F16: "Oba…", "JCPO…", "Maxi…" at Fit All, on screen, in the PNG and in
                # the print, with free room after them).
                right = min(after - 4, box.left() + self._era_title_px(event) + 1)
                if right > box.right():
                    box = QRectF(box.left(), box.top(), right - box.left(), box.height())
            if box.width() > 0:
                ends[row] = box.right() + 4
            titled.append((event, x0, x1, row, box))
        self._titles_to_free_rows(titled, shown, offset, width,
                                  self._era_title_rows() if rows is None else rows)
        return titled

    def _titles_to_free_rows(self, titled: list[tuple[Event, float, float, int, QRectF]],
                             shown: list[tuple[Event, float, float, int]], offset: float,
                             width: float, rows: int) -> None:
        """Each title still cut in ``titled`` (``_era_titles``'s, changed in place) moved,
        whole from its box's left, to another row of titles where no band and no title
        is in its way (verify47 F16: "Obama-era talks" read "…" between two bands of its
        row while the row below was empty there).  The rows are the ``rows`` rows of
        titles (``_era_title_rows``: those the eras take, and more where a title needs
        one at this zoom)."""
        if rows < 2:
            return
        cut = [index for index, (event, _x0, _x1, _row, box) in enumerate(titled)
               if 0 < box.width() < self._era_title_px(event) + 1]
        if not cut:
            return  # (most frames: nothing to move)
        # Per row, its bands' lefts (ascending, as ``shown``) and the furthest right of
        # the bands up to each, and its titles' boxes (left, right) by left with the
        # widest's width: whether a band or a title is in a title's way is a bisection
        # and a few boxes, not a walk of every era (``_era_title_rows`` asks for all the
        # eras of a zoom: 300 eras at a year's zoom took 150 ms walked, 1000 1.2 s).
        band_lefts: list[list[float]] = [[] for _ in range(rows)]
        band_reach: list[list[float]] = [[] for _ in range(rows)]
        for _event, b0, b1, r in shown:
            if r < rows:
                reach = band_reach[r]
                band_lefts[r].append(b0)
                reach.append(max(b1, reach[-1]) if reach else b1)
        boxes: list[list[tuple[float, float]]] = [[] for _ in range(rows)]
        widest = [0.0] * rows
        for _event, _x0, _x1, r, t in titled:
            if t.width() > 0 and r < rows:
                boxes[r].append((t.left(), t.right()))
                widest[r] = max(widest[r], t.width())
        for row_boxes in boxes:
            row_boxes.sort()

        def in_the_way(other: int, left: float, right: float) -> bool:
            """A band or a title of row ``other`` within 4 px of ``left``-``right``."""
            lefts = band_lefts[other]
            j = bisect.bisect_left(lefts, right + 4)
            if j and band_reach[other][j - 1] > left - 4:
                return True  # a band of that row: the title would name it
            row_boxes = boxes[other]
            stop = left - 4 - widest[other]  # (a box left of this ends before ``left``)
            for k in range(bisect.bisect_left(row_boxes, (right + 4,)) - 1, -1, -1):
                t0, t1 = row_boxes[k]
                if t1 > left - 4:
                    return True
                if t0 <= stop:
                    break
            return False

        for index in cut:
            event, x0, x1, row, box = titled[index]
            need = self._era_title_px(event) + 1
            left = box.left()
            right = min(left + need, width - 4)
            if right - left <= box.width():
                continue
            for other in range(rows):
                if other == row or in_the_way(other, left, right):
                    continue
                if row < rows:
                    boxes[row].remove((box.left(), box.right()))
                bisect.insort(boxes[other], (left, right))
                widest[other] = max(widest[other], right - left)
                titled[index] = (event, x0, x1, other,
                                 QRectF(left, offset + other * ERA_LABEL_ROW + 1,
                                        right - left, ERA_LABEL_ROW - 1))
                break

    def _era_title_px(self, event: Event) -> float:
        """The width (px) of an era's whole title in the titles' font, measured once per
        title (a narrow band's box is as wide: ``_era_titles``, a few times a frame)."""
        title = display_title(event.title)
        known = self._era_title_widths.get(event.id)
        if known is None or known[0] != title:
            view: Any = self
            known = self._era_title_widths[event.id] = (
                title, view._bold_metrics.horizontalAdvance(title))
        return known[1]

    @staticmethod
    def _era_title_box(x0: float, x1: float, row: int, offset: float) -> QRectF:
        """Where an era's title goes: its band's width on screen less 4 px a side, in its
        row above the first lane (viewport px; ``offset`` as ``_paint_eras``'s)."""
        left = max(x0, 0.0) + 4
        return QRectF(left, offset + row * ERA_LABEL_ROW + 1, max(0.0, x1 - 4 - left),
                      ERA_LABEL_ROW - 1)

    def _era_hit(self, pos: QPointF, offset: float) -> EraLabel | None:
        """The era whose title is at ``pos`` (viewport px), the last drawn first; None
        elsewhere (also over its band below the titles: the lanes' items are there)."""
        rows = self._era_title_rows() if self._era_lanes else 0
        row = int((pos.y() - offset) // ERA_LABEL_ROW)
        if not rows or pos.y() < offset or row >= rows:
            return None
        for event, x0, x1, era_row, title in reversed(self._era_titles(offset)):
            if era_row == row and min(x0, title.left()) <= pos.x() < max(x1, title.right()):
                box = title.translated(0, -offset)
                return EraLabel(event.id, box, box, event.title, False, False,
                                event.date.circa, category_color(event.category))
        return None

    def _paint_era_marks(self, painter: QPainter, chosen: frozenset[str] | set[str],
                         hover_id: str) -> None:
        """The selected eras' titles (``chosen``) outlined in the selection's colour, the
        hovered one's thinly: drawn over the frame picture with the other highlights
        (``_paint_overlay``), so that a click on a title shows what it selected."""
        if not self._era_lanes or not (chosen or hover_id):
            return
        view: Any = self
        offset = view._content_offset()
        highlight = view.palette().highlight().color()
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for event, _x0, _x1, _row, title in self._era_titles(offset):
            if event.id not in chosen and event.id != hover_id:
                continue
            box = title.adjusted(-3, 0, 3, 0)
            painter.setPen(QPen(highlight, 2.0 if event.id in chosen else 1.0))
            painter.drawRoundedRect(box, 3, 3)
        painter.restore()

    def _update_era_titles(self, ids: set[str] | frozenset[str]) -> None:
        """Repaint the titles of the eras among ``ids`` (a selection or a hover changed:
        ``_update_items``)."""
        if not self._era_lanes:
            return
        view: Any = self
        offset = view._content_offset()
        for event, _x0, _x1, _row, title in self._era_titles(offset):
            if event.id in ids:
                view.viewport().update(title.adjusted(-6, -3, 6, 3).toAlignedRect())

    def era_title_rect(self, event_id: str) -> QRectF:
        """Where the title of the era ``event_id`` is drawn (viewport px; empty when it is
        not on screen or no era)."""
        view: Any = self
        offset = view._content_offset()
        for event, _x0, _x1, _row, title in self._era_titles(offset):
            if event.id == event_id:
                return title
        return QRectF()
