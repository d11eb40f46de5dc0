"""verify58 F26: a merged attack's date basis read "'Sunday night', relative to the dateline
10 March 2026; told otherwise: 9 March 2026 by Reuters ('Monday' in the article ('Monday',
relative to the dateline 9 March 2026))" — brackets in brackets, "Monday" twice (New Event
from the Article pane quoted the words before the tagger's basis, which quotes them
too) — in Details and the .ics DESCRIPTION; and its summary began with the update's
correction note "(Corrects location of attack to off Mokha, …)"."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import merge_events
from timeline_app.core.merge import (
    correction_notes_last,
    merge_into_one,
    merged_summary,
    readable_basis,
)
from timeline_app.core.model import Evidence, Source
from timeline_app.io.ical import event_description
from timeline_app.ui.detail_pane import basis_in_words, shown_summary

NOTE = ("(Corrects location of attack to off Rasnah, from off Port Kell, and time to Sunday "
        "night, in paragraph 1)")
SENTENCE = ("PORT KELL, May 4 (Reuters) - Rebels struck the tanker Blue Harbor off Port Kell "
            "overnight, the agency said on Monday.")
#: as New Event from the Article pane wrote it before
NESTED = "'Monday' in the article ('Monday', relative to the dateline 4 May 2026)"

TYPED = Event("t", "Rebels strike tanker Blue Harbor", FuzzyDate.of_day(dt.date(2026, 5, 4)),
              date_basis=NESTED, summary=SENTENCE)
UPDATE = Event("u", "Attack on the tanker Blue Harbor", FuzzyDate.of_day(dt.date(2026, 5, 3)),
               date_basis="'Sunday night', relative to the dateline 5 May 2026",
               summary=NOTE)


def test_words_quoted_twice_are_said_once_and_told_otherwise_has_one_bracket() -> None:
    assert readable_basis(NESTED) == "'Monday', relative to the dateline 4 May 2026"
    assert readable_basis("'Monday' in the article (explicit date)") == \
        "'Monday' in the article (explicit date)"
    merged = merge_into_one([UPDATE, TYPED])
    assert merged.date_basis == (
        "'Sunday night', relative to the dateline 5 May 2026; told otherwise: 4 May 2026 "
        "('Monday', relative to the dateline 4 May 2026)")
    # one saved before: shown in words once, in Details and in the calendar
    saved = ("'Sunday night', relative to the dateline 5 May 2026; told otherwise: 4 May 2026 "
             f"by Reuters ({NESTED})")
    assert basis_in_words(saved) == (
        "'Sunday night' in an article dated 5 May 2026; told otherwise: 4 May 2026 by "
        "Reuters ('Monday' in an article dated 4 May 2026)")
    event = Event("e", "Attack", FuzzyDate.of_day(dt.date(2026, 5, 3)), date_basis=saved)
    assert "('Monday', relative to the dateline 4 May 2026)" in event_description(event, {})
    assert "(Monday" not in event_description(event, {}).replace("('Monday'", "")


def test_a_correction_note_is_never_a_summary_s_first_paragraph() -> None:
    assert correction_notes_last(f"{NOTE}\n\n{SENTENCE}") == f"{SENTENCE}\n\n{NOTE}"
    assert correction_notes_last(NOTE) == NOTE  # nothing else: kept
    assert correction_notes_last(SENTENCE) == SENTENCE
    assert merged_summary([UPDATE, TYPED]) == f"{SENTENCE}\n\n{NOTE}"
    assert merge_events(UPDATE, TYPED).summary == NOTE  # (its own, nothing else)
    both = Event("b", "Attack", FuzzyDate.of_day(dt.date(2026, 5, 3)),
                 summary=f"{NOTE}\n\nThe ship was hit late on Sunday.")
    assert merge_events(both, TYPED).summary == f"The ship was hit late on Sunday.\n\n{NOTE}"
    # a saved one: Details and the calendar put the note last
    shown = Event("s", "Attack", FuzzyDate.of_day(dt.date(2026, 5, 3)),
                  summary=f"{NOTE}\n\nThe ship was hit late on Sunday.",
                  source_id="src", evidence=(Evidence(SENTENCE, 0, len(SENTENCE)),))
    assert shown_summary(shown) == f"The ship was hit late on Sunday.\n\n{NOTE}"
    sources = {"src": Source("src", "Rebels hit tanker", outlet="Reuters", text=SENTENCE)}
    description = event_description(shown, sources)
    assert description.index("The ship was hit") < description.index("(Corrects")


def test_the_calendar_quotes_a_correction_note_last_though_it_gave_the_date() -> None:
    note = f"{NOTE}."
    event = Event("n", "Rebels strike tanker Blue Harbor off Rasnah",
                  FuzzyDate.of_day(dt.date(2026, 5, 3)), source_id="src",
                  evidence=(Evidence(note, 0, len(note), note.index("Sunday"),
                                     note.index("Sunday") + len("Sunday night")),
                            Evidence(SENTENCE, 200, 200 + len(SENTENCE))))
    description = event_description(event, {})
    assert description.index("PORT KELL") < description.index("(Corrects")
