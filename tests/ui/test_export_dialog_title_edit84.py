"""verify80 F18: File → Export → TimelineJS's file dialog was titled "Export as TimelineJS —
without the articles' texts, only the senten… cited — participants and places only on
slides with no other text", cut mid-word by the window manager.  The title names the
export; what the file will hold is said in the dialog's body, wrapped, as plain text."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from timeline_app.ui import prompts
from timeline_app.ui.prompts import ask_export_path as real_ask_export_path


def test_the_export_dialog_has_a_short_title_and_says_the_rest_in_its_body(
        window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.document.timeline.sources  # (the sample: its articles' texts are kept)
    seen: list[tuple[str, str, bool, bool]] = []

    def look(dialog: QFileDialog) -> int:
        dialog.show()
        note = dialog.findChild(QLabel, "fileDialogNote")
        assert note is not None
        seen.append((dialog.windowTitle(), note.text(),
                     note.textFormat() == Qt.TextFormat.PlainText, note.wordWrap()))
        shots = os.environ.get("TIMELINE_PNG_DIR")
        if shots and Path(shots).is_dir():
            dialog.grab().save(str(Path(shots) / "export-dialog-note.png"))
        return 0  # cancelled

    monkeypatch.setattr(QFileDialog, "exec", look)
    monkeypatch.setattr(prompts, "ask_export_path", real_ask_export_path)  # (not recorded)
    assert not window.export_as("TimelineJS")
    ((title, note, plain, wrapped),) = seen
    assert title == "Export as TimelineJS"
    assert note.startswith("Without the articles' texts: only the sentences cited. "
                           "Participants and places only on slides with no other text.")
    assert plain and wrapped
