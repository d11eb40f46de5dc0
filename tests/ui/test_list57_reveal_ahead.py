"""Issue 11 (the Events list's keys at 100 000 rows ≤ 8 ms), session 56, list57: the views
the list's next PageDown and End would reveal, laid out while the app waits.

At Fit All of a crowded timeline every lane is a density; the first PageDown (and End)
selects an event a density draws no title of, and ``MainWindow.reveal_event`` zooms in
on it: the zoom's probe (``zoom_steps_to_item``) and the zoomed view's layout were made
in the key's frame.  After a pause they are made before the key (``view_reveal``) and
the key finds them; the lanes' rows-or-density decisions that work made are taken back
until a key uses it, so a key it did not guess (End first) shows what it showed before.

These tests count calls (never time), and compare the screen with a fresh paint.
"""

from __future__ import annotations

import dataclasses
import time

import numpy as np
import pytest
from PySide6.QtCore import Qt
from test_list53_keys import _afresh, _frame, _key, _shown
from test_list56_first_key import _crowded
from test_view_ride import _on_screen

from timeline_app.ui.timeline_view import TimelineView


def _rested(view: TimelineView) -> None:
    """The pause before a key: the view's picture timer fires and what it starts while
    the app waits runs out (its picture, the views beside it, the pieces, the reveals)."""
    view._picture_timer.timeout.emit()
    for _ in range(2000):
        _frame()
        if not any(timer.isActive() for timer in (
                view._ahead_timer, view._pieces_timer, view._reveal_timer)):
            break
        time.sleep(0.002)  # (the reveals wait for the view's own work on a timer)


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The layouts (``_compute_layout``) and probes (``_probe_zoom_steps``) made."""
    calls: list[str] = []
    compute, probe = TimelineView._compute_layout, TimelineView._probe_zoom_steps

    def computed(self):  # type: ignore[no-untyped-def]
        calls.append("layout")
        return compute(self)

    def probed(self, *args):  # type: ignore[no-untyped-def]
        calls.append("probe")
        return probe(self, *args)

    monkeypatch.setattr(TimelineView, "_compute_layout", computed)
    monkeypatch.setattr(TimelineView, "_probe_zoom_steps", probed)
    return calls


@pytest.mark.parametrize("key", [Qt.Key.Key_PageDown, Qt.Key.Key_End])
def test_the_first_key_after_a_pause_finds_its_probe_and_layout_made(window, made, key):  # type: ignore[no-untyped-def]
    ids = _crowded(window)
    view, table = window.view, window.event_list
    _rested(view)
    assert len(view._reveal_layouts) == 2  # PageDown's view and End's
    made.clear()
    _key(table, key)
    wanted = ids[0] if key == Qt.Key.Key_PageDown else ids[-1]
    assert window.selection.event_id == wanted
    assert view.has_item(wanted)  # (zoomed in: Fit All drew it in a density)
    # main probed the zooms and laid the zoomed view out in the key's frame
    assert "probe" not in made and "layout" not in made
    _shown(window, view)
    assert (_on_screen(view) != _afresh(view)).sum() == 0


def test_the_reveals_are_prepared_only_for_the_list_in_focus(window):  # type: ignore[no-untyped-def]
    _crowded(window)
    view = window.view
    window.view.setFocus()
    _frame()
    _rested(view)
    assert not view._reveal_layouts and not view._probes


def _end_first(window, prepared: bool) -> tuple[np.ndarray, dict[object, dict[str, bool]]]:  # type: ignore[no-untyped-def]
    """End pressed first after a pause on the crowded timeline, the reveals prepared or
    not: the screen, and the lanes' decisions then."""
    _crowded(window)
    view = window.view
    window.selection.select(None)  # (no current row: as the file opened)
    window.event_list.selectionModel().clearCurrentIndex()
    _frame()
    if not prepared:
        view.set_reveal_candidates(None)
    _rested(view)
    _key(window.event_list, Qt.Key.Key_End)
    _shown(window, view)
    screen = _on_screen(view)
    modes = {zoom: dict(modes) for zoom, modes in view._lane_modes.items()}
    assert bool(view._reveal_layouts) == prepared  # (PageDown's view, not used)
    view.set_reveal_candidates(window._next_reveals, 4.0, 8)
    return screen, modes


def test_work_ahead_leaves_the_lanes_decisions_to_the_key(window):  # type: ignore[no-untyped-def]
    view = window.view
    _crowded(window)
    before = {zoom: dict(modes) for zoom, modes in view._lane_modes.items()}
    _rested(view)
    assert view._reveal_layouts
    # Its decisions are kept with what it made, not in the view's: End pressed first
    # decides its zoom's lanes from its own view, as without the work ahead.
    after = view._lane_modes
    zooms = {key[2] for key in view._reveal_layouts}
    assert all(not after.get(zoom) or after[zoom] == before.get(zoom)
               for zoom in after if isinstance(zoom, tuple) and zoom[0] in zooms)
    plain, plain_modes = _end_first(window, prepared=False)
    ahead, ahead_modes = _end_first(window, prepared=True)
    assert (plain != ahead).sum() == 0
    assert ahead_modes == plain_modes


def test_an_edit_after_the_work_ahead_drops_it(window, made):  # type: ignore[no-untyped-def]
    ids = _crowded(window)
    view, table = window.view, window.event_list
    _rested(view)
    assert view._reveal_layouts
    event = window.document.timeline.get(ids[1])
    window.document.update_event(dataclasses.replace(event, title="The second round, renamed"))
    _frame()
    made.clear()
    _key(table, Qt.Key.Key_PageDown)
    assert window.selection.event_id == ids[0] and view.has_item(ids[0])
    assert "layout" in made  # (the contents changed: made again, in the key)
    _shown(window, view)
    assert (_on_screen(view) != _afresh(view)).sum() == 0
    window.document.undo_stack.setClean()  # (closed without asking to save)
