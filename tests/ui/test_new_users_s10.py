"""Small defects new users met in session 9 (branch ux11): the Filters' category list,
picture exports under a filter, Go to Date's mark, the Events list beside many lanes,
and Ctrl+→ on a part of a year."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from timeline_app.core import FuzzyDate

CTRL = Qt.KeyboardModifier.ControlModifier
#: Pictures of what the tests build, for looking at (set UX11_PNG to a folder).
PNG_DIR = Path(os.environ["UX11_PNG"]) if os.environ.get("UX11_PNG") else None


def _keep(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if PNG_DIR is not None and PNG_DIR.is_dir():
        widget.grab().save(str(PNG_DIR / name))


# ------------------------------------------------------------------ Ctrl+→ on a part
def test_ctrl_right_moves_late_2024_to_early_2025_not_a_year(window, qtbot):
    document, view = window.document, window.view
    window.selection.select("sado-memorial-boycott")  # late 2024
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL)
    assert document.timeline.get("sado-memorial-boycott").date == FuzzyDate.of_part(2025, "early")
    qtbot.keyClick(view, Qt.Key.Key_Left, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Left, CTRL)
    assert document.timeline.get("sado-memorial-boycott").date == FuzzyDate.of_part(2024, "mid")
    _keep(window, "ctrl-left-mid-2024.png")


# ------------------------------------------------------------------ Filters' categories
def _filters_shown(window, qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitActive(window)
    window._filter_dock.show()
    QApplication.processEvents()
    return window.filter_panel


def test_the_category_list_frames_the_keyboards_row_plainly(window, qtbot):
    from PySide6.QtWidgets import QApplication

    panel = _filters_shown(window, qtbot)
    categories = panel.categories
    panel.to_field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(panel.to_field, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert categories.hasFocus() and categories.currentRow() == 0
    row = categories.visualItemRect(categories.item(0))
    image = categories.viewport().grab().toImage()
    highlight = categories.palette().highlight().color().rgb()
    # The row's top edge, in the highlight colour across the row (Fusion drew a dotted,
    # pale 1 px frame around the text alone: no pixel of the highlight colour).
    strong = sum(1 for x in range(image.width())
                 if any(image.pixel(x, y) == highlight for y in (row.top(), row.top() + 1)))
    assert strong >= 0.8 * image.width()
    # The list itself is ringed while the keyboard is in it.
    assert panel.focus_ring.target() is categories
    _keep(panel, "filters-category-focus.png")
    qtbot.keyClick(categories, Qt.Key.Key_Down)  # the frame moves; nothing is selected
    qtbot.keyClick(categories, Qt.Key.Key_Space)
    assert categories.currentRow() == 1 and categories.selectedItems() == []
    assert categories.item(1).data(Qt.ItemDataRole.UserRole) in \
        window.find_state.filter.hidden_categories


def test_the_category_list_keeps_no_row_of_the_last_file(window, qtbot, recorded_prompts,
                                                          tmp_path):
    from PySide6.QtWidgets import QApplication

    from timeline_app.core import Event, Timeline
    from timeline_app.io import native

    panel = _filters_shown(window, qtbot)
    categories = panel.categories
    categories.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(3):
        qtbot.keyClick(categories, Qt.Key.Key_Down)
    assert categories.currentItem().data(Qt.ItemDataRole.UserRole) == "visit"
    other = Timeline.from_events([
        Event(name, name.title(), FuzzyDate.of_year(2020 + i), category=name)
        for i, name in enumerate(("election", "summit", "war", "zeta"))])
    path = tmp_path / "other.json"
    native.save(other, path)
    recorded_prompts.open_path = str(path)
    window.open_action.trigger()
    qtbot.waitUntil(lambda: window.document.path == str(path))
    QApplication.processEvents()
    shown = [categories.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(categories.count())]
    assert sorted(shown) == ["election", "summit", "war", "zeta"]
    # Was row 3 ("Zeta") current and selected: the last file's place in the list.
    assert categories.currentRow() == -1
    assert categories.selectedItems() == []
    _keep(panel, "filters-after-open.png")


# ------------------------------------------------------------------ the Events list's height
def _open_at(window, qtbot, recorded_prompts, tmp_path, timeline, size):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from timeline_app.io import native

    window.size_to(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    path = tmp_path / "opened.json"
    native.save(timeline, path)
    recorded_prompts.open_path = str(path)
    window.open_action.trigger()
    qtbot.waitUntil(lambda: window.document.path == str(path))
    qtbot.waitUntil(lambda: window.view.laid_out_summary() is not None)
    qtbot.waitUntil(lambda: not window.list_fit_pending())
    for _ in range(4):
        QApplication.processEvents()


def _many_events(lanes: int, each: int):  # type: ignore[no-untyped-def]
    import datetime as dt

    from timeline_app.core import Event, Timeline

    first = dt.date(1950, 1, 1).toordinal()
    return Timeline.from_events([
        Event(f"e{lane}-{i}", f"Event {i} of lane {lane}",
              FuzzyDate.of_day(dt.date.fromordinal(first + (i * 7919 + lane * 31) % 27000)),
              category=f"lane {lane}")
        for lane in range(lanes) for i in range(each)], title="Many events")


def test_a_crowded_timeline_leaves_the_list_a_usable_height(window, qtbot, recorded_prompts,
                                                            tmp_path):
    """Eight lanes of 400 events at 1600×900 (as 100 000 events): histograms that fit
    only beside a 3-row list.  The list keeps 8 rows or a quarter of the window; the
    lanes scroll."""
    from timeline_app.ui.main_window import LIST_USABLE_ROWS, LIST_USABLE_SHARE

    _open_at(window, qtbot, recorded_prompts, tmp_path, _many_events(8, 400), (1600, 900))
    assert window.view.laid_out_summary()
    rows = window.event_list.verticalHeader().defaultSectionSize()
    dock = window._list_dock
    # Was 3.5 rows (112 px of 900).
    assert (window.event_list.viewport().height() >= LIST_USABLE_ROWS * rows
            or dock.height() >= LIST_USABLE_SHARE * window.height() - 2)
    assert window.event_list.viewport().height() >= LIST_USABLE_ROWS * rows - 2
    _keep(window, "list-crowded-1600x900.png")


def test_lanes_that_scroll_anyway_leave_the_list_a_usable_height(window, qtbot,
                                                                 recorded_prompts, tmp_path):
    """24 lanes of two events: taller than the window beside any list."""
    _open_at(window, qtbot, recorded_prompts, tmp_path, _many_events(24, 2), (1600, 1000))
    assert not window.view.laid_out_summary()
    rows = window.event_list.verticalHeader().defaultSectionSize()
    assert window.view.verticalScrollBar().maximum() > 0  # the lanes scroll
    assert window.event_list.viewport().height() >= 8 * rows - 2  # was 3 rows


# ------------------------------------------------------------------ pictures under a filter
def _colour_pixels(data: bytes, colour: str) -> int:
    """Pixels of ``colour`` (within a few levels) in a PNG's bytes."""
    from PySide6.QtGui import QColor, QImage

    image = QImage.fromData(data, "PNG")
    want = QColor(colour)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (abs(c.red() - want.red()) < 8 and abs(c.green() - want.green()) < 8
                    and abs(c.blue() - want.blue()) < 8):
                count += 1
    return count


