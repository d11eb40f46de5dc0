"""What a restart brings back on a small screen (verify43 F16, F30: 1366×768 at 1.25×).

F16: the docks beside the timeline came back ~80 px narrower, their tab names cut ("Det…",
"Arti…", "Eve…", "Filt…"): the Filters tab, behind the others, counted as a column of its
own, so the docks "took" over 40 % of the window, and the group was sized to Filters'
215 px.  F30: the toolbar's "Import…" read "Import Article" after the restart (the
button's own text went back to its action's when the action was disabled while the file
reopened), and Save went behind "»"; and while the person worked the legend took a row of
its own and gave it back as events moved between lanes, moving the lanes ~30 px."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar, QToolBar

from timeline_app.core import Event, FuzzyDate


def test_a_filters_tab_is_no_column_of_its_own(window, qtbot):  # type: ignore[no-untyped-def]
    window.resize(1077, 566)
    qtbot.waitUntil(lambda: window.width() == 1077)
    window._lay_out_compact()  # the Events list a tab beside Details, as on a short screen
    window.tabifyDockWidget(window._details_dock, window._filter_dock)
    window._filter_dock.show()
    window.resizeDocks([window._details_dock], [325], Qt.Orientation.Horizontal)
    window._list_dock.raise_()
    QApplication.processEvents()
    window._filter_dock.setGeometry(0, 0, 215, 300)  # a tab behind: its own old place
    before = window._list_dock.width()
    assert 300 <= before <= 340
    window._keep_room_for_the_timeline()
    QApplication.processEvents()
    assert abs(window._list_dock.width() - before) <= 2
    bar = next(b for b in window.findChildren(QTabBar) if b.count() == 4)
    assert all(bar.tabRect(i).width() >= bar.tabSizeHint(i).width() for i in range(4))


def test_the_import_button_keeps_its_short_text_after_a_reopen(window):  # type: ignore[no-untyped-def]
    article = window.findChild(QToolBar, "articleToolbar")
    window._set_opening("sk.json")  # a file reopening: its editing actions disabled
    window._set_opening(None)
    assert article.widgetForAction(window.import_action).text() == "Import…"
    assert window.import_action.text() == "&Import Article…"  # the File menu's words


def test_the_legend_keeps_its_own_row_while_lanes_come_and_go(window, qtbot):  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    legend = window.legend_bar
    for n, lane in enumerate(["statement", "event", "Sudan talks"]):
        window.document.add_event(Event(id=f"x{n}", title=f"Talks {n}",
                                        date=FuzzyDate.of_ymd(2024, 5, 3 + n), category=lane))
        QApplication.processEvents()
    qtbot.waitUntil(lambda: window.toolBarBreak(legend))
    top = window.view.mapTo(window, window.view.rect().topLeft()).y()
    window.document.undo_stack.undo()  # the eleventh lane goes: the rest would fit beside
    QApplication.processEvents()
    legend.settle_row()
    assert window.toolBarBreak(legend)
    assert window.view.mapTo(window, window.view.rect().topLeft()).y() == top
    window.document.undo_stack.redo()
    QApplication.processEvents()
    assert window.toolBarBreak(legend)
    window.resize(1800, 800)  # another width: the row as the entries need it
    qtbot.waitUntil(lambda: not window.toolBarBreak(legend))
