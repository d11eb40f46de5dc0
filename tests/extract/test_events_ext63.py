"""Participants, places and titles on the shapes of unseen news (session 40, ext63):
a readout's minister named before an office ending in "and International Cooperation",
a wire story filed away from where the act happened, titles that are a stub.

The texts are invented (verify49's shapes told of other states); none is taken from an
evaluation corpus.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.extract import Candidate, extract_events

DCT = dt.date(2026, 12, 2)  # a Wednesday


def events(text: str, dct: dt.date | None = DCT) -> list[Candidate]:
    return list(extract_events(text, dct).candidates)


def test_the_minister_named_before_an_office_of_two_fields_is_who_acts() -> None:
    # verify49 F4: "International Cooperation" (the office's tail) was the participant
    text = ("Kigali, 2 December 2026\n\nH.E. Olivier Nduhungirehe, Minister of Foreign Affairs "
            "and International Cooperation, today held a telephone conversation with H.E. "
            "Téte António, Minister of External Relations of the Republic of Angola.\n")
    (call,) = events(text)
    assert call.participants[:2] == ("Olivier Nduhungirehe", "Téte António")
    assert "International Cooperation" not in call.title


def test_an_honorific_before_the_minister_does_not_lose_him() -> None:
    text = ("Kigali, 2 December 2026\n\nH.E. Olivier Nduhungirehe, Minister of Foreign "
            "Affairs, today held a telephone conversation with H.E. Téte António, Minister "
            "of External Relations of the Republic of Angola.\n")
    (call,) = events(text)
    assert "Olivier Nduhungirehe" in call.participants
    assert call.title.startswith("Olivier Nduhungirehe")


WIRE = """Rwanda and Burundi agree terms to reopen border
Updated 3:05 PM GMT+2, December 1, 2026

KIGALI, Rwanda (AP) — Rwanda and Burundi on Monday agreed on the terms of a deal to reopen their shared border to trade, Rwanda's foreign minister said.

The agreement was reached in Luanda, the Angolan capital.
"""


def test_the_place_the_next_sentence_says_the_agreement_was_reached_is_the_lead_s() -> None:
    # verify49 F3: the dateline's city was the place and the title's "in Kigali"
    (deal,) = events(WIRE, None)
    assert deal.date.to_timex()[0] == "2026-11-30"
    assert deal.location == "Luanda"
    assert deal.title.endswith("in Luanda")
    assert "Kigali" not in deal.title


def test_the_dateline_s_city_stays_the_place_when_the_next_sentence_names_none() -> None:
    (deal,) = events(WIRE.replace("was reached in Luanda, the Angolan capital",
                                  "was welcomed by traders"), None)
    assert deal.location == "Kigali"


def test_a_city_in_what_someone_said_is_not_where_he_took_office() -> None:
    # verify49 F3: "who took office in December 2024, said ... any deal made in Mogadishu"
    # was "takes office in Mogadishu"
    text = ("Gitega, 2 December 2026\n\nBurundi's foreign minister, Edouard Bizimana, who took "
            "office in August 2025, said any deal made in Kigali would need the approval of "
            "parliament.\n")
    (office,) = events(text)
    assert office.location == ""
    assert "Kigali" not in office.title


READOUT = """Kigali, 2 December 2026

H.E. Olivier Nduhungirehe, Minister of Foreign Affairs, today held a telephone conversation with H.E. Téte António, Minister of External Relations of the Republic of Angola.

The Minister conveyed the appreciation of the Federal Government of Rwanda for Angola's mediation.

The two Ministers agreed that the signing ceremony of the Border Trade Agreement between the Republic of Rwanda and the Republic of Burundi will take place in Luanda on 17 December 2026.

The Minister further informed his counterpart that the Federal Government will host the second meeting of the Joint Committee in Kigali from 20 to 22 January 2027.
"""


def test_a_readout_s_capitalised_two_ministers_are_the_two_people() -> None:
    # verify49 F4: "Ministers" was a participant and the title's subject
    ceremony = next(c for c in events(READOUT) if c.date.to_timex()[0] == "2026-12-17")
    assert "Ministers" not in ceremony.participants
    assert {"Olivier Nduhungirehe", "Téte António"} <= set(ceremony.participants)
    assert not ceremony.title.startswith("Ministers")


def test_the_federal_government_is_the_state_whose_government_was_named() -> None:
    # verify49 F4: "Federal Government" was a participant
    meeting = next(c for c in events(READOUT) if c.date.to_timex()[0] == "2027-01-20")
    assert meeting.participants[:1] == ("Rwanda",)
    assert "Federal Government" not in meeting.participants


MEDIATED = """Al-Khulaifi: Chad-Sudan talks in Doha have reached the "final stage"

