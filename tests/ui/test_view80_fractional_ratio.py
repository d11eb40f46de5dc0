"""view80: at a fractional device pixel ratio (125 %, ``QT_SCALE_FACTOR=1.25``) the view
drew every diamond, stripe and rounded end as vectors (``_snapped_ratio`` None), 39-161 ms
a ``+`` on a 40 000-event file against 27-52 at 100 % (fix86).  The pixel paths now work
at any ratio, made in device pixels and put on whole device pixels; the picture is the
vector one within antialiasing (and the stripes' paler ground, as at 100 %)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

import numpy as np
from PySide6.QtGui import QColor, QImage, QPen

_AT_125 = r"""
import json, sys
import numpy as np
from PySide6.QtWidgets import QApplication
app = QApplication([])
from timeline_app.document import Document
from timeline_app.io.bundled import load_default_timeline
from timeline_app.selection import EventSelection
from timeline_app.ui.timeline_view import TimelineView
if sys.argv[1] == "vector":
    TimelineView._snapped_ratio = staticmethod(lambda painter: None)
view = TimelineView(Document(load_default_timeline()), EventSelection())
view.resize(1100, 520)
view.show()
for _ in range(5):
    app.processEvents()
view.fit_all()
for _ in range(5):
    app.processEvents()
view.viewport().repaint()
app.processEvents()
from PySide6.QtGui import QImage
image = view.screen().grabWindow(view.winId()).toImage().convertToFormat(
    QImage.Format.Format_RGB32)
rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(),
                                                          image.bytesPerLine())
np.save(sys.argv[2], rows[:, :image.width() * 4].reshape(image.height(), image.width(),
                                                        4)[:, :, :3].copy())
print(json.dumps({"ratio": view.devicePixelRatioF(),
                  "diamonds": sorted({key[-1] for key in view._marker_pixmaps})}))
"""


def _picture(tmp_path, how: str) -> tuple[dict, np.ndarray]:  # type: ignore[type-arg]
    env = dict(os.environ, QT_SCALE_FACTOR="1.25", QT_QPA_PLATFORM="offscreen",
               TIMELINE_APP_SETTINGS=str(tmp_path / "settings.ini"))
    out = tmp_path / f"{how}.npy"
    done = subprocess.run([sys.executable, "-c", _AT_125, how, str(out)], env=env,
                          capture_output=True, text=True, timeout=300, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1]), np.load(out).astype(int)


def test_at_125_percent_the_markers_are_copied_and_read_as_the_vectors(tmp_path):  # type: ignore[no-untyped-def]
    seen, copied = _picture(tmp_path, "pixels")
    assert seen["ratio"] == 1.25
    assert seen["diamonds"] == [1.25]  # was: none (every diamond a polygon)
    _seen, vectors = _picture(tmp_path, "vector")
    assert copied.shape == vectors.shape
    differ = np.abs(copied - vectors).max(axis=2)
    # antialiasing and the stripes' ground: no pixel far off, few a little
    assert differ.max() <= 80, differ.max()
    assert (differ > 32).sum() <= 0.005 * differ.size


def test_a_diamond_pixmap_at_125_percent_is_centred_on_a_device_pixel_corner(shown_view):  # type: ignore[no-untyped-def]
    from timeline_app.io.bundled import load_default_timeline

    view = shown_view(load_default_timeline())
    pixmap = view._diamond_pixmap(QPen(QColor("navy"), 1), QColor("gold"), 1.25)
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    side = image.width()
    assert side == image.height() == 2 * math.ceil(9 * 1.25)  # was 22: 11.25 each side
    alpha = [[image.pixelColor(x, y).alpha() for x in range(side)] for y in range(side)]
    for y in range(side):  # the same each side of the middle corner
        for x in range(side):
            assert abs(alpha[y][x] - alpha[side - 1 - y][side - 1 - x]) <= 2


def test_the_stripes_tile_keeps_its_period_at_125_percent() -> None:
    from timeline_app.ui.view_base import HATCH_PERIOD, HATCH_TILE_PERIODS, _hatch_brush

    brush = _hatch_brush(QColor("white"), QColor("black"), 1.25)
    image = brush.textureImage()
    # two periods a tile: 15 device px (was 8: a period of 6.4 px, not 6)
    assert image.width() == 2 * HATCH_PERIOD * 1.25 * HATCH_TILE_PERIODS
    assert image.height() == 2 * HATCH_PERIOD * 1.25
