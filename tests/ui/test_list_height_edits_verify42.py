"""The Events list keeps its height across edits made at any zoom (verify42 F13/F12).

A fact-checker's list went 3 -> 10 -> 4 -> 10 rows as they merged events: each edit's fit
measured the lanes at the zoom of the moment, so a merge made while zoomed into a quiet
stretch (a row a lane) gave the list 10 rows, and the busy week looked at next scrolled,
its titles cut to ``MIN_LABEL_PX``.  Now an edit gives the list no more room than the fits
since the window, its panels or the file changed gave it (``_fit_list_to_timeline``): it
grows only for rows of its own into room the lanes never needed."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline

PNG_DIR = Path(os.environ.get("FIX63_PNG", "/work/coord/png"))


def _keep(window, name: str) -> None:  # type: ignore[no-untyped-def]
    if PNG_DIR.is_dir():
        window.grab().save(str(PNG_DIR / f"fix63-{name}.png"))


def _settled(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.list_fit_pending())
    for _ in range(4):  # the fit runs after the repaints it waits for
        qtbot.wait(30)
        QApplication.processEvents()


def _day(year: int, month: int, day: int) -> FuzzyDate:
    return FuzzyDate.of_day(_dt.date(year, month, day))


def _talks() -> Timeline:
    """Seven background events years apart, then 21 of one fortnight's truce talks, up to
    four a day in a lane."""
    background = [Event(f"b{year}", f"Background step of {year}", _day(year, 4, 10),
                        category=category)
                  for year, category in ((1997, "policy"), (2005, "treaty"),
                                         (2011, "event"), (2019, "dispute"),
                                         (2021, "dispute"), (2023, "meeting"),
                                         (2024, "dispute"))]
    lanes = ("meeting", "treaty", "statement", "meeting", "visit", "treaty", "meeting")
    talks = [Event(f"t{i}", f"Delegations of both parties hold round {i} of the talks",
                   _day(2026, 11, 23 + i // 3), category=lanes[i % len(lanes)])
             for i in range(21)]
    return Timeline.from_events(background + talks)


def _opened(window, qtbot, tmp_path, timeline):  # type: ignore[no-untyped-def]
    from timeline_app.io import native

    path = tmp_path / "talks.json"
    native.save(timeline, path)
    window.open_path(str(path), background=False)
    qtbot.waitUntil(lambda: window.document.path == str(path))
    window.size_to(1300, 820)
    _settled(window, qtbot)


def test_an_edit_in_a_quiet_stretch_leaves_the_list_as_it_was(window, qtbot, tmp_path):
    _opened(window, qtbot, tmp_path, _talks())
    view, listed = window.view, window.event_list
    busy = (_dt.date(2026, 11, 21).toordinal(), _dt.date(2026, 12, 2).toordinal())
    view.show_range(*busy)
    _settled(window, qtbot)
    height = listed.height()
    scrolled = view.verticalScrollBar().maximum()
    _keep(window, "1-busy")
    view.show_range(_dt.date(2023, 2, 1).toordinal(), _dt.date(2023, 6, 1).toordinal())
    _settled(window, qtbot)
    _keep(window, "2-quiet")
    event = window.document.timeline.get("b2023")
    window.document.update_event(dataclasses.replace(event, title="Background, corrected"))
    _settled(window, qtbot)
    _keep(window, "3-quiet-edited")
    assert abs(listed.height() - height) <= 2  # was 8 rows, then 10.9
    view.show_range(*busy)
    _settled(window, qtbot)
    _keep(window, "4-busy-again")
    assert view.verticalScrollBar().maximum() <= scrolled  # the lanes as before the edit
    # undone and redone there: the same list again
    window.document.undo_stack.undo()
    _settled(window, qtbot)
    window.document.undo_stack.redo()
    _settled(window, qtbot)
    assert abs(listed.height() - height) <= 2


def test_a_short_timelines_list_stays_short_after_an_edit_elsewhere(window, qtbot,
                                                                   tmp_path):
    """The default timeline at 1024×700 leaves the list three rows beside six lanes; an
    edit while zoomed into 1965 (one event) gave it more, the lanes of Fit All then
    scrolled."""
    window.size_to(1024, 700)
    _settled(window, qtbot)
    view, listed = window.view, window.event_list
    height = listed.height()
    assert view.verticalScrollBar().maximum() == 0
    view.show_range(_dt.date(1965, 3, 1).toordinal(), _dt.date(1965, 9, 1).toordinal())
    _settled(window, qtbot)
    event = window.document.timeline.get("normalization-1965")
    window.document.update_event(dataclasses.replace(event, title=event.title + " (Tokyo)"))
    _settled(window, qtbot)
    assert abs(listed.height() - height) <= 2
    view.fit_all()
    _settled(window, qtbot)
    assert view.verticalScrollBar().maximum() == 0  # every lane still in view


def test_another_way_of_lanes_fits_the_list_again(window, qtbot):
    """View → Lanes By is a view of its own: its lanes' need fits the list afresh, and
    back by category the list is as it was (not kept at the participants' lanes' least)."""
    window.size_to(1280, 820)
    _settled(window, qtbot)
    listed = window.event_list
    height = listed.height()
    window.set_lanes_by("participant")
    _settled(window, qtbot)
    window.set_lanes_by("category")
    _settled(window, qtbot)
    assert abs(listed.height() - height) <= 2


def test_the_find_bar_or_the_filters_opened_in_a_quiet_stretch_leave_the_list(
        window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """Opening the Find bar or the Filters fits the list again (they share the window's
    height); measured in a quiet stretch, the lanes needed little and the list grew, the
    busy week's lanes then scrolled.  The lanes need what they needed at any fit since the
    file (or the way of lanes, or the window's width) changed."""
    _opened(window, qtbot, tmp_path, _talks())
    view, listed = window.view, window.event_list
    view.show_range(_dt.date(2026, 11, 21).toordinal(), _dt.date(2026, 12, 2).toordinal())
    window.open_find()  # (a fit for the busy week, with the bar)
    _settled(window, qtbot)
    height = listed.height()
    window.find_bar.close_bar()
    _settled(window, qtbot)
    view.show_range(_dt.date(2023, 2, 1).toordinal(), _dt.date(2023, 6, 1).toordinal())
    window.open_find()
    _settled(window, qtbot)
    _keep(window, "5-quiet-find")
    assert listed.height() <= height + 2  # grew by 30 px (196 -> 226) before
    filters = next(a for a in window.menuBar().actions() if a.text() == "F&ind").menu()
    next(a for a in filters.actions() if a.text() == "Fil&ters").trigger()
    _settled(window, qtbot)
    assert listed.height() <= height + 2
