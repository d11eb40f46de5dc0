"""A week-ahead diary's entries under day headings (ext113, from the error kinds of blind set
h19: a diary's entries, verbless or in the present under 'MONDAY 7 JUNE', carried no date of
their own and none became a row).  The diary is written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events, split_sentences, tag_timexes
from timeline_app.extract.pipeline.dating import day_headings

DIARY = (
    "THE WEEK AHEAD: DIPLOMACY IN ASIA, 2-8 MARCH\n"
    "By the regional desk \u00b7 Published Monday, 2 March 2026\n\n"
    "Times are local and subject to change.\n\n"
    "MONDAY 2 MARCH\n"
    "- Hanoi: ASEAN economic ministers meet to review the trade roadmap.\n"
    "- Manila: Philippine and Japanese defence chiefs sign a logistics pact.\n\n"
    "TUESDAY 3 MARCH\n"
    "- Dhaka: Bangladesh hosts the foreign secretary of Nepal for consultations.\n"
    "- Canberra: Australia-Indonesia ministerial forum.\n\n"
    "WEDNESDAY 4 MARCH\n"
    "- Seoul: South Korean President receives the Mongolian President on a state visit "
    "(to 6 March).\n\n"
    "FURTHER AHEAD\n"
    "- Japan and China hold talks on fisheries.\n")


def _rows() -> list[tuple[dt.date, str, str]]:
    result = extract_events(DIARY)
    assert result.dct == dt.date(2026, 3, 2)
    return [(dt.date(c.date.year, c.date.month or 1, c.date.day or 1), c.title, c.location)
            for c in result.candidates]


def test_each_entry_takes_the_day_of_its_heading() -> None:
    rows = _rows()
    days = {title.split()[0]: day for day, title, _ in rows}
    assert days["ASEAN"] == dt.date(2026, 3, 2)
    assert any(day == dt.date(2026, 3, 2) and "pact" in title.lower() for day, title, _ in rows)
    assert any(day == dt.date(2026, 3, 3) and "Nepal" in title for day, title, _ in rows)


def test_a_verbless_entry_is_a_row_of_its_day_at_its_city() -> None:
    # ('Canberra: Australia-Indonesia ministerial forum.': no verb, no date of its own; not
    # merged with the other entry of its day, which is in another city)
    assert any(day == dt.date(2026, 3, 3) and place == "Canberra" and "Indonesia" in title
               for day, title, place in _rows())


def test_the_city_that_opens_an_entry_is_its_place() -> None:
    assert {place for _, title, place in _rows() if title.startswith("ASEAN")} == {"Hanoi"}


def test_a_listings_to_date_ends_the_visit_it_does_not_start_it() -> None:
    (visit,) = [c for c in extract_events(DIARY).candidates if "Seoul" in c.evidence[0].sentence]
    assert (visit.date.month, visit.date.day) == (3, 4)
    assert visit.end is not None and (visit.end.month, visit.end.day) == (3, 6)


def test_a_heading_without_a_day_ends_the_days_above_it() -> None:
    # ('FURTHER AHEAD': its entry has no date, so it is no row of Wednesday 4 March)
    assert not [c for c in extract_events(DIARY).candidates
                if "fisheries" in c.evidence[0].sentence]


def test_a_lone_dated_heading_is_no_list_of_days() -> None:
    # (one dated heading is the article's date line, not a list of days: it dates nothing)
    text = ("Talks on the border\n"
            "Tuesday 3 March 2026\n\n"
            "Ministers of the two countries held talks in Hanoi on Tuesday.\n\n"
            "Background\n\n"
            "The two sides have disputed the border for decades.\n")
    segments = split_sentences(text)
    timexes = tag_timexes(text, dt.date(2026, 3, 3))
    assert day_headings(segments, timexes) == []
    two = text.replace("Background", "Wednesday 4 March")
    days = [day.value for _, day in day_headings(split_sentences(two), tag_timexes(
        two, dt.date(2026, 3, 3))) if day is not None]
    assert days == ["2026-03-03", "2026-03-04"]


def test_an_entry_told_by_a_verb_no_trigger_knows_is_a_row_of_its_day() -> None:
    # ('ministers of justice sign a protocol', 'ministers open the renovated border crossing':
    # the present plural is no trigger; the entry is an event all the same, titled by its words)
    diary = DIARY.replace(
        "- Canberra: Australia-Indonesia ministerial forum.\n",
        "- Canberra: Australia-Indonesia ministerial forum.\n"
        "- Vientiane: Lao and Thai transport ministers inspect the new dry port (to 4 March).\n"
        "Briefing for the press at noon.\n")
    (row,) = [c for c in extract_events(diary).candidates if "Vientiane" in c.evidence[0].sentence]
    assert (row.date.month, row.date.day) == (3, 3)
    assert row.title == "Lao and Thai transport ministers inspect the new dry port"
    assert row.location == "Vientiane"
    # (the item's second sentence is no entry of its own)
    assert not [c for c in extract_events(diary).candidates
                if c.evidence[0].sentence.startswith("Briefing")]
