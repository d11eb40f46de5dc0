"""Fit All of a timeline whose lanes are mostly drawn as densities gives no room after
its data for titles (verify38 F8).

A 5 000-event file (1816-2029, seven of its eight lanes densities at Fit All) showed
1797-2213 at 1280x740: 40 % of the lanes' width (``FIT_LABEL_SHARE``) was empty axis
after 2029, room made for the titles of the one lane that still shows titles.

Fails on main ``9c00af66``.
"""

from __future__ import annotations

from benchmarks.synthetic import synthetic_timeline


def test_fit_all_of_a_crowded_timeline_ends_near_its_last_event(qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.core.dates import day_number
    from timeline_app.ui.main_window import MainWindow

    timeline = synthetic_timeline(5000, seed=2)
    last = max(event.day_range()[1] for event in timeline)
    window = MainWindow(timeline)
    qtbot.addWidget(window)
    window.resize(1280, 740)
    window.show()
    qtbot.waitExposed(window)
    view = window.view
    view.fit_all()
    first_shown, last_shown = view.visible_days()
    assert last <= last_shown  # all of it
    # a fifth of the data's last stretch (1945-2029) at most after it (Fit All's margin),
    # not 184 years
    assert last_shown - last < 0.2 * (last - day_number(1945, 1, 1))
