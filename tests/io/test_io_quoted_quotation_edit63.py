"""A source sentence that is itself a quotation is quoted in the exports with the other kind
of mark, and read back unchanged (edit63, new-user trial verify68 F11: the CSV's "Other
source sentences" wrote “"We have not seen the river this low since 2008," Rasulov told
Reuters.” with a curly mark then a straight one, after Details had been mended)."""

from __future__ import annotations

import csv
import io

import pytest

from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.io import timeline_project
from timeline_app.io.csv_table import dumps_csv, read_table, rows_to_events
from timeline_app.io.exchange import source_paragraph, take_sentences

QUOTE = '"We have not seen the river this low since 2008," Rasulov told Reuters.'
CURLY = "\u201cWe will not sit in the dark,\u201d the minister said."
PLAIN = "Ministers met in Tashkent on Tuesday."


def _event() -> Timeline:
    evidence = tuple(Evidence(s, 0, len(s)) for s in (PLAIN, QUOTE, CURLY, "It\u2019s over."))
    return Timeline.from_events([Event("a", "Ministers meet in Tashkent",
                                       FuzzyDate.of_ymd(2026, 12, 1), evidence=evidence)])


def test_the_csv_quotes_a_quotation_in_single_marks() -> None:
    (row,) = list(csv.DictReader(io.StringIO(dumps_csv(_event()))))
    lines = row["Other source sentences"].splitlines()
    assert lines == [f"\u2018{QUOTE}\u2019", f"\u2018{CURLY}\u2019", "\u201cIt\u2019s over.\u201d"]
    assert not any(line.startswith(("\u201c\"", "\u201c\u201c")) for line in lines)


def test_the_csv_reads_the_quotation_back_as_it_was() -> None:
    table = read_table(dumps_csv(_event()).encode("utf-8"))
    events, errors = rows_to_events(table, table.mapping)
    assert errors == []
    assert [e.sentence for e in events[0].evidence] == [PLAIN, QUOTE, CURLY, "It\u2019s over."]


@pytest.mark.parametrize("who", ["", "Reuters", "\u201cKyrgyzstan braces for winter\u201d"])
@pytest.mark.parametrize("sentence", [QUOTE, CURLY, PLAIN, "He said \u2018no\u2019."])
def test_a_source_paragraph_comes_back_whole(sentence: str, who: str) -> None:
    paragraph = source_paragraph(sentence, who)
    assert not paragraph.startswith(("Source: \u201c\"", "Source: \u201c\u201c"))
    assert take_sentences(["Summary.", paragraph]) == (sentence,)


def test_the_timeline_projects_source_lines_quote_a_quotation_in_single_marks() -> None:
    description = timeline_project._event_own_fields(_event().events[0])["description"]
    assert f"Source: \u2018{QUOTE}\u2019" in description
    assert "Source: \u201c\"" not in description
