"""A lane with a row for each of its events shows them all after an import into it, and
at Fit All after that (verify57 F20).

A teacher's Panama Canal lane of 12 events showed 6 rows and a "+2" at Fit All although
the README says a lane of at most 12 events has a row for each: her import of an
explainer put four events into the lane, which took the rows of two events shown before
("Panama Canal drought restrictions", "Trump says US should take back the canal"); those
joined a "+N" (``layout._hinted_row``: the lane no taller than it was) and stayed in it at
every later change and Fit All at that zoom (as ``WAS_FOLDED``).  They now take new rows
below, and the events shown before keep their rows."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import Precision


def _event(key: str, iso: str, title: str, lane: str = "Canal",
           end: str | None = None) -> Event:
    def date(value: str) -> FuzzyDate:
        return FuzzyDate.from_iso(value, (Precision.YEAR, Precision.MONTH,
                                          Precision.DAY)[value.count("-")])
    return Event(key, title, date(iso), category=lane,
                 end=None if end is None else date(end))


BEFORE = [
    _event("dig", "1881", "Ferdinand de Lesseps begins digging across the isthmus", "Event"),
    _event("bankrupt", "1889", "French canal company goes bankrupt", "Event"),
    _event("hay", "1903-11-18", "Hay–Bunau-Varilla Treaty signed"),
    _event("opens", "1914-08-15", "Panama Canal opens"),
    _event("torrijos", "1977-09-07", "Torrijos–Carter Treaties signed"),
    _event("control", "1999-12-31", "Panama takes control of the canal"),
    _event("expanded", "2016-06-26", "Expanded Panama Canal inaugurated"),
    _event("drought", "2023", "Panama Canal drought restrictions", end="2024"),
    _event("trump", "2025-01-20", "Trump vows to take back the canal in inaugural address"),
    _event("quad", "2007", "Quad first meets", "Quad"),
    _event("tokyo", "2022-05-24", "Quad leaders meet in Tokyo", "Quad"),
    _event("asean", "1967-08-08", "ASEAN founded in Bangkok", "ASEAN"),
    _event("mercosur", "1991-03-26", "Treaty of Asunción creates Mercosur", "Trade"),
    _event("signed", "2026-01-17", "European Union and Mercosur sign a trade agreement",
           "Trade"),
]
IMPORTED = [
    _event("independence", "1903-11-03", "Panama declares its independence"),
    _event("taipei", "2017-06", "Panama switches recognition from Taipei to Beijing"),
    _event("belt", "2017-11", "Panama joins China's Belt and Road Initiative"),
    _event("rubio", "2025-02-02", "Rubio meets Mulino in Panama City"),
]


def _canal(view):  # type: ignore[no-untyped-def]
    view.viewport().repaint()
    QApplication.processEvents()
    return next(lane for lane in view._layout().lanes if lane.category == "Canal")


def test_an_import_into_a_lane_with_a_row_for_each_puts_no_event_into_a_badge(shown_view):  # type: ignore[no-untyped-def]
    view = shown_view(Timeline.from_events(BEFORE), (858, 900))
    before = {item.event_id: item.marker.center().y() for item in _canal(view).items}
    assert len(before) == 7 and not _canal(view).badges
    view._document.merge_events([], IMPORTED, [], "Import 4 events")
    lane = _canal(view)
    # Before: 10 items and a "+2" of the drought and Trump's vow.
    assert not lane.badges, [badge.keys for badge in lane.badges]
    now = {item.event_id: item.marker.center().y() for item in lane.items}
    assert len(now) == 11
    moved = [key for key, y in before.items() if now[key] != y and key not in (
        "drought", "trump")]
    assert not moved  # the events shown before keep their rows (verify54 F13)
    view.fit_all()
    lane = _canal(view)
    assert not lane.badges and len(lane.items) == 11


def test_move_to_lane_leaves_no_empty_rows_above_the_events_left(window):  # type: ignore[no-untyped-def]
    """verify59 F16: after Move to Lane of two of a lane's three events, stacked on
    three days, the third kept its third row under two empty ones until a relayout (its
    row kept as a hint, ``_keep_rows_as_hints``).  It now takes the first row."""
    timeline = Timeline(title="Talks")
    for index in range(3):
        timeline.add(Event(f"s{index}", f"Security talks round {index}",
                           FuzzyDate.of_ymd(2024, 3, 1 + index), category="Security"))
    for index in range(4):
        timeline.add(Event(f"t{index}", f"Trade {index}", FuzzyDate.of_ymd(2020 + index, 6, 1),
                           category="Trade"))
    window.document.replace_timeline(timeline, None)
    QApplication.processEvents()
    view = window.view
    view.fit_all()
    QApplication.processEvents()
    tops = [view.event_rect(f"s{index}").top() for index in range(3)]
    assert tops[0] < tops[1] < tops[2]  # three rows
    window.document.move_events_to_lane(["s0", "s1"], "Trade")
    QApplication.processEvents()
    assert view.event_rect("s2").top() == tops[0]
    # (the lane below moved up with it: its first row right under the first lane's one)
    assert view.event_rect("t0").top() <= tops[2]
