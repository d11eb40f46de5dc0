"""verify53 F13: File → Print… of a historian's 1 998 treaties: ~30 s with nothing shown,
then a 15-page preview that held ~2.4 GB (Qt painted each page on the printer through a
pixmap at the printer's resolution); her spreadsheet's treaties "Reported by: entered by
hand"; the dated list ended "… and 71 more events" with ~1 680 more in density bars."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from tests.ui.test_verify43_prints import _pdf_print
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui import print_pages


def _treaties(count: int = 900) -> Timeline:
    """``count`` treaties of one lane, a few a year from 1700 (a density lane at the
    whole timeline's width), and 20 conferences of a lane of their own, titled."""
    events = [Event(f"t{n}", f"Treaty {n}", FuzzyDate.of_day(dt.date(1700 + n // 4, 1 + n % 12, 1)),
                    category="treaty", date_basis=f"row {n + 2} of an imported CSV file")
              for n in range(count)]
    events += [Event(f"c{n}", f"Conference {n}", FuzzyDate.of_day(dt.date(1710 + 10 * n, 6, 1)),
                     category="conference") for n in range(20)]
    return Timeline.from_events(events, title="Treaties")


def test_a_printer_page_is_painted_as_vectors_not_a_pixmap(window, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The timeline painted on a printer (the preview's device, a real printer's) is
    drawing commands, not one image of the page: ``QWidget.render`` on a printer made a
    pixmap of the page at the printer's resolution (~450 MB a page at 1 200 dpi).  A
    printer printing to PDF shows it: no image in the file, its titles as text."""
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    window.document.replace_timeline(_treaties(60), None)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # (a small pixmap before)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(target))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    view = window._print_view(True, 1200)
    try:
        pages = print_pages.paint_pages(printer, view, "Treaties", "1700 – 1900")
    finally:
        view.deleteLater()
    pdf = target.read_bytes()
    assert pages >= 1
    assert not re.search(rb"/Subtype\s*/Image", pdf), "the page was painted as an image"
    assert re.search(rb"/Type\s*/Font", pdf)


def test_print_says_at_once_that_it_prepares_the_preview(window, monkeypatch):  # type: ignore[no-untyped-def]
    """The busy cursor and a status message from the first moment, before the preview
    (which opens once its pages are painted) is made; both gone once it is."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui import prompts

    seen: list[tuple[object, str]] = []

    def preview(_parent, paint, *_choices, **_named):  # type: ignore[no-untyped-def]
        cursor = QApplication.overrideCursor()
        seen.append((cursor.shape() if cursor is not None else None,
                     window.statusBar().currentMessage()))
        return None

    monkeypatch.setattr(prompts, "print_with_preview", preview)
    window.print_timeline(whole=True)
    assert seen == [(Qt.CursorShape.WaitCursor,
                     "Preparing the print preview of the whole timeline…")]
    assert QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == ""


def test_an_imported_row_is_reported_as_its_row_not_by_hand() -> None:
    """An event of a CSV file (no article, no sentence) says the row it came from, as its
    date basis does; one typed in the editor is "entered by hand"."""
    from timeline_app.ui.print_pages import chronology_rows

    day = FuzzyDate.of_day(dt.date(1815, 6, 9))
    rows = chronology_rows([
        Event("a", "Final Act of the Congress of Vienna", day,
              date_basis="row 1083 of an imported CSV file"),
        Event("b", "Treaty typed in", day, date_basis="typed by hand"),
        Event("c", "Treaty changed in the table", day,
              date_basis="changed in the table (was 1814; row 12 of an imported CSV file)"),
        Event("d", "Slide", day, date_basis="shown as '1815' in the TimelineJS file")], {})
    told = {title: who for _date, title, _lane, who in rows}
    assert told == {"Final Act of the Congress of Vienna": "row 1083 of an imported CSV file",
                    "Treaty typed in": "entered by hand",
                    "Treaty changed in the table": "row 12 of an imported CSV file",
                    "Slide": "a TimelineJS file"}
    assert rows[0][3] != "entered by hand"


def test_a_spreadsheet_row_is_printed_with_its_file_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """verify57 F28: a teacher's handout said "row 25 of an imported CSV file" under
    "Reported by"; the row names its file, "sheet.csv, row 2", and keeps it through the
    CSV export and back (an older file's basis still prints as before, above)."""
    from timeline_app.core.merge import imported_from
    from timeline_app.io.csv_table import dumps_csv, read_table, rows_to_events
    from timeline_app.ui.print_pages import chronology_rows

    sheet = tmp_path / "sheet (1).csv"
    sheet.write_text("Date,Title\n9 June 1815,Final Act\n", encoding="utf-8")
    table = read_table(sheet.read_bytes(), str(sheet))
    (event,), _ = rows_to_events(table, table.mapping)
    assert event.date_basis == "row 2 of sheet (1).csv, an imported CSV file"
    assert chronology_rows([event], {})[0][3] == "sheet (1).csv, row 2"
    again = read_table(dumps_csv(Timeline.from_events([event])).encode(), "export.csv")
    (back,), _ = rows_to_events(again, again.mapping)
    assert back.date_basis == event.date_basis
    assert imported_from("changed in the table (was 1814; row 12 of a.csv, an imported CSV "
                         "file)") == "a.csv, row 12"


def test_a_basis_that_names_no_import_names_none() -> None:
    from timeline_app.ui.print_pages import imported_from

    assert imported_from("read from the article's dateline") == ""
    assert imported_from("typed by hand") == ""


def test_the_list_counts_the_events_printed_not_the_titles_drawn(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """The list's last row counts every event of the timeline printed that it leaves out,
    those drawn only in density bars too, and says how many those are."""
    window.document.replace_timeline(_treaties(), None)
    told: list[tuple[int, int, int]] = []
    real = print_pages.paint_pages

    def spy(device, view, title, subtitle, rows=(), more=0, *args, **named):  # type: ignore[no-untyped-def]
        told.append((len(rows), more, named.get("more_in_bars", 0)))
        return real(device, view, title, subtitle, rows, more, *args, **named)

    monkeypatch.setattr(print_pages, "paint_pages", spy)
    _pdf_print(window, monkeypatch, tmp_path / "treaties.pdf")
    ((listed, more, in_bars),) = told
    assert listed + more == len(window.document.timeline) == 920
    assert in_bars > 0  # the treaties' density lane draws no title


def test_the_last_row_says_how_many_are_in_density_bars() -> None:
    from timeline_app.ui.print_pages import unlisted_words

    assert unlisted_words(3, 2, 1) == (
        "3 events not listed here (1 drawn with their titles on the timeline's pages, 2 "
        "drawn only in density bars): File → Export → CSV lists every one")


def test_events_of_her_timeline_project_and_timelinejs_files_are_not_by_hand() -> None:
    """verify55 F12: her Timeline Project file's events were printed "entered by hand",
    and a TimelineJS file's too unless a slide had a display date."""
    from timeline_app.io.timeline_project import loads_timeline_project
    from timeline_app.io.timelinejs import loads_timelinejs
    from timeline_app.ui.print_pages import chronology_rows

    hers = loads_timeline_project(b"""<?xml version="1.0" encoding="utf-8"?>
<timeline><version>2.3.0</version><timetype>gregoriantime</timetype>
<eras><era><name>War</name><start>2020-09-27 00:00:00</start><end>2020-11-10 00:00:00</end>
<color>255,200,200</color></era></eras><categories/><events><event>
<start>2023-05-14 00:00:00</start><end>2023-05-14 00:00:00</end>
<text>Michel hosts Aliyev &amp; Pashinyan in Brussels</text><fuzzy>False</fuzzy>
<locked>False</locked><ends_today>False</ends_today></event></events></timeline>""",
                                  "south-caucasus.timeline").timeline
    slides = loads_timelinejs(
        '{"events": [{"start_date": {"year": 2024, "month": 2, "day": 28},'
        ' "text": {"headline": "Berlin round"}}]}', "her.json").timeline
    rows = chronology_rows([*hers, *slides], {})
    told = {title: who for _date, title, _lane, who in rows}
    assert told == {"War": "a Timeline Project file",
                    "Michel hosts Aliyev & Pashinyan in Brussels": "a Timeline Project file",
                    "Berlin round": "a TimelineJS file"}


def test_a_decade_all_in_density_bars_prints_its_dated_list(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """verify60 F11: one lane's decade, 1 549 treaties all drawn in density bars, printed
    one page of bars with no dated list, not even its "… and N more" row, and "Dated
    List Only" printed the same picture.  The list is filled from the events in bars
    (at most ``CHRONOLOGY_MAX``, the newest: verify78 F2), the rest counted; Dated List
    Only prints it alone."""
    events = [Event(f"t{n}", f"Treaty {n}", FuzzyDate.of_day(
        dt.date(1970, 1, 1) + dt.timedelta(days=n * 3650 // 1200)), category="treaty")
        for n in range(1200)]
    window.document.replace_timeline(Timeline.from_events(events, title="Decade"), None)
    told: list[tuple[list[str], int, int, bool]] = []
    real = print_pages.paint_pages

    def spy(device, view, title, subtitle, rows=(), more=0, *args, **named):  # type: ignore[no-untyped-def]
        assert not any(lane.ids for lane in view.laid_out_lanes()), "a title is drawn"
        told.append(([row[1] for row in rows], more, named.get("more_in_bars", 0),
                     named.get("list_only", False)))
        return real(device, view, title, subtitle, rows, more, *args, **named)

    monkeypatch.setattr(print_pages, "paint_pages", spy)
    _pdf_print(window, monkeypatch, tmp_path / "decade.pdf")
    ((titles, more, in_bars, _only),) = told
    assert titles == [f"Treaty {n}" for n in range(1200 - print_pages.CHRONOLOGY_MAX, 1200)]
    assert (more, in_bars) == (1200 - print_pages.CHRONOLOGY_MAX,) * 2
    window._set_print_list_only(True)
    try:
        pdf = _pdf_print(window, monkeypatch, tmp_path / "only.pdf")
    finally:
        window._set_print_list_only(False)
    assert told[-1][3] and told[-1][0] == titles
    assert b"/Subtype /Image" not in pdf
