"""Join Names (verify43 F9): by participant one actor had three lanes ("Aleksandar Vucic",
"Vučić", "Aleksandar Vučić") and nothing joined them but opening every event.  Edit → Join
Names…, a lane header's and a Filters row's "Rename or Join …" write one name as another,
one undo step through ``Document.join_names``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.document import Document
from timeline_app.ui import join_names
from timeline_app.ui.join_names import JoinNamesDialog
from timeline_app.ui.keyboard_audit import mnemonic_clashes, unnamed_tab_stops


def _serbia_kosovo() -> Timeline:
    def ev(n: int, people: tuple[str, ...], place: str = "") -> Event:
        return Event(f"e{n}", f"Event {n}", FuzzyDate.of_ymd(2020 + n, 3, 1),
                     participants=people, location=place)

    return Timeline.from_events([
        ev(1, ("Aleksandar Vucic", "Kosovo"), "Brussels"),
        ev(2, ("Vučić", "Serbia"), "Belgrade"),
        ev(3, ("Aleksandar Vučić", "Albin Kurti"), "Brussels"),
        ev(4, ("Kosovo", "Serbia"), "Priština"),
        ev(5, ("Kosovo",), "Prishtina"),
    ], title="Serbia and Kosovo")


def _opened(window, tmp_path: Path, lanes_by: str = "category") -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "sk.json"
    timeline_io.save(_serbia_kosovo(), path)
    assert window.open_path(str(path), background=False)
    window.set_lanes_by(lanes_by)


def filters_shown(window, qtbot):  # type: ignore[no-untyped-def]
    """The window's Filters panel, shown and filled."""
    if not window._filter_dock.isVisible():
        window._filter_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window._filter_dock.isVisible())
    panel = window.filter_panel
    panel.refresh()
    return panel


def row_menu_asking(window, qtbot, monkeypatch, name: str):  # type: ignore[no-untyped-def]
    """The Filters' participant row ``name``'s menu, with Join Names replaced by a recorder:
    ``(menu, asked)``, ``asked`` receiving each call's ``(by_place, name)``."""
    panel = filters_shown(window, qtbot)
    rows = [panel.participants.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(panel.participants.list.count())]
    asked: list[tuple[object, ...]] = []
    monkeypatch.setattr(join_names, "ask_join_names",
                        lambda *args: asked.append(args[3:]) or None)
    menu = panel.participants.row_menu(rows.index(name))
    assert menu is not None
    return menu, asked


