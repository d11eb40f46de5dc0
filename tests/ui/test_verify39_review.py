"""New-user trial verify39 (an aide's briefing from five wire stories): the review of an
article's events keeps a row the person corrected."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLabel

from timeline_app.extract import extract_events
from timeline_app.paths import resource_path
from timeline_app.ui.import_article import ReviewDialog

SEED = resource_path("seed-article.txt").read_text("utf-8")


def _unsure_first(qtbot, existing=()):  # type: ignore[no-untyped-def]
    """The seed article's review with its first row at 30 % (unticked as unsure)."""
    result = extract_events(SEED)
    low = dataclasses.replace(result.candidates[0], confidence=0.3)
    result = dataclasses.replace(result, candidates=(low, *result.candidates[1:]))
    dialog = ReviewDialog(result, True, None, list(existing))
    qtbot.addWidget(dialog)
    return dialog


def _intro(dialog: ReviewDialog) -> str:
    return next(label.text() for label in dialog.findChildren(QLabel)
                if "events found" in label.text())


def test_a_row_unticked_as_unsure_is_ticked_when_the_person_corrects_it(qtbot):
    """verify39 F1: AFP's "Ceasefire" (40 %, c. 1 December) corrected in full to "M23
    begins pullback from Walikale", 2 December, stayed unticked: Import dropped it.
    F2: the intro still said "1 is unticked because the extractor is unsure of it"."""
    dialog = _unsure_first(qtbot)
    assert not dialog.is_checked(0)
    assert "1 is unticked because the extractor is unsure" in _intro(dialog)
    before = dialog.import_button.text()
    dialog.set_cell(0, "Title", "South Korea and Japan sign the Basic Relations Treaty")
    assert dialog.is_checked(0)
    assert "Ticked when you corrected it" in dialog.table.item(0, dialog.CHECK).toolTip()
    assert "unsure" not in _intro(dialog)
    assert dialog.import_button.text() != before
    titles = [event.title for event in dialog.outcome().events]
    assert "South Korea and Japan sign the Basic Relations Treaty" in titles
    # untick it again: a later correction leaves the person's tick alone
    dialog.set_checked(0, False)
    dialog.set_cell(0, "Place", "Tokyo")
    assert not dialog.is_checked(0)


def test_a_row_whose_tick_the_person_set_is_not_ticked_by_a_correction(qtbot):
    dialog = _unsure_first(qtbot)
    dialog.set_checked(0, True)
    dialog.set_checked(0, False)  # the person's choice: leave it out
    assert "unsure" not in _intro(dialog)  # no row is unticked only by the extractor now
    dialog.set_cell(0, "Place", "Tokyo")
    assert not dialog.is_checked(0)


def test_an_unsure_row_that_repeats_an_event_of_the_timeline_keeps_its_tick(qtbot):
    """Ticking a likely duplicate merges it: a correction does not do that for the
    person."""
    from timeline_app.io.bundled import load_default_timeline

    dialog = _unsure_first(qtbot, load_default_timeline().events)
    assert 0 in dialog.duplicates and not dialog.is_checked(0)
    dialog.set_cell(0, "Place", "Tokyo")
    assert 0 in dialog.duplicates
    assert not dialog.is_checked(0)

