"""A new user's findings about lanes (verify22): a rename keeps the lane's place, the
Details pane follows a lane's new colour, lane colour from the keyboard and menus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui import lane_dialog, style


@pytest.fixture(autouse=True)
def _no_chosen_colours_after() -> Iterator[None]:
    yield
    style.assign_category_colors([])


def _new_timeline(window) -> None:  # type: ignore[no-untyped-def]
    """An imported timeline's lanes (Treaty, Meeting, Event), lane order never set."""
    events = [Event(f"e{n}", f"Event {n}", FuzzyDate.of_ymd(2025, 3, 1 + n), category=c)
              for n, c in enumerate(["treaty", "meeting", "event", "meeting", "treaty"])]
    window.document.replace_timeline(Timeline.from_events(events), None)
    QApplication.processEvents()


def _view_lanes(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [lane.category for lane in window.view._layout().lanes]


def test_renaming_a_lane_never_moves_it_while_no_order_was_set(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """verify22, finding 4: Edit → Rename Lane → Treaty… "Deadlines and agreements" on a
    new timeline moved the lane from the top to the bottom, and the chips with it."""
    _new_timeline(window)
    assert window.document.timeline.lane_order == []
    before = _view_lanes(window)
    assert before[0] == "treaty"
    monkeypatch.setattr(lane_dialog, "ask_lane_name",
                        lambda *_args: "Deadlines and agreements")
    window.rename_lane_menu.aboutToShow.emit()
    entry = next(a for a in window.rename_lane_menu.actions() if "Treaty" in
                 a.text().replace("&", ""))
    entry.trigger()
    QApplication.processEvents()
    renamed = ["deadlines and agreements" if lane == "treaty" else lane for lane in before]
    assert _view_lanes(window) == renamed
    assert window.legend_bar.lanes() == renamed
    window.document.undo_stack.undo()
    assert window.document.timeline.lane_order == [] and _view_lanes(window) == before


def test_details_follow_a_lane_s_new_colour(window) -> None:  # type: ignore[no-untyped-def]
    """verify22, finding 8: after Meeting's colour became green the timeline, chips and
    list turned green, but Details kept an orange "■ Meeting" until another event was
    selected.  The same after Default Colour and after an undo."""
    event = next(iter(window.document.timeline))
    window.selection.select(event.id)
    original = style.category_color(event.category).name()
    assert original in window.detail_pane.toHtml()
    window.document.set_category_color(event.category, "#00aa00")
    QApplication.processEvents()
    assert "#00aa00" in window.detail_pane.toHtml()
    assert original not in window.detail_pane.toHtml()
    window.document.undo_stack.undo()
    QApplication.processEvents()
    assert original in window.detail_pane.toHtml()
    assert "#00aa00" not in window.detail_pane.toHtml()


def _colour_asked(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    from timeline_app.ui import prompts

    asked: list[str] = []
    monkeypatch.setattr(prompts, "ask_category_color",
                        lambda _parent, label, _current: asked.append(label) or "#123456")
    return asked


def test_a_lane_s_colour_is_on_its_header_menu_and_in_the_edit_and_timeline_menus(
        window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """verify22, finding 9: "Category Colour…" was only on a legend chip's right-click
    menu: not on the lane header's menu, not under Edit or Timeline, no keyboard path."""
    asked = _colour_asked(monkeypatch)
    lane = window.legend_bar.lanes()[0]
    menu = window.context_menu_for("", lane)
    entry = next(a for a in menu.actions() if a.text() == "Lane &Colour…")
    entry.trigger()
    assert asked == [style.category_label(lane)]
    assert window.document.timeline.category_colors[lane] == "#123456"
    window.document.undo_stack.undo()
    # Edit → Lane Colour ▸ (Alt+E, C) and Timeline → Lane Colour ▸ (Alt+T, C)
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    timeline = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Timeline")
    for bar_menu in (edit, timeline):
        assert window.lane_colour_menu.menuAction() in bar_menu.actions()
    assert window.lane_colour_menu.title() == "Lane &Colour"
    event = next(e for e in window.document.timeline if e.category != lane)
    window.selection.select(event.id)
    window.lane_colour_menu.aboutToShow.emit()
    active = window.lane_colour_menu.activeAction()  # the selected event's lane: Enter
    assert active is not None and active.text().replace("&", "") == (
        style.category_label(event.category) + "…")
    active.trigger()
    assert asked[-1] == style.category_label(event.category)
    assert window.document.timeline.category_colors[event.category] == "#123456"


def test_lane_menus_are_disabled_on_a_timeline_without_events(window) -> None:  # type: ignore[no-untyped-def]
    """verify22, finding 10: Rename Lane and Lane Order were enabled on a new, empty
    timeline (and opened empty submenus)."""
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    subs = (window.rename_lane_menu, window.lane_order_menu, window.lane_colour_menu)
    edit.aboutToShow.emit()
    assert all(sub.menuAction().isEnabled() for sub in subs)
    window.document.replace_timeline(Timeline(), None)
    edit.aboutToShow.emit()
    assert not any(sub.menuAction().isEnabled() for sub in subs)
    _new_timeline(window)
    edit.aboutToShow.emit()
    assert all(sub.menuAction().isEnabled() for sub in subs)


@pytest.mark.parametrize("which", ["lane_colour_menu", "rename_lane_menu", "lane_order_menu"])
def test_a_lane_submenu_opened_by_keyboard_starts_at_the_selected_events_lane(
        window, qtbot, which: str) -> None:  # type: ignore[no-untyped-def]
    """verify23 (session 18): Alt+E, C highlighted the first lane, not the selected
    event's, and Enter opened "Colour of Treaty": Qt makes a submenu opened from the
    keyboard start at its first entry after ``aboutToShow`` filled it (the test above
    read the entry before Qt did that)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    lane = window.legend_bar.lanes()[-1]
    event = next(e for e in window.document.timeline if e.category == lane)
    window.selection.select(event.id)
    sub = getattr(window, which)
    letter = sub.title()[sub.title().index("&") + 1]
    edit.popup(QPoint(10, 10))
    qtbot.waitExposed(edit)
    QTest.keyClick(edit, getattr(Qt.Key, "Key_" + letter.upper()))
    qtbot.waitUntil(sub.isVisible)
    QApplication.processEvents()
    active = sub.activeAction()
    assert active is not None
    assert active.text().replace("&", "").rstrip("…") == style.category_label(lane)
    sub.close()
    edit.close()
