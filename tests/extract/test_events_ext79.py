"""Participants on news of regions the dev set had few of (session 46, ext79): the ways the
u46b- dev articles (a CARICOM and a SADC summit, a Balkan ministry's readout, a trilateral
of ministers) name the parties that the extractor missed -- a readout's "Minister of Foreign
Affairs of X, Mr. Y", a bloc as "the bloc's" chair or ministers or as "<region> leaders" in a
story whose lead gathers it, a state whose name has an "and" as the "it" of its own sentence,
and "the first such meeting" of three ministers of three states.

The texts are invented in those shapes (none is a dev article's or an evaluation corpus's).
"""

from __future__ import annotations

import datetime as dt

from tests.extract.candidates import readers
from timeline_app.extract.pipeline.entities import Entities

DCT = dt.date(2027, 5, 12)  # a Wednesday

events, _with = readers(DCT)


def test_a_readout_s_minister_named_after_the_office_with_mr() -> None:
    # "Minister of Foreign Affairs of X, Mr. Y, received ... the Minister of Foreign Affairs
    # of Z, Mr. W, and the Minister ... of V, Mr. U,": the person was "Mr", and the host
    # and the second guest took no part
    text = ("Skopje, 12 May 2027\n\n"
            "Minister of Foreign Affairs of the Republic of North Macedonia, Mr. Timčo "
            "Mucunski, received today in Skopje the Minister of Foreign Affairs of Serbia, "
            "Mr. Marko Đurić, and the Minister of Foreign Affairs of Kosovo, Mr. Glauk "
            "Konjufca, for a trilateral meeting on regional railways.\n\n"
            "Earlier in the day, the guests were received by the President of the Republic, "
            "Mr. Gordana Siljanovska-Davkova.\n")
    found = events(text)
    meeting = next(c for c in found if "Mucunski" in " ".join(c.participants))
    assert {"Timčo Mucunski", "Marko Đurić", "Glauk Konjufca"} <= set(meeting.participants)
    assert not any(p in ("Mr", "President") for c in found for p in c.participants)


def test_the_office_s_holder_after_mr_is_a_person_of_the_office_s_state() -> None:
    # "the Bulgarian Foreign Minister, Mr. Georg Georgiev": the person "Mr", of Bulgaria
    text = ("Tirana, 12 May 2027\n\n"
            "Minister Hoxha briefed them on the talks he held in Sofia on 10 May with the "
            "Bulgarian Foreign Minister, Mr. Georg Georgiev.\n")
    people = Entities(text).people
    assert people.get("Georg Georgiev") == "Bulgaria"
    assert "Mr" not in people


_CARIBBEAN = ("BRIDGETOWN, May 12 (Reuters) - Caribbean leaders on Wednesday agreed to set up a "
              "regional fund for hurricane recovery, closing a two-day summit in Bridgetown.\n\n"
              "Heads of government of the 15-member Caribbean Community (CARICOM) also signed "
              "a declaration on food security.\n\n")


def test_the_bloc_s_chair_taken_over_from_a_person_is_the_bloc_s() -> None:
    # "Holness took over the bloc's rotating chairmanship from Ali": the two people alone
    text = _CARIBBEAN + ("Barbados Prime Minister Mia Mottley took over the bloc's rotating "
                         "chairmanship from Guyana's President Irfaan Ali on Wednesday.\n")
    cand = _with(text, "chairmanship")
    assert "CARICOM" in cand.participants
    assert "Mia Mottley" in cand.participants


def test_the_bloc_s_ministers_of_a_story_whose_lead_gathers_its_heads_of_government() -> None:
    # "Heads of government of the 15-member Caribbean Community": no bloc the lead gathers,
    # so "The bloc's foreign ministers had met on Monday" named no one
    text = _CARIBBEAN + "The bloc's foreign ministers had met on Monday to draft the text.\n"
    cand = _with(text, "ministers")
    assert cand.participants == ("CARICOM",)


