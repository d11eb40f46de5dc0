"""Two outlets' days for one round of talks at one place (verify52 F4): AFP's "First round in
Ankara" (16 October; the UN, Russia) and Reuters' "Previous round in Ankara" (14 October),
titles 78 % alike, were not set against each other: the import added a second round in
Ankara two days after the first.  Qt-free."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import Event, FuzzyDate
from timeline_app.core.duplicates import find_duplicates


def _day(day: int) -> FuzzyDate:
    return FuzzyDate.of_day(dt.date(2026, 10, day))


AFP = Event("afp", "First round in Ankara", _day(16), category="meeting", location="Ankara",
            participants=("United Nations", "Russia"))


def test_one_place_and_parties_not_telling_apart_make_rival_days() -> None:
    for existing in (Event("r", "Previous round in Ankara", _day(14), category="meeting",
                           location="Ankara"),
                     Event("r", "Ankara round ends without agreement", _day(14),
                           category="meeting", location="Ankara",
                           participants=("Turkey", "Ukraine", "Russia", "United Nations"))):
        match = find_duplicates([existing], [AFP])["afp"]
        assert not match.likely
        assert "2 days apart" in match.reason and "same place (Ankara)" in match.reason


def test_other_parties_or_another_place_or_a_week_apart_are_not() -> None:
    others = (Event("x", "Previous round in Ankara", _day(14), category="meeting",
                    location="Ankara", participants=("Armenia", "Azerbaijan")),
              Event("y", "Previous round in Ankara", _day(14), category="meeting",
                    location="Geneva"),
              Event("z", "Previous round in Ankara", _day(8), category="meeting",
                    location="Ankara"))
    for existing in others:
        assert find_duplicates([existing], [AFP]) == {}
