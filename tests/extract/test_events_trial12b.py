"""What new-user trial 12 (session 11) found wrong in two articles of its own: a meeting
"earlier this month" merged into talks dated Saturday, a visit dated by the wrong clause of
its sentence, an execution that was no event, and "next Thursday" with no word of its other
reading.  The articles below are written for these tests (not corpus text)."""

from __future__ import annotations

import datetime as dt

from timeline_app.core import FuzzyDate
from timeline_app.extract import extract_events
from timeline_app.extract.timex import tag_timexes

BEIJING = (
    "India and China agree to resume border patrols\n\n"
    "BEIJING, March 9 (AFP) - The foreign ministers of India and China agreed on Monday to "
    "resume joint patrols along the disputed frontier.\n\n"
    "The agreement was reached after two days of talks that began on Saturday, and follows a "
    "meeting of military commanders in Chushul earlier this month.")

JAKARTA = (
    "Brazil and Indonesia renew ties\n\n"
    "JAKARTA, 14 November 2026 (Reuters) - Brazil and Indonesia signed a forest pact on "
    "Tuesday.\n\n"
    "Brazil and Indonesia established diplomatic relations in 1953, and signed a strategic "
    "partnership in 2008 during a visit by then-President Susilo Bambang Yudhoyono to Brazil.\n\n"
    "The relationship cooled after Indonesia executed a Brazilian citizen for drug "
    "trafficking on 18 January 2015.")


def test_a_meeting_earlier_this_month_is_not_the_talks_of_saturday() -> None:
    found = extract_events(BEIJING, dct=dt.date(2026, 3, 9)).candidates
    chushul = next(c for c in found if c.location == "Chushul")
    # was 7 March 2026: merged into the talks that "began on Saturday"
    assert chushul.date.precision.value == "month"
    assert (chushul.date.year, chushul.date.month) == (2026, 3)
    assert "earlier this month" in chushul.date_basis
    assert any(c.date == FuzzyDate.of_day(dt.date(2026, 3, 7)) for c in found)


def test_a_visit_is_the_occasion_of_the_act_just_before_it() -> None:
    found = extract_events(JAKARTA).candidates
    visit = next(c for c in found if c.category == "visit")
    assert visit.date == FuzzyDate.of_year(2008)  # was 1953: the sentence's first clause
    assert visit.title == "Susilo Bambang Yudhoyono visits Brazil"  # was "Visit"
    assert visit.location == "Brazil"
    # (and the state visited takes part, as "Lula visited India" names India; ext156: the
    # visit's place a state's name, no capital, was left out)
    assert visit.participants == ("Susilo Bambang Yudhoyono", "Brazil")


def test_a_state_executing_a_foreign_citizen_is_an_event() -> None:
    found = extract_events(JAKARTA).candidates
    execution = next(c for c in found if c.date == FuzzyDate.of_day(dt.date(2015, 1, 18)))
    assert execution.title.startswith("Indonesia executes")
    assert execution.category == "dispute"


def test_next_thursday_in_its_own_week_names_the_other_reading() -> None:
    monday = dt.date(2026, 3, 9)
    (t,) = tag_timexes("Talks will be held next Thursday.", monday)
    assert t.value == "2026-03-12"  # the TimeML reading stays
    assert "also read as the Thursday of next week, 19 March 2026" in t.basis
    (t,) = tag_timexes("He left last Monday.", dt.date(2026, 3, 13))
    assert t.value == "2026-03-09"
    assert "Monday of last week, 2 March 2026" in t.basis
    # a day of another week has one reading only
    (t,) = tag_timexes("Talks will be held next Thursday.", dt.date(2026, 3, 13))
    assert t.value == "2026-03-19" and "also read" not in t.basis


def test_the_two_presidents_are_the_story_s_not_the_last_two_named() -> None:
    text = (
        "JAKARTA, 14 November 2026 (Reuters) - Brazilian President Luiz Inacio Lula da Silva "
        "and Indonesian President Prabowo Subianto signed a forest pact on Tuesday.\n\n"
        "Lula said the pact was a start. Prabowo said Indonesia would host a meeting in "
        "2027.\n\n"
        "Ties cooled in 2015, when President Dilma Rousseff refused to accept Indonesia's "
        "new envoy.\n\n"
        "The two presidents will meet again at the G20 summit in Johannesburg next week.")
    found = extract_events(text).candidates
    g20 = next(c for c in found if "G20" in c.title)
    # was Prabowo and Dilma Rousseff: the last two people named
    assert "Luiz Inacio Lula da Silva" in g20.participants
    assert "Prabowo Subianto" in g20.participants
    assert "Dilma Rousseff" not in g20.participants


