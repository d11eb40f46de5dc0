"""verify47 F21: the same state under two names ("Britain" 3 / "United Kingdom" 2; "IAEA" /
"International Atomic Energy Agency") split lanes and filters and nothing said so; Join
Names opened with the selected event's participant ticked, which had to be unticked.  The
dialog now offers the names known to be one actor (``extract.state_names.same_actor_names``)
and ticks the busiest pair, proposing the name to keep; nothing is renamed before Join."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_join_names import row_menu_asking
from timeline_app.core import Event, FuzzyDate
from timeline_app.core.names import name_counts
from timeline_app.extract.state_names import same_actor_names
from timeline_app.ui.join_names import JoinNamesDialog
from timeline_app.ui.keyboard_audit import mnemonic_clashes, unnamed_tab_stops


def _events() -> list[Event]:
    people = [("Britain", "Steve Witkoff"), ("Britain",), ("Britain", "IAEA"),
              ("United Kingdom",), ("United Kingdom", "International Atomic Energy Agency"),
              ("Steve Witkoff", "Iran")]
    return [Event(f"e{n}", f"Event {n}", FuzzyDate.of_ymd(2025, n + 1, 1), participants=p)
            for n, p in enumerate(people)]


def test_names_known_as_one_state_or_body() -> None:
    assert same_actor_names(["Britain", "Iran", "IAEA", "United Kingdom",
                             "International Atomic Energy Agency", "Steve Witkoff"]) == [
        ("United Kingdom", "Britain"), ("International Atomic Energy Agency", "IAEA")]
    # "Congo" names two states; "UN Security Council" is not the United Nations
    assert same_actor_names(["Congo", "DR Congo", "United Nations",
                             "UN Security Council"]) == []
    assert same_actor_names(["ICJ", "International Court of Justice"]) == [
        ("International Court of Justice", "ICJ")]


def test_join_names_ticks_the_known_pair_and_proposes_the_state_s_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    events = _events()
    dialog = JoinNamesDialog(name_counts(events, False), name_counts(events, True))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert set(dialog.names()) == {"Britain", "United Kingdom"}  # not "Steve Witkoff"
    assert dialog.into() == "United Kingdom" and dialog.is_join()
    assert dialog.ok_button.text() == "&Join"
    assert dialog.known_combo.count() == 2 and dialog.known_combo.isVisibleTo(dialog)
    assert "“Britain” (3)" in dialog.known_combo.itemText(0)
    assert mnemonic_clashes(dialog) == {} and unnamed_tab_stops(dialog) == []
    # Alt+K: the known spellings, ↓ chooses the next pair
    dialog.activateWindow()  # for its mnemonics (the offscreen platform activates none)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_K,
                   Qt.KeyboardModifier.AltModifier)
    assert dialog.known_combo.hasFocus()
    dialog.known_combo.setCurrentIndex(1)
    dialog.known_combo.activated.emit(1)  # as ↓ and Enter in the list
    assert set(dialog.names()) == {"IAEA", "International Atomic Energy Agency"}
    assert dialog.into() == "International Atomic Energy Agency"


def test_without_a_known_pair_nothing_is_ticked(qtbot) -> None:  # type: ignore[no-untyped-def]
    events = [Event("w", "Talks", FuzzyDate.of_ymd(2025, 1, 1),
                    participants=("Steve Witkoff", "Iran"))]
    dialog = JoinNamesDialog(name_counts(events, False), name_counts(events, True))
    qtbot.addWidget(dialog)
    assert dialog.names() == () and not dialog.ok_button.isEnabled()
    assert not dialog.known_combo.isVisibleTo(dialog)


def test_a_lane_s_name_that_is_a_known_spelling_proposes_the_state_s_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    events = _events()
    dialog = JoinNamesDialog(name_counts(events, False), name_counts(events, True),
                             name="Britain")
    qtbot.addWidget(dialog)
    assert dialog.names() == ("Britain",)
    assert dialog.into() == "United Kingdom" and dialog.is_join()


def test_a_filters_row_of_a_known_spelling_offers_to_join_it(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, monkeypatch) -> None:
    for event in _events():
        window.document.add_event(event)
    menu, asked = row_menu_asking(window, qtbot, monkeypatch, "Britain")
    entry = next(a for a in menu.actions() if a.text().startswith("Join &With"))
    assert entry.text() == "Join &With “United Kingdom”…"
    entry.trigger()
    assert asked == [(False, ("United Kingdom", "Britain"))]
    menu, _ = row_menu_asking(window, qtbot, monkeypatch, "Steve Witkoff")
    assert not any(a.text().startswith("Join &With") for a in menu.actions())


def test_a_participant_lane_of_a_known_spelling_offers_to_join_it(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, monkeypatch) -> None:
    from timeline_app.ui import context_menu, join_names

    for event in _events():
        window.document.add_event(event)
    window.set_lanes_by("participant")
    shown = []
    monkeypatch.setattr(context_menu, "popup", lambda menu, _at: shown.append(menu))
    asked = []
    monkeypatch.setattr(join_names, "ask_join_names",
                        lambda *args: asked.append(args[3:]) or None)
    view = window.view
    window._show_context_menu_at(view, view.lane_name_rect("IAEA").center().toPoint())
    entry = next(a for a in shown[-1].actions() if a.text().startswith("Join &With"))
    assert entry.text() == "Join &With “International Atomic Energy Agency”…"
    entry.trigger()
    assert asked == [(False, ("International Atomic Energy Agency", "IAEA"))]
    window._show_context_menu_at(view, view.lane_name_rect("Iran").center().toPoint())
    assert not any(a.text().startswith("Join &With") for a in shown[-1].actions())
