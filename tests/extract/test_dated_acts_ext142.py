"""Explicitly dated acts an explainer told that had no row (verify80 F8, ext142): a reply, a
notice or a proposal whose object rule keeps out chatter, yet dated by its own month and
told of a named party.  The sentences are written for these tests."""

from __future__ import annotations

import pytest

from timeline_app.extract import extract_events

HEAD = ("STRELSAU, March 4, 2026 (Wire) -- The foreign ministers of Ruritania and Borduria "
        "met in Strelsau on Tuesday.\n\n")


def _titles(text: str) -> dict[str, str]:
    """Each row's title by its date, in words."""
    return {str(c.date): c.title for c in extract_events(text).candidates}


def _rows(sentence: str) -> list[tuple[str, str]]:
    result = extract_events(HEAD + sentence + "\n")
    return [(str(c.date), c.title) for c in result.candidates
            if c.date.to_timex()[0] != "2026-03-03"]


@pytest.mark.parametrize(("sentence", "date", "word"), [
    ("In May 2016 Ruritania told Borduria that it would not renew the fishing accord.",
     "May 2016", "tells"),
    ("Borduria responded in June 2017 by closing its consulate in Zenda.",
     "June 2017", "responds"),
    ("The Senate Foreign Affairs Committee reported the bill favourably in March 1991, but "
     "the full chamber never voted.", "March 1991", "reports"),
    ("Last autumn, Ruritania's president proposed that both sides keep the quotas for one "
     "more season.", "autumn 2025", "proposes"),
])
def test_an_explicitly_dated_act_of_a_named_party_is_a_row(sentence: str, date: str,
                                                           word: str) -> None:
    rows = _rows(sentence)
    assert [d for d, _ in rows] == [date]
    assert word in rows[0][1]


@pytest.mark.parametrize("sentence", [
    # no date of its own, nor a named teller: chatter, as before
    "Ruritania told reporters in May 2016 that the talks were going well.",
    "Officials responded in June 2017 that they had no comment.",
    "Borduria reported strong fish catches.",
])
def test_no_row_without_a_named_party_and_its_own_date(sentence: str) -> None:
    assert _rows(sentence) == []


def test_an_act_counted_from_an_undated_occasion_of_its_doer_is_before_the_next_clause() -> None:
    # (verify80 F8: the proposal had no row; the inauguration, undated in the text, was put
    # two days before the dateline)
    rows = _rows("Three days after her inauguration, President Ana Ruiz proposed a ten-year "
                 "truce, and the two governments signed it in Zenda on 9 May 2021.")
    assert ("before 9 May 2021", "Ana Ruiz proposes truce") in rows
    assert all("inaugura" not in title.lower() for _, title in rows)


def test_a_compromise_worked_out_is_a_row() -> None:
    # (verify80 F8: two negotiators' compromise reached on a walk had no row)
    rows = _rows("In May 1990 Borovic and Tarlen took a long walk by the lake near Zenda and "
                 "worked out a compromise giving both sides forty launchers.")
    assert rows == [("May 1990", "Borovic and Tarlen work out compromise")]


def test_a_workout_of_no_text_is_no_row() -> None:
    assert _rows("Ruritania worked out in 1990 how many boats it had.") == []


@pytest.mark.parametrize(("sentence", "row"), [
    # (verify81 F6: the offensive a state of things dates from had no row)
    ("Ruritania and Borduria have met four times since the 2021 Ruritanian offensive in "
     "Tarlenia.", ("2021", "Ruritanian offensive in Tarlenia")),
    ("The army began a new offensive against the rebels in May 2021.",
     ("May 2021", "New offensive against the rebels")),
])
def test_an_offensive_of_its_year_is_a_row(sentence: str, row: tuple[str, str]) -> None:
    assert _rows(sentence) == [row]


@pytest.mark.parametrize("sentence", [
    "The accord capped offensive missiles at 700 in 2021.",
    "Ruritania went on the offensive in 2021.",
])
def test_offensive_as_an_adjective_or_a_stance_is_no_row(sentence: str) -> None:
    assert all("ffensive" not in title for _, title in _rows(sentence))


def test_talks_held_after_an_event_do_not_hold_it() -> None:
    # (the title took "held" of the passive before the preposition: "Talks hold referendum")
    rows = _rows("Talks were held after the 2021 referendum in Tarlenia.")
    assert ("2021", "Referendum in Tarlenia") in rows


