"""The Events list at the bottom takes the height the lanes leave (new-user trial 8: at
1600×1000 ~300 px blank under the lanes beside a six-row list; at 1024×700 the last lane
cut off while the list kept its height)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDockWidget

from timeline_app.ui.main_window import LIST_MOST_SHARE
from timeline_app.ui.timeline_view import LANES_TOP

PNG_DIR = Path("/work/coord/png")


def _blank_under_lanes(window) -> int:  # type: ignore[no-untyped-def]
    view = window.view
    content = view._layout().content_height  # the lanes' own height
    return int(view.viewport().height() - LANES_TOP - content)


def _settle(window, qtbot, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().width() == width)
    qtbot.waitUntil(lambda: not window.list_fit_pending())
    QApplication.processEvents()
    QApplication.processEvents()


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800), (1600, 1000), (1920, 1080)])
def test_the_list_takes_what_the_lanes_leave(window, qtbot, size):
    width, height = size
    _settle(window, qtbot, width, height)
    dock = window.findChild(QDockWidget, "eventsDock")
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    if PNG_DIR.is_dir():
        window.grab().save(str(PNG_DIR / f"edit9-layout-{width}x{height}.png"))
    # every lane of the default timeline shows whole, and little is left blank under them
    assert window.view.verticalScrollBar().maximum() == 0
    blank = _blank_under_lanes(window)
    rows_shown = window.event_list.viewport().height() // window.event_list.rowHeight(0)
    every_row = rows_shown >= window.event_list.model().rowCount()  # no taller (ui25)
    assert (blank < 120 or dock.height() >= LIST_MOST_SHARE * height - 2
            or every_row), (blank, dock.height())
    assert window.view.height() >= 0.5 * height
    rows = window.event_list.verticalHeader().defaultSectionSize()
    assert window.event_list.viewport().height() >= 3 * rows
    assert window.detail_pane.width() >= 220


def test_a_list_sized_by_hand_stays_so(window, qtbot):
    _settle(window, qtbot, 1600, 1000)
    dock = window.findChild(QDockWidget, "eventsDock")
    press = QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(5, 5), QPointF(5, 5),
                        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, press)  # on the separator
    window.resizeDocks([dock], [150], Qt.Orientation.Vertical)  # the separator dragged
    qtbot.waitUntil(lambda: abs(dock.height() - 150) <= 2)
    release = QMouseEvent(QEvent.Type.MouseButtonRelease, QPointF(5, 5), QPointF(5, 5),
                          Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton,
                          Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, release)
    _settle(window, qtbot, 1500, 950)
    assert abs(dock.height() - 150) <= 2


def test_a_file_with_more_lanes_takes_the_height_back_from_the_list(window, qtbot, tmp_path,
                                                                    recorded_prompts):
    import datetime as dt

    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.io import native as timeline_io

    _settle(window, qtbot, 1600, 1000)
    dock = window.findChild(QDockWidget, "eventsDock")
    roomy = dock.height()
    first = dt.date(2000, 1, 1).toordinal()
    # Ten lanes fit beside a shorter list (24 did not fit beside any: the list keeps a
    # usable height then, ``test_new_users_s10``).
    events = [Event(f"e{i}", f"Event {i}", FuzzyDate.of_day(dt.date.fromordinal(first + 40 * i)),
                    category=f"lane {i % 10}") for i in range(20)]
    path = tmp_path / "lanes.json"
    timeline_io.save(Timeline.from_events(events, title="Many lanes"), path)
    recorded_prompts.open_path = str(path)
    window.open_action.trigger()
    qtbot.waitUntil(lambda: window.document.path == str(path))
    rows = window.event_list.verticalHeader().defaultSectionSize()
    # The list (no taller than its rows since ui25: 8 rows here, then 20 rows) is fitted
    # again, below the 40 % it could take with the default timeline's six lanes.
    qtbot.waitUntil(lambda: dock.height() != roomy)
    assert dock.height() < LIST_MOST_SHARE * 1000 - rows
    qtbot.waitUntil(lambda: not window.list_fit_pending())
    QApplication.processEvents()
    assert window.view.verticalScrollBar().maximum() == 0  # every lane shows
    assert window.event_list.viewport().height() >= 3 * rows


def test_a_fit_asked_for_by_a_window_closed_meanwhile_is_dropped(qtbot):
    """The fit waits for the repaints (``jobs.call_after_repaints``): a window closed and
    deleted before then must not be touched (its docks are gone)."""
    import shiboken6

    from timeline_app.app import create_main_window

    window = create_main_window()
    window.show()
    qtbot.waitUntil(window.is_ready)
    window._fit_list_after_repaints()
    shiboken6.delete(window)
    QApplication.processEvents()  # the fit's turn: nothing raised
    QApplication.processEvents()
