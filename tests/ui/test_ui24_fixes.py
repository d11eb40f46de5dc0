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
        # every lane shows (was 112 px under the fold) but for the legend's row of its
        # own at 1024 px since Save keeps its toolbar button (verify51 F18): ~29 px
        legend_row = window.legend_bar.height() if window.toolBarBreak(window.legend_bar) else 0
        assert vbar.maximum() <= 8 + legend_row
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


def _merge_dialog(qtbot, title: str = "Treaty on Basic Relations signed",  # type: ignore[no-untyped-def]
                  place: str = ""):
    import datetime as dt

    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.ui.merge_dialog import MergeDialog

    day = FuzzyDate.of_day(dt.date(1965, 6, 22))
    # (the event has the row's place, or the row, which would add it, starts ticked:
    # verify56 F15)
    existing = [Event("a", title, day, category="treaty", location=place or "Tokyo")]
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
    assert "1 adds nothing new and is left out (tick one to merge it)" in intro
    assert "“Keep both” adds one as a new event" in intro


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


MY_EVENTS = ("Date,Event,Category\n2024-03-05,Talks in Geneva,Meeting\n"
             "March 2024,Accord signed,Treaty\nnot a date,A row left out,Meeting\n")


def test_the_csv_export_never_proposes_the_imported_csv_and_cancel_comes_back(
        window, recorded_prompts, tmp_path):  # type: ignore[no-untyped-def]
    """verify25, finding 4: after importing my-events.csv, File → Export → CSV proposed
    my-events.csv; Cancel in "Replace file?" ended the export; the question did not say the
    row the import left out would be gone."""
    source = tmp_path / "my-events.csv"
    source.write_text(MY_EVENTS, "utf-8")
    assert window.import_csv(str(source))
    assert len(window.document.timeline) == 2
    recorded_prompts.export_path = None  # the dialog cancelled: what did it propose?
    assert not window.export_as("CSV")
    assert Path(recorded_prompts.export_suggestions[-1]).name == "my-events (exported).csv"
    # Chosen anyway: the question says the row left out goes; Cancel brings the dialog
    # back, where another name is chosen and written.
    recorded_prompts.export_path = str(source)
    recorded_prompts.replace = False
    other = tmp_path / "other.csv"
    recorded_prompts.export_paths_after_refusal = [str(other)]
    assert window.export_as("CSV")
    question = recorded_prompts.replace_questions[-1]
    assert "left out 1 row of it (row 4)" in question and "for good" in question
    assert source.read_text("utf-8") == MY_EVENTS
    assert other.is_file() and "Accord signed" in other.read_text("utf-8")
    assert Path(recorded_prompts.export_suggestions[-1]) == source  # the name just chosen


def test_pictures_leave_the_strip_out_fit_the_pdf_page_and_frame_the_png(
        window, recorded_prompts, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """verify25, finding 7: the whole timeline's PDF left the right fifth of the page
    blank (the timeline was scaled to the page's height), the overview strip (a screen
    control) was drawn, and a PNG's title touched its left edge."""
    from PySide6.QtGui import QImage

    from timeline_app.ui import export_picture as pictures

    drawn: list[tuple[float, float]] = []  # (the timeline's width as drawn, the room's)
    real_render = pictures._render

    def spy(view, painter, target=None, size=None):  # type: ignore[no-untyped-def]
        if target is not None:
            viewport = view.viewport()
            whole = viewport.size() if size is None else size
            scale = min(target.width() / whole.width(), target.height() / whole.height())
            drawn.append((scale * whole.width(), target.width()))
        real_render(view, painter, target, size)

    monkeypatch.setattr(pictures, "_render", spy)
    recorded_prompts.export_path = str(tmp_path / "whole.pdf")
    assert window.export_picture("PDF", whole=True)
    (width, room), = drawn
    assert width >= 0.98 * room, (width, room)  # was ~80 %
    # A PNG: a margin, and no strip (its height is the lanes' and the axis' only).
    sizes: list[tuple[int, int]] = []
    real_picture = pictures._picture

    def picture(view, kind, path, title, subtitle, size):  # type: ignore[no-untyped-def]
        sizes.append((size.width(), size.height()))
        return real_picture(view, kind, path, title, subtitle, size)

    monkeypatch.setattr(pictures, "_picture", picture)
    recorded_prompts.export_path = str(tmp_path / "whole.png")
    assert window.export_picture("PNG", whole=True)
    image = QImage(str(tmp_path / "whole.png"))
    (viewport_width, viewport_height), = sizes
    ratio = pictures.PNG_DEVICE_PIXEL_RATIO
    margin = getattr(pictures, "PNG_MARGIN", 0)
    assert margin >= 8
    assert image.width() == round((viewport_width + 2 * margin) * ratio)
    expected = viewport_height + pictures.header_height() + 2 * margin
    assert abs(image.height() - expected * ratio) <= 2 * ratio
    base = window.view.palette().base().color().rgb()
    left = {image.pixel(x, y) for x in range(int(margin * ratio) - 2)
            for y in range(0, image.height(), 7)}
    assert left == {base}  # nothing touches the left edge
    # The strip's rows (under the axis) hold the base colour alone, bar the breaks'
    # zig-zags: no map, no "≈".
    from timeline_app.ui.timeline_view import AXIS_HEIGHT

    top = (margin + pictures.header_height() + AXIS_HEIGHT + 4) * ratio
    row = [image.pixel(x, int(top + 6)) for x in range(int(margin * ratio) + 4,
                                                       int((margin + 120) * ratio))]
    assert set(row) == {base}, {hex(c) for c in row}
    if PNG_DIR.is_dir():
        image.save(str(PNG_DIR / "ui24-whole.png"))


def test_filters_shortcut_puts_the_keys_in_the_first_field(window, qtbot):
    """verify25, finding 5: Ctrl+Shift+F opened the Filters and left the keys where they
    were (the Article pane)."""
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.view.setFocus()
    action = window._filter_dock.toggleViewAction()
    action.trigger()
    panel = window.filter_panel
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (panel.source_combo, panel.from_field))
    _keep(window, "filters-focus.png")


