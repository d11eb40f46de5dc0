"""View → Lanes By: a lane per category (the default), per participant or per place
(verify41 F8: a historian wanted Rome's and Parthia's lanes, an event of both in each).

The view's lanes are built by ``timeline_view._named_lanes_of``; an event of several
participants is one event drawn in each of their lanes (one selection, one edit)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import native
from timeline_app.ui import style
from timeline_app.ui.timeline_view import (
    LANES_BY,
    lane_keys,
    lane_label,
    prepare_lanes,
)
from timeline_app.ui.view_settings import set_in_view


def _history() -> Timeline:
    """Rome and Parthia: four events of both, one of Rome alone, one of no one."""
    def ev(n: int, year: int, people: tuple[str, ...], place: str = "",
           category: str = "treaty") -> Event:
        return Event(f"e{n}", f"Event {n}", FuzzyDate.of_ymd(year, 3, 1), category=category,
                     participants=people, location=place)

    return Timeline.from_events([
        ev(1, 1900, ("Parthia", "Rome"), "Euphrates"),
        ev(2, 1910, ("Rome", "Parthia"), "Carrhae", "war"),
        ev(3, 1920, ("Rome",), "Rome"),
        ev(4, 1930, ("Rome", "Parthia"), "Euphrates", "meeting"),
        ev(5, 1940, ()),
        ev(6, 1950, ("Parthia", "Rome", "Rome")),  # a name twice: one lane
    ], title="Rome and Parthia")


def _lanes(view) -> list[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    return [(lane.category, [e.id for e in lane.events]) for lane in view._lanes]


def _copies(view, event_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    layout = view._layout()
    return [lane.category for lane in layout.lanes
            if any(item.event_id == event_id for item in lane.items)]


# -- the lanes -----------------------------------------------------------------------------
def test_lanes_by_participant_put_an_event_of_two_in_both_and_the_nameless_last(
        qapp, shown_view) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(_history(), size=(1000, 700))
    assert view.lanes_by() == "category"
    assert sorted(lane for lane, _ in _lanes(view)) == ["meeting", "treaty", "war"]
    view.set_lanes_by("participant")
    # Rome has the most events: first; Parthia next; the events of no one last.
    assert _lanes(view) == [("Rome", ["e1", "e2", "e3", "e4", "e6"]),
                            ("Parthia", ["e1", "e2", "e4", "e6"]),
                            ("", ["e5"])]
    assert [lane_label(key, "participant") for key, _ in _lanes(view)] == [
        "Rome", "Parthia", "No participant"]
    assert _copies(view, "e2") == ["Rome", "Parthia"]
    assert _copies(view, "e3") == ["Rome"]
    view.set_lanes_by("category")
    assert sorted(lane for lane, _ in _lanes(view)) == ["meeting", "treaty", "war"]


def test_lanes_by_place_and_the_order_by_count_then_first_date(qapp, shown_view) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(_history(), size=(1000, 700))
    view.set_lanes_by("place")
    # Euphrates (2 events) first; Carrhae (1910) before Rome (1920); no place last.
    assert _lanes(view) == [("Euphrates", ["e1", "e4"]), ("Carrhae", ["e2"]),
                            ("Rome", ["e3"]), ("", ["e5", "e6"])]
    assert lane_label("", "place") == "No place"
    # a place of blanks is no place: in that lane, not in a lane named "  "
    view._document.update_event(dataclasses.replace(view._document.timeline.get("e5"),
                                                    location="  "), "Blank")
    assert _lanes(view)[-1] == ("", ["e5", "e6"])


def test_lane_keys_and_an_unknown_way_is_refused(qapp, shown_view) -> None:  # type: ignore[no-untyped-def]
    event = _history().get("e6")
    assert lane_keys(event) == ("treaty",)
    assert lane_keys(event, "participant") == ("Parthia", "Rome")
    assert lane_keys(event, "place") == ("",)
    assert lane_keys(dataclasses.replace(event, participants=(" ",)), "participant") == ("",)
    assert lane_keys(dataclasses.replace(event, location="  "), "place") == ("",)
    assert LANES_BY == ("category", "participant", "place")
    view = shown_view(_history())
    with pytest.raises(ValueError, match="participant"):
        view.set_lanes_by("people")


def test_lane_colours_are_stable_per_name_and_the_nameless_lane_grey(qapp) -> None:  # type: ignore[no-untyped-def]
    assert style.name_color("France", False) == style.name_color("france", False)
    assert style.name_color("France", False) == style.name_color("France", False)
    assert style.name_color("", False) == style.category_color("event", False)
    colours = {style.name_color(n, False).name() for n in ("Rome", "Parthia", "France",
                                                            "Britain", "Spain", "Austria")}
    assert len(colours) >= 4  # a hash over 17 colours: names mostly differ
    # a category's chosen colour does not follow a participant of the same name
    style.assign_category_colors(["Rome"], {"Rome": "#123456"})
    try:
        assert style.name_color("Rome", False) != QColor("#123456")
    finally:
        style.assign_category_colors([])


# -- one event in several lanes ------------------------------------------------------------
def test_selecting_an_event_marks_it_in_every_lane_and_scrolls_to_none(qapp, qtbot,  # type: ignore[no-untyped-def]
                                                                       shown_view) -> None:
    view = shown_view(_history(), size=(1000, 700))
    view.set_lanes_by("participant")
    qapp.processEvents()
    layout = view._layout()
    rects = [item.rect for item in view._copies(layout, {"e4"})]
    assert len(rects) == 2
    offset = view._content_offset()

    def pixels() -> list[list[int]]:
        image = view.viewport().grab().toImage()
        return [[image.pixel(int(r.left()) + dx, int(r.top() + offset) + dy)
                 for dx in range(0, int(r.width()), 2) for dy in range(0, int(r.height()), 2)]
                for r in rects]

    before = pixels()
    value = view.verticalScrollBar().value()
    view.select_event("e4")
    qapp.processEvents()
    after = pixels()
    assert before[0] != after[0] and before[1] != after[1]  # drawn selected in both lanes
    assert view.verticalScrollBar().value() == value


def test_a_selection_change_repaints_the_event_in_every_lane(  # type: ignore[no-untyped-def]
        qapp, shown_view, monkeypatch: pytest.MonkeyPatch) -> None:
    view = shown_view(_history(), size=(1000, 700))
    view.set_lanes_by("participant")
    qapp.processEvents()
    viewport = view.viewport()
    updated = []
    monkeypatch.setattr(viewport, "update", lambda *args: updated.append(args))
    view._update_items({"e4"})
    offset = view._content_offset()
    tops = {round(args[0].center().y() - offset) for args in updated if args}
    rects = view._copies(view._layout(), {"e4"})
    assert len(rects) == 2
    assert all(any(abs(top - item.rect.center().y()) <= 1 for top in tops) for item in rects)


def test_a_click_in_a_lane_keeps_the_lanes_where_they_are(qapp, qtbot, shown_view) -> None:  # type: ignore[no-untyped-def]
    """Lanes taller than the view, scrolled to the top: selecting e1, seen in Rome's lane,
    must not scroll down to the same event in Parthia's (``_nearest_copy``)."""
    timeline = _history()
    timeline.add_many([Event(f"r{n}", f"Rome and Parthia {n}", FuzzyDate.of_year(1900 + n),
                             participants=("Rome", "Parthia")) for n in range(0, 50, 3)])
    view = shown_view(timeline, size=(900, 300))
    view.set_lanes_by("participant")
    qapp.processEvents()
    bar = view.verticalScrollBar()
    bar.setValue(0)
    layout = view._layout()
    rome, parthia = (next(lane for lane in layout.lanes if lane.category == key)
                     for key in ("Rome", "Parthia"))
    height = view.viewport().height()
    offset = view._content_offset()
    seen = next(item for item in rome.items if item.event_id == "e1")
    hidden = next(item for item in parthia.items if item.event_id == "e1")
    assert 0 < seen.rect.bottom() + offset < height  # on screen in Rome's lane
    assert hidden.rect.top() + offset > height  # below the fold in Parthia's
    # the event's rectangle (the Menu key's menu is put there) is the one on screen
    rect = view.event_rect("e1")
    assert rect.isValid() and abs(rect.center().y() - (seen.rect.center().y() + offset)) <= 1
    view.select_event("e1")
    qapp.processEvents()
    assert bar.value() == 0


