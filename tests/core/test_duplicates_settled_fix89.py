"""verify85 F1, F3, F4: a second wire's retellings in the import review.  The signing told
loosely ("a signing in Lima later this week", c. 12 June) was matched to another event
(a visit), though another row of the same article was rightly matched to the 12 June
signing; a clash told "last month" was only possibly its day's clash (ticked Keep both);
a retelling "on June 3" went to a circa neighbour (c. 1-2 June) rather than the event of
3 June; a day told inside a "week of" event was cited only, its sharper date dropped.
Our own events and sentences of the trial's shape.  Fails before session 62 (fix89)."""

from __future__ import annotations

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import find_duplicates
from timeline_app.extract.event_vocabulary import CATEGORIES

SIDES = ("Chile", "Peru")


def _event(event_id: str, title: str, date: FuzzyDate, category: str, sentence: str,
           participants: tuple[str, ...] = SIDES, place: str = "", source: str = "a",
           end: FuzzyDate | None = None, basis: str = "") -> Event:
    return Event(event_id, title, date, end, category, participants, place,
                 date_basis=basis, source_id=source,
                 evidence=(Evidence(sentence, 0, len(sentence)),))


def _timeline() -> list[Event]:
    return [
        _event("clash", "Talks between Chile and Peru follow a clash near Tacna",
               FuzzyDate.of_ymd(2025, 5, 9), "event",
               "The talks come after a clash near Tacna on May 9 that left two guards dead."),
        _event("meet", "Chile and Peru meet in Arica", FuzzyDate.of_ymd(2025, 6, 1, circa=True),
               "meeting", "Delegations held talks for two days of closed sessions in Arica.",
               place="Arica", end=FuzzyDate.of_ymd(2025, 6, 2, circa=True)),
        _event("agree", "Chile and Peru agree in Arica to resume talks",
               FuzzyDate.of_ymd(2025, 6, 3), "treaty",
               "Chile and Peru agreed on Tuesday in Arica to resume talks on the border.",
               place="Arica"),
        _event("visit", "Gabriel Boric visits Arica (scheduled)", FuzzyDate.of_month(2025, 6),
               "visit", "President Gabriel Boric would go to Arica and Tacna later this month.",
               participants=("Gabriel Boric", "Chile", "Peru"), place="Arica"),
        _event("sign", "Ana Ruiz and Luis Soto sign border accord in Lima (scheduled)",
               FuzzyDate.of_ymd(2025, 6, 12), "treaty",
               "The two ministers will sign a border accord in Lima on Thursday, June 12.",
               participants=("Ana Ruiz", "Luis Soto", "Chile", "Peru"), place="Lima"),
        _event("panel", "Joint border panel meets in Tacna (scheduled)",
               FuzzyDate.of_ymd(2025, 6, 16), "meeting",
               "A joint border panel is to sit in Tacna the following week.", place="Tacna",
               end=FuzzyDate.of_ymd(2025, 6, 22), basis="the week of 16 June 2025"),
    ]


def _rows() -> list[Event]:
    return [
        _event("row1", "Deadly clash", FuzzyDate.of_month(2025, 5), "dispute",
               "The crossings have been shut since a deadly clash last month.", source="b"),
        _event("row2", "Talks in Arica", FuzzyDate.of_ymd(2025, 6, 3), "meeting",
               "The accord grew out of talks held in Arica on June 3, when both sides "
               "chose to resume negotiations.", participants=("Bolivia",), place="Arica",
               source="b"),
        _event("row3", "Chile and Peru: Signing ceremony in Lima (scheduled)",
               FuzzyDate.of_ymd(2025, 6, 12, circa=True), "event",
               "Both governments readied a signing ceremony in Lima later this week.",
               place="Lima", source="b"),
        _event("row4", "Ana Ruiz and Luis Soto: Border accord in the Peruvian capital in "
               "Lima (scheduled)", FuzzyDate.of_ymd(2025, 6, 12), "treaty",
               "Ana Ruiz and Luis Soto are still set to put their names to the border "
               "accord in Lima on June 12.", participants=("Ana Ruiz", "Luis Soto", *SIDES),
               place="Lima", source="b"),
        _event("row5", "Chile and Peru meet in Tacna (scheduled)", FuzzyDate.of_ymd(2025, 6, 17),
               "meeting", "The joint border panel will hold its first sitting on June 17 "
               "in Tacna.", place="Tacna", source="b"),
    ]


def test_a_clash_told_last_month_is_likely_its_days_clash() -> None:
    match = find_duplicates(_timeline(), _rows(), kinds=CATEGORIES)["row1"]
    assert match.existing.id == "clash" and match.likely
    assert "the same act (“clash”)" in match.reason


def test_an_exact_day_beats_a_circa_neighbour() -> None:
    match = find_duplicates(_timeline(), _rows(), kinds=CATEGORIES)["row2"]
    assert match.existing.id == "agree"
    assert match.likely


def test_a_loosely_told_signing_follows_the_row_matched_to_the_signing() -> None:
    found = find_duplicates(_timeline(), _rows(), kinds=CATEGORIES)
    assert found["row4"].existing.id == "sign" and found["row4"].likely
    assert found["row3"].existing.id == "sign" and found["row3"].likely
    assert "the same act (“sign”)" in found["row3"].reason


def test_a_day_inside_a_told_week_is_merged_for_its_sharper_date() -> None:
    match = find_duplicates(_timeline(), _rows(), kinds=CATEGORIES)["row5"]
    assert match.existing.id == "panel" and match.likely and match.every_point
    assert "sharper date: 17 June 2025" in match.reason


def test_a_circa_day_of_another_act_does_not_follow() -> None:
    """A loosely told row of another act (a visit) does not follow the signing's row."""
    rows = _rows()
    rows[2] = _event("row3", "Chile and Peru: Talks in Lima", FuzzyDate.of_ymd(
        2025, 6, 12, circa=True), "meeting", "Both governments readied talks in Lima.",
        place="Lima", source="b")
    found = find_duplicates(_timeline(), rows, kinds=CATEGORIES)
    assert "row3" not in found or found["row3"].existing.id != "sign" or not found[
        "row3"].likely
