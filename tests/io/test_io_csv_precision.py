"""The CSV export's Precision column says what the date is, as the details pane and the
iCalendar export do: "part of a month" for late January, not "month" (fmt18 not done)."""

from __future__ import annotations

import csv
import io

from timeline_app.core import Event, Timeline
from timeline_app.core.parse_date import parse_typed_date
from timeline_app.io.csv_table import dumps_csv


def test_the_precision_column_names_a_part_of_a_month_or_a_decade():
    timeline = Timeline()
    for n, typed in enumerate(("late January 2026", "c. the early 1990s", "January 2026",
                               "c. spring 2021", "3 May 2024", "1965")):
        timeline.add(Event(f"e{n}", typed, parse_typed_date(typed).date))
    rows = list(csv.DictReader(io.StringIO(dumps_csv(timeline))))
    precision = {row["Title"]: (row["Precision"], row["Circa"]) for row in rows}
    assert precision == {"late January 2026": ("part of a month", ""),
                         "c. the early 1990s": ("part of a decade", "yes"),
                         "January 2026": ("month", ""),
                         "c. spring 2021": ("part of year", "yes"),
                         "3 May 2024": ("day", ""),
                         "1965": ("year", "")}
