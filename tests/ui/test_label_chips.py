"""Labels copied from chips (issue 11): a label outside its marker is its box and its
title drawn once into a pixmap and copied at whole device pixels.  A copy must be the
pixels of drawing the box and the title on the target; the frames of a drag and of a zoom
must be fresh paints (with no chip remembered); the cache stays within its bound and
forgets its chips when the palette changes."""

from __future__ import annotations

import datetime as _dt

import pytest
import view_pictures
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QStaticText
from test_view_batched_paint import _dark, _fresh_picture, _mixed, _picture
from test_view_drag_frames import MOVES, _drag, _mouse

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.label_chips import CHIP_CACHE_BYTES, CHIPS_PER_PAINT, LabelChips
from timeline_app.ui.timeline_view import TimelineView

TITLES = ("Talks in Geneva between the envoys", "محادثات في جنيف بين المبعوثين",
          "Ölçü — ffi fl 北京会谈", "Summit…")


def _static(text: str, view: TimelineView) -> QStaticText:
    return view._static_text(0, text)


def _titled(n: int, numbered: bool = False) -> Timeline:
    """Points a few days apart with Latin, Arabic (right to left) and CJK titles, some
    long enough to be elided at a month; ``numbered``: each title its own."""
    first = _dt.date(2001, 3, 1).toordinal()
    return Timeline.from_events([
        Event(f"t{i}", (f"{i} " if numbered else "") + TITLES[i % len(TITLES)]
              + (" and more words" * (i % 3)),
              FuzzyDate.of_day(_dt.date.fromordinal(first + (i * 3) % 400)),
              category=("meeting", "visit")[i % 2]) for i in range(n)])


def _cold(view: TimelineView) -> LabelChips:
    """Give ``view`` an empty chip cache; the old one is returned."""
    old, view._label_chips = view._label_chips, LabelChips()
    return old


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("form", [QImage.Format.Format_ARGB32_Premultiplied,
                                  QImage.Format.Format_RGB32])
def test_a_chip_copied_is_the_box_and_the_title_drawn(shown_view, ratio, form):
    view = shown_view(_titled(8), (900, 400))
    band, pen = QColor(236, 240, 246), QColor(25, 25, 25)
    for title in TITLES:
        for x0 in (10.0, 10.3, 10.5, 10.75):  # a label's left between device pixels
            rect = QRectF(x0, 21.4, view._label_metrics.horizontalAdvance(title),
                          view._label_metrics.height())
            images = []
            # first seen (drawn by _paint_chips), drawn here, then a chip made, copied
            for chips in (True, False, True, True):
                image = QImage(int(400 * ratio), int(60 * ratio), form)
                image.setDevicePixelRatio(ratio)
                image.fill(QColor("red"))
                painter = QPainter(image)
                painter.translate(0, 3)
                painter.setFont(view._label_font)
                item = type("Item", (), {"label_rect": rect, "label_box": rect.getRect(),
                                        "label": title})()
                if chips:
                    view._paint_chips(painter, [item], band, pen, ratio)  # type: ignore[list-item]
                else:
                    x, y, w, h, tx, q = view._label_place(painter, rect, ratio)
                    static = _static(title, view)
                    ty = view._label_text_top(static, rect, q, ratio)
                    painter.fillRect(QRectF(x / ratio, y / ratio - 3, w, h), band)
                    painter.setPen(pen)
                    painter.drawStaticText(QPointF((x + tx) / ratio, (y + ty) / ratio - 3),
                                           static)
                painter.end()
                images.append(image)
            seen, drawn, made, copied = images
            assert made == drawn, f"{title!r} at x {x0}, {ratio}x: chip != direct drawing"
            assert seen == copied == drawn
    assert view._label_chips.made == len(view._label_chips) > 0


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_chips_are_the_pixels_of_labels_drawn_one_by_one(shown_view, monkeypatch, ratio):
    """The batched paint (chips) against ``_paint_items`` one item at a time (each title
    drawn where its chip puts it), with right-to-left, CJK and elided titles."""
    view = shown_view(_titled(300), (1000, 600))
    first = _dt.date(2001, 3, 1).toordinal()
    for days in (31.0, 90.0):
        view.go_to_days(first + 10.37, first + 10.37 + days)
        chips = _picture(view, ratio)
        with monkeypatch.context() as patch:
            patch.setattr(TimelineView, "_batched", False)
            view._invalidate()
            one_by_one = _picture(view, ratio)
        view._invalidate()
        assert chips == one_by_one, f"{days} days at {ratio}x"
    assert any(item.label.endswith("…") for lane in view._layout().lanes
               for item in lane.items), "no title was elided"
    assert len(view._label_chips)


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_drag_and_zoom_frames_are_fresh_paints_without_chips(qtbot, shown_view, monkeypatch,
                                                             ratio):
    view = shown_view(_mixed(4500), (1100, 560))
    viewport = view.viewport()
    if ratio != 1.0:
        monkeypatch.setattr(viewport, "devicePixelRatioF", lambda: ratio)
    press, _ = _drag(view, 120.0)
    x, y = press.x(), press.y()
    labels = made = 0
    for index, (dx, dy) in enumerate(MOVES[:8]):
        x, y = x + dx, y + dy
        before = view._label_chips.made
        _mouse(view, QEvent.Type.MouseMove, QPointF(x, y), Qt.MouseButton.LeftButton)
        if ratio == 1.0:
            viewport.repaint()
            shown = viewport.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        else:
            shown = _picture(view, ratio).convertToFormat(QImage.Format.Format_RGB32)
        if index:
            made += view._label_chips.made - before
            labels += sum(not item.label_inside for lane in view._layout().lanes
                          for item in lane.items)
        warm = _cold(view)
        fresh = (view_pictures.whole_paint(view) if ratio == 1.0
                 else _fresh_picture(view, ratio)).convertToFormat(QImage.Format.Format_RGB32)
        view._label_chips = warm
        assert shown == fresh, f"move {index}: not a fresh paint with no chip remembered"
    _mouse(view, QEvent.Type.MouseButtonRelease, QPointF(x, y), Qt.MouseButton.NoButton)
    # A drag shows the titles of the move before: most labels are copies.
    assert labels and made < labels / 4
    for step in (1, 1, -1):  # zoom notches in and out
        view.zoom_by(1.25 ** step)
        shown = _picture(view, ratio)
        warm = _cold(view)
        assert shown == _fresh_picture(view, ratio), "a zoom's frame is not a fresh paint"
        view._label_chips = warm


