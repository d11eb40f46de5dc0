"""After Move to Lane ▸ (New Lane… or a lane) the view shows the moved event in its lane,
as after the editor's OK (verify20 F8: moved to a new lane at the bottom of a short window,
the event was off screen and the view stayed where it was)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from timeline_app.ui import lane_dialog


def test_an_event_moved_to_a_new_lane_is_shown(window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    window.resize(1000, 420)
    QApplication.processEvents()
    view = window.view
    first = window.document.timeline.events[0].id
    window.selection.select(first)
    view.show_event(first)
    QApplication.processEvents()
    names = iter(f"Zz lane {n}" for n in range(1, 20))
    monkeypatch.setattr(lane_dialog, "ask_lane_name", lambda *_a: next(names))
    for _ in range(6):  # new lanes until the event's lane is below the view
        moves = window._lane_moves()
        moves.new_lane()
        QApplication.processEvents()
        rect = view.marker_rect(first)
        assert not rect.isNull()
        assert view.viewport().rect().toRectF().contains(rect), (rect, view.viewport().rect())
    moves = window._lane_moves()
    moves.move(moves.lanes[0])
    QApplication.processEvents()
    assert view.viewport().rect().toRectF().contains(view.marker_rect(first))
