"""A new view's items, badges and density bars are drawn in a few calls (issue 11): the
pixels must be those of drawing them one by one, whatever the palette, zoom or size."""

from __future__ import annotations

import datetime as _dt
import functools

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import Precision
from timeline_app.ui.timeline_view import TimelineView


def _mixed(n: int) -> Timeline:
    """Points, spans, circa dates and months in three lanes, crowded enough for "+N"
    badges, and a fourth lane dense enough for a density.

    A new timeline each call, of events made once per ``n`` (events are immutable):
    making ~7 500 of them took ~0.1 s of CPU, paid again by each of the ~140 tests of
    ``tests/ui`` that call this (session 64, suite64)."""
    return Timeline.from_events(list(_mixed_events(n)))


@functools.cache
def _mixed_events(n: int) -> tuple[Event, ...]:
    first = _dt.date(1990, 1, 1).toordinal()
    events = []
    for i in range(n):
        day = _dt.date.fromordinal(first + (i * 37) % 4000)
        if i % 5 == 0:
            date = FuzzyDate(day.year, day.month, None, Precision.MONTH)
        else:
            date = FuzzyDate.of_day(day)
        if i % 7 == 0:
            date = FuzzyDate(date.year, date.month, date.day, date.precision, circa=True)
        end = FuzzyDate.of_day(day + _dt.timedelta(days=40)) if i % 11 == 0 else None
        events.append(Event(f"e{i}", f"Talks number {i} between the envoys of many states",
                            date, end=end, category=("meeting", "visit", "treaty")[i % 3]))
    events += [Event(f"d{i}", f"Statement {i}",
                     FuzzyDate.of_day(_dt.date.fromordinal(first + (i * i * 7) % 4000)),
                     category="statement") for i in range(3000)]
    return tuple(events)


