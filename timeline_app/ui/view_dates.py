"""Each title's date beside it, where its row has room (verify69 F16).

New-user trial (verify69, finding 16): the first view showed every title but no date;
dates came only from a click or the axis, and across the "≈ 57 years" cut band the 1965
treaty's month could not be told.  Timeline tools show an event's date on its card
(TimelineJS's slides, Aeon Timeline's event boxes).  Here the date goes beside the title
in the small font and a quieter colour (``style.dim_text_color``: still AA against the
lane), at the precision the date is known to: "Jun 1965", "22 Mar 2025", "c. 1592",
"late 2024", "3–5 May 2024".

It is drawn only where it fits: the title keeps its room and its packing (the layout is
not changed by it), and the date goes before the event, left of its title and marker
(whichever side of the marker the title is on), else after it, when that stretch of its
row is free of other markers and titles (``DATE_GAP`` clear of them), of the cut bands and
of the view's edges (verify75 F12: on the title's far side from its marker, the dates of
a lane changed sides with their titles).  A title
shortened with "…" got no date (the title first); now a long title shortened already is
dated, cut further for its date where its row has no room for it (``_room_for_dates``,
verify79 F13: the date first, while ``DATED_TITLE_LEAST_PX`` of the title is left).  The
positions are worked out once a layout (``_dates_beside``) and drawn after a lane's items
(``_paint_dates``).
"""

from __future__ import annotations

import functools
import math
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QPainter

from timeline_app.core import Event
from timeline_app.core.dates import MONTH_NAMES, FuzzyDate, describe_range
from timeline_app.ui.style import dim_text_color
from timeline_app.ui.view_base import LABEL_BACKGROUND_HALF, ROW_HEIGHT, _Item

if TYPE_CHECKING:
    from timeline_app.ui.view_base import _LaneGeometry, _Layout

__all__ = ["DATES_MOST_ITEMS", "DATE_GAP", "DatesMixin", "short_date"]

#: Between a title (or a marker) and its date, and between a date and anything else (px):
#: more than a selection's highlight reaches beyond its title (4 px), so that a highlight
#: never covers a date and the date reads as the title's, not a neighbour's.
DATE_GAP = 8.0
#: Kept clear of the view's left and right edges (px).
EDGE_PX = 2.0
#: A lane with more items than this on screen has no dates: its rows have little room
#: between titles, and each date is drawn at every frame (issue 11's rows at 100 000
#: events: +8.7 % instructions with every lane dated, ``benchmarks/README.md``; with 40,
#: +4.8 % after view71's cuts, with 12 +2.2 %: the coordinator chose 12 at the merge,
#: session 55, for frames that already miss their target).
DATES_MOST_ITEMS = 12
#: The least of a title ``_room_for_dates`` leaves when it cuts the title for its date
#: (px): a shorter title keeps its room and has no date.
DATED_TITLE_LEAST_PX = 200.0

_MONTH_WORD = re.compile(r"\b(" + "|".join(MONTH_NAMES) + r")\b")


def short_date(event: Event) -> str:
    """``event``'s date (and end) as ``describe_range`` writes it, months cut to three
    letters as a calendar's heads are: "Jun 1965", "22 Mar 2025", "c. 1592",
    "3 May – 5 Jun 2024", "late 2024"."""
    return _short_words(event.date, event.end)


@functools.lru_cache(maxsize=4096)
def _short_words(date: FuzzyDate, end: FuzzyDate | None) -> str:
    """``short_date``'s words, remembered: ~35 µs each (the words and the month names'
    pattern), and a pan's frame lays out again the ~80 titles it shows."""
    return _MONTH_WORD.sub(lambda match: match.group(1)[:3], describe_range(date, end))


