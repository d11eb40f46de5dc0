"""The bundled default timeline: its eight events, its evidence, and that the tool rebuilds it."""

from __future__ import annotations

import datetime as _dt
import subprocess
import sys
from pathlib import Path

from timeline_app.core import FuzzyDate, Precision
from timeline_app.io import load
from timeline_app.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]

EXPECTED = {
    "normalization-1965": (FuzzyDate.of_month(1965, 6), "treaty"),
    "forced-labour-compensation": (FuzzyDate.of_month(2023, 3), "policy"),
    "sado-memorial-boycott": (FuzzyDate.of_part(2024, "late"), "dispute"),
    "iwaya-seoul-visit": (FuzzyDate.of_month(2025, 1, circa=True), "visit"),
    "munich-meeting": (FuzzyDate.of_month(2025, 2), "meeting"),
    "trilateral-tokyo": (FuzzyDate.of_day(_dt.date(2025, 3, 22)), "meeting"),
    "cho-iwaya-tokyo": (FuzzyDate.of_day(_dt.date(2025, 3, 22)), "meeting"),
    "normalization-60th-anniversary": (FuzzyDate.of_month(2025, 6), "anniversary"),
}


def test_default_timeline_events_and_dates() -> None:
    timeline = load(resource_path("default-timeline.json"))
    assert {e.id: (e.date, e.category) for e in timeline} == EXPECTED
    precisions = {e.id: e.date.precision_words() for e in timeline}
    assert precisions["sado-memorial-boycott"] == "part of year"
    assert precisions["iwaya-seoul-visit"] == "month, circa"
    assert timeline.get("trilateral-tokyo").date.precision is Precision.DAY
    for event in timeline:
        assert event.title and event.summary and event.date_basis and event.participants
        assert event.source_id == "nationpress-2025-03-22"
        assert event.evidence, event.id


def test_default_source() -> None:
    timeline = load(resource_path("default-timeline.json"))
    assert list(timeline.sources) == ["nationpress-2025-03-22"]
    source = timeline.sources["nationpress-2025-03-22"]
    assert source.title == (
        "South Korea and Japan's Diplomats Commit to Ongoing Dialogue as Relations Improve"
    )
    assert source.outlet == "NationPress"
    assert source.dateline_place == "Tokyo"
    assert source.dateline_date == _dt.date(2025, 3, 22)
    for words in ("Saturday", "March 2023", "60th anniversary", "1965", "2025"):
        assert words in source.date_basis
    article = resource_path("seed-article.txt").read_bytes().decode("utf-8")
    assert source.text == article


def test_every_evidence_sentence_is_in_the_source() -> None:
    timeline = load(resource_path("default-timeline.json"))
    spans: dict[str, list[str]] = {}
    for event in timeline:
        text = timeline.sources[event.source_id or ""].text
        for evidence in event.evidence:
            assert text[evidence.start : evidence.end] == evidence.sentence
            if evidence.date_start is not None and evidence.date_end is not None:
                assert evidence.date_span_in_sentence() is not None
                spans.setdefault(event.id, []).append(text[evidence.date_start : evidence.date_end])
    assert spans["sado-memorial-boycott"] == ["late last year"]
    assert spans["iwaya-seoul-visit"] == ["two months following"]
    assert spans["munich-meeting"] == ["approximately a month after", "last month"]
    assert spans["cho-iwaya-tokyo"] == ["on Saturday"]
    assert spans["normalization-60th-anniversary"] == ["June this year"]
    assert spans["forced-labour-compensation"] == ["March 2023"]
    assert len(timeline.get("munich-meeting").evidence) == 2


def test_build_script_regenerates_the_identical_file(tmp_path: Path) -> None:
    out = tmp_path / "default-timeline.json"
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_default_timeline.py"), "--output", str(out)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert out.read_bytes() == (ROOT / "resources" / "default-timeline.json").read_bytes()


def test_build_script_fails_loudly_when_a_quote_is_missing(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    text = resource_path("seed-article.txt").read_text(encoding="utf-8")
    article.write_text(text.replace("late last year", "late in the year"), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "build_default_timeline.py"),
            "--article",
            str(article),
            "--output",
            str(tmp_path / "out.json"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "not found" in result.stderr
    assert not (tmp_path / "out.json").exists()
