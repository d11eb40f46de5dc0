"""fix81 (session 38): File → Merge… carries the titles the other file says were typed by
hand (``Timeline.titles_by_hand``, native version 8), for the events it adds, also under a
new id when theirs is taken here.  Fails on main ``5d98e0e0`` (no such key)."""

from __future__ import annotations

from tests.ui.reviewed_import import merge_saved
from timeline_app.core import Event, FuzzyDate, Timeline


def test_file_merge_carries_titles_typed_by_hand(  # type: ignore[no-untyped-def]
        window, tmp_path, recorded_prompts, monkeypatch) -> None:
    typed = Event("t1", "Vučić and Kurti due back in Brussels (scheduled)",
                  FuzzyDate.of_ymd(2027, 1, 15), category="meeting")
    other = Timeline.from_events([typed, Event("t2", "Statute drafted",
                                               FuzzyDate.of_ymd(2026, 11, 2))])
    other.titles_by_hand = {"t1"}
    document = window.document
    assert merge_saved(window, monkeypatch, recorded_prompts, other, tmp_path / "other.json")
    [added] = [e for e in document.timeline if e.title == typed.title]
    assert document.title_by_hand(added.id)
    [other_one] = [e for e in document.timeline if e.title == "Statute drafted"]
    assert not document.title_by_hand(other_one.id)
