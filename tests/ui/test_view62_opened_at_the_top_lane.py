"""A timeline opened shows its lanes from the top (verify63 F7: after File → Open of a CSV
export of the timeline on screen, the lanes started at "Policy", the Treaty lane scrolled
out of view above, nothing selected).

The view kept the event it had last shown (``ensure_visible``'s ``_shown_row``: the
Details pane's current event, "Oman hosts secret U.S.-Iran contacts" in the Meeting lane)
across the new document; the CSV held the same events (the same ids) and Fit All gave the
same view, and the Events list, taller for the new file, made the lanes shorter: the view
scrolled the lanes down to keep that event of the file left on screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline

_LANES = ("Treaty", "Policy", "Dispute", "Visit", "Meeting")


def _timeline() -> Timeline:
    """Five lanes of four events a few days apart each (a row each; ids the same in every
    copy)."""
    events = [Event(f"{lane[0]}{n}", f"{lane} event number {n} with a longer title",
                    FuzzyDate.of_day(dt.date(2026, 3 + index, 10 + n)), category=lane)
              for index, lane in enumerate(_LANES) for n in range(4)]
    return Timeline.from_events(events, title="Five lanes")


def _laid_out(window) -> None:  # type: ignore[no-untyped-def]
    for _ in range(4):
        QApplication.processEvents()
    window.view._layout()
    window.view._update_scrollbars()


def test_a_timeline_opened_starts_at_its_top_lane(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    window.resize(1280, 900)
    window.document.replace_timeline(_timeline(), None)
    _laid_out(window)
    bar = view.verticalScrollBar()
    assert bar.value() == 0
    # The last lane's event shown (the Details pane's current one), the lanes at the top
    window.selection.select("M2")
    view.ensure_visible("M2")
    _laid_out(window)
    assert bar.value() == 0
    # The same events opened again (a CSV export of it), nothing selected; the lanes
    # get shorter (the Events list taller for the new file)
    window.selection.select(None)
    window.document.replace_timeline(_timeline(), None)
    _laid_out(window)
    window.resize(1280, 560)
    qtbot.wait(50)
    _laid_out(window)
    assert bar.maximum() > 0  # (the lanes scroll)
    assert bar.value() == 0  # the Treaty lane in view
