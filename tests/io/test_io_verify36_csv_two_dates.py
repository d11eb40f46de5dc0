"""A CSV row whose "Date" and "Date (ISO)" cells disagree is listed (verify36 F2).

The export writes each date twice, in words and in ISO form (so that a spreadsheet can
sort).  A supervisor sorted by "Date (ISO)" and corrected that cell (2013-11-09 →
2013-11-08); the import reads the first column whose header starts with "date" — the
words — and the correction was lost without a word.  With the columns reordered it was
the other way round.  The import still reads the column the mapping names, and now lists
the row ("kept", to check), saying what each cell says.
"""

from __future__ import annotations

import csv
import io

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.csv_table import dumps_csv, read_table, rows_to_events


def _exported() -> list[list[str]]:
    timeline = Timeline.from_events([
        Event("stall", "Talks stall", FuzzyDate.of_ymd(2013, 11, 9), category="dispute"),
        Event("late", "Talks resume", FuzzyDate.of_part(2014, "late"), category="meeting"),
        Event("geneva", "Geneva talks", FuzzyDate.of_ymd(2013, 11, 20, circa=True),
              end=FuzzyDate.of_ymd(2013, 11, 23, circa=True), category="meeting"),
    ])
    return list(csv.reader(io.StringIO(dumps_csv(timeline).lstrip("\ufeff"))))


def _table(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8")


def test_an_iso_cell_corrected_in_a_spreadsheet_is_listed_with_both_dates() -> None:
    rows = _exported()
    header = rows[0]
    stall = next(r for r in rows if r[0] == "Talks stall")
    stall[header.index("Date (ISO)")] = "2013-11-08"
    table = read_table(_table(rows))
    events, errors = rows_to_events(table, table.mapping)
    assert len(events) == 3
    (error,) = errors
    assert error.kept
    assert error.row == rows.index(stall) + 1
    assert "9 November 2013" in error.reason and "8 November 2013" in error.reason
    assert "Date (ISO)" in error.reason


def test_the_words_corrected_with_the_iso_column_first_are_listed_too() -> None:
    rows = _exported()
    order = [0, 2, 1, *range(3, len(rows[0]))]  # "Date (ISO)" before "Date"
    rows = [[r[i] for i in order] for r in rows]
    assert rows[0][:3] == ["Title", "Date (ISO)", "Date"]
    stall = next(r for r in rows if r[0] == "Talks stall")
    stall[2] = "8 November 2013"  # the words, now the second date column
    table = read_table(_table(rows))
    _events, errors = rows_to_events(table, table.mapping)
    (error,) = errors
    assert error.kept and "8 November 2013" in error.reason


def test_an_untouched_export_lists_no_row() -> None:
    # "late 2014" is written "2014" in ISO, "c. 20 November 2013" as 2013-11-20: the same
    # days, not a disagreement
    table = read_table(_table(_exported()))
    events, errors = rows_to_events(table, table.mapping)
    assert len(events) == 3 and errors == []
