"""verify43's findings on prints and pictures: a briefing printed by participant (F25),
dates on paper (F17), empty lanes in a picture of the current view (F19)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui import print_pages
from timeline_app.ui.print_pages import LaneRows, PageSlice, page_slices

#: 24 actors beside Kosovo, each in one event of its own year (2001-2024): by participant,
#: 25 lanes, as verify43's Serbia-Kosovo briefing had.
ACTORS = [f"Actor {chr(ord('A') + n)}" for n in range(24)]


def _briefing() -> Timeline:
    events = [Event(f"e{n}", f"{name} meets Kosovo's envoy in the capital",
                    FuzzyDate.of_ymd(2001 + n, 3, 1 + n), category="meeting",
                    participants=("Kosovo", name))
              for n, name in enumerate(ACTORS)]
    return Timeline.from_events(events)


def _pdf_print(window, monkeypatch, target: Path, whole: bool = True,  # type: ignore[no-untyped-def]
               portrait: bool = False, pages: tuple[int, int] | None = None) -> bytes:
    """File → Print (or Print Current View) to a PDF file, as the preview's Print to
    File does; the file's bytes."""
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    from timeline_app.ui import prompts

    def to_file(_parent, paint, *_choices, **_named):  # type: ignore[no-untyped-def]
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait if portrait
                                   else QPageLayout.Orientation.Landscape)
        if pages is not None:  # the print dialog's "Pages from … to …"
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*pages)
        paint(printer)
        return prompts.Printed(str(target), True)

    monkeypatch.setattr(prompts, "print_with_preview", to_file)
    window.print_timeline(whole=whole)
    return target.read_bytes()


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def _scales(monkeypatch) -> list[float]:  # type: ignore[no-untyped-def]
    """The printed size (points) of the titles on each page of the timeline the print
    paints (``export_picture._render``'s scale of the view onto the page)."""
    from timeline_app.ui import export_picture

    seen: list[float] = []
    real = export_picture._render

    def spy(view, painter, target=None, size=None):  # type: ignore[no-untyped-def]
        source = size if size is not None else view.viewport().size()
        scale = min(target.width() / source.width(), target.height() / source.height())
        seen.append(print_pages.printed_points(print_pages.label_points(view), scale,
                                               view.logicalDpiY(),
                                               painter.device().logicalDpiY()))
        real(view, painter, target, size)

    monkeypatch.setattr(export_picture, "_render", spy)
    return seen


def _listed(monkeypatch) -> list[list[tuple[str, str, str, str]]]:  # type: ignore[no-untyped-def]
    """The rows of the dated list each print is given (``paint_pages``'s), a print each."""
    listed: list[list[tuple[str, str, str, str]]] = []
    real = print_pages.paint_pages

    def spy(device, view, title, subtitle, rows=(), *args, **named):  # type: ignore[no-untyped-def]
        listed.append(list(rows))
        return real(device, view, title, subtitle, rows, *args, **named)

    monkeypatch.setattr(print_pages, "paint_pages", spy)
    return listed


def test_pages_end_at_a_lane_end_and_a_lane_taller_than_a_page_is_cut_between_rows():
    """F25: lanes go on to the next page whole; a lane taller than a page fills it and is
    cut between two rows (never through a title), its name repeated on the next page."""
    rows = tuple((20.0 + 26 * n, 40.0 + 26 * n) for n in range(30))  # 30 rows
    lanes = [LaneRows("a", "A", 0, 100, ((20, 40), (46, 66)), ("1", "2")),
             LaneRows("b", "B", 100, 100, ((120, 140),), ("3",)),
             LaneRows("k", "Kosovo", 200, 20 + 26 * 30 + 6,
                      tuple((200 + s, 200 + e) for s, e in rows), ("4",))]
    content = 200 + 20 + 26 * 30 + 6
    slices = page_slices(lanes, content, 150, 20)
    assert slices[0] == PageSlice(0, 100, "")  # B does not fit after A: it starts page 2
    assert slices[1].top == 100
    # Kosovo is taller than a page: page 2 holds B and Kosovo's first rows, cut below a row
    cut = slices[1].bottom
    assert 200 < cut <= 250 and not any(s < cut < e for s, e in lanes[2].extents)
    assert all(piece.continued == "Kosovo" for piece in slices[2:])
    assert all(piece.top == earlier.bottom - (20 if piece.continued else 0)
               for earlier, piece in zip(slices, slices[1:], strict=False))
    assert slices[-1].bottom == content
    assert all(piece.bottom - piece.top <= 150 for piece in slices)


