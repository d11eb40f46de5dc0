"""verify69 F7: merging "Meeting with Lula" into "Yvan Gil and Hugh Todd meet in Brasilia",
two imported events whose summaries were their own sentences (shown as no summary in
Details and the CSV export), gave the merged event a Summary of the two raw sentences,
shown in the editor and written to the CSV's Summary beside the same sentence as Source.
A merge of events with no summary of their own has none; the sentences stay evidence."""

from __future__ import annotations

import csv
import datetime as dt
import io

from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.core.merge import merge_into_one, summary_without_sentences
from timeline_app.document import Document
from timeline_app.io.csv_table import dumps_csv
from timeline_app.ui.event_editor import EventEditor

LULA = ("Brazilian President Luiz Inacio Lula da Silva called both leaders last week to press "
        "for the meeting.")
LEAD = ("CARACAS, Feb 12 (Reuters) -- Venezuela and Guyana agreed on Thursday to resume talks "
        "over the disputed Essequibo region after their foreign ministers met in Brasilia, "
        "the two governments said.")


def _imported(event_id: str, title: str, sentence: str, summary: str | None = None) -> Event:
    """An event as the extractor writes it: its sentence as its summary."""
    return Event(event_id, title, FuzzyDate.of_day(dt.date(2026, 2, 12)), category="meeting",
                 summary=sentence if summary is None else summary, source_id="s1",
                 evidence=(Evidence(sentence, 0, len(sentence)),))


def test_a_merge_of_events_without_a_summary_of_their_own_has_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    lula = _imported("lula", "Meeting with Lula", LULA)
    brasilia = _imported("brasilia", "Yvan Gil and Hugh Todd meet in Brasilia", LEAD)
    document = Document(Timeline.from_events([lula, brasilia]))
    merged = document.merge_into_one(["lula", "brasilia"], title_from=1, date_from=1)
    assert merged.summary == ""
    assert [e.sentence for e in merged.evidence] == [LULA, LEAD]  # the sentences stay
    editor = EventEditor(document.timeline, merged)
    qtbot.addWidget(editor)
    assert editor.summary() == ""
    row = next(csv.DictReader(io.StringIO(dumps_csv(document.timeline).lstrip("\ufeff"))))
    assert row["Summary"] == "" and LEAD in (row["Source sentence"] + row[
        "Other source sentences"])


def test_a_summary_in_own_words_is_kept_without_the_sentences_beside_it() -> None:
    own = "Brazil pressed both sides to meet."
    lula = _imported("lula", "Meeting with Lula", LULA, summary=f"{own}\n\n{LULA}")
    brasilia = _imported("brasilia", "Yvan Gil and Hugh Todd meet in Brasilia", LEAD)
    assert merge_into_one([lula, brasilia]).summary == own
    typed = _imported("typed", "Talks", LEAD, summary="The first talks since 2023.")
    assert merge_into_one([lula, typed]).summary == f"{own}\n\nThe first talks since 2023."
    # (a summary that quotes no sentence is left as it was, spaces and all)
    assert summary_without_sentences(" Same  words. ", lula.evidence) == " Same  words. "
    assert summary_without_sentences(f"{LULA}\n\n{LEAD}", [*lula.evidence, *brasilia.evidence]
                                     ) == ""
