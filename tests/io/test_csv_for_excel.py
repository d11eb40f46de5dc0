"""File → Export → CSV for Excel: semicolons between cells (verify37 F11).

Excel splits a double-clicked .csv at the list separator of the system's region, ";"
wherever the decimal separator is a comma: a German fact-checker's export opened with each
row in column A.  The table with semicolons reads back as the comma one does.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.io.test_io_exchange_formats import _default as default_timeline
from timeline_app.io import formats
from timeline_app.io.csv_table import read_table, rows_to_events


def test_the_excel_table_has_semicolons_and_a_bom() -> None:
    data = formats.export_bytes(default_timeline(), formats.CSV_FOR_EXCEL)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    comma_rows = list(csv.reader(io.StringIO(
        formats.export_bytes(default_timeline(), "CSV").decode("utf-8-sig"))))
    assert rows == comma_rows  # the same cells
    assert text.splitlines()[0].startswith("Title;Date;Date (ISO);")


def test_it_reads_back_as_the_comma_table_does(tmp_path: Path) -> None:
    timeline = default_timeline()
    read = {}
    for kind in ("CSV", formats.CSV_FOR_EXCEL):
        table = read_table(formats.export_bytes(timeline, kind))
        assert table.delimiter == ("," if kind == "CSV" else ";")
        events, errors = rows_to_events(table, table.mapping)
        assert errors == []
        read[kind] = events
    assert read["CSV"] == read[formats.CSV_FOR_EXCEL]
    assert len(read["CSV"]) == len(timeline)
    path = tmp_path / "summit.csv"
    path.write_bytes(formats.export_bytes(timeline, formats.CSV_FOR_EXCEL))
    assert len(formats.open_timeline_file(path).timeline) == len(timeline)


def test_its_notes_are_the_csv_tables() -> None:
    timeline = default_timeline()
    assert formats.export_notes(timeline, formats.CSV_FOR_EXCEL) == formats.export_notes(
        timeline, "CSV")
