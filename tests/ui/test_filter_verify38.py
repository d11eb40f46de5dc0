"""The Filters with a researcher's big file (verify38).

F1. Down in a "Narrow the … list" field did nothing and Space then typed a space into it:
    the list was out of the keyboard's reach but by Tab.
F2. The Article choice is searched by typing: a file of 10 000 articles gave a drop-down of
    10 000 rows ordered by event count, which could only be scrolled.

Each test here fails on main ``9c00af66``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.ui.test_filter_article_outlet import window_with_filters
from timeline_app.core import Event, FuzzyDate, Source, Timeline


def _window(qtbot):  # type: ignore[no-untyped-def]
    day = FuzzyDate.of_day(dt.date(2026, 3, 24))
    sources = {f"s{i}": Source(f"s{i}", title=f"Talks on trade, round {i}", outlet="AP")
               for i in range(300)}
    sources["r"] = Source("r", title="Ministers meet in Istanbul", outlet="Reuters")
    events = [Event(f"e{i}", f"Round {i}", day, source_id=f"s{i}",
                    participants=(f"Kaja Kallas {i % 3}", f"Envoy {i}"))
              for i in range(300)]
    events += [Event("a", "Talks in Istanbul", day, source_id="r"),
               Event("b", "Talks again", day, source_id="r")]
    return window_with_filters(qtbot, Timeline.from_events(events, sources=sources))


def test_words_typed_narrow_the_articles_and_return_picks_one(qtbot):  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    combo = window.filter_panel.source_combo
    assert combo.isEditable()
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "istanbul REUTERS")  # words, any order and case
    completer = window.filter_panel.source_completer
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    assert [completer.completionModel().index(i, 0).data()
            for i in range(completer.completionModel().rowCount())] == [
        "Reuters: Ministers meet in Istanbul (2)"]
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.currentData() == "r")
    assert window.find_state.filter.sources == frozenset({"r"})


def test_text_that_picks_nothing_goes_back_when_the_field_is_left(qtbot):  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    combo = window.filter_panel.source_combo
    window.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.lineEdit().hasFocus)
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "no such article")
    assert combo.currentText() == "no such article"
    window.filter_panel.from_field.setFocus()
    qtbot.waitUntil(window.filter_panel.from_field.hasFocus)
    qtbot.waitUntil(lambda: combo.currentText() == "All articles")
    assert combo.currentData() is None
    assert window.find_state.filter.sources == frozenset()


def test_down_in_the_narrowing_field_goes_to_the_list_and_space_ticks(qtbot):  # type: ignore[no-untyped-def]
    window = _window(qtbot)
    participants = window.filter_panel.participants
    window.activateWindow()
    qtbot.waitUntil(lambda: participants.search.setFocus() or participants.search.hasFocus())
    qtbot.keyClicks(participants.search, "kallas 1")
    assert participants.list.count() == 1
    qtbot.keyClick(participants.search, Qt.Key.Key_Down)
    assert participants.list.hasFocus() and participants.list.currentRow() == 0
    qtbot.keyClick(participants.list, Qt.Key.Key_Space)
    assert participants.search.text() == "kallas 1"
    assert window.find_state.filter.participants == frozenset({"Kaja Kallas 1"})
