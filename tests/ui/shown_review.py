"""The import review shown and active, for tests that drive it by its keys."""

from __future__ import annotations

from typing import Any

from timeline_app.ui.import_article import ReviewDialog


def shown_review(qtbot: Any, result: Any, **options: Any) -> ReviewDialog:
    """A ``ReviewDialog`` of ``result`` (``options``: its keyword arguments, e.g.
    ``existing``), shown, its window active (keys typed reach its focus widget)."""
    dialog = ReviewDialog(result, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog
