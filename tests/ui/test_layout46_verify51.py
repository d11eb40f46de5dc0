"""verify51 (a teacher at 2560x1440, 150 %), session 41 branch layout46: an event picked
in the Events list out of a "+N" badge (F16), the Events list's height after an era lane
(F11), the Filters' Categories list (F21) and Save on the toolbar at large fonts (F18)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.model import Event, Timeline


def _crowded() -> Timeline:
    """29 meetings a day apart in April 2025 (more titles overlapping in time at Fit All
    than a lane's rows hold) between two events years apart."""
    events = [Event(f"m{i}", f"Round {i} of the nuclear talks in Vienna or Geneva",
                    FuzzyDate(2025, 4, 1 + i), category="meeting") for i in range(29)]
    events += [Event("early", "Talks begin", FuzzyDate(2015, 7, 14), category="treaty"),
               Event("late", "Talks end", FuzzyDate(2026, 1, 5), category="treaty")]
    return Timeline.from_events(events)


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(5):
        qtbot.wait(20)
        QApplication.processEvents()


def test_an_event_picked_in_the_list_out_of_a_badge_is_drawn(qtbot) -> None:  # type: ignore[no-untyped-def]
    """F16: selecting an event hidden in a "+N" badge from the Events list only ringed the
    badge; the event itself was nowhere on the timeline.  It is drawn: out of its badge
    at the zoom of the view (view58; verify64 F9: the view zoomed in on it until it had
    an item of its own before)."""
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(_crowded(), None)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    window.view.fit_all()
    _settle(qtbot)
    view = window.view
    hidden = [f"m{i}" for i in range(29) if not view.has_item(f"m{i}")]
    assert hidden, "the test needs an event in a badge"
    events = window.event_list
    row = events.table_model().row_of(hidden[0])
    index = events.table_model().index(row, 1)
    events.scrollTo(index)
    QTest.mouseClick(events.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, events.visualRect(index).center())
    _settle(qtbot)
    assert window.selection.event_id == hidden[0]
    assert view.has_item(hidden[0]) or view.drawn_out_of_badge(hidden[0])


def _list_settled(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.list_fit_pending())
    _settle(qtbot)


@pytest.mark.parametrize("height", [660, 680, 700])
def test_an_era_lane_that_leaves_the_lanes_scrolling_takes_no_rows_of_the_list(
        window, qtbot, height) -> None:  # type: ignore[no-untyped-def]
    """F11: after an era was added (a new lane) the Events list went from 7 rows to 3
    and the lanes scrolled all the same: an edit's fit gave the lanes all but the least
    list although that did not show them whole.  Now the list keeps its height when the
    lanes would scroll even beside the least list; an edit that lets them fit whole
    still takes the rows it needs (``test_ui27_fixes``; 700 px here)."""
    window.size_to(1280, height)
    _list_settled(window, qtbot)
    before = window._list_dock.height()
    fitted = window.view.verticalScrollBar().maximum() == 0
    window.view.setFocus()  # (the person works on the timeline, not in the list)
    window.document.add_event(Event("era", "Negotiations", FuzzyDate(2024, 6, 25),
                                    end=FuzzyDate(2025, 7, 27), category="Era"))
    window.selection.select("era")
    _list_settled(window, qtbot)
    # (lanes that fit only laid out compactly, verify76 F17, would scroll in the normal
    # layout: the list keeps its rows as it did for them)
    if window.view.verticalScrollBar().maximum() > 0 or window.view._compact_lanes:
        assert window._list_dock.height() >= before
    else:  # the lanes whole: they took what they need from the list
        assert fitted and window._list_dock.height() < before


def test_the_filters_categories_list_shows_every_lane_without_a_scroll_bar(
        qtbot) -> None:  # type: ignore[no-untyped-def]
    """F21: at 150 % the Filters' Categories list showed 4 of its 5 lanes and a
    horizontal scroll bar in its fixed height (a name wider than the list).  Long names
    are shortened in the middle (the count stays) and every lane has its row."""
    from timeline_app.document import Document
    from timeline_app.ui.filter_panel import _CategoryList
    from timeline_app.ui.find import FindState

    names = ["Division of Korea and the trusteeship", "Era", "The war",
             "Armistice negotiations", "Inter-Korean relations today"]
    events = [Event(f"lane{n}", f"An event of {name}", FuzzyDate(2024, 3, 1 + n),
                    category=name) for n, name in enumerate(names)]
    document = Document(Timeline.from_events(events))
    categories = _CategoryList(FindState(document))
    qtbot.addWidget(categories)
    categories.set_counts([(name, 1) for name in names], names)
    categories.setFixedWidth(categories.fontMetrics().horizontalAdvance(names[0]) // 2)
    categories.show()
    qtbot.waitExposed(categories)
    _settle(qtbot)
    assert categories.count() == len(names)
    assert not categories.horizontalScrollBar().isVisible()
    assert not categories.verticalScrollBar().isVisible()
    last = categories.visualItemRect(categories.item(len(names) - 1))
    assert last.bottom() < categories.viewport().height()  # each lane whole


def test_save_keeps_its_button_beside_a_wide_legend(qtbot) -> None:  # type: ignore[no-untyped-def]
    """F18: with QT_FONT_DPI=144 (fonts half as large again) the first toolbar showed
    "Open »" and Save only behind "»": the file group gave the legend beside it all its
    room.  Save is now in the bar that keeps its buttons; Open alone yields."""
    from PySide6.QtWidgets import QToolBar

    from timeline_app.ui.main_window import MainWindow

    names = ["Division of Korea", "Era", "The war", "Armistice negotiations",
             "Inter-Korean relations today"]
    window = MainWindow(Timeline.from_events(
        [Event(f"lane{n}", f"An event of {name}", FuzzyDate(2024, 3, 1 + n), category=name)
         for n, name in enumerate(names)]), None)
    qtbot.addWidget(window)
    font = window.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    window.setFont(font)
    window.show()
    qtbot.waitExposed(window)
    bars = window.findChildren(QToolBar)
    shared = 0  # widths where the legend shares the bars' row
    for width in range(1200, 2000, 40):
        window.resize(width, 900)
        qtbot.waitUntil(lambda: window.width() == width)  # noqa: B023
        _settle(qtbot)
        shared += not window.toolBarBreak(window.legend_bar)
        buttons = [bar.widgetForAction(window.save_action) for bar in bars]
        assert any(button is not None and button.isVisible() for button in buttons), width
    assert shared
