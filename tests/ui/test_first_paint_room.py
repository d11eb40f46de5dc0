"""The timeline's first paint is laid out in the room the panels will leave (issue 11,
session 39, start42): fitted once, it does not move, shrink or re-fit when the menu bar,
toolbars, docks and status bar come after it (``ui/first_view.py``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QMoveEvent, QResizeEvent

from timeline_app import settings
from timeline_app.io.bundled import load_default_timeline
from timeline_app.ui import first_view, main_window
from timeline_app.ui.main_window import FIRST_VIEW_SETTLE_MS, MainWindow

ROOT = Path(__file__).resolve().parents[2]


class _Resizes(QObject):
    """Counts the view's resizes."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.count += 1
        return False


def _start(qtbot) -> tuple[MainWindow, dict[str, object]]:  # type: ignore[no-untyped-def]
    """A deferred start (as ``app.main``) on the default timeline, to its layout's settling:
    the view's place and fit at the first paint, and what followed."""
    window = MainWindow(load_default_timeline(), defer_panels=True)
    qtbot.addWidget(window)
    seen: dict[str, object] = {}
    resizes = _Resizes()

    def first_painted() -> None:
        seen["place"] = window.view.geometry()
        seen["span"] = window.view.visible_days()
        window.view.installEventFilter(resizes)

    window.first_painted.connect(first_painted)
    with qtbot.waitSignal(window.panels_ready, timeout=20_000):
        window.show()
    qtbot.wait(FIRST_VIEW_SETTLE_MS + 300)  # the list's fit, the docks' room, the record
    seen["resizes"] = resizes.count
    return window, seen


def _close(window: MainWindow) -> None:
    window.document.undo_stack.setClean()
    window.close()


# (within the offscreen platform's own 800×800 screen, to which a saved geometry is held)
@pytest.mark.parametrize("screen", [QRect(0, 0, 800, 800), QRect(0, 0, 800, 600)])
def test_the_next_start_paints_the_timeline_where_the_panels_leave_it(
        qtbot, monkeypatch, screen):
    monkeypatch.setattr(main_window, "available_screen_area", lambda _w: screen)
    window, _ = _start(qtbot)  # a first start: its layout recorded once it settled
    _close(window)  # ... and the saved layout's, at the close
    for _ in range(2):  # a start with the saved layout, and the same again
        window, seen = _start(qtbot)
        assert seen["place"] == window.view.geometry()
        assert seen["resizes"] == 0  # never resized (nor re-fitted) while the panels came
        assert seen["span"] == window.view.visible_days()  # the same fit
        assert window.is_ready() and window.menuBar().isVisible()
        assert window.view.geometry().top() >= window.menuBar().geometry().bottom()
        _close(window)


# 1366×768: the legend beside the toolbars; 800×800 (a 784 px window): on a row of its own
@pytest.mark.parametrize("screen", [QRect(0, 0, 1366, 768), QRect(0, 0, 800, 800)])
def test_a_first_start_is_laid_out_once(qtbot, monkeypatch, screen):
    # No record yet: the estimate (the bars measured on probes, the docks' defaults, the
    # legend's row by its entries' widths) is the default layout of a short screen
    monkeypatch.setattr(main_window, "available_screen_area", lambda _w: screen)
    window, seen = _start(qtbot)
    assert seen["place"] == window.view.geometry()
    assert seen["resizes"] == 0
    assert seen["span"] == window.view.visible_days()
    _close(window)


# Tall screens: the Events list under the timeline, fitted to its eight rows once built,
# is foreseen at that height (session 39: the default height, and the view's bottom edge
# moved up 38 px when the list came); 1080×1920 and 800×1280 upright, the latter with the
# legend on a row of its own.
@pytest.mark.parametrize("screen", [QRect(0, 0, 1920, 1080), QRect(0, 0, 1920, 1200),
                                    QRect(0, 0, 1080, 1920), QRect(0, 0, 800, 1280),
                                    QRect(0, 0, 2560, 1440)])