def test_the_cache_is_bounded_and_drops_the_least_recently_used(shown_view):
    view = shown_view(_titled(4), (600, 300))
    chips = LabelChips(limit=60_000)
    font, pen, fill = view._label_font, QColor("black"), QColor("white")
    keys = []
    for i in range(25):  # room for five
        text = f"Title {i}"
        keys.append(text)
        assert chips.chip_if_seen(_static(text, view), font, pen, fill, (120, 22), (2, 3.0), 1.0,
                                  text) is None  # not made the first time
        chips.chip(_static(text, view), font, pen, fill, (120, 22), (2, 3.0), 1.0, text)
        assert chips.bytes <= chips.limit
        assert chips.bytes == sum(p.width() * p.height() * 4 for p in chips._chips.values())
        if i == 20:
            assert chips.get(keys[16]) is not None  # used: kept over newer ones
    assert len(chips) == 60_000 // (120 * 22 * 4) == 5
    assert chips.get(keys[16]) is not None
    assert [chips.get(key) for key in keys[17:21]] == [None] * 4
    assert chips.get(keys[-1]) is not None


def test_a_new_palette_or_ratio_empties_the_cache(shown_view):
    view = shown_view(_titled(200), (1000, 600))
    _picture(view)
    chips = view._label_chips
    assert len(chips)
    light = set(chips._chips)
    view.setPalette(_dark(view))
    view._invalidate()
    dark_picture = _picture(view)
    assert not light & set(chips._chips), "light chips kept after a palette change"
    fresh = shown_view(_titled(200), (1000, 600))
    fresh.setPalette(_dark(fresh))
    assert dark_picture == _picture(fresh)
    made = chips.made
    view._invalidate()
    _picture(view, 2.0)
    _picture(view, 2.0)  # seen again: chips made
    assert chips.made > made and all(
        p.devicePixelRatio() == 2.0 for p in chips._chips.values())
    assert chips.limit == 4 * CHIP_CACHE_BYTES  # the same labels at four times the pixels


