"""A title cut right of its marker reads left of it where its row is free there, keeps
that side on a pan past Fit All, and never runs past the view's left edge (verify75 F12).

Session 57's view74 moved such a title left of its marker and was taken out at the merge:
decided against the view's left edge, the title swapped sides back on a pan past Fit
All (``test_view65_titles_stay_on_pan``'s rule); decided against Fit All's left edge moved
(``width - strip_end`` at any zoom), it ran past the view's left edge on a pan and near
that edge (``test_no_label_is_cut_by_the_viewport_on_the_default_timeline``).  Now the
side is the scene's (Fit All's left edge where the view shows Fit All moved:
``TimelineView._fit_left_edge``) and the cut the view's (shortened at its left edge,
``_to_the_freer_side``).  The river commission is ``test_view74_title_sides_verify75``'s.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.test_view74_title_sides_verify75 import LONG, _items, _river
from timeline_app.ui.view_base import PAN_MODIFIERS


def _left_of_marker(item) -> bool:  # type: ignore[no-untyped-def]
    lx, _ly, lw, _lh = item.label_box
    return lx + lw <= item.marker_box[0] + 0.5


def _pan_right(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    origin = view._origin
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right, PAN_MODIFIERS)
    qtbot.waitUntil(lambda: view._origin != origin)
    qtbot.wait(200)


def test_a_title_cut_on_the_right_reads_on_the_free_left(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_river(), size=(900, 500))
    width = view.viewport().width()
    item = _items(view)["charter"]
    mx, _my, mw, _mh = item.marker_box
    lx, _ly, lw, _lh = item.label_box
    assert view._measure_label(LONG) > width - (mx + mw), "the premise: cut on the right"
    assert mx < width / 2 + 60, "the premise: more room on the left"
    assert _left_of_marker(item), (item.label, item.label_box, item.marker_box)
    # More of it than the right could show, and it ends at its marker
    assert lw > width - (mx + mw), item.label
    assert abs(mx - 6.0 - (lx + lw)) < 1.0
    assert lx >= 0.0


def test_a_moved_title_keeps_its_side_on_a_pan_past_fit_all(qtbot, shown_view):  # type: ignore[no-untyped-def]
    """verify66 F12's rule: a pan past Fit All shows its titles moved, not dealt again
    (view74's own test, which its first rule failed)."""
    view = shown_view(_river(), size=(900, 500))
    item = _items(view)["charter"]
    assert _left_of_marker(item)  # left at Fit All
    label = item.label
    _pan_right(view, qtbot)
    width = view.viewport().width()
    assert view._titles_right_edge(view._origin, width) < width, "past Fit All's room"
    moved = _items(view)["charter"]
    assert _left_of_marker(moved), moved.label
    # its words as at Fit All, or their start shortened at the view's left edge
    assert moved.label == label or label.startswith(moved.label[:-1]), moved.label
    assert moved.label_rect.left() >= -0.5


def test_a_moved_title_is_shortened_at_the_view_s_left_edge_not_past_it(
        qtbot, shown_view):  # type: ignore[no-untyped-def]
    """The view at Fit All's scale moved right until the title's marker nears the
    view's left edge (a pan past Fit All, as far as the whole suite's sweep goes): its
    title stays left of its marker, ends there, and starts inside the view, shortened
    there, then not shown once under ``EDGE_TITLE_LEAST_PX``."""
    view = shown_view(_river(), size=(900, 500))
    item = _items(view)["charter"]
    assert _left_of_marker(item)
    fitted, ppd = item.label, view._px_per_day
    seen_cut = False
    for marker_x in (300.0, 200.0, 120.0, 60.0, 20.0):
        # (the origin is clamped a little past the data's end: the marker gets as near
        # the left edge as a pan can take it)
        view._set_origin(view._fit_after[5] + (item.marker_box[0] - marker_x) / ppd)
        width = view.viewport().width()
        assert view._px_per_day == ppd
        assert view._titles_right_edge(view._origin, width) < width, "past Fit All"
        for lane in view._layout().lanes:
            for other in lane.items:
                if other.label:
                    assert other.label_rect.left() >= -0.5, (other.event_id, other.label)
                    assert other.label_rect.right() <= width + 0.5, other.label
        moved = _items(view)["charter"]
        if moved.label:
            assert _left_of_marker(moved), (moved.label, moved.label_box, moved.marker_box)
            lx, _ly, lw, _lh = moved.label_box
            assert moved.marker_box[0] - (lx + lw) < 8.0  # (it ends at its marker)
            if moved.label != fitted:
                seen_cut = True  # (shortened at the view's left edge)
                assert fitted.startswith(moved.label[:-1]), moved.label
    assert seen_cut, "the premise: the title reached the view's left edge"


def test_a_zoom_past_the_data_end_keeps_moved_titles_inside_the_view(
        qtbot, shown_view):  # type: ignore[no-untyped-def]
    """The whole suite's failure: at a zoom other than Fit All's, showing past the
    data's end, view74 decided the side against ``width - strip_end`` (no edge of that
    view) and drew the title hundreds of px left of the view."""
    import datetime as _dt

    from timeline_app.ui.scale import day_number

    view = shown_view(_river(), size=(900, 500))
    start = day_number(_dt.date(1994, 1, 1))
    for span in (20000.0, 8000.0, 3000.0):
        for share in (0.02, 0.3, 0.6):
            view.go_to_days(start - span * share, start + span * (1 - share))
            width = view.viewport().width()
            cut = [(item.event_id, item.label) for lane in view._layout().lanes
                   for item in lane.items if item.label and (
                       item.label_rect.left() < -0.5 or item.label_rect.right() > width + 0.5)]
            assert not cut, (span, share, cut)
