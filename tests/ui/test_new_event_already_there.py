"""A new event typed by hand that repeats one already in the timeline is said so (verify47
F20: a "New event from the article" went in beside the event it repeats without a word)."""

from __future__ import annotations

import dataclasses
import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate


def _type_and_accept(qtbot, title: str, date: str):  # type: ignore[no-untyped-def]
    def script(dialog):  # type: ignore[no-untyped-def]
        dialog.title_edit.clear()
        qtbot.keyClicks(dialog.title_edit, title)
        dialog.date_edit.clear()
        qtbot.keyClicks(dialog.date_edit, date)
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    return script


def test_a_new_event_that_repeats_one_is_said_on_the_status_line(window, qtbot, recorded_prompts):
    recorded_prompts.edit_script = _type_and_accept(
        qtbot, "Cho Tae-yul and Takeshi Iwaya meet in Munich", "February 2025")
    before = len(window.document.timeline.events)
    assert window.new_event()
    assert len(window.document.timeline.events) == before + 1  # added all the same
    message = window.statusBar().currentMessage()
    assert "repeats “Cho and Iwaya meet in Munich”" in message
    assert "select both, Ctrl+M merges them" in message


def test_a_new_event_from_the_article_that_repeats_one_is_said(window, qtbot, recorded_prompts):
    recorded_prompts.edit_script = _type_and_accept(
        qtbot, "Cho and Iwaya hold talks in Tokyo", "22 March 2025")
    draft = Event("draft1", "", FuzzyDate.of_day(_dt.date(2025, 3, 22)))
    assert window.new_event_from_article(draft)
    assert "already in the timeline" in window.statusBar().currentMessage()


def test_a_new_event_like_none_says_nothing_of_the_kind(window, qtbot, recorded_prompts):
    recorded_prompts.edit_script = _type_and_accept(
        qtbot, "Lee Jae-myung visits Canberra", "9 October 2026")
    assert window.new_event()
    assert "already in the timeline" not in window.statusBar().currentMessage()


def test_the_repeat_line_goes_with_the_next_change(window, qtbot, recorded_prompts):
    """verify48 F9: the line stayed up after later, unrelated adds, as if about them."""
    recorded_prompts.edit_script = _type_and_accept(
        qtbot, "Cho Tae-yul and Takeshi Iwaya meet in Munich", "February 2025")
    assert window.new_event()
    assert "already in the timeline" in window.statusBar().currentMessage()
    recorded_prompts.edit_script = _type_and_accept(
        qtbot, "Lee Jae-myung visits Canberra", "9 October 2026")
    assert window.new_event()
    assert "already in the timeline" not in window.statusBar().currentMessage()


def test_a_new_event_does_not_start_in_the_selected_era_s_lane(window, qtbot,
                                                               recorded_prompts):
    """verify48 F12: with an era selected, New Event… started in its lane, so a one-day
    event typed without looking at Category became an era band."""
    recorded_prompts.edit_script = _type_and_accept(qtbot, "Talks period", "2024")
    assert window.new_event(category="Phases")
    era = next(e for e in window.document.timeline.events if e.title == "Talks period")
    assert window.document.set_era_lane("Phases", True)
    window.selection.select(era.id)
    assert window._category_for_new() not in ("Phases", "")
    recorded_prompts.edit_script = _type_and_accept(qtbot, "A later period", "2025")
    assert window.new_event(category="Phases")  # asked for: still in that lane
    later = next(e for e in window.document.timeline.events if e.title == "A later period")
    assert later.category == "Phases"
    assert "already in the timeline" not in window.statusBar().currentMessage()


def _type(qtbot, dialog, title: str, date: str) -> None:  # type: ignore[no-untyped-def]
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, title)
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, date)
    dialog.settle()


