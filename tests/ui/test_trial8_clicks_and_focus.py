"""New-user trial 8, still open after session 7: the keys after the import review, a
Cancel clicked as a load ends, and a drag on an event that is not selected.

* After File → Import article (and File → Merge…) the keys go to the timeline view again:
  the review dialog closing left another window active under openbox, and keys did
  nothing until a click.
* A press on the view just after a progress dialog closed is the click meant for its
  Cancel button: it is ignored (``jobs.PressGuard``, ``jobs.PRESS_GUARD_S``).
* A plain drag on the title of an event that is not selected scrolls the view as on
  empty space (a person scrolling a crowded view moved an event's date); a selected
  event moves, and since view79 (verify80 F11) so does one pressed on its marker.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QWidget
from view_mouse import click, drag, move, press, release

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.extract import extract_events
from timeline_app.ui import jobs, prompts
from timeline_app.ui.import_article import ReviewDialog

ARTICLE = ("SEOUL, March 3, 2026 (Yonhap) -- South Korean Foreign Minister Cho Hyun met "
           "Japanese Foreign Minister Takeshi Iwaya in Seoul on Tuesday to discuss trade. "
           "The two ministers agreed to hold a summit in Tokyo in April.")


def _crowded() -> Timeline:
    return Timeline.from_events([
        Event("summit", "Summit in Tokyo", FuzzyDate.of_ymd(2025, 3, 22), category="meeting"),
        Event("talks", "Trade talks", FuzzyDate.of_month(2025, 2), category="meeting"),
        Event("visit", "State visit", FuzzyDate.of_ymd(2025, 4, 10), category="visit"),
        Event("plan", "Five-year plan", FuzzyDate.of_month(2025, 1),
              end=FuzzyDate.of_month(2025, 3), category="policy"),
    ], title="Spring 2025")


# ------------------------------------------------------------------ 3. drags
def test_a_plain_drag_on_an_event_not_selected_scrolls_and_moves_nothing(shown_view):
    view = shown_view(_crowded(), size=(1100, 520))
    document = view._document
    start = view.label_rect("summit").center()  # (its title: its marker moves it)
    first = view.visible_days()[0]
    drag(view, start, start + QPointF(-200, 0))
    assert view.drag_preview() is None  # no date beside the mouse: not a move
    release(view, start + QPointF(-200, 0))
    assert view.visible_days()[0] > first + 1  # the view scrolled to later days
    assert document.timeline.get("summit").date == FuzzyDate.of_ymd(2025, 3, 22)
    assert document.undo_stack.count() == 0 and not document.is_modified
    assert view.selected_event_id() == ""  # a scroll selects nothing either


def test_the_end_of_a_span_not_selected_moves_the_span_not_its_end(shown_view):
    view = shown_view(_crowded(), size=(1100, 520))
    bar = view.marker_rect("plan")
    grip = QPointF(bar.right() - 2, bar.center().y())
    drag(view, grip, grip + QPointF(300, 0))
    assert view.drag_preview() is not None
    release(view, grip + QPointF(300, 0))
    plan = view._document.timeline.get("plan")
    # (view79: a press on the bar moves it; its end stretches once it is selected)
    assert plan.date != FuzzyDate.of_month(2025, 1)

    def months(date: FuzzyDate) -> int:
        day = dt.date.fromordinal(date.start_day())
        return day.year * 12 + day.month

    assert plan.end is not None and months(plan.end) - months(plan.date) == 2


def test_a_click_selects_and_then_a_drag_moves_the_selected_event(shown_view):
    view = shown_view(_crowded(), size=(1100, 520))
    document = view._document
    start = view.marker_rect("summit").center()
    click(view, start)
    assert view.selected_event_id() == "summit"
    target_x = view.x_of_day(FuzzyDate.of_ymd(2025, 3, 29).start_day() + 0.5)
    drag(view, start, QPointF(target_x, start.y()))
    assert view.drag_preview_text() == "29 March 2025"
    release(view, QPointF(target_x, start.y()))
    assert document.timeline.get("summit").date == FuzzyDate.of_ymd(2025, 3, 29)
    assert document.undo_stack.count() == 1


def test_a_press_on_another_event_while_one_is_selected_scrolls_and_keeps_the_selection(
        shown_view):
    view = shown_view(_crowded(), size=(1100, 520))
    view.select_event("visit")
    start = view.label_rect("summit").center()
    drag(view, start, start + QPointF(150, 0))
    release(view, start + QPointF(150, 0))
    assert view.selected_event_id() == "visit"
    assert view._document.timeline.get("summit").date == FuzzyDate.of_ymd(2025, 3, 22)
    click(view, view.marker_rect("summit").center())  # a click still selects at once
    assert view.selected_event_id() == "summit"


def test_clicks_on_events_not_selected_are_accepted(shown_view, qtbot):
    # QTest's clicks warn (and fail the test) when the view leaves them unaccepted.
    view = shown_view(_crowded(), size=(1100, 520))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.marker_rect("visit").center().toPoint())
    assert view.selected_event_id() == "visit"


# ------------------------------------------------------------------ 2. Cancel as a load ends
class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _job_with_a_shown_dialog(window, qtbot):  # type: ignore[no-untyped-def]
    """Run a job whose progress dialog is on screen, and end it; the window's press guard
    gets a clock the test moves."""
    go = threading.Event()
    results: list[object] = []
    assert window.run_in_background(lambda: go.wait(10), "Work", "Working…",
                                    results.append, results.append, lambda: None)
    clock = _Clock()
    window.press_guard.clock = clock
    window._progress.forceShow()  # (after its minimum duration, 300 ms)
    assert window._progress.isVisible()
    go.set()
    qtbot.waitUntil(lambda: results == [True], timeout=10_000)
    assert window._progress is None
    return clock


def test_a_click_just_after_the_progress_dialog_closed_does_not_reach_the_view(
        window, qtbot):
    view = window.view
    view.select_event(None)
    target = next(e.id for e in window.document.timeline
                  if view.marker_rect(e.id).width() > 0
                  and view.marker_rect(e.id).center().x() > 0)
    pos = view.marker_rect(target).center()
    clock = _job_with_a_shown_dialog(window, qtbot)
    first = view.visible_days()[0]
    clock.now += 0.1  # the click meant for Cancel, 100 ms after the dialog went
    click(view, pos)
    assert view.selected_event_id() == ""
    press(view, pos)
    move(view, pos + QPointF(200, 0))
    release(view, pos + QPointF(200, 0))
    assert view.visible_days()[0] == first  # no drag started by it either
    clock.now += jobs.PRESS_GUARD_S  # later: a click is a click again
    click(view, view.marker_rect(target).center())
    assert view.selected_event_id() == target


def test_quick_work_that_never_showed_its_dialog_guards_nothing(window, qtbot):
    go = threading.Event()
    results: list[object] = []
    go.set()
    assert window.run_in_background(lambda: go.wait(10), "Work", "Working…",
                                    results.append, results.append, lambda: None)
    clock = _Clock()
    window.press_guard.clock = clock
    qtbot.waitUntil(lambda: results == [True], timeout=10_000)
    assert not window.press_guard.guarding()


# ------------------------------------------------------------------ 1. keys after the review
def _other_window_active(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    """What a review dialog leaves behind under a window manager that does not give the
    main window back its focus: another window active."""
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    return other


def _reviewing(qtbot,  # type: ignore[no-untyped-def]
               before: Callable[[ReviewDialog], None] | None = None,
               after: Callable[[], object] | None = None):
    """A stand-in for ``prompts.review_candidates``: a real review dialog, ``before(dialog)``
    (corrections), its outcome as Import gives it, then ``after()``."""
    def review(_parent, result, can_add, existing=(), prefer_new=False):  # type: ignore[no-untyped-def]
        dialog = ReviewDialog(result, can_add, None, existing)
        qtbot.addWidget(dialog)
        if before is not None:
            before(dialog)
        outcome = dialog.outcome()
        if after is not None:
            after()
        return outcome
    return review


def test_after_importing_an_article_the_keys_go_to_the_timeline(window, qtbot, monkeypatch):
    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, **_k: extract_events(ARTICLE))

    monkeypatch.setattr(prompts, "review_candidates",
                        _reviewing(qtbot, after=lambda: _other_window_active(qtbot)))
    with qtbot.waitSignal(window.import_finished, timeout=20000) as blocker:
        window.import_action.trigger()
    assert blocker.args[0] == 2
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.view.hasFocus()
    assert window.selection.event_ids  # the first new event selected, on screen
    selected = next(iter(window.selection.event_ids))
    assert window.view.marker_rect(selected).intersects(window.view.viewport().rect())
    qtbot.keyClick(window.view, Qt.Key.Key_Right)  # the keys work at once
    assert window.selection.event_ids != {selected}


def test_after_discarding_the_review_corrections_the_keys_go_to_the_timeline(
        window, qtbot, monkeypatch):
    # verify9: Esc in the review after a correction, then "Discard corrections?" →
    # Discard, left the main window inactive; Import and a plain Esc did not.
    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, **_k: extract_events(ARTICLE))
    discarded: list[str] = []

    def discard(_parent, title, _message):  # type: ignore[no-untyped-def]
        discarded.append(title)
        _other_window_active(qtbot)  # the question's window was the last one active
        return True

    monkeypatch.setattr(prompts, "ask_discard", discard)

    def review(_parent, result, can_add, existing=(), prefer_new=False):  # type: ignore[no-untyped-def]
        dialog = ReviewDialog(result, can_add, None, existing)
        qtbot.addWidget(dialog)
        dialog.table.item(0, dialog.TITLE).setText("Corrected title")
        dialog.reject()  # Esc
        assert discarded and dialog.result() == ReviewDialog.DialogCode.Rejected
        return None

    monkeypatch.setattr(prompts, "review_candidates", review)
    window.event_list.setFocus()
    with qtbot.waitSignal(window.import_finished, timeout=20000) as blocker:
        window.import_action.trigger()
    assert blocker.args[0] == 0
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.view.hasFocus()


def test_after_a_merge_the_keys_go_to_the_timeline(window, qtbot, monkeypatch, tmp_path,
                                                    recorded_prompts):
    from timeline_app import io as timeline_io

    other = Timeline.from_events([Event("new1", "Treaty of Somewhere signed",
                                        FuzzyDate.of_ymd(1990, 5, 2), category="treaty")])
    path = tmp_path / "other.timeline.json"
    timeline_io.save(other, path)
    recorded_prompts.open_path = str(path)

    def review(_parent, timeline, existing):  # type: ignore[no-untyped-def]
        from timeline_app.ui.merge_dialog import MergeDialog

        dialog = MergeDialog(timeline, existing, None)
        qtbot.addWidget(dialog)
        outcome = dialog.outcome()
        _other_window_active(qtbot)
        return outcome if accepting else None

    monkeypatch.setattr(prompts, "review_merge", review)
    for accepting in (False, True):  # Cancel, then Merge
        window.event_list.setFocus()
        assert window.merge_file() is accepting
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        assert window.view.hasFocus()


def test_the_tooltip_says_to_select_an_event_before_dragging_it(shown_view):
    view = shown_view(_crowded(), size=(1100, 520))
    pos = view.marker_rect("plan").center()
    assert "drag its bar to move it; click, then drag its right end to resize" in (
        view._tooltip_for(view._hit(pos)))
    view.select_event("plan")
    tip = view._tooltip_for(view._hit(pos))
    assert "drag to move it, its right end to resize" in tip and "click, then" not in tip


def test_the_keyboard_guide_says_only_a_selected_event_moves():
    from timeline_app.paths import resource_path

    guide = resource_path("guide.md").read_text("utf-8")
    assert "Drag any event by its marker" in guide
    assert "drag on empty space or on the title of an event that is not selected" in guide


def test_after_importing_with_the_focus_in_the_event_list_the_keys_go_to_the_timeline(
        window, qtbot, monkeypatch):
    # What the real window showed under openbox (session 8): Qt gave the focus back to
    # the Events list, where ← / → do nothing.
    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, **_k: extract_events(ARTICLE))
    monkeypatch.setattr(prompts, "review_candidates",
                        lambda _p, result, can_add, existing=(), _new=False: ReviewDialog(
                            result, can_add, None, existing).outcome())
    window.event_list.setFocus()
    qtbot.waitUntil(window.event_list.hasFocus)
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()
    assert window.view.hasFocus()


def test_an_import_of_one_event_says_one_event(window, qtbot, monkeypatch):
    # verify9: "Imported 1 events".
    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, **_k: extract_events(ARTICLE))

    def first_only(dialog: ReviewDialog) -> None:
        for row in range(1, dialog.table.rowCount()):
            dialog.set_checked(row, False)

    monkeypatch.setattr(prompts, "review_candidates", _reviewing(qtbot, before=first_only))
    with qtbot.waitSignal(window.import_finished, timeout=20000) as blocker:
        window.import_action.trigger()
    assert blocker.args[0] == 1
    assert window.statusBar().currentMessage() == "Imported 1 event"
    assert "1 events" not in window.document.undo_stack.undoText()


def test_the_window_is_painted_where_the_dialog_was_before_the_jobs_handler_runs(
        window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """verify53 F18: the handler of a job's end (laying out 100 000 events, a merge's
    table) ran on the GUI thread with the closed dialog's place unpainted: a blank grey
    box for seconds.  The window is painted first."""
    order: list[str] = []
    monkeypatch.setattr(window, "repaint", lambda: order.append("painted"))
    go = threading.Event()
    assert window.run_in_background(lambda: go.wait(10), "Work", "Working…",
                                    lambda _result: order.append("handled"),
                                    order.append, lambda: None)
    window._progress.forceShow()
    go.set()
    qtbot.waitUntil(lambda: "handled" in order, timeout=10_000)
    assert order == ["painted", "handled"]


def test_the_keyboard_guide_tells_the_keys_as_they_are():
    """verify56 F19: the guide said Shift+← / → scroll in time; since session 44 they add
    to the selection and Ctrl+Shift+← / → scroll.  It said Tab reaches the timeline, which
    it did not going forwards (F1, mended since)."""
    from timeline_app.paths import resource_path

    guide = resource_path("guide.md").read_text("utf-8")
    scroll = next(line for line in guide.splitlines() if line.endswith("| Scroll in time |")
                  and "drag" in line)
    assert scroll.startswith("| Ctrl+Shift+Left / Ctrl+Shift+Right")
    assert "| Shift+Right / Shift+Left | Add the next / previous event to the selection" in guide
    assert "Tab reaches the tabs first" in guide
