"""Faults a history teacher met building a class timeline over decades (verify34).

Each test fails on the code before its fix; the finding's number is in its name or text
(``/work/coord/s27/verify34_findings.md``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from timeline_app.extract import extract_events
from timeline_app.paths import resource_path
from timeline_app.ui.import_article import ReviewDialog

SEED = resource_path("seed-article.txt").read_text("utf-8")


def test_a_lane_typed_in_the_review_and_confirmed_with_return_keeps_its_name(qtbot):
    """F1: "Court cases" typed in a row's Category box and confirmed with Return made a
    lane called "None": the editable box inserted the text as an item without data, and
    the row's category was ``str(None)``."""
    dialog = ReviewDialog(extract_events(SEED))
    qtbot.addWidget(dialog)
    combo = dialog.table.cellWidget(1, dialog.CATEGORY)
    assert isinstance(combo, QComboBox)
    line = combo.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "Court cases")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert combo.currentText() == "Court cases"
    assert dialog.outcome().events[1].category == "court cases"


def _settle(qtbot, rounds: int = 10) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()
        qtbot.wait(5)


def _lanes_taller_than_the_window(window, qtbot):  # type: ignore[no-untyped-def]
    """Six lanes of six 2024 events each in a window too short for them: the last lanes
    need the vertical scroll.  The events of the period the view shows."""
    from timeline_app.core import Event, FuzzyDate, Timeline

    events = [Event(f"{category}{n}", f"{category.title()} event number {n}",
                    FuzzyDate.of_ymd(2024, 1 + n, 1 + n), category=category)
              for category in ("treaty", "policy", "dispute", "visit", "meeting", "statement")
              for n in range(6)]
    window.document.replace_timeline(Timeline.from_events(events), None)
    window.resize(1100, 560)
    _settle(qtbot)
    view = window.view
    view.fit_all()
    _settle(qtbot)
    assert view.verticalScrollBar().maximum() > 0, "the lanes are taller than the view"
    first, last = view.visible_days()
    return [e for e in events if e.day_range()[0] <= last and e.day_range()[1] > first]


