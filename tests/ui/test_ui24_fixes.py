"""verify25's findings (session 19): a small window's lanes, the Merge dialog's choices, the
CSV export's file dialog, pictures and print, focus marks, the CSV's Category."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.test_dock_layout import _settle

PNG_DIR = Path(os.environ.get("UI24_PNG", "/work/coord/png"))


def _keep(window, name: str) -> None:  # type: ignore[no-untyped-def]
    if PNG_DIR.is_dir():
        window.grab().save(str(PNG_DIR / f"ui24-{name}"))


def _settled(window, qtbot, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    _settle(window, qtbot, width, height)
    qtbot.wait(50)
    for _ in range(4):
        QApplication.processEvents()


@pytest.mark.parametrize("size", [(1024, 640), (800, 600)])
def test_a_small_window_gives_the_lanes_the_height_and_keeps_the_selection(window, qtbot,
                                                                           size):
    """verify25, finding 1: at 1024×640 and 800×600 the list kept 8 rows (212 px) and
    two of the six lanes, with the selected event, were below the fold."""
    _settled(window, qtbot, 1600, 1000)
    event = next(e for e in window.document.timeline if "Iwaya visits" in e.title)
    window.selection.select(event.id)
    width, height = size
    _settled(window, qtbot, width, height)
    qtbot.waitUntil(lambda: not getattr(window, "_resized_since_fit", False))
    for _ in range(4):
        QApplication.processEvents()
    _keep(window, f"small-{width}x{height}.png")
    rows = window.event_list.verticalHeader().defaultSectionSize()
    assert window.event_list.viewport().height() < 5 * rows  # was 8 rows
    assert window.event_list.viewport().height() >= 3 * rows
    view = window.view
    vbar = view.verticalScrollBar()
    if width >= 1024:
        assert vbar.maximum() <= 8  # every lane shows (was 112 px under the fold)
    item = view._layout().items_by_id[event.id]
    from timeline_app.ui.timeline_view import LANES_TOP
    visible = view.viewport().height() - LANES_TOP
    assert vbar.value() <= item.rect.top() and item.rect.bottom() <= vbar.value() + visible


def test_maximized_from_800_wide_details_gets_its_share_back(window, qtbot):
    """verify25, finding 9: from 800×600 to 1600×1000 Details kept 240 px."""
    _settled(window, qtbot, 800, 600)
    _settled(window, qtbot, 1600, 1000)
    _keep(window, "wide-again-1600x1000.png")
    assert window._details_dock.width() >= 0.2 * 1600


def _merge_dialog(qtbot, title: str = "Treaty on Basic Relations signed"):  # type: ignore[no-untyped-def]
    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.ui.merge_dialog import MergeDialog

    import datetime as dt

    day = FuzzyDate.of_day(dt.date(1965, 6, 22))
    existing = [Event("a", title, day, category="treaty")]
    other = Timeline("Other")
    other.add(Event("b", title, day, category="treaty", location="Tokyo"))
    dialog = MergeDialog(other, existing)
    qtbot.addWidget(dialog)
    return dialog


def test_choosing_keep_both_in_the_merge_ticks_the_row(qtbot):
    """verify25, finding 2: "Keep both" chosen on a likely duplicate's row left the row
    unticked, and the merge dropped it without a word."""
    from PySide6.QtWidgets import QComboBox

    from timeline_app.ui.merge_dialog import MergeDialog

    dialog = _merge_dialog(qtbot)
    assert dialog.duplicates["b"].likely and not dialog.is_checked(0)
    choice = dialog.table.cellWidget(0, 3)
    assert isinstance(choice, QComboBox)
    index = choice.findData(MergeDialog.KEEP_BOTH)
    choice.setCurrentIndex(index)
    choice.activated.emit(index)  # as a click or the keys in the drop-down do
    assert dialog.is_checked(0)
    assert dialog.ok_button.text() == "&Merge 1"
    outcome = dialog.outcome()
    assert [e.id for e in outcome.events] == ["b"] and outcome.merges == {}
    from PySide6.QtWidgets import QLabel

    intro = dialog.findChildren(QLabel)[0].text()
    assert "either choice ticks the row" in intro


def test_the_merge_choices_keep_their_verb_readable(qtbot):
    """verify25, finding 3: 'Merge into "Treaty on Basic Relations signed" (…' in a
    300 px column: the title is cut inside the choice and the column fits the choice."""
    dialog = _merge_dialog(qtbot, "Treaty on Basic Relations between Japan and the "
                                  "Republic of Korea signed in Tokyo")
    dialog.resize(900, 520)
    dialog.show()
    qtbot.waitExposed(dialog)
    choice = dialog.table.cellWidget(0, 3)
    assert "…" in choice.itemText(0) and choice.itemText(0).startswith("Merge into")
    assert choice.itemText(0).endswith("(22 June 1965)")
    assert dialog.table.columnWidth(3) >= choice.sizeHint().width()
    assert "Republic of Korea signed in Tokyo" in choice.itemData(0, 3)  # tooltip: whole
    _keep(dialog, "merge-choices.png")
