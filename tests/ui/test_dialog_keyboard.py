"""Every dialog, and the main window with the Filters open, from the keyboard and a screen
reader (fix63): no two widgets of a window share an Alt letter (Qt then moves the focus
between them and presses neither), every Tab stop has a name, Tab leaves a table.

Each dialog is checked in the states that show more widgets (a date read two ways, a
pair told twice, an article that gave nothing, a range)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from timeline_app.core import FuzzyDate, Timeline
from timeline_app.ui.keyboard_audit import mnemonic_clashes, mnemonics_of, unnamed_tab_stops


def _shown(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _checked(dialog) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    assert mnemonic_clashes(dialog) == {}, type(dialog).__name__
    assert unnamed_tab_stops(dialog) == [], type(dialog).__name__


def test_the_audit_finds_a_clash_and_an_unnamed_stop(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    field = QLineEdit()
    label = QLabel("&Save as:")
    label.setBuddy(field)
    for widget in (label, field, QPushButton("&Select"), QPushButton("Can&cel"),
                   QPushButton("Sa&&ve"), QLineEdit()):
        layout.addWidget(widget)
    _shown(qtbot, dialog)
    assert mnemonic_clashes(dialog) == {"s": ["&Save as:", "&Select"]}
    assert sorted(letter for letter, _t, _w in mnemonics_of(dialog)) == ["c", "s", "s"]
    assert unnamed_tab_stops(dialog) == ["QLineEdit (no name)"]  # the second field


def test_the_article_dialog_in_each_of_its_states(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.import_article import ArticleDialog

    dialog = _shown(qtbot, ArticleDialog())
    _checked(dialog)
    qtbot.keyClicks(dialog.date_edit, "5/6/2025")  # read two ways: the two readings shown
    assert dialog.order_box.isVisible()
    _checked(dialog)
    dialog.keep_button.show()  # (an article that gave no event)
    dialog.stop_button.show()
    _checked(dialog)


def test_the_import_review_with_duplicates_and_a_pair_told_twice(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    import timeline_app.extract as extract
    from tests.ui.test_ui14b_review import ARTICLE, _pair
    from timeline_app.paths import resource_path
    from timeline_app.ui.import_article import ReviewDialog

    timeline = window.document.timeline
    seed = resource_path("seed-article.txt").read_text(encoding="utf-8")
    review = _shown(qtbot, ReviewDialog(extract.extract_events(seed, dt.date(2025, 3, 22)),
                                        True, None, timeline.events))
    _checked(review)
    assert review.table.accessibleName() == "Events found in the article"
    result = extract.extract_events(ARTICLE, dct=dt.date(2025, 11, 18))
    pair = _shown(qtbot, ReviewDialog(dataclasses.replace(result, candidates=tuple(_pair()))))
    pair.table.setCurrentCell(0, ReviewDialog.TITLE)
    assert pair.keep_button.isVisible()
    _checked(pair)
    letters = {letter for letter, _t, _w in mnemonics_of(pair)}
    assert {"a", "n", "c", "w"} <= letters  # Select All / None and the two choices


def test_the_merge_dialogs_and_the_split_dialog(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.merge_dialog import MergeDialog
    from timeline_app.ui.merge_events_dialog import MergeEventsDialog
    from timeline_app.ui.split_event_dialog import SplitEventDialog

    events = window.document.timeline.events
    other = Timeline.from_events([dataclasses.replace(events[2], id="o1", title="Boycott"),
                                  dataclasses.replace(events[3], id="o2", title="New")])
    merge = _shown(qtbot, MergeDialog(other, events))
    _checked(merge)
    _checked(_shown(qtbot, MergeEventsDialog(events[:3])))
    _checked(_shown(qtbot, SplitEventDialog(window.document.timeline.get("trilateral-tokyo"))))


def test_tab_leaves_the_merge_table_for_its_buttons(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """File → Merge: Tab went from cell to cell and round again; Select All, Merge and
    Cancel were reached by their Alt letters only."""
    from timeline_app.ui.merge_dialog import MergeDialog

    events = window.document.timeline.events
    other = Timeline.from_events([dataclasses.replace(events[2], id="o1", title="Boycott"),
                                  dataclasses.replace(events[3], id="o2", title="New")])
    merge = _shown(qtbot, MergeDialog(other, events))
    with qtbot.waitActive(merge):
        merge.activateWindow()
    merge.table.setFocus()
    reached = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[:3] == [merge.table.cellWidget(0, 3), merge.all_button, merge.none_button]
    assert merge.table in reached  # round again, past Merge (when enabled) and Cancel
    assert sum(isinstance(w, QComboBox) for w in reached) <= 2  # the current row's box only


def test_the_editor_and_the_small_dialogs(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.io.csv_table import read_table
    from timeline_app.ui.csv_import import CsvImportDialog
    from timeline_app.ui.event_editor import EventEditor
    from timeline_app.ui.lane_dialog import LaneNameDialog
    from timeline_app.ui.quote_dialog import QuoteDialog
    from timeline_app.ui.timeline_properties import TimelinePropertiesDialog

    timeline = window.document.timeline
    editor = _shown(qtbot, EventEditor(timeline, timeline.get("trilateral-tokyo")))
    _checked(editor)
    ranged = dataclasses.replace(timeline.get("munich-meeting"),
                                 end=FuzzyDate.of_ymd(2025, 3, 1))
    _checked(_shown(qtbot, EventEditor(timeline, ranged)))
    new = _shown(qtbot, EventEditor(timeline, None))
    qtbot.keyClicks(new.date_edit, "5/6/2025")  # the two readings
    _checked(new)
    _checked(_shown(qtbot, QuoteDialog(editor.article_sentences(), None, editor)))
    _checked(_shown(qtbot, LaneNameDialog(None, "Rename Lane", "New name:", "Talks")))
    _checked(_shown(qtbot, TimelinePropertiesDialog("Talks", "Notes")))
    _checked(_shown(qtbot, CsvImportDialog(read_table(b"Date,Title\n5/6/2020,Ties\n"), "t.csv")))
    from timeline_app.ui.picture_width import PictureWidthDialog  # (verify61 F15)

    _checked(_shown(qtbot, PictureWidthDialog(None, "PNG", "the current view", "1000", 764)))


@pytest.mark.parametrize("width", [1400, 900])  # the Filters as a column, or as a tab
def test_the_window_with_the_filters_open(qtbot, window, width) -> None:  # type: ignore[no-untyped-def]
    """The Filters' fields and lists had no Alt letter (Tab through eight stops was the
    only way in), Participants and Places no label of theirs, the scroll area an empty
    Tab stop; the docks' tab bar had no name."""
    window.resize(width, 760)
    filters = next(a for a in window.menuBar().actions() if a.text() == "F&ind").menu()
    next(a for a in filters.actions() if a.text() == "Fil&ters").trigger()
    window.selection.select("trilateral-tokyo")
    window.open_find()
    qtbot.wait(50)
    _checked(window)
    panel = window._filter_panel
    letters = {letter: text for letter, text, _w in mnemonics_of(window)}
    for text in ("&Article:", "F&rom:", "T&o:", "Cate&gories (ticked are shown):",
                 "&Participants (any of):", "P&laces (any of):", "&Clear all filters"):
        assert text in letters.values()
    label = next(w for w in panel.findChildren(QLabel) if w.text() == "&Participants (any of):")
    assert label.buddy() is panel.participants.search
    with qtbot.waitActive(window):  # (Alt shortcuts need an active window)
        window.activateWindow()
    for key, field in ((Qt.Key.Key_R, panel.from_field), (Qt.Key.Key_O, panel.to_field),
                       (Qt.Key.Key_P, panel.participants.search),
                       (Qt.Key.Key_L, panel.places.search)):
        qtbot.keyClick(QApplication.focusWidget() or window, key,
                       Qt.KeyboardModifier.AltModifier)
        assert field.hasFocus(), key