_TWO_TREATIES = (
    "STRELSAU, March 4, 2026 (Wire) -- The foreign ministers of Ruritania and Borduria met in "
    "Strelsau on Tuesday.\n\n"
    "In 2002 the two states signed the Zenda Fisheries Convention, which set quotas for ten "
    "years. The Zenda Fisheries Convention lapsed in 2012.\n\n"
    "A successor took two years. President Ana Ruiz and President Karl Brun signed the New "
    "BORFISH treaty in Tarlenburg on 8 April 2014. Ruritania's parliament ratified it in May "
    "2014; the treaty entered into force on 9 July 2014.\n")


def test_the_treaty_is_the_one_named_last_in_its_paragraph() -> None:
    # (verify80 F2: "the treaty entered into force" was titled by a treaty of an earlier
    # paragraph, whose name ends in a capital "Treaty", not the "New START treaty" just told)
    rows = {str(c.date): c for c in extract_events(_TWO_TREATIES).candidates}
    force = rows["9 July 2014"]
    assert force.title.startswith("New BORFISH treaty")
    assert "New BORFISH treaty" not in force.participants


def test_it_approved_is_the_text_named_in_its_paragraph() -> None:
    # (verify80 F2: "Senate approves", of nothing; then a treaty of the paragraph before)
    rows = {str(c.date): c.title for c in extract_events(_TWO_TREATIES).candidates}
    assert rows["May 2014"] == "Ruritania's parliament ratifies New BORFISH treaty" \
        or "New BORFISH treaty" in rows["May 2014"]
    text = (HEAD +
            "In 2001 both states joined the Tarlen Fisheries Convention.\n\n"
            "A second pact came soon. Ruiz and Brun signed BORFISH II in Zenda on 3 May 2003. "
            "The Ruritanian Senate approved it in June 2004.\n")
    rows = _titles(text)
    assert rows["June 2004"] == "Ruritanian Senate approves BORFISH II"


def test_it_as_the_subject_of_what_was_declared_is_not_a_text() -> None:
    text = (HEAD +
            "Borduria left the Tarlen Fisheries Convention on 2 May 2003. The next day Ruritania "
            "declared that it no longer felt bound by the quota accord.\n")
    titles = [c.title for c in extract_events(text).candidates]
    assert not any("Convention no longer" in t for t in titles), titles


def test_did_so_is_the_act_before_done_by_another_on_its_own_date() -> None:
    # (verify80 F2: the second approval's date went to a noun after it, a ticked row
    # "Treaty to the survival of the ... Treaty" at 99 %)
    text = (HEAD +
            "A second pact came soon. Ruiz and Brun signed BORFISH II in Zenda on 3 May 2003. "
            "The Ruritanian Senate approved it in June 2004, and the Bordurian Diet did so only "
            "in March 2007, adding reservations that bound the pact to the fate of the Tarlen "
            "Fisheries Convention.\n")
    rows = _titles(text)
    assert rows["March 2007"] == "Bordurian Diet approves BORFISH II"


def test_a_text_extended_to_a_day_and_expired_is_no_signing() -> None:
    # (verify80 F2: "Treaty signed" at 79 % for the day the treaty ran out)
    text = (HEAD +
            "In 2019 the two governments swapped letters on 7 May 2019 prolonging the fisheries "
            "accord until 9 February 2026.\n\n"
            "The accord expired last month, leaving the boats without any rules.\n")
    rows = _titles(text)
    assert rows.get("9 February 2026") == "Fisheries accord expires", rows


def test_missiles_that_arrived_are_no_visit() -> None:
    # (verify80 F2: "Germany visits West Germany", then "Visit to West Germany", in the lane
    # of visits)
    text = (HEAD +
            "Borduria tested a rocket on 2 May 1984, and in June the first cruise missiles "
            "arrived in Tarlenia.\n")
    row = next(c for c in extract_events(text).candidates if str(c.date) == "June 1984")
    assert (row.title, row.category) == ("First cruise missiles arrive in Tarlenia", "event")


def test_a_text_agreed_on_and_signed_later_is_signed_by_its_name() -> None:
    # (verify81 F6: a signing titled "sign on the text of" the accord, agreeing on a text
    # read as a signing of it)
    text = ("ZENDA, November 20 (Wire) -- Ruritanian and Bordurian envoys ended three days of "
            "talks in Zenda late on Wednesday, saying both sides had agreed on the text of the "
            "river boundary treaty, and that their prime ministers would sign it in "
            "Zenda on December 9.\n")
    titles = [c.title for c in extract_events(text).candidates]
    assert any(t.endswith("sign river boundary treaty in Zenda (scheduled)") for t in titles), titles
    assert not any("sign on the text" in t for t in titles)