class DatesMixin:
    """The dates beside the titles: worked out once a layout, drawn after each lane."""

    # (the view's, for mypy: the mixin is only ever part of ``TimelineView``)
    _document: Any
    _origin: float
    _width_override: int | None
    _axis_memo: Any
    _small_font: Any
    #: ``_date_words_of``: (a weak reference to the timeline, its lanes' generation,
    #: words by event id)
    _date_words_kept: tuple[Any, object, dict[str, tuple[str, str, float]]] | None = None

    def _dates_beside(self, lane: _LaneGeometry, layout: _Layout | None = None
                      ) -> dict[str, tuple[str, QRectF]]:
        """The dates that fit beside ``lane``'s whole titles in ``layout`` (the current
        one by default), by event id: the date's text and its box (content coordinates,
        the label's height).  Worked out for a lane when first asked (a lane laid out off
        screen is finished only when asked for its items: never by a frame that does not
        show it) and kept with the layout (``_Layout.dates``).

        A layout that is a moved part of another (``_Layout.shifted_from``: a drag's
        stretch seen from the view or from a group of its tiles) has the other's dates,
        moved: its tiles are painted group by group, each group's layout holding only the
        items near it, and the dates each worked out were the group's (a date beside a
        title at a group's edge was there in one group's tiles and not in the next, or
        kept clear of the viewport's edges in the canvas's x: the drag's frames were not
        a whole paint of the stretch, session 54's view70)."""
        if layout is None:
            layout = self._layout()  # type: ignore[attr-defined]
        assert layout is not None
        kept = layout.dates
        if kept:  # (a frame asks once a lane, a pan's tile too)
            dates: dict[str, tuple[str, QRectF]] | None = kept[1].get(id(lane))
            if dates is not None:
                return dates
        source = layout.shifted_from
        if source is not None:
            if not kept:
                kept = layout.dates = (None, {})
            return self._moved_dates(lane, layout, kept[1], *source)
        # What the frame is worked out from, read without a call into Qt's axis: the
        # frame (cut bands from the axis's segments) is worked out once a layout and
        # view, not once a lane (each scroll-bar pan's frame is a new layout).
        token = (self.viewport().width(), self._riding(),  # type: ignore[attr-defined]
                 self._origin, self._px_per_day, self._scale)  # type: ignore[attr-defined]
        if kept and kept[0] is not None and kept[0][0] == token:
            _token, width, bands, most = kept[0]
        else:
            width, bands, most = self._dates_frame(layout)
            key = (token, width, bands, most)
            if not kept or kept[0] is None or kept[0][1:] != key[1:]:
                kept = layout.dates = (key, {})
            else:
                kept = layout.dates = (key, kept[1])
        by_lane: dict[int, dict[str, tuple[str, QRectF]]] = kept[1]
        dates = by_lane[id(lane)] = {}
        if lane.dense or not lane.items:
            return dates
        pinned = self._pinned_dates(lane, layout)
        others = len(lane.items) <= most
        if pinned is not None:  # (kept whether or not the others get dates)
            dates.update(pinned[0])
        if others:
            self._lane_dates(lane, self._document.timeline, width, bands, dates,
                             set() if pinned is None else pinned[1])
        return dates

    def _pinned_dates(self, lane: _LaneGeometry, layout: _Layout
                      ) -> tuple[dict[str, tuple[str, QRectF]], set[str]] | None:
        """For a lane of a drag's stretch (``_Layout.pinned_to``): the dates of the layout
        it pins (``_Pan.pinned``: the view at rest, or the stretch the drag leaves) in the
        stretch's x, and the ids of that lane's items (theirs stay as they were, dated or
        not: the view's picture at rest is copied into the stretch's tiles,
        ``test_view_pan_rest_tiles``); None for any other lane."""
        if layout.pinned_to is None:
            return None
        pinned, dx = layout.pinned_to
        if pinned is not None:
            # Every lane's at once, and the pinned layout let go: a long drag's stretches
            # each pin the one before, and a chain of them all was kept alive.
            layout.pinned_dates = [] if len(pinned.lanes) != len(layout.lanes) else [
                None if before.dense else (
                    {event_id: (text, box.translated(dx, 0)) for event_id, (text, box)
                     in self._dates_beside(before, pinned).items()},
                    {item.event_id for item in before.items})
                for before in pinned.lanes]
            layout.pinned_to = (None, dx)
        if not layout.pinned_dates:
            return None
        return layout.pinned_dates[
            next(i for i, other in enumerate(layout.lanes) if other is lane)]

    def _moved_dates(self, lane: _LaneGeometry, layout: _Layout,
                     by_lane: dict[int, dict[str, tuple[str, QRectF]]],
                     source: _Layout, dx: float) -> dict[str, tuple[str, QRectF]]:
        """``_dates_beside`` for ``lane`` of ``layout``, a part of ``source`` moved left
        by ``dx`` px: the dates of ``source``'s lane in its place, all of them (a date
        reaches beyond its title, into a tile whose layout may not hold the title: the
        painter's clip and ``_paint_dates``' columns leave out the rest)."""
        index = next(i for i, other in enumerate(layout.lanes) if other is lane)
        dates = by_lane[id(lane)] = {
            event_id: (text, box.translated(-dx, 0))
            for event_id, (text, box) in self._dates_beside(
                source.lanes[index], source).items()}
        return dates

    def _dates_frame(self, layout: _Layout
                     ) -> tuple[int | None, tuple[tuple[float, float], ...], float]:
        """What ``layout``'s dates are kept within: the view's width (None: no edges),
        its cut bands' columns, and the most items a lane with dates has.  A drag's
        stretch (``_Pan.layout``) has no edges (the view moves over it: its titles too
        wait for the edge rules until the view rests), its own bands, and
        ``DATES_MOST_ITEMS`` a view's width of it; so has a pan that rides the world
        (``view_ride``: a moved picture is what a whole paint gives)."""
        width = self.viewport().width()  # type: ignore[attr-defined]
        if layout.pinned_to is not None:  # a drag's stretch (this one, the next, at rest)
            pan = next((pan for pan in (self._pan,  # type: ignore[attr-defined]
                                        *[planned[0] for planned in (
                                            self._pan_next,  # type: ignore[attr-defined]
                                            self._pan_rest)  # type: ignore[attr-defined]
                                          if planned is not None])
                        if pan is not None and pan.layout is layout), None)
            if pan is None:  # (not any more: never painted)
                return None, (), DATES_MOST_ITEMS
            origin = self._origin
            self._origin = pan.origin0 - pan.margin / self._px_per_day  # type: ignore[attr-defined]
            self._width_override = pan.width
            try:
                bands = self._cut_bands()
            finally:
                self._origin, self._width_override = origin, None
                self._axis_memo = None  # (its key reads the viewport's width, not ours)
            return None, bands, DATES_MOST_ITEMS * max(1.0, pan.width / max(1, width))
        if self._riding():  # type: ignore[attr-defined]
            return None, self._cut_bands(), DATES_MOST_ITEMS
        return width, self._cut_bands(), DATES_MOST_ITEMS

    def _cut_bands(self) -> tuple[tuple[float, float], ...]:
        """The cut bands' columns ``(left, right)`` on screen (px)."""
        return tuple(seg.band for seg in self._axis_segments()  # type: ignore[attr-defined]
                     if seg.band is not None)

    def _lane_dates(self, lane: _LaneGeometry, timeline: Any, width: int | None,
                    bands: tuple[tuple[float, float], ...],
                    dates: dict[str, tuple[str, QRectF]],
                    skip: set[str] | frozenset[str] = frozenset()) -> None:
        """``_dates_beside`` for one lane: into ``dates``, which may hold dates already
        (kept clear of).  ``skip``: the ids of items whose dates are left as ``dates``
        has them (dated or not)."""
        # Everything drawn in each row, as (left, right) spans: markers, titles outside
        # their markers, the "◀ N" indicators; rows told apart by their labels' middles.
        items: list[_Item] = lane.items
        taken = _row_spans(items)
        boxes = lane.indicator_rects
        if lane.plate_w:  # (the compact layout's name plate, ``_compact_plate``)
            boxes = (*boxes, QRectF(lane.name_x, lane.top + lane.header, lane.plate_w,
                                    ROW_HEIGHT))
        for box in boxes:  # (one call into Qt a box: ``getRect``)
            bx, by, bw, bh = box.getRect()
            if bw > 0 and bh > 0:  # (``isValid()`` and not ``isEmpty()``)
                for middle, row in taken.items():
                    if by <= middle <= by + bh:
                        row.append((bx, bx + bw))
        for _text, box in dates.values():
            bx, by, bw, bh = box.getRect()
            taken.setdefault(round(by + bh / 2), []).append((bx, bx + bw))
        words = _date_words_of(self, timeline)
        for item in items:
            if not item.label or item.event_id in skip:
                continue
            known = words.get(item.event_id)
            if known is None:
                known = words[item.event_id] = _date_words(self, timeline, item.event_id)
            title, text, need = known
            if item.label != title and not getattr(item, "dated", False):
                continue  # shortened: the title first (or no event) — but one cut for
                # its date (``_room_for_dates``)
            lx, ly, lw, lh = item.label_box
            mx, _my, mw, _mh = item.marker_box
            marker_left, marker_right = mx, mx + mw
            if item.label_inside:
                block_left, block_right = marker_left, marker_right
            else:
                block_left, block_right = min(lx, marker_left), max(lx + lw, marker_right)
            right_x = block_right + DATE_GAP
            left_x = block_left - DATE_GAP - need
            row = taken[round(ly + lh / 2)]
            # Before the event (its title and marker), as a dateline reads, on whichever
            # side of its marker the title is; after it only where the row has no room
            # before it (verify75 F12: the far side of the title from its marker put a
            # right-hand title's "1977" after it and a left-hand one's before it, and the
            # dates of one lane changed sides from row to row).
            for x in (left_x, right_x):
                if _free(row, bands, x, x + need, width):
                    dates[item.event_id] = (text, QRectF(x, ly, need, lh))
                    # (a later date of the row keeps clear of this one: verify71 F5, "3 Dec
                    # 2026" and a bar's "spring 2027" drawn over each other, "3 Dec 2026 g 2027")
                    row.append((x, x + need))
                    break

    def _room_for_dates(self, items: list[_Item], width: float) -> None:
        """A lane's ``items`` (as ``pack_lane`` laid them out at rest, a lane of at most
        ``DATES_MOST_ITEMS``) with each title outside its marker shortened already ("…":
        a whole title keeps its room, the first view's titles whole) whose row has no
        room for its date on either side (``_lane_dates``'
        rule: ``DATE_GAP`` clear of the row's other markers and titles and of the cut
        bands, ``EDGE_PX`` of the view's edges, ``width``) shortened at a word ("…",
        ``_label_text``) on its far side from its marker by what the date needs, the date
        drawn there (verify79 F13: the lane's one long title, "… agree on a humanitarian
        corridor in Jeddah", had no date while every other event had its own: the title
        is cut, not the date).  Not when less than ``DATED_TITLE_LEAST_PX`` of the title
        would be left (a crowded row keeps its titles).  The items so cut, and those of
        titles shortened already whose date fits as they are, are marked (``dated``, an
        attribute of the item, not of its copies a pan moves: those take the dates
        worked out for it): ``_lane_dates`` dates them though shortened.  The "◀ N"
        indicators are not looked at here (a date they leave no room for is then not
        drawn)."""
        timeline = self._document.timeline  # type: ignore[attr-defined]
        words = _date_words_of(self, timeline)
        rows = _row_spans(items)
        bands: tuple[tuple[float, float], ...] | None = None
        for index, item in enumerate(items):
            if not item.label or item.label_inside:
                continue
            known = words.get(item.event_id)
            if known is None:
                known = words[item.event_id] = _date_words(self, timeline, item.event_id)
            title, text, need = known
            if not text or item.label == title:
                continue  # (a whole title keeps its room: dated where its row has room)
            if item.label == _shown_title_of(timeline, item.event_id):
                continue  # (its whole title says its date, "(by …)": verify84 F6)
            lx, ly, lw, lh = item.label_box
            mx, _my, mw, _mh = item.marker_box
            left, right = min(lx, mx), max(lx + lw, mx + mw)
            row = rows[round(ly + lh / 2)]
            if bands is None:
                bands = self._cut_bands()
            # (the view's edges aside: they move with a pan, the rows and bands do not, and
            # a drag's frames show the picture at rest moved: ``test_view65_titles_stay_
            # on_pan``; a date the edge leaves no room for is not drawn, ``_lane_dates``)
            if (_free(row, bands, left - DATE_GAP - need, left - DATE_GAP, None)
                    or _free(row, bands, right + DATE_GAP, right + DATE_GAP + need, None)):
                if lw >= DATED_TITLE_LEAST_PX:
                    item.dated = True  # (shortened, its date fits: dated)
                continue  # (dated as laid out)
            others = [span for span in (*row, *bands)
                      if span not in ((lx, lx + lw), (mx, mx + mw))]
            if lx + lw <= mx + 0.5:  # left of its marker: the date before the title
                limit = max((hi for _lo, hi in others if hi <= lx + 0.5), default=-math.inf)
                room = lx + lw - (limit + 2 * DATE_GAP + need)
            else:  # right of it: the date after the title
                limit = min((lo for lo, _hi in others if lo >= lx + lw - 0.5), default=math.inf)
                room = limit - 2 * DATE_GAP - need - lx
            event = timeline.get(item.event_id)
            if room < DATED_TITLE_LEAST_PX or math.isinf(room) or event is None:
                continue
            label, label_w = self._label_text(event, room)  # type: ignore[attr-defined]
            if not label or label_w > room + 0.5:
                continue
            x = lx + lw - label_w if lx + lw <= mx + 0.5 else lx
            row.remove((lx, lx + lw))
            row.append((x, x + label_w))
            items[index] = cut = _Item(item.event_id, item.marker_box, (x, ly, label_w, lh),
                                       label, False, item.is_point, item.circa, item.color,
                                       item.vague, item.plan)
            cut.dated = True

    def date_beside(self, event_id: str) -> tuple[str, QRectF]:
        """The date drawn beside ``event_id``'s title and its box (viewport coordinates),
        or ``("", QRectF())`` when it has none (no room, a shortened title, off screen)."""
        layout = self._layout()  # type: ignore[attr-defined]
        for lane in layout.lanes:
            if not lane.dense and any(item.event_id == event_id for item in lane.items):
                found = self._dates_beside(lane, layout).get(event_id)
                if found is not None:
                    text, box = found
                    return text, box.translated(
                        0, self._content_offset())  # type: ignore[attr-defined]
        return "", QRectF()

    def _paint_dates(self, painter: QPainter, lane: _LaneGeometry, offset: float,
                     band: Any, columns: tuple[float, float] | None) -> None:
        """Draw ``lane``'s dates (``_dates_beside``) on a band-coloured box, in the small
        font and the dimmed text colour; within ``columns`` only, when given."""
        if lane.dense:
            return
        dates = self._dates_beside(lane)
        if not dates:
            return
        shown = list(dates.values()) if columns is None else [
            found for found in dates.values()
            if found[1].right() >= columns[0] and found[1].left() <= columns[1]]
        if not shown:
            return
        color = dim_text_color(
            self.palette().text().color(), band)  # type: ignore[attr-defined]
        painter.save()
        painter.translate(0, offset)
        painter.setPen(color)
        painter.setFont(self._small_font)
        fill = painter.fillRect
        draw = painter.drawStaticText
        static_text = self._static_text  # type: ignore[attr-defined]
        size_of = self._static_size  # type: ignore[attr-defined]
        sizes = self._static_sizes  # type: ignore[attr-defined]
        floor, ceil, half = math.floor, math.ceil, LABEL_BACKGROUND_HALF
        tints = self._plate_tints() if self._era_lanes else ()  # type: ignore[attr-defined]
        for text, box in shown:
            # (``_label_background(box)`` and the text centred in ``box``, from one call
            # into Qt for the box: each call was ~1-2 us of a frame's dates)
            left, top, width, height = box.getRect()
            middle = top + height / 2
            box_left, box_top = floor(left - 2), floor(middle - half)
            # (a QRect and the colour: the first paint's painter fills that without Qt's
            # overloads, whose first resolution makes the QGradient class, ~2 ms of the
            # first paint: ``view_base._FillsByRect``, test_startup)
            plate = QRect(box_left, box_top, ceil(left + width + 2) - box_left,
                          ceil(middle + half) - box_top)
            fill(plate, band)
            if tints:  # an era's band reads on through the plate (``view_eras``)
                self._tint_plates(painter, [plate], tints)  # type: ignore[attr-defined]
            static = static_text(1, text)
            size = sizes.get((1, text)) or size_of((1, text), static)
            draw(QPointF(left, top + (height - size[1]) / 2), static)
        painter.restore()


