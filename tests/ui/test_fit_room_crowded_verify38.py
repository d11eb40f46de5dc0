"""Fit All of a timeline whose lanes are mostly drawn as densities gives no room after
its data for titles (verify38 F8).

A 5 000-event file (1816-2029, seven of its eight lanes densities at Fit All) showed
1797-2213 at 1280x740: 40 % of the lanes' width (``FIT_LABEL_SHARE``) was empty axis
after 2029, room made for the titles of the one lane that still shows titles.

Fails on main ``9c00af66``.
"""

from __future__ import annotations

from benchmarks.synthetic import synthetic_timeline


def _shown_view_of(qtbot, timeline, size):  # type: ignore[no-untyped-def]
    """The timeline view of a main window on ``timeline``, shown at ``size``."""
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(timeline)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window.view


def test_fit_all_of_a_crowded_timeline_ends_near_its_last_event(qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.core.dates import day_number

    timeline = synthetic_timeline(5000, seed=2)
    last = max(event.day_range()[1] for event in timeline)
    view = _shown_view_of(qtbot, timeline, (1280, 740))
    view.fit_all()
    first_shown, last_shown = view.visible_days()
    assert last <= last_shown  # all of it
    # a fifth of the data's last stretch (1945-2029) at most after it (Fit All's margin),
    # not 184 years
    assert last_shown - last < 0.2 * (last - day_number(1945, 1, 1))


def test_fit_all_of_a_filtered_crowded_view_ends_near_its_last_event(qtbot):  # type: ignore[no-untyped-def]
    """F8's sparse case: the same file filtered to one participant (193 events of
    1947-2029, no lane a density, most titles lost either way) was shown to 2100 at
    1366x768, 44 % of the width after the data, room that saved 4 % of the titles' px
    lost (``FIT_ROOM_RIGHT_SAVED``)."""
    timeline = synthetic_timeline(5000, seed=2)
    who = "Annalena Baerbock"
    shown = [event for event in timeline if who in event.participants]
    assert 150 < len(shown) < 250
    first = min(event.day_range()[0] for event in shown)
    last = max(event.day_range()[1] for event in shown)
    view = _shown_view_of(qtbot, timeline, (1366, 768))
    view.set_emphasis(None, {event.id for event in timeline if who not in event.participants})
    assert view.fit_all()
    first_shown, last_shown = view.visible_days()
    assert first_shown <= first and last <= last_shown  # all of it
    assert last_shown - last < 0.1 * (last - first)
