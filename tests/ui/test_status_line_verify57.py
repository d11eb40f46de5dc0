"""A temporary message and the status line share the status bar readably (verify57 F9).

At 150 % on a 1080p screen (1280 px wide) an import's message and the view's summary
were both cut: "…to “Mercosur–EU poli… 25 events and 1 era · showing … · sel…".  The
message wins for its few seconds (the line gives way down to its first part); the line
shows its parts whole from the first, or one shortened with enough of it to read, and
the whole line in its tooltip (plain text)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from timeline_app.ui.main_window import STATUS_PART_GAP, STATUS_PART_LEAST_PX

MESSAGE = ("Imported 3 new events and merged 3 into events already there; participants "
           "added: European Union, Mercosur to “Mercosur–EU political agreement”")


def _parts_readable(shown: str, whole: str) -> None:
    parts = whole.split(STATUS_PART_GAP)
    for index, part in enumerate(shown.split(STATUS_PART_GAP)):
        if part != parts[index]:  # only the last part shown may be shortened
            assert part.endswith("…") and parts[index].startswith(part[:-1]), (part, shown)
            assert index == len(shown.split(STATUS_PART_GAP)) - 1, shown


@pytest.mark.parametrize("size", [(1280, 690), (1366, 740)])
def test_an_imports_message_reads_whole_beside_the_status_line(qtbot, window, size):  # type: ignore[no-untyped-def]
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    event_id = window.document.timeline.events[0].id
    window.selection.select(event_id)
    QApplication.processEvents()
    status = window._status
    whole = status.text()
    assert "selected:" in whole
    bar = window.statusBar()
    bar.showMessage(MESSAGE, 20_000)
    qtbot.waitUntil(lambda: bar.currentMessage() == MESSAGE)
    window.repaint()
    QApplication.processEvents()
    # Before: "… to “Mercosur–EU politi…" beside a line kept a third of the bar wide.
    assert bar.shown_message() == MESSAGE
    assert bar.message_room().right() < status.x()  # left of the status line
    shown = status.shown_text(status.contentsRect().width())
    assert shown.startswith(whole.split(STATUS_PART_GAP)[0]), shown
    _parts_readable(shown, whole)
    if shown != whole:
        assert whole.split(STATUS_PART_GAP)[-1] in status.toolTip()  # the whole line
    # The message gone, the line has its room again and no tooltip.
    bar.clearMessage()
    QApplication.processEvents()
    window.repaint()
    QApplication.processEvents()
    assert status.shown_text(status.contentsRect().width()) == whole
    assert status.toolTip() == ""


def test_the_status_line_leaves_out_a_part_rather_than_show_a_few_letters(qtbot, window):  # type: ignore[no-untyped-def]
    status = window._status
    status.setText(STATUS_PART_GAP.join(("25 events and 1 era",
                                         "showing 5 April 1997 – 11 October 2034",
                                         "selected: Mercosur–EU negotiations launched (1999)")))
    metrics = status.fontMetrics()
    first_two = STATUS_PART_GAP.join(status.text().split(STATUS_PART_GAP)[:2])
    width = metrics.horizontalAdvance(first_two + STATUS_PART_GAP) + STATUS_PART_LEAST_PX - 10
    assert status.shown_text(width) == first_two  # not "… · sel…"
    shown = status.shown_text(width + 40)
    assert shown.startswith(first_two + STATUS_PART_GAP + "selected") and shown.endswith("…")
    assert status.shown_text(metrics.horizontalAdvance("25 events and 1 era") + 2) == \
        "25 events and 1 era"
    assert status.shown_text(40).endswith("…")  # the first part alone, shortened
