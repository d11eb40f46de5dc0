"""``extract_events`` tells how far a reading is and stops when told to (session 37, fix76;
verify45 F19: a 5 MB paste ran for minutes behind a bar that said nothing)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import events
from timeline_app.paths import resource_path

SEED = resource_path("seed-article.txt").read_text("utf-8")


def _long_text() -> str:
    """The seed article eight times: long enough for reports inside the passes."""
    return "\n\n".join([SEED] * 8)


def test_progress_rises_to_the_whole_reading_and_changes_nothing():
    reports: list[tuple[int, int]] = []
    text = _long_text()

    def record(done: int, total: int) -> bool:
        reports.append((done, total))
        return True

    told = events.extract_events(text, dt.date(2025, 3, 22), progress=record)
    plain = events.extract_events(text, dt.date(2025, 3, 22))
    assert told.candidates == plain.candidates
    assert {total for _, total in reports} == {events.READING_STEPS}
    done = [d for d, _ in reports]
    assert done == sorted(done) and done[-1] == events.READING_STEPS
    # reported within the passes too, not only between them
    assert len(set(done)) > len(events.pass_shares(len(text))) + 5


@pytest.mark.parametrize("mode", ["news", "narrative"])
def test_progress_without_a_date_in_either_mode(mode):
    reports: list[int] = []
    events.extract_events(_long_text(), mode=mode,
                          progress=lambda done, _total: reports.append(done) is None)
    assert reports and reports[-1] == events.READING_STEPS and reports == sorted(reports)


def test_false_from_progress_stops_the_reading():
    calls: list[int] = []

    def stop_at_a_third(done: int, total: int) -> bool:
        calls.append(done)
        return done < total // 3

    with pytest.raises(events.ReadingStoppedError):
        events.extract_events(_long_text(), dt.date(2025, 3, 22), progress=stop_at_a_third)
    assert calls[-1] >= events.READING_STEPS // 3 and calls[-1] < events.READING_STEPS


def test_the_passes_shares_follow_the_length_and_add_up():
    small, large = events.pass_shares(100_000), events.pass_shares(50_000_000)
    assert sum(small.values()) == sum(large.values()) == events.READING_STEPS
    assert small == events.pass_shares(512 * 1024)  # the ends hold beyond the measures
    middle = events.pass_shares(1_600_000)
    assert small["describe"] < middle["describe"] < large["describe"]
