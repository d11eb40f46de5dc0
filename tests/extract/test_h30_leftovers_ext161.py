"""Blind set h30's leftovers (ext161, after ext157): a state described by its region ("the
South American country") is the state told before, not a place of its own.  The stories
are written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import Candidate, extract_events


def _the_row(story: str, day: dt.date, year: int) -> Candidate:
    """The one row of ``story`` (read on ``day``) dated in ``year``."""
    (row,) = [c for c in extract_events(story, day).candidates if c.date.year == year]
    return row

_ROYAL_TRIP = (
    "King to make state visit to Chile\n\n"
    "MADRID, Nov. 18 (EFE) - King Felipe and Queen Letizia will make a state visit to Chile "
    "from March 3 to 6 next year, the royal household said on Wednesday.\n\n"
    "The government approved the trip at its weekly meeting, spokeswoman Pilar Alegria "
    "said. It will be the royal couple's first visit to the South American country and "
    "their first foreign trip of 2027.\n"
)


def test_a_state_described_by_its_region_is_no_place_of_its_own() -> None:
    rows = extract_events(_ROYAL_TRIP, dt.date(2026, 11, 18)).candidates
    assert not any("American" in c.title or "American" in c.location for c in rows), rows
    visits = [c for c in rows if c.category == "visit"]
    assert len(visits) == 1 and visits[0].location == "Chile", visits


_FERRY = (
    "Estonia, Latvia to sign ferry accord\n\n"
    "TALLINN, Oct 9 (Reuters) - Estonia and Latvia will sign their ferry accord in Riga on "
    "March 3, officials said on Thursday.\n\n"
    "Estonian Prime Minister Mart Kask and Latvian Prime Minister Ilze Berzina met in "
    "Vilnius on September 22 and settled the last open questions of the route.\n\n"
    "Negotiators finalised the text of the treaty on April 2, 2024, and the two premiers "
    "initialled it at the Royal Palace on June 5, 2024.\n"
)


def test_the_two_premiers_are_the_two_prime_ministers_named() -> None:
    row = next(c for c in extract_events(_FERRY, dt.date(2025, 10, 9)).candidates
               if (c.date.year, c.date.month, c.date.day) == (2024, 6, 5))
    assert "Mart Kask" in row.participants and "Ilze Berzina" in row.participants, row
    assert not row.title.startswith("Two premiers"), row


_BLOCKADE = (
    "Assembly urges end of blockade\n\n"
    "GENEVA, Oct 30 (AP) - Officials met on Tuesday.\n\n"
    "The United States imposed a total trade ban on Ruritania in March 1970 and widened it "
    "with the Sanctions Extension Act in 1988.\n\n"
    "The assembly voted on Wednesday to urge an end to the blockade of Ruritania.\n"
)


def test_a_name_in_ed_and_a_noun_in_ly_stay_in_the_subject() -> None:
    """"United" is no verb of "The United States", and "assembly" no adverb: the second
    verb's subject and the vote's were both read as "The"."""
    titles = [c.title for c in extract_events(_BLOCKADE, dt.date(2025, 10, 30)).candidates]
    assert any(t.startswith("United States widens") for t in titles), titles
    assert any(t.startswith("Assembly votes") for t in titles), titles
    assert not any(t.startswith("The ") for t in titles), titles


_CURBS = (
    "Bloc adopts new curbs on eve of war anniversary\n\n"
    "GENEVA, Feb 23 (Reuters) - The bloc's envoys on Monday approved a new round of curbs on "
    "Borduria, including a ban on imports of Bordurian steel from March 2027, hours before "
    "the third anniversary of Borduria's attack on Syldavia.\n"
)


def test_a_date_of_the_clause_is_not_what_hours_before_counts_to() -> None:
    """The anniversary "hours before" the act is not dated by the ban's "from March 2027",
    and the attack it counts back to is not put in March 2024."""
    rows = extract_events(_CURBS, dt.date(2026, 2, 23)).candidates
    assert not any(c.date.year in (2024, 2027) for c in rows), [(c.date, c.title) for c in rows]


_OBSERVER = (
    "Minister meets counterpart\n\n"
    "ANKARA, Oct 30 (AA) - Turkish Foreign Minister Kemal Aydin met Norwegian Foreign "
    "Minister Ola Berg in Ankara on Tuesday.\n\n"
    "Aydin also attended, as an observer, the Nordic Council leaders meeting held in Oslo in "
    "September last year.\n"
)


def test_who_attended_a_meeting_in_a_role_takes_part_in_it() -> None:
    row = _the_row(_OBSERVER, dt.date(2025, 10, 30), 2024)
    assert "Kemal Aydin" in row.participants, row
    assert row.title.startswith("Kemal Aydin attends"), row


def test_a_list_after_around_and_its_year_keeps_its_first_name() -> None:
    story = ("Test ban talks\n\nVIENNA, Oct 30 (AP) - Officials met on Tuesday.\n\n"
             "Around 1961, France, Spain and Portugal began an informal pause in fishing.\n")
    row = _the_row(story, dt.date(2025, 10, 30), 1961)
    assert set(row.participants) >= {"France", "Spain", "Portugal"}, row