def _lane_names(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [lane.category for lane in view._lanes]


def test_document_join_names_is_one_undo_step(qapp) -> None:  # type: ignore[no-untyped-def]
    document = Document(_serbia_kosovo())
    assert document.join_names("Vučić", "Aleksandar Vučić") == 1
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Join participant “Vučić” into “Aleksandar Vučić”"
    assert document.timeline.get("e2").participants == ("Aleksandar Vučić", "Serbia")
    document.undo_stack.undo()
    assert document.timeline.get("e2").participants == ("Vučić", "Serbia")
    assert document.join_names("Prishtina", "Prishtinë", by_place=True) == 1
    assert document.undo_stack.undoText() == "Rename place “Prishtina” to “Prishtinë”"
    assert document.join_names("Nobody", "Somebody") == 0


def test_edit_join_names_makes_one_lane_of_one_actor(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, monkeypatch, tmp_path: Path) -> None:
    _opened(window, tmp_path, "participant")
    view = window.view
    assert {"Aleksandar Vucic", "Vučić"} <= set(_lane_names(view))  # accents: one already
    asked = []

    def ask(_parent, participants, places, by_place, name):  # type: ignore[no-untyped-def]
        asked.append((dict(participants), by_place, name))
        return ("Vučić", "Aleksandar Vučić", False)

    monkeypatch.setattr(join_names, "ask_join_names", ask)
    window.selection.select("e2")
    window.join_names_action.trigger()
    (participants, by_place, name), = asked
    assert name == "" and not by_place  # not the selected event's participant (F21)
    assert participants["Vučić"] == 1 and participants["Aleksandar Vucic"] == 2
    lanes = _lane_names(view)
    assert "Vučić" not in lanes and len([n for n in lanes if "vu" in n.lower()]) == 1
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.document.undo_stack.undo()
    assert "Vučić" in _lane_names(view)


def test_a_lane_headers_menu_offers_rename_or_join(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, monkeypatch, tmp_path: Path) -> None:
    from timeline_app.ui import context_menu

    _opened(window, tmp_path, "place")
    shown = []
    monkeypatch.setattr(context_menu, "popup", lambda menu, _at: shown.append(menu))
    asked = []
    monkeypatch.setattr(join_names, "ask_join_names",
                        lambda *args: asked.append(args[3:]) or ("Prishtina", "Priština", True))
    view = window.view
    centre = view.lane_name_rect("Prishtina").center()
    window._show_context_menu_at(view, centre.toPoint())
    join = next(a for a in shown[-1].actions() if a.text().startswith("Rename or &Join"))
    assert join.text() == "Rename or &Join Prishtina…"
    join.trigger()
    assert asked == [(True, "Prishtina")]
    assert "Prishtina" not in _lane_names(view)


def test_a_filters_row_offers_rename_or_join(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, monkeypatch, tmp_path: Path) -> None:
    _opened(window, tmp_path)
    menu, asked = row_menu_asking(window, qtbot, monkeypatch, "Vučić")
    (action,) = menu.actions()
    assert action.text() == "Rename or &Join “Vučić”…"
    action.trigger()
    assert asked == [(False, "Vučić")]


def test_the_dialog_says_join_or_rename_and_takes_a_name_from_its_list(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.core.names import name_counts

    events = _serbia_kosovo().events
    dialog = JoinNamesDialog(name_counts(events, False), name_counts(events, True),
                             name="Vucic")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.name() == "Vučić"
    # a surname alone: the one full name that ends with it is proposed, not joined unasked
    assert dialog.into() == "Aleksandar Vucic" and dialog.is_join()
    assert mnemonic_clashes(dialog) == {} and unnamed_tab_stops(dialog) == []
    dialog.choose("Vučić", "Aleksandar Vučić")
    assert dialog.is_join() and dialog.ok_button.text() == "&Join"
    assert "one lane and one Filters row" in dialog.hint.text()
    dialog.choose("Vučić", "Aleksandar  Vučić ")  # spaces collapsed, as the lane writes it
    assert dialog.into() == "Aleksandar Vučić"
    dialog.choose("Vučić", "President Vučić")
    assert not dialog.is_join() and dialog.ok_button.text() == "&Rename"
    dialog.choose("Vučić", "Vučić")
    assert not dialog.ok_button.isEnabled()
    at = dialog.into_combo.findData("Serbia")
    dialog.into_combo.setCurrentIndex(at)  # ↓ in the list: the name alone, not its count
    assert dialog.into() == "Serbia"
    dialog.places_button.setChecked(True)
    assert dialog.by_place() and dialog.name() == ""  # none known as one: none ticked


def test_a_name_typed_and_completed_inline_is_said_as_the_name_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    """verify47 F21: typing "United Kingdom" into Into completed inline to the list's
    "United Kingdom (2 events)", and the line under the fields said "“Britain” (3 events),
    “United Kingdom” (2 events) become “United Kingdom (2 events)” in every event" (the
    rename itself was right)."""
    from timeline_app.core.names import name_counts

    events = [Event("b1", "Talks", FuzzyDate.of_ymd(2025, 3, 1), participants=("Britain",)),
              Event("b2", "Call", FuzzyDate.of_ymd(2025, 4, 1), participants=("Britain",)),
              Event("b3", "Visit", FuzzyDate.of_ymd(2025, 5, 1), participants=("Britain",)),
              Event("u1", "Summit", FuzzyDate.of_ymd(2025, 6, 1),
                    participants=("United Kingdom",)),
              Event("u2", "Treaty", FuzzyDate.of_ymd(2025, 7, 1),
                    participants=("United Kingdom",))]
    dialog = JoinNamesDialog(name_counts(events, False), name_counts(events, True),
                             name="Britain")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.into_combo.setEditText("United Kingdom (2 events)")  # as the inline completion
    assert dialog.into() == "United Kingdom"
    assert dialog.is_join()
    assert "becomes “United Kingdom”:" in dialog.hint.text()
    assert "(2 events)”" not in dialog.hint.text()
