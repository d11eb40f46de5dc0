"""CSV import as a person drives it: the dialog shows how numeric dates read, offers the
order, and the import lists every date that reads two ways."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from timeline_app.core import FuzzyDate
from timeline_app.io.csv_table import DAY_FIRST_KEY, read_table
from timeline_app.ui import prompts
from timeline_app.ui.csv_import import CsvImportDialog

AMBIGUOUS = "Date,Title\n12/11/2024,Talks\n22 March 2025,Summit\n3/4/2025,Visit\n44 BC,Ides\n"


def _preview(dialog):
    return [dialog._preview.item(r, 0).text() for r in range(dialog._preview.rowCount())]


def test_the_dialog_marks_two_way_dates_and_the_order_can_be_chosen(qtbot):
    dialog = CsvImportDialog(read_table(AMBIGUOUS.encode()), "t.csv", day_first=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _preview(dialog) == ["12 November 2024 (or 11 December 2024?)", "22 March 2025",
                                "3 April 2025 (or 4 March 2025?)", "44 BC"]
    status = dialog._status.text()
    assert "2 of the 4 dates read two ways (e.g. '12/11/2024')" in status  # all 4 shown
    assert "day first, your system's order" in status
    assert DAY_FIRST_KEY not in dialog.mapping()
    if Path(os.environ.get("TIMELINE_PNG_DIR", "/nonexistent")).is_dir():
        dialog.grab().save(os.path.join(os.environ["TIMELINE_PNG_DIR"], "dates2-csv-order.png"))
    # The person picks "Month first" with the keyboard: Down twice in the order list.
    qtbot.keyClick(dialog.order_combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.order_combo, Qt.Key.Key_Down)
    assert dialog.order_combo.currentData() is False
    assert _preview(dialog) == ["11 December 2024", "22 March 2025", "4 March 2025", "44 BC"]
    assert dialog.mapping()[DAY_FIRST_KEY] == 0
    assert "two ways" not in dialog._status.text()


def test_the_status_says_all_rows_when_the_preview_holds_them_all(qtbot):
    """5 rows, all shown: "all 5 rows", not "the first 5 rows" (which hints at more)."""
    from timeline_app.io.csv_table import PREVIEW_ROWS

    five = "Date,Title\n" + "".join(f"{d} March 2025,T{d}\n" for d in range(1, 6))
    dialog = CsvImportDialog(read_table(five.encode()), "t.csv", day_first=True)
    qtbot.addWidget(dialog)
    assert dialog._status.text().startswith("The dates of all 5 rows read well")
    one = CsvImportDialog(read_table(b"Date,Title\n1965,Ties\n"), "t.csv", day_first=True)
    qtbot.addWidget(one)
    assert one._status.text().startswith("The date of the one row reads well")
    many = "Date,Title\n" + "".join(f"{1 + i % 28} May 2024,T{i}\n"
                                    for i in range(PREVIEW_ROWS + 5))
    more = CsvImportDialog(read_table(many.encode()), "t.csv", day_first=True)
    qtbot.addWidget(more)
    assert more._status.text().startswith("The dates of the first ")  # a part is shown


def test_a_deciding_value_settles_the_preview(qtbot):
    table = read_table(b"Date,Title\n12/11/2024,A\n11/25/2024,B\n")
    dialog = CsvImportDialog(table, "t.csv", day_first=True)
    qtbot.addWidget(dialog)
    assert _preview(dialog) == ["11 December 2024", "25 November 2024"]
    assert "month first, as the column's dates say" in dialog._status.text()


def test_importing_lists_the_two_way_rows_and_keeps_them(window, recorded_prompts, tmp_path,
                                                         monkeypatch):
    path = tmp_path / "ambiguous.csv"
    path.write_text(AMBIGUOUS, encoding="utf-8")
    monkeypatch.setattr("timeline_app.ui.dates_input.locale_day_first", lambda: False)
    assert window.import_csv(str(path))
    dates = {e.title: e.date for e in window.document.timeline}
    assert dates == {"Talks": FuzzyDate.of_ymd(2024, 12, 11),
                     "Summit": FuzzyDate.of_ymd(2025, 3, 22),
                     "Visit": FuzzyDate.of_ymd(2025, 3, 4), "Ides": FuzzyDate.of_year(-43)}
    assert [str(e) for e in recorded_prompts.row_errors] == [
        ("row 2: '12/11/2024' read as 11 December 2024 (month first, the system's order); "
         "it can also be 12 November 2024"),
        ("row 4: '3/4/2025' read as 4 March 2025 (month first, the system's order); "
         "it can also be 3 April 2025")]
    assert "2 dates read two ways, check them" in window.statusBar().currentMessage()
    assert "left out" not in window.statusBar().currentMessage()


def test_the_real_dialog_choice_reaches_the_import(window, qtbot, tmp_path, monkeypatch,
                                                   recorded_prompts):
    path = tmp_path / "ambiguous.csv"
    path.write_text(AMBIGUOUS, encoding="utf-8")

    def ask(parent, table, name, day_first):
        dialog = CsvImportDialog(table, name, day_first, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClick(dialog.order_combo, Qt.Key.Key_Down)  # "Day first"
        qtbot.mouseClick(dialog._ok, Qt.MouseButton.LeftButton)
        assert dialog.result() == CsvImportDialog.DialogCode.Accepted
        return dialog.mapping()

    monkeypatch.setattr(prompts, "ask_csv_mapping", ask)
    monkeypatch.setattr("timeline_app.ui.dates_input.locale_day_first", lambda: False)
    assert window.import_csv(str(path))
    dates = {e.title: e.date for e in window.document.timeline}
    assert dates["Talks"] == FuzzyDate.of_ymd(2024, 11, 12)
    assert recorded_prompts.row_errors == []  # chosen: nothing left to check


def test_the_preview_reads_a_circa_column_as_the_import_does(qtbot):
    """The Circa column makes the date approximate in the import; the preview's "Date
    reads as" says so too, whichever date column is chosen."""
    table = read_table(b"Title,Date (ISO),Circa\nTalks,2025-03-22,yes\nTreaty,1965,\n")
    dialog = CsvImportDialog(table, "t.csv", day_first=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.mapping()["circa"] == 2
    assert _preview(dialog) == ["c. 22 March 2025", "1965"]
    dialog.choose("circa", None)
    assert _preview(dialog) == ["22 March 2025", "1965"]


def test_the_preview_numbers_rows_as_the_rows_left_out_are_named(qtbot):
    """Row numbers of the file (header = row 1, a blank line counts), as the list of rows
    left out names them: the preview said 1-5 where the message said "row 4: no date"
    (new-user trial 16, finding 6)."""
    table = read_table(b"Date,Title\n2025-01-01,One\n\n2025-01-03,Three\n,No date\n")
    dialog = CsvImportDialog(table, "t.csv", day_first=True)
    qtbot.addWidget(dialog)
    labels = [dialog._preview.verticalHeaderItem(r).text()
              for r in range(dialog._preview.rowCount())]
    assert labels == ["2", "4", "5"]


def test_an_imported_csv_file_is_in_open_recent(window, recorded_prompts, tmp_path):  # type: ignore[no-untyped-def]
    """verify18: File → Open Recent listed the iCalendar file opened, not the CSV file
    imported.  Fails on 6840e45."""
    from timeline_app import settings

    path = tmp_path / "talks.csv"
    path.write_text("Date,Title\n22 March 2025,Summit\n", encoding="utf-8")
    assert window.import_csv(str(path))
    assert settings.recent_files(settings.open_settings())[0] == str(path.resolve())


def test_a_csv_file_of_a_header_row_alone_says_it_has_no_rows(window, recorded_prompts,  # type: ignore[no-untyped-def]
                                                              tmp_path):
    """verify18: it was called "plain text"; now it is a table with nothing to import, and
    the timeline open stays.  Fails on 6840e45."""
    path = tmp_path / "hdr_only.csv"
    path.write_text("Date,Title\n", encoding="utf-8")
    before = len(window.document.timeline)
    assert not window.open_path(str(path))
    assert recorded_prompts.errors[-1] == (
        "Cannot open timeline", "hdr_only.csv: the table has a header row but no rows below it")
    assert len(window.document.timeline) == before


def test_alt_i_imports_rather_than_choosing_a_column(qtbot):
    """verify20 F6: Alt+I with a column chooser focused chose the column "Id" (the
    combo box's search), the Import button having no key of its own."""
    from PySide6.QtWidgets import QApplication, QComboBox

    table = read_table(b"Id,Date,Title\n1,1965,Ties\n2,22 March 2025,Summit\n")
    dialog = CsvImportDialog(table, "t.csv", day_first=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # for its mnemonics (the offscreen platform activates none)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    chooser = dialog.findChild(QComboBox, "column_date")
    chosen = chooser.currentText()
    chooser.setFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(chooser, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert chooser.currentText() == chosen == "Date"


def test_alt_and_a_letter_that_is_no_key_chooses_no_column(qtbot):
    """verify20 F6: the column chooser's search took an Alt + letter's text."""
    import sys

    from PySide6.QtWidgets import QApplication, QComboBox

    table = read_table(b"Id,Date,Title\n1,1965,Ties\n2,22 March 2025,Summit\n")
    dialog = CsvImportDialog(table, "t.csv", day_first=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    chooser = dialog.findChild(QComboBox, "column_date")
    chooser.setFocus()
    qtbot.keyClick(chooser, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "Title"?
    if sys.platform != "darwin":
        assert chooser.currentText() == "Date"


def test_the_dialog_is_never_taller_than_the_screen(qtbot, monkeypatch):
    # verify43 (1366×768 at 1.25×: 614 px of room): the dialog kept its least 620 px and
    # its Import button was under the screen's edge.
    from PySide6.QtCore import QRect

    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area", lambda _w: QRect(0, 0, 1093, 614))
    table = read_table(b"Date,Title\n2024-05-01,A\n")
    dialog = CsvImportDialog(table, "a.csv")
    qtbot.addWidget(dialog)
    assert dialog.height() <= 614 - 40


SHEET = (
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
    "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n"
    ',,,,,,,,,Diplomacy in the Americas,"<p>A class timeline for Year 12.</p>",,,,,title,,\r\n'
    "1903,11,18,,,,,,,Hay-Bunau-Varilla Treaty signed,The Canal Zone.,"
    "https://example.org/zone.jpg,Wikimedia Commons,Map,,,Panama,\r\n")


def test_a_timelinejs_sheet_is_named_by_its_title_slide(window, qtbot, tmp_path, monkeypatch,
                                                       recorded_prompts):
    """verify57 F1, F2: the dialog counted the title slide as a row with no date, left
    out; the timeline was named "sheet", described "Imported from sheet.csv", and the
    Media columns went without a word.  The preview names the title slide and says where
    the media go and which columns are not read; the timeline takes the slide's name."""
    path = tmp_path / "sheet.csv"
    path.write_text(SHEET, encoding="utf-8")
    seen: list[str] = []

    def ask(parent, table, name, day_first):
        dialog = CsvImportDialog(table, name, day_first, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        seen.extend(_preview(dialog))
        seen.append(dialog._status.text())
        return dialog.mapping()

    monkeypatch.setattr(prompts, "ask_csv_mapping", ask)
    assert window.import_csv(str(path))
    preview, status = seen[:-1], seen[-1]
    assert preview == ["the title slide: the timeline's name and description",
                       "18 November 1903"]
    assert "no date" not in status
    assert ("Media, Media Credit, Media Caption go into each summary as a \u201cMedia:\u201d "
            "paragraph") in status
    assert "Media Thumbnail, Background are not read" in status
    timeline = window.document.timeline
    assert (timeline.title, timeline.description) == ("Diplomacy in the Americas",
                                                      "A class timeline for Year 12.")
    (event,) = list(timeline)
    assert "Media: https://example.org/zone.jpg" in event.summary
    assert recorded_prompts.row_errors == []
    assert "title slide" in window.statusBar().currentMessage()


def test_a_merged_sheets_title_slide_is_said_unused(window, tmp_path, monkeypatch,
                                                     recorded_prompts):
    """verify59 F6: merging a TimelineJS sheet, the summary said "26 events merged … the
    sheet's title slide gave the timeline's name and description", while the name stayed
    (as a merge should) and 17 of the 26 went into events already there.  It now says the
    slide was not used, and how many were added and how many merged."""
    from timeline_app.ui.merge_dialog import MergeDialog

    path = tmp_path / "colleague.csv"
    path.write_text(SHEET, encoding="utf-8")
    recorded_prompts.open_path = str(path)
    title = window.document.timeline.title

    def review(_parent, other, current):  # type: ignore[no-untyped-def]
        dialog = MergeDialog(other, current)
        dialog.set_checked(0, True)
        return dialog.outcome()

    monkeypatch.setattr(prompts, "review_merge", review)
    assert window.merge_file()
    assert window.document.timeline.title == title
    ((heading, text),) = recorded_prompts.summaries
    assert heading == "Merge summary"
    assert text.startswith("1 event from colleague.csv (CSV): 1 added, 0 merged into events "
                           "already here."), text
    assert ("its title slide (“Diplomacy in the Americas”) was not used: a merge keeps this "
            "timeline's name and description") in text
    assert "gave the timeline's name" not in text


def test_the_preview_shows_what_the_import_makes_of_the_apps_own_export(qtbot):
    """verify80 F16: reopening the app's CSV export, the preview's "Date reads as" said
    "summer 1967 – August 1967" and "the 1960s – 1969" (its End column, the last month or
    year the vague date covers) where the import made "summer 1967" and "the 1960s"."""
    from timeline_app.core import Event, Timeline
    from timeline_app.core.dates import describe_range
    from timeline_app.core.parse_date import parse_typed_date
    from timeline_app.io.csv_table import rows_to_events
    from timeline_app.io.formats import export_bytes

    def dated(i: str, words: str) -> Event:
        date = parse_typed_date(words).date
        assert date is not None
        return Event(i, f"Event {i}", date, category="meeting")

    timeline = Timeline.from_events([dated("a", "summer 1967"), dated("b", "the 1960s"),
                                     dated("c", "spring 1972"), dated("d", "c. 1650")])
    table = read_table(export_bytes(timeline, "CSV"), "export.csv")
    dialog = CsvImportDialog(table, "export.csv", day_first=True)
    qtbot.addWidget(dialog)
    shown = _preview(dialog)
    assert shown == ["c. 1650", "the 1960s", "summer 1967", "spring 1972"]
    events, _errors = rows_to_events(table, dialog.mapping())
    assert shown == [describe_range(e.date, e.end) for e in events]
