"""Lanes by participant or place: spellings of one name are one lane; a hidden lane's
events that show nowhere else are hidden everywhere (edit29's leftovers, fix63)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import native


def _spelled() -> Timeline:
    """France written three ways, Rome with a stray space, Paris once."""
    def ev(n: int, year: int, people: tuple[str, ...], place: str = "") -> Event:
        return Event(f"e{n}", f"Event {n}", FuzzyDate.of_ymd(year, 3, 1), category="treaty",
                     participants=people, location=place)

    return Timeline.from_events([
        ev(1, 1900, ("France", "Rome"), "Rome"),
        ev(2, 1910, ("france",), " Rome"),
        ev(3, 1920, ("France ", "france"), "rome"),
        ev(4, 1930, (" Rome",), "Paris"),
        ev(5, 1940, ("FRANCE",), "Rome"),
    ])


def _lanes(view) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return {lane.category: [e.id for e in lane.events] for lane in view._lanes}


def test_names_differing_by_case_or_spaces_are_one_lane(qapp, shown_view) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(_spelled(), size=(1000, 700))
    view.set_lanes_by("participant")
    assert _lanes(view) == {"France": ["e1", "e2", "e3", "e5"], "Rome": ["e1", "e4"]}
    view.set_lanes_by("place")
    assert _lanes(view) == {"Rome": ["e1", "e2", "e3", "e5"], "Paris": ["e4"]}
    # an edit that writes a name another way: the event in that lane, once
    view.set_lanes_by("participant")
    document = view._document
    document.update_event(dataclasses.replace(document.timeline.get("e4"),
                                              participants=("rome", "France  ")))
    qapp.processEvents()
    assert _lanes(view) == {"France": ["e1", "e2", "e3", "e4", "e5"], "Rome": ["e1", "e4"]}
    document.undo_stack.undo()
    assert _lanes(view) == {"France": ["e1", "e2", "e3", "e5"], "Rome": ["e1", "e4"]}
    view._selection.select("e3")
    assert len(view._copies(view._layout(), {"e3"})) == 1  # one copy: one lane


def test_a_lazily_loaded_file_spells_its_lanes_as_an_eager_one(qapp, shown_view,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path) -> None:
    path = tmp_path / "spelled.json"
    timeline_io.save(_spelled(), path)
    lazy = native.loads(path.read_bytes(), path, lazy=True)
    assert lazy.store is not None
    view = shown_view(lazy, size=(1000, 700))
    eager = shown_view(timeline_io.load(path), size=(1000, 700))
    for way in ("participant", "place"):
        view.set_lanes_by(way)
        eager.set_lanes_by(way)
        assert _lanes(view) == _lanes(eager)
    assert set(_lanes(view)) == {"Rome", "Paris"}


def test_a_new_event_in_a_lane_takes_the_lanes_spelling(qapp, window, recorded_prompts,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    path = tmp_path / "spelled.json"
    timeline_io.save(_spelled(), path)
    assert window.open_path(str(path), background=False)
    window.set_lanes_by("participant")
    seen = {}

    def script(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["people"] = dialog.participants_edit.text()
        dialog.reject()

    recorded_prompts.edit_script = script
    window.new_event(FuzzyDate.of_year(1960), "France")
    assert seen == {"people": "France"}


def _people() -> Timeline:
    """Rome in every event but one; Sulla in one with Rome, Orobazus in one alone."""
    return Timeline.from_events([
        Event("a", "Rome and Parthia", FuzzyDate.of_year(1900), participants=("Rome",)),
        Event("b", "Sulla meets", FuzzyDate.of_year(1905), participants=("Rome", "Sulla")),
        Event("c", "Orobazus alone", FuzzyDate.of_year(1910), participants=("Orobazus",)),
        Event("d", "Rome again", FuzzyDate.of_year(1920), participants=("rome",)),
    ])


def test_a_hidden_lanes_events_in_no_other_lane_are_hidden_everywhere(qapp, qtbot,  # type: ignore[no-untyped-def]
                                                                      window,
                                                                      tmp_path: Path) -> None:
    """edit29's leftover: Orobazus's lane hidden, his event was drawn nowhere but still a
    row of the Events list, a step of ← / → and counted in “N of M shown”."""

    path = tmp_path / "people.json"
    timeline_io.save(_people(), path)
    assert window.open_path(str(path), background=False)
    window.set_lanes_by("participant")
    view, state = window.view, window.find_state
    rows = window.event_list.model().rowCount
    assert rows() == 4
    built = view._lane_by_category
    for lane in ("Orobazus", "Sulla"):  # (its name's menu's Hide Lane)
        window._toggle_lane(lane)
    assert view.hidden_lanes() == {"Orobazus", "Sulla"}
    assert state.hidden == {"c"}  # Sulla's event is in Rome's lane: shown
    # (the lanes not built again for it: what they drew was drawn nowhere already)
    assert view._lane_by_category is built
    assert rows() == 3
    assert state.status_text() == "3 of 4 events shown (filter: 2 lanes hidden)"
    window.selection.select("b")
    view.step_selection(+1)
    assert window.selection.event_id == "d"  # not Orobazus's, drawn nowhere
    # an edit that puts an event in a hidden lane alone hides it; back, it shows
    document = window.document
    document.update_event(dataclasses.replace(document.timeline.get("d"),
                                              participants=("orobazus ",)))
    assert "d" in state.hidden
    document.undo_stack.undo()
    assert "d" not in state.hidden
    # Show Hidden Lanes: the lanes and the events back
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    next(a.menu() for a in view_menu.actions() if a.text() == "&Lanes By").aboutToShow.emit()
    window.show_hidden_lanes_action.trigger()
    assert not view.hidden_lanes() and not state.hidden and rows() == 4
    # Clear Filters shows a hidden lane again too; another way of lanes: none hidden
    window._toggle_lane("Orobazus")
    assert state.hidden == {"c"}
    window.clear_filters_action.trigger()
    assert not view.hidden_lanes() and not state.filter.is_active
    window._toggle_lane("Orobazus")
    window.set_lanes_by("place")
    assert not view.hidden_lanes() and not state.hidden and rows() == 4


def test_the_filter_hides_by_lane_in_a_lazily_loaded_file_as_in_an_eager_one(  # type: ignore[no-untyped-def]
        tmp_path: Path) -> None:
    from timeline_app.core.query import EventFilter, hidden_by

    path = tmp_path / "people.json"
    timeline_io.save(_people(), path)
    lazy = native.loads(path.read_bytes(), path, lazy=True)
    assert lazy.store is not None
    eager = timeline_io.load(path)
    for f, hidden in ((EventFilter(hidden_lanes=frozenset({"rome"})), {"a", "d"}),
                      (EventFilter(hidden_lanes=frozenset({"rome", "sulla"})), {"a", "b", "d"}),
                      (EventFilter(hidden_lanes=frozenset({""}), lanes_by="place"),
                       {"a", "b", "c", "d"})):
        assert hidden_by(lazy, f) == hidden_by(eager, f) == hidden
        assert {e.id for e in eager if not f.accepts(e)} == hidden


def test_show_hidden_lanes_reads_no_event_again(qapp, qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every lane stays built while hidden: showing it again puts it back in its place
    (a rebuild of every lane took seconds at 1 000 000 events)."""
    path = tmp_path / "people.json"
    timeline_io.save(_people(), path)
    assert window.open_path(str(path), background=False)
    window.set_lanes_by("participant")
    view = window.view
    built = view._lane_by_category
    order = [lane.category for lane in view._lanes]
    view.hide_lane("Sulla")  # (its one event is in Rome's lane too: nothing else hidden)
    view.show_all_lanes()
    assert view._lane_by_category is built
    assert [lane.category for lane in view._lanes] == order


def test_the_legend_counts_from_the_filters_answer(qapp, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With no category hidden, the legend's counts under a filter come from the events
    the filters hide, not from a second pass over every event (hiding a lane at 1 000 000
    events read every event's participants twice)."""
    import dataclasses as dc

    from timeline_app.ui import legend

    passes = []
    real = legend.hidden_by
    monkeypatch.setattr(legend, "hidden_by", lambda *a: passes.append(1) or real(*a))
    state = window.find_state
    state.set_filter(dc.replace(state.filter, participants=frozenset({"Wang Yi"})))
    assert state.shown_count() == 1 and not passes
    assert window.legend_bar._buttons["meeting"].text() == "Meeting 1"
