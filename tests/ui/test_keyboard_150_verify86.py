"""verify86: a keyboard-only editor at 150 % (1920×1080 with ``QT_SCALE_FACTOR=1.5``, a
1280×720 window in Qt's pixels): lines she could not read whole, and where the keys went."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

# Our own sentences: three treaty-like rows and a meeting, so one lane chosen for one row
# offers the others.
ARTICLE = """Tallin, 9 May 2026 -- Arland and Bergia signed a border treaty on 2 May 2026.
The two states signed a fisheries accord on 14 March 2026.
Arland and Bergia signed a water-sharing agreement on 3 February 2026.
Officials of both states met in Oslo on 20 January 2026."""


def _theirs() -> list[Event]:
    day = FuzzyDate.of_day(dt.date(2025, 11, 16))
    return [Event("a", "Arland and Bergia officials meet in Riga", day, category="meeting")]


def test_the_move_them_too_line_is_read_whole_at_150_percent(qtbot):  # type: ignore[no-untyped-def]
    """F4: "5 other rows read as “Treaty” (r…" beside Move Them Too was cut after a few
    words in the 1280-px review: she could not tell which rows the button would move, so
    she could not judge it.  The line wraps now: drawn whole, nothing left to a tooltip."""
    dialog = ReviewDialog(extract_events(ARTICLE), existing=_theirs())
    qtbot.addWidget(dialog)
    dialog.resize(1280, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    treaties = [row for row in range(dialog.table.rowCount())
                if dialog.extraction.candidates[row].category == "treaty"]
    assert len(treaties) >= 2, [c.category for c in dialog.extraction.candidates]
    dialog.set_cell(treaties[0], "Category", "Dispute")
    qtbot.waitUntil(dialog.follow_button.isVisible)
    note = dialog.note_label.text()
    assert "Move" in note and "as well" in note, note
    qtbot.waitUntil(lambda: not dialog.note_label.is_cut(), timeout=2000)
    drawn = " ".join(super(type(dialog.note_label), dialog.note_label).text().split())
    assert drawn == " ".join(note.split()), drawn


def test_properties_opens_with_the_keys_in_the_name_field(qtbot):  # type: ignore[no-untyped-def]
    """F5: Timeline → Properties opened with no caret and no focus frame anywhere; only
    Alt+N showed where the keys were.  The Name field has them at once."""
    from timeline_app.ui.timeline_properties import TimelinePropertiesDialog

    dialog = TimelinePropertiesDialog("Arland and Bergia, 1990-2026", "", None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.focusWidget() is dialog.title_edit


def test_ctrl_return_in_the_description_presses_ok(qtbot):  # type: ignore[no-untyped-def]
    """F5: Ctrl+Enter in Properties' Description did nothing (it imports in the review
    and merges in Merge); it presses OK there and in every OK/Cancel dialog now."""
    from PySide6.QtCore import Qt

    from timeline_app.ui.timeline_properties import TimelinePropertiesDialog

    dialog = TimelinePropertiesDialog("Arland and Bergia", "", None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.description_edit.setFocus()
    qtbot.waitUntil(dialog.description_edit.hasFocus)
    qtbot.keyClicks(dialog.description_edit, "Talks since 1990")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.description_edit, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    assert dialog.values() == ("Arland and Bergia", "Talks since 1990")


def test_the_review_is_prepared_under_a_progress_with_cancel(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """F7: importing into a timeline with events, the article dialog closed and nothing
    was on screen for ~11 s while the review was built (each row matched against the
    timeline); she thought the import lost.  A progress with Cancel shows from then until
    the review does, and Cancel there leaves the import as Cancel in the review does."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog

    from timeline_app.ui import prompts

    parent = QMainWindow()
    qtbot.addWidget(parent)
    parent.resize(800, 600)
    parent.show()
    qtbot.waitExposed(parent)
    seen: list[tuple[bool, str]] = []
    fill = ReviewDialog._fill_row

    def watched_fill(self, row, candidate):  # type: ignore[no-untyped-def]
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QProgressDialog) and w.isVisible()]
        seen.append((bool(shown), shown[0].labelText() if shown else ""))
        return fill(self, row, candidate)

    monkeypatch.setattr(ReviewDialog, "_fill_row", watched_fill)
    monkeypatch.setattr(ReviewDialog, "exec", lambda self: ReviewDialog.DialogCode.Rejected)
    result = extract_events(ARTICLE)
    assert prompts.review_candidates(parent, result, True, _theirs()) is None
    assert seen and all(shown for shown, _ in seen), seen
    assert "review" in seen[0][1], seen
    # (closed in the review's own event loop, once it is painted)
    qtbot.waitUntil(lambda: not [w for w in QApplication.topLevelWidgets()
                                 if isinstance(w, QProgressDialog) and w.isVisible()])

    # Cancel on the progress: no review is shown, the import is cancelled.
    seen.clear()

    def cancelled_fill(self, row, candidate):  # type: ignore[no-untyped-def]
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QProgressDialog) and w.isVisible():
                w.cancel()
        return fill(self, row, candidate)

    monkeypatch.setattr(ReviewDialog, "_fill_row", cancelled_fill)
    shown_reviews: list[object] = []
    monkeypatch.setattr(ReviewDialog, "exec", lambda self: shown_reviews.append(self) or 0)
    assert prompts.review_candidates(parent, result, True, _theirs()) is None
    assert shown_reviews == []


