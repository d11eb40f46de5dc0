"""A large calendar, TimelineJS or Timeline Project file opens with a percentage and
Cancel (verify38 F5, F6): the progress dialog showed a busy bar for the ~100 s a
100 000-event .ics took (the ~20 s of a TimelineJS export of them, ~10 s for 20 000
events of The Timeline Project's), and Cancel took effect only at the end.  The
pieces are made small so that a small file is read in several."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.io import ical, load, timeline_project, timelinejs
from timeline_app.paths import resource_path

KINDS = {
    "calendar": ("ours.ics", ical.dumps_icalendar, ical, "PIECE_CHARS", 400),
    "TimelineJS": ("ours.json", timelinejs.dumps_timelinejs, timelinejs, "PROGRESS_SLIDES", 2),
    "Timeline Project": ("ours.timeline", timeline_project.dumps_timeline_project,
                         timeline_project, "PROGRESS_EVENTS", 2),
}


def _file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> Path:
    name, dumps, module, piece, size = KINDS[kind]
    path = tmp_path / name
    written = dumps(load(resource_path("default-timeline.json")))
    path.write_bytes(written if isinstance(written, bytes) else written.encode())
    monkeypatch.setattr(module, piece, size)
    return path


@pytest.mark.parametrize("kind", KINDS)
def test_a_file_opening_in_the_background_shows_how_far_it_is(  # type: ignore[no-untyped-def]
        window, qtbot, monkeypatch, tmp_path: Path, kind: str) -> None:
    from timeline_app.ui import jobs

    path = _file(tmp_path, monkeypatch, kind)
    monkeypatch.setattr(jobs, "REPORT_EVERY_S", 0.0)  # every report shown, however quick
    told: list[tuple[int, int]] = []
    real = window._job_progressed
    monkeypatch.setattr(window, "_job_progressed",
                        lambda done, total: (told.append((done, total)), real(done, total)))
    with qtbot.waitSignal(window.open_finished, timeout=20000) as finished:
        assert window.open_path(str(path), background=True)
    assert finished.args == [True]
    assert len(window.document.timeline) == 8
    total = told[-1][1]
    assert any(0 < done < total for done, _ in told), told
    assert told[-1] == (total, total)


@pytest.mark.parametrize("kind", KINDS)
def test_cancel_stops_a_file_opening_in_the_background(  # type: ignore[no-untyped-def]
        window, qtbot, monkeypatch, tmp_path: Path, kind: str) -> None:
    path = _file(tmp_path, monkeypatch, kind)
    titles = [e.title for e in window.document.timeline]
    with qtbot.waitSignal(window.open_finished, timeout=20000) as finished:
        assert window.open_path(str(path), background=True)
        window._cancel_job()
    assert finished.args == [False]
    assert [e.title for e in window.document.timeline] == titles
