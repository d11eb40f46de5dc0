"""verify52 F4: the import review proposed which existing event a row repeats, but there
was no way to pick another: A3's "25 March 2025 … Riyadh" row was offered as a merge into
the March 2025 Riyadh talks (accepting would have redated them), and a row the review
called "no" ("First grain deal collapses", c. 2023: "Russia quits the deal", 17 July 2023)
could not be merged at all.  "Another event…" in a row's Duplicate? box (F2, Return or a
double-click on a "no" cell) chooses the event; the row then merges into it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.ui.test_edit26_duplicate_follows_row import EXISTING, TEXT
from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.extract import extract_events
from timeline_app.ui import prompts
from timeline_app.ui.event_chooser import EventChooser, nearest_first
from timeline_app.ui.import_article import ReviewDialog

DCT = dt.date(2026, 3, 13)
#: The article's rows: 0 Araqchi and Lammy meet in Geneva, 11 March (proposed: "geneva");
#: 1 the talks in Geneva, 12 March ("no"); 2 the next round in Vienna, 27 March ("no").
OMAN = Event("oman", "Iran and the E3 agree to keep talking", FuzzyDate.of_month(2026, 4),
             category="statement", location="Muscat")
TIMELINE = [*EXISTING, OMAN]


def _review(qtbot, existing=TIMELINE) -> ReviewDialog:  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(extract_events(TEXT, dct=DCT), existing=existing)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.duplicates[0].existing.id == "geneva"
    assert 2 not in dialog.duplicates and dialog.table.item(2, dialog.DUPLICATE).text() == "no"
    return dialog


def _chooser(dialog: ReviewDialog) -> EventChooser:
    chooser = dialog.event_chooser
    assert isinstance(chooser, EventChooser) and chooser.isVisible()
    return chooser


def _pick_in_box(dialog: ReviewDialog, row: int) -> None:
    """"Another event…" chosen in ``row``'s Duplicate? box, as a click does."""
    box = dialog.table.cellWidget(row, dialog.DUPLICATE)
    assert isinstance(box, QComboBox)
    assert box.itemText(box.count() - 1) == "Another event…"
    box.setCurrentIndex(box.count() - 1)
    box.activated.emit(box.count() - 1)


def test_choosing_another_event_merges_the_row_into_it_in_the_timeline(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch, tmp_path: Path):
    path = tmp_path / "talks.json"
    timeline_io.save(Timeline.from_events(TIMELINE, title="Iran talks"), path)
    assert window.open_path(str(path), background=False)
    monkeypatch.setattr(prompts, "read_article_events",
                        lambda *_a, **_k: extract_events(TEXT, dct=DCT))
    seen = {}

    def review(_parent, result, can_add, existing=(), prefer_new=False, *_a, **_k):  # type: ignore[no-untyped-def]
        dialog = ReviewDialog(result, can_add, existing=existing)
        qtbot.addWidget(dialog)
        dialog.show()
        _pick_in_box(dialog, 0)
        chooser = _chooser(dialog)
        assert dialog.duplicate_choice(0) == dialog.MERGE  # (the box shows what it showed)
        qtbot.keyClicks(chooser.filter, "london")
        assert chooser.shown_ids() == ["london"]
        qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
        assert dialog.event_chooser is None
        seen["line"] = dialog.duplicate_text(0)
        seen["tip"] = dialog.table.cellWidget(0, dialog.DUPLICATE).toolTip()
        return dialog.outcome()

    monkeypatch.setattr(prompts, "review_candidates", review)
    geneva_before = window.document.timeline.get("geneva")
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()
    assert "you chose “Abbas Araqchi and David Lammy meet in London”" in seen["line"]
    assert "You chose “Abbas Araqchi and David Lammy meet in London”" in seen["tip"]
    timeline = window.document.timeline
    assert timeline.get("geneva") == geneva_before  # the proposed event is untouched
    london = timeline.get("london")
    assert any("Lammy in Geneva on Wednesday" in e.sentence for e in london.evidence)
    # merged, not added: one Lammy meeting in Geneva (the one already there)
    assert [e.id for e in timeline if "Lammy meet in Geneva" in e.title] == ["geneva"]
    assert len(timeline) == len(TIMELINE) + 2  # rows 1 and 2 added