def test_a_first_start_on_a_tall_screen_is_laid_out_once(qtbot, monkeypatch, screen):
    monkeypatch.setattr(main_window, "available_screen_area", lambda _w: screen)
    window, seen = _start(qtbot)
    assert window.dockWidgetArea(window._list_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert seen["place"] == window.view.geometry()
    assert seen["resizes"] == 0
    assert seen["span"] == window.view.visible_days()
    _close(window)


@pytest.mark.parametrize("screen", [QRect(0, 0, 1920, 1200), QRect(0, 0, 1366, 768)])
def test_a_first_start_in_a_larger_font_is_laid_out_once(qtbot, monkeypatch, screen):
    # At 14 pt the lanes need more of a tall screen's window than a list of all eight
    # rows leaves them: the list's room is fitted to the lanes as laid out at show(),
    # before the first paint (it was fitted after it: the view grew 100 px); the status
    # bar's probe has its status line (an empty bar is 1 px shorter at 14 pt).
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(main_window, "available_screen_area", lambda _w: screen)
    app = QApplication.instance()
    font = QFont(app.font())
    larger = QFont(font)
    larger.setPointSizeF(14)
    app.setFont(larger)
    try:
        window, seen = _start(qtbot)
        assert seen["place"] == window.view.geometry()
        assert seen["resizes"] == 0
        assert seen["span"] == window.view.visible_days()
        _close(window)
    finally:
        app.setFont(font)


def test_the_events_list_is_foreseen_as_it_is_built(qtbot):
    # What the list's dock is high besides its rows, and a row, as the fit measures them
    # once they exist (MainWindow._fit_list_to_timeline)
    window, _ = _start(qtbot)
    chrome, row = first_view.list_chrome(window, window.view.frameWidth())
    assert chrome == window._list_dock.height() - window.event_list.viewport().height()
    assert row == window.event_list.verticalHeader().defaultSectionSize()
    assert window.event_list.frameWidth() == window.view.frameWidth()
    assert window._foreseen_list_height(len(window.document.timeline)) \
        == window._list_dock.height()
    _close(window)


def test_the_view_and_the_window_are_sized_by_their_layouts_again_once_ready(qtbot):
    window, _ = _start(qtbot)
    assert window.contentsMargins().isNull()
    assert window.view.minimumSize() == MainWindow(load_default_timeline()).view.minimumSize()
    assert window.view.maximumSize().width() > 10_000  # no longer pinned
    # the window's minimum is its layout's again (not the explicit one kept meanwhile)
    assert window.minimumSize() == window.layout().totalMinimumSize()
    _close(window)


def test_the_room_is_recorded_at_a_close_for_the_layout_saved_then(qtbot):
    window, _ = _start(qtbot)
    _close(window)
    store = settings.open_settings()
    key = first_view.layout_key(window, settings.WINDOW_GEOMETRY.get(store),
                                settings.WINDOW_STATE.get(store))
    room = first_view.recorded_margins(key)
    assert room is not None and room.top() > 0 and room.right() > 0
    assert first_view.recorded_margins(key + "x") is None  # another layout: none


def test_a_record_that_cannot_be_read_is_none(qtbot):
    store = settings.open_settings()
    for kept in ("k|1 2 three 4", "k|1 2 3", "k|-1 0 0 0", "nothing"):
        first_view.FIRST_VIEW.set(store, kept)
        assert first_view.recorded_margins("k") is None


def test_a_window_closed_before_its_first_paint_drops_the_reserved_room(qtbot):
    window = MainWindow(load_default_timeline(), defer_panels=True)
    qtbot.addWidget(window)
    assert not window.contentsMargins().isNull()  # the panels' room, kept
    QTimer.singleShot(0, lambda: None)
    window._build_panels()  # (a shortcut or a close before the first paint)
    assert window.contentsMargins().isNull()
    _close(window)


def test_off_x11_the_window_is_left_to_paint_itself(qtbot):
    window = MainWindow(load_default_timeline(), defer_panels=True)
    qtbot.addWidget(window)
    assert not first_view.fill_before_first_paint(window)  # (offscreen: not xcb)
    window.close()


X11_CHILD = r"""
import json, sys, time
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([sys.argv[0]])
from timeline_app.ui import first_view
report = {}

class SlowFirstPaint(QWidget):
    def paintEvent(self, event):
        if "pixel" not in report:  # what the screen shows before the first paint's flush
            shot = self.screen().grabWindow(0).toImage()
            corner = self.mapToGlobal(self.rect().center())
            report["pixel"] = shot.pixel(corner.x(), corner.y()) & 0xFFFFFF
            report["window"] = self.palette().color(self.backgroundRole()).rgb() & 0xFFFFFF
            print(json.dumps(report), flush=True)
            app.quit()

window = SlowFirstPaint()
window.resize(300, 200)
report["filled"] = first_view.fill_before_first_paint(window) if sys.argv[1] == "fill" else None
window.show()
app.exec()
"""


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb")
@pytest.mark.parametrize("fill", [True, False])
def test_on_x11_the_window_shows_its_colour_before_its_first_paint(tmp_path, fill):
    # Qt's X windows have no background: black under Xvfb until the first paint
    display = f":{200 + os.getpid() % 300}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "640x480x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=display,
                   PYTHONPATH=str(ROOT))
        result = subprocess.run([sys.executable, "-c", X11_CHILD,
                                 "fill" if fill else "leave"], env=env, cwd=ROOT,
                                capture_output=True, text=True, timeout=60, check=False)
    finally:
        server.terminate()
        server.wait(10)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr[-2000:]
    report = json.loads(lines[-1])
    if fill:
        assert report["filled"] is True
        assert report["pixel"] == report["window"]  # its colour, from its mapping on
    else:
        assert report["pixel"] != report["window"]  # (the check sees the difference)


