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


def _import(window: Any, monkeypatch: Any, text: str, qtbot: Any,
            tick_all: bool = True) -> ReviewDialog:
    """``text`` imported through the window, every row ticked (a repeat merged), or with
    the review's own ticks and choices (``tick_all`` False)."""
    seen: list[ReviewDialog] = []

    def review(parent: Any, result: Any, can_add: bool, existing: Any = (),
               prefer_new: bool = False, sources: Any = None, **_kw: Any) -> Any:
        # (the window's articles, as ``prompts.review_candidates`` gives them)
        dialog = ReviewDialog(result, can_add, None, existing, prefer_new,
                              window.document.timeline.sources if sources is None else sources)
        qtbot.addWidget(dialog)
        for row in range(dialog.table.rowCount() if tick_all else 0):
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


TALKS = ("Guyana, Venezuela to resume talks on Friday\n\n"
         "Bridgetown, December 1, 2026 (Caribbean Wire) — Venezuela and Guyana agreed on "
         "Tuesday to set up a joint border commission. The two delegations will meet again in "
         "Bridgetown on Friday to discuss the commission's mandate and its first survey.\n")
TALKS_CORRECTED = (
    "CORRECTED-Guyana, Venezuela to resume talks on Saturday, not Friday\n\n"
    "(Corrects day of follow-up talks in paragraph 1 to Saturday from Friday)\n\n"
    "Bridgetown, December 1, 2026 (Caribbean Wire) — Venezuela and Guyana agreed on "
    "Tuesday to set up a joint border commission. The two delegations will meet again in "
    "Bridgetown on Saturday to discuss the commission's mandate and its first survey.\n")


def test_a_corrected_date_is_merged_by_default_and_no_dispute_is_offered(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch) -> None:
    """verify77 F1, F2: a wire's "CORRECTED" update whose row supersedes the sentence of the
    event it corrects, with another day: ticked, Merge chosen, no "Merge, disputed" (one
    outlet correcting itself), and the line under the table says the date moves."""
    _import(window, monkeypatch, TALKS, qtbot, False)
    review = _import(window, monkeypatch, TALKS_CORRECTED, qtbot, False)
    (row,) = [r for r, m in review.duplicates.items() if "Friday" in m.existing.evidence[0]
              .sentence]
    assert review.is_checked(row) and review.duplicate_choice(row) == review.MERGE
    box = review.table.cellWidget(row, review.DUPLICATE)
    assert box.findData(review.MERGE_DISPUTED) < 0
    line = review.duplicate_text(row)
    assert "date: 4 December 2026 → 5 December 2026" in line
    assert "only its source sentences" not in line and "Merge, disputed" not in line
    assert "This article corrects that event's date" in line
    if os.environ.get("EDIT79_GRAB"):
        review.resize(1400, 640)
        review.show()
        review.table.setCurrentCell(row, review.TITLE)
        qtbot.wait(200)
        review.grab().save(os.environ["EDIT79_GRAB"])
    talks = window.document.timeline.get(review.duplicates[row].existing.id)
    assert talks.date.describe() == "5 December 2026"
    assert "superseded by a correction" in talks.date_basis
    assert not [e for e in window.document.timeline.events  # (the Friday not kept twice)
                if e.date.describe() in ("4 December 2026", "5 December 2026")
                and e.id != talks.id]


def test_another_outlets_day_beside_a_correction_is_still_a_dispute(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch) -> None:
    """The same correction against the Friday told by another outlet: not this outlet's
    own telling corrected, so "Merge, disputed" is offered and Keep both proposed, as
    before."""
    _import(window, monkeypatch, TALKS.replace("Caribbean Wire", "Antilles Press"), qtbot,
            False)
    review = _import(window, monkeypatch, TALKS_CORRECTED, qtbot, False)
    (row,) = [r for r, m in review.duplicates.items() if "Friday" in m.existing.evidence[0]
              .sentence]
    box = review.table.cellWidget(row, review.DUPLICATE)
    assert box.findData(review.MERGE_DISPUTED) >= 0
    assert "This article corrects" not in review.duplicate_text(row)


OPENING = ("Guyana, Venezuela open border talks in Bridgetown\n\n"
           "BRIDGETOWN, Dec 1 (Caribbean Wire) - Delegations from Guyana and Venezuela "
           "opened border talks in Bridgetown on Tuesday, mediated by Barbados.\n\n"
           "The first session began at 0800 GMT at the prime minister's residence, "
           "officials told reporters.\n")
OPENING_CORRECTED = (
    "CORRECTED-Guyana, Venezuela open border talks in Bridgetown\n\n"
    "(Corrects time of first session in paragraph 2 to 0900 GMT, not 0800 GMT)\n\n"
    "BRIDGETOWN, Dec 1 (Caribbean Wire) - Delegations from Guyana and Venezuela "
    "opened border talks in Bridgetown on Tuesday, mediated by Barbados.\n\n"
    "The first session began at 0900 GMT at the prime minister's residence, "
    "officials told reporters.\n")


def test_a_corrected_time_is_merged_by_default_and_taken(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch) -> None:
    """verify79 F1: a "CORRECTED" wire's time of the same day ("to 0900 GMT, not 0800
    GMT") started "Cited — tick to merge", and merged the event kept 08:00 UTC though its
    basis said that sentence was superseded."""
    _import(window, monkeypatch, OPENING, qtbot, False)
    review = _import(window, monkeypatch, OPENING_CORRECTED, qtbot, False)
    (row,) = [r for r, m in review.duplicates.items()
              if "0800" in " ".join(e.sentence for e in m.existing.evidence)]
    assert review.is_checked(row) and review.duplicate_choice(row) == review.MERGE
    assert "09:00 UTC" in review.duplicate_text(row)
    if os.environ.get("EDIT82_GRAB"):
        review.resize(1400, 640)
        review.show()
        review.table.setCurrentCell(row, review.TITLE)
        qtbot.wait(200)
        review.grab().save(os.environ["EDIT82_GRAB"])
    session = window.document.timeline.get(review.duplicates[row].existing.id)
    assert "09:00 UTC" in session.date.describe(), session.date.describe()
    assert "superseded by a correction" in session.date_basis
    assert "0900 GMT" in session.date_basis
