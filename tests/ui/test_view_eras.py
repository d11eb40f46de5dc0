"""Eras drawn in the view (verify45 F15, session 36): a lane shown as eras is no row but
translucent bands behind every lane, its titles above the first lane; a click on a title
selects the era; the legend marks the lane; Show as Eras is in the legend's, the
timeline's and View → Lanes By's menus (``ui.view_eras``)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate
from timeline_app.ui.view_eras import ERA_LABEL_ROW, EraLabel


def _add_eras(window) -> None:  # type: ignore[no-untyped-def]
    """Two overlapping eras over the default timeline's 1965-2025, in lane "phases"."""
    document = window.document
    document.add_event(Event("era1", "Normalization years and the long negotiation",
                             FuzzyDate.of_year(1970), end=FuzzyDate.of_year(1990),
                             category="phases"))
    document.add_event(Event("era2", "Cold War", FuzzyDate.of_year(1980),
                             end=FuzzyDate.of_year(1991), category="phases"))
    document.set_era_lane("phases", True)
    window.view.fit_all()
    QApplication.processEvents()


def _image(window) -> QImage:  # type: ignore[no-untyped-def]
    return window.view.viewport().grab().toImage()


def _empty_spot(window) -> QPoint:  # type: ignore[no-untyped-def]
    """A point of the Treaty lane's body in 1975: under the 1970-1990 era, no item there
    (the default timeline's treaty is in 1965)."""
    view = window.view
    lane = next(lane for lane in view._layout().lanes if lane.category == "treaty")
    x = round(view.x_of_day(FuzzyDate.of_year(1975).start_day()))
    y = round(lane.top + view._content_offset() + lane.height - 3)
    return QPoint(x, y)


def test_an_era_lane_is_bands_behind_the_lanes_not_a_row(window) -> None:  # type: ignore[no-untyped-def]
    _add_eras(window)
    view = window.view
    assert "phases" not in [lane.category for lane in view._layout().lanes]
    assert view._era_room() == 2 * ERA_LABEL_ROW + 2  # two overlapping eras: two rows
    assert view._layout().lanes[0].top == view._era_room()
    spot = _empty_spot(window)
    with_band = _image(window).pixelColor(spot)
    window.document.set_era_lane("phases", False)  # rows again: the lane's own fill
    QApplication.processEvents()
    assert "phases" in [lane.category for lane in view._layout().lanes]
    spot = _empty_spot(window)
    without = _image(window).pixelColor(spot)
    assert with_band != without
    era = QColor(view._lane_color("phases"))
    # The band's pixel is the lane's fill moved toward the era's colour.
    def distance(a: QColor, b: QColor) -> int:
        return sum(abs(p - q) for p, q in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))

    assert distance(with_band, era) < distance(without, era)
    window.document.undo_stack.undo()  # Show as Eras again
    assert window.document.timeline.is_era_lane("phases")


def test_a_click_on_an_eras_title_selects_it_and_its_tooltip_says_it_whole(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _add_eras(window)
    view = window.view
    box = view.era_title_rect("era1")
    assert not box.isEmpty()
    hit = view._hit(box.center())
    assert isinstance(hit, EraLabel) and hit.event_id == "era1"
    assert "Normalization years and the long negotiation" in view._tooltip_for(hit)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center().toPoint())
    assert window.selection.event_id == "era1"
    assert "Normalization years" in window.detail_pane.plain_text()
    # Below the titles the band is no target: the lanes' items and empty space are.
    assert view._hit(QPointF(_empty_spot(window))) is None


def test_the_legend_marks_the_lane_and_the_menus_switch_it(window) -> None:  # type: ignore[no-untyped-def]
    _add_eras(window)
    legend = window.legend_bar
    assert legend._buttons["phases"].text().endswith("· eras")
    menu = legend.category_menu("phases")
    entry = next(a for a in menu.actions() if a.text() == "Show as &Eras")
    assert entry.isCheckable() and entry.isChecked()
    entry.trigger()
    assert not window.document.timeline.is_era_lane("phases")
    assert not legend._buttons["phases"].text().endswith("· eras")
    # View → Lanes By → Show as Eras ▸, from the keyboard's menus.
    sub = window.era_lanes_menu
    sub.aboutToShow.emit()
    treaty = next(a for a in sub.actions() if a.text().replace("&", "") == "Treaty")
    assert not treaty.isChecked()
    treaty.trigger()
    assert window.document.timeline.is_era_lane("treaty")
    assert window.document.undo_stack.undoText() == "Show Treaty as Eras"
    # The timeline's menu on an event: its lane's entry.
    menu = window.context_menu_for("era1")
    entry = next(a for a in menu.actions() if a.text() == "Show Lane Phases as E&ras")
    assert not entry.isChecked()
    entry.trigger()
    assert window.document.timeline.is_era_lane("phases")


