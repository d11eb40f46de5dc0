"""verify75 F14: "Skipped — tick to merge" dropped a corroborating source.  The
explainer's "August 2014: The EU lifts its ban …" was recognised as a likely duplicate of
the Reuters event and left unticked, so the event kept "Reuters" alone as its reporter.

A likely duplicate told by another article now starts half ticked, its box reading
"Cited — tick to merge": Import adds its sentence to the existing event as a second
telling ("Reported by 2 articles"), its date, title and the rest unchanged, in the
import's one undo step; ticked it merges as before, unticked it is left out wholly.
Fails before session 57."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from timeline_app.core import Timeline
from timeline_app.core.duplicates import told_again
from timeline_app.core.sourced import evidence_source
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import DuplicateBox, ReviewDialog
from timeline_app.ui.main_window import MainWindow

PNG_DIR = Path(os.environ.get("EDIT77_PNG", "/work/coord/s57/png"))

NEWS = ("TORSHAVN, Faroe Islands, Nov 12 (Reuters) - Talks between the Faroe Islands and the "
        "European Union on mackerel quotas collapsed on Thursday.\n\n"
        "The European Union lifted its ban on Faroese herring and mackerel in August 2014.\n")
EXPLAINER = ("The mackerel dispute, explained.\n\n"
             "- 2013: Brussels bans imports of Faroese herring and mackerel.\n"
             "- August 2014: The EU lifts its ban on Faroese herring and mackerel.\n")


def _news_timeline() -> Timeline:
    news = extract_events(NEWS, dct=dt.date(2026, 11, 12))
    source = news.source
    events = [dataclasses.replace(c, source_id=source.id).to_event(f"news{n}")
              for n, c in enumerate(news.candidates)]
    return Timeline.from_events(events, title="Faroes and EU", sources={source.id: source})


def _told_by(event) -> set[str]:  # type: ignore[no-untyped-def]
    return {i for e in event.evidence if (i := evidence_source(event, e)) is not None}


@pytest.fixture
def reviewed(qtbot):  # type: ignore[no-untyped-def]
    window = MainWindow(_news_timeline())
    qtbot.addWidget(window)
    timeline = window.document.timeline
    explainer = extract_events(EXPLAINER, dct=dt.date(2026, 11, 20))
    dialog = ReviewDialog(explainer, existing=timeline.events, sources=timeline.sources)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = next(i for i, c in enumerate(explainer.candidates) if "lifts" in c.title)
    match = dialog.duplicates[row]
    assert match.likely and "lift" in match.existing.title
    return window, dialog, row, match.existing


def test_a_likely_duplicate_of_another_article_is_cited(reviewed, qtbot):  # type: ignore[no-untyped-def]
    window, dialog, row, existing = reviewed
    assert dialog.table.item(row, dialog.CHECK).checkState() == Qt.CheckState.PartiallyChecked
    assert dialog.is_cited(row) and not dialog.is_checked(row)
    box = dialog.table.cellWidget(row, dialog.DUPLICATE)
    assert isinstance(box, DuplicateBox) and box.shown_text() == "Cited — tick to merge"
    dialog.table.setCurrentCell(row, dialog.TITLE)
    line = dialog.duplicate_label.text()
    assert "Half ticked: its sentence cited by that event" in line
    assert "“Reported by 2 articles”" in line and "untick it to leave it out" in line
    assert dialog.import_button.text() == "&Import 1: 1 new, 1 cited"
    if PNG_DIR.is_dir():
        dialog.grab().save(str(PNG_DIR / "edit77-review-cited.png"))
    before = window.document.timeline.get(existing.id)
    window._import_reviewed(dialog.outcome(), offer_years=False)
    after = window.document.timeline.get(existing.id)
    assert len(_told_by(after)) == 2 == len(_told_by(before)) + 1
    assert dataclasses.replace(after, evidence=before.evidence) == before  # nothing else
    assert "cites this article too" in window.statusBar().currentMessage()
    assert len(window.document.timeline) == 3  # the 2013 ban added
    window.document.undo_stack.undo()  # one step, the import and the citation
    assert window.document.timeline.get(existing.id) == before
    assert len(window.document.timeline) == 2


def test_unticked_it_is_left_out_wholly_ticked_it_merges(reviewed, qtbot):  # type: ignore[no-untyped-def]
    window, dialog, row, existing = reviewed
    dialog.table.setCurrentCell(row, dialog.CHECK)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)  # half ticked → ticked: Merge
    assert dialog.is_checked(row) and not dialog.is_cited(row)
    assert dialog.import_button.text() == "&Import 2: 1 new, 1 merged"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)  # → unticked: left out wholly
    assert not dialog.is_checked(row) and not dialog.is_cited(row)
    box = dialog.table.cellWidget(row, dialog.DUPLICATE)
    assert box.shown_text() == "Skipped — tick to merge"
    assert "Left out wholly" in dialog.duplicate_label.text()
    assert dialog.import_button.text() == "&Import 1"
    outcome = dialog.outcome()
    assert outcome.merges == {} and outcome.cites == frozenset()
    before = window.document.timeline.get(existing.id)
    window._import_reviewed(outcome, offer_years=False)
    assert window.document.timeline.get(existing.id) == before
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)  # → half ticked again
    assert dialog.is_cited(row)


def test_the_same_article_again_is_no_second_telling(qtbot):  # type: ignore[no-untyped-def]
    timeline = _news_timeline()
    news = extract_events(NEWS, dct=dt.date(2026, 11, 12))
    dialog = ReviewDialog(news, existing=timeline.events, sources=timeline.sources)
    qtbot.addWidget(dialog)
    for row in dialog.duplicates:
        assert not dialog.is_cited(row)
        assert dialog.table.item(row, dialog.CHECK).checkState() != (
            Qt.CheckState.PartiallyChecked)


def test_told_again_adds_the_sentences_only() -> None:
    timeline = _news_timeline()
    existing = next(e for e in timeline if "lift" in e.title)
    explainer = extract_events(EXPLAINER, dct=dt.date(2026, 11, 20))
    row = next(c for c in explainer.candidates if "lifts" in c.title)
    incoming = dataclasses.replace(row, source_id=explainer.source.id,
                                   title="EU ends the ban", participants=("EU",),
                                   location="Brussels").to_event("x")
    cited = told_again(existing, incoming)
    assert cited is not None
    assert cited.evidence[:len(existing.evidence)] == existing.evidence
    assert len(cited.evidence) == len(existing.evidence) + 1
    assert dataclasses.replace(cited, evidence=existing.evidence) == existing
    assert told_again(cited, incoming) is None  # its article cited already
    assert told_again(existing, dataclasses.replace(incoming, evidence=())) is None


def test_a_new_timeline_cites_nothing_and_back_it_is_half_ticked_again(reviewed):  # type: ignore[no-untyped-def]
    _window, dialog, row, _existing = reviewed
    dialog.new_radio.setChecked(True)
    assert not dialog.is_cited(row) and dialog.outcome().cites == frozenset()
    dialog.add_radio.setChecked(True)
    assert dialog.is_cited(row) and len(dialog.outcome().cites) == 1


def test_left_out_wholly_is_a_change_kept_for_after_a_crash(reviewed, qtbot):  # type: ignore[no-untyped-def]
    window, dialog, row, existing = reviewed
    assert not dialog.has_changes()
    dialog.set_checked(row, False)  # half ticked → left out wholly: the person's change
    assert dialog.has_changes()
    kept = dialog.review_rows()
    assert kept[row].cited is False and not kept[row].checked
    timeline = window.document.timeline
    again = ReviewDialog(dialog.extraction, existing=timeline.events, sources=timeline.sources)
    qtbot.addWidget(again)
    assert again.is_cited(row)  # (as proposed)
    from timeline_app.io.review_recovery import ReviewArticle, new_state

    state = new_state("T", ReviewArticle(EXPLAINER, "explainer", None, False, None, None,
                                         "auto"), again.as_read,
                      kept)
    again.apply_review(state)
    assert not again.is_cited(row) and not again.is_checked(row)
