"""verify69 F12: in the dark theme the PNG export's width choices were dark discs on the dark
window, "Report or slide" (chosen) hard to tell from the others; Choose Lanes', Join Names'
and Split Event's unticked rows, and File → Merge's "Show only rows that differ", showed
no box at all (session 54, grabbed).  Every dialog's check boxes, radio buttons and lists
of ticks are drawn with ``VisibleCheckStyle``: an outline ≥ 3:1 on the window, the chosen
radio button's dot in the text's colour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QRadioButton,
    QStyle,
    QWidget,
)

from timeline_app.io.bundled import load_default_timeline
from timeline_app.ui.check_style import VisibleCheckStyle
from timeline_app.ui.choose_lanes import ChooseLanesDialog
from timeline_app.ui.join_names import JoinNamesDialog
from timeline_app.ui.merge_dialog import MergeDialog
from timeline_app.ui.picture_width import PictureWidthDialog
from timeline_app.ui.quote_dialog import QuoteDialog
from timeline_app.ui.split_event_dialog import SplitEventDialog
from timeline_app.ui.style import contrast_ratio
from timeline_app.ui.theme import palette_for


def _dialogs() -> dict[str, QWidget]:
    timeline = load_default_timeline()
    events = list(timeline)
    told_twice = next(e for e in events if len(e.evidence) > 1)
    return {
        "PNG width": PictureWidthDialog(None, "PNG", "the whole timeline", "report", 1200),
        "Join Names": JoinNamesDialog([("Japan", 5), ("South Korea", 4)], [("Tokyo", 3)]),
        "Choose Lanes": ChooseLanesDialog([("Meeting", 3), ("Treaty", 1)], {"Treaty"},
                                          "participant"),
        "Split Event": SplitEventDialog(told_twice),
        "Add quote": QuoteDialog([e.evidence[0] for e in events[:3]]),
        "File → Merge": MergeDialog(timeline, events),
    }


def test_every_dialogs_ticks_and_choices_are_drawn_to_be_seen(qtbot) -> None:  # type: ignore[no-untyped-def]
    for name, dialog in _dialogs().items():
        qtbot.addWidget(dialog)
        ticks = [w for w in dialog.findChildren(QWidget)
                 if isinstance(w, (QCheckBox, QRadioButton))
                 or (isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView)
                     and _has_ticks(w))]
        assert ticks, name
        plain = [type(w).__name__ for w in ticks if not isinstance(w.style(), VisibleCheckStyle)]
        assert not plain, (name, plain)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_png_width_choices_read_in_either_theme(qtbot, dark: bool) -> None:  # type: ignore[no-untyped-def]
    dialog = PictureWidthDialog(None, "PNG", "the whole timeline", "report", 1200)
    qtbot.addWidget(dialog)
    dialog.setPalette(palette_for(dark))
    dialog.show()
    qtbot.waitExposed(dialog)
    window = QColor(palette_for(dark).color(QPalette.ColorRole.Window))
    radios = dialog.findChildren(QRadioButton)
    chosen = next(r for r in radios if r.isChecked())
    other = next(r for r in radios if not r.isChecked())
    for radio in (chosen, other):
        image = radio.grab().toImage()
        ratio = image.devicePixelRatio()
        box = radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, _option(
            radio), radio)
        edge = max(contrast_ratio(image.pixelColor(QPoint(round(x * ratio),
                                                          round(box.center().y() * ratio))),
                                  window)
                   for x in range(box.left(), box.left() + 3))
        assert edge >= 3.0, (radio.text(), edge)
        centre = image.pixelColor(QPoint(round(box.center().x() * ratio),
                                         round(box.center().y() * ratio)))
        if radio is chosen:  # its dot: the text's colour
            assert contrast_ratio(centre, window) >= 4.5, centre.name()
        else:
            assert contrast_ratio(centre, window) < 3.0, centre.name()


def _has_ticks(view: QAbstractItemView) -> bool:
    """Whether a cell of ``view``'s (of its first 50 rows and 12 columns) can be ticked."""
    model = view.model()
    if model is None:
        return False
    cells = (model.index(row, column) for row in range(50) for column in range(12))
    return any(cell.isValid() and model.flags(cell) & Qt.ItemFlag.ItemIsUserCheckable
               for cell in cells)


def _option(radio: QRadioButton):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleOptionButton

    option = QStyleOptionButton()
    option.initFrom(radio)
    return option
