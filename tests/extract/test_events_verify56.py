"""A fact-checker's West African news (session 45, ext76, from verify56's trial): a bloc's
final communiqué (its date on a header line "City, Federal Republic of X, <date>" and in
its closing "Done at ..., this 15th day of ..."), its main event "The ... Ordinary Session
... was held on <date> in <city>", the host's state and "the Authority" taken for parties,
and a wire whose lead names three states acting together.

The texts are invented in those shapes (none is a dev article's or an evaluation corpus's).
"""

from __future__ import annotations

import datetime as dt

from tests.extract.candidates import readers
from timeline_app.extract import extract_events, read_dateline

DCT = dt.date(2027, 3, 12)  # a Friday

events, _with = readers(DCT)

COMMUNIQUE = (
    "SOUTHERN AFRICAN DEVELOPMENT COMMUNITY\n"
    "Forty-Fourth Ordinary Session of the SADC Authority of Heads of State and Government\n"
    "Lusaka, Republic of Zambia, 12 March 2027\n\n"
    "FINAL COMMUNIQUE\n\n"
    "1. The Forty-Fourth Ordinary Session of the Authority of Heads of State and Government "
    "of the Southern African Development Community (SADC) was held on 12 March 2027 in Lusaka, Republic of "
    "Zambia, under the chairmanship of H.E. Hakainde Hichilema, President of the Republic "
    "of Zambia.\n\n"
    "2. The Authority took note of the request of the Kingdom of Eswatini to host the regional "
    "training centre, dated 3 February 2027.\n\n"
    "3. The Authority commends the Republic of Malawi on the peaceful conduct of its general "
    "election of 14 January 2027.\n\n"
    "4. The Authority decides to grant a transition period from 1 April 2027 to 30 September "
    "2027.\n\n"
    "5. The next Ordinary Session of the Authority will be held in August 2027.\n\n"
    "Done at Lusaka, this 12th day of March 2027.\n"
)


def test_a_header_line_with_a_state_s_long_name_dates_the_communique() -> None:
    # "Abuja, Federal Republic of Nigeria, 15 December 2024" (verify56 F3: "No dateline
    # found"): a state's name with "of" after the city
    line = read_dateline(COMMUNIQUE)
    assert (line.place, line.date) == ("Lusaka", dt.date(2027, 3, 12))


def test_done_at_this_nth_day_of_a_month_dates_a_communique_without_a_header() -> None:
    text = ("FINAL COMMUNIQUE\n\n1. The Council met in Lusaka and adopted the budget.\n\n"
            "Done at Lusaka, this 12th day of March 2027.\n")
    assert read_dateline(text).date == dt.date(2027, 3, 12)


def test_a_capitalised_session_or_summit_that_was_held_on_a_day_is_a_row() -> None:
    # "The Sixty-Sixth Ordinary Session of the Authority of ... (ECOWAS) was held on 15
    # December 2024 in Abuja" gave no row (verify56 F3)
    cand = _with(COMMUNIQUE, "Forty-Fourth")
    assert (cand.date.year, cand.date.month, cand.date.day) == (2027, 3, 12)
    assert cand.location == "Lusaka"
    assert _with("The G7 Summit was held on 12 March 2027 in Rome.", "Summit").location == "Rome"


def test_the_host_state_named_as_the_city_s_place_is_no_party_of_every_row() -> None:
    # "in Abuja, Federal Republic of Nigeria": every row naming no one was "ECOWAS,
    # Nigeria" (verify56 F2)
    found = extract_events(COMMUNIQUE).candidates
    assert found
    for cand in found:
        assert "Zambia" not in cand.participants or "Hakainde Hichilema" in cand.participants, \
            (cand.title, cand.participants)
    election = next(c for c in found if "election" in c.title)
    assert "Zambia" not in election.participants


