"""Session 35, ext49: a date told as a limit is a limit of the event's date (verify43 X21:
"the talks are due to conclude by mid-2027" was read as the period itself), each shape
checked on the trial's sentence and on sentences written for the session, with guards of
the readings it must not take.  No corpus text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.dates import FuzzyDate
from timeline_app.extract import extract_events

DCT = dt.date(2026, 12, 3)


def _dated(text: str, dct: dt.date | None = DCT) -> list[tuple[str, FuzzyDate, str]]:
    return [(c.title, c.date, c.date_basis) for c in extract_events(text, dct).candidates]


@pytest.mark.parametrize(("text", "expected"), [
    ("BRUSSELS, Dec 3 (Reuters) - The talks are due to conclude by mid-2027, officials "
     "said.", FuzzyDate.of_part(2027, "mid").with_limit("ON_OR_BEFORE")),
    ("A deal is expected before the end of March, the minister said on Tuesday.",
     FuzzyDate.of_ymd(2027, 3, 31).with_limit("ON_OR_BEFORE")),  # (its last day: ext76)
    ("The treaty must be ratified no later than 30 June, diplomats said on Monday.",
     FuzzyDate.of_ymd(2027, 6, 30).with_limit("ON_OR_BEFORE")),
    ("The two leaders will meet before Friday, officials said.",
     FuzzyDate.of_ymd(2026, 12, 4).with_limit("BEFORE")),
    ("Elections will be held not before 2030, the president said on Monday.",
     FuzzyDate.of_year(2030).with_limit("ON_OR_AFTER")),
    ("ANKARA, May 2 (AA) - The protocol must be ratified by parliament no later than June "
     "2026, the ministry said.", FuzzyDate.of_month(2026, 6).with_limit("ON_OR_BEFORE")),
])
def test_a_limit_is_the_events_date_told_as_a_limit(text: str, expected: FuzzyDate) -> None:
    rows = _dated(text, dt.date(2026, 5, 2) if text.startswith("ANKARA") else DCT)
    assert expected in [d for _, d, _ in rows], rows
    (basis,) = [b for _, d, b in rows if d == expected]
    assert "a limit, '" in basis


def test_a_limit_before_a_possessive_dates_the_thing_it_owns() -> None:
    rows = _dated("The minister spoke to reporters before Tuesday's meeting in Brussels.")
    assert rows and all(d.limit is None and "limit" not in b for _, d, b in rows), rows


def test_by_before_a_place_and_plain_dates_are_no_limits() -> None:
    rows = _dated("ANKARA, May 2 (AA) - The two sides signed the protocol by the lake on 2 May "
                  "2026.", dt.date(2026, 5, 2))
    assert rows and all(d.limit is None for _, d, _ in rows), rows
    rows = _dated("Serbia and Kosovo agreed on Monday to resume talks in Brussels.")
    assert rows and all(d.limit is None for _, d, _ in rows), rows


# ----------------------- ext48's leftovers: a body's full name, an international court's seat
def _people(text: str, dct: dt.date) -> list[tuple[str, tuple[str, ...], str]]:
    return [(c.title, c.participants, c.location)
            for c in extract_events(text, dct).candidates]


def test_a_body_is_named_as_the_article_names_it_in_full() -> None:
    """verify43 X10: "the Central Bank in Priština" had the participant "Central Bank";
    the article that names it "the Central Bank of Kosovo" elsewhere gives that name."""
    cases = [
        ("PRISTINA, Feb 27 (AP) - The regulation of the Central Bank of Kosovo took effect in "
         "2024. He recalled that police entered the north on 1 February 2024, when the Central "
         "Bank in Pristina banned payments in dinars.", "Central Bank of Kosovo"),
        ("NAIROBI, March 3 (Reuters) - The Central Bank of Kenya raised its benchmark rate on "
         "Tuesday. On Wednesday the Central Bank banned payments in dollars in Nairobi.",
         "Central Bank of Kenya"),
        ("SARAJEVO, March 3 (Reuters) - The Constitutional Court of Bosnia and Herzegovina was "
         "set up in 1997. On Tuesday the Constitutional Court struck down the law on state "
         "property.", "Constitutional Court of Bosnia and Herzegovina"),
    ]
    for text, name in cases:
        rows = _people(text, dt.date(2026, 3, 4))
        assert any(name in people for _, people, _ in rows), rows
        assert not any(name.split(" of ")[0] in people for _, people, _ in rows), rows


def test_two_full_names_leave_the_short_one() -> None:
    rows = _people("KAMPALA, March 3 (Reuters) - The Central Bank of Kenya and the Central Bank "
                   "of Uganda met in 2020. On Wednesday the Central Bank banned payments in "
                   "dollars.", dt.date(2026, 3, 4))
    assert any("Central Bank" in people for _, people, _ in rows), rows


def test_an_international_court_s_ruling_is_at_its_seat() -> None:
    """verify43 X17: the ICJ's finding had no place."""
    cases = [
        ("Kosovo declared independence on 17 February 2008; Serbia asked the International "
         "Court of Justice for an advisory opinion, which found on 22 July 2010 that the "
         "declaration did not violate international law.", "International Court of Justice",
         "The Hague"),
        ("The European Court of Human Rights ruled on Tuesday that Turkey violated the rights "
         "of a jailed journalist.", "European Court of Human Rights", "Strasbourg"),
    ]
    for text, court, seat in cases:
        rows = _people(text, dt.date(2026, 3, 4))
        assert [place for title, _, place in rows if title.startswith(court)] == [seat], rows
        assert all(place != seat for title, _, place in rows if not title.startswith(court))


