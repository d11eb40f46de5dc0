"""A short Filters panel keeps its participants and places in sight (verify57 F23: at
150 % on a 1080p screen the panel showed five participants and hid Places below the
fold, the categories' list keeping its eight rows)."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import QApplication, QScrollArea

from timeline_app.core import Event, FuzzyDate, Timeline


def _class_timeline() -> Timeline:
    events = []
    for lane in range(11):
        for k in range(3):
            events.append(Event(
                f"e{lane}-{k}", f"Event {k} of lane {lane}",
                FuzzyDate.of_day(_dt.date(2000 + lane, 1 + k, 1)), category=f"lane {lane}",
                participants=(f"Person {lane}", f"Person {k + 20}"),
                location=f"Place {lane * 3 + k}"))
    return Timeline.from_events(events)


def test_a_short_filters_panel_shows_its_places_without_scrolling(window, qtbot):  # type: ignore[no-untyped-def]
    window.document.replace_timeline(_class_timeline(), None)
    window.resize(1280, 880)  # (the panel's viewport ~510 px, as at 150 % on 1080p)
    window._filter_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window._filter_dock.isVisible())
    panel = window.filter_panel
    for _ in range(5):
        QApplication.processEvents()
    scroll = panel.findChild(QScrollArea)
    places = panel.places.list
    bottom = places.mapTo(scroll.viewport(), places.rect().bottomLeft()).y()
    assert bottom <= scroll.viewport().height()  # (before: 36 px below the fold)
    row = panel.categories.sizeHintForRow(0)
    assert panel.categories.height() >= 5 * row  # (five lanes in sight at least)
