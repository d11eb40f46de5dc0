"""A deadline is read at its end (verify57 F29): "by the end of April 2025" (a month with
TimeML's ON_OR_BEFORE, "no later than") came before "22 April 2025" in the Events list and
the TimelineJS export, as a date's sort key is its first day.  The date keeps its month
precision and its days; only where a reader looks for it moves
(``FuzzyDate.reading_key``, ``Timeline.reading_order``), and the timeline's index stays
in order of first day, which the views bisect."""

from __future__ import annotations

import csv
import io
import json

import pytest

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.clock import ClockTime
from timeline_app.core.dates import day_number
from timeline_app.io import dumps, loads
from timeline_app.io.csv_table import dumps_csv
from timeline_app.io.timelinejs import dumps_timelinejs, timelinejs_sheet_pieces

APRIL = FuzzyDate.of_month(2025, 4)
BY_APRIL = APRIL.with_limit("ON_OR_BEFORE")


def _timeline() -> Timeline:
    return Timeline.from_events([
        Event("audit", "Comptroller to complete audit", BY_APRIL, category="panama canal"),
        Event("attack", "Terrorist attack in Pahalgam", FuzzyDate.of_ymd(2025, 4, 22)),
        Event("month", "Talks in April", APRIL),
        Event("last", "Treaty signed", FuzzyDate.of_ymd(2025, 4, 30)),
        Event("may", "Summit", FuzzyDate.of_ymd(2025, 5, 1)),
        Event("march", "Visit", FuzzyDate.of_ymd(2025, 3, 31)),
    ])


def _titles(events: object) -> list[str]:
    return [e.title for e in events]  # type: ignore[attr-defined]


def test_a_deadline_reads_at_its_last_day_after_that_days_events() -> None:
    timeline = _timeline()
    assert _titles(timeline.reading_order()) == [
        "Visit", "Talks in April", "Terrorist attack in Pahalgam", "Treaty signed",
        "Comptroller to complete audit", "Summit"]
    # the date is as it was: April, its days, its words
    audit = timeline.get("audit")
    assert audit.date == BY_APRIL and audit.date.describe() == "by the end of April 2025"
    assert (audit.date.start_day(), audit.date.end_day()) == (APRIL.start_day(),
                                                                APRIL.end_day())
    # the index stays by first day: a view of April's first week finds it
    assert _titles(timeline.events)[:3] == ["Visit", "Talks in April",
                                            "Comptroller to complete audit"]
    first = day_number(2025, 4, 1)
    assert "audit" in [e.id for e in timeline.events_starting_in(first, first + 7)]


@pytest.mark.parametrize(("date", "last_day"), [
    (BY_APRIL, (2025, 4, 30)),
    (FuzzyDate.of_year(2025).with_limit("ON_OR_BEFORE"), (2025, 12, 31)),
    (FuzzyDate.of_part(2027, "mid").with_limit("ON_OR_BEFORE"), (2027, 8, 31)),
    (FuzzyDate.of_decade(2030).with_limit("ON_OR_BEFORE"), (2039, 12, 31)),
    (FuzzyDate.of_month(2025, 4, mod="START").with_limit("ON_OR_BEFORE"), (2025, 4, 10)),
    (APRIL.with_limit("AFTER"), (2025, 4, 30)),  # "after April": once April is over
])
def test_the_limits_that_name_a_periods_end_read_there(date: FuzzyDate,
                                                       last_day: tuple[int, int, int]) -> None:
    day, _rank = date.reading_key()
    assert day == day_number(*last_day) == date.end_day() - 1
    # after the last day's events, a late hour of it too, and before the next day's
    that_day = FuzzyDate.of_ymd(*last_day)
    assert date.reading_key() > that_day.with_time(ClockTime(23, 59)).sort_key()
    assert date.reading_key() < FuzzyDate.of_day_number(day + 1).sort_key()  # type: ignore[union-attr]
    assert date.sort_key()[0] == date.start_day()  # the index's order: its first day


