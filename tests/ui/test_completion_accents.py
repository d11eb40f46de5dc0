"""The completion lists of Participants and Place offer a known name typed without its
accents (verify37's leftover): "lod" offers "Łódź", "cavus" "Mevlüt Çavuşoğlu", as Find,
the Filters and merges already match names (``core.query.fold``).  Before, the lists
matched case only, so a name typed as on a Latin keyboard was offered nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.event_editor import NameCompleter


def _timeline() -> Timeline:
    timeline = Timeline()
    for event in (
        Event("a", "Talks in Łódź", FuzzyDate.of_day(dt.date(2026, 3, 27)),
              participants=("Mevlüt Çavuşoğlu", "Recep Tayyip Erdoğan"), location="Łódź"),
        Event("b", "Summit", FuzzyDate.of_day(dt.date(2026, 3, 28)),
              participants=("Japan",), location="İstanbul"),
    ):
        timeline.add(event)
    return timeline


def _offered(edit: QLineEdit) -> list[str]:
    completer = edit.completer()
    model = completer.completionModel()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


@pytest.mark.parametrize(("field", "typed", "offered", "picked"), [
    ("location_edit", "lod", "Łódź", "Łódź"),
    ("participants_edit", "Japan, cavus", "Mevlüt Çavuşoğlu", "Japan, Mevlüt Çavuşoğlu"),
    # a list with semicolons (a name with a comma in it: verify53 F1)
    ("participants_edit", "Serbs, Croats; cavus", "Mevlüt Çavuşoğlu",
     "Serbs, Croats; Mevlüt Çavuşoğlu"),
])
def test_a_name_typed_without_accents_is_offered_and_picked_as_known(  # type: ignore[no-untyped-def]
        qtbot, shown_editor, field, typed, offered, picked) -> None:
    """Place (one name) and Participants (the last name of a list)."""
    edit = getattr(shown_editor(_timeline()), field)
    edit.setFocus()
    qtbot.keyClicks(edit, typed)
    popup = edit.completer().popup()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is popup)
    assert _offered(edit) == [offered]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert edit.text() == picked


def test_a_name_typed_whole_without_accents_closes_the_list(qtbot, shown_editor) -> None:  # type: ignore[no-untyped-def]
    """The list closes once the name typed is the one offered, accents aside (verify34
    F4's rule), and the field then takes the known spelling (verify37 F17's)."""
    dialog = shown_editor(_timeline())
    dialog.location_edit.setFocus()
    qtbot.keyClicks(dialog.location_edit, "istanbu")
    popup = dialog.location_edit.completer().popup()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is popup)
    qtbot.keyClicks(dialog.location_edit, "l")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    dialog.location_edit.editingFinished.emit()  # as the focus leaving it does
    assert dialog.location_edit.text() == "İstanbul"


def test_the_list_shows_names_as_known_and_matches_any_part(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    completer = NameCompleter(["Recep Tayyip Erdoğan", "Łódź", "Erdogan Bey"], edit)
    edit.setCompleter(completer)
    completer.setCompletionPrefix(completer.splitPath("ERDOG")[0])
    offered = completer.completionModel()
    assert [offered.index(row, 0).data() for row in range(offered.rowCount())] == [
        "Recep Tayyip Erdoğan", "Erdogan Bey"]
    assert completer.pathFromIndex(offered.index(0, 0)) == "Recep Tayyip Erdoğan"


def test_a_participant_with_a_comma_is_shown_and_kept_as_one(qtbot, shown_editor) -> None:  # type: ignore[no-untyped-def]
    """verify53 F1: "Kingdom of Serbs, Croats and Slovenes" could not be typed as one
    participant, and an event holding it was shown as a comma list that OK then split."""
    timeline = _timeline()
    timeline.add(Event("l", "Treaty of Lausanne", FuzzyDate.of_day(dt.date(1923, 7, 24)),
                       participants=("Turkey", "Kingdom of Serbs, Croats and Slovenes")))
    dialog = shown_editor(timeline, timeline.get("l"))
    assert dialog.participants_edit.text() == "Turkey; Kingdom of Serbs, Croats and Slovenes"
    assert dialog.participants() == ("Turkey", "Kingdom of Serbs, Croats and Slovenes")
    dialog.participants_edit.setText("Greece; Korea, Republic of")
    assert dialog.participants() == ("Greece", "Korea, Republic of")
    dialog.participants_edit.setText("Greece, Japan")
    assert dialog.participants() == ("Greece", "Japan")
