"""Session 43, list48 (issue 11: the Events list's keys at 100 000 rows in ≤ 8 ms): the
list draws each cell's text from a cache of laid-out texts (``QStaticText``) instead of
the style's three ``QTextLayout``s a cell a frame, and looks exactly as before.

On a desktop-sized window the list's own paint was about half of every key (109 M of
Up's 227 M instructions), nearly all of it ``QCommonStyle::viewItemDrawText``.  Each
test compares the list's picture with the one Qt's own delegate paint
(``QStyledItemDelegate.paint``, the style laying out every cell's text) makes of the
same cells: every pixel equal."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyledItemDelegate

from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.document import Document
from timeline_app.selection import EventSelection
from timeline_app.ui import event_list as module
from timeline_app.ui.event_list import EventList

TITLES = ("Leaders agree on a commission to look into the long-running dispute over the "
          "border crossings and the fishing rights of both states in the bay",
          "قمة القادة في القاهرة حول غزة", "חתימה על הסכם השלום בין המדינות",
          "日本と韓国の首脳会談が東京で開かれた", "Short", "<b>not bold</b> &amp; markup",
          "Émile Zola's ﬁnal visit — Łódź", "Mixed عربي English text", "x" * 300)


def _timeline() -> Timeline:
    return Timeline.from_events([
        Event(f"e{i}", TITLES[i % len(TITLES)], FuzzyDate.of_ymd(2020 + i % 5, 1 + i % 12,
                                                                  1 + i % 28),
              category=("Meeting", "Treaty", "A very long category name for a lane")[i % 3],
              participants=("Serbia", "Kosovo") if i % 2 else (),
              location="Priština" if i % 3 else "Brussels",
              evidence=(Evidence("The leaders met.", 0, 16),) * (i % 4),
              status="confirmed" if i % 5 == 0 else None)
        for i in range(30)])


def _list(qtbot, width: int = 1400, rtl: bool = False) -> EventList:  # type: ignore[no-untyped-def]
    document = Document(_timeline())
    selection = EventSelection()
    events = EventList(document, selection)
    qtbot.addWidget(events)
    if rtl:
        events.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    events.resize(width, 500)
    for column in (4, 5, 7):  # participants, place, sentences (right-aligned)
        events.set_column_shown(column, True)
    events.show()
    qtbot.waitExposed(events)
    selection.select_many(["e3", "e4"], "e4")
    events.setFocus()
    QApplication.processEvents()
    return events


def _qts_own_and_ours(events: EventList) -> tuple[QImage, QImage]:
    """The list grabbed as Qt's own delegate paints it, then as the list does."""
    ours = module._CellDelegate.paint
    module._CellDelegate.paint = QStyledItemDelegate.paint  # type: ignore[method-assign]
    try:
        qts = events.grab().toImage()
    finally:
        module._CellDelegate.paint = ours  # type: ignore[method-assign]
    forget = getattr(events.itemDelegate(), "forget", None)
    if forget is not None:  # (the cells laid out anew)
        forget()
    return qts, events.grab().toImage()


def _assert_same(events: EventList) -> None:
    qts, ours = _qts_own_and_ours(events)
    assert qts.size() == ours.size()
    assert qts == ours, "the list's picture differs from Qt's own paint"


class _TextsDrawn(QProxyStyle):
    """Counts the cells whose text the style was asked to lay out and draw."""

    def __init__(self) -> None:
        super().__init__()
        self.texts = 0

    def drawControl(self, element, option, painter, widget=None):  # type: ignore[no-untyped-def]  # noqa: N802
        if element == QStyle.ControlElement.CE_ItemViewItem and option.text:
            self.texts += 1
        super().drawControl(element, option, painter, widget)


def test_the_style_lays_out_no_cell_text(qtbot):  # type: ignore[no-untyped-def]
    events = _list(qtbot)
    style = _TextsDrawn()
    events.setStyle(style)
    events.viewport().repaint()
    assert style.texts == 0  # (before: every cell with text, each frame)


@pytest.mark.parametrize("rtl", [False, True])
def test_the_list_looks_as_qts_own_paint_made_it(qtbot, rtl):  # type: ignore[no-untyped-def]
    """Elided titles, right-aligned counts, the selection's colours, right-to-left
    scripts and a right-to-left layout, markup shown as the plain text it is."""
    _assert_same(_list(qtbot, rtl=rtl))


def test_a_search_marks_and_a_narrower_list_look_as_qts_own(qtbot):  # type: ignore[no-untyped-def]
    events = _list(qtbot)
    events.table_model().set_emphasis({"e1", "e5"}, frozenset())  # bold and dimmed rows
    _assert_same(events)
    events.resize(1100, 500)  # the titles elided anew at the Event column's new width
    QApplication.processEvents()
    _assert_same(events)


def test_a_changed_title_is_drawn_anew(qtbot):  # type: ignore[no-untyped-def]
    events = _list(qtbot)
    document = events._document
    event = document.timeline.get("e4")
    before = events.grab().toImage()
    document.update_event(replace(event, title="Short and new"))
    QApplication.processEvents()
    after = events.grab().toImage()
    assert after != before
    _assert_same(events)


def test_wrapped_titles_are_left_to_the_style(qtbot):  # type: ignore[no-untyped-def]
    """A list too narrow for the Category column wraps its titles on two lines a row
    (``EventList._fit_columns``): drawn by the style, as before."""
    events = _list(qtbot, width=420)
    assert events.wordWrap()
    _assert_same(events)
