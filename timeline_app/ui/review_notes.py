"""The article review's heading and its notes, in a strip whose height does not follow them.

The review's notes ("This article was imported before …", "6 look like events already in
the timeline …", "Rows 4 and 6 may be one event told twice …") were lines of one label
above the table, as tall as they were: on a 1366×768 screen at 150 % six of them left the
table two of its seven rows, and a note coming or going as a cell was corrected grew or
shrank the table under the pointer, so the next click renamed the row above (verify81
F3, F5).  Here the heading keeps its own lines and the notes one line, the first note cut
with "…" beside a "Show all (6)" button; the button shows every note (at most
:data:`ReviewNotes.MOST_LINES` lines) until "Show fewer".  Only that click changes the
strip's height: no correction does.

``text()`` / ``setText()`` give and take the whole text, the heading and each note a line
(``\\n``), as the review builds and rewrites it.
The first note is not cut at rest: the line is as tall as it wraps when the review is
built (at most :data:`ReviewNotes.REST_MOST_LINES`, again at each width), so that it is
read without "Show all" (verify85 F12: the second article's note ended "untick to …").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from timeline_app.ui.steady_label import SteadyLabel


class ReviewNotes(QWidget):
    """The heading (its own lines, ``reserve_for``) over one line of notes and a
    "Show all (n)" button that shows them whole (``show_all``)."""

    #: The most lines the notes take when shown whole ("Show all"); more are cut with
    #: "…" and whole in the tooltip.
    MOST_LINES = 8
    #: The most lines the first note takes at rest (it is read whole without "Show all"
    #: up to this length; a longer one is cut with "…").
    REST_MOST_LINES = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = SteadyLabel(1, self)
        self.heading.setObjectName("reviewHeading")
        self.notes = SteadyLabel(1, self)
        self.notes.setObjectName("reviewNotes")
        self.notes.setAccessibleName("Notes on the rows")
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("reviewShowNotes")
        self.toggle.setCheckable(True)
        self.toggle.setToolTip("Show every note on the rows (the table gives up the room "
                               "while they are shown)")
        policy = self.toggle.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the notes line keeps its width
        self.toggle.setSizePolicy(policy)
        self.toggle.toggled.connect(self._toggled)
        # The line's height set by hand (``_fit_line``): a hidden button's new text does
        # not reach the layout, which kept a height from before it had one
        self._line = QWidget(self)
        notes_line = QHBoxLayout(self._line)
        notes_line.setContentsMargins(0, 0, 0, 0)
        notes_line.addWidget(self.notes, 1)
        notes_line.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        layout.addWidget(self._line)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # (the heading's height, which it sets at each width, made the strip's at once:
        # through the strip's layout it reached the dialog's a round of events late)
        self.heading.installEventFilter(self)
        # A click on the notes line shows every note, as "Show all" does (verify83 F8:
        # a note cut with "…" at 1366 px was not read)
        self.notes.installEventFilter(self)
        self._show_toggle()
        self._fit_line()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.heading and event.type() == QEvent.Type.Resize:
            self._fit_height()
        elif watched is self.notes and event.type() == QEvent.Type.Resize:
            self._show_toggle()  # (narrower, the notes may no longer fit: "Show all")
        elif (watched is self.notes and event.type() == QEvent.Type.MouseButtonRelease
                and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton
                and not self.toggle.isHidden() and not self.toggle.isChecked()):
            self.show_all(True)
            return True
        return False

    def _fit_height(self) -> None:
        self.setFixedHeight(self.heading.height() + self._line.height())

    def _fit_line(self) -> None:
        """The notes line as tall as its reserved lines or the button, whichever is
        taller, whatever the button shows."""
        self.toggle.setText("S&how all (00)")
        button = self.toggle.sizeHint().height()
        self._show_toggle()
        self._line.setFixedHeight(max(self.notes.height(), button))
        self._fit_height()

    def text(self) -> str:
        """The heading and the notes, a line each."""
        notes = self.notes.text()
        return self.heading.text() + ("\n" + notes if notes else "")

    def setText(self, text: str) -> None:  # noqa: N802 - as QLabel's
        heading, _, notes = text.partition("\n")
        self.heading.setText(heading)
        if not self.isVisible():  # (built: its first note's lines; shown: steady)
            first, more, _rest = notes.partition("\n")
            # (a line more for the next notes, cut there: run on after the first note's
            # last line, they cut its end again)
            self._rest_note = first + ("\n…" if more else "")
            if not self.toggle.isChecked():
                self._rest()
        self.notes.setText(notes)
        self._show_toggle()
        if not self.isVisible():
            self._fit_line()

    #: The first note as the review was built: the notes line at rest is as tall as it
    #: wraps (``_rest``), whatever the notes become as rows are corrected.
    _rest_note = ""

    #: The most lines at rest (``REST_MOST_LINES``; ``set_rest_most``).
    _rest_most = REST_MOST_LINES

    def set_rest_most(self, lines: int) -> None:
        """At most ``lines`` lines for the notes at rest: 1 in a review on a short
        screen, whose table keeps its rows (verify81 F3: five rows at 150 % on a
        1366×768 screen), the first note cut there with "…" beside "Show all"."""
        self._rest_most = max(1, lines)
        if not self.toggle.isChecked():
            self._rest()
            self._show_toggle()
            self._fit_line()

    def _rest(self) -> None:
        """The notes line at rest: as tall as the first note wraps (a line more when
        others follow it), up to ``REST_MOST_LINES`` (again at each width:
        ``SteadyLabel.reserve_for_any``)."""
        self.notes.reserve_for_any([self._rest_note], 1, self._rest_most)

    def note_count(self) -> int:
        """How many notes there are (lines after the heading)."""
        notes = self.notes.text()
        return len(notes.split("\n")) if notes else 0

    def setToolTip(self, tip: str) -> None:  # noqa: N802 - Qt override (the heading's)
        self.heading.setToolTip(tip)

    def setAccessibleDescription(self, text: str) -> None:  # noqa: N802 - Qt override
        self.heading.setAccessibleDescription(text)

    def reserve_for(self, text: str, spare: int = 0) -> None:
        """Keep the heading as tall as ``text``'s first line wraps (the notes keep their
        one line, or the lines shown by "Show all"); ``spare`` is not needed any more (a
        note more takes no line) and kept for the callers' sake."""
        del spare
        self.heading.reserve_for(text.partition("\n")[0])

    def show_all(self, shown: bool) -> None:
        """Show every note (at most :data:`MOST_LINES` lines), or one line of them."""
        self.toggle.setChecked(shown)

    def _toggled(self, shown: bool) -> None:
        if shown:
            lines = self.notes.lines_for(self.notes.text())
            self.notes.reserve_lines(max(1, min(lines, self.MOST_LINES)))
        else:
            self._rest()
        self._show_toggle()
        self._fit_line()

    def _show_toggle(self) -> None:
        """"Show all (n)" when a note is hidden or cut (the notes take more lines than the
        line has), "Show fewer" while shown."""
        count = self.note_count()
        if self.toggle.isChecked():
            self.toggle.setText("S&how fewer")
            self.toggle.setVisible(True)
            return
        # (only when a note is hidden or cut: two short notes the line's room shows whole
        # offered "Show all (2)", which then changed nothing, verify88 F8)
        cut = count >= 1 and (self.notes.lines_for(self.notes.text())
                              > self.notes.reserved_lines())
        self.toggle.setText(f"S&how all ({count})")
        self.toggle.setVisible(cut)
