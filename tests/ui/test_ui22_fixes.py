"""Leftovers of the new-user trials fixed in session 19 (ui22): Return in completing
fields, the "»" pop-ups, where a new lane goes, the precision of a double-clicked date,
the empty legend's label, the printed title, Find into a "+N" badge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from tests.ui.test_verify22_editing import _open_cell
from timeline_app.ui.event_editor import EventEditor


def _return_in_review(qtbot, column: str, typed_of) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Type ``typed_of(first known name)`` in a review cell, Return on its open list;
    the known name and the cell's text saved."""
    _dialog, table, col, editor = _open_cell(qtbot, column)
    name = str(editor.completer().model().index(0, 0).data())
    qtbot.keyClicks(editor, typed_of(name))
    popup = QApplication.activePopupWidget()
    assert popup is not None and popup is editor.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    return name, table.item(0, col).text()


def _return_in_editor(qtbot, window, field: str, typed_of):  # type: ignore[no-untyped-def]
    event = next(e for e in window.document.timeline if e.participants and e.location)
    dialog = EventEditor(window.document.timeline, event)
    edit = getattr(dialog, field)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    edit.setFocus()
    edit.selectAll()
    name = str(edit.completer().model().index(0, 0).data())
    qtbot.keyClicks(edit, typed_of(name))
    popup = QApplication.activePopupWidget()
    assert popup is not None
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    return dialog, edit, name


def test_return_on_an_open_list_keeps_a_stub_in_the_review_as_in_the_editor(qtbot, window):
    """Item 1 (the rule, ``known_spelling``): with nothing highlighted, Return keeps what
    was typed, in the review's cells and in the event editor's same fields alike."""
    for column in ("PARTICIPANTS", "PLACE"):
        name, saved = _return_in_review(qtbot, column, lambda n: n[:3])
        assert saved == name[:3]
    for field in ("participants_edit", "location_edit"):
        dialog, edit, name = _return_in_editor(qtbot, window, field, lambda n: n[:3])
        assert edit.text() == name[:3]
        # The list closed and the dialog accepted, as Return with no list open does
        # (verify27, 12: a second Return was needed for OK).
        assert not dialog.isVisible()
        assert dialog.result() == dialog.DialogCode.Accepted


def test_a_known_name_typed_in_another_case_is_saved_in_its_known_spelling(qtbot, window):
    """Item 1: "britain" + Return saved a second participant "britain" beside "Britain"
    (the Category box already took the known lane for a name in another case)."""
    for column in ("PARTICIPANTS", "PLACE"):
        name, saved = _return_in_review(qtbot, column, str.lower)
        assert name != name.lower()
        assert saved == name, column
    dialog, edit, name = _return_in_editor(qtbot, window, "participants_edit",
                                           lambda n: f"Iran, {n.lower()}")
    assert edit.text() == f"Iran, {name}"
    assert dialog.participants()[-1] == name
    dialog, edit, name = _return_in_editor(qtbot, window, "location_edit", str.upper)
    assert edit.text() == name
    assert dialog.edited_event().location == name


def _overflow_shown(qtbot, window, bar):  # type: ignore[no-untyped-def]
    """``bar``'s "»" pressed with the window so narrow that it holds items; the button."""
    from PySide6.QtWidgets import QToolButton

    window.resize(420, 700)
    more = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    qtbot.waitUntil(lambda: more.isVisible())
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(more.isChecked)
    return more


def test_the_toolbars_overflow_closes_on_the_first_click_outside(qtbot, window):
    """Item 2: the main toolbar's and the legend's "»" items covered the ruler and
    stayed there after a click on the timeline (Qt closes them only when the mouse
    leaves them); now the first click outside closes them, and so does Escape."""
    from PySide6.QtWidgets import QToolBar

    for bar in (window.findChild(QToolBar, "timelineToolbar"), window.legend_bar):
        more = _overflow_shown(qtbot, window, bar)
        row = window.toolBarArea(bar)
        # laid over the rows below (the legend's over the ruler)
        qtbot.waitUntil(lambda bar=bar, more=more: bar.height() > more.height() * 1.5)
        view = window.view
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.rect().center())
        qtbot.waitUntil(lambda more=more: not more.isChecked())
        qtbot.waitUntil(lambda bar=bar, more=more: bar.height() < more.height() * 1.5)
        assert window.toolBarArea(bar) == row
        more = _overflow_shown(qtbot, window, bar)
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
        assert not more.isChecked()
        window.resize(1400, 860)


def _lanes_shown(window) -> list[str]:  # type: ignore[no-untyped-def]
    from timeline_app.ui.style import lanes_in_order

    shown = lanes_in_order(window.document.timeline)
    assert window.legend_bar.categories() == shown  # the legend as the timeline
    return shown