def test_the_authority_alone_is_the_bloc_that_named_it_in_full() -> None:
    # "The Authority took note ..." after "the ECOWAS Authority of Heads of State": ECOWAS,
    # not a participant "Authority" (verify56 F2)
    for cand in extract_events(COMMUNIQUE).candidates:
        assert "Authority" not in cand.participants, (cand.title, cand.participants)
    grant = _with(COMMUNIQUE, "transition")
    assert grant.participants == ("SADC",), grant.participants


def test_a_pact_of_the_lead_s_three_states_is_theirs_not_the_pair_named_most() -> None:
    # "The military leaders of Mali, Burkina Faso and Niger on Saturday signed ... The three
    # countries ... formed the Alliance of Sahel States as a mutual defence pact in Bamako on
    # September 16, 2023" was "ECOWAS, Niger" (verify56 F2)
    text = ("LIMA, March 12 (AFP) - The leaders of Peru, Bolivia and Ecuador on Friday signed "
            "a treaty creating a customs union of their three countries, deepening their "
            "break with Mercosur.\n\n"
            "Mercosur said the move was premature. Mercosur and Ecuador have quarrelled over "
            "tariffs; Ecuador left Mercosur talks last year, and Mercosur fined Ecuador.\n\n"
            "The three countries, all run by juntas that seized power in coups between 2019 and "
            "2022, formed the "
            "Andean Defence Alliance (ADA) as a mutual defence pact in La Paz on September 16, "
            "2025.\n")
    pact = _with(text, "pact")
    assert set(pact.participants) == {"Peru", "Bolivia", "Ecuador"}, pact.participants
    # (and the coups' row is titled by the three, not by the pair named most: "ECOWAS and
    # Niger seize power in coups")
    coups = _with(text, "coups")
    assert coups.title.startswith("Peru, Bolivia and Ecuador"), coups.title


def test_a_deadline_at_the_end_of_a_year_or_month_is_its_last_day() -> None:
    # "to meet again in Niamey before the end of the year" (said 23 May 2025) was drawn over
    # all of 2025 and sorted at 1 January (verify56 F8): no later than 31 December
    text = ("ACCRA, March 12 (Reuters) - Ghana and Togo agreed on Friday to reopen their border "
            "crossing at Aflao in July, and their ministers are due to meet again in Lome "
            "before the end of the year.\n\n"
            "Togo is expected to settle the tariff dispute by the end of June.\n")
    found = events(text)
    meet = next(c for c in found if "Lome" in c.title or c.location == "Lome")
    assert (meet.date.year, meet.date.month, meet.date.day) == (2027, 12, 31), meet.date
    assert meet.date.limit == "ON_OR_BEFORE"
    assert meet.date.describe() == "by 31 December 2027"
    assert found.index(meet) == len(found) - 1, [c.title for c in found]
    settle = next(c for c in found if "dispute" in c.title or "settle" in c.title.lower())
    assert (settle.date.month, settle.date.day, settle.date.limit) == (6, 30, "ON_OR_BEFORE")


def test_a_base_handed_over_is_a_row_at_its_place_not_the_dateline_s() -> None:
    # "DAKAR, Feb 20 (Reuters) - France on Thursday handed over its military base in
    # Port-Bouet, near Abidjan, to Ivory Coast, the latest step in a withdrawal ..." was
    # "Withdrawal in Dakar" (verify56 F6): "hand over" was no event
    text = ("PARIS, March 12 (Reuters) - France on Friday handed over its air base in Kossei, "
            "near N'Djamena, to Chad, the latest step in a withdrawal that has seen French "
            "forces leave most of the region.\n")
    (cand,) = events(text)
    assert cand.title.startswith("France hands over"), cand.title
    assert cand.location == "Kossei"
    assert (cand.date.month, cand.date.day) == (3, 12)
    assert "France" in cand.participants
    assert events("PARIS, March 12 (Reuters) - On the other hand, France handed documents "
                  "over to the court on Friday.\n") == []


