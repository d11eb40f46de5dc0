"""verify62 (smoke trial, session 49): File → Merge of a colleague's CSV copy whose rows
had a date it could not read ("banana", "30 February 2025"): those rows were left out
without a word before the merge, their events here were offered as "only here: delete
it?" — "not in the copy" — and Select All + Merge deleted them; the rows skipped were
told only in the summary after.  Now the rows left out are said under the intro before
the merge, and the events of their Ids are not taken as deleted in the copy.

The events and the file are written for the test."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io.csv_table import dumps_csv
from timeline_app.io.formats import open_timeline_file
from timeline_app.ui.merge_dialog import MergeDialog

OURS = [Event("aa0000000001", "Envoys meet in Muscat", FuzzyDate.of_ymd(2025, 11, 27),
              category="meeting", participants=("Oman", "Iran")),
        Event("aa0000000002", "Talks in Baghdad", FuzzyDate.of_ymd(2025, 4, 9),
              category="meeting", participants=("Iraq", "Iran")),
        Event("aa0000000003", "Doha round", FuzzyDate.of_month(2025, 10),
              category="meeting", participants=("Qatar",)),
        Event("aa0000000004", "Ceasefire announced", FuzzyDate.of_ymd(2025, 6, 24),
              category="statement", participants=("Iran", "Israel")),
        Event("aa0000000005", "Foreign ministers call", FuzzyDate.of_ymd(2025, 8, 2),
              category="meeting", participants=("Saudi Arabia", "Iran"))]


def _copy_with_bad_dates(tmp_path: Path) -> Path:
    """Our export, two rows' dates made unreadable by hand, as a spreadsheet does."""
    lines = dumps_csv(Timeline.from_events(OURS)).splitlines()
    header = lines[0].split(",")
    date, iso = header.index("Date"), header.index("Date (ISO)")
    out = [lines[0]]
    for line in lines[1:]:
        cells = line.split(",")
        if "Baghdad" in line:
            cells[date], cells[iso] = "banana", ""
        if "Doha" in line:
            cells[date], cells[iso] = "30 February 2025", ""
        out.append(",".join(cells))
    path = tmp_path / "copy.csv"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def test_rows_left_out_are_said_before_the_merge_and_their_events_are_not_deleted(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    opened = open_timeline_file(_copy_with_bad_dates(tmp_path))
    assert len(opened.timeline) == 3
    assert opened.ids_left_out == {"aa0000000002", "aa0000000003"}
    assert len(opened.rows_left_out) == 2 and "banana" in opened.rows_left_out[0]
    dialog = MergeDialog(opened.timeline, OURS, rows_left_out=opened.rows_left_out,
                         ids_left_out=opened.ids_left_out)
    qtbot.addWidget(dialog)
    assert dialog.missing == []  # (was Baghdad and Doha: "only here: delete it?")
    intro = dialog.findChildren(QLabel)[0].text()
    assert "2 rows of it could not be read and are left out" in intro
    assert "their events here are kept" in intro and "banana" in intro
    dialog.all_button.click()  # (Select All: it ticked the two deletions)
    assert not dialog.outcome().deletes


def test_a_copy_without_such_rows_still_offers_its_deletions(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An event the copy lacks (a row deleted in the table) is still offered, unticked."""
    text = dumps_csv(Timeline.from_events(OURS[:4]))
    path = tmp_path / "copy.csv"
    path.write_text(text, encoding="utf-8")
    opened = open_timeline_file(path)
    assert not opened.rows_left_out and not opened.ids_left_out
    dialog = MergeDialog(opened.timeline, OURS, rows_left_out=opened.rows_left_out,
                         ids_left_out=opened.ids_left_out)
    qtbot.addWidget(dialog)
    assert [event.id for event in dialog.missing] == ["aa0000000005"]


def test_file_merge_hands_the_dialog_the_rows_left_out(  # type: ignore[no-untyped-def]
        window, tmp_path: Path, monkeypatch, recorded_prompts) -> None:
    window.document.replace_timeline(Timeline.from_events(OURS), None)
    recorded_prompts.open_path = str(_copy_with_bad_dates(tmp_path))
    seen: list[tuple[str, list[str]]] = []

    def exec_(dialog: MergeDialog) -> int:
        seen.append((dialog.findChildren(QLabel)[0].text(),
                     [event.id for event in dialog.missing]))
        return MergeDialog.DialogCode.Rejected

    monkeypatch.setattr(MergeDialog, "exec", exec_)
    assert not window.merge_file()
    ((intro, missing),) = seen
    assert "2 rows of it could not be read and are left out" in intro
    assert missing == []
    assert len(window.document.timeline) == 5


def test_the_merge_summary_counts_the_events_deleted(  # type: ignore[no-untyped-def]
        window, tmp_path: Path, monkeypatch, recorded_prompts) -> None:
    # The copy lacks "Foreign ministers call" (deleted there) and has one unreadable row:
    # Select All ticks that deletion; the summary after says it (it said nothing of it).
    window.document.replace_timeline(Timeline.from_events(OURS), None)
    path = _copy_with_bad_dates(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(line for line in lines if "Foreign ministers" not in line)
                    + "\n", encoding="utf-8")
    recorded_prompts.open_path = str(path)

    def exec_(dialog: MergeDialog) -> int:
        assert [event.id for event in dialog.missing] == ["aa0000000005"]
        dialog.all_button.click()
        return MergeDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", exec_)
    window.merge_file()
    assert "aa0000000005" not in window.document.timeline
    assert "aa0000000002" in window.document.timeline  # (its row unreadable: kept)
    ((title, text),) = recorded_prompts.summaries
    assert "1 event of this timeline not in it deleted" in text
    assert "2 rows skipped" in text
