"""The room an import's view (``fit_days``) and Fit All leave after the last events is
no larger than their titles need (verify57 F19).

A teacher at 150 % imported a Reuters article into her class timeline: the view ran
to October 2034 for events up to January 2026, a quarter of the width empty.  The room
(``FitMixin._fit_room_right``) was for "Protest against the accord", the last event of
a lane otherwise empty there, whose title reads whole left of its marker; the other
newest titles were left of theirs already.  A title shown whole without the room needs
none of it."""

from __future__ import annotations

import datetime as _dt

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import Precision
from timeline_app.ui.view_base import FIT_MARGIN_RIGHT

_ROWS = [
    ("1903-11-18", "Canal", "Hay–Bunau-Varilla Treaty signed"),
    ("1914-08-15", "Canal", "Panama Canal opens"),
    ("1967-08-08", "ASEAN", "ASEAN founded in Bangkok"),
    ("1977-09-07", "Canal", "Torrijos–Carter Treaties signed"),
    ("1999", "Trade", "Negotiations launched"),
    ("1999-12-31", "Canal", "Panama takes control of the canal"),
    ("2016-06-26", "Canal", "Expanded canal inaugurated"),
    ("2019-06-28", "Trade", "Political agreement"),
    ("2019-09-16", "Pacific", "Solomon Islands switches recognition to Beijing"),
    ("2022-04-19", "Pacific", "China–Solomon Islands security pact"),
    ("2024-01-15", "Pacific", "Nauru switches recognition to Beijing"),
    ("2024-12-06", "Trade", "Agreement concluded in Montevideo"),
    ("2025-01-20", "Canal", "Trump says US should take back the canal"),
    ("2026-01-17", "Dispute", "Protest against the accord"),
    ("2026-01-09", "Trade", "EU member states approve deal by a qualified majority in Brussels"),
    ("2026-01-17", "Trade", "European Union and Mercosur sign free trade agreement in Asuncion"),
]


def _timeline() -> Timeline:
    events = []
    for index, (iso, lane, title) in enumerate(_ROWS):
        precision = (Precision.YEAR, Precision.MONTH, Precision.DAY)[iso.count("-")]
        events.append(Event(f"e{index}", title, FuzzyDate.from_iso(iso, precision),
                            category=lane))
    return Timeline.from_events(events)


def test_an_imports_view_leaves_no_room_for_titles_that_read_left_of_their_markers(shown_view):  # type: ignore[no-untyped-def]
    timeline = _timeline()
    view = shown_view(timeline, (874, 700))
    first = _dt.date(1999, 1, 1).toordinal()
    last = _dt.date(2026, 1, 18).toordinal()
    view.fit_days(first, last)  # (as ``MainWindow._import_reviewed`` shows an import)
    view.viewport().repaint()
    width = view.viewport().width()
    # Before: 2034 on the axis, 201 px of 858 after the last marker.
    assert width - view.x_of_day(last - 0.5) <= FIT_MARGIN_RIGHT + 1
    assert view.visible_days()[1] < _dt.date(2028, 1, 1).toordinal()  # (its right margin)
    for event in timeline.events:
        if event.day_range()[0] >= _dt.date(2024, 1, 1).toordinal():
            rect = view.label_rect(event.id)
            assert view.label_text(event.id) == event.title, event.title
            assert 0 <= rect.left() and rect.right() <= width, (event.title, rect)


def test_a_badge_at_the_datas_end_zooms_in_within_the_data(shown_view):  # type: ignore[no-untyped-def]
    """A click on a narrow "+2" (``_zoom_into``) showed a window an eighth of the view
    wide around it: at the data's end, "17 May 2010 – 17 July 2032" for events of
    2023-2025, seven empty years on the right.  The window now ends at the data's end
    (and a margin), the badge's days in it."""
    from types import SimpleNamespace

    timeline = _timeline()
    view = shown_view(timeline, (874, 700))
    first = _dt.date(2023, 1, 1).toordinal()
    last = _dt.date(2025, 1, 21).toordinal()
    view._zoom_into(SimpleNamespace(first_day=first, last_day=last))
    shown_first, shown_last = view.visible_days()
    data_last = max(event.day_range()[1] for event in timeline.events)
    assert shown_first < first and last < shown_last
    assert shown_last < data_last + 0.1 * (shown_last - shown_first), (
        _dt.date.fromordinal(int(shown_last)))  # before: November 2029
