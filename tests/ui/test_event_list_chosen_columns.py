"""The Events list's columns a reviewer chooses (verify43 F26): participants, place, who
reported it and how many source sentences it cites, besides Status; shown from the
header's right-click menu or View → Event List Columns, sortable, kept between runs.  To
check 38 rows for "traceable to its sentence? which outlets? entered by hand?" the list
offered Date, Event, Category, and the analyst did the review in an exported CSV."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from timeline_app.core import Event, Evidence, FuzzyDate, Source, Timeline
from timeline_app.core.sourced import SourcedEvidence
from timeline_app.document import Document
from timeline_app.selection import EventSelection
from timeline_app.ui.event_list import EventList, EventTableModel

PNG_DIR = Path(os.environ.get("TIMELINE_PNG_DIR", "/nonexistent"))
PARTICIPANTS, PLACE, REPORTED, SENTENCES = 4, 5, 6, 7


def _timeline() -> Timeline:
    sources = {"r": Source("r", "Leaders agree", "Reuters"),
               "p": Source("p", "Vučić on the eve of the meeting", "")}
    said = Evidence("The leaders agreed on Thursday.", 0, 31)
    return Timeline.from_events([
        Event("a", "Leaders agree on a commission", FuzzyDate.of_ymd(2026, 12, 3),
              participants=("Serbia", "Kosovo"), location="Brussels", source_id="r",
              evidence=(said, SourcedEvidence("Vučić travels tomorrow.", 0, 23, None, None,
                                              "p"))),
        Event("b", "Ban on the dinar", FuzzyDate.of_ymd(2024, 2, 1), participants=("Émile",),
              location="Priština", source_id="p",
              evidence=(Evidence("The bank banned dinars.", 0, 23),)),
        Event("c", "Typed by hand", FuzzyDate.of_ymd(2025, 1, 1))], sources=sources)


def _list(qtbot, width: int = 900) -> EventList:  # type: ignore[no-untyped-def]
    document = Document(_timeline())
    events = EventList(document, EventSelection())
    qtbot.addWidget(events)
    events.resize(width, 300)
    events.show()
    qtbot.waitExposed(events)
    return events


def _column(events: EventList, column: int) -> list[str]:
    model = events.table_model()
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_the_header_menu_shows_the_columns_a_reviewer_needs(qtbot):
    events = _list(qtbot)
    assert [events.isColumnHidden(c) for c in EventTableModel.CHOOSABLE] == [
        False, True, True, True, True]  # Status alone at first, as before
    menu = events.columns_menu(events)
    actions = {a.text().replace("&", ""): a for a in menu.actions()}
    assert list(actions) == ["Status", "Participants", "Place", "Reported By",
                             "Sentences (how many)"]
    for name in ("Participants", "Place", "Reported By", "Sentences (how many)"):
        actions[name].trigger()
    assert not any(events.isColumnHidden(c) for c in (PARTICIPANTS, PLACE, REPORTED, SENTENCES))
    assert _column(events, PARTICIPANTS) == ["Émile", "", "Serbia; Kosovo"]  # date order
    assert _column(events, PLACE) == ["Priština", "", "Brussels"]
    # each outlet once, else the article's headline quoted; an event of no article: none
    assert _column(events, REPORTED) == ["\u201cVučić on the eve of the meeting\u201d", "",
                                         "Reuters, \u201cVučić on the eve of the meeting\u201d"]
    assert _column(events, SENTENCES) == ["1", "0", "2"]
    header = events.table_model().headerData(REPORTED, Qt.Orientation.Horizontal,
                                              Qt.ItemDataRole.ToolTipRole)
    assert "outlets" in header and "right-click" in header
    actions["Status"].trigger()
    assert events.isColumnHidden(3)
    if PNG_DIR.is_dir():
        events.grab().save(str(PNG_DIR / "fix66-event-list-columns.png"))


def test_the_chosen_columns_sort(qtbot):
    events = _list(qtbot)
    model = events.table_model()
    titles = {row: model.data(model.index(row, 1)) for row in range(3)}
    assert titles == {0: "Ban on the dinar", 1: "Typed by hand",
                      2: "Leaders agree on a commission"}
    model.sort(SENTENCES)  # the events typed by hand first
    assert _column(events, 1) == ["Typed by hand", "Ban on the dinar",
                                  "Leaders agree on a commission"]
    model.sort(REPORTED)  # none first; a headline by its words, not by its quote mark
    assert _column(events, 1) == ["Typed by hand", "Leaders agree on a commission",
                                  "Ban on the dinar"]
    model.sort(PLACE)  # accents folded: "Priština" between "Brussels" and nothing after
    assert _column(events, PLACE) == ["", "Brussels", "Priština"]
    model.sort(PARTICIPANTS)
    assert _column(events, PARTICIPANTS) == ["", "Émile", "Serbia; Kosovo"]


def test_the_choice_is_kept_for_the_next_run(qtbot):
    first = _list(qtbot)
    first.set_column_shown(REPORTED, True)
    first.set_column_shown(3, False)
    again = _list(qtbot)
    assert again.shown_columns() == {REPORTED}
    assert not again.isColumnHidden(REPORTED) and again.isColumnHidden(3)


def test_titles_keep_their_least_width_beside_added_columns_in_a_narrow_list(qtbot):
    events = _list(qtbot, 380)
    for column in (PARTICIPANTS, PLACE, REPORTED, SENTENCES):
        events.set_column_shown(column, True)
    assert events.columnWidth(1) >= events.fontMetrics().averageCharWidth() * 28
    qtbot.waitUntil(lambda: events.horizontalScrollBar().maximum() > 0)  # a scroll away


def test_the_view_menu_offers_the_columns(window):  # type: ignore[no-untyped-def]
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    columns = next(a.menu() for a in view_menu.actions()
                   if a.menu() is not None and a.menu().objectName() == "eventListColumns")
    next(a for a in columns.actions() if a.text() == "P&lace").trigger()
    assert not window.event_list.isColumnHidden(PLACE)


def test_the_chosen_columns_are_dimmed_and_bold_as_a_search_marks_rows(qtbot):
    events = _list(qtbot)
    model = events.table_model()
    assert model.plain_cell(0, PLACE)[:3] == ("Priština", None, None)
    model.set_emphasis({"b"}, frozenset())  # a search that found the dinar ban (row 0)
    text, dim, bold, _ = model.plain_cell(0, PLACE)
    assert text == "Priština" and dim is None and bold is not None and bold.bold()
    text, dim, bold, _ = model.plain_cell(2, PLACE)
    assert text == "Brussels" and dim is not None and bold is None
    assert model.plain_cell(0, SENTENCES)[3] & Qt.AlignmentFlag.AlignRight
