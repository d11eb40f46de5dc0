"""A horizontal pan keeps the layout's pages, shifts the frame picture and paints only the
strip it exposed (issue 11): the picture must be what a whole paint of the same view
gives, pixel for pixel, and everything that reads the layout (hits, selection, hover,
search, edits) must follow the pan."""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

import pytest
from frame_pictures import frame_picture, pixels, whole_picture
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate
from timeline_app.selection import EventSelection
from timeline_app.ui import theme
from timeline_app.ui.timeline_view import TimelineView

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def thousand():  # type: ignore[no-untyped-def]
    """The benchmarks' synthetic timeline of 1 000 events (realistic titles, precisions,
    articles), and its busiest day."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.synthetic import synthetic_timeline

    timeline = synthetic_timeline(1000, 1)
    counts: dict[int, int] = {}
    for event in timeline.events:
        if event.date.precision.value == "day":
            day = event.start_day.toordinal()
            counts[day] = counts.get(day, 0) + 1
    return timeline, max(counts, key=lambda d: (counts[d], -d))


@pytest.fixture(params=[False, True], ids=["light", "dark"])
def themed(request, qapp):  # type: ignore[no-untyped-def]
    before = qapp.palette()
    qapp.setPalette(theme.palette_for(request.param))
    yield request.param
    qapp.setPalette(before)


def _record_columns(view: TimelineView, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """A list of the ``columns`` of every ``_paint`` (None for a whole paint)."""
    calls: list[object] = []
    real = view._paint

    def recorded(painter: object, picture: bool = False, strip: object = None,
                 columns: object = None, **kwargs: object) -> None:
        calls.append(columns)
        real(painter, picture, strip, columns, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(view, "_paint", recorded)
    return calls


def _diff(a: QImage, b: QImage) -> str:
    """Where two images differ, for the failure message."""
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    xs = [x for y in range(0, a.height(), 2) for x in range(0, a.width(), 2)
          if a.pixel(x, y) != b.pixel(x, y)]

    return f"{len(xs)} of {a.width() * a.height() // 4} sampled pixels, x {min(xs, default=0)}" \
           f"..{max(xs, default=0)}"


ZOOMS = {"fit": None, "year": 365.0, "month": 31.0, "day": 1.0}
# Pans of a few sizes, both ways: a pixel, a notch of a wheel (60), Shift+arrow (1/8 of
# the view), a page (0.9 of the view); some cross a page of the layout.
PANS = (60, 1, -113, 112, 400, -60, -790, 300, 790, -7)


@pytest.mark.parametrize("zoom", list(ZOOMS))
def test_a_panned_picture_is_a_whole_paint_of_the_same_view(
        qtbot, shown_view, thousand, themed, zoom, monkeypatch):
    timeline, busiest = thousand
    view = shown_view(timeline, size=(900, 520))
    if ZOOMS[zoom] is not None:
        days = ZOOMS[zoom]
        view.go_to_days(busiest + 0.5 - days / 2, busiest + 0.5 + days / 2)
    view.viewport().grab()
    calls = _record_columns(view, monkeypatch)
    shifted = 0
    for dx in PANS:
        calls.clear()
        view._pan_pixels(dx)
        panned = view.viewport().grab().toImage()
        picture = QImage(frame_picture(view))
        shifted += bool(calls) and calls[0] is not None
        whole = whole_picture(view)
        assert pixels(picture) == pixels(whole), (
            f"after a pan of {dx}: {_diff(picture, whole)}")
        assert pixels(panned) == pixels(QImage(whole).convertToFormat(panned.format()))
    # Most pans shift the picture (a pan that changes a lane's height or density, or
    # whether the article lines are drawn, paints the whole view).
    assert shifted >= len(PANS) // 2, shifted


def test_a_pan_paints_only_strips_and_keeps_the_pages(qtbot, shown_view, thousand,
                                                      monkeypatch):
    timeline, busiest = thousand
    view = shown_view(timeline, size=(900, 520))
    view.go_to_days(busiest - 15, busiest + 16)
    view.viewport().grab()
    pages = dict(view._pages)
    assert list(pages) == [0], "the view where the zoom left it is page 0 alone"
    calls = _record_columns(view, monkeypatch)
    view._pan_pixels(112)
    view.viewport().grab()
    assert len(calls) == 1 and calls[0] is not None
    columns = calls[0]
    assert sum(right - left for left, right in columns) < view.viewport().width() / 2
    assert all(view._pages[k] is page for k, page in pages.items()), "a pan kept the pages"
    assert sorted(view._pages) == [0, 1]


def test_selection_hover_and_search_follow_a_pan_and_a_zoom(qtbot, shown_view, thousand):
    timeline, busiest = thousand
    selection = EventSelection()
    view = shown_view(timeline, size=(900, 520), selection=selection)
    view.go_to_days(busiest - 15, busiest + 16)
    view.viewport().grab()
    for change in (lambda: view._pan_pixels(300), lambda: view._pan_pixels(-650),
                   lambda: view.zoom_by(1.25, 450)):
        change()
        qtbot.waitUntil(lambda: view._zoom_preview is None)  # a zoom's crisp view
        plain = view.viewport().grab().toImage()
        shown = [item.event_id for lane in view._layout().lanes for item in lane.items
                 if 0 < view.marker_rect(item.event_id).center().x() < 880]
        assert len(shown) > 3
        target = shown[len(shown) // 2]
        centre = view.marker_rect(target).center()
        assert view.event_at(centre) == target  # hit tests read the panned layout
        selection.select_many([target], target)
        qtbot.waitUntil(lambda: view._selected_ids == {target})  # noqa: B023
        view._hover_id = shown[0]
        view.viewport().update()
        highlighted = view.viewport().grab().toImage()
        for event_id in (target, shown[0]):
            rect = view.event_rect(event_id)
            assert pixels(highlighted.copy(rect)) != pixels(plain.copy(rect)), event_id
        view._hover_id = ""
        selection.select_many([], "")
        # A search dims what does not match and marks what does, in the panned view.
        view.set_emphasis({target}, None)
        searched = view.viewport().grab().toImage()
        assert pixels(searched.copy(view.event_rect(target))) != pixels(
            plain.copy(view.event_rect(target)))
        other = view.event_rect(shown[0])
        assert pixels(searched.copy(other)) != pixels(plain.copy(other))  # dimmed
        view.set_emphasis(None, None)
        view.viewport().grab()
        assert pixels(frame_picture(view)) == pixels(whole_picture(view))


def _drawn(view: TimelineView, event_id: str) -> bool:
    """The event is drawn: as a marker, or counted in a "+N" badge."""
    lanes = view._layout().lanes
    return any(item.event_id == event_id for lane in lanes for item in lane.items) or any(
        event_id in badge.keys for lane in lanes for badge in lane.badges)


def test_an_edit_after_a_pan_lays_the_view_out_again(qtbot, shown_view, thousand):
    timeline, busiest = thousand
    view = shown_view(timeline, size=(900, 520))
    view.go_to_days(busiest - 15, busiest + 16)
    view.viewport().grab()
    view._pan_pixels(200)
    view.viewport().grab()
    pages_before = view._pages
    day = _dt.date.fromordinal(round(view.day_at(450)))
    added = Event("new-after-pan", "A summit nobody expected", FuzzyDate.of_day(day),
                  category="meeting")
    view._document.add_event(added)
    QApplication.processEvents()
    view.viewport().grab()
    assert view._pages is not pages_before
    assert _drawn(view, "new-after-pan")
    assert pixels(frame_picture(view)) == pixels(whole_picture(view))
    view._pan_pixels(-150)
    view.viewport().grab()
    assert _drawn(view, "new-after-pan")
    assert pixels(frame_picture(view)) == pixels(whole_picture(view))


def test_zoom_notches_show_the_picture_scaled_then_the_crisp_view(qtbot, shown_view, thousand,
                                                                  monkeypatch):
    """Wheel notches in quick succession stretch the picture they started from (no
    layout, no paint of the lanes); once they rest, the view is laid out and painted
    once, and that picture is a whole paint of the view."""
    timeline, busiest = thousand
    view = shown_view(timeline, size=(900, 520))
    view.go_to_days(busiest - 180, busiest + 180)
    QApplication.processEvents()  # the vertical scroll bar shown (a resize)
    view.viewport().grab()
    layouts: list[bool] = []
    real = view._compute_layout

    def counted() -> object:
        layouts.append(True)
        return real()

    monkeypatch.setattr(view, "_compute_layout", counted)
    calls = _record_columns(view, monkeypatch)
    for _ in range(4):
        view.zoom_by(1.25, 300)
        view.viewport().grab()
    assert view._zoom_preview is not None
    assert not layouts and not calls, "a notch laid out or painted the lanes"
    before = view.visible_days()
    qtbot.waitUntil(lambda: view._zoom_preview is None)  # ZOOM_REST_MS after the last
    view.viewport().grab()
    assert len(layouts) == 1 and calls == [None]
    assert view.visible_days() == before
    assert pixels(frame_picture(view)) == pixels(whole_picture(view))


def test_any_other_change_ends_a_zoom_preview(qtbot, shown_view, thousand):
    timeline, busiest = thousand
    view = shown_view(timeline, size=(900, 520))
    view.go_to_days(busiest - 180, busiest + 180)
    view.viewport().grab()
    view.zoom_by(1.25, 300)
    assert view._zoom_preview is not None
    view._pan_pixels(40)  # a pan: the crisp view at once, then shifted
    assert view._zoom_preview is None
    view.viewport().grab()
    assert pixels(frame_picture(view)) == pixels(whole_picture(view))
    view.zoom_by(0.8, 300)
    assert view._zoom_preview is not None
    view.resize(880, 520)
    assert view._zoom_preview is None


def test_lanes_keep_their_rows_while_panning_and_are_laid_out_afresh_once_the_pan_rests(
        qtbot, shown_view, thousand):
    """During a pan a lane only grows (no row jumps under the mouse); once the pan
    rests (PAN_REST_MS), the view is laid out as one page anchored where it is (no seams
    where pages met), painted whole once."""
    timeline, busiest = thousand
    view = shown_view(timeline, size=(900, 520))
    view.go_to_days(busiest - 15, busiest + 16)
    view.viewport().grab()
    heights = [lane.height for lane in view._layout().lanes]
    for _ in range(12):  # far away from the busiest days
        view._pan_pixels(-850)
        view.viewport().grab()
        assert all(lane.height >= h for lane, h in
                   zip(view._layout().lanes, heights, strict=True))
        heights = [lane.height for lane in view._layout().lanes]
    assert view._pan_timer.isActive()
    assert view._layout().pages != (0, 0)
    qtbot.waitUntil(lambda: not view._pan_timer.isActive())
    view.viewport().grab()
    assert view._layout().pages == (0, 0)
    assert sum(heights) > sum(lane.height for lane in view._layout().lanes)
    assert pixels(frame_picture(view)) == pixels(whole_picture(view))


def _on_screen(view: TimelineView) -> QImage:
    """What the window shows of the viewport (its backing store), not a new render."""
    from PySide6.QtCore import QPoint

    viewport = view.viewport()
    window = viewport.window()
    corner = viewport.mapTo(window, QPoint(0, 0))
    return window.screen().grabWindow(window.winId(), corner.x(), corner.y(),
                                      viewport.width(), viewport.height()).toImage()


def test_a_pan_scrolls_the_screen_and_repaints_only_what_it_exposed(
        qtbot, shown_view, thousand):
    """On a pan the window's pixels are scrolled (QWidget.scroll) and only the exposed
    strip, the axis, the header rows and the edges are painted again: what the window
    then shows is the view painted whole, selection and hover included."""
    from PySide6.QtCore import QEvent, QObject

    timeline, busiest = thousand
    selection = EventSelection()
    view = shown_view(timeline, size=(900, 520), selection=selection)
    view.go_to_days(busiest - 15, busiest + 16)
    QApplication.processEvents()
    shown = [item.event_id for lane in view._layout().lanes for item in lane.items]
    selection.select_many([shown[3]], shown[3])
    qtbot.waitUntil(lambda: view._selected_ids == {shown[3]})
    QApplication.processEvents()

    class Painted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.areas: list[int] = []

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                rects = event.region()  # type: ignore[attr-defined]
                self.areas.append(sum(r.width() * r.height() for r in rects))
            return False

    painted = Painted()
    view.viewport().installEventFilter(painted)
    area = view.viewport().width() * view.viewport().height()
    for dx in (60, 60, -113, 1, 250):
        painted.areas.clear()
        view._pan_pixels(dx)
        QApplication.processEvents()
        assert painted.areas and max(painted.areas) < 0.6 * area, (dx, painted.areas)
        assert pixels(_on_screen(view)) == pixels(view.viewport().grab().toImage()), dx


def test_the_page_ahead_is_laid_out_a_lane_at_a_time_and_is_the_same(qtbot, shown_view,
                                                                     thousand):
    """After each pan step one lane of the page the pan heads for is laid out; the page,
    once needed, is what laying it out at once gives."""
    timeline, busiest = thousand
    view = shown_view(timeline, size=(900, 520))
    view.go_to_days(busiest - 15, busiest + 16)
    QApplication.processEvents()
    for _ in range(3):
        view._pan_pixels(60)
        QApplication.processEvents()  # the frame, then one lane of the page ahead
    ahead = view._partial_pages.get(view._layout().pages[1] + 1, [])
    assert 1 <= len(ahead) <= 3
    k = view._layout().pages[1] + 1
    whole = view._compute_page(k)
    page = view._page(k)
    assert [[(i.event_id, i.marker, i.label_rect, i.label) for i in lane.items]
            for lane in page] == [[(i.event_id, i.marker, i.label_rect, i.label)
                                   for i in lane.items] for lane in whole]


def test_the_view_at_rest_is_painted_afresh_even_with_the_same_rows(qtbot, shown_view, thousand):
    """Once a pan rests the view is laid out as one page (``finish_pan``): what the screen
    then shows is a whole paint of that layout (no span cut at an old page's seam), also
    when no lane's rows or density changed (the frame picture's key alone would not
    tell the stitched picture from the new one)."""
    timeline, busiest = thousand
    view = shown_view(timeline, size=(900, 520))
    view.go_to_days(busiest - 750, busiest + 750)
    view.viewport().grab()
    view._pan_pixels(-790)
    view.viewport().grab()
    assert view._layout().pages == (-1, 0)
    structure = view._structure_generation
    view.finish_pan()
    assert view._layout().pages == (0, 0)
    shown = view.viewport().grab().toImage()
    whole = whole_picture(view)
    assert view._structure_generation == structure, "the same rows: the same frame key"
    assert pixels(QImage(frame_picture(view))) == pixels(whole)
    assert pixels(shown) == pixels(QImage(whole).convertToFormat(shown.format()))