def test_a_picture_of_the_current_view_has_every_lane_of_the_period(
        window, qtbot, picture_subtitles, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """F6: the teacher's PNG of 2015-2023 left out the three lanes below the window's
    scroll (the Supreme Court ruling, the 2019 trade measures) and said "9 of the
    timeline's 26 events" over a period of 13.  A picture is read without a scrollbar:
    the current view's picture is the period the window shows, in every lane."""
    from PySide6.QtGui import QImage

    from timeline_app.ui import export_picture as pictures

    inside = _lanes_taller_than_the_window(window, qtbot)
    scroll = window.view.verticalScrollBar().value()
    drawn: list[tuple[int, float]] = []  # the picture's lanes, and their bottom
    render = pictures._render

    def spy(view_, painter, *args):  # type: ignore[no-untyped-def]
        laid = view_.laid_out_lanes()
        drawn.append((len(laid), laid[-1].top + laid[-1].height))
        render(view_, painter, *args)

    monkeypatch.setattr(pictures, "_render", spy)
    assert window.export_picture("PNG", whole=False)
    subtitle = picture_subtitles[-1]
    # (every event in the period: "36 events", no "of the timeline's": verify51 F15)
    assert (f"{len(inside)} of the timeline’s 36 events" in subtitle if len(inside) < 36
            else subtitle.endswith("· 36 events")), subtitle
    image = QImage(str(tmp_path / "picture.png"))
    # Every lane of the window's, to the last one's end below the axis (in the picture's
    # own view: wider than the window since verify59 F18, its lanes take fewer rows)
    ((count, bottom),) = drawn
    assert count == len(window.view._layout().lanes)
    assert image.height() / pictures.PNG_DEVICE_PIXEL_RATIO > bottom + pictures.header_height()
    assert window.view.verticalScrollBar().value() == scroll  # the window's view as it was


def test_print_current_view_has_every_lane_of_the_period(window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """F6, File → Print Current View…: the page cut the lanes below the window's scroll
    (a third of the page left blank) and its header counted only the lanes shown."""
    from PySide6.QtGui import QImage

    from timeline_app.ui import print_pages as pictures
    from timeline_app.ui import prompts

    inside = _lanes_taller_than_the_window(window, qtbot)
    painted: list[tuple[object, str]] = []
    real = pictures.paint_pages

    def spy(device, view, title, subtitle, *args, **named):  # type: ignore[no-untyped-def]
        painted.append((view, subtitle))
        return real(device, view, title, subtitle, *args, **named)

    monkeypatch.setattr(pictures, "paint_pages", spy)
    page = QImage(800, 600, QImage.Format.Format_ARGB32)
    monkeypatch.setattr(prompts, "print_with_preview",
                        lambda _parent, paint, *_a, **_k: paint(page))
    window.print_timeline(whole=False)
    (view, subtitle), = painted
    # (every event in the period: "36 events", no "of the timeline's": verify51 F15;
    # the days in the title since verify85 F8)
    assert (f"{len(inside)} of the timeline’s 36 events" in subtitle if len(inside) < 36
            else subtitle.startswith("36 events")), subtitle
    assert view is not window.view


def test_a_name_typed_whole_closes_its_completion_list(qtbot, window, shown_editor):  # type: ignore[no-untyped-def]
    """F4: "South Korea, Japan" typed in Participants left the list open offering "Japan",
    over the Place field: the click meant for Place picked "Japan" again and "Tokyo" went
    into Participants ("South Korea, JapanTokyo"); "Tokyo" typed in Place left its list
    open and the first click on OK only closed it.  Once the name typed is the one name
    offered, there is nothing left to choose: the list closes."""
    from PySide6.QtWidgets import QApplication

    dialog = shown_editor(window.document.timeline)
    dialog.participants_edit.setFocus()
    qtbot.keyClicks(dialog.participants_edit, "South Korea, Jap")
    assert QApplication.activePopupWidget() is dialog.participants_edit.completer().popup()
    qtbot.keyClicks(dialog.participants_edit, "an")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    dialog.location_edit.setFocus()
    qtbot.keyClicks(dialog.location_edit, "Tok")
    assert QApplication.activePopupWidget() is dialog.location_edit.completer().popup()
    qtbot.keyClicks(dialog.location_edit, "yo")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert dialog.participants_edit.text() == "South Korea, Japan"
    assert dialog.location_edit.text() == "Tokyo"


def test_a_click_on_ok_while_a_completion_list_is_open_presses_ok(qtbot, window, shown_editor):  # type: ignore[no-untyped-def]
    """F4: with a completion list open, the first click on OK only closed the list (the
    list takes the mouse while it is open, and Qt's completer ate the press that closed
    it); a click elsewhere in the dialog now closes the list and does what it would have."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    dialog = shown_editor(window.document.timeline)
    qtbot.keyClicks(dialog.title_edit, "Normalization talks begin")
    qtbot.keyClicks(dialog.date_edit, "c. 1951")
    dialog.location_edit.setFocus()
    qtbot.keyClicks(dialog.location_edit, "To")
    popup = dialog.location_edit.completer().popup()
    assert QApplication.activePopupWidget() is popup
    assert dialog.ok_button.isEnabled()
    # As Qt delivers a press outside an open list: to the list, at the pointer's place.
    at = dialog.ok_button.mapToGlobal(dialog.ok_button.rect().center())
    press = QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(popup.mapFromGlobal(at)),
                        QPointF(at), Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(popup, press)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == dialog.DialogCode.Accepted


def test_return_after_typing_a_lane_in_the_review_confirms_it_and_imports_nothing(qtbot):  # type: ignore[no-untyped-def]
    """F10: Return after typing "Court cases" in a row's Category box pressed Import too:
    the review closed while the teacher was still correcting rows.  In the Title or
    Participants cells Return ends the cell's editing; so it does in the Category box
    after typing there.  Without typing, Return imported (the dialog's default); since
    session 42 Return never imports from the table (verify52 F1's trap on every cell): it
    opens the box's list, and Ctrl+Return imports."""
    dialog = ReviewDialog(extract_events(SEED))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    combo = dialog.table.cellWidget(1, dialog.CATEGORY)
    assert isinstance(combo, QComboBox)
    line = combo.lineEdit()
    assert line is not None
    from PySide6.QtWidgets import QApplication

    line.setFocus()
    line.selectAll()
    focus = QApplication.focusWidget()  # the box (its line edit's focus proxy), as typed
    assert focus is not None
    qtbot.keyClicks(focus, "Court cases")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.outcome().events[1].category == "court cases"
    qtbot.keyClick(line, Qt.Key.Key_Return)  # nothing typed since: the box's list
    qtbot.wait(50)
    assert dialog.isVisible() and dialog.result() == 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # (the list's)
    qtbot.keyClick(line, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == dialog.DialogCode.Accepted


def test_the_status_line_says_where_a_print_went(window, monkeypatch):  # type: ignore[no-untyped-def]
    """F9: Print Current View… → Print → Print to File (PDF): the preview closed and the
    window said nothing (an export says "Exported NAME"); a print cancelled says nothing."""
    from timeline_app.ui import prompts

    monkeypatch.setattr(prompts, "print_with_preview", lambda _parent, _paint, *_a, **_k: None)
    window.statusBar().clearMessage()
    window.print_timeline(whole=False)
    assert window.statusBar().currentMessage() == ""
    monkeypatch.setattr(prompts, "print_with_preview",
                        lambda _parent, _paint, *_a, **_k:
                        prompts.Printed("/tmp/print-view.pdf", True))
    window.print_timeline(whole=False)
    assert window.statusBar().currentMessage() == "Printed to print-view.pdf"
    monkeypatch.setattr(prompts, "print_with_preview",
                        lambda _parent, _paint, *_a, **_k: prompts.Printed("Office laser", False))
    window.print_timeline()
    assert window.statusBar().currentMessage() == "Sent to the printer Office laser"


def test_a_name_typed_whole_in_a_review_cell_closes_its_completion_list(qtbot):  # type: ignore[no-untyped-def]
    """F4 in the import review: a Participants cell's list stayed open over the rows
    below once the name typed was the one offered; a click meant for another row landed
    on the list.  It closes, as in the event editor."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    dialog = ReviewDialog(extract_events(SEED))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    table.setCurrentCell(0, dialog.PARTICIPANTS)
    table.editItem(table.item(0, dialog.PARTICIPANTS))
    editor = table.indexWidget(table.model().index(0, dialog.PARTICIPANTS))
    assert isinstance(editor, QLineEdit)
    model = editor.completer().model()
    names = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    name = next(n for n in names
                if sum(n.casefold() in other.casefold() for other in names) == 1)
    editor.selectAll()
    qtbot.keyClicks(editor, f"Iran, {name[:-1]}")
    assert QApplication.activePopupWidget() is editor.completer().popup()
    qtbot.keyClicks(editor, name[-1])
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert editor.text() == f"Iran, {name}"


def test_details_show_the_timelines_description_and_where_to_change_it(window):  # type: ignore[no-untyped-def]
    """F7: the sample's description ("… read from one NationPress report …") stayed on the
    teacher's timeline of four articles and his own events, and became the title slide of
    his class website: it was shown nowhere in the window.  With no event selected,
    Details gives it, and says where to change it."""
    window.selection.select(None)
    pane = window.detail_pane
    description = window.document.timeline.description
    assert description
    text = pane.plain_text()
    assert " ".join(description.split())[:60] in " ".join(text.split())
    assert "Timeline → Properties…" in text


def test_print_to_a_pdf_file_writes_the_timeline_as_vectors(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """F9: Print → Print to File (PDF) wrote the timeline as one 11189 × 8828 px image
    (5.7 MB, its text not text): Qt renders a widget via a pixmap on a printer.  Written
    through a PDF writer, as File → Export → PDF is: vectors, some tens of KB."""
    import re

    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    from timeline_app.ui import prompts

    target = tmp_path / "printed.pdf"

    def print_to_file(_parent, paint, *_a, **_k):  # type: ignore[no-untyped-def]
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        paint(printer)
        return prompts.Printed(str(target), True)

    monkeypatch.setattr(prompts, "print_with_preview", print_to_file)
    window.print_timeline(whole=False)
    data = target.read_bytes()
    images = [(int(w), int(h)) for w, h in re.findall(rb"/Width (\d+)\s*/Height (\d+)", data)]
    assert all(w * h < 1_000_000 for w, h in images), images  # no page-sized raster
    assert len(data) < 300_000, len(data)
    assert b"/MediaBox" in data and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 1


def test_a_right_click_on_empty_timeline_space_offers_a_new_event_there(
        window, recorded_prompts, monkeypatch):  # type: ignore[no-untyped-def]
    """F12: a mouse user right-clicks empty space to add an event: the menu offered the
    lane's and the timeline's entries but no New Event (only a double-click, which he did
    not know, opens the editor there).  "New Event Here…" opens it on the date under the
    pointer at the zoom's precision, in that lane, as the double-click does."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui import context_menu

    def choose(menu, _pos):  # type: ignore[no-untyped-def]
        entries = {a.text().replace("&", ""): a for a in menu.actions() if not a.isSeparator()}
        assert "New Event Here…" in entries, list(entries)
        entries["New Event Here…"].trigger()

    monkeypatch.setattr(context_menu, "popup", choose)
    view = window.view
    lane = next(lane for lane in view._layout().lanes if lane.category == "dispute")
    pos = QPoint(view.viewport().width() // 5, round(lane.top + view._content_offset() + 30))
    assert not view.event_at(pos.toPointF())
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos)))
    (editor,) = recorded_prompts.editors
    assert editor.category_combo.currentText() == "Dispute"
    from timeline_app.ui.main_window import date_at_zoom

    expected = date_at_zoom(view.day_at(pos.x()), window._px_per_day_at(pos.x()))
    assert editor.date_edit.text() == expected.describe()


def test_a_completing_field_deleted_right_after_a_key_leaves_no_error(qtbot):  # type: ignore[no-untyped-def]
    """F4's list check runs once the key's own handling is over; a review cell's editor
    closed and deleted before then (a key, then Return at once) must not be reached."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QLineEdit

    dialog = ReviewDialog(extract_events(SEED))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    table.setCurrentCell(0, dialog.PLACE)
    table.editItem(table.item(0, dialog.PLACE))
    editor = table.indexWidget(table.model().index(0, dialog.PLACE))
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "T")  # the check is now pending
    editor.deleteLater()
    QCoreApplication.sendPostedEvents(editor, QEvent.Type.DeferredDelete)
    qtbot.wait(20)  # the pending check runs (or not) here: no exception


def test_a_date_in_the_article_that_dates_no_event_offers_a_new_one(
        qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    """F14: in the Article pane every date of the explainer was marked, and a click on one
    selects the event it dates; "October 2018" dated none (the extractor missed the
    Supreme Court ruling, E5) and the click did nothing.  It opens the editor on a new
    event of that date, its sentence the source, read from that article."""
    from PySide6.QtCore import QUrl

    from tests.ui.article_pane_shown import article_pane_of, explainer_with_curbs
    from timeline_app.core import FuzzyDate

    text = ("SEOUL, June 20, 2025 (Korea Times) -- The two neighbours look back.\n"
            "In October 2018, South Korea's Supreme Court ordered Nippon Steel to compensate "
            "Korean wartime labourers. The following year, Japan tightened export controls.\n")
    window, pane = article_pane_of(qtbot, explainer_with_curbs(text), "curbs")
    index = next(i for i, t in enumerate(pane.timexes()) if t.text == "October 2018")
    assert pane.event_for_timex(index) is None

    def name_it(editor):  # type: ignore[no-untyped-def]
        qtbot.keyClicks(editor.title_edit, "Supreme Court orders Nippon Steel to compensate")
        editor.accept()

    recorded_prompts.edit_script = name_it
    pane.handle_link(QUrl(f"timex:{index}"))
    added = [e for e in window.document.timeline if e.id != "curbs"]
    assert len(added) == 1, added
    event = added[0]
    assert event.title == "Supreme Court orders Nippon Steel to compensate"
    assert event.date == FuzzyDate.of_month(2018, 10)
    assert event.source_id == "a"
    # the neutral lane, as New Event's, the title telling no kind (verify75 F9; until
    # session 57 "policy", the selected event's lane)
    assert event.category == "event"
    (evidence,) = event.evidence
    assert evidence.sentence.startswith("In October 2018, South Korea's Supreme Court")
    assert text[evidence.date_start:evidence.date_end] == "October 2018"
    assert window.selection.event_id == event.id


def test_a_long_lane_typed_in_the_review_shows_its_start_once_confirmed(qtbot):
    """verify36, F7: "Implementation" typed in a Category box narrower than it, and
    confirmed with Return (or left with Tab), showed "plementation": the line edit kept
    its cursor at the end.  Its start shows once it is confirmed or left."""
    dialog = ReviewDialog(extract_events(SEED))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # (the focus moves only in the active window)
    for row, key in ((1, Qt.Key.Key_Return), (2, Qt.Key.Key_Tab)):
        combo = dialog.table.cellWidget(row, dialog.CATEGORY)
        assert isinstance(combo, QComboBox)
        line = combo.lineEdit()
        assert line is not None
        line.setFocus()
        qtbot.waitUntil(line.hasFocus)
        line.selectAll()
        qtbot.keyClicks(line, "Implementation of the joint plan of action")
        assert line.cursorPosition() > 0
        qtbot.keyClick(line, key)
        qtbot.waitUntil(lambda line=line: line.cursorPosition() == 0)
        assert not line.hasFocus()
        assert combo.currentText() == "Implementation of the joint plan of action"
