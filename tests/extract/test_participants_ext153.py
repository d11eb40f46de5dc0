"""Who takes part (ext153, from the participant misses of the studied sets h23-h28 and the
trial verify86 F6), in sentences written for these tests: a people's adjective alone is its
state, leaders looking on take part, states listed between dashes after a common noun are
its subject, and a bloc's people opening a sentence make its gathering the bloc's."""

from __future__ import annotations

from timeline_app.extract import extract_events

HEAD = ("Mauritius and Seychelles sign fisheries patrol deal\n\nPORT LOUIS, March 4, 2026 (Wire) "
        "-- Mauritius and Seychelles signed a deal on Tuesday to set up a joint fisheries patrol, "
        "officials said.\n\nThe patrol builds on talks between Mauritius and Seychelles held in "
        "Victoria in 2024.\n\n")
"""A story of two states, whose pair a row naming no one is otherwise given."""


def _rows(body: str) -> dict[str, list[str]]:
    result = extract_events(HEAD + body + "\n")
    return {c.title: list(c.participants) for c in result.candidates}


def _one(body: str, word: str) -> list[str]:
    rows = [people for title, people in _rows(body).items() if word in title]
    assert len(rows) == 1, _rows(body)
    return rows[0]


def test_a_people_s_adjective_alone_is_its_state() -> None:
    people = _one("The hostages were freed on June 6, 2019, after mediation by Swiss envoys.",
                  "freed")
    assert "Switzerland" in people and "Swiss" not in people


def test_leaders_looking_on_take_part_after_the_signers() -> None:
    people = _one("The treaty was signed in Nairobi on May 2, with Kenyan President Uhuru "
                  "Kenyatta, Ugandan President Yoweri Museveni and Tanzanian President John "
                  "Magufuli looking on.", "signed")
    assert people[-3:] == ["Uhuru Kenyatta", "Yoweri Museveni", "John Magufuli"]


def test_a_witness_of_a_signing_by_ministers_takes_part() -> None:
    people = _one("In Oslo, the two foreign ministers signed a fisheries accord on 25 April, "
                  "with Norwegian Prime Minister Erna Solberg looking on.", "accord")
    assert "Erna Solberg" in people


def test_onlookers_of_another_clause_are_not_taken() -> None:
    people = _one("Kenya and Uganda signed a rail accord in Kampala on May 2; later, fans "
                  "cheered with President Yoweri Museveni watching.", "accord")
    assert "Yoweri Museveni" not in people


def test_states_between_dashes_are_the_subject_told_by_a_common_noun() -> None:
    people = _one("The guarantors -- Norway, Cuba, Chile and the United States -- met in "
                  "Havana last week to review the talks.", "Havana")
    assert people[:4] == ["Norway", "Cuba", "Chile", "United States"]
    assert "Mauritius" not in people


def test_a_list_between_dashes_with_other_names_is_no_subject() -> None:
    people = _one("The guarantors -- Norway, Cuba and a retired judge -- met in Havana last "
                  "week to review the talks.", "Havana")
    assert "Norway" not in people


def test_a_bloc_s_ministers_meeting_make_the_meeting_the_bloc_s() -> None:
    people = _one("CARICOM trade ministers, meeting in Kingston earlier this month, urged "
                  "members to ratify the pact.", "Kingston")
    assert people == ["CARICOM"]


def test_a_bloc_s_leaders_at_their_summit_make_the_summit_the_bloc_s() -> None:
    people = _one("Envoys said SADC leaders welcomed the patrol plan at their summit in Lusaka "
                  "in August.", "Lusaka")
    assert people == ["SADC"]


def test_a_state_s_officials_are_no_bloc() -> None:
    people = _one("Kenyan officials, meeting in Mombasa earlier this month, urged members to "
                  "ratify the pact.", "Mombasa")
    assert "CARICOM" not in people and "SADC" not in people


def test_the_sahel_confederation_is_a_bloc_by_its_initials() -> None:
    people = _one("Ministers said AES heads of state plan a separate summit in Bamako in the "
                  "first quarter of next year.", "summit")
    assert people == ["Alliance of Sahel States"]


