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


def test_a_restored_window_stays_within_the_available_screen(window, monkeypatch):  # type: ignore[no-untyped-def]
    """verify16 finding 8: the window came back at y=215, 800 px high, on a 1000 px
    screen, its bottom edge below the screen (``restoreGeometry`` keeps the inside on
    the screen, not the frame).  Here the available area (600 px high) is smaller than
    the platform's screen, so Qt's own check lets it through.  Fails on eb44568."""
    from PySide6.QtCore import QRect

    from timeline_app import settings
    from timeline_app.ui import main_window

    window.resize(700, 500)
    window.move(20, 250)
    store = settings.open_settings()
    settings.WINDOW_GEOMETRY.set(store, window.saveGeometry())
    window.move(0, 0)
    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _window: QRect(0, 0, 800, 600))
    window._restore_geometry()
    frame = window.frameGeometry()
    assert frame.bottom() < 600 and frame.top() >= 0
    assert frame.left() == 20  # only moved as far as it must
    assert window.height() == 500
    # Taller than the area: shrunk to it.
    window.resize(700, 780)
    window.move(0, 0)
    settings.WINDOW_GEOMETRY.set(store, window.saveGeometry())
    window._restore_geometry()
    frame = window.frameGeometry()
    assert frame.top() >= 0 and frame.bottom() < 600


def test_the_category_column_shows_its_longest_label_whole(qtbot):  # type: ignore[no-untyped-def]
    """verify16 finding 11: "Planned Rel…" beside a mostly blank Event column (the
    Category column was sized for "Anniversary" whatever the labels).  Fails on
    eb44568."""
    from timeline_app.app import create_main_window
    from timeline_app.ui.event_list import EventList

    window = create_main_window()
    qtbot.addWidget(window)
    window.document.replace_timeline(Timeline.from_events(
        [Event("a", "Draft published", FuzzyDate.of_year(2020), category="planned release"),
         Event("b", "Talks", FuzzyDate.of_year(2021), category="meeting")]), None)
    events = EventList(window.document, window.selection)
    qtbot.addWidget(events)
    events.resize(900, 300)
    events.show()
    qtbot.waitExposed(events)
    metrics = events.fontMetrics()
    assert events.columnWidth(2) >= metrics.horizontalAdvance("Planned release") + 30
    assert events.columnWidth(1) >= 0.45 * events.viewport().width()
    # A longer category typed in the editor widens it too; another file measures anew.
    window.document.add_event(Event("c", "Notes", FuzzyDate.of_year(2022),
                                    category="correction release notice"))
    assert events.columnWidth(2) >= metrics.horizontalAdvance(
        "Correction release notice") + 30
    window.document.replace_timeline(Timeline.from_events(
        [Event("d", "Talks", FuzzyDate.of_year(2021), category="meeting")]), None)
    assert events.columnWidth(2) == metrics.horizontalAdvance("Anniversary") + 40


def test_alt_m_merges(qtbot):  # type: ignore[no-untyped-def]
    """verify16, notes: "Merge 9" had no Alt letter, though every other button of the
    dialog has one.  Fails on eb44568."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    from timeline_app.ui.merge_dialog import MergeDialog

    other = Timeline.from_events([Event("m1", "Summit", FuzzyDate.of_year(1990))])
    dialog = MergeDialog(other, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.ok_button.text() == "&Merge 1"
    # (the offscreen platform activates no window, so no Alt shortcut fires here)
    assert dialog.ok_button.shortcut() == QKeySequence(
        Qt.KeyboardModifier.AltModifier | Qt.Key.Key_M)
    letters = [b.shortcut() for b in (dialog.all_button, dialog.none_button)]
    assert dialog.ok_button.shortcut() not in letters


def test_unticking_circa_takes_the_circa_out_of_the_typed_date(qtbot, window):  # type: ignore[no-untyped-def]
    """verify16, notes: typed "c. 1995", then the box unticked: saved as a plain 1995
    (right), but the field still said "c. 1995".  Fails on eb44568."""
    from PySide6.QtCore import QPoint, Qt

    from timeline_app.ui.event_editor import EventEditor

    dialog = EventEditor(window.document.timeline)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Talks")
    qtbot.keyClicks(dialog.date_edit, "c. 1995")
    assert dialog.circa_check.isChecked()
    qtbot.mouseClick(dialog.circa_check, Qt.MouseButton.LeftButton,
                     pos=QPoint(4, dialog.circa_check.height() // 2))
    assert not dialog.circa_check.isChecked()
    assert dialog.date_edit.text() == "1995"
    assert dialog.edited_event().date == FuzzyDate.of_year(1995)
    # Ticked again: the text stays plain, the box decides (as for an opened event).
    dialog.circa_check.setChecked(True)
    assert dialog.date_edit.text() == "1995"
    assert dialog.edited_event().date == FuzzyDate.of_year(1995, circa=True)
    # A range typed with circa: the field says what is saved, the start no longer
    # circa (the box is the start's), the end as typed.
    dialog.circa_check.setChecked(False)
    dialog.date_edit.setText("circa March 2024 - May 2024")
    assert dialog.circa_check.isChecked()
    dialog.circa_check.setChecked(False)
    assert dialog.date_edit.text() == "March 2024 – c. May 2024"
    event = dialog.edited_event()
    assert not event.date.circa and event.end is not None and event.end.circa


def test_the_edit_menu_shows_ctrl_y_for_redo_as_the_readme_does(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """verify16, notes: Edit → Redo showed Ctrl+Shift+Z, the README's table Ctrl+Y; both
    work.  Here the platform's Redo is Linux's (the offscreen platform's lists Ctrl+Y
    first).  Fails on eb44568 (the platform's key came first)."""
    from pathlib import Path

    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMenu

    from timeline_app.app import create_main_window

    platform = QKeySequence.keyBindings

    def linux(key):  # type: ignore[no-untyped-def]
        if key == QKeySequence.StandardKey.Redo:
            return [QKeySequence("Ctrl+Shift+Z")]
        return platform(key)

    monkeypatch.setattr(QKeySequence, "keyBindings", staticmethod(linux))
    window = create_main_window()
    qtbot.addWidget(window)
    edit = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Edit")
    redo = next(a for a in edit.actions() if a.text().startswith("&Redo"))
    assert redo.shortcut() == QKeySequence("Ctrl+Y")
    assert redo.shortcuts() == [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
    readme = (Path(__file__).resolve().parents[2] / "docs" / "GUIDE.md").read_text("utf-8")
    assert "Ctrl+Z / Ctrl+Y" in readme
    window.document.add_event(Event("r1", "Talks", FuzzyDate.of_year(2020)))
    window.document.undo_stack.undo()
    redo.trigger()
    assert "r1" in window.document.timeline


def test_a_folder_named_at_the_start_gets_no_stand_in(tmp_path):  # type: ignore[no-untyped-def]
    """verify18: a folder named on the command line showed "Opening <b>bold<…" behind
    "… is a folder, not a timeline file".  Fails on cb8d403 (no ``stands_in``)."""
    from timeline_app.app import stands_in

    folder = tmp_path / "<b>bold<"
    folder.mkdir()
    assert not stands_in(str(folder))
    assert stands_in(str(tmp_path / "new.json"))  # not there yet: a new timeline of that name
    assert not stands_in(None) and not stands_in("")
