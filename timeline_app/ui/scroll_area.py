"""A scroll area whose viewport Python made: the start-up's first ``viewport()`` is cheap.

When a PySide method returns a widget that Qt made itself (the default viewport of a
``QAbstractScrollArea``), PySide has no Python object for it yet and looks for the most
derived Python type that fits: it resolves every ``QWidget`` subclass it knows
(``QMdiArea``, ``QAbstractItemView``, ``QMessageBox``, ...) and makes their enums through
Python's ``enum``, ~80 enum classes and 10-12 ms of CPU, the first time only.  A viewport
made here in Python already has its Python object, so none of that happens before the
timeline's first paint (issue 11; ``benchmarks/README.md``, "Session 5"); the first
Qt-made widget handed to Python afterwards (the docks, the menus) pays it then.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

__all__ = ["VIEWPORT_NAME", "PythonViewportScrollArea"]

#: The object name Qt gives a scroll area's own viewport (``QAbstractScrollAreaPrivate::
#: init``): kept, so that whatever finds the viewport by name still does.
VIEWPORT_NAME = "qt_scrollarea_viewport"


class PythonViewportScrollArea(QAbstractScrollArea):
    """A ``QAbstractScrollArea`` whose viewport is a ``QWidget`` made in Python, set up as
    Qt sets up its own (object name, the palette's Base role filled behind it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        viewport = QWidget()
        viewport.setObjectName(VIEWPORT_NAME)
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)  # takes it over and deletes Qt's own, never wrapped
