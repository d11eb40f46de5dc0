"""verify71 F11 (session 54): typing "Sarstoon" in Find said "1 match" and bolded the
list's row, but the timeline stayed on 1981, the match off screen until Return.  As the
find bars of browsers and editors do, a pause in typing brings the first match into view
when none is in it, without selecting it or taking the focus from the field; Return then
selects it and goes on to the next."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from timeline_app.ui import find


def _in_view(window, event_id: str) -> bool:  # type: ignore[no-untyped-def]
    first, last = window.view.visible_days()
    start, end = window.document.timeline.get(event_id).day_range()
    return end > first and start <= last


def _open_on_1965(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.view.prompt = lambda *_args: "1965"
    assert window.view.ask_go_to_date()
    window.selection.select("normalization-1965")
    window.open_find()
    qtbot.waitUntil(lambda: window.find_bar.field.hasFocus(), timeout=3000)


def test_a_pause_in_typing_brings_the_first_match_into_view(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _open_on_1965(window, qtbot)
    assert not _in_view(window, "munich-meeting")
    qtbot.keyClicks(window.find_bar.field, "Munich")
    assert window.find_bar.count_label.text() == "1 match"
    qtbot.waitUntil(lambda: _in_view(window, "munich-meeting"), timeout=3000)
    # Not selected, the focus still in the field: typing goes on there.
    assert window.selection.event_id == "normalization-1965"
    assert window.find_bar.field.hasFocus()
    first, last = window.view.visible_days()
    assert last - first < 3 * 366  # (not zoomed out to all)
    # Return selects the match shown.
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.selection.event_id == "munich-meeting"
    assert _in_view(window, "munich-meeting")


def test_the_view_stays_while_a_match_is_in_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _open_on_1965(window, qtbot)
    before = window.view.visible_days()
    qtbot.keyClicks(window.find_bar.field, "normalize")
    qtbot.wait(find.PREVIEW_MS + 300)
    assert window.view.visible_days() == before
    # Return: the match in view first, then the next one (the 60th anniversary).
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.selection.event_id == "normalization-1965"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.selection.event_id == "normalization-60th-anniversary"


def test_no_preview_before_the_pause_nor_after_return(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The view does not jump at each letter; Return before the pause steps as before and
    no preview comes after it."""
    _open_on_1965(window, qtbot)
    before = window.view.visible_days()
    qtbot.keyClicks(window.find_bar.field, "Wang Yi")
    assert window.view.visible_days() == before  # (no pause yet)
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.selection.event_id == "trilateral-tokyo"
    after = window.view.visible_days()
    qtbot.wait(find.PREVIEW_MS + 300)
    assert window.view.visible_days() == after
    assert dt.date(2025, 3, 22).toordinal() <= after[1]
