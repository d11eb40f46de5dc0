"""Lanes people can rename, merge and move events between, each one undo step (verify16
finding 10: a lane could only be renamed event by event, through the editor's Category).

The steps go through ``Document.rename_lane``/``move_events_to_lane`` and
``commands.ChangeLanesCommand`` (what changes: ``core.lanes``); the menus are the
legend's (Rename Lane…), the timeline's over a lane (Rename Lane …) and an event's
(Move to Lane ▸)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.document import Document
from timeline_app.ui import lane_dialog, style
from timeline_app.ui.find import FindState
from timeline_app.ui.legend import LegendBar

HOSTILE = ("<b>x</b>", "<img src=/dev/zero>")


@pytest.fixture(autouse=True)
def _no_chosen_colours_after() -> Iterator[None]:
    yield
    style.assign_category_colors([])


def _timeline() -> Timeline:
    events = [Event(f"e{n}", f"Event {n}", FuzzyDate.of_ymd(2024, 3, 1 + n % 2), category=c)
              for n, c in enumerate(["treaty", "visit", "treaty", "meeting", "treaty"])]
    return Timeline.from_events(events, category_colors={"treaty": "#ff0000"})


def _state(timeline: Timeline) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    return ([(e.id, e.title, e.category) for e in timeline.events],
            dict(timeline.category_colors))


def _texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _answer(monkeypatch: pytest.MonkeyPatch, name: str | None, merge: bool = True
            ) -> list[tuple[str, ...]]:
    """Replace the dialogs: the name ``name`` typed, the merge question answered ``merge``."""
    asked: list[tuple[str, ...]] = []

    def ask_name(_parent: object, title: str, prompt: str, current: str,
                 _others: object = (), *_notes: object) -> str | None:
        asked.append((title, prompt, current))
        return name

    def ask_merge(_parent: object, source: str, target: str, moved: int, there: int) -> bool:
        asked.append(("merge", source, target, str(moved), str(there)))
        return merge

    monkeypatch.setattr(lane_dialog, "ask_lane_name", ask_name)
    monkeypatch.setattr(lane_dialog, "ask_merge_lanes", ask_merge)
    return asked


# -- the document's step -------------------------------------------------------------------
def test_a_rename_is_one_undo_step_and_undo_restores_everything_exactly(qapp) -> None:  # type: ignore[no-untyped-def]
    document = Document(_timeline())
    before = _state(document.timeline)
    events_before = list(document.timeline.events)
    assert document.rename_lane("treaty", "accords")
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Rename lane Treaty to Accords"
    assert {e.id: e.category for e in document.timeline} == {
        "e0": "accords", "e1": "visit", "e2": "accords", "e3": "meeting", "e4": "accords"}
    assert document.timeline.category_colors == {"accords": "#ff0000"}
    document.undo_stack.undo()
    assert _state(document.timeline) == before
    assert list(document.timeline.events) == events_before  # the same objects, in order
    assert not document.is_modified
    document.undo_stack.redo()
    assert document.timeline.category_colors == {"accords": "#ff0000"}
    assert {e.category for e in document.timeline} == {"accords", "visit", "meeting"}


def test_a_merge_and_a_move_are_one_step_each(qapp) -> None:  # type: ignore[no-untyped-def]
    document = Document(_timeline())
    before = _state(document.timeline)
    assert document.rename_lane("visit", "treaty")
    assert document.undo_stack.undoText() == "Merge lane Visit into Treaty"
    assert document.move_events_to_lane(["e0", "e1", "e3"], "meeting")
    assert document.undo_stack.undoText() == "Move 2 events to lane Meeting"
    assert not document.move_events_to_lane(["e0"], "meeting")  # already there
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert _state(document.timeline) == before


# -- the legend: Rename Lane… --------------------------------------------------------------
@pytest.fixture
def legend(qtbot):  # type: ignore[no-untyped-def]
    document = Document(_timeline())
    state = FindState(document)
    bar = LegendBar(document, state)
    document.setParent(bar)
    state.setParent(bar)
    qtbot.addWidget(bar)
    return bar


def test_the_legend_menu_renames_a_lane(legend, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked = _answer(monkeypatch, "Accords")
    menu = legend.category_menu("treaty")
    assert _texts(menu)[2] == "&Rename Lane…"  # then the Move Lane entries (lanes18)
    next(a for a in menu.actions() if a.text() == "&Rename Lane…").trigger()
    assert asked == [("Rename Lane", "New name of the lane Treaty:", "Treaty")]
    # the legend follows; the lane keeps its place, though the app does not know the
    # name (it went after the known lanes while no order was set: verify22, finding 4)
    assert legend.categories() == ["accords", "visit", "meeting"]
    assert legend.buttons()["accords"].text() == "Accords 3"
    legend._document.undo_stack.undo()
    assert legend._document.timeline.lane_order == []  # as it was: never set
    assert legend.categories() == ["treaty", "visit", "meeting"]


def test_renaming_onto_another_lane_asks_before_merging(legend, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked = _answer(monkeypatch, "VISIT", merge=False)  # letter case aside: Visit
    assert legend.rename_lane("treaty") is None
    assert asked[-1] == ("merge", "treaty", "visit", "3", "1")
    assert legend._document.undo_stack.count() == 0
    _answer(monkeypatch, "visit", merge=True)
    assert legend.rename_lane("treaty") == "visit"
    assert legend.categories() == ["visit", "meeting"]
    assert legend._document.undo_stack.count() == 1


def test_a_hidden_lane_stays_hidden_under_its_new_name(legend, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    legend._state.toggle_category("treaty")
    _answer(monkeypatch, "Accords")
    legend.rename_lane("treaty")
    assert legend._state.filter.hidden_categories == {"accords"}
    assert not legend.buttons()["accords"].isChecked()


def test_cancel_and_the_same_name_change_nothing(legend, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _answer(monkeypatch, None)
    assert legend.rename_lane("treaty") is None
    _answer(monkeypatch, "Treaty")
    assert legend.rename_lane("treaty") is None
    assert legend._document.undo_stack.count() == 0


# -- the dialog ---------------------------------------------------------------------------
def test_the_dialog_refuses_an_empty_name_and_says_why(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = lane_dialog.LaneNameDialog(None, "Rename Lane", "New name of the lane Treaty:",
                                        "Treaty", ["visit"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.note_label.text() == ""
    dialog.name_edit.setText("   ")
    assert not ok.isEnabled()
    assert dialog.note_label.text() == lane_dialog.EMPTY_NAME
    dialog.name_edit.setText("visit")
    assert ok.isEnabled() and "Visit is already a lane" in dialog.note_label.text()
    assert dialog.prompt_label.buddy() is dialog.name_edit


def test_hostile_lane_names_are_plain_text_everywhere(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for name in HOSTILE:
        dialog = lane_dialog.LaneNameDialog(None, "Rename Lane", f"New name of {name}:",
                                            name, [name + "2"])
        qtbot.addWidget(dialog)
        dialog.name_edit.setText(name + "2")
        for label in (dialog.prompt_label, dialog.note_label):
            assert label.textFormat() == Qt.TextFormat.PlainText
        box = lane_dialog.merge_box(None, name, "visit", 2, 3)
        qtbot.addWidget(box)
        assert box.textFormat() == Qt.TextFormat.PlainText and name[1:] in box.text()
    # a hostile name typed is stored as typed, and shown as text in the legend
    document = Document(_timeline())
    bar = LegendBar(document, FindState(document))
    document.setParent(bar)
    qtbot.addWidget(bar)
    _answer(monkeypatch, HOSTILE[1])
    assert bar.rename_lane("visit") == HOSTILE[1]
    assert bar.buttons()[HOSTILE[1]].text() == "<img src=/dev/zero> 1"
    assert lane_dialog.lane_for_name(" Accords ", ["visit"]) == "accords"
    assert lane_dialog.lane_for_name("USA", ["visit"]) == "USA"


# -- the window: the lane header's menu and an event's Move to Lane ▸ ----------------------
def test_the_timeline_menu_over_a_lane_renames_it(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _answer(monkeypatch, "Summits")
    menu = window.context_menu_for("", "meeting")
    rename = next(a for a in menu.actions() if a.text() == "&Rename Lane Meeting…")
    rename.trigger()
    timeline = window.document.timeline
    assert {e.category for e in timeline} >= {"summits"}
    assert "meeting" not in {e.category for e in timeline}
    assert "summits" in window.legend_bar.categories()
    model = window.event_list.table_model()
    row = model.row_of("munich-meeting")
    assert model.index(row, 2).data() == "Summits"  # the list follows
    window.document.undo_stack.undo()
    assert timeline.get("munich-meeting").category == "meeting"
    assert "&Rename Lane" not in " ".join(_texts(window.context_menu_for("")))


def test_move_to_lane_moves_the_whole_selection_in_one_step(window) -> None:  # type: ignore[no-untyped-def]
    timeline = window.document.timeline
    before = [(e.id, e.category) for e in timeline]
    window.selection.select_many(["munich-meeting", "iwaya-seoul-visit"], "munich-meeting")
    menu = window.context_menu_for("iwaya-seoul-visit")  # in the selection: it is kept
    assert set(window.selection.event_ids) == {"munich-meeting", "iwaya-seoul-visit"}
    sub = next(a.menu() for a in menu.actions() if a.text() == "&Move to Lane")
    texts = _texts(sub)
    assert texts[-1] == "&New Lane…" and "&Treaty" in texts
    next(a for a in sub.actions() if a.text() == "&Treaty").trigger()
    assert timeline.get("munich-meeting").category == "treaty"
    assert timeline.get("iwaya-seoul-visit").category == "treaty"
    assert window.document.undo_stack.undoText() == "Move 2 events to lane Treaty"
    assert "Treaty" in window.detail_pane.plain_text()  # the details follow
    window.document.undo_stack.undo()
    assert [(e.id, e.category) for e in timeline] == before
    # an event outside the selection: right-click selects it alone, as before
    menu = window.context_menu_for("normalization-1965")
    assert window.selection.event_ids == ("normalization-1965",)
    sub = next(a.menu() for a in menu.actions() if a.text() == "&Move to Lane")
    treaty = next(a for a in sub.actions() if a.text() == "&Treaty")
    assert not treaty.isEnabled()  # it is in that lane already


def test_new_lane_moves_the_selection_to_a_lane_named_there(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked = _answer(monkeypatch, "<b>x</b>")
    menu = window.context_menu_for("munich-meeting")
    sub = next(a.menu() for a in menu.actions() if a.text() == "&Move to Lane")
    next(a for a in sub.actions() if a.text() == "&New Lane…").trigger()
    assert asked[0][:2] == ("New Lane", "Name of the lane to move 1 event to:")
    event = window.document.timeline.get("munich-meeting")
    assert event.category == "<b>x</b>"
    assert "<b>x</b>" in window.legend_bar.categories()
    assert window.document.undo_stack.undoText() == "Move “Cho and Iwaya meet in Munich” " \
        "to lane <b>x</b>"
    window.document.undo_stack.undo()
    assert window.document.timeline.get("munich-meeting") == dataclasses.replace(
        event, category="meeting")


def test_a_right_click_on_a_lane_header_offers_rename(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui import context_menu

    shown: list[list[str]] = []
    monkeypatch.setattr(context_menu, "popup", lambda menu, _pos: shown.append(_texts(menu)))
    view = window.view
    lane = next(lane for lane in view._layout().lanes if lane.category == "policy")
    pos = QPoint(20, round(lane.top + view._content_offset() + 6))  # on its name
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos)))
    assert shown and shown[0][0] == "&Rename Lane Policy…"


# -- many events at once: one signal, every view follows ---------------------------------
def test_a_big_lane_change_is_told_with_one_signal(qapp) -> None:  # type: ignore[no-untyped-def]
    from timeline_app import document as document_module

    events = [Event(f"b{n}", f"Event {n}", FuzzyDate.of_ymd(2024, 1 + n % 12, 1),
                    category="treaty") for n in range(document_module.REPLACED_ONE_BY_ONE + 5)]
    document = Document(Timeline.from_events(events))
    many: list[tuple[str, ...]] = []
    one: list[str] = []
    document.events_replaced.connect(many.append)
    document.event_changed.connect(one.append)
    document.rename_lane("treaty", "accords")
    assert one == [] and len(many) == 1 and set(many[0]) == {e.id for e in events}
    document.undo_stack.undo()
    assert one == [] and len(many) == 2
    assert [e.category for e in document.timeline] == ["treaty"] * len(events)
    document.move_events_to_lane(["b0", "b1"], "visit")  # a few: one signal each, as before
    assert sorted(one) == ["b0", "b1"] and len(many) == 2


def test_every_view_follows_a_change_told_at_once(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline_app import document as document_module

    monkeypatch.setattr(document_module, "REPLACED_ONE_BY_ONE", 0)  # every change at once
    from PySide6.QtWidgets import QApplication

    panel = window.filter_panel  # built, and shown (a hidden one counts when next shown)
    window._filter_dock.show()
    window._filter_dock.raise_()
    QApplication.processEvents()
    assert panel.isVisible()
    window.selection.select("munich-meeting")
    window.find_state.toggle_category("visit")  # a filter kept through the change
    _answer(monkeypatch, "Summits")
    window.legend_bar.rename_lane("meeting")
    view_lanes = [lane.category for lane in window.view._layout().lanes]
    assert "summits" in view_lanes and "meeting" not in view_lanes
    assert "summits" in window.legend_bar.categories()
    model = window.event_list.table_model()
    assert model.index(model.row_of("munich-meeting"), 2).data() == "Summits"
    assert "Summits" in window.detail_pane.plain_text()
    assert window.find_state.filter.hidden_categories == {"visit"}
    assert not window.find_state.is_shown("iwaya-seoul-visit")
    assert window.find_state.is_shown("munich-meeting")
    rows = [panel.categories.item(i).text() for i in range(panel.categories.count())]
    assert "Summits (3)" in rows and not any(r.startswith("Meeting") for r in rows)
    window.selection.select("normalization-1965")
    window.document.undo_stack.undo()
    assert [lane.category for lane in window.view._layout().lanes].count("meeting") == 1
    assert model.index(model.row_of("munich-meeting"), 2).data() == "Meeting"
    # the undo gives back what was selected when the lane was renamed, not the lane's
    # events (which a next Delete took all: verify60 F20; SelectionAcrossUndo)
    assert window.selection.event_ids == ("munich-meeting",)


def test_a_renamed_lane_keeps_its_colour(legend, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = style.category_color("visit", dark=False).name()
    _answer(monkeypatch, "Trips")
    legend.rename_lane("visit")
    assert legend._document.timeline.category_colors["trips"] == shown
    assert style.category_color("trips").name() == shown
    legend._document.undo_stack.undo()
    assert legend._document.timeline.category_colors == {"treaty": "#ff0000"}


def test_renaming_a_lane_leaves_the_view_where_it_is(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """verify60 F20: a Fit All under From 1975 To 1975, the filters then cleared (the view
    stays on 1975), Edit → Rename Lane: the view jumped to the whole timeline.  Once the
    filters let through more than it holds, the view is no Fit All: an edit, or a resize,
    leaves it where it is, and its scroll bar has a range again."""
    from PySide6.QtWidgets import QApplication

    from timeline_app.core.query import EventFilter

    view = window.view
    state = window.find_state
    state.set_filter(EventFilter(first_day=738_000, last_day=739_200))  # 2021-2024
    view.fit_all()
    assert view.horizontalScrollBar().maximum() == 0  # (Fit All: no range)
    state.clear_filter()
    before = view.visible_days()
    assert before[0] > 730_000  # (1 January 2000: 1965 is out of it)
    assert view.horizontalScrollBar().maximum() > 0
    _answer(monkeypatch, "Summits")
    lane_dialog.rename_lane(window, window.document, "meeting")
    assert "summits" in {e.category for e in window.document.timeline}
    assert view.visible_days() == before
    window.document.undo_stack.undo()
    assert view.visible_days() == before
    window.resize(window.width() - 60, window.height())
    QApplication.processEvents()
    assert view.visible_days()[0] == pytest.approx(before[0], abs=1.0)
    # A fitted view of all the data still widens to an event moved out of it.
    view.fit_all()
    event = window.document.timeline.get("munich-meeting")
    window.document.update_event(dataclasses.replace(
        event, date=FuzzyDate.of_year(2040)))
    assert view.visible_days()[1] >= 745_095  # (31 December 2040)
