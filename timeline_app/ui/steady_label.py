"""A wrapped plain-text label whose height does not follow its text.

A label above or beside a table that grows or shrinks a line as its text changes moves
every row of the table under the mouse pointer: in the article review, ticking a row or
choosing Merge changed the count of the notes above the table, the rows moved 3-7 px and
a double-click aimed at one row's cell edited the row above (verify47 F9).  A
``SteadyLabel`` keeps the height of the lines it reserves, whatever text it is given: a
shorter text leaves blank room, a longer one is cut at its last reserved line with "…"
and shown whole in the tooltip.  The height changes only with the label's width (the
person resizing the window) or when the owner reserves other lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QMouseEvent, QResizeEvent, QTextLayout
from PySide6.QtWidgets import QLabel, QToolTip, QWidget

from timeline_app.ui.safe_text import tooltip_text


def wrapped_lines(text: str, label: QLabel, width: int) -> list[str]:
    """``text`` as the lines ``label``'s font wraps it into at ``width`` px (each ``\\n`` a
    line break; an empty text no line), each line without its trailing spaces."""
    if not text:
        return []
    lines: list[str] = []
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, label.font())
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1, width))
            start = line.textStart()
            lines.append(paragraph[start:start + line.textLength()].rstrip())
        layout.endLayout()
        if not paragraph:
            lines.append("")
    return lines


def show_whole(at: QPoint, text: str, label: QLabel) -> None:
    """Show ``text`` (a cut label's whole text) as a tooltip at ``at`` (global px)."""
    QToolTip.showText(at, text, label)


class SteadyLabel(QLabel):
    """A word-wrapped ``Qt.PlainText`` label as tall as ``lines`` lines of its font.

    ``setText`` / ``text`` give and take the whole text; what is drawn is that text
    wrapped, cut after the reserved lines with "…" (the whole text then in the tooltip).
    ``reserve_for(text, spare)`` reserves the lines ``text`` needs at the label's width
    (again at each width) plus ``spare`` lines, e.g. a dialog's opening notes and room
    for one note more; ``reserve_for_any(texts, least)`` the lines the longest of
    ``texts`` needs there, at least ``least``: every text a label will show whole, its
    height the same whichever it shows.  A label made with ``grow=True`` is never cut: a
    text longer than its room makes it taller, and it keeps that height (it never shrinks
    back), so a field's read-back moves what is below it at most once, not at each change.
    A click on a cut text shows it whole at once, as its tooltip (verify83 F8: review lines
    cut with "…" at 1366 px were read only by those who thought of hovering).
    """

    def __init__(self, lines: int = 1, parent: QWidget | None = None, *,
                 grow: bool = False) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # text from files and articles
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._whole = ""
        self._lines = self._base = max(1, lines)
        self._reserve_texts: tuple[str, ...] | None = None
        self._spare = 0
        self._least = 1  # the fewest lines reserved for texts
        self._most: int | None = None  # the most (``reserve_for_any``)
        self._sized = False  # given its size by a layout (``resizeEvent``)
        self._grow = grow
        self._cut = False  # drawn cut with "…" (``is_cut``)
        self._fit()

    def set_grow(self, grow: bool) -> None:
        """Grow with a longer text (as made with ``grow=True``), or stay at the reserved
        lines and cut it with "…" (whole in the tooltip and on a click)."""
        if grow != self._grow:
            self._grow = grow
            self._lines = self._base
            self._fit()

    def is_cut(self) -> bool:
        """Whether the text is drawn cut with "…" (whole in the tooltip and on a click)."""
        return self._cut

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if self._cut and event.button() == Qt.MouseButton.LeftButton:
            show_whole(event.globalPosition().toPoint(), self.toolTip(), self)

    def text(self) -> str:  # the whole text, not the cut one drawn
        return self._whole

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        self._whole = text
        self._fit()

    def clear(self) -> None:
        self.setText("")

    def reserved_lines(self) -> int:
        """How many lines tall the label is kept (at least 1)."""
        return self._lines

    def reserve_lines(self, lines: int) -> None:
        """Keep the label ``lines`` lines tall (at least 1), whatever its text."""
        self._reserve_texts = None
        self._lines = self._base = max(1, lines)
        self._fit()

    def reserve_for(self, text: str, spare: int = 0) -> None:
        """Keep the label as tall as ``text`` wrapped at its width, plus ``spare`` lines."""
        self._reserve_texts = (text,)
        self._spare = max(0, spare)
        self._least = 1
        self._most = None
        self._fit()

    def reserve_for_any(self, texts: Sequence[str], least: int = 1,
                        most: int | None = None) -> None:
        """Keep the label as tall as the longest of ``texts`` wrapped at its width (again
        at each width), at least ``least`` lines and at most ``most`` (None: no limit; a
        longer text is cut with "…", whole in the tooltip)."""
        self._reserve_texts = tuple(texts)
        self._spare = 0
        self._least = max(1, least)
        self._most = None if most is None else max(self._least, most)
        self._fit()

    def lines_for(self, text: str) -> int:
        """How many lines ``text`` takes wrapped at the label's width."""
        return len(wrapped_lines(text, self, self._width()))

    def _width(self) -> int:
        """The width (px) the text wraps at: the label's own once it is shown; before, its
        window's less a layout's margins (a label not yet laid out is 100 px wide: the
        text reserved there took a dozen lines and the dialog opened too tall).  Once
        the layout gave it a size, that one, shown or not yet (the resize as the window
        opens comes before the label counts as visible: the review's explanation was
        measured at the window's width, a line short, verify48 F4)."""
        margins = self.contentsMargins()
        width = self.width()
        if not self._sized and not self.isVisible() and self.window() is not self:
            width = max(width, self.window().width() - 40)
        return max(1, width - margins.left() - margins.right() - 2 * self.margin())

    def _fit(self) -> None:
        width = self._width()
        if self._reserve_texts is not None:
            self._lines = max(self._least, max((len(wrapped_lines(text, self, width))
                                                for text in self._reserve_texts), default=0)
                              + self._spare)
            if self._most is not None:
                self._lines = min(self._lines, self._most)
        lines = wrapped_lines(self._whole, self, width)
        if self._grow:
            self._lines = max(self._lines, len(lines))
        metrics = self.fontMetrics()
        sample = "\n".join(["X"] * self._lines)
        height = metrics.boundingRect(QRect(0, 0, 10_000, 10_000), 0, sample).height()
        margins = self.contentsMargins()
        self.setFixedHeight(height + margins.top() + margins.bottom() + 2 * self.margin())
        if len(lines) <= self._lines:
            super().setText("\n".join(lines))
            self.setToolTip("")
            self._show_cut(False)
            return
        kept = lines[:self._lines - 1]
        rest = " ".join(lines[self._lines - 1:])
        kept.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
        super().setText("\n".join(kept))
        self.setToolTip(tooltip_text(self._whole))
        self._show_cut(True)

    def _show_cut(self, cut: bool) -> None:
        """A pointing hand over a cut text: a click shows it whole."""
        if cut != self._cut:
            self._cut = cut
            if cut:
                self.setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                self.unsetCursor()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._sized = True
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._lines = self._base  # (grown at another width: measured again)
            self._fit()
