"""verify82 F7: Find → Clear Filters left the name typed in "Narrow the participants
list" (the list still showed that one participant, unticked): the panel still looked
filtered.  Clearing the filters, from the menu or the panel, empties its boxes."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_clear_filters_from_the_menu_empties_the_narrowing_boxes(window, qtbot):
    panel = window.filter_panel
    window._filter_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window._filter_dock.isVisible())
    panel.refresh()
    everyone = panel.participants.list.count()
    name = panel.participants.values()[0][0]
    qtbot.keyClicks(panel.participants.search, name)
    assert 0 < panel.participants.list.count() < everyone
    panel.participants.list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: bool(window.find_state.hidden))
    place = panel.places.values()[0][0]
    qtbot.keyClicks(panel.places.search, place)
    window.clear_filters_action.trigger()
    assert not window.find_state.hidden
    assert panel.participants.search.text() == "" and panel.places.search.text() == ""
    assert panel.participants.list.count() == everyone
