"""verify61 F13, F18: File → Merge of a colleague's CSV copy.

- A sheet without a Summary column (Title;Date;End;Category;Participants;Place;Status)
  showed "≠ summary" on every row matched: a missing column is no summary cleared.
- An event entered by hand with a quote and no summary, exported and read back, showed a
  phantom "≠ summary" (the "Source sentence" came back as its summary), which "take its
  edits" would have written over the empty summary.
- A column nothing is read from ("Desk note") was dropped without a word.
- A row without Id telling an event word for word but a day earlier was a possible
  duplicate, ticked, "Keep both": a second event a day apart.

The events and files are written for the test."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QLabel

from timeline_app.core import Event, Evidence, FuzzyDate, Timeline
from timeline_app.io.csv_table import dumps_csv
from timeline_app.io.formats import open_timeline_file
from timeline_app.ui.merge_dialog import MergeDialog, differences, told_as_here

QUOTE = ("Disengagement at Depsang and Demchok was completed on 30 October 2024, and "
         "coordinated patrolling resumed in early November.")
BY_HAND = Event("5765b28d5f00", "Disengagement at Depsang and Demchok completed",
                FuzzyDate.of_ymd(2024, 10, 30), category="dispute",
                participants=("India", "China"), location="Depsang, Demchok",
                evidence=(Evidence(QUOTE, 0, len(QUOTE)),), date_basis="entered by hand")
FLIGHTS = Event("c0ffee000001", "China Eastern Airlines plans to start flights",
                FuzzyDate.of_ymd(2025, 11, 10), category="policy",
                participants=("China Eastern Airlines",), location="Shanghai",
                summary="China Eastern said it would fly Shanghai-Delhi from November.")
WAR = Event("c0ffee000002", "Sino-Indian war", FuzzyDate.of_month(1962, 10),
            category="dispute", participants=("India", "China"),
            summary="The two fought a brief but bloody war, which India lost.")
HERS = [BY_HAND, FLIGHTS, WAR]


def _opened(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "copy.csv"
    path.write_text(text, encoding="utf-8")
    return open_timeline_file(path)


def _dialog(qtbot, opened) -> MergeDialog:  # type: ignore[no-untyped-def]
    dialog = MergeDialog(opened.timeline, HERS, untold=opened.untold,
                         columns_not_read=opened.columns_not_read)
    qtbot.addWidget(dialog)
    return dialog


def test_a_sheet_without_a_summary_column_tells_no_summary_difference(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    opened = _opened(tmp_path, "Title;Date;End;Category;Participants;Place;Status\n"
                     "Sino-Indian war;October 1962;;Dispute;\"India; China\";;\n"
                     "China Eastern Airlines plans to start flights;9 November 2025;;Policy;"
                     "China Eastern Airlines;Shanghai;\n")
    assert "summary" in opened.untold and "place" not in opened.untold
    dialog = _dialog(qtbot, opened)
    rows = {event.title: row for row, event in enumerate(dialog.events)}
    war = dialog.events[rows["Sino-Indian war"]]
    assert differences(WAR, war) == ["summary"]  # (what it was: a missing column cleared)
    assert differences(WAR, war, opened.untold) == []
    assert dialog._differences(rows["Sino-Indian war"]) == []
    intro = dialog.findChildren(QLabel)[0].text()
    assert "It has no Summary column" in intro
    # The one real difference: a day earlier, word for word the same, no Id.  Likely, its
    # box "Merge into …", unticked (as the same change with Id is, "take its edits");
    # "Merge, disputed" offered.
    row = rows["China Eastern Airlines plans to start flights"]
    flights = dialog.events[row]
    match = dialog.duplicates[flights.id]
    assert match.existing is FLIGHTS and match.likely
    assert dialog._differences(row) == ["date"]
    assert not dialog.is_checked(row)
    assert dialog._chosen(row) == MergeDialog.MERGE
    offers = [value for _words, value, _tip in dialog._offers(row)[0]]
    assert MergeDialog.MERGE_DISPUTED in offers


def test_a_quote_without_summary_read_back_is_no_summary_edit(tmp_path: Path) -> None:
    text = dumps_csv(Timeline.from_events([BY_HAND], title="Hers"), delimiter=";")
    copy = _opened(tmp_path, text).timeline.events[0]
    assert copy.id == BY_HAND.id and copy.summary.split() == QUOTE.split()
    assert differences(BY_HAND, copy) == []
    # Taking its (other) edits keeps the empty summary.
    edited = dataclasses.replace(copy, location="Depsang")
    assert told_as_here(BY_HAND, edited, frozenset()).summary == ""


def test_a_column_not_read_is_said(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = dumps_csv(Timeline.from_events(HERS, title="Hers"), delimiter=";")
    lines = text.splitlines()
    lines = [lines[0] + ";Desk note"] + [line + ";checked with MEA" for line in lines[1:]]
    opened = _opened(tmp_path, "\n".join(lines) + "\n")
    assert opened.columns_not_read == ("Desk note",)
    assert opened.untold == frozenset()
    dialog = _dialog(qtbot, opened)
    intro = dialog.findChildren(QLabel)[0].text()
    assert "Not read: its column “Desk note” (no field of this app holds it)." in intro
    assert "no Summary column" not in intro
    # the export's own columns are all read: nothing said
    plain = _opened(tmp_path, text)
    assert plain.columns_not_read == ()


def test_taking_edits_keeps_what_the_copy_has_no_column_for(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    opened = _opened(tmp_path, "Id;Title;Date;Category\n"
                     "c0ffee000002;Sino-Indian war (1962);October 1962;Dispute\n")
    assert {"summary", "place", "participants", "status", "end"} <= opened.untold
    dialog = _dialog(qtbot, opened)
    assert dialog._differences(0) == ["title"]
    taken = told_as_here(WAR, dialog.events[0], dialog.untold)
    assert taken.summary == WAR.summary and taken.participants == WAR.participants
    assert taken.title == "Sino-Indian war (1962)"


def test_a_summary_written_here_since_is_not_replaced_by_the_quote(tmp_path: Path) -> None:
    # (her copy was exported before she gave the event a summary here)
    text = dumps_csv(Timeline.from_events([BY_HAND], title="Hers"), delimiter=";")
    copy = _opened(tmp_path, text).timeline.events[0]
    now = dataclasses.replace(BY_HAND, summary="Disengagement at the two friction points "
                              "was completed by the end of that month.")
    assert differences(now, copy) == []
    assert told_as_here(now, copy, frozenset()).summary == now.summary


def test_file_merge_of_such_a_sheet_says_so(  # type: ignore[no-untyped-def]
        window, tmp_path: Path, monkeypatch, recorded_prompts) -> None:
    # The window's File → Merge… hands the dialog what the CSV has no column for and the
    # columns it does not read.
    path = tmp_path / "colleague.csv"
    path.write_text("Title;Date;Category;Desk note\n"
                    "Sino-Indian war;October 1962;Dispute;checked\n", encoding="utf-8")
    recorded_prompts.open_path = str(path)
    seen: list[str] = []

    def exec_(dialog: MergeDialog) -> int:
        seen.append(dialog.findChildren(QLabel)[0].text())
        return MergeDialog.DialogCode.Rejected

    monkeypatch.setattr(MergeDialog, "exec", exec_)
    assert not window.merge_file()
    (intro,) = seen
    assert ("It has no Summary, Place, Participants, Status, End columns: what this "
            "timeline says there is kept") in intro
    assert "Not read: its column “Desk note”" in intro
    assert window.merge_opened is None


def test_a_timelinejs_sheets_date_parts_are_read_columns(tmp_path: Path) -> None:
    # Its Year, Month, Day, Time… make its dates: not "not read"; its Media Thumbnail and
    # Background are (as File → Open's column dialog says of them).
    from tests.ui.test_csv_dates_ui import SHEET

    opened = _opened(tmp_path, SHEET)
    assert opened.columns_not_read == ("Media Thumbnail", "Background")
