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
