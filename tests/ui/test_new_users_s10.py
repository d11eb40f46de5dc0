"""Small defects new users met in session 9 (branch ux11): the Filters' category list,
picture exports under a filter, Go to Date's mark, the Events list beside many lanes,
and Ctrl+→ on a part of a year."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from timeline_app.core import FuzzyDate

CTRL = Qt.KeyboardModifier.ControlModifier
#: Pictures of what the tests build, for looking at (set UX11_PNG to a folder).
PNG_DIR = Path(os.environ["UX11_PNG"]) if os.environ.get("UX11_PNG") else None


def _keep(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if PNG_DIR is not None and PNG_DIR.is_dir():
        widget.grab().save(str(PNG_DIR / name))


# ------------------------------------------------------------------ Ctrl+→ on a part
def test_ctrl_right_moves_late_2024_to_early_2025_not_a_year(window, qtbot):
    document, view = window.document, window.view
    window.selection.select("sado-memorial-boycott")  # late 2024
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL)
    assert document.timeline.get("sado-memorial-boycott").date == FuzzyDate.of_part(2025, "early")
    qtbot.keyClick(view, Qt.Key.Key_Left, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Left, CTRL)
    assert document.timeline.get("sado-memorial-boycott").date == FuzzyDate.of_part(2024, "mid")
    _keep(window, "ctrl-left-mid-2024.png")
