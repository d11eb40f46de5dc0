"""verify87 F8 (session 63), fix92: two layout glitches a new user saw.

1. The review's "The open timeline is the sample: starting a new timeline" note, wrapped
   to two lines beside the choices, was drawn in the height of about one: its top line
   cut at the top edge (1366×768).
2. After reopening a file, the right dock's tab bar (Details / Article / Events) was
   missing until an event was clicked."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog
from timeline_app.ui.steady_label import wrapped_lines

# Our own wire of the shape she imported: a ceasefire agreed, talks set for later.
ARTICLE = """Porto Alto, 27 November 2026 (Harbour Wire) -- The government of Marenia and the \
Coastal Front agreed a ceasefire in Porto Alto on Thursday.
Talks are to resume in Porto Alto on 14 January 2027."""
SAMPLE = "The open timeline is the sample: starting a new timeline"


def test_the_new_timeline_note_is_drawn_whole(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _window: QRect(0, 0, 1366, 740))
    dialog = ReviewDialog(extract_events(ARTICLE), True, None, [], prefer_new=True,
                          new_reason=SAMPLE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for width in (dialog.width(), 1000, 900):  # (narrower: three lines)
        dialog.resize(width, dialog.height())
        QApplication.processEvents()
        note = dialog.target_note
        assert note.isVisible() and note.text() == SAMPLE
        room = note.contentsRect()
        lines = wrapped_lines(SAMPLE, note, room.width())
        assert len(lines) >= 2 or width == dialog.width()
        assert room.height() >= len(lines) * note.fontMetrics().lineSpacing(), (
            width, lines, room)
