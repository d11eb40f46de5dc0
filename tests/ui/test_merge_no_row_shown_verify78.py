"""verify78 F9: File → Merge… of her own CSV export: every row the timeline's own, all
unticked and hidden ("Show only rows that differ"), and the line under the empty table
said "Row 1 of the 0 shown looks like “Congress of Vienna”…".  With no row shown the
line says nothing of rows."""

from __future__ import annotations

from tests.ui.test_merge_edited_copy_verify53 import _treaties
from timeline_app.core import Timeline
from timeline_app.ui.merge_dialog import MergeDialog


def test_no_row_shown_no_row_named(qtbot) -> None:  # type: ignore[no-untyped-def]
    timeline = _treaties(6)
    copy = Timeline.from_events(list(timeline.events), title="copy")
    dialog = MergeDialog(copy, timeline.events)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert dialog.only_differing.isChecked()
    assert all(table.isRowHidden(row) for row in range(table.rowCount()))
    assert "shown" not in dialog.why_label.text() and "Row " not in dialog.why_label.text()
    dialog.only_differing.setChecked(False)  # every row shown: the current one is named
    table.setCurrentCell(0, 1)
    assert dialog.why_label.text().startswith("Row 1")
