"""CSV import reads dates with the editor's parser: the column decides the order of numeric
dates, else the person's choice, else the locale's, with every two-way row reported."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.csv_table import (
    DAY_FIRST_KEY,
    column_day_first,
    dumps_csv,
    read_table,
    rows_to_events,
)


def _table(*dates: str, header: str = "Date,Title"):
    lines = [header] + [f"{d},Event {i}" for i, d in enumerate(dates)]
    return read_table("\n".join(lines).encode())


def _dates(events):
    return [e.date for e in events]


def test_the_column_decides_day_first():
    table = _table("12/11/2024", "25/12/2024", "3/4/2025")
    assert column_day_first(table, table.mapping) is True
    events, errors = rows_to_events(table, table.mapping, day_first=False)
    assert _dates(events) == [FuzzyDate.of_ymd(2024, 11, 12), FuzzyDate.of_ymd(2024, 12, 25),
                              FuzzyDate.of_ymd(2025, 4, 3)]
    assert errors == []  # settled by 25/12/2024: nothing to report


def test_the_column_decides_month_first():
    table = _table("12/11/2024", "12/25/2024")
    events, errors = rows_to_events(table, table.mapping, day_first=True)
    assert _dates(events) == [FuzzyDate.of_ymd(2024, 12, 11), FuzzyDate.of_ymd(2024, 12, 25)]
    assert errors == []


def test_an_undecided_column_takes_the_locale_order_and_reports_each_ambiguous_row():
    table = _table("12/11/2024", "22 March 2025", "3/4/2025")
    assert column_day_first(table, table.mapping) is None
    events, errors = rows_to_events(table, table.mapping, day_first=True)
    assert _dates(events) == [FuzzyDate.of_ymd(2024, 11, 12), FuzzyDate.of_ymd(2025, 3, 22),
                              FuzzyDate.of_ymd(2025, 4, 3)]
    assert [(e.row, e.kept) for e in errors] == [(2, True), (4, True)]
    assert str(errors[0]) == ("row 2: '12/11/2024' read as 12 November 2024 (day first, the "
                              "system's order); it can also be 11 December 2024")
    events, errors = rows_to_events(table, table.mapping, day_first=False)
    assert _dates(events)[0] == FuzzyDate.of_ymd(2024, 12, 11)
    assert "it can also be 12 November 2024" in str(errors[0])


def test_contradicting_values_are_reported_row_by_row():
    table = _table("25/12/2024", "12/25/2024", "5/6/2024")
    assert column_day_first(table, table.mapping) is None
    events, errors = rows_to_events(table, table.mapping, day_first=True)
    # Each date that reads one way only is read that way; the others are reported.
    assert _dates(events) == [FuzzyDate.of_ymd(2024, 12, 25), FuzzyDate.of_ymd(2024, 12, 25),
                              FuzzyDate.of_ymd(2024, 6, 5)]
    assert [(e.row, e.kept) for e in errors] == [(4, True)]


def test_the_persons_choice_wins_and_reports_nothing():
    table = _table("12/11/2024", "3/4/2025")
    mapping = {**table.mapping, DAY_FIRST_KEY: 0}
    events, errors = rows_to_events(table, mapping, day_first=True)
    assert _dates(events) == [FuzzyDate.of_ymd(2024, 12, 11), FuzzyDate.of_ymd(2025, 3, 4)]
    assert errors == []


def test_ranges_fill_the_end_and_bc_dates_read():
    table = read_table("\n".join([
        "Date,End,Title",
        "1965–1970,,Talks",
        "9–13 March 2012,,Conference",
        "March to May 1965,,Spring",
        "\"March 15, 44 BC\",,Ides",
        "-0043-03-15,,ISO Ides",
        "50 BC,44 BC,War",
        "44 BC,50 BC,Backwards",
        "1965–1970,1972,Both",
        "800 AD,1965–1970,Range as end",
        "0 BC,,No year 0",
    ]).encode())
    events, errors = rows_to_events(table, table.mapping, day_first=True)
    got = {e.title: (e.date, e.end) for e in events}
    assert got["Talks"] == (FuzzyDate.of_year(1965), FuzzyDate.of_year(1970))
    assert got["Conference"] == (FuzzyDate.of_ymd(2012, 3, 9), FuzzyDate.of_ymd(2012, 3, 13))
    assert got["Spring"] == (FuzzyDate.of_month(1965, 3), FuzzyDate.of_month(1965, 5))
    assert got["Ides"] == got["ISO Ides"] == (FuzzyDate.of_ymd(-43, 3, 15), None)
    assert got["War"] == (FuzzyDate.of_year(-49), FuzzyDate.of_year(-43))
    assert got["Both"] == (FuzzyDate.of_year(1965), FuzzyDate.of_year(1972))  # the cell wins
    # An end before the start: the row imported without its end, and listed (verify60
    # F5: the row was left out whole, its good date and words lost for one cell; which
    # cell is wrong the table does not say, so the two are not swapped).
    assert got["Backwards"] == (FuzzyDate.of_year(-43), None)
    reasons = {e.row: e.reason for e in errors}
    assert reasons[8] == ("its end '50 BC' is before its start, 44 BC: imported without "
                          "an end")
    assert reasons[10] == "end '1965–1970' is not a date this app reads: type one date, not a range"
    assert reasons[11].startswith("'0 BC' is not a date this app reads: There is no year 0")
    assert [(e.row, e.kept, e.end_dropped) for e in errors if e.kept] == [(8, True, True)]


def test_an_exported_bc_timeline_imports_back():
    timeline = Timeline.from_events([
        Event("a", "Ides", FuzzyDate.of_ymd(-43, 3, 15)),
        Event("b", "War", FuzzyDate.of_year(-263, circa=True), end=FuzzyDate.of_year(-240)),
        Event("c", "Council", FuzzyDate.of_month(325, 5)),
        Event("d", "Winter", FuzzyDate.of_part(0, "WI")),
    ])
    table = read_table(dumps_csv(timeline).encode("utf-8"))
    events, errors = rows_to_events(table, table.mapping, day_first=False)
    assert errors == []
    assert [(e.title, e.date, e.end) for e in events] == [
        (e.title, e.date, e.end) for e in timeline]


def test_reading_the_column_order_can_be_cancelled():
    import pytest

    from timeline_app.io.errors import FormatError

    table = _table(*["12/11/2024"] * 25_000)
    seen: list[int] = []

    def stop(done: int) -> bool:
        seen.append(done)
        return False

    with pytest.raises(FormatError, match="cancelled"):
        rows_to_events(table, table.mapping, progress=stop, day_first=True)
    assert seen == [10_000]  # stopped in the first pass, before any row became an event


def test_the_iso_columns_are_iso_8601_not_timex():
    """44 BC is "-0043" (ISO 8601 expanded, astronomical), behind the apostrophe that keeps
    a spreadsheet from reading it as arithmetic; never the TIMEX2 "BC0044"."""
    import csv
    import io

    timeline = Timeline.from_events([
        Event("a", "Ides", FuzzyDate.of_ymd(-43, 3, 15), end=FuzzyDate.of_ymd(-43, 3, 17)),
        Event("b", "Summer talks", FuzzyDate.of_part(2024, "SU")),
        Event("c", "Council", FuzzyDate.of_month(325, 5)),
    ])
    rows = list(csv.DictReader(io.StringIO(dumps_csv(timeline))))
    assert [(r["Date (ISO)"], r["End (ISO)"]) for r in rows] == [
        ("'-0043-03-15", "'-0043-03-17"), ("0325-05", ""),
        ("2024-06", "2024-08")]  # (summer's months, as TimelineJS: verify74 F12; was 2024)


def test_the_exported_circa_column_is_read_back_whichever_date_column_is_chosen():
    """New-user trial 5: a CSV export re-imported from its "Date (ISO)" column lost every
    "circa"; the export's own Circa column is now a field of the mapping."""
    from timeline_app.core.dates import Precision
    from timeline_app.io.csv_table import dumps_csv, guess_mapping, read_table, rows_to_events

    timeline = Timeline("t")
    timeline.add(Event("a", "Talks", FuzzyDate(2025, 3, 22, Precision.DAY, circa=True)))
    timeline.add(Event("b", "Treaty", FuzzyDate.of_year(1990)))
    table = read_table(dumps_csv(timeline).encode())
    mapping = guess_mapping(table.header)
    assert table.header[mapping["circa"]] == "Circa"
    mapping["date"] = table.header.index("Date (ISO)")
    events, errors = rows_to_events(table, mapping)
    assert errors == []
    assert sorted((e.title, e.date.circa) for e in events) == [("Talks", True), ("Treaty", False)]