def test_the_list_has_its_ring_back_after_a_dialog_closes(window, qtbot, recorded_prompts):
    """verify25, finding 5: Tab to the Events list, Enter (the editor), Esc: the keys were
    back in the list, but no frame marked it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    ring = window.focus_ring
    window.event_list.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: ring.target() is window.event_list)
    dialog = QDialog(window)
    dialog.show()
    dialog.activateWindow()
    dialog.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    qtbot.waitUntil(lambda: ring.target() is None)
    dialog.reject()
    window.activateWindow()
    window.event_list.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    qtbot.waitUntil(lambda: ring.target() is window.event_list)


def test_the_edit_link_has_a_clear_mark_when_tab_is_on_it(window, qtbot):
    """verify25, finding 5: Tab on "Edit…" in Details showed only a faint dotted outline."""
    from PySide6.QtCore import Qt

    window.show()
    qtbot.waitExposed(window)
    event = next(iter(window.document.timeline))
    window.selection.select(event.id)
    pane = window.detail_pane
    pane.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(pane.hasFocus)
    # Tab inside the pane goes from link to link; "Edit…" is the last one
    for _ in range(20):
        cursor = pane.textCursor()
        if cursor.hasSelection() and cursor.selectedText() == "Edit…":
            break
        pane.focusNextPrevChild(True)
    assert pane.textCursor().selectedText() == "Edit…"
    rect = pane.focused_link_rect()
    assert rect is not None and rect.width() > 20
    image = pane.viewport().grab().toImage()
    highlight = pane.palette().color(pane.palette().ColorRole.Highlight).rgb()
    edge = [image.pixel(x, rect.top()) for x in range(rect.left() + 4, rect.right() - 4)]
    assert edge.count(highlight) > len(edge) // 2
    _keep(window, "edit-link-focus.png")


def test_the_csv_preview_shows_more_rows(qtbot):
    """verify25, finding 6: the import preview showed about 4 rows, on a 1000 px screen
    as at 1366×768: the twelve fields stood in one column above it."""
    from timeline_app.io.csv_table import read_table
    from timeline_app.ui.csv_import import CsvImportDialog

    text = "Date,Event,Category\n" + "".join(f"{1990 + i},Event {i},Meeting\n"
                                             for i in range(30))
    dialog = CsvImportDialog(read_table(text.encode()), "t.csv", day_first=True)
    qtbot.addWidget(dialog)
    dialog.resize(900, 620)  # the least it opens at (a 768 px screen)
    dialog.show()
    qtbot.waitExposed(dialog)
    preview = dialog._preview
    rows = preview.verticalHeader().defaultSectionSize()
    assert preview.viewport().height() >= 7 * rows, (preview.viewport().height(), rows)
    _keep(dialog, "csv-preview.png")


def test_the_csv_export_proposes_a_fresh_name_after_the_import_is_saved(
        window, recorded_prompts, tmp_path):  # type: ignore[no-untyped-def]
    """verify60 F14: after importing events100k.csv, saving it as events100k.json and
    opening that again, File → Export → CSV proposed events100k.csv, her database's own
    export, preselected: a name that is no file yet is proposed instead."""
    source = tmp_path / "my-events.csv"
    source.write_text(MY_EVENTS, "utf-8")
    assert window.import_csv(str(source))
    recorded_prompts.save_path = str(tmp_path / "my-events.json")
    assert window._save_as(None, wait=True)
    assert window.document.path == str(tmp_path / "my-events.json")
    assert window.open_path(str(tmp_path / "my-events.json"), background=False)  # later
    recorded_prompts.export_path = None
    assert not window.export_as("CSV")
    proposed = Path(recorded_prompts.export_suggestions[-1])
    assert proposed.parent == tmp_path and not proposed.exists()
    assert proposed.name == "my-events (exported).csv"
    (tmp_path / "my-events (exported).csv").write_text("an earlier export", "utf-8")
    assert not window.export_as("CSV")  # that one is taken too: the next
    assert Path(recorded_prompts.export_suggestions[-1]).name == "my-events (exported 2).csv"