def test_a_png_of_the_whole_timeline_shows_what_the_filters_show(window, qtbot,
                                                                 recorded_prompts,
                                                                 monkeypatch, tmp_path):
    from timeline_app.ui import prompts

    titles: list[str] = []

    def ask(_parent, title, _suggestion, _filter, note=""):  # type: ignore[no-untyped-def]
        titles.append(f"{title} {note}")
        return recorded_prompts.export_path

    monkeypatch.setattr(prompts, "ask_export_path", ask)
    meeting = "#E69F00"  # the Meeting lane's colour (ui/style.py)
    recorded_prompts.export_path = str(tmp_path / "all.png")
    assert window.export_picture("PNG", whole=True)
    everything = (tmp_path / "all.png").read_bytes()
    assert _colour_pixels(everything, meeting) > 20
    # (the title also says the width chosen since session 53's edit62, verify67 F14)
    assert titles[-1].startswith("Export PNG picture")

    window.find_state.toggle_category("meeting")  # 3 of the 8 events hidden
    recorded_prompts.export_path = str(tmp_path / "filtered.png")
    assert window.export_picture("PNG", whole=True)
    filtered = (tmp_path / "filtered.png").read_bytes()
    # Was drawn with the Meeting lane all the same, and said nothing.
    assert _colour_pixels(filtered, meeting) == 0
    assert "as shown: 5 of 8 events shown" in titles[-1]
    assert "5 of 8 events shown" in window.statusBar().currentMessage()
    assert "5 of 8 events shown" in window._picture_subtitle()
    if PNG_DIR is not None and PNG_DIR.is_dir():
        (PNG_DIR / "export-filtered.png").write_bytes(filtered)

    # Data exports write every event, and say so while a filter hides some.
    recorded_prompts.export_path = str(tmp_path / "all.csv")
    assert window.export_as("CSV")
    assert "Every event (8)" in titles[-1]
    assert "every event (8) is in it" in window.statusBar().currentMessage()
    assert (tmp_path / "all.csv").read_text(encoding="utf-8-sig").count(",Meeting,") == 3
    assert recorded_prompts.export_scope_questions == [(5, 8)]
    # Or only those shown, when asked so (verify33, finding 13).
    recorded_prompts.export_scope = True
    recorded_prompts.export_path = str(tmp_path / "shown.csv")
    assert window.export_as("CSV")
    assert "Only the 5 events shown" in titles[-1]
    assert "only the 5 events shown are in it" in window.statusBar().currentMessage()
    table = (tmp_path / "shown.csv").read_text(encoding="utf-8-sig")
    assert table.count(",Meeting,") == 0 and len(table.strip().splitlines()) == 1 + 5
    # The same on the worker thread of a large export (the events left out there).
    from timeline_app.ui import export_job

    monkeypatch.setattr(export_job, "BACKGROUND_FROM", 3)
    recorded_prompts.export_path = str(tmp_path / "shown-bg.csv")
    assert window.export_as("CSV")
    qtbot.waitUntil(lambda: "only the 5 events shown are in it"
                    in window.statusBar().currentMessage(), timeout=10_000)
    assert (tmp_path / "shown-bg.csv").read_text(encoding="utf-8-sig") == table
    # Cancel at the question writes nothing.
    recorded_prompts.export_scope = None
    recorded_prompts.export_path = str(tmp_path / "none.csv")
    assert not window.export_as("CSV")
    assert not (tmp_path / "none.csv").exists()


