"""The CSV import's question about rows it cannot import (``prompts.confirm_row_errors``)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from timeline_app.io.csv_table import RowError
from timeline_app.ui import prompts

#: The real question: the tests' ``recorded_prompts`` (autouse) puts a recorder in its
#: place once a test runs; this module is imported before.
_CONFIRM = prompts.confirm_row_errors


def test_a_row_left_out_for_its_end_is_not_said_to_have_no_date(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """verify23 (session 18): a row whose End is before its date was announced as "1 row
    has no usable date", though its date was fine; the reason of each row is below."""
    shown: list[str] = []

    def ask(box: QMessageBox) -> QMessageBox.StandardButton:
        shown.append(box.text())
        box.deleteLater()
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(prompts, "_ask", ask)
    assert _CONFIRM(None, [RowError(5, "the end is before the start")], 5)
    (text,) = shown
    assert "no usable date" not in text
    assert text.startswith("1 row will be left out (the reason is below); 5 events can be "
                           "imported.")
    assert "row 5: the end is before the start" in text
