"""Keyboard-access defects found by new-user trial 9 (branch kbd9): a hidden category shown
again without a mouse, Tab leaving the event list, the review's current cell marked, and
the article dialog's Tab order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget

from timeline_app.extract import extract_events
from timeline_app.paths import resource_path
from timeline_app.ui.import_article import ArticleDialog, ReviewDialog

SEED = resource_path("seed-article.txt").read_text("utf-8")


def _texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def _view_menu(window) -> QMenu:  # type: ignore[no-untyped-def]
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")


def _categories_menu(window) -> QMenu:  # type: ignore[no-untyped-def]
    menu = next(a.menu() for a in _view_menu(window).actions()
                if a.menu() is not None and a.text() == "Catego&ries")
    menu.aboutToShow.emit()  # filled as it opens
    return menu


def test_the_context_menu_shows_a_category_it_hid(window):
    """After Shift+F10 → Hide Policy Events the menu offered only Fit All, Go to Date and
    Find: the category could not come back from the keyboard."""
    policy = next(e for e in window.document.timeline.events if e.category == "policy")
    menu = window.context_menu_for(policy.id)
    next(a for a in menu.actions() if a.text() == "&Hide Policy Events").trigger()
    assert "policy" in window.find_state.filter.hidden_categories
    for event_id in ("", window.view.event_ids()[0]):
        menu = window.context_menu_for(event_id)
        assert "Show Policy Events" in _texts(menu)
        assert "Show All Categories" not in _texts(menu)  # one hidden: its own entry does
    next(a for a in menu.actions() if a.text() == "&Show Policy Events").trigger()
    assert not window.find_state.filter.hidden_categories
    assert "Show Policy Events" not in _texts(window.context_menu_for(""))


def test_show_all_categories_keeps_the_other_filters(window):
    from dataclasses import replace

    state = window.find_state
    state.toggle_category("policy")
    state.toggle_category("meeting")
    state.set_filter(replace(state.filter, places=frozenset({"Munich, Germany"})))
    menu = window.context_menu_for("")
    texts = _texts(menu)
    assert "Show Policy Events" in texts and "Show Meeting Events" in texts
    next(a for a in menu.actions() if a.text() == "Show &All Categories").trigger()
    assert not state.filter.hidden_categories
    assert state.filter.places == frozenset({"Munich, Germany"})


def test_view_categories_lists_every_category_checkable(window):
    menu = _categories_menu(window)
    entries = [a for a in menu.actions() if a.isCheckable()]
    assert [a.text() for a in entries][:2] and all(a.isChecked() for a in entries)
    assert not menu.actions()[0].isEnabled()  # Show All Categories: nothing hidden
    policy = next(a for a in entries if a.text() == "&Policy")
    policy.trigger()
    assert "policy" in window.find_state.filter.hidden_categories
    menu = _categories_menu(window)
    assert not next(a for a in menu.actions() if a.text() == "&Policy").isChecked()
    show_all = menu.actions()[0]
    assert show_all.text() == "&Show All Categories" and show_all.isEnabled()
    show_all.trigger()
    assert not window.find_state.filter.hidden_categories


def test_view_categories_opens_from_the_keyboard(window, qtbot):
    """Alt+V, R reaches the category list (a mnemonic of its own in the View menu)."""
    view = _view_menu(window)
    letters = [a.text().split("&")[1][:1].lower() for a in view.actions()
               if not a.isSeparator() and "&" in a.text()]
    assert letters.count("r") == 1
    assert len(letters) == len(set(letters)), letters


def test_legend_entries_are_in_the_tab_order(window, qtbot):
    """Tab reaches the legend's entries and Space toggles one (a guard: they were in the
    Tab order already, behind stops nobody could see; a click must not take the focus
    from the timeline, whose arrows step through the events)."""
    window.activateWindow()
    qtbot.waitActive(window)
    buttons = list(window.legend_bar.buttons().values())
    assert buttons
    assert all(b.focusPolicy() == Qt.FocusPolicy.TabFocus for b in buttons)
    first = buttons[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert first.hasFocus()
    category = next(c for c, b in window.legend_bar.buttons().items() if b is first)
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert category in window.find_state.filter.hidden_categories
    window.focusNextChild()
    QApplication.processEvents()
    assert isinstance(QApplication.focusWidget(), QToolButton)
    assert QApplication.focusWidget() is buttons[1]


def test_tab_leaves_the_event_list_without_changing_the_selection(window, qtbot):
    """Tab walked the list's cells, selecting another event at each row's end."""
    window.activateWindow()
    qtbot.waitActive(window)
    events = window.event_list
    events.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(events, Qt.Key.Key_Down)
    chosen = window.selection.event_id
    assert chosen
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if not events.hasFocus():
            break
    assert not events.hasFocus()
    assert window.selection.event_id == chosen


def _cell_pixel(dialog: ReviewDialog, row: int, column: int) -> tuple[int, int, int]:
    rect = dialog.table.visualRect(dialog.table.model().index(row, column))
    image = dialog.table.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    color = image.pixelColor(round((rect.left() + 1) * ratio), round(rect.center().y() * ratio))
    return color.red(), color.green(), color.blue()


def test_the_reviews_current_cell_is_marked_in_its_selected_row(qtbot):
    """Right Right F2 edited Place while the whole row looked alike: the title went there."""
    dialog = ReviewDialog(extract_events(SEED))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setFocus()
    dialog.table.setCurrentCell(1, ReviewDialog.PLACE)
    assert dialog.table.selectionModel().isRowSelected(1)
    marked = _cell_pixel(dialog, 1, ReviewDialog.PLACE)
    for other in (ReviewDialog.TITLE, ReviewDialog.PARTICIPANTS):
        assert _cell_pixel(dialog, 1, other) != marked
    # the mark follows the current cell
    qtbot.keyClick(dialog.table, Qt.Key.Key_Left)
    assert dialog.table.currentColumn() == ReviewDialog.PARTICIPANTS
    assert _cell_pixel(dialog, 1, ReviewDialog.PARTICIPANTS) == marked
    assert _cell_pixel(dialog, 1, ReviewDialog.PLACE) != marked


def test_tab_from_the_article_text_goes_to_its_date(qtbot):
    """Tab from the text went up to Open Text File…; a date typed there pressed it."""
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.focusWidget() is dialog.text_edit, dialog.focusWidget()
    dialog.text_edit.setFocus()
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.date_edit, dialog.focusWidget()
    qtbot.keyClicks(dialog.date_edit, "12 May 2025")
    assert dialog.date_edit.text() == "12 May 2025"
    # Open Text File… comes before the text, where it reads
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is dialog.text_edit, dialog.focusWidget()
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is dialog.open_button, dialog.focusWidget()


def _rings(window) -> list[QWidget]:  # type: ignore[no-untyped-def]
    from timeline_app.ui.accessibility import FocusRing

    return [f.widget() for f in window.findChildren(FocusRing) if f.isVisible()]


def test_tab_into_the_timeline_shows_where_the_focus_is(window, qtbot):
    """The painted timeline drew no focus frame: Tab through the window lost the focus."""
    window.activateWindow()
    qtbot.waitActive(window)
    window.event_list.setFocus(Qt.FocusReason.MouseFocusReason)
    QApplication.processEvents()
    assert window.view not in _rings(window)
    window.view.setFocus(Qt.FocusReason.BacktabFocusReason)  # as Shift+Tab brings it
    QApplication.processEvents()
    assert _rings(window) == [window.view]
    window.event_list.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert _rings(window) == [window.event_list]  # its row looks alike with focus or not
    window.detail_pane.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert _rings(window) == [window.detail_pane]
    # a click gives the focus without a ring (as a browser's :focus-visible)
    window.view.setFocus(Qt.FocusReason.MouseFocusReason)
    QApplication.processEvents()
    assert window.view not in _rings(window)


def test_an_edit_inside_the_fitted_view_keeps_it(window, qtbot):
    """After deleting one of two events the view jumped to a 2-day window on the other,
    and each Ctrl+→ move shifted the range: the fitted view was refitted at every edit."""
    import datetime as dt

    from timeline_app.core import Event, FuzzyDate, Timeline

    timeline = Timeline.from_events([
        Event("a", "Talks in Geneva", FuzzyDate.of_day(dt.date(2024, 5, 12)), category="meeting"),
        Event("b", "Ministers meet", FuzzyDate.of_day(dt.date(2024, 5, 20)), category="meeting"),
    ])
    window.document.replace_timeline(timeline, None)
    view = window.view
    view.fit_all()
    before = view.visible_days()
    window.selection.select("b")
    window.document.remove_event("b")
    assert view.visible_days() == before
    window.selection.select("a")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert window.document.timeline.get("a").date != FuzzyDate.of_day(dt.date(2024, 5, 12))
    assert view.visible_days() == before
    # an event added outside the fitted view still widens it
    window.document.add_event(Event("c", "Summit", FuzzyDate.of_day(dt.date(2026, 1, 5)),
                                    category="meeting"))
    first, last = view.visible_days()
    assert first <= dt.date(2024, 5, 13).toordinal() and last >= dt.date(2026, 1, 5).toordinal()