def test_a_no_row_is_merged_by_choice_and_keep_both_undoes_it(qtbot):  # type: ignore[no-untyped-def]
    dialog = _review(qtbot)
    table = dialog.table
    dialog.set_checked(0, True)  # (an unticked row holds nothing: verify66 F8)
    table.setFocus()
    table.setCurrentCell(2, dialog.DUPLICATE)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # opens the chooser: never Import (F1)
    assert dialog.isVisible() and dialog.result() == 0
    chooser = _chooser(dialog)
    # nearest to 27 March first; the event row 1 (ticked) merges into not choosable
    assert chooser.shown_ids() == ["london", "geneva", "oman"]
    assert chooser.current_id() == "london"
    assert chooser.list.item(1).text().endswith("(row 1 merges into it)")
    assert not chooser.list.item(1).flags() & Qt.ItemFlag.ItemIsEnabled
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Down)  # over the one that cannot be chosen
    assert chooser.current_id() == "oman"
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Down)
    assert chooser.current_id() == "oman"
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Up)
    assert chooser.current_id() == "london"
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Down)
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert dialog.event_chooser is None and dialog.isVisible()
    dialog.set_checked(0, False)  # (row 1 left out again, as the review proposed it)
    assert dialog.duplicates[2].existing.id == "oman" and dialog.is_checked(2)
    assert dialog.duplicate_choice(2) == dialog.MERGE
    outcome = dialog.outcome()
    (merged,) = [e.id for e in outcome.events if e.id in outcome.merges]
    assert outcome.merges[merged] == "oman"
    assert dialog.import_button.text().endswith("1 merged")
    # The place and date disagree: Merge, disputed is offered
    box = table.cellWidget(2, dialog.DUPLICATE)
    assert isinstance(box, QComboBox) and box.findData(dialog.MERGE_DISPUTED) >= 0
    # a correction keeps the chosen event (as ``_recheck_duplicate`` keeps chosen merges)
    dialog.set_cell(2, "Date", "28 March 2026")
    assert dialog.duplicates[2].existing.id == "oman"
    assert "no longer looks like" not in dialog.duplicate_text(2)
    # Keep both undoes it: the row is added, its cell "no" again
    dialog.set_duplicate_choice(2, dialog.KEEP_BOTH)
    assert 2 not in dialog.duplicates and table.item(2, dialog.DUPLICATE).text() == "no"
    assert dialog.is_checked(2)
    assert dialog.outcome().merges == {}


def test_choosing_the_proposed_event_again_undoes_the_choice(qtbot):  # type: ignore[no-untyped-def]
    dialog = _review(qtbot)
    dialog.pick_event(0, "london")
    assert dialog.duplicates[0].existing.id == "london"
    _pick_in_box(dialog, 0)
    chooser = _chooser(dialog)
    assert chooser.list.item(chooser.shown_ids().index("geneva")).text().endswith(
        "(proposed)")
    qtbot.keyClicks(chooser.filter, "geneva")
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert dialog.duplicates[0].existing.id == "geneva"
    assert dialog.duplicate_text(0).startswith("Row 1 looks like")  # the proposal's words
    assert list(dialog.outcome().merges.values()) == ["geneva"]  # its Merge, chosen


