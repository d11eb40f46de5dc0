"""A name typed whole that the completion list offers beside longer ones closes the list
(verify69 F6: "Guyana, Venezuela" left the list open offering "Venezuela" and "Venezuelan
government" over Place; the click meant for Place landed on the list, and "The Hague" went
into Participants: "Guyana, VenezuelaThe Hague", saved unseen)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from timeline_app.core import FuzzyDate
from timeline_app.core.model import Event, Timeline


def _timeline() -> Timeline:
    day = FuzzyDate.of_day(dt.date(2026, 2, 12))
    timeline = Timeline()
    timeline.add(Event(id="a", title="Ministers meet", date=day, category="meeting",
                       participants=("Guyana", "Venezuela")))
    timeline.add(Event(id="b", title="Government statement", date=day, category="statement",
                       participants=("Venezuelan government",)))
    return timeline


def test_a_name_typed_whole_beside_longer_ones_closes_the_list(qtbot, shown_editor) -> None:  # type: ignore[no-untyped-def]
    dialog = shown_editor(_timeline())
    edit = dialog.participants_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Guyana, Venezu")
    assert QApplication.activePopupWidget() is edit.completer().popup()  # both offered
    qtbot.keyClicks(edit, "ela")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    # typing on offers the longer name again
    qtbot.keyClicks(edit, "n")
    assert QApplication.activePopupWidget() is edit.completer().popup()
    assert edit.text() == "Guyana, Venezuelan"
