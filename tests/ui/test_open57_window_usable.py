"""The window stays usable while a big file opens (verify60 F15, F7; issue 11): the
progress and Cancel are in the status bar, not in a window-modal dialog; the View
menu works, the menus that change, export or print the timeline shown are disabled, and
a change made another way is refused with a word; Escape cancels from the bar's Cancel
and from the timeline (verify65 F11), not from other widgets; the bar stays up through
the window's own part after the job.  Behaviour only: the figures are in
benchmarks/README.md (session 49, open57)."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QStatusBar

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import formats
from timeline_app.ui.progress_dialog import WindowProgress


def _file(tmp_path, count: int = 3):  # type: ignore[no-untyped-def]
    path = tmp_path / "big.json"
    timeline_io.save(Timeline.from_events([Event(f"e{i}", f"E{i}", FuzzyDate.of_year(2001))
                                           for i in range(count)]), path)
    return path


def _slowed(monkeypatch):  # type: ignore[no-untyped-def]
    """The loader waits for the returned event (reporting meanwhile, as a big file's
    read does) before it reads the file."""
    go = threading.Event()
    real = formats.open_timeline_file

    def slow(path, progress=None, **kwargs):  # type: ignore[no-untyped-def]
        while not go.wait(0.02):
            if progress is not None and not progress(1, 10):
                break
        return real(path, progress=progress, **kwargs)

    monkeypatch.setattr(formats, "open_timeline_file", slow)
    return go


def _menu(window, title: str):  # type: ignore[no-untyped-def]
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action
    raise AssertionError(title)


def test_a_big_open_leaves_the_window_usable(window, qtbot, tmp_path, monkeypatch):
    path = _file(tmp_path)
    go = _slowed(monkeypatch)
    before = len(window.document.timeline)
    assert before  # the default timeline, readable meanwhile
    try:
        assert window.open_path(str(path), background=True)
        progress = window._progress
        assert isinstance(progress, WindowProgress)
        assert isinstance(progress.parent(), QStatusBar)  # in the window, not a dialog
        qtbot.waitUntil(progress.isVisible, timeout=5000)
        assert QApplication.activeModalWidget() is None
        assert progress.labelText() == "Opening big.json…"
        # the View menu works; those that change, export or print the timeline do not
        assert _menu(window, "View").isEnabled()
        assert not _menu(window, "Edit").isEnabled()
        assert not _menu(window, "Timeline").isEnabled()
        assert not window._export_menu.menuAction().isEnabled()
        assert not window.print_action.isEnabled() and not window.open_action.isEnabled()
        # a change made another way (a drag, Ctrl+→, the legend's menu) is refused, said
        window.document.add_event(Event("mine", "My note", FuzzyDate.of_year(2002)))
        assert "mine" not in window.document.timeline
        assert "still opening" in window.statusBar().currentMessage()
        # Escape meant for another widget does not cancel (the Events list's gives the
        # keys to the timeline; Escape in the timeline itself does: verify65 F11, below)
        window.event_list.setFocus()
        window.view.clearFocus()
        qtbot.keyClick(window.event_list, Qt.Key.Key_Escape)
        QApplication.processEvents()
        assert window._job is not None and window._progress is progress
    finally:
        go.set()
    with qtbot.waitSignal(window.open_finished, timeout=20_000) as blocker:
        pass
    assert blocker.args == [True]
    assert len(window.document.timeline) == 3
    assert _menu(window, "Edit").isEnabled() and window.print_action.isEnabled()
    window.document.add_event(Event("mine", "My note", FuzzyDate.of_year(2002)))
    assert "mine" in window.document.timeline


def test_escape_on_the_bars_cancel_cancels_the_open(window, qtbot, tmp_path, monkeypatch):
    path = _file(tmp_path)
    go = _slowed(monkeypatch)
    shown = window.document.timeline
    try:
        assert window.open_path(str(path), background=True)
        progress = window._progress
        assert isinstance(progress, WindowProgress)
        progress.forceShow()
        QApplication.processEvents()
        # the keyboard's way to it: Shift+Tab from the timeline (as the README says)
        window.view.setFocus()
        qtbot.keyClick(window.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert QApplication.focusWidget() is progress.cancel_button()
        with qtbot.waitSignal(window.open_finished, timeout=20_000) as blocker:
            qtbot.keyClick(progress.cancel_button(), Qt.Key.Key_Escape)
        assert blocker.args == [False]
        assert window._job is None and window.document.timeline is shown
        assert "cancelled" in window.statusBar().currentMessage()
        assert _menu(window, "Edit").isEnabled()
    finally:
        go.set()


def test_the_bar_stays_up_while_the_window_lays_the_file_out(window, qtbot, tmp_path,
                                                              monkeypatch):
    # verify60 F7: after the bar ended, seconds of "Laying out 1000000 events…" in the
    # status bar alone, the window not answering
    path = _file(tmp_path)
    go = _slowed(monkeypatch)
    seen: list[bool] = []

    def bars_shown() -> None:
        bars = [w for w in window.statusBar().findChildren(WindowProgress) if w.isVisible()]
        seen.append(bool(bars) and not bars[0].cancel_button().isEnabled())

    window.document.reset.connect(bars_shown)
    assert window.open_path(str(path), background=True)
    window._progress.forceShow()
    go.set()
    with qtbot.waitSignal(window.open_finished, timeout=20_000):
        pass
    assert seen == [True]  # up, busy, its Cancel disabled (too late to stop)
    qtbot.waitUntil(lambda: not [w for w in window.statusBar().findChildren(WindowProgress)
                                 if w.isVisible()], timeout=5000)


def _trims(monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    from timeline_app.io import native

    trimmed: list[int] = []
    monkeypatch.setattr(native, "release_free_memory", lambda: trimmed.append(1))
    return trimmed


def test_a_cancelled_open_gives_its_memory_back(window, qtbot, tmp_path, monkeypatch):
    # verify60 F8: Cancel of a 1M open at 31 % left RSS at 898 MB (from 268) for good
    path = _file(tmp_path)
    go = _slowed(monkeypatch)
    trimmed = _trims(monkeypatch)
    try:
        assert window.open_path(str(path), background=True)
        qtbot.waitUntil(lambda: window._job is not None, timeout=5000)
        window._cancel_job()
    finally:
        go.set()
    qtbot.waitUntil(lambda: bool(trimmed), timeout=10_000)


def test_a_large_timeline_replaced_gives_its_memory_back(window, qtbot, tmp_path,
                                                         monkeypatch):
    # verify60 F17: 1M open, then a 100k file opened: 1.2 GB with only the 100k shown
    from timeline_app.ui import main_window as main_window_module

    monkeypatch.setattr(main_window_module, "GIVE_BACK_FROM_EVENTS", 3)
    first = _file(tmp_path)
    with qtbot.waitSignal(window.open_finished, timeout=20_000):
        assert window.open_path(str(first), background=True)
    qtbot.wait(300)  # (the default timeline's own give-back, done)
    trimmed = _trims(monkeypatch)
    small = tmp_path / "small.json"
    timeline_io.save(Timeline.from_events([Event("s", "S", FuzzyDate.of_year(2001))]), small)
    with qtbot.waitSignal(window.open_finished, timeout=20_000):
        assert window.open_path(str(small), background=False)
    qtbot.waitUntil(lambda: bool(trimmed), timeout=10_000)
    trimmed.clear()
    assert window.new_timeline()
    qtbot.wait(300)
    assert not trimmed  # a timeline under the threshold: nothing to give back


def test_escape_in_the_timeline_cancels_the_open(window, qtbot, tmp_path, monkeypatch):
    """verify65 F11: while big.json opened, Escape did nothing (only the focused Cancel
    button took it).  Escape in the timeline cancels the work whose bar is in the status
    bar, before it would clear the selection (which stays), and the bar says so while the
    timeline has the focus."""
    path = _file(tmp_path)
    go = _slowed(monkeypatch)
    shown = window.document.timeline
    selected = next(iter(shown)).id
    window.selection.select(selected)
    try:
        window.view.setFocus()
        assert window.open_path(str(path), background=True)
        progress = window._progress
        assert isinstance(progress, WindowProgress)
        qtbot.waitUntil(progress.isVisible, timeout=5000)
        window.view.setFocus()
        QApplication.processEvents()
        label = progress.findChild(QLabel)
        assert label.text() == "Opening big.json… · Esc cancels"
        assert progress.labelText() == "Opening big.json…"
        window.event_list.setFocus()  # elsewhere: not said
        QApplication.processEvents()
        assert label.text() == "Opening big.json…"
        window.view.setFocus()
        QApplication.processEvents()
        with qtbot.waitSignal(window.open_finished, timeout=20_000) as blocker:
            qtbot.keyClick(window.view, Qt.Key.Key_Escape)
        assert blocker.args == [False]
        assert window._job is None and window.document.timeline is shown
        assert "cancelled" in window.statusBar().currentMessage()
        assert window.selection.event_id == selected  # the Escape went to the open
        qtbot.keyClick(window.view, Qt.Key.Key_Escape)  # the next one clears it, as ever
        assert not window.selection.event_id
    finally:
        go.set()
