"""The writer in pieces (msgspec, session 9 branch ``save10``) writes the very bytes the
standard library's indenting encoder wrote, which was 2.7 s of a 100 000-event save."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from native_samples import sample_text

from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.core.dates import Precision
from timeline_app.core.model import Evidence, Source
from timeline_app.io import dumps, load, loads, native, save

BENCH_FILE = Path.home() / ".cache" / "diplomatic-timeline-bench" / "synthetic-v3-1000-1.json"


# -- the writer before session 9, kept as the reference of the bytes -----------------------
def _old_date(date: FuzzyDate) -> dict[str, Any]:
    result: dict[str, Any] = {"value": date.to_iso(), "precision": date.precision.value}
    if date.part is not None:
        result["part"] = date.part
    if date.circa:
        result["circa"] = True
    return result


def _old_dumps(timeline: Timeline) -> str:
    document = {
        "format": native.FORMAT_NAME,
        "version": 1,  # no key of version 2 (lane_order, a date's mod)
        "title": timeline.title,
        "description": timeline.description,
        "sources": [{
            "id": s.id, "title": s.title, "outlet": s.outlet,
            "dateline_place": s.dateline_place,
            "dateline_date": s.dateline_date.isoformat() if s.dateline_date else None,
            "date_basis": s.date_basis, "text": s.text, "url": s.url,
        } for s in sorted(timeline.sources.values(), key=lambda s: s.id)],
        "events": [{
            "id": e.id, "title": e.title, "date": _old_date(e.date),
            "end": _old_date(e.end) if e.end is not None else None,
            # each lane as the app shows it since session 41 (verify51 F13): "Meeting"
            "category": e.category[:1].upper() + e.category[1:],
            "participants": list(e.participants),
            "location": e.location, "summary": e.summary, "date_basis": e.date_basis,
            "source": e.source_id,
            "evidence": [{"sentence": v.sentence, "start": v.start, "end": v.end,
                          "date_start": v.date_start, "date_end": v.date_end}
                         for v in e.evidence],
        } for e in timeline.events],
    }
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def _varied(count: int) -> Timeline:
    """Every shape a date, an event and a source can take, ``count`` events."""
    text = 'He said "yes"\\ on\t1 May.\n\x01\x7f\u2028 é 中文 🎉'
    sources = {
        "s1": Source("s1", "T", "O", "P", dt.date(2025, 3, 22), "b", text, "u"),
        "s0": Source("s0"),
        "s2": Source("s2", dateline_date=dt.date(9, 1, 2)),
    }
    dates = [FuzzyDate.of_year(2025), FuzzyDate(-43, precision=Precision.YEAR),
             FuzzyDate(2024, precision=Precision.PART_OF_YEAR, part="late", circa=True),
             FuzzyDate(1990, precision=Precision.DECADE), FuzzyDate(2025, 3, 1),
             FuzzyDate(2025, 3, precision=Precision.MONTH, circa=True)]
    events = []
    for i in range(count):
        date = dates[i % len(dates)]
        events.append(Event(
            f"e{i}", f"Title {i} {text[:i % 9]}", date,
            end=FuzzyDate.of_year(2030) if i % 4 == 1 else None,
            category=("meeting", "", "visit")[i % 3],
            participants=tuple(f"P{j}" for j in range(i % 3)),
            location="Genève" if i % 2 else "", summary=text if i % 5 == 0 else "",
            date_basis="b", source_id=("s1", None, "s0")[i % 3],
            evidence=(() if i % 3 != 0 else
                      (Evidence(text[:4], 0, 4), Evidence(text[:8], 0, 8, 2, 5)))))
    return Timeline.from_events(events, "Titre \"x\"\n", "desc\\", sources)


@pytest.mark.parametrize("count", [0, 1, 2, native._WRITE_PIECE - 1, native._WRITE_PIECE,
                                   native._WRITE_PIECE + 1, 2 * native._WRITE_PIECE + 3])
def test_pieces_are_the_old_writers_bytes(count: int) -> None:
    timeline = _varied(count)
    assert dumps(timeline) == _old_dumps(timeline)
    again = loads(dumps(timeline))
    assert (again.events, again.sources, again.title) == (
        timeline.events, timeline.sources, timeline.title)


def test_no_sources_and_no_events() -> None:
    timeline = Timeline()
    assert dumps(timeline) == _old_dumps(timeline)


def test_many_sources_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(native, "_WRITE_PIECE", 2)
    timeline = _varied(7)
    for i in range(5):
        timeline.sources[f"x{i}"] = Source(f"x{i}", text="t")
    assert dumps(timeline) == _old_dumps(timeline)


def test_sample_and_benchmark_file_bytes() -> None:
    timeline = loads(sample_text())
    assert dumps(timeline) == _old_dumps(timeline)
    if BENCH_FILE.is_file():  # the 1 000-event benchmark file, if it was made here
        timeline = load(BENCH_FILE)
        assert dumps(timeline) == _old_dumps(timeline)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=12), min_size=1, max_size=6))
def test_any_text_is_written_as_before(texts: list[str]) -> None:
    events = [Event(f"e{i}", t, FuzzyDate.of_year(2000 + i), summary=t[::-1],
                    participants=(t,)) for i, t in enumerate(texts)]
    timeline = Timeline.from_events(events, texts[0], texts[-1])
    try:
        old = _old_dumps(timeline).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: neither writer can encode it
        with pytest.raises(UnicodeEncodeError):
            dumps(timeline)
        return
    assert dumps(timeline).encode("utf-8") == old


def test_snapshot_is_unaffected_by_later_edits(tmp_path: Path) -> None:
    timeline = _varied(5)
    snap = native.snapshot(timeline)
    before = _old_dumps(timeline)
    timeline.add(Event("new", "New", FuzzyDate.of_year(2001)))
    timeline.remove("e0")
    timeline.title = "changed"
    timeline.sources["s9"] = Source("s9")
    save(snap, tmp_path / "t.json")
    assert (tmp_path / "t.json").read_text("utf-8") == before


def test_save_returns_the_written_files_fingerprint(tmp_path: Path) -> None:
    from timeline_app.io.fingerprint import file_fingerprint

    path = tmp_path / "t.json"
    assert save(_varied(30), path) == file_fingerprint(path)


def test_progress_counts_sources_and_events(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(native, "_WRITE_PIECE", 4)
    reports: list[tuple[int, int]] = []
    save(_varied(10), tmp_path / "t.json", lambda done, total: reports.append((done, total)))
    # The last once more after the flush, right before the rename: a Cancel there is
    # still in time (session 10, jobs11).
    assert reports == [(3, 13), (7, 13), (11, 13), (13, 13), (13, 13)]


def test_a_failure_part_way_removes_the_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "t.json"
    save(_varied(3), path)
    before = path.read_bytes()
    monkeypatch.setattr(native, "_WRITE_PIECE", 2)
    written: list[int] = []

    def progress(done: int, total: int) -> None:
        written.append(done)
        if len(written) == 3:
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        save(_varied(9), path, progress)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["t.json"]


def test_a_large_snapshot_is_not_walked_by_the_garbage_collector(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    monkeypatch.setattr(native, "_UNTRACKED_FROM", 3)
    timeline = _varied(2 * native._WRITE_PIECE + 5)
    snap = native.snapshot(timeline)
    assert not gc.is_tracked(snap.events)  # a list of them would be, and walked whole
    assert b"".join(native.encode_pieces(snap)).decode("utf-8") == _old_dumps(timeline)
    small = native.snapshot(_varied(2))
    assert isinstance(small.events, list)
