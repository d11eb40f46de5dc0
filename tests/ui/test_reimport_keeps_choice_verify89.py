"""The same article imported again leaves a row unticked whose very sentence the event
it matches cites already (verify89 F8: a re-import ticked one row to Merge — a plan's
"postponed" that the event, retitled since, had told from the first import — while every
other row was skipped; the merge would have changed nothing)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

WIRE = ("Ruritania, Freedonia set new date for border accord\n\n"
        "GENEVA, March 3, 2026 (Alpine Wire) - Ruritania and Freedonia will sign their border "
        "accord in Geneva on April 20, after a ceremony first set for March 25 was postponed "
        "to let both parliaments study the maps.\n")


def test_a_row_read_again_starts_unticked(qtbot) -> None:  # type: ignore[no-untyped-def]
    first = extract_events(WIRE, None)
    assert [c.title for c in first.candidates if "postponed" in c.title]
    # imported, then retitled by the person (the plan's "postponed from …" taken out)
    events = [dataclasses.replace(c.to_event(f"e{i}"),
                                  title="Ruritania and Freedonia sign border accord (scheduled)")
              for i, c in enumerate(first.candidates)]
    dialog = ReviewDialog(extract_events(WIRE, None), existing=events,
                          sources={first.source.id: first.source})
    qtbot.addWidget(dialog)
    assert "imported before, the same text" in dialog.intro.text()
    row = next(iter(dialog.duplicates))
    check = dialog.table.item(row, dialog.CHECK)
    assert check.checkState() == Qt.CheckState.Unchecked
    assert "cites this sentence of the article already" in check.toolTip()
    assert "1 to merge" not in dialog.intro.text()


def test_a_first_import_is_as_before(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(extract_events(WIRE, None), existing=[])
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, dialog.CHECK).checkState() == Qt.CheckState.Checked