def test_a_visit_and_the_meeting_of_its_relative_clause_are_one_trip() -> None:
    text = (
        "JAKARTA, 14 November 2026 (Reuters) - Brazil and Indonesia signed a forest pact on "
        "Tuesday.\n\n"
        "The meeting follows a visit to Brasilia last month by Sugiono, who held talks with "
        "his Brazilian counterpart Mauro Vieira on 21 October. During that visit the two "
        "ministers agreed to set up a working group on mining standards, which is due to "
        "report by March 2027.")
    found = extract_events(text).candidates
    october = [c for c in found if (c.date.year, c.date.month) == (2026, 10)]
    # were two rows, "Visit to Brasilia" (October) and "Sugiono and Mauro Vieira meet"
    assert len(october) == 1
    trip = october[0]
    assert trip.date == FuzzyDate.of_day(dt.date(2026, 10, 21))
    assert trip.location == "Brasilia"
    assert set(trip.participants) == {"Sugiono", "Mauro Vieira"}
    # the working group's report date is no date of the agreement
    assert not any(c.date == FuzzyDate.of_month(2027, 3) and "agree" in c.title.lower()
                   for c in found)


def test_titles_of_trial_12_s_second_reading() -> None:
    text = (
        "India and China agree to resume border patrols\n\n"
        "BEIJING, March 9 (AFP) - Indian External Affairs Minister S. Jaishankar and "
        "Chinese Foreign Minister Wang Yi agreed on Monday to resume joint patrols along "
        "the disputed Himalayan frontier, officials from both countries said.\n\n"
        "Jaishankar told reporters the two sides would hold another round of talks next "
        "Thursday in New Delhi.\n\n"
        "Relations between the two countries collapsed after a deadly clash in the Galwan "
        "Valley in June 2020, in which 20 Indian soldiers and at least four Chinese soldiers "
        "were killed.")
    found = extract_events(text, dct=dt.date(2026, 3, 9)).candidates
    titles = {c.title for c in found}
    # was "S. Jaishankar and Wang Yi agree": the cut fell before "to resume"
    assert "S. Jaishankar and Wang Yi agree to resume joint patrols" in titles
    clash = next(c for c in found if c.date == FuzzyDate.of_month(2020, 6))
    # was "At least four Chinese soldiers killed", with no place
    assert clash.title == "Deadly clash in the Galwan Valley"
    assert clash.location == "Galwan Valley"
    talks = next(c for c in found if c.date == FuzzyDate.of_day(dt.date(2026, 3, 12)))
    assert talks.location == "New Delhi"  # was none: the date stood between


def test_titles_of_trial_12_s_first_reading() -> None:
    text = (
        "JAKARTA, 14 November 2026 (Reuters) - Brazilian President Luiz Inacio Lula da Silva "
        "and Indonesian President Prabowo Subianto signed a declaration in Jakarta on "
        "Tuesday, pledging to coordinate their positions ahead of next year's climate "
        "talks.\n\n"
        "Indonesia executed a Brazilian citizen on 18 January 2015; Brazil recalled its "
        "ambassador and President Dilma Rousseff refused to accept the credentials of "
        "Indonesia's new envoy the following month.")
    titles = {c.title for c in extract_events(text).candidates}
    assert "Climate talks (scheduled)" in titles  # was "Year's climate talks (scheduled)"
    # was "Brazil recalls its ambassador and Dilma Rousseff refused"
    assert "Brazil recalls its ambassador" in titles


def test_a_declaration_welcomed_is_the_signing_and_a_host_holds_its_meeting() -> None:
    text = (
        "JAKARTA, 14 November 2026 (Reuters) - Brazilian President Luiz Inacio Lula da Silva "
        "and Indonesian President Prabowo Subianto signed a joint declaration on forest "
        "protection in Jakarta on Tuesday.\n\n"
        "Prabowo said Indonesia would host a meeting of forest nations in Bali in early "
        "2027.\n\n"
        "Environmental groups welcomed Tuesday's declaration but said it lacked binding "
        "targets.")
    found = extract_events(text).candidates
    tuesday = [c for c in found if c.date == FuzzyDate.of_day(dt.date(2026, 11, 10))]
    # was a second row, "Environmental groups: Declaration"
    assert [c.title for c in tuesday] == [
        "Luiz Inacio Lula da Silva and Prabowo Subianto sign joint declaration"]
    assert len(tuesday[0].evidence) == 2
    bali = next(c for c in found if c.location == "Bali")
    # was "Indonesia: Meeting in Bali (scheduled)"
    assert bali.title == "Indonesia hosts meeting of forest nations in Bali (scheduled)"
