"""The axis says where Fit All changes its scale (verify63 F11, session 51 view60).

After Fit All of an imported article at 1280 px, the ticks read "2018 2020 2022 2023
|2024 2025 2026 2027": the story (2023-2027) drawn wider than its days
(``scale.Squeeze`` before it), two-year steps becoming one-year steps with nothing on
the axis saying so; "2023" had no tick of its own, crowded against "|2024", and the
collapsed 2015-2018 band said nothing of its length.  Now a dashed line and "scale ×2.8"
mark the change, every year label stands beside its own tick and the narrow band has its
"≈ 2 years" over it.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import Precision

# (date, precision, end, category, title): the events her article gave (the extractor's)
GULF = [
    ("2015-07", "month", None, "treaty", "2015 nuclear deal signed in Vienna"),
    ("2018-05", "month", None, "policy", "Donald Trump reimposes sanctions"),
    ("2023-03", "month", None, "treaty",
     "Riyadh and Tehran restore diplomatic ties under an agreement brokered"),
    ("2025-04-12", "day", None, "meeting", "Abbas Araqchi and Steve Witkoff meet in Muscat"),
    ("2025-06", "month", None, "dispute", "U.S. strikes on Iranian nuclear facilities"),
    ("2025-09", "month", None, "policy", "United Nations sanctions"),
    ("2026-06", "month", None, "dispute", "Negotiations break down"),
    ("2026-06", "month", None, "policy", "Sanctions"),
    ("2026-11-18", "day", None, "visit", "Mohammed bin Abdulrahman Al Thani visits Tehran"),
    ("2026-11-23", "day", "2026-11-29", "visit", "Badr Albusaidi visits Washington"),
    ("2026-11-30", "day", None, "meeting",
     "Faisal bin Farhan and Abbas Araqchi speak by telephone"),
    ("2026-12-03", "day", None, "meeting", "Oman, Iran and United States meet in Muscat"),
    ("2026-12-17", "day", None, "meeting", "Second round in Muscat (scheduled)"),
    ("2027-03", "month", None, "meeting", "International Atomic Energy Agency's Board of "
     "Governors meets in Vienna (scheduled)"),
]


def _fitted(window, width: int, height: int):  # type: ignore[no-untyped-def]
    window.resize(width, height)
    QApplication.processEvents()
    timeline = Timeline(title="Oman and Iran, 2015-2026")
    for index, (value, precision, end, category, title) in enumerate(GULF):
        stop = None if end is None else FuzzyDate.from_iso(end, Precision.DAY)
        timeline.add(Event(f"e{index}", title, FuzzyDate.from_iso(value, Precision(precision)),
                           end=stop, category=category))
    window.document.replace_timeline(timeline, None)
    QApplication.processEvents()
    window.view.fit_all()
    QApplication.processEvents()
    return window.view


def _minor_labels(view):  # type: ignore[no-untyped-def]
    segments = view._axis_segments()
    lines, labels = view._axis_layout(segments, view.viewport().width())
    ticks = [x for x, top, _bottom in lines if top == 24]
    return ticks, [label for label in labels if not label.bold and not label.boxed
                   and label.rect.top() > 20]


@pytest.mark.parametrize("size", [(1280, 800), (1600, 900)])
def test_every_year_label_stands_beside_its_own_tick(window, size):  # type: ignore[no-untyped-def]
    view = _fitted(window, *size)
    ticks, labels = _minor_labels(view)
    assert labels
    # (after a band the year a stretch starts in is named at its edge, its tick under the
    # band: verify46 F16)
    segments = view._axis_segments()
    after_bands = [b.x0 + 6 for a, b in itertools.pairwise(segments) if a.brk is not None]
    for label in labels:  # (a label starts 3 px right of its tick)
        assert any(abs(label.rect.left() - 3 - x) < 0.6 for x in ticks) or any(
            abs(label.rect.left() - edge) < 0.6 for edge in after_bands), label.text
    rights = sorted((label.rect.left(), label.rect.right()) for label in labels)
    assert all(b[0] - a[1] >= 6 for a, b in itertools.pairwise(rights))  # none crowded


def test_the_change_of_scale_is_marked_on_the_axis(window):  # type: ignore[no-untyped-def]
    view = _fitted(window, 1280, 800)
    width = view.viewport().width()
    changes = view._scale_changes(view._axis_segments(), width)
    assert len(changes) == 1, changes
    x, ratio = changes[0]
    assert ratio > 2  # the story drawn ~2.8 times as wide as the years before it
    texts = [text for _rect, text in view.axis_labels()]
    assert any(text.startswith("scale ×") for text in texts), texts
    # the dashed line is painted: dark pixels down the edge's column in the ticks' rows
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    view._paint_axis(painter, view._axis_segments(), width)
    painter.end()
    column = [min(image.pixelColor(c, y).lightness() for c in (int(x) - 1, int(x), int(x) + 1))
              for y in range(4, 40)]
    assert 8 <= sum(1 for v in column if v < 160) < 34, column  # dark, and dashed


def test_a_narrow_band_says_its_length_over_it(window):  # type: ignore[no-untyped-def]
    view = _fitted(window, 1280, 800)
    bands = [seg.band for seg in view._axis_segments() if seg.band is not None]
    assert len(bands) == 1 and bands[0][1] - bands[0][0] < 40  # too narrow for "≈" in it
    (x0, x1), = bands
    said = [(rect, text) for rect, text in view.axis_labels() if text.startswith("≈")]
    assert [text for _rect, text in said] == ["≈ 2 years"]
    rect = said[0][0]
    assert rect.left() < (x0 + x1) / 2 < rect.right()  # over the band


def test_a_stretch_after_a_band_still_names_the_year_it_starts_in(window):  # type: ignore[no-untyped-def]
    """verify46 F16's label at a stretch's left edge stays after a band (its tick is
    under the band): only after a stretch at another scale it goes."""
    view = _fitted(window, 1280, 800)
    segments = view._axis_segments()
    after_band = next(i for i, seg in enumerate(segments) if seg.brk is not None) + 1
    assert segments[after_band].brk is None
    ticks, labels = _minor_labels(view)
    first = min(label.rect.left() for label in labels
                if label.rect.left() >= segments[after_band].x0)
    assert first < segments[after_band].x0 + 12  # "2018" at the stretch's edge


def test_scale_words() -> None:
    from timeline_app.ui.scale import scale_words

    assert [scale_words(r) for r in (2.84, 3.0, 0.42, 12.4, 0.01)] == [
        "2.8", "3", "0.4", "12", "0.1"]
