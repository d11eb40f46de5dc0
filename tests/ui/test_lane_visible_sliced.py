"""A lane's events on screen (``_Lane.visible``) read by slices of its buckets' columns,
not an index a candidate (issue 11, session 35, frames38): at a 1-day view of 1 000 000
events most candidates of a long bucket end before the view (456 read, 155 kept), and
three list indexings each were most of the pass.  The same tuples, in the same order."""

from __future__ import annotations

import math
import random

from test_view_pan_calls import FIRST, _lanes

from timeline_app.ui.timeline_view import _Lane


class _Indexed(list):  # type: ignore[type-arg]
    """A list that counts its reads by a single index."""

    reads = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        if not isinstance(index, slice):
            _Indexed.reads += 1
        return super().__getitem__(index)


def _naive(lane: _Lane, first: float, last: float) -> list[tuple[object, int, int]]:
    """The definition: each bucket's events overlapping ``[first, last]``, by start."""
    out = []
    for bucket in lane.buckets:
        for i in range(len(bucket.starts)):
            if bucket.starts[i] <= math.ceil(last) and bucket.ends[i] > first \
                    and bucket.starts[i] >= math.floor(first) - bucket.max_days:
                out.append((bucket.events[i], bucket.starts[i], bucket.ends[i]))
    return out


def test_visible_is_the_overlapping_events_in_order_eager_and_lazy() -> None:
    eager, lazy, _store = _lanes()
    rng = random.Random(35)
    for _ in range(60):
        first = FIRST.toordinal() + rng.uniform(-50, 700)
        last = first + rng.choice((0.5, 1.0, 7.0, 31.0, 365.0))
        expected = _naive(eager, first, last)
        assert eager.visible(first, last, 10_000) == expected
        shown = lazy.visible(first, last, 10_000)
        assert shown == expected
        assert all(a[0] is b[0] for a, b in zip(shown or [], expected, strict=True))


def test_visible_reads_the_columns_by_slices() -> None:
    eager, lazy, _store = _lanes()
    for lane in (eager, lazy):
        for bucket in lane.buckets:
            bucket.starts = _Indexed(bucket.starts)
            bucket.ends = _Indexed(bucket.ends)
    # The bisections (two in ``overlapping``, one to count those starting in view) read
    # a few items each: no more than this.
    bisections = sum(3 * (len(bucket.starts).bit_length() + 1)
                     for lane in (eager, lazy) for bucket in lane.buckets)
    _Indexed.reads = 0
    first = FIRST.toordinal() + 300.0
    shown = eager.visible(first, first + 1, 10_000)
    assert shown and shown == lazy.visible(first, first + 1, 10_000)
    # Fails before: ``starts[i]`` and ``ends[i]`` for every candidate besides.
    assert _Indexed.reads <= bisections
