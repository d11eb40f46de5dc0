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
