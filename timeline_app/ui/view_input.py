"""Hit testing, tooltips, editing by mouse (Qt's handlers call them).

A mixin of ``timeline_view.TimelineView``: its methods, moved as they were by
``tools/split_view.py``.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event
from timeline_app.core.dates import MONTH_NAMES
from timeline_app.core.weeks import moved_words, when_words
from timeline_app.ui import lazy_html as html  # html.escape; the package on first use
from timeline_app.ui.dragging import DragMode, dragged_event, nudged_event
from timeline_app.ui.safe_text import display_title
from timeline_app.ui.scale import point_day
from timeline_app.ui.style import category_label
from timeline_app.ui.view_base import (
    BADGE_TIP_CHARS,
    BADGE_TIP_TITLES,
    END_GRAB_PX,
    LANES_TOP,
    MARKER_GRAB_SLACK_PX,
    MARKER_ROW_TOP,
    _Aggregate,
    _EventDrag,
    _in_click_order,
    _Indicator,
    _Item,
    _RubberBand,
    lane_keys,
)
from timeline_app.ui.view_eras import EraLabel


class InputMixin:
    """Hit testing, tooltips, editing by mouse (Qt's handlers call them)."""

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
        words = moved_words(self._event_drag.original, preview)
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

    def _on_marker(self, item: _Item, x: float, content_y: float) -> bool:
        """Whether ``x`` (view px) and ``content_y`` (content px) fall on ``item``'s
        marker, a diamond or a span's bar, give or take ``MARKER_GRAB_SLACK_PX``: where
        a press starts a drag of the event even when it is not selected."""
        return item.marker.adjusted(-MARKER_GRAB_SLACK_PX, -MARKER_GRAB_SLACK_PX,
                                    MARKER_GRAB_SLACK_PX, MARKER_GRAB_SLACK_PX
                                    ).contains(QPointF(x, content_y))

    def _drag_event_to(self, pos: QPointF) -> None:
        drag = self._event_drag
        assert drag is not None
        if not drag.started:
            if (pos - drag.press_pos).manhattanLength() < QApplication.startDragDistance():
                return
            drag.started = True
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor if drag.mode == "end"
                                      else Qt.CursorShape.ClosedHandCursor)
        if (abs(pos.x() - drag.press_pos.x()) < QApplication.startDragDistance()
                and not self._drag_scroll_timer.isActive()):
            # A drag mostly up or down moves no date (verify57 F26: a drag towards another
            # lane with a pixel's jitter moved a treaty 45 days at Fit All, a pixel's days):
            # the date follows once the pointer is as far sideways as a drag must go.
            delta = 0.0
            drag.preview, drag.delta_days = drag.original, 0.0
            self._last_drag_x = pos.x()
            self._drag_scroll_timer.stop()
            self.viewport().update()
            return
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
        # Past the edge (the pointer over the Details pane) no faster than at the edge
        # itself, 24 px a tick: it grew with the distance, and a pointer 400 px beyond
        # moved an event 47 days in a second (verify89 F7).
        x = min(max(x, 0.0), float(width))
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
            words = moved_words(timeline.get(moved[0].id), moved[0])
            step = f"Move “{moved[0].title}” to {words}"
            self._document.update_event(moved[0], step)
        elif moved:
            step = f"Move {len(moved)} events"
            self._document.update_events(moved, step)
        else:
            return
        self.events_moved.emit(step)

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
            step = f"Move {len(moved)} events"
            self._document.update_events(moved, step)
        elif moved:
            verb = "Move" if drag.mode == "move" else "Change the end of"
            step = f"{verb} “{moved[0].title}” to {moved_words(drag.original, moved[0])}"
            self._document.update_event(moved[0], step)
        else:
            return
        self.events_moved.emit(step)
        ids = self._selection.event_ids
        if drag.event_id in ids:  # dragging one of several keeps them selected
            self._selection.select_many(ids, drag.event_id)
        else:
            self.select_event(drag.event_id)

    def extend_selection(self, delta: int) -> None:
        """Shift+→ (``delta`` > 0) / Shift+←: the selection runs from its anchor (the
        event clicked or stepped to last without Shift) to the next or previous shown
        event in date order after the current one, as Shift+arrows extend a list's
        selection: back towards the anchor it shrinks again.  The events hidden by a
        filter or a hidden lane are never selected by it.  With nothing selected, as →
        / ← (``step_selection``).  At the first or last shown event nothing changes.

        The order kept is a Shift-click's (``_in_click_order``): the anchor first, so
        Edit → Merge Selected Events offers its title, date and place first (edit44:
        Shift+← / → panned, and no key extended the selection on the timeline).  Eras
        join a selection of eras only, events one of events (``core.query.era_kind``: an
        era and an event are not to be merged, verify67 F1)."""
        from timeline_app.core.query import era_kind, step

        timeline = self._document.timeline
        current = self._selection.event_id
        if not current or current not in timeline:
            self.step_selection(delta)
            self._anchor_id = self._selection.event_id
            return
        ids = list(self._selection.event_ids)
        if self._anchor_id not in ids or self._anchor_id not in timeline:
            self._anchor_id = current  # (selected since by ← / →, Find, the list…)
        kind = era_kind(timeline, timeline.is_era_lane(timeline.get(self._anchor_id).category))
        found = step(timeline, current, delta, hidden=self._hidden, kind=kind)
        if found is None:
            return
        a, b = sorted((timeline.index_of(self._anchor_id), timeline.index_of(found)))
        hidden = self._hidden
        span = [e.id for e in timeline.events[a:b + 1] if e.id not in hidden and kind(e)]
        self._selection.select_many(_in_click_order(span, ids, self._anchor_id, found), found)

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
            x = anchor = self.x_of_day(point_day(preview, start))
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
        offset = self._content_offset()
        if self._era_lanes and (era := self._era_hit(pos, offset)) is not None:
            return era  # an era's title (``view_eras``): a click selects the era
        content = QPointF(pos.x(), pos.y() - offset)
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
                    rect = QRectF(rect.left(), lane.top + lane.header, rect.width(),
                                  lane.height - lane.header)
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
            # ... within the data where it can: a "+2" of 2023-2025 at the data's end
            # showed 2010-2032, seven empty years after the last event (verify57 F19)
            data_u0, data_u1 = self._data_units()
            if span <= data_u1 - data_u0:
                shift = min(0.0, data_u1 - u1) + max(0.0, data_u0 - u0)
                u0, u1 = u0 + shift, u1 + shift
        self._show_units(u0, u1)

    # ------------------------------------------------------------------ tooltips
    def _article_badge_tip(self, pos: QPointF) -> str:
        """What the article badge at ``pos`` (viewport px) stands for, "" where there is
        none: "24 articles, 18 March 1815 – 2 April 1837" for "… +23" (a packed row's
        short badges drop "Article ·", ux12)."""
        if not MARKER_ROW_TOP <= pos.y() < MARKER_ROW_TOP + 15:
            return ""
        width = self.viewport().width()
        today = self._today_badge(width)  # (verify87 F4: which line is which)
        if today is not None and today[0].contains(pos):
            from timeline_app.core import clock

            date = clock.today()
            side = self._today_place()[1]
            line = ("the solid line" if not side else
                    f"beyond the {'left' if side < 0 else 'right'} edge; click to bring "
                    "it into view")
            return (f"Today, {date.day} {MONTH_NAMES[date.month - 1]} {date.year} (the "
                    f"computer's date): {line}. The red dashed lines are articles' dates")
        for x, box, text in self._named_article_columns(width):
            if not box.contains(pos):
                continue
            more = int(text.rstrip(" ▶").rpartition("+")[2]) if " +" in text else 0
            first = math.floor(self.day_at(x))
            if not more:
                date = _dt.date.fromordinal(first)
                tip = (f"An article dated {date.day} {MONTH_NAMES[date.month - 1]} "
                       f"{date.year}: the red dashed line")
                return tip + self._article_basis_words(date)
            every, totals = self._article_days(), self._article_totals()
            index = bisect.bisect_left(every, first)
            last = int(every[bisect.bisect_left(totals, totals[index] + more + 1) - 1])
            from timeline_app.ui.dates_input import day_range_words

            return (f"{more + 1:,} articles, {day_range_words(first, last)}: the dashed line "
                    "marks the first; zoom in to see each")
        return ""

    def _article_basis_words(self, date: _dt.date) -> str:
        """How the date of the article dated ``date`` was found (``Source.date_basis``), as
        the badge's tooltip adds it: "\n\nHow this article's date was found: …", or ""
        when no article of that day says (verify91 F1: the default timeline's Tokyo talks
        point to it and it was shown nowhere).  One pass over the articles, on a hover."""
        from timeline_app.ui.article_pane import ARTICLE_DATE_BASIS

        for source in self._document.timeline.sources.values():
            if source.dateline_date == date and source.date_basis.strip():
                return f"\n\n{ARTICLE_DATE_BASIS}: {source.date_basis.strip()}"
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
            if isinstance(hit, EraLabel):  # the title whole, where the band elides it
                lane = html.escape(category_label(event.category) or "Uncategorised")
                parts.append(f"<i>An era (lane {lane}, shown as eras): click to select it, "
                             "double-click to edit</i>")
                return "<br>".join(parts)
            if event.status:  # how the claim stands ("Disputed")
                from timeline_app.core.status import status_words

                parts[1] += f" · {html.escape(status_words(event.status))}"
            if event.location:
                parts.append(html.escape(display_title(event.location)))
            hint = "drag to move it" if hit.is_point else "drag to move it, its right end to resize"
            if hit.event_id not in self._selected_ids:
                # (a drag from its title scrolls; from its marker it moves: verify80 F11)
                hint = ("drag its marker to move it" if hit.is_point else
                        "drag its bar to move it; click, then drag its right end to resize")
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
                    else f" <i>({html.escape(when_words(event))})</i>")
            lines.append(f"• {html.escape(title)}{when}")
        if hit.count > len(named):
            lines.append(f"and {hit.count - len(named):,} more")
        head = f"{hit.count:,} events, {span}:" if hit.count > 1 else f"1 event, {span}:"
        return "<br>".join([head, *lines, "Click to zoom in"])
