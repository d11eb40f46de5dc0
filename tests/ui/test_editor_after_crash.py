"""The event editor's form survives a crash (fix72, looking for work lost on a crash): a
child app killed with SIGKILL while a new event is being typed is offered at the next start,
and the editor reopens with every field as typed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from killed_app import CHILD_APP, CHILD_RUN, dead_pid, kept_states, run_then_kill, shown
from PySide6.QtCore import QTimer

from timeline_app.io import review_recovery
from timeline_app.ui import prompts

SUMMARY = ("The two ministers agreed to meet again before the summer, "
           "a ministry official said, asking not to be named.")

CHILD = CHILD_APP + r"""
SUMMARY = "@SUMMARY@"

def start():
    when_ready(lambda: (QTimer.singleShot(100, lambda: when_shown("eventEditor", type_in)),
                        window().new_event()))

def type_in(editor):
    editor.title_edit.setText("Foreign ministers meet in Seoul")
    editor.date_edit.setText("14 May 2025")
    editor.participants_edit.setText("Cho Tae-yul, Takeshi Iwaya")
    editor.location_edit.setText("Seoul")
    editor.summary_edit.setPlainText(SUMMARY)
    editor.add_quote("Quoted from a ministry briefing.")
    print("typed", flush=True)
""".replace('"@SUMMARY@"', repr(SUMMARY)) + CHILD_RUN


def _kept(folder: str) -> bool:
    return any(state.get("summary") == SUMMARY and state.get("evidence")
               for state in kept_states(folder, "editor-*.json"))


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_an_event_typed_when_the_app_was_killed_is_reopened_and_added(
        qtbot, recorded_prompts, monkeypatch, tmp_path):
    folder = os.environ["TIMELINE_APP_RECOVERY_DIR"]
    run_then_kill(CHILD, b"typed", lambda: _kept(folder))

    from timeline_app.app import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    asked = []
    monkeypatch.setattr(prompts, "ask_reopen_event",
                        lambda _p, state, editing: asked.append((state, editing)) or True)
    # the real editor, not the recorder's (``recorded_prompts`` replaces ``edit_event``)
    monkeypatch.setattr(prompts, "edit_event", _real_edit_event)
    seen = {}

    def look() -> None:
        editor = shown("eventEditor")
        if editor is None:
            QTimer.singleShot(50, look)
            return
        seen["fields"] = (editor.title_edit.text(), editor.date_edit.text(),
                          editor.participants_edit.text(), editor.location_edit.text(),
                          editor.summary_edit.toPlainText())
        seen["changes"] = editor.has_changes()
        seen["files"] = sorted(p.name for p in Path(folder).glob("editor-*.json"))
        editor.grab().save(str(tmp_path / "reopened-editor.png"))
        editor.accept()

    QTimer.singleShot(50, look)
    assert window.offer_unfinished_event()
    ((state, editing),) = asked
    assert editing == "" and state.title == "Foreign ministers meet in Seoul"
    assert seen["fields"] == ("Foreign ministers meet in Seoul", "14 May 2025",
                              "Cho Tae-yul, Takeshi Iwaya", "Seoul", SUMMARY)
    assert seen["changes"]  # Cancel would ask before dropping it
    assert seen["files"] == [f"editor-{os.getpid()}.json"]  # the dead one's is gone
    added = [e for e in window.document.timeline.events
             if e.title == "Foreign ministers meet in Seoul"]
    assert len(added) == 1 and added[0].summary == SUMMARY and added[0].location == "Seoul"
    assert [e.sentence for e in added[0].evidence] == ["Quoted from a ministry briefing."]
    assert not list(Path(folder).glob("editor-*.json"))  # OK: nothing left to keep


_real_edit_event = prompts.edit_event


def test_editing_an_event_is_kept_and_reopened_on_that_event(window, qtbot, recorded_prompts,
                                                            monkeypatch):
    from timeline_app.ui.event_editor import EventEditor
    from timeline_app.ui.review_keeping import EditorKeeper

    folder = Path(window.autosaver.folder)
    event = window.document.timeline.events[0]
    editor = EventEditor(window.document.timeline, event, None, "Edit event", window)
    qtbot.addWidget(editor)
    keeper = EditorKeeper(lambda: str(folder), lambda: "Sample")
    keeper.watch(editor)
    editor.summary_edit.setPlainText("A note typed by hand.")
    qtbot.waitUntil(lambda: keeper.writes > 0)
    state = review_recovery.read_editor(review_recovery.editor_file(folder))
    assert state.event_id == event.id and state.summary == "A note typed by hand."
    # as a crashed run's
    import msgspec

    pid = dead_pid()
    review_recovery.editor_file(folder, pid).write_bytes(
        msgspec.json.encode(msgspec.structs.replace(state, pid=pid)))
    keeper.end()
    assert not review_recovery.editor_file(folder).exists()
    asked = []
    monkeypatch.setattr(prompts, "ask_reopen_event",
                        lambda _p, _s, editing: asked.append(editing) or True)
    monkeypatch.setattr(prompts, "edit_event", _real_edit_event)

    def accept() -> None:
        opened = shown("eventEditor")
        if opened is None:
            QTimer.singleShot(50, accept)
            return
        opened.accept()

    QTimer.singleShot(50, accept)
    assert window.offer_unfinished_event()
    assert asked == [event.title]
    assert window.document.timeline.get(event.id).summary == "A note typed by hand."
    assert window.document.undo_stack.canUndo()  # one undo step, as an edit
    assert not list(folder.glob("editor-*.json"))


def test_the_editor_question_says_what_was_typed(qtbot):
    from PySide6.QtCore import Qt

    from timeline_app.io.review_recovery import new_editor_state

    state = new_editor_state("Korea–Japan", "New event", None, "<b>Ministers</b> meet",
                             "14 May 2025", "", False, "meeting", "", "", "A summary", "",
                             None, ())
    box = prompts.editor_message_box(None, state, "")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert ("a new event was being typed in the editor: “<b>Ministers</b> meet”, with a "
            "date, a summary, in “Korea–Japan”") in box.text()
