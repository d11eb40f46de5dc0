"""verify53 F12: File → Merge… of a colleague's edited copy of a 2 000-row table listed
every row in date order; the 3 edited rows, the new one and the deleted one were lost
among them, with no way to them but scrolling, and the dialog took ~6 s to appear with
nothing said meanwhile.  The rows that need a decision are shown alone by default when
most rows are the timeline's own events unchanged, and F3 / Shift+F3 go from one to the
next."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.csv_table import dumps_csv
from timeline_app.io.formats import open_timeline_file
from timeline_app.ui.merge_dialog import MergeDialog


def _treaties(count: int = 40) -> Timeline:
    return Timeline.from_events(
        [Event(f"t{n:03d}", f"Treaty of Place {n}", FuzzyDate.of_day(dt.date(1700 + 5 * n, 3, 1)),
               category="treaty", participants=(f"State {n}", f"State {n + 1}"))
         for n in range(count)], title="Treaties")


def _edited_copy(timeline: Timeline, path: Path) -> dict[str, str]:
    """The timeline's CSV export as a colleague edited it: rows 5 and 30 retitled, row 20
    deleted, a row added at the end; the titles of those (the deleted one's too)."""
    rows = list(csv.reader(io.StringIO(dumps_csv(timeline))))
    header, body = rows[0], rows[1:]
    title, date = header.index("Title"), header.index("Date")
    body[5][title] = "Treaty of Place 5, corrected"
    body[30][title] = "Treaty of Place 30, corrected"
    gone = body[20][title]
    del body[20]
    added = [""] * len(header)
    added[title], added[date], added[header.index("Category")] = (
        "Congress of a new place", "1790-05-01", "Treaty")
    body.append(added)
    with open(path, "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([header, *body])
    return {"gone": gone}


def _dialog(qtbot, tmp_path: Path) -> tuple[MergeDialog, dict[str, str]]:  # type: ignore[no-untyped-def]
    timeline = _treaties()
    path = tmp_path / "colleague.csv"
    told = _edited_copy(timeline, path)
    dialog = MergeDialog(open_timeline_file(str(path)).timeline, timeline.events)
    qtbot.addWidget(dialog)
    return dialog, told


def _shown_titles(dialog: MergeDialog) -> list[str]:
    table = dialog.table
    return [table.item(row, 2).text() for row in range(table.rowCount())
            if not table.isRowHidden(row)]


def test_only_the_rows_to_decide_are_shown_by_default(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    dialog, told = _dialog(qtbot, tmp_path)
    assert sorted(_shown_titles(dialog)) == sorted([
        "Treaty of Place 5, corrected", "Treaty of Place 30, corrected",
        "Congress of a new place", told["gone"]])
    # the first of them is the current row, the line under the table about it
    table = dialog.table
    assert table.item(table.currentRow(), 2).text() == "Treaty of Place 5, corrected"
    assert "Take its edits" in dialog.why_label.text()


def test_f3_goes_to_the_next_row_to_decide_and_shift_f3_back(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """Also with every row shown: F3 skips the unchanged rows, round to the first."""
    dialog, told = _dialog(qtbot, tmp_path)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    table = dialog.table
    for box in dialog.findChildren(QCheckBox):
        box.setChecked(False)  # every row shown
    assert all(not table.isRowHidden(row) for row in range(table.rowCount()))
    table.setFocus()
    titles = []
    for _ in range(5):
        qtbot.keyClick(table, Qt.Key.Key_F3)
        titles.append(table.item(table.currentRow(), 2).text())
    assert titles == ["Congress of a new place", "Treaty of Place 30, corrected",
                      told["gone"], "Treaty of Place 5, corrected",
                      "Congress of a new place"]
    qtbot.keyClick(table, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert table.item(table.currentRow(), 2).text() == "Treaty of Place 5, corrected"


def test_the_toggle_shows_every_row_again_by_its_letter(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    dialog, _told = _dialog(qtbot, tmp_path)
    box = dialog.only_differing
    assert box.isChecked() and "&differ" in box.text()
    box.setChecked(False)
    assert len(_shown_titles(dialog)) == dialog.table.rowCount() == 41
    box.setChecked(True)
    assert len(_shown_titles(dialog)) == 4


def test_a_merge_of_another_timeline_hides_nothing(qtbot):  # type: ignore[no-untyped-def]
    """Another file's events (other ids) each need a look: no toggle, no row hidden."""
    other = Timeline.from_events([
        Event(f"o{n}", f"Conference {n}", FuzzyDate.of_day(dt.date(1800 + n, 1, 1)))
        for n in range(6)])
    dialog = MergeDialog(other, _treaties().events)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.only_differing.isChecked() and not dialog.only_differing.isVisible()
    assert not dialog.next_button.isVisible() and not dialog.unchanged_rows
    assert len(_shown_titles(dialog)) == 6


def test_merge_says_it_compares_the_rows_under_the_busy_cursor(  # type: ignore[no-untyped-def]
        window, recorded_prompts, monkeypatch, tmp_path):
    path = tmp_path / "colleague.csv"
    window.document.replace_timeline(_treaties(), None)
    _edited_copy(window.document.timeline, path)
    recorded_prompts.open_path = str(path)
    seen: list[tuple[object, str]] = []
    made = MergeDialog.__init__

    def init(dialog, *args, **named):  # type: ignore[no-untyped-def]
        cursor = QApplication.overrideCursor()
        seen.append((cursor.shape() if cursor is not None else None,
                     window.statusBar().currentMessage()))
        made(dialog, *args, **named)

    monkeypatch.setattr(MergeDialog, "__init__", init)
    monkeypatch.setattr(MergeDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    window.merge_file()
    assert seen == [(Qt.CursorShape.WaitCursor,
                     "Comparing the 40 events of colleague.csv with this timeline…")]
    assert QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == ""


def test_tab_reaches_the_toggle_and_next_difference_in_reading_order(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    dialog, _told = _dialog(qtbot, tmp_path)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert QApplication.focusWidget() is dialog.table
    reached = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    start = reached.index(dialog.all_button)
    assert reached[start:start + 6] == [dialog.all_button, dialog.none_button,
                                        dialog.next_button, dialog.ok_button,
                                        reached[start + 4], dialog.only_differing]
    assert reached[start + 6] is dialog.table
