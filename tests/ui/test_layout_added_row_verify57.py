"""An event added to a lane with rows for all its events hides none of the others
(verify57 F8): a spring 2026 vote added by double-click to her Mercosur–EU lane of 10
took the row of "EU member states approve deal…" (9 January 2026), which joined a "+1"
until Fit All, though a lane of at most 12 events has a row for each (README).  The rule
that an event whose row an added one takes joins the "+N" (verify54 F13: the others stay
in their rows) is kept for a lane with fewer rows than events."""

from __future__ import annotations

from timeline_app.ui.layout import LaneItem, pack_lane

# rows before: A 0, B 1, C 2; N added (no row before) reaches over B's and C's markers
A = LaneItem("a", 0.0, 0.0, 300.0)
N = LaneItem("new", 50.0, 50.0, 200.0)
B = LaneItem("b", 100.0, 100.0, 300.0)
C = LaneItem("c", 200.0, 200.0, 100.0)
BEFORE = {"a": 0, "b": 1, "c": 2}


def _pack(max_rows: int):  # type: ignore[no-untyped-def]
    return pack_lane([A, N, B, C], max_rows, view_left=0.0, view_right=1000.0,
                     rows_before=lambda key: BEFORE.get(key, -1))


def test_with_a_row_for_each_event_the_added_one_gets_a_new_row() -> None:
    packing = _pack(max_rows=4)
    rows = {p.key: p.row for p in packing.placements}
    assert not packing.clusters
    assert rows["a"] == 0 and rows["c"] == 2  # the others keep their rows
    # the one added goes below, shown, and B keeps its row too (verify68 F10: B went
    # below, the README says the other events keep their rows)
    assert rows["new"] == 3 and rows["b"] == 1


def test_with_fewer_rows_than_events_it_joins_the_badge_as_before() -> None:
    packing = _pack(max_rows=3)
    rows = {p.key: p.row for p in packing.placements}
    assert rows == {"a": 0, "new": 1, "c": 2}
    assert [cluster.keys for cluster in packing.clusters] == [["b"]]


TITLES = [((1991, 3, 26), "Treaty of Asuncion creates Mercosur"),
          ((1999, 6, 28), "Mercosur-EU negotiations launched"),
          ((2004, 5, 1), "Mercosur-EU talks suspended"),
          ((2019, 6, 28), "Mercosur-EU political agreement"),
          ((2023, 12, 7), "Mercosur summit in Rio fails to close EU deal"),
          ((2024, 12, 6), "Mercosur-EU agreement concluded in Montevideo"),
          ((2025, 12, 20), "EU-Mercosur signing in Foz do Iguacu postponed"),
          ((2026, 1, 9), "EU member states approve deal by a qualified majority in Brussels"),
          ((2026, 1, 17), "European Union and Mercosur sign free trade agreement in Asuncion")]


def test_an_event_added_to_her_lane_of_nine_hides_none(qtbot, shown_view) -> None:  # type: ignore[no-untyped-def]
    """Her lane, her view (1997-2034 at ~880 px): on the code before, the event added on
    12 January 2026 took the row of the signing of the 17th, which became a "+1"."""
    import datetime as dt
    import sys
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from timeline_app.core import Event, FuzzyDate, Timeline

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from rows_kept import _rows

    timeline = Timeline.from_events(
        [Event(f"e{i}", title, FuzzyDate.of_ymd(*day), category="mercosur")
         for i, (day, title) in enumerate(TITLES)]
        + [Event("q", "Quad first meets", FuzzyDate.of_year(2007), category="quad")])
    view = shown_view(timeline, size=(880, 560))
    view.go_to_days(dt.date(1997, 4, 5).toordinal(), dt.date(2034, 10, 11).toordinal())
    QApplication.processEvents()
    before = _rows(view, "mercosur")
    assert len(before) == 8  # (the 1991 treaty is left of the view)
    view._auto_fit = False
    view._document.add_event(Event("ep", "European Parliament votes on the agreement",
                                   FuzzyDate.of_ymd(2026, 1, 12), category="mercosur"))
    QApplication.processEvents()
    after = _rows(view, "mercosur")
    lane = next(g for g in view._layout().lanes if g.category == "mercosur")
    assert not lane.badges
    assert set(after) == {*before, "ep"}
    assert sum(after[key] != row for key, row in before.items()) <= 1  # the one displaced
