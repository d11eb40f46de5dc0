"""Edit → Merge Selected Events says, under Date, the dates told otherwise that the merged
event's basis will name (verify37 F15)."""

from __future__ import annotations

from tests.core.test_merge_told_otherwise import ALJAZEERA, ANADOLU, REUTERS


def test_the_merge_dialog_says_the_disagreeing_dates_before_ok(qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.merge_events_dialog import MergeEventsDialog

    dialog = MergeEventsDialog([REUTERS, ANADOLU, ALJAZEERA])
    qtbot.addWidget(dialog)
    assert not dialog.date_note.isHidden()
    assert dialog.date_note.text() == ("Told otherwise: 23 March 2026 (the merged event's "
                                       "date basis will name it)")
    dialog.date_box.setCurrentIndex(2)  # March 2026 holds both days: nothing disagrees
    assert dialog.date_note.isHidden()
    dialog.date_box.setCurrentIndex(1)
    assert dialog.date_note.text().startswith("Told otherwise: 24 March 2026 (")
