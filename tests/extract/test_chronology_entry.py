"""One reader of a chronology's entry (session 40, ext62): ext60's key-dates entries (a bullet,
a date, a colon) and ext61's chronology lines (a colon or a dash, in a list or under a heading)
are one declaration, :mod:`timeline_app.extract.chronology`, and every caller takes what
either took.

The texts are invented; none is taken from an evaluation corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import extract_events, split_sentences
from timeline_app.extract.chronology import chronology_entry, chronology_lines, entry_year

DCT = dt.date(2027, 2, 10)


def _values(text: str) -> list[str]:
    return [c.date.to_timex()[0] for c in extract_events(text, DCT).candidates]


@pytest.mark.parametrize("line, year", [
    ("- April 19, 2013: Dacic and Thaci initial the agreement.", 2013),  # ext60's
    ("1 January 2024: Ethiopia and Somaliland sign memorandum", 2024),  # ext61's
    ("\u2022 Sept. 4, 2020: Vucic and Hoti sign commitments", 2020),
    ("March 8 2011: The dialogue opens in Brussels", 2011),  # (no comma: ext60 only)
    ("4th September 2020: Vucic and Hoti sign commitments", 2020),  # (ordinal: ext61 only)
    ("2019: An EU court rules the ban lawful", 2019),
    ("June 2012: 3 ministers resign", 2012),  # (a number after the colon: ext60 only)
])
def test_a_dated_line_with_a_colon_is_an_entry_alone(line: str, year: int) -> None:
    text = f"{line}\n"
    stamp = chronology_entry(text, len(line))
    assert stamp is not None and entry_year(stamp) == year
    assert chronology_lines(text) == frozenset({0})


def test_a_span_of_years_is_an_entry_with_no_one_year() -> None:
    text = "1998\u20132000: Eritrea and Ethiopia fight a border war\n"
    stamp = chronology_entry(text, 30)
    assert stamp is not None and entry_year(stamp) is None


def test_a_dated_line_with_a_dash_is_an_entry_only_in_a_list() -> None:
    alone = "May 5, 2024 - Indian Prime Minister Narendra Modi met the president.\n"
    assert chronology_entry(alone, 30) is None
    listed = ("- March 8, 2011 \u2013 The dialogue opens in Brussels\n"
              "- April 19, 2013 \u2013 Dacic and Thaci initial the agreement\n")
    assert chronology_lines(listed) == frozenset({0, listed.index("- April")})
    headed = "Timeline\n\nMay 5, 2024 - Ministers meet in Doha\n"
    assert chronology_lines(headed) == frozenset({headed.index("May")})


def test_the_stamp_ends_before_the_word_asked_about() -> None:
    text = "1 January 2024: Ethiopia and Somaliland sign memorandum\n"
    assert chronology_entry(text, 3) is None  # (inside the date)
    assert chronology_entry(text, text.index("Ethiopia")) is not None


def test_a_year_less_day_in_a_dashed_list_entry_takes_the_entry_s_year() -> None:
    # (ext60's reader took a colon only; ext61's gave no year to a day in the entry)
    text = ("OSLO, Feb 10, 2027 (NTB) - Key dates in the dispute:\n\n"
            "- March 8, 2011 \u2013 Norway and the EU sign a quota accord; the EU's fisheries "
            "council approves it on April 2.\n\n"
            "- June 2, 2017 \u2013 Norway bans EU trawlers from the snow crab grounds.\n")
    values = _values(text)
    assert "2011-04-02" in values, values
    assert not any(v.startswith(("2027", "2026")) for v in values), values


def test_a_lone_entry_with_a_colon_and_no_full_stop_is_a_row() -> None:
    # (ext60's reader read its verb, but the splitter made the line a heading; ext61's
    # splitter took only a list's lines)
    text = ("OSLO, Feb 10, 2027 (NTB) - Norway and the EU resumed their fisheries talks on "
            "Wednesday.\n\n"
            "2019: An EU court rules the Norwegian ban lawful\n")
    kinds = [s.kind for s in split_sentences(text)]
    assert kinds[-1] == "bullet", kinds
    assert "2019" in _values(text)


def test_an_entry_run_into_a_paragraph_opens_its_sentence() -> None:
    # (ext60's reader took a stamp with a colon at the start of a sentence inside a line)
    text = ("OSLO, Feb 10, 2027 (NTB) - Norway and the EU met on Wednesday. Key dates in the "
            "dispute follow. 2019: The EU's fisheries council approves the quota accord.\n")
    at = text.index("approves")
    assert chronology_entry(text, at) is None  # (not at the line's start)
    assert chronology_entry(text, at, text.index("2019:")) is not None
    rows = [(c.date.to_timex()[0], c.title) for c in extract_events(text, DCT).candidates]
    assert ("2019", "EU's fisheries council approves quota accord") in rows, rows


# verify70 F3: '- c. 1991: Nagorno-Karabakh declares independence' was the only line of an
# analysis's 'Key dates' that gave no row; a copyright line 'c. 1998 The Boston Globe' is
# still no date.
@pytest.mark.parametrize("stamp", ["c. 1991", "circa 1991", "ca. 1991"])
def test_a_year_circa_opens_an_entry_and_its_row_is_circa(stamp: str) -> None:
    text = ("Key dates\n"
            "- 27 September 2020: war over the enclave begins\n"
            f"- {stamp}: the enclave declares independence\n"
            "- 19 April 2024: border commissions agree a first stretch\n")
    line = text.index(f"- {stamp}")
    found = chronology_entry(text, line + len(stamp) + 4)
    assert found is not None and entry_year(found) == 1991
    rows = {c.date.describe(): c.title for c in extract_events(text, DCT).candidates}
    assert "declares independence" in rows.get("c. 1991", ""), rows


def test_a_copyright_line_s_year_circa_is_still_no_date() -> None:
    text = ("Ministers met in Oslo on Monday, officials said.\n\n"
            "c. 1998 The Boston Globe\n")
    assert all("1998" not in c.date.describe() for c in extract_events(text, DCT).candidates)
