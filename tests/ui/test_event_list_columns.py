"""The Events list in a narrow dock: the titles stay readable (the Date column, sized for
the longest range, used to squeeze them to "South K…" at 380 px)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QHeaderView

from timeline_app.app import create_main_window
from timeline_app.ui.event_list import EventList

PNG_DIR = Path(os.environ.get("TIMELINE_PNG_DIR", "/nonexistent"))


def _list(qtbot, width: int, window=None) -> EventList:  # type: ignore[no-untyped-def]
    """An Events list of ``window`` (default: a new window on the default timeline),
    ``width`` px wide, shown."""
    if window is None:
        window = create_main_window()
        qtbot.addWidget(window)
    events = EventList(window.document, window.selection)
    qtbot.addWidget(events)
    events.resize(width, 300)
    events.show()
    qtbot.waitExposed(events)
    return events


def test_titles_keep_room_in_a_narrow_list(qtbot):
    events = _list(qtbot, 380)
    available = events.viewport().width()
    assert events.columnWidth(1) >= 0.4 * available  # the Event column
    day = events.fontMetrics().horizontalAdvance("22 March 2025")
    assert events.columnWidth(0) >= day  # a day's date still reads whole
    if PNG_DIR.is_dir():
        events.grab().save(str(PNG_DIR / "uxrest2-event-list-380.png"))


def test_a_wide_list_gives_the_dates_their_full_width(qtbot):
    events = _list(qtbot, 900)
    wide = events.fontMetrics().horizontalAdvance("12 March 2025 – 30 June 2025")
    assert events.columnWidth(0) >= wide


def test_a_column_the_user_sized_stays_as_sized(qtbot):
    events = _list(qtbot, 900)
    events.horizontalHeader().resizeSection(0, 123)
    events.resize(380, 300)
    qtbot.waitUntil(lambda: events.viewport().width() < 380)
    assert events.columnWidth(0) == 123


def test_the_headers_are_the_lists_own_and_work_as_qts_would(qtbot):
    """Issue 11: the headers are made by the list (a ``verticalHeader()`` fetched from C++
    once came back as a plain QWidget); they behave as QTableView's own: the row header is
    hidden, a click on a column header sorts, and the sections of the selection light up."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHeaderView

    events = _list(qtbot, 600)
    rows, columns = events.verticalHeader(), events.horizontalHeader()
    # (the column header is the list's own QHeaderView subclass from session 44, list49)
    assert type(rows) is QHeaderView and isinstance(columns, QHeaderView)
    assert rows.orientation() == Qt.Orientation.Vertical
    assert columns.orientation() == Qt.Orientation.Horizontal
    assert rows.isHidden() and not columns.isHidden()
    assert rows.defaultSectionSize() == events.fontMetrics().height() + 8
    assert columns.sectionsClickable() and columns.highlightSections()
    assert columns.sortIndicatorSection() == 0 and events.isSortingEnabled()
    # The sort indicator is wired to the model as QTableView wires its own header.
    columns.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    assert events.model().sort_column() == (1, Qt.SortOrder.DescendingOrder)


def test_another_timeline_starts_at_its_first_row(qtbot):
    """New-user trial 5: after opening another file the list stayed scrolled where the
    last one was, mid-list, instead of at the first event."""
    from timeline_app.core import Event, FuzzyDate, Timeline

    events = _list(qtbot, 380)
    many = Timeline("many")
    for i in range(300):
        many.add(Event(f"e{i}", f"Event {i}", FuzzyDate.of_year(1800 + i)))
    events._model._document.replace_timeline(many, None)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: events.verticalScrollBar().maximum() > 0)
    events.verticalScrollBar().setValue(events.verticalScrollBar().maximum())
    assert events.verticalScrollBar().value() > 0
    other = Timeline("other")
    for i in range(300):
        other.add(Event(f"o{i}", f"Other {i}", FuzzyDate.of_year(1500 + i)))
    events._model._document.replace_timeline(other, None)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: events.verticalScrollBar().maximum() > 0)
    assert events.verticalScrollBar().value() == 0
    assert events.indexAt(events.viewport().rect().topLeft()).row() == 0


def test_a_wide_list_gives_a_span_of_long_month_names_its_width(qtbot):
    """verify28: "21 November – 14 December…" was cut in a 1 250 px list whose Event
    column was mostly blank."""
    events = _list(qtbot, 1250)
    wide = events.fontMetrics().horizontalAdvance("c. 21 November – 14 December 1995")
    assert events.columnWidth(0) >= wide + 8  # (the cell's margins)
    assert events.columnWidth(1) >= 0.45 * events.viewport().width()


