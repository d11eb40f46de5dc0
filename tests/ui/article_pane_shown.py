"""A window showing one event's article in its Article pane, its dates marked: the setup
of the Article pane's tests (verify34 F14, edit38's keyboard dates, verify50 F9)."""

from __future__ import annotations

from typing import Any


def article_pane_of(qtbot: Any, timeline: Any, event_id: str) -> tuple[Any, Any]:
    """A shown ``MainWindow`` on ``timeline`` with the Article dock raised and
    ``event_id`` selected, once the pane has marked its article's dates: (window, pane)."""
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(timeline)
    qtbot.addWidget(window)
    window.show()
    window.findChild(object, "articleDock").raise_()
    pane = window.article_pane
    with qtbot.waitSignal(pane.marks_shown, timeout=60_000):
        window.selection.select(event_id)
    return window, pane
