"""verify75 F12: titles cut with "…" beside free room, and dates that change sides.

At 1280×800 a 1999 treaty's long title read "… sign their…" right of its marker, cut at
the view's right edge, with the left half of its row empty; with the Filters dock open
it read "The EU, Norway and…".  ``layout._place`` keeps a title right of its marker,
shortened, whenever its least width fits there.  Now a title shortened right of its
marker goes left of it where its row leaves more of it to read there
(``TimelineView._to_the_freer_side``).

The dates beside the titles went on the title's far side from its marker: after a title
right of its marker ("… fishing zone 1977"), before one left of it ("2010 Faroe
Islands…"), so a lane's dates changed sides row by row.  Now a date goes before the
event (left of its title and marker) and after it only where the row has no room before
it.

The events are made up here (a river commission), laid out as hers were: a long title
in the middle of a lane's span, short ones elsewhere.  Fails on main ``11a54f90``: the
long title is right of its marker, cut; the meeting's date is after its title.
"""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate, Timeline

LONG = "Upstream and downstream states sign their first charter for a joint river commission"


def _river() -> Timeline:
    def year(event_id: str, title: str, value: int, lane: str) -> Event:
        return Event(event_id, title, FuzzyDate.of_year(value), category=lane)

    # (a gauge reading every nine years: no empty years for a gap's band to take, and
    # few enough events for the lane's dates, ``DATES_MOST_ITEMS``)
    gauges = [year(f"gauge{value}", f"Gauge {value}", value, "Study")
              for value in range(1958, 2026, 9)]
    return Timeline.from_events([
        year("survey", "Survey of the basin begins", 1950, "Study"), *gauges,
        year("charter", LONG, 1994, "Treaty"),
        Event("envoys", "Envoys meet", FuzzyDate.of_month(2008, 6), category="Meeting"),
        year("dam", "Dam opens", 2026, "Study"),
    ])


def _items(view):  # type: ignore[no-untyped-def]
    return {item.event_id: item for lane in view._layout().lanes if not lane.dense
            for item in lane.items}


def test_a_title_cut_on_the_right_reads_on_the_free_left(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_river(), size=(900, 500))
    width = view.viewport().width()
    item = _items(view)["charter"]
    mx, _my, mw, _mh = item.marker_box
    lx, _ly, lw, _lh = item.label_box
    assert view._measure_label(LONG) > width - (mx + mw), "the premise: cut on the right"
    assert mx < width / 2 + 60, "the premise: more room on the left"
    assert lx + lw <= mx, (item.label, item.label_box, item.marker_box)
    # More of it than the right could show, and it ends at its marker
    assert lw > width - (mx + mw), item.label
    assert abs(mx - 6.0 - (lx + lw)) < 1.0
    assert lx >= 0.0


def test_a_date_goes_before_its_event_whichever_side_the_title_is(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_river(), size=(900, 500))
    items = _items(view)
    envoys = items["envoys"]
    mx, _my, _mw, _mh = envoys.marker_box
    lx = envoys.label_box[0]
    assert lx > mx, "the premise: the title right of its marker"
    text, box = view.date_beside("envoys")
    assert text == "Jun 2008"
    assert box.right() <= mx, (box, envoys.marker_box)
    # Every date of the view before its event: one side, the room allowing
    for event_id, item in items.items():
        text, box = view.date_beside(event_id)
        if text:
            left = min(item.marker_box[0], item.label_box[0])
            assert box.right() <= left, (event_id, text, box, item.label_box)


def test_a_title_moved_left_keeps_its_side_on_a_pan_past_fit_all(qtbot, shown_view):  # type: ignore[no-untyped-def]
    """verify66 F12's rule: a pan past Fit All shows its titles moved, not dealt again.
    Chosen after the strip had widened the cut title, the side flipped back to the right
    on the pan (``test_view65_titles_stay_on_pan`` caught it)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from timeline_app.ui.view_base import PAN_MODIFIERS

    view = shown_view(_river(), size=(900, 500))
    item = _items(view)["charter"]
    assert item.label_box[0] + item.label_box[2] <= item.marker_box[0]  # left at Fit All
    label, origin = item.label, view._origin
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right, PAN_MODIFIERS)
    qtbot.waitUntil(lambda: view._origin != origin)
    qtbot.wait(200)
    assert view._titles_right_edge(view._origin, view.viewport().width()) \
        < view.viewport().width(), "the premise: panned past Fit All's room"
    moved = _items(view)["charter"]
    assert moved.label_box[0] + moved.label_box[2] <= moved.marker_box[0], moved.label
    assert moved.label == label