def test_a_lane_the_user_adds_goes_after_the_lanes_shown_and_undo_restores(
        window, qtbot, recorded_prompts):
    """Item 3: a new event in a new lane "Sudan talks" went between Policy and Treaty
    (alphabetical); it goes last, an edit into a new lane and Move to Lane ▸ New Lane…
    too, and Undo puts the lanes back as they were."""
    before = _lanes_shown(window)

    def script(dialog, lane):  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.title_edit, "Envoys meet in Jeddah")
        qtbot.keyClicks(dialog.date_edit, "June 2025")
        dialog.category_combo.setEditText(lane)
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    for lane in ("Zambia talks", "Sudan talks"):  # alphabetically Sudan would come first
        recorded_prompts.edit_script = lambda dialog, lane=lane: script(dialog, lane)
        assert window.new_event()
    assert _lanes_shown(window) == [*before, "zambia talks", "sudan talks"]
    assert window.document.undo_stack.undoText().startswith("Add")
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert _lanes_shown(window) == before
    assert window.document.timeline.lane_order == []
    # An edit into a new lane, then events moved to another new lane.
    event = window.document.timeline.get("iwaya-seoul-visit")
    recorded_prompts.edit_script = lambda dialog: (
        dialog.category_combo.setEditText("Aid"), dialog.accept())
    assert window.edit_event(event.id)
    shown = _lanes_shown(window)
    assert shown[-1] == "aid" and shown[:-1] == [c for c in before if c != "visit"]
    window.document.move_events_to_lane([event.id], "Bahrain track",
                                        window.legend_bar.categories())
    assert _lanes_shown(window)[-1] == "Bahrain track"  # after "aid"
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert _lanes_shown(window) == before


def test_a_double_click_in_a_time_break_makes_a_year_and_the_editor_says_so(
        window, qtbot, recorded_prompts):
    """Item 4: a double-click in the default timeline's break (57 years in ~80 px) made
    "May 1994", a month, from the view's scale beside the break; the date is as precise
    as the scale where the click is (a year here), and the editor says what it covers
    before OK."""
    from timeline_app.core import Precision

    window.resize(1400, 860)
    qtbot.waitUntil(lambda: window.width() == 1400)
    window.view.fit_all()
    window.view.zoom_by(1.5)  # months 35 px wide beside the break
    QApplication.processEvents()
    assert window.view.px_per_day() * 30 >= 24
    brk = next(s for s in window.view._axis_segments() if s.brk is not None)
    seen: list[tuple[str, str]] = []

    def script(dialog):  # type: ignore[no-untyped-def]
        seen.append((dialog.date_edit.text(), dialog.date_words.text()))
        qtbot.keyClicks(dialog.title_edit, "Talks resume")
        dialog.accept()

    recorded_prompts.edit_script = script
    viewport = window.view.viewport()
    y = viewport.height() - 20  # below the lanes: empty
    for x, precision in (((brk.x0 + brk.x1) / 2, Precision.YEAR),
                         (brk.x1 + 200, Precision.MONTH)):
        from PySide6.QtCore import QPoint

        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(round(x), y))
        event = window.document.timeline.get(window.selection.event_id)
        assert event.title == "Talks resume"
        assert event.date.precision is precision, (x, event.date)
        text, words = seen[-1]
        assert text == event.date.describe()
        assert ("a year" if precision is Precision.YEAR else "a month") in words


def test_an_empty_timeline_shows_no_categories_label(window, qtbot, recorded_prompts):
    """Item 5: "Categories:" stood alone over an empty timeline; it comes back with the
    first lane, and the lanes do not move."""
    from PySide6.QtWidgets import QLabel

    from timeline_app.core import Event, FuzzyDate

    label = next(w for w in window.legend_bar.findChildren(QLabel)
                 if w.text().startswith("Categories"))
    assert window.new_timeline()
    QApplication.processEvents()
    assert not list(window.document.timeline)
    assert label.text() == ""
    top = window.view.mapTo(window, window.view.rect().topLeft()).y()
    window.document.add_event(Event(id="n1", title="Talks", date=FuzzyDate.of_ymd(2025, 1, 2)))
    QApplication.processEvents()
    assert label.text() == "Categories: "
    assert window.view.mapTo(window, window.view.rect().topLeft()).y() == top


