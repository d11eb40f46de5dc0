"""verify75 F9, verify74 F14: New Event (Ctrl+E) took the selected event's lane, so a
background fact typed with a Meeting event selected landed in Meeting.  A new event now
starts in the neutral lane, "Event", the title typed moving it (verify73 F10, kept); a lane
chosen (double-clicked, picked in Category) stays.  The Article pane's new event follows
its title too.  Fails before session 57 (the first test: "meeting")."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

PNG_DIR = Path(os.environ.get("EDIT77_PNG", "/work/coord/s57/png"))


def test_a_background_fact_typed_with_a_meeting_selected_is_no_meeting(
        window, qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def script(dialog):  # type: ignore[no-untyped-def]
        seen.append(dialog.category())
        qtbot.keyClicks(dialog.title_edit, "Mackerel fished mainly in the North Sea")
        qtbot.keyClicks(dialog.date_edit, "the 1980s")
        seen.append(dialog.category())
        if PNG_DIR.is_dir():
            dialog.grab().save(str(PNG_DIR / "edit77-new-event-neutral.png"))
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    recorded_prompts.edit_script = script
    window.selection.select("munich-meeting")
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["event", "event"]
    event = window.document.timeline.get(window.selection.event_id)
    assert event.title == "Mackerel fished mainly in the North Sea"
    assert event.category == "event"


def test_a_title_telling_a_kind_still_moves_it(window, qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    def script(dialog):  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.title_edit, "Foreign ministers meet in Tokyo")
        qtbot.keyClicks(dialog.date_edit, "June 2025")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    recorded_prompts.edit_script = script
    window.selection.select("sado-memorial-boycott")  # a Dispute event
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.document.timeline.get(window.selection.event_id).category == "meeting"


def test_the_article_panes_new_event_follows_its_title(qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl

    from tests.ui.article_pane_shown import article_pane_of, explainer_with_curbs

    text = ("SEOUL, June 20, 2025 (Korea Times) -- The two neighbours look back.\n"
            "In June 1965, Japan and South Korea signed a treaty on basic relations. "
            "The following year, Japan tightened export controls.\n")
    window, pane = article_pane_of(qtbot, explainer_with_curbs(text), "curbs")
    index = next(i for i, t in enumerate(pane.timexes()) if t.text == "June 1965")
    seen: list[str] = []

    def name_it(editor):  # type: ignore[no-untyped-def]
        seen.append(editor.category())
        qtbot.keyClicks(editor.title_edit, "Japan and South Korea sign an accord")
        editor.accept()

    recorded_prompts.edit_script = name_it
    pane.handle_link(QUrl(f"timex:{index}"))
    added = [e for e in window.document.timeline if e.id != "curbs"]
    assert seen == ["event"]  # not the selected event's "policy"
    assert [e.category for e in added] == ["treaty"]
