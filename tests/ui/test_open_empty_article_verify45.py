"""Open Text File… on an empty file keeps the article shown and says why (verify45 F20):
the text box was emptied without a word, and Ctrl+Z in it did not bring the text back."""

from __future__ import annotations

from timeline_app.ui import prompts
from timeline_app.ui.import_article import ArticleDialog

ARTICLE = "CAIRO, Dec 1 (Reuters) - Egypt wrote to the Security Council on Monday.\n"


def test_an_empty_file_opened_over_an_article_leaves_it(qtbot, tmp_path, monkeypatch,
                                                        recorded_prompts):
    empty = tmp_path / "x_empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("\n   \n", "utf-8")
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.set_text(ARTICLE, "a2.txt")
    for path in (empty, blank):
        monkeypatch.setattr(prompts, "ask_article_path", lambda *_a, p=path: str(p))
        dialog._open_file()
        assert dialog.text_edit.toPlainText() == ARTICLE
    assert recorded_prompts.errors == [
        ("Cannot open article", "“x_empty.txt” is empty: it holds no article text."),
        ("Cannot open article",
         "“blank.txt” is empty: it holds no article text. (It holds only blank lines.)")]
