"""A rival outlet's other day merged from the review as "Merge, disputed" (verify44 F15)
keeps the day not chosen in the basis with its outlet, and Copy as Text says what is
disputed, the summary that is the quote said once (F18)."""

from __future__ import annotations

from typing import Any

from timeline_app.extract import extract_events
from timeline_app.ui import prompts
from timeline_app.ui.context_menu import event_as_text
from timeline_app.ui.import_article import ReviewDialog

WIRE = ("Maduro, Ali sign Bridgetown statement\n\n"
        "Bridgetown, December 4, 2026 (Caribbean Wire) — Nicolás Maduro and Irfaan Ali signed "
        "a joint statement on Friday in Bridgetown.\n")
RIVAL = ("Venezuela, Guyana leaders end summit with statement\n\n"
         "BRIDGETOWN, Dec 4, 2026 (Antilles Press) - Venezuela's Nicolás Maduro and Guyana's "
         "Irfaan Ali signed a joint statement on Saturday, ending their summit in Bridgetown.\n")


def _import(window: Any, monkeypatch: Any, text: str, qtbot: Any, disputed: bool) -> None:
    def review(parent: Any, result: Any, can_add: bool, existing: Any = (),
               prefer_new: bool = False, sources: Any = None) -> Any:
        dialog = ReviewDialog(result, can_add, None, existing, prefer_new, sources)
        qtbot.addWidget(dialog)
        for row in dialog.duplicates:
            if disputed:
                dialog.set_duplicate_choice(row, ReviewDialog.MERGE_DISPUTED)
        return dialog.outcome()

    monkeypatch.setattr(prompts, "review_candidates", review)
    window._review_extracted(extract_events(text, None))


def test_a_rivals_day_merged_disputed_says_what_is_disputed(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch) -> None:
    _import(window, monkeypatch, WIRE, qtbot, False)
    _import(window, monkeypatch, RIVAL, qtbot, True)
    (event,) = [e for e in window.document.timeline.events if "statement" in e.title]
    assert event.status == "disputed"
    assert "told otherwise: 28 November 2026 by Antilles Press" in event.date_basis
    text = event_as_text(event, None, window.document.timeline.sources)
    assert "Status: Disputed\nTold otherwise: 28 November 2026 by Antilles Press (" in text
    assert text.count("signed a joint statement on Friday") == 1  # the summary not again


def test_a_year_one_apart_is_offered_merge_disputed_keep_both_first(qtbot) -> None:
    """Session 35's trial, F8: a decree of 2016 in the article, of 2015 in the timeline."""
    import dataclasses

    from timeline_app.core import Event, FuzzyDate
    from timeline_app.extract import Candidate

    title = "Kosovo government issues decree on Serbian dinar payments"
    had = Event("had", title, FuzzyDate.of_year(2015), category="policy",
                participants=("Kosovo",))
    read = extract_events("PRISTINA, March 3, 2017 (Reuters) - Kosovo's government issued "
                          "a decree in 2016.", None)
    told = Candidate(title, FuzzyDate.of_year(2016), "the year 2016", "policy", 0.9,
                     participants=("Kosovo",), source_id=read.source.id)
    dialog = ReviewDialog(dataclasses.replace(read, candidates=(told,)), True, None, [had])
    qtbot.addWidget(dialog)
    match = dialog.duplicates[0]
    assert match.existing.id == "had" and not match.likely and "a year apart" in match.reason
    assert dialog.duplicate_choice(0) == ReviewDialog.KEEP_BOTH and dialog.is_checked(0)
    dialog.set_duplicate_choice(0, ReviewDialog.MERGE_DISPUTED)
    assert dialog.outcome().disputed
