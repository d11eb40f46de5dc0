"""verify69 F15: with the window at 1024×640 on a 1366×768 screen, Import Article opened
1094 px wide and its review 1312 px, both wider than the window (a share of the screen,
or the size kept from the larger window).  Opened over a window smaller than its screen,
a dialog fits that window (``dialog_room.room``, at least 800×600); over a maximized
window, or none, the screen as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from timeline_app import settings
from timeline_app.extract import extract_events
from timeline_app.paths import resource_path

SEED = resource_path("seed-article.txt").read_text(encoding="utf-8")


@pytest.fixture
def small_window(window, monkeypatch):  # type: ignore[no-untyped-def]
    from timeline_app.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area",
                        lambda _w: QRect(0, 0, 1366, 768))
    window.resize(1024, 640)
    return window


def test_import_and_review_open_within_a_smaller_window(small_window, qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.import_article import ArticleDialog, ReviewDialog

    frame = small_window.frameGeometry()
    article = ArticleDialog(small_window)
    qtbot.addWidget(article)
    assert article.width() <= frame.width() - 40 and article.height() <= frame.height() - 60
    review = ReviewDialog(extract_events(SEED), parent=small_window)
    qtbot.addWidget(review)
    assert review.width() <= frame.width() - 40 and review.height() <= frame.height() - 60
    review.show()
    qtbot.waitExposed(review)
    assert review.table.isVisible()


def test_a_size_kept_from_a_larger_window_is_fitted_to_the_smaller_one(small_window, qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.import_article import ArticleDialog

    settings.ARTICLE_DIALOG_SIZE.set(settings.open_settings(), "1092x614")
    article = ArticleDialog(small_window)
    qtbot.addWidget(article)
    assert article.width() <= small_window.frameGeometry().width() - 40


def test_a_maximized_or_tiny_window_leaves_the_screen_s_share(small_window, qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.import_article import ArticleDialog

    small_window.resize(500, 400)  # a tiny window: the dialog is not squeezed under 800×600
    article = ArticleDialog(small_window)
    qtbot.addWidget(article)
    assert (article.width(), article.height()) == (760, 600 - 60)  # 800×600 less FRAME
    small_window.showMaximized()
    qtbot.waitUntil(small_window.isMaximized)
    maximized = ArticleDialog(small_window)
    qtbot.addWidget(maximized)
    assert maximized.width() == 1092  # 80 % of the 1366 px screen, as before


def test_a_size_fitted_to_a_small_window_is_not_kept_for_a_larger_one(small_window, qtbot):  # type: ignore[no-untyped-def]
    from timeline_app.ui.import_article import ArticleDialog

    article = ArticleDialog(small_window)
    qtbot.addWidget(article)
    article.show()
    article.reject()  # closed at the size it opened at, fitted to the 1024 px window
    assert settings.ARTICLE_DIALOG_SIZE.get(settings.open_settings()) == ""
    small_window.showMaximized()
    qtbot.waitUntil(small_window.isMaximized)
    again = ArticleDialog(small_window)
    qtbot.addWidget(again)
    assert again.width() == 1092  # 80 % of the screen again
    again.show()
    again.resize(900, 700)  # a size the person chose is kept
    again.reject()
    assert settings.ARTICLE_DIALOG_SIZE.get(settings.open_settings()) == "900x700"
