"""New-user trial 11, findings 4 and 6: titles in the fitted timeline view.

Finding 4: after an event moved to "circa 1990", seven titles at the right edge ran past
the view whole ("Meeting with Enrique M") instead of ending in "…".  Finding 6: Fit All
shortened the titles of the crowded stretch while stretches of one event stayed empty.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.bundled import load_default_timeline
from timeline_app.ui.layout import ELLIPSIS, LaneItem, pack_lane

# The trial's Reuters article (Hanoi, 9 April 2025), as the review imported it.
ARTICLE_EVENTS = (
    ("vn1976", "Vietnam and Philippines establish diplomatic relations",
     FuzzyDate.of_month(1976, 7), "treaty"),
    ("vn2023", "Pham Minh Chinh visits Manila", FuzzyDate.of_part(2023, "late"), "visit"),
    ("vn2024a", "Ferdinand Marcos Jr visits Vietnam", FuzzyDate.of_month(2024, 1), "visit"),
    ("vn2024b", "Vietnam and Philippines sign agreements on rice trade and on coast guard "
     "cooperation", FuzzyDate.of_month(2024, 1), "treaty"),
    ("vn0326", "Chinese coast guard vessel fires water cannon",
     FuzzyDate.of_ymd(2025, 3, 26), "dispute"),
    ("vn0327", "Manila protests", FuzzyDate.of_ymd(2025, 3, 27), "dispute"),
    ("vn0409", "Bui Thanh Son and Enrique Manalo meet in Hanoi",
     FuzzyDate.of_ymd(2025, 4, 9), "treaty"),
    ("vn0410", "Enrique Manalo visits Jakarta (scheduled)",
     FuzzyDate.of_ymd(2025, 4, 10), "visit"),
    ("vn05", "Vietnam: Meeting in Da Nang (scheduled)", FuzzyDate.of_month(2025, 5), "meeting"),
    ("vn09", "First joint drill off Palawan (scheduled)", FuzzyDate.of_month(2025, 9),
     "event"),
    ("vn2026", "Vietnam and Philippines: Conclude talks (scheduled)", FuzzyDate.of_year(2026),
     "meeting"),
)


def _trial_timeline(circa: bool = True) -> Timeline:
    """The default timeline, the article's events, and (``circa``) the Sado event moved
    to c. 1990."""
    events = []
    for event in load_default_timeline().events:
        if circa and "Sado" in event.title:
            event = dataclasses.replace(event, date=FuzzyDate.of_year(1990, circa=True))
        events.append(event)
    events += [Event(key, title, date, category=category)
               for key, title, date, category in ARTICLE_EVENTS]
    return Timeline.from_events(events)


def _labels(window) -> dict[str, tuple[float, float, str]]:  # type: ignore[no-untyped-def]
    view = window.view
    out = {}
    for event in window.document.timeline.events:
        rect = view.label_rect(event.id)
        if not rect.isNull():
            out[event.id] = (round(rect.left(), 1), round(rect.right(), 1),
                             view.label_text(event.id))
    return out


def _cut_at_the_edge(window) -> list[str]:  # type: ignore[no-untyped-def]
    width = window.view.viewport().width()
    return [text for _left, right, text in _labels(window).values()
            if right > width + 0.5 and not text.endswith(ELLIPSIS)]


def test_a_point_label_too_wide_for_either_side_ends_at_the_right_edge():
    """150 px wanted (its least width), 149 px right of the marker and 108 px left of it:
    the label ran whole past ``view_right``; now it is shortened to end there."""
    item = LaneItem("p", 682, 682, 185, 150)
    placement = pack_lane([item], max_rows=2, view_left=562, view_right=843).placements[0]
    assert placement.label_x > 682
    assert placement.label_x + placement.label_width <= 843
    assert placement.label_width > 0


def test_a_span_label_too_wide_for_any_side_ends_at_the_right_edge():
    item = LaneItem("s", 660, 690, 200, 150)
    placement = pack_lane([item], max_rows=2, view_left=562, view_right=843).placements[0]
    assert placement.label_x + placement.label_width <= 843


def test_no_title_runs_past_the_right_edge_after_a_date_edit(window):
    """The trial's route: the article imported, Fit All, the Sado event moved to c. 1990
    (a third band) in a 1100 px window: seven titles ran past the view uncut."""
    window.resize(1100, 800)
    window.document.replace_timeline(_trial_timeline(), None)
    QApplication.processEvents()
    window.view.fit_all()
    QApplication.processEvents()
    assert _labels(window)
    assert _cut_at_the_edge(window) == []


def test_the_same_document_and_width_lay_out_the_same_whatever_came_before(qtbot, window):
    """Two routes to one document at 1100 px: edited in place after a Fit All of the
    article's events, or opened in a new window: the same fitted layout."""
    from timeline_app.ui.main_window import MainWindow

    window.resize(1100, 800)
    timeline = _trial_timeline()
    sado = next(e for e in timeline.events if "Sado" in e.title)
    before = dataclasses.replace(sado, date=FuzzyDate.of_part(2024, "late"))
    window.document.replace_timeline(
        Timeline.from_events([before if e.id == sado.id else e for e in timeline.events]),
        None)
    QApplication.processEvents()
    window.view.fit_all()
    QApplication.processEvents()
    window.document.update_event(sado)
    QApplication.processEvents()
    window.view.fit_all()
    QApplication.processEvents()
    edited = _labels(window)

    fresh = MainWindow(window.document.timeline, None)
    qtbot.addWidget(fresh)
    fresh.resize(1100, 800)
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.view.fit_all()
    QApplication.processEvents()
    assert fresh.view.viewport().width() == window.view.viewport().width()
    assert _labels(fresh) == edited
    assert _cut_at_the_edge(fresh) == []



def test_fit_all_gives_the_crowded_stretch_the_room_of_the_empty_ones(window):
    """Trial 11 finding 6 (``26-fitall.png``, 1280 px): the 1965 and 1976 stretches of one
    event each took the room of their whole titles while the 2023-2027 stretch's titles
    were cut to a few words (here 5 of 19 titles whole, now 7).  Fit All now gives a
    stretch room for whole titles, shortened ones or none, whichever shows the most of
    the titles."""
    window.resize(1280, 800)
    window.document.replace_timeline(_trial_timeline(circa=False), None)
    QApplication.processEvents()
    window.view.fit_all()
    QApplication.processEvents()
    labels = _labels(window)
    assert len(labels) == len(window.document.timeline.events)  # every title drawn
    whole = [text for _left, _right, text in labels.values() if not text.endswith(ELLIPSIS)]
    assert len(whole) >= 7, whole
    assert _cut_at_the_edge(window) == []
    # The one-event stretches keep a readable title ("South Korea and…", not "So…").
    assert all(right - left >= 50 for left, right, _text in labels.values())