def test_a_court_that_is_not_the_doer_gives_no_seat() -> None:
    from timeline_app.extract.pipeline.arguments import seat_of_the_court

    assert seat_of_the_court(["Serbia", "International Court of Justice"],
                             "Serbia asks International Court of Justice for an opinion") == ""
    assert seat_of_the_court(["International Court of Justice"],
                             "International Court of Justice rules") == "The Hague"
    assert seat_of_the_court(["Constitutional Court"], "Constitutional Court rules") == ""


def test_the_chair_named_between_the_subject_and_its_verb_takes_part() -> None:
    """verify43 X15: Ahtisaari, who chaired the talks, was no participant of them."""
    rows = _people("UN-led status talks in Vienna, chaired by the special envoy Martti "
                   "Ahtisaari, began in February 2006 and ended without agreement in March "
                   "2007.", dt.date(2026, 11, 20))
    assert len(rows) == 2 and all("Martti Ahtisaari" in people for _, people, _ in rows), rows
    rows = _people("The peace talks in Geneva, chaired by UN envoy Staffan de Mistura, resumed "
                   "on Monday and collapsed on Friday.", dt.date(2016, 3, 15))
    assert len(rows) == 2 and all("Staffan de Mistura" in people for _, people, _ in rows), rows


def test_a_chair_told_elsewhere_is_no_participant() -> None:
    rows = _people("The talks in Vienna began in February 2006. Martti Ahtisaari, who chaired "
                   "the UN-led talks, said on Monday they had ended.", dt.date(2026, 11, 20))
    assert not any("Martti Ahtisaari" in people for title, people, _ in rows
                   if title.endswith("begin")), rows


# ------------------------------ ext48's leftover: a planned trip to a planned meeting is one event
@pytest.mark.parametrize(("text", "dct", "meeting"), [
    ("BELGRADE – President Aleksandar Vučić said on Wednesday evening, on the eve of his "
     "meeting with Albin Kurti in Brussels, that Serbia would not sign any document.\n\n"
     "Vučić is to travel to Brussels tomorrow morning.", dt.date(2026, 12, 2),
     "Aleksandar Vučić and Albin Kurti meet in Brussels (scheduled)"),
    ("ANKARA, May 4 (AA) - Foreign Minister Hakan Fidan said on Monday, on the eve of his "
     "meeting with Sergei Lavrov in Moscow, that Turkey would not join the sanctions. Fidan "
     "is to travel to Moscow tomorrow morning.", dt.date(2026, 5, 4),
     "Hakan Fidan and Sergei Lavrov meet in Moscow (scheduled)"),
    ("WASHINGTON, June 1 (Reuters) - Secretary of State Antony Blinken will meet Egyptian "
     "President Abdel Fattah al-Sisi in Cairo on Tuesday, the State Department said. Blinken "
     "will travel to Cairo on Tuesday.", dt.date(2026, 6, 1),
     "Antony Blinken and Abdel Fattah al-Sisi meet in Cairo (scheduled)"),
])
def test_a_planned_trip_to_a_planned_meeting_is_the_meeting(text: str, dct: dt.date,
                                                             meeting: str) -> None:
    """verify43 X8: Politika's trip and meeting of 3 December were two rows."""
    found = extract_events(text, dct).candidates
    assert not any("visits" in c.title for c in found), [c.title for c in found]
    (met,) = [c for c in found if c.title == meeting]
    assert len(met.evidence) == 2  # the trip's sentence is the meeting's evidence


def test_a_trip_made_or_to_another_city_stays_a_row() -> None:
    found = extract_events("DAKAR, June 14 (AFP) - Senegal's President Macky Sall arrived in "
                           "Nouakchott on Monday. Sall and Mauritanian President Mohamed Ould "
                           "Ghazouani held talks in Nouakchott on Monday.",
                           dt.date(2022, 6, 14)).candidates
    assert "Macky Sall visits Nouakchott" in [c.title for c in found]  # (as the golds keep)
    found = extract_events("WASHINGTON, June 1 (Reuters) - Secretary of State Antony Blinken "
                           "will meet Egyptian President Abdel Fattah al-Sisi in Cairo on "
                           "Tuesday, the State Department said. Blinken will travel to Amman "
                           "on Tuesday.", dt.date(2026, 6, 1)).candidates
    assert "Antony Blinken visits Amman (scheduled)" in [c.title for c in found]


