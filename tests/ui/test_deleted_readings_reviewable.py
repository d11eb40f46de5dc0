"""Session 40, edit39: a deletion (or a merge by hand) noted the readings of every article
its events cited (edit38, verify49 F20), 65 000 of them for 100 000 events of a generated
file: 2.4× the delete's instructions and 13 MB more in the saved file.  A review asks for
the readings left out of an article by the id an import gives its text
(``core.reimport.article_id``), so those of an article kept under another id (a generated
file's "s000001", the default timeline's) can never be asked for: none is noted, and a
file whose events are all deleted shrinks.  Fails on main ``72071bf3``."""

from __future__ import annotations

import datetime as dt
import json

from tests.ui.test_left_out_reimport import TEXT
from timeline_app.core import Event, FuzzyDate, Source
from timeline_app.core.model import LeftOut


def _imported(document, source: Source, prefix: str) -> list[str]:  # type: ignore[no-untyped-def]
    from timeline_app.extract import extract_events

    events = [c.to_event(f"{prefix}{i}") for i, c in
              enumerate(extract_events(TEXT).candidates)]
    document.import_events(source, events)
    return [e.id for e in events]


def test_only_readings_a_review_can_ask_for_are_noted(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.core.reimport import article_id
    from timeline_app.document import Document
    from timeline_app.extract import extract_events

    document = Document()
    generated = Source("s000001", title="Generated", text=TEXT)
    made = _imported(document, generated, "gen")
    path = tmp_path / "generated.json"
    document.save(str(path))
    full = path.stat().st_size
    document.remove_events(made)
    assert document.timeline.left_out == []
    document.save(str(path))
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert "left_out" not in saved and saved["version"] < 9
    assert path.stat().st_size < full  # the file shrinks
    # the same article imported: its id is its text's, and its readings are noted
    source = extract_events(TEXT).source
    assert source.id == article_id(TEXT)
    read = _imported(document, source, "read")
    document.remove_events(read)
    assert {x.source_id for x in document.timeline.left_out} == {source.id}
    assert all(x.how == LeftOut.DELETED for x in document.timeline.left_out)
    document.save(str(path))
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == 9 and {x["source"] for x in saved["left_out"]} == {source.id}


def test_reviewable_is_an_imports_id_of_the_text() -> None:
    from timeline_app.core.reimport import article_id, reviewable

    assert reviewable(Source(article_id("Text."), text="Text."))
    assert not reviewable(Source(article_id("Text."), text="Another text."))
    assert not reviewable(Source("src-0123456789", text="Text."))
    assert not reviewable(Source("nationpress-2025-03-22", text="Text."))


def test_the_merged_rows_note_names_the_event_it_went_into() -> None:
    """``merged_into`` finds the event that cites the merged reading's sentence now; the
    note names it, else says "another" (that event since deleted)."""
    from timeline_app.core.model import Evidence
    from timeline_app.core.reimport import left_out_note, merged_into

    said = Evidence(sentence="They met in Brussels.", start=0, end=21)
    on = dt.date(2026, 12, 5)
    merged = LeftOut("a", said.sentence, "meeting", "3 May 2026", on, LeftOut.MERGED)
    deleted = LeftOut("a", said.sentence, "meeting", "3 May 2026", on, LeftOut.DELETED)
    into = Event(id="talks", title="Brussels dialogue",
                 date=FuzzyDate.of_day(dt.date(2026, 5, 3)), category="meeting",
                 source_id="a", evidence=(said,))
    other = Event(id="x", title="Other", date=into.date, source_id="b", evidence=(said,))
    found = merged_into([merged, deleted], [other, into])
    assert found == {merged: into}
    assert left_out_note(merged, found[merged]) == (
        "You merged this event into “Brussels dialogue” (3 May 2026) by hand on "
        "5 December 2026.")
    assert merged_into([merged], [other]) == {}
    assert left_out_note(merged) == (
        "You merged this event into another by hand on 5 December 2026.")
