"""What verify47 (an IR lecturer's Iran nuclear-talks timeline, session 38) found: the opinion
and reported-speech layer of an article became dated facts (ext58).  Every sentence here is
my own, in the tester's shapes.

- F2: a negated infinitive of purpose ("not to sign a new accord") asserts no accord.
- F10: a habit of saying ("liked to say that the accord was ...") asserts no accord; "It
  died in 2019" said of a deal is a metaphor, no death.
- F7: commentators' forecast ("Most observers expect the talks to continue ... into early
  2028") is no scheduled meeting.
"""

from __future__ import annotations

from timeline_app.extract import extract_events


def _rows(text: str) -> list[tuple[str, str]]:
    return [(str(c.date), c.title) for c in extract_events(text).candidates]


# (the lead's one row: the talks resumed, with their sides, ext131 — was "Talks in Oslo")
LEAD_ROW = ("24 November 2026", "Talks between Ruvia and Nordic states resume in Oslo")
LEAD = "OSLO, Nov 24 (Reuters) - Talks between Ruvia and the Nordic states resumed in Oslo on Tuesday.\n\n"


# ------------------------------------------------------------ F2: a negated purpose

def test_a_negated_infinitive_of_purpose_asserts_no_accord() -> None:
    rows = _rows(LEAD + '"We came to hear them out, not to sign a new accord," a Danish '
                 "diplomat said on Tuesday.\n")
    assert rows == [LEAD_ROW], rows
    rows = _rows(LEAD + "A Danish envoy said they were there not to negotiate a treaty but to "
                 "listen.\n")
    assert rows == [LEAD_ROW], rows


def test_an_infinitive_that_is_not_negated_keeps_its_plan() -> None:
    rows = _rows(LEAD + "The ministers agreed to sign a fisheries accord in Bergen on 3 "
                 "December.\n")
    assert any(date == "3 December 2026" for date, _ in rows), rows


# ------------------------------------------------------------ F10: habits of saying, metaphors

def test_what_people_liked_to_say_is_no_event() -> None:
    rows = _rows(LEAD + "Twelve years ago, Nordic ministers liked to say that the fisheries "
                 "accord was a model for the region.\n")
    assert rows == [LEAD_ROW], rows


def test_a_deal_that_died_is_a_metaphor_but_a_president_who_died_is_an_event() -> None:
    rows = _rows(LEAD + "It should stop pretending that the 2014 accord can be revived. It died "
                 "in 2019; the ministers buried it in March 2024.\n\n"
                 "The Ruvian president died in 2021.\n")
    assert ("2019", "Dies") not in rows and not any(date == "2019" for date, _ in rows), rows
    assert ("2021", "Ruvian president dies") in rows, rows


# ------------------------------------------------------------ F7: forecasts

def test_commentators_forecast_is_no_scheduled_meeting() -> None:
    rows = _rows(LEAD + "Most observers expect the talks to continue through 2027 and possibly "
                 "into early 2028.\n")
    assert rows == [LEAD_ROW], rows


# ------------------------------------------------------------ F3: a plan that never took place

BACKGROUNDER = ("Ruvia and the fisheries dispute: a backgrounder\nUpdated 1 December 2026\n\n"
                "In 2024 the picture changed quickly. Norway mediated indirect talks between "
                "Ruvia and Tarsland from 3 March 2024; a fourth round, planned for mid-May, "
                "never took place. Ruvia seized Tarsland's boats on 13 May 2024.\n")


def test_a_past_plan_takes_the_year_of_its_sentence_and_says_it_was_not_held() -> None:
    cands = extract_events(BACKGROUNDER).candidates
    rounds = [c for c in cands if "round" in c.title.lower()]
    assert [(str(c.date), c.title) for c in rounds] == [
        ("mid-May 2024", "Fourth round (did not take place)")], [(str(c.date), c.title)
                                                                 for c in cands]
    assert "'3 March 2024'" in rounds[0].date_basis, rounds[0].date_basis


def test_a_plan_told_in_the_present_stays_ahead() -> None:
    text = ("Ruvia and the fisheries dispute: a backgrounder\nUpdated 1 December 2026\n\n"
            "Norway mediated talks between Ruvia and Tarsland on 3 March 2024; a fourth round "
            "is planned for mid-May.\n")
    rounds = [c for c in extract_events(text).candidates if "round" in c.title.lower()]
    assert [str(c.date) for c in rounds] == ["mid-May 2027"], rounds
    assert rounds[0].title.endswith("(scheduled)"), rounds[0].title