def test_a_region_s_leaders_are_the_bloc_the_lead_gathers() -> None:
    # "Caribbean leaders on Wednesday agreed": no one (or the states of a later clause)
    cand = _with(_CARIBBEAN, "fund")
    assert cand.participants[0] == "CARICOM"


def test_the_leaders_of_a_bloc_s_summit_told_in_the_lead() -> None:
    # "The extraordinary summit of the Southern African Development Community ...": "The
    # leaders also agreed to meet again in Maputo in November" named no one
    text = ("LUSAKA, Zambia (AP) — Southern African leaders meeting in Lusaka on Wednesday "
            "called for a ceasefire in eastern Congo.\n\n"
            "The extraordinary summit of the Southern African Development Community was "
            "called by Zambia's President Hakainde Hichilema last week.\n\n"
            "The leaders also agreed to meet again in Maputo in November to review the "
            "situation.\n")
    cand = _with(text, "Maputo")
    assert "SADC" in cand.participants


def test_a_state_whose_name_has_an_and_is_the_it_of_its_sentence() -> None:
    # "Trinidad and Tobago, whose prime minister skipped the summit, said on Tuesday it would
    # host": the host was "Tobago", then the court the sentence before told of
    text = ("PORT OF SPAIN, May 12 (Reuters) - The International Court of Justice, which is "
            "hearing the border case, is expected to rule by the end of the year.\n\n"
            "Antigua and Barbuda, whose prime minister skipped the summit, said on Tuesday "
            "it would host the next meeting of security ministers in St. John's in "
            "September.\n")
    cand = _with(text, "host")
    assert cand.participants[0] == "Antigua and Barbuda"
    assert "International Court of Justice" not in cand.participants
    text = ("PORT OF SPAIN, May 12 (Reuters) - Trinidad and Tobago said on Tuesday it would "
            "host the next meeting of security ministers in September.\n")
    assert _with(text, "host").participants == ("Trinidad and Tobago",)


def test_the_first_such_meeting_of_three_ministers_of_three_states() -> None:
    # "The foreign ministers of A, B and C agreed ..., He said the first such meeting would
    # be held in Tunis in December": no one
    text = ("ANKARA, May 12, 2027 (AA) - Turkish Foreign Minister Hakan Fidan, Azerbaijani "
            "Foreign Minister Jeyhun Bayramov and Georgian Foreign Minister Maka "
            "Botchorishvili agreed on Wednesday to set up a trilateral transport mechanism.\n\n"
            "Fidan said the first such meeting of deputy ministers would be held in Tbilisi "
            "in July.\n")
    cand = _with(text, "Tbilisi")
    assert {"Türkiye", "Azerbaijan", "Georgia"} <= set(cand.participants) or \
        {"Turkey", "Azerbaijan", "Georgia"} <= set(cand.participants)


def test_an_act_s_noun_then_a_relative_clause_of_its_own_verb() -> None:
    # "under the ceasefire between Israel and the militant group Hezbollah that took effect in
    # November 2024": the row "Takes effect" named no one
    text = ("AMMAN, May 12, 2027 (Kyodo) - Tokyo hopes to support the army's deployment under "
            "the truce between Ethiopia and Eritrea that took effect in March "
            "2026, a ministry official said.\n")
    cand = _with(text, "effect")
    assert {"Ethiopia", "Eritrea"} <= set(cand.participants)
    assert cand.title.startswith("Truce")


_COMMUNIQUE = ("JOINT COMMUNIQUÉ\n\nLibreville, 12 May 2027\n\n"
               "1. At the invitation of His Excellency Brice Clotaire OLIGUI NGUEMA, President "
               "of the Gabonese Republic, His Excellency Teodoro OBIANG NGUEMA, President of "
               "the Republic of Equatorial Guinea, paid an official visit to Gabon from 10 to "
               "12 May 2027.\n\n")


