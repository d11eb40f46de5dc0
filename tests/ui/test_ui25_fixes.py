"""New-user trials' leftovers (session 20, ui25): a double-click under the last lane, the
Events list after File → Open, the detail pane's Tab stops, dark bars, a CSV's capitalised
lane, the Merge preview's marks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDockWidget

PNG_DIR = Path(os.environ.get("UI25_PNG", "/work/coord/png"))


def _keep(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if PNG_DIR.is_dir():
        widget.grab().save(str(PNG_DIR / f"ui25-{name}"))


def test_a_double_click_under_the_last_lane_starts_in_the_last_lane(window, qtbot,
                                                                    recorded_prompts):
    """Item 1: under the last lane (Anniversary) the new event started in the selected
    event's lane (Treaty here), else the busiest (Meeting): whatever, not the lane seen."""
    window.findChild(QDockWidget, "eventsDock").hide()
    window.resize(1400, 1000)
    qtbot.waitUntil(lambda: window.view.viewport().height() > 800)
    view = window.view
    view.fit_all()
    QApplication.processEvents()
    window.selection.select("normalization-1965")  # a Treaty event, the first lane
    lanes = view._layout().lanes
    assert lanes[-1].category == "anniversary"
    bottom = view._content_offset() + lanes[-1].top + lanes[-1].height
    assert view.viewport().height() - bottom > 200  # blank under the lanes
    for y in (bottom + 4, view.viewport().height() - 10):
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                          pos=QPoint(600, int(y)))
        assert recorded_prompts.editors[-1].category() == "anniversary"
    # inside a lane the lane there, as before
    middle = view._content_offset() + lanes[2].top + lanes[2].height // 2
    x = next(x for x in range(500, 900, 7) if view.event_at(QPoint(x, int(middle))) == "")
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, int(middle)))
    assert recorded_prompts.editors[-1].category() == lanes[2].category
    assert len(window.document.timeline) == 8  # each editor cancelled


def test_after_opening_a_short_file_the_list_gives_its_room_back(window, qtbot,
                                                                 recorded_prompts, tmp_path):
    """Item 2: after File → Open of five events the Events list kept 40 % of the window
    (344 px at 1400×860): five rows over ~200 px of blank, taken from the timeline."""
    import copy

    from timeline_app.io import native

    five = copy.deepcopy(window.document.timeline)
    for event in list(five):
        if event.category not in ("dispute", "visit", "meeting"):
            five.remove(event.id)
    assert len(five) == 5
    path = tmp_path / "five.json"
    native.save(five, path)
    recorded_prompts.open_path = str(path)
    window.open_action.trigger()
    qtbot.waitUntil(lambda: window.document.path == str(path))
    dock = window.findChild(QDockWidget, "eventsDock")
    listed = window.event_list
    row = listed.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: listed.viewport().height() < 6 * row)  # was 308 px: 14 rows
    qtbot.waitUntil(lambda: not window.list_fit_pending())
    QApplication.processEvents()
    _keep(window, "open-five.png")
    assert listed.viewport().height() >= 5 * row  # every row shows
    assert dock.height() < 0.25 * window.height()
    # rows added come into view: the list follows its rows
    from timeline_app.core import Event

    for i in range(3):
        window.document.add_event(Event(f"x{i}", f"Extra {i}", five.events[0].date,
                                        category="visit"))
    qtbot.waitUntil(lambda: listed.viewport().height() >= 8 * row)


