"""verify74 F16 (session 56): Save's dialog showed an empty folder although a file had
been copied into it while the app ran.  Qt's own dialog (``prompts._file_dialog``) is a
new ``QFileDialog`` each time, with a model of its own: a file made after a first dialog
was shown is listed by the next.  The file she copied was a TimelineJS example, which the
Save dialog's first filter leaves out on purpose (another tool's file, one click from
being overwritten: verify70 F19; "All files (*)" lists it): a line under the list now
names such files and says how to see them (``prompts._say_what_is_hidden``)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import native as timeline_io
from timeline_app.io.timelinejs import dumps_timelinejs
from timeline_app.ui import prompts


def _listed(dialog: QFileDialog, folder: Path, least: int) -> set[str]:
    """The names the dialog's list shows in ``folder`` once its model has read at least
    ``least`` entries there (10 s at most)."""
    proxy = dialog.proxyModel()
    source = proxy.sourceModel()
    root = source.index(str(folder))
    deadline = time.monotonic() + 10
    while source.rowCount(root) < least and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    proxy.invalidate()
    shown = proxy.mapFromSource(root)
    return {proxy.index(row, 0, shown).data() for row in range(proxy.rowCount(shown))}


def _save_dialog_lists(folder: Path, least: int) -> set[str]:
    """Open Save's dialog on ``folder`` as ``prompts.ask_save_path`` opens it (the tests'
    own prompts stand in for that function); a timer reads what it lists and cancels
    it."""
    seen: set[str] = set()

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, read)
            return
        seen.update(_listed(dialog, folder, least))
        for _ in range(5):  # (the note follows the folder's listing)
            QApplication.processEvents()
        note = dialog.findChild(QLabel, "otherToolsNote")
        if note is not None and note.isVisibleTo(dialog):
            seen.add("note: " + note.text())
        dialog.reject()

    QTimer.singleShot(0, read)
    assert prompts._file_dialog(None, prompts.SAVE_TITLE, str(folder / "Talks.json"),
                                prompts.FILE_FILTER, save=True, suffix="json",
                                confirm_overwrite=False, ours_only=True) == ""
    return seen


def test_a_file_made_after_the_first_dialog_is_listed_by_the_next(qapp, tmp_path: Path) -> None:
    timeline = Timeline.from_events([Event("a", "Talks", FuzzyDate.of_year(2027))],
                                    title="Talks")
    timeline_io.save(timeline, tmp_path / "first.json")
    assert _save_dialog_lists(tmp_path, 1) == {"first.json"}
    # Copied in while the app runs: our file and a TimelineJS example.
    timeline_io.save(timeline, tmp_path / "copied.json")
    (tmp_path / "timelinejs-example.json").write_text(dumps_timelinejs(timeline),
                                                     encoding="utf-8")
    assert _save_dialog_lists(tmp_path, 3) == {
        "first.json", "copied.json",
        "note: “timelinejs-example.json”, another program's file, is not listed here, so "
        "that it is not overwritten by mistake: choose “All files (*)” in Files of type "
        "to see it."}
