"""verify67 (F7): an event added at Fit All between two bands is readable at once.

"Kim Dae-jung and Obuchi issue joint declaration" (October 1998), added to the default
timeline (with the 1965 treaty) at Fit All, split the "≈ 57 years" band in two; the
fitted view kept its bands' ends and the 1998 stretch between them, ~50 px, drew the
selected marker only: no title, no "1998" on the axis, until Ctrl+0.  The view now
re-fits then, as Ctrl+0 does (``FitMixin.show_event``).
"""

from __future__ import annotations

import datetime as _dt

from timeline_app.core import Event, FuzzyDate


def _add(window, event):  # type: ignore[no-untyped-def]
    """What Edit → New Event does after the editor's OK (``MainWindow.new_event``)."""
    window.document.add_event(event, shown=window.legend_bar.categories())
    window.selection.select(event.id)
    window.view.show_event(event.id)


def _teachers_window(window, qtbot):  # type: ignore[no-untyped-def]
    window.resize(1280, 700)  # (her 1920 × 1080 screen at QT_SCALE_FACTOR=1.5)
    qtbot.waitUntil(lambda: window.view.viewport().width() < 900)
    qtbot.wait(100)  # (the resize's own refit, before her Ctrl+E)
    window.view.fit_all()
    _add(window, Event("t1", "Treaty on Basic Relations signed in Tokyo",
                       FuzzyDate.of_day(_dt.date(1965, 6, 22)), category="treaty"))
    _add(window, Event("k1", "Kim Dae-jung and Obuchi issue joint declaration",
                       FuzzyDate.of_month(1998, 10), category="policy"))
    return window.view


def test_an_event_added_between_two_bands_shows_its_title_and_year(window, qtbot):  # type: ignore[no-untyped-def]
    view = _teachers_window(window, qtbot)
    item = view._item_of(view._layout(), "k1")
    assert item is not None
    # (Fit All's own layout of the view: Ctrl+0 gives the same, its title as far as it
    # fits; before, "" and no "1998")
    assert item.label.startswith("Kim Dae-jung")
    assert "1998" in [text for _rect, text in view.axis_labels()]
    assert view._auto_fit
    days, label = view.visible_days(), item.label
    view.fit_all(keep_rows=True)
    assert view.visible_days() == days
    assert view._item_of(view._layout(), "k1").label == label
    marker = item.marker
    assert 0 <= marker.left() and marker.right() <= view.viewport().width()
    assert 0 <= marker.top() and marker.bottom() <= view.viewport().height()


def test_an_event_added_with_its_title_whole_keeps_the_view(window):  # type: ignore[no-untyped-def]
    """verify11 F6 and new-user trial 9: an edit inside a fitted view keeps it; only an
    event left without a title re-fits it."""
    window.resize(1280, 700)
    view = window.view
    view.fit_all()
    origin, scale = view._origin, view._px_per_day
    _add(window, Event("m1", "Cho and Iwaya speak by phone",
                       FuzzyDate.of_day(_dt.date(2024, 11, 5)), category="meeting"))
    assert (view._origin, view._px_per_day) == (origin, scale)
