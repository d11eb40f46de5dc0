"""New-user trial verify66 F6 (a foreign-desk editor's four wire stories on invented
boundary talks, imported one by one into one timeline): re-told events started on "Keep
both" in the import review.  The stories here are our own, in the same shapes: Ghana and
Togo instead of Indonesia and Fiji."""

from __future__ import annotations

from timeline_app.core import Event, FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.ui.import_article import ReviewDialog

FIRST = """Ghana, Togo reopen sea border talks after long freeze

ACCRA, Jan 21 (Reuters) - Ghana and Togo opened a new round of talks on their maritime \
boundary in Accra on Wednesday, the first formal negotiations between the two countries \
in five years, officials said.

The round opened two weeks after foreign ministers of the two countries met in Lisbon on \
the sidelines of a Commonwealth meeting and agreed to restart the negotiations.

Ghanaian Foreign Minister Samuel Ablakwa said the two sides would meet again in Lome in \
March.

President John Mahama is expected to make a state visit to Togo in April, the first by a \
Ghanaian head of state since 2012, officials said.
"""

SECOND = """Togo postpones ministers' meeting as fishing row flares

LOME, 25 February — Togo on Wednesday postponed a meeting of Ghanaian and Togolese \
ministers, officials told AFP.

The second round of the technical talks, which had been scheduled for 10 March{where}, \
will go ahead as planned, a government spokesman said.
"""

FOURTH = """Mahama in Lome: leaders agree to finish boundary talks this year

The Togo Herald, Lome, 7 April 2026

President John Mahama arrived in Lome on Monday for a state visit, the first by a \
Ghanaian head of state since 2012, and was welcomed by President Faure Gnassingbe.

The boundary talks opened in Accra in January, two weeks after the foreign ministers' \
meeting in Lisbon.
"""


def _timeline() -> list[Event]:
    """The first story's events, imported as the review proposed them."""
    result = extract_events(FIRST)
    return [c.to_event(f"first-{i}") for i, c in enumerate(result.candidates)]


def _review(qtbot, text: str) -> ReviewDialog:  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(extract_events(text), True, None, _timeline())
    qtbot.addWidget(dialog)
    return dialog


def _row(dialog: ReviewDialog, date: FuzzyDate) -> int:
    return next(row for row, c in enumerate(dialog.extraction.candidates) if c.date == date)


def _offered_as_merge(dialog: ReviewDialog, row: int, title_words: str) -> None:
    match = dialog.duplicates[row]
    assert title_words in match.existing.title and match.likely
    assert dialog.duplicate_choice(row) == dialog.MERGE  # (Keep both still offered)
    assert "possibly" not in dialog.duplicate_text(row)


def test_a_round_told_to_the_day_is_offered_as_a_merge_into_the_months_plan(qtbot):  # type: ignore[no-untyped-def]
    """F6 (a): "… scheduled for 24 February in Suva, will go ahead" against the
    timeline's "Indonesia and Fiji meet in Suva (scheduled)" (February 2026) was
    "possibly", Keep both."""
    dialog = _review(qtbot, SECOND.format(where=" in Lome"))
    row = _row(dialog, FuzzyDate.of_ymd(2026, 3, 10))
    _offered_as_merge(dialog, row, "meet in Lome (scheduled)")
    outcome = dialog.outcome()
    # likely: half ticked, another article's telling only cited by the plan (verify75
    # F14; until session 57 unticked, no merge at all), merged once ticked
    assert set(outcome.merges) == outcome.cites and len(outcome.cites) == 1
    dialog.set_checked(row, True)
    outcome = dialog.outcome()
    assert list(outcome.merges.values()) == [dialog.duplicates[row].existing.id]


def test_typing_the_place_makes_the_round_a_merge(qtbot):  # type: ignore[no-untyped-def]
    """F6 (a): "even after I typed the place Suva", Keep both stayed."""
    dialog = _review(qtbot, SECOND.format(where=""))
    row = _row(dialog, FuzzyDate.of_ymd(2026, 3, 10))
    match = dialog.duplicates[row]
    assert not match.likely and dialog.duplicate_choice(row) == dialog.KEEP_BOTH
    assert dialog.is_checked(row)
    dialog.set_cell(row, "Place", "Lome")
    assert dialog.duplicates[row].existing.id == match.existing.id
    _offered_as_merge(dialog, row, "meet in Lome (scheduled)")
    assert dialog.is_checked(row) and dialog.merges(row)  # (ticked: it merges)


def test_a_keep_both_chosen_stays_when_the_place_is_typed(qtbot):  # type: ignore[no-untyped-def]
    dialog = _review(qtbot, SECOND.format(where=""))
    row = _row(dialog, FuzzyDate.of_ymd(2026, 3, 10))
    dialog.set_duplicate_choice(row, dialog.KEEP_BOTH)  # chosen by hand
    dialog.set_cell(row, "Place", "Lome")
    assert dialog.duplicates[row].likely and dialog.duplicate_choice(row) == dialog.KEEP_BOTH


def test_our_estimate_of_a_date_is_no_disagreement_and_the_meeting_a_merge(qtbot):  # type: ignore[no-untyped-def]
    """F6 (b): "two weeks after the foreign ministers' meeting in Singapore", counted from
    "January" (c. December 2025), against the told c. 6 January 2026: "The two disagree —
    the dates told differ …: choose 'Merge, disputed'", Keep both."""
    dialog = _review(qtbot, FOURTH)
    row = next(row for row, c in enumerate(dialog.extraction.candidates)
               if c.date.circa and "Lisbon" in c.title)
    _offered_as_merge(dialog, row, "met in Lisbon")
    assert "disagree" not in dialog.duplicate_text(row)
    box = dialog.table.cellWidget(row, dialog.DUPLICATE)
    assert box.findData(dialog.MERGE_DISPUTED) < 0


def test_the_previous_visit_told_in_the_same_words_is_a_merge(qtbot):  # type: ignore[no-untyped-def]
    """F6 (c): "the first by an Indonesian head of state since 2014" read from two
    articles: "Previous visit of Prabowo Subianto" / "Previous visit to Fiji" (2014),
    Keep both."""
    dialog = _review(qtbot, FOURTH)
    row = _row(dialog, FuzzyDate.of_year(2012))
    _offered_as_merge(dialog, row, "Previous visit")
    assert "dated by the same words" in dialog.duplicate_text(row)