# -------------------------- ext48's leftover: "had been agreed with KFOR", said by a state's minister
def test_a_passive_agreed_with_said_by_a_state_s_official_is_that_state_s() -> None:
    """verify43 X7: "Decision agreed with KFOR" named no doer."""
    cases = [
        ("PRISTINA, Kosovo (AP) \u2014 Kosovo Interior Minister Xhelal Sve\u00e7la said the "
         "decision had been agreed with KFOR in August and that police would patrol both ends "
         "of the bridge.", ["Kosovo", "KFOR"]),
        ("ATHENS, May 4 (Reuters) - Greek Foreign Minister Giorgos Gerapetritis said on Monday "
         "the plan had been agreed with Turkey in April.", ["Greece", "Turkey"]),
    ]
    for text, parties in cases:
        rows = _people(text, dt.date(2026, 11, 24))
        assert [list(people) for title, people, _ in rows if "agreed with" in title] == \
            [parties], rows


def test_an_active_agreement_keeps_its_own_subject() -> None:
    rows = _people("ATHENS, May 4 (Reuters) - Turkey and Greece agreed with the European Union "
                   "on a migration plan in April, officials said.", dt.date(2026, 5, 4))
    assert [list(p) for _, p, _ in rows] == [["Turkey", "Greece", "European Union"]], rows


# ------------------------------ ext48's leftover: a dispute that names no side, in a two-sided story
def test_a_dispute_of_no_one_named_is_the_story_s_two_sides() -> None:
    """verify43 X20: "Dispute over licence plates" had no participants."""
    text = ("The Belgrade-Pristina Dialogue: A Backgrounder\n\nUpdated 20 November 2026\n\n"
            "In the summer of 2022, a dispute over licence plates led to barricades in the "
            "north.")
    rows = _people(text, dt.date(2026, 11, 20))
    assert [list(p) for t, p, _ in rows if t.startswith("Dispute")] == [["Serbia", "Kosovo"]]
    rows = _people("LONDON, May 4 (Reuters) - Britain and France agreed on Monday to set up a "
                   "joint patrol in the Channel, British and French officials said. Britain "
                   "and France have clashed before: in 2021 a dispute over fishing licences "
                   "led to a naval standoff off Jersey.", dt.date(2026, 5, 4))
    assert [list(p) for t, p, _ in rows if t.startswith("Dispute")] == [["Britain", "France"]]


def test_a_dispute_in_a_story_of_no_two_sides_stays_without() -> None:
    rows = _people("In 2021 a dispute over fishing licences led to a naval standoff off Jersey.",
                   dt.date(2026, 5, 4))
    assert [list(p) for t, p, _ in rows if t.startswith("Dispute")] == [[]], rows


# ------------------------- ext48's leftover: the lead's statement in a paste without a headline
@pytest.mark.parametrize(("text", "dct", "title"), [
    ("BELGRADE \u2013 President Aleksandar Vu\u010di\u0107 said on Wednesday evening, on the "
     "eve of his meeting with Albin Kurti in Brussels, that Serbia would not sign any "
     "document that does not guarantee the formation of the Community of Serb "
     "Municipalities.", dt.date(2026, 12, 2),
     "Aleksandar Vu\u010di\u0107 says Serbia would not sign any document in Belgrade"),
    ("Kosovo's acting Prime Minister Albin Kurti said today that Serbia has been avoiding its "
     "obligations under the Brussels agreement.", dt.date(2025, 3, 15),
     "Albin Kurti says Serbia has been avoiding its obligations under the Brussels agreement"),
    ("ANKARA \u2013 Foreign Minister Hakan Fidan said on Monday that Turkey would not join the "
     "sanctions against Russia.", dt.date(2026, 5, 4),
     "Hakan Fidan says Turkey would not join the sanctions against Russia in Ankara"),
])
def test_a_lead_statement_needs_no_headline(text: str, dct: dt.date, title: str) -> None:
    """ext48 gave the lead's statement a row only after a headline; a paste of the body
    alone had none (or, for Kurti, "Serbia reaches Brussels agreement" on the article's
    day)."""
    titles = [c.title for c in extract_events(text, dct).candidates]
    assert title in titles, titles
    assert not any("reaches" in t for t in titles), titles


def test_a_lead_that_tells_an_act_keeps_the_act_alone() -> None:
    found = extract_events("TOKYO \u2013 Chief Cabinet Secretary Yoshimasa Hayashi said on "
                           "Tuesday that Japan had signed a deal with Australia.",
                           dt.date(2026, 5, 5)).candidates
    assert [c.title for c in found] == ["Japan signs deal with Australia in Tokyo"]
