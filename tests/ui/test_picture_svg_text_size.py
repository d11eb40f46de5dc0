"""An SVG picture's text is the size the view lays it out at (verify36 F8).

The view measures each title (its width, its "…" cut, the box behind it, the packing)
with the window's font, 9 pt = 12 px on a 96 dpi screen.  QSvgGenerator's default
resolution is 72 dpi: the same font was written ``font-size="9"`` in a viewBox of the
view's pixels, so every title and lane name in the SVG was three quarters of its size on
screen, in the PNG and in the PDF, with the room measured for it left empty."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtGui import QFontInfo


def test_the_svg_writes_the_labels_at_the_views_pixel_size(window, recorded_prompts,
                                                            tmp_path):
    path = tmp_path / "view.svg"
    recorded_prompts.export_path = str(path)
    assert window.export_picture("SVG", whole=False)
    svg = path.read_text("utf-8")
    sizes = Counter(float(size) for size in re.findall(r'font-size="([0-9.]+)"', svg))
    label_px = QFontInfo(window.view.font()).pixelSize()
    assert label_px > 0
    # the labels (the most frequent size) are written at the size the view draws them
    most, _count = sizes.most_common(1)[0]
    assert abs(most - label_px) < 0.51, (sizes, label_px)


def _two_busy_years():  # type: ignore[no-untyped-def]
    from timeline_app.core import Event, FuzzyDate, Timeline

    return Timeline.from_events([
        Event(f"e{n}", f"Round {n} of border talks between the two ministers in the capital",
              FuzzyDate.of_ymd(2024 + n // 12, 1 + n % 12, 5 + n % 20),
              category=("meeting", "visit", "policy")[n % 3]) for n in range(24)])


def test_a_picture_for_a_web_column_is_made_at_that_width(window, recorded_prompts,
                                                          tmp_path):
    """verify61 F15: a picture of a 2-year period was 2 124 px wide (4 248 PNG pixels),
    its titles ~5 px high in a 900-px article column, the SVG sized in mm.  Asked for a
    web page's column, the picture is 900 px wide, its text the window's size there:
    the PNG twice the pixels (192 dpi), the SVG's size in px."""
    from PySide6.QtGui import QImage

    window.document.replace_timeline(_two_busy_years(), None)
    window.view.fit_all()
    recorded_prompts.picture_width = "web"
    png, svg = tmp_path / "web.png", tmp_path / "web.svg"
    recorded_prompts.export_path = str(png)
    assert window.export_picture("PNG", whole=False)
    image = QImage(str(png))
    assert image.width() == 2 * 900  # was 2 * 1424 or more
    assert round(image.dotsPerMeterX() * 0.0254) == 192
    assert recorded_prompts.picture_width_questions[-1][:2] == ("PNG", "the current view")
    assert "900 px wide" in recorded_prompts.export_titles[-1]
    recorded_prompts.export_path = str(svg)
    assert window.export_picture("SVG", whole=False)
    text = svg.read_text("utf-8")
    assert re.search(r'<svg width="900px" height="\d+px"\s+viewBox="0 0 900 \d+"', text)
    label_px = QFontInfo(window.view.font()).pixelSize()
    sizes = Counter(float(size) for size in re.findall(r'font-size="([0-9.]+)"', text))
    # (the dates beside the titles, session 54's view69, are in the small font: one
    # beside each title here, as many as the titles; left out of the count)
    small_px = QFontInfo(window.view._small_font).pixelSize()
    for size in [size for size in sizes if abs(size - small_px) < 0.51]:
        del sizes[size]
    assert abs(sizes.most_common(1)[0][0] - label_px) < 0.51  # the window's text size
    # The whole timeline too, never wider than asked; the choice is kept for next time.
    recorded_prompts.export_path = str(tmp_path / "whole.png")
    assert window.export_picture("PNG", whole=True)
    assert QImage(str(tmp_path / "whole.png")).width() == 2 * 900
    assert recorded_prompts.picture_width_questions[-1][2] == "web"


def test_as_on_screen_and_a_typed_width(window, recorded_prompts, tmp_path):
    from PySide6.QtGui import QImage

    window.document.replace_timeline(_two_busy_years(), None)
    path = tmp_path / "view.png"
    recorded_prompts.export_path = str(path)
    recorded_prompts.picture_width = "screen"
    assert window.export_picture("PNG", whole=False)
    screen = window.view.viewport().width() + 2 * 12
    assert recorded_prompts.picture_width_questions[-1][3] == screen
    assert QImage(str(path)).width() == 2 * screen
    recorded_prompts.picture_width = "640"
    assert window.export_picture("PNG", whole=False)
    assert QImage(str(path)).width() == 2 * 640
    recorded_prompts.picture_width = None  # Cancel: no file dialog, nothing written
    asked = len(recorded_prompts.export_suggestions)
    assert not window.export_picture("PNG", whole=False)
    assert len(recorded_prompts.export_suggestions) == asked


def test_the_width_dialog_from_the_keyboard(qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from timeline_app.ui.picture_width import PictureWidthDialog, chosen_width

    dialog = PictureWidthDialog(None, "PNG", "the current view", "report", 764)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.key() == "report"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.key() == "web")  # (a mnemonic's click is animated)
    assert chosen_width("web", 764) == 900
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.key() == "screen")
    assert chosen_width("screen", 764) == 764
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.width_box)
    dialog.width_box.lineEdit().selectAll()
    qtbot.keyClicks(dialog.width_box, "1000")
    assert dialog.key() == "1000" and chosen_width("1000", 764) == 1000
    assert chosen_width("report", 764) is None