def test_a_save_after_a_rename_says_what_older_copies_miss_in_words(window, tmp_path):  # type: ignore[no-untyped-def]
    """F8: after her rename in Properties the save said "in file format 13 (was 9): older
    copies of this app cannot open it now" — numbers an editor does not know, of a file
    this app had written a minute before.  It says what she did that needs a newer copy."""
    from timeline_app import io as timeline_io
    from timeline_app.io.declared_version import declared_version

    path = tmp_path / "arland.json"
    timeline_io.save(window.document.timeline, path)
    before = declared_version(path)
    assert window.open_path(str(path), background=False)
    window.document.set_properties("Arland and Bergia, 1990-2026", "")
    assert window.save()
    message = window.statusBar().currentMessage()
    assert declared_version(path) != before, message
    assert "format" not in message and "(was" not in message, message
    assert "the name you gave it" in message, message


def test_the_filters_first_tick_box_is_not_under_the_rows_frame(qtbot):  # type: ignore[no-untyped-def]
    """F4: in Filters → Participants the keyboard's frame on the first row was drawn over
    the top of its tick box (rows as tall as the box).  Rows leave room for the frame."""
    from PySide6.QtWidgets import QStyle

    from timeline_app.ui.filter_panel import _RowFocusStyle, _ValueList

    values = _ValueList("participants")
    qtbot.addWidget(values)
    values.set_values([("Bergia", 4), ("Arland", 3)], frozenset())
    values.show()
    qtbot.waitExposed(values)
    style = values.list.style()
    box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, values.list)
    row = values.list.visualItemRect(values.list.item(0))
    assert row.height() >= box + 2 * _RowFocusStyle.ROW_PAD, (row, box)


def test_the_imported_before_note_reads_whole_at_1920_by_1080_and_150_percent(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch):
    """F4 (fix92): on the re-import the note ended "… 18 events in the timeline cite i…"
    beside Show all (3): the review, 637 px tall, counted as on a short screen, whose
    notes take one line (verify81 F3, at 1366×768).  It wraps whole now; on the 1366×768
    screen the notes keep their one line."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication, QLabel

    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _window: QRect(0, 0, 1280, 672))  # (a panel's 48 px off)
    # (a headline as long as hers: the note names it)
    article = ("How the long road from a border quarrel to a signed treaty ran: four decades "
               "of Arland and Bergia\n\n" + ARTICLE)
    first = extract_events(article)
    existing = [c.to_event(f"e{i}") for i, c in enumerate(first.candidates)]
    dialog = ReviewDialog(extract_events(article), existing=existing,
                          sources={first.source.id: first.source})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert dialog.height() < ReviewDialog.SHORT_HEIGHT  # a short screen's review
    said = dialog.imported_before
    assert "cite" in said
    drawn = " ".join(QLabel.text(dialog.intro.notes).split())
    assert said in drawn, drawn
