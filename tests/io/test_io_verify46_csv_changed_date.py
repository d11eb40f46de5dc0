"""A date changed in an exported CSV does not keep the old date basis (verify46 F9).

A colleague changed "2013" to "3 November 2013" in the Date column of our export and left
the other cells as exported; reopened, the event showed the new day under the old basis
("'Later that year', relative to …") with "Later that year" marked in the sentence: the
basis claimed the article gave the day.  Now the basis says the date was changed in the
table (as the editor says "typed by hand (was 2013)"), the expression is no longer marked,
and the row is listed, counted as a changed date, saying which column was read.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.io.csv_table import dumps_csv, read_table, rows_to_events
from timeline_app.io.formats import open_timeline_file

_SENTENCE = "Later that year Kosovo Serbs in the north voted in local elections."
_BASIS = "'Later that year', relative to the date mentioned before ('around 2013')"


def _exported() -> list[list[str]]:
    timeline = Timeline.from_events([
        Event("vote", "Kosovo Serbs in the north vote", FuzzyDate.of_year(2013),
              category="election", date_basis=_BASIS,
              evidence=(Evidence(_SENTENCE, 0, len(_SENTENCE), 0, 15),)),
        Event("stall", "Talks stall", FuzzyDate.of_ymd(2013, 11, 9), category="dispute",
              date_basis="'9 November 2013'"),
    ])
    return list(csv.reader(io.StringIO(dumps_csv(timeline).lstrip("\ufeff"))))


def _bytes(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8")


def _changed(rows: list[list[str]], column: str, value: str) -> list[list[str]]:
    vote = next(r for r in rows if r[0].startswith("Kosovo Serbs"))
    vote[rows[0].index(column)] = value
    return rows


def test_a_day_typed_over_the_year_says_the_date_was_changed_in_the_table() -> None:
    rows = _changed(_exported(), "Date", "3 November 2013")
    table = read_table(_bytes(rows))
    events, errors = rows_to_events(table, table.mapping)
    vote = next(e for e in events if e.id == "vote")
    assert vote.date == FuzzyDate.of_ymd(2013, 11, 3)
    assert vote.date_basis.startswith("changed in the table (was 2013; ")
    assert _BASIS in vote.date_basis  # how the old date was found is kept after "was"
    assert vote.evidence[0].date_span_in_sentence() is None  # "Later that year" not marked
    (error,) = errors
    assert error.kept and error.changed
    # the two date cells disagree: which one was read is said
    assert "read 3 November 2013 from Date, not 2013" in error.reason
    stall = next(e for e in events if e.id == "stall")
    assert stall.date_basis == "'9 November 2013'"


def test_both_date_cells_changed_the_precision_cell_tells() -> None:
    rows = _changed(_changed(_exported(), "Date", "3 November 2013"), "Date (ISO)",
                    "2013-11-03")
    table = read_table(_bytes(rows))
    events, errors = rows_to_events(table, table.mapping)
    vote = next(e for e in events if e.id == "vote")
    assert vote.date_basis.startswith("changed in the table (its Precision cell said year; ")
    assert [e.changed for e in errors] == [True]


def test_a_second_round_trip_does_not_grow_the_basis() -> None:
    rows = _changed(_exported(), "Date", "3 November 2013")
    table = read_table(_bytes(rows))
    events, _ = rows_to_events(table, table.mapping)
    again = list(csv.reader(io.StringIO(
        dumps_csv(Timeline.from_events(events)).lstrip("\ufeff"))))
    again = _changed(again, "Date", "4 November 2013")
    table = read_table(_bytes(again))
    events, _ = rows_to_events(table, table.mapping)
    vote = next(e for e in events if e.id == "vote")
    # a day over a day: the Precision cell cannot tell which cell changed, both are said
    assert vote.date_basis == (
        f"changed in the table (its Date (ISO) cell says 3 November 2013; {_BASIS})")


def test_an_untouched_export_keeps_every_basis() -> None:
    table = read_table(_bytes(_exported()))
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    assert next(e for e in events if e.id == "vote").date_basis == _BASIS


def test_the_open_summary_counts_the_changed_dates(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_bytes(_bytes(_changed(_exported(), "Date", "3 November 2013")))
    opened = open_timeline_file(path)
    assert any(note.startswith("1 date changed in the table") for note in opened.notes)


def test_a_spreadsheet_s_own_form_of_the_iso_cells_is_no_change() -> None:
    """verify53 F15: the export opened and saved by Excel has its ISO cells in the
    locale's short form — US "11/8/1900" for 1900-11-08 (read day first: 11 August),
    "1/1/1901" for the month 1901-01 (Excel keeps a month as its first day) — and 294 rows'
    bases were rewritten to "changed in the table".  Those are the same dates; a real
    change in such a cell is still one."""
    timeline = Timeline.from_events([
        Event("a", "Accord", FuzzyDate.of_ymd(1900, 11, 8), date_basis="'8 November 1900'"),
        Event("b", "Pact", FuzzyDate.of_month(1901, 1), date_basis="'January 1901'"),
        Event("c", "Talks", FuzzyDate.of_year(1950), date_basis="'1950'"),
        Event("d", "Truce", FuzzyDate.of_ymd(1950, 2, 13), date_basis="'13 February 1950'"),
    ])
    rows = list(csv.reader(io.StringIO(dumps_csv(timeline).lstrip("\ufeff"))))
    iso = rows[0].index("Date (ISO)")
    excel = {"1900-11-08": "11/8/1900", "1901-01": "1/1/1901", "1950": "1950",
             "1950-02-13": "2/13/1950"}
    for row in rows[1:]:
        row[iso] = excel[row[iso]]
    table = read_table(_bytes(rows))
    events, errors = rows_to_events(table, table.mapping, day_first=True)
    assert [e.date_basis for e in events] == [
        "'8 November 1900'", "'January 1901'", "'1950'", "'13 February 1950'"]
    assert not any(e.changed for e in errors)
    rows[1][iso] = "11/9/1900"  # a day changed in that cell: still said
    table = read_table(_bytes(rows))
    events, errors = rows_to_events(table, table.mapping, day_first=True)
    assert events[0].date_basis.startswith("changed in the table")
