"""Session 20, ui26: an Uncategorised event's CSV round trip through the window; new-user
trial verify27's saving message, dark radio buttons and double-click precision."""

from __future__ import annotations

import datetime as dt
import os


def test_an_uncategorised_event_comes_back_from_the_csv_export_uncategorised(
        window, exported_csv):
    """Its Category cell is empty; File → Import read it back in the lane "event", a
    lane of its own beside the "event" lane the file may have."""
    from timeline_app.core import Event, FuzzyDate, Timeline

    day = FuzzyDate.of_day(dt.date(2024, 5, 1))
    csv_path = exported_csv(Timeline.from_events(
        [Event("u", "Loose end", day, category=""), Event("e", "Something", day, category="event"),
         Event("t", "Signed", day, category="treaty")], title="Lanes"))
    assert window.import_csv(str(csv_path))
    assert {e.id: e.category for e in window.document.timeline} == {
        "u": "", "e": "event", "t": "treaty"}
    window.view.fit_all()
    assert not window.view.lane_name_rect("").isNull()  # the "Uncategorised" lane


def test_the_saving_message_keeps_the_file_name_beside_the_save_bar(
        window, qtbot, recorded_prompts, tmp_path, monkeypatch):
    """verify27, 12: during a Save As of a large file (to big2.json) the status bar read
    "Saving big…": the status line gave the message room for its text alone, and the
    save's progress bar and Cancel beside it took that room."""
    import dataclasses
    import threading

    from timeline_app.io import atomic
    from timeline_app.ui import autosave, main_window

    monkeypatch.setattr(main_window, "SAVE_IN_BACKGROUND_FROM", 1, raising=False)
    monkeypatch.setattr(autosave, "SAVE_IN_BACKGROUND_FROM", 1, raising=False)
    reached, release, real_fsync = threading.Event(), threading.Event(), atomic.os.fsync

    def held_fsync(fd: int) -> None:  # the worker waits here until the test is done
        reached.set()
        release.wait(3.0)
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", held_fsync)
    event = window.document.timeline.get("munich-meeting")
    window.document.update_event(dataclasses.replace(event, title="Long talks " * 12))
    window.selection.select("munich-meeting")
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: window.width() == 1100)
    recorded_prompts.save_path = str(tmp_path / "big2.json")
    assert window.save_as()
    qtbot.waitUntil(reached.is_set, timeout=3000)
    bar = window.statusBar()
    try:
        assert bar.currentMessage() == "Saving big2.json… (you can go on working)"
        qtbot.waitUntil(lambda: bar.shown_message() == bar.currentMessage())
        assert bar.message_room().right() < window._status.x()
        assert "selected: Long talks" in window._status.text()  # the line gives way
        if png := os.environ.get("UI26_PNG"):  # to look at it
            window.grab().save(png)
    finally:
        with qtbot.waitSignal(window.save_finished, timeout=10_000):
            release.set()


def test_the_review_dialogs_radio_buttons_can_be_seen_in_the_dark_theme(qapp, qtbot):
    """verify27, 11: "Add to the current timeline" / "Start a new timeline" were dark
    discs on the dark window (Fusion's outline is the window's colour made darker).  The
    unticked button's outline now reaches 3:1 (WCAG 1.4.11) against the window."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    from timeline_app.extract import extract_events
    from timeline_app.ui import theme
    from timeline_app.ui.import_article import ReviewDialog
    from timeline_app.ui.style import contrast_ratio

    try:
        theme.apply_theme(qapp, "dark")
        dialog = ReviewDialog(extract_events(
            "GENEVA, 3 March 2026 - The ministers met in Geneva on Tuesday."), True)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        radio = dialog.new_radio
        assert dialog.add_radio.isChecked() and not radio.isChecked()
        assert radio.palette().window().color().lightness() < 128
        option = QStyleOptionButton()
        option.initFrom(radio)
        box = radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator,
                                           option, radio)
        image = radio.grab().toImage()
        window_colour = radio.palette().window().color()
        seen = max(contrast_ratio(QColor(image.pixel(x, y)), window_colour)
                   for x in range(box.left(), box.right() + 1)
                   for y in range(box.top(), box.bottom() + 1))
        assert seen >= theme.NON_TEXT_CONTRAST
        if png := os.environ.get("UI26_PNG_RADIO"):  # to look at it
            dialog.grab().save(png)
    finally:
        theme.apply_theme(qapp, "light")


def test_a_month_under_an_axis_that_names_months():
    """verify27, 9: months 18 px wide, the axis ticked "Jan" and "Jul", and a double-click
    gave the year ("2025"): a month was given from 24 px on only."""
    from timeline_app.core import FuzzyDate
    from timeline_app.core.dates import day_number
    from timeline_app.ui.axis import choose_unit
    from timeline_app.ui.main_window import date_at_zoom

    day = day_number(2025, 3, 10)
    assert choose_unit(18 / 30.44) == "half year"
    assert date_at_zoom(day, 18 / 30.44) == FuzzyDate.of_month(2025, 3)
    assert date_at_zoom(day, 0.31) == FuzzyDate.of_month(2025, 3)  # "Jan", "Jul" still
    assert choose_unit(0.25) == "year"
    assert date_at_zoom(day, 0.25) == FuzzyDate.of_year(2025)  # the axis names years
    assert date_at_zoom(day, 6) == FuzzyDate.of_ymd(2025, 3, 10)


def test_a_double_click_on_the_default_view_gives_the_month_its_axis_names(
        window, qtbot, recorded_prompts):
    """The same on the window: right of the gap the default view's axis has month ticks,
    and a double-click there starts the new event on a month."""
    from PySide6.QtCore import QPoint, QPointF, Qt

    from timeline_app.core.dates import Precision
    from timeline_app.ui.axis import choose_unit

    view = window.view
    y = int(view.marker_rect("sado-memorial-boycott").center().y())
    x = next(x for x in range(view.viewport().width() * 2 // 3, view.viewport().width(), 7)
             if view.event_at(QPointF(x, y)) == "")
    assert choose_unit(window._px_per_day_at(x)) in ("month", "quarter", "half year")
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    dialog = recorded_prompts.editors[-1]
    date, _end, _problems = dialog._dates()
    assert date is not None and date.precision == Precision.MONTH, dialog.date_edit.text()
    assert dialog.date_edit.text() == date.describe()  # "January 2025", not "2025"
