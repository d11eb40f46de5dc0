"""The import review with "Start a new timeline" chosen (verify33 F4): the rows were
compared with the timeline in the window (the untouched sample) all the same — the
intro said "1 is possibly already in the timeline", the Duplicate? cell offered Keep
both, while the line under the table said "not like any event already in the timeline";
and a likely duplicate of the sample opened unticked, so the seed article imported as a
new timeline would have added nothing.  In a new timeline nothing is a duplicate."""

from __future__ import annotations

from test_import_into_sample import _import as _review  # the seed article's review, kept


def test_a_review_for_a_new_timeline_speaks_of_no_duplicates(window, qtbot, monkeypatch):
    dialog = _review(window, qtbot, monkeypatch)
    rows = dialog.table.rowCount()
    assert dialog.new_radio.isChecked() and rows == 8 and len(dialog.duplicates) == 8
    assert "already in the timeline" not in dialog.intro.text()
    assert len(dialog.outcome().events) == rows  # every row ticked, as the others
    for row in range(rows):
        choice = dialog.table.cellWidget(row, dialog.DUPLICATE)
        assert choice is None or not choice.isEnabled()
    # Not even greyed: the boxes are drawn empty (a "Merge" on every row read as
    # merges); the column stays, so that no width jumps between Add and New (verify83 F8)
    assert not dialog.table.isColumnHidden(dialog.DUPLICATE)
    assert all(dialog.table.cellWidget(row, dialog.DUPLICATE).blank_while_disabled
               for row in range(rows))
    # Adding to the sample instead: the eight are duplicates again, unticked.
    dialog.add_radio.setChecked(True)
    assert "8 look like events already in the timeline" in dialog.intro.text()
    assert not dialog.table.isColumnHidden(dialog.DUPLICATE)
    assert dialog.outcome().events == []
    dialog.new_radio.setChecked(True)
    assert "already in the timeline" not in dialog.intro.text()
    assert len(dialog.outcome().events) == rows
    assert not dialog.table.isColumnHidden(dialog.DUPLICATE)
    assert not dialog.table.cellWidget(0, dialog.DUPLICATE).isEnabled()