def test_a_window_shown_at_its_saved_size_is_not_resized_nor_moved_as_the_panels_come(
        qtbot):
    window, _ = _start(qtbot)
    window.resize(700, 520)  # sized by hand, then closed: its geometry saved
    _close(window)
    window = MainWindow(load_default_timeline(), defer_panels=True)
    qtbot.addWidget(window)
    changes = _Changes()
    window.first_painted.connect(lambda: window.installEventFilter(changes))
    with qtbot.waitSignal(window.panels_ready, timeout=20_000):
        window.show()
    qtbot.wait(300)
    # Resized to the default and its geometry restored again, it went 1280 -> 700 px
    # wide, and on X11 moved by its frame (11 px down under openbox, session 39).
    assert changes.kinds == []
    assert window.size().toTuple() == (700, 520)
    _close(window)


class _Changes(QObject):
    """Notes the window's moves and resizes."""

    def __init__(self) -> None:
        super().__init__()
        self.kinds: list[str] = []

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # (a change: new contents margins send a resize of the same size)
        if ((isinstance(event, QResizeEvent) and event.size() != event.oldSize())
                or (isinstance(event, QMoveEvent) and event.pos() != event.oldPos())):
            self.kinds.append(event.type().name)
        return False


def test_the_toolbars_first_row_is_foreseen_as_the_legend_measures_it(qtbot):
    # Before the toolbars and the legend exist, a first start measures what the legend's
    # rule for its own row (LegendBar._fit_row) will measure once they do.
    from PySide6.QtWidgets import QToolBar

    from timeline_app.ui.style import legend_entry_text

    window, _ = _start(qtbot)
    legend = window.legend_bar
    entries = [legend_entry_text(category, count) for category, count in
               {"treaty": 1, "policy": 1, "dispute": 1, "visit": 1, "meeting": 3,
                "anniversary": 1}.items()]
    assert sorted(button.text() for button in legend._buttons.values()) == sorted(entries)
    beside, width, row = first_view.toolbar_rows(window, entries)
    assert (beside, width) == (legend._beside_width(), legend.sizeHint().width())
    # ... and what its title rule reads (verify70 F18: every button's width, the title's)
    *_, whole, title = first_view._toolbar_measures(window, entries)
    assert whole == sum(bar.sizeHint().width() for bar in legend._first_row_bars() or [])
    assert title == legend._title_width()
    assert row == window.findChild(QToolBar, "navigationToolbar").height()
    _close(window)