def _picture(view: TimelineView, ratio: float = 1.0) -> QImage:
    """The view's frame picture painted into a fresh image (at ``ratio`` device pixels a
    pixel; the paint covers the viewport's size, nothing is left unset)."""
    image = QImage(view.viewport().size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    image.setDevicePixelRatio(ratio)
    painter = QPainter(image)
    try:
        painter.setFont(view._label_font)
        view._paint(painter, picture=True)
    finally:
        painter.end()
    return image


def _both_ways(view: TimelineView, monkeypatch: pytest.MonkeyPatch) -> tuple[QImage, QImage]:
    view._invalidate()
    batched = _picture(view)
    with monkeypatch.context() as patch:
        patch.setattr(TimelineView, "_batched", False)
        view._invalidate()
        one_by_one = _picture(view)
    return batched, one_by_one


@pytest.mark.parametrize("days", [None, 2000.0, 365.0, 60.0, 7.0])
def test_batched_items_and_bars_are_the_pixels_of_one_by_one(shown_view, monkeypatch, days):
    view = shown_view(_mixed(300), (1300, 1000))
    if days is not None:
        view.go_to_days(_dt.date(1992, 3, 1).toordinal(),
                        _dt.date(1992, 3, 1).toordinal() + days)
    layout = view._layout()
    assert any(lane.items for lane in layout.lanes)
    if days in (None, 2000.0):
        assert any(lane.dense for lane in layout.lanes)
    batched, one_by_one = _both_ways(view, monkeypatch)
    assert batched == one_by_one


def test_a_new_views_paint_makes_no_rectangle_of_its_items(shown_view):
    """A layout's items keep their marker and label boxes as numbers and the batched
    paint reads them so: a pan's ~600 items at 2560x1440 made two ``QRectF`` each,
    freed at the next layout (issue 11, session 44).  Fails on the old code (every item
    was made with its rectangles).  Asked, an item's rectangles are its boxes'."""
    view = shown_view(_mixed(300), (1300, 1000))
    start = _dt.date(1992, 3, 1).toordinal()
    view.go_to_days(start, start + 365.0)
    view._invalidate()
    _picture(view)
    items = [item for lane in view._layout().lanes for item in lane.items]
    plain = [item for item in items if not item.circa]  # (a circa span's outline: asked)
    assert plain and not any("marker" in vars(item) or "label_rect" in vars(item)
                             for item in plain)
    for item in items:
        assert item.marker.getRect() == item.marker_box
        assert item.label_rect.getRect() == item.label_box
        assert item.marker is item.marker  # (made once)
        assert item.rect == item.marker.united(item.label_rect)


def test_batched_paint_follows_a_palette_change(shown_view, monkeypatch):
    """The density's premultiplied colours are cached by colour: a dark palette draws
    its own, as one by one does."""
    view = shown_view(_mixed(300), (1100, 1000))
    light, _ = _both_ways(view, monkeypatch)
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8"))
    view.setPalette(palette)
    batched, one_by_one = _both_ways(view, monkeypatch)
    assert batched == one_by_one
    assert batched != light


def test_batched_paint_after_a_resize_and_an_edit(shown_view, monkeypatch):
    view = shown_view(_mixed(300), (1100, 1000))
    view.resize(1400, 1050)
    view._document.add_event(Event("late", "A late meeting", FuzzyDate.of_day(
        _dt.date(1991, 5, 5)), category="meeting"))
    batched, one_by_one = _both_ways(view, monkeypatch)
    assert batched.size() == view.viewport().size()
    assert batched == one_by_one


def _dark(view: TimelineView) -> QPalette:
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8"))
    return palette


def test_lane_styles_are_made_again_for_a_new_palette(shown_view):
    """The lanes' pens, fills and bands are cached per palette: a view painted in one
    palette and then given another paints what a view made in the second one paints."""
    timeline = _mixed(300)
    seasoned = shown_view(timeline, (1100, 1000))
    _picture(seasoned)  # fills the caches with the light palette's styles
    seasoned.setPalette(_dark(seasoned))
    fresh = shown_view(_mixed(300), (1100, 1000))
    fresh.setPalette(_dark(fresh))
    seasoned._invalidate()
    fresh._invalidate()
    assert _picture(seasoned) == _picture(fresh)


def test_article_lines_follow_a_new_article(shown_view):
    """The articles' columns are remembered for the view they were made for (a paint asks
    twice): importing an article with a new dateline shows its line at once, undoing
    the import takes it away."""
    from timeline_app.core.model import Source

    view = shown_view(_mixed(300), (1100, 1000))
    view.go_to_days(_dt.date(1992, 3, 1).toordinal(), _dt.date(1992, 4, 1).toordinal())
    _picture(view)
    before = view._article_columns()
    day = _dt.date(1992, 3, 15)
    source = Source("new-article", "Talks", dateline_date=day)
    view._document.import_events(source, [Event("from-article", "Envoys meet",
                                                FuzzyDate.of_day(day), source_id="new-article")])
    _picture(view)
    after = view._article_columns()
    assert day.toordinal() in after[1] and day.toordinal() not in before[1]
    view._document.undo_stack.undo()
    _picture(view)
    assert view._article_columns() == before
    # Another article in its place: as many dates as with the first, another one shown.
    other = _dt.date(1992, 3, 20)
    view._document.import_events(Source("other-article", "Talks", dateline_date=other), [
        Event("from-other", "Envoys meet again", FuzzyDate.of_day(other),
              source_id="other-article")])
    _picture(view)
    shown = view._article_columns()[1]
    assert other.toordinal() in shown and day.toordinal() not in shown


def test_batched_paint_at_a_device_pixel_ratio_of_two(shown_view, monkeypatch):
    """On a high-DPI picture the grid and the density fall back to rectangles (their
    rows round per device pixel): still the pixels of one by one."""
    view = shown_view(_mixed(300), (1100, 1000))
    view._invalidate()
    batched = _picture(view, 2.0)
    with monkeypatch.context() as patch:
        patch.setattr(TimelineView, "_batched", False)
        view._invalidate()
        assert _picture(view, 2.0) == batched


@pytest.mark.parametrize("batched", [True, False])
def test_a_circa_day_is_drawn_pale_with_a_dashed_outline(shown_view, batched: bool) -> None:
    """An approximate day looked exact: a solid diamond whose dashed border barely showed
    (new-user trial). It is pale inside, as a circa span is, in both ways of painting."""
    day = _dt.date(2025, 11, 13)
    timeline = Timeline.from_events([
        Event("exact", "Exact day", FuzzyDate.of_day(day), category="meeting"),
        Event("circa", "About a day", FuzzyDate(day.year, day.month, 20, Precision.DAY,
                                                 circa=True), category="meeting")])
    view = shown_view(timeline, size=(900, 400))
    view._batched = batched
    view.go_to_days(day.toordinal() - 10, day.toordinal() + 17)
    image = _picture(view)
    centre = {key: view.marker_rect(key).center() for key in ("exact", "circa")}
    exact = image.pixelColor(round(centre["exact"].x()), round(centre["exact"].y()))
    circa = image.pixelColor(round(centre["circa"].x()), round(centre["circa"].y()))
    assert circa.lightness() > exact.lightness() + 40, (exact.name(), circa.name())


def _fresh_picture(view: TimelineView, ratio: float = 1.0) -> QImage:
    """The view painted with nothing remembered of earlier views (no layout, no frame
    picture); what was remembered is kept for the steps after."""
    layouts, frame = dict(view._layouts), view._frame_cache
    view._layouts.clear()
    view._frame_cache = None
    try:
        return _picture(view, ratio)
    finally:
        view._layouts.clear()
        view._layouts.update(layouts)
        view._frame_cache = frame


def _past_stretched(qtbot, view: TimelineView) -> None:
    """A zoom notch of a run may be shown first as a picture of a view before it,
    stretched about the anchor, while its own picture is painted in slices (issue 11,
    session 9: ``_zoom_preview``): this lets that frame come and waits for the view's
    own, so that what is grabbed next is the frame that must be a fresh paint's."""
    view.viewport().grab()  # the frame (``repaint`` may wait for an expose offscreen)
    qtbot.waitUntil(lambda: view._preview_key is None, timeout=5000)


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_a_view_shown_again_is_painted_as_a_fresh_view(qtbot, shown_view, monkeypatch, ratio):
    """Layouts and the frame picture are kept by where the view looks (issue 11): a view
    zoomed or panned back to, or fitted again, reuses them, and its pixels must be those
    of a paint that remembers nothing (at one and two device pixels a pixel)."""
    view = shown_view(_mixed(300), (1100, 800))
    computed: list[bool] = []
    real = view._compute_layout

    def counted() -> object:
        computed.append(True)
        return real()

    monkeypatch.setattr(view, "_compute_layout", counted)
    first = _dt.date(1992, 3, 1).toordinal()
    steps = [
        lambda: view.zoom_by(1.25, 300.0), lambda: view.zoom_by(1.25, 300.0),
        lambda: view.zoom_by(0.8, 300.0), lambda: view.zoom_by(0.8, 300.0),
        view.fit_all, lambda: view.go_to_days(first, first + 60),
        lambda: view._pan_pixels(137.0), lambda: view._pan_pixels(-137.0),
        lambda: view.go_to_days(first, first + 60), lambda: view.go_to_days(first, first + 7),
        view.fit_all, view.fit_all,
    ]
    for index, step in enumerate(steps):
        step()
        if view._preview_armed:  # a notch of a run: maybe stretched first
            _past_stretched(qtbot, view)
        grabbed = view.viewport().grab().toImage()  # paintEvent: straight, or the picture
        again = view.viewport().grab().toImage()  # the same view again: the picture
        remembered = _picture(view, ratio)  # the layout remembered for this view
        fresh = _fresh_picture(view, ratio)
        assert remembered == fresh, f"step {index}: a remembered layout paints otherwise"
        if ratio == 1.0:
            assert grabbed == again == fresh.convertToFormat(grabbed.format()), (
                f"step {index}: the view on screen is not a fresh paint")
    assert len(computed) < 2 * len(steps), "no view shown again reused its layout"


_STEADY_MOVES = {
    # Held arrow keys and Shift+wheel: pans by odd amounts, forth and back, long runs.
    "pans": [*[("pan", 37.0)] * 14, *[("pan", -53.0)] * 6, *[("pan", 101.0)] * 5,
             ("zoom", 1.25, 333.0), *[("pan", 13.0)] * 8, *[("pan", -275.0)] * 6],
    # A wheel spun in, out, and in at another place.
    "notches": [*[("zoom", 1.25, 333.0)] * 6, *[("zoom", 0.8, 333.0)] * 8,
                *[("zoom", 1.25, 517.5)] * 4, ("pan", 37.0), *[("zoom", 0.8, 517.5)] * 3],
}


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("moves", sorted(_STEADY_MOVES))
def test_a_view_painted_ahead_is_painted_as_a_fresh_view(qtbot, shown_view, monkeypatch,
                                                          ratio, moves):
    """A steady pan or zoom lays out and paints its next step into the frame picture
    after each frame (``_lay_out_ahead``, issue 11); the frame of that step copies that
    picture, and its pixels must be those of a paint that remembers nothing, at one and
    two device pixels a pixel, whether the guess came true or not (a pan back, a zoom
    the other way)."""
    # 1 500 events a lane over 11 years: at a year's zoom some lanes pack into rows
    # with "+N" badges and some are densities, as at 100 000 events.
    view = shown_view(_mixed(4500), (1100, 800))
    viewport = view.viewport()
    if ratio != 1.0:  # the picture is made at the viewport's ratio (offscreen: 1)
        assert view.viewport() is viewport  # one wrapper: the view reads the patched one
        monkeypatch.setattr(viewport, "devicePixelRatioF", lambda: ratio)
    first = _dt.date(1995, 2, 1).toordinal()
    view.go_to_days(first, first + 365)
    QApplication.processEvents()
    painted_ahead = dense = badges = 0
    for index, move in enumerate(_STEADY_MOVES[moves]):
        if move[0] == "pan":
            view._pan_pixels(move[1])
        else:
            view.zoom_by(move[1], move[2])
        name = f"{moves} step {index} {move}"
        fresh = _fresh_picture(view, ratio)
        cache = view._ahead_picture
        ahead = cache is not None and cache[0] == view._frame_key()
        if ahead:  # what the frame copies
            assert cache is not None
            painted_ahead += 1
            assert cache[1] == fresh, f"{name}: the picture made ahead is another"
        assert _picture(view, ratio) == fresh, f"{name}: the layout made ahead paints otherwise"
        if view._preview_armed and not ahead:  # a notch of a run: maybe stretched first
            _past_stretched(qtbot, view)
        if ratio == 1.0:  # the frame on screen (a copy of the picture, or painted straight)
            grabbed = viewport.grab().toImage()
            assert grabbed == fresh.convertToFormat(grabbed.format()), (
                f"{name}: the view on screen is not a fresh paint")
        layout = view._layout()
        dense += sum(lane.dense for lane in layout.lanes)
        badges += sum(len(lane.badges) for lane in layout.lanes)
        # The frame, then the next step laid out and painted ahead.
        key = view._frame_key()
        viewport.repaint()
        if ahead:  # the view on screen keeps the picture (a hover after the pan: a copy)
            assert view._frame_cache is not None and view._frame_cache[0] == key, name
        QApplication.processEvents()
        qtbot.waitUntil(lambda: not view._ahead_timer.isActive(), timeout=5000)
        if view._ahead_picture is not None and view._frame_cache is not None:
            assert view._frame_cache[0] != view._ahead_picture[0]  # two views: two pictures
    # Most steps were painted ahead, and the views were crowded (densities and badges).
    assert painted_ahead >= len(_STEADY_MOVES[moves]) // 2, painted_ahead
    assert dense and badges
    # Once the moves stop, the picture painted ahead is let go (its memory): soon, or
    # already (under a load of 11-17 the last step's wait outlasted AHEAD_KEPT_MS and the
    # picture was gone before this line: frames26's make test, session 23).
    if view._ahead_picture is not None:
        assert view._ahead_drop_timer.isActive()
    qtbot.waitUntil(lambda: view._ahead_picture is None, timeout=5000)
    assert view._frame_cache is not None  # the view on screen keeps its own


def test_a_key_or_a_wheel_notch_paints_its_next_step_ahead_from_the_first(qtbot, shown_view):
    """Keys and a wheel's notches come in runs: the step after the first one is painted
    ahead at once (the key's auto-repeat starts after a pause), and that frame is a fresh
    paint's pixels; a touchpad's pans (pixel deltas) wait for a repeat (issue 11)."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    view = shown_view(_mixed(4500), (1100, 800))
    viewport = view.viewport()
    first = _dt.date(1995, 2, 1).toordinal()
    view.go_to_days(first, first + 365)
    view.setFocus()
    QApplication.processEvents()
    # The view's wall-clock timers stay out of the check: on a loaded host (make test at
    # load 7) the wait below outlasted PICTURE_IDLE_MS after the step ahead was made, so
    # the idle view made its sides (``_prepare_sides``), which take the step painted
    # ahead as one of them (no ``_ahead_picture``) and keep ``_ahead_timer`` busy; or
    # AHEAD_KEPT_MS dropped it.  Both are meant; what this test checks comes before.
    view._picture_timer.setInterval(600_000)
    view._ahead_drop_timer.setInterval(600_000)
    # Nor does the view rest (``WORLD_REST_MS`` without a move): at load 9-17 a step's
    # wait lasted seconds, the view rested in the middle of it, its world chunks were
    # swapped in and the step painted ahead of the packing before went with them (then
    # the views beside it stand for the next step, ``_prepare_sides``): the wait timed
    # out (sessions 29-31; ``test_the_step_ahead_from_the_first_on_a_starved_host``).
    view._world_rest_timer.setInterval(600_000)

    def wheel(modifiers: Qt.KeyboardModifier, angle: int = 0, pixels: int = 0) -> None:
        pos = QPointF(517.0, 300.0)
        QApplication.sendEvent(viewport, QWheelEvent(
            pos, viewport.mapToGlobal(pos), QPoint(0, pixels), QPoint(0, angle),
            Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False))

    shift, ctrl = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier
    for name, once, expected in [
            ("Ctrl+Shift+Right", lambda: QTest.keyClick(view, Qt.Key.Key_Right, ctrl | shift),
             True),
            ("PageDown", lambda: QTest.keyClick(view, Qt.Key.Key_PageDown), True),
            ("Ctrl+wheel", lambda: wheel(ctrl, angle=120), True),
            ("Ctrl+wheel back", lambda: wheel(ctrl, angle=-120), True),
            ("Shift+wheel", lambda: wheel(shift, angle=-120), True),
            ("touchpad", lambda: wheel(Qt.KeyboardModifier.NoModifier, pixels=-23), False)]:
        view._drop_picture_ahead()
        once()
        viewport.repaint()  # (a notch: maybe stretched, its own picture next, then the step)
        QApplication.processEvents()
        qtbot.waitUntil(lambda wanted=expected: view._preview_key is None
                        and not view._ahead_timer.isActive()
                        and (view._ahead_picture is not None or not wanted), timeout=5000)
        assert (view._ahead_picture is not None) == expected, name
        once()  # the same again: its frame copies the picture painted ahead
        key = view._frame_key()
        assert (view._ahead_picture is not None and view._ahead_picture[0] == key) == expected
        viewport.repaint()
        grabbed = viewport.grab().toImage()
        fresh = _fresh_picture(view)
        assert grabbed == fresh.convertToFormat(grabbed.format()), name
        QApplication.processEvents()
        qtbot.waitUntil(lambda: not view._ahead_timer.isActive(), timeout=5000)


def test_the_step_ahead_from_the_first_on_a_loaded_host(qtbot, shown_view, monkeypatch):
    """The test above, with the GUI thread descheduled for 0.3 s (over PICTURE_IDLE_MS)
    each time a step painted ahead is made, as on a loaded host: it timed out once in
    ``make test`` at load 7 (the idle view's sides had taken the step's picture)."""
    import time

    from timeline_app.ui import timeline_view

    paint_slice = timeline_view.TimelineView._paint_slice

    def descheduled(self, job, to_the_end=False):  # type: ignore[no-untyped-def]
        more = paint_slice(self, job, to_the_end)
        if not more and not job.side and self._ahead_picture is not None:
            time.sleep(0.3)
        return more

    monkeypatch.setattr(timeline_view.TimelineView, "_paint_slice", descheduled)
    test_a_key_or_a_wheel_notch_paints_its_next_step_ahead_from_the_first(qtbot, shown_view)


def test_the_step_ahead_from_the_first_on_a_starved_host(qtbot, shown_view, monkeypatch):
    """The test above with the GUI thread descheduled for 0.2 s (over ``WORLD_REST_MS``)
    before every slice of work ahead, as a host at load 9-17 starves it (5 s of wall
    clock and 0.1 s of CPU for one step, sessions 29-31): the view rested in the middle
    of a step's picture, its world chunks were swapped in, the step painted ahead of the
    packing before went with them, and the wait for it timed out."""
    import time

    from timeline_app.ui import timeline_view

    paint_slice = timeline_view.TimelineView._paint_slice

    def starved(self, job, to_the_end=False):  # type: ignore[no-untyped-def]
        time.sleep(0.2)
        return paint_slice(self, job, to_the_end)

    monkeypatch.setattr(timeline_view.TimelineView, "_paint_slice", starved)
    test_a_key_or_a_wheel_notch_paints_its_next_step_ahead_from_the_first(qtbot, shown_view)


def test_a_picture_is_not_reused_in_another_colour_group(shown_view):
    """The palette's colour group (an active, inactive or disabled window) is not in its
    cacheKey but changes colours (the overview's window): a picture made in one, e.g.
    painted ahead before the window lost focus, is not copied in another."""
    view = shown_view(_mixed(300), (900, 500))
    key = view._frame_key()
    view.setEnabled(False)
    try:
        assert view.palette().cacheKey() == key[5]  # the case the group is needed for
        assert view._frame_key() != key
    finally:
        view.setEnabled(True)
    assert view._frame_key() == key


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_notches_about_a_day_kept_in_place_are_painted_ahead(qtbot, shown_view, monkeypatch,
                                                             ratio):
    """Zoom notches about the x of one day, read again after each notch (a selected event's
    marker for Ctrl+plus, the busiest day in ``bench_view``), drift by float rounding: the
    notch is made about the last notch's anchor when this one is within
    ``ANCHOR_SNAP_PX`` of it, so the step painted ahead is the one shown (issue 11), and
    every frame is still a fresh paint's pixels, at one and two device pixels a pixel."""
    from timeline_app.ui.timeline_view import ANCHOR_SNAP_PX

    view = shown_view(_mixed(4500), (1100, 800))
    viewport = view.viewport()
    if ratio != 1.0:
        monkeypatch.setattr(viewport, "devicePixelRatioF", lambda: ratio)
    # The view's wall-clock timers stay out of the count, as in the test of the first
    # step above: this test failed once in make test at load 9-13 (13 notches of 18
    # copied, 14 wanted, at two device pixels a pixel), most likely the same way (a wait
    # outlasted PICTURE_IDLE_MS and the idle view's sides took the step painted ahead;
    # not reproduced on a quiet host).
    view._picture_timer.setInterval(600_000)
    view._ahead_drop_timer.setInterval(600_000)
    first = _dt.date(1995, 2, 1).toordinal()
    view.go_to_days(first, first + 365)
    QApplication.processEvents()
    day = first + 200.5
    drifted = used = 0
    for index, factor in enumerate([1.25] * 9 + [0.8] * 9):
        anchor = view.x_of_day(day)
        last = view._last_move
        if last is not None and last[0][:2] == ("zoom", factor) and last[0][2] != anchor:
            drifted += 1  # the float rounding this is about
            assert abs(anchor - last[0][2]) < 1e-6 < ANCHOR_SNAP_PX
        view.zoom_by(factor, anchor)
        cache = view._ahead_picture
        fresh = _fresh_picture(view, ratio)
        if cache is not None and cache[0] == view._frame_key():
            used += 1
            assert cache[1] == fresh, f"notch {index}: the picture made ahead is another"
        assert _picture(view, ratio) == fresh, f"notch {index}: the layout paints otherwise"
        if ratio == 1.0:
            viewport.repaint()
            grabbed = viewport.grab().toImage()
            assert grabbed == fresh.convertToFormat(grabbed.format()), f"notch {index}"
        else:
            viewport.repaint()
        QApplication.processEvents()
        # (A notch shown stretched: its own picture first, then the step ahead.)
        qtbot.waitUntil(lambda: view._preview_key is None
                        and not view._ahead_timer.isActive(), timeout=5000)
        # The day stays where it was, to far less than a pixel.
        assert abs(view.x_of_day(day) - anchor) < 1e-3
    assert drifted, "the anchors never drifted: the test tests nothing"
    # All but the first notch of each direction copy the step painted ahead.
    assert used >= 18 - 4, used


def test_a_notch_about_another_place_is_not_moved(shown_view):
    """An anchor more than ``ANCHOR_SNAP_PX`` from the last notch's is the anchor: the day
    under it stays under it."""
    view = shown_view(_mixed(4500), (1100, 800))
    first = _dt.date(1995, 2, 1).toordinal()
    view.go_to_days(first, first + 365)
    view.zoom_by(1.25, 333.0)
    day = view.day_at(333.01)
    view.zoom_by(1.25, 333.01)
    assert view.x_of_day(day) == pytest.approx(333.01, abs=1e-6)


def _spans_of_every_kind() -> Timeline:
    """One lane of solid and circa spans, long and too short for pieces, side by side
    with exact and circa days, in every order."""
    first = _dt.date(2010, 1, 1)
    events = []
    for i in range(60):
        day = first + _dt.timedelta(days=3 * i)
        circa = i % 3 == 1
        start = FuzzyDate(day.year, day.month, day.day, Precision.DAY, circa=circa)
        length = (0, 1, 2, 9, 40, 400)[i % 6]
        end = None if length == 0 else FuzzyDate.of_day(day + _dt.timedelta(days=length))
        events.append(Event(f"s{i}", f"Envoys meet {i}", start, end=end, category="meeting"))
    return Timeline.from_events(events)


@pytest.mark.parametrize("ratio", [1.0, 2.0])
@pytest.mark.parametrize("days", [None, 120.0, 30.0])
def test_spans_of_every_kind_batched_are_the_pixels_of_one_by_one(shown_view, monkeypatch,
                                                                   ratio, days):
    """A lane's solid spans are drawn from pieces in one call and its circa spans after
    them (session 14): items never overlap, so the pixels are those of drawing each item
    in turn; in a clipped band (a picture painted in slices) those of the whole paint."""
    view = shown_view(_spans_of_every_kind(), (1000, 700))
    if days is not None:
        first = _dt.date(2010, 2, 1).toordinal()
        view.go_to_days(first, first + days)
    layout = view._layout()
    items = [item for lane in layout.lanes for item in lane.items]
    assert any(item.circa and not item.is_point for item in items)
    assert any(not item.circa and not item.is_point for item in items)
    assert any(item.is_point for item in items)

    def painted(clip: bool) -> QImage:  # the frame picture, maybe in a band
        image = QImage(view.viewport().size() * ratio,
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        image.setDevicePixelRatio(ratio)
        painter = QPainter(image)
        try:
            if clip:
                painter.setClipRect(137, 0, 411, view.viewport().height())
            painter.setFont(view._label_font)
            view._paint(painter, picture=True)
        finally:
            painter.end()
        return image

    view._invalidate()
    batched = painted(False)
    with monkeypatch.context() as patch:
        patch.setattr(TimelineView, "_batched", False)
        view._invalidate()
        assert painted(False) == batched
    # In a band (clipped), circa spans across it are tiled (``_paint_circa_across``):
    # the band's pixels are the whole paint's.
    view._invalidate()
    band = QRect(round(137 * ratio), 0, round(411 * ratio), batched.height())
    assert painted(True).copy(band) == batched.copy(band)