def test_the_editor_says_the_repeat_before_ok_and_nothing_moves(window, qtbot,
                                                                recorded_prompts):
    """verify48 F8: the repeat was said only after OK, in the status line.  The editor
    says it as the fields change, OK stays where it was, and a title like none clears it."""
    seen = []

    def script(dialog):  # type: ignore[no-untyped-def]
        qtbot.waitExposed(dialog)
        ok_at = dialog.ok_button.mapTo(dialog, dialog.ok_button.rect().topLeft())
        assert dialog.check_repeat() is None and dialog.repeat_label.text() == ""
        assert dialog.merge_button.isHidden()
        _type(qtbot, dialog, "Cho Tae-yul and Takeshi Iwaya meet in Munich", "February 2025")
        qtbot.waitUntil(lambda: dialog.repeat_label.text() != "", timeout=3000)  # REPEAT_MS
        seen.append(dialog.repeat_label.text())
        assert not dialog.merge_button.isHidden()
        assert dialog.ok_button.mapTo(dialog, dialog.ok_button.rect().topLeft()) == ok_at
        _type(qtbot, dialog, "Lee Jae-myung visits Canberra", "9 October 2026")
        assert dialog.check_repeat() is None and dialog.repeat_label.text() == ""
        assert dialog.merge_button.isHidden()
        assert dialog.ok_button.mapTo(dialog, dialog.ok_button.rect().topLeft()) == ok_at
        dialog.reject()

    recorded_prompts.edit_script = script
    assert not window.new_event()
    (said,) = seen
    assert "Likely repeats “Cho and Iwaya meet in Munich”" in said
    assert "already in the timeline" in said


def test_merge_into_it_makes_one_event_in_one_undo_step(window, qtbot, recorded_prompts):
    def script(dialog):  # type: ignore[no-untyped-def]
        _type(qtbot, dialog, "Cho Tae-yul and Takeshi Iwaya meet in Munich", "15 February 2025")
        assert dialog.check_repeat() is not None
        dialog.activateWindow()  # for its mnemonics (the offscreen platform activates none)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_M,
                       Qt.KeyboardModifier.AltModifier)  # Alt+M: Merge Into It
        qtbot.waitUntil(lambda: dialog.merge_target() != "")  # a mnemonic clicks after a flash

    recorded_prompts.edit_script = script
    timeline = window.document.timeline
    before = {e.id: e for e in timeline.events}
    munich = next(e for e in before.values() if e.title == "Cho and Iwaya meet in Munich")
    assert window.new_event()
    assert {e.id for e in timeline.events} == set(before)  # nothing added
    assert timeline.get(munich.id).date == FuzzyDate.of_ymd(2025, 2, 15)  # the finer date
    assert timeline.get(munich.id).title == munich.title
    assert window.selection.event_id == munich.id
    assert "Merged into “Cho and Iwaya meet in Munich”" in window.statusBar().currentMessage()
    window.document.undo_stack.undo()
    assert timeline.get(munich.id) == munich


def test_an_era_lanes_period_is_no_repeat_in_the_editor(window, qtbot, recorded_prompts):
    """fix85's rule, in the editor too: a period of an era lane repeats no happening."""
    window.document.set_era_lane("phases", True)  # (a category typed is kept lower case)

    def script(dialog):  # type: ignore[no-untyped-def]
        _type(qtbot, dialog, "Cho Tae-yul and Takeshi Iwaya meet in Munich", "February 2025")
        assert dialog.check_repeat() is not None
        dialog.category_combo.setCurrentText("Phases")
        assert dialog.check_repeat() is None
        dialog.reject()

    recorded_prompts.edit_script = script
    window.new_event()


def test_the_status_line_after_ok_fits_beside_the_count_at_1600_px(window, qtbot,
                                                                   recorded_prompts):
    """verify48 F8: "… select both, Ctrl+M m…" was cut by the right-hand count."""
    window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)
    long_title = ("Cho and Iwaya meet in Munich at the security conference, their first "
                  "talks since the spat over the Sado mines memorial service of last year")
    munich = next(e for e in window.document.timeline.events
                  if e.title == "Cho and Iwaya meet in Munich")
    window.document.update_event(dataclasses.replace(munich, title=long_title))
    recorded_prompts.edit_script = _type_and_accept(qtbot, long_title, "February 2025")
    assert window.new_event()
    message = window.statusBar().currentMessage()
    assert message.endswith("select both, Ctrl+M merges them.") and "…" in message
    bar = window.statusBar()
    assert bar.fontMetrics().horizontalAdvance(message) + 40 <= bar.width() - bar.width() // 3


