"""verify71 F12 (session 54): a new "Incident" lane, added beside Treaty, Policy,
Dispute, Meeting and Event, took the forest green #1E5631: CIE76 31.5 from Policy's
teal-green #009E73 on the light theme (over the 30 a new lane had to keep), but on the
dark theme, lifted to #4CAF6A, a CIEDE2000 ΔE₀₀ of 9.0 from it; both read "green" in the
legend and the lanes.  A new lane's colour is now told apart on both themes."""

from __future__ import annotations

import pytest

from timeline_app.ui import style
from timeline_app.ui.style import assign_category_colors, category_color

#: G. Sharma, W. Wu, E. N. Dalal (2005), "The CIEDE2000 color-difference formula:
#: implementation notes", Table 1: pairs 1, 7, 13 (hue around the blue region's rotation),
#: 17, 25 and 34, with their ΔE₀₀.
SHARMA = [
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (50.0, 0.0, -2.5), 4.3065),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
]

BELIZE = ["treaty", "policy", "dispute", "meeting", "event"]


@pytest.mark.parametrize(("first", "second", "expected"), SHARMA)
def test_ciede2000_is_sharma_s(first: tuple[float, float, float],
                               second: tuple[float, float, float], expected: float) -> None:
    assert round(style._delta_e2000_lab(first, second), 4) == expected
    assert round(style._delta_e2000_lab(second, first), 4) == expected


def test_incident_s_old_green_was_near_policy_on_the_dark_theme() -> None:
    assert style.delta_e76("#1E5631", "#009E73") >= style.NEAR_DELTA_E  # (why it passed)
    assert round(style.delta_e2000("#4CAF6A", "#009E73"), 1) == 9.0
    assert style.lane_colour_distance("#1E5631", "#009E73") < style.NEAR_DELTA_E2000


@pytest.mark.parametrize("keep", [False, True])
def test_a_new_lane_is_told_apart_from_the_lanes_there_on_both_themes(
        qapp, keep: bool) -> None:  # type: ignore[no-untyped-def]
    """The Belize timeline's lanes, then "Incident" added (``keep``: while it is shown,
    as the New Event editor adds it) or opened with them."""
    try:
        if keep:
            assign_category_colors(BELIZE)
        assign_category_colors([*BELIZE, "incident"], keep=keep)
        for dark in (False, True):
            new = category_color("incident", dark).name()
            for lane in BELIZE:
                assert style.delta_e2000(new, category_color(lane, dark).name()) \
                    >= style.NEAR_DELTA_E2000, (dark, lane, new)
        assert category_color("incident", False).name() != "#1e5631"
    finally:
        assign_category_colors([], {})


def test_with_no_colour_far_from_all_a_new_lane_takes_the_farthest(qapp) -> None:  # type: ignore[no-untyped-def]
    """Every known lane and the eight first new ones: when no free fallback is far from
    all the lanes there, the next new one takes the free one farthest from its nearest."""
    try:
        known = list(style.LANE_ORDER)
        fresh = [f"Lane {i}" for i in range(9)]
        assign_category_colors(known + fresh[:-1])
        taken = {category_color(c, False).name().upper() for c in known + fresh[:-1]}
        free = [c for c in style._FALLBACK if c not in taken]
        assign_category_colors(known + fresh, keep=True)
        last = category_color(fresh[-1], False).name().upper()
        assert last in free
        def nearest(color: str) -> float:
            return min(style.lane_colour_distance(color, other) for other in taken)
        assert nearest(last) == max(nearest(c) for c in free)
    finally:
        assign_category_colors([], {})
