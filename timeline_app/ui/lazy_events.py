"""A lazily loaded timeline's remaining events, made in the window's idle time (issue 11).

A large file's events are checked by the load but made into ``Event`` objects only when
something asks for them (``core.model.LazyEvents``), so the window paints sooner.  Left at
that, the first reader of every event (a filter, the facets, an export, select all) made
them all at once on the GUI thread: ~0.6 s of CPU at 100 000 events, seconds at 1 000 000
(session 21, branch open23).  Here, once the window has painted the opened file, a zero
timer makes them a slice of about ``SLICE_SECONDS`` at a time (``Timeline.make_some``,
which then holds them as an eagerly loaded timeline does), so that input is answered
between slices; a reader of
every event that comes before the last slice has the rest made at once under the busy
cursor (``_LoadedEvents.make_all``, which ``WHILE_MAKING_ALL`` wraps).

Not imported before the first paint (``tests/ui/test_startup.py``).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from timeline_app.document import Document

#: Wall clock a slice of making may take, s: a slice is at least one loop of
#: ``core.model._SLICE`` (256) events, ~1.5 ms at 100 000 events on the development machine
#: (session 21); input waits about this long (a frame at 60 Hz is 16 ms).  Median slice
#: 3.6 ms of CPU at 100 000 and 1 000 000 events (session 22).
SLICE_SECONDS = 0.003
#: A timeline of this many events or more has the events made so far frozen out of the
#: cyclic collector's reach after each slice (``gc.freeze``; as ``io.native._FREEZE_MADE``).
FREEZE_MADE = 10_000


@contextmanager
def busy_cursor() -> Iterator[None]:
    """The application's busy cursor while the block runs (set at once, no repaint
    needed: the platform window's cursor is changed by ``setOverrideCursor``)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


#: A reader of every event waiting for the rest to be made sees its progress after this
#: many seconds (issue 11: an export right after a 1 000 000-event open waited ~5 s
#: under the busy cursor alone, session 22).
PROGRESS_AFTER_S = 1.0


@contextmanager
def making_all() -> Iterator[Callable[[int, int], None]]:
    """``io.native.WHILE_MAKING_ALL`` in the window: the busy cursor, and once the making
    has taken ``PROGRESS_AFTER_S``, a modal progress dialog (no Cancel: the reader needs
    every event) told ``(made, of)`` by ``_LoadedEvents.make_all``."""
    from PySide6.QtWidgets import QApplication, QProgressDialog

    started = time.perf_counter()
    shown: list[QProgressDialog] = []

    def told(made: int, of: int) -> None:
        if not shown:
            if time.perf_counter() - started < PROGRESS_AFTER_S or made >= of:
                return
            dialog = QProgressDialog(f"Preparing all {of:,} events…",
                                     "", 0, of, QApplication.activeWindow())
            dialog.setWindowTitle("Preparing the events")
            dialog.setCancelButton(None)  # type: ignore[arg-type]
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            shown.append(dialog)
        shown[0].setValue(made)  # modal: it repaints here

    with busy_cursor():
        try:
            yield told
        finally:
            for dialog in shown:
                dialog.close()
                dialog.deleteLater()


class RestMaker(QObject):
    """Makes the events of ``document``'s timeline not made yet in idle slices (see the
    module), until all are made, ``stop``, or the document holds another timeline (a file
    opened since: the rest of this one is not made)."""

    def __init__(self, parent: QObject, document: Document) -> None:
        super().__init__(parent)
        self.setObjectName("lazyEventsMaker")
        self._document = document
        self._store = document.timeline.store
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        self._timer.start()

    @property
    def running(self) -> bool:
        """Whether events are still to be made."""
        return self._store is not None

    def _step(self) -> None:
        timeline = self._document.timeline
        if self._store is None or timeline.store is not self._store:
            self.stop()  # another timeline since
        else:
            done = timeline.make_some(SLICE_SECONDS)
            if len(timeline) >= FREEZE_MADE:
                # The events made so far out of the cyclic collector's reach, as the load
                # leaves an eagerly loaded timeline's (``io.native.load``): a full
                # collection would walk them all, 0.8 s at 1 000 000 events once they
                # were made (session 22, ``/tmp/open24/slices.py``).  ``gc.freeze`` moves
                # the collector's lists in one step, whatever their length.
                gc.freeze()
            if done:
                self.stop()

    def stop(self) -> None:
        """Make no more (the events made so far stay made); the maker is deleted."""
        if self._store is not None:
            self._timer.stop()
            self._store = None
            self.deleteLater()


def make_rest_when_idle(parent: QObject, document: Document) -> RestMaker | None:
    """Start making the events of ``document``'s timeline not made yet in idle slices,
    by a maker that is a child of ``parent`` (a lazily loaded timeline's; None, nothing
    started, for any other).  The window's busy cursor is what a reader of every event
    waits under meanwhile (``io.native.WHILE_MAKING_ALL``)."""
    store = document.timeline.store
    if store is None:
        return None
    from timeline_app.io import native

    native.WHILE_MAKING_ALL = making_all
    maker = RestMaker(parent, document)
    maker.start()
    return maker
