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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from timeline_app.ui.safe_text import display_title
from timeline_app.ui.scale import event_days
from timeline_app.ui.style import category_color, is_dark_palette
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
        rows = self._eras_laid_out()[1]
        return float(rows * ERA_LABEL_ROW + 2) if rows else 0.0

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

    def _era_color(self, category: str, dark: bool) -> QColor:
        """An era lane's band colour: its category's (by participant or place too), at
        ``ERA_ALPHA``."""
        color = QColor(category_color(category, dark))
        color.setAlpha(ERA_ALPHA[dark])
        return color

    def _era_fills(self) -> tuple[tuple[float, float, int], ...]:
        """The eras' bands on screen, in the order drawn: ``(left x, right x, colour as
        rgba)`` (viewport px), what the lanes' backdrop composes into its tiles
        (``_paint_backdrop``); empty without eras."""
        shown = self._eras_on_screen() if self._era_lanes else []
        if not shown:
            return ()
        dark = is_dark_palette()
        colors: dict[str, int] = {}
        fills = []
        for event, x0, x1, _row in shown:
            rgba = colors.get(event.category)
            if rgba is None:
                rgba = colors[event.category] = self._era_color(event.category, dark).rgba()
            fills.append((x0, x1, rgba))
        return tuple(fills)

    def _paint_eras(self, painter: QPainter, offset: float, dark: bool,
                    bottom: float, bands: bool = True) -> None:
        """The eras' bands across the lanes' area down to the last lane's foot
        (``bottom``, viewport px), then their titles above the first lane (``offset``:
        the content's top in viewport px).  One fill per era on screen; none with
        ``bands`` False (the lanes' backdrop holds them: ``_paint_backdrop``)."""
        shown = self._eras_on_screen()
        if not shown:
            return
        view: Any = self
        vp = view.viewport().rect()
        top = float(LANES_TOP)
        height = min(float(vp.height()), bottom) - top
        if height <= 0:
            return
        colors: dict[str, QColor] = {}
        for event, x0, x1, _row in shown if bands else ():
            color = colors.get(event.category)
            if color is None:
                color = colors[event.category] = self._era_color(event.category, dark)
            painter.fillRect(QRectF(x0, top, x1 - x0, height), color)
        painter.save()
        painter.setFont(view._bold_font)
        metrics = view._bold_metrics
        painter.setPen(view.palette().text().color())
        for event, _x0, _x1, _row, box in self._era_titles(offset, shown):
            if box.width() < ERA_LEAST_TITLE_PX:
                continue
            text = metrics.elidedText(display_title(event.title), Qt.TextElideMode.ElideRight,
                                      int(box.width()))
            if text:
                painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                 | Qt.TextFlag.TextSingleLine, text)
        painter.restore()

    def _era_titles(self, offset: float,
                    shown: list[tuple[Event, float, float, int]] | None = None
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
        it): a title moved off its band would name another."""
        if shown is None:
            shown = self._eras_on_screen()
        view: Any = self
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
        self._titles_to_free_rows(titled, shown, offset, width)
        return titled

    def _titles_to_free_rows(self, titled: list[tuple[Event, float, float, int, QRectF]],
                             shown: list[tuple[Event, float, float, int]], offset: float,
                             width: float) -> None:
        """Each title still cut in ``titled`` (``_era_titles``'s, changed in place) moved,
        whole from its box's left, to another row of titles where no band and no title
        is in its way (verify47 F16: "Obama-era talks" read "…" between two bands of its
        row while the row below was empty there).  The rows are those the eras already
        take (``_eras_laid_out``): no row is added."""
        rows = max((row for *_rest, row in shown), default=0) + 1
        if rows < 2:
            return
        for index, (event, x0, x1, row, box) in enumerate(titled):
            need = self._era_title_px(event) + 1
            if box.width() <= 0 or box.width() >= need:
                continue
            left = box.left()
            right = min(left + need, width - 4)
            if right - left <= box.width():
                continue
            for other in range(rows):
                if other == row:
                    continue
                if any(r == other and b0 < right + 4 and b1 > left - 4
                       for _e, b0, b1, r in shown):
                    continue  # a band of that row: the title would name it
                if any(r == other and t.width() > 0 and t.left() < right + 4
                       and t.right() > left - 4 for _e, _b0, _b1, r, t in titled):
                    continue
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
        rows = self._eras_laid_out()[1] if self._era_lanes else 0
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