@pytest.mark.parametrize("date", [
    APRIL, APRIL.with_limit("BEFORE"), APRIL.with_limit("ON_OR_AFTER"),
    FuzzyDate.of_ymd(2026, 12, 20).with_limit("ON_OR_BEFORE"),  # "by 20 December 2026"
    FuzzyDate.of_year(2025, circa=True)])
def test_other_dates_read_where_they_sort(date: FuzzyDate) -> None:
    assert date.reading_key() == date.sort_key()


def test_a_deadline_sorts_after_its_plain_month_on_their_first_day() -> None:
    assert APRIL.sort_key() < BY_APRIL.sort_key()
    assert BY_APRIL.sort_key() < FuzzyDate.of_ymd(2025, 4, 2).sort_key()


def test_without_deadlines_the_reading_order_is_the_events_list_itself() -> None:
    timeline = Timeline.from_events([e for e in _timeline() if e.id != "audit"])
    assert timeline.reading_order() is timeline.events


def test_the_reading_order_follows_edits() -> None:
    timeline = _timeline()
    before = timeline.reading_order()
    assert timeline.reading_order() is before  # kept while nothing changes
    timeline.add(Event("after", "Vote after April", APRIL.with_limit("AFTER")))
    assert _titles(timeline.reading_order())[-3:] == [
        "Comptroller to complete audit", "Vote after April", "Summit"]
    timeline.remove("audit")
    timeline.remove("after")
    assert timeline.reading_order() is timeline.events


def test_a_lazily_loaded_timeline_reads_in_the_same_order_without_making_events() -> None:
    text = dumps(_timeline())
    lazy, eager = loads(text, lazy=True), loads(text)
    assert lazy.store is not None
    assert [e.id for e in lazy.reading_order()] == [e.id for e in eager.reading_order()] \
        == ["march", "month", "attack", "last", "audit", "may"]


def test_the_exports_list_a_deadline_at_its_end() -> None:
    timeline = _timeline()
    slides = json.loads(dumps_timelinejs(timeline))["events"]
    headlines = [s["text"]["headline"] for s in slides]
    assert headlines.index("Comptroller to complete audit") \
        > headlines.index("Terrorist attack in Pahalgam")
    audit = next(s for s in slides if s["unique_id"] == "audit")
    assert audit["start_date"]["month"] == 4 and "day" not in audit["start_date"]
    rows = list(csv.reader(io.StringIO("".join(timelinejs_sheet_pieces(timeline)))))
    column = rows[0].index("Headline")
    order = [r[column] for r in rows[2:]]
    assert order.index("Comptroller to complete audit") == order.index("Treaty signed") + 1
    table = list(csv.reader(io.StringIO(dumps_csv(timeline))))
    assert [r[0] for r in table[1:]][-2:] == ["Comptroller to complete audit", "Summit"]


@pytest.mark.parametrize("deadlines", [3, 100])  # moved one at a time, and by slices
def test_the_reading_order_is_the_events_sorted_by_their_reading_key(deadlines: int) -> None:
    import random

    rng = random.Random(deadlines)
    events = []
    for i in range(400):
        year, month = 2000 + rng.randrange(5), 1 + rng.randrange(12)
        date = (FuzzyDate.of_ymd(year, month, 1 + rng.randrange(28)) if i % 3
                else FuzzyDate.of_month(year, month))
        events.append(Event(f"e{i}", f"Event {i}", date))
    for i in range(deadlines):
        date = rng.choice([FuzzyDate.of_month(2000 + rng.randrange(5), 1 + rng.randrange(12)),
                           FuzzyDate.of_year(2000 + rng.randrange(5))])
        events.append(Event(f"d{i}", f"Deadline {i}",
                            date.with_limit(rng.choice(["ON_OR_BEFORE", "AFTER"]))))
    rng.shuffle(events)
    timeline = Timeline.from_events(events)
    rank = {e.id: n for n, e in enumerate(timeline.events)}
    expected = sorted(timeline.events, key=lambda e: (e.reading_key(), rank[e.id]))
    assert [e.id for e in timeline.reading_order()] == [e.id for e in expected]
