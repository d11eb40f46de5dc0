"""Session 12, branch ui13: defects fresh users found in the window, the import review
and the exports (vfix12's, ux12's and trial12's reports)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def _settle(qtbot, rounds: int = 10) -> None:  # type: ignore[no-untyped-def]
    for _ in range(rounds):
        QApplication.processEvents()
        qtbot.wait(5)


def test_the_current_view_picture_counts_the_events_it_shows(window, qtbot,  # type: ignore[no-untyped-def]
                                                             picture_subtitles):
    """vfix12's report: the header of a picture of the current view said "8 events" (the
    whole timeline) over a picture of two of them; its "+N" count already was the
    picture's own."""
    from timeline_app.core.dates import day_number

    view = window.view
    window.resize(1024, 700)
    _settle(qtbot)
    view.show_range(day_number(2025, 1, 1), day_number(2025, 4, 30))
    _settle(qtbot)
    first, last = view.visible_days()
    inside = [e for e in window.document.timeline
              if e.day_range()[0] <= last and e.day_range()[1] > first]
    assert 0 < len(inside) < len(window.document.timeline)
    assert window.export_picture("PNG", whole=False)
    subtitle = picture_subtitles[-1]
    assert f"{len(inside)} of the timeline’s {len(window.document.timeline)} events" in subtitle, \
        subtitle
    # A search: its matches after the count, as the status bar words them.
    window.find_state.set_text("Iwaya")
    _settle(qtbot)
    assert window.export_picture("PNG", whole=False)
    parts = picture_subtitles[-1].split(" · ")
    assert parts[1] == f"{len(inside)} of the timeline’s 8 events", parts
    assert parts[2].endswith("for “Iwaya”"), parts
    window.find_state.set_text("")
    _settle(qtbot)
    # Under a filter: the events in view, then the filter's words.
    window.find_state.toggle_category("meeting")
    _settle(qtbot)
    shown = [e for e in inside if e.category != "meeting"]
    assert window.export_picture("PNG", whole=False)
    subtitle = picture_subtitles[-1]
    assert subtitle.split(" · ")[1] == f"{len(shown)} event{'s' * (len(shown) != 1)} in view", \
        subtitle
    assert "events shown (filter:" in subtitle


def _review_of(qtbot, candidates, existing=()):  # type: ignore[no-untyped-def]
    """A review of ``candidates`` (as if one article gave them)."""
    import dataclasses

    from timeline_app.extract import extract_events
    from timeline_app.ui.import_article import ReviewDialog

    result = extract_events("JAKARTA, 14 November 2026 (Reuters) - Talks were held on Tuesday.")
    result = dataclasses.replace(result, candidates=tuple(candidates))
    dialog = ReviewDialog(result, True, None, list(existing))
    qtbot.addWidget(dialog)
    return dialog


def test_the_same_event_told_twice_in_an_article_is_flagged_in_the_review(qtbot):  # type: ignore[no-untyped-def]
    """trial12 finding 6: "October 2026 · Visit to Brasilia" and "21 October 2026 ·
    Sugiono and Mauro Vieira meet" (one trip) were not flagged, while duplicates of the
    timeline's events were.  Now both rows say which row they may repeat and why, in
    plain text, and stay ticked; events on other dates or in other places are not
    flagged."""
    from PySide6.QtCore import Qt

    from timeline_app.core import FuzzyDate
    from timeline_app.extract import Candidate
    from timeline_app.ui.import_article import ReviewDialog

    candidates = [
        Candidate("Visit to Brasilia", FuzzyDate.of_month(2026, 10), "'last month'", "visit",
                  0.8, "Brasilia", ("Brazil", "Indonesia")),
        Candidate("Sugiono and Mauro Vieira meet", FuzzyDate.of_day(_day(2026, 10, 21)),
                  "'21 October'", "meeting", 0.9, "Brasilia", ("Sugiono", "Mauro Vieira")),
        Candidate("Lula visits Jakarta", FuzzyDate.of_day(_day(2026, 11, 9)), "'Monday'",
                  "visit", 0.9, "Jakarta", ("Lula",)),
        Candidate("<b>Coast guards</b> meet", FuzzyDate.of_month(2026, 10), "'this month'",
                  "meeting", 0.9, "Ho Chi Minh City", ("Sugiono",)),
    ]
    dialog = _review_of(qtbot, candidates)
    assert set(dialog.told_twice) == {0, 1}
    assert not dialog.table.isColumnHidden(ReviewDialog.DUPLICATE)
    cells = [dialog.table.item(row, ReviewDialog.DUPLICATE).text() for row in range(4)]
    assert cells == ["row 2?", "row 1?", "no", "no"]
    assert all(dialog.is_checked(row) for row in range(4))
    label = dialog.duplicate_label
    assert label.textFormat() == Qt.TextFormat.PlainText and not label.isHidden()
    dialog.table.setCurrentCell(0, ReviewDialog.TITLE)
    assert label.text().startswith("Row 1 may tell the same event as row 2 of the article, "
                                   "“Sugiono and Mauro Vieira meet” (21 October 2026): "), \
        label.text()
    assert "same place (Brasilia)" in label.text() and "untick one" in label.text()
    # the other row as corrected, not as extracted (verify54: its old title was quoted)
    dialog.set_cell(1, "Title", "Sugiono meets Mauro Vieira")
    dialog.table.setCurrentCell(2, ReviewDialog.TITLE)
    dialog.table.setCurrentCell(0, ReviewDialog.TITLE)
    assert "row 2 of the article, “Sugiono meets Mauro Vieira” (21 October 2026)" in (
        label.text())
    assert any("Rows 1 and 2 may be one event told twice in the article" in w.text()
               for w in dialog.findChildren(type(label)))  # the intro says it too
    dialog.table.setCurrentCell(2, ReviewDialog.TITLE)
    assert label.text() == "Row 3 is not like any event already in the timeline."
    # The flag stays in a new timeline (it is about the article, not the timeline).
    dialog.new_radio.setChecked(True)
    dialog.table.setCurrentCell(1, ReviewDialog.TITLE)
    assert not label.isHidden() and label.text().startswith("Row 2 may tell the same event")
    dialog.resize(1100, 500)
    dialog.grab().save("/tmp/ui13/told_twice.png") if _looking() else None


