"""New-user trial verify66 F6: re-told events that started on "Keep both" (invented
Ghana-Togo boundary talks here, in the shapes of the trial's wire stories).

(a) a round told to the day by one outlet and to its month by another, the same parties,
at the same place (the day's sentence names it, or it was typed);
(b) a meeting re-told with a date the app *computed* ("two weeks after the foreign
ministers' meeting", counted from a month: c. December 2025) against the day the first
article gave (c. 7 January 2026): no disagreement of the sources;
(c) "the first by a Ghanaian head of state since 2012" carried by two articles: the
previous visit read from each."""

from __future__ import annotations

import dataclasses

from timeline_app.core import Event, Evidence, FuzzyDate
from timeline_app.core.duplicates import disagreement, find_duplicates, merge_events
from timeline_app.extract.event_vocabulary import CATEGORIES


def _told(sentence: str, date_words: str | None = None, at: int = 100) -> Evidence:
    """``sentence`` at offset ``at`` of its article, ``date_words`` marked as its date's."""
    if date_words is None:
        return Evidence(sentence, at, at + len(sentence))
    start = at + sentence.index(date_words)
    return Evidence(sentence, at, at + len(sentence), start, start + len(date_words))


def _match(existing: Event, incoming: Event):  # type: ignore[no-untyped-def]
    return find_duplicates([existing], [incoming], kinds=CATEGORIES).get(incoming.id)


LOME_PLAN = Event(
    "lome", "Ghana and Togo meet in Lome (scheduled)", FuzzyDate.of_month(2026, 3),
    category="meeting", participants=("Ghana", "Togo"), location="Lome",
    evidence=(_told("Ghanaian Foreign Minister Samuel Ablakwa said the two sides would meet "
                    "again in Lome in March.", "March"),), source_id="reuters")
ROUND = Event(
    "round", "Second round of the technical talks (scheduled)", FuzzyDate.of_ymd(2026, 3, 10),
    category="meeting", participants=("Togo", "Ghana"),
    evidence=(_told("The second round of the technical talks, which had been scheduled for "
                    "10 March in Lome, will go ahead as planned, a government spokesman "
                    "said.", "10 March"),), source_id="afp")


def test_a_round_told_to_the_day_in_the_plans_month_and_place_is_likely() -> None:
    """(a) verify66: "possibly", Keep both — even after the person typed the place."""
    match = _match(LOME_PLAN, ROUND)
    assert match is not None and match.likely and not match.every_point
    assert "its sentence names the place (Lome)" in match.reason
    typed = dataclasses.replace(ROUND, location="Lome")
    match = _match(LOME_PLAN, typed)
    assert match is not None and match.likely and "same place (Lome)" in match.reason
    assert disagreement(LOME_PLAN, typed) == ""


def test_a_round_at_another_place_or_at_none_told_stays_possible() -> None:
    """The place is what ties a day to a month's plan: another place told, or none
    named anywhere, leaves it at most possible (one month can hold two rounds)."""
    elsewhere = dataclasses.replace(ROUND, location="Accra", evidence=(
        _told("The second round of the technical talks, which had been scheduled for 10 "
              "March in Accra, will go ahead.", "10 March"),))
    match = _match(LOME_PLAN, elsewhere)
    assert match is None or not match.likely
    untold = dataclasses.replace(ROUND, evidence=(
        _told("The second round of the technical talks, which had been scheduled for 10 "
              "March, will go ahead.", "10 March"),))
    match = _match(LOME_PLAN, untold)
    assert match is not None and not match.likely
    # ... and two rounds held in one month are no plan told finer: a month can hold two
    # (``test_duplicates_same_pair``)
    held = dataclasses.replace(ROUND, title="Second round of the technical talks")
    plan_held = dataclasses.replace(LOME_PLAN, title="Ghana and Togo meet in Lome")
    match = _match(plan_held, held)
    assert match is None or not match.likely


LISBON = Event(
    "lisbon", "Foreign ministers of the two countries met in Lisbon",
    FuzzyDate.of_ymd(2026, 1, 7, circa=True), category="meeting",
    participants=("Ghana", "Togo"), location="Lisbon",
    date_basis="'two weeks after foreign ministers of the two countries met in Lisbon': "
               "about 2 weeks before the dateline (21 January 2026), so c. 7 January 2026",
    evidence=(_told("The round opened two weeks after foreign ministers of the two "
                    "countries met in Lisbon on the sidelines of a Commonwealth meeting.",
                    "two weeks"),), source_id="reuters")
ESTIMATED = Event(
    "estimated", "Foreign ministers' meeting in Lisbon",
    FuzzyDate.of_month(2025, 12, circa=True), category="meeting",
    location="Lisbon",
    date_basis="'two weeks after the foreign ministers' meeting in Lisbon': about 2 weeks "
               "before 'boundary talks' (January 2026), so c. December 2025",
    evidence=(_told("The boundary talks opened in Accra in January, two weeks after the "
                    "foreign ministers' meeting in Lisbon.", "two weeks"),), source_id="herald")


