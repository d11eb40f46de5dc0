"""verify82 F3: opening a 25 MB timeline of ours decoded it whole a first time only to
learn its kind (``json.loads``, ~1 s of CPU in one call holding the GIL: the window
stayed grey where the Open dialog had been).  A file that starts as our writer starts
one goes straight to the native loader; other JSON is still judged whole."""

from __future__ import annotations

import pytest

from timeline_app import io as timeline_io
from timeline_app.core import Event, FuzzyDate, Timeline
from timeline_app.io import formats


def _saved(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "talks.json"
    timeline_io.save(Timeline.from_events(
        [Event("a", "Envoys meet in Lima", FuzzyDate.of_year(2020))], title="Talks"), path)
    return path


def test_our_file_is_not_decoded_twice(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _saved(tmp_path)

    def judged(_data: bytes) -> str:
        raise AssertionError("decoded whole to judge its kind")

    monkeypatch.setattr(formats, "_json_kind", judged)
    opened = formats.open_timeline_file(path)
    assert opened.native and [e.title for e in opened.timeline.events] == ["Envoys meet in Lima"]


def test_what_starts_as_ours() -> None:
    assert formats._starts_as_ours(b'{"format": "diplomatic-timeline", "version": 1')
    assert formats._starts_as_ours(b'\xef\xbb\xbf{\n  "format" :\t"diplomatic-timeline",')
    assert not formats._starts_as_ours(b'{"format": "diplomatic-timeline-recovery"')
    assert not formats._starts_as_ours(b'{"title": "x", "format": "diplomatic-timeline"')
    assert not formats._starts_as_ours(b'[{"format": "diplomatic-timeline"}]')
    assert not formats._starts_as_ours(b"")


def test_other_json_is_still_told_apart(tmp_path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"hello": [1, 2]}', "utf-8")
    with pytest.raises(timeline_io.FormatError, match="JSON file of another kind"):
        formats.open_timeline_file(path)