# ------------------------------------------------------------ F5: 'a year after the withdrawal'

def test_an_interval_after_an_event_told_before_dates_nothing_from_the_dateline() -> None:
    text = ("Ruvia and the fisheries dispute: a backgrounder\nUpdated 1 December 2026\n\n"
            "President Ivo Marek announced the withdrawal of Ruvia from the fisheries accord on "
            "9 March 2019. The last of the reimposed Tarsland quotas took effect in June 2019. "
            "Exactly a year after the withdrawal, Ruvia began to exceed the catch limits, and "
            "by mid-2020 it had exceeded the limit on cod.\n")
    rows = _rows(text)
    assert [title for _, title in rows if title.startswith("Withdrawal")] == [], rows
    # (the limit exceeded "by mid-2020" is a row of its own since ext60, session 39: the
    # interval still dates nothing)
    assert not any(date.startswith("c. 2025") or ("2020" in date and date != "by mid 2020")
                   for date, _ in rows), rows
    assert ("by mid 2020", "Ruvia exceeds limit on cod") in rows, rows
    assert ("9 March 2019", "Ivo Marek announces withdrawal of Ruvia") in rows, rows


def test_an_interval_after_a_new_event_still_counts_from_the_sentence_s_act() -> None:
    rows = _rows("OSLO, Nov 24 (Reuters) - Ruvia recalled its ambassador on 3 March 2025, two "
                 "weeks after the collapse of the talks in Bergen.\n")
    assert any(date == "3 March 2025" for date, _ in rows), rows


# ------------------------------------------------------------ F4: a plan of action concluded

def test_a_plan_of_action_concluded_in_the_passive_is_a_row() -> None:
    text = ("Ruvia and the fisheries dispute: a backgrounder\nUpdated 1 December 2026\n\n"
            "In 2015 the talks ended. The Northern Fisheries Plan of Action (NFPA) was concluded "
            "in Bergen on 12 May 2016 by Ruvia and the Nordic Five.\n")
    rows = _rows(text)
    assert ("12 May 2016", "NFPA concluded by Ruvia and the Nordic Five in Bergen") in rows, rows


def test_concluding_a_visit_is_still_no_row() -> None:
    rows = _rows(LEAD + "The Ruvian minister concluded his visit to Bergen on 20 November.\n")
    assert not any("concluded" in title.lower() for _, title in rows), rows


# ------------------------------------------------------------ F13: dates quoted in French

def test_a_day_with_another_language_s_month_in_english_text_is_that_day() -> None:
    import datetime as dt

    from timeline_app.extract.timex import tag_timexes
    text = ('The accord signed "le 12 mai 2016" in Bergen limited the catch. Negotiators met '
            "in Oslo on 3 octobre 2026, and on 1 de marzo de 2019 and 1. März 2019.")
    assert [(t.text, t.value) for t in tag_timexes(text, dt.date(2026, 11, 30))] == [
        ("le 12 mai 2016", "2016-05-12"), ("3 octobre 2026", "2026-10-03"),
        ("1 de marzo de 2019", "2019-03-01"), ("1. März 2019", "2019-03-01")]


def test_a_row_dated_by_a_quoted_french_date_keeps_its_day_and_says_why() -> None:
    text = ("PARIS, 30.11.2026 (AFP) - Talks resumed in Paris on Monday.\n\n"
            'The accord signed "le 12 mai 2016" in Bergen limited the catch.\n')
    cands = extract_events(text).candidates
    accord = [c for c in cands if c.title.startswith("Accord")]
    assert [(str(c.date), c.title) for c in accord] == [
        ("12 May 2016", "Accord signed in Bergen")], [(str(c.date), c.title) for c in cands]
    assert "'mai' read as May" in accord[0].date_basis, accord[0].date_basis


def test_english_words_after_a_number_are_no_foreign_month() -> None:
    import datetime as dt

    from timeline_app.extract.timex import tag_timexes
    text = "The 12 mars 2016 vote and 3 de facto 2019 rules; 14 mai 2015."
    values = [(t.text, t.value) for t in tag_timexes(text, dt.date(2026, 11, 30))]
    assert ("12 mars 2016", "2016-03-12") in values and ("14 mai 2015", "2015-05-14") in values
    assert not any("facto" in words for words, _ in values), values


