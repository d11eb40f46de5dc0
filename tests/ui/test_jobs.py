"""Background jobs (``ui/jobs.py``): work off the GUI thread that only signals."""

from __future__ import annotations

import shiboken6

from timeline_app.ui.jobs import BackgroundJob


def test_a_job_that_ends_after_its_signals_are_gone_ends_quietly(qtbot):
    """The app quit (or the window was deleted) while the work ran: the worker's report of
    the result or of the failure finds no signals object and says nothing (PySide raised
    "Signal source has been deleted" on the worker thread at exit, issue 11)."""
    for work in (lambda: 42, lambda: 1 / 0):
        job = BackgroundJob(work)
        shiboken6.delete(job.signals)
        job.run()  # no exception


def test_a_job_reports_its_result_or_its_failure(qtbot):
    job = BackgroundJob(lambda: 42)
    with qtbot.waitSignal(job.signals.finished) as finished:
        job.run()
    assert finished.args == [42]
    job = BackgroundJob(lambda: 1 / 0)
    with qtbot.waitSignal(job.signals.failed) as failed:
        job.run()
    assert isinstance(failed.args[0], ZeroDivisionError)


def test_the_lanes_made_off_the_gui_thread_are_frozen_before_the_collector_is_on():
    """``_without_collections`` (issue 11): with the collector on (a File → Open), what the
    work made is frozen before the collector is on again, so that no young collection
    walks it at the next allocation (at 1 000 000 events one ~300 ms C call holding the
    GIL); with the collector off (the start-up), it is left off and nothing is frozen."""
    import gc

    from timeline_app.ui.main_window import _without_collections

    made: list[list[int]] = []

    def work(_timeline):  # type: ignore[no-untyped-def]
        assert not gc.isenabled()
        made.extend([i] for i in range(5000))
        return "lanes"

    was_enabled = gc.isenabled()
    try:
        gc.enable()
        frozen = gc.get_freeze_count()
        assert _without_collections(work, None) == "lanes"  # type: ignore[arg-type]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen + 5000
        gc.disable()
        frozen = gc.get_freeze_count()
        assert _without_collections(work, None) == "lanes"  # type: ignore[arg-type]
        assert not gc.isenabled()
        assert gc.get_freeze_count() == frozen
    finally:
        (gc.enable if was_enabled else gc.disable)()


def test_call_after_repaints_comes_after_the_repaints_asked_for_and_a_zero_timer(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from timeline_app.ui.jobs import call_after_repaints

    order: list[str] = []

    class Painted(QWidget):
        def paintEvent(self, event):  # noqa: N802 - Qt override
            order.append("paint")

    widget = Painted()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: "paint" in order)
    order.clear()
    widget.update()
    call_after_repaints(lambda: order.append("after"))
    QTimer.singleShot(0, lambda: order.append("timer"))
    qtbot.waitUntil(lambda: "after" in order)
    assert order == ["timer", "paint", "after"]


def test_the_short_switch_interval_lasts_until_its_last_holder_is_done():
    # Two windows' jobs at once: the first to end must not restore the interval under
    # the other; the last restores what was there before the first began
    import sys

    from timeline_app.ui import jobs

    before = sys.getswitchinterval()
    first, second = object(), object()
    jobs.switch_sooner(first)
    jobs.switch_sooner(second)
    try:
        jobs.switch_as_before(first)
        assert sys.getswitchinterval() == jobs.SHORT_SWITCH_INTERVAL_S
        jobs.switch_as_before(first)  # twice: nothing more
        assert sys.getswitchinterval() == jobs.SHORT_SWITCH_INTERVAL_S
    finally:
        jobs.switch_as_before(second)
    assert sys.getswitchinterval() == before


def test_a_job_reports_at_most_so_often_and_always_its_end(monkeypatch):
    # issue 11: each report wakes the GUI thread, which waits for the GIL; the 100 000-event
    # load reported 32 times in 0.6 s
    from timeline_app.ui import jobs

    now = [100.0]
    monkeypatch.setattr(jobs.time, "monotonic", lambda: now[0])
    job = BackgroundJob(reporting_work=lambda report: None)
    seen: list[tuple[int, int]] = []
    job.signals.progressed.connect(lambda done, total: seen.append((done, total)))
    for done in range(1, 10):  # a report every 1/64 s (exact in binary)
        assert job.report(done, 10)
        now[0] += 1 / 64
    assert job.report(10, 10)  # the end is always told
    assert seen == [(1, 10), (5, 10), (9, 10), (10, 10)]
    job.cancel()
    assert not job.report(10, 10)


def test_a_jobs_signals_are_deleted_on_the_gui_thread_even_when_the_worker_lets_go_last(qtbot):
    """The thread pool releases a finished job on its worker thread.  When the GUI
    thread's handler had already dropped the job (as ``ArticlePane._on_tagged`` does), the
    job's last reference went there, and with it its signals object — a QObject of the
    GUI thread destroyed on another (Qt forbids it; 1 job in 50 measured, and a fresh
    clone's run crashed in the next window's constructor, session 34).  Here the worker
    lingers after its report so that the handler always lets go first: the signals are
    still deleted on the GUI thread.  Fails on the code before (freed on the worker)."""
    import threading
    import time
    import weakref

    from PySide6.QtCore import QThreadPool

    class Lingering(BackgroundJob):
        def _tell(self, signal, value):  # type: ignore[no-untyped-def]
            BackgroundJob._tell(signal, value)
            time.sleep(0.2)  # the GUI thread handles the report and drops the job meanwhile

    freed_on: list[str] = []
    held: dict[str, BackgroundJob] = {}
    job = Lingering(lambda: 42)
    gone = weakref.ref(job.signals,
                       lambda _ref: freed_on.append(threading.current_thread().name))
    job.signals.finished.connect(lambda _result: held.clear())
    held["job"] = job
    del job
    held["job"].start()
    qtbot.waitUntil(lambda: not held)
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: gone() is None)  # deleted, once the GUI thread's loop runs
    assert freed_on == [threading.main_thread().name]


def test_a_cancelled_jobs_failure_lets_go_of_the_work_done_so_far(qtbot):
    """verify60 F8: Cancel of a 1 000 000-event open left ~200 MB held for good: the
    error of the cancelled load held its frames, and through them the part-read file,
    in reference cycles that only a full collection frees.  Its frames are let go."""
    import gc
    import weakref

    class Part:
        pass

    alive: list[weakref.ref[Part]] = []

    def work(report):  # type: ignore[no-untyped-def]
        part = Part()  # the work done so far, in the work's frame
        alive.append(weakref.ref(part))
        report(1, 2)
        job.cancel()
        try:
            raise RuntimeError("cancelled")
        except RuntimeError as error:
            kept = error  # a frame holding its own error: a cycle
            raise kept from None

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        job = BackgroundJob(reporting_work=work)
        with qtbot.waitSignal(job.signals.failed) as failed:
            job.run()
        del failed
        assert alive and alive[0]() is None  # freed without a collection
    finally:
        if was_enabled:
            gc.enable()
