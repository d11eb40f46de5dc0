"""What verify46 (a wire-desk editor's Serbia-Kosovo timeline, session 37) found wrong in
dates and letterheads (ext55).  Every sentence here is my own, in the tester's shapes.

- F4: "today or tomorrow" standing for "at any time" ("will not give up the port, today or
  tomorrow", "not today, not tomorrow", "neither today nor tomorrow") is no date: the idiom
  in a quote dated a reported meeting to the next day and called it scheduled."""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import extract_events
from timeline_app.extract.timex import tag_timexes

DCT = dt.date(2026, 11, 27)  # a Friday


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text, DCT)]


# ------------------------------------------------------------ F4: the idiom 'today or tomorrow'

def test_today_or_tomorrow_meaning_at_any_time_is_no_date() -> None:
    assert _values('Ruvia "will not give up the port, today or tomorrow", he said.') == []
    assert _values("We will never sign it, not today, not tomorrow.") == []
    assert _values("Neither today nor tomorrow will Ruvia sign.") == []
    assert _values("They would not accept it, today nor tomorrow.") == []


def test_today_or_tomorrow_as_two_candidate_days_keeps_its_dates() -> None:
    assert _values("The vote could come today or tomorrow.") == [
        ("today", "2026-11-27"), ("tomorrow", "2026-11-28")]
    assert _values("Officials did not comment, but the vote is today or tomorrow.") == [
        ("today", "2026-11-27"), ("tomorrow", "2026-11-28")]


def test_the_idiom_in_a_quote_dates_no_meeting_to_the_next_day() -> None:
    text = ("GENEVA, Nov 27, 2026 (AFP) - Ruvia and Tarsland on Friday agreed a roadmap on "
            "the disputed port, the mediators said.\n\n"
            "Ruvian President Ivo Marek and Tarsland Prime Minister Ana Lund met separately "
            "and then together with the UN envoy Jan Holt.\n\n"
            'Marek said after the talks that Ruvia "will not give up the port, today or '
            'tomorrow", while Lund called the meeting a test.\n')
    cands = extract_events(text).candidates
    assert all(c.date != "28 November 2026" for c in cands), [(c.date, c.title) for c in cands]
    assert not any("scheduled" in c.title for c in cands), [(c.date, c.title) for c in cands]


# ------------------------------------------------------------ F3: letterheads, mastheads, press teams

RELEASE = ("Nordic Mediation Service\nPRESS RELEASE\n\n"
           "Ruvia-Tarsland Talks: Statement by the Chief Mediator after the Round\n\n"
           "Geneva, 27/11/2026\n\n"
           "Today, the Chief Mediator hosted the leaders of Ruvia and Tarsland in Geneva.\n\n"
           "The Parties agreed on a roadmap for the port.\n\n")


def test_an_institution_s_name_above_the_release_label_is_no_headline() -> None:
    source = extract_events(RELEASE + "NMS Press Team\n").source
    assert source.title == "Ruvia-Tarsland Talks: Statement by the Chief Mediator after the Round"


def test_a_press_team_s_signature_names_the_outlet() -> None:
    assert extract_events(RELEASE + "NMS Press Team\n").source.outlet == "NMS"
    assert extract_events(RELEASE + "Nordic Mediation Service Press Office\n").source.outlet == (
        "Nordic Mediation Service")


def test_a_headline_with_a_question_mark_above_a_masthead_line_is_the_headline() -> None:
    text = ("ANALYSIS: Port Roadmap Revives Old Promise - But Can It Last?\n\n"
            "After years of stalemate, the mediators got Ruvia and Tarsland to agree a "
            "sequence of steps. Observers remain sceptical.\n\n"
            "Nordic Review | Varna, Lund\n\n"
            "The idea at the centre of Friday's roadmap is not new. The two sides agreed on "
            "the port in March 2011.\n")
    title = extract_events(text, dct=DCT).source.title
    assert title == "ANALYSIS: Port Roadmap Revives Old Promise - But Can It Last?"


# ------------------------------------------------------------ missing rows

def test_initialling_a_text_named_with_capitals_is_an_event() -> None:
    text = ("The big one came on 19 April 2013, when Ruvia's then prime minister Ivo Marek and "
            "his Tarsland counterpart Ana Lund initialled the First Agreement of Principles on "
            "the Port, usually called the Varna Agreement.")
    rows = [(str(c.date), c.title) for c in extract_events(text, dct=DCT).candidates]
    assert [d for d, _ in rows] == ["19 April 2013"], rows
    assert "initial" in rows[0][1], rows


def test_a_weekday_s_meeting_counted_from_is_that_day_not_circa() -> None:
    text = "We spoke to the mediator two days after Friday's meeting in Geneva."
    rows = [(str(c.date), c.title) for c in extract_events(text, dct=dt.date(2026, 11, 29)).candidates]
    assert rows == [("27 November 2026", "Friday's meeting in Geneva")], rows


def test_a_stretch_after_that_counts_no_event_back_from_the_dateline() -> None:
    text = ("The first agreements came in July 2011.\n\n"
            "A: Yes, that same month. Tarsland sent special police to the crossings on 25 July, "
            "and for a year after that everything in the dialogue was about the border.")
    rows = [(str(c.date), c.date_basis) for c in extract_events(text, dct=dt.date(2026, 11, 29)).candidates]
    assert all("2025" not in d for d, _ in rows), rows
    assert "25 July 2011" in [d for d, _ in rows], rows


def test_a_day_after_that_same_month_takes_its_year() -> None:
    text = "The talks began in July 2011. That same month, the police crossed on 25 July."
    found = [(t.text, t.value) for t in tag_timexes(text, dt.date(2026, 11, 29))]
    assert ("25 July", "2011-07-25") in found, found
    # another month, or a new paragraph, is still read from the dateline
    text = "The talks began in July 2011.\n\nThe police crossed on 25 July."
    assert ("25 July", "2026-07-25") in [(t.text, t.value) for t in tag_timexes(text, dt.date(2026, 11, 29))]
    text = "The talks began in July 2011. The police crossed on 25 July."
    assert ("25 July", "2026-07-25") in [(t.text, t.value) for t in tag_timexes(text, dt.date(2026, 11, 29))]
    text = "The talks began in July 2011. The police crossed on 25 August."
    assert ("25 August", "2026-08-25") in [(t.text, t.value) for t in tag_timexes(text, dt.date(2026, 11, 29))]


# ------------------------------------------------------------ places

def test_municipalities_in_a_state_are_no_place_of_the_agreement() -> None:
    text = ("GENEVA, Nov 27, 2026 (AFP) - Ruvia and Tarsland on Friday agreed a roadmap for "
            "setting up an association of Ruvian-majority municipalities in Tarsland, the "
            "mediators said.")
    rows = [(c.title, c.location) for c in extract_events(text).candidates]
    assert rows and all(place != "Tarsland" for _, place in rows), rows
