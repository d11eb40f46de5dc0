"""Issue 11 (the Events list's keys at 100 000 rows ≤ 8 ms), session 54, list56: the first
key from Fit All, and End.

At 100 000 events Fit All draws every lane as a density.  The first key in the Events list
selects the first event, which a density draws no title of: ``MainWindow.reveal_event``
zooms in until it is an item of its own (content 816 → 1 508 rows tall: a new view, laid
out and painted whole, as users expect of a reveal).  Two costs of that frame were work
done twice or done late:

- the zoom's probe (``zoom_steps_to_item``) packs the event's lane at the zoom it finds,
  and the zoom's layout packed it again (``LayoutMixin._probed_packing`` now hands it on);
- the rounded pieces markers, badges and indicators are copied from
  (``RoundedPieces``) were made in that frame, 121 of them, because Fit All's densities
  had drawn none (``_start_pieces_ahead`` now makes them while the app waits).

These tests count calls (never time), and check the screen against a fresh paint.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from test_list53_keys import _afresh, _frame, _key, _shown
from test_view_ride import _on_screen

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.timeline_view import TimelineView


def _crowded(window, lanes: int = 3, days: int = 1500, per_day: int = 3) -> list[str]:  # type: ignore[no-untyped-def]
    """``per_day`` talks a day over ``days`` days in ``lanes`` lanes, so many that Fit All
    draws every lane as a density (more than ``WORLD_EAGER_EVENTS``); their ids in date
    order.  The Events list focused, with no current row."""
    first = dt.date(2015, 1, 5).toordinal()
    events = [Event(f"e{i:05}", f"Round {i} of the talks on the border",
                    FuzzyDate.of_day(dt.date.fromordinal(first + i // per_day)),
                    category=f"Track {i % lanes}")
              for i in range(days * per_day)]
    window.document.replace_timeline(Timeline.from_events(events), None)
    view = window.view
    view.fit_all()
    _frame()
    assert all(lane.dense for lane in view._layout().lanes)
    window.event_list.setFocus()
    _frame()
    return [event.id for event in events]


def _rested(view: TimelineView) -> None:
    """The pause before a key: the view's picture timer fires and what it starts while the
    app waits runs out (its picture, ``_prepare_sides``' pictures, the pieces made ahead)."""
    view._picture_timer.timeout.emit()
    for _ in range(500):
        _frame()
        if not view._ahead_timer.isActive() and not getattr(
                view, "_pieces_timer", view._ahead_timer).isActive():
            break


@pytest.fixture
def packs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    """The lanes' packings made (``LayoutMixin._pack_by_stretch``: a lane of rows' one
    call), each as what it packed (its items' keys and places, and its rows)."""
    made: list[tuple[object, ...]] = []
    pack = TimelineView._pack_by_stretch
    # Lanes packed by ``pack_lane``, not from the world's chunks, as at 100 000 events at
    # a zoom not rested at yet (here the chunks are packed at once: ``_world_lane_ready``)
    monkeypatch.setattr(TimelineView, "_world_beyond_the_right",
                        lambda self: False)

    def counted(self, items, max_rows, *args, **kwargs):  # type: ignore[no-untyped-def]
        made.append((max_rows, *((item.key, item.x0, item.x1) for item in items)))
        return pack(self, items, max_rows, *args, **kwargs)

    monkeypatch.setattr(TimelineView, "_pack_by_stretch", counted)
    return made


def test_the_first_key_from_fit_all_packs_each_lane_of_rows_once(window, packs):  # type: ignore[no-untyped-def]
    ids = _crowded(window)
    view, table = window.view, window.event_list
    packs.clear()
    _key(table, Qt.Key.Key_PageDown)
    assert window.selection.event_id == ids[0]
    assert view.has_item(ids[0])  # (zoomed in: Fit All drew it in a density)
    _shown(window, view)
    layout = view._layout()
    rows = [lane for lane in layout.lanes if not lane.dense]
    assert rows
    # Each lane of rows packed once at most (a lane below the rows on screen may wait);
    # main packed the event's lane twice: the probe's zoom, then the zoom's layout.
    assert packs
    assert len(packs) <= len(rows), "a lane packed twice"
    assert (_on_screen(view) != _afresh(view)).sum() == 0


def test_a_probe_s_packing_is_used_only_for_the_very_view(window, packs):  # type: ignore[no-untyped-def]
    ids = _crowded(window)
    view = window.view
    # A probe of a zoom, then another view laid out: the kept packing is not taken for it
    steps = view.zoom_steps_to_item(ids[0], view.day_at(10.0), 4.0, 6)
    assert steps is not None and steps[0] >= 1
    assert view._probe_packs
    view.zoom_by(2.0, anchor_x=10.0)  # (not the zoom the probe tried)
    _frame()
    assert (_on_screen(view) != _afresh(view)).sum() == 0


def test_the_first_key_after_a_pause_makes_no_rounded_piece(window):  # type: ignore[no-untyped-def]
    ids = _crowded(window)
    view, table = window.view, window.event_list
    _rested(view)
    made = view._rounded.made
    _key(table, Qt.Key.Key_PageDown)
    assert window.selection.event_id == ids[0] and view.has_item(ids[0])
    assert any(not lane.dense and lane.badges for lane in view._layout().lanes)
    # main made the pieces of the markers, badges and indicators in this frame
    assert view._rounded.made == made
    assert (_on_screen(view) != _afresh(view)).sum() == 0
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_End, Qt.Key.Key_Home, Qt.Key.Key_Down):
        _key(table, key)
        _shown(window, view)
        assert (_on_screen(view) != _afresh(view)).sum() == 0


def test_pieces_made_ahead_are_the_pieces_a_paint_makes(window):  # type: ignore[no-untyped-def]
    _crowded(window)
    view = window.view
    _rested(view)
    ahead = {key: {k: image.copy() for k, image in style.pieces.items()}
             for key, style in view._rounded._styles.items()}
    assert sum(len(pieces) for pieces in ahead.values()) >= 3 * 4 * 17
    # Made again by a paint (the cache emptied): the same keys give the same pixels.
    view._rounded.clear()
    view._lane_roundeds.clear()
    view._pieces_for = None
    view.zoom_by(16.0, anchor_x=view.viewport().width() / 2)
    _frame()
    _afresh(view)
    again = {key: style.pieces for key, style in view._rounded._styles.items()}
    shared = [(key, k) for key, pieces in again.items() for k in pieces
              if k in ahead.get(key, {})]
    assert shared
    for key, k in shared:
        assert again[key][k] == ahead[key][k], (key, k)
