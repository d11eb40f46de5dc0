"""A date typed without its year in the Edit Event dialog (verify81 F9): "early December"
was refused for an event read from an article dated 14 November 2025, with the reason
below the screen's edge at 150 % on a 768 px screen.  Now it takes the year nearest the
article's date, as the extractor dates such words, and says so; an event with no article
takes it from its own date; an event typed anew is still asked for the year, the reason
said beside the Date field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Source, Timeline
from timeline_app.ui.event_editor import EventEditor, read_with_year

DCT = dt.date(2025, 11, 14)


def _editor(qtbot, timeline: Timeline, event: Event | None) -> EventEditor:  # type: ignore[no-untyped-def]
    dialog = EventEditor(timeline, event)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot, dialog: EventEditor, text: str) -> None:  # type: ignore[no-untyped-def]
    dialog.date_edit.selectAll()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.date_edit, text)
    dialog.date_edit.editingFinished.emit()
    QApplication.processEvents()


def _article_timeline() -> tuple[Timeline, Event]:
    source = Source("src-nairobi", "Talks near a river boundary deal", "Lakeside Wire",
                    "Nairobi", DCT)
    event = Event("signing", "Foreign ministers sign the river boundary deal (scheduled)",
                  FuzzyDate.of_ymd(2025, 12, 2), category="treaty", source_id=source.id)
    return Timeline.from_events([event], "Horn talks", sources={source.id: source}), event


def test_the_year_nearest_the_dct():
    early = read_with_year("early December", DCT, "the article's date")
    assert early is not None and early.date == FuzzyDate.of_month(2025, 12, mod="START")
    march = read_with_year("14 March", DCT, "the article's date")
    assert march is not None and march.date == FuzzyDate.of_ymd(2026, 3, 14)
    june = read_with_year("3–5 June", DCT, "x")
    assert june is not None and june.date == FuzzyDate.of_ymd(2025, 6, 3)
    assert read_with_year("early December 2024", DCT, "x") is None  # (a year of its own:
    assert read_with_year("31 February", DCT, "x") is None  # read as it is, elsewhere)


def test_a_date_without_its_year_takes_the_articles(qtbot):  # type: ignore[no-untyped-def]
    timeline, event = _article_timeline()
    dialog = _editor(qtbot, timeline, event)
    _type(qtbot, dialog, "early December")
    words = dialog.date_words.text()
    assert words.startswith("early December 2025")
    assert "year from the article's date 14 November 2025" in words
    assert dialog.ok_button.isEnabled() and not dialog.error_label.text()
    edited = dialog.edited_event()
    assert edited is not None and edited.date.year == 2025 and edited.date.month == 12


def test_an_event_without_an_article_takes_its_own_dates_year(qtbot):  # type: ignore[no-untyped-def]
    event = Event("talks", "Border talks", FuzzyDate.of_ymd(2024, 6, 10))
    dialog = _editor(qtbot, Timeline.from_events([event], "t"), event)
    _type(qtbot, dialog, "14 March")
    assert dialog.date_words.text().startswith("14 March 2024")
    assert "year from the event's date before, 10 June 2024" in dialog.date_words.text()
    assert dialog.ok_button.isEnabled()


def test_a_new_event_is_asked_for_its_year_beside_the_date_field(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _window: QRect(0, 0, 910, 512))
    dialog = _editor(qtbot, Timeline.from_events([], "t"), None)
    qtbot.keyClicks(dialog.title_edit, "Border talks")
    _type(qtbot, dialog, "early December")
    assert not dialog.ok_button.isEnabled()
    assert dialog.date_words.text().startswith("Add the year")
    # beside the field: just under it, in the dialog's room on a 768 px screen at 150 %
    under = dialog.date_words.mapTo(dialog, dialog.date_words.rect().bottomLeft())
    field = dialog.date_edit.mapTo(dialog, dialog.date_edit.rect().bottomLeft())
    assert 0 <= under.y() - field.y() <= 3 * dialog.date_words.fontMetrics().lineSpacing()
    assert under.y() < 512 - 60