def test_a_state_named_with_d_apostrophe_before_which_is_the_doer() -> None:
    # "Côte d'Ivoire, which handed over the French military camp of Port-Bouët on 20
    # February 2025, was represented ..." gave no row, then "Ivoire hands over" (F7)
    text = ("ACCRA, March 12, 2027 - Côte d'Ivoire, which handed over the British training "
            "camp of Bouaké on 20 February 2027, was represented by its trade minister.\n")
    cand = _with(text, "hands over")
    assert cand.title.startswith("Côte d'Ivoire hands over"), cand.title
    assert cand.participants[0] == "Côte d'Ivoire"


def test_an_arrest_and_the_release_told_after_it_are_two_rows() -> None:
    # "since the arrest of two Ivorian gendarmes in Burkina Faso on 14 September 2023,
    # released on 1 December 2024" was one row "Arrest of two Ivorian gendarmes releases",
    # 1 December 2024 (verify56 F7)
    text = ("ACCRA, March 12, 2027 - Accra and Lome have been at odds since the arrest of three "
            "Ghanaian customs officers in Togo on 4 June 2025, released on 2 February 2026.\n")
    found = events(text)
    arrest = next(c for c in found if c.title.startswith("Arrest"))
    assert (arrest.date.year, arrest.date.month, arrest.date.day) == (2025, 6, 4)
    release = next(c for c in found if "release" in c.title)
    assert release.title == "Three Ghanaian customs officers released", release.title
    assert (release.date.year, release.date.month, release.date.day) == (2026, 2, 2)


def test_an_envoy_or_troops_leaving_with_no_object_is_a_row() -> None:
    # "The ambassador, Sylvain Itte, left three days later" and "The last French troops left
    # Mali in August 2022" alone gave no row (verify56 F7)
    text = ("PARIS, March 12 (Reuters) - Paris recalled its envoy on Sept. 24, 2025. The "
            "ambassador, Jean Dupont, left three days later.\n\n"
            "The last French troops left Chad in August 2024.\n")
    found = events(text)
    left = next(c for c in found if "Jean Dupont" in c.title)
    assert (left.date.year, left.date.month, left.date.day) == (2025, 9, 27)
    troops = next(c for c in found if "troops" in c.title.lower())
    assert (troops.date.year, troops.date.month) == (2024, 8)


def test_a_coup_that_toppled_a_leader_names_the_leader() -> None:
    # "Relations ... collapsed after the July 26, 2023 coup that toppled President Mohamed
    # Bazoum, when ECOWAS imposed sanctions" was "Coup", participant ECOWAS only (verify56 F2)
    text = ("BAMAKO, March 12, 2027 (AFP) - Relations with the bloc collapsed after the May 4, "
            "2026 coup that toppled President Amadou Diallo.\n")
    cand = _with(text, "Coup")
    assert cand.title == "Coup topples Amadou Diallo", cand.title
    assert "Amadou Diallo" in cand.participants
    soldiers = _with("BAMAKO, March 12, 2027 (AFP) - Soldiers deposed President Amadou Diallo on "
                     "May 4, 2026.\n", "Diallo")
    assert (soldiers.date.year, soldiers.date.month, soldiers.date.day) == (2026, 5, 4)


def test_an_election_congratulated_in_a_communique_is_its_state_s_and_winner_s() -> None:
    # "The Authority commends the Republic of Ghana on the peaceful conduct of its
    # presidential election of 7 December 2024 and congratulates H.E. John Dramani Mahama on
    # his election" was "ECOWAS, Nigeria" (verify56 F2): "H.E." names a person, and "its"
    # election is the state's named before
    cand = _with(COMMUNIQUE.replace(
        "general election of 14 January 2027.",
        "general election of 14 January 2027 and congratulates H.E. Peter Mutharika on his "
        "election."), "election")
    assert set(cand.participants) == {"Malawi", "Peter Mutharika"}, cand.participants


