"""verify80 F6: File → Print of a long history with one event of 431 BC drew a linear axis
from 431 BC to 2026, the 70 events of 1958-2026 in the last 3 % of every page, while the
window and the PDF picture collapsed the empty centuries.  The print's and picture's choice
of a linear axis (``export_picture._fit_fewest_cut``) counted only titles cut: crammed to
the right edge, every title was whole.  It now weighs the dates drawn on one another too.

The events are written for the test."""

from __future__ import annotations

from PySide6.QtCore import QSize

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.document import Document
from timeline_app.ui.export_picture import whole_timeline_view

TITLES = ("Envoys meet on the shelf line", "Treaty on naval limits signed",
          "Talks on test limits open", "Summit ends without a text",
          "Ministers agree on a hotline", "Inspectors visit the silos")


def _history() -> Timeline:
    events = [Event("e-bc", "War between the leagues begins", FuzzyDate.of_year(-430),
                    category="dispute"),
              Event("e-1650", "Congress of the river states", FuzzyDate.of_year(1650),
                    category="meeting")]
    for i in range(48):
        year = 1958 + (i * 68) // 48
        events.append(Event(f"e{i:02d}", f"{TITLES[i % len(TITLES)]} ({year})",
                            FuzzyDate.of_ymd(year, 1 + i % 12, 1 + (i * 7) % 27),
                            category=("treaty", "meeting", "dispute", "policy")[i % 4]))
    return Timeline.from_events(events)


def test_a_history_with_one_ancient_event_prints_with_its_empty_centuries_collapsed(
        qtbot) -> None:  # type: ignore[no-untyped-def]
    view = whole_timeline_view(Document(_history()), QSize(1046, 900),
                               collapse=True, widen=False)
    qtbot.addWidget(view)
    assert view.collapse_empty_periods() and view.has_gap_bands()
    modern = view.x_of_day(FuzzyDate.of_year(1958).start_day())
    assert modern < view.width() * 0.5  # (it was past 97 % of the width)