DOHA, 16 November 2026 (QNA) - Qatari Minister of State Mohammed Al-Khulaifi said on Monday that the talks between Chad and Sudan being held in Doha had entered their "final stage."

Speaking at a joint press conference with his Chadian counterpart Abderaman Koulamallah, Al-Khulaifi said the fifth round of talks, which began on 12 November, would be concluded by the end of the month.

"Since the Doha Declaration signed under the auspices of the Emir on 11 December 2024, both brotherly countries have shown great goodwill," Al-Khulaifi said.

The Doha process began with a first round of talks on 1 July 2024, followed by a second round on 12-13 August 2024.

Al-Khulaifi recalled that Chadian President Mahamat Idriss Deby and Sudanese President Abdel Fattah al-Burhan met in N'Djamena on 11 January 2025 and in Port Sudan on 27 February 2025, and that the two countries restored full diplomatic relations in January 2025.

Qatar has mediated between Chad and its neighbours since 2023, and Qatari envoys visited Chad twice this year.

Koulamallah thanked Qatar for its efforts and said Chad would host a conference on Sahel security in N'Djamena in March 2027.
"""


def _row(title_start: str) -> Candidate:
    return next(c for c in events(MEDIATED, None) if c.title.startswith(title_start))


def test_a_process_named_after_its_host_city_names_no_host_state() -> None:
    # verify49 F4: "The Ankara process began with a first round of talks" named Türkiye
    first = _row("First round")
    assert "Qatar" not in first.participants


def test_the_story_s_sides_are_the_lead_s_talks_between_not_the_host_named_as_often() -> None:
    # verify49 F4: "Türkiye, Somalia" on 7 of 10 rows of a Somalia-Ethiopia story
    assert _row("First round").participants == ("Chad", "Sudan")
    assert _row("Doha Declaration").participants == ("Chad", "Sudan")
    begun = next(c for c in events(MEDIATED, None) if c.date.to_timex()[0] == "2026-11-12")
    assert set(begun.participants) == {"Chad", "Sudan"}


def test_the_two_countries_are_the_states_of_the_two_people_the_sentence_names() -> None:
    # verify49 F4: "the two countries restored full diplomatic relations" after Somali and
    # Ethiopian leaders met was "Turkey and Somalia restore ..."
    restored = _row("Chad and Sudan restore")
    assert restored.participants == ("Chad", "Sudan")


def test_a_second_thing_recalled_after_and_that_does_not_take_the_meeting_s_place() -> None:
    # "... met in N'Djamena on 11 January 2025 and in Port Sudan ..., and that the two
    # countries restored full diplomatic relations": no place for the relations
    assert _row("Chad and Sudan restore").location == ""


def test_a_body_whose_office_holder_speaks_is_who_acts_and_its_welcome_the_title() -> None:
    # verify49 F18/F4: "Commission chairperson: Statement", participants the story's states
    text = (WIRE + "\nMonday's agreement was welcomed by the African Union, whose commission "
            "chairperson said in a statement on Tuesday that it \"closes a dangerous chapter.\"\n")
    welcome = next(c for c in events(text, None) if c.date.to_timex()[0] == "2026-12-01")
    assert welcome.participants == ("African Union",)
    assert welcome.title == "African Union welcomes agreement"


def test_a_text_signed_between_two_names_them_as_its_signers() -> None:
    # verify49 F18: "Memorandum of Understanding signs between Ethiopia", Somaliland missing
    text = ("Kigali, 2 December 2026\n\nThe Minister reaffirmed that the so-called Memorandum "
            "of Understanding signed on 1 January 2024 between Rwanda and the Kivu region is "
            "null and void.\n")
    (mou,) = events(text)
    assert mou.participants == ("Rwanda", "Kivu")
    assert mou.title == "Memorandum of Understanding signed by Rwanda and Kivu"


def test_the_people_of_the_press_conference_are_no_side_of_the_talks_told_there() -> None:
    # verify49 F4: "Fifth round of technical talks" had the minister's counterpart alone
    end_of_round = next(c for c in events(MEDIATED, None)
                        if c.title.startswith("Fifth round"))
    assert set(end_of_round.participants) == {"Chad", "Sudan"}
