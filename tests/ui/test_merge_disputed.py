"""Disputed offered where sources disagree (edit30's leftover): the import review and File
→ Merge offer "Merge, disputed" when a row and the event it repeats disagree on when or
where; the current view's picture names the status marks in its header."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QComboBox

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.duplicates import disagreement
from timeline_app.core.status import DISPUTED
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog
from timeline_app.ui.merge_dialog import MergeDialog

TEXT = ("GENEVA, March 13 (Reuters) - Iran and the three European powers ended a round of "
        "talks on the nuclear programme in Geneva on Thursday, diplomats said.\n\n"
        "Iranian Foreign Minister Abbas Araqchi met British Foreign Secretary David Lammy in "
        "Geneva on Wednesday before the talks.\n")


def _day(day: int, month: int = 3) -> FuzzyDate:
    return FuzzyDate.of_day(dt.date(2026, month, day))


def test_disagreement_says_when_or_where_two_tellings_differ() -> None:
    a = Event("a", "Talks", _day(10), location="Jeddah")
    assert disagreement(a, Event("b", "Talks", _day(12), location="Jeddah")) == (
        "the dates told differ (10 March 2026 / 12 March 2026)")
    # a month holding the day, a place holding the other's words: no disagreement
    assert disagreement(a, Event("c", "Talks", FuzzyDate.of_month(2026, 3),
                                 location="Jeddah, Saudi Arabia")) == ""
    # a place word shared (the seed re-imported: "Sado mines" / "Sado, Japan"): the same
    assert disagreement(Event("s", "Boycott", _day(10), location="Sado, Japan"),
                        Event("t", "Boycott", _day(10), location="Sado mines")) == ""
    assert "places told differ (Jeddah / Riyadh)" in disagreement(
        a, Event("d", "Talks", _day(10), location="Riyadh"))


def _lausanne_review(qtbot) -> ReviewDialog:  # type: ignore[no-untyped-def]
    """The review of TEXT beside a meeting of the two in Lausanne the same day."""
    existing = [Event("lausanne", "Abbas Araqchi and David Lammy meet in Lausanne", _day(11),
                      category="meeting", participants=("Abbas Araqchi", "David Lammy"),
                      location="Lausanne")]
    dialog = ReviewDialog(extract_events(TEXT, dct=dt.date(2026, 3, 13)), existing=existing)
    qtbot.addWidget(dialog)
    return dialog


def test_the_review_offers_merge_disputed_where_the_places_disagree(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _lausanne_review(qtbot)
    result = dialog.extraction
    dialog.show()
    row = next(i for i, c in enumerate(result.candidates) if "Lammy" in c.title)
    assert dialog.duplicates[row].existing.id == "lausanne"
    choice = dialog.table.cellWidget(row, ReviewDialog.DUPLICATE)
    assert isinstance(choice, QComboBox)
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "Merge", "Keep both", "Merge, disputed", "Another event…"]
    assert "Lausanne / Geneva" in dialog.duplicate_text(row)
    dialog.set_duplicate_choice(row, ReviewDialog.MERGE_DISPUTED)
    outcome = dialog.outcome()
    (event_id,) = [e.id for e in outcome.events if e.id in outcome.merges]
    assert outcome.merges[event_id] == "lausanne" and outcome.disputed == {event_id}
    assert dialog.duplicate_text(row).endswith("the event is marked Disputed.")


def test_file_merge_offers_disputed_and_the_window_marks_the_event(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, tmp_path: Path) -> None:
    ours = Timeline.from_events([Event("talks", "Truce talks", _day(10), location="Jeddah")],
                                title="Ours")
    path = tmp_path / "ours.json"
    timeline_io.save(ours, path)
    assert window.open_path(str(path), background=False)
    theirs = Timeline.from_events([Event("talks", "Truce talks", _day(12),
                                         location="Jeddah")], title="Theirs")
    dialog = MergeDialog(theirs, window.document.timeline.events)
    qtbot.addWidget(dialog)
    choice = dialog.table.cellWidget(0, 3)
    # (the same id: this file is a copy of ours, so "Take its edits" is offered last,
    # and chosen: session 40, verify49 F10)
    assert isinstance(choice, QComboBox) and choice.count() == 4
    assert choice.itemText(2) == "Merge, disputed (“Truce talks”)"
    assert choice.currentData() == MergeDialog.TAKE_EDITS
    assert "10 March 2026 / 12 March 2026): choose" in dialog.duplicate_text(0)
    dialog.set_duplicate_choice(0, MergeDialog.MERGE_DISPUTED)
    assert dialog.duplicate_text(0).endswith("the event is marked Disputed.")
    outcome = dialog.outcome()
    assert outcome.disputed == {"talks"}
    assert window._merge_in([], outcome.events, outcome.merges, "Merge 1 event",
                            disputed=outcome.disputed)
    assert window.document.timeline.get("talks").status == DISPUTED
    window.document.undo_stack.undo()
    assert window.document.timeline.get("talks").status == ""


def test_the_current_views_picture_names_its_status_marks(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, tmp_path: Path) -> None:
    timeline = Timeline.from_events([
        Event("a", "Talks", _day(10), status=DISPUTED),
        Event("b", "Truce", _day(12))], title="Marks")
    path = tmp_path / "marks.json"
    timeline_io.save(timeline, path)
    assert window.open_path(str(path), background=False)
    window.view.fit_all()
    picture = window._period_picture_view()
    try:
        subtitle = window._picture_subtitle(False, picture)
    finally:
        picture.deleteLater()
    assert subtitle.endswith("· ? = disputed")


def test_the_import_button_says_how_many_are_new_and_how_many_merge(qtbot) -> None:  # type: ignore[no-untyped-def]
    """verify43 F5 (fix66's words, merged with edit31's test): after choosing Merge on
    rows the button still read "Import 19"; the status bar then said "Imported 19 events
    (5 merged)": 14 new."""
    dialog = _lausanne_review(qtbot)
    row = next(iter(dialog.duplicates))
    assert dialog.import_button.text() == "&Import 2"  # a possible one: kept both
    dialog.set_duplicate_choice(row, ReviewDialog.MERGE)
    assert dialog.import_button.text() == "&Import 2: 1 new, 1 merged"
    dialog.set_checked(1 - row, False)
    assert dialog.import_button.text() == "&Import 1: 0 new, 1 merged"
    dialog.new_radio.setChecked(True)  # a new timeline: nothing merges
    assert dialog.import_button.text().startswith("&Import ")
    assert "merged" not in dialog.import_button.text()