def _row_spans(items: list[_Item]) -> dict[int, list[tuple[float, float]]]:
    """What ``items`` draw in each row, as ``(left, right)`` spans (px): markers and the
    titles outside their markers, the rows told apart by their labels' middles."""
    rows: dict[int, list[tuple[float, float]]] = {}
    for item in items:
        lx, ly, lw, lh = item.label_box
        row = rows.setdefault(round(ly + lh / 2), [])
        mx, _my, mw, _mh = item.marker_box
        row.append((mx, mx + mw))
        if item.label and not item.label_inside:
            row.append((lx, lx + lw))
    return rows


def _date_words_of(owner: Any, timeline: Any) -> dict[str, tuple[str, str, float]]:
    """``_date_words``' answers by event id, kept on ``owner`` (the view) for ``timeline``
    while the lanes' contents stay (``_lanes_generation``: an event's title or date
    changed bumps it).  The timeline is held by a weak reference: a timeline replaced
    (File → New, an import into a new timeline) is freed, not kept by the view until its
    next paint (``test_new_timeline_undo_kept_on_disk_s52``: the undo step keeps a large
    timeline as its file, not in memory)."""
    import weakref

    kept = getattr(owner, "_date_words_kept", None)
    key = getattr(owner, "_lanes_generation", None)
    if kept is None or kept[0]() is not timeline or kept[1] != key:
        kept = owner._date_words_kept = (weakref.ref(timeline), key, {})
    words: dict[str, tuple[str, str, float]] = kept[2]
    return words


