"""verify65 F1: a year inside a quote dated the story's main meeting.

"X and Y met for three hours at the palace … 'We are here to move on, not to reopen
2009,' X told reporters after the meeting" gave the meeting 2009 at 95 %: the quote's year
dated "the meeting" outside the quote.  A date inside a quotation now dates only what the
quote itself tells (before, only a relative one: "'We will meet again next week,' she
said").  The undated meeting told right after the lead's "opened formal talks" is the lead's
meeting: its people join the lead row, whose states they are of by their adjectives
("Gambian", "Burundian" — states that had none).

Articles of our own with the trial's pattern."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events

STORY = (
    "Gambia, Burundi open trade talks in Nairobi\n\n"
    "NAIROBI, May 6, 2027 (Reuters) - Gambia and Burundi opened formal talks on a "
    "shipping agreement in Nairobi on Thursday, the first direct negotiations between the "
    "two states since a regional court ruled on their port dispute in 2009.\n\n"
    "Gambian Foreign Minister Ousman Ceesay and Burundian Foreign Minister Albert "
    "Shingiro met for four hours at the State House, with Kenya's foreign minister as host.\n\n"
    "\"We are here to move on, not to reopen 2009,\" Ceesay told reporters after the "
    "meeting.\n")


def _rows() -> list:
    return list(extract_events(STORY, dt.date(2027, 5, 6)).candidates)


def test_a_year_in_a_quote_dates_no_meeting_outside_it() -> None:
    rows = _rows()
    in_2009 = [c for c in rows if c.date.describe() == "2009"]
    assert all(c.category != "meeting" for c in in_2009), [(c.title, c.category) for c in in_2009]
    assert not any("Ceesay" in c.participants and c.date.describe() == "2009" for c in rows)


def test_the_ministers_who_met_join_the_lead_talks() -> None:
    lead = [c for c in _rows() if c.date.describe() == "6 May 2027"]
    assert len(lead) == 1, [(c.title, c.date.describe()) for c in _rows()]
    row = lead[0]
    assert row.category == "meeting"
    assert row.title.startswith("Gambia and Burundi open formal talks"), row.title
    assert {"Ousman Ceesay", "Albert Shingiro"} <= set(row.participants), row.participants
    assert row.location == "Nairobi"




def test_a_bloc_written_with_an_initial_capital_is_that_bloc() -> None:
    # verify65 F3: "Caricom Secretary-General ... The bloc had called for dialogue at its
    # summit" gave the summit to the United Nations, the only bloc read before it
    text = ("KINGSTON, June 3, 2027 (Reuters) - A United Nations envoy arrived in Kingston on "
            "Tuesday.\n\nCaricom Secretary-General Carla Barnett welcomed the visit in a "
            "statement on Wednesday. The bloc had called for talks at its summit in Bridgetown "
            "in May.\n")
    rows = extract_events(text, dt.date(2027, 6, 3)).candidates
    summit = [c for c in rows if "ummit" in c.title]
    assert [c.participants for c in summit] == [("CARICOM",)], [(c.title, c.participants)
                                                                 for c in rows]
    welcome = [c for c in rows if "welcomes" in c.title]
    assert [c.participants for c in welcome] == [("Carla Barnett", "CARICOM")]
