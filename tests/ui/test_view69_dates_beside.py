"""verify69 F16: the first view showed every title but no date (a date came only from a
click or the axis; across the "≈ 57 years" band a month could not be told), and after
"−" three times the 60th anniversary's bar was cut by the view's right edge.

Each whole title now has its date beside it where its row has room (``view_dates``), in
the small font and a dimmed colour; a zoom out by a key or a button moves the view so
that no marker is cut by its edge when it can.  This changes the default first view on
purpose (the dates are new pixels; no title, marker or label moved).  Fails on int53
``e9de7491``: no ``date_beside``; the zoom out left the 2024 dispute's bar across the
right edge.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.style import contrast_ratio
from timeline_app.ui.view_dates import DATE_GAP, DATED_TITLE_LEAST_PX, short_date

SCREENS = [(1366, 740), (1280, 800), (1024, 640), (800, 600)]


def _started(qtbot, monkeypatch, screen):  # type: ignore[no-untyped-def]
    from timeline_app.app import create_main_window
    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _window: QRect(0, 0, *screen))
    win = create_main_window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_date_is_written_at_its_precision_with_short_months() -> None:
    def event(date: FuzzyDate, end: FuzzyDate | None = None) -> Event:
        return Event(id="e", title="x", date=date, end=end)

    assert short_date(event(FuzzyDate.of_month(1965, 6))) == "Jun 1965"
    assert short_date(event(FuzzyDate.of_day(dt.date(2025, 3, 22)))) == "22 Mar 2025"
    assert short_date(event(FuzzyDate.of_year(1592, circa=True))) == "c. 1592"
    assert short_date(event(FuzzyDate.of_day(dt.date(2024, 5, 3)),
                            FuzzyDate.of_day(dt.date(2024, 6, 5)))) == "3 May – 5 Jun 2024"


@pytest.mark.parametrize("screen", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_the_first_view_dates_titles_where_their_rows_have_room(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, screen):
    """Every date beside its whole title, inside the view, out of the band, clear of
    every marker, title and other date; at a laptop's 1366×768 six of the eight."""
    win = _started(qtbot, monkeypatch, screen)
    view = win.view
    timeline = win.document.timeline
    width = view.viewport().width()
    area = view.events_area()
    bands = [seg.band for seg in view._axis_segments() if seg.band is not None]
    dated = {}
    for event in timeline:
        text, box = view.date_beside(event.id)
        if not text:
            continue
        assert text == short_date(event)
        # a whole title, or one shortened already and long enough to keep its date
        # (verify79 F13: the date first, ``view_dates.DATED_TITLE_LEAST_PX``)
        assert view.label_text(event.id) == event.title or (
            view.label_rect(event.id).width() >= DATED_TITLE_LEAST_PX - 0.5)
        assert 0 < box.left() and box.right() < width, (text, box)
        assert area.contains(box.toAlignedRect()), (text, box)
        for x0, x1 in bands:
            assert box.right() <= x0 or box.left() >= x1, (text, box, x0, x1)
        dated[event.id] = box
    for event_id, box in dated.items():
        for other in timeline:
            for rect in (view.label_rect(other.id), view.marker_rect(other.id)):
                if rect.isValid() and not rect.isEmpty():
                    assert not box.adjusted(-DATE_GAP + 1, 0, DATE_GAP - 1, 0).intersects(
                        rect), (event_id, other.title)
            if other.id != event_id and other.id in dated:
                assert not box.intersects(dated[other.id])
    if screen == (1366, 740):
        assert len(dated) >= 6, [e.title for e in timeline if e.id not in dated]
        # The two of 22 March 2025 say their day, the Munich meeting its month.
        titles = {timeline.get(i).title: view.date_beside(i)[0] for i in dated}
        assert titles["Cho and Iwaya meet in Munich"] == "Feb 2025"
        assert titles["Cho and Iwaya hold bilateral talks in Tokyo"] == "22 Mar 2025"
    else:  # (800×600: Iwaya's visit; the Munich meeting's would touch the band)
        assert len(dated) >= (1 if screen[0] < 1000 else 4)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_date_is_drawn_quieter_than_its_title_and_readable(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, theme):
    """The date's ink is there, lighter than the title's and at AA contrast (4.5:1)
    against its lane."""
    win = _started(qtbot, monkeypatch, (1366, 740))
    if theme == "dark":
        win.set_theme("dark")
        qtbot.wait(50)
    view = win.view
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    event = next(e for e in win.document.timeline if e.title == "Iwaya visits Seoul")
    _text, box = view.date_beside(event.id)
    assert box.isValid()
    base = image.pixelColor(round((box.left() - 3) * ratio), round(box.center().y() * ratio))

    def darkest(rect) -> QColor:  # type: ignore[no-untyped-def]
        """The pixel of ``rect`` farthest from the lane's colour (the text's ink)."""
        pixels = [image.pixelColor(x, y)
                  for x in range(round(rect.left() * ratio), round(rect.right() * ratio))
                  for y in range(round(rect.top() * ratio), round(rect.bottom() * ratio))]
        return max(pixels, key=lambda c: contrast_ratio(c, base))

    date_ink = darkest(box)
    title_ink = darkest(view.label_rect(event.id))
    assert contrast_ratio(date_ink, base) >= 4.5, (date_ink.name(), base.name())
    assert contrast_ratio(date_ink, base) < contrast_ratio(title_ink, base)