def test_keyboard_only_from_the_box_and_esc_changes_nothing(qtbot):  # type: ignore[no-untyped-def]
    dialog = _review(qtbot)
    table = dialog.table
    box = table.cellWidget(0, dialog.DUPLICATE)
    assert isinstance(box, QComboBox)
    table.setFocus()
    table.setCurrentCell(0, dialog.DUPLICATE)
    qtbot.keyClick(table, Qt.Key.Key_F2)  # the box's list (verify52 F2)
    qtbot.waitUntil(box.view().isVisible)
    view = box.view()
    for _ in range(box.count()):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().data() == "Another event…"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    chooser = _chooser(dialog)
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Escape)  # nothing chosen
    assert dialog.event_chooser is None and dialog.isVisible()
    assert dialog.duplicates[0].existing.id == "geneva"
    assert table.currentRow() == 0 and table.currentColumn() == dialog.DUPLICATE
    # F2 on the "no" cell of row 3 opens it too
    table.setCurrentCell(2, dialog.DUPLICATE)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    chooser = _chooser(dialog)
    qtbot.keyClicks(chooser.filter, "Muscat")
    qtbot.keyClick(chooser.list, Qt.Key.Key_Return)
    assert dialog.duplicates[2].existing.id == "oman"
    assert dialog.isVisible() and dialog.result() == 0


def test_a_double_click_on_a_no_cell_opens_the_chooser(qtbot):  # type: ignore[no-untyped-def]
    dialog = _review(qtbot)
    table = dialog.table
    rect = table.visualRect(table.model().index(1, dialog.DUPLICATE))
    # (a double-click's first press, which QTest's double-click does not send)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chooser = _chooser(dialog)
    assert "Row 2, “Iran and three European powers meet in Geneva”" in chooser.heading.text()
    assert chooser.heading.textFormat() == Qt.TextFormat.PlainText
    chooser.reject()
    assert dialog.event_chooser is None and 1 not in dialog.duplicates


def test_return_on_a_duplicate_box_opens_its_list_never_import(qtbot):  # type: ignore[no-untyped-def]
    dialog = _review(qtbot)
    box = dialog.table.cellWidget(0, dialog.DUPLICATE)
    assert isinstance(box, QComboBox)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # imported the review before
    assert dialog.isVisible() and dialog.result() == 0
    qtbot.waitUntil(box.view().isVisible)
    box.hidePopup()


def test_not_offered_for_a_new_timeline(qtbot):  # type: ignore[no-untyped-def]
    dialog = _review(qtbot)
    dialog.new_radio.setChecked(True)
    assert not dialog.choose_other_event(2)
    assert dialog.event_chooser is None