def test_a_meeting_dated_by_our_estimate_is_likely_and_no_disagreement() -> None:
    """(b) verify66: "possibly", Keep both, and "The two disagree — the dates told differ
    (c. 6 January 2026 / c. December 2025): choose 'Merge, disputed'"."""
    match = _match(LISBON, ESTIMATED)
    assert match is not None and match.likely
    assert "one date an estimate" in match.reason
    assert disagreement(LISBON, ESTIMATED) == ""
    merged = merge_events(LISBON, ESTIMATED)
    assert merged.date == LISBON.date  # the finer estimate kept
    assert "told otherwise" not in merged.date_basis


def test_estimates_that_share_no_day_still_disagree() -> None:
    """A circa date is widened by its own length, no more: c. 7 January (6-8 January)
    against 12 January, or two months apart, are dates told differently."""
    twelfth = dataclasses.replace(ESTIMATED, date=FuzzyDate.of_ymd(2026, 1, 12))
    assert disagreement(LISBON, twelfth).startswith("the dates told differ")
    october = dataclasses.replace(
        ESTIMATED, date=FuzzyDate.of_month(2025, 10, circa=True))
    assert _match(LISBON, october) is None
    # not an estimate: December 2025 as told shares no day with c. 7 January 2026
    told = dataclasses.replace(ESTIMATED, date=FuzzyDate.of_month(2025, 12))
    assert _match(LISBON, told) is None


def test_an_estimate_with_titles_unlike_or_another_place_stays_possible_or_none() -> None:
    other = dataclasses.replace(ESTIMATED, title="Ministers' talks in Lisbon on fisheries")
    match = _match(LISBON, other)
    assert match is None or not match.likely
    porto = dataclasses.replace(ESTIMATED, location="Porto",
                                title="Foreign ministers' meeting in Porto")
    match = _match(LISBON, porto)
    assert match is None or not match.likely


PREVIOUS = Event(
    "previous", "Previous visit to Togo", FuzzyDate.of_year(2012), category="visit",
    participants=("Ghana", "Togo"), location="Togo",
    evidence=(_told("President John Mahama is expected to make a state visit to Togo in "
                    "April, the first by a Ghanaian head of state since 2012, officials "
                    "said.", "2012"),), source_id="reuters")
AGAIN = Event(
    "again", "Previous visit of John Mahama", FuzzyDate.of_year(2012), category="visit",
    participants=("Ghana", "Togo"), location="Lome",
    evidence=(_told("President John Mahama arrived in Lome on Monday for a state visit, the "
                    "first by a Ghanaian head of state since 2012, and was welcomed by "
                    "President Faure Gnassingbe.", "2012", at=60),), source_id="herald")


def test_a_year_dated_by_the_same_words_in_two_articles_is_likely() -> None:
    """(c) verify66: titles 72 % alike, "possibly", Keep both."""
    match = _match(PREVIOUS, AGAIN)
    assert match is not None and match.likely
    assert "dated by the same words (“the first by a Ghanaian head of state since 2012”)" \
        in match.reason


def test_a_few_common_words_before_a_year_tell_nothing() -> None:
    """"for the first time since 2012" dates anything: two content words, no more."""
    first_time = dataclasses.replace(AGAIN, evidence=(
        _told("President John Mahama arrived in Lome, for the first time since 2012.",
              "2012"),))
    previous = dataclasses.replace(PREVIOUS, evidence=(
        _told("Talks will resume in Accra, for the first time since 2012.", "2012"),))
    match = _match(previous, first_time)
    assert match is None or not match.likely
    # nor the same topic and year between other parties, titles unlike (the synthetic
    # events of ``benchmarks/duplicates_cost.py``): only a possible match is made likely
    talks = Event("talks", "Iran and Taiwan meet in Washington to discuss fisheries",
                  FuzzyDate.of_year(2022), category="meeting", participants=("Iran", "Taiwan"),
                  evidence=(_told("Iran and Taiwan met to discuss fisheries in the East China "
                                  "Sea in 2022.", "2022"),))
    other = Event("other", "Indonesia and Germany prime ministers hold talks on fisheries",
                  FuzzyDate.of_year(2022), category="meeting",
                  participants=("Indonesia", "Germany"),
                  evidence=(_told("The prime ministers held talks on fisheries in the East "
                                  "China Sea in 2022.", "2022"),))
    match = _match(talks, other)
    assert match is None or not match.likely
    # nor do the same words dating events of kinds apart
    treaty = dataclasses.replace(AGAIN, category="treaty", title="Ghana and Togo sign accord")
    match = _match(PREVIOUS, treaty)
    assert match is None or not match.likely
