"""Fit All's room after the data is a small share of the width (verify45 F11): a think-tank
researcher's GERD timeline (``fit_cases/gerd_verify45.json``: 50 events of 1929-2028, from
six articles) at 1366x768 was shown to 2100, the empty years after 2030 a third of the
window, for the titles of the last events; the 2010-2026 core got ~95 px of 960.  A title
that does not fit goes left of its marker or is shortened instead.  Fails on main
``672101f``."""

from __future__ import annotations

from pathlib import Path

from timeline_app.core import Timeline
from timeline_app.core.dates import day_number
from timeline_app.io.native import load
from timeline_app.ui.fit_range import FIT_ROOM_AFTER_SHARE, fit_range, most_room_after
from timeline_app.ui.scale import ymd_of_day

CASES = Path(__file__).parent / "fit_cases"


def test_the_room_after_the_data_is_at_most_a_fifth_of_the_width() -> None:
    # The tester's view: 960 px, 40 px margins each side; the data 100 units; the last
    # title wants 420 px right of its marker at the data's end.
    width, usable, span = 960.0, 880.0, 100.0
    room = min(most_room_after(span, usable, width), 1e9)
    first, last = fit_range(0.0, span, room, 40.0, 40.0, width)
    px_per_unit = width / (last - first)
    assert (last - span) * px_per_unit <= FIT_ROOM_AFTER_SHARE * width + 40.0 + 1e-6
    # (the old cap, 40 % of the width: the room alone took 384 px)
    old = most_room_after(span, usable, width, share=0.4)
    assert old * usable / (span + old) > 380


def test_no_room_when_the_room_would_take_the_whole_view() -> None:
    assert most_room_after(100.0, 90.0, 960.0) == 0.0


def test_fit_all_of_the_gerd_timeline_shows_no_empty_half_century(shown_view) -> None:  # type: ignore[no-untyped-def]
    loaded = load(CASES / "gerd_verify45.json")
    timeline = loaded if isinstance(loaded, Timeline) else loaded[0]
    view = shown_view(timeline, size=(960, 680))
    width = view.viewport().width()
    last_day = max(event.day_range()[1] for event in timeline.events)
    assert ymd_of_day(int(view.day_at(width)))[0] <= 2035  # was 2100
    assert ymd_of_day(int(view.day_at(0)))[0] >= 1920
    # The empty axis after the data's last day: at most a fifth of the width, and its
    # right margin (was 424 px of 944; now none but the margin).
    assert width - view.x_of_day(last_day) <= FIT_ROOM_AFTER_SHARE * width + 41
    # The briefing's core, 2010-2026, is wider than the ~95 px it had.
    core = view.x_of_day(day_number(2026, 12, 31)) - view.x_of_day(day_number(2010, 1, 1))
    assert core > 150, core
