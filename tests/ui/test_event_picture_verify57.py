"""An event's picture for its TimelineJS slide: set in the editor, said in Details
(verify57 F27: the editor had no Media field; a picture typed into the summary was
exported as text)."""

from __future__ import annotations

import dataclasses
import json

from PySide6.QtCore import Qt

from timeline_app.core.picture import Picture, with_picture
from timeline_app.ui.event_editor import EventEditor

URL = "https://upload.wikimedia.org/wikipedia/commons/0/0b/Ancon.jpg"


def _type(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_a_picture_is_typed_in_the_editor_exported_and_undone(window, qtbot,  # type: ignore[no-untyped-def]
                                                              recorded_prompts):
    from timeline_app.io.timelinejs import dumps_timelinejs

    event = next(e for e in window.document.timeline if e.summary and "Media" not in e.summary)
    before = window.document.timeline.get(event.id)
    window.view.select_event(event.id)

    def script(dialog):  # type: ignore[no-untyped-def]
        assert dialog.summary_edit.toPlainText() == event.summary
        assert dialog.picture_edit.text() == ""
        # (Alt+R, Alt+N, Alt+B and the Tab chain: test_editor_tab_chain.py)
        qtbot.keyClicks(dialog.picture_edit, "C:/pictures/canal.jpg")
        assert not dialog.ok_button.isEnabled()
        assert "web address" in dialog.error_label.text()
        _type(qtbot, dialog.picture_edit, URL)
        assert dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.caption_edit, "The <b>Ancon</b>")
        qtbot.keyClicks(dialog.credit_edit, "Wikimedia Commons")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    recorded_prompts.edit_script = script
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    edited = window.document.timeline.get(event.id)
    assert edited.summary == with_picture(event.summary,
                                          Picture(URL, "The <b>Ancon</b>", "Wikimedia Commons"))
    slide = next(s for s in json.loads(dumps_timelinejs(window.document.timeline))["events"]
                 if s["unique_id"] == event.id)
    # plain text: the caption's "<b>" is written escaped, never as markup
    assert slide["media"] == {"url": URL, "caption": "The &lt;b&gt;Ancon&lt;/b&gt;",
                              "credit": "Wikimedia Commons"}
    shown = window.detail_pane.plain_text()
    assert "Picture (for the TimelineJS slide; a link, never loaded): " + URL in shown
    assert "Caption: The <b>Ancon</b>" in shown and "Media: " not in shown
    assert window.document.undo_stack.count() == 1
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.timeline.get(event.id) == before


def test_the_editor_shows_a_picture_as_its_fields_and_keeps_an_untouched_summary(  # type: ignore[no-untyped-def]
        window, qtbot):
    typed = ("The first transit.\nMedia: " + URL + "\nCaption: The Ancon\nCredit: Wikimedia")
    event = dataclasses.replace(next(iter(window.document.timeline)), summary=typed)
    dialog = EventEditor(window.document.timeline, event)
    qtbot.addWidget(dialog)
    assert dialog.summary_edit.toPlainText() == "The first transit."
    assert (dialog.picture_edit.text(), dialog.caption_edit.text(),
            dialog.credit_edit.text()) == (URL, "The Ancon", "Wikimedia")
    assert not dialog.has_changes()
    assert dialog.edited_event().summary == typed  # not rewritten while untouched
    dialog.credit_edit.clear()
    assert dialog.edited_event().summary == ("The first transit.\n\nMedia: " + URL
                                             + "\nCaption: The Ancon")
    dialog.picture_edit.clear()
    assert not dialog.ok_button.isEnabled()  # a caption without its picture
    dialog.caption_edit.clear()
    assert dialog.edited_event().summary == "The first transit."
    # A form kept at a crash keeps the picture and gives it back to the fields.
    dialog.picture_edit.setText(URL)
    kept = dialog.kept_form("t")
    other = EventEditor(window.document.timeline, event)
    qtbot.addWidget(other)
    other.restore_form(kept)
    assert other.picture_edit.text() == URL and other.summary_edit.toPlainText() == (
        "The first transit.")


def test_a_pictures_address_in_add_quote_is_the_slides_picture(qtbot, window,  # type: ignore[no-untyped-def]
                                                             monkeypatch):
    """verify57 F27's note: a picture's address added with Add quote… as "a link" was a
    source ("Link: https://…jpg"), exported as a paragraph of text, not the slide's
    picture.  The dialog guesses "the slide's picture" for an address ending as an
    image's; OK puts it in the editor's Picture field; a page's address stays a link."""
    import os
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from timeline_app.core.sourced import Reference
    from timeline_app.io.timelinejs import dumps_timelinejs
    from timeline_app.ui import prompts
    from timeline_app.ui.quote_dialog import QuoteDialog

    editor = EventEditor(window.document.timeline)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.title_edit, "Panama Canal opens")
    qtbot.keyClicks(editor.date_edit, "15 August 1914")
    editor.picture_edit.setText("https://example.org/old.png")
    dialog = QuoteDialog([], None, editor, picture=editor.picture_edit.text())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.quote_edit, URL)
    assert dialog.kind_buttons["picture"].isChecked()  # guessed from ".jpg"
    assert dialog.answer() == Picture(URL) and dialog.ok_button.isEnabled()
    assert "event's Picture instead of the one there" in dialog.hint.text()
    shots = Path(os.environ.get("TIMELINE_PNG_DIR", "/nonexistent"))
    if shots.is_dir():
        dialog.grab().save(str(shots / "edit51-quote-picture.png"))
    dialog.quote_edit.setPlainText("https://example.org/canal-history")
    assert dialog.kind_buttons["link"].isChecked()
    assert isinstance(dialog.answer(), Reference)
    dialog.kind_buttons["picture"].click()  # chosen by hand: a page's address as picture
    assert dialog.answer() == Picture("https://example.org/canal-history")
    dialog.quote_edit.setPlainText("the canal, from the air")
    assert dialog.answer() is None and not dialog.ok_button.isEnabled()
    assert "web address" in dialog.hint.text()
    dialog.close()
    QApplication.processEvents()

    monkeypatch.setattr(prompts, "ask_quote", lambda *_a, **_k: Picture(URL))
    assert editor.ask_quote()
    assert editor.picture_edit.text() == URL
    event = editor.edited_event()
    assert event is not None and event.evidence == ()
    window.document.add_event(event)
    slide = next(s for s in json.loads(dumps_timelinejs(window.document.timeline))["events"]
                 if s["unique_id"] == event.id)
    assert slide["media"]["url"] == URL and "Link:" not in slide["text"]["text"]