def test_print_and_pictures_head_an_unnamed_saved_timeline_with_its_shown_name(
        window, recorded_prompts, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """Item 6: after Save As "iran_talks.json", Details said "iran_talks" and the
    printed page and exported pictures "Untitled timeline"; all now say the one name
    (``Document.shown_title``)."""
    from PySide6.QtGui import QImage

    from timeline_app.core import Event, FuzzyDate, Timeline
    from timeline_app.ui import export_picture, print_pages, prompts

    window.document.replace_timeline(Timeline(), None)
    window.document.add_event(Event(id="n1", title="Talks", date=FuzzyDate.of_ymd(2025, 1, 2)))
    recorded_prompts.save_path = str(tmp_path / "iran_talks.json")
    assert window.save_as()
    assert window.document.shown_title == "iran_talks"
    headed: list[str] = []
    painted = export_picture.paint_timeline_page
    printed = print_pages.paint_pages

    def recording(painter, view, page, title, subtitle, *args, **named):  # type: ignore[no-untyped-def]
        headed.append(title)
        painted(painter, view, page, title, subtitle, *args, **named)

    def printing(device, view, title, subtitle, *args, **named):  # type: ignore[no-untyped-def]
        headed.append(title)
        return printed(device, view, title, subtitle, *args, **named)

    monkeypatch.setattr(export_picture, "paint_timeline_page", recording)
    monkeypatch.setattr(print_pages, "paint_pages", printing)
    page = QImage(800, 500, QImage.Format.Format_ARGB32)
    monkeypatch.setattr(prompts, "print_with_preview",
                        lambda _parent, paint, *_a, **_k: paint(page))
    window.print_timeline()
    recorded_prompts.export_path = str(tmp_path / "picture.svg")
    assert window.export_picture("SVG", True)
    assert headed == ["iran_talks", "iran_talks"]
    svg = (tmp_path / "picture.svg").read_text("utf-8")
    assert "iran_talks" in svg and "Untitled timeline" not in svg


def test_find_draws_an_event_found_in_a_plus_n_badge_and_details_shows_it(
        window, qtbot):  # type: ignore[no-untyped-def]
    """Item 7: Ctrl+F, a title, Enter: the match was counted in a "+N" badge, which was
    ringed, and its title was nowhere to be seen; it is drawn out of the badge (view58),
    selected, and Details shows it (the view zoomed in around it before verify64 F9)."""
    import datetime as _dt

    from timeline_app.core import Event, FuzzyDate, Timeline

    first = _dt.date(2021, 3, 1).toordinal()
    events = [Event(f"m{i}", f"Working group session {i}",
                    FuzzyDate.of_day(_dt.date.fromordinal(first + i // 3)), category="meeting")
              for i in range(60)]
    events[31] = Event("needle", "Envoys sign the Jeddah declaration",
                       FuzzyDate.of_day(_dt.date.fromordinal(first + 10)), category="meeting")
    events += [Event(f"y{y}", f"Summit {y}", FuzzyDate.of_ymd(y, 6, 1), category="treaty")
               for y in (1990, 2010, 2030)]
    window.document.replace_timeline(Timeline.from_events(events), None)
    window.view.fit_all()
    QApplication.processEvents()
    assert not window.view.has_item("needle")  # counted in a badge
    window.find_state.set_text("Jeddah")
    shown = window.view.visible_days()
    window.step_match(1)
    assert window.selection.event_id == "needle"
    # Drawn: out of its badge at the zoom it was found at (verify64 F9: the zoom in,
    # ui22's way before view58 drew the current event out of its badge, lost the rest).
    assert window.view.drawn_out_of_badge("needle")
    assert window.view.visible_days() == shown
    first_day, last_day = window.view.visible_days()
    assert first_day <= first + 10 <= last_day
    QApplication.processEvents()
    assert "Envoys sign the Jeddah declaration" in window.detail_pane.toPlainText()


def test_print_current_view_prints_the_period_on_screen(
        window, monkeypatch):  # type: ignore[no-untyped-def]
    """verify33, finding 15: Print gave the whole timeline (1965 - 2027) on one page for a
    briefing about weeks; File → Print Current View prints the period the view shows,
    headed with its range, as Export's "current view" pictures."""
    from PySide6.QtGui import QImage

    from timeline_app.ui import print_pages, prompts

    subtitles: list[str] = []
    views: list[object] = []
    painted = print_pages.paint_pages

    def recording(device, view, title, subtitle, *args, **named):  # type: ignore[no-untyped-def]
        subtitles.append(subtitle)
        views.append(view)
        return painted(device, view, title, subtitle, *args, **named)

    monkeypatch.setattr(print_pages, "paint_pages", recording)
    page = QImage(800, 500, QImage.Format.Format_ARGB32)
    monkeypatch.setattr(prompts, "print_with_preview",
                        lambda _parent, paint, *_a, **_k: paint(page))
    window.view.zoom_by(6.0)
    window.print_view_action.trigger()
    window.print_timeline()
    (view_line, whole_line) = subtitles
    # a view of the period on screen, every lane of it (verify34 F6), and of the whole
    assert views[0] is not window.view and views[1] is not window.view
    # (and the lanes with no event in the period left out: verify43 F19)
    assert "of the timeline’s 8 events" in view_line and "1965" not in view_line
    assert whole_line == "June 1965 – June 2025 · 8 events"
    assert window.print_view_action.text() == "Print Current &View…"
