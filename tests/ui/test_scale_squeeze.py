"""``scale.Squeeze``: a stretch drawn narrower than its days, with no band (fit43)."""

from __future__ import annotations

from timeline_app.ui.scale import Break, Scale, Squeeze, Viewport


def _scale() -> Scale:
    # Days 0-1000 squeezed to 100 units; a break of days 1100-9000 to 50 units.
    return Scale([Break(1000.0, 9100.0, 1100.0, 9000.0, 50.0)], [Squeeze(0.0, 1000.0, 100.0)])


def test_a_squeeze_maps_its_days_to_its_units_and_back() -> None:
    scale = _scale()
    assert scale.u_of_day(0.0) == 0.0
    assert scale.u_of_day(500.0) == 50.0
    assert scale.u_of_day(1000.0) == 100.0
    assert scale.u_of_day(1100.0) == 200.0  # slope 1 between the squeeze and the break
    assert scale.u_of_day(9000.0) == 250.0
    for day in (-10.0, 0.0, 333.0, 1000.0, 1050.0, 5000.0, 9500.0):
        assert abs(scale.day_of_u(scale.u_of_day(day)) - day) < 1e-9
    assert not scale.is_linear
    assert Scale([], []).is_linear


def test_a_squeeze_is_a_stretch_of_its_own_slope_and_no_band() -> None:
    segments = _scale().segments(-10.0, 300.0)
    assert [(s.brk is not None, s.squeeze is not None) for s in segments] == [
        (False, False), (False, True), (False, False), (True, False), (False, False)]
    assert segments[1].slope == 0.1
    assert segments[3].slope == 50.0 / 7900.0


def test_an_edge_inside_a_squeeze_is_the_day_there_not_a_bands_side() -> None:
    # (an edge inside a break stands at its far side: ``Viewport.shown_days``)
    view = Viewport(_scale(), 50.0, 1.0, 180.0)  # units 50-230: the squeeze's middle to the break
    first, last = view.shown_days()
    assert first == 500.0
    assert last == 1100.0
