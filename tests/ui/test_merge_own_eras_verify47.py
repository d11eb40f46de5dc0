"""File → Merge… of a colleague's Timeline Project copy of one's own export (this app's
comments stripped, as The Timeline Project saves it): the eras come back as one's own,
to merge, not ticked "Keep both" to be drawn twice (verify47 F17)."""

from __future__ import annotations

import re

from tests.core.test_eras_read_back import PERIODS
from timeline_app.core.duplicates import find_duplicates
from timeline_app.io.timeline_project import dumps_timeline_project
from timeline_app.ui import prompts


def test_merging_a_read_back_copy_offers_to_merge_each_era(window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    document = window.document
    for event in PERIODS:
        document.add_event(event)
    document.set_era_lane("Periods", True)
    text = dumps_timeline_project(document.timeline)
    path = tmp_path / "colleague.timeline"
    path.write_text(re.sub(r"<!--\s*diplomatic-timeline.*?-->", "", text, flags=re.DOTALL),
                    encoding="utf-8")
    monkeypatch.setattr(prompts, "ask_open_path", lambda *_a, **_k: str(path))
    seen = []
    monkeypatch.setattr(prompts, "review_merge",
                        lambda _parent, other, existing: seen.append((other, existing)))
    assert not window.merge_file()
    other, existing = seen[0]
    found = find_duplicates(existing, other.events)
    for event in other.events:
        if event.title in {p.title for p in PERIODS}:
            assert event.category == "Periods", event.title
            assert found[event.id].likely and found[event.id].existing.date == event.date
