"""Join Names with several names at once (session 35, verify43 F9): three spellings of one
actor ("Vučić", "President Vučić", "Aleksandar Vucic") took two joins and two undo steps;
they are ticked together in the dialog, or on the Filters' rows, and joined as one step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.test_join_names import filters_shown
from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.document import Document
from timeline_app.ui import join_names
from timeline_app.ui.join_names import JoinNamesDialog
from timeline_app.ui.keyboard_audit import mnemonic_clashes, unnamed_tab_stops

THREE = ("Vučić", "President Vučić", "Aleksandar Vucic")


def _three_spellings() -> Timeline:
    def ev(n: int, people: tuple[str, ...]) -> Event:
        return Event(f"e{n}", f"Event {n}", FuzzyDate.of_ymd(2020 + n, 3, 1), participants=people)

    return Timeline.from_events([
        ev(1, ("Aleksandar Vucic", "Kosovo")), ev(2, ("Aleksandar Vucic", "Albin Kurti")),
        ev(3, ("Vučić", "Serbia")), ev(4, ("President Vučić", "Vučić")),
        ev(5, ("Kosovo", "Serbia")),
    ], title="Serbia and Kosovo")


def _opened(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "sk.json"
    timeline_io.save(_three_spellings(), path)
    assert window.open_path(str(path), background=False)


def _lane_names(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [lane.category for lane in view._lanes]


def test_three_names_are_joined_in_one_undo_step(qapp) -> None:  # type: ignore[no-untyped-def]
    document = Document(_three_spellings())
    assert document.join_names(THREE, "Aleksandar Vučić") == 4
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == (
        "Join participants “Vučić”, “President Vučić”, “Aleksandar Vucic” into “Aleksandar Vučić”")
    people = {e.id: e.participants for e in document.timeline.events}
    assert people["e4"] == ("Aleksandar Vučić",)  # named twice: once
    assert people["e3"] == ("Aleksandar Vučić", "Serbia")
    document.undo_stack.undo()
    assert {e.id: e.participants for e in document.timeline.events}["e4"] == (
        "President Vučić", "Vučić")
    # into one of the ticked names: that one is the name joined into
    assert document.join_names(THREE, "Aleksandar Vucic") == 2
    assert document.undo_stack.undoText() == (
        "Join participants “Vučić”, “President Vučić” into “Aleksandar Vucic”")


def test_the_dialog_ticks_several_names_and_proposes_the_fullest(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.core.names import name_counts

    events = _three_spellings().events
    dialog = JoinNamesDialog(name_counts(events, False), name_counts(events, True), name="Vučić")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.names() == ("Vučić",)
    assert mnemonic_clashes(dialog) == {} and unnamed_tab_stops(dialog) == []
    # the names with the same last word are listed right under the one ticked
    listed = [dialog.names_list.item(i).data(Qt.ItemDataRole.UserRole)
              for i in range(dialog.names_list.count())]
    assert set(listed[:3]) == set(THREE)
    for row in range(3):  # the person ticks the other two (Space on the row)
        item = dialog.names_list.item(row)
        item.setCheckState(Qt.CheckState.Checked)
    assert set(dialog.names()) == set(THREE)
    assert dialog.into() == "Aleksandar Vucic"  # most words, then most events
    assert dialog.is_join() and dialog.ok_button.text() == "&Join"
    assert "become “Aleksandar Vucic”" in dialog.hint.text()
    assert "“Vučić” (2 events)" in dialog.hint.text()
    dialog.choose(THREE, "Aleksandar Vučić")
    assert dialog.ok_button.text() == "&Join" and dialog.into() == "Aleksandar Vučić"
    dialog.choose(THREE, "Serbia's president")
    assert dialog.ok_button.text() == "&Rename"
    dialog.choose((), "Aleksandar Vučić")
    assert not dialog.ok_button.isEnabled() and "Tick the names" in dialog.hint.text()


def test_edit_join_names_joins_three_lanes_into_one(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, monkeypatch, tmp_path: Path) -> None:
    _opened(window, tmp_path)
    window.set_lanes_by("participant")
    assert set(THREE) <= set(_lane_names(window.view))
    monkeypatch.setattr(join_names, "ask_join_names",
                        lambda *args: (THREE, "Aleksandar Vučić", False))
    window.join_names_action.trigger()
    lanes = _lane_names(window.view)
    assert not set(THREE) & set(lanes) and "Aleksandar Vučić" in lanes
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert set(THREE) <= set(_lane_names(window.view))


def test_a_filters_row_joins_the_ticked_rows(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, monkeypatch, tmp_path: Path) -> None:
    _opened(window, tmp_path)
    panel = filters_shown(window, qtbot)
    values = panel.participants.list
    rows = {values.item(i).data(Qt.ItemDataRole.UserRole): i for i in range(values.count())}
    menu = panel.participants.row_menu(rows["Vučić"])
    assert menu is not None and len(menu.actions()) == 1  # nothing ticked: one name
    for name in THREE:
        values.item(rows[name]).setCheckState(Qt.CheckState.Checked)
    asked = []
    monkeypatch.setattr(join_names, "ask_join_names",
                        lambda *args: asked.append(args[3:]) or None)
    menu = panel.participants.row_menu(rows["Kosovo"])
    assert menu is not None
    several = menu.actions()[-1]
    assert several.text() == "Join the 3 &Ticked Names…"
    several.trigger()
    ((by_place, names),) = asked
    assert not by_place and set(names) == set(THREE)


def test_down_in_into_goes_to_the_other_ticked_spelling_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    """verify56 F9: with "Côte d'Ivoire" and "Ivory Coast" ticked and Into proposing one,
    ↓ went to the list's first name ("ECOWAS", most events): one Return from joining both
    into the wrong actor.  ↓ now goes to the other ticked name, ↑ back."""
    participants = [("ECOWAS", 9), ("Niger", 5), ("Côte d'Ivoire", 2), ("Mali", 2),
                    ("Ivory Coast", 2)]
    dialog = JoinNamesDialog(participants, [], name=("Côte d'Ivoire", "Ivory Coast"))
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.into()
    assert first in ("Côte d'Ivoire", "Ivory Coast")
    other = ({"Côte d'Ivoire", "Ivory Coast"} - {first}).pop()
    combo = dialog.into_combo
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.into() == other
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert dialog.into() == first
    # a name typed stays as the ticks change
    dialog.choose(("Niger",), "Republic of Niger")
    assert dialog.into() == "Republic of Niger"
