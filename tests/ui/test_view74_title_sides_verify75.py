"""verify75 F12: titles cut with "…" beside free room, and dates that change sides.

At 1280×800 a 1999 treaty's long title read "… sign their…" right of its marker, cut at
the view's right edge, with the left half of its row empty; with the Filters dock open
it read "The EU, Norway and…".  ``layout._place`` keeps a title right of its marker,
shortened, whenever its least width fits there.  (view74 moved such a title left of its
marker; taken out at session 57's merge: on a pan past Fit All, or near the view's left
edge, the moved title ran past the view's left edge, which
``test_no_label_is_cut_by_the_viewport_on_the_default_timeline`` forbids.  Done again
by session 58's view75, the side the scene's and the cut the view's:
``test_view75_title_sides_pan``.)

The dates beside the titles went on the title's far side from its marker: after a title
right of its marker ("… fishing zone 1977"), before one left of it ("2010 Faroe
Islands…"), so a lane's dates changed sides row by row.  Now a date goes before the
event (left of its title and marker) and after it only where the row has no room before
it (kept).

The events are made up here (a river commission), laid out as hers were: a long title
in the middle of a lane's span, short ones elsewhere.  Fails on main ``11a54f90``: the
meeting's date is after its title.
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
