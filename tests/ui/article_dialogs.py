"""Helpers for the tests of the Import Article dialog while it reads
(``test_import_dialogs``, ``test_fix76_long_reading``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from timeline_app.ui.import_article import ArticleDialog

OTHER = (
    "GENEVA, May 14, 2024 (Reuters) - The foreign ministers of Norway and Chile met in Geneva "
    "on Tuesday to prepare a fisheries agreement. They last met in Oslo in January. "
    "The agreement is expected to be signed in September."
)
"""An article of its own dateline, other than the seed."""


def shown_article_dialog(qtbot: Any, text: str = OTHER) -> ArticleDialog:
    """An Import Article dialog, shown and exposed, holding ``text`` as "news.txt"."""
    dialog = ArticleDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.set_text(text, "news.txt")
    return dialog


def let_workers_end() -> None:
    """Wait for the thread pool's jobs, then deliver whatever they signalled."""
    assert QThreadPool.globalInstance().waitForDone(20000)
    QApplication.sendPostedEvents()
    QApplication.processEvents()
