"""Session 12, branch ui13: defects fresh users found in the window, the import review
and the exports (vfix12's, ux12's and trial12's reports)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def _settle(qtbot, rounds: int = 10) -> None:  # type: ignore[no-untyped-def]
    for _ in range(rounds):
        QApplication.processEvents()
        qtbot.wait(5)


def test_the_current_view_picture_counts_the_events_it_shows(window, qtbot,  # type: ignore[no-untyped-def]
                                                             picture_subtitles):
    """vfix12's report: the header of a picture of the current view said "8 events" (the
    whole timeline) over a picture of two of them; its "+N" count already was the
    picture's own."""
    from timeline_app.core.dates import day_number

    view = window.view
    window.resize(1024, 700)
    _settle(qtbot)
    view.show_range(day_number(2025, 1, 1), day_number(2025, 4, 30))
    _settle(qtbot)
    first, last = view.visible_days()
    inside = [e for e in window.document.timeline
              if e.day_range()[0] <= last and e.day_range()[1] > first]
    assert 0 < len(inside) < len(window.document.timeline)
    assert window.export_picture("PNG", whole=False)
    subtitle = picture_subtitles[-1]
    assert f"{len(inside)} of the timeline’s {len(window.document.timeline)} events" in subtitle, \
        subtitle
    # Under a filter: the events in view, then the filter's words.
    window.find_state.toggle_category("meeting")
    _settle(qtbot)
    shown = [e for e in inside if e.category != "meeting"]
    assert window.export_picture("PNG", whole=False)
    subtitle = picture_subtitles[-1]
    assert subtitle.split(" · ")[1] == f"{len(shown)} event{'s' * (len(shown) != 1)} in view", \
        subtitle
    assert "events shown (filter:" in subtitle