def test_an_edit_shows_in_every_lane_and_a_new_participant_adds_the_event_there(  # type: ignore[no-untyped-def]
        qapp, shown_view) -> None:
    view = shown_view(_history(), size=(1000, 700))
    view.set_lanes_by("participant")
    document = view._document
    event = document.timeline.get("e4")
    document.update_event(dataclasses.replace(event, title="Rhandeia"), "Rename")
    qapp.processEvents()
    layout = view._layout()
    labels = [item.label for item in view._copies(layout, {"e4"})]
    assert len(labels) == 2 and all("Rhandeia" in label for label in labels)
    # moved a year later: in both lanes, by bisection (no rebuild), in date order
    event = document.timeline.get("e4")
    generation = view._lane_by_category
    document.update_event(dataclasses.replace(event, date=FuzzyDate.of_ymd(1945, 1, 1)), "Move")
    assert view._lane_by_category is generation  # placed, not rebuilt
    assert _lanes(view)[:2] == [("Rome", ["e1", "e2", "e3", "e4", "e6"]),
                                ("Parthia", ["e1", "e2", "e4", "e6"])]
    assert view._lane_by_category["Rome"].starts == sorted(view._lane_by_category["Rome"].starts)
    # Armenia joins: the event is in Armenia's new lane too; leaves Parthia's
    document.update_event(dataclasses.replace(document.timeline.get("e4"),
                                              participants=("Rome", "Armenia")), "People")
    lanes = dict(_lanes(view))
    assert lanes["Armenia"] == ["e4"] and "e4" not in lanes["Parthia"]
    assert "e4" in lanes["Rome"]
    document.undo_stack.undo()
    lanes = dict(_lanes(view))
    assert "Armenia" not in lanes and "e4" in lanes["Parthia"]
    # deleted: gone from both
    document.remove_event("e1")
    lanes = dict(_lanes(view))
    assert "e1" not in lanes["Rome"] and "e1" not in lanes["Parthia"]


