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
from timeline_app.io.csv_table import read_table, rows_to_events, title_slide

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
    # (verify57 F1: its name and text are the timeline's, not a row left out)
    assert errors == []
    assert title_slide(table, table.mapping) == ("JCPOA", "The Iran nuclear deal")
    (era,) = [e for e in events if e.title == "Negotiations"]
    assert era.category == "era"
    assert {e.category for e in events if e is not era} >= {"agreements", "extensions"}


def test_the_sheets_title_media_and_html_come_across_as_a_timelinejs_files_do() -> None:
    """verify57 F1-F3 (a teacher's Google Sheet downloaded as CSV): the title slide was
    listed as a row left out and the timeline named "sheet"; Media, Media Credit and Media
    Caption were dropped without a word; the Text's HTML (``<a href=…>``) showed raw in
    Details.  Now as a TimelineJS file's slides: the name and description, a "Media:"
    paragraph the export writes back, HTML read as plain text."""
    sheet = (
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
        "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n"
        ',,,,,,,,,Diplomacy in the Americas,"<p>A class timeline.</p>",,,,,title,,\r\n'
        "1903,11,18,,,,,,,Hay&ndash;Bunau-Varilla Treaty signed,The US obtains the Canal Zone.,"
        "https://example.org/zone.jpg,Wikimedia Commons,Map of the <i>Canal Zone</i>,,,Panama,\r\n"
        '1977,9,7,,,,,,,Torrijos-Carter Treaties signed,"Signed in Washington; see '
        '<a href=""https://example.org/t"">the treaties</a>.",,,,,,Panama,\r\n')
    table = read_table(sheet.encode("utf-8"), "sheet.csv")
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    assert title_slide(table, table.mapping) == ("Diplomacy in the Americas", "A class timeline.")
    hay, torrijos = sorted(events, key=lambda e: e.date.sort_key())
    assert hay.title == "Hay\u2013Bunau-Varilla Treaty signed"
    assert hay.summary == ("The US obtains the Canal Zone.\n\nMedia: https://example.org/zone.jpg"
                           "\nCaption: Map of the Canal Zone\nCredit: Wikimedia Commons")
    assert torrijos.summary == "Signed in Washington; see the treaties (https://example.org/t)."
    # The TimelineJS export writes the media back as the slide's media.
    import json

    from timeline_app.core import Timeline
    from timeline_app.io.timelinejs import dumps_timelinejs

    slides = json.loads(dumps_timelinejs(Timeline.from_events(events)))["events"]
    # (F17: the sheet's tags were escaped onto the slides, "&lt;p&gt;Biden…")
    assert not [s for s in slides if "&lt;" in s["text"]["text"]]
    assert '<a href="https://example.org/t">see the treaties</a>' in " ".join(
        s["text"]["text"] for s in slides)
    (media,) = [s["media"] for s in slides if "media" in s]
    assert media["url"] == "https://example.org/zone.jpg"
    assert media["caption"] == "Map of the Canal Zone"
    assert media["credit"] == "Wikimedia Commons"


