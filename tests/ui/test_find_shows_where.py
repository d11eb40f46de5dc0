"""Find says where it found the event shown in Details, and shades the words found
(verify29, item 9: "Seoul" found "Cho and Iwaya meet in Munich" only through a source
sentence, and nothing said so).  The shading is made with ``QTextCursor`` formats on the
laid-out text (extra selections), never with HTML made of it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor

from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.document import Document
from timeline_app.selection import EventSelection
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.style import SHADED_FOUND, is_dark_palette


def shaded(pane: DetailPane) -> list[str]:
    """The runs of text the pane shades as found (its extra selections, drawn over the
    text)."""
    background = QColor(SHADED_FOUND[is_dark_palette()][1])
    return [selection.cursor.selectedText() for selection in pane.extraSelections()
            if selection.format.background().color() == background]


def test_a_word_found_only_in_a_source_sentence_is_said_and_shaded(window):
    window.find_state.set_text("Seoul")
    window.selection.select("munich-meeting")
    text = window.detail_pane.plain_text()
    assert "Find “Seoul” matched in: source sentence 1" in text
    assert shaded(window.detail_pane) == ["Seoul"]
    window.find_state.set_text("munich IWAYA")
    runs = shaded(window.detail_pane)
    assert runs.count("Munich") >= 3 and "Iwaya" in runs  # title, place, summary, sentences
    assert "matched in: title, place, participants, summary" in window.detail_pane.plain_text()
    window.selection.select(None)  # nothing shown: nothing shaded in what replaced it
    assert shaded(window.detail_pane) == [] and window.detail_pane.extraSelections() == []
    window.selection.select("munich-meeting")
    window.find_state.set_text("")
    assert "matched in" not in window.detail_pane.plain_text()
    assert shaded(window.detail_pane) == []


def test_an_event_not_found_says_nothing(window):
    window.find_state.set_text("Seoul")
    window.selection.select("normalization-1965")
    assert "matched in" not in window.detail_pane.plain_text()
    assert shaded(window.detail_pane) == []


def test_labels_dates_and_html_looking_text_are_never_shaded_nor_read_as_html(qtbot):
    day = FuzzyDate.of_day(dt.date(2025, 3, 22))
    event = Event("e", "<b>Place</b> of talks", day, location="Place de la Concorde",
                  participants=("Date <i>Place</i>",), date_basis="Place named in the text",
                  evidence=(Evidence("<img src='x'> Place talks.", 0, 27),))
    document = Document(Timeline.from_events([event]))
    selection = EventSelection()
    pane = DetailPane(document, selection)
    qtbot.addWidget(pane)
    pane.set_find_text("place")
    selection.select("e")
    text = pane.plain_text()
    assert "<b>Place</b> of talks" in text and "<img src='x'> Place talks." in text
    runs = shaded(pane)
    # title, place, participant, sentence; not the "Place:" label nor the date basis
    assert runs == ["Place", "Place", "Place", "Place"]
    assert "Place: Place de la Concorde" in text


def test_the_events_list_tooltip_says_where_a_match_was_found(window):
    from PySide6.QtCore import Qt

    model = window.event_list.table_model()
    row = model.row_of("munich-meeting")
    tip = str(model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole))
    assert "matched in" not in tip
    window.find_state.set_text("Seoul")
    tip = str(model.index(model.row_of("munich-meeting"), 1).data(Qt.ItemDataRole.ToolTipRole))
    assert "Find matched in: source sentence 1" in tip
    other = model.row_of("normalization-1965")  # no match: nothing said
    assert "matched in" not in str(model.index(other, 1).data(Qt.ItemDataRole.ToolTipRole))