def test_ctrl_right_moves_the_event_in_all_its_lanes(qapp, shown_view) -> None:  # type: ignore[no-untyped-def]
    """A drag or Ctrl+→ changes the date, never the participants: the event moves in
    each of its lanes."""
    view = shown_view(_history(), size=(1000, 700))
    view.set_lanes_by("participant")
    view.select_event("e2")
    view.nudge_selection(1)
    assert view._document.timeline.get("e2").date == FuzzyDate.of_ymd(1910, 3, 2)
    day = view._document.timeline.get("e2").day_range()[0]
    for key in ("Rome", "Parthia"):
        lane = view._lane_by_category[key]
        assert lane.starts[[e.id for e in lane.events].index("e2")] == day


def test_filters_hide_an_event_in_every_lane(qapp, shown_view) -> None:  # type: ignore[no-untyped-def]
    """Hiding exactly the events of one lane (here e3, Rome's only own, and every event
    of the lane "Rome" of places) must not keep them in the lanes they share."""
    view = shown_view(_history(), size=(1000, 700))
    view.set_lanes_by("participant")
    view.set_emphasis(None, frozenset({"e1", "e2", "e3", "e4", "e6"}))  # Rome's all
    assert _lanes(view) == [("", ["e5"])]
    view.set_emphasis(None, frozenset())
    view.set_emphasis(None, frozenset({"e2"}))
    lanes = dict(_lanes(view))
    assert "e2" not in lanes["Rome"] and "e2" not in lanes["Parthia"]
    view.set_lanes_by("place")
    view.set_emphasis(None, frozenset({"e3"}))  # the whole lane "Rome" of places
    assert "Rome" not in dict(_lanes(view))


def test_find_marks_matches_lane_by_lane(qapp, shown_view) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(_history(), size=(1000, 700))
    view.set_lanes_by("participant")
    view.set_emphasis({"e2"}, None)
    day = view._document.timeline.get("e2").day_range()[0]
    assert list(view._match_starts("Rome")) == [day]
    assert list(view._match_starts("Parthia")) == [day]
    assert list(view._match_starts("")) == []