def test_a_german_excel_file_maps_its_columns_and_reads_its_months():
    """verify28: "Datum;Ereignis;Ort;Teilnehmer" was read as a row ("'Datum' is not a date")
    and "März 1999" was refused."""
    text = ("Datum;Ereignis;Ort;Teilnehmer\r\n21.11.1995;Dayton-Abkommen paraphiert;Dayton;"
            "Izetbegovic, Milosevic, Tudjman\r\nMärz 1999;NATO-Luftangriffe;;\r\n"
            "2019;Nordmazedonien €;Skopje;\r\n")
    table = read_table(text.encode("cp1252"))
    assert table.has_header and table.header[0] == "Datum"
    assert table.mapping == {"date": 0, "title": 1, "place": 2, "participants": 3}
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    assert [(e.date.describe(), e.title, e.location) for e in events] == [
        ("21 November 1995", "Dayton-Abkommen paraphiert", "Dayton"),
        ("March 1999", "NATO-Luftangriffe", ""),
        ("2019", "Nordmazedonien €", "Skopje")]
    assert events[0].participants == ("Izetbegovic", "Milosevic", "Tudjman")


def test_french_and_spanish_headers_map_their_fields():
    from timeline_app.io.csv_table import guess_mapping

    assert guess_mapping(["Date", "Titre", "Lieu", "Date de fin", "Résumé"]) == {
        "date": 0, "title": 1, "place": 2, "end": 3, "summary": 4}
    assert guess_mapping(["Fecha", "Evento", "Lugar", "Participantes", "Categoría"]) == {
        "date": 0, "title": 1, "place": 2, "participants": 3, "category": 4}