def test_a_very_wide_list_keeps_the_category_beside_the_titles(qtbot):
    """verify58 F29: at 2560 px the Event column took ~2050 px, a row's Category and
    Status ~2000 px right of its title.  The Event column now stops at about 100
    characters (``_most_title_width``), the Category and Status columns beside it, the
    rest of the width empty at the right; a narrower list stretches it as before, and a
    width the person drags it to is kept."""
    events = _list(qtbot, 2540)
    most = events.fontMetrics().averageCharWidth() * 100
    assert events.columnWidth(1) == most  # (before: the viewport less the others, ~2070)
    category_x = events.columnViewportPosition(2)
    assert category_x == events.columnWidth(0) + most
    # (the rest of the width: the last column's since verify63 F14, left empty before)
    assert events.columnWidth(3) > 1000
    # A list just wide enough: the Event column takes what is left, as before.
    events.resize(events.columnWidth(0) + most + 150, 300)
    qtbot.waitUntil(lambda: events.horizontalHeader().sectionResizeMode(1)
                    == QHeaderView.ResizeMode.Stretch)
    assert events.columnWidth(1) < most + 100
    # Dragged wider while at its most, it stays so in a wide list.
    events.resize(2540, 300)
    qtbot.waitUntil(lambda: events.columnWidth(1) == most)
    events.horizontalHeader().resizeSection(1, most + 150)
    events.resize(2400, 300)
    qtbot.waitUntil(lambda: events.viewport().width() < 2400)
    assert events.columnWidth(1) == most + 150


def test_the_last_column_fills_the_width_left_of_a_wide_list(qtbot):
    """verify63 F14: the columns stopped ~200 px short of the list at 1280 px and ~480 px
    at 1600, a grey strip at the right.  The last column shown takes that width; in a
    narrower list (the Event column stretching) it has its own width again, and a column
    shown after it (Participants) is then the one that fills."""
    for width in (1250, 1580):
        events = _list(qtbot, width)
        last = events.columnViewportPosition(3) + events.columnWidth(3)
        assert last == events.viewport().width(), width
        status = events.fontMetrics().horizontalAdvance("Unconfirmed") + 24
        assert events.columnWidth(3) > status  # (the titles kept at their most)
    events.resize(700, 300)
    qtbot.waitUntil(lambda: events.horizontalHeader().sectionResizeMode(1)
                    == QHeaderView.ResizeMode.Stretch)
    assert events.columnWidth(3) == status
    assert events.columnViewportPosition(3) + status == events.viewport().width()
    events.resize(1580, 300)
    events.set_column_shown(4, True)
    qtbot.waitUntil(lambda: not events.isColumnHidden(4))
    qtbot.waitUntil(lambda: events.columnViewportPosition(4) + events.columnWidth(4)
                    == events.viewport().width())
    assert events.columnWidth(3) == status


def test_the_filling_column_keeps_its_own_width_and_the_fit_holds_from_resize_to_resize(qtbot):
    """The width the last column takes is not counted as its own: a Participants column
    shown last, stretched, counted as wide made the next fit stop stretching it (the strip
    back every second resize); the Category column last (Status unticked), stretched by
    a resize, was taken as dragged by the person and no longer fitted."""
    events = _list(qtbot, 1580)
    events.set_column_shown(4, True)
    most = events.fontMetrics().averageCharWidth() * 100
    own = None
    for width in (1570, 1590, 1560, 1580, 1575):
        events.resize(width, 300)
        qtbot.waitUntil(lambda width=width: events.viewport().width() < width)
        assert events.columnViewportPosition(4) + events.columnWidth(4) \
            == events.viewport().width(), width
        assert events.columnWidth(1) == most, width  # (not the Event column filling)
        header = events.horizontalHeader()
        header.setStretchLastSection(False)  # (its own width, as Qt restores it)
        own = own or events.columnWidth(4)
        assert events.columnWidth(4) == own, width
        header.setStretchLastSection(True)
    events.set_column_shown(4, False)
    events.set_column_shown(3, False)
    for width in (1570, 1590, 1560):
        events.resize(width, 300)
        qtbot.waitUntil(lambda width=width: events.viewport().width() < width)
        assert 2 not in events._user_sized, width
        assert events.columnViewportPosition(2) + events.columnWidth(2) \
            == events.viewport().width(), width
