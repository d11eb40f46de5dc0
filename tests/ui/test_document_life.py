"""New, Open Recent, the sample timeline, drops, Properties and Save As, as a person uses them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from timeline_app import io as timeline_io
from timeline_app import settings
from timeline_app.core import Timeline
from timeline_app.ui.main_window import suggested_file_name
from timeline_app.ui.timeline_properties import TimelinePropertiesDialog


def _saved(tmp_path: Path, name: str, title: str) -> Path:
    path = tmp_path / name
    timeline_io.save(Timeline(title=title), path)
    return path


def test_new_asks_about_unsaved_changes_then_starts_empty(window, qtbot, recorded_prompts):
    window.document.remove_event(window.view.event_ids()[0])
    recorded_prompts.save_choice = recorded_prompts.save_choice.CANCEL
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert recorded_prompts.asked_save_changes == 1 and len(window.document.timeline) == 7
    recorded_prompts.save_choice = recorded_prompts.save_choice.DISCARD
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.timeline) == 0 and window.document.path is None
    assert window.windowTitle().startswith("Untitled timeline")
    assert not window.isWindowModified()
    assert "No events yet" in window.detail_pane.plain_text()
    assert window.open_sample()
    assert len(window.document.timeline) == 8 and window.document.path is None


def test_open_recent_lists_the_last_ten_and_drops_missing_files(window, tmp_path,
                                                                recorded_prompts):
    paths = [_saved(tmp_path, f"t{n}.json", f"Timeline {n}") for n in range(12)]
    for path in paths:
        assert window.open_path(str(path))
    window.recent_menu.aboutToShow.emit()
    labels = [a.text() for a in window.recent_menu.actions()]
    assert len(labels) == 10
    assert labels[0] == "&1 t11.json" and labels[-1] == "&0 t2.json"
    paths[5].unlink()
    action = next(a for a in window.recent_menu.actions() if a.text().endswith("t5.json"))
    action.trigger()
    assert "no longer exists" in recorded_prompts.messages[-1][1]
    assert window.document.timeline.title == "Timeline 11"
    assert str(paths[5].resolve()) not in settings.recent_files(settings.open_settings())
    action = next(a for a in window.recent_menu.actions() if a.text().endswith("t7.json"))
    action.trigger()
    assert window.document.timeline.title == "Timeline 7"


def test_save_as_suggests_the_documents_folder_and_the_timeline_name(window, tmp_path,
                                                                      recorded_prompts,
                                                                      monkeypatch):
    from PySide6.QtCore import QStandardPaths

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda *_a: str(documents))
    window.document.set_properties("Korea: Japan / talks", "")
    recorded_prompts.save_path = str(tmp_path / "out" / "saved-timeline")
    (tmp_path / "out").mkdir()
    assert window.save_as()
    # (a colon a dash, as every export proposes: verify72 F21)
    assert recorded_prompts.save_suggestions[-1] == str(documents / "Korea - Japan talks.json")
    assert window.document.path == str(tmp_path / "out" / "saved-timeline.json")
    assert timeline_io.load(tmp_path / "out" / "saved-timeline.json").title == (
        "Korea: Japan / talks")
    window.new_timeline()
    recorded_prompts.save_path = None
    window.save_as()
    assert recorded_prompts.save_suggestions[-1] == str(tmp_path / "out" / "Untitled timeline.json")


def test_suggested_file_names():
    assert suggested_file_name("  ") == "timeline.json"
    assert suggested_file_name("a\x00b?c") == "a b c.json"


def test_properties_rename_the_timeline_as_one_undo_step(window, qtbot, recorded_prompts):
    recorded_prompts.properties = ("Korea and Japan, 1965–2025", "Foreign ministers' talks")
    window.properties_action.trigger()
    assert window.document.timeline.title == "Korea and Japan, 1965–2025"
    assert window.document.timeline.description == "Foreign ministers' talks"
    assert window.windowTitle().startswith("Korea and Japan, 1965–2025")
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert not window.isWindowModified()


def test_properties_dialog(qtbot):
    dialog = TimelinePropertiesDialog("Imported article", "")
    qtbot.addWidget(dialog)
    dialog.title_edit.selectAll()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Delete)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.title_edit, "  Talks   in Tokyo ")
    qtbot.keyClicks(dialog.description_edit, "Notes")
    assert dialog.ok_button.isEnabled()
    assert dialog.values() == ("Talks in Tokyo", "Notes")


def test_dropping_a_file_opens_it(window, tmp_path):
    path = _saved(tmp_path, "dropped.json", "Dropped timeline")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(QPoint(int(pos.x()), int(pos.y())), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert window.document.timeline.title == "Dropped timeline"
    assert window.document.path == str(path)
    text_only = QMimeData()
    text_only.setText("not a file")
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, text_only,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_dropping_an_article_opens_the_import_dialog_with_it(window, tmp_path, monkeypatch):
    from timeline_app.ui import prompts

    path = tmp_path / "news.txt"
    path.write_text("GENEVA, May 14, 2024 - Ministers met.", "utf-8")
    seen = []
    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, article=None, **_k: seen.append(article))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    QApplication.sendEvent(window, QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier))
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert seen[0].text.startswith("GENEVA") and seen[0].name == "news.txt"
    assert len(window.document.timeline) == 8  # the timeline stays


def test_message_boxes_show_file_names_as_plain_text(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from timeline_app.ui import prompts

    monkeypatch.undo()  # the real prompts, not the recorder's
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    prompts.show_error(None, "Cannot open", "<img src=/dev/zero>.json: bad")
    prompts.show_message(None, "Open recent", "<b>x</b>.json no longer exists")
    prompts.ask_overwrite_changed(None, "<i>y</i>.json")
    prompts.ask_save_changes(None, "<i>y</i>.json")
    assert len(shown) == 4
    assert all(box.textFormat() == Qt.TextFormat.PlainText for box in shown)


def test_an_empty_timeline_says_how_to_add_events_not_to_click_one(window, qtbot):
    """A new timeline (or one standing in for a file being opened) has nothing to click:
    the details said "0 events. Click an event on the timeline…" (new-user trial 7)."""
    window.new_timeline()
    text = window.detail_pane.plain_text()
    assert "Click an event" not in text and "0 events" not in text
    assert "No events yet" in text and "Ctrl+E" in text and "Import Article" in text
