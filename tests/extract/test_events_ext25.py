"""What a fresh user found wrong in one wire story (session 19, verify24's Chile-Bolivia
ambassadors story, now the dev story ``u24v-reuters-chile-bolivia-ambassadors``): the
dateline's year taken from the lead's weekday against "last year", a possessive weekday
dating the clause it stands in, a surname's particle losing the person, a "first time
since" inventing a previous treaty, and an event in a "since X did Y" clause lost.  Each
rule is checked on text of my own (Peru-Ecuador, Morocco-Algeria), not on that story."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.dateline import read_dateline

DCT = dt.date(2025, 10, 14)  # a Tuesday


def _rows(text: str, dct: dt.date | None = DCT) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(c.title, str(c.date), c.participants)
            for c in extract_events(text, dct=dct).candidates]


# ------------------------------------------------------ E1. "last year" fixes the year
_THAW = ("LIMA, Oct 14 (Reuters) - Peru and Ecuador agreed on Monday to reopen their "
         "embassies.\n\nThe rapprochement began last year. The two presidents held their first "
         "meeting on June 3, 2024, at a summit in Brasilia.\n")


def test_last_year_and_the_event_it_dates_win_over_the_leads_weekday() -> None:
    # was 2024: 14 October is a Monday in 2024, but the thaw of "last year" is of 2024,
    # so the story is of 2025, filed the Tuesday after Monday's agreement
    line = read_dateline(_THAW)
    assert line.year == 2025
    assert "last year" in line.year_basis and "the day after a Monday" in line.year_basis


def test_last_year_in_a_sentence_of_its_own_topic_only() -> None:
    # "last year" inside a sentence that goes on is no topic sentence: the next sentence's
    # December 2023 is another story's (was a 2024 taken from it)
    text = ("RABAT, May 6 (MAP) -- Morocco will host the talks from May 20 to 23.\n\n"
            "Spain was Morocco's largest trading partner last year, with trade of 20 billion "
            "euros. The king last visited Madrid in December 2023 for a summit.\n")
    assert read_dateline(text).year is None


# ------------------------------------- E2. a possessive weekday names, it does not date
def test_a_possessive_weekday_leaves_the_clause_its_own_date() -> None:
    rows = _rows("Peru and Ecuador agreed on Monday to reopen their embassies. Diplomats from "
                 "both countries agreed on a draft text of Monday's accord two weeks ago at a "
                 "meeting in Quito.")
    dates = sorted(r[1] for r in rows)
    # was the draft dated Monday, 13 October, a second row beside the accord itself
    assert dates == ["13 October 2025", "c. 30 September 2025"]


# --------------------------------------------------- E3. a surname keeps its particles
def test_a_surname_with_a_lowercase_particle_is_the_persons() -> None:
    rows = _rows("Peruvian Foreign Minister Elmer van Haaren met his Ecuadorian counterpart "
                 "Gabriela Sommerfeld in Lima on Monday. In March, van Haaren and Sommerfeld "
                 "launched a working group on migration.")
    group = next(r for r in rows if "working group" in r[0])
    # was "Gabriela Sommerfeld launches working group on migration", her alone
    assert group[2] == ("Elmer van Haaren", "Gabriela Sommerfeld")
    assert group[0].startswith("Elmer van Haaren and Gabriela Sommerfeld launch")


# -------------------------------------------- E5. "first time since" a state's end
def test_restoring_relations_for_the_first_time_since_a_year_is_no_previous_treaty() -> None:
    rows = _rows("Morocco and Algeria agreed on Monday to restore full diplomatic relations for "
                 "the first time since 1976.")
    # was also "1976 - Previous treaty", ticked
    assert [r[1] for r in rows] == ["13 October 2025"]
    assert not any("Previous" in r[0] for r in rows)


def test_a_first_visit_since_a_year_still_tells_the_previous_visit() -> None:
    rows = _rows("Prime Minister Jane Doe visited Quito on Monday, the first visit since 2019.")
    assert any(r[1] == "2019" and "revious" in r[0] for r in rows)


# ----------------------------------------------- E7. the event of a "since X did Y" clause
def test_an_event_in_a_since_clause_is_kept_with_its_date() -> None:
    rows = _rows("Peruvian President Dina Boluarte is expected to travel to Quito on Nov. 8, "
                 "which would make her the first Peruvian head of state to visit Ecuador since "
                 "Alan Garcia attended Rafael Correa's inauguration in January 2007.")
    # was no row for 2007: the inauguration was read as the object of "to visit"
    old = [r for r in rows if r[1] == "January 2007"]
    assert old and old[0][0].startswith("Alan Garcia attends")
    assert "Alan Garcia" in old[0][2]


# ------------------------------------------------------------ E8. titles that say what
def test_a_round_of_talks_keeps_its_rank_in_the_title() -> None:
    rows = _rows("Peru and Ecuador signed the accord in Lima on Monday, after a final round of "
                 "talks that began on Sunday.")
    # was "Talks begin"; placed where the accord was signed since ext44 (the dev gold's
    # reading of "signed ... in Santiago, after a final round of talks")
    assert ("Final round of talks begins in Lima", "12 October 2025") in [r[:2] for r in rows]


def test_a_bare_ruling_says_what_it_ended() -> None:
    rows = _rows("A second dispute, over the fishing rights of the Gulf of Guayaquil, ended "
                 "with a ruling by the same court on March 3, 2021.")
    # was "Ruling"
    assert [r[:2] for r in rows] == [
        ("Ruling ends dispute over the fishing rights of the Gulf of Guayaquil", "3 March 2021")]
