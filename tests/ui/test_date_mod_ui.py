"""Early / mid / late of a month in the event editor, the detail pane and the view
(session 16): "late January 2026" typed is kept, shown as written, drawn over its days.
Before, the editor stored January 2026 and said "read as the whole month"."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from timeline_app import io as timeline_io
from timeline_app.core import FuzzyDate
from timeline_app.ui.dragging import step_days

PNG_DIR = Path(os.environ.get("TIMELINE_PNG_DIR", "/nonexistent"))
LATE_JANUARY = FuzzyDate.of_month(2026, 1, mod="END")


def _grab(widget, name: str) -> None:
    if PNG_DIR.is_dir():
        widget.grab().save(str(PNG_DIR / name))


def test_late_january_typed_is_kept_shown_and_saved(qtbot, window, recorded_prompts,
                                                     tmp_path):
    def script(dialog):
        qtbot.keyClicks(dialog.title_edit, "Talks resume in Geneva")
        qtbot.keyClicks(dialog.date_edit, "late January 2026")
        assert dialog.date_words.text() == (
            "late January 2026 — the late part of a month, days 21–31")
        _grab(dialog, "mod-editor.png")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    recorded_prompts.edit_script = script
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    event = window.document.timeline.get(window.selection.event_id)
    assert event.date == LATE_JANUARY
    assert "late January 2026 (part of a month)" in window.detail_pane.plain_text()
    window.view.fit_all()
    _grab(window, "mod-window.png")
    path = tmp_path / "mod.json"
    timeline_io.save(window.document.timeline, path)
    assert timeline_io.load(path).get(event.id).date == LATE_JANUARY
    assert '"version": 2,' in path.read_text(encoding="utf-8")

    def again(dialog):  # edited again: the field shows the part as written
        assert dialog.date_edit.text() == "late January 2026"
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    recorded_prompts.edit_script = again
    window.view.select_event(event.id)
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    assert window.document.timeline.get(event.id).date == LATE_JANUARY


def test_a_part_of_a_month_drags_by_thirds():
    assert step_days(LATE_JANUARY) * 3 == step_days(FuzzyDate.of_month(2026, 1))
    assert step_days(FuzzyDate.of_decade(1990, mod="START")) * 3 == step_days(
        FuzzyDate.of_decade(1990))
