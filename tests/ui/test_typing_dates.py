"""Typing dates in the event editor as a person does: ambiguous slash dates, ranges in the
date field, BC dates, and an end before the start — keys and clicks on the real dialog."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui import dates_input
from timeline_app.ui.event_editor import EventEditor, describe_with_precision

PNG_DIR = Path(os.environ.get("TIMELINE_PNG_DIR", "/nonexistent"))


def _keys(qtbot, edit, text: str) -> None:
    """Type ``text``: key clicks, and characters no keyboard key makes (the en dash)
    inserted as an input method or a paste would."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            edit.insert(char)  # QTest's key events take Latin-1 only


def _type(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    _keys(qtbot, edit, text)


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton,
                     pos=QPoint(6, button.height() // 2))


def _grab(widget, name: str) -> None:
    if PNG_DIR.is_dir():
        widget.grab().save(str(PNG_DIR / name))


@pytest.fixture
def editor(qtbot, window):
    def make(event: Event | None = None) -> EventEditor:
        dialog = EventEditor(window.document.timeline, event)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    return make


@pytest.mark.parametrize("locale_day_first", [True, False])
def test_an_ambiguous_slash_date_offers_both_readings_in_the_locale_order(
        qtbot, editor, monkeypatch, locale_day_first):
    monkeypatch.setattr(dates_input, "locale_day_first", lambda: locale_day_first)
    dialog = editor()
    qtbot.keyClicks(dialog.title_edit, "Talks in Geneva")
    qtbot.keyClicks(dialog.date_edit, "12/11/2024")
    assert dialog.order_box.isVisible()
    assert dialog.day_first_radio.text() == "12 November 2024 (day first)"
    assert dialog.month_first_radio.text() == "11 December 2024 (month first)"
    chosen = dialog.day_first_radio if locale_day_first else dialog.month_first_radio
    assert chosen.isChecked()
    expected = FuzzyDate.of_ymd(2024, 11, 12) if locale_day_first else \
        FuzzyDate.of_ymd(2024, 12, 11)
    assert dialog.date_words.text().startswith(expected.describe())
    assert dialog.ok_button.isEnabled()
    assert dialog.edited_event().date == expected
    if locale_day_first:
        _grab(dialog, "dates2-editor-ambiguous.png")
    # The person picks the other reading with a click; the words follow at once.
    other = dialog.month_first_radio if locale_day_first else dialog.day_first_radio
    _click(qtbot, other)
    assert other.isChecked() and dialog.day_first() is not locale_day_first
    other_date = FuzzyDate.of_ymd(2024, 12, 11) if locale_day_first else \
        FuzzyDate.of_ymd(2024, 11, 12)
    assert dialog.date_words.text().startswith(other_date.describe())
    assert dialog.edited_event().date == other_date
    # The choice holds for the next date typed; an unambiguous date hides the chooser.
    _type(qtbot, dialog.date_edit, "3/4/2025")
    expected = FuzzyDate.of_ymd(2025, 3, 4) if locale_day_first else FuzzyDate.of_ymd(2025, 4, 3)
    assert dialog.edited_event().date == expected
    _type(qtbot, dialog.date_edit, "25/12/2024")
    assert not dialog.order_box.isVisible()
    assert dialog.edited_event().date == FuzzyDate.of_ymd(2024, 12, 25)


def test_the_chooser_is_reached_by_keyboard(qtbot, editor, monkeypatch):
    monkeypatch.setattr(dates_input, "locale_day_first", lambda: True)
    dialog = editor()
    qtbot.keyClicks(dialog.title_edit, "Talks")
    qtbot.keyClicks(dialog.date_edit, "5/6/2025")
    assert dialog.month_first_radio.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(dialog.month_first_radio, Qt.Key.Key_Space)  # Tab to it, then Space
    assert dialog.month_first_radio.isChecked()
    assert dialog.edited_event().date == FuzzyDate.of_ymd(2025, 5, 6)


def test_an_ambiguous_end_is_offered_too(qtbot, editor, monkeypatch):
    monkeypatch.setattr(dates_input, "locale_day_first", lambda: True)
    dialog = editor()
    qtbot.keyClicks(dialog.title_edit, "Conference")
    qtbot.keyClicks(dialog.date_edit, "1 March 2024")
    qtbot.keyClicks(dialog.end_edit, "4/5/2024")
    assert dialog.order_box.isVisible() and "which end" in dialog.order_label.text()
    assert dialog.edited_event().end == FuzzyDate.of_ymd(2024, 5, 4)
    _click(qtbot, dialog.month_first_radio)
    assert dialog.edited_event().end == FuzzyDate.of_ymd(2024, 4, 5)


@pytest.mark.parametrize(("typed", "start", "end", "words"), [
    ("1965–1970", FuzzyDate.of_year(1965), FuzzyDate.of_year(1970), "1965–1970 — 6 years"),
    ("March to May 1965", FuzzyDate.of_month(1965, 3), FuzzyDate.of_month(1965, 5),
     "March–May 1965 — about 3 months"),
    ("9–13 March 2012", FuzzyDate.of_ymd(2012, 3, 9), FuzzyDate.of_ymd(2012, 3, 13),
     "9–13 March 2012 — 5 days"),
    ("50–44 BC", FuzzyDate.of_year(-49), FuzzyDate.of_year(-43), "50–44 BC — 7 years"),
])
def test_a_range_typed_in_the_date_field_fills_date_and_end(qtbot, editor, typed, start, end,
                                                             words):
    dialog = editor()
    qtbot.keyClicks(dialog.title_edit, "Negotiations")
    _keys(qtbot, dialog.date_edit, typed)
    assert dialog.date_words.text() == words  # said back while typing, before leaving
    assert dialog.end_edit.placeholderText() == f"{end.describe()}, from the range typed in Date"
    if typed == "March to May 1965":
        _grab(dialog, "dates2-editor-range.png")
    assert dialog.ok_button.isEnabled()
    event = dialog.edited_event()
    assert (event.date, event.end) == (start, end)
    # Enter (or leaving the field) splits the range into the two fields, then is OK.
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert dialog.date_edit.text() == start.describe()
    assert dialog.end_edit.text() == end.describe()
    assert dialog.result() == EventEditor.DialogCode.Accepted
    assert (dialog.edited_event().date, dialog.edited_event().end) == (start, end)


def test_a_range_and_an_end_at_once_is_refused_inline(qtbot, editor):
    dialog = editor()
    qtbot.keyClicks(dialog.title_edit, "Negotiations")
    qtbot.keyClicks(dialog.end_edit, "1972")
    _keys(qtbot, dialog.date_edit, "1965–1970")
    assert not dialog.ok_button.isEnabled()
    assert "already gives the end (1970)" in dialog.error_label.text()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)  # not split over the typed end
    assert dialog.date_edit.text() == "1965–1970"
    _type(qtbot, dialog.end_edit, "1965–1970")
    assert "range (1965–1970) goes in the Date field" in dialog.error_label.text()


def test_live_feedback_says_what_a_loose_date_covers(qtbot, editor):
    dialog = editor()
    qtbot.keyClicks(dialog.date_edit, "late 1990s")  # a part of a decade (session 16)
    assert dialog.date_words.text() == ("the late 1990s — the late part of a decade, "
                                        "1997–1999")
    _type(qtbot, dialog.date_edit, "mid-2024")
    assert dialog.date_words.text().startswith("mid 2024 — the middle third of 2024")
    _type(qtbot, dialog.date_edit, "10.11.2020")  # dotted: day first everywhere
    assert dialog.date_words.text().startswith("10 November 2020 — a day, a Tuesday")
    assert not dialog.order_box.isVisible()


def test_a_bc_date_is_typed_saved_and_read_back(qtbot, window, recorded_prompts, tmp_path):
    def script(dialog):
        qtbot.keyClicks(dialog.title_edit, "Assassination of Caesar")
        qtbot.keyClicks(dialog.date_edit, "March 15, 44 BC")
        assert dialog.date_words.text() == "15 March 44 BC — a day"
        _grab(dialog, "dates2-editor-bc.png")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    recorded_prompts.edit_script = script
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    event = window.document.timeline.get(window.selection.event_id)
    assert event.date == FuzzyDate.of_ymd(-43, 3, 15)
    assert "15 March 44 BC" in window.detail_pane.plain_text()
    _grab(window, "dates2-window-bc.png")
    path = tmp_path / "bc.json"
    timeline_io.save(window.document.timeline, path)
    assert timeline_io.load(path).get(event.id).date == FuzzyDate.of_ymd(-43, 3, 15)

    # Edited again: the field shows it as typed words, and a BC year alone works too.
    def again(dialog):
        assert dialog.date_edit.text() == "15 March 44 BC"
        _type(qtbot, dialog.date_edit, "44 BC")
        assert dialog.date_words.text() == "44 BC — a year: some time in it"
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    recorded_prompts.edit_script = again
    window.view.select_event(event.id)
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    assert window.document.timeline.get(event.id).date == FuzzyDate.of_year(-43)


def test_the_end_before_the_start_disables_ok_with_the_reason(qtbot, editor):
    dialog = editor()
    qtbot.keyClicks(dialog.title_edit, "Siege")
    qtbot.keyClicks(dialog.date_edit, "50 BC")
    qtbot.keyClicks(dialog.end_edit, "60 BC")
    assert not dialog.ok_button.isEnabled()
    assert dialog.error_label.text() == "The end is before the start: 60 BC comes before 50 BC."
    _grab(dialog, "dates2-editor-end-before-start.png")
    assert dialog.edited_event() is None
    _type(qtbot, dialog.end_edit, "AD 10")  # across year 0
    assert dialog.ok_button.isEnabled() and dialog.error_label.text() == ""
    assert dialog.edited_event().end == FuzzyDate.of_year(10)
    # The end may start on the start's own day (the native format's rule is "not before").
    _type(qtbot, dialog.end_edit, "50 BC")
    assert dialog.ok_button.isEnabled()


def test_an_event_with_a_bc_range_opens_in_the_editor(qtbot, editor):
    event = Event("x", "War", FuzzyDate.of_year(-263, circa=True), end=FuzzyDate.of_year(-240))
    dialog = editor(event)
    assert dialog.date_edit.text() == "264 BC" and dialog.circa_check.isChecked()
    assert dialog.end_edit.text() == "241 BC"
    assert dialog.date_words.text().startswith("about 264 BC")
    assert dialog.edited_event() == event


def test_precision_words_across_year_0():
    assert describe_with_precision(FuzzyDate.of_part(-43, "WI")) == (
        "winter 44 BC — a season, December 44 BC–February 43 BC")
    assert describe_with_precision(FuzzyDate.of_part(0, "late")) == (
        "late 1 BC — the last third of 1 BC, September–December")
    assert describe_with_precision(FuzzyDate.of_decade(-50)) == (
        "the decade 51–42 BC — a decade, 51 BC–42 BC")
    # Weekdays only from the Gregorian reform on: earlier sources write Julian dates.
    assert describe_with_precision(FuzzyDate.of_ymd(1, 1, 1)) == "1 January AD 1 — a day"
    assert describe_with_precision(FuzzyDate.of_ymd(1582, 10, 15)) == (
        "15 October 1582 — a day, a Friday")
    assert describe_with_precision(FuzzyDate.of_ymd(-9998, 1, 1)).startswith("1 January 9999 BC")


def test_a_new_event_at_a_bc_day_under_the_cursor():
    from timeline_app.core.dates import day_number
    from timeline_app.ui.main_window import date_at_zoom

    day = day_number(-43, 3, 15) + 0.4
    assert date_at_zoom(day, 10) == FuzzyDate.of_ymd(-43, 3, 15)
    assert date_at_zoom(day, 1) == FuzzyDate.of_month(-43, 3)
    assert date_at_zoom(day, 0.01) == FuzzyDate.of_year(-43)
    assert date_at_zoom(-0.5, 10) == FuzzyDate.of_ymd(0, 12, 30)  # floor, not truncation
    assert date_at_zoom(-1e12, 0.01) == FuzzyDate.of_year(-9998)
    assert date_at_zoom(float("nan"), 0.01).year >= 2024
    assert date_at_zoom(1e12, 0.01) == FuzzyDate.of_year(9999)


def test_a_bc_timeline_round_trips_through_the_editor_unchanged(qtbot, editor):
    timeline = Timeline.from_events([
        Event("a", "Peace of Apamea", FuzzyDate.of_year(-187), end=FuzzyDate.of_year(-186)),
        Event("b", "Embassy", FuzzyDate.of_part(-43, "Q2")),
        Event("c", "Decade", FuzzyDate.of_decade(-50)),
        Event("d", "Council", FuzzyDate.of_month(325, 5)),
    ])
    for event in timeline:
        dialog = editor(event)
        assert dialog.ok_button.isEnabled(), (event, dialog.error_label.text())
        assert dialog.edited_event() == event


def test_day_words_for_the_status_bar_across_year_0():
    from timeline_app.core.dates import day_number
    from timeline_app.ui.dates_input import day_words

    assert day_words(day_number(2025, 3, 22) + 0.5) == "22 March 2025"
    assert day_words(day_number(800, 3, 2)) == "2 March AD 800"
    assert day_words(day_number(-43, 3, 15) + 0.5) == "15 March 44 BC"
    assert day_words(-1e15) == day_words(float("-inf")) == "1 January 9999 BC"
    assert day_words(1e15) == "31 December 9999" and day_words(float("nan")) == ""


def test_any_date_opens_in_the_editor_and_comes_back_unchanged(qtbot):
    """Generated dates from 9990 BC to AD 9980: the editor shows each in words, reads the
    words back, and OK gives the same event (the end too, if it is not before the start)."""
    import datetime as dt

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from timeline_app.core.dates import PART_OF_YEAR_MONTHS

    years = st.integers(-9989, 9980) | st.integers(-100, 100)
    dates = st.one_of(
        st.builds(FuzzyDate.of_ymd, years, st.integers(1, 12), st.integers(1, 28),
                  st.booleans()),
        st.builds(FuzzyDate.of_month, years, st.integers(1, 12), st.booleans()),
        st.builds(FuzzyDate.of_part, years, st.sampled_from(sorted(PART_OF_YEAR_MONTHS)),
                  st.booleans()),
        st.builds(FuzzyDate.of_year, years, st.booleans()),
        st.builds(FuzzyDate.of_decade, st.integers(-998, 997).map(lambda d: d * 10),
                  st.booleans()),
        st.builds(FuzzyDate.of_day, st.dates(dt.date(1, 1, 1), dt.date(9980, 12, 31))),
    )
    timeline = Timeline()

    @settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "40")), deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture,
                                     HealthCheck.too_slow])
    @given(dates, st.none() | dates)
    def check(date: FuzzyDate, end: FuzzyDate | None) -> None:
        if end is not None and end.start_day() < date.start_day():
            date, end = end, date
        event = Event("x", "Generated", date, end=end)
        dialog = EventEditor(timeline, event)
        try:
            assert dialog.ok_button.isEnabled(), dialog.error_label.text()
            assert describe_with_precision(date) in dialog.date_words.text() or date.circa
            assert dialog.edited_event() == event
        finally:
            dialog.deleteLater()

    check()


