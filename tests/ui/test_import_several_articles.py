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


# Three wires pasted in one go (verify48's paste): Ankara's "Thursday" is 20 November 2025,
# Seoul's "Friday", third, is 28 November 2025 — but 20 November is a Friday in 2026.
THREE = (
    "ANKARA, Nov 20 (Reuters) - Turkish Foreign Minister Hakan Fidan met Swedish Foreign "
    "Minister Maria Malmer Stenergard in Ankara on Thursday to discuss regional security "
    "and trade. The two ministers signed a memorandum on counter-terrorism cooperation, "
    "officials said. Fidan said Turkey would host a follow-up meeting of NATO envoys in "
    "Istanbul on December 3. The talks came a week after the European Commission "
    "published its annual report on Turkey's accession bid.\n\n"
    "GENEVA, Nov 24 (AFP) - Iranian and European negotiators held a new round of nuclear "
    "talks in Geneva on Monday, diplomats said. Iranian Deputy Foreign Minister Kazem "
    "Gharibabadi met envoys from France, Britain and Germany at the Iranian mission. A "
    "further round is expected in Vienna in January, a European diplomat said.\n\n"
    "SEOUL, Nov. 28 (Yonhap) -- South Korean Foreign Minister Cho Hyun met Japanese "
    "Foreign Minister Takeshi Iwaya in Seoul on Friday to discuss history issues and "
    "economic cooperation. Cho said the two countries would launch a joint working group "
    "on supply chains on December 15, the ministry said.\n")


def test_the_first_article_is_dated_by_its_own_weekday_not_a_later_one(  # type: ignore[no-untyped-def]
        qtbot, recorded_prompts, monkeypatch):
    """verify48 F1: the field, the question and Read as One Article all said 20 November
    2026 (the Seoul story's "Friday"), and Read as One put Ankara's meeting on the 19th."""
    import datetime as dt

    from timeline_app.extract import dateline as dateline_module

    monkeypatch.setattr(dateline_module, "_today", lambda: dt.date(2026, 12, 4))
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(THREE, "pasted text")
    dialog.read_dateline_now()
    assert dialog.date_edit.text() == "20 November 2025"
    assert "Friday" not in dialog.date_hint.text()
    with qtbot.waitSignal(dialog.extraction_ended, timeout=20000):
        assert dialog.extract()  # Read as One Article
    ((_count, _second, date_words, _long),) = recorded_prompts.several_articles
    assert date_words == "20 November 2025"
    result = dialog.extraction
    assert result is not None and result.dct == dt.date(2025, 11, 20)
    assert "dateline '20 November 2025', Ankara" in result.dct_basis
    meetings = [c.date.describe() for c in result.candidates
                if c.title.endswith("meet in Ankara")]
    assert meetings == ["20 November 2025"]
    assert all("2026" not in c.date.describe() or "January" in c.date.describe()
               for c in result.candidates)


def test_the_first_article_of_a_long_paste_is_found_in_its_first_characters() -> None:
    from timeline_app.ui.import_article import FIRST_ARTICLE_SCAN, first_article

    paste = THREE * (3 * FIRST_ARTICLE_SCAN // len(THREE))
    assert first_article(paste) == THREE.split("\n\n")[0] + "\n"
    assert first_article(THREE.split("\n\n")[0]) == THREE.split("\n\n")[0]  # one: itself