def test_an_import_merged_as_disputed_marks_the_event_and_says_what_came_in(  # type: ignore[no-untyped-def]
        qapp, qtbot, window, monkeypatch, tmp_path: Path) -> None:
    from timeline_app.ui import prompts
    from timeline_app.ui.import_article import ReviewOutcome

    ours = Timeline.from_events([Event("lausanne", "Araqchi and Lammy meet", _day(11),
                                       location="Lausanne")], title="Ours")
    path = tmp_path / "ours.json"
    timeline_io.save(ours, path)
    assert window.open_path(str(path), background=False)
    result = extract_events(TEXT, dct=dt.date(2026, 3, 13))
    events = [c.to_event() for c in result.candidates]
    lammy = next(e for e in events if "Lammy" in e.title)
    monkeypatch.setattr(prompts, "review_candidates", lambda *_a: ReviewOutcome(
        result.source, events, False, {lammy.id: "lausanne"}, frozenset({lammy.id})))
    window._review_extracted(result)
    assert window.document.timeline.get("lausanne").status == DISPUTED
    assert window.statusBar().currentMessage() == (  # (who the merge added, said: F20)
        f"Imported {len(events) - 1} new event{'s' if len(events) > 2 else ''} and merged 1 "
        "into events already there, 1 marked disputed; participants added: Abbas Araqchi, "
        "David Lammy to “Araqchi and Lammy meet” (Edit → Undo takes it back)")


def test_arrows_in_a_rows_category_box_go_to_the_rows_not_the_category(qtbot) -> None:  # type: ignore[no-untyped-def]
    """verify43 F7: Shift+Tab landed in the row's Category box, where ↑ ↑ ↑ ↑ meant for
    the table's rows turned the category into another without a sign."""
    from PySide6.QtCore import Qt

    dialog = _lausanne_review(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    table = dialog.table
    table.setCurrentCell(1, ReviewDialog.CATEGORY)
    combo = table.cellWidget(1, ReviewDialog.CATEGORY)
    assert isinstance(combo, QComboBox)
    before = combo.currentText()
    combo.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert combo.currentText() == before
    # (in the box's column, its box framed: verify52 F2; it went to the Title)
    assert table.currentRow() == 0 and table.currentColumn() == ReviewDialog.CATEGORY
    assert table.hasFocus()
    first = table.cellWidget(0, ReviewDialog.CATEGORY)
    assert isinstance(first, QComboBox)
    was = first.currentText()
    first.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.keyClick(first, Qt.Key.Key_Down)  # (it chose the next category)
    assert first.currentText() == was and table.currentRow() == 1
    combo.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Escape)  # back to the table, the dialog stays
    assert table.hasFocus() and dialog.isVisible()


def test_the_reviews_sentence_pane_cannot_be_dragged_away(qtbot) -> None:  # type: ignore[no-untyped-def]
    """verify43 F6: dragged too far, the splitter hid the sentence pane entirely."""
    dialog = _lausanne_review(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    splitter = dialog.splitter
    splitter.moveSplitter(splitter.height(), 1)  # the handle dragged to the bottom
    assert not splitter.isCollapsible(0) and not splitter.isCollapsible(1)
    assert splitter.sizes()[1] > 0 and dialog.evidence.isVisible()