# ------------------------------------------------------------------ Go to Date's mark
def _highlight_columns(view) -> list[int]:  # type: ignore[no-untyped-def]
    """The x of the viewport's columns that are the highlight colour's 2 px edge at the
    middle of the lanes' height."""
    from timeline_app.ui.timeline_view import LANES_TOP

    image = view.viewport().grab().toImage()
    highlight = view.palette().highlight().color().rgb()
    y = (LANES_TOP + image.height()) // 2
    return [x for x in range(image.width()) if image.pixel(x, y) == highlight]


def test_go_to_date_marks_the_day_it_went_to(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from timeline_app.core.dates import day_number

    view = window.view
    monkeypatch.setattr(type(view), "prompt", staticmethod(lambda *_a: "10 March 2025"))
    assert _highlight_columns(view) == []
    assert view.ask_go_to_date()
    QApplication.processEvents()
    day = day_number(2025, 3, 10)
    left, right = view.x_of_day(day), view.x_of_day(day + 1)
    columns = _highlight_columns(view)
    # Was none: nothing showed which of the fortnight's columns was 10 March.
    assert columns and min(columns) >= left - 2 and max(columns) <= right + 2
    assert any(abs(x - left) <= 1.5 for x in columns) and any(abs(x - right) <= 1.5
                                                               for x in columns)
    _keep(window, "go-to-date-mark.png")
    # Not in a picture of the view; gone when its time is up.
    from timeline_app.ui.export_picture import export_picture

    highlight = view.palette().highlight().color().name()
    marked = _colour_pixels(export_picture(view, "PNG", "x.png", "t", "s"), highlight)
    mark = view._date_mark
    mark.clear()
    assert _colour_pixels(export_picture(view, "PNG", "x.png", "t", "s"), highlight) == marked
    assert view._date_mark is mark and mark.days() is None
    mark = view.mark_days(day, day + 1, "again")
    assert mark.days() == (day, day + 1)
    mark._timer.setInterval(50)  # (MARK_SECONDS: 6 s)
    mark._timer.start()
    qtbot.waitUntil(lambda: mark.days() is None)
    QApplication.processEvents()
    assert _highlight_columns(view) == []


def test_go_to_a_month_marks_it_with_its_words(window, qtbot, monkeypatch):
    view = window.view
    monkeypatch.setattr(type(view), "prompt", staticmethod(lambda *_a: "1965–1970"))
    assert view.ask_go_to_date()
    mark = view._date_mark
    assert mark is not None and mark._words == "1965–1970"
    _keep(window, "go-to-date-range.png")


def test_a_filtered_export_counts_eras_apart(window, recorded_prompts, tmp_path):  # type: ignore[no-untyped-def]
    """verify55 F32: the export's title and status line said "only the 25 events shown" of
    23 events and 2 eras."""
    from timeline_app.core import Event, FuzzyDate, Timeline

    events = [Event(f"e{i}", f"Talks {i}", FuzzyDate.of_year(2000 + i), category="meeting")
              for i in range(4)]
    events += [Event("x1", "Détente", FuzzyDate.of_year(2001), FuzzyDate.of_year(2003),
                     category="era"), Event("t1", "Treaty", FuzzyDate.of_year(2002),
                                             category="treaty")]
    window.document.replace_timeline(Timeline.from_events(events), None)
    window.find_state.toggle_category("treaty")  # 1 of the 6 hidden
    assert window._events_and_eras(frozenset({"t1"})) == "4 events and 1 era"
    recorded_prompts.export_scope = True
    recorded_prompts.export_path = str(tmp_path / "shown.csv")
    assert window.export_as("CSV")
    assert "only the 4 events and 1 era shown are in it" in window.statusBar().currentMessage()