def test_a_sheet_opened_by_name_takes_its_title_slide(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A TimelineJS sheet named on the command line (``formats.open_timeline_file``) is
    named and described by its title slide too."""
    from timeline_app.io import formats

    path = tmp_path / "sheet.csv"
    path.write_text(SHEET + ",,,,,,,,,JCPOA,<b>The</b> Iran nuclear deal,,,,,title,,\r\n",
                    encoding="utf-8")
    opened = formats.open_timeline_file(str(path))
    assert (opened.timeline.title, opened.timeline.description) == (
        "JCPOA", "The Iran nuclear deal")
    assert any("title slide" in note for note in opened.notes)


def test_the_timelinejs_sheet_export_reads_back_as_the_events() -> None:
    """verify57 F18: a Google Sheets TimelineJS user had no way back to her sheet (the
    TimelineJS export is JSON, the CSV export the app's own columns).  File → Export →
    TimelineJS Spreadsheet writes the template's columns: its title row, a row per event,
    eras; read back by the sheet import, each event's date, end, title, lane,
    participants, place and status are as they were."""
    import csv
    import io

    from timeline_app.core import Event, Timeline
    from timeline_app.io.bundled import load_default_timeline
    from timeline_app.io.formats import TIMELINEJS_SHEET, export_bytes, export_notes
    from timeline_app.io.timelinejs import SHEET_HEADER

    timeline = load_default_timeline()
    extra = [Event("bc", "Caesar murdered", FuzzyDate.of_ymd(-43, 3, 15), category="antiquity"),
             Event("era1", "Cold War", FuzzyDate.of_year(1947), FuzzyDate.of_year(1991),
                   category="era")]
    timeline = Timeline.from_events([*timeline, *extra], title=timeline.title,
                                    description="Seoul and Tokyo, sixty years on",
                                    sources=timeline.sources)
    data = export_bytes(timeline, TIMELINEJS_SHEET)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == SHEET_HEADER
    assert rows[1][SHEET_HEADER.index("Type")] == "title"
    assert rows[1][SHEET_HEADER.index("Headline")] == timeline.title
    caesar = next(r for r in rows if r[SHEET_HEADER.index("Headline")] == "Caesar murdered")
    assert caesar[:3] == ["-44", "3", "15"]  # TimelineJS's 44 BCE, no apostrophe
    assert rows[-1][SHEET_HEADER.index("Type")] == "era"
    table = read_table(data, "class.csv")
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    assert title_slide(table, table.mapping) == (timeline.title,
                                                 "Seoul and Tokyo, sixty years on")

    def fields(e):  # type: ignore[no-untyped-def]
        return (e.title, e.date, e.end, e.category, tuple(e.participants), e.location, e.status)

    assert sorted(map(fields, events), key=repr) == sorted(map(fields, timeline), key=repr)
    notes = export_notes(timeline, TIMELINEJS_SHEET)
    assert notes is not None and "ids" in notes.text()


def test_a_display_date_the_parts_cannot_say_is_kept(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """verify59 F3: a colleague's sheet had Year 1994 shown as "1994?" and Year 1989 shown
    as "late 1980s"; both came in as plain years, the words gone without a word (TimelineJS
    shows them).  A question mark makes the date circa, a span of years holding a year
    given alone is the date, and the words are kept in the date's basis."""
    from timeline_app.io import formats

    header = SHEET.split("\r\n", 1)[0]
    columns = header.split(",")
    def row(year: str, display: str, headline: str) -> str:
        cells = [""] * len(columns)
        cells[columns.index("Year")] = year
        cells[columns.index("Display Date")] = display
        cells[columns.index("Headline")] = headline
        return ",".join(cells)
    path = tmp_path / "pacific.csv"
    path.write_text("\r\n".join([header, row("1994", "1994?", "Forum in Brisbane"),
                                 row("1989", "late 1980s", "Libya episode"),
                                 row("1971", "1971", "Forum founded")]) + "\r\n",
                    encoding="utf-8")
    events = {e.title: e for e in formats.open_timeline_file(str(path)).timeline}
    assert events["Forum in Brisbane"].date == FuzzyDate.of_year(1994).with_circa()
    assert events["Libya episode"].date.describe() == "the late 1980s"
    assert events["Forum founded"].date == FuzzyDate.of_year(1971)
    assert events["Libya episode"].date_basis.startswith(
        "shown as 'late 1980s' in the TimelineJS sheet (row 3 of pacific.csv")
    assert events["Forum in Brisbane"].date_basis.startswith("shown as '1994?'")


def test_an_apostrophe_in_a_headline_is_written_as_itself() -> None:
    """verify59 F17: "Wang Yi's Pacific tour" was exported as "Wang Yi&#x27;s Pacific tour"
    in the TimelineJS JSON and spreadsheet (a colleague opening the sheet saw the entity);
    text is escaped as text: only &, < and > are entities."""
    import json

    from timeline_app.core import Event, Timeline
    from timeline_app.io.timelinejs import dumps_timelinejs

    timeline = Timeline.from_events([Event("w", "Wang Yi's \"Pacific\" tour & <talks>",
                                           FuzzyDate(2022, 5, 26))], title="Leaders' meetings")
    document = json.loads(dumps_timelinejs(timeline))
    (slide,) = document["events"]
    assert slide["text"]["headline"] == "Wang Yi's \"Pacific\" tour &amp; &lt;talks&gt;"
    assert document["title"]["text"]["headline"] == "Leaders' meetings"
