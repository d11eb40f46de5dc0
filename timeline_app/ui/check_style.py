"""Check boxes and text fields that can be seen in either theme.

Apart from ``theme`` so that start-up does not define a ``QProxyStyle`` subclass (PySide
then creates ``QStyle``'s many enums: ~5 ms of CPU before the first paint, issue 11);
``theme.VisibleCheckStyle`` still names it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QMenu,
    QProxyStyle,
    QRadioButton,
    QStyle,
    QStyleOption,
    QWidget,
)

from timeline_app.ui.theme import check_box_outline


class VisibleCheckStyle(QProxyStyle):
    """The application's style, with check box and radio button outlines and text field
    frames that can be seen in either theme (``check_box_outline``).  Set it on a widget
    whose check boxes, radio buttons or fields matter, e.g. the filter panel's lists and
    date fields: ``widget.setStyle(VisibleCheckStyle(widget))``.  A focused field keeps
    Fusion's own highlighted frame."""

    _CHECKS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
               QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)
    _FRAMES = (QStyle.PrimitiveElement.PE_FrameLineEdit,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__()  # the application's style, as a base of its own
        if parent is not None:
            self.setParent(parent)  # lives as long as the widget using it

    def drawPrimitive(self, element: QStyle.PrimitiveElement,  # noqa: N802 - Qt override
                      option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)  # type: ignore[attr-defined]
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            # Fusion's radio button is a dark disc on the dark window, its outline the
            # window's colour made darker: "Add to the current timeline" / "Start a new
            # timeline" could hardly be seen (verify27, 11).  A round outline, as a box's.
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(check_box_outline(option.palette), 1))  # type: ignore[attr-defined]
            box = QRectF(option.rect)  # type: ignore[attr-defined]
            painter.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5))
            if option.state & QStyle.StateFlag.State_On:  # type: ignore[attr-defined]
                # The chosen one's dot in the text's colour: Fusion's grey dot on the dark
                # disc left "Report or slide" hard to tell from the others (verify69 F12).
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(option.palette.color(QPalette.ColorRole.WindowText))  # type: ignore[attr-defined]
                inset = box.width() * 0.3
                painter.drawEllipse(box.adjusted(inset, inset, -inset, -inset))
            painter.restore()
        elif element in self._CHECKS or (element in self._FRAMES and not focused):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(check_box_outline(option.palette), 1))  # type: ignore[attr-defined]
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))  # type: ignore[attr-defined]
            painter.restore()


def make_checks_visible(root: QWidget) -> None:
    """Draw every check box, radio button and list, table or tree (their items' ticks) of
    ``root`` (a dialog) with one ``VisibleCheckStyle``, so that they can be seen in the
    dark theme: the PNG export's width choices were dark discs on the dark window, the
    one chosen hard to tell (verify69 F12), and Choose Lanes', Join Names' and Split
    Event's unticked rows showed no box at all (session 54).  Call it once the dialog's
    widgets are made; widgets already so drawn are left as they are."""
    style = VisibleCheckStyle(root)
    kinds = (QCheckBox, QRadioButton, QAbstractItemView)
    for widget in root.findChildren(QWidget):
        if isinstance(widget, kinds) and not isinstance(widget.style(), VisibleCheckStyle):
            widget.setStyle(style)


def make_menu_checks_visible(menu: QMenu) -> None:
    """Draw ``menu``'s check boxes and radio buttons, and those of its submenus, with a
    ``VisibleCheckStyle`` when it has checkable items: an unticked item's box was Fusion's
    #1F1F1F on the dark menu's #212121, about 1:1, and File → Export's "Article Texts in
    Data Exports" could not be told from a plain command (verify76 F13).  Menus already
    so drawn are left as they are."""
    seen: set[int] = set()
    todo = [menu]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        actions = current.actions()
        if (any(action.isCheckable() for action in actions)
                and not isinstance(current.style(), VisibleCheckStyle)):
            current.setStyle(VisibleCheckStyle(current))
        todo.extend(sub for action in actions if (sub := action.menu()) is not None
                    and isinstance(sub, QMenu))
