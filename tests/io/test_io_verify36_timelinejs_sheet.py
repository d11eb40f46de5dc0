"""A TimelineJS spreadsheet saved as CSV comes in with its dates (verify36 F10).

TimelineJS's authoring template (the Google Sheet its site gives, which a supervisor fills
in and downloads as CSV) has the date in three columns, Year, Month and Day, and the end
in End Year, End Month and End Day.  The import guessed the "Day" column as the date
(the hint "day" before "year") and read the day of the month as a year: 24 November 2013
became "AD 24", a row without a day "no date", and no choice of one column could give
the dates.  The table now gets a date column made of the three ("Date (Year, Month,
Day)"), and an end column likewise, which the mapping takes.
"""

from __future__ import annotations

from timeline_app.core import FuzzyDate
from timeline_app.io.csv_table import read_table, rows_to_events

SHEET = (
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
    "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n"
    "2013,11,24,,,,,,,Joint Plan of Action agreed in Geneva,Interim deal,,,,,,"
    "Agreements,\r\n"
    "2014,7,,,,,,,,Talks extended to November,,,,,,,Extensions,\r\n"
    "2015,3,26,,2015,4,2,,,Lausanne round,,,,,,,Talks,\r\n"
    "-44,3,15,,,,,,,Caesar murdered,,,,,,,Antiquity,\r\n"
    "2018,,,,,,,,,United States withdraws,,,,,,,Withdrawal,\r\n"
)


def test_a_timelinejs_sheet_gets_its_dates_from_year_month_and_day() -> None:
    table = read_table(SHEET.encode("utf-8"), "iran.csv")
    assert table.header[table.mapping["date"]] == "Date (Year, Month, Day)"
    assert table.header[table.mapping["end"]] == "End date (End Year, End Month, End Day)"
    assert table.header[table.mapping["title"]] == "Headline"
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    got = {e.title: (e.date, e.end, e.category) for e in events}
    assert got == {
        "Joint Plan of Action agreed in Geneva": (FuzzyDate.of_ymd(2013, 11, 24), None,
                                                  "agreements"),
        "Talks extended to November": (FuzzyDate.of_month(2014, 7), None, "extensions"),
        "Lausanne round": (FuzzyDate.of_ymd(2015, 3, 26), FuzzyDate.of_ymd(2015, 4, 2),
                           "talks"),
        # TimelineJS's -44 is its "44 BCE" (``timelinejs.year_from_timelinejs``)
        "Caesar murdered": (FuzzyDate.of_ymd(-43, 3, 15), None, "antiquity"),
        "United States withdraws": (FuzzyDate.of_year(2018), None, "withdrawal"),
    }
    # the preview shows the made column's cells too
    date_column = table.mapping["date"]
    assert [row[date_column] for row in table.preview][:2] == ["24 November 2013",
                                                               "July 2014"]


def test_a_table_with_one_date_column_and_a_day_column_is_left_as_it_was() -> None:
    text = "Date,Day,Event\r\n2013-11-24,Sunday,Joint Plan of Action\r\n"
    table = read_table(text.encode("utf-8"))
    assert table.header == ["Date", "Day", "Event"]
    assert table.mapping["date"] == 0


def test_the_sheets_title_slide_is_named_and_its_eras_are_eras() -> None:
    """Its "Type" column: the "title" row is TimelineJS's title slide (it was listed as
    "no date"), an "era" row goes to the "era" lane, as a TimelineJS file's eras do."""
    sheet = SHEET + (
        ",,,,,,,,,JCPOA,The Iran nuclear deal,,,,,title,,\r\n"
        "2013,11,24,,2015,7,14,,,Negotiations,,,,,,era,,\r\n")
    table = read_table(sheet.encode("utf-8"), "iran.csv")
    events, errors = rows_to_events(table, table.mapping)
    (title,) = [e for e in errors if "title slide" in e.reason]
    assert "'JCPOA'" in title.reason and not title.kept
    assert not [e for e in errors if e.reason == "no date"]
    (era,) = [e for e in events if e.title == "Negotiations"]
    assert era.category == "era"
    assert {e.category for e in events if e is not era} >= {"agreements", "extensions"}
