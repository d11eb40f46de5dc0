"""verify43 F28: the article of a review the person left comes back selected, so that a
paste replaces it (with its date, place and outlet), and a Discard forgets it."""

from __future__ import annotations

import datetime as dt

from timeline_app.ui import prompts
from timeline_app.ui.import_article import (
    KEPT_ARTICLE_JOINED,
    KEPT_ARTICLE_NOTE,
    ArticleDialog,
    ArticleRequest,
)

AP = ("PRISTINA, Kosovo (AP) — Kosovo and Serbia reopened the bridge on Friday, "
      "officials said.")
POLITIKA = ("BELGRADE, 2 December 2026 (Tanjug) – Serbia's president said on Friday that "
            "talks would resume.")
KEPT = ArticleRequest(AP, dt.date(2026, 11, 24), "Pristina", outlet="AP")


def _kept_dialog(qtbot) -> ArticleDialog:  # type: ignore[no-untyped-def]
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.show_kept(KEPT)
    dialog.show()
    return dialog


def test_a_kept_article_is_shown_selected_with_a_note(qtbot):
    dialog = _kept_dialog(qtbot)
    cursor = dialog.text_edit.textCursor()
    assert cursor.selectedText().replace("\u2029", "\n") == AP
    assert dialog.note_label.text() == KEPT_ARTICLE_NOTE
    assert dialog.error_label.text() == ""  # no problem: not in the red line
    assert dialog.outlet_edit.text() == "AP" and dialog.place_edit.text() == "Pristina"


def test_a_paste_replaces_the_kept_article_and_its_date_place_and_outlet(qtbot):
    dialog = _kept_dialog(qtbot)
    dialog.text_edit.insertPlainText(POLITIKA)  # as Ctrl+V over the selection
    assert dialog.text_edit.toPlainText() == POLITIKA
    assert dialog.place_edit.text() != "Pristina"
    assert dialog.outlet_edit.text() != "AP"
    assert "24 November" not in dialog.date_edit.text()
    assert dialog.note_label.text() != KEPT_ARTICLE_NOTE
    request = dialog.request()
    assert request is not None and request.name == "pasted text"
    assert request.dct != dt.date(2026, 11, 24)


def test_new_text_beside_the_kept_article_says_whose_fields_they_are(qtbot):
    dialog = _kept_dialog(qtbot)
    cursor = dialog.text_edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    dialog.text_edit.setTextCursor(cursor)
    dialog.text_edit.insertPlainText(POLITIKA + "\n")
    assert dialog.error_label.text() == KEPT_ARTICLE_JOINED


def test_discarding_the_shown_article_is_signalled(qtbot, monkeypatch):
    monkeypatch.setattr(prompts, "ask_discard", lambda *_a: True)
    dialog = _kept_dialog(qtbot)
    seen: list[bool] = []
    dialog.discarded.connect(lambda: seen.append(True))
    dialog.text_edit.clear()
    dialog.reject()
    assert seen == [True] and not dialog.isVisible()
    # unchanged, it closes unasked and is not discarded (the window keeps it)
    dialog = _kept_dialog(qtbot)
    dialog.discarded.connect(lambda: seen.append(False))
    dialog.reject()
    assert seen == [True]


def test_the_window_forgets_a_kept_article_once_discarded(window, monkeypatch):
    window._unfinished_article = KEPT
    calls: list[dict[str, object]] = []

    def read(_parent, article, **kwargs):  # type: ignore[no-untyped-def]
        calls.append({"article": article, **kwargs})
        if len(calls) == 1:
            kwargs["discarded"]()  # the person answered Discard
        return None

    monkeypatch.setattr(prompts, "read_article_events", read)
    window.import_article()
    assert calls[0]["article"] is KEPT and calls[0]["kept"] is True
    assert window._unfinished_article is None
    window.import_article()
    assert calls[1]["article"] is None and calls[1]["kept"] is False


def test_a_paste_over_the_kept_article_starts_on_the_automatic_reading_mode(qtbot):
    """verify49 F19: the kept article had been read as Narrative; a news story pasted
    over it was read as a history too (not asked for its date, "on Monday" dated near the
    kept article's last date)."""
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.show_kept(ArticleRequest(AP, dt.date(2026, 11, 24), "Pristina", outlet="AP",
                                    mode="narrative"))
    dialog.show()
    assert dialog.mode() == "narrative"  # (the kept article keeps its own)
    dialog.text_edit.insertPlainText(POLITIKA)  # as Ctrl+V over the selection
    assert dialog.mode() == "auto"


def test_ctrl_enter_in_the_text_box_reads_the_article(qtbot, monkeypatch):
    """verify49 F16: Ctrl+Return did nothing in Import Article, where Return is a new line;
    Ctrl+Enter imports in the review."""
    from PySide6.QtCore import Qt

    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    clicked: list[bool] = []
    dialog.extract_button.clicked.connect(lambda: clicked.append(True))
    monkeypatch.setattr(dialog, "accept", lambda: None)  # (no reading: only the key)
    dialog.set_text(POLITIKA, "pasted text")
    dialog.activateWindow()  # a shortcut of the window acts in the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.text_edit.setFocus()
    assert dialog.extract_button.isEnabled()
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert clicked == [True]
    assert dialog.text_edit.toPlainText() == POLITIKA  # no new line typed
