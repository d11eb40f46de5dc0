"""Check boxes and text fields that can be seen in either theme.

Apart from ``theme`` so that start-up does not define a ``QProxyStyle`` subclass (PySide
then creates ``QStyle``'s many enums: ~5 ms of CPU before the first paint, issue 11);
``theme.VisibleCheckStyle`` still names it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

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
            painter.drawEllipse(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))  # type: ignore[attr-defined]
            painter.restore()
        elif element in self._CHECKS or (element in self._FRAMES and not focused):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(check_box_outline(option.palette), 1))  # type: ignore[attr-defined]
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))  # type: ignore[attr-defined]
            painter.restore()
