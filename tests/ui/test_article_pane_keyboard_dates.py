"""verify49 F17 (session 40, edit38): in the Article pane a date that dates no event could
only be clicked.  (a) Tab into the pane showed no focus: now the first date in view is
chosen at once, ← → go from date to date and Return starts "New event from the article"
as a click does; (b) the new event's title starts from a list entry's words ("4 April
2024: Somalia expels Ethiopia's ambassador"); (c) the tooltip is a reader's words, not
"DATE 2024-04-04"; (d) a Turkish dateline "ANKARA, 16 Kasım 2026" is marked whole (read
so since 64fd1e5f, verify49 F5; kept by a test here).  (a)-(c) fail on main
``9976eeee``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from tests.ui.article_pane_shown import article_pane_of
from timeline_app.core import Event, Evidence, FuzzyDate, Source, Timeline

TEXT = ("Fidan: talks in Ankara reach the final stage\n\n"
        "ANKARA, 16 Kasım 2026 (AA) - Turkish Foreign Minister Hakan Fidan said on Monday "
        "that the technical negotiations had entered their final stage.\n\n"
        "Key dates\n\n"
        "1 January 2024: Ethiopia and Somaliland sign memorandum of understanding\n\n"
        "4 April 2024: Somalia expels Ethiopia's ambassador\n")


def _window(qtbot, text=TEXT):  # type: ignore[no-untyped-def]
    start = text.index("Turkish")
    end = text.index("stage.", start) + len("stage.")
    monday = text.index("Monday")
    timeline = Timeline.from_events(
        [Event("fidan", "Fidan: talks reach final stage", FuzzyDate.of_ymd(2026, 11, 16),
               category="statement", source_id="a",
               evidence=(Evidence(text[start:end], start, end, monday, monday + 6),))],
        sources={"a": Source("a", title="Fidan: talks in Ankara reach the final stage",
                             text=text, dateline_date=dt.date(2026, 11, 16))})
    window, pane = article_pane_of(qtbot, timeline, "fidan")
    QApplication.processEvents()
    return window, pane


def _tip(pane, words: str) -> str:  # type: ignore[no-untyped-def]
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.toPlainText().index(words) + 1)
    tip = cursor.charFormat().toolTip()  # (a tooltip of plain text: <qt>, escaped)
    return tip.removeprefix("<qt>").removesuffix("</qt>").replace("&amp;", "&")


def test_tab_return_starts_a_new_event_from_a_list_entry(  # type: ignore[no-untyped-def]
        qtbot, recorded_prompts):
    window, pane = _window(qtbot)
    window.activateWindow()
    qtbot.waitActive(window)
    window.event_list.setFocus(Qt.FocusReason.OtherFocusReason)
    for _ in range(12):  # Tab through the window to the pane
        if pane.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert pane.hasFocus()
    assert pane.textCursor().selectedText() == "16 Kasım 2026"  # a date shows the focus
    for _ in range(3):
        qtbot.keyClick(pane, Qt.Key.Key_Right)
    assert pane.textCursor().selectedText() == "4 April 2024"
    seen = []

    def add_it(editor):  # type: ignore[no-untyped-def]
        seen.append((editor.windowTitle(), editor.title_edit.text()))
        editor.accept()

    recorded_prompts.edit_script = add_it
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert seen == [("New event from the article",
                     "Somalia expels Ethiopia's ambassador")]
    (added,) = [e for e in window.document.timeline if e.id != "fidan"]
    assert added.title == "Somalia expels Ethiopia's ambassador"
    assert added.date == FuzzyDate.of_ymd(2024, 4, 4)


def test_a_dates_tooltip_says_what_it_dates_in_words(qtbot):  # type: ignore[no-untyped-def]
    _window_, pane = _window(qtbot)
    assert _tip(pane, "4 April 2024") == (
        "4 April 2024 — dates no event yet; click or press Return to add one")
    assert _tip(pane, "Monday") == (
        "16 November 2026 — dates “Fidan: talks reach final stage”; click or press Return "
        "to select it")
    # (d) the Turkish dateline marked whole
    assert any(t.text == "16 Kasım 2026" for t in pane.timexes())
    assert _tip(pane, "Kasım").startswith("16 November 2026 — ")


def test_a_list_entrys_words_are_the_title_and_a_sentences_are_not() -> None:
    from timeline_app.ui.article_pane import entry_title

    def title(text: str, date: str) -> str:
        start = text.index(date)
        return entry_title(text, start, start + len(date))

    assert title(TEXT, "4 April 2024") == "Somalia expels Ethiopia's ambassador"
    assert title("• 4 April 2024 – Somalia expels\n", "4 April 2024") == "Somalia expels"
    assert title(TEXT, "16 Kasım 2026") == ""  # a dateline: "(AA) - …" is no entry's title
    assert title("On 4 April 2024: Somalia expels", "4 April 2024") == ""
    assert title("4 April 2024 Somalia expels its ambassador", "4 April 2024") == ""



def test_the_keyboard_s_date_shows_its_tooltip_and_a_length_says_why_return_does_nothing(
        qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    """verify52 F12: Return on a length of time ("seven weeks") in the Article pane did
    nothing and said nothing; a mouse's hover shows why, a keyboard user saw no tooltip
    for any date.  Each date the arrows reach shows its tooltip; Return on a length of
    time shows its "not a date" again and starts no event."""
    from PySide6.QtWidgets import QToolTip

    window, pane = _window(qtbot, TEXT.replace("had entered", "after seven weeks had entered"))
    pane.setFocus(Qt.FocusReason.OtherFocusReason)
    QToolTip.hideText()
    assert pane.step_link(+1)
    assert pane.textCursor().selectedText() == "16 Kasım 2026"
    assert "16 November 2026" in _tip(pane, "16 Kasım")
    assert QToolTip.text() == pane.textCursor().charFormat().toolTip() != ""
    while pane.textCursor().selectedText() != "seven weeks":
        assert pane.step_link(+1)
    QToolTip.hideText()
    seen: list[str] = []
    recorded_prompts.edit_script = lambda editor: seen.append(editor.windowTitle())
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert seen == [] and len(window.document.timeline) == 1
    assert "not a date" in QToolTip.text()
