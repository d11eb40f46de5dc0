"""verify72's peace-process articles (session 55): the general kinds of its findings 2-6,
each with sentences of my own in the same shapes (no text of hers)."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

BACKGROUND = dt.date(2018, 6, 1)
"""A background piece's date, after every date its sentences tell."""


def _rows(text: str, dct: dt.date = BACKGROUND) -> list[tuple[str, str]]:
    return [(str(c.date), c.title) for c in extract_events(text, dct=dct).candidates]


def _titles(text: str, dct: dt.date = BACKGROUND) -> list[str]:
    return [title for _, title in _rows(text, dct)]


# F3: dated facts that had no row.

def test_a_named_body_founded_in_a_year_is_a_row_its_doer_before_the_relative_clause() -> None:
    rows = _rows("Farmers' militias that had fled a raid on the valley founded the Liberation "
                 "Front in 1971.")
    assert rows == [("1971", "Farmers' militias found Liberation Front")]


def test_guard_found_of_find_is_still_no_founding() -> None:
    assert not any("ound" in t for t in _titles("Inspectors found the Ministry in 1998 empty "
                                                "of any records."))


def test_hostages_rescued_are_a_row() -> None:
    rows = _rows("In March 2009 commandos rescued Anna Weiss and nine other hostages in the "
                 "jungle.")
    assert len(rows) == 1 and rows[0][0] == "March 2009"
    assert rows[0][1].startswith("Commandos rescue Anna Weiss and nine other hostages")


def test_guard_a_rescued_economy_is_no_row() -> None:
    assert _titles("The central bank rescued the economy in March 2009.") == []


def test_a_council_due_to_discuss_a_matter_is_a_scheduled_meeting() -> None:
    text = ("QUITO, Thursday, March 2, 2017 (AP) - The Security Council is due to discuss the "
            "observer mission on Monday in Geneva.")
    rows = _rows(text, dt.date(2017, 3, 2))
    assert rows == [("6 March 2017", "Security Council meets in Geneva (scheduled)")]


def test_guard_a_past_discussion_is_told_by_what_the_body_did() -> None:
    text = ("QUITO, Thursday, March 2, 2017 (AP) - The Security Council discussed the border "
            "on Monday and called on both sides to show restraint.")
    assert not any("meets" in t for t in _titles(text, dt.date(2017, 3, 2)))


# F4/F6: titles too vague to keep.

def test_talks_that_ended_are_titled_by_their_end() -> None:
    assert _rows("The negotiations ended in April 2004 after the militia seized a ferry.")[0] \
        == ("April 2004", "Negotiations end")


def test_an_arrival_at_a_site_says_who_arrived_where() -> None:
    text = ("QUITO, Ecuador, March 2, 2017 (AP) - The fighters arrived at the base by truck and "
            "on foot last week, carrying their packs.")
    assert _titles(text, dt.date(2017, 3, 2)) == ["Fighters arrive at the base"]


def test_the_subject_s_emphatic_pronoun_is_left_out_of_the_title() -> None:
    text = ("QUITO, Ecuador, March 2, 2017 (AP) - The handover itself is due to begin on April "
            "3, when the fighters give a third of their rifles to the mission.")
    assert _titles(text, dt.date(2017, 3, 2)) == ["Handover begins (scheduled)"]


def test_guard_an_object_s_reflexive_stays() -> None:
    assert _titles("The province declared itself independent on 4 May 1990.") == [
        "Province declares itself independent"]


def test_weapons_to_be_handed_over_are_the_row_with_the_particle() -> None:
    text = ("QUITO, Ecuador, March 2, 2017 (AP) - The last rifles are to be handed over on June "
            "30 at a ceremony in the capital.")
    assert _titles(text, dt.date(2017, 3, 2)) == ["Last rifles handed over in Quito (scheduled)"]


# F5: a figurative quotation is no event dated by the sentence before.

def test_the_day_a_clause_names_is_not_the_day_told_before() -> None:
    text = ("QUITO, Ecuador, March 2, 2017 (AP) - Some 3,000 fighters now live in camps under "
            "the peace accord that Parliament approved on Dec. 12. "
            '"For my family, the fighting ended the day the accord was signed," said Rosa, 31.')
    assert _rows(text, dt.date(2017, 3, 2)) == [("12 December 2016",
                                                 "Parliament approves peace accord")]


def test_texts_listed_by_matter_and_date_are_one_row_each() -> None:
    rows = _rows("The negotiations yielded agreements on water rights in June 2011, on "
                 "refugees in March 2012 and on fisheries in January 2013.")
    assert rows == [("June 2011", "Agreement on water rights"),
                    ("March 2012", "Agreement on refugees"),
                    ("January 2013", "Agreement on fisheries")]


# F1 (place only): a named theatre in a city is the city's.

def test_a_theatre_named_in_a_city_is_given_with_its_city() -> None:
    text = ("LIMA, Thursday, March 2, 2017 (AP) - President Ana Ruiz and the rebel leader Pedro "
            "Soto signed the accord on Thursday at the Teatro Municipal theatre in Lima, seeking to "
            "end the war.")
    (row,) = extract_events(text, dct=dt.date(2017, 3, 2)).candidates
    assert row.location == "Teatro Municipal, Lima"


def test_a_text_that_followed_is_titled_by_its_noun_alone() -> None:
    assert _rows("A deal on grazing rights followed in October 2015.") == [
        ("October 2015", "Deal on grazing rights")]
