"""A wire's correction and a wire imported again, through the window's import (verify44 F21,
F19): the review says the article corrects an earlier one, and its merged row puts the
corrected sentence first and names the superseded one in the event's basis; the same text
again is named as imported before."""

from __future__ import annotations

import os
from typing import Any

from timeline_app.extract import extract_events
from timeline_app.ui import prompts
from timeline_app.ui.import_article import ReviewDialog

UPDATE = ("Venezuela, Guyana agree to joint border commission\n\n"
          "Bridgetown, December 3, 2026 (Caribbean Wire) — Venezuela and Guyana agreed on "
          "Thursday afternoon to set up a joint border commission, Barbados Prime Minister Mia "
          "Mottley said at 15:30 local time.\n")
CORRECTION = ("CORRECTION: Venezuela, Guyana agree to joint border commission\n\n"
              "Bridgetown, December 3, 2026 (Caribbean Wire) — Corrects time of Mottley "
              "statement to 16:45 local time, not 15:30.\n\n"
              "Venezuela and Guyana agreed on Thursday afternoon to set up a joint border "
              "commission, Barbados Prime Minister Mia Mottley said at 16:45 local time.\n")


def _import(window: Any, monkeypatch: Any, text: str, qtbot: Any) -> ReviewDialog:
    """``text`` imported through the window, every row ticked (a repeat merged)."""
    seen: list[ReviewDialog] = []

    def review(parent: Any, result: Any, can_add: bool, existing: Any = (),
               prefer_new: bool = False, sources: Any = None) -> Any:
        dialog = ReviewDialog(result, can_add, None, existing, prefer_new, sources)
        qtbot.addWidget(dialog)
        for row in range(dialog.table.rowCount()):
            dialog.set_checked(row, True)
        seen.append(dialog)
        return dialog.outcome()

    monkeypatch.setattr(prompts, "review_candidates", review)
    window._review_extracted(extract_events(text, None))
    return seen[0]


def test_a_correction_merges_first_and_names_what_it_supersedes(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch) -> None:
    first = _import(window, monkeypatch, UPDATE, qtbot)
    assert "imported before" not in first.intro.text() and "corrects" not in first.intro.text()
    again = _import(window, monkeypatch, UPDATE, qtbot)
    assert "This article was imported before, the same text" in again.intro.text()
    review = _import(window, monkeypatch, CORRECTION, qtbot)
    assert ("This article corrects an earlier one (“CORRECTION:” in its headline; “Corrects "
            "time of Mottley statement to 16:45 local time, not 15:30.”)") in review.intro.text()
    if os.environ.get("FIX69_GRAB"):
        review.resize(1400, 500)
        review.show()
        review.grab().save(os.environ["FIX69_GRAB"])
    (event,) = [e for e in window.document.timeline.events if "commission" in e.title]
    assert "16:45" in event.evidence[0].sentence
    assert "superseded by a correction: “Bridgetown, December 3, 2026 (Caribbean Wire) — " \
        "Venezuela and Guyana agreed" in event.date_basis and "15:30" in event.date_basis
    assert "16:45" in event.summary
    assert any("15:30" in e.sentence for e in event.evidence)  # still cited


def test_the_windows_review_names_a_resent_wire_by_its_headline_and_dateline(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch) -> None:
    review_candidates = prompts.review_candidates
    _import(window, monkeypatch, UPDATE, qtbot)
    monkeypatch.setattr(prompts, "review_candidates", review_candidates)
    shown: list[ReviewDialog] = []

    def exec_(dialog: ReviewDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(ReviewDialog, "exec", exec_)
    resent = UPDATE.replace("said at 15:30", "said at about 15:30")  # another text
    assert review_candidates(window, extract_events(resent, None), True,
                                     window.document.timeline.events) is None
    assert ("An article with the same headline and dateline was imported before: “Venezuela, "
            "Guyana agree to joint border commission” (Caribbean Wire, 3 December 2026)"
            ) in shown[0].intro.text()
    shown[0].deleteLater()
