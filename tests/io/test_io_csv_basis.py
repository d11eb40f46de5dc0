"""A CSV round trip keeps each event's date basis and the words its date was read from
(verify9: every basis came back as "row N of an imported CSV file" and the date was no
longer highlighted in the source sentence).  Other tools' CSV files, which have no such
columns, read as before."""

from __future__ import annotations

from tests.io.test_io_exchange_formats import _default
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.model import Evidence
from timeline_app.io.csv_table import (
    EXPORT_HEADERS,
    dumps_csv,
    kept_evidence,
    read_table,
    rows_to_events,
)


def _round_trip(timeline: Timeline) -> list[Event]:
    table = read_table(dumps_csv(timeline).encode("utf-8"))
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    return events


def test_the_export_has_a_basis_and_a_date_expression_column() -> None:
    assert EXPORT_HEADERS[-3:-1] == ("Date basis", "Date expression")  # then "Status"
    table = read_table(dumps_csv(_default()).encode("utf-8"))
    assert table.mapping["basis"] == 16 and table.mapping["expression"] == 17
    assert table.mapping["date"] == 1  # "Date basis" did not take the date's place


def test_date_bases_come_back_as_they_were() -> None:
    timeline = _default()
    events = _round_trip(timeline)
    assert [e.date_basis for e in events] == [e.date_basis for e in timeline]
    assert any("relative to the dateline" in e.date_basis for e in events)
    assert not any("imported CSV file" in e.date_basis for e in events)


def test_the_date_expression_is_marked_in_the_sentence_again() -> None:
    timeline = _default()
    events = _round_trip(timeline)
    for before, after in zip(timeline, events, strict=True):
        if not before.evidence:
            continue
        kept = kept_evidence(before)
        assert kept is not None
        span = kept.date_span_in_sentence()
        words = None if span is None else kept.sentence[span[0]:span[1]]
        back = after.evidence[0].date_span_in_sentence()
        assert (None if back is None else after.evidence[0].sentence[back[0]:back[1]]) == words
    # 8: the trilateral meeting's basis quotes neither sentence word for word; its row
    # keeps the sentence whose date words are marked (verify42 F10), not the first
    assert sum(1 for e in events if e.evidence and e.evidence[0].date_span_in_sentence()) == 8


def test_an_expression_missing_from_the_sentence_marks_nothing() -> None:
    table = read_table(b"Date,Title,Source sentence,Date expression\n"
                       b"2024,A,It was in May.,in June\n2024,B,It was in May.,May\n")
    events, _ = rows_to_events(table, table.mapping)
    assert events[0].evidence[0].date_span_in_sentence() is None
    assert events[1].evidence[0].date_span_in_sentence() == (10, 13)


def test_a_basis_like_a_formula_comes_back_as_typed() -> None:
    event = Event("a", "A", FuzzyDate(2024, 5, 1), date_basis="=1+1 said the clerk",
                  evidence=(Evidence("-1 May 2024-", 0, 12, 1, 11),))
    (back,) = _round_trip(Timeline.from_events([event]))
    assert back.date_basis == "=1+1 said the clerk"
    assert back.evidence[0].date_span_in_sentence() == (1, 11)


def test_other_tools_csv_without_a_basis_column_reads_as_before() -> None:
    table = read_table(b"Date,Title,Notes\n2024-05-01,A,x\n2025,B,y\n")
    assert "basis" not in table.mapping and "expression" not in table.mapping
    events, _ = rows_to_events(table, table.mapping)
    assert [e.date_basis for e in events] == ["row 2 of an imported CSV file",
                                              "row 3 of an imported CSV file"]


def test_an_empty_basis_cell_keeps_the_row_basis() -> None:
    table = read_table(b"Date,Title,Date basis\n2024,A,\n2025,B,typed by hand\n")
    events, _ = rows_to_events(table, table.mapping)
    assert [e.date_basis for e in events] == ["row 2 of an imported CSV file", "typed by hand"]


# -- The Timeline Project's note names what changed (session 8: "dates, titles and lanes"
# -- even when only a description had changed) ----------------------------------------

def _sado_edited(old: str, new: str) -> list[str]:
    from tests.io.test_io_exchange_trial9 import _SADO, _edited
    from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project

    data = _edited(dumps_timeline_project(_default()), _SADO, old, new)
    return [n for n in loads_timeline_project(data.encode()).notes if "changed after" in n]


def test_a_changed_description_is_named_alone() -> None:
    assert _sado_edited("<description>South Korea stays", "<description>Seoul stays") == [
        "1 event was changed after this app exported it: its description is read from the "
        "file's own fields"]


def test_a_moved_event_and_a_new_lane_are_named() -> None:
    assert _sado_edited("<category>Dispute</category>", "<category>Memorials</category>") == [
        "1 event was changed after this app exported it: its lane is read from the file's "
        "own fields"]
    assert _sado_edited("<start>2024-09-01 00:00:00</start>",
                        "<start>2023-05-01 00:00:00</start>") == [
        "1 event was changed after this app exported it: its date is read from the file's "
        "own fields"]


def test_several_changed_events_name_each_kind_once() -> None:
    from timeline_app.io.timeline_project import dumps_timeline_project, loads_timeline_project

    xml = dumps_timeline_project(_default())
    xml = xml.replace("<category>Dispute</category>", "<category>Memorials</category>")
    xml = xml.replace("<fuzzy>False</fuzzy>", "<fuzzy>True</fuzzy>", 2)
    notes = [n for n in loads_timeline_project(xml.encode()).notes if "changed after" in n]
    assert len(notes) == 1 and notes[0].startswith("3 events were changed after this app "
                                                   "exported them: their ")
    assert notes[0].endswith(" are read from the file's own fields")
    assert "circa marks" in notes[0] and "lanes" in notes[0] and "titles" not in notes[0]


def test_a_row_keeps_the_sentence_its_date_basis_quotes() -> None:
    """New-user trial 12, finding 15: the Munich meeting's "Date expression" was
    "approximately a month after" (sentence 1) while its "Date basis" cited 'last month'
    from sentence 2, which the row dropped.  The row keeps the sentence the basis quotes
    first, with its date words."""
    timeline = _default()
    munich = timeline.get("munich-meeting")
    assert len(munich.evidence) == 2 and munich.date_basis.startswith("'last month'")
    table = read_table(dumps_csv(timeline).encode("utf-8"))
    row = next(r for _n, r in table.rows() if "Munich" in r[0])
    sentence, expression = row[table.mapping["source"]], row[table.mapping["expression"]]
    assert expression == "last month"
    assert sentence == munich.evidence[1].sentence
    assert expression in sentence
    # An event whose basis quotes none of its sentences' words keeps the first.
    other = Event("b", "B", FuzzyDate(2024, 5, 1), date_basis="typed by hand",
                  evidence=(Evidence("In May 2024.", 0, 12, 3, 11),
                            Evidence("Then June.", 0, 10, 5, 9)))
    assert kept_evidence(other) == other.evidence[0]
