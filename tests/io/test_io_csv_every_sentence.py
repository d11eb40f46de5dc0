"""The CSV carries every source sentence of an event, each with who told it, and reads them
back (verify43 F18: the dinar ban, merged from three articles, had only Politika's sentence
in "Source sentence"; the ministry's and the backgrounder's reached the table only inside
the Summary, and the analyst's deliverable was the table)."""

from __future__ import annotations

import csv
import io

from tests.io.test_io_evidence_source import _timeline
from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.core.merge import merge_into_one
from timeline_app.core.sourced import SourcedEvidence
from timeline_app.io.csv_table import EXCEL_DELIMITER, dumps_csv, read_table, rows_to_events


def _merged_of_three() -> Timeline:
    timeline, first, second = _timeline()
    typed = "He said \u201cno\u201d \u2014 twice,\nby our desk"
    merged = merge_into_one([first, second])
    merged = Event(merged.id, merged.title, merged.date, category=merged.category,
                   source_id=merged.source_id, date_basis=merged.date_basis,
                   evidence=(*merged.evidence, SourcedEvidence(typed, 0, len(typed))))
    timeline.replace(merged)
    timeline.remove_many(["e2"])
    return timeline


def test_every_sentence_is_in_the_table_with_its_outlet() -> None:
    rows = list(csv.DictReader(io.StringIO(dumps_csv(_merged_of_three()))))
    (row,) = rows
    assert row["Source sentence"] == "Thailand and Cambodia signed a truce on Monday"
    assert row["Other source sentences"].splitlines() == [
        "\u201cThe two countries signed a peace accord on Tuesday\u201d \u2014 Kyodo",
        # typed: no article; its own double marks, so in single ones (edit63, verify68 F11)
        "\u2018He said \u201cno\u201d \u2014 twice, by our desk\u2019"]


def test_the_sentences_come_back_from_the_table() -> None:
    for delimiter in (",", EXCEL_DELIMITER):
        table = read_table(dumps_csv(_merged_of_three(), delimiter).encode("utf-8"))
        events, errors = rows_to_events(table, table.mapping)
        assert errors == []
        assert [e.sentence for e in events[0].evidence] == [
            "Thailand and Cambodia signed a truce on Monday",
            "The two countries signed a peace accord on Tuesday",
            "He said \u201cno\u201d \u2014 twice, by our desk"]


def test_a_line_typed_into_the_column_is_a_sentence_as_typed() -> None:
    text = ("Date,Title,Source sentence,Other source sentences\n"
            "2024-02-01,Ban,First one.,\"Second, unquoted.\n\n\u201cThird.\u201d\"\n")
    table = read_table(text.encode("utf-8"))
    assert table.mapping["more_sources"] == 3
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    assert [e.sentence for e in events[0].evidence] == ["First one.", "Second, unquoted.",
                                                        "Third."]


def test_an_event_of_one_sentence_leaves_the_column_empty() -> None:
    one = Timeline.from_events([Event("a", "A", FuzzyDate.of_ymd(2024, 5, 1),
                                      evidence=(Evidence("On 1 May.", 0, 9),))])
    (row,) = list(csv.DictReader(io.StringIO(dumps_csv(one))))
    assert row["Other source sentences"] == ""
