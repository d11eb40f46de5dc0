"""ext91 (verify61/62 leftovers): one trip told twice, "X called Y" and "X visited Y" the
same day, gave two rows with no flag.  A call and a visit or meeting of one day whose every
party is the other row's (a person read as the state the call's words make them a person of,
or the visit's city's state) are asked about as one event told twice.  Qt-free
(``ui.told_twice``)."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import FuzzyDate
from timeline_app.extract import Candidate, extract_events
from timeline_app.ui.told_twice import told_twice

FIDAN = ("ANKARA, March 12, 2026 (Reuters) - Turkish Foreign Minister Hakan Fidan called his "
         "Greek counterpart George Gerapetritis on Wednesday, the ministry said.\n\n"
         "Fidan visited Athens on Wednesday, a Greek official said. Greece and Turkey have long "
         "disputed maritime boundaries.")
JAISHANKAR = ("NEW DELHI, March 12, 2026 (Reuters) - Indian Foreign Minister S. Jaishankar spoke "
              "by telephone with Sri Lankan Foreign Minister Vijitha Herath on Wednesday about "
              "fishing disputes in the Palk Strait.\n\n"
              "Jaishankar visited Colombo on Wednesday, where he met Herath and President Anura "
              "Kumara Dissanayake.")


def _flags(text: str) -> list[tuple[str, str, str]]:
    rows = extract_events(text, dt.date(2026, 3, 12)).candidates
    return sorted((rows[row].title, rows[twin.row].title, twin.reason)
                  for row, twin in told_twice(rows).items())


def test_a_call_and_a_visit_of_one_day_are_asked_about() -> None:
    assert _flags(FIDAN) == [
        ("Hakan Fidan calls George Gerapetritis", "Hakan Fidan visits Athens",
         "same date; a call and a visit of the same parties"),
        ("Hakan Fidan visits Athens", "Hakan Fidan calls George Gerapetritis",
         "same date; a call and a visit of the same parties")]


def test_a_call_and_a_visit_naming_more_hosts_are_asked_about() -> None:
    # (two meetings, the second with one more person, are two occasions: not a call)
    assert {(a, b) for a, b, _ in _flags(JAISHANKAR)} == {
        ("S. Jaishankar and Vijitha Herath speak by telephone", "S. Jaishankar visits Colombo"),
        ("S. Jaishankar visits Colombo", "S. Jaishankar and Vijitha Herath speak by telephone")}


DAY = FuzzyDate.of_ymd(2026, 3, 11)
CALL = Candidate("Hakan Fidan calls Sergei Lavrov", DAY, "", "policy", 0.85, "",
                 ("Hakan Fidan", "Sergei Lavrov"))
VISIT = Candidate("Hakan Fidan visits Athens", DAY, "", "visit", 0.85, "Athens",
                  ("Hakan Fidan", "Greece"))


def test_a_call_to_someone_else_on_a_trip_is_not_the_trip() -> None:
    assert told_twice([CALL, VISIT]) == {}


def test_a_call_and_a_visit_of_different_days_are_not_asked_about() -> None:
    import dataclasses

    call = dataclasses.replace(CALL, participants=("Hakan Fidan", "Greece"),
                               date=FuzzyDate.of_ymd(2026, 3, 9))
    assert told_twice([call, VISIT]) == {}