def test_a_paint_makes_a_bounded_number_of_chips(shown_view):
    """Making a chip costs more than drawing the label: a paint that cannot copy its
    labels from its device (here 2 device pixels a pixel) makes at most
    ``CHIPS_PER_PAINT`` (the rest are drawn, the same pixels), the next ones more."""
    view = shown_view(_titled(300, numbered=True), (1600, 900))
    view.go_to_days(_dt.date(2001, 3, 1).toordinal(), _dt.date(2001, 6, 1).toordinal())
    chips = view._label_chips = LabelChips()
    first = _picture(view, 2.0)  # every label seen once: drawn, no chip
    labels = sum(not item.label_inside and bool(item.label) for lane in view._layout().lanes
                 for item in lane.items)
    assert chips.made == 0 and labels > 2 * CHIPS_PER_PAINT
    assert _picture(view, 2.0) == first and chips.made == CHIPS_PER_PAINT
    assert _picture(view, 2.0) == first and chips.made == 2 * CHIPS_PER_PAINT


def test_labels_drawn_once_are_kept_as_chips_copied_from_the_device(shown_view):
    """At one device pixel a pixel a label seen for the first time is drawn and its box
    copied from the device as its chip (no second drawing into a chip of its own): the
    next paint copies every label, and its pixels are those of chips drawn one by one
    and of a paint with no chip at all; a box the clip cuts is not kept."""
    view = shown_view(_titled(300, numbered=True), (1600, 900))
    view.go_to_days(_dt.date(2001, 3, 1).toordinal(), _dt.date(2001, 6, 1).toordinal())
    chips = view._label_chips = LabelChips()
    first = _picture(view)
    labels = sum(not item.label_inside and bool(item.label) for lane in view._layout().lanes
                 for item in lane.items)
    # (a box cut by the edge of the lanes' area is not kept)
    assert 2 * CHIPS_PER_PAINT < labels and chips.made == len(chips) >= labels - 2
    # copied (a box cut before gets its chip drawn now, as on main)
    assert _picture(view) == first and chips.made == labels
    drawn = dict(chips._chips)
    fresh = LabelChips()
    for (label, box_w, box_h, tx, q, colours), chip in drawn.items():
        rect = QRectF(0, q / 64, view._label_metrics.horizontalAdvance(label),
                      view._label_metrics.height())
        static = _static(label, view)
        ty = view._label_text_top(static, rect, q, 1.0)
        made = fresh.chip(static, view._label_font, QColor.fromRgba(colours[1]),
                          QColor.fromRgba(colours[0]), (box_w, box_h), (tx, ty), 1.0, label)
        assert made == chip.convertToFormat(made.format()), (
            f"{label!r}: the copied chip is not the chip drawn")
    view._label_chips = LabelChips()
    assert _picture(view) == first  # (and a paint with no chip draws the same)
    # A paint clipped to a strip keeps only the boxes wholly inside it.
    view._label_chips = chips = LabelChips()
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setFont(view._label_font)
    painter.setClipRect(QRectF(0, 0, 1600, 130))
    view._paint(painter, picture=True)
    painter.end()
    tops = [item.label_rect.top() for lane in view._layout().lanes for item in lane.items
            if not item.label_inside]
    assert 0 < len(chips) < len(tops)


def test_where_titles_are_copied_from_is_asked_once_a_paint(shown_view, monkeypatch):
    """The lanes of one paint share its painter, its clip and its translation: where
    their drawn titles are copied from (``_chip_source``: ~20 calls into Qt and a clip
    region) is asked of the painter once a paint, not once a lane of rows (issue 11,
    session 58, frames56), and every lane's titles are still kept as chips; outside a
    paint's lanes nothing is remembered (another painter may reuse the id)."""
    view = shown_view(_titled(300, numbered=True), (1600, 900))
    view.go_to_days(_dt.date(2001, 3, 1).toordinal(), _dt.date(2001, 6, 1).toordinal())
    asked: list[object] = []
    find = TimelineView._find_chip_source

    def counted(self, painter, dx, dy):  # type: ignore[no-untyped-def]
        asked.append(painter)
        return find(self, painter, dx, dy)

    monkeypatch.setattr(TimelineView, "_find_chip_source", counted)
    kept = []
    keep = TimelineView._keep_drawn_chips

    def keeping(self, painter, drawn, dx, dy):  # type: ignore[no-untyped-def]
        kept.append(len(drawn))
        return keep(self, painter, drawn, dx, dy)

    monkeypatch.setattr(TimelineView, "_keep_drawn_chips", keeping)
    chips = view._label_chips = LabelChips()
    _picture(view)
    assert len(kept) >= 2, "two lanes of rows with titles drawn"
    assert len(asked) == 1
    assert chips.made == sum(kept) > 0  # (no box cut here: every drawn title kept)
    assert view._chip_sources is None
    view._label_chips = LabelChips()
    _picture(view)
    assert len(asked) == 2  # (a new paint asks again)