def test_the_article_pane_is_one_tab_stop_and_the_arrows_go_from_date_to_date(window,
                                                                              qtbot):
    """Item 3: Tab stopped at each of the seed article's nine dates (each a link) before
    leaving the Article pane.  Now one stop; ← → go between the dates, Enter follows one."""
    window.selection.select("munich-meeting")
    window._article_dock.raise_()
    pane = window.article_pane
    qtbot.waitUntil(lambda: not pane.marks_pending(), timeout=20000)
    QApplication.processEvents()
    assert len(pane.link_ranges()) >= 9
    window.activateWindow()
    qtbot.waitActive(window)
    pane.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    assert not pane.hasFocus()  # was: on the first date, eight more Tabs to go
    pane.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.keyClick(pane, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not pane.hasFocus()
    pane.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(len(pane.link_ranges()) + 2):  # past the last one: it stays there
        qtbot.keyClick(pane, Qt.Key.Key_Right)
        seen.append(pane.textCursor().selectedText())
        assert pane.hasFocus()
    assert seen[-1] == seen[-2] == "last month"
    qtbot.keyClick(pane, Qt.Key.Key_Left)
    assert pane.textCursor().selectedText() == "June this year"
    _keep(window, "article-date-link.png")
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert window.selection.event_id == "normalization-60th-anniversary"


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_event_bars_stand_out_on_both_lane_bands(qapp, qtbot, window, dark):
    """Item 4: on the dark theme a bar's edge was its colour darkened (1.9-3.3:1 against
    the lanes) around a fill of 1.2-1.5:1.  Now the edge reaches 3:1 (WCAG 1.4.11) on
    both lanes' bands for every lane colour, as drawn too, and the label inside a bar
    keeps 4.5:1."""
    from PySide6.QtGui import QColor

    from timeline_app.ui import theme
    from timeline_app.ui.style import AA_CONTRAST, all_category_colors, contrast_ratio

    try:
        theme.apply_theme(qapp, "dark" if dark else "light")
        qtbot.waitUntil(lambda: window.view.palette().base().color().lightness()
                        < 128 if dark else True)
        view = window.view
        bands = (view._lane_fill(0), view._lane_fill(1))
        text = view.palette().text().color()
        weak = {}
        for category, color in all_category_colors(dark).items():
            style = view._lane_style(color)
            edge = style.pens[False, False].color()
            ratio = min(contrast_ratio(edge, band) for band in bands)
            if ratio < theme.NON_TEXT_CONTRAST or contrast_ratio(text, style.span_fill) \
                    < AA_CONTRAST:
                weak[category] = round(ratio, 2)
        assert not weak, weak
        for chosen in ("#000080", "#FFFF66"):  # colours a file may choose
            edge = view._lane_style(QColor(chosen)).pens[False, False].color()
            assert min(contrast_ratio(edge, band) for band in bands) >= 3.0, chosen
        # as painted: the Sado boycott's bar has an edge at 3:1 against its lane
        view.update()
        qtbot.wait(50)
        image = view.grab().toImage()
        marker = view.marker_rect("sado-memorial-boycott")
        band = QColor(image.pixel(int(marker.center().x()), int(marker.top()) - 3))
        column = [QColor(image.pixel(int(marker.center().x()), y))
                  for y in range(int(marker.top()) - 1, int(marker.top()) + 3)]
        assert max(contrast_ratio(c, band) for c in column) >= 3.0
        _keep(view, f"bars-{'dark' if dark else 'light'}.png")
    finally:
        theme.apply_theme(qapp, "light")


def test_a_capitalised_lane_comes_back_from_the_csv_export(window, exported_csv):
    """Item 5: a lane "Sanctions" (a file made elsewhere; the app's own lanes start in
    lower case) is written "Sanctions", as shown, and was read back as the app's lane
    "sanctions"; so were "G7" ("g7") and "iPhone talks" ("IPhone talks").  The export
    adds a "Lane id" column for such lanes only."""
    import datetime as dt

    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.io.csv_table import EXPORT_HEADERS, dumps_csv

    day = FuzzyDate.of_day(dt.date(2024, 5, 1))
    lanes = ["Sanctions", "G7", "iPhone talks", "treaty", "trade talks", "EU summits"]
    csv_path = exported_csv(Timeline.from_events(
        [Event(f"e{i}", f"Event {i}", day, category=lane) for i, lane in enumerate(lanes)],
        title="Lanes"))
    header, *rows = csv_path.read_text("utf-8").splitlines()
    assert header.endswith("Lane id") and "Sanctions" in rows[0]
    assert window.import_csv(str(csv_path))
    back = {e.id: e.category for e in window.document.timeline}
    assert back == {f"e{i}": lane for i, lane in enumerate(lanes)}
    # lanes the app makes (lower case first) need no such column: the export is as before
    plain = Timeline.from_events([Event("a", "A", day, category="sanctions")], title="x")
    assert dumps_csv(plain).splitlines()[0] == ",".join(EXPORT_HEADERS)


def test_the_merge_preview_marks_the_rows_that_differ(window, qtbot):
    """Item 6: the Merge table showed "Merge into …" on every row that repeats an event,
    the same for a copy and for one with another place or title: only the line under
    the table, one row at a time, said what differed."""
    import copy
    import dataclasses
    import datetime as dt

    from timeline_app.core import Event, FuzzyDate
    from timeline_app.ui.merge_dialog import MergeDialog

    mine = window.document.timeline
    other = copy.deepcopy(mine)
    placed, retitled = other.events[1], other.events[3]
    for event in (placed, retitled):
        other.remove(event.id)
    other.add(dataclasses.replace(placed, location="Seoul, the National Assembly"))
    other.add(dataclasses.replace(retitled, title="Iwaya goes to Seoul for talks",
                                  participants=(*retitled.participants, "Lee Jae-myung")))
    other.add(Event("phone", "Foreign ministers talk by phone",
                    FuzzyDate.of_day(dt.date(2025, 4, 2)), category="meeting"))
    dialog = MergeDialog(other, mine.events)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _keep(dialog, "merge-differs.png")
    column = MergeDialog.COLUMNS.index("Differs")
    marks = {event.id: dialog.table.item(row, column).text()
             for row, event in enumerate(dialog.events)}
    assert marks[placed.id] == "≠ place"
    assert marks[retitled.id] == "≠ title, participants"
    assert marks["phone"] == "new"
    assert {marks[e.id] for e in mine.events if e.id not in (placed.id, retitled.id)} \
        == {"same"}
    row = next(r for r, e in enumerate(dialog.events) if e.id == placed.id)
    assert dialog.table.item(row, column).font().bold()
    assert "Iwaya" in dialog.table.item(
        next(r for r, e in enumerate(dialog.events) if e.id == retitled.id),
        column).toolTip()
