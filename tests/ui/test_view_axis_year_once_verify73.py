"""verify73 F16 (session 55): at Fit All a year was named twice on the axis, as a tick
inside the compressed 2020s and again as the heading of the widened stretch after "scale
×6.9 →", which starts inside that year.  The stretch after names it; the tick before
stays bare."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import Precision

# (date, precision, category, title): a desk's running timeline of a river treaty's talks
RIVER = [
    ("2015-03", "month", "treaty", "Three states sign a charter on the river in Lome"),
    ("2023-12", "month", "dispute", "Talks on the river break down"),
    ("2024-10", "month", "event", "Togo completes the dam's first filling"),
    ("2025-09", "month", "event", "Togo opens the dam"),
    ("2026-11-30", "day", "policy", "Ministers resume talks in Lome"),
    ("2026-12-01", "day", "meeting", "Negotiators agree draft on drought rules"),
    ("2026-12-02", "day", "policy", "Togo puts off the ministers' meeting"),
    ("2026-12-03", "day", "dispute", "Togo denies agreeing to a fixed release"),
    ("2026-12-10", "day", "meeting", "Ministers meet in Accra (postponed)"),
    ("2027-01-14", "day", "meeting", "Ministers meet in Accra (scheduled)"),
]


def test_a_year_the_stretch_after_names_is_not_named_before_it(window):  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    QApplication.processEvents()
    timeline = Timeline(title="River talks, 2015-2027")
    for index, (value, precision, category, title) in enumerate(RIVER):
        timeline.add(Event(f"r{index}", title,
                           FuzzyDate.from_iso(value, Precision(precision)), category=category))
    window.document.replace_timeline(timeline, None)
    QApplication.processEvents()
    window.view.fit_all()
    QApplication.processEvents()
    view = window.view
    assert view._scale_changes(view._axis_segments(), view.viewport().width())
    texts = [text for _rect, text in view.axis_labels()]
    assert texts.count("2026") == 1, texts
    assert "2025" in texts and "2027" in texts, texts