def test_a_withdrawal_of_listed_states_named_in_full_is_theirs() -> None:
    # "took note of the notification by the Republic of Mali, Burkina Faso and the Republic
    # of Niger of their withdrawal from ECOWAS, dated 28 January 2024" was "Niger, ECOWAS"
    # (verify56 F2)
    text = ("LUSAKA, March 12, 2027 - The Council took note of the notification by the Republic "
            "of Malawi, Zambia and the Republic of Mozambique of their withdrawal from SADC, "
            "dated 3 February 2027.\n")
    cand = _with(text, "Withdrawal")
    assert cand.participants[:3] == ("Malawi", "Zambia", "Mozambique"), cand.participants


def test_forces_given_time_to_leave_are_no_departure_told_as_done() -> None:
    # "Burkina Faso's junta gave French special forces a month to leave in January 2023":
    # the first reading of troops leaving titled it "... gave French special forces leave"
    text = ("PARIS, March 12 (Reuters) - The junta gave French special forces a month to leave "
            "in January 2026.\n")
    assert not any(c.title.endswith("forces leave") or c.title.endswith("Forces leave")
                   for c in events(text)), [c.title for c in events(text)]


def test_a_handover_told_again_as_delayed_is_one_row_with_both_states_and_the_ministers() -> None:
    # "France on Thursday handed over its military base in Port-Bouet, near Abidjan, to Ivory
    # Coast ... The handover was delayed to Thursday's ceremony, attended by French Defence
    # Minister Sebastien Lecornu and his Ivorian counterpart Tene Birahima Ouattara": two rows
    # of one day, the first France alone (verify56 F6)
    text = ("PARIS, March 12 (Reuters) - France on Friday handed over its air base in Kossei, "
            "near N'Djamena, to Chad.\n\n"
            "The handover was delayed to Friday's ceremony, attended by French Defence Minister "
            "Jean Martin and his Chadian counterpart Issa Mahamat.\n")
    (cand,) = events(text)
    assert cand.title.startswith("France hands over"), cand.title
    assert {"France", "Chad", "Jean Martin", "Issa Mahamat"} <= set(cand.participants), \
        cand.participants


def test_a_departure_from_a_bloc_effective_on_a_day_is_dated_by_that_day() -> None:
    # a meeting "four months after the departure of" three named states "from the regional
    # organisation, effective on" a named day gave no row; "the withdrawal of ..., effective on ..." was c. January (verify56 F7)
    for noun in ("departure", "withdrawal"):
        text = (f"LUSAKA, March 12, 2027 - The ministers met on Thursday in Lusaka, four months "
                f"after the {noun} of Malawi, Zambia and Mozambique from the regional "
                f"organisation, effective on 10 November 2026.\n")
        cand = _with(text, noun.capitalize())
        assert (cand.date.year, cand.date.month, cand.date.day, cand.date.circa) == (
            2026, 11, 10, False), (noun, cand.date)
        assert set(cand.participants) >= {"Malawi", "Zambia", "Mozambique"}


def test_a_state_ending_its_agreement_is_told_as_ended() -> None:
    # "Chad ended its defence cooperation agreement with France on Nov. 28, 2024" read
    # "Chad: Defence cooperation agreement with France", as if made (verify56 F6)
    text = ("PARIS, March 12 (Reuters) - Niger ended its military cooperation agreement with "
            "Germany on Nov. 28, 2026.\n")
    (cand,) = events(text)
    assert cand.title.startswith("Niger ends"), cand.title
    assert set(cand.participants) == {"Niger", "Germany"}


def test_a_thing_declared_over_keeps_its_over() -> None:
    # "President Emmanuel Macron declared Barkhane over in November 2022" read "Emmanuel
    # Macron declares Barkhane" (verify56 F6)
    text = ("PARIS, March 12 (Reuters) - President Jean Dupont declared Operation Sable over in "
            "November 2025.\n")
    (cand,) = events(text)
    assert cand.title.endswith("over"), cand.title