HANDOVER = ("Council changes hands\n\nTROMSO, May 12, 2026 (Wire) -- When Finland hands the "
            "chairmanship of the Barents Council to Sweden at a ceremony today, the forum will "
            "mark a quiet year.\n\nIceland handed over to Finland in May 2023 at a virtual "
            "ceremony.\n\nThe summit will close on Tuesday with Prime Minister Jonas Gahr Store "
            "handing the chairmanship to Denmark, which chairs the council in 2027.\n")


def _handover_rows() -> dict[str, list[str]]:
    return {c.title.split()[0]: list(c.participants) for c in extract_events(HANDOVER).candidates}


def test_who_hands_a_chair_over_and_who_takes_it_take_part_with_the_body() -> None:
    assert _handover_rows()["Ceremony"] == ["Finland", "Sweden", "Barents Council"]


def test_a_handover_without_the_chair_named_gives_both_states() -> None:
    assert set(_handover_rows()["Iceland:"]) == {"Iceland", "Finland"}


def test_the_summit_a_handover_closes_names_the_person_and_the_next_chair() -> None:
    people = _handover_rows()["Summit"]
    assert people[:2] == ["Jonas Gahr Store", "Denmark"]


SETTLED = ("Sixty years of Ruvia and Tarsia\n\nOSTRAVA, Nov. 14, 2025 (Wire) -- Ruvia and "
           "Tarsia signed a trade pact on Tuesday.\n\nA quarrel over grazing rights in 2009 "
           "was resolved by the border commission without a single summit.\n\nA dispute over "
           "river tolls in 2012 was settled by a treaty signed in Prague.\n")


def test_a_dispute_settled_is_in_the_dispute_lane_not_the_treaty_lane() -> None:
    rows = {c.date.year: c.category for c in extract_events(SETTLED).candidates}
    assert rows[2009] == "dispute"


def test_a_dispute_settled_by_a_treaty_stays_in_the_treaty_lane() -> None:
    rows = {c.date.year: c.category for c in extract_events(SETTLED).candidates}
    assert rows[2012] == "treaty"


def test_two_ministers_named_each_with_his_state_take_part_with_their_states() -> None:
    people = _one("The border text was signed in Livingstone on Monday by the two foreign "
                  "ministers, Ana Lenz of Zambia and Ivo Marek of Malawi.", "Livingstone")
    assert people[:4] == ["Ana Lenz", "Ivo Marek", "Zambia", "Malawi"]


def test_the_two_parties_of_a_declaration_between_them_take_part() -> None:
    people = _one("Norway secured a separate declaration of principles between Bogota and the "
                  "ELN, signed on 19 July.", "ELN")
    assert people[:2] == ["Colombia", "ELN"]


CAREER = ("A negotiator retires\n\nSANTIAGO, March 2, 2026 (Wire) -- Chilean diplomat Marta "
          "Rios Vidal retired this week after four decades at the foreign ministry.\n\nBorn in "
          "Valdivia, Rios joined Chile's foreign ministry in 1983, moving to its treaty office "
          "in 1990.\n")


def test_a_diplomat_joining_the_foreign_ministry_is_a_row_of_her_career() -> None:
    rows = [(c.date.year, c.title, c.category) for c in extract_events(CAREER).candidates]
    assert (1983, "Marta Rios Vidal joins Chile's foreign ministry", "event") in rows


def test_a_state_joining_a_bloc_stays_in_the_treaty_lane() -> None:
    text = CAREER + "\nChile joined the Pacific Alliance in 2012.\n"
    rows = {c.date.year: c.category for c in extract_events(text).candidates}
    assert rows[2012] == "treaty"


def test_a_visa_free_regime_for_tourist_visits_is_titled_by_the_regime() -> None:
    text = SETTLED + "\nThen, on 1 May 1999, a visa-free regime for tourist visits followed.\n"
    rows = {c.date.year: (c.title, c.category) for c in extract_events(text).candidates}
    assert rows[1999] == ("Visa-free regime for tourist visits", "policy")


def test_a_sanctions_regime_keeps_its_sanctions_row() -> None:
    text = SETTLED + "\nThe sanctions regime of 1999 was mentioned by the envoys.\n"
    rows = {c.date.year: c.title for c in extract_events(text).candidates}
    assert rows[1999] == "Sanctions"
