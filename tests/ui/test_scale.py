"""The day ↔ x mapping with collapsed breaks (pure: no Qt)."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest

from timeline_app.ui.scale import (
    LINEAR,
    MAX_DAY,
    MIN_DAY,
    Scale,
    Viewport,
    build_scale,
    covered_intervals,
    date_of_day,
    find_breaks,
    gap_words,
)


def d(*args: int) -> int:
    return dt.date(*args).toordinal()


# The default timeline: June 1965, then March 2023 .. June 2025 (and the article date).
DEFAULT_SPANS = [
    (d(1965, 6, 1), d(1965, 7, 1)), (d(2023, 3, 1), d(2023, 4, 1)),
    (d(2024, 9, 1), d(2025, 1, 1)), (d(2025, 1, 1), d(2025, 2, 1)),
    (d(2025, 2, 1), d(2025, 3, 1)), (d(2025, 3, 22), d(2025, 3, 23)),
    (d(2025, 3, 22), d(2025, 3, 23)), (d(2025, 6, 1), d(2025, 7, 1)),
]


def default_scale() -> Scale:
    return build_scale(DEFAULT_SPANS)


def test_the_default_timeline_has_one_break_from_1965_to_2023():
    scale = default_scale()
    assert len(scale.breaks) == 1
    brk = scale.breaks[0]
    assert (brk.empty_first, brk.empty_last) == (d(1965, 7, 1), d(2023, 3, 1))
    assert gap_words(brk.days) == "57 years"
    # The break takes a share of the axis instead of 96 %: wide enough for its length in
    # words at 1280 px (test_view_first_look), narrow beside the stretches.
    total = scale.u_of_day(d(2025, 7, 1)) - scale.u_of_day(d(1965, 6, 1))
    assert (brk.units + 2 * (brk.first_day - brk.empty_first)) / total < 0.16


def test_a_break_is_only_where_the_gap_dwarfs_the_stretches_beside_it():
    # Two years of events, then a gap of two years: not much longer than the stretch.
    spans = [(d(2020, 1, 1), d(2022, 1, 1)), (d(2024, 1, 1), d(2024, 1, 2))]
    assert find_breaks(covered_intervals(spans)) == []
    # The same stretch and ten years of nothing: a break.
    spans = [(d(2010, 1, 1), d(2012, 1, 1)), (d(2022, 1, 1), d(2022, 1, 2))]
    assert len(find_breaks(covered_intervals(spans))) == 1


def test_short_pauses_and_regular_series_stay_linear():
    monthly = [(d(2024, m, 1), d(2024, m, 2)) for m in range(1, 13)]
    assert build_scale(monthly).is_linear
    biennial = [(d(y, 5, 1), d(y, 5, 3)) for y in range(1990, 2020, 2)]
    assert build_scale(biennial).is_linear


def test_a_distant_outlier_and_a_middle_gap_both_collapse():
    spans = [(d(1800, 1, 1), d(1800, 1, 2)), *DEFAULT_SPANS]
    scale = build_scale(spans)
    assert [b.empty_first for b in scale.breaks] == [d(1800, 1, 2), d(1965, 7, 1)]


def test_collapse_off_is_linear():
    assert build_scale(DEFAULT_SPANS, collapse=False) is LINEAR
    assert LINEAR.u_of_day(12345.5) == 12345.5


def test_the_mapping_is_monotonic_and_its_own_inverse():
    scale = default_scale()
    rng = random.Random(7)
    days = sorted([rng.uniform(MIN_DAY, MAX_DAY) for _ in range(2000)]
                  + [rng.uniform(d(1960, 1, 1), d(2030, 1, 1)) for _ in range(2000)]
                  + [b.first_day for b in scale.breaks] + [b.last_day for b in scale.breaks])
    units = [scale.u_of_day(x) for x in days]
    distinct = [(a, b, ua, ub) for a, b, ua, ub in zip(days, days[1:], units, units[1:],
                                                        strict=False) if b > a]
    assert all(ub > ua for _, _, ua, ub in distinct)
    for x, u in zip(days, units, strict=True):
        assert scale.day_of_u(u) == pytest.approx(x, abs=1e-6)
    # Whole days come back as the same whole day.
    for day in (d(1965, 6, 15), d(1990, 1, 1), d(2023, 3, 1), d(2025, 3, 22)):
        assert round(scale.day_of_u(scale.u_of_day(day))) == day


def test_stretches_keep_one_day_one_unit():
    scale = default_scale()
    assert scale.u_of_day(d(1965, 6, 2)) - scale.u_of_day(d(1965, 6, 1)) == pytest.approx(1)
    assert scale.u_of_day(d(2025, 3, 23)) - scale.u_of_day(d(2025, 3, 22)) == pytest.approx(1)


def test_visible_range_of_a_viewport_across_a_break():
    scale = default_scale()
    brk = scale.breaks[0]
    width = 1000.0
    # A viewport from mid-June 1965 to about mid-2023: the break in the middle.
    u0 = scale.u_of_day(d(1965, 6, 15))
    u1 = scale.u_of_day(d(2023, 6, 1))
    view = Viewport(scale, u0, width / (u1 - u0), width)
    first, last = view.visible_days()
    assert first == pytest.approx(d(1965, 6, 15))
    assert last == pytest.approx(d(2023, 6, 1))
    assert 0 < view.x_of_day(brk.first_day) < view.x_of_day(brk.last_day) < width
    # A day in the break is between the break's edges on screen, and maps back.
    x = view.x_of_day(d(1990, 1, 1))
    assert view.x_of_day(brk.first_day) < x < view.x_of_day(brk.last_day)
    assert view.day_at(x) == pytest.approx(d(1990, 1, 1))
    segments = scale.segments(u0, u1)
    assert [s.brk is not None for s in segments] == [False, True, False]
    assert segments[0].first_day == pytest.approx(d(1965, 6, 15))
    assert segments[-1].last_day == pytest.approx(d(2023, 6, 1))


def test_date_of_day_never_raises():
    assert date_of_day(-1e12) == dt.date(1, 1, 1)
    assert date_of_day(1e12) == dt.date(9999, 12, 31)
    assert date_of_day(float("nan")) == dt.date(1, 1, 1)
    assert date_of_day(d(2025, 3, 22) + 0.99) == dt.date(2025, 3, 22)


@pytest.mark.parametrize(("days", "words"), [
    (365.2425 * 57.7, "57 years"), (366, "1 year"), (550, "18 months"), (40, "40 days"),
])
def test_gap_words(days, words):
    assert gap_words(days) == words


def test_segments_cover_any_window_in_order():
    spans = [(d(1800, 1, 1), d(1800, 1, 2)), *DEFAULT_SPANS]
    scale = build_scale(spans)
    rng = random.Random(3)
    lo, hi = scale.u_of_day(d(1700, 1, 1)), scale.u_of_day(d(2100, 1, 1))
    for _ in range(300):
        a, b = sorted(rng.uniform(lo, hi) for _ in range(2))
        segments = scale.segments(a, b)
        assert segments[0].first_u == a and segments[-1].last_u == b
        for s0, s1 in itertools.pairwise(segments):
            assert s0.last_u == s1.first_u and (s0.brk is None) != (s1.brk is None)


def test_overview_press_modes():
    from timeline_app.ui.overview import press_mode

    assert press_mode(100, (100, 200)) == "left"
    assert press_mode(203, (100, 200)) == "right"
    assert press_mode(150, (100, 200)) == "move"
    assert press_mode(20, (100, 200)) == "jump"
    assert press_mode(101, (100, 106)) == "move"  # too narrow to resize: it moves


def test_overview_density_counts_every_event_once():
    from timeline_app.ui.overview import StripMap, density

    scale = default_scale()
    starts = sorted(s for s, _ in DEFAULT_SPANS)
    u0, u1 = scale.u_of_day(starts[0]) - 10, scale.u_of_day(d(2025, 7, 1)) + 10
    counts = density(starts, scale, StripMap(u0, u1, 4.0, 400.0), 200)
    assert sum(counts) == len(starts) and len(counts) == 200


@pytest.mark.parametrize("strip_px", [1505.0, 1506.0, 1507.0, 866.0, 1001.0])
@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_overview_bars_of_uniform_data_are_drawn_alike(strip_px, ratio):
    """verify60 F22: 1 000 000 events of 1945-2025, the strip's counts all but equal,
    drew a solid block over its first half and hairlines over the rest: each bar at its
    column's own fraction of a pixel (a step of 2.0013 px) covered two px, then one."""
    from timeline_app.ui.overview import bar_columns

    bins = int(strip_px / 2)
    step = strip_px / bins
    columns = bar_columns(4.0, step, bins, ratio)
    assert len(columns) == bins
    assert len({width for _x, width in columns}) == 1  # every bar as wide
    width = columns[0][1]
    for x, _width in columns:
        assert (x * ratio).is_integer()  # on whole device px
    # in its own column: never over the next bar, and never more than a px from where
    # the column starts
    for (x0, _), (x1, _) in itertools.pairwise(columns):
        assert x0 + width <= x1 + 1e-9
    assert all(abs(x - (4.0 + i * step)) <= 1.0 for i, (x, _) in enumerate(columns))
    if step == 2.0 and ratio == 1.0:  # a whole-px step: as drawn before, 2 px of 2
        assert columns[:3] == [(4.0, 2.0), (6.0, 2.0), (8.0, 2.0)]


