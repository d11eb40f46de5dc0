"""verify49 F10: a colleague's edits to the timeline's own CSV export, brought back by
File → Merge…: the retitle and the corrected participant are taken (not kept / added
beside the typo), the deleted row is offered for deletion, the added row comes in, no
source sentence is quoted twice, and one Undo takes it all back."""

from __future__ import annotations

import csv
import io

from PySide6.QtWidgets import QDialog

from timeline_app.io.csv_table import dumps_csv
from timeline_app.ui.merge_dialog import MergeDialog


def _edited_export(timeline, path):  # type: ignore[no-untyped-def]
    """The timeline's CSV export as a colleague edited it in a spreadsheet: the first
    event retitled, the second's first participant respelt, the third's row deleted, a
    row added; which events those were."""
    rows = list(csv.reader(io.StringIO(dumps_csv(timeline))))
    header, body = rows[0], rows[1:]
    title, people, ident = (header.index(c) for c in ("Title", "Participants", "Id"))
    first, second, third = (timeline.get(r[ident]) for r in body[:3])
    body[0][title] = "Foreign ministers agree to resume shuttle diplomacy"
    assert body[1][people]
    body[1][people] = ", ".join(["Republic of Korea", *second.participants[1:]])
    del body[2]
    added = [""] * len(header)
    added[title], added[header.index("Date")] = "Leaders meet in Seoul", "2025-09-30"
    added[header.index("Category")] = "Meeting"
    body.append(added)
    with open(path, "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([header, *body])
    return first, second, third


def test_a_colleagues_edited_csv_is_taken_back(window, qtbot, tmp_path,  # type: ignore[no-untyped-def]
                                              recorded_prompts, monkeypatch):
    document = window.document
    timeline = document.timeline
    before = {e.id: e for e in timeline.events}
    path = tmp_path / "edited.csv"
    first, second, third = _edited_export(timeline, path)
    recorded_prompts.open_path = str(path)
    said: dict[str, object] = {}

    def exec_(dialog: MergeDialog) -> int:  # the real prompts.review_merge, its dialog run
        events = dialog.events
        rows = {e.id: row for row, e in enumerate(events)}
        assert {first.id, second.id} <= dialog.same_ids and third.id not in dialog.same_ids
        # the edited rows offer to take the edits, unticked until asked
        for event_id in (first.id, second.id):
            row = rows[event_id]
            assert not dialog.is_checked(row)
            assert dialog.table.cellWidget(row, 3).currentData() == MergeDialog.TAKE_EDITS
        said["line"] = dialog.duplicate_text(rows[first.id])
        # the deleted row is listed after the copy's rows, unticked
        assert [e.id for e in dialog.missing] == [third.id]
        gone_row = len(events)
        assert not dialog.is_checked(gone_row)
        said["gone"] = dialog.duplicate_text(gone_row)
        # the added row is new, ticked
        new_row = next(r for r, e in enumerate(events) if e.title == "Leaders meet in Seoul")
        assert dialog.is_checked(new_row)
        dialog.set_checked(rows[first.id], True)
        dialog.set_checked(rows[second.id], True)
        dialog.set_checked(gone_row, True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", exec_)
    window.merge_action.trigger()
    line = str(said["line"])
    assert "title “" in line and "→ “Foreign ministers agree to resume shuttle" in line
    assert "deleted there, or added here since" in str(said["gone"])
    retitled = timeline.get(first.id)
    assert retitled.title == "Foreign ministers agree to resume shuttle diplomacy"
    assert document.title_by_hand(first.id)  # a later merge keeps it
    respelt = timeline.get(second.id)
    assert respelt.participants == ("Republic of Korea", *second.participants[1:])
    assert third.id not in timeline
    assert any(e.title == "Leaders meet in Seoul" for e in timeline.events)
    for kept in (retitled, respelt):  # no sentence quoted twice (the CSV's "Source sentence")
        assert kept.evidence == before[kept.id].evidence
        assert kept.date == before[kept.id].date
        assert kept.date_basis == before[kept.id].date_basis
    document.undo_stack.undo()  # one step
    assert {e.id: e for e in timeline.events} == before


def test_a_file_that_is_not_a_copy_lists_no_deletions(window, qtbot, tmp_path,  # type: ignore[no-untyped-def]
                                                      recorded_prompts, monkeypatch):
    """Another desk's file (no event of this timeline's ids) offers nothing to delete and
    nothing "to take": its events are look-alikes at most, as before."""
    path = tmp_path / "other.csv"
    path.write_text("Title,Date,Category\nLeaders meet in Seoul,2025-09-30,Meeting\n"
                    "Treaty ratified,1965-12-18,Treaty\n", encoding="utf-8")
    recorded_prompts.open_path = str(path)
    seen = {}

    def exec_(dialog: MergeDialog) -> int:
        seen["missing"], seen["same"] = dialog.missing, dialog.same_ids
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(MergeDialog, "exec", exec_)
    window.merge_action.trigger()
    assert seen == {"missing": [], "same": frozenset()}