def _shown_title_of(timeline: Any, event_id: str) -> str:
    """``event_id``'s whole shown title when it says the event's date, else "": a date
    told as a limit ("Licences issued (by the late 1970s)", ``view_layout._shown_title``),
    which a date beside it said again ("by the late 1970s", verify84 F6)."""
    event = timeline.get(event_id)
    if event is None or event.date.limit is None:
        return ""
    from timeline_app.ui.view_layout import _shown_title

    return str(_shown_title(event))


def _date_words(owner: Any, timeline: Any, event_id: str) -> tuple[str, str, float]:
    """``event_id``'s title, its date's words (``short_date``) and their width in the
    small font (px); ``("", "", 0.0)`` for no event.  Kept by ``_date_words_of``: a
    pan's every frame is a new layout, and each title's event, words and width were asked
    for again at each.  The width is the laid-out text's (``owner._static_text``, which
    ``_paint_dates`` draws), not ``QFontMetricsF.horizontalAdvance``: the same number for
    each of the 11 572 dates of the first 30 000 events of the 100 000-event bench file,
    and a date's text is then shaped once, not twice (the dates of a pan into new
    territory are mostly new texts).  An owner without laid-out texts (a test's) measures
    with ``_small_width``."""
    event = timeline.get(event_id)
    if event is None:
        return "", "", 0.0
    text = short_date(event)
    laid_out = getattr(owner, "_static_text", None)
    if laid_out is None:
        return event.title, text, owner._small_width(text)
    return event.title, text, owner._static_size((1, text), laid_out(1, text))[0]


def _free(row: list[tuple[float, float]], bands: tuple[tuple[float, float], ...],
          left: float, right: float, width: int | None) -> bool:
    """Whether ``[left, right]`` is inside the view (``EDGE_PX`` from its edges; any
    ``width`` None), and ``DATE_GAP`` clear of every cut band and every span of ``row``."""
    if width is not None and (left < EDGE_PX or right > width - EDGE_PX):
        return False
    for x0, x1 in bands:  # (clear of the zig-zags, as of a title)
        if left < x1 + DATE_GAP and right > x0 - DATE_GAP:
            return False
    return all(not (left < hi + DATE_GAP and right > lo - DATE_GAP) for lo, hi in row)