def _looking() -> bool:
    import os

    return bool(os.environ.get("UI13_PNG"))


def _day(year: int, month: int, day: int):  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.date(year, month, day)


def test_the_first_filters_opening_at_1024_px_is_a_tab(window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """vfix12's report: at exactly 1024×700 (offscreen) the first Find → Filters made a
    third column that left the timeline ~385 px: when the dock was judged, its column was
    not laid out yet, so the view still had its old width (X11 gave a tab)."""
    from PySide6.QtCore import QRect

    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _window: QRect(0, 0, 1600, 1000))
    window.resize(1024, 700)
    _settle(qtbot)
    window._filter_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window._filter_dock.isVisible())
    _settle(qtbot, 20)
    assert window._filter_dock in window.tabifiedDockWidgets(window._details_dock)
    assert window.view.width() >= 0.5 * window.width(), window.view.width()


def test_ctrl_right_at_a_bands_edge_keeps_the_fitted_view(window, qtbot):  # type: ignore[no-untyped-def]
    """ux12's report: at Fit All (1024×700), Ctrl+→ on the 1965 treaty, a month before
    the "≈ 57 years" band, shifted the view by a month (its first day went from April to
    May 1964) and the treaty stayed at the same x: the band's edge moved with it.  Now
    the band takes the month out of its own width: the view's days stay, every other
    event keeps its x and the treaty is seen to move right; Undo brings back the view
    and Ctrl+0 lays the band out afresh."""
    from PySide6.QtCore import Qt

    window.resize(1024, 700)
    _settle(qtbot)
    view = window.view
    view.fit_all()
    _settle(qtbot)
    timeline = window.document.timeline

    def xs() -> dict[str, float]:
        return {e.id: view.x_of_day(e.day_range()[0]) for e in timeline}

    before, days = xs(), view.visible_days()
    ppd = view.px_per_day()
    assert len(view.scale().breaks) == 1
    view.select_event("normalization-1965")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot)
    assert timeline.get("normalization-1965").date.describe() == "July 1965"
    after = xs()
    assert view.visible_days() == days and view.px_per_day() == ppd
    assert all(abs(after[k] - before[k]) < 0.01 for k in before if k != "normalization-1965")
    assert after["normalization-1965"] - before["normalization-1965"] > 5
    window.document.undo_stack.undo()
    _settle(qtbot)
    assert timeline.get("normalization-1965").date.describe() == "June 1965"
    undone = xs()
    assert all(abs(undone[k] - before[k]) < 0.01 for k in before)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot)
    narrowed = view.scale().breaks[0].units
    view.fit_all()  # Ctrl+0: the band as Fit All lays it out
    assert view.scale().breaks[0].units > narrowed + 10


def test_the_details_pane_counts_the_events_the_filters_show(window, qtbot):  # type: ignore[no-untyped-def]
    """trial13 finding 14: with a filter showing 3 of 32 events, the Details pane (nothing
    selected) still said "32 events. Click an event…"."""
    window.selection.select(None)
    _settle(qtbot)
    pane = window.detail_pane
    assert "8 events. Click an event" in pane.plain_text()
    window.find_state.toggle_category("meeting")  # 3 of the 8 events hidden
    _settle(qtbot)
    assert "5 of 8 events shown (filter:" in pane.plain_text(), pane.plain_text()
    assert "8 events. Click" not in pane.plain_text()
    window.find_state.clear_filter()
    _settle(qtbot)
    assert "8 events. Click an event" in pane.plain_text()


