"""verify85 F11 and verify84 F5 (session 63, branch fix90): typing in the event editor's
Date field moves no field.  The Date read-back grew from one line to two while a name was
typed into Date ("“…” is not a month or a date word. Try 22 March 2025, …"), End,
Participants and every field below went down, and a click meant for Participants typed
the names into Date; fix87 kept one line only on short screens.  At 1280×800 the refused
date's message under the form grew too, the fields were squeezed into their scroll area
and the form scrolled, the Title under the window's edge.  Now the read-back and the
message keep the room reserved when the editor opens, on any screen, in Edit Event and
New Event alike."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.event_editor import EventEditor

#: what the trial typed into Date, meant for Participants (names of our own)
NAMES = "Tobias Renholm, Kestria, Norland, Ostavia"


def _where(dialog: EventEditor, widget: QWidget) -> QPoint:
    QApplication.processEvents()
    return widget.mapTo(dialog, QPoint(0, 0))


def _editor(qtbot, edit: bool) -> EventEditor:  # type: ignore[no-untyped-def]
    timeline = Timeline(title="t")
    event = None
    if edit:
        event = Event("v1", "Amara Duvall visits Kestria (scheduled)",
                      FuzzyDate.of_month(2025, 3), category="visit")
        timeline.add(event)
    dialog = EventEditor(timeline, event, offer_merge=not edit)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("edit", [True, False], ids=["edit event", "new event"])
@pytest.mark.parametrize("short", [False, True], ids=["tall screen", "short screen"])
def test_typing_a_refused_date_then_a_good_one_moves_no_field(qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                              edit: bool, short: bool) -> None:
    if short:  # (fix87's short screen: the read-back keeps one line there)
        monkeypatch.setattr(EventEditor, "_READ_BACK_ROOM", 100_000)
    dialog = _editor(qtbot, edit)
    # (and OK: the refusal's examples are said once, beside the field, where it has room)
    watched = (dialog.title_edit, dialog.end_edit, dialog.circa_check,
               dialog.participants_edit, dialog.location_edit, dialog.remove_quote_button,
               *(() if short else (dialog.ok_button,)))
    before = [_where(dialog, w) for w in watched]
    from PySide6.QtWidgets import QScrollArea

    fields = dialog.findChild(QScrollArea, "eventEditorFields")
    assert fields is not None
    room = fields.viewport().height()
    dialog.date_edit.setFocus()
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, NAMES)
    dialog.settle()  # (typing paused: the refusal is said)
    assert "not a month or a date word" in dialog.date_words.text()
    assert "Cannot read" in dialog.error_label.text()
    assert [_where(dialog, w) for w in watched] == before
    assert fields.viewport().height() == room
    if short:  # cut with "…", whole in its tooltip
        assert dialog.date_words.reserved_lines() == 1
        assert dialog.date_words.is_cut()
        assert "Try 22 March 2025" in dialog.date_words.toolTip()
    else:  # the refusal and its suggestions read whole beside the field
        assert not dialog.date_words.is_cut()
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, "late March 2025")
    dialog.settle()
    assert "days 21–31" in dialog.date_words.text()
    assert [_where(dialog, w) for w in watched] == before


def test_a_long_end_read_back_is_cut_not_grown(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _editor(qtbot, edit=True)
    below = _where(dialog, dialog.circa_check)
    dialog.end_words.setText("was 14 September 2025: cleared, it is before the new date, "
                             "which the range typed in Date now gives as its own end, "
                             "and the old end is no longer kept anywhere in the form")
    assert _where(dialog, dialog.circa_check) == below
    assert dialog.end_words.is_cut()


def test_the_editor_opens_at_the_top_with_the_title_to_type_in(qtbot) -> None:  # type: ignore[no-untyped-def]
    # verify84 F5: the second New Event at 1280×800 opened scrolled, the Title hidden.
    # (The offscreen screen is 800 px tall, as the trial's.)
    from PySide6.QtWidgets import QScrollArea

    for _ in range(2):
        dialog = _editor(qtbot, edit=False)
        fields = dialog.findChild(QScrollArea, "eventEditorFields")
        assert fields is not None
        bar = fields.verticalScrollBar()
        assert bar.value() == 0 and bar.maximum() == 0  # room for every field
        assert dialog.focusWidget() is dialog.title_edit
        qtbot.keyClicks(dialog.title_edit, "Both sides file papers")
        dialog.date_edit.setFocus()
        qtbot.keyClicks(dialog.date_edit, "Commission on the Limits of the Shelf")
        dialog.settle()
        assert bar.value() == 0 and bar.maximum() == 0  # nothing squeezed into scrolling
        dialog.reject()



def test_a_slash_date_read_two_ways_moves_no_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    # The order chooser showed under the read-back: typing "3/4/2016" moved End and every
    # field below down by its height.  It now takes the read-back's place.
    dialog = _editor(qtbot, edit=False)
    watched = (dialog.end_edit, dialog.circa_check, dialog.participants_edit)
    before = [_where(dialog, w) for w in watched]
    dialog.date_edit.setFocus()
    qtbot.keyClicks(dialog.date_edit, "3/4/2016")
    dialog.settle()
    assert dialog.order_box.isVisible() and not dialog.date_words.isVisible()
    assert [_where(dialog, w) for w in watched] == before
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, "April 2016")
    dialog.settle()
    assert not dialog.order_box.isVisible() and dialog.date_words.isVisible()
    assert "April 2016" in dialog.date_words.text()
    assert [_where(dialog, w) for w in watched] == before
