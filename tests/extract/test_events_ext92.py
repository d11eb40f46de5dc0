"""Which event a sentence about "the talks" or "the meeting" is cited by (session 51, ext92,
verify63 F1), and whose "they" a sentence with its own subject has (F2).

A definite "the talks", "the meeting" with no date of its own refers back to the event the
story is about (the lead's), or to one told just before it, in the time its tense tells: a
sentence told in the past is never cited by a round still to come, one told in the future
never by a summit of years ago.  A sentence right after the lead that tells the lead's
meeting as what a source knows of ("diplomats briefed on the meeting said") is cited by it,
and its people take part.

The texts are invented (none is a dev article's, an evaluation corpus's or the trial's).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.candidates import readers
from timeline_app.extract import Candidate

MEDIATION_DCT = dt.date(2027, 3, 3)  # a Wednesday
PREVIEW_DCT = dt.date(2027, 9, 8)  # a Wednesday

events, _with = readers(MEDIATION_DCT)

MEDIATION = """\
Kenya hosts first Ethiopia-Eritrea talks since October collapse

By Jane Mwangi

NAIROBI, March 3 (Reuters) - Kenya hosted a fresh round of indirect talks between Ethiopia and \
Eritrea on Wednesday, the first since negotiations collapsed in October, as regional states \
stepped up efforts to avert a new war.

Ethiopian Foreign Minister Dawit Alemu and Eritrean envoy Tesfay Haile sat in separate rooms \
at a state lodge in the Kenyan capital while Kenyan Foreign Minister Joseph Kamau carried \
messages between them for about five hours, three diplomats briefed on the meeting said.

"Both delegations agreed to keep talking," Kamau said after the session ended. He said a \
second round would be held in Nairobi on March 17.

Eritrea's information minister told reporters in Asmara that the talks had focused only on \
the border and the return of prisoners.

The meeting caps months of shuttle diplomacy by African Union envoys.

Dawit and Tesfay first met in Mombasa on June 3, 2025, in what was then the highest-level \
contact between the two governments in years. The African Union's Peace and Security Council \
is due to meet in Addis Ababa in late April.

"If these talks fail, the whole region will pay the price," said a Kenyan official who asked \
not to be named.
"""

PREVIEW = """\
Indonesia, Malaysia, Philippines to hold foreign ministers' talks in Manila

JAKARTA, Sept. 8 (Antara) -- The foreign ministers of Indonesia, Malaysia and the Philippines \
will meet in Manila on Sept. 23 to prepare for a trilateral leaders' summit expected early next \
year, Indonesia's foreign ministry said Wednesday.

Foreign Minister Ratna Suryani will attend the meeting with Malaysian Foreign Minister Hakim \
Rahman and Philippine Foreign Secretary Elena Cruz, the ministry said.

The last trilateral summit was held in Kuala Lumpur on May 14, 2025, when Indonesian President \
Joko Santoso hosted Malaysian Prime Minister Idris Karim and Philippine President Ramon Velasco.

The three foreign ministers last met in Jakarta in January 2026, when they agreed to set up \
joint maritime patrols.

The trilateral process began when the three leaders first met in Davao in November 2017.

