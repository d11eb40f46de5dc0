"""verify67 (F6): the axis of a teacher's lesson picture names each tick's own year and
period, right of its tick.

Her PNG (Report or slide, 1 400 px) of the default timeline with c. 1592, 1910,
1910-1945 (an event and an era) and October 1998 added: "21st century" was drawn over
1980-2000, ending at the 2000 tick, moved in before the change of scale after it, and
read as the name of the 1980s-90s; "1900" stood at the edge of the band ending in July
1906, with no tick of its own, its 20-year step the shortest on the axis.
"""

from __future__ import annotations

import datetime as _dt

from timeline_app.core import Event, FuzzyDate

_ADDED = (
    Event("imjin", "Hideyoshi's army lands at Busan: the Imjin War begins",
          FuzzyDate.of_year(1592, circa=True), category="War"),
    Event("annex", "Japan annexes Korea", FuzzyDate.of_year(1910), category="Colonial rule"),
    Event("rule", "Japanese colonial rule of Korea", FuzzyDate.of_year(1910),
          end=FuzzyDate.of_year(1945), category="Colonial rule"),
    Event("era", "Colonial period", FuzzyDate.of_year(1910), end=FuzzyDate.of_year(1945),
          category="Era"),
    Event("kim", "Kim Dae-jung and Obuchi issue joint declaration",
          FuzzyDate.of_month(1998, 10), category="Policy"),
)


def _lesson_picture(window):  # type: ignore[no-untyped-def]
    from timeline_app.ui.export_picture import whole_timeline_view

    for event in _ADDED:
        window.document.add_event(event)
    return whole_timeline_view(window.document)


def _ticks_of(view):  # type: ignore[no-untyped-def]
    """{label: x} of every tick of the picture's axis, majors and minors."""
    ticks = {}
    for seg in view._axis_segments():
        if seg.ticks is not None:
            for tick in seg.ticks.major + seg.ticks.minor:
                ticks.setdefault(tick.label, view.x_of_day(tick.day))
    return ticks


def test_no_year_at_a_band_edge_that_is_not_that_year(window):  # type: ignore[no-untyped-def]
    view = _lesson_picture(window)
    try:
        labels = {text: rect for rect, text in view.axis_labels()}
        bands = [seg for seg in view._axis_segments() if seg.brk is not None]
        assert any(_dt.date.fromordinal(int(seg.brk.last_day)).year == 1906 for seg in bands)
        assert "1900" not in labels  # (its tick is under the band; the edge is 1906)
        assert "1920" in labels and "1940" in labels
    finally:
        view.deleteLater()


def test_a_period_is_named_right_of_its_own_tick(window):  # type: ignore[no-untyped-def]
    view = _lesson_picture(window)
    try:
        ticks = _ticks_of(view)
        labels = view.axis_labels()
        assert "1900–1999" in [text for _rect, text in labels]  # (verify78 F10)
        for rect, text in labels:
            if text.endswith(("century", "0s", "99")) and text in ticks:
                tick_x = ticks[text]
                # right of its tick, or (a sticky label) at the left edge of a stretch
                # that starts inside the period: never ending at its tick, over the step
                # before it
                assert rect.left() >= tick_x - 1, (text, rect.left(), tick_x)
    finally:
        view.deleteLater()


def test_the_windows_axis_names_a_period_right_of_its_tick_too(window, qtbot):  # type: ignore[no-untyped-def]
    """Her window at 1920 px, the lesson at Fit All: "21st century" began at the 1980
    tick and ended at the 2000 tick, before the change of scale after it."""
    window.resize(1920, 1000)
    qtbot.waitUntil(lambda: window.view.viewport().width() > 1400)
    for event in _ADDED:
        window.document.add_event(event)
    view = window.view
    view.fit_all()
    ticks = _ticks_of(view)
    for rect, text in view.axis_labels():
        if text.endswith(("century", "99")) and text in ticks:
            assert rect.left() >= ticks[text] - 1, (text, rect.left(), ticks[text])
