"""A toolbar's "»" overflow that closes on the first click outside it, or on Escape.

Qt lays the items a toolbar cannot fit over the window below the toolbar when its "»"
button is pressed, and closes them only when the mouse leaves the toolbar or "»" is
pressed again.  Over the timeline they hid the ruler (the date axis) the user was
reading, and stayed while the mouse had not passed over them (opened from the keyboard,
or a click on "»" and no move): new-user trials, ui22 item 2.  A click anywhere outside
the toolbar now closes them first (the click still goes where it was made), as a menu
would, and so does Escape.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton, QWidget

__all__ = ["YIELDS_TO_LEGEND", "OverflowClosesOnClickOutside"]

#: A toolbar's dynamic property: when true, the toolbar gives the legend beside it all
#: its room (every item behind its "»"), before the other toolbars of the row give any
#: (``legend.yielding_width``).  The main window's file group has it, its navigation
#: group not (verify27, fault 10).
YIELDS_TO_LEGEND = "yieldsToLegend"


class OverflowClosesOnClickOutside(QObject):
    """Watches ``toolbar``'s "»" button (``qt_toolbar_ext_button``): while the items
    behind it are shown, an application event filter closes them on a mouse press
    outside the toolbar (not in a pop-up, such as a legend entry's menu) or on Escape.
    The filter is installed only while they are shown."""

    def __init__(self, toolbar: QToolBar) -> None:
        super().__init__(toolbar)
        self._bar = toolbar
        self._more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        self._watching = False
        if self._more is not None:
            self._more.toggled.connect(self._on_toggled)

    def _on_toggled(self, shown: bool) -> None:
        app = QApplication.instance()
        if app is None or shown == self._watching:
            return
        self._watching = shown
        if shown:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def close(self) -> None:
        """Close the items shown behind "»" (as a second press on it does)."""
        if self._more is not None and self._more.isChecked():
            self._more.click()

    def _outside(self, widget: QWidget, at: QPoint) -> bool:
        if widget.window().windowType() == Qt.WindowType.Popup:
            return False  # a menu opened from the toolbar: Qt keeps the items for it
        bar = self._bar
        return not bar.rect().contains(bar.mapFromGlobal(at))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget):
            if self._outside(watched, event.globalPosition().toPoint()):  # type: ignore[attr-defined]
                self.close()
        elif (kind == QEvent.Type.KeyPress
              and event.key() == Qt.Key.Key_Escape  # type: ignore[attr-defined]
              and self._more is not None and self._more.isChecked()):
            self.close()
            return True
        return False
