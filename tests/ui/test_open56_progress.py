"""Opening and importing big files as a person feels it (verify60 F2, F7, F15, F16;
issue 11): a CSV's rows move the bar, Cancel while they are read goes back to the
columns as chosen, Escape does not cancel a job, and the last phase on the GUI thread is
said with a wait cursor after the window is painted.  Behaviour only: the timings are in
benchmarks/README.md (session 48, open56)."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui import main_window as main_window_module
from timeline_app.ui import prompts

ROWS = 12_000  # rows_to_events reports every 5 000 rows


def _csv(path, rows: int = ROWS, bad: bool = False):  # type: ignore[no-untyped-def]
    lines = ["date,title,place"]
    lines += [f"{1950 + i % 70}-{1 + i % 12:02d}-{1 + i % 28:02d},Talks {i},Geneva"
              for i in range(rows)]
    if bad:
        lines.append("not a date,Broken row,Nowhere")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _busy() -> bool:
    cursor = QApplication.overrideCursor()
    return cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor


def test_reading_a_csvs_rows_moves_the_bar(window, qtbot, tmp_path):
    # verify60 F2: "Reading the rows of events100k.csv…" was a busy bar, full from the
    # first second to the last (7 s)
    path = _csv(tmp_path / "rows.csv")
    reports: list[tuple[int, int]] = []
    real = window._job_progressed

    def spy(done: int, total: int) -> None:
        reports.append((done, total))
        real(done, total)

    window._job_progressed = spy  # (connected by name as each job starts)
    with qtbot.waitSignal(window.open_finished, timeout=60_000) as blocker:
        assert window.import_csv(str(path), background=True)
    assert blocker.args == [True]
    assert len(window.document.timeline) == ROWS
    assert any(0 < done < total for done, total in reports if total == ROWS), reports


def test_cancel_while_the_rows_are_read_asks_again_with_the_columns_chosen(
        window, qtbot, tmp_path, monkeypatch):
    # verify60 F16: Cancel in "Reading the rows…" threw the mapping chosen by hand away,
    # and no status line said the import was cancelled
    from timeline_app.io import csv_table

    path = _csv(tmp_path / "chosen.csv", rows=20)
    asked: list[dict[str, int]] = []
    chosen = {"date": 0, "title": 2, csv_table.DAY_FIRST_KEY: 1}  # the place as title

    def ask(_parent, table, _name, _day_first):  # type: ignore[no-untyped-def]
        asked.append(dict(table.mapping))
        return dict(chosen) if len(asked) == 1 else None  # then: Cancel

    monkeypatch.setattr(prompts, "ask_csv_mapping", ask)

    def slow_rows(table, mapping, parse, progress, day_first):  # type: ignore[no-untyped-def]
        for count in range(1000):
            if not progress(count):
                raise timeline_io.FormatError(None, "", "cancelled")
            time.sleep(0.01)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(csv_table, "rows_to_events", slow_rows)
    before = window.document.timeline
    with qtbot.waitSignal(window.open_finished, timeout=30_000) as blocker:
        assert window.import_csv(str(path), background=True)
        qtbot.waitUntil(lambda: window._job is not None and window._progress is not None
                        and window._progress.labelText().startswith("Reading the rows"),
                        timeout=20_000)
        window._cancel_job()  # as the dialog's Cancel does
    assert blocker.args == [False]
    assert len(asked) == 2 and asked[1] == chosen  # the dialog again, as it was left
    assert window.document.timeline is before
    assert window.statusBar().currentMessage() == (
        "Importing chosen.csv cancelled: the timeline shown is unchanged")


def test_the_mapping_dialog_shows_a_chosen_order_of_numeric_dates(qtbot):
    from timeline_app.io.csv_table import DAY_FIRST_KEY, read_table
    from timeline_app.ui.csv_import import CsvImportDialog

    table = read_table(b"date,title\n03/04/2001,Talks\n", "t.csv")
    table.mapping = {"date": 0, "title": 1, DAY_FIRST_KEY: 0}
    dialog = CsvImportDialog(table, "t.csv", True)
    qtbot.addWidget(dialog)
    assert dialog.mapping() == {"date": 0, "title": 1, DAY_FIRST_KEY: 0}


def test_escape_in_a_jobs_progress_dialog_does_not_cancel_it(window, qtbot):
    # verify60 F15: an Escape meant for a menu (which the modal dialog kept closed)
    # cancelled the open of a 1 000 000-event file
    go = threading.Event()
    cancelled: list[bool] = []
    results: list[object] = []
    assert window.run_in_background(lambda: go.wait(20), "Open timeline", "Opening big.json…",
                                    results.append, results.append,
                                    lambda: cancelled.append(True))
    try:
        qtbot.waitUntil(lambda: window._progress is not None and window._progress.isVisible(),
                        timeout=5000)
        progress = window._progress
        qtbot.keyClick(progress, Qt.Key.Key_Escape)
        QApplication.processEvents()
        assert cancelled == [] and window._job is not None and progress.isVisible()
        from timeline_app.ui.progress_dialog import ESCAPE_HINT

        label = progress.findChild(QLabel)
        assert label is not None and ESCAPE_HINT in label.text()
        assert label.text().startswith("Opening big.json…")
        window._job_said("Laying out 3 events of big.json…")  # the hint stays
        assert ESCAPE_HINT in label.text()
        assert progress.labelText() == "Laying out 3 events of big.json…"
        button = progress.findChild(QPushButton)
        assert button is not None
        button.click()  # Cancel still cancels
        assert cancelled == [True]
    finally:
        go.set()


def _watch_reset(window):  # type: ignore[no-untyped-def]
    """What the window shows as the document is replaced: (busy, status message,
    modified mark, title)."""
    seen: list[tuple[bool, str, bool, str]] = []
    window.document.reset.connect(lambda: seen.append(
        (_busy(), window.statusBar().currentMessage(), window.isWindowModified(),
         window.windowTitle())))
    return seen


def _count_syncs(monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    synced: list[int] = []
    real = QGuiApplication.sync

    def sync() -> None:
        synced.append(1)
        real()

    monkeypatch.setattr(QGuiApplication, "sync", staticmethod(sync))
    return synced


def test_a_big_opens_layout_is_said_with_a_wait_cursor_after_a_paint(
        window, qtbot, tmp_path, monkeypatch):
    # verify60 F7: ~5 s of "Laying out 1000000 events…" with a grey hole where the
    # progress dialog was, and the arrow cursor
    monkeypatch.setattr(main_window_module, "BUSY_STEP_EVENTS", 3)
    path = tmp_path / "big.json"
    timeline_io.save(Timeline.from_events([Event(f"e{i}", f"E{i}", FuzzyDate.of_year(2001))
                                           for i in range(3)]), path)
    synced = _count_syncs(monkeypatch)
    seen = _watch_reset(window)
    with qtbot.waitSignal(window.open_finished, timeout=20_000) as blocker:
        assert window.open_path(str(path), background=True)
    assert blocker.args == [True]
    assert seen[:1] == [(True, "Laying out 3 events of big.json…", False, seen[0][3])]
    assert synced  # the window painted first, the dialog's place included
    qtbot.waitUntil(lambda: not window.is_busy_step())
    assert not _busy()


def test_a_csv_imports_last_phase_is_said_with_a_wait_cursor_and_the_new_name(
        window, qtbot, tmp_path, monkeypatch, recorded_prompts):
    # verify60 F2, F18: after "Import N events" in the rows' question, seconds of a grey
    # hole, the arrow cursor and the *old* file's name with a "*" in the title
    monkeypatch.setattr(main_window_module, "BUSY_STEP_EVENTS", 3)
    old = tmp_path / "events20k.json"
    window.document.save(str(old))
    QApplication.processEvents()
    assert not window.isWindowModified()
    path = _csv(tmp_path / "events100k.csv", rows=5, bad=True)
    synced = _count_syncs(monkeypatch)
    seen = _watch_reset(window)
    with qtbot.waitSignal(window.open_finished, timeout=30_000) as blocker:
        assert window.import_csv(str(path), background=True)
    assert blocker.args == [True]
    assert recorded_prompts.row_errors  # the rows' question was asked (and confirmed)
    busy, message, modified, title = seen[0]
    assert busy and message == "Laying out 5 events of events100k.csv…"
    assert not modified and "events20k" not in title  # no old name with a "*"
    assert synced
    qtbot.waitUntil(lambda: not window.is_busy_step())
    assert not _busy() and window.windowTitle().startswith("events100k")
    assert not window.isWindowModified()  # (an untouched import: no "*", verify52 F11)
