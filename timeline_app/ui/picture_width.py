"""How wide a picture file (PNG, SVG) is: the question File → Export asks first.

A picture of the current view was at least 1 400 px wide and widened to 2 124 px while
titles were cut, its text 12 px at that width: put in a 900-px article column, the
titles were ~5 px high (verify61 F15, a newsroom data editor's timeline).  A picture
for a web page is made at the width it is shown at, its text then the size the window
draws it.  The choices (``PICTURE_WIDTHS``):

- **Web column** (``WEB_COLUMN_WIDTH``, 900 px: the text column of a news article page
  is ~600-900 CSS px wide; the widest common one is taken, titles the least cut);
- **As on screen**: the window's timeline's width, the picture drawn as the window draws
  it;
- **Report or slide**: 1 400 px or wider, wide enough for every title, as before
  (``export_picture.WHOLE_TIMELINE_SIZE``, ``PICTURE_WIDER_STEP``);
- **Other width**, typed (``LEAST_WIDTH`` to ``MOST_WIDTH`` px).

The widths are the whole picture's, its margins and header included, in CSS pixels:
an SVG says them so (``width="900px"``), and a PNG has twice the pixels
(``export_picture.PNG_DEVICE_PIXEL_RATIO``: sharp on high-density screens), its
resolution saying so (192 dpi).  The choice is kept in the settings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

__all__ = ["LEAST_WIDTH", "MOST_WIDTH", "PICTURE_WIDTHS", "WEB_COLUMN_WIDTH",
           "PictureWidthDialog", "chosen_width", "width_key"]

#: A web page's article column (CSS px): ~600-900 px in news sites' layouts; the
#: widest, so that the fewest titles are cut.
WEB_COLUMN_WIDTH = 900
#: The narrowest and widest picture a width may be typed for (CSS px).
LEAST_WIDTH = 320
MOST_WIDTH = 8000
#: The choices' keys, in the dialog's order ("other" is a number of px, kept as such).
PICTURE_WIDTHS = ("web", "screen", "report")
#: The default: the picture made before this question was asked.
DEFAULT_KEY = "report"


def chosen_width(key: str, screen: int) -> int | None:
    """The picture's width (CSS px, margins included) for the choice ``key`` ("web",
    "screen", "report", or a number of px as text); ``screen``: the picture's width as
    on screen (the window's timeline's width with the picture's margins, px).  ``None``
    for "report": as wide as its titles need, from 1 400 px."""
    if key == "web":
        return WEB_COLUMN_WIDTH
    if key == "screen":
        return max(LEAST_WIDTH, screen)
    if key.isdigit():
        return min(MOST_WIDTH, max(LEAST_WIDTH, int(key)))
    return None


def width_key(key: str) -> str:
    """``key`` (a setting's value) as a choice's key: a known one, a width in px, else
    the default."""
    return key if key in PICTURE_WIDTHS or (key.isdigit() and int(key) > 0) else DEFAULT_KEY


class PictureWidthDialog(QDialog):
    """The question: one radio button a choice (Alt+W, Alt+S, Alt+R, Alt+O), the typed
    width beside "Other width" (its spin box has the keys when it is chosen); Enter
    takes the choice, Esc cancels."""

    def __init__(self, parent: QWidget | None, kind: str, what: str, key: str,
                 screen: int) -> None:
        """``kind``: "PNG" or "SVG"; ``what``: "the current view" or "the whole
        timeline"; ``key``: the choice to start on (``width_key``); ``screen``: the
        picture's width (px) as on screen: the window's timeline's width with the
        picture's margins."""
        super().__init__(parent)
        self.setWindowTitle(f"{kind} picture of {what}")
        layout = QVBoxLayout(self)
        intro = QLabel("How wide will the picture be shown? Its text is drawn at the "
                       "window's size at that width.", self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self._screen = max(LEAST_WIDTH, screen)
        self._group = QButtonGroup(self)
        self._buttons: dict[str, QRadioButton] = {}
        labels = {
            "web": f"&Web page column: {WEB_COLUMN_WIDTH} px",
            "screen": f"As on &screen: {self._screen} px",
            "report": "&Report or slide: 1 400 px or wider, every title whole",
        }
        for choice in PICTURE_WIDTHS:
            button = QRadioButton(labels[choice], self)
            self._group.addButton(button)
            self._buttons[choice] = button
            layout.addWidget(button)
        row = QHBoxLayout()
        self._other = QRadioButton("&Other width:", self)
        self._group.addButton(self._other)
        self.width_box = QSpinBox(self)
        self.width_box.setRange(LEAST_WIDTH, MOST_WIDTH)
        self.width_box.setSuffix(" px")
        self.width_box.setAccessibleName("Other width in pixels")
        self.width_box.setValue(int(key) if key.isdigit() else 1200)
        self.width_box.valueChanged.connect(lambda _value: self._other.setChecked(True))
        self._other.toggled.connect(self._other_toggled)
        row.addWidget(self._other)
        row.addWidget(self.width_box)
        row.addStretch(1)
        layout.addLayout(row)
        self._kind = kind
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Choose File…")
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self._other if key.isdigit() else self._buttons.get(key, self._buttons["report"])
         ).setChecked(True)
        self._other_toggled(self._other.isChecked())
        # The note follows the choice (verify67 F14: it said 900 px with 1 400 chosen).
        self._group.buttonToggled.connect(lambda *_args: self._say_pixels())
        self.width_box.valueChanged.connect(lambda _value: self._say_pixels())
        self._say_pixels()
        from timeline_app.ui.check_style import make_checks_visible

        make_checks_visible(self)  # (its choices seen in the dark theme too)
        checked = self._group.checkedButton()
        if checked is not None:
            checked.setFocus()

    def _say_pixels(self) -> None:
        """The note under the choices, for the width chosen: a PNG's pixels (twice the
        width), an SVG's size."""
        if self._kind != "PNG":
            self.note.setText("The SVG's size is given in these pixels (CSS px).")
            return
        width = chosen_width(self.key(), self._screen)

        def px(value: int) -> str:  # "1 400", as the choices write it
            return f"{value:,}".replace(",", " ")

        shown = (f"shown {px(width)} px wide, it is {px(2 * width)} pixels wide" if width
                 else "shown 1 400 px wide or wider, it is 2 800 pixels wide or more")
        self.note.setText(f"A PNG has twice these pixels, sharp on high-density screens: "
                          f"{shown}.")

    def _other_toggled(self, on: bool) -> None:
        if on:
            self.width_box.setFocus()
            self.width_box.selectAll()

    def key(self) -> str:
        """The choice made: "web", "screen", "report", or the typed width as text."""
        if self._other.isChecked():
            return str(self.width_box.value())
        for choice, button in self._buttons.items():
            if button.isChecked():
                return choice
        return DEFAULT_KEY
