"""Text from files, articles and file names is shown as text: nothing in it is interpreted.

Qt renders strings that look like HTML as rich text in labels, message boxes, tooltips and
progress dialogs, and rich text opens the files it names (``<img src="/dev/zero">`` aborts
the app).  The window is loaded with a timeline whose every text field is markup naming
probe files, every widget is rendered, and Linux ``inotify`` (which sees opens made by Qt's
C++ code too, unlike Python's audit hooks) proves that no probe file was opened.  A positive
control (an AutoText label) shows that the probe would have seen such an open.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolTip

from timeline_app.io.article import ArticleFileError, read_article
from timeline_app.ui import prompts

ROOT = Path(__file__).resolve().parents[2]
IN_OPEN = 0x20
IN_ACCESS = 0x01


class OpenWatch:
    """Which files in a folder were opened since the watch began (Linux inotify, via libc)."""

    def __init__(self, folder: Path) -> None:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self._fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self._fd < 0:
            pytest.skip("inotify is not available")
        if libc.inotify_add_watch(self._fd, os.fsencode(folder), IN_OPEN | IN_ACCESS) < 0:
            os.close(self._fd)
            pytest.skip("cannot watch the probe folder with inotify")

    def opened(self) -> list[str]:
        names = []
        while True:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                return names
            offset = 0
            while offset < len(data):
                _wd, _mask, _cookie, length = struct.unpack_from("iIII", data, offset)
                raw = data[offset + 16: offset + 16 + length]
                names.append(raw.rstrip(b"\0").decode())
                offset += 16 + length

    def close(self) -> None:
        os.close(self._fd)


def _markup(probe: Path, tag: str) -> str:
    """Every way rich text can name a resource, each pointing at its own probe file."""
    return (f'<b>{tag}</b><img src="{probe}/img-{tag}.png">'
            f'<img src="file://{probe}/url-{tag}.png">'
            f'<table background="{probe}/bg-{tag}.png"><tr><td>{tag}</td></tr></table>'
            f'<link rel="stylesheet" type="text/css" href="{probe}/css-{tag}.css">'
            f'<img src="probe.png">')


def _probe_folder(folder: Path, tags: list[str]) -> None:
    folder.mkdir()
    image = QImage(2, 2, QImage.Format.Format_ARGB32)
    image.fill(0)
    for tag in [*tags, "control"]:
        for kind in ("img", "url", "bg"):
            image.save(str(folder / f"{kind}-{tag}.png"))
        (folder / f"css-{tag}.css").write_text("b { color: red }")
    image.save(str(folder / "probe.png"))


def _hostile_timeline(probe: Path) -> dict[str, object]:
    def m(tag: str) -> str:
        return _markup(probe, tag)

    sentence = f"On 22 March 2025 {m('sentence')} met."
    text = f"Tokyo, March 22. {sentence} More {m('article')}."
    start = text.index(sentence)
    events = []
    for n in range(3):
        events.append({
            "id": f"e{n}", "title": m(f"title{n}"),
            "date": {"value": f"2025-03-{20 + n}", "precision": "day"},
            "category": m(f"category{n}") if n else "meeting",
            "participants": [m(f"participant{n}")], "location": m(f"location{n}"),
            "summary": m(f"summary{n}"), "date_basis": m(f"basis{n}"), "source": "src",
            "evidence": [{"sentence": sentence, "start": start, "end": start + len(sentence),
                          "date_start": 3, "date_end": 16}],
        })
    return {
        "format": "diplomatic-timeline", "version": 1, "title": m("doctitle"),
        "description": m("description"),
        "sources": [{"id": "src", "title": m("srctitle"), "outlet": m("outlet"),
                     "dateline_place": m("place"), "dateline_date": "2025-03-22",
                     "date_basis": "stated", "text": text, "url": "https://example.org/a"}],
        "events": events,
    }


TAGS = ["sentence", "article", "doctitle", "description", "srctitle", "outlet", "place",
        "format", "articlefile"] + [f"{kind}{n}" for n in range(3) for kind in (
            "title", "category", "participant", "location", "summary", "basis")]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify is Linux-only")
def test_no_widget_reads_what_file_text_names(qtbot, tmp_path, monkeypatch,  # type: ignore[no-untyped-def]
                                              recorded_prompts):
    from timeline_app.app import create_main_window

    probe = tmp_path / "probe"
    _probe_folder(probe, TAGS)
    monkeypatch.chdir(probe)  # relative names (src="probe.png", file names) resolve here
    docs = tmp_path / "docs"
    docs.mkdir()
    path = docs / '<img src="probe.png">.json'  # the file name is markup too
    path.write_text(json.dumps(_hostile_timeline(probe)), encoding="utf-8")
    bad = docs / '<b>bad<img src="probe.png">.json'
    bad.write_text(json.dumps({"format": _markup(probe, "format"), "version": 1,
                               "events": []}), encoding="utf-8")

    watch = OpenWatch(probe)
    try:
        window = create_main_window(str(path))
        qtbot.addWidget(window)
        window.resize(1400, 860)
        window.show()
        qtbot.waitExposed(window)
        window.view.fit_all()

        # Every event selected in turn: status bar, detail pane, article pane, list.
        for event in window.document.timeline.events:
            window.selection.select(event.id)
            window._article_dock.raise_()
            QApplication.processEvents()
            window.grab()
        # Tooltips of every list row and of every point of the timeline.
        model = window.event_list.model()
        for row in range(model.rowCount()):
            tip = model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
            assert "<img" not in tip
            QToolTip.showText(window.event_list.mapToGlobal(QPoint(5, 5)), tip,
                              window.event_list)
            QApplication.processEvents()
        viewport = window.view.viewport()
        for x in range(0, viewport.width(), 12):
            for y in range(0, viewport.height(), 12):
                pos = QPoint(x, y)
                window.view.viewportEvent(
                    QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
        QApplication.processEvents()
        # The error dialogs: a bad file (its content and name quoted), an article file.
        assert not window.open_path(str(bad))
        try:
            read_article(docs / f"{_markup(probe, 'articlefile')[:120]}.txt")
        except ArticleFileError as error:
            recorded_prompts.errors.append(("Cannot open article", str(error)))
        assert len(recorded_prompts.errors) == 2
        boxes = [prompts.message_box(window, QMessageBox.Icon.Critical, title, message)
                 for title, message in recorded_prompts.errors]
        boxes.append(prompts.message_box(
            window, QMessageBox.Icon.Warning, "Unsaved changes",
            f"Save the changes to “{window.document.display_name}” before closing it?"))
        for box in boxes:
            box.show()
            box.grab()
        # The progress dialog of a background open quotes the file name.
        with qtbot.waitSignal(window.open_finished, timeout=10000):
            assert window.open_path(str(path), background=True)
            assert window._progress is not None
            window._progress.show()
            window._progress.grab()
        # The import dialogs: an article full of markup, and the candidates read from it.
        import datetime as _dt

        from timeline_app.extract import extract_events
        from timeline_app.ui.import_article import ArticleDialog, ReviewDialog

        article = (f"Tokyo, March 22 ({_markup(probe, 'articlefile')}). The ministers of "
                   f"{_markup(probe, 'sentence')} met in Seoul on Saturday. They signed "
                   f"{_markup(probe, 'title0')} on Friday.")
        article_dialog = ArticleDialog(window)
        article_dialog.set_text(article, _markup(probe, "articlefile")[:60])
        result = extract_events(article, _dt.date(2025, 3, 22), _markup(probe, "place"))
        assert result.candidates, "the hostile article should still give candidates"
        review = ReviewDialog(result, True, window)
        for dialog in (article_dialog, review):
            dialog.show()
            QApplication.processEvents()
            dialog.grab()
        for row in range(review.table.rowCount()):
            review.table.selectRow(row)
            QApplication.processEvents()
            review.grab()
        # The dialogs added since: event editor, merge, timeline properties, CSV import.
        import csv
        import io

        from timeline_app.io import loads
        from timeline_app.io.csv_table import read_table
        from timeline_app.ui.csv_import import CsvImportDialog
        from timeline_app.ui.event_editor import EventEditor
        from timeline_app.ui.merge_dialog import MergeDialog
        from timeline_app.ui.timeline_properties import TimelinePropertiesDialog

        timeline = window.document.timeline
        editors = [EventEditor(timeline, event, parent=window) for event in timeline.events]
        # The same events again: every one a likely duplicate, with a reason naming
        # the shared participants and places (markup) in its tooltip.
        merge = MergeDialog(loads(json.dumps(_hostile_timeline(probe))), timeline.events,
                            window)
        assert merge.duplicates, "the merge dialog should offer merge / keep both"
        properties = TimelinePropertiesDialog(timeline.title, timeline.description, window)
        rows = io.StringIO()
        writer = csv.writer(rows)
        writer.writerow(["date", _markup(probe, "title0"), "place"])
        for n in range(3):
            writer.writerow([f"2025-03-2{n}", _markup(probe, f"title{n}"),
                             _markup(probe, f"location{n}")])
        csv_name = '<img src="probe.png">.csv'
        csv_dialog = CsvImportDialog(read_table(rows.getvalue().encode(), docs / csv_name),
                                     csv_name, True, window)
        added = [*editors, merge, properties, csv_dialog]
        for dialog in added:
            dialog.show()
            QApplication.processEvents()
            dialog.grab()
        # Walk every widget: render it, and check what it shows as text.
        markers = ("<img", "<b>", "<table", "<link")
        window.recent_menu.aboutToShow.emit()  # File → Open Recent quotes file names
        from PySide6.QtGui import QAction

        actions = window.findChildren(QAction)
        assert any("probe.png" in action.text() for action in actions)
        for action in actions:
            assert not any(m in action.toolTip() for m in markers), action.toolTip()
        for widget in QApplication.allWidgets():
            widget.grab()
            if isinstance(widget, (QLabel, QMessageBox)) and any(
                    m in widget.text() for m in markers):
                assert widget.textFormat() == Qt.TextFormat.PlainText, widget
            tip = widget.toolTip()
            assert not any(m in tip for m in markers), (widget, tip)
        for dialog in (*boxes, article_dialog, review, *added):
            dialog.close()
        # A tooltip left showing eats the next test's first key press (its event filter).
        QToolTip.hideText()
        QApplication.processEvents()
        opened = watch.opened()
        assert opened == [], f"rich text read probe files: {sorted(set(opened))}"

        # Positive control: an AutoText label with the same markup does open them.
        control = QLabel(_markup(probe, "control"))
        qtbot.addWidget(control)
        control.show()
        control.grab()
        assert any("control" in name for name in watch.opened())
    finally:
        watch.close()


def test_tooltip_text_shows_markup_as_typed(qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.safe_text import tooltip_text

    assert tooltip_text("") == ""
    shown = tooltip_text('<img src="/dev/zero">\nline & two')
    assert shown == "<qt>&lt;img src=&quot;/dev/zero&quot;&gt;<br>line &amp; two</qt>"


def test_dev_zero_image_in_a_file_no_longer_aborts_the_app(tmp_path):  # type: ignore[no-untyped-def]
    """The repro of issue 9: opened from the command line, the real error dialog shows it."""
    path = tmp_path / "zero.json"
    path.write_text('{"format": "<img src=\\"/dev/zero\\">", "version": 1, "events": []}',
                    encoding="utf-8")
    script = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
app = QApplication(["timeline-app"])
shown = []
def sweep():
    for widget in app.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.grab()
            shown.append(widget.text())
            widget.done(0)
            return
    if shown:
        app.quit()  # repeated until the main loop runs and ends
timer = QTimer()
timer.timeout.connect(sweep)
timer.start(200)
from timeline_app.app import main
code = main([{str(path)!r}])
print("SHOWN", repr(shown))
sys.exit(code)
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "TIMELINE_APP_SETTINGS": str(tmp_path / "settings.ini")}
    done = subprocess.run([*_strace(tmp_path / "opens.log"), sys.executable, "-c", script],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "SHOWN" in done.stdout and "dev/zero" in done.stdout
    if (tmp_path / "opens.log").exists():  # strace saw every open of the app's threads
        opens = (tmp_path / "opens.log").read_text(errors="replace")
        assert "zero.json" in opens  # the log is real: the file itself was opened
        assert '"/dev/zero"' not in opens


def _strace(log: Path) -> list[str]:
    """``strace`` recording file opens into ``log``, when it is installed and may trace."""
    import shutil

    strace = shutil.which("strace")
    if strace is None:
        return []
    probe = subprocess.run([strace, "-f", "-e", "trace=open,openat", "-o", os.devnull,
                            "true"], capture_output=True)
    if probe.returncode != 0:  # e.g. ptrace not permitted in this container
        return []
    return [strace, "-f", "-e", "trace=open,openat", "-o", str(log)]


def test_message_boxes_are_plain_with_their_buttons(qtbot):  # type: ignore[no-untyped-def]
    """The box prompts._ask runs (no test runs exec): plain text, the buttons asked for."""
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    box = prompts.message_box(None, QMessageBox.Icon.Warning, "Unsaved changes",
                              "Save <b>x</b>?", buttons, QMessageBox.StandardButton.Save)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Save)
    assert box.standardButtons() == buttons
