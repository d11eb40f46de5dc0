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

    from timeline_app.ui import print_pages as pictures
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
    real = pictures.paint_pages

    def spy(device, view, title, subtitle, *args, **named):  # type: ignore[no-untyped-def]
        painted.append(subtitle)
        return real(device, view, title, subtitle, *args, **named)

    monkeypatch.setattr(pictures, "paint_pages", spy)
    page = QImage(800, 600, QImage.Format.Format_ARGB32)
    monkeypatch.setattr(prompts, "print_with_preview",
                        lambda _parent, paint, *_a, **_k: paint(page))

    window.print_action.trigger()
    window.print_view_action.trigger()
    whole, period = painted
    assert "of the timeline" not in whole and f"{total} events" in whole, whole
    assert "of the timeline" in period, period


def _dense_lanes(window, qtbot):  # type: ignore[no-untyped-def]
    """Eight lanes of 1 500 events each over 1950-2025: at Fit All every lane is a density
    strip and they all fit the window; zoomed to days, each lane is rows of titles and
    the last lane is far below the fold.  The events, by lane."""
    import random

    from timeline_app.core import Event, FuzzyDate, Timeline

    rng = random.Random(35)
    lanes = ("treaty", "policy", "dispute", "visit", "meeting", "anniversary",
             "statement", "event")
    events = [Event(f"{lane}{n}", f"{lane.title()} number {n} between two capitals on trade",
                    FuzzyDate.of_ymd(rng.randint(1950, 2025), rng.randint(1, 12),
                                     rng.randint(1, 28)), category=lane)
              for lane in lanes for n in range(1500)]
    window.document.replace_timeline(Timeline.from_events(events), None)
    window.resize(1280, 800)
    _settle(qtbot)
    window.view.fit_all()
    _settle(qtbot)
    return events


def test_find_scrolls_to_the_lane_of_an_event_found_below_the_fold(window, qtbot):  # type: ignore[no-untyped-def]
    """Finding: Find (Ctrl+F, Enter) on the 100 000-event file at 1280x800 selected an event
    of the Statement lane and zoomed in until it was drawn, but the lanes stayed scrolled
    to the top (Policy, Dispute): the event was nowhere to be seen.  Find's zoom steps are
    previews (a run of the same notch), which leave the vertical scroll bar the range of
    the density lanes of before (41 px), so the scroll to the event's row was cut to it."""
    events = _dense_lanes(window, qtbot)
    view = window.view
    target = next(e for e in reversed(events) if e.category == "event")
    window.selection.select(target.id)
    assert window.reveal_event(target.id)
    marker = view.marker_rect(target.id)
    area = view.events_area()
    assert not marker.isNull()
    assert area.top() <= marker.top() and marker.bottom() <= area.bottom(), (marker, area)
