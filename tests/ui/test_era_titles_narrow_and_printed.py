"""Era titles where edit34 left none (session 36's report): a band narrower than
``ERA_LEAST_TITLE_PX`` drew no title (a dam's filling seasons at Fit All), and a print
drew the titles on its first page only while the bands went on over every page.
Each fails on main ``ad8e74e8``."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from tests.ui.view_pictures import rendered_as_picture
from timeline_app.core import Event, FuzzyDate
from timeline_app.ui.view_base import LANES_TOP
from timeline_app.ui.view_eras import ERA_LEAST_TITLE_PX, EraLabel


def _fillings(window) -> None:  # type: ignore[no-untyped-def]
    """Two short eras (a month each, a few px at the default timeline's Fit All) and
    a long one, in lane "phases" shown as eras."""
    document = window.document
    document.add_event(Event("f1", "First filling of the reservoir", FuzzyDate.of_month(2000, 7),
                             category="phases"))
    document.add_event(Event("f2", "Second filling", FuzzyDate.of_month(2000, 9),
                             category="phases"))
    document.add_event(Event("long", "Cold War", FuzzyDate.of_year(1970),
                             end=FuzzyDate.of_year(1990), category="phases"))
    document.set_era_lane("phases", True)
    window.view.fit_all()
    QApplication.processEvents()


def test_a_narrow_bands_title_goes_into_the_room_after_it(window) -> None:  # type: ignore[no-untyped-def]
    _fillings(window)
    view = window.view
    x0 = view.x_of_day(FuzzyDate.of_month(2000, 7).start_day())
    x1 = view.x_of_day(FuzzyDate.of_month(2000, 8).start_day())
    assert x1 - x0 < ERA_LEAST_TITLE_PX  # narrow
    box = view.era_title_rect("f1")
    assert box.width() >= 100 and abs(box.left() - x0) <= 3  # was no title at all
    # The next narrow band, under the first's title: no title of its own (a title there
    # would sit off its band), but its band's title row still names it on hover.
    assert view.era_title_rect("f2").width() == 0
    x2 = view.x_of_day(FuzzyDate.of_month(2000, 9).start_day())
    hit = view._hit(QPoint(round(x2) + 1, round(view.era_title_rect("f2").center().y())))
    assert isinstance(hit, EraLabel) and hit.event_id == "f2"
    # Drawn: dark text pixels in the first's title box, right of its band.
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    inked = [x for x in range(round(x1 + 4), round(box.right()))
             for y in range(round(box.top()), round(box.bottom()))
             if image.pixelColor(round(x * ratio), round(y * ratio)).lightness() < 100]
    assert inked


def _page_image(view, top: float, bottom: float, titles: bool) -> QImage:  # type: ignore[no-untyped-def]
    with view.page_rows(top, bottom, titles) as size:
        return rendered_as_picture(view, size)


def test_a_printed_page_after_the_first_draws_the_era_titles(window) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui import print_pages

    _fillings(window)
    from timeline_app.ui.export_picture import whole_timeline_view

    view = whole_timeline_view(window.document)
    try:
        room = view.era_title_room()
        assert room > 0
        lanes = view.laid_out_lanes()
        top, bottom = lanes[1].top, lanes[1].top + lanes[1].height  # page 2: lane 2
        box = view.era_title_rect("long")
        strip = QRectF(box.left(), LANES_TOP, box.width(), room)

        def ink(image: QImage) -> int:
            return sum(image.pixelColor(x, y).lightness() < 100
                       for x in range(round(strip.left()), round(strip.right()))
                       for y in range(round(strip.top()), round(strip.bottom())))

        assert ink(_page_image(view, top, bottom, True)) > 20  # "Cold War" there
        # The page's rows below the titles: the lane's, as without them.
        with view.page_rows(top, bottom, True) as size:
            assert size.height() == LANES_TOP + round(room) + round(bottom - top)
        # paint_pages asks for them on every page but the first.
        asked: list[bool] = []
        real = view.page_rows

        def spy(top, bottom, era_titles=False):  # type: ignore[no-untyped-def]
            asked.append(era_titles)
            return real(top, bottom, era_titles)

        view.page_rows = spy
        image = QImage(1400, 330, QImage.Format.Format_ARGB32)  # (a short page)
        image.fill(QColor("white"))
        pages = print_pages.paint_pages(image, view, "T", "s", new_page=lambda: True)
        assert pages > 1 and asked == [False] + [True] * (pages - 1)
    finally:
        view.deleteLater()


def test_by_participant_an_eras_events_are_bands_not_rows(window) -> None:  # type: ignore[no-untyped-def]
    """By participant or place, the events of a lane shown as eras were ordinary events
    of each participant's lane (edit34 drew bands by category only)."""
    document = window.document
    document.add_event(Event("long", "Cold War", FuzzyDate.of_year(1970),
                             end=FuzzyDate.of_year(1990), category="phases",
                             participants=("Japan", "South Korea")))
    document.set_era_lane("phases", True)
    view = window.view
    view.set_lanes_by("participant")
    view.fit_all()
    QApplication.processEvents()
    drawn = {item.event_id for lane in view._layout().lanes for item in lane.items}
    assert "long" not in drawn  # no row of Japan's or South Korea's lane
    assert [event.id for event, *_ in view._eras_on_screen()] == ["long"]
    assert all(not key.startswith("\x00") for key, _count in view.named_lane_counts())
    assert window.era_lanes_menu.menuAction().isEnabled()
    # An edit of the era (one event placed again, not a rebuild) keeps it a band.
    document.update_event(dataclasses.replace(document.timeline.get("long"),
                                              title="The Cold War"))
    QApplication.processEvents()
    assert [event.title for event, *_ in view._eras_on_screen()] == ["The Cold War"]
    assert "long" not in {item.event_id for lane in view._layout().lanes for item in lane.items}
    document.set_era_lane("phases", False)  # rows again, in each participant's lane
    QApplication.processEvents()
    rows = [lane.category for lane in view._layout().lanes
            if "long" in {item.event_id for item in lane.items}]
    assert sorted(rows) == ["Japan", "South Korea"]
