"""A paste of several articles is said before it is read (verify46 F12).

153 pasted wires were read as one article, every relative date dated against the first
dateline, without a word.  Extract Events now asks first; Back to Editing selects the
second article and those after it, Read as One Article reads the whole (asked once).
"""

from __future__ import annotations

from timeline_app.ui.import_article import ArticleDialog

_BODY = ("Serbia and Kosovo on Friday agreed a step-by-step roadmap for setting up an "
         "association of Serb-majority municipalities in Kosovo, the European Union said, "
         "after nine hours of talks that diplomats described as the most productive in "
         "years. The two leaders are due to return to Brussels in January to review the "
         "text, and a working group will meet next month.\n")
FIRST = f"Serbia, Kosovo agree roadmap\n\nBRUSSELS, Nov 27, 2026 (AFP) - {_BODY}\n"
SECOND = f"Kosovo suspends closures\n\nPRISTINA, Nov 28, 2013 (AFP) - {_BODY}\n"


def test_back_to_editing_selects_the_later_articles(qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(FIRST + SECOND, "wires.txt")
    recorded_prompts.read_as_one = False
    assert not dialog.extract()
    ((count, second, date_words, _long),) = recorded_prompts.several_articles
    assert count == 2 and second == "Kosovo suspends closures"
    assert date_words == "27 November 2026"
    selected = dialog.text_edit.textCursor().selectedText()  # (Qt's U+2029 line ends)
    assert selected.lstrip("\u2029").startswith("Kosovo suspends")
    assert dialog.text_edit.toPlainText().replace(selected.replace("\u2029", "\n"), "") \
        == FIRST.rstrip("\n") + "\n"  # cut, the first article is left whole
    assert not dialog.is_extracting()
    assert "2 articles" in dialog.error_label.text()


def test_read_as_one_reads_it_and_is_asked_once(qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(FIRST + SECOND, "wires.txt")
    with qtbot.waitSignal(dialog.extraction_ended, timeout=20000):
        assert dialog.extract()
    with qtbot.waitSignal(dialog.extraction_ended, timeout=20000):
        assert dialog.extract()
    assert len(recorded_prompts.several_articles) == 1


def test_one_article_is_not_asked_about(qtbot, recorded_prompts):  # type: ignore[no-untyped-def]
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(FIRST, "wire.txt")
    with qtbot.waitSignal(dialog.extraction_ended, timeout=20000):
        assert dialog.extract()
    assert recorded_prompts.several_articles == []


def test_the_question_box_is_plain_text_and_defaults_to_editing(qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from timeline_app.ui.prompts import several_articles_box

    box = several_articles_box(None, 153, "<b>Kosovo</b> suspends", "27 November 2026")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "153 articles" in box.text() and "<b>Kosovo</b>" in box.text()
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
