"""An era is not an event to step to or merge into (verify67 F1): → / Shift+→ / Home / End
step over eras from an event (from a selected era, → goes to the next era), Merge Selected
Events is disabled for a selection of eras and events, its status tip and Ctrl+M saying
why, and Details lists an era with its span, marked an era."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate
from timeline_app.ui import prompts

ERA, ANNEXED, FIRST = "era-colonial", "annexation-1910", "normalization-1965"


def _with_era(window) -> None:  # type: ignore[no-untyped-def]
    """The default timeline with an event of 1910 and the era "Colonial period"
    1910–1945 in lane "Era" shown as eras, as the teacher had them."""
    document = window.document
    document.add_event(Event(ANNEXED, "Japan annexes Korea", FuzzyDate.of_year(1910),
                             category="Colonial rule"))
    document.add_event(Event(ERA, "Colonial period", FuzzyDate.of_year(1910),
                             end=FuzzyDate.of_year(1945), category="Era"))
    document.set_era_lane("Era", True)  # (the editor makes a typed "Era" lane one)
    window.view.fit_all()
    QApplication.processEvents()


def _key(window, qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.view, key, modifier)


def test_right_arrow_steps_over_the_era(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _with_era(window)
    window.view.setFocus()
    _key(window, qtbot, Qt.Key.Key_Home)
    assert window.selection.event_id == ANNEXED
    _key(window, qtbot, Qt.Key.Key_Right)
    assert window.selection.event_id == FIRST  # not the era between them
    _key(window, qtbot, Qt.Key.Key_Left)
    assert window.selection.event_id == ANNEXED


def test_shift_right_adds_no_era_to_events(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _with_era(window)
    window.view.setFocus()
    window.selection.select(ANNEXED)
    _key(window, qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert set(window.selection.event_ids) == {ANNEXED, FIRST}


def test_from_a_selected_era_right_goes_to_the_next_era(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _with_era(window)
    window.document.add_event(Event("era-2", "Normalized ties", FuzzyDate.of_year(1965),
                                    end=FuzzyDate.of_year(2025), category="Era"))
    window.view.setFocus()
    window.selection.select(ERA)  # (a click on its title)
    _key(window, qtbot, Qt.Key.Key_Right)
    assert window.selection.event_id == "era-2"
    _key(window, qtbot, Qt.Key.Key_Home)  # Home: the first event, not an era
    assert window.selection.event_id == ANNEXED


def test_merge_is_disabled_for_an_era_and_an_event_and_says_why(window, qtbot,
                                                                monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _with_era(window)
    asked: list[object] = []
    monkeypatch.setattr(prompts, "ask_merge_choices", lambda *a, **k: asked.append(a))
    action = window.merge_selected_action
    window.selection.select_many([ERA, FIRST])
    assert not action.isEnabled()
    assert "“Colonial period” (1910–1945) is an era" in action.statusTip()
    window.view.setFocus()
    _key(window, qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert "is an era" in window.statusBar().currentMessage()
    assert not window.merge_selected()  # (called otherwise: refused, the same words)
    assert window.statusBar().currentMessage().startswith("Cannot merge: “Colonial period”")
    assert not asked and ERA in window.document.timeline and FIRST in window.document.timeline
    window.selection.select_many([ANNEXED, FIRST])  # events alone merge as before
    assert action.isEnabled()
    assert not window._merge_refusal.isEnabled()  # (never two enabled shortcuts Ctrl+M)


def test_details_lists_the_era_with_its_span(window) -> None:  # type: ignore[no-untyped-def]
    _with_era(window)
    window.selection.select_many([ERA, FIRST])
    QApplication.processEvents()
    text = window.detail_pane.toPlainText()
    assert "1910–1945 — Colonial period (an era)" in text
    assert "June 1965 — South Korea and Japan normalize" in text
