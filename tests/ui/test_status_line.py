"""The status line ("8 events · showing … · selected: …") stays in view while a toolbar
hint or a temporary message is shown, and a long title never widens the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton


def test_a_toolbar_hint_does_not_replace_the_status_line(window, qtbot):
    window.selection.select("munich-meeting")
    status = window._status
    assert "8 events" in status.text() and "selected: Cho and Iwaya meet in Munich" in status.text()
    toolbar_button = next(b for b in window.findChildren(QToolButton)
                          if b.defaultAction() is window.fit_action)
    # What hovering a toolbar button does: its action shows its status tip
    window.fit_action.showStatusText(toolbar_button)
    assert window.statusBar().currentMessage() == window.fit_action.statusTip() != ""
    assert status.isVisible() and not status.visibleRegion().isEmpty()
    window.statusBar().showMessage("Saved somewhere", 5000)
    assert status.isVisible() and "8 events" in status.text()
    # the hint and the status line side by side, not on top of each other
    assert status.geometry().left() > window.statusBar().fontMetrics().horizontalAdvance(
        "Saved somewhere")


def test_a_long_selected_title_does_not_widen_the_window(window, qtbot):
    event = window.document.timeline.get("munich-meeting")
    import dataclasses

    window.document.update_event(dataclasses.replace(event, title="Talks " * 120))
    window.selection.select("munich-meeting")
    assert window.minimumSizeHint().width() < 800
    window.resize(800, 600)
    assert window.width() == 800
    assert window._status.textFormat() == Qt.TextFormat.PlainText


def test_a_message_keeps_its_width_in_a_small_window(window, qtbot):
    """800 px with a long selected title: "Restored saudi (4 events)" was cut to
    "Restored saudi (4"; now the status line gives way and ends in "…"."""
    import dataclasses

    event = window.document.timeline.get("munich-meeting")
    window.document.update_event(dataclasses.replace(event, title="Long talks " * 12))
    window.selection.select("munich-meeting")
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    message = "Restored saudi (4 events)"
    window.statusBar().showMessage(message, 5000)
    status = window._status
    needed = window.statusBar().fontMetrics().horizontalAdvance(message)
    qtbot.waitUntil(lambda: status.geometry().left() > needed)
    assert "selected: Long talks" in status.text()  # the whole text is kept
    assert status.width() < status.fontMetrics().horizontalAdvance(status.text())
    status.grab()  # paints the elided line without error
    window.statusBar().clearMessage()
    qtbot.waitUntil(lambda: status.maximumWidth() > 10_000)


def test_an_edge_inside_a_gaps_band_is_not_named_by_a_day_of_the_gap(window, qtbot):
    """The default timeline's band of 1965-2023 at the left edge: the status line names
    the first day drawn after the band, not a day the band's width interpolates (it read
    "showing 6 January 2004 – …"); the day drawn at the right edge is unchanged."""
    from timeline_app.core.dates import day_number
    from timeline_app.ui.dates_input import day_range_words

    view = window.view
    (brk,) = view._scale.breaks
    middle = (view.x_of_day(brk.first_day) + view.x_of_day(brk.last_day)) / 2
    view._origin += middle / view._px_per_day
    window._update_status()
    first, last = view.visible_days()
    assert brk.first_day < first < brk.last_day  # the left edge is in the band
    assert view.shown_days() == (brk.last_day, last)
    assert f"showing {day_range_words(brk.last_day, last)}" in window._status.text()
    assert day_number(2022, 1, 1) < brk.last_day < day_number(2023, 4, 1)
    # the view's right edge in the band instead: the band's first day ends the range
    view._origin -= view.viewport().width() / view._px_per_day
    assert view.shown_days() == (view.visible_days()[0], brk.first_day)


def test_the_range_shown_follows_a_moving_view_without_a_new_text_every_step(window, qtbot):
    """A drag or a held key moves the view every frame; the status line's "showing …"
    re-laid the status bar out at each of them (~0.5 ms a frame at 100 000 events, issue
    11). It now follows at once, then within ``STATUS_FOLLOWS_MS``: a burst of steps sets
    its text once at its first step and once when the burst is over."""
    from timeline_app.ui.dates_input import day_range_words
    from timeline_app.ui.main_window import STATUS_FOLLOWS_MS

    assert STATUS_FOLLOWS_MS <= 150  # still reads as following the view
    view = window.view
    view.zoom_by(4.0)  # room to pan both ways
    qtbot.waitUntil(lambda: not window._status_follows.isActive())
    status = window._status
    texts: list[str] = []
    original = status.setText
    status.setText = lambda text: (texts.append(text), original(text))  # type: ignore[method-assign]
    try:
        before = view.shown_days()
        for _step in range(10):
            view._pan_pixels(-30)
        assert view.shown_days() != before
        assert len(texts) == 1  # the first step, shown at once; the others wait
        qtbot.waitUntil(lambda: len(texts) == 2, timeout=2000)  # where the burst ended
        assert f"showing {day_range_words(*view.shown_days())}" in status.text()
    finally:
        del status.setText


def test_a_single_move_of_the_view_is_named_at_once(window, qtbot):
    """Fit All, a click on the axis: the status line names the new range at once, not
    ``STATUS_FOLLOWS_MS`` later (a picture taken at start-up named the view before Fit
    All, "showing 1 December 2026 – 9 March 2027", under a view of 1964-2025)."""
    from timeline_app.ui.dates_input import day_range_words

    view = window.view
    qtbot.waitUntil(lambda: not window._status_follows.isActive())
    view.zoom_by(4.0)
    assert f"showing {day_range_words(*view.shown_days())}" in window._status.text()
