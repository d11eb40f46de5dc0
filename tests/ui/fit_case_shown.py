"""A timeline of ``fit_cases/`` in the window, Fit All made at a size (with the Filters
dock open or not): the tests of a tester's own file's first view share it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from timeline_app.core import Timeline
from timeline_app.io.native import load

FIT_CASES = Path(__file__).parent / "fit_cases"


def fit_case_shown(window, path: Path, size: tuple[int, int],  # type: ignore[no-untyped-def]
                   dock: bool = False) -> Timeline:
    """Resize ``window`` to ``size``, show the timeline of ``path`` in it, open the
    Filters dock when ``dock``, Fit All; the timeline shown."""
    window.resize(*size)
    QApplication.processEvents()
    loaded = load(path)
    timeline = loaded if isinstance(loaded, Timeline) else loaded[0]
    window.document.replace_timeline(timeline, None)
    QApplication.processEvents()
    if dock:
        window._filter_dock.toggleViewAction().trigger()
        QApplication.processEvents()
    window.view.fit_all()
    QApplication.processEvents()
    return window.document.timeline


def rows_fitted(window, rows, size: tuple[int, int], title: str):  # type: ignore[no-untyped-def]
    """Resize ``window`` to ``size``, show a timeline of ``rows`` ((title, FuzzyDate,
    category) each, ids ``e0``, ``e1`` ... in that order) in it, Fit All; the view."""
    from timeline_app.core import Event

    events = [Event(f"e{i}", event_title, date, category=category)
              for i, (event_title, date, category) in enumerate(rows)]
    window.resize(*size)
    QApplication.processEvents()
    window.document.replace_timeline(Timeline.from_events(events, title=title), None)
    QApplication.processEvents()
    window.view.fit_all()
    QApplication.processEvents()
    return window.view