def test_a_chosen_event_comes_back_on_reopening_after_a_crash(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from timeline_app.io import review_recovery
    from timeline_app.io.review_recovery import ReviewArticle, new_state

    dialog = _review(qtbot)
    dialog.pick_event(0, "london")
    dialog.pick_event(2, "oman")
    dialog.set_duplicate_choice(2, dialog.MERGE_DISPUTED)
    state = new_state("Iran talks", ReviewArticle(TEXT, "geneva.txt", DCT.isoformat(), False,
                                                  None, None, "auto"),
                      dialog.as_read, dialog.review_rows())
    file = review_recovery.write_review(tmp_path, state)
    kept = review_recovery.read_review(file)
    assert [r.picked for r in kept.rows] == [True, False, True]
    again = _review(qtbot)
    again.apply_review(kept)
    assert again.duplicates[0].existing.id == "london"
    assert again.duplicates[2].existing.id == "oman"
    assert again.duplicate_choice(2) == again.MERGE_DISPUTED
    outcome = again.outcome()
    assert sorted(outcome.merges.values()) == ["london", "oman"]
    assert len(outcome.disputed) == 1
    assert "you chose" in again.duplicate_text(0)


@pytest.mark.parametrize("near", [FuzzyDate.of_day(dt.date(2026, 3, 19)), None])
def test_nearest_first(near: FuzzyDate | None) -> None:
    order = [e.id for e in nearest_first(TIMELINE, near)]
    assert order == (["london", "geneva", "oman"] if near else ["geneva", "london", "oman"])


def test_reopen_the_unfinished_import_merges_into_the_chosen_event(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch, recorded_prompts, tmp_path: Path):
    """The window's "Reopen the unfinished import" (a state a killed run left) puts the
    chosen events back, and Import merges into them."""
    from killed_app import shown
    from PySide6.QtCore import QTimer

    from timeline_app.io import review_recovery
    from timeline_app.io.review_recovery import ReviewArticle, new_state

    path = tmp_path / "talks.json"
    timeline_io.save(Timeline.from_events(TIMELINE, title="Iran talks"), path)
    assert window.open_path(str(path), background=False)
    before = _review(qtbot)
    before.pick_event(0, "london")
    before.pick_event(2, "oman")
    state = new_state("Iran talks", ReviewArticle(TEXT, "geneva.txt", DCT.isoformat(), False,
                                                  None, None, "auto"),
                      before.as_read, before.review_rows())
    before.close()
    file = review_recovery.write_review(window.autosaver.folder, state)
    file.rename(file.with_name("review-999999999.json"))  # (a dead run's)
    monkeypatch.setattr(prompts, "ask_reopen_review", lambda *_a: True)
    seen = {}

    def look() -> None:
        review = shown("reviewDialog")
        if review is None:
            QTimer.singleShot(50, look)
            return
        seen["targets"] = {row: m.existing.id for row, m in review.duplicates.items()}
        review.accept()

    QTimer.singleShot(50, look)
    with qtbot.waitSignal(window.import_finished, timeout=60000):
        assert window.offer_unfinished_review()
    assert recorded_prompts.errors == []
    assert seen["targets"] == {0: "london", 2: "oman"}
    timeline = window.document.timeline
    assert any("Lammy in Geneva on Wednesday" in e.sentence
               for e in timeline.get("london").evidence)
    assert any("Vienna" in e.sentence for e in timeline.get("oman").evidence)
    assert len(timeline) == len(TIMELINE) + 1  # row 1 added; rows 0 and 2 merged


def test_the_filter_folds_case_and_accents_as_find_does(qtbot):  # type: ignore[no-untyped-def]
    """Typing "lodz" or "turkiye" finds "Łódź" and "Türkiye", as Find, the Filters and
    the completion lists match (``core.query.fold``); the filter matched case only."""
    lodz = Event("lodz", "Talks in Łódź", FuzzyDate.of_month(2026, 5), location="Łódź",
                 participants=("Türkiye",))
    chooser = EventChooser([*TIMELINE, lodz], None, None, {}, "Row 1")
    qtbot.addWidget(chooser)
    for typed in ("lodz", "TURKIYE", "Łódź"):
        chooser.filter.setText(typed)
        assert chooser.shown_ids() == ["lodz"], typed


def test_with_no_row_flagged_a_row_is_still_merged_into_a_chosen_event(qtbot):  # type: ignore[no-untyped-def]
    """verify58 F28: the Duplicate? column (and "Another event…") came only beside a
    flagged row: a correction whose rows the review did not flag could not be pointed at
    the event already in the timeline.  Adding to a timeline with events it is there, "no"
    on each row; Ctrl+M (Merge Into…) opens the chooser for the current row."""
    dialog = ReviewDialog(extract_events(TEXT, dct=DCT), existing=[OMAN])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    table = dialog.table
    assert not dialog.duplicates  # nothing flagged
    assert not table.isColumnHidden(dialog.DUPLICATE)
    assert dialog.duplicate_label.isVisible()
    assert table.item(1, dialog.DUPLICATE).text() == "no"
    table.setFocus()
    table.setCurrentCell(1, dialog.TITLE)
    assert "Ctrl+M" in dialog.duplicate_label.text()
    qtbot.keyClick(table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    chooser = _chooser(dialog)
    assert chooser.shown_ids() == ["oman"]
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert dialog.event_chooser is None and dialog.isVisible() and dialog.result() == 0
    assert dialog.duplicates[1].existing.id == "oman" and dialog.is_checked(1)
    assert dialog.duplicate_choice(1) == dialog.MERGE
    assert list(dialog.outcome().merges.values()) == ["oman"]
    # a new timeline: no column, Ctrl+M does nothing
    dialog.set_duplicate_choice(1, dialog.KEEP_BOTH)
    dialog.new_radio.setChecked(True)
    assert table.isColumnHidden(dialog.DUPLICATE)
    assert not dialog.merge_current_into() and dialog.event_chooser is None


def test_no_column_for_a_timeline_without_events(qtbot):  # type: ignore[no-untyped-def]
    """The review into an empty timeline stays uncluttered: no Duplicate? column."""
    dialog = ReviewDialog(extract_events(TEXT, dct=DCT), existing=[])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.table.isColumnHidden(dialog.DUPLICATE)
    assert not dialog.duplicate_label.isVisible()
    assert not dialog.merge_current_into()


def test_an_unticked_rows_event_can_be_chosen_and_the_row_gives_it_up(qtbot):  # type: ignore[no-untyped-def]
    """verify66 F8: "Another event…" greyed the event an unticked row was proposed for,
    "(row 10's Merge, if ticked)", though the row was unticked ("Skipped — tick to
    merge"): the person imported both and merged by hand afterwards.  An unticked row
    holds nothing: the event is listed choosable, the row gives it up when another row
    takes it (ticked later, it is added, not merged), and gets it back when that row
    lets it go (Keep both)."""
    dialog = _review(qtbot)
    table = dialog.table
    assert not dialog.is_checked(0) and dialog.merges(0)  # "Skipped — tick to merge"
    assert dialog.choose_other_event(2)
    chooser = _chooser(dialog)
    assert chooser.shown_ids() == ["london", "geneva", "oman"]
    line = chooser.list.item(1)
    assert line.text().endswith("(proposed for row 1, unticked)")
    assert line.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "cannot be chosen" not in chooser.count_label.text()
    chooser.list.setCurrentRow(1)
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert dialog.event_chooser is None
    assert dialog.duplicates[2].existing.id == "geneva" and dialog.merges(2)
    assert dialog.is_checked(2)
    # row 1 gave the event up: "no", and the line under the table says whose it is now
    assert 0 not in dialog.duplicates and table.item(0, dialog.DUPLICATE).text() == "no"
    said = dialog.duplicate_text(0)
    assert said.startswith("Row 1 was proposed for “") and "which you chose for row 3" in said
    assert said in table.item(0, dialog.DUPLICATE).toolTip()
    outcome = dialog.outcome()
    assert list(outcome.merges.values()) == ["geneva"]
    dialog.set_checked(0, True)  # ticked now: added as a new event, never merged twice
    outcome = dialog.outcome()
    assert list(outcome.merges.values()) == ["geneva"]
    assert len(outcome.events) == 3
    dialog.set_checked(0, False)
    # Keep both on row 3: the event is row 1's proposal again, Merge if ticked
    dialog.set_duplicate_choice(2, dialog.KEEP_BOTH)
    assert 2 not in dialog.duplicates
    assert dialog.duplicates[0].existing.id == "geneva" and dialog.merges(0)
    assert not dialog.is_checked(0)


def test_a_released_row_stays_released_on_reopening_after_a_crash(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """verify66 F8: row 3 took the event unticked row 1 was proposed for; the review put
    back after a crash gives it to row 3 again, row 1 "no"."""
    from timeline_app.io import review_recovery
    from timeline_app.io.review_recovery import ReviewArticle, new_state

    dialog = _review(qtbot)
    dialog.pick_event(2, "geneva")
    assert 0 not in dialog.duplicates
    state = new_state("Iran talks", ReviewArticle(TEXT, "geneva.txt", DCT.isoformat(), False,
                                                  None, None, "auto"),
                      dialog.as_read, dialog.review_rows())
    kept = review_recovery.read_review(review_recovery.write_review(tmp_path, state))
    again = _review(qtbot)
    again.apply_review(kept)
    assert again.duplicates[2].existing.id == "geneva" and again.merges(2)
    assert 0 not in again.duplicates and not again.is_checked(0)
    assert list(again.outcome().merges.values()) == ["geneva"]
