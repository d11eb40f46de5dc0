"""New-user trial 13's dating errors (session 12, branch ext13b): two wire stories, a Doha
one with a full dateline (DCT Tuesday 18 November 2025) and a Vilnius one whose dateline has
no year ("VILNIUS, March 4 (AFP)", DCT Wednesday 4 March 2026).  Each test names what the old
code gave."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.extract import Candidate, extract_events, read_dateline, tag_timexes
from timeline_app.extract import dateline as dateline_module

DOHA = (
    'Qatar, Egypt host renewed talks on Congo-Rwanda ceasefire\n\nDOHA, Nov 18 (Reuters) - Qatar '
    'and Egypt will host a fresh round of talks between the Democratic Republic of Congo and Rw'
    "anda in Doha next month, Qatar's Minister of State at the Foreign Ministry Mohammed bin Ab"
    'dulaziz Al-Khulaifi said on Tuesday, as fighting in eastern Congo threatened a ceasefire a'
    'greed over the summer.\n\nAl-Khulaifi told reporters that delegations from Kinshasa and Kiga'
    'li had confirmed they would attend the three-day session, due to open on December 9, and t'
    "hat the African Union's mediator, former Togolese President Faure Gnassingbe, would take p"
    'art as an observer.\n\n"Both parties have told us they remain committed to the framework the'
    'y signed here," Al-Khulaifi said, referring to the declaration of principles signed in Doh'
    'a on July 19. That declaration committed the two governments to a ceasefire and to the wit'
    'hdrawal of armed groups from positions around Goma, the largest city in North Kivu provinc'
    "e.\n\nQatar's Emir Sheikh Tamim bin Hamad Al Thani spoke by telephone with Congolese Preside"
    'nt Felix Tshisekedi last Tuesday and with Rwandan President Paul Kagame on Thursday, the e'
    'mir\'s office said in a statement. Both calls dealt with "the urgent need to protect civili'
    'ans and return to dialogue", the statement said.\n\nEgyptian Foreign Minister Badr Abdelatty'
    ' visited Kinshasa and Kigali from November 2 to 5, carrying messages from President Abdel '
    "Fattah al-Sisi, Egypt's foreign ministry said. Cairo joined the mediation earlier this yea"
    'r after talks in Luanda collapsed in March.\n\nThe renewed push comes after M23 rebels, whom'
    ' United Nations experts say are backed by Rwanda, seized the town of Walikale last weekend'
    ", the first major advance since the summer. Rwanda denies supporting the group.\n\nCongo's F"
    'oreign Minister Therese Kayikwamba Wagner said on Monday that Kinshasa would not negotiate'
    ' "under the barrel of a gun" but would send a delegation to Doha. Rwanda\'s Foreign Ministe'
    'r Olivier Nduhungirehe welcomed the invitation in a post on X the same day.\n\nThe United St'
    'ates, which brokered a separate economic agreement between the two countries in Washington'
    ' in June, said it supported the Qatari effort. U.S. Deputy Secretary of State Christopher '
    'Landau is expected to visit Doha in early December, a State Department spokesperson said.\n'
    '\nThe African Union Peace and Security Council will meet in Addis Ababa on November 28 to r'
    "eview the situation, the bloc's commission said in a statement on Monday. Diplomats said a"
    'n AU summit on the Great Lakes could follow in February.\n\nFighting in eastern Congo has ki'
    'lled thousands since the start of the year and displaced more than 700,000 people, accordi'
    'ng to the U.N. refugee agency. A previous ceasefire, brokered by Angola in 2024, broke dow'
    'n within weeks.\n\nQatar has played an increasingly prominent role as a mediator in African '
    "conflicts, having hosted talks between Chad's government and rebel groups in 2022 that led"
    ' to a peace agreement signed in Doha in August of that year.\n\n(Reporting by Andrew Mills i'
    'n Doha; additional reporting by Aaron Ross in Dakar; Editing by Alex Richardson)\n'
)

VILNIUS = (
    'Nordic and Baltic states sign joint air defence pact in Vilnius\n\nVILNIUS, March 4 (AFP) - '
    'The defence ministers of eight Nordic and Baltic countries signed an agreement on Wednesda'
    'y to pool their air defence systems and share radar data around the clock, the latest step'
    " in the region's military build-up since Russia's full-scale invasion of Ukraine in Februa"
    'ry 2022.\n\nThe pact, signed at Vilnius Town Hall by the ministers of Denmark, Estonia, Finl'
    'and, Iceland, Latvia, Lithuania, Norway and Sweden, creates a joint air defence coordinati'
    'on cell to be based in Riga, Latvia\'s capital, from January 2027.\n\n"Our skies are one sky,'
    '" Lithuanian Defence Minister Dovile Sakaliene told reporters after the ceremony. "What we'
    ' have agreed today means that a drone crossing the border of one of us is seen by all of u'
    's."\n\nThe ministers first discussed the idea at a meeting in Helsinki last October, and off'
    'icials finished negotiating the text in Oslo in late January, according to a Finnish defen'
    'ce ministry statement. Finnish Defence Minister Antti Hakkanen said the agreement had been'
    ' drafted "in record time".\n\nSwedish Defence Minister Pal Jonson arrived in Vilnius on Mond'
    'ay for a three-day visit that also took him to the German brigade being stationed in Lithu'
    'ania. He met Lithuanian President Gitanas Nauseda on Tuesday.\n\nEstonian Prime Minister Kri'
    'sten Michal said in a statement that the pact answered "repeated violations of our airspac'
    'e", citing an incident last September in which three Russian MiG-31 fighter jets entered E'
    'stonian airspace for 12 minutes. Estonia requested NATO consultations under Article 4 of t'
    "he alliance's treaty the following day.\n\nDanish Prime Minister Mette Frederiksen spoke by "
    'phone with NATO Secretary General Mark Rutte last Thursday about the agreement, her office'
    ' said. Rutte welcomed the pact in a post on X on Wednesday and said it would "plug directl'
    'y into NATO\'s integrated air and missile defence".\n\nThe agreement still needs to be ratifi'
    "ed by national parliaments. Norway's parliament is expected to vote on it next month, and "
    'the Finnish government aims to submit it to parliament before the summer recess.\n\nThe mini'
    'sters will meet again in Reykjavik in September to review the first steps, Icelandic Forei'
    'gn Minister Thorgerdur Katrin Gunnarsdottir said. Iceland, which has no armed forces of it'
    's own, will contribute civilian radar data and host exercises.\n\nThe Nordic and Baltic coun'
    'tries have stepped up cooperation since Finland joined NATO in April 2023 and Sweden follo'
    'wed in March 2024. The eight governments agreed in 2024 to buy ammunition together, and ea'
    'rlier this year announced a joint procurement of long-range radars worth about 1.2 billion'
    ' euros.\n\nNATO leaders are due to hold their annual summit in Ankara in July.\n'
)

DOHA_DCT = dt.date(2025, 11, 18)
VILNIUS_DCT = dt.date(2026, 3, 4)


@pytest.fixture
def today_1_december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    """The day of the trial: what 'an article is not from the future' counts up to."""
    monkeypatch.setattr(dateline_module, "_today", lambda: dt.date(2026, 12, 1))


def _citing(candidates: tuple[Candidate, ...], words: str) -> list[Candidate]:
    return [c for c in candidates if any(words in e.sentence for e in c.evidence)]


# -- finding 2: "to be based in Riga, Latvia's capital, from January 2027" is ahead -------

def test_a_date_after_an_apposition_is_read_in_the_clause_before_it(
        today_1_december_2026: None) -> None:
    """Old: the clause of 'from January 2027' was the text after the last comma ("Latvia's
    capital, from"), so 'from' made it past: "4 March is a Wednesday in no year from 2027
    ... to 2026: the year is unknown"."""
    found = read_dateline(VILNIUS)
    assert (found.month, found.day, found.year) == (3, 4, 2026), found.year_basis
    assert "'from January 2027' as past" not in found.year_basis


def test_the_vilnius_story_is_dated_from_its_dateline_without_help(
        today_1_december_2026: None) -> None:
    """Old: no DCT, so five events only, one of them the signing in January 2027."""
    result = extract_events(VILNIUS)
    assert result.dct == VILNIUS_DCT
    assert {"4 March 2026", "2 March 2026", "26 February 2026"} <= {
        c.date.describe() for c in result.candidates}


@pytest.mark.parametrize("sentence, bound", [
    # still past: a date told as done, its clause before an apposition
    ("BERLIN, March 4 (Reuters) - The office opened in Riga, Latvia's capital, in January "
     "2025, officials said on Wednesday.", 2025),
    # after ', and' a new clause begins: the plan before it does not reach 'in 2019'
    ("BERLIN, March 4 (Reuters) - The two countries will hold talks next month, and in 2019 "
     "they signed a pact.", 2019),
])
def test_a_past_date_after_an_apposition_stays_past(sentence: str, bound: int,
                                                    today_1_december_2026: None) -> None:
    low, _high = dateline_module._year_bounds(sentence, month=3, day=4)
    assert low is not None and low.year == bound


def test_to_be_and_a_participle_looks_ahead() -> None:
    """'a cell to be based in Riga, Latvia's capital, from January 2027': not yet come (an
    upper bound: under a 4 March dateline, 2026 at the latest)."""
    low, high = dateline_module._year_bounds(
        "The pact creates a cell to be based in Riga, Latvia's capital, from January 2027.",
        month=3, day=4)
    assert low is None
    assert high is not None and high.year == 2026


# -- finding 3: the signing is not dated January 2027 -------------------------------------

def test_the_signing_does_not_take_the_date_of_the_cell_it_creates() -> None:
    """Old: "Pact signs at Vilnius Town Hall", January 2027, beside the signing of 4 March
    2026: the pact signed twice.  January 2027 is when the coordination cell opens."""
    result = extract_events(VILNIUS, VILNIUS_DCT)
    wrong = [c for c in result.candidates if c.date.describe() == "January 2027"
             and any(w in c.title.lower() for w in ("sign", "pact"))]
    assert wrong == [], [(c.title, c.date.describe()) for c in wrong]
    assert any(c.date.describe() == "4 March 2026" and "sign" in c.title.lower()
               for c in result.candidates)


def test_a_participle_after_the_subject_is_not_dated_by_the_main_clause() -> None:
    text = ("ANKARA, May 6 (Reuters) - Turkey and Greece held talks on Tuesday.\n\nThe accord, "
            "signed in Athens by the two foreign ministers, sets up a hotline in Ankara from "
            "January 2027.")
    result = extract_events(text, dt.date(2026, 5, 6))
    assert not any(c.date.describe() == "January 2027" and "sign" in c.title.lower()
                   for c in result.candidates), [(c.title, c.date.describe())
                                                 for c in result.candidates]


# -- finding 4: "an AU summit ... could follow in February" is ahead ----------------------

@pytest.mark.parametrize("text", [
    "Diplomats said an AU summit on the Great Lakes could follow in February.",
    "He said a fourth round of talks could be held in February.",
    "Officials said the ministers might meet again in February.",
])
def test_could_before_a_verb_looks_ahead(text: str) -> None:
    """Old: 'said' was the nearest tense cue, so February was the last one (2025)."""
    (february,) = tag_timexes(text, DOHA_DCT)
    assert february.value == "2026-02"


@pytest.mark.parametrize("text, value", [
    ("The two sides could not agree in February, officials said.", "2025-02"),
    ("They said the talks might have collapsed in February.", "2025-02"),
    ("The ministers met in May and said they were hopeful.", "2025-05"),
    # (AQUAINT APW20000106.0064: 'could be' is as often the past of 'can')
    ("Neither he nor his grandparents could be located Wednesday in their hometown.",
     "2025-11-12"),
])
def test_could_not_and_might_have_and_the_month_may_stay_past(text: str, value: str) -> None:
    assert tag_timexes(text, DOHA_DCT)[0].value == value


def test_the_possible_au_summit_is_february_2026_and_takes_nothing_from_cairo() -> None:
    """Old: "Cairo: Talks in Luanda", February 2025, participant Cairo, place Luanda: the
    summit merged with the talks of the paragraph before."""
    result = extract_events(DOHA, DOHA_DCT)
    (summit,) = _citing(result.candidates, "could follow in February")
    assert summit.date.describe() == "February 2026"
    assert "summit" in summit.title.lower()
    assert "Cairo" not in summit.participants and "Luanda" not in summit.location
    assert not any(c.date.describe() == "February 2025" for c in result.candidates)


@pytest.mark.parametrize("told, date", [
    ("could follow in December", "December 2025"),  # (old: merged into 9 December's session)
    ("followed in February", "February 2025"),  # (old: merged into the talks in Luanda)
])
def test_an_au_summit_is_a_new_event_whatever_its_date(told: str, date: str) -> None:
    """'an AU summit' is a new referent: it never joins an event of another sentence whose
    date merely contains its own (the anaphora that took Cairo and Luanda)."""
    result = extract_events(DOHA.replace("could follow in February", told), DOHA_DCT)
    (summit,) = _citing(result.candidates, "Diplomats said an AU summit")
    assert summit.date.describe() == date
    assert [e.sentence[:26] for e in summit.evidence] == ["Diplomats said an AU summi"]
    assert "Cairo" not in summit.participants and summit.location == ""


# -- finding 5: two telephone calls, two dates ---------------------------------------------

def test_two_calls_in_one_sentence_are_two_events_with_their_own_dates() -> None:
    """Old: one event, 11 November 2025, with Tshisekedi and Kagame: "on Thursday" (13
    November) was lost."""
    result = extract_events(DOHA, DOHA_DCT)
    calls = sorted(_citing(result.candidates, "spoke by telephone"),
                   key=lambda c: c.date.sort_key())
    assert [c.date.describe() for c in calls] == ["11 November 2025", "13 November 2025"]
    first, second = calls
    assert any("Tshisekedi" in p for p in first.participants)
    assert not any("Kagame" in p for p in first.participants)
    assert any("Kagame" in p for p in second.participants)
    assert not any("Tshisekedi" in p for p in second.participants)


def test_a_left_out_verb_keeps_its_preposition() -> None:
    text = ("WASHINGTON, June 12 (AP) - Secretary of State Marco Rubio spoke by phone with "
            "Indian Foreign Minister S. Jaishankar on Monday and with Pakistani Prime "
            "Minister Shehbaz Sharif on Wednesday, the State Department said on Thursday.")
    result = extract_events(text, dt.date(2025, 6, 12))
    days = {c.date.describe() for c in _citing(result.candidates, "spoke by phone")}
    assert {"9 June 2025", "11 June 2025"} <= days


def test_a_left_out_visit_verb_keeps_its_destination() -> None:
    """'travelled to Kyiv on Monday and to Moscow on Wednesday': two visits, the second to
    Moscow (with 'to' taken into the gapped phrase, its place must be read from it too,
    else the title says 'visits abroad')."""
    text = ("PARIS, June 12 (AFP) - French President Emmanuel Macron travelled to Kyiv on "
            "Monday and to Moscow on Wednesday, his office said.")
    result = extract_events(text, dt.date(2025, 6, 12))
    assert {(c.date.describe(), c.location) for c in result.candidates} == {
        ("9 June 2025", "Kyiv"), ("11 June 2025", "Moscow")}


# -- finding 1: the day offered for a year-less dateline -----------------------------------

NO_YEAR_WEDNESDAY = (
    "VILNIUS, March 4 (AFP) - The defence ministers of eight Nordic and Baltic countries signed "
    "an agreement on Wednesday to pool their air defence. The joint cell opened in January 2027.")


def test_the_day_offered_is_the_dateline_s_day_on_the_lead_s_weekday(
        today_1_december_2026: None) -> None:
    found = read_dateline(NO_YEAR_WEDNESDAY)
    assert found.year is None  # (the text contradicts every year that fits)
    day, name, why = dateline_module.last_dateline_day(NO_YEAR_WEDNESDAY, found,
                                                      dt.date(2026, 12, 1))
    assert (day, name) == (dt.date(2026, 3, 4), "Wednesday") and "Wednesday" in why
    # (up to a day before 4 March 2026: the last 4 March that is a Wednesday is 2020's)
    assert dateline_module.last_dateline_day(NO_YEAR_WEDNESDAY, found, dt.date(2026, 3, 1))[
        0] == dt.date(2020, 3, 4)


def test_without_a_weekday_the_day_offered_is_the_last_such_day() -> None:
    text = "VILNIUS, March 4 (AFP) - The ministers signed an agreement. They met last October."
    found = read_dateline(text)
    assert dateline_module.last_dateline_day(text, found, dt.date(2026, 3, 1)) == (
        dt.date(2025, 3, 4), "", "")
    assert dateline_module.last_dateline_day(text, read_dateline("No dateline here."),
                                             dt.date(2026, 3, 1)) is None