def test_hiding_the_era_lane_hides_its_bands_and_renaming_keeps_them(window) -> None:  # type: ignore[no-untyped-def]
    _add_eras(window)
    view = window.view
    assert len(view._eras_on_screen()) == 2
    window.find_state.toggle_category("phases")  # a click on its legend entry
    QApplication.processEvents()
    assert view._eras_on_screen() == [] and view._era_room() == 0
    window.find_state.toggle_category("phases")
    QApplication.processEvents()
    assert len(view._eras_on_screen()) == 2
    window.document.rename_lane("phases", "Filling phases")
    QApplication.processEvents()
    assert {event.category for event, *_ in view._eras_on_screen()} == {"Filling phases"}
    assert "Filling phases" not in [lane.category for lane in view._layout().lanes]


def test_every_frame_of_a_drag_over_eras_is_a_fresh_paint(qtbot, shown_view) -> None:  # type: ignore[no-untyped-def]
    """The bands and titles go with the pan's tiles and frames as the lanes do: each
    frame of a drag is what a whole paint of the view gives."""
    import datetime as dt

    import view_pictures
    from PySide6.QtCore import QEvent
    from test_view_batched_paint import _mixed
    from test_view_drag_frames import MOVES, _drag, _mouse

    timeline = _mixed(600)
    first = dt.date(1990, 1, 1).toordinal()
    for n in range(12):  # 12 eras of 200 days, two by two overlapping
        start, end = first + 150 * n, first + 150 * n + 200
        timeline.add(Event(f"era{n}", f"Phase {n + 1} of the long talks",
                           FuzzyDate.of_day(dt.date.fromordinal(start)),
                           end=FuzzyDate.of_day(dt.date.fromordinal(end)), category="phases"))
    timeline.era_lanes = frozenset({"phases"})
    view = shown_view(timeline, (1100, 560))
    press, _ = _drag(view, 400.0)
    assert view._eras_on_screen()
    viewport = view.viewport()
    x, y = press.x(), press.y()
    for index, (dx, dy) in enumerate(MOVES):
        x, y = x + dx, y + dy
        _mouse(view, QEvent.Type.MouseMove, QPointF(x, y), Qt.MouseButton.LeftButton)
        viewport.repaint()
        shown = viewport.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        expected = view_pictures.whole_paint(view).convertToFormat(QImage.Format.Format_RGB32)
        assert shown == expected, f"move {index}: the frame is not a fresh paint"
    _mouse(view, QEvent.Type.MouseButtonRelease, QPointF(x, y), Qt.MouseButton.NoButton)


def test_the_backdrop_holds_the_bands_as_the_fills_draw_them(qtbot, shown_view) -> None:  # type: ignore[no-untyped-def]
    """The bands composed into the backdrop's tiles (a row of them a frame) give the
    pixels one translucent fill per era gives (the paint without a backdrop), within a
    unit of rounding where two bands overlap."""
    import datetime as dt

    from test_view_batched_paint import _mixed

    timeline = _mixed(300)
    first = dt.date(1995, 2, 1).toordinal()
    for n in range(6):  # two by two overlapping
        timeline.add(Event(f"era{n}", f"Phase {n + 1}",
                           FuzzyDate.of_day(dt.date.fromordinal(first + 40 * n)),
                           end=FuzzyDate.of_day(dt.date.fromordinal(first + 40 * n + 55)),
                           category="phases"))
    timeline.era_lanes = frozenset({"phases"})
    view = shown_view(timeline, (1100, 560))
    view.go_to_days(first - 20, first + 300)
    QApplication.processEvents()

    def painted() -> QImage:
        image = QImage(view.viewport().size(), QImage.Format.Format_RGB32)
        image.fill(0xFFFF00FF)
        painter = QPainter(image)
        try:
            painter.setFont(view._label_font)
            view._paint(painter, picture=True)
        finally:
            painter.end()
        return image

    tiled = painted()
    assert view._eras_in_backdrop
    view._batched = False  # (no backdrop: the lanes' fills, then one fill an era)
    filled = painted()
    assert not view._eras_in_backdrop
    worst = 0
    for y in range(0, tiled.height(), 7):
        for x in range(0, tiled.width(), 3):
            a, b = tiled.pixelColor(x, y), filled.pixelColor(x, y)
            worst = max(worst, abs(a.red() - b.red()), abs(a.green() - b.green()),
                        abs(a.blue() - b.blue()))
    assert worst <= 1


def test_show_as_eras_lists_only_the_timelines_lanes(window) -> None:  # type: ignore[no-untyped-def]
    """verify48 F13: once a lane was ticked, View → Lanes By → Show as Eras ▸ listed the
    built-in era lane names "Era" and "Eras", ticked, though no event is in them."""
    _add_eras(window)
    sub = window.era_lanes_menu
    sub.aboutToShow.emit()
    listed = [a.text().replace("&", "") for a in sub.actions()]
    assert "Phases" in listed and "Treaty" in listed
    assert not {"Era", "Eras", "era", "eras"} & set(listed)
