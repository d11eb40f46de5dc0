"""Dates to x and back for the timeline view, with long empty periods collapsed.

Qt-free, so that the mapping is unit-tested without a display.

Days are plain numbers, the model's own (``core.dates.day_number``: the proleptic
Gregorian ordinal with ``date.toordinal()``'s origin, 1 January AD 1 is day 1, and
days before it are 0 and negative, back to 9999 BC).  Events give theirs through
``event_days`` (``Event.day_range()``); ``day_number(date)`` converts the only
``datetime.date`` values left in the view (articles' datelines, today), and
``month_words`` says a day's month in words on either side of year 0 (a whole day:
``dates_input.day_words``).  A day
``d`` covers ``[d, d + 1)``.

The mapping goes through *display units* ``u``: outside any break one day is one
unit, so the view's scale ("pixels per day") and scrolling work in units exactly as
on a linear axis, and ``x = (u - origin) * px_per_day``.  A *break* is a long empty
period (no event and no article date in it) that is much longer than the
stretches of events beside it; it is drawn compressed to a few units, so that
1965 → 2023 takes a narrow band instead of nearly the whole window.  The mapping
is piecewise linear and strictly increasing, so it has an exact inverse.

Rule for a break (stated here once; tested in tests/ui/test_scale.py):

* the period is at least ``min_gap_days`` long (a year: shorter pauses are part of
  a story's rhythm, not "empty"), and at least ``min_gap_share`` of the timeline's
  days outside its longest gap (a tenth: drawn at its length, a shorter gap takes
  little of Fit All's width, and a band costs more to read than it saves; verify41,
  finding 5: a lecture's history of years, 96 BC … AD 224 and 1618 … 1815, had
  bands between 96 and 66 BC, between 1643 and 1648 and six more up to 1815, since
  a year-dated event's stretch is its own 365 days.  The longest gap is left out of
  the measure so that one old event before a story — 1965 before 2019-2027 — does
  not make the story's gaps of three years short);
* it is at least ``ratio`` times as long as the stretch of events on each side of
  it (stretches formed by the shorter gaps, single linkage; a stretch ends at a
  collapsed gap, so a gap is weighed against the stretch it touches on each side, not
  against everything beyond it), or, when it is over ``MOST_OF_SPAN`` of the whole span,
  ``MOST_OF_SPAN_RATIO`` times, or any length when one side is a busy story it is
  ``ratio`` times as long as (``_busy_beside``: ``BUSY_LEAST`` events at least, and
  ``BUSY_RATIO`` times as many a day as the other side; verify79 F12);
* it is not part of a regular series: a run of at least ``REGULAR_RUN`` consecutive
  gaps each within a factor of 2 of the next (a summit every other year) stays
  linear rather than becoming a row of breaks.

Each break is drawn as ``break_share`` of the total stretch length (less when there
are many), with a short linear margin on either side so that the band never touches
an event.  A break keeps its compression at every zoom, so zooming in on it widens
its band smoothly like everything else (and, once wide, it gets ticks at its own
level); the view opens a break (draws it at its real length) when the break fills the
window, when one clicks it, or when one goes to a date inside it.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from timeline_app.core import dates
from timeline_app.records import FrozenRecord

if TYPE_CHECKING:
    from timeline_app.core import Event

__all__ = [
    "MAX_DAY",
    "MIN_DAY",
    "Break",
    "Scale",
    "Segment",
    "Squeeze",
    "Viewport",
    "build_scale",
    "covered_arrays",
    "covered_intervals",
    "covered_list",
    "date_of_day",
    "day_number",
    "event_days",
    "find_breaks",
    "gap_words",
    "month_words",
    "scale_words",
    "squeezes_apart",
    "ymd_of_day",
]

#: The first representable day (1 January 9999 BC) and the day after the last one
#: (exclusive end, after 31 December AD 9999).
MIN_DAY = dates.MIN_DAY
MAX_DAY = dates.END_DAY

RATIO = 3.0
MIN_GAP_DAYS = 365
MIN_GAP_SHARE = 0.1
# A break's band is this share of the stretches' length: at fit-all in the default
# 1280 px window the default timeline's "≈ 57 years" fits between its zig-zags (0.04 made
# the band 30 px, the label 61: trial).
BREAK_SHARE = 0.12
MAX_BREAKS_SHARE = 0.25  # all breaks together never take more of the axis than this
COMPARABLE = 2.0
REGULAR_RUN = 3
# A gap that is most of the whole span collapses at a lower ratio: a lone 2013 event
# before a story of August 2022 - 2025 left its 9.5 empty years 2.8 times the story's
# 3.4, so Fit All gave them two thirds of the width and 28 of 29 events the right third
# (verify56, finding 18).
MOST_OF_SPAN = 0.5
MOST_OF_SPAN_RATIO = 2.0
# ... and at any ratio when the stretch on one side of it is a busy story
# (``_busy_beside``): at least ``BUSY_LEAST`` events, at least ``BUSY_RATIO`` times as many
# events per day as the stretch on the other side, and the gap ``ratio`` times its days.
# verify79 F12: a fact-checker's background of April 2023 - August 2024 (5 events, 519
# days) and her story of 1-7 December 2026 (8 events): the 821 empty days were 1.6 times
# the background, under ``MOST_OF_SPAN_RATIO``, so Fit All drew 2023-2026 linear and the
# story in its last 5 px.  (Two years of events, 3.5 empty years and a few weeks stay
# linear when the weeks are no busier than the years.)
BUSY_LEAST = 5
BUSY_RATIO = 10.0
# A few outlying events far from the bulk of a timeline (``_outlier_gaps``): at most this
# many lone stretches at an end, beside a bulk of at least ``OUTLIERS_BULK`` times as many
# days with events (verify60 F3: five ancient dates before 300 events of 1945-2025; 6
# in session 48, when each took a band's width: 20 scattered early dates then drew the
# bulk in 18 of 874 px, the axis to 2200).  Their bands share one band's width.
OUTLIERS_MOST = 24
OUTLIERS_BULK = 10
# ... and the outliers' gaps may be weighed against the days of the bulk's busy part: the
# shortest stretch holding this share of its events (``_dense_days``; verify72 F17, a
# bulk of 1984-2017 with three quarters of its events in 2008-2017).
OUTLIERS_DENSE = 0.75
DENSE_TRIED = 2048  # stretches ``_dense_days`` tries at the most


# ---------------------------------------------------------------------------- day numbers
def day_number(date: _dt.date) -> int:
    """The day number of a ``datetime.date`` (an article's dateline, today)."""
    return date.toordinal()


def _whole_day(day: float) -> int:
    """``day`` as a whole representable day: clamped, and NaN as the first day."""
    whole = MIN_DAY if math.isnan(day) else int(max(min(day, 1e12), -1e12) // 1)
    return min(max(whole, MIN_DAY), MAX_DAY - 1)


def ymd_of_day(day: float) -> tuple[int, int, int]:
    """``(astronomical year, month, day)`` of the day containing ``day``, clamped to
    9999 BC - AD 9999.  Never raises (views compute days past the ends while zooming)."""
    return dates.from_day_number(_whole_day(day))


def month_words(day: float) -> str:
    """The month containing ``day``: "March 44 BC", "June 1965"."""
    year, month, _ = ymd_of_day(day)
    return f"{dates.MONTH_NAMES[month - 1]} {dates.year_words(year)}"


def date_of_day(day: float) -> _dt.date:
    """The ``datetime.date`` containing ``day``, clamped to AD 1-9999 (what ``date``
    holds).  For callers that need a ``date``; words for any day come from
    ``dates_input.day_words``.
    """
    whole = AD_1 if math.isnan(day) else int(max(min(day, 1e12), -1e12) // 1)
    return _dt.date.fromordinal(min(max(whole, AD_1), MAX_DAY - 1))


AD_1 = dates.DATE_MIN_DAY


def event_days(event: Event) -> tuple[int, int]:
    """``(first day, exclusive last day)`` of an event, as day numbers (any year)."""
    return event.day_range()


def point_day(event: Event, start: int) -> float:
    """The day number (a float) a one-day event's marker is drawn at: the middle of its
    day ``start`` (of its part of the day, :data:`PART_FRACTIONS`), or, for a day with a
    time of day, that time within the day
    (``ClockTime.day_fraction``: 18:00 is ``start + 0.75``).  The view's date→x is this
    and ``Viewport.x_of_day``; at a day's zoom and closer (the view zooms in to one day
    across the window) a summit day's events stand at their hours, and further out the
    shift is under a day, less than a pixel at a month's zoom.  Clock times are placed as
    written (a local clock), never converted by their offsets: the day is the local one."""
    time = event.date.time
    if time is None:
        part = event.date.day_part
        return start + (0.5 if part is None else PART_FRACTIONS[part])
    return start + time.day_fraction()


PART_FRACTIONS: dict[str, float] = {
    part: (minute + min([m for _w, m in dates.DAY_PARTS.values() if m > minute],
                        default=24 * 60)) / 2 / (24 * 60)
    for part, (_words, minute) in dates.DAY_PARTS.items()}
"""Where in its day a date with a part of the day and no clock (``FuzzyDate.day_part``:
"late on 1 December") is drawn, as a fraction of the day: the middle of the part, from the
minute ``dates.DAY_PARTS`` orders it by to the next part's ("late on" 23:00, "morning"
09:00, "early on" 03:00).  verify79 F13: at an hour's zoom "late on 1 December" stood at
noon, before the afternoon's timed events."""


#: A one-day event with a start and an end time that day (talks 10:00-12:30) is drawn as a
#: bar from one time to the other when the bar is at least this wide (px): the width of a
#: point's marker (``2 * POINT_RADIUS``), so that a bar never reads smaller than the point
#: it replaces; narrower (further out than a few days across the window), a point at its
#: start time.
TIMED_SPAN_LEAST_PX = 12.0


def timed_span(event: Event, start: int) -> tuple[float, float] | None:
    """``(first, last)`` day numbers (floats) of a one-day event (its day ``start``) with a
    time of day on its date and on its end, when the end time is later: the span within
    the day, as ``point_day`` places a time (``ClockTime.day_fraction``, clocks as written,
    never converted by their offsets); None for any other event.  The view drew a
    10:00-12:30 meeting as a point at 10:00 at a day's zoom (edit33's report, session 36).
    """
    time = event.date.time
    stop = event.end
    if time is None or stop is None or stop.time is None:
        return None
    first, last = start + time.day_fraction(), start + stop.time.day_fraction()
    return (first, last) if last > first else None


# ---------------------------------------------------------------------------- breaks
class Break(FrozenRecord):
    """A collapsed empty period (a frozen record: ``timeline_app.records``).

    Attributes:
        empty_first: First empty day (the day after the last event before it).
        empty_last: Exclusive end of the empty days (the first day of the next event).
        first_day: Where the compressed part starts (after a linear margin).
        last_day: Where the compressed part ends.
        units: Display units the compressed part takes.
        outlier: Whether it parts a few lone events far from the bulk of the timeline
            (``_outlier_gaps``): Fit All gives the stretches between such bands no room
            for their titles (``FitMixin._fit_room``), as it gives none to one lone event
            before its band.
    """

    _fields = ("empty_first", "empty_last", "first_day", "last_day", "units", "outlier")
    empty_first: float
    empty_last: float
    first_day: float
    last_day: float
    units: float
    outlier: bool

    def __init__(self, empty_first: float, empty_last: float, first_day: float,
                 last_day: float, units: float, outlier: bool = False) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "empty_first", empty_first)
        setattr_(self, "empty_last", empty_last)
        setattr_(self, "first_day", first_day)
        setattr_(self, "last_day", last_day)
        setattr_(self, "units", units)
        setattr_(self, "outlier", outlier)

    @property
    def days(self) -> float:
        """Length of the empty period in days."""
        return self.empty_last - self.empty_first

    @property
    def slope(self) -> float:
        """Display units per day inside the compressed part (< 1)."""
        return self.units / (self.last_day - self.first_day)


def scale_words(ratio: float) -> str:
    """How many times as wide the days after a change of scale are drawn as those before
    it, for the axis's "scale ×2.8" (verify63 F11): one decimal under 10 ("2.8", "0.4"),
    else whole ("12"); at least "0.1"."""
    if ratio >= 9.95:
        return f"{ratio:.0f}"
    return f"{max(ratio, 0.1):.1f}".removesuffix(".0")


def gap_words(days: float) -> str:
    """A break's length as a person says it: '57 years', '18 months', '1 year'."""
    years = days / 365.2425
    if years >= 2:
        return f"{int(years):,} years"  # completed years, as one says an age
    months = round(days / 30.436875)
    if months >= 12 and abs(years - 1) < 0.05:
        return "1 year"
    if months >= 2:
        return f"{months} months"
    n = round(days)
    return f"{n} day{'s' if n != 1 else ''}"


def covered_intervals(spans: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    """The union of ``[start, end)`` spans sorted by start, as disjoint sorted intervals.

    Touching spans merge.  Cost: one pass (the input must be sorted by start).
    """
    merged: list[tuple[float, float]] = []
    first = last = None
    # Plain comparisons on locals: this runs over every event on each change of the model.
    for start, end in spans:
        if end < start + 1:
            end = start + 1
        if last is not None and start <= last:
            if end > last:
                last = end
            continue
        if first is not None and last is not None:
            merged.append((first, last))
        first, last = start, end
    if first is not None and last is not None:
        merged.append((first, last))
    return merged


def covered_arrays(runs: Iterable[tuple[Any, Any]]) -> tuple[Any, Any]:
    """The union of runs of ``[start, end)`` spans, as ``covered_intervals`` of them all
    sorted gives it, vectorised: two int64 numpy arrays, the first days and the days
    after the last (exclusive) of disjoint sorted intervals.

    Each run is ``(starts, ends)``, lists or arrays of whole day numbers (``event_days``'
    ints: a lane's length bucket, sorted by start; a run not sorted is sorted first), or
    the arrays this gives (the covered days of a lane:
    ``TimelineView._shown_covered_days`` keeps them).  An
    end under its start + 1 counts as start + 1 (at least a day); touching spans merge.
    Cost: a C-level pass over each run (a conversion of its lists, a running maximum),
    then a sort of the intervals the runs leave (few); ``covered_intervals``' Python loop
    over 1 000 000 spans took ~0.2 s (``benchmarks/shown_covered_cost.py``).  numpy is
    imported on the first call, not with the module (start-up time)."""
    import numpy as np

    firsts: list[Any] = []
    lasts: list[Any] = []
    for starts, ends in runs:
        count = len(starts)
        if not count:
            continue
        first, last = _days_array(np, starts, count), _days_array(np, ends, count)
        last = np.maximum(last, first + 1)
        if count > 1 and bool((first[1:] < first[:-1]).any()):
            order = np.argsort(first, kind="stable")
            first, last = first[order], last[order]
        first, last = _merged_sorted(np, first, last)
        firsts.append(first)
        lasts.append(last)
    if not firsts:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    if len(firsts) == 1:
        return firsts[0], lasts[0]
    first, last = np.concatenate(firsts), np.concatenate(lasts)
    order = np.argsort(first, kind="stable")
    return _merged_sorted(np, first[order], last[order])


def covered_list(covered: tuple[Any, Any]) -> list[tuple[float, float]]:
    """``covered_arrays``' intervals as ``covered_intervals`` gives them: a list of
    ``(first, last)`` pairs of day numbers (ints)."""
    first, last = covered
    return list(zip(first.tolist(), last.tolist(), strict=True))


def _days_array(np: Any, days: Any, count: int) -> Any:
    """``days`` (a list, or an array) as an int64 array: a list by ``np.fromiter``, ~25 %
    quicker than ``np.asarray`` for a million ints."""
    if isinstance(days, np.ndarray):
        return days.astype(np.int64, copy=False)
    return np.fromiter(days, dtype=np.int64, count=count)


def _merged_sorted(np: Any, first: Any, last: Any) -> tuple[Any, Any]:
    """``covered_arrays`` of one run sorted by start, its ends at least start + 1: the
    start of each interval (a span starting after every end before it) and the running
    maximum of the ends at its last span."""
    reach = np.maximum.accumulate(last)
    new = np.empty(len(first), dtype=bool)
    new[0] = True
    np.greater(first[1:], reach[:-1], out=new[1:])
    at = np.flatnonzero(new)
    ends = np.empty_like(at)
    ends[:-1] = at[1:] - 1
    ends[-1] = len(first) - 1
    return first[at], reach[ends]


def find_breaks(
    intervals: Sequence[tuple[float, float]],
    ratio: float = RATIO,
    min_gap_days: float = MIN_GAP_DAYS,
    break_share: float = BREAK_SHARE,
    lone_coarse: Sequence[tuple[float, float]] = (),
    min_gap_share: float = MIN_GAP_SHARE,
    event_starts: Sequence[float] = (),
) -> list[Break]:
    """The empty periods to collapse between sorted, disjoint covered intervals.

    Args:
        intervals: What ``covered_intervals`` returns: days that hold an event.
        ratio: How many times longer than the stretches beside it a gap must be.
        min_gap_days: Gaps shorter than this never collapse.
        min_gap_share: Nor gaps shorter than this share of the days from the first
            interval's start to the last one's end, less the longest gap between them.
        break_share: Display units of a break, as a share of all stretch days.
        lone_coarse: Intervals of ``intervals`` that hold nothing but one event dated
            to a year or a decade (``2009``: some day of it, not 365 days of
            happenings).  When such a stretch is longer than every other stretch and
            a break is beside it, that break (the one after it, else the one before
            it) compresses the stretch's days too, from its first day on (before it:
            up to its last day): its ``first_day`` (or ``last_day``) lies inside the
            event's days, while ``empty_first`` and ``empty_last`` stay the empty
            period's, whose length the band says.  The breaks are the same as
            without it: a narrative of years (1939, 1941, 1944) gets no bands
            between them.  (verify31, finding 7: a lone "2009" took 230 px of a
            1440 px Fit All, the story's 14 events of three months ~30 px.)
        event_starts: The events' first days, sorted, if known: how busy the bulk is
            beside a few lone events far from it (``_outlier_gaps``), and how busy the
            stretches beside a gap over half the span are (``_busy_beside``); unknown,
            the covered intervals are counted instead.

    Returns:
        The breaks in date order (none when fewer than two intervals).
    """
    # 1. Short gaps are part of a stretch: merge them away first (few clusters remain).
    clusters: list[list[float]] = []
    for start, end in intervals:
        if clusters and start - clusters[-1][1] < min_gap_days:
            clusters[-1][1] = max(clusters[-1][1], end)
        else:
            clusters.append([start, end])
    if len(clusters) < 2:
        return []
    gaps = [clusters[i + 1][0] - clusters[i][1] for i in range(len(clusters) - 1)]
    # 2. Single linkage, shortest gap first; a group's length counts its clusters and the
    #    gaps inside it that stay linear.
    parent = list(range(len(clusters)))
    length = [c[1] - c[0] for c in clusters]
    # The linear stretch at each end of a group: what a gap is weighed against.  A group
    # joined across a break is two stretches, not one (verify33, finding 6: "2019", then
    # March–August 2023, then a break, then a story of October 2026 – early 2027; the
    # three-year gap after 2019 was weighed against both 2023 and 2026-27 together, 396
    # days, and stayed linear by 3 %, so Fit All gave the old years the width).
    first_len = length[:]
    last_len = length[:]
    whole = [True] * len(clusters)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    regular = _regular_gaps(gaps)
    # A gap this short in the whole is no band (it only vetoes: the stretches and the
    # regular runs stay those of ``min_gap_days``).
    short = min_gap_share * (clusters[-1][1] - clusters[0][0] - max(gaps))
    most = MOST_OF_SPAN * (clusters[-1][1] - clusters[0][0])
    # The events' first days, else the covered intervals' (days with events), for
    # ``_busy_beside`` (made on the first gap over half the span: few timelines have one).
    counted: list[Sequence[float]] = [event_starts] if event_starts else []

    def busy_beside(j: int, left: int, right: int) -> bool:
        if not counted:
            counted.append([start for start, _end in intervals])
        a, b = clusters[j][1], clusters[j + 1][0]
        return _busy_beside(counted[0], a - last_len[left], a, b, b + first_len[right], ratio)

    collapsed: list[int] = []
    for j in sorted(range(len(gaps)), key=gaps.__getitem__):
        g = gaps[j]
        left, right = root(j), root(j + 1)
        side = max(last_len[left], first_len[right], 1.0)
        is_break = ((g >= ratio * side or (g >= most and g >= MOST_OF_SPAN_RATIO * side)
                     or (g >= most and busy_beside(j, left, right)))
                    and not regular[j] and g >= short)
        parent[right] = left
        if is_break:
            collapsed.append(j)
            first, last = first_len[left], last_len[right]
        else:  # the stretches beside the gap become one
            joined = last_len[left] + g + first_len[right]
            first = joined if whole[left] else first_len[left]
            last = joined if whole[right] else last_len[right]
        first_len[left], last_len[left] = first, last
        whole[left] = whole[left] and whole[right] and not is_break
        length[left] += length[right] + (0.0 if is_break else g)
    outliers = _outlier_gaps(intervals, clusters, gaps, set(collapsed), ratio, event_starts)
    added = [j for j in outliers if j not in collapsed]
    if added:
        collapsed.extend(added)
        length[root(0)] -= sum(gaps[j] for j in added)
    if not collapsed:
        return []
    breaking = set(collapsed)
    lone_run = set(outliers)
    # The lone coarse stretches a break beside them compresses: only one longer than
    # every stretch of finer dates (beside a story of years, a year's own days cost it
    # little and gave titles their room).  Their days are no stretch days, which the
    # bands' width is a share of.
    lone = set(lone_coarse)
    longest = max((c[1] - c[0] for c in clusters if (c[0], c[1]) not in lone), default=0.0)
    coarse = [(c[0], c[1]) in lone and c[1] - c[0] > longest
              and (i in breaking or i - 1 in breaking) for i, c in enumerate(clusters)]
    stretch_days = length[root(0)] - sum(c[1] - c[0] - 1.0
                                         for c, squeezed in zip(clusters, coarse, strict=True)
                                         if squeezed)
    # The bands of lone events far from the bulk take together what one band takes
    # (each an equal part): five of them took five bands' width, and their events'
    # titles as much again, from the bulk (verify60 F3).
    bands = len(collapsed) - len(lone_run) + (1 if lone_run else 0)
    share = min(break_share, MAX_BREAKS_SHARE / bands)
    units = max(stretch_days * share, 1e-3)
    breaks = []
    for j in sorted(collapsed):
        a, b = clusters[j][1], clusters[j + 1][0]
        # Where the compression starts and ends: a lone coarse stretch's days go with
        # the break after it, or, with none after it, with the break before it.
        first, last = a, b
        if coarse[j]:
            first = clusters[j][0] + 1.0
        if coarse[j + 1] and j + 1 not in breaking:
            last = clusters[j + 1][1] - 1.0
        g = last - first
        outlier = j in lone_run
        # a break always saves at least three quarters of its days
        body = min(units / len(lone_run) if outlier else units, g / 4)
        margin = min(body / 4, g / 8)
        breaks.append(Break(a, b, first + margin, last - margin, body, outlier))
    return breaks


def _busy_beside(starts: Sequence[float], left_first: float, gap_first: float,
                 gap_last: float, right_last: float, ratio: float) -> bool:
    """Whether one of the two linear stretches beside an empty period is a busy story the
    period dwarfs: ``[left_first, gap_first)`` and ``[gap_last, right_last)`` (day numbers)
    are the stretches, ``starts`` the events' first days (sorted), or the covered
    intervals' when the events' are unknown.  A stretch is the busy one when it holds at
    least ``BUSY_LEAST`` events, at least ``BUSY_RATIO`` times as many per day as the other
    stretch, and the period is at least ``ratio`` times its days (``find_breaks`` asks this
    only of a period over ``MOST_OF_SPAN`` of the whole span).  Cost: four bisections.

    verify79 F12: five background events of April 2023 - August 2024 (519 days), then 821
    empty days, then eight events of 1-7 December 2026: the gap is 1.6 times the
    background, under ``MOST_OF_SPAN_RATIO``, but the story holds 1.1 events a day beside
    the background's 0.01.
    """
    gap = gap_last - gap_first
    held = (bisect.bisect_left(starts, gap_first) - bisect.bisect_left(starts, left_first),
            bisect.bisect_left(starts, right_last) - bisect.bisect_left(starts, gap_last))
    days = (max(gap_first - left_first, 1.0), max(right_last - gap_last, 1.0))
    for busy, quiet in ((0, 1), (1, 0)):
        if (held[busy] >= BUSY_LEAST and gap >= ratio * days[busy]
                and held[busy] * days[quiet] >= BUSY_RATIO * held[quiet] * days[busy]):
            return True
    return False


def _outlier_gaps(intervals: Sequence[tuple[float, float]], clusters: list[list[float]],
                  gaps: list[float], collapsed: set[int], ratio: float,
                  event_starts: Sequence[float] = ()) -> list[int]:
    """The gaps (indices into ``gaps``) that ``find_breaks`` collapses besides ``collapsed``
    because they part a few outlying events from the bulk of the timeline.

    At either end of the timeline, a run of at most ``OUTLIERS_MOST`` *lone* stretches
    (clusters at least ``ratio`` times shorter than the gaps on each side of them: a day,
    a year, far from the rest) before the *bulk* (the linear stretch after them, up to the
    next break or the timeline's other end) has all its gaps collapsed, the one into the
    bulk too, when the bulk holds at least ``OUTLIERS_BULK`` times as many events as the
    run (``event_starts``; without them, covered intervals: days with events, which a
    busy bulk makes one, 100 000 events of 1945-2025 covering every day of it), and the
    run's gaps together are at least
    ``ratio`` times the bulk's days and, on average, as long as the bulk (a decade's
    events a year apart before a busy 2000-2025 are a series, not outliers).  The bulk's
    days may be those of its *busy part* instead (``_busy_days``: the shortest stretch
    holding three quarters of its events, widened to the covered days its ends lie in),
    when the run's gaps hold no regular series (``_regular_gaps``: a date each decade
    1900-1990 stays linear before a busy 2000-2025, however busy its last year) and each
    of them is longer than every gap between the bulk's own stretches (the run lies
    farther from the bulk than the bulk's own sparse dates from each other): c. 1930 and
    1964 before 27 events of 1984-2017, 21 of them in 2008-2017, the bulk's longest gap
    1988 → 1999 (verify72 F17: Fit All drew 1925-2021 linear, 21 events in the right
    14 %), but not 1950, 1962 and 1993 before a background of 1996-2017 two to eight
    years apart and a story of 2020-2026 (verify61 F16, ``test_view58_titles_room``:
    1993 is 2 years from 1996), nor a lone 1990 after twelve events of "1962" or "the
    1960s" covering 1960-1970 whole (their busy part is the decade).  Neither
    the regular-series rule nor ``min_gap_share`` vetoes these gaps: both weigh a gap
    against the whole span, which the outliers' own centuries make long.  (verify60 F3:
    300 events of 1945-2025 after c. 1259 BC, 44 BC, AD 800, 1648 and 1815 got no band
    at all, the gaps between the old dates a "regular series", and 1815 → 1945 only 1.6
    times the bulk's 80 years: Fit All drew 1370 BC - 2136, the 300 events in a 60 px
    strip.  With 44 BC alone, one band and the bulk filled the window.  The cause is
    general: shortest gap first, 1815 → 1945 was weighed against the bulk's 80 years and
    stayed linear, so the bulk's stretch became 1815-2025, against which 1648 → 1815 was
    weighed in turn, and so on back: each lone date far from the bulk made the next
    one's gap look short.)

    Args:
        intervals: ``find_breaks``' covered intervals, sorted.
        clusters: the intervals with gaps shorter than ``min_gap_days`` merged, [first
            day, exclusive last day] each, sorted.
        gaps: the days between consecutive clusters (``len(clusters) - 1`` of them).
        collapsed: the gaps already collapsed.
        ratio: as ``find_breaks``' ``ratio``.
        event_starts: as ``find_breaks``' (sorted; empty: unknown).

    Returns:
        Indices of every gap of such runs (those in ``collapsed`` too: their bands are
        the outliers' as well, ``Break.outlier``), in no particular order; [] for none.
    """
    count = len(clusters)
    starts: list[float] = []  # (the intervals' starts, read only when a run is found)
    counted = event_starts or starts  # the events' starts, else the intervals'

    def lone(i: int) -> bool:
        days = clusters[i][1] - clusters[i][0]
        return all(gaps[j] >= ratio * days for j in (i - 1, i) if 0 <= j < len(gaps))

    def held(first: int, last: int) -> int:  # events (else covered intervals) in them
        if not event_starts and not starts:
            starts.extend(start for start, _end in intervals)
        return (bisect.bisect_left(counted, clusters[last][1])
                - bisect.bisect_left(counted, clusters[first][0]))

    found: list[int] = []
    for step in (1, -1):  # from the first cluster on, then from the last one back
        ends = range(count) if step == 1 else range(count - 1, -1, -1)
        run = 0
        for i in ends:
            if run > OUTLIERS_MOST or not lone(i):
                break
            # (a bulk far from them is lone too: 100 000 events of 1945-2025 after 1437)
            if run and held(i, i) >= OUTLIERS_BULK * held(*sorted((ends[0], i - step))):
                break
            run += 1
        if run == 0 or run > OUTLIERS_MOST or run >= count:
            continue
        bulk_first = run if step == 1 else count - 1 - run  # the bulk's cluster next to them
        bulk_last = bulk_first
        while 0 <= bulk_last + step < count and (
                (bulk_last if step == 1 else bulk_last - 1) not in collapsed):
            bulk_last += step
        lo, hi = sorted((bulk_first, bulk_last))
        run_lo, run_hi = (0, run - 1) if step == 1 else (count - run, count - 1)
        run_gaps = list(range(run)) if step == 1 else list(range(count - 1 - run, count - 1))
        bulk_days = clusters[hi][1] - clusters[lo][0]
        if held(lo, hi) < OUTLIERS_BULK * held(run_lo, run_hi):
            continue
        far = sum(gaps[j] for j in run_gaps) / max(ratio, run)  # the most bulk days
        if far < bulk_days:
            # (the bulk's busy part: only for outliers farther from the bulk than its own
            # stretches from each other, and no regular series)
            run_far = [gaps[j] for j in run_gaps]
            if (min(run_far) <= max(gaps[lo:hi], default=0.0) or any(_regular_gaps(run_far))
                    or _busy_days(counted, intervals, clusters[lo][0], clusters[hi][1]) > far):
                continue
        found.extend(j for j in run_gaps if j not in found)
    return found


def _busy_days(starts: Sequence[float], intervals: Sequence[tuple[float, float]],
               first: float, end: float) -> float:
    """The days of a bulk's busy part: ``_dense_days`` of the ``starts`` in ``[first,
    end)``, widened to the whole of the covered ``intervals`` (sorted, disjoint) its first
    and last start lie in — a busy part inside the days of events of a decade is that
    decade (twelve events of "1962" or "the 1960s" cover 1960-1970: not one year).
    Cost: ``_dense_days``' and two bisections."""
    stretch = _dense_days(starts, first, end)
    if stretch is None:
        return 0.0
    low, high = stretch
    at = bisect.bisect_right(intervals, (low, math.inf)) - 1
    if at >= 0 and intervals[at][1] > low:
        low = intervals[at][0]
    at = bisect.bisect_right(intervals, (high, math.inf)) - 1
    if at >= 0 and intervals[at][1] > high:
        high = intervals[at][1] - 1.0
    return high - low + 1.0


def _dense_days(starts: Sequence[float], first: float, end: float
                ) -> tuple[float, float] | None:
    """The first and last start of the shortest stretch of ``[first, end)`` holding
    ``OUTLIERS_DENSE`` of the ``starts`` (sorted day numbers) in it: where the busy part
    of a bulk is (None for no start there).  Exact up to ``DENSE_TRIED`` stretches (the
    first start of a stretch is one of the first quarter); beyond, the stretches from
    every k-th of them, ``DENSE_TRIED`` in all, which may only find a longer one (a band
    less, never one more): each call costs at most that many steps (1 000 000 starts one
    by one took 0.6 s under load 16, view72).

    verify72 F17: a teacher's 29 events, c. 1930, 1964, then 27 in 1984-2017, 21 of them
    in 2008-2017: the two early dates' 52 empty years were not three times the bulk's 33,
    so Fit All drew 1925-2021 linear, 21 events in the right-most 14 % of the width.
    """
    lo = bisect.bisect_left(starts, first)
    hi = bisect.bisect_left(starts, end)
    if hi <= lo:
        return None
    need = max(math.ceil(OUTLIERS_DENSE * (hi - lo)), 1)
    tried = hi - need - lo + 1
    step = max(1, -(-tried // DENSE_TRIED))
    best = min(range(lo, hi - need + 1, step), key=lambda i: starts[i + need - 1] - starts[i])
    return starts[best], starts[best + need - 1]


def _regular_gaps(gaps: Sequence[float]) -> list[bool]:
    """Which gaps belong to a run of ``REGULAR_RUN`` or more similar consecutive gaps."""
    regular = [False] * len(gaps)
    start = 0
    for j in range(1, len(gaps) + 1):
        similar = j < len(gaps) and gaps[j - 1] / COMPARABLE < gaps[j] < gaps[j - 1] * COMPARABLE
        if not similar:
            if j - start >= REGULAR_RUN:
                regular[start:j] = [True] * (j - start)
            start = j
    return regular


# ---------------------------------------------------------------------------- the mapping
class Segment(FrozenRecord):
    """A piece of the axis with one slope: a stretch (``brk is None``) or a break (a
    frozen record: ``timeline_app.records``).  A stretch's slope is 1 display unit per
    day, or less inside a ``Squeeze``."""

    _fields = ("first_day", "last_day", "first_u", "last_u", "brk", "squeeze")
    first_day: float
    last_day: float
    first_u: float
    last_u: float
    brk: Break | None
    squeeze: Squeeze | None

    def __init__(self, first_day: float, last_day: float, first_u: float, last_u: float,
                 brk: Break | None, squeeze: Squeeze | None = None) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "first_day", first_day)
        setattr_(self, "last_day", last_day)
        setattr_(self, "first_u", first_u)
        setattr_(self, "last_u", last_u)
        setattr_(self, "brk", brk)
        setattr_(self, "squeeze", squeeze)

    @property
    def slope(self) -> float:
        """Display units per day."""
        if self.brk is not None:
            return self.brk.slope
        return 1.0 if self.squeeze is None else self.squeeze.slope


class Squeeze(FrozenRecord):
    """A stretch of events drawn narrower than its days, with no band: Fit All's share
    of the axis for a stretch that needs few pixels for its titles (two year-dated
    events of 1991 and 1993 before a story of 2024-2027: fit43).  A frozen record
    (``timeline_app.records``).

    Attributes:
        first_day: First day drawn narrower (a day number).
        last_day: Exclusive end of those days.
        units: Display units they take (< ``last_day - first_day``).
    """

    _fields = ("first_day", "last_day", "units")
    first_day: float
    last_day: float
    units: float

    def __init__(self, first_day: float, last_day: float, units: float) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "first_day", first_day)
        setattr_(self, "last_day", last_day)
        setattr_(self, "units", units)

    @property
    def slope(self) -> float:
        """Display units per day inside it (< 1)."""
        return self.units / (self.last_day - self.first_day)


class Scale:
    """Days ↔ display units: the identity, except inside breaks.

    ``u(d) = d`` up to the first break; each break then shortens the rest of the axis.
    Outside all knots the slope is 1, so the mapping covers every real number.
    """

    def __init__(self, breaks: Sequence[Break] = (),
                 squeezes: Sequence[Squeeze] = ()) -> None:
        """``breaks`` and ``squeezes``: each sorted, none overlapping another."""
        self.breaks: tuple[Break, ...] = tuple(breaks)
        self.squeezes: tuple[Squeeze, ...] = tuple(squeezes)
        # Every compressed piece in date order: a break, or a squeeze (its band none).
        pieces: list[Break | Squeeze] = sorted([*self.breaks, *self.squeezes],
                                               key=lambda piece: piece.first_day)
        days: list[float] = []
        units: list[float] = []
        u = None
        for piece in pieces:
            if u is None:
                u = piece.first_day
            else:
                u += piece.first_day - days[-1]
            days.append(piece.first_day)
            units.append(u)
            u += piece.units
            days.append(piece.last_day)
            units.append(u)
        self._days = days
        self._units = units
        self._pieces = pieces

    @property
    def is_linear(self) -> bool:
        return not self._days

    def u_of_day(self, day: float) -> float:
        """Display units of a day number (any real number; strictly increasing)."""
        days = self._days
        if not days:
            return day
        i = bisect.bisect_right(days, day)
        if i == 0:
            return day
        if i == len(days):
            return self._units[-1] + (day - days[-1])
        d0, d1 = days[i - 1], days[i]
        u0, u1 = self._units[i - 1], self._units[i]
        return u0 + (day - d0) * (u1 - u0) / (d1 - d0)

    def u_of_days(self, days: Any) -> Any:
        """``u_of_day`` of each day of a numpy array (float64 array of the same shape):
        one vectorised call for thousands of days (the articles' datelines of a frame).
        numpy is imported on the first call, not with the module (start-up time)."""
        import numpy as np

        days = np.asarray(days, dtype=np.float64)
        if not self._days:
            return days
        knots = np.asarray(self._days, dtype=np.float64)
        units = np.asarray(self._units, dtype=np.float64)
        inside = np.interp(days, knots, units)
        # Slope 1 before the first knot and after the last one.
        return np.where(days < knots[0], days,
                        np.where(days > knots[-1], units[-1] + (days - knots[-1]), inside))

    def piece_at(self, u: float) -> int:
        """The piece of the axis that display unit ``u`` lies in: 0 before the first
        knot, then one per stretch between knots; odd pieces are breaks or squeezes
        (``in_break``)."""
        return bisect.bisect_right(self._units, u)

    def in_break(self, piece: int) -> bool:
        """Whether ``piece`` (``piece_at``) is a break's (not a squeeze's, nor linear)."""
        return piece % 2 == 1 and isinstance(self._pieces[(piece - 1) // 2], Break)

    def knot_day(self, i: int) -> float:
        """The day of knot ``i`` (a break's first day at even ``i``, its last at odd)."""
        return self._days[i]

    def day_of_u(self, u: float) -> float:
        """The inverse of ``u_of_day``."""
        units = self._units
        if not units:
            return u
        i = bisect.bisect_right(units, u)
        if i == 0:
            return u
        if i == len(units):
            return self._days[-1] + (u - units[-1])
        d0, d1 = self._days[i - 1], self._days[i]
        u0, u1 = units[i - 1], units[i]
        return d0 + (u - u0) * (d1 - d0) / (u1 - u0)

    def segments(self, first_u: float, last_u: float) -> list[Segment]:
        """The stretches and breaks that overlap ``[first_u, last_u]``, clipped to it."""
        out: list[Segment] = []
        units = self._units
        # Piece i lies between knots i - 1 and i (pieces 0 and len(units) are unbounded);
        # odd pieces are breaks.  Bisection: a frame's cost depends on what is on screen.
        first = bisect.bisect_right(units, first_u)
        last = bisect.bisect_left(units, last_u)
        for i in range(first, last + 1):
            a = max(units[i - 1] if i > 0 else float("-inf"), first_u)
            b = min(units[i] if i < len(units) else float("inf"), last_u)
            if a >= b:
                continue
            piece = self._pieces[(i - 1) // 2] if i % 2 == 1 else None
            brk = piece if isinstance(piece, Break) else None
            squeeze = piece if isinstance(piece, Squeeze) else None
            out.append(Segment(self.day_of_u(a), self.day_of_u(b), a, b, brk, squeeze))
        return out


LINEAR = Scale()


def squeezes_apart(breaks: Sequence[Break], squeezes: Sequence[Squeeze]) -> list[Squeeze]:
    """Of ``squeezes`` (sorted by first day), those that overlap no break's compressed
    days (``first_day`` to ``last_day``) and no squeeze kept before them: what ``Scale``
    may be given with ``breaks`` (its pieces must not overlap, or day → unit is no
    longer increasing).  Pieces that only touch are kept.  Cost: one bisection into the
    breaks per squeeze.

    verify73 F13: Fit All's story piece (the newest events drawn wider, from 2026-08-31
    on) was kept when an edit, or a filter's events, made a new band of 2024-2026 under
    it: the scale went back on itself, the axis stacked band edges with "2016 / Apr"
    over them and an event of December 2023 was drawn under "2016".
    """
    firsts = [brk.first_day for brk in breaks]
    kept: list[Squeeze] = []
    for piece in squeezes:
        if kept and piece.first_day < kept[-1].last_day:
            continue
        # (the last break starting before its end ends last of those: breaks are sorted
        # and apart)
        i = bisect.bisect_left(firsts, piece.last_day)
        if i and breaks[i - 1].last_day > piece.first_day:
            continue
        kept.append(piece)
    return kept


def build_scale(spans: Iterable[tuple[float, float]], collapse: bool = True) -> Scale:
    """The scale for events' ``[start, end)`` day spans sorted by start.

    With ``collapse=False`` (or nothing to collapse) the scale is linear.
    """
    if not collapse:
        return LINEAR
    breaks = find_breaks(covered_intervals(spans))
    return Scale(breaks) if breaks else LINEAR


class Viewport(FrozenRecord):
    """Where a scale sits on screen: ``origin`` (units at x = 0) and pixels per unit (a
    frozen record: ``timeline_app.records``).

    Attributes:
        scale: The day ↔ unit mapping.
        origin: Display units at the left edge.
        px_per_day: Pixels per display unit (per day outside breaks).
        width: Width in pixels.
    """

    _fields = ("scale", "origin", "px_per_day", "width")
    scale: Scale
    origin: float
    px_per_day: float
    width: float

    def __init__(self, scale: Scale, origin: float, px_per_day: float, width: float) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "scale", scale)
        setattr_(self, "origin", origin)
        setattr_(self, "px_per_day", px_per_day)
        setattr_(self, "width", width)

    def x_of_day(self, day: float) -> float:
        return (self.scale.u_of_day(day) - self.origin) * self.px_per_day

    def day_at(self, x: float) -> float:
        return self.scale.day_of_u(self.origin + x / self.px_per_day)

    def visible_days(self) -> tuple[float, float]:
        """First and last day on screen (across any break between them)."""
        return self.day_at(0.0), self.day_at(self.width)

    def shown_days(self) -> tuple[float, float]:
        """First and last day drawn at the scale's own length (float day numbers).

        An edge that falls inside a break (a collapsed empty stretch, drawn as a band)
        stands at that break's far side: the day a break's band maps there is an
        interpolation nobody sees drawn (the status line read "showing 6 January 2004"
        with the band of 1965-2023 at the left edge).  A view that lies inside one
        break gives ``visible_days``.
        """
        scale, first_u, last_u = self.scale, self.origin, self.origin + self.width / self.px_per_day
        first_piece, last_piece = scale.piece_at(first_u), scale.piece_at(last_u)
        if first_piece == last_piece:
            return self.visible_days()
        first = (scale.knot_day(first_piece) if scale.in_break(first_piece)
                 else scale.day_of_u(first_u))
        last = (scale.knot_day(last_piece - 1) if scale.in_break(last_piece)
                else scale.day_of_u(last_u))
        return first, last