def test_a_communique_s_surname_in_capitals_is_part_of_the_name() -> None:
    # "His Excellency Paul BIYA, President of the Republic of Cameroon": the person was "Paul"
    people = Entities(_COMMUNIQUE).people
    assert "Brice Clotaire OLIGUI NGUEMA" in people
    assert "Teodoro OBIANG NGUEMA" in people
    assert "Teodoro" not in people and "Brice Clotaire" not in people
    assert not any(p.startswith(("His ", "Excellency")) for p in people)


def test_a_communique_s_parties_are_its_two_states() -> None:
    # "The Parties welcomed ... and agreed to speed up the studies for the extension of the
    # Gabonese railway": a person "Parties", and Gabon
    text = _COMMUNIQUE + ("2. The two Heads of State reviewed relations between Gabon and "
                          "Equatorial Guinea since the ruling on the islands.\n\n"
                          "3. The Parties welcomed the opening of the Kye-Ossi bridge on 15 "
                          "January 2027 and agreed to speed up the studies for the extension "
                          "of the Gabonese railway.\n")
    (cand,) = [c for c in events(text) if c.date.month == 1]
    assert {"Gabon", "Equatorial Guinea"} <= set(cand.participants)
    assert "Parties" not in cand.participants


def test_the_heads_of_state_of_a_bloc_in_its_whose_clause_are_the_bloc() -> None:
    # "the Economic and Monetary Community of Central Africa (CEMAC), whose Heads of State will
    # meet in Bangui": a body "Heads of State", no bloc
    text = _COMMUNIQUE + ("3. The Parties reaffirmed their commitment to the Economic "
                          "Community of Central African States (ECCAS), whose Heads of State "
                          "will meet in Malabo in June 2027.\n")
    cand = _with(text, "Malabo")
    assert "ECCAS" in cand.participants
    assert "Heads of State" not in cand.participants


def test_the_summit_of_a_story_whose_lead_gathers_a_bloc_is_the_bloc_s() -> None:
    # "The summit opened on Monday with a call by Ali for a regional register of firearms":
    # Ali alone
    text = _CARIBBEAN + ("The summit opened on Monday with a call by Barbados Prime Minister "
                         "Mia Mottley for cheaper climate finance.\n")
    cand = _with(text, "opens")
    assert "CARICOM" in cand.participants


def test_a_visit_of_an_office_s_holder_named_after_its_comma_then_where_to() -> None:
    # "the visit of the Prime Minister of North Macedonia, Mr. Hristijan Mickoski, to
    # Albania, scheduled for December": North Macedonia alone, no place
    text = ("Tirana, 12 May 2027\n\n"
            "Minister Hoxha and Minister Mucunski discussed preparations for the visit of the "
            "Prime Minister of Montenegro, Mr. Milojko Spajić, to Albania, scheduled for "
            "June.\n")
    cand = _with(text, "visit")
    assert {"Milojko Spajić", "Albania"} <= set(cand.participants)
    assert cand.location == "Albania"


def test_the_state_opening_the_sentence_is_the_other_side_of_its_deal_with() -> None:
    # "Rwanda, which is not a member of SADC, has kept about 4,000 troops in Cabo Delgado
    # since 2021 under a bilateral deal with Maputo": Mozambique alone
    text = ("BANGUI, May 12, 2027 (AP) - Rwanda, which is not a member of ECCAS, has kept "
            "about 2,000 troops in the Central African Republic since 2020 under a bilateral "
            "deal with Bangui.\n")
    cand = _with(text, "deal")
    assert {"Rwanda", "Central African Republic"} <= set(cand.participants)


def test_a_state_and_another_state_s_government_body_both_sign() -> None:
    # "Türkiye and Libya's Government of National Unity signed a memorandum": the body alone
    text = ("ANKARA, May 12, 2027 (AA) - Fidan met al-Baour on Wednesday.\n\n"
            "Italy and Libya's Government of National Accord signed a memorandum on migration in "
            "February 2017.\n")
    cand = _with(text, "memorandum")
    assert "Italy" in cand.participants and "Libya" in cand.participants
