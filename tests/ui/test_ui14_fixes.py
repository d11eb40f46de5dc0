"""Defects a fresh user found in the timeline view (verify13, session 13), fixed on
branch ui14."""

from __future__ import annotations

import pytest
from test_view_first_look import _axis
from test_view_trial_fixes import _grab, _whole

from timeline_app.io.bundled import load_default_timeline


@pytest.mark.parametrize("width", [950, 1000, 1030, 1100])
def test_fit_all_shows_the_1965_title_whole_beside_a_band_with_its_length_on_two_rows(
        qtbot, shown_view, width):
    """verify13, finding 6: at Fit All the default timeline's 1965 treaty read "South
    Korea and Japan…", flush with the view's left edge, in views of 934-1014 px (a
    1280 px window after a resize round trip, whose Details pane stays narrower).  Fit
    All's left margin (``_fit_margin_left``) counted the "≈ 57 years" band as losing
    its length unless it had room for it on one line, and chose a narrower margin that
    cut the title; the axis shows the length on two rows ("≈ 57" over "years") in the
    band the whole title leaves.  Now the title is whole, left of its marker and inside
    the view, and the band still says its length."""
    view = shown_view(load_default_timeline(), size=(width, 600))
    treaty = next(e for e in view._document.timeline if e.date.year == 1965)
    assert view.label_text(treaty.id) == treaty.title
    label = view.label_rect(treaty.id)
    assert 0.0 < label.left() and label.right() < view.marker_rect(treaty.id).left()
    segments, labels = _axis(view)
    (band,) = [seg.band for seg in segments if seg.band is not None]
    inside = [axis_label.text for axis_label in labels
              if band[0] <= axis_label.rect.left() and axis_label.rect.right() <= band[1]]
    assert inside in (["≈ 57", "years"], ["≈ 57 years"])
    assert _grab(view) == _whole(view)
