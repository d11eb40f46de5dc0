"""verify82 F6: Close with Save on a 40 000-event archive: the title bar read "Untitled
timeline" while the archive's events were still shown (the window manager draws a new
title at once; the window is painted only once the replacing is done).  Replacing a large
timeline, the title changes once the window has painted the new one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui import main_window


class _Order(QObject):
    """Paints of the timeline's viewport and title changes, in order."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.seen: list[str] = []
        self._viewport = window.view.viewport()
        window.windowTitleChanged.connect(lambda title: self.seen.append("title:" + title))

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if watched is self._viewport and event.type() == QEvent.Type.Paint:
            self.seen.append("paint")
        return False


def test_a_large_timeline_replaced_keeps_its_title_until_the_window_is_painted(
        window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main_window, "TITLE_AFTER_PAINT_FROM", 2, raising=False)
    window.document.replace_timeline(Timeline.from_events(
        [Event(f"e{i}", f"Envoys meet, round {i}", FuzzyDate.of_year(2000 + i))
         for i in range(3)], title="Rounds of talks"), None)
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Rounds of talks"))
    order = _Order(window)
    window.view.viewport().installEventFilter(order)
    assert window.close_timeline()
    assert window.windowTitle().startswith("Rounds of talks")  # not yet: not painted
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Untitled timeline"))
    titled = next(i for i, seen in enumerate(order.seen) if seen.startswith("title:"))
    assert "paint" in order.seen[:titled], order.seen
    # a small timeline's title changes at once, as before
    assert window.new_timeline()
    assert window.windowTitle().startswith("Untitled timeline")