# ------------------------------------------------------------ F4: referrals and disclosures

def test_a_state_reported_to_the_security_council_is_a_referral() -> None:
    rows = _rows("A backgrounder\nUpdated 1 December 2026\n\nThe Nordic Council reported Ruvia "
                 "to the UN Security Council on 4 February 2008.\n")
    assert rows == [("4 February 2008",
                     "Nordic Council reports Ruvia to the UN Security Council")], rows
    cands = extract_events("A backgrounder\nUpdated 1 December 2026\n\nThe Nordic Council "
                           "reported Ruvia to the UN Security Council on 4 February 2008.\n"
                           ).candidates
    assert cands[0].category == "dispute", cands[0].category


def test_leaders_disclosing_a_site_is_a_row() -> None:
    rows = _rows("A backgrounder\nUpdated 1 December 2026\n\nIn September 2010 the leaders of "
                 "Norway and Denmark disclosed a second fishing base near Tromso.\n")
    assert [date for date, _ in rows] == ["September 2010"], rows
    assert "disclose" in rows[0][1], rows


def test_a_council_endorsing_an_accord_days_later_is_a_row_of_that_day() -> None:
    rows = _rows("A backgrounder\nUpdated 1 December 2026\n\nThe Nordic Fisheries Accord (NFA) "
                 "was concluded in Bergen on 12 May 2016 by Ruvia and Norway. The Nordic Council "
                 "endorsed it in Resolution 114 four days later.\n\nThe party endorsed the "
                 "candidate on 3 March 2020.\n")
    # (the "it" named: the text the paragraph names, ext142's verify80 F2 "approves" of what)
    assert ("16 May 2016", "Nordic Council endorses Nordic Fisheries Accord in Resolution 114") \
        in rows, rows
    assert not any(date == "3 March 2020" for date, _ in rows), rows


def test_military_strikes_in_a_relative_clause_are_a_row_but_workers_strikes_are_not() -> None:
    rows = _rows("A backgrounder\nUpdated 1 December 2026\n\nAccess to the two ports, which were "
                 "damaged in military strikes on 22 June 2025, will be discussed.\n\nWorkers held "
                 "strikes on 3 May 2025.\n")
    assert rows == [("22 June 2025", "Military strikes")], rows


def test_strikes_that_could_come_are_no_row() -> None:
    rows = _rows("MOSCOW, Feb 12 (Reuters) - Moscow warned on Thursday that Ruvian air strikes "
                 "against Tarsland could harm relations.\n")
    assert [title for _, title in rows] == [
        "Moscow warns Ruvian air strikes against Tarsland could harm relations"], rows


# ------------------------------------------------------------ F8: a headline above the label

def test_a_headline_above_the_release_label_is_the_title_not_the_letterhead_below() -> None:
    text = ("Nordic Mediation Service Statement on Agreement with Ruvia on Resumption of "
            "Patrols\n\nPRESS RELEASE\nNordic Mediation Service\nOslo, Norway\n13 October 2026\n\n"
            "The Chief Mediator and the Ruvian minister today signed a technical arrangement "
            "in Oslo.\n")
    assert extract_events(text).source.title == (
        "Nordic Mediation Service Statement on Agreement with Ruvia on Resumption of Patrols")


def test_a_body_s_name_above_the_release_label_is_still_no_headline() -> None:
    text = ("Office for the Coordination of Fisheries Affairs\n\nPRESS RELEASE\n\n"
            "Ruvia-Tarsland: Statement by the Spokesperson on the latest round\n\n"
            "Oslo, 13/10/2026\n\nToday the parties met in Oslo.\n")
    assert extract_events(text).source.title == (
        "Ruvia-Tarsland: Statement by the Spokesperson on the latest round")


# ------------------------------------------------------------ F6: what 'it' is when it collapsed

def test_it_collapsed_is_the_agreement_named_before_not_the_last_body() -> None:
    rows = _rows("A backgrounder\nUpdated 1 December 2026\n\nInspectors of the Nordic Fisheries "
                 "Agency visited Tromso in February 2003. The Oslo Accord of 15 November 2004 "
                 "extended the suspension, but it collapsed in August 2005, when Ruvia resumed "
                 "fishing at Tromso.\n")
    assert ("August 2005", "Oslo Accord collapses") in rows, rows
    assert not any("Agency collapses" in title for _, title in rows), rows