def test_print_by_participant_spreads_the_lanes_over_pages_at_a_readable_size(
        window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """F25: File → Print by participant put 25 lanes on one A4 landscape page, titles at
    ~3 pt.  The lanes go on over pages, the titles at 6 pt at least, each page headed
    "page k of n" with the axis."""
    window.document.replace_timeline(_briefing(), None)
    window.view.set_lanes_by("participant")
    window._print_chronology = False
    sizes = _scales(monkeypatch)
    pdf = _pdf_print(window, monkeypatch, tmp_path / "briefing.pdf")
    assert _pages(pdf) >= 2, _pages(pdf)
    assert len(sizes) == _pages(pdf)  # every page a slice of the timeline, axis on top
    assert min(sizes) >= print_pages.MIN_TITLE_POINTS, sizes


def test_print_in_portrait_is_as_readable(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """F25: the preview's Portrait changed nothing; a portrait page prints a narrower
    timeline, its titles as large."""
    window.document.replace_timeline(_briefing(), None)
    window.view.set_lanes_by("participant")
    window._print_chronology = False
    sizes = _scales(monkeypatch)
    _pdf_print(window, monkeypatch, tmp_path / "portrait.pdf", portrait=True)
    assert min(sizes) >= print_pages.MIN_TITLE_POINTS, sizes


def test_one_page_is_offered_and_prints_one_page(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """F25's choice: the preview's "One Page" prints the whole timeline on one page."""
    window.document.replace_timeline(_briefing(), None)
    window.view.set_lanes_by("participant")
    window._print_chronology = False
    window._set_print_one_page(True)
    assert _pages(_pdf_print(window, monkeypatch, tmp_path / "one.pdf")) == 1


def test_the_print_lists_the_events_by_date_with_their_tellers(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """F17: no event had a date on paper ("Central Bank bans payments in dinars" was
    somewhere above 2024).  After the timeline, the events printed are listed by date
    with who reported them; the PDF's title is the timeline's."""
    listed = _listed(monkeypatch)
    timeline = window.document.timeline
    pdf = _pdf_print(window, monkeypatch, tmp_path / "dated.pdf")
    (rows,) = listed
    assert [title for _date, title, _lane, _who in rows] == [
        e.title for e in sorted(timeline, key=lambda e: (e.date.sort_key(), e.title))]
    from timeline_app.core.dates import describe_range

    first = min(timeline, key=lambda e: (e.date.sort_key(), e.title))
    assert rows[0][0] == describe_range(first.date, first.end)
    assert any(who for *_rest, who in rows)  # the seed's article: its outlet
    assert _pages(pdf) >= 2


def test_print_current_view_lists_only_the_events_of_the_period(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """F17 for Print Current View: the list holds the events the page draws."""
    listed = _listed(monkeypatch)
    window.document.replace_timeline(_briefing(), None)
    import datetime as dt

    window.view.show_range(dt.date(2010, 1, 1).toordinal(), dt.date(2012, 12, 31).toordinal())
    _pdf_print(window, monkeypatch, tmp_path / "period.pdf", whole=False)
    (rows,) = listed
    assert {title.split()[1] for _d, title, _l, _w in rows} == {"J", "K", "L"}, rows


def test_the_preview_offers_one_page_and_the_dated_list(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """The choices are checkable buttons of the preview's toolbar; turning one calls its
    function and paints the preview again."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QToolBar, QWidget

    from timeline_app.ui import prompts

    turned: list[bool] = []
    seen: list[list[str]] = []
    painted: list[object] = []

    def look(dialog):  # type: ignore[no-untyped-def]
        bar = dialog.findChild(QToolBar, "printChoices")
        actions = {a.text(): a for a in bar.actions()}
        seen.append(list(actions))
        actions["One Page"].trigger()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", look)
    parent = QWidget()
    qtbot.addWidget(parent)
    choice = prompts.PrintChoice("One Page", "tip", False, turned.append)
    assert prompts.print_with_preview(parent, painted.append, [choice], title="T") is None
    assert "One Page" in seen[0] and turned == [True]


def test_a_picture_of_the_current_view_leaves_out_lanes_with_no_event_in_it(window):  # type: ignore[no-untyped-def]
    """F19: a PNG of 2023-2026 by participant held all 25 lanes, 12 of them empty bands
    with a "◀ 1": a third of the picture.  The lanes with no event in the period are left
    out, and the header says how many."""
    import datetime as dt

    window.document.replace_timeline(_briefing(), None)
    window.view.set_lanes_by("participant")
    window.view.show_range(dt.date(2010, 1, 1).toordinal(), dt.date(2012, 12, 31).toordinal())
    view = window._period_picture_view()
    try:
        names = [lane.name for lane in view.laid_out_lanes()]
        assert names == ["Kosovo", "Actor J", "Actor K", "Actor L"], names
        assert "21 lanes with no event in this period left out" in window._left_out_words(view)
    finally:
        view.deleteLater()


def test_the_preview_shows_every_page_and_portrait_too(window, monkeypatch):  # type: ignore[no-untyped-def]
    """F25: the print preview shows the pages the print makes (Qt's preview paints
    through the printer: ``newPage``), in landscape and, after its Portrait button, on
    portrait pages (it "did nothing" before), the titles as large."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    window.document.replace_timeline(_briefing(), None)
    window.view.set_lanes_by("participant")
    counts: list[int] = []
    shapes: list[bool] = []
    real = print_pages.paint_pages

    def spy(device, *args, **named):  # type: ignore[no-untyped-def]
        shapes.append(device.width() > device.height())
        return real(device, *args, **named)

    monkeypatch.setattr(print_pages, "paint_pages", spy)
    sizes = _scales(monkeypatch)

    def look(dialog):  # type: ignore[no-untyped-def]
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        counts.append(preview.pageCount())
        preview.setPortraitOrientation()
        preview.updatePreview()
        counts.append(preview.pageCount())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", look)
    window.print_timeline()
    assert counts[0] >= 3 and counts[1] >= 2, counts  # the lanes' pages, the dated list
    assert shapes[0] and not shapes[-1], shapes  # landscape, then portrait
    assert min(sizes) >= print_pages.MIN_TITLE_POINTS, sizes


def test_a_page_shows_no_rows_of_the_next(window):  # type: ignore[no-untyped-def]
    """The rows below a page's slice (the next page's) are not painted on it: the view's
    paint keeps no clip a caller sets on a PDF or a preview painter, and rendered whole
    the viewport drew them to the paper's edge and beyond it in Qt's preview, which
    records each page as a picture (here: one played onto a taller image)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter, QPicture

    window.document.replace_timeline(_briefing(), None)
    window.view.set_lanes_by("participant")
    window._print_chronology = False
    recorded = QPicture()
    recorded.setBoundingRect(QRect(0, 0, 1123, 794))  # A4 landscape at 96 dpi
    view = window._whole_picture_view()
    try:
        assert print_pages.paint_pages(recorded, view, "T", "S", new_page=lambda: False) == 1
    finally:
        view.deleteLater()
    unpainted = 0xFF00FF00
    image = QImage(1123, 1600, QImage.Format.Format_ARGB32)
    image.fill(unpainted)
    painter = QPainter(image)
    painter.drawPicture(0, 0, recorded)
    painter.end()
    below = {image.pixel(x, y) for x in range(0, 1123, 7) for y in range(800, 1600, 7)}
    assert below == {unpainted}


def test_print_to_file_offers_the_file_printed_to_last(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """F25's side note: the print dialog went back to ~/print.pdf at every print; the file
    printed to last is offered again while the app runs (a print to a printer forgets it)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QDialog, QWidget

    from timeline_app.ui import prompts

    offered: list[str] = []
    answers = ["/tmp/briefing-1.pdf", "", ""]

    def accept(dialog):  # type: ignore[no-untyped-def]
        offered.append(dialog.printer().outputFileName())
        dialog.printer().setOutputFileName(answers[len(offered) - 1])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintPreviewDialog, "exec", accept)
    monkeypatch.setattr(prompts, "_printed_to_file", [])
    parent = QWidget()
    qtbot.addWidget(parent)
    assert prompts.print_with_preview(parent, lambda _printer: None).to_file
    assert not prompts.print_with_preview(parent, lambda _printer: None).to_file
    prompts.print_with_preview(parent, lambda _printer: None)
    assert offered == ["", "/tmp/briefing-1.pdf", ""]


def test_a_page_printed_whole_by_its_height_is_filled_across(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """F17: Print Current View of 2022-2026 by category, on one page scaled to its height,
    filled the left 63 % of the landscape page, the rest blank, its titles ~6.5 pt.  The
    period is drawn as wide as the page then, its titles as large."""
    from timeline_app.ui import export_picture

    events = [Event(f"w{n}", f"Envoys of both sides meet in Brussels for round {n} of the talks",
                    FuzzyDate.of_ymd(2023, 3, 1 + n), category="meeting") for n in range(30)]
    window.document.replace_timeline(Timeline.from_events(events), None)
    window.view.fit_all()
    window._print_chronology = False
    filled: list[float] = []
    real = export_picture._render

    def spy(view, painter, target=None, size=None):  # type: ignore[no-untyped-def]
        filled.append(target.width() / painter.device().width())
        real(view, painter, target, size)

    monkeypatch.setattr(export_picture, "_render", spy)
    sizes = _scales(monkeypatch)
    pdf = _pdf_print(window, monkeypatch, tmp_path / "filled.pdf", whole=False)
    # (on two pages since its titles print at 9.7 pt at least, not smaller: verify84 F7)
    assert _pages(pdf) <= 2
    assert min(filled) > 0.97, filled
    assert min(sizes) >= print_pages.MIN_TITLE_POINTS, sizes


def test_a_font_set_in_pixels_prints_as_its_points(window):  # type: ignore[no-untyped-def]
    """A desktop whose font is set in pixels (``QFont.pointSizeF`` is -1) prints its
    titles at their size, not as a 320-px-wide timeline of "-1 pt" titles."""
    from PySide6.QtGui import QFont

    font = QFont(window.view.font())
    font.setPixelSize(16)
    window.view.setFont(font)
    assert window.view.font().pointSizeF() == -1
    points = print_pages.label_points(window.view)
    assert points == pytest.approx(16 * 72 / window.view.logicalDpiY(), rel=0.05)
    assert print_pages.print_view_width(785, points, window.view.logicalDpiY(), 1400) > 1000


def test_by_category_too_a_picture_of_the_view_leaves_out_its_empty_lanes(window):  # type: ignore[no-untyped-def]
    """F19 by category: the lanes with no event in the period are left out of a picture
    of the current view as by participant (their events hidden, as a filter hides them)."""
    import datetime as dt

    events = [Event(f"m{n}", f"Meeting {n}", FuzzyDate.of_ymd(2010 + n, 5, 1),
                    category="meeting") for n in range(4)]
    events += [Event("t1", "Treaty", FuzzyDate.of_ymd(1995, 1, 1), category="treaty"),
               Event("v1", "Visit", FuzzyDate.of_ymd(2030, 1, 1), category="visit")]
    window.document.replace_timeline(Timeline.from_events(events), None)
    window.view.show_range(dt.date(2010, 1, 1).toordinal(), dt.date(2013, 12, 31).toordinal())
    view = window._period_picture_view()
    try:
        assert [lane.key for lane in view.laid_out_lanes()] == ["meeting"]
        assert "2 lanes with no event in this period left out" in window._left_out_words(view)
        assert "4 of the timeline’s 6 events" in window._picture_subtitle(False, view)
    finally:
        view.deleteLater()
    assert len(window.view.laid_out_lanes()) == 3  # the window's lanes are all there


def test_the_print_can_leave_the_article_marks_out(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """F17: the red "Article · 22 Mar 2025" marks printed too, "noise for the reader":
    the preview's "Article Marks" leaves them (badges and lines) off the pages."""
    from timeline_app.ui import prompts

    badges: list[int] = []
    offered: list[list[str]] = []
    real_pages, real_preview = print_pages.paint_pages, prompts.print_with_preview

    def spy(device, view, *args, **named):  # type: ignore[no-untyped-def]
        width = view.viewport().width()
        badges.append(len(view._article_badges(width)) + len(view._article_line_columns()))
        return real_pages(device, view, *args, **named)

    monkeypatch.setattr(print_pages, "paint_pages", spy)
    window._print_chronology = False
    _pdf_print(window, monkeypatch, tmp_path / "with.pdf")

    def choices(parent, paint, choices=(), **named):  # type: ignore[no-untyped-def]
        offered.append([choice.text for choice in choices])
        return prompts.Printed("x", True)

    monkeypatch.setattr(prompts, "print_with_preview", choices)
    window.print_timeline()
    assert "Article Marks" in offered[0]
    monkeypatch.setattr(prompts, "print_with_preview", real_preview)
    window._set_print_article_marks(False)
    _pdf_print(window, monkeypatch, tmp_path / "without.pdf")
    assert badges[0] >= 2 and badges[1] == 0  # (the seed article's badge and line)
    assert window.view._article_badges(window.view.viewport().width())  # the window's stay


def test_the_pages_asked_for_are_the_pages_printed(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """verify54 F26: "Pages from 2 to 2" printed both pages of the timeline and its
    dated list."""
    assert _pages(_pdf_print(window, monkeypatch, tmp_path / "all.pdf")) == 2
    seen = _scales(monkeypatch)
    assert _pages(_pdf_print(window, monkeypatch, tmp_path / "two.pdf", pages=(2, 2))) == 1
    assert seen == []  # page 2 is the list: the timeline's picture not painted


def test_the_dated_list_can_be_printed_alone(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """verify54 F26: no way to a one-page dated list of the week: "Dated List Only"."""
    seen = _scales(monkeypatch)
    listed = _listed(monkeypatch)
    window._set_print_chronology(False)  # (the list only, whichever the other says)
    window._set_print_list_only(True)
    pdf = _pdf_print(window, monkeypatch, tmp_path / "list.pdf")
    assert _pages(pdf) == 1 and seen == []
    assert len(listed[0]) == len(window.document.timeline)


def test_with_from_and_to_set_the_print_shows_that_period(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """verify54 F25: with Filters From 26 May To 2 June 2024, one event dated "2024"
    (overlapping them) made the print's picture span the whole year, the week's events
    in a 1 cm column, under the header "2024 – 2024".  As Ctrl+0 in the window: the
    picture shows From–To, and the header says it."""
    import dataclasses
    import datetime as dt

    from timeline_app.ui import main_window

    events = [Event("year", "Kim Jong Un to launch three more spy satellites",
                    FuzzyDate.of_year(2024), category="military"),
              *(Event(f"d{n}", f"Meeting {n}", FuzzyDate.of_ymd(2024, 5, 26 + n),
                      category="meeting") for n in range(6))]
    window.document.replace_timeline(Timeline.from_events(events), None)
    state = window.find_state
    state.set_filter(dataclasses.replace(state.filter, first_day=dt.date(2024, 5, 26),
                                         last_day=dt.date(2024, 6, 2)))
    views: list[object] = []
    real = main_window.MainWindow._paint_print

    def spy(self, device, view, whole, page_range=None):  # type: ignore[no-untyped-def]
        views.append(view.shown_days())
        views.append(self._picture_subtitle(whole, view))
        return real(self, device, view, whole, page_range)

    monkeypatch.setattr(main_window.MainWindow, "_paint_print", spy)
    _pdf_print(window, monkeypatch, tmp_path / "week.pdf")
    (first, last), subtitle = views[-2:]
    # the week and the room for its titles, as Fit All leaves it: not January–December
    assert dt.date(2024, 5, 1).toordinal() <= first < dt.date(2024, 5, 26).toordinal()
    assert dt.date(2024, 6, 2).toordinal() < last <= dt.date(2024, 6, 30).toordinal()
    assert subtitle.startswith("26 May – 2 June 2024 · ")


def test_with_no_printer_the_pdf_goes_where_save_would_put_it(qtbot, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """verify54 F26: the PDF went to the home folder while Save and Save As use
    ~/Documents.  With no printer installed (Print to File the only way) the file is
    offered in the folder given (the window's save folder), named after the timeline; with
    a printer, the printer stays the default."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QWidget

    from timeline_app.ui import prompts

    offered: list[str] = []

    def look(dialog):  # type: ignore[no-untyped-def]
        offered.append(dialog.printer().outputFileName())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", look)
    monkeypatch.setattr(prompts, "_printed_to_file", [])
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(prompts, "_printers", lambda: [])
    prompts.print_with_preview(parent, lambda _p: None, title="Seoul week: May/June",
                               folder=str(tmp_path))
    monkeypatch.setattr(prompts, "_printers", lambda: ["Office laser"])
    prompts.print_with_preview(parent, lambda _p: None, title="T", folder=str(tmp_path))
    assert offered == [str(tmp_path / "Seoul week - May June.pdf"), ""]


def test_a_picture_can_leave_the_article_marks_out(window, monkeypatch, recorded_prompts, tmp_path):  # type: ignore[no-untyped-def]
    """verify55 F29: an SVG of the timeline for a report carried the red article line and
    "Article · 10 Jul 2025 +3" with no way to leave them out: File → Export → Article
    Marks in Pictures (the print's "Article Marks" choice, the same setting)."""
    from timeline_app.ui import export_picture as pictures

    marks: list[int] = []
    real = pictures.export_picture

    def spy(view, *args, **named):  # type: ignore[no-untyped-def]
        width = view.viewport().width()
        marks.append(len(view._article_badges(width)) + len(view._article_line_columns()))
        return real(view, *args, **named)

    monkeypatch.setattr(pictures, "export_picture", spy)
    recorded_prompts.export_path = str(tmp_path / "with.svg")
    assert window.export_picture("SVG", whole=True)
    assert window.picture_marks_action.isChecked()
    window.picture_marks_action.trigger()  # off, for pictures and prints alike
    assert window._print_article_marks is False
    recorded_prompts.export_path = str(tmp_path / "without.svg")
    assert window.export_picture("SVG", whole=True)
    assert marks[0] >= 2 and marks[1] == 0
    window._set_print_article_marks(True)  # the print's choice checks it again
    assert window.picture_marks_action.isChecked()


def test_the_preview_s_choices_and_pages_are_reached_from_the_keyboard(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """verify58 F17: One Page, Dated List, Dated List Only and Article Marks were toolbar
    buttons Tab never reached (Tab cycled the zoom box and the page field), with no
    mnemonic, and Page Down did not change the page: the Key dates list needed the mouse.
    Each choice is a Tab stop with its Alt+letter; Page Down / Page Up turn the pages."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QToolBar, QToolButton, QWidget

    from timeline_app.ui import prompts

    turned: dict[str, list[bool]] = {"O": [], "D": [], "L": [], "A": []}
    seen: dict[str, object] = {}

    def paint(printer) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(printer)
        for _page in range(2):
            painter.drawText(100, 100, "page")
            printer.newPage()
        painter.end()

    def look(dialog):  # type: ignore[no-untyped-def]
        dialog.resize(1600, 900)  # (the window's 85 %: every button shown)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        preview = dialog.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: preview.pageCount() == 3)
        bar = dialog.findChild(QToolBar, "printChoices")
        buttons = {a.text(): bar.widgetForAction(a) for a in bar.actions()}
        seen["texts"] = {name: b.text() for name, b in buttons.items()
                         if name in ("One Page", "Dated List Only")}
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_L,
                       Qt.KeyboardModifier.AltModifier)
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_A,
                       Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: turned["A"] == [True])  # (a mnemonic's click is animated)
        reached = []
        for _ in range(30):
            QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
            reached.append(QApplication.focusWidget())
        seen["tab"] = {b.defaultAction().text() for b in reached
                       if isinstance(b, QToolButton) and b.defaultAction() is not None}
        listed = buttons["Dated List"]
        listed.setFocus()
        QTest.keyClick(listed, Qt.Key.Key_Space)  # (the one with the focus: Space)
        page = preview.currentPage()
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_PageDown)
        seen["pages"] = [page, preview.currentPage()]
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_PageUp)
        seen["pages"].append(preview.currentPage())  # type: ignore[attr-defined]
        dialog.hide()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", look)
    parent = QWidget()
    qtbot.addWidget(parent)
    choices = [prompts.PrintChoice(text, "tip", False, turned[key].append, key)
               for text, key in (("One Page", "O"), ("Dated List", "D"),
                                 ("Dated List Only", "L"), ("Article Marks", "A"))]
    assert prompts.print_with_preview(parent, paint, choices, title="T") is None
    assert seen["texts"] == {"One Page": "&One Page", "Dated List Only": "Dated &List Only"}
    assert turned == {"O": [], "D": [True], "L": [True], "A": [True]}
    assert {"One Page", "Dated List", "Dated List Only", "Article Marks"} <= seen["tab"]  # type: ignore[operator]
    assert seen["pages"] == [1, 2, 1]


def test_the_dated_list_leaves_no_row_alone_on_its_last_page(qtbot, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """verify58 F19: Dated List Only printed 22 rows on page 1 and the 23rd alone on page
    2.  The rows that made one row too many now print on one page (the space between
    rows a little narrower), and a lone row too tall for that takes a row of the page
    before with it."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from timeline_app.ui import print_pages

    writer = QPdfWriter(str(tmp_path / "list.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    try:
        page = QRectF(0, 0, writer.width(), writer.height())

        def pages(count: int) -> int:
            rows = [(f"{n + 1} March 2026", f"Event {n}", "Qatar", "Reuters")
                    for n in range(count)]
            return len(print_pages._chronology_pages(painter, page, 0.0, rows, 0))

        with monkeypatch.context() as patched:  # the pages as they were cut before
            patched.setattr(print_pages, "_no_widow", lambda *_args: None)
            one_too_many = next(n for n in range(2, 400) if pages(n) == 2)
        assert pages(one_too_many) == 1
        assert pages(one_too_many + 1) == 2
    finally:
        painter.end()
    # Too tall to take: the page before gives its last row.
    paged: list[list[tuple[tuple[str, str, str, str], float]]] = [
        [(("a", "", "", ""), 10.0)] * 5, [(("z", "", "", ""), 40.0)]]
    gaps = [2.0, 2.0]
    print_pages._no_widow(paged, gaps, [52.0, 52.0])
    assert [len(p) for p in paged] == [4, 2] and gaps == [2.0, 2.0]
    # Room made by narrower gaps (5 rows of 6 px text and the lone 6 px one: 36 px of
    # text in 55 px of room, where 6 rows with 2 px above and below take 60): one page.
    paged = [[(("a", "", "", ""), 10.0)] * 5, [(("z", "", "", ""), 10.0)]]
    gaps = [2.0, 2.0]
    print_pages._no_widow(paged, gaps, [55.0, 55.0])
    assert [len(p) for p in paged] == [6] and gaps == [pytest.approx(19 / 12)]
