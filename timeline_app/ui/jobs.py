"""Long work off the GUI thread: a job runs a function on the thread pool and only signals.

Threads never touch widgets; the window connects to the job's signals, which Qt
delivers on the GUI thread.
"""

from __future__ import annotations

import importlib
import sys
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    SignalInstance,
)

#: ``sys.setswitchinterval`` while Python runs on a thread beside the GUI thread's
#: (Python's default: 5 ms).  The GUI thread gives the GIL away at each of its Qt calls;
#: beside a thread that runs Python it gets it back only when that thread is told to
#: drop it, after this interval: a repaint of a few hundred Qt calls took 30-60 ms of
#: wall clock for 5-6 ms of its CPU beside a load (issue 11, benchmarks/README.md,
#: session 6).  The other thread pays for a switch only when the GUI thread asks for
#: the GIL (``io.load`` of 100 000 events: the same CPU with 1 ms as with 5 ms).
SHORT_SWITCH_INTERVAL_S = 0.001
_switching = threading.Lock()
#: Whoever asked for the short interval, by identity (a Qt object's ``==`` may call into
#: C++, gone once the thread pool deleted a finished job), until they are done.
_switch_holders: dict[int, object] = {}
_switch_before: list[float] = []  # the interval before the first of them asked


def switch_sooner(holder: object) -> None:
    """The short switch interval (``SHORT_SWITCH_INTERVAL_S``) until ``holder`` and every
    other holder have called :func:`switch_as_before`.  Any thread."""
    with _switching:
        if not _switch_holders:
            _switch_before[:] = [sys.getswitchinterval()]
            sys.setswitchinterval(min(SHORT_SWITCH_INTERVAL_S, _switch_before[0]))
        _switch_holders[id(holder)] = holder


def switch_as_before(holder: object) -> None:
    """``holder`` no longer needs the short interval; the last one gives the interval
    back as it was.  Nothing if ``holder`` holds none."""
    with _switching:
        if _switch_holders.pop(id(holder), None) is not None:
            if not _switch_holders and _switch_before:
                sys.setswitchinterval(_switch_before.pop())


def say_while_working(report: Callable[[int, int], bool], text: str) -> None:
    """From inside a job's ``reporting_work``, given its ``report``: tell the window what
    the work does now (:meth:`BackgroundJob.say`).  Nothing when ``report`` is not a
    job's (work run without a job, as in tests)."""
    job = getattr(report, "__self__", None)
    if isinstance(job, BackgroundJob):
        job.say(text)


class _JobSignals(QObject):
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised
    progressed = Signal(int, int)  # work done so far, of a total (any unit)
    said = Signal(str)  # what the work does now, in words (``BackgroundJob.say``)


#: A job's reports reach the window at most this often (s): each one wakes the GUI thread,
#: which then waits for the GIL, and moves a bar that 20 steps a second show smoothly.
#: The 100 000-event load reported 32 times in 0.6 s, each ~0.5 ms of the GUI thread's
#: CPU and a hand-over of the GIL both ways (issue 11).
REPORT_EVERY_S = 0.05


class BackgroundJob(QRunnable):
    """Runs ``work()`` on a worker thread and reports through ``signals``.

    Work that can tell its progress and stop early is given as ``reporting_work``
    instead: it is called with :meth:`report`, which emits ``signals.progressed`` and
    returns False once :meth:`cancel` has been called (the work then stops by raising,
    as ``io.load`` does with its ``progress`` callback).
    """

    def __init__(self, work: Callable[[], object] | None = None, *,
                 reporting_work: Callable[[Callable[[int, int], bool]], object] | None = None,
                 ) -> None:
        super().__init__()
        if (work is None) == (reporting_work is None):
            raise ValueError("give exactly one of work and reporting_work")
        self._work = work
        self._reporting_work = reporting_work
        self._cancelled = False  # set on the GUI thread, read on the worker: a plain flag
        self._reported = -REPORT_EVERY_S  # time.monotonic() of the last report
        # Qt owns the signals, not this job: the thread pool releases a finished job on
        # its worker thread, and a job's last reference dropped there destroyed its
        # signals object there too — a QObject of the GUI thread, maybe while that thread
        # was delivering the very signal (Qt's rule: a QObject is deleted in its own
        # thread).  Measured: 1 job in 50 whose GUI handler dropped the job (as
        # ``ArticlePane._on_tagged`` does) had its signals destroyed on the worker; a fresh
        # clone's test run crashed twice in the next window's constructor (session 34).
        # Child of the application (GUI thread), deleted there by ``run``'s ``deleteLater``
        # once both reports are posted; without an application, as before.
        self.signals = _JobSignals(QCoreApplication.instance())

    def report(self, done: int, total: int) -> bool:
        """Tell the window how far the work is (at most every ``REPORT_EVERY_S``, and the
        end); False means "stop": it was cancelled."""
        if not self._cancelled:
            now = time.monotonic()
            if now - self._reported >= REPORT_EVERY_S or done >= total:
                self._reported = now
                self.signals.progressed.emit(done, total)
        return not self._cancelled

    def say(self, text: str) -> None:
        """Tell the window what the work does now ("Laying out the lanes…"), for its
        progress dialog's label: a stage after the bytes of a file are read left the bar
        at 100 % for seconds with nothing said (verify50: 1 000 000 events, 14 s on a
        busy machine).  Any thread; nothing once cancelled."""
        if not self._cancelled:
            self.signals.said.emit(text)

    def switch_sooner(self) -> None:
        """The short switch interval while this job runs (see :func:`switch_sooner`):
        the window calls it as the job starts and :meth:`switch_as_before` as it ends."""
        switch_sooner(self)

    def switch_as_before(self) -> None:
        switch_as_before(self)

    def cancel(self) -> None:
        """Ask reporting work to stop at its next report (plain work runs to its end)."""
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        """:meth:`cancel` was called."""
        return self._cancelled

    def run(self) -> None:
        try:
            try:
                if self._reporting_work is not None:
                    result = self._reporting_work(self.report)
                else:
                    assert self._work is not None
                    result = self._work()
            except Exception as error:  # noqa: BLE001 - every failure becomes a message
                if self._cancelled:
                    _drop_frames(error)
                self._tell(self.signals.failed, error)
                return
            self._tell(self.signals.finished, result)
        finally:
            self._release_signals()

    def _release_signals(self) -> None:
        """Have the signals object deleted on its own (the GUI) thread, after the report
        just posted to it is delivered: ``deleteLater`` posts the deletion behind it (Qt
        delivers a thread's posted events in order).  Nothing if it is gone already."""
        try:
            self.signals.deleteLater()
        except RuntimeError:
            pass

    @staticmethod
    def _tell(signal: SignalInstance, value: object) -> None:
        """Emit ``value``; nothing if the signals are gone: the app quit (or the window
        was closed and deleted) while the work ran, and nobody is left to tell (PySide
        raised "Signal source has been deleted" from the worker thread at exit)."""
        try:
            signal.emit(value)
        except RuntimeError:
            pass

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)


