"""verify80 F7: a colleague's round trip through TimelineJS (the default export, its slides
without participants and places, and without this app's key once TimelineJS has saved it)
came back to File → Merge with "≠ place, participants" on 58 of 73 events, and taking its
edits would have cleared them.  A slide without our key tells participants, place and status
only by its labelled lines: without one, it says nothing of them.

The events are written for the test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.io.test_timelinejs_ends_verify80 import _stripped
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.formats import open_timeline_file
from timeline_app.io.timelinejs import dumps_timelinejs
from timeline_app.ui.merge_dialog import MergeDialog

TALKS = Event("a1b2c3d4e5f6", "Envoys meet in Valletta", FuzzyDate.of_ymd(1979, 6, 18),
              category="meeting", participants=("Malta", "Libya"), location="Valletta",
              summary="The two envoys met for four hours on the shelf boundary.")
RULING = Event("a1b2c3d4e5f7", "Court rules on the shelf", FuzzyDate.of_ymd(1985, 6, 3),
               category="dispute", participants=("ICJ",), location="The Hague",
               summary="The judges drew the line north of the median.", status="disputed")
HERS = [TALKS, RULING]


def _opened(tmp_path: Path, edit: Any = None):  # type: ignore[no-untyped-def]
    document = _stripped(json.loads(dumps_timelinejs(Timeline.from_events(HERS),
                                                     working_notes=False)))
    if edit is not None:
        edit(document)
    path = tmp_path / "copy.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return open_timeline_file(path)


def _dialog(qtbot, opened) -> MergeDialog:  # type: ignore[no-untyped-def]
    dialog = MergeDialog(opened.timeline, HERS, untold=opened.untold,
                         untold_of=opened.untold_of)
    qtbot.addWidget(dialog)
    return dialog


def test_a_slide_without_participants_or_place_lines_clears_neither(qtbot, tmp_path: Path
                                                                     ) -> None:
    opened = _opened(tmp_path)
    assert not any(event.participants or event.location for event in opened.timeline)
    dialog = _dialog(qtbot, opened)
    assert [dialog._differences(row) for row in range(len(dialog.events))] == [[], []]


def test_taking_a_retitled_slide_s_edits_keeps_participants_place_and_status(
        qtbot, tmp_path: Path) -> None:
    def edit(document: dict[str, Any]) -> None:
        slide = next(s for s in document["events"] if "shelf" in s["text"]["headline"])
        slide["text"]["headline"] = "Court draws the shelf line"

    dialog = _dialog(qtbot, _opened(tmp_path, edit))
    row = next(r for r, e in enumerate(dialog.events) if e.title == "Court draws the shelf line")
    assert dialog._differences(row) == ["title"]
    assert dialog.table.cellWidget(row, 3).currentData() == MergeDialog.TAKE_EDITS
    dialog.set_checked(row, True)
    taken = next(e for e in dialog.outcome().events if e.title == "Court draws the shelf line")
    assert (taken.participants, taken.location, taken.status) == (
        ("ICJ",), "The Hague", "disputed")


def test_a_slide_whose_labelled_line_was_edited_still_differs(qtbot, tmp_path: Path) -> None:
    def edit(document: dict[str, Any]) -> None:
        slide = next(s for s in document["events"] if "Valletta" in s["text"]["headline"])
        slide["text"]["text"] += "<p>Participants: Malta, Italy</p>"

    opened = _opened(tmp_path, edit)
    dialog = _dialog(qtbot, opened)
    rows = {event.title: row for row, event in enumerate(dialog.events)}
    assert dialog._differences(rows["Envoys meet in Valletta"]) == ["participants"]
    assert dialog._differences(rows["Court rules on the shelf"]) == []


# --- The same for TimelineJS's spreadsheet (its Google Sheets template) as CSV (edit84) ---


def _sheet_opened(tmp_path: Path, edit: Any = None):  # type: ignore[no-untyped-def]
    """The TimelineJS sheet export of ``HERS`` (no working notes: no "Participants:" lines,
    the default), its rows edited by ``edit`` (a list of dicts by header), as File → Merge
    opens it."""
    import csv
    import io

    from timeline_app.io.formats import TIMELINEJS_SHEET, export_bytes

    text = export_bytes(Timeline.from_events(HERS), TIMELINEJS_SHEET,
                        working_notes=False).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    if edit is not None:
        edit(rows)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / "copy.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return open_timeline_file(path)


def test_a_sheet_row_without_participants_or_place_lines_clears_neither(
        qtbot, tmp_path: Path) -> None:
    opened = _sheet_opened(tmp_path)
    assert not any(event.participants or event.location for event in opened.timeline)
    # the sheet tells them row by row, not by a column it lacks
    assert not {"participants", "place", "status"} & opened.untold
    dialog = _dialog(qtbot, opened)
    assert "Participants" not in dialog._columns_words()
    assert [dialog._differences(row) for row in range(len(dialog.events))] == [[], []]


def test_a_sheet_row_whose_participants_line_was_added_differs(qtbot, tmp_path: Path) -> None:
    def edit(rows: list[dict[str, str]]) -> None:
        row = next(r for r in rows if r["Headline"] == "Envoys meet in Valletta")
        row["Text"] += "<p>Participants: Malta, Italy</p>"

    dialog = _dialog(qtbot, _sheet_opened(tmp_path, edit))
    rows = {event.title: row for row, event in enumerate(dialog.events)}
    assert dialog._differences(rows["Envoys meet in Valletta"]) == ["participants"]
    assert dialog._differences(rows["Court rules on the shelf"]) == []
