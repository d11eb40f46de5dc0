"""Long work off the GUI thread: a job runs a function on the thread pool and only signals.

Threads never touch widgets; the window connects to the job's signals, which Qt
delivers on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _JobSignals(QObject):
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised


class BackgroundJob(QRunnable):
    """Runs ``work()`` on a worker thread and reports through ``signals``."""

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self._work = work
        self.signals = _JobSignals()

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # noqa: BLE001 - every failure becomes a message
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)