def test_a_lane_names_hide_by_participant_hides_that_lane_not_a_category(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, tmp_path: Path, monkeypatch) -> None:
    """A lecture's 35 lanes, 22 of one event each: Hide Lane in the menu of "Sulla"'s name
    hides Sulla's lane, his event stays in Rome's; View → Lanes By → Show Hidden Lanes
    brings it back.  A plain click on the name hides nothing (verify59 F15)."""
    from timeline_app.ui import context_menu
    path = tmp_path / "h.json"
    timeline = _history()
    timeline.add(Event("s", "Sulla meets Orobazus", FuzzyDate.of_year(1905),
                       participants=("Rome", "Sulla")))
    timeline_io.save(timeline, path)
    assert window.open_path(str(path), background=False)
    view = window.view
    rect = view.lane_name_rect("treaty")
    assert view._lane_name_at(rect.center()) == "treaty"
    window.set_lanes_by("participant")
    colours = {lane.category: view._lane_color(lane.category, False).name()
               for lane in view._lanes}
    centre = view.lane_name_rect("Sulla").center()
    assert view._lane_name_at(centre) == "Sulla"
    assert "right-click to hide this lane" in view._named_lane_tip(centre)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert "Sulla" in dict(_lanes(view)) and not view.hidden_lanes()
    assert window.statusBar().currentMessage() == (
        "“Sulla”: 1 event. To hide this lane, right-click its name (Hide Lane …) or View → "
        "Lanes By → Choose Lanes…")
    shown = []
    monkeypatch.setattr(context_menu, "popup", lambda menu, _at: shown.append(menu))
    window._show_context_menu_at(view, centre.toPoint())
    next(a for a in shown[-1].actions() if a.text() == "&Hide Lane Sulla").trigger()
    assert "Sulla" not in dict(_lanes(view)) and "s" in dict(_lanes(view))["Rome"]
    assert not window.find_state.filter.hidden_categories  # no category hidden
    assert "Hid the “Sulla” lane" in window.statusBar().currentMessage()
    assert view.hidden_lanes() == {"Sulla"}
    assert all(view._lane_color(lane.category, False).name() == colours[lane.category]
               for lane in view._lanes)  # the others keep their colours
    view.set_emphasis(None, frozenset({"e3"}))  # a filter: still hidden
    assert "Sulla" not in dict(_lanes(view))
    view.set_emphasis(None, frozenset())
    menu = _lanes_menu(window)
    menu.aboutToShow.emit()
    assert window.show_hidden_lanes_action.isEnabled()
    assert window.show_hidden_lanes_action.text() == "&Show Hidden Lanes by Participant (1)"
    window.show_hidden_lanes_action.trigger()
    assert dict(_lanes(view))["Sulla"] == ["s"]
    menu.aboutToShow.emit()
    assert not window.show_hidden_lanes_action.isEnabled()
    # the lane of events without one stays (no name to click); by category: nothing
    assert view._lane_name_at(view.lane_name_rect("").center()) == ""
    window.set_lanes_by("category")
    assert not view.hide_lane("treaty")


def test_prepared_lanes_follow_the_way_and_still_count_categories(qapp, shown_view) -> None:  # type: ignore[no-untyped-def]
    timeline = _history()
    prepared = prepare_lanes(timeline, "participant")
    assert sorted(prepared.by_category) == ["", "Parthia", "Rome"]
    assert prepared.category_counts() == {"treaty": 4, "war": 1, "meeting": 1}
    view = shown_view(timeline, fit=False)
    view.set_lanes_by("participant")
    view.adopt_prepared_lanes(prepared)
    view._rebuild_lanes()
    assert _lanes(view)[0] == ("Rome", ["e1", "e2", "e3", "e4", "e6"])
    # prepared by category while the view is by participant: built again, by participant
    view.adopt_prepared_lanes(prepare_lanes(timeline))
    view._rebuild_lanes()
    assert [lane for lane, _ in _lanes(view)] == ["Rome", "Parthia", ""]


def test_a_lazily_loaded_file_has_the_same_lanes(qapp, shown_view, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "h.json"
    timeline_io.save(_history(), path)
    lazy = native.loads(path.read_bytes(), path, lazy=True)
    assert lazy.store is not None
    view = shown_view(lazy, size=(1000, 700))
    for way in ("participant", "place"):
        view.set_lanes_by(way)
        eager = shown_view(timeline_io.load(path), size=(1000, 700))
        eager.set_lanes_by(way)
        assert _lanes(view) == _lanes(eager)
    view.set_emphasis(None, frozenset({"e4"}))  # ids read from the store
    assert "e4" not in dict(_lanes(view))["Euphrates"]


# -- the window ----------------------------------------------------------------------------
def _lanes_menu(window):  # type: ignore[no-untyped-def]
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    return next(a.menu() for a in view_menu.actions() if a.text() == "&Lanes By")


def test_view_menu_lanes_by_ticks_one_way_and_ctrl_l_steps(qapp, qtbot, window) -> None:  # type: ignore[no-untyped-def]
    menu = _lanes_menu(window)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Category", "&Participant", "P&lace", "&Next Way",
                     "&Show Hidden Lanes", "Ch&oose Lanes…", "Show as &Eras"]  # (edit34)
    ticked = [a.text() for a in menu.actions() if a.isChecked()]
    assert ticked == ["&Category"]
    window.lanes_by_actions["participant"].trigger()
    assert window.view.lanes_by() == "participant"
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["&Participant"]
    assert "Lanes by participant" in window.statusBar().currentMessage()
    assert window.next_lanes_by_action.shortcut().toString() == "Ctrl+L"
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.view.lanes_by() == "place"
    assert window.lanes_by_actions["place"].isChecked()
    qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.view.lanes_by() == "category"