def test_bases_due_to_be_returned_by_the_end_of_a_year_are_a_row_due_by_its_last_day() -> None:
    # "Its bases in Senegal are due to be returned by the end of 2025" gave no row (verify56
    # F7's list); "The trainers left two weeks later" neither
    text = ("PARIS, March 12 (Reuters) - France will keep a few officers in Chad. Its bases in "
            "Gabon are due to be returned by the end of 2027.\n\n"
            "Paris announced on Dec. 2, 2026 that the 300 trainers would come home. The trainers "
            "left two weeks later.\n")
    found = events(text)
    bases = next(c for c in found if "returned" in c.title)
    assert (bases.date.year, bases.date.month, bases.date.day, bases.date.limit) == (
        2027, 12, 31, "ON_OR_BEFORE")
    left = next(c for c in found if "leave" in c.title.lower())
    assert (left.date.year, left.date.month, left.date.day) == (2026, 12, 16), left.date


def test_the_next_session_of_the_authority_is_the_bloc_s() -> None:
    # "The next Ordinary Session of the Authority will be held in June 2025" named "ECOWAS,
    # Nigeria", then no one (verify56 F2): the bloc whose Authority it is
    cand = _with(COMMUNIQUE, "Next Ordinary Session")
    assert cand.participants == ("SADC",), cand.participants


def test_the_withdrawal_of_the_three_countries_is_the_three_listed_before() -> None:
    # "... by the Republic of Mali, Burkina Faso and the Republic of Niger ... 3. the
    # withdrawal of the three countries shall take effect on 29 January 2025" named no one
    text = ("LUSAKA, March 12, 2027 - The Council took note of the notification by the Republic "
            "of Malawi, Zambia and the Republic of Mozambique of their withdrawal from SADC, "
            "dated 3 February 2027.\n\n"
            "The Council notes that the withdrawal of the three countries shall take effect on "
            "4 February 2028.\n")
    cand = _with(text, "effect")
    assert set(cand.participants) >= {"Malawi", "Zambia", "Mozambique"}, cand.participants


def test_the_chair_of_a_session_and_those_a_decision_designates_take_part() -> None:
    # "was held on 15 December 2024 in Abuja ..., under the chairmanship of H.E. Bola Ahmed
    # Tinubu"; "recalled the decision of its Extraordinary Session of 7 July 2024 designating
    # H.E. Bassirou Diomaye Faye, ... and H.E. Faure Essozimna Gnassingbe" (verify56 F2:
    # neither row named them)
    summit = _with(COMMUNIQUE, "Forty-Fourth")
    assert "Hakainde Hichilema" in summit.participants, summit.participants
    assert summit.title.startswith("Forty-Fourth"), summit.title
    text = COMMUNIQUE.replace(
        "3. The Authority commends",
        "3. The Authority recalled the decision of its Extraordinary Session of 9 January 2027 "
        "designating H.E. Mokgweetsi Masisi, President of the Republic of Botswana, to engage the "
        "three Member States.\n\n3b. The Authority commends")
    decision = next(c for c in events(text) if (c.date.month, c.date.day) == (1, 9))
    assert {"SADC", "Mokgweetsi Masisi"} <= set(decision.participants), decision.participants


def test_forces_given_a_month_to_leave_is_an_ultimatum_row() -> None:
    # "Burkina Faso's junta gave French special forces a month to leave in January 2023"
    # gave no row (verify56 F7's list); "gave a speech" stays no event of "give"
    text = ("PARIS, March 12 (Reuters) - France is leaving the region.\n\n"
            "Niger's junta gave German special forces a month to leave in January 2026.\n")
    cand = _with(text, "month to leave")
    assert cand.title.endswith("gives German special forces a month to leave"), cand.title
    assert (cand.date.year, cand.date.month) == (2026, 1)
    assert events("PARIS, March 12 (Reuters) - The minister gave a speech in January 2026.\n") == []
