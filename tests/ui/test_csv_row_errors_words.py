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


def test_an_end_before_the_start_is_said_as_imported_without_it(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """verify60 F5: "row 20001: the end is before the start" left the row out whole; it is
    now imported without its end, and the question says so (not "left out", not "reads
    two ways")."""
    shown: list[tuple[str, str]] = []

    def ask(box: QMessageBox) -> QMessageBox.StandardButton:
        shown.append((box.windowTitle(), box.text()))
        box.deleteLater()
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(prompts, "_ask", ask)
    reason = "its end '1960' is before its start, 1965: imported without an end"
    assert _CONFIRM(None, [RowError(20001, reason, kept=True, end_dropped=True)], 5)
    ((title, text),) = shown
    assert title.endswith("Some ends are before their starts")
    assert text.startswith("1 row has an end before the start: it is imported without an "
                           "end; 5 events can be imported.")
    assert "left out" not in text and "two ways" not in text
    assert f"row 20001: {reason}" in text


def test_a_csv_row_whose_end_is_before_its_start_is_imported_without_it(
        window, recorded_prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.core import FuzzyDate

    path = tmp_path / "ends.csv"
    path.write_text("Date,End,Title\n1965-06-22,1960-01-01,Backwards\n"
                    "1970-01-01,1971-01-01,Fine\n", encoding="utf-8")
    assert window.import_csv(str(path))
    got = {e.title: (e.date, e.end) for e in window.document.timeline}
    assert got["Backwards"] == (FuzzyDate.of_ymd(1965, 6, 22), None)
    assert got["Fine"][1] == FuzzyDate.of_ymd(1971, 1, 1)
    assert [str(e) for e in recorded_prompts.row_errors] == [
        "row 2: its end '1960-01-01' is before its start, 22 June 1965: imported without "
        "an end"]
    status = window.statusBar().currentMessage()
    assert "Imported 2 events" in status
    assert "1 row with an end before the start, imported without an end" in status
    assert "left out" not in status and "two ways" not in status
