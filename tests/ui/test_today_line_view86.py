"""verify87 F4: a correspondent following a peace process into the coming months read the
red dashed line (the article's date, 27 Nov) as today (7 Dec): nothing on the timeline
showed today, and Filters → From refused "today", which the event editor and Go to Date
read.  The timeline now draws a solid today line under a "Today · 7 Dec 2026" badge, apart
from the article's badge, and From and To read every word Go to Date reads, counted from
``core.clock.today`` (fixed here)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor

from tests.ui.test_filter_article_outlet import window_with_filters
from tests.ui.test_filter_bc_dates import _filter
from tests.ui.test_find_filter import _list_ids
from timeline_app.core import Event, FuzzyDate, Source, Timeline, clock
from timeline_app.ui.view_axis import TODAY_COLORS

TODAY = dt.date(2026, 12, 7)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 12, 7, 15, 30))


def _story() -> Timeline:
    """An article of 27 November 2026, with what happened before it and what is planned."""
    source = Source("wire", title="Truce agreed at Lake Orvin",
                    dateline_date=dt.date(2026, 11, 27))
    day = FuzzyDate.of_ymd
    return Timeline.from_events([
        Event("truce", "Truce agreed at Lake Orvin", day(2026, 11, 27), source_id="wire"),
        Event("shelling", "Shelling near Mireth", day(2026, 12, 1), source_id="wire"),
        Event("swap", "Detainee swap (scheduled)", day(2026, 12, 20), source_id="wire"),
        Event("talks", "Talks resume (scheduled)", day(2027, 1, 14), source_id="wire"),
        Event("vote", "Assembly vote (scheduled)", day(2027, 2, 3), source_id="wire"),
    ], sources={"wire": source})


def test_a_today_line_apart_from_the_articles_line(shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_story(), size=(900, 420))
    view.go_to_date(TODAY, days_shown=60.0)
    x = view._today_x()
    assert x is not None and abs(x - view.x_of_day(TODAY.toordinal() + 0.5)) < 0.01
    badge = view._today_badge(view.viewport().width())
    assert badge is not None and badge[1] == "Today · 7 Dec 2026"
    box = badge[0]
    # Over its own line, and clear of the article's badge ("Article · 27 Nov 2026").
    assert box.left() <= x <= box.right()
    articles = view._article_badges(view.viewport().width())
    assert [label for _box, label in articles] == ["Article · 27 Nov 2026"]
    assert not articles[0][0].adjusted(-2, 0, 2, 0).intersects(box)
    # The line is drawn down the lanes, solid, in its own colour (no article red).
    image = view.viewport().grab().toImage()
    line = QColor(TODAY_COLORS[False][0])
    column = round(x - 1)
    bottom = view.viewport().height() - 5
    assert image.pixelColor(column, bottom).rgb() == line.rgb()
    assert image.pixelColor(column, bottom - 3).rgb() == line.rgb()  # not dashed


def test_the_badges_tooltips_say_which_line_is_which(shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_story(), size=(900, 420))
    view.go_to_date(TODAY, days_shown=60.0)
    width = view.viewport().width()
    today_box = view._today_badge(width)[0]
    assert view._article_badge_tip(today_box.center()).startswith(
        "Today, 7 December 2026 (the computer's date): the solid line.")
    article_box = view._article_badges(width)[0][0]
    assert view._article_badge_tip(article_box.center()) == (
        "An article dated 27 November 2026: the red dashed line")


def test_no_line_when_today_is_out_of_view(shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_story(), size=(900, 420))
    view.go_to_date(dt.date(2025, 3, 1), days_shown=30.0)
    assert view._today_x() is None and view._today_columns() == []
    # (its badge is pinned at the edge: test_today_badge_fix94)


def test_pictures_without_article_marks_leave_it_out(shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_story(), size=(900, 420))
    view.go_to_date(TODAY, days_shown=60.0)
    view.article_marks = False
    assert view._today_x() is None


def test_filters_read_today_as_go_to_date_does(qtbot):  # type: ignore[no-untyped-def]
    window = window_with_filters(qtbot, _story())
    _filter(window, qtbot, "today", "")
    assert window.filter_panel.date_problem.text() == ""
    assert window.find_state.filter.first_day == TODAY.toordinal()
    assert set(_list_ids(window)) == {"swap", "talks", "vote"}
    _filter(window, qtbot, "last Tuesday", "tomorrow")  # 1 December to 8 December
    assert window.find_state.filter.first_day == dt.date(2026, 12, 1).toordinal()
    assert window.find_state.filter.last_day == dt.date(2026, 12, 8).toordinal()
    assert set(_list_ids(window)) == {"shelling"}


@pytest.mark.parametrize(("text", "first", "last"), [
    ("December 2026-May 2027", "December 2026", "May 2027"),
    ("Nov. 2026-Jan. 2027", "November 2026", "January 2027"),
])
def test_a_hyphen_across_two_years(text: str, first: str, last: str) -> None:
    from timeline_app.core.parse_date import parse_typed_date

    result = parse_typed_date(text, True)
    assert result.error is None
    assert (str(result.date), str(result.end)) == (first, last)
    # One day and one month with a year first stay what they were.
    assert str(parse_typed_date("2012-Nov-19", True).date) == "19 November 2012"
    assert str(parse_typed_date("2012-November", True).date) == "November 2012"


def _long_story() -> Timeline:
    """Five background events of 2017-2024, then ten of late November 2026 - 2027 (the
    shape of verify87's file, with other names): a year-dated plan runs to 2028."""
    day, month, year = FuzzyDate.of_ymd, FuzzyDate.of_month, FuzzyDate.of_year
    rows = [
        ("begins", "Uprising begins in Sorrel", month(2017, 3), "dispute"),
        ("accord", "Framework accord reached", year(2019), "treaty"),
        ("geneva", "Ceasefire signed in Lausanne", day(2021, 6, 3), "treaty"),
        ("stall", "Talks stall in Varn", month(2024, 2), "meeting"),
        ("truce", "Last truce", month(2024, 8), "treaty"),
        ("deal", "Sides agree at Lake Orvin", day(2026, 11, 27), "treaty"),
        ("effect", "Truce takes effect", day(2026, 11, 29), "event"),
        ("guns", "Guns fire near Mireth", day(2026, 12, 1), "dispute"),
        ("delay", "Next session delayed", day(2026, 12, 4), "meeting"),
        ("swap", "Detainee swap (scheduled)", month(2026, 12), "event"),
        ("visit", "President visits Oster (scheduled)", year(2027), "meeting"),
        ("vote", "Assembly vote (scheduled)", day(2027, 1, 20), "event"),
        ("talks", "Talks resume (scheduled)", day(2027, 2, 2), "policy"),
        ("round", "Next round (scheduled)", month(2027, 3), "meeting"),
        ("donors", "Donors meet (scheduled)", month(2027, 4), "meeting"),
    ]
    return Timeline.from_events([Event(i, t, d, category=c) for i, t, d, c in rows])


def test_fit_all_gives_the_news_and_what_comes_next_room(shown_view):  # type: ignore[no-untyped-def]
    """verify87 F6: every event from late November 2026 on sat in ~60 px at the right edge
    of Fit All, every title whole: the story is now drawn wider than its days."""
    view = shown_view(_long_story(), size=(960, 600))
    deal = view.x_of_day(dt.date(2026, 11, 27).toordinal() + 0.5)
    donors = view.x_of_day(dt.date(2027, 4, 1).toordinal())
    first = view.x_of_day(dt.date(2017, 3, 1).toordinal())
    width = view.viewport().width()
    assert donors - deal >= 100  # (was 27 px at this size; 126 now)
    assert 0 <= first < deal < donors < width  # the rest kept in view


def test_zoom_in_keeps_today_in_place_with_nothing_selected(shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_long_story(), size=(960, 600))
    x = view._today_x()
    assert x is not None
    for _ in range(3):
        view.zoom_by_input(1.5)
        assert abs(view._today_x() - x) < 1.0


def test_a_title_shortened_left_of_its_marker_ends_at_it(shown_view):  # type: ignore[no-untyped-def]
    """verify87 F8: a long title with no room right of its marker went left of it, cut at
    a word ("Government of … and the Ostrand…"), and stood up to a word's px away from its
    marker, where its room began."""
    from timeline_app.ui.layout import LABEL_GAP

    timeline = Timeline.from_events([
        Event("truce", "Last truce", FuzzyDate.of_month(2024, 8), category="treaty"),
        Event("deal", "Government of Sorrel and the Eastern Valleys Council agreed at "
              "Lake Orvin", FuzzyDate.of_ymd(2026, 11, 27), category="treaty"),
    ])
    view = shown_view(timeline, size=(420, 300))
    day = dt.date(2026, 11, 27).toordinal()
    cut_at_a_word = 0
    for after in range(20, 90, 6):
        view.go_to_days(day - 120, day + after)
        item = view._layout().items_by_id["deal"]
        assert item.label_rect.right() < item.marker.left()  # left of its marker ...
        assert abs(item.marker.left() - LABEL_GAP - item.label_rect.right()) < 1.0  # at it
        cut_at_a_word += item.label.endswith("…") and item.label_rect.left() > 1
    assert cut_at_a_word  # (shortened with room before it: the case of the finding)


@pytest.mark.usefixtures("world_packing")
def test_pans_over_the_today_line_equal_a_fresh_paint(  # type: ignore[no-untyped-def]
        qtbot, shown_view, monkeypatch):
    """The line is in the backdrop's tiles and moves with a pan's picture (``view_ride``):
    each frame of scroll-bar pans across it is what a whole paint gives."""
    from test_view_ride import FIRST, _differing, _frame, _view_at

    from timeline_app.ui import view_ride

    monkeypatch.setattr(view_ride, "RIDE_PANS", True)
    monkeypatch.setattr(view_ride, "RIDE_MOVED_PICTURES", True)
    monkeypatch.setattr(clock, "today", lambda: dt.date.fromordinal(FIRST + 70))
    view = _view_at(shown_view, 120)
    assert view._today_columns()
    bar = view.horizontalScrollBar()
    step = max(1, bar.pageStep() // 8)
    for pan in range(10):
        bar.setValue(bar.value() + (step if pan < 6 else -step))
        _frame(view)
        assert _differing(view) == 0, f"pan {pan}"


def test_fit_all_after_go_to_date_zooms_about_today_again(shown_view, monkeypatch):  # type: ignore[no-untyped-def]
    """Go to Date makes "+" zoom about the middle (the date gone to) until an event is
    selected; a Fit All (Ctrl+0) after it shows the whole timeline again, and "+" keeps
    the today line in place again (seen under Xvfb: Go to Date, Ctrl+0, "+" three times
    moved the line 37 px)."""
    view = shown_view(_long_story(), size=(960, 600))
    monkeypatch.setattr(type(view), "prompt", staticmethod(lambda *_a: "March 2027"))
    assert view.ask_go_to_date()
    view.fit_all()
    x = view._today_x()
    assert x is not None
    view.zoom_by_input(1.5)
    assert abs(view._today_x() - x) < 1.0


def test_the_badge_finds_room_between_two_article_badges(shown_view):  # type: ignore[no-untyped-def]
    """Its line between the badges of two articles' lines (27 Nov and 14 Dec) that leave
    no room over it: the badge stands in the nearest free stretch (it went back and forth
    between the two and was not drawn, seen under Xvfb)."""
    first = Source("one", title="Truce agreed", dateline_date=dt.date(2026, 11, 27))
    second = Source("two", title="Guns again", dateline_date=dt.date(2026, 12, 14))
    timeline = Timeline.from_events([
        Event("a", "Truce agreed", FuzzyDate.of_ymd(2026, 11, 27), source_id="one"),
        Event("b", "Guns fire again", FuzzyDate.of_ymd(2026, 12, 14), source_id="two"),
    ], sources={"one": first, "two": second})
    view = shown_view(timeline, size=(900, 420))
    width = view.viewport().width()
    for days in (400.0, 300.0, 200.0, 120.0):
        view.go_to_date(TODAY, days_shown=days)
        articles = [box for box, _label in view._article_badges(width)]
        badge = view._today_badge(width)
        assert badge is not None, days
        assert all(not box.adjusted(-2, 0, 2, 0).intersects(badge[0]) for box in articles)
