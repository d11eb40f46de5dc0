"""A helper for GUI tests: events imported into the window's timeline as the review
dialog's outcome, without the article and review dialogs."""

from __future__ import annotations

from typing import Any

from timeline_app.core import Event
from timeline_app.core.model import Source


def import_reviewed(window: Any, monkeypatch: Any, source: Source,
                    events: list[Event]) -> None:
    """``events`` (read from ``source``) imported into ``window``'s timeline through
    ``MainWindow._review_extracted``, the review answering with them all."""
    from timeline_app.ui import prompts
    from timeline_app.ui.import_article import ReviewOutcome

    class _Candidate:  # a review row as the window reads it before the review
        def __init__(self, event: Event) -> None:
            self.event = event
            self.title, self.location = event.title, event.location
            self.participants = event.participants

        def to_event(self, _event_id: str) -> Event:
            return self.event

    class _Result:  # what the review is given
        candidates = tuple(_Candidate(event) for event in events)
        dct = None
        requested_mode = "auto"

    _Result.source = source  # type: ignore[attr-defined]
    monkeypatch.setattr(prompts, "review_candidates",
                        lambda *_a, **_k: ReviewOutcome(source, events, False))
    window._review_extracted(_Result())


def merge_saved(window: Any, monkeypatch: Any, recorded_prompts: Any, other: Any,
                path: Any) -> bool:
    """``other`` (a ``Timeline``) saved at ``path`` and merged into ``window``'s timeline by
    File → Merge…, the merge dialog answering as it opens (its outcome unchanged);
    ``merge_file``'s answer."""
    from timeline_app import io as timeline_io
    from timeline_app.ui import prompts
    from timeline_app.ui.merge_dialog import MergeDialog

    timeline_io.save(other, path)
    recorded_prompts.open_path = str(path)
    monkeypatch.setattr(prompts, "review_merge",
                        lambda _parent, other, current: MergeDialog(other, current).outcome())
    return bool(window.merge_file())
