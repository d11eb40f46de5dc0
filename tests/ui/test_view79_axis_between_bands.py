"""view79: the axis names the stretch between two bands and the bands' lengths (verify80
F10).

A timeline of 1958-2026 with one event of 431 BC and one of "c. 1650": at Fit All the
narrow stretch holding c. 1650, between two bands, had no label at all, and both bands
said only "≈" (before the BC event the band had said "≈ 316 years").  The tooltip over a
band on the axis said nothing either (only over the lanes).
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import Precision


def _centuries() -> Timeline:
    timeline = Timeline(title="Talks across the ages")
    timeline.add(Event("bc", "Island league makes a truce", FuzzyDate.from_iso(
        "-0430", Precision.YEAR), category="precedent"))
    timeline.add(Event("c1650", "Congress ends a long war", FuzzyDate.from_iso(
        "1650", Precision.YEAR, circa=True), category="precedent"))
    start = dt.date(1958, 11, 10)
    lanes = ("meeting", "treaty", "policy", "dispute", "statement", "event")
    for index in range(72):
        day = start + dt.timedelta(days=345 * index)
        timeline.add(Event(f"m{index}", f"Round {index + 1} of the long-running arms "
                           "control talks between the two delegations",
                           FuzzyDate.of_ymd(day.year, day.month, day.day),
                           category=lanes[index % len(lanes)]))
    return timeline


def _fitted(window, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    window.resize(*size)
    QApplication.processEvents()
    window.document.replace_timeline(_centuries(), None)
    QApplication.processEvents()
    view = window.view
    view.fit_all()
    QApplication.processEvents()
    return view


@pytest.mark.parametrize("size", [(1366, 768), (1600, 900)])
def test_the_stretch_between_two_bands_is_named_and_a_band_says_its_length(window, size):  # type: ignore[no-untyped-def]
    view = _fitted(window, size)
    breaks = view._scale.breaks
    assert len(breaks) >= 2
    labels = view.axis_labels()
    texts = [text for _rect, text in labels]
    # was: nothing between the two bands
    assert "1650" in texts, texts
    rect = next(rect for rect, text in labels if text == "1650")
    first, second = breaks[0], breaks[1]
    assert view.x_of_day(first.last_day) - 8 <= rect.center().x() <= view.x_of_day(
        second.first_day) + 8
    # was: "≈" and "≈" only
    assert any(text.startswith("≈ ") and any(c.isdigit() for c in text)
               for text in texts), texts


def test_a_band_on_the_axis_has_its_length_in_a_tooltip(window, monkeypatch):  # type: ignore[no-untyped-def]
    view = _fitted(window, (1366, 768))
    brk = view._scale.breaks[1]
    x = (view.x_of_day(brk.first_day) + view.x_of_day(brk.last_day)) / 2
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_a: shown.append(text))
    pos = QPoint(int(x), 10)
    view.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    assert QPointF(pos).y() < 20  # (over the axis's years)
    assert shown and "years without events" in shown[-1], shown
