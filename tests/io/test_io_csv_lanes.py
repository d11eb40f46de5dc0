"""CSV lanes read back: an Uncategorised event (the lane "") stays so (ui26)."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.csv_table import dumps_csv, read_table, rows_to_events

DAY = FuzzyDate.of_day(dt.date(2024, 5, 1))


def _round_trip(timeline: Timeline) -> dict[str, str]:
    table = read_table(dumps_csv(timeline).encode("utf-8"))
    back, errors = rows_to_events(table, table.mapping)
    assert errors == []
    return {e.id: e.category for e in back}


def test_an_uncategorised_event_comes_back_uncategorised() -> None:
    """Its Category cell is empty; it was read back in the lane "event"."""
    made = Timeline.from_events([Event("u", "Loose", DAY, category=""),
                                 Event("t", "Signed", DAY, category="treaty"),
                                 Event("e", "Happened", DAY, category="event")])
    assert _round_trip(made) == {"u": "", "t": "treaty", "e": "event"}


def test_with_a_lane_id_column_too() -> None:
    """The "Lane id" column (a lane shown as another lane's name) has an empty cell for
    the lanes that need none, and for Uncategorised."""
    made = Timeline.from_events([Event("u", "Loose", DAY, category=""),
                                 Event("s", "Sanctions", DAY, category="Sanctions")])
    assert dumps_csv(made).splitlines()[0].endswith("Lane id")
    assert _round_trip(made) == {"u": "", "s": "Sanctions"}


def test_a_table_without_a_category_column_puts_its_events_in_event() -> None:
    table = read_table(b"Title,Date\nSigned,2024-05-01\n")
    assert "category" not in table.mapping
    back, _ = rows_to_events(table, table.mapping)
    assert [e.category for e in back] == ["event"]