def test_the_way_stays_for_the_session_across_files(qapp, qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.set_lanes_by("participant")
    path = tmp_path / "h.json"
    timeline_io.save(_history(), path)
    assert window.open_path(str(path), background=False)
    qapp.processEvents()
    assert window.view.lanes_by() == "participant"
    assert [lane for lane, _ in _lanes(window.view)] == ["Rome", "Parthia", ""]
    # the legend still lists (and filters) the categories
    assert sorted(window.legend_bar.categories()) == ["meeting", "treaty", "war"]


def test_a_new_event_in_a_participants_lane_starts_with_that_participant(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, recorded_prompts, tmp_path: Path) -> None:
    path = tmp_path / "h.json"
    timeline_io.save(_history(), path)
    assert window.open_path(str(path), background=False)
    window.set_lanes_by("participant")
    seen = {}

    def script(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["people"] = dialog.participants_edit.text()
        seen["place"] = dialog.location_edit.text()
        dialog.reject()

    recorded_prompts.edit_script = script
    window.new_event(FuzzyDate.of_year(1960), "Parthia")
    assert seen == {"people": "Parthia", "place": ""}
    window.set_lanes_by("place")
    window.new_event(FuzzyDate.of_year(1960), "Carrhae")
    assert seen == {"people": "", "place": "Carrhae"}
    window.set_lanes_by("category")
    window.new_event(FuzzyDate.of_year(1960), "war")
    assert seen == {"people": "", "place": ""}


def test_find_of_a_search_marks_each_lane_from_the_matches_ranks(qapp, shown_view) -> None:  # type: ignore[no-untyped-def]
    """The search's own matches (``Matches`` in date order): each lane's match days from
    the matches alone (``_match_starts_by_rank``), an event of two in both lanes."""
    from timeline_app.core.query import EventSearch

    view = shown_view(_history(), size=(1000, 700))
    view.set_lanes_by("participant")
    matches = EventSearch(view._document.timeline).matches("Carrhae")
    assert matches is not None and matches.in_date_order and set(matches) == {"e2"}
    view.set_emphasis(matches, None)
    assert view._match_starts_by_rank(matches)
    day = view._document.timeline.get("e2").day_range()[0]
    assert list(view._match_starts("Rome")) == [day]
    assert list(view._match_starts("Parthia")) == [day]
    assert list(view._match_starts("")) == []


def test_the_legend_shows_no_category_colour_beside_lanes_by_name(qapp, qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The legend stays the categories' filter; its swatches, the lanes' colours by
    category, would read as the colours of the lanes by participant."""
    buttons = window.legend_bar.buttons()
    assert buttons and all(not b.icon().isNull() for b in buttons.values())
    window.set_lanes_by("participant")
    assert all(b.icon().isNull() for b in window.legend_bar.buttons().values())
    window.document.add_event(Event("new", "New", FuzzyDate.of_year(2024), category="war"))
    qapp.processEvents()
    assert "war" in window.legend_bar.buttons()  # entries made again: still none
    assert all(b.icon().isNull() for b in window.legend_bar.buttons().values())
    window.document.undo_stack.setClean()
    window.set_lanes_by("category")
    assert all(not b.icon().isNull() for b in window.legend_bar.buttons().values())


def test_by_participant_the_menus_offer_no_category_lane_step_that_shows_nowhere(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A right-click on a participant's lane offers no Rename Lane "Rome" (no such
    category) but New Event Here (with Rome); Edit → Lane Order and Lane Colour, which
    act on the categories' lanes, are disabled while they show nowhere."""
    from PySide6.QtCore import QPoint

    from timeline_app.ui import context_menu

    path = tmp_path / "h.json"
    timeline_io.save(_history(), path)
    assert window.open_path(str(path), background=False)
    window._enable_lane_menus()
    assert window.lane_order_menu.menuAction().isEnabled()
    window.set_lanes_by("participant")
    window._enable_lane_menus()
    assert not window.lane_order_menu.menuAction().isEnabled()
    assert not window.lane_colour_menu.menuAction().isEnabled()
    assert not window.rename_lane_menu.menuAction().isEnabled()
    window.selection.select("e1")
    window._enable_lane_menus()
    assert not window.move_to_lane_menu.menuAction().isEnabled()
    assert "View → Lanes By → Category" in window.move_to_lane_menu.menuAction().statusTip()
    texts = [a.text() for a in window.context_menu_for("e1").actions()]
    assert not any("Move to Lane" in t for t in texts)
    shown = []
    monkeypatch.setattr(context_menu, "popup", lambda menu, _at: shown.append(menu))
    view = window.view
    rome = next(lane for lane in view._layout().lanes if lane.category == "Parthia")
    y = int(rome.top + rome.height - 3 + view._content_offset())
    assert window._lane_category_at(y) == "Parthia"
    window._show_context_menu_at(view, QPoint(view.viewport().width() - 5, y))
    texts = [a.text() for a in shown[-1].actions() if not a.isSeparator()]
    assert not any("Rename Lane" in t or "Lane &Colour" in t for t in texts)
    assert "&New Event Here…" in texts
    # a right-click on a participant's lane hides it, as a click on its name does
    hide = shown[-1].actions()[0]
    assert hide.text() == "&Hide Lane Parthia"
    import re

    letters = [m.group(1).lower() for a in shown[-1].actions() if not a.isSeparator()
               if (m := re.search(r"&([^&])", a.text()))]
    assert len(letters) == len(set(letters))  # a letter of its own each
    hide.trigger()
    assert "Parthia" not in dict(_lanes(view)) and view.hidden_lanes() == {"Parthia"}
    view.show_all_lanes()
    window.set_lanes_by("category")
    window._enable_lane_menus()
    assert window.lane_colour_menu.menuAction().isEnabled()
    assert window.move_to_lane_menu.menuAction().isEnabled()
    assert any("Move to Lane" in a.text() for a in window.context_menu_for("e1").actions())


def test_lanes_by_name_take_colours_of_their_own_up_to_seventeen(qapp, shown_view) -> None:  # type: ignore[no-untyped-def]
    """Seoul's and Sado's lanes were both olive (their own places alone): names take
    the next free colour, as categories do; the same set, the same colours; a filter
    that hides a lane changes no other lane's colour."""
    places = ["Seoul", "Tokyo", "Sado, Japan", "Munich, Germany", "Paris", "Vienna",
              "Euphrates", "Rome", "Carrhae", "Osnabrück"]
    slots = style.name_slots(places)
    assert len(set(slots.values())) == len(places)
    assert slots == style.name_slots(places)
    events = [Event(f"p{n}", place, FuzzyDate.of_year(1900 + n), location=place)
              for n, place in enumerate(places)]
    view = shown_view(Timeline.from_events(events), size=(1000, 900))
    view.set_lanes_by("place")
    colours = {lane.category: view._lane_color(lane.category, False).name()
               for lane in view._lanes}
    assert len(set(colours.values())) == len(places)
    view.set_emphasis(None, frozenset({"p0", "p3"}))
    assert all(view._lane_color(lane.category, False).name() == colours[lane.category]
               for lane in view._lanes)


def test_pictures_and_prints_have_the_windows_lanes(qapp, qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """File → Export → picture (whole or the period shown) and Print draw hidden views of
    their own: by participant in the window, by participant in the picture."""
    path = tmp_path / "h.json"
    timeline_io.save(_history(), path)
    assert window.open_path(str(path), background=False)
    window.set_lanes_by("participant")
    for make in (window._whole_picture_view, window._period_picture_view):
        picture = make()
        try:
            assert picture.lanes_by() == "participant"
            assert [lane for lane, _ in _lanes(picture)] == ["Rome", "Parthia", ""]
        finally:
            picture.deleteLater()
    window.set_lanes_by("category")
    picture = window._whole_picture_view()
    assert picture.lanes_by() == "category"
    picture.deleteLater()


def test_participants_put_in_another_order_keep_the_lanes_as_they_are(qapp, shown_view) -> None:  # type: ignore[no-untyped-def]
    """The same participants in another order: the same lanes, the event put back in
    each by bisection (its lane of one event is not emptied, so nothing is rebuilt)."""
    timeline = _history()
    timeline.add(Event("x", "Only Armenia and Media", FuzzyDate.of_year(1960),
                       participants=("Armenia", "Media")))
    view = shown_view(timeline, size=(1000, 700))
    view.set_lanes_by("participant")
    lanes = view._lane_by_category
    document = view._document
    document.update_event(dataclasses.replace(document.timeline.get("x"),
                                              participants=("Media", "Armenia")), "Order")
    assert view._lane_by_category is lanes  # not rebuilt
    assert dict(_lanes(view))["Armenia"] == ["x"] and dict(_lanes(view))["Media"] == ["x"]


def test_the_busiest_seventeen_lanes_by_name_all_differ_in_colour(qapp, shown_view) -> None:  # type: ignore[no-untyped-def]
    """More names than colours: the lanes on top (the most events) take theirs first
    (the lecture's Parthia and Austria, 2nd and 5th of 35, were both sky blue)."""
    events = []
    for n in range(30):  # "Power 29" has 30 events, "Power 00" one: busiest last by name
        events += [Event(f"p{n}-{k}", f"E {n} {k}", FuzzyDate.of_year(1900 + k),
                         participants=(f"Power {29 - n:02}",)) for k in range(30 - n)]
    view = shown_view(Timeline.from_events(events), size=(1000, 700))
    view.set_lanes_by("participant")
    top = [lane.category for lane in view._lanes][:17]
    assert top == [f"Power {29 - n:02}" for n in range(17)]
    assert len({view._lane_color(name, False).name() for name in top}) == 17


def test_a_dragged_events_ghost_has_the_colour_of_the_lane_it_is_dragged_in(  # type: ignore[no-untyped-def]
        qapp, shown_view) -> None:
    view = shown_view(_history(), size=(1000, 700))
    view.set_lanes_by("participant")
    offset = view._content_offset()
    for lane in view._layout().lanes[:2]:
        y = lane.top + lane.height / 2 + offset
        assert view._lane_key_at(y, ("Rome", "Parthia")) == lane.category
    assert view._lane_key_at(-50, ("Rome", "Parthia")) == "Rome"


def test_a_participants_lane_name_says_its_events_and_why_one_is_in_several(  # type: ignore[no-untyped-def]
        qapp, shown_view) -> None:
    view = shown_view(_history(), size=(1000, 700))
    rect = view.lane_name_rect("treaty")
    assert view._named_lane_tip(rect.center()) == ""  # by category: the old tooltip
    view.set_lanes_by("participant")
    tip = view._named_lane_tip(view.lane_name_rect("Parthia").center())
    assert tip.startswith("Parthia: 4 events; an event of several participants is in each")
    assert view._named_lane_tip(view.lane_name_rect("").center()).startswith(
        "No participant: 1 event (")
    view.set_lanes_by("place")
    assert view._named_lane_tip(view.lane_name_rect("Carrhae").center()) == (
        "Carrhae: 1 event; right-click to hide this lane (View → Lanes By)")


def test_a_file_opened_in_the_background_gets_lanes_by_participant_from_its_loader(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A large file is read and its lanes built off the GUI thread (``prepare_lanes``):
    by the window's way, so the GUI thread does not build them again."""
    from timeline_app.ui import timeline_view

    path = tmp_path / "h.json"
    timeline_io.save(_history(), path)
    window.set_lanes_by("participant")
    built: list[str] = []
    real = timeline_view._lanes_of

    def spy(timeline, events, hidden, lanes_by="category"):  # type: ignore[no-untyped-def]
        built.append(lanes_by)
        return real(timeline, events, hidden, lanes_by)

    set_in_view("_lanes_of", spy, monkeypatch)
    with qtbot.waitSignal(window.open_finished, timeout=20000):
        assert window.open_path(str(path), background=True)
    qapp.processEvents()
    assert built == ["participant"]  # once, on the loading thread
    assert [lane for lane, _ in _lanes(window.view)] == ["Rome", "Parthia", ""]
    assert sorted(window.legend_bar.categories()) == ["meeting", "treaty", "war"]


def test_the_filters_category_list_shows_no_lane_colour_beside_lanes_by_name(  # type: ignore[no-untyped-def]
        qapp, qtbot, window) -> None:
    panel = window.filter_panel  # built before the switch
    window._filter_dock.show()
    qapp.processEvents()
    panel.refresh()
    icons = lambda: [panel.categories.item(i).icon().isNull()  # noqa: E731
                     for i in range(panel.categories.count())]
    assert icons() and not any(icons())
    window.set_lanes_by("place")
    assert all(icons())
    window.set_lanes_by("category")
    assert not any(icons())


def test_filters_built_while_the_lanes_are_by_participant_show_no_lane_colour(  # type: ignore[no-untyped-def]
        qapp, qtbot, window) -> None:
    assert window._filter_panel is None
    window.set_lanes_by("participant")
    panel = window.filter_panel
    window._filter_dock.show()
    qapp.processEvents()
    panel.refresh()
    assert panel.categories.count() and all(
        panel.categories.item(i).icon().isNull() for i in range(panel.categories.count()))


def test_the_legends_lane_entries_wait_for_lanes_by_category(qapp, qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A legend entry's menu (colour, rename, move) acts on a category's lane, not drawn
    by participant; its click still hides the category's events."""
    category = window.legend_bar.lanes()[0]
    menu = window.legend_bar.category_menu(category)
    assert any(a.isEnabled() for a in menu.actions() if not a.isSeparator())
    window.set_lanes_by("participant")
    menu = window.legend_bar.category_menu(category)
    assert not any(a.isEnabled() for a in menu.actions() if not a.isSeparator())
    window.legend_bar.buttons()[category].click()
    assert category in window.find_state.filter.hidden_categories


def test_an_empty_timeline_by_participant_takes_its_first_event(qapp, shown_view) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(Timeline.from_events([]))
    view.set_lanes_by("participant")
    assert _lanes(view) == []
    view._document.add_event(Event("a", "A", FuzzyDate.of_year(2000), participants=("X", "Y")))
    assert _lanes(view) == [("X", ["a"]), ("Y", ["a"])]
    view._document.remove_event("a")
    assert _lanes(view) == []


def test_the_timelines_right_click_menus_offer_lanes_by(qapp, qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A mouse user right-clicks the lanes to draw them otherwise: Lanes By ▸ there, the
    same entries as the View menu's."""
    for event_id in ("", window.view.event_ids()[0]):
        menu = window.context_menu_for(event_id)
        sub = next(a.menu() for a in menu.actions() if a.text() == "Lanes B&y")
        assert sub.actions() == _lanes_menu(window).actions()
        menu.deleteLater()
    window.lanes_by_actions["place"].trigger()
    assert window.view.lanes_by() == "place"


def test_pictures_and_prints_leave_out_the_lanes_the_person_hid(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, tmp_path: Path) -> None:
    """verify43 F31: by participant with lanes hidden (a click on their names), every
    picture and print drew them all again, empty bands with "◀ 1": the briefing's page
    could not be made readable."""
    path = tmp_path / "h.json"
    timeline_io.save(_history(), path)
    assert window.open_path(str(path), background=False)
    window.set_lanes_by("participant")
    assert window.view.hide_lane("Parthia")
    for make in (window._whole_picture_view, window._period_picture_view):
        picture = make()
        try:
            assert picture.hidden_lanes() == frozenset({"Parthia"})
            assert [lane for lane, _ in _lanes(picture)] == ["Rome", ""]
        finally:
            picture.deleteLater()


def test_an_events_menu_by_participant_hides_the_lane_it_is_in(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, monkeypatch, tmp_path: Path) -> None:
    """verify43 F32: right-clicked on an event by participant, the menu offered only
    "Hide Event Events" (its category, everywhere), not the lane the event is in."""
    import re

    from timeline_app.ui import context_menu
    from timeline_app.ui.context_menu import hide_category_words

    # (verify57 F21: "Hide Uncategorised Events" named no lane the window shows)
    assert hide_category_words("event") == "&Hide Lane Event"
    assert hide_category_words("treaty") == "&Hide Treaty Events"
    path = tmp_path / "h.json"
    timeline_io.save(_history(), path)
    assert window.open_path(str(path), background=False)
    window.set_lanes_by("participant")
    shown = []
    monkeypatch.setattr(context_menu, "popup", lambda menu, _at: shown.append(menu))
    view = window.view
    qtbot.waitUntil(lambda: bool(view.event_ids()))
    event_id, rect = next((e, view.event_rect(e)) for e in view.event_ids()
                          if not view.event_rect(e).isEmpty())
    lane = window._lane_category_at(rect.center().y())
    assert lane
    window._show_context_menu_at(view, rect.center())
    texts = [a.text() for a in shown[-1].actions() if not a.isSeparator()]
    assert texts[0] == f"Hide &Lane {lane}"
    letters = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&])", t))]
    assert len(letters) == len(set(letters))


def open_with_sulla(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """``_history`` and Sulla's meeting (his lane alone; its place, Euphrates), opened."""
    path = tmp_path / "h.json"
    timeline = _history()
    timeline.add(Event("s", "Sulla meets Orobazus", FuzzyDate.of_year(1905),
                       participants=("Sulla",), location="Euphrates"))
    timeline_io.save(timeline, path)
    assert window.open_path(str(path), background=False)


def test_hidden_lanes_are_kept_for_their_way_across_another(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, tmp_path: Path) -> None:
    """verify43 F31: 12 envoys' lanes hidden by participant for a page came all back after
    Ctrl+L to Category and back, "Show Hidden Lanes" greyed out."""
    open_with_sulla(window, tmp_path)
    view = window.view
    window.set_lanes_by("participant")
    assert view.hide_lane("Sulla")
    window._filter_hidden_lanes()
    assert not window.find_state.is_shown("s")  # in no lane shown
    window.set_lanes_by("place")
    assert view.hidden_lanes() == frozenset() and window.find_state.is_shown("s")
    assert view.hide_lane("Carrhae")
    window.set_lanes_by("category")
    assert view.hidden_lanes() == frozenset()
    window.set_lanes_by("participant")
    assert view.hidden_lanes() == {"Sulla"} and "Sulla" not in dict(_lanes(view))
    assert window.find_state.filter.hidden_lanes == {"sulla"}
    assert not window.find_state.is_shown("s")
    assert "1 lane hidden as before" in window.statusBar().currentMessage()
    window.set_lanes_by("place")
    assert view.hidden_lanes() == {"Carrhae"}
    window._show_hidden_lanes()  # View → Lanes By → Show Hidden Lanes
    assert view.hidden_lanes() == frozenset()
    window.set_lanes_by("participant")
    assert view.hidden_lanes() == {"Sulla"}  # Show Hidden Lanes: the way's own only