def test_the_pure_halves_of_the_view_import_no_qt():
    import json
    import subprocess
    import sys

    code = ("import sys, json; import timeline_app.ui.scale, timeline_app.ui.axis, "
            "timeline_app.ui.layout, timeline_app.ui.overview; "
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert json.loads(out) == []


def test_a_few_long_gaps_all_collapse_but_a_regular_series_does_not():
    # 1815, 1965, 1990, 2023-2025: three long gaps, two of them of similar length.
    spans = sorted([(d(1815, 6, 9), d(1815, 6, 10)), (d(1990, 1, 1), d(1991, 1, 1)),
                    *DEFAULT_SPANS])
    scale = build_scale(spans)
    assert [b.empty_first for b in scale.breaks] == [d(1815, 6, 10), d(1965, 7, 1),
                                                       d(1991, 1, 1)]
    # Six summits two years apart, then a long silence and one more: the silence
    # collapses, the series keeps its rhythm.
    series = [(d(y, 5, 1), d(y, 5, 3)) for y in range(1950, 1962, 2)]
    series.append((d(2020, 1, 1), d(2020, 1, 2)))
    scale = build_scale(series)
    assert [b.empty_first for b in scale.breaks] == [d(1960, 5, 3)]


def test_a_gap_is_weighed_against_the_stretch_it_touches_not_the_ones_past_a_break():
    # verify33 F6: 1965, 2019, March-August 2023, then October 2026 - early 2027.  The
    # gap after 2019 (1 155 days) was weighed against 2023 and 2026-27 together (396
    # days, joined across their own break) and stayed linear by 3 %: Fit All drew
    # 2019-2023 at the scale of the story and the story in 40 px.
    spans = [(d(1965, 1, 1), d(1966, 1, 1)), (d(2019, 1, 1), d(2020, 1, 1)),
             (d(2023, 3, 1), d(2023, 4, 1)), (d(2023, 8, 1), d(2023, 9, 1)),
             (d(2026, 10, 1), d(2026, 11, 1)), (d(2026, 11, 17), d(2026, 11, 30)),
             (d(2027, 1, 1), d(2027, 5, 1))]
    breaks = find_breaks(covered_intervals(spans))
    assert [(b.empty_first, b.empty_last) for b in breaks] == [
        (d(1966, 1, 1), d(2019, 1, 1)), (d(2020, 1, 1), d(2023, 3, 1)),
        (d(2023, 9, 1), d(2026, 10, 1))]
    # A stretch joined by linear gaps is still weighed whole: two years of events, a
    # gap of 2.5 years, then a year more; the gap is not 3x the stretch beside it.
    spans = [(d(2000, 1, 1), d(2001, 1, 1)), (d(2001, 6, 1), d(2002, 1, 1)),
             (d(2004, 7, 1), d(2004, 8, 1)), (d(2004, 12, 1), d(2005, 6, 1))]
    assert find_breaks(covered_intervals(spans)) == []


def test_a_gap_that_is_most_of_the_span_collapses_at_a_lower_ratio():
    """verify56 F18: January 2013, then August 2022 to the end of 2025 (29 events).  The
    9.5 empty years were 2.8 times the story's 3.4, under the ratio of 3: Fit All gave
    them two thirds of the width.  A gap over half the whole span and twice the stretch
    beside it collapses."""
    spans = [(d(2013, 1, 1), d(2013, 2, 1)), (d(2022, 8, 1), d(2022, 9, 1)),
             (d(2022, 11, 1), d(2022, 12, 1)), (d(2023, 7, 26), d(2023, 7, 27)),
             (d(2024, 7, 1), d(2024, 8, 1)), (d(2024, 12, 31), d(2026, 1, 1))]
    breaks = find_breaks(covered_intervals(spans))
    assert [(b.empty_first, b.empty_last) for b in breaks] == [(d(2013, 2, 1), d(2022, 8, 1))]
    # Half the span but not twice the stretch beside it: linear (two years of events,
    # 3.5 empty years, then a few weeks).
    spans = [(d(2000, 1, 1), d(2002, 1, 1)), (d(2005, 7, 1), d(2005, 8, 1))]
    assert find_breaks(covered_intervals(spans)) == []


def _background_and_story(story_count: int = 9, background_count: int = 5
                          ) -> tuple[list[tuple[float, float]], list[float]]:
    """verify79 F12's shape (written for the test): background events of March 2021 -
    July 2022 (months and a day), 2.3 empty years, then a story of ``story_count`` events
    in a week of November 2024; the spans and the events' first days, sorted."""
    background = [(d(2021, 3, 1), d(2021, 4, 1)), (d(2021, 4, 18), d(2021, 4, 19)),
                  (d(2021, 11, 1), d(2021, 12, 1)), (d(2022, 7, 1), d(2022, 8, 1)),
                  (d(2022, 7, 1), d(2022, 8, 1))]
    background += [(d(2021, 5, 1) + i, d(2021, 5, 1) + i + 1)
                   for i in range(background_count - len(background))]
    story = [(d(2024, 11, 10) + i * 6 // story_count, d(2024, 11, 10) + i * 6 // story_count + 1)
             for i in range(story_count)]
    spans = sorted(background[:background_count] + story)
    return spans, [start for start, _end in spans]


def test_a_long_pause_before_a_busy_story_collapses():
    """verify79 F12: a fact-checker's background of April 2023 - August 2024 (5 events)
    and her story of 1-7 December 2026: the 821 empty days were 1.6 times the
    background's 519, under ``MOST_OF_SPAN_RATIO``'s 2, so Fit All drew 2023-2026 linear
    and the story's markers overlapped in its last few pixels.  A gap over half the span
    beside a story with ten times the events per day of the other side (five events at
    least), and three times its days, collapses."""
    spans, starts = _background_and_story()
    breaks = find_breaks(covered_intervals(spans), event_starts=starts)
    assert [(b.empty_first, b.empty_last) for b in breaks] == [(d(2022, 8, 1), d(2024, 11, 10))]
    # ... the other way round too: the story, then the pause, then a sparse aftermath.
    flipped = sorted((2 * d(2024, 12, 31) - end, 2 * d(2024, 12, 31) - start)
                     for start, end in spans)
    breaks = find_breaks(covered_intervals(flipped),
                         event_starts=[start for start, _end in flipped])
    assert len(breaks) == 1
    # A story of four events is no busy story; nor one not ten times busier a day than
    # the background (85 events in 17 months: 0.16 a day, the story 1.5; with 90 the
    # story is the bulk's outliers, ``_outlier_gaps``); unknown events count covered
    # days (the story's week is one): linear, as before.
    for story, background in ((4, 5), (9, 85)):
        spans, starts = _background_and_story(story, background)
        assert find_breaks(covered_intervals(spans), event_starts=starts) == []
    spans, _starts = _background_and_story()
    assert find_breaks(covered_intervals(spans)) == []


def _years(*years: int) -> list[tuple[float, float]]:
    """Each year as a year-dated event's days (``FuzzyDate.of_year``: BC years as
    astronomical numbers, 0 = 1 BC)."""
    from timeline_app.core import FuzzyDate

    out = []
    for year in years:
        date = FuzzyDate.of_year(year)
        out.append((float(date.start_day()), float(date.end_day())))
    return out


def test_a_history_of_years_gets_a_band_only_for_its_long_silence():
    """verify41 F5: a lecture's Rome and Parthia (96 BC ... AD 224) and Westphalia to
    Vienna (1618 ... 1815), years alone: bands between 96 and 66 BC, between 1643 and
    1648 and six more up to 1815 (a year-dated event's stretch is its own 365 days, so
    any gap of three years was one).  Now only AD 224 → 1618 is a band."""
    rome = _years(-95, -65, -52, -35, -19, -9, 63, 66, 114, 116, 117, 224)
    europe = _years(1618, 1643, 1648, 1659, 1660, 1678, 1697, 1713, 1748, 1763, 1814, 1815)
    breaks = find_breaks(covered_intervals(rome + europe))
    assert [(b.empty_first, b.empty_last) for b in breaks] == [(rome[-1][1], europe[0][0])]
    # Westphalia alone (1618 ... 1763): no band between 1643 and 1713 (four were).
    westphalia = europe[:-2]
    breaks = find_breaks(covered_intervals(westphalia))
    assert not [b for b in breaks if westphalia[1][0] <= b.empty_first < westphalia[7][1]]


def test_a_few_outlying_events_before_the_bulk_all_get_bands():
    """verify60 F3: 300 events of 1945-2025 after c. 1259 BC, 44 BC, AD 800, 1648 and
    1815 got no band (the old dates' gaps a regular series, 1815 → 1945 only 1.6 times
    the bulk's 80 years): Fit All drew the 300 in a 60 px strip, where 44 BC alone got
    its band.  A few lone events far from the bulk now each get a band."""
    bulk = [(d(y, m, 10), d(y, m, 11)) for y in range(1950, 2021) for m in (2, 8)]
    outliers = [(d(y, 6, 1), d(y, 6, 2)) for y in (300, 900, 1400, 1700, 1850)]
    breaks = find_breaks(covered_intervals(outliers + bulk))
    assert [b.empty_first for b in breaks] == [end for _start, end in outliers]
    assert breaks[-1].empty_last == bulk[0][0]
    # ... after the bulk as well (a plan for 2400), and one alone as before.
    breaks = find_breaks(covered_intervals([*bulk, (d(2400, 1, 1), d(2400, 1, 2))]))
    assert [b.empty_first for b in breaks] == [bulk[-1][1]]
    breaks = find_breaks(covered_intervals(outliers[3:4] + bulk))
    assert [b.empty_first for b in breaks] == [outliers[3][1]]
    # A bulk no busier than the outliers is no bulk: the lecture's years stay linear
    # (``test_a_history_of_years_gets_a_band_only_for_its_long_silence``), and so do
    # five events before a story of eight.
    story = bulk[:8]
    breaks = find_breaks(covered_intervals(outliers + story))
    assert len(breaks) < len(outliers)
    # A lone event not far before the bulk (four years before a story of three) stays
    # linear: the outliers' gaps must be three times the bulk's days.
    near = [(d(1946, 1, 1), d(1946, 1, 2))]
    assert find_breaks(covered_intervals(near + bulk[:6])) == []


def test_many_scattered_early_events_get_bands_that_share_one_bands_width():
    """verify60 F3, the cause in general: shortest gap first, the last early date's gap
    into the bulk (1815 → 1945) was weighed against the bulk's 80 years and stayed
    linear, making the bulk's stretch 1815-2025, against which the gap before it was
    weighed, and so back: 20 scattered dates of 1500 BC - AD 1900 got no band at all
    (session 48: at most 6).  Their bands now take together what one band takes."""
    bulk = [(d(y, m, 10), d(y, m, 11)) for y in range(1945, 2026) for m in (2, 5, 8, 11)]
    rng = random.Random(3)
    years = sorted(rng.sample(range(100, 1900), 20))
    early = [(d(y, 6, 1), d(y, 6, 2)) for y in years]
    breaks = find_breaks(covered_intervals(early + bulk))
    assert [b.empty_first for b in breaks] == [end for _start, end in early]
    assert all(b.outlier for b in breaks)
    one = find_breaks(covered_intervals(early[:1] + bulk))
    (alone,) = one
    assert sum(b.units for b in breaks) == pytest.approx(alone.units, rel=0.01)
    # Five, two: the same (their bands' width together one band's at most: a band
    # always saves three quarters of its gap)
    for count in (5, 2):
        breaks = find_breaks(covered_intervals(early[-count:] + bulk))
        assert len(breaks) == count and all(b.outlier for b in breaks)
        assert alone.units / 2 < sum(b.units for b in breaks) <= alone.units * 1.001
    # A decade of yearly events before a busy 2000-2025 is a series, not outliers.
    busy = [(d(y, m, 10), d(y, m, 11)) for y in range(2000, 2026) for m in range(1, 13)]
    series = [(d(y, 6, 1), d(y, 6, 2)) for y in range(1900, 2000, 10)]
    assert not [b for b in find_breaks(covered_intervals(series + busy))
                if b.empty_last <= busy[0][0]]


def _teacher_spans() -> list[tuple[float, float]]:
    """verify72 F17's shape: a teacher's 29 events, c. 1930, 1964, 1984-87, then
    1999-2017 with 21 of them in 2008-2017 (written for the test)."""
    early = _years(1930, 1964)
    middle = [(d(1984, 3, 1), d(1984, 4, 1)), *_years(1985, 1987),
              (d(1999, 1, 1), d(2002, 3, 1)), (d(2002, 2, 1), d(2002, 3, 1)),
              (d(2002, 8, 1), d(2002, 9, 1)), (d(2008, 3, 1), d(2008, 4, 1))]
    story = [(d(2012, 2, 1), d(2012, 3, 1)), (d(2012, 10, 1), d(2012, 11, 1)),
             (d(2012, 11, 1), d(2012, 12, 1)), (d(2013, 5, 1), d(2013, 6, 1)),
             (d(2015, 12, 1), d(2016, 1, 1))]
    story += [(d(2016, m, day), d(2016, m, day) + 1)
              for m, day in ((6, 23), (9, 26), (10, 2), (10, 7), (11, 12), (11, 23),
                             (11, 24), (11, 28), (11, 29), (11, 30))]
    story += [(d(2017, 2, 8), d(2017, 2, 9)), (d(2017, 2, 13), d(2017, 2, 20)),
              (d(2017, 3, 1), d(2017, 3, 2)), (d(2017, 5, 1), d(2017, 6, 1)),
              (d(2017, 5, 31), d(2017, 6, 1))]
    return sorted(early + middle + story)


def test_two_early_dates_far_before_a_bulk_busy_at_its_end_get_bands():
    """verify72 F17: c. 1930 and 1964 before 27 events of 1984-2017 drew 1925-2021
    linear at Fit All, 21 events in the right-most 14 % of the width: the early dates' 52
    empty years were weighed against the bulk's 33, not three times as long, while three
    quarters of its events lie in 2008-2017.  Those years now give the bands (the early
    dates lie farther from the bulk, 19 years at the least, than its own stretches from
    each other, 11 years at the most); the same events spread evenly stay linear."""
    spans = _teacher_spans()
    assert len(spans) == 29
    starts = [start for start, _end in spans]
    for counted in (starts, ()):  # the events' starts, or only the covered days
        breaks = find_breaks(covered_intervals(spans), event_starts=counted)
        assert [(b.empty_first, b.empty_last) for b in breaks] == [
            (d(1931, 1, 1), d(1964, 1, 1)), (d(1965, 1, 1), d(1984, 3, 1))]
        assert all(b.outlier for b in breaks)
    # The same 27 events spread evenly over 1984-2017: no busy part, no band.
    spread = [1984 + round(i * 33 / 26) for i in range(27)]
    even = sorted(_years(1930, 1964) + [(d(y, 6, 1), d(y, 6, 2)) for y in spread])
    assert find_breaks(covered_intervals(even),
                       event_starts=[start for start, _end in even]) == []
    # A narrative of years stays linear, as before.
    assert find_breaks(covered_intervals(_years(1939, 1941, 1944))) == []


def test_a_busy_bulk_gives_no_bands_to_dates_no_farther_than_its_own():
    """The busy part of a bulk weighs a run of early dates only when they lie farther
    from the bulk than its own stretches from each other, hold no regular series, and
    the busy part is not inside events' longer days (view72's rule, taken out at merge:
    it drew verify61's news background with two bands and a decade's strategies with a
    band after them)."""
    # verify61 F16 (``test_view58_titles_room``): 1950, 1962 and 1993 before a
    # background of 1996-2017 two to eight years apart and a story of 2020-2026; 1993
    # is 2 years from 1996: only 1950 → 1962 is a band (the rules before).
    background = [(d(1950, 4, 1), d(1950, 4, 2)), (d(1962, 10, 1), d(1962, 12, 1)),
                  (d(1993, 9, 1), d(1993, 10, 1)), *_years(1996),
                  (d(2003, 4, 1), d(2003, 5, 1)), (d(2005, 4, 1), d(2005, 5, 1)),
                  (d(2013, 10, 1), d(2013, 11, 1)), (d(2017, 6, 1), d(2017, 9, 1))]
    story = [(d(2020, 5, 1), d(2024, 10, 22))]
    story += [(d(y, m, 10), d(y, m, 11)) for y, m in itertools.product(
        (2024, 2025), range(1, 13))][:26]
    spans = sorted(background + story)
    breaks = find_breaks(covered_intervals(spans),
                         event_starts=[start for start, _end in spans])
    assert [(b.empty_first, b.empty_last) for b in breaks] == [(d(1950, 4, 2),
                                                                d(1962, 10, 1))]
    # (``test_view_long_span_lanes``) twelve events of "1962" or "the 1960s" and a
    # month's five, then a lone 1990: their busy part, 1962, lies inside the decade's
    # days, so the bulk is 1960-1970: no band.
    decade = [(d(1960, 1, 1), d(1970, 1, 1))] * 6 + _years(1962) * 6
    decade += [(d(1962, 3, 2), d(1962, 3, 3)), (d(1962, 3, 27), d(1962, 3, 28)),
               (d(1962, 3, 1), d(1962, 4, 1)), (d(1962, 3, 5), d(1962, 6, 1)),
               (d(1962, 4, 1), d(1962, 5, 1)), *_years(1990)]
    decade.sort()
    assert find_breaks(covered_intervals(decade),
                       event_starts=[start for start, _end in decade]) == []
    # A date each decade 1900-1990 before a busy 2000-2025 is a series, however busy
    # 2025 is (168 of its 218 events).
    busy = [(d(y, m, 10), d(y, m, 11)) for y in range(2000, 2025) for m in (3, 9)]
    burst = [(d(2025, m, day), d(2025, m, day + 1)) for m in range(1, 13)
             for day in range(1, 29, 2)]
    series = sorted([(d(y, 6, 1), d(y, 6, 2)) for y in range(1900, 2000, 10)]
                    + busy + burst)
    assert find_breaks(covered_intervals(series),
                       event_starts=[start for start, _end in series]) == []


def test_the_busy_part_of_a_bulk_is_found_in_bounded_steps():
    """``_dense_days`` tries at most ``DENSE_TRIED`` stretches (1 000 000 starts took 0.6 s
    one by one, view72): exact below that, beyond it never shorter than the shortest (a
    band less, never one more)."""
    from timeline_app.ui import scale

    def shortest(starts: list[int]) -> float:
        need = -(-3 * len(starts) // 4)
        return min(starts[i + need - 1] - starts[i] for i in range(len(starts) - need + 1))

    def found(starts: list[int], end: int) -> float:
        stretch = scale._dense_days(starts, 0, end)
        assert stretch is not None
        return stretch[1] - stretch[0]

    rng = random.Random(5)
    small = sorted(rng.randrange(0, 3000) for _ in range(4000))
    assert found(small, 3000) == shortest(small)
    large = sorted(rng.randrange(0, 30000) for _ in range(100_000))
    assert shortest(large) <= found(large, 30000) <= shortest(large) * 1.01
    assert scale._dense_days([5, 5, 5], 0, 10) == (5, 5)
    assert scale._dense_days([], 0, 10) is None
