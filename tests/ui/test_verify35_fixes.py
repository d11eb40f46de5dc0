"""Faults a wire-service journalist met keeping one large running timeline (verify35).

Each test fails on the code before its fix; the finding's number is in its name or text
(``/work/coord/s27/verify35_findings.md``)."""

from __future__ import annotations


def _settle(qtbot, rounds: int = 10) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()
        qtbot.wait(5)


def test_file_print_prints_the_whole_timeline_not_the_view(window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """F5: File → Print… (Ctrl+P), whose tip says "Print the whole timeline", printed only
    the period on screen ("24 October 2018 – 13 July 2026 · 19 of the timeline's 36
    events" for a 1990-2026 timeline zoomed in): ``QAction.triggered`` passes its
    ``checked`` (False) to the slot, and ``print_timeline(whole=True)`` took it as
    ``whole``.  The menu entry prints the whole timeline; Print Current View… the period."""
    from PySide6.QtGui import QImage

    from timeline_app.ui import export_picture as pictures
    from timeline_app.ui import prompts

    window.resize(1280, 800)
    _settle(qtbot)
    total = len(window.document.timeline)
    window.view.fit_all()
    _settle(qtbot)
    for _ in range(6):
        window.view.zoom_by(1.5)
    _settle(qtbot)
    assert "of the timeline" in window._picture_subtitle(False), "the view shows a part"

    painted: list[str] = []
    real = pictures.paint_timeline_page

    def spy(painter, view, page, title, subtitle, size=None):  # type: ignore[no-untyped-def]
        painted.append(subtitle)
        real(painter, view, page, title, subtitle, size)

    monkeypatch.setattr(pictures, "paint_timeline_page", spy)
    page = QImage(800, 600, QImage.Format.Format_ARGB32)
    monkeypatch.setattr(prompts, "print_with_preview", lambda _parent, paint: paint(page))

    window.print_action.trigger()
    window.print_view_action.trigger()
    whole, period = painted
    assert "of the timeline" not in whole and f"{total} events" in whole, whole
    assert "of the timeline" in period, period