Malaysia's foreign ministry said in Kuala Lumpur that it hoped the meeting would bring \
progress on maritime security.
"""


def _on(cands: list[Candidate], day: str) -> Candidate:
    (cand,) = [c for c in cands if str(c.date) == day]
    return cand


def _cited(cand: Candidate) -> str:
    return " ".join(e.sentence for e in cand.evidence)


@pytest.fixture(scope="module")
def mediation() -> list[Candidate]:
    return events(MEDIATION)


@pytest.fixture(scope="module")
def preview() -> list[Candidate]:
    return events(PREVIEW, PREVIEW_DCT)


@pytest.mark.parametrize("words", [
    "the talks had focused",  # past: never the round still to come
    "The meeting caps",  # present, after the plan: the story's meeting
    "If these talks fail",  # after a meeting of 2025 and the council's plan
])
def test_the_talks_of_a_later_sentence_are_the_lead_s_talks(
        mediation: list[Candidate], words: str) -> None:
    # (main: the first two cited by the second round of 17 March, the third by June 2025)
    lead = _on(mediation, "3 March 2027")
    assert words in _cited(lead)
    assert all(words not in _cited(c) for c in mediation if c is not lead)


def test_a_round_still_to_come_cites_its_own_sentence_alone(mediation: list[Candidate]) -> None:
    second = _on(mediation, "17 March 2027")
    assert [e.sentence for e in second.evidence] == [
        "He said a second round would be held in Nairobi on March 17."]
    # (its states were those of "the talks" it wrongly cited; a round of the lead's talks
    # is theirs)
    assert {"Ethiopia", "Eritrea"} <= set(second.participants)


def test_a_meeting_a_source_is_briefed_on_is_the_lead_s_with_its_people(
        mediation: list[Candidate]) -> None:
    # (main: the paragraph was cited by no event; the lead named the three states alone)
    lead = _on(mediation, "3 March 2027")
    assert "three diplomats briefed on the meeting said" in _cited(lead)
    assert {"Dawit Alemu", "Tesfay Haile", "Joseph Kamau"} <= set(lead.participants)


def test_talks_a_source_is_close_to_are_still_no_event_of_their_own() -> None:
    # (verify42 X15: "Talks (scheduled)"): the definite noun joins the talks told before
    text = ("BAMAKO, March 3 (AFP) - Mali's government and the rebels signed a truce in Bamako "
            "on Wednesday. A committee to monitor it will meet for the first time on March 12, "
            "a diplomat close to the talks told AFP.\n")
    assert not [c for c in events(text) if str(c.date) == "12 March 2027"
                and c.title.startswith("Talks")]


def test_the_meeting_with_named_people_is_the_lead_s_planned_meeting(
        preview: list[Candidate]) -> None:
    # (main: the lead's meeting named only the three states; the sentence was cited by no
    # event)
    lead = _on(preview, "23 September 2027")
    assert "will attend the meeting with" in _cited(lead)
    assert {"Ratna Suryani", "Hakim Rahman", "Elena Cruz"} <= set(lead.participants)


def test_a_meeting_told_in_the_future_is_not_a_summit_of_years_ago(
        preview: list[Candidate]) -> None:
    # (main: cited by the Davao summit of November 2017)
    davao = _on(preview, "November 2017")
    assert "hoped the meeting would" not in _cited(davao)
    assert "hoped the meeting would" in _cited(_on(preview, "23 September 2027"))


def test_they_of_a_sentence_opened_by_a_counted_group_is_that_group(
        preview: list[Candidate]) -> None:
    # F2 (main: "Idris Karim and Ramon Velasco agree in Jakarta ...", the summit's guests of
    # the sentence before)
    january = _on(preview, "January 2026")
    assert not {"Joko Santoso", "Idris Karim", "Ramon Velasco"} & set(january.participants)
    assert {"Indonesia", "Malaysia", "Philippines"} <= set(january.participants)
    assert "Idris Karim" not in january.title


def test_a_story_told_after_another_meeting_still_continues_it() -> None:
    # the talks of the sentence right after a dated meeting are that meeting's, not the lead's
    text = ("NAIROBI, March 3 (Reuters) - Kenya hosted talks between Ethiopia and Eritrea on "
            "Wednesday.\n\nDawit Alemu and Tesfay Haile first met in Mombasa on June 3, 2025. "
            "The talks were the highest-level contact in years.\n")
    cands = events(text)
    mombasa = _on(cands, "3 June 2025")
    assert "The talks were the highest-level" in _cited(mombasa)
    assert "The talks were the highest-level" not in _cited(_on(cands, "3 March 2027"))


def test_the_summit_is_the_summit_told_before_not_the_lead_s_talks() -> None:
    # a summit dated from the lead's talks ("hours before the opening of") is what "the
    # summit" of a later paragraph means, not the lead's talks (a guard: main had it right,
    # a first version of this change gave it to the talks, as it did dev h3's Kyodo story)
    text = ("SUVA, May 12 (Reuters) - Prime Minister Aroha Tane held talks with Fijian Prime "
            "Minister Nalani Keomaka on Wednesday, hours before the opening of a two-day summit "
            "with Pacific island leaders in the city.\n\nTane pledged a patrol vessel to Fiji's "
            "navy.\n\nFiji has hosted the summit every four years since 2001.\n")
    cands = events(text)
    cited = [c for c in cands if "every four years" in _cited(c)]
    assert len(cited) == 1 and "ummit" in cited[0].title
    assert "every four years" not in _cited(_with(text, "Tane"))


def test_a_meeting_told_in_the_present_is_the_one_going_on_not_last_year_s() -> None:
    # (the nearest meeting word was last year's in Nuku'alofa)
    text = ("APIA, May 12 (Reuters) - Ministers from 14 Pacific states began a five-day meeting "
            "in Apia on Monday, officials said.\n\nA ban on drift nets was blocked at last "
            "year's meeting in Nuku'alofa.\n\nThe meeting is also discussing deep-sea mining.\n")
    cands = events(text)
    assert all("deep-sea mining" not in _cited(c) for c in cands if c.date.year == 2026)
    assert any("deep-sea mining" in _cited(c) for c in cands if c.date.year == 2027)


def test_a_visit_s_talks_and_the_visit_told_again_stay_where_they_were() -> None:
    # a guard: "The talks" right after the talks of Thursday are those talks, and "The
    # visit" the lead's visit, as on main
    text = ("HANOI, Nov. 12 (VNA) -- Vietnamese President Tran Van Minh ended a three-day state "
            "visit to Laos on Friday, during which the two countries signed agreements on "
            "railways and power.\n\nMinh will travel to Cambodia next month, the foreign "
            "ministry said.\n\nMinh and Lao President Somsak Vongsa held talks in Vientiane on "
            "Thursday. The talks covered border security and trade.\n\nThe visit was the first "
            "by a Vietnamese head of state to Laos since 2022, officials said.\n")
    cands = events(text, dt.date(2027, 11, 12))
    assert "The talks covered" in _cited(_on(cands, "11 November 2027"))
    visit = _with(text, "visits Laos", dt.date(2027, 11, 12))
    assert "The visit was the first" in _cited(visit)
    assert all("The visit was the first" not in _cited(c) for c in cands
               if "Cambodia" in c.title)


@pytest.mark.parametrize("later", [
    "The meeting was arranged by Malaysia's foreign ministry.",
    "The meeting had been moved from Kuala Lumpur.",
])
def test_a_plan_told_in_the_past_is_still_the_meeting_to_come(later: str) -> None:
    # "was arranged", "had been moved": done to the plan, not told of a meeting held
    # (the past's time would have given it to January's meeting told just before)
    text = ("JAKARTA, Sept. 8 (Antara) -- The foreign ministers of Indonesia, Malaysia and the "
            "Philippines will meet in Manila on Sept. 23, Indonesia's foreign ministry said "
            "Wednesday.\n\nThe three ministers last met in Jakarta in January 2026.\n\n"
            f"{later}\n")
    cands = events(text, PREVIEW_DCT)
    assert later in _cited(_on(cands, "23 September 2027"))
    assert later not in _cited(_on(cands, "January 2026"))
