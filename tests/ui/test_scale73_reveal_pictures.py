"""Issue 11 (the Events list's keys at 100 000 rows ≤ 8 ms), session 65, scale73: the views
the list's next PageDown and End would reveal, painted while the app waits.

list57 laid those views out ahead (``view_reveal``); the key's frame still painted the new
view whole (~12 of the first PageDown's 20 ms of CPU at 100 000 events after a pause).  Now
each is painted too, at the lanes' scroll the key's reveal will leave, and the key's frame
copies it.  These tests count paints (never time) and compare the screen with a fresh
paint; the scroll bar and the lanes' decisions are left as they were by the work ahead.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_list53_keys import _afresh, _frame, _key, _shown
from test_list56_first_key import _crowded
from test_list57_reveal_ahead import _rested
from test_view_ride import _on_screen

from timeline_app.ui.timeline_view import TimelineView


@pytest.fixture
def painted(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each whole or strip paint of the view (``_paint``): True for a picture's."""
    calls: list[bool] = []
    paint = TimelineView._paint

    def counted(self, painter, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(bool(kwargs.get("picture", args[0] if args else False)))
        return paint(self, painter, *args, **kwargs)

    monkeypatch.setattr(TimelineView, "_paint", counted)
    return calls


@pytest.mark.parametrize("key", [Qt.Key.Key_PageDown, Qt.Key.Key_End])
def test_the_first_key_after_a_pause_copies_its_view_painted_ahead(window, painted, key):  # type: ignore[no-untyped-def]
    ids = _crowded(window)
    view, table = window.view, window.event_list
    vbar = view.verticalScrollBar()
    before = (vbar.value(), vbar.maximum(), vbar.isEnabled())
    modes = {zoom: dict(kept) for zoom, kept in view._lane_modes.items()}
    _rested(view)
    assert len(view._reveal_pictures) == 2  # PageDown's view and End's
    # (the work ahead put the bar and the lanes' decisions back)
    assert (vbar.value(), vbar.maximum(), vbar.isEnabled()) == before
    assert {zoom: dict(kept) for zoom, kept in view._lane_modes.items()} == modes
    painted.clear()
    _key(table, key)
    wanted = ids[0] if key == Qt.Key.Key_PageDown else ids[-1]
    assert window.selection.event_id == wanted and view.has_item(wanted)
    assert not painted  # (main painted the zoomed view whole in the key's frame)
    assert len(view._reveal_pictures) == 1  # (the other key's, until the next stay)
    _shown(window, view)
    assert (_on_screen(view) != _afresh(view)).sum() == 0


def test_a_scroll_not_foreseen_leaves_the_picture_unused(window, painted):  # type: ignore[no-untyped-def]
    ids = _crowded(window, lanes=6)
    view, table = window.view, window.event_list
    _rested(view)
    assert view._reveal_pictures
    keys = set(view._reveal_pictures)
    # The lanes scrolled after the work ahead, and the key comes before the next stay
    # prepares again: the reveal leaves another scroll than the one painted for, or the
    # same; either way the screen is the key's view.
    vbar = view.verticalScrollBar()
    vbar.setValue(vbar.maximum())
    _frame()
    _key(table, Qt.Key.Key_End)
    assert window.selection.event_id == ids[-1]
    if view._frame_cache is not None and view._frame_cache[0] not in keys:
        assert painted  # (painted in the key, as before)
    _shown(window, view)
    assert (_on_screen(view) != _afresh(view)).sum() == 0


def test_no_picture_ahead_while_the_timeline_has_the_focus(window):  # type: ignore[no-untyped-def]
    _crowded(window)
    view = window.view
    view.setFocus()
    _frame()
    _rested(view)
    assert not view._reveal_pictures and not view._reveal_paints


def test_an_edit_drops_the_pictures_painted_ahead(window):  # type: ignore[no-untyped-def]
    import dataclasses

    ids = _crowded(window)
    view, table = window.view, window.event_list
    _rested(view)
    assert view._reveal_pictures
    event = window.document.timeline.get(ids[0])
    window.document.update_event(dataclasses.replace(event, title="The first round, renamed"))
    _frame()
    assert not view._reveal_pictures
    _key(table, Qt.Key.Key_PageDown)
    _shown(window, view)
    assert (_on_screen(view) != _afresh(view)).sum() == 0
    window.document.undo_stack.setClean()  # (closed without asking to save)


def test_a_view_whose_headers_the_key_changes_is_painted_with_them(window, painted):  # type: ignore[no-untyped-def]
    # At this height End's view at the data's end wants the lanes without their header
    # rows (``_compact_lanes``), where the view on screen has them: its picture is painted
    # with the headers End will choose, and kept across End's change of them (a new
    # ``_frame_generation``); PageDown's, painted with the headers of the view on screen,
    # can no longer be shown then and goes.
    window.resize(1400, 700)
    _frame()
    ids = _crowded(window, lanes=3)
    view = window.view
    _rested(view)
    headers = view._compact_lanes
    assert sorted(kept[1] for kept in view._reveal_pictures.values()) == sorted(
        [headers, not headers])
    generation = view._frame_generation
    painted.clear()
    _key(window.event_list, Qt.Key.Key_End)
    assert window.selection.event_id == ids[-1]
    assert view._compact_lanes is not headers and view._frame_generation > generation
    assert not painted  # (the picture painted with the new headers, copied)
    assert not view._reveal_pictures
    _shown(window, view)
    assert (_on_screen(view) != _afresh(view)).sum() == 0
