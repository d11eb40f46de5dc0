"""Articles and timelines keep their own folders (verify33 F5): the four articles were in
/tmp/v33, the timeline saved in /tmp/v33/out.  After Save As, Open Text File… started in
out/ ("a3.txt" not found); after the third article, the PNG export started in the
articles' folder.  One "last folder" served both."""

from __future__ import annotations

from pathlib import Path

from timeline_app import settings
from timeline_app.ui import prompts
from timeline_app.ui.import_article import ArticleDialog, article_folder


def test_open_text_file_and_save_as_keep_their_own_folders(qtbot, tmp_path, monkeypatch):
    articles, out = tmp_path / "articles", tmp_path / "out"
    articles.mkdir()
    out.mkdir()
    article = articles / "a1.txt"
    article.write_text("SEOUL, Nov. 17 (Yonhap) -- Talks ended on Tuesday.\n", "utf-8")
    asked: list[str] = []

    def ask(_parent, directory=""):  # type: ignore[no-untyped-def]
        asked.append(directory)
        return str(article)

    monkeypatch.setattr(prompts, "ask_article_path", ask)
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog._open_file()  # the first article
    store = settings.open_settings()
    settings.LAST_DIRECTORY.set(store, str(out))  # then Save As into out/
    dialog._open_file()  # the next article: where the first one was
    assert asked[-1] == str(articles.resolve())
    assert article_folder() == str(articles.resolve())
    assert Path(settings.LAST_DIRECTORY.get(settings.open_settings())) == out  # kept