def test_zooming_out_leaves_no_marker_across_the_views_edge(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """verify69 F16's steps: a year of 2023 shown, then Zoom Out three times."""
    win = _started(qtbot, monkeypatch, (1366, 740))
    view = win.view
    view.go_to_days(dt.date(2023, 2, 17).toordinal(), dt.date(2024, 3, 7).toordinal())
    qtbot.wait(20)
    width = view.viewport().width()
    for step in range(3):
        win.zoom_out_action.trigger()
        qtbot.wait(20)
        for event in win.document.timeline:
            marker = view.marker_rect(event.id)
            if marker.isValid() and not marker.isEmpty():
                assert not marker.left() < 0 < marker.right(), (step, event.title)
                assert not marker.left() < width < marker.right(), (step, event.title)


def test_a_wheels_zoom_out_keeps_the_day_under_the_pointer(qtbot, shown_view):  # type: ignore[no-untyped-def]
    """The nudge is for keys and buttons: a wheel's notch zooms about the pointer."""
    day = dt.date(2020, 1, 1)
    events = [Event(id=f"e{i}", title=f"Meeting {i}",
                    date=FuzzyDate.of_day(day + dt.timedelta(days=40 * i))) for i in range(12)]
    view = shown_view(Timeline.from_events(events), (700, 400))
    view.go_to_days((day + dt.timedelta(days=100)).toordinal(),
                    (day + dt.timedelta(days=200)).toordinal())
    anchor = 350.0
    before = view.day_at(anchor)
    view.zoom_by(1 / 1.5, anchor)
    assert view.day_at(anchor) == pytest.approx(before, abs=1e-6)


def test_a_crowded_lane_has_no_dates(qtbot, shown_view, monkeypatch):  # type: ignore[no-untyped-def]
    """A lane with more than ``DATES_MOST_ITEMS`` items on screen has no dates (frame
    cost, issue 11): the same lane of three meetings is dated, then not at a limit of 2."""
    from timeline_app.ui import view_dates

    day = dt.date(2020, 1, 1)
    events = [Event(id=f"t{i}", title=f"Talks {i}",
                    date=FuzzyDate.of_day(day + dt.timedelta(days=60 * i))) for i in range(3)]
    view = shown_view(Timeline.from_events(events), (1200, 500))
    assert any(view.date_beside(e.id)[0] for e in events)
    monkeypatch.setattr(view_dates, "DATES_MOST_ITEMS", 2)
    view._layout().dates = None
    assert not any(view.date_beside(e.id)[0] for e in events)


def test_two_dates_of_one_row_never_overlap() -> None:
    """verify71 F5: "3 Dec 2026" right of a title and a bar's "spring 2027" left of it were
    drawn over each other ("3 Dec 2026 g 2027"): a date placed is kept clear of by the next."""
    from types import SimpleNamespace

    from timeline_app.ui.view_dates import DatesMixin

    def item(event_id, label_box, marker_box, inside=False):  # type: ignore[no-untyped-def]
        return SimpleNamespace(event_id=event_id, label=event_id, label_box=label_box,
                               marker_box=marker_box, label_inside=inside)

    events = {e: Event(id=e, title=e, date=FuzzyDate.of_day(dt.date(2026, 12, 3)))
              for e in ("A meeting", "Technical meeting")}
    lane = SimpleNamespace(items=[item("A meeting", (20.0, 10.0, 75.0, 16.0),
                                       (100.0, 10.0, 10.0, 16.0)),
                                  item("Technical meeting", (200.0, 10.0, 200.0, 16.0),
                                       (200.0, 10.0, 200.0, 16.0), inside=True)],
                           indicator_rects=[], plate_w=0.0)
    owner = SimpleNamespace(_small_width=lambda _text: 60.0)
    dates: dict = {}
    DatesMixin._lane_dates(owner, lane,  # type: ignore[arg-type]
                           Timeline.from_events(list(events.values())), 420, (), dates)
    boxes = [box for _text, box in dates.values()]
    assert len(boxes) >= 1
    for i, one in enumerate(boxes):
        for other in boxes[i + 1:]:
            assert one.right() + DATE_GAP <= other.left() or other.right() + DATE_GAP <= one.left()
