"""verify78 F7: two titles in one row drawn over each other at the view's edges.

At Go to Date "1917" (a 1280×820 window, a view 874 px wide) her Treaty lane showed the
year-long bars of 1916 and 1918 at the view's edges, one row, and their titles over each
other: "…United Kingdo" ran into "Treaty talks between Russia #126", drawn 362 px left
of its bar.  The world's chunks give a bar that holds any title its title inside,
unmeasured, ``MAX_LABEL_PX`` wide (``chunk_packing``); at the edges
(``view_base._at_the_edges``) the 1916 title went right of its bar and the 1918 one left
of its bar, each placed as 560 px wide (the 1918 one drawn at 834 - 6 - 560) and each
against the other's place as packed, not as moved.  Now a title taken out of its bar
there is measured, and each title is moved against the row as already moved.

The events are made up here, of the same shape: two year-long events of one lane, the
years before and after the year shown.  Fails on main ``53ef9531``: the titles overlap.
"""

from __future__ import annotations

import datetime as _dt

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.scale import day_number

BEFORE = "Harbour talks between the island republics #4"
AFTER = "Harbour talks between Lisbon #77"


def _harbours() -> Timeline:
    return Timeline.from_events([
        Event("before", BEFORE, FuzzyDate.of_year(1916), category="Harbour"),
        Event("after", AFTER, FuzzyDate.of_year(1918), category="Harbour"),
        # (another lane's event every year around, as hers were: no empty year for a
        # gap's band to narrow, so the bars are a year wide, each holding any title)
        *(Event(f"dues{year}", f"Dues {year}", FuzzyDate.of_year(year), category="Dues")
          for year in range(1905, 1931)),
    ])


def _year_1917(view) -> None:  # type: ignore[no-untyped-def]
    view.go_to_days(day_number(_dt.date(1917, 1, 1)), day_number(_dt.date(1918, 1, 1)))


def _row_items(view):  # type: ignore[no-untyped-def]
    return {item.event_id: item for lane in view._layout().lanes if not lane.dense
            for item in lane.items}


def _overlaps(items) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Pairs of shown titles (and markers) of one row that meet."""
    shown = [item for item in items if item.label]
    found = []
    for at, one in enumerate(shown):
        for other in shown[at + 1:]:
            if abs(one.label_box[1] - other.label_box[1]) > 0.5:
                continue  # another row
            a0, a1 = one.label_box[0], one.label_box[0] + one.label_box[2]
            b0, b1 = other.label_box[0], other.label_box[0] + other.label_box[2]
            if a0 < b1 and b0 < a1:
                found.append((one.label, other.label))
    return found


def test_edge_titles_of_one_row_never_overlap(qtbot, shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(_harbours(), size=(880, 500))
    _year_1917(view)
    width = view.viewport().width()
    items = _row_items(view)
    before, after = items["before"], items["after"]
    # the premise: both bars at the edges, one row, neither title fits its bar's part
    assert before.marker_box[0] < 0.0 < before.marker_box[0] + before.marker_box[2] < 80.0
    assert width - 80.0 < after.marker_box[0] < width
    assert abs(before.label_box[1] - after.label_box[1]) < 0.5, "one row"
    assert not _overlaps(items.values()), _overlaps(items.values())
    # each whole, the later one ending at its bar (not hundreds of px before it)
    assert before.label == BEFORE and after.label == AFTER
    bx, _by, bw, _bh = before.label_box
    ax, _ay, aw, _ah = after.label_box
    assert bx >= before.marker_box[0] + before.marker_box[2]
    assert bx + bw + 6.0 <= ax
    assert after.marker_box[0] - (ax + aw) < 8.0, (ax, aw, after.marker_box)
    assert abs(aw - view._measure_label(AFTER)) < 1.0


def test_edge_titles_of_one_row_at_many_widths(qtbot, shown_view):  # type: ignore[no-untyped-def]
    """The same two years at other widths: whatever each title's side, the titles of
    one row never meet, and a title shortened ends with "…"."""
    view = shown_view(_harbours(), size=(880, 500))
    for width in (420, 560, 700, 1000, 1300):
        view.resize(width, 500)
        qtbot.wait(20)
        _year_1917(view)
        items = _row_items(view)
        assert not _overlaps(items.values()), (width, _overlaps(items.values()))
        for item in items.values():
            if item.label and item.event_id in ("before", "after"):
                full = BEFORE if item.event_id == "before" else AFTER
                assert item.label == full or item.label.endswith("…"), (width, item.label)


def test_a_bar_starting_just_past_the_right_edge_keeps_its_title_inside_the_view(
        qtbot, shown_view):  # type: ignore[no-untyped-def]
    """A month's view ending part way into the day before a year's bar starts: the bar's
    day is counted on screen, its first pixel is past the edge.  Its title, left of the
    bar where its row is free (``_world_context``), ended at the bar and ran past the
    view's right edge, cut mid-letter there; now it ends at the edge, whole."""
    view = shown_view(_harbours(), size=(880, 500))
    start = day_number(_dt.date(1918, 1, 1))
    view.go_to_days(start - 30, start)
    ppd = view._px_per_day
    found = False
    for past in (2.0, 8.0, 15.0, 25.0, 35.0):  # (px from the edge to the bar)
        width = view.viewport().width()
        view._set_origin(start - (width + past) / ppd)
        assert view._px_per_day == ppd
        for item in _row_items(view).values():
            if not item.label:
                continue
            lx, _ly, lw, _lh = item.label_box
            assert -0.5 <= lx and lx + lw <= width + 0.5, (past, item.label, lx, lw, width)
            if item.event_id == "after" and item.marker_box[0] > width:
                found = True
    assert found, "the premise: the 1918 bar past the edge, its title shown"