def test_a_sheet_s_date_cell_at_midnight_to_the_second_is_the_day():
    """verify53 F9: "1815-06-09 00:00:00" (a spreadsheet's date cell written with its
    time) came in at 00:00, a timed event in every export.  A time to the minute stays."""
    table = _table("1815-06-09 00:00:00", "1815-06-10T00:00:00", "25/06/1815 0:00:00",
                   "1815-06-12 00:00", "1815-06-13 10:30:00")
    events, errors = rows_to_events(table, table.mapping, day_first=True)
    assert errors == []
    assert [e.date.describe() for e in events] == [
        "9 June 1815", "10 June 1815", "25 June 1815", "12 June 1815, 00:00",
        "13 June 1815, 10:30"]


def test_a_databases_column_names_are_read_as_words() -> None:
    """verify60 F1: a database export's header ``id,date,end_date,title,...,source_url``
    left End unmapped (every span imported as its first day, silently) and the URL
    column too."""
    from timeline_app.io.csv_table import guess_mapping

    mapping = guess_mapping("id,date,end_date,title,category,participants,place,summary,"
                            "source_url".split(","))
    assert mapping["end"] == 2 and mapping["date"] == 1 and mapping["id"] == 0
    assert mapping["references"] == 8
    assert guess_mapping(["startDate", "endDate", "eventTitle"]) == {
        "date": 0, "end": 1, "title": 2}
    assert guess_mapping(["END-DATE", "Date"]) == {"end": 0, "date": 1}


def test_a_bc_years_iso_date_is_written_without_a_formula_guard() -> None:
    """verify60 F12: a "c. 1259 BC" row's Date (ISO) was written "'-1258": the guard against
    formulas put an apostrophe that Excel, LibreOffice and pandas show.  A whole cell that
    is a negative number is data; a BC day, which a spreadsheet would subtract, and anything
    else starting with "-" are still guarded."""
    from timeline_app.io.csv_table import formula_safe

    assert formula_safe("-1258") == "-1258"
    assert formula_safe("-0043-03-15") == "'-0043-03-15"
    assert formula_safe("-1+1") == "'-1+1"
    assert formula_safe("-5 troops") == "'-5 troops"
    assert formula_safe("=SUM(A1)") == "'=SUM(A1)"


def test_a_repeated_id_is_said_and_the_row_gets_a_new_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """verify60 F6: a database's repeated row (the same Id twice) was imported twice, the
    second with a random Id, without a word.  It is still imported (the row may differ), and
    the import says which row repeats which Id."""
    from timeline_app.io import formats
    from timeline_app.io.csv_table import read_table, rows_to_events

    data = b"id,date,title\nDB-1,2020-01-02,A\nDB-1,2020-01-02,A\nDB-2,2020-01-03,B\n"
    table = read_table(data)
    events, errors = rows_to_events(table, table.mapping)
    assert [e.id for e in events][::2] == ["DB-1", "DB-2"] and events[1].id != "DB-1"
    (error,) = errors
    assert error.kept and error.repeated and error.row == 3
    assert str(error) == "row 3: its Id “DB-1” is row 2's too: imported with a new Id"
    path = tmp_path / "db.csv"
    path.write_bytes(data)
    notes = formats.open_timeline_file(str(path)).notes
    assert any(note.startswith("1 row with an earlier row's Id, imported with a new Id: row 3")
               for note in notes), notes
    assert not any("two ways" in note for note in notes)
