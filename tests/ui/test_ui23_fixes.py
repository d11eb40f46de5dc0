"""verify24's UI findings (session 19, helper ui23): U1 a retyped Date and the End the
editor filled; U4 long titles and file names elided with "…"; U2 Import Article's default
over the untouched sample; U3 a summary equal to its source sentence; U5 lanes at Fit
All; U6 the review's columns fitted once.  Keys and clicks on the real widgets."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from PySide6.QtCore import Qt

from timeline_app.core import Event, FuzzyDate
from timeline_app.ui.event_editor import EventEditor, read_typed_date

PNG_DIR = Path(os.environ.get("TIMELINE_PNG_DIR", "/nonexistent"))


def _grab(widget, name: str) -> None:
    if PNG_DIR.is_dir():
        widget.grab().save(str(PNG_DIR / name))


def _retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            edit.insert(char)


def _may_summit() -> Event:
    return Event("u1-summit", "Summit in Lima", FuzzyDate.of_ymd(2024, 5, 3),
                 end=FuzzyDate.of_ymd(2024, 5, 5))


def _open_editor(qtbot, window, event: Event | None) -> EventEditor:
    dialog = EventEditor(window.document.timeline, event)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # above the main window, as the editor opens: Tab leaves a field
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    return dialog


# --- U1: a retyped Date replaces the End the editor filled -------------------------------

def test_u1_a_later_date_clears_the_events_own_end_and_says_so(qtbot, window):
    dialog = _open_editor(qtbot, window, _may_summit())
    assert dialog.end_edit.text() == "5 May 2024"
    _retype(qtbot, dialog.date_edit, "late 2024")
    # OK at once: the End that the new period replaces is not an error to fix by hand.
    assert dialog.ok_button.isEnabled(), dialog.error_label.text()
    # While the End still shows it, the words say what will happen (verify26).
    assert dialog.end_edit.text() == "5 May 2024"
    assert dialog.end_words.text() == "5 May 2024 is before the new date: it will be cleared"
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)  # leaving the field clears it
    assert dialog.end_edit.text() == ""
    assert dialog.end_words.text() == "was 5 May 2024: cleared, it is before the new date"
    _grab(dialog, "u1-end-cleared.png")
    event = dialog.edited_event()
    assert (event.date, event.end) == (read_typed_date("late 2024").date, None)


def test_u1_enter_after_a_later_date_is_ok(qtbot, window):
    dialog = _open_editor(qtbot, window, _may_summit())
    _retype(qtbot, dialog.date_edit, "late 2024")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert dialog.result() == EventEditor.DialogCode.Accepted
    assert dialog.edited_event().end is None


def test_u1_a_range_typed_over_a_filled_end_replaces_it(qtbot, window):
    dialog = _open_editor(qtbot, window, _may_summit())
    _retype(qtbot, dialog.date_edit, "1–10 June 2024")
    assert dialog.ok_button.isEnabled(), dialog.error_label.text()
    assert dialog.end_words.text() == "5 May 2024 gives way to the range typed in Date"
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    assert (dialog.date_edit.text(), dialog.end_edit.text()) == ("1 June 2024", "10 June 2024")
    # ... and that end, filled by the editor, follows the next retyped date in turn.
    _retype(qtbot, dialog.date_edit, "2025")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    assert dialog.end_edit.text() == ""
    assert dialog.edited_event().date == FuzzyDate.of_year(2025)


def test_u1_a_new_range_split_then_retyped_is_the_trial_steps(qtbot, window):
    dialog = _open_editor(qtbot, window, None)
    qtbot.keyClicks(dialog.title_edit, "Talks")
    _retype(qtbot, dialog.date_edit, "3–5 May 2024")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    assert dialog.end_edit.text() == "5 May 2024"
    _retype(qtbot, dialog.date_edit, "late 2024")
    assert dialog.ok_button.isEnabled()


def test_u1_an_earlier_date_keeps_the_end(qtbot, window):
    dialog = _open_editor(qtbot, window, _may_summit())
    _retype(qtbot, dialog.date_edit, "1 May 2024")  # the start moved, the end holds
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    event = dialog.edited_event()
    assert (event.date, event.end) == (FuzzyDate.of_ymd(2024, 5, 1),
                                       FuzzyDate.of_ymd(2024, 5, 5))


def test_u1_an_end_typed_by_hand_is_never_overridden(qtbot, window):
    dialog = _open_editor(qtbot, window, _may_summit())
    _retype(qtbot, dialog.end_edit, "6 May 2024")  # the person's own end
    _retype(qtbot, dialog.date_edit, "late 2024")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    assert dialog.end_edit.text() == "6 May 2024"
    assert not dialog.ok_button.isEnabled()
    assert "The end is before the start" in dialog.error_label.text()


def test_u1_one_undo_restores_date_and_end(qtbot, window, recorded_prompts):
    event = _may_summit()
    window.document.add_event(event)
    window.view.select_event(event.id)

    def script(dialog):
        _retype(qtbot, dialog.date_edit, "late 2024")
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)

    recorded_prompts.edit_script = script
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    edited = window.document.timeline.get(event.id)
    assert (edited.date, edited.end) == (read_typed_date("late 2024").date, None)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = window.document.timeline.get(event.id)
    assert (restored.date, restored.end) == (event.date, event.end)
    assert dataclasses.replace(restored, date_basis="") == dataclasses.replace(
        event, date_basis="")


# --- U4: long titles and messages end in "…", whole behind Details or a tooltip ----------

LONG_TITLE = "Chile and Bolivia to restore ambassadors after 47-year rupture"


def test_u4_shortened_cuts_at_a_word_with_an_ellipsis():
    from timeline_app.words import shortened

    assert shortened(LONG_TITLE) == "Chile and Bolivia to restore ambassadors after 47-year…"
    assert shortened("Short title") == "Short title"
    assert shortened("x" * 100) == "x" * 59 + "…"  # no word to cut at: cut inside it
    assert len(shortened(LONG_TITLE)) <= 60


def test_u4_the_csv_exports_note_cuts_the_title_at_a_word_and_gives_it_whole(
        window, recorded_prompts, tmp_path):
    window.document.set_properties(LONG_TITLE, "")
    recorded_prompts.export_path = str(tmp_path / "cb.csv")
    assert window.export_as("CSV")
    window.show_export_notes()  # Details… (no box by itself: verify52 F10)
    title, message = recorded_prompts.messages[-1]
    assert "“Chile and Bolivia to restore ambassadors after 47-year…”" in message
    assert "ruptu”" not in message
    assert recorded_prompts.message_details[-1] == f"The timeline's title: “{LONG_TITLE}”"


def test_u4_a_long_status_message_ends_in_an_ellipsis_with_the_whole_in_a_tooltip(
        qtbot, window):
    message = ("timeline-project-example.timeline (the file open last time) was not "
               "reopened: another program's file (Open Recent imports it). Showing the "
               "sample timeline.")
    window.resize(1100, 700)
    bar = window.statusBar()
    bar.showMessage(message, 20_000)
    qtbot.waitUntil(lambda: bar.currentMessage() == message)
    window.repaint()
    shown = bar.shown_message()
    assert shown.endswith("…") and message.startswith(shown[:-1])
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.message_room().width()
    assert bar.message_room().right() < window._status.x()  # left of the status line
    assert bar.currentMessage() == message  # whole, for screen readers and tests
    assert "Showing the sample timeline." in bar.toolTip()
    if PNG_DIR.is_dir():
        bar.grab().save(str(PNG_DIR / "u4-status-elided.png"))
    bar.showMessage("Saved", 5000)
    window.repaint()
    assert bar.shown_message() == "Saved" and bar.toolTip() == ""


# --- U2: an article imported over the sample starts a timeline of its own ------------------

ANDEAN = ("SANTIAGO, Oct 14 (Reuters) - Chile and Bolivia agreed on Monday to restore full "
          "diplomatic relations at ambassador level for the first time since 1978. "
          "Foreign ministers of Chile and Bolivia met in Lima on 12 October 2025.")


def _review_default(window, qtbot, monkeypatch, text: str):
    from timeline_app.extract import extract_events
    from timeline_app.ui import prompts
    from timeline_app.ui.import_article import ReviewDialog

    monkeypatch.setattr(prompts, "read_article_events",
                        lambda _p, _a=None, **_k: extract_events(text))
    seen = {}

    def review(_parent, result, can_add, existing=(), prefer_new=False):
        dialog = ReviewDialog(result, can_add, None, existing, prefer_new)
        qtbot.addWidget(dialog)
        seen["dialog"] = dialog
        return None

    monkeypatch.setattr(prompts, "review_candidates", review)
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_action.trigger()
    return seen["dialog"]


def _try_the_editor(window) -> None:
    """What verify24 did first: an event of their own added to the sample."""
    window.document.add_event(Event("tried", "Foreign ministers meet in Oslo",
                                    FuzzyDate.of_year(2024)))


def test_u2_an_unrelated_article_over_the_edited_sample_starts_a_new_timeline(
        window, qtbot, monkeypatch):
    _try_the_editor(window)
    dialog = _review_default(window, qtbot, monkeypatch, ANDEAN)
    assert dialog.new_radio.isChecked() and dialog.add_radio.isEnabled()
    dialog.resize(1200, 560)
    _grab(dialog, "u2-review-new-timeline.png")


def test_u2_a_timeline_of_ones_own_is_added_to(window, qtbot, monkeypatch, recorded_prompts,
                                               tmp_path):
    _try_the_editor(window)
    recorded_prompts.save_path = str(tmp_path / "mine.json")
    assert window.save_as()
    assert window.document.path
    # (verify63 F9, session 51: an article with nothing in common with it — Chile and
    # Bolivia in a Korea-Japan timeline — starts a new one; one of its story is added)
    dialog = _review_default(window, qtbot, monkeypatch, ANDEAN)
    assert dialog.new_radio.isChecked()
    window.document.add_event(Event("lima", "Chile and Peru meet", FuzzyDate.of_year(2024),
                                    participants=("Chile", "Peru")))
    dialog = _review_default(window, qtbot, monkeypatch, ANDEAN)
    assert dialog.add_radio.isChecked()


def test_u2_a_new_timeline_of_ones_own_is_added_to(window, qtbot, monkeypatch,
                                                   recorded_prompts):
    assert window.new_timeline()  # the untouched sample: nothing to save
    # (an event of the article's story: one that shares nothing starts a new timeline,
    # verify63 F9; "Untitled timeline" names no party)
    window.document.add_event(Event("own", "Talks in Lima", FuzzyDate.of_year(2024),
                                    participants=("Bolivia",)))
    dialog = _review_default(window, qtbot, monkeypatch, ANDEAN)
    assert dialog.add_radio.isChecked()


# --- U3: a summary that is its source sentence is written once -----------------------------

def test_u3_an_extracted_event_exported_to_csv_and_reopened_shows_its_sentence_once(
        window, recorded_prompts, tmp_path):
    from timeline_app.core import Evidence

    sentence = ("Chile and Bolivia agreed on Monday to restore full diplomatic relations "
                "at ambassador level for the first time since 1978.")
    event = Event("u3", "Chile and Bolivia agree to restore relations",
                  FuzzyDate.of_ymd(2025, 10, 13), summary=sentence,
                  evidence=(Evidence(sentence, 0, len(sentence)),))
    window.document.add_event(event)
    recorded_prompts.export_path = str(tmp_path / "cb.csv")
    assert window.export_as("CSV")
    rows = (tmp_path / "cb.csv").read_text("utf-8").splitlines()
    assert sum(line.count("ambassador level for the first time") for line in rows) == 1
    assert window.open_path(str(tmp_path / "cb.csv"))
    back = next(e for e in window.document.timeline if e.title == event.title)
    # The summary comes back (verify40, F8), Details still quotes the sentence once.
    assert back.summary == sentence and back.evidence[0].sentence == sentence
    window.selection.select(back.id)
    assert window.detail_pane.plain_text().count("ambassador level for the first") == 1
    _grab(window.detail_pane, "u3-detail-after-csv.png")


# --- U5: a "+1" whose row has room shows its event ------------------------------------------

def _crowded_week_and_one_later(rows: int):
    """``rows + 1`` meetings a day apart (too close for two titles to share a row at Fit
    All) and one more a year later: packing fills ``rows`` rows and one event is left
    over, more events than ``rows + 1`` in all."""
    from timeline_app.core import Timeline

    events = [Event(f"m{i}", f"Round {i} of the nuclear talks in Vienna or Geneva",
                    FuzzyDate.of_ymd(2024, 4, 1 + i), category="meeting")
              for i in range(rows + 1)]
    events.append(Event("later", "Talks resume", FuzzyDate.of_ymd(2025, 4, 1),
                        category="meeting"))
    events.append(Event("other", "A treaty", FuzzyDate.of_ymd(2024, 10, 1),
                        category="treaty"))
    return Timeline.from_events(events)


def test_u5_a_plus_one_badge_with_room_in_its_row_is_its_event(shown_view):
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui.timeline_view import MAX_ROWS

    view = shown_view(_crowded_week_and_one_later(MAX_ROWS), size=(900, 300))
    QApplication.processEvents()
    meeting = next(lane for lane in view._layout().lanes if lane.category == "meeting")
    shown = {item.event_id for item in meeting.items}
    assert shown == {f"m{i}" for i in range(MAX_ROWS + 1)} | {"later"}
    assert not meeting.badges
    _grab(view, "u5-badge-row-used.png")


def test_u5_badges_of_events_that_would_overlap_stay_badges():
    from timeline_app.ui.layout import LaneItem, pack_lane

    items = [LaneItem(f"e{i}", 100.0 + i, 100.0 + i, 200.0) for i in range(4)]
    packing = pack_lane(items, 2, 0.0, 900.0, badge_row=True)
    assert packing.clusters and packing.rows_used == 2  # two left over, at one place
    one_over = pack_lane(items[:3], 2, 0.0, 900.0, badge_row=True)
    assert not one_over.clusters and one_over.rows_used == 3
    assert pack_lane(items[:3], 2, 0.0, 900.0).clusters  # without the badge row: as before


# --- U6: the review's columns stay put while cells are corrected --------------------------

def test_u6_correcting_cells_moves_no_column(qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_ux15_review_columns import _review
    from timeline_app.ui.import_article import ReviewDialog

    dialog = _review(qtbot, monkeypatch, (1600, 1000))
    # The layout settled, as the event loop settles it before a person types: a note
    # under the table appearing (session 56: a retyped title's lane) relaid the unsettled
    # dialog, the table grew by the intro's first reserve and its columns were fitted again.
    QApplication.processEvents()
    table = dialog.table
    columns = range(len(ReviewDialog.COLUMNS))

    def widths():
        return [table.columnWidth(c) for c in columns]

    before = widths()
    _grab(dialog, "u6-review-before.png")
    dialog.set_cell(2, "Place", "Lima")  # the trial's correction: a blank place typed
    assert table.item(2, ReviewDialog.CONFIDENCE).text() == "checked by you"
    assert widths() == before
    dialog.set_cell(1, "Date", "4 November 2025")
    dialog.set_cell(0, "Title", "Talks in Doha")
    assert widths() == before
    _grab(dialog, "u6-review-after-edits.png")
    # A typed text that the column would cut still widens it (ui13b's range typed).
    dialog.set_cell(1, "Date", "c. 15 September 2025 to c. 20 September 2025")
    assert table.columnWidth(ReviewDialog.DATE) >= table.sizeHintForColumn(ReviewDialog.DATE)