def _drop_frames(error: BaseException) -> None:
    """Let go of the frames ``error`` holds (its traceback's, its cause's and context's):
    a cancelled job's error is dropped unread, and through those frames it held the work
    done so far — a part-read file of 1 000 000 events, ~200 MB in reference cycles that
    only a full collection frees (0.5 s of the GUI thread's time; verify60 F8).  Freed
    by reference counting instead, on the worker, as its frames end."""
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        link.__traceback__ = None
        link = link.__cause__ or link.__context__


#: The event type of ``call_after_repaints``' posted call.
_AFTER_REPAINTS = QEvent.Type(QEvent.registerEventType())


class _AfterRepaints(QObject):
    """Receives the low-priority event ``call_after_repaints`` posts, and calls back."""

    def __init__(self, callback: Callable[[], object]) -> None:
        super().__init__()
        self._callback: Callable[[], object] | None = callback

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt override
        if event.type() == _AFTER_REPAINTS and self._callback is not None:
            callback, self._callback = self._callback, None
            _PENDING.discard(self)
            callback()
            return True
        return super().event(event)


_PENDING: set[_AfterRepaints] = set()  # kept alive until their event comes


def call_after_repaints(callback: Callable[[], object]) -> None:
    """Call ``callback`` on the GUI thread once the events posted so far are delivered,
    the repaints already asked for (``QWidget.update``) included.

    ``QTimer.singleShot(0, ...)`` is no way to wait for them: Qt posts a widget's
    ``UpdateRequest`` at ``Qt.LowEventPriority`` and a zero timer's call at normal
    priority, so the timer's call comes first.  This posts at low priority too, after
    them.  Used to start a load once the window is painted: a paint made while a
    loading thread runs Python waits for the GIL at each of its Qt calls (the window
    finished after the first paint, 30-60 ms of wall clock for 5-6 ms of its CPU beside
    the load of 100 000 events; issue 11, benchmarks/README.md, session 6).
    """
    receiver = _AfterRepaints(callback)
    _PENDING.add(receiver)
    QCoreApplication.postEvent(receiver, QEvent(_AFTER_REPAINTS),
                               Qt.EventPriority.LowEventPriority.value)


#: Qt-free modules the panels built after the first paint import (and File → Open's
#: loaders): imported ahead on a worker thread, so that the GUI thread finds them ready
#: (~50-100 ms of its time after the first paint, issue 11).  Modules that touch Qt are
#: not among them: PySide creates some of its types lazily, and that is left to the GUI
#: thread.
WARM_MODULES = (
    "json", "difflib", "locale", "heapq", "unicodedata",
    "timeline_app.core.parse_date", "timeline_app.core.query", "timeline_app.io.files",
    "timeline_app.io.formats", "timeline_app.io.native", "timeline_app.io.fingerprint",
)


def warm_imports(names: tuple[str, ...] = WARM_MODULES) -> threading.Thread:
    """Import ``names`` on a daemon thread (started, and returned); failures are ignored:
    the GUI thread imports a module again when it needs it, and sees its error then."""

    def run() -> None:
        for name in names:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001, S112 - the real import reports it
                continue

    thread = threading.Thread(target=run, name="warm-imports", daemon=True)
    thread.start()
    return thread


#: How long after a progress dialog closed a press on the widgets under it is ignored (s):
#: a person aiming at Cancel as the work ends clicks where the dialog was a moment ago
#: (new-user trial 8: the click selected, deselected or started a drag in the timeline).
#: 300 ms covers a click begun as the dialog vanished (human reaction to a visual
#: change is ~200-250 ms).
PRESS_GUARD_S = 0.3


class PressGuard(QObject):
    """Event filter that swallows mouse presses (and double clicks) on the widgets it is
    installed on for ``PRESS_GUARD_S`` seconds after :meth:`arm` — called as a progress
    dialog closes.  The release of a swallowed press arrives without its press, which the
    widgets ignore.  ``clock`` (``time.monotonic``) is replaceable for tests."""

    def __init__(self, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.clock = clock
        self._until = float("-inf")

    def arm(self) -> None:
        """Ignore presses from now for ``PRESS_GUARD_S`` seconds."""
        self._until = self.clock() + PRESS_GUARD_S

    def guarding(self) -> bool:
        """True while presses are being ignored."""
        return self.clock() < self._until

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return self.guarding()
        return super().eventFilter(watched, event)