def test_down_after_a_merge_choice_keeps_it_and_return_merges_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """verify56 F12 (File → Merge by keyboard): after a choice made in a row's box, ↓
    (meant for the next row) changed it back, and Return on the table pressed Merge: four
    duplicates were added as new events.  ↓ now goes to the next row, the choice kept;
    Return on a box's cell opens its list, elsewhere does nothing; Ctrl+Return merges."""
    from timeline_app.ui.merge_dialog import MergeDialog

    events = window.document.timeline.events
    other = Timeline.from_events([dataclasses.replace(events[2], id="o1"),
                                  dataclasses.replace(events[3], id="o2")])
    merge = _shown(qtbot, MergeDialog(other, events))
    with qtbot.waitActive(merge):
        merge.activateWindow()
    table = merge.table
    box = table.cellWidget(0, 3)
    assert isinstance(box, QComboBox) and box.count() >= 2
    chosen = 0  # (not the last: ↓ in the box would change it)
    box.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(box.hasFocus)
    box.setCurrentIndex(chosen)
    box.activated.emit(chosen)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentIndex() == chosen
    assert table.hasFocus() and (table.currentRow(), table.currentColumn()) == (1, 3)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert table.hasFocus() and box.currentIndex() == chosen
    table.setCurrentCell(0, 2)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert merge.isVisible() and merge.result() != QDialog.DialogCode.Accepted
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert merge.result() == QDialog.DialogCode.Accepted


def test_the_import_button_is_the_default_only_where_return_presses_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """verify58 F3: in the import review Return on a row edits its Title, while "Import
    1" was framed as the default button.  With the table's keys it is not framed (Return
    edits, Ctrl+Enter imports; the intro says so); from a box outside the table it is,
    and Return there imports.  File → Merge's Merge button likewise."""
    import timeline_app.extract as extract
    from timeline_app.paths import resource_path
    from timeline_app.ui.import_article import ReviewDialog
    from timeline_app.ui.merge_dialog import MergeDialog

    seed = resource_path("seed-article.txt").read_text(encoding="utf-8")
    review = _shown(qtbot, ReviewDialog(extract.extract_events(seed, dt.date(2025, 3, 22)),
                                        True, None, []))
    with qtbot.waitActive(review):
        review.activateWindow()
    assert "Ctrl+Enter imports" in review.intro.text()
    table, button = review.table, review.import_button
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus)
    assert not button.isDefault()
    table.setCurrentCell(0, review.TITLE)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # edits the title
    assert review.isVisible() and not button.isDefault()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.isAncestorOf(editor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the title kept as it was
    qtbot.waitUntil(table.hasFocus)
    assert review.isVisible() and not button.isDefault()
    review.all_button = next(b for b in review.findChildren(QPushButton)
                             if b.text() == "Select &All")
    review.all_button.setFocus(Qt.FocusReason.TabFocusReason)  # Qt's own: it is default
    qtbot.waitUntil(review.all_button.isDefault)
    assert not button.isDefault()
    review.new_radio.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.isDefault)
    assert not review.all_button.isDefault()
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not button.isDefault())
    review.new_radio.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.isDefault)
    assert button.isEnabled()
    qtbot.keyClick(review.new_radio, Qt.Key.Key_Return)
    assert review.result() == QDialog.DialogCode.Accepted

    events = window.document.timeline.events
    other = Timeline.from_events([dataclasses.replace(events[2], id="o1")])
    merge = _shown(qtbot, MergeDialog(other, events))
    with qtbot.waitActive(merge):
        merge.activateWindow()
    merge.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not merge.ok_button.isDefault())
