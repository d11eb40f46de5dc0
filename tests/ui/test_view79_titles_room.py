"""view79: a title beside the view's left edge or a band uses the room it has (verify81 F8).

The default timeline at Fit All in a narrow view (740 px, or 1366×768 at 150 %): the 1965
treaty's title went left of its bar, cut at the view's left edge ("South Korea and
Japan…", at 150 % "South…"), while its row was empty right of the bar, across the band;
the lane's name was pushed over the band.  A title cut at an edge that reads whole right
of its marker, over the band, goes there (``view_layout._titles_across_bands``).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from timeline_app.io.bundled import load_default_timeline


@pytest.mark.parametrize("width", [740, 780])
def test_the_oldest_title_reads_whole_right_of_its_bar(shown_view, width):  # type: ignore[no-untyped-def]
    timeline = load_default_timeline()
    view = shown_view(timeline, size=(width, 420))
    view.fit_all()
    QApplication.processEvents()
    oldest = timeline.events[0]
    assert oldest.date.year == 1965
    # was: "South Korea and Japan…", left of its bar, cut at the view's left edge
    assert view.label_text(oldest.id) == oldest.title
    label, marker = view.label_rect(oldest.id), view.marker_rect(oldest.id)
    assert 0 <= label.left() - marker.right() <= 12  # right of its own bar
    assert label.right() <= view.viewport().width()
    # ... and the other titles are no shorter than before
    for event in timeline.events[1:]:
        text = view.label_text(event.id)
        assert text == event.title or view.label_rect(event.id).width() >= 140, text


@pytest.mark.parametrize(("width", "clicks"), [(820, 1), (820, 2), (900, 1), (1100, 1)])
def test_the_oldest_title_stays_whole_after_zoom_in_clicks(shown_view, width, clicks):  # type: ignore[no-untyped-def]
    """view80 (verify81 F8): one or two Zoom In clicks from Fit All (the toolbar's 1.5× each,
    about the view's middle) kept the 1965 bar near the view's left edge and its title
    left of it, cut there ("South Korea and Japan…", at 150 % "S…"), the row empty right
    of the bar across the band: it reads whole right of its bar; no title of the lanes is
    drawn over the band but that one, starting at its own bar (trial 7)."""
    timeline = load_default_timeline()
    view = shown_view(timeline, size=(width, 420))
    view.fit_all()
    QApplication.processEvents()
    for _click in range(clicks):
        view.zoom_by_input(1.5)
        QApplication.processEvents()
    oldest = timeline.events[0]
    label, marker = view.label_rect(oldest.id), view.marker_rect(oldest.id)
    assert marker.right() > 0  # (still on screen)
    assert view.label_text(oldest.id) == oldest.title
    assert 0 <= label.left() - marker.right() <= 12
    band = next(seg.band for seg in view._axis_segments() if seg.band is not None)
    for event in timeline.events[1:]:
        rect = view.label_rect(event.id)
        if view.label_text(event.id):
            assert not (rect.right() > band[0] and rect.left() < band[1]), event.title