def test_the_status_bar_says_where_the_view_is_before_ad_1(window, monkeypatch):
    from timeline_app.core.dates import day_number

    first, last = day_number(-43, 3, 15) + 0.5, day_number(2025, 3, 22) + 0.5
    monkeypatch.setattr(window.view, "shown_days", lambda: (first, last))
    window._update_status()
    assert "showing 15 March 44 BC – 22 March 2025" in window._status.text()


def test_the_status_bar_writes_the_shown_range_in_words_like_the_detail_pane(window,
                                                                             monkeypatch):
    """One way of writing a date for people: words, a shared month or year said once."""
    from timeline_app.core.dates import day_number
    from timeline_app.ui.dates_input import day_range_words

    assert day_range_words(day_number(2024, 11, 4), day_number(2024, 11, 20)) \
        == "4–20 November 2024"
    assert day_range_words(day_number(2024, 11, 4), day_number(2024, 12, 20)) \
        == "4 November – 20 December 2024"
    assert day_range_words(day_number(1965, 4, 15), day_number(2025, 8, 16)) \
        == "15 April 1965 – 16 August 2025"
    assert day_range_words(day_number(2025, 3, 22), day_number(2025, 3, 22)) \
        == "22 March 2025"
    assert day_range_words(float("nan"), 0.0) == ""
    first, last = day_number(2024, 11, 4) + 0.5, day_number(2024, 11, 20) + 0.5
    monkeypatch.setattr(window.view, "shown_days", lambda: (first, last))
    window._update_status()
    text = window._status.text()
    assert "showing 4–20 November 2024" in text
    assert re.search(r"\d{4}-\d\d", text) is None  # no ISO 8601 beside the words
