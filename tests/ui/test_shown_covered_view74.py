"""view73's leftover: the days the filtered events cover (``_shown_covered_days``, the
breaks of a Fit All with filters on) were worked out in Python over every shown event's
span at each filter change (~0.2 s of CPU at 1 000 000 events).  Now vectorised
(``scale.covered_arrays``, the same intervals as ``covered_intervals``) and kept per lane
while the lanes' contents stay (``benchmarks/shown_covered_cost.py`` for the figures).
Fails on main ``11a54f90``: no ``covered_arrays``."""

from __future__ import annotations

import random

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.scale import covered_arrays, covered_intervals, covered_list


def _runs(rng: random.Random) -> list[tuple[list[int], list[int]]]:
    runs = []
    for _run in range(rng.randint(0, 5)):
        starts = sorted(rng.randint(-60, 600) for _ in range(rng.randint(0, 40)))
        # (ends before, at and after their starts: at least a day each, as covered_intervals)
        ends = [start + rng.choice((-3, 0, 1, 1, 2, 7, 31, 365)) for start in starts]
        if rng.random() < 0.2:  # a run out of order: sorted first
            pairs = list(zip(starts, ends, strict=True))
            rng.shuffle(pairs)
            starts, ends = [a for a, _b in pairs], [b for _a, b in pairs]
        runs.append((starts, ends))
    return runs


def test_covered_arrays_are_covered_intervals_of_every_span() -> None:
    rng = random.Random(57)
    for _trial in range(400):
        runs = _runs(rng)
        spans = sorted(span for starts, ends in runs for span in zip(starts, ends, strict=True))
        want = covered_intervals(spans)
        got = covered_list(covered_arrays(runs))
        assert got == want, runs
        assert all(type(day) is int for interval in got for day in interval)
        # (the arrays of part of the runs are runs too: a lane's days kept, merged again)
        halves = covered_arrays([covered_arrays(runs[:2]), covered_arrays(runs[2:])])
        assert covered_list(halves) == want


def _timeline() -> Timeline:
    events = [Event(f"t{year}", f"Talks {year}", FuzzyDate.of_ymd(year, 5, 1),
                    category="meeting") for year in (1988, 1990, 1991, 1993)]
    events += [Event(f"a{year}", f"Accord {year}", FuzzyDate.of_ymd(year, 3, 1),
                     category="treaty") for year in range(2020, 2030)]
    events += [Event(f"r{year}", f"Release {year}", FuzzyDate.of_year(year),
                     category="release") for year in range(1994, 2020, 3)]
    return Timeline.from_events(events)


def _every_span(view) -> list[tuple[float, float]]:  # type: ignore[no-untyped-def]
    """The function as it was on main: ``covered_intervals`` of every bucket's spans."""
    spans = sorted([span for lane in (*view._lanes, *view._era_lanes)
                    for bucket in lane.buckets
                    for span in zip(bucket.starts, bucket.ends, strict=True)]
                   + [(float(d.toordinal()), d.toordinal() + 1.0)
                      for d in view._article_dates()])
    return covered_intervals(spans)


def test_a_category_shown_again_finds_its_days_kept_and_an_edit_works_them_out_again(
        window):  # type: ignore[no-untyped-def]
    import dataclasses

    from PySide6.QtWidgets import QApplication

    view = window.view
    window.document.replace_timeline(_timeline(), None)
    window.find_state.toggle_category("release")
    view.fit_all()  # (the breaks of the events shown from now on: view73)
    QApplication.processEvents()
    assert view._breaks_of_shown
    first = view._shown_covered_days()
    assert first == _every_span(view)
    assert view._shown_covered_days() is first  # (the same lanes and dates: kept)
    kept = {id(lane): view._lane_covered[id(lane)] for lane in view._lanes}
    window.find_state.toggle_category("treaty")  # a lane dropped (a legend click)
    QApplication.processEvents()
    assert view._shown_covered_days() == _every_span(view)
    window.find_state.toggle_category("treaty")  # shown again: every lane's days kept
    QApplication.processEvents()
    assert view._shown_covered_days() == first
    assert all(view._lane_covered[id(lane)] is kept[id(lane)] for lane in view._lanes)
    event = window.document.timeline.get("t1990")
    window.document.update_event(dataclasses.replace(event, date=FuzzyDate.of_ymd(2005, 5, 1)))
    QApplication.processEvents()
    again = view._shown_covered_days()
    assert again == _every_span(view) and again != first
    assert not any(view._lane_covered[id(lane)] is kept.get(id(lane)) for lane in view._lanes)
