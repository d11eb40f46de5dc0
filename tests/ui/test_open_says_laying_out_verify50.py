"""verify50: opening 1 000 000 events, the bar reached 100 % at ~25 s and sat there for
seconds more under "Opening …", while the lanes were laid out after the bytes were read:
nothing said what was still happening.  The file's bytes now fill the bar's first 90 %
(``OPEN_READ_PER_MILLE``), and the lanes' stage is said in the dialog's label."""

from __future__ import annotations

import datetime as dt

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.ui.main_window import OPEN_READ_PER_MILLE


def test_the_lanes_stage_is_said_and_the_bytes_stop_short_of_the_end(  # type: ignore[no-untyped-def]
        window, qtbot, tmp_path, monkeypatch):
    from timeline_app.io import native
    from timeline_app.ui import jobs

    monkeypatch.setattr(native, "_PIECE_BYTES", 2000)
    monkeypatch.setattr(native, "_GAP_WINDOW", 300)
    monkeypatch.setattr(jobs, "REPORT_EVERY_S", 0.0)
    events = [Event(f"e{i}", f"Event {i}", FuzzyDate.of_day(dt.date(2000, 1, 1)
                                                               + dt.timedelta(days=i)))
              for i in range(300)]
    path = tmp_path / "big.json"
    timeline_io.save(Timeline.from_events(events), path)
    values: list[int] = []
    labels: list[str] = []
    real_progressed, real_said = window._job_progressed, window._job_said

    def progressed(done: int, total: int) -> None:
        real_progressed(done, total)
        if window._progress is not None:
            values.append(window._progress.value())

    def said(text: str) -> None:
        real_said(text)
        if window._progress is not None:
            labels.append(window._progress.labelText())
            values.append(-1)  # (where in the reports it was said)

    monkeypatch.setattr(window, "_job_progressed", progressed)
    monkeypatch.setattr(window, "_job_said", said)
    with qtbot.waitSignal(window.open_finished, timeout=20000) as blocker:
        assert window.open_path(str(path), background=True)
    assert blocker.args == [True]
    assert labels == ["Laying out 300 events of big.json…"]
    said_at = values.index(-1)
    reading, after = values[:said_at], values[said_at + 1:]
    assert reading and max(reading) <= OPEN_READ_PER_MILLE  # the bytes: not the whole bar
    assert after and after[-1] == 1000