def test_edit_duplicate_s_copy_is_not_called_a_repeat(window, qtbot, recorded_prompts):
    """Edit → Duplicate makes a copy on purpose: its editor offers no Merge Into It."""
    seen = []

    def script(dialog):  # type: ignore[no-untyped-def]
        seen.append(dialog.check_repeat())
        assert dialog.merge_button.parent() is None or dialog.merge_button.isHidden()
        dialog.reject()

    recorded_prompts.edit_script = script
    window.selection.select("munich-meeting")
    window.duplicate_selected()
    assert seen == [None]


def test_a_new_event_from_the_article_can_be_merged_into_its_repeat(window, qtbot,
                                                                     recorded_prompts):
    def script(dialog):  # type: ignore[no-untyped-def]
        dialog.title_edit.setText("Cho and Iwaya hold bilateral talks in Tokyo")
        assert dialog.check_repeat() is not None
        assert dialog.merge_into_repeat()

    recorded_prompts.edit_script = script
    before = len(window.document.timeline.events)
    draft = Event("draft1", "", FuzzyDate.of_day(_dt.date(2025, 3, 22)))
    assert window.new_event_from_article(draft)
    assert len(window.document.timeline.events) == before
    assert window.statusBar().currentMessage().startswith("Merged into “")


def test_the_repeat_line_shortens_the_title_not_its_end(window, qtbot, recorded_prompts):
    """verify57 F23: at 150 % the line read "… Merge Into It adds this to it (OK: a
    secon…", cut at its second line; the title it names is shortened instead (a word at a
    time), the whole line in the tooltip."""
    from PySide6.QtWidgets import QLabel

    seen = []

    def script(dialog):  # type: ignore[no-untyped-def]
        qtbot.waitExposed(dialog)
        dialog.resize(520, dialog.height())
        QApplication.processEvents()
        _type(qtbot, dialog, "Trilateral meeting with China's Wang Yi in Tokyo",
              "22 March 2025")
        assert dialog.check_repeat() is not None
        shown = QLabel.text(dialog.repeat_label)  # (what is drawn)
        seen.append((shown, dialog.repeat_label.toolTip()))
        dialog.reject()

    recorded_prompts.edit_script = script
    assert not window.new_event()
    ((shown, tip),) = seen
    assert " ".join(shown.split()).endswith("(OK: a second event).")
    assert "“Trilateral meeting with" in shown and "…”" in shown  # (the title shortened)
    assert "Wang Yi in Tokyo” (22 March 2025)" in tip


def test_merge_into_it_keeps_a_plans_title_and_takes_the_day_typed(window, qtbot,
                                                                   recorded_prompts):
    """verify70 F5: "December 9" chosen in the Article pane, typed "Border commission meets
    in Yerevan" and merged (Alt+M) into "Border commission meets in Yerevan (scheduled)"
    (December 2025, a month set by hand) renamed it to the title typed, dropping
    "(scheduled)", and left the month.  The README: "its title kept, a finer date … added"
    — the title typed is the form's label, no later telling of the meeting held."""
    planned = Event("planned1", "Border commission meets in Yerevan (scheduled)",
                    FuzzyDate.of_month(2025, 12), category="Meeting",
                    date_basis="typed by hand (was 9 December 2025)")
    window.document.add_event(planned)
    seen = []

    def script(dialog):  # type: ignore[no-untyped-def]
        dialog.title_edit.setText("Border commission meets in Yerevan")
        assert dialog.check_repeat() is not None
        seen.append(dialog.merge_button.toolTip())
        assert dialog.merge_into_repeat()

    recorded_prompts.edit_script = script
    draft = Event("draft1", "", FuzzyDate.of_day(_dt.date(2025, 12, 9)))
    assert window.new_event_from_article(draft)
    merged = window.document.timeline.get("planned1")
    assert merged.title == "Border commission meets in Yerevan (scheduled)"
    assert merged.date == FuzzyDate.of_day(_dt.date(2025, 12, 9))
    (tip,) = seen
    assert "title:" not in tip and "date: December 2025 → 9 December 2025" in tip
