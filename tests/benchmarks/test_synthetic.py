"""The benchmark's streamed synthetic files load in the app and have the promised mix."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.synthetic import write_synthetic
from timeline_app import io as timeline_io


def test_synthetic_file_loads_in_date_order_with_the_mix(tmp_path: Path) -> None:
    path = tmp_path / "synthetic.json"
    info = write_synthetic(path, 600, seed=3)
    timeline = timeline_io.load(path)  # validates every date and every evidence offset
    assert len(timeline) == info.events == 600
    assert len(timeline.sources) == info.sources > 0
    precisions = {event.date.precision.value for event in timeline.events}
    assert precisions == {"day", "month", "part_of_year", "year", "decade"}
    assert any(event.date.circa for event in timeline.events)
    assert any(event.end is not None for event in timeline.events)
    cited = [event for event in timeline.events if event.evidence]
    assert 0.5 < len(cited) / len(timeline) < 0.8
    # The file is in the order the app saves (date order), so loading sorts nothing.
    raw_ids = [e["id"] for e in json.loads(path.read_text(encoding="utf-8"))["events"]]
    assert raw_ids == [event.id for event in timeline.events]


def test_synthetic_file_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    write_synthetic(a, 400, seed=7)
    write_synthetic(b, 400, seed=7)
    assert a.read_bytes() == b.read_bytes()
