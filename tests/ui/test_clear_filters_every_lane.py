"""Clear Filters clears the lanes hidden by every way (session 35, verify43 item 3): it
forgot only the current way's, and lanes hidden by place came back hidden when the lanes
were by place again after the person had cleared everything.  Show Hidden Lanes stays the
way's own, and says so."""

from __future__ import annotations

from pathlib import Path

from tests.ui.test_lanes_by import _lanes, open_with_sulla


def _two_ways_hidden(window, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Sulla's lane hidden by participant, Carrhae's by place; the lanes by participant."""
    open_with_sulla(window, tmp_path)
    view = window.view
    window.set_lanes_by("place")
    assert view.hide_lane("Carrhae")
    window._filter_hidden_lanes()
    window.set_lanes_by("participant")
    assert view.hide_lane("Sulla")
    window._filter_hidden_lanes()
    assert view.hidden_lane_counts() == {"participant": 1, "place": 1}
    return view


def test_clear_filters_shows_the_lanes_hidden_by_every_way(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, tmp_path: Path) -> None:
    view = _two_ways_hidden(window, tmp_path)
    assert "every lane hidden by participant or by place" in \
        window.clear_filters_action.statusTip()
    window.clear_filters_action.trigger()
    assert view.hidden_lanes() == frozenset() and "Sulla" in dict(_lanes(view))
    assert window.find_state.is_shown("s")
    message = window.statusBar().currentMessage()
    assert "1 lane by participant and 1 lane by place shown again" in message
    window.set_lanes_by("place")
    assert view.hidden_lanes() == frozenset()  # not hidden again: cleared is cleared
    assert "Carrhae" in dict(_lanes(view))


def test_the_filters_clear_button_does_the_same(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, tmp_path: Path) -> None:
    view = _two_ways_hidden(window, tmp_path)
    window.set_lanes_by("category")  # no lane of this way hidden: the others' still go
    window._filter_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window._filter_dock.isVisible())
    assert "every lane hidden by participant or by place" in \
        window.filter_panel.clear_button.toolTip()
    window.filter_panel.clear_button.click()
    assert view.hidden_lane_counts() == {}
    window.set_lanes_by("participant")
    assert "Sulla" in dict(_lanes(view))


def test_show_hidden_lanes_says_it_is_the_way_s_own(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, tmp_path: Path) -> None:
    from tests.ui.test_lanes_by import _lanes_menu

    view = _two_ways_hidden(window, tmp_path)
    menu = _lanes_menu(window)
    menu.aboutToShow.emit()
    action = window.show_hidden_lanes_action
    assert action.text() == "&Show Hidden Lanes by Participant (1)"
    assert action.statusTip() == ("Show the 1 lane hidden by participant; the 1 hidden by "
                                  "place stays hidden (Clear Filters shows every lane)")
    action.trigger()
    assert "1 lane by participant shown again; the 1 hidden by place stays hidden" in \
        window.statusBar().currentMessage()
    assert view.hidden_lane_counts() == {"place": 1}
