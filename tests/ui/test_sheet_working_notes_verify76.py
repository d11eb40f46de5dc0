"""verify76 F16 (session 57): with File → Export → Participants and Places in TimelineJS
Slides off, the TimelineJS file's slides had none, but every row of the TimelineJS
spreadsheet had "<p>Participants: EU, Belarus</p><p>Place: Minsk</p>" (a misread place
among them): a colleague taking the Google Sheets route published the working notes.  The
sheet's rows are slides too, so the item decides for both; the message then says the
sheet does not bring them back (it has no key of its own)."""

from __future__ import annotations

from pathlib import Path


def test_the_sheet_follows_the_working_notes_item(  # type: ignore[no-untyped-def]
        window, recorded_prompts, tmp_path: Path) -> None:
    from timeline_app.io.formats import TIMELINEJS_SHEET, export_notes

    timeline = window.document.timeline
    assert any(e.participants for e in timeline) and any(e.location for e in timeline)
    recorded_prompts.export_path = str(tmp_path / "sheet.csv")
    assert window.export_as(TIMELINEJS_SHEET)
    assert "Participants and places only on slides with no other text." in (
        recorded_prompts.export_notes[-1])
    text = Path(recorded_prompts.export_path).read_text("utf-8-sig")
    assert "Participants:" not in text and "Place:" not in text
    notes = export_notes(timeline, TIMELINEJS_SHEET, working_notes=False)
    assert notes is not None and notes.details[0].startswith("the participants and places")
    assert "participants, place" not in notes.sentence

    window.working_notes_action.trigger()  # ticked: written, and read back
    recorded_prompts.export_path = str(tmp_path / "notes.csv")
    assert window.export_as(TIMELINEJS_SHEET)
    assert "<p>Participants: " in Path(recorded_prompts.export_path).read_text("utf-8-sig")
    notes = export_notes(timeline, TIMELINEJS_SHEET)
    assert notes is not None and "participants, place" in notes.sentence
