"""Fit All gives the width to the story, not to two old background events (verify49 F12).

A new user's timeline of the Somalia-Ethiopia port deal: 32 events, "1991" and "1993"
(background, dated to a year), then 30 between January 2024 and March 2027.  At 1920×1080
Fit All gave 1991-1994 about 35 % of the width (three years, as many days as the story's),
the story's lanes "+2", "+2", "+1" badges and cut titles.  Fit All now draws a stretch of a
few events narrower than its days when its titles need less (``scale.Squeeze``,
``TimelineView._fit_squeeze``): the story's 30 titles are whole and the old stretch is a
strip at the left.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import Precision
from timeline_app.ui.view_base import FIT_WAYS_SETTLE_MS

# (date, precision, part, end, category, title): her timeline (/tmp/v49/somalia.json)
SOMALIA = [
    ('1991', 'year', None, None, 'statement', 'Somaliland declares independence from Somalia'),
    ('1993', 'year', None, None, 'event', "Eritrea's independence"),
    ('2024-01-01', 'day', None, None, 'treaty', 'Abiy Ahmed signs memorandum of understanding'),
    ('2024-01-02', 'day', None, None, 'dispute', 'Somalia recalls its ambassador'),
    ('2024-01-06', 'day', None, None, 'event', 'Somalia nullifies the memorandum by Law No. 1'),
    ('2024-01-18', 'day', None, None, 'meeting',
     'IGAD emergency summit in Kampala on the memorandum'),
    ('2024-02', 'month', None, None, 'treaty',
     'Somalia and Turkey sign defence and economic cooperation agreement'),
    ('2024-02-21', 'day', None, None, 'treaty',
     'Somali parliament approves defence pact with Türkiye'),
    ('2024-04-04', 'day', None, None, 'dispute', "Mogadishu expels Ethiopia's ambassador"),
    ('2024-07', 'month', None, None, 'meeting', 'First round of indirect talks in Ankara'),
    ('2024-08-12', 'day', None, '2024-08-13', 'meeting', 'Second round of Ankara talks'),
    ('2024-08-14', 'day', None, None, 'treaty', 'Egypt and Somalia sign defence pact'),
    ('2024-08-27', 'day', None, None, 'event', 'First Egyptian weapons land in Mogadishu'),
    ('2024-09-17', 'day', None, None, 'meeting', 'Third round of Ankara talks postponed'),
    ('2024-11', 'month', None, None, 'event',
     'Abdirahman Mohamed Abdullahi (Irro) wins Somaliland presidential election'),
    ('2024-12-11', 'day', None, None, 'treaty',
     'Erdogan brokers the Ankara Declaration between Somalia and Ethiopia'),
    ('2024-12-12', 'day', None, None, 'event',
     'Abdirahman Mohamed Abdullahi takes office as Somaliland president'),
    ('2025-01', 'month', None, None, 'treaty',
     'Somalia and Ethiopia restore full diplomatic relations'),
    ('2025-01-11', 'day', None, None, 'visit', 'Hassan Sheikh Mohamud visits Addis Ababa'),
    ('2025-02-18', 'day', None, None, 'meeting',
     'Technical delegations meet for the first time in Ankara'),
    ('2025-02-27', 'day', None, None, 'meeting',
     'Hassan Sheikh Mohamud and Abiy Ahmed meet in Mogadishu'),
    ('2026', 'part_of_year', 'SP', None, 'policy', 'Technical talks resume'),
    ('2026-10-20', 'day', None, None, 'meeting',
     'Somali and Ethiopian defence chiefs meet in Djibouti'),
    ('2026-11-12', 'day', None, '2026-11-30', 'event', 'Fifth round of technical talks in Ankara'),
    ('2026-11-16', 'day', None, None, 'statement',
     'Fidan says Somali-Ethiopian talks in Ankara are in final stage'),
    ('2026-11-30', 'day', None, None, 'treaty',
     'Somalia and Ethiopia agree terms of Ethiopian sea access in Ankara'),
    ('2026-12-01', 'day', None, None, 'statement', 'African Union welcomes the agreement'),
    ('2026-12-03', 'day', None, None, 'meeting', 'Fiqi and Fidan speak by telephone'),
    ('2026-12-18', 'day', None, None, 'treaty',
     'Signing ceremony of the sea-access agreement in Ankara (scheduled)'),
    ('2027-01', 'month', None, None, 'treaty',
     'Ethiopian parliament ratifies the sea-access agreement (scheduled)'),
    ('2027-01-12', 'day', None, '2027-01-14', 'meeting',
     'Somalia, Ethiopia and Turkey meet in Mogadishu (scheduled)'),
    ('2027-03', 'month', None, None, 'meeting',
     'Somalia hosts international conference in Mogadishu (scheduled)'),
]


def _timeline() -> Timeline:
    timeline = Timeline(title="Ethiopia, Somalia and Somaliland's port deal")
    for index, (value, precision, part, end, category, title) in enumerate(SOMALIA):
        date = FuzzyDate.from_iso(value, Precision(precision), part=part)
        stop = None if end is None else FuzzyDate.from_iso(end, Precision.DAY)
        timeline.add(Event(f"e{index}", title, date, end=stop, category=category))
    return timeline


def _fitted(window, width: int, height: int):  # type: ignore[no-untyped-def]
    window.resize(width, height)
    QApplication.processEvents()
    timeline = _timeline()
    window.document.replace_timeline(timeline, None)
    QApplication.processEvents()
    view = window.view
    view.fit_all()
    QApplication.processEvents()
    return view, timeline


def test_fit_all_gives_the_story_the_width_at_1920(window):  # type: ignore[no-untyped-def]
    view, timeline = _fitted(window, 1920, 1080)
    width = view.viewport().width()
    old = [e for e in timeline.events if e.id in ("e0", "e1")]
    story = [e for e in timeline.events if e.id not in ("e0", "e1")]
    old_px = view.x_of_day(old[1].day_range()[1]) - view.x_of_day(old[0].day_range()[0])
    first = min(e.day_range()[0] for e in story)
    last = max(e.day_range()[1] for e in story)
    story_px = view.x_of_day(last) - view.x_of_day(first)
    # (before: 1991-1994 ~520 px of 1498, the story ~650 px)
    assert old_px < 0.15 * width, (old_px, width)
    assert story_px > 0.6 * width, (story_px, width)
    # Every event drawn as an item of its own: no "+N" badge.
    assert [e.title for e in timeline.events if not view.has_item(e.id)] == []
    # No empty run after the last event beyond Fit All's margin and a fifth of the width.
    assert view.x_of_day(last) > 0.8 * width


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_fit_all_shows_every_event_on_screen_none_in_a_badge(window, size):  # type: ignore[no-untyped-def]
    """At 1366×768 the old titles shortened would give the story the width, but its
    first titles whole then push three of its last events into "+1" and "+2": Fit All
    keeps them readable instead (``_fit_squeeze``: the fewest titles unread first)."""
    view, timeline = _fitted(window, *size)
    width = view.viewport().width()
    for event in timeline.events:
        start, stop = event.day_range()
        assert -1 <= view.x_of_day(start) and view.x_of_day(stop) <= width + 1, event.title
    assert [e.title for e in timeline.events if not view.has_item(e.id)] == []


def test_the_whole_timeline_picture_keeps_the_bands_with_every_title_whole(window):  # type: ignore[no-untyped-def]
    """The PNG of the whole timeline chose a linear 1990-2028 axis (it cut fewer titles
    than the bands did): 90 % of the picture empty, the 30 events a staircase at its right
    edge (verify49 F12).  With the old stretch squeezed the bands show every title whole."""
    from timeline_app.ui.export_picture import whole_timeline_view

    _fitted(window, 1920, 1080)
    picture = whole_timeline_view(window.document)
    try:
        assert picture.has_gap_bands()
        assert picture.titles_not_whole() == 0
        width = picture.viewport().width()
        story = [e for e in window.document.timeline.events if e.id not in ("e0", "e1")]
        first = min(e.day_range()[0] for e in story)
        assert picture.x_of_day(first) < 0.6 * width
    finally:
        picture.deleteLater()


def test_a_filter_that_leaves_events_on_screen_keeps_a_squeezed_view(window, qtbot):  # type: ignore[no-untyped-def]
    """A filter re-finds the bands (the same ones: filters do not change the axis); it
    dropped Fit All's squeeze with them, and the view, kept by its middle day on the
    scale without it, showed other days (a filter that leaves events on screen keeps
    the view: ``test_filter_leaves_nothing_in_view``)."""
    import datetime as dt

    from PySide6.QtCore import Qt

    view, _timeline = _fitted(window, 1920, 1080)
    assert view._fit_squeezes  # (the old stretch squeezed)
    before = view.visible_days()
    panel = window.filter_panel
    panel.from_field.setText("1993")
    qtbot.keyClick(panel.from_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.find_state.filter.first_day == dt.date(1993, 1, 1).toordinal(),
                    timeout=3000)
    QApplication.processEvents()
    assert view.visible_days() == before


def test_a_resize_step_lays_out_the_way_chosen_last_and_every_way_once_settled(
        window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """Each resize re-fits; the squeeze's three ways cost ~13 ms at each step of a window's
    edge dragged (fit43).  A step within ``FIT_WAYS_SETTLE_MS`` of the last lays out the
    way chosen last alone; every way is tried once the size settles, as Fit All's room."""
    import time

    from timeline_app.ui.timeline_view import TimelineView

    view, _timeline = _fitted(window, 1920, 1080)
    squeezes = view._fit_squeezes
    assert squeezes
    chosen: list[int] = []
    choose = TimelineView._choose_squeeze

    def counted(self, wanted):  # type: ignore[no-untyped-def]
        chosen.append(len(wanted))
        choose(self, wanted)

    monkeypatch.setattr(TimelineView, "_choose_squeeze", counted)
    # A drag's step: the last resize's Fit All ended just now, by the view's clock, and
    # the size settles only when the test says so.  The clock stands still over the step
    # and the settle timer waits: read from the wall clock, a step that took over
    # ``FIT_WAYS_SETTLE_MS`` on a loaded machine counted as settled, or the timer fired
    # within the step's ``processEvents`` (the test failed on main alone at a load of 17,
    # session 63).
    from timeline_app.ui.view_settings import set_in_view

    class _Stopped:  # (the module ``time`` but for ``monotonic``)
        def __getattr__(self, name: str) -> object:
            return getattr(time, name)

        @staticmethod
        def monotonic() -> float:
            return view._last_resize_fit

    settle = view._fit_ways_timer
    settle.setInterval(3_600_000)
    view._last_resize_fit = time.monotonic()
    set_in_view("time", _Stopped(), monkeypatch)
    window.resize(1900, 1080)
    QApplication.processEvents()
    set_in_view("time", time, monkeypatch)
    assert chosen == []
    assert len(view._fit_squeezes) == len(squeezes)  # (the way chosen at 1920)
    assert settle.isActive()  # (every way to be tried once the size settles)
    settle.setInterval(FIT_WAYS_SETTLE_MS)  # (restarts it: the size settled now)
    qtbot.waitUntil(lambda: chosen != [], timeout=10000)


def test_another_file_forgets_the_way_chosen_for_the_last(window):  # type: ignore[no-untyped-def]
    """fit44's leftover: the way chosen for one file's stretches was the first resize
    steps' way for the next file opened, until the size settled."""
    view, _timeline = _fitted(window, 1920, 1080)
    assert view._fit_squeeze_way != 2  # (a squeeze chosen for her file)
    window.document.replace_timeline(Timeline(), None)
    assert view._fit_squeeze_way == 2
