"""The window's layout while a file opens and after an open that failed (verify15,
findings 3 and 7: issue 11, a large file opened as a person sees it)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def _settled(window, qtbot) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The Events list's and the timeline view's heights once the list was fitted."""
    qtbot.waitUntil(lambda: not window._list_fit_timer.isActive())
    for _ in range(3):  # the fit runs after the repaints (``call_after_repaints``)
        QApplication.processEvents()
    return window._list_dock.height(), window.view.height()


def test_a_failed_open_keeps_the_stand_ins_layout(qtbot, tmp_path, recorded_prompts):
    # verify15, finding 7: after a binary file was refused, the new empty timeline had a
    # shorter timeline and an Events panel ~115 px taller than the stand-in before it
    # (the list was fitted to the empty timeline's lanes, none, and took 40% of the
    # window)
    from timeline_app.app import create_opening_window

    path = tmp_path / "bad2.json"
    path.write_bytes(bytes(range(256)) * 200)
    window = create_opening_window(str(path))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.panels_ready, timeout=10_000):
        window.show()
    window.size_to(1280, 800)
    before = _settled(window, qtbot)
    with qtbot.waitSignal(window.open_finished, timeout=10_000) as finished:
        assert window.open_path(str(path), background=True)
    assert finished.args == [False]
    assert recorded_prompts.errors  # "Cannot open timeline", said in a dialog
    assert window.document.timeline.title == "Untitled timeline"
    assert not window.document.timeline
    window._list_fit_timer.start()  # as a resize or a reset would
    assert _settled(window, qtbot) == before
    window.close()


def test_an_empty_timeline_keeps_the_lists_default_height(window, qtbot):
    # File → New: the same rule as after a failed open; a timeline with events is fitted
    window.size_to(1280, 800)
    with_events = _settled(window, qtbot)
    window.document.replace_timeline(type(window.document.timeline)(), None)
    window._list_fit_timer.start()
    empty = _settled(window, qtbot)
    assert empty[0] == window._default_list_height(window.height())
    assert with_events[0] != empty[0]  # (the sample's lanes leave the list more room)
