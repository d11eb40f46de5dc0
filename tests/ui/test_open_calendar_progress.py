"""A large calendar opens with a percentage and Cancel (verify38 F6): the progress dialog
showed a busy bar for the ~100 s a 100 000-event .ics took, and Cancel took effect only
at the end.  ``PIECE_CHARS`` is made small so that a small calendar is read in pieces."""

from __future__ import annotations

from pathlib import Path

from timeline_app.io import ical, load
from timeline_app.paths import resource_path


def _calendar(tmp_path: Path) -> Path:
    path = tmp_path / "ours.ics"
    path.write_bytes(ical.dumps_icalendar(load(resource_path("default-timeline.json"))))
    return path


def test_a_calendar_opening_in_the_background_shows_how_far_it_is(  # type: ignore[no-untyped-def]
        window, qtbot, monkeypatch, tmp_path: Path) -> None:
    path = _calendar(tmp_path)
    monkeypatch.setattr(ical, "PIECE_CHARS", 400)
    told: list[tuple[int, int]] = []
    real = window._job_progressed
    monkeypatch.setattr(window, "_job_progressed",
                        lambda done, total: (told.append((done, total)), real(done, total)))
    with qtbot.waitSignal(window.open_finished, timeout=20000) as finished:
        assert window.open_path(str(path), background=True)
    assert finished.args == [True]
    assert len(window.document.timeline) == 8
    size = path.stat().st_size
    assert any(0 < done < size for done, _ in told), told
    assert told[-1] == (size, size)


def test_cancel_stops_a_calendar_opening_in_the_background(  # type: ignore[no-untyped-def]
        window, qtbot, monkeypatch, tmp_path: Path) -> None:
    path = _calendar(tmp_path)
    monkeypatch.setattr(ical, "PIECE_CHARS", 400)
    titles = [e.title for e in window.document.timeline]
    with qtbot.waitSignal(window.open_finished, timeout=20000) as finished:
        assert window.open_path(str(path), background=True)
        window._cancel_job()
    assert finished.args == [False]
    assert [e.title for e in window.document.timeline] == titles
