"""A state the timeline already names keeps that name in an import (verify39 F8).

Reuters wrote "Democratic Republic of Congo", Xinhua "Democratic Republic of the Congo":
each article's events name a state as the article does, so the two tellings made two
participants, and a filter by one found half the events."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.extract.state_names import as_named_before
from timeline_app.ui.import_article import ReviewDialog

XINHUA = ("DOHA, Dec. 1 (Xinhua) -- The Democratic Republic of the Congo and the M23 signed a "
          "ceasefire framework in Doha on Tuesday, Qatar's foreign ministry said.")


def _reuters_event() -> Event:
    return Event("r1", "Congo and M23 sign ceasefire framework", FuzzyDate.of_day(
        dt.date(2026, 12, 1)), participants=("Democratic Republic of Congo", "M23"),
        location="Doha")


def test_the_review_offers_the_timelines_name_of_a_state(qtbot) -> None:  # type: ignore[no-untyped-def]
    result = extract_events(XINHUA)
    assert "Democratic Republic of the Congo" in result.candidates[0].participants
    dialog = ReviewDialog(result, existing=[_reuters_event()])
    qtbot.addWidget(dialog)
    cell = dialog.table.item(0, dialog.PARTICIPANTS).text()
    assert "Democratic Republic of Congo" in cell and "of the Congo" not in cell
    # what the review says it found: no correction by the person (the row's tick rules)
    assert dialog.extraction.candidates[0].participants == tuple(
        name.strip() for name in cell.split(","))


def test_names_that_are_no_state_or_name_two_stay_as_written() -> None:
    known = ["Democratic Republic of Congo", "United Kingdom", "Congo", "U.S."]
    assert as_named_before(("Britain", "the United Kingdom", "M23", "Congo", "USA"), known) == (
        "United Kingdom", "M23", "Congo", "USA")
    assert as_named_before(("DR Congo",), ["Congo"]) == ("DR Congo",)  # "Congo" names two
    assert as_named_before(("Qatar",), []) == ("Qatar",)


def test_a_person_written_without_the_fathers_name_is_the_one_the_timeline_names() -> None:
    """Al Jazeera's "Mohammed Al-Khulaifi" and AP's "Mohammed bin Abdulaziz Al-Khulaifi"
    were two participants of one merged event (verify39 F8)."""
    known = ["Mohammed bin Abdulaziz Al-Khulaifi", "Qatar"]
    assert as_named_before(("Mohammed Al-Khulaifi", "Qatar"), known) == (
        "Mohammed bin Abdulaziz Al-Khulaifi", "Qatar")
    assert as_named_before(("Mohammed bin Abdulaziz Al-Khulaifi",),
                           ["Mohammed Al-Khulaifi"]) == ("Mohammed Al-Khulaifi",)


def test_names_the_fathers_name_tells_apart_stay_apart() -> None:
    # two fathers' names: two people
    assert as_named_before(("Hamad bin Jassim Al Thani",), ["Hamad bin Khalifa Al Thani"]) == (
        "Hamad bin Jassim Al Thani",)
    # one word left without it: the nasab is the name
    assert as_named_before(("Mohammed bin Salman", "Mohammed"), ["Mohammed bin Nayef"]) == (
        "Mohammed bin Salman", "Mohammed")
    # two known people it could be: as written
    assert as_named_before(("Hamad Al Thani",), ["Hamad bin Khalifa Al Thani",
                                                 "Hamad bin Jassim Al Thani"]) == (
        "Hamad Al Thani",)
    # no nasab at all: other middle names are not guessed at
    assert as_named_before(("George W. Bush",), ["George H. W. Bush"]) == ("George W. Bush",)
