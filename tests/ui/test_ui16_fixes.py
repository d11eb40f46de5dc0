"""Session 15, branch ui16: rough edges a fresh user found (verify16 findings 3, 4, 8, 9,
11 and 12)."""

from __future__ import annotations

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline


def test_a_cancelled_overwrite_says_nothing_was_saved(window, qtbot, tmp_path,  # type: ignore[no-untyped-def]
                                                     recorded_prompts):
    """verify16 finding 3: "Saving NAME…" stayed in the status bar after Cancel of the
    "changed by another program — overwrite?" question.  Fails on eb44568."""
    path = tmp_path / "shared.json"
    timeline_io.save(Timeline.from_events(
        [Event("a", "Talks", FuzzyDate.of_year(2020))], title="Mine"), path)
    assert window.open_path(str(path))
    window.document.add_event(Event("b", "Ours", FuzzyDate.of_year(2021)))
    recorded_prompts.reload = False
    timeline_io.save(Timeline(title="Theirs"), path)
    qtbot.waitUntil(lambda: bool(recorded_prompts.reload_offers), timeout=5000)
    recorded_prompts.overwrite = False
    assert not window.save()
    message = window.statusBar().currentMessage()
    assert "Saving" not in message
    assert message.startswith("Not saved: shared.json")
    assert window.isWindowModified()


def test_properties_say_why_ok_is_disabled_for_an_empty_name(qtbot):  # type: ignore[no-untyped-def]
    """verify16 finding 9: an empty Name disabled OK with no reason given.  Fails on
    eb44568 (no hint label)."""
    from PySide6.QtCore import Qt

    from timeline_app.ui.timeline_properties import NAME_NEEDED, TimelinePropertiesDialog

    dialog = TimelinePropertiesDialog("Talks", "")
    qtbot.addWidget(dialog)
    dialog.show()
    hint = dialog.name_hint
    assert not hint.isVisible() and dialog.ok_button.isEnabled()
    dialog.title_edit.setText("   ")
    assert hint.isVisible() and not dialog.ok_button.isEnabled()
    assert hint.text() == NAME_NEEDED and "name" in hint.text()
    assert hint.textFormat() == Qt.TextFormat.PlainText
    dialog.title_edit.setText("Talks again")
    assert not hint.isVisible() and dialog.ok_button.isEnabled()
    empty = TimelinePropertiesDialog("", "")  # opened on an empty name: said at once
    qtbot.addWidget(empty)
    empty.show()
    assert empty.name_hint.isVisible() and not empty.ok_button.isEnabled()
