"""Keeping work when saving (trial 9): read-only files, other programs' files, plain errors,
and the unsaved-changes question when opening another file."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from timeline_app import io as timeline_io
from timeline_app.core import Timeline
from timeline_app.io import atomic
from timeline_app.ui.prompts import ask_export_path as real_ask_export_path
from timeline_app.ui.prompts import ask_save_path as real_ask_save_path

TIMELINEJS = {"title": {"text": {"headline": "Their timeline"}},
              "events": [{"start_date": {"year": 2024, "month": 5},
                          "text": {"headline": "Their event"}}]}


def _open_edited(window, path: Path) -> None:
    assert window.open_path(str(path))
    window.document.remove_event(window.view.event_ids()[0])
    assert window.document.is_modified


def _read_only_edited(window, recorded_prompts, path: Path) -> None:
    """``path`` saved, opened, edited, then made read-only."""
    recorded_prompts.save_path = str(path)
    assert window.save_as()
    _open_edited(window, path)
    path.chmod(0o444)


def test_save_does_not_replace_a_read_only_file_and_offers_save_as(window, tmp_path,
                                                                    recorded_prompts):
    path = tmp_path / "ro.json"
    _read_only_edited(window, recorded_prompts, path)
    before = path.read_bytes()
    recorded_prompts.save_copy = False
    assert not window.save()
    assert path.read_bytes() == before
    assert recorded_prompts.save_copy_questions[0].startswith(
        "ro.json is read-only. Save a copy with Save As…")
    assert window.document.is_modified and window.isWindowModified()
    # Save As… from the question: the copy is written, the read-only file stays.
    recorded_prompts.save_copy = True
    recorded_prompts.save_path = str(tmp_path / "copy.json")
    assert window.save()
    assert path.read_bytes() == before and (tmp_path / "copy.json").is_file()
    assert window.document.path == str(tmp_path / "copy.json")
    assert not window.document.is_modified


def test_save_as_refuses_a_read_only_file(window, tmp_path, recorded_prompts):
    path = tmp_path / "ro.json"
    path.write_text("{}")
    path.chmod(0o444)
    recorded_prompts.save_path = str(path)
    window.document.remove_event(window.view.event_ids()[0])
    assert not window.save_as()
    assert path.read_text() == "{}"
    title, message = recorded_prompts.errors[-1]
    assert title == "Cannot save timeline" and message.startswith("ro.json is read-only")
    assert not recorded_prompts.replace_questions  # refused before asking to replace
    assert window.document.is_modified


def test_save_as_onto_another_programs_file_says_what_it_becomes(window, tmp_path,
                                                                 recorded_prompts):
    theirs = tmp_path / "timelinejs-example.json"
    theirs.write_text(json.dumps(TIMELINEJS))
    assert window.open_path(str(theirs))
    assert window.document.path is None  # an import: Save asks for a file
    recorded_prompts.save_path = str(theirs)
    recorded_prompts.replace = False
    assert not window.save()
    (question,) = recorded_prompts.replace_questions
    assert "timelinejs-example.json already exists and is a TimelineJS file" in question
    assert "Diplomatic Timeline file" in question
    assert json.loads(theirs.read_text()) == TIMELINEJS
    recorded_prompts.replace = True
    assert window.save()
    assert json.loads(theirs.read_text())["format"] == "diplomatic-timeline"


def test_save_as_onto_an_own_file_asks_plainly(window, tmp_path, recorded_prompts):
    ours = tmp_path / "ours.json"
    recorded_prompts.save_path = str(ours)
    assert window.save_as()
    assert recorded_prompts.replace_questions == []  # a new file: nothing to ask
    assert window.save_as()
    assert recorded_prompts.replace_questions == ["ours.json already exists. Replace it?"]
    # A name typed without ".json" gets it: the file asked about is the one written
    # (Qt's own question was about "ours", which did not exist).
    recorded_prompts.save_path = str(tmp_path / "ours")
    recorded_prompts.replace = False
    assert not window.save_as()
    assert recorded_prompts.replace_questions[-1] == "ours.json already exists. Replace it?"


def test_a_failed_save_names_the_file_not_the_temporary_one(window, tmp_path,
                                                            recorded_prompts, monkeypatch):
    path = tmp_path / "kbtest.json"
    recorded_prompts.save_path = str(path)
    assert window.save_as()
    _open_edited(window, path)

    def immutable(src: str, dst: str) -> None:
        raise OSError(errno.EPERM, os.strerror(errno.EPERM), src, None, dst)

    monkeypatch.setattr(atomic.os, "replace", immutable)
    assert not window.save()
    title, message = recorded_prompts.errors[-1]
    assert title == "Cannot save timeline"
    assert message.startswith("kbtest.json could not be saved: the system does not allow")
    assert "Errno" not in message and ".tmp" not in message
    details = recorded_prompts.error_details[-1]
    assert "EPERM" in details and str(path) in details and ".tmp" not in details
    assert window.document.is_modified
    assert [p.name for p in tmp_path.iterdir()] == ["kbtest.json"]


def test_a_failed_export_is_worded_too(window, tmp_path, recorded_prompts, monkeypatch):
    recorded_prompts.export_path = str(tmp_path / "out.ics")

    real_replace = os.replace

    def full(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "replace", full)
    window.export_as("iCalendar")
    title, message = recorded_prompts.errors[-1]
    assert title == "Cannot export"
    assert message.startswith("out.ics could not be exported: the disk is full")
    monkeypatch.setattr(atomic.os, "replace", real_replace)  # the real one again
    (tmp_path / "out.ics").write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    (tmp_path / "out.ics").chmod(0o444)
    window.export_as("iCalendar")
    assert recorded_prompts.errors[-1][1] == ("out.ics is read-only, so it was not replaced. "
                                              "Choose another name.")


def test_open_asks_about_unsaved_changes_after_the_file_dialog(window, tmp_path,
                                                              recorded_prompts):
    other = tmp_path / "other.json"
    timeline_io.save(Timeline(title="Other"), other)
    window.document.remove_event(window.view.event_ids()[0])
    recorded_prompts.open_path = None  # Cancel in the file dialog: nothing to ask
    assert not window.open_file()
    assert recorded_prompts.asked_save_changes == 0
    recorded_prompts.open_path = str(other)
    recorded_prompts.save_choice = recorded_prompts.save_choice.CANCEL
    assert not window.open_file()
    assert recorded_prompts.save_changes_before == ["opening “other.json”"]
    assert len(window.document.timeline) == 7
    assert not window.new_timeline() and not window.open_sample()
    assert recorded_prompts.save_changes_before[1:] == ["starting a new timeline",
                                                        "opening the sample timeline"]
    recorded_prompts.save_choice = recorded_prompts.save_choice.DISCARD
    assert window.open_file()
    assert window.document.timeline.title == "Other"


def test_the_real_questions_are_worded_and_plain(qtbot, monkeypatch, tmp_path):
    from timeline_app.ui import prompts

    monkeypatch.undo()  # the real prompts, not the recorder's
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    prompts.ask_save_changes(None, "a.json", "opening “<b>b</b>.json”")
    prompts.ask_save_changes(None, "a.json")
    prompts.ask_replace(None, "<i>x</i>.json already exists. Replace it?")
    prompts.ask_save_copy(None, "ro.json is read-only. Save a copy with Save As…")
    prompts.show_error(None, "Cannot save timeline", "x", "No space left (ENOSPC)")
    assert [b.text() for b in shown[:2]] == [
        "Save the changes to “a.json” before opening “<b>b</b>.json”?",
        "Save the changes to “a.json” before closing it?"]
    assert all(box.textFormat() == Qt.TextFormat.PlainText for box in shown)
    assert shown[2].defaultButton() is shown[2].button(QMessageBox.StandardButton.Cancel)
    assert shown[2].button(QMessageBox.StandardButton.Yes).text() == "&Replace"
    assert shown[3].button(QMessageBox.StandardButton.Save).text() == "Save &As…"
    assert shown[4].detailedText() == "No space left (ENOSPC)"
    for box in shown:
        box.deleteLater()
    # Save As's file dialog leaves the replace question to save_guard (our words).
    options = []

    def cancel(dialog: QFileDialog) -> int:
        options.append(dialog.testOption(QFileDialog.Option.DontConfirmOverwrite))
        return 0

    monkeypatch.setattr(QFileDialog, "exec", cancel)
    assert real_ask_save_path(None, str(tmp_path / "x.json")) is None
    # So do the exports' file dialogs (Qt's generic question named no format).
    assert real_ask_export_path(None, "Export as iCalendar", str(tmp_path / "x.ics"),
                                "iCalendar (*.ics)") is None
    assert options == [True, True]


def test_an_export_onto_another_programs_file_asks_in_our_words(window, tmp_path,
                                                                recorded_prompts):
    theirs = tmp_path / "theirs.json"
    theirs.write_text(json.dumps(TIMELINEJS))
    recorded_prompts.export_path = str(theirs)
    recorded_prompts.replace = False
    assert not window.export_as("TimelineJS")
    (question,) = recorded_prompts.replace_questions
    assert question.startswith("theirs.json already exists and is a TimelineJS file. "
                               "Replacing it with the TimelineJS export loses its content.")
    assert json.loads(theirs.read_text()) == TIMELINEJS
    recorded_prompts.replace = True
    assert window.export_as("TimelineJS")
    assert json.loads(theirs.read_text()) != TIMELINEJS
    assert len(recorded_prompts.replace_questions) == 2
    # One of our own timelines (not the open one) is named too: its events would be lost.
    ours = tmp_path / "ours.json"
    timeline_io.save(Timeline(title="Ours"), ours)
    recorded_prompts.export_path = str(ours)
    recorded_prompts.replace = False
    assert not window.export_as("TimelineJS")
    assert recorded_prompts.replace_questions[-1].startswith(
        "ours.json already exists and is a Diplomatic Timeline file. Replacing it with the "
        "TimelineJS export loses its content.")


def test_save_as_after_a_read_only_refusal_suggests_a_copy_name(window, tmp_path,
                                                                 recorded_prompts):
    """The read-only file's own name was suggested, so accepting it was refused again."""
    _read_only_edited(window, recorded_prompts, tmp_path / "ro.json")
    (tmp_path / "ro copy.json").write_text("{}")  # taken: the next free name is offered
    recorded_prompts.save_copy = True
    recorded_prompts.save_path = None  # the person cancels the file dialog
    assert not window.save()
    assert recorded_prompts.save_suggestions[-1] == str(tmp_path / "ro copy 2.json")
    assert window.document.is_modified
    recorded_prompts.save_path = str(tmp_path / "ro copy 2.json")
    assert window.save() and (tmp_path / "ro copy 2.json").is_file()
    assert window.save_as() and recorded_prompts.save_suggestions[-1] == str(
        tmp_path / "ro copy 2.json")  # plain Save As: the timeline's own file
