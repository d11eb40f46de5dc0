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


def test_the_matches_are_capped_and_follow_the_articles_imported(qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.filter_panel import MAX_LIST_VALUES

    day = FuzzyDate.of_day(dt.date(2026, 3, 24))
    many = MAX_LIST_VALUES + 50
    sources = {f"s{i}": Source(f"s{i}", title=f"Talks on trade, round {i}") for i in range(many)}
    events = [Event(f"e{i}", f"Round {i}", day, source_id=f"s{i}") for i in range(many)]
    window = window_with_filters(qtbot, Timeline.from_events(events, sources=sources))
    panel = window.filter_panel
    combo, completer = panel.source_combo, panel.source_completer
    window.activateWindow()
    qtbot.waitUntil(lambda: combo.setFocus() or combo.lineEdit().hasFocus())
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "trade")
    assert completer.completionModel().rowCount() == MAX_LIST_VALUES  # as the lists
    window.document.import_events(Source("new", title="Ceasefire talks in Doha"),
                                  [Event("n", "Ceasefire talks", day, source_id="new")])
    panel.refresh()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "doha cease")
    assert [completer.completionModel().index(i, 0).data()
            for i in range(completer.completionModel().rowCount())] == [
        "Ceasefire talks in Doha (1)"]


def test_the_drop_down_list_is_as_wide_as_its_headlines(qtbot):  # type: ignore[no-untyped-def]
    """An editable combo box's list is as wide as the box: the headlines were cut to
    "AFP: China … — AFP (10)" in the narrow panel (the list of the box before it could
    be typed in showed them whole)."""
    window = _window(qtbot)
    combo = window.filter_panel.source_combo
    longest = combo.view().fontMetrics().horizontalAdvance(
        "Reuters: Ministers meet in Istanbul (2)")
    assert combo.view().minimumWidth() >= longest > combo.width()


def test_an_article_without_a_headline_is_named_by_its_dateline(qtbot):  # type: ignore[no-untyped-def]
    """verify38 F9: three articles imported from text files (no headline) were listed
    as "Xinhua: src-0b998909eb (4)"."""
    day = FuzzyDate.of_day(dt.date(2026, 5, 7))
    sources = {"src-0b998909eb": Source("src-0b998909eb", outlet="Xinhua",
                                        dateline_place="Beijing",
                                        dateline_date=dt.date(2026, 5, 9)),
               "bare": Source("bare")}
    events = [Event("a", "Wang Yi and Cho Hyun meet in Beijing", day,
                    source_id="src-0b998909eb"),
              Event("b", "Talks", day, source_id="bare")]
    window = window_with_filters(qtbot, Timeline.from_events(events, sources=sources))
    combo = window.filter_panel.source_combo
    assert sorted(combo.itemText(i) for i in range(1, combo.count())) == [
        "Xinhua: Beijing, 9 May 2026 (1)", "bare (1)"]