def test_narrowing_the_window_narrows_a_wide_details_column(window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """trial13 finding 9: from 1280×800 to 1024×700 the Details column kept 384 px (38 %
    of the window) and three of the eight titles were shortened; a first start at
    1024×700 gives it 307 px and shortens two."""
    from PySide6.QtCore import QRect

    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _window: QRect(0, 0, 1600, 1000))
    window.size_to(1280, 800)
    _settle(qtbot)
    details = window._details_dock
    wide = details.width()
    assert wide > 0.29 * 1280
    window.resize(1024, 700)
    _settle(qtbot)
    assert details.width() <= max(int(0.3 * 1024), round(wide * 1024 / 1280)) + 2, \
        details.width()
    assert details.width() >= main_window.DETAILS_LEAST_WIDTH
    # Growing gives Details the share of a window opened at 1200 px, no more: it kept
    # its 307 px until session 56, when a window's Details width became one function of
    # the window's width, whether opened at it or made so (verify71 F10).
    window.resize(1200, 700)
    _settle(qtbot)
    assert abs(details.width() - window._default_details_width(1200)) <= 1


def test_the_find_bar_takes_its_row_from_the_events_list(window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """trial13 finding 11: at 1280×800 Ctrl+F's bar took a row of height from the lanes,
    and the Anniversary lane then needed the vertical scroll bar; the Events list, with
    room to spare, kept its height.  Closed, the list gets the row back."""
    from PySide6.QtCore import QRect

    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _window: QRect(0, 0, 1600, 1000))
    window.size_to(1280, 800)
    bar = window.view.verticalScrollBar()
    qtbot.waitUntil(lambda: window._list_height_set > 0 and bar.maximum() == 0)
    _settle(qtbot, 20)
    height = window._list_dock.height()
    from timeline_app.ui.timeline_view import LANES_TOP

    blank = (window.view.viewport().height() - LANES_TOP
             - window.view.laid_out_content_height())  # under the lanes
    window.open_find()
    qtbot.waitUntil(window._find_toolbar.isVisible)
    # The list is no taller than its rows (ui25): the bar's row comes from the blank under
    # the lanes while there is enough, else from the list.
    if window._find_toolbar.height() > blank:
        qtbot.waitUntil(lambda: window._list_dock.height() < height)
    _settle(qtbot, 20)
    assert bar.maximum() == 0
    window.find_bar.closed.emit()
    qtbot.waitUntil(lambda: window._list_dock.height() == height)


def test_the_editors_date_read_back_is_never_cut(qtbot):  # type: ignore[no-untyped-def]
    """trial13 finding 12: "early December 2025" with circa ticked reads back on three
    lines, and the third ("keeps months, not parts of them") was cut off by the End
    field: the dialog kept its height and squeezed the read-back."""
    from timeline_app.io.bundled import load_default_timeline
    from timeline_app.ui.event_editor import EventEditor

    timeline = load_default_timeline()
    dialog = EventEditor(timeline, timeline.events[2])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.date_edit.setText("early December 2025")
    dialog.circa_check.setChecked(True)
    _settle(qtbot)
    words = dialog.date_words
    # (since session 16 the part is kept: the read-back ends with what circa means)
    assert words.text().endswith("days 1–10 (circa: the date is approximate)")
    assert words.height() >= words.heightForWidth(words.width()), \
        (words.height(), words.heightForWidth(words.width()))
    bottom = words.mapTo(dialog, words.rect().bottomLeft()).y()
    assert bottom < dialog.end_edit.mapTo(dialog, dialog.end_edit.rect().topLeft()).y()


def test_space_ticks_a_merge_row_from_any_column(qtbot):  # type: ignore[no-untyped-def]
    """ux12's report: in File → Merge, Space ticked or unticked a row only when the Add
    cell was the current cell (Qt's default); from the Date or Title cell it did nothing,
    while the import review ticks from any column."""
    from PySide6.QtCore import Qt

    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.ui.merge_dialog import MergeDialog

    other = Timeline.from_events([
        Event(f"m{i}", f"Summit {i}", FuzzyDate.of_year(1990 + i), category="meeting")
        for i in range(3)])
    dialog = MergeDialog(other, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setFocus()
    dialog.table.setCurrentCell(1, 2)  # the Title cell
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert [dialog.is_checked(row) for row in range(3)] == [True, False, True]
    assert dialog.ok_button.text() == "&Merge 2"
    dialog.table.setCurrentCell(1, 0)  # the Add cell: once, not twice
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.is_checked(1)
